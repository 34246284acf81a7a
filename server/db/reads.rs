//! SQL of the operator reads that are not telemetry history: errors (with
//! filters, and resolving them), missions, reservations, the audit log, and
//! the active clients the registry starts with.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use tokio_postgres::Row;

use super::auth::{Audit, write_audit};
use super::{Store, StoreError, strip_nulls};
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

    /// Ids of every client that is not revoked.
    pub async fn active_clients(&self) -> Result<Vec<String>, StoreError> {
        let c = self.conn().await?;
        let rows = c.query("SELECT client_id FROM users WHERE revoked_at IS NULL", &[]).await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }
}
