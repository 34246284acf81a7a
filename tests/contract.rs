//! Contract tests: the generated trait agrees with the committed OpenAPI
//! document (drift), the committed copies in `generated/` are fresh, and
//! every example in the OpenAPI and AsyncAPI documents matches its schema.

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

/// What the drift check compares per operation.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct OpShape {
    route: String,
    operation_id: String,
    params: Vec<String>,
    body: String,
    success: String,
    success_body: String,
    error_body: String,
}

fn shapes(doc: &Value) -> BTreeSet<OpShape> {
    let mut out = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let mut params: Vec<String> = op["parameters"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .map(|p| resolve(doc, p))
                        .map(|p| {
                            format!(
                                "{}:{}:{}",
                                p["in"].as_str().unwrap(),
                                p["name"].as_str().unwrap(),
                                p["required"] == true
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            params.sort();
            let body = ref_name(&op["requestBody"]["content"]["application/json"]["schema"])
                .unwrap_or("-".into());
            let responses = op["responses"].as_object().unwrap();
            let (code, resp) = responses
                .iter()
                .find(|(c, _)| c.starts_with('2') || c.as_str() == "101")
                .map(|(c, r)| (c.clone(), resolve(doc, r)))
                .unwrap_or(("default".into(), &Value::Null));
            let websocket = op.get("x-dropshot-websocket").is_some();
            let streaming = resp["content"].get("text/event-stream").is_some();
            let prerendered = op["x-tvm-prerendered"] == true;
            // dropshot describes upgrades and raw (streaming or prerendered)
            // bodies as `default` without error responses: compare those loosely.
            let raw = streaming || prerendered || (code == "default" && !websocket);
            let success = if websocket {
                "websocket".into()
            } else if raw {
                "raw".into()
            } else {
                code
            };
            let success_body = if prerendered {
                "-".into()
            } else {
                ref_name(&resp["content"]["application/json"]["schema"]).unwrap_or("-".into())
            };
            let error_codes: Vec<&String> =
                responses.keys().filter(|c| c.starts_with('4') || c.starts_with('5')).collect();
            let error_body = if raw {
                "(raw)".to_string()
            } else {
                error_codes
                .iter()
                .map(|c| ref_name(&resolve(doc, &responses[c.as_str()])["content"]["application/json"]["schema"]).unwrap_or("-".into()))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>()
                .join(",")
            };
            out.insert(OpShape {
                route: format!("{} {path}", method.to_uppercase()),
                operation_id: op["operationId"].as_str().unwrap_or("").into(),
                params,
                body,
                success,
                success_body,
                error_body,
            });
        }
    }
    out
}

#[test]
fn the_generated_trait_matches_the_committed_spec() {
    let api = tvm::api::tvm_api_mod::stub_api_description().unwrap();
    let generated = api.openapi("TVM", semver()).json().unwrap();
    let committed = bundled();
    let (g, c) = (shapes(&generated), shapes(&committed));
    let mut report = String::new();
    for x in g.symmetric_difference(&c) {
        let side =
            if g.contains(x) { "only in the Rust trait" } else { "only in openapi/tvm.json" };
        report += &format!("{side}: {x:?}\n");
    }
    assert!(report.is_empty(), "the API trait and the contract disagree:\n{report}");
    assert_eq!(c.len(), 39, "operation count changed: update this test together with the spec");

    // dropshot names every schema the trait uses; each must be a contract schema.
    let cs: BTreeSet<_> =
        committed["components"]["schemas"].as_object().unwrap().keys().cloned().collect();
    let gs: BTreeSet<_> =
        generated["components"]["schemas"].as_object().unwrap().keys().cloned().collect();
    // typify names an inline sub-schema after its parent (HealthReport.status
    // becomes HealthReportStatus); anything else would be a Rust-only type.
    let foreign: Vec<_> =
        gs.difference(&cs).filter(|g| !cs.iter().any(|c| g.starts_with(c.as_str()))).collect();
    assert!(
        foreign.is_empty(),
        "schemas the trait uses that the contract does not define: {foreign:?}"
    );
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

fn semver() -> dropshot::semver::Version {
    dropshot::semver::Version::new(1, 0, 0)
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
    fresh("generated/rust/models.rs", &read("models.rs"), &mut stale);
    fresh("generated/rust/client.rs", &read("client.rs"), &mut stale);
    fresh("generated/rust/server_trait.rs", &read("server_trait.rs"), &mut stale);
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
    let described =
        bundled()["components"]["schemas"]["ErrorReport"]["properties"]["code"]["description"]
            .as_str()
            .unwrap()
            .to_string();
    for c in codes {
        let code = c["code"].as_str().unwrap();
        assert!(pattern.find(code).is_some(), "{code} does not match ErrorReport.code's pattern");
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
