//! `ServerCtx`: what a request handler or socket session reaches: the shared
//! `Services` (through `Deref`) and the command relay built on them. Built
//! once in `crate::server::start`; domain modules take `Services` or their
//! own parts, never this.

use std::ops::Deref;
use std::sync::Arc;

use crate::commands::{Commands, DeliveryConfig};
use crate::config::Config;
use crate::db::Store;
use crate::services::Services;

#[derive(Clone)]
pub struct ServerCtx {
    pub services: Arc<Services>,
    pub commands: Arc<Commands>,
}

impl ServerCtx {
    /// Build the services and the command relay; starts the writer tasks
    /// (so it needs a runtime).
    pub fn new(store: Store, config: Arc<Config>, jwt_secret: &[u8], log: &slog::Logger) -> Self {
        let delivery = DeliveryConfig {
            resend_after: config.command_resend,
            resends: 3,
            ttl: config.command_ttl,
        };
        let services = Arc::new(Services::new(store, config, jwt_secret, log));
        let commands_log = log.new(slog::o!("component" => "commands"));
        let commands = Arc::new(Commands::new(delivery, services.clone(), commands_log));
        ServerCtx { services, commands }
    }
}

impl Deref for ServerCtx {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.services
    }
}
