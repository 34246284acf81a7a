//! What VDA 5050 messages mean in TVM, and TVM's commands as VDA 5050
//! messages: pure functions over the generated types of both contracts,
//! the tables of `docs/VDA5050.md`.

use std::sync::LazyLock;

use chrono::{DateTime, Utc};

use super::models::{instant_actions as ia, order, state, visualization};
use crate::models::{
    AckResult, BatteryReport, ConfigureParams, DispatchParams, ErrorLocation, ErrorReport,
    ErrorSeverity, LocationReport, StatusReport, Vda5050Link, VehicleErrorCode, VehicleState,
    Waypoint,
};
use crate::validate::rules::state_allows;

/// Mean earth radius (IUGG), metres: the local map is a plane tangent at
/// the link's origin, which is exact to a centimetre over a kilometre.
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// The position accuracy reported when the vehicle sends no
/// `deviationRange`: the deviation the bridge allows at its order nodes.
pub const NODE_DEVIATION_M: f64 = 0.5;

/// The instant action a `configure` command becomes (VDA 5050 has none for
/// speed limits or operating hours; vehicles that do not know it reject it).
pub const CONFIGURE_ACTION: &str = "tvmConfigure";

/// A pose on the vehicle's map, from `state` or `visualization`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pose {
    pub x: f64,
    pub y: f64,
    /// Radians, counter-clockwise from the map's x axis (east).
    pub theta: f64,
    pub map_id: String,
    pub initialized: bool,
    pub deviation: Option<f64>,
    /// Metres per second over ground, when the vehicle reports its velocity.
    pub speed: Option<f64>,
}

impl Pose {
    /// The fields both topics' positions share.
    fn new(
        (x, y, theta): (f64, f64, f64),
        map_id: &str,
        initialized: bool,
        deviation: Option<f64>,
        velocity: Option<(Option<f64>, Option<f64>)>,
    ) -> Pose {
        let speed = velocity.map(|(vx, vy)| speed(vx, vy));
        Pose { x, y, theta, map_id: map_id.to_string(), initialized, deviation, speed }
    }

    pub fn of_state(s: &state::State) -> Option<Pose> {
        let p = s.agv_position.as_ref()?;
        let velocity = s.velocity.as_ref().map(|v| (v.vx, v.vy));
        let at = (p.x, p.y, p.theta);
        Some(Pose::new(at, &p.map_id, p.position_initialized, p.deviation_range, velocity))
    }

    pub fn of_visualization(v: &visualization::Visualization) -> Option<Pose> {
        let p = v.agv_position.as_ref()?;
        let velocity = v.velocity.as_ref().map(|v| (v.vx, v.vy));
        let at = (p.x, p.y, p.theta);
        Some(Pose::new(at, &p.map_id, p.position_initialized, p.deviation_range, velocity))
    }
}

fn speed(vx: Option<f64>, vy: Option<f64>) -> f64 {
    vx.unwrap_or(0.0).hypot(vy.unwrap_or(0.0))
}

/// Map metres (x east, y north of `link.origin`) to latitude and longitude.
pub fn to_geo(link: &Vda5050Link, x: f64, y: f64) -> (f64, f64) {
    let (lat0, lon0) = (link.origin.latitude, link.origin.longitude);
    let lat = lat0 + (y / EARTH_RADIUS_M).to_degrees();
    let lon = lon0 + (x / (EARTH_RADIUS_M * lat0.to_radians().cos())).to_degrees();
    (lat.clamp(-90.0, 90.0), wrap_longitude(lon))
}

/// Latitude and longitude to map metres, the inverse of [`to_geo`].
pub fn to_map(link: &Vda5050Link, latitude: f64, longitude: f64) -> (f64, f64) {
    let (lat0, lon0) = (link.origin.latitude, link.origin.longitude);
    let y = (latitude - lat0).to_radians() * EARTH_RADIUS_M;
    let x =
        wrap_longitude(longitude - lon0).to_radians() * EARTH_RADIUS_M * lat0.to_radians().cos();
    (x, y)
}

fn wrap_longitude(lon: f64) -> f64 {
    let wrapped = (lon + 180.0).rem_euclid(360.0) - 180.0;
    if wrapped == -180.0 && lon > 0.0 { 180.0 } else { wrapped }
}

/// A map angle (radians, counter-clockwise from east) as a compass heading
/// (degrees clockwise from north, in [0, 360)).
pub fn heading_of(theta: f64) -> f64 {
    let h = (90.0 - theta.to_degrees()).rem_euclid(360.0);
    if h >= 360.0 { 0.0 } else { h }
}

/// The location report of a pose, or `None` while the vehicle is not
/// localized or is on another map than its link names.
pub fn location_of(link: &Vda5050Link, pose: &Pose, at: DateTime<Utc>) -> Option<LocationReport> {
    if !pose.initialized || pose.map_id != link.map_id.as_str() {
        return None;
    }
    let (latitude, longitude) = to_geo(link, pose.x, pose.y);
    Some(LocationReport {
        timestamp: at,
        latitude,
        longitude,
        heading: heading_of(pose.theta),
        speed: pose.speed.unwrap_or(0.0).max(0.0),
        accuracy: pose.deviation.unwrap_or(NODE_DEVIATION_M).max(0.0),
        altitude: None,
    })
}

/// The TVM state a VDA 5050 state means (first match wins): an emergency
/// stop in `safetyState.eStop` or a pause (`paused`, what TVM's emergency
/// stop asks for) → `emergency_stop`; a FATAL error → `error`; charging →
/// `charging`; driving, or nodes of an order still ahead → `navigating`;
/// else `idle`.
pub fn state_of(s: &state::State) -> VehicleState {
    if s.safety_state.e_stop != state::StateSafetyStateEStop::None || s.paused == Some(true) {
        VehicleState::EmergencyStop
    } else if s.errors.iter().any(|e| e.error_level == state::ErrorErrorLevel::Fatal) {
        VehicleState::Error
    } else if s.battery_state.charging {
        VehicleState::Charging
    } else if s.driving || !s.node_states.is_empty() {
        VehicleState::Navigating
    } else {
        VehicleState::Idle
    }
}

/// The states to report to move from `from` to `to` under TVM's state
/// machine: `to` itself when allowed, else the shortest way through the
/// ordinary states (`idle`, `navigating`, `docking`: VDA 5050 has no
/// docking phase, and goes from `error` or `idle` straight to charging or
/// driving); empty when no way exists (`emergency_stop` is left only after
/// a `resume`).
pub fn state_path(
    from: Option<VehicleState>,
    to: VehicleState,
    resumed: bool,
) -> Vec<VehicleState> {
    use VehicleState as S;
    if state_allows(from, to, resumed) {
        return vec![to];
    }
    let Some(from) = from else { return vec![to] };
    // Breadth first over the three ordinary states (at most two hops).
    let via = [S::Idle, S::Navigating, S::Docking];
    let mut paths: Vec<Vec<VehicleState>> = vec![vec![from]];
    for _ in 0..via.len() {
        let mut next = Vec::new();
        for path in &paths {
            let last = *path.last().expect("paths are not empty");
            for mid in via {
                if path.contains(&mid) || !state_allows(Some(last), mid, resumed) {
                    continue;
                }
                let mut longer = path.clone();
                longer.push(mid);
                if state_allows(Some(mid), to, resumed) {
                    longer.push(to);
                    return longer.split_off(1);
                }
                next.push(longer);
            }
        }
        paths = next;
    }
    vec![]
}

/// A status report of `state` at `at`, naming the order as its mission.
pub fn status_of(s: &state::State, state: VehicleState, at: DateTime<Utc>) -> StatusReport {
    let fatal = s.errors.iter().find(|e| e.error_level == state::ErrorErrorLevel::Fatal);
    let mission_id = Some(s.order_id.as_str())
        .filter(|id| !id.is_empty() && id.len() <= 64)
        .and_then(|id| id.parse().ok());
    StatusReport {
        timestamp: at,
        state,
        mission_id,
        error_code: fatal
            .filter(|_| state == VehicleState::Error)
            .and_then(|e| error_of(e).map(|m| m.0)),
        error_message: fatal
            .filter(|_| state == VehicleState::Error)
            .and_then(|e| truncate(&describe(e), 1000).parse().ok()),
    }
}

/// The error types that answer a command (its order or instant action was
/// refused); they become the command's rejection, not a vehicle error.
const COMMAND_ERRORS: [&str; 6] = [
    "orderError",
    "orderUpdateError",
    "validationError",
    "orderActionError",
    "instantActionError",
    "noOrderToCancel",
];

/// Error types the standard and common vehicles name, with their catalogue
/// code; every other type is `SYS_SOFTWARE_EXCEPTION` (the standard leaves
/// error types to the manufacturer) with the type in the description.
const ERROR_CODES: [(&str, VehicleErrorCode); 8] = [
    ("noRouteError", VehicleErrorCode::NavRouteUnreachable),
    ("batteryLowError", VehicleErrorCode::BatLowCharge),
    ("localizationError", VehicleErrorCode::NavLocalizationLost),
    ("positionLostError", VehicleErrorCode::NavLocalizationLost),
    ("obstacleError", VehicleErrorCode::NavPathBlocked),
    ("pathBlockedError", VehicleErrorCode::NavPathBlocked),
    ("motorError", VehicleErrorCode::MotorStall),
    ("laserScannerError", VehicleErrorCode::SensorLidarFault),
];

/// The catalogue code and severity of a VDA 5050 error (WARNING → WARNING,
/// FATAL → ERROR), or `None` for the errors that answer a command.
pub fn error_of(e: &state::Error) -> Option<(VehicleErrorCode, ErrorSeverity)> {
    if COMMAND_ERRORS.contains(&e.error_type.as_str()) {
        return None;
    }
    let code = ERROR_CODES
        .iter()
        .find(|(t, _)| *t == e.error_type)
        .map_or(VehicleErrorCode::SysSoftwareException, |(_, c)| *c);
    let severity = match e.error_level {
        state::ErrorErrorLevel::Warning => ErrorSeverity::Warning,
        state::ErrorErrorLevel::Fatal => ErrorSeverity::Error,
    };
    Some((code, severity))
}

/// The vehicle errors a state adds to `before`'s: each new VDA 5050 error
/// (by type and description), and an emergency stop pressed on the vehicle
/// (`safetyState.eStop` AUTOACK or MANUAL: `SAFETY_ESTOP_PRESSED`,
/// CRITICAL) or a protective field violated (`SAFETY_OBSTACLE_TOO_CLOSE`).
pub fn errors_of(
    s: &state::State,
    before: Option<&state::State>,
    location: Option<ErrorLocation>,
    at: DateTime<Utc>,
) -> Vec<ErrorReport> {
    let had = |e: &state::Error| {
        before.is_some_and(|b| {
            b.errors
                .iter()
                .any(|o| o.error_type == e.error_type && o.error_description == e.error_description)
        })
    };
    let mut out: Vec<ErrorReport> = s
        .errors
        .iter()
        .filter(|e| !had(e))
        .filter_map(|e| {
            let (code, severity) = error_of(e)?;
            Some(report(code, severity, &describe(e), location.clone(), at))
        })
        .collect();
    use state::StateSafetyStateEStop as E;
    let pressed = |st: &state::State| matches!(st.safety_state.e_stop, E::Autoack | E::Manual);
    if pressed(s) && !before.is_some_and(pressed) {
        let what = format!("VDA 5050 safetyState.eStop {}", s.safety_state.e_stop);
        let (code, severity) = (VehicleErrorCode::SafetyEstopPressed, ErrorSeverity::Critical);
        out.push(report(code, severity, &what, location.clone(), at));
    }
    let violated = |st: &state::State| st.safety_state.field_violation;
    if violated(s) && !before.is_some_and(violated) {
        let what = "VDA 5050 safetyState.fieldViolation: a protective field is violated";
        let (code, severity) = (VehicleErrorCode::SafetyObstacleTooClose, ErrorSeverity::Warning);
        out.push(report(code, severity, what, location, at));
    }
    out
}

fn describe(e: &state::Error) -> String {
    match &e.error_description {
        Some(d) => format!("VDA 5050 {} ({}): {d}", e.error_type, e.error_level),
        None => format!("VDA 5050 {} ({})", e.error_type, e.error_level),
    }
}

/// `s` cut to at most `chars` characters (the contract's string bounds).
pub fn truncate(s: &str, chars: usize) -> String {
    s.chars().take(chars).collect()
}

/// Each catalogue code's subsystem.
static SUBSYSTEMS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let catalog: serde_json::Value =
        serde_json::from_str(crate::VEHICLE_ERROR_CATALOG).expect("the catalogue is JSON");
    catalog["codes"]
        .as_array()
        .expect("the catalogue lists codes")
        .iter()
        .map(|c| {
            let field = |k: &str| c[k].as_str().unwrap_or_default().to_string();
            (field("code"), field("subsystem"))
        })
        .collect()
});

fn report(
    code: VehicleErrorCode,
    severity: ErrorSeverity,
    description: &str,
    location: Option<ErrorLocation>,
    at: DateTime<Utc>,
) -> ErrorReport {
    let name = code.to_string();
    let subsystem =
        SUBSYSTEMS.iter().find(|(c, _)| *c == name).map_or("system", |(_, s)| s.as_str());
    ErrorReport {
        timestamp: at,
        code,
        severity,
        subsystem: subsystem.parse().expect("catalogue subsystems fit the contract"),
        description: truncate(description, 1000).parse().expect("a bounded description"),
        location,
    }
}

/// The battery report of a state, or `None` without a voltage (the
/// contract needs one; VDA 5050 makes it optional). Current and
/// temperature are not in the standard's state.
pub fn battery_of(s: &state::State, at: DateTime<Utc>) -> Option<BatteryReport> {
    let b = &s.battery_state;
    let voltage = b.battery_voltage.filter(|v| *v > 0.0)?;
    Some(BatteryReport {
        timestamp: at,
        soc: b.battery_charge.clamp(0.0, 100.0),
        voltage,
        current: None,
        temperature: None,
    })
}

/// The message header fields every bridge message carries.
#[derive(Debug, Clone)]
pub struct Header {
    pub header_id: i64,
    pub timestamp: DateTime<Utc>,
    pub version: String,
    pub manufacturer: String,
    pub serial_number: String,
}

impl Header {
    pub fn new(link: &Vda5050Link, header_id: i64, at: DateTime<Utc>) -> Header {
        Header {
            header_id,
            timestamp: at,
            version: link.version.to_string(),
            manufacturer: link.manufacturer.to_string(),
            serial_number: link.serial_number.to_string(),
        }
    }
}

/// A node id for a waypoint: its station, else its role in the order.
fn node_id(w: &Waypoint, role: &str, order_id: &str) -> String {
    match &w.station_id {
        Some(station) => station.to_string(),
        None => format!("{order_id}-{role}"),
    }
}

fn node(link: &Vda5050Link, id: String, sequence_id: u64, x: f64, y: f64) -> order::Node {
    order::Node {
        actions: vec![],
        node_description: None,
        node_id: id,
        node_position: Some(order::NodeNodePosition {
            allowed_deviation_theta: None,
            allowed_deviation_xy: Some(NODE_DEVIATION_M),
            map_description: None,
            map_id: link.map_id.to_string(),
            theta: None,
            x,
            y,
        }),
        released: true,
        sequence_id,
    }
}

fn edge(from: &order::Node, to: &order::Node, sequence_id: u64) -> order::Edge {
    order::Edge {
        actions: vec![],
        corridor: None,
        direction: None,
        edge_description: None,
        edge_id: format!("{}--{}", from.node_id, to.node_id),
        end_node_id: to.node_id.clone(),
        length: None,
        max_height: None,
        max_rotation_speed: None,
        max_speed: None,
        min_height: None,
        orientation: None,
        orientation_type: None,
        released: true,
        rotation_allowed: None,
        sequence_id,
        start_node_id: from.node_id.clone(),
        trajectory: None,
    }
}

/// A dispatch as a VDA 5050 order: the order id is the mission id, update
/// 0; its nodes are where the vehicle is (the standard wants the first node
/// to be reachable trivially: its last node, at its pose), the pickup and
/// the destination, joined by two released edges. `None` while the
/// vehicle's pose is unknown.
pub fn order_of(
    link: &Vda5050Link,
    header: Header,
    dispatch: &DispatchParams,
    here: Option<(&str, &Pose)>,
) -> Option<order::OrderMessage> {
    let order_id = dispatch.mission_id.to_string();
    let (last_node, pose) = here?;
    let start_id =
        if last_node.is_empty() { format!("{order_id}-start") } else { last_node.to_string() };
    let start = node(link, start_id, 0, pose.x, pose.y);
    let (px, py) = to_map(link, dispatch.pickup.latitude, dispatch.pickup.longitude);
    let pickup = node(link, node_id(&dispatch.pickup, "pickup", &order_id), 2, px, py);
    let (dx, dy) = to_map(link, dispatch.destination.latitude, dispatch.destination.longitude);
    let destination =
        node(link, node_id(&dispatch.destination, "destination", &order_id), 4, dx, dy);
    let edges = vec![edge(&start, &pickup, 1), edge(&pickup, &destination, 3)];
    Some(order::OrderMessage {
        header_id: header.header_id,
        timestamp: header.timestamp,
        version: header.version,
        manufacturer: header.manufacturer,
        serial_number: header.serial_number,
        order_id,
        order_update_id: 0,
        zone_set_id: None,
        nodes: vec![start, pickup, destination],
        edges,
    })
}

/// One instant action with `action_id` (the command's id).
pub fn instant(
    header: Header,
    action_type: &str,
    action_id: String,
    description: Option<String>,
    parameters: Vec<ia::ActionParameter>,
) -> ia::InstantActions {
    let blocking = if REQUESTS.contains(&action_type) {
        ia::InstantActionsActionsItemBlockingType::None
    } else {
        ia::InstantActionsActionsItemBlockingType::Hard
    };
    ia::InstantActions {
        header_id: header.header_id,
        timestamp: header.timestamp,
        version: header.version,
        manufacturer: header.manufacturer,
        serial_number: header.serial_number,
        actions: vec![ia::InstantActionsActionsItem {
            action_id,
            action_type: action_type.to_string(),
            action_description: description,
            blocking_type: blocking,
            action_parameters: parameters,
        }],
    }
}

/// What the bridge asks of a vehicle it starts serving, one instant
/// action per message: its state now (`stateRequest`; a vehicle otherwise
/// publishes it only on change or every 30 s) and its factsheet
/// (`factsheetRequest`), as the standard provides.
pub const REQUESTS: [&str; 2] = ["stateRequest", "factsheetRequest"];

/// A `configure` command's parameters as the `tvmConfigure` action's:
/// `speedLimit` (m/s), `operationalHoursStart` and `operationalHoursEnd`.
pub fn configure_parameters(p: &ConfigureParams) -> Vec<ia::ActionParameter> {
    let mut out = Vec::new();
    if let Some(limit) = p.speed_limit {
        let value = ia::ActionParameterValue::Number(limit);
        out.push(ia::ActionParameter { key: "speedLimit".into(), value });
    }
    if let Some(hours) = &p.operational_hours {
        for (key, value) in [
            ("operationalHoursStart", hours.start.to_string()),
            ("operationalHoursEnd", hours.end.to_string()),
        ] {
            let value = ia::ActionParameterValue::String(value);
            out.push(ia::ActionParameter { key: key.into(), value });
        }
    }
    out
}

/// What a command sent to a VDA 5050 vehicle waits for.
#[derive(Debug, Clone, PartialEq)]
pub enum Awaited {
    /// A dispatch: the order with this id.
    Order { order_id: String },
    /// An instant action with this id (the command's id).
    Action { action_id: String },
}

/// Where a command stands, as the vehicle's states have shown it so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Tracked {
    pub command_id: uuid::Uuid,
    pub awaited: Awaited,
    pub accepted: bool,
}

/// The answer a state gives to a tracked command, if any: `(result,
/// reason, detail)`.
pub type Answer = (AckResult, Option<String>, Option<String>);

/// What `s` answers for `t`:
/// - an error of the standard's command types referencing its order id or
///   action id → rejected (the error type as the reason, its description
///   as the detail);
/// - an order: the state carrying its order id → accepted; no node or edge
///   left and no action of it still running → completed;
/// - an instant action: its action state WAITING, INITIALIZING, RUNNING or
///   PAUSED → accepted; FINISHED → completed; FAILED → rejected with its
///   result description.
pub fn answer(t: &Tracked, s: &state::State) -> Option<Answer> {
    let (key, id) = match &t.awaited {
        Awaited::Order { order_id } => ("orderId", order_id.as_str()),
        Awaited::Action { action_id } => ("actionId", action_id.as_str()),
    };
    let refused = s.errors.iter().find(|e| {
        (COMMAND_ERRORS.contains(&e.error_type.as_str()) || e.error_type == "noRouteError")
            && e.error_references.iter().any(|r| r.reference_key == key && r.reference_value == id)
    });
    if let Some(e) = refused {
        return Some((
            AckResult::Rejected,
            Some(e.error_type.clone()),
            e.error_description.clone(),
        ));
    }
    use state::ActionStateActionStatus as A;
    match &t.awaited {
        Awaited::Order { order_id } => {
            if s.order_id != *order_id {
                return None;
            }
            let done = s.node_states.is_empty()
                && s.edge_states.is_empty()
                && s.action_states
                    .iter()
                    .all(|a| matches!(a.action_status, A::Finished | A::Failed));
            if done {
                Some((AckResult::Completed, None, None))
            } else if !t.accepted {
                Some((AckResult::Accepted, None, None))
            } else {
                None
            }
        }
        Awaited::Action { action_id } => {
            let a = s.action_states.iter().find(|a| a.action_id == *action_id)?;
            match a.action_status {
                A::Finished => Some((AckResult::Completed, None, a.result_description.clone())),
                A::Failed => Some((
                    AckResult::Rejected,
                    Some(format!("{} failed", a.action_type.as_deref().unwrap_or("action"))),
                    a.result_description.clone(),
                )),
                _ if !t.accepted => Some((AckResult::Accepted, None, None)),
                _ => None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn link() -> Vda5050Link {
        serde_json::from_value(json!({
            "manufacturer": "M", "serial_number": "1", "version": "2.0.0", "map_id": "hall",
            "origin": {"latitude": 48.0, "longitude": 11.0}
        }))
        .unwrap()
    }

    /// A state as vda-5050-lib's virtual AGV publishes it, with `changes`.
    fn state(changes: serde_json::Value) -> state::State {
        let mut s = json!({
            "headerId": 1, "timestamp": "2026-12-02T10:00:00.000Z", "version": "2.0.0",
            "manufacturer": "M", "serialNumber": "1", "orderId": "", "orderUpdateId": 0,
            "lastNodeId": "0", "lastNodeSequenceId": 0, "nodeStates": [], "edgeStates": [],
            "driving": false, "paused": false, "actionStates": [], "operatingMode": "AUTOMATIC",
            "batteryState": {"batteryCharge": 80, "batteryVoltage": 24, "charging": false},
            "errors": [], "safetyState": {"eStop": "NONE", "fieldViolation": false},
            "agvPosition": {"x": 3, "y": 4, "theta": 0, "mapId": "hall", "positionInitialized": true}
        });
        for (k, v) in changes.as_object().unwrap() {
            s[k] = v.clone();
        }
        assert!(super::super::violations("state", &s).is_empty());
        serde_json::from_value(s).unwrap()
    }

    #[test]
    fn map_metres_and_geography_round_trip() {
        let l = link();
        assert_eq!(to_geo(&l, 0.0, 0.0), (48.0, 11.0));
        let (lat, lon) = to_geo(&l, 100.0, -250.0);
        assert!(lat < 48.0 && lon > 11.0);
        let (x, y) = to_map(&l, lat, lon);
        assert!((x - 100.0).abs() < 1e-6 && (y + 250.0).abs() < 1e-6, "{x} {y}");
        // One degree of latitude is about 111.2 km.
        let (north, _) = to_geo(&l, 0.0, 111_195.0);
        assert!((north - 49.0).abs() < 1e-4, "{north}");
    }

    #[test]
    fn map_angles_become_compass_headings() {
        use std::f64::consts::PI;
        assert_eq!(heading_of(0.0), 90.0); // east
        assert!((heading_of(PI / 2.0) - 0.0).abs() < 1e-9); // north
        assert!((heading_of(PI) - 270.0).abs() < 1e-9); // west
        assert!((heading_of(-PI / 2.0) - 180.0).abs() < 1e-9); // south
    }

    #[test]
    fn states_map_onto_tvm_states_first_match_first() {
        use VehicleState as S;
        assert_eq!(state_of(&state(json!({}))), S::Idle);
        assert_eq!(state_of(&state(json!({"driving": true}))), S::Navigating);
        let charging = json!({"batteryState": {"batteryCharge": 50, "charging": true}});
        assert_eq!(state_of(&state(charging)), S::Charging);
        let fatal = json!({"driving": true, "errors": [{"errorType": "x", "errorLevel": "FATAL"}]});
        assert_eq!(state_of(&state(fatal)), S::Error);
        let warning = json!({"errors": [{"errorType": "x", "errorLevel": "WARNING"}]});
        assert_eq!(state_of(&state(warning)), S::Idle);
        assert_eq!(state_of(&state(json!({"paused": true, "driving": true}))), S::EmergencyStop);
        let pressed = json!({"safetyState": {"eStop": "MANUAL", "fieldViolation": false}});
        assert_eq!(state_of(&state(pressed)), S::EmergencyStop);
    }

    #[test]
    fn state_changes_take_a_path_the_state_machine_allows() {
        use VehicleState as S;
        assert_eq!(state_path(Some(S::Idle), S::Navigating, false), vec![S::Navigating]);
        assert_eq!(
            state_path(Some(S::Idle), S::Charging, false),
            vec![S::Navigating, S::Docking, S::Charging]
        );
        assert_eq!(state_path(Some(S::Error), S::Navigating, false), vec![S::Idle, S::Navigating]);
        assert_eq!(state_path(Some(S::EmergencyStop), S::Idle, false), vec![]);
        assert_eq!(state_path(Some(S::EmergencyStop), S::Navigating, true), vec![S::Navigating]);
    }

    #[test]
    fn only_new_errors_are_reported_with_their_catalogue_code() {
        let low = json!({"errors": [
            {"errorType": "batteryLowError", "errorLevel": "FATAL", "errorDescription": "low"},
            {"errorType": "orderError", "errorLevel": "WARNING"}]});
        let now = state(low);
        let found = errors_of(&now, None, None, now.timestamp);
        assert_eq!(found.len(), 1, "command errors are answers, not vehicle errors");
        assert_eq!(found[0].code, VehicleErrorCode::BatLowCharge);
        assert_eq!(found[0].severity, ErrorSeverity::Error);
        assert_eq!(found[0].subsystem.as_str(), "battery");
        assert!(errors_of(&now, Some(&now), None, now.timestamp).is_empty());
        let other = state(json!({"errors": [{"errorType": "gripperJam", "errorLevel": "WARNING"}],
            "safetyState": {"eStop": "AUTOACK", "fieldViolation": true}}));
        let found = errors_of(&other, Some(&now), None, other.timestamp);
        let codes: Vec<_> = found.iter().map(|e| (e.code, e.severity)).collect();
        assert_eq!(
            codes,
            [
                (VehicleErrorCode::SysSoftwareException, ErrorSeverity::Warning),
                (VehicleErrorCode::SafetyEstopPressed, ErrorSeverity::Critical),
                (VehicleErrorCode::SafetyObstacleTooClose, ErrorSeverity::Warning),
            ]
        );
        assert!(found[0].description.contains("gripperJam"));
    }

    #[test]
    fn states_answer_orders_and_instant_actions() {
        let id = uuid::Uuid::new_v4();
        let order = Tracked {
            command_id: id,
            awaited: Awaited::Order { order_id: "M-1".into() },
            accepted: false,
        };
        assert_eq!(answer(&order, &state(json!({}))), None, "another order");
        let running = state(json!({"orderId": "M-1", "driving": true,
            "nodeStates": [{"nodeId": "b", "sequenceId": 2, "released": true}]}));
        assert_eq!(answer(&order, &running).map(|a| a.0), Some(AckResult::Accepted));
        let accepted = Tracked { accepted: true, ..order.clone() };
        assert_eq!(answer(&accepted, &running), None);
        let done = state(json!({"orderId": "M-1"}));
        assert_eq!(answer(&accepted, &done).map(|a| a.0), Some(AckResult::Completed));
        let refused =
            state(json!({"errors": [{"errorType": "noRouteError", "errorLevel": "WARNING",
            "errorDescription": "first node not within deviation range",
            "errorReferences": [{"referenceKey": "orderId", "referenceValue": "M-1"}]}]}));
        let (result, reason, detail) = answer(&order, &refused).unwrap();
        assert_eq!((result, reason.as_deref()), (AckResult::Rejected, Some("noRouteError")));
        assert!(detail.unwrap().contains("deviation"));

        let action_id = id.to_string();
        let pause = Tracked {
            command_id: id,
            awaited: Awaited::Action { action_id: action_id.clone() },
            accepted: false,
        };
        let with = |status: &str| {
            state(json!({"actionStates": [{"actionId": action_id, "actionType": "startPause",
                "actionStatus": status, "resultDescription": "r"}]}))
        };
        assert_eq!(answer(&pause, &with("RUNNING")).map(|a| a.0), Some(AckResult::Accepted));
        assert_eq!(answer(&pause, &with("FINISHED")).map(|a| a.0), Some(AckResult::Completed));
        assert_eq!(answer(&pause, &with("FAILED")).map(|a| a.0), Some(AckResult::Rejected));
    }

    #[test]
    fn a_dispatch_becomes_an_order_from_where_the_vehicle_stands() {
        let l = link();
        let (lat, lon) = to_geo(&l, 10.0, 20.0);
        let dispatch: DispatchParams = serde_json::from_value(json!({
            "mission_id": "M-7", "priority": "high",
            "pickup": {"latitude": 48.0, "longitude": 11.0, "station_id": "dock-3"},
            "destination": {"latitude": lat, "longitude": lon}
        }))
        .unwrap();
        let s = state(json!({"lastNodeId": "n9"}));
        let pose = Pose::of_state(&s).unwrap();
        assert!(order_of(&l, Header::new(&l, 0, s.timestamp), &dispatch, None).is_none());
        let o =
            order_of(&l, Header::new(&l, 4, s.timestamp), &dispatch, Some(("n9", &pose))).unwrap();
        let value = serde_json::to_value(&o).unwrap();
        assert!(super::super::violations("order", &value).is_empty());
        assert_eq!((o.order_id.as_str(), o.order_update_id, o.header_id), ("M-7", 0, 4));
        let ids: Vec<_> = o.nodes.iter().map(|n| (n.node_id.as_str(), n.sequence_id)).collect();
        assert_eq!(ids, [("n9", 0), ("dock-3", 2), ("M-7-destination", 4)]);
        let last = o.nodes[2].node_position.as_ref().unwrap();
        assert!((last.x - 10.0).abs() < 1e-6 && (last.y - 20.0).abs() < 1e-6);
        assert_eq!(o.edges[0].start_node_id, "n9");
        assert_eq!(o.edges[1].end_node_id, "M-7-destination");
    }
}
