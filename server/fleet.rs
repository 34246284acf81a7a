//! The fleet view: one vehicle's `VehicleSummary`, each vehicle's entry kept
//! rendered as JSON until it changes, and the `fleet_snapshot` body built by
//! joining those entries.

use bytes::Bytes;

use crate::error::ApiError;
use crate::error::wire;
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
        vda5050: info.vda5050.clone(),
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

/// The `FleetSnapshot` answer, `{"as_of", "count", "vehicles": [...]}`, for
/// the vehicles in service, in the order given (the registry's, by id).
pub async fn snapshot(
    vehicles: &[std::sync::Arc<VehicleEntry>],
) -> Result<http::Response<dropshot::Body>, ApiError> {
    let as_of = crate::validate::rules::rfc3339(chrono::Utc::now());
    let mut entries = Vec::with_capacity(vehicles.len());
    for v in vehicles.iter().filter(|v| !v.is_decommissioned()) {
        entries.push(rendered(v).await?);
    }
    let head = format!("{{\"as_of\":\"{as_of}\",\"count\":{},\"vehicles\":[", entries.len());
    prerendered(&head, &entries)
}

/// A 200 JSON answer of `head` (an object opened up to its last member's
/// `[`), then `items` (each rendered JSON) joined by commas, then `]}`.
fn prerendered<T: AsRef<[u8]>>(
    head: &str,
    items: &[T],
) -> Result<http::Response<dropshot::Body>, ApiError> {
    let len = head.len() + items.iter().map(|i| i.as_ref().len() + 1).sum::<usize>() + 2;
    let mut body = Vec::with_capacity(len);
    body.extend_from_slice(head.as_bytes());
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            body.push(b',');
        }
        body.extend_from_slice(item.as_ref());
    }
    body.extend_from_slice(b"]}");
    http::Response::builder()
        .status(http::StatusCode::OK)
        .header(http::header::CONTENT_TYPE, crate::extract::JSON)
        .body(dropshot::Body::from(body))
        .map_err(|e| ApiError::internal_error(format!("prerendered response: {e}")))
}
