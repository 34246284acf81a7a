//! The JSON request body the generated seam hands a handler: read up to
//! its limit, its content type and syntax problems kept for the handler's
//! validation step (so they are reported after authentication, in the
//! contract's shape, with every failing JSON pointer), then checked against
//! its schema and decoded into its generated model; and the rendering of an
//! error in the contract's shape.

use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// A JSON request body of schema `T`. Reading it fails only for transport
/// errors and the size limit; content-type, syntax and schema problems are
/// kept as an [`ApiError`] for the handler's validation step
/// ([`JsonBody::into_model`]), so that they are reported with every failing
/// JSON pointer in our error shape.
#[derive(Debug)]
pub struct JsonBody<T> {
    /// The body as sent, or why it is not read as JSON.
    bytes: Result<bytes::Bytes, ApiError>,
    _t: std::marker::PhantomData<fn() -> T>,
}

impl<T> JsonBody<T> {
    /// A body as read by the front (`crate::front::extract::json_body`):
    /// a content type that is not JSON is kept for the handler, and the
    /// body is parsed when the handler asks for it.
    pub fn new(content_type: Option<&http::HeaderValue>, bytes: bytes::Bytes) -> Self {
        let bytes = match content_type_refusal(content_type) {
            Some(refused) => Err(refused),
            None => Ok(bytes),
        };
        JsonBody { bytes, _t: std::marker::PhantomData }
    }

    /// A body refused before its content type and syntax were looked at
    /// (a content coding the server does not take, a gzip body that is not
    /// gzip), kept for the handler's validation step all the same.
    pub fn refused(e: ApiError) -> Self {
        JsonBody { bytes: Err(e), _t: std::marker::PhantomData }
    }

    /// The parsed JSON document, or why it could not be read.
    pub fn into_value(self) -> Result<serde_json::Value, ApiError> {
        crate::validate::json::parse(&self.bytes?).map_err(ApiError::malformed_json)
    }
}

impl<T: JsonSchema + DeserializeOwned> JsonBody<T> {
    /// The body checked against its schema `T` (every failing pointer
    /// named) and decoded into `T`.
    pub fn into_model(self) -> Result<T, ApiError> {
        self.into_report().map(|(model, _)| model)
    }

    /// The same, with the body's `timestamp` as sent (its offset, which the
    /// decoded time no longer has, is a wire rule of telemetry). A flat
    /// body the quick check proves valid is decoded straight from its
    /// bytes (`crate::validate::flat`); any other goes through the tree.
    pub fn into_report(self) -> Result<(T, Option<String>), ApiError> {
        let schema = T::schema_name();
        let bytes = self.bytes?;
        if let Some(quick) = crate::validate::flat::decode(&schema, &bytes) {
            return Ok(quick);
        }
        let value = crate::validate::json::parse(&bytes).map_err(ApiError::malformed_json)?;
        let raw_ts = value.get("timestamp").and_then(|t| t.as_str()).map(str::to_owned);
        let model = crate::validate::decode(&schema, "request body", value)?;
        Ok((model, raw_ts))
    }
}

/// Why a body of this `Content-Type` is not read as JSON, if it is not:
/// another media type, or JSON declared in a charset other than UTF-8.
/// JSON between systems is UTF-8 (RFC 8259, section 8.1); a body that says
/// it is Latin-1 would otherwise be read as something it does not claim to
/// be, or refused later as malformed for the wrong reason.
pub fn content_type_refusal(content_type: Option<&http::HeaderValue>) -> Option<ApiError> {
    // What nearly every client sends, known at a glance.
    if content_type.is_some_and(|c| c.as_bytes() == JSON.as_bytes()) {
        return None;
    }
    if !is_json(content_type) {
        return Some(ApiError::unsupported_media_type());
    }
    let charset = parameters(content_type?.to_str().ok()?)
        .find(|(name, _)| name.eq_ignore_ascii_case("charset"))
        .map(|(_, value)| value)?;
    let utf8 = ["utf-8", "utf8"].iter().any(|c| charset.eq_ignore_ascii_case(c));
    (!utf8).then(|| ApiError::unsupported_charset(charset))
}

/// Whether `Content-Type` names JSON (`application/json` or a `+json` type).
pub fn is_json(content_type: Option<&http::HeaderValue>) -> bool {
    let Some(essence) = essence(content_type) else { return false };
    let tail = essence.get(essence.len().saturating_sub(5)..);
    let ends_json = tail.is_some_and(|t| t.eq_ignore_ascii_case("+json"));
    essence.eq_ignore_ascii_case("application/json")
        || (essence.get(..12).is_some_and(|t| t.eq_ignore_ascii_case("application/")) && ends_json)
}

/// A `Content-Type`'s media type, lower-cased, without its parameters.
pub fn media_type(content_type: Option<&http::HeaderValue>) -> Option<String> {
    essence(content_type).map(str::to_ascii_lowercase)
}

/// A `Content-Type`'s media type as sent, without its parameters.
fn essence(content_type: Option<&http::HeaderValue>) -> Option<&str> {
    Some(media_essence(content_type?.to_str().ok()?))
}

/// A media type (a `Content-Type`, or one item of an `Accept`) as sent,
/// without its parameters (`parameters` has those).
pub fn media_essence(media: &str) -> &str {
    media.split(';').next().unwrap_or("").trim()
}

/// A media type's parameters (what follows its first `;`, in a
/// `Content-Type` or one item of an `Accept`) as `(name, value)`, the value
/// unquoted.
pub fn parameters(media: &str) -> impl Iterator<Item = (&str, &str)> {
    media.split(';').skip(1).filter_map(|p| {
        let (name, value) = p.split_once('=')?;
        let value = value.trim();
        let value = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')).unwrap_or(value);
        Some((name.trim(), value))
    })
}

/// The `Content-Type` of a JSON answer, built once: from text, a header
/// value is copied for every answer.
pub const JSON: http::HeaderValue = http::HeaderValue::from_static("application/json");

/// Render an error in the contract's shape.
pub fn error_response(e: &ApiError) -> http::Response<dropshot::Body> {
    let body = serde_json::to_vec(e).expect("ApiError serializes");
    let mut b = http::Response::builder()
        .status(e.status().as_status())
        .header(http::header::CONTENT_TYPE, JSON);
    if let Some(s) = e.retry_after_s() {
        b = b.header(http::header::RETRY_AFTER, s);
    }
    b.body(body.into()).expect("valid response")
}
