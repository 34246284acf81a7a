//! SQL of the operator reads that are not telemetry history: errors (with
//! filters, and resolving them), missions, reservations, the audit log, and
//! the fleet warm-up that fills every vehicle's live state at start.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use tokio_postgres::Row;

use super::auth::{Audit, write_audit};
use super::vehicles::VehicleRow;
use super::{Store, StoreError, strip_nulls};
use crate::ingest::state::{LiveState, StatusNow};
use crate::models::{LatestBattery, LatestLocation};
use crate::validate::rules::rfc3339 as ts;

/// Filters of the error list.
pub struct ErrorFilter<'a> {
    pub vehicle_id: Option<&'a str>,
    pub severity: Option<String>,
    pub resolved: Option<bool>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    /// Continue after (timestamp, error_id), newest first.
    pub before: Option<(DateTime<Utc>, i64)>,
    pub limit: i64,
}

const ERROR_COLUMNS: &str = "error_id, vehicle_id, \"timestamp\", received_at, code, severity, subsystem, \
                             location_lat, location_lon, description, resolved_at, resolved_by";

/// An error record in the contract's `ErrorRecord` shape (and its sort key).
fn error_json(r: &Row) -> (Value, DateTime<Utc>, i64) {
    let (lat, lon): (Option<f64>, Option<f64>) = (r.get(7), r.get(8));
    let at: DateTime<Utc> = r.get(2);
    let id: i64 = r.get(0);
    let v = json!({
        "error_id": id,
        "vehicle_id": r.get::<_, String>(1),
        "received_at": ts(r.get(3)),
        "report": {
            "timestamp": ts(at),
            "code": r.get::<_, String>(4),
            "severity": r.get::<_, String>(5),
            "subsystem": r.get::<_, String>(6),
            "location": lat.zip(lon).map(|(lat, lon)| json!({"lat": lat, "lon": lon})),
            "description": r.get::<_, String>(9),
        },
        "resolved_at": r.get::<_, Option<DateTime<Utc>>>(10).map(ts),
        "resolved_by": r.get::<_, Option<String>>(11),
    });
    (strip_nulls(v), at, id)
}

/// What resolving an error did.
pub enum Resolved {
    Done(Value),
    AlreadyResolved,
    NotFound,
}

const MISSION_COLUMNS: &str = "mission_id, vehicle_id, reservation_id, status, priority, pickup, destination, \
                               created_at, start_time, end_time, command_id";

fn mission_json(r: &Row) -> (Value, DateTime<Utc>, String) {
    let created: DateTime<Utc> = r.get(7);
    let id: String = r.get(0);
    let v = json!({
        "mission_id": id,
        "vehicle_id": r.get::<_, String>(1),
        "reservation_id": r.get::<_, Option<String>>(2),
        "status": r.get::<_, String>(3),
        "priority": r.get::<_, String>(4),
        "pickup": r.get::<_, Value>(5),
        "destination": r.get::<_, Value>(6),
        "created_at": ts(created),
        "start_time": r.get::<_, Option<DateTime<Utc>>>(8).map(ts),
        "end_time": r.get::<_, Option<DateTime<Utc>>>(9).map(ts),
        "command_id": r.get::<_, uuid::Uuid>(10).to_string(),
    });
    (strip_nulls(v), created, id)
}

const RESERVATION_COLUMNS: &str = "reservation_id, pickup, destination, pickup_after, customer_ref, status, mission_id, created_at";

fn reservation_json(r: &Row) -> (Value, DateTime<Utc>, String) {
    let created: DateTime<Utc> = r.get(7);
    let id: String = r.get(0);
    let v = json!({
        "reservation_id": id,
        "pickup": r.get::<_, Value>(1),
        "destination": r.get::<_, Value>(2),
        "pickup_after": ts(r.get(3)),
        "customer_ref": r.get::<_, Option<String>>(4),
        "status": r.get::<_, String>(5),
        "mission_id": r.get::<_, Option<String>>(6),
        "created_at": ts(created),
    });
    (strip_nulls(v), created, id)
}

/// A page of rows of one kind, with each row's sort key.
pub type Keyed<K> = Vec<(Value, K)>;

impl Store {
    pub async fn error_list(
        &self,
        f: &ErrorFilter<'_>,
    ) -> Result<Keyed<(DateTime<Utc>, i64)>, StoreError> {
        let (bt, bid) = match f.before {
            Some((t, id)) => (Some(t), Some(id)),
            None => (None, None),
        };
        self.with_retry(|| async {
            let c = self.conn().await?;
            let sql = format!(
                "SELECT {ERROR_COLUMNS} FROM vehicle_errors WHERE ($1::text IS NULL OR vehicle_id = $1) \
                 AND ($2::text IS NULL OR severity = $2) \
                 AND ($3::bool IS NULL OR (resolved_at IS NOT NULL) = $3) \
                 AND ($4::timestamptz IS NULL OR \"timestamp\" >= $4) AND ($5::timestamptz IS NULL OR \"timestamp\" < $5) \
                 AND ($6::timestamptz IS NULL OR (\"timestamp\", error_id) < ($6, $7)) \
                 ORDER BY \"timestamp\" DESC, error_id DESC LIMIT $8"
            );
            let rows = c
                .query(&sql, &[&f.vehicle_id, &f.severity, &f.resolved, &f.from, &f.to, &bt, &bid, &f.limit])
                .await?;
            Ok(rows.iter().map(error_json).map(|(v, t, id)| (v, (t, id))).collect())
        })
        .await
    }

    /// Mark an error resolved by `actor`, once.
    pub async fn error_resolve(
        &self,
        error_id: i64,
        actor: &str,
        note: Option<&str>,
        audit: &Audit<'_>,
    ) -> Result<Resolved, StoreError> {
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            let sql = format!(
                "UPDATE vehicle_errors SET resolved_at = now(), resolved_by = $2, resolution_note = $3 \
                 WHERE error_id = $1 AND resolved_at IS NULL RETURNING {ERROR_COLUMNS}"
            );
            match tx.query_opt(&sql, &[&error_id, &actor, &note]).await? {
                Some(r) => {
                    write_audit(&tx, audit).await?;
                    tx.commit().await?;
                    Ok(Resolved::Done(error_json(&r).0))
                }
                None => {
                    let exists =
                        tx.query_opt("SELECT 1 FROM vehicle_errors WHERE error_id = $1", &[&error_id]).await?;
                    Ok(if exists.is_some() { Resolved::AlreadyResolved } else { Resolved::NotFound })
                }
            }
        })
        .await
    }

    pub async fn mission_list(
        &self,
        vehicle_id: Option<&str>,
        status: Option<String>,
        before: Option<(DateTime<Utc>, String)>,
        limit: i64,
    ) -> Result<Keyed<(DateTime<Utc>, String)>, StoreError> {
        let (bt, bid) = match &before {
            Some((t, id)) => (Some(*t), Some(id.as_str())),
            None => (None, None),
        };
        self.with_retry(|| async {
            let c = self.conn().await?;
            let sql = format!(
                "SELECT {MISSION_COLUMNS} FROM missions WHERE ($1::text IS NULL OR vehicle_id = $1) \
                 AND ($2::text IS NULL OR status = $2) \
                 AND ($3::timestamptz IS NULL OR (created_at, mission_id) < ($3, $4)) \
                 ORDER BY created_at DESC, mission_id DESC LIMIT $5"
            );
            let rows = c.query(&sql, &[&vehicle_id, &status, &bt, &bid, &limit]).await?;
            Ok(rows.iter().map(mission_json).map(|(v, t, id)| (v, (t, id))).collect())
        })
        .await
    }

    pub async fn mission_get(&self, mission_id: &str) -> Result<Option<Value>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let sql = format!("SELECT {MISSION_COLUMNS} FROM missions WHERE mission_id = $1");
            Ok(c.query_opt(&sql, &[&mission_id]).await?.map(|r| mission_json(&r).0))
        })
        .await
    }

    pub async fn reservation_list(
        &self,
        status: Option<String>,
        before: Option<(DateTime<Utc>, String)>,
        limit: i64,
    ) -> Result<Keyed<(DateTime<Utc>, String)>, StoreError> {
        let (bt, bid) = match &before {
            Some((t, id)) => (Some(*t), Some(id.as_str())),
            None => (None, None),
        };
        self.with_retry(|| async {
            let c = self.conn().await?;
            let sql = format!(
                "SELECT {RESERVATION_COLUMNS} FROM reservations WHERE ($1::text IS NULL OR status = $1) \
                 AND ($2::timestamptz IS NULL OR (created_at, reservation_id) < ($2, $3)) \
                 ORDER BY created_at DESC, reservation_id DESC LIMIT $4"
            );
            let rows = c.query(&sql, &[&status, &bt, &bid, &limit]).await?;
            Ok(rows.iter().map(reservation_json).map(|(v, t, id)| (v, (t, id))).collect())
        })
        .await
    }

    /// Create a reservation; `None` when the id is taken.
    #[allow(clippy::too_many_arguments)]
    pub async fn reservation_create(
        &self,
        id: &str,
        pickup: &Value,
        destination: &Value,
        pickup_after: DateTime<Utc>,
        customer_ref: Option<&str>,
        audit: &Audit<'_>,
    ) -> Result<Option<Value>, StoreError> {
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            let sql = format!(
                "INSERT INTO reservations (reservation_id, pickup, destination, pickup_after, customer_ref) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (reservation_id) DO NOTHING RETURNING {RESERVATION_COLUMNS}"
            );
            let Some(r) = tx.query_opt(&sql, &[&id, pickup, destination, &pickup_after, &customer_ref]).await? else {
                return Ok(None);
            };
            write_audit(&tx, audit).await?;
            tx.commit().await?;
            Ok(Some(reservation_json(&r).0))
        })
        .await
    }

    /// Audit entries, newest first, before `before_id`.
    pub async fn audit_list(
        &self,
        vehicle_id: Option<&str>,
        action: Option<&str>,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        before_id: Option<i64>,
        limit: i64,
    ) -> Result<Keyed<i64>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let rows = c
                .query(
                    "SELECT audit_id, at, actor, action, vehicle_id, target, details, request_id FROM audit_logs \
                     WHERE ($1::text IS NULL OR vehicle_id = $1) AND ($2::text IS NULL OR action = $2) \
                     AND ($3::timestamptz IS NULL OR at >= $3) AND ($4::timestamptz IS NULL OR at < $4) \
                     AND ($5::bigint IS NULL OR audit_id < $5) ORDER BY audit_id DESC LIMIT $6",
                    &[&vehicle_id, &action, &from, &to, &before_id, &limit],
                )
                .await?;
            Ok(rows
                .iter()
                .map(|r| {
                    let id: i64 = r.get(0);
                    let v = strip_nulls(json!({
                        "audit_id": id,
                        "at": ts(r.get(1)),
                        "actor": r.get::<_, String>(2),
                        "action": r.get::<_, String>(3),
                        "vehicle_id": r.get::<_, Option<String>>(4),
                        "target": r.get::<_, Option<String>>(5),
                        "details": r.get::<_, Value>(6),
                        "request_id": r.get::<_, Option<String>>(7),
                    }));
                    (v, id)
                })
                .collect())
        })
        .await
    }

    /// Every vehicle with its whole live state (latest status, location,
    /// battery and docking phase, battery health, docking tallies), in two
    /// queries (one index probe per vehicle and table), for the warm-up.
    pub async fn fleet_snapshot(&self) -> Result<Vec<(VehicleRow, LiveState)>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let rows = c
                .query(
                    "SELECT v.vehicle_id, v.name, v.created_at, v.decommissioned_at, \
                       s.state, s.\"timestamp\", l.\"timestamp\", l.latitude, l.longitude, l.heading, l.speed, \
                       b.\"timestamp\", b.soc, b.voltage, \
                       d.phase, d.station_id, d.\"timestamp\", \
                       h.cycle_count, h.readings, h.last_soc, h.last_reading_at, h.full_charge_voltage_initial, \
                       h.initial_samples, h.full_charge_voltage_recent, h.max_temperature \
                     FROM vehicles v \
                     LEFT JOIN battery_health h ON h.vehicle_id = v.vehicle_id \
                     LEFT JOIN LATERAL (SELECT phase, station_id, \"timestamp\" FROM vehicle_docking WHERE vehicle_id = v.vehicle_id \
                       ORDER BY \"timestamp\" DESC LIMIT 1) d ON true \
                     LEFT JOIN LATERAL (SELECT state, \"timestamp\" FROM vehicle_status WHERE vehicle_id = v.vehicle_id \
                       ORDER BY \"timestamp\" DESC LIMIT 1) s ON true \
                     LEFT JOIN LATERAL (SELECT \"timestamp\", latitude, longitude, heading, speed FROM vehicle_locations \
                       WHERE vehicle_id = v.vehicle_id ORDER BY \"timestamp\" DESC LIMIT 1) l ON true \
                     LEFT JOIN LATERAL (SELECT \"timestamp\", soc, voltage FROM vehicle_battery WHERE vehicle_id = v.vehicle_id \
                       ORDER BY \"timestamp\" DESC LIMIT 1) b ON true \
                     ORDER BY v.vehicle_id",
                    &[],
                )
                .await?;
            Ok(rows
                .iter()
                .map(|r| {
                    let vehicle = VehicleRow {
                        vehicle_id: r.get(0),
                        name: r.get(1),
                        created_at: r.get(2),
                        decommissioned_at: r.get(3),
                    };
                    let mut live = LiveState::default();
                    let state: Option<String> = r.get(4);
                    if let (Some(s), Some(t)) = (state.and_then(|s| s.parse().ok()), r.get::<_, Option<DateTime<Utc>>>(5)) {
                        live.status = Some(StatusNow { state: s, timestamp: t, since: t });
                    }
                    if let Some(t) = r.get::<_, Option<DateTime<Utc>>>(6) {
                        live.location = Some(LatestLocation {
                            timestamp: t,
                            latitude: r.get(7),
                            longitude: r.get(8),
                            heading: r.get(9),
                            speed: r.get(10),
                        });
                    }
                    if let Some(t) = r.get::<_, Option<DateTime<Utc>>>(11) {
                        live.battery = Some(LatestBattery { timestamp: t, soc: r.get(12), voltage: r.get(13) });
                    }
                    let phase: Option<String> = r.get(14);
                    if let (Some(p), Some(t)) = (phase.and_then(|p| p.parse().ok()), r.get::<_, Option<DateTime<Utc>>>(16)) {
                        live.docking = Some((p, r.get(15), t));
                    }
                    if let Some(cycles) = r.get::<_, Option<f64>>(17) {
                        live.health = crate::ingest::health::HealthState {
                            cycle_count: cycles,
                            readings: r.get(18),
                            last_soc: r.get(19),
                            last_reading_at: r.get(20),
                            full_charge_voltage_initial: r.get(21),
                            initial_samples: r.get(22),
                            full_charge_voltage_recent: r.get(23),
                            max_temperature: r.get(24),
                        };
                    }
                    (vehicle, live)
                })
                .collect())
        })
        .await
    }

    /// Docking tallies of every vehicle, by vehicle.
    pub async fn docking_tallies(
        &self,
    ) -> Result<std::collections::HashMap<String, Vec<super::telemetry::DockingTally>>, StoreError>
    {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let rows = c
                .query(
                    "SELECT vehicle_id, station_id, attempts, succeeded, failed FROM docking_stats",
                    &[],
                )
                .await?;
            let mut out: std::collections::HashMap<String, Vec<super::telemetry::DockingTally>> =
                Default::default();
            for r in rows {
                let t = super::telemetry::DockingTally {
                    vehicle_id: r.get(0),
                    station_id: r.get(1),
                    attempts: r.get(2),
                    succeeded: r.get(3),
                    failed: r.get(4),
                };
                out.entry(t.vehicle_id.clone()).or_default().push(t);
            }
            Ok(out)
        })
        .await
    }

    /// Ids of every client that is not revoked.
    pub async fn active_clients(&self) -> Result<Vec<String>, StoreError> {
        let c = self.conn().await?;
        let rows = c.query("SELECT client_id FROM users WHERE revoked_at IS NULL", &[]).await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }
}
