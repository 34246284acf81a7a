//! The gate every authenticated request and socket passes, where the
//! checks consult the server's state: the bearer token verified
//! (`crate::auth::TokenKeys`), its client still active, the per-client
//! request budget spent (except where nothing may refuse), and the vehicle
//! named registered (and in service, for telemetry writers).

use std::sync::Arc;

use crate::auth::authz::{VehicleAccess, acts_as_vehicle, not_registered, require_role};
use crate::auth::{Caller, bearer, remember_caller};
use crate::error::ApiError;
use crate::limits::Rule;
use crate::models::{ErrorCode, Role};
use crate::registry::VehicleEntry;
use crate::services::Services;

/// Authenticate a request: a valid token of a client that is still active,
/// within its per-client request budget.
pub async fn authenticate(
    services: &Services,
    headers: &http::HeaderMap,
    query_token: Option<&str>,
) -> Result<Caller, ApiError> {
    let caller = identify(services, headers, query_token).await?;
    spend_budget(services, &caller).await?;
    Ok(caller)
}

/// Count one request against the caller's budget (429 beyond it).
pub async fn spend_budget(services: &Services, caller: &Caller) -> Result<(), ApiError> {
    services.limits.take(Rule::Client, &caller.client_id).await
}

/// Authenticate a request without counting it against the client's budget:
/// for what no budget may refuse (an emergency stop) and what has its own
/// ceiling (error reports, `Rule::ErrorFlood`).
pub async fn identify(
    services: &Services,
    headers: &http::HeaderMap,
    query_token: Option<&str>,
) -> Result<Caller, ApiError> {
    // Identified already in this request (`screen` runs before the body
    // is read): the same token, checked a moment ago.
    if let Some(caller) = crate::auth::current_caller() {
        return Ok(caller);
    }
    let token = bearer(headers, query_token).ok_or_else(|| {
        ApiError::new(
            ErrorCode::Unauthorized,
            "a bearer token is required (Authorization: Bearer …)",
        )
    })?;
    let caller = services.tokens.verify(token)?;
    if !services.registry.client_active(&services.store, &caller.client_id).await? {
        return Err(ApiError::new(ErrorCode::Unauthorized, "the access token is not valid")
            .with_internal(format!("client {} is revoked or unknown", caller.client_id)));
    }
    if services.registry.login_revoked(caller.family.as_deref()) {
        return Err(ApiError::new(ErrorCode::Unauthorized, "the access token is not valid")
            .with_internal("its login (refresh-token family) was revoked"));
    }
    remember_caller(&caller);
    Ok(caller)
}

/// A registered vehicle (decommissioned ones included), or 404.
pub async fn known_vehicle(
    services: &Services,
    vehicle_id: &str,
) -> Result<Arc<VehicleEntry>, ApiError> {
    services
        .registry
        .vehicle(&services.store, vehicle_id)
        .await?
        .ok_or_else(|| not_registered(vehicle_id))
}

/// Telemetry write access: role check, then the vehicle must exist and be in
/// service (404 otherwise).
pub async fn vehicle_writer(
    services: &Services,
    caller: Caller,
    vehicle_id: &str,
) -> Result<VehicleAccess, ApiError> {
    acts_as_vehicle(&caller, vehicle_id)?;
    let vehicle = known_vehicle(services, vehicle_id).await?;
    if vehicle.is_decommissioned() {
        return Err(ApiError::new(
            ErrorCode::VehicleNotFound,
            format!("vehicle {vehicle_id} is decommissioned"),
        ));
    }
    Ok(VehicleAccess { caller, vehicle })
}

/// The check the generated seam makes before it reads an operation's body
/// (the contract's `x-tvm-roles`): a valid token of an active client, one of
/// `roles`, and, for a vehicle's own writes, that vehicle (or an admin).
/// A request refused here costs no body read and no parse; the caller it
/// returns is the one the handler's `identify` then finds (see
/// `front::run`), and the handler spends the budget where its operation
/// does.
pub async fn screen(
    services: &Services,
    headers: &http::HeaderMap,
    roles: &[Role],
    acting_for: Option<&str>,
) -> Result<Caller, ApiError> {
    let caller = identify(services, headers, None).await?;
    require_role(&caller, roles)?;
    if let Some(vehicle_id) = acting_for {
        acts_as_vehicle(&caller, vehicle_id)?;
    }
    Ok(caller)
}

/// Why an open socket's or stream's identity no longer holds.
#[derive(Debug, Clone, Copy)]
pub struct Lapse {
    /// 4401: its token expired (refresh it and reconnect); 4403: its client
    /// or login was revoked, or its vehicle decommissioned.
    pub close_code: u16,
    pub reason: &'static str,
}

impl Lapse {
    /// The refusal of a message that arrives after the lapse (and the final
    /// `socket_error` of an event stream).
    pub fn error(&self) -> ApiError {
        let code =
            if self.close_code == 4401 { ErrorCode::TokenExpired } else { ErrorCode::Unauthorized };
        ApiError::new(code, self.reason)
    }
}

/// Whether an open socket's or stream's identity has lapsed.
pub fn lapsed(services: &Services, caller: &Caller) -> Option<Lapse> {
    if caller.expires_at < chrono::Utc::now().timestamp() {
        return Some(Lapse { close_code: 4401, reason: "the access token expired" });
    }
    let (family, vehicle) = (caller.family.as_deref(), caller.vehicle_id.as_deref());
    let why = services.registry.revoked(&caller.client_id, family, vehicle)?;
    Some(Lapse { close_code: 4403, reason: why })
}
