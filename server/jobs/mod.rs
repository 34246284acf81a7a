//! Background jobs: the daily retention run (archive old telemetry, export
//! and delete old audit entries, create partitions ahead), scheduled at a
//! configured UTC time, its outcome recorded in `job_runs` for `/health`;
//! and the location-minutes builder, every few seconds.

pub mod minutes;
pub mod retention;
