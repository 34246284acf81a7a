//! Operator safety at the product's default limits: a normal vehicle is
//! never refused, error reports have only a flood ceiling (the same over
//! REST and the socket), no budget holds back an emergency stop, and
//! retrying a command with its `command_id` is idempotent.

use serde_json::json;

use crate::common::{TestApp, error_body, location_at, report, ts};
use crate::live::{next_of, post_command, send, ws};
use tvm::sockets::{VehicleInboundType, VehicleOutboundType};

/// The product's defaults for every limit (the tests' configuration turns
/// the per-vehicle spacing off; an empty value restores the default).
const DEFAULT_LIMITS: [(&str, &str); 4] = [
    ("TVM_RATE_LOCATION_MS", ""),
    ("TVM_RATE_BATTERY_MS", ""),
    ("TVM_RATE_CLIENT_PER_MIN", ""),
    ("TVM_RATE_ERROR_FLOOD_PER_MIN", ""),
];

#[tokio::test]
async fn a_vehicle_reporting_at_the_seeds_rates_is_never_refused_at_default_limits() {
    let app = TestApp::start_env(&DEFAULT_LIMITS).await;
    let token = app.add_vehicle("AV-1").await;
    let post = |kind: &str, body: serde_json::Value| {
        let path = format!("/api/v1/vehicle/AV-1/{kind}");
        let (app, token) = (&app, &token);
        async move { app.post(&path, Some(token), &body).await.status().as_u16() }
    };
    // A minute of location and status at 1 Hz is 120 requests: the old
    // default budget (100 a minute) refused the 101st. Status reports have
    // no interval of their own, so a minute's worth goes at once here.
    for i in 0..120 {
        let at = ts(-150.0 + i as f64);
        let body =
            json!({"timestamp": at, "state": if i % 2 == 0 { "idle" } else { "navigating" }});
        assert_eq!(post("status", body).await, 200, "status report {i}");
    }
    // Location at 1 Hz and battery every 5 s, in real time, for 3 s.
    for i in 0..3 {
        assert_eq!(post("location", location_at(&ts(0.0))).await, 200, "location {i}");
        if i == 0 {
            assert_eq!(post("battery", report("battery", &ts(0.0))).await, 200);
        }
        tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    }
    // A burst of 200 error reports (a fault cascade) is not throttled:
    // errors are event-driven and have only the flood ceiling.
    for i in 0..200 {
        let body = report("error", &ts(-100.0 + i as f64 * 0.01));
        assert_eq!(post("error", body).await, 200, "error report {i}");
    }
    app.stop().await;
}

#[tokio::test]
async fn error_reports_meet_the_same_flood_ceiling_over_rest_and_the_socket() {
    let app = TestApp::start_env(&[("TVM_RATE_ERROR_FLOOD_PER_MIN", "5")]).await;
    let token = app.add_vehicle("AV-1").await;
    for i in 0..5 {
        let r = app
            .post(
                "/api/v1/vehicle/AV-1/error",
                Some(&token),
                &report("error", &ts(-10.0 + i as f64)),
            )
            .await;
        assert_eq!(r.status(), 200, "error report {i}");
    }
    let r = app.post("/api/v1/vehicle/AV-1/error", Some(&token), &report("error", &ts(-1.0))).await;
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str()), (429, Some("RATE_LIMITED")));
    assert_eq!(e["details"]["limit"], "error_flood");
    // The socket is held to the same ceiling, not a separate one.
    let mut vehicle = ws(&app, "/ws/vehicle/AV-1", &token).await;
    send(&mut vehicle, VehicleInboundType::Error, report("error", &ts(-0.5))).await;
    let refused = next_of(&mut vehicle, VehicleOutboundType::SocketError).await;
    assert_eq!(refused["payload"]["error"]["code"], "RATE_LIMITED");
    app.stop().await;
}

#[tokio::test]
async fn an_operator_past_the_budget_still_stops_a_vehicle() {
    let app = TestApp::start_env(&[("TVM_RATE_CLIENT_PER_MIN", "3")]).await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let mut vehicle = ws(&app, "/ws/vehicle/AV-1", &vehicle_token).await;
    let mut spent = 0;
    while app.get("/api/v1/fleet", Some(&ops)).await.status() == 200 {
        spent += 1;
        assert!(spent <= 3, "the budget of 3 was not enforced");
    }
    // Past the budget: reads and other commands are refused …
    let r = post_command(
        &app,
        &ops,
        "AV-1",
        json!({"command": "configure", "params": {"speed_limit": 1.0}}),
    )
    .await;
    assert_eq!(error_body(r).await.0, 429);
    // … and the emergency stop goes through and reaches the vehicle.
    let stop = json!({"command": "emergency_stop", "params": {"reason": "person in aisle"}});
    let r = post_command(&app, &ops, "AV-1", stop).await;
    assert_eq!(r.status(), 202);
    let command = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
    assert_eq!(command["payload"]["command"], "emergency_stop");
    app.stop().await;
}

#[tokio::test]
async fn retrying_a_command_with_its_id_is_idempotent_and_another_body_conflicts() {
    let app = TestApp::start().await;
    app.add_vehicle("AV-1").await;
    app.add_vehicle("AV-2").await;
    let ops = app.add_operator("ops").await;
    let command_id = uuid::Uuid::new_v4();
    let body =
        json!({"command": "configure", "command_id": command_id, "params": {"speed_limit": 1.5}});
    let first = post_command(&app, &ops, "AV-1", body.clone()).await;
    assert_eq!(first.status(), 202);
    let first: serde_json::Value = first.json().await.unwrap();
    // The same body again (a client that lost the answer): the same 202,
    // with the command's current status, and still one command stored.
    let again = post_command(&app, &ops, "AV-1", body).await;
    assert_eq!(again.status(), 202);
    let again: serde_json::Value = again.json().await.unwrap();
    assert_eq!(again["command_id"], first["command_id"]);
    assert_eq!(again["status"], "queued");
    let db = app.db().await;
    let n: i64 = db
        .query_one("SELECT count(*) FROM commands WHERE command_id = $1", &[&command_id])
        .await
        .unwrap()
        .get(0);
    assert_eq!(n, 1);
    // Other params, another command or another vehicle under the same id:
    // 409. (An emergency stop is sent before anything is read or stored, so
    // a clash of its id with a stored command is not refused but logged
    // when it is stored: clients choose UUIDs.)
    let others = [
        (
            "AV-1",
            json!({"command": "configure", "command_id": command_id, "params": {"speed_limit": 2.5}}),
        ),
        (
            "AV-1",
            json!({"command": "cancel", "command_id": command_id, "params": {"mission_id": "M-1", "reason": "x"}}),
        ),
        (
            "AV-2",
            json!({"command": "configure", "command_id": command_id, "params": {"speed_limit": 1.5}}),
        ),
    ];
    for (vehicle, other) in others {
        let (status, e) = error_body(post_command(&app, &ops, vehicle, other.clone()).await).await;
        assert_eq!((status, e["code"].as_str()), (409, Some("CONFLICT")), "{vehicle} {other}");
    }
    app.stop().await;
}
