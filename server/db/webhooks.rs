//! SQL of webhooks and their outbox: registering and removing receivers
//! (audited), one delivery row per receiver for each alert change, claiming
//! due deliveries (several instances share them: `FOR UPDATE SKIP LOCKED`
//! and a lease), recording each attempt, and the delivery log.

use chrono::{DateTime, Utc};
use tokio_postgres::Row;
use uuid::Uuid;

use super::auth::{Audit, write_audit};
use super::{Store, StoreError, stored};
use crate::models::{Webhook, WebhookDelivery};

const DELIVERY_COLUMNS: &str = "delivery_id, webhook_id, alert_id, status, attempts, \
                                last_status_code, last_error, next_attempt_at, delivered_at, created_at";

fn webhook(r: &Row) -> Webhook {
    Webhook { webhook_id: r.get(0), url: r.get(1), description: r.get(2), created_at: r.get(3) }
}

fn delivery(r: &Row) -> Result<WebhookDelivery, StoreError> {
    let status: String = r.get(3);
    Ok(WebhookDelivery {
        delivery_id: r.get(0),
        webhook_id: r.get(1),
        alert_id: r.get(2),
        status: stored(&status)?,
        attempts: r.get::<_, i32>(4).max(0) as u64,
        last_status_code: r.get::<_, Option<i32>>(5).map(i64::from),
        last_error: r.get(6),
        next_attempt_at: (status == "pending").then(|| r.get(7)),
        delivered_at: r.get(8),
        created_at: r.get(9),
    })
}

/// A delivery claimed for one attempt.
pub struct Due {
    pub delivery_id: Uuid,
    pub url: String,
    pub secret: String,
    pub body: serde_json::Value,
    pub attempts: i32,
    pub created_at: DateTime<Utc>,
}

/// What one attempt did.
pub enum Attempt<'a> {
    Delivered {
        status_code: i32,
    },
    /// Failed; tried again at `retry_at`, or never (`None`: given up).
    Failed {
        status_code: Option<i32>,
        error: &'a str,
        retry_at: Option<DateTime<Utc>>,
    },
}

impl Store {
    pub async fn webhook_create(
        &self,
        url: &str,
        description: Option<&str>,
        secret: &str,
        audit: &Audit<'_>,
    ) -> Result<Webhook, StoreError> {
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            let r = tx
                .query_one(
                    "INSERT INTO webhooks (webhook_id, url, description, secret) VALUES ($1, $2, $3, $4) \
                     RETURNING webhook_id, url, description, created_at",
                    &[&Uuid::new_v4(), &url, &description, &secret],
                )
                .await?;
            write_audit(&tx, audit).await?;
            tx.commit().await?;
            Ok(webhook(&r))
        })
        .await
    }

    pub async fn webhook_list(&self) -> Result<Vec<Webhook>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let rows = c
                .query(
                    "SELECT webhook_id, url, description, created_at FROM webhooks \
                     WHERE deleted_at IS NULL ORDER BY created_at, webhook_id",
                    &[],
                )
                .await?;
            Ok(rows.iter().map(webhook).collect())
        })
        .await
    }

    /// Remove a webhook (its pending deliveries fail); false if unknown.
    pub async fn webhook_delete(&self, id: Uuid, audit: &Audit<'_>) -> Result<bool, StoreError> {
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            let n = tx
                .execute(
                    "UPDATE webhooks SET deleted_at = now() WHERE webhook_id = $1 AND deleted_at IS NULL",
                    &[&id],
                )
                .await?;
            if n == 0 {
                return Ok(false);
            }
            tx.execute(
                "UPDATE webhook_deliveries SET status = 'failed', last_error = 'webhook removed' \
                 WHERE webhook_id = $1 AND status = 'pending'",
                &[&id],
            )
            .await?;
            write_audit(&tx, audit).await?;
            tx.commit().await?;
            Ok(true)
        })
        .await
    }

    /// Whether a webhook exists (removed ones included: their log stays).
    pub async fn webhook_exists(&self, id: Uuid) -> Result<bool, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            Ok(c.query_opt("SELECT 1 FROM webhooks WHERE webhook_id = $1", &[&id]).await?.is_some())
        })
        .await
    }

    /// One delivery per webhook for an alert change (`body` is the alert).
    pub async fn webhook_enqueue(
        &self,
        alert_id: Uuid,
        body: &serde_json::Value,
    ) -> Result<u64, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            Ok(c.execute(
                "INSERT INTO webhook_deliveries (delivery_id, webhook_id, alert_id, body) \
                 SELECT gen_random_uuid(), webhook_id, $1, $2 FROM webhooks WHERE deleted_at IS NULL",
                &[&alert_id, body],
            )
            .await?)
        })
        .await
    }

    /// Claim up to `limit` due deliveries for one attempt each; a claim is a
    /// lease of `lease_s` seconds (an instance that dies mid-attempt lets
    /// another try after it).
    pub async fn webhook_claim(&self, limit: i64, lease_s: f64) -> Result<Vec<Due>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let rows = c
                .query(
                    "UPDATE webhook_deliveries d SET next_attempt_at = now() + make_interval(secs => $2) \
                     FROM webhooks w WHERE w.webhook_id = d.webhook_id AND d.delivery_id IN ( \
                       SELECT delivery_id FROM webhook_deliveries WHERE status = 'pending' \
                       AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED) \
                     RETURNING d.delivery_id, w.url, w.secret, d.body, d.attempts, d.created_at",
                    &[&limit, &lease_s],
                )
                .await?;
            Ok(rows
                .iter()
                .map(|r| Due {
                    delivery_id: r.get(0),
                    url: r.get(1),
                    secret: r.get(2),
                    body: r.get(3),
                    attempts: r.get(4),
                    created_at: r.get(5),
                })
                .collect())
        })
        .await
    }

    /// Record one attempt of a delivery.
    pub async fn webhook_attempted(&self, id: Uuid, a: &Attempt<'_>) -> Result<(), StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            match a {
                Attempt::Delivered { status_code } => {
                    c.execute(
                        "UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, \
                         last_status_code = $2, last_error = NULL, delivered_at = now() WHERE delivery_id = $1",
                        &[&id, status_code],
                    )
                    .await?
                }
                Attempt::Failed { status_code, error, retry_at } => {
                    c.execute(
                        "UPDATE webhook_deliveries SET attempts = attempts + 1, last_status_code = $2, \
                         last_error = $3, status = CASE WHEN $4::timestamptz IS NULL THEN 'failed' ELSE status END, \
                         next_attempt_at = coalesce($4, next_attempt_at) WHERE delivery_id = $1 AND status = 'pending'",
                        &[&id, status_code, error, retry_at],
                    )
                    .await?
                }
            };
            Ok(())
        })
        .await
    }

    /// A webhook's deliveries, newest first, with each one's sort key.
    pub async fn webhook_deliveries(
        &self,
        webhook_id: Uuid,
        before: Option<(DateTime<Utc>, Uuid)>,
        limit: i64,
    ) -> Result<Vec<(WebhookDelivery, (DateTime<Utc>, Uuid))>, StoreError> {
        let (bt, bid) = match before {
            Some((t, id)) => (Some(t), Some(id)),
            None => (None, None),
        };
        let sql = format!(
            "SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries WHERE webhook_id = $1 \
             AND ($2::timestamptz IS NULL OR (created_at, delivery_id) < ($2, $3)) \
             ORDER BY created_at DESC, delivery_id DESC LIMIT $4"
        );
        self.with_retry(|| async {
            let c = self.conn().await?;
            let rows = c.query(&sql, &[&webhook_id, &bt, &bid, &limit]).await?;
            rows.iter()
                .map(|r| {
                    let d = delivery(r)?;
                    let key = (d.created_at, d.delivery_id);
                    Ok((d, key))
                })
                .collect()
        })
        .await
    }
}
