//! Simulated VDA 5050 vehicles for `tvm-sim` and `tvm-bench`: over one MQTT
//! connection, each announces itself ONLINE, publishes its `state` at a
//! fixed rate (its pose, battery and order progress) and executes what the
//! bridge sends: an order's nodes driven at 2 m/s, `startPause` /
//! `stopPause`, `cancelOrder`, `stateRequest`; any other instant action
//! FAILED. What it publishes fits the standard's schemas (the bridge
//! checks every message).

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rumqttc::{AsyncClient, Event, Packet, QoS};
use serde_json::{Value, json};

/// The manufacturer every simulated vehicle reports.
pub const MANUFACTURER: &str = "TVMSim";
const SPEED_M_S: f64 = 2.0;

/// What the simulated vehicles did.
#[derive(Default)]
pub struct Stats {
    pub states: AtomicU64,
    pub orders: AtomicU64,
    pub instant_actions: AtomicU64,
}

/// The link a simulated vehicle is registered with (`map_id` "sim",
/// origin 48.137 N 11.575 E).
pub fn link(interface: &str, serial: &str) -> Value {
    json!({
        "manufacturer": MANUFACTURER, "serial_number": serial, "interface_name": interface,
        "version": "2.0.0", "map_id": "sim",
        "origin": {"latitude": 48.137, "longitude": 11.575}
    })
}

struct Vehicle {
    serial: String,
    x: f64,
    y: f64,
    theta: f64,
    battery: f64,
    paused: bool,
    order_id: String,
    order_update_id: u64,
    last_node: (String, u64),
    /// Nodes still ahead: id, sequence id, x, y.
    nodes: Vec<(String, u64, f64, f64)>,
    actions: Vec<Value>,
    header: i64,
}

impl Vehicle {
    fn new(serial: String, index: usize) -> Vehicle {
        let (x, y) = ((index % 50) as f64 * 4.0, (index / 50) as f64 * 4.0);
        Vehicle {
            serial,
            x,
            y,
            theta: 0.0,
            battery: 90.0,
            paused: false,
            order_id: String::new(),
            order_update_id: 0,
            last_node: ("start".into(), 0),
            nodes: vec![],
            actions: vec![],
            header: 0,
        }
    }

    /// Drive `dt` seconds toward the next node.
    fn advance(&mut self, dt: f64) -> bool {
        if self.paused {
            return false;
        }
        let Some((id, seq, nx, ny)) = self.nodes.first().cloned() else { return false };
        let (dx, dy) = (nx - self.x, ny - self.y);
        let dist = dx.hypot(dy);
        let step = SPEED_M_S * dt;
        if dist <= step {
            (self.x, self.y) = (nx, ny);
            self.last_node = (id, seq);
            self.nodes.remove(0);
        } else {
            self.theta = dy.atan2(dx);
            self.x += dx / dist * step;
            self.y += dy / dist * step;
        }
        self.battery = (self.battery - step * 0.001).max(5.0);
        true
    }

    fn state(&mut self, driving: bool) -> Value {
        self.header += 1;
        let nodes: Vec<Value> = self
            .nodes
            .iter()
            .map(|(id, seq, ..)| json!({"nodeId": id, "sequenceId": seq, "released": true}))
            .collect();
        let edges: Vec<Value> = self
            .nodes
            .iter()
            .map(|(id, seq, ..)| {
                json!({"edgeId": format!("to-{id}"), "sequenceId": seq - 1, "released": true})
            })
            .collect();
        json!({
            "headerId": self.header,
            "timestamp": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            "version": "2.0.0", "manufacturer": MANUFACTURER, "serialNumber": self.serial,
            "orderId": self.order_id, "orderUpdateId": self.order_update_id,
            "lastNodeId": self.last_node.0, "lastNodeSequenceId": self.last_node.1,
            "nodeStates": nodes, "edgeStates": edges,
            "driving": driving && !self.paused, "paused": self.paused,
            "actionStates": self.actions, "operatingMode": "AUTOMATIC",
            "batteryState": {"batteryCharge": self.battery, "batteryVoltage": 48.0, "charging": false},
            "errors": [], "safetyState": {"eStop": "NONE", "fieldViolation": false},
            "agvPosition": {"x": self.x, "y": self.y, "theta": self.theta, "mapId": "sim",
                            "positionInitialized": true},
            "velocity": {"vx": if driving { SPEED_M_S } else { 0.0 }, "vy": 0.0, "omega": 0.0}
        })
    }

    fn order(&mut self, o: &Value) {
        self.order_id = o["orderId"].as_str().unwrap_or_default().to_string();
        self.order_update_id = o["orderUpdateId"].as_u64().unwrap_or(0);
        self.actions.clear();
        self.nodes = o["nodes"]
            .as_array()
            .into_iter()
            .flatten()
            .skip(1) // the first node is where the vehicle stands
            .map(|n| {
                let p = &n["nodePosition"];
                let id = n["nodeId"].as_str().unwrap_or_default().to_string();
                let seq = n["sequenceId"].as_u64().unwrap_or(0);
                (id, seq, p["x"].as_f64().unwrap_or(self.x), p["y"].as_f64().unwrap_or(self.y))
            })
            .collect();
    }

    fn instant(&mut self, message: &Value) {
        let list = message.get("actions").or_else(|| message.get("instantActions"));
        for a in list.and_then(Value::as_array).into_iter().flatten() {
            let kind = a["actionType"].as_str().unwrap_or_default();
            let status = match kind {
                "startPause" => {
                    self.paused = true;
                    "FINISHED"
                }
                "stopPause" => {
                    self.paused = false;
                    "FINISHED"
                }
                "cancelOrder" => {
                    self.nodes.clear();
                    "FINISHED"
                }
                "stateRequest" => "FINISHED",
                _ => "FAILED",
            };
            self.actions.push(json!({"actionId": a["actionId"], "actionType": kind,
                                     "actionStatus": status}));
        }
    }
}

/// Run `serials` on the broker at `url` under `interface`, each publishing
/// its state `hz` times a second, until `until`.
pub async fn run(
    url: &str,
    interface: &str,
    serials: Vec<String>,
    hz: f64,
    until: Instant,
    stats: Arc<Stats>,
) -> Result<(), String> {
    let id = format!("tvm-sim-{}", &uuid::Uuid::new_v4().simple().to_string()[..10]);
    let mut options = tvm::links::mqtt(url, None, &id)?;
    options.set_max_packet_size(1 << 20, 1 << 20);
    let (client, mut events) = AsyncClient::new(options, 4096);
    let mut network = events.network_options();
    network.set_tcp_nodelay(true);
    events.set_network_options(network);
    for topic in ["order", "instantActions"] {
        let filter = format!("{interface}/v2/{MANUFACTURER}/+/{topic}");
        client.subscribe(filter, QoS::AtMostOnce).await.map_err(|e| e.to_string())?;
    }
    let topic = |serial: &str, t: &str| format!("{interface}/v2/{MANUFACTURER}/{serial}/{t}");
    let mut fleet: HashMap<String, Vehicle> =
        serials.iter().enumerate().map(|(i, s)| (s.clone(), Vehicle::new(s.clone(), i))).collect();
    for serial in &serials {
        let online = json!({"headerId": 0, "version": "2.0.0", "manufacturer": MANUFACTURER,
            "serialNumber": serial, "connectionState": "ONLINE",
            "timestamp": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)});
        client
            .publish(topic(serial, "connection"), QoS::AtLeastOnce, true, online.to_string())
            .await
            .map_err(|e| e.to_string())?;
    }
    // States spread over the period, one vehicle at a time.
    let period = Duration::from_secs_f64(1.0 / hz);
    let every = period / serials.len().max(1) as u32;
    let mut tick = tokio::time::interval(every.max(Duration::from_micros(50)));
    let mut next = 0usize;
    let mut last_at: HashMap<String, Instant> = HashMap::new();
    // The event loop polled on its own, so that what is published goes out
    // at once; incoming messages come back through a channel.
    let (incoming_tx, mut incoming) = tokio::sync::mpsc::unbounded_channel();
    let pump = tokio::spawn(async move {
        loop {
            match events.poll().await {
                Ok(Event::Incoming(Packet::Publish(p))) => {
                    if incoming_tx.send(Ok(p)).is_err() {
                        return;
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    let _ = incoming_tx.send(Err(e.to_string()));
                    return;
                }
            }
        }
    });
    while Instant::now() < until {
        tokio::select! {
            _ = tick.tick() => {
                let serial = &serials[next % serials.len()];
                next += 1;
                let v = fleet.get_mut(serial).expect("a simulated vehicle");
                let now = Instant::now();
                let dt = last_at.insert(serial.clone(), now).map_or(0.0, |t| (now - t).as_secs_f64());
                let driving = v.advance(dt);
                let state = v.state(driving);
                let _ = client.try_publish(topic(serial, "state"), QoS::AtMostOnce, false, state.to_string());
                stats.states.fetch_add(1, Ordering::Relaxed);
            }
            message = incoming.recv() => match message {
                Some(Ok(p)) => {
                    let levels: Vec<&str> = p.topic.split('/').collect();
                    let (Some(serial), Some(kind)) = (levels.get(3), levels.get(4)) else { continue };
                    let (Some(v), Ok(message)) = (fleet.get_mut(*serial), serde_json::from_slice::<Value>(&p.payload)) else { continue };
                    if *kind == "order" {
                        stats.orders.fetch_add(1, Ordering::Relaxed);
                        v.order(&message);
                    } else {
                        stats.instant_actions.fetch_add(1, Ordering::Relaxed);
                        v.instant(&message);
                    }
                    // Answer at once, as a vehicle publishes its state on a change.
                    let state = v.state(false);
                    let _ = client.try_publish(topic(serial, "state"), QoS::AtMostOnce, false, state.to_string());
                }
                Some(Err(e)) => return Err(format!("simulated VDA 5050 vehicles lost the broker: {e}")),
                None => return Err("simulated VDA 5050 vehicles lost their event loop".into()),
            }
        }
    }
    for serial in &serials {
        let offline = json!({"headerId": 1, "version": "2.0.0", "manufacturer": MANUFACTURER,
            "serialNumber": serial, "connectionState": "OFFLINE",
            "timestamp": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)});
        let _ = client
            .publish(topic(serial, "connection"), QoS::AtLeastOnce, true, offline.to_string())
            .await;
    }
    // Let the event loop flush the goodbyes.
    drop(incoming);
    tokio::time::sleep(Duration::from_millis(300)).await;
    pump.abort();
    Ok(())
}
