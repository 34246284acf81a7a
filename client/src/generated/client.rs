#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AlertListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AlertListCursor(::std::string::String);
    impl ::std::ops::Deref for AlertListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AlertListCursor> for ::std::string::String {
        fn from(value: AlertListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AlertListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AlertListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AlertListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AlertListCursor {
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
    ///`AuditLogListAction`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AuditLogListAction(::std::string::String);
    impl ::std::ops::Deref for AuditLogListAction {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AuditLogListAction> for ::std::string::String {
        fn from(value: AuditLogListAction) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AuditLogListAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AuditLogListAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AuditLogListAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AuditLogListAction {
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
    ///`AuditLogListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AuditLogListCursor(::std::string::String);
    impl ::std::ops::Deref for AuditLogListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AuditLogListCursor> for ::std::string::String {
        fn from(value: AuditLogListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AuditLogListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AuditLogListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AuditLogListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AuditLogListCursor {
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
    ///`ClientListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ClientListCursor(::std::string::String);
    impl ::std::ops::Deref for ClientListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ClientListCursor> for ::std::string::String {
        fn from(value: ClientListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ClientListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ClientListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ClientListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ClientListCursor {
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
    ///`ClientRevokeClientId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ClientRevokeClientId(::std::string::String);
    impl ::std::ops::Deref for ClientRevokeClientId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ClientRevokeClientId> for ::std::string::String {
        fn from(value: ClientRevokeClientId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ClientRevokeClientId {
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
    impl ::std::convert::TryFrom<&str> for ClientRevokeClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ClientRevokeClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ClientRevokeClientId {
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
    ///`CommandListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CommandListCursor(::std::string::String);
    impl ::std::ops::Deref for CommandListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CommandListCursor> for ::std::string::String {
        fn from(value: CommandListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CommandListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CommandListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CommandListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CommandListCursor {
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
    ///`DockingStatsListStationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DockingStatsListStationId(::std::string::String);
    impl ::std::ops::Deref for DockingStatsListStationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DockingStatsListStationId> for ::std::string::String {
        fn from(value: DockingStatsListStationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DockingStatsListStationId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DockingStatsListStationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DockingStatsListStationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DockingStatsListStationId {
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
    ///`ErrorListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ErrorListCursor(::std::string::String);
    impl ::std::ops::Deref for ErrorListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ErrorListCursor> for ::std::string::String {
        fn from(value: ErrorListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ErrorListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ErrorListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ErrorListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ErrorListCursor {
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
    ///`FleetSocketOpenToken`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct FleetSocketOpenToken(::std::string::String);
    impl ::std::ops::Deref for FleetSocketOpenToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<FleetSocketOpenToken> for ::std::string::String {
        fn from(value: FleetSocketOpenToken) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for FleetSocketOpenToken {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4096usize {
                return Err("longer than 4096 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for FleetSocketOpenToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FleetSocketOpenToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FleetSocketOpenToken {
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
    ///`LocationHistoryListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct LocationHistoryListCursor(::std::string::String);
    impl ::std::ops::Deref for LocationHistoryListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<LocationHistoryListCursor> for ::std::string::String {
        fn from(value: LocationHistoryListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for LocationHistoryListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for LocationHistoryListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for LocationHistoryListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for LocationHistoryListCursor {
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
    ///`MissionListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MissionListCursor(::std::string::String);
    impl ::std::ops::Deref for MissionListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MissionListCursor> for ::std::string::String {
        fn from(value: MissionListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MissionListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MissionListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MissionListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MissionListCursor {
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
    ///`MissionViewMissionId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MissionViewMissionId(::std::string::String);
    impl ::std::ops::Deref for MissionViewMissionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MissionViewMissionId> for ::std::string::String {
        fn from(value: MissionViewMissionId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MissionViewMissionId {
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
    impl ::std::convert::TryFrom<&str> for MissionViewMissionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MissionViewMissionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MissionViewMissionId {
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
    ///`ReservationListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ReservationListCursor(::std::string::String);
    impl ::std::ops::Deref for ReservationListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ReservationListCursor> for ::std::string::String {
        fn from(value: ReservationListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ReservationListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ReservationListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReservationListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ReservationListCursor {
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
    ///`StreamOpenToken`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct StreamOpenToken(::std::string::String);
    impl ::std::ops::Deref for StreamOpenToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<StreamOpenToken> for ::std::string::String {
        fn from(value: StreamOpenToken) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for StreamOpenToken {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4096usize {
                return Err("longer than 4096 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for StreamOpenToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StreamOpenToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StreamOpenToken {
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
    ///`StreamOpenVehicleIdsItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct StreamOpenVehicleIdsItem(::std::string::String);
    impl ::std::ops::Deref for StreamOpenVehicleIdsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<StreamOpenVehicleIdsItem> for ::std::string::String {
        fn from(value: StreamOpenVehicleIdsItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for StreamOpenVehicleIdsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            {
                ::regress::Regex::new("^(\\*|[A-Za-z0-9][A-Za-z0-9_-]{0,63})$").unwrap()
            });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^(\\*|[A-Za-z0-9][A-Za-z0-9_-]{0,63})$\""
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for StreamOpenVehicleIdsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StreamOpenVehicleIdsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StreamOpenVehicleIdsItem {
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
    ///`VehicleBatteryListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VehicleBatteryListCursor(::std::string::String);
    impl ::std::ops::Deref for VehicleBatteryListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VehicleBatteryListCursor> for ::std::string::String {
        fn from(value: VehicleBatteryListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VehicleBatteryListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VehicleBatteryListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VehicleBatteryListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VehicleBatteryListCursor {
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
    ///`VehicleDockingListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VehicleDockingListCursor(::std::string::String);
    impl ::std::ops::Deref for VehicleDockingListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VehicleDockingListCursor> for ::std::string::String {
        fn from(value: VehicleDockingListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VehicleDockingListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VehicleDockingListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VehicleDockingListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VehicleDockingListCursor {
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
    ///`VehicleListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VehicleListCursor(::std::string::String);
    impl ::std::ops::Deref for VehicleListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VehicleListCursor> for ::std::string::String {
        fn from(value: VehicleListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VehicleListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VehicleListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VehicleListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VehicleListCursor {
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
    ///`VehicleLocationListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VehicleLocationListCursor(::std::string::String);
    impl ::std::ops::Deref for VehicleLocationListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VehicleLocationListCursor> for ::std::string::String {
        fn from(value: VehicleLocationListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VehicleLocationListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VehicleLocationListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VehicleLocationListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VehicleLocationListCursor {
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
    ///`VehicleSocketOpenToken`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VehicleSocketOpenToken(::std::string::String);
    impl ::std::ops::Deref for VehicleSocketOpenToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VehicleSocketOpenToken> for ::std::string::String {
        fn from(value: VehicleSocketOpenToken) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VehicleSocketOpenToken {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4096usize {
                return Err("longer than 4096 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VehicleSocketOpenToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VehicleSocketOpenToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VehicleSocketOpenToken {
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
    ///`VehicleStatusListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct VehicleStatusListCursor(::std::string::String);
    impl ::std::ops::Deref for VehicleStatusListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VehicleStatusListCursor> for ::std::string::String {
        fn from(value: VehicleStatusListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VehicleStatusListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VehicleStatusListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VehicleStatusListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VehicleStatusListCursor {
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
    ///`WebhookDeliveryListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct WebhookDeliveryListCursor(::std::string::String);
    impl ::std::ops::Deref for WebhookDeliveryListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebhookDeliveryListCursor> for ::std::string::String {
        fn from(value: WebhookDeliveryListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebhookDeliveryListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhookDeliveryListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookDeliveryListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookDeliveryListCursor {
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
}
#[derive(Clone, Debug)]
/**Client for TVM — Total Vehicle Management API

Telemetry ingest, fleet reads and command relay for a fleet of autonomous vehicles.

This document is the contract: the server's models, its Rust client and its request handlers' signatures are generated from it. The WebSocket messages are described in the AsyncAPI document served at `/api/asyncapi.yaml`.

**Errors.** Every error has the shape `{"error": {"code", "message", "details"}}` (schema `ErrorResponse`) with a stable `code` (schema `ErrorCode`). `details` has one schema per code (schema `ErrorBody`, a union discriminated by `code`): `ValidationDetails`, `TimestampDetails`, `TransitionDetails`, `SyntaxDetails`, `QueryDetails`, `NotFoundDetails`, `MethodDetails`, `ConflictDetails`, `SizeDetails`, `RetryDetails`, `UnavailableDetails`, and `NoDetails` (always `{}`) for the codes that carry none.

**Error codes.** Each `code` has one HTTP status:

| code | status | meaning |
|---|---|---|
| `VALIDATION_FAILED` | 400 | the body or a parameter breaks its schema; `details.violations` lists every failing JSON pointer (in a union tagged by a property, such as a command by `command`, the failing fields of the kind the tag names; a tag naming no kind is reported at the tag, with the kinds there are) |
| `MALFORMED_JSON` | 400 | the body is not JSON, or an object in it names the same key twice (JSON leaves which one counts undefined; `details` gives where) |
| `UNSUPPORTED_MEDIA_TYPE` | 400 | the body is not `application/json` (or a `+json` type), or its `Content-Type` names a `charset` other than UTF-8 |
| `INVALID_TIMESTAMP` | 400 | a timestamp is not RFC 3339 in UTC with `Z`, or outside the accepted window |
| `INVALID_STATE_TRANSITION` | 400 | the status report moves the vehicle along a transition its state machine does not allow |
| `INVALID_PHASE_TRANSITION` | 400 | the docking report skips or reverses a docking phase |
| `UNKNOWN_ERROR_CODE` | 400 | a vehicle error report names a code outside the vehicle error catalogue (`ErrorReport.code`) |
| `INVALID_CURSOR` | 400 | a page cursor was not issued by this server for this query |
| `INVALID_QUERY` | 400 | a query parameter is unknown, repeated or breaks its schema; `details.parameter` names it |
| `UNAUTHORIZED` | 401 | no bearer token, or one that is not valid (revoked clients included) |
| `TOKEN_EXPIRED` | 401 | the access token has expired: refresh it |
| `INVALID_CREDENTIALS` | 401 | the client id and secret (or the refresh token) do not match |
| `FORBIDDEN` | 403 | the caller's role may not do this, or a vehicle acts for another vehicle |
| `NOT_FOUND` | 404 | no such resource (or route) |
| `VEHICLE_NOT_FOUND` | 404 | the vehicle is not registered, or is decommissioned where that matters |
| `METHOD_NOT_ALLOWED` | 405 | the path exists but not with this method; `Allow` lists the methods |
| `CONFLICT` | 409 | the id exists already with other content, or the resource is not in a state that allows this |
| `COMMAND_NOT_ALLOWED` | 409 | the command is not valid in the vehicle's current state (for example `resume` outside `emergency_stop`) |
| `PAYLOAD_TOO_LARGE` | 413 | the body is over the operation's limit |
| `REQUEST_TIMEOUT` | 408 | the request body did not arrive within the body deadline (30 s by default) |
| `RATE_LIMITED` | 429 | over a rate limit; retry after `Retry-After` seconds (`details.retry_after_s`) |
| `INTERNAL_ERROR` | 500 | a fault of the server; the request id identifies it in the log |
| `NOT_IMPLEMENTED` | 501 | the operation is not available on this deployment |
| `DATABASE_UNAVAILABLE` | 503 | the database cannot be reached; nothing was stored, retry later |
| `SERVICE_UNAVAILABLE` | 503 | a dependency is down or the server is stopping; retry later |

**Timestamps.** RFC 3339 in UTC with `Z`. Live endpoints accept now ± 5 minutes; bulk uploads accept up to 30 days old.

**Rate limits.** Every authenticated request, and every message sent over a socket, counts against its client's budget (600 per minute, all of which may come at once), except error reports and emergency stops. Live location reports are limited to 1 per second per vehicle and battery reports to 1 per 5 seconds (a report may arrive up to 100 ms early). Error reports have no interval limit (they are event-driven), only a flood ceiling of 600 per minute per vehicle, over REST and the socket alike. Login attempts are limited per source address (600 per minute, all of which may come at once; behind a reverse proxy the deployment trusts, the address that proxy forwards in `X-Forwarded-For`), never per client id, so guessing at an id cannot lock its owner out. An emergency stop is never refused by a limit. Over a limit the answer is 429 `RATE_LIMITED` with `Retry-After`. All figures are the defaults; deployments may configure them.

**Text.** JSON allows the NUL character (U+0000) in a string; the store cannot hold it. A body (over REST or the sockets) with a string or an object key holding one is refused with 400 `VALIDATION_FAILED`, one violation per such string naming its pointer (`must not contain the NUL character (U+0000)`), and nothing of it is stored. So is a path parameter holding one (400 `VALIDATION_FAILED`, `details.parameter` naming it), and a query parameter (400 `INVALID_QUERY`).

**Compression.** A request body may be sent gzip-compressed (`Content-Encoding: gzip`), as a vehicle on a metered link may send its bulk uploads. The operation's size limit holds for the body both as sent and once decompressed (413 `PAYLOAD_TOO_LARGE` beyond). A body that does not decompress is 400 `MALFORMED_JSON` (line and column 0); any other content coding is 400 `UNSUPPORTED_MEDIA_TYPE`. Answers of 4 KiB or more (JSON, the documentation pages and `/metrics`) are gzip-compressed for a caller whose `Accept-Encoding` takes gzip, and say `Vary: Accept-Encoding`; streams (server-sent events, the sockets) are not compressed.

**Idempotency.** Re-sending a telemetry message with the same timestamp is accepted and stored once.

**Query strings.** Each query parameter is checked against its schema here (bounds, patterns, formats); a parameter the operation does not take, or one given twice, is refused with 400 `INVALID_QUERY`, `details.parameter` naming it where it can be told (and `details.accepted` listing the operation's parameters for an unknown one).

# Authentication

`POST /api/v1/auth/token` returns a JWT; send it as `Authorization: Bearer <token>`. Roles: `vehicle` (its own telemetry and socket), `operator` (read, subscribe, command), `admin` (also manage vehicles and clients, audit log). Access tokens live 24 h; refresh tokens 30 days and rotate on every use (presenting a used one revokes every token of that login). Revoking a client or decommissioning its vehicle stops its tokens at once.

<!-- ReDoc-Inject: <SecurityDefinitions> -->

Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
impl Client {
    /**Exchange client credentials for tokens

Checks `client_id`/`client_secret` (argon2id hashes) and returns a 24 h JWT access token and a 30-day refresh token. Wrong credentials are a 401 that does not say which part was wrong.

Sends a `POST` request to `/api/v1/auth/token`

```ignore
let response = client.token_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn token_create(&self) -> builder::TokenCreate<'_> {
        builder::TokenCreate::new(self)
    }
    /**Rotate a refresh token

Returns new tokens and revokes the presented refresh token. Presenting a revoked refresh token revokes its whole family (theft detection) and is a 401.

Sends a `POST` request to `/api/v1/auth/refresh`

```ignore
let response = client.token_refresh()
    .body(body)
    .send()
    .await;
```*/
    pub fn token_refresh(&self) -> builder::TokenRefresh<'_> {
        builder::TokenRefresh::new(self)
    }
    /**Report a position

Caller: the vehicle itself (or an admin). The timestamp must be within ±5 minutes of server time (400 INVALID_TIMESTAMP). Rate limit: 1 per second per vehicle. The answer is sent after the row is committed; re-sending the same timestamp is idempotent.

Sends a `POST` request to `/api/v1/vehicle/{vehicle_id}/location`

```ignore
let response = client.location_create()
    .vehicle_id(vehicle_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn location_create(&self) -> builder::LocationCreate<'_> {
        builder::LocationCreate::new(self)
    }
    /**Report the vehicle state

Caller: the vehicle itself (or an admin). The timestamp must be within ±5 minutes of server time (400 INVALID_TIMESTAMP). Transitions follow the VehicleState machine (400 INVALID_STATE_TRANSITION otherwise); entering `error` or `emergency_stop` raises an alert. The answer is sent after the row is committed; re-sending the same timestamp is idempotent.

Sends a `POST` request to `/api/v1/vehicle/{vehicle_id}/status`

```ignore
let response = client.status_create()
    .vehicle_id(vehicle_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn status_create(&self) -> builder::StatusCreate<'_> {
        builder::StatusCreate::new(self)
    }
    /**Report a battery reading

Caller: the vehicle itself (or an admin). The timestamp must be within ±5 minutes of server time (400 INVALID_TIMESTAMP). Rate limit: 1 per 5 seconds per vehicle. Feeds battery health. The answer is sent after the row is committed; re-sending the same timestamp is idempotent.

Sends a `POST` request to `/api/v1/vehicle/{vehicle_id}/battery`

```ignore
let response = client.battery_create()
    .vehicle_id(vehicle_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn battery_create(&self) -> builder::BatteryCreate<'_> {
        builder::BatteryCreate::new(self)
    }
    /**Report a vehicle error

Caller: the vehicle itself (or an admin). The timestamp must be within ±5 minutes of server time (400 INVALID_TIMESTAMP). `code` must be in the catalogue (400 UNKNOWN_ERROR_CODE); CRITICAL raises an alert. The answer is sent after the row is committed; re-sending the same timestamp is idempotent.

Sends a `POST` request to `/api/v1/vehicle/{vehicle_id}/error`

```ignore
let response = client.error_report_create()
    .vehicle_id(vehicle_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn error_report_create(&self) -> builder::ErrorReportCreate<'_> {
        builder::ErrorReportCreate::new(self)
    }
    /**Report docking progress

Caller: the vehicle itself (or an admin). The timestamp must be within ±5 minutes of server time (400 INVALID_TIMESTAMP). Phases follow the DockingPhase machine (400 INVALID_PHASE_TRANSITION otherwise): approaching → aligning → docking → docked → undocking, any phase → failed, and a new cycle starts with approaching after undocking or failed; repeating the current phase is allowed. Every report also updates the vehicle's docking statistics. The answer is sent after the row is committed; re-sending the same timestamp is idempotent.

Sends a `POST` request to `/api/v1/vehicle/{vehicle_id}/docking`

```ignore
let response = client.docking_create()
    .vehicle_id(vehicle_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn docking_create(&self) -> builder::DockingCreate<'_> {
        builder::DockingCreate::new(self)
    }
    /**Upload buffered telemetry

1 to 1000 messages (more: 413) stored atomically in one transaction: if any message is invalid nothing is stored and the 400 names the `index` of the first bad message. Timestamps may be up to 30 days old. Duplicates (same vehicle, kind and timestamp, stored before or repeated in the upload) are skipped. Status and docking reports are checked against the state and phase machines in timestamp order, the first one against the state stored before it; old data may leave emergency_stop (the resume it needed was handled live). Not rate-limited per message (the upload counts once against the client's request budget); does not raise live alerts, and only messages from the last 5 minutes reach live subscribers.

Sends a `POST` request to `/api/v1/vehicle/{vehicle_id}/bulk`

```ignore
let response = client.telemetry_bulk_create()
    .vehicle_id(vehicle_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn telemetry_bulk_create(&self) -> builder::TelemetryBulkCreate<'_> {
        builder::TelemetryBulkCreate::new(self)
    }
    /**List the fleet with latest state

Every vehicle with its latest location, status, battery and online flag, ordered by vehicle_id.

Sends a `GET` request to `/api/v1/vehicles`

Arguments:
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `include_decommissioned`: Also list decommissioned vehicles.
- `limit`: Page size, 1 to 1000 (default 100).
```ignore
let response = client.vehicle_list()
    .cursor(cursor)
    .include_decommissioned(include_decommissioned)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn vehicle_list(&self) -> builder::VehicleList<'_> {
        builder::VehicleList::new(self)
    }
    /**Register a vehicle

Admin only. 409 if the vehicle_id exists, or if another vehicle has the same VDA 5050 identity (interface, manufacturer and serial number; `details.vehicle_id` names it). A vehicle with `vda5050` speaks VDA 5050 through the MQTT bridge (docs/VDA5050.md).

Sends a `POST` request to `/api/v1/vehicles`

```ignore
let response = client.vehicle_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn vehicle_create(&self) -> builder::VehicleCreate<'_> {
        builder::VehicleCreate::new(self)
    }
    /**The whole fleet's latest state in one answer

What a fleet map loads before it follows `/ws/fleet`: every vehicle in service with its latest location, status, battery and online flag, ordered by vehicle_id, with no pagination. Served from the server's memory (the same state the paged `vehicle_list` shows); each vehicle's entry is rendered once per change, so a snapshot of 10,000 vehicles costs little more than copying its bytes. Use `vehicle_list` for decommissioned vehicles or page-sized reads.

Sends a `GET` request to `/api/v1/fleet`

```ignore
let response = client.fleet_snapshot()
    .send()
    .await;
```*/
    pub fn fleet_snapshot(&self) -> builder::FleetSnapshot<'_> {
        builder::FleetSnapshot::new(self)
    }
    /**One vehicle with its latest state

Operators and admins.

Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}`

```ignore
let response = client.vehicle_view()
    .vehicle_id(vehicle_id)
    .send()
    .await;
```*/
    pub fn vehicle_view(&self) -> builder::VehicleView<'_> {
        builder::VehicleView::new(self)
    }
    /**Decommission a vehicle

Admin only. The vehicle stops accepting telemetry and commands; its history is kept.

Sends a `DELETE` request to `/api/v1/vehicles/{vehicle_id}`

```ignore
let response = client.vehicle_decommission()
    .vehicle_id(vehicle_id)
    .send()
    .await;
```*/
    pub fn vehicle_decommission(&self) -> builder::VehicleDecommission<'_> {
        builder::VehicleDecommission::new(self)
    }
    /**Change a vehicle's registration

Admin only. Renames the vehicle or gives it a (new) VDA 5050 identity; a field left out keeps its value. 409 if another vehicle has that VDA 5050 identity (`details.vehicle_id` names it).

Sends a `PATCH` request to `/api/v1/vehicles/{vehicle_id}`

```ignore
let response = client.vehicle_update()
    .vehicle_id(vehicle_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn vehicle_update(&self) -> builder::VehicleUpdate<'_> {
        builder::VehicleUpdate::new(self)
    }
    /**History of a vehicle's locations

Stored locations in `[from, to)`, oldest first (default: the last 24 hours).

Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/locations`

Arguments:
- `vehicle_id`
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `from`: Start of the time range (inclusive).
- `limit`: Page size, 1 to 1000 (default 100).
- `to`: End of the time range (exclusive).
```ignore
let response = client.vehicle_location_list()
    .vehicle_id(vehicle_id)
    .cursor(cursor)
    .from(from)
    .limit(limit)
    .to(to)
    .send()
    .await;
```*/
    pub fn vehicle_location_list(&self) -> builder::VehicleLocationList<'_> {
        builder::VehicleLocationList::new(self)
    }
    /**History of a vehicle's status reports

Stored status reports in `[from, to)`, oldest first (default: the last 24 hours).

Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/statuses`

Arguments:
- `vehicle_id`
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `from`: Start of the time range (inclusive).
- `limit`: Page size, 1 to 1000 (default 100).
- `to`: End of the time range (exclusive).
```ignore
let response = client.vehicle_status_list()
    .vehicle_id(vehicle_id)
    .cursor(cursor)
    .from(from)
    .limit(limit)
    .to(to)
    .send()
    .await;
```*/
    pub fn vehicle_status_list(&self) -> builder::VehicleStatusList<'_> {
        builder::VehicleStatusList::new(self)
    }
    /**History of a vehicle's battery readings

Stored battery readings in `[from, to)`, oldest first (default: the last 24 hours).

Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/battery`

Arguments:
- `vehicle_id`
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `from`: Start of the time range (inclusive).
- `limit`: Page size, 1 to 1000 (default 100).
- `to`: End of the time range (exclusive).
```ignore
let response = client.vehicle_battery_list()
    .vehicle_id(vehicle_id)
    .cursor(cursor)
    .from(from)
    .limit(limit)
    .to(to)
    .send()
    .await;
```*/
    pub fn vehicle_battery_list(&self) -> builder::VehicleBatteryList<'_> {
        builder::VehicleBatteryList::new(self)
    }
    /**History of a vehicle's docking reports

Stored docking reports in `[from, to)`, oldest first (default: the last 24 hours).

Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/docking`

Arguments:
- `vehicle_id`
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `from`: Start of the time range (inclusive).
- `limit`: Page size, 1 to 1000 (default 100).
- `to`: End of the time range (exclusive).
```ignore
let response = client.vehicle_docking_list()
    .vehicle_id(vehicle_id)
    .cursor(cursor)
    .from(from)
    .limit(limit)
    .to(to)
    .send()
    .await;
```*/
    pub fn vehicle_docking_list(&self) -> builder::VehicleDockingList<'_> {
        builder::VehicleDockingList::new(self)
    }
    /**Battery health of a vehicle

Cycle count and full-charge voltage degradation, computed as readings arrive (TVM-API-BAT-003).

Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/battery/health`

```ignore
let response = client.battery_health_view()
    .vehicle_id(vehicle_id)
    .send()
    .await;
```*/
    pub fn battery_health_view(&self) -> builder::BatteryHealthView<'_> {
        builder::BatteryHealthView::new(self)
    }
    /**Location history of several vehicles

Up to 100 vehicles in one request, ordered by vehicle then time.

Sends a `GET` request to `/api/v1/locations`

Arguments:
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `from`: Start of the time range (inclusive).
- `limit`: Page size, 1 to 1000 (default 100).
- `to`: End of the time range (exclusive).
- `vehicle_ids`: Vehicle ids, 1 to 100, comma-separated (`style: form, explode: false`); the parameter may also be repeated (`explode: true`) and the lists are joined.
```ignore
let response = client.location_history_list()
    .cursor(cursor)
    .from(from)
    .limit(limit)
    .to(to)
    .vehicle_ids(vehicle_ids)
    .send()
    .await;
```*/
    pub fn location_history_list(&self) -> builder::LocationHistoryList<'_> {
        builder::LocationHistoryList::new(self)
    }
    /**Location tracks of several vehicles

Up to 100 vehicles over at most one hour in one answer, without pagination: each vehicle's track as parallel arrays (time, latitude, longitude, heading, speed, accuracy), oldest first, archived locations included. This is the form for replaying or drawing many vehicles' movements. The answer is JSON unless `Accept` prefers `application/vnd.apache.arrow.stream`: then the same tracks come as an Apache Arrow IPC stream, several times cheaper to produce and to read (the TypeScript client's `fetchTracks` reads it); `location_history_list` pages through the full reports. `to` defaults to now and `from` to one hour before `to`; a longer range is refused with 400 `INVALID_QUERY` (read consecutive hours instead).

Sends a `GET` request to `/api/v1/locations/tracks`

Arguments:
- `from`: Start of the time range (inclusive).
- `to`: End of the time range (exclusive).
- `vehicle_ids`: Vehicle ids, 1 to 100, comma-separated (`style: form, explode: false`); the parameter may also be repeated (`explode: true`) and the lists are joined.
```ignore
let response = client.location_tracks()
    .from(from)
    .to(to)
    .vehicle_ids(vehicle_ids)
    .send()
    .await;
```*/
    pub fn location_tracks(&self) -> builder::LocationTracks<'_> {
        builder::LocationTracks::new(self)
    }
    /**Docking success rates

Per vehicle and station: finished attempts (each time a vehicle entered `docked` or `failed`), successes, failures and the success rate, updated as docking reports arrive. Filter by `vehicle_id` and/or `station_id`.

Sends a `GET` request to `/api/v1/docking/stats`

```ignore
let response = client.docking_stats_list()
    .station_id(station_id)
    .vehicle_id(vehicle_id)
    .send()
    .await;
```*/
    pub fn docking_stats_list(&self) -> builder::DockingStatsList<'_> {
        builder::DockingStatsList::new(self)
    }
    /**List error reports

Newest first, filtered by vehicle, severity, resolution and time.

Sends a `GET` request to `/api/v1/errors`

Arguments:
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `from`: Start of the time range (inclusive).
- `limit`: Page size, 1 to 1000 (default 100).
- `resolved`
- `severity`
- `to`: End of the time range (exclusive).
- `vehicle_id`
```ignore
let response = client.error_list()
    .cursor(cursor)
    .from(from)
    .limit(limit)
    .resolved(resolved)
    .severity(severity)
    .to(to)
    .vehicle_id(vehicle_id)
    .send()
    .await;
```*/
    pub fn error_list(&self) -> builder::ErrorList<'_> {
        builder::ErrorList::new(self)
    }
    /**Resolve an error report

Operators and admins; resolving twice is a 409.

Sends a `POST` request to `/api/v1/errors/{error_id}/resolve`

```ignore
let response = client.error_resolve()
    .error_id(error_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn error_resolve(&self) -> builder::ErrorResolve<'_> {
        builder::ErrorResolve::new(self)
    }
    /**List missions

Newest first.

Sends a `GET` request to `/api/v1/missions`

Arguments:
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `limit`: Page size, 1 to 1000 (default 100).
- `status`
- `vehicle_id`
```ignore
let response = client.mission_list()
    .cursor(cursor)
    .limit(limit)
    .status(status)
    .vehicle_id(vehicle_id)
    .send()
    .await;
```*/
    pub fn mission_list(&self) -> builder::MissionList<'_> {
        builder::MissionList::new(self)
    }
    /**One mission

A mission (created by a `dispatch` command): its vehicle, reservation, status, priority, pickup and destination, and when it was created, started and ended, with the id of the command that created it. Operators and admins.

Sends a `GET` request to `/api/v1/missions/{mission_id}`

```ignore
let response = client.mission_view()
    .mission_id(mission_id)
    .send()
    .await;
```*/
    pub fn mission_view(&self) -> builder::MissionView<'_> {
        builder::MissionView::new(self)
    }
    /**List reservations

Newest first.

Sends a `GET` request to `/api/v1/reservations`

Arguments:
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `limit`: Page size, 1 to 1000 (default 100).
- `status`
```ignore
let response = client.reservation_list()
    .cursor(cursor)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    pub fn reservation_list(&self) -> builder::ReservationList<'_> {
        builder::ReservationList::new(self)
    }
    /**Create a reservation

Operators and admins; a dispatch naming its id links the mission to it.

Sends a `POST` request to `/api/v1/reservations`

```ignore
let response = client.reservation_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn reservation_create(&self) -> builder::ReservationCreate<'_> {
        builder::ReservationCreate::new(self)
    }
    /**Command history of a vehicle

Newest first.

Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/commands`

Arguments:
- `vehicle_id`
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `from`: Start of the time range (inclusive).
- `limit`: Page size, 1 to 1000 (default 100).
- `to`: End of the time range (exclusive).
```ignore
let response = client.command_list()
    .vehicle_id(vehicle_id)
    .cursor(cursor)
    .from(from)
    .limit(limit)
    .to(to)
    .send()
    .await;
```*/
    pub fn command_list(&self) -> builder::CommandList<'_> {
        builder::CommandList::new(self)
    }
    /**Send a command to a vehicle

Operators and admins. The command is stored before anything is sent and delivered over the vehicle's socket (queued while it is offline). `resume` is a 409 COMMAND_NOT_ALLOWED unless the vehicle is in emergency_stop. Track it with command_view or `command_status` events.

**Idempotent by `command_id`.** Posting again with the same `command_id`, vehicle, `command` and `params` answers 202 with the command's current status (a client that lost the first answer can retry safely); the same `command_id` with anything else is a 409 CONFLICT.

**Budgets.** An `emergency_stop` is never refused by a rate limit: it does not count against the client's request budget.

Sends a `POST` request to `/api/v1/vehicles/{vehicle_id}/commands`

```ignore
let response = client.command_create()
    .vehicle_id(vehicle_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn command_create(&self) -> builder::CommandCreate<'_> {
        builder::CommandCreate::new(self)
    }
    /**One command and its delivery state

One command of a vehicle as stored: its kind and parameters, priority, status (`queued` … `completed`), attempts, the vehicle's reason and detail if it answered, and when it was issued, last changed and expires. Operators and admins.

Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/commands/{command_id}`

```ignore
let response = client.command_view()
    .vehicle_id(vehicle_id)
    .command_id(command_id)
    .send()
    .await;
```*/
    pub fn command_view(&self) -> builder::CommandView<'_> {
        builder::CommandView::new(self)
    }
    /**List API clients

Admin only.

Sends a `GET` request to `/api/v1/clients`

Arguments:
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `limit`: Page size, 1 to 1000 (default 100).
```ignore
let response = client.client_list()
    .cursor(cursor)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn client_list(&self) -> builder::ClientList<'_> {
        builder::ClientList::new(self)
    }
    /**Register an API client

Admin only. Returns a generated `client_secret`, shown only in this answer. A `vehicle` client must name a registered vehicle.

Sends a `POST` request to `/api/v1/clients`

```ignore
let response = client.client_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn client_create(&self) -> builder::ClientCreate<'_> {
        builder::ClientCreate::new(self)
    }
    /**Revoke an API client

Admin only. Its refresh tokens are revoked; access tokens it holds stop working.

Sends a `DELETE` request to `/api/v1/clients/{client_id}`

```ignore
let response = client.client_revoke()
    .client_id(client_id)
    .send()
    .await;
```*/
    pub fn client_revoke(&self) -> builder::ClientRevoke<'_> {
        builder::ClientRevoke::new(self)
    }
    /**Read the audit log

Admin only. Newest first.

Sends a `GET` request to `/api/v1/audit-logs`

Arguments:
- `action`
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `from`: Start of the time range (inclusive).
- `limit`: Page size, 1 to 1000 (default 100).
- `to`: End of the time range (exclusive).
- `vehicle_id`
```ignore
let response = client.audit_log_list()
    .action(action)
    .cursor(cursor)
    .from(from)
    .limit(limit)
    .to(to)
    .vehicle_id(vehicle_id)
    .send()
    .await;
```*/
    pub fn audit_log_list(&self) -> builder::AuditLogList<'_> {
        builder::AuditLogList::new(self)
    }
    /**Server-Sent Events stream

The live channel's server→frontend events (`location_update`, `status_update`, `battery_update`, `error_report`, `docking_update`, `alert`, `command_status`, `vehicle_connection`) as Server-Sent Events: `event:` is the message type, `data:` the same JSON envelope as on the WebSocket. Operators and admins; the token may be passed as `?token=` for EventSource. A comment line every 15 s keeps idle streams open; `vehicle_ids` is a comma-separated list (or `*`, or absent for all). A client too slow to keep up gets a final `socket_error` event and the stream ends; it should reconnect. A client that takes no bytes for `TVM_WS_WRITE_TIMEOUT_S` (10 s) is dropped. When the caller's identity lapses while the stream is open (checked every second, on every instance), a final `socket_error` event says why (`TOKEN_EXPIRED`: refresh and reconnect; `UNAUTHORIZED`: the client or its login was revoked) and the stream ends.

Sends a `GET` request to `/api/v1/stream`

Arguments:
- `token`: Bearer token, for clients that cannot set the Authorization header (browsers' WebSocket and EventSource).
- `vehicle_ids`: Vehicle ids, comma-separated (`style: form, explode: false`; the parameter may also be repeated), or `*` (the default) for the whole fleet. At most 1000 ids, and the query within 4096 characters so the request head stays within the HTTP layer's limits (longer lists: subscribe to `*`, or use the fleet socket's `subscribe`).
```ignore
let response = client.stream_open()
    .token(token)
    .vehicle_ids(vehicle_ids)
    .send()
    .await;
```*/
    pub fn stream_open(&self) -> builder::StreamOpen<'_> {
        builder::StreamOpen::new(self)
    }
    /**WebSocket for one vehicle

A `vehicle` token for this vehicle opens its command socket; an `operator` or `admin` token opens a frontend socket subscribed to it. The messages are described in the AsyncAPI document (`/api/asyncapi.yaml`). The token is checked before the upgrade (401/403 here).

A WebSocket cannot be opened from this page: its messages are on the [AsyncAPI page](/api/asyncapi) (the document itself: [`/api/asyncapi.yaml`](/api/asyncapi.yaml)).

Sends a `GET` request to `/ws/vehicle/{vehicle_id}`

Arguments:
- `vehicle_id`
- `token`: Bearer token, for clients that cannot set the Authorization header (browsers' WebSocket and EventSource).
```ignore
let response = client.vehicle_socket_open()
    .vehicle_id(vehicle_id)
    .token(token)
    .send()
    .await;
```*/
    pub fn vehicle_socket_open(&self) -> builder::VehicleSocketOpen<'_> {
        builder::VehicleSocketOpen::new(self)
    }
    /**WebSocket for the whole fleet

A frontend socket (operator or admin) subscribed to every vehicle. See the AsyncAPI document.

A WebSocket cannot be opened from this page: its messages are on the [AsyncAPI page](/api/asyncapi) (the document itself: [`/api/asyncapi.yaml`](/api/asyncapi.yaml)).

Sends a `GET` request to `/ws/fleet`

Arguments:
- `token`: Bearer token, for clients that cannot set the Authorization header (browsers' WebSocket and EventSource).
```ignore
let response = client.fleet_socket_open()
    .token(token)
    .send()
    .await;
```*/
    pub fn fleet_socket_open(&self) -> builder::FleetSocketOpen<'_> {
        builder::FleetSocketOpen::new(self)
    }
    /**Health for load balancers

200 while the database answers: `status` is `ok`, or `degraded` when Redis (configured) does not answer, so rate limits are off and events from other instances paused, or the last retention run failed. 503 SERVICE_UNAVAILABLE, with the same checks in `details`, when the database does not answer.

Sends a `GET` request to `/health`

```ignore
let response = client.health_view()
    .send()
    .await;
```*/
    pub fn health_view(&self) -> builder::HealthView<'_> {
        builder::HealthView::new(self)
    }
    /**List alerts

Operators and admins. Most recently raised first, filtered by vehicle, kind, severity, status and the time it was last raised (`[from, to)`).

Sends a `GET` request to `/api/v1/alerts`

Arguments:
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `from`: Start of the time range (inclusive).
- `kind`
- `limit`: Page size, 1 to 1000 (default 100).
- `severity`
- `status`
- `to`: End of the time range (exclusive).
- `vehicle_id`
```ignore
let response = client.alert_list()
    .cursor(cursor)
    .from(from)
    .kind(kind)
    .limit(limit)
    .severity(severity)
    .status(status)
    .to(to)
    .vehicle_id(vehicle_id)
    .send()
    .await;
```*/
    pub fn alert_list(&self) -> builder::AlertList<'_> {
        builder::AlertList::new(self)
    }
    /**Acknowledge an alert

Operators and admins; audited (`alert.acknowledge`). Acknowledging an acknowledged alert answers it unchanged; a cleared one is a 409. The change is pushed to every operator and admin as an `alert` message.

Sends a `POST` request to `/api/v1/alerts/{alert_id}/acknowledge`

```ignore
let response = client.alert_acknowledge()
    .alert_id(alert_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn alert_acknowledge(&self) -> builder::AlertAcknowledge<'_> {
        builder::AlertAcknowledge::new(self)
    }
    /**List webhooks

Admins.

Sends a `GET` request to `/api/v1/webhooks`

```ignore
let response = client.webhook_list()
    .send()
    .await;
```*/
    pub fn webhook_list(&self) -> builder::WebhookList<'_> {
        builder::WebhookList::new(self)
    }
    /**Add a webhook

Admins; audited. **Notifications.** Each is `POST <url>` with the `Alert` as its JSON body and the headers `X-TVM-Event: alert`, `X-TVM-Delivery: <delivery_id>` (the same on every attempt: receivers de-duplicate on it) and `X-TVM-Signature: t=<unix seconds>,v1=<hex>`, where `<hex>` is HMAC-SHA256 with the webhook's secret over `<t>.<body>` (the timestamp, a dot, the raw body). Receivers recompute it, compare in constant time, and refuse a `t` far from their clock. A 2xx answer delivers it; anything else (or no answer in 10 s) is tried again with exponential backoff (1 s doubling up to 10 min) for 24 hours from an outbox in the database, so a restart loses nothing. **Destinations.** A URL whose host is a loopback, private, link-local or reserved address, or `localhost`, is refused with 400 `VALIDATION_FAILED` (pointer `/url`) unless the operator allows its network (`TVM_WEBHOOK_ALLOWED_NETWORKS`). A delivery whose host name resolves only to such addresses is not sent; its log says why.

Sends a `POST` request to `/api/v1/webhooks`

```ignore
let response = client.webhook_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn webhook_create(&self) -> builder::WebhookCreate<'_> {
        builder::WebhookCreate::new(self)
    }
    /**Remove a webhook

Admins; audited. Its pending deliveries stop.

Sends a `DELETE` request to `/api/v1/webhooks/{webhook_id}`

```ignore
let response = client.webhook_delete()
    .webhook_id(webhook_id)
    .send()
    .await;
```*/
    pub fn webhook_delete(&self) -> builder::WebhookDelete<'_> {
        builder::WebhookDelete::new(self)
    }
    /**A webhook's delivery log

Admins. Newest first.

Sends a `GET` request to `/api/v1/webhooks/{webhook_id}/deliveries`

Arguments:
- `webhook_id`
- `cursor`: Opaque cursor from a previous page's `next_cursor`.
- `limit`: Page size, 1 to 1000 (default 100).
```ignore
let response = client.webhook_delivery_list()
    .webhook_id(webhook_id)
    .cursor(cursor)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn webhook_delivery_list(&self) -> builder::WebhookDeliveryList<'_> {
        builder::WebhookDeliveryList::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::token_create`]

[`Client::token_create`]: super::Client::token_create*/
    #[derive(Debug, Clone)]
    pub struct TokenCreate<'a> {
        client: &'a super::Client,
        body: Result<crate::models::TokenRequest, String>,
    }
    impl<'a> TokenCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::TokenRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: TokenRequest` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/auth/token`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::TokenResponse>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/auth/token", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "token_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::token_refresh`]

[`Client::token_refresh`]: super::Client::token_refresh*/
    #[derive(Debug, Clone)]
    pub struct TokenRefresh<'a> {
        client: &'a super::Client,
        body: Result<crate::models::RefreshRequest, String>,
    }
    impl<'a> TokenRefresh<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::RefreshRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: RefreshRequest` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/auth/refresh`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::TokenResponse>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/auth/refresh", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "token_refresh",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::location_create`]

[`Client::location_create`]: super::Client::location_create*/
    #[derive(Debug, Clone)]
    pub struct LocationCreate<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        body: Result<crate::models::LocationReport, String>,
    }
    impl<'a> LocationCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::LocationReport>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: LocationReport` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/vehicle/{vehicle_id}/location`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::IngestReceipt>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, body } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicle/{}/location", client.baseurl, encode_path(& vehicle_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "location_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::status_create`]

[`Client::status_create`]: super::Client::status_create*/
    #[derive(Debug, Clone)]
    pub struct StatusCreate<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        body: Result<crate::models::StatusReport, String>,
    }
    impl<'a> StatusCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::StatusReport>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: StatusReport` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/vehicle/{vehicle_id}/status`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::IngestReceipt>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, body } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicle/{}/status", client.baseurl, encode_path(& vehicle_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "status_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::battery_create`]

[`Client::battery_create`]: super::Client::battery_create*/
    #[derive(Debug, Clone)]
    pub struct BatteryCreate<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        body: Result<crate::models::BatteryReport, String>,
    }
    impl<'a> BatteryCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::BatteryReport>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: BatteryReport` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/vehicle/{vehicle_id}/battery`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::IngestReceipt>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, body } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicle/{}/battery", client.baseurl, encode_path(& vehicle_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "battery_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::error_report_create`]

[`Client::error_report_create`]: super::Client::error_report_create*/
    #[derive(Debug, Clone)]
    pub struct ErrorReportCreate<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        body: Result<crate::models::ErrorReport, String>,
    }
    impl<'a> ErrorReportCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::ErrorReport>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: ErrorReport` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/vehicle/{vehicle_id}/error`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::IngestReceipt>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, body } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicle/{}/error", client.baseurl, encode_path(& vehicle_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "error_report_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::docking_create`]

[`Client::docking_create`]: super::Client::docking_create*/
    #[derive(Debug, Clone)]
    pub struct DockingCreate<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        body: Result<crate::models::DockingReport, String>,
    }
    impl<'a> DockingCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::DockingReport>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: DockingReport` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/vehicle/{vehicle_id}/docking`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::IngestReceipt>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, body } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicle/{}/docking", client.baseurl, encode_path(& vehicle_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "docking_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::telemetry_bulk_create`]

[`Client::telemetry_bulk_create`]: super::Client::telemetry_bulk_create*/
    #[derive(Debug, Clone)]
    pub struct TelemetryBulkCreate<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        body: Result<crate::models::BulkUpload, String>,
    }
    impl<'a> TelemetryBulkCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::BulkUpload>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: BulkUpload` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/vehicle/{vehicle_id}/bulk`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::BulkResult>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, body } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicle/{}/bulk", client.baseurl, encode_path(& vehicle_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "telemetry_bulk_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::vehicle_list`]

[`Client::vehicle_list`]: super::Client::vehicle_list*/
    #[derive(Debug, Clone)]
    pub struct VehicleList<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::VehicleListCursor>, String>,
        include_decommissioned: Result<Option<bool>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
    }
    impl<'a> VehicleList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                include_decommissioned: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VehicleListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `VehicleListCursor` for cursor failed".to_string()
                });
            self
        }
        pub fn include_decommissioned<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_decommissioned = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_decommissioned failed".to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/vehicles`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::VehiclePage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, cursor, include_decommissioned, limit } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let include_decommissioned = include_decommissioned
                .map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/vehicles", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(
                    &progenitor_client::QueryParam::new(
                        "include_decommissioned",
                        &include_decommissioned,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "vehicle_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::vehicle_create`]

[`Client::vehicle_create`]: super::Client::vehicle_create*/
    #[derive(Debug, Clone)]
    pub struct VehicleCreate<'a> {
        client: &'a super::Client,
        body: Result<crate::models::VehicleCreate, String>,
    }
    impl<'a> VehicleCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleCreate>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleCreate` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/vehicles`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::Vehicle>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/vehicles", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "vehicle_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::fleet_snapshot`]

[`Client::fleet_snapshot`]: super::Client::fleet_snapshot*/
    #[derive(Debug, Clone)]
    pub struct FleetSnapshot<'a> {
        client: &'a super::Client,
    }
    impl<'a> FleetSnapshot<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v1/fleet`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::FleetSnapshot>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/api/v1/fleet", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "fleet_snapshot",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::vehicle_view`]

[`Client::vehicle_view`]: super::Client::vehicle_view*/
    #[derive(Debug, Clone)]
    pub struct VehicleView<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
    }
    impl<'a> VehicleView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::VehicleSummary>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicles/{}", client.baseurl, encode_path(& vehicle_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "vehicle_view",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::vehicle_decommission`]

[`Client::vehicle_decommission`]: super::Client::vehicle_decommission*/
    #[derive(Debug, Clone)]
    pub struct VehicleDecommission<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
    }
    impl<'a> VehicleDecommission<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/v1/vehicles/{vehicle_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<crate::models::ErrorResponse>> {
            let Self { client, vehicle_id } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicles/{}", client.baseurl, encode_path(& vehicle_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "vehicle_decommission",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::vehicle_update`]

[`Client::vehicle_update`]: super::Client::vehicle_update*/
    #[derive(Debug, Clone)]
    pub struct VehicleUpdate<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        body: Result<crate::models::VehicleUpdate, String>,
    }
    impl<'a> VehicleUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleUpdate>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleUpdate` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PATCH` request to `/api/v1/vehicles/{vehicle_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::Vehicle>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, body } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicles/{}", client.baseurl, encode_path(& vehicle_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "vehicle_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::vehicle_location_list`]

[`Client::vehicle_location_list`]: super::Client::vehicle_location_list*/
    #[derive(Debug, Clone)]
    pub struct VehicleLocationList<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        cursor: Result<Option<types::VehicleLocationListCursor>, String>,
        from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> VehicleLocationList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                cursor: Ok(None),
                from: Ok(None),
                limit: Ok(None),
                to: Ok(None),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VehicleLocationListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `VehicleLocationListCursor` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/locations`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::LocationPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, cursor, from, limit, to } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicles/{}/locations", client.baseurl, encode_path(&
                vehicle_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("to", &to))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "vehicle_location_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::vehicle_status_list`]

[`Client::vehicle_status_list`]: super::Client::vehicle_status_list*/
    #[derive(Debug, Clone)]
    pub struct VehicleStatusList<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        cursor: Result<Option<types::VehicleStatusListCursor>, String>,
        from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> VehicleStatusList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                cursor: Ok(None),
                from: Ok(None),
                limit: Ok(None),
                to: Ok(None),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VehicleStatusListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `VehicleStatusListCursor` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/statuses`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::StatusPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, cursor, from, limit, to } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicles/{}/statuses", client.baseurl, encode_path(&
                vehicle_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("to", &to))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "vehicle_status_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::vehicle_battery_list`]

[`Client::vehicle_battery_list`]: super::Client::vehicle_battery_list*/
    #[derive(Debug, Clone)]
    pub struct VehicleBatteryList<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        cursor: Result<Option<types::VehicleBatteryListCursor>, String>,
        from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> VehicleBatteryList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                cursor: Ok(None),
                from: Ok(None),
                limit: Ok(None),
                to: Ok(None),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VehicleBatteryListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `VehicleBatteryListCursor` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/battery`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::BatteryPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, cursor, from, limit, to } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicles/{}/battery", client.baseurl, encode_path(& vehicle_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("to", &to))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "vehicle_battery_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::vehicle_docking_list`]

[`Client::vehicle_docking_list`]: super::Client::vehicle_docking_list*/
    #[derive(Debug, Clone)]
    pub struct VehicleDockingList<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        cursor: Result<Option<types::VehicleDockingListCursor>, String>,
        from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> VehicleDockingList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                cursor: Ok(None),
                from: Ok(None),
                limit: Ok(None),
                to: Ok(None),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VehicleDockingListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `VehicleDockingListCursor` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/docking`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::DockingPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, cursor, from, limit, to } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicles/{}/docking", client.baseurl, encode_path(& vehicle_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("to", &to))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "vehicle_docking_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::battery_health_view`]

[`Client::battery_health_view`]: super::Client::battery_health_view*/
    #[derive(Debug, Clone)]
    pub struct BatteryHealthView<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
    }
    impl<'a> BatteryHealthView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/battery/health`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::BatteryHealth>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicles/{}/battery/health", client.baseurl, encode_path(&
                vehicle_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "battery_health_view",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::location_history_list`]

[`Client::location_history_list`]: super::Client::location_history_list*/
    #[derive(Debug, Clone)]
    pub struct LocationHistoryList<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::LocationHistoryListCursor>, String>,
        from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        vehicle_ids: Result<::std::vec::Vec<crate::models::VehicleId>, String>,
    }
    impl<'a> LocationHistoryList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                from: Ok(None),
                limit: Ok(None),
                to: Ok(None),
                vehicle_ids: Err("vehicle_ids was not initialized".to_string()),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::LocationHistoryListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `LocationHistoryListCursor` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                        .to_string()
                });
            self
        }
        pub fn vehicle_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<crate::models::VehicleId>>,
        {
            self.vehicle_ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < crate :: models :: VehicleId >` for vehicle_ids failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/locations`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::LocationPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, cursor, from, limit, to, vehicle_ids } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let vehicle_ids = vehicle_ids.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/locations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("to", &to))
                .query(&progenitor_client::QueryParam::new("vehicle_ids", &vehicle_ids))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "location_history_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::location_tracks`]

[`Client::location_tracks`]: super::Client::location_tracks*/
    #[derive(Debug, Clone)]
    pub struct LocationTracks<'a> {
        client: &'a super::Client,
        from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        vehicle_ids: Result<::std::vec::Vec<crate::models::VehicleId>, String>,
    }
    impl<'a> LocationTracks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                from: Ok(None),
                to: Ok(None),
                vehicle_ids: Err("vehicle_ids was not initialized".to_string()),
            }
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                        .to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                        .to_string()
                });
            self
        }
        pub fn vehicle_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<crate::models::VehicleId>>,
        {
            self.vehicle_ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < crate :: models :: VehicleId >` for vehicle_ids failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/locations/tracks`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::LocationTracks>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, from, to, vehicle_ids } = self;
            let from = from.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let vehicle_ids = vehicle_ids.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/locations/tracks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("to", &to))
                .query(&progenitor_client::QueryParam::new("vehicle_ids", &vehicle_ids))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "location_tracks",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::docking_stats_list`]

[`Client::docking_stats_list`]: super::Client::docking_stats_list*/
    #[derive(Debug, Clone)]
    pub struct DockingStatsList<'a> {
        client: &'a super::Client,
        station_id: Result<Option<types::DockingStatsListStationId>, String>,
        vehicle_id: Result<Option<crate::models::VehicleId>, String>,
    }
    impl<'a> DockingStatsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                station_id: Ok(None),
                vehicle_id: Ok(None),
            }
        }
        pub fn station_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DockingStatsListStationId>,
        {
            self.station_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `DockingStatsListStationId` for station_id failed"
                        .to_string()
                });
            self
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/docking/stats`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::DockingStatsList>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, station_id, vehicle_id } = self;
            let station_id = station_id.map_err(Error::InvalidRequest)?;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/docking/stats", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("station_id", &station_id))
                .query(&progenitor_client::QueryParam::new("vehicle_id", &vehicle_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "docking_stats_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::error_list`]

[`Client::error_list`]: super::Client::error_list*/
    #[derive(Debug, Clone)]
    pub struct ErrorList<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::ErrorListCursor>, String>,
        from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        resolved: Result<Option<bool>, String>,
        severity: Result<Option<crate::models::ErrorSeverity>, String>,
        to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        vehicle_id: Result<Option<crate::models::VehicleId>, String>,
    }
    impl<'a> ErrorList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                from: Ok(None),
                limit: Ok(None),
                resolved: Ok(None),
                severity: Ok(None),
                to: Ok(None),
                vehicle_id: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ErrorListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ErrorListCursor` for cursor failed".to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn resolved<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.resolved = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for resolved failed".to_string());
            self
        }
        pub fn severity<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::ErrorSeverity>,
        {
            self.severity = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: models :: ErrorSeverity` for severity failed"
                        .to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                        .to_string()
                });
            self
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/errors`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::ErrorPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self {
                client,
                cursor,
                from,
                limit,
                resolved,
                severity,
                to,
                vehicle_id,
            } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let resolved = resolved.map_err(Error::InvalidRequest)?;
            let severity = severity.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/errors", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("resolved", &resolved))
                .query(&progenitor_client::QueryParam::new("severity", &severity))
                .query(&progenitor_client::QueryParam::new("to", &to))
                .query(&progenitor_client::QueryParam::new("vehicle_id", &vehicle_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "error_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::error_resolve`]

[`Client::error_resolve`]: super::Client::error_resolve*/
    #[derive(Debug, Clone)]
    pub struct ErrorResolve<'a> {
        client: &'a super::Client,
        error_id: Result<::std::num::NonZeroU64, String>,
        body: Result<crate::models::ErrorResolve, String>,
    }
    impl<'a> ErrorResolve<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                error_id: Err("error_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn error_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.error_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for error_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::ErrorResolve>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: ErrorResolve` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/errors/{error_id}/resolve`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::ErrorRecord>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, error_id, body } = self;
            let error_id = error_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/errors/{}/resolve", client.baseurl, encode_path(& error_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "error_resolve",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::mission_list`]

[`Client::mission_list`]: super::Client::mission_list*/
    #[derive(Debug, Clone)]
    pub struct MissionList<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::MissionListCursor>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        status: Result<Option<crate::models::MissionStatus>, String>,
        vehicle_id: Result<Option<crate::models::VehicleId>, String>,
    }
    impl<'a> MissionList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
                status: Ok(None),
                vehicle_id: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MissionListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `MissionListCursor` for cursor failed".to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::MissionStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: models :: MissionStatus` for status failed"
                        .to_string()
                });
            self
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/missions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::MissionPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, cursor, limit, status, vehicle_id } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/missions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("vehicle_id", &vehicle_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "mission_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::mission_view`]

[`Client::mission_view`]: super::Client::mission_view*/
    #[derive(Debug, Clone)]
    pub struct MissionView<'a> {
        client: &'a super::Client,
        mission_id: Result<types::MissionViewMissionId, String>,
    }
    impl<'a> MissionView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                mission_id: Err("mission_id was not initialized".to_string()),
            }
        }
        pub fn mission_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MissionViewMissionId>,
        {
            self.mission_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MissionViewMissionId` for mission_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/missions/{mission_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::Mission>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, mission_id } = self;
            let mission_id = mission_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/missions/{}", client.baseurl, encode_path(& mission_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "mission_view",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::reservation_list`]

[`Client::reservation_list`]: super::Client::reservation_list*/
    #[derive(Debug, Clone)]
    pub struct ReservationList<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::ReservationListCursor>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        status: Result<Option<crate::models::ReservationStatus>, String>,
    }
    impl<'a> ReservationList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
                status: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReservationListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ReservationListCursor` for cursor failed".to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::ReservationStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: models :: ReservationStatus` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/reservations`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::ReservationPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, cursor, limit, status } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/reservations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "reservation_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::reservation_create`]

[`Client::reservation_create`]: super::Client::reservation_create*/
    #[derive(Debug, Clone)]
    pub struct ReservationCreate<'a> {
        client: &'a super::Client,
        body: Result<crate::models::ReservationCreate, String>,
    }
    impl<'a> ReservationCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::ReservationCreate>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: ReservationCreate` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/reservations`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::Reservation>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/reservations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "reservation_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::command_list`]

[`Client::command_list`]: super::Client::command_list*/
    #[derive(Debug, Clone)]
    pub struct CommandList<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        cursor: Result<Option<types::CommandListCursor>, String>,
        from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> CommandList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                cursor: Ok(None),
                from: Ok(None),
                limit: Ok(None),
                to: Ok(None),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CommandListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CommandListCursor` for cursor failed".to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/commands`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::CommandPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, cursor, from, limit, to } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicles/{}/commands", client.baseurl, encode_path(&
                vehicle_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("to", &to))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "command_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::command_create`]

[`Client::command_create`]: super::Client::command_create*/
    #[derive(Debug, Clone)]
    pub struct CommandCreate<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        body: Result<crate::models::CommandCreate, String>,
    }
    impl<'a> CommandCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::CommandCreate>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: CommandCreate` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/vehicles/{vehicle_id}/commands`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::CommandAccepted>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, body } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicles/{}/commands", client.baseurl, encode_path(&
                vehicle_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "command_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::command_view`]

[`Client::command_view`]: super::Client::command_view*/
    #[derive(Debug, Clone)]
    pub struct CommandView<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        command_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> CommandView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                command_id: Err("command_id was not initialized".to_string()),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn command_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.command_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for command_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/vehicles/{vehicle_id}/commands/{command_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::CommandRecord>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, command_id } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let command_id = command_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/vehicles/{}/commands/{}", client.baseurl, encode_path(&
                vehicle_id.to_string()), encode_path(& command_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "command_view",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::client_list`]

[`Client::client_list`]: super::Client::client_list*/
    #[derive(Debug, Clone)]
    pub struct ClientList<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::ClientListCursor>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
    }
    impl<'a> ClientList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ClientListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ClientListCursor` for cursor failed".to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/clients`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::ClientPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, cursor, limit } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/clients", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "client_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::client_create`]

[`Client::client_create`]: super::Client::client_create*/
    #[derive(Debug, Clone)]
    pub struct ClientCreate<'a> {
        client: &'a super::Client,
        body: Result<crate::models::ClientCreate, String>,
    }
    impl<'a> ClientCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::ClientCreate>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: ClientCreate` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/clients`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::ClientCreated>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/clients", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "client_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::client_revoke`]

[`Client::client_revoke`]: super::Client::client_revoke*/
    #[derive(Debug, Clone)]
    pub struct ClientRevoke<'a> {
        client: &'a super::Client,
        client_id: Result<types::ClientRevokeClientId, String>,
    }
    impl<'a> ClientRevoke<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                client_id: Err("client_id was not initialized".to_string()),
            }
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ClientRevokeClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ClientRevokeClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/v1/clients/{client_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<crate::models::ErrorResponse>> {
            let Self { client, client_id } = self;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/clients/{}", client.baseurl, encode_path(& client_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "client_revoke",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::audit_log_list`]

[`Client::audit_log_list`]: super::Client::audit_log_list*/
    #[derive(Debug, Clone)]
    pub struct AuditLogList<'a> {
        client: &'a super::Client,
        action: Result<Option<types::AuditLogListAction>, String>,
        cursor: Result<Option<types::AuditLogListCursor>, String>,
        from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        vehicle_id: Result<Option<crate::models::VehicleId>, String>,
    }
    impl<'a> AuditLogList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                action: Ok(None),
                cursor: Ok(None),
                from: Ok(None),
                limit: Ok(None),
                to: Ok(None),
                vehicle_id: Ok(None),
            }
        }
        pub fn action<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AuditLogListAction>,
        {
            self.action = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AuditLogListAction` for action failed".to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AuditLogListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AuditLogListCursor` for cursor failed".to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                        .to_string()
                });
            self
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/audit-logs`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::AuditPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, action, cursor, from, limit, to, vehicle_id } = self;
            let action = action.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/audit-logs", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("action", &action))
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("to", &to))
                .query(&progenitor_client::QueryParam::new("vehicle_id", &vehicle_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "audit_log_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::stream_open`]

[`Client::stream_open`]: super::Client::stream_open*/
    #[derive(Debug, Clone)]
    pub struct StreamOpen<'a> {
        client: &'a super::Client,
        token: Result<Option<types::StreamOpenToken>, String>,
        vehicle_ids: Result<
            Option<::std::vec::Vec<types::StreamOpenVehicleIdsItem>>,
            String,
        >,
    }
    impl<'a> StreamOpen<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                token: Ok(None),
                vehicle_ids: Ok(None),
            }
        }
        pub fn token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StreamOpenToken>,
        {
            self.token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `StreamOpenToken` for token failed".to_string()
                });
            self
        }
        pub fn vehicle_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::StreamOpenVehicleIdsItem>>,
        {
            self.vehicle_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < StreamOpenVehicleIdsItem >` for vehicle_ids failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/stream`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<crate::models::ErrorResponse>> {
            let Self { client, token, vehicle_ids } = self;
            let token = token.map_err(Error::InvalidRequest)?;
            let vehicle_ids = vehicle_ids.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/stream", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("token", &token))
                .query(&progenitor_client::QueryParam::new("vehicle_ids", &vehicle_ids))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "stream_open",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::vehicle_socket_open`]

[`Client::vehicle_socket_open`]: super::Client::vehicle_socket_open*/
    #[derive(Debug, Clone)]
    pub struct VehicleSocketOpen<'a> {
        client: &'a super::Client,
        vehicle_id: Result<crate::models::VehicleId, String>,
        token: Result<Option<types::VehicleSocketOpenToken>, String>,
    }
    impl<'a> VehicleSocketOpen<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vehicle_id: Err("vehicle_id was not initialized".to_string()),
                token: Ok(None),
            }
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        pub fn token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VehicleSocketOpenToken>,
        {
            self.token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `VehicleSocketOpenToken` for token failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/ws/vehicle/{vehicle_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<reqwest::Upgraded>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, vehicle_id, token } = self;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let token = token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/ws/vehicle/{}", client.baseurl, encode_path(& vehicle_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("token", &token))
                .headers(header_map)
                .header(::reqwest::header::CONNECTION, "Upgrade")
                .header(::reqwest::header::UPGRADE, "websocket")
                .header(::reqwest::header::SEC_WEBSOCKET_VERSION, "13")
                .header(
                    ::reqwest::header::SEC_WEBSOCKET_KEY,
                    ::base64::Engine::encode(
                        &::base64::engine::general_purpose::STANDARD,
                        ::rand::random::<[u8; 16]>(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "vehicle_socket_open",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                101u16 => ResponseValue::upgrade(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::fleet_socket_open`]

[`Client::fleet_socket_open`]: super::Client::fleet_socket_open*/
    #[derive(Debug, Clone)]
    pub struct FleetSocketOpen<'a> {
        client: &'a super::Client,
        token: Result<Option<types::FleetSocketOpenToken>, String>,
    }
    impl<'a> FleetSocketOpen<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                token: Ok(None),
            }
        }
        pub fn token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FleetSocketOpenToken>,
        {
            self.token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `FleetSocketOpenToken` for token failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/ws/fleet`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<reqwest::Upgraded>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, token } = self;
            let token = token.map_err(Error::InvalidRequest)?;
            let url = format!("{}/ws/fleet", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("token", &token))
                .headers(header_map)
                .header(::reqwest::header::CONNECTION, "Upgrade")
                .header(::reqwest::header::UPGRADE, "websocket")
                .header(::reqwest::header::SEC_WEBSOCKET_VERSION, "13")
                .header(
                    ::reqwest::header::SEC_WEBSOCKET_KEY,
                    ::base64::Engine::encode(
                        &::base64::engine::general_purpose::STANDARD,
                        ::rand::random::<[u8; 16]>(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "fleet_socket_open",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                101u16 => ResponseValue::upgrade(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::health_view`]

[`Client::health_view`]: super::Client::health_view*/
    #[derive(Debug, Clone)]
    pub struct HealthView<'a> {
        client: &'a super::Client,
    }
    impl<'a> HealthView<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/health`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::HealthReport>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/health", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "health_view",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::alert_list`]

[`Client::alert_list`]: super::Client::alert_list*/
    #[derive(Debug, Clone)]
    pub struct AlertList<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::AlertListCursor>, String>,
        from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        kind: Result<Option<crate::models::AlertKind>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        severity: Result<Option<crate::models::ErrorSeverity>, String>,
        status: Result<Option<crate::models::AlertStatus>, String>,
        to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        vehicle_id: Result<Option<crate::models::VehicleId>, String>,
    }
    impl<'a> AlertList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                from: Ok(None),
                kind: Ok(None),
                limit: Ok(None),
                severity: Ok(None),
                status: Ok(None),
                to: Ok(None),
                vehicle_id: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AlertListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AlertListCursor` for cursor failed".to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                        .to_string()
                });
            self
        }
        pub fn kind<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::AlertKind>,
        {
            self.kind = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: models :: AlertKind` for kind failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn severity<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::ErrorSeverity>,
        {
            self.severity = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: models :: ErrorSeverity` for severity failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::AlertStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: models :: AlertStatus` for status failed"
                        .to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                        .to_string()
                });
            self
        }
        pub fn vehicle_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::VehicleId>,
        {
            self.vehicle_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: models :: VehicleId` for vehicle_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/alerts`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::AlertPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self {
                client,
                cursor,
                from,
                kind,
                limit,
                severity,
                status,
                to,
                vehicle_id,
            } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let kind = kind.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let severity = severity.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let vehicle_id = vehicle_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/alerts", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("kind", &kind))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("severity", &severity))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("to", &to))
                .query(&progenitor_client::QueryParam::new("vehicle_id", &vehicle_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "alert_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::alert_acknowledge`]

[`Client::alert_acknowledge`]: super::Client::alert_acknowledge*/
    #[derive(Debug, Clone)]
    pub struct AlertAcknowledge<'a> {
        client: &'a super::Client,
        alert_id: Result<::uuid::Uuid, String>,
        body: Result<crate::models::AlertAcknowledge, String>,
    }
    impl<'a> AlertAcknowledge<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                alert_id: Err("alert_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn alert_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.alert_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for alert_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::AlertAcknowledge>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: AlertAcknowledge` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/alerts/{alert_id}/acknowledge`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::Alert>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, alert_id, body } = self;
            let alert_id = alert_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/alerts/{}/acknowledge", client.baseurl, encode_path(& alert_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "alert_acknowledge",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::webhook_list`]

[`Client::webhook_list`]: super::Client::webhook_list*/
    #[derive(Debug, Clone)]
    pub struct WebhookList<'a> {
        client: &'a super::Client,
    }
    impl<'a> WebhookList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v1/webhooks`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::WebhookPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/api/v1/webhooks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "webhook_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::webhook_create`]

[`Client::webhook_create`]: super::Client::webhook_create*/
    #[derive(Debug, Clone)]
    pub struct WebhookCreate<'a> {
        client: &'a super::Client,
        body: Result<crate::models::WebhookCreate, String>,
    }
    impl<'a> WebhookCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::WebhookCreate>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: models :: WebhookCreate` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/webhooks`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::WebhookCreated>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/webhooks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "webhook_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::webhook_delete`]

[`Client::webhook_delete`]: super::Client::webhook_delete*/
    #[derive(Debug, Clone)]
    pub struct WebhookDelete<'a> {
        client: &'a super::Client,
        webhook_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> WebhookDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webhook_id: Err("webhook_id was not initialized".to_string()),
            }
        }
        pub fn webhook_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.webhook_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for webhook_id failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/v1/webhooks/{webhook_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<crate::models::ErrorResponse>> {
            let Self { client, webhook_id } = self;
            let webhook_id = webhook_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/webhooks/{}", client.baseurl, encode_path(& webhook_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "webhook_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::webhook_delivery_list`]

[`Client::webhook_delivery_list`]: super::Client::webhook_delivery_list*/
    #[derive(Debug, Clone)]
    pub struct WebhookDeliveryList<'a> {
        client: &'a super::Client,
        webhook_id: Result<::uuid::Uuid, String>,
        cursor: Result<Option<types::WebhookDeliveryListCursor>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
    }
    impl<'a> WebhookDeliveryList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webhook_id: Err("webhook_id was not initialized".to_string()),
                cursor: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn webhook_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.webhook_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for webhook_id failed".to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WebhookDeliveryListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `WebhookDeliveryListCursor` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/webhooks/{webhook_id}/deliveries`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::models::WebhookDeliveryPage>,
            Error<crate::models::ErrorResponse>,
        > {
            let Self { client, webhook_id, cursor, limit } = self;
            let webhook_id = webhook_id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/webhooks/{}/deliveries", client.baseurl, encode_path(&
                webhook_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "webhook_delivery_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
