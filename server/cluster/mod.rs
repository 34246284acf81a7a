//! The optional shared layer between instances, over Redis (`REDIS_URL`):
//! every event published on one instance's bus is relayed to the others
//! (so a frontend anywhere sees every vehicle), a command issued anywhere
//! reaches the instance holding the vehicle's socket, a vehicle socket
//! opened on one instance replaces an older one elsewhere, and revocations
//! and vehicle changes reach every registry at once. Rate limits are shared
//! through `limits::Shared`. Redis being away never stops the server: relay
//! messages are dropped (counted), limits fail open, `/health` says degraded,
//! and everything resumes when Redis answers again. Commands do not hang on
//! the relay: a sweep of the stored queue delivers any whose note was lost.
//! Presence is state, not only events: each instance lists its vehicles'
//! sockets every 2 s, and an instance gone quiet takes its vehicles offline.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use chrono::{DateTime, Utc};
use futures::StreamExt;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, watch};
use uuid::Uuid;

use crate::db::Store;
use crate::db::telemetry::Kind;
use crate::events::{Bus, Event, Published};
use crate::models::{Alert, CommandStatus, ConnectionEvent};
use crate::registry::{Registry, VehicleEntry};

pub mod limits;

/// How long one Redis call may take before it counts as a failure.
pub const CALL_TIMEOUT: Duration = Duration::from_millis(300);
/// Relay messages waiting to be published; beyond this they are dropped.
const OUTBOX: usize = 65_536;
/// Wait before re-subscribing after the relay connection broke.
const RESUBSCRIBE: Duration = Duration::from_secs(1);
/// How long calls skip Redis after one failed (limits fail open meanwhile).
const SKIP_AFTER_FAILURE: Duration = Duration::from_secs(1);
/// How often each instance tells the others which vehicles' sockets it
/// holds (also its heartbeat).
const PRESENCE_EVERY: Duration = Duration::from_secs(2);
/// An instance not heard from for this long, while this one hears the
/// relay, is gone: its vehicles are no longer online through it.
const PEER_EXPIRY: Duration = Duration::from_secs(7);

/// What one instance tells the others.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum Wire {
    /// A committed telemetry message (`frame` is its rendered envelope).
    Telemetry {
        vehicle_id: String,
        kind: String,
        received_at: DateTime<Utc>,
        report: serde_json::Value,
        frame: String,
    },
    Alert {
        alert: Alert,
        frame: String,
    },
    CommandStatus {
        status: CommandStatus,
        frame: String,
    },
    Connection {
        event: ConnectionEvent,
        frame: String,
    },
    /// A command was stored: the instance holding the vehicle's socket
    /// delivers it.
    Command {
        vehicle_id: String,
        command_id: Uuid,
    },
    /// An emergency stop, whole: the instance holding the vehicle's socket
    /// sends it at once, without reading the database (it may not be
    /// stored yet).
    EmergencyStop(StopNote),
    /// The vehicle's socket opened as `session`: any other socket of it goes.
    Attached {
        vehicle_id: String,
        session: u64,
    },
    /// The vehicles whose sockets the sender holds, all of them, every
    /// [`PRESENCE_EVERY`]: corrects lost `Connection` notes and tells a new
    /// instance who is online.
    Presence {
        vehicles: Vec<String>,
    },
    /// A client was revoked.
    ClientRevoked {
        client_id: String,
    },
    /// A vehicle was changed (renamed, decommissioned): read it again.
    VehicleChanged {
        vehicle_id: String,
    },
}

/// An emergency stop as relayed between instances.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StopNote {
    pub vehicle_id: String,
    pub command_id: Uuid,
    pub params: serde_json::Value,
    pub issued_by: String,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Note {
    from: String,
    #[serde(flatten)]
    wire: Wire,
}

impl Wire {
    fn of(p: &Published) -> Wire {
        let frame = String::from_utf8_lossy(p.frame()).into_owned();
        match &p.event {
            Event::Telemetry { vehicle_id, received_at, report } => Wire::Telemetry {
                vehicle_id: vehicle_id.clone(),
                kind: Kind::of(report).name().to_string(),
                received_at: *received_at,
                report: crate::events::body_json(report),
                frame,
            },
            Event::Alert(alert) => Wire::Alert { alert: alert.clone(), frame },
            Event::CommandStatus { status, .. } => {
                Wire::CommandStatus { status: status.clone(), frame }
            }
            Event::Connection(event) => Wire::Connection { event: event.clone(), frame },
        }
    }
}

/// The connection to Redis and this instance's part in the relay.
pub struct Cluster {
    /// This instance's id (relay messages from itself are ignored).
    pub instance: String,
    /// Prefix of every key and channel (`TVM_REDIS_PREFIX`).
    pub prefix: String,
    client: redis::Client,
    conn: ConnectionManager,
    outbox: mpsc::Sender<Vec<u8>>,
    /// Relay messages published.
    pub sent: AtomicU64,
    /// Relay messages lost (outbox full or Redis away).
    pub dropped: AtomicU64,
    /// Relay messages received from other instances.
    pub received: AtomicU64,
    /// Until when calls skip Redis after a failure (limits fail open).
    open_until: std::sync::Mutex<Option<Instant>>,
    outbox_rx: std::sync::Mutex<Option<mpsc::Receiver<Vec<u8>>>>,
    /// The other instances heard from, and the vehicles each holds.
    peers: std::sync::Mutex<HashMap<Arc<str>, Peer>>,
    /// Since when this instance's relay subscription is up (peers expire
    /// only while it hears the relay).
    listening_since: std::sync::Mutex<Option<Instant>>,
}

/// Another instance as this one knows it.
struct Peer {
    heard: Instant,
    vehicles: HashSet<String>,
}

/// `from` as this instance knows it, first heard now if it is new.
fn peer<'a>(peers: &'a mut HashMap<Arc<str>, Peer>, from: &Arc<str>) -> &'a mut Peer {
    peers
        .entry(from.clone())
        .or_insert_with(|| Peer { heard: Instant::now(), vehicles: HashSet::new() })
}

/// What the relay hands to this instance's command delivery when another
/// instance speaks (implemented by `crate::commands::Commands`).
pub trait CommandDelivery: Send + Sync {
    /// A command stored elsewhere, for the vehicle's courier here.
    fn fetch(&self, vehicle_id: &str, command_id: Uuid);
    /// The vehicle's socket moved to another instance: close `session` here.
    fn displaced(&self, vehicle_id: &str, session: u64);
    /// The session here that issued the command of a relayed status, if any.
    fn origin_of(&self, status: &CommandStatus) -> Option<u64>;
    /// An emergency stop issued elsewhere, for the vehicle's socket here.
    fn emergency_stop(&self, stop: StopNote);
}

/// What the relay changes when another instance speaks.
#[derive(Clone)]
pub struct Local {
    pub bus: Bus,
    pub commands: Arc<dyn CommandDelivery>,
    pub registry: Arc<Registry>,
    pub store: Store,
    pub log: slog::Logger,
}

impl Cluster {
    /// Set up the connection (lazily: the server starts with Redis away).
    pub fn new(url: &str, ca_file: Option<&Path>, prefix: &str) -> Result<Arc<Cluster>, String> {
        let client = crate::links::redis(url, ca_file)?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(Duration::from_secs(1)))
            .set_response_timeout(Some(CALL_TIMEOUT))
            .set_number_of_retries(1)
            .set_max_delay(Duration::from_secs(1));
        let conn = ConnectionManager::new_lazy_with_config(client.clone(), config)
            .map_err(|e| format!("REDIS_URL: {e}"))?;
        let (outbox, rx) = mpsc::channel(OUTBOX);
        Ok(Arc::new(Cluster {
            instance: Uuid::new_v4().to_string(),
            prefix: prefix.to_string(),
            client,
            conn,
            outbox,
            sent: AtomicU64::new(0),
            dropped: AtomicU64::new(0),
            received: AtomicU64::new(0),
            open_until: std::sync::Mutex::new(None),
            outbox_rx: std::sync::Mutex::new(Some(rx)),
            peers: std::sync::Mutex::new(HashMap::new()),
            listening_since: std::sync::Mutex::new(None),
        }))
    }

    fn channel(&self) -> String {
        format!("{}:relay", self.prefix)
    }

    /// A connection for one call.
    pub fn conn(&self) -> ConnectionManager {
        self.conn.clone()
    }

    /// Whether calls should skip Redis for now (it failed a moment ago).
    pub fn skipping(&self) -> bool {
        self.open_until.lock().expect("cluster lock").is_some_and(|t| Instant::now() < t)
    }

    /// A call failed: skip Redis for a second instead of waiting out the
    /// timeout on every request.
    pub fn failed(&self) {
        *self.open_until.lock().expect("cluster lock") = Some(Instant::now() + SKIP_AFTER_FAILURE);
    }

    /// `PING` within [`CALL_TIMEOUT`]: the round trip, or why not.
    pub async fn ping(&self) -> Result<Duration, String> {
        let t = Instant::now();
        let mut c = self.conn();
        let answer: Result<String, _> = redis::cmd("PING").query_async(&mut c).await;
        match answer {
            Ok(p) if p == "PONG" => {
                *self.open_until.lock().expect("cluster lock") = None;
                Ok(t.elapsed())
            }
            Ok(other) => Err(format!("unexpected answer to PING: {other:?}")),
            Err(e) => {
                self.failed();
                Err(e.to_string())
            }
        }
    }

    /// Tell the other instances (never waits; dropped when Redis is away).
    pub fn tell(&self, wire: Wire) {
        let note = Note { from: self.instance.clone(), wire };
        let bytes = serde_json::to_vec(&note).expect("relay notes serialize");
        if self.skipping() || self.outbox.try_send(bytes).is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Start the relay: publish this instance's bus events and notes, take
    /// the others', and check Redis every second. Ends on `stop`.
    pub fn start(self: &Arc<Self>, local: Local, stop: watch::Receiver<bool>) {
        let (tx, rx) = mpsc::channel::<Arc<Published>>(OUTBOX);
        local.bus.relay_to(tx);
        tokio::spawn(self.clone().forward_events(rx, stop.clone()));
        let outbox = self.outbox_rx.lock().expect("cluster lock").take();
        if let Some(outbox) = outbox {
            tokio::spawn(self.clone().publish_forever(outbox, stop.clone()));
        }
        tokio::spawn(self.clone().check_forever(local.log.clone(), stop.clone()));
        tokio::spawn(self.clone().presence_forever(local.clone(), stop.clone()));
        tokio::spawn(self.clone().listen_forever(local, stop));
    }

    async fn forward_events(
        self: Arc<Self>,
        mut rx: mpsc::Receiver<Arc<Published>>,
        mut stop: watch::Receiver<bool>,
    ) {
        loop {
            tokio::select! {
                p = rx.recv() => match p {
                    Some(p) => self.tell(Wire::of(&p)),
                    None => return,
                },
                _ = stop.changed() => return,
            }
        }
    }

    /// Publish waiting notes, many per round trip.
    async fn publish_forever(
        self: Arc<Self>,
        mut outbox: mpsc::Receiver<Vec<u8>>,
        mut stop: watch::Receiver<bool>,
    ) {
        let channel = self.channel();
        let mut batch = Vec::with_capacity(256);
        loop {
            let n = tokio::select! {
                n = outbox.recv_many(&mut batch, 256) => n,
                _ = stop.changed() => return,
            };
            if n == 0 {
                return;
            }
            let mut pipe = redis::pipe();
            for note in batch.drain(..) {
                pipe.cmd("PUBLISH").arg(&channel).arg(note).ignore();
            }
            let mut c = self.conn();
            let sent: Result<(), _> = pipe.query_async(&mut c).await;
            if sent.is_err() {
                self.dropped.fetch_add(n as u64, Ordering::Relaxed);
                self.failed();
            } else {
                self.sent.fetch_add(n as u64, Ordering::Relaxed);
            }
        }
    }

    async fn check_forever(self: Arc<Self>, log: slog::Logger, mut stop: watch::Receiver<bool>) {
        let mut was_up = true;
        loop {
            let now_up = self.ping().await.is_ok();
            if now_up != was_up {
                if now_up {
                    slog::info!(log, "redis answers again; shared limits and relay resumed");
                } else {
                    slog::warn!(log, "redis does not answer; limits fail open, relay paused");
                }
                was_up = now_up;
            }
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                _ = stop.changed() => return,
            }
        }
    }

    /// Take the other instances' notes, re-subscribing whenever the
    /// connection breaks.
    async fn listen_forever(self: Arc<Self>, local: Local, mut stop: watch::Receiver<bool>) {
        let channel = self.channel();
        loop {
            let subscribed = async {
                let mut ps = self.client.get_async_pubsub().await?;
                ps.subscribe(&channel).await?;
                Ok::<_, redis::RedisError>(ps)
            };
            let connected = tokio::select! {
                r = tokio::time::timeout(Duration::from_secs(2), subscribed) => r,
                _ = stop.changed() => return,
            };
            if let Ok(Ok(ps)) = connected {
                *self.listening_since.lock().expect("cluster lock") = Some(Instant::now());
                let mut messages = ps.into_on_message();
                loop {
                    tokio::select! {
                        m = messages.next() => match m {
                            Some(m) => self.take(&local, m.get_payload_bytes()).await,
                            None => break,
                        },
                        _ = stop.changed() => return,
                    }
                }
                *self.listening_since.lock().expect("cluster lock") = None;
                slog::warn!(local.log, "relay subscription lost; subscribing again");
            }
            tokio::select! {
                _ = tokio::time::sleep(RESUBSCRIBE) => {}
                _ = stop.changed() => return,
            }
        }
    }

    /// Say which vehicles' sockets this instance holds, and forget the
    /// instances gone quiet, every [`PRESENCE_EVERY`].
    async fn presence_forever(self: Arc<Self>, local: Local, mut stop: watch::Receiver<bool>) {
        loop {
            tokio::select! {
                _ = tokio::time::sleep(PRESENCE_EVERY) => {}
                _ = stop.changed() => return,
            }
            let vehicles = local
                .registry
                .sorted()
                .iter()
                .filter(|v| v.has_socket_here())
                .map(|v| v.vehicle_id.clone())
                .collect();
            self.tell(Wire::Presence { vehicles });
            for gone in self.gone_quiet() {
                slog::warn!(local.log, "instance gone quiet; its vehicles count as offline";
                    "instance" => &*gone, "after_s" => PEER_EXPIRY.as_secs());
                self.reconcile(&local, &gone, HashSet::new()).await;
                self.peers.lock().expect("cluster lock").remove(&gone);
            }
        }
    }

    /// Instances not heard from within [`PEER_EXPIRY`] while this one has
    /// been hearing the relay for at least as long (a blind instance keeps
    /// what it last knew).
    fn gone_quiet(&self) -> Vec<Arc<str>> {
        let listening = *self.listening_since.lock().expect("cluster lock");
        if listening.is_none_or(|t| t.elapsed() <= PEER_EXPIRY) || self.skipping() {
            return Vec::new();
        }
        let peers = self.peers.lock().expect("cluster lock");
        peers
            .iter()
            .filter(|(_, p)| p.heard.elapsed() > PEER_EXPIRY)
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// `from` spoke.
    fn heard(&self, from: &Arc<str>) {
        peer(&mut self.peers.lock().expect("cluster lock"), from).heard = Instant::now();
    }

    /// `from` opened or closed a socket of `vehicle_id`.
    fn holds(&self, from: &Arc<str>, vehicle_id: &str, open: bool) {
        if let Some(p) = self.peers.lock().expect("cluster lock").get_mut(from) {
            if open {
                p.vehicles.insert(vehicle_id.to_string());
            } else {
                p.vehicles.remove(vehicle_id);
            }
        }
    }

    /// `from` holds exactly `now`: vehicles it gained are online through it,
    /// the ones it lost are not, and this instance's frontends hear of every
    /// vehicle that came online or went offline by it.
    async fn reconcile(&self, local: &Local, from: &Arc<str>, now: HashSet<String>) {
        let before = {
            let mut peers = self.peers.lock().expect("cluster lock");
            std::mem::replace(&mut peer(&mut peers, from).vehicles, now.clone())
        };
        for id in &now {
            if let Ok(Some(v)) = local.registry.vehicle(&local.store, id).await {
                let was = v.is_online();
                v.online_at(from);
                if !was {
                    announce(local, id, true);
                }
            }
        }
        for id in before.difference(&now) {
            if let Ok(Some(v)) = local.registry.vehicle(&local.store, id).await
                && self.released(&v, from)
                && !v.is_online()
            {
                announce(local, id, false);
            }
        }
    }

    /// `from` no longer holds `v`'s socket: when it was the holder, the
    /// vehicle is online through another instance that still lists it (a
    /// move whose notes crossed), or not at all. True when `from` was it.
    fn released(&self, v: &VehicleEntry, from: &str) -> bool {
        if !v.offline_at(from) {
            return false;
        }
        let peers = self.peers.lock().expect("cluster lock");
        let other = peers
            .iter()
            .find(|(k, p)| &***k != from && p.vehicles.contains(&v.vehicle_id))
            .map(|(k, _)| k.clone());
        drop(peers);
        if let Some(other) = other {
            v.online_at(&other);
        }
        true
    }

    /// One note from the relay.
    async fn take(&self, local: &Local, payload: &[u8]) {
        let note: Note = match serde_json::from_slice(payload) {
            Ok(n) => n,
            Err(e) => {
                slog::warn!(local.log, "unreadable relay note"; "cause" => %e);
                return;
            }
        };
        if note.from == self.instance {
            return;
        }
        self.received.fetch_add(1, Ordering::Relaxed);
        let from: Arc<str> = note.from.into();
        self.heard(&from);
        let frame = |f: String| Bytes::from(f.into_bytes());
        match note.wire {
            Wire::Telemetry { vehicle_id, kind, received_at, report, frame: f } => {
                let report = Kind::parse(&kind).and_then(|kind| kind.message(report).ok());
                if let Ok(Some(v)) = local.registry.vehicle(&local.store, &vehicle_id).await {
                    v.absorb(report.as_ref()).await;
                }
                // A report this version cannot read (an instance of another
                // version sent it) is not delivered; its frame cannot be routed.
                let Some(report) = report else { return };
                let event = Event::Telemetry { vehicle_id, received_at, report };
                local.bus.deliver_relayed(event, frame(f));
            }
            Wire::Alert { alert, frame: f } => {
                // Whether the vehicle's silence alert is in force, here too.
                if alert.kind == crate::models::AlertKind::VehicleOffline
                    && let Some(v) = local.registry.cached(alert.vehicle_id.as_str())
                {
                    v.set_offline_alert(alert.status != crate::models::AlertStatus::Cleared);
                }
                local.bus.deliver_relayed(Event::Alert(alert), frame(f))
            }
            Wire::CommandStatus { status, frame: f } => {
                let origin = local.commands.origin_of(&status);
                local.bus.deliver_relayed(Event::CommandStatus { status, origin }, frame(f));
            }
            Wire::Connection { event, frame: f } => {
                let id = event.vehicle_id.as_str();
                self.holds(&from, id, event.online);
                let mut news = true;
                if let Ok(Some(v)) = local.registry.vehicle(&local.store, id).await {
                    if event.online {
                        v.online_at(&from);
                    } else {
                        self.released(&v, &from);
                        // Its socket moved here or to a third instance.
                        news = !v.is_online();
                    }
                }
                if news {
                    local.bus.deliver_relayed(Event::Connection(event), frame(f));
                }
            }
            Wire::Command { vehicle_id, command_id } => {
                local.commands.fetch(&vehicle_id, command_id)
            }
            Wire::EmergencyStop(stop) => local.commands.emergency_stop(stop),
            Wire::Attached { vehicle_id, session } => {
                // Online there before the socket here closes, so closing it
                // does not announce the vehicle offline (this note can come
                // before the `Connection` one, which takes the bus's path).
                self.holds(&from, &vehicle_id, true);
                if let Ok(Some(v)) = local.registry.vehicle(&local.store, &vehicle_id).await {
                    v.online_at(&from);
                }
                local.commands.displaced(&vehicle_id, session)
            }
            Wire::Presence { vehicles } => {
                self.reconcile(local, &from, vehicles.into_iter().collect()).await
            }
            Wire::ClientRevoked { client_id } => local.registry.revoke_client(&client_id),
            Wire::VehicleChanged { vehicle_id } => {
                if let Ok(Some(row)) = local.store.vehicle_get(&vehicle_id).await {
                    local.registry.remember_vehicle(row);
                }
            }
        }
    }
}

/// Tell this instance's frontends a vehicle came online or went offline
/// through another instance (learnt from presence, not from its note).
fn announce(local: &Local, vehicle_id: &str, online: bool) {
    if let Ok(vehicle_id) = vehicle_id.parse() {
        let event = ConnectionEvent { vehicle_id, online, at: Utc::now() };
        local.bus.deliver_here(Event::Connection(event));
    }
}
