//! Two server instances on one database and one Redis: a frontend on one
//! commands a vehicle connected to the other and sees its acks and its
//! telemetry; rate limits, revocations and presence are shared.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{TestApp, TestDb, error_body, location_at, redis_url, test_config_with, ts};
use crate::live::{Ws, ack, configure, next_of, post_command, send, status_of, ws};
use tvm::sockets::{FrontendOutboundType, VehicleOutboundType};

/// An instance of the shared deployment (its own key prefix per test, so
/// tests running side by side do not hear each other).
async fn instance(db: &TestDb, prefix: &str, extra: &[(&str, &str)]) -> TestApp {
    let redis = redis_url();
    let mut env = vec![("REDIS_URL", redis.as_str()), ("TVM_REDIS_PREFIX", prefix)];
    env.extend_from_slice(extra);
    TestApp::start_with(test_config_with(&db.url, &env)).await
}

/// Post locations from the vehicle through `a` until `frontend` (on another
/// instance) sees one relayed (the relay subscription comes up in the
/// background after start).
pub(crate) async fn relay_ready(a: &TestApp, token: &str, frontend: &mut Ws) -> Value {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let r = a.post("/api/v1/vehicle/AV-1/location", Some(token), &location_at(&ts(0.0))).await;
        assert_eq!(r.status(), 200);
        if let Ok(v) = tokio::time::timeout(
            Duration::from_millis(500),
            next_of(frontend, FrontendOutboundType::LocationUpdate),
        )
        .await
        {
            return v;
        }
        assert!(Instant::now() < deadline, "no relayed event within 15 s");
    }
}

/// No `vehicle_connection` saying `vehicle` went offline arrives on `ws`
/// within `window` (anything else is skipped).
async fn no_offline(ws: &mut Ws, vehicle: &str, window: Duration) {
    let deadline = tokio::time::Instant::now() + window;
    while let Ok(m) = tokio::time::timeout_at(deadline, futures::StreamExt::next(ws)).await {
        let Some(Ok(tokio_tungstenite::tungstenite::Message::Text(t))) = m else { continue };
        let v: Value = serde_json::from_str(t.as_str()).unwrap();
        let offline = v["type"] == FrontendOutboundType::VehicleConnection.as_str()
            && v["payload"]["vehicle_id"] == vehicle
            && v["payload"]["online"] == false;
        assert!(!offline, "announced offline while connected elsewhere: {v}");
    }
}

#[tokio::test]
async fn a_frontend_on_one_instance_commands_a_vehicle_on_the_other() {
    let db = TestDb::new().await;
    let prefix = format!("tvmtest-{}", uuid::Uuid::new_v4());
    let a = instance(&db, &prefix, &[]).await;
    let b = instance(&db, &prefix, &[]).await;
    let vehicle_token = a.add_vehicle("AV-1").await;
    let operator = b.add_operator("ops-b").await;

    let mut vehicle = ws(&a, "/ws/vehicle/AV-1", &vehicle_token).await;
    let mut frontend = ws(&b, "/ws/fleet", &operator).await;
    let seen = relay_ready(&a, &vehicle_token, &mut frontend).await;
    assert_eq!(seen["payload"]["vehicle_id"], "AV-1");
    // And A hears B (its subscription also starts in the background; the
    // vehicle's reconnection through B below is announced that way).
    let mut frontend_a = ws(&a, "/ws/fleet", &operator).await;
    relay_ready(&b, &vehicle_token, &mut frontend_a).await;

    // B knows the vehicle is connected (to A) and where it is.
    let view: Value = b.get("/api/v1/vehicles/AV-1", Some(&operator)).await.json().await.unwrap();
    assert_eq!(view["online"], true, "{view}");
    assert!(view["location"].is_object(), "{view}");

    // A command sent on B's socket reaches the vehicle on A; its answers
    // come back to B, to the session that sent it.
    let command_id = uuid::Uuid::new_v4().to_string();
    send(
        &mut frontend,
        "command",
        json!({"vehicle_id": "AV-1", "command": "emergency_stop", "command_id": command_id, "params": {"reason": "cross-instance test"}}),
    )
    .await;
    let queued = status_of(&mut frontend, "queued").await;
    assert_eq!(queued["payload"]["command_id"], command_id.as_str());
    let command = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
    assert_eq!(command["payload"]["command_id"], command_id.as_str());
    ack(&mut vehicle, &command, "accepted").await;
    let accepted = status_of(&mut frontend, "acknowledged").await;
    assert_eq!(accepted["payload"]["command_id"], command_id.as_str());
    ack(&mut vehicle, &command, "completed").await;
    status_of(&mut frontend, "completed").await;
    // An emergency stop is stored after it is sent (by B, which issued it);
    // A records what the vehicle answered once the row is there.
    let db = a.db().await;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let stored: Option<String> = db
            .query_opt(
                "SELECT status FROM commands WHERE command_id = $1::text::uuid",
                &[&command_id],
            )
            .await
            .unwrap()
            .map(|r| r.get(0));
        if stored.as_deref() == Some("completed") {
            break;
        }
        assert!(Instant::now() < deadline, "the stop's answer is not stored: {stored:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // A REST command on B, too (the vehicle is still on A).
    let r = post_command(&b, &operator, "AV-1", configure(1.5)).await;
    assert_eq!(r.status(), 202);
    let id = r.json::<Value>().await.unwrap()["command_id"].clone();
    let command = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
    assert_eq!(command["payload"]["command_id"], id);

    // The vehicle reconnects through B: its older socket on A is closed
    // (1008), as on one instance.
    let _newer = ws(&b, "/ws/vehicle/AV-1", &vehicle_token).await;
    let closed = loop {
        match tokio::time::timeout(Duration::from_secs(5), futures::StreamExt::next(&mut vehicle))
            .await
            .expect("the older socket was not closed within 5 s")
        {
            Some(Ok(tokio_tungstenite::tungstenite::Message::Close(Some(f)))) => break f,
            Some(Ok(_)) => continue,
            other => panic!("socket ended without a close frame: {other:?}"),
        }
    };
    assert_eq!(u16::from(closed.code), 1008);
    // The vehicle stayed online: A closing its older socket announces no
    // `offline`, neither to A's frontends nor, through the relay, to B's.
    for fleet in [&mut frontend, &mut frontend_a] {
        no_offline(fleet, "AV-1", Duration::from_secs(1)).await;
    }
    let view: Value = a.get("/api/v1/vehicles/AV-1", Some(&operator)).await.json().await.unwrap();
    assert_eq!(view["online"], true, "{view}");

    // A revocation on A stops the client's tokens on B at once (not after
    // the 5 s registry sync).
    let admin_a = a.admin_token().await;
    let r =
        a.http.delete(a.url("/api/v1/clients/ops-b")).bearer_auth(&admin_a).send().await.unwrap();
    assert_eq!(r.status(), 204);
    let revoked_at = Instant::now();
    loop {
        let r = b.get("/api/v1/vehicles", Some(&operator)).await;
        if r.status() == 401 {
            let (_, body) = error_body(r).await;
            assert_eq!(body["code"], "UNAUTHORIZED", "{body}");
            break;
        }
        assert_eq!(r.status(), 200, "before the revocation arrives");
        assert!(revoked_at.elapsed() < Duration::from_secs(2), "B still accepts a revoked token");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    a.stop().await;
    b.stop().await;
}

#[tokio::test]
async fn rate_limits_are_shared_between_instances() {
    let db = TestDb::new().await;
    let prefix = format!("tvmtest-{}", uuid::Uuid::new_v4());
    let limits = [("TVM_RATE_LOCATION_MS", "1000")];
    let a = instance(&db, &prefix, &limits).await;
    let b = instance(&db, &prefix, &limits).await;
    let token = a.add_vehicle("AV-1").await;
    let t = ts(0.0);
    let r = a.post("/api/v1/vehicle/AV-1/location", Some(&token), &location_at(&t)).await;
    assert_eq!(r.status(), 200);
    // The same vehicle's next report a moment later, through the other
    // instance, is over the shared 1 Hz budget.
    let r = b.post("/api/v1/vehicle/AV-1/location", Some(&token), &location_at(&ts(0.2))).await;
    let retry = r.headers().get("retry-after").cloned();
    let (status, body) = error_body(r).await;
    assert_eq!((status, body["code"].as_str()), (429, Some("RATE_LIMITED")), "{body}");
    assert!(retry.is_some());
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let r = b.post("/api/v1/vehicle/AV-1/location", Some(&token), &location_at(&ts(0.0))).await;
    assert_eq!(r.status(), 200);
    a.stop().await;
    b.stop().await;
}

/// Publish a relay note as instance `from` (a stand-in for another
/// instance, so the order of its notes is the test's to choose).
async fn note_as(prefix: &str, from: &str, wire: Value) {
    let client = redis::Client::open(redis_url()).unwrap();
    let mut c = client.get_multiplexed_async_connection().await.unwrap();
    let mut note = wire;
    note["from"] = json!(from);
    let _: i64 = redis::cmd("PUBLISH")
        .arg(format!("{prefix}:relay"))
        .arg(note.to_string())
        .query_async(&mut c)
        .await
        .unwrap();
}

#[tokio::test]
async fn presence_lists_that_cross_during_a_move_keep_the_vehicle_online() {
    let db = TestDb::new().await;
    let prefix = format!("tvmtest-{}", uuid::Uuid::new_v4());
    let a = instance(&db, &prefix, &[]).await;
    a.add_vehicle("AV-1").await;
    let operator = a.add_operator("ops").await;
    let mut fleet = ws(&a, "/ws/fleet", &operator).await;
    let lists = |vehicles: &[&str]| json!({"t": "presence", "vehicles": vehicles});
    let online = async || {
        let view: Value =
            a.get("/api/v1/vehicles/AV-1", Some(&operator)).await.json().await.unwrap();
        view["online"] == true
    };

    // X holds the vehicle (published until A's subscription is up).
    let deadline = Instant::now() + Duration::from_secs(15);
    while !online().await {
        assert!(Instant::now() < deadline, "A never took X's presence");
        note_as(&prefix, "X", lists(&["AV-1"])).await;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // It moves to Y; X's last list from before the move arrives after Y's,
    // then X's list without it.
    note_as(&prefix, "Y", lists(&["AV-1"])).await;
    note_as(&prefix, "X", lists(&["AV-1"])).await;
    note_as(&prefix, "X", lists(&[])).await;
    no_offline(&mut fleet, "AV-1", Duration::from_secs(1)).await;
    assert!(online().await, "offline while Y holds it");

    // Y lets it go: now it is offline, and the frontend hears so.
    note_as(&prefix, "Y", lists(&[])).await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let m = tokio::time::timeout_at(deadline, futures::StreamExt::next(&mut fleet))
            .await
            .expect("no offline within 5 s after the last holder let go");
        let Some(Ok(tokio_tungstenite::tungstenite::Message::Text(t))) = m else { continue };
        let v: Value = serde_json::from_str(t.as_str()).unwrap();
        if v["type"] == FrontendOutboundType::VehicleConnection.as_str()
            && v["payload"]["online"] == false
        {
            break;
        }
    }
    assert!(!online().await);
    a.stop().await;
}
