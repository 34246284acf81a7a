//! SQL of clients (the `users` table) and refresh tokens: login lookup,
//! registration, revocation, and refresh-token rotation with family
//! revocation when a rotated token is presented again.

use chrono::{DateTime, Utc};
use tokio_postgres::Row;
use uuid::Uuid;

use super::{Store, StoreError};

/// A client as stored (the secret only as its argon2id hash).
#[derive(Debug, Clone)]
pub struct ClientRow {
    pub id: i64,
    pub client_id: String,
    pub secret_hash: String,
    pub role: String,
    pub vehicle_id: Option<String>,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

const CLIENT_COLUMNS: &str = "id, client_id, secret_hash, role, vehicle_id, created_at, revoked_at";

fn client_row(r: &Row) -> ClientRow {
    ClientRow {
        id: r.get(0),
        client_id: r.get(1),
        secret_hash: r.get(2),
        role: r.get(3),
        vehicle_id: r.get(4),
        created_at: r.get(5),
        revoked_at: r.get(6),
    }
}

/// Why a new client could not be registered.
#[derive(Debug)]
pub enum ClientCreateOutcome {
    Created(ClientRow),
    Exists,
    NoSuchVehicle,
}

/// What presenting a refresh token did.
#[derive(Debug)]
pub enum RefreshOutcome {
    /// The token was current: it is now revoked and `client` gets a new one
    /// in the same `family`.
    Rotated {
        client: ClientRow,
        family: Uuid,
    },
    /// The token was already rotated or revoked: its whole family is now revoked.
    Reused {
        family: Uuid,
    },
    Expired,
    Unknown,
}

/// One audit record written in the same transaction as the change it records.
pub struct Audit<'a> {
    pub actor: &'a str,
    pub action: &'a str,
    pub vehicle_id: Option<&'a str>,
    pub target: Option<&'a str>,
    pub details: serde_json::Value,
    pub request_id: Option<&'a str>,
}

pub(super) async fn write_audit(
    tx: &impl deadpool_postgres::GenericClient,
    a: &Audit<'_>,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO audit_logs (actor, action, vehicle_id, target, details, request_id) \
         VALUES ($1, $2, $3, $4, $5, $6)",
        &[&a.actor, &a.action, &a.vehicle_id, &a.target, &a.details, &a.request_id],
    )
    .await?;
    Ok(())
}

impl Store {
    /// The client with this id, revoked or not.
    pub async fn client_get(&self, client_id: &str) -> Result<Option<ClientRow>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let sql = format!("SELECT {CLIENT_COLUMNS} FROM users WHERE client_id = $1");
            Ok(c.query_opt(&sql, &[&client_id]).await?.as_ref().map(client_row))
        })
        .await
    }

    /// Register a client. A vehicle client's vehicle must exist.
    pub async fn client_create(
        &self,
        client_id: &str,
        role: &str,
        vehicle_id: Option<&str>,
        secret_hash: &str,
        audit: &Audit<'_>,
    ) -> Result<ClientCreateOutcome, StoreError> {
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            if let Some(v) = vehicle_id {
                let found =
                    tx.query_opt("SELECT 1 FROM vehicles WHERE vehicle_id = $1", &[&v]).await?;
                if found.is_none() {
                    return Ok(ClientCreateOutcome::NoSuchVehicle);
                }
            }
            let sql = format!(
                "INSERT INTO users (client_id, secret_hash, role, vehicle_id) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (client_id) DO NOTHING RETURNING {CLIENT_COLUMNS}"
            );
            let row = tx.query_opt(&sql, &[&client_id, &secret_hash, &role, &vehicle_id]).await?;
            let Some(row) = row else { return Ok(ClientCreateOutcome::Exists) };
            write_audit(&tx, audit).await?;
            tx.commit().await?;
            Ok(ClientCreateOutcome::Created(client_row(&row)))
        })
        .await
    }

    /// Make sure the configured first admin exists with this secret hash.
    /// `matches` decides whether an existing hash already fits the secret.
    pub async fn admin_bootstrap(
        &self,
        client_id: &str,
        new_hash: impl Fn() -> String,
        matches: impl Fn(&str) -> bool,
    ) -> Result<&'static str, StoreError> {
        match self.client_get(client_id).await? {
            Some(row) if row.role == "admin" && row.revoked_at.is_none() => {
                if matches(&row.secret_hash) {
                    return Ok("unchanged");
                }
                let c = self.conn().await?;
                c.execute(
                    "UPDATE users SET secret_hash = $2 WHERE client_id = $1",
                    &[&client_id, &new_hash()],
                )
                .await?;
                Ok("secret updated")
            }
            Some(_) => Ok("exists with another role or revoked; left alone"),
            None => {
                let c = self.conn().await?;
                c.execute(
                    "INSERT INTO users (client_id, secret_hash, role) VALUES ($1, $2, 'admin') \
                     ON CONFLICT (client_id) DO NOTHING",
                    &[&client_id, &new_hash()],
                )
                .await?;
                Ok("created")
            }
        }
    }

    /// Clients ordered by id, after `after`.
    pub async fn client_list(
        &self,
        after: Option<&str>,
        limit: i64,
    ) -> Result<Vec<ClientRow>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let sql = format!(
                "SELECT {CLIENT_COLUMNS} FROM users WHERE $1::text IS NULL OR client_id > $1 \
                 ORDER BY client_id LIMIT $2"
            );
            Ok(c.query(&sql, &[&after, &limit]).await?.iter().map(client_row).collect())
        })
        .await
    }

    /// Revoke a client and every refresh token it holds. `None` when unknown.
    pub async fn client_revoke(
        &self,
        client_id: &str,
        audit: &Audit<'_>,
    ) -> Result<Option<ClientRow>, StoreError> {
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            let sql = format!(
                "UPDATE users SET revoked_at = coalesce(revoked_at, now()) WHERE client_id = $1 \
                 RETURNING {CLIENT_COLUMNS}"
            );
            let Some(row) = tx.query_opt(&sql, &[&client_id]).await? else { return Ok(None) };
            let row = client_row(&row);
            tx.execute(
                "UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL",
                &[&row.id],
            )
            .await?;
            write_audit(&tx, audit).await?;
            tx.commit().await?;
            Ok(Some(row))
        })
        .await
    }

    /// Ids of every revoked client (for the in-memory registry).
    pub async fn revoked_clients(&self) -> Result<Vec<String>, StoreError> {
        let c = self.conn().await?;
        let rows = c.query("SELECT client_id FROM users WHERE revoked_at IS NOT NULL", &[]).await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// Logins (refresh-token families) revoked within `within`: their access
    /// tokens may still be unexpired. A family is revoked when its current
    /// token is revoked without a successor (reuse, or the client revoked).
    pub async fn revoked_families(
        &self,
        within: std::time::Duration,
    ) -> Result<Vec<String>, StoreError> {
        let secs = within.as_secs_f64();
        self.with_retry(|| async {
            let rows = self
                .conn()
                .await?
                .query(
                    "SELECT DISTINCT family_id::text FROM refresh_tokens \
                     WHERE revoked_at IS NOT NULL AND replaced_by IS NULL \
                       AND revoked_at > now() - make_interval(secs => $1)",
                    &[&secs],
                )
                .await?;
            Ok(rows.iter().map(|r| r.get(0)).collect())
        })
        .await
    }

    /// Store a new refresh token (its digest) in `family`.
    pub async fn refresh_insert(
        &self,
        user_id: i64,
        family: Uuid,
        digest: &[u8],
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            c.execute(
                "INSERT INTO refresh_tokens (id, family_id, user_id, token_hash, expires_at) \
                 VALUES ($1, $2, $3, $4, $5)",
                &[&Uuid::new_v4(), &family, &user_id, &digest, &expires_at],
            )
            .await?;
            Ok(())
        })
        .await
    }

    /// Present a refresh token: rotate it into `new_digest`, or, when it was
    /// already used, revoke its family. One transaction, row-locked, so two
    /// concurrent presentations cannot both rotate.
    pub async fn refresh_rotate(
        &self,
        digest: &[u8],
        new_digest: &[u8],
        new_expires_at: DateTime<Utc>,
    ) -> Result<RefreshOutcome, StoreError> {
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            let found = tx
                .query_opt(
                    "SELECT t.id, t.family_id, t.expires_at < now(), t.revoked_at IS NOT NULL, \
                            u.revoked_at IS NOT NULL, u.client_id \
                     FROM refresh_tokens t JOIN users u ON u.id = t.user_id \
                     WHERE t.token_hash = $1 FOR UPDATE OF t",
                    &[&digest],
                )
                .await?;
            let Some(r) = found else { return Ok(RefreshOutcome::Unknown) };
            let (id, family): (Uuid, Uuid) = (r.get(0), r.get(1));
            let (expired, used, client_revoked): (bool, bool, bool) =
                (r.get(2), r.get(3), r.get(4));
            let client_id: String = r.get(5);
            if used || client_revoked {
                tx.execute(
                    "UPDATE refresh_tokens SET revoked_at = coalesce(revoked_at, now()) \
                     WHERE family_id = $1",
                    &[&family],
                )
                .await?;
                tx.commit().await?;
                return Ok(RefreshOutcome::Reused { family });
            }
            if expired {
                return Ok(RefreshOutcome::Expired);
            }
            let new_id = Uuid::new_v4();
            let sql = format!("SELECT {CLIENT_COLUMNS} FROM users WHERE client_id = $1");
            let client = client_row(&tx.query_one(&sql, &[&client_id]).await?);
            tx.execute(
                "INSERT INTO refresh_tokens (id, family_id, user_id, token_hash, expires_at) \
                 VALUES ($1, $2, $3, $4, $5)",
                &[&new_id, &family, &client.id, &new_digest, &new_expires_at],
            )
            .await?;
            tx.execute(
                "UPDATE refresh_tokens SET revoked_at = now(), replaced_by = $2 WHERE id = $1",
                &[&id, &new_id],
            )
            .await?;
            tx.commit().await?;
            Ok(RefreshOutcome::Rotated { client, family })
        })
        .await
    }
}
