//! One VDA 5050 vehicle's agent: its messages, in order, become TVM
//! reports through the one ingest pipeline (`ingest::live`, with its clock
//! window, rate limits, state machine, group commit and fan-out) and
//! answers to its commands (`Commands::ack`); while it is online, the
//! command courier hands it the vehicle's commands exactly as it hands a
//! socket, and a second task publishes them as `order` and
//! `instantActions` without waiting on anything (an emergency stop never
//! waits behind a report being stored).

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use chrono::Utc;
use rumqttc::{AsyncClient, QoS};
use serde::Serialize;
use tokio::sync::mpsc;

use super::mapping::{self, Awaited, Pose, Tracked};
use super::models::{connection, factsheet, state, visualization};
use super::{Identity, Topic};
use crate::auth::Caller;
use crate::auth::authz::VehicleAccess;
use crate::commands::courier::Outbound;
use crate::context::ServerCtx;
use crate::models::{
    AckResult, BulkMessage, CommandAck, ErrorLocation, Role, Vda5050Link, VehicleCommand,
};

/// Messages waiting for an agent; past this, a message is dropped (state
/// and visualization repeat; counted as `dropped`).
const INBOX: usize = 256;

enum Inbound {
    Message(Topic, Bytes),
    BrokerLost,
}

/// The bridge's handle on one agent.
pub struct Handle {
    vehicle_id: String,
    link: Vda5050Link,
    tx: mpsc::Sender<Inbound>,
    task: tokio::task::JoinHandle<()>,
    metrics: Arc<crate::metrics::Metrics>,
}

impl Handle {
    pub fn tell(&self, topic: Topic, payload: Bytes) {
        if self.tx.try_send(Inbound::Message(topic, payload)).is_err() {
            self.metrics.vda5050.with_label_values(&[topic.name(), "dropped"]).inc();
        }
    }

    /// The bridge lost its broker: the vehicle cannot be reached.
    pub fn broker_lost(&self) {
        let _ = self.tx.try_send(Inbound::BrokerLost);
    }

    /// Whether this agent still serves the vehicle `vehicle_id` with `link`.
    pub fn serves(&self, vehicle_id: &str, link: &Vda5050Link) -> bool {
        self.vehicle_id == vehicle_id && self.link == *link
    }

    pub fn stop(&self) {
        self.task.abort();
    }
}

/// What the inbound and outbound halves share.
#[derive(Default)]
struct Shared {
    /// The vehicle's last node and pose, where its next order starts.
    here: Option<(String, Pose)>,
    /// Commands sent and not answered finally.
    tracked: Vec<Tracked>,
    /// The action types its factsheet lists, once it sent one.
    actions: Option<Vec<String>>,
    /// Header ids per published topic.
    header_ids: std::collections::HashMap<&'static str, i64>,
}

impl Shared {
    fn next_header(&mut self, topic: &'static str) -> i64 {
        let id = self.header_ids.entry(topic).or_insert(-1);
        *id += 1;
        *id
    }
}

/// Start the agent of `vehicle_id`; `seed` is the latest retained
/// `connection` the bridge heard for its identity.
pub fn spawn(
    ctx: &ServerCtx,
    client: AsyncClient,
    vehicle_id: String,
    link: Vda5050Link,
    seed: Option<Bytes>,
    log: &slog::Logger,
) -> Handle {
    let (tx, rx) = mpsc::channel(INBOX);
    if let Some(seed) = seed {
        let _ = tx.try_send(Inbound::Message(Topic::Connection, seed));
    }
    let log = log.new(slog::o!("vehicle_id" => vehicle_id.clone()));
    let agent = Agent {
        ctx: ctx.clone(),
        client,
        vehicle_id: vehicle_id.clone(),
        link: link.clone(),
        access: None,
        session: None,
        heard_connection: false,
        last_state: None,
        shared: Arc::default(),
        log,
    };
    let task = tokio::spawn(agent.run(rx));
    Handle { vehicle_id, link, tx, task, metrics: ctx.metrics.clone() }
}

struct Agent {
    ctx: ServerCtx,
    client: AsyncClient,
    vehicle_id: String,
    link: Vda5050Link,
    access: Option<VehicleAccess>,
    /// The courier session while the vehicle is online.
    session: Option<u64>,
    /// The vehicle publishes `connection` (else its states mean online).
    heard_connection: bool,
    last_state: Option<state::State>,
    shared: Arc<Mutex<Shared>>,
    log: slog::Logger,
}

impl Drop for Agent {
    fn drop(&mut self) {
        self.offline();
    }
}

impl Agent {
    async fn run(mut self, mut rx: mpsc::Receiver<Inbound>) {
        while let Some(msg) = rx.recv().await {
            match msg {
                Inbound::Message(topic, payload) => self.message(topic, &payload).await,
                Inbound::BrokerLost => self.offline(),
            }
        }
    }

    fn count(&self, topic: &str, outcome: &str) {
        self.ctx.metrics.vda5050.with_label_values(&[topic, outcome]).inc();
    }

    /// The vehicle's access as a telemetry writer (registered, in service).
    async fn access(&mut self) -> Option<VehicleAccess> {
        if let Some(a) = &self.access {
            return Some(a.clone());
        }
        let vehicle = match self.ctx.registry.vehicle(&self.ctx.store, &self.vehicle_id).await {
            Ok(Some(v)) if !v.is_decommissioned() => v,
            Ok(_) => return None,
            Err(e) => {
                slog::warn!(self.log, "VDA 5050 vehicle not loaded"; "cause" => crate::db::error_chain(&e));
                return None;
            }
        };
        let caller = Caller::new(
            format!("vda5050:{}", self.vehicle_id),
            Role::Vehicle,
            Some(self.vehicle_id.clone()),
        );
        let access = VehicleAccess { caller, vehicle };
        self.access = Some(access.clone());
        Some(access)
    }

    /// Decode a message of `topic` after checking it against the pinned
    /// schema (`module`, the generated module's name).
    fn decode<T: serde::de::DeserializeOwned>(
        &self,
        topic: Topic,
        module: &str,
        payload: &[u8],
    ) -> Option<T> {
        let value: serde_json::Value = match crate::validate::json::parse(payload) {
            Ok(v) => v,
            Err(e) => {
                self.count(topic.name(), "invalid");
                slog::info!(self.log, "VDA 5050 message is not JSON"; "topic" => topic.name(), "cause" => e.to_string());
                return None;
            }
        };
        let found = super::violations(module, &value);
        if !found.is_empty() {
            self.count(topic.name(), "invalid");
            slog::info!(self.log, "VDA 5050 message does not fit the standard's schema";
                "topic" => topic.name(), "violations" => found.join("; "));
            return None;
        }
        match serde_json::from_value(value) {
            Ok(m) => Some(m),
            Err(e) => {
                self.count(topic.name(), "invalid");
                slog::info!(self.log, "VDA 5050 message does not decode"; "topic" => topic.name(), "cause" => e.to_string());
                None
            }
        }
    }

    async fn message(&mut self, topic: Topic, payload: &[u8]) {
        match topic {
            Topic::Connection => {
                let Some(c) = self.decode::<connection::Connection>(topic, "connection", payload)
                else {
                    return;
                };
                self.heard_connection = true;
                self.count(topic.name(), "mapped");
                match c.connection_state {
                    connection::ConnectionConnectionState::Online => self.online().await,
                    _ => self.offline(),
                }
            }
            Topic::State => {
                let Some(s) = self.decode::<state::State>(topic, "state", payload) else { return };
                if self.session.is_none() && !self.heard_connection {
                    self.online().await;
                }
                self.state(s).await;
            }
            Topic::Visualization => {
                let Some(v) =
                    self.decode::<visualization::Visualization>(topic, "visualization", payload)
                else {
                    return;
                };
                let at = v.timestamp.unwrap_or_else(Utc::now);
                if let Some(report) = Pose::of_visualization(&v)
                    .and_then(|p| mapping::location_of(&self.link, &p, at))
                {
                    self.ingest(topic, BulkMessage::Location(report)).await;
                }
            }
            Topic::Factsheet => {
                let Some(f) = self.decode::<factsheet::AgvFactsheet>(topic, "factsheet", payload)
                else {
                    return;
                };
                let actions = f.protocol_features.agv_actions.iter().map(|a| a.action_type.clone());
                self.shared.lock().expect("agent lock").actions = Some(actions.collect());
                self.count(topic.name(), "mapped");
            }
        }
    }

    /// The vehicle is reachable: its commands come to this agent.
    async fn online(&mut self) {
        if self.session.is_some() {
            return;
        }
        let Some(access) = self.access().await else { return };
        let session = crate::live::session_id();
        let (tx, rx) = mpsc::channel::<Outbound>(64);
        let publisher = Publisher {
            ctx: self.ctx.clone(),
            client: self.client.clone(),
            vehicle_id: self.vehicle_id.clone(),
            link: self.link.clone(),
            identity: Identity::of(&self.link),
            shared: self.shared.clone(),
            log: self.log.clone(),
        };
        let asks = publisher.clone();
        tokio::spawn(publisher.run(rx));
        crate::live::vehicle_attached(&self.ctx, &access, session, tx);
        self.watch_running().await;
        for request in mapping::REQUESTS {
            let id = uuid::Uuid::new_v4().to_string();
            let message =
                mapping::instant(asks.header("instantActions"), request, id, None, vec![]);
            asks.publish("instantActions", "instant_actions", &message);
        }
        self.session = Some(session);
        slog::info!(self.log, "VDA 5050 vehicle online"; "session" => session);
    }

    /// Dispatches the vehicle accepted before (across a restart of this
    /// server, or a link on another instance): their orders are watched
    /// for completion like the ones sent now.
    async fn watch_running(&mut self) {
        let rows = match self.ctx.store.dispatches_running(&self.vehicle_id).await {
            Ok(rows) => rows,
            Err(e) => {
                slog::info!(self.log, "running dispatches not read"; "cause" => crate::db::error_chain(&e));
                return;
            }
        };
        let mut shared = self.shared.lock().expect("agent lock");
        for row in rows {
            let Some(order_id) = row.params.get("mission_id").and_then(|m| m.as_str()) else {
                continue;
            };
            if !shared.tracked.iter().any(|t| t.command_id == row.command_id) {
                let awaited = Awaited::Order { order_id: order_id.to_string() };
                shared.tracked.push(Tracked {
                    command_id: row.command_id,
                    awaited,
                    accepted: true,
                });
            }
        }
    }

    /// The vehicle left (`OFFLINE`, its broker's `CONNECTIONBROKEN` last
    /// will, or the bridge's broker lost): its commands wait in the database.
    fn offline(&mut self) {
        let (Some(session), Some(access)) = (self.session.take(), self.access.as_ref()) else {
            return;
        };
        crate::live::vehicle_detached(&self.ctx, access, session);
        slog::info!(self.log, "VDA 5050 vehicle offline"; "session" => session);
    }

    async fn state(&mut self, s: state::State) {
        let at = s.timestamp;
        let pose = Pose::of_state(&s);
        // Answers first: they end what the courier waits for.
        let answers: Vec<(uuid::Uuid, mapping::Answer)> = {
            let mut shared = self.shared.lock().expect("agent lock");
            if let Some(pose) = &pose {
                shared.here = Some((s.last_node_id.clone(), pose.clone()));
            }
            let mut out = Vec::new();
            for t in shared.tracked.iter_mut() {
                if let Some(a) = mapping::answer(t, &s) {
                    t.accepted = true;
                    out.push((t.command_id, a));
                }
            }
            shared.tracked.retain(|t| {
                !out.iter().any(|(id, (r, ..))| *id == t.command_id && *r != AckResult::Accepted)
            });
            out
        };
        for (command_id, (result, reason, detail)) in answers {
            let ack = CommandAck {
                command_id,
                result,
                reason: reason.and_then(|r| mapping::truncate(&r, 500).parse().ok()),
                detail: detail.and_then(|d| mapping::truncate(&d, 2000).parse().ok()),
            };
            if let Err(e) = self.ctx.commands.ack(&self.vehicle_id, &ack).await {
                slog::info!(self.log, "VDA 5050 answer not taken"; "command_id" => %command_id, "cause" => e.message);
            }
        }
        let location = pose.as_ref().and_then(|p| mapping::location_of(&self.link, p, at));
        if let Some(report) = &location {
            self.ingest(Topic::State, BulkMessage::Location(report.clone())).await;
        }
        self.status(&s).await;
        let at_error = location.map(|l| ErrorLocation { lat: l.latitude, lon: l.longitude });
        for report in mapping::errors_of(&s, self.last_state.as_ref(), at_error, at) {
            self.ingest(Topic::State, BulkMessage::Error(report)).await;
        }
        if let Some(report) = mapping::battery_of(&s, at) {
            self.ingest(Topic::State, BulkMessage::Battery(report)).await;
        }
        self.last_state = Some(s);
    }

    /// Report the state's TVM status when it differs from the vehicle's,
    /// through an intermediate state where the state machine needs one.
    async fn status(&mut self, s: &state::State) {
        let Some(access) = self.access().await else { return };
        let target = mapping::state_of(s);
        let (current, resumed) = match access.vehicle.live(&self.ctx.store).await {
            Ok(live) => (live.status.as_ref().map(|n| n.state), live.resumed),
            Err(_) => return, // the database is away; the next state tries again
        };
        if current == Some(target) {
            return;
        }
        let path = mapping::state_path(current, target, resumed);
        if path.is_empty() {
            self.count(Topic::State.name(), "refused");
            slog::info!(self.log, "VDA 5050 state not reported: TVM's state machine refuses it";
                "from" => current.map(|c| c.to_string()), "to" => target.to_string());
            return;
        }
        let steps = path.len() as i64;
        for (i, step) in path.into_iter().enumerate() {
            // Intermediate states a microsecond apart, before the vehicle's own.
            let at = s.timestamp - chrono::Duration::microseconds(steps - 1 - i as i64);
            let report = mapping::status_of(s, step, at);
            self.ingest(Topic::State, BulkMessage::Status(report)).await;
        }
    }

    async fn ingest(&mut self, topic: Topic, msg: BulkMessage) {
        let Some(access) = self.access().await else { return };
        let at = crate::db::telemetry::timestamp_of(&msg);
        let raw = crate::validate::rules::rfc3339(at);
        match crate::ingest::live(&self.ctx, &access, msg, Some(&raw)).await {
            Ok(_) => self.count(topic.name(), "mapped"),
            // The vehicle cannot send again: a report over the product's
            // rate limit (visualization comes several times a second) is
            // left out, as the native path refuses it.
            Err(e) if e.code() == crate::models::ErrorCode::RateLimited => {
                self.count(topic.name(), "rate_limited");
            }
            Err(e) => {
                self.count(topic.name(), "refused");
                slog::info!(self.log, "VDA 5050 report refused"; "topic" => topic.name(), "code" => e.code().to_string(), "cause" => &e.message);
            }
        }
    }
}

/// The outbound half: the courier's frames become VDA 5050 messages,
/// published at once (QoS 0, as the standard has it; the courier resends
/// until the vehicle's state answers).
#[derive(Clone)]
struct Publisher {
    ctx: ServerCtx,
    client: AsyncClient,
    vehicle_id: String,
    link: Vda5050Link,
    identity: Identity,
    shared: Arc<Mutex<Shared>>,
    log: slog::Logger,
}

/// The envelope the courier hands a vehicle's link.
#[derive(serde::Deserialize)]
struct Envelope {
    payload: VehicleCommand,
}

impl Publisher {
    async fn run(self, mut rx: mpsc::Receiver<Outbound>) {
        while let Some(out) = rx.recv().await {
            match out {
                Outbound::Frame(frame) => match serde_json::from_slice::<Envelope>(&frame) {
                    Ok(env) => self.command(env.payload),
                    Err(e) => {
                        slog::error!(self.log, "courier frame is not a command"; "cause" => e.to_string())
                    }
                },
                // Replaced by a newer link of this vehicle (its WebSocket).
                Outbound::Close(..) => return,
            }
        }
    }

    fn publish<M: Serialize>(&self, topic: &'static str, module: &str, message: &M) -> bool {
        let value = serde_json::to_value(message).expect("models serialize");
        let found = super::violations(module, &value);
        if !found.is_empty() {
            // Built from the standard's own types: a bug here, not the vehicle's.
            slog::error!(self.log, "VDA 5050 message does not fit the standard's schema";
                "topic" => topic, "violations" => found.join("; "));
            self.ctx.metrics.vda5050.with_label_values(&[topic, "invalid"]).inc();
            return false;
        }
        let mut value = value;
        if topic == "instantActions" {
            // The standard's 2.x field is `actions`; implementations that
            // kept 1.1's name (vda-5050-lib among them) read
            // `instantActions`. Both carry the same list; a vehicle ignores
            // the one it does not know.
            let actions = value["actions"].clone();
            value["instantActions"] = actions;
        }
        let name = self.identity.topic(&self.link.version, topic);
        let payload = serde_json::to_vec(&value).expect("JSON serializes");
        match self.client.try_publish(name, QoS::AtMostOnce, false, payload) {
            Ok(()) => {
                self.ctx.metrics.vda5050.with_label_values(&[topic, "published"]).inc();
                true
            }
            Err(e) => {
                slog::warn!(self.log, "VDA 5050 message not queued; the courier sends it again"; "topic" => topic, "cause" => e.to_string());
                false
            }
        }
    }

    fn header(&self, topic: &'static str) -> mapping::Header {
        let id = self.shared.lock().expect("agent lock").next_header(topic);
        mapping::Header::new(&self.link, id, Utc::now())
    }

    fn track(&self, command_id: uuid::Uuid, awaited: Awaited) {
        let mut shared = self.shared.lock().expect("agent lock");
        if !shared.tracked.iter().any(|t| t.command_id == command_id) {
            shared.tracked.push(Tracked { command_id, awaited, accepted: false });
        }
    }

    /// Refuse a command the vehicle cannot be sent (off this task: the
    /// answer is stored).
    fn reject(&self, command_id: uuid::Uuid, reason: &str) {
        let (ctx, vehicle_id, log) = (self.ctx.clone(), self.vehicle_id.clone(), self.log.clone());
        let ack = CommandAck {
            command_id,
            result: AckResult::Rejected,
            reason: reason.parse().ok(),
            detail: None,
        };
        tokio::spawn(async move {
            if let Err(e) = ctx.commands.ack(&vehicle_id, &ack).await {
                slog::info!(log, "VDA 5050 refusal not stored"; "cause" => e.message);
            }
        });
    }

    fn command(&self, command: VehicleCommand) {
        let instant = |kind: &str, id: uuid::Uuid, description: Option<String>, params| {
            let message = mapping::instant(
                self.header("instantActions"),
                kind,
                id.to_string(),
                description,
                params,
            );
            if self.publish("instantActions", "instant_actions", &message) {
                self.track(id, Awaited::Action { action_id: id.to_string() });
            }
        };
        match command {
            // An emergency stop first: nothing here waits.
            VehicleCommand::EmergencyStop { command_id, params, .. } => {
                instant("startPause", command_id, Some(params.reason.to_string()), vec![])
            }
            VehicleCommand::Resume { command_id, .. } => {
                instant("stopPause", command_id, None, vec![])
            }
            VehicleCommand::Cancel { command_id, params, .. } => {
                // The order of that mission ends by cancellation, not completion.
                let mission = params.mission_id.to_string();
                self.shared.lock().expect("agent lock").tracked.retain(
                    |t| !matches!(&t.awaited, Awaited::Order { order_id } if *order_id == mission),
                );
                instant("cancelOrder", command_id, Some(params.reason.to_string()), vec![])
            }
            VehicleCommand::Configure { command_id, params, .. } => {
                let known = self.shared.lock().expect("agent lock").actions.clone();
                if known.is_some_and(|a| !a.iter().any(|t| t == mapping::CONFIGURE_ACTION)) {
                    let reason = format!(
                        "the vehicle's factsheet lists no {} action",
                        mapping::CONFIGURE_ACTION
                    );
                    return self.reject(command_id, &reason);
                }
                let parameters = mapping::configure_parameters(&params);
                instant(mapping::CONFIGURE_ACTION, command_id, None, parameters)
            }
            VehicleCommand::Dispatch { command_id, params, .. } => {
                // Where the vehicle stands is its order's first node. Not
                // known yet (the bridge just started; the state it asked
                // for is on its way): nothing is sent, and the courier sends
                // the command again after `TVM_COMMAND_RESEND_MS`, up to its
                // resends, then `timed_out`.
                let Some((node, pose)) = self.shared.lock().expect("agent lock").here.clone()
                else {
                    slog::info!(self.log, "dispatch held: the vehicle's position is not known yet";
                        "command_id" => %command_id);
                    return;
                };
                let here = Some((node.as_str(), &pose));
                let Some(order) =
                    mapping::order_of(&self.link, self.header("order"), &params, here)
                else {
                    return;
                };
                let order_id = order.order_id.clone();
                if self.publish("order", "order", &order) {
                    self.track(command_id, Awaited::Order { order_id });
                }
            }
        }
    }
}
