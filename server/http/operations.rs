//! The `operations` operation `health_view`: what load balancers poll. 200 while the database
//! answers; 503 `SERVICE_UNAVAILABLE` with the same checks in `details`
//! otherwise. Redis (when configured) and the retention job's last run are
//! reported too; either failing makes the status `degraded`, not a 503 (the
//! instance still serves: limits fail open, a failed job waits for the next).

use std::collections::HashMap;
use std::time::Duration;

use crate::context::ServerCtx;
use crate::error::ApiError;
use crate::front::Rq;
use crate::models::{
    ComponentHealth, ComponentHealthStatus as S, ErrorCode, HealthReport, HealthReportStatus,
    UnavailableDetails, UnavailableDetailsStatus,
};

const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

pub async fn health_view(rq: &Rq) -> Result<HealthReport, ApiError> {
    let ctx = rq.context();
    let mut checks = HashMap::new();
    checks.insert("database".to_string(), database(ctx).await);
    checks.insert(
        "redis".to_string(),
        match &ctx.cluster {
            None => {
                check(S::Disabled, None, Some("REDIS_URL is not set: single-instance mode".into()))
            }
            Some(cluster) => redis(cluster).await,
        },
    );
    checks.insert("retention".to_string(), retention(ctx).await);
    // A dependency that is down makes this instance unusable: 503, so load
    // balancers take it out. A failed nightly job only degrades: draining
    // every instance over it would turn a job failure into an outage.
    let healthy = !checks.values().any(|c| matches!(c.status, S::Down));
    let all_ok = checks.values().all(|c| matches!(c.status, S::Ok | S::Disabled));
    let report = HealthReport {
        status: if all_ok { HealthReportStatus::Ok } else { HealthReportStatus::Degraded },
        version: env!("CARGO_PKG_VERSION").to_string(),
        uptime_s: ctx.started.elapsed().as_secs(),
        checks,
    };
    if healthy {
        Ok(report)
    } else {
        let details = UnavailableDetails {
            status: Some(UnavailableDetailsStatus::Degraded),
            version: Some(report.version),
            uptime_s: Some(report.uptime_s),
            checks: report.checks,
            missed_events: None,
        };
        Err(ApiError::new(ErrorCode::ServiceUnavailable, "a dependency is down")
            .with_details(details))
    }
}

/// The last retention run, from `job_runs`.
async fn retention(ctx: &ServerCtx) -> ComponentHealth {
    let next = crate::jobs::retention::next_run(chrono::Utc::now(), ctx.config.retention_at);
    let next = format!("next run {}", crate::validate::rules::rfc3339(next));
    match tokio::time::timeout(CHECK_TIMEOUT, ctx.store.job_run(crate::jobs::retention::JOB)).await
    {
        Ok(Ok(None)) => check(S::Ok, None, Some(format!("not run yet; {next}"))),
        Ok(Ok(Some(run))) => match (run.finished_at, run.ok) {
            (None, _) => {
                check(S::Ok, None, Some(format!("running since {}", run.started_at.to_rfc3339())))
            }
            (Some(at), Some(true)) => check(
                S::Ok,
                None,
                Some(format!(
                    "last run {}: {}; {next}",
                    at.to_rfc3339(),
                    run.detail.unwrap_or_default()
                )),
            ),
            (Some(at), _) => check(
                S::Degraded,
                None,
                Some(format!(
                    "last run {} failed: {}; {next}",
                    at.to_rfc3339(),
                    run.detail.unwrap_or_default()
                )),
            ),
        },
        _ => check(S::Degraded, None, Some("unknown: the database does not answer".into())),
    }
}

fn check(status: S, latency: Option<Duration>, detail: Option<String>) -> ComponentHealth {
    ComponentHealth { status, latency_ms: latency.map(|d| d.as_secs_f64() * 1e3), detail }
}

async fn database(ctx: &ServerCtx) -> ComponentHealth {
    match tokio::time::timeout(CHECK_TIMEOUT, ctx.store.ping()).await {
        Ok(Ok(latency)) => check(S::Ok, Some(latency), None),
        Ok(Err(e)) => check(S::Down, None, Some(crate::db::error_chain(&e))),
        Err(_) => check(S::Down, None, Some("no answer within 2 s".into())),
    }
}

/// Redis's answer to `PING`. Its absence degrades (limits fail open, the
/// relay between instances pauses) but this instance still serves.
async fn redis(cluster: &crate::cluster::Cluster) -> ComponentHealth {
    match cluster.ping().await {
        Ok(latency) => check(S::Ok, Some(latency), None),
        Err(e) => check(
            S::Degraded,
            None,
            Some(format!(
                "{e}: rate limits are off (fail open) and events from other instances paused"
            )),
        ),
    }
}
