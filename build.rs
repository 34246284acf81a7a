//! Build step: turns the committed contract into Rust. Reads `schemas/`,
//! `openapi/`, `asyncapi/` and `migrations/`; writes only to `OUT_DIR`:
//!
//! - `tvm.bundled.json`: `openapi/tvm.json` with every `schemas/*.json`
//!   inlined into `components.schemas` (OpenAPI 3.0 form), served verbatim at
//!   `/api/openapi.json`;
//! - `schemas.bundled.json`: the same schemas in their draft-07 form, what the
//!   runtime validator compiles;
//! - `models.rs` (typify), `client.rs` (progenitor, reusing the models) and
//!   `server_trait.rs` (our generator: `#[dropshot::api_description] trait TvmApi`,
//!   the description dropshot renders and routes by; `trait TvmHandlers`, the
//!   same operations over `crate::front`'s request types, which the server
//!   implements; and `operations`, the table `crate::front` dispatches by).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::{env, fs};

use quote::{format_ident, quote};
use serde_json::{Map, Value, json};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    for dir in ["openapi", "asyncapi", "schemas", "schemas/catalog", "migrations", "build.rs"] {
        println!("cargo:rerun-if-changed={dir}");
    }

    let schemas = load_schemas(&root);
    let catalog = load_json(&root.join("schemas/catalog/vehicle_error_codes.json"));
    let validation = validation_components(&schemas, &catalog);
    let bundled = bundle_openapi(&root, &validation);

    write_json(&out.join("tvm.bundled.json"), &bundled);
    write_json(
        &out.join("schemas.bundled.json"),
        &json!({ "components": { "schemas": validation } }),
    );

    write_rust(&out.join("models.rs"), gen_models(&validation));
    write_rust(&out.join("client.rs"), gen_client(&bundled, &validation));
    write_rust(&out.join("server_trait.rs"), gen_server_trait(&bundled));
}

fn load_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn write_json(path: &Path, v: &Value) {
    fs::write(path, serde_json::to_string_pretty(v).unwrap() + "\n").unwrap();
}

fn write_rust(path: &Path, tokens: proc_macro2::TokenStream) {
    let file: syn::File = syn::parse2(tokens).expect("generated code does not parse");
    fs::write(path, prettyplease::unparse(&file)).unwrap();
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

/// The schemas as component schemas (draft-07 form), file refs rewritten to
/// `#/components/schemas/<Title>`, the error catalogue rendered into the
/// description of `ErrorReport.code`.
fn validation_components(schemas: &[SchemaFile], catalog: &Value) -> Map<String, Value> {
    let by_file: BTreeMap<&str, &str> =
        schemas.iter().map(|s| (s.file.as_str(), s.title.as_str())).collect();
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
    out["ErrorReport"]["properties"]["code"]["description"] = Value::String(table);
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

/// draft-07 numeric `exclusiveMinimum: n` becomes OpenAPI 3.0's
/// `minimum: n, exclusiveMinimum: true` (likewise maximum).
fn to_openapi30(v: &mut Value) {
    match v {
        Value::Object(m) => {
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
    space.to_stream()
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

// ============================================================ server trait ==

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
        other => panic!("unsupported parameter schema {other:?}"),
    }
}

/// Each operation becomes one trait method named by its operationId:
/// path and query parameters as generated structs, JSON bodies through
/// `crate::extract::JsonBody` (validated against the schema in the handler),
/// `x-dropshot-websocket` operations as `WebsocketUpgrade` endpoints that can
/// still refuse with a real 401/403 before switching protocols, and
/// `x-tvm-prerendered` operations as raw responses: the handler writes bytes
/// it keeps rendered (tests check them against the declared schema).
fn gen_server_trait(doc: &Value) -> proc_macro2::TokenStream {
    let mut methods = Vec::new();
    let mut handlers = Vec::new();
    let mut param_structs = Vec::new();
    let mut dispatch = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let http_method = format_ident!("{}", method.to_uppercase());
            let opid = op["operationId"].as_str().expect("operationId required");
            let fn_ident = format_ident!("{}", opid);
            let doc_line = format!(" {}", op["summary"].as_str().unwrap_or(opid));
            let mut args = vec![quote!(rqctx: dropshot::RequestContext<Self::Context>)];
            // The same operation for `TvmHandlers`, and the dispatcher's
            // body: extractors in argument order (the last may consume the
            // request), then the method.
            let mut our_args = vec![quote!(rqctx: crate::front::Rq)];
            let mut extract = Vec::new();
            let mut call = Vec::new();
            let mut consumes_request = false;

            let params: Vec<&Value> = op["parameters"]
                .as_array()
                .map(|a| a.iter().map(|p| resolve(doc, p)).collect())
                .unwrap_or_default();
            for (loc, wrapper, suffix, arg) in [
                ("path", quote!(dropshot::Path), "Path", "path"),
                ("query", quote!(dropshot::Query), "Query", "query"),
            ] {
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
                let struct_doc = format!(" {} parameters of `{opid}`.", suffix);
                param_structs.push(quote! {
                    #[doc = #struct_doc]
                    #[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
                    pub struct #sname { #(#fields,)* }
                });
                let arg = format_ident!("{}", arg);
                args.push(quote!(#arg: #wrapper<#sname>));
                let ours = if loc == "path" {
                    quote!(crate::front::extract::Path)
                } else {
                    quote!(crate::front::extract::Query)
                };
                our_args.push(quote!(#arg: #ours<#sname>));
                extract.push(quote!(let #arg = #ours::<#sname>::from_request(&rqctx)?;));
                call.push(quote!(#arg));
            }

            let tags: Vec<&str> = op["tags"]
                .as_array()
                .map(|t| t.iter().filter_map(|t| t.as_str()).collect())
                .unwrap_or_default();
            let mut attrs = vec![
                quote!(method = #http_method),
                quote!(path = #path),
                quote!(operation_id = #opid),
                quote!(tags = [#(#tags),*]),
            ];
            let body_max = match op["x-body-max-bytes"].as_u64() {
                Some(n) => {
                    let n = n as usize;
                    attrs.push(quote!(request_body_max_bytes = #n));
                    quote!(#n)
                }
                None => quote!(crate::server::BODY_MAX_BYTES),
            };

            let ret = if op.get("x-dropshot-websocket").is_some() {
                args.push(quote!(upgrade: dropshot::WebsocketUpgrade));
                our_args.push(quote!(upgrade: crate::front::extract::WebsocketUpgrade));
                extract.push(quote! {
                    let upgrade = crate::front::extract::WebsocketUpgrade::from_request(&rqctx, request)?;
                });
                call.push(quote!(upgrade));
                consumes_request = true;
                quote!(crate::extract::SwitchingToWebsocket)
            } else {
                if let Some(body) = op.get("requestBody") {
                    let name = ref_name(&body["content"]["application/json"]["schema"])
                        .unwrap_or_else(|| {
                            panic!("{opid}: request bodies must $ref a named schema")
                        });
                    let id = format_ident!("{}", name);
                    args.push(quote!(body: crate::extract::JsonBody<crate::models::#id>));
                    our_args.push(quote!(body: crate::extract::JsonBody<crate::models::#id>));
                    extract.push(quote! {
                        let body = crate::extract::JsonBody::<crate::models::#id>::read(request, #body_max).await?;
                    });
                    call.push(quote!(body));
                    consumes_request = true;
                }
                success_type(opid, op)
            };
            let our_ret = if op.get("x-dropshot-websocket").is_some() {
                quote!(http::Response<dropshot::Body>)
            } else {
                ret.clone()
            };
            let consumed = if consumes_request { quote!() } else { quote!(drop(request);) };
            dispatch.push(quote! {
                crate::front::Entry {
                    operation_id: #opid,
                    path: #path,
                    call: |rqctx, request| Box::pin(async move {
                        #(#extract)*
                        #consumed
                        let reply = I::#fn_ident(rqctx, #(#call),*).await?;
                        Ok(dropshot::HttpResponse::to_result(reply)?)
                    }),
                }
            });
            handlers.push(quote! {
                #[doc = #doc_line]
                fn #fn_ident(#(#our_args),*) -> impl std::future::Future<
                    Output = Result<crate::extract::Reply<#our_ret>, crate::error::ApiError>,
                > + Send;
            });
            methods.push(quote! {
                #[doc = #doc_line]
                #[endpoint { #(#attrs),* }]
                async fn #fn_ident(#(#args),*) -> Result<crate::extract::Reply<#ret>, crate::error::ApiError>;
            });
        }
    }
    let count = dispatch.len();
    quote! {
        #(#param_structs)*

        /// The REST API of `openapi/tvm.json`, one method per operationId.
        /// Generated by build.rs; implemented by `crate::api_impl`.
        #[dropshot::api_description]
        pub trait TvmApi {
            type Context: dropshot::ServerContext;
            #(#methods)*
        }

        /// The operations of `openapi/tvm.json` as the server implements
        /// them (`crate::api_impl`), over `crate::front`'s request types.
        pub trait TvmHandlers {
            #(#handlers)*
        }

        /// Every operation of the contract with its path, each calling `I`'s
        /// method after its extractors.
        pub fn operations<I: TvmHandlers + 'static>() -> Vec<crate::front::Entry> {
            let table: [crate::front::Entry; #count] = [#(#dispatch),*];
            table.into()
        }
    }
}

fn success_type(opid: &str, op: &Value) -> proc_macro2::TokenStream {
    let responses = op["responses"].as_object().unwrap();
    let mut ok = responses.iter().filter(|(c, _)| c.starts_with('2'));
    let (code, resp) = ok.next().unwrap_or_else(|| panic!("{opid}: one 2xx response required"));
    assert!(ok.next().is_none(), "{opid}: exactly one 2xx response allowed");
    if resp["content"].get("text/event-stream").is_some() || op["x-tvm-prerendered"] == true {
        return quote!(http::Response<dropshot::Body>);
    }
    let body = ref_name(&resp["content"]["application/json"]["schema"]).map(|n| {
        let id = format_ident!("{}", n);
        quote!(crate::models::#id)
    });
    match (code.as_str(), body) {
        ("200", Some(t)) => quote!(dropshot::HttpResponseOk<#t>),
        ("201", Some(t)) => quote!(dropshot::HttpResponseCreated<#t>),
        ("202", Some(t)) => quote!(dropshot::HttpResponseAccepted<#t>),
        ("204", None) => quote!(dropshot::HttpResponseDeleted),
        (c, b) => panic!("{opid}: unsupported success response {c} (body: {})", b.is_some()),
    }
}
