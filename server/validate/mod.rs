//! Request validation against the contract: every body is checked with the
//! `jsonschema` crate against the same schemas typify generated the models
//! from (typify does not enforce numeric bounds or array lengths), and every
//! failing JSON pointer is reported.

use std::sync::LazyLock;

use foldhash::HashMap;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::models::ErrorCode;

pub mod flat;
pub mod json;
#[cfg(test)]
pub mod mutate;
pub mod query;
pub mod rules;

/// At most this many violations are listed in one answer.
const MAX_VIOLATIONS: usize = 50;

/// Where the bundle's components are referenced from, and where each
/// validator's root holds them instead.
const COMPONENTS: &str = "#/components/schemas/";
const DEFS: &str = "#/$defs/";

/// The contract's component schemas by name, read from the bundle (their
/// references to each other start with `COMPONENTS`).
fn bundled_components() -> serde_json::Map<String, Value> {
    let mut doc: Value = serde_json::from_str(crate::BUNDLED_SCHEMAS).expect("bundled schemas");
    match doc["components"]["schemas"].take() {
        Value::Object(components) => components,
        _ => panic!("the bundle has no components.schemas object"),
    }
}

static VALIDATORS: LazyLock<HashMap<String, jsonschema::Validator>> = LazyLock::new(|| {
    // Under `$defs`, not `components`: a root member that is no keyword is
    // kept by its validator as an annotation, so each of the ~130
    // validators held its own copy of every component (139 MB of an idle
    // server's heap).
    let mut defs = Value::Object(bundled_components());
    refer_to_defs(&mut defs);
    defs.as_object()
        .expect("an object")
        .keys()
        .map(|name| {
            let root = json!({ "$ref": format!("{DEFS}{name}"), "$defs": defs });
            let v =
                compile(&root).unwrap_or_else(|e| panic!("schema {name} does not compile: {e}"));
            (name.clone(), v)
        })
        .collect()
});

/// Point every `$ref` to a component at its place under `$defs`.
fn refer_to_defs(schema: &mut Value) {
    match schema {
        Value::Object(members) => {
            for (key, value) in members.iter_mut() {
                match value {
                    Value::String(target) if key == "$ref" => {
                        if let Some(name) = target.strip_prefix(COMPONENTS) {
                            *target = format!("{DEFS}{name}");
                        }
                    }
                    _ => refer_to_defs(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(refer_to_defs),
        _ => {}
    }
}

/// A validator for `root` as every contract check reads schemas: draft
/// 2020-12 (a superset of the draft-07 text), formats enforced.
pub fn compile(
    root: &Value,
) -> Result<jsonschema::Validator, jsonschema::ValidationError<'static>> {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(root)
}

/// Compile every schema now, so a broken contract fails at start-up (and
/// the quick checks of the flat ones, so no request waits for them).
pub fn init() -> usize {
    flat::covered();
    VALIDATORS.len()
}

/// One failing field.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    pub pointer: String,
    pub message: String,
    /// The value is outside an enum: with `pointer` ending in `/code` or
    /// `/error_code` (the only such fields of a request), a vehicle error
    /// code outside the catalogue.
    pub not_in_enum: bool,
}

/// Every violation of `value` against the named component schema, and
/// every string holding U+0000 (JSON allows it; PostgreSQL's text cannot
/// store it, so it is refused here rather than failing the write).
pub fn violations(schema: &str, value: &Value) -> Vec<Violation> {
    let validator = VALIDATORS
        .get(schema)
        .unwrap_or_else(|| panic!("no schema named {schema} in the contract"));
    // Most bodies are valid: the yes/no pass costs less than collecting
    // errors (a location report: 0.9 µs against 1.1 µs with the rest of
    // this function), and collecting runs only when there are some.
    let mut found: Vec<Violation> = if validator.is_valid(value) {
        Vec::new()
    } else {
        let mut found = Vec::new();
        for e in validator.iter_errors(value).take(MAX_VIOLATIONS) {
            expand(&e, &mut found);
        }
        found
    };
    // Pointers are built only for a body that holds a NUL at all: building
    // them for every key of every valid body cost more than the schema check.
    if holds_nul(value) {
        nul_strings(value, &mut String::new(), &mut found);
    }
    found.truncate(MAX_VIOLATIONS);
    found
}

/// The violations one error stands for. A union tagged by a property (a
/// command by `command`, a bulk message by `type`) that matches none of its
/// branches is reported by the branch its tag names, field by field, rather
/// than as "not valid under any of the schemas listed in oneOf"; a tag that
/// names no branch is reported at the tag, with the values it may take.
fn expand(e: &jsonschema::ValidationError<'_>, out: &mut Vec<Violation>) {
    use jsonschema::error::ValidationErrorKind as K;
    let K::OneOfNotValid { context } = e.kind() else {
        out.push(Violation {
            pointer: e.instance_path().to_string(),
            message: e.masked().to_string(),
            not_in_enum: matches!(e.kind(), K::Enum { .. }),
        });
        return;
    };
    let at = e.instance_path().as_str();
    // A branch's error on the tag: a direct property of the union's value
    // held to one value (`enum` of one, or `const`), with that value.
    let tag_error = |b: &jsonschema::ValidationError<'_>| -> Option<(String, Vec<Value>)> {
        let field = b.instance_path().as_str().strip_prefix(at)?.strip_prefix('/')?;
        if field.contains('/') {
            return None;
        }
        let allowed = match b.kind() {
            K::Enum { options } => options.as_array().filter(|o| o.len() == 1)?.clone(),
            K::Constant { expected_value } => vec![(**expected_value).clone()],
            _ => return None,
        };
        Some((field.to_string(), allowed))
    };
    // Each branch's tag error, if its tag failed; the branches without one
    // are the ones the tag names.
    let tags: Vec<Option<(String, Vec<Value>)>> =
        context.iter().map(|branch| branch.iter().find_map(tag_error)).collect();
    let named: Vec<&Vec<jsonschema::ValidationError<'static>>> =
        context.iter().zip(&tags).filter(|(_, tag)| tag.is_none()).map(|(b, _)| b).collect();
    // No branch's tag failed: the tag is missing, which every branch
    // requires. Say what every branch misses, once.
    let required_here = |b: &jsonschema::ValidationError<'_>| match b.kind() {
        K::Required { property } if b.instance_path().as_str() == at => Some(property.clone()),
        _ => None,
    };
    if named.len() == context.len() {
        let missing_everywhere: Vec<&jsonschema::ValidationError<'_>> = context
            .first()
            .into_iter()
            .flatten()
            .filter(|b| {
                let property = required_here(b);
                property.is_some()
                    && context
                        .iter()
                        .all(|branch| branch.iter().any(|c| required_here(c) == property))
            })
            .collect();
        if !missing_everywhere.is_empty() {
            for b in missing_everywhere {
                out.push(Violation {
                    pointer: at.to_string(),
                    message: b.masked().to_string(),
                    not_in_enum: false,
                });
            }
            return;
        }
    }
    if let [branch] = named.as_slice() {
        for b in branch.iter() {
            expand(b, out);
        }
        return;
    }
    let tags: Vec<&(String, Vec<Value>)> = tags.iter().flatten().collect();
    let same_tag = tags.first().map(|(field, _)| field);
    if named.is_empty()
        && let Some(field) = same_tag.filter(|f| tags.iter().all(|(g, _)| g == *f))
    {
        let allowed: Vec<String> =
            tags.iter().flat_map(|(_, values)| values.iter().map(Value::to_string)).collect();
        out.push(Violation {
            pointer: format!("{at}/{field}"),
            message: format!("must be one of {}", allowed.join(", ")),
            not_in_enum: true,
        });
        return;
    }
    out.push(Violation {
        pointer: at.to_string(),
        message: e.masked().to_string(),
        not_in_enum: false,
    });
}

/// What a string holding U+0000 is told, wherever it was sent (body, query,
/// path): PostgreSQL's text cannot store it.
pub const NUL_REFUSED: &str = "must not contain the NUL character (U+0000)";

/// Whether any string or object key in `value` holds U+0000.
fn holds_nul(value: &Value) -> bool {
    match value {
        Value::String(s) => s.contains('\0'),
        Value::Array(items) => items.iter().any(holds_nul),
        Value::Object(map) => map.iter().any(|(key, item)| key.contains('\0') || holds_nul(item)),
        _ => false,
    }
}

/// A violation for each string (or object key) in `value` holding U+0000.
fn nul_strings(value: &Value, pointer: &mut String, found: &mut Vec<Violation>) {
    let nul = |pointer: &str| Violation {
        pointer: pointer.to_string(),
        message: NUL_REFUSED.into(),
        not_in_enum: false,
    };
    match value {
        Value::String(s) if s.contains('\0') => found.push(nul(pointer)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = pointer.len();
                pointer.push_str(&format!("/{i}"));
                nul_strings(item, pointer, found);
                pointer.truncate(len);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
                if key.contains('\0') {
                    found.push(nul(pointer));
                }
                nul_strings(item, pointer, found);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

/// The 400 for a set of violations. A body whose only problems are its
/// `timestamp` is an `INVALID_TIMESTAMP`, and one whose only problem is a
/// vehicle error code outside the catalogue an `UNKNOWN_ERROR_CODE`, as the
/// contract's wire rules say.
pub fn rejection(schema: &str, what: &str, found: &[Violation]) -> ApiError {
    let only_timestamp = found.iter().all(|v| v.pointer.ends_with("/timestamp"));
    let unknown_code = |v: &Violation| {
        v.not_in_enum && (v.pointer.ends_with("/code") || v.pointer.ends_with("/error_code"))
    };
    let code = if only_timestamp {
        ErrorCode::InvalidTimestamp
    } else if found.iter().all(unknown_code) {
        ErrorCode::UnknownErrorCode
    } else {
        ErrorCode::ValidationFailed
    };
    let violations = found
        .iter()
        .map(|v| crate::models::Violation {
            pointer: v.pointer.clone(),
            message: v.message.clone(),
        })
        .collect();
    let e = ApiError::new(code, format!("{what} does not match schema {schema}"));
    if code == ErrorCode::InvalidTimestamp {
        e.with_details(crate::models::TimestampDetails {
            schema: Some(schema.to_string()),
            violations,
            ..Default::default()
        })
    } else {
        e.with_details(crate::models::ValidationDetails {
            schema: Some(schema.to_string()),
            violations,
            ..Default::default()
        })
    }
}

/// Check `value` against `schema` and decode it.
pub fn decode<T: DeserializeOwned>(schema: &str, what: &str, value: Value) -> Result<T, ApiError> {
    let found = violations(schema, &value);
    if !found.is_empty() {
        return Err(rejection(schema, what, &found));
    }
    // The schema accepted it, so this only fails if typify's model and the
    // schema disagree: a bug in the contract, reported as such.
    serde_json::from_value(value).map_err(|e| {
        ApiError::internal_error(format!("{schema}: schema-valid value does not decode: {e}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_schema_of_the_contract_compiles() {
        assert!(init() > 50);
    }

    #[test]
    fn every_reference_to_a_component_points_under_defs() {
        let mut defs = Value::Object(bundled_components());
        let before = defs.to_string().matches(COMPONENTS).count();
        refer_to_defs(&mut defs);
        let text = defs.to_string();
        assert!(before > 50, "{before} references in the bundle");
        assert_eq!(text.matches(COMPONENTS).count(), 0);
        assert_eq!(text.matches(DEFS).count(), before);
    }

    #[test]
    fn every_failing_pointer_is_reported() {
        let v = json!({"timestamp": "2026-11-22T12:00:00Z", "latitude": 91, "longitude": -181,
                       "heading": 360, "speed": -1, "accuracy": 0, "extra": 1});
        let mut ptrs: Vec<String> =
            violations("LocationReport", &v).into_iter().map(|v| v.pointer).collect();
        ptrs.sort();
        assert_eq!(ptrs, ["", "/heading", "/latitude", "/longitude", "/speed"]);
    }

    #[test]
    fn a_code_outside_the_catalogue_alone_is_unknown_error_code() {
        let report = |code: &str| {
            json!({"timestamp": "2026-11-22T12:00:00Z", "code": code, "severity": "ERROR",
                   "subsystem": "navigation", "description": "x"})
        };
        let known = report("NAV_PATH_BLOCKED");
        assert!(violations("ErrorReport", &known).is_empty());
        let e =
            rejection("ErrorReport", "body", &violations("ErrorReport", &report("NAV_MADE_UP")));
        assert_eq!(e.code(), ErrorCode::UnknownErrorCode);
        let status =
            json!({"timestamp": "2026-11-22T12:00:00Z", "state": "error", "error_code": "MADE_UP"});
        let e = rejection("StatusReport", "body", &violations("StatusReport", &status));
        assert_eq!(e.code(), ErrorCode::UnknownErrorCode);
        let mut both = report("NAV_MADE_UP");
        both["severity"] = json!("LOUD");
        let e = rejection("ErrorReport", "body", &violations("ErrorReport", &both));
        assert_eq!(e.code(), ErrorCode::ValidationFailed);
    }

    #[test]
    fn a_nul_character_in_any_string_is_named() {
        let v = json!({"timestamp": "2026-11-22T12:00:00Z", "code": "NAV_PATH_BLOCKED",
                       "severity": "ERROR", "subsystem": "nav\u{0}", "description": "ok"});
        let found = violations("ErrorReport", &v);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].pointer, "/subsystem");
        let e = rejection("ErrorReport", "body", &found);
        assert_eq!(e.code(), ErrorCode::ValidationFailed);
    }

    fn pointers_and_messages(schema: &str, v: &Value) -> Vec<(String, String)> {
        violations(schema, v).into_iter().map(|v| (v.pointer, v.message)).collect()
    }

    #[test]
    fn a_tagged_union_is_reported_by_the_branch_its_tag_names() {
        // A configure with no setting: the configure branch's own rule, not
        // "not valid under any of the schemas listed in oneOf".
        let configure = json!({"command": "configure", "params": {}});
        let found = pointers_and_messages("CommandCreate", &configure);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "/params");
        assert!(found[0].1.contains("less than 1 property"), "{found:?}");
        // Every failing field of the named branch, each at its pointer (the
        // pickup it lacks at /params).
        let dispatch = json!({"command": "dispatch", "params": {"mission_id": "M-1",
            "priority": "asap", "destination": {"latitude": 95, "longitude": 13.4}}});
        let mut ptrs: Vec<String> =
            pointers_and_messages("CommandCreate", &dispatch).into_iter().map(|p| p.0).collect();
        ptrs.sort();
        assert_eq!(ptrs, ["/params", "/params/destination/latitude", "/params/priority"]);
        // A tag naming no branch is reported at the tag, with its values.
        let fly = json!({"command": "fly", "params": {}});
        let found = violations("CommandCreate", &fly);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].pointer, "/command");
        assert!(found[0].message.contains("\"emergency_stop\""), "{found:?}");
        assert_eq!(rejection("CommandCreate", "body", &found).code(), ErrorCode::ValidationFailed);
        // A missing tag, once.
        let untagged = json!({"params": {"reason": "x"}});
        let found = pointers_and_messages("CommandCreate", &untagged);
        assert_eq!(found, [("".to_string(), "\"command\" is a required property".to_string())]);
        // The same inside a socket message's payload.
        let message = json!({"type": "command", "id": "m-1", "timestamp": "2026-11-22T12:00:00Z",
            "payload": {"vehicle_id": "AV-1", "command_id": "0b6f2a3e-6c1e-4f5e-9a43-2d8f1c7e5b10",
                    "command": "configure", "params": {"speed_limit": 80}}});
        let found = pointers_and_messages("WsFrontendCommand", &message);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "/payload/params/speed_limit");
    }

    #[test]
    fn a_bad_timestamp_alone_is_invalid_timestamp() {
        let v = json!({"timestamp": "yesterday", "state": "idle"});
        let e = rejection("StatusReport", "body", &violations("StatusReport", &v));
        assert_eq!(e.code(), ErrorCode::InvalidTimestamp);
        let v = json!({"timestamp": "yesterday", "state": "flying"});
        let e = rejection("StatusReport", "body", &violations("StatusReport", &v));
        assert_eq!(e.code(), ErrorCode::ValidationFailed);
    }
}
