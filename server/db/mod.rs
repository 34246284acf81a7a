//! `Store`: the only place that talks SQL. Owns the connection pool, the
//! schema migrations and the mapping of database failures to API errors.

use std::time::{Duration, Instant};

use deadpool_postgres::{ManagerConfig, Pool, RecyclingMethod, Runtime};
use tokio_postgres::NoTls;

use crate::config::Config;
use crate::error::ApiError;
use crate::models::ErrorCode;

mod migrate;
pub use migrate::migrate;

/// Database failures, as the rest of the server sees them.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database is unavailable")]
    Unavailable(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("database query failed")]
    Query(#[from] tokio_postgres::Error),
}

impl From<deadpool_postgres::PoolError> for StoreError {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        StoreError::Unavailable(Box::new(e))
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        let cause = error_chain(&e);
        match e {
            StoreError::Unavailable(_) => ApiError::new(
                ErrorCode::DatabaseUnavailable,
                "the database is unavailable; retry later",
            )
            .with_internal(cause),
            StoreError::Query(_) => ApiError::internal_error(cause),
        }
    }
}

/// `a: b: c` for an error and its sources.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

/// Handle to the database. Cheap to clone.
#[derive(Clone)]
pub struct Store {
    pool: Pool,
}

impl Store {
    /// Build the pool. Connections are opened lazily, so this succeeds while
    /// the database is down; requests then answer 503 until it is back.
    pub fn new(config: &Config) -> Result<Self, StoreError> {
        let mut pg: tokio_postgres::Config =
            config.database_url.parse().map_err(|e| StoreError::Unavailable(Box::new(e)))?;
        pg.connect_timeout(config.db_connect_timeout);
        pg.application_name("tvm");
        let manager = deadpool_postgres::Manager::from_config(
            pg,
            NoTls,
            ManagerConfig { recycling_method: RecyclingMethod::Fast },
        );
        let pool = Pool::builder(manager)
            .max_size(config.db_pool_max)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(config.db_connect_timeout))
            .create_timeout(Some(config.db_connect_timeout))
            .recycle_timeout(Some(Duration::from_secs(5)))
            .build()
            .map_err(|e| StoreError::Unavailable(Box::new(e)))?;
        Ok(Store { pool })
    }

    /// Round trip to the database, for `/health`.
    pub async fn ping(&self) -> Result<Duration, StoreError> {
        let t = Instant::now();
        let client = self.pool.get().await?;
        client.simple_query("SELECT 1").await.map_err(|e| StoreError::Unavailable(Box::new(e)))?;
        Ok(t.elapsed())
    }

    /// Connections in use and the pool's limit.
    pub fn pool_usage(&self) -> (usize, usize) {
        let s = self.pool.status();
        (s.size - s.available, s.max_size)
    }

    pub fn close(&self) {
        self.pool.close();
    }
}
