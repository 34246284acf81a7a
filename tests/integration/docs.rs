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
    for page in ["/api/docs", "/api/redoc", "/api/asyncapi"] {
        let html = app.http.get(app.url(page)).send().await.unwrap().text().await.unwrap();
        let refs = references(&html);
        assert!(refs.len() >= 2, "{page}: {refs:?}");
        for r in refs {
            if r.starts_with("data:") {
                continue; // inline (the empty favicon): no request
            }
            assert!(r.starts_with('/'), "{page} loads {r} from elsewhere");
            let resp = app.http.get(app.url(&r)).send().await.unwrap();
            assert_eq!(resp.status(), 200, "{page} → {r}");
            assert!(resp.bytes().await.unwrap().len() > 100, "{page} → {r} is empty");
        }
    }
    let r = app.http.get(app.url("/api/docs/assets/nope.js")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    app.stop().await;
}

/// The pages in a real browser (Debian's Chromium through playwright-core,
/// `tests/browser/docs.mjs`): no request leaves the host, ReDoc shows the
/// Authentication section, Try it out executes every REST operation (but
/// the endless event stream) as documented, the WebSocket operations point
/// to the AsyncAPI page, and
/// that page renders. Needs `npm ci` and Chromium (scripts/test sees to
/// both).
#[tokio::test]
async fn the_docs_pages_work_offline_in_a_real_browser() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(
        root.join("node_modules/playwright-core").exists(),
        "node_modules/playwright-core is missing: run `npm ci` (scripts/test does)"
    );
    let chromium = std::env::var("TVM_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        std::path::Path::new(&chromium).exists(),
        "{chromium} is missing: scripts/ensure-services --browser installs Debian's chromium"
    );
    let app = TestApp::start().await;
    // An open alert for "Try it out" on alert_acknowledge to name.
    let vehicle = app.add_vehicle("AV-1").await;
    let critical = serde_json::json!({"timestamp": crate::common::ts(0.0), "code": "SAFETY_BUMPER_HIT",
        "severity": "CRITICAL", "subsystem": "safety", "description": "fixture"});
    let r = app.post("/api/v1/vehicle/AV-1/error", Some(&vehicle), &critical).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    let admin = app.admin_token().await;
    let run = tokio::process::Command::new("node")
        .arg(root.join("tests/browser/docs.mjs"))
        .args([app.base.as_str(), admin.as_str()])
        .kill_on_drop(true)
        .output();
    let run = tokio::time::timeout(std::time::Duration::from_secs(300), run)
        .await
        .expect("the browser check hung")
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    eprintln!("{stdout}");
    assert!(run.status.success(), "{stdout}\n{stderr}");
    app.stop().await;
}
