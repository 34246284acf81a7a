//! Telemetry ingest, shared by the REST endpoints and (issue 4) the vehicle
//! socket: schema, clock window, catalogue, rate limit, state machines, then
//! the write (live messages through the batching writer, uploads in one
//! transaction), then the live state, events and alerts, only after commit.

use chrono::{DateTime, SubsecRound, Utc};
use serde_json::{Value, json};

use crate::auth::authz::VehicleAccess;
use crate::db::alerts::Raise;
use crate::db::live::LiveState;
use crate::db::telemetry::{Derived, DockingTally, Kind, Stored, TelemetryRow, timestamp_of};
use crate::error::ApiError;
use crate::events::Event;
use crate::limits::Rule;
use crate::models::{
    AlertKind, BulkMessage, BulkResult, ErrorSeverity, IngestReceipt, VehicleState,
};
use crate::services::Services;
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
    let decoded = match kind {
        Kind::Location => serde_json::from_value(body).map(BulkMessage::Location),
        Kind::Status => serde_json::from_value(body).map(BulkMessage::Status),
        Kind::Battery => serde_json::from_value(body).map(BulkMessage::Battery),
        Kind::Error => serde_json::from_value(body).map(BulkMessage::Error),
        Kind::Docking => serde_json::from_value(body).map(BulkMessage::Docking),
    };
    let mut msg = decoded.map_err(|e| {
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
/// its timestamp as sent (checked for its `Z`).
pub async fn live(
    services: &Services,
    access: &VehicleAccess,
    mut msg: BulkMessage,
    raw_ts: Option<&str>,
) -> Result<IngestReceipt, ApiError> {
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
    let mut live = access.vehicle.live(&services.store).await?;
    let previous_state = live.status.as_ref().map(|s| s.state);
    let before = Before {
        state: previous_state,
        soc: live.battery.as_ref().map(|b| b.soc),
        maintenance_due: live.health.maintenance_due(&services.config.maintenance),
    };
    let derived = match &msg {
        BulkMessage::Status(r) => {
            rules::state_transition(previous_state, r.state, live.resumed)?;
            vec![]
        }
        BulkMessage::Docking(r) => {
            let previous = live.docking.as_ref().map(|d| d.0);
            rules::phase_transition(previous, r.phase)?;
            let mut tally = tally_of(&live, access.vehicle_id(), &r.station_id);
            tally.apply(previous, r.phase);
            vec![Derived::Docking(tally)]
        }
        BulkMessage::Battery(r) => {
            let mut health = live.health.clone();
            health.apply(r);
            vec![Derived::Health { vehicle_id: access.vehicle_id().into(), health }]
        }
        _ => vec![],
    };
    let row = TelemetryRow { vehicle_id: access.vehicle_id().into(), received_at: now, msg };
    let stored = services.writer.write(row.clone(), derived.clone()).await?;
    if let Stored::Inserted { .. } = stored {
        live.apply(&row.msg);
        apply_derived(&mut live, derived);
        let maintenance_due = live.health.maintenance_due(&services.config.maintenance);
        drop(live);
        publish(services, &row);
        alerts_of(services, access, &row, &before, maintenance_due).await;
    }
    Ok(IngestReceipt { received_at: now })
}

/// What the alert rules compare a live report with.
struct Before {
    state: Option<VehicleState>,
    soc: Option<f64>,
    maintenance_due: bool,
}

/// Raise and clear the alerts a committed live report changes: the state
/// alerts on entering and leaving `error` / `emergency_stop`, a CRITICAL
/// error, the battery crossing `TVM_ALERT_BATTERY_PCT`, maintenance coming
/// due, and the vehicle's silence ending.
async fn alerts_of(
    services: &Services,
    access: &VehicleAccess,
    row: &TelemetryRow,
    before: &Before,
    maintenance_due: bool,
) {
    let sink = crate::alerts::Sink::of(services);
    let vehicle_id = access.vehicle_id();
    if access.vehicle.set_offline_alert(false) {
        sink.clear(vehicle_id, AlertKind::VehicleOffline).await;
    }
    let at = row.received_at;
    match &row.msg {
        BulkMessage::Status(r) if before.state != Some(r.state) => {
            if let Some(kind) = before.state.and_then(crate::alerts::kind_of_state) {
                sink.clear(vehicle_id, kind).await;
            }
            let detail = r.error_message.as_ref().map(|m| m.as_str());
            if let Some((kind, severity, message)) =
                crate::alerts::for_state(vehicle_id, r.state, detail)
            {
                let error_code = r.error_code.as_ref().map(|c| c.to_string());
                let error_code = error_code.as_deref();
                let state = Some(r.state);
                sink.raise(Raise {
                    state,
                    error_code,
                    ..crate::alerts::alert(vehicle_id, kind, severity, &message, at)
                })
                .await;
            }
        }
        BulkMessage::Error(r) if r.severity == ErrorSeverity::Critical => {
            sink.raise_critical(vehicle_id, r, at).await;
        }
        BulkMessage::Battery(r) => {
            if let Some(low) = services.config.alert_battery_pct {
                let was_low = before.soc.is_some_and(|s| s < low);
                if r.soc < low && !was_low {
                    let message = format!("vehicle {vehicle_id}'s battery is at {} %", r.soc);
                    sink.raise(crate::alerts::alert(
                        vehicle_id,
                        AlertKind::BatteryLow,
                        ErrorSeverity::Warning,
                        &message,
                        at,
                    ))
                    .await;
                } else if r.soc >= low + crate::alerts::BATTERY_HYSTERESIS_PCT
                    && before.soc.is_some_and(|s| s < low + crate::alerts::BATTERY_HYSTERESIS_PCT)
                {
                    sink.clear(vehicle_id, AlertKind::BatteryLow).await;
                }
            }
            if maintenance_due && !before.maintenance_due {
                let message = format!("vehicle {vehicle_id}'s battery needs maintenance");
                let due = crate::alerts::alert(
                    vehicle_id,
                    AlertKind::MaintenanceDue,
                    ErrorSeverity::Warning,
                    &message,
                    at,
                );
                sink.raise(due).await;
            } else if !maintenance_due && before.maintenance_due {
                sink.clear(vehicle_id, AlertKind::MaintenanceDue).await;
            }
        }
        _ => {}
    }
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
fn publish(services: &Services, row: &TelemetryRow) {
    let report = match &row.msg {
        BulkMessage::Location(r) => serde_json::to_value(r),
        BulkMessage::Status(r) => serde_json::to_value(r),
        BulkMessage::Battery(r) => serde_json::to_value(r),
        BulkMessage::Error(r) => serde_json::to_value(r),
        BulkMessage::Docking(r) => serde_json::to_value(r),
    }
    .expect("models serialize");
    services.bus.publish(Event::Telemetry {
        vehicle_id: row.vehicle_id.clone(),
        kind: Kind::of(&row.msg),
        received_at: row.received_at,
        report,
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
                publish(services, row);
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
