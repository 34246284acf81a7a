//! `telemetry_bulk_create`: 1 to 1000 messages, atomic, the first bad
//! message's index named, duplicates skipped inside the upload and against
//! stored rows, 30 days of history accepted, more than 1000 refused with 413.

use serde_json::{Value, json};

use crate::common::{TestApp, count, error_body, report, ts};

const TABLES: [&str; 5] =
    ["vehicle_locations", "vehicle_status", "vehicle_battery", "vehicle_errors", "vehicle_docking"];

fn message(kind: &str, offset_s: f64) -> Value {
    let mut data = report(kind, &ts(offset_s));
    if kind == "docking" {
        data["phase"] = json!("failed"); // failed → failed is always allowed
    }
    json!({"type": kind, "data": data})
}

/// `n` messages of all five kinds, one per second, ending `end_s` from now.
fn mixed(n: usize, end_s: f64) -> Vec<Value> {
    let kinds = ["location", "status", "battery", "error", "docking"];
    (0..n).map(|i| message(kinds[i % 5], end_s - (n - i) as f64)).collect()
}

async fn stored(app: &TestApp) -> i64 {
    let db = app.db().await;
    let mut total = 0;
    for t in TABLES {
        total += count(&db, t, "AV-1").await;
    }
    total
}

#[tokio::test]
async fn a_full_upload_of_mixed_messages_is_stored_at_once() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let client = app.as_client(&token);
    let body: tvm::models::BulkUpload =
        serde_json::from_value(json!({"messages": mixed(1000, -3600.0)})).unwrap();
    let started = std::time::Instant::now();
    let r = client
        .telemetry_bulk_create()
        .vehicle_id("AV-1")
        .body(body)
        .send()
        .await
        .unwrap()
        .into_inner();
    eprintln!("bulk of 1000 mixed messages answered in {:?} (debug build)", started.elapsed());
    assert_eq!((r.processed, r.inserted, r.skipped), (1000, 1000, 0));
    assert_eq!(stored(&app).await, 1000);
    let db = app.db().await;
    let health: i64 = db
        .query_one("SELECT readings FROM battery_health WHERE vehicle_id = 'AV-1'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(health, 200, "battery health is fed by uploads too");
    app.stop().await;
}

#[tokio::test]
async fn more_than_1000_messages_is_413() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let resp = app
        .post("/api/v1/vehicle/AV-1/bulk", Some(&token), &json!({"messages": mixed(1001, 0.0)}))
        .await;
    let (s, e) = error_body(resp).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (413, "PAYLOAD_TOO_LARGE"));
    let resp = app.post("/api/v1/vehicle/AV-1/bulk", Some(&token), &json!({"messages": []})).await;
    assert_eq!(error_body(resp).await.0, 400);
    assert_eq!(stored(&app).await, 0);
    app.stop().await;
}

#[tokio::test]
async fn one_bad_message_stores_nothing_and_is_named_by_index() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let cases: Vec<(usize, Value, &str)> = vec![
        (
            7,
            json!({"type": "location", "data": {"timestamp": ts(-5.0), "latitude": 91}}),
            "VALIDATION_FAILED",
        ),
        (3, json!({"type": "teleport", "data": {}}), "VALIDATION_FAILED"),
        (12, message("battery", -31.0 * 86_400.0), "INVALID_TIMESTAMP"),
        (5, message("location", 600.0), "INVALID_TIMESTAMP"),
        (
            9,
            json!({"type": "error", "data": {"timestamp": ts(-5.0), "code": "NOT_IN_CATALOGUE", "severity": "INFO", "subsystem": "x", "description": "y"}}),
            "UNKNOWN_ERROR_CODE",
        ),
    ];
    for (index, bad, code) in cases {
        let mut messages = mixed(20, -100.0);
        messages[index] = bad;
        let resp = app
            .post("/api/v1/vehicle/AV-1/bulk", Some(&token), &json!({ "messages": messages }))
            .await;
        let (s, e) = error_body(resp).await;
        assert_eq!((s, e["code"].as_str().unwrap()), (400, code), "{e}");
        assert_eq!(e["details"]["index"], index, "{e}");
        assert!(e["message"].as_str().unwrap().contains(&format!("message {index}")), "{e}");
        assert_eq!(stored(&app).await, 0, "nothing may be stored when message {index} is bad");
    }
    app.stop().await;
}

#[tokio::test]
async fn duplicates_are_skipped_inside_the_upload_and_against_stored_rows() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let t = ts(-60.0);
    let loc = json!({"type": "location", "data": report("location", &t)});
    let bat = json!({"type": "battery", "data": report("battery", &t)});
    // Stored before by the live endpoint.
    assert_eq!(
        app.post("/api/v1/vehicle/AV-1/location", Some(&token), &report("location", &t))
            .await
            .status(),
        200
    );
    let messages = vec![loc.clone(), loc.clone(), bat.clone(), bat, message("status", -50.0)];
    let resp =
        app.post("/api/v1/vehicle/AV-1/bulk", Some(&token), &json!({ "messages": messages })).await;
    assert_eq!(resp.status(), 200);
    let r: tvm::models::BulkResult = resp.json().await.unwrap();
    assert_eq!((r.processed, r.inserted, r.skipped), (5, 2, 3));
    // The same upload again: all skipped, nothing doubled.
    let resp =
        app.post("/api/v1/vehicle/AV-1/bulk", Some(&token), &json!({ "messages": messages })).await;
    let r: tvm::models::BulkResult = resp.json().await.unwrap();
    assert_eq!((r.processed, r.inserted, r.skipped), (5, 0, 5));
    assert_eq!(stored(&app).await, 3);
    app.stop().await;
}

#[tokio::test]
async fn an_upload_follows_the_state_machine_in_time_order() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let status = |state: &str, at: f64| json!({"type": "status", "data": {"timestamp": ts(at), "state": state}});
    // Sent out of order, valid in time order: idle → navigating → docking → charging.
    let ok = vec![
        status("docking", -30.0),
        status("idle", -50.0),
        status("charging", -20.0),
        status("navigating", -40.0),
    ];
    let resp =
        app.post("/api/v1/vehicle/AV-1/bulk", Some(&token), &json!({ "messages": ok })).await;
    assert_eq!(resp.status(), 200, "{}", resp.text().await.unwrap());
    // charging (stored) → docking is not allowed, and it is message 1.
    let bad = vec![status("idle", -10.0), status("docking", -5.0)];
    let resp =
        app.post("/api/v1/vehicle/AV-1/bulk", Some(&token), &json!({ "messages": bad })).await;
    let (s, e) = error_body(resp).await;
    assert_eq!(
        (s, e["code"].as_str().unwrap(), e["details"]["index"].as_u64()),
        (400, "INVALID_STATE_TRANSITION", Some(1))
    );
    assert_eq!(stored(&app).await, 4);
    app.stop().await;
}

#[tokio::test]
async fn only_the_vehicle_itself_uploads() {
    let app = TestApp::start().await;
    let _a = app.add_vehicle("AV-1").await;
    let b = app.add_vehicle("AV-2").await;
    let resp =
        app.post("/api/v1/vehicle/AV-1/bulk", Some(&b), &json!({"messages": mixed(5, 0.0)})).await;
    assert_eq!(error_body(resp).await.0, 403);
    let resp =
        app.post("/api/v1/vehicle/AV-1/bulk", None, &json!({"messages": mixed(5, 0.0)})).await;
    assert_eq!(error_body(resp).await.0, 401);
    assert_eq!(stored(&app).await, 0);
    app.stop().await;
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(bytes).unwrap();
    z.finish().unwrap()
}

/// A body sent with `Content-Encoding: gzip` is decompressed and stored as
/// any other; the operation's size limit holds once decompressed (a small
/// gzip of a huge body is 413, not a server holding it all); a body that
/// is not gzip, and a coding the server does not take, are 400s naming why;
/// nothing of a refused upload is stored. (Before, the header was ignored
/// and a gzip body came back "not valid JSON".)
#[tokio::test]
async fn an_upload_may_come_gzip_compressed() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let post = |body: Vec<u8>, coding: &'static str| {
        let rq = app
            .http
            .post(app.url("/api/v1/vehicle/AV-1/bulk"))
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .header("content-encoding", coding);
        rq.body(body).send()
    };
    let upload = serde_json::to_vec(&json!({"messages": mixed(500, -1800.0)})).unwrap();
    let r = post(gzip(&upload), "gzip").await.unwrap();
    assert_eq!(r.status(), 200);
    let result: Value = r.json().await.unwrap();
    assert_eq!((result["processed"].as_u64(), result["inserted"].as_u64()), (Some(500), Some(500)));
    assert_eq!(stored(&app).await, 500);

    // 5 MiB of JSON (over the 4 MiB limit) in a few kilobytes of gzip.
    let padding = " ".repeat(5 * 1024 * 1024);
    let huge = format!(
        "{{\"messages\": [{}]{padding}}}",
        serde_json::to_string(&mixed(1, 0.0)[0]).unwrap()
    );
    let bomb = gzip(huge.as_bytes());
    assert!(bomb.len() < 64 * 1024, "{}", bomb.len());
    let (s, e) = error_body(post(bomb, "gzip").await.unwrap()).await;
    assert_eq!((s, e["code"].as_str()), (413, Some("PAYLOAD_TOO_LARGE")), "{e}");

    let (s, e) = error_body(post(upload.clone(), "gzip").await.unwrap()).await;
    assert_eq!((s, e["code"].as_str()), (400, Some("MALFORMED_JSON")), "{e}");
    assert!(e["message"].as_str().unwrap().contains("gzip"), "{e}");
    let (s, e) = error_body(post(upload, "br").await.unwrap()).await;
    assert_eq!((s, e["code"].as_str()), (400, Some("UNSUPPORTED_MEDIA_TYPE")), "{e}");
    assert!(e["message"].as_str().unwrap().contains("br"), "{e}");
    assert_eq!(stored(&app).await, 500);
    app.stop().await;
}
