//! Socket options dropshot does not expose: TCP_NODELAY for every accepted
//! connection, so a small WebSocket frame or response is not held back by
//! Nagle's algorithm waiting for the peer's delayed ACK (≈ 40 ms), and a
//! listen backlog deep enough for a fleet reconnecting at once.

use std::io;
use std::net::SocketAddr;

/// Connections waiting to be accepted before the kernel drops new SYNs
/// (capped by `net.core.somaxconn`). The standard library listens with 128:
/// a soak's 1,024 connections opened at once then waited seconds on SYN
/// retries.
pub const LISTEN_BACKLOG: i32 = 4096;

/// Set TCP_NODELAY on the listening socket bound to `addr` (Linux copies the
/// option to every connection accepted from it afterwards) and listen again
/// with [`LISTEN_BACKLOG`] (Linux takes the new length for a listening
/// socket). dropshot owns the listener and does not hand it out, so it is
/// found among this process's descriptors: the socket whose local address
/// is `addr` and that has no peer. Returns whether it was found.
pub fn tune_listener(addr: SocketAddr) -> io::Result<bool> {
    let found = find_socket(|sock| {
        let local = sock.local_addr().ok().and_then(|a| a.as_socket());
        (local == Some(addr) && sock.peer_addr().is_err())
            .then(|| sock.set_tcp_nodelay(true).and_then(|()| sock.listen(LISTEN_BACKLOG)))
    })?;
    found.transpose().map(|set| set.is_some())
}

/// Whether this process's connection with peer `peer` has TCP_NODELAY set
/// (`None`: no such connection). For tests of the above.
pub fn nodelay_of_connection_from(peer: SocketAddr) -> io::Result<Option<bool>> {
    let found = find_socket(|sock| {
        let p = sock.peer_addr().ok().and_then(|a| a.as_socket());
        (p == Some(peer)).then(|| sock.tcp_nodelay())
    })?;
    found.transpose()
}

/// The first answer `f` gives for one of this process's sockets.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn find_socket<T>(mut f: impl FnMut(socket2::SockRef<'_>) -> Option<T>) -> io::Result<Option<T>> {
    use std::os::fd::{BorrowedFd, RawFd};
    for entry in std::fs::read_dir("/proc/self/fd")? {
        let entry = entry?;
        let Some(fd) = entry.file_name().to_str().and_then(|n| n.parse::<RawFd>().ok()) else {
            continue;
        };
        let is_socket = std::fs::read_link(entry.path())
            .is_ok_and(|t| t.to_string_lossy().starts_with("socket:"));
        if !is_socket {
            continue;
        }
        // SAFETY: the descriptor was open when listed and is only used for
        // getsockname/getpeername/getsockopt/setsockopt inside `f`; one
        // closed meanwhile makes those calls fail, which `f` treats as no.
        let fd = unsafe { BorrowedFd::borrow_raw(fd) };
        if let Some(t) = f(socket2::SockRef::from(&fd)) {
            return Ok(Some(t));
        }
    }
    Ok(None)
}

#[cfg(not(target_os = "linux"))]
fn find_socket<T>(_f: impl FnMut(socket2::SockRef<'_>) -> Option<T>) -> io::Result<Option<T>> {
    Ok(None)
}
