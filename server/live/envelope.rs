//! The socket envelope `{"type","id","timestamp","payload"}`: reading and
//! checking what clients send (envelope schema, then the payload's schema
//! for its type, pointers reported from the envelope's root; a vehicle's
//! flat report proven valid as it is read), and the server's
//! `socket_error` and `subscriptions` replies.

use std::borrow::Cow;

use bytes::Bytes;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::events::envelope;
use crate::models::{BulkMessage, CommandAck, ErrorCode};
use crate::sockets::{FrontendOutboundType, VehicleInbound, VehicleInboundType};
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

/// A vehicle's report proven valid as its text was read, and decoded: what
/// `read`, `check` and `decode` make of it, with no JSON tree.
pub struct QuickReport {
    pub ty: VehicleInboundType,
    pub report: BulkMessage,
    /// The payload's `timestamp` as sent (its `Z` is a wire rule).
    pub raw_ts: Option<String>,
}

/// Longest message id, in characters (`WsEnvelope`'s `id`).
const MAX_ID: usize = 64;

/// `text` with its `id`, when it is a vehicle's report whose envelope and
/// flat payload the quick check proves valid (`validate::flat`). `None`
/// sends it the full way (`read`, then `check` against its type's schema),
/// which words every refusal; so this only ever says yes sooner. A tree
/// test holds it to the schemas' verdicts.
pub fn quick_report(text: &str) -> Option<(String, QuickReport)> {
    /// The envelope's four members, each once and no other (a repeated or
    /// unknown key fails to decode); the payload kept as its text.
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Head<'a> {
        #[serde(rename = "type", borrow)]
        kind: Cow<'a, str>,
        #[serde(borrow)]
        id: Cow<'a, str>,
        #[serde(borrow)]
        timestamp: Cow<'a, str>,
        #[serde(borrow)]
        payload: &'a RawValue,
    }
    let head: Head = serde_json::from_str(text).ok()?;
    if !(1..=MAX_ID).contains(&head.id.chars().count())
        || tvm_client::time::read(&head.timestamp).is_none()
    {
        return None;
    }
    let ty = VehicleInboundType::parse(&head.kind)?;
    let payload = head.payload.get().as_bytes();
    let (report, raw_ts) = match ty {
        VehicleInboundType::Location => proven(payload, BulkMessage::Location),
        VehicleInboundType::Status => proven(payload, BulkMessage::Status),
        VehicleInboundType::Battery => proven(payload, BulkMessage::Battery),
        VehicleInboundType::Error => proven(payload, BulkMessage::Error),
        VehicleInboundType::Docking => proven(payload, BulkMessage::Docking),
        VehicleInboundType::Ack => None,
    }?;
    Some((head.id.into_owned(), QuickReport { ty, report, raw_ts }))
}

/// A payload of report type `T` decoded, when the quick check proves it
/// valid against `T`'s schema.
fn proven<T: JsonSchema + DeserializeOwned>(
    payload: &[u8],
    report: fn(T) -> BulkMessage,
) -> Option<(BulkMessage, Option<String>)> {
    let (model, raw_ts) = validate::flat::decode::<T>(&T::schema_name(), payload)?;
    Some((report(model), raw_ts))
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

/// What a vehicle's checked message carries: a report to store, or its
/// answer to a command.
pub enum Carried {
    Report(BulkMessage),
    Ack(CommandAck),
}

impl From<VehicleInbound> for Carried {
    fn from(m: VehicleInbound) -> Self {
        match m {
            VehicleInbound::Location(m) => Carried::Report(BulkMessage::Location(m.payload)),
            VehicleInbound::Status(m) => Carried::Report(BulkMessage::Status(m.payload)),
            VehicleInbound::Battery(m) => Carried::Report(BulkMessage::Battery(m.payload)),
            VehicleInbound::Error(m) => Carried::Report(BulkMessage::Error(m.payload)),
            VehicleInbound::Docking(m) => Carried::Report(BulkMessage::Docking(m.payload)),
            VehicleInbound::Ack(m) => Carried::Ack(m.payload),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The full way's verdict on a vehicle's message: the envelope read and
    /// checked, the whole message checked against its type's schema, and
    /// decoded; `None` for a refusal or an ack.
    fn full(text: &str) -> Option<(String, BulkMessage, Option<String>)> {
        let Inbound { kind, id, message } = read(text).ok()?;
        let ty = VehicleInboundType::parse(&kind)?;
        check(ty.schema(), &message).ok()?;
        let raw_ts = message["payload"]["timestamp"].as_str().map(str::to_owned);
        match decode::<VehicleInbound>(message).ok()?.into() {
            Carried::Report(report) => Some((id, report, raw_ts)),
            Carried::Ack(_) => None,
        }
    }

    /// Whether the quick check took `text`, and whether the full way did;
    /// a quick yes must be the full way's yes, with the same id, report and
    /// timestamp as sent.
    fn verdicts(text: &str) -> (bool, bool) {
        let quick = quick_report(text).map(|(id, q)| (id, q.report, q.raw_ts));
        let full = full(text);
        match (&quick, &full) {
            (Some(q), Some(f)) => assert_eq!(q, f, "{text}"),
            (Some(_), None) => panic!("quick took what the schemas refuse: {text}"),
            _ => {}
        }
        (quick.is_some(), full.is_some())
    }

    const LOCATION: &str = r#"{"type":"location","id":"m-1","timestamp":"2026-12-07T08:00:00Z","payload":{"timestamp":"2026-12-07T07:59:59.5Z","latitude":52.5,"longitude":13.4,"heading":90,"speed":1.5,"accuracy":0.5}}"#;

    #[test]
    fn a_vehicles_flat_reports_are_taken_quickly_as_the_full_way_reads_them() {
        let quick = [
            LOCATION.to_string(),
            // members in any order (a sorted map writes `payload` before `type`)
            r#"{"id":"m-1","payload":{"accuracy":0.5,"heading":90,"latitude":52.5,"longitude":13.4,"speed":1.5,"timestamp":"2026-12-07T07:59:59Z"},"timestamp":"2026-12-07T08:00:00Z","type":"location"}"#.into(),
            // escapes in the id and the type; white space
            r#" { "type" : "loc\u0061tion" , "id" : "caf\u00e9" , "timestamp" : "2026-12-07T08:00:00.123Z" , "payload" : {"timestamp":"2026-12-07T07:59:59Z","latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5} } "#.into(),
            // an id of 64 characters, 128 bytes
            LOCATION.replace(r#""m-1""#, &format!("\"{}\"", "é".repeat(64))),
            r#"{"type":"status","id":"s","timestamp":"2026-12-07T08:00:00Z","payload":{"timestamp":"2026-12-07T08:00:00Z","state":"navigating","mission_id":"m-1"}}"#.into(),
            r#"{"type":"battery","id":"b","timestamp":"2026-12-07T08:00:00Z","payload":{"timestamp":"2026-12-07T08:00:00Z","soc":80,"voltage":48.1}}"#.into(),
            r#"{"type":"docking","id":"d","timestamp":"2026-12-07T08:00:00Z","payload":{"timestamp":"2026-12-07T08:00:00Z","phase":"approaching","station_id":"S-1"}}"#.into(),
        ];
        for text in &quick {
            assert_eq!(verdicts(text), (true, true), "not quick: {text}");
        }
        let (id, q) = quick_report(LOCATION).expect("quick");
        assert_eq!((id.as_str(), q.ty), ("m-1", VehicleInboundType::Location));
        assert_eq!(q.raw_ts.as_deref(), Some("2026-12-07T07:59:59.5Z"));
    }

    #[test]
    fn what_the_schemas_refuse_or_the_check_cannot_prove_goes_the_full_way() {
        let envelope = |head: &str| {
            format!(
                r#"{{{head},"payload":{{"timestamp":"2026-12-07T08:00:00Z","latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5}}}}"#
            )
        };
        let slow = [
            // the envelope: a missing, an unknown, a repeated member; wrong types
            envelope(r#""type":"location","id":"m""#),
            envelope(r#""type":"location","id":"m","timestamp":"2026-12-07T08:00:00Z","x":1"#),
            envelope(r#""type":"location","id":"m","id":"n","timestamp":"2026-12-07T08:00:00Z""#),
            envelope(r#""type":"location","id":1,"timestamp":"2026-12-07T08:00:00Z""#),
            envelope(r#""type":"location","id":null,"timestamp":"2026-12-07T08:00:00Z""#),
            // the id's length, in characters
            envelope(r#""type":"location","id":"","timestamp":"2026-12-07T08:00:00Z""#),
            envelope(&format!(
                r#""type":"location","id":"{}","timestamp":"2026-12-07T08:00:00Z""#,
                "é".repeat(65)
            )),
            // a type not a vehicle's report, or none at all
            envelope(r#""type":"subscribe","id":"m","timestamp":"2026-12-07T08:00:00Z""#),
            envelope(r#""type":"ack","id":"m","timestamp":"2026-12-07T08:00:00Z""#),
            envelope(r#""type":"teleport","id":"m","timestamp":"2026-12-07T08:00:00Z""#),
            // the type of another payload
            envelope(r#""type":"battery","id":"m","timestamp":"2026-12-07T08:00:00Z""#),
            // a time the models do not write, valid or not
            envelope(r#""type":"location","id":"m","timestamp":"2026-12-07T08:00:00+01:00""#),
            envelope(r#""type":"location","id":"m","timestamp":"2026-12-07""#),
            // the payload: refused by its schema, or not an object
            LOCATION.replace(r#""heading":90"#, r#""heading":360"#),
            LOCATION.replace(r#""accuracy":0.5"#, r#""accuracy":0.5,"x":1"#),
            r#"{"type":"location","id":"m","timestamp":"2026-12-07T08:00:00Z","payload":[]}"#.into(),
            r#"{"type":"location","id":"m","timestamp":"2026-12-07T08:00:00Z","payload":null}"#.into(),
            // error reports are not flat (their location is an object)
            r#"{"type":"error","id":"e","timestamp":"2026-12-07T08:00:00Z","payload":{"timestamp":"2026-12-07T08:00:00Z","code":"NAV_PATH_BLOCKED","severity":"INFO","subsystem":"navigation","description":"x"}}"#.into(),
            // not one JSON object
            format!("{LOCATION} {{}}"),
            LOCATION[..LOCATION.len() - 1].to_string(),
            "[]".into(),
            String::new(),
        ];
        for text in &slow {
            assert!(!verdicts(text).0, "quick: {text}");
        }
    }

    /// Many messages made by changing one or two things in a valid location
    /// message, its envelope or its payload: the quick check agrees with the
    /// full way on each, and takes most of the valid ones.
    #[test]
    fn mutated_messages_get_the_full_ways_verdict() {
        let keys = ["type", "id", "timestamp", "payload", "x"];
        let values = [
            r#""location""#,
            r#""status""#,
            r#""ack""#,
            r#""m-1""#,
            r#""""#,
            r#""\u00e9""#,
            "1",
            "null",
            "{}",
            "[]",
            r#""2026-12-07T08:00:00Z""#,
            r#""2026-12-07T08:00:00.000001Z""#,
            r#""2026-12-07T08:00:00+00:00""#,
            r#""2026-02-29T08:00:00Z""#,
            r#"{"timestamp":"2026-12-07T08:00:00Z","latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5}"#,
            r#"{"timestamp":"2026-12-07T08:00:00Z","latitude":91,"longitude":2,"heading":3,"speed":4,"accuracy":5}"#,
            r#"{"timestamp":"2026-12-07T08:00:00Z","state":"idle"}"#,
        ];
        let base = [
            ("type", r#""location""#),
            ("id", r#""m-1""#),
            ("timestamp", r#""2026-12-07T08:00:00Z""#),
            ("payload", values[14]),
        ];
        let (mut taken, mut valid) = (0, 0);
        for text in validate::mutate::objects(0x2545_f491_4f6c_dd1d, &base, &keys, &values, 3000) {
            let (quick, full) = verdicts(&text);
            taken += usize::from(quick);
            valid += usize::from(full);
        }
        // What it leaves to the full way and the schemas take: an offset
        // the models do not write.
        assert!(taken * 10 > valid * 7 && taken <= valid, "{taken} of {valid} valid taken quickly");
    }
}
