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

pub mod extract;
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
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio_rustls::TlsAcceptor;

use crate::context::ServerCtx;
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
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder.http1().timer(TokioTimer::new());
    builder.http2().timer(TokioTimer::new());
    let graceful = GracefulShutdown::new();
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
        // Small frames and answers go out at once, not after the peer's
        // delayed ACK.
        let _ = stream.set_nodelay(true);
        match &tls {
            None => {
                let conn = builder
                    .serve_connection_with_upgrades(TokioIo::new(stream), front.service(remote));
                tokio::spawn(graceful.watch(conn.into_owned()));
            }
            Some(acceptor) => {
                let (acceptor, builder, watcher) =
                    (acceptor.clone(), builder.clone(), graceful.watcher());
                let (front, log) = (front.clone(), log.clone());
                tokio::spawn(async move {
                    let Some(first) = first_byte(&stream).await else { return };
                    if first != TLS_HANDSHAKE_RECORD {
                        // Plain HTTP on the TLS port: answer every request
                        // with a redirect to the same URL over HTTPS.
                        let conn = builder
                            .http1_only()
                            .serve_connection(TokioIo::new(stream), front.redirect_service())
                            .into_owned();
                        let _ = watcher.watch(conn).await;
                        return;
                    }
                    match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await {
                        Ok(Ok(tls_stream)) => {
                            let conn = builder.serve_connection_with_upgrades(
                                TokioIo::new(tls_stream),
                                front.service(remote),
                            );
                            let _ = watcher.watch(conn.into_owned()).await;
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
        }
    }
    drop(listener);
    graceful.shutdown().await;
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
