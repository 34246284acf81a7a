//! The `telemetry` operations: the five live reports (`location_create`,
//! `status_create`, `battery_create`, `error_report_create`,
//! `docking_create`) and `telemetry_bulk_create`. Each: authenticate → the
//! caller is this vehicle (or an admin) → the vehicle exists → the body
//! checked and decoded → `crate::ingest` (clock, catalogue, limit, state
//! machines, store, publish).

use crate::api::{
    BatteryCreatePath, DockingCreatePath, ErrorReportCreatePath, LocationCreatePath,
    StatusCreatePath, TelemetryBulkCreatePath,
};
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::front::Rq;
use crate::gate;
use crate::ingest;
use crate::models::{
    BatteryReport, BulkMessage, BulkResult, BulkUpload, DockingReport, ErrorReport, IngestReceipt,
    LocationReport, StatusReport, VehicleId,
};

/// Whether a report counts against the client's request budget.
#[derive(PartialEq)]
enum Budget {
    Counted,
    /// Error reports: `ingest` holds them to their own flood ceiling.
    OwnCeiling,
}

/// One live report of any kind, for the vehicle the path names. Error
/// reports are not counted against the client's budget: they are
/// event-driven, and `ingest` holds them to a flood ceiling instead.
async fn report<T>(
    rq: &Rq,
    vehicle_id: &VehicleId,
    body: JsonBody<T>,
    budget: Budget,
) -> Result<IngestReceipt, ApiError>
where
    T: schemars::JsonSchema + serde::de::DeserializeOwned + Into<BulkMessage>,
{
    let ctx = rq.context();
    let caller = gate::identify(ctx, rq.request.headers(), None).await?;
    if budget == Budget::Counted {
        gate::spend_budget(ctx, &caller).await?;
    }
    let access = gate::vehicle_writer(ctx, caller, vehicle_id).await?;
    let (report, raw_ts) = body.into_report()?;
    ingest::live(ctx, &access, report.into(), raw_ts.as_deref()).await
}

pub async fn location_create(
    rq: &Rq,
    path: LocationCreatePath,
    body: JsonBody<LocationReport>,
) -> Result<IngestReceipt, ApiError> {
    report(rq, &path.vehicle_id, body, Budget::Counted).await
}

pub async fn status_create(
    rq: &Rq,
    path: StatusCreatePath,
    body: JsonBody<StatusReport>,
) -> Result<IngestReceipt, ApiError> {
    report(rq, &path.vehicle_id, body, Budget::Counted).await
}

pub async fn battery_create(
    rq: &Rq,
    path: BatteryCreatePath,
    body: JsonBody<BatteryReport>,
) -> Result<IngestReceipt, ApiError> {
    report(rq, &path.vehicle_id, body, Budget::Counted).await
}

pub async fn error_report_create(
    rq: &Rq,
    path: ErrorReportCreatePath,
    body: JsonBody<ErrorReport>,
) -> Result<IngestReceipt, ApiError> {
    report(rq, &path.vehicle_id, body, Budget::OwnCeiling).await
}

pub async fn docking_create(
    rq: &Rq,
    path: DockingCreatePath,
    body: JsonBody<DockingReport>,
) -> Result<IngestReceipt, ApiError> {
    report(rq, &path.vehicle_id, body, Budget::Counted).await
}

pub async fn telemetry_bulk_create(
    rq: &Rq,
    path: TelemetryBulkCreatePath,
    body: JsonBody<BulkUpload>,
) -> Result<BulkResult, ApiError> {
    let ctx = rq.context();
    let caller = gate::authenticate(ctx, rq.request.headers(), None).await?;
    let access = gate::vehicle_writer(ctx, caller, &path.vehicle_id).await?;
    ingest::bulk::upload(ctx, &access, body.into_value()?).await
}
