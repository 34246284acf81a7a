//! The documents and documentation pages, outside the API description:
//! `/api/openapi.json` (the bundled contract itself, not dropshot's lossy
//! rendering of it), `/api/asyncapi.yaml`, Swagger UI at `/api/docs` and
//! ReDoc at `/api/redoc`, all from assets compiled into the binary, served
//! by `crate::front` beside the API description.

use dropshot::Body;
use http::{Response, StatusCode, header};

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

fn page_of(content_type: &str, cache: &str, body: impl Into<Body>) -> Response<Body> {
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CACHE_CONTROL, cache)
        .body(body.into())
        .expect("valid response")
}

const ASSETS_UNDER: &str = "/api/docs/assets/";

/// Whether `path` is one of the documents, pages or assets (all `GET`).
pub fn serves(path: &str) -> bool {
    matches!(path, "/api/openapi.json" | "/api/asyncapi.yaml" | "/api/docs" | "/api/redoc")
        || path.starts_with(ASSETS_UNDER)
}

/// The answer to `GET path` for a path [`serves`] accepts.
pub fn page(path: &str) -> Response<Body> {
    match path {
        "/api/openapi.json" => page_of("application/json", "no-cache", crate::BUNDLED_OPENAPI),
        "/api/asyncapi.yaml" => page_of("application/yaml", "no-cache", crate::ASYNCAPI_YAML),
        "/api/docs" => page_of("text/html; charset=utf-8", "no-cache", SWAGGER_UI),
        "/api/redoc" => page_of("text/html; charset=utf-8", "no-cache", REDOC),
        _ => {
            let file = path.strip_prefix(ASSETS_UNDER).unwrap_or(path);
            match ASSETS.iter().find(|(name, _, _)| *name == file) {
                Some((_, ct, bytes)) => {
                    page_of(ct, "public, max-age=86400", bytes::Bytes::from_static(bytes))
                }
                None => {
                    let e = crate::error::ApiError::new(
                        crate::models::ErrorCode::NotFound,
                        format!("no document {path:?}"),
                    )
                    .with_details(serde_json::json!({ "path": path }));
                    crate::extract::error_response(&e)
                }
            }
        }
    }
}

const SWAGGER_UI: &str = r##"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TVM API — Swagger UI</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui",
  deepLinking: true, validatorUrl: null, tryItOutEnabled: true });
</script></body></html>
"##;

const REDOC: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TVM API — ReDoc</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><redoc spec-url="/api/openapi.json" disable-search="false"></redoc>
<script src="/api/docs/assets/redoc.standalone.js"></script>
</body></html>
"#;
