//! Operator reads: the fleet list (from memory), each telemetry kind's
//! history per vehicle, multi-vehicle location history, errors (and
//! `error_resolve`), missions, reservations (and `reservation_create`) and
//! the audit log. Cursor pagination and `[from, to)` ranges throughout.

use chrono::{DateTime, Duration, Utc};
use dropshot::{HttpResponseCreated, HttpResponseOk};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::auth::{self, Caller, authz};
use crate::db::auth::Audit;
use crate::db::history::Window;
use crate::db::reads::{ErrorFilter, Resolved};
use crate::db::telemetry::Kind;
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::front::Rq;
use crate::http::page::{self, bad_cursor, split, wire};
use crate::models::{
    AuditPage, ErrorCode, ErrorPage, ErrorRecord, ErrorResolve, LocationTrack, Mission,
    MissionPage, Reservation, ReservationCreate, ReservationPage, Role, VehiclePage,
};
use crate::validate;

type Ts = DateTime<Utc>;

/// A page type of the contract (what a history read answers).
pub trait Page:
    DeserializeOwned + serde::Serialize + schemars::JsonSchema + Send + Sync + 'static
{
}
impl<T: DeserializeOwned + serde::Serialize + schemars::JsonSchema + Send + Sync + 'static> Page
    for T
{
}

/// Default length of a history range.
pub const DEFAULT_RANGE: Duration = Duration::hours(24);
/// Most vehicles in one multi-vehicle history read.
pub const MAX_VEHICLES: usize = 100;

async fn reader(rqctx: &Rq, roles: &[Role]) -> Result<Caller, ApiError> {
    let caller = auth::authenticate(rqctx.context(), rqctx.request.headers(), None).await?;
    authz::require_role(&caller, roles)?;
    Ok(caller)
}

const READERS: &[Role] = &[Role::Operator, Role::Admin];

fn bad_query(message: impl Into<String>, parameter: &str) -> ApiError {
    ApiError::new(ErrorCode::InvalidQuery, message).with_details(json!({ "parameter": parameter }))
}

/// `[from, to)`: `to` defaults to now (up to the accepted clock skew) and
/// `from` to `length` before `to`.
fn range(from: Option<Ts>, to: Option<Ts>, length: Duration) -> Result<(Ts, Ts), ApiError> {
    let to = to.unwrap_or_else(|| Utc::now() + crate::validate::rules::LIVE_SKEW);
    let from = from.unwrap_or(to - length);
    if from >= to {
        return Err(bad_query("from must be before to", "from"));
    }
    Ok((from, to))
}

/// A cursor holding `<text>|<timestamp>`.
fn cursor_pair(cursor: Option<&str>) -> Result<Option<(String, Ts)>, ApiError> {
    let Some(key) = page::cursor_key(cursor)? else { return Ok(None) };
    let (a, b) = key.rsplit_once('|').ok_or_else(bad_cursor)?;
    let t = DateTime::parse_from_rfc3339(b).map_err(|_| bad_cursor())?.with_timezone(&Utc);
    Ok(Some((a.to_string(), t)))
}

fn pair_cursor(a: &str, t: Ts) -> String {
    page::cursor_for(&format!("{a}|{}", t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)))
}

/// Decode a page built as JSON into its contract type.
fn page_of<T: DeserializeOwned>(
    items: Vec<Value>,
    next_cursor: Option<String>,
) -> Result<T, ApiError> {
    let mut v = json!({ "items": items });
    if let Some(c) = next_cursor {
        v["next_cursor"] = json!(c);
    }
    serde_json::from_value(v)
        .map_err(|e| ApiError::internal_error(format!("page does not fit the contract: {e}")))
}

/// A newest-first page of rows keyed by (time, id), read with `limit + 1`:
/// the page in its contract type, with the cursor after its last row.
fn timed_page<T: DeserializeOwned, K: std::fmt::Display>(
    rows: Vec<(Value, (Ts, K))>,
    limit: u32,
) -> Result<T, ApiError> {
    let (rows, more) = split(rows, limit);
    let next = more.then(|| {
        let (t, id) = &rows.last().expect("a full page").1;
        pair_cursor(&id.to_string(), *t)
    });
    page_of(rows.into_iter().map(|r| r.0).collect(), next)
}

pub async fn vehicle_list(
    rqctx: &Rq,
    cursor: Option<&str>,
    limit: Option<u32>,
    include_decommissioned: bool,
) -> Result<HttpResponseOk<VehiclePage>, ApiError> {
    reader(rqctx, READERS).await?;
    let ctx = rqctx.context();
    let limit = page::limit(limit)?;
    let after = page::cursor_key(cursor)?;
    ctx.registry.ensure_warm(&ctx.store).await?;
    let all = ctx.registry.sorted();
    let start = after.as_deref().map_or(0, |a| all.partition_point(|v| v.vehicle_id.as_str() <= a));
    let vehicles: Vec<_> = all[start..]
        .iter()
        .filter(|v| include_decommissioned || !v.is_decommissioned())
        .take(limit as usize + 1)
        .cloned()
        .collect();
    let (vehicles, more) = split(vehicles, limit);
    let mut items = Vec::with_capacity(vehicles.len());
    for v in &vehicles {
        items.push(crate::fleet::summary(v).await?);
    }
    let next_cursor =
        more.then(|| page::cursor_for(&vehicles.last().expect("a full page").vehicle_id));
    Ok(HttpResponseOk(VehiclePage { items, next_cursor }))
}

/// The whole fleet in service, in one answer, from the kept entries.
pub async fn fleet_snapshot(rqctx: &Rq) -> Result<http::Response<dropshot::Body>, ApiError> {
    reader(rqctx, READERS).await?;
    let ctx = rqctx.context();
    ctx.registry.ensure_warm(&ctx.store).await?;
    crate::fleet::snapshot(&ctx.registry.sorted()).await
}

/// History of one telemetry kind, for one or many vehicles.
#[allow(clippy::too_many_arguments)]
pub async fn history<T: Page>(
    rqctx: &Rq,
    kind: Kind,
    vehicle_ids: Vec<String>,
    from: Option<Ts>,
    to: Option<Ts>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<HttpResponseOk<T>, ApiError> {
    let ctx = rqctx.context();
    let limit = page::limit(limit)?;
    let (from, to) = range(from, to, DEFAULT_RANGE)?;
    let after = cursor_pair(cursor)?;
    let w = Window { vehicle_ids: &vehicle_ids, from, to, after, limit: limit as i64 + 1 };
    let (rows, more) = split(ctx.store.history(kind, &w).await?, limit);
    let next = more.then(|| {
        let last = rows.last().expect("a full page");
        pair_cursor(&last.vehicle_id, last.timestamp)
    });
    let items = rows
        .into_iter()
        .map(|r| json!({ "vehicle_id": r.vehicle_id, "received_at": crate::validate::rules::rfc3339(r.received_at), "report": r.report }))
        .collect();
    Ok(HttpResponseOk(page_of(items, next)?))
}

/// One vehicle's history: operators and admins, 404 for an unknown vehicle.
#[allow(clippy::too_many_arguments)]
pub async fn vehicle_history<T: Page>(
    rqctx: &Rq,
    kind: Kind,
    vehicle_id: &str,
    from: Option<Ts>,
    to: Option<Ts>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<HttpResponseOk<T>, ApiError> {
    reader(rqctx, READERS).await?;
    authz::known_vehicle(rqctx.context(), vehicle_id).await?;
    history(rqctx, kind, vec![vehicle_id.to_string()], from, to, cursor, limit).await
}

/// `vehicle_ids` of a multi-vehicle read: 1 to 100 valid ids, sorted, once each.
fn vehicle_id_list(vehicle_ids: &str) -> Result<Vec<String>, ApiError> {
    let mut ids: Vec<String> = vehicle_ids
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    ids.sort();
    ids.dedup();
    let bad: Vec<&String> =
        ids.iter().filter(|id| id.parse::<crate::models::VehicleId>().is_err()).collect();
    if ids.is_empty() || ids.len() > MAX_VEHICLES || !bad.is_empty() {
        return Err(ApiError::new(
            ErrorCode::InvalidQuery,
            format!("vehicle_ids must be 1 to {MAX_VEHICLES} comma-separated vehicle ids"),
        )
        .with_details(json!({ "parameter": "vehicle_ids", "invalid": bad, "count": ids.len() })));
    }
    Ok(ids)
}

/// Locations of up to 100 vehicles (`vehicle_ids` comma-separated).
pub async fn location_history_list<T: Page>(
    rqctx: &Rq,
    vehicle_ids: &str,
    from: Option<Ts>,
    to: Option<Ts>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<HttpResponseOk<T>, ApiError> {
    reader(rqctx, READERS).await?;
    let ids = vehicle_id_list(vehicle_ids)?;
    history(rqctx, Kind::Location, ids, from, to, cursor, limit).await
}

/// Longest range of one `location_tracks` read.
pub const MAX_TRACK_RANGE: Duration = Duration::hours(1);

/// Up to 100 vehicles' locations over at most an hour, one column set each.
pub async fn location_tracks(
    rqctx: &Rq,
    vehicle_ids: &str,
    from: Option<Ts>,
    to: Option<Ts>,
) -> Result<http::Response<dropshot::Body>, ApiError> {
    reader(rqctx, READERS).await?;
    let ids = vehicle_id_list(vehicle_ids)?;
    let (from, to) = range(from, to, MAX_TRACK_RANGE)?;
    if to - from > MAX_TRACK_RANGE {
        return Err(bad_query(
            "a track read covers at most one hour: read consecutive hours",
            "from",
        ));
    }
    // A `LocationTracks` body, assembled from the parts each task read and
    // rendered (2.2 million numbers for 100 vehicles' hour: encoding them on
    // one thread took as long as reading them).
    let per_part = ids.len().div_ceil(crate::db::history::TRACK_QUERIES).max(1);
    let parts = ids.chunks(per_part).map(|part| {
        let (store, part) = (rqctx.context().store.clone(), part.to_vec());
        tokio::spawn(async move {
            let read = store.tracks(&part, from, to).await?;
            let points: usize = read.iter().map(|t| t.t.len()).sum();
            // About 60 bytes a point: a time and five numbers.
            let mut rendered = Vec::with_capacity(64 * points + 128 * part.len());
            for (n, (id, t)) in part.iter().zip(read).enumerate() {
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
            Ok::<_, ApiError>(rendered)
        })
    });
    let mut rendered = Vec::with_capacity(crate::db::history::TRACK_QUERIES);
    for part in futures::future::join_all(parts).await {
        let part =
            part.map_err(|e| ApiError::internal_error(format!("a track task failed: {e}")))?;
        rendered.push(part?);
    }
    let at = |t: &Ts| serde_json::to_string(t).expect("timestamps serialize");
    page::assembled(format!("{{\"from\":{},\"to\":{},\"tracks\":[", at(&from), at(&to)), rendered)
}

#[allow(clippy::too_many_arguments)]
pub async fn error_list(
    rqctx: &Rq,
    vehicle_id: Option<&str>,
    severity: Option<String>,
    resolved: Option<bool>,
    from: Option<Ts>,
    to: Option<Ts>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<HttpResponseOk<ErrorPage>, ApiError> {
    reader(rqctx, READERS).await?;
    let limit = page::limit(limit)?;
    if let (Some(f), Some(t)) = (from, to)
        && f >= t
    {
        return Err(bad_query("from must be before to", "from"));
    }
    let before = match cursor_pair(cursor)? {
        Some((id, t)) => Some((t, id.parse::<i64>().map_err(|_| bad_cursor())?)),
        None => None,
    };
    let f =
        ErrorFilter { vehicle_id, severity, resolved, from, to, before, limit: limit as i64 + 1 };
    Ok(HttpResponseOk(timed_page(rqctx.context().store.error_list(&f).await?, limit)?))
}

pub async fn error_resolve(
    rqctx: &Rq,
    error_id: i64,
    body: JsonBody<ErrorResolve>,
) -> Result<HttpResponseOk<ErrorRecord>, ApiError> {
    let caller = reader(rqctx, READERS).await?;
    let req = validate::body(body)?;
    let note = req.note.as_ref().map(|n| n.to_string());
    let target = error_id.to_string();
    let audit = Audit {
        actor: &caller.client_id,
        action: "error.resolve",
        vehicle_id: None,
        target: Some(&target),
        details: json!({ "note": note }),
        request_id: Some(&rqctx.request_id),
    };
    match rqctx
        .context()
        .store
        .error_resolve(error_id, &caller.client_id, note.as_deref(), &audit)
        .await?
    {
        Resolved::Done(v) => Ok(HttpResponseOk(
            serde_json::from_value(v)
                .map_err(|e| ApiError::internal_error(format!("error record: {e}")))?,
        )),
        Resolved::AlreadyResolved => {
            Err(ApiError::new(ErrorCode::Conflict, format!("error {error_id} is already resolved")))
        }
        Resolved::NotFound => {
            Err(ApiError::new(ErrorCode::NotFound, format!("there is no error {error_id}")))
        }
    }
}

pub async fn mission_list(
    rqctx: &Rq,
    vehicle_id: Option<&str>,
    status: Option<String>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<HttpResponseOk<MissionPage>, ApiError> {
    reader(rqctx, READERS).await?;
    let limit = page::limit(limit)?;
    let before = cursor_pair(cursor)?.map(|(id, t)| (t, id));
    let rows =
        rqctx.context().store.mission_list(vehicle_id, status, before, limit as i64 + 1).await?;
    Ok(HttpResponseOk(timed_page(rows, limit)?))
}

pub async fn mission_view(
    rqctx: &Rq,
    mission_id: &str,
) -> Result<HttpResponseOk<Mission>, ApiError> {
    reader(rqctx, READERS).await?;
    let v = rqctx.context().store.mission_get(mission_id).await?.ok_or_else(|| {
        ApiError::new(ErrorCode::NotFound, format!("there is no mission {mission_id}"))
    })?;
    Ok(HttpResponseOk(
        serde_json::from_value(v).map_err(|e| ApiError::internal_error(format!("mission: {e}")))?,
    ))
}

pub async fn reservation_list(
    rqctx: &Rq,
    status: Option<String>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<HttpResponseOk<ReservationPage>, ApiError> {
    reader(rqctx, READERS).await?;
    let limit = page::limit(limit)?;
    let before = cursor_pair(cursor)?.map(|(id, t)| (t, id));
    let rows = rqctx.context().store.reservation_list(status, before, limit as i64 + 1).await?;
    Ok(HttpResponseOk(timed_page(rows, limit)?))
}

pub async fn reservation_create(
    rqctx: &Rq,
    body: JsonBody<ReservationCreate>,
) -> Result<HttpResponseCreated<Reservation>, ApiError> {
    let caller = reader(rqctx, READERS).await?;
    let value = body.into_value()?;
    let req: ReservationCreate =
        validate::decode("ReservationCreate", "request body", value.clone())?;
    let id = req.reservation_id.to_string();
    let audit = Audit {
        actor: &caller.client_id,
        action: "reservation.create",
        vehicle_id: None,
        target: Some(&id),
        details: json!({}),
        request_id: Some(&rqctx.request_id),
    };
    let customer = req.customer_ref.as_ref().map(|c| c.to_string());
    let created = rqctx
        .context()
        .store
        .reservation_create(
            &id,
            &value["pickup"],
            &value["destination"],
            req.pickup_after,
            customer.as_deref(),
            &audit,
        )
        .await?
        .ok_or_else(|| {
            ApiError::new(ErrorCode::Conflict, format!("reservation {id} already exists"))
        })?;
    Ok(HttpResponseCreated(
        serde_json::from_value(created)
            .map_err(|e| ApiError::internal_error(format!("reservation: {e}")))?,
    ))
}

#[allow(clippy::too_many_arguments)]
pub async fn audit_log_list(
    rqctx: &Rq,
    vehicle_id: Option<&str>,
    action: Option<&str>,
    from: Option<Ts>,
    to: Option<Ts>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<HttpResponseOk<AuditPage>, ApiError> {
    reader(rqctx, &[Role::Admin]).await?;
    let limit = page::limit(limit)?;
    let before = page::cursor_number(cursor)?;
    let rows = rqctx
        .context()
        .store
        .audit_list(vehicle_id, action, from, to, before, limit as i64 + 1)
        .await?;
    let (rows, more) = split(rows, limit);
    let next = more.then(|| page::cursor_for(&rows.last().expect("a full page").1.to_string()));
    Ok(HttpResponseOk(page_of(rows.into_iter().map(|r| r.0).collect(), next)?))
}
