//! The fleet view: one vehicle's `VehicleSummary`, each vehicle's entry kept
//! rendered as JSON until it changes, and the `fleet_snapshot` body built by
//! joining those entries.

use bytes::{BufMut, Bytes, BytesMut};

use crate::error::ApiError;
use crate::http::page::wire;
use crate::models::VehicleSummary;
use crate::registry::VehicleEntry;

/// A vehicle's latest state as the fleet list and the snapshot show it.
pub async fn summary(v: &VehicleEntry) -> Result<VehicleSummary, ApiError> {
    let info = v.info();
    let (status, location, battery) = v.latest().await;
    Ok(VehicleSummary {
        vehicle_id: wire(&info.vehicle_id)?,
        name: info.name.as_deref().map(wire).transpose()?,
        online: v.is_online(),
        state: status.as_ref().map(|s| s.state),
        state_since: status.as_ref().map(|s| s.since),
        location,
        battery,
        decommissioned: info.decommissioned_at.is_some(),
    })
}

/// The vehicle's summary as JSON, rendered again only after it changed.
pub async fn rendered(v: &VehicleEntry) -> Result<Bytes, ApiError> {
    // The count is read before the data: a change racing with this read
    // leaves the entry filed under an older count, so the next read redoes it.
    let at = v.change_count();
    if let Some(b) = v.rendered_at(at) {
        return Ok(b);
    }
    let s = summary(v).await?;
    let b = Bytes::from(
        serde_json::to_vec(&s)
            .map_err(|e| ApiError::internal_error(format!("fleet entry: {e}")))?,
    );
    v.keep_rendered(at, b.clone());
    Ok(b)
}

/// `{"as_of", "count", "vehicles": [...]}` for the vehicles in service, in
/// the order given (the registry's, by id).
pub async fn snapshot(vehicles: &[std::sync::Arc<VehicleEntry>]) -> Result<Bytes, ApiError> {
    let as_of = crate::validate::rules::rfc3339(chrono::Utc::now());
    let mut entries = Vec::with_capacity(vehicles.len());
    let mut len = 0;
    for v in vehicles.iter().filter(|v| !v.is_decommissioned()) {
        let b = rendered(v).await?;
        len += b.len() + 1;
        entries.push(b);
    }
    let mut out = BytesMut::with_capacity(len + 64);
    out.put_slice(b"{\"as_of\":\"");
    out.put_slice(as_of.as_bytes());
    out.put_slice(format!("\",\"count\":{},\"vehicles\":[", entries.len()).as_bytes());
    for (i, b) in entries.iter().enumerate() {
        if i > 0 {
            out.put_u8(b',');
        }
        out.put_slice(b);
    }
    out.put_slice(b"]}");
    Ok(out.freeze())
}
