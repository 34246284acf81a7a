//! The `alerts` operations: `alert_list` (filters by vehicle, kind,
//! severity, status and time) and `alert_acknowledge` (audited; the change
//! pushed to every operator and admin).

use serde_json::json;

use crate::api::{AlertAcknowledgePath, AlertListQuery};
use crate::db::alerts::{Acknowledged, AlertFilter};
use crate::db::auth::Audit;
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::front::Rq;
use crate::http::page::{self, READERS, reader, timed_page};
use crate::models::{Alert, AlertAcknowledge, AlertPage, ErrorCode};

pub async fn alert_list(rq: &Rq, query: AlertListQuery) -> Result<AlertPage, ApiError> {
    reader(rq, READERS).await?;
    let AlertListQuery { vehicle_id, kind, severity, status, from, to, cursor, limit } = query;
    let limit = page::limit(limit)?;
    page::ordered(from, to)?;
    let before = page::before_key::<uuid::Uuid>(cursor.as_deref())?;
    let f = AlertFilter {
        vehicle_id: vehicle_id.as_ref().map(|v| v.as_str()),
        kind,
        severity,
        status,
        from,
        to,
        before,
        limit: limit as i64 + 1,
    };
    let (items, next_cursor) = timed_page(rq.context().store.alert_list(&f).await?, limit);
    Ok(AlertPage { items, next_cursor })
}

pub async fn alert_acknowledge(
    rq: &Rq,
    path: AlertAcknowledgePath,
    body: JsonBody<AlertAcknowledge>,
) -> Result<Alert, ApiError> {
    let caller = reader(rq, READERS).await?;
    let note = body.into_model()?.note;
    let ctx = rq.context();
    let alert_id = path.alert_id;
    let target = alert_id.to_string();
    let audit = Audit {
        actor: &caller.client_id,
        action: "alert.acknowledge",
        vehicle_id: None,
        target: Some(&target),
        details: json!({ "note": note }),
        request_id: Some(&rq.request_id),
    };
    match ctx.store.alert_acknowledge(alert_id, &caller.client_id, &audit).await? {
        Acknowledged::Done(alert) => {
            crate::alerts::Sink::of(ctx).announce((*alert).clone()).await;
            Ok(*alert)
        }
        Acknowledged::Cleared => Err(ApiError::new(
            ErrorCode::Conflict,
            format!("alert {alert_id} is cleared: its condition ended"),
        )),
        Acknowledged::NotFound => {
            Err(ApiError::new(ErrorCode::NotFound, format!("there is no alert {alert_id}")))
        }
    }
}
