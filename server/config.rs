//! Configuration: environment variables (and an optional `.env`) → `Config`.
//! Every bad value is reported at once, by name, before anything starts.

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Which origins may call the API from a browser.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Origins {
    /// No CORS headers at all (same-origin only).
    #[default]
    None,
    Any,
    List(BTreeSet<String>),
}

impl Origins {
    /// `*`, or a comma-separated list of `scheme://host[:port]`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(Origins::None);
        }
        if text == "*" {
            return Ok(Origins::Any);
        }
        let mut set = BTreeSet::new();
        for o in text.split(',').map(str::trim).filter(|o| !o.is_empty()) {
            let ok = (o.starts_with("https://") || o.starts_with("http://"))
                && !o.ends_with('/')
                && !o["https://".len().min(o.len())..].contains('/');
            if !ok {
                return Err(format!("{o:?} is not an origin (scheme://host[:port], no path)"));
            }
            set.insert(o.to_string());
        }
        Ok(Origins::List(set))
    }
}

/// When a battery needs maintenance (from configuration:
/// `TVM_MAINTENANCE_MAX_CYCLES`, `TVM_MAINTENANCE_MAX_DEGRADATION_PCT`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MaintenanceThresholds {
    /// Past this many equivalent full cycles…
    pub max_cycles: f64,
    /// …or this much full-charge voltage loss, percent.
    pub max_degradation_pct: f64,
}

impl Default for MaintenanceThresholds {
    /// 500 cycles or 5 % voltage loss: where common lithium-ion packs of
    /// mobile robots are specified to keep about 80 % of their capacity.
    fn default() -> Self {
        MaintenanceThresholds { max_cycles: 500.0, max_degradation_pct: 5.0 }
    }
}

/// Where alert emails go (`TVM_SMTP_URL`, `TVM_ALERT_EMAIL_FROM`,
/// `TVM_ALERT_EMAIL_TO`).
#[derive(Debug, Clone, PartialEq)]
pub struct EmailConfig {
    /// `smtps://user:pass@host[:port]` (implicit TLS),
    /// `smtp://host:587?tls=required` (STARTTLS) or `smtp://host:port` (a
    /// local relay, no TLS), as lettre reads it.
    pub smtp_url: String,
    pub from: String,
    pub to: Vec<String>,
}

/// Validated server configuration. `.env.example` lists every variable.
#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub redis_url: Option<String>,
    /// A PEM file of the roots a `rediss://` server's certificate must lead
    /// to (instead of the system's and the web PKI's).
    pub redis_ca_file: Option<std::path::PathBuf>,
    /// The MQTT broker of the VDA 5050 bridge (`mqtt://` or `mqtts://`);
    /// the bridge runs only when it is set.
    pub mqtt_url: Option<String>,
    /// A PEM file of the roots an `mqtts://` broker's certificate must lead
    /// to (instead of the web PKI's).
    pub mqtt_ca_file: Option<std::path::PathBuf>,
    /// Prefix of every Redis key and channel (deployments sharing a Redis).
    pub redis_prefix: String,
    pub bind: SocketAddr,
    pub jwt_secret: Option<String>,
    pub admin_client_id: Option<String>,
    pub admin_client_secret: Option<String>,
    pub tls: Option<(PathBuf, PathBuf)>,
    pub log_level: dropshot::ConfigLoggingLevel,
    pub db_pool_max: usize,
    pub db_connect_timeout: Duration,
    /// Longest one database operation may take before the database counts
    /// as unreachable (a link that stops carrying bytes never errors).
    pub db_query_timeout: Duration,
    /// Lifetime of access tokens (`expires_in`).
    pub access_token_ttl_s: u64,
    /// Lifetime of refresh tokens (`refresh_expires_in`).
    pub refresh_token_ttl_s: u64,
    /// Minimum spacing of one vehicle's live location reports (0 = no limit).
    pub rate_location_ms: u64,
    /// Minimum spacing of one vehicle's live battery reports (0 = no limit).
    pub rate_battery_ms: u64,
    /// How early a vehicle's report may arrive without being refused.
    pub rate_jitter_ms: u64,
    /// Requests per minute of one client across the API, all of which may
    /// come at once (0 = no limit). Error reports and emergency stops are
    /// not counted.
    pub rate_client_per_min: u32,
    /// Login attempts per minute from one source address.
    pub rate_login_per_min: u32,
    /// Error reports per minute of one vehicle, all of which may come at
    /// once: a flood ceiling, not an interval (0 = no limit).
    pub rate_error_flood_per_min: u32,
    /// A vehicle that sent no report for this long raises `vehicle_offline`
    /// (None: never).
    pub alert_offline: Option<Duration>,
    /// A battery below this state of charge raises `battery_low` (None: never).
    pub alert_battery_pct: Option<f64>,
    /// When a battery needs maintenance (`maintenance_due`).
    pub maintenance: MaintenanceThresholds,
    /// Alert emails, when an SMTP server is configured.
    pub email: Option<EmailConfig>,
    /// Tasks writing live telemetry batches.
    pub writer_tasks: usize,
    /// How long a writer waits for a small batch to fill (0: never).
    pub writer_linger: Duration,
    /// Answers at least this large are gzip-compressed for a caller that
    /// accepts it (0: never).
    pub gzip_min_bytes: usize,
    /// How often sockets are pinged.
    pub ws_ping: Duration,
    /// How long a pinged socket has to answer before it is closed.
    pub ws_pong_timeout: Duration,
    /// How long one write to a socket (or stream) may take before its peer
    /// counts as stuck and the connection is dropped.
    pub ws_write_timeout: Duration,
    /// Most connections open at once (WebSocket sessions included).
    pub max_connections: usize,
    /// From accept to the first request's headers.
    pub header_timeout: Duration,
    /// Between requests on a keep-alive connection (HTTP/1 and HTTP/2).
    pub idle_timeout: Duration,
    /// How long a request body may take to arrive.
    pub body_timeout: Duration,
    /// How long a vehicle has to acknowledge a command before it is resent.
    pub command_resend: Duration,
    /// How long a command stays deliverable.
    pub command_ttl: Duration,
    /// Retention: days of locations, status and audit entries kept live.
    pub retention_location_days: i64,
    pub retention_status_days: i64,
    pub retention_audit_days: i64,
    /// Day partitions created ahead of time.
    pub partitions_ahead_days: i32,
    /// Where audit entries are exported before deletion.
    pub audit_export_dir: PathBuf,
    /// An S3-compatible bucket the exports are uploaded to (the local file
    /// is then removed), or `None` to keep them in `audit_export_dir`.
    pub audit_export_s3: Option<S3Export>,
    /// When (UTC) the daily retention job runs.
    pub retention_at: chrono::NaiveTime,
    /// Browser origins allowed to call the API (CORS).
    pub cors_origins: Origins,
    /// Where webhooks may be sent besides public addresses.
    pub webhook_destinations: crate::destinations::Destinations,
    /// Reverse proxies whose `X-Forwarded-For` names the client (for the
    /// login limit).
    pub trusted_proxies: crate::networks::Networks,
}

/// Where audit exports are uploaded: `s3://bucket/prefix` on AWS or on any
/// S3-compatible service given by `endpoint`.
#[derive(Debug, Clone)]
pub struct S3Export {
    pub bucket: String,
    /// Key prefix without leading or trailing `/` (may be empty).
    pub prefix: String,
    pub region: String,
    /// `http(s)://host[:port]` of an S3-compatible service; `None` = AWS.
    pub endpoint: Option<String>,
    /// Access key id and secret; `None` = the machine's role (instance metadata).
    pub credentials: Option<S3Credentials>,
}

/// An access key pair (its `Debug` hides the secret).
#[derive(Clone)]
pub struct S3Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
}

impl std::fmt::Debug for S3Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "S3Credentials({}, ***)", self.access_key_id)
    }
}

/// `TVM_AUDIT_EXPORT_S3_*` and `AWS_*` → the upload target, or the problems.
fn s3_export(get: &impl Fn(&str) -> Option<String>, errs: &mut Vec<String>) -> Option<S3Export> {
    let endpoint = get("TVM_AUDIT_EXPORT_S3_ENDPOINT");
    let region = get("TVM_AUDIT_EXPORT_S3_REGION");
    let Some(url) = get("TVM_AUDIT_EXPORT_S3_URL") else {
        if endpoint.is_some() || region.is_some() {
            errs.push("TVM_AUDIT_EXPORT_S3_ENDPOINT/REGION: set TVM_AUDIT_EXPORT_S3_URL too (s3://bucket/prefix)".into());
        }
        return None;
    };
    let Some(rest) = url.strip_prefix("s3://") else {
        errs.push(format!("TVM_AUDIT_EXPORT_S3_URL: {url:?} must look like s3://bucket/prefix"));
        return None;
    };
    let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
    let bucket_ok = (3..=63).contains(&bucket.len())
        && bucket
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
        && !bucket.starts_with(['-', '.'])
        && !bucket.ends_with(['-', '.']);
    if !bucket_ok {
        errs.push(format!(
            "TVM_AUDIT_EXPORT_S3_URL: bucket {bucket:?} must be 3-63 lowercase letters, digits, '-' or '.'"
        ));
    }
    let prefix = prefix.trim_matches('/').to_string();
    if prefix.split('/').any(|p| p == "." || p == "..") || prefix.contains("//") {
        errs.push(format!("TVM_AUDIT_EXPORT_S3_URL: prefix {prefix:?} has empty, . or .. parts"));
    }
    if let Some(e) = &endpoint
        && !(e.starts_with("http://") || e.starts_with("https://"))
    {
        errs.push(format!("TVM_AUDIT_EXPORT_S3_ENDPOINT: {e:?} must be http(s)://host[:port]"));
    }
    let credentials = match (get("AWS_ACCESS_KEY_ID"), get("AWS_SECRET_ACCESS_KEY")) {
        (Some(access_key_id), Some(secret_access_key)) => {
            Some(S3Credentials { access_key_id, secret_access_key })
        }
        (None, None) => None,
        _ => {
            errs.push("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY: set both or neither".into());
            None
        }
    };
    Some(S3Export {
        bucket: bucket.to_string(),
        prefix,
        region: region.unwrap_or_else(|| "us-east-1".into()),
        endpoint: endpoint.map(|e| e.trim_end_matches('/').to_string()),
        credentials,
    })
}

/// All problems found in the environment, one line each.
#[derive(Debug, thiserror::Error)]
#[error("invalid configuration:\n  {}", .0.join("\n  "))]
pub struct ConfigError(pub Vec<String>);

impl Config {
    /// Read the process environment (after loading `.env` if present).
    pub fn from_env() -> Result<Self, ConfigError> {
        let _ = dotenvy::dotenv();
        Self::from_lookup(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
    }

    /// Build from any key → value lookup (tests pass a map).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let mut errs = Vec::new();
        let database_url = match get("DATABASE_URL") {
            Some(u) if crate::links::postgres(&u).is_ok() => u,
            Some(u) => {
                let why = crate::links::postgres(&u).err().unwrap_or_default();
                errs.push(format!("DATABASE_URL: not a PostgreSQL connection string (postgresql://user@host:port/db?sslmode=…): {why}"));
                String::new()
            }
            None => {
                errs.push("DATABASE_URL: required (the README's run command provisions a local database when it is unset)".into());
                String::new()
            }
        };
        let redis_url = get("REDIS_URL");
        let redis_ca_file = get("TVM_REDIS_CA_FILE").map(std::path::PathBuf::from);
        if let Some(u) = &redis_url {
            if !u.starts_with("redis://") && !u.starts_with("rediss://") {
                errs.push(format!("REDIS_URL: {u:?} must start with redis:// or rediss:// (TLS)"));
            } else if let Err(e) = crate::links::redis(u, redis_ca_file.as_deref()) {
                errs.push(e);
            }
        }
        let mqtt_url = get("TVM_MQTT_URL");
        let mqtt_ca_file = get("TVM_MQTT_CA_FILE").map(std::path::PathBuf::from);
        if let Some(u) = &mqtt_url
            && let Err(e) = crate::links::mqtt(u, mqtt_ca_file.as_deref(), "tvm-check")
        {
            errs.push(e);
        }
        let email = email_config(&get, &mut errs);
        let redis_prefix = get("TVM_REDIS_PREFIX").unwrap_or_else(|| "tvm".into());
        if redis_prefix.is_empty()
            || redis_prefix.len() > 64
            || !redis_prefix.chars().all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
        {
            errs.push(format!(
                "TVM_REDIS_PREFIX: {redis_prefix:?} must be 1-64 letters, digits, '_', '.' or '-'"
            ));
        }
        let bind = get("TVM_BIND").unwrap_or_else(|| "127.0.0.1:8000".into());
        let bind = bind.parse().unwrap_or_else(|_| {
            errs.push(format!("TVM_BIND: {bind:?} is not an address:port"));
            SocketAddr::from(([127, 0, 0, 1], 8000))
        });
        let jwt_secret = get("TVM_JWT_SECRET");
        if jwt_secret.as_ref().is_some_and(|s| s.len() < 32) {
            errs.push("TVM_JWT_SECRET: must be at least 32 characters".into());
        }
        let admin_client_id = get("TVM_ADMIN_CLIENT_ID");
        let admin_client_secret = get("TVM_ADMIN_CLIENT_SECRET");
        if admin_client_id.is_some() != admin_client_secret.is_some() {
            errs.push(
                "TVM_ADMIN_CLIENT_ID and TVM_ADMIN_CLIENT_SECRET: set both or neither".into(),
            );
        }
        if admin_client_secret.as_ref().is_some_and(|s| s.len() < 16) {
            errs.push("TVM_ADMIN_CLIENT_SECRET: must be at least 16 characters".into());
        }
        let tls = match (get("TVM_TLS_CERT"), get("TVM_TLS_KEY")) {
            (Some(c), Some(k)) => {
                for (name, p) in [("TVM_TLS_CERT", &c), ("TVM_TLS_KEY", &k)] {
                    if !std::path::Path::new(p).is_file() {
                        errs.push(format!("{name}: {p:?} is not a readable file"));
                    }
                }
                Some((c.into(), k.into()))
            }
            (None, None) => None,
            _ => {
                errs.push("TVM_TLS_CERT and TVM_TLS_KEY: set both or neither".into());
                None
            }
        };
        use dropshot::ConfigLoggingLevel as L;
        let log_level = match get("TVM_LOG_LEVEL").as_deref().unwrap_or("info") {
            "trace" => L::Trace,
            "debug" => L::Debug,
            "info" => L::Info,
            "warn" => L::Warn,
            "error" => L::Error,
            other => {
                errs.push(format!(
                    "TVM_LOG_LEVEL: {other:?} is not one of trace, debug, info, warn, error"
                ));
                L::Info
            }
        };
        let db_pool_max = number(&get, "TVM_DB_POOL_MAX", 20, 1..=1000, &mut errs);
        let timeout = number(&get, "TVM_DB_CONNECT_TIMEOUT_S", 30, 1..=600, &mut errs);
        let query_timeout = number(&get, "TVM_DB_QUERY_TIMEOUT_S", 15, 1..=3600, &mut errs);
        let access_ttl = number(&get, "TVM_ACCESS_TOKEN_TTL_S", 86_400, 1..=31_536_000, &mut errs);
        let refresh_ttl =
            number(&get, "TVM_REFRESH_TOKEN_TTL_S", 2_592_000, 1..=31_536_000, &mut errs);
        let rate_location = number(&get, "TVM_RATE_LOCATION_MS", 1000, 0..=3_600_000, &mut errs);
        let rate_battery = number(&get, "TVM_RATE_BATTERY_MS", 5000, 0..=3_600_000, &mut errs);
        let rate_jitter = number(&get, "TVM_RATE_JITTER_MS", 100, 0..=60_000, &mut errs);
        // A vehicle reporting location and status every second and battery
        // every 5 s makes 132 requests a minute; 600 leaves room for its
        // reads, retries and an operator's dashboard.
        let rate_client = number(&get, "TVM_RATE_CLIENT_PER_MIN", 600, 0..=1_000_000, &mut errs);
        let rate_login = number(&get, "TVM_RATE_LOGIN_PER_MIN", 600, 0..=1_000_000, &mut errs);
        // Far above a real vehicle's error bursts (a fault cascade is tens
        // of reports), low enough that a looping client cannot fill a table.
        let rate_error_flood =
            number(&get, "TVM_RATE_ERROR_FLOOD_PER_MIN", 600, 0..=1_000_000, &mut errs);
        // Five minutes of silence: far past a connectivity blip or a restart,
        // soon enough for a floor manager to go and look.
        let alert_offline = number(&get, "TVM_ALERT_OFFLINE_S", 300, 0..=86_400, &mut errs);
        let alert_battery = number(&get, "TVM_ALERT_BATTERY_PCT", 15, 0..=100, &mut errs);
        let max_cycles = number(&get, "TVM_MAINTENANCE_MAX_CYCLES", 500, 1..=100_000, &mut errs);
        let max_loss = number(&get, "TVM_MAINTENANCE_MAX_DEGRADATION_PCT", 5, 1..=100, &mut errs);
        let writer_tasks = number(&get, "TVM_WRITER_TASKS", 4, 1..=64, &mut errs);
        let writer_linger = number(&get, "TVM_WRITER_LINGER_MS", 2, 0..=100, &mut errs);
        let gzip_min = number(&get, "TVM_GZIP_MIN_BYTES", 4096, 0..=1 << 30, &mut errs);
        let ws_ping = number(&get, "TVM_WS_PING_S", 30, 1..=3600, &mut errs);
        let ws_pong = number(&get, "TVM_WS_PONG_TIMEOUT_S", 10, 1..=3600, &mut errs);
        let ws_write = number(&get, "TVM_WS_WRITE_TIMEOUT_S", 10, 1..=3600, &mut errs);
        let max_connections = number(&get, "TVM_MAX_CONNECTIONS", 0, 0..=1_000_000, &mut errs);
        let header_timeout = number(&get, "TVM_HEADER_TIMEOUT_S", 10, 1..=600, &mut errs);
        let idle_timeout = number(&get, "TVM_IDLE_TIMEOUT_S", 60, 1..=3600, &mut errs);
        let body_timeout = number(&get, "TVM_BODY_TIMEOUT_S", 30, 1..=3600, &mut errs);
        let resend = number(&get, "TVM_COMMAND_RESEND_MS", 5000, 100..=600_000, &mut errs);
        let ttl = number(&get, "TVM_COMMAND_TTL_S", 900, 1..=604_800, &mut errs);
        let keep_locations = number(&get, "TVM_RETENTION_LOCATION_DAYS", 30, 1..=36_500, &mut errs);
        let keep_status = number(&get, "TVM_RETENTION_STATUS_DAYS", 90, 1..=36_500, &mut errs);
        let keep_audit = number(&get, "TVM_RETENTION_AUDIT_DAYS", 90, 1..=36_500, &mut errs);
        let ahead = number(&get, "TVM_PARTITIONS_AHEAD_DAYS", 14, 1..=365, &mut errs);
        let export_dir =
            PathBuf::from(get("TVM_AUDIT_EXPORT_DIR").unwrap_or_else(|| "./audit-exports".into()));
        let audit_export_s3 = s3_export(&get, &mut errs);
        let cors_origins = Origins::parse(&get("TVM_CORS_ORIGINS").unwrap_or_default())
            .unwrap_or_else(|e| {
                errs.push(format!("TVM_CORS_ORIGINS: {e}"));
                Origins::None
            });
        let webhook_destinations = crate::destinations::Destinations::allowing(networks(
            &get,
            "TVM_WEBHOOK_ALLOWED_NETWORKS",
            &mut errs,
        ));
        let trusted_proxies = networks(&get, "TVM_TRUSTED_PROXIES", &mut errs);
        let at_text = get("TVM_RETENTION_AT").unwrap_or_else(|| "03:30".into());
        let retention_at =
            chrono::NaiveTime::parse_from_str(&at_text, "%H:%M").unwrap_or_else(|_| {
                errs.push(format!("TVM_RETENTION_AT: {at_text:?} is not a UTC time of day HH:MM"));
                chrono::NaiveTime::MIN
            });
        if writer_tasks >= db_pool_max {
            errs.push(format!(
                "TVM_WRITER_TASKS: {writer_tasks} must be below TVM_DB_POOL_MAX ({db_pool_max}) so requests still get connections"
            ));
        }
        if errs.is_empty() {
            Ok(Config {
                database_url,
                redis_url,
                redis_ca_file,
                mqtt_url,
                mqtt_ca_file,
                redis_prefix,
                bind,
                jwt_secret,
                admin_client_id,
                admin_client_secret,
                tls,
                log_level,
                db_pool_max,
                db_connect_timeout: Duration::from_secs(timeout as u64),
                db_query_timeout: Duration::from_secs(query_timeout as u64),
                access_token_ttl_s: access_ttl as u64,
                refresh_token_ttl_s: refresh_ttl as u64,
                rate_location_ms: rate_location as u64,
                rate_battery_ms: rate_battery as u64,
                rate_jitter_ms: rate_jitter as u64,
                rate_client_per_min: rate_client as u32,
                rate_login_per_min: rate_login as u32,
                rate_error_flood_per_min: rate_error_flood as u32,
                alert_offline: (alert_offline > 0)
                    .then(|| Duration::from_secs(alert_offline as u64)),
                alert_battery_pct: (alert_battery > 0).then_some(alert_battery as f64),
                email,
                maintenance: MaintenanceThresholds {
                    max_cycles: max_cycles as f64,
                    max_degradation_pct: max_loss as f64,
                },
                writer_tasks,
                writer_linger: Duration::from_millis(writer_linger as u64),
                gzip_min_bytes: gzip_min,
                ws_ping: Duration::from_secs(ws_ping as u64),
                ws_pong_timeout: Duration::from_secs(ws_pong as u64),
                ws_write_timeout: Duration::from_secs(ws_write as u64),
                max_connections: match max_connections {
                    0 => connection_cap_of_fd_limit(),
                    n => n,
                },
                header_timeout: Duration::from_secs(header_timeout as u64),
                idle_timeout: Duration::from_secs(idle_timeout as u64),
                body_timeout: Duration::from_secs(body_timeout as u64),
                command_resend: Duration::from_millis(resend as u64),
                command_ttl: Duration::from_secs(ttl as u64),
                retention_location_days: keep_locations as i64,
                retention_status_days: keep_status as i64,
                retention_audit_days: keep_audit as i64,
                partitions_ahead_days: ahead as i32,
                audit_export_dir: export_dir,
                audit_export_s3,
                retention_at,
                cors_origins,
                webhook_destinations,
                trusted_proxies,
            })
        } else {
            Err(ConfigError(errs))
        }
    }
}

/// The alert-email settings: all three or none.
fn email_config(
    get: &impl Fn(&str) -> Option<String>,
    errs: &mut Vec<String>,
) -> Option<EmailConfig> {
    let (url, from, to) =
        (get("TVM_SMTP_URL"), get("TVM_ALERT_EMAIL_FROM"), get("TVM_ALERT_EMAIL_TO"));
    let url = match (url, &from, &to) {
        (None, None, None) => return None,
        (Some(url), Some(_), Some(_)) => url,
        _ => {
            errs.push(
                "TVM_SMTP_URL, TVM_ALERT_EMAIL_FROM, TVM_ALERT_EMAIL_TO: set all three or none"
                    .into(),
            );
            return None;
        }
    };
    if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
        errs.push(format!("TVM_SMTP_URL: {url:?} must start with smtp:// or smtps://"));
    }
    let from = from.unwrap_or_default();
    let to: Vec<String> = to
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect();
    for address in std::iter::once(&from).chain(&to) {
        if address.parse::<lettre::message::Mailbox>().is_err() {
            errs.push(format!("TVM_ALERT_EMAIL_FROM/TO: {address:?} is not an email address"));
        }
    }
    if to.is_empty() {
        errs.push("TVM_ALERT_EMAIL_TO: at least one address".into());
    }
    Some(EmailConfig { smtp_url: url, from, to })
}

/// The networks listed in `key` (none when unset).
fn networks(
    get: &impl Fn(&str) -> Option<String>,
    key: &str,
    errs: &mut Vec<String>,
) -> crate::networks::Networks {
    crate::networks::Networks::parse(&get(key).unwrap_or_default()).unwrap_or_else(|e| {
        errs.push(format!("{key}: {e}"));
        Default::default()
    })
}

fn number(
    get: &impl Fn(&str) -> Option<String>,
    key: &str,
    default: usize,
    range: std::ops::RangeInclusive<usize>,
    errs: &mut Vec<String>,
) -> usize {
    match get(key) {
        None => default,
        Some(v) => match v.parse::<usize>() {
            Ok(n) if range.contains(&n) => n,
            _ => {
                errs.push(format!(
                    "{key}: {v:?} is not a whole number in {}..={}",
                    range.start(),
                    range.end()
                ));
                default
            }
        },
    }
}

/// The default cap on open connections: raise the process's open-file
/// limit to its hard limit, and leave a tenth of it (at least 256) for the
/// database pool, Redis, logs and files. At the cap new connections are
/// refused (or make room by dropping one that has sent nothing) instead of
/// `accept` failing with "too many open files".
fn connection_cap_of_fd_limit() -> usize {
    let limit = rlimit::increase_nofile_limit(u64::MAX)
        .or_else(|_| rlimit::Resource::NOFILE.get().map(|(soft, _)| soft))
        .unwrap_or(1024);
    let reserve = (limit / 10).max(256);
    limit.saturating_sub(reserve).clamp(64, 1_000_000) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn cfg(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let m: HashMap<String, String> =
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(|k| m.get(k).cloned())
    }

    #[test]
    fn defaults_apply_when_only_the_database_is_set() {
        let c = cfg(&[("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/tvm")]).unwrap();
        assert_eq!(c.bind.to_string(), "127.0.0.1:8000");
        assert_eq!(c.db_pool_max, 20);
        assert!(c.tls.is_none() && c.redis_url.is_none());
    }

    #[test]
    fn every_bad_value_is_reported_at_once() {
        let e = cfg(&[
            ("TVM_BIND", "nowhere"),
            ("TVM_LOG_LEVEL", "loud"),
            ("TVM_DB_POOL_MAX", "0"),
            ("TVM_TLS_CERT", "/nonexistent.pem"),
            ("TVM_JWT_SECRET", "short"),
            ("REDIS_URL", "http://x"),
            ("TVM_REDIS_PREFIX", "a b"),
        ])
        .unwrap_err();
        let text = e.to_string();
        for key in [
            "DATABASE_URL",
            "TVM_BIND",
            "TVM_LOG_LEVEL",
            "TVM_DB_POOL_MAX",
            "TVM_TLS_CERT",
            "TVM_JWT_SECRET",
            "REDIS_URL",
            "TVM_REDIS_PREFIX",
        ] {
            assert!(text.contains(key), "{key} missing from:\n{text}");
        }
        assert_eq!(e.0.len(), 8, "{text}");
    }

    #[test]
    fn the_audit_export_bucket_is_parsed_and_checked() {
        let db = ("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/tvm");
        let c = cfg(&[
            db,
            ("TVM_AUDIT_EXPORT_S3_URL", "s3://tvm-audit/prod/exports/"),
            ("TVM_AUDIT_EXPORT_S3_ENDPOINT", "http://127.0.0.1:9000/"),
            ("AWS_ACCESS_KEY_ID", "AKIA1"),
            ("AWS_SECRET_ACCESS_KEY", "hidden-secret"),
        ])
        .unwrap();
        let s3 = c.audit_export_s3.unwrap();
        assert_eq!((s3.bucket.as_str(), s3.prefix.as_str()), ("tvm-audit", "prod/exports"));
        assert_eq!(
            (s3.region.as_str(), s3.endpoint.as_deref()),
            ("us-east-1", Some("http://127.0.0.1:9000"))
        );
        assert!(!format!("{:?}", s3.credentials).contains("hidden-secret"));
        assert!(cfg(&[db]).unwrap().audit_export_s3.is_none());
        let e = cfg(&[
            db,
            ("TVM_AUDIT_EXPORT_S3_URL", "s3://Bad_Bucket/x/../y"),
            ("TVM_AUDIT_EXPORT_S3_ENDPOINT", "ftp://x"),
            ("AWS_ACCESS_KEY_ID", "AKIA1"),
        ])
        .unwrap_err();
        assert_eq!(e.0.len(), 4, "{e}");
        let e = cfg(&[db, ("TVM_AUDIT_EXPORT_S3_REGION", "eu-west-1")]).unwrap_err();
        assert!(e.to_string().contains("TVM_AUDIT_EXPORT_S3_URL"), "{e}");
    }

    #[test]
    fn env_example_and_readme_list_every_variable_read_here() {
        let source = include_str!("config.rs");
        let example = include_str!("../.env.example");
        let readme = include_str!("../README.md");
        let mut names: Vec<&str> = source
            .split('"')
            .filter(|w| {
                (w.len() > 4 && w.starts_with("TVM_") || *w == "DATABASE_URL" || *w == "REDIS_URL")
                    && w.chars().all(|c| c.is_ascii_uppercase() || c == '_')
            })
            .collect();
        names.sort();
        names.dedup();
        assert!(names.len() >= 18, "{names:?}");
        for n in names {
            assert!(example.contains(&format!("{n}=")), ".env.example lacks {n}");
            assert!(readme.contains(&format!("`{n}`")), "README lacks {n}");
        }
    }
}
