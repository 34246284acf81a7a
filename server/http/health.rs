//! `health_view`: what load balancers poll. 200 while the database (and
//! Redis, when configured) answer; 503 `SERVICE_UNAVAILABLE` with the same
//! checks in `details` otherwise.

use std::collections::HashMap;
use std::time::Duration;

use dropshot::HttpResponseOk;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::context::ServerCtx;
use crate::error::ApiError;
use crate::models::{
    ComponentHealth, ComponentHealthStatus as S, ErrorCode, HealthReport, HealthReportStatus,
};

const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

pub async fn health_view(ctx: &ServerCtx) -> Result<HttpResponseOk<HealthReport>, ApiError> {
    let mut checks = HashMap::new();
    checks.insert("database".to_string(), database(ctx).await);
    checks.insert(
        "redis".to_string(),
        match &ctx.config.redis_url {
            None => {
                check(S::Disabled, None, Some("REDIS_URL is not set: single-instance mode".into()))
            }
            Some(url) => redis(url).await,
        },
    );
    let healthy = checks.values().all(|c| matches!(c.status, S::Ok | S::Disabled));
    let report = HealthReport {
        status: if healthy { HealthReportStatus::Ok } else { HealthReportStatus::Degraded },
        version: env!("CARGO_PKG_VERSION").to_string(),
        uptime_s: ctx.started.elapsed().as_secs(),
        checks,
    };
    if healthy {
        Ok(HttpResponseOk(report))
    } else {
        let details = serde_json::to_value(&report).expect("serializable");
        Err(ApiError::new(ErrorCode::ServiceUnavailable, "a dependency is down")
            .with_details(details))
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

/// `PING` over RESP; enough to tell whether Redis answers.
async fn redis(url: &str) -> ComponentHealth {
    let rest = url.split("://").nth(1).unwrap_or_default();
    let hostport =
        rest.rsplit('@').next().unwrap_or_default().split('/').next().unwrap_or_default();
    let hostport =
        if hostport.contains(':') { hostport.to_string() } else { format!("{hostport}:6379") };
    let t = std::time::Instant::now();
    let ping = async {
        let mut s = tokio::net::TcpStream::connect(&hostport).await?;
        s.write_all(b"PING\r\n").await?;
        let mut buf = [0u8; 64];
        let n = s.read(&mut buf).await?;
        Ok::<_, std::io::Error>(buf[..n].starts_with(b"+PONG"))
    };
    match tokio::time::timeout(CHECK_TIMEOUT, ping).await {
        Ok(Ok(true)) => check(S::Ok, Some(t.elapsed()), None),
        Ok(Ok(false)) => check(S::Down, None, Some("unexpected answer to PING".into())),
        Ok(Err(e)) => check(S::Down, None, Some(e.to_string())),
        Err(_) => check(S::Down, None, Some("no answer within 2 s".into())),
    }
}
