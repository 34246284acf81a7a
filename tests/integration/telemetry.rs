//! The five live telemetry operations: who may post, every validation rule
//! at its boundary, the clock window, the state and phase machines, the
//! error catalogue, storage after commit, idempotent re-sends, alerts.

use serde_json::{Value, json};

use crate::common::{TestApp, count, error_body, location_at, report, ts};

const KINDS: [(&str, &str); 5] = [
    ("location", "vehicle_locations"),
    ("status", "vehicle_status"),
    ("battery", "vehicle_battery"),
    ("error", "vehicle_errors"),
    ("docking", "vehicle_docking"),
];

#[tokio::test]
async fn each_kind_is_stored_before_the_answer() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let db = app.db().await;
    for (kind, table) in KINDS {
        let before = chrono::Utc::now();
        let resp = app
            .post(&format!("/api/v1/vehicle/AV-1/{kind}"), Some(&token), &report(kind, &ts(-1.0)))
            .await;
        assert_eq!(resp.status(), 200, "{kind}: {}", resp.text().await.unwrap());
        let receipt: tvm::models::IngestReceipt = resp.json().await.unwrap();
        assert!(receipt.received_at >= before - chrono::Duration::seconds(1));
        assert_eq!(count(&db, table, "AV-1").await, 1, "{kind} not committed when answered");
    }
    // Through the generated client as well.
    let client = app.as_client(&token);
    let body: tvm::models::LocationReport = serde_json::from_value(location_at(&ts(0.0))).unwrap();
    client.location_create().vehicle_id("AV-1").body(body).send().await.unwrap();
    assert_eq!(count(&db, "vehicle_locations", "AV-1").await, 2);
    app.stop().await;
}

#[tokio::test]
async fn a_vehicle_posts_only_as_itself_and_operators_do_not_post() {
    let app = TestApp::start().await;
    let a = app.add_vehicle("AV-A").await;
    let _b = app.add_vehicle("AV-B").await;
    let operator = app.add_operator("ops").await;
    let admin = app.admin_token().await;
    for (kind, _) in KINDS {
        let body = report(kind, &ts(0.0));
        let (s, e) =
            error_body(app.post(&format!("/api/v1/vehicle/AV-B/{kind}"), Some(&a), &body).await)
                .await;
        assert_eq!((s, e["code"].as_str().unwrap()), (403, "FORBIDDEN"), "{kind}");
        let (s, _) = error_body(
            app.post(&format!("/api/v1/vehicle/AV-A/{kind}"), Some(&operator), &body).await,
        )
        .await;
        assert_eq!(s, 403, "{kind}");
        // A vehicle asking about an unknown id gets 403, not a hint that it does not exist.
        let (s, _) =
            error_body(app.post(&format!("/api/v1/vehicle/AV-Z/{kind}"), Some(&a), &body).await)
                .await;
        assert_eq!(s, 403);
        // An admin may post for any vehicle; an unknown one is 404.
        let (s, e) = error_body(
            app.post(&format!("/api/v1/vehicle/AV-Z/{kind}"), Some(&admin), &body).await,
        )
        .await;
        assert_eq!((s, e["code"].as_str().unwrap()), (404, "VEHICLE_NOT_FOUND"));
    }
    let db = app.db().await;
    assert_eq!(count(&db, "vehicle_locations", "AV-B").await, 0);
    app.stop().await;
}

/// Post `body` to `kind`; the status and, for errors, the code and pointers.
async fn verdict(
    app: &TestApp,
    token: &str,
    kind: &str,
    body: &Value,
) -> (u16, String, Vec<String>) {
    let resp = app.post(&format!("/api/v1/vehicle/AV-1/{kind}"), Some(token), body).await;
    if resp.status() == 200 {
        return (200, String::new(), vec![]);
    }
    let (s, e) = error_body(resp).await;
    let pointers = e["details"]["violations"]
        .as_array()
        .map(|v| v.iter().map(|x| x["pointer"].as_str().unwrap().to_string()).collect())
        .unwrap_or_default();
    (s, e["code"].as_str().unwrap().to_string(), pointers)
}

#[tokio::test]
async fn every_numeric_rule_holds_at_its_boundary() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let cases: &[(&str, &str, Value, bool)] = &[
        ("location", "latitude", json!(90.0), true),
        ("location", "latitude", json!(-90.0), true),
        ("location", "latitude", json!(90.000001), false),
        ("location", "latitude", json!(-90.000001), false),
        ("location", "longitude", json!(180.0), true),
        ("location", "longitude", json!(-180.000001), false),
        ("location", "heading", json!(0.0), true),
        ("location", "heading", json!(359.999), true),
        ("location", "heading", json!(360.0), false),
        ("location", "heading", json!(-0.001), false),
        ("location", "speed", json!(0.0), true),
        ("location", "speed", json!(-0.001), false),
        ("location", "accuracy", json!(0.0), true),
        ("location", "accuracy", json!(-1), false),
        ("location", "altitude", json!(-430.5), true),
        ("location", "latitude", json!("52.5"), false),
        ("battery", "soc", json!(0.0), true),
        ("battery", "soc", json!(100.0), true),
        ("battery", "soc", json!(100.01), false),
        ("battery", "soc", json!(-0.01), false),
        ("battery", "voltage", json!(0.001), true),
        ("battery", "voltage", json!(0.0), false),
        ("battery", "current", json!(-300.0), true),
        ("battery", "temperature", json!(-40.0), true),
        ("battery", "temperature", json!(100.0), true),
        ("battery", "temperature", json!(-40.01), false),
        ("battery", "temperature", json!(100.01), false),
        ("status", "state", json!("flying"), false),
        ("error", "severity", json!("FATAL"), false),
        ("error", "subsystem", json!(""), false),
        ("docking", "station_id", json!(""), false),
        ("docking", "phase", json!("parked"), false),
    ];
    let mut offset = -200.0;
    for (kind, field, value, ok) in cases {
        offset += 1.0;
        let mut body = report(kind, &ts(offset));
        body[*field] = value.clone();
        let (status, code, pointers) = verdict(&app, &token, kind, &body).await;
        if *ok {
            assert_eq!(status, 200, "{kind}.{field} = {value} refused: {code}");
        } else {
            assert_eq!(
                (status, code.as_str()),
                (400, "VALIDATION_FAILED"),
                "{kind}.{field} = {value}"
            );
            assert_eq!(pointers, vec![format!("/{field}")], "{kind}.{field} = {value}");
        }
    }
    // Unknown and missing fields are named too.
    let mut body = location_at(&ts(0.0));
    body["colour"] = json!("red");
    body.as_object_mut().unwrap().remove("speed");
    let (status, _, pointers) = verdict(&app, &token, "location", &body).await;
    assert_eq!((status, pointers), (400, vec![String::new(); 2]));
    app.stop().await;
}

#[tokio::test]
async fn timestamps_must_be_utc_and_within_five_minutes() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    for (t, ok) in [
        (ts(-290.0), true),
        (ts(290.0), true),
        (ts(-310.0), false),
        (ts(310.0), false),
        ("2026-11-22T12:00:00+01:00".to_string(), false),
        ("yesterday".to_string(), false),
    ] {
        let (status, code, _) = verdict(&app, &token, "location", &location_at(&t)).await;
        if ok {
            assert_eq!(status, 200, "{t}");
        } else {
            assert_eq!((status, code.as_str()), (400, "INVALID_TIMESTAMP"), "{t}");
        }
    }
    app.stop().await;
}

#[tokio::test]
async fn the_state_machine_allows_and_refuses_each_transition() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let mut offset = -250.0;
    let mut post = |state: &str| {
        offset += 1.0;
        let body = json!({"timestamp": ts(offset), "state": state});
        let (app, token) = (&app, &token);
        async move { verdict(app, token, "status", &body).await }
    };
    // Each step: (state, allowed from the previous accepted state).
    let steps = [
        ("charging", true), // the first status may be anything
        ("docking", false),
        ("navigating", true),
        ("charging", false),
        ("docking", true),
        ("charging", true),
        ("charging", true), // repeating is fine
        ("idle", true),
        ("docking", false),
        ("charging", false),
        ("navigating", true),
        ("idle", true),
        ("error", true),
        ("navigating", false),
        ("docking", false),
        ("idle", true),
        ("emergency_stop", true),
        ("idle", false), // only after a resume command
        ("navigating", false),
        ("error", true),
        ("idle", true),
    ];
    for (state, ok) in steps {
        let (status, code, _) = post(state).await;
        if ok {
            assert_eq!(status, 200, "to {state}: {code}");
        } else {
            assert_eq!((status, code.as_str()), (400, "INVALID_STATE_TRANSITION"), "to {state}");
        }
    }
    let db = app.db().await;
    let states: Vec<String> = db
        .query(
            "SELECT state FROM vehicle_status WHERE vehicle_id = 'AV-1' ORDER BY \"timestamp\"",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let accepted: Vec<&str> = steps.iter().filter(|s| s.1).map(|s| s.0).collect();
    assert_eq!(states, accepted, "refused transitions must not be stored");
    app.stop().await;
}

#[tokio::test]
async fn the_state_machine_continues_after_a_restart() {
    let db = crate::common::TestDb::new().await;
    let config = || crate::common::test_config(&db.url);
    let app = TestApp::start_with(config()).await;
    let token = app.add_vehicle("AV-1").await;
    let body = json!({"timestamp": ts(-10.0), "state": "emergency_stop"});
    assert_eq!(app.post("/api/v1/vehicle/AV-1/status", Some(&token), &body).await.status(), 200);
    app.stop().await;
    let app = TestApp::start_with(config()).await;
    let body = json!({"timestamp": ts(-5.0), "state": "idle"});
    let (s, e) =
        error_body(app.post("/api/v1/vehicle/AV-1/status", Some(&token), &body).await).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (400, "INVALID_STATE_TRANSITION"));
    app.stop().await;
}

#[tokio::test]
async fn the_docking_phase_machine_allows_and_refuses_each_transition() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let steps = [
        ("approaching", true),
        ("docking", false),
        ("aligning", true),
        ("docked", false),
        ("docking", true),
        ("docked", true),
        ("approaching", false),
        ("undocking", true),
        ("approaching", true),
        ("failed", true),
        ("aligning", false),
        ("approaching", true),
        ("aligning", true),
        ("failed", true),
    ];
    for (i, (phase, ok)) in steps.iter().enumerate() {
        let body =
            json!({"timestamp": ts(-200.0 + i as f64), "phase": phase, "station_id": "DOCK-7"});
        let (status, code, _) = verdict(&app, &token, "docking", &body).await;
        if *ok {
            assert_eq!(status, 200, "to {phase}: {code}");
        } else {
            assert_eq!((status, code.as_str()), (400, "INVALID_PHASE_TRANSITION"), "to {phase}");
        }
    }
    let db = app.db().await;
    let r = db
        .query_one("SELECT attempts, succeeded, failed FROM docking_stats WHERE vehicle_id = 'AV-1' AND station_id = 'DOCK-7'", &[])
        .await
        .unwrap();
    let (a, s, f): (i64, i64, i64) = (r.get(0), r.get(1), r.get(2));
    assert_eq!((a, s, f), (3, 1, 2), "docking outcomes are tallied as reports arrive");
    let ops = app.as_client(&app.add_operator("ops").await);
    let stats = ops.docking_stats_list().vehicle_id("AV-1").send().await.unwrap().into_inner();
    assert_eq!(stats.items.len(), 1);
    let st = &stats.items[0];
    assert_eq!((st.station_id.as_str(), st.attempts, st.succeeded, st.failed), ("DOCK-7", 3, 1, 2));
    assert!((st.success_rate - 1.0 / 3.0).abs() < 1e-9);
    let none = ops.docking_stats_list().station_id("DOCK-0").send().await.unwrap().into_inner();
    assert!(none.items.is_empty());
    app.stop().await;
}

#[tokio::test]
async fn error_codes_come_from_the_catalogue() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let mut body = report("error", &ts(0.0));
    body["code"] = json!("NAV_WANDERED_OFF");
    let (status, code, _) = verdict(&app, &token, "error", &body).await;
    assert_eq!((status, code.as_str()), (400, "UNKNOWN_ERROR_CODE"));
    let body = json!({"timestamp": ts(0.0), "state": "error", "error_code": "MADE_UP_CODE"});
    let (status, code, _) = verdict(&app, &token, "status", &body).await;
    assert_eq!((status, code.as_str()), (400, "UNKNOWN_ERROR_CODE"));
    let mut body = report("error", &ts(1.0));
    body["code"] = json!("SAFETY_BUMPER_HIT");
    body["location"] = json!({"lat": 52.1, "lon": 13.2});
    assert_eq!(verdict(&app, &token, "error", &body).await.0, 200);
    app.stop().await;
}

#[tokio::test]
async fn resending_the_same_message_is_idempotent() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let body = report("battery", &ts(0.0));
    for _ in 0..3 {
        assert_eq!(
            app.post("/api/v1/vehicle/AV-1/battery", Some(&token), &body).await.status(),
            200
        );
    }
    let db = app.db().await;
    assert_eq!(count(&db, "vehicle_battery", "AV-1").await, 1);
    let readings: i64 = db
        .query_one("SELECT readings FROM battery_health WHERE vehicle_id = 'AV-1'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(readings, 1, "a duplicate must not count twice in battery health");
    // A location derives nothing: its batch is one statement without a
    // transaction, and a resend is skipped there too.
    let body = report("location", &ts(0.0));
    for _ in 0..3 {
        assert_eq!(
            app.post("/api/v1/vehicle/AV-1/location", Some(&token), &body).await.status(),
            200
        );
    }
    assert_eq!(count(&db, "vehicle_locations", "AV-1").await, 1);
    app.stop().await;
}

#[tokio::test]
async fn hostile_strings_are_stored_verbatim() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let nasty = "'); DROP TABLE vehicles; -- \u{0} ünï \"quoted\" \\ %s $1";
    let nasty = nasty.replace('\u{0}', ""); // PostgreSQL text cannot hold NUL
    let body = json!({"timestamp": ts(0.0), "phase": "approaching", "station_id": nasty});
    assert_eq!(app.post("/api/v1/vehicle/AV-1/docking", Some(&token), &body).await.status(), 200);
    let mut err = report("error", &ts(0.0));
    err["description"] = json!(nasty);
    assert_eq!(app.post("/api/v1/vehicle/AV-1/error", Some(&token), &err).await.status(), 200);
    let db = app.db().await;
    let station: String =
        db.query_one("SELECT station_id FROM vehicle_docking", &[]).await.unwrap().get(0);
    let description: String =
        db.query_one("SELECT description FROM vehicle_errors", &[]).await.unwrap().get(0);
    assert_eq!((station.as_str(), description.as_str()), (nasty.as_str(), nasty.as_str()));
    let vehicles: i64 = db.query_one("SELECT count(*) FROM vehicles", &[]).await.unwrap().get(0);
    assert_eq!(vehicles, 1);
    app.stop().await;
}

#[tokio::test]
async fn alerts_are_published_after_commit() {
    use tvm::events::Event;
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let mut events = app.events();
    let post = |kind: &'static str, body: Value| {
        let (app, token) = (&app, &token);
        async move {
            assert_eq!(
                app.post(&format!("/api/v1/vehicle/AV-1/{kind}"), Some(token), &body)
                    .await
                    .status(),
                200
            )
        }
    };
    post("status", json!({"timestamp": ts(-20.0), "state": "navigating"})).await;
    post("status", json!({"timestamp": ts(-19.0), "state": "error", "error_code": "NAV_PATH_BLOCKED", "error_message": "stuck"})).await;
    post("status", json!({"timestamp": ts(-18.0), "state": "error"})).await; // no second alert
    post("status", json!({"timestamp": ts(-17.0), "state": "emergency_stop"})).await;
    let mut critical = report("error", &ts(-16.0));
    critical["severity"] = json!("CRITICAL");
    critical["code"] = json!("SAFETY_BUMPER_HIT");
    post("error", critical).await;
    post("error", report("error", &ts(-15.0))).await; // WARNING: no alert
    let mut alerts = Vec::new();
    let mut telemetry = 0;
    while let Ok(Ok(e)) =
        tokio::time::timeout(std::time::Duration::from_millis(300), events.recv()).await
    {
        match &e.event {
            Event::Alert(a) => {
                alerts.push((a.kind.to_string(), a.status.to_string(), a.severity.to_string()))
            }
            Event::Telemetry { .. } => telemetry += 1,
            _ => {}
        }
    }
    assert_eq!(telemetry, 6);
    assert_eq!(
        alerts,
        [
            ("state_error".to_string(), "open".to_string(), "ERROR".to_string()),
            // Leaving error for emergency_stop ends the first alert.
            ("state_error".into(), "cleared".into(), "ERROR".into()),
            ("emergency_stop".into(), "open".into(), "CRITICAL".into()),
            ("critical_error".into(), "open".into(), "CRITICAL".into()),
        ]
    );
    app.stop().await;
}

#[tokio::test]
async fn battery_health_follows_the_readings() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    for (i, soc) in [100.0, 80.0, 60.0, 90.0, 40.0].iter().enumerate() {
        let body = json!({"timestamp": ts(-100.0 + i as f64), "soc": soc, "voltage": 50.0, "current": -3.0, "temperature": 20.0 + i as f64});
        assert_eq!(
            app.post("/api/v1/vehicle/AV-1/battery", Some(&token), &body).await.status(),
            200
        );
    }
    let db = app.db().await;
    let r = db
        .query_one("SELECT cycle_count, readings, max_temperature, full_charge_voltage_initial FROM battery_health WHERE vehicle_id = 'AV-1'", &[])
        .await
        .unwrap();
    let (cycles, readings, max_t, fcv): (f64, i64, f64, Option<f64>) =
        (r.get(0), r.get(1), r.get(2), r.get(3));
    assert!((cycles - 0.9).abs() < 1e-9, "{cycles}");
    assert_eq!((readings, max_t, fcv), (5, 24.0, Some(50.0)));
    let ops = app.as_client(&app.add_operator("ops").await);
    let h = ops.battery_health_view().vehicle_id("AV-1").send().await.unwrap().into_inner();
    assert!((h.cycle_count - 0.9).abs() < 1e-9);
    assert_eq!((h.readings, h.max_temperature, h.maintenance_due), (5, Some(24.0), false));
    assert_eq!(h.voltage_degradation_pct, Some(0.0));
    let resp =
        app.get("/api/v1/vehicles/AV-404/battery/health", Some(&app.admin_token().await)).await;
    assert_eq!(error_body(resp).await.0, 404);
    let resp = app.get("/api/v1/vehicles/AV-1/battery/health", Some(&token)).await;
    assert_eq!(error_body(resp).await.0, 403, "a vehicle reads nothing");
    app.stop().await;
}

#[tokio::test]
async fn a_decommissioned_vehicle_can_no_longer_post() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-1").await;
    let admin = app.admin_token().await;
    let resp =
        app.http.delete(app.url("/api/v1/vehicles/AV-1")).bearer_auth(&admin).send().await.unwrap();
    assert_eq!(resp.status(), 204);
    let (s, _) = error_body(
        app.post("/api/v1/vehicle/AV-1/location", Some(&token), &location_at(&ts(0.0))).await,
    )
    .await;
    assert_eq!(s, 401, "the vehicle's client is revoked with it");
    let (s, e) = error_body(
        app.post("/api/v1/vehicle/AV-1/location", Some(&admin), &location_at(&ts(0.0))).await,
    )
    .await;
    assert_eq!((s, e["code"].as_str().unwrap()), (404, "VEHICLE_NOT_FOUND"));
    app.stop().await;
}

/// The `tvm_ingest_batch_size` count and sum after `vehicles` locations,
/// posted 5 ms apart (each from its own vehicle) and all answered 200.
async fn batches_for_staggered_locations(linger_ms: &str, vehicles: usize) -> (u64, u64) {
    let app = TestApp::start_env(&[("TVM_WRITER_LINGER_MS", linger_ms)]).await;
    let mut posts = Vec::new();
    for i in 0..vehicles {
        let v = format!("AV-{i}");
        let token = app.add_vehicle(&v).await;
        posts.push((v, token));
    }
    let app = std::sync::Arc::new(app);
    let mut answers = Vec::new();
    for (v, token) in posts {
        let app = app.clone();
        answers.push(tokio::spawn(async move {
            let path = format!("/api/v1/vehicle/{v}/location");
            app.post(&path, Some(&token), &location_at(&ts(-1.0))).await.status()
        }));
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    for a in answers {
        assert_eq!(a.await.unwrap(), 200);
    }
    let text = app.get("/metrics", None).await.text().await.unwrap();
    let metric = |name: &str| -> u64 {
        let line = text.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("{name}"));
        line.rsplit(' ').next().unwrap().parse().unwrap()
    };
    (metric("tvm_ingest_batch_size_count "), metric("tvm_ingest_batch_size_sum "))
}

/// Rounds each half of the linger test may take: a loaded machine can
/// spread five posts beyond the linger or bunch them into one commit
/// without it, which says nothing about the linger; a writer that ignored
/// it would fail every round.
const LINGER_ROUNDS: usize = 3;

#[tokio::test]
async fn a_small_batch_waits_for_the_linger_to_fill() {
    // Five rows 5 ms apart: one commit when a batch may wait 100 ms for
    // more, one commit each (or nearly) when it may not wait at all.
    let mut lingered = Vec::new();
    while lingered.len() < LINGER_ROUNDS && lingered.last() != Some(&(1, 5)) {
        lingered.push(batches_for_staggered_locations("100", 5).await);
    }
    assert_eq!(lingered.last(), Some(&(1, 5)), "(commits, rows) of each round: {lingered:?}");
    let mut eager = Vec::new();
    while eager.len() < LINGER_ROUNDS && eager.last().is_none_or(|(b, _)| *b < 3) {
        let (batches, rows) = batches_for_staggered_locations("0", 5).await;
        assert_eq!(rows, 5);
        eager.push((batches, rows));
    }
    assert!(
        eager.last().is_some_and(|(b, _)| *b >= 3),
        "commits for 5 rows 5 ms apart without a linger, each round: {eager:?}"
    );
}
