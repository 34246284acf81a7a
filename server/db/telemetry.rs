//! SQL of telemetry: multi-row inserts of each kind (`unnest` arrays, one
//! statement per kind per batch, duplicates skipped by primary key) and the
//! derived battery-health and docking-statistics rows. Used by the batching
//! writer (live messages) and by bulk uploads.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use deadpool_postgres::GenericClient;

use super::{StoreError, minutes};
use crate::models::BulkMessage;

/// The running battery-health state of one vehicle (one `battery_health` row).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HealthState {
    pub cycle_count: f64,
    pub readings: i64,
    pub last_soc: Option<f64>,
    pub last_reading_at: Option<DateTime<Utc>>,
    pub full_charge_voltage_initial: Option<f64>,
    pub initial_samples: i32,
    pub full_charge_voltage_recent: Option<f64>,
    pub max_temperature: Option<f64>,
}

/// One telemetry message of one vehicle, ready to store.
#[derive(Debug, Clone)]
pub struct TelemetryRow {
    pub vehicle_id: String,
    pub received_at: DateTime<Utc>,
    pub msg: BulkMessage,
}

/// The kind of a telemetry message, as named on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Location,
    Status,
    Battery,
    Error,
    Docking,
}

impl Kind {
    pub const ALL: [Kind; 5] =
        [Kind::Location, Kind::Status, Kind::Battery, Kind::Error, Kind::Docking];

    /// The kind a wire name (`"location"` …) stands for.
    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// A body of this kind decoded into its message (unchecked: the
    /// schema's rules beyond the types are `validate`'s).
    pub fn message(self, body: serde_json::Value) -> Result<BulkMessage, serde_json::Error> {
        match self {
            Kind::Location => serde_json::from_value(body).map(BulkMessage::Location),
            Kind::Status => serde_json::from_value(body).map(BulkMessage::Status),
            Kind::Battery => serde_json::from_value(body).map(BulkMessage::Battery),
            Kind::Error => serde_json::from_value(body).map(BulkMessage::Error),
            Kind::Docking => serde_json::from_value(body).map(BulkMessage::Docking),
        }
    }

    pub fn of(msg: &BulkMessage) -> Kind {
        match msg {
            BulkMessage::Location(_) => Kind::Location,
            BulkMessage::Status(_) => Kind::Status,
            BulkMessage::Battery(_) => Kind::Battery,
            BulkMessage::Error(_) => Kind::Error,
            BulkMessage::Docking(_) => Kind::Docking,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Location => "location",
            Kind::Status => "status",
            Kind::Battery => "battery",
            Kind::Error => "error",
            Kind::Docking => "docking",
        }
    }
}

/// The `timestamp` of any telemetry message.
pub fn timestamp_of(msg: &BulkMessage) -> DateTime<Utc> {
    match msg {
        BulkMessage::Location(r) => r.timestamp,
        BulkMessage::Status(r) => r.timestamp,
        BulkMessage::Battery(r) => r.timestamp,
        BulkMessage::Error(r) => r.timestamp,
        BulkMessage::Docking(r) => r.timestamp,
    }
}

/// Derived rows written with the telemetry that caused them, as absolute
/// values (so a retried write is idempotent).
#[derive(Debug, Clone)]
pub enum Derived {
    Health { vehicle_id: String, health: HealthState },
    Docking(DockingTally),
}

/// Docking outcomes of one vehicle at one station.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DockingTally {
    pub vehicle_id: String,
    pub station_id: String,
    pub attempts: i64,
    pub succeeded: i64,
    pub failed: i64,
}

/// What happened to one row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Stored {
    /// Written; errors carry their new `error_id`.
    Inserted { error_id: Option<i64> },
    /// Already stored (same vehicle, kind and timestamp): skipped.
    Duplicate,
}

/// A stored row's key: its vehicle and timestamp.
type Key<'a> = (&'a str, DateTime<Utc>);

impl super::Store {
    /// Store one vehicle's upload in one transaction: every row (duplicates
    /// skipped), then the derived rows `derive` computes from what was new.
    /// Retried as a whole on transient failures.
    pub async fn bulk_write<F>(
        &self,
        rows: &[TelemetryRow],
        derive: F,
    ) -> Result<Vec<Stored>, StoreError>
    where
        F: Fn(&[Stored]) -> Vec<Derived>,
    {
        let refs: Vec<&TelemetryRow> = rows.iter().collect();
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            let stored = insert_rows(&tx, &refs, Utc::now()).await?;
            let derived = derive(&stored);
            upsert_derived(&tx, &derived.iter().collect::<Vec<_>>()).await?;
            tx.commit().await?;
            Ok(stored)
        })
        .await
    }
}

/// Insert `rows` (any kinds, any vehicles), skipping stored duplicates,
/// and mark the location minutes of rows that may be late at `now` (then
/// `tx` must be a transaction: see `needs_transaction`). Results are in the
/// order of `rows`.
pub(super) async fn insert_rows(
    tx: &impl GenericClient,
    rows: &[&TelemetryRow],
    now: DateTime<Utc>,
) -> Result<Vec<Stored>, StoreError> {
    let mut out = vec![Stored::Duplicate; rows.len()];
    for kind in Kind::ALL {
        let idx: Vec<usize> = (0..rows.len()).filter(|i| Kind::of(&rows[*i].msg) == kind).collect();
        if idx.is_empty() {
            continue;
        }
        let of_kind: Vec<&TelemetryRow> = idx.iter().map(|i| rows[*i]).collect();
        let returned = insert_kind(tx, kind, &of_kind).await?;
        // The rows written, by key, borrowed from what PostgreSQL returned.
        // A batch's own keys: foldhash, not SipHash, which took about 360
        // instructions a row to insert and as many to look up.
        let inserted: foldhash::HashMap<Key<'_>, Option<i64>> =
            returned.iter().map(|r| ((r.get(0), r.get(1)), r.get(2))).collect();
        if kind == Kind::Location {
            let late: Vec<Key<'_>> =
                inserted.keys().filter(|(_, at)| minutes::may_be_late(*at, now)).copied().collect();
            minutes::mark_late(tx, &late).await?;
        }
        for i in idx {
            let key = (rows[i].vehicle_id.as_str(), timestamp_of(&rows[i].msg));
            if let Some(error_id) = inserted.get(&key) {
                out[i] = Stored::Inserted { error_id: *error_id };
            }
        }
    }
    Ok(out)
}

/// Whether writing `rows` at `now` needs a transaction beyond its inserts:
/// a location that may be late is marked with it.
pub(super) fn needs_transaction(rows: &[&TelemetryRow], now: DateTime<Utc>) -> bool {
    rows.iter().any(
        |r| matches!(&r.msg, BulkMessage::Location(m) if minutes::may_be_late(m.timestamp, now)),
    )
}

/// Insert `rows`, all of `kind`, skipping stored duplicates; PostgreSQL's
/// rows for those written: vehicle, timestamp, and an error's new id.
async fn insert_kind(
    tx: &impl GenericClient,
    kind: Kind,
    rows: &[&TelemetryRow],
) -> Result<Vec<tokio_postgres::Row>, StoreError> {
    let vid: Vec<&str> = rows.iter().map(|r| r.vehicle_id.as_str()).collect();
    let ts: Vec<DateTime<Utc>> = rows.iter().map(|r| timestamp_of(&r.msg)).collect();
    let rx: Vec<DateTime<Utc>> = rows.iter().map(|r| r.received_at).collect();
    macro_rules! col {
        ($variant:ident, $e:expr) => {
            rows.iter()
                .map(|r| match &r.msg {
                    BulkMessage::$variant(m) => $e(m),
                    _ => unreachable!("rows are grouped by kind"),
                })
                .collect::<Vec<_>>()
        };
    }
    let returned = match kind {
        Kind::Location => {
            use crate::models::LocationReport as M;
            let stmt = tx
                .prepare_cached(
                    "INSERT INTO vehicle_locations (vehicle_id, \"timestamp\", received_at, latitude, \
                     longitude, heading, speed, accuracy, altitude) \
                     SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[], \
                     $4::float8[], $5::float8[], $6::float8[], $7::float8[], $8::float8[], $9::float8[]) \
                     ON CONFLICT DO NOTHING RETURNING vehicle_id, \"timestamp\", NULL::bigint",
                )
                .await?;
            tx.query(
                &stmt,
                &[
                    &vid,
                    &ts,
                    &rx,
                    &col!(Location, |m: &M| m.latitude),
                    &col!(Location, |m: &M| m.longitude),
                    &col!(Location, |m: &M| m.heading),
                    &col!(Location, |m: &M| m.speed),
                    &col!(Location, |m: &M| m.accuracy),
                    &col!(Location, |m: &M| m.altitude),
                ],
            )
            .await?
        }
        Kind::Status => {
            use crate::models::StatusReport as M;
            let stmt = tx
                .prepare_cached(
                    "INSERT INTO vehicle_status (vehicle_id, \"timestamp\", received_at, state, \
                     mission_id, error_code, error_message) \
                     SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[], \
                     $4::text[], $5::text[], $6::text[], $7::text[]) \
                     ON CONFLICT DO NOTHING RETURNING vehicle_id, \"timestamp\", NULL::bigint",
                )
                .await?;
            tx.query(
                &stmt,
                &[
                    &vid,
                    &ts,
                    &rx,
                    &col!(Status, |m: &M| m.state.to_string()),
                    &col!(Status, |m: &M| m.mission_id.as_ref().map(|s| s.to_string())),
                    &col!(Status, |m: &M| m.error_code.as_ref().map(|s| s.to_string())),
                    &col!(Status, |m: &M| m.error_message.as_ref().map(|s| s.to_string())),
                ],
            )
            .await?
        }
        Kind::Battery => {
            use crate::models::BatteryReport as M;
            let stmt = tx
                .prepare_cached(
                    "INSERT INTO vehicle_battery (vehicle_id, \"timestamp\", received_at, soc, \
                     voltage, current, temperature) \
                     SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[], \
                     $4::float8[], $5::float8[], $6::float8[], $7::float8[]) \
                     ON CONFLICT DO NOTHING RETURNING vehicle_id, \"timestamp\", NULL::bigint",
                )
                .await?;
            tx.query(
                &stmt,
                &[
                    &vid,
                    &ts,
                    &rx,
                    &col!(Battery, |m: &M| m.soc),
                    &col!(Battery, |m: &M| m.voltage),
                    &col!(Battery, |m: &M| m.current),
                    &col!(Battery, |m: &M| m.temperature),
                ],
            )
            .await?
        }
        Kind::Error => {
            use crate::models::ErrorReport as M;
            let stmt = tx
                .prepare_cached(
                    "INSERT INTO vehicle_errors (vehicle_id, \"timestamp\", received_at, code, \
                     severity, subsystem, location_lat, location_lon, description) \
                     SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[], \
                     $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::text[]) \
                     ON CONFLICT DO NOTHING RETURNING vehicle_id, \"timestamp\", error_id",
                )
                .await?;
            tx.query(
                &stmt,
                &[
                    &vid,
                    &ts,
                    &rx,
                    &col!(Error, |m: &M| m.code.to_string()),
                    &col!(Error, |m: &M| m.severity.to_string()),
                    &col!(Error, |m: &M| m.subsystem.to_string()),
                    &col!(Error, |m: &M| m.location.as_ref().map(|l| l.lat)),
                    &col!(Error, |m: &M| m.location.as_ref().map(|l| l.lon)),
                    &col!(Error, |m: &M| m.description.to_string()),
                ],
            )
            .await?
        }
        Kind::Docking => {
            use crate::models::DockingReport as M;
            let stmt = tx
                .prepare_cached(
                    "INSERT INTO vehicle_docking (vehicle_id, \"timestamp\", received_at, phase, \
                     station_id, mission_id) \
                     SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[], \
                     $4::text[], $5::text[], $6::text[]) \
                     ON CONFLICT DO NOTHING RETURNING vehicle_id, \"timestamp\", NULL::bigint",
                )
                .await?;
            tx.query(
                &stmt,
                &[
                    &vid,
                    &ts,
                    &rx,
                    &col!(Docking, |m: &M| m.phase.to_string()),
                    &col!(Docking, |m: &M| m.station_id.to_string()),
                    &col!(Docking, |m: &M| m.mission_id.as_ref().map(|s| s.to_string())),
                ],
            )
            .await?
        }
    };
    Ok(returned)
}

/// Write derived rows (absolute values, last one per key wins).
pub(super) async fn upsert_derived(
    tx: &impl GenericClient,
    derived: &[&Derived],
) -> Result<(), StoreError> {
    let mut seen = HashSet::new();
    // Later entries are newer: walk backwards and keep the first of each key.
    let mut health = Vec::new();
    let mut docking = Vec::new();
    for d in derived.iter().rev() {
        match d {
            Derived::Health { vehicle_id, health: h } => {
                if seen.insert(("h", vehicle_id.clone(), String::new())) {
                    health.push((vehicle_id, h));
                }
            }
            Derived::Docking(t) => {
                if seen.insert(("d", t.vehicle_id.clone(), t.station_id.clone())) {
                    docking.push(t);
                }
            }
        }
    }
    if !health.is_empty() {
        let stmt = tx
            .prepare_cached(
                "INSERT INTO battery_health (vehicle_id, cycle_count, readings, last_soc, \
                 full_charge_voltage_initial, initial_samples, full_charge_voltage_recent, \
                 max_temperature, last_reading_at, updated_at) \
                 SELECT *, now() FROM unnest($1::text[], $2::float8[], $3::int8[], $4::float8[], \
                 $5::float8[], $6::int4[], $7::float8[], $8::float8[], $9::timestamptz[]) \
                 ON CONFLICT (vehicle_id) DO UPDATE SET cycle_count = excluded.cycle_count, \
                 readings = excluded.readings, last_soc = excluded.last_soc, \
                 full_charge_voltage_initial = excluded.full_charge_voltage_initial, \
                 initial_samples = excluded.initial_samples, \
                 full_charge_voltage_recent = excluded.full_charge_voltage_recent, \
                 max_temperature = excluded.max_temperature, \
                 last_reading_at = excluded.last_reading_at, updated_at = now()",
            )
            .await?;
        let v: Vec<&str> = health.iter().map(|(id, _)| id.as_str()).collect();
        tx.execute(
            &stmt,
            &[
                &v,
                &health.iter().map(|(_, h)| h.cycle_count).collect::<Vec<_>>(),
                &health.iter().map(|(_, h)| h.readings).collect::<Vec<_>>(),
                &health.iter().map(|(_, h)| h.last_soc).collect::<Vec<_>>(),
                &health.iter().map(|(_, h)| h.full_charge_voltage_initial).collect::<Vec<_>>(),
                &health.iter().map(|(_, h)| h.initial_samples).collect::<Vec<_>>(),
                &health.iter().map(|(_, h)| h.full_charge_voltage_recent).collect::<Vec<_>>(),
                &health.iter().map(|(_, h)| h.max_temperature).collect::<Vec<_>>(),
                &health.iter().map(|(_, h)| h.last_reading_at).collect::<Vec<_>>(),
            ],
        )
        .await?;
    }
    if !docking.is_empty() {
        let stmt = tx
            .prepare_cached(
                "INSERT INTO docking_stats (vehicle_id, station_id, attempts, succeeded, failed) \
                 SELECT * FROM unnest($1::text[], $2::text[], $3::int8[], $4::int8[], $5::int8[]) \
                 ON CONFLICT (vehicle_id, station_id) DO UPDATE SET attempts = excluded.attempts, \
                 succeeded = excluded.succeeded, failed = excluded.failed",
            )
            .await?;
        tx.execute(
            &stmt,
            &[
                &docking.iter().map(|t| t.vehicle_id.as_str()).collect::<Vec<_>>(),
                &docking.iter().map(|t| t.station_id.as_str()).collect::<Vec<_>>(),
                &docking.iter().map(|t| t.attempts).collect::<Vec<_>>(),
                &docking.iter().map(|t| t.succeeded).collect::<Vec<_>>(),
                &docking.iter().map(|t| t.failed).collect::<Vec<_>>(),
            ],
        )
        .await?;
    }
    Ok(())
}

impl super::Store {
    /// Docking tallies, optionally of one vehicle and/or one station.
    pub async fn docking_stats(
        &self,
        vehicle_id: Option<&str>,
        station_id: Option<&str>,
    ) -> Result<Vec<DockingTally>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let rows = c
                .query(
                    "SELECT vehicle_id, station_id, attempts, succeeded, failed FROM docking_stats \
                     WHERE ($1::text IS NULL OR vehicle_id = $1) AND ($2::text IS NULL OR station_id = $2) \
                     ORDER BY vehicle_id, station_id",
                    &[&vehicle_id, &station_id],
                )
                .await?;
            Ok(rows
                .iter()
                .map(|r| DockingTally {
                    vehicle_id: r.get(0),
                    station_id: r.get(1),
                    attempts: r.get(2),
                    succeeded: r.get(3),
                    failed: r.get(4),
                })
                .collect())
        })
        .await
    }
}
