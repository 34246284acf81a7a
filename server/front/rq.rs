//! `Rq`, what an operation knows of its request (the server context, the
//! URI and headers, the caller's address, the request id, the
//! request's logger, the operation and its path parameters), and `Entry`,
//! one operation in the generated table `crate::api::OPERATIONS`.

use std::net::IpAddr;
use std::pin::Pin;
use std::sync::Arc;

use dropshot::Body;
use http::{HeaderMap, Uri};

use crate::context::ServerCtx;
use crate::error::ApiError;

/// The operation a request was routed to.
#[derive(Debug, Clone)]
pub struct Endpoint {
    pub operation_id: &'static str,
    /// The path parameters, decoded, in the order of the path template.
    pub variables: Vec<(&'static str, String)>,
}

/// A request's URI and headers, moved out of it (not copied: the
/// operation's query check, body reader and WebSocket handshake read them
/// here).
pub struct Head {
    uri: Uri,
    headers: HeaderMap,
}

impl Head {
    pub fn uri(&self) -> &Uri {
        &self.uri
    }

    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
}

/// One request's context, given to its operation.
pub struct Rq {
    ctx: Arc<ServerCtx>,
    pub request: Head,
    /// The caller's address: the peer's, or behind a trusted proxy
    /// (`TVM_TRUSTED_PROXIES`) the one it forwarded.
    pub client: IpAddr,
    pub request_id: String,
    pub log: slog::Logger,
    pub endpoint: Endpoint,
    /// Cancelled when the caller stops waiting for the answer (its
    /// connection closed, or its HTTP/2 stream was reset): work not yet
    /// started for it can be dropped.
    pub gone: tokio_util::sync::CancellationToken,
}

impl Rq {
    pub fn new(
        ctx: Arc<ServerCtx>,
        request: &mut http::Request<hyper::body::Incoming>,
        client: IpAddr,
        request_id: String,
        log: slog::Logger,
        endpoint: Endpoint,
    ) -> Self {
        Rq {
            ctx,
            request: Head {
                uri: request.uri().clone(),
                headers: std::mem::take(request.headers_mut()),
            },
            client,
            request_id,
            log,
            endpoint,
            gone: tokio_util::sync::CancellationToken::new(),
        }
    }

    pub fn context(&self) -> &ServerCtx {
        &self.ctx
    }

    /// The server context, for a task that outlives the request (a socket
    /// session).
    pub fn shared(&self) -> Arc<ServerCtx> {
        self.ctx.clone()
    }

    /// A logger for a task that outlives the request (a socket session),
    /// naming the request (its id, operation, URI and caller), the URI
    /// written out now. `log` renders the URI only for a line it writes,
    /// from hyper's own copy, which shares the connection's 16 KiB read
    /// buffer: a session holding `log` held that buffer for as long as
    /// the socket was open.
    pub fn lasting_log(&self) -> slog::Logger {
        self.ctx.log.new(slog::o!(
            "req_id" => self.request_id.clone(),
            "op" => self.endpoint.operation_id,
            "uri" => self.request.uri.to_string(),
            "client_addr" => self.client.to_string(),
        ))
    }
}

/// An operation's answer, or the refusal of one of its extractors.
pub type Answer = Result<http::Response<Body>, ApiError>;

/// One operation as the front calls it.
pub type Operation =
    fn(Rq, http::Request<hyper::body::Incoming>) -> Pin<Box<dyn Future<Output = Answer> + Send>>;

/// One row of the generated table: the operation's method and path
/// template (what the router matches), its id and the generated function
/// that serves it.
pub struct Entry {
    pub method: http::Method,
    pub path: &'static str,
    pub operation_id: &'static str,
    pub call: Operation,
}
