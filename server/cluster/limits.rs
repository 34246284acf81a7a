//! Rate limits shared by every instance: the same GCRA as the in-process
//! limiter, kept in Redis (one key per rule and subject, holding the
//! theoretical arrival time in microseconds of Redis's clock) and updated by
//! one atomic script. When Redis does not answer within the call timeout,
//! the request is allowed (limits fail open, as TVM-ERR-003 asks) and Redis
//! is skipped for a second rather than waited on by every request.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::Cluster;
use crate::limits::{Quota, RateLimiter, Rule};

/// KEYS[1]: the key; ARGV: interval and tolerance in µs. Returns 0 when the
/// request is taken, else the µs to wait.
const GCRA: &str = r#"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local early = tat - now
if early > tolerance then return early - tolerance end
local next_tat = tat + interval
redis.call('SET', KEYS[1], next_tat, 'PX', math.ceil((next_tat - now) / 1000) + 1)
return 0
"#;

pub struct Shared {
    cluster: Arc<Cluster>,
    script: redis::Script,
    /// Requests allowed without asking because Redis was away.
    failed_open: AtomicU64,
}

impl Shared {
    pub fn new(cluster: Arc<Cluster>) -> Self {
        Shared { cluster, script: redis::Script::new(GCRA), failed_open: AtomicU64::new(0) }
    }
}

#[async_trait::async_trait]
impl RateLimiter for Shared {
    async fn take(&self, rule: Rule, key: &str, quota: Quota) -> Result<(), Duration> {
        if self.cluster.skipping() {
            self.failed_open.fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        let redis_key = format!("{}:rate:{}:{key}", self.cluster.prefix, rule.name());
        let mut conn = self.cluster.conn();
        let mut invocation = self.script.key(redis_key);
        invocation.arg(quota.interval.as_micros() as u64).arg(quota.tolerance.as_micros() as u64);
        let call = invocation.invoke_async::<u64>(&mut conn);
        match tokio::time::timeout(super::CALL_TIMEOUT, call).await {
            Ok(Ok(0)) => Ok(()),
            Ok(Ok(wait_us)) => Err(Duration::from_micros(wait_us)),
            _ => {
                self.cluster.failed();
                self.failed_open.fetch_add(1, Ordering::Relaxed);
                Ok(())
            }
        }
    }

    fn failed_open(&self) -> u64 {
        self.failed_open.load(Ordering::Relaxed)
    }
}
