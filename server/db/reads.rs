//! SQL of the operator reads that are not telemetry history: errors (with
//! filters, and resolving them), missions, reservations, the audit log, and
//! the active clients the registry starts with.

use chrono::{DateTime, Utc};
use serde_json::Value;
use tokio_postgres::Row;

use super::auth::{Audit, write_audit};
use super::{Store, StoreError, stored, stored_id, stored_json, stored_opt};
use crate::models::{AuditEntry, ErrorLocation, ErrorRecord, ErrorReport, Mission, Reservation};

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

/// An error record (and its sort key).
fn error_record(r: &Row) -> Result<(ErrorRecord, (DateTime<Utc>, i64)), StoreError> {
    let (lat, lon): (Option<f64>, Option<f64>) = (r.get(7), r.get(8));
    let at: DateTime<Utc> = r.get(2);
    let id: i64 = r.get(0);
    let record = ErrorRecord {
        error_id: stored_id(id)?,
        vehicle_id: stored(r.get(1))?,
        received_at: r.get(3),
        report: ErrorReport {
            timestamp: at,
            code: stored(r.get(4))?,
            severity: stored(r.get(5))?,
            subsystem: stored(r.get(6))?,
            location: lat.zip(lon).map(|(lat, lon)| ErrorLocation { lat, lon }),
            description: stored(r.get(9))?,
        },
        resolved_at: r.get(10),
        resolved_by: r.get(11),
    };
    Ok((record, (at, id)))
}

/// What resolving an error did.
pub enum Resolved {
    Done(Box<ErrorRecord>),
    AlreadyResolved,
    NotFound,
}

const MISSION_COLUMNS: &str = "mission_id, vehicle_id, reservation_id, status, priority, pickup, destination, \
                               created_at, start_time, end_time, command_id";

/// A mission (and its sort key).
fn mission(r: &Row) -> Result<(Mission, (DateTime<Utc>, String)), StoreError> {
    let created: DateTime<Utc> = r.get(7);
    let id: String = r.get(0);
    let mission = Mission {
        mission_id: id.clone(),
        vehicle_id: stored(r.get(1))?,
        reservation_id: r.get(2),
        status: stored(r.get(3))?,
        priority: stored(r.get(4))?,
        pickup: stored_json(r.get(5))?,
        destination: stored_json(r.get(6))?,
        created_at: created,
        start_time: r.get(8),
        end_time: r.get(9),
        command_id: r.get(10),
    };
    Ok((mission, (created, id)))
}

const RESERVATION_COLUMNS: &str = "reservation_id, pickup, destination, pickup_after, customer_ref, status, mission_id, created_at";

/// A reservation (and its sort key).
fn reservation(r: &Row) -> Result<(Reservation, (DateTime<Utc>, String)), StoreError> {
    let created: DateTime<Utc> = r.get(7);
    let id: String = r.get(0);
    let reservation = Reservation {
        reservation_id: id.clone(),
        pickup: stored_json(r.get(1))?,
        destination: stored_json(r.get(2))?,
        pickup_after: r.get(3),
        customer_ref: r.get(4),
        status: stored(r.get(5))?,
        mission_id: r.get(6),
        created_at: created,
    };
    Ok((reservation, (created, id)))
}

/// A page of records of one kind, with each record's sort key.
pub type Keyed<T, K> = Vec<(T, K)>;

impl Store {
    pub async fn error_list(
        &self,
        f: &ErrorFilter<'_>,
    ) -> Result<Keyed<ErrorRecord, (DateTime<Utc>, i64)>, StoreError> {
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
            rows.iter().map(error_record).collect()
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
                    Ok(Resolved::Done(Box::new(error_record(&r)?.0)))
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
    ) -> Result<Keyed<Mission, (DateTime<Utc>, String)>, StoreError> {
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
            rows.iter().map(mission).collect()
        })
        .await
    }

    pub async fn mission_get(&self, mission_id: &str) -> Result<Option<Mission>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let sql = format!("SELECT {MISSION_COLUMNS} FROM missions WHERE mission_id = $1");
            c.query_opt(&sql, &[&mission_id]).await?.map(|r| Ok(mission(&r)?.0)).transpose()
        })
        .await
    }

    pub async fn reservation_list(
        &self,
        status: Option<String>,
        before: Option<(DateTime<Utc>, String)>,
        limit: i64,
    ) -> Result<Keyed<Reservation, (DateTime<Utc>, String)>, StoreError> {
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
            rows.iter().map(reservation).collect()
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
    ) -> Result<Option<Reservation>, StoreError> {
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
            Ok(Some(reservation(&r)?.0))
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
    ) -> Result<Keyed<AuditEntry, i64>, StoreError> {
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
            rows.iter()
                .map(|r| {
                    let id: i64 = r.get(0);
                    let entry = AuditEntry {
                        audit_id: stored_id(id)?,
                        at: r.get(1),
                        actor: r.get(2),
                        action: r.get(3),
                        vehicle_id: stored_opt(r.get(4))?,
                        target: r.get(5),
                        details: stored_json(r.get(6))?,
                        request_id: r.get(7),
                    };
                    Ok((entry, id))
                })
                .collect()
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
