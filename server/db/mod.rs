//! `Store`: the only place that talks SQL. Owns the connection pool, the
//! schema migrations, transient-failure retries (1 s, 2 s, 4 s), the outage
//! flag, and the mapping of database failures to API errors.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use deadpool_postgres::{ManagerConfig, Pool, RecyclingMethod, Runtime};

use crate::config::Config;
use crate::error::ApiError;
use crate::models::ErrorCode;

pub mod alerts;
pub mod auth;
pub mod commands;
pub mod history;
pub mod live;
mod migrate;
pub mod minutes;
pub mod reads;
pub mod retention;
pub mod telemetry;
pub mod vehicles;
pub mod webhooks;
pub mod writer;
pub use migrate::migrate;

/// Waits between attempts of a transiently failing operation.
pub const RETRY_BACKOFF: [Duration; 3] =
    [Duration::from_secs(1), Duration::from_secs(2), Duration::from_secs(4)];

/// Database failures, as the rest of the server sees them.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database is unavailable")]
    Unavailable(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("database query failed")]
    Query(#[source] tokio_postgres::Error),
    #[error("stored data is not what the server expects: {0}")]
    Corrupt(String),
}

impl From<tokio_postgres::Error> for StoreError {
    /// Connection-level failures (closed sockets, I/O, the server shutting
    /// down or refusing connections, serialization conflicts) are worth a
    /// retry; anything else is a bug or a constraint, and is not.
    fn from(e: tokio_postgres::Error) -> Self {
        use tokio_postgres::error::SqlState as S;
        let transient = match e.code() {
            Some(code) => {
                code.code().starts_with("08")
                    || [
                        S::ADMIN_SHUTDOWN,
                        S::CRASH_SHUTDOWN,
                        S::CANNOT_CONNECT_NOW,
                        S::TOO_MANY_CONNECTIONS,
                        S::T_R_SERIALIZATION_FAILURE,
                        S::T_R_DEADLOCK_DETECTED,
                        S::QUERY_CANCELED,
                    ]
                    .contains(code)
            }
            None => true,
        };
        if transient { StoreError::Unavailable(Box::new(e)) } else { StoreError::Query(e) }
    }
}

impl StoreError {
    pub fn is_transient(&self) -> bool {
        matches!(self, StoreError::Unavailable(_))
    }

    /// The SQLSTATE PostgreSQL answered with, if it answered.
    fn sql_state(&self) -> Option<&tokio_postgres::error::SqlState> {
        let pg = match self {
            StoreError::Query(e) => Some(e),
            StoreError::Unavailable(e) => e.downcast_ref::<tokio_postgres::Error>(),
            StoreError::Corrupt(_) => None,
        };
        pg.and_then(|e| e.code())
    }

    /// A statement that gave up waiting for a lock (`lock_timeout`) or was
    /// chosen to break a deadlock: the same work may succeed a moment later,
    /// and the database is not down.
    pub fn is_lock_contention(&self) -> bool {
        use tokio_postgres::error::SqlState as S;
        self.sql_state()
            .is_some_and(|c| *c == S::LOCK_NOT_AVAILABLE || *c == S::T_R_DEADLOCK_DETECTED)
    }

    /// A transaction that lost to another (lock contention, or a
    /// serialization failure): the database answered, so it is not down.
    pub fn is_conflict(&self) -> bool {
        use tokio_postgres::error::SqlState as S;
        self.is_lock_contention()
            || self.sql_state().is_some_and(|c| *c == S::T_R_SERIALIZATION_FAILURE)
    }
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
            .with_retry_after(2)
            .with_internal(cause),
            StoreError::Query(_) | StoreError::Corrupt(_) => ApiError::internal_error(cause),
        }
    }
}

/// A stored text in its contract type (a constrained string or an enum): a
/// value the contract refuses is a broken row, reported as such.
pub(crate) fn stored<T>(value: &str) -> Result<T, StoreError>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    value.parse().map_err(|e| StoreError::Corrupt(format!("stored value {value:?}: {e}")))
}

/// The same for an optional column.
pub(crate) fn stored_opt<T>(value: Option<&str>) -> Result<Option<T>, StoreError>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    value.map(stored).transpose()
}

/// A stored JSON document (jsonb) in its contract type.
pub(crate) fn stored_json<T: serde::de::DeserializeOwned>(
    value: serde_json::Value,
) -> Result<T, StoreError> {
    serde_json::from_value(value).map_err(|e| StoreError::Corrupt(format!("stored document: {e}")))
}

/// A stored positive id as the contract's non-zero integer.
pub(crate) fn stored_id(id: i64) -> Result<std::num::NonZeroU64, StoreError> {
    u64::try_from(id)
        .ok()
        .and_then(std::num::NonZeroU64::new)
        .ok_or_else(|| StoreError::Corrupt(format!("stored id {id} is not positive")))
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
    down: Arc<AtomicBool>,
    query_timeout: Duration,
    probe_timeout: Duration,
}

impl Store {
    /// Build the pool. Connections are opened lazily, so this succeeds while
    /// the database is down; requests then answer 503 until it is back.
    pub fn new(config: &Config) -> Result<Self, StoreError> {
        let (mut pg, tls) = crate::links::postgres(&config.database_url)
            .map_err(|e| StoreError::Unavailable(e.into()))?;
        pg.connect_timeout(config.db_connect_timeout);
        pg.application_name("tvm");
        let manager = deadpool_postgres::Manager::from_config(
            pg,
            tls,
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
        Ok(Store {
            pool,
            down: Arc::new(AtomicBool::new(false)),
            query_timeout: config.db_query_timeout,
            probe_timeout: config.db_connect_timeout.min(Duration::from_secs(2)),
        })
    }

    /// A pooled connection; while an outage is known, fail at once instead
    /// of making every caller wait for the connect timeout.
    async fn conn(&self) -> Result<deadpool_postgres::Object, StoreError> {
        if self.is_down() {
            return Err(StoreError::Unavailable(
                "the database is down (probing every second)".into(),
            ));
        }
        match self.pool.get().await {
            Ok(c) => Ok(c),
            // A new connection that got no answer within the connect timeout
            // is an outage as much as a query without an answer: known at
            // once, so that retries and later callers do not wait again.
            Err(deadpool_postgres::PoolError::Timeout(deadpool_postgres::TimeoutType::Create)) => {
                self.mark_down();
                Err(StoreError::Unavailable(
                    "no answer from the database within the connect timeout".into(),
                ))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Whether the database is known to be down (retries were exhausted and
    /// the prober has not reached it since).
    pub fn is_down(&self) -> bool {
        self.down.load(Ordering::Relaxed)
    }

    fn mark_down(&self) {
        self.down.store(true, Ordering::Relaxed);
    }

    fn mark_up(&self) {
        self.down.store(false, Ordering::Relaxed);
    }

    /// Run `op`, retrying transient failures after 1 s, 2 s and 4 s. When all
    /// attempts fail the database is marked down (the prober brings it
    /// back), unless the last one lost to another transaction: the database
    /// answered then, and marking it down would refuse every request.
    pub async fn with_retry<T, F, Fut>(&self, mut op: F) -> Result<T, StoreError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, StoreError>>,
    {
        let mut waits = RETRY_BACKOFF.iter();
        loop {
            let Ok(result) = tokio::time::timeout(self.query_timeout, op()).await else {
                // No answer at all (a link that stopped carrying bytes):
                // waiting again would only keep every caller waiting too.
                self.mark_down();
                return Err(StoreError::Unavailable(
                    format!("no answer from the database within {:?}", self.query_timeout).into(),
                ));
            };
            match result {
                Err(e) if e.is_transient() && !self.is_down() => match waits.next() {
                    Some(wait) => tokio::time::sleep(*wait).await,
                    None => {
                        if !e.is_conflict() {
                            self.mark_down();
                        }
                        return Err(e);
                    }
                },
                other => return other,
            }
        }
    }

    /// While the database is marked down, ping it every second and clear the
    /// mark when it answers. Runs until `stop` flips.
    pub async fn probe_while_down(&self, mut stop: tokio::sync::watch::Receiver<bool>) {
        loop {
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                _ = stop.changed() => return,
            }
            if self.is_down() && self.ping_pool().await.is_ok() {
                self.mark_up();
            }
        }
    }

    async fn ping_pool(&self) -> Result<Duration, StoreError> {
        let t = Instant::now();
        let ping = async {
            let client = self.pool.get().await?;
            client.simple_query("SELECT 1").await.map_err(|e| StoreError::Unavailable(Box::new(e)))
        };
        match tokio::time::timeout(self.probe_timeout, ping).await {
            Ok(r) => r.map(|_| t.elapsed()),
            Err(_) => Err(StoreError::Unavailable(
                format!("no answer to a ping within {:?}", self.probe_timeout).into(),
            )),
        }
    }

    /// Round trip to the database, for `/health`; a success also clears a
    /// known outage.
    pub async fn ping(&self) -> Result<Duration, StoreError> {
        let d = self.ping_pool().await?;
        self.mark_up();
        Ok(d)
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
