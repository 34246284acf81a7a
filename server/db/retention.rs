//! SQL of retention: day partitions ahead of time, moving whole days of old
//! telemetry from a live table to its archive by detaching and attaching
//! partitions (rows caught in the DEFAULT partition are moved row-wise),
//! reading and deleting exported audit entries, and the job-run record.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;

use super::{Store, StoreError};

/// What archiving one table did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Archived {
    pub partitions: u64,
    pub rows: u64,
}

/// A recorded job run.
#[derive(Debug, Clone)]
pub struct JobRun {
    pub started_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    pub ok: Option<bool>,
    pub detail: Option<String>,
}

/// The advisory lock key one retention run holds across instances
/// ("tvm retention" as two 32-bit halves).
const RETENTION_LOCK: i64 = 0x7476_6d00_7265_746e;

/// The telemetry tables kept in day partitions.
const DAY_PARTITIONED: [&str; 3] = ["vehicle_locations", "vehicle_status", "vehicle_battery"];

/// How long a step that changes a table's partitions waits for a lock.
const LOCK_WAIT: &str = "SET LOCAL lock_timeout = '1s'";

/// Attempts at one such step before it fails (pauses of 0.5, 1, 2 and 4 s
/// between them).
const PARTITION_ATTEMPTS: usize = 5;

/// The retention lock, held on its own connection until `release`.
pub struct RetentionLock {
    conn: deadpool_postgres::Object,
}

impl RetentionLock {
    /// Release the lock. If that fails, the connection is closed rather
    /// than returned to the pool, which releases it too.
    pub async fn release(self) -> Result<(), StoreError> {
        let unlocked = self.conn.execute("SELECT pg_advisory_unlock($1)", &[&RETENTION_LOCK]).await;
        if unlocked.is_err() {
            drop(deadpool_postgres::Object::take(self.conn));
        }
        unlocked?;
        Ok(())
    }
}

impl Store {
    /// Take the cluster-wide retention lock if no other instance holds it
    /// (`None` then): one run at a time, whichever instance starts it.
    pub async fn retention_lock(&self) -> Result<Option<RetentionLock>, StoreError> {
        let conn = self.conn().await?;
        let got: bool =
            conn.query_one("SELECT pg_try_advisory_lock($1)", &[&RETENTION_LOCK]).await?.get(0);
        Ok(got.then_some(RetentionLock { conn }))
    }

    /// Make sure day partitions exist from yesterday to `ahead` days on.
    ///
    /// Each table is done in a transaction of its own, so this never holds
    /// one table's locks while it waits for another's: a reader of two
    /// tables (the fleet's warm-up at start reads status and locations)
    /// cannot close a circle with it. Attaching a day locks the table's
    /// DEFAULT partition exclusively, and readers queue behind that wait; see
    /// [`Store::bounded`] for how long it may wait.
    pub async fn ensure_partitions(&self, ahead: i32) -> Result<i64, StoreError> {
        let mut created = 0;
        for table in DAY_PARTITIONED {
            created += self.bounded(|| self.ensure_table_partitions(table, ahead)).await?;
        }
        Ok(created)
    }

    async fn ensure_table_partitions(&self, table: &str, ahead: i32) -> Result<i64, StoreError> {
        let mut c = self.conn().await?;
        let tx = c.transaction().await?;
        tx.batch_execute(LOCK_WAIT).await?;
        let made: i32 = tx
            .query_one(
                "SELECT tvm_ensure_day_partitions($1, current_date - 1, current_date + $2::int)",
                &[&table, &ahead],
            )
            .await?
            .get(0);
        tx.commit().await?;
        Ok(made.into())
    }

    /// Run `step`, a transaction that changes a table's partitions and
    /// starts with [`LOCK_WAIT`]. Its exclusive locks queue every reader and
    /// writer of the table behind them while they wait, so a step waits at
    /// most that long (a long read holding the table then stalls ingest for
    /// a second, not for as long as the read lasts), and is tried again
    /// after a pause, `PARTITION_ATTEMPTS` times in all.
    async fn bounded<T, F, Fut>(&self, step: F) -> Result<T, StoreError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, StoreError>>,
    {
        use backon::Retryable;
        let pauses = backon::ExponentialBuilder::default()
            .with_min_delay(std::time::Duration::from_millis(500))
            .with_max_times(PARTITION_ATTEMPTS - 1);
        step.retry(pauses).when(StoreError::is_lock_contention).await
    }

    /// Move every day of `live` that ends at or before `cutoff` into
    /// `archive`: a whole partition is detached and attached (or, when the
    /// archive already has that day, copied and dropped), each day in a
    /// [`Store::bounded`] step of its own; rows before the cutoff in the
    /// DEFAULT partition are moved row by row.
    pub async fn archive_days(
        &self,
        live: &str,
        archive: &str,
        cutoff: NaiveDate,
    ) -> Result<Archived, StoreError> {
        let parts: Vec<String> = self
            .conn()
            .await?
            .query(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid \
                 JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = $1 ORDER BY 1",
                &[&live],
            )
            .await?
            .iter()
            .map(|r| r.get(0))
            .collect();
        let prefix = format!("{live}_p");
        let mut done = Archived::default();
        for part in parts {
            let Some(day) = part
                .strip_prefix(&prefix)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y%m%d").ok())
            else {
                continue;
            };
            if day.succ_opt().is_none_or(|next| next > cutoff) {
                continue;
            }
            let rows = self.bounded(|| self.archive_day(live, archive, &part, day)).await?;
            done.partitions += 1;
            done.rows += rows;
        }
        let cutoff_ts = cutoff.and_hms_opt(0, 0, 0).expect("midnight").and_utc();
        let moved = self
            .conn()
            .await?
            .execute(
                &format!(
                    "WITH moved AS (DELETE FROM {live}_default WHERE \"timestamp\" < $1 RETURNING *) \
                     INSERT INTO {archive} SELECT * FROM moved"
                ),
                &[&cutoff_ts],
            )
            .await?;
        done.rows += moved;
        Ok(done)
    }

    /// Move one day partition `part` of `live` into `archive`; the rows it held.
    async fn archive_day(
        &self,
        live: &str,
        archive: &str,
        part: &str,
        day: NaiveDate,
    ) -> Result<u64, StoreError> {
        let mut c = self.conn().await?;
        let tx = c.transaction().await?;
        tx.batch_execute(LOCK_WAIT).await?;
        let rows: i64 = tx.query_one(&format!("SELECT count(*) FROM {part}"), &[]).await?.get(0);
        tx.batch_execute(&format!("ALTER TABLE {live} DETACH PARTITION {part}")).await?;
        let target = format!("{archive}_p{}", day.format("%Y%m%d"));
        let taken =
            tx.query_opt("SELECT 1 FROM pg_class WHERE relname = $1", &[&target]).await?.is_some();
        if taken {
            tx.batch_execute(&format!(
                "INSERT INTO {archive} SELECT * FROM {part}; DROP TABLE {part}"
            ))
            .await?;
        } else {
            let (lo, hi) = (
                day.format("%Y-%m-%d"),
                day.succ_opt().expect("a day before the cutoff").format("%Y-%m-%d"),
            );
            tx.batch_execute(&format!(
                "ALTER TABLE {part} RENAME TO {target}; \
                 ALTER TABLE {archive} ATTACH PARTITION {target} FOR VALUES FROM ('{lo} 00:00:00+00') TO ('{hi} 00:00:00+00')"
            ))
            .await?;
        }
        tx.commit().await?;
        Ok(rows as u64)
    }

    /// Audit entries older than `before`, oldest first, as NDJSON values.
    pub async fn audit_expired(
        &self,
        before: DateTime<Utc>,
    ) -> Result<Vec<(i64, Value)>, StoreError> {
        let c = self.conn().await?;
        let rows = c
            .query(
                "SELECT audit_id, to_jsonb(a) FROM audit_logs a WHERE at < $1 ORDER BY audit_id",
                &[&before],
            )
            .await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    /// Record an export and delete what it holds, in one transaction.
    pub async fn audit_exported(
        &self,
        location: &str,
        ids: &[i64],
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let mut c = self.conn().await?;
        let tx = c.transaction().await?;
        tx.execute(
            "INSERT INTO audit_exports (location, rows, from_at, to_at) VALUES ($1, $2, $3, $4)",
            &[&location, &(ids.len() as i64), &from, &to],
        )
        .await?;
        let n = tx.execute("DELETE FROM audit_logs WHERE audit_id = ANY($1)", &[&ids]).await?;
        tx.commit().await?;
        Ok(n)
    }

    pub async fn job_started(&self, job: &str) -> Result<(), StoreError> {
        let c = self.conn().await?;
        c.execute(
            "INSERT INTO job_runs (job, started_at) VALUES ($1, now()) ON CONFLICT (job) DO UPDATE \
             SET started_at = now(), finished_at = NULL, ok = NULL, detail = NULL",
            &[&job],
        )
        .await?;
        Ok(())
    }

    pub async fn job_finished(&self, job: &str, ok: bool, detail: &str) -> Result<(), StoreError> {
        let c = self.conn().await?;
        c.execute(
            "UPDATE job_runs SET finished_at = now(), ok = $2, detail = $3 WHERE job = $1",
            &[&job, &ok, &detail],
        )
        .await?;
        Ok(())
    }

    pub async fn job_run(&self, job: &str) -> Result<Option<JobRun>, StoreError> {
        let c = self.conn().await?;
        let r = c
            .query_opt(
                "SELECT started_at, finished_at, ok, detail FROM job_runs WHERE job = $1",
                &[&job],
            )
            .await?;
        Ok(r.map(|r| JobRun {
            started_at: r.get(0),
            finished_at: r.get(1),
            ok: r.get(2),
            detail: r.get(3),
        }))
    }
}
