//! SQL of the vehicle registry: register, rename, decommission, look up.
//! Every admin change is audited in its own transaction.

use chrono::{DateTime, Utc};
use tokio_postgres::Row;

use super::auth::{Audit, write_audit};
use super::{Store, StoreError};

/// A registered vehicle as stored.
#[derive(Debug, Clone)]
pub struct VehicleRow {
    pub vehicle_id: String,
    pub name: Option<String>,
    pub created_at: DateTime<Utc>,
    pub decommissioned_at: Option<DateTime<Utc>>,
}

const VEHICLE_COLUMNS: &str = "vehicle_id, name, created_at, decommissioned_at";

fn vehicle_row(r: &Row) -> VehicleRow {
    VehicleRow {
        vehicle_id: r.get(0),
        name: r.get(1),
        created_at: r.get(2),
        decommissioned_at: r.get(3),
    }
}

impl Store {
    pub async fn vehicle_get(&self, vehicle_id: &str) -> Result<Option<VehicleRow>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let sql = format!("SELECT {VEHICLE_COLUMNS} FROM vehicles WHERE vehicle_id = $1");
            Ok(c.query_opt(&sql, &[&vehicle_id]).await?.as_ref().map(vehicle_row))
        })
        .await
    }

    /// Register a vehicle; `None` when the id is taken.
    pub async fn vehicle_create(
        &self,
        vehicle_id: &str,
        name: Option<&str>,
        audit: &Audit<'_>,
    ) -> Result<Option<VehicleRow>, StoreError> {
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            let sql = format!(
                "INSERT INTO vehicles (vehicle_id, name) VALUES ($1, $2) \
                 ON CONFLICT (vehicle_id) DO NOTHING RETURNING {VEHICLE_COLUMNS}"
            );
            let Some(row) = tx.query_opt(&sql, &[&vehicle_id, &name]).await? else {
                return Ok(None);
            };
            write_audit(&tx, audit).await?;
            tx.commit().await?;
            Ok(Some(vehicle_row(&row)))
        })
        .await
    }

    /// Rename a vehicle (`name: None` leaves it). `None` when unknown.
    pub async fn vehicle_update(
        &self,
        vehicle_id: &str,
        name: Option<&str>,
        audit: &Audit<'_>,
    ) -> Result<Option<VehicleRow>, StoreError> {
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            let sql = format!(
                "UPDATE vehicles SET name = coalesce($2, name) WHERE vehicle_id = $1 \
                 RETURNING {VEHICLE_COLUMNS}"
            );
            let Some(row) = tx.query_opt(&sql, &[&vehicle_id, &name]).await? else {
                return Ok(None);
            };
            write_audit(&tx, audit).await?;
            tx.commit().await?;
            Ok(Some(vehicle_row(&row)))
        })
        .await
    }

    /// Take a vehicle out of service (its history stays) and revoke its
    /// clients. `None` when unknown.
    pub async fn vehicle_decommission(
        &self,
        vehicle_id: &str,
        audit: &Audit<'_>,
    ) -> Result<Option<(VehicleRow, Vec<String>)>, StoreError> {
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            let sql = format!(
                "UPDATE vehicles SET decommissioned_at = coalesce(decommissioned_at, now()) \
                 WHERE vehicle_id = $1 RETURNING {VEHICLE_COLUMNS}"
            );
            let Some(row) = tx.query_opt(&sql, &[&vehicle_id]).await? else { return Ok(None) };
            let revoked = tx
                .query(
                    "UPDATE users SET revoked_at = coalesce(revoked_at, now()) \
                     WHERE vehicle_id = $1 RETURNING client_id",
                    &[&vehicle_id],
                )
                .await?;
            tx.execute(
                "UPDATE refresh_tokens SET revoked_at = now() WHERE revoked_at IS NULL \
                 AND user_id IN (SELECT id FROM users WHERE vehicle_id = $1)",
                &[&vehicle_id],
            )
            .await?;
            write_audit(&tx, audit).await?;
            tx.commit().await?;
            Ok(Some((vehicle_row(&row), revoked.iter().map(|r| r.get(0)).collect())))
        })
        .await
    }

    /// Ids of every registered vehicle.
    pub async fn vehicle_ids(&self) -> Result<Vec<String>, StoreError> {
        let c = self.conn().await?;
        let rows = c.query("SELECT vehicle_id FROM vehicles", &[]).await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// Ids of every decommissioned vehicle (for the in-memory registry).
    pub async fn decommissioned_vehicles(&self) -> Result<Vec<String>, StoreError> {
        let c = self.conn().await?;
        let rows = c
            .query("SELECT vehicle_id FROM vehicles WHERE decommissioned_at IS NOT NULL", &[])
            .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }
}
