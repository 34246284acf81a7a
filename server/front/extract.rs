//! The extractors the generated seam calls: path parameters parsed into
//! their types, the query string checked against the contract and decoded
//! into the operation's struct, the request body up to a limit, and the
//! WebSocket handshake (tungstenite's accept key over hyper's upgrade).
//! Each refusal is an `ApiError` in the contract's shape.

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

/// One path parameter of the routed request, parsed into its type (the
/// generated model's own parser for constrained strings, so its pattern is
/// enforced).
pub fn path_parameter<T>(rq: &Rq, name: &str) -> Result<T, ApiError>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    let text = rq
        .endpoint
        .variables
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.as_str())
        .ok_or_else(|| ApiError::internal_error(format!("path parameter {name} not routed")))?;
    // The store's text cannot hold U+0000, which a pattern-free parameter
    // (a mission id, a client id) would otherwise let through.
    let parsed = if text.contains('\0') {
        Err(crate::validate::NUL_REFUSED.to_string())
    } else {
        text.parse().map_err(|e: T::Err| e.to_string())
    };
    parsed.map_err(|e| {
        ApiError::new(ErrorCode::ValidationFailed, format!("bad path parameter {name}: {e}"))
            .with_details(crate::models::ValidationDetails {
                parameter: Some(name.to_string()),
                value: Some(text.to_string()),
                ..Default::default()
            })
    })
}

/// The query string, checked against the contract's parameters of the
/// operation (bounds, patterns, formats, unknown or repeated names), then
/// decoded into the operation's generated struct.
pub fn query<T: DeserializeOwned>(rq: &Rq) -> Result<T, ApiError> {
    let values = crate::validate::query::check(rq.endpoint.operation_id, rq.request.uri().query())?;
    serde_json::from_value(serde_json::Value::Object(values)).map_err(|e| {
        // `ApiError::from` names the parameter from this message.
        ApiError::from(HttpError::for_bad_request(
            None,
            format!("unable to parse query string: {e}"),
        ))
    })
}

/// The query string of an operation that takes no parameters: empty, or
/// refused by the contract check naming the first parameter.
pub fn no_query(rq: &Rq) -> Result<(), ApiError> {
    crate::validate::query::check(rq.endpoint.operation_id, rq.request.uri().query()).map(drop)
}

/// How much of an over-limit body is read (and dropped) so the client
/// gets to read the 413 instead of a reset; past this the connection closes.
const DRAIN_LIMIT: usize = 16 * 1024 * 1024;

/// The JSON body of schema `T` (at most `limit` bytes): a transport error
/// or an over-limit body refuses the request; content-type and syntax
/// problems are kept for the handler's validation step.
pub async fn json_body<T>(
    rq: &Rq,
    request: http::Request<Incoming>,
    limit: usize,
) -> Result<crate::extract::JsonBody<T>, ApiError> {
    let headers = rq.request.headers();
    let bytes = body_bytes(headers, request, limit, rq.context().config.body_timeout).await?;
    let bytes = match decoded(headers, bytes, limit).await? {
        Ok(bytes) => bytes,
        Err(refused) => return Ok(crate::extract::JsonBody::refused(refused)),
    };
    let content_type = headers.get(http::header::CONTENT_TYPE);
    Ok(crate::extract::JsonBody::new(content_type, bytes))
}

/// A body that may decompress to more than this (a bulk upload, up to
/// 4 MiB: milliseconds of work) is decompressed off the runtime's workers;
/// the output is capped by the limit, so a small gzip cannot make more.
const INLINE_GUNZIP_MAX: usize = 64 * 1024;

/// The body as its sender wrote it: decompressed when it came with
/// `Content-Encoding: gzip`, and then held to the same `limit` (413 beyond,
/// refused now). Any other content coding but `identity`, and a body that
/// is not gzip, are kept for the handler's validation step, as content-type
/// and syntax problems are (the inner `Err`).
async fn decoded(
    headers: &http::HeaderMap,
    bytes: Bytes,
    limit: usize,
) -> Result<Result<Bytes, ApiError>, ApiError> {
    let mut codings = Vec::new();
    for value in headers.get_all(header::CONTENT_ENCODING) {
        let Ok(text) = value.to_str() else {
            return Ok(Err(unsupported_coding("a value that is not text")));
        };
        codings.extend(
            text.split(',')
                .map(|c| c.trim().to_ascii_lowercase())
                .filter(|c| !c.is_empty() && c != "identity"),
        );
    }
    match codings.as_slice() {
        [] => return Ok(Ok(bytes)),
        [one] if one == "gzip" || one == "x-gzip" => {}
        _ => return Ok(Err(unsupported_coding(&codings.join(", ")))),
    }
    let large = limit > INLINE_GUNZIP_MAX;
    let gunzip = move || {
        use std::io::Read;
        let mut out = Vec::new();
        let mut decoder = flate2::read::MultiGzDecoder::new(&bytes[..]).take(limit as u64 + 1);
        decoder.read_to_end(&mut out).map(|_| out)
    };
    let out = if large {
        crate::offload::run(gunzip).await.map_err(ApiError::internal_error)?
    } else {
        gunzip()
    };
    match out {
        Ok(out) if out.len() > limit => Err(ApiError::new(
            ErrorCode::PayloadTooLarge,
            format!("the request body exceeded maximum size of {limit} bytes once decompressed"),
        )),
        Ok(out) => Ok(Ok(Bytes::from(out))),
        Err(e) => Ok(Err(ApiError::new(
            ErrorCode::MalformedJson,
            format!("the request body is not valid gzip: {e}"),
        )
        .with_details(crate::models::SyntaxDetails { line: 0, column: 0 }))),
    }
}

fn unsupported_coding(coding: &str) -> ApiError {
    ApiError::new(
        ErrorCode::UnsupportedMediaType,
        format!("Content-Encoding {coding} is not supported: send the body as it is, or gzip"),
    )
}

/// The whole request body, at most `limit` bytes (413 beyond).
pub async fn body_bytes(
    headers: &http::HeaderMap,
    request: http::Request<Incoming>,
    limit: usize,
    body_timeout: std::time::Duration,
) -> Result<Bytes, ApiError> {
    let too_large = || {
        ApiError::new(
            ErrorCode::PayloadTooLarge,
            format!("request body exceeded maximum size of {limit} bytes"),
        )
    };
    let declared = headers
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
    let deadline = tokio::time::Instant::now() + body_timeout;
    let late = || {
        ApiError::new(
            ErrorCode::RequestTimeout,
            format!("the request body did not arrive within {} s", body_timeout.as_secs()),
        )
    };
    loop {
        let Some(frame) =
            tokio::time::timeout_at(deadline, body.frame()).await.map_err(|_| late())?
        else {
            break;
        };
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
    /// The connection's admission: the session counts against the cap on
    /// open connections until it ends.
    ticket: Option<std::sync::Arc<super::conn::Ticket>>,
}

impl WebsocketUpgrade {
    pub fn from_request(
        rqctx: &Rq,
        mut request: http::Request<Incoming>,
    ) -> Result<Self, ApiError> {
        let headers = rqctx.request.headers();
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
        let ticket = request.extensions_mut().remove::<std::sync::Arc<super::conn::Ticket>>();
        Ok(WebsocketUpgrade { accept_key, upgrade, log: rqctx.lasting_log(), ticket })
    }

    /// Answer `101 Switching Protocols` and run `session` on the
    /// connection once hyper has handed it over.
    pub fn handle<F, Fut>(self, session: F) -> http::Response<Body>
    where
        F: FnOnce(WebsocketConnection) -> Fut + Send + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let WebsocketUpgrade { accept_key, upgrade, log, ticket } = self;
        tokio::spawn(async move {
            let _counted = ticket;
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
