/// The `FrontendInbound` messages of `asyncapi/tvm.yaml`, tagged by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum FrontendInbound {
    Subscribe(crate::models::WsSubscribe),
    Unsubscribe(crate::models::WsUnsubscribe),
    FrontendCommand(crate::models::WsFrontendCommand),
}
/// The `type` of each `FrontendInbound` message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FrontendInboundType {
    Subscribe,
    Unsubscribe,
    FrontendCommand,
}
impl FrontendInboundType {
    /// Every message type of this union.
    pub const ALL: [FrontendInboundType; 3usize] = [
        FrontendInboundType::Subscribe,
        FrontendInboundType::Unsubscribe,
        FrontendInboundType::FrontendCommand,
    ];
    /// The envelope's `type`.
    pub fn as_str(self) -> &'static str {
        match self {
            FrontendInboundType::Subscribe => "subscribe",
            FrontendInboundType::Unsubscribe => "unsubscribe",
            FrontendInboundType::FrontendCommand => "command",
        }
    }
    /// The contract's schema of the whole message (envelope and
    /// payload).
    pub fn schema(self) -> &'static str {
        match self {
            FrontendInboundType::Subscribe => "WsSubscribe",
            FrontendInboundType::Unsubscribe => "WsUnsubscribe",
            FrontendInboundType::FrontendCommand => "WsFrontendCommand",
        }
    }
    /// The type an envelope names, if it is one of this union's.
    pub fn parse(wire_type: &str) -> Option<Self> {
        match wire_type {
            "subscribe" => Some(FrontendInboundType::Subscribe),
            "unsubscribe" => Some(FrontendInboundType::Unsubscribe),
            "command" => Some(FrontendInboundType::FrontendCommand),
            _ => None,
        }
    }
}
/// The payload of each `FrontendInbound` message: what a sender builds, wrapped into its envelope by `into_message`.
#[derive(Debug, Clone, PartialEq)]
pub enum FrontendInboundPayload {
    Subscribe(crate::models::SubscriptionRequest),
    Unsubscribe(crate::models::SubscriptionRequest),
    FrontendCommand(crate::models::FrontendCommand),
}
impl FrontendInboundPayload {
    pub fn wire_type(&self) -> FrontendInboundType {
        match self {
            FrontendInboundPayload::Subscribe(_) => FrontendInboundType::Subscribe,
            FrontendInboundPayload::Unsubscribe(_) => FrontendInboundType::Unsubscribe,
            FrontendInboundPayload::FrontendCommand(_) => {
                FrontendInboundType::FrontendCommand
            }
        }
    }
    /// The whole message: this payload in an envelope with its
    /// `type`, the sender's message `id` and the `timestamp`.
    pub fn into_message(
        self,
        id: &str,
        timestamp: chrono::DateTime<chrono::Utc>,
    ) -> Result<FrontendInbound, serde_json::Error> {
        let kind = self.wire_type().as_str();
        let payload = match self {
            FrontendInboundPayload::Subscribe(p) => serde_json::to_value(p)?,
            FrontendInboundPayload::Unsubscribe(p) => serde_json::to_value(p)?,
            FrontendInboundPayload::FrontendCommand(p) => serde_json::to_value(p)?,
        };
        FrontendInbound::from_value(
            serde_json::json!(
                { "type" : kind, "id" : id, "timestamp" : timestamp, "payload" : payload,
                }
            ),
        )
    }
}
impl From<FrontendInboundType> for &'static str {
    fn from(t: FrontendInboundType) -> &'static str {
        t.as_str()
    }
}
impl FrontendInbound {
    pub fn wire_type(&self) -> FrontendInboundType {
        match self {
            FrontendInbound::Subscribe(_) => FrontendInboundType::Subscribe,
            FrontendInbound::Unsubscribe(_) => FrontendInboundType::Unsubscribe,
            FrontendInbound::FrontendCommand(_) => FrontendInboundType::FrontendCommand,
        }
    }
    /// Decode a message (already checked against its schema) by its `type`.
    pub fn from_value(value: serde_json::Value) -> Result<Self, serde_json::Error> {
        use serde::de::Error;
        let wire = value.get("type").and_then(|t| t.as_str()).unwrap_or_default();
        match FrontendInboundType::parse(wire) {
            Some(FrontendInboundType::Subscribe) => {
                serde_json::from_value(value).map(FrontendInbound::Subscribe)
            }
            Some(FrontendInboundType::Unsubscribe) => {
                serde_json::from_value(value).map(FrontendInbound::Unsubscribe)
            }
            Some(FrontendInboundType::FrontendCommand) => {
                serde_json::from_value(value).map(FrontendInbound::FrontendCommand)
            }
            None => {
                Err(serde_json::Error::custom(format!("unknown message type {wire:?}")))
            }
        }
    }
}
impl serde::Serialize for FrontendInbound {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            FrontendInbound::Subscribe(m) => m.serialize(s),
            FrontendInbound::Unsubscribe(m) => m.serialize(s),
            FrontendInbound::FrontendCommand(m) => m.serialize(s),
        }
    }
}
impl<'de> serde::Deserialize<'de> for FrontendInbound {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        FrontendInbound::from_value(value).map_err(serde::de::Error::custom)
    }
}
/// The `FrontendOutbound` messages of `asyncapi/tvm.yaml`, tagged by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum FrontendOutbound {
    Subscriptions(crate::models::WsSubscriptions),
    LocationUpdate(crate::models::WsLocationUpdate),
    StatusUpdate(crate::models::WsStatusUpdate),
    BatteryUpdate(crate::models::WsBatteryUpdate),
    ErrorReport(crate::models::WsErrorReport),
    DockingUpdate(crate::models::WsDockingUpdate),
    Alert(crate::models::WsAlert),
    CommandStatus(crate::models::WsCommandStatus),
    VehicleConnection(crate::models::WsVehicleConnection),
    SocketError(crate::models::WsSocketError),
}
/// The `type` of each `FrontendOutbound` message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FrontendOutboundType {
    Subscriptions,
    LocationUpdate,
    StatusUpdate,
    BatteryUpdate,
    ErrorReport,
    DockingUpdate,
    Alert,
    CommandStatus,
    VehicleConnection,
    SocketError,
}
impl FrontendOutboundType {
    /// Every message type of this union.
    pub const ALL: [FrontendOutboundType; 10usize] = [
        FrontendOutboundType::Subscriptions,
        FrontendOutboundType::LocationUpdate,
        FrontendOutboundType::StatusUpdate,
        FrontendOutboundType::BatteryUpdate,
        FrontendOutboundType::ErrorReport,
        FrontendOutboundType::DockingUpdate,
        FrontendOutboundType::Alert,
        FrontendOutboundType::CommandStatus,
        FrontendOutboundType::VehicleConnection,
        FrontendOutboundType::SocketError,
    ];
    /// The envelope's `type`.
    pub fn as_str(self) -> &'static str {
        match self {
            FrontendOutboundType::Subscriptions => "subscriptions",
            FrontendOutboundType::LocationUpdate => "location_update",
            FrontendOutboundType::StatusUpdate => "status_update",
            FrontendOutboundType::BatteryUpdate => "battery_update",
            FrontendOutboundType::ErrorReport => "error_report",
            FrontendOutboundType::DockingUpdate => "docking_update",
            FrontendOutboundType::Alert => "alert",
            FrontendOutboundType::CommandStatus => "command_status",
            FrontendOutboundType::VehicleConnection => "vehicle_connection",
            FrontendOutboundType::SocketError => "socket_error",
        }
    }
    /// The contract's schema of the whole message (envelope and
    /// payload).
    pub fn schema(self) -> &'static str {
        match self {
            FrontendOutboundType::Subscriptions => "WsSubscriptions",
            FrontendOutboundType::LocationUpdate => "WsLocationUpdate",
            FrontendOutboundType::StatusUpdate => "WsStatusUpdate",
            FrontendOutboundType::BatteryUpdate => "WsBatteryUpdate",
            FrontendOutboundType::ErrorReport => "WsErrorReport",
            FrontendOutboundType::DockingUpdate => "WsDockingUpdate",
            FrontendOutboundType::Alert => "WsAlert",
            FrontendOutboundType::CommandStatus => "WsCommandStatus",
            FrontendOutboundType::VehicleConnection => "WsVehicleConnection",
            FrontendOutboundType::SocketError => "WsSocketError",
        }
    }
    /// The type an envelope names, if it is one of this union's.
    pub fn parse(wire_type: &str) -> Option<Self> {
        match wire_type {
            "subscriptions" => Some(FrontendOutboundType::Subscriptions),
            "location_update" => Some(FrontendOutboundType::LocationUpdate),
            "status_update" => Some(FrontendOutboundType::StatusUpdate),
            "battery_update" => Some(FrontendOutboundType::BatteryUpdate),
            "error_report" => Some(FrontendOutboundType::ErrorReport),
            "docking_update" => Some(FrontendOutboundType::DockingUpdate),
            "alert" => Some(FrontendOutboundType::Alert),
            "command_status" => Some(FrontendOutboundType::CommandStatus),
            "vehicle_connection" => Some(FrontendOutboundType::VehicleConnection),
            "socket_error" => Some(FrontendOutboundType::SocketError),
            _ => None,
        }
    }
}
/// The payload of each `FrontendOutbound` message: what a sender builds, wrapped into its envelope by `into_message`.
#[derive(Debug, Clone, PartialEq)]
pub enum FrontendOutboundPayload {
    Subscriptions(crate::models::SubscriptionState),
    LocationUpdate(crate::models::LocationEvent),
    StatusUpdate(crate::models::StatusEvent),
    BatteryUpdate(crate::models::BatteryEvent),
    ErrorReport(crate::models::ErrorEvent),
    DockingUpdate(crate::models::DockingEvent),
    Alert(crate::models::Alert),
    CommandStatus(crate::models::CommandStatus),
    VehicleConnection(crate::models::ConnectionEvent),
    SocketError(crate::models::SocketError),
}
impl FrontendOutboundPayload {
    pub fn wire_type(&self) -> FrontendOutboundType {
        match self {
            FrontendOutboundPayload::Subscriptions(_) => {
                FrontendOutboundType::Subscriptions
            }
            FrontendOutboundPayload::LocationUpdate(_) => {
                FrontendOutboundType::LocationUpdate
            }
            FrontendOutboundPayload::StatusUpdate(_) => {
                FrontendOutboundType::StatusUpdate
            }
            FrontendOutboundPayload::BatteryUpdate(_) => {
                FrontendOutboundType::BatteryUpdate
            }
            FrontendOutboundPayload::ErrorReport(_) => FrontendOutboundType::ErrorReport,
            FrontendOutboundPayload::DockingUpdate(_) => {
                FrontendOutboundType::DockingUpdate
            }
            FrontendOutboundPayload::Alert(_) => FrontendOutboundType::Alert,
            FrontendOutboundPayload::CommandStatus(_) => {
                FrontendOutboundType::CommandStatus
            }
            FrontendOutboundPayload::VehicleConnection(_) => {
                FrontendOutboundType::VehicleConnection
            }
            FrontendOutboundPayload::SocketError(_) => FrontendOutboundType::SocketError,
        }
    }
    /// The whole message: this payload in an envelope with its
    /// `type`, the sender's message `id` and the `timestamp`.
    pub fn into_message(
        self,
        id: &str,
        timestamp: chrono::DateTime<chrono::Utc>,
    ) -> Result<FrontendOutbound, serde_json::Error> {
        let kind = self.wire_type().as_str();
        let payload = match self {
            FrontendOutboundPayload::Subscriptions(p) => serde_json::to_value(p)?,
            FrontendOutboundPayload::LocationUpdate(p) => serde_json::to_value(p)?,
            FrontendOutboundPayload::StatusUpdate(p) => serde_json::to_value(p)?,
            FrontendOutboundPayload::BatteryUpdate(p) => serde_json::to_value(p)?,
            FrontendOutboundPayload::ErrorReport(p) => serde_json::to_value(p)?,
            FrontendOutboundPayload::DockingUpdate(p) => serde_json::to_value(p)?,
            FrontendOutboundPayload::Alert(p) => serde_json::to_value(p)?,
            FrontendOutboundPayload::CommandStatus(p) => serde_json::to_value(p)?,
            FrontendOutboundPayload::VehicleConnection(p) => serde_json::to_value(p)?,
            FrontendOutboundPayload::SocketError(p) => serde_json::to_value(p)?,
        };
        FrontendOutbound::from_value(
            serde_json::json!(
                { "type" : kind, "id" : id, "timestamp" : timestamp, "payload" : payload,
                }
            ),
        )
    }
}
impl From<FrontendOutboundType> for &'static str {
    fn from(t: FrontendOutboundType) -> &'static str {
        t.as_str()
    }
}
impl FrontendOutbound {
    pub fn wire_type(&self) -> FrontendOutboundType {
        match self {
            FrontendOutbound::Subscriptions(_) => FrontendOutboundType::Subscriptions,
            FrontendOutbound::LocationUpdate(_) => FrontendOutboundType::LocationUpdate,
            FrontendOutbound::StatusUpdate(_) => FrontendOutboundType::StatusUpdate,
            FrontendOutbound::BatteryUpdate(_) => FrontendOutboundType::BatteryUpdate,
            FrontendOutbound::ErrorReport(_) => FrontendOutboundType::ErrorReport,
            FrontendOutbound::DockingUpdate(_) => FrontendOutboundType::DockingUpdate,
            FrontendOutbound::Alert(_) => FrontendOutboundType::Alert,
            FrontendOutbound::CommandStatus(_) => FrontendOutboundType::CommandStatus,
            FrontendOutbound::VehicleConnection(_) => {
                FrontendOutboundType::VehicleConnection
            }
            FrontendOutbound::SocketError(_) => FrontendOutboundType::SocketError,
        }
    }
    /// Decode a message (already checked against its schema) by its `type`.
    pub fn from_value(value: serde_json::Value) -> Result<Self, serde_json::Error> {
        use serde::de::Error;
        let wire = value.get("type").and_then(|t| t.as_str()).unwrap_or_default();
        match FrontendOutboundType::parse(wire) {
            Some(FrontendOutboundType::Subscriptions) => {
                serde_json::from_value(value).map(FrontendOutbound::Subscriptions)
            }
            Some(FrontendOutboundType::LocationUpdate) => {
                serde_json::from_value(value).map(FrontendOutbound::LocationUpdate)
            }
            Some(FrontendOutboundType::StatusUpdate) => {
                serde_json::from_value(value).map(FrontendOutbound::StatusUpdate)
            }
            Some(FrontendOutboundType::BatteryUpdate) => {
                serde_json::from_value(value).map(FrontendOutbound::BatteryUpdate)
            }
            Some(FrontendOutboundType::ErrorReport) => {
                serde_json::from_value(value).map(FrontendOutbound::ErrorReport)
            }
            Some(FrontendOutboundType::DockingUpdate) => {
                serde_json::from_value(value).map(FrontendOutbound::DockingUpdate)
            }
            Some(FrontendOutboundType::Alert) => {
                serde_json::from_value(value).map(FrontendOutbound::Alert)
            }
            Some(FrontendOutboundType::CommandStatus) => {
                serde_json::from_value(value).map(FrontendOutbound::CommandStatus)
            }
            Some(FrontendOutboundType::VehicleConnection) => {
                serde_json::from_value(value).map(FrontendOutbound::VehicleConnection)
            }
            Some(FrontendOutboundType::SocketError) => {
                serde_json::from_value(value).map(FrontendOutbound::SocketError)
            }
            None => {
                Err(serde_json::Error::custom(format!("unknown message type {wire:?}")))
            }
        }
    }
}
impl serde::Serialize for FrontendOutbound {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            FrontendOutbound::Subscriptions(m) => m.serialize(s),
            FrontendOutbound::LocationUpdate(m) => m.serialize(s),
            FrontendOutbound::StatusUpdate(m) => m.serialize(s),
            FrontendOutbound::BatteryUpdate(m) => m.serialize(s),
            FrontendOutbound::ErrorReport(m) => m.serialize(s),
            FrontendOutbound::DockingUpdate(m) => m.serialize(s),
            FrontendOutbound::Alert(m) => m.serialize(s),
            FrontendOutbound::CommandStatus(m) => m.serialize(s),
            FrontendOutbound::VehicleConnection(m) => m.serialize(s),
            FrontendOutbound::SocketError(m) => m.serialize(s),
        }
    }
}
impl<'de> serde::Deserialize<'de> for FrontendOutbound {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        FrontendOutbound::from_value(value).map_err(serde::de::Error::custom)
    }
}
/// The `VehicleInbound` messages of `asyncapi/tvm.yaml`, tagged by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum VehicleInbound {
    Location(crate::models::WsLocation),
    Status(crate::models::WsStatus),
    Battery(crate::models::WsBattery),
    Error(crate::models::WsError),
    Docking(crate::models::WsDocking),
    Ack(crate::models::WsAck),
}
/// The `type` of each `VehicleInbound` message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VehicleInboundType {
    Location,
    Status,
    Battery,
    Error,
    Docking,
    Ack,
}
impl VehicleInboundType {
    /// Every message type of this union.
    pub const ALL: [VehicleInboundType; 6usize] = [
        VehicleInboundType::Location,
        VehicleInboundType::Status,
        VehicleInboundType::Battery,
        VehicleInboundType::Error,
        VehicleInboundType::Docking,
        VehicleInboundType::Ack,
    ];
    /// The envelope's `type`.
    pub fn as_str(self) -> &'static str {
        match self {
            VehicleInboundType::Location => "location",
            VehicleInboundType::Status => "status",
            VehicleInboundType::Battery => "battery",
            VehicleInboundType::Error => "error",
            VehicleInboundType::Docking => "docking",
            VehicleInboundType::Ack => "ack",
        }
    }
    /// The contract's schema of the whole message (envelope and
    /// payload).
    pub fn schema(self) -> &'static str {
        match self {
            VehicleInboundType::Location => "WsLocation",
            VehicleInboundType::Status => "WsStatus",
            VehicleInboundType::Battery => "WsBattery",
            VehicleInboundType::Error => "WsError",
            VehicleInboundType::Docking => "WsDocking",
            VehicleInboundType::Ack => "WsAck",
        }
    }
    /// The type an envelope names, if it is one of this union's.
    pub fn parse(wire_type: &str) -> Option<Self> {
        match wire_type {
            "location" => Some(VehicleInboundType::Location),
            "status" => Some(VehicleInboundType::Status),
            "battery" => Some(VehicleInboundType::Battery),
            "error" => Some(VehicleInboundType::Error),
            "docking" => Some(VehicleInboundType::Docking),
            "ack" => Some(VehicleInboundType::Ack),
            _ => None,
        }
    }
}
/// The payload of each `VehicleInbound` message: what a sender builds, wrapped into its envelope by `into_message`.
#[derive(Debug, Clone, PartialEq)]
pub enum VehicleInboundPayload {
    Location(crate::models::LocationReport),
    Status(crate::models::StatusReport),
    Battery(crate::models::BatteryReport),
    Error(crate::models::ErrorReport),
    Docking(crate::models::DockingReport),
    Ack(crate::models::CommandAck),
}
impl VehicleInboundPayload {
    pub fn wire_type(&self) -> VehicleInboundType {
        match self {
            VehicleInboundPayload::Location(_) => VehicleInboundType::Location,
            VehicleInboundPayload::Status(_) => VehicleInboundType::Status,
            VehicleInboundPayload::Battery(_) => VehicleInboundType::Battery,
            VehicleInboundPayload::Error(_) => VehicleInboundType::Error,
            VehicleInboundPayload::Docking(_) => VehicleInboundType::Docking,
            VehicleInboundPayload::Ack(_) => VehicleInboundType::Ack,
        }
    }
    /// The whole message: this payload in an envelope with its
    /// `type`, the sender's message `id` and the `timestamp`.
    pub fn into_message(
        self,
        id: &str,
        timestamp: chrono::DateTime<chrono::Utc>,
    ) -> Result<VehicleInbound, serde_json::Error> {
        let kind = self.wire_type().as_str();
        let payload = match self {
            VehicleInboundPayload::Location(p) => serde_json::to_value(p)?,
            VehicleInboundPayload::Status(p) => serde_json::to_value(p)?,
            VehicleInboundPayload::Battery(p) => serde_json::to_value(p)?,
            VehicleInboundPayload::Error(p) => serde_json::to_value(p)?,
            VehicleInboundPayload::Docking(p) => serde_json::to_value(p)?,
            VehicleInboundPayload::Ack(p) => serde_json::to_value(p)?,
        };
        VehicleInbound::from_value(
            serde_json::json!(
                { "type" : kind, "id" : id, "timestamp" : timestamp, "payload" : payload,
                }
            ),
        )
    }
}
impl From<VehicleInboundType> for &'static str {
    fn from(t: VehicleInboundType) -> &'static str {
        t.as_str()
    }
}
impl VehicleInbound {
    pub fn wire_type(&self) -> VehicleInboundType {
        match self {
            VehicleInbound::Location(_) => VehicleInboundType::Location,
            VehicleInbound::Status(_) => VehicleInboundType::Status,
            VehicleInbound::Battery(_) => VehicleInboundType::Battery,
            VehicleInbound::Error(_) => VehicleInboundType::Error,
            VehicleInbound::Docking(_) => VehicleInboundType::Docking,
            VehicleInbound::Ack(_) => VehicleInboundType::Ack,
        }
    }
    /// Decode a message (already checked against its schema) by its `type`.
    pub fn from_value(value: serde_json::Value) -> Result<Self, serde_json::Error> {
        use serde::de::Error;
        let wire = value.get("type").and_then(|t| t.as_str()).unwrap_or_default();
        match VehicleInboundType::parse(wire) {
            Some(VehicleInboundType::Location) => {
                serde_json::from_value(value).map(VehicleInbound::Location)
            }
            Some(VehicleInboundType::Status) => {
                serde_json::from_value(value).map(VehicleInbound::Status)
            }
            Some(VehicleInboundType::Battery) => {
                serde_json::from_value(value).map(VehicleInbound::Battery)
            }
            Some(VehicleInboundType::Error) => {
                serde_json::from_value(value).map(VehicleInbound::Error)
            }
            Some(VehicleInboundType::Docking) => {
                serde_json::from_value(value).map(VehicleInbound::Docking)
            }
            Some(VehicleInboundType::Ack) => {
                serde_json::from_value(value).map(VehicleInbound::Ack)
            }
            None => {
                Err(serde_json::Error::custom(format!("unknown message type {wire:?}")))
            }
        }
    }
}
impl serde::Serialize for VehicleInbound {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            VehicleInbound::Location(m) => m.serialize(s),
            VehicleInbound::Status(m) => m.serialize(s),
            VehicleInbound::Battery(m) => m.serialize(s),
            VehicleInbound::Error(m) => m.serialize(s),
            VehicleInbound::Docking(m) => m.serialize(s),
            VehicleInbound::Ack(m) => m.serialize(s),
        }
    }
}
impl<'de> serde::Deserialize<'de> for VehicleInbound {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        VehicleInbound::from_value(value).map_err(serde::de::Error::custom)
    }
}
/// The `VehicleOutbound` messages of `asyncapi/tvm.yaml`, tagged by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum VehicleOutbound {
    VehicleCommand(crate::models::WsVehicleCommand),
    SocketError(crate::models::WsSocketError),
}
/// The `type` of each `VehicleOutbound` message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VehicleOutboundType {
    VehicleCommand,
    SocketError,
}
impl VehicleOutboundType {
    /// Every message type of this union.
    pub const ALL: [VehicleOutboundType; 2usize] = [
        VehicleOutboundType::VehicleCommand,
        VehicleOutboundType::SocketError,
    ];
    /// The envelope's `type`.
    pub fn as_str(self) -> &'static str {
        match self {
            VehicleOutboundType::VehicleCommand => "command",
            VehicleOutboundType::SocketError => "socket_error",
        }
    }
    /// The contract's schema of the whole message (envelope and
    /// payload).
    pub fn schema(self) -> &'static str {
        match self {
            VehicleOutboundType::VehicleCommand => "WsVehicleCommand",
            VehicleOutboundType::SocketError => "WsSocketError",
        }
    }
    /// The type an envelope names, if it is one of this union's.
    pub fn parse(wire_type: &str) -> Option<Self> {
        match wire_type {
            "command" => Some(VehicleOutboundType::VehicleCommand),
            "socket_error" => Some(VehicleOutboundType::SocketError),
            _ => None,
        }
    }
}
/// The payload of each `VehicleOutbound` message: what a sender builds, wrapped into its envelope by `into_message`.
#[derive(Debug, Clone, PartialEq)]
pub enum VehicleOutboundPayload {
    VehicleCommand(crate::models::VehicleCommand),
    SocketError(crate::models::SocketError),
}
impl VehicleOutboundPayload {
    pub fn wire_type(&self) -> VehicleOutboundType {
        match self {
            VehicleOutboundPayload::VehicleCommand(_) => {
                VehicleOutboundType::VehicleCommand
            }
            VehicleOutboundPayload::SocketError(_) => VehicleOutboundType::SocketError,
        }
    }
    /// The whole message: this payload in an envelope with its
    /// `type`, the sender's message `id` and the `timestamp`.
    pub fn into_message(
        self,
        id: &str,
        timestamp: chrono::DateTime<chrono::Utc>,
    ) -> Result<VehicleOutbound, serde_json::Error> {
        let kind = self.wire_type().as_str();
        let payload = match self {
            VehicleOutboundPayload::VehicleCommand(p) => serde_json::to_value(p)?,
            VehicleOutboundPayload::SocketError(p) => serde_json::to_value(p)?,
        };
        VehicleOutbound::from_value(
            serde_json::json!(
                { "type" : kind, "id" : id, "timestamp" : timestamp, "payload" : payload,
                }
            ),
        )
    }
}
impl From<VehicleOutboundType> for &'static str {
    fn from(t: VehicleOutboundType) -> &'static str {
        t.as_str()
    }
}
impl VehicleOutbound {
    pub fn wire_type(&self) -> VehicleOutboundType {
        match self {
            VehicleOutbound::VehicleCommand(_) => VehicleOutboundType::VehicleCommand,
            VehicleOutbound::SocketError(_) => VehicleOutboundType::SocketError,
        }
    }
    /// Decode a message (already checked against its schema) by its `type`.
    pub fn from_value(value: serde_json::Value) -> Result<Self, serde_json::Error> {
        use serde::de::Error;
        let wire = value.get("type").and_then(|t| t.as_str()).unwrap_or_default();
        match VehicleOutboundType::parse(wire) {
            Some(VehicleOutboundType::VehicleCommand) => {
                serde_json::from_value(value).map(VehicleOutbound::VehicleCommand)
            }
            Some(VehicleOutboundType::SocketError) => {
                serde_json::from_value(value).map(VehicleOutbound::SocketError)
            }
            None => {
                Err(serde_json::Error::custom(format!("unknown message type {wire:?}")))
            }
        }
    }
}
impl serde::Serialize for VehicleOutbound {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            VehicleOutbound::VehicleCommand(m) => m.serialize(s),
            VehicleOutbound::SocketError(m) => m.serialize(s),
        }
    }
}
impl<'de> serde::Deserialize<'de> for VehicleOutbound {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        VehicleOutbound::from_value(value).map_err(serde::de::Error::custom)
    }
}
