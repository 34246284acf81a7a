//! Schema migrations: the refinery files in `migrations/`, embedded in the
//! binary and applied under an advisory lock so that instances starting
//! together do not race.

use super::StoreError;

refinery::embed_migrations!("migrations");

/// Arbitrary, fixed key of the advisory lock that serialises migrations.
const MIGRATION_LOCK: i64 = 0x0074_766d_5f6d_6967;

/// Apply every pending migration; returns the names applied now.
pub async fn migrate(database_url: &str) -> Result<Vec<String>, StoreError> {
    let (pg, tls) =
        crate::links::postgres(database_url).map_err(|e| StoreError::Unavailable(e.into()))?;
    let (mut client, conn) =
        pg.connect(tls).await.map_err(|e| StoreError::Unavailable(Box::new(e)))?;
    let conn = tokio::spawn(conn);
    client.execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK]).await?;
    let report = migrations::runner().run_async(&mut client).await;
    client.execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK]).await?;
    drop(client);
    let _ = conn.await;
    let report = report.map_err(|e| StoreError::Unavailable(Box::new(e)))?;
    Ok(report.applied_migrations().iter().map(|m| m.to_string()).collect())
}
