//! `tvm-sim`: a live fleet against a TVM server, for demos and load. It
//! registers N simulated vehicles (and their clients) through the admin API,
//! runs each as a vehicle would (REST telemetry through the generated client,
//! the vehicle socket for commands and acks, offline spells with a bulk
//! upload of the backlog) plus M frontends that follow the fleet and send
//! commands, then prints what happened. With `--vda5050 K`, K more vehicles
//! speak VDA 5050 over MQTT through the server's bridge (`vda.rs`): one
//! mixed fleet on the same frontends' `/ws/fleet`.

mod frontend;
mod vda;
mod vehicle;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tvm::client::Client;
use tvm::models::{ClientCreate, TokenRequest, VehicleCreate};

const USAGE: &str = "usage: tvm-sim [--url URL] [--vehicles N] [--frontends M] [--seconds S]
               [--offline-per-min P] [--prefix SIM] [--admin-id ID] [--admin-secret SECRET]
               [--vda5050 K] [--mqtt URL] [--interface NAME]
Runs N simulated vehicles and M frontends against a TVM server for S seconds,
and K VDA 5050 vehicles on the server's MQTT broker (default TVM_MQTT_URL,
else mqtt://127.0.0.1:1883) under the interface NAME (default uagv).
The admin credentials default to TVM_ADMIN_CLIENT_ID / TVM_ADMIN_CLIENT_SECRET.";

/// Settings from the command line.
#[derive(Debug, Clone)]
pub struct Settings {
    pub url: String,
    pub vehicles: usize,
    pub frontends: usize,
    pub seconds: u64,
    /// Chance per vehicle and minute of going offline for 10–20 s.
    pub offline_per_min: f64,
    pub prefix: String,
    pub admin_id: String,
    pub admin_secret: String,
    /// VDA 5050 vehicles, their broker and interface name.
    pub vda5050: usize,
    pub mqtt_url: String,
    pub interface: String,
}

fn settings() -> Result<Settings, String> {
    let mut s = Settings {
        url: "http://127.0.0.1:8000".into(),
        vehicles: 10,
        frontends: 1,
        seconds: 60,
        offline_per_min: 0.5,
        prefix: "SIM".into(),
        admin_id: std::env::var("TVM_ADMIN_CLIENT_ID").unwrap_or_else(|_| "admin".into()),
        admin_secret: std::env::var("TVM_ADMIN_CLIENT_SECRET").unwrap_or_default(),
        vda5050: 0,
        mqtt_url: std::env::var("TVM_MQTT_URL").unwrap_or_else(|_| "mqtt://127.0.0.1:1883".into()),
        interface: "uagv".into(),
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        if flag == "-h" || flag == "--help" {
            return Err(USAGE.into());
        }
        let value = it.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        let bad = |_| format!("{flag}: {value:?} is not valid\n{USAGE}");
        match flag.as_str() {
            "--url" => s.url = value.trim_end_matches('/').to_string(),
            "--vehicles" => s.vehicles = value.parse().map_err(bad)?,
            "--frontends" => s.frontends = value.parse().map_err(bad)?,
            "--seconds" => s.seconds = value.parse().map_err(bad)?,
            "--offline-per-min" => {
                s.offline_per_min =
                    value.parse().map_err(|_| format!("{flag}: {value:?} is not a number"))?
            }
            "--prefix" => s.prefix = value.clone(),
            "--admin-id" => s.admin_id = value.clone(),
            "--admin-secret" => s.admin_secret = value.clone(),
            "--vda5050" => s.vda5050 = value.parse().map_err(bad)?,
            "--mqtt" => s.mqtt_url = value.clone(),
            "--interface" => s.interface = value.clone(),
            other => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    if s.admin_secret.is_empty() {
        return Err(format!(
            "the admin secret is required (--admin-secret or TVM_ADMIN_CLIENT_SECRET)\n{USAGE}"
        ));
    }
    Ok(s)
}

/// What the run did, shared by every task.
#[derive(Default)]
pub struct Tally {
    pub sent: AtomicU64,
    pub accepted: AtomicU64,
    pub refused: AtomicU64,
    pub rate_limited: AtomicU64,
    pub failed: AtomicU64,
    pub bulk_uploads: AtomicU64,
    pub bulk_messages: AtomicU64,
    pub offline_spells: AtomicU64,
    pub commands_received: AtomicU64,
    pub commands_acked: AtomicU64,
    pub events: AtomicU64,
    pub commands_sent: AtomicU64,
    pub command_rtt_us: std::sync::Mutex<Vec<u64>>,
}

impl Tally {
    pub fn add(c: &AtomicU64, n: u64) {
        c.fetch_add(n, Ordering::Relaxed);
    }
}

/// A client sending `token` as its bearer token.
pub fn authed(url: &str, token: &str) -> Client {
    let mut h = reqwest::header::HeaderMap::new();
    h.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse().expect("header"));
    Client::new_with_client(
        url,
        reqwest::Client::builder().default_headers(h).build().expect("client"),
    )
}

pub async fn login(url: &str, id: &str, secret: &str) -> Result<String, String> {
    let body = TokenRequest {
        client_id: id.parse().map_err(|e| format!("{e}"))?,
        client_secret: secret.parse().map_err(|e| format!("{e}"))?,
    };
    Client::new(url)
        .token_create()
        .body(body)
        .send()
        .await
        .map(|r| r.into_inner().access_token)
        .map_err(|e| format!("login of {id} failed: {e}"))
}

/// Register (or reuse) the simulated vehicles, each with a client of this
/// run; returns each vehicle id with its token.
async fn register(s: &Settings, admin: &Client) -> Result<Vec<(String, String)>, String> {
    let run = uuid::Uuid::new_v4().simple().to_string()[..6].to_string();
    let mut out = Vec::new();
    for i in 0..s.vehicles {
        let vehicle_id = format!("{}-{i:04}", s.prefix);
        let client_id = format!("{}-{i:04}-{run}", s.prefix.to_lowercase());
        let _ = admin
            .vehicle_create()
            .body(VehicleCreate {
                vehicle_id: vehicle_id.parse().map_err(|e| format!("{e}"))?,
                name: None,
                vda5050: None,
            })
            .send()
            .await; // 409 from an earlier run is fine
        let created = admin
            .client_create()
            .body(ClientCreate {
                client_id: client_id.parse().map_err(|e| format!("{e}"))?,
                role: tvm::models::Role::Vehicle,
                vehicle_id: Some(vehicle_id.parse().map_err(|e| format!("{e}"))?),
            })
            .send()
            .await
            .map_err(|e| format!("creating {client_id}: {e}"))?
            .into_inner();
        let token = login(&s.url, &client_id, &created.client_secret).await?;
        out.push((vehicle_id, token));
    }
    Ok(out)
}

/// Register (or reuse) the VDA 5050 vehicles; returns their ids and serials.
async fn register_vda(s: &Settings, admin: &Client) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for i in 0..s.vda5050 {
        let vehicle_id = format!("{}-VDA-{i:04}", s.prefix);
        let serial = format!("{}-{i:04}", s.prefix.to_lowercase());
        let link = serde_json::from_value(vda::link(&s.interface, &serial))
            .map_err(|e| format!("the simulated link: {e}"))?;
        let _ = admin
            .vehicle_create()
            .body(VehicleCreate {
                vehicle_id: vehicle_id.parse().map_err(|e| format!("{e}"))?,
                name: None,
                vda5050: Some(link),
            })
            .send()
            .await; // 409 from an earlier run is fine
        out.push((vehicle_id, serial));
    }
    Ok(out)
}

fn pct(v: &mut [u64], p: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_unstable();
    v[((v.len() as f64 * p) as usize).min(v.len() - 1)] as f64 / 1000.0
}

#[tokio::main]
async fn main() {
    let s = match settings() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    if let Err(e) = run(s).await {
        eprintln!("tvm-sim: {e}");
        std::process::exit(1);
    }
}

async fn run(s: Settings) -> Result<(), String> {
    let admin_token = login(&s.url, &s.admin_id, &s.admin_secret).await?;
    let admin = authed(&s.url, &admin_token);
    let started = Instant::now();
    let fleet = register(&s, &admin).await?;
    println!("registered {} vehicles in {:.1} s", fleet.len(), started.elapsed().as_secs_f64());
    let operator_id = format!(
        "{}-ops-{}",
        s.prefix.to_lowercase(),
        &uuid::Uuid::new_v4().simple().to_string()[..6]
    );
    let secret = admin
        .client_create()
        .body(ClientCreate {
            client_id: operator_id.parse().map_err(|e| format!("{e}"))?,
            role: tvm::models::Role::Operator,
            vehicle_id: None,
        })
        .send()
        .await
        .map_err(|e| format!("creating the operator: {e}"))?
        .into_inner()
        .client_secret;
    let operator = login(&s.url, &operator_id, &secret).await?;
    let tally = Arc::new(Tally::default());
    let deadline = Instant::now() + Duration::from_secs(s.seconds);
    let vda_fleet = register_vda(&s, &admin).await?;
    let mut ids: Vec<String> = fleet.iter().map(|(v, _)| v.clone()).collect();
    ids.extend(vda_fleet.iter().map(|(v, _)| v.clone()));
    let mut tasks = Vec::new();
    let vda_stats = Arc::new(vda::Stats::default());
    if !vda_fleet.is_empty() {
        let serials = vda_fleet.iter().map(|(_, serial)| serial.clone()).collect();
        let (url, interface, stats) = (s.mqtt_url.clone(), s.interface.clone(), vda_stats.clone());
        tasks.push(tokio::spawn(async move {
            vda::run(&url, &interface, serials, 1.0, deadline, stats).await
        }));
    }
    for (n, (vehicle_id, token)) in fleet.into_iter().enumerate() {
        let (s, tally) = (s.clone(), tally.clone());
        tasks.push(tokio::spawn(async move {
            vehicle::run(s, vehicle_id, token, n, deadline, tally).await
        }));
    }
    for _ in 0..s.frontends {
        let (s, tally, ids, operator) = (s.clone(), tally.clone(), ids.clone(), operator.clone());
        tasks.push(tokio::spawn(
            async move { frontend::run(s, operator, ids, deadline, tally).await },
        ));
    }
    for t in tasks {
        if let Ok(Err(e)) = t.await {
            eprintln!("tvm-sim: a task ended early: {e}");
        }
    }
    let t = &tally;
    let g = |c: &AtomicU64| c.load(Ordering::Relaxed);
    let mut rtt = t.command_rtt_us.lock().expect("rtt lock").clone();
    println!("ran {} vehicles and {} frontends for {} s", s.vehicles, s.frontends, s.seconds);
    println!(
        "telemetry: sent={} accepted={} refused={} rate_limited={} failed={}",
        g(&t.sent),
        g(&t.accepted),
        g(&t.refused),
        g(&t.rate_limited),
        g(&t.failed)
    );
    println!(
        "offline: spells={} bulk_uploads={} bulk_messages={}",
        g(&t.offline_spells),
        g(&t.bulk_uploads),
        g(&t.bulk_messages)
    );
    println!(
        "commands: sent={} received_by_vehicles={} acked={} round_trip_ms p50={:.1} p99={:.1}",
        g(&t.commands_sent),
        g(&t.commands_received),
        g(&t.commands_acked),
        pct(&mut rtt, 0.5),
        pct(&mut rtt, 0.99)
    );
    println!("frontends: events={}", g(&t.events));
    if s.vda5050 > 0 {
        let v = &vda_stats;
        println!(
            "vda5050: vehicles={} states={} orders={} instant_actions={}",
            s.vda5050,
            g(&v.states),
            g(&v.orders),
            g(&v.instant_actions)
        );
    }
    if g(&t.failed) > 0 {
        return Err(format!("{} messages failed", g(&t.failed)));
    }
    Ok(())
}
