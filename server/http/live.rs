//! The `live` operations: `vehicle_socket_open` and `fleet_socket_open`
//! (authenticated before the 101; a vehicle token makes the vehicle's
//! command socket, an operator or admin token a frontend socket) and
//! `stream_open` (the same events as Server-Sent Events).

use crate::api::{
    FleetSocketOpenQuery, StreamOpenQuery, VehicleSocketOpenPath, VehicleSocketOpenQuery,
};
use crate::auth::authz;
use crate::error::ApiError;
use crate::front::Rq;
use crate::front::extract::WebsocketUpgrade;
use crate::gate;
use crate::live::{Subscriptions, session, sse, upgrade_into};
use crate::models::Role;

type Raw = http::Response<dropshot::Body>;

pub async fn vehicle_socket_open(
    rq: &Rq,
    path: VehicleSocketOpenPath,
    query: VehicleSocketOpenQuery,
    upgrade: WebsocketUpgrade,
) -> Result<Raw, ApiError> {
    let ctx = rq.context();
    let vehicle_id = path.vehicle_id.as_str();
    let caller = gate::authenticate(ctx, rq.request.headers(), query.token.as_deref()).await?;
    let peer = if caller.role == Role::Vehicle {
        session::Peer::Vehicle(gate::vehicle_writer(ctx, caller, vehicle_id).await?)
    } else {
        gate::known_vehicle(ctx, vehicle_id).await?;
        session::Peer::Frontend { caller, subs: Subscriptions::of(&[vehicle_id]) }
    };
    Ok(upgrade_into(rq, upgrade, peer))
}

pub async fn fleet_socket_open(
    rq: &Rq,
    query: FleetSocketOpenQuery,
    upgrade: WebsocketUpgrade,
) -> Result<Raw, ApiError> {
    let ctx = rq.context();
    let caller = gate::authenticate(ctx, rq.request.headers(), query.token.as_deref()).await?;
    authz::require_role(&caller, &[Role::Operator, Role::Admin])?;
    let subs = Subscriptions::of(&["*"]);
    Ok(upgrade_into(rq, upgrade, session::Peer::Frontend { caller, subs }))
}

pub async fn stream_open(rq: &Rq, query: StreamOpenQuery) -> Result<Raw, ApiError> {
    let ctx = rq.context();
    let caller = gate::authenticate(ctx, rq.request.headers(), query.token.as_deref()).await?;
    authz::require_role(&caller, &[Role::Operator, Role::Admin])?;
    let subs = sse::subscriptions(query.vehicle_ids.as_deref());
    sse::stream(ctx, caller, subs)
}
