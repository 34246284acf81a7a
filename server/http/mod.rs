//! Hand-written request handlers, one file per resource. Each reads as the
//! pipeline: authenticate → authorise → validate → rate-limit → store →
//! publish. `crate::api_impl` routes the generated trait's methods here.

pub mod health;
pub mod pending;
