//! Retention: locations older than `TVM_RETENTION_LOCATION_DAYS` and status
//! older than `TVM_RETENTION_STATUS_DAYS` move to their archive tables by
//! whole days; audit entries older than `TVM_RETENTION_AUDIT_DAYS` are
//! written as gzip NDJSON to `TVM_AUDIT_EXPORT_DIR` (flushed to disk) and,
//! when a bucket is configured, uploaded to it before they are deleted;
//! partitions are created `TVM_PARTITIONS_AHEAD_DAYS` ahead. Nothing is
//! deleted that is not in an archive table, an export file or the bucket.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, NaiveTime, Utc};
use flate2::Compression;
use flate2::write::GzEncoder;

use crate::config::Config;
use crate::db::retention::Archived;
use crate::db::{Store, StoreError};

pub const JOB: &str = "retention";

/// What one run did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Report {
    pub partitions_created: i64,
    pub locations: Archived,
    pub status: Archived,
    pub audit_exported: u64,
    /// The export's local file (removed after an upload).
    pub export_file: Option<PathBuf>,
    /// Where the export is kept: the file's path or `s3://bucket/key`.
    pub export_location: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum RetentionError {
    #[error("database")]
    Store(#[from] StoreError),
    #[error("writing the audit export")]
    Export(#[from] std::io::Error),
    #[error("uploading the audit export")]
    Upload(#[from] object_store::Error),
}

/// Retention settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub location_days: i64,
    pub status_days: i64,
    pub audit_days: i64,
    pub ahead_days: i32,
    pub export_dir: PathBuf,
    pub export_s3: Option<crate::config::S3Export>,
    pub at: NaiveTime,
}

impl Settings {
    pub fn from_config(c: &Config) -> Self {
        Settings {
            location_days: c.retention_location_days,
            status_days: c.retention_status_days,
            audit_days: c.retention_audit_days,
            ahead_days: c.partitions_ahead_days,
            export_dir: c.audit_export_dir.clone(),
            export_s3: c.audit_export_s3.clone(),
            at: c.retention_at,
        }
    }
}

/// One retention run as of `now`, unless another instance is running one
/// (then `Ok(None)`): the run holds a PostgreSQL advisory lock, so several
/// instances never race on the same partitions or export the same audit
/// entries twice.
pub async fn run(
    store: &Store,
    s: &Settings,
    now: DateTime<Utc>,
) -> Result<Option<Report>, RetentionError> {
    let Some(lock) = store.retention_lock().await? else { return Ok(None) };
    let report = run_locked(store, s, now).await;
    lock.release().await?;
    report.map(Some)
}

async fn run_locked(
    store: &Store,
    s: &Settings,
    now: DateTime<Utc>,
) -> Result<Report, RetentionError> {
    let mut report = Report {
        partitions_created: store.ensure_partitions(s.ahead_days).await?,
        ..Report::default()
    };
    let day = |days: i64| (now - Duration::days(days)).date_naive();
    report.locations = store
        .archive_days("vehicle_locations", "vehicle_locations_archive", day(s.location_days))
        .await?;
    report.status =
        store.archive_days("vehicle_status", "vehicle_status_archive", day(s.status_days)).await?;
    let before = now - Duration::days(s.audit_days);
    let expired = store.audit_expired(before).await?;
    if !expired.is_empty() {
        let path = export(&s.export_dir, &expired, now)?;
        let location = match &s.export_s3 {
            Some(bucket) => match upload(bucket, &path).await {
                Ok(location) => location,
                Err(e) => {
                    // The entries stay in the table for the next run; a local
                    // copy of them would only become a duplicate.
                    let _ = std::fs::remove_file(&path);
                    return Err(e);
                }
            },
            None => path.display().to_string(),
        };
        let ids: Vec<i64> = expired.iter().map(|(id, _)| *id).collect();
        let at = |v: &serde_json::Value| {
            v["at"]
                .as_str()
                .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
                .map(|t| t.with_timezone(&Utc))
        };
        let from = at(&expired[0].1).unwrap_or(before);
        let to = at(&expired[expired.len() - 1].1).unwrap_or(before);
        report.audit_exported = store.audit_exported(&location, &ids, from, to).await?;
        if s.export_s3.is_some() {
            // In the bucket and recorded: the local copy has done its job.
            std::fs::remove_file(&path)?;
        }
        report.export_file = Some(path);
        report.export_location = Some(location);
    }
    Ok(report)
}

/// Write entries as gzip NDJSON to a new file in `dir`, synced to disk.
fn export(
    dir: &Path,
    entries: &[(i64, serde_json::Value)],
    now: DateTime<Utc>,
) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let name = format!(
        "audit-{}-{}-{}.ndjson.gz",
        now.format("%Y%m%dT%H%M%SZ"),
        entries[0].0,
        entries[entries.len() - 1].0
    );
    let path = dir.join(name);
    let tmp = path.with_extension("partial");
    let file = std::fs::File::create(&tmp)?;
    let mut gz = GzEncoder::new(std::io::BufWriter::new(file), Compression::default());
    for (_, v) in entries {
        serde_json::to_writer(&mut gz, v)?;
        gz.write_all(b"\n")?;
    }
    let file = gz.finish()?.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()?;
    std::fs::rename(&tmp, &path)?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(path)
}

/// Put the export file into the bucket; its `s3://bucket/key` once stored.
async fn upload(target: &crate::config::S3Export, path: &Path) -> Result<String, RetentionError> {
    use object_store::ObjectStoreExt;
    use object_store::aws::AmazonS3Builder;
    let mut b = AmazonS3Builder::new()
        .with_bucket_name(&target.bucket)
        .with_region(&target.region)
        .with_retry(object_store::RetryConfig {
            max_retries: 3,
            retry_timeout: std::time::Duration::from_secs(60),
            ..Default::default()
        });
    if let Some(e) = &target.endpoint {
        b = b.with_endpoint(e).with_allow_http(e.starts_with("http://"));
    }
    if let Some(c) = &target.credentials {
        b = b.with_access_key_id(&c.access_key_id).with_secret_access_key(&c.secret_access_key);
    }
    let bucket = b.build()?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("audit-export.ndjson.gz");
    let key = if target.prefix.is_empty() {
        name.to_string()
    } else {
        format!("{}/{name}", target.prefix)
    };
    let body = tokio::fs::read(path).await?;
    bucket.put(&object_store::path::Path::from(key.as_str()), body.into()).await?;
    Ok(format!("s3://{}/{key}", target.bucket))
}

/// The next time `at` (UTC) after `now`.
pub fn next_run(now: DateTime<Utc>, at: NaiveTime) -> DateTime<Utc> {
    let today = now.date_naive().and_time(at).and_utc();
    if today > now { today } else { today + Duration::days(1) }
}

/// Run daily at the configured time until `stop` flips; partitions are also
/// ensured once at start.
pub async fn schedule(
    store: Store,
    s: Settings,
    log: slog::Logger,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    if let Err(e) = store.ensure_partitions(s.ahead_days).await {
        slog::warn!(log, "partitions not ensured at start"; "cause" => crate::db::error_chain(&e));
    }
    loop {
        let next = next_run(Utc::now(), s.at);
        let wait = (next - Utc::now()).to_std().unwrap_or_default();
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = stop.changed() => return,
        }
        run_recorded(&store, &s, &log).await;
    }
}

/// One run, recorded in `job_runs` and the log.
pub async fn run_recorded(store: &Store, s: &Settings, log: &slog::Logger) -> Option<Report> {
    let lock = match store.retention_lock().await {
        Ok(Some(lock)) => lock,
        Ok(None) => {
            slog::info!(log, "retention skipped: another instance is running it");
            return None;
        }
        Err(e) => {
            slog::error!(log, "retention failed"; "cause" => crate::db::error_chain(&e));
            return None;
        }
    };
    let _ = store.job_started(JOB).await;
    let outcome = run_locked(store, s, Utc::now()).await;
    if let Err(e) = lock.release().await {
        slog::warn!(log, "retention lock not released (its connection will)"; "cause" => crate::db::error_chain(&e));
    }
    match outcome {
        Ok(r) => {
            let detail = format!(
                "created {} partitions; archived {} location rows ({} days), {} status rows ({} days); exported {} audit entries",
                r.partitions_created,
                r.locations.rows,
                r.locations.partitions,
                r.status.rows,
                r.status.partitions,
                r.audit_exported
            );
            slog::info!(log, "retention done: {detail}");
            let _ = store.job_finished(JOB, true, &detail).await;
            Some(r)
        }
        Err(e) => {
            let detail = crate::db::error_chain(&e);
            slog::error!(log, "retention failed"; "cause" => &detail);
            let _ = store.job_finished(JOB, false, &detail).await;
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_run_is_today_or_tomorrow_at_the_configured_time() {
        let at = NaiveTime::from_hms_opt(3, 30, 0).unwrap();
        let t = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        assert_eq!(next_run(t("2026-11-22T01:00:00Z"), at), t("2026-11-22T03:30:00Z"));
        assert_eq!(next_run(t("2026-11-22T03:30:00Z"), at), t("2026-11-23T03:30:00Z"));
        assert_eq!(next_run(t("2026-11-22T23:00:00Z"), at), t("2026-11-23T03:30:00Z"));
    }
}
