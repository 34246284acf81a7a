//! Bulk upload of offline data: up to 1000 messages of any kinds, checked
//! whole before anything is written (the first bad message's index is named),
//! duplicates skipped (inside the upload and against stored rows), written
//! in one transaction, no alerts re-raised for old data.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::{after_bulk, at_index, bulk_result, check_message, decode, tally_of};
use crate::auth::authz::VehicleAccess;
use crate::db::live::LiveState;
use crate::db::telemetry::{Derived, Kind, Stored, TelemetryRow, timestamp_of};
use crate::error::ApiError;
use crate::models::{BulkMessage, BulkResult, ErrorCode, ErrorSeverity, SizeDetails};
use crate::services::Services;
use crate::validate::{self, rules};

/// Most messages in one upload; more is 413.
pub const MAX_MESSAGES: usize = 1000;

/// The index of the message a JSON pointer points into (`/messages/7/…`).
fn index_of(pointer: &str) -> Option<usize> {
    pointer.strip_prefix("/messages/")?.split('/').next()?.parse().ok()
}

/// Why message `i` of an upload is refused. A message of a known `type` is
/// checked against that kind's schema, so each failing field is named (and
/// a bad timestamp or error code alone gets its own code); otherwise the
/// upload's own violations.
fn message_rejection(message: &Value, i: usize, found: &[validate::Violation]) -> ApiError {
    let kind = message.get("type").and_then(Value::as_str).and_then(Kind::parse);
    let envelope_ok = message.as_object().is_some_and(|m| m.len() == 2 && m.contains_key("data"));
    if let (Some(kind), true) = (kind, envelope_ok) {
        let mut inner = validate::violations(kind.schema(), &message["data"]);
        if !inner.is_empty() {
            for v in &mut inner {
                v.pointer = format!("/messages/{i}/data{}", v.pointer);
            }
            return validate::rejection(kind.schema(), "request body", &inner);
        }
    }
    validate::rejection("BulkUpload", "request body", found)
}

/// Check an upload's envelope; returns each message's kind and body.
fn envelope(body: Value) -> Result<Vec<(Kind, Value)>, ApiError> {
    let count = body.get("messages").and_then(Value::as_array).map(Vec::len);
    if let Some(n) = count.filter(|n| *n > MAX_MESSAGES) {
        return Err(ApiError::new(
            ErrorCode::PayloadTooLarge,
            format!("an upload holds at most {MAX_MESSAGES} messages; this one has {n}"),
        )
        .with_details(SizeDetails {
            max_messages: Some(MAX_MESSAGES as u64),
            messages: Some(n as u64),
        }));
    }
    let found = validate::violations("BulkUpload", &body);
    if !found.is_empty() {
        let Some(i) = found.iter().filter_map(|v| index_of(&v.pointer)).min() else {
            return Err(validate::rejection("BulkUpload", "request body", &found));
        };
        return Err(at_index(i, message_rejection(&body["messages"][i], i, &found)));
    }
    let Value::Object(mut top) = body else { unreachable!("the schema requires an object") };
    let Some(Value::Array(messages)) = top.remove("messages") else {
        unreachable!("the schema requires messages")
    };
    Ok(messages
        .into_iter()
        .map(|mut m| {
            let kind = m["type"].as_str().and_then(Kind::parse).expect("the schema names a kind");
            (kind, m["data"].take())
        })
        .collect())
}

/// Ingest an upload for the vehicle `access` proves.
pub async fn upload(
    services: &Services,
    access: &VehicleAccess,
    body: Value,
) -> Result<BulkResult, ApiError> {
    let now = Utc::now();
    let vehicle_id = access.vehicle_id();
    let mut messages = Vec::new();
    for (i, (kind, data)) in envelope(body)?.into_iter().enumerate() {
        let what = format!("message {i}");
        let (msg, raw_ts) = decode(kind, data, &what).map_err(|e| at_index(i, e))?;
        check_message(&msg, raw_ts.as_deref(), now, rules::Window::Bulk)
            .map_err(|e| at_index(i, e))?;
        messages.push(msg);
    }
    let processed = messages.len();
    // Repeats inside the upload: the first of each (kind, timestamp) counts.
    let mut seen = HashSet::new();
    let unique: Vec<(usize, BulkMessage)> = messages
        .into_iter()
        .enumerate()
        .filter(|(_, m)| seen.insert((Kind::of(m), timestamp_of(m))))
        .collect();

    let mut live = access.vehicle.live_settled(&services.store).await?;
    check_machines(services, vehicle_id, &unique).await?;
    let rows: Vec<TelemetryRow> = unique
        .into_iter()
        .map(|(_, msg)| TelemetryRow { vehicle_id: vehicle_id.into(), received_at: now, msg })
        .collect();
    let stored =
        services.store.bulk_write(&rows, |stored| derive(&live, vehicle_id, &rows, stored)).await?;
    let derived = derive(&live, vehicle_id, &rows, &stored);
    after_bulk(services, &mut live, &rows, &stored, derived, now);
    drop(live);
    // A CRITICAL error uploaded after a connectivity loss still alerts
    // (the live state alerts are not replayed for old data).
    let sink = crate::alerts::Sink::of(services);
    for (row, s) in rows.iter().zip(&stored) {
        if let (BulkMessage::Error(r), Stored::Inserted { .. }) = (&row.msg, s)
            && r.severity == ErrorSeverity::Critical
        {
            sink.raise_critical(vehicle_id, r, now).await;
        }
    }
    let mut all = stored;
    all.resize(processed, Stored::Duplicate);
    Ok(bulk_result(&all, processed))
}

/// Status and docking reports of an upload, in time order, must each follow
/// the previous one (the first follows what was stored before it). Old data
/// may leave `emergency_stop`: the resume it needed was handled live.
async fn check_machines(
    services: &Services,
    vehicle_id: &str,
    messages: &[(usize, BulkMessage)],
) -> Result<(), ApiError> {
    let mut statuses: BTreeMap<(DateTime<Utc>, usize), _> = BTreeMap::new();
    let mut phases: BTreeMap<(DateTime<Utc>, usize), _> = BTreeMap::new();
    for (i, m) in messages {
        match m {
            BulkMessage::Status(r) => drop(statuses.insert((r.timestamp, *i), r.state)),
            BulkMessage::Docking(r) => drop(phases.insert((r.timestamp, *i), r.phase)),
            _ => {}
        }
    }
    if let Some(((first, _), _)) = statuses.first_key_value() {
        let before = services.store.status_before(vehicle_id, *first).await?;
        let mut prev = before.and_then(|s| s.parse().ok());
        for ((_, i), state) in statuses {
            rules::state_transition(prev, state, true).map_err(|e| at_index(i, e))?;
            prev = Some(state);
        }
    }
    if let Some(((first, _), _)) = phases.first_key_value() {
        let before = services.store.phase_before(vehicle_id, *first).await?;
        let mut prev = before.and_then(|s| s.parse().ok());
        for ((_, i), phase) in phases {
            rules::phase_transition(prev, phase).map_err(|e| at_index(i, e))?;
            prev = Some(phase);
        }
    }
    Ok(())
}

/// Battery health and docking tallies after the new rows of an upload,
/// folded in time order onto the live state.
fn derive(
    live: &LiveState,
    vehicle_id: &str,
    rows: &[TelemetryRow],
    stored: &[Stored],
) -> Vec<Derived> {
    let mut new: Vec<&BulkMessage> = rows
        .iter()
        .zip(stored)
        .filter(|(_, s)| matches!(s, Stored::Inserted { .. }))
        .map(|(r, _)| &r.msg)
        .collect();
    new.sort_by_key(|m| timestamp_of(m));
    let mut health = None;
    let mut tallies = BTreeMap::new();
    let mut phase = None;
    for m in new {
        match m {
            BulkMessage::Battery(r) => health.get_or_insert_with(|| live.health.clone()).apply(r),
            BulkMessage::Docking(r) => {
                // The phase before the first new report: the live one, if older.
                let previous = phase
                    .or_else(|| live.docking.as_ref().filter(|d| d.2 < r.timestamp).map(|d| d.0));
                tallies
                    .entry(r.station_id.to_string())
                    .or_insert_with(|| tally_of(live, vehicle_id, &r.station_id))
                    .apply(previous, r.phase);
                phase = Some(r.phase);
            }
            _ => {}
        }
    }
    let mut out: Vec<Derived> = tallies.into_values().map(Derived::Docking).collect();
    if let Some(health) = health {
        out.push(Derived::Health { vehicle_id: vehicle_id.into(), health });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_comes_from_the_pointer() {
        assert_eq!(index_of("/messages/7/data/latitude"), Some(7));
        assert_eq!(index_of("/messages/12"), Some(12));
        assert_eq!(index_of("/messages"), None);
        assert_eq!(index_of(""), None);
    }
}
