//! `ApiError`: the one wire shape of every error,
//! `{"error": {"code", "message", "details"}}`, with codes from the contract's
//! `ErrorCode` enum, a fixed HTTP status per code and `details` of the
//! contract's type for that code. Handlers build these;
//! `crate::extract::Reply` renders them (with `Retry-After` on 429).

use dropshot::{ErrorStatusCode, HttpError, HttpResponseError};
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::models::{
    ConflictDetails, ErrorBody, ErrorCode, MethodDetails, NotFoundDetails, QueryDetails,
    RetryDetails, SizeDetails, SyntaxDetails, TimestampDetails, TransitionDetails,
    UnavailableDetails, ValidationDetails,
};

/// An error answer. The external `message` is for API users; `internal`
/// (logged, never sent) keeps the cause.
#[derive(Debug)]
pub struct ApiError {
    code: ErrorCode,
    pub message: String,
    /// One of the contract's `…Details` types, as JSON so that an upload's
    /// refusal can add the message `index` to whatever its message gave.
    pub details: Map<String, Value>,
    internal: Option<String>,
    retry_after_s: Option<u64>,
}

/// The contract's details types: `with_details` takes only these, so a
/// detail the contract does not name does not compile. Which type goes with
/// which code is the contract's `ErrorBody`; `ApiError::body` checks it.
pub trait Details: Serialize {}
impl Details for ValidationDetails {}
impl Details for TimestampDetails {}
impl Details for TransitionDetails {}
impl Details for SyntaxDetails {}
impl Details for QueryDetails {}
impl Details for NotFoundDetails {}
impl Details for MethodDetails {}
impl Details for ConflictDetails {}
impl Details for SizeDetails {}
impl Details for RetryDetails {}
impl Details for UnavailableDetails {}

/// The HTTP status of each code: one place, so a code never drifts between
/// endpoints.
pub fn status_of(code: ErrorCode) -> ErrorStatusCode {
    use ErrorCode as C;
    match code {
        C::ValidationFailed
        | C::MalformedJson
        | C::UnsupportedMediaType
        | C::InvalidTimestamp
        | C::InvalidStateTransition
        | C::InvalidPhaseTransition
        | C::UnknownErrorCode
        | C::InvalidCursor
        | C::InvalidQuery => ErrorStatusCode::BAD_REQUEST,
        C::Unauthorized | C::TokenExpired | C::InvalidCredentials => ErrorStatusCode::UNAUTHORIZED,
        C::Forbidden => ErrorStatusCode::FORBIDDEN,
        C::NotFound | C::VehicleNotFound => ErrorStatusCode::NOT_FOUND,
        C::MethodNotAllowed => ErrorStatusCode::METHOD_NOT_ALLOWED,
        C::Conflict | C::CommandNotAllowed => ErrorStatusCode::CONFLICT,
        C::PayloadTooLarge => ErrorStatusCode::PAYLOAD_TOO_LARGE,
        C::RequestTimeout => ErrorStatusCode::REQUEST_TIMEOUT,
        C::RateLimited => ErrorStatusCode::TOO_MANY_REQUESTS,
        C::InternalError => ErrorStatusCode::INTERNAL_SERVER_ERROR,
        C::NotImplemented => ErrorStatusCode::NOT_IMPLEMENTED,
        C::DatabaseUnavailable | C::ServiceUnavailable => ErrorStatusCode::SERVICE_UNAVAILABLE,
    }
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError {
            code,
            message: message.into(),
            details: Map::new(),
            internal: None,
            retry_after_s: None,
        }
    }

    pub fn with_details(mut self, details: impl Details) -> Self {
        if let Ok(Value::Object(m)) = serde_json::to_value(details) {
            self.details = m;
        }
        self
    }

    /// The wire body as the contract's type. A code whose details are not
    /// the contract's type for it is a server bug: logged at the point of
    /// rendering, and (in debug builds, so that every test that provokes the
    /// error catches it) answered as such.
    pub fn body(&self) -> ErrorBody {
        let raw = json!({ "code": self.code, "message": self.message, "details": self.details });
        serde_json::from_value(raw).unwrap_or_else(|e| {
            let bug = format!("{} error details break the contract: {e}", self.code);
            eprintln!("{bug}: {:?}", self.details);
            let message = if cfg!(debug_assertions) { bug } else { "internal error".into() };
            ErrorBody::InternalError { message, details: Default::default() }
        })
    }

    /// Keep a cause for the log without sending it to the client.
    pub fn with_internal(mut self, cause: impl std::fmt::Display) -> Self {
        self.internal = Some(cause.to_string());
        self
    }

    /// Ask the client to wait before retrying (`Retry-After`, seconds).
    pub fn with_retry_after(mut self, secs: u64) -> Self {
        self.retry_after_s = Some(secs.max(1));
        self
    }

    pub fn code(&self) -> ErrorCode {
        self.code
    }

    pub fn status(&self) -> ErrorStatusCode {
        status_of(self.code)
    }

    pub fn retry_after_s(&self) -> Option<u64> {
        self.retry_after_s
    }

    pub fn internal(&self) -> Option<&str> {
        self.internal.as_deref()
    }

    pub fn unsupported_media_type() -> Self {
        Self::new(
            ErrorCode::UnsupportedMediaType,
            "the request body must be JSON (Content-Type: application/json)",
        )
    }

    /// JSON declared in a charset other than UTF-8 (the name as sent, cut
    /// to 64 characters).
    pub fn unsupported_charset(charset: &str) -> Self {
        let shown: String = charset.chars().take(64).collect();
        Self::new(
            ErrorCode::UnsupportedMediaType,
            format!(
                "the request body must be JSON in UTF-8; its Content-Type says charset={shown}"
            ),
        )
    }

    pub fn malformed_json(e: serde_json::Error) -> Self {
        Self::new(ErrorCode::MalformedJson, format!("the request body is not valid JSON: {e}"))
            .with_details(SyntaxDetails { line: e.line() as u64, column: e.column() as u64 })
    }

    pub fn rate_limited(message: impl Into<String>, retry_after_s: u64) -> Self {
        let mut e = Self::new(ErrorCode::RateLimited, message).with_details(RetryDetails {
            retry_after_s,
            limit: None,
            interval_ms: None,
        });
        e.retry_after_s = Some(retry_after_s.max(1));
        e
    }

    pub fn internal_error(cause: impl std::fmt::Display) -> Self {
        Self::new(ErrorCode::InternalError, "internal error").with_internal(cause)
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.message)?;
        if let Some(i) = &self.internal {
            write!(f, " ({i})")?;
        }
        Ok(())
    }
}

/// `{"error": …}`: the contract's `ErrorResponse`.
impl Serialize for ApiError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::models::ErrorResponse { error: self.body() }.serialize(s)
    }
}

/// dropshot names this schema in the generated OpenAPI; it must be the
/// contract's `ErrorResponse`.
impl JsonSchema for ApiError {
    fn schema_name() -> String {
        "ErrorResponse".to_string()
    }
    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        crate::models::ErrorResponse::json_schema(generator)
    }
}

impl HttpResponseError for ApiError {
    fn status_code(&self) -> ErrorStatusCode {
        self.status()
    }
}

/// Extractor failures (bad path or query parameters, body over the size
/// limit, unreadable body) arrive as `HttpError`s: give them our shape.
impl From<HttpError> for ApiError {
    fn from(e: HttpError) -> Self {
        // dropshot reports an over-limit body as a 400; the contract says 413.
        let too_large = e.external_message.starts_with("request body exceeded maximum size");
        // The generated query struct did not parse (a type, a repeat, a
        // missing required parameter): name the parameter when serde does.
        let query = e.external_message.starts_with("unable to parse query string");
        let code = match e.status_code.as_u16() {
            400 if too_large => ErrorCode::PayloadTooLarge,
            400 if query => ErrorCode::InvalidQuery,
            400 => ErrorCode::ValidationFailed,
            401 => ErrorCode::Unauthorized,
            403 => ErrorCode::Forbidden,
            404 => ErrorCode::NotFound,
            405 => ErrorCode::MethodNotAllowed,
            413 => ErrorCode::PayloadTooLarge,
            415 => ErrorCode::UnsupportedMediaType,
            429 => ErrorCode::RateLimited,
            503 => ErrorCode::ServiceUnavailable,
            _ => ErrorCode::InternalError,
        };
        let message = if code == ErrorCode::InternalError {
            "internal error".to_string()
        } else {
            e.external_message
        };
        let parameter = query
            .then(|| message.split_once("field `")?.1.split('`').next().map(str::to_string))
            .flatten();
        if code == ErrorCode::RateLimited {
            return Self::rate_limited(message, 1).with_internal(e.internal_message);
        }
        let e = Self::new(code, message).with_internal(e.internal_message);
        match parameter {
            Some(p) => e.with_details(query_details(p)),
            None => e,
        }
    }
}

/// `QueryDetails` naming only the refused parameter.
pub fn query_details(parameter: impl Into<String>) -> QueryDetails {
    QueryDetails { parameter: Some(parameter.into()), ..Default::default() }
}

/// `ValidationDetails` listing `(pointer, message)` violations.
pub fn violation_details<'a>(
    violations: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> ValidationDetails {
    ValidationDetails {
        violations: violations
            .into_iter()
            .map(|(pointer, message)| crate::models::Violation {
                pointer: pointer.into(),
                message: message.into(),
            })
            .collect(),
        ..Default::default()
    }
}

/// A stored string as one of the contract's constrained string types. The
/// database's checks match the schemas, so a failure is a server bug.
pub fn wire<T>(value: &str) -> Result<T, ApiError>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    value.parse().map_err(|e| {
        ApiError::internal_error(format!("stored value {value:?} breaks the contract: {e}"))
    })
}
