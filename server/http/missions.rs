//! The `missions` operations: `mission_list`, `mission_view` (missions are
//! created by `dispatch` commands), `reservation_list` and
//! `reservation_create` (audited).

use serde_json::json;

use crate::api::{MissionListQuery, MissionViewPath, ReservationListQuery};
use crate::db::auth::Audit;
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::front::Rq;
use crate::http::page::{self, READERS, reader, timed_page};
use crate::models::{
    ErrorCode, Mission, MissionPage, Reservation, ReservationCreate, ReservationPage,
};

pub async fn mission_list(rq: &Rq, query: MissionListQuery) -> Result<MissionPage, ApiError> {
    reader(rq, READERS).await?;
    let limit = page::limit(query.limit)?;
    let before = page::before_key::<String>(query.cursor.as_deref())?;
    let vehicle_id = query.vehicle_id.as_ref().map(|v| v.as_str());
    let status = query.status.map(|s| s.to_string());
    let rows =
        rq.context().store.mission_list(vehicle_id, status, before, limit as i64 + 1).await?;
    let (items, next_cursor) = timed_page(rows, limit);
    Ok(MissionPage { items, next_cursor })
}

pub async fn mission_view(rq: &Rq, path: MissionViewPath) -> Result<Mission, ApiError> {
    reader(rq, READERS).await?;
    let mission_id = path.mission_id;
    rq.context().store.mission_get(&mission_id).await?.ok_or_else(|| {
        ApiError::new(ErrorCode::NotFound, format!("there is no mission {mission_id}"))
    })
}

pub async fn reservation_list(
    rq: &Rq,
    query: ReservationListQuery,
) -> Result<ReservationPage, ApiError> {
    reader(rq, READERS).await?;
    let limit = page::limit(query.limit)?;
    let before = page::before_key::<String>(query.cursor.as_deref())?;
    let status = query.status.map(|s| s.to_string());
    let rows = rq.context().store.reservation_list(status, before, limit as i64 + 1).await?;
    let (items, next_cursor) = timed_page(rows, limit);
    Ok(ReservationPage { items, next_cursor })
}

pub async fn reservation_create(
    rq: &Rq,
    body: JsonBody<ReservationCreate>,
) -> Result<Reservation, ApiError> {
    let caller = reader(rq, READERS).await?;
    let req = body.into_model()?;
    let pickup = serde_json::to_value(&req.pickup).map_err(ApiError::internal_error)?;
    let destination = serde_json::to_value(&req.destination).map_err(ApiError::internal_error)?;
    let id = req.reservation_id.to_string();
    let audit = Audit {
        actor: &caller.client_id,
        action: "reservation.create",
        vehicle_id: None,
        target: Some(&id),
        details: json!({}),
        request_id: Some(&rq.request_id),
    };
    let customer = req.customer_ref.as_ref().map(|c| c.to_string());
    let created = rq
        .context()
        .store
        .reservation_create(
            &id,
            &pickup,
            &destination,
            req.pickup_after,
            customer.as_deref(),
            &audit,
        )
        .await?
        .ok_or_else(|| {
            ApiError::new(ErrorCode::Conflict, format!("reservation {id} already exists"))
        })?;
    Ok(created)
}
