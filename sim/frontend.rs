//! One simulated frontend: follows the whole fleet on `/ws/fleet`, counts
//! the events it receives, and every few seconds sends a `configure`
//! command to a random vehicle, timing the round trip from sending it to
//! the vehicle's acknowledgement reaching it as `command_status`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;
use tvm::models::{CommandState, ConfigureParams, FrontendCommand};
use tvm::sockets::FrontendOutbound;
use tvm_client::ws::{Event, FrontendSocket, Options};

use crate::{Settings, Tally};

pub async fn run(
    s: Settings,
    token: String,
    vehicles: Vec<String>,
    deadline: std::time::Instant,
    tally: Arc<Tally>,
) -> Result<(), String> {
    let mut ws = FrontendSocket::connect(&s.url, &token, Options::default())
        .await
        .map_err(|e| format!("fleet socket: {e}"))?;
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
                let command = FrontendCommand::Configure { command_id, vehicle_id, params };
                ws.command(command).await.map_err(|e| e.to_string())?;
                sent.insert(command_id, Instant::now());
                Tally::add(&tally.commands_sent, 1);
            }
            m = ws.next() => match m.map_err(|e| format!("fleet socket: {e}"))? {
                Event::Message(m) => {
                    Tally::add(&tally.events, 1);
                    if let FrontendOutbound::CommandStatus(m) = m
                        && m.payload.status == CommandState::Acknowledged
                        && let Some(at) = sent.remove(&m.payload.command_id)
                    {
                        tally.command_rtt_us.lock().expect("rtt lock").push(at.elapsed().as_micros() as u64);
                    }
                }
                Event::Reconnected => {}
            },
        }
    }
    ws.close().await;
    Ok(())
}
