//! One vehicle's reports pipelined: many in flight at once are each stored
//! once acknowledged, commit in the order they were decided, and get the
//! state machines' answers they would get one at a time; a row that fails
//! takes the rows decided on it down with it.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::Duration;

use futures::SinkExt;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

use crate::common::{TestApp, error_body, location_at};
use crate::live::{next_of, ws};
use tvm::models::{DockingPhase, VehicleState};
use tvm::sockets::VehicleOutboundType;
use tvm::validate::rules::{phase_allows, state_allows};

/// A small deterministic generator (the same script on every run).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 =
            self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// States a vehicle may move between without a resume.
const STATES: [&str; 5] = ["idle", "navigating", "docking", "charging", "error"];
const PHASES: [&str; 6] = ["approaching", "aligning", "docking", "docked", "undocking", "failed"];

/// `base` plus `ms` milliseconds, as the wire wants it.
fn at(base: chrono::DateTime<chrono::Utc>, ms: i64) -> String {
    (base + chrono::Duration::milliseconds(ms)).to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// A vehicle's statuses as committed: in commit order (transaction, then
/// position in the transaction's multi-row insert).
async fn committed_statuses(
    db: &tokio_postgres::Client,
    vehicle_id: &str,
) -> Vec<(String, String)> {
    db.query(
        "SELECT to_char(\"timestamp\" AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), state \
         FROM vehicle_status WHERE vehicle_id = $1 ORDER BY xmin::text::bigint, ctid",
        &[&vehicle_id],
    )
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect()
}

/// Each status, replayed in commit order, follows the state machine from
/// the latest status (by timestamp) committed before it.
fn follows_the_machine(committed: &[(String, String)]) -> Result<(), String> {
    let mut latest: Option<(String, VehicleState)> = None;
    for (t, state) in committed {
        let to: VehicleState = state.parse().unwrap();
        if !state_allows(latest.as_ref().map(|l| l.1), to, false) {
            return Err(format!("{state} at {t} was stored after {latest:?}"));
        }
        if latest.as_ref().is_none_or(|l| l.0 < *t) {
            latest = Some((t.clone(), to));
        }
    }
    Ok(())
}

#[tokio::test]
async fn sixteen_concurrent_posts_of_one_vehicle_are_each_stored_and_follow_the_machines() {
    // A robot reporting its location at tens of hertz: the 1 s location
    // spacing is off, as its operator would set it.
    let app = Arc::new(TestApp::start_env(&[("TVM_RATE_LOCATION_MS", "0")]).await);
    let token = Arc::new(app.add_vehicle("AV-1").await);
    let base = chrono::Utc::now() - chrono::Duration::seconds(5);
    let clock = Arc::new(AtomicI64::new(0));
    let locations = Arc::new(AtomicU64::new(0));
    let tasks: Vec<_> = (0..16u64)
        .map(|n| {
            let (app, token, clock, locations) =
                (app.clone(), token.clone(), clock.clone(), locations.clone());
            tokio::spawn(async move {
                let mut rng = Lcg(n + 1);
                let mut statuses = Vec::new();
                for i in 0..25 {
                    let t = at(base, clock.fetch_add(1, Ordering::SeqCst));
                    if i % 2 == 0 {
                        let r = app
                            .post("/api/v1/vehicle/AV-1/location", Some(&token), &location_at(&t))
                            .await;
                        assert!(r.status().is_success(), "location: {}", r.status());
                        locations.fetch_add(1, Ordering::SeqCst);
                        continue;
                    }
                    let state = STATES[rng.below(5) as usize];
                    let body = json!({"timestamp": t, "state": state});
                    let r = app.post("/api/v1/vehicle/AV-1/status", Some(&token), &body).await;
                    if r.status().is_success() {
                        statuses.push((t, state.to_string()));
                    } else {
                        let (status, e) = error_body(r).await;
                        assert_eq!(
                            (status, e["code"].as_str()),
                            (400, Some("INVALID_STATE_TRANSITION")),
                            "{e}"
                        );
                    }
                }
                statuses
            })
        })
        .collect();
    let mut acked = Vec::new();
    for t in tasks {
        acked.extend(t.await.unwrap());
    }
    let db = app.db().await;
    let mut committed = committed_statuses(&db, "AV-1").await;
    follows_the_machine(&committed).unwrap();
    assert!(acked.len() > 20, "too few statuses were accepted to say anything: {}", acked.len());
    committed.sort();
    acked.sort();
    assert_eq!(committed, acked, "the stored statuses are exactly the acknowledged ones");
    assert_eq!(
        crate::common::count(&db, "vehicle_locations", "AV-1").await as u64,
        locations.load(Ordering::SeqCst)
    );
    // The live state is the latest status by timestamp.
    let latest = &committed.iter().max_by(|a, b| a.0.cmp(&b.0)).unwrap().1;
    let admin = app.admin_token().await;
    let v: Value = app.get("/api/v1/vehicles/AV-1", Some(&admin)).await.json().await.unwrap();
    assert_eq!(v["state"].as_str(), Some(latest.as_str()), "{v}");
    Arc::into_inner(app).expect("the tasks are done").stop().await;
}

/// One scripted message: its kind and body. Sixty, and the end marker:
/// fewer than the 64 a vehicle socket lets wait (beyond them a message is
/// refused with 503 for the vehicle to send again, which is not what this
/// compares).
fn script() -> Vec<(&'static str, Value)> {
    let base = chrono::Utc::now() - chrono::Duration::seconds(5);
    let mut rng = Lcg(42);
    (0..60)
        .map(|i| {
            let t = at(base, i * 7);
            match rng.below(3) {
                0 => ("status", json!({"timestamp": t, "state": STATES[rng.below(5) as usize]})),
                1 => (
                    "docking",
                    json!({"timestamp": t, "phase": PHASES[rng.below(6) as usize], "station_id": "DOCK-1"}),
                ),
                _ => ("location", location_at(&t)),
            }
        })
        .collect()
}

#[tokio::test]
async fn reports_sent_at_once_over_the_socket_get_the_answers_they_get_one_at_a_time() {
    let app = TestApp::start_env(&[("TVM_RATE_LOCATION_MS", "0")]).await;
    let one_at_a_time = app.add_vehicle("AV-1").await;
    let at_once = app.add_vehicle("AV-2").await;
    let script = script();

    // One at a time over REST: each answered before the next is sent.
    let mut expected = Vec::new();
    for (kind, body) in &script {
        let r = app.post(&format!("/api/v1/vehicle/AV-1/{kind}"), Some(&one_at_a_time), body).await;
        expected.push(if r.status().is_success() {
            None
        } else {
            Some(error_body(r).await.1["code"].as_str().unwrap().to_string())
        });
    }
    let refused = expected.iter().filter(|e| e.is_some()).count();
    assert!(
        refused > 10 && refused < script.len() - 10,
        "the script should mix accepted and refused reports: {refused} refused"
    );
    // Do the two machines' checks both show up?
    for code in ["INVALID_STATE_TRANSITION", "INVALID_PHASE_TRANSITION"] {
        assert!(expected.iter().any(|e| e.as_deref() == Some(code)), "no {code} in {expected:?}");
    }

    // All at once over the socket: every message is in flight before the
    // first is answered; a last bad message marks the end of the answers.
    let mut socket = ws(&app, "/ws/vehicle/AV-2", &at_once).await;
    for (i, (kind, body)) in script.iter().enumerate() {
        let m = json!({"type": kind, "id": format!("m-{i}"), "timestamp": body["timestamp"], "payload": body});
        socket.send(Message::text(m.to_string())).await.unwrap();
    }
    let end = json!({"type": "location", "id": "end", "timestamp": tvm_now(), "payload": {"latitude": 91}});
    socket.send(Message::text(end.to_string())).await.unwrap();
    let mut got = vec![None; script.len()];
    let mut order = Vec::new();
    loop {
        let e = tokio::time::timeout(
            Duration::from_secs(30),
            next_of(&mut socket, VehicleOutboundType::SocketError),
        )
        .await
        .expect("the answers end with the last message's");
        let id = e["payload"]["in_reply_to"].as_str().unwrap().to_string();
        if id == "end" {
            break;
        }
        let i: usize = id.trim_start_matches("m-").parse().unwrap();
        got[i] = Some(e["payload"]["error"]["code"].as_str().unwrap().to_string());
        order.push(i);
    }
    assert_eq!(
        got, expected,
        "the machines answered differently with the reports in flight together"
    );
    assert!(order.is_sorted(), "answers came out of order: {order:?}");

    // Stored in the order sent, exactly the accepted ones.
    let db = app.db().await;
    let accepted_statuses: Vec<String> = script
        .iter()
        .zip(&expected)
        .filter(|((kind, _), e)| *kind == "status" && e.is_none())
        .map(|((_, body), _)| body["state"].as_str().unwrap().to_string())
        .collect();
    let committed: Vec<String> =
        committed_statuses(&db, "AV-2").await.into_iter().map(|(_, state)| state).collect();
    assert_eq!(committed, accepted_statuses);
    let phases: Vec<DockingPhase> = db
        .query(
            "SELECT phase FROM vehicle_docking WHERE vehicle_id = 'AV-2' ORDER BY xmin::text::bigint, ctid",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<_, String>(0).parse().unwrap())
        .collect();
    assert!(
        phases.windows(2).all(|w| phase_allows(Some(w[0]), w[1])),
        "docking phases stored out of their machine: {phases:?}"
    );
    for table in ["vehicle_status", "vehicle_docking", "vehicle_locations"] {
        assert_eq!(
            crate::common::count(&db, table, "AV-1").await,
            crate::common::count(&db, table, "AV-2").await,
            "{table}"
        );
    }
    app.stop().await;
}

fn tvm_now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

#[tokio::test]
async fn a_row_that_fails_fails_the_rows_of_its_vehicle_decided_on_it() {
    use tvm::db::StoreError;
    use tvm::db::telemetry::{Stored, TelemetryRow};
    use tvm::db::writer::{Order, Writer};

    let app = TestApp::start().await;
    app.add_vehicle("AV-1").await;
    app.add_vehicle("AV-2").await;
    let config = crate::common::test_config(&app.db_url());
    let store = tvm::db::Store::new(&config).unwrap();
    // One worker that waits long enough for all four rows to share a batch.
    let log = slog::Logger::root(slog::Discard, slog::o!());
    let writer = Writer::start(store, 1, Duration::from_millis(200), log);
    let epoch = Arc::new(AtomicU64::new(0));
    let row = |vehicle: &str, t: &str, latitude: f64| {
        let mut body = location_at(t);
        body["latitude"] = json!(latitude);
        TelemetryRow {
            vehicle_id: vehicle.into(),
            received_at: chrono::Utc::now(),
            msg: tvm::models::BulkMessage::Location(serde_json::from_value(body).unwrap()),
        }
    };
    // Rows 0 and 1 of AV-1, both decided in epoch 0; 1 written after 0.
    let (written0, after0) = tokio::sync::oneshot::channel();
    let (written1, _) = tokio::sync::oneshot::channel();
    let order =
        |at, seq, after, written| Some(Order { epoch: epoch.clone(), at, seq, after, written });
    let base = chrono::Utc::now();
    // The database refuses a latitude of 100 (its CHECK, past the schema).
    let bad = writer
        .queue(row("AV-1", &at(base, 0), 100.0), vec![], order(0, 0, None, written0))
        .unwrap();
    let after_bad = writer
        .queue(row("AV-1", &at(base, 1), 50.0), vec![], order(0, 1, Some(after0), written1))
        .unwrap();
    let other_vehicle = writer.queue(row("AV-2", &at(base, 2), 50.0), vec![], None).unwrap();
    let bad = Writer::answer(bad).await;
    assert!(matches!(bad, Err(ref e) if !e.is_transient()), "{:?}", bad.map(|_| ()));
    let after_bad = Writer::answer(after_bad).await;
    assert!(
        matches!(after_bad, Err(StoreError::Unavailable(_))),
        "a row decided on a failed one is refused unwritten: {:?}",
        after_bad.map(|_| ())
    );
    assert_eq!(epoch.load(Ordering::SeqCst), 1, "the failure moved the vehicle's epoch on");
    assert!(matches!(Writer::answer(other_vehicle).await, Ok(Stored::Inserted { .. })));
    // Decided again in the new epoch, it is stored.
    let (written2, _) = tokio::sync::oneshot::channel();
    let again =
        writer.queue(row("AV-1", &at(base, 1), 50.0), vec![], order(1, 2, None, written2)).unwrap();
    assert!(matches!(Writer::answer(again).await, Ok(Stored::Inserted { .. })));
    let db = app.db().await;
    assert_eq!(crate::common::count(&db, "vehicle_locations", "AV-1").await, 1);
    assert_eq!(crate::common::count(&db, "vehicle_locations", "AV-2").await, 1);
    app.stop().await;
}
