//! `Services`: the long-lived handles the domain modules share (store,
//! batching writer, registry, token keys, password checks, rate limits,
//! event bus, cluster relay, configuration, counters, start time, shutdown
//! signal). Built once
//! in `crate::server::start`; `crate::context::ServerCtx` adds the command
//! relay, which is built on them, for the request handlers and sessions.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::auth::TokenKeys;
use crate::auth::secrets::PasswordChecks;
use crate::cluster::Cluster;
use crate::config::Config;
use crate::db::Store;
use crate::db::writer::Writer;
use crate::events::Bus;
use crate::limits::{InProcess, Limits, Quota, Rule};
use crate::metrics::{Metrics, Sampled};
use crate::registry::Registry;

pub struct Services {
    pub log: slog::Logger,
    pub metrics: Arc<Metrics>,
    pub store: Store,
    pub writer: Writer,
    pub registry: Arc<Registry>,
    pub tokens: TokenKeys,
    /// Password checks (argon2) running at once, bounded.
    pub password_checks: PasswordChecks,
    pub limits: Limits,
    pub bus: Bus,
    /// The shared layer across instances, when `REDIS_URL` is set.
    pub cluster: Option<Arc<Cluster>>,
    pub config: Arc<Config>,
    pub started: Instant,
    /// Flipped to `true` on shutdown; long-lived sessions and background
    /// tasks watch it.
    pub shutdown: tokio::sync::watch::Sender<bool>,
    /// Work that runs to its end though its caller went away (an
    /// operation whose client hung up, a report's settling): the graceful
    /// stop waits for it.
    pub unfinished: tokio_util::task::TaskTracker,
}

impl Services {
    /// Build the services; starts the writer tasks (so it needs a runtime).
    /// `jwt_secret` is the configured one, or a random one for this process.
    pub fn new(store: Store, config: Arc<Config>, jwt_secret: &[u8], log: &slog::Logger) -> Self {
        let writer = Writer::start(
            store.clone(),
            config.writer_tasks,
            config.writer_linger,
            log.new(slog::o!("component" => "writer")),
        );
        let metrics = Arc::new(Metrics::new(writer.stats.batch_size.clone()));
        let cluster = config.redis_url.as_deref().map(|url| {
            Cluster::new(url, config.redis_ca_file.as_deref(), &config.redis_prefix)
                .expect("REDIS_URL was checked with the config")
        });
        let backend: Box<dyn crate::limits::RateLimiter> = match &cluster {
            Some(c) => Box::new(crate::cluster::limits::Shared::new(c.clone())),
            None => Box::new(InProcess::default()),
        };
        Services {
            log: log.clone(),
            metrics,
            writer,
            store,
            registry: Arc::new(Registry::default()),
            tokens: TokenKeys::new(jwt_secret),
            password_checks: PasswordChecks::default(),
            limits: Limits::new(quotas(&config), backend),
            bus: Bus::default(),
            cluster,
            config,
            started: Instant::now(),
            shutdown: tokio::sync::watch::channel(false).0,
            unfinished: tokio_util::task::TaskTracker::new(),
        }
    }

    /// Tell the other instances (nothing to do without Redis).
    pub fn tell_others(&self, wire: crate::cluster::Wire) {
        if let Some(c) = &self.cluster {
            c.tell(wire);
        }
    }

    /// The `/metrics` text, with the sampled values brought up to date.
    pub fn metrics_text(&self) -> String {
        use std::sync::atomic::Ordering::Relaxed;
        let w = &self.writer.stats;
        let relay = self.cluster.as_ref().map(|c| {
            let dropped = c.dropped.load(Relaxed) + self.bus.relay_dropped();
            (c.received.load(Relaxed), dropped, c.sent.load(Relaxed), self.limits.failed_open())
        });
        self.metrics.render(Sampled {
            pool: self.store.pool_usage(),
            batches: w.batches.load(Relaxed),
            rows: w.rows.load(Relaxed),
            failed_batches: w.failed_batches.load(Relaxed),
            largest_batch: w.largest_batch.load(Relaxed),
            refused: self.limits.refused(),
            events: self.bus.published(),
            relay,
            uptime: self.started.elapsed(),
            password_checks: self.password_checks.done(),
        })
    }
}

/// The configured quotas; a zero setting leaves that rule unlimited.
fn quotas(c: &Config) -> HashMap<Rule, Quota> {
    let jitter = Duration::from_millis(c.rate_jitter_ms);
    let mut q = HashMap::new();
    if c.rate_location_ms > 0 {
        q.insert(Rule::Location, Quota::every(Duration::from_millis(c.rate_location_ms), jitter));
    }
    if c.rate_battery_ms > 0 {
        q.insert(Rule::Battery, Quota::every(Duration::from_millis(c.rate_battery_ms), jitter));
    }
    if c.rate_client_per_min > 0 {
        q.insert(Rule::Client, Quota::per(c.rate_client_per_min, Duration::from_secs(60)));
    }
    if c.rate_login_per_min > 0 {
        q.insert(Rule::Login, Quota::per(c.rate_login_per_min, Duration::from_secs(60)));
    }
    if c.rate_error_flood_per_min > 0 {
        let flood = Quota::per(c.rate_error_flood_per_min, Duration::from_secs(60));
        q.insert(Rule::ErrorFlood, flood);
    }
    q
}
