//! Load shapes for the benchmark: closed-loop (C connections as fast as
//! they can) and open-loop (a fixed request rate, each request on its own
//! task, so a slow server shows up as latency, not as less load), with
//! latency percentiles.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;
use tokio::sync::Mutex;

/// What a load run measured.
#[derive(Debug, Default, Clone)]
pub struct Measured {
    pub ok: u64,
    pub failed: u64,
    pub seconds: f64,
    /// Latencies of successful requests, microseconds, sorted.
    pub latencies: Vec<u64>,
}

impl Measured {
    pub fn rate(&self) -> f64 {
        self.ok as f64 / self.seconds.max(1e-9)
    }

    /// Percentile in milliseconds.
    pub fn p(&self, q: f64) -> f64 {
        if self.latencies.is_empty() {
            return f64::NAN;
        }
        self.latencies[((self.latencies.len() as f64 * q) as usize).min(self.latencies.len() - 1)]
            as f64
            / 1e3
    }
}

/// A location report at now for vehicle `v` (the body both servers get).
pub fn location(v: usize) -> serde_json::Value {
    json!({"timestamp": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
           "latitude": 52.0 + (v % 1000) as f64 * 1e-4, "longitude": 13.4, "heading": 90.0,
           "speed": 2.0, "accuracy": 1.0})
}

/// An HTTP client keeping up to `connections` idle connections, 10 s timeout.
pub fn client(connections: usize) -> reqwest::Client {
    reqwest::Client::builder()
        .pool_max_idle_per_host(connections)
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

/// `connections` loops posting locations for `vehicles` (token per vehicle)
/// as fast as answers come, for `seconds`.
pub async fn closed_loop(
    base: &str,
    tokens: Arc<Vec<(String, String)>>,
    connections: usize,
    seconds: f64,
) -> Measured {
    let http = client(connections);
    let deadline = Instant::now() + Duration::from_secs_f64(seconds);
    let started = Instant::now();
    let tasks: Vec<_> = (0..connections)
        .map(|c| {
            let (http, tokens, base) = (http.clone(), tokens.clone(), base.to_string());
            tokio::spawn(async move {
                let mut m = Measured::default();
                let mut k = c;
                while Instant::now() < deadline {
                    let (vehicle, token) = &tokens[k % tokens.len()];
                    k += connections;
                    let t = Instant::now();
                    let r = http
                        .post(format!("{base}/api/v1/vehicle/{vehicle}/location"))
                        .bearer_auth(token)
                        .json(&location(k))
                        .send()
                        .await;
                    match r {
                        Ok(r) if r.status().is_success() => {
                            m.ok += 1;
                            m.latencies.push(t.elapsed().as_micros() as u64);
                        }
                        _ => m.failed += 1,
                    }
                }
                m
            })
        })
        .collect();
    merge(tasks, started).await
}

/// Every vehicle posts one location a second (spread evenly over the
/// second), for `seconds`. At most `in_flight` requests are outstanding;
/// latency is counted from when a request was due, not when it could be
/// sent, so a server that falls behind shows it in the percentiles.
pub async fn open_loop(
    base: &str,
    tokens: Arc<Vec<(String, String)>>,
    seconds: f64,
    in_flight: usize,
) -> Measured {
    open_loop_on(&client(in_flight), base, tokens, seconds, in_flight).await
}

/// `open_loop` on a given client (a soak keeps one across its intervals,
/// so its connections stay open as a real fleet's would).
pub async fn open_loop_on(
    http: &reqwest::Client,
    base: &str,
    tokens: Arc<Vec<(String, String)>>,
    seconds: f64,
    in_flight: usize,
) -> Measured {
    let n = tokens.len();
    let total = (seconds * n as f64) as usize;
    let permits = Arc::new(tokio::sync::Semaphore::new(in_flight));
    let out = Arc::new(Mutex::new(Measured::default()));
    let started = Instant::now();
    let mut handles = Vec::with_capacity(total.min(1 << 20));
    for k in 0..total {
        let due = started + Duration::from_secs_f64(k as f64 / n as f64);
        let now = Instant::now();
        if due > now + Duration::from_millis(1) {
            tokio::time::sleep(due - now).await;
        }
        let permit = permits.clone().acquire_owned().await.expect("semaphore");
        let (http, tokens, base, out) =
            (http.clone(), tokens.clone(), base.to_string(), out.clone());
        handles.push(tokio::spawn(async move {
            let (vehicle, token) = &tokens[k % n];
            let r = http
                .post(format!("{base}/api/v1/vehicle/{vehicle}/location"))
                .bearer_auth(token)
                .json(&location(k))
                .send()
                .await;
            drop(permit);
            let mut o = out.lock().await;
            match r {
                Ok(r) if r.status().is_success() => {
                    o.ok += 1;
                    o.latencies.push(due.elapsed().as_micros() as u64);
                }
                _ => o.failed += 1,
            }
        }));
    }
    for h in handles {
        let _ = h.await;
    }
    let mut m = Arc::try_unwrap(out).expect("all tasks done").into_inner();
    m.seconds = started.elapsed().as_secs_f64();
    m.latencies.sort_unstable();
    m
}

async fn merge(tasks: Vec<tokio::task::JoinHandle<Measured>>, started: Instant) -> Measured {
    let mut all = Measured::default();
    for t in tasks {
        let m = t.await.expect("load task");
        all.ok += m.ok;
        all.failed += m.failed;
        all.latencies.extend(m.latencies);
    }
    all.seconds = started.elapsed().as_secs_f64();
    all.latencies.sort_unstable();
    all
}
