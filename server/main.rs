//! The `tvm` binary: configuration → logger → migrations → serve, and the
//! `migrate`, `vehicle add` and `client add` subcommands (`tvm::cli`).

use std::sync::Arc;

use dropshot::ConfigLogging;
use tokio::signal::unix::{SignalKind, signal};
use tvm::config::Config;

use tvm::cli::USAGE;

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
    let config = Arc::new(Config::from_env().map_err(|e| e.to_string())?);
    let log = ConfigLogging::File {
        level: config.log_level.clone(),
        path: "/dev/stdout".into(),
        if_exists: dropshot::ConfigLoggingIfExists::Append,
    }
    .to_logger("tvm")
    .map_err(|e| format!("cannot set up logging: {e}"))?;

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
