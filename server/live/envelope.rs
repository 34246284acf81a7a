//! The socket envelope `{"type","id","timestamp","payload"}`: reading and
//! checking what clients send (envelope schema, then the payload's schema
//! for its type, pointers reported from the envelope's root), and the
//! server's `socket_error` and `subscriptions` replies.

use bytes::Bytes;
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::events::envelope;
use crate::models::ErrorCode;
use crate::sockets::FrontendOutboundType;
use crate::validate;

/// A client message that passed the envelope schema: its `type`, its `id`
/// and the whole message.
pub struct Inbound {
    pub kind: String,
    pub id: String,
    pub message: Value,
}

/// Parse and check an envelope; `Err` carries the reply and, when the
/// message could be read that far, its `id`.
pub fn read(text: &str) -> Result<Inbound, (ApiError, Option<String>)> {
    let value: Value =
        validate::json::parse(text.as_bytes()).map_err(|e| (ApiError::malformed_json(e), None))?;
    let id = value.get("id").and_then(Value::as_str).map(str::to_owned);
    let found = validate::violations("WsEnvelope", &value);
    if !found.is_empty() {
        return Err((validate::rejection("WsEnvelope", "message", &found), id));
    }
    let kind = value["type"].as_str().unwrap_or_default().to_string();
    Ok(Inbound { kind, id: id.unwrap_or_default(), message: value })
}

/// Check a whole message against its schema (envelope and payload),
/// naming every failing pointer from the envelope root.
pub fn check(schema: &str, message: &Value) -> Result<(), ApiError> {
    let found = validate::violations(schema, message);
    if found.is_empty() {
        return Ok(());
    }
    Err(validate::rejection(schema, "message", &found))
}

/// Decode a checked message into its socket's generated union.
pub fn decode<U: serde::de::DeserializeOwned>(message: Value) -> Result<U, ApiError> {
    serde_json::from_value(message).map_err(|e| {
        ApiError::internal_error(format!("a schema-valid message does not decode: {e}"))
    })
}

/// Prefix the pointers of a validation error with `/payload`.
pub fn under_payload(mut e: ApiError) -> ApiError {
    if let Some(Value::Array(list)) = e.details.get_mut("violations") {
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
    let mut payload = json!({ "error": e.body() });
    if let Some(id) = in_reply_to.filter(|id| !id.is_empty()) {
        payload["in_reply_to"] = json!(id);
    }
    envelope(FrontendOutboundType::SocketError.as_str(), payload)
}

/// 400 for a message type this kind of socket does not take.
pub fn not_here(kind: &str, peer: &str) -> ApiError {
    ApiError::new(
        ErrorCode::ValidationFailed,
        format!("a {peer} socket does not accept {kind} messages"),
    )
    .with_details(crate::models::ValidationDetails {
        type_: Some(kind.to_string()),
        ..Default::default()
    })
}

/// `subscriptions`: what the socket is subscribed to now.
pub fn subscriptions(ids: Vec<String>, refused: Vec<String>) -> Bytes {
    let payload = crate::models::SubscriptionState { vehicle_ids: ids, refused };
    let payload = serde_json::to_value(payload).expect("models serialize");
    envelope(FrontendOutboundType::Subscriptions.as_str(), payload)
}
