//! The `errors` operations: `error_list` (filters by vehicle, severity,
//! resolution and time) and `error_resolve` (audited).

use serde_json::json;

use crate::api::{ErrorListQuery, ErrorResolvePath};
use crate::db::auth::Audit;
use crate::db::reads::{ErrorFilter, Resolved};
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::front::Rq;
use crate::http::page::{self, READERS, reader, timed_page};
use crate::models::{ErrorCode, ErrorPage, ErrorRecord, ErrorResolve};

pub async fn error_list(rq: &Rq, query: ErrorListQuery) -> Result<ErrorPage, ApiError> {
    reader(rq, READERS).await?;
    let ErrorListQuery { vehicle_id, severity, resolved, from, to, cursor, limit } = query;
    let limit = page::limit(limit)?;
    page::ordered(from, to)?;
    let before = page::before_key::<i64>(cursor.as_deref())?;
    let f = ErrorFilter {
        vehicle_id: vehicle_id.as_ref().map(|v| v.as_str()),
        severity: severity.map(|s| s.to_string()),
        resolved,
        from,
        to,
        before,
        limit: limit as i64 + 1,
    };
    let (items, next_cursor) = timed_page(rq.context().store.error_list(&f).await?, limit);
    Ok(ErrorPage { items, next_cursor })
}

pub async fn error_resolve(
    rq: &Rq,
    path: ErrorResolvePath,
    body: JsonBody<ErrorResolve>,
) -> Result<ErrorRecord, ApiError> {
    let caller = reader(rq, READERS).await?;
    let error_id = path.error_id;
    let req = body.into_model()?;
    let note = req.note.as_ref().map(|n| n.to_string());
    let target = error_id.to_string();
    let audit = Audit {
        actor: &caller.client_id,
        action: "error.resolve",
        vehicle_id: None,
        target: Some(&target),
        details: json!({ "note": note }),
        request_id: Some(&rq.request_id),
    };
    match rq
        .context()
        .store
        .error_resolve(error_id, &caller.client_id, note.as_deref(), &audit)
        .await?
    {
        Resolved::Done(record) => {
            // Its operator dealt with it: the CRITICAL error's alert ends.
            if record.report.severity == crate::models::ErrorSeverity::Critical {
                let sink = crate::alerts::Sink::of(rq.context());
                let kind = crate::models::AlertKind::CriticalError;
                sink.clear(record.vehicle_id.as_str(), kind).await;
            }
            Ok(*record)
        }
        Resolved::AlreadyResolved => {
            Err(ApiError::new(ErrorCode::Conflict, format!("error {error_id} is already resolved")))
        }
        Resolved::NotFound => {
            Err(ApiError::new(ErrorCode::NotFound, format!("there is no error {error_id}")))
        }
    }
}
