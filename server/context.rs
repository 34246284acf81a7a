//! `ServerCtx`: what every request handler can reach (store, batching
//! writer, registry, token keys, rate limits, event bus, configuration,
//! start time, shutdown signal). Built once in `crate::server::start`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::auth::TokenKeys;
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
    pub commands: Commands,
    pub writer: Writer,
    pub registry: Arc<Registry>,
    pub tokens: TokenKeys,
    pub limits: Limits,
    pub bus: Bus,
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
            log.new(slog::o!("component" => "writer")),
        );
        let metrics = Arc::new(Metrics::new(writer.stats.batch_size.clone()));
        ServerCtx {
            log: log.clone(),
            commands: Commands::new(delivery, bus.clone(), metrics.clone(), commands_log),
            metrics,
            writer,
            store,
            registry: Arc::new(Registry::default()),
            tokens: TokenKeys::new(jwt_secret),
            limits: Limits::new(quotas(&config), Box::new(InProcess::default())),
            bus: bus.clone(),
            config,
            started: Instant::now(),
            shutdown: tokio::sync::watch::channel(false).0,
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
    q
}
