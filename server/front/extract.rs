//! The extractors of the generated dispatch table: path and query
//! parameters into the generated structs, the request body up to a limit,
//! and the WebSocket handshake. Each refusal is an `ApiError` in the
//! contract's shape, with the messages dropshot's own extractors give.

use bytes::{Bytes, BytesMut};
use dropshot::{Body, HttpError};
use http::header;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use serde::de::DeserializeOwned;

use super::Rq;
use crate::error::ApiError;
use crate::models::ErrorCode;

/// Path parameters, decoded into the operation's generated struct.
#[derive(Debug)]
pub struct Path<T>(T);

impl<T: DeserializeOwned> Path<T> {
    pub fn from_request(rqctx: &Rq) -> Result<Self, ApiError> {
        // Through the form encoding so that numbers and UUIDs parse from
        // their text as they do in a query string.
        let mut form = form_urlencoded::Serializer::new(String::new());
        for (name, value) in &rqctx.endpoint.variables {
            form.append_pair(name, value);
        }
        serde_urlencoded::from_str(&form.finish()).map(Path).map_err(|e| {
            ApiError::new(ErrorCode::ValidationFailed, format!("bad path parameter: {e}"))
        })
    }

    pub fn into_inner(self) -> T {
        self.0
    }
}

/// The query string, decoded into the operation's generated struct.
#[derive(Debug)]
pub struct Query<T>(T);

impl<T: DeserializeOwned> Query<T> {
    pub fn from_request(rqctx: &Rq) -> Result<Self, ApiError> {
        let raw = rqctx.request.uri().query().unwrap_or("");
        serde_urlencoded::from_str(raw).map(Query).map_err(|e| {
            // `ApiError::from` names the parameter from this message.
            ApiError::from(HttpError::for_bad_request(
                None,
                format!("unable to parse query string: {e}"),
            ))
        })
    }

    pub fn into_inner(self) -> T {
        self.0
    }
}

/// How much of an over-limit body is read (and dropped) so the client
/// gets to read the 413 instead of a reset; past this the connection closes.
const DRAIN_LIMIT: usize = 16 * 1024 * 1024;

/// The whole request body, at most `limit` bytes (413 beyond).
pub async fn body_bytes(request: http::Request<Incoming>, limit: usize) -> Result<Bytes, ApiError> {
    let too_large = || {
        ApiError::new(
            ErrorCode::PayloadTooLarge,
            format!("request body exceeded maximum size of {limit} bytes"),
        )
    };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let mut body = request.into_body();
    let unreadable = |e: hyper::Error| {
        ApiError::new(ErrorCode::ValidationFailed, format!("error reading request body: {e}"))
    };
    if declared.is_some_and(|n| n > limit as u64) {
        // Said up front: nothing to read.
        return Err(too_large());
    }
    let mut buf = BytesMut::new();
    let mut seen = 0usize;
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame.map_err(unreadable)?.into_data() else { continue };
        seen += data.len();
        if seen > limit {
            if seen > DRAIN_LIMIT {
                break;
            }
            continue;
        }
        buf.extend_from_slice(&data);
    }
    if seen > limit {
        return Err(too_large());
    }
    Ok(buf.freeze())
}

/// The connection a WebSocket session runs on, once switched.
pub type WebsocketConnection = TokioIo<hyper::upgrade::Upgraded>;

/// A checked WebSocket handshake (RFC 6455 §4.2.1), ready to switch.
pub struct WebsocketUpgrade {
    accept_key: String,
    upgrade: hyper::upgrade::OnUpgrade,
    log: slog::Logger,
}

impl WebsocketUpgrade {
    pub fn from_request(
        rqctx: &Rq,
        mut request: http::Request<Incoming>,
    ) -> Result<Self, ApiError> {
        let headers = request.headers();
        let lists = |name: header::HeaderName, token: &str| {
            headers
                .get_all(name)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .any(|v| v.split([',', ' ']).any(|t| t.eq_ignore_ascii_case(token)))
        };
        let refuse = |m: &str| ApiError::new(ErrorCode::ValidationFailed, m.to_string());
        if !lists(header::CONNECTION, "upgrade") {
            return Err(refuse("expected connection upgrade"));
        }
        if !lists(header::UPGRADE, "websocket") {
            return Err(refuse("unexpected protocol for upgrade"));
        }
        if headers.get(header::SEC_WEBSOCKET_VERSION).map(|v| v.as_bytes()) != Some(b"13") {
            return Err(refuse("missing or invalid websocket version"));
        }
        let key = headers
            .get(header::SEC_WEBSOCKET_KEY)
            .ok_or_else(|| refuse("missing websocket key"))?;
        let accept_key =
            tokio_tungstenite::tungstenite::handshake::derive_accept_key(key.as_bytes());
        let upgrade = hyper::upgrade::on(&mut request);
        Ok(WebsocketUpgrade { accept_key, upgrade, log: rqctx.log.clone() })
    }

    /// Answer `101 Switching Protocols` and run `session` on the
    /// connection once hyper has handed it over.
    pub fn handle<F, Fut>(self, session: F) -> http::Response<Body>
    where
        F: FnOnce(WebsocketConnection) -> Fut + Send + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let WebsocketUpgrade { accept_key, upgrade, log } = self;
        tokio::spawn(async move {
            match upgrade.await {
                Ok(upgraded) => session(TokioIo::new(upgraded)).await,
                Err(e) => slog::info!(log, "WebSocket switch failed"; "cause" => %e),
            }
        });
        http::Response::builder()
            .status(http::StatusCode::SWITCHING_PROTOCOLS)
            .header(header::CONNECTION, "Upgrade")
            .header(header::UPGRADE, "websocket")
            .header(header::SEC_WEBSOCKET_ACCEPT, accept_key)
            .body(Body::empty())
            .expect("valid response")
    }
}
