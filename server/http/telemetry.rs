//! The five live telemetry operations (`location_create`, `status_create`,
//! `battery_create`, `error_report_create`, `docking_create`) and
//! `telemetry_bulk_create`: authenticate → the caller is this vehicle (or an
//! admin) → the vehicle exists → `crate::ingest` (validate, limit, store,
//! publish).

use dropshot::HttpResponseOk;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::auth::{self, authz};
use crate::db::telemetry::Kind;
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::front::Rq;
use crate::ingest;
use crate::models::{BulkResult, BulkUpload, IngestReceipt};

/// Any of the five live kinds.
pub async fn create<T: JsonSchema + DeserializeOwned>(
    rqctx: &Rq,
    vehicle_id: &str,
    kind: Kind,
    body: JsonBody<T>,
) -> Result<HttpResponseOk<IngestReceipt>, ApiError> {
    let ctx = rqctx.context();
    let caller = auth::authenticate(ctx, rqctx.request.headers(), None).await?;
    let access = authz::vehicle_writer(ctx, caller, vehicle_id).await?;
    let receipt = ingest::live(ctx, &access, kind, body.into_value()?).await?;
    Ok(HttpResponseOk(receipt))
}

pub async fn telemetry_bulk_create(
    rqctx: &Rq,
    vehicle_id: &str,
    body: JsonBody<BulkUpload>,
) -> Result<HttpResponseOk<BulkResult>, ApiError> {
    let ctx = rqctx.context();
    let caller = auth::authenticate(ctx, rqctx.request.headers(), None).await?;
    let access = authz::vehicle_writer(ctx, caller, vehicle_id).await?;
    let result = ingest::bulk::upload(ctx, &access, body.into_value()?).await?;
    Ok(HttpResponseOk(result))
}
