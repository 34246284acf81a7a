//! The `history` operations: each telemetry kind's history per vehicle
//! (`vehicle_location_list`, `vehicle_status_list`, `vehicle_battery_list`,
//! `vehicle_docking_list`), several vehicles' locations
//! (`location_history_list`, `location_tracks`), and what is derived from
//! the reports (`battery_health_view`, `docking_stats_list`). Cursor pages
//! and `[from, to)` ranges throughout.

use chrono::Duration;

use crate::api::{
    BatteryHealthViewPath, DockingStatsListQuery, LocationHistoryListQuery, LocationTracksQuery,
    VehicleBatteryListPath, VehicleBatteryListQuery, VehicleDockingListPath,
    VehicleDockingListQuery, VehicleLocationListPath, VehicleLocationListQuery,
    VehicleStatusListPath, VehicleStatusListQuery,
};
use crate::db::history::{HistoryRow, Track, Window};
use crate::db::telemetry::Kind;
use crate::error::ApiError;
use crate::error::wire;
use crate::front::Rq;
use crate::gate;
use crate::http::page::{
    self, DEFAULT_RANGE, READERS, Ts, bad_query, cursor_pair, pair_cursor, reader, split,
};
use crate::models::{
    BatteryHealth, BatteryPage, BatteryRecord, BulkMessage, DockingPage, DockingRecord,
    DockingStats, DockingStatsList, LocationPage, LocationRecord, LocationTrack, StatusPage,
    StatusRecord, VehicleId,
};

/// The range and page of a history read.
struct Range<'a> {
    from: Option<Ts>,
    to: Option<Ts>,
    cursor: Option<&'a str>,
    limit: Option<u32>,
}

/// The range and page a history query asks for (each operation's query is
/// its own generated struct, with the same four fields).
macro_rules! range_of {
    ($query:expr) => {
        Range {
            from: $query.from,
            to: $query.to,
            cursor: $query.cursor.as_deref(),
            limit: $query.limit,
        }
    };
}

/// A page of one telemetry kind's history, built from typed rows.
trait HistoryPage: Sized {
    const KIND: Kind;
    fn of(rows: Vec<HistoryRow>, next_cursor: Option<String>) -> Result<Self, ApiError>;
}

macro_rules! history_page {
    ($page:ident, $record:ident, $kind:ident) => {
        impl HistoryPage for $page {
            const KIND: Kind = Kind::$kind;
            fn of(rows: Vec<HistoryRow>, next_cursor: Option<String>) -> Result<Self, ApiError> {
                let items = rows
                    .into_iter()
                    .map(|r| match r.report {
                        BulkMessage::$kind(report) => Ok($record {
                            vehicle_id: r.vehicle_id,
                            received_at: r.received_at,
                            report,
                        }),
                        _ => Err(ApiError::internal_error("a history row of another kind")),
                    })
                    .collect::<Result<_, _>>()?;
                Ok($page { items, next_cursor })
            }
        }
    };
}

history_page!(LocationPage, LocationRecord, Location);
history_page!(StatusPage, StatusRecord, Status);
history_page!(BatteryPage, BatteryRecord, Battery);
history_page!(DockingPage, DockingRecord, Docking);

/// History of one telemetry kind, for one or many vehicles.
async fn history<T: HistoryPage>(
    rq: &Rq,
    vehicle_ids: Vec<String>,
    range: Range<'_>,
) -> Result<T, ApiError> {
    let Range { from, to, cursor, limit } = range;
    let ctx = rq.context();
    let limit = page::limit(limit)?;
    let (from, to) = page::range(from, to, DEFAULT_RANGE)?;
    let after = cursor_pair(cursor)?;
    let w = Window { vehicle_ids: &vehicle_ids, from, to, after, limit: limit as i64 + 1 };
    let (rows, more) = split(ctx.store.history(T::KIND, &w).await?, limit);
    let next = more.then(|| {
        let last = rows.last().expect("a full page");
        pair_cursor(&last.vehicle_id, last.timestamp)
    });
    T::of(rows, next)
}

/// One vehicle's history: operators and admins, 404 for an unknown vehicle.
async fn vehicle_history<T: HistoryPage>(
    rq: &Rq,
    vehicle_id: &str,
    range: Range<'_>,
) -> Result<T, ApiError> {
    reader(rq, READERS).await?;
    gate::known_vehicle(rq.context(), vehicle_id).await?;
    history(rq, vec![vehicle_id.to_string()], range).await
}

pub async fn vehicle_location_list(
    rq: &Rq,
    path: VehicleLocationListPath,
    query: VehicleLocationListQuery,
) -> Result<LocationPage, ApiError> {
    let range = range_of!(query);
    vehicle_history(rq, &path.vehicle_id, range).await
}

pub async fn vehicle_status_list(
    rq: &Rq,
    path: VehicleStatusListPath,
    query: VehicleStatusListQuery,
) -> Result<StatusPage, ApiError> {
    let range = range_of!(query);
    vehicle_history(rq, &path.vehicle_id, range).await
}

pub async fn vehicle_battery_list(
    rq: &Rq,
    path: VehicleBatteryListPath,
    query: VehicleBatteryListQuery,
) -> Result<BatteryPage, ApiError> {
    let range = range_of!(query);
    vehicle_history(rq, &path.vehicle_id, range).await
}

pub async fn vehicle_docking_list(
    rq: &Rq,
    path: VehicleDockingListPath,
    query: VehicleDockingListQuery,
) -> Result<DockingPage, ApiError> {
    let range = range_of!(query);
    vehicle_history(rq, &path.vehicle_id, range).await
}

/// `vehicle_ids` of a multi-vehicle read, sorted, once each. The contract's
/// schema (checked with the query) holds them to 1 to 100 valid ids.
fn vehicle_id_list(vehicle_ids: &[VehicleId]) -> Vec<String> {
    let mut ids: Vec<String> = vehicle_ids.iter().map(|id| id.to_string()).collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Locations of up to 100 vehicles.
pub async fn location_history_list(
    rq: &Rq,
    query: LocationHistoryListQuery,
) -> Result<LocationPage, ApiError> {
    reader(rq, READERS).await?;
    let ids = vehicle_id_list(&query.vehicle_ids);
    let range = range_of!(query);
    history(rq, ids, range).await
}

/// Longest range of one `location_tracks` read.
pub const MAX_TRACK_RANGE: Duration = Duration::hours(1);

/// Up to 100 vehicles' locations over at most an hour, one column set each.
pub async fn location_tracks(
    rq: &Rq,
    query: LocationTracksQuery,
) -> Result<http::Response<dropshot::Body>, ApiError> {
    reader(rq, READERS).await?;
    let ids = vehicle_id_list(&query.vehicle_ids);
    let (from, to) = page::range(query.from, query.to, MAX_TRACK_RANGE)?;
    if to - from > MAX_TRACK_RANGE {
        return Err(bad_query(
            "a track read covers at most one hour: read consecutive hours",
            "from",
        ));
    }
    // The store reads on several connections at once. As JSON (a
    // `LocationTracks` body), the tracks are rendered in parts on every
    // core: 2.2 million numbers for 100 vehicles' hour, 10–25 ms a part,
    // rendered as `offload` work so that no emergency stop waits for them.
    // As Arrow, the vectors read are the columns.
    let arrow = super::arrow::prefers_arrow(rq.request.headers());
    let read = rq.context().store.tracks(&ids, from, to).await?;
    let at = |t: &Ts| serde_json::to_string(t).expect("timestamps serialize");
    let mut answer = if arrow {
        let (from, to) = (at(&from), at(&to));
        let body =
            super::arrow::tracks_body(&ids, read, from.trim_matches('"'), to.trim_matches('"'))?;
        http::Response::builder()
            .status(http::StatusCode::OK)
            .header(http::header::CONTENT_TYPE, super::arrow::ARROW_STREAM)
            .body(body)
            .map_err(|e| ApiError::internal_error(format!("tracks answer: {e}")))?
    } else {
        let per_part = ids.len().div_ceil(crate::db::history::TRACK_QUERIES).max(1);
        let mut read = read.into_iter();
        let parts: Vec<_> = ids
            .chunks(per_part)
            .map(|part| {
                let tracks: Vec<Track> = read.by_ref().take(part.len()).collect();
                let part = part.to_vec();
                crate::offload::run(move || rendered_tracks(&part, tracks))
            })
            .collect();
        let mut rendered = Vec::with_capacity(parts.len());
        for part in futures::future::join_all(parts).await {
            rendered.push(
                part.map_err(|e| ApiError::internal_error(format!("a track task failed: {e}")))??,
            );
        }
        page::assembled(
            format!("{{\"from\":{},\"to\":{},\"tracks\":[", at(&from), at(&to)),
            rendered,
        )?
    };
    answer.headers_mut().insert(http::header::VARY, http::HeaderValue::from_static("accept"));
    Ok(answer)
}

/// `tracks` of the vehicles `ids` as `LocationTrack` JSON, comma-separated.
fn rendered_tracks(ids: &[String], tracks: Vec<Track>) -> Result<Vec<u8>, ApiError> {
    let points: usize = tracks.iter().map(|t| t.t.len()).sum();
    // About 60 bytes a point: a time and five numbers.
    let mut rendered = Vec::with_capacity(64 * points + 128 * ids.len());
    for (n, (id, t)) in ids.iter().zip(tracks).enumerate() {
        let track = LocationTrack {
            vehicle_id: wire(id)?,
            points: t.t.len() as u64,
            t: t.t,
            latitude: t.latitude,
            longitude: t.longitude,
            heading: t.heading,
            speed: t.speed,
            accuracy: t.accuracy,
        };
        if n > 0 {
            rendered.push(b',');
        }
        serde_json::to_writer(&mut rendered, &track)
            .map_err(|e| ApiError::internal_error(format!("rendering a track: {e}")))?;
    }
    Ok(rendered)
}

pub async fn battery_health_view(
    rq: &Rq,
    path: BatteryHealthViewPath,
) -> Result<BatteryHealth, ApiError> {
    reader(rq, READERS).await?;
    let ctx = rq.context();
    let vehicle_id = path.vehicle_id.as_str();
    let v = gate::known_vehicle(ctx, vehicle_id).await?;
    let h = v.live(&ctx.store).await?.health.clone();
    Ok(BatteryHealth {
        vehicle_id: wire(vehicle_id)?,
        cycle_count: h.cycle_count,
        readings: h.readings.max(0) as u64,
        full_charge_voltage_initial: h.full_charge_voltage_initial,
        full_charge_voltage_recent: h.full_charge_voltage_recent,
        voltage_degradation_pct: h.degradation_pct(),
        max_temperature: h.max_temperature,
        last_reading_at: h.last_reading_at,
        maintenance_due: h.maintenance_due(&ctx.config.maintenance),
    })
}

pub async fn docking_stats_list(
    rq: &Rq,
    query: DockingStatsListQuery,
) -> Result<DockingStatsList, ApiError> {
    reader(rq, READERS).await?;
    let ctx = rq.context();
    let vehicle_id = query.vehicle_id.as_ref().map(|v| v.as_str());
    let tallies = ctx.store.docking_stats(vehicle_id, query.station_id.as_deref()).await?;
    let items = tallies
        .into_iter()
        .map(|t| {
            Ok(DockingStats {
                vehicle_id: wire(&t.vehicle_id)?,
                success_rate: t.success_rate(),
                station_id: t.station_id,
                attempts: t.attempts.max(0) as u64,
                succeeded: t.succeeded.max(0) as u64,
                failed: t.failed.max(0) as u64,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(DockingStatsList { items })
}
