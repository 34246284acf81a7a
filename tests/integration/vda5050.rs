//! The VDA 5050 bridge against a client no one here wrote: virtual AGVs of
//! `vda-5050-lib` (npm, pinned in package.json: its AgvController executes
//! orders and instant actions as the standard says), each in its own Node
//! process on the local Mosquitto, and a server with `TVM_MQTT_URL`. A
//! recorder subscribed to the bridge's `order` and `instantActions` checks
//! every message it sends against the pinned VDA 5050 schemas. Each test
//! has its own interface name, so tests and runs never see each other's
//! vehicles.

use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::common::TestApp;
use crate::live::{next_of, send, ws};
use tvm::sockets::{FrontendInboundType, FrontendOutboundType};

/// The tests' broker (scripts/test starts it).
fn mqtt_url() -> String {
    std::env::var("TVM_TEST_MQTT_URL").unwrap_or_else(|_| "mqtt://127.0.0.1:1883".into())
}

/// The map origin of every test vehicle.
const ORIGIN: (f64, f64) = (48.0, 11.0);
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Map metres as latitude and longitude (what a dispatch names).
fn geo(x: f64, y: f64) -> (f64, f64) {
    let lat = ORIGIN.0 + (y / EARTH_RADIUS_M).to_degrees();
    let lon = ORIGIN.1 + (x / (EARTH_RADIUS_M * ORIGIN.0.to_radians().cos())).to_degrees();
    (lat, lon)
}

fn interface() -> String {
    format!("tvmtest{}", &uuid::Uuid::new_v4().simple().to_string()[..10])
}

fn link(interface: &str, serial: &str) -> Value {
    json!({
        "manufacturer": "TVMTest", "serial_number": serial, "interface_name": interface,
        "version": "2.0.0", "map_id": "local",
        "origin": {"latitude": ORIGIN.0, "longitude": ORIGIN.1}
    })
}

/// A virtual AGV in its own Node process.
struct Agv {
    child: tokio::process::Child,
}

impl Agv {
    async fn start(interface: &str, serial: &str, options: Value) -> Agv {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        assert!(
            root.join("node_modules/vda-5050-lib").exists(),
            "node_modules/vda-5050-lib is missing: run `npm ci` (scripts/test does)"
        );
        let mut args = json!({
            "broker": mqtt_url(), "interfaceName": interface,
            "manufacturer": "TVMTest", "serialNumber": serial,
        });
        for (k, v) in options.as_object().unwrap() {
            args[k] = v.clone();
        }
        let mut child = tokio::process::Command::new("node")
            .arg(root.join("tests/vda5050/agv.cjs"))
            .arg(args.to_string())
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("node runs");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let started = tokio::time::timeout(Duration::from_secs(15), lines.next_line()).await;
        assert_eq!(started.expect("virtual AGV starts").unwrap().as_deref(), Some("started"));
        Agv { child }
    }

    /// Gone without a word: the broker publishes its last will.
    async fn kill(mut self) {
        self.child.kill().await.unwrap();
    }
}

/// Every `order` and `instantActions` the bridge publishes for `interface`.
struct Recorder {
    seen: Arc<Mutex<Vec<(String, Value)>>>,
    _task: tokio::task::JoinHandle<()>,
}

impl Recorder {
    async fn start(interface: &str) -> Recorder {
        let id = format!("tvm-test-recorder-{}", uuid::Uuid::new_v4().simple());
        let options = tvm::links::mqtt(&mqtt_url(), None, &id).unwrap();
        let (client, mut events) = rumqttc::AsyncClient::new(options, 64);
        for topic in ["order", "instantActions"] {
            let filter = format!("{interface}/v2/+/+/{topic}");
            client.subscribe(filter, rumqttc::QoS::AtMostOnce).await.unwrap();
        }
        let seen: Arc<Mutex<Vec<(String, Value)>>> = Arc::default();
        let (ready_tx, ready) = tokio::sync::oneshot::channel();
        let mut ready_tx = Some(ready_tx);
        let sink = seen.clone();
        let task = tokio::spawn(async move {
            let _client = client;
            let mut subacks = 0;
            loop {
                match events.poll().await {
                    Ok(rumqttc::Event::Incoming(rumqttc::Packet::SubAck(_))) => {
                        subacks += 1;
                        if subacks == 2 {
                            let _ = ready_tx.take().map(|tx| tx.send(()));
                        }
                    }
                    Ok(rumqttc::Event::Incoming(rumqttc::Packet::Publish(p))) => {
                        let v: Value = serde_json::from_slice(&p.payload).unwrap();
                        sink.lock().unwrap().push((p.topic.clone(), v));
                    }
                    Ok(_) => {}
                    Err(e) => panic!("recorder lost the broker: {e}"),
                }
            }
        });
        tokio::time::timeout(Duration::from_secs(10), ready).await.unwrap().unwrap();
        Recorder { seen, _task: task }
    }

    /// What was published so far, each checked against its pinned schema.
    fn messages(&self) -> Vec<(String, Value)> {
        let seen = self.seen.lock().unwrap().clone();
        for (topic, message) in &seen {
            let module = if topic.ends_with("/order") { "order" } else { "instant_actions" };
            let found = tvm::vda5050::violations(module, message);
            assert!(found.is_empty(), "{topic} breaks the VDA 5050 schema: {found:?}\n{message}");
        }
        seen
    }

    /// Index of the first message whose topic ends with `topic` and that
    /// `matches`.
    fn position(&self, topic: &str, matches: impl Fn(&Value) -> bool) -> Option<usize> {
        self.messages().iter().position(|(t, m)| t.ends_with(topic) && matches(m))
    }
}

fn is_action(m: &Value, action_type: &str) -> bool {
    m["actions"][0]["actionType"] == action_type
}

async fn register(app: &TestApp, admin: &str, vehicle_id: &str, link: Value) {
    let r = app
        .post("/api/v1/vehicles", Some(admin), &json!({"vehicle_id": vehicle_id, "vda5050": link}))
        .await;
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
}

async fn command(app: &TestApp, token: &str, vehicle: &str, body: Value) -> String {
    let r = crate::live::post_command(app, token, vehicle, body).await;
    assert_eq!(r.status(), 202, "{}", r.text().await.unwrap_or_default());
    r.json::<Value>().await.unwrap()["command_id"].as_str().unwrap().to_string()
}

fn dispatch(mission: &str, pickup: (f64, f64), destination: (f64, f64)) -> Value {
    let (p, d) = (geo(pickup.0, pickup.1), geo(destination.0, destination.1));
    json!({"command": "dispatch", "params": {
        "mission_id": mission, "priority": "normal",
        "pickup": {"latitude": p.0, "longitude": p.1},
        "destination": {"latitude": d.0, "longitude": d.1}}})
}

/// Poll `f` until it gives a value, at most `within`.
async fn eventually<T, F, Fut>(what: &str, within: Duration, mut f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = Instant::now() + within;
    loop {
        if let Some(v) = f().await {
            return v;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn command_record(app: &TestApp, token: &str, vehicle: &str, id: &str) -> Value {
    let r = app.get(&format!("/api/v1/vehicles/{vehicle}/commands/{id}"), Some(token)).await;
    // An emergency stop is sent before its row is stored: 404 until then.
    if r.status() == 404 {
        return Value::Null;
    }
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

/// The command's record once it reaches `status`.
async fn command_reaches(
    app: &TestApp,
    token: &str,
    vehicle: &str,
    id: &str,
    status: &str,
) -> Value {
    let what = format!("command {id} to be {status}");
    eventually(&what, Duration::from_secs(30), || async {
        let c = command_record(app, token, vehicle, id).await;
        (c["status"] == status).then_some(c)
    })
    .await
}

async fn summary(app: &TestApp, token: &str, vehicle: &str) -> Value {
    let fleet: Value = app.get("/api/v1/fleet", Some(token)).await.json().await.unwrap();
    let vehicles = fleet["vehicles"].as_array().cloned().unwrap_or_default();
    vehicles.into_iter().find(|v| v["vehicle_id"] == vehicle).unwrap_or(Value::Null)
}

/// The vehicle's summary once `check` holds.
async fn fleet_shows(
    app: &TestApp,
    token: &str,
    vehicle: &str,
    what: &str,
    check: impl Fn(&Value) -> bool,
) -> Value {
    eventually(what, Duration::from_secs(30), || async {
        let s = summary(app, token, vehicle).await;
        check(&s).then_some(s)
    })
    .await
}

async fn states(app: &TestApp, vehicle: &str) -> Vec<String> {
    let db = app.db().await;
    let rows = db
        .query(
            "SELECT state FROM vehicle_status WHERE vehicle_id = $1 ORDER BY \"timestamp\"",
            &[&vehicle],
        )
        .await
        .unwrap();
    rows.iter().map(|r| r.get(0)).collect()
}

#[tokio::test]
async fn a_virtual_agv_is_dispatched_to_completion_through_the_bridge() {
    let iface = interface();
    let recorder = Recorder::start(&iface).await;
    let app = TestApp::start_env(&[("TVM_MQTT_URL", &mqtt_url())]).await;
    let admin = app.admin_token().await;
    register(&app, &admin, "AGV-1", link(&iface, "001")).await;
    let ops = app.add_operator("ops").await;
    // A native vehicle beside it: both are seen on one fleet socket.
    let native = app.add_vehicle("AV-1").await;
    let mut fleet = ws(&app, "/ws/fleet", &ops).await;
    send(&mut fleet, FrontendInboundType::Subscribe, json!({"vehicle_ids": ["AGV-1", "AV-1"]}))
        .await;
    next_of(&mut fleet, FrontendOutboundType::Subscriptions).await;

    let agv = Agv::start(&iface, "001", json!({})).await;
    // A state's reports are stored one after another (location, status,
    // errors, battery): wait for the last of them.
    let s = fleet_shows(&app, &ops, "AGV-1", "AGV-1 online and idle", |s| {
        s["online"] == true
            && s["state"] == "idle"
            && s["location"].is_object()
            && s["battery"].is_object()
    })
    .await;
    let at = &s["location"];
    assert!((at["latitude"].as_f64().unwrap() - ORIGIN.0).abs() < 1e-9, "{s}");
    assert!((at["longitude"].as_f64().unwrap() - ORIGIN.1).abs() < 1e-9, "{s}");
    let battery: f64 = s["battery"]["soc"].as_f64().unwrap();
    assert!((battery - 100.0).abs() < 1e-9, "{s}");

    let r = app
        .post(
            "/api/v1/vehicle/AV-1/location",
            Some(&native),
            &crate::common::location_at(&crate::common::ts(0.0)),
        )
        .await;
    assert_eq!(r.status(), 200);
    let mut updated = std::collections::HashSet::new();
    while updated.len() < 2 {
        let u = next_of(&mut fleet, FrontendOutboundType::LocationUpdate).await;
        updated.insert(u["payload"]["vehicle_id"].as_str().unwrap().to_string());
    }

    let id = command(&app, &ops, "AGV-1", dispatch("M-1", (10.0, 0.0), (10.0, 10.0))).await;
    command_reaches(&app, &ops, "AGV-1", &id, "acknowledged").await;
    let done = command_reaches(&app, &ops, "AGV-1", &id, "completed").await;
    assert_eq!(done["command"], "dispatch");
    let mission: Value = app.get("/api/v1/missions/M-1", Some(&ops)).await.json().await.unwrap();
    assert_eq!(mission["status"], "completed", "{mission}");

    // The order as published: the mission's id, update 0, from where the
    // vehicle stood through the pickup to the destination, on its map.
    let orders: Vec<Value> = recorder
        .messages()
        .into_iter()
        .filter(|(t, _)| t == &format!("{iface}/v2/TVMTest/001/order"))
        .map(|(_, m)| m)
        .collect();
    let order = orders.first().expect("an order was published");
    assert_eq!(order["orderId"], "M-1");
    assert_eq!(order["orderUpdateId"], 0);
    assert_eq!(order["version"], "2.0.0");
    let nodes = order["nodes"].as_array().unwrap();
    let expected = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)];
    for (node, (x, y)) in nodes.iter().zip(expected) {
        let p = &node["nodePosition"];
        assert_eq!(p["mapId"], "local");
        assert!((p["x"].as_f64().unwrap() - x).abs() < 1e-6, "{node}");
        assert!((p["y"].as_f64().unwrap() - y).abs() < 1e-6, "{node}");
    }
    assert_eq!(nodes.len(), 3);
    assert_eq!(order["edges"].as_array().unwrap().len(), 2);

    // Where it ended: at the destination, idle, having navigated.
    let s = fleet_shows(&app, &ops, "AGV-1", "AGV-1 idle at the destination", |s| {
        s["state"] == "idle"
            && s["location"]["latitude"]
                .as_f64()
                .is_some_and(|l| (l - geo(10.0, 10.0).0).abs() < 1e-6)
    })
    .await;
    assert!((s["location"]["longitude"].as_f64().unwrap() - geo(10.0, 10.0).1).abs() < 1e-6, "{s}");
    let history = states(&app, "AGV-1").await;
    assert!(history.windows(2).any(|w| w == ["navigating", "idle"]), "{history:?}");
    agv.kill().await;
    app.stop().await;
}

#[tokio::test]
async fn errors_a_lost_connection_and_an_emergency_stop_over_the_bridge() {
    let iface = interface();
    let recorder = Recorder::start(&iface).await;
    let app = TestApp::start_env(&[("TVM_MQTT_URL", &mqtt_url())]).await;
    let admin = app.admin_token().await;
    register(&app, &admin, "AGV-1", link(&iface, "001")).await;
    register(&app, &admin, "AGV-2", link(&iface, "002")).await;
    let ops = app.add_operator("ops").await;

    // The same identity twice is a conflict naming its holder.
    let r = app
        .post(
            "/api/v1/vehicles",
            Some(&admin),
            &json!({"vehicle_id": "AGV-3", "vda5050": link(&iface, "001")}),
        )
        .await;
    let (status, body) = crate::common::error_body(r).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("CONFLICT")), "{body}");
    assert_eq!(body["details"]["vehicle_id"], "AGV-1");

    // An error: its battery falls below the vehicle's threshold on its way
    // (a 100 m reach: 1 % a metre), it stops and reports batteryLowError,
    // FATAL → BAT_LOW_CHARGE, ERROR, and the vehicle is in `error`.
    let weak =
        Agv::start(&iface, "002", json!({"battery": 6, "lowBattery": 5, "reach": 100})).await;
    fleet_shows(&app, &ops, "AGV-2", "AGV-2 online", |s| {
        s["online"] == true && s["location"].is_object()
    })
    .await;
    let id = command(&app, &ops, "AGV-2", dispatch("M-2", (5.0, 0.0), (5.0, 5.0))).await;
    command_reaches(&app, &ops, "AGV-2", &id, "acknowledged").await;
    let db = app.db().await;
    let error = eventually("AGV-2's battery error", Duration::from_secs(20), || async {
        db.query_opt(
            "SELECT code, severity, description FROM vehicle_errors WHERE vehicle_id = 'AGV-2'",
            &[],
        )
        .await
        .unwrap()
        .map(|r| (r.get::<_, String>(0), r.get::<_, String>(1), r.get::<_, String>(2)))
    })
    .await;
    assert_eq!((error.0.as_str(), error.1.as_str()), ("BAT_LOW_CHARGE", "ERROR"), "{error:?}");
    assert!(error.2.contains("batteryLowError"), "{error:?}");
    fleet_shows(&app, &ops, "AGV-2", "AGV-2 in error", |s| s["state"] == "error").await;
    weak.kill().await;

    // A command the vehicle does not know is its refusal, not a timeout.
    let agv = Agv::start(&iface, "001", json!({"speed": 1})).await;
    fleet_shows(&app, &ops, "AGV-1", "AGV-1 online", |s| {
        s["online"] == true && s["location"].is_object()
    })
    .await;
    let id = command(
        &app,
        &ops,
        "AGV-1",
        json!({"command": "configure", "params": {"speed_limit": 1.5}}),
    )
    .await;
    let refused = command_reaches(&app, &ops, "AGV-1", &id, "rejected").await;
    assert!(refused["reason"].as_str().is_some_and(|r| !r.is_empty()), "{refused}");
    let configure = recorder.position("/instantActions", |m| is_action(m, "tvmConfigure")).unwrap();
    assert_eq!(
        recorder.messages()[configure].1["actions"][0]["actionParameters"][0]["key"],
        "speedLimit"
    );

    // A lost connection: the broker's last will takes it offline; commands
    // issued meanwhile wait and reach it in order when it is back.
    agv.kill().await;
    fleet_shows(&app, &ops, "AGV-1", "AGV-1 offline (last will)", |s| s["online"] == false).await;
    let dispatched = command(&app, &ops, "AGV-1", dispatch("M-3", (3.0, 0.0), (3.0, 40.0))).await;
    let cancelled = command(
        &app,
        &ops,
        "AGV-1",
        json!({"command": "cancel", "params": {"mission_id": "M-3", "reason": "changed plan"}}),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(recorder.position("/order", |m| m["orderId"] == "M-3").is_none(), "sent while offline");
    assert_eq!(command_record(&app, &ops, "AGV-1", &dispatched).await["status"], "queued");
    let agv = Agv::start(&iface, "001", json!({"speed": 1})).await;
    command_reaches(&app, &ops, "AGV-1", &dispatched, "acknowledged").await;
    command_reaches(&app, &ops, "AGV-1", &cancelled, "completed").await;
    let order = recorder.position("/order", |m| m["orderId"] == "M-3").unwrap();
    let cancel = recorder.position("/instantActions", |m| is_action(m, "cancelOrder")).unwrap();
    assert!(order < cancel, "the dispatch went out before the cancel");
    let mission: Value = app.get("/api/v1/missions/M-3", Some(&ops)).await.json().await.unwrap();
    assert_eq!(mission["status"], "cancelled", "{mission}");
    fleet_shows(&app, &ops, "AGV-1", "AGV-1 idle after the cancel", |s| s["state"] == "idle").await;

    // An emergency stop overtakes a running order: the vehicle pauses
    // mid-way (TVM: emergency_stop), the order stays unfinished; a resume
    // lets it drive on.
    let long = command(&app, &ops, "AGV-1", dispatch("M-4", (0.0, 0.0), (0.0, 60.0))).await;
    command_reaches(&app, &ops, "AGV-1", &long, "acknowledged").await;
    fleet_shows(&app, &ops, "AGV-1", "AGV-1 navigating", |s| s["state"] == "navigating").await;
    let stop = command(
        &app,
        &ops,
        "AGV-1",
        json!({"command": "emergency_stop", "params": {"reason": "person on the aisle"}}),
    )
    .await;
    command_reaches(&app, &ops, "AGV-1", &stop, "completed").await;
    fleet_shows(&app, &ops, "AGV-1", "AGV-1 in emergency_stop", |s| s["state"] == "emergency_stop")
        .await;
    assert_eq!(command_record(&app, &ops, "AGV-1", &long).await["status"], "acknowledged");
    let order = recorder.position("/order", |m| m["orderId"] == "M-4").unwrap();
    let pause = recorder.position("/instantActions", |m| is_action(m, "startPause")).unwrap();
    assert!(order < pause);
    assert_eq!(recorder.messages()[pause].1["actions"][0]["blockingType"], "HARD");
    let resume = command(&app, &ops, "AGV-1", json!({"command": "resume", "params": {}})).await;
    command_reaches(&app, &ops, "AGV-1", &resume, "completed").await;
    fleet_shows(&app, &ops, "AGV-1", "AGV-1 navigating again", |s| s["state"] == "navigating")
        .await;
    assert!(recorder.position("/instantActions", |m| is_action(m, "stopPause")).is_some());
    // Every message the bridge sent fits the standard's schemas.
    assert!(recorder.messages().len() >= 6);
    agv.kill().await;
    app.stop().await;
}

#[tokio::test]
async fn a_vda5050_identity_is_checked_kept_and_unique() {
    let app = TestApp::start().await;
    let admin = app.admin_token().await;
    // A topic level cannot hold `/`, `+` or `#`; the version is 2.x.y.
    for (field, value) in
        [("manufacturer", "Robot/Co"), ("serial_number", "#1"), ("version", "1.1.0")]
    {
        let mut l = link("uagv", "001");
        l[field] = json!(value);
        let r = app
            .post("/api/v1/vehicles", Some(&admin), &json!({"vehicle_id": "AGV-1", "vda5050": l}))
            .await;
        let (status, body) = crate::common::error_body(r).await;
        assert_eq!(
            (status, body["code"].as_str()),
            (400, Some("VALIDATION_FAILED")),
            "{field}: {body}"
        );
        assert!(body.to_string().contains(&format!("/vda5050/{field}")), "{body}");
    }
    // Registered without a link, given one later; the answer and the read keep it,
    // with the interface's default.
    app.add_vehicle("AGV-1").await;
    let mut l = link("uagv", "001");
    l.as_object_mut().unwrap().remove("interface_name");
    let patch = |vehicle: &str, l: Value| {
        let rq = app.http.patch(app.url(&format!("/api/v1/vehicles/{vehicle}")));
        rq.bearer_auth(&admin).json(&json!({"vda5050": l})).send()
    };
    assert_eq!(patch("AGV-1", l).await.unwrap().status(), 200);
    let v: Value = app.get("/api/v1/vehicles/AGV-1", Some(&admin)).await.json().await.unwrap();
    assert_eq!(v["vda5050"]["interface_name"], "uagv", "{v}");
    assert_eq!(v["vda5050"]["serial_number"], "001");
    // Another vehicle cannot take it, on create or on update.
    app.add_vehicle("AGV-2").await;
    let (status, body) =
        crate::common::error_body(patch("AGV-2", link("uagv", "001")).await.unwrap()).await;
    assert_eq!((status, body["details"]["vehicle_id"].as_str()), (409, Some("AGV-1")), "{body}");
    // The same serial under another interface is another vehicle.
    assert_eq!(patch("AGV-2", link("hall-b", "001")).await.unwrap().status(), 200);
    app.stop().await;
}

/// A private Mosquitto with a plain listener (the vehicles') and a TLS one
/// (the bridge's) under `cert`, as the broker's user can read it.
struct TlsBroker {
    plain: u16,
    tls: u16,
    _broker: tokio::process::Child,
    dir: std::path::PathBuf,
}

impl TlsBroker {
    async fn start(cert: &rcgen::CertifiedKey<rcgen::KeyPair>) -> TlsBroker {
        use std::os::unix::fs::PermissionsExt;
        let free =
            || std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let (plain, tls) = (free(), free());
        let dir =
            std::env::temp_dir().join(format!("tvm-mqtt-tls-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let (cert_file, key_file, conf) =
            (dir.join("cert.pem"), dir.join("key.pem"), dir.join("mosquitto.conf"));
        std::fs::write(&cert_file, cert.cert.pem()).unwrap();
        std::fs::write(&key_file, cert.signing_key.serialize_pem()).unwrap();
        let text = format!(
            "allow_anonymous true\npersistence false\nset_tcp_nodelay true\n\
             listener {plain} 127.0.0.1\n\
             listener {tls} 127.0.0.1\ncertfile {}\nkeyfile {}\n",
            cert_file.display(),
            key_file.display()
        );
        std::fs::write(&conf, text).unwrap();
        for f in [&cert_file, &key_file, &conf] {
            std::fs::set_permissions(f, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
        let broker = tokio::process::Command::new("mosquitto")
            .arg("-c")
            .arg(&conf)
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("mosquitto runs (scripts/ensure-services --mqtt installs it)");
        for port in [plain, tls] {
            eventually("the private broker", Duration::from_secs(10), || async move {
                tokio::net::TcpStream::connect(("127.0.0.1", port)).await.ok()
            })
            .await;
        }
        TlsBroker { plain, tls, _broker: broker, dir }
    }
}

impl Drop for TlsBroker {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// `mqtts://` with `TVM_MQTT_CA_FILE`: the bridge reaches its broker over
/// TLS and serves a vehicle through it; a broker whose certificate that
/// root did not sign is refused (the bridge stays disconnected).
#[tokio::test]
async fn the_bridge_reaches_its_broker_over_tls() {
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let broker = TlsBroker::start(&cert).await;
    let ca = broker.dir.join("cert.pem").display().to_string();
    let mqtts = format!("mqtts://localhost:{}", broker.tls);
    let app = TestApp::start_env(&[("TVM_MQTT_URL", &mqtts), ("TVM_MQTT_CA_FILE", &ca)]).await;
    let admin = app.admin_token().await;
    let iface = interface();
    register(&app, &admin, "AGV-1", link(&iface, "001")).await;
    let plain = format!("mqtt://127.0.0.1:{}", broker.plain);
    let agv = Agv::start(&iface, "001", json!({"broker": plain})).await;
    fleet_shows(&app, &admin, "AGV-1", "AGV-1 online through the TLS link", |s| {
        s["online"] == true && s["location"].is_object()
    })
    .await;
    let metrics = app.get("/metrics", None).await.text().await.unwrap();
    assert!(metrics.contains("tvm_vda5050_broker_connected 1"), "{metrics}");
    agv.kill().await;
    app.stop().await;

    // Another root: the handshake fails and the bridge keeps trying.
    let other = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let other_ca = broker.dir.join("other.pem");
    std::fs::write(&other_ca, other.cert.pem()).unwrap();
    let other_ca = other_ca.display().to_string();
    let app =
        TestApp::start_env(&[("TVM_MQTT_URL", &mqtts), ("TVM_MQTT_CA_FILE", &other_ca)]).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let metrics = app.get("/metrics", None).await.text().await.unwrap();
    assert!(metrics.contains("tvm_vda5050_broker_connected 0"), "{metrics}");
    app.stop().await;
}
