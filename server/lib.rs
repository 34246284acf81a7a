//! TVM server library: the generated seam (its models, client and socket
//! unions come from `tvm-client`) and the hand-written server behind it. `main.rs` and the
//! black-box tests are its only callers.

/// The contract's models, REST client and socket unions live in the
/// `tvm-client` crate (generated, committed in `client/src/generated/`);
/// the server uses those very types.
pub use tvm_client::{client, models, sockets};

/// The seam generated from the OpenAPI document: each operation's parameter
/// structs, the function that extracts them and calls its handler
/// `crate::http::<tag>::<operationId>`, and the table `OPERATIONS`.
pub mod api {
    include!(concat!(env!("OUT_DIR"), "/seam.rs"));
}

/// `openapi/tvm.json` with `schemas/` inlined: served at `/api/openapi.json`.
pub const BUNDLED_OPENAPI: &str = include_str!(concat!(env!("OUT_DIR"), "/tvm.bundled.json"));
/// The schemas in draft-07 form, compiled by [`validate`].
pub const BUNDLED_SCHEMAS: &str = include_str!(concat!(env!("OUT_DIR"), "/schemas.bundled.json"));
/// The AsyncAPI document as committed, served at `/api/asyncapi.yaml`.
pub const ASYNCAPI_YAML: &str = include_str!("../asyncapi/tvm.yaml");
/// The AsyncAPI document with its schemas inlined (no file references),
/// served at `/api/asyncapi.json` and rendered at `/api/asyncapi`.
pub const BUNDLED_ASYNCAPI: &str = include_str!(concat!(env!("OUT_DIR"), "/asyncapi.bundled.json"));
/// The vehicle error-code catalogue.
pub const VEHICLE_ERROR_CATALOG: &str = include_str!("../schemas/catalog/vehicle_error_codes.json");

pub mod alerts;
pub mod auth;
pub mod cli;
pub mod cluster;
pub mod commands;
pub mod config;
pub mod context;
pub mod cors;
pub mod db;
pub mod destinations;
pub mod docs;
pub mod error;
pub mod events;
pub mod extract;
pub mod fleet;
pub mod front;
pub mod gate;
pub mod http;
pub mod ingest;
pub mod jobs;
pub mod limits;
pub mod links;
pub mod live;
pub mod metrics;
pub mod net;
pub mod networks;
pub mod notify;
pub mod offload;
pub mod registry;
pub mod server;
pub mod services;
pub mod to_the_end;
pub mod validate;
pub mod vda5050;
