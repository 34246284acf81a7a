//! Assembling and running the server: the API description, the background
//! tasks, `crate::front` serving it (TLS when configured), and graceful
//! shutdown.

use std::sync::Arc;
use std::time::Duration;

use crate::config::Config;
use crate::context::ServerCtx;
use crate::db::Store;
use crate::front::{self, Server};

/// How long in-flight requests get to finish on shutdown.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// The largest request body of an operation that sets no limit of its own.
pub const BODY_MAX_BYTES: usize = 64 * 1024;

/// Start serving. The store's pool connects lazily, so the server starts
/// (and `/health` says so) even while the database is down; the first admin
/// is then created as soon as the database answers.
pub async fn start(config: Arc<Config>, store: Store, log: slog::Logger) -> Result<Server, String> {
    // A certificate that cannot serve stops the start before anything runs.
    let tls = match &config.tls {
        Some((cert, key)) => Some(front::tls_config(cert, key)?),
        None => None,
    };
    crate::validate::init();
    crate::validate::query::init();
    let jwt_secret = match &config.jwt_secret {
        Some(s) => s.as_bytes().to_vec(),
        None => {
            slog::warn!(
                log,
                "TVM_JWT_SECRET is not set: using a random secret, so tokens stop working when this process stops and other instances reject them"
            );
            crate::auth::secrets::random_token(48).into_bytes()
        }
    };
    let ctx = ServerCtx::new(store.clone(), config.clone(), &jwt_secret, &log);
    if let Some(cluster) = &ctx.cluster {
        let local = crate::cluster::Local {
            bus: ctx.bus.clone(),
            commands: ctx.commands.clone(),
            registry: ctx.registry.clone(),
            store: store.clone(),
            log: log.new(slog::o!("component" => "cluster")),
        };
        cluster.start(local, ctx.shutdown.subscribe());
        let log = log.new(slog::o!("component" => "command-sweep"));
        let sweep = crate::commands::sweep::sweep_forever(
            store.clone(),
            ctx.commands.clone(),
            log,
            ctx.shutdown.subscribe(),
        );
        tokio::spawn(sweep);
    }
    let (registry, stop) = (ctx.registry.clone(), ctx.shutdown.subscribe());
    let (warm_store, warm_log) = (store.clone(), log.clone());
    let warm_registry = registry.clone();
    tokio::spawn(async move {
        match warm_registry.ensure_warm(&warm_store).await {
            Ok(n) => slog::info!(warm_log, "fleet loaded"; "vehicles" => n),
            Err(e) => {
                slog::warn!(warm_log, "fleet not loaded yet; the registry sync retries"; "cause" => crate::db::error_chain(&e))
            }
        }
    });
    let token_ttl = std::time::Duration::from_secs(config.access_token_ttl_s);
    tokio::spawn(registry.sync_forever(store.clone(), token_ttl, log.clone(), stop));
    let settings = crate::jobs::retention::Settings::from_config(&config);
    let (jobs_store, jobs_log, stop) =
        (store.clone(), log.new(slog::o!("job" => "retention")), ctx.shutdown.subscribe());
    tokio::spawn(crate::jobs::retention::schedule(jobs_store, settings, jobs_log, stop));
    let (minutes_log, stop) =
        (log.new(slog::o!("job" => "location-minutes")), ctx.shutdown.subscribe());
    let until = ctx.metrics.location_minutes_until.clone();
    tokio::spawn(crate::jobs::minutes::schedule(store.clone(), until, minutes_log, stop));
    let (probe, stop) = (store.clone(), ctx.shutdown.subscribe());
    tokio::spawn(async move { probe.probe_while_down(stop).await });
    if let (Some(id), Some(secret)) = (&config.admin_client_id, &config.admin_client_secret) {
        let (id, secret, log) = (id.clone(), secret.clone(), log.clone());
        let mut stop = ctx.shutdown.subscribe();
        // Wait briefly for the first admin so it can log in as soon as the
        // server answers; while the database is down, keep trying behind.
        let first = tokio::time::timeout(
            Duration::from_secs(3),
            crate::cli::bootstrap_admin(&store, &id, &secret),
        )
        .await;
        match first {
            Ok(Ok(what)) => slog::info!(log, "first admin: {what}"; "client_id" => &id),
            _ => {
                slog::warn!(log, "first admin not created yet (database unreachable); retrying");
                tokio::spawn(async move {
                    loop {
                        tokio::select! {
                            _ = tokio::time::sleep(Duration::from_secs(2)) => {}
                            _ = stop.changed() => return,
                        }
                        if let Ok(what) = crate::cli::bootstrap_admin(&store, &id, &secret).await {
                            slog::info!(log, "first admin: {what}"; "client_id" => &id);
                            return;
                        }
                    }
                });
            }
        }
    }
    let settings = front::Settings { bind: config.bind, tls };
    let server = front::start(ctx, settings, log).await?;
    let shared = server.shared_context();
    tokio::spawn(crate::alerts::watch_silence(shared.services.clone()));
    crate::vda5050::start(&shared);
    let (store, stop) = (shared.store.clone(), shared.shutdown.subscribe());
    let log = shared.log.new(slog::o!("job" => "webhooks"));
    let destinations = shared.config.webhook_destinations.clone();
    tokio::spawn(crate::notify::deliver_forever(store, destinations, log, stop));
    if let Some(email) = shared.config.email.clone() {
        let log = shared.log.new(slog::o!("job" => "alert-email"));
        let stop = shared.shutdown.subscribe();
        tokio::spawn(crate::notify::mail_forever(email, shared.bus.clone(), log, stop));
    }
    Ok(server)
}

/// Graceful stop: tell long-lived sessions to close, let in-flight requests
/// finish (at most [`SHUTDOWN_GRACE`]), then close the pool.
pub async fn shutdown(server: Server) -> Result<(), String> {
    let _ = server.context().shutdown.send(true);
    let store = server.context().store.clone();
    let result = match tokio::time::timeout(SHUTDOWN_GRACE, server.close()).await {
        Ok(r) => r,
        Err(_) => Err(format!("requests still running after {SHUTDOWN_GRACE:?}; stopping anyway")),
    };
    store.close();
    result
}
