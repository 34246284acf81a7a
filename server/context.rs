//! `ServerCtx`: what every request handler can reach (store, batching
//! writer, registry, token keys, rate limits, event bus, cluster relay,
//! configuration, start time, shutdown signal). Built once in `crate::server::start`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::auth::TokenKeys;
use crate::cluster::Cluster;
use crate::commands::{Commands, DeliveryConfig};
use crate::config::Config;
use crate::db::Store;
use crate::db::writer::Writer;
use crate::events::Bus;
use crate::limits::{InProcess, Limits, Quota, Rule};
use crate::metrics::Metrics;
use crate::registry::Registry;

pub struct ServerCtx {
    pub log: slog::Logger,
    pub metrics: Arc<Metrics>,
    pub store: Store,
    pub commands: Arc<Commands>,
    pub writer: Writer,
    pub registry: Arc<Registry>,
    pub tokens: TokenKeys,
    pub limits: Limits,
    pub bus: Bus,
    /// The shared layer across instances, when `REDIS_URL` is set.
    pub cluster: Option<Arc<Cluster>>,
    pub config: Arc<Config>,
    pub started: Instant,
    /// Flipped to `true` on shutdown; long-lived sessions and background
    /// tasks watch it.
    pub shutdown: tokio::sync::watch::Sender<bool>,
}

impl ServerCtx {
    /// Build the context; starts the writer tasks (so it needs a runtime).
    /// `jwt_secret` is the configured one, or a random one for this process.
    pub fn new(store: Store, config: Arc<Config>, jwt_secret: &[u8], log: &slog::Logger) -> Self {
        let bus = Bus::default();
        let delivery = DeliveryConfig {
            resend_after: config.command_resend,
            resends: 3,
            ttl: config.command_ttl,
        };
        let commands_log = log.new(slog::o!("component" => "commands"));
        let writer = Writer::start(
            store.clone(),
            config.writer_tasks,
            config.writer_linger,
            log.new(slog::o!("component" => "writer")),
        );
        let metrics = Arc::new(Metrics::new(writer.stats.batch_size.clone()));
        let cluster = config.redis_url.as_deref().map(|url| {
            Cluster::new(url, &config.redis_prefix).expect("REDIS_URL was checked with the config")
        });
        let backend: Box<dyn crate::limits::RateLimiter> = match &cluster {
            Some(c) => Box::new(crate::cluster::limits::Shared::new(c.clone())),
            None => Box::new(InProcess::default()),
        };
        ServerCtx {
            log: log.clone(),
            commands: Arc::new(Commands::new(delivery, bus.clone(), metrics.clone(), commands_log)),
            metrics,
            writer,
            store,
            registry: Arc::new(Registry::default()),
            tokens: TokenKeys::new(jwt_secret),
            limits: Limits::new(quotas(&config), backend),
            bus: bus.clone(),
            cluster,
            config,
            started: Instant::now(),
            shutdown: tokio::sync::watch::channel(false).0,
        }
    }
}

impl ServerCtx {
    /// Tell the other instances (nothing to do without Redis).
    pub fn tell_others(&self, wire: crate::cluster::Wire) {
        if let Some(c) = &self.cluster {
            c.tell(wire);
        }
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
    if c.rate_error_flood_per_min > 0 {
        let flood = Quota::per(c.rate_error_flood_per_min, Duration::from_secs(60));
        q.insert(Rule::ErrorFlood, flood);
    }
    q
}
