//! `tvm-bench soak`: a bounded endurance run. V vehicles post locations at
//! 1 Hz (open loop) to a release server while frontends follow the whole
//! fleet on sockets; every S seconds one line reports throughput, p99,
//! failures, server RSS, open file descriptors and database pool use, so a
//! leak or a slow drift shows as a trend. At the end every acknowledged
//! message must be in the database.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::{
    admin_url, flags, fleet_tokens, load, parsed, prepare_db, rss_mib, serve, socket, unknown,
};
use futures::StreamExt;

struct SoakArgs {
    minutes: f64,
    vehicles: usize,
    every: f64,
}

fn args(argv: &[String]) -> Result<SoakArgs, String> {
    let mut a = SoakArgs { minutes: 10.0, vehicles: 2000, every: 30.0 };
    for pair in flags(argv) {
        let (flag, value) = pair?;
        match flag {
            "--minutes" => a.minutes = parsed(flag, value)?,
            "--vehicles" => a.vehicles = parsed(flag, value)?,
            "--every" => a.every = parsed(flag, value)?,
            other => return Err(unknown(other)),
        }
    }
    if a.minutes <= 0.0 || a.every <= 0.0 {
        return Err("--minutes and --every must be positive".into());
    }
    if a.vehicles < 100 {
        return Err(
            "--vehicles must be at least 100 (the prepared history covers 100 vehicles)".into()
        );
    }
    Ok(a)
}

fn open_fds(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map_or(0, |d| d.count())
}

/// `db_pool_connections{state="in_use"}` from `/metrics`.
async fn pool_in_use(base: &str) -> String {
    let text = match reqwest::get(format!("{base}/metrics")).await {
        Ok(r) => r.text().await.unwrap_or_default(),
        Err(_) => return "?".into(),
    };
    text.lines()
        .find(|l| l.contains("db_pool_connections{state=\"in_use\"}"))
        .and_then(|l| l.split_whitespace().last())
        .unwrap_or("?")
        .to_string()
}

pub async fn run(argv: &[String]) -> Result<(), String> {
    let a = args(argv)?;
    let url = prepare_db(&admin_url(), a.vehicles).await?;
    let (server, base) = serve(&url, &[]).await?;
    let pid = server.id().ok_or("server pid")?;
    let (tokens, ops) = fleet_tokens(a.vehicles);
    let (stop, received) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicU64::new(0)));
    let open = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut readers = Vec::new();
    for _ in 0..10 {
        let mut f = socket(&base, "/ws/fleet", &ops).await?;
        let (stop, received, open) = (stop.clone(), received.clone(), open.clone());
        open.fetch_add(1, Ordering::Relaxed);
        readers.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                match tokio::time::timeout(Duration::from_millis(200), f.next()).await {
                    Ok(Some(Ok(_))) => {
                        received.fetch_add(1, Ordering::Relaxed);
                    }
                    Ok(other) => {
                        open.fetch_sub(1, Ordering::Relaxed);
                        eprintln!("a fleet socket was closed: {other:?}");
                        return false;
                    }
                    Err(_) => {}
                }
            }
            true
        }));
    }
    let started_at = chrono::Utc::now();
    let started = Instant::now();
    let end = started + Duration::from_secs_f64(a.minutes * 60.0);
    println!(
        "soak: {} vehicles at 1 Hz, 10 fleet sockets, {} min, a line every {} s\n",
        a.vehicles, a.minutes, a.every
    );
    println!(
        "| t (s) | msg/s | p50 ms | p99 ms | failed | RSS MiB | fds | pool in use | sockets open | socket msgs |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    let (mut acked, mut failed) = (0u64, 0u64);
    let mut conns: Vec<load::Connection> = (0..1024).map(|_| Default::default()).collect();
    let to = load::Targets::new(&base, &tokens);
    while Instant::now() < end {
        let span = a.every.min((end - Instant::now()).as_secs_f64()).max(1.0);
        let m = load::open_loop_on(&mut conns, to.clone(), span, Duration::ZERO, None).await;
        acked += m.ok;
        failed += m.failed;
        println!(
            "| {:.0} | {:.0} | {:.1} | {:.1} | {} | {:.0} | {} | {} | {} | {} |",
            started.elapsed().as_secs_f64(),
            m.rate(),
            m.p(0.50),
            m.p(0.99),
            m.failed,
            rss_mib(pid),
            open_fds(pid),
            pool_in_use(&base).await,
            open.load(Ordering::Relaxed),
            received.load(Ordering::Relaxed),
        );
    }
    stop.store(true, Ordering::Relaxed);
    let mut sockets_kept = 0;
    for r in readers {
        sockets_kept += usize::from(r.await.unwrap_or(false));
    }
    let (db, conn) =
        tokio_postgres::connect(&url, tokio_postgres::NoTls).await.map_err(|e| e.to_string())?;
    tokio::spawn(conn);
    let stored: i64 = db
        .query_one("SELECT count(*) FROM vehicle_locations WHERE received_at >= $1", &[&started_at])
        .await
        .map_err(|e| e.to_string())?
        .get(0);
    println!(
        "\nacknowledged {acked}, stored {stored}, failed {failed}, lost {}; {sockets_kept} of 10 fleet sockets open to the end",
        acked as i64 - stored
    );
    if stored < acked as i64 {
        return Err(format!("{} acknowledged messages are missing", acked as i64 - stored));
    }
    Ok(())
}
