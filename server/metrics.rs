//! `/metrics` in the Prometheus text format: requests by operation and
//! status with durations, open sockets and streams, connection-pool use,
//! ingest batches, command outcomes, rate-limit refusals and published
//! events. One registry per server (tests run several in one process).

use dropshot::Body;
use prometheus::{
    Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge,
    IntGaugeVec, Opts, Registry, TextEncoder,
};

use crate::context::ServerCtx;

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
        for c in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
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
        }
    }

    /// One finished request.
    pub fn request(&self, operation: &str, status: u16, seconds: f64) {
        self.requests.with_label_values(&[operation, &status.to_string()]).inc();
        self.duration.with_label_values(&[operation]).observe(seconds);
    }

    /// The text exposition, with the sampled values brought up to date.
    pub fn render(&self, ctx: &ServerCtx) -> String {
        let (in_use, max) = ctx.store.pool_usage();
        self.pool.with_label_values(&["in_use"]).set(in_use as i64);
        self.pool.with_label_values(&["max"]).set(max as i64);
        let w = &ctx.writer.stats;
        let set = |c: &IntCounter, v: u64| {
            c.reset();
            c.inc_by(v);
        };
        use std::sync::atomic::Ordering::Relaxed;
        set(&self.ingest_batches, w.batches.load(Relaxed));
        set(&self.ingest_rows, w.rows.load(Relaxed));
        set(&self.ingest_failed, w.failed_batches.load(Relaxed));
        self.ingest_largest.set(w.largest_batch.load(Relaxed) as i64);
        for (limit, n) in ctx.limits.refused() {
            let c = self.refused.with_label_values(&[limit]);
            c.reset();
            c.inc_by(n);
        }
        set(&self.events, ctx.bus.published());
        if let Some(c) = &ctx.cluster {
            set(&self.relay.with_label_values(&["received"]), c.received.load(Relaxed));
            let dropped = c.dropped.load(Relaxed) + ctx.bus.relay_dropped();
            set(&self.relay.with_label_values(&["dropped"]), dropped);
            set(&self.relay.with_label_values(&["sent"]), c.sent.load(Relaxed));
            let fail_open = self.refused.with_label_values(&["fail_open"]);
            set(&fail_open, ctx.limits.failed_open());
        }
        self.uptime.set(ctx.started.elapsed().as_secs() as i64);
        let mut out = Vec::new();
        TextEncoder::new().encode(&self.registry.gather(), &mut out).expect("text encoding");
        String::from_utf8(out).expect("the text format is UTF-8")
    }
}

/// The `/metrics` answer (served by `crate::front`, outside the API).
pub fn page(ctx: &ServerCtx) -> http::Response<Body> {
    let text = ctx.metrics.render(ctx);
    http::Response::builder()
        .header(http::header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")
        .body(text.into())
        .expect("valid response")
}
