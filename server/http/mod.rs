//! The hand-written handlers, one file per tag of `openapi/tvm.json` and one
//! function per operation, named exactly after its operation id. The
//! generated seam (`crate::api`) extracts each operation's typed parameters
//! and body and calls these; each reads as the pipeline: authenticate →
//! authorise → validate → domain call (limit, store, publish) → typed answer.
//! Only the seam calls into this module.

pub mod admin;
pub mod alerts;
pub mod arrow;
pub mod auth;
pub mod commands;
pub mod errors;
pub mod fleet;
pub mod history;
pub mod live;
pub mod missions;
pub mod operations;
pub mod page;
pub mod telemetry;
