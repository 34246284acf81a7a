//! Vehicle registry operations: `vehicle_create`, `vehicle_update`,
//! `vehicle_decommission` (admin) and `vehicle_view` (operator, admin; the
//! latest state from memory). Each admin change is audited.

use dropshot::{HttpResponseCreated, HttpResponseDeleted, HttpResponseOk};
use serde_json::json;

use crate::auth::{self, authz};
use crate::cluster::Wire;
use crate::db::auth::Audit;
use crate::db::vehicles::VehicleRow;
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::front::Rq;
use crate::http::page::wire;
use crate::models::{ErrorCode, Role, Vehicle, VehicleCreate, VehicleSummary, VehicleUpdate};
use crate::validate;

pub fn vehicle_of(row: &VehicleRow) -> Result<Vehicle, ApiError> {
    Ok(Vehicle {
        vehicle_id: wire(&row.vehicle_id)?,
        name: row.name.as_deref().map(wire).transpose()?,
        created_at: row.created_at,
        decommissioned_at: row.decommissioned_at,
    })
}

pub async fn vehicle_create(
    rqctx: &Rq,
    body: JsonBody<VehicleCreate>,
) -> Result<HttpResponseCreated<Vehicle>, ApiError> {
    let ctx = rqctx.context();
    let caller = auth::authenticate(ctx, rqctx.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Admin])?;
    let req = validate::body(body)?;
    let name = req.name.as_ref().map(|n| n.to_string());
    let audit = Audit {
        actor: &caller.client_id,
        action: "vehicle.create",
        vehicle_id: Some(&req.vehicle_id),
        target: Some(&req.vehicle_id),
        details: json!({ "name": name }),
        request_id: Some(&rqctx.request_id),
    };
    let row = ctx.store.vehicle_create(&req.vehicle_id, name.as_deref(), &audit).await?;
    let Some(row) = row else {
        return Err(ApiError::new(
            ErrorCode::Conflict,
            format!("vehicle {} is already registered", req.vehicle_id.as_str()),
        )
        .with_details(json!({ "vehicle_id": req.vehicle_id.as_str() })));
    };
    ctx.registry.remember_vehicle(row.clone());
    Ok(HttpResponseCreated(vehicle_of(&row)?))
}

pub async fn vehicle_update(
    rqctx: &Rq,
    vehicle_id: &str,
    body: JsonBody<VehicleUpdate>,
) -> Result<HttpResponseOk<Vehicle>, ApiError> {
    let ctx = rqctx.context();
    let caller = auth::authenticate(ctx, rqctx.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Admin])?;
    let req = validate::body(body)?;
    let name = req.name.as_ref().map(|n| n.to_string());
    let audit = Audit {
        actor: &caller.client_id,
        action: "vehicle.update",
        vehicle_id: Some(vehicle_id),
        target: Some(vehicle_id),
        details: json!({ "name": name }),
        request_id: Some(&rqctx.request_id),
    };
    let row = ctx.store.vehicle_update(vehicle_id, name.as_deref(), &audit).await?;
    let row = row.ok_or_else(|| authz::not_registered(vehicle_id))?;
    ctx.registry.remember_vehicle(row.clone());
    ctx.tell_others(Wire::VehicleChanged { vehicle_id: vehicle_id.to_string() });
    Ok(HttpResponseOk(vehicle_of(&row)?))
}

pub async fn vehicle_decommission(
    rqctx: &Rq,
    vehicle_id: &str,
) -> Result<HttpResponseDeleted, ApiError> {
    let ctx = rqctx.context();
    let caller = auth::authenticate(ctx, rqctx.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Admin])?;
    let audit = Audit {
        actor: &caller.client_id,
        action: "vehicle.decommission",
        vehicle_id: Some(vehicle_id),
        target: Some(vehicle_id),
        details: json!({}),
        request_id: Some(&rqctx.request_id),
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
    Ok(HttpResponseDeleted())
}

pub async fn vehicle_view(
    rqctx: &Rq,
    vehicle_id: &str,
) -> Result<HttpResponseOk<VehicleSummary>, ApiError> {
    let ctx = rqctx.context();
    let caller = auth::authenticate(ctx, rqctx.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Operator, Role::Admin])?;
    let v = authz::known_vehicle(ctx, vehicle_id).await?;
    let info = v.info();
    let live = v.live(&ctx.store).await?;
    Ok(HttpResponseOk(VehicleSummary {
        vehicle_id: wire(&info.vehicle_id)?,
        name: info.name.as_deref().map(wire).transpose()?,
        online: v.is_online(),
        state: live.status.as_ref().map(|s| s.state),
        state_since: live.status.as_ref().map(|s| s.since),
        location: live.location.clone(),
        battery: live.battery.clone(),
        decommissioned: info.decommissioned_at.is_some(),
    }))
}
