//! Rate limits: location 1/s and battery 1/5 s per vehicle, a request
//! budget per client, each refused with 429, `Retry-After` and the error shape.

use crate::common::{TestApp, error_body, report, ts};

async fn assert_429(resp: reqwest::Response, limit: &str) -> u64 {
    let retry: u64 =
        resp.headers().get("retry-after").expect("Retry-After").to_str().unwrap().parse().unwrap();
    let (s, e) = error_body(resp).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (429, "RATE_LIMITED"));
    assert_eq!(e["details"]["limit"], limit);
    assert_eq!(e["details"]["retry_after_s"], retry);
    assert!(retry >= 1);
    retry
}

#[tokio::test]
async fn location_is_limited_to_one_per_second_per_vehicle() {
    let app = TestApp::start_env(&[("TVM_RATE_LOCATION_MS", "1000")]).await;
    let a = app.add_vehicle("AV-1").await;
    let b = app.add_vehicle("AV-2").await;
    let post = |v: &'static str, token: &str, at: f64| {
        let body = report("location", &ts(at));
        let (app, token) = (&app, token.to_string());
        async move { app.post(&format!("/api/v1/vehicle/{v}/location"), Some(&token), &body).await }
    };
    assert_eq!(post("AV-1", &a, -3.0).await.status(), 200);
    let retry = assert_429(post("AV-1", &a, -2.0).await, "location").await;
    assert_eq!(retry, 1);
    // Another vehicle is not affected, nor are other kinds.
    assert_eq!(post("AV-2", &b, -2.0).await.status(), 200);
    let status =
        app.post("/api/v1/vehicle/AV-1/status", Some(&a), &report("status", &ts(-1.0))).await;
    assert_eq!(status.status(), 200);
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    assert_eq!(post("AV-1", &a, -1.0).await.status(), 200);
    app.stop().await;
}

#[tokio::test]
async fn battery_is_limited_to_one_per_five_seconds_per_vehicle() {
    let app = TestApp::start_env(&[("TVM_RATE_BATTERY_MS", "5000")]).await;
    let a = app.add_vehicle("AV-1").await;
    let post = |at: f64| {
        let body = report("battery", &ts(at));
        let (app, a) = (&app, &a);
        async move { app.post("/api/v1/vehicle/AV-1/battery", Some(a), &body).await }
    };
    assert_eq!(post(-3.0).await.status(), 200);
    let retry = assert_429(post(-2.0).await, "battery").await;
    assert!((4..=5).contains(&retry), "{retry}");
    // A refused report is not stored.
    let db = app.db().await;
    assert_eq!(crate::common::count(&db, "vehicle_battery", "AV-1").await, 1);
    app.stop().await;
}

#[tokio::test]
async fn each_client_has_a_request_budget_across_the_api() {
    let app =
        TestApp::start_env(&[("TVM_RATE_CLIENT_PER_MIN", "5"), ("TVM_RATE_LOGIN_PER_MIN", "8")])
            .await;
    let admin = app.admin_token().await;
    let ops = app.add_operator("ops").await;
    // The admin spent one request creating the operator; four remain.
    for _ in 0..4 {
        assert_eq!(app.get("/api/v1/clients", Some(&admin)).await.status(), 200);
    }
    let retry = assert_429(app.get("/api/v1/clients", Some(&admin)).await, "client").await;
    assert!((1..=12).contains(&retry), "{retry}");
    // Any operation counts, and other clients keep their own budget.
    assert_429(app.get("/api/v1/vehicles/AV-1", Some(&admin)).await, "client").await;
    assert_eq!(app.get("/api/v1/vehicles/AV-1", Some(&ops)).await.status(), 404);
    // Logins have their own budget per source address (not per client id:
    // see security.rs), so secrets cannot be guessed at speed.
    let guess = serde_json::json!({"client_id": "ops", "client_secret": "guess"});
    let mut attempts = 0;
    let refused = loop {
        let r = app.post("/api/v1/auth/token", None, &guess).await;
        if r.status() != 401 {
            break r;
        }
        attempts += 1;
        assert!(attempts < 10, "ten guesses and no limit");
    };
    assert_429(refused, "login").await;
    app.stop().await;
}
