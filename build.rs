//! Build step: turns the committed contract into Rust. Reads `schemas/`,
//! `openapi/`, `asyncapi/` and `migrations/`; writes to `OUT_DIR`:
//!
//! - `tvm.bundled.json`: `openapi/tvm.json` with every `schemas/*.json`
//!   inlined into `components.schemas` (OpenAPI 3.0 form), served verbatim at
//!   `/api/openapi.json`;
//! - `asyncapi.bundled.json`: `asyncapi/tvm.yaml` with the schemas inlined,
//!   served at `/api/asyncapi.json` and rendered at `/api/asyncapi`;
//! - `schemas.bundled.json`: the same schemas in their JSON Schema form, what the
//!   runtime validator compiles;
//! - `seam.rs` (our generator: per operation its parameter structs and the
//!   function that extracts them, calls the hand-written
//!   `crate::http::<tag>::<operationId>` and renders its typed answer; and
//!   `OPERATIONS`, the table `crate::front` routes by);
//! - `vda5050.rs` (typify, from the pinned VDA 5050 schemas in
//!   `schemas/vda5050/`): one module per topic (`state`, `order`, …) with
//!   the standard's message types, what the MQTT bridge speaks; and
//!   `vda5050.schemas.json`, those schemas by topic, which it validates with.
//!
//! It also generates the `tvm-client` crate's code and checks it against
//! the committed copy in `client/src/generated/` (rewritten with
//! `TVM_BLESS=1`, which `scripts/refresh-generated` sets): `models.rs`
//! (typify), `client.rs` (progenitor, reusing the models) and `sockets.rs`
//! (our generator, from `asyncapi/tvm.yaml`: one union per socket role and
//! direction, `VehicleInbound`, `VehicleOutbound`, `FrontendInbound`,
//! `FrontendOutbound`, tagged by the envelope's `type`, with its payload
//! enum). The server uses that crate's types.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::{env, fs};

use quote::{format_ident, quote};
use serde_json::{Map, Value, json};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    for dir in [
        "openapi",
        "asyncapi",
        "schemas",
        "schemas/catalog",
        "schemas/vda5050",
        "migrations",
        "build.rs",
    ] {
        println!("cargo:rerun-if-changed={dir}");
    }

    let schemas = load_schemas(&root);
    let catalog = load_json(&root.join("schemas/catalog/vehicle_error_codes.json"));
    let validation = validation_components(&schemas, &catalog);
    let bundled = bundle_openapi(&root, &validation);

    write_json(&out.join("tvm.bundled.json"), &bundled);
    write_json(&out.join("asyncapi.bundled.json"), &bundle_asyncapi(&root, &schemas, &validation));
    write_json(
        &out.join("schemas.bundled.json"),
        &json!({ "components": { "schemas": validation } }),
    );

    write_rust(&out.join("seam.rs"), gen_seam(&bundled));
    let vda5050 = vda5050_schemas(&root);
    write_json(&out.join("vda5050.schemas.json"), &Value::Object(vda5050.clone()));
    write_rust(&out.join("vda5050.rs"), gen_vda5050(&vda5050));
    // The client crate's code is committed (its users build without the
    // generators); the server uses that crate's types, so a contract the
    // committed copy does not follow stops this build.
    let client = [
        ("models.rs", render_rust(gen_models(&validation))),
        ("client.rs", render_rust(gen_client(&bundled, &validation))),
        ("sockets.rs", render_rust(gen_sockets(&root, &validation))),
    ];
    println!("cargo:rerun-if-env-changed=TVM_BLESS");
    let mut stale = Vec::new();
    for (file, text) in client {
        let committed = root.join("client/src/generated").join(file);
        println!("cargo:rerun-if-changed={}", committed.display());
        if fs::read_to_string(&committed).ok().as_deref() == Some(text.as_str()) {
            continue;
        }
        if env::var_os("TVM_BLESS").is_some() {
            fs::write(&committed, &text).unwrap();
        } else {
            stale.push(format!("client/src/generated/{file}"));
        }
    }
    assert!(
        stale.is_empty(),
        "the contract changed and the generated client code does not follow it: {stale:?} \
         are stale; run scripts/refresh-generated (then build again: the compiler names \
         what the hand-written code must change)"
    );
}

fn load_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn write_json(path: &Path, v: &Value) {
    fs::write(path, serde_json::to_string_pretty(v).unwrap() + "\n").unwrap();
}

fn render_rust(tokens: proc_macro2::TokenStream) -> String {
    let file: syn::File = syn::parse2(tokens).expect("generated code does not parse");
    prettyplease::unparse(&file)
}

fn write_rust(path: &Path, tokens: proc_macro2::TokenStream) {
    fs::write(path, render_rust(tokens)).unwrap();
}

/// One schema file: its file name and parsed content.
struct SchemaFile {
    file: String,
    title: String,
    body: Value,
}

fn load_schemas(root: &Path) -> Vec<SchemaFile> {
    let mut files: Vec<PathBuf> = fs::read_dir(root.join("schemas"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let body = load_json(&path);
            let file = path.file_name().unwrap().to_str().unwrap().to_string();
            let title = body["title"]
                .as_str()
                .unwrap_or_else(|| panic!("schemas/{file} has no title"))
                .to_string();
            SchemaFile { file, title, body }
        })
        .collect()
}

/// Each schema file's name with its title (the component it becomes).
fn titles_by_file(schemas: &[SchemaFile]) -> BTreeMap<&str, &str> {
    schemas.iter().map(|s| (s.file.as_str(), s.title.as_str())).collect()
}

/// The schemas as component schemas (JSON Schema form), file refs rewritten to
/// `#/components/schemas/<Title>`, the error catalogue rendered into the
/// description of `VehicleErrorCode` (whose enum must be its codes).
fn validation_components(schemas: &[SchemaFile], catalog: &Value) -> Map<String, Value> {
    let by_file = titles_by_file(schemas);
    let mut out = Map::new();
    for s in schemas {
        let mut body = s.body.clone();
        let obj = body.as_object_mut().unwrap();
        obj.remove("$schema");
        obj.remove("title");
        rewrite_refs(&mut body, &|r| {
            let title = by_file
                .get(r)
                .unwrap_or_else(|| panic!("schemas/{}: unresolvable $ref {r}", s.file));
            format!("#/components/schemas/{title}")
        });
        out.insert(s.title.clone(), body);
    }
    let codes = catalog["codes"].as_array().expect("catalog needs `codes`");
    let mut table = String::from(
        "A code from the vehicle error-code catalogue (schemas/catalog/vehicle_error_codes.json):\n\n\
         | code | subsystem | default severity | meaning |\n|---|---|---|---|\n",
    );
    for c in codes {
        table += &format!(
            "| `{}` | {} | {} | {} |\n",
            c["code"].as_str().unwrap(),
            c["subsystem"].as_str().unwrap(),
            c["default_severity"].as_str().unwrap(),
            c["description"].as_str().unwrap()
        );
    }
    let listed: Vec<&Value> = codes.iter().map(|c| &c["code"]).collect();
    let declared: Vec<&Value> = out["VehicleErrorCode"]["enum"]
        .as_array()
        .expect("schemas/vehicle_error_code.json needs an enum")
        .iter()
        .collect();
    assert_eq!(
        declared, listed,
        "schemas/vehicle_error_code.json's enum must list the catalogue's codes in its order"
    );
    out["VehicleErrorCode"]["description"] = Value::String(table);
    out
}

fn rewrite_refs(v: &mut Value, f: &dyn Fn(&str) -> String) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get_mut("$ref")
                && !r.starts_with('#')
            {
                *r = f(r.rsplit('/').next().unwrap());
            }
            m.values_mut().for_each(|v| rewrite_refs(v, f));
        }
        Value::Array(a) => a.iter_mut().for_each(|v| rewrite_refs(v, f)),
        _ => {}
    }
}

/// A JSON Schema in OpenAPI 3.0's form: a numeric `exclusiveMinimum: n`
/// becomes `minimum: n, exclusiveMinimum: true` (likewise maximum), and a
/// `$ref` with sibling keywords (3.0 ignores them) moves into an `allOf`.
fn to_openapi30(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if m.len() > 1
                && let Some(r) = m.remove("$ref")
            {
                m.insert("allOf".into(), json!([{ "$ref": r }]));
            }
            for (excl, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")]
            {
                if let Some(n) = m.get(excl).filter(|n| n.is_number()).cloned() {
                    m.insert(bound.into(), n);
                    m.insert(excl.into(), Value::Bool(true));
                }
            }
            m.values_mut().for_each(to_openapi30);
        }
        Value::Array(a) => a.iter_mut().for_each(to_openapi30),
        _ => {}
    }
}

fn bundle_openapi(root: &Path, validation: &Map<String, Value>) -> Value {
    let mut doc = load_json(&root.join("openapi/tvm.json"));
    let listed = doc["components"]["schemas"].as_object().expect("components.schemas").clone();
    for (name, v) in &listed {
        let target = v["$ref"].as_str().unwrap_or_default();
        assert!(
            validation.contains_key(name) && target.ends_with(".json"),
            "openapi/tvm.json: components.schemas.{name} must be a $ref to a schemas/ file titled {name}"
        );
    }
    for name in validation.keys() {
        assert!(
            listed.contains_key(name),
            "schemas/ defines {name} but openapi/tvm.json does not list it in components.schemas"
        );
    }
    let mut inlined = Map::new();
    for (name, schema) in validation {
        let mut s = schema.clone();
        to_openapi30(&mut s);
        inlined.insert(name.clone(), s);
    }
    doc["components"]["schemas"] = Value::Object(inlined);
    // The committed document is OpenAPI 3.1 (its schema files are JSON
    // Schema); the bundle, with its schemas in 3.0 form, is what
    // progenitor and the older tools read.
    doc["openapi"] = json!("3.0.3");
    doc
}

/// `asyncapi/tvm.yaml` on its own: every `../schemas/<file>` reference
/// becomes `#/components/schemas/<Title>`, with the schemas under
/// `components.schemas`, so a reader (the AsyncAPI page) needs no other file.
fn bundle_asyncapi(root: &Path, schemas: &[SchemaFile], validation: &Map<String, Value>) -> Value {
    let text = fs::read_to_string(root.join("asyncapi/tvm.yaml")).expect("asyncapi/tvm.yaml");
    let mut doc: Value = serde_yaml_ng::from_str(&text).expect("asyncapi/tvm.yaml is not YAML");
    let by_file = titles_by_file(schemas);
    rewrite_refs(&mut doc, &|file| {
        let title = by_file.get(file).unwrap_or_else(|| panic!("asyncapi: no schema file {file}"));
        format!("#/components/schemas/{title}")
    });
    doc["components"]["schemas"] = Value::Object(validation.clone());
    doc
}

/// typify: one Rust type per component schema.
fn gen_models(validation: &Map<String, Value>) -> proc_macro2::TokenStream {
    let mut settings = typify::TypeSpaceSettings::default();
    settings
        .with_derive("schemars::JsonSchema".to_string())
        .with_derive("PartialEq".to_string())
        .with_struct_builder(false);
    let mut space = typify::TypeSpace::new(&settings);
    space
        .add_ref_types(validation.iter().map(|(name, v)| {
            let schema: schemars::schema::Schema = serde_json::from_value(v.clone())
                .unwrap_or_else(|e| panic!("schema {name} is not a JSON Schema: {e}"));
            (name.clone(), schema)
        }))
        .expect("typify failed");
    let mut file: syn::File = syn::parse2(space.to_stream()).expect("typify's code parses");
    write_timestamps_whole(&mut file.items);
    quote!(#file)
}

/// Every `date-time` field of the models serialized by `tvm_client::time`
/// (the same text as chrono's own, written whole rather than a character at
/// a time through serde_json's escaping), and every required one read by
/// it (chrono's reading, its common text without chrono's general parser).
fn write_timestamps_whole(items: &mut [syn::Item]) {
    let fields = items.iter_mut().flat_map(|item| -> Vec<&mut syn::Field> {
        match item {
            syn::Item::Struct(model) => model.fields.iter_mut().collect(),
            syn::Item::Enum(union) => {
                union.variants.iter_mut().flat_map(|v| v.fields.iter_mut()).collect()
            }
            _ => vec![],
        }
    });
    let mut found = 0;
    for field in fields {
        if is_utc_date_time(&field.ty) {
            field.attrs.push(syn::parse_quote!(#[serde(
                serialize_with = "crate::time::serialize",
                deserialize_with = "crate::time::deserialize"
            )]));
        } else if only_argument_of("Option", &field.ty).is_some_and(is_utc_date_time) {
            // Read by chrono still: with a `deserialize_with`, serde would
            // no longer read a missing optional field as `None`.
            field.attrs.push(
                syn::parse_quote!(#[serde(serialize_with = "crate::time::serialize_option")]),
            );
        } else {
            continue;
        }
        found += 1;
    }
    // The contract has date-time fields in every kind of report: none found
    // means typify spells them in a way this no longer recognises.
    assert!(found > 0, "no DateTime<Utc> field in typify's models: see write_timestamps_whole");
}

/// `ty` is chrono's `DateTime<Utc>`, however its path is spelled.
fn is_utc_date_time(ty: &syn::Type) -> bool {
    only_argument_of("DateTime", ty).and_then(last_segment).is_some_and(|utc| utc.ident == "Utc")
}

/// The one type argument of `ty` when `ty` is a path ending in `name<…>`.
fn only_argument_of<'a>(name: &str, ty: &'a syn::Type) -> Option<&'a syn::Type> {
    let segment = last_segment(ty).filter(|s| s.ident == name)?;
    let syn::PathArguments::AngleBracketed(arguments) = &segment.arguments else { return None };
    match (arguments.args.len(), arguments.args.first()?) {
        (1, syn::GenericArgument::Type(argument)) => Some(argument),
        _ => None,
    }
}

fn last_segment(ty: &syn::Type) -> Option<&syn::PathSegment> {
    match ty {
        syn::Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        _ => None,
    }
}

/// The VDA 5050 topics the bridge speaks, each schema file as the standard
/// publishes it, one module per topic (the files share inner titles such as
/// `action`, which differ between topics).
const VDA5050_TOPICS: [(&str, &str); 6] = [
    ("connection", "connection.json"),
    ("factsheet", "factsheet.json"),
    ("instant_actions", "instantActions.json"),
    ("order", "order.json"),
    ("state", "state.json"),
    ("visualization", "visualization.json"),
];

/// The pinned VDA 5050 schemas by topic module, with the one correction
/// they need: the factsheet's `agvActions[].blockingTypes` is an array with
/// the enum of its items on the array itself, which no array can match;
/// the enum moves to `items`, as the standard's text describes it.
fn vda5050_schemas(root: &Path) -> Map<String, Value> {
    VDA5050_TOPICS
        .iter()
        .map(|(module, file)| {
            let mut schema = load_json(&root.join("schemas/vda5050").join(file));
            let blocking = schema.pointer_mut(
                "/properties/protocolFeatures/properties/agvActions/items/properties/blockingTypes",
            );
            if let Some(b) = blocking.and_then(Value::as_object_mut)
                && b.get("type") == Some(&json!("array"))
                && let Some(values) = b.remove("enum")
            {
                b.insert("items".into(), json!({ "type": "string", "enum": values }));
            }
            (module.to_string(), schema)
        })
        .collect()
}

fn gen_vda5050(schemas: &Map<String, Value>) -> proc_macro2::TokenStream {
    let modules = VDA5050_TOPICS.iter().map(|(module, file)| {
        let mut schema = schemas[*module].clone();
        // typify reads draft-07-style schemas; the 2020-12 keyword is the
        // only one these files use that it does not know.
        schema.as_object_mut().expect("an object schema").remove("$schema");
        let root_schema: schemars::schema::RootSchema = serde_json::from_value(schema)
            .unwrap_or_else(|e| panic!("schemas/vda5050/{file} is not a JSON Schema: {e}"));
        let mut settings = typify::TypeSpaceSettings::default();
        settings.with_derive("PartialEq".to_string()).with_struct_builder(false);
        let mut space = typify::TypeSpace::new(&settings);
        space
            .add_root_schema(root_schema)
            .unwrap_or_else(|e| panic!("typify failed on schemas/vda5050/{file}: {e}"));
        let body = space.to_stream();
        let ident = format_ident!("{module}");
        let doc = format!(" The `{file}` topic schema of VDA 5050 (schemas/vda5050/{file}).");
        quote! {
            #[doc = #doc]
            pub mod #ident {
                #body
            }
        }
    });
    quote! { #(#modules)* }
}

/// progenitor: the builder-style client, reusing `crate::models` for every
/// component schema so that each schema has exactly one Rust type.
fn gen_client(bundled: &Value, validation: &Map<String, Value>) -> proc_macro2::TokenStream {
    let spec: openapiv3::OpenAPI =
        serde_json::from_value(bundled.clone()).expect("bundled document is not OpenAPI 3.0");
    let mut settings = progenitor::GenerationSettings::default();
    settings.with_interface(progenitor::InterfaceStyle::Builder);
    for name in validation.keys() {
        settings.with_replacement(name, format!("crate::models::{name}"), std::iter::empty());
    }
    let mut generator = progenitor::Generator::new(&settings);
    generator.generate_tokens(&spec).expect("progenitor failed")
}

// ==================================================================== seam ==

fn resolve<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    match v["$ref"].as_str() {
        Some(r) => r.strip_prefix("#/").unwrap().split('/').fold(doc, |cur, seg| &cur[seg]),
        None => v,
    }
}

fn ref_name(v: &Value) -> Option<&str> {
    v.get("$ref")?.as_str()?.rsplit('/').next()
}

fn pascal(s: &str) -> String {
    s.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .collect()
}

fn param_type(schema: &Value) -> proc_macro2::TokenStream {
    if let Some(n) = ref_name(schema) {
        let id = format_ident!("{}", n);
        return quote!(crate::models::#id);
    }
    match (schema["type"].as_str(), schema["format"].as_str()) {
        (Some("string"), Some("uuid")) => quote!(uuid::Uuid),
        (Some("string"), Some("date-time")) => quote!(chrono::DateTime<chrono::Utc>),
        (Some("string"), _) => quote!(String),
        (Some("integer"), Some("uint32")) => quote!(u32),
        (Some("integer"), _) => quote!(i64),
        (Some("number"), _) => quote!(f64),
        (Some("boolean"), _) => quote!(bool),
        (Some("array"), _) => {
            let item = param_type(&schema["items"]);
            quote!(Vec<#item>)
        }
        other => panic!("unsupported parameter schema {other:?}"),
    }
}

/// The seam between the contract and the hand-written server: for each
/// operation, its path and query parameters as generated structs, and one
/// generated function that extracts them (path parameters parsed into their
/// types, the query checked against the contract then decoded, the JSON body
/// read up to its limit, or the WebSocket handshake), calls the hand-written
/// `crate::http::<first tag>::<operationId>` with them inside the one
/// wrapper every operation runs in (`crate::front::run`), and renders the
/// typed answer with the status the contract documents. `OPERATIONS` is the
/// table the front routes by. A handler whose name, parameters or answer
/// type differ from the contract does not compile.
fn gen_seam(doc: &Value) -> proc_macro2::TokenStream {
    let mut param_structs = Vec::new();
    let mut functions = Vec::new();
    let mut table = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let opid = op["operationId"].as_str().expect("operationId required");
            let fn_ident = format_ident!("{}", opid);
            let tag = op["tags"][0]
                .as_str()
                .unwrap_or_else(|| panic!("{opid}: an operation needs a tag (its handler's file)"));
            let module = format_ident!("{}", tag);
            let mut extract = Vec::new();
            let mut args = Vec::new();

            let params: Vec<&Value> = op["parameters"]
                .as_array()
                .map(|a| a.iter().map(|p| resolve(doc, p)).collect())
                .unwrap_or_default();
            for (loc, suffix) in [("path", "Path"), ("query", "Query")] {
                let ps: Vec<&&Value> = params.iter().filter(|p| p["in"] == loc).collect();
                if ps.is_empty() {
                    continue;
                }
                let sname = format_ident!("{}{}", pascal(opid), suffix);
                let fields = ps.iter().map(|p| {
                    let name = format_ident!("{}", p["name"].as_str().unwrap());
                    let ty = param_type(&p["schema"]);
                    let desc = p["description"].as_str().map(|d| format!(" {d}"));
                    let doc = desc.map(|d| quote!(#[doc = #d]));
                    if p["required"].as_bool().unwrap_or(false) {
                        quote!(#doc pub #name: #ty)
                    } else {
                        quote!(#doc #[serde(default)] pub #name: Option<#ty>)
                    }
                });
                let struct_doc = format!(" {suffix} parameters of `{opid}`.");
                param_structs.push(quote! {
                    #[doc = #struct_doc]
                    #[derive(Debug, Clone, serde::Deserialize)]
                    pub struct #sname { #(#fields,)* }
                });
                if loc == "path" {
                    // Each path parameter parsed from its decoded text.
                    let parse = ps.iter().map(|p| {
                        let name = p["name"].as_str().unwrap();
                        let field = format_ident!("{}", name);
                        let ty = param_type(&p["schema"]);
                        quote! {
                            #field: crate::front::extract::path_parameter::<#ty>(rq, #name)?
                        }
                    });
                    param_structs.push(quote! {
                        impl #sname {
                            /// The path parameters of the routed request.
                            pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
                                Ok(#sname { #(#parse,)* })
                            }
                        }
                    });
                    extract.push(quote!(let path = #sname::from_request(&rq)?;));
                    args.push(quote!(path));
                } else {
                    extract.push(quote!(let query: #sname = crate::front::extract::query(&rq)?;));
                    args.push(quote!(query));
                }
            }

            if !params.iter().any(|p| p["in"] == "query") {
                // No parameters: any query string is refused by the contract check.
                extract.push(quote!(crate::front::extract::no_query(&rq)?;));
            }
            let websocket = op.get("x-dropshot-websocket").is_some();
            if websocket {
                extract.push(quote! {
                    let upgrade = crate::front::extract::WebsocketUpgrade::from_request(&rq, request)?;
                });
                args.push(quote!(upgrade));
            } else if let Some(body) = op.get("requestBody") {
                let name = ref_name(&body["content"]["application/json"]["schema"])
                    .unwrap_or_else(|| panic!("{opid}: request bodies must $ref a named schema"));
                let id = format_ident!("{}", name);
                let body_max = match op["x-body-max-bytes"].as_u64() {
                    Some(n) => {
                        let n = n as usize;
                        quote!(#n)
                    }
                    None => quote!(crate::server::BODY_MAX_BYTES),
                };
                // Who may send it, checked before the body is read or parsed.
                let roles = body_roles(opid, op);
                if !roles.is_empty() {
                    let acting_for = if roles.iter().any(|r| r == "Vehicle")
                        && params.iter().any(|p| p["in"] == "path" && p["name"] == "vehicle_id")
                    {
                        quote!(Some(path.vehicle_id.as_str()))
                    } else {
                        quote!(None)
                    };
                    let roles = roles.iter().map(|r| format_ident!("{}", r));
                    extract.push(quote! {
                        let roles = [#(crate::models::Role::#roles),*];
                        let screened = Some(crate::gate::screen(rq.context(), rq.request.headers(), &roles, #acting_for).await?);
                    });
                }
                extract.push(quote! {
                    let body = crate::front::extract::json_body::<crate::models::#id>(&rq, request, #body_max).await?;
                });
                args.push(quote!(body));
            } else {
                extract.push(quote!(drop(request);));
            }

            let answer = if websocket { Answer::Raw } else { success_type(opid, op) };
            // The caller `gate::screen` identified, for `front::run`.
            let screens = extract.iter().any(|t| t.to_string().contains("screened"));
            if !screens {
                extract.push(quote!(let screened: Option<crate::auth::Caller> = None;));
            }
            let call = quote!(crate::http::#module::#fn_ident(&rq, #(#args),*).await?);
            let render = match answer {
                Answer::Json(status, model) => {
                    let status = proc_macro2::Literal::u16_unsuffixed(status);
                    quote! {
                        let answer: crate::models::#model = #call;
                        Ok(crate::front::json_answer(#status, &answer))
                    }
                }
                Answer::Empty(status) => {
                    let status = proc_macro2::Literal::u16_unsuffixed(status);
                    quote! {
                        let (): () = #call;
                        Ok(crate::front::empty_answer(#status))
                    }
                }
                Answer::Raw => quote! {
                    let answer: http::Response<dropshot::Body> = #call;
                    Ok(answer)
                },
            };
            let doc_line = format!(
                " `{} {path}`: {} (`crate::http::{tag}::{opid}`).",
                method.to_uppercase(),
                op["summary"].as_str().unwrap_or(opid)
            );
            functions.push(quote! {
                #[doc = #doc_line]
                pub async fn #fn_ident(
                    rq: crate::front::Rq,
                    request: http::Request<hyper::body::Incoming>,
                ) -> crate::front::Answer {
                    #(#extract)*
                    crate::front::run(&rq, screened, || async { #render }).await
                }
            });
            let http_method = format_ident!("{}", method.to_uppercase());
            table.push(quote! {
                crate::front::Entry {
                    method: http::Method::#http_method,
                    path: #path,
                    operation_id: #opid,
                    call: |rq, request| Box::pin(operations::#fn_ident(rq, request)),
                }
            });
        }
    }
    let count = table.len();
    quote! {
        #(#param_structs)*

        /// One function per operation of `openapi/tvm.json`: extraction,
        /// the hand-written handler, the typed answer.
        pub mod operations {
            use super::*;
            #(#functions)*
        }

        /// Every operation of the contract: method, path template,
        /// operation id and the generated function that serves it.
        pub static OPERATIONS: [crate::front::Entry; #count] = [#(#table),*];
    }
}

/// What an operation answers on success, by the contract.
enum Answer {
    /// A JSON body of this model with this status.
    Json(u16, proc_macro2::Ident),
    /// No body (204).
    Empty(u16),
    /// A response the handler renders itself (upgrades, streams, and
    /// prerendered bodies whose tests check them against the schema).
    Raw,
}

/// The roles (`x-tvm-roles`) that may send an operation's body, as
/// `Role` variant names; every operation with a body and a token names them
/// (an operation open to all, `security: []`, has none).
fn body_roles(opid: &str, op: &Value) -> Vec<String> {
    let open = op["security"].as_array().is_some_and(|s| s.is_empty());
    let Some(roles) = op["x-tvm-roles"].as_array() else {
        assert!(open, "{opid}: an operation with a body and a token needs x-tvm-roles");
        return Vec::new();
    };
    roles
        .iter()
        .map(|r| {
            let r = r.as_str().unwrap_or_else(|| panic!("{opid}: x-tvm-roles are strings"));
            assert!(
                ["vehicle", "operator", "admin"].contains(&r),
                "{opid}: unknown role {r} in x-tvm-roles"
            );
            pascal_camel(r)
        })
        .collect()
}

fn success_type(opid: &str, op: &Value) -> Answer {
    let responses = op["responses"].as_object().unwrap();
    let mut ok = responses.iter().filter(|(c, _)| c.starts_with('2'));
    let (code, resp) = ok.next().unwrap_or_else(|| panic!("{opid}: one 2xx response required"));
    assert!(ok.next().is_none(), "{opid}: exactly one 2xx response allowed");
    if resp["content"].get("text/event-stream").is_some() || op["x-tvm-prerendered"] == true {
        return Answer::Raw;
    }
    let status: u16 = code.parse().unwrap_or_else(|_| panic!("{opid}: status {code}"));
    match ref_name(&resp["content"]["application/json"]["schema"]) {
        Some(name) => Answer::Json(status, format_ident!("{}", name)),
        None if status == 204 => Answer::Empty(status),
        None => panic!("{opid}: a {status} answer needs a named schema"),
    }
}

// ================================================================= sockets ==

/// One union per `x-tvm-rust` name of the AsyncAPI document's operations:
/// a variant per message (named after the message's key, holding the model
/// of its payload schema), tagged by the envelope's `type` (the message's
/// `name`). Operations that share a name (the same role on two channels)
/// must list the same messages. A message added to an inbound operation is
/// a variant every `match` over the union must handle.
fn gen_sockets(root: &Path, validation: &Map<String, Value>) -> proc_macro2::TokenStream {
    let text = fs::read_to_string(root.join("asyncapi/tvm.yaml")).expect("asyncapi/tvm.yaml");
    let doc: Value = serde_yaml_ng::from_str(&text).expect("asyncapi/tvm.yaml is not YAML");
    let mut unions: BTreeMap<String, Vec<(String, String, String)>> = BTreeMap::new();
    for (op_name, op) in doc["operations"].as_object().expect("operations") {
        let name = op["x-tvm-rust"]
            .as_str()
            .unwrap_or_else(|| panic!("asyncapi operation {op_name} needs x-tvm-rust"));
        let mut messages = Vec::new();
        for m in op["messages"].as_array().expect("messages") {
            let key = m["$ref"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
            let msg = &doc["components"]["messages"][&key];
            let wire = msg["name"].as_str().unwrap_or_else(|| panic!("message {key} has no name"));
            let file = msg["payload"]["$ref"].as_str().unwrap_or_else(|| panic!("message {key}"));
            let schema = load_json(&root.join("asyncapi").join(file));
            let title = schema["title"].as_str().expect("payload schemas have titles").to_string();
            assert!(validation.contains_key(&title), "message {key}: {title} is not in schemas/");
            messages.push((pascal_camel(&key), wire.to_string(), title));
        }
        match unions.get(name) {
            Some(seen) => assert_eq!(
                seen, &messages,
                "asyncapi: operations named {name} must list the same messages"
            ),
            None => {
                unions.insert(name.to_string(), messages);
            }
        }
    }
    let mut out = Vec::new();
    for (name, messages) in unions {
        let ident = format_ident!("{}", name);
        let type_ident = format_ident!("{}Type", name);
        let variants: Vec<_> = messages.iter().map(|(v, _, _)| format_ident!("{}", v)).collect();
        let wires: Vec<&str> = messages.iter().map(|(_, w, _)| w.as_str()).collect();
        let models: Vec<_> = messages.iter().map(|(_, _, t)| format_ident!("{}", t)).collect();
        let titles: Vec<&str> = messages.iter().map(|(_, _, t)| t.as_str()).collect();
        let payloads: Vec<_> = messages
            .iter()
            .map(|(_, _, t)| {
                let r = validation[t]["properties"]["payload"]["$ref"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{t}: the payload must be a named schema"));
                format_ident!("{}", r.rsplit('/').next().unwrap())
            })
            .collect();
        let payload_ident = format_ident!("{}Payload", name);
        let payload_doc = format!(
            " The payload of each `{name}` message: what a sender builds, wrapped into its envelope by `into_message`."
        );
        let count = messages.len();
        let doc_line = format!(" The `{name}` messages of `asyncapi/tvm.yaml`, tagged by `type`.");
        let type_doc = format!(" The `type` of each `{name}` message.");
        out.push(quote! {
            #[doc = #doc_line]
            #[derive(Debug, Clone, PartialEq)]
            pub enum #ident {
                #(#variants(crate::models::#models),)*
            }

            #[doc = #type_doc]
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum #type_ident {
                #(#variants,)*
            }

            impl #type_ident {
                /// Every message type of this union.
                pub const ALL: [#type_ident; #count] = [#(#type_ident::#variants),*];

                /// The envelope's `type`.
                pub fn as_str(self) -> &'static str {
                    match self { #(#type_ident::#variants => #wires,)* }
                }

                /// The contract's schema of the whole message (envelope and
                /// payload).
                pub fn schema(self) -> &'static str {
                    match self { #(#type_ident::#variants => #titles,)* }
                }

                /// The type an envelope names, if it is one of this union's.
                pub fn parse(wire_type: &str) -> Option<Self> {
                    match wire_type { #(#wires => Some(#type_ident::#variants),)* _ => None }
                }
            }

            #[doc = #payload_doc]
            #[derive(Debug, Clone, PartialEq)]
            pub enum #payload_ident {
                #(#variants(crate::models::#payloads),)*
            }

            impl #payload_ident {
                pub fn wire_type(&self) -> #type_ident {
                    match self { #(#payload_ident::#variants(_) => #type_ident::#variants,)* }
                }

                /// The whole message: this payload in an envelope with its
                /// `type`, the sender's message `id` and the `timestamp`.
                pub fn into_message(
                    self,
                    id: &str,
                    timestamp: chrono::DateTime<chrono::Utc>,
                ) -> Result<#ident, serde_json::Error> {
                    let kind = self.wire_type().as_str();
                    let payload = match self { #(#payload_ident::#variants(p) => serde_json::to_value(p)?,)* };
                    #ident::from_value(serde_json::json!({
                        "type": kind,
                        "id": id,
                        "timestamp": timestamp,
                        "payload": payload,
                    }))
                }
            }

            impl From<#type_ident> for &'static str {
                fn from(t: #type_ident) -> &'static str {
                    t.as_str()
                }
            }

            impl #ident {
                pub fn wire_type(&self) -> #type_ident {
                    match self { #(#ident::#variants(_) => #type_ident::#variants,)* }
                }

                /// Decode a message (already checked against its schema) by its `type`.
                pub fn from_value(value: serde_json::Value) -> Result<Self, serde_json::Error> {
                    use serde::de::Error;
                    let wire = value.get("type").and_then(|t| t.as_str()).unwrap_or_default();
                    match #type_ident::parse(wire) {
                        #(Some(#type_ident::#variants) => serde_json::from_value(value).map(#ident::#variants),)*
                        None => Err(serde_json::Error::custom(format!("unknown message type {wire:?}"))),
                    }
                }
            }

            impl serde::Serialize for #ident {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    match self { #(#ident::#variants(m) => m.serialize(s),)* }
                }
            }

            impl<'de> serde::Deserialize<'de> for #ident {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    let value = serde_json::Value::deserialize(d)?;
                    #ident::from_value(value).map_err(serde::de::Error::custom)
                }
            }
        });
    }
    quote!(#(#out)*)
}

/// `frontendCommand` → `FrontendCommand`.
fn pascal_camel(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
