//! One simulated frontend: follows the whole fleet on `/ws/fleet`, counts
//! the events it receives, and every few seconds sends a `configure`
//! command to a random vehicle, timing the round trip from sending it to
//! the vehicle's acknowledgement reaching it as `command_status`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::{Settings, Tally};

pub async fn run(
    s: Settings,
    token: String,
    vehicles: Vec<String>,
    deadline: std::time::Instant,
    tally: Arc<Tally>,
) -> Result<(), String> {
    let url = format!("{}/ws/fleet", s.url.replacen("http", "ws", 1));
    let mut rq = url.into_client_request().map_err(|e| e.to_string())?;
    rq.headers_mut()
        .insert("authorization", format!("Bearer {token}").parse().map_err(|e| format!("{e}"))?);
    let (mut ws, _) =
        tokio_tungstenite::connect_async(rq).await.map_err(|e| format!("fleet socket: {e}"))?;
    let mut every = tokio::time::interval(Duration::from_secs(3));
    let mut sent: HashMap<String, Instant> = HashMap::new();
    let deadline = Instant::from_std(deadline);
    loop {
        tokio::select! {
            _ = tokio::time::sleep_until(deadline) => break,
            _ = every.tick() => {
                if vehicles.is_empty() {
                    continue;
                }
                let vehicle = &vehicles[rand::random::<u64>() as usize % vehicles.len()];
                let id = uuid::Uuid::new_v4().to_string();
                let payload = json!({"command": "configure", "command_id": id, "vehicle_id": vehicle,
                                     "params": {"speed_limit": 1.5 + rand::random::<f64>()}});
                let msg = json!({"type": "command", "id": id, "timestamp": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true), "payload": payload});
                ws.send(Message::text(msg.to_string())).await.map_err(|e| e.to_string())?;
                sent.insert(id, Instant::now());
                Tally::add(&tally.commands_sent, 1);
            }
            m = ws.next() => match m {
                Some(Ok(Message::Text(text))) => {
                    Tally::add(&tally.events, 1);
                    let v: Value = serde_json::from_str(text.as_str()).unwrap_or_default();
                    if v["type"] == "command_status" && v["payload"]["status"] == "acknowledged"
                        && let Some(at) = v["payload"]["command_id"].as_str().and_then(|id| sent.remove(id))
                    {
                        tally.command_rtt_us.lock().expect("rtt lock").push(at.elapsed().as_micros() as u64);
                    }
                }
                Some(Ok(_)) => {}
                _ => return Err("the fleet socket closed".into()),
            },
        }
    }
    let _ = ws.close(None).await;
    Ok(())
}
