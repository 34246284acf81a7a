//! SQL of commands and the missions and reservations they drive: store a
//! command (with its mission, reservation link, audit record and the offline
//! queue's cap in one transaction), the delivery queue of a vehicle, status
//! changes, acknowledgements, and reads.

use chrono::{DateTime, Utc};
use serde_json::Value;
use tokio_postgres::Row;
use tokio_postgres::types::ToSql;
use uuid::Uuid;

use super::auth::{Audit, write_audit};
use super::{Store, StoreError, stored};
use crate::models::{CommandKind, CommandPriority, CommandState};

/// A command as stored.
#[derive(Debug, Clone)]
pub struct CommandRow {
    pub command_id: Uuid,
    pub seq: i64,
    pub vehicle_id: String,
    pub command: CommandKind,
    pub params: Value,
    pub priority: CommandPriority,
    pub status: CommandState,
    pub issued_by: String,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub attempts: i32,
    pub updated_at: DateTime<Utc>,
    pub reason: Option<String>,
    pub detail: Option<String>,
}

/// The columns `command_row` reads, for `concat!` in constant statements.
macro_rules! columns {
    () => {
        "command_id, seq, vehicle_id, command, params, priority, status, issued_by, \
         issued_at, expires_at, attempts, updated_at, reason, detail"
    };
}
const COLUMNS: &str = columns!();

fn command_row(r: &Row) -> Result<CommandRow, StoreError> {
    Ok(CommandRow {
        command_id: r.get(0),
        seq: r.get(1),
        vehicle_id: r.get(2),
        command: stored(r.get(3))?,
        params: r.get(4),
        priority: stored(r.get(5))?,
        status: stored(r.get(6))?,
        issued_by: r.get(7),
        issued_at: r.get(8),
        expires_at: r.get(9),
        attempts: r.get(10),
        updated_at: r.get(11),
        reason: r.get(12),
        detail: r.get(13),
    })
}

/// Rows as command rows.
fn command_rows(rows: &[Row]) -> Result<Vec<CommandRow>, StoreError> {
    rows.iter().map(command_row).collect()
}

/// The states as the database stores them.
fn state_names(states: &[CommandState]) -> Vec<String> {
    states.iter().map(ToString::to_string).collect()
}

/// Store a command as `queued`, unless its id is taken.
const STORE_SQL: &str = concat!(
    "INSERT INTO commands (command_id, vehicle_id, command, params, priority, status, issued_by, expires_at) \
     VALUES ($1, $2, $3, $4, $5, 'queued', $6, $7) ON CONFLICT (command_id) DO NOTHING RETURNING ",
    columns!()
);

/// Cut a vehicle's offline queue to `$2`: drop the oldest queued commands
/// but emergency stops.
const CUT_SQL: &str = concat!(
    "UPDATE commands SET status = 'dropped', reason = 'the offline queue is full', updated_at = now() \
     WHERE command_id IN (SELECT command_id FROM commands WHERE vehicle_id = $1 \
       AND status = 'queued' AND command <> 'emergency_stop' ORDER BY seq \
       LIMIT greatest(0, (SELECT count(*) FROM commands WHERE vehicle_id = $1 AND status = 'queued') - $2)) \
     RETURNING ",
    columns!()
);

/// Mark a vehicle's expired undelivered commands `timed_out`.
const EXPIRE_SQL: &str = concat!(
    "UPDATE commands SET status = 'timed_out', reason = 'expired before delivery', updated_at = now() \
     WHERE vehicle_id = $1 AND status IN ('queued', 'sent') AND expires_at < now() RETURNING ",
    columns!()
);

/// A vehicle's undelivered commands, emergency stops first, then by issue.
const PENDING_SQL: &str = concat!(
    "SELECT ",
    columns!(),
    " FROM commands WHERE vehicle_id = $1 AND status IN ('queued', 'sent') \
     ORDER BY (command = 'emergency_stop') DESC, seq"
);

/// Move a command to `$3` if its status is one of `$2`.
const MARK_SQL: &str = concat!(
    "UPDATE commands SET status = $3, attempts = coalesce($4, attempts), \
     reason = coalesce($5, reason), updated_at = now() \
     WHERE command_id = $1 AND status = ANY($2) RETURNING ",
    columns!()
);

/// Apply a vehicle's acknowledgement to its command if the status allows.
const ACK_SQL: &str = concat!(
    "UPDATE commands SET status = $4, reason = $5, detail = $6, updated_at = now() \
     WHERE command_id = $1 AND vehicle_id = $2 AND status = ANY($3) RETURNING ",
    columns!()
);

/// A command to store.
pub struct NewCommand<'a> {
    pub command_id: Uuid,
    pub vehicle_id: &'a str,
    pub command: CommandKind,
    pub params: &'a Value,
    pub priority: CommandPriority,
    pub issued_by: &'a str,
    pub expires_at: DateTime<Utc>,
}

/// Why a command was not stored, or what storing it did.
#[derive(Debug)]
pub enum Stored {
    /// Stored as `queued`; `dropped` are older queued commands pushed out of
    /// the full offline queue.
    Queued {
        row: Box<CommandRow>,
        dropped: Vec<CommandRow>,
    },
    DuplicateCommand,
    DuplicateMission,
    ReservationUnavailable,
}

impl Store {
    /// Store a command as `queued`: a dispatch also creates its mission (and
    /// assigns its reservation), an emergency stop is audited, and the
    /// vehicle's queue is cut to `queue_cap` (oldest first, emergency stops
    /// kept) — all in one transaction.
    pub async fn command_store(
        &self,
        c: &NewCommand<'_>,
        audit: Option<&Audit<'_>>,
        queue_cap: i64,
    ) -> Result<Stored, StoreError> {
        self.with_retry(|| async {
            let mut conn = self.conn().await?;
            let tx = conn.transaction().await?;
            let store = tx.prepare_cached(STORE_SQL).await?;
            let cut = tx.prepare_cached(CUT_SQL).await?;
            let (command, priority) = (c.command.to_string(), c.priority.to_string());
            let stored = || async {
                let params: [&(dyn ToSql + Sync); 7] =
                    [&c.command_id, &c.vehicle_id, &command, c.params, &priority, &c.issued_by, &c.expires_at];
                Ok::<_, StoreError>(tx.query_opt(&store, &params).await?)
            };
            let cut_queue = || async { Ok::<_, StoreError>(tx.query(&cut, &[&c.vehicle_id, &queue_cap]).await?) };
            let audited = || async {
                match audit {
                    Some(a) => write_audit(&tx, a).await,
                    None => Ok(()),
                }
            };
            if c.command != CommandKind::Dispatch {
                // Nothing between the insert and the cut depends on an
                // answer: the statements go out together, one round trip,
                // and run in the order sent (the cut counts the new command).
                let (row, dropped, ()) = futures::try_join!(stored(), cut_queue(), audited())?;
                let Some(row) = row else { return Ok(Stored::DuplicateCommand) };
                tx.commit().await?;
                return Ok(Stored::Queued {
                    row: Box::new(command_row(&row)?),
                    dropped: command_rows(&dropped)?,
                });
            }
            let Some(row) = stored().await? else { return Ok(Stored::DuplicateCommand) };
            let mission_id = c.params["mission_id"].as_str().unwrap_or_default();
            let reservation = c.params["reservation_id"].as_str();
            let made = tx
                .execute(
                    "INSERT INTO missions (mission_id, vehicle_id, reservation_id, command_id, status, \
                     priority, pickup, destination) VALUES ($1, $2, $3, $4, 'pending', $5, $6, $7) \
                     ON CONFLICT (mission_id) DO NOTHING",
                    &[&mission_id, &c.vehicle_id, &reservation, &c.command_id, &priority,
                      &c.params["pickup"], &c.params["destination"]],
                )
                .await;
            match made {
                Ok(0) => return Ok(Stored::DuplicateMission),
                Ok(_) => {}
                // The reservation does not exist (foreign key).
                Err(e) if e.code() == Some(&tokio_postgres::error::SqlState::FOREIGN_KEY_VIOLATION) => {
                    return Ok(Stored::ReservationUnavailable);
                }
                Err(e) => return Err(e.into()),
            }
            if let Some(r) = reservation {
                let n = tx
                    .execute(
                        "UPDATE reservations SET status = 'assigned', mission_id = $2 \
                         WHERE reservation_id = $1 AND status = 'pending'",
                        &[&r, &mission_id],
                    )
                    .await?;
                if n == 0 {
                    return Ok(Stored::ReservationUnavailable);
                }
            }
            audited().await?;
            let dropped = cut_queue().await?;
            tx.commit().await?;
            Ok(Stored::Queued { row: Box::new(command_row(&row)?), dropped: command_rows(&dropped)? })
        })
        .await
    }

    /// A vehicle's undelivered commands in delivery order: emergency stops
    /// first, then in the order they were issued. Expired ones are first
    /// marked `timed_out` and returned apart.
    pub async fn commands_pending(
        &self,
        vehicle_id: &str,
    ) -> Result<(Vec<CommandRow>, Vec<CommandRow>), StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let expire = c.prepare_cached(EXPIRE_SQL).await?;
            let pending = c.prepare_cached(PENDING_SQL).await?;
            // Sent together on one connection and run in that order: the
            // read sees what the first statement marked.
            let id: [&(dyn ToSql + Sync); 1] = [&vehicle_id];
            let (expired, pending) =
                futures::try_join!(c.query(&expire, &id), c.query(&pending, &id))?;
            Ok((command_rows(&pending)?, command_rows(&expired)?))
        })
        .await
    }

    /// A vehicle's dispatches it accepted and has not finished, oldest
    /// first (what the VDA 5050 bridge watches its orders for).
    pub async fn dispatches_running(
        &self,
        vehicle_id: &str,
    ) -> Result<Vec<CommandRow>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let sql = format!(
                "SELECT {COLUMNS} FROM commands WHERE vehicle_id = $1 \
                 AND command = 'dispatch' AND status = 'acknowledged' ORDER BY seq"
            );
            command_rows(&c.query(&sql, &[&vehicle_id]).await?)
        })
        .await
    }

    /// Move a command to `status` if it is in one of `from`; `None` otherwise.
    pub async fn command_mark(
        &self,
        command_id: Uuid,
        from: &[CommandState],
        status: CommandState,
        attempts: Option<i32>,
        reason: Option<&str>,
    ) -> Result<Option<CommandRow>, StoreError> {
        let (from, status) = (state_names(from), status.to_string());
        self.with_retry(|| async {
            let c = self.conn().await?;
            let stmt = c.prepare_cached(MARK_SQL).await?;
            let r = c.query_opt(&stmt, &[&command_id, &from, &status, &attempts, &reason]).await?;
            r.as_ref().map(command_row).transpose()
        })
        .await
    }

    /// Apply a vehicle's acknowledgement: the command's new status and what
    /// it means for its mission. `None` when the vehicle has no such command
    /// or the ack would move it backwards (a late `accepted` after
    /// `completed`).
    pub async fn command_ack(
        &self,
        vehicle_id: &str,
        command_id: Uuid,
        status: CommandState,
        reason: Option<&str>,
        detail: Option<&str>,
    ) -> Result<Option<CommandRow>, StoreError> {
        use CommandState as S;
        let from = match status {
            S::Acknowledged => state_names(&[S::Queued, S::Sent, S::TimedOut]),
            _ => state_names(&[S::Queued, S::Sent, S::Acknowledged, S::TimedOut]),
        };
        let status_name = status.to_string();
        self.with_retry(|| async {
            let mut conn = self.conn().await?;
            let tx = conn.transaction().await?;
            let stmt = tx.prepare_cached(ACK_SQL).await?;
            let Some(row) = tx
                .query_opt(&stmt, &[&command_id, &vehicle_id, &from, &status_name, &reason, &detail])
                .await?
            else {
                return Ok(None);
            };
            let row = command_row(&row)?;
            match (row.command, status) {
                (CommandKind::Dispatch, S::Acknowledged) => {
                    tx.execute(
                        "UPDATE missions SET status = 'active', start_time = coalesce(start_time, now()) \
                         WHERE command_id = $1 AND status = 'pending'",
                        &[&command_id],
                    )
                    .await?;
                }
                (CommandKind::Dispatch, S::Completed) => {
                    tx.execute(
                        "UPDATE missions SET status = 'completed', start_time = coalesce(start_time, now()), \
                         end_time = now() WHERE command_id = $1 AND status IN ('pending', 'active')",
                        &[&command_id],
                    )
                    .await?;
                    tx.execute(
                        "UPDATE reservations SET status = 'fulfilled' WHERE mission_id = \
                         (SELECT mission_id FROM missions WHERE command_id = $1) AND status = 'assigned'",
                        &[&command_id],
                    )
                    .await?;
                }
                (CommandKind::Dispatch, S::Rejected) => {
                    tx.execute(
                        "UPDATE missions SET status = 'failed', end_time = now() \
                         WHERE command_id = $1 AND status IN ('pending', 'active')",
                        &[&command_id],
                    )
                    .await?;
                }
                (CommandKind::Cancel, S::Acknowledged | S::Completed) => {
                    // Only this vehicle's mission, and its reservation only
                    // when that mission was cancelled here.
                    let mission = row.params["mission_id"].as_str().unwrap_or_default();
                    let cancelled = tx
                        .execute(
                            "UPDATE missions SET status = 'cancelled', end_time = now() \
                             WHERE mission_id = $1 AND vehicle_id = $2 AND status IN ('pending', 'active')",
                            &[&mission, &vehicle_id],
                        )
                        .await?;
                    if cancelled > 0 {
                        tx.execute(
                            "UPDATE reservations SET status = 'cancelled' WHERE mission_id = $1 AND status = 'assigned'",
                            &[&mission],
                        )
                        .await?;
                    }
                }
                _ => {}
            }
            tx.commit().await?;
            Ok(Some(row))
        })
        .await
    }

    /// Commands still waiting for their first send, issued at or after
    /// `since` (vehicle, command), oldest first: the cluster's safety net for
    /// relay notes Redis lost.
    pub async fn commands_queued_since(
        &self,
        since: DateTime<Utc>,
    ) -> Result<Vec<(String, Uuid)>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let sql = "SELECT vehicle_id, command_id FROM commands \
                       WHERE status = 'queued' AND issued_at >= $1 ORDER BY seq";
            let rows = c.query(sql, &[&since]).await?;
            Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
        })
        .await
    }

    /// The commands of `ids` last changed more than `settled` ago.
    pub async fn commands_settled(
        &self,
        ids: &[Uuid],
        settled: std::time::Duration,
    ) -> Result<Vec<CommandRow>, StoreError> {
        let settled = settled.as_secs_f64();
        self.with_retry(|| async {
            let c = self.conn().await?;
            // The database's clock: `updated_at` is set from it.
            let sql = format!(
                "SELECT {COLUMNS} FROM commands WHERE command_id = ANY($1) \
                 AND updated_at < now() - make_interval(secs => $2)"
            );
            command_rows(&c.query(&sql, &[&ids, &settled]).await?)
        })
        .await
    }

    /// One command of a vehicle.
    pub async fn command_get(
        &self,
        vehicle_id: &str,
        command_id: Uuid,
    ) -> Result<Option<CommandRow>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let sql =
                format!("SELECT {COLUMNS} FROM commands WHERE vehicle_id = $1 AND command_id = $2");
            c.query_opt(&sql, &[&vehicle_id, &command_id])
                .await?
                .as_ref()
                .map(command_row)
                .transpose()
        })
        .await
    }

    /// A vehicle's commands, newest first, issued in [from, to), before the
    /// cursor's `seq`.
    pub async fn command_list(
        &self,
        vehicle_id: &str,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        before_seq: Option<i64>,
        limit: i64,
    ) -> Result<Vec<CommandRow>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let sql = format!(
                "SELECT {COLUMNS} FROM commands WHERE vehicle_id = $1 \
                 AND ($2::timestamptz IS NULL OR issued_at >= $2) AND ($3::timestamptz IS NULL OR issued_at < $3) \
                 AND ($4::bigint IS NULL OR seq < $4) ORDER BY seq DESC LIMIT $5"
            );
            let rows = c.query(&sql, &[&vehicle_id, &from, &to, &before_seq, &limit]).await?;
            command_rows(&rows)
        })
        .await
    }
}
