//! The internal event bus: every committed telemetry message and every alert
//! is published here once; the live channel (WebSocket and SSE sessions)
//! subscribes. Publishing never blocks: a subscriber that falls more than
//! `CAPACITY` events behind loses the oldest and is told so by `broadcast`.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use tokio::sync::broadcast;

use crate::db::telemetry::Kind;
use crate::models::Alert;

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
}

impl Event {
    pub fn vehicle_id(&self) -> &str {
        match self {
            Event::Telemetry { vehicle_id, .. } => vehicle_id,
            Event::Alert(a) => a.vehicle_id.as_str(),
        }
    }
}

/// In-process fan-out of events. Cheap to clone.
#[derive(Clone)]
pub struct Bus {
    tx: broadcast::Sender<Arc<Event>>,
}

impl Default for Bus {
    fn default() -> Self {
        Bus { tx: broadcast::channel(CAPACITY).0 }
    }
}

impl Bus {
    /// Publish to whoever listens now (nobody listening is fine).
    pub fn publish(&self, event: Event) {
        let _ = self.tx.send(Arc::new(event));
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Event>> {
        self.tx.subscribe()
    }
}
