//! Contract tests: the committed copies in `generated/` are fresh, the
//! front's own routes shadow no operation, and every example in the OpenAPI
//! and AsyncAPI documents matches its schema. (Drift between the contract
//! and the handlers is a build error: the seam is generated from the
//! contract; `scripts/drift-check` proves it by breaking the contract.)

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

const REFRESH: &str = "scripts/refresh-generated";

fn bundled() -> Value {
    serde_json::from_str(tvm::BUNDLED_OPENAPI).unwrap()
}

fn ref_name(v: &Value) -> Option<String> {
    v.get("$ref")?.as_str().map(|r| r.rsplit('/').next().unwrap().to_string())
}

fn resolve<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    match v["$ref"].as_str() {
        Some(r) => r.strip_prefix("#/").unwrap().split('/').fold(doc, |cur, seg| &cur[seg]),
        None => v,
    }
}

#[test]
fn the_fronts_own_routes_shadow_no_operation_of_the_contract() {
    // The front answers the documents and /metrics before routing by the
    // description: no contract path may fall among them.
    let doc: serde_json::Value = serde_json::from_str(tvm::BUNDLED_OPENAPI).unwrap();
    let paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    assert!(paths.len() > 30, "{paths:?}");
    for path in paths {
        assert!(!tvm::docs::serves(path) && path != "/metrics", "{path} is shadowed");
    }
    for own in ["/api/openapi.json", "/api/asyncapi.yaml", "/api/docs", "/api/docs/assets/x.js"] {
        assert!(tvm::docs::serves(own), "{own}");
    }
}

/// Compare (or, with TVM_BLESS=1, rewrite) a committed generated file.
fn fresh(committed: &str, current: &str, stale: &mut Vec<String>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(committed);
    if std::env::var_os("TVM_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, current).unwrap();
        return;
    }
    if std::fs::read_to_string(&path).ok().as_deref() != Some(current) {
        stale.push(committed.to_string());
    }
}

#[test]
fn committed_generated_files_are_fresh() {
    let out = env!("OUT_DIR");
    let read = |f: &str| std::fs::read_to_string(Path::new(out).join(f)).unwrap();
    let mut stale = Vec::new();
    fresh("generated/openapi/tvm.bundled.json", &read("tvm.bundled.json"), &mut stale);
    fresh("generated/rust/seam.rs", &read("seam.rs"), &mut stale);
    assert!(
        stale.is_empty(),
        "stale generated files {stale:?}: run `{REFRESH}` and commit the result"
    );
}

fn validate_example(schema: &str, example: &Value, at: &str, failures: &mut Vec<String>) {
    for v in tvm::validate::violations(schema, example) {
        failures.push(format!("{at}: {}: {}", v.pointer, v.message));
    }
}

#[test]
fn every_openapi_example_matches_its_schema() {
    let doc = bundled();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let at = format!("{} {path}", method.to_uppercase());
            if let Some(media) = op["requestBody"]["content"].get("application/json") {
                let schema = ref_name(&media["schema"]).unwrap();
                match media.get("example") {
                    Some(ex) => {
                        validate_example(&schema, ex, &format!("{at} request"), &mut failures);
                        checked += 1;
                    }
                    None => failures.push(format!("{at}: request body has no example")),
                }
            }
            for (code, resp) in op["responses"].as_object().unwrap() {
                let resp = resolve(&doc, resp);
                if let Some(media) = resp["content"].get("application/json") {
                    let schema = ref_name(&media["schema"]).unwrap();
                    match media.get("example") {
                        Some(ex) => {
                            validate_example(&schema, ex, &format!("{at} {code}"), &mut failures);
                            checked += 1;
                        }
                        None => failures.push(format!("{at} {code}: response has no example")),
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "examples that do not match the contract:\n{}",
        failures.join("\n")
    );
    assert!(checked >= 260, "only {checked} examples checked");
}

#[test]
fn every_asyncapi_example_matches_its_schema() {
    let doc: Value = serde_yaml_ng::from_str(tvm::ASYNCAPI_YAML).unwrap();
    let schemas_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    let mut failures = Vec::new();
    let messages = doc["components"]["messages"].as_object().unwrap();
    for (name, msg) in messages {
        let file = msg["payload"]["$ref"].as_str().unwrap().rsplit('/').next().unwrap();
        let schema: Value =
            serde_json::from_str(&std::fs::read_to_string(schemas_dir.join(file)).unwrap())
                .unwrap();
        let title = schema["title"].as_str().unwrap();
        let examples = msg["examples"].as_array().map(Vec::as_slice).unwrap_or_default();
        if examples.is_empty() {
            failures.push(format!("message {name} has no example"));
        }
        for ex in examples {
            validate_example(title, &ex["payload"], &format!("message {name}"), &mut failures);
            if ex["payload"]["type"] != msg["name"] {
                failures.push(format!("message {name}: example type is not {}", msg["name"]));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(messages.len(), 20);
}

#[test]
fn every_ws_message_schema_is_in_the_asyncapi_document() {
    let doc: Value = serde_yaml_ng::from_str(tvm::ASYNCAPI_YAML).unwrap();
    let used: BTreeSet<String> = doc["components"]["messages"]
        .as_object()
        .unwrap()
        .values()
        .map(|m| m["payload"]["$ref"].as_str().unwrap().rsplit('/').next().unwrap().to_string())
        .collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    let mut missing = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let f = e.unwrap().file_name().into_string().unwrap();
        if f.starts_with("ws_") && f != "ws_envelope.json" && !used.contains(&f) {
            missing.push(f);
        }
    }
    assert!(missing.is_empty(), "WebSocket message schemas no AsyncAPI message uses: {missing:?}");
}

#[test]
fn the_error_catalogue_is_well_formed_and_documented() {
    let catalog: Value = serde_json::from_str(tvm::VEHICLE_ERROR_CATALOG).unwrap();
    let codes = catalog["codes"].as_array().unwrap();
    assert!(codes.len() >= 20);
    let pattern = regress::Regex::new("^[A-Z][A-Z0-9_]{2,63}$").unwrap();
    let severities = ["INFO", "WARNING", "ERROR", "CRITICAL"];
    let mut seen = BTreeSet::new();
    let schema = &bundled()["components"]["schemas"]["VehicleErrorCode"];
    let described = schema["description"].as_str().unwrap().to_string();
    let declared: Vec<&str> =
        schema["enum"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    let listed: Vec<&str> = codes.iter().map(|c| c["code"].as_str().unwrap()).collect();
    assert_eq!(declared, listed, "VehicleErrorCode's enum is the catalogue's codes");
    for c in codes {
        let code = c["code"].as_str().unwrap();
        assert!(pattern.find(code).is_some(), "{code} is not an upper-case code");
        assert!(seen.insert(code), "{code} listed twice");
        assert!(
            severities.contains(&c["default_severity"].as_str().unwrap()),
            "{code}: bad severity"
        );
        assert!(c["subsystem"].as_str().is_some_and(|s| !s.is_empty()), "{code}: no subsystem");
        assert!(
            described.contains(&format!("`{code}`")),
            "{code} missing from the API description"
        );
    }
}

/// Backticked repository paths in a doc (`server/http/mod.rs`,
/// `schemas/`), leaving out templates (`<tag>`) and globs.
fn named_paths(doc: &str) -> Vec<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(doc)).unwrap();
    text.split('`')
        .skip(1)
        .step_by(2)
        .filter(|t| {
            let first = t.split('/').next().unwrap_or("");
            t.contains('/')
                && !t.contains(['<', '*', ' ', '{'])
                && [
                    "server",
                    "schemas",
                    "openapi",
                    "asyncapi",
                    "generated",
                    "scripts",
                    "tests",
                    "docs",
                    "migrations",
                ]
                .contains(&first)
        })
        .map(|t| t.split("::").next().unwrap().to_string())
        .collect()
}

#[test]
fn every_path_the_checklist_names_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut missing = Vec::new();
    let mut seen = 0;
    for doc in ["docs/adding-an-endpoint.md", "docs/ARCHITECTURE.md"] {
        for p in named_paths(doc) {
            seen += 1;
            if !root.join(&p).exists() {
                missing.push(format!("{doc}: {p}"));
            }
        }
    }
    assert!(seen > 10, "the docs name too few paths to check ({seen})");
    assert!(missing.is_empty(), "paths the docs name that do not exist: {missing:?}");
}

#[test]
fn the_error_code_table_gives_each_code_the_status_the_server_answers_with() {
    let description = bundled()["info"]["description"].as_str().unwrap().to_string();
    let mut listed = std::collections::BTreeMap::new();
    for line in description.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let code = cells[0].trim_matches('`').to_string();
        let status: u16 = cells[1].parse().unwrap_or_else(|_| panic!("status of {code}: {line}"));
        assert!(!cells[2].is_empty(), "{code} has no meaning in the table");
        assert!(listed.insert(code.clone(), status).is_none(), "{code} is listed twice");
    }
    let codes: Vec<String> = serde_json::from_value(
        serde_json::from_str::<Value>(&std::fs::read_to_string("schemas/error_code.json").unwrap())
            .unwrap()["enum"]
            .clone(),
    )
    .unwrap();
    assert_eq!(listed.keys().cloned().collect::<Vec<_>>().len(), codes.len(), "{listed:?}");
    // `ErrorBody` has one variant per code, each with its details schema.
    let doc = bundled();
    let variants: Vec<String> = doc["components"]["schemas"]["ErrorBody"]["oneOf"]
        .as_array()
        .expect("ErrorBody is a union by code")
        .iter()
        .map(|v| {
            assert!(v["properties"]["details"]["$ref"].is_string(), "untyped details: {v}");
            v["properties"]["code"]["enum"][0].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(variants, codes, "ErrorBody's variants and ErrorCode differ");
    for code in codes {
        let parsed: tvm::models::ErrorCode = code.parse().unwrap();
        let status = tvm::error::status_of(parsed).as_u16();
        assert_eq!(listed.get(&code), Some(&status), "{code}: the table and the server differ");
    }
}
