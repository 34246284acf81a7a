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
