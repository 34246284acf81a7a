//! CORS from configuration (`TVM_CORS_ORIGINS`, read into
//! `config::Origins`): the headers added to every API answer for an allowed
//! `Origin`, and the answer to the `OPTIONS` preflight of any path of the
//! contract (routed by `crate::front`).

use dropshot::Body;
use http::{HeaderMap, HeaderValue};

use crate::config::Origins;
use crate::error::ApiError;
use crate::models::ErrorCode;

impl Origins {
    /// The `Access-Control-Allow-Origin` value for a request's `Origin`.
    fn allow(&self, origin: Option<&str>) -> Option<String> {
        match (self, origin) {
            (Origins::None, _) | (_, None) => None,
            (Origins::Any, Some(_)) => Some("*".into()),
            (Origins::List(set), Some(o)) => set.contains(o).then(|| o.to_string()),
        }
    }
}

/// CORS headers for an answer to a request with these headers.
pub fn headers(origins: &Origins, request: &HeaderMap) -> HeaderMap {
    let mut h = HeaderMap::new();
    let origin = request.get(http::header::ORIGIN).and_then(|v| v.to_str().ok());
    if let Some(allow) = origins.allow(origin)
        && let Ok(v) = HeaderValue::from_str(&allow)
    {
        h.insert(http::header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
        h.insert(http::header::VARY, HeaderValue::from_static("Origin"));
        h.insert(
            http::header::ACCESS_CONTROL_EXPOSE_HEADERS,
            HeaderValue::from_static("Retry-After, X-Request-ID"),
        );
    }
    h
}

/// The answer to a preflight (`OPTIONS` on a path of the contract): 204
/// with the allowed methods and headers for an allowed origin, else 403.
pub fn preflight(origins: &Origins, request: &HeaderMap) -> http::Response<Body> {
    let mut h = headers(origins, request);
    if h.is_empty() {
        let e =
            ApiError::new(ErrorCode::Forbidden, "this origin may not call the API from a browser");
        return crate::extract::error_response(&e);
    }
    h.insert(
        http::header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, POST, PATCH, DELETE, OPTIONS"),
    );
    h.insert(
        http::header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("authorization, content-type, x-request-id"),
    );
    h.insert(http::header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
    let mut resp = http::Response::builder()
        .status(http::StatusCode::NO_CONTENT)
        .body(Body::empty())
        .expect("response");
    resp.headers_mut().extend(h);
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_parse_and_match() {
        assert_eq!(Origins::parse("").unwrap(), Origins::None);
        assert_eq!(Origins::parse("*").unwrap(), Origins::Any);
        let o = Origins::parse("https://fleet.example.org, http://localhost:3000").unwrap();
        assert_eq!(
            o.allow(Some("http://localhost:3000")).as_deref(),
            Some("http://localhost:3000")
        );
        assert_eq!(o.allow(Some("https://evil.example")), None);
        assert!(Origins::parse("fleet.example.org").is_err());
        assert!(Origins::parse("https://fleet.example.org/app").is_err());
    }
}
