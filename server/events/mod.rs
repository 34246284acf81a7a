//! The internal event bus: every committed telemetry message, alert,
//! command status change and vehicle connection change is published here
//! once and rendered into its wire envelope at most once. Subscribers
//! (WebSocket and SSE sessions) register which vehicles they follow; an
//! index by vehicle hands each event only to the sessions that want it, each
//! through its own bounded queue. Publishing never blocks: a subscriber more
//! than `CAPACITY` events behind loses them and is told so (its session then
//! closes it).

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, RwLock};

use bytes::Bytes;
use chrono::{DateTime, Utc};
use foldhash::{HashMap, HashSet};
use tokio::sync::mpsc;

use crate::db::telemetry::Kind;
use crate::models::{Alert, BulkMessage, CommandStatus, ConnectionEvent, LocationReport};
use crate::sockets::FrontendOutboundType;

/// Events one subscriber may fall behind before it loses some.
pub const CAPACITY: usize = 16_384;

/// Something that happened, after it was committed.
#[derive(Debug, Clone)]
pub enum Event {
    /// A telemetry message was stored (`report` is it as decoded).
    Telemetry { vehicle_id: String, received_at: DateTime<Utc>, report: BulkMessage },
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
        use FrontendOutboundType as T;
        match self {
            Event::Telemetry { report, .. } => match Kind::of(report) {
                Kind::Location => T::LocationUpdate,
                Kind::Status => T::StatusUpdate,
                Kind::Battery => T::BatteryUpdate,
                Kind::Error => T::ErrorReport,
                Kind::Docking => T::DockingUpdate,
            },
            Event::Alert(_) => T::Alert,
            Event::CommandStatus { .. } => T::CommandStatus,
            Event::Connection(_) => T::VehicleConnection,
        }
        .as_str()
    }

    /// The event's wire envelope, rendered straight from the event (no
    /// intermediate JSON tree: this runs once per committed message).
    fn render(&self) -> Bytes {
        self.render_as(uuid::Uuid::new_v4(), &Utc::now())
    }

    /// `render` with the envelope's id and time given. A telemetry event's
    /// payload is written as the envelope's head is: its `received_at`
    /// needs no escape (through serde, about 700 instructions).
    fn render_as(&self, id: uuid::Uuid, now: &DateTime<Utc>) -> Bytes {
        let wire_type = self.wire_type();
        match self {
            Event::Telemetry { vehicle_id, received_at, report } => {
                envelope_of(wire_type, id, now, |frame| {
                    frame.extend_from_slice(br#"{"vehicle_id":"#);
                    serde_json::to_writer(&mut *frame, vehicle_id).expect("JSON serializes");
                    frame.extend_from_slice(br#","received_at":""#);
                    tvm_client::time::append(received_at, frame);
                    frame.extend_from_slice(br#"","report":"#);
                    match report {
                        BulkMessage::Location(r) => append_location(r, frame),
                        _ => serde_json::to_writer(&mut *frame, &Body(report))
                            .expect("JSON serializes"),
                    }
                    frame.push(b'}');
                })
            }
            Event::Alert(a) => envelope_of(wire_type, id, now, serialized(a)),
            Event::CommandStatus { status, .. } => {
                envelope_of(wire_type, id, now, serialized(status))
            }
            Event::Connection(c) => envelope_of(wire_type, id, now, serialized(c)),
        }
    }
}

/// A telemetry message as its body alone (`BulkMessage` is tagged with its
/// kind, which the envelope's `type` carries instead).
struct Body<'a>(&'a BulkMessage);

impl serde::Serialize for Body<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            BulkMessage::Location(r) => r.serialize(s),
            BulkMessage::Status(r) => r.serialize(s),
            BulkMessage::Battery(r) => r.serialize(s),
            BulkMessage::Error(r) => r.serialize(s),
            BulkMessage::Docking(r) => r.serialize(s),
        }
    }
}

/// A location report as serde writes it (the model's field order, its
/// numbers through serde_json's own formatter), written directly: the
/// reports most often published. Through serde each key was escaped a
/// byte at a time: about 2,900 instructions a report. The
/// fields are named all at once, so a field the contract adds to the model
/// does not build until it is written here too.
fn append_location(report: &LocationReport, out: &mut Vec<u8>) {
    let LocationReport { accuracy, altitude, heading, latitude, longitude, speed, timestamp } =
        report;
    out.extend_from_slice(br#"{"accuracy":"#);
    append_number(*accuracy, out);
    if let Some(altitude) = altitude {
        out.extend_from_slice(br#","altitude":"#);
        append_number(*altitude, out);
    }
    for (key, value) in [
        (&br#","heading":"#[..], heading),
        (br#","latitude":"#, latitude),
        (br#","longitude":"#, longitude),
        (br#","speed":"#, speed),
    ] {
        out.extend_from_slice(key);
        append_number(*value, out);
    }
    out.extend_from_slice(br#","timestamp":""#);
    tvm_client::time::append(timestamp, out);
    out.extend_from_slice(br#""}"#);
}

/// A number as serde_json writes an `f64`: `null` unless it is finite.
fn append_number(value: f64, out: &mut Vec<u8>) {
    use serde_json::ser::Formatter;
    if value.is_finite() {
        serde_json::ser::CompactFormatter.write_f64(out, value).expect("writing to memory");
    } else {
        out.extend_from_slice(b"null");
    }
}

/// A telemetry message's body as a JSON tree (the cluster relay's form).
pub fn body_json(report: &BulkMessage) -> serde_json::Value {
    serde_json::to_value(Body(report)).expect("models serialize")
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
        self.frame.get_or_init(|| self.event.render())
    }
}

/// A server → client envelope with a fresh id and the current time.
pub fn envelope(wire_type: &str, payload: impl serde::Serialize) -> Bytes {
    envelope_of(wire_type, uuid::Uuid::new_v4(), &Utc::now(), serialized(payload))
}

/// What writes `payload` into a frame through serde.
fn serialized(payload: impl serde::Serialize) -> impl FnOnce(&mut Vec<u8>) {
    move |frame| serde_json::to_writer(frame, &payload).expect("JSON serializes")
}

/// The envelope `{"type","id","timestamp","payload"}`, the payload written
/// by `payload`. Its head is written directly: a uuid and a timestamp
/// never need escaping, and through serde the head took about 1,900
/// instructions of a location event's 6,700.
fn envelope_of(
    wire_type: &str,
    id: uuid::Uuid,
    timestamp: &DateTime<Utc>,
    payload: impl FnOnce(&mut Vec<u8>),
) -> Bytes {
    // A telemetry event's frame is 300–400 bytes: room for it at once, so
    // the writer does not grow (and copy) the buffer twice on the way.
    let mut frame = Vec::with_capacity(FRAME_CAPACITY);
    frame.extend_from_slice(br#"{"type":"#);
    serde_json::to_writer(&mut frame, wire_type).expect("JSON serializes");
    frame.extend_from_slice(br#","id":""#);
    frame.extend_from_slice(
        id.hyphenated().encode_lower(&mut uuid::Uuid::encode_buffer()).as_bytes(),
    );
    frame.extend_from_slice(br#"","timestamp":""#);
    tvm_client::time::append(timestamp, &mut frame);
    frame.extend_from_slice(br#"","payload":"#);
    payload(&mut frame);
    frame.push(b'}');
    Bytes::from(frame)
}

/// The room an envelope is rendered into at first.
const FRAME_CAPACITY: usize = 512;

/// The vehicles a subscriber follows (`*`: all of them).
#[derive(Debug, Clone, Default)]
pub struct Subscriptions {
    all: bool,
    ids: BTreeSet<String>,
}

impl Subscriptions {
    pub fn of(ids: &[&str]) -> Self {
        let mut s = Subscriptions::default();
        s.add(ids.iter().map(|s| s.to_string()));
        s
    }

    pub fn add(&mut self, ids: impl IntoIterator<Item = String>) {
        for id in ids {
            if id == "*" {
                self.all = true;
            } else {
                self.ids.insert(id);
            }
        }
    }

    /// `*` clears everything, including `*` itself.
    pub fn remove(&mut self, ids: impl IntoIterator<Item = String>) {
        for id in ids {
            if id == "*" {
                self.all = false;
                self.ids.clear();
            } else {
                self.ids.remove(&id);
            }
        }
    }

    pub fn follows(&self, vehicle_id: &str) -> bool {
        self.all || self.ids.contains(vehicle_id)
    }

    /// How many vehicles are followed by id (`*` aside).
    pub fn count(&self) -> usize {
        self.ids.len()
    }

    pub fn list(&self) -> Vec<String> {
        if self.all {
            let mut v = vec!["*".to_string()];
            v.extend(self.ids.iter().cloned());
            v
        } else {
            self.ids.iter().cloned().collect()
        }
    }
}

/// One subscriber's queue as the index holds it.
struct Entry {
    tx: mpsc::Sender<Arc<Published>>,
    missed: Arc<AtomicU64>,
    subs: Subscriptions,
}

/// Who wants what: subscribers by id, those following everything, and
/// those following each vehicle (a `*` subscriber is only in `all`).
#[derive(Default)]
struct Index {
    entries: HashMap<u64, Entry>,
    all: HashSet<u64>,
    by_vehicle: HashMap<String, HashSet<u64>>,
}

impl Index {
    fn unindex(&mut self, id: u64, subs: &Subscriptions) {
        self.all.remove(&id);
        for v in &subs.ids {
            if let Some(set) = self.by_vehicle.get_mut(v) {
                set.remove(&id);
                if set.is_empty() {
                    self.by_vehicle.remove(v);
                }
            }
        }
    }

    fn index(&mut self, id: u64, subs: &Subscriptions) {
        if subs.all {
            self.all.insert(id);
        } else {
            for v in &subs.ids {
                self.by_vehicle.entry(v.clone()).or_default().insert(id);
            }
        }
    }

    fn offer(&self, id: u64, p: &Arc<Published>) {
        if let Some(e) = self.entries.get(&id)
            && e.tx.try_send(p.clone()).is_err()
        {
            e.missed.fetch_add(1, Ordering::Relaxed);
        }
    }
}

struct BusInner {
    index: RwLock<Index>,
    published: AtomicU64,
    /// Where this instance's events also go (the cluster relay), if anywhere.
    relay: OnceLock<mpsc::Sender<Arc<Published>>>,
    /// Where the alerts this instance publishes (not relayed ones) also go
    /// (the alert mailer), if anywhere.
    local_alerts: OnceLock<mpsc::Sender<Alert>>,
    relay_dropped: AtomicU64,
}

/// In-process fan-out of events. Cheap to clone.
#[derive(Clone)]
pub struct Bus {
    inner: Arc<BusInner>,
}

impl Default for Bus {
    fn default() -> Self {
        Bus {
            inner: Arc::new(BusInner {
                index: RwLock::new(Index::default()),
                published: AtomicU64::new(0),
                relay: OnceLock::new(),
                local_alerts: OnceLock::new(),
                relay_dropped: AtomicU64::new(0),
            }),
        }
    }
}

impl Bus {
    /// Hand `event` to every subscriber that wants it now (nobody is fine).
    pub fn publish(&self, event: Event) {
        self.inner.published.fetch_add(1, Ordering::Relaxed);
        if let (Event::Alert(a), Some(tx)) = (&event, self.inner.local_alerts.get()) {
            let _ = tx.try_send(a.clone());
        }
        let p = Arc::new(Published { event, frame: OnceLock::new() });
        self.deliver(&p);
        if let Some(relay) = self.inner.relay.get()
            && relay.try_send(p).is_err()
        {
            self.inner.relay_dropped.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Hand an event another instance published (with the envelope it
    /// rendered, so every instance sends the same id) to local subscribers.
    pub fn deliver_relayed(&self, event: Event, frame: Bytes) {
        self.deliver(&Arc::new(Published { event, frame: OnceLock::from(frame) }));
    }

    /// Hand an event to local subscribers only (a status the cluster's
    /// sweep read back from the database; the other instances have it).
    pub fn deliver_here(&self, event: Event) {
        self.deliver(&Arc::new(Published { event, frame: OnceLock::new() }));
    }

    /// Also send every event published from now on to `relay`.
    pub fn relay_to(&self, relay: mpsc::Sender<Arc<Published>>) {
        let _ = self.inner.relay.set(relay);
    }

    /// Also send every alert published here from now on to `tx` (never
    /// blocking: a full channel loses the copy).
    pub fn local_alerts_to(&self, tx: mpsc::Sender<Alert>) {
        let _ = self.inner.local_alerts.set(tx);
    }

    /// Events the relay could not take (it was full).
    pub fn relay_dropped(&self) -> u64 {
        self.inner.relay_dropped.load(Ordering::Relaxed)
    }

    fn deliver(&self, p: &Arc<Published>) {
        let index = self.inner.index.read().expect("bus index lock");
        // Alerts reach every operator and admin, subscribed or not.
        if let Event::Alert(_) = &p.event {
            for id in index.entries.keys() {
                index.offer(*id, p);
            }
            return;
        }
        let vehicle = p.event.vehicle_id();
        for id in &index.all {
            index.offer(*id, p);
        }
        if let Some(set) = index.by_vehicle.get(vehicle) {
            for id in set {
                index.offer(*id, p);
            }
        }
        // The session that sent a command hears about it even when it does
        // not follow the vehicle.
        if let Event::CommandStatus { origin: Some(o), .. } = &p.event
            && index.entries.get(o).is_some_and(|e| !e.subs.follows(vehicle))
        {
            index.offer(*o, p);
        }
    }

    /// Events published since start.
    pub fn published(&self) -> u64 {
        self.inner.published.load(Ordering::Relaxed)
    }

    /// Sessions and streams subscribed now.
    pub fn subscribers(&self) -> usize {
        self.inner.index.read().expect("bus index lock").entries.len()
    }

    /// Start receiving what `subs` asks for, as subscriber `id` (the session
    /// id, so a command's status finds the session that sent it).
    pub fn subscribe(&self, id: u64, subs: Subscriptions) -> Subscriber {
        let (tx, rx) = mpsc::channel(CAPACITY);
        let missed = Arc::new(AtomicU64::new(0));
        let mut index = self.inner.index.write().expect("bus index lock");
        index.index(id, &subs);
        index.entries.insert(id, Entry { tx, missed: missed.clone(), subs: subs.clone() });
        Subscriber {
            following: Following { id, subs, bus: self.clone() },
            feed: Feed { rx, missed },
        }
    }
}

/// Why a subscriber gets no more events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// It fell `CAPACITY` behind and this many events were lost.
    Lagged(u64),
}

/// One subscriber: what it follows and its queue of events. Dropping it
/// unsubscribes. A WebSocket session splits it (`into_parts`): the session
/// keeps what it follows and changes it, its socket's writer takes the
/// events straight from the queue.
pub struct Subscriber {
    following: Following,
    feed: Feed,
}

impl Subscriber {
    /// The next event, or why there will be none.
    pub async fn recv(&mut self) -> Result<Arc<Published>, Ended> {
        self.feed.recv().await
    }

    pub fn into_parts(self) -> (Following, Feed) {
        (self.following, self.feed)
    }
}

/// What a subscriber follows. Dropping it unsubscribes (its `Feed` then
/// gets nothing more).
pub struct Following {
    id: u64,
    subs: Subscriptions,
    bus: Bus,
}

impl Following {
    pub fn subscriptions(&self) -> &Subscriptions {
        &self.subs
    }

    /// Follow `subs` instead; events published afterwards follow them.
    pub fn follow(&mut self, subs: Subscriptions) {
        let mut index = self.bus.inner.index.write().expect("bus index lock");
        index.unindex(self.id, &self.subs);
        self.subs = subs;
        index.index(self.id, &self.subs);
        if let Some(e) = index.entries.get_mut(&self.id) {
            e.subs = self.subs.clone();
        }
    }
}

impl Drop for Following {
    fn drop(&mut self) {
        let mut index = self.bus.inner.index.write().expect("bus index lock");
        index.unindex(self.id, &self.subs);
        index.entries.remove(&self.id);
    }
}

/// A subscriber's queue of events.
pub struct Feed {
    rx: mpsc::Receiver<Arc<Published>>,
    missed: Arc<AtomicU64>,
}

impl Feed {
    /// The next event, or why there will be none. Once the subscriber's
    /// `Following` is dropped and the queue is empty, never ready.
    pub async fn recv(&mut self) -> Result<Arc<Published>, Ended> {
        self.lagged()?;
        match self.rx.recv().await {
            Some(p) => Ok(p),
            None => std::future::pending().await,
        }
    }

    /// The next event if one is already waiting (so a burst can be written
    /// to a socket with one flush), or why there will be none.
    pub fn try_recv(&mut self) -> Result<Option<Arc<Published>>, Ended> {
        self.lagged()?;
        Ok(self.rx.try_recv().ok())
    }

    fn lagged(&self) -> Result<(), Ended> {
        match self.missed.load(Ordering::Relaxed) {
            0 => Ok(()),
            n => Err(Ended::Lagged(n)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// The envelope as serde writes it from the contract's field order.
    fn through_serde(
        wire_type: &str,
        id: uuid::Uuid,
        timestamp: DateTime<Utc>,
        payload: impl serde::Serialize,
    ) -> Vec<u8> {
        #[derive(serde::Serialize)]
        struct Envelope<'a, P> {
            #[serde(rename = "type")]
            wire_type: &'a str,
            id: uuid::Uuid,
            #[serde(serialize_with = "tvm_client::time::serialize")]
            timestamp: DateTime<Utc>,
            payload: P,
        }
        serde_json::to_vec(&Envelope { wire_type, id, timestamp, payload }).unwrap()
    }

    #[test]
    fn an_envelope_is_written_as_serde_writes_it() {
        let id = uuid::Uuid::from_u128(0x0123_4567_89ab_cdef_fedc_ba98_7654_3210);
        let times = [
            Utc.with_ymd_and_hms(2026, 12, 7, 4, 0, 0).unwrap(),
            Utc.timestamp_opt(1_780_000_000, 123_456_000).unwrap(),
            Utc.with_ymd_and_hms(12_345, 6, 7, 8, 9, 10).unwrap(),
        ];
        let report = Event::Telemetry {
            vehicle_id: "V-\"1\"".into(),
            received_at: times[1],
            report: BulkMessage::Location(crate::models::LocationReport {
                accuracy: 0.5,
                altitude: None,
                heading: 90.0,
                latitude: 52.5,
                longitude: -13.25,
                speed: 1e-7,
                timestamp: times[0],
            }),
        };
        let Event::Telemetry { report: BulkMessage::Location(location), .. } = &report else {
            unreachable!()
        };
        for t in times {
            for wire_type in ["location_update", "a \"quoted\" type"] {
                let payload = serde_json::json!({"vehicle_id": "V-1", "nested": {"n": 1}});
                assert_eq!(
                    envelope_of(wire_type, id, &t, serialized(&payload)).as_ref(),
                    through_serde(wire_type, id, t, &payload).as_slice(),
                );
                assert_eq!(
                    envelope_of(wire_type, id, &t, serialized(location)).as_ref(),
                    through_serde(wire_type, id, t, location).as_slice(),
                );
            }
            // A telemetry event's frame, as serde writes its payload.
            #[derive(serde::Serialize)]
            struct Telemetry<'a> {
                vehicle_id: &'a str,
                #[serde(serialize_with = "tvm_client::time::serialize")]
                received_at: &'a DateTime<Utc>,
                report: Body<'a>,
            }
            let Event::Telemetry { vehicle_id, received_at, report: body } = &report else {
                unreachable!()
            };
            for received_at in [received_at, &t] {
                let event = Event::Telemetry {
                    vehicle_id: vehicle_id.clone(),
                    received_at: *received_at,
                    report: body.clone(),
                };
                let payload = Telemetry { vehicle_id, received_at, report: Body(body) };
                assert_eq!(
                    event.render_as(id, &t).as_ref(),
                    through_serde("location_update", id, t, payload).as_slice(),
                );
            }
        }
        // A location report's body, written directly, as serde writes it.
        let numbers =
            [0.0, -0.0, 1.0, 90.0, -13.25, 1e-7, 0.1 + 0.2, 1e21, 1.5e300, 5e-324, f64::MAX];
        let mut checked = 0;
        for (i, &x) in numbers.iter().enumerate() {
            for altitude in [None, Some(-x), Some(f64::NAN)] {
                let r = crate::models::LocationReport {
                    accuracy: x,
                    altitude,
                    heading: numbers[(i + 1) % numbers.len()],
                    latitude: numbers[(i + 2) % numbers.len()],
                    longitude: -x,
                    speed: if i == 0 { f64::INFINITY } else { x / 3.0 },
                    timestamp: times[i % times.len()],
                };
                let mut ours = Vec::new();
                append_location(&r, &mut ours);
                assert_eq!(
                    String::from_utf8(ours).unwrap(),
                    serde_json::to_string(&r).unwrap(),
                    "{r:?}"
                );
                checked += 1;
            }
        }
        assert_eq!(checked, 33);
        // The event's own frame: the envelope of its body, as JSON.
        let frame: serde_json::Value = serde_json::from_slice(&report.render()).unwrap();
        assert_eq!(frame["type"], "location_update");
        assert_eq!(frame["payload"]["vehicle_id"], "V-\"1\"");
        assert_eq!(frame["payload"]["report"]["longitude"], -13.25);
    }
}
