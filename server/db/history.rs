//! SQL of telemetry history: one vehicle's or many vehicles' records of one
//! kind in a time range, in (vehicle, time) order with keyset pagination;
//! locations and status include their archive tables, so retention never
//! hides history from readers.

use chrono::{DateTime, Utc};
use tokio_postgres::Row;

use super::minutes::{PG_EPOCH_US, located_in, minute_of, points, unix_millis};
use super::telemetry::Kind;
use super::{Store, StoreError, stored, stored_opt};
use crate::models::{
    BatteryReport, BulkMessage, DockingReport, LocationReport, StatusReport, VehicleId,
};

/// A time range and page of a history read.
pub struct Window<'a> {
    pub vehicle_ids: &'a [String],
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// Continue after this (vehicle, timestamp).
    pub after: Option<(String, DateTime<Utc>)>,
    pub limit: i64,
}

/// One stored message: who, when received, and the report as sent.
pub struct HistoryRow {
    pub vehicle_id: VehicleId,
    pub timestamp: DateTime<Utc>,
    pub received_at: DateTime<Utc>,
    pub report: BulkMessage,
}

fn table(kind: Kind) -> (&'static str, Option<&'static str>, &'static str) {
    match kind {
        Kind::Location => (
            "vehicle_locations",
            Some("vehicle_locations_archive"),
            "latitude, longitude, heading, speed, accuracy, altitude",
        ),
        Kind::Status => (
            "vehicle_status",
            Some("vehicle_status_archive"),
            "state, mission_id, error_code, error_message",
        ),
        Kind::Battery => ("vehicle_battery", None, "soc, voltage, current, temperature"),
        Kind::Docking => ("vehicle_docking", None, "phase, station_id, mission_id"),
        Kind::Error => unreachable!("errors have their own read"),
    }
}

/// The report of one row, as the vehicle sent it.
fn report(kind: Kind, r: &Row) -> Result<BulkMessage, StoreError> {
    let timestamp = r.get(1);
    Ok(match kind {
        Kind::Location => BulkMessage::Location(LocationReport {
            timestamp,
            latitude: r.get(3),
            longitude: r.get(4),
            heading: r.get(5),
            speed: r.get(6),
            accuracy: r.get(7),
            altitude: r.get(8),
        }),
        Kind::Status => BulkMessage::Status(StatusReport {
            timestamp,
            state: stored(r.get(3))?,
            mission_id: stored_opt(r.get(4))?,
            error_code: stored_opt(r.get(5))?,
            error_message: stored_opt(r.get(6))?,
        }),
        Kind::Battery => BulkMessage::Battery(BatteryReport {
            timestamp,
            soc: r.get(3),
            voltage: r.get(4),
            current: r.get(5),
            temperature: r.get(6),
        }),
        Kind::Docking => BulkMessage::Docking(DockingReport {
            timestamp,
            phase: stored(r.get(3))?,
            station_id: stored(r.get(4))?,
            mission_id: stored_opt(r.get(5))?,
        }),
        Kind::Error => unreachable!("errors have their own read"),
    })
}

impl Store {
    /// Records of `kind` for `w.vehicle_ids` in `[from, to)`, ordered by
    /// vehicle then time, at most `limit`, after the cursor.
    pub async fn history(&self, kind: Kind, w: &Window<'_>) -> Result<Vec<HistoryRow>, StoreError> {
        let (live, archive, columns) = table(kind);
        let select = |t: &str| {
            format!(
                "(SELECT vehicle_id, \"timestamp\", received_at, {columns} FROM {t} \
                 WHERE vehicle_id = ANY($1) AND \"timestamp\" >= $2 AND \"timestamp\" < $3 \
                 AND ($4::text IS NULL OR (vehicle_id, \"timestamp\") > ($4, $5)) \
                 ORDER BY vehicle_id, \"timestamp\" LIMIT $6)"
            )
        };
        let sql = match archive {
            Some(a) => format!(
                "SELECT * FROM ({} UNION ALL {}) h ORDER BY vehicle_id, \"timestamp\" LIMIT $6",
                select(live),
                select(a)
            ),
            None => select(live),
        };
        let (after_v, after_t) = match &w.after {
            Some((v, t)) => (Some(v.as_str()), Some(*t)),
            None => (None, None),
        };
        self.with_retry(|| async {
            let c = self.conn().await?;
            let stmt = c.prepare_cached(&sql).await?;
            let rows = c
                .query(&stmt, &[&w.vehicle_ids, &w.from, &w.to, &after_v, &after_t, &w.limit])
                .await?;
            rows.iter()
                .map(|r| {
                    Ok(HistoryRow {
                        vehicle_id: stored(r.get(0))?,
                        timestamp: r.get(1),
                        received_at: r.get(2),
                        report: report(kind, r)?,
                    })
                })
                .collect()
        })
        .await
    }
}

/// One vehicle's locations in a range, oldest first, column by column.
#[derive(Default)]
pub struct Track {
    pub t: Vec<i64>,
    pub latitude: Vec<f64>,
    pub longitude: Vec<f64>,
    pub heading: Vec<f64>,
    pub speed: Vec<f64>,
    pub accuracy: Vec<f64>,
}

/// The packed minutes of `$1` that overlap `[$2, $3)` and are current.
/// Unordered: sorting 3 KB rows made PostgreSQL spill to disk; `tracks`
/// orders them.
const MINUTES_SQL: &str = "SELECT m.vehicle_id, m.minute, m.packed FROM location_minutes m LEFT JOIN location_minutes_late l \
     ON l.vehicle_id = m.vehicle_id AND l.minute = m.minute \
     WHERE m.vehicle_id = ANY($1) AND m.minute > $2::timestamptz - interval '1 minute' \
     AND m.minute < $3 AND m.gen = coalesce(l.gen, 0)";

/// Raw rows of the ranges (vehicle, from, to) no packed minute covers.
/// Unordered on purpose: `tracks` puts them in order.
static RANGES_SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "SELECT r.vehicle_id, x.* FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[]) \
         AS r(vehicle_id, lo, hi) CROSS JOIN LATERAL ({}) x",
        located_in("r")
    )
});

/// A `timestamptz` read straight off the wire as Unix milliseconds (what
/// `DateTime::timestamp_millis` gives, floored), without building a date:
/// on a 360,000-point read, chrono's conversion was a tenth of this
/// server's work.
struct UnixMillis(i64);

impl<'a> tokio_postgres::types::FromSql<'a> for UnixMillis {
    fn from_sql(
        _: &tokio_postgres::types::Type,
        raw: &'a [u8],
    ) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        let us = i64::from_be_bytes(raw.try_into().map_err(|_| "a timestamptz is 8 bytes")?);
        Ok(UnixMillis(unix_millis(us).ok_or("an infinite timestamp has no Unix time")?))
    }

    fn accepts(ty: &tokio_postgres::types::Type) -> bool {
        *ty == tokio_postgres::types::Type::TIMESTAMPTZ
    }
}

impl Track {
    fn push(&mut self, r: &Row) {
        self.t.push(r.get::<_, UnixMillis>(1).0);
        self.latitude.push(r.get(2));
        self.longitude.push(r.get(3));
        self.heading.push(r.get(4));
        self.speed.push(r.get(5));
        self.accuracy.push(r.get(6));
    }

    /// The points of a packed minute (a `MINUTES_SQL` row) inside
    /// `[from, to)`, both in PostgreSQL microseconds.
    fn push_minute(&mut self, r: &Row, from: i64, to: i64) -> Result<(), StoreError> {
        for (at, [latitude, longitude, heading, speed, accuracy]) in points(r.get(2))? {
            if !(from..to).contains(&at) {
                continue;
            }
            self.t.push(unix_millis(at).ok_or_else(|| {
                StoreError::Corrupt("an infinite timestamp in a packed minute".into())
            })?);
            self.latitude.push(latitude);
            self.longitude.push(longitude);
            self.heading.push(heading);
            self.speed.push(speed);
            self.accuracy.push(accuracy);
        }
        Ok(())
    }

    /// `more`'s points after these.
    fn append(&mut self, mut more: Track) {
        self.t.append(&mut more.t);
        self.latitude.append(&mut more.latitude);
        self.longitude.append(&mut more.longitude);
        self.heading.append(&mut more.heading);
        self.speed.append(&mut more.speed);
        self.accuracy.append(&mut more.accuracy);
    }

    /// Oldest first (rows mostly arrive in order; then this only checks).
    fn sort(&mut self) {
        if self.t.is_sorted() {
            return;
        }
        let mut order: Vec<usize> = (0..self.t.len()).collect();
        order.sort_by_key(|&i| self.t[i]);
        let pick = |v: &[f64]| order.iter().map(|&i| v[i]).collect::<Vec<f64>>();
        self.latitude = pick(&self.latitude);
        self.longitude = pick(&self.longitude);
        self.heading = pick(&self.heading);
        self.speed = pick(&self.speed);
        self.accuracy = pick(&self.accuracy);
        self.t = order.iter().map(|&i| self.t[i]).collect();
    }
}

/// PostgreSQL's microseconds of `t`.
fn pg_micros(t: DateTime<Utc>) -> i64 {
    t.timestamp_micros() - PG_EPOCH_US
}

/// The parts of `[from, to)` no minute of `covered` (sorted) covers, each
/// clipped to the range, adjacent minutes joined.
fn uncovered(
    covered: &[DateTime<Utc>],
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    let minute = chrono::Duration::minutes(1);
    let mut gaps: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
    let mut m = minute_of(from);
    while m < to {
        if covered.binary_search(&m).is_err() {
            let (lo, hi) = (m.max(from), (m + minute).min(to));
            match gaps.last_mut() {
                Some(last) if last.1 == lo => last.1 = hi,
                _ => gaps.push((lo, hi)),
            }
        }
        m += minute;
    }
    gaps
}

/// Queries each step of a `tracks` read is split into, each on its own
/// connection and in its own task, so PostgreSQL's work and this side's
/// decoding run on every core at once.
pub const TRACK_QUERIES: usize = 4;

/// Where `id` is in `ids` (sorted).
fn index_of(ids: &[String], id: &str) -> Option<usize> {
    ids.binary_search_by(|v| v.as_str().cmp(id)).ok()
}

/// What the tasks `parts` gave, in order; a task that panicked is an error.
async fn joined<T>(
    parts: impl IntoIterator<Item = tokio::task::JoinHandle<Result<T, StoreError>>>,
) -> Result<Vec<T>, StoreError> {
    futures::future::join_all(parts)
        .await
        .into_iter()
        .map(|r| r.map_err(|e| StoreError::Corrupt(format!("a track task: {e}")))?)
        .collect()
}

/// A part of an uncovered range: the vehicle's index, from, to.
type Slice = (usize, DateTime<Utc>, DateTime<Utc>);

/// `[lo, hi)` cut into `n` consecutive pieces of equal length (fewer when
/// it is shorter than `n` microseconds).
fn slices(lo: DateTime<Utc>, hi: DateTime<Utc>, n: usize) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    let us = (hi - lo).num_microseconds().unwrap_or(i64::MAX).max(0);
    let n = (n as i64).clamp(1, us.max(1));
    let cut = |k: i64| lo + chrono::Duration::microseconds(us / n * k);
    (0..n).map(|k| (cut(k), if k == n - 1 { hi } else { cut(k + 1) })).collect()
}

impl Store {
    /// A read-only transaction without JIT (it compiled for longer than
    /// these reads run).
    async fn reading<'c>(
        c: &'c mut deadpool_postgres::Object,
    ) -> Result<deadpool_postgres::Transaction<'c>, StoreError> {
        let tx = c.build_transaction().read_only(true).start().await?;
        tx.batch_execute("SET LOCAL jit = off").await?;
        Ok(tx)
    }

    /// The current packed minutes of `ids` overlapping `[from, to)`: each
    /// id's points inside the range and the minutes they cover, in order.
    async fn packed_minutes(
        &self,
        ids: &[String],
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<(Track, Vec<DateTime<Utc>>)>, StoreError> {
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = Self::reading(&mut c).await?;
            let stmt = tx.prepare_cached(MINUTES_SQL).await?;
            let rows = tx.query(&stmt, &[&ids, &from, &to]).await?;
            tx.commit().await?;
            let mut minutes: Vec<(usize, DateTime<Utc>, &Row)> =
                rows.iter().filter_map(|r| Some((index_of(ids, r.get(0))?, r.get(1), r))).collect();
            minutes.sort_unstable_by_key(|(i, minute, _)| (*i, *minute));
            let mut out: Vec<(Track, Vec<DateTime<Utc>>)> =
                ids.iter().map(|_| (Track::default(), Vec::new())).collect();
            let (lo, hi) = (pg_micros(from), pg_micros(to));
            for (i, minute, r) in minutes {
                out[i].0.push_minute(r, lo, hi)?;
                out[i].1.push(minute);
            }
            Ok(out)
        })
        .await
    }

    /// The raw rows of `slices` (indexes into `ids`), a track per id.
    async fn raw_slices(&self, ids: &[String], slices: &[Slice]) -> Result<Vec<Track>, StoreError> {
        use futures::TryStreamExt;
        use tokio_postgres::types::ToSql;
        let vehicle: Vec<&str> = slices.iter().map(|(i, _, _)| ids[*i].as_str()).collect();
        let los: Vec<DateTime<Utc>> = slices.iter().map(|s| s.1).collect();
        let his: Vec<DateTime<Utc>> = slices.iter().map(|s| s.2).collect();
        self.with_retry(|| async {
            let mut tracks: Vec<Track> = ids.iter().map(|_| Track::default()).collect();
            if slices.is_empty() {
                return Ok(tracks);
            }
            let mut c = self.conn().await?;
            let tx = Self::reading(&mut c).await?;
            let stmt = tx.prepare_cached(&RANGES_SQL).await?;
            let params: [&(dyn ToSql + Sync); 3] = [&vehicle, &los, &his];
            let rows = tx.query_raw(&stmt, params).await?;
            futures::pin_mut!(rows);
            // Rows come in runs of one vehicle: look an id up only when it changes.
            let mut at: Option<usize> = None;
            while let Some(r) = rows.try_next().await? {
                let id: &str = r.get(0);
                let i = match at {
                    Some(i) if ids[i] == id => Some(i),
                    _ => index_of(ids, id),
                };
                if let Some(i) = i {
                    tracks[i].push(&r);
                    at = Some(i);
                }
            }
            tx.commit().await?;
            Ok(tracks)
        })
        .await
    }

    /// The locations of each of `vehicle_ids` (sorted, distinct) in
    /// `[from, to)`, live and archived: one track per id, in that order.
    /// Minutes packed and current are read as they are, split by vehicle;
    /// the rest (the last minute or two, minutes a late row made stale)
    /// row by row, each range cut by time so that a vehicle with many
    /// fresh rows is read on every connection at once. Every row committed
    /// before the read began is in it.
    pub async fn tracks(
        &self,
        vehicle_ids: &[String],
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Track>, StoreError> {
        let per_part = vehicle_ids.len().div_ceil(TRACK_QUERIES).max(1);
        let parts = vehicle_ids.chunks(per_part).map(|part| {
            let (store, part) = (self.clone(), part.to_vec());
            tokio::spawn(async move { store.packed_minutes(&part, from, to).await })
        });
        let packed: Vec<(Track, Vec<DateTime<Utc>>)> =
            joined(parts).await?.into_iter().flatten().collect();
        let mut pieces: Vec<Vec<Slice>> = vec![Vec::new(); TRACK_QUERIES];
        for (i, (_, covered)) in packed.iter().enumerate() {
            for (lo, hi) in uncovered(covered, from, to) {
                for (k, (lo, hi)) in slices(lo, hi, TRACK_QUERIES).into_iter().enumerate() {
                    pieces[k].push((i, lo, hi));
                }
            }
        }
        let ids = std::sync::Arc::new(vehicle_ids.to_vec());
        let raw = pieces.into_iter().map(|piece| {
            let (store, ids) = (self.clone(), ids.clone());
            tokio::spawn(async move { store.raw_slices(&ids, &piece).await })
        });
        let raw: Vec<Vec<Track>> = joined(raw).await?;
        // Each vehicle's minutes, then its slices in time order.
        let mut tracks: Vec<Track> = packed.into_iter().map(|(t, _)| t).collect();
        for piece in raw {
            for (track, more) in tracks.iter_mut().zip(piece) {
                track.append(more);
            }
        }
        tracks.iter_mut().for_each(Track::sort);
        Ok(tracks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio_postgres::types::{FromSql, ToSql, Type};

    fn millis_of(t: DateTime<Utc>) -> i64 {
        let mut raw = bytes::BytesMut::new();
        t.to_sql(&Type::TIMESTAMPTZ, &mut raw).expect("encodes");
        UnixMillis::from_sql(&Type::TIMESTAMPTZ, &raw).expect("decodes").0
    }

    #[test]
    fn unix_millis_agree_with_chrono_before_and_after_both_epochs() {
        for s in [
            "2026-12-02T01:02:03.456789Z",
            "2000-01-01T00:00:00Z",
            "1999-12-31T23:59:59.9995Z",
            "1970-01-01T00:00:00.000001Z",
            "1969-12-31T23:59:59.999Z",
            "1969-12-31T23:59:59.9991Z",
            "1900-03-04T05:06:07.008Z",
        ] {
            let t: DateTime<Utc> = s.parse().expect("valid");
            assert_eq!(millis_of(t), t.timestamp_millis(), "{s}");
        }
    }

    #[test]
    fn uncovered_ranges_join_adjacent_minutes_and_keep_inside_the_range() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let (from, to) = (at("2026-12-04T10:00:30Z"), at("2026-12-04T10:05:10Z"));
        // 10:00 … 10:05 are the minutes the range touches; 10:01 and 10:03 are packed.
        let covered = [at("2026-12-04T10:01:00Z"), at("2026-12-04T10:03:00Z")];
        assert_eq!(
            uncovered(&covered, from, to),
            vec![
                (from, at("2026-12-04T10:01:00Z")),
                (at("2026-12-04T10:02:00Z"), at("2026-12-04T10:03:00Z")),
                (at("2026-12-04T10:04:00Z"), to),
            ]
        );
        let all: Vec<DateTime<Utc>> =
            (0..6).map(|m| at("2026-12-04T10:00:00Z") + chrono::Duration::minutes(m)).collect();
        assert!(uncovered(&all, from, to).is_empty());
        assert_eq!(uncovered(&[], from, to), vec![(from, to)]);
    }

    #[test]
    fn a_range_is_cut_into_adjacent_slices_that_cover_it() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let (lo, hi) = (at("2026-12-04T10:00:00Z"), at("2026-12-04T10:01:40Z"));
        let cut = slices(lo, hi, 4);
        assert_eq!(cut.len(), 4);
        assert_eq!((cut[0].0, cut[3].1), (lo, hi));
        assert!(cut.windows(2).all(|w| w[0].1 == w[1].0 && w[0].0 < w[0].1));
        assert_eq!(cut[1].0, at("2026-12-04T10:00:25Z"));
        let tiny = slices(lo, lo + chrono::Duration::microseconds(2), 4);
        assert_eq!(
            tiny,
            vec![
                (lo, lo + chrono::Duration::microseconds(1)),
                (lo + chrono::Duration::microseconds(1), lo + chrono::Duration::microseconds(2))
            ]
        );
    }

    #[test]
    fn infinite_and_short_timestamps_are_refused() {
        for raw in [i64::MAX.to_be_bytes().to_vec(), i64::MIN.to_be_bytes().to_vec(), vec![0; 4]] {
            assert!(UnixMillis::from_sql(&Type::TIMESTAMPTZ, &raw).is_err());
        }
    }
}
