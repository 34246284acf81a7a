//! One simulated frontend: follows the whole fleet on `/ws/fleet`, counts
//! the events it receives, and every few seconds sends a `configure`
//! command to a random vehicle, timing the round trip from sending it to
//! the vehicle's acknowledgement reaching it as `command_status`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use futures::{SinkExt, StreamExt};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use tvm::models::{
    CommandState, ConfigureParams, FrontendCommand, WsFrontendCommand, WsFrontendCommandType,
};
use tvm::sockets::{FrontendInbound, FrontendOutbound};

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
    let mut sent: HashMap<uuid::Uuid, Instant> = HashMap::new();
    let deadline = Instant::from_std(deadline);
    loop {
        tokio::select! {
            _ = tokio::time::sleep_until(deadline) => break,
            _ = every.tick() => {
                if vehicles.is_empty() {
                    continue;
                }
                let vehicle = &vehicles[rand::random::<u64>() as usize % vehicles.len()];
                let command_id = uuid::Uuid::new_v4();
                let params = ConfigureParams {
                    speed_limit: Some(1.5 + rand::random::<f64>()),
                    operational_hours: None,
                };
                let vehicle_id = vehicle.parse().map_err(|e| format!("vehicle id {vehicle}: {e}"))?;
                let msg = FrontendInbound::FrontendCommand(WsFrontendCommand {
                    id: command_id.to_string().parse().expect("a UUID is a valid message id"),
                    timestamp: chrono::Utc::now(),
                    type_: WsFrontendCommandType::Command,
                    payload: FrontendCommand::Configure { command_id, vehicle_id, params },
                });
                let text = serde_json::to_string(&msg).map_err(|e| e.to_string())?;
                ws.send(Message::text(text)).await.map_err(|e| e.to_string())?;
                sent.insert(command_id, Instant::now());
                Tally::add(&tally.commands_sent, 1);
            }
            m = ws.next() => match m {
                Some(Ok(Message::Text(text))) => {
                    Tally::add(&tally.events, 1);
                    if let Ok(FrontendOutbound::CommandStatus(m)) = serde_json::from_str(text.as_str())
                        && m.payload.status == CommandState::Acknowledged
                        && let Some(at) = sent.remove(&m.payload.command_id)
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
