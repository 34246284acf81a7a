//! `/metrics` in the Prometheus text format: requests by operation and
//! status with durations, open sockets and streams, connection-pool use,
//! ingest batches, command outcomes, rate-limit refusals and published
//! events. One registry per server (tests run several in one process).

use prometheus::{
    Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge,
    IntGaugeVec, Opts, Registry, TextEncoder,
};

pub struct Metrics {
    registry: Registry,
    pub requests: IntCounterVec,
    pub duration: HistogramVec,
    pub sockets: IntGaugeVec,
    pub streams: IntGauge,
    pub commands: IntCounterVec,
    pub events: IntCounter,
    /// Relay messages between instances: sent, received, dropped.
    pub relay: IntCounterVec,
    pool: IntGaugeVec,
    ingest_batches: IntCounter,
    ingest_rows: IntCounter,
    ingest_failed: IntCounter,
    ingest_largest: IntGauge,
    #[allow(dead_code)] // registered; observed by the writer
    ingest_batch_size: Histogram,
    refused: IntCounterVec,
    uptime: IntGauge,
    password_checks: IntCounter,
    /// VDA 5050 bridge messages by topic and outcome.
    pub vda5050: IntCounterVec,
    /// 1 while the VDA 5050 bridge is connected to its broker.
    pub vda5050_broker: IntGauge,
    /// Unix time before which every location minute is packed (set by
    /// `crate::jobs::minutes`).
    pub location_minutes_until: IntGauge,
}

fn must<T>(r: prometheus::Result<T>) -> T {
    r.expect("metric definitions are valid")
}

impl Metrics {
    /// `ingest_batch_size` is the writer's own histogram, registered here.
    pub fn new(ingest_batch_size: Histogram) -> Self {
        let registry = Registry::new_custom(Some("tvm".into()), None).expect("registry");
        let requests = must(IntCounterVec::new(
            Opts::new("http_requests_total", "Requests by operation and status"),
            &["operation", "status"],
        ));
        let duration = must(HistogramVec::new(
            HistogramOpts::new("http_request_duration_seconds", "Request duration by operation")
                .buckets(vec![
                    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                    10.0,
                ]),
            &["operation"],
        ));
        let sockets = must(IntGaugeVec::new(
            Opts::new("websocket_sessions", "Open WebSocket sessions"),
            &["kind"],
        ));
        let streams = must(IntGauge::new("sse_streams", "Open Server-Sent Events streams"));
        let commands = must(IntCounterVec::new(
            Opts::new("command_status_total", "Command status changes by status"),
            &["status"],
        ));
        let events =
            must(IntCounter::new("events_published_total", "Events published to the live channel"));
        let relay = must(IntCounterVec::new(
            Opts::new("relay_messages_total", "Messages between instances over Redis"),
            &["outcome"],
        ));
        let pool = must(IntGaugeVec::new(
            Opts::new("db_pool_connections", "Database connections"),
            &["state"],
        ));
        let ingest_batches = must(IntCounter::new(
            "ingest_batches_total",
            "Group-commit transactions of live telemetry",
        ));
        let ingest_rows = must(IntCounter::new(
            "ingest_rows_total",
            "Live telemetry rows written through batches",
        ));
        let ingest_failed =
            must(IntCounter::new("ingest_failed_batches_total", "Batches that failed"));
        let ingest_largest = must(IntGauge::new("ingest_batch_size_max", "Largest batch so far"));
        let refused = must(IntCounterVec::new(
            Opts::new("rate_limited_total", "Requests refused by a rate limit"),
            &["limit"],
        ));
        let uptime = must(IntGauge::new("uptime_seconds", "Seconds since start"));
        let password_checks = must(IntCounter::new(
            "password_checks_total",
            "Client secrets hashed to check a login (argon2id)",
        ));
        let vda5050 = must(IntCounterVec::new(
            Opts::new(
                "vda5050_messages_total",
                "VDA 5050 bridge messages by topic and outcome (mapped, published, refused, invalid, unknown_vehicle)",
            ),
            &["topic", "outcome"],
        ));
        let vda5050_broker = must(IntGauge::new(
            "vda5050_broker_connected",
            "1 while the VDA 5050 bridge is connected to its MQTT broker",
        ));
        let location_minutes_until = must(IntGauge::new(
            "location_minutes_built_until_seconds",
            "Unix time before which every vehicle's location minutes are packed for tracks reads",
        ));
        for c in [
            Box::new(vda5050.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(location_minutes_until.clone()),
            Box::new(vda5050_broker.clone()),
            Box::new(requests.clone()),
            Box::new(duration.clone()),
            Box::new(sockets.clone()),
            Box::new(streams.clone()),
            Box::new(commands.clone()),
            Box::new(events.clone()),
            Box::new(relay.clone()),
            Box::new(pool.clone()),
            Box::new(ingest_batches.clone()),
            Box::new(ingest_rows.clone()),
            Box::new(ingest_failed.clone()),
            Box::new(ingest_largest.clone()),
            Box::new(ingest_batch_size.clone()),
            Box::new(refused.clone()),
            Box::new(uptime.clone()),
            Box::new(password_checks.clone()),
        ] {
            registry.register(c).expect("unique metric names");
        }
        Metrics {
            registry,
            requests,
            duration,
            sockets,
            streams,
            commands,
            events,
            relay,
            pool,
            ingest_batches,
            ingest_rows,
            ingest_failed,
            ingest_largest,
            ingest_batch_size,
            refused,
            uptime,
            password_checks,
            vda5050,
            vda5050_broker,
            location_minutes_until,
        }
    }

    /// One finished request.
    pub fn request(&self, operation: &str, status: http::StatusCode, seconds: f64) {
        // The code's own static text: no `String` each request.
        self.requests.with_label_values(&[operation, status.as_str()]).inc();
        self.duration.with_label_values(&[operation]).observe(seconds);
    }

    /// The text exposition, with the sampled values brought up to date.
    pub fn render(&self, now: Sampled) -> String {
        self.pool.with_label_values(&["in_use"]).set(now.pool.0 as i64);
        self.pool.with_label_values(&["max"]).set(now.pool.1 as i64);
        let set = |c: &IntCounter, v: u64| {
            c.reset();
            c.inc_by(v);
        };
        set(&self.ingest_batches, now.batches);
        set(&self.ingest_rows, now.rows);
        set(&self.ingest_failed, now.failed_batches);
        self.ingest_largest.set(now.largest_batch as i64);
        for (limit, n) in now.refused {
            set(&self.refused.with_label_values(&[limit]), n);
        }
        set(&self.events, now.events);
        if let Some((received, dropped, sent, fail_open)) = now.relay {
            set(&self.relay.with_label_values(&["received"]), received);
            set(&self.relay.with_label_values(&["dropped"]), dropped);
            set(&self.relay.with_label_values(&["sent"]), sent);
            set(&self.refused.with_label_values(&["fail_open"]), fail_open);
        }
        self.uptime.set(now.uptime.as_secs() as i64);
        set(&self.password_checks, now.password_checks);
        let mut out = Vec::new();
        TextEncoder::new().encode(&self.registry.gather(), &mut out).expect("text encoding");
        String::from_utf8(out).expect("the text format is UTF-8")
    }
}

/// The values `/metrics` samples from their owners when it is read.
pub struct Sampled {
    /// Database connections in use and the pool's size.
    pub pool: (usize, usize),
    /// The writer's group commits, rows, failed batches and largest batch.
    pub batches: u64,
    pub rows: u64,
    pub failed_batches: u64,
    pub largest_batch: u64,
    /// Requests refused per limit.
    pub refused: Vec<(&'static str, u64)>,
    /// Events published to the live channel.
    pub events: u64,
    /// With Redis: relay messages received, dropped, sent, and limits that failed open.
    pub relay: Option<(u64, u64, u64, u64)>,
    pub uptime: std::time::Duration,
    /// Client secrets hashed so far.
    pub password_checks: u64,
}
