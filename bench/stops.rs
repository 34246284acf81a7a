//! Emergency stops while dashboards read: a vehicle holds its socket and
//! acknowledges what it is sent; an operator posts emergency stops over
//! REST, first on an otherwise idle server, then while `READERS` clients
//! read the 100-vehicle hour of tracks back to back, as JSON and as Arrow.
//! The figure is the time from the post to the command's arrival on the
//! vehicle's socket: a read's rendering must not hold a stop back.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::{acknowledge, socket};

/// Clients reading tracks at once during the second half.
pub const READERS: usize = 4;
/// Stops posted in each half.
pub const STOPS: usize = 60;
/// Time between two stops (the reads' renderings are 10–100 ms long, so
/// stops land at every point of them).
const SPACING: Duration = Duration::from_millis(37);

/// Stop delays on the idle server and under reads, in ms, and how many
/// tracks reads completed meanwhile.
pub struct StopDelays {
    pub idle: Vec<f64>,
    pub reading: Vec<f64>,
    pub reads: u64,
}

/// Measure on `base` as `ops`, with `vehicle` connected under `token`;
/// `tracks_url` is the read the dashboards repeat.
pub async fn measure(
    http: &reqwest::Client,
    base: &str,
    ops: &str,
    (vehicle, token): (&str, &str),
    tracks_url: &str,
) -> Result<StopDelays, String> {
    let car = socket(base, &format!("/ws/vehicle/{vehicle}"), token).await?;
    let (arrived_tx, mut arrived) = tokio::sync::mpsc::unbounded_channel();
    let car_task = tokio::spawn(acknowledge(car, move || {
        let _ = arrived_tx.send(());
    }));
    let stop = |n: usize| {
        let url = format!("{base}/api/v1/vehicles/{vehicle}/commands");
        let (http, ops) = (http.clone(), ops.to_string());
        async move {
            let body =
                json!({"command": "emergency_stop", "params": {"reason": format!("bench {n}")}});
            let r = http.post(url).bearer_auth(ops).json(&body).send().await;
            match r {
                Ok(r) if r.status() == 202 => Ok(()),
                Ok(r) => Err(format!("emergency stop answered {}", r.status())),
                Err(e) => Err(e.to_string()),
            }
        }
    };
    let mut half = async |tag: usize| -> Result<Vec<f64>, String> {
        let mut delays = Vec::with_capacity(STOPS);
        for n in 0..STOPS {
            let started = Instant::now();
            stop(tag + n).await?;
            tokio::time::timeout(Duration::from_secs(10), arrived.recv())
                .await
                .map_err(|_| "a stop did not reach the vehicle within 10 s")?
                .ok_or("the vehicle's socket closed")?;
            delays.push(started.elapsed().as_secs_f64() * 1e3);
            tokio::time::sleep(SPACING).await;
        }
        Ok(delays)
    };
    let idle = half(0).await?;
    let (done, reads) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicU64::new(0)));
    // The readers run on a runtime of their own, so that receiving their
    // 24 MB answers does not delay this side's vehicle or poster.
    let reading_side = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let readers_http = reqwest::Client::new();
    let readers: Vec<_> = (0..READERS)
        .map(|r| {
            let (http, ops, url) = (readers_http.clone(), ops.to_string(), tracks_url.to_string());
            let (done, reads) = (done.clone(), reads.clone());
            let accept =
                if r % 2 == 0 { "application/json" } else { tvm::http::arrow::ARROW_STREAM };
            reading_side.spawn(async move {
                while !done.load(Ordering::Relaxed) {
                    let read = http.get(&url).bearer_auth(&ops).header("accept", accept).send();
                    if let Ok(r) = read.await
                        && r.bytes().await.is_ok()
                    {
                        reads.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    // Let every reader be inside a read before the first stop.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let reading = half(STOPS).await;
    done.store(true, Ordering::Relaxed);
    for r in readers {
        let _ = r.await;
    }
    reading_side.shutdown_background();
    car_task.abort();
    Ok(StopDelays { idle, reading: reading?, reads: reads.load(Ordering::Relaxed) })
}
