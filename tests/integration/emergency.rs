//! Emergency stops that nothing holds back (TVM-WS-CMD-003): with
//! PostgreSQL stopped, with its link black-holed by
//! `../shared/tools/faultproxy.py`, and across two instances, a stop sent
//! over REST and one sent over a frontend socket reach the connected vehicle
//! within 100 ms, even while the vehicle's own report waits on the
//! database; once the database is back, each is stored with its audit
//! record and what the vehicle answered meanwhile.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::cluster::relay_ready;
use crate::common::{TestApp, TestDb, location_at, redis_url, test_config_with, ts};
use crate::faults::{PrivatePg, Proxy, faultproxy};
use crate::live::{Ws, ack, next_of, post_command, send, ws};
use tvm::sockets::{
    FrontendInboundType, FrontendOutboundType, VehicleInboundType, VehicleOutboundType,
};

/// How soon a stop must reach the vehicle.
const REACH: Duration = Duration::from_millis(100);

fn stop_body(reason: &str) -> Value {
    json!({"command": "emergency_stop", "params": {"reason": reason}})
}

/// Post a stop over REST; the command the vehicle receives, and how long
/// it took from the post.
async fn rest_stop(app: &TestApp, ops: &str, vehicle: &mut Ws) -> (Value, Duration) {
    let t = Instant::now();
    let r = post_command(app, ops, "AV-1", stop_body("REST, database away")).await;
    assert_eq!(r.status(), 202, "{}", r.text().await.unwrap_or_default());
    let command = next_of(vehicle, VehicleOutboundType::VehicleCommand).await;
    eprintln!("REST emergency stop reached the vehicle in {:?}", t.elapsed());
    (command, t.elapsed())
}

/// Send a stop over a frontend socket; the command the vehicle receives,
/// and how long it took from the send.
async fn socket_stop(frontend: &mut Ws, vehicle: &mut Ws) -> (Value, Duration) {
    let id = uuid::Uuid::new_v4();
    let t = Instant::now();
    send(
        frontend,
        "command",
        json!({"command": "emergency_stop", "command_id": id, "vehicle_id": "AV-1",
               "params": {"reason": "socket, database away"}}),
    )
    .await;
    let command = next_of(vehicle, VehicleOutboundType::VehicleCommand).await;
    assert_eq!(command["payload"]["command_id"], id.to_string());
    eprintln!("socket emergency stop reached the vehicle in {:?}", t.elapsed());
    (command, t.elapsed())
}

fn is_stop(command: &Value) -> bool {
    command["payload"]["command"] == "emergency_stop"
}

/// Wait until the database holds both stops, each with its audit record;
/// the first acknowledged as the vehicle answered while it was away.
async fn stored_and_audited(db_url: &str, acked: &Value, other: &Value) {
    let (acked_id, other_id) = (
        acked["payload"]["command_id"].as_str().unwrap().to_string(),
        other["payload"]["command_id"].as_str().unwrap().to_string(),
    );
    let deadline = Instant::now() + Duration::from_secs(40);
    loop {
        if let Ok((db, conn)) = tokio_postgres::connect(db_url, tokio_postgres::NoTls).await {
            tokio::spawn(conn);
            let rows = db
                .query(
                    "SELECT c.command_id::text, c.status, \
                     (SELECT count(*) FROM audit_logs a WHERE a.action = 'command.emergency_stop' \
                      AND a.details->>'command_id' = c.command_id::text) \
                     FROM commands c WHERE c.command = 'emergency_stop'",
                    &[],
                )
                .await
                .unwrap_or_default();
            let status_of = |id: &str| {
                rows.iter()
                    .find(|r| r.get::<_, String>(0) == id)
                    .map(|r| (r.get::<_, String>(1), r.get::<_, i64>(2)))
            };
            if let (Some((a, 1)), Some((_, 1))) = (status_of(&acked_id), status_of(&other_id))
                && a == "acknowledged"
            {
                return;
            }
        }
        assert!(Instant::now() < deadline, "the stops were not stored and audited within 40 s");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// An operator's token, used once so its client is known before the outage.
async fn operator_with_socket(app: &TestApp) -> (String, Ws) {
    let ops = app.add_operator("ops").await;
    let mut frontend = ws(app, "/ws/fleet", &ops).await;
    send(&mut frontend, FrontendInboundType::Unsubscribe, json!({"vehicle_ids": ["*"]})).await;
    next_of(&mut frontend, FrontendOutboundType::Subscriptions).await;
    (ops, frontend)
}

#[tokio::test]
async fn a_stop_reaches_the_vehicle_with_postgres_stopped_and_is_stored_when_it_returns() {
    let pg = PrivatePg::new();
    tvm::db::migrate(&pg.url()).await.unwrap();
    let app = TestApp::start_with(test_config_with(&pg.url(), &[])).await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    let mut vehicle = ws(&app, "/ws/vehicle/AV-1", &vehicle_token).await;
    let (ops, mut frontend) = operator_with_socket(&app).await;

    pg.kill();
    // The vehicle's own report now waits on the database (retries), and
    // the stop must not wait behind it.
    send(&mut vehicle, VehicleInboundType::Location, location_at(&ts(0.0))).await;
    let (rest, took) = rest_stop(&app, &ops, &mut vehicle).await;
    assert!(is_stop(&rest) && took < REACH, "REST stop took {took:?} with PostgreSQL stopped");
    ack(&mut vehicle, &rest, "accepted").await;
    let (socket, took) = socket_stop(&mut frontend, &mut vehicle).await;
    assert!(is_stop(&socket) && took < REACH, "socket stop took {took:?} with PostgreSQL stopped");
    // The sender hears the vehicle's answer from memory meanwhile.
    let status = next_of(&mut frontend, FrontendOutboundType::CommandStatus).await;
    assert_eq!(status["payload"]["command"], "emergency_stop");

    pg.start();
    stored_and_audited(&pg.url(), &rest, &socket).await;
    app.stop().await;
}

#[tokio::test]
async fn a_stop_reaches_the_vehicle_with_the_database_link_black_holed() {
    let Some(script) = faultproxy() else {
        eprintln!("SKIPPED: ../shared/tools/faultproxy.py is not beside this checkout");
        return;
    };
    let db = TestDb::new().await;
    let upstream: u16 = db.host_port().rsplit(':').next().unwrap().parse().unwrap();
    let proxy = Proxy::start(&script, upstream);
    let config = test_config_with(&db.url_via(proxy.port), &[("TVM_DB_QUERY_TIMEOUT_S", "2")]);
    let app = TestApp::start_with(config).await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    let mut vehicle = ws(&app, "/ws/vehicle/AV-1", &vehicle_token).await;
    let (ops, mut frontend) = operator_with_socket(&app).await;

    // Bytes stop flowing and connections stay open: a write would wait.
    proxy.set(json!({"blackhole": true, "reset_all": 1}));
    send(&mut vehicle, VehicleInboundType::Location, location_at(&ts(0.0))).await;
    let (rest, took) = rest_stop(&app, &ops, &mut vehicle).await;
    assert!(is_stop(&rest) && took < REACH, "REST stop took {took:?} through a black hole");
    ack(&mut vehicle, &rest, "accepted").await;
    let (socket, took) = socket_stop(&mut frontend, &mut vehicle).await;
    assert!(is_stop(&socket) && took < REACH, "socket stop took {took:?} through a black hole");

    proxy.set(json!({"blackhole": false, "reset_all": 2}));
    stored_and_audited(&db.url, &rest, &socket).await;
    app.stop().await;
}

#[tokio::test]
async fn a_stop_reaches_a_vehicle_on_another_instance_with_the_database_away() {
    let Some(script) = faultproxy() else {
        eprintln!("SKIPPED: ../shared/tools/faultproxy.py is not beside this checkout");
        return;
    };
    let db = TestDb::new().await;
    let upstream: u16 = db.host_port().rsplit(':').next().unwrap().parse().unwrap();
    let proxy = Proxy::start(&script, upstream);
    // Both instances reach the database through the proxy, Redis directly.
    let (through, redis) = (db.url_via(proxy.port), redis_url());
    let prefix = format!("tvm-estop-{}", uuid::Uuid::new_v4().simple());
    let env = [
        ("REDIS_URL", redis.as_str()),
        ("TVM_REDIS_PREFIX", prefix.as_str()),
        ("TVM_DB_QUERY_TIMEOUT_S", "2"),
    ];
    let a = TestApp::start_with(test_config_with(&through, &env)).await;
    let b = TestApp::start_with(test_config_with(&through, &env)).await;
    let vehicle_token = b.add_vehicle("AV-1").await;
    let mut vehicle = ws(&b, "/ws/vehicle/AV-1", &vehicle_token).await;
    let (ops, mut frontend) = operator_with_socket(&a).await;
    send(&mut frontend, FrontendInboundType::Subscribe, json!({"vehicle_ids": ["AV-1"]})).await;
    next_of(&mut frontend, FrontendOutboundType::Subscriptions).await;
    relay_ready(&b, &vehicle_token, &mut frontend).await;
    // A learns that B holds the vehicle's socket before the outage.
    let _ = a.get("/api/v1/vehicles/AV-1", Some(&ops)).await;

    proxy.set(json!({"blackhole": true, "reset_all": 1}));
    let (rest, took) = rest_stop(&a, &ops, &mut vehicle).await;
    assert!(is_stop(&rest) && took < REACH, "REST stop on A took {took:?} to the vehicle on B");
    ack(&mut vehicle, &rest, "accepted").await;
    let (socket, took) = socket_stop(&mut frontend, &mut vehicle).await;
    assert!(is_stop(&socket) && took < REACH, "socket stop on A took {took:?} to the vehicle on B");

    proxy.set(json!({"blackhole": false, "reset_all": 2}));
    // Stored and audited by A, which issued them; the answer reached B,
    // which records it once A has stored the row.
    stored_and_audited(&db.url, &rest, &socket).await;
    a.stop().await;
    b.stop().await;
}
