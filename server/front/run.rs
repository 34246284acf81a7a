//! The one wrapper every operation runs in (`run`: the caller noted for the
//! log, the request counted and timed, its error logged once and rendered
//! in the contract's shape, CORS headers added) and the typed answers the
//! generated seam renders (`json_answer`, `empty_answer`).

use dropshot::Body;
use http::{Response, StatusCode};

use super::{Answer, Rq};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::extract::error_response;

/// Run one operation's handler: its error, if any, is logged once here
/// (server errors at `error` with their internal cause, client errors at
/// `info`, both with the operation id) and rendered in the contract's shape.
/// `screened` is the caller `gate::screen` identified before the body was
/// read: the handler's own identification takes it as it is. `handler`
/// makes the handler's future here, so the operation's future holds it
/// once (given as a future, it was held twice: each request's future,
/// allocated and copied whole, was kilobytes larger).
pub async fn run<F: Future<Output = Answer>>(
    rq: &Rq,
    screened: Option<Caller>,
    handler: impl FnOnce() -> F,
) -> Answer {
    let started = std::time::Instant::now();
    let op = rq.endpoint.operation_id;
    let (result, caller) = crate::auth::CALLER
        .scope(std::cell::RefCell::new(screened), async {
            let r = handler().await;
            (r, crate::auth::current_caller())
        })
        .await;
    let status = match &result {
        Ok(r) => r.status(),
        Err(e) => e.status().as_status(),
    };
    let elapsed = started.elapsed();
    rq.context().metrics.request(op, status, elapsed.as_secs_f64());
    // Successes are logged at debug only: skip building the line's fields
    // on the hot path when that level is off.
    if result.is_err() || slog::Drain::is_debug_enabled(&rq.log) {
        log_outcome(rq, &result, caller.as_ref(), status.as_u16(), elapsed);
    }
    let mut response = match result {
        Ok(r) => r,
        Err(e) => error_response(&e),
    };
    let cors = crate::cors::headers(&rq.context().config.cors_origins, rq.request.headers());
    response.headers_mut().extend(cors);
    Ok(response)
}

/// The request's log line with its fixed fields (request, operation,
/// status, caller, vehicle, duration).
fn log_outcome(
    rq: &Rq,
    result: &Answer,
    caller: Option<&Caller>,
    status: u16,
    elapsed: std::time::Duration,
) {
    let op = rq.endpoint.operation_id;
    let user = caller.map(|c| c.client_id.clone()).unwrap_or_default();
    let vehicle = rq
        .endpoint
        .variables
        .iter()
        .find(|(name, _)| *name == "vehicle_id")
        .map(|(_, v)| v.clone())
        .or_else(|| caller.and_then(|c| c.vehicle_id.as_deref().map(str::to_owned)))
        .unwrap_or_default();
    let log = rq.log.new(slog::o!(
        "request_id" => rq.request_id.clone(),
        "op" => op.to_string(),
        "status" => status,
        "user_id" => user,
        "vehicle_id" => vehicle,
        "duration_ms" => elapsed.as_secs_f64() * 1e3,
    ));
    match result {
        Err(e) if status >= 500 => {
            slog::error!(log, "{op} failed: {e}"; "cause" => e.internal().unwrap_or(""));
        }
        Err(e) => slog::info!(log, "{op} refused: {}", e.code()),
        Ok(_) => slog::debug!(log, "{op} done"),
    }
}

/// `answer` as JSON with the status the contract documents for it.
pub fn json_answer<T: serde::Serialize>(status: u16, answer: &T) -> Response<Body> {
    match serde_json::to_vec(answer) {
        Ok(body) => Response::builder()
            .status(status)
            .header(http::header::CONTENT_TYPE, crate::extract::JSON)
            .body(body.into())
            .expect("valid response"),
        Err(e) => error_response(&ApiError::internal_error(e)),
    }
}

/// An answer with no body (204).
pub fn empty_answer(status: u16) -> Response<Body> {
    let status = StatusCode::from_u16(status).expect("a documented status");
    Response::builder().status(status).body(Body::empty()).expect("valid response")
}
