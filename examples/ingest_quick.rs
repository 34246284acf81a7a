//! A quick ingest load run (the full benchmark suite is issue 6): many
//! vehicles posting live locations through the generated client as fast as
//! `CONCURRENCY` connections allow, for `SECONDS`; prints the rate and
//! latency percentiles. Run against a release server started with
//! `TVM_RATE_LOCATION_MS=0 TVM_RATE_CLIENT_PER_MIN=0`:
//!
//! `TVM_URL=http://127.0.0.1:8000 cargo run --release --example ingest_quick`

use std::time::{Duration, Instant};

use tvm::client::Client;
use tvm::models::{LocationReport, TokenRequest, VehicleCreate};

fn env(key: &str, default: &str) -> String {
    std::env::var(key).unwrap_or_else(|_| default.to_string())
}

#[tokio::main]
async fn main() {
    let url = env("TVM_URL", "http://127.0.0.1:8000");
    let vehicles: usize = env("VEHICLES", "2000").parse().unwrap();
    let concurrency: usize = env("CONCURRENCY", "64").parse().unwrap();
    let seconds: u64 = env("SECONDS", "20").parse().unwrap();
    let anon = Client::new(&url);
    let token = anon
        .token_create()
        .body(TokenRequest {
            client_id: env("TVM_ADMIN_CLIENT_ID", "admin").parse().unwrap(),
            client_secret: env("TVM_ADMIN_CLIENT_SECRET", "").parse().unwrap(),
        })
        .send()
        .await
        .expect("admin login (set TVM_ADMIN_CLIENT_ID / TVM_ADMIN_CLIENT_SECRET)")
        .into_inner()
        .access_token;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse().unwrap());
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .pool_max_idle_per_host(concurrency)
        .build()
        .unwrap();
    let client = Client::new_with_client(&url, http);
    for i in 0..vehicles {
        let _ = client
            .vehicle_create()
            .body(VehicleCreate {
                vehicle_id: format!("LOAD-{i:05}").parse().unwrap(),
                name: None,
                vda5050: None,
            })
            .send()
            .await; // 201, or 409 from an earlier run
    }
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let tasks: Vec<_> = (0..concurrency)
        .map(|w| {
            let client = client.clone();
            tokio::spawn(async move {
                let mut lat = Vec::new();
                let mut failed = 0u64;
                let mine: Vec<usize> = (w..vehicles).step_by(concurrency).collect();
                let mut k = 0;
                while Instant::now() < deadline {
                    let v = mine[k % mine.len()];
                    k += 1;
                    let body = LocationReport {
                        timestamp: chrono::Utc::now(),
                        latitude: 52.0 + (v as f64) * 1e-4,
                        longitude: 13.0,
                        heading: 90.0,
                        speed: 2.0,
                        accuracy: 1.0,
                        altitude: None,
                    };
                    let t = Instant::now();
                    let r = client
                        .location_create()
                        .vehicle_id(format!("LOAD-{v:05}"))
                        .body(body)
                        .send()
                        .await;
                    match r {
                        Ok(_) => lat.push(t.elapsed()),
                        Err(_) => failed += 1,
                    }
                }
                (lat, failed)
            })
        })
        .collect();
    let started = Instant::now();
    let mut all = Vec::new();
    let mut failed = 0;
    for t in tasks {
        let (l, f) = t.await.unwrap();
        all.extend(l);
        failed += f;
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort();
    let pct = |p: f64| all[((all.len() as f64 * p) as usize).min(all.len() - 1)];
    println!(
        "acknowledged {} in {elapsed:.1} s = {:.0}/s over {vehicles} vehicles, {concurrency} connections; failed {failed}",
        all.len(),
        all.len() as f64 / elapsed
    );
    println!(
        "latency p50 {:?} p95 {:?} p99 {:?} max {:?}",
        pct(0.50),
        pct(0.95),
        pct(0.99),
        all[all.len() - 1]
    );
}
