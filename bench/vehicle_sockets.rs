//! Vehicles reporting over their own sockets: each holds `/ws/vehicle/{id}`
//! open and sends a `location` message once a second (the fleet's sends
//! spread evenly over the second), as a robot streaming its telemetry does.
//! A stored report gets no answer; one that is not stored gets
//! `socket_error`, which is counted, as is a send that fails.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use futures::stream::SplitSink;
use futures::{SinkExt, StreamExt};
use tokio::sync::oneshot;
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message;
use tvm::sockets::{VehicleInboundType, VehicleOutboundType};

use crate::{Ws, load, socket};

/// Sockets opened at a time (a fleet connecting at once would be refused
/// as a storm, which is not what this measures).
const OPENING: usize = 64;

/// The open sockets: where each vehicle sends, and what came back.
pub struct Fleet {
    senders: Vec<(usize, SplitSink<Ws, Message>)>,
    readers: Vec<tokio::task::JoinHandle<()>>,
    socket_errors: Arc<AtomicU64>,
    /// Why the sockets that could not be opened were refused.
    pub refused: Vec<String>,
}

/// What a reporting step sent and what went wrong.
pub struct Sent {
    /// Messages sent inside the measured span.
    pub measured: u64,
    /// Messages sent in all, lead-in included.
    pub all: u64,
    /// Sends that failed (the socket broke).
    pub failed: u64,
    /// `socket_error` answers: reports the server did not store.
    pub socket_errors: u64,
}

/// Open a socket for each of `tokens`' vehicles on `base`; those refused
/// are counted (`Fleet::refused`).
pub async fn open(base: &str, tokens: &[(String, String)]) -> Fleet {
    let socket_errors = Arc::new(AtomicU64::new(0));
    let opened: Vec<Result<(usize, Ws), String>> =
        futures::stream::iter(tokens.iter().enumerate().map(|(v, (vehicle, token))| async move {
            Ok((v, socket(base, &format!("/ws/vehicle/{vehicle}"), token).await?))
        }))
        .buffer_unordered(OPENING)
        .collect()
        .await;
    let (mut senders, mut readers, mut refused) = (Vec::new(), Vec::new(), Vec::new());
    for ws in opened {
        let (v, ws) = match ws {
            Ok(opened) => opened,
            Err(e) => {
                refused.push(e);
                continue;
            }
        };
        let (tx, mut rx) = ws.split();
        let errors = socket_errors.clone();
        // Reading also answers the server's pings.
        readers.push(tokio::spawn(async move {
            let socket_error =
                format!("\"type\":\"{}\"", VehicleOutboundType::SocketError.as_str());
            while let Some(Ok(m)) = rx.next().await {
                if let Message::Text(t) = m
                    && t.as_str().contains(&socket_error)
                {
                    errors.fetch_add(1, Ordering::Relaxed);
                }
            }
        }));
        senders.push((v, tx));
    }
    Fleet { senders, readers, socket_errors, refused }
}

impl Fleet {
    /// Sockets open.
    pub fn opened(&self) -> usize {
        self.senders.len()
    }

    /// Every vehicle sends one location a second for `load::LEAD_IN`, then
    /// for `seconds` more; `measuring` is told when the measured span starts.
    pub async fn report(&mut self, seconds: f64, measuring: oneshot::Sender<()>) -> Sent {
        let n = self.senders.len().max(1);
        let start = Instant::now() + Duration::from_millis(100);
        let measured_from = start + load::LEAD_IN;
        let until = measured_from + Duration::from_secs_f64(seconds);
        let (measured, all, failed) =
            (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)), AtomicU64::new(0));
        let errors_before = self.socket_errors.load(Ordering::Relaxed);
        let signal = async move {
            tokio::time::sleep_until(measured_from).await;
            let _ = measuring.send(());
        };
        let sends =
            futures::future::join_all(self.senders.iter_mut().enumerate().map(|(k, (v, tx))| {
                let (measured, all, failed) = (&measured, &all, &failed);
                async move {
                    let offset = Duration::from_secs_f64(k as f64 / n as f64);
                    let mut tick = tokio::time::interval_at(start + offset, Duration::from_secs(1));
                    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                    let mut seq = 0u64;
                    loop {
                        let at = tick.tick().await;
                        if at >= until {
                            break;
                        }
                        seq += 1;
                        if tx.send(Message::text(message(*v, seq))).await.is_err() {
                            failed.fetch_add(1, Ordering::Relaxed);
                            break;
                        }
                        all.fetch_add(1, Ordering::Relaxed);
                        if at >= measured_from {
                            measured.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
            }));
        tokio::join!(signal, sends);
        // The last reports' answers, if any, arrive within a moment.
        tokio::time::sleep(Duration::from_millis(500)).await;
        Sent {
            measured: measured.load(Ordering::Relaxed),
            all: all.load(Ordering::Relaxed),
            failed: failed.load(Ordering::Relaxed),
            socket_errors: self.socket_errors.load(Ordering::Relaxed) - errors_before,
        }
    }

    /// Close every socket.
    pub async fn close(self) {
        for (_, mut tx) in self.senders {
            let _ = tx.close().await;
        }
        for r in self.readers {
            r.abort();
        }
    }

    /// Whether every report of `sent` was stored: none refused, no send
    /// failed, and `stored` rows (counted in the database) for them all.
    pub fn all_stored(sent: &Sent, stored: i64) -> Result<(), String> {
        if sent.socket_errors > 0 || sent.failed > 0 || stored != sent.all as i64 {
            return Err(format!(
                "{} socket reports sent, {stored} stored ({} socket_error, {} failed sends)",
                sent.all, sent.socket_errors, sent.failed
            ));
        }
        Ok(())
    }
}

/// Vehicle `v`'s location message number `seq`, at now.
fn message(v: usize, seq: u64) -> String {
    let body = load::location_body(v);
    format!(
        r#"{{"type":"{}","id":"{seq}","timestamp":"{}","payload":{}}}"#,
        VehicleInboundType::Location.as_str(),
        chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        String::from_utf8_lossy(&body)
    )
}
