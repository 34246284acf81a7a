//! The `commands` operations: `command_create` (the same path as a frontend
//! socket's `command`: stored, queued, 202), `command_view` and
//! `command_list`.

use crate::api::{CommandCreatePath, CommandListPath, CommandListQuery, CommandViewPath};
use crate::auth::authz;
use crate::commands::Params;
use crate::db::commands::CommandRow;
use crate::error::ApiError;
use crate::error::wire;
use crate::extract::JsonBody;
use crate::front::Rq;
use crate::gate;
use crate::http::page;
use crate::models::{
    CommandAccepted, CommandCreate, CommandKind, CommandPage, CommandRecord, ErrorCode, Role,
};

/// A stored command as the contract's `CommandRecord`, its parameters
/// decoded by its kind (a stored value the contract refuses is corrupt data).
pub fn record_of(row: &CommandRow) -> Result<CommandRecord, ApiError> {
    let params = Params::decode(row.command, row.params.clone()).map_err(|e| {
        ApiError::internal_error(format!("command {}: stored params: {e}", row.command_id))
    })?;
    let vehicle_id = wire(&row.vehicle_id)?;
    macro_rules! record {
        ($kind:ident, $params:expr) => {
            CommandRecord::$kind {
                command_id: row.command_id,
                vehicle_id,
                params: $params,
                priority: row.priority,
                status: row.status,
                issued_by: row.issued_by.clone(),
                issued_at: row.issued_at,
                expires_at: row.expires_at,
                attempts: row.attempts.max(0) as u64,
                updated_at: row.updated_at,
                reason: row.reason.clone(),
                detail: row.detail.clone(),
            }
        };
    }
    Ok(match params {
        Params::Dispatch(p) => record!(Dispatch, p),
        Params::Cancel(p) => record!(Cancel, p),
        Params::EmergencyStop(p) => record!(EmergencyStop, p),
        Params::Resume(p) => record!(Resume, p),
        Params::Configure(p) => record!(Configure, p),
    })
}

pub async fn command_create(
    rq: &Rq,
    path: CommandCreatePath,
    body: JsonBody<CommandCreate>,
) -> Result<CommandAccepted, ApiError> {
    let ctx = rq.context();
    // No budget may hold back an emergency stop: the request is counted only
    // once its body shows it is something else.
    let caller = gate::identify(ctx, rq.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Operator, Role::Admin])?;
    let order: crate::commands::Order = body.into_model()?.into();
    if order.params.kind() != CommandKind::EmergencyStop {
        gate::spend_budget(ctx, &caller).await?;
    }
    let request_id = Some(rq.request_id.as_str());
    ctx.commands.issue(&caller, &path.vehicle_id, order, None, request_id).await
}

async fn readable_vehicle(rq: &Rq, vehicle_id: &str) -> Result<(), ApiError> {
    let ctx = rq.context();
    let caller = gate::authenticate(ctx, rq.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Operator, Role::Admin])?;
    gate::known_vehicle(ctx, vehicle_id).await?;
    Ok(())
}

pub async fn command_view(rq: &Rq, path: CommandViewPath) -> Result<CommandRecord, ApiError> {
    let CommandViewPath { vehicle_id, command_id } = path;
    readable_vehicle(rq, &vehicle_id).await?;
    let row = rq.context().store.command_get(&vehicle_id, command_id).await?.ok_or_else(|| {
        ApiError::new(
            ErrorCode::NotFound,
            format!("vehicle {} has no command {command_id}", vehicle_id.as_str()),
        )
    })?;
    record_of(&row)
}

pub async fn command_list(
    rq: &Rq,
    path: CommandListPath,
    query: CommandListQuery,
) -> Result<CommandPage, ApiError> {
    let vehicle_id = &path.vehicle_id;
    readable_vehicle(rq, vehicle_id).await?;
    let limit = page::limit(query.limit)?;
    let before = page::cursor_number(query.cursor.as_deref())?;
    let (from, to) = (query.from, query.to);
    let rows =
        rq.context().store.command_list(vehicle_id, from, to, before, limit as i64 + 1).await?;
    let (rows, more) = page::split(rows, limit);
    let next_cursor =
        more.then(|| page::cursor_for(&rows.last().expect("a full page").seq.to_string()));
    let items = rows.iter().map(record_of).collect::<Result<_, _>>()?;
    Ok(CommandPage { items, next_cursor })
}
