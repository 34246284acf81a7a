//! The served documents: the bundled contract itself, the AsyncAPI document,
//! and Swagger UI / ReDoc pages that load only bundled assets.

use crate::common::TestApp;

#[tokio::test]
async fn openapi_json_is_the_bundled_contract() {
    let app = TestApp::start().await;
    let r = app.http.get(app.url("/api/openapi.json")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
    assert_eq!(r.text().await.unwrap(), tvm::BUNDLED_OPENAPI);
    let r = app.http.get(app.url("/api/asyncapi.yaml")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.text().await.unwrap(), tvm::ASYNCAPI_YAML);
    app.stop().await;
}

/// Every `src`/`href` of a page, which must all be local.
fn references(html: &str) -> Vec<String> {
    let mut refs = Vec::new();
    for attr in ["src=\"", "href=\"", "url: \"", "spec-url=\""] {
        for part in html.split(attr).skip(1) {
            refs.push(part.split('"').next().unwrap().to_string());
        }
    }
    refs
}

#[tokio::test]
async fn docs_pages_load_only_bundled_assets() {
    let app = TestApp::start().await;
    for page in ["/api/docs", "/api/redoc"] {
        let html = app.http.get(app.url(page)).send().await.unwrap().text().await.unwrap();
        let refs = references(&html);
        assert!(refs.len() >= 2, "{page}: {refs:?}");
        for r in refs {
            assert!(r.starts_with('/'), "{page} loads {r} from elsewhere");
            let resp = app.http.get(app.url(&r)).send().await.unwrap();
            assert_eq!(resp.status(), 200, "{page} → {r}");
            assert!(resp.bytes().await.unwrap().len() > 1000, "{page} → {r} is empty");
        }
    }
    let r = app.http.get(app.url("/api/docs/assets/nope.js")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    app.stop().await;
}
