//! CORS from configuration (`TVM_CORS_ORIGINS`): the allowed origins, the
//! headers added to every API answer for an allowed `Origin`, and the
//! `OPTIONS` preflight of every path of the contract (registered unpublished,
//! one per path, since dropshot routes no method it was not given).

use std::collections::BTreeSet;

use dropshot::{ApiDescription, ApiEndpoint, ApiEndpointVersions, Body, Path, RequestContext};
use http::{HeaderMap, HeaderValue, Method};
use schemars::JsonSchema;
use serde::Deserialize;

use crate::context::ServerCtx;
use crate::error::ApiError;
use crate::models::ErrorCode;

/// Which origins may call the API from a browser.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Origins {
    /// No CORS headers at all (same-origin only).
    #[default]
    None,
    Any,
    List(BTreeSet<String>),
}

impl Origins {
    /// `*`, or a comma-separated list of `scheme://host[:port]`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(Origins::None);
        }
        if text == "*" {
            return Ok(Origins::Any);
        }
        let mut set = BTreeSet::new();
        for o in text.split(',').map(str::trim).filter(|o| !o.is_empty()) {
            let ok = (o.starts_with("https://") || o.starts_with("http://"))
                && !o.ends_with('/')
                && !o["https://".len().min(o.len())..].contains('/');
            if !ok {
                return Err(format!("{o:?} is not an origin (scheme://host[:port], no path)"));
            }
            set.insert(o.to_string());
        }
        Ok(Origins::List(set))
    }

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

async fn answer(rqctx: &RequestContext<ServerCtx>) -> Result<http::Response<Body>, ApiError> {
    let ctx = rqctx.context();
    let mut h = headers(&ctx.config.cors_origins, rqctx.request.headers());
    if h.is_empty() {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "this origin may not call the API from a browser",
        ));
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
    Ok(resp)
}

async fn preflight(rqctx: RequestContext<ServerCtx>) -> Result<http::Response<Body>, ApiError> {
    answer(&rqctx).await
}

async fn preflight_with<P: JsonSchema + for<'de> Deserialize<'de> + Send + Sync + 'static>(
    rqctx: RequestContext<ServerCtx>,
    _path: Path<P>,
) -> Result<http::Response<Body>, ApiError> {
    answer(&rqctx).await
}

macro_rules! path_params {
    ($name:ident { $($field:ident),* }) => {
        #[derive(Deserialize, JsonSchema)]
        #[allow(dead_code)]
        struct $name { $($field: String),* }
    };
}
path_params!(VehicleP { vehicle_id });
path_params!(VehicleCommandP { vehicle_id, command_id });
path_params!(ErrorP { error_id });
path_params!(MissionP { mission_id });
path_params!(ClientP { client_id });

/// Register an `OPTIONS` preflight for every path of the contract.
pub fn register(api: &mut ApiDescription<ServerCtx>) {
    let doc: serde_json::Value =
        serde_json::from_str(crate::BUNDLED_OPENAPI).expect("bundled OpenAPI");
    let paths: Vec<String> = doc["paths"].as_object().expect("paths").keys().cloned().collect();
    for (i, path) in paths.iter().enumerate() {
        let vars: Vec<&str> = path
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .collect();
        let id = format!("cors_preflight_{i}");
        let (m, ct, v) = (Method::OPTIONS, "application/json", ApiEndpointVersions::All);
        let mut e = match vars.as_slice() {
            [] => ApiEndpoint::new(id, preflight, m, ct, path, v),
            ["vehicle_id"] => ApiEndpoint::new(id, preflight_with::<VehicleP>, m, ct, path, v),
            ["vehicle_id", "command_id"] => {
                ApiEndpoint::new(id, preflight_with::<VehicleCommandP>, m, ct, path, v)
            }
            ["error_id"] => ApiEndpoint::new(id, preflight_with::<ErrorP>, m, ct, path, v),
            ["mission_id"] => ApiEndpoint::new(id, preflight_with::<MissionP>, m, ct, path, v),
            ["client_id"] => ApiEndpoint::new(id, preflight_with::<ClientP>, m, ct, path, v),
            other => panic!("no preflight for path parameters {other:?} of {path}"),
        };
        e.visible = false;
        api.register(e).unwrap_or_else(|err| panic!("preflight for {path}: {err}"));
    }
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
