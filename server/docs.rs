//! The documents and documentation pages, outside the API description:
//! `/api/openapi.json` (the bundled contract itself), `/api/asyncapi.yaml`
//! (as committed) and `/api/asyncapi.json` (its schemas inlined), Swagger UI
//! at `/api/docs`, ReDoc at `/api/redoc` and the AsyncAPI page at
//! `/api/asyncapi`, all from assets compiled into the binary and allowed to
//! load nothing from elsewhere, served by `crate::front` beside the API.

use dropshot::Body;
use http::{Response, StatusCode, header};

/// The pages' assets: Swagger UI, ReDoc and the AsyncAPI React component,
/// vendored from the npm packages pinned in package.json
/// (`scripts/vendor-docs-assets` refreshes them; the contract check holds
/// them to the packages), and our own two scripts that start them.
const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "swagger-ui-bundle.js",
        "text/javascript",
        include_bytes!("../assets/docs/swagger-ui-bundle.js"),
    ),
    ("swagger-ui.css", "text/css", include_bytes!("../assets/docs/swagger-ui.css")),
    ("swagger-init.js", "text/javascript", include_bytes!("../assets/docs/swagger-init.js")),
    (
        "redoc.standalone.js",
        "text/javascript",
        include_bytes!("../assets/docs/redoc.standalone.js"),
    ),
    (
        "asyncapi.standalone.js",
        "text/javascript",
        include_bytes!("../assets/docs/asyncapi.standalone.js"),
    ),
    ("asyncapi.css", "text/css", include_bytes!("../assets/docs/asyncapi.css")),
    ("asyncapi-init.js", "text/javascript", include_bytes!("../assets/docs/asyncapi-init.js")),
];

/// What the pages may load: this host only (no script, style, image, font
/// or connection elsewhere: a vendored asset that links out would be
/// blocked). Inline styles are the React components' own; ReDoc renders
/// in a blob worker.
const DOCS_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
    img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; \
    object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/// The AsyncAPI page's: the same, but its parser compiles the document's
/// schemas into functions (ajv), which needs `'unsafe-eval'`.
const ASYNCAPI_CSP: &str = "default-src 'self'; script-src 'self' 'unsafe-eval'; \
    style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; \
    connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; \
    frame-ancestors 'none'";

fn html(body: &'static str, csp: &'static str) -> Response<Body> {
    let mut page = page_of("text/html; charset=utf-8", "no-cache", body);
    page.headers_mut().insert(header::CONTENT_SECURITY_POLICY, http::HeaderValue::from_static(csp));
    page
}

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
    matches!(
        path,
        "/api/openapi.json"
            | "/api/asyncapi.yaml"
            | "/api/asyncapi.json"
            | "/api/asyncapi"
            | "/api/docs"
            | "/api/redoc"
    ) || path.starts_with(ASSETS_UNDER)
}

/// The answer to `GET path` for a path [`serves`] accepts.
pub fn page(path: &str) -> Response<Body> {
    match path {
        "/api/openapi.json" => page_of("application/json", "no-cache", crate::BUNDLED_OPENAPI),
        "/api/asyncapi.yaml" => page_of("application/yaml", "no-cache", crate::ASYNCAPI_YAML),
        "/api/asyncapi.json" => page_of("application/json", "no-cache", crate::BUNDLED_ASYNCAPI),
        "/api/docs" => html(SWAGGER_UI, DOCS_CSP),
        "/api/redoc" => html(REDOC, DOCS_CSP),
        "/api/asyncapi" => html(ASYNCAPI, ASYNCAPI_CSP),
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
                    .with_details(crate::models::NotFoundDetails { path: Some(path.to_string()) });
                    crate::extract::error_response(&e)
                }
            }
        }
    }
}

const SWAGGER_UI: &str = r##"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>TVM API — Swagger UI</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/swagger-init.js"></script>
</body></html>
"##;

const REDOC: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>TVM API — ReDoc</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><redoc spec-url="/api/openapi.json"></redoc>
<script src="/api/docs/assets/redoc.standalone.js"></script>
</body></html>
"#;

const ASYNCAPI: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>TVM live channel — AsyncAPI</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/asyncapi.css"></head>
<body><div id="asyncapi"></div>
<script src="/api/docs/assets/asyncapi.standalone.js"></script>
<script src="/api/docs/assets/asyncapi-init.js"></script>
</body></html>
"#;
