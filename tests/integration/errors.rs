//! Every reject is a precise 4xx in the contract's error shape: malformed
//! JSON, wrong content type or charset, schema violations (every failing
//! pointer), bad path parameters, oversized bodies, unknown routes and
//! methods; and every answer carries the caller's request id.

use serde_json::json;

use crate::common::{TestApp, error_body, ts};

/// POST a raw body to the location endpoint of a registered vehicle, as it.
async fn post_location(app: &TestApp, content_type: &str, body: String) -> reqwest::Response {
    let token = app.add_vehicle("AV-001").await;
    let url = app.url("/api/v1/vehicle/AV-001/location");
    let rq = app.http.post(url).bearer_auth(token).header("content-type", content_type);
    rq.body(body).send().await.unwrap()
}

fn location() -> serde_json::Value {
    json!({"timestamp": "2026-11-22T12:00:00Z", "latitude": 48.1, "longitude": 11.5,
           "heading": 90.0, "speed": 1.0, "accuracy": 0.5})
}

#[tokio::test]
async fn malformed_json_is_400_malformed_json() {
    let app = TestApp::start().await;
    let r = post_location(&app, "application/json", "{\"latitude\": ".into()).await;
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str().unwrap()), (400, "MALFORMED_JSON"));
    assert!(e["details"]["line"].is_number());
    app.stop().await;
}

#[tokio::test]
async fn a_wrong_content_type_is_400_unsupported_media_type() {
    let app = TestApp::start().await;
    let r = post_location(&app, "text/plain", location().to_string()).await;
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str().unwrap()), (400, "UNSUPPORTED_MEDIA_TYPE"));
    app.stop().await;
}

#[tokio::test]
async fn json_in_a_charset_other_than_utf8_is_400_unsupported_media_type() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-001").await;
    let post = |content_type: &'static str, second: f64| {
        let mut body = location();
        body["timestamp"] = json!(ts(second - 60.0));
        let url = app.url("/api/v1/vehicle/AV-001/location");
        let rq = app.http.post(url).bearer_auth(&token).header("content-type", content_type);
        rq.body(body.to_string()).send()
    };
    let refused = ["application/json; charset=ISO-8859-1", "application/json;charset=\"utf-16\""];
    for (second, content_type) in [1.0, 2.0].into_iter().zip(refused) {
        let (status, e) = error_body(post(content_type, second).await.unwrap()).await;
        assert_eq!(
            (status, e["code"].as_str().unwrap()),
            (400, "UNSUPPORTED_MEDIA_TYPE"),
            "{content_type}"
        );
        let message = e["message"].as_str().unwrap();
        assert!(
            message.contains("UTF-8") && message.to_lowercase().contains("charset="),
            "{message}"
        );
    }
    let taken = [
        "application/json; charset=UTF-8",
        "Application/JSON; charset=\"utf8\"",
        "application/vnd.tvm+json; charset=utf-8",
    ];
    for (second, content_type) in [10.0, 11.0, 12.0].into_iter().zip(taken) {
        let r = post(content_type, second).await.unwrap();
        assert_eq!(r.status(), 200, "{content_type}: {}", r.text().await.unwrap());
    }
    app.stop().await;
}

#[tokio::test]
async fn schema_violations_name_every_failing_pointer() {
    let app = TestApp::start().await;
    let mut body = location();
    body["latitude"] = json!(90.5);
    body["heading"] = json!(360);
    body["speed"] = json!(-0.1);
    body["unknown"] = json!(true);
    let r = post_location(&app, "application/json", body.to_string()).await;
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str().unwrap()), (400, "VALIDATION_FAILED"));
    let mut pointers: Vec<&str> = e["details"]["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["pointer"].as_str().unwrap())
        .collect();
    pointers.sort();
    assert_eq!(pointers, ["", "/heading", "/latitude", "/speed"]);
    app.stop().await;
}

#[tokio::test]
async fn a_timestamp_that_is_not_rfc3339_is_invalid_timestamp() {
    let app = TestApp::start().await;
    let mut body = location();
    body["timestamp"] = json!("22/11/2026 12:00");
    let r = post_location(&app, "application/json", body.to_string()).await;
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str().unwrap()), (400, "INVALID_TIMESTAMP"));
    app.stop().await;
}

#[tokio::test]
async fn a_bad_vehicle_id_in_the_path_is_400_in_the_error_shape() {
    let app = TestApp::start().await;
    let r = app
        .http
        .post(app.url("/api/v1/vehicle/-bad-/location"))
        .json(&location())
        .send()
        .await
        .unwrap();
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str().unwrap()), (400, "VALIDATION_FAILED"));
    app.stop().await;
}

#[tokio::test]
async fn a_body_over_the_limit_is_413_in_the_error_shape() {
    let app = TestApp::start().await;
    let mut body = location();
    body["padding"] = json!("x".repeat(70 * 1024));
    let r = post_location(&app, "application/json", body.to_string()).await;
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str().unwrap()), (413, "PAYLOAD_TOO_LARGE"));
    app.stop().await;
}

#[tokio::test]
async fn query_strings_are_checked_against_the_contract_by_name() {
    let app = TestApp::start().await;
    let ops = app.add_operator("ops").await;
    let long = "a".repeat(65);
    for (path, parameter) in [
        ("/api/v1/vehicles?limt=5", "limt"),
        ("/api/v1/vehicles?limit=5&limit=6", "limit"),
        (&format!("/api/v1/audit-logs?action={long}") as &str, "action"),
        ("/api/v1/locations?vehicle_ids=AV-1,%20AV-2", "vehicle_ids"),
        ("/api/v1/fleet?page=2", "page"),
    ] {
        let (status, e) = error_body(app.get(path, Some(&ops)).await).await;
        assert_eq!((status, e["code"].as_str()), (400, Some("INVALID_QUERY")), "{path}: {e}");
        assert_eq!(e["details"]["parameter"], parameter, "{path}: {e}");
    }
    // A value the generated query type cannot hold is refused before the
    // contract check; serde's message does not name the parameter here.
    for path in ["/api/v1/vehicles?include_decommissioned=1", "/api/v1/errors?severity=LOUD"] {
        let (status, e) = error_body(app.get(path, Some(&ops)).await).await;
        assert_eq!((status, e["code"].as_str()), (400, Some("INVALID_QUERY")), "{path}: {e}");
    }
    // Unknown names list what the operation takes.
    let (_, e) = error_body(app.get("/api/v1/vehicles?limt=5", Some(&ops)).await).await;
    assert_eq!(e["details"]["accepted"], json!(["cursor", "limit", "include_decommissioned"]));
    assert_eq!(app.get("/api/v1/vehicles?limit=5", Some(&ops)).await.status(), 200);
    app.stop().await;
}

#[tokio::test]
async fn unknown_routes_and_methods_are_refused_in_the_error_shape() {
    let app = TestApp::start().await;
    let r = app.http.get(app.url("/api/v1/nowhere")).send().await.unwrap();
    let (status, e) = error_body(r).await;
    assert_eq!((status, e["code"].as_str().unwrap()), (404, "NOT_FOUND"));
    assert_eq!(e["details"]["path"], "/api/v1/nowhere");
    // A path of the contract with a method it does not have: 405, with the
    // methods it does have in `Allow` and in the details.
    for (method, path, allowed) in [
        ("PUT", "/api/v1/vehicles", vec!["GET", "POST", "OPTIONS"]),
        ("DELETE", "/health", vec!["GET", "OPTIONS"]),
        (
            "POST",
            "/api/v1/vehicles/AV-001/commands/0b4a4c8e-77a4-4a4e-9d55-8f1f2c7b9d10",
            vec!["GET", "OPTIONS"],
        ),
        ("POST", "/api/docs", vec!["GET"]),
    ] {
        let r = app.http.request(method.parse().unwrap(), app.url(path)).send().await.unwrap();
        let allow = r.headers().get("allow").map(|v| v.to_str().unwrap().to_string());
        let (status, e) = error_body(r).await;
        assert_eq!(
            (status, e["code"].as_str().unwrap()),
            (405, "METHOD_NOT_ALLOWED"),
            "{method} {path}"
        );
        assert_eq!(allow.as_deref(), Some(allowed.join(", ").as_str()), "{method} {path}");
        assert_eq!(e["details"]["allowed"], json!(allowed), "{method} {path}");
    }
    // Counted apart from the operations.
    let metrics = app.http.get(app.url("/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(
        metrics.contains(r#"tvm_http_requests_total{operation="unrouted",status="404"} 1"#),
        "{metrics}"
    );
    app.stop().await;
}

#[tokio::test]
async fn every_answer_carries_the_callers_request_id_when_it_is_sane() {
    let app = TestApp::start().await;
    let token = app.add_vehicle("AV-001").await;
    let mine = "trace-7f3a:01/checkout";
    let with_id = |rq: reqwest::RequestBuilder, id: &str| rq.header("x-request-id", id);
    let answers = [
        ("success", with_id(app.http.get(app.url("/health")), mine)),
        ("handler refusal", with_id(app.http.get(app.url("/api/v1/vehicles")), mine)),
        (
            "extractor refusal",
            with_id(app.http.get(app.url("/api/v1/vehicles?limit=lots")).bearer_auth(&token), mine),
        ),
        ("validation refusal", {
            let rq = app.http.post(app.url("/api/v1/vehicle/AV-001/location")).bearer_auth(&token);
            with_id(rq.json(&json!({"latitude": 100})), mine)
        }),
        ("unknown route", with_id(app.http.get(app.url("/nope")), mine)),
        ("wrong method", with_id(app.http.delete(app.url("/health")), mine)),
        ("document", with_id(app.http.get(app.url("/api/openapi.json")), mine)),
        ("metrics", with_id(app.http.get(app.url("/metrics")), mine)),
    ];
    for (what, rq) in answers {
        let r = rq.send().await.unwrap();
        let id = r.headers().get("x-request-id").map(|v| v.to_str().unwrap().to_string());
        assert_eq!(id.as_deref(), Some(mine), "{what}: {}", r.status());
    }
    // The WebSocket handshake's 101 carries it too.
    let admin = app.admin_token().await;
    let mut handshake =
        tokio_tungstenite::tungstenite::client::IntoClientRequest::into_client_request(
            app.url(&format!("/ws/fleet?token={admin}")).replace("http://", "ws://"),
        )
        .unwrap();
    handshake.headers_mut().insert("x-request-id", mine.parse().unwrap());
    let (_socket, resp) = tokio_tungstenite::connect_async(handshake).await.unwrap();
    assert_eq!(resp.status(), 101);
    assert_eq!(resp.headers().get("x-request-id").unwrap(), mine);
    // An id that is not sane (spaces, too long) or absent is replaced by a
    // new one per request.
    let mut seen = std::collections::HashSet::new();
    for sent in [Some("two words"), Some(&*"x".repeat(129)), None, None] {
        let mut rq = app.http.get(app.url("/health"));
        if let Some(s) = sent {
            rq = rq.header("x-request-id", s);
        }
        let r = rq.send().await.unwrap();
        let id = r.headers().get("x-request-id").unwrap().to_str().unwrap().to_string();
        assert!(uuid::Uuid::parse_str(&id).is_ok(), "{sent:?} gave {id}");
        assert!(seen.insert(id), "an id was given twice");
    }
    app.stop().await;
}

/// `details` follow `code`: each refusal decodes into the contract's
/// variant for its code, with that code's typed details.
#[tokio::test]
async fn error_details_are_the_contracts_type_for_each_code() {
    use tvm::models::{ErrorBody, ErrorResponse};
    let app = TestApp::start().await;
    let typed = |v: serde_json::Value| serde_json::from_value::<ErrorResponse>(v).unwrap().error;

    let r = post_location(&app, "application/json", "{\n \"latitude\": ".into()).await;
    match typed(r.json().await.unwrap()) {
        ErrorBody::MalformedJson { details, .. } => assert_eq!(details.line, 2),
        other => panic!("not MALFORMED_JSON: {other:?}"),
    }

    let token = app.add_vehicle("AV-002").await;
    let (mut fresh, mut late) = (location(), location());
    fresh["timestamp"] = json!(crate::common::ts(0.0));
    late["timestamp"] = json!("2020-01-01T00:00:00Z");
    let bulk = json!({ "messages": [
        { "type": "location", "data": fresh },
        { "type": "location", "data": late },
    ]});
    let url = app.url("/api/v1/vehicle/AV-002/bulk");
    let r = app.http.post(url).bearer_auth(&token).json(&bulk).send().await.unwrap();
    match typed(r.json().await.unwrap()) {
        ErrorBody::InvalidTimestamp { details, .. } => {
            assert_eq!(details.index, Some(1));
            assert!(details.earliest.is_some() && details.latest.is_some(), "{details:?}");
        }
        other => panic!("not INVALID_TIMESTAMP: {other:?}"),
    }

    let url = app.url("/api/v1/vehicles?limit=0");
    let r = app.http.get(url).bearer_auth(app.admin_token().await).send().await.unwrap();
    match typed(r.json().await.unwrap()) {
        ErrorBody::InvalidQuery { details, .. } => {
            assert_eq!(details.parameter.as_deref(), Some("limit"))
        }
        other => panic!("not INVALID_QUERY: {other:?}"),
    }

    let r = app.http.delete(app.url("/api/v1/fleet")).send().await.unwrap();
    let body = typed(r.json().await.unwrap());
    assert_eq!(body.code(), tvm::models::ErrorCode::MethodNotAllowed, "{body:?}");
    let ErrorBody::MethodNotAllowed { details, .. } = body else { unreachable!() };
    assert!(details.allowed.contains(&"GET".to_string()), "{details:?}");
    app.stop().await;
}

/// A command is a union tagged by `command`: a bad one is refused with the
/// failing fields of the kind it names (not "valid under none of the
/// schemas"), a kind that does not exist at `/command` with the kinds there
/// are, and nothing is queued.
#[tokio::test]
async fn a_bad_command_names_its_failing_fields() {
    let app = TestApp::start().await;
    app.add_vehicle("AV-1").await;
    let ops = app.add_operator("ops").await;
    let refused = |body: serde_json::Value| {
        let (app, ops) = (&app, &ops);
        async move {
            let r = crate::live::post_command(app, ops, "AV-1", body).await;
            let (status, e) = error_body(r).await;
            assert_eq!((status, e["code"].as_str()), (400, Some("VALIDATION_FAILED")), "{e}");
            let violations = e["details"]["violations"].as_array().unwrap().clone();
            violations
                .iter()
                .map(|v| v["pointer"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        }
    };
    let speed = json!({"command": "configure", "params": {"speed_limit": 80}});
    assert_eq!(refused(speed).await, ["/params/speed_limit"]);
    let dispatch = json!({"command": "dispatch", "params": {"mission_id": "M-1", "priority": "asap",
        "pickup": {"latitude": 52.5, "longitude": 13.4},
        "destination": {"latitude": 52.6, "longitude": 13.5}}});
    assert_eq!(refused(dispatch).await, ["/params/priority"]);
    assert_eq!(refused(json!({"command": "fly", "params": {}})).await, ["/command"]);
    let queued = app.db().await.query_one("SELECT count(*) FROM commands", &[]).await.unwrap();
    assert_eq!(queued.get::<_, i64>(0), 0);
    app.stop().await;
}

/// A body naming the same key twice is refused as malformed, at the
/// repeat, over REST and on the socket, and nothing of it is stored (before,
/// the last one won, though a proxy in front may read the first).
#[tokio::test]
async fn a_key_given_twice_is_malformed_json() {
    use crate::live::{next_of, ws};
    use tvm::sockets::VehicleOutboundType;
    let app = TestApp::start().await;
    let now = crate::common::ts(0.0);
    let body = format!(
        r#"{{"timestamp": "{now}", "latitude": 48.1, "longitude": 11.5,
            "heading": 90.0, "speed": 1.0, "accuracy": 0.5, "latitude": 52.5}}"#
    );
    let token = app.add_vehicle("AV-001").await;
    let url = app.url("/api/v1/vehicle/AV-001/location");
    let rq = app.http.post(url).bearer_auth(&token).header("content-type", "application/json");
    let (status, e) = error_body(rq.body(body.clone()).send().await.unwrap()).await;
    assert_eq!((status, e["code"].as_str()), (400, Some("MALFORMED_JSON")), "{e}");
    assert!(e["message"].as_str().unwrap().contains(r#""latitude" appears twice"#), "{e}");
    assert_eq!(e["details"]["line"], 2, "{e}");

    let mut socket = ws(&app, "/ws/vehicle/AV-001", &token).await;
    let message = format!(
        r#"{{"type": "location", "id": "m-1", "timestamp": "{now}", "payload": {body}, "id": "m-2"}}"#
    );
    futures::SinkExt::send(&mut socket, tokio_tungstenite::tungstenite::Message::text(message))
        .await
        .unwrap();
    let refusal = next_of(&mut socket, VehicleOutboundType::SocketError).await;
    assert_eq!(refusal["payload"]["error"]["code"], "MALFORMED_JSON", "{refusal}");

    let db = app.db().await;
    assert_eq!(crate::common::count(&db, "vehicle_locations", "AV-001").await, 0);
    app.stop().await;
}
