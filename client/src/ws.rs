//! Typed WebSocket clients of the TVM server: a vehicle's command socket
//! (`/ws/vehicle/{vehicle_id}`) and a frontend's fleet socket (`/ws/fleet`),
//! speaking the generated unions of `asyncapi/tvm.yaml`. Both connect with
//! the bearer token, reconnect by themselves with exponential backoff and
//! full jitter (a refusal that retrying cannot cure, such as 401, 403 or
//! 404, is returned instead), and answer the server's pings while they are
//! read; a frontend socket sends its subscriptions again after reconnecting.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::{self, Message};
use uuid::Uuid;

use crate::models::{AckResult, CommandAck, FrontendCommand, SubscriptionRequest};
use crate::sockets::{
    FrontendInbound, FrontendInboundPayload, FrontendOutbound, VehicleInbound,
    VehicleInboundPayload, VehicleOutbound,
};

/// How much one read from the socket may take. tungstenite zero-fills this
/// much of its buffer before every read: at its default of 128 KiB that
/// was 18 % of the CPU of a process reading 150 small events a second on
/// each of 100 sockets. 16 KiB still reads a fleet snapshot of several
/// megabytes in a few hundred reads.
pub const READ_CHUNK: usize = 16 * 1024;

/// The WebSocket settings of both clients (and of the benchmark's).
pub fn socket_config() -> tungstenite::protocol::WebSocketConfig {
    tungstenite::protocol::WebSocketConfig::default().read_buffer_size(READ_CHUNK)
}

/// Why a socket could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SocketError {
    /// The server answered the upgrade with this status (the body is the
    /// contract's error shape). 401, 403, 404 and other 4xx but 429 are
    /// not retried.
    #[error("the server refused the socket: {status} {body}")]
    Refused { status: u16, body: String },
    /// The connection could not be opened or broke.
    #[error("socket transport: {0}")]
    Transport(String),
    /// A message the server sent is not one of the contract's for this
    /// socket (a server newer than this client, or a broken one).
    #[error("a message outside the contract: {0}")]
    Decode(String),
    /// A message built here does not match the contract.
    #[error("a message this client cannot send: {0}")]
    Invalid(String),
    /// The base URL is not an http(s) or ws(s) URL.
    #[error("bad server URL: {0}")]
    Url(String),
}

impl SocketError {
    /// Whether trying again later can succeed.
    pub fn is_retryable(&self) -> bool {
        match self {
            SocketError::Refused { status, .. } => *status == 429 || *status >= 500,
            SocketError::Transport(_) => true,
            _ => false,
        }
    }
}

/// Waits between reconnection attempts: attempt `n` waits a random time
/// between zero and `min(max, first × 2ⁿ)` ("full jitter"), so a fleet that
/// lost its server together does not come back together.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub first: Duration,
    pub max: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff { first: Duration::from_millis(250), max: Duration::from_secs(30) }
    }
}

impl Backoff {
    /// The wait before attempt `attempt + 1`.
    pub fn delay(&self, attempt: u32) -> Duration {
        let cap = self.first.saturating_mul(1u32 << attempt.min(20)).min(self.max);
        cap.mul_f64(rand::random::<f64>())
    }
}

/// How a socket connects.
#[derive(Clone, Default)]
pub struct Options {
    pub backoff: Backoff,
    /// Connection attempts before giving up (each reconnection starts
    /// counting again); `None` keeps trying.
    pub max_attempts: Option<u32>,
    /// TLS settings for `https`/`wss` (for example a private CA); the
    /// platform's verifier when `None`.
    pub tls: Option<Arc<rustls::ClientConfig>>,
}

/// What reading a socket gives.
#[derive(Debug, Clone, PartialEq)]
pub enum Event<T> {
    /// A message of the contract.
    Message(T),
    /// The connection broke and was opened again (a frontend socket has
    /// sent its subscriptions again by then).
    Reconnected,
}

trait Io: AsyncRead + AsyncWrite + Unpin + Send + Sync {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + Sync> Io for T {}

type Ws = WebSocketStream<Box<dyn Io>>;

/// One socket's connection, opened again when it breaks.
struct Link {
    url: String,
    token: String,
    options: Options,
    ws: Option<Ws>,
}

impl Link {
    fn new(base_url: &str, path: &str, token: &str, options: Options) -> Result<Self, SocketError> {
        let base = base_url.trim_end_matches('/');
        let url = if let Some(rest) = base.strip_prefix("https://") {
            format!("wss://{rest}{path}")
        } else if let Some(rest) = base.strip_prefix("http://") {
            format!("ws://{rest}{path}")
        } else if base.starts_with("ws://") || base.starts_with("wss://") {
            format!("{base}{path}")
        } else {
            return Err(SocketError::Url(base_url.to_string()));
        };
        Ok(Link { url, token: token.to_string(), options, ws: None })
    }

    /// One connection attempt.
    async fn open(&self) -> Result<Ws, SocketError> {
        let transport = |e: &dyn std::fmt::Display| SocketError::Transport(e.to_string());
        let mut request =
            self.url.as_str().into_client_request().map_err(|e| SocketError::Url(e.to_string()))?;
        let bearer = format!("Bearer {}", self.token)
            .parse()
            .map_err(|_| SocketError::Invalid("the token is not a header value".into()))?;
        request.headers_mut().insert(tungstenite::http::header::AUTHORIZATION, bearer);
        let tls = request.uri().scheme_str() == Some("wss");
        let host = request.uri().host().unwrap_or_default().to_string();
        let port = request.uri().port_u16().unwrap_or(if tls { 443 } else { 80 });
        let tcp = TcpStream::connect((host.trim_matches(['[', ']']), port))
            .await
            .map_err(|e| transport(&e))?;
        tcp.set_nodelay(true).map_err(|e| transport(&e))?;
        let io: Box<dyn Io> = if tls {
            let config = match &self.options.tls {
                Some(c) => c.clone(),
                None => {
                    use rustls_platform_verifier::ConfigVerifierExt;
                    Arc::new(
                        rustls::ClientConfig::with_platform_verifier()
                            .map_err(|e| transport(&e))?,
                    )
                }
            };
            let name =
                rustls::pki_types::ServerName::try_from(host.trim_matches(['[', ']']).to_string())
                    .map_err(|e| SocketError::Url(e.to_string()))?;
            let stream = tokio_rustls::TlsConnector::from(config)
                .connect(name, tcp)
                .await
                .map_err(|e| transport(&e))?;
            Box::new(stream)
        } else {
            Box::new(tcp)
        };
        match tokio_tungstenite::client_async_with_config(request, io, Some(socket_config())).await
        {
            Ok((ws, _)) => Ok(ws),
            Err(tungstenite::Error::Http(response)) => Err(SocketError::Refused {
                status: response.status().as_u16(),
                body: response
                    .body()
                    .as_ref()
                    .map(|b| String::from_utf8_lossy(b).into_owned())
                    .unwrap_or_default(),
            }),
            Err(e) => Err(transport(&e)),
        }
    }

    /// Connected, opening the connection (with backoff) if it is not; true
    /// when it was opened now.
    async fn connected(&mut self) -> Result<bool, SocketError> {
        if self.ws.is_some() {
            return Ok(false);
        }
        let mut attempt = 0;
        loop {
            match self.open().await {
                Ok(ws) => {
                    self.ws = Some(ws);
                    return Ok(true);
                }
                Err(e) if !e.is_retryable() => return Err(e),
                Err(e) if self.options.max_attempts.is_some_and(|m| attempt + 1 >= m) => {
                    return Err(e);
                }
                Err(_) => {
                    tokio::time::sleep(self.options.backoff.delay(attempt)).await;
                    attempt += 1;
                }
            }
        }
    }

    /// Send one message on the open connection (a broken one is dropped,
    /// to be opened again by the next call).
    async fn send_open(&mut self, text: String) -> Result<(), SocketError> {
        let ws = self.ws.as_mut().ok_or_else(|| SocketError::Transport("not connected".into()))?;
        if let Err(e) = ws.send(Message::text(text)).await {
            self.ws = None;
            return Err(SocketError::Transport(e.to_string()));
        }
        Ok(())
    }

    /// The next text message, or `None` when the connection ended (it is
    /// dropped, to be opened again by the next call). Pings are answered
    /// by the read itself.
    async fn next_text(&mut self) -> Option<String> {
        let ws = self.ws.as_mut()?;
        loop {
            match ws.next().await {
                Some(Ok(Message::Text(t))) => return Some(t.as_str().to_owned()),
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => {
                    self.ws = None;
                    return None;
                }
                Some(Ok(_)) => {}
            }
        }
    }

    async fn close(&mut self) {
        if let Some(mut ws) = self.ws.take() {
            let _ = ws.close(None).await;
        }
    }
}

fn message_id() -> String {
    Uuid::new_v4().to_string()
}

fn render(message: &impl serde::Serialize) -> Result<String, SocketError> {
    serde_json::to_string(message).map_err(|e| SocketError::Invalid(e.to_string()))
}

/// A vehicle's command socket: it sends reports and acknowledgements and
/// receives `vehicle_command`s (`VehicleOutbound`).
pub struct VehicleSocket {
    link: Link,
}

impl VehicleSocket {
    /// Open `/ws/vehicle/{vehicle_id}` on the server at `base_url`
    /// (`https://host:port`, or `http`, `ws`, `wss`) with a vehicle token.
    pub async fn connect(
        base_url: &str,
        vehicle_id: &str,
        token: &str,
        options: Options,
    ) -> Result<Self, SocketError> {
        let mut link = Link::new(base_url, &format!("/ws/vehicle/{vehicle_id}"), token, options)?;
        link.connected().await?;
        Ok(VehicleSocket { link })
    }

    /// Send a report or an acknowledgement (reconnecting first if the
    /// connection broke).
    pub async fn send(&mut self, payload: VehicleInboundPayload) -> Result<(), SocketError> {
        let message: VehicleInbound = payload
            .into_message(&message_id(), Utc::now())
            .map_err(|e| SocketError::Invalid(e.to_string()))?;
        self.link.connected().await?;
        self.link.send_open(render(&message)?).await
    }

    /// Acknowledge a command: `accepted` when it starts, then `completed`
    /// (or `rejected`).
    pub async fn ack(&mut self, command_id: Uuid, result: AckResult) -> Result<(), SocketError> {
        let ack = CommandAck { command_id, result, reason: None, detail: None };
        self.send(VehicleInboundPayload::Ack(ack)).await
    }

    /// The next message from the server, reconnecting when the connection
    /// broke (then `Event::Reconnected`; the server sends the commands
    /// still waiting for this vehicle again).
    pub async fn next(&mut self) -> Result<Event<VehicleOutbound>, SocketError> {
        loop {
            if self.link.connected().await? {
                return Ok(Event::Reconnected);
            }
            if let Some(text) = self.link.next_text().await {
                return decode(&text).map(Event::Message);
            }
        }
    }

    /// Use another token from the next connection on (tokens expire).
    pub fn set_token(&mut self, token: &str) {
        self.link.token = token.to_string();
    }

    /// Close the socket (code 1000).
    pub async fn close(mut self) {
        self.link.close().await;
    }
}

/// A frontend's fleet socket: it subscribes to vehicles, issues commands,
/// and receives telemetry, alerts, command statuses and connection events
/// (`FrontendOutbound`).
pub struct FrontendSocket {
    link: Link,
    /// What the subscriptions are, as the requests that made them; sent
    /// again on every reconnection.
    subscriptions: Vec<FrontendInboundPayload>,
}

impl FrontendSocket {
    /// Open `/ws/fleet` on the server at `base_url` with an operator or
    /// admin token.
    pub async fn connect(
        base_url: &str,
        token: &str,
        options: Options,
    ) -> Result<Self, SocketError> {
        let mut link = Link::new(base_url, "/ws/fleet", token, options)?;
        link.connected().await?;
        Ok(FrontendSocket { link, subscriptions: Vec::new() })
    }

    /// Follow these vehicles (`*`: all of them).
    pub async fn subscribe(&mut self, vehicle_ids: &[&str]) -> Result<(), SocketError> {
        let request = subscription(vehicle_ids)?;
        self.change_subscriptions(FrontendInboundPayload::Subscribe(request)).await
    }

    /// Stop following these vehicles (`*`: all of them).
    pub async fn unsubscribe(&mut self, vehicle_ids: &[&str]) -> Result<(), SocketError> {
        let request = subscription(vehicle_ids)?;
        self.change_subscriptions(FrontendInboundPayload::Unsubscribe(request)).await
    }

    async fn change_subscriptions(
        &mut self,
        request: FrontendInboundPayload,
    ) -> Result<(), SocketError> {
        if let FrontendInboundPayload::Unsubscribe(r) = &request
            && r.vehicle_ids.iter().any(|v| v.as_str() == "*")
        {
            // Everything before an unsubscribe from all no longer matters.
            self.subscriptions.clear();
        }
        self.subscriptions.push(request.clone());
        self.send(request).await
    }

    /// Issue a command; its progress arrives as `command_status` messages.
    pub async fn command(&mut self, command: FrontendCommand) -> Result<(), SocketError> {
        self.send(FrontendInboundPayload::FrontendCommand(command)).await
    }

    /// Send a message (reconnecting first if the connection broke).
    pub async fn send(&mut self, payload: FrontendInboundPayload) -> Result<(), SocketError> {
        if self.reconnect().await? {
            // The subscriptions were just sent again, this one included
            // if it is one.
            if !matches!(payload, FrontendInboundPayload::FrontendCommand(_)) {
                return Ok(());
            }
        }
        self.link.send_open(render(&frontend_message(payload)?)?).await
    }

    /// The next message from the server, reconnecting (and subscribing
    /// again) when the connection broke.
    pub async fn next(&mut self) -> Result<Event<FrontendOutbound>, SocketError> {
        loop {
            if self.reconnect().await? {
                return Ok(Event::Reconnected);
            }
            if let Some(text) = self.link.next_text().await {
                return decode(&text).map(Event::Message);
            }
        }
    }

    /// Open the connection if it broke and send the subscriptions again;
    /// true when it was opened now.
    async fn reconnect(&mut self) -> Result<bool, SocketError> {
        loop {
            if !self.link.connected().await? {
                return Ok(false);
            }
            let mut sent = true;
            for request in self.subscriptions.clone() {
                if self.link.send_open(render(&frontend_message(request)?)?).await.is_err() {
                    sent = false;
                    break;
                }
            }
            if sent {
                return Ok(true);
            }
        }
    }

    /// Use another token from the next connection on (tokens expire).
    pub fn set_token(&mut self, token: &str) {
        self.link.token = token.to_string();
    }

    /// Close the socket (code 1000).
    pub async fn close(mut self) {
        self.link.close().await;
    }
}

fn frontend_message(payload: FrontendInboundPayload) -> Result<FrontendInbound, SocketError> {
    payload.into_message(&message_id(), Utc::now()).map_err(|e| SocketError::Invalid(e.to_string()))
}

fn subscription(vehicle_ids: &[&str]) -> Result<SubscriptionRequest, SocketError> {
    let unique: BTreeSet<&str> = vehicle_ids.iter().copied().collect();
    serde_json::from_value(serde_json::json!({ "vehicle_ids": unique }))
        .map_err(|e| SocketError::Invalid(e.to_string()))
}

/// A server message decoded into the socket's union.
fn decode<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, SocketError> {
    serde_json::from_str(text).map_err(|e| SocketError::Decode(format!("{e}: {text}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_stays_under_its_doubling_cap_and_its_ceiling() {
        let b = Backoff { first: Duration::from_millis(100), max: Duration::from_secs(2) };
        for attempt in 0..40 {
            let cap = Duration::from_millis(100 * 2u64.pow(attempt.min(20))).min(b.max);
            for _ in 0..50 {
                assert!(b.delay(attempt) <= cap, "attempt {attempt}");
            }
        }
    }

    #[test]
    fn only_what_retrying_can_cure_is_retried() {
        let refused = |status| SocketError::Refused { status, body: String::new() };
        assert!(!refused(401).is_retryable());
        assert!(!refused(403).is_retryable());
        assert!(!refused(404).is_retryable());
        assert!(refused(429).is_retryable());
        assert!(refused(503).is_retryable());
        assert!(SocketError::Transport("reset".into()).is_retryable());
    }

    #[test]
    fn server_urls_become_socket_urls() {
        let url = |base| Link::new(base, "/ws/fleet", "t", Options::default()).map(|l| l.url);
        assert_eq!(
            url("https://fleet.example:8443/").unwrap(),
            "wss://fleet.example:8443/ws/fleet"
        );
        assert_eq!(url("http://127.0.0.1:8080").unwrap(), "ws://127.0.0.1:8080/ws/fleet");
        assert!(url("ftp://x").is_err());
    }

    #[test]
    fn a_subscription_outside_the_contract_is_refused_here() {
        assert!(subscription(&["AV-1", "*"]).is_ok());
        assert!(matches!(subscription(&["not an id!"]), Err(SocketError::Invalid(_))));
    }
}
