//! Black-box tests: a real server on a fresh PostgreSQL database per test,
//! called through the generated client and raw HTTP. One module per area.

mod common;
mod docs;
mod errors;
mod health;
