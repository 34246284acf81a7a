//! The `fleet` operations: `vehicle_list` (from memory), `fleet_snapshot`
//! (every vehicle in service with its latest state, in one answer) and
//! `vehicle_view`.

use crate::api::{VehicleListQuery, VehicleViewPath};
use crate::error::ApiError;
use crate::error::wire;
use crate::front::Rq;
use crate::gate;
use crate::http::page::{self, READERS, reader, split};
use crate::models::{VehiclePage, VehicleSummary};

pub async fn vehicle_list(rq: &Rq, query: VehicleListQuery) -> Result<VehiclePage, ApiError> {
    reader(rq, READERS).await?;
    let ctx = rq.context();
    let limit = page::limit(query.limit)?;
    let after = page::cursor_key(query.cursor.as_deref())?;
    let include_decommissioned = query.include_decommissioned.unwrap_or(false);
    ctx.registry.ensure_warm(&ctx.store).await?;
    let all = ctx.registry.sorted();
    let start = after.as_deref().map_or(0, |a| all.partition_point(|v| v.vehicle_id.as_str() <= a));
    let vehicles: Vec<_> = all[start..]
        .iter()
        .filter(|v| include_decommissioned || !v.is_decommissioned())
        .take(limit as usize + 1)
        .cloned()
        .collect();
    let (vehicles, more) = split(vehicles, limit);
    let mut items = Vec::with_capacity(vehicles.len());
    for v in &vehicles {
        items.push(crate::fleet::summary(v).await?);
    }
    let next_cursor =
        more.then(|| page::cursor_for(&vehicles.last().expect("a full page").vehicle_id));
    Ok(VehiclePage { items, next_cursor })
}

/// The whole fleet in service, in one answer, from the kept entries
/// (rendered once per vehicle change: `crate::fleet`).
pub async fn fleet_snapshot(rq: &Rq) -> Result<http::Response<dropshot::Body>, ApiError> {
    reader(rq, READERS).await?;
    let ctx = rq.context();
    ctx.registry.ensure_warm(&ctx.store).await?;
    crate::fleet::snapshot(&ctx.registry.sorted()).await
}

pub async fn vehicle_view(rq: &Rq, path: VehicleViewPath) -> Result<VehicleSummary, ApiError> {
    reader(rq, READERS).await?;
    let ctx = rq.context();
    let v = gate::known_vehicle(ctx, &path.vehicle_id).await?;
    let info = v.info();
    let live = v.live(&ctx.store).await?;
    Ok(VehicleSummary {
        vehicle_id: wire(&info.vehicle_id)?,
        name: info.name.as_deref().map(wire).transpose()?,
        online: v.is_online(),
        state: live.status.as_ref().map(|s| s.state),
        state_since: live.status.as_ref().map(|s| s.since),
        location: live.location.clone(),
        battery: live.battery.clone(),
        decommissioned: info.decommissioned_at.is_some(),
        vda5050: info.vda5050.clone(),
    })
}
