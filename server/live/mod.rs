//! The live channel: `vehicle_socket_open` and `fleet_socket_open`
//! (authenticated before the 101; a vehicle token makes the vehicle's
//! command socket, an operator or admin token a frontend socket) and
//! `stream_open` (the same events as Server-Sent Events).

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::auth::{self, authz};
use crate::error::ApiError;
use crate::front::Rq;
use crate::front::extract::WebsocketUpgrade;
use crate::models::Role;

pub mod envelope;
pub mod session;
pub mod sse;

pub use crate::events::Subscriptions;

/// Starts at a random point so that ids of sessions on different instances
/// (which meet in a command's `origin` relayed between them) do not collide.
static NEXT_SESSION: LazyLock<AtomicU64> =
    LazyLock::new(|| AtomicU64::new(uuid::Uuid::new_v4().as_u64_pair().0 >> 1));

/// A unique id for a socket or stream session.
pub fn session_id() -> u64 {
    NEXT_SESSION.fetch_add(1, Ordering::Relaxed)
}

/// Hand the connection to a session once the 101 is sent. The session holds
/// the server state (not the request), and ends on shutdown by itself.
fn upgrade_into(
    rqctx: &Rq,
    upgrade: WebsocketUpgrade,
    peer: session::Peer,
) -> Result<http::Response<dropshot::Body>, ApiError> {
    let (ctx, log, request_id) = (rqctx.shared(), rqctx.log.clone(), rqctx.request_id.clone());
    Ok(upgrade
        .handle(move |conn| async move { session::run(&ctx, log, request_id, conn, peer).await }))
}

pub async fn vehicle_socket_open(
    rqctx: &Rq,
    vehicle_id: String,
    token: Option<String>,
    upgrade: WebsocketUpgrade,
) -> Result<http::Response<dropshot::Body>, ApiError> {
    let peer = {
        let ctx = rqctx.context();
        let caller = auth::authenticate(ctx, rqctx.request.headers(), token.as_deref()).await?;
        if caller.role == Role::Vehicle {
            session::Peer::Vehicle(authz::vehicle_writer(ctx, caller, &vehicle_id).await?)
        } else {
            authz::known_vehicle(ctx, &vehicle_id).await?;
            session::Peer::Frontend { caller, subs: Subscriptions::of(&[vehicle_id.as_str()]) }
        }
    };
    upgrade_into(rqctx, upgrade, peer)
}

pub async fn fleet_socket_open(
    rqctx: &Rq,
    token: Option<String>,
    upgrade: WebsocketUpgrade,
) -> Result<http::Response<dropshot::Body>, ApiError> {
    let caller = {
        let ctx = rqctx.context();
        let caller = auth::authenticate(ctx, rqctx.request.headers(), token.as_deref()).await?;
        authz::require_role(&caller, &[Role::Operator, Role::Admin])?;
        caller
    };
    upgrade_into(
        rqctx,
        upgrade,
        session::Peer::Frontend { caller, subs: Subscriptions::of(&["*"]) },
    )
}
