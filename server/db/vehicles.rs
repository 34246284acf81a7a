//! SQL of the vehicle registry: register, rename, decommission, look up.
//! Every admin change is audited in its own transaction.

use chrono::{DateTime, Utc};
use tokio_postgres::Row;

use super::auth::{Audit, write_audit};
use super::{Store, StoreError};
use crate::models::Vda5050Link;

/// A registered vehicle as stored.
#[derive(Debug, Clone)]
pub struct VehicleRow {
    pub vehicle_id: String,
    pub name: Option<String>,
    pub created_at: DateTime<Utc>,
    pub decommissioned_at: Option<DateTime<Utc>>,
    /// Its VDA 5050 identity, when it speaks the standard through the bridge.
    pub vda5050: Option<Vda5050Link>,
}

const VEHICLE_COLUMNS: &str = "vehicle_id, name, created_at, decommissioned_at, vda5050";

fn vehicle_row(r: &Row) -> VehicleRow {
    let vda5050: Option<serde_json::Value> = r.get(4);
    VehicleRow {
        vehicle_id: r.get(0),
        name: r.get(1),
        created_at: r.get(2),
        decommissioned_at: r.get(3),
        // Written from the contract's type only; a row that no longer fits
        // it reads as a vehicle without the link.
        vda5050: vda5050.and_then(|v| serde_json::from_value(v).ok()),
    }
}

/// Why a vehicle could not be registered or changed as asked.
#[derive(Debug)]
pub enum VehicleWrite {
    Done(VehicleRow),
    /// No vehicle has this id (on update).
    Unknown,
    /// The id is registered already (on create).
    IdTaken,
    /// Another vehicle has this VDA 5050 identity: its id.
    IdentityTaken(String),
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

    /// Register a vehicle, with its VDA 5050 identity if it has one.
    pub async fn vehicle_create(
        &self,
        vehicle_id: &str,
        name: Option<&str>,
        vda5050: Option<&Vda5050Link>,
        audit: &Audit<'_>,
    ) -> Result<VehicleWrite, StoreError> {
        let link = vda5050.map(|l| serde_json::to_value(l).expect("models serialize"));
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            let sql = format!(
                "INSERT INTO vehicles (vehicle_id, name, vda5050) VALUES ($1, $2, $3) \
                 ON CONFLICT (vehicle_id) DO NOTHING RETURNING {VEHICLE_COLUMNS}"
            );
            let row = match tx.query_opt(&sql, &[&vehicle_id, &name, &link]).await {
                Ok(Some(row)) => row,
                Ok(None) => return Ok(VehicleWrite::IdTaken),
                Err(e) => return self.identity_taken(e, vda5050).await,
            };
            write_audit(&tx, audit).await?;
            tx.commit().await?;
            Ok(VehicleWrite::Done(vehicle_row(&row)))
        })
        .await
    }

    /// Rename a vehicle or give it a new VDA 5050 identity (`None` leaves
    /// either as it is).
    pub async fn vehicle_update(
        &self,
        vehicle_id: &str,
        name: Option<&str>,
        vda5050: Option<&Vda5050Link>,
        audit: &Audit<'_>,
    ) -> Result<VehicleWrite, StoreError> {
        let link = vda5050.map(|l| serde_json::to_value(l).expect("models serialize"));
        self.with_retry(|| async {
            let mut c = self.conn().await?;
            let tx = c.transaction().await?;
            let sql = format!(
                "UPDATE vehicles SET name = coalesce($2, name), vda5050 = coalesce($3, vda5050) \
                 WHERE vehicle_id = $1 RETURNING {VEHICLE_COLUMNS}"
            );
            let row = match tx.query_opt(&sql, &[&vehicle_id, &name, &link]).await {
                Ok(Some(row)) => row,
                Ok(None) => return Ok(VehicleWrite::Unknown),
                Err(e) => return self.identity_taken(e, vda5050).await,
            };
            write_audit(&tx, audit).await?;
            tx.commit().await?;
            Ok(VehicleWrite::Done(vehicle_row(&row)))
        })
        .await
    }

    /// A failed write: the holder of `link`'s identity when the write ran
    /// into it, else the error.
    async fn identity_taken(
        &self,
        e: tokio_postgres::Error,
        link: Option<&Vda5050Link>,
    ) -> Result<VehicleWrite, StoreError> {
        match link {
            Some(link) if is_identity_taken(&e) => {
                let holder = self.vehicle_by_vda5050(link).await?;
                Ok(VehicleWrite::IdentityTaken(holder.map(|r| r.vehicle_id).unwrap_or_default()))
            }
            _ => Err(e.into()),
        }
    }

    /// The vehicle with this VDA 5050 identity, if any.
    pub async fn vehicle_by_vda5050(
        &self,
        link: &Vda5050Link,
    ) -> Result<Option<VehicleRow>, StoreError> {
        let c = self.conn().await?;
        let sql = format!(
            "SELECT {VEHICLE_COLUMNS} FROM vehicles WHERE vda5050 IS NOT NULL \
             AND vda5050 ->> 'interface_name' = $1 AND vda5050 ->> 'manufacturer' = $2 \
             AND vda5050 ->> 'serial_number' = $3"
        );
        let params: [&(dyn tokio_postgres::types::ToSql + Sync); 3] = [
            &link.interface_name.as_str(),
            &link.manufacturer.as_str(),
            &link.serial_number.as_str(),
        ];
        Ok(c.query_opt(&sql, &params).await?.as_ref().map(vehicle_row))
    }

    /// Every vehicle in service that speaks VDA 5050.
    pub async fn vda5050_vehicles(&self) -> Result<Vec<VehicleRow>, StoreError> {
        let c = self.conn().await?;
        let sql = format!(
            "SELECT {VEHICLE_COLUMNS} FROM vehicles \
             WHERE vda5050 IS NOT NULL AND decommissioned_at IS NULL"
        );
        Ok(c.query(&sql, &[]).await?.iter().map(vehicle_row).collect())
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

    /// How many vehicles are registered (decommissioned ones included).
    pub async fn vehicle_count(&self) -> Result<usize, StoreError> {
        let c = self.conn().await?;
        let n: i64 = c.query_one("SELECT count(*) FROM vehicles", &[]).await?.get(0);
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
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

/// The write ran into the unique VDA 5050 identity of another vehicle.
fn is_identity_taken(e: &tokio_postgres::Error) -> bool {
    e.as_db_error().is_some_and(|d| {
        d.code() == &tokio_postgres::error::SqlState::UNIQUE_VIOLATION
            && d.constraint() == Some("vehicles_vda5050_identity")
    })
}
