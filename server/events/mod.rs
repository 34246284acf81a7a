//! The internal event bus: every committed telemetry message, alert,
//! command status change and vehicle connection change is published here
//! once; WebSocket and SSE sessions subscribe. Each event is rendered into
//! its wire envelope at most once, however many subscribers send it.
//! Publishing never blocks: a subscriber more than `CAPACITY` events behind
//! loses them (and is disconnected by its session).

use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use chrono::{DateTime, Utc};
use tokio::sync::broadcast;

use crate::db::telemetry::Kind;
use crate::models::{Alert, CommandStatus, ConnectionEvent};

/// Events a lagging subscriber may fall behind before it loses some.
pub const CAPACITY: usize = 16_384;

/// Something that happened, after it was committed.
#[derive(Debug, Clone)]
pub enum Event {
    /// A telemetry message was stored (`report` is the body as received).
    Telemetry {
        vehicle_id: String,
        kind: Kind,
        received_at: DateTime<Utc>,
        report: serde_json::Value,
    },
    /// Something an operator must look at.
    Alert(Alert),
    /// A command changed state; `origin` is the session that sent it, if any.
    CommandStatus { status: CommandStatus, origin: Option<u64> },
    /// A vehicle's socket connected or went away.
    Connection(ConnectionEvent),
}

impl Event {
    pub fn vehicle_id(&self) -> &str {
        match self {
            Event::Telemetry { vehicle_id, .. } => vehicle_id,
            Event::Alert(a) => a.vehicle_id.as_str(),
            Event::CommandStatus { status, .. } => status.vehicle_id.as_str(),
            Event::Connection(c) => c.vehicle_id.as_str(),
        }
    }

    /// The envelope `type` this event travels as.
    pub fn wire_type(&self) -> &'static str {
        match self {
            Event::Telemetry { kind: Kind::Location, .. } => "location_update",
            Event::Telemetry { kind: Kind::Status, .. } => "status_update",
            Event::Telemetry { kind: Kind::Battery, .. } => "battery_update",
            Event::Telemetry { kind: Kind::Error, .. } => "error_report",
            Event::Telemetry { kind: Kind::Docking, .. } => "docking_update",
            Event::Alert(_) => "alert",
            Event::CommandStatus { .. } => "command_status",
            Event::Connection(_) => "vehicle_connection",
        }
    }

    fn payload(&self) -> serde_json::Value {
        match self {
            Event::Telemetry { vehicle_id, received_at, report, .. } => serde_json::json!({
                "vehicle_id": vehicle_id,
                "received_at": crate::validate::rules::rfc3339(*received_at),
                "report": report,
            }),
            Event::Alert(a) => serde_json::to_value(a).expect("models serialize"),
            Event::CommandStatus { status, .. } => {
                serde_json::to_value(status).expect("models serialize")
            }
            Event::Connection(c) => serde_json::to_value(c).expect("models serialize"),
        }
    }
}

/// A published event and its rendered envelope.
#[derive(Debug)]
pub struct Published {
    pub event: Event,
    frame: OnceLock<Bytes>,
}

impl Published {
    /// The event's wire envelope (`{"type","id","timestamp","payload"}`),
    /// rendered on first use and shared by every session that sends it.
    pub fn frame(&self) -> &Bytes {
        self.frame.get_or_init(|| envelope(self.event.wire_type(), self.event.payload()))
    }
}

/// A server → client envelope with a fresh id and the current time.
pub fn envelope(wire_type: &str, payload: serde_json::Value) -> Bytes {
    let env = serde_json::json!({
        "type": wire_type,
        "id": uuid::Uuid::new_v4().to_string(),
        "timestamp": crate::validate::rules::rfc3339(Utc::now()),
        "payload": payload,
    });
    Bytes::from(serde_json::to_vec(&env).expect("JSON serializes"))
}

/// In-process fan-out of events. Cheap to clone.
#[derive(Clone)]
pub struct Bus {
    tx: broadcast::Sender<Arc<Published>>,
    published: Arc<std::sync::atomic::AtomicU64>,
}

impl Default for Bus {
    fn default() -> Self {
        Bus { tx: broadcast::channel(CAPACITY).0, published: Arc::default() }
    }
}

impl Bus {
    /// Publish to whoever listens now (nobody listening is fine).
    pub fn publish(&self, event: Event) {
        self.published.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let _ = self.tx.send(Arc::new(Published { event, frame: OnceLock::new() }));
    }

    /// Events published since start.
    pub fn published(&self) -> u64 {
        self.published.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Published>> {
        self.tx.subscribe()
    }
}
