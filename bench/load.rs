//! Load shapes for the benchmark: closed-loop (C connections as fast as
//! they can) and open-loop (a fixed request rate, latency counted from when
//! each request was due, so a slow server shows up as latency, not as less
//! load), with latency percentiles. Requests go over plain keep-alive
//! HTTP/1.1 connections (hyper's client connection, one per task, bodies
//! and headers made once): the generator shares the machine's cores with
//! the server, so every microsecond it spends is one the server loses.

use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::header::{AUTHORIZATION, CONTENT_TYPE, HOST};
use http::{HeaderValue, Method, Request};
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;

/// No answer within this is a failed request.
const TIMEOUT: Duration = Duration::from_secs(10);

/// What a load run measured.
#[derive(Debug, Default, Clone)]
pub struct Measured {
    pub ok: u64,
    pub failed: u64,
    pub seconds: f64,
    /// Latencies of successful requests, microseconds, sorted.
    pub latencies: Vec<u64>,
    /// An open loop's successful requests as (when due, ms after the
    /// measured start; latency, µs), in no order: where in the run the slow
    /// ones were.
    pub timeline: Vec<(u32, u64)>,
}

impl Measured {
    pub fn rate(&self) -> f64 {
        self.ok as f64 / self.seconds.max(1e-9)
    }

    /// Percentile in milliseconds.
    pub fn p(&self, q: f64) -> f64 {
        if self.latencies.is_empty() {
            return f64::NAN;
        }
        self.latencies[((self.latencies.len() as f64 * q) as usize).min(self.latencies.len() - 1)]
            as f64
            / 1e3
    }

    /// The run cut into windows of `ms`, slowest first by their 99th
    /// percentile: (window start in seconds, requests, p50 and p99 in ms).
    pub fn windows(&self, ms: u32) -> Vec<(f64, usize, f64, f64)> {
        let mut by: std::collections::BTreeMap<u32, Vec<u64>> = Default::default();
        for &(at, latency) in &self.timeline {
            by.entry(at / ms).or_default().push(latency);
        }
        let mut out: Vec<_> = by
            .into_iter()
            .map(|(w, mut latencies)| {
                latencies.sort_unstable();
                let window = Measured { latencies, ..Default::default() };
                (f64::from(w * ms) / 1e3, window.latencies.len(), window.p(0.5), window.p(0.99))
            })
            .collect();
        out.sort_by(|a, b| b.3.total_cmp(&a.3));
        out
    }

    /// Add another task's counts and latencies to these.
    fn absorb(&mut self, other: Measured) {
        self.ok += other.ok;
        self.failed += other.failed;
        self.latencies.extend(other.latencies);
        self.timeline.extend(other.timeline);
    }

    /// Close a run that began at `started`: its length, latencies sorted.
    fn finish(mut self, started: Instant) -> Measured {
        self.seconds = started.elapsed().as_secs_f64();
        self.latencies.sort_unstable();
        self
    }

    fn note(&mut self, ok: bool, since: Instant) {
        if ok {
            self.ok += 1;
            self.latencies.push(since.elapsed().as_micros() as u64);
        } else {
            self.failed += 1;
        }
    }
}

/// A location report at now for vehicle `v`, as JSON (the body both
/// servers get).
pub fn location(v: usize) -> serde_json::Value {
    serde_json::from_slice(&location_body(v)).expect("valid JSON")
}

/// `location(v)` rendered, without building a JSON tree first.
pub fn location_body(v: usize) -> Bytes {
    let mut s = String::with_capacity(160);
    let _ = write!(
        s,
        r#"{{"timestamp":"{}","latitude":{},"longitude":13.4,"heading":90.0,"speed":2.0,"accuracy":1.0}}"#,
        chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        52.0 + (v % 1000) as f64 * 1e-4
    );
    Bytes::from(s)
}

/// Where each vehicle posts its location, with its `Authorization` value.
pub struct Targets {
    server: SocketAddr,
    host: HeaderValue,
    vehicles: Vec<(String, HeaderValue)>,
}

impl Targets {
    /// `base` is `http://ip:port`; `tokens` are (vehicle id, bearer token).
    pub fn new(base: &str, tokens: &[(String, String)]) -> Arc<Targets> {
        let authority = base.strip_prefix("http://").unwrap_or(base);
        Arc::new(Targets {
            server: authority.parse().expect("the base is http://ip:port"),
            host: HeaderValue::from_str(authority).expect("valid host"),
            vehicles: tokens
                .iter()
                .map(|(v, t)| {
                    let auth = HeaderValue::from_str(&format!("Bearer {t}")).expect("valid token");
                    (format!("/api/v1/vehicle/{v}/location"), auth)
                })
                .collect(),
        })
    }

    pub fn len(&self) -> usize {
        self.vehicles.len()
    }
}

/// One keep-alive connection, opened when first needed and again after
/// a failure.
#[derive(Default)]
pub struct Connection {
    send: Option<SendRequest<Full<Bytes>>>,
}

impl Connection {
    /// Post vehicle `k`'s location (`k` modulo the fleet); true on a 2xx.
    async fn post_location(&mut self, to: &Targets, k: usize) -> bool {
        let (path, auth) = &to.vehicles[k % to.vehicles.len()];
        let r = tokio::time::timeout(TIMEOUT, self.post(to, path, auth, location_body(k))).await;
        let ok = matches!(r, Ok(Ok(true)));
        if !matches!(r, Ok(Ok(_))) {
            self.send = None;
        }
        ok
    }

    /// Open the connection if it is not open (a failure is left for the
    /// first request to meet).
    async fn open(&mut self, to: &Targets) -> Result<(), String> {
        if self.send.as_ref().is_none_or(|s| s.is_closed()) {
            let tcp = tokio::net::TcpStream::connect(to.server).await.map_err(|e| e.to_string())?;
            tcp.set_nodelay(true).map_err(|e| e.to_string())?;
            let (send, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tcp))
                .await
                .map_err(|e| e.to_string())?;
            tokio::spawn(conn);
            self.send = Some(send);
        }
        Ok(())
    }

    async fn post(
        &mut self,
        to: &Targets,
        path: &str,
        auth: &HeaderValue,
        body: Bytes,
    ) -> Result<bool, String> {
        self.open(to).await?;
        let send = self.send.as_mut().expect("just opened");
        send.ready().await.map_err(|e| e.to_string())?;
        let request = Request::builder()
            .method(Method::POST)
            .uri(path)
            .header(HOST, to.host.clone())
            .header(AUTHORIZATION, auth.clone())
            .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
            .body(Full::new(body))
            .map_err(|e| e.to_string())?;
        let answer = send.send_request(request).await.map_err(|e| e.to_string())?;
        let ok = answer.status().is_success();
        // Read the body to its end so the connection can carry the next request.
        answer.into_body().collect().await.map_err(|e| e.to_string())?;
        Ok(ok)
    }
}

/// `connections` loops posting locations for the vehicles of `to` as fast
/// as answers come, for `seconds`.
pub async fn closed_loop(to: Arc<Targets>, connections: usize, seconds: f64) -> Measured {
    let deadline = Instant::now() + Duration::from_secs_f64(seconds);
    let started = Instant::now();
    let tasks: Vec<_> = (0..connections)
        .map(|c| {
            let to = to.clone();
            tokio::spawn(async move {
                let mut m = Measured::default();
                let mut conn = Connection::default();
                let mut k = c;
                while Instant::now() < deadline {
                    let t = Instant::now();
                    let ok = conn.post_location(&to, k).await;
                    m.note(ok, t);
                    k += connections;
                }
                m
            })
        })
        .collect();
    merge(tasks, started).await
}

/// Every vehicle posts one location a second (spread evenly over the
/// second), for `seconds`, over `connections` connections (request `k`
/// goes on connection `k % connections`, in order). Latency is counted
/// from when a request was due, not when it could be sent, so a server
/// that falls behind shows it in the percentiles.
///
/// The step is measured after a lead-in of [`LEAD_IN`] at its rate, and
/// `measuring` is told when that starts (the CPU counted is from then).
pub async fn open_loop(
    to: Arc<Targets>,
    seconds: f64,
    connections: usize,
    measuring: tokio::sync::oneshot::Sender<()>,
) -> Measured {
    let mut conns: Vec<Connection> = (0..connections).map(|_| Connection::default()).collect();
    open_loop_on(&mut conns, to, seconds, LEAD_IN, Some(measuring)).await
}

/// How long a 1 Hz step runs at its rate before it is measured. A step
/// starts from idle right after a forced checkpoint, which a running fleet
/// never does: at 17,500 vehicles, its first 100 ms of requests waited up
/// to 88 ms, and those alone were more than a 5 s step's slowest 1 %.
pub const LEAD_IN: Duration = Duration::from_secs(1);

/// `open_loop` on given connections (a soak keeps them across its
/// intervals, as a real fleet keeps its connections open). Connections not
/// open yet are opened before the clock starts, 64 at a time: a fleet's
/// vehicles keep theirs open, and a thousand opened within the step's
/// first 70 ms overflowed the bare endpoint's accept queue (SYNs resent
/// after a second: its p99 at 15,000 vehicles was 750–890 ms).
/// Requests due in the first `lead` are sent but not measured; `measuring`
/// is told when the measured part starts.
pub async fn open_loop_on(
    conns: &mut Vec<Connection>,
    to: Arc<Targets>,
    seconds: f64,
    lead: Duration,
    measuring: Option<tokio::sync::oneshot::Sender<()>>,
) -> Measured {
    use futures::StreamExt as _;
    futures::stream::iter(conns.iter_mut())
        .for_each_concurrent(64, |c| async {
            let _ = c.open(&to).await;
        })
        .await;
    let n = to.len();
    let total = ((seconds + lead.as_secs_f64()) * n as f64) as usize;
    let m = conns.len().max(1);
    let started = Instant::now();
    let from = started + lead;
    if let Some(tx) = measuring {
        tokio::spawn(async move {
            tokio::time::sleep_until(from.into()).await;
            let _ = tx.send(());
        });
    }
    let tasks: Vec<_> = std::mem::take(conns)
        .into_iter()
        .enumerate()
        .map(|(c, mut conn)| {
            let to = to.clone();
            tokio::spawn(async move {
                let mut out = Measured::default();
                for k in (c..total).step_by(m) {
                    let due = started + Duration::from_secs_f64(k as f64 / n as f64);
                    tokio::time::sleep_until(due.into()).await;
                    let ok = conn.post_location(&to, k).await;
                    if due >= from {
                        out.note(ok, due);
                        if ok && let Some(&latency) = out.latencies.last() {
                            let at = (due - from).as_millis() as u32;
                            out.timeline.push((at, latency));
                        }
                    } else if !ok {
                        out.failed += 1;
                    }
                }
                (out, conn)
            })
        })
        .collect();
    let mut all = Measured::default();
    for t in tasks {
        let (m, conn) = t.await.expect("load task");
        all.absorb(m);
        conns.push(conn);
    }
    all.finish(from)
}

async fn merge(tasks: Vec<tokio::task::JoinHandle<Measured>>, started: Instant) -> Measured {
    let mut all = Measured::default();
    for t in tasks {
        all.absorb(t.await.expect("load task"));
    }
    all.finish(started)
}
