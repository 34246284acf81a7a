//! Test harness: a migrated template database created once (under an
//! advisory lock, so parallel test processes agree), a fresh database per
//! test cloned from it and dropped afterwards, and a server started
//! in-process on an ephemeral port.

use std::sync::Arc;

use dropshot::HttpServer;
use tokio_postgres::NoTls;
use tvm::config::Config;
use tvm::context::ServerCtx;

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

/// Template name from the migrations' content: a changed migration gets a
/// new template instead of a stale one.
fn template_name() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for f in files {
        for b in std::fs::read(f).unwrap() {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    format!("tvm_template_{h:016x}")
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
    pub async fn new() -> Self {
        let template = template_name();
        let admin = admin().await;
        admin.execute("SELECT pg_advisory_lock(7476001)", &[]).await.unwrap();
        let exists = admin
            .query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&template])
            .await
            .unwrap()
            .is_some();
        if !exists {
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

/// A running server on its own database.
pub struct TestApp {
    pub base: String,
    pub client: tvm::client::Client,
    pub http: reqwest::Client,
    server: Option<HttpServer<ServerCtx>>,
    _db: Option<TestDb>,
}

pub fn test_config(database_url: &str) -> Config {
    let db = database_url.to_string();
    Config::from_lookup(move |k| match k {
        "DATABASE_URL" => Some(db.clone()),
        "TVM_BIND" => Some("127.0.0.1:0".into()),
        "TVM_DB_CONNECT_TIMEOUT_S" => Some("2".into()),
        _ => None,
    })
    .expect("test configuration is valid")
}

fn logger() -> slog::Logger {
    dropshot::ConfigLogging::StderrTerminal { level: dropshot::ConfigLoggingLevel::Warn }
        .to_logger("test")
        .unwrap()
}

impl TestApp {
    /// A migrated database and a server on it.
    pub async fn start() -> Self {
        let db = TestDb::new().await;
        let mut app = Self::start_with(test_config(&db.url)).await;
        app._db = Some(db);
        app
    }

    /// A server with the given configuration (the database may be absent).
    pub async fn start_with(config: Config) -> Self {
        let config = Arc::new(config);
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
        }
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
