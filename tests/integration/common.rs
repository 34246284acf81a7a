//! Test harness: a migrated template database created once (under an
//! advisory lock, so parallel test processes agree), a fresh database per
//! test cloned from it and dropped afterwards, and a server started
//! in-process on an ephemeral port.

use std::sync::Arc;

use tokio_postgres::NoTls;
use tvm::config::Config;

/// Where the tests may create databases (scripts/test sets it).
pub fn admin_url() -> String {
    std::env::var("TVM_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgresql://postgres:postgres@127.0.0.1:5432/postgres".into())
}

fn url_for(db: &str) -> String {
    let admin = admin_url();
    let base = admin.rsplit_once('/').map(|(b, _)| b.to_string()).unwrap_or(admin);
    format!("{base}/{db}")
}

/// Template name from the migrations' content and today's UTC date: a
/// changed migration gets a new template instead of a stale one, and so does
/// a new day, since the migrations make day partitions around the day they
/// run (a template kept from an earlier day would give a test database
/// other days than a database migrated today has).
fn template_name(today: chrono::NaiveDate) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for f in files {
        for b in std::fs::read(f).unwrap() {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    format!("{TEMPLATE_PREFIX}{h:016x}_{}", today.format(TEMPLATE_DAY))
}

const TEMPLATE_PREFIX: &str = "tvm_template_";
/// How a template's name ends: the day it was made.
const TEMPLATE_DAY: &str = "%Y%m%d";

/// Drop the templates of days before yesterday (yesterday's may still be
/// cloned by a run that began before midnight). One in use is left for the
/// next run: dropping it fails, and that is all.
async fn drop_old_templates(admin: &tokio_postgres::Client, today: chrono::NaiveDate) {
    let yesterday = today - chrono::Duration::days(1);
    let names = admin
        .query(
            "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
            &[&TEMPLATE_PREFIX],
        )
        .await
        .unwrap();
    for name in names.iter().map(|r| r.get::<_, String>(0)) {
        let day = name
            .rsplit_once('_')
            .and_then(|(_, d)| chrono::NaiveDate::parse_from_str(d, TEMPLATE_DAY).ok());
        if day.is_none_or(|d| d < yesterday) {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).await;
        }
    }
}

async fn admin() -> tokio_postgres::Client {
    let (client, conn) = tokio_postgres::connect(&admin_url(), NoTls)
        .await
        .expect("PostgreSQL must answer at TVM_TEST_DATABASE_URL (scripts/test starts it)");
    tokio::spawn(conn);
    client
}

/// A database of its own for one test, dropped when the test ends.
pub struct TestDb {
    pub name: String,
    pub url: String,
}

impl TestDb {
    /// The `host:port` the database answers on.
    pub fn host_port(&self) -> &str {
        let rest = self.url.split_once('@').map_or(self.url.as_str(), |(_, r)| r);
        rest.split_once('/').map_or(rest, |(hp, _)| hp)
    }

    /// This database's URL through a proxy on 127.0.0.1:`port`.
    pub fn url_via(&self, port: u16) -> String {
        self.url.replacen(self.host_port(), &format!("127.0.0.1:{port}"), 1)
    }

    pub async fn new() -> Self {
        let today = chrono::Utc::now().date_naive();
        let template = template_name(today);
        let admin = admin().await;
        admin.execute("SELECT pg_advisory_lock(7476001)", &[]).await.unwrap();
        let exists = admin
            .query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&template])
            .await
            .unwrap()
            .is_some();
        if !exists {
            drop_old_templates(&admin, today).await;
            admin.batch_execute(&format!("CREATE DATABASE {template}")).await.unwrap();
            tvm::db::migrate(&url_for(&template))
                .await
                .expect("migrations apply to an empty database");
        }
        admin.execute("SELECT pg_advisory_unlock(7476001)", &[]).await.unwrap();
        let name = format!("tvm_t_{}", uuid::Uuid::new_v4().simple());
        // Concurrent clones of one template can collide on its lock: retry.
        let mut attempt = 0;
        loop {
            match admin.batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {template}")).await
            {
                Ok(()) => break,
                Err(_) if attempt < 20 => {
                    attempt += 1;
                    tokio::time::sleep(std::time::Duration::from_millis(100 * attempt)).await;
                }
                Err(e) => panic!("cannot create {name}: {e}"),
            }
        }
        TestDb { url: url_for(&name), name }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let name = self.name.clone();
        // Drop from a thread of its own: the test's runtime may be gone.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async {
                let admin = admin().await;
                let _ = admin
                    .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await;
            });
        })
        .join();
    }
}

/// Where the tests' Redis answers (scripts/test starts it).
pub fn redis_url() -> String {
    std::env::var("TVM_TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into())
}

/// The moto S3 server: `TVM_TEST_MOTO_SERVER` (scripts/test sets it), else
/// installed through scripts/ensure-moto.
pub fn moto_server() -> String {
    if let Ok(p) = std::env::var("TVM_TEST_MOTO_SERVER") {
        return p;
    }
    let out =
        std::process::Command::new(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/ensure-moto"))
            .output()
            .expect("scripts/ensure-moto runs");
    assert!(out.status.success(), "ensure-moto: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().last().unwrap().to_string()
}

/// A running server on its own database.
pub struct TestApp {
    pub base: String,
    pub client: tvm::client::Client,
    pub http: reqwest::Client,
    server: Option<tvm::front::Server>,
    _db: Option<TestDb>,
    db_url: String,
}

pub const ADMIN_ID: &str = "root-admin";
pub const ADMIN_SECRET: &str = "admin-secret-for-the-tests-0123456789";
pub const JWT_SECRET: &str = "jwt-secret-of-the-tests-0123456789abcdef";

/// The tests' configuration: a first admin, a fixed JWT secret, and the
/// product's default limits except the spacing of one vehicle's location and
/// battery reports (tests post those faster than real time; the limit tests
/// turn it back on through `extra`, which overrides, and an empty value
/// restores a default).
pub fn test_config_with(database_url: &str, extra: &[(&str, &str)]) -> Config {
    let mut env: std::collections::HashMap<String, String> = [
        ("DATABASE_URL", database_url),
        ("TVM_BIND", "127.0.0.1:0"),
        ("TVM_DB_CONNECT_TIMEOUT_S", "2"),
        ("TVM_JWT_SECRET", JWT_SECRET),
        ("TVM_ADMIN_CLIENT_ID", ADMIN_ID),
        ("TVM_ADMIN_CLIENT_SECRET", ADMIN_SECRET),
        ("TVM_RATE_LOCATION_MS", "0"),
        ("TVM_RATE_BATTERY_MS", "0"),
    ]
    .into_iter()
    .chain(extra.iter().copied())
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    env.retain(|_, v| !v.is_empty());
    Config::from_lookup(move |k| env.get(k).cloned()).expect("test configuration is valid")
}

pub fn test_config(database_url: &str) -> Config {
    test_config_with(database_url, &[])
}

fn logger() -> slog::Logger {
    dropshot::ConfigLogging::StderrTerminal { level: dropshot::ConfigLoggingLevel::Warn }
        .to_logger("test")
        .unwrap()
}

impl TestApp {
    /// A migrated database and a server on it.
    pub async fn start() -> Self {
        Self::start_env(&[]).await
    }

    /// A migrated database and a server on it, with configuration overrides.
    pub async fn start_env(extra: &[(&str, &str)]) -> Self {
        let db = TestDb::new().await;
        let mut app = Self::start_with(test_config_with(&db.url, extra)).await;
        app._db = Some(db);
        app
    }

    /// A server with the given configuration (the database may be absent).
    pub async fn start_with(config: Config) -> Self {
        let config = Arc::new(config);
        let db_url = config.database_url.clone();
        let store = tvm::db::Store::new(&config).unwrap();
        let server = tvm::server::start(config, store, logger()).await.unwrap();
        let base = format!("http://{}", server.local_addr());
        let http = reqwest::Client::new();
        TestApp {
            client: tvm::client::Client::new_with_client(&base, http.clone()),
            base,
            http,
            server: Some(server),
            _db: None,
            db_url,
        }
    }

    pub fn db_url(&self) -> String {
        self.db_url.clone()
    }

    /// A direct connection to the server's database, to check what is stored.
    pub async fn db(&self) -> tokio_postgres::Client {
        let (client, conn) = tokio_postgres::connect(&self.db_url, NoTls).await.unwrap();
        tokio::spawn(conn);
        client
    }

    /// The server's store, to run what a background job runs, now.
    pub fn store(&self) -> tvm::db::Store {
        self.server.as_ref().unwrap().context().store.clone()
    }

    /// The server's event bus (what the live channel will consume).
    pub fn events(&self) -> tvm::events::Subscriber {
        let bus = &self.server.as_ref().unwrap().context().bus;
        bus.subscribe(tvm::live::session_id(), tvm::events::Subscriptions::of(&["*"]))
    }

    /// Publish an event on the server's bus, as ingest would.
    pub fn publish(&self, event: tvm::events::Event) {
        self.server.as_ref().unwrap().context().bus.publish(event);
    }

    /// The generated client, sending `token` as its bearer token.
    pub fn as_client(&self, token: &str) -> tvm::client::Client {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse().unwrap());
        let http = reqwest::Client::builder().default_headers(headers).build().unwrap();
        tvm::client::Client::new_with_client(&self.base, http)
    }

    /// Log in with client credentials; panics unless it works.
    pub async fn login(&self, client_id: &str, secret: &str) -> tvm::models::TokenResponse {
        self.client
            .token_create()
            .body(tvm::models::TokenRequest {
                client_id: client_id.parse().unwrap(),
                client_secret: secret.parse().unwrap(),
            })
            .send()
            .await
            .unwrap_or_else(|e| panic!("login of {client_id} failed: {e}"))
            .into_inner()
    }

    /// An access token of the configured first admin.
    pub async fn admin_token(&self) -> String {
        self.login(ADMIN_ID, ADMIN_SECRET).await.access_token
    }

    /// Register a client (as the admin) and return its secret.
    pub async fn add_client(&self, client_id: &str, role: &str, vehicle: Option<&str>) -> String {
        let admin = self.as_client(&self.admin_token().await);
        admin
            .client_create()
            .body(tvm::models::ClientCreate {
                client_id: client_id.parse().unwrap(),
                role: role.parse().unwrap(),
                vehicle_id: vehicle.map(|v| v.parse().unwrap()),
            })
            .send()
            .await
            .unwrap_or_else(|e| panic!("creating client {client_id} failed: {e}"))
            .into_inner()
            .client_secret
            .to_string()
    }

    /// Register a vehicle and its client; returns the vehicle's access token.
    pub async fn add_vehicle(&self, vehicle_id: &str) -> String {
        let admin = self.as_client(&self.admin_token().await);
        admin
            .vehicle_create()
            .body(tvm::models::VehicleCreate {
                vehicle_id: vehicle_id.parse().unwrap(),
                name: None,
                vda5050: None,
            })
            .send()
            .await
            .unwrap_or_else(|e| panic!("creating vehicle {vehicle_id} failed: {e}"));
        let client_id = format!("{vehicle_id}-client");
        let secret = self.add_client(&client_id, "vehicle", Some(vehicle_id)).await;
        self.login(&client_id, &secret).await.access_token
    }

    /// An operator's access token.
    pub async fn add_operator(&self, client_id: &str) -> String {
        let secret = self.add_client(client_id, "operator", None).await;
        self.login(client_id, &secret).await.access_token
    }

    /// POST JSON with an optional bearer token, raw.
    pub async fn post(
        &self,
        path: &str,
        token: Option<&str>,
        body: &serde_json::Value,
    ) -> reqwest::Response {
        let mut rq = self.http.post(self.url(path)).json(body);
        if let Some(t) = token {
            rq = rq.bearer_auth(t);
        }
        rq.send().await.unwrap()
    }

    /// GET with an optional bearer token, raw.
    pub async fn get(&self, path: &str, token: Option<&str>) -> reqwest::Response {
        let mut rq = self.http.get(self.url(path));
        if let Some(t) = token {
            rq = rq.bearer_auth(t);
        }
        rq.send().await.unwrap()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn stop(mut self) {
        if let Some(s) = self.server.take() {
            tvm::server::shutdown(s).await.unwrap();
        }
    }
}

/// The contract's error body of a response, asserting its shape.
pub async fn error_body(resp: reqwest::Response) -> (u16, serde_json::Value) {
    let status = resp.status().as_u16();
    assert!(resp.headers().contains_key("x-request-id"), "no X-Request-ID");
    let ct = resp.headers().get("content-type").unwrap().to_str().unwrap().to_string();
    assert!(ct.starts_with("application/json"), "error content type {ct}");
    let v: serde_json::Value = resp.json().await.unwrap();
    let e = &v["error"];
    assert!(
        e["code"].is_string() && e["message"].is_string() && e["details"].is_object(),
        "not the error shape: {v}"
    );
    assert_eq!(v.as_object().unwrap().len(), 1, "extra top-level fields: {v}");
    serde_json::from_value::<tvm::models::ErrorResponse>(v.clone()).expect("matches ErrorResponse");
    (status, e.clone())
}

/// Now plus `offset_s` seconds, as the wire wants it (RFC 3339, UTC, `Z`).
pub fn ts(offset_s: f64) -> String {
    let t = chrono::Utc::now() + chrono::Duration::milliseconds((offset_s * 1000.0) as i64);
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// A valid location report at `t`.
pub fn location_at(t: &str) -> serde_json::Value {
    serde_json::json!({"timestamp": t, "latitude": 52.52, "longitude": 13.405,
                       "heading": 90.0, "speed": 3.5, "accuracy": 1.2})
}

/// A valid body of each telemetry kind at `t`.
pub fn report(kind: &str, t: &str) -> serde_json::Value {
    use serde_json::json;
    match kind {
        "location" => location_at(t),
        "status" => json!({"timestamp": t, "state": "idle"}),
        "battery" => {
            json!({"timestamp": t, "soc": 80.0, "voltage": 48.1, "current": -2.5, "temperature": 31.0})
        }
        "error" => json!({"timestamp": t, "code": "NAV_PATH_BLOCKED", "severity": "WARNING",
                          "subsystem": "navigation", "description": "pallet in the aisle"}),
        "docking" => json!({"timestamp": t, "phase": "approaching", "station_id": "DOCK-1"}),
        other => panic!("no kind {other}"),
    }
}

/// Rows of `table` stored for `vehicle_id`.
pub async fn count(db: &tokio_postgres::Client, table: &str, vehicle_id: &str) -> i64 {
    db.query_one(&format!("SELECT count(*) FROM {table} WHERE vehicle_id = $1"), &[&vehicle_id])
        .await
        .unwrap()
        .get(0)
}
