//! Authorization: role checks and the `VehicleAccess` proof that telemetry
//! writers must hold (the caller is that vehicle, or an admin, and the
//! vehicle exists and is in service: `crate::gate::vehicle_writer`).

use std::sync::Arc;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::models::{ErrorCode, Role};
use crate::registry::VehicleEntry;

/// Proof that the caller may write telemetry for this vehicle.
#[derive(Clone)]
pub struct VehicleAccess {
    pub caller: Caller,
    pub vehicle: Arc<VehicleEntry>,
}

impl VehicleAccess {
    pub fn vehicle_id(&self) -> &str {
        &self.vehicle.vehicle_id
    }
}

fn forbidden(message: impl Into<String>) -> ApiError {
    ApiError::new(ErrorCode::Forbidden, message)
}

/// 403 unless the caller has one of `roles`.
pub fn require_role(caller: &Caller, roles: &[Role]) -> Result<(), ApiError> {
    if roles.contains(&caller.role) {
        Ok(())
    } else {
        let wanted: Vec<String> = roles.iter().map(|r| r.to_string()).collect();
        Err(forbidden(format!(
            "this operation needs the {} role; the caller is {}",
            wanted.join(" or "),
            caller.role
        )))
    }
}

/// The caller may act as `vehicle_id`: it is that vehicle's own client, or an
/// admin. Checked before existence, so a vehicle cannot probe other ids.
pub fn acts_as_vehicle(caller: &Caller, vehicle_id: &str) -> Result<(), ApiError> {
    match caller.role {
        Role::Admin => Ok(()),
        Role::Vehicle if caller.vehicle_id.as_deref() == Some(vehicle_id) => Ok(()),
        Role::Vehicle => Err(forbidden(format!(
            "a vehicle client may only act as its own vehicle, not {vehicle_id}"
        ))),
        Role::Operator => {
            Err(forbidden("operators read telemetry; only the vehicle (or an admin) writes it"))
        }
    }
}

/// 404 VEHICLE_NOT_FOUND for an id that is not registered.
pub fn not_registered(vehicle_id: &str) -> ApiError {
    ApiError::new(ErrorCode::VehicleNotFound, format!("vehicle {vehicle_id} is not registered"))
}

/// A client's role and vehicle binding agree: a vehicle client names its
/// vehicle, no other client does.
pub fn client_binding(role: Role, vehicle_id: Option<&str>) -> Result<(), ApiError> {
    match (role, vehicle_id) {
        (Role::Vehicle, None) => Err(ApiError::new(
            ErrorCode::ValidationFailed,
            "a vehicle client must name its vehicle_id",
        )
        .with_details(crate::error::violation_details([(
            "/vehicle_id",
            "required for role vehicle",
        )]))),
        (Role::Operator | Role::Admin, Some(_)) => Err(ApiError::new(
            ErrorCode::ValidationFailed,
            format!("a {role} client is not bound to a vehicle; omit vehicle_id"),
        )
        .with_details(crate::error::violation_details([("/vehicle_id", "only for role vehicle")]))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caller(role: Role, vehicle: Option<&str>) -> Caller {
        Caller::new("c", role, vehicle.map(Into::into))
    }

    #[test]
    fn only_the_vehicle_itself_or_an_admin_acts_as_a_vehicle() {
        assert!(acts_as_vehicle(&caller(Role::Vehicle, Some("A")), "A").is_ok());
        assert!(acts_as_vehicle(&caller(Role::Admin, None), "A").is_ok());
        let e = acts_as_vehicle(&caller(Role::Vehicle, Some("B")), "A").unwrap_err();
        assert_eq!(e.code(), ErrorCode::Forbidden);
        assert!(acts_as_vehicle(&caller(Role::Operator, None), "A").is_err());
    }

    #[test]
    fn role_requirements_name_the_missing_role() {
        let e = require_role(&caller(Role::Operator, None), &[Role::Admin]).unwrap_err();
        assert_eq!(e.code(), ErrorCode::Forbidden);
        assert!(e.to_string().contains("admin"), "{e}");
    }
}
