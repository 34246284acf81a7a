//! End-to-end: a small `tvm-sim` run (vehicles with offline spells and bulk
//! uploads, a frontend sending commands) against a real server; every
//! message it sent is accepted and stored.

use crate::common::{ADMIN_ID, ADMIN_SECRET, TestApp, count};

#[tokio::test]
async fn a_small_simulated_fleet_runs_cleanly_end_to_end() {
    let app = TestApp::start().await;
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_tvm-sim"))
        .args(["--url", &app.base, "--vehicles", "3", "--frontends", "1", "--seconds", "10"])
        .args(["--offline-per-min", "3", "--admin-id", ADMIN_ID, "--admin-secret", ADMIN_SECRET])
        .output()
        .await
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    eprintln!("{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "tvm-sim failed");
    let figure = |line: &str, key: &str| -> u64 {
        let l =
            text.lines().find(|l| l.starts_with(line)).unwrap_or_else(|| panic!("no {line} line"));
        l.split_whitespace()
            .find_map(|w| w.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("no {key} in {l}"))
            .parse()
            .unwrap()
    };
    let accepted = figure("telemetry:", "accepted");
    assert!(accepted >= 5, "{text}");
    assert_eq!(figure("telemetry:", "sent"), accepted, "every live report accepted");
    assert_eq!(figure("telemetry:", "failed"), 0);
    assert!(figure("commands:", "sent") >= 2, "{text}");
    assert!(figure("frontends:", "events") >= accepted, "the frontend saw the fleet's telemetry");
    let uploaded = figure("offline:", "bulk_messages");
    let db = app.db().await;
    let mut stored = 0;
    for t in [
        "vehicle_locations",
        "vehicle_status",
        "vehicle_battery",
        "vehicle_errors",
        "vehicle_docking",
    ] {
        for v in ["SIM-0000", "SIM-0001", "SIM-0002"] {
            stored += count(&db, t, v).await as u64;
        }
    }
    assert_eq!(
        stored,
        accepted + uploaded,
        "stored rows = accepted live reports + uploaded backlog"
    );
    app.stop().await;
}

/// A mixed fleet: native vehicles and VDA 5050 vehicles (through the
/// bridge, on the local Mosquitto) followed by the same frontend.
#[tokio::test]
async fn a_mixed_fleet_of_native_and_vda5050_vehicles_runs_on_one_fleet_socket() {
    let mqtt =
        std::env::var("TVM_TEST_MQTT_URL").unwrap_or_else(|_| "mqtt://127.0.0.1:1883".into());
    let app = TestApp::start_env(&[("TVM_MQTT_URL", &mqtt)]).await;
    let interface = format!("tvmsim{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_tvm-sim"))
        .args(["--url", &app.base, "--vehicles", "2", "--frontends", "1", "--seconds", "8"])
        .args(["--offline-per-min", "0", "--admin-id", ADMIN_ID, "--admin-secret", ADMIN_SECRET])
        .args(["--vda5050", "2", "--mqtt", &mqtt, "--interface", &interface])
        .output()
        .await
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    eprintln!("{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "tvm-sim failed");
    let line = text.lines().find(|l| l.starts_with("vda5050:")).expect("a vda5050 line");
    let states: u64 = line
        .split_whitespace()
        .find_map(|w| w.strip_prefix("states="))
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(states >= 10, "{text}");
    let db = app.db().await;
    for v in ["SIM-VDA-0000", "SIM-VDA-0001"] {
        assert!(count(&db, "vehicle_locations", v).await > 0, "{v} has no stored location");
        assert!(count(&db, "vehicle_status", v).await > 0, "{v} has no stored status");
        assert!(count(&db, "vehicle_battery", v).await > 0, "{v} has no stored battery");
    }
    let native = count(&db, "vehicle_locations", "SIM-0000").await;
    assert!(native > 0);
    app.stop().await;
}
