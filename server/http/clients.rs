//! API client registry (admin only): `client_create` (the secret is shown
//! once, stored as argon2id), `client_list`, `client_revoke` (its tokens
//! stop working at once). Each change is audited.

use dropshot::{HttpResponseCreated, HttpResponseDeleted, HttpResponseOk};
use serde_json::json;

use crate::auth::{self, authz, secrets};
use crate::db::auth::{Audit, ClientCreateOutcome, ClientRow};
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::front::Rq;
use crate::http::page::{self, wire};
use crate::models::{Client, ClientCreate, ClientCreated, ClientPage, ErrorCode, Role};
use crate::validate;

fn client_of(row: &ClientRow) -> Result<Client, ApiError> {
    Ok(Client {
        client_id: wire(&row.client_id)?,
        role: wire(&row.role)?,
        vehicle_id: row.vehicle_id.as_deref().map(wire).transpose()?,
        created_at: row.created_at,
        revoked_at: row.revoked_at,
    })
}

/// A vehicle client names exactly one vehicle; other roles name none.
pub fn check_binding(role: Role, vehicle_id: Option<&str>) -> Result<(), ApiError> {
    match (role, vehicle_id) {
        (Role::Vehicle, None) => Err(ApiError::new(
            ErrorCode::ValidationFailed,
            "a vehicle client must name its vehicle_id",
        )
        .with_details(json!({ "violations": [{ "pointer": "/vehicle_id", "message": "required for role vehicle" }] }))),
        (Role::Operator | Role::Admin, Some(_)) => Err(ApiError::new(
            ErrorCode::ValidationFailed,
            format!("a {role} client is not bound to a vehicle; omit vehicle_id"),
        )
        .with_details(json!({ "violations": [{ "pointer": "/vehicle_id", "message": "only for role vehicle" }] }))),
        _ => Ok(()),
    }
}

pub async fn client_create(
    rqctx: &Rq,
    body: JsonBody<ClientCreate>,
) -> Result<HttpResponseCreated<ClientCreated>, ApiError> {
    let ctx = rqctx.context();
    let caller = auth::authenticate(ctx, rqctx.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Admin])?;
    let req = validate::body(body)?;
    let vehicle_id = req.vehicle_id.as_ref().map(|v| v.to_string());
    check_binding(req.role, vehicle_id.as_deref())?;
    let secret = secrets::new_client_secret();
    let to_hash = secret.clone();
    let hash = tokio::task::spawn_blocking(move || secrets::hash_secret(&to_hash))
        .await
        .map_err(ApiError::internal_error)?;
    let audit = Audit {
        actor: &caller.client_id,
        action: "client.create",
        vehicle_id: vehicle_id.as_deref(),
        target: Some(&req.client_id),
        details: json!({ "role": req.role.to_string() }),
        request_id: Some(&rqctx.request_id),
    };
    let role = req.role.to_string();
    match ctx
        .store
        .client_create(&req.client_id, &role, vehicle_id.as_deref(), &hash, &audit)
        .await?
    {
        ClientCreateOutcome::Created(row) => Ok(HttpResponseCreated(ClientCreated {
            client_id: wire(&row.client_id)?,
            role: req.role,
            vehicle_id: req.vehicle_id,
            client_secret: wire(&secret)?,
        })),
        ClientCreateOutcome::Exists => Err(ApiError::new(
            ErrorCode::Conflict,
            format!("client {} already exists", req.client_id.as_str()),
        )
        .with_details(json!({ "client_id": req.client_id.as_str() }))),
        ClientCreateOutcome::NoSuchVehicle => Err(ApiError::new(
            ErrorCode::VehicleNotFound,
            format!("vehicle {} is not registered", vehicle_id.unwrap_or_default()),
        )),
    }
}

pub async fn client_list(
    rqctx: &Rq,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<HttpResponseOk<ClientPage>, ApiError> {
    let ctx = rqctx.context();
    let caller = auth::authenticate(ctx, rqctx.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Admin])?;
    let limit = page::limit(limit)?;
    let after = page::cursor_key(cursor)?;
    let rows = ctx.store.client_list(after.as_deref(), limit as i64 + 1).await?;
    let (rows, more) = page::split(rows, limit);
    let next_cursor = more.then(|| page::cursor_for(&rows.last().expect("a full page").client_id));
    let items = rows.iter().map(client_of).collect::<Result<_, _>>()?;
    Ok(HttpResponseOk(ClientPage { items, next_cursor }))
}

pub async fn client_revoke(rqctx: &Rq, client_id: &str) -> Result<HttpResponseDeleted, ApiError> {
    let ctx = rqctx.context();
    let caller = auth::authenticate(ctx, rqctx.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Admin])?;
    if client_id == caller.client_id {
        return Err(ApiError::new(ErrorCode::Forbidden, "an admin cannot revoke its own client"));
    }
    let audit = Audit {
        actor: &caller.client_id,
        action: "client.revoke",
        vehicle_id: None,
        target: Some(client_id),
        details: json!({}),
        request_id: Some(&rqctx.request_id),
    };
    let row = ctx.store.client_revoke(client_id, &audit).await?;
    if row.is_none() {
        return Err(ApiError::new(
            ErrorCode::NotFound,
            format!("client {client_id} does not exist"),
        ));
    }
    ctx.registry.revoke_client(client_id);
    ctx.tell_others(crate::cluster::Wire::ClientRevoked { client_id: client_id.to_string() });
    Ok(HttpResponseDeleted())
}
