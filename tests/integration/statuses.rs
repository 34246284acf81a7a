//! The status codes of every operation, produced for real and
//! checked against the contract: each answer's status must be one the
//! operation documents in `openapi/tvm.json`, and its body the error shape.

use serde_json::{Value, json};

use crate::common::{TestApp, error_body, location_at, report, ts};

/// The statuses `openapi/tvm.json` documents for `method path`.
fn documented(method: &str, path: &str) -> Vec<u16> {
    static DOC: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
        let p = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/tvm.json");
        serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
    });
    let path = path.split('?').next().unwrap();
    let (template, _) = DOC["paths"]
        .as_object()
        .unwrap()
        .iter()
        .find(|(t, item)| matches(t, path) && item.get(method).is_some())
        .unwrap_or_else(|| panic!("{method} {path} is not in the contract"));
    DOC["paths"][template][method]["responses"]
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.parse().unwrap())
        .collect()
}

fn matches(template: &str, path: &str) -> bool {
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    t.len() == p.len() && t.iter().zip(&p).all(|(t, p)| t.starts_with('{') || t == p)
}

struct Tokens {
    vehicle: String,
    other: String,
    operator: String,
    admin: String,
}

impl Tokens {
    fn get(&self, who: &str) -> Option<&str> {
        match who {
            "vehicle" => Some(&self.vehicle),
            "other" => Some(&self.other),
            "operator" => Some(&self.operator),
            "admin" => Some(&self.admin),
            "forged" => Some("eyJhbGciOiJub25lIn0.e30."),
            _ => None,
        }
    }
}

#[tokio::test]
async fn every_operation_answers_each_documented_status_in_the_contract_shape() {
    let app = TestApp::start().await;
    let tokens = Tokens {
        vehicle: app.add_vehicle("AV-1").await,
        other: app.add_vehicle("AV-2").await,
        operator: app.add_operator("ops").await,
        admin: app.admin_token().await,
    };
    app.add_client("ops-2", "operator", None).await;
    let big = json!({ "filler": "x".repeat(70 * 1024) });
    let many: Vec<Value> = (0..1001)
        .map(|i| json!({"type": "location", "data": location_at(&ts(-2000.0 + i as f64))}))
        .collect();
    let mut n = 0.0;
    let mut at = || {
        n += 1.0;
        ts(-250.0 + n)
    };
    #[rustfmt::skip]
    let cases: Vec<(&str, &str, &str, Value, u16)> = vec![
        ("post", "/api/v1/auth/token", "", json!({"client_id": "ops-2"}), 400),
        ("post", "/api/v1/auth/token", "", json!({"client_id": "ops-2", "client_secret": "wrong"}), 401),
        ("post", "/api/v1/auth/refresh", "", json!({}), 400),
        ("post", "/api/v1/auth/refresh", "", json!({"refresh_token": "nope"}), 401),
        ("post", "/api/v1/vehicle/AV-1/location", "vehicle", location_at(&at()), 200),
        ("post", "/api/v1/vehicle/AV-1/status", "vehicle", report("status", &at()), 200),
        ("post", "/api/v1/vehicle/AV-1/battery", "vehicle", report("battery", &at()), 200),
        ("post", "/api/v1/vehicle/AV-1/error", "vehicle", report("error", &at()), 200),
        ("post", "/api/v1/vehicle/AV-1/docking", "vehicle", report("docking", &at()), 200),
        ("post", "/api/v1/vehicle/AV-1/bulk", "vehicle", json!({"messages": [{"type": "location", "data": location_at(&at())}]}), 200),
        ("post", "/api/v1/vehicle/AV-1/bulk", "vehicle", json!({ "messages": many }), 413),
        ("post", "/api/v1/vehicles", "admin", json!({"vehicle_id": "AV-3"}), 201),
        ("post", "/api/v1/vehicles", "admin", json!({"vehicle_id": "AV-3"}), 409),
        ("post", "/api/v1/vehicles", "admin", json!({"vehicle_id": "no spaces"}), 400),
        ("post", "/api/v1/vehicles", "operator", json!({"vehicle_id": "AV-4"}), 403),
        ("get", "/api/v1/vehicles/AV-1", "operator", json!(null), 200),
        ("get", "/api/v1/vehicles/AV-404", "operator", json!(null), 404),
        ("get", "/api/v1/vehicles/-x-", "operator", json!(null), 400),
        ("get", "/api/v1/vehicles/AV-1", "vehicle", json!(null), 403),
        ("get", "/api/v1/vehicles/AV-1", "", json!(null), 401),
        ("patch", "/api/v1/vehicles/AV-3", "admin", json!({"name": "Three"}), 200),
        ("patch", "/api/v1/vehicles/AV-3", "admin", json!({"name": ""}), 400),
        ("patch", "/api/v1/vehicles/AV-404", "admin", json!({"name": "x"}), 404),
        ("patch", "/api/v1/vehicles/AV-3", "operator", json!({"name": "x"}), 403),
        ("patch", "/api/v1/vehicles/AV-3", "forged", json!({"name": "x"}), 401),
        ("delete", "/api/v1/vehicles/AV-3", "operator", json!(null), 403),
        ("delete", "/api/v1/vehicles/AV-3", "admin", json!(null), 204),
        ("delete", "/api/v1/vehicles/AV-404", "admin", json!(null), 404),
        ("delete", "/api/v1/vehicles/bad%20id", "admin", json!(null), 400),
        ("delete", "/api/v1/vehicles/AV-3", "", json!(null), 401),
        ("post", "/api/v1/clients", "admin", json!({"client_id": "ops-3", "role": "operator"}), 201),
        ("post", "/api/v1/clients", "admin", json!({"client_id": "ops-3", "role": "operator"}), 409),
        ("post", "/api/v1/clients", "admin", json!({"client_id": "v-9", "role": "vehicle", "vehicle_id": "AV-9"}), 404),
        ("post", "/api/v1/clients", "admin", json!({"client_id": "ops-4"}), 400),
        ("post", "/api/v1/clients", "operator", json!({"client_id": "ops-4", "role": "admin"}), 403),
        ("post", "/api/v1/clients", "", json!({"client_id": "ops-4", "role": "admin"}), 401),
        ("get", "/api/v1/clients", "admin", json!(null), 200),
        ("get", "/api/v1/clients?limit=5000", "admin", json!(null), 400),
        ("get", "/api/v1/clients", "operator", json!(null), 403),
        ("get", "/api/v1/clients", "", json!(null), 401),
        ("delete", "/api/v1/clients/ops-3", "operator", json!(null), 403),
        ("delete", "/api/v1/clients/ops-3", "admin", json!(null), 204),
        ("delete", "/api/v1/clients/nobody", "admin", json!(null), 404),
        ("delete", "/api/v1/clients/ops-3", "", json!(null), 401),
    ];
    let mut cases = cases;
    let command = "/api/v1/vehicles/AV-1/commands/6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60";
    let reservation = json!({"reservation_id": "R-1", "pickup": {"latitude": 1, "longitude": 2},
                              "destination": {"latitude": 3, "longitude": 4}, "pickup_after": ts(600.0)});
    #[rustfmt::skip]
    cases.extend(vec![
        ("get", "/api/v1/vehicles", "operator", json!(null), 200),
        ("get", "/api/v1/vehicles?limit=0", "operator", json!(null), 400),
        ("get", "/api/v1/vehicles", "vehicle", json!(null), 403),
        ("get", "/api/v1/vehicles", "", json!(null), 401),
        ("get", "/api/v1/vehicles/AV-1/locations", "operator", json!(null), 200),
        ("get", "/api/v1/vehicles/AV-1/statuses", "admin", json!(null), 200),
        ("get", "/api/v1/vehicles/AV-1/battery", "operator", json!(null), 200),
        ("get", "/api/v1/vehicles/AV-1/docking", "operator", json!(null), 200),
        ("get", "/api/v1/vehicles/AV-404/docking", "operator", json!(null), 404),
        ("get", "/api/v1/vehicles/AV-1/battery?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "operator", json!(null), 400),
        ("get", "/api/v1/vehicles/AV-1/statuses", "vehicle", json!(null), 403),
        ("get", "/api/v1/vehicles/AV-1/battery/health", "operator", json!(null), 200),
        ("get", "/api/v1/vehicles/AV-404/battery/health", "operator", json!(null), 404),
        ("get", "/api/v1/vehicles/AV-1/battery/health", "vehicle", json!(null), 403),
        ("get", "/api/v1/locations?vehicle_ids=AV-1,AV-2", "operator", json!(null), 200),
        ("get", "/api/v1/locations", "operator", json!(null), 400),
        ("get", "/api/v1/locations?vehicle_ids=AV-1", "", json!(null), 401),
        ("get", "/api/v1/docking/stats", "operator", json!(null), 200),
        ("get", "/api/v1/docking/stats", "vehicle", json!(null), 403),
        ("get", "/api/v1/errors?severity=CRITICAL&resolved=false", "operator", json!(null), 200),
        ("get", "/api/v1/errors?severity=FATAL", "operator", json!(null), 400),
        ("get", "/api/v1/errors", "vehicle", json!(null), 403),
        ("post", "/api/v1/errors/999999/resolve", "operator", json!({}), 404),
        ("post", "/api/v1/errors/999999/resolve", "operator", json!({"note": 5}), 400),
        ("post", "/api/v1/errors/999999/resolve", "vehicle", json!({}), 403),
        ("get", "/api/v1/missions?status=active", "operator", json!(null), 200),
        ("get", "/api/v1/missions/M-404", "operator", json!(null), 404),
        ("get", "/api/v1/missions", "", json!(null), 401),
        ("post", "/api/v1/reservations", "operator", reservation.clone(), 201),
        ("post", "/api/v1/reservations", "operator", reservation, 409),
        ("post", "/api/v1/reservations", "operator", json!({"reservation_id": "R-2"}), 400),
        ("post", "/api/v1/reservations", "vehicle", json!({"reservation_id": "R-3"}), 403),
        ("get", "/api/v1/reservations?status=pending", "operator", json!(null), 200),
        ("post", "/api/v1/vehicles/AV-1/commands", "operator", json!({"command": "configure", "params": {"speed_limit": 2.0}}), 202),
        ("post", "/api/v1/vehicles/AV-1/commands", "operator", json!({"command": "resume", "params": {}}), 409),
        ("post", "/api/v1/vehicles/AV-1/commands", "operator", json!({"command": "fly", "params": {}}), 400),
        ("post", "/api/v1/vehicles/AV-404/commands", "admin", json!({"command": "resume", "params": {}}), 404),
        ("post", "/api/v1/vehicles/AV-1/commands", "vehicle", json!({"command": "resume", "params": {}}), 403),
        ("post", "/api/v1/vehicles/AV-1/commands", "", json!({"command": "resume", "params": {}}), 401),
        ("get", "/api/v1/vehicles/AV-1/commands", "operator", json!(null), 200),
        ("get", "/api/v1/vehicles/AV-1/commands?cursor=nope", "operator", json!(null), 400),
        ("get", command, "operator", json!(null), 404),
        ("get", "/api/v1/vehicles/AV-1/commands/not-a-uuid", "operator", json!(null), 400),
        ("get", "/api/v1/audit-logs?action=vehicle.create", "admin", json!(null), 200),
        ("get", "/api/v1/audit-logs", "operator", json!(null), 403),
        ("get", "/api/v1/stream", "", json!(null), 401),
        ("get", "/api/v1/stream", "vehicle", json!(null), 403),
        ("get", "/api/v1/stream?vehicle_ids=bad%20id", "operator", json!(null), 400),
        ("get", "/ws/fleet", "operator", json!(null), 400),
        ("get", "/ws/vehicle/AV-1", "forged", json!(null), 400),
        ("get", "/health", "", json!(null), 200),
    ]);
    for kind in ["location", "status", "battery", "error", "docking", "bulk"] {
        let path: &'static str = Box::leak(format!("/api/v1/vehicle/AV-1/{kind}").into_boxed_str());
        let other: &'static str =
            Box::leak(format!("/api/v1/vehicle/AV-404/{kind}").into_boxed_str());
        let body = if kind == "bulk" {
            json!({"messages": [{"type": "status", "data": report("status", &at())}]})
        } else {
            report(kind, &at())
        };
        cases.push(("post", path, "vehicle", json!({"timestamp": "soon"}), 400));
        cases.push(("post", path, "", body.clone(), 401));
        cases.push(("post", path, "other", body.clone(), 403));
        cases.push(("post", path, "operator", body.clone(), 403));
        cases.push(("post", other, "admin", body.clone(), 404));
        // Uploads may be 4 MiB; single messages 64 KiB.
        let too_big =
            if kind == "bulk" { json!({ "filler": "x".repeat(5 << 20) }) } else { big.clone() };
        cases.push(("post", path, "vehicle", too_big, 413));
    }
    for (method, path, who, body, expect) in cases {
        let mut rq = app.http.request(method.to_uppercase().parse().unwrap(), app.url(path));
        if let Some(t) = tokens.get(who) {
            rq = rq.bearer_auth(t);
        }
        if !body.is_null() {
            rq = rq.json(&body);
        }
        let resp = rq.send().await.unwrap();
        let status = resp.status().as_u16();
        let allowed = documented(method, path);
        assert!(
            allowed.contains(&status),
            "{method} {path} answered {status}, not documented ({allowed:?})"
        );
        if status >= 400 {
            let (_, e) = error_body(resp).await;
            assert_eq!(status, expect, "{method} {path} as {who:?}: {e}");
        } else {
            assert_eq!(status, expect, "{method} {path} as {who:?}");
        }
    }
    app.stop().await;
}
