//! The `admin` operations: vehicles (`vehicle_create`, `vehicle_update`,
//! `vehicle_decommission`), clients (`client_create` with its secret shown
//! once, `client_list`, `client_revoke`), the audit log (`audit_log_list`)
//! and alert webhooks (`webhook_create` with its secret shown once,
//! `webhook_list`, `webhook_delete`, `webhook_delivery_list`). Every one
//! needs the admin role; every change is audited in the same transaction.

use serde_json::json;

use crate::api::{
    AuditLogListQuery, ClientListQuery, ClientRevokePath, VehicleDecommissionPath,
    VehicleUpdatePath, WebhookDeletePath, WebhookDeliveryListPath, WebhookDeliveryListQuery,
};
use crate::auth::{Caller, authz, secrets};
use crate::cluster::Wire;
use crate::db::auth::{Audit, ClientCreateOutcome, ClientRow};
use crate::db::vehicles::{VehicleRow, VehicleWrite};
use crate::error::ApiError;
use crate::error::wire;
use crate::extract::JsonBody;
use crate::front::Rq;
use crate::gate;
use crate::http::page::{self, split};
use crate::models::{
    AuditPage, Client, ClientCreate, ClientCreated, ClientPage, ConflictDetails, ErrorCode, Role,
    Vehicle, VehicleCreate, VehicleUpdate, WebhookCreate, WebhookCreated, WebhookDeliveryPage,
    WebhookPage,
};

/// The caller, if it is an admin.
async fn admin(rq: &Rq) -> Result<Caller, ApiError> {
    let caller = gate::authenticate(rq.context(), rq.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Admin])?;
    Ok(caller)
}

pub fn vehicle_of(row: &VehicleRow) -> Result<Vehicle, ApiError> {
    Ok(Vehicle {
        vehicle_id: wire(&row.vehicle_id)?,
        name: row.name.as_deref().map(wire).transpose()?,
        created_at: row.created_at,
        decommissioned_at: row.decommissioned_at,
        vda5050: row.vda5050.clone(),
    })
}

/// The answer to a registration or change that could not be made.
fn refused(vehicle_id: &str, outcome: VehicleWrite) -> Result<VehicleRow, ApiError> {
    match outcome {
        VehicleWrite::Done(row) => Ok(row),
        VehicleWrite::Unknown => Err(authz::not_registered(vehicle_id)),
        VehicleWrite::IdTaken => Err(ApiError::new(
            ErrorCode::Conflict,
            format!("vehicle {vehicle_id} is already registered"),
        )
        .with_details(ConflictDetails {
            vehicle_id: Some(vehicle_id.to_string()),
            ..Default::default()
        })),
        VehicleWrite::IdentityTaken(holder) => Err(ApiError::new(
            ErrorCode::Conflict,
            format!("vehicle {holder} has this VDA 5050 identity (interface, manufacturer and serial number) already"),
        )
        .with_details(ConflictDetails { vehicle_id: Some(holder), ..Default::default() })),
    }
}

pub async fn vehicle_create(rq: &Rq, body: JsonBody<VehicleCreate>) -> Result<Vehicle, ApiError> {
    let (ctx, caller) = (rq.context(), admin(rq).await?);
    let req = body.into_model()?;
    let name = req.name.as_ref().map(|n| n.to_string());
    let audit = Audit {
        actor: &caller.client_id,
        action: "vehicle.create",
        vehicle_id: Some(&req.vehicle_id),
        target: Some(&req.vehicle_id),
        details: json!({ "name": name, "vda5050": req.vda5050 }),
        request_id: Some(&rq.request_id),
    };
    let link = req.vda5050.as_ref();
    let outcome = ctx.store.vehicle_create(&req.vehicle_id, name.as_deref(), link, &audit).await?;
    let row = refused(&req.vehicle_id, outcome)?;
    ctx.registry.remember_vehicle(row.clone());
    ctx.tell_others(Wire::VehicleChanged { vehicle_id: row.vehicle_id.clone() });
    vehicle_of(&row)
}

pub async fn vehicle_update(
    rq: &Rq,
    path: VehicleUpdatePath,
    body: JsonBody<VehicleUpdate>,
) -> Result<Vehicle, ApiError> {
    let (ctx, caller) = (rq.context(), admin(rq).await?);
    let vehicle_id = path.vehicle_id.as_str();
    let req = body.into_model()?;
    let name = req.name.as_ref().map(|n| n.to_string());
    let audit = Audit {
        actor: &caller.client_id,
        action: "vehicle.update",
        vehicle_id: Some(vehicle_id),
        target: Some(vehicle_id),
        details: json!({ "name": name, "vda5050": req.vda5050 }),
        request_id: Some(&rq.request_id),
    };
    let link = req.vda5050.as_ref();
    let outcome = ctx.store.vehicle_update(vehicle_id, name.as_deref(), link, &audit).await?;
    let row = refused(vehicle_id, outcome)?;
    ctx.registry.remember_vehicle(row.clone());
    ctx.tell_others(Wire::VehicleChanged { vehicle_id: vehicle_id.to_string() });
    vehicle_of(&row)
}

pub async fn vehicle_decommission(rq: &Rq, path: VehicleDecommissionPath) -> Result<(), ApiError> {
    let (ctx, caller) = (rq.context(), admin(rq).await?);
    let vehicle_id = path.vehicle_id.as_str();
    let audit = Audit {
        actor: &caller.client_id,
        action: "vehicle.decommission",
        vehicle_id: Some(vehicle_id),
        target: Some(vehicle_id),
        details: json!({}),
        request_id: Some(&rq.request_id),
    };
    let (row, revoked) = ctx
        .store
        .vehicle_decommission(vehicle_id, &audit)
        .await?
        .ok_or_else(|| authz::not_registered(vehicle_id))?;
    ctx.registry.remember_vehicle(row);
    ctx.tell_others(Wire::VehicleChanged { vehicle_id: vehicle_id.to_string() });
    for c in revoked {
        ctx.registry.revoke_client(&c);
        ctx.tell_others(Wire::ClientRevoked { client_id: c });
    }
    Ok(())
}

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
pub async fn client_create(
    rq: &Rq,
    body: JsonBody<ClientCreate>,
) -> Result<ClientCreated, ApiError> {
    let (ctx, caller) = (rq.context(), admin(rq).await?);
    let req = body.into_model()?;
    let vehicle_id = req.vehicle_id.as_ref().map(|v| v.to_string());
    authz::client_binding(req.role, vehicle_id.as_deref())?;
    let secret = secrets::new_client_secret();
    let to_hash = secret.clone();
    let hash = crate::offload::run(move || secrets::hash_secret(&to_hash))
        .await
        .map_err(ApiError::internal_error)?;
    let audit = Audit {
        actor: &caller.client_id,
        action: "client.create",
        vehicle_id: vehicle_id.as_deref(),
        target: Some(&req.client_id),
        details: json!({ "role": req.role.to_string() }),
        request_id: Some(&rq.request_id),
    };
    let role = req.role.to_string();
    match ctx
        .store
        .client_create(&req.client_id, &role, vehicle_id.as_deref(), &hash, &audit)
        .await?
    {
        ClientCreateOutcome::Created(row) => Ok(ClientCreated {
            client_id: wire(&row.client_id)?,
            role: req.role,
            vehicle_id: req.vehicle_id,
            client_secret: wire(&secret)?,
        }),
        ClientCreateOutcome::Exists => Err(ApiError::new(
            ErrorCode::Conflict,
            format!("client {} already exists", req.client_id.as_str()),
        )
        .with_details(ConflictDetails {
            client_id: Some(req.client_id.to_string()),
            ..Default::default()
        })),
        ClientCreateOutcome::NoSuchVehicle => Err(ApiError::new(
            ErrorCode::VehicleNotFound,
            format!("vehicle {} is not registered", vehicle_id.unwrap_or_default()),
        )),
    }
}

pub async fn client_list(rq: &Rq, query: ClientListQuery) -> Result<ClientPage, ApiError> {
    let ctx = rq.context();
    admin(rq).await?;
    let limit = page::limit(query.limit)?;
    let after = page::cursor_key(query.cursor.as_deref())?;
    let rows = ctx.store.client_list(after.as_deref(), limit as i64 + 1).await?;
    let (rows, more) = page::split(rows, limit);
    let next_cursor = more.then(|| page::cursor_for(&rows.last().expect("a full page").client_id));
    let items = rows.iter().map(client_of).collect::<Result<_, _>>()?;
    Ok(ClientPage { items, next_cursor })
}

pub async fn client_revoke(rq: &Rq, path: ClientRevokePath) -> Result<(), ApiError> {
    let (ctx, caller) = (rq.context(), admin(rq).await?);
    let client_id = path.client_id.as_str();
    if client_id == &*caller.client_id {
        return Err(ApiError::new(ErrorCode::Forbidden, "an admin cannot revoke its own client"));
    }
    let audit = Audit {
        actor: &caller.client_id,
        action: "client.revoke",
        vehicle_id: None,
        target: Some(client_id),
        details: json!({}),
        request_id: Some(&rq.request_id),
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
    Ok(())
}
pub async fn audit_log_list(rq: &Rq, query: AuditLogListQuery) -> Result<AuditPage, ApiError> {
    admin(rq).await?;
    let limit = page::limit(query.limit)?;
    let before = page::cursor_number(query.cursor.as_deref())?;
    let vehicle_id = query.vehicle_id.as_ref().map(|v| v.as_str());
    let (action, from, to) = (query.action.as_deref(), query.from, query.to);
    let rows = rq
        .context()
        .store
        .audit_list(vehicle_id, action, from, to, before, limit as i64 + 1)
        .await?;
    let (rows, more) = split(rows, limit);
    let next = more.then(|| page::cursor_for(&rows.last().expect("a full page").1.to_string()));
    Ok(AuditPage { items: rows.into_iter().map(|r| r.0).collect(), next_cursor: next })
}

pub async fn webhook_create(
    rq: &Rq,
    body: JsonBody<WebhookCreate>,
) -> Result<WebhookCreated, ApiError> {
    let (ctx, caller) = (rq.context(), admin(rq).await?);
    let req = body.into_model()?;
    if let Some(why) = ctx.config.webhook_destinations.refuses_url(req.url.as_str()) {
        return Err(ApiError::new(
            ErrorCode::ValidationFailed,
            format!("the webhook URL is refused: {why}"),
        )
        .with_details(crate::error::violation_details([("/url", why.as_str())])));
    }
    let secret = format!("whsec_{}", secrets::random_token(32));
    let audit = Audit {
        actor: &caller.client_id,
        action: "webhook.create",
        vehicle_id: None,
        target: Some(req.url.as_str()),
        details: json!({ "description": req.description.as_ref().map(|d| d.as_str()) }),
        request_id: Some(&rq.request_id),
    };
    let description = req.description.as_ref().map(|d| d.as_str());
    let hook = ctx.store.webhook_create(req.url.as_str(), description, &secret, &audit).await?;
    Ok(WebhookCreated {
        webhook_id: hook.webhook_id,
        url: hook.url,
        description: hook.description,
        created_at: hook.created_at,
        secret: wire(&secret)?,
    })
}

pub async fn webhook_list(rq: &Rq) -> Result<WebhookPage, ApiError> {
    admin(rq).await?;
    Ok(WebhookPage { items: rq.context().store.webhook_list().await? })
}

pub async fn webhook_delete(rq: &Rq, path: WebhookDeletePath) -> Result<(), ApiError> {
    let (ctx, caller) = (rq.context(), admin(rq).await?);
    let target = path.webhook_id.to_string();
    let audit = Audit {
        actor: &caller.client_id,
        action: "webhook.delete",
        vehicle_id: None,
        target: Some(&target),
        details: json!({}),
        request_id: Some(&rq.request_id),
    };
    if !ctx.store.webhook_delete(path.webhook_id, &audit).await? {
        return Err(no_webhook(path.webhook_id));
    }
    Ok(())
}

pub async fn webhook_delivery_list(
    rq: &Rq,
    path: WebhookDeliveryListPath,
    query: WebhookDeliveryListQuery,
) -> Result<WebhookDeliveryPage, ApiError> {
    admin(rq).await?;
    let store = &rq.context().store;
    let limit = page::limit(query.limit)?;
    let before = page::before_key::<uuid::Uuid>(query.cursor.as_deref())?;
    if !store.webhook_exists(path.webhook_id).await? {
        return Err(no_webhook(path.webhook_id));
    }
    let rows = store.webhook_deliveries(path.webhook_id, before, limit as i64 + 1).await?;
    let (items, next_cursor) = page::timed_page(rows, limit);
    Ok(WebhookDeliveryPage { items, next_cursor })
}

fn no_webhook(id: uuid::Uuid) -> ApiError {
    ApiError::new(ErrorCode::NotFound, format!("there is no webhook {id}"))
}
