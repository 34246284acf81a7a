//! The database going away under a running server: requests answer 503
//! `DATABASE_UNAVAILABLE` (after the 1/2/4 s retries, then at once),
//! `/health` says so, and when the database is back the server recovers by
//! itself. Everything acknowledged is stored; nothing refused is.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Mutex;
use tokio::task::JoinHandle;

use crate::common::{TestApp, TestDb, count, error_body, location_at, test_config, ts};

/// A TCP proxy to PostgreSQL that can cut every connection and refuse new ones.
struct Cutter {
    port: u16,
    up: Arc<AtomicBool>,
    links: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl Cutter {
    async fn start(upstream: String) -> Cutter {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = Arc::new(AtomicBool::new(true));
        let links: Arc<Mutex<Vec<JoinHandle<()>>>> = Arc::default();
        let (up2, links2) = (up.clone(), links.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else { return };
                if !up2.load(Ordering::SeqCst) {
                    continue; // dropped: connection closed at once
                }
                let upstream = upstream.clone();
                links2.lock().await.push(tokio::spawn(async move {
                    if let Ok(mut out) = TcpStream::connect(upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut out).await;
                    }
                }));
            }
        });
        Cutter { port, up, links }
    }

    async fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
        for l in self.links.lock().await.drain(..) {
            l.abort();
        }
    }

    fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

#[tokio::test]
async fn a_database_outage_is_503_and_the_server_recovers_by_itself() {
    let db = TestDb::new().await;
    let cutter = Cutter::start(db.host_port().to_string()).await;
    let url = db.url_via(cutter.port);
    let app = TestApp::start_with(test_config(&url)).await;
    let token = app.add_vehicle("AV-1").await;
    let post = |at: f64| {
        let (app, token) = (&app, &token);
        async move {
            app.post("/api/v1/vehicle/AV-1/location", Some(token), &location_at(&ts(at))).await
        }
    };
    let mut acknowledged = 0;
    for i in 0..5 {
        assert_eq!(post(-100.0 + i as f64).await.status(), 200);
        acknowledged += 1;
    }

    cutter.cut().await;
    let started = Instant::now();
    let resp = post(-50.0).await;
    let waited = started.elapsed();
    let (s, e) = error_body(resp).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (503, "DATABASE_UNAVAILABLE"));
    assert!(waited >= Duration::from_secs(6), "answered 503 after {waited:?}: no 1/2/4 s retries");
    // While the outage is known, callers are not kept waiting.
    let started = Instant::now();
    let (s, _) = error_body(post(-49.0).await).await;
    assert_eq!(s, 503);
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    let health = app.get("/health", None).await;
    assert_eq!(health.status(), 503);
    // Every operation that needs the database says so the same way.
    let login = serde_json::json!({"client_id": "AV-1-client", "client_secret": "whatever"});
    let (s, e) = error_body(app.post("/api/v1/auth/token", None, &login).await).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (503, "DATABASE_UNAVAILABLE"));
    let bulk =
        serde_json::json!({"messages": [{"type": "location", "data": location_at(&ts(-45.0))}]});
    let resp = app.post("/api/v1/vehicle/AV-1/bulk", Some(&token), &bulk).await;
    assert_eq!(
        resp.headers().get("retry-after").map(|v| v.to_str().unwrap().to_string()),
        Some("2".into())
    );
    assert_eq!(error_body(resp).await.0, 503);

    cutter.restore();
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut offset = -40.0;
    loop {
        offset += 1.0;
        let resp = post(offset).await;
        if resp.status() == 200 {
            acknowledged += 1;
            break;
        }
        assert_eq!(resp.status(), 503);
        assert!(Instant::now() < deadline, "no recovery within 15 s");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert_eq!(app.get("/health", None).await.status(), 200);
    let direct = {
        let (c, conn) = tokio_postgres::connect(&db.url, tokio_postgres::NoTls).await.unwrap();
        tokio::spawn(conn);
        c
    };
    assert_eq!(count(&direct, "vehicle_locations", "AV-1").await, acknowledged);
    app.stop().await;
}
