//! The login-storm stage: 64 logins with distinct client ids (none of them
//! registered, as a guesser sends them) at once, and the server's peak RSS
//! while they are answered, against its RSS before. Password checks are
//! bounded by the cores (the rest get a fast 503), so the peak stays near
//! idle instead of 64 argon2 buffers at once.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Logins sent at once.
pub const LOGINS: usize = 64;

/// What the storm did to the server.
pub struct Storm {
    pub idle_mib: f64,
    pub peak_mib: f64,
    pub refused_busy: usize,
    pub invalid: usize,
    pub other: usize,
}

/// Run the storm against `base` (the server's process is `pid`).
pub async fn storm(base: &str, pid: u32, rss_mib: fn(u32) -> f64) -> Storm {
    let idle_mib = rss_mib(pid);
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let done = done.clone();
        tokio::spawn(async move {
            let mut peak = 0f64;
            while !done.load(Ordering::Relaxed) {
                peak = peak.max(rss_mib(pid));
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            peak
        })
    };
    let http = reqwest::Client::new();
    let logins = (0..LOGINS).map(|i| {
        let (http, url) = (http.clone(), format!("{base}/api/v1/auth/token"));
        async move {
            let body = serde_json::json!({
                "client_id": format!("storm-{i}"),
                "client_secret": "a-wrong-secret-of-some-length",
            });
            http.post(url).json(&body).send().await.map(|r| r.status().as_u16()).unwrap_or(0)
        }
    });
    let statuses = futures::future::join_all(logins).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    done.store(true, Ordering::Relaxed);
    let peak_mib = sampler.await.unwrap_or(f64::NAN);
    let count = |s: u16| statuses.iter().filter(|x| **x == s).count();
    Storm {
        idle_mib,
        peak_mib,
        refused_busy: count(503),
        invalid: count(401),
        other: statuses.len() - count(503) - count(401),
    }
}
