//! The throughput ceiling: a bare dropshot server with one endpoint that
//! accepts a JSON body and does no work, run in its own process and loaded
//! exactly like the real ingest endpoint, so ingest is reported as a ratio.

use dropshot::{
    ApiDescription, ConfigDropshot, HandlerTaskMode, HttpError, HttpResponseOk, Path,
    RequestContext, ServerBuilder, TypedBody, endpoint,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Deserialize, JsonSchema)]
#[allow(dead_code)]
struct VehiclePath {
    vehicle_id: String,
}

#[derive(Serialize, JsonSchema)]
struct Receipt {
    received_at: String,
}

#[endpoint { method = POST, path = "/api/v1/vehicle/{vehicle_id}/location" }]
async fn bare(
    _rqctx: RequestContext<()>,
    _path: Path<VehiclePath>,
    _body: TypedBody<serde_json::Value>,
) -> Result<HttpResponseOk<Receipt>, HttpError> {
    Ok(HttpResponseOk(Receipt { received_at: "2026-01-01T00:00:00Z".into() }))
}

#[endpoint { method = GET, path = "/health" }]
async fn health(_rqctx: RequestContext<()>) -> Result<HttpResponseOk<Receipt>, HttpError> {
    Ok(HttpResponseOk(Receipt { received_at: String::new() }))
}

/// Serve the ceiling on `bind` until killed.
pub async fn serve(bind: &str) -> Result<(), String> {
    let mut api = ApiDescription::new();
    api.register(bare).map_err(|e| e.to_string())?;
    api.register(health).map_err(|e| e.to_string())?;
    let config = ConfigDropshot {
        bind_address: bind.parse().map_err(|e| format!("{bind}: {e}"))?,
        default_request_body_max_bytes: 64 * 1024,
        default_handler_task_mode: HandlerTaskMode::Detached,
        ..Default::default()
    };
    let log = slog::Logger::root(slog::Discard, slog::o!());
    let server =
        ServerBuilder::new(api, (), log).config(config).start().map_err(|e| e.to_string())?;
    server.await
}
