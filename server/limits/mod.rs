//! Rate limits: the rules (location and battery per vehicle, requests per
//! client), the `RateLimiter` trait (the shared Redis backend is
//! `cluster::limits::Shared`), and the in-process default. Rejections become `429
//! RATE_LIMITED` with `Retry-After`.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::error::ApiError;

/// What is being limited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Live location reports of one vehicle.
    Location,
    /// Live battery reports of one vehicle.
    Battery,
    /// Authenticated requests of one client, across the API (error reports
    /// and emergency stops are not counted).
    Client,
    /// Error reports of one vehicle, REST and socket alike: no interval
    /// (errors are event-driven, TVM-SEC-003), only a flood ceiling.
    ErrorFlood,
    /// Login attempts from one source address: a guesser backs off, the
    /// client id it guesses at is never locked.
    Login,
}

impl Rule {
    pub const ALL: [Rule; 5] =
        [Rule::Location, Rule::Battery, Rule::Client, Rule::ErrorFlood, Rule::Login];

    pub fn name(self) -> &'static str {
        match self {
            Rule::Location => "location",
            Rule::Battery => "battery",
            Rule::Client => "client",
            Rule::ErrorFlood => "error_flood",
            Rule::Login => "login",
        }
    }
}

/// A generic cell rate: one request per `interval`, arriving at most
/// `tolerance` early (a tolerance of `k × interval` is a burst of `k + 1`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quota {
    pub interval: Duration,
    pub tolerance: Duration,
}

impl Quota {
    /// `n` requests per `per`, all of which may come at once.
    pub fn per(n: u32, per: Duration) -> Self {
        let interval = per / n.max(1);
        Quota { interval, tolerance: interval * n.saturating_sub(1) }
    }

    /// One request per `interval`, tolerating `jitter` of early arrival.
    pub fn every(interval: Duration, jitter: Duration) -> Self {
        Quota { interval, tolerance: jitter }
    }
}

/// A place that keeps rate state: this process, or a shared store.
#[async_trait::async_trait]
pub trait RateLimiter: Send + Sync {
    /// Take one request for `key` under `quota`; `Err(wait)` when over it.
    async fn take(&self, rule: Rule, key: &str, quota: Quota) -> Result<(), Duration>;

    /// Requests allowed without a check because the store was away.
    fn failed_open(&self) -> u64 {
        0
    }
}

/// In-process GCRA: one "theoretical arrival time" per key, in 16 shards.
pub struct InProcess {
    shards: Vec<Mutex<Shard>>,
    hasher: foldhash::fast::RandomState,
}

struct Shard {
    /// By rule, then key: a key is looked up as the `&str` it came as, and
    /// copied only when it is new.
    tat: foldhash::HashMap<Rule, foldhash::HashMap<String, Instant>>,
    /// Size at which keys back at full budget are forgotten.
    sweep_at: usize,
}

const MIN_SWEEP: usize = 4096;

impl Shard {
    /// Keys held, over every rule.
    fn len(&self) -> usize {
        self.tat.values().map(HashMap::len).sum()
    }
}

impl Default for InProcess {
    fn default() -> Self {
        InProcess {
            shards: (0..16)
                .map(|_| Mutex::new(Shard { tat: Default::default(), sweep_at: MIN_SWEEP }))
                .collect(),
            hasher: Default::default(),
        }
    }
}

impl InProcess {
    fn take_at(&self, rule: Rule, key: &str, quota: Quota, now: Instant) -> Result<(), Duration> {
        let shard = &self.shards[(self.hasher.hash_one((rule, key)) % 16) as usize];
        let mut shard = shard.lock().expect("rate shard poisoned");
        // Forget keys whose arrival time has passed (they are at full
        // budget), so memory follows the active keys, not every key seen.
        if shard.len() >= shard.sweep_at {
            for keys in shard.tat.values_mut() {
                keys.retain(|_, tat| *tat > now);
            }
            shard.sweep_at = (shard.len() * 2).max(MIN_SWEEP);
        }
        let keys = shard.tat.entry(rule).or_default();
        let known = keys.get_mut(key);
        let tat = known.as_deref().copied().unwrap_or(now).max(now);
        let early = tat - now;
        if early > quota.tolerance {
            return Err(early - quota.tolerance);
        }
        match known {
            Some(known) => *known = tat + quota.interval,
            None => {
                keys.insert(key.to_string(), tat + quota.interval);
            }
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl RateLimiter for InProcess {
    async fn take(&self, rule: Rule, key: &str, quota: Quota) -> Result<(), Duration> {
        self.take_at(rule, key, quota, Instant::now())
    }
}

/// The server's limits: a quota per rule (absent = unlimited), the backend,
/// and how many requests each rule refused (for `/metrics`).
pub struct Limits {
    /// By `Rule as usize`: looked up on every report, without hashing.
    quotas: [Option<Quota>; Rule::ALL.len()],
    backend: Box<dyn RateLimiter>,
    refused: [AtomicU64; Rule::ALL.len()],
}

impl Limits {
    pub fn new(quotas: HashMap<Rule, Quota>, backend: Box<dyn RateLimiter>) -> Self {
        let mut by_rule = [None; Rule::ALL.len()];
        for (rule, quota) in quotas {
            by_rule[rule as usize] = Some(quota);
        }
        Limits { quotas: by_rule, backend, refused: Default::default() }
    }

    /// Take one request under `rule` for `key`, or 429 with the wait.
    pub async fn take(&self, rule: Rule, key: &str) -> Result<(), ApiError> {
        let Some(quota) = &self.quotas[rule as usize] else { return Ok(()) };
        match self.backend.take(rule, key, *quota).await {
            Ok(()) => Ok(()),
            Err(wait) => {
                self.refused[rule as usize].fetch_add(1, Ordering::Relaxed);
                let secs = wait.as_secs_f64().ceil().max(1.0) as u64;
                let what = match rule {
                    Rule::Location => "location reports for this vehicle",
                    Rule::Battery => "battery reports for this vehicle",
                    Rule::Client => "requests for this client",
                    Rule::Login => "logins from this address",
                    Rule::ErrorFlood => "error reports for this vehicle (flood ceiling)",
                };
                Err(ApiError::rate_limited(format!("too many {what}; retry in {secs} s"), secs)
                    .with_details(crate::models::RetryDetails {
                        limit: Some(rule.name().to_string()),
                        interval_ms: Some(quota.interval.as_millis() as u64),
                        retry_after_s: secs,
                    }))
            }
        }
    }

    /// Requests allowed unchecked because the shared store was away.
    pub fn failed_open(&self) -> u64 {
        self.backend.failed_open()
    }

    /// Requests refused per rule since start.
    pub fn refused(&self) -> Vec<(&'static str, u64)> {
        Rule::ALL
            .iter()
            .map(|r| (r.name(), self.refused[*r as usize].load(Ordering::Relaxed)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_per_second_refuses_the_second_and_says_how_long_to_wait() {
        let l = InProcess::default();
        let q = Quota::every(Duration::from_secs(1), Duration::from_millis(100));
        let t0 = Instant::now();
        assert!(l.take_at(Rule::Location, "A", q, t0).is_ok());
        let wait = l.take_at(Rule::Location, "A", q, t0 + Duration::from_millis(300)).unwrap_err();
        assert_eq!(wait, Duration::from_millis(600));
        // Other keys and rules are independent.
        assert!(l.take_at(Rule::Location, "B", q, t0).is_ok());
        assert!(l.take_at(Rule::Battery, "A", q, t0).is_ok());
        // Slightly early (within the jitter) is fine; a steady 1 Hz never trips.
        assert!(l.take_at(Rule::Location, "A", q, t0 + Duration::from_millis(950)).is_ok());
        for i in 2..10 {
            assert!(l.take_at(Rule::Location, "A", q, t0 + Duration::from_secs(i)).is_ok());
        }
    }

    #[test]
    fn keys_back_at_full_budget_are_forgotten_when_a_shard_fills() {
        let l = InProcess::default();
        let q = Quota::every(Duration::from_secs(1), Duration::ZERO);
        let t0 = Instant::now();
        let held = |prefix: &str| {
            let shards = l.shards.iter().map(|s| s.lock().unwrap());
            let keys = shards
                .flat_map(|s| s.tat.values().flat_map(|k| k.keys().cloned()).collect::<Vec<_>>());
            keys.filter(|k| k.starts_with(prefix)).count()
        };
        // Half a shard's sweep size each, over two rules: nothing forgotten.
        let early = MIN_SWEEP * 8;
        for i in 0..early {
            let rule = if i % 2 == 0 { Rule::Location } else { Rule::Battery };
            assert!(l.take_at(rule, &format!("V-{i}"), q, t0).is_ok());
        }
        assert_eq!(held("V-"), early);
        // Two seconds on, those keys are back at full budget: each shard
        // forgets them once new keys fill it.
        let later = t0 + Duration::from_secs(2);
        for i in 0..MIN_SWEEP * 16 {
            assert!(l.take_at(Rule::Location, &format!("late-{i}"), q, later).is_ok());
        }
        assert_eq!(held("V-"), 0);
        // Keys still within their interval are kept, and still limited.
        assert_eq!(held("late-"), MIN_SWEEP * 16);
        assert!(l.take_at(Rule::Location, "late-0", q, later).is_err());
    }

    #[test]
    fn a_per_minute_budget_allows_its_burst_then_refills() {
        let l = InProcess::default();
        let q = Quota::per(100, Duration::from_secs(60));
        let t0 = Instant::now();
        for _ in 0..100 {
            assert!(l.take_at(Rule::Client, "c", q, t0).is_ok());
        }
        assert!(l.take_at(Rule::Client, "c", q, t0).is_err());
        assert!(l.take_at(Rule::Client, "c", q, t0 + Duration::from_millis(600)).is_ok());
    }
}
