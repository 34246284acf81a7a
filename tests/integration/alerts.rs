//! Alerts as a resource: stored, one per vehicle and kind in force (repeats
//! counted), cleared when their condition ends, listed with filters,
//! acknowledged (audited), and pushed to every operator and admin socket
//! whether it follows the vehicle or not; raised by each rule (state, live
//! and uploaded CRITICAL errors, silence, low battery, maintenance, a timed
//! out command) and only once across instances.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{TestApp, TestDb, error_body, location_at, redis_url, test_config_with, ts};
use crate::live::{Ws, configure, next_of, post_command, send, ws};
use tvm::sockets::{FrontendInboundType, FrontendOutboundType, VehicleOutboundType};

async fn post(app: &TestApp, token: &str, kind: &str, body: Value) {
    let r = app.post(&format!("/api/v1/vehicle/AV-1/{kind}"), Some(token), &body).await;
    assert_eq!(r.status(), 200, "{kind}: {}", r.text().await.unwrap_or_default());
}

fn status(state: &str, at: f64) -> Value {
    json!({"timestamp": ts(at), "state": state})
}

fn critical(at: f64) -> Value {
    json!({"timestamp": ts(at), "code": "SAFETY_BUMPER_HIT", "severity": "CRITICAL",
           "subsystem": "safety", "description": "front bumper contact"})
}

fn battery(soc: f64, at: f64) -> Value {
    json!({"timestamp": ts(at), "soc": soc, "voltage": 48.0, "current": -5.0, "temperature": 30.0})
}

/// The next `alert` message of `kind`.
async fn alert_of(ws: &mut Ws, kind: &str) -> Value {
    loop {
        let a = next_of(ws, FrontendOutboundType::Alert).await;
        if a["payload"]["kind"] == kind {
            return a["payload"].clone();
        }
    }
}

/// Alerts listed with `query`.
async fn list(app: &TestApp, token: &str, query: &str) -> Vec<Value> {
    let r = app.get(&format!("/api/v1/alerts?{query}"), Some(token)).await;
    assert_eq!(r.status(), 200);
    r.json::<Value>().await.unwrap()["items"].as_array().unwrap().clone()
}

/// A frontend socket that follows no vehicle (alerts reach it anyway).
async fn unsubscribed(app: &TestApp, token: &str) -> Ws {
    let mut s = ws(app, "/ws/fleet", token).await;
    send(&mut s, FrontendInboundType::Unsubscribe, json!({"vehicle_ids": ["*"]})).await;
    next_of(&mut s, FrontendOutboundType::Subscriptions).await;
    s
}

#[tokio::test]
async fn alerts_are_stored_counted_cleared_acknowledged_and_pushed_to_every_operator() {
    let app = TestApp::start().await;
    let vehicle = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let admin = app.admin_token().await;
    let mut frontend = unsubscribed(&app, &ops).await;

    // Entering error raises state_error, pushed though nobody follows AV-1.
    post(&app, &vehicle, "status", status("idle", -30.0)).await;
    post(&app, &vehicle, "status", status("error", -29.0)).await;
    let raised = alert_of(&mut frontend, "state_error").await;
    assert_eq!((raised["status"].as_str(), raised["count"].as_u64()), (Some("open"), Some(1)));
    // Two CRITICAL errors: one alert in force, counted twice.
    post(&app, &vehicle, "error", critical(-28.0)).await;
    post(&app, &vehicle, "error", critical(-27.0)).await;
    assert_eq!(alert_of(&mut frontend, "critical_error").await["count"], 1);
    assert_eq!(alert_of(&mut frontend, "critical_error").await["count"], 2);
    let criticals = list(&app, &ops, "kind=critical_error&vehicle_id=AV-1").await;
    assert_eq!(criticals.len(), 1, "{criticals:?}");
    assert_eq!(criticals[0]["count"], 2);

    // Acknowledged: audited, pushed, listed by status.
    let id = raised["alert_id"].as_str().unwrap();
    let r = app
        .post(
            &format!("/api/v1/alerts/{id}/acknowledge"),
            Some(&ops),
            &json!({"note": "on my way"}),
        )
        .await;
    assert_eq!(r.status(), 200);
    let acked: Value = r.json().await.unwrap();
    assert_eq!(
        (acked["status"].as_str(), acked["acknowledged_by"].as_str()),
        (Some("acknowledged"), Some("ops"))
    );
    assert_eq!(alert_of(&mut frontend, "state_error").await["status"], "acknowledged");
    assert_eq!(list(&app, &ops, "status=acknowledged").await.len(), 1);
    let audit = app.get("/api/v1/audit-logs?action=alert.acknowledge", Some(&admin)).await;
    let audit: Value = audit.json().await.unwrap();
    assert_eq!(audit["items"][0]["target"], id);

    // Leaving error clears it; a cleared alert cannot be acknowledged.
    post(&app, &vehicle, "status", status("idle", -26.0)).await;
    let cleared = alert_of(&mut frontend, "state_error").await;
    assert_eq!(cleared["status"], "cleared");
    assert!(cleared["cleared_at"].is_string());
    let r = app.post(&format!("/api/v1/alerts/{id}/acknowledge"), Some(&ops), &json!({})).await;
    assert_eq!(error_body(r).await.0, 409);
    // Entering error again is a new alert, not the cleared one.
    post(&app, &vehicle, "status", status("error", -25.0)).await;
    let again = alert_of(&mut frontend, "state_error").await;
    assert_ne!(again["alert_id"], raised["alert_id"]);
    let unknown = uuid::Uuid::new_v4();
    let r =
        app.post(&format!("/api/v1/alerts/{unknown}/acknowledge"), Some(&ops), &json!({})).await;
    assert_eq!(error_body(r).await.0, 404);
    // Only operators and admins read them.
    assert_eq!(app.get("/api/v1/alerts", Some(&vehicle)).await.status(), 403);
    app.stop().await;
}

#[tokio::test]
async fn a_critical_error_uploaded_after_a_connectivity_loss_alerts() {
    let app = TestApp::start().await;
    let vehicle = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let mut frontend = unsubscribed(&app, &ops).await;
    let upload = json!({"messages": [
        {"type": "location", "data": location_at(&ts(-3600.0))},
        {"type": "error", "data": critical(-3500.0)},
    ]});
    let r = app.post("/api/v1/vehicle/AV-1/bulk", Some(&vehicle), &upload).await;
    assert_eq!(r.status(), 200);
    let a = alert_of(&mut frontend, "critical_error").await;
    assert_eq!(
        (a["error_code"].as_str(), a["severity"].as_str()),
        (Some("SAFETY_BUMPER_HIT"), Some("CRITICAL"))
    );
    app.stop().await;
}

#[tokio::test]
async fn silence_a_low_battery_and_maintenance_raise_alerts_that_clear() {
    let app = TestApp::start_env(&[
        ("TVM_ALERT_OFFLINE_S", "2"),
        ("TVM_ALERT_BATTERY_PCT", "20"),
        ("TVM_MAINTENANCE_MAX_CYCLES", "1"),
    ])
    .await;
    let vehicle = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let mut frontend = unsubscribed(&app, &ops).await;

    // A battery below 20 % raises battery_low; 25 % (past the 5-point
    // hysteresis) clears it. Two full discharges are past 1 cycle.
    post(&app, &vehicle, "battery", battery(100.0, -10.0)).await;
    post(&app, &vehicle, "battery", battery(10.0, -9.0)).await;
    assert_eq!(alert_of(&mut frontend, "battery_low").await["status"], "open");
    post(&app, &vehicle, "battery", battery(25.0, -8.0)).await;
    assert_eq!(alert_of(&mut frontend, "battery_low").await["status"], "cleared");
    post(&app, &vehicle, "battery", battery(100.0, -7.0)).await;
    post(&app, &vehicle, "battery", battery(0.0, -6.0)).await;
    assert_eq!(alert_of(&mut frontend, "maintenance_due").await["status"], "open");

    // Silent for more than 2 s: vehicle_offline, once; the next report
    // clears it.
    let offline = alert_of(&mut frontend, "vehicle_offline").await;
    assert_eq!(offline["count"], 1);
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(list(&app, &ops, "kind=vehicle_offline").await[0]["count"], 1, "raised once");
    post(&app, &vehicle, "location", location_at(&ts(0.0))).await;
    assert_eq!(alert_of(&mut frontend, "vehicle_offline").await["status"], "cleared");
    app.stop().await;
}

#[tokio::test]
async fn a_timed_out_command_alerts_and_a_later_answered_one_clears_it() {
    let app = TestApp::start_env(&[("TVM_COMMAND_RESEND_MS", "200")]).await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let mut frontend = unsubscribed(&app, &ops).await;
    let mut vehicle = ws(&app, "/ws/vehicle/AV-1", &vehicle_token).await;
    let r = post_command(&app, &ops, "AV-1", configure(1.0)).await;
    let id = r.json::<Value>().await.unwrap()["command_id"].clone();
    let a = alert_of(&mut frontend, "command_timed_out").await;
    assert_eq!((a["command_id"].clone(), a["status"].as_str()), (id, Some("open")));
    // The vehicle answers the next one: commands get through again.
    post_command(&app, &ops, "AV-1", configure(2.0)).await;
    let command = loop {
        let c = next_of(&mut vehicle, VehicleOutboundType::VehicleCommand).await;
        if c["payload"]["params"]["speed_limit"] == 2.0 {
            break c;
        }
    };
    crate::live::ack(&mut vehicle, &command, "accepted").await;
    assert_eq!(alert_of(&mut frontend, "command_timed_out").await["status"], "cleared");
    app.stop().await;
}

#[tokio::test]
async fn two_instances_raise_one_silence_alert_and_both_push_it() {
    let db = TestDb::new().await;
    let (redis, prefix) = (redis_url(), format!("tvm-alerts-{}", uuid::Uuid::new_v4().simple()));
    let env = [
        ("REDIS_URL", redis.as_str()),
        ("TVM_REDIS_PREFIX", prefix.as_str()),
        ("TVM_ALERT_OFFLINE_S", "2"),
    ];
    let a = TestApp::start_with(test_config_with(&db.url, &env)).await;
    let b = TestApp::start_with(test_config_with(&db.url, &env)).await;
    let vehicle = a.add_vehicle("AV-1").await;
    let ops = a.add_operator("ops").await;
    let mut on_a = unsubscribed(&a, &ops).await;
    let mut on_b = unsubscribed(&b, &ops).await;
    // B learns of the vehicle, then both watch it fall silent.
    assert_eq!(b.get("/api/v1/vehicles/AV-1", Some(&ops)).await.status(), 200);
    post(&a, &vehicle, "status", status("idle", -1.0)).await;
    let (first, second) = (
        alert_of(&mut on_a, "vehicle_offline").await,
        alert_of(&mut on_b, "vehicle_offline").await,
    );
    assert_eq!(first["alert_id"], second["alert_id"]);
    // Several more checks on each instance: still one alert, counted once.
    let waited = Instant::now();
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert!(waited.elapsed() >= Duration::from_secs(3));
    let all = list(&a, &ops, "kind=vehicle_offline").await;
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0]["count"], 1, "each instance's check counted: {all:?}");
    a.stop().await;
    b.stop().await;
}

/// The messages an SMTP server received: envelope recipients and data.
type Mails = Arc<Mutex<Vec<(Vec<String>, String)>>>;

/// A minimal SMTP server on 127.0.0.1 that accepts every message and keeps
/// its envelope recipients and data (what an SMTP relay would pass on).
async fn smtp_sink() -> (u16, Mails) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let got: Mails = Arc::default();
    let kept = got.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let kept = kept.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test ESMTP\r\n").await.unwrap();
                let (mut rcpt, mut data, mut in_data) = (Vec::new(), String::new(), false);
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            kept.lock()
                                .unwrap()
                                .push((std::mem::take(&mut rcpt), std::mem::take(&mut data)));
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            data.push_str(&line);
                            data.push('\n');
                        }
                        continue;
                    }
                    let verb = line.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
                    let answer: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250-test\r\n250 8BITMIME\r\n",
                        "RCPT" => {
                            rcpt.push(line.clone());
                            b"250 ok\r\n"
                        }
                        "DATA" => {
                            in_data = true;
                            b"354 end with .\r\n"
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            return;
                        }
                        _ => b"250 ok\r\n",
                    };
                    write.write_all(answer).await.unwrap();
                }
            });
        }
    });
    (port, got)
}

#[tokio::test]
async fn a_newly_raised_alert_is_emailed_to_every_recipient_once() {
    let (port, mails) = smtp_sink().await;
    let url = format!("smtp://127.0.0.1:{port}");
    let app = TestApp::start_env(&[
        ("TVM_SMTP_URL", &url),
        ("TVM_ALERT_EMAIL_FROM", "tvm@example.org"),
        ("TVM_ALERT_EMAIL_TO", "ops@example.org, floor@example.org"),
    ])
    .await;
    let vehicle = app.add_vehicle("AV-1").await;
    post(&app, &vehicle, "error", critical(-3.0)).await;
    post(&app, &vehicle, "error", critical(-2.0)).await; // a repeat: counted, not mailed again
    let deadline = Instant::now() + Duration::from_secs(10);
    while mails.lock().unwrap().is_empty() {
        assert!(Instant::now() < deadline, "no alert email within 10 s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mails = mails.lock().unwrap().clone();
    assert_eq!(mails.len(), 1, "{mails:?}");
    let (rcpt, data) = &mails[0];
    assert_eq!(rcpt.len(), 2, "{rcpt:?}");
    assert!(rcpt.iter().any(|r| r.contains("floor@example.org")), "{rcpt:?}");
    assert!(
        data.contains("Subject: [TVM CRITICAL] vehicle AV-1 reported SAFETY_BUMPER_HIT"),
        "{data}"
    );
    assert!(data.contains("kind: critical_error"), "{data}");
    app.stop().await;
}
