//! Alert webhooks with a real local HTTP receiver: admins register them
//! (the secret shown once), every alert change is POSTed signed with
//! HMAC-SHA256 (checked here from the receiver's side), a receiver that is
//! down for a while gets it once it returns, across a server restart, and
//! the delivery log says what happened.

use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use serde_json::{Value, json};

use crate::common::{TestApp, TestDb, error_body, test_config_with, ts};

/// What the receiver got: headers and body of each request.
type Got = Arc<Mutex<Vec<(http::HeaderMap, Bytes)>>>;

/// A webhook receiver on `port` that records every request and answers 200.
async fn receiver(port: u16, got: Got) -> tokio::task::JoinHandle<()> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else { return };
            let got = got.clone();
            tokio::spawn(async move {
                let service =
                    hyper::service::service_fn(move |rq: http::Request<hyper::body::Incoming>| {
                        let got = got.clone();
                        async move {
                            let (parts, body) = rq.into_parts();
                            let body = body.collect().await.unwrap().to_bytes();
                            got.lock().unwrap().push((parts.headers, body));
                            Ok::<_, Infallible>(http::Response::new(Full::new(Bytes::from_static(
                                b"ok",
                            ))))
                        }
                    });
                let io = hyper_util::rt::TokioIo::new(stream);
                let _ =
                    hyper::server::conn::http1::Builder::new().serve_connection(io, service).await;
            });
        }
    })
}

/// Check a request's `X-TVM-Signature` as a receiver would: recompute
/// HMAC-SHA256 with the secret over `<t>.<body>`.
fn signature_holds(secret: &str, headers: &http::HeaderMap, body: &[u8]) -> bool {
    use hmac::{Hmac, Mac};
    let header = headers.get("x-tvm-signature").and_then(|v| v.to_str().ok()).unwrap_or("");
    let (Some(t), Some(v1)) = (
        header.split(',').find_map(|p| p.strip_prefix("t=")),
        header.split(',').find_map(|p| p.strip_prefix("v1=")),
    ) else {
        return false;
    };
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{t}.").as_bytes());
    mac.update(body);
    let expected: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    let fresh = t.parse::<i64>().is_ok_and(|t| (chrono::Utc::now().timestamp() - t).abs() < 300);
    expected == v1 && fresh
}

async fn until(what: &str, limit: Duration, mut f: impl AsyncFnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !f().await {
        assert!(Instant::now() < deadline, "{what} within {limit:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The receivers here listen on this host, which webhooks reach only when
/// the operator allows it.
const LOOPBACK_ALLOWED: &[(&str, &str)] = &[("TVM_WEBHOOK_ALLOWED_NETWORKS", "127.0.0.0/8, ::1")];

/// With the default settings, a webhook at an inside address (loopback,
/// `localhost`, the cloud metadata address) is refused when it is created,
/// with a 400 naming `/url`. One stored before the rule is never sent,
/// whether its URL names the address or a name that resolves to it: the
/// receiver gets nothing and the delivery log says why.
#[tokio::test]
async fn webhooks_never_reach_an_inside_address_the_operator_did_not_allow() {
    let db = TestDb::new().await;
    let app = TestApp::start_with(test_config_with(&db.url, &[])).await;
    let admin = app.admin_token().await;
    let port = crate::faults::free_port();
    let got: Got = Arc::default();
    let _receiver = receiver(port, got.clone()).await;
    for url in [
        format!("http://127.0.0.1:{port}/hook"),
        format!("http://localhost:{port}/hook"),
        format!("http://[::1]:{port}/hook"),
        "http://169.254.169.254/latest/meta-data".to_string(),
    ] {
        let r = app.post("/api/v1/webhooks", Some(&admin), &json!({"url": url})).await;
        let (status, body) = error_body(r).await;
        assert_eq!(status, 400, "{url}: {body}");
        assert_eq!(body["details"]["violations"][0]["pointer"], "/url", "{body}");
    }
    let listed: Value = app.get("/api/v1/webhooks", Some(&admin)).await.json().await.unwrap();
    assert_eq!(listed["items"], json!([]));
    // Stored before the rule: by name (resolved at each delivery) and by address.
    let db_client = app.db().await;
    for url in
        [format!("http://localhost:{port}/by-name"), format!("http://127.0.0.1:{port}/by-address")]
    {
        db_client
            .execute(
                "INSERT INTO webhooks (webhook_id, url, secret) VALUES (gen_random_uuid(), $1, 'whsec_old')",
                &[&url],
            )
            .await
            .unwrap();
    }
    let vehicle = app.add_vehicle("AV-1").await;
    let body = json!({"timestamp": ts(-1.0), "state": "emergency_stop"});
    assert_eq!(app.post("/api/v1/vehicle/AV-1/status", Some(&vehicle), &body).await.status(), 200);
    let listed: Value = app.get("/api/v1/webhooks", Some(&admin)).await.json().await.unwrap();
    for hook in listed["items"].as_array().unwrap() {
        let log = format!("/api/v1/webhooks/{}/deliveries", hook["webhook_id"].as_str().unwrap());
        until("a refused attempt is logged", Duration::from_secs(10), async || {
            let page: Value = app.get(&log, Some(&admin)).await.json().await.unwrap();
            page["items"][0]["attempts"].as_u64().is_some_and(|n| n >= 1)
        })
        .await;
        let page: Value = app.get(&log, Some(&admin)).await.json().await.unwrap();
        let error = page["items"][0]["last_error"].as_str().unwrap_or_default().to_string();
        assert!(error.contains("is not a public address"), "{}: {error}", hook["url"]);
    }
    assert!(got.lock().unwrap().is_empty(), "an inside receiver was sent a webhook");
    app.stop().await;
}

#[tokio::test]
async fn alert_changes_reach_a_receiver_that_was_down_signed_and_across_a_restart() {
    let db = TestDb::new().await;
    let first = TestApp::start_with(test_config_with(&db.url, LOOPBACK_ALLOWED)).await;
    let admin = first.admin_token().await;
    // The receiver's port, with nothing listening on it yet.
    let port = crate::faults::free_port();
    let url = format!("http://127.0.0.1:{port}/tvm-alerts");
    let r = first
        .post("/api/v1/webhooks", Some(&admin), &json!({"url": url, "description": "pager"}))
        .await;
    assert_eq!(r.status(), 201);
    let hook: Value = r.json().await.unwrap();
    let (hook_id, secret) =
        (hook["webhook_id"].as_str().unwrap(), hook["secret"].as_str().unwrap());
    assert!(secret.len() >= 32);
    let listed: Value = first.get("/api/v1/webhooks", Some(&admin)).await.json().await.unwrap();
    assert_eq!(listed["items"][0]["url"], url);
    assert!(listed["items"][0].get("secret").is_none(), "the secret is shown only once");

    // An alert while the receiver is down: tried, failed, kept.
    let vehicle = first.add_vehicle("AV-1").await;
    for state in ["idle", "emergency_stop"] {
        let body =
            json!({"timestamp": ts(if state == "idle" { -2.0 } else { -1.0 }), "state": state});
        assert_eq!(
            first.post("/api/v1/vehicle/AV-1/status", Some(&vehicle), &body).await.status(),
            200
        );
    }
    let log = format!("/api/v1/webhooks/{hook_id}/deliveries");
    until("a failed attempt is logged", Duration::from_secs(10), async || {
        let page: Value = first.get(&log, Some(&admin)).await.json().await.unwrap();
        page["items"][0]["attempts"].as_u64().is_some_and(|n| n >= 1)
    })
    .await;
    let page: Value = first.get(&log, Some(&admin)).await.json().await.unwrap();
    let pending = &page["items"][0];
    assert_eq!(pending["status"], "pending");
    assert!(pending["last_error"].as_str().is_some_and(|e| !e.is_empty()), "{pending}");

    // The server restarts; then the receiver comes back: the outbox in the
    // database still has the delivery, and the new server sends it.
    first.stop().await;
    let second = TestApp::start_with(test_config_with(&db.url, LOOPBACK_ALLOWED)).await;
    let got: Got = Arc::default();
    let _receiver = receiver(port, got.clone()).await;
    until("the alert reaches the receiver", Duration::from_secs(30), async || {
        !got.lock().unwrap().is_empty()
    })
    .await;
    let (headers, body) = got.lock().unwrap()[0].clone();
    assert!(signature_holds(secret, &headers, &body), "the signature does not verify: {headers:?}");
    assert!(!signature_holds("another secret", &headers, &body));
    assert_eq!(headers.get("x-tvm-event").unwrap(), "alert");
    let alert: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        (alert["kind"].as_str(), alert["vehicle_id"].as_str()),
        (Some("emergency_stop"), Some("AV-1"))
    );
    let admin = second.admin_token().await;
    until("the delivery is logged as delivered", Duration::from_secs(10), async || {
        let page: Value = second.get(&log, Some(&admin)).await.json().await.unwrap();
        page["items"][0]["status"] == "delivered"
    })
    .await;
    let page: Value = second.get(&log, Some(&admin)).await.json().await.unwrap();
    let done = &page["items"][0];
    assert!(done["attempts"].as_u64().unwrap() >= 2, "{done}");
    assert_eq!(done["last_status_code"], 200);
    assert_eq!(headers.get("x-tvm-delivery").unwrap().to_str().unwrap(), done["delivery_id"]);

    // Removed: later alerts are not sent to it; only admins manage them.
    let ops = second.add_operator("ops").await;
    let r = second.post("/api/v1/webhooks", Some(&ops), &json!({"url": url})).await;
    assert_eq!(error_body(r).await.0, 403);
    let r = second
        .http
        .delete(second.url(&format!("/api/v1/webhooks/{hook_id}")))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let r = second
        .http
        .delete(second.url(&format!("/api/v1/webhooks/{hook_id}")))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(error_body(r).await.0, 404);
    let body = json!({"timestamp": ts(0.0), "code": "SAFETY_BUMPER_HIT", "severity": "CRITICAL",
                      "subsystem": "safety", "description": "contact"});
    assert_eq!(
        second.post("/api/v1/vehicle/AV-1/error", Some(&vehicle), &body).await.status(),
        200
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(got.lock().unwrap().len(), 1, "a removed webhook was notified");
    second.stop().await;
}
