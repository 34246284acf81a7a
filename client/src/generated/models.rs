///A vehicle's answer to a command.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum AckResult {
    #[serde(rename = "accepted")]
    Accepted,
    #[serde(rename = "rejected")]
    Rejected,
    #[serde(rename = "completed")]
    Completed,
}
impl ::std::fmt::Display for AckResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Accepted => f.write_str("accepted"),
            Self::Rejected => f.write_str("rejected"),
            Self::Completed => f.write_str("completed"),
        }
    }
}
impl ::std::str::FromStr for AckResult {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "accepted" => Ok(Self::Accepted),
            "rejected" => Ok(Self::Rejected),
            "completed" => Ok(Self::Completed),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AckResult {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AckResult {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Something an operator must look at, stored and pushed to every operator and admin socket and SSE stream (subscribed to the vehicle or not) when it is raised, changes or is cleared. One alert per vehicle and kind is in force at a time: repeats raise its `count` and `last_raised_at`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct Alert {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub acknowledged_at: ::std::option::Option<
        ::chrono::DateTime<::chrono::offset::Utc>,
    >,
    ///The client that acknowledged it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub acknowledged_by: ::std::option::Option<::std::string::String>,
    pub alert_id: ::uuid::Uuid,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub cleared_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ///The command, for `command_timed_out`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub command_id: ::std::option::Option<::uuid::Uuid>,
    ///How many times it was raised while in force.
    pub count: ::std::num::NonZeroU64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_code: ::std::option::Option<::std::string::String>,
    pub kind: AlertKind,
    ///When it was last raised.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub last_raised_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub message: ::std::string::String,
    ///When it was first raised.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub raised_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub severity: ErrorSeverity,
    ///The vehicle's state, for the state alerts.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<VehicleState>,
    pub status: AlertStatus,
    pub vehicle_id: VehicleId,
}
///Acknowledging an alert (recorded in the audit log with the note).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct AlertAcknowledge {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<AlertAcknowledgeNote>,
}
///`AlertAcknowledgeNote`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct AlertAcknowledgeNote(::std::string::String);
impl ::std::ops::Deref for AlertAcknowledgeNote {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AlertAcknowledgeNote> for ::std::string::String {
    fn from(value: AlertAcknowledgeNote) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AlertAcknowledgeNote {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 1000usize {
            return Err("longer than 1000 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AlertAcknowledgeNote {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AlertAcknowledgeNote {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AlertAcknowledgeNote {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///What raised an alert: the vehicle entered `error` or `emergency_stop`; it reported a CRITICAL error (live or in a bulk upload); it sent no report for longer than `TVM_ALERT_OFFLINE_S`; its battery fell below `TVM_ALERT_BATTERY_PCT`; its battery needs maintenance (cycles or voltage loss past their configured thresholds); a command to it timed out.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum AlertKind {
    #[serde(rename = "state_error")]
    StateError,
    #[serde(rename = "emergency_stop")]
    EmergencyStop,
    #[serde(rename = "critical_error")]
    CriticalError,
    #[serde(rename = "vehicle_offline")]
    VehicleOffline,
    #[serde(rename = "battery_low")]
    BatteryLow,
    #[serde(rename = "maintenance_due")]
    MaintenanceDue,
    #[serde(rename = "command_timed_out")]
    CommandTimedOut,
}
impl ::std::fmt::Display for AlertKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::StateError => f.write_str("state_error"),
            Self::EmergencyStop => f.write_str("emergency_stop"),
            Self::CriticalError => f.write_str("critical_error"),
            Self::VehicleOffline => f.write_str("vehicle_offline"),
            Self::BatteryLow => f.write_str("battery_low"),
            Self::MaintenanceDue => f.write_str("maintenance_due"),
            Self::CommandTimedOut => f.write_str("command_timed_out"),
        }
    }
}
impl ::std::str::FromStr for AlertKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "state_error" => Ok(Self::StateError),
            "emergency_stop" => Ok(Self::EmergencyStop),
            "critical_error" => Ok(Self::CriticalError),
            "vehicle_offline" => Ok(Self::VehicleOffline),
            "battery_low" => Ok(Self::BatteryLow),
            "maintenance_due" => Ok(Self::MaintenanceDue),
            "command_timed_out" => Ok(Self::CommandTimedOut),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AlertKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AlertKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Alerts, most recently raised first.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct AlertPage {
    pub items: ::std::vec::Vec<Alert>,
    ///Opaque; pass as `cursor` for the next page. Absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`open` until an operator acknowledges it or its condition ends; `acknowledged` (still in force, seen by someone); `cleared` when its condition ended (the vehicle left the state, reported again, charged, …). One alert per vehicle and kind is open or acknowledged at a time; repeats while it is raise its `count`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum AlertStatus {
    #[serde(rename = "open")]
    Open,
    #[serde(rename = "acknowledged")]
    Acknowledged,
    #[serde(rename = "cleared")]
    Cleared,
}
impl ::std::fmt::Display for AlertStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Open => f.write_str("open"),
            Self::Acknowledged => f.write_str("acknowledged"),
            Self::Cleared => f.write_str("cleared"),
        }
    }
}
impl ::std::str::FromStr for AlertStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "open" => Ok(Self::Open),
            "acknowledged" => Ok(Self::Acknowledged),
            "cleared" => Ok(Self::Cleared),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for AlertStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AlertStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///One audited action.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct AuditEntry {
    pub action: ::std::string::String,
    pub actor: ::std::string::String,
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub audit_id: ::std::num::NonZeroU64,
    pub details: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub target: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vehicle_id: ::std::option::Option<VehicleId>,
}
///Audit log, newest first.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct AuditPage {
    pub items: ::std::vec::Vec<AuditEntry>,
    ///Opaque; pass as `cursor` for the next page. Absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///A stored battery report, as pushed to subscribers.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct BatteryEvent {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub received_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub report: BatteryReport,
    pub vehicle_id: VehicleId,
}
///Derived battery health (TVM-API-BAT-003), updated as readings arrive.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct BatteryHealth {
    ///Equivalent full cycles: total discharged state of charge / 100.
    pub cycle_count: f64,
    ///Mean voltage at ≥ 95 % SoC over the first readings.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub full_charge_voltage_initial: ::std::option::Option<f64>,
    ///Mean voltage at ≥ 95 % SoC over the recent readings.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub full_charge_voltage_recent: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub last_reading_at: ::std::option::Option<
        ::chrono::DateTime<::chrono::offset::Utc>,
    >,
    ///True past 500 cycles or 5 % degradation.
    pub maintenance_due: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub max_temperature: ::std::option::Option<f64>,
    pub readings: u64,
    pub vehicle_id: VehicleId,
    ///Drop of the full-charge voltage, percent of the initial value.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub voltage_degradation_pct: ::std::option::Option<f64>,
}
///Battery history, oldest first.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct BatteryPage {
    pub items: ::std::vec::Vec<BatteryRecord>,
    ///Opaque; pass as `cursor` for the next page. Absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///A stored battery reading.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct BatteryRecord {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub received_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub report: BatteryReport,
    pub vehicle_id: VehicleId,
}
///A battery reading.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct BatteryReport {
    ///Amperes: positive while charging, negative while discharging. Optional: not every vehicle measures it (VDA 5050 vehicles report none).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current: ::std::option::Option<f64>,
    ///State of charge, percent.
    pub soc: f64,
    ///Pack temperature, °C. Optional: not every vehicle measures it (VDA 5050 vehicles report none).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub temperature: ::std::option::Option<f64>,
    ///RFC 3339 timestamp in UTC with a `Z` suffix.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    ///Pack voltage in volts, > 0.
    pub voltage: f64,
}
///One message of a bulk upload, tagged by `type`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(tag = "type", content = "data")]
pub enum BulkMessage {
    #[serde(rename = "location")]
    Location(LocationReport),
    #[serde(rename = "status")]
    Status(StatusReport),
    #[serde(rename = "battery")]
    Battery(BatteryReport),
    #[serde(rename = "error")]
    Error(ErrorReport),
    #[serde(rename = "docking")]
    Docking(DockingReport),
}
impl ::std::convert::From<LocationReport> for BulkMessage {
    fn from(value: LocationReport) -> Self {
        Self::Location(value)
    }
}
impl ::std::convert::From<StatusReport> for BulkMessage {
    fn from(value: StatusReport) -> Self {
        Self::Status(value)
    }
}
impl ::std::convert::From<BatteryReport> for BulkMessage {
    fn from(value: BatteryReport) -> Self {
        Self::Battery(value)
    }
}
impl ::std::convert::From<ErrorReport> for BulkMessage {
    fn from(value: ErrorReport) -> Self {
        Self::Error(value)
    }
}
impl ::std::convert::From<DockingReport> for BulkMessage {
    fn from(value: DockingReport) -> Self {
        Self::Docking(value)
    }
}
///Outcome of a bulk upload.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct BulkResult {
    ///Messages stored.
    pub inserted: u64,
    ///Messages in the upload.
    pub processed: u64,
    ///Duplicates (same vehicle, kind and timestamp) already stored or repeated in the upload.
    pub skipped: u64,
}
///Offline data: 1 to 1000 messages stored in one transaction. Timestamps may be up to 30 days old.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct BulkUpload {
    pub messages: ::std::vec::Vec<BulkMessage>,
}
///Cancel a mission.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct CancelParams {
    pub mission_id: CancelParamsMissionId,
    pub reason: CancelParamsReason,
}
///`CancelParamsMissionId`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct CancelParamsMissionId(::std::string::String);
impl ::std::ops::Deref for CancelParamsMissionId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CancelParamsMissionId> for ::std::string::String {
    fn from(value: CancelParamsMissionId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CancelParamsMissionId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CancelParamsMissionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CancelParamsMissionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CancelParamsMissionId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`CancelParamsReason`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct CancelParamsReason(::std::string::String);
impl ::std::ops::Deref for CancelParamsReason {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CancelParamsReason> for ::std::string::String {
    fn from(value: CancelParamsReason) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CancelParamsReason {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CancelParamsReason {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CancelParamsReason {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CancelParamsReason {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///A registered API client (its secret is never shown again).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct Client {
    pub client_id: ClientClientId,
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub revoked_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    pub role: Role,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vehicle_id: ::std::option::Option<VehicleId>,
}
///`ClientClientId`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct ClientClientId(::std::string::String);
impl ::std::ops::Deref for ClientClientId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ClientClientId> for ::std::string::String {
    fn from(value: ClientClientId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ClientClientId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9][A-Za-z0-9_.@-]{0,127}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,127}$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ClientClientId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ClientClientId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientClientId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Register an API client. A `vehicle` client must name its vehicle; other roles must not.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ClientCreate {
    pub client_id: ClientCreateClientId,
    pub role: Role,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vehicle_id: ::std::option::Option<VehicleId>,
}
///`ClientCreateClientId`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct ClientCreateClientId(::std::string::String);
impl ::std::ops::Deref for ClientCreateClientId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ClientCreateClientId> for ::std::string::String {
    fn from(value: ClientCreateClientId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ClientCreateClientId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9][A-Za-z0-9_.@-]{0,127}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,127}$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ClientCreateClientId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ClientCreateClientId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientCreateClientId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///A new client and its secret, shown only in this answer.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ClientCreated {
    pub client_id: ClientCreatedClientId,
    pub client_secret: ClientCreatedClientSecret,
    pub role: Role,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vehicle_id: ::std::option::Option<VehicleId>,
}
///`ClientCreatedClientId`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct ClientCreatedClientId(::std::string::String);
impl ::std::ops::Deref for ClientCreatedClientId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ClientCreatedClientId> for ::std::string::String {
    fn from(value: ClientCreatedClientId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ClientCreatedClientId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9][A-Za-z0-9_.@-]{0,127}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,127}$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ClientCreatedClientId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ClientCreatedClientId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientCreatedClientId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`ClientCreatedClientSecret`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct ClientCreatedClientSecret(::std::string::String);
impl ::std::ops::Deref for ClientCreatedClientSecret {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ClientCreatedClientSecret> for ::std::string::String {
    fn from(value: ClientCreatedClientSecret) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ClientCreatedClientSecret {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 32usize {
            return Err("shorter than 32 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ClientCreatedClientSecret {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ClientCreatedClientSecret {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientCreatedClientSecret {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///API clients.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ClientPage {
    pub items: ::std::vec::Vec<Client>,
    ///Opaque; pass as `cursor` for the next page. Absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///The command is stored and queued for delivery.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct CommandAccepted {
    pub command_id: ::uuid::Uuid,
    pub status: CommandState,
}
///A vehicle's answer to a command.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct CommandAck {
    pub command_id: ::uuid::Uuid,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<CommandAckDetail>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<CommandAckReason>,
    pub result: AckResult,
}
///`CommandAckDetail`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct CommandAckDetail(::std::string::String);
impl ::std::ops::Deref for CommandAckDetail {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CommandAckDetail> for ::std::string::String {
    fn from(value: CommandAckDetail) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CommandAckDetail {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2000usize {
            return Err("longer than 2000 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CommandAckDetail {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CommandAckDetail {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CommandAckDetail {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`CommandAckReason`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct CommandAckReason(::std::string::String);
impl ::std::ops::Deref for CommandAckReason {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CommandAckReason> for ::std::string::String {
    fn from(value: CommandAckReason) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CommandAckReason {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CommandAckReason {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CommandAckReason {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CommandAckReason {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///A command for one vehicle, tagged by `command`. `command_id` is optional over REST (generated when absent; re-posting the same id is idempotent).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(tag = "command", deny_unknown_fields)]
pub enum CommandCreate {
    #[serde(rename = "dispatch")]
    Dispatch {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        command_id: ::std::option::Option<::uuid::Uuid>,
        params: DispatchParams,
    },
    #[serde(rename = "cancel")]
    Cancel {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        command_id: ::std::option::Option<::uuid::Uuid>,
        params: CancelParams,
    },
    #[serde(rename = "emergency_stop")]
    EmergencyStop {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        command_id: ::std::option::Option<::uuid::Uuid>,
        params: EmergencyStopParams,
    },
    #[serde(rename = "resume")]
    Resume {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        command_id: ::std::option::Option<::uuid::Uuid>,
        params: ResumeParams,
    },
    #[serde(rename = "configure")]
    Configure {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        command_id: ::std::option::Option<::uuid::Uuid>,
        params: ConfigureParams,
    },
}
///The five operator commands.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum CommandKind {
    #[serde(rename = "dispatch")]
    Dispatch,
    #[serde(rename = "cancel")]
    Cancel,
    #[serde(rename = "emergency_stop")]
    EmergencyStop,
    #[serde(rename = "resume")]
    Resume,
    #[serde(rename = "configure")]
    Configure,
}
impl ::std::fmt::Display for CommandKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Dispatch => f.write_str("dispatch"),
            Self::Cancel => f.write_str("cancel"),
            Self::EmergencyStop => f.write_str("emergency_stop"),
            Self::Resume => f.write_str("resume"),
            Self::Configure => f.write_str("configure"),
        }
    }
}
impl ::std::str::FromStr for CommandKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "dispatch" => Ok(Self::Dispatch),
            "cancel" => Ok(Self::Cancel),
            "emergency_stop" => Ok(Self::EmergencyStop),
            "resume" => Ok(Self::Resume),
            "configure" => Ok(Self::Configure),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CommandKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CommandKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Commands of a vehicle, newest first.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct CommandPage {
    pub items: ::std::vec::Vec<CommandRecord>,
    ///Opaque; pass as `cursor` for the next page. Absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///Priority of a command or mission.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum CommandPriority {
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "normal")]
    Normal,
    #[serde(rename = "high")]
    High,
    #[serde(rename = "urgent")]
    Urgent,
}
impl ::std::fmt::Display for CommandPriority {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Low => f.write_str("low"),
            Self::Normal => f.write_str("normal"),
            Self::High => f.write_str("high"),
            Self::Urgent => f.write_str("urgent"),
        }
    }
}
impl ::std::str::FromStr for CommandPriority {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "low" => Ok(Self::Low),
            "normal" => Ok(Self::Normal),
            "high" => Ok(Self::High),
            "urgent" => Ok(Self::Urgent),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CommandPriority {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CommandPriority {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A command and its delivery history; `params` follow `command` (the same parameters as `CommandCreate`).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(tag = "command", deny_unknown_fields)]
pub enum CommandRecord {
    #[serde(rename = "dispatch")]
    Dispatch {
        attempts: u64,
        command_id: ::uuid::Uuid,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        detail: ::std::option::Option<::std::string::String>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        issued_at: ::chrono::DateTime<::chrono::offset::Utc>,
        issued_by: ::std::string::String,
        params: DispatchParams,
        priority: CommandPriority,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        reason: ::std::option::Option<::std::string::String>,
        status: CommandState,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        vehicle_id: VehicleId,
    },
    #[serde(rename = "cancel")]
    Cancel {
        attempts: u64,
        command_id: ::uuid::Uuid,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        detail: ::std::option::Option<::std::string::String>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        issued_at: ::chrono::DateTime<::chrono::offset::Utc>,
        issued_by: ::std::string::String,
        params: CancelParams,
        priority: CommandPriority,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        reason: ::std::option::Option<::std::string::String>,
        status: CommandState,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        vehicle_id: VehicleId,
    },
    #[serde(rename = "emergency_stop")]
    EmergencyStop {
        attempts: u64,
        command_id: ::uuid::Uuid,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        detail: ::std::option::Option<::std::string::String>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        issued_at: ::chrono::DateTime<::chrono::offset::Utc>,
        issued_by: ::std::string::String,
        params: EmergencyStopParams,
        priority: CommandPriority,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        reason: ::std::option::Option<::std::string::String>,
        status: CommandState,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        vehicle_id: VehicleId,
    },
    #[serde(rename = "resume")]
    Resume {
        attempts: u64,
        command_id: ::uuid::Uuid,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        detail: ::std::option::Option<::std::string::String>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        issued_at: ::chrono::DateTime<::chrono::offset::Utc>,
        issued_by: ::std::string::String,
        params: ResumeParams,
        priority: CommandPriority,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        reason: ::std::option::Option<::std::string::String>,
        status: CommandState,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        vehicle_id: VehicleId,
    },
    #[serde(rename = "configure")]
    Configure {
        attempts: u64,
        command_id: ::uuid::Uuid,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        detail: ::std::option::Option<::std::string::String>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        issued_at: ::chrono::DateTime<::chrono::offset::Utc>,
        issued_by: ::std::string::String,
        params: ConfigureParams,
        priority: CommandPriority,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        reason: ::std::option::Option<::std::string::String>,
        status: CommandState,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        vehicle_id: VehicleId,
    },
}
///Delivery state of a command: queued (stored, waiting for the vehicle), sent (on the vehicle's socket, awaiting ack), acknowledged (vehicle accepted), rejected, completed, timed_out (no ack after 3 resends or past expires_at), dropped (pushed out of a full offline queue).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum CommandState {
    #[serde(rename = "queued")]
    Queued,
    #[serde(rename = "sent")]
    Sent,
    #[serde(rename = "acknowledged")]
    Acknowledged,
    #[serde(rename = "rejected")]
    Rejected,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "timed_out")]
    TimedOut,
    #[serde(rename = "dropped")]
    Dropped,
}
impl ::std::fmt::Display for CommandState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Queued => f.write_str("queued"),
            Self::Sent => f.write_str("sent"),
            Self::Acknowledged => f.write_str("acknowledged"),
            Self::Rejected => f.write_str("rejected"),
            Self::Completed => f.write_str("completed"),
            Self::TimedOut => f.write_str("timed_out"),
            Self::Dropped => f.write_str("dropped"),
        }
    }
}
impl ::std::str::FromStr for CommandState {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "queued" => Ok(Self::Queued),
            "sent" => Ok(Self::Sent),
            "acknowledged" => Ok(Self::Acknowledged),
            "rejected" => Ok(Self::Rejected),
            "completed" => Ok(Self::Completed),
            "timed_out" => Ok(Self::TimedOut),
            "dropped" => Ok(Self::Dropped),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CommandState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CommandState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A change of a command's delivery state.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct CommandStatus {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub attempts: u64,
    pub command: CommandKind,
    pub command_id: ::uuid::Uuid,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    pub status: CommandState,
    pub vehicle_id: VehicleId,
}
///One dependency's state.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ComponentHealth {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub latency_ms: ::std::option::Option<f64>,
    pub status: ComponentHealthStatus,
}
///`ComponentHealthStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum ComponentHealthStatus {
    #[serde(rename = "ok")]
    Ok,
    #[serde(rename = "degraded")]
    Degraded,
    #[serde(rename = "down")]
    Down,
    #[serde(rename = "disabled")]
    Disabled,
}
impl ::std::fmt::Display for ComponentHealthStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Ok => f.write_str("ok"),
            Self::Degraded => f.write_str("degraded"),
            Self::Down => f.write_str("down"),
            Self::Disabled => f.write_str("disabled"),
        }
    }
}
impl ::std::str::FromStr for ComponentHealthStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ok" => Ok(Self::Ok),
            "degraded" => Ok(Self::Degraded),
            "down" => Ok(Self::Down),
            "disabled" => Ok(Self::Disabled),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ComponentHealthStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ComponentHealthStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Change vehicle settings. At least one field.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ConfigureParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operational_hours: ::std::option::Option<OperationalHours>,
    ///Metres per second.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub speed_limit: ::std::option::Option<f64>,
}
///Details of `CONFLICT` and `COMMAND_NOT_ALLOWED`: the resource in the way.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ConflictDetails {
    ///The client id that exists already.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub client_id: ::std::option::Option<::std::string::String>,
    ///The command id used already with other content.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub command_id: ::std::option::Option<::uuid::Uuid>,
    ///The mission that belongs to another vehicle.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mission_id: ::std::option::Option<::std::string::String>,
    ///The vehicle's state that does not allow the command (`unknown` before its first report).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    ///The vehicle id that exists already.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vehicle_id: ::std::option::Option<::std::string::String>,
}
///A vehicle's command socket connected or disconnected.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ConnectionEvent {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub online: bool,
    pub vehicle_id: VehicleId,
}
///Send the vehicle on a mission (creates the mission).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct DispatchParams {
    pub destination: Waypoint,
    pub mission_id: DispatchParamsMissionId,
    pub pickup: Waypoint,
    pub priority: CommandPriority,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reservation_id: ::std::option::Option<DispatchParamsReservationId>,
}
///`DispatchParamsMissionId`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct DispatchParamsMissionId(::std::string::String);
impl ::std::ops::Deref for DispatchParamsMissionId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<DispatchParamsMissionId> for ::std::string::String {
    fn from(value: DispatchParamsMissionId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for DispatchParamsMissionId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for DispatchParamsMissionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DispatchParamsMissionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for DispatchParamsMissionId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`DispatchParamsReservationId`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct DispatchParamsReservationId(::std::string::String);
impl ::std::ops::Deref for DispatchParamsReservationId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<DispatchParamsReservationId> for ::std::string::String {
    fn from(value: DispatchParamsReservationId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for DispatchParamsReservationId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for DispatchParamsReservationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DispatchParamsReservationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for DispatchParamsReservationId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///A stored docking report, as pushed to subscribers.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct DockingEvent {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub received_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub report: DockingReport,
    pub vehicle_id: VehicleId,
}
///Docking history, oldest first.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct DockingPage {
    pub items: ::std::vec::Vec<DockingRecord>,
    ///Opaque; pass as `cursor` for the next page. Absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///Phase of a docking manoeuvre: approaching→aligning→docking→docked→undocking; any→failed; failed→approaching.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum DockingPhase {
    #[serde(rename = "approaching")]
    Approaching,
    #[serde(rename = "aligning")]
    Aligning,
    #[serde(rename = "docking")]
    Docking,
    #[serde(rename = "docked")]
    Docked,
    #[serde(rename = "undocking")]
    Undocking,
    #[serde(rename = "failed")]
    Failed,
}
impl ::std::fmt::Display for DockingPhase {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Approaching => f.write_str("approaching"),
            Self::Aligning => f.write_str("aligning"),
            Self::Docking => f.write_str("docking"),
            Self::Docked => f.write_str("docked"),
            Self::Undocking => f.write_str("undocking"),
            Self::Failed => f.write_str("failed"),
        }
    }
}
impl ::std::str::FromStr for DockingPhase {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "approaching" => Ok(Self::Approaching),
            "aligning" => Ok(Self::Aligning),
            "docking" => Ok(Self::Docking),
            "docked" => Ok(Self::Docked),
            "undocking" => Ok(Self::Undocking),
            "failed" => Ok(Self::Failed),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for DockingPhase {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DockingPhase {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A stored docking report.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct DockingRecord {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub received_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub report: DockingReport,
    pub vehicle_id: VehicleId,
}
///Progress of a docking manoeuvre.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct DockingReport {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mission_id: ::std::option::Option<DockingReportMissionId>,
    pub phase: DockingPhase,
    pub station_id: DockingReportStationId,
    ///RFC 3339 timestamp in UTC with a `Z` suffix.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
}
///`DockingReportMissionId`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct DockingReportMissionId(::std::string::String);
impl ::std::ops::Deref for DockingReportMissionId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<DockingReportMissionId> for ::std::string::String {
    fn from(value: DockingReportMissionId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for DockingReportMissionId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for DockingReportMissionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DockingReportMissionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for DockingReportMissionId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`DockingReportStationId`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct DockingReportStationId(::std::string::String);
impl ::std::ops::Deref for DockingReportStationId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<DockingReportStationId> for ::std::string::String {
    fn from(value: DockingReportStationId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for DockingReportStationId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for DockingReportStationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DockingReportStationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for DockingReportStationId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Docking outcomes for one vehicle at one station.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct DockingStats {
    ///Finished docking attempts: each time the vehicle entered `docked` or `failed`.
    pub attempts: u64,
    ///Attempts that reported `failed`.
    pub failed: u64,
    pub station_id: ::std::string::String,
    ///Attempts that reached `docked`.
    pub succeeded: u64,
    ///succeeded / attempts; 0 before any attempt finished.
    pub success_rate: f64,
    pub vehicle_id: VehicleId,
}
///Docking success rates.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct DockingStatsList {
    pub items: ::std::vec::Vec<DockingStats>,
}
///Stop now. Highest priority; always audited.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct EmergencyStopParams {
    pub reason: EmergencyStopParamsReason,
}
///`EmergencyStopParamsReason`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct EmergencyStopParamsReason(::std::string::String);
impl ::std::ops::Deref for EmergencyStopParamsReason {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<EmergencyStopParamsReason> for ::std::string::String {
    fn from(value: EmergencyStopParamsReason) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for EmergencyStopParamsReason {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for EmergencyStopParamsReason {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EmergencyStopParamsReason {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for EmergencyStopParamsReason {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///What went wrong: a stable `code` (one of `ErrorCode`), a human-readable `message`, and `details` whose schema follows `code` (see the error-code table in the API description).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(tag = "code", deny_unknown_fields)]
pub enum ErrorBody {
    #[serde(rename = "VALIDATION_FAILED")]
    ValidationFailed {
        details: ValidationDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "MALFORMED_JSON")]
    MalformedJson {
        details: SyntaxDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "UNSUPPORTED_MEDIA_TYPE")]
    UnsupportedMediaType {
        details: NoDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "INVALID_TIMESTAMP")]
    InvalidTimestamp {
        details: TimestampDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "INVALID_STATE_TRANSITION")]
    InvalidStateTransition {
        details: TransitionDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "INVALID_PHASE_TRANSITION")]
    InvalidPhaseTransition {
        details: TransitionDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "UNKNOWN_ERROR_CODE")]
    UnknownErrorCode {
        details: ValidationDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "INVALID_CURSOR")]
    InvalidCursor {
        details: QueryDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "INVALID_QUERY")]
    InvalidQuery {
        details: QueryDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "UNAUTHORIZED")]
    Unauthorized {
        details: NoDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "TOKEN_EXPIRED")]
    TokenExpired {
        details: NoDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "INVALID_CREDENTIALS")]
    InvalidCredentials {
        details: NoDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "FORBIDDEN")]
    Forbidden {
        details: NoDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "NOT_FOUND")]
    NotFound {
        details: NotFoundDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "VEHICLE_NOT_FOUND")]
    VehicleNotFound {
        details: NoDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "METHOD_NOT_ALLOWED")]
    MethodNotAllowed {
        details: MethodDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "CONFLICT")]
    Conflict {
        details: ConflictDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "COMMAND_NOT_ALLOWED")]
    CommandNotAllowed {
        details: ConflictDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "PAYLOAD_TOO_LARGE")]
    PayloadTooLarge {
        details: SizeDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "REQUEST_TIMEOUT")]
    RequestTimeout {
        details: NoDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "RATE_LIMITED")]
    RateLimited {
        details: RetryDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "INTERNAL_ERROR")]
    InternalError {
        details: NoDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "NOT_IMPLEMENTED")]
    NotImplemented {
        details: NoDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "DATABASE_UNAVAILABLE")]
    DatabaseUnavailable {
        details: UnavailableDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
    #[serde(rename = "SERVICE_UNAVAILABLE")]
    ServiceUnavailable {
        details: UnavailableDetails,
        ///Human-readable explanation; not meant to be parsed.
        message: ::std::string::String,
    },
}
///Stable machine-readable code of an API error. The HTTP status of each code is fixed: see the error catalogue in the API description.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum ErrorCode {
    #[serde(rename = "VALIDATION_FAILED")]
    ValidationFailed,
    #[serde(rename = "MALFORMED_JSON")]
    MalformedJson,
    #[serde(rename = "UNSUPPORTED_MEDIA_TYPE")]
    UnsupportedMediaType,
    #[serde(rename = "INVALID_TIMESTAMP")]
    InvalidTimestamp,
    #[serde(rename = "INVALID_STATE_TRANSITION")]
    InvalidStateTransition,
    #[serde(rename = "INVALID_PHASE_TRANSITION")]
    InvalidPhaseTransition,
    #[serde(rename = "UNKNOWN_ERROR_CODE")]
    UnknownErrorCode,
    #[serde(rename = "INVALID_CURSOR")]
    InvalidCursor,
    #[serde(rename = "INVALID_QUERY")]
    InvalidQuery,
    #[serde(rename = "UNAUTHORIZED")]
    Unauthorized,
    #[serde(rename = "TOKEN_EXPIRED")]
    TokenExpired,
    #[serde(rename = "INVALID_CREDENTIALS")]
    InvalidCredentials,
    #[serde(rename = "FORBIDDEN")]
    Forbidden,
    #[serde(rename = "NOT_FOUND")]
    NotFound,
    #[serde(rename = "VEHICLE_NOT_FOUND")]
    VehicleNotFound,
    #[serde(rename = "METHOD_NOT_ALLOWED")]
    MethodNotAllowed,
    #[serde(rename = "CONFLICT")]
    Conflict,
    #[serde(rename = "COMMAND_NOT_ALLOWED")]
    CommandNotAllowed,
    #[serde(rename = "PAYLOAD_TOO_LARGE")]
    PayloadTooLarge,
    #[serde(rename = "REQUEST_TIMEOUT")]
    RequestTimeout,
    #[serde(rename = "RATE_LIMITED")]
    RateLimited,
    #[serde(rename = "INTERNAL_ERROR")]
    InternalError,
    #[serde(rename = "NOT_IMPLEMENTED")]
    NotImplemented,
    #[serde(rename = "DATABASE_UNAVAILABLE")]
    DatabaseUnavailable,
    #[serde(rename = "SERVICE_UNAVAILABLE")]
    ServiceUnavailable,
}
impl ::std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ValidationFailed => f.write_str("VALIDATION_FAILED"),
            Self::MalformedJson => f.write_str("MALFORMED_JSON"),
            Self::UnsupportedMediaType => f.write_str("UNSUPPORTED_MEDIA_TYPE"),
            Self::InvalidTimestamp => f.write_str("INVALID_TIMESTAMP"),
            Self::InvalidStateTransition => f.write_str("INVALID_STATE_TRANSITION"),
            Self::InvalidPhaseTransition => f.write_str("INVALID_PHASE_TRANSITION"),
            Self::UnknownErrorCode => f.write_str("UNKNOWN_ERROR_CODE"),
            Self::InvalidCursor => f.write_str("INVALID_CURSOR"),
            Self::InvalidQuery => f.write_str("INVALID_QUERY"),
            Self::Unauthorized => f.write_str("UNAUTHORIZED"),
            Self::TokenExpired => f.write_str("TOKEN_EXPIRED"),
            Self::InvalidCredentials => f.write_str("INVALID_CREDENTIALS"),
            Self::Forbidden => f.write_str("FORBIDDEN"),
            Self::NotFound => f.write_str("NOT_FOUND"),
            Self::VehicleNotFound => f.write_str("VEHICLE_NOT_FOUND"),
            Self::MethodNotAllowed => f.write_str("METHOD_NOT_ALLOWED"),
            Self::Conflict => f.write_str("CONFLICT"),
            Self::CommandNotAllowed => f.write_str("COMMAND_NOT_ALLOWED"),
            Self::PayloadTooLarge => f.write_str("PAYLOAD_TOO_LARGE"),
            Self::RequestTimeout => f.write_str("REQUEST_TIMEOUT"),
            Self::RateLimited => f.write_str("RATE_LIMITED"),
            Self::InternalError => f.write_str("INTERNAL_ERROR"),
            Self::NotImplemented => f.write_str("NOT_IMPLEMENTED"),
            Self::DatabaseUnavailable => f.write_str("DATABASE_UNAVAILABLE"),
            Self::ServiceUnavailable => f.write_str("SERVICE_UNAVAILABLE"),
        }
    }
}
impl ::std::str::FromStr for ErrorCode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "VALIDATION_FAILED" => Ok(Self::ValidationFailed),
            "MALFORMED_JSON" => Ok(Self::MalformedJson),
            "UNSUPPORTED_MEDIA_TYPE" => Ok(Self::UnsupportedMediaType),
            "INVALID_TIMESTAMP" => Ok(Self::InvalidTimestamp),
            "INVALID_STATE_TRANSITION" => Ok(Self::InvalidStateTransition),
            "INVALID_PHASE_TRANSITION" => Ok(Self::InvalidPhaseTransition),
            "UNKNOWN_ERROR_CODE" => Ok(Self::UnknownErrorCode),
            "INVALID_CURSOR" => Ok(Self::InvalidCursor),
            "INVALID_QUERY" => Ok(Self::InvalidQuery),
            "UNAUTHORIZED" => Ok(Self::Unauthorized),
            "TOKEN_EXPIRED" => Ok(Self::TokenExpired),
            "INVALID_CREDENTIALS" => Ok(Self::InvalidCredentials),
            "FORBIDDEN" => Ok(Self::Forbidden),
            "NOT_FOUND" => Ok(Self::NotFound),
            "VEHICLE_NOT_FOUND" => Ok(Self::VehicleNotFound),
            "METHOD_NOT_ALLOWED" => Ok(Self::MethodNotAllowed),
            "CONFLICT" => Ok(Self::Conflict),
            "COMMAND_NOT_ALLOWED" => Ok(Self::CommandNotAllowed),
            "PAYLOAD_TOO_LARGE" => Ok(Self::PayloadTooLarge),
            "REQUEST_TIMEOUT" => Ok(Self::RequestTimeout),
            "RATE_LIMITED" => Ok(Self::RateLimited),
            "INTERNAL_ERROR" => Ok(Self::InternalError),
            "NOT_IMPLEMENTED" => Ok(Self::NotImplemented),
            "DATABASE_UNAVAILABLE" => Ok(Self::DatabaseUnavailable),
            "SERVICE_UNAVAILABLE" => Ok(Self::ServiceUnavailable),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ErrorCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ErrorCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A stored error report, as pushed to subscribers.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ErrorEvent {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub received_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub report: ErrorReport,
    pub vehicle_id: VehicleId,
}
///Where an error happened.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ErrorLocation {
    pub lat: f64,
    pub lon: f64,
}
///Error reports, newest first.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ErrorPage {
    pub items: ::std::vec::Vec<ErrorRecord>,
    ///Opaque; pass as `cursor` for the next page. Absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///A stored error report and whether it is resolved.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ErrorRecord {
    pub error_id: ::std::num::NonZeroU64,
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub received_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub report: ErrorReport,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub resolved_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub resolved_by: ::std::option::Option<::std::string::String>,
    pub vehicle_id: VehicleId,
}
///An error raised by a vehicle subsystem. `code` must be in the error-code catalogue (400 UNKNOWN_ERROR_CODE otherwise).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ErrorReport {
    pub code: VehicleErrorCode,
    pub description: ErrorReportDescription,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub location: ::std::option::Option<ErrorLocation>,
    pub severity: ErrorSeverity,
    pub subsystem: ErrorReportSubsystem,
    ///RFC 3339 timestamp in UTC with a `Z` suffix.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
}
///`ErrorReportDescription`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct ErrorReportDescription(::std::string::String);
impl ::std::ops::Deref for ErrorReportDescription {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ErrorReportDescription> for ::std::string::String {
    fn from(value: ErrorReportDescription) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ErrorReportDescription {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2000usize {
            return Err("longer than 2000 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ErrorReportDescription {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ErrorReportDescription {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ErrorReportDescription {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`ErrorReportSubsystem`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct ErrorReportSubsystem(::std::string::String);
impl ::std::ops::Deref for ErrorReportSubsystem {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ErrorReportSubsystem> for ::std::string::String {
    fn from(value: ErrorReportSubsystem) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ErrorReportSubsystem {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ErrorReportSubsystem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ErrorReportSubsystem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ErrorReportSubsystem {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Mark an error resolved.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ErrorResolve {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<ErrorResolveNote>,
}
///`ErrorResolveNote`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct ErrorResolveNote(::std::string::String);
impl ::std::ops::Deref for ErrorResolveNote {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ErrorResolveNote> for ::std::string::String {
    fn from(value: ErrorResolveNote) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ErrorResolveNote {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2000usize {
            return Err("longer than 2000 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ErrorResolveNote {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ErrorResolveNote {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ErrorResolveNote {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///The one error shape of every endpoint.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ErrorResponse {
    pub error: ErrorBody,
}
///Severity of a vehicle error report. CRITICAL raises an alert.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum ErrorSeverity {
    #[serde(rename = "INFO")]
    Info,
    #[serde(rename = "WARNING")]
    Warning,
    #[serde(rename = "ERROR")]
    Error,
    #[serde(rename = "CRITICAL")]
    Critical,
}
impl ::std::fmt::Display for ErrorSeverity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Info => f.write_str("INFO"),
            Self::Warning => f.write_str("WARNING"),
            Self::Error => f.write_str("ERROR"),
            Self::Critical => f.write_str("CRITICAL"),
        }
    }
}
impl ::std::str::FromStr for ErrorSeverity {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "INFO" => Ok(Self::Info),
            "WARNING" => Ok(Self::Warning),
            "ERROR" => Ok(Self::Error),
            "CRITICAL" => Ok(Self::Critical),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ErrorSeverity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ErrorSeverity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Every vehicle in service (decommissioned ones left out) with its latest known state, in one answer, ordered by vehicle_id.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct FleetSnapshot {
    ///When the snapshot was taken; live changes after it arrive on `/ws/fleet` or `/api/v1/stream`.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub as_of: ::chrono::DateTime<::chrono::offset::Utc>,
    ///Number of entries in `vehicles`.
    pub count: u64,
    pub vehicles: ::std::vec::Vec<VehicleSummary>,
}
///Payload of a frontend's `command` message.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(tag = "command", deny_unknown_fields)]
pub enum FrontendCommand {
    #[serde(rename = "dispatch")]
    Dispatch {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        command_id: ::uuid::Uuid,
        params: DispatchParams,
        vehicle_id: VehicleId,
    },
    #[serde(rename = "cancel")]
    Cancel {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        command_id: ::uuid::Uuid,
        params: CancelParams,
        vehicle_id: VehicleId,
    },
    #[serde(rename = "emergency_stop")]
    EmergencyStop {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        command_id: ::uuid::Uuid,
        params: EmergencyStopParams,
        vehicle_id: VehicleId,
    },
    #[serde(rename = "resume")]
    Resume {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        command_id: ::uuid::Uuid,
        params: ResumeParams,
        vehicle_id: VehicleId,
    },
    #[serde(rename = "configure")]
    Configure {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        command_id: ::uuid::Uuid,
        params: ConfigureParams,
        vehicle_id: VehicleId,
    },
}
///Server health for load balancers (503 with the same checks in `details` when not ok).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct HealthReport {
    pub checks: ::std::collections::HashMap<::std::string::String, ComponentHealth>,
    pub status: HealthReportStatus,
    pub uptime_s: u64,
    pub version: ::std::string::String,
}
///`HealthReportStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum HealthReportStatus {
    #[serde(rename = "ok")]
    Ok,
    #[serde(rename = "degraded")]
    Degraded,
}
impl ::std::fmt::Display for HealthReportStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Ok => f.write_str("ok"),
            Self::Degraded => f.write_str("degraded"),
        }
    }
}
impl ::std::str::FromStr for HealthReportStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ok" => Ok(Self::Ok),
            "degraded" => Ok(Self::Degraded),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for HealthReportStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for HealthReportStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Sent after the message is committed to the database.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct IngestReceipt {
    ///Server time at which the message was accepted.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub received_at: ::chrono::DateTime<::chrono::offset::Utc>,
}
///Last stored battery reading.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct LatestBattery {
    pub soc: f64,
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    pub voltage: f64,
}
///Last stored location.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct LatestLocation {
    pub heading: f64,
    pub latitude: f64,
    pub longitude: f64,
    pub speed: f64,
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
}
///A stored location report, as pushed to subscribers.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct LocationEvent {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub received_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub report: LocationReport,
    pub vehicle_id: VehicleId,
}
///Location history, oldest first.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct LocationPage {
    pub items: ::std::vec::Vec<LocationRecord>,
    ///Opaque; pass as `cursor` for the next page. Absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///A stored location.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct LocationRecord {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub received_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub report: LocationReport,
    pub vehicle_id: VehicleId,
}
///A position fix from a vehicle.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct LocationReport {
    ///Horizontal accuracy in metres.
    pub accuracy: f64,
    ///Metres above the WGS 84 ellipsoid.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub altitude: ::std::option::Option<f64>,
    ///Degrees clockwise from north, [0, 360).
    pub heading: f64,
    ///Degrees, WGS 84.
    pub latitude: f64,
    ///Degrees, WGS 84.
    pub longitude: f64,
    ///Metres per second.
    pub speed: f64,
    ///RFC 3339 timestamp in UTC with a `Z` suffix.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
}
///One vehicle's locations in the requested range, oldest first, as parallel arrays: entry i of every array belongs to the same report. Altitude is left out; the full reports are read through `location_history_list`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct LocationTrack {
    ///Horizontal accuracy in metres.
    pub accuracy: ::std::vec::Vec<f64>,
    ///Degrees clockwise from north.
    pub heading: ::std::vec::Vec<f64>,
    ///Degrees, WGS 84.
    pub latitude: ::std::vec::Vec<f64>,
    ///Degrees, WGS 84.
    pub longitude: ::std::vec::Vec<f64>,
    ///Length of each array.
    pub points: u64,
    ///Metres per second.
    pub speed: ::std::vec::Vec<f64>,
    ///Each report's `timestamp` in milliseconds since 1970-01-01T00:00:00Z.
    pub t: ::std::vec::Vec<i64>,
    pub vehicle_id: VehicleId,
}
///The locations of up to 100 vehicles over at most one hour, one track per requested vehicle (empty when it reported nothing in the range), ordered by vehicle_id.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct LocationTracks {
    ///Start of the range read (inclusive).
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub from: ::chrono::DateTime<::chrono::offset::Utc>,
    ///End of the range read (exclusive).
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub to: ::chrono::DateTime<::chrono::offset::Utc>,
    pub tracks: ::std::vec::Vec<LocationTrack>,
}
///Details of `METHOD_NOT_ALLOWED`: the methods the path takes (also in `Allow`).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct MethodDetails {
    ///The methods this path takes.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub allowed: ::std::vec::Vec<::std::string::String>,
    ///The method refused.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
///A mission created by a dispatch command.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct Mission {
    pub command_id: ::uuid::Uuid,
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub destination: Waypoint,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub end_time: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    pub mission_id: ::std::string::String,
    pub pickup: Waypoint,
    pub priority: CommandPriority,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reservation_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub start_time: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    pub status: MissionStatus,
    pub vehicle_id: VehicleId,
}
///Missions, newest first.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct MissionPage {
    pub items: ::std::vec::Vec<Mission>,
    ///Opaque; pass as `cursor` for the next page. Absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///Lifecycle of a mission created by a dispatch command.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum MissionStatus {
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "cancelled")]
    Cancelled,
    #[serde(rename = "failed")]
    Failed,
}
impl ::std::fmt::Display for MissionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Pending => f.write_str("pending"),
            Self::Active => f.write_str("active"),
            Self::Completed => f.write_str("completed"),
            Self::Cancelled => f.write_str("cancelled"),
            Self::Failed => f.write_str("failed"),
        }
    }
}
impl ::std::str::FromStr for MissionStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "pending" => Ok(Self::Pending),
            "active" => Ok(Self::Active),
            "completed" => Ok(Self::Completed),
            "cancelled" => Ok(Self::Cancelled),
            "failed" => Ok(Self::Failed),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for MissionStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for MissionStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///This code carries no details: always `{}`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct NoDetails {}
///Details of `NOT_FOUND`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct NotFoundDetails {
    ///The path that names no resource or route.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub path: ::std::option::Option<::std::string::String>,
}
///Daily window, local vehicle time, 24 h clock.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct OperationalHours {
    pub end: OperationalHoursEnd,
    pub start: OperationalHoursStart,
}
///`OperationalHoursEnd`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct OperationalHoursEnd(::std::string::String);
impl ::std::ops::Deref for OperationalHoursEnd {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OperationalHoursEnd> for ::std::string::String {
    fn from(value: OperationalHoursEnd) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OperationalHoursEnd {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^([01][0-9]|2[0-3]):[0-5][0-9]$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^([01][0-9]|2[0-3]):[0-5][0-9]$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OperationalHoursEnd {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OperationalHoursEnd {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OperationalHoursEnd {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`OperationalHoursStart`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct OperationalHoursStart(::std::string::String);
impl ::std::ops::Deref for OperationalHoursStart {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OperationalHoursStart> for ::std::string::String {
    fn from(value: OperationalHoursStart) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OperationalHoursStart {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^([01][0-9]|2[0-3]):[0-5][0-9]$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^([01][0-9]|2[0-3]):[0-5][0-9]$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OperationalHoursStart {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OperationalHoursStart {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OperationalHoursStart {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Details of `INVALID_QUERY` and `INVALID_CURSOR`: the query parameter refused.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct QueryDetails {
    ///For an unknown parameter: the parameters this operation takes.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub accepted: ::std::vec::Vec<::std::string::String>,
    ///For an id list: how many ids it holds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<u64>,
    ///For an id list: the entries that are not valid ids.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub invalid: ::std::vec::Vec<::std::string::String>,
    ///The query parameter refused, where it can be told.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub parameter: ::std::option::Option<::std::string::String>,
    ///Its value as sent, where it helps.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    ///How the value breaks the parameter's schema.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub violations: ::std::vec::Vec<::std::string::String>,
}
///A refresh token to exchange; it is revoked by the exchange.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    pub refresh_token: RefreshRequestRefreshToken,
}
///`RefreshRequestRefreshToken`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct RefreshRequestRefreshToken(::std::string::String);
impl ::std::ops::Deref for RefreshRequestRefreshToken {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<RefreshRequestRefreshToken> for ::std::string::String {
    fn from(value: RefreshRequestRefreshToken) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for RefreshRequestRefreshToken {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 512usize {
            return Err("longer than 512 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for RefreshRequestRefreshToken {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for RefreshRequestRefreshToken {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for RefreshRequestRefreshToken {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///A reservation and the mission serving it.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct Reservation {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_ref: ::std::option::Option<::std::string::String>,
    pub destination: Waypoint,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mission_id: ::std::option::Option<::std::string::String>,
    pub pickup: Waypoint,
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub pickup_after: ::chrono::DateTime<::chrono::offset::Utc>,
    pub reservation_id: ::std::string::String,
    pub status: ReservationStatus,
}
///Book a trip that a later dispatch will serve.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ReservationCreate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_ref: ::std::option::Option<ReservationCreateCustomerRef>,
    pub destination: Waypoint,
    pub pickup: Waypoint,
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub pickup_after: ::chrono::DateTime<::chrono::offset::Utc>,
    pub reservation_id: ReservationCreateReservationId,
}
///`ReservationCreateCustomerRef`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct ReservationCreateCustomerRef(::std::string::String);
impl ::std::ops::Deref for ReservationCreateCustomerRef {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ReservationCreateCustomerRef> for ::std::string::String {
    fn from(value: ReservationCreateCustomerRef) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ReservationCreateCustomerRef {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ReservationCreateCustomerRef {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReservationCreateCustomerRef {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ReservationCreateCustomerRef {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`ReservationCreateReservationId`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct ReservationCreateReservationId(::std::string::String);
impl ::std::ops::Deref for ReservationCreateReservationId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ReservationCreateReservationId> for ::std::string::String {
    fn from(value: ReservationCreateReservationId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ReservationCreateReservationId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ReservationCreateReservationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReservationCreateReservationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ReservationCreateReservationId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Reservations, newest first.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ReservationPage {
    pub items: ::std::vec::Vec<Reservation>,
    ///Opaque; pass as `cursor` for the next page. Absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///Lifecycle of a reservation.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum ReservationStatus {
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "assigned")]
    Assigned,
    #[serde(rename = "fulfilled")]
    Fulfilled,
    #[serde(rename = "cancelled")]
    Cancelled,
}
impl ::std::fmt::Display for ReservationStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Pending => f.write_str("pending"),
            Self::Assigned => f.write_str("assigned"),
            Self::Fulfilled => f.write_str("fulfilled"),
            Self::Cancelled => f.write_str("cancelled"),
        }
    }
}
impl ::std::str::FromStr for ReservationStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "pending" => Ok(Self::Pending),
            "assigned" => Ok(Self::Assigned),
            "fulfilled" => Ok(Self::Fulfilled),
            "cancelled" => Ok(Self::Cancelled),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ReservationStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReservationStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Leave emergency_stop. Only valid while the vehicle is in emergency_stop.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ResumeParams {}
///Details of `RATE_LIMITED`: when to retry and which limit was met.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct RetryDetails {
    ///The limit's interval between requests, in milliseconds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub interval_ms: ::std::option::Option<u64>,
    ///The limit that was met.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<::std::string::String>,
    ///Seconds to wait before retrying (also in `Retry-After`).
    pub retry_after_s: u64,
}
///Client role: `vehicle` (bound to one vehicle), `operator` (read, subscribe, command), `admin` (also manages vehicles and clients, reads the audit log).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum Role {
    #[serde(rename = "vehicle")]
    Vehicle,
    #[serde(rename = "operator")]
    Operator,
    #[serde(rename = "admin")]
    Admin,
}
impl ::std::fmt::Display for Role {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Vehicle => f.write_str("vehicle"),
            Self::Operator => f.write_str("operator"),
            Self::Admin => f.write_str("admin"),
        }
    }
}
impl ::std::str::FromStr for Role {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "vehicle" => Ok(Self::Vehicle),
            "operator" => Ok(Self::Operator),
            "admin" => Ok(Self::Admin),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for Role {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Role {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Details of `PAYLOAD_TOO_LARGE`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct SizeDetails {
    ///The most messages one upload may hold.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub max_messages: ::std::option::Option<u64>,
    ///How many this upload holds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub messages: ::std::option::Option<u64>,
}
///A message was refused; the socket stays open.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct SocketError {
    pub error: ErrorBody,
    ///`id` of the refused message, when it could be read.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub in_reply_to: ::std::option::Option<::std::string::String>,
}
///A stored status report, as pushed to subscribers.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct StatusEvent {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub received_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub report: StatusReport,
    pub vehicle_id: VehicleId,
}
///Status history, oldest first.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct StatusPage {
    pub items: ::std::vec::Vec<StatusRecord>,
    ///Opaque; pass as `cursor` for the next page. Absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///A stored status.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct StatusRecord {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub received_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub report: StatusReport,
    pub vehicle_id: VehicleId,
}
///A change (or repetition) of the vehicle's operational state.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct StatusReport {
    ///Error catalogue code when the state is `error`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_code: ::std::option::Option<VehicleErrorCode>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_message: ::std::option::Option<StatusReportErrorMessage>,
    ///Mission the vehicle is working on, if any.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mission_id: ::std::option::Option<StatusReportMissionId>,
    pub state: VehicleState,
    ///RFC 3339 timestamp in UTC with a `Z` suffix.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
}
///`StatusReportErrorMessage`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct StatusReportErrorMessage(::std::string::String);
impl ::std::ops::Deref for StatusReportErrorMessage {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StatusReportErrorMessage> for ::std::string::String {
    fn from(value: StatusReportErrorMessage) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StatusReportErrorMessage {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 1000usize {
            return Err("longer than 1000 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for StatusReportErrorMessage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StatusReportErrorMessage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StatusReportErrorMessage {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Mission the vehicle is working on, if any.
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct StatusReportMissionId(::std::string::String);
impl ::std::ops::Deref for StatusReportMissionId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StatusReportMissionId> for ::std::string::String {
    fn from(value: StatusReportMissionId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StatusReportMissionId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for StatusReportMissionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StatusReportMissionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StatusReportMissionId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Vehicles to (un)subscribe; `["*"]` means every vehicle.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionRequest {
    pub vehicle_ids: ::std::vec::Vec<SubscriptionRequestVehicleIdsItem>,
}
///`SubscriptionRequestVehicleIdsItem`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct SubscriptionRequestVehicleIdsItem(::std::string::String);
impl ::std::ops::Deref for SubscriptionRequestVehicleIdsItem {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SubscriptionRequestVehicleIdsItem> for ::std::string::String {
    fn from(value: SubscriptionRequestVehicleIdsItem) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SubscriptionRequestVehicleIdsItem {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^(\\*|[A-Za-z0-9][A-Za-z0-9_-]{0,63})$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^(\\*|[A-Za-z0-9][A-Za-z0-9_-]{0,63})$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SubscriptionRequestVehicleIdsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SubscriptionRequestVehicleIdsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SubscriptionRequestVehicleIdsItem {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///The socket's subscriptions after a change, and the ids of that request it refused.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionState {
    ///Ids of this request that were not subscribed: not a registered vehicle, or beyond the 10,000 vehicle ids one socket may follow (subscribe to `*` for the whole fleet). Absent when none were refused.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub refused: ::std::vec::Vec<::std::string::String>,
    pub vehicle_ids: ::std::vec::Vec<::std::string::String>,
}
///Details of `MALFORMED_JSON`: where the parser stopped (line and column 0 when a gzip body did not decompress).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct SyntaxDetails {
    ///1-based column of the syntax error.
    pub column: u64,
    ///1-based line of the syntax error.
    pub line: u64,
}
///Details of `INVALID_TIMESTAMP`: the timestamp and the window the server accepts.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct TimestampDetails {
    ///The oldest timestamp accepted now.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub earliest: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ///Which message of a bulk upload was refused (0-based); the upload stored nothing.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub index: ::std::option::Option<u64>,
    ///The newest timestamp accepted now.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub latest: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ///The schema the message was checked against, when the timestamp breaks it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub schema: ::std::option::Option<::std::string::String>,
    ///The server's clock when it refused.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub server_time: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ///The refused timestamp as sent (or as read).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
    ///Every failing JSON pointer, with what is wrong there.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub violations: ::std::vec::Vec<Violation>,
}
///Client credentials.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    pub client_id: TokenRequestClientId,
    pub client_secret: TokenRequestClientSecret,
}
///`TokenRequestClientId`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct TokenRequestClientId(::std::string::String);
impl ::std::ops::Deref for TokenRequestClientId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TokenRequestClientId> for ::std::string::String {
    fn from(value: TokenRequestClientId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TokenRequestClientId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TokenRequestClientId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TokenRequestClientId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TokenRequestClientId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`TokenRequestClientSecret`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct TokenRequestClientSecret(::std::string::String);
impl ::std::ops::Deref for TokenRequestClientSecret {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TokenRequestClientSecret> for ::std::string::String {
    fn from(value: TokenRequestClientSecret) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TokenRequestClientSecret {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 256usize {
            return Err("longer than 256 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TokenRequestClientSecret {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TokenRequestClientSecret {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TokenRequestClientSecret {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///A bearer access token (JWT) and a rotating refresh token.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct TokenResponse {
    pub access_token: ::std::string::String,
    ///Seconds until the access token expires (86400).
    pub expires_in: ::std::num::NonZeroU64,
    ///Seconds until the refresh token expires (2592000).
    pub refresh_expires_in: ::std::num::NonZeroU64,
    pub refresh_token: ::std::string::String,
    pub token_type: TokenResponseTokenType,
}
///`TokenResponseTokenType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum TokenResponseTokenType {
    Bearer,
}
impl ::std::fmt::Display for TokenResponseTokenType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Bearer => f.write_str("Bearer"),
        }
    }
}
impl ::std::str::FromStr for TokenResponseTokenType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "Bearer" => Ok(Self::Bearer),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for TokenResponseTokenType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TokenResponseTokenType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Details of `INVALID_STATE_TRANSITION` and `INVALID_PHASE_TRANSITION`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct TransitionDetails {
    ///The vehicle's state (or docking phase) before this report.
    pub from: ::std::string::String,
    ///Which message of a bulk upload was refused (0-based); the upload stored nothing.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub index: ::std::option::Option<u64>,
    ///The state (or phase) the report asks for.
    pub to: ::std::string::String,
}
///Details of `SERVICE_UNAVAILABLE` and `DATABASE_UNAVAILABLE`. From `/health`: the health report (`status`, `version`, `uptime_s`, `checks`); from a live stream that fell behind: `missed_events`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct UnavailableDetails {
    ///Each dependency's state, by name.
    #[serde(default, skip_serializing_if = ":: std :: collections :: HashMap::is_empty")]
    pub checks: ::std::collections::HashMap<::std::string::String, ComponentHealth>,
    ///Events lost because the stream fell behind.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub missed_events: ::std::option::Option<u64>,
    ///The instance's overall status.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<UnavailableDetailsStatus>,
    ///Seconds since the instance started.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uptime_s: ::std::option::Option<u64>,
    ///The server's version.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
}
///The instance's overall status.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum UnavailableDetailsStatus {
    #[serde(rename = "ok")]
    Ok,
    #[serde(rename = "degraded")]
    Degraded,
}
impl ::std::fmt::Display for UnavailableDetailsStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Ok => f.write_str("ok"),
            Self::Degraded => f.write_str("degraded"),
        }
    }
}
impl ::std::str::FromStr for UnavailableDetailsStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ok" => Ok(Self::Ok),
            "degraded" => Ok(Self::Degraded),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for UnavailableDetailsStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for UnavailableDetailsStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Details of `VALIDATION_FAILED` and `UNKNOWN_ERROR_CODE`: where the request breaks the contract.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct ValidationDetails {
    ///Which message of a bulk upload was refused (0-based); the upload stored nothing.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub index: ::std::option::Option<u64>,
    ///The path parameter that does not parse.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub parameter: ::std::option::Option<::std::string::String>,
    ///The schema the value was checked against.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub schema: ::std::option::Option<::std::string::String>,
    ///The socket message type that this socket does not accept.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    ///Its value as sent.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    ///Every failing JSON pointer, with what is wrong there.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub violations: ::std::vec::Vec<Violation>,
}
///A vehicle's VDA 5050 identity, for vehicles that speak the standard's MQTT interface instead of TVM's own protocol. When the server runs with `TVM_MQTT_URL`, it subscribes to the vehicle's `state`, `connection`, `visualization` and `factsheet` topics under `{interface_name}/v{major}/{manufacturer}/{serial_number}/` and publishes its commands there as `order` and `instantActions` (mapping in docs/VDA5050.md). VDA 5050 positions are metres on the vehicle's map (x east, y north); `origin` is where the map's (0, 0) lies on the earth, so they become latitude and longitude, and a dispatch's waypoints become nodes on that map. The triple (interface_name, manufacturer, serial_number) names one vehicle.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct Vda5050Link {
    ///The first topic level, the interface's name in this installation.
    #[serde(default = "defaults::vda5050_link_interface_name")]
    pub interface_name: Vda5050LinkInterfaceName,
    ///The vehicle's manufacturer as it sends it in every message (a topic level: no `/`, `+` or `#`).
    pub manufacturer: Vda5050LinkManufacturer,
    ///The map the bridge's order nodes are placed on.
    pub map_id: Vda5050LinkMapId,
    pub origin: Vda5050LinkOrigin,
    ///The vehicle's serial number as it sends it in every message (a topic level: no `/`, `+` or `#`).
    pub serial_number: Vda5050LinkSerialNumber,
    ///The protocol version the vehicle speaks, `2.x.y`; the bridge sends it in every header and its major version in the topics (`v2`).
    pub version: Vda5050LinkVersion,
}
///The first topic level, the interface's name in this installation.
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct Vda5050LinkInterfaceName(::std::string::String);
impl ::std::ops::Deref for Vda5050LinkInterfaceName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Vda5050LinkInterfaceName> for ::std::string::String {
    fn from(value: Vda5050LinkInterfaceName) -> Self {
        value.0
    }
}
impl ::std::default::Default for Vda5050LinkInterfaceName {
    fn default() -> Self {
        Vda5050LinkInterfaceName("uagv".to_string())
    }
}
impl ::std::str::FromStr for Vda5050LinkInterfaceName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[^/+#]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[^/+#]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Vda5050LinkInterfaceName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Vda5050LinkInterfaceName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Vda5050LinkInterfaceName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///The vehicle's manufacturer as it sends it in every message (a topic level: no `/`, `+` or `#`).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct Vda5050LinkManufacturer(::std::string::String);
impl ::std::ops::Deref for Vda5050LinkManufacturer {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Vda5050LinkManufacturer> for ::std::string::String {
    fn from(value: Vda5050LinkManufacturer) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Vda5050LinkManufacturer {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[^/+#]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[^/+#]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Vda5050LinkManufacturer {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Vda5050LinkManufacturer {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Vda5050LinkManufacturer {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///The map the bridge's order nodes are placed on.
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct Vda5050LinkMapId(::std::string::String);
impl ::std::ops::Deref for Vda5050LinkMapId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Vda5050LinkMapId> for ::std::string::String {
    fn from(value: Vda5050LinkMapId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Vda5050LinkMapId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Vda5050LinkMapId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Vda5050LinkMapId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Vda5050LinkMapId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Where the map's (0, 0) lies: the map's x axis points east and its y axis north from here.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct Vda5050LinkOrigin {
    pub latitude: f64,
    pub longitude: f64,
}
///The vehicle's serial number as it sends it in every message (a topic level: no `/`, `+` or `#`).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct Vda5050LinkSerialNumber(::std::string::String);
impl ::std::ops::Deref for Vda5050LinkSerialNumber {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Vda5050LinkSerialNumber> for ::std::string::String {
    fn from(value: Vda5050LinkSerialNumber) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Vda5050LinkSerialNumber {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[^/+#]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[^/+#]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Vda5050LinkSerialNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Vda5050LinkSerialNumber {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Vda5050LinkSerialNumber {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///The protocol version the vehicle speaks, `2.x.y`; the bridge sends it in every header and its major version in the topics (`v2`).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct Vda5050LinkVersion(::std::string::String);
impl ::std::ops::Deref for Vda5050LinkVersion {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Vda5050LinkVersion> for ::std::string::String {
    fn from(value: Vda5050LinkVersion) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Vda5050LinkVersion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^2\\.[0-9]+\\.[0-9]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^2\\.[0-9]+\\.[0-9]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Vda5050LinkVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Vda5050LinkVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for Vda5050LinkVersion {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///A registered vehicle.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct Vehicle {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub decommissioned_at: ::std::option::Option<
        ::chrono::DateTime<::chrono::offset::Utc>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<VehicleName>,
    ///The vehicle's VDA 5050 identity, when it speaks VDA 5050 through the bridge.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vda5050: ::std::option::Option<Vda5050Link>,
    pub vehicle_id: VehicleId,
}
///Payload of a `command` message to a vehicle. Resent with the same command_id until acknowledged.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(tag = "command", deny_unknown_fields)]
pub enum VehicleCommand {
    #[serde(rename = "dispatch")]
    Dispatch {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        command_id: ::uuid::Uuid,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        issued_at: ::chrono::DateTime<::chrono::offset::Utc>,
        params: DispatchParams,
        priority: CommandPriority,
    },
    #[serde(rename = "cancel")]
    Cancel {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        command_id: ::uuid::Uuid,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        issued_at: ::chrono::DateTime<::chrono::offset::Utc>,
        params: CancelParams,
        priority: CommandPriority,
    },
    #[serde(rename = "emergency_stop")]
    EmergencyStop {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        command_id: ::uuid::Uuid,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        issued_at: ::chrono::DateTime<::chrono::offset::Utc>,
        params: EmergencyStopParams,
        priority: CommandPriority,
    },
    #[serde(rename = "resume")]
    Resume {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        command_id: ::uuid::Uuid,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        issued_at: ::chrono::DateTime<::chrono::offset::Utc>,
        params: ResumeParams,
        priority: CommandPriority,
    },
    #[serde(rename = "configure")]
    Configure {
        ///Client-chosen id (UUID); the vehicle de-duplicates on it.
        command_id: ::uuid::Uuid,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            serialize_with = "crate::time::serialize",
            deserialize_with = "crate::time::deserialize"
        )]
        issued_at: ::chrono::DateTime<::chrono::offset::Utc>,
        params: ConfigureParams,
        priority: CommandPriority,
    },
}
///Register a vehicle.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct VehicleCreate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<VehicleCreateName>,
    ///The vehicle speaks VDA 5050 over MQTT with this identity (the bridge carries its telemetry and commands); without it the vehicle speaks TVM's own protocol.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vda5050: ::std::option::Option<Vda5050Link>,
    pub vehicle_id: VehicleId,
}
///`VehicleCreateName`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct VehicleCreateName(::std::string::String);
impl ::std::ops::Deref for VehicleCreateName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<VehicleCreateName> for ::std::string::String {
    fn from(value: VehicleCreateName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for VehicleCreateName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for VehicleCreateName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for VehicleCreateName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for VehicleCreateName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
/**A code from the vehicle error-code catalogue (schemas/catalog/vehicle_error_codes.json):

| code | subsystem | default severity | meaning |
|---|---|---|---|
| `NAV_PATH_BLOCKED` | navigation | WARNING | Planned path is obstructed; the vehicle is replanning. |
| `NAV_LOCALIZATION_LOST` | navigation | ERROR | Position confidence fell below the safe threshold. |
| `NAV_ROUTE_UNREACHABLE` | navigation | ERROR | No route to the destination exists. |
| `NAV_GEOFENCE_VIOLATION` | navigation | CRITICAL | The vehicle left its permitted operating area. |
| `BAT_LOW_CHARGE` | battery | WARNING | State of charge below the return-to-dock threshold. |
| `BAT_CRITICAL_CHARGE` | battery | CRITICAL | State of charge too low to finish any mission. |
| `BAT_OVER_TEMPERATURE` | battery | CRITICAL | Pack temperature above the safe limit. |
| `BAT_CELL_IMBALANCE` | battery | WARNING | Cell voltages diverge beyond tolerance. |
| `BAT_CHARGE_FAULT` | battery | ERROR | Charging stopped unexpectedly. |
| `MOTOR_OVERCURRENT` | drive | ERROR | Drive motor current above its limit. |
| `MOTOR_STALL` | drive | ERROR | A drive motor is commanded but not turning. |
| `BRAKE_FAULT` | drive | CRITICAL | Brake actuator feedback disagrees with the command. |
| `SENSOR_LIDAR_FAULT` | perception | ERROR | LiDAR reports no data or a hardware fault. |
| `SENSOR_CAMERA_FAULT` | perception | WARNING | A camera stream is missing or degraded. |
| `SENSOR_IMU_FAULT` | perception | ERROR | Inertial measurement unit out of range. |
| `SAFETY_BUMPER_HIT` | safety | CRITICAL | The bumper switch detected a contact. |
| `SAFETY_ESTOP_PRESSED` | safety | CRITICAL | A physical emergency-stop button was pressed. |
| `SAFETY_OBSTACLE_TOO_CLOSE` | safety | WARNING | An obstacle entered the protective field. |
| `COMM_LINK_DEGRADED` | communication | WARNING | Uplink latency or loss above threshold. |
| `COMM_SERVER_UNREACHABLE` | communication | ERROR | The vehicle could not reach the server; data is buffered for bulk upload. |
| `DOCK_ALIGNMENT_FAILED` | docking | ERROR | Could not align with the charging station. |
| `DOCK_CONTACT_FAULT` | docking | ERROR | Charging contacts report no connection while docked. |
| `SYS_SOFTWARE_EXCEPTION` | system | ERROR | An onboard process crashed and was restarted. |
| `SYS_DISK_FULL` | system | WARNING | Onboard storage nearly full; offline buffer at risk. |
*/
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum VehicleErrorCode {
    #[serde(rename = "NAV_PATH_BLOCKED")]
    NavPathBlocked,
    #[serde(rename = "NAV_LOCALIZATION_LOST")]
    NavLocalizationLost,
    #[serde(rename = "NAV_ROUTE_UNREACHABLE")]
    NavRouteUnreachable,
    #[serde(rename = "NAV_GEOFENCE_VIOLATION")]
    NavGeofenceViolation,
    #[serde(rename = "BAT_LOW_CHARGE")]
    BatLowCharge,
    #[serde(rename = "BAT_CRITICAL_CHARGE")]
    BatCriticalCharge,
    #[serde(rename = "BAT_OVER_TEMPERATURE")]
    BatOverTemperature,
    #[serde(rename = "BAT_CELL_IMBALANCE")]
    BatCellImbalance,
    #[serde(rename = "BAT_CHARGE_FAULT")]
    BatChargeFault,
    #[serde(rename = "MOTOR_OVERCURRENT")]
    MotorOvercurrent,
    #[serde(rename = "MOTOR_STALL")]
    MotorStall,
    #[serde(rename = "BRAKE_FAULT")]
    BrakeFault,
    #[serde(rename = "SENSOR_LIDAR_FAULT")]
    SensorLidarFault,
    #[serde(rename = "SENSOR_CAMERA_FAULT")]
    SensorCameraFault,
    #[serde(rename = "SENSOR_IMU_FAULT")]
    SensorImuFault,
    #[serde(rename = "SAFETY_BUMPER_HIT")]
    SafetyBumperHit,
    #[serde(rename = "SAFETY_ESTOP_PRESSED")]
    SafetyEstopPressed,
    #[serde(rename = "SAFETY_OBSTACLE_TOO_CLOSE")]
    SafetyObstacleTooClose,
    #[serde(rename = "COMM_LINK_DEGRADED")]
    CommLinkDegraded,
    #[serde(rename = "COMM_SERVER_UNREACHABLE")]
    CommServerUnreachable,
    #[serde(rename = "DOCK_ALIGNMENT_FAILED")]
    DockAlignmentFailed,
    #[serde(rename = "DOCK_CONTACT_FAULT")]
    DockContactFault,
    #[serde(rename = "SYS_SOFTWARE_EXCEPTION")]
    SysSoftwareException,
    #[serde(rename = "SYS_DISK_FULL")]
    SysDiskFull,
}
impl ::std::fmt::Display for VehicleErrorCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::NavPathBlocked => f.write_str("NAV_PATH_BLOCKED"),
            Self::NavLocalizationLost => f.write_str("NAV_LOCALIZATION_LOST"),
            Self::NavRouteUnreachable => f.write_str("NAV_ROUTE_UNREACHABLE"),
            Self::NavGeofenceViolation => f.write_str("NAV_GEOFENCE_VIOLATION"),
            Self::BatLowCharge => f.write_str("BAT_LOW_CHARGE"),
            Self::BatCriticalCharge => f.write_str("BAT_CRITICAL_CHARGE"),
            Self::BatOverTemperature => f.write_str("BAT_OVER_TEMPERATURE"),
            Self::BatCellImbalance => f.write_str("BAT_CELL_IMBALANCE"),
            Self::BatChargeFault => f.write_str("BAT_CHARGE_FAULT"),
            Self::MotorOvercurrent => f.write_str("MOTOR_OVERCURRENT"),
            Self::MotorStall => f.write_str("MOTOR_STALL"),
            Self::BrakeFault => f.write_str("BRAKE_FAULT"),
            Self::SensorLidarFault => f.write_str("SENSOR_LIDAR_FAULT"),
            Self::SensorCameraFault => f.write_str("SENSOR_CAMERA_FAULT"),
            Self::SensorImuFault => f.write_str("SENSOR_IMU_FAULT"),
            Self::SafetyBumperHit => f.write_str("SAFETY_BUMPER_HIT"),
            Self::SafetyEstopPressed => f.write_str("SAFETY_ESTOP_PRESSED"),
            Self::SafetyObstacleTooClose => f.write_str("SAFETY_OBSTACLE_TOO_CLOSE"),
            Self::CommLinkDegraded => f.write_str("COMM_LINK_DEGRADED"),
            Self::CommServerUnreachable => f.write_str("COMM_SERVER_UNREACHABLE"),
            Self::DockAlignmentFailed => f.write_str("DOCK_ALIGNMENT_FAILED"),
            Self::DockContactFault => f.write_str("DOCK_CONTACT_FAULT"),
            Self::SysSoftwareException => f.write_str("SYS_SOFTWARE_EXCEPTION"),
            Self::SysDiskFull => f.write_str("SYS_DISK_FULL"),
        }
    }
}
impl ::std::str::FromStr for VehicleErrorCode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "NAV_PATH_BLOCKED" => Ok(Self::NavPathBlocked),
            "NAV_LOCALIZATION_LOST" => Ok(Self::NavLocalizationLost),
            "NAV_ROUTE_UNREACHABLE" => Ok(Self::NavRouteUnreachable),
            "NAV_GEOFENCE_VIOLATION" => Ok(Self::NavGeofenceViolation),
            "BAT_LOW_CHARGE" => Ok(Self::BatLowCharge),
            "BAT_CRITICAL_CHARGE" => Ok(Self::BatCriticalCharge),
            "BAT_OVER_TEMPERATURE" => Ok(Self::BatOverTemperature),
            "BAT_CELL_IMBALANCE" => Ok(Self::BatCellImbalance),
            "BAT_CHARGE_FAULT" => Ok(Self::BatChargeFault),
            "MOTOR_OVERCURRENT" => Ok(Self::MotorOvercurrent),
            "MOTOR_STALL" => Ok(Self::MotorStall),
            "BRAKE_FAULT" => Ok(Self::BrakeFault),
            "SENSOR_LIDAR_FAULT" => Ok(Self::SensorLidarFault),
            "SENSOR_CAMERA_FAULT" => Ok(Self::SensorCameraFault),
            "SENSOR_IMU_FAULT" => Ok(Self::SensorImuFault),
            "SAFETY_BUMPER_HIT" => Ok(Self::SafetyBumperHit),
            "SAFETY_ESTOP_PRESSED" => Ok(Self::SafetyEstopPressed),
            "SAFETY_OBSTACLE_TOO_CLOSE" => Ok(Self::SafetyObstacleTooClose),
            "COMM_LINK_DEGRADED" => Ok(Self::CommLinkDegraded),
            "COMM_SERVER_UNREACHABLE" => Ok(Self::CommServerUnreachable),
            "DOCK_ALIGNMENT_FAILED" => Ok(Self::DockAlignmentFailed),
            "DOCK_CONTACT_FAULT" => Ok(Self::DockContactFault),
            "SYS_SOFTWARE_EXCEPTION" => Ok(Self::SysSoftwareException),
            "SYS_DISK_FULL" => Ok(Self::SysDiskFull),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for VehicleErrorCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for VehicleErrorCode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A vehicle's identifier: a letter or digit, then up to 63 letters, digits, `_` or `-`.
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct VehicleId(::std::string::String);
impl ::std::ops::Deref for VehicleId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<VehicleId> for ::std::string::String {
    fn from(value: VehicleId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for VehicleId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for VehicleId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for VehicleId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for VehicleId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`VehicleName`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct VehicleName(::std::string::String);
impl ::std::ops::Deref for VehicleName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<VehicleName> for ::std::string::String {
    fn from(value: VehicleName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for VehicleName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for VehicleName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for VehicleName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for VehicleName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///The fleet, one page.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct VehiclePage {
    pub items: ::std::vec::Vec<VehicleSummary>,
    ///Opaque; pass as `cursor` for the next page. Absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///Operational state of a vehicle. Allowed transitions: idle→navigating; navigating→docking|idle; docking→charging|navigating|idle; charging→idle|navigating; any→error; any→emergency_stop; error→idle; emergency_stop→idle|navigating (only after a `resume` command). Repeating the current state is allowed.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum VehicleState {
    #[serde(rename = "idle")]
    Idle,
    #[serde(rename = "navigating")]
    Navigating,
    #[serde(rename = "docking")]
    Docking,
    #[serde(rename = "charging")]
    Charging,
    #[serde(rename = "error")]
    Error,
    #[serde(rename = "emergency_stop")]
    EmergencyStop,
}
impl ::std::fmt::Display for VehicleState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Idle => f.write_str("idle"),
            Self::Navigating => f.write_str("navigating"),
            Self::Docking => f.write_str("docking"),
            Self::Charging => f.write_str("charging"),
            Self::Error => f.write_str("error"),
            Self::EmergencyStop => f.write_str("emergency_stop"),
        }
    }
}
impl ::std::str::FromStr for VehicleState {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "idle" => Ok(Self::Idle),
            "navigating" => Ok(Self::Navigating),
            "docking" => Ok(Self::Docking),
            "charging" => Ok(Self::Charging),
            "error" => Ok(Self::Error),
            "emergency_stop" => Ok(Self::EmergencyStop),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for VehicleState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for VehicleState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A vehicle with its latest known state.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct VehicleSummary {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub battery: ::std::option::Option<LatestBattery>,
    pub decommissioned: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub location: ::std::option::Option<LatestLocation>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<VehicleSummaryName>,
    pub online: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<VehicleState>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub state_since: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ///The vehicle's VDA 5050 identity, when it speaks VDA 5050 through the bridge.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vda5050: ::std::option::Option<Vda5050Link>,
    pub vehicle_id: VehicleId,
}
///`VehicleSummaryName`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct VehicleSummaryName(::std::string::String);
impl ::std::ops::Deref for VehicleSummaryName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<VehicleSummaryName> for ::std::string::String {
    fn from(value: VehicleSummaryName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for VehicleSummaryName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for VehicleSummaryName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for VehicleSummaryName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for VehicleSummaryName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Change a vehicle's registration.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Default,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct VehicleUpdate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<VehicleUpdateName>,
    ///A new VDA 5050 identity for the vehicle (replaces the one it had).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vda5050: ::std::option::Option<Vda5050Link>,
}
///`VehicleUpdateName`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct VehicleUpdateName(::std::string::String);
impl ::std::ops::Deref for VehicleUpdateName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<VehicleUpdateName> for ::std::string::String {
    fn from(value: VehicleUpdateName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for VehicleUpdateName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 128usize {
            return Err("longer than 128 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for VehicleUpdateName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for VehicleUpdateName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for VehicleUpdateName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///One place where a value breaks its schema.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct Violation {
    ///What is wrong there.
    pub message: ::std::string::String,
    ///JSON pointer to the failing value (`""` for the whole body).
    pub pointer: ::std::string::String,
}
///A place a vehicle drives to.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct Waypoint {
    pub latitude: f64,
    pub longitude: f64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub station_id: ::std::option::Option<WaypointStationId>,
}
///`WaypointStationId`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WaypointStationId(::std::string::String);
impl ::std::ops::Deref for WaypointStationId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WaypointStationId> for ::std::string::String {
    fn from(value: WaypointStationId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WaypointStationId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WaypointStationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WaypointStationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WaypointStationId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///A receiver of alert notifications.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct Webhook {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    pub url: ::std::string::String,
    pub webhook_id: ::uuid::Uuid,
}
///A receiver of alert notifications. Every alert raised, changed or cleared is POSTed to `url` as JSON (the `Alert`), signed with the webhook's secret.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WebhookCreate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<WebhookCreateDescription>,
    ///Where notifications are POSTed (http or https).
    pub url: WebhookCreateUrl,
}
///`WebhookCreateDescription`
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WebhookCreateDescription(::std::string::String);
impl ::std::ops::Deref for WebhookCreateDescription {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WebhookCreateDescription> for ::std::string::String {
    fn from(value: WebhookCreateDescription) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WebhookCreateDescription {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 200usize {
            return Err("longer than 200 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WebhookCreateDescription {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WebhookCreateDescription {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WebhookCreateDescription {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Where notifications are POSTed (http or https).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WebhookCreateUrl(::std::string::String);
impl ::std::ops::Deref for WebhookCreateUrl {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WebhookCreateUrl> for ::std::string::String {
    fn from(value: WebhookCreateUrl) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WebhookCreateUrl {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 2048usize {
            return Err("longer than 2048 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^https?://").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^https?://\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WebhookCreateUrl {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WebhookCreateUrl {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WebhookCreateUrl {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///A new webhook, with the secret its notifications are signed with: shown only in this answer.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WebhookCreated {
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    ///HMAC-SHA256 key of the `X-TVM-Signature` header.
    pub secret: WebhookCreatedSecret,
    pub url: ::std::string::String,
    pub webhook_id: ::uuid::Uuid,
}
///HMAC-SHA256 key of the `X-TVM-Signature` header.
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WebhookCreatedSecret(::std::string::String);
impl ::std::ops::Deref for WebhookCreatedSecret {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WebhookCreatedSecret> for ::std::string::String {
    fn from(value: WebhookCreatedSecret) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WebhookCreatedSecret {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 32usize {
            return Err("shorter than 32 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WebhookCreatedSecret {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WebhookCreatedSecret {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WebhookCreatedSecret {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///One notification to one webhook: `pending` while it is being tried (exponential backoff from 1 s up to 10 min between attempts, for 24 h), then `delivered` (a 2xx answer) or `failed`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WebhookDelivery {
    pub alert_id: ::uuid::Uuid,
    pub attempts: u64,
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub delivered_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ///Also sent as `X-TVM-Delivery`; the same on every attempt.
    pub delivery_id: ::uuid::Uuid,
    ///Why the last attempt failed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub last_error: ::std::option::Option<::std::string::String>,
    ///The HTTP status of the last attempt, if it got one.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub last_status_code: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(serialize_with = "crate::time::serialize_option")]
    pub next_attempt_at: ::std::option::Option<
        ::chrono::DateTime<::chrono::offset::Utc>,
    >,
    pub status: WebhookDeliveryStatus,
    pub webhook_id: ::uuid::Uuid,
}
///A webhook's deliveries, newest first.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WebhookDeliveryPage {
    pub items: ::std::vec::Vec<WebhookDelivery>,
    ///Opaque; pass as `cursor` for the next page. Absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`WebhookDeliveryStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WebhookDeliveryStatus {
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "delivered")]
    Delivered,
    #[serde(rename = "failed")]
    Failed,
}
impl ::std::fmt::Display for WebhookDeliveryStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Pending => f.write_str("pending"),
            Self::Delivered => f.write_str("delivered"),
            Self::Failed => f.write_str("failed"),
        }
    }
}
impl ::std::str::FromStr for WebhookDeliveryStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "pending" => Ok(Self::Pending),
            "delivered" => Ok(Self::Delivered),
            "failed" => Ok(Self::Failed),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WebhookDeliveryStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WebhookDeliveryStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Every webhook.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WebhookPage {
    pub items: ::std::vec::Vec<Webhook>,
}
///Vehicle → server: answer to a command.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsAck {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsAckId,
    pub payload: CommandAck,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsAckType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsAckId(::std::string::String);
impl ::std::ops::Deref for WsAckId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsAckId> for ::std::string::String {
    fn from(value: WsAckId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsAckId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsAckId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsAckId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsAckId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsAckType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsAckType {
    #[serde(rename = "ack")]
    Ack,
}
impl ::std::fmt::Display for WsAckType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Ack => f.write_str("ack"),
        }
    }
}
impl ::std::str::FromStr for WsAckType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "ack" => Ok(Self::Ack),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsAckType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsAckType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Server → frontend: an alert.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsAlert {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsAlertId,
    pub payload: Alert,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsAlertType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsAlertId(::std::string::String);
impl ::std::ops::Deref for WsAlertId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsAlertId> for ::std::string::String {
    fn from(value: WsAlertId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsAlertId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsAlertId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsAlertId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsAlertId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsAlertType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsAlertType {
    #[serde(rename = "alert")]
    Alert,
}
impl ::std::fmt::Display for WsAlertType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Alert => f.write_str("alert"),
        }
    }
}
impl ::std::str::FromStr for WsAlertType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "alert" => Ok(Self::Alert),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsAlertType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsAlertType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Vehicle → server: telemetry over the socket, same rules as REST.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsBattery {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsBatteryId,
    pub payload: BatteryReport,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsBatteryType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsBatteryId(::std::string::String);
impl ::std::ops::Deref for WsBatteryId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsBatteryId> for ::std::string::String {
    fn from(value: WsBatteryId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsBatteryId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsBatteryId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsBatteryId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsBatteryId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsBatteryType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsBatteryType {
    #[serde(rename = "battery")]
    Battery,
}
impl ::std::fmt::Display for WsBatteryType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Battery => f.write_str("battery"),
        }
    }
}
impl ::std::str::FromStr for WsBatteryType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "battery" => Ok(Self::Battery),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsBatteryType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsBatteryType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Server → frontend: a stored battery reading.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsBatteryUpdate {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsBatteryUpdateId,
    pub payload: BatteryEvent,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsBatteryUpdateType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsBatteryUpdateId(::std::string::String);
impl ::std::ops::Deref for WsBatteryUpdateId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsBatteryUpdateId> for ::std::string::String {
    fn from(value: WsBatteryUpdateId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsBatteryUpdateId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsBatteryUpdateId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsBatteryUpdateId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsBatteryUpdateId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsBatteryUpdateType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsBatteryUpdateType {
    #[serde(rename = "battery_update")]
    BatteryUpdate,
}
impl ::std::fmt::Display for WsBatteryUpdateType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::BatteryUpdate => f.write_str("battery_update"),
        }
    }
}
impl ::std::str::FromStr for WsBatteryUpdateType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "battery_update" => Ok(Self::BatteryUpdate),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsBatteryUpdateType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsBatteryUpdateType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Server → frontend: a command's delivery state changed.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsCommandStatus {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsCommandStatusId,
    pub payload: CommandStatus,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsCommandStatusType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsCommandStatusId(::std::string::String);
impl ::std::ops::Deref for WsCommandStatusId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsCommandStatusId> for ::std::string::String {
    fn from(value: WsCommandStatusId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsCommandStatusId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsCommandStatusId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsCommandStatusId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsCommandStatusId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsCommandStatusType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsCommandStatusType {
    #[serde(rename = "command_status")]
    CommandStatus,
}
impl ::std::fmt::Display for WsCommandStatusType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CommandStatus => f.write_str("command_status"),
        }
    }
}
impl ::std::str::FromStr for WsCommandStatusType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "command_status" => Ok(Self::CommandStatus),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsCommandStatusType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsCommandStatusType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Vehicle → server: telemetry over the socket, same rules as REST.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsDocking {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsDockingId,
    pub payload: DockingReport,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsDockingType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsDockingId(::std::string::String);
impl ::std::ops::Deref for WsDockingId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsDockingId> for ::std::string::String {
    fn from(value: WsDockingId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsDockingId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsDockingId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsDockingId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsDockingId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsDockingType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsDockingType {
    #[serde(rename = "docking")]
    Docking,
}
impl ::std::fmt::Display for WsDockingType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Docking => f.write_str("docking"),
        }
    }
}
impl ::std::str::FromStr for WsDockingType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "docking" => Ok(Self::Docking),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsDockingType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsDockingType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Server → frontend: a stored docking report.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsDockingUpdate {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsDockingUpdateId,
    pub payload: DockingEvent,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsDockingUpdateType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsDockingUpdateId(::std::string::String);
impl ::std::ops::Deref for WsDockingUpdateId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsDockingUpdateId> for ::std::string::String {
    fn from(value: WsDockingUpdateId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsDockingUpdateId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsDockingUpdateId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsDockingUpdateId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsDockingUpdateId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsDockingUpdateType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsDockingUpdateType {
    #[serde(rename = "docking_update")]
    DockingUpdate,
}
impl ::std::fmt::Display for WsDockingUpdateType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::DockingUpdate => f.write_str("docking_update"),
        }
    }
}
impl ::std::str::FromStr for WsDockingUpdateType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "docking_update" => Ok(Self::DockingUpdate),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsDockingUpdateType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsDockingUpdateType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Every WebSocket message, both ways. `payload`'s schema depends on `type` (see the AsyncAPI document).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsEnvelope {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsEnvelopeId,
    pub payload: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsEnvelopeType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsEnvelopeId(::std::string::String);
impl ::std::ops::Deref for WsEnvelopeId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsEnvelopeId> for ::std::string::String {
    fn from(value: WsEnvelopeId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsEnvelopeId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsEnvelopeId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsEnvelopeId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsEnvelopeId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsEnvelopeType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsEnvelopeType {
    #[serde(rename = "subscribe")]
    Subscribe,
    #[serde(rename = "unsubscribe")]
    Unsubscribe,
    #[serde(rename = "command")]
    Command,
    #[serde(rename = "ack")]
    Ack,
    #[serde(rename = "location")]
    Location,
    #[serde(rename = "status")]
    Status,
    #[serde(rename = "battery")]
    Battery,
    #[serde(rename = "error")]
    Error,
    #[serde(rename = "docking")]
    Docking,
    #[serde(rename = "subscriptions")]
    Subscriptions,
    #[serde(rename = "location_update")]
    LocationUpdate,
    #[serde(rename = "status_update")]
    StatusUpdate,
    #[serde(rename = "battery_update")]
    BatteryUpdate,
    #[serde(rename = "error_report")]
    ErrorReport,
    #[serde(rename = "docking_update")]
    DockingUpdate,
    #[serde(rename = "alert")]
    Alert,
    #[serde(rename = "command_status")]
    CommandStatus,
    #[serde(rename = "vehicle_connection")]
    VehicleConnection,
    #[serde(rename = "socket_error")]
    SocketError,
}
impl ::std::fmt::Display for WsEnvelopeType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Subscribe => f.write_str("subscribe"),
            Self::Unsubscribe => f.write_str("unsubscribe"),
            Self::Command => f.write_str("command"),
            Self::Ack => f.write_str("ack"),
            Self::Location => f.write_str("location"),
            Self::Status => f.write_str("status"),
            Self::Battery => f.write_str("battery"),
            Self::Error => f.write_str("error"),
            Self::Docking => f.write_str("docking"),
            Self::Subscriptions => f.write_str("subscriptions"),
            Self::LocationUpdate => f.write_str("location_update"),
            Self::StatusUpdate => f.write_str("status_update"),
            Self::BatteryUpdate => f.write_str("battery_update"),
            Self::ErrorReport => f.write_str("error_report"),
            Self::DockingUpdate => f.write_str("docking_update"),
            Self::Alert => f.write_str("alert"),
            Self::CommandStatus => f.write_str("command_status"),
            Self::VehicleConnection => f.write_str("vehicle_connection"),
            Self::SocketError => f.write_str("socket_error"),
        }
    }
}
impl ::std::str::FromStr for WsEnvelopeType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "subscribe" => Ok(Self::Subscribe),
            "unsubscribe" => Ok(Self::Unsubscribe),
            "command" => Ok(Self::Command),
            "ack" => Ok(Self::Ack),
            "location" => Ok(Self::Location),
            "status" => Ok(Self::Status),
            "battery" => Ok(Self::Battery),
            "error" => Ok(Self::Error),
            "docking" => Ok(Self::Docking),
            "subscriptions" => Ok(Self::Subscriptions),
            "location_update" => Ok(Self::LocationUpdate),
            "status_update" => Ok(Self::StatusUpdate),
            "battery_update" => Ok(Self::BatteryUpdate),
            "error_report" => Ok(Self::ErrorReport),
            "docking_update" => Ok(Self::DockingUpdate),
            "alert" => Ok(Self::Alert),
            "command_status" => Ok(Self::CommandStatus),
            "vehicle_connection" => Ok(Self::VehicleConnection),
            "socket_error" => Ok(Self::SocketError),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsEnvelopeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsEnvelopeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Vehicle → server: telemetry over the socket, same rules as REST.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsError {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsErrorId,
    pub payload: ErrorReport,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsErrorType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsErrorId(::std::string::String);
impl ::std::ops::Deref for WsErrorId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsErrorId> for ::std::string::String {
    fn from(value: WsErrorId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsErrorId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsErrorId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsErrorId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsErrorId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Server → frontend: a stored error report.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsErrorReport {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsErrorReportId,
    pub payload: ErrorEvent,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsErrorReportType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsErrorReportId(::std::string::String);
impl ::std::ops::Deref for WsErrorReportId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsErrorReportId> for ::std::string::String {
    fn from(value: WsErrorReportId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsErrorReportId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsErrorReportId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsErrorReportId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsErrorReportId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsErrorReportType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsErrorReportType {
    #[serde(rename = "error_report")]
    ErrorReport,
}
impl ::std::fmt::Display for WsErrorReportType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ErrorReport => f.write_str("error_report"),
        }
    }
}
impl ::std::str::FromStr for WsErrorReportType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "error_report" => Ok(Self::ErrorReport),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsErrorReportType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsErrorReportType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`WsErrorType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsErrorType {
    #[serde(rename = "error")]
    Error,
}
impl ::std::fmt::Display for WsErrorType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Error => f.write_str("error"),
        }
    }
}
impl ::std::str::FromStr for WsErrorType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "error" => Ok(Self::Error),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsErrorType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsErrorType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Frontend → server: send a command to a vehicle (operator or admin).
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsFrontendCommand {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsFrontendCommandId,
    pub payload: FrontendCommand,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsFrontendCommandType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsFrontendCommandId(::std::string::String);
impl ::std::ops::Deref for WsFrontendCommandId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsFrontendCommandId> for ::std::string::String {
    fn from(value: WsFrontendCommandId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsFrontendCommandId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsFrontendCommandId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsFrontendCommandId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsFrontendCommandId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsFrontendCommandType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsFrontendCommandType {
    #[serde(rename = "command")]
    Command,
}
impl ::std::fmt::Display for WsFrontendCommandType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Command => f.write_str("command"),
        }
    }
}
impl ::std::str::FromStr for WsFrontendCommandType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "command" => Ok(Self::Command),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsFrontendCommandType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsFrontendCommandType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Vehicle → server: telemetry over the socket, same rules as REST.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsLocation {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsLocationId,
    pub payload: LocationReport,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsLocationType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsLocationId(::std::string::String);
impl ::std::ops::Deref for WsLocationId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsLocationId> for ::std::string::String {
    fn from(value: WsLocationId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsLocationId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsLocationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsLocationId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsLocationId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsLocationType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsLocationType {
    #[serde(rename = "location")]
    Location,
}
impl ::std::fmt::Display for WsLocationType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Location => f.write_str("location"),
        }
    }
}
impl ::std::str::FromStr for WsLocationType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "location" => Ok(Self::Location),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsLocationType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsLocationType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Server → frontend: a stored location.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsLocationUpdate {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsLocationUpdateId,
    pub payload: LocationEvent,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsLocationUpdateType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsLocationUpdateId(::std::string::String);
impl ::std::ops::Deref for WsLocationUpdateId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsLocationUpdateId> for ::std::string::String {
    fn from(value: WsLocationUpdateId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsLocationUpdateId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsLocationUpdateId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsLocationUpdateId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsLocationUpdateId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsLocationUpdateType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsLocationUpdateType {
    #[serde(rename = "location_update")]
    LocationUpdate,
}
impl ::std::fmt::Display for WsLocationUpdateType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::LocationUpdate => f.write_str("location_update"),
        }
    }
}
impl ::std::str::FromStr for WsLocationUpdateType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "location_update" => Ok(Self::LocationUpdate),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsLocationUpdateType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsLocationUpdateType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Server → client: a message was refused; the socket stays open.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsSocketError {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsSocketErrorId,
    pub payload: SocketError,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsSocketErrorType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsSocketErrorId(::std::string::String);
impl ::std::ops::Deref for WsSocketErrorId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsSocketErrorId> for ::std::string::String {
    fn from(value: WsSocketErrorId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsSocketErrorId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsSocketErrorId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsSocketErrorId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsSocketErrorId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsSocketErrorType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsSocketErrorType {
    #[serde(rename = "socket_error")]
    SocketError,
}
impl ::std::fmt::Display for WsSocketErrorType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::SocketError => f.write_str("socket_error"),
        }
    }
}
impl ::std::str::FromStr for WsSocketErrorType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "socket_error" => Ok(Self::SocketError),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsSocketErrorType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsSocketErrorType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Vehicle → server: telemetry over the socket, same rules as REST.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsStatus {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsStatusId,
    pub payload: StatusReport,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsStatusType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsStatusId(::std::string::String);
impl ::std::ops::Deref for WsStatusId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsStatusId> for ::std::string::String {
    fn from(value: WsStatusId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsStatusId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsStatusId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsStatusId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsStatusId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsStatusType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsStatusType {
    #[serde(rename = "status")]
    Status,
}
impl ::std::fmt::Display for WsStatusType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Status => f.write_str("status"),
        }
    }
}
impl ::std::str::FromStr for WsStatusType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "status" => Ok(Self::Status),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsStatusType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsStatusType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Server → frontend: a stored status.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsStatusUpdate {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsStatusUpdateId,
    pub payload: StatusEvent,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsStatusUpdateType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsStatusUpdateId(::std::string::String);
impl ::std::ops::Deref for WsStatusUpdateId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsStatusUpdateId> for ::std::string::String {
    fn from(value: WsStatusUpdateId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsStatusUpdateId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsStatusUpdateId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsStatusUpdateId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsStatusUpdateId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsStatusUpdateType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsStatusUpdateType {
    #[serde(rename = "status_update")]
    StatusUpdate,
}
impl ::std::fmt::Display for WsStatusUpdateType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::StatusUpdate => f.write_str("status_update"),
        }
    }
}
impl ::std::str::FromStr for WsStatusUpdateType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "status_update" => Ok(Self::StatusUpdate),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsStatusUpdateType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsStatusUpdateType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Frontend → server: add subscriptions.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsSubscribe {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsSubscribeId,
    pub payload: SubscriptionRequest,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsSubscribeType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsSubscribeId(::std::string::String);
impl ::std::ops::Deref for WsSubscribeId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsSubscribeId> for ::std::string::String {
    fn from(value: WsSubscribeId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsSubscribeId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsSubscribeId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsSubscribeId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsSubscribeId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsSubscribeType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsSubscribeType {
    #[serde(rename = "subscribe")]
    Subscribe,
}
impl ::std::fmt::Display for WsSubscribeType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Subscribe => f.write_str("subscribe"),
        }
    }
}
impl ::std::str::FromStr for WsSubscribeType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "subscribe" => Ok(Self::Subscribe),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsSubscribeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsSubscribeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Server → frontend: the socket's subscriptions after a subscribe or unsubscribe.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsSubscriptions {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsSubscriptionsId,
    pub payload: SubscriptionState,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsSubscriptionsType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsSubscriptionsId(::std::string::String);
impl ::std::ops::Deref for WsSubscriptionsId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsSubscriptionsId> for ::std::string::String {
    fn from(value: WsSubscriptionsId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsSubscriptionsId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsSubscriptionsId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsSubscriptionsId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsSubscriptionsId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsSubscriptionsType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsSubscriptionsType {
    #[serde(rename = "subscriptions")]
    Subscriptions,
}
impl ::std::fmt::Display for WsSubscriptionsType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Subscriptions => f.write_str("subscriptions"),
        }
    }
}
impl ::std::str::FromStr for WsSubscriptionsType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "subscriptions" => Ok(Self::Subscriptions),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsSubscriptionsType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsSubscriptionsType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Frontend → server: remove subscriptions.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsUnsubscribe {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsUnsubscribeId,
    pub payload: SubscriptionRequest,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsUnsubscribeType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsUnsubscribeId(::std::string::String);
impl ::std::ops::Deref for WsUnsubscribeId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsUnsubscribeId> for ::std::string::String {
    fn from(value: WsUnsubscribeId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsUnsubscribeId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsUnsubscribeId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsUnsubscribeId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsUnsubscribeId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsUnsubscribeType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsUnsubscribeType {
    #[serde(rename = "unsubscribe")]
    Unsubscribe,
}
impl ::std::fmt::Display for WsUnsubscribeType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Unsubscribe => f.write_str("unsubscribe"),
        }
    }
}
impl ::std::str::FromStr for WsUnsubscribeType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "unsubscribe" => Ok(Self::Unsubscribe),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsUnsubscribeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsUnsubscribeType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Server → vehicle: a command to execute; answer with `ack`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsVehicleCommand {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsVehicleCommandId,
    pub payload: VehicleCommand,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsVehicleCommandType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsVehicleCommandId(::std::string::String);
impl ::std::ops::Deref for WsVehicleCommandId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsVehicleCommandId> for ::std::string::String {
    fn from(value: WsVehicleCommandId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsVehicleCommandId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsVehicleCommandId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsVehicleCommandId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsVehicleCommandId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsVehicleCommandType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsVehicleCommandType {
    #[serde(rename = "command")]
    Command,
}
impl ::std::fmt::Display for WsVehicleCommandType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Command => f.write_str("command"),
        }
    }
}
impl ::std::str::FromStr for WsVehicleCommandType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "command" => Ok(Self::Command),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsVehicleCommandType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsVehicleCommandType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Server → frontend: a vehicle's socket connected or disconnected.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    PartialEq,
    schemars::JsonSchema
)]
#[serde(deny_unknown_fields)]
pub struct WsVehicleConnection {
    ///Sender-chosen message id (a UUID for server messages).
    pub id: WsVehicleConnectionId,
    pub payload: ConnectionEvent,
    ///When the message was sent.
    #[serde(
        serialize_with = "crate::time::serialize",
        deserialize_with = "crate::time::deserialize"
    )]
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "type")]
    pub type_: WsVehicleConnectionType,
}
///Sender-chosen message id (a UUID for server messages).
#[derive(
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
#[serde(transparent)]
pub struct WsVehicleConnectionId(::std::string::String);
impl ::std::ops::Deref for WsVehicleConnectionId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<WsVehicleConnectionId> for ::std::string::String {
    fn from(value: WsVehicleConnectionId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for WsVehicleConnectionId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for WsVehicleConnectionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsVehicleConnectionId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for WsVehicleConnectionId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`WsVehicleConnectionType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd,
    schemars::JsonSchema
)]
pub enum WsVehicleConnectionType {
    #[serde(rename = "vehicle_connection")]
    VehicleConnection,
}
impl ::std::fmt::Display for WsVehicleConnectionType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::VehicleConnection => f.write_str("vehicle_connection"),
        }
    }
}
impl ::std::str::FromStr for WsVehicleConnectionType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "vehicle_connection" => Ok(Self::VehicleConnection),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for WsVehicleConnectionType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for WsVehicleConnectionType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
/// Generation of default values for serde.
pub mod defaults {
    pub(super) fn vda5050_link_interface_name() -> super::Vda5050LinkInterfaceName {
        super::Vda5050LinkInterfaceName("uagv".to_string())
    }
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
