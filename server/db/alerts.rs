//! SQL of alerts: raising one (a repeat of the alert in force for the same
//! vehicle and kind counts instead of adding a row, whichever instance
//! raises it), clearing, acknowledging (with its audit record) and the list.

use chrono::{DateTime, Utc};
use tokio_postgres::Row;
use uuid::Uuid;

use super::auth::{Audit, write_audit};
use super::{Store, StoreError, stored, stored_opt};
use crate::models::{Alert, AlertKind, AlertStatus, ErrorSeverity, VehicleState};

const COLUMNS: &str = "alert_id, vehicle_id, kind, severity, status, vehicle_state, error_code, \
                       command_id, message, count, raised_at, last_raised_at, acknowledged_at, \
                       acknowledged_by, cleared_at";

fn alert(r: &Row) -> Result<Alert, StoreError> {
    Ok(Alert {
        alert_id: r.get(0),
        vehicle_id: stored(r.get(1))?,
        kind: stored(r.get(2))?,
        severity: stored(r.get(3))?,
        status: stored(r.get(4))?,
        state: stored_opt(r.get(5))?,
        error_code: r.get(6),
        command_id: r.get(7),
        message: r.get(8),
        count: std::num::NonZeroU64::new(r.get::<_, i32>(9).max(1) as u64).expect("at least 1"),
        raised_at: r.get(10),
        last_raised_at: r.get(11),
        acknowledged_at: r.get(12),
        acknowledged_by: r.get(13),
        cleared_at: r.get(14),
    })
}

/// An alert to raise.
pub struct Raise<'a> {
    pub vehicle_id: &'a str,
    pub kind: AlertKind,
    pub severity: ErrorSeverity,
    pub state: Option<VehicleState>,
    pub error_code: Option<&'a str>,
    pub command_id: Option<Uuid>,
    pub message: &'a str,
    pub at: DateTime<Utc>,
}

/// What raising did: a new alert, a repeat of the one in force, or nothing
/// (`repeat_counts` off and one was in force).
pub enum Raised {
    New(Alert),
    Repeat(Alert),
    AlreadyInForce,
}

/// Filters of the alert list.
pub struct AlertFilter<'a> {
    pub vehicle_id: Option<&'a str>,
    pub kind: Option<AlertKind>,
    pub severity: Option<ErrorSeverity>,
    pub status: Option<AlertStatus>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    /// Continue after (last_raised_at, alert_id), newest first.
    pub before: Option<(DateTime<Utc>, Uuid)>,
    pub limit: i64,
}

/// What acknowledging did.
pub enum Acknowledged {
    Done(Box<Alert>),
    Cleared,
    NotFound,
}

impl Store {
    /// Raise an alert: a new one, or (when `repeat_counts`) one more repeat
    /// of the one in force for the vehicle and kind. The unique index on
    /// alerts in force makes this hold across instances.
    pub async fn alert_raise(
        &self,
        a: &Raise<'_>,
        repeat_counts: bool,
    ) -> Result<Raised, StoreError> {
        let on_conflict = if repeat_counts {
            "DO UPDATE SET count = alerts.count + 1, last_raised_at = EXCLUDED.last_raised_at, \
             message = EXCLUDED.message, severity = EXCLUDED.severity, \
             vehicle_state = EXCLUDED.vehicle_state, error_code = EXCLUDED.error_code, \
             command_id = EXCLUDED.command_id"
        } else {
            "DO NOTHING"
        };
        let sql = format!(
            "INSERT INTO alerts (alert_id, vehicle_id, kind, severity, vehicle_state, error_code, \
             command_id, message, raised_at, last_raised_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) \
             ON CONFLICT (vehicle_id, kind) WHERE status <> 'cleared' {on_conflict} \
             RETURNING {COLUMNS}, (xmax = 0) AS inserted"
        );
        let (kind, severity) = (a.kind.to_string(), a.severity.to_string());
        let state = a.state.map(|s| s.to_string());
        self.with_retry(|| async {
            let c = self.conn().await?;
            let row = c
                .query_opt(
                    &sql,
                    &[
                        &Uuid::new_v4(),
                        &a.vehicle_id,
                        &kind,
                        &severity,
                        &state,
                        &a.error_code,
                        &a.command_id,
                        &a.message,
                        &a.at,
                    ],
                )
                .await?;
            Ok(match row {
                None => Raised::AlreadyInForce,
                Some(r) if r.get::<_, bool>(15) => Raised::New(alert(&r)?),
                Some(r) => Raised::Repeat(alert(&r)?),
            })
        })
        .await
    }

    /// Clear the alert in force for the vehicle and kind, if any.
    pub async fn alert_clear(
        &self,
        vehicle_id: &str,
        kind: AlertKind,
    ) -> Result<Option<Alert>, StoreError> {
        let sql = format!(
            "UPDATE alerts SET status = 'cleared', cleared_at = now() \
             WHERE vehicle_id = $1 AND kind = $2 AND status <> 'cleared' RETURNING {COLUMNS}"
        );
        let kind = kind.to_string();
        self.with_retry(|| async {
            let c = self.conn().await?;
            c.query_opt(&sql, &[&vehicle_id, &kind]).await?.as_ref().map(alert).transpose()
        })
        .await
    }

    /// Acknowledge an alert for `actor`, with its audit record.
    pub async fn alert_acknowledge(
        &self,
        alert_id: Uuid,
        actor: &str,
        audit: &Audit<'_>,
    ) -> Result<Acknowledged, StoreError> {
        let sql = format!(
            "UPDATE alerts SET status = 'acknowledged', acknowledged_at = now(), acknowledged_by = $2 \
             WHERE alert_id = $1 AND status = 'open' RETURNING {COLUMNS}"
        );
        let current = format!("SELECT {COLUMNS} FROM alerts WHERE alert_id = $1");
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            if let Some(r) = tx.query_opt(&sql, &[&alert_id, &actor]).await? {
                write_audit(&tx, audit).await?;
                tx.commit().await?;
                return Ok(Acknowledged::Done(Box::new(alert(&r)?)));
            }
            Ok(match tx.query_opt(&current, &[&alert_id]).await? {
                None => Acknowledged::NotFound,
                Some(r) => {
                    let a = alert(&r)?;
                    if a.status == AlertStatus::Cleared {
                        Acknowledged::Cleared
                    } else {
                        Acknowledged::Done(Box::new(a))
                    }
                }
            })
        })
        .await
    }

    /// Alerts, most recently raised first, with each one's sort key.
    pub async fn alert_list(
        &self,
        f: &AlertFilter<'_>,
    ) -> Result<Vec<(Alert, (DateTime<Utc>, Uuid))>, StoreError> {
        let (bt, bid) = match f.before {
            Some((t, id)) => (Some(t), Some(id)),
            None => (None, None),
        };
        let sql = format!(
            "SELECT {COLUMNS} FROM alerts WHERE ($1::text IS NULL OR vehicle_id = $1) \
             AND ($2::text IS NULL OR kind = $2) AND ($3::text IS NULL OR severity = $3) \
             AND ($4::text IS NULL OR status = $4) \
             AND ($5::timestamptz IS NULL OR last_raised_at >= $5) AND ($6::timestamptz IS NULL OR last_raised_at < $6) \
             AND ($7::timestamptz IS NULL OR (last_raised_at, alert_id) < ($7, $8)) \
             ORDER BY last_raised_at DESC, alert_id DESC LIMIT $9"
        );
        let kind = f.kind.map(|k| k.to_string());
        let severity = f.severity.map(|s| s.to_string());
        let status = f.status.map(|s| s.to_string());
        self.with_retry(|| async {
            let c = self.conn().await?;
            let rows = c
                .query(
                    &sql,
                    &[
                        &f.vehicle_id,
                        &kind,
                        &severity,
                        &status,
                        &f.from,
                        &f.to,
                        &bt,
                        &bid,
                        &f.limit,
                    ],
                )
                .await?;
            rows.iter()
                .map(|r| {
                    let a = alert(r)?;
                    let key = (a.last_raised_at, a.alert_id);
                    Ok((a, key))
                })
                .collect()
        })
        .await
    }
}
