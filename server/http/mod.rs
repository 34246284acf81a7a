//! Hand-written request handlers, one file per resource. Each reads as the
//! pipeline: authenticate → authorise → validate → rate-limit → store →
//! publish. `crate::api_impl` routes the generated trait's methods here.

pub mod analytics;
pub mod auth;
pub mod clients;
pub mod commands;
pub mod health;
pub mod page;
pub mod reads;
pub mod telemetry;
pub mod vehicles;
