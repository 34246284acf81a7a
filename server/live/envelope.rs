//! The socket envelope `{"type","id","timestamp","payload"}`: reading and
//! checking what clients send (envelope schema, then the payload's schema
//! for its type, pointers reported from the envelope's root), and the
//! server's `socket_error` and `subscriptions` replies.

use bytes::Bytes;
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::events::envelope;
use crate::models::ErrorCode;
use crate::validate;

/// A client message that passed the envelope schema.
pub struct Inbound {
    pub kind: String,
    pub id: String,
    pub payload: Value,
}

/// Parse and check an envelope; `Err` carries the reply and, when the
/// message could be read that far, its `id`.
pub fn read(text: &str) -> Result<Inbound, (ApiError, Option<String>)> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| (ApiError::malformed_json(e), None))?;
    let id = value.get("id").and_then(Value::as_str).map(str::to_owned);
    let found = validate::violations("WsEnvelope", &value);
    if !found.is_empty() {
        return Err((validate::rejection("WsEnvelope", "message", &found), id));
    }
    let Value::Object(mut m) = value else { unreachable!("the schema requires an object") };
    Ok(Inbound {
        kind: m["type"].as_str().unwrap_or_default().to_string(),
        id: id.unwrap_or_default(),
        payload: m.remove("payload").unwrap_or(Value::Null),
    })
}

/// Check a payload against `schema`, naming pointers from the envelope root.
pub fn payload(schema: &str, payload: &Value) -> Result<(), ApiError> {
    let mut found = validate::violations(schema, payload);
    if found.is_empty() {
        return Ok(());
    }
    for v in &mut found {
        v.pointer = format!("/payload{}", v.pointer);
    }
    Err(validate::rejection(schema, "payload", &found))
}

/// Prefix the pointers of a validation error with `/payload`.
pub fn under_payload(mut e: ApiError) -> ApiError {
    if let Some(Value::Array(list)) = e.error.details.get_mut("violations") {
        for v in list {
            if let Some(p) = v.get("pointer").and_then(Value::as_str) {
                v["pointer"] = json!(format!("/payload{p}"));
            }
        }
    }
    e
}

/// `socket_error` answering message `in_reply_to`.
pub fn socket_error(e: &ApiError, in_reply_to: Option<&str>) -> Bytes {
    let mut payload = json!({ "error": e.error });
    if let Some(id) = in_reply_to.filter(|id| !id.is_empty()) {
        payload["in_reply_to"] = json!(id);
    }
    envelope("socket_error", payload)
}

/// 400 for a message type this kind of socket does not take.
pub fn not_here(kind: &str, peer: &str) -> ApiError {
    ApiError::new(
        ErrorCode::ValidationFailed,
        format!("a {peer} socket does not accept {kind} messages"),
    )
    .with_details(json!({ "type": kind }))
}

/// `subscriptions`: what the socket is subscribed to now.
pub fn subscriptions(ids: Vec<String>) -> Bytes {
    envelope("subscriptions", json!({ "vehicle_ids": ids }))
}
