//! `ApiError`: the one wire shape of every error,
//! `{"error": {"code", "message", "details"}}`, with codes from the contract's
//! `ErrorCode` enum and a fixed HTTP status per code. Handlers build these;
//! `crate::extract::Reply` renders them (with `Retry-After` on 429).

use dropshot::{ErrorStatusCode, HttpError, HttpResponseError};
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::models::{ErrorBody, ErrorCode};

/// An error answer. The external `message` is for API users; `internal`
/// (logged, never sent) keeps the cause.
#[derive(Debug, Serialize)]
pub struct ApiError {
    pub error: ErrorBody,
    #[serde(skip)]
    internal: Option<String>,
    #[serde(skip)]
    retry_after_s: Option<u64>,
}

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
        C::RateLimited => ErrorStatusCode::TOO_MANY_REQUESTS,
        C::InternalError => ErrorStatusCode::INTERNAL_SERVER_ERROR,
        C::NotImplemented => ErrorStatusCode::NOT_IMPLEMENTED,
        C::DatabaseUnavailable | C::ServiceUnavailable => ErrorStatusCode::SERVICE_UNAVAILABLE,
    }
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError {
            error: ErrorBody { code, message: message.into(), details: Map::new() },
            internal: None,
            retry_after_s: None,
        }
    }

    pub fn with_details(mut self, details: Value) -> Self {
        if let Value::Object(m) = details {
            self.error.details = m;
        }
        self
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
        self.error.code
    }

    pub fn status(&self) -> ErrorStatusCode {
        status_of(self.error.code)
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

    pub fn malformed_json(e: serde_json::Error) -> Self {
        Self::new(ErrorCode::MalformedJson, format!("the request body is not valid JSON: {e}"))
            .with_details(json!({ "line": e.line(), "column": e.column() }))
    }

    pub fn rate_limited(message: impl Into<String>, retry_after_s: u64) -> Self {
        let mut e = Self::new(ErrorCode::RateLimited, message)
            .with_details(json!({ "retry_after_s": retry_after_s }));
        e.retry_after_s = Some(retry_after_s.max(1));
        e
    }

    pub fn internal_error(cause: impl std::fmt::Display) -> Self {
        Self::new(ErrorCode::InternalError, "internal error").with_internal(cause)
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.error.code, self.error.message)?;
        if let Some(i) = &self.internal {
            write!(f, " ({i})")?;
        }
        Ok(())
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
        let e = Self::new(code, message).with_internal(e.internal_message);
        match parameter {
            Some(p) => e.with_details(json!({ "parameter": p })),
            None => e,
        }
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
