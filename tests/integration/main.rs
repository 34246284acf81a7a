//! Black-box tests: a real server on a fresh PostgreSQL database per test,
//! called through the generated client and raw HTTP. One module per area.

mod admin;
mod alerts;
mod auth;
mod bulk;
mod client_sdk;
mod cluster;
mod common;
mod docs;
mod emergency;
mod errors;
mod faults;
mod health;
mod limits;
mod live;
mod ops;
mod outage;
mod pipeline;
mod reads;
mod safety;
mod security;
mod sim;
mod statuses;
mod telemetry;
mod ts_client;
mod vda5050;
mod webhooks;
