//! Every reject is a precise 4xx in the contract's error shape: malformed
//! JSON, wrong content type, schema violations (every failing pointer), bad
//! path parameters and oversized bodies.

use serde_json::json;

use crate::common::{TestApp, error_body};

/// POST a raw body to the location endpoint of a registered vehicle, as it.
async fn post_location(app: &TestApp, content_type: &str, body: String) -> reqwest::Response {
    let token = app.add_vehicle("AV-001").await;
    let url = app.url("/api/v1/vehicle/AV-001/location");
    let rq = app.http.post(url).bearer_auth(token).header("content-type", content_type);
    rq.body(body).send().await.unwrap()
}

fn location() -> serde_json::Value {
    json!({"timestamp": "2026-11-22T12:00:00Z", "latitude": 48.1, "longitude": 11.5,
           "heading": 90.0, "speed": 1.0, "accuracy": 0.5})
}

#[tokio::test]
async fn malformed_json_is_400_malformed_json() {
    let app = TestApp::start().await;
    let r = post_location(&app, "application/json", "{\"latitude\": ".into()).await;
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str().unwrap()), (400, "MALFORMED_JSON"));
    assert!(e["details"]["line"].is_number());
    app.stop().await;
}

#[tokio::test]
async fn a_wrong_content_type_is_400_unsupported_media_type() {
    let app = TestApp::start().await;
    let r = post_location(&app, "text/plain", location().to_string()).await;
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str().unwrap()), (400, "UNSUPPORTED_MEDIA_TYPE"));
    app.stop().await;
}

#[tokio::test]
async fn schema_violations_name_every_failing_pointer() {
    let app = TestApp::start().await;
    let mut body = location();
    body["latitude"] = json!(90.5);
    body["heading"] = json!(360);
    body["speed"] = json!(-0.1);
    body["unknown"] = json!(true);
    let r = post_location(&app, "application/json", body.to_string()).await;
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str().unwrap()), (400, "VALIDATION_FAILED"));
    let mut pointers: Vec<&str> = e["details"]["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["pointer"].as_str().unwrap())
        .collect();
    pointers.sort();
    assert_eq!(pointers, ["", "/heading", "/latitude", "/speed"]);
    app.stop().await;
}

#[tokio::test]
async fn a_timestamp_that_is_not_rfc3339_is_invalid_timestamp() {
    let app = TestApp::start().await;
    let mut body = location();
    body["timestamp"] = json!("22/11/2026 12:00");
    let r = post_location(&app, "application/json", body.to_string()).await;
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str().unwrap()), (400, "INVALID_TIMESTAMP"));
    app.stop().await;
}

#[tokio::test]
async fn a_bad_vehicle_id_in_the_path_is_400_in_the_error_shape() {
    let app = TestApp::start().await;
    let r = app
        .http
        .post(app.url("/api/v1/vehicle/-bad-/location"))
        .json(&location())
        .send()
        .await
        .unwrap();
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str().unwrap()), (400, "VALIDATION_FAILED"));
    app.stop().await;
}

#[tokio::test]
async fn a_body_over_the_limit_is_413_in_the_error_shape() {
    let app = TestApp::start().await;
    let mut body = location();
    body["padding"] = json!("x".repeat(70 * 1024));
    let r = post_location(&app, "application/json", body.to_string()).await;
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str().unwrap()), (413, "PAYLOAD_TOO_LARGE"));
    app.stop().await;
}

#[tokio::test]
async fn query_strings_are_checked_against_the_contract_by_name() {
    let app = TestApp::start().await;
    let ops = app.add_operator("ops").await;
    let long = "a".repeat(65);
    for (path, parameter) in [
        ("/api/v1/vehicles?limt=5", "limt"),
        ("/api/v1/vehicles?limit=5&limit=6", "limit"),
        (&format!("/api/v1/audit-logs?action={long}") as &str, "action"),
        ("/api/v1/locations?vehicle_ids=AV-1,%20AV-2", "vehicle_ids"),
        ("/api/v1/fleet?page=2", "page"),
    ] {
        let (status, e) = error_body(app.get(path, Some(&ops)).await).await;
        assert_eq!((status, e["code"].as_str()), (400, Some("INVALID_QUERY")), "{path}: {e}");
        assert_eq!(e["details"]["parameter"], parameter, "{path}: {e}");
    }
    // A value the generated query type cannot hold is refused before the
    // contract check; serde's message does not name the parameter here.
    for path in ["/api/v1/vehicles?include_decommissioned=1", "/api/v1/errors?severity=LOUD"] {
        let (status, e) = error_body(app.get(path, Some(&ops)).await).await;
        assert_eq!((status, e["code"].as_str()), (400, Some("INVALID_QUERY")), "{path}: {e}");
    }
    // Unknown names list what the operation takes.
    let (_, e) = error_body(app.get("/api/v1/vehicles?limt=5", Some(&ops)).await).await;
    assert_eq!(e["details"]["accepted"], json!(["cursor", "limit", "include_decommissioned"]));
    assert_eq!(app.get("/api/v1/vehicles?limit=5", Some(&ops)).await.status(), 200);
    app.stop().await;
}
