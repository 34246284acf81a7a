//! Alert notifications to webhooks: every alert change is written to an
//! outbox (one delivery per webhook) and POSTed as JSON, signed with
//! HMAC-SHA256 over `<unix seconds>.<body>` (`X-TVM-Signature:
//! t=<seconds>,v1=<hex>`, the scheme common webhook providers use), retried
//! with exponential backoff for 24 h. Several instances share the outbox.
//! With an SMTP server configured, each newly raised alert is also emailed
//! (by the instance that raised it), retried a few times.

use std::time::Duration;

use chrono::Utc;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::db::Store;
use crate::db::webhooks::{Attempt, Due};
use crate::destinations::Destinations;

/// The signature header.
pub const SIGNATURE: &str = "x-tvm-signature";
/// The delivery id header (the same on every attempt).
pub const DELIVERY: &str = "x-tvm-delivery";
/// The event header.
pub const EVENT: &str = "x-tvm-event";

/// How long a receiver has to answer one attempt.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);
/// First wait after a failed attempt; it doubles up to [`RETRY_MAX`].
const RETRY_FIRST: Duration = Duration::from_secs(1);
/// Longest wait between two attempts.
const RETRY_MAX: Duration = Duration::from_secs(600);
/// How long a delivery is tried before it fails for good (the issue asks for
/// at least an hour; a receiver down over a night still gets it).
const GIVE_UP_AFTER: chrono::Duration = chrono::Duration::hours(24);
/// How often the outbox is read when nothing was due.
const POLL: Duration = Duration::from_millis(500);
/// Deliveries claimed at once, and attempts in flight.
const BATCH: i64 = 32;

/// `v1` of the signature: hex HMAC-SHA256 with `secret` over `<t>.<body>`.
pub fn sign(secret: &str, t: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key");
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

/// The wait before attempt `attempts + 1` after `attempts` failed ones.
fn backoff(attempts: i32) -> Duration {
    let doublings = attempts.clamp(1, 20) as u32 - 1;
    (RETRY_FIRST * 2u32.pow(doublings)).min(RETRY_MAX)
}

/// Deliver the outbox until shutdown.
pub async fn deliver_forever(
    store: Store,
    destinations: Destinations,
    log: slog::Logger,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    // Names resolve only to the addresses webhooks may reach; redirects are
    // not followed (they could lead anywhere).
    let http = reqwest::Client::builder()
        .timeout(ATTEMPT_TIMEOUT)
        .dns_resolver(destinations.resolver())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("an HTTP client builds");
    let mut failing = false;
    loop {
        let due = match store.webhook_claim(BATCH, ATTEMPT_TIMEOUT.as_secs_f64() * 3.0).await {
            Ok(due) => {
                failing = false;
                due
            }
            Err(e) => {
                if !failing {
                    slog::warn!(log, "webhook outbox unreadable; retrying"; "cause" => crate::db::error_chain(&e));
                }
                failing = true;
                Vec::new()
            }
        };
        if due.is_empty() {
            tokio::select! {
                _ = tokio::time::sleep(POLL) => continue,
                _ = stop.changed() => return,
            }
        }
        let attempts = due.into_iter().map(|d| attempt(&http, &destinations, &store, &log, d));
        futures::future::join_all(attempts).await;
    }
}

/// One attempt of one delivery, recorded.
async fn attempt(
    http: &reqwest::Client,
    destinations: &Destinations,
    store: &Store,
    log: &slog::Logger,
    d: Due,
) {
    let body = serde_json::to_vec(&d.body).expect("stored JSON serializes");
    let t = Utc::now().timestamp();
    let signature = format!("t={t},v1={}", sign(&d.secret, t, &body));
    // Why there is no answer, if there is none.
    let sent = match destinations.refuses_address_in(&d.url) {
        Some(why) => Err(format!("not sent: {why}")),
        None => http
            .post(&d.url)
            .header(http::header::CONTENT_TYPE, "application/json")
            .header(EVENT, "alert")
            .header(DELIVERY, d.delivery_id.to_string())
            .header(SIGNATURE, signature)
            .body(body)
            .send()
            .await
            .map_err(|e| format!("no answer: {}", crate::db::error_chain(&e))),
    };
    let retry_at = || {
        let next =
            Utc::now() + chrono::Duration::from_std(backoff(d.attempts + 1)).unwrap_or_default();
        (next < d.created_at + GIVE_UP_AFTER).then_some(next)
    };
    let (error, outcome);
    match sent {
        Ok(r) if r.status().is_success() => {
            outcome = Attempt::Delivered { status_code: i32::from(r.status().as_u16()) };
        }
        Ok(r) => {
            error = format!("the receiver answered {}", r.status());
            let status_code = Some(i32::from(r.status().as_u16()));
            outcome = Attempt::Failed { status_code, error: &error, retry_at: retry_at() };
        }
        Err(why) => {
            error = why;
            outcome = Attempt::Failed { status_code: None, error: &error, retry_at: retry_at() };
        }
    }
    if let Attempt::Failed { retry_at: None, error, .. } = &outcome {
        slog::warn!(log, "webhook delivery failed for good"; "delivery" => d.delivery_id.to_string(), "cause" => *error);
    }
    if let Err(e) = store.webhook_attempted(d.delivery_id, &outcome).await {
        // The lease runs out and the delivery is tried again: at least once.
        slog::warn!(log, "webhook attempt not recorded"; "cause" => crate::db::error_chain(&e));
    }
}

/// Attempts of one alert email.
const MAIL_ATTEMPTS: u32 = 4;

/// Email each newly raised alert published here to the configured
/// addresses, until shutdown.
pub async fn mail_forever(
    config: crate::config::EmailConfig,
    bus: crate::events::Bus,
    log: slog::Logger,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
    let transport = match AsyncSmtpTransport::<Tokio1Executor>::from_url(&config.smtp_url) {
        Ok(b) => b.timeout(Some(ATTEMPT_TIMEOUT)).build(),
        Err(e) => {
            slog::error!(log, "alert emails off: TVM_SMTP_URL unusable"; "cause" => e.to_string());
            return;
        }
    };
    let (tx, mut rx) = tokio::sync::mpsc::channel::<crate::models::Alert>(1024);
    bus.local_alerts_to(tx);
    loop {
        let alert = tokio::select! {
            a = rx.recv() => match a { Some(a) => a, None => return },
            _ = stop.changed() => return,
        };
        if alert.status != crate::models::AlertStatus::Open || alert.count.get() != 1 {
            continue; // repeats, acknowledgements and clearings go to webhooks only
        }
        let mut message = Message::builder()
            .from(config.from.parse().expect("checked at start"))
            .subject(format!("[TVM {}] {}", alert.severity, alert.message));
        for to in &config.to {
            message = message.to(to.parse().expect("checked at start"));
        }
        let body = format!(
            "{}\n\nvehicle: {}\nkind: {}\nseverity: {}\nraised at: {}\nalert: {}\n",
            alert.message,
            alert.vehicle_id.as_str(),
            alert.kind,
            alert.severity,
            crate::validate::rules::rfc3339(alert.raised_at),
            alert.alert_id
        );
        let Ok(email) = message.body(body) else { continue };
        let mut wait = RETRY_FIRST;
        for attempt in 1..=MAIL_ATTEMPTS {
            match transport.send(email.clone()).await {
                Ok(_) => break,
                Err(e) if attempt == MAIL_ATTEMPTS => {
                    slog::warn!(log, "alert email not sent"; "alert_id" => alert.alert_id.to_string(), "cause" => e.to_string());
                }
                Err(_) => {
                    tokio::time::sleep(wait).await;
                    wait *= 2;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_hmac_sha256_over_the_timestamp_a_dot_and_the_body() {
        // Computed independently: python3 -c "import hmac, hashlib;
        // print(hmac.new(b'key', b'1700000000.{}', hashlib.sha256).hexdigest())"
        assert_eq!(
            sign("key", 1_700_000_000, b"{}"),
            "9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae"
        );
        assert_ne!(sign("key", 1_700_000_001, b"{}"), sign("key", 1_700_000_000, b"{}"));
    }

    #[test]
    fn retries_double_from_one_second_up_to_ten_minutes() {
        assert_eq!(backoff(1), Duration::from_secs(1));
        assert_eq!(backoff(2), Duration::from_secs(2));
        assert_eq!(backoff(5), Duration::from_secs(16));
        assert_eq!(backoff(30), RETRY_MAX);
    }
}
