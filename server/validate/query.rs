//! Query strings against the contract: each operation's query parameters
//! (name, type, bounds, pattern, format) are read from the bundled OpenAPI
//! document, and a request naming a parameter the operation does not take,
//! repeating one, or giving a value its schema refuses is a 400
//! `INVALID_QUERY` that names the parameter. The generated query structs
//! carry only the types; this is where `maxLength`, `pattern`, `minimum`
//! and `format` hold.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::{Map, Value};

use crate::error::{ApiError, query_details};
use crate::models::{ErrorCode, QueryDetails};

/// What a raw value is read as before its schema checks it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Integer,
    Number,
    Boolean,
    /// An array, sent comma-separated (`style: form, explode: false`).
    List,
}

struct Param {
    name: String,
    kind: Kind,
    validator: jsonschema::Validator,
}

/// Operation id → its query parameters.
static OPERATIONS: LazyLock<HashMap<String, Vec<Param>>> = LazyLock::new(|| {
    let doc: Value = serde_json::from_str(crate::BUNDLED_OPENAPI).expect("bundled OpenAPI");
    let resolve = |p: &Value| -> Value {
        match p["$ref"].as_str().and_then(|r| r.strip_prefix("#/")) {
            Some(path) => path.split('/').fold(&doc, |v, k| &v[k]).clone(),
            None => p.clone(),
        }
    };
    let mut out = HashMap::new();
    for item in doc["paths"].as_object().expect("paths").values() {
        for op in item.as_object().expect("path item").values() {
            let Some(id) = op["operationId"].as_str() else { continue };
            let params = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(resolve)
                .filter(|p| p["in"] == "query")
                .map(|p| {
                    let name = p["name"].as_str().expect("parameter name").to_string();
                    let schema = &p["schema"];
                    let kind = match schema["type"].as_str() {
                        Some("integer") => Kind::Integer,
                        Some("number") => Kind::Number,
                        Some("boolean") => Kind::Boolean,
                        Some("array") => Kind::List,
                        _ => Kind::Text,
                    };
                    let mut root = schema.clone();
                    root["components"] = doc["components"].clone();
                    let validator = super::compile(&root)
                        .unwrap_or_else(|e| panic!("{id}: query parameter {name}: {e}"));
                    Param { name, kind, validator }
                })
                .collect();
            out.insert(id.to_string(), params);
        }
    }
    out
});

/// Compile every operation's parameter schemas now (start-up).
pub fn init() -> usize {
    OPERATIONS.values().map(Vec::len).sum()
}

fn refused(parameter: &str, message: String, details: QueryDetails) -> ApiError {
    ApiError::new(ErrorCode::InvalidQuery, message)
        .with_details(QueryDetails { parameter: Some(parameter.to_string()), ..details })
}

/// Check `query` (the raw, still-encoded string) for operation `operation_id`
/// and return its parameters as JSON values of their schema types, ready to
/// decode into the operation's generated struct. An array parameter
/// (`style: form, explode: false`) is a comma-separated list; it may also be
/// repeated (`explode: true`, as some generated clients send it), and the
/// lists are joined. Any other parameter given twice is refused.
pub fn check(operation_id: &str, query: Option<&str>) -> Result<Map<String, Value>, ApiError> {
    let mut values = Map::new();
    let Some(query) = query.filter(|q| !q.is_empty()) else { return Ok(values) };
    let Some(params) = OPERATIONS.get(operation_id) else { return Ok(values) };
    for (name, raw) in form_urlencoded::parse(query.as_bytes()) {
        let Some(p) = params.iter().find(|p| p.name == name) else {
            let known: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
            return Err(refused(
                &name,
                if known.is_empty() {
                    format!("unknown query parameter {name:?}: this operation takes none")
                } else {
                    format!(
                        "unknown query parameter {name:?}: this operation takes {}",
                        known.join(", ")
                    )
                },
                QueryDetails {
                    accepted: known.iter().map(|k| k.to_string()).collect(),
                    ..query_details(&*name)
                },
            ));
        };
        // JSON Schema allows U+0000 in a string; the store's text cannot
        // hold it, so it is refused here rather than failing the query.
        if raw.contains('\0') {
            return Err(refused(
                &p.name,
                format!("{} {}", p.name, super::NUL_REFUSED),
                query_details(&p.name),
            ));
        }
        if p.kind == Kind::List {
            let items = values.entry(p.name.clone()).or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(items) = items {
                items.extend(raw.split(',').map(|item| Value::String(item.to_string())));
            }
            continue;
        }
        if values.contains_key(&p.name) {
            return Err(refused(
                &p.name,
                format!("{} is given more than once", p.name),
                query_details(&p.name),
            ));
        }
        let value = match p.kind {
            Kind::Text => Some(Value::String(raw.to_string())),
            Kind::Integer => raw.parse::<i64>().ok().map(Value::from),
            Kind::Number => raw
                .parse::<f64>()
                .ok()
                .and_then(|n| serde_json::Number::from_f64(n).map(Value::Number)),
            Kind::Boolean => match raw.as_ref() {
                "true" => Some(Value::Bool(true)),
                "false" => Some(Value::Bool(false)),
                _ => None,
            },
            Kind::List => unreachable!("lists are gathered above"),
        };
        let Some(value) = value else {
            let kind = match p.kind {
                Kind::Integer => "an integer",
                Kind::Number => "a number",
                Kind::Boolean => "true or false",
                Kind::Text | Kind::List => "text",
            };
            return Err(refused(
                &p.name,
                format!("{} must be {kind}", p.name),
                query_details(&p.name),
            ));
        };
        values.insert(p.name.clone(), value);
    }
    for (name, value) in &values {
        let p = params.iter().find(|p| &p.name == name).expect("gathered by name");
        let found: Vec<String> =
            p.validator.iter_errors(value).take(10).map(|e| e.masked().to_string()).collect();
        if !found.is_empty() {
            return Err(refused(
                &p.name,
                format!("{} does not match its schema: {}", p.name, found.join("; ")),
                QueryDetails { violations: found, ..query_details(&p.name) },
            ));
        }
    }
    Ok(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code_and_parameter(r: Result<Map<String, Value>, ApiError>) -> (String, String) {
        let e = r.expect_err("refused");
        let v = serde_json::to_value(&e).unwrap();
        (
            v["error"]["code"].as_str().unwrap().to_string(),
            v["error"]["details"]["parameter"].as_str().unwrap().to_string(),
        )
    }

    #[test]
    fn every_operation_and_its_query_parameters_compile() {
        assert!(init() > 30);
    }

    #[test]
    fn values_the_contract_allows_pass() {
        assert!(check("vehicle_list", Some("limit=1000&include_decommissioned=true")).is_ok());
        assert!(
            check(
                "location_history_list",
                Some("vehicle_ids=AV-1,AV-2&from=2026-11-22T10%3A00%3A00Z")
            )
            .is_ok()
        );
        assert!(check("vehicle_list", None).is_ok());
        assert!(check("location_create", Some("")).is_ok());
    }

    #[test]
    fn unknown_repeated_and_out_of_bounds_parameters_are_refused_by_name() {
        let bad = [
            ("vehicle_list", "limt=10", "limt"),
            ("vehicle_list", "limit=10&limit=20", "limit"),
            ("vehicle_list", "limit=0", "limit"),
            ("vehicle_list", "limit=1001", "limit"),
            ("vehicle_list", "include_decommissioned=yes", "include_decommissioned"),
            ("location_history_list", "vehicle_ids=AV-1,,x%20y", "vehicle_ids"),
            ("location_history_list", "vehicle_ids=AV-1&from=yesterday", "from"),
            ("location_create", "debug=1", "debug"),
        ];
        for (op, q, param) in bad {
            assert_eq!(
                code_and_parameter(check(op, Some(q))),
                ("INVALID_QUERY".to_string(), param.to_string()),
                "{op}?{q}"
            );
        }
    }
}
