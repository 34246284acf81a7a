//! A vehicle program to copy: it logs in with its client credentials,
//! reports its location once a second over its command socket, and carries
//! out the commands it receives (acknowledged `accepted`, then `completed`).
//! The socket reconnects by itself; commands that waited meanwhile arrive
//! on reconnection.
//!
//! ```text
//! cargo run -p tvm-client --example vehicle -- http://127.0.0.1:8080 AV-1 <client_id> <client_secret>
//! ```

use std::time::Duration;

use tvm_client::models::{AckResult, LocationReport, TokenRequest, VehicleCommand};
use tvm_client::sockets::{VehicleInboundPayload, VehicleOutbound};
use tvm_client::ws::{Event, Options, VehicleSocket};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [base, vehicle_id, client_id, secret] = args.as_slice() else {
        return Err("usage: vehicle <server url> <vehicle id> <client id> <client secret>".into());
    };
    // Log in: a vehicle client's access token acts for its own vehicle.
    let login = TokenRequest { client_id: client_id.parse()?, client_secret: secret.parse()? };
    let token = tvm_client::Client::new(base).token_create().body(login).send().await?;
    let token = token.into_inner().access_token;

    let mut socket = VehicleSocket::connect(base, vehicle_id, &token, Options::default()).await?;
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    let (mut latitude, longitude) = (52.52, 13.405);
    loop {
        tokio::select! {
            _ = tick.tick() => {
                latitude += 0.00001;
                let report = LocationReport {
                    timestamp: chrono::Utc::now(),
                    latitude,
                    longitude,
                    heading: 0.0,
                    speed: 1.1,
                    accuracy: 0.5,
                    altitude: None,
                };
                socket.send(VehicleInboundPayload::Location(report)).await?;
            }
            event = socket.next() => match event? {
                Event::Message(VehicleOutbound::VehicleCommand(message)) => {
                    let command = message.payload;
                    println!("command {}: {}", command.command_id(), describe(&command));
                    socket.ack(command.command_id(), AckResult::Accepted).await?;
                    // … carry it out here …
                    socket.ack(command.command_id(), AckResult::Completed).await?;
                }
                Event::Message(VehicleOutbound::SocketError(e)) => {
                    eprintln!("the server refused a message: {}", e.payload.error.message());
                }
                Event::Reconnected => eprintln!("reconnected"),
            },
        }
    }
}

fn describe(command: &VehicleCommand) -> &'static str {
    match command {
        VehicleCommand::Dispatch { .. } => "dispatch",
        VehicleCommand::Cancel { .. } => "cancel",
        VehicleCommand::EmergencyStop { .. } => "emergency stop: stop now",
        VehicleCommand::Resume { .. } => "resume",
        VehicleCommand::Configure { .. } => "configure",
    }
}
