//! One simulated vehicle: drives a circle around a depot at 1 Hz, reports
//! location every second and battery every 5 s, moves through idle →
//! navigating → docking (approaching … docked) → charging → undocking, now
//! and then reports an error, answers commands on its socket (accepted, and
//! completed a moment later), and sometimes goes offline, keeping its
//! reports and uploading them with one bulk call when it is back.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::time::Instant;
use tvm::models::AckResult;
use tvm::sockets::VehicleOutbound;
use tvm_client::ws::{Event, Options, VehicleSocket};

use crate::{Settings, Tally, authed};

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Where the vehicle is in its working cycle (seconds into the cycle).
fn phase_at(t: u64) -> (&'static str, Option<&'static str>) {
    match t % 70 {
        0..=4 => ("idle", None),
        5..=34 => ("navigating", None),
        35 => ("docking", Some("approaching")),
        36..=37 => ("docking", Some("aligning")),
        38..=39 => ("docking", Some("docking")),
        40..=41 => ("docking", Some("docked")),
        42..=61 => ("charging", None),
        62..=63 => ("charging", Some("undocking")),
        _ => ("idle", None),
    }
}

/// The vehicle's command socket (none while the server cannot be reached:
/// the simulator tries again on its next return from offline).
async fn socket(s: &Settings, vehicle_id: &str, token: &str) -> Option<VehicleSocket> {
    let options = Options { max_attempts: Some(1), ..Options::default() };
    VehicleSocket::connect(&s.url, vehicle_id, token, options).await.ok()
}

/// Post one report through the generated client; keep it for the backlog
/// when offline.
async fn report(
    api: &tvm::client::Client,
    vehicle_id: &str,
    kind: &str,
    body: Value,
    offline: bool,
    backlog: &mut Vec<Value>,
    tally: &Tally,
) {
    if offline {
        backlog.push(json!({"type": kind, "data": body}));
        return;
    }
    Tally::add(&tally.sent, 1);
    let status = match kind {
        "location" => status_of(
            api.location_create()
                .vehicle_id(vehicle_id)
                .body(decode::<tvm::models::LocationReport>(body))
                .send()
                .await,
        ),
        "status" => status_of(
            api.status_create()
                .vehicle_id(vehicle_id)
                .body(decode::<tvm::models::StatusReport>(body))
                .send()
                .await,
        ),
        "battery" => status_of(
            api.battery_create()
                .vehicle_id(vehicle_id)
                .body(decode::<tvm::models::BatteryReport>(body))
                .send()
                .await,
        ),
        "error" => status_of(
            api.error_report_create()
                .vehicle_id(vehicle_id)
                .body(decode::<tvm::models::ErrorReport>(body))
                .send()
                .await,
        ),
        _ => status_of(
            api.docking_create()
                .vehicle_id(vehicle_id)
                .body(decode::<tvm::models::DockingReport>(body))
                .send()
                .await,
        ),
    };
    match status {
        Some(200) => Tally::add(&tally.accepted, 1),
        Some(429) => Tally::add(&tally.rate_limited, 1),
        Some(s) if (400..500).contains(&s) => Tally::add(&tally.refused, 1),
        _ => Tally::add(&tally.failed, 1),
    }
}

/// A report built as JSON, as its contract type.
fn decode<T: serde::de::DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).expect("the simulator builds valid reports")
}

fn status_of<T, E>(r: Result<tvm::client::ResponseValue<T>, tvm::client::Error<E>>) -> Option<u16> {
    match r {
        Ok(v) => Some(v.status().as_u16()),
        Err(e) => e.status().map(|s| s.as_u16()),
    }
}

pub async fn run(
    s: Settings,
    vehicle_id: String,
    token: String,
    n: usize,
    deadline: std::time::Instant,
    tally: Arc<Tally>,
) -> Result<(), String> {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::AUTHORIZATION,
        format!("Bearer {token}").parse().map_err(|e| format!("{e}"))?,
    );
    let http =
        reqwest::Client::builder().default_headers(headers).build().map_err(|e| e.to_string())?;
    let api = authed(&s.url, &token);
    let mut ws = socket(&s, &vehicle_id, &token).await;
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let (lat0, lon0) = (52.50 + (n % 50) as f64 * 0.002, 13.40 + (n / 50) as f64 * 0.002);
    let mut soc: f64 = 90.0;
    let mut last_state = "";
    let mut last_phase: Option<&str> = None;
    let mut offline_until: Option<Instant> = None;
    let mut backlog = Vec::new();
    let mut pending_done: Vec<(Instant, uuid::Uuid)> = Vec::new();
    let mut t: u64 = (n as u64 * 7) % 70; // vehicles start at different points of the cycle
    let deadline = Instant::from_std(deadline);
    while Instant::now() < deadline {
        tokio::select! {
            _ = tick.tick() => {}
            m = async { ws.as_mut().expect("guarded").next().await }, if ws.is_some() => {
                match m {
                    Ok(Event::Message(VehicleOutbound::VehicleCommand(m))) => {
                        let id = m.payload.command_id();
                        Tally::add(&tally.commands_received, 1);
                        if let Some(w) = ws.as_mut() {
                            let _ = w.ack(id, AckResult::Accepted).await;
                        }
                        Tally::add(&tally.commands_acked, 1);
                        pending_done.push((Instant::now() + Duration::from_secs(2), id));
                    }
                    Ok(_) => {}
                    Err(_) => ws = None,
                }
                continue;
            }
        }
        t += 1;
        let offline = offline_until.is_some_and(|u| Instant::now() < u);
        if !offline && offline_until.take().is_some() {
            // Back online: upload the backlog in one call, then reconnect.
            upload(&http, &s, &vehicle_id, &mut backlog, &tally).await;
            ws = socket(&s, &vehicle_id, &token).await;
        } else if !offline && rand::random::<f64>() < s.offline_per_min / 60.0 {
            Tally::add(&tally.offline_spells, 1);
            offline_until =
                Some(Instant::now() + Duration::from_secs(10 + rand::random::<u64>() % 10));
            if let Some(w) = ws.take() {
                w.close().await;
            }
        }
        let offline = offline_until.is_some();
        // Commands answered as completed a little after being accepted.
        let due: Vec<uuid::Uuid> = pending_done
            .iter()
            .filter(|(at, _)| *at <= Instant::now())
            .map(|(_, id)| *id)
            .collect();
        pending_done.retain(|(at, _)| *at > Instant::now());
        if let Some(w) = ws.as_mut() {
            for id in due {
                let _ = w.ack(id, AckResult::Completed).await;
            }
        }
        let (state, phase) = phase_at(t);
        let angle = (t as f64) * 0.02 + n as f64;
        let moving = state == "navigating";
        soc = if state == "charging" {
            (soc + 1.5).min(100.0)
        } else if moving {
            (soc - 0.3).max(5.0)
        } else {
            soc
        };
        let location = json!({"timestamp": now(), "latitude": lat0 + 0.001 * angle.sin(), "longitude": lon0 + 0.001 * angle.cos(),
                              "heading": ((angle.to_degrees() + 90.0) % 360.0 + 360.0) % 360.0, "speed": if moving { 1.8 } else { 0.0 }, "accuracy": 0.5});
        report(&api, &vehicle_id, "location", location, offline, &mut backlog, &tally).await;
        if state != last_state {
            let body = json!({"timestamp": now(), "state": state});
            report(&api, &vehicle_id, "status", body, offline, &mut backlog, &tally).await;
            last_state = state;
        }
        if phase != last_phase
            && let Some(p) = phase
        {
            let body =
                json!({"timestamp": now(), "phase": p, "station_id": format!("DOCK-{}", n % 4)});
            report(&api, &vehicle_id, "docking", body, offline, &mut backlog, &tally).await;
        }
        last_phase = phase;
        if t.is_multiple_of(5) {
            let body = json!({"timestamp": now(), "soc": soc, "voltage": 44.0 + soc * 0.1, "current": if state == "charging" { 20.0 } else { -8.0 }, "temperature": 28.0});
            report(&api, &vehicle_id, "battery", body, offline, &mut backlog, &tally).await;
        }
        if rand::random::<f64>() < 0.01 {
            let body = json!({"timestamp": now(), "code": "NAV_PATH_BLOCKED", "severity": "WARNING", "subsystem": "navigation", "description": "obstacle on the route"});
            report(&api, &vehicle_id, "error", body, offline, &mut backlog, &tally).await;
        }
    }
    if let Some(w) = ws {
        w.close().await;
    }
    // Still offline at the end: upload what was kept, as a returning vehicle would.
    upload(&http, &s, &vehicle_id, &mut backlog, &tally).await;
    Ok(())
}

/// Send the backlog with one bulk call.
async fn upload(
    http: &reqwest::Client,
    s: &Settings,
    vehicle_id: &str,
    backlog: &mut Vec<Value>,
    tally: &Tally,
) {
    if backlog.is_empty() {
        return;
    }
    let body = json!({"messages": std::mem::take(backlog)});
    let n = body["messages"].as_array().map_or(0, Vec::len) as u64;
    match http.post(format!("{}/api/v1/vehicle/{vehicle_id}/bulk", s.url)).json(&body).send().await
    {
        Ok(r) if r.status().is_success() => {
            Tally::add(&tally.bulk_uploads, 1);
            Tally::add(&tally.bulk_messages, n);
        }
        _ => Tally::add(&tally.failed, n),
    }
}
