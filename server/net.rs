//! The listening socket (`crate::front` sets TCP_NODELAY on each accepted
//! connection, so a small WebSocket frame or response is not held back by
//! Nagle's algorithm waiting for the peer's delayed ACK, ≈ 40 ms), with a
//! listen backlog deep enough for a fleet reconnecting at once; and a look
//! at this process's own sockets for the tests of both.

use std::io;
use std::net::SocketAddr;

/// Connections waiting to be accepted before the kernel drops new SYNs
/// (capped by `net.core.somaxconn`). The standard library listens with 128:
/// a soak's 1,024 connections opened at once then waited seconds on SYN
/// retries.
pub const LISTEN_BACKLOG: i32 = 4096;

/// A listener on `addr` with [`LISTEN_BACKLOG`] (and `SO_REUSEADDR`, as the
/// standard library sets it, so a restart does not wait out TIME_WAIT).
pub fn listen(addr: SocketAddr) -> io::Result<tokio::net::TcpListener> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    socket.set_reuse_address(true)?;
    socket.set_nonblocking(true)?;
    socket.bind(&addr.into())?;
    socket.listen(LISTEN_BACKLOG)?;
    tokio::net::TcpListener::from_std(socket.into())
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
