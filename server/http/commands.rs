//! Commands over REST: `command_create` (the same path as a frontend socket's
//! `command`: stored, queued, 202), `command_view` and `command_list`.

use dropshot::{HttpResponseAccepted, HttpResponseOk};
use uuid::Uuid;

use crate::auth::{self, authz};
use crate::db::commands::CommandRow;
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::front::Rq;
use crate::http::page::{self, wire};
use crate::models::{CommandAccepted, CommandCreate, CommandPage, CommandRecord, ErrorCode, Role};
use crate::validate;

pub fn record_of(row: &CommandRow) -> Result<CommandRecord, ApiError> {
    Ok(CommandRecord {
        command_id: row.command_id,
        vehicle_id: wire(&row.vehicle_id)?,
        command: wire(&row.command)?,
        params: row.params.as_object().cloned().unwrap_or_default(),
        priority: wire(&row.priority)?,
        status: wire(&row.status)?,
        issued_by: row.issued_by.clone(),
        issued_at: row.issued_at,
        expires_at: row.expires_at,
        attempts: row.attempts.max(0) as u64,
        updated_at: row.updated_at,
        reason: row.reason.clone(),
        detail: row.detail.clone(),
    })
}

pub async fn command_create(
    rqctx: &Rq,
    vehicle_id: &str,
    body: JsonBody<CommandCreate>,
) -> Result<HttpResponseAccepted<CommandAccepted>, ApiError> {
    let ctx = rqctx.context();
    let caller = auth::authenticate(ctx, rqctx.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Operator, Role::Admin])?;
    let value = body.into_value()?;
    let _: CommandCreate = validate::decode("CommandCreate", "request body", value.clone())?;
    let accepted =
        crate::commands::issue(ctx, &caller, vehicle_id, &value, None, Some(&rqctx.request_id))
            .await?;
    Ok(HttpResponseAccepted(accepted))
}

async fn readable_vehicle(rqctx: &Rq, vehicle_id: &str) -> Result<(), ApiError> {
    let ctx = rqctx.context();
    let caller = auth::authenticate(ctx, rqctx.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Operator, Role::Admin])?;
    authz::known_vehicle(ctx, vehicle_id).await?;
    Ok(())
}

pub async fn command_view(
    rqctx: &Rq,
    vehicle_id: &str,
    command_id: Uuid,
) -> Result<HttpResponseOk<CommandRecord>, ApiError> {
    readable_vehicle(rqctx, vehicle_id).await?;
    let row =
        rqctx.context().store.command_get(vehicle_id, command_id).await?.ok_or_else(|| {
            ApiError::new(
                ErrorCode::NotFound,
                format!("vehicle {vehicle_id} has no command {command_id}"),
            )
        })?;
    Ok(HttpResponseOk(record_of(&row)?))
}

pub async fn command_list(
    rqctx: &Rq,
    vehicle_id: &str,
    from: Option<chrono::DateTime<chrono::Utc>>,
    to: Option<chrono::DateTime<chrono::Utc>>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<HttpResponseOk<CommandPage>, ApiError> {
    readable_vehicle(rqctx, vehicle_id).await?;
    let limit = page::limit(limit)?;
    let before = page::cursor_number(cursor)?;
    let rows =
        rqctx.context().store.command_list(vehicle_id, from, to, before, limit as i64 + 1).await?;
    let (rows, more) = page::split(rows, limit);
    let next_cursor =
        more.then(|| page::cursor_for(&rows.last().expect("a full page").seq.to_string()));
    let items = rows.iter().map(record_of).collect::<Result<_, _>>()?;
    Ok(HttpResponseOk(CommandPage { items, next_cursor }))
}
