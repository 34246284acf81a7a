//! The live channel: WebSocket sessions of vehicles and frontends (opened
//! by `crate::http::live`), their envelope, and the same events as
//! Server-Sent Events.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::front::Rq;
use crate::front::extract::WebsocketUpgrade;

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

/// A vehicle's link opened as `session` (its WebSocket, or the VDA 5050
/// bridge hearing it): online when it is the first, and its commands are
/// handed to `tx` from now on.
pub fn vehicle_attached(
    ctx: &crate::context::ServerCtx,
    access: &crate::auth::authz::VehicleAccess,
    session: u64,
    tx: tokio::sync::mpsc::Sender<crate::commands::courier::Outbound>,
) {
    if access.vehicle.connect() {
        connection_event(ctx, access, true);
    }
    ctx.commands.couriers.attach(access.vehicle_id(), session, tx);
}

/// The vehicle's link `session` closed: its commands wait in the database;
/// offline when it was the last here, unless its link moved to another
/// instance (which closed this one).
pub fn vehicle_detached(
    ctx: &crate::context::ServerCtx,
    access: &crate::auth::authz::VehicleAccess,
    session: u64,
) {
    ctx.commands.couriers.detach(access.vehicle_id(), session);
    if access.vehicle.disconnect() && !access.vehicle.is_online() {
        connection_event(ctx, access, false);
    }
}

fn connection_event(
    ctx: &crate::context::ServerCtx,
    access: &crate::auth::authz::VehicleAccess,
    online: bool,
) {
    ctx.bus.publish(crate::events::Event::Connection(crate::models::ConnectionEvent {
        vehicle_id: access.vehicle_id().parse().expect("registered ids are valid"),
        online,
        at: chrono::Utc::now(),
    }));
}

/// Hand the connection to a session once the 101 is sent. The session holds
/// the server state (not the request), and ends on shutdown by itself.
pub fn upgrade_into(
    rq: &Rq,
    upgrade: WebsocketUpgrade,
    peer: session::Peer,
) -> http::Response<dropshot::Body> {
    let (ctx, log, request_id) = (rq.shared(), rq.lasting_log(), rq.request_id.clone());
    upgrade.handle(move |conn| async move { session::run(&ctx, log, request_id, conn, peer).await })
}
