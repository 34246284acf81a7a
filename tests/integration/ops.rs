//! Operations: the retention job on data with old timestamps (nothing lost:
//! every row is live, archived or exported), `/metrics` and `/health`
//! content, HTTPS and WSS on one port with a generated certificate, and a
//! SIGTERM under ingest load that loses no acknowledged message; day
//! partitions and archiving beside long readers, and when the store's
//! retries mark the database down.

use std::io::Read;
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use serde_json::{Value, json};

use crate::common::{TestApp, location_at, report, test_config_with, ts};

async fn scalar(db: &tokio_postgres::Client, sql: &str) -> i64 {
    db.query_one(sql, &[]).await.unwrap().get(0)
}

#[tokio::test]
async fn retention_archives_old_days_and_exports_old_audit_entries_losing_nothing() {
    let app = TestApp::start().await;
    let ops = app.add_operator("ops").await;
    let _token = app.add_vehicle("AV-1").await;
    let db = app.db().await;
    // Locations 40 days old (DEFAULT partition), 31.5 days old (a day partition)
    // and 1 hour old; status 95 and 10 days old; audit entries 100 days old.
    for (days, n) in [(40.0, 3), (31.5, 4), (0.04, 5)] {
        for i in 0..n {
            db.execute(
                "INSERT INTO vehicle_locations (vehicle_id, \"timestamp\", latitude, longitude, heading, speed, accuracy) \
                 VALUES ('AV-1', now() - make_interval(secs => $1::float8 * 86400 + $2::float8), 1, 2, 3, 4, 5)",
                &[&days, &(i as f64)],
            )
            .await
            .unwrap();
        }
    }
    for days in [95.0, 10.0] {
        db.execute(
            "INSERT INTO vehicle_status (vehicle_id, \"timestamp\", state) VALUES ('AV-1', now() - make_interval(secs => $1::float8 * 86400), 'idle')",
            &[&days],
        )
        .await
        .unwrap();
    }
    db.execute(
        "INSERT INTO audit_logs (at, actor, action, details) SELECT now() - interval '100 days' + make_interval(secs => g), 'old', 'x.y', jsonb_build_object('n', g) FROM generate_series(1, 25) g",
        &[],
    )
    .await
    .unwrap();
    let audit_before = scalar(&db, "SELECT count(*) FROM audit_logs").await;
    let dir = std::env::temp_dir().join(format!("tvm-audit-{}", uuid::Uuid::new_v4()));
    let config =
        test_config_with(&app.db_url(), &[("TVM_AUDIT_EXPORT_DIR", dir.to_str().unwrap())]);
    let store = tvm::db::Store::new(&config).unwrap();
    let settings = tvm::jobs::retention::Settings::from_config(&config);
    let log = slog::Logger::root(slog::Discard, slog::o!());
    let r = tvm::jobs::retention::run(&store, &settings, chrono::Utc::now())
        .await
        .map_err(|e| tvm::db::error_chain(&e))
        .unwrap()
        .expect("no other run holds the lock");
    let _ = tvm::jobs::retention::run_recorded(&store, &settings, &log)
        .await
        .expect("a second, recorded run succeeds");
    assert_eq!(r.locations.rows, 7, "{r:?}");
    assert!(r.locations.partitions >= 1, "{r:?}");
    assert_eq!(r.status.rows, 1, "{r:?}");
    assert_eq!(r.audit_exported, 25);
    // Nothing lost: live + archive = what was written.
    assert_eq!(scalar(&db, "SELECT count(*) FROM vehicle_locations").await, 5);
    assert_eq!(scalar(&db, "SELECT count(*) FROM vehicle_locations_archive").await, 7);
    assert_eq!(scalar(&db, "SELECT count(*) FROM vehicle_status").await, 1);
    assert_eq!(scalar(&db, "SELECT count(*) FROM vehicle_status_archive").await, 1);
    assert_eq!(scalar(&db, "SELECT count(*) FROM audit_logs").await, audit_before - 25);
    let file = r.export_file.unwrap();
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&file).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    let lines: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 25);
    assert_eq!(
        (lines[0]["actor"].as_str(), lines[24]["details"]["n"].as_i64()),
        (Some("old"), Some(25))
    );
    assert_eq!(scalar(&db, "SELECT count(*) FROM audit_exports").await, 1);
    // Readers still see archived history.
    let q =
        format!("/api/v1/vehicles/AV-1/locations?from={}", ts(-50.0 * 86400.0).replace(':', "%3A"));
    let page: Value = app.get(&q, Some(&ops)).await.json().await.unwrap();
    assert_eq!(page["items"].as_array().unwrap().len(), 12);
    // A second run finds nothing more to do; /health reports the run.
    let again =
        tvm::jobs::retention::run(&store, &settings, chrono::Utc::now()).await.unwrap().unwrap();
    assert_eq!((again.locations.rows, again.status.rows, again.audit_exported), (0, 0, 0));
    let health: Value = app.get("/health", None).await.json().await.unwrap();
    assert_eq!(health["checks"]["retention"]["status"], "ok");
    let detail = health["checks"]["retention"]["detail"].as_str().unwrap();
    assert!(
        detail.starts_with("last run") && detail.contains("archived 0 location rows"),
        "{health}"
    );
    let _ = std::fs::remove_dir_all(dir);
    app.stop().await;
}

/// A client of the database at `url`.
async fn connect(url: &str) -> tokio_postgres::Client {
    let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(conn);
    client
}

/// A database of its own, a store on it, and a client to look with.
async fn store_and_client() -> (crate::common::TestDb, tvm::db::Store, tokio_postgres::Client) {
    let db = crate::common::TestDb::new().await;
    let store = tvm::db::Store::new(&crate::common::test_config(&db.url)).unwrap();
    let client = connect(&db.url).await;
    (db, store, client)
}

/// Callers that ensure day partitions at once (instances starting together,
/// a start during another instance's retention run) all succeed, each day
/// is made once, and rows that waited in the DEFAULT partition for a day
/// are moved into it once.
#[tokio::test]
async fn day_partitions_ensured_by_several_callers_at_once_are_made_once() {
    let (_db, store, client) = store_and_client().await;
    drop_the_days_ahead(&client).await;
    client
        .batch_execute(
            "INSERT INTO vehicles (vehicle_id) VALUES ('AV-1'); \
             INSERT INTO vehicle_locations (vehicle_id, \"timestamp\", latitude, longitude, heading, speed, accuracy) \
             SELECT 'AV-1', (current_date + 1)::timestamp AT TIME ZONE 'UTC' + make_interval(secs => g), 1, 2, 3, 4, 5 \
             FROM generate_series(1, 5) g",
        )
        .await
        .unwrap();
    let callers = (0..4).map(|_| store.ensure_partitions(14));
    let made: Vec<i64> = futures::future::join_all(callers)
        .await
        .into_iter()
        .map(|r| r.map_err(|e| tvm::db::error_chain(&e)))
        .collect::<Result<_, _>>()
        .expect("every caller ensures the partitions");
    assert_eq!(made.iter().sum::<i64>(), 3 * 14, "each day made once: {made:?}");
    let tomorrow = scalar(
        &client,
        "SELECT count(*)::bigint FROM pg_class c WHERE c.relname = 'vehicle_locations_p' || to_char(current_date + 1, 'YYYYMMDD')",
    )
    .await;
    assert_eq!(tomorrow, 1);
    assert_eq!(scalar(&client, "SELECT count(*) FROM vehicle_locations").await, 5);
    assert_eq!(scalar(&client, "SELECT count(*) FROM vehicle_locations_default").await, 0);
}

/// Drop the day partitions of the next 14 days, as if the server had not
/// run since a fortnight ago.
async fn drop_the_days_ahead(client: &tokio_postgres::Client) {
    client
        .batch_execute(
            "DO $$ DECLARE t text; d int; BEGIN \
               FOREACH t IN ARRAY ARRAY['vehicle_locations', 'vehicle_status', 'vehicle_battery'] LOOP \
                 FOR d IN 1..14 LOOP \
                   EXECUTE format('DROP TABLE IF EXISTS %I', t || '_p' || to_char(current_date + d, 'YYYYMMDD')); \
                 END LOOP; \
               END LOOP; \
             END $$",
        )
        .await
        .unwrap();
}

/// An operation that keeps losing to other transactions (a deadlock, a
/// serialization failure) until its retries are spent fails, but does not
/// mark the database down: it answered every time, and a down mark would
/// refuse every request until the prober's next ping. A connection-class
/// failure spent the same way still does.
#[tokio::test]
async fn retries_spent_on_conflicts_do_not_mark_the_database_down() {
    let (_db, store, client) = store_and_client().await;
    let (_db2, outage_store, _client2) = store_and_client().await;
    let raise = |code: &'static str| {
        let client = &client;
        move || async move {
            client
                .batch_execute(&format!(
                    "DO $$ BEGIN RAISE EXCEPTION 'raised' USING ERRCODE = '{code}'; END $$"
                ))
                .await
                .map_err(tvm::db::StoreError::from)
        }
    };
    let (deadlocked, serialization, link) = tokio::join!(
        store.with_retry(raise("40P01")),
        store.with_retry(raise("40001")),
        outage_store.with_retry(raise("08006")),
    );
    for (what, r) in [("deadlock", deadlocked), ("serialization failure", serialization)] {
        let e = r.expect_err(what);
        assert!(e.is_conflict(), "{what}: {e}");
    }
    assert!(!store.is_down(), "conflicts marked the database down");
    assert!(!link.expect_err("connection failure").is_conflict());
    assert!(outage_store.is_down(), "a connection failure spent its retries without a down mark");
}

/// A transaction that reads two telemetry tables (the fleet's warm-up at
/// start reads status and locations) while day partitions are ensured:
/// neither is picked to break a deadlock, because each table's days are
/// made in a transaction of their own; and a table whose lock the reader
/// keeps for longer than the partitions wait is tried again after a pause,
/// so its days are still made.
#[tokio::test]
async fn day_partitions_are_ensured_beside_a_long_reader_of_two_tables() {
    let (db, store, client) = store_and_client().await;
    drop_the_days_ahead(&client).await;
    let mut reader = connect(&db.url).await;
    let reading = reader.transaction().await.unwrap();
    reading.query("SELECT count(*) FROM vehicle_status", &[]).await.unwrap();
    let ensuring = tokio::spawn({
        let store = store.clone();
        async move { store.ensure_partitions(14).await.map_err(|e| tvm::db::error_chain(&e)) }
    });
    // By now the locations' days are made (or being made) and the status
    // table waits for the reader.
    tokio::time::sleep(Duration::from_millis(300)).await;
    reading
        .query("SELECT count(*) FROM vehicle_locations", &[])
        .await
        .expect("the reader's second table is not held against it");
    // Longer than one wait for the status table's lock.
    tokio::time::sleep(Duration::from_millis(1800)).await;
    reading.commit().await.unwrap();
    let made = ensuring.await.unwrap().expect("the partitions are ensured after the reader");
    assert_eq!(made, 3 * 14);
    let days = scalar(
        &client,
        "SELECT count(*)::bigint FROM pg_class WHERE relname IN (\
           SELECT t || '_p' || to_char(current_date + d, 'YYYYMMDD') \
           FROM unnest(ARRAY['vehicle_locations', 'vehicle_status', 'vehicle_battery']) t, generate_series(1, 14) d)",
    )
    .await;
    assert_eq!(days, 3 * 14);
}

/// Archiving a day detaches it, which locks the live table exclusively;
/// while that waits for a long reader, every write to the table queues
/// behind it. The wait is bounded: a write made meanwhile goes through once
/// the archiving gives up its first wait (1 s), long before the reader ends,
/// and the day is still archived after the reader, on a later attempt.
#[tokio::test]
async fn archiving_a_day_behind_a_long_reader_holds_writes_back_for_a_second_at_most() {
    let (db, store, client) = store_and_client().await;
    let insert = "INSERT INTO vehicle_locations (vehicle_id, \"timestamp\", latitude, longitude, heading, speed, accuracy) \
                  VALUES ('AV-1', now() - make_interval(days => $1), 1, 2, 3, 4, 5)";
    client.batch_execute("INSERT INTO vehicles (vehicle_id) VALUES ('AV-1')").await.unwrap();
    client.execute(insert, &[&31i32]).await.unwrap();
    let mut reader = connect(&db.url).await;
    let reading = reader.transaction().await.unwrap();
    reading.query("SELECT count(*) FROM vehicle_locations", &[]).await.unwrap();
    let cutoff = chrono::Utc::now().date_naive() - chrono::Duration::days(30);
    // Every day partition before the cutoff goes, empty or not: how many
    // there are depends on the day the migrations ran, so they are counted.
    let days_before_cutoff = scalar(
        &client,
        &format!(
            "SELECT count(*) FROM pg_class WHERE relname ~ '^vehicle_locations_p[0-9]{{8}}$' \
             AND relname < 'vehicle_locations_p{}'",
            cutoff.format("%Y%m%d")
        ),
    )
    .await;
    assert!(days_before_cutoff >= 1, "the day of the old row has a partition");
    let archiving = tokio::spawn({
        let store = store.clone();
        async move {
            store
                .archive_days("vehicle_locations", "vehicle_locations_archive", cutoff)
                .await
                .map_err(|e| tvm::db::error_chain(&e))
        }
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let writing = tokio::spawn(async move {
        let started = std::time::Instant::now();
        client.execute(insert, &[&0i32]).await.unwrap();
        (started.elapsed(), client)
    });
    // The reader keeps the table 3.5 s in all.
    tokio::time::sleep(Duration::from_millis(3200)).await;
    reading.commit().await.unwrap();
    let (held_back, client) = writing.await.unwrap();
    assert!(
        held_back < Duration::from_millis(2500),
        "a write waited {held_back:?} behind the archiving (the reader held 3.5 s)"
    );
    let done = archiving.await.unwrap().expect("the day is archived after the reader");
    assert_eq!((done.partitions as i64, done.rows), (days_before_cutoff, 1), "{done:?}");
    assert_eq!(scalar(&client, "SELECT count(*) FROM vehicle_locations").await, 1);
    assert_eq!(scalar(&client, "SELECT count(*) FROM vehicle_locations_archive").await, 1);
}

/// The telemetry tables keep no foreign key (V7), so what it guarded is
/// checked here: a vehicle with nothing but locations (the rows no key
/// holds any more) cannot be deleted, and its history stays.
#[tokio::test]
async fn a_vehicle_is_never_deleted_from_under_its_history() {
    let db = crate::common::TestDb::new().await;
    let client = connect(&db.url).await;
    client
        .batch_execute(
            "INSERT INTO vehicles (vehicle_id) VALUES ('AV-1'); \
             INSERT INTO vehicle_locations (vehicle_id, \"timestamp\", latitude, longitude, heading, speed, accuracy) \
             VALUES ('AV-1', now(), 1, 2, 3, 4, 5)",
        )
        .await
        .unwrap();
    let e =
        client.execute("DELETE FROM vehicles WHERE vehicle_id = 'AV-1'", &[]).await.unwrap_err();
    let code = e.as_db_error().map(|d| d.code().clone());
    assert_eq!(code, Some(tokio_postgres::error::SqlState::RESTRICT_VIOLATION), "{e}");
    assert!(e.as_db_error().unwrap().message().contains("decommission it instead"), "{e}");
    assert_eq!(scalar(&client, "SELECT count(*) FROM vehicles").await, 1);
    assert_eq!(scalar(&client, "SELECT count(*) FROM vehicle_locations").await, 1);
}

#[tokio::test]
async fn audit_exports_go_to_the_bucket_and_a_failed_upload_deletes_nothing() {
    let app = TestApp::start().await;
    let db = app.db().await;
    db.execute(
        "INSERT INTO audit_logs (at, actor, action, details) SELECT now() - interval '100 days' + make_interval(secs => g), 'old', 'x.y', jsonb_build_object('n', g) FROM generate_series(1, 12) g",
        &[],
    )
    .await
    .unwrap();
    let audit_before = scalar(&db, "SELECT count(*) FROM audit_logs").await;
    let dir = std::env::temp_dir().join(format!("tvm-audit-{}", uuid::Uuid::new_v4()));
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let endpoint = format!("http://127.0.0.1:{port}");
    let settings = |endpoint: &str| {
        let config = test_config_with(
            &app.db_url(),
            &[
                ("TVM_AUDIT_EXPORT_DIR", dir.to_str().unwrap()),
                ("TVM_AUDIT_EXPORT_S3_URL", "s3://tvm-audit/exports/daily"),
                ("TVM_AUDIT_EXPORT_S3_ENDPOINT", endpoint),
                ("AWS_ACCESS_KEY_ID", "test-key"),
                ("AWS_SECRET_ACCESS_KEY", "test-secret"),
            ],
        );
        (
            tvm::db::Store::new(&config).unwrap(),
            tvm::jobs::retention::Settings::from_config(&config),
        )
    };

    // The bucket's service is not there yet: the run fails, nothing is deleted
    // and no half-done export is left behind.
    let (store, s) = settings(&endpoint);
    let failed = tvm::jobs::retention::run(&store, &s, chrono::Utc::now()).await;
    assert!(
        matches!(failed, Err(tvm::jobs::retention::RetentionError::Upload(_))),
        "{:?}",
        failed.map_err(|e| tvm::db::error_chain(&e))
    );
    assert_eq!(scalar(&db, "SELECT count(*) FROM audit_logs").await, audit_before);
    assert_eq!(scalar(&db, "SELECT count(*) FROM audit_exports").await, 0);
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "the local copy is removed");

    // moto, an S3-compatible server, with the bucket.
    let mut moto = tokio::process::Command::new(crate::common::moto_server())
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("moto_server starts");
    let http = reqwest::Client::new();
    let mut up = false;
    for _ in 0..200 {
        if http
            .put(format!("{endpoint}/tvm-audit"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "moto did not start on {endpoint}");

    let r = tvm::jobs::retention::run(&store, &s, chrono::Utc::now())
        .await
        .map_err(|e| tvm::db::error_chain(&e))
        .unwrap()
        .expect("no other run holds the lock");
    assert_eq!(r.audit_exported, 12);
    let location = r.export_location.clone().unwrap();
    assert!(location.starts_with("s3://tvm-audit/exports/daily/audit-"), "{location}");
    assert!(!r.export_file.unwrap().exists(), "the local copy is removed once uploaded");
    let recorded: String =
        db.query_one("SELECT location FROM audit_exports", &[]).await.unwrap().get(0);
    assert_eq!(recorded, location);
    assert_eq!(scalar(&db, "SELECT count(*) FROM audit_logs").await, audit_before - 12);
    // The object holds every exported entry (read back with its own signed client).
    let bucket = object_store::aws::AmazonS3Builder::new()
        .with_bucket_name("tvm-audit")
        .with_region("us-east-1")
        .with_endpoint(&endpoint)
        .with_allow_http(true)
        .with_access_key_id("test-key")
        .with_secret_access_key("test-secret")
        .build()
        .unwrap();
    let key = location.trim_start_matches("s3://tvm-audit/");
    let gz = object_store::ObjectStoreExt::get(&bucket, &object_store::path::Path::from(key))
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let mut text = String::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut text).unwrap();
    let lines: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 12);
    assert_eq!(
        (lines[0]["actor"].as_str(), lines[11]["details"]["n"].as_i64()),
        (Some("old"), Some(12))
    );
    let _ = moto.kill().await;
    let _ = std::fs::remove_dir_all(dir);
    app.stop().await;
}

#[tokio::test]
async fn metrics_and_health_describe_the_running_server() {
    let app = TestApp::start_env(&[("TVM_RATE_LOCATION_MS", "1000")]).await;
    let token = app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    for i in 0..3 {
        app.post(
            "/api/v1/vehicle/AV-1/location",
            Some(&token),
            &location_at(&ts(-10.0 + i as f64)),
        )
        .await;
    }
    app.post("/api/v1/vehicle/AV-1/battery", Some(&token), &report("battery", &ts(0.0))).await;
    app.post(
        "/api/v1/vehicles/AV-1/commands",
        Some(&ops),
        &json!({"command": "configure", "params": {"speed_limit": 2.0}}),
    )
    .await;
    let url = format!("{}/ws/fleet?token={ops}", app.base.replace("http://", "ws://"));
    let (_socket, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let resp = app.get("/metrics", None).await;
    assert!(resp.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
    let text = resp.text().await.unwrap();
    for line in [
        "tvm_http_requests_total{operation=\"location_create\",status=\"200\"} 1",
        "tvm_http_requests_total{operation=\"location_create\",status=\"429\"} 2",
        "tvm_http_requests_total{operation=\"command_create\",status=\"202\"} 1",
        "tvm_rate_limited_total{limit=\"location\"} 2",
        "tvm_websocket_sessions{kind=\"frontend\"} 1",
        "tvm_command_status_total{status=\"queued\"} 1",
        "tvm_db_pool_connections{state=\"max\"} 20",
        "tvm_ingest_rows_total 2",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    assert!(
        text.contains("tvm_http_request_duration_seconds_bucket{operation=\"location_create\""),
        "{text}"
    );
    assert!(text.contains("tvm_ingest_batch_size_count 2"), "{text}");
    let health: Value = app.get("/health", None).await.json().await.unwrap();
    assert_eq!(health["status"], "ok");
    assert_eq!(health["checks"]["database"]["status"], "ok");
    assert_eq!(health["checks"]["redis"]["status"], "disabled");
    assert!(
        health["checks"]["retention"]["detail"]
            .as_str()
            .unwrap()
            .starts_with("not run yet; next run")
    );
    assert!(tvm::validate::violations("HealthReport", &health).is_empty());
    app.stop().await;
}

/// The tests' configuration with `TVM_TLS_CERT` and `TVM_TLS_KEY` pointing
/// at these PEM texts, written to a new folder (returned, for removal).
fn with_tls_files(
    db_url: &str,
    cert_pem: &str,
    key_pem: &str,
) -> (tvm::config::Config, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("tvm-tls-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let (cert_path, key_path) = (dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&cert_path, cert_pem).unwrap();
    std::fs::write(&key_path, key_pem).unwrap();
    let config = test_config_with(
        db_url,
        &[
            ("TVM_TLS_CERT", cert_path.to_str().unwrap()),
            ("TVM_TLS_KEY", key_path.to_str().unwrap()),
        ],
    );
    (config, dir)
}

#[tokio::test]
async fn https_and_wss_share_one_port_with_a_configured_certificate() {
    let db = crate::common::TestDb::new().await;
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let (config, dir) =
        with_tls_files(&db.url, &cert.cert.pem(), &cert.signing_key.serialize_pem());
    let app = TestApp::start_with(config).await;
    let port = app.base.rsplit(':').next().unwrap().to_string();
    let https = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap())
        .resolve("localhost", format!("127.0.0.1:{port}").parse().unwrap())
        .build()
        .unwrap();
    let base = format!("https://localhost:{port}");
    let health = https.get(format!("{base}/health")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    let login = https
        .post(format!("{base}/api/v1/auth/token"))
        .json(&json!({"client_id": crate::common::ADMIN_ID, "client_secret": crate::common::ADMIN_SECRET}))
        .send()
        .await
        .unwrap();
    let token = login.json::<Value>().await.unwrap()["access_token"].as_str().unwrap().to_string();
    // Plain HTTP on the TLS port is sent to the same URL over HTTPS, with
    // the method and body kept (308), and the redirect leads there.
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .resolve("localhost", format!("127.0.0.1:{port}").parse().unwrap())
        .build()
        .unwrap();
    let moved = plain
        .post(format!("http://localhost:{port}/api/v1/auth/token?x=1"))
        .header("x-request-id", "plain-1")
        .send()
        .await
        .unwrap();
    assert_eq!(moved.status(), 308);
    let location = moved.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(location, format!("https://localhost:{port}/api/v1/auth/token?x=1"));
    assert_eq!(moved.headers()["x-request-id"], "plain-1");
    let health_http = plain.get(format!("http://localhost:{port}/health")).send().await.unwrap();
    let followed = health_http.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(https.get(followed).send().await.unwrap().status(), 200);
    // WSS: a TLS connection, then the WebSocket handshake over it.
    let mut roots = rustls::RootCertStore::empty();
    roots.add(cert.cert.der().clone()).unwrap();
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::aws_lc_rs::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let tcp = tokio::net::TcpStream::connect(format!("127.0.0.1:{port}")).await.unwrap();
    let stream = tokio_rustls::TlsConnector::from(Arc::new(tls))
        .connect("localhost".try_into().unwrap(), tcp)
        .await
        .unwrap();
    let url = format!("wss://localhost:{port}/ws/fleet?token={token}");
    let (mut socket, resp) = tokio_tungstenite::client_async(url, stream).await.unwrap();
    assert_eq!(resp.status(), 101);
    socket
        .send(crate::live::msg(
            tvm::sockets::FrontendInboundType::Unsubscribe,
            json!({"vehicle_ids": ["*"]}),
        ))
        .await
        .unwrap();
    let reply = tokio::time::timeout(Duration::from_secs(5), socket.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let reply: serde_json::Value = serde_json::from_str(reply.to_text().unwrap()).unwrap();
    assert_eq!(reply["type"], tvm::sockets::FrontendOutboundType::Subscriptions.as_str());
    let _ = std::fs::remove_dir_all(dir);
    app.stop().await;
}

use futures::SinkExt;

#[tokio::test]
async fn a_certificate_and_key_that_do_not_match_stop_the_start_with_a_reason() {
    let db = crate::common::TestDb::new().await;
    let (a, b) = (
        rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap(),
        rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap(),
    );
    let (config, dir) = with_tls_files(&db.url, &a.cert.pem(), &b.signing_key.serialize_pem());
    let config = Arc::new(config);
    let store = tvm::db::Store::new(&config).unwrap();
    let log = slog::Logger::root(slog::Discard, slog::o!());
    let refused = tvm::server::start(config, store, log).await.err().expect("refused to start");
    assert!(refused.contains("do not make a usable pair"), "{refused}");
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn sigterm_under_load_loses_no_acknowledged_message() {
    let db = crate::common::TestDb::new().await;
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_tvm"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", &db.url)
        .env("TVM_BIND", format!("127.0.0.1:{port}"))
        .env("TVM_JWT_SECRET", crate::common::JWT_SECRET)
        .env("TVM_ADMIN_CLIENT_ID", crate::common::ADMIN_ID)
        .env("TVM_ADMIN_CLIENT_SECRET", crate::common::ADMIN_SECRET)
        .env("TVM_RATE_LOCATION_MS", "0")
        .env("TVM_RATE_CLIENT_PER_MIN", "0")
        .env("TVM_LOG_LEVEL", "warn")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let mut up = false;
    for _ in 0..100 {
        if http.get(format!("{base}/health")).send().await.is_ok_and(|r| r.status() == 200) {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "the server did not start");
    let admin: Value = http
        .post(format!("{base}/api/v1/auth/token"))
        .json(&json!({"client_id": crate::common::ADMIN_ID, "client_secret": crate::common::ADMIN_SECRET}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let admin = admin["access_token"].as_str().unwrap().to_string();
    for i in 0..8 {
        let r = http
            .post(format!("{base}/api/v1/vehicles"))
            .bearer_auth(&admin)
            .json(&json!({"vehicle_id": format!("AV-{i}")}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
    }
    // Eight writers post as fast as they can; SIGTERM comes in the middle.
    let writers: Vec<_> = (0..8)
        .map(|i| {
            let (http, base, admin) = (http.clone(), base.clone(), admin.clone());
            tokio::spawn(async move {
                let mut acked = Vec::new();
                for k in 0..100_000 {
                    use chrono::SubsecRound;
                    let t = (chrono::Utc::now() - chrono::Duration::seconds(60)).trunc_subsecs(6)
                        + chrono::Duration::microseconds(k);
                    let body = location_at(&t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true));
                    match http
                        .post(format!("{base}/api/v1/vehicle/AV-{i}/location"))
                        .bearer_auth(&admin)
                        .json(&body)
                        .send()
                        .await
                    {
                        Ok(r) if r.status() == 200 => acked.push(t),
                        Ok(_) => {}
                        Err(_) => break, // the server has stopped listening
                    }
                }
                (i, acked)
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let pid = child.id().unwrap();
    let killed =
        std::process::Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap();
    assert!(killed.success());
    let status = tokio::time::timeout(Duration::from_secs(35), child.wait())
        .await
        .expect("stopped within 35 s")
        .unwrap();
    assert!(status.success(), "exit status {status}");
    let (c, conn) = tokio_postgres::connect(&db.url, tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(conn);
    let mut total = 0;
    for w in writers {
        let (i, acked) = w.await.unwrap();
        total += acked.len();
        let stored: Vec<chrono::DateTime<chrono::Utc>> = c
            .query(
                "SELECT \"timestamp\" FROM vehicle_locations WHERE vehicle_id = $1",
                &[&format!("AV-{i}")],
            )
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        let stored: std::collections::HashSet<_> = stored.into_iter().collect();
        let lost = acked.iter().filter(|t| !stored.contains(t)).count();
        assert_eq!(lost, 0, "AV-{i}: {lost} of {} acknowledged messages lost", acked.len());
    }
    eprintln!("SIGTERM under load: {total} acknowledged, all stored");
    assert!(total > 100, "the load never ran ({total})");
}

#[tokio::test]
async fn cors_answers_preflights_and_marks_answers_for_allowed_origins_only() {
    let app = TestApp::start_env(&[("TVM_CORS_ORIGINS", "http://localhost:3000")]).await;
    let token = app.add_vehicle("AV-1").await;
    let preflight = |path: &'static str, origin: &'static str| {
        app.http
            .request(reqwest::Method::OPTIONS, app.url(path))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "authorization, content-type")
            .send()
    };
    for path in [
        "/api/v1/vehicle/AV-1/location",
        "/api/v1/vehicles/AV-1/commands/6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60",
        "/api/v1/auth/token",
    ] {
        let r = preflight(path, "http://localhost:3000").await.unwrap();
        assert_eq!(r.status(), 204, "{path}");
        assert_eq!(r.headers()["access-control-allow-origin"], "http://localhost:3000");
        assert!(
            r.headers()["access-control-allow-headers"].to_str().unwrap().contains("authorization")
        );
    }
    let r = preflight("/api/v1/vehicle/AV-1/location", "https://evil.example").await.unwrap();
    let (s, _) = crate::common::error_body(r).await;
    assert_eq!(s, 403);
    let r = app
        .http
        .post(app.url("/api/v1/vehicle/AV-1/location"))
        .header("origin", "http://localhost:3000")
        .bearer_auth(&token)
        .json(&location_at(&ts(0.0)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["access-control-allow-origin"], "http://localhost:3000");
    assert!(r.headers()["access-control-expose-headers"].to_str().unwrap().contains("Retry-After"));
    let r = app
        .http
        .get(app.url("/api/v1/vehicles"))
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert!(r.headers().get("access-control-allow-origin").is_none());
    assert_eq!(r.status(), 401, "errors keep their status; only the CORS header is withheld");
    app.stop().await;
}

#[tokio::test]
async fn accepted_connections_send_small_writes_at_once_and_the_backlog_is_deep() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::start().await;
    let addr = app.base.trim_start_matches("http://").to_string();
    let mut conn = tokio::net::TcpStream::connect(&addr).await.unwrap();
    conn.write_all(format!("GET /health HTTP/1.1\r\nHost: {addr}\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut head = [0u8; 12];
    conn.read_exact(&mut head).await.unwrap();
    assert_eq!(&head, b"HTTP/1.1 200");
    // The server's end of this connection (in this process) has Nagle off.
    let mine = conn.local_addr().unwrap();
    assert_eq!(tvm::net::nodelay_of_connection_from(mine).unwrap(), Some(true));
    // The listen backlog is ours, not the standard library's 128 (`ss`
    // shows a listening socket's backlog as its Send-Q).
    let somaxconn: i32 = std::fs::read_to_string("/proc/sys/net/core/somaxconn")
        .map_or(4096, |s| s.trim().parse().unwrap_or(4096));
    let port = addr.rsplit(':').next().unwrap();
    let ss = std::process::Command::new("ss")
        .args(["-ltnH", &format!("sport = :{port}")])
        .output()
        .expect("ss (iproute2) runs");
    let line = String::from_utf8_lossy(&ss.stdout).to_string();
    let backlog: i32 = line.split_whitespace().nth(2).and_then(|b| b.parse().ok()).expect(&line);
    assert_eq!(backlog, tvm::net::LISTEN_BACKLOG.min(somaxconn), "{line}");
    app.stop().await;
}

/// The server logs JSON lines to the standard output it was given, one
/// `request completed` line per request with the caller's request id (and,
/// behind a trusted proxy, the address it forwarded as `client_addr`). Run as
/// `nobody` on a pipe root created when the tests run as root (as CI does):
/// a container's non-root user may not reopen such a pipe as `/dev/stdout`,
/// which is how the server once opened its log (and failed to start).
#[tokio::test]
async fn logs_are_json_lines_on_the_given_stdout_even_for_a_non_root_user() {
    let db = crate::common::TestDb::new().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let bin = env!("CARGO_BIN_EXE_tvm");
    let as_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let runuser = std::path::Path::new("/usr/sbin/runuser");
    let env = [
        ("DATABASE_URL", db.url.clone()),
        ("TVM_BIND", format!("127.0.0.1:{port}")),
        ("TVM_JWT_SECRET", crate::common::JWT_SECRET.to_string()),
        ("TVM_LOG_LEVEL", "info".to_string()),
        ("TVM_TRUSTED_PROXIES", "127.0.0.1".to_string()),
        ("TVM_AUDIT_EXPORT_DIR", std::env::temp_dir().join("tvm-log-test").display().to_string()),
    ];
    // `nobody` may not reach a checkout in a private directory (a home
    // directory with mode 0700): it runs a copy of the binary from a
    // directory of its own that anyone may enter.
    let copied = std::env::temp_dir().join(format!("tvm-bin-{}", uuid::Uuid::new_v4().simple()));
    let mut cmd = if as_root && runuser.exists() {
        use std::os::unix::fs::PermissionsExt;
        std::fs::create_dir_all(&copied).unwrap();
        std::fs::set_permissions(&copied, std::fs::Permissions::from_mode(0o755)).unwrap();
        let runnable = copied.join("tvm");
        std::fs::copy(bin, &runnable).unwrap();
        std::fs::set_permissions(&runnable, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut c = tokio::process::Command::new(runuser);
        c.args(["-u", "nobody", "--", "env"]);
        c.args(env.iter().map(|(k, v)| format!("{k}={v}")));
        c.arg(&runnable).arg("serve");
        c
    } else {
        let mut c = tokio::process::Command::new(bin);
        c.args(["serve"]).envs(env.iter().map(|(k, v)| (*k, v.as_str())));
        c
    };
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let http = reqwest::Client::new();
    let base = format!("http://127.0.0.1:{port}");
    let mut up = false;
    for _ in 0..100 {
        if let Ok(Some(status)) = child.try_wait() {
            let mut err = String::new();
            use tokio::io::AsyncReadExt;
            child.stderr.take().unwrap().read_to_string(&mut err).await.unwrap();
            panic!("the server exited ({status}): {err}");
        }
        if http.get(format!("{base}/health")).send().await.is_ok() {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(up, "the server did not answer within 20 s");
    let r = http.get(format!("{base}/nope")).header("x-request-id", "log-check-1").send().await;
    assert_eq!(r.unwrap().status(), 404);
    let forwarded = http
        .get(format!("{base}/health"))
        .header("x-request-id", "log-check-2")
        .header("x-forwarded-for", "203.0.113.9")
        .send()
        .await;
    assert_eq!(forwarded.unwrap().status(), 200);
    let pid = child.id().unwrap().to_string();
    let _ = std::process::Command::new("kill").args(["-TERM", &pid]).status();
    let out = tokio::time::timeout(Duration::from_secs(30), child.wait_with_output())
        .await
        .expect("the server stops on SIGTERM")
        .unwrap();
    let _ = std::fs::remove_dir_all(&copied);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}")))
        .collect();
    let line = lines
        .iter()
        .find(|l| l["req_id"] == "log-check-1")
        .unwrap_or_else(|| panic!("no line with the request id in {stdout}"));
    assert_eq!(line["msg"], "request completed");
    assert_eq!((line["uri"].as_str(), line["response_code"].as_u64()), (Some("/nope"), Some(404)));
    assert!(line["time"].is_string() && line["level"] == 30, "{line}");
    assert!(line.get("client_addr").is_none(), "no proxy forwarded this one: {line}");
    let behind = lines
        .iter()
        .find(|l| l["req_id"] == "log-check-2")
        .unwrap_or_else(|| panic!("no line for the forwarded request in {stdout}"));
    assert_eq!(behind["client_addr"], "203.0.113.9", "{behind}");
    assert_eq!(behind["remote_addr"].as_str().map(|a| a.starts_with("127.0.0.1:")), Some(true));
}
