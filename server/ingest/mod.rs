//! Telemetry ingest, shared by the REST endpoints and (issue 4) the vehicle
//! socket: schema, clock window, catalogue, rate limit, state machines, then
//! the write (live messages through the batching writer, pipelined per
//! vehicle; uploads in one transaction), then the live state, events and
//! alerts, only after commit.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use chrono::{DateTime, SubsecRound, Utc};
use serde_json::{Value, json};
use tokio::sync::oneshot;

use crate::auth::authz::VehicleAccess;
use crate::config::Config;
use crate::db::Store;
use crate::db::alerts::Raise;
use crate::db::live::LiveState;
use crate::db::telemetry::{Derived, DockingTally, Kind, Stored, TelemetryRow, timestamp_of};
use crate::db::writer::{Order, Pending, Writer};
use crate::error::ApiError;
use crate::events::{Bus, Event};
use crate::limits::Rule;
use crate::models::{
    AlertKind, BulkMessage, BulkResult, ErrorReport, ErrorSeverity, IngestReceipt, VehicleState,
};
use crate::registry::VehicleEntry;
use crate::services::Services;
use crate::to_the_end::ToTheEnd;
use crate::validate::{self, rules};

pub mod bulk;
pub mod health;
pub mod state;

impl Kind {
    /// The contract's schema of this kind's body.
    pub fn schema(self) -> &'static str {
        match self {
            Kind::Location => "LocationReport",
            Kind::Status => "StatusReport",
            Kind::Battery => "BatteryReport",
            Kind::Error => "ErrorReport",
            Kind::Docking => "DockingReport",
        }
    }
}

/// Check one message body of `kind` against its schema and decode it, with
/// its timestamp cut to the microsecond PostgreSQL stores (so duplicate
/// detection compares what is stored). `what` names it in errors.
pub fn decode(
    kind: Kind,
    body: Value,
    what: &str,
) -> Result<(BulkMessage, Option<String>), ApiError> {
    let found = validate::violations(kind.schema(), &body);
    if !found.is_empty() {
        return Err(validate::rejection(kind.schema(), what, &found));
    }
    let raw_ts = body.get("timestamp").and_then(Value::as_str).map(str::to_owned);
    let mut msg = kind.message(body).map_err(|e| {
        ApiError::internal_error(format!(
            "{}: schema-valid body does not decode: {e}",
            kind.schema()
        ))
    })?;
    set_timestamp(&mut msg);
    Ok((msg, raw_ts))
}

fn set_timestamp(msg: &mut BulkMessage) {
    let t = match msg {
        BulkMessage::Location(r) => &mut r.timestamp,
        BulkMessage::Status(r) => &mut r.timestamp,
        BulkMessage::Battery(r) => &mut r.timestamp,
        BulkMessage::Error(r) => &mut r.timestamp,
        BulkMessage::Docking(r) => &mut r.timestamp,
    };
    *t = t.trunc_subsecs(6);
}

/// Rules beyond the schema that depend only on the message: the clock
/// window. (Error codes are the catalogue's by type: `VehicleErrorCode`.)
pub fn check_message(
    msg: &BulkMessage,
    raw_ts: Option<&str>,
    now: DateTime<Utc>,
    window: rules::Window,
) -> Result<(), ApiError> {
    rules::timestamp(raw_ts, timestamp_of(msg), now, window)
}

/// Ingest one live message for the vehicle `access` proves; `raw_ts` is
/// its timestamp as sent (checked for its `Z`). Answers once it is stored.
pub async fn live(
    services: &Services,
    access: &VehicleAccess,
    msg: BulkMessage,
    raw_ts: Option<&str>,
) -> Result<IngestReceipt, ApiError> {
    let (settle, decided, received_at) = queue(services, access, msg, raw_ts).await?;
    // Settled on the caller's task, without a hop to a task of its own;
    // if the caller is dropped half way, the rest runs in a tracked task.
    let settled = ToTheEnd::new(Box::pin(settle.run(decided)), &services.unfinished).await;
    settled.unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
    Ok(IngestReceipt { received_at })
}

/// Check, decide and queue one live message; what it returns answers once
/// the message is stored.
///
/// A vehicle's reports are pipelined: each is decided under the vehicle's
/// lock against the state its earlier reports in flight will leave, queued
/// for its group commit, and the lock is let go; they commit and settle
/// (live state, events, alerts, answer) in the order they were decided.
pub async fn queue_live(
    services: &Services,
    access: &VehicleAccess,
    msg: BulkMessage,
    raw_ts: Option<&str>,
) -> Result<Settling, ApiError> {
    let (settle, decided, received_at) = queue(services, access, msg, raw_ts).await?;
    // Settled in a task of its own: the caller answers later, and the
    // vehicle's later reports never wait for it to come back. Tracked: a
    // stop waits for it, as for a request's.
    Ok(Settling { task: services.unfinished.spawn(settle.run(decided)), received_at })
}

/// `queue_live` up to the settling: the message decided and queued, what
/// settles it, and when it was received.
async fn queue(
    services: &Services,
    access: &VehicleAccess,
    mut msg: BulkMessage,
    raw_ts: Option<&str>,
) -> Result<(Settle, Decided, DateTime<Utc>), ApiError> {
    let now = Utc::now();
    set_timestamp(&mut msg);
    check_message(&msg, raw_ts, now, rules::Window::Live)?;
    match &msg {
        BulkMessage::Location(_) => {
            services.limits.take(Rule::Location, access.vehicle_id()).await?
        }
        BulkMessage::Battery(_) => services.limits.take(Rule::Battery, access.vehicle_id()).await?,
        BulkMessage::Error(_) => {
            services.limits.take(Rule::ErrorFlood, access.vehicle_id()).await?
        }
        _ => {}
    }
    let row = TelemetryRow { vehicle_id: access.vehicle_id().into(), received_at: now, msg };
    let decided = decide(services, &access.vehicle, row).await?;
    let settle = Settle {
        store: services.store.clone(),
        bus: services.bus.clone(),
        log: services.log.clone(),
        config: services.config.clone(),
        vehicle: access.vehicle.clone(),
    };
    Ok((settle, decided, now))
}

/// A live message decided and queued.
pub struct Settling {
    task: tokio::task::JoinHandle<Result<(), ApiError>>,
    received_at: DateTime<Utc>,
}

impl Settling {
    /// The answer, once the message is committed and its effects are done
    /// (or it failed).
    pub async fn answer(self) -> Result<IngestReceipt, ApiError> {
        self.task
            .await
            .map_err(|e| ApiError::internal_error(format!("settling a report: {e}")))??;
        Ok(IngestReceipt { received_at: self.received_at })
    }
}

/// A report decided and queued, waiting for its commit and its turn.
struct Decided {
    row: TelemetryRow,
    queued: Queued,
}

/// What deciding a report gave besides the report itself.
struct Queued {
    derived: Vec<Derived>,
    stored: Pending,
    /// The report decided before this one settled.
    turn: Option<oneshot::Receiver<()>>,
    /// Sent when this one has settled.
    settled: oneshot::Sender<()>,
    /// The vehicle's state just before this report, as its alerts compare
    /// (decided in turn, so exactly the state its predecessors left).
    before: Before,
    /// Maintenance due once this report is stored.
    maintenance_due: bool,
}

/// Decide a report under the vehicle's lock: the state machines against
/// what its reports in flight will leave, what it derives, then queue it.
async fn decide(
    services: &Services,
    vehicle: &Arc<VehicleEntry>,
    row: TelemetryRow,
) -> Result<Decided, ApiError> {
    loop {
        let drained = vehicle.drained.notified();
        let mut drained = std::pin::pin!(drained);
        drained.as_mut().enable();
        let live = vehicle.live(&services.store).await?;
        if let Some(queued) = decide_now(services, vehicle, &live, &row)? {
            return Ok(Decided { row, queued });
        }
        // A report in flight failed after later ones were decided on it:
        // those fail too; decide again from what is stored once they have
        // all settled.
        drop(live);
        drained.await;
    }
}

/// `decide` with the live state locked; `None` while the reports in flight
/// follow one that failed.
fn decide_now(
    services: &Services,
    vehicle: &Arc<VehicleEntry>,
    live: &LiveState,
    row: &TelemetryRow,
) -> Result<Option<Queued>, ApiError> {
    let epoch = vehicle.epoch.load(Ordering::SeqCst);
    let mut lane = vehicle.lane.lock().expect("lane lock");
    if lane.pending.as_ref().is_some_and(|(_, at)| *at != epoch) {
        return Ok(None);
    }
    let state = lane.pending.as_ref().map_or(live, |(p, _)| p);
    let derived = machines(state, &row.vehicle_id, &row.msg)?;
    let before = Before {
        state: state.status.as_ref().map(|s| s.state),
        soc: state.battery.as_ref().map(|b| b.soc),
        maintenance_due: state.health.maintenance_due(&services.config.maintenance),
    };
    let slot = services.writer.reserve()?;
    let (written, after_this) = oneshot::channel();
    let order = Order {
        epoch: vehicle.epoch.clone(),
        at: epoch,
        seq: lane.decided,
        after: lane.written.take(),
        written,
    };
    let stored = slot.queue(row.clone(), derived.clone(), Some(order));
    lane.written = Some(after_this);
    lane.decided += 1;
    let mut next = match lane.pending.take() {
        Some((p, _)) => p,
        None => live.clone(),
    };
    next.apply(&row.msg);
    apply_derived(&mut next, derived.clone());
    let maintenance_due = next.health.maintenance_due(&services.config.maintenance);
    lane.pending = Some((next, epoch));
    lane.in_flight += 1;
    let (settled, tail) = oneshot::channel();
    let turn = lane.tail.replace(tail);
    Ok(Some(Queued { derived, stored, turn, settled, before, maintenance_due }))
}

/// The state machines' answer to a message, given the vehicle's state
/// before it, and the derived rows it writes with it.
fn machines(
    state: &LiveState,
    vehicle_id: &str,
    msg: &BulkMessage,
) -> Result<Vec<Derived>, ApiError> {
    Ok(match msg {
        BulkMessage::Status(r) => {
            rules::state_transition(
                state.status.as_ref().map(|s| s.state),
                r.state,
                state.resumed,
            )?;
            vec![]
        }
        BulkMessage::Docking(r) => {
            let previous = state.docking.as_ref().map(|d| d.0);
            rules::phase_transition(previous, r.phase)?;
            let mut tally = tally_of(state, vehicle_id, &r.station_id);
            tally.apply(previous, r.phase);
            vec![Derived::Docking(tally)]
        }
        BulkMessage::Battery(r) => {
            let mut health = state.health.clone();
            health.apply(r);
            vec![Derived::Health { vehicle_id: vehicle_id.into(), health }]
        }
        _ => vec![],
    })
}

/// What settling a report needs, owned so it runs in its own task.
struct Settle {
    store: Store,
    bus: Bus,
    log: slog::Logger,
    config: Arc<Config>,
    vehicle: Arc<VehicleEntry>,
}

impl Settle {
    /// Wait for the report's commit and for the reports decided before it
    /// to settle; then fold it into the live state, publish it and raise
    /// or clear its alerts. Its answer is the commit's.
    async fn run(self, d: Decided) -> Result<(), ApiError> {
        let Decided { row, queued: q } = d;
        let stored = Writer::answer(q.stored).await;
        if let Some(turn) = q.turn {
            // An error means that task ended without a word: its turn is over.
            let _ = turn.await;
        }
        let inserted = matches!(stored, Ok(Stored::Inserted { .. }));
        let mut live = self.vehicle.live_unloaded().await;
        // Unloaded (another instance wrote for the vehicle): the next
        // read loads it, this row included.
        if inserted && live.loaded {
            live.apply(&row.msg);
            apply_derived(&mut live, q.derived);
        }
        let drained = {
            let mut lane = self.vehicle.lane.lock().expect("lane lock");
            lane.in_flight -= 1;
            if lane.in_flight == 0 {
                lane.pending = None;
            }
            lane.in_flight == 0
        };
        drop(live);
        if drained {
            self.vehicle.drained.notify_waiters();
        }
        if inserted {
            publish(&self.bus, &row);
            let silence_ended = self.vehicle.set_offline_alert(false);
            let changes = alert_changes(
                &self.vehicle.vehicle_id,
                &row.msg,
                &q.before,
                q.maintenance_due,
                silence_ended,
                self.config.alert_battery_pct,
            );
            if !changes.is_empty() {
                // Boxed: kept inline, the alerts' database writes would make
                // every report's settling (a location's too) kilobytes larger.
                Box::pin(self.change_alerts(changes, row.received_at)).await;
            }
        }
        let _ = q.settled.send(());
        stored.map(|_| ()).map_err(ApiError::from)
    }

    /// Make the alert changes a committed live report decided, in order.
    async fn change_alerts(&self, changes: Vec<AlertChange>, at: DateTime<Utc>) {
        let sink = crate::alerts::Sink { store: &self.store, bus: &self.bus, log: &self.log };
        let vehicle_id = self.vehicle.vehicle_id.as_str();
        for change in changes {
            match change {
                AlertChange::Clear(kind) => sink.clear(vehicle_id, kind).await,
                AlertChange::Raise { kind, severity, message, state, error_code } => {
                    let alert = crate::alerts::alert(vehicle_id, kind, severity, &message, at);
                    let error_code = error_code.as_deref();
                    sink.raise(Raise { state, error_code, ..alert }).await;
                }
                AlertChange::Critical(r) => sink.raise_critical(vehicle_id, &r, at).await,
            }
        }
    }
}

/// One change a committed live report makes to its vehicle's alerts.
#[derive(Debug, PartialEq)]
enum AlertChange {
    /// Clear the alert of this kind in force, if any.
    Clear(AlertKind),
    Raise {
        kind: AlertKind,
        severity: ErrorSeverity,
        message: String,
        state: Option<VehicleState>,
        error_code: Option<String>,
    },
    /// Raise the alert for a CRITICAL error report.
    Critical(Box<ErrorReport>),
}

/// The alert changes a committed live report makes, in the order they are
/// made: the vehicle's silence ending (when `silence_ended`: its
/// `vehicle_offline` alert was in force), the state alerts on entering and
/// leaving `error` / `emergency_stop`, a CRITICAL error, the battery
/// crossing `battery_pct` (cleared `BATTERY_HYSTERESIS_PCT` above it), and
/// maintenance coming due or ending. Most reports (every location) make
/// none, and their settling then never touches the alerts.
fn alert_changes(
    vehicle_id: &str,
    msg: &BulkMessage,
    before: &Before,
    maintenance_due: bool,
    silence_ended: bool,
    battery_pct: Option<f64>,
) -> Vec<AlertChange> {
    use crate::alerts::BATTERY_HYSTERESIS_PCT as HYSTERESIS;
    let mut changes = Vec::new();
    if silence_ended {
        changes.push(AlertChange::Clear(AlertKind::VehicleOffline));
    }
    let warning = |kind, message| AlertChange::Raise {
        kind,
        severity: ErrorSeverity::Warning,
        message,
        state: None,
        error_code: None,
    };
    match msg {
        BulkMessage::Status(r) if before.state != Some(r.state) => {
            if let Some(kind) = before.state.and_then(crate::alerts::kind_of_state) {
                changes.push(AlertChange::Clear(kind));
            }
            let detail = r.error_message.as_ref().map(|m| m.as_str());
            if let Some((kind, severity, message)) =
                crate::alerts::for_state(vehicle_id, r.state, detail)
            {
                changes.push(AlertChange::Raise {
                    kind,
                    severity,
                    message,
                    state: Some(r.state),
                    error_code: r.error_code.as_ref().map(|c| c.to_string()),
                });
            }
        }
        BulkMessage::Error(r) if r.severity == ErrorSeverity::Critical => {
            changes.push(AlertChange::Critical(Box::new(r.clone())));
        }
        BulkMessage::Battery(r) => {
            if let Some(low) = battery_pct {
                let was_low = before.soc.is_some_and(|s| s < low);
                if r.soc < low && !was_low {
                    let message = format!("vehicle {vehicle_id}'s battery is at {} %", r.soc);
                    changes.push(warning(AlertKind::BatteryLow, message));
                } else if r.soc >= low + HYSTERESIS
                    && before.soc.is_some_and(|s| s < low + HYSTERESIS)
                {
                    changes.push(AlertChange::Clear(AlertKind::BatteryLow));
                }
            }
            if maintenance_due && !before.maintenance_due {
                let message = format!("vehicle {vehicle_id}'s battery needs maintenance");
                changes.push(warning(AlertKind::MaintenanceDue, message));
            } else if !maintenance_due && before.maintenance_due {
                changes.push(AlertChange::Clear(AlertKind::MaintenanceDue));
            }
        }
        _ => {}
    }
    changes
}

/// What the alert rules compare a live report with.
struct Before {
    state: Option<VehicleState>,
    soc: Option<f64>,
    maintenance_due: bool,
}

/// A vehicle's tally at a station, starting from what is stored.
fn tally_of(live: &LiveState, vehicle_id: &str, station: &str) -> DockingTally {
    live.docking_tallies.get(station).cloned().unwrap_or_else(|| DockingTally {
        vehicle_id: vehicle_id.into(),
        station_id: station.into(),
        ..Default::default()
    })
}

/// Fold committed derived rows into the live state.
fn apply_derived(live: &mut LiveState, derived: Vec<Derived>) {
    for d in derived {
        match d {
            Derived::Health { health, .. } => live.health = health,
            Derived::Docking(t) => {
                live.docking_tallies.insert(t.station_id.clone(), t);
            }
        }
    }
}

/// Publish a committed message to the live channel.
fn publish(bus: &Bus, row: &TelemetryRow) {
    bus.publish(Event::Telemetry {
        vehicle_id: row.vehicle_id.clone(),
        received_at: row.received_at,
        report: row.msg.clone(),
    });
}

/// Apply an upload's results to the live state and publish what is recent.
fn after_bulk(
    services: &Services,
    live: &mut LiveState,
    rows: &[TelemetryRow],
    stored: &[Stored],
    derived: Vec<Derived>,
    now: DateTime<Utc>,
) {
    for (row, s) in rows.iter().zip(stored) {
        if matches!(s, Stored::Inserted { .. }) {
            live.apply(&row.msg);
            // Live views get what is still live; old backlog only goes to storage.
            if timestamp_of(&row.msg) >= now - rules::LIVE_SKEW {
                publish(&services.bus, row);
            }
        }
    }
    apply_derived(live, derived);
}

/// The answer to an upload.
pub fn bulk_result(stored: &[Stored], processed: usize) -> BulkResult {
    let inserted = stored.iter().filter(|s| matches!(s, Stored::Inserted { .. })).count();
    BulkResult {
        processed: processed as u64,
        inserted: inserted as u64,
        skipped: (processed - inserted) as u64,
    }
}

/// 400 for message `index` of an upload: the message's own error, with the
/// index in the message and `details`.
pub fn at_index(index: usize, e: ApiError) -> ApiError {
    let mut e = e;
    e.message = format!("message {index}: {}", e.message);
    e.details.insert("index".into(), json!(index));
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::to_the_end::future_size;

    #[test]
    fn a_reports_settling_is_small_as_its_rare_alerts_are_boxed() {
        // Every live report's settling is boxed and moved whole; the alert
        // rules' database writes would make it about 3.8 KB.
        let size = future_size(&Settle::run);
        assert!(size <= 1536, "Settle::run's future is {size} bytes");
    }

    fn report(kind: Kind, body: Value) -> BulkMessage {
        kind.message(body).expect("a valid report")
    }

    fn status(state: &str) -> BulkMessage {
        let body = json!({"timestamp": "2026-12-06T10:00:00Z", "state": state,
            "error_code": "MOTOR_STALL", "error_message": "wheel 2"});
        report(Kind::Status, body)
    }

    fn battery(soc: f64) -> BulkMessage {
        report(
            Kind::Battery,
            json!({"timestamp": "2026-12-06T10:00:00Z", "soc": soc, "voltage": 48.0}),
        )
    }

    fn before(state: Option<VehicleState>, soc: Option<f64>, maintenance_due: bool) -> Before {
        Before { state, soc, maintenance_due }
    }

    /// `alert_changes` for `msg` with the battery threshold at 20 %.
    fn changes(
        msg: &BulkMessage,
        before: &Before,
        due: bool,
        silence_ended: bool,
    ) -> Vec<AlertChange> {
        alert_changes("AV-1", msg, before, due, silence_ended, Some(20.0))
    }

    fn kinds(changes: &[AlertChange]) -> Vec<(&'static str, AlertKind)> {
        changes
            .iter()
            .map(|c| match c {
                AlertChange::Clear(kind) => ("clear", *kind),
                AlertChange::Raise { kind, .. } => ("raise", *kind),
                AlertChange::Critical(_) => ("raise", AlertKind::CriticalError),
            })
            .collect()
    }

    #[test]
    fn a_location_changes_no_alert_unless_it_ends_a_silence() {
        let location = report(
            Kind::Location,
            json!({"timestamp": "2026-12-06T10:00:00Z", "latitude": 1.0, "longitude": 2.0,
                "heading": 90.0, "speed": 1.5, "accuracy": 0.5}),
        );
        let idle = before(Some(VehicleState::Idle), Some(50.0), false);
        assert_eq!(changes(&location, &idle, false, false), []);
        assert_eq!(
            kinds(&changes(&location, &idle, false, true)),
            [("clear", AlertKind::VehicleOffline)]
        );
    }

    #[test]
    fn entering_and_leaving_the_error_state_raise_and_clear_its_alert() {
        let idle = before(Some(VehicleState::Idle), None, false);
        let raised = changes(&status("error"), &idle, false, false);
        assert_eq!(
            raised,
            [AlertChange::Raise {
                kind: AlertKind::StateError,
                severity: ErrorSeverity::Error,
                message: "vehicle AV-1 entered the error state: wheel 2".into(),
                state: Some(VehicleState::Error),
                error_code: Some("MOTOR_STALL".into()),
            }]
        );
        // The same state again changes nothing; leaving it clears it.
        let in_error = before(Some(VehicleState::Error), None, false);
        assert_eq!(changes(&status("error"), &in_error, false, false), []);
        assert_eq!(
            kinds(&changes(&status("idle"), &in_error, false, false)),
            [("clear", AlertKind::StateError)]
        );
        // From error straight to emergency stop: one cleared, one raised,
        // after the silence's end.
        assert_eq!(
            kinds(&changes(&status("emergency_stop"), &in_error, false, true)),
            [
                ("clear", AlertKind::VehicleOffline),
                ("clear", AlertKind::StateError),
                ("raise", AlertKind::EmergencyStop)
            ]
        );
    }

    #[test]
    fn only_a_critical_error_report_raises_an_alert() {
        let error = |severity: &str| {
            let body = json!({"timestamp": "2026-12-06T10:00:00Z", "code": "BRAKE_FAULT",
                "severity": severity, "subsystem": "drive", "description": "brake 1"});
            report(Kind::Error, body)
        };
        let idle = before(Some(VehicleState::Idle), None, false);
        assert_eq!(changes(&error("ERROR"), &idle, false, false), []);
        let critical = changes(&error("CRITICAL"), &idle, false, false);
        assert!(
            matches!(&critical[..], [AlertChange::Critical(r)] if r.description.as_str() == "brake 1"),
            "{critical:?}"
        );
    }

    #[test]
    fn the_battery_alert_is_raised_below_the_threshold_and_cleared_above_its_hysteresis() {
        let ok = before(None, Some(50.0), false);
        let low = before(None, Some(15.0), false);
        assert_eq!(
            kinds(&changes(&battery(19.0), &ok, false, false)),
            [("raise", AlertKind::BatteryLow)]
        );
        // Still low, or back above the threshold but within the hysteresis: nothing.
        assert_eq!(changes(&battery(10.0), &low, false, false), []);
        assert_eq!(changes(&battery(24.0), &low, false, false), []);
        assert_eq!(
            kinds(&changes(&battery(25.0), &low, false, false)),
            [("clear", AlertKind::BatteryLow)]
        );
        // No threshold set: no battery alert at all.
        assert_eq!(alert_changes("AV-1", &battery(1.0), &ok, false, false, None), []);
    }

    #[test]
    fn maintenance_coming_due_raises_its_alert_and_its_end_clears_it() {
        let fine = before(None, Some(80.0), false);
        let due = before(None, Some(80.0), true);
        assert_eq!(
            kinds(&changes(&battery(80.0), &fine, true, false)),
            [("raise", AlertKind::MaintenanceDue)]
        );
        assert_eq!(changes(&battery(80.0), &due, true, false), []);
        assert_eq!(
            kinds(&changes(&battery(80.0), &due, false, false)),
            [("clear", AlertKind::MaintenanceDue)]
        );
    }
}
