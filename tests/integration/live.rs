//! The live channel with a real WebSocket client: authentication before the
//! upgrade, every message type both ways (each checked against its AsyncAPI
//! schema), subscriptions, fan-out latency, command delivery (ack, resend,
//! timeout, offline queue, emergency stop first, restart), protocol
//! violations, heartbeat, SSE and shutdown.

use std::time::{Duration, Instant};

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::common::{TestApp, error_body, location_at, report, ts};
use tvm::sockets::{
    FrontendInboundType, FrontendOutboundType, VehicleInboundType, VehicleOutboundType,
};

pub(crate) type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Open a socket with a bearer token in the `Authorization` header.
pub(crate) async fn ws(app: &TestApp, path: &str, token: &str) -> Ws {
    let url = format!("{}{path}", app.base.replace("http://", "ws://"));
    let mut rq = url.into_client_request().unwrap();
    rq.headers_mut().insert("authorization", format!("Bearer {token}").parse().unwrap());
    tokio_tungstenite::connect_async(rq)
        .await
        .unwrap_or_else(|e| panic!("upgrade of {path}: {e}"))
        .0
}

/// A message the server sent, checked against the schema of its type in
/// the generated union of its direction (a frontend's or a vehicle's) and
/// decoded into that union.
fn checked(v: &Value) {
    use tvm::sockets::{FrontendOutbound, VehicleOutbound};
    let kind = v["type"].as_str().unwrap();
    let (schema, decodes) =
        match (FrontendOutboundType::parse(kind), VehicleOutboundType::parse(kind)) {
            (Some(t), _) => (t.schema(), FrontendOutbound::from_value(v.clone()).is_ok()),
            (None, Some(t)) => (t.schema(), VehicleOutbound::from_value(v.clone()).is_ok()),
            (None, None) => {
                panic!("the server sent a type no socket of the contract sends: {kind}")
            }
        };
    let bad = tvm::validate::violations(schema, v);
    assert!(bad.is_empty(), "{kind} breaks its schema: {bad:?}\n{v}");
    assert!(decodes, "{kind} matches {schema} but does not decode into its union:\n{v}");
}

/// The next JSON message (pings skipped), checked against its schema.
pub(crate) async fn next(ws: &mut Ws) -> Value {
    loop {
        let m = tokio::time::timeout(Duration::from_secs(5), ws.next())
            .await
            .expect("no message within 5 s")
            .expect("socket ended")
            .expect("socket error");
        if let Message::Text(t) = m {
            let v: Value = serde_json::from_str(t.as_str()).unwrap();
            checked(&v);
            return v;
        }
    }
}

/// The next message of `kind`, skipping others.
pub(crate) async fn next_of(ws: &mut Ws, kind: impl Into<&'static str>) -> Value {
    let kind: &str = kind.into();
    loop {
        let v = next(ws).await;
        if v["type"] == kind {
            return v;
        }
    }
}

/// The next `command_status` with `status`, skipping earlier states.
pub(crate) async fn status_of(ws: &mut Ws, status: &str) -> Value {
    loop {
        let v = next_of(ws, FrontendOutboundType::CommandStatus).await;
        if v["payload"]["status"] == status {
            return v;
        }
    }
}

/// Nothing arrives for `d` (pings aside).
async fn quiet(ws: &mut Ws, d: Duration) {
    let deadline = tokio::time::Instant::now() + d;
    loop {
        match tokio::time::timeout_at(deadline, ws.next()).await {
            Err(_) => return,
            Ok(Some(Ok(Message::Text(t)))) => panic!("unexpected message {t}"),
            Ok(_) => {}
        }
    }
}

pub(crate) fn msg(kind: impl Into<&'static str>, payload: Value) -> Message {
    let kind: &str = kind.into();
    let id = uuid::Uuid::new_v4().to_string();
    Message::text(
        json!({"type": kind, "id": id, "timestamp": ts(0.0), "payload": payload}).to_string(),
    )
}

pub(crate) async fn send(ws: &mut Ws, kind: impl Into<&'static str>, payload: Value) {
    ws.send(msg(kind, payload)).await.unwrap();
}

/// Acknowledge a command message.
pub(crate) async fn ack(ws: &mut Ws, command: &Value, result: &str) {
    let id = command["payload"]["command_id"].clone();
    send(ws, VehicleInboundType::Ack, json!({"command_id": id, "result": result})).await;
}

pub(crate) async fn post_command(
    app: &TestApp,
    token: &str,
    vehicle: &str,
    body: Value,
) -> reqwest::Response {
    app.post(&format!("/api/v1/vehicles/{vehicle}/commands"), Some(token), &body).await
}

pub(crate) fn configure(speed: f64) -> Value {
    json!({"command": "configure", "params": {"speed_limit": speed}})
}

#[tokio::test]
async fn upgrades_are_authenticated_before_switching_protocols() {
    let app = TestApp::start().await;
    let a = app.add_vehicle("AV-1").await;
    let _b = app.add_vehicle("AV-2").await;
    let ops = app.add_operator("ops").await;
    let upgrade = |path: &str, token: Option<&str>| {
        let mut rq = app
            .http
            .get(app.url(path))
            .header("connection", "Upgrade")
            .header("upgrade", "websocket")
            .header("sec-websocket-version", "13")
            .header("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ==");
        if let Some(t) = token {
            rq = rq.bearer_auth(t);
        }
        rq.send()
    };
    for (path, token, status, code) in [
        ("/ws/fleet", None, 401, "UNAUTHORIZED"),
        ("/ws/fleet", Some("garbage"), 401, "UNAUTHORIZED"),
        ("/ws/fleet", Some(a.as_str()), 403, "FORBIDDEN"),
        ("/ws/vehicle/AV-2", Some(a.as_str()), 403, "FORBIDDEN"),
        ("/ws/vehicle/AV-404", Some(ops.as_str()), 404, "VEHICLE_NOT_FOUND"),
        ("/ws/vehicle/AV-1", None, 401, "UNAUTHORIZED"),
    ] {
        let (s, e) = error_body(upgrade(path, token).await.unwrap()).await;
        assert_eq!((s, e["code"].as_str().unwrap()), (status, code), "{path}");
    }
    // A plain GET is not an upgrade request: 400 in our shape.
    let (s, _) = error_body(app.get("/ws/fleet", Some(&ops)).await).await;
    assert_eq!(s, 400);
    // Browsers cannot set headers on a socket: ?token= works too.
    let url = format!("{}/ws/vehicle/AV-1?token={a}", app.base.replace("http://", "ws://"));
    let (mut socket, resp) = tokio_tungstenite::connect_async(url).await.unwrap();
    assert_eq!(resp.status(), 101);
    socket.close(None).await.unwrap();
    app.stop().await;
}

#[tokio::test]
async fn telemetry_alerts_and_connections_reach_subscribers_in_the_contract_shape() {
    let app = TestApp::start().await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let mut fleet = ws(&app, "/ws/fleet", &ops).await;
    let mut vehicle = ws(&app, "/ws/vehicle/AV-1", &vehicle_token).await;
    let c = next_of(&mut fleet, FrontendOutboundType::VehicleConnection).await;
    assert_eq!(
        (c["payload"]["vehicle_id"].as_str(), c["payload"]["online"].as_bool()),
        (Some("AV-1"), Some(true))
    );
    // Telemetry over the vehicle socket follows the REST rules and is fanned out.
    for (kind, update) in [
        ("location", "location_update"),
        ("battery", "battery_update"),
        ("docking", "docking_update"),
        ("error", "error_report"),
    ] {
        send(&mut vehicle, kind, report(kind, &ts(-1.0))).await;
        let v = next_of(&mut fleet, update).await;
        assert_eq!(v["payload"]["vehicle_id"], "AV-1");
        assert_eq!(v["payload"]["report"], {
            let mut r = report(kind, &ts(-1.0));
            r["timestamp"] = v["payload"]["report"]["timestamp"].clone();
            r
        });
    }
    send(
        &mut vehicle,
        VehicleInboundType::Status,
        json!({"timestamp": ts(-0.5), "state": "emergency_stop"}),
    )
    .await;
    next_of(&mut fleet, FrontendOutboundType::StatusUpdate).await;
    let alert = next_of(&mut fleet, FrontendOutboundType::Alert).await;
    assert_eq!(alert["payload"]["kind"], "emergency_stop");
    // A bad message gets socket_error naming it; the socket stays open.
    let bad = json!({"type": "location", "id": "m-1", "timestamp": ts(0.0), "payload": {"timestamp": ts(0.0), "latitude": 91}});
    vehicle.send(Message::text(bad.to_string())).await.unwrap();
    let e = next_of(&mut vehicle, VehicleOutboundType::SocketError).await;
    assert_eq!(e["payload"]["in_reply_to"], "m-1");
    assert_eq!(e["payload"]["error"]["code"], "VALIDATION_FAILED");
    let pointers: Vec<&str> = e["payload"]["error"]["details"]["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["pointer"].as_str().unwrap())
        .collect();
    assert!(pointers.contains(&"/payload/latitude"), "{pointers:?}");
    vehicle.send(Message::text("{not json")).await.unwrap();
    assert_eq!(
        next_of(&mut vehicle, VehicleOutboundType::SocketError).await["payload"]["error"]["code"],
        "MALFORMED_JSON"
    );
    send(&mut vehicle, FrontendInboundType::Subscribe, json!({"vehicle_ids": ["*"]})).await;
    assert_eq!(
        next_of(&mut vehicle, VehicleOutboundType::SocketError).await["payload"]["error"]["code"],
        "VALIDATION_FAILED"
    );
    // Clock window over the socket too.
    send(&mut vehicle, VehicleInboundType::Location, location_at(&ts(-600.0))).await;
    assert_eq!(
        next_of(&mut vehicle, VehicleOutboundType::SocketError).await["payload"]["error"]["code"],
        "INVALID_TIMESTAMP"
    );
    // Still open: a valid message goes through.
    send(&mut vehicle, VehicleInboundType::Location, location_at(&ts(0.0))).await;
    next_of(&mut fleet, FrontendOutboundType::LocationUpdate).await;
    vehicle.close(None).await.unwrap();
    let c = next_of(&mut fleet, FrontendOutboundType::VehicleConnection).await;
    assert_eq!(c["payload"]["online"], false);
    let db = app.db().await;
    assert_eq!(crate::common::count(&db, "vehicle_locations", "AV-1").await, 2);
    app.stop().await;
}

#[tokio::test]
async fn subscriptions_filter_what_a_frontend_receives() {
    let app = TestApp::start().await;
    let v1 = app.add_vehicle("AV-1").await;
    let v2 = app.add_vehicle("AV-2").await;
    let ops = app.add_operator("ops").await;
    let mut one = ws(&app, "/ws/vehicle/AV-1", &ops).await; // a frontend following AV-1
    let mut fleet = ws(&app, "/ws/fleet", &ops).await;
    send(&mut fleet, FrontendInboundType::Unsubscribe, json!({"vehicle_ids": ["*"]})).await;
    assert_eq!(
        next_of(&mut fleet, FrontendOutboundType::Subscriptions).await["payload"]["vehicle_ids"],
        json!([])
    );
    send(&mut fleet, FrontendInboundType::Subscribe, json!({"vehicle_ids": ["AV-2"]})).await;
    assert_eq!(
        next_of(&mut fleet, FrontendOutboundType::Subscriptions).await["payload"]["vehicle_ids"],
        json!(["AV-2"])
    );
    let post = |v: &'static str, token: &str, at: f64| {
        let (app, token) = (&app, token.to_string());
        async move {
            assert_eq!(
                app.post(
                    &format!("/api/v1/vehicle/{v}/location"),
                    Some(&token),
                    &location_at(&ts(at))
                )
                .await
                .status(),
                200
            )
        }
    };
    post("AV-1", &v1, -3.0).await;
    post("AV-2", &v2, -3.0).await;
    assert_eq!(
        next_of(&mut one, FrontendOutboundType::LocationUpdate).await["payload"]["vehicle_id"],
        "AV-1"
    );
    assert_eq!(
        next_of(&mut fleet, FrontendOutboundType::LocationUpdate).await["payload"]["vehicle_id"],
        "AV-2"
    );
    quiet(&mut one, Duration::from_millis(300)).await;
    quiet(&mut fleet, Duration::from_millis(300)).await;
    send(&mut fleet, FrontendInboundType::Unsubscribe, json!({"vehicle_ids": ["AV-2"]})).await;
    next_of(&mut fleet, FrontendOutboundType::Subscriptions).await;
    post("AV-2", &v2, -2.0).await;
    quiet(&mut fleet, Duration::from_millis(300)).await;
    send(&mut fleet, FrontendInboundType::Subscribe, json!({"vehicle_ids": ["bad id!"]})).await;
    let e = next_of(&mut fleet, FrontendOutboundType::SocketError).await;
    assert_eq!(
        e["payload"]["error"]["details"]["violations"][0]["pointer"],
        "/payload/vehicle_ids/0"
    );
    app.stop().await;
}

/// Each report reaches the socket before the next is posted, in order (the
/// latency target itself is the bench's fan-out row, not a timed test).
#[tokio::test]
async fn every_rest_report_reaches_the_fleet_socket_in_order() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let mut fleet = ws(&app, "/ws/fleet", &ops).await;
    let mut all = Vec::new();
    for i in 0..50 {
        let t = Instant::now();
        let at = ts(-60.0 + i as f64);
        let resp = app.post("/api/v1/vehicle/AV-1/location", Some(&token), &location_at(&at)).await;
        assert_eq!(resp.status(), 200);
        let update = next_of(&mut fleet, FrontendOutboundType::LocationUpdate).await;
        assert_eq!(update["payload"]["vehicle_id"], "AV-1");
        // The same instant (the server writes `.000` seconds as `Z`).
        let instant = |t: &str| chrono::DateTime::parse_from_rfc3339(t).unwrap();
        let echoed = update["payload"]["report"]["timestamp"].as_str().unwrap();
        assert_eq!(instant(echoed), instant(&at), "report {i} out of order: {echoed} for {at}");
        all.push(t.elapsed());
    }
    all.sort();
    eprintln!(
        "REST post → socket update, 50 rounds (debug build): p50 {:?}, max {:?}",
        all[25], all[49]
    );
    app.stop().await;
}

#[tokio::test]
async fn a_subscriber_that_falls_behind_is_dropped_and_ingest_goes_on() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let mut slow = ws(&app, "/ws/fleet", &ops).await;
    // More events than the bus keeps for one subscriber, published without
    // yielding (this test runs on one thread), so the session cannot keep up.
    let event = tvm::events::Event::Connection(tvm::models::ConnectionEvent {
        vehicle_id: "AV-1".parse().unwrap(),
        online: true,
        at: chrono::Utc::now(),
    });
    for _ in 0..tvm::events::CAPACITY + 100 {
        app.publish(event.clone());
    }
    let started = Instant::now();
    assert_eq!(
        app.post("/api/v1/vehicle/AV-1/location", Some(&token), &location_at(&ts(0.0)))
            .await
            .status(),
        200
    );
    assert!(started.elapsed() < Duration::from_secs(2), "ingest waited on a slow subscriber");
    let code = loop {
        match tokio::time::timeout(Duration::from_secs(10), slow.next()).await.unwrap() {
            Some(Ok(Message::Close(c))) => break c.map(|c| u16::from(c.code)),
            Some(Ok(_)) => continue,
            other => panic!("no close frame: {other:?}"),
        }
    };
    assert_eq!(code, Some(1013));
    // A fresh subscriber is served normally.
    let mut fresh = ws(&app, "/ws/fleet", &ops).await;
    assert_eq!(
        app.post("/api/v1/vehicle/AV-1/location", Some(&token), &location_at(&ts(1.0)))
            .await
            .status(),
        200
    );
    next_of(&mut fresh, FrontendOutboundType::LocationUpdate).await;
    app.stop().await;
}

#[tokio::test]
async fn a_second_socket_of_the_same_vehicle_replaces_the_first() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let mut old = ws(&app, "/ws/vehicle/AV-1", &token).await;
    let mut new = ws(&app, "/ws/vehicle/AV-1", &token).await;
    let code = loop {
        match tokio::time::timeout(Duration::from_secs(5), old.next()).await.unwrap() {
            Some(Ok(Message::Close(c))) => break c.map(|c| u16::from(c.code)),
            Some(Ok(_)) => continue,
            other => panic!("no close frame: {other:?}"),
        }
    };
    assert_eq!(code, Some(1008));
    assert_eq!(post_command(&app, &ops, "AV-1", configure(1.0)).await.status(), 202);
    next_of(&mut new, VehicleOutboundType::VehicleCommand).await;
    let view =
        app.as_client(&ops).vehicle_view().vehicle_id("AV-1").send().await.unwrap().into_inner();
    assert!(view.online);
    app.stop().await;
}

#[tokio::test]
async fn commands_are_stored_sent_acknowledged_and_reported_to_sender_and_subscribers() {
    let app = TestApp::start().await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let mut vehicle = ws(&app, "/ws/vehicle/AV-1", &vehicle_token).await;
    let mut sender = ws(&app, "/ws/fleet", &ops).await;
    send(&mut sender, FrontendInboundType::Unsubscribe, json!({"vehicle_ids": ["*"]})).await; // hears its own commands anyway
    next_of(&mut sender, FrontendOutboundType::Subscriptions).await;
    let mut watcher = ws(&app, "/ws/vehicle/AV-1", &ops).await;
    let db = app.db().await;
    db.execute(
        "INSERT INTO reservations (reservation_id, pickup, destination, pickup_after) VALUES ('R-1', '{}', '{}', now())",
        &[],
    )
    .await
    .unwrap();
    let command_id = uuid::Uuid::new_v4();
    let dispatch = json!({"command": "dispatch", "command_id": command_id, "vehicle_id": "AV-1", "params": {
        "mission_id": "M-1", "priority": "high", "reservation_id": "R-1",
        "pickup": {"latitude": 52.5, "longitude": 13.4}, "destination": {"latitude": 52.6, "longitude": 13.5}}});
    send(&mut sender, FrontendInboundType::FrontendCommand, dispatch).await;
    for ws in [&mut sender, &mut watcher] {
        let s = next_of(ws, FrontendOutboundType::CommandStatus).await;
        assert_eq!(
            (s["payload"]["status"].as_str(), s["payload"]["command_id"].as_str()),
            (Some("queued"), Some(command_id.to_string().as_str()))
        );
    }
    let cmd = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
    assert_eq!(cmd["payload"]["command_id"], command_id.to_string());
    assert_eq!(cmd["payload"]["priority"], "high");
    assert_eq!(
        next_of(&mut watcher, FrontendOutboundType::CommandStatus).await["payload"]["status"],
        "sent"
    );
    let mission: String = db
        .query_one("SELECT status FROM missions WHERE mission_id = 'M-1'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(mission, "pending");
    ack(&mut vehicle, &cmd, "accepted").await;
    for ws in [&mut sender, &mut watcher] {
        status_of(ws, "acknowledged").await;
    }
    ack(&mut vehicle, &cmd, "completed").await;
    status_of(&mut watcher, "completed").await;
    status_of(&mut sender, "completed").await;
    let r = db.query_one("SELECT m.status, r.status, r.mission_id FROM missions m JOIN reservations r ON r.mission_id = m.mission_id", &[]).await.unwrap();
    let (m, rs, rm): (String, String, String) = (r.get(0), r.get(1), r.get(2));
    assert_eq!((m.as_str(), rs.as_str(), rm.as_str()), ("completed", "fulfilled", "M-1"));
    // The same command id again is a conflict; so is the same mission.
    let resp = post_command(&app, &ops, "AV-1", json!({"command": "cancel", "command_id": command_id, "params": {"mission_id": "M-1", "reason": "x"}})).await;
    assert_eq!(error_body(resp).await.0, 409);
    // Readable over REST.
    let rec = app
        .as_client(&ops)
        .command_view()
        .vehicle_id("AV-1")
        .command_id(command_id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        (rec.status().to_string(), rec.attempts(), rec.issued_by()),
        ("completed".into(), 1, "ops")
    );
    let page =
        app.as_client(&ops).command_list().vehicle_id("AV-1").send().await.unwrap().into_inner();
    assert_eq!(page.items.len(), 1);
    // An unknown command id in an ack is refused, the socket stays.
    send(
        &mut vehicle,
        VehicleInboundType::Ack,
        json!({"command_id": uuid::Uuid::new_v4(), "result": "accepted"}),
    )
    .await;
    assert_eq!(
        next_of(&mut vehicle, VehicleOutboundType::SocketError).await["payload"]["error"]["code"],
        "NOT_FOUND"
    );
    app.stop().await;
}

#[tokio::test]
async fn an_unanswered_command_is_resent_with_the_same_id_then_times_out() {
    let app = TestApp::start_env(&[("TVM_COMMAND_RESEND_MS", "300")]).await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let mut vehicle = ws(&app, "/ws/vehicle/AV-1", &vehicle_token).await;
    let mut watcher = ws(&app, "/ws/vehicle/AV-1", &ops).await;
    let resp = post_command(&app, &ops, "AV-1", configure(2.0)).await;
    assert_eq!(resp.status(), 202);
    let accepted: tvm::models::CommandAccepted = resp.json().await.unwrap();
    let mut ids = Vec::new();
    for _ in 0..4 {
        let c = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
        ids.push(c["payload"]["command_id"].as_str().unwrap().to_string());
    }
    assert!(ids.iter().all(|i| *i == accepted.command_id.to_string()), "{ids:?}");
    loop {
        let s = next_of(&mut watcher, FrontendOutboundType::CommandStatus).await;
        if s["payload"]["status"] == "timed_out" {
            assert_eq!(s["payload"]["attempts"], 4);
            break;
        }
    }
    quiet(&mut vehicle, Duration::from_millis(700)).await;
    // The next command is delivered, and answering it stops the resends.
    post_command(&app, &ops, "AV-1", configure(3.0)).await;
    let c = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
    ack(&mut vehicle, &c, "accepted").await;
    quiet(&mut vehicle, Duration::from_millis(900)).await;
    app.stop().await;
}

#[tokio::test]
async fn an_offline_vehicle_gets_its_queue_in_order_with_emergency_stop_first() {
    let app = TestApp::start().await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let mut watcher = ws(&app, "/ws/vehicle/AV-1", &ops).await;
    for i in 0..102 {
        assert_eq!(
            post_command(&app, &ops, "AV-1", configure(1.0 + i as f64 / 10.0)).await.status(),
            202
        );
    }
    let stop = json!({"command": "emergency_stop", "params": {"reason": "person in aisle"}});
    assert_eq!(post_command(&app, &ops, "AV-1", stop).await.status(), 202);
    // 103 queued, cap 100 (emergency stops kept): the three oldest configures are dropped.
    let mut dropped = 0;
    while dropped < 3 {
        let s = next_of(&mut watcher, FrontendOutboundType::CommandStatus).await;
        if s["payload"]["status"] == "dropped" {
            dropped += 1;
        }
    }
    let db = app.db().await;
    let audit: i64 = db
        .query_one("SELECT count(*) FROM audit_logs WHERE action = 'command.emergency_stop'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(audit, 1, "emergency stops are audited");
    let mut vehicle = ws(&app, "/ws/vehicle/AV-1", &vehicle_token).await;
    let first = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
    assert_eq!(first["payload"]["command"], "emergency_stop");
    ack(&mut vehicle, &first, "accepted").await;
    let mut speeds = Vec::new();
    for _ in 0..99 {
        let c = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
        speeds.push(c["payload"]["params"]["speed_limit"].as_f64().unwrap());
        ack(&mut vehicle, &c, "accepted").await;
    }
    let expected: Vec<f64> = (3..102).map(|i| 1.0 + i as f64 / 10.0).collect();
    assert_eq!(speeds, expected, "delivered in the order issued, oldest surviving first");
    app.stop().await;
}

#[tokio::test]
async fn queued_commands_survive_a_server_restart() {
    let db = crate::common::TestDb::new().await;
    let app = TestApp::start_with(crate::common::test_config(&db.url)).await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    for s in [1.0, 2.0, 3.0] {
        assert_eq!(post_command(&app, &ops, "AV-1", configure(s)).await.status(), 202);
    }
    app.stop().await;
    let app = TestApp::start_with(crate::common::test_config(&db.url)).await;
    let mut vehicle = ws(&app, "/ws/vehicle/AV-1", &vehicle_token).await;
    for s in [1.0, 2.0, 3.0] {
        let c = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
        assert_eq!(c["payload"]["params"]["speed_limit"], s);
        ack(&mut vehicle, &c, "completed").await;
    }
    app.stop().await;
}

#[tokio::test]
async fn an_emergency_stop_overtakes_a_command_in_flight() {
    let app = TestApp::start().await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let mut vehicle = ws(&app, "/ws/vehicle/AV-1", &vehicle_token).await;
    post_command(&app, &ops, "AV-1", configure(1.0)).await;
    post_command(&app, &ops, "AV-1", configure(2.0)).await;
    let first = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
    assert_eq!(first["payload"]["params"]["speed_limit"], 1.0);
    post_command(
        &app,
        &ops,
        "AV-1",
        json!({"command": "emergency_stop", "params": {"reason": "now"}}),
    )
    .await;
    let stop = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
    assert_eq!(
        stop["payload"]["command"], "emergency_stop",
        "not held behind the unanswered command"
    );
    ack(&mut vehicle, &stop, "accepted").await;
    // The overtaken command is sent again (same id), then the rest in order.
    let again = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
    assert_eq!(again["payload"]["command_id"], first["payload"]["command_id"]);
    ack(&mut vehicle, &again, "accepted").await;
    assert_eq!(
        next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await["payload"]["params"]["speed_limit"],
        2.0
    );
    app.stop().await;
}

#[tokio::test]
async fn resume_is_only_for_an_emergency_stop_and_releases_it() {
    let app = TestApp::start().await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let resume = json!({"command": "resume", "params": {}});
    let (s, e) = error_body(post_command(&app, &ops, "AV-1", resume.clone()).await).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (409, "COMMAND_NOT_ALLOWED"));
    let status = |state: &str, at: f64| json!({"timestamp": ts(at), "state": state});
    assert_eq!(
        app.post(
            "/api/v1/vehicle/AV-1/status",
            Some(&vehicle_token),
            &status("emergency_stop", -10.0)
        )
        .await
        .status(),
        200
    );
    assert_eq!(
        app.post("/api/v1/vehicle/AV-1/status", Some(&vehicle_token), &status("idle", -9.0))
            .await
            .status(),
        400
    );
    let mut vehicle = ws(&app, "/ws/vehicle/AV-1", &vehicle_token).await;
    assert_eq!(post_command(&app, &ops, "AV-1", resume).await.status(), 202);
    let c = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
    assert_eq!(c["payload"]["command"], "resume");
    ack(&mut vehicle, &c, "accepted").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        app.post("/api/v1/vehicle/AV-1/status", Some(&vehicle_token), &status("idle", -8.0))
            .await
            .status(),
        200
    );
    // A vehicle (or anyone without the operator role) cannot command.
    let resp = post_command(&app, &vehicle_token, "AV-1", configure(1.0)).await;
    assert_eq!(error_body(resp).await.0, 403);
    send(&mut vehicle, FrontendInboundType::FrontendCommand, json!({"command": "configure", "command_id": uuid::Uuid::new_v4(), "vehicle_id": "AV-1", "params": {"speed_limit": 1.0}})).await;
    assert_eq!(
        next_of(&mut vehicle, VehicleOutboundType::SocketError).await["payload"]["error"]["code"],
        "VALIDATION_FAILED"
    );
    app.stop().await;
}

/// A raw client that completes the handshake and then speaks frames itself.
async fn raw(app: &TestApp, path: &str) -> tokio::net::TcpStream {
    let addr = app.base.trim_start_matches("http://").to_string();
    let mut s = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let rq = format!(
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    );
    s.write_all(rq.as_bytes()).await.unwrap();
    let mut buf = Vec::new();
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        let mut chunk = [0u8; 1024];
        let n = s.read(&mut chunk).await.unwrap();
        assert!(n > 0, "closed during the handshake");
        buf.extend_from_slice(&chunk[..n]);
    }
    assert!(buf.starts_with(b"HTTP/1.1 101"), "{}", String::from_utf8_lossy(&buf));
    s
}

fn frame(op: u8, payload: &[u8], fin: bool, mask: bool, rsv: u8) -> Vec<u8> {
    let mut f = vec![(if fin { 0x80 } else { 0 }) | (rsv << 4) | op];
    let m = if mask { 0x80 } else { 0 };
    match payload.len() {
        n if n < 126 => f.push(m | n as u8),
        n if n < 65536 => {
            f.push(m | 126);
            f.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            f.push(m | 127);
            f.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    if mask {
        let key = [7u8, 13, 42, 99];
        f.extend_from_slice(&key);
        f.extend(payload.iter().enumerate().map(|(i, b)| b ^ key[i % 4]));
    } else {
        f.extend_from_slice(payload);
    }
    f
}

/// The close code the server sends (skipping pings), or what happened instead.
async fn close_code(s: &mut tokio::net::TcpStream) -> String {
    let mut buf = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        while buf.len() >= 2 {
            let len = (buf[1] & 0x7f) as usize;
            if len > 125 || buf.len() < 2 + len {
                break;
            }
            if buf[0] & 0x0f == 0x8 {
                return if len >= 2 {
                    u16::from_be_bytes([buf[2], buf[3]]).to_string()
                } else {
                    "close-no-code".into()
                };
            }
            buf.drain(..2 + len);
        }
        let mut chunk = [0u8; 4096];
        match tokio::time::timeout_at(deadline, s.read(&mut chunk)).await {
            Err(_) => return "TIMEOUT".into(),
            Ok(Ok(0)) => return "EOF".into(),
            Ok(Ok(n)) => buf.extend_from_slice(&chunk[..n]),
            Ok(Err(e)) => return format!("error {e}"),
        }
    }
}

#[tokio::test]
async fn protocol_violations_close_the_socket_with_the_rfc_6455_code() {
    let app = TestApp::start().await;
    let ops = app.add_operator("ops").await;
    let path = format!("/ws/fleet?token={ops}");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("unmasked client frame", frame(0x1, b"hi", true, false, 0), "1002"),
        ("invalid UTF-8 text", frame(0x1, b"\xff\xfe", true, true, 0), "1007"),
        ("ping payload over 125", frame(0x9, &[b'x'; 126], true, true, 0), "1002"),
        ("fragmented control frame", frame(0x9, b"x", false, true, 0), "1002"),
        ("RSV1 without an extension", frame(0x1, b"hi", true, true, 4), "1002"),
        ("reserved opcode 0x3", frame(0x3, b"", true, true, 0), "1002"),
        ("continuation without a start", frame(0x0, b"x", true, true, 0), "1002"),
        (
            "message over the size limit",
            frame(0x2, &vec![b'x'; (1 << 20) + 1], true, true, 0),
            "1009",
        ),
    ];
    for (name, data, want) in cases {
        let mut s = raw(&app, &path).await;
        let _ = s.write_all(&data).await;
        assert_eq!(close_code(&mut s).await, want, "{name}");
    }
    app.stop().await;
}

#[tokio::test]
async fn a_peer_that_does_not_answer_pings_is_closed() {
    let app = TestApp::start_env(&[("TVM_WS_PING_S", "1"), ("TVM_WS_PONG_TIMEOUT_S", "1")]).await;
    let ops = app.add_operator("ops").await;
    // A client that answers pings (the library does) stays connected…
    let mut polite = ws(&app, "/ws/fleet", &ops).await;
    // …one that never answers is closed with 1008 after ping + timeout.
    let mut silent = raw(&app, &format!("/ws/fleet?token={ops}")).await;
    let started = Instant::now();
    let (code, ()) = tokio::join!(
        async { (close_code(&mut silent).await, started.elapsed()) },
        quiet(&mut polite, Duration::from_secs(3)), // reading answers the pings
    );
    let (code, waited) = code;
    assert_eq!(code, "1008");
    assert!(waited >= Duration::from_millis(1500) && waited < Duration::from_secs(4), "{waited:?}");
    send(&mut polite, FrontendInboundType::Subscribe, json!({"vehicle_ids": ["AV-1"]})).await;
    next_of(&mut polite, FrontendOutboundType::Subscriptions).await;
    app.stop().await;
}

#[tokio::test]
async fn server_sent_events_carry_the_same_events() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let _other = app.add_vehicle("AV-2").await;
    let ops = app.add_operator("ops").await;
    let resp = app.get("/api/v1/stream?vehicle_ids=AV-1", Some(&ops)).await;
    assert_eq!(resp.status(), 200);
    assert!(resp.headers()["content-type"].to_str().unwrap().starts_with("text/event-stream"));
    let mut body = resp.bytes_stream();
    assert_eq!(
        app.post("/api/v1/vehicle/AV-1/location", Some(&token), &location_at(&ts(0.0)))
            .await
            .status(),
        200
    );
    let mut text = String::new();
    while !text.contains("\n\n") || !text.contains("event: location_update") {
        let chunk = tokio::time::timeout(Duration::from_secs(5), body.next())
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        text.push_str(std::str::from_utf8(&chunk).unwrap());
    }
    let data = text.lines().find_map(|l| l.strip_prefix("data: ")).unwrap();
    let v: Value = serde_json::from_str(data).unwrap();
    assert!(tvm::validate::violations("WsLocationUpdate", &v).is_empty(), "{v}");
    let (s, _) = error_body(app.get("/api/v1/stream", None).await).await;
    assert_eq!(s, 401);
    let (s, _) = error_body(app.get("/api/v1/stream", Some(&token)).await).await;
    assert_eq!(s, 403);
    let (s, e) = error_body(app.get("/api/v1/stream?vehicle_ids=bad%20id", Some(&ops)).await).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (400, "INVALID_QUERY"));
    app.stop().await;
}

#[tokio::test]
async fn shutdown_closes_sockets_with_1001_and_keeps_queued_commands() {
    let db = crate::common::TestDb::new().await;
    let app = TestApp::start_with(crate::common::test_config(&db.url)).await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let mut fleet = ws(&app, "/ws/fleet", &ops).await;
    assert_eq!(post_command(&app, &ops, "AV-1", configure(4.0)).await.status(), 202);
    let _ = vehicle_token;
    let stopping = tokio::spawn(app.stop());
    let close = loop {
        match tokio::time::timeout(Duration::from_secs(10), fleet.next()).await.unwrap() {
            Some(Ok(Message::Close(c))) => break c,
            Some(Ok(_)) => continue,
            other => panic!("no close frame: {other:?}"),
        }
    };
    assert_eq!(u16::from(close.unwrap().code), 1001);
    stopping.await.unwrap();
    let (c, conn) = tokio_postgres::connect(&db.url, tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(conn);
    let queued: i64 = c
        .query_one("SELECT count(*) FROM commands WHERE status = 'queued'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(queued, 1);
}
