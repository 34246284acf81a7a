//! The documents and documentation pages, outside the API description:
//! `/api/openapi.json` (the bundled contract itself, not dropshot's lossy
//! rendering of it), `/api/asyncapi.yaml`, Swagger UI at `/api/docs` and
//! ReDoc at `/api/redoc`, all from assets compiled into the binary.

use dropshot::{Body, HttpError, Path, RequestContext, endpoint};
use http::{Response, StatusCode, header};
use schemars::JsonSchema;
use serde::Deserialize;

use crate::context::ServerCtx;

/// Vendored from the npm packages pinned in package.json
/// (`scripts/vendor-docs-assets` refreshes them; a test checks they match).
const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "swagger-ui-bundle.js",
        "text/javascript",
        include_bytes!("../assets/docs/swagger-ui-bundle.js"),
    ),
    ("swagger-ui.css", "text/css", include_bytes!("../assets/docs/swagger-ui.css")),
    (
        "redoc.standalone.js",
        "text/javascript",
        include_bytes!("../assets/docs/redoc.standalone.js"),
    ),
];

fn page(content_type: &str, body: impl Into<Body>) -> Result<Response<Body>, HttpError> {
    Ok(Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CACHE_CONTROL, "no-cache")
        .body(body.into())?)
}

#[endpoint { method = GET, path = "/api/openapi.json", unpublished = true }]
pub async fn openapi_json(_rqctx: RequestContext<ServerCtx>) -> Result<Response<Body>, HttpError> {
    page("application/json", crate::BUNDLED_OPENAPI)
}

#[endpoint { method = GET, path = "/api/asyncapi.yaml", unpublished = true }]
pub async fn asyncapi_yaml(_rqctx: RequestContext<ServerCtx>) -> Result<Response<Body>, HttpError> {
    page("application/yaml", crate::ASYNCAPI_YAML)
}

#[endpoint { method = GET, path = "/api/docs", unpublished = true }]
pub async fn swagger_ui(_rqctx: RequestContext<ServerCtx>) -> Result<Response<Body>, HttpError> {
    page(
        "text/html; charset=utf-8",
        r##"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TVM API — Swagger UI</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui",
  deepLinking: true, validatorUrl: null, tryItOutEnabled: true });
</script></body></html>
"##,
    )
}

#[endpoint { method = GET, path = "/api/redoc", unpublished = true }]
pub async fn redoc(_rqctx: RequestContext<ServerCtx>) -> Result<Response<Body>, HttpError> {
    page(
        "text/html; charset=utf-8",
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TVM API — ReDoc</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><redoc spec-url="/api/openapi.json" disable-search="false"></redoc>
<script src="/api/docs/assets/redoc.standalone.js"></script>
</body></html>
"#,
    )
}

#[derive(Deserialize, JsonSchema)]
pub struct AssetPath {
    file: String,
}

#[endpoint { method = GET, path = "/api/docs/assets/{file}", unpublished = true }]
pub async fn docs_asset(
    _rqctx: RequestContext<ServerCtx>,
    path: Path<AssetPath>,
) -> Result<Response<Body>, HttpError> {
    let file = path.into_inner().file;
    match ASSETS.iter().find(|(name, _, _)| *name == file) {
        Some((_, ct, bytes)) => Ok(Response::builder()
            .status(StatusCode::OK)
            .header(header::CONTENT_TYPE, *ct)
            .header(header::CACHE_CONTROL, "public, max-age=86400")
            .body(Body::from(bytes.to_vec()))?),
        None => {
            let e = crate::error::ApiError::new(
                crate::models::ErrorCode::NotFound,
                format!("no asset {file:?}"),
            );
            Ok(crate::extract::error_response(&e))
        }
    }
}
