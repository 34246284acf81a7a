//! The `tvm-client` crate as its users use it, against a real server: the
//! typed vehicle and frontend sockets carry a command from a frontend to a
//! vehicle and its acknowledgements back, reports reach subscribers, a
//! refused token is not retried, and after a broken connection both sockets
//! reconnect by themselves, the frontend with its subscriptions.

use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tvm::models::{AckResult, CommandState, ConfigureParams, FrontendCommand, LocationReport};
use tvm::sockets::{FrontendOutbound, VehicleInboundPayload, VehicleOutbound};
use tvm_client::ws::{Backoff, Event, FrontendSocket, Options, SocketError, VehicleSocket};

use crate::common::TestApp;

fn options() -> Options {
    let backoff = Backoff { first: Duration::from_millis(20), max: Duration::from_millis(200) };
    Options { backoff, ..Options::default() }
}

/// The next frontend message matching `pick`, within 5 s.
async fn frontend_until<T>(
    socket: &mut FrontendSocket,
    mut pick: impl FnMut(FrontendOutbound) -> Option<T>,
) -> T {
    tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            if let Event::Message(m) = socket.next().await.unwrap()
                && let Some(found) = pick(m)
            {
                return found;
            }
        }
    })
    .await
    .expect("no such message within 5 s")
}

async fn vehicle_next(socket: &mut VehicleSocket) -> Event<VehicleOutbound> {
    tokio::time::timeout(Duration::from_secs(5), socket.next())
        .await
        .expect("nothing within 5 s")
        .unwrap()
}

/// A location the vehicle sends over its socket reaches the frontend.
async fn report_reaches(vehicle: &mut VehicleSocket, frontend: &mut FrontendSocket) {
    vehicle.send(VehicleInboundPayload::Location(location())).await.unwrap();
    let update = frontend_until(frontend, |m| match m {
        FrontendOutbound::LocationUpdate(u) => Some(u.payload),
        _ => None,
    })
    .await;
    assert_eq!(update.vehicle_id.as_str(), "AV-1");
    assert_eq!(update.report.latitude, 52.5);
}

fn location() -> LocationReport {
    LocationReport {
        timestamp: chrono::Utc::now(),
        latitude: 52.5,
        longitude: 13.4,
        heading: 90.0,
        speed: 1.0,
        accuracy: 0.5,
        altitude: None,
    }
}

#[tokio::test]
async fn a_command_goes_from_a_frontend_socket_to_a_vehicle_socket_and_its_acks_come_back() {
    let app = TestApp::start().await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    let operator = app.add_operator("ops").await;
    let mut frontend = FrontendSocket::connect(&app.base, &operator, options()).await.unwrap();
    frontend.unsubscribe(&["*"]).await.unwrap();
    frontend.subscribe(&["AV-1"]).await.unwrap();
    let mut vehicle =
        VehicleSocket::connect(&app.base, "AV-1", &vehicle_token, options()).await.unwrap();

    let command_id = uuid::Uuid::new_v4();
    let params = ConfigureParams { speed_limit: Some(1.5), operational_hours: None };
    let order = FrontendCommand::Configure {
        command_id,
        vehicle_id: "AV-1".parse().unwrap(),
        params: params.clone(),
    };
    frontend.command(order).await.unwrap();
    let Event::Message(VehicleOutbound::VehicleCommand(m)) = vehicle_next(&mut vehicle).await
    else {
        panic!("the vehicle did not get its command first")
    };
    assert_eq!(m.payload.command_id(), command_id);
    assert!(
        matches!(&m.payload, tvm::models::VehicleCommand::Configure { params: p, .. } if *p == params)
    );
    vehicle.ack(command_id, AckResult::Accepted).await.unwrap();
    vehicle.ack(command_id, AckResult::Completed).await.unwrap();
    let done = frontend_until(&mut frontend, |m| match m {
        FrontendOutbound::CommandStatus(s) if s.payload.status == CommandState::Completed => {
            Some(s.payload)
        }
        _ => None,
    })
    .await;
    assert_eq!(done.command_id, command_id);

    report_reaches(&mut vehicle, &mut frontend).await;
    app.stop().await;
}

#[tokio::test]
async fn a_refused_token_is_an_error_at_once_not_a_retry_loop() {
    let app = TestApp::start().await;
    app.add_vehicle("AV-1").await;
    let other = app.add_vehicle("AV-2").await;
    let started = std::time::Instant::now();
    let wrong = VehicleSocket::connect(&app.base, "AV-1", &other, options()).await;
    assert!(matches!(wrong, Err(SocketError::Refused { status: 403, .. })), "{:?}", wrong.err());
    let forged = FrontendSocket::connect(&app.base, "not-a-token", options()).await;
    assert!(matches!(forged, Err(SocketError::Refused { status: 401, .. })), "{:?}", forged.err());
    assert!(started.elapsed() < Duration::from_secs(2));
    app.stop().await;
}

/// A TCP relay in front of the server whose connections can all be cut.
struct Relay {
    port: u16,
    cut: watch::Sender<u64>,
}

impl Relay {
    async fn start(upstream: &str) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let upstream = upstream.trim_start_matches("http://").to_string();
        let (cut, _) = watch::channel(0u64);
        let cuts = cut.clone();
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let upstream = upstream.clone();
                let mut cut = cuts.subscribe();
                tokio::spawn(async move {
                    let Ok(mut outbound) = TcpStream::connect(&upstream).await else { return };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound) => {}
                        _ = cut.changed() => {}
                    }
                });
            }
        });
        Relay { port, cut }
    }

    fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Break every connection open now.
    fn cut_all(&self) {
        self.cut.send_modify(|n| *n += 1);
    }
}

#[tokio::test]
async fn after_a_broken_connection_both_sockets_reconnect_and_the_frontend_subscribes_again() {
    let app = TestApp::start().await;
    let vehicle_token = app.add_vehicle("AV-1").await;
    app.add_vehicle("AV-2").await;
    let operator = app.add_operator("ops").await;
    let relay = Relay::start(&app.base).await;
    let mut frontend = FrontendSocket::connect(&relay.base(), &operator, options()).await.unwrap();
    frontend.unsubscribe(&["*"]).await.unwrap();
    frontend.subscribe(&["AV-1"]).await.unwrap();
    let mut vehicle =
        VehicleSocket::connect(&relay.base(), "AV-1", &vehicle_token, options()).await.unwrap();
    // Both sockets are open on the server before the cut.
    frontend_until(&mut frontend, |m| match m {
        FrontendOutbound::VehicleConnection(c) if c.payload.online => Some(()),
        _ => None,
    })
    .await;

    relay.cut_all();
    assert_eq!(vehicle_next(&mut vehicle).await, Event::Reconnected);
    let reconnected = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            if frontend.next().await.unwrap() == Event::Reconnected {
                return;
            }
        }
    })
    .await;
    assert!(reconnected.is_ok(), "the frontend socket did not reconnect");
    // The subscriptions were sent again: the server's answer to the last
    // request names AV-1 alone, and AV-1's reports arrive.
    frontend_until(&mut frontend, |m| match m {
        FrontendOutbound::Subscriptions(s) if s.payload.vehicle_ids == ["AV-1"] => Some(()),
        _ => None,
    })
    .await;
    report_reaches(&mut vehicle, &mut frontend).await;
    app.stop().await;
}
