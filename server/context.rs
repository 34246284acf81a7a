//! `ServerCtx`: what every request handler can reach (store, configuration,
//! start time, shutdown signal). Built once in `crate::server::start`.

use std::sync::Arc;
use std::time::Instant;

use crate::config::Config;
use crate::db::Store;

pub struct ServerCtx {
    pub store: Store,
    pub config: Arc<Config>,
    pub started: Instant,
    /// Flipped to `true` on shutdown; long-lived sessions watch it.
    pub shutdown: tokio::sync::watch::Sender<bool>,
}

impl ServerCtx {
    pub fn new(store: Store, config: Arc<Config>) -> Self {
        ServerCtx {
            store,
            config,
            started: Instant::now(),
            shutdown: tokio::sync::watch::channel(false).0,
        }
    }
}
