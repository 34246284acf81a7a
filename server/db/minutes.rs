//! SQL of location minutes: each vehicle's locations of one closed minute
//! packed into one value (`location_minutes`), built in the background
//! from the raw rows, the marks writers leave on minutes their late rows
//! fall in, and the decoding of a packed minute for a tracks read.
//!
//! A copy is used only while it is known complete. Writers mark, in the
//! transaction that stores them, rows older than `BUILD_MARGIN` by
//! PostgreSQL's clock (`tvm_location_minutes_late`), which bumps the
//! minute's `gen`; a read uses a copy only when its `gen` is the minute's.
//! A build reads the clock, then waits for every writer that holds the
//! marking lock, so each writer it did not see reads a later clock and
//! marks what the build could have missed.

use chrono::{DateTime, Duration, DurationRound, Utc};
use deadpool_postgres::GenericClient;

use super::{Store, StoreError};

/// Minutes are built once they ended this long ago by PostgreSQL's clock.
pub const BUILD_MARGIN: Duration = Duration::seconds(60);

/// A location row older than this at its write (by this server's clock)
/// is checked against `BUILD_MARGIN` in the database, in a transaction.
/// The gap between the two is how far this server's clock may lag
/// PostgreSQL's without a late row going unmarked.
pub const LATE_AFTER: Duration = Duration::seconds(15);

/// How far back the first build starts; older minutes are read raw until a
/// late row marks them.
const FIRST_LOOKBACK: Duration = Duration::hours(2);

/// Minutes built by one statement, for every vehicle: one, so a statement
/// of a large fleet stays a minute of its rows (20,000 vehicles at 1 Hz:
/// 1.2 million) however far behind the builder is.
const CHUNK: Duration = Duration::minutes(1);

/// Late minutes rebuilt by one statement.
const LATE_CHUNK: i64 = 500;

/// The key writers take shared while marking and a build takes exclusive
/// for a moment ("tvm\0mins"), as in `tvm_location_minutes_late`.
const FENCE_LOCK: i64 = 0x7476_6d00_6d69_6e73;

/// One builder at a time across instances ("tvm\0buil").
const BUILDER_LOCK: i64 = 0x7476_6d00_6275_696c;

/// The start of `t`'s minute (UTC).
pub fn minute_of(t: DateTime<Utc>) -> DateTime<Utc> {
    t.duration_trunc(Duration::minutes(1)).unwrap_or(t)
}

/// Whether a location row stamped `at`, written at `now`, may be late.
pub fn may_be_late(at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    at < now - LATE_AFTER
}

/// Mark the minutes of the rows in `late` (vehicle, timestamp) that are
/// older than `BUILD_MARGIN`. Must run in the transaction that wrote them.
pub(super) async fn mark_late(
    tx: &impl GenericClient,
    late: &[(&str, DateTime<Utc>)],
) -> Result<(), StoreError> {
    if late.is_empty() {
        return Ok(());
    }
    let ids: Vec<&str> = late.iter().map(|(v, _)| *v).collect();
    let stamps: Vec<DateTime<Utc>> = late.iter().map(|(_, t)| *t).collect();
    let margin = format!("{} seconds", BUILD_MARGIN.num_seconds());
    let stmt = tx
        .prepare_cached(
            "SELECT tvm_location_minutes_late($1::text[], $2::timestamptz[], $3::text::interval)",
        )
        .await?;
    tx.execute(&stmt, &[&ids, &stamps, &margin]).await?;
    Ok(())
}

/// A subquery of the locations of `{v}.vehicle_id` in `[{v}.lo, {v}.hi)`,
/// live and archived (timestamp, latitude, longitude, heading, speed,
/// accuracy), for a LATERAL join over the rows `v` names.
pub(super) fn located_in(v: &str) -> String {
    let of = |table: &str| {
        format!(
            "SELECT \"timestamp\", latitude, longitude, heading, speed, accuracy FROM {table} \
             WHERE vehicle_id = {v}.vehicle_id AND \"timestamp\" >= {v}.lo AND \"timestamp\" < {v}.hi"
        )
    };
    format!("{} UNION ALL {}", of("vehicle_locations"), of("vehicle_locations_archive"))
}

/// The packing of the rows `driver` selects (vehicle_id, lo, hi), a minute
/// per row, stored with the minute's current `gen`: one ordered aggregate
/// of 48-byte records (a column each cost a sort each).
fn build_sql(driver: &str) -> String {
    format!(
        "WITH rows AS (SELECT k.vehicle_id, l.* FROM {driver} k CROSS JOIN LATERAL ({}) l), \
         packed AS (SELECT vehicle_id, date_trunc('minute', \"timestamp\", 'UTC') AS minute, \
           count(*)::int AS points, \
           string_agg(timestamptz_send(\"timestamp\") || float8send(latitude) || float8send(longitude) \
             || float8send(heading) || float8send(speed) || float8send(accuracy), \
             ''::bytea ORDER BY \"timestamp\") AS packed \
           FROM rows GROUP BY 1, 2) \
         INSERT INTO location_minutes AS m (vehicle_id, minute, gen, points, packed) \
         SELECT p.vehicle_id, p.minute, coalesce(l.gen, 0), p.points, p.packed FROM packed p \
         LEFT JOIN location_minutes_late l ON l.vehicle_id = p.vehicle_id AND l.minute = p.minute \
         ON CONFLICT (vehicle_id, minute) DO UPDATE SET gen = EXCLUDED.gen, \
           points = EXCLUDED.points, packed = EXCLUDED.packed",
        located_in("k"),
    )
}

/// What one build run did.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Built {
    /// Vehicle-minutes written from the window of newly closed minutes.
    pub minutes: u64,
    /// Vehicle-minutes written again because late rows reached them.
    pub late: u64,
    /// Every minute before this is built (None: nothing built yet).
    pub until: Option<DateTime<Utc>>,
    /// False when another instance held the builder's lock.
    pub ran: bool,
}

impl Store {
    /// Build every closed minute not built yet and every minute a late row
    /// made stale, unless another instance is building.
    pub async fn build_location_minutes(&self) -> Result<Built, StoreError> {
        let mut c = self.conn().await?;
        let got: bool =
            c.query_one("SELECT pg_try_advisory_lock($1)", &[&BUILDER_LOCK]).await?.get(0);
        if !got {
            let until = c.query_one("SELECT until FROM location_minutes_built", &[]).await?.get(0);
            return Ok(Built { until, ..Built::default() });
        }
        let built = build(&mut c).await;
        if c.execute("SELECT pg_advisory_unlock($1)", &[&BUILDER_LOCK]).await.is_err() {
            // Closing the connection releases the lock too.
            drop(deadpool_postgres::Object::take(c));
        }
        built
    }
}

async fn build(c: &mut deadpool_postgres::Object) -> Result<Built, StoreError> {
    let mut done = Built { ran: true, ..Built::default() };
    loop {
        // The clock first, then the fence: see the module's note.
        let clock: DateTime<Utc> = c.query_one("SELECT clock_timestamp()", &[]).await?.get(0);
        c.batch_execute(&format!(
            "SELECT pg_advisory_lock({FENCE_LOCK}); SELECT pg_advisory_unlock({FENCE_LOCK})"
        ))
        .await?;
        let close = minute_of(clock - BUILD_MARGIN);
        let tx = c.transaction().await?;
        // A minute of 20,000 vehicles is estimated costly enough for JIT,
        // which then spent a second compiling a 70 ms statement.
        tx.batch_execute("SET LOCAL jit = off").await?;
        let until: Option<DateTime<Utc>> =
            tx.query_one("SELECT until FROM location_minutes_built FOR UPDATE", &[]).await?.get(0);
        let lo = until.unwrap_or(close - FIRST_LOOKBACK).min(close);
        let hi = (lo + CHUNK).min(close);
        if lo < hi {
            let window =
                "(SELECT vehicle_id, $1::timestamptz AS lo, $2::timestamptz AS hi FROM vehicles)";
            let stmt = tx.prepare_cached(&build_sql(window)).await?;
            done.minutes += tx.execute(&stmt, &[&lo, &hi]).await?;
            tx.execute("UPDATE location_minutes_built SET until = $1", &[&hi]).await?;
        }
        let stale = tx
            .query(
                "SELECT l.vehicle_id, l.minute FROM location_minutes_late l \
                 LEFT JOIN location_minutes m ON m.vehicle_id = l.vehicle_id AND m.minute = l.minute \
                 WHERE l.minute < $1 AND m.gen IS DISTINCT FROM l.gen LIMIT $2",
                &[&close, &LATE_CHUNK],
            )
            .await?;
        if !stale.is_empty() {
            let ids: Vec<&str> = stale.iter().map(|r| r.get(0)).collect();
            let minutes: Vec<DateTime<Utc>> = stale.iter().map(|r| r.get(1)).collect();
            let late = "(SELECT v AS vehicle_id, m AS lo, m + interval '1 minute' AS hi \
                        FROM unnest($1::text[], $2::timestamptz[]) AS u(v, m))";
            let stmt = tx.prepare_cached(&build_sql(late)).await?;
            done.late += tx.execute(&stmt, &[&ids, &minutes]).await?;
        }
        tx.commit().await?;
        done.until = Some(hi);
        if hi >= close && (stale.len() as i64) < LATE_CHUNK {
            return Ok(done);
        }
    }
}

/// Microseconds from the Unix epoch to PostgreSQL's, 2000-01-01 UTC.
pub const PG_EPOCH_US: i64 = 946_684_800_000_000;

/// Unix milliseconds (floored) of a `timestamptz` as PostgreSQL sends it
/// (microseconds from 2000-01-01); none for the infinities.
pub fn unix_millis(pg_us: i64) -> Option<i64> {
    if pg_us == i64::MIN {
        return None;
    }
    pg_us.checked_add(PG_EPOCH_US).map(|us| us.div_euclid(1000))
}

/// Bytes of one point in `location_minutes.packed`.
pub const RECORD: usize = 48;

/// One point of a packed minute: PostgreSQL microseconds, then latitude,
/// longitude, heading, speed and accuracy.
pub type Point = (i64, [f64; 5]);

/// The points of a packed minute, oldest first.
pub fn points(packed: &[u8]) -> Result<impl Iterator<Item = Point> + '_, StoreError> {
    if !packed.len().is_multiple_of(RECORD) {
        return Err(StoreError::Corrupt(format!("a packed minute of {} bytes", packed.len())));
    }
    let eight =
        |r: &[u8], i: usize| -> [u8; 8] { r[8 * i..8 * i + 8].try_into().expect("8 bytes") };
    Ok(packed.chunks_exact(RECORD).map(move |r| {
        let f = |i: usize| f64::from_be_bytes(eight(r, i));
        (i64::from_be_bytes(eight(r, 0)), [f(1), f(2), f(3), f(4), f(5)])
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_points_read_back_as_written_and_a_torn_record_is_refused() {
        let mut packed = Vec::new();
        for (at, v) in
            [(1_i64, [1.5, -2.25, 90.0, 0.0, 3.0]), (-7, [f64::MAX, 0.1, 359.9, 1e-9, 0.0])]
        {
            packed.extend(at.to_be_bytes());
            v.iter().for_each(|x| packed.extend(x.to_be_bytes()));
        }
        let read: Vec<Point> = points(&packed).unwrap().collect();
        assert_eq!(
            read,
            vec![(1, [1.5, -2.25, 90.0, 0.0, 3.0]), (-7, [f64::MAX, 0.1, 359.9, 1e-9, 0.0])]
        );
        assert!(points(&packed[..RECORD + 8]).is_err());
        assert_eq!(unix_millis(0), Some(PG_EPOCH_US / 1000));
        assert_eq!(unix_millis(i64::MIN), None);
        assert_eq!(unix_millis(i64::MAX), None);
    }
}
