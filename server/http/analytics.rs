//! Derived telemetry for operators: `battery_health_view` (from the
//! vehicle's live state) and `docking_stats_list` (from the tallies kept as
//! docking reports arrive).

use dropshot::HttpResponseOk;

use crate::auth::{self, authz};
use crate::error::ApiError;
use crate::front::Rq;
use crate::http::page::wire;
use crate::models::{BatteryHealth, DockingStats, DockingStatsList, Role};

pub async fn battery_health_view(
    rqctx: &Rq,
    vehicle_id: &str,
) -> Result<HttpResponseOk<BatteryHealth>, ApiError> {
    let ctx = rqctx.context();
    let caller = auth::authenticate(ctx, rqctx.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Operator, Role::Admin])?;
    let v = authz::known_vehicle(ctx, vehicle_id).await?;
    let h = v.live(&ctx.store).await?.health.clone();
    Ok(HttpResponseOk(BatteryHealth {
        vehicle_id: wire(vehicle_id)?,
        cycle_count: h.cycle_count,
        readings: h.readings.max(0) as u64,
        full_charge_voltage_initial: h.full_charge_voltage_initial,
        full_charge_voltage_recent: h.full_charge_voltage_recent,
        voltage_degradation_pct: h.degradation_pct(),
        max_temperature: h.max_temperature,
        last_reading_at: h.last_reading_at,
        maintenance_due: h.maintenance_due(),
    }))
}

pub async fn docking_stats_list(
    rqctx: &Rq,
    vehicle_id: Option<&str>,
    station_id: Option<&str>,
) -> Result<HttpResponseOk<DockingStatsList>, ApiError> {
    let ctx = rqctx.context();
    let caller = auth::authenticate(ctx, rqctx.request.headers(), None).await?;
    authz::require_role(&caller, &[Role::Operator, Role::Admin])?;
    let tallies = ctx.store.docking_stats(vehicle_id, station_id).await?;
    let items = tallies
        .into_iter()
        .map(|t| {
            Ok(DockingStats {
                vehicle_id: wire(&t.vehicle_id)?,
                success_rate: t.success_rate(),
                station_id: t.station_id,
                attempts: t.attempts.max(0) as u64,
                succeeded: t.succeeded.max(0) as u64,
                failed: t.failed.max(0) as u64,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(HttpResponseOk(DockingStatsList { items }))
}
