//! The TypeScript package (`ts/`) as a frontend developer uses it, against
//! a real server: the package is compiled with `tsc --strict` and its test
//! program (`ts/test/roundtrip.ts`) runs in Node, driving a frontend socket
//! and a vehicle socket through a command, its acknowledgements, a report,
//! a REST read and the vehicle's track as JSON and as an Arrow stream.
//! Needs `npm ci` (scripts/test runs it).

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::common::TestApp;

#[tokio::test]
async fn the_typescript_client_carries_a_command_and_a_report_end_to_end() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tsc = root.join("node_modules/.bin/tsc");
    assert!(tsc.exists(), "{} is missing: run `npm ci` (scripts/test does)", tsc.display());
    // Under the project, so the compiled modules find its node_modules
    // (apache-arrow) as the package's users find theirs.
    let out = root.join("target").join(format!("ts-client-{}", uuid::Uuid::new_v4()));
    let compiled = Command::new(&tsc)
        .args(["-p", "ts/tsconfig.json", "--outDir"])
        .arg(&out)
        .current_dir(root)
        .output()
        .unwrap();
    assert!(compiled.status.success(), "tsc: {}", String::from_utf8_lossy(&compiled.stdout));
    // The compiled modules are ES modules, as in the package.
    std::fs::write(out.join("package.json"), r#"{"type": "module"}"#).unwrap();

    let app = TestApp::start().await;
    let vehicle = app.add_vehicle("AV-1").await;
    let operator = app.add_operator("ops").await;
    let program = out.join("test/roundtrip.js");
    let run = tokio::process::Command::new("node")
        // Node 20 has WebSocket behind this flag; later versions accept it.
        .arg("--experimental-websocket")
        .arg(&program)
        .args([app.base.as_str(), "AV-1", vehicle.as_str(), operator.as_str()])
        .kill_on_drop(true)
        .output();
    let run = tokio::time::timeout(Duration::from_secs(30), run).await.expect("node hung").unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success() && stdout.trim_end().ends_with("ok"), "{stdout}\n{stderr}");
    let _ = std::fs::remove_dir_all(&out);
    app.stop().await;
}
