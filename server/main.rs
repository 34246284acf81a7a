//! The `tvm` binary: configuration → logger → migrations → serve, and the
//! `migrate`, `vehicle add` and `client add` subcommands (`tvm::cli`).

use std::sync::Arc;

use tokio::signal::unix::{SignalKind, signal};
use tvm::config::Config;

use tvm::cli::USAGE;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() {
    if let Err(e) = run().await {
        eprintln!("tvm: {e}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().cloned().unwrap_or_else(|| "serve".into());
    if matches!(command.as_str(), "-h" | "--help" | "help") {
        println!("{USAGE}");
        return Ok(());
    }
    if command == "healthcheck" {
        return healthcheck().await;
    }
    let config = Arc::new(Config::from_env().map_err(|e| e.to_string())?);
    let log = stdout_logger(&config.log_level);

    let applied = tvm::db::migrate(&config.database_url)
        .await
        .map_err(|e| format!("cannot migrate the database: {}", tvm::db::error_chain(&e)))?;
    slog::info!(log, "migrations applied"; "applied" => applied.join(","));
    match command.as_str() {
        "migrate" => Ok(()),
        "serve" => serve(config, log).await,
        "vehicle" | "client" => {
            let store = tvm::db::Store::new(&config).map_err(|e| e.to_string())?;
            println!("{}", tvm::cli::run(&store, &args).await?);
            Ok(())
        }
        other => Err(format!("unknown command {other:?}\n{USAGE}")),
    }
}

/// JSON lines (bunyan fields) on the standard output the process was given.
/// Not `/dev/stdout` reopened: a non-root process (the container's user)
/// may not open a pipe its supervisor created as root. The level is checked
/// before the async channel, so a line below it costs the request nothing
/// (filtered on the far side, as dropshot's logger does, every request's
/// access line crossed the channel and woke the writer thread: ≈ 6 % of the
/// server's CPU under load at `warn`).
fn stdout_logger(level: &dropshot::ConfigLoggingLevel) -> slog::Logger {
    use slog::Drain;
    let json = slog_bunyan::with_name("tvm", std::io::stdout()).build().fuse();
    let drain = slog_async::Async::new(json).chan_size(1024).build().fuse();
    let filtered = slog::LevelFilter(drain, slog::Level::from(level)).fuse();
    slog::Logger::root(filtered, slog::o!())
}

async fn serve(config: Arc<Config>, log: slog::Logger) -> Result<(), String> {
    let store = tvm::db::Store::new(&config).map_err(|e| e.to_string())?;
    let server = tvm::server::start(config.clone(), store, log.clone()).await?;
    let scheme = if server.using_tls() { "https" } else { "http" };
    slog::info!(log, "listening"; "address" => %server.local_addr(), "docs" => format!("{scheme}://{}/api/docs", server.local_addr()));
    let mut term = signal(SignalKind::terminate()).map_err(|e| e.to_string())?;
    tokio::select! {
        _ = term.recv() => slog::info!(log, "SIGTERM: shutting down"),
        _ = tokio::signal::ctrl_c() => slog::info!(log, "interrupt: shutting down"),
    }
    tvm::server::shutdown(server).await
}

/// `tvm healthcheck`: exit 0 when this machine's server answers `/health`
/// with 200 (for container health checks; needs only TVM_BIND and, under
/// TLS, TVM_TLS_CERT).
async fn healthcheck() -> Result<(), String> {
    let _ = dotenvy::dotenv();
    let bind = std::env::var("TVM_BIND").unwrap_or_else(|_| "127.0.0.1:8000".into());
    let port = bind.rsplit(':').next().unwrap_or("8000");
    let tls = std::env::var("TVM_TLS_CERT").is_ok_and(|v| !v.is_empty());
    let url = format!("{}://127.0.0.1:{port}/health", if tls { "https" } else { "http" });
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(3))
        // The certificate names the public host, not 127.0.0.1.
        .danger_accept_invalid_certs(tls)
        .build()
        .map_err(|e| e.to_string())?;
    let resp = client.get(&url).send().await.map_err(|e| format!("{url}: {e}"))?;
    if resp.status().is_success() { Ok(()) } else { Err(format!("{url}: {}", resp.status())) }
}
