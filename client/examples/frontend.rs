//! A frontend program to copy: it logs in as an operator, follows some
//! vehicles (or all) on the fleet socket, prints what arrives, and can send
//! one vehicle a `configure` command. Subscriptions are sent again by
//! themselves after a reconnection.
//!
//! ```text
//! cargo run -p tvm-client --example frontend -- http://127.0.0.1:8080 <client_id> <client_secret> [vehicle id to configure]
//! ```

use tvm_client::models::{ConfigureParams, FrontendCommand, TokenRequest};
use tvm_client::sockets::FrontendOutbound;
use tvm_client::ws::{Event, FrontendSocket, Options};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (base, client_id, secret) = match args.as_slice() {
        [base, id, secret, ..] => (base, id, secret),
        _ => {
            return Err("usage: frontend <server url> <client id> <client secret> [vehicle]".into());
        }
    };
    let login = TokenRequest { client_id: client_id.parse()?, client_secret: secret.parse()? };
    let token = tvm_client::Client::new(base).token_create().body(login).send().await?;
    let token = token.into_inner().access_token;

    // The fleet before following it live.
    let rest = tvm_client::authorized(base, &token)?;
    let fleet = rest.fleet_snapshot().send().await?.into_inner();
    println!("{} vehicles in service", fleet.vehicles.len());

    let mut socket = FrontendSocket::connect(base, &token, Options::default()).await?;
    socket.subscribe(&["*"]).await?;
    if let Some(vehicle) = args.get(3) {
        let command = FrontendCommand::Configure {
            command_id: uuid::Uuid::new_v4(),
            vehicle_id: vehicle.parse()?,
            params: ConfigureParams { speed_limit: Some(1.5), operational_hours: None },
        };
        socket.command(command).await?;
    }
    loop {
        match socket.next().await? {
            Event::Message(FrontendOutbound::LocationUpdate(m)) => {
                let p = m.payload;
                println!(
                    "{} at {:.5}, {:.5}",
                    p.vehicle_id.as_str(),
                    p.report.latitude,
                    p.report.longitude
                );
            }
            Event::Message(FrontendOutbound::CommandStatus(m)) => {
                let s = m.payload;
                println!("command {} of {}: {}", s.command_id, s.vehicle_id.as_str(), s.status);
            }
            Event::Message(FrontendOutbound::Alert(m)) => {
                let a = m.payload;
                println!("alert {} on {}: {}", a.kind, a.vehicle_id.as_str(), a.message);
            }
            Event::Message(other) => println!("{}", other.wire_type().as_str()),
            Event::Reconnected => eprintln!("reconnected; subscriptions sent again"),
        }
    }
}
