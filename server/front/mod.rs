//! Our HTTP front: the listener (HTTPS and WSS when a certificate is
//! configured, with plain HTTP on the same port redirected), hyper's
//! connection handling and graceful stop. Each request is then answered by
//! [`route`]: the operation matched in the generated table
//! `crate::api::OPERATIONS`, our request context ([`Rq`]) and extractors, our
//! request ids, and the contract's error shape for every refusal.
//!
//! Why our own front and not dropshot's server: see docs/ARCHITECTURE.md
//! (dropshot 0.18 replaces the caller's `X-Request-ID` and renders its own
//! 404/405 bodies, and has no hook for either).

pub mod conn;
pub mod extract;
mod gzip;
pub mod negotiate;
pub mod route;
mod rq;
mod run;

pub use rq::{Answer, Endpoint, Entry, Operation, Rq};
pub use run::{empty_answer, json_answer, run};

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use std::pin::Pin;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{oneshot, watch};
use tokio_rustls::TlsAcceptor;
use tokio_util::task::TaskTracker;

use crate::context::ServerCtx;
use conn::{Activity, Deadlines, drive, tracked};
use route::Front;

/// How long a new connection may take to send its first byte and, under
/// TLS, to finish the handshake.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// The first byte of a TLS record carrying a handshake (a ClientHello).
const TLS_HANDSHAKE_RECORD: u8 = 0x16;

/// What to serve and where.
pub struct Settings {
    pub bind: SocketAddr,
    /// HTTPS and WSS (see [`tls_config`]).
    pub tls: Option<rustls::ServerConfig>,
}

/// A running server.
pub struct Server {
    local_addr: SocketAddr,
    tls: bool,
    front: Arc<Front>,
    stop: Option<oneshot::Sender<()>>,
    serving: tokio::task::JoinHandle<()>,
}

impl Server {
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    pub fn using_tls(&self) -> bool {
        self.tls
    }

    pub fn context(&self) -> &ServerCtx {
        self.front.context()
    }

    /// The server context, for a task that runs as long as the server.
    pub fn shared_context(&self) -> Arc<ServerCtx> {
        self.front.shared()
    }

    /// Stop accepting, let every connection finish the request it is
    /// serving (idle keep-alive connections close at once), then wait for
    /// handlers still running for callers that went away.
    pub async fn close(mut self) -> Result<(), String> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        (&mut self.serving).await.map_err(|e| format!("the accept loop failed: {e}"))?;
        self.front.finish().await;
        Ok(())
    }
}

/// Bind, start serving and return at once.
pub async fn start(
    ctx: ServerCtx,
    settings: Settings,
    log: slog::Logger,
) -> Result<Server, String> {
    let listener = crate::net::listen(settings.bind)
        .map_err(|e| format!("cannot listen on {}: {e}", settings.bind))?;
    let local_addr = listener.local_addr().map_err(|e| e.to_string())?;
    let tls = settings.tls.map(|config| TlsAcceptor::from(Arc::new(config)));
    let front = Arc::new(Front::new(Arc::new(ctx), local_addr, log.clone()));
    let (stop, stopped) = oneshot::channel();
    let using_tls = tls.is_some();
    let serving = tokio::spawn(accept_loop(listener, front.clone(), tls, stopped, log.clone()));
    Ok(Server { local_addr, tls: using_tls, front, stop: Some(stop), serving })
}

async fn accept_loop(
    listener: TcpListener,
    front: Arc<Front>,
    tls: Option<TlsAcceptor>,
    mut stop: oneshot::Receiver<()>,
    log: slog::Logger,
) {
    let config = front.context().config.clone();
    let admission = front.admission();
    let deadlines = Deadlines { first_request: config.header_timeout, idle: config.idle_timeout };
    let mut builder = auto::Builder::new(TokioExecutor::new());
    // Later requests' headers, and an idle keep-alive connection, get the
    // idle deadline (hyper's header timer runs while it waits for a request).
    builder.http1().timer(TokioTimer::new()).header_read_timeout(config.idle_timeout);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(Some(H2_PING_EVERY))
        .keep_alive_timeout(H2_PING_TIMEOUT);
    let (stopping, stopped) = watch::channel(false);
    let connections = TaskTracker::new();
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    if !is_per_connection(&e) {
                        // EMFILE and the like: give the process a moment.
                        slog::warn!(log, "accept failed"; "cause" => %e);
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        let Some((ticket, evict)) = admission.admit() else {
            connections.spawn(refuse(stream, tls.is_none()));
            continue;
        };
        // Small frames and answers go out at once, not after the peer's
        // delayed ACK.
        let _ = stream.set_nodelay(true);
        let activity = Arc::new(Activity::default());
        let (front, builder, log, stopped) =
            (front.clone(), builder.clone(), log.clone(), stopped.clone());
        let tls = tls.clone();
        connections.spawn(async move {
            let Some(acceptor) = tls else {
                let service = tracked(front.service(remote), ticket.clone(), activity.clone());
                let conn = builder.serve_connection_with_upgrades(TokioIo::new(stream), service);
                tokio::pin!(conn);
                let graceful = |c: Pin<&mut _>| auto::UpgradeableConnection::graceful_shutdown(c);
                drive(conn, graceful, ticket, evict, activity, deadlines, stopped).await;
                return;
            };
            let Some(first) = first_byte(&stream).await else { return };
            if first != TLS_HANDSHAKE_RECORD {
                // Plain HTTP on the TLS port: answer every request with a
                // redirect to the same URL over HTTPS.
                let service = tracked(front.redirect_service(), ticket.clone(), activity.clone());
                let http1 = builder.http1_only();
                let conn = http1.serve_connection(TokioIo::new(stream), service);
                tokio::pin!(conn);
                let graceful = |c: Pin<&mut _>| auto::Connection::graceful_shutdown(c);
                drive(conn, graceful, ticket, evict, activity, deadlines, stopped).await;
                return;
            }
            match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await {
                Ok(Ok(tls_stream)) => {
                    let service = tracked(front.service(remote), ticket.clone(), activity.clone());
                    let conn = builder
                        .serve_connection_with_upgrades(TokioIo::new(tls_stream), service);
                    tokio::pin!(conn);
                    let graceful =
                        |c: Pin<&mut _>| auto::UpgradeableConnection::graceful_shutdown(c);
                    drive(conn, graceful, ticket, evict, activity, deadlines, stopped).await;
                }
                Ok(Err(e)) => {
                    slog::debug!(log, "TLS handshake failed"; "remote_addr" => %remote, "cause" => %e)
                }
                Err(_) => {
                    slog::debug!(log, "TLS handshake timed out"; "remote_addr" => %remote)
                }
            }
        });
    }
    drop(listener);
    let _ = stopping.send(true);
    connections.close();
    connections.wait().await;
}

/// HTTP/2 keep-alive: a ping this often, and the connection closed when
/// one is not answered in time.
const H2_PING_EVERY: Duration = Duration::from_secs(30);
const H2_PING_TIMEOUT: Duration = Duration::from_secs(10);

/// Refuse a connection over the cap: a plain HTTP connection gets a 503 in
/// the contract's shape (with `Retry-After`) before it is closed.
async fn refuse(mut stream: TcpStream, plain: bool) {
    use tokio::io::AsyncWriteExt;
    if plain {
        let e = crate::error::ApiError::new(
            crate::models::ErrorCode::ServiceUnavailable,
            "too many open connections; retry in a second",
        );
        let body = serde_json::to_vec(&e).expect("ApiError serializes");
        let head = format!(
            "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\
             retry-after: 1\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            body.len()
        );
        let write = async {
            stream.write_all(head.as_bytes()).await?;
            stream.write_all(&body).await?;
            stream.shutdown().await
        };
        let _ = tokio::time::timeout(Duration::from_secs(1), write).await;
    }
}

/// The TLS settings from PEM files: the certificate chain, and a PKCS#8,
/// PKCS#1 or SEC1 private key that must match its first certificate.
pub fn tls_config(
    cert: &std::path::Path,
    key: &std::path::Path,
) -> Result<rustls::ServerConfig, String> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let chain = CertificateDer::pem_file_iter(cert)
        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
        .map_err(|e| format!("TVM_TLS_CERT {}: {e}", cert.display()))?;
    if chain.is_empty() {
        return Err(format!("TVM_TLS_CERT {}: no certificate in the file", cert.display()));
    }
    let key_der = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| format!("TVM_TLS_KEY {}: {e}", key.display()))?;
    let mut config = rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(chain, key_der)
        .map_err(|e| format!("TVM_TLS_CERT and TVM_TLS_KEY do not make a usable pair: {e}"))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

/// The first byte a new connection sends, without consuming it; `None` when
/// it closes or says nothing in time.
async fn first_byte(stream: &TcpStream) -> Option<u8> {
    let mut byte = [0u8; 1];
    match tokio::time::timeout(HANDSHAKE_TIMEOUT, stream.peek(&mut byte)).await {
        Ok(Ok(1)) => Some(byte[0]),
        _ => None,
    }
}

/// Errors of one connection that was being accepted, not of the listener.
fn is_per_connection(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    matches!(e.kind(), ConnectionAborted | ConnectionRefused | ConnectionReset)
}
