/// Path parameters of `location_create`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct LocationCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
impl LocationCreatePath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(LocationCreatePath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Path parameters of `status_create`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct StatusCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
impl StatusCreatePath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(StatusCreatePath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Path parameters of `battery_create`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct BatteryCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
impl BatteryCreatePath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(BatteryCreatePath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Path parameters of `error_report_create`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ErrorReportCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
impl ErrorReportCreatePath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(ErrorReportCreatePath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Path parameters of `docking_create`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct DockingCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
impl DockingCreatePath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(DockingCreatePath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Path parameters of `telemetry_bulk_create`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct TelemetryBulkCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
impl TelemetryBulkCreatePath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(TelemetryBulkCreatePath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Query parameters of `vehicle_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleListQuery {
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
    /// Also list decommissioned vehicles.
    #[serde(default)]
    pub include_decommissioned: Option<bool>,
}
/// Path parameters of `vehicle_view`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleViewPath {
    pub vehicle_id: crate::models::VehicleId,
}
impl VehicleViewPath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(VehicleViewPath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Path parameters of `vehicle_update`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleUpdatePath {
    pub vehicle_id: crate::models::VehicleId,
}
impl VehicleUpdatePath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(VehicleUpdatePath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Path parameters of `vehicle_decommission`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleDecommissionPath {
    pub vehicle_id: crate::models::VehicleId,
}
impl VehicleDecommissionPath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(VehicleDecommissionPath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Path parameters of `vehicle_location_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleLocationListPath {
    pub vehicle_id: crate::models::VehicleId,
}
impl VehicleLocationListPath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(VehicleLocationListPath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Query parameters of `vehicle_location_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleLocationListQuery {
    /// Start of the time range (inclusive).
    #[serde(default)]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the time range (exclusive).
    #[serde(default)]
    pub to: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// Path parameters of `vehicle_status_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleStatusListPath {
    pub vehicle_id: crate::models::VehicleId,
}
impl VehicleStatusListPath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(VehicleStatusListPath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Query parameters of `vehicle_status_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleStatusListQuery {
    /// Start of the time range (inclusive).
    #[serde(default)]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the time range (exclusive).
    #[serde(default)]
    pub to: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// Path parameters of `vehicle_battery_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleBatteryListPath {
    pub vehicle_id: crate::models::VehicleId,
}
impl VehicleBatteryListPath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(VehicleBatteryListPath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Query parameters of `vehicle_battery_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleBatteryListQuery {
    /// Start of the time range (inclusive).
    #[serde(default)]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the time range (exclusive).
    #[serde(default)]
    pub to: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// Path parameters of `vehicle_docking_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleDockingListPath {
    pub vehicle_id: crate::models::VehicleId,
}
impl VehicleDockingListPath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(VehicleDockingListPath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Query parameters of `vehicle_docking_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleDockingListQuery {
    /// Start of the time range (inclusive).
    #[serde(default)]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the time range (exclusive).
    #[serde(default)]
    pub to: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// Path parameters of `battery_health_view`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct BatteryHealthViewPath {
    pub vehicle_id: crate::models::VehicleId,
}
impl BatteryHealthViewPath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(BatteryHealthViewPath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Query parameters of `location_history_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct LocationHistoryListQuery {
    /// Vehicle ids, 1 to 100, comma-separated (`style: form, explode: false`); the parameter may also be repeated (`explode: true`) and the lists are joined.
    pub vehicle_ids: Vec<crate::models::VehicleId>,
    /// Start of the time range (inclusive).
    #[serde(default)]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the time range (exclusive).
    #[serde(default)]
    pub to: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// Query parameters of `location_tracks`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct LocationTracksQuery {
    /// Vehicle ids, 1 to 100, comma-separated (`style: form, explode: false`); the parameter may also be repeated (`explode: true`) and the lists are joined.
    pub vehicle_ids: Vec<crate::models::VehicleId>,
    /// Start of the time range (inclusive).
    #[serde(default)]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the time range (exclusive).
    #[serde(default)]
    pub to: Option<chrono::DateTime<chrono::Utc>>,
}
/// Query parameters of `docking_stats_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct DockingStatsListQuery {
    #[serde(default)]
    pub vehicle_id: Option<crate::models::VehicleId>,
    #[serde(default)]
    pub station_id: Option<String>,
}
/// Query parameters of `error_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ErrorListQuery {
    #[serde(default)]
    pub vehicle_id: Option<crate::models::VehicleId>,
    #[serde(default)]
    pub severity: Option<crate::models::ErrorSeverity>,
    #[serde(default)]
    pub resolved: Option<bool>,
    /// Start of the time range (inclusive).
    #[serde(default)]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the time range (exclusive).
    #[serde(default)]
    pub to: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// Path parameters of `error_resolve`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ErrorResolvePath {
    pub error_id: i64,
}
impl ErrorResolvePath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(ErrorResolvePath {
            error_id: crate::front::extract::path_parameter::<i64>(rq, "error_id")?,
        })
    }
}
/// Query parameters of `mission_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct MissionListQuery {
    #[serde(default)]
    pub vehicle_id: Option<crate::models::VehicleId>,
    #[serde(default)]
    pub status: Option<crate::models::MissionStatus>,
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// Path parameters of `mission_view`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct MissionViewPath {
    pub mission_id: String,
}
impl MissionViewPath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(MissionViewPath {
            mission_id: crate::front::extract::path_parameter::<
                String,
            >(rq, "mission_id")?,
        })
    }
}
/// Query parameters of `reservation_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ReservationListQuery {
    #[serde(default)]
    pub status: Option<crate::models::ReservationStatus>,
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// Path parameters of `command_create`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct CommandCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
impl CommandCreatePath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(CommandCreatePath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Path parameters of `command_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct CommandListPath {
    pub vehicle_id: crate::models::VehicleId,
}
impl CommandListPath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(CommandListPath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Query parameters of `command_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct CommandListQuery {
    /// Start of the time range (inclusive).
    #[serde(default)]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the time range (exclusive).
    #[serde(default)]
    pub to: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// Path parameters of `command_view`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct CommandViewPath {
    pub vehicle_id: crate::models::VehicleId,
    pub command_id: uuid::Uuid,
}
impl CommandViewPath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(CommandViewPath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
            command_id: crate::front::extract::path_parameter::<
                uuid::Uuid,
            >(rq, "command_id")?,
        })
    }
}
/// Query parameters of `client_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ClientListQuery {
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// Path parameters of `client_revoke`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ClientRevokePath {
    pub client_id: String,
}
impl ClientRevokePath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(ClientRevokePath {
            client_id: crate::front::extract::path_parameter::<String>(rq, "client_id")?,
        })
    }
}
/// Query parameters of `audit_log_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct AuditLogListQuery {
    #[serde(default)]
    pub vehicle_id: Option<crate::models::VehicleId>,
    #[serde(default)]
    pub action: Option<String>,
    /// Start of the time range (inclusive).
    #[serde(default)]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the time range (exclusive).
    #[serde(default)]
    pub to: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// Query parameters of `stream_open`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct StreamOpenQuery {
    /// Vehicle ids, comma-separated (`style: form, explode: false`; the parameter may also be repeated), or `*` (the default) for the whole fleet. At most 1000 ids, and the query within 4096 characters so the request head stays within the HTTP layer's limits (longer lists: subscribe to `*`, or use the fleet socket's `subscribe`).
    #[serde(default)]
    pub vehicle_ids: Option<Vec<String>>,
    /// Bearer token, for clients that cannot set the Authorization header (browsers' WebSocket and EventSource).
    #[serde(default)]
    pub token: Option<String>,
}
/// Path parameters of `vehicle_socket_open`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleSocketOpenPath {
    pub vehicle_id: crate::models::VehicleId,
}
impl VehicleSocketOpenPath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(VehicleSocketOpenPath {
            vehicle_id: crate::front::extract::path_parameter::<
                crate::models::VehicleId,
            >(rq, "vehicle_id")?,
        })
    }
}
/// Query parameters of `vehicle_socket_open`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct VehicleSocketOpenQuery {
    /// Bearer token, for clients that cannot set the Authorization header (browsers' WebSocket and EventSource).
    #[serde(default)]
    pub token: Option<String>,
}
/// Query parameters of `fleet_socket_open`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct FleetSocketOpenQuery {
    /// Bearer token, for clients that cannot set the Authorization header (browsers' WebSocket and EventSource).
    #[serde(default)]
    pub token: Option<String>,
}
/// Query parameters of `alert_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct AlertListQuery {
    #[serde(default)]
    pub vehicle_id: Option<crate::models::VehicleId>,
    #[serde(default)]
    pub kind: Option<crate::models::AlertKind>,
    #[serde(default)]
    pub severity: Option<crate::models::ErrorSeverity>,
    #[serde(default)]
    pub status: Option<crate::models::AlertStatus>,
    /// Start of the time range (inclusive).
    #[serde(default)]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the time range (exclusive).
    #[serde(default)]
    pub to: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// Path parameters of `alert_acknowledge`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct AlertAcknowledgePath {
    pub alert_id: uuid::Uuid,
}
impl AlertAcknowledgePath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(AlertAcknowledgePath {
            alert_id: crate::front::extract::path_parameter::<
                uuid::Uuid,
            >(rq, "alert_id")?,
        })
    }
}
/// Path parameters of `webhook_delete`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct WebhookDeletePath {
    pub webhook_id: uuid::Uuid,
}
impl WebhookDeletePath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(WebhookDeletePath {
            webhook_id: crate::front::extract::path_parameter::<
                uuid::Uuid,
            >(rq, "webhook_id")?,
        })
    }
}
/// Path parameters of `webhook_delivery_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct WebhookDeliveryListPath {
    pub webhook_id: uuid::Uuid,
}
impl WebhookDeliveryListPath {
    /// The path parameters of the routed request.
    pub fn from_request(rq: &crate::front::Rq) -> Result<Self, crate::error::ApiError> {
        Ok(WebhookDeliveryListPath {
            webhook_id: crate::front::extract::path_parameter::<
                uuid::Uuid,
            >(rq, "webhook_id")?,
        })
    }
}
/// Query parameters of `webhook_delivery_list`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct WebhookDeliveryListQuery {
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// One function per operation of `openapi/tvm.json`: extraction,
/// the hand-written handler, the typed answer.
pub mod operations {
    use super::*;
    /// `POST /api/v1/auth/token`: Exchange client credentials for tokens (`crate::http::auth::token_create`).
    pub async fn token_create(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        crate::front::extract::no_query(&rq)?;
        let body = crate::front::extract::json_body::<
            crate::models::TokenRequest,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::TokenResponse = crate::http::auth::token_create(
                            &rq,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/auth/refresh`: Rotate a refresh token (`crate::http::auth::token_refresh`).
    pub async fn token_refresh(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        crate::front::extract::no_query(&rq)?;
        let body = crate::front::extract::json_body::<
            crate::models::RefreshRequest,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::TokenResponse = crate::http::auth::token_refresh(
                            &rq,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/vehicle/{vehicle_id}/location`: Report a position (`crate::http::telemetry::location_create`).
    pub async fn location_create(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = LocationCreatePath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Vehicle, crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(
                    rq.context(),
                    rq.request.headers(),
                    &roles,
                    Some(path.vehicle_id.as_str()),
                )
                .await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::LocationReport,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::IngestReceipt = crate::http::telemetry::location_create(
                            &rq,
                            path,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/vehicle/{vehicle_id}/status`: Report the vehicle state (`crate::http::telemetry::status_create`).
    pub async fn status_create(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = StatusCreatePath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Vehicle, crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(
                    rq.context(),
                    rq.request.headers(),
                    &roles,
                    Some(path.vehicle_id.as_str()),
                )
                .await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::StatusReport,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::IngestReceipt = crate::http::telemetry::status_create(
                            &rq,
                            path,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/vehicle/{vehicle_id}/battery`: Report a battery reading (`crate::http::telemetry::battery_create`).
    pub async fn battery_create(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = BatteryCreatePath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Vehicle, crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(
                    rq.context(),
                    rq.request.headers(),
                    &roles,
                    Some(path.vehicle_id.as_str()),
                )
                .await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::BatteryReport,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::IngestReceipt = crate::http::telemetry::battery_create(
                            &rq,
                            path,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/vehicle/{vehicle_id}/error`: Report a vehicle error (`crate::http::telemetry::error_report_create`).
    pub async fn error_report_create(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = ErrorReportCreatePath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Vehicle, crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(
                    rq.context(),
                    rq.request.headers(),
                    &roles,
                    Some(path.vehicle_id.as_str()),
                )
                .await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::ErrorReport,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::IngestReceipt = crate::http::telemetry::error_report_create(
                            &rq,
                            path,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/vehicle/{vehicle_id}/docking`: Report docking progress (`crate::http::telemetry::docking_create`).
    pub async fn docking_create(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = DockingCreatePath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Vehicle, crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(
                    rq.context(),
                    rq.request.headers(),
                    &roles,
                    Some(path.vehicle_id.as_str()),
                )
                .await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::DockingReport,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::IngestReceipt = crate::http::telemetry::docking_create(
                            &rq,
                            path,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/vehicle/{vehicle_id}/bulk`: Upload buffered telemetry (`crate::http::telemetry::telemetry_bulk_create`).
    pub async fn telemetry_bulk_create(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = TelemetryBulkCreatePath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Vehicle, crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(
                    rq.context(),
                    rq.request.headers(),
                    &roles,
                    Some(path.vehicle_id.as_str()),
                )
                .await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::BulkUpload,
        >(&rq, request, 4194304usize)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::BulkResult = crate::http::telemetry::telemetry_bulk_create(
                            &rq,
                            path,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/vehicles`: List the fleet with latest state (`crate::http::fleet::vehicle_list`).
    pub async fn vehicle_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let query: VehicleListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::VehiclePage = crate::http::fleet::vehicle_list(
                            &rq,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/vehicles`: Register a vehicle (`crate::http::admin::vehicle_create`).
    pub async fn vehicle_create(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(rq.context(), rq.request.headers(), &roles, None).await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::VehicleCreate,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::Vehicle = crate::http::admin::vehicle_create(
                            &rq,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(201, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/fleet`: The whole fleet's latest state in one answer (`crate::http::fleet::fleet_snapshot`).
    pub async fn fleet_snapshot(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        crate::front::extract::no_query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: http::Response<dropshot::Body> = crate::http::fleet::fleet_snapshot(
                            &rq,
                        )
                        .await?;
                    Ok(answer)
                },
            )
            .await
    }
    /// `GET /api/v1/vehicles/{vehicle_id}`: One vehicle with its latest state (`crate::http::fleet::vehicle_view`).
    pub async fn vehicle_view(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = VehicleViewPath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::VehicleSummary = crate::http::fleet::vehicle_view(
                            &rq,
                            path,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `PATCH /api/v1/vehicles/{vehicle_id}`: Change a vehicle's registration (`crate::http::admin::vehicle_update`).
    pub async fn vehicle_update(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = VehicleUpdatePath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(rq.context(), rq.request.headers(), &roles, None).await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::VehicleUpdate,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::Vehicle = crate::http::admin::vehicle_update(
                            &rq,
                            path,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `DELETE /api/v1/vehicles/{vehicle_id}`: Decommission a vehicle (`crate::http::admin::vehicle_decommission`).
    pub async fn vehicle_decommission(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = VehicleDecommissionPath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let (): () = crate::http::admin::vehicle_decommission(&rq, path)
                        .await?;
                    Ok(crate::front::empty_answer(204))
                },
            )
            .await
    }
    /// `GET /api/v1/vehicles/{vehicle_id}/locations`: History of a vehicle's locations (`crate::http::history::vehicle_location_list`).
    pub async fn vehicle_location_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = VehicleLocationListPath::from_request(&rq)?;
        let query: VehicleLocationListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::LocationPage = crate::http::history::vehicle_location_list(
                            &rq,
                            path,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/vehicles/{vehicle_id}/statuses`: History of a vehicle's status reports (`crate::http::history::vehicle_status_list`).
    pub async fn vehicle_status_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = VehicleStatusListPath::from_request(&rq)?;
        let query: VehicleStatusListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::StatusPage = crate::http::history::vehicle_status_list(
                            &rq,
                            path,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/vehicles/{vehicle_id}/battery`: History of a vehicle's battery readings (`crate::http::history::vehicle_battery_list`).
    pub async fn vehicle_battery_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = VehicleBatteryListPath::from_request(&rq)?;
        let query: VehicleBatteryListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::BatteryPage = crate::http::history::vehicle_battery_list(
                            &rq,
                            path,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/vehicles/{vehicle_id}/docking`: History of a vehicle's docking reports (`crate::http::history::vehicle_docking_list`).
    pub async fn vehicle_docking_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = VehicleDockingListPath::from_request(&rq)?;
        let query: VehicleDockingListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::DockingPage = crate::http::history::vehicle_docking_list(
                            &rq,
                            path,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/vehicles/{vehicle_id}/battery/health`: Battery health of a vehicle (`crate::http::history::battery_health_view`).
    pub async fn battery_health_view(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = BatteryHealthViewPath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::BatteryHealth = crate::http::history::battery_health_view(
                            &rq,
                            path,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/locations`: Location history of several vehicles (`crate::http::history::location_history_list`).
    pub async fn location_history_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let query: LocationHistoryListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::LocationPage = crate::http::history::location_history_list(
                            &rq,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/locations/tracks`: Location tracks of several vehicles (`crate::http::history::location_tracks`).
    pub async fn location_tracks(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let query: LocationTracksQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: http::Response<dropshot::Body> = crate::http::history::location_tracks(
                            &rq,
                            query,
                        )
                        .await?;
                    Ok(answer)
                },
            )
            .await
    }
    /// `GET /api/v1/docking/stats`: Docking success rates (`crate::http::history::docking_stats_list`).
    pub async fn docking_stats_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let query: DockingStatsListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::DockingStatsList = crate::http::history::docking_stats_list(
                            &rq,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/errors`: List error reports (`crate::http::errors::error_list`).
    pub async fn error_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let query: ErrorListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::ErrorPage = crate::http::errors::error_list(
                            &rq,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/errors/{error_id}/resolve`: Resolve an error report (`crate::http::errors::error_resolve`).
    pub async fn error_resolve(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = ErrorResolvePath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Operator, crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(rq.context(), rq.request.headers(), &roles, None).await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::ErrorResolve,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::ErrorRecord = crate::http::errors::error_resolve(
                            &rq,
                            path,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/missions`: List missions (`crate::http::missions::mission_list`).
    pub async fn mission_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let query: MissionListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::MissionPage = crate::http::missions::mission_list(
                            &rq,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/missions/{mission_id}`: One mission (`crate::http::missions::mission_view`).
    pub async fn mission_view(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = MissionViewPath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::Mission = crate::http::missions::mission_view(
                            &rq,
                            path,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/reservations`: List reservations (`crate::http::missions::reservation_list`).
    pub async fn reservation_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let query: ReservationListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::ReservationPage = crate::http::missions::reservation_list(
                            &rq,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/reservations`: Create a reservation (`crate::http::missions::reservation_create`).
    pub async fn reservation_create(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Operator, crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(rq.context(), rq.request.headers(), &roles, None).await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::ReservationCreate,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::Reservation = crate::http::missions::reservation_create(
                            &rq,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(201, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/vehicles/{vehicle_id}/commands`: Send a command to a vehicle (`crate::http::commands::command_create`).
    pub async fn command_create(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = CommandCreatePath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Operator, crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(rq.context(), rq.request.headers(), &roles, None).await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::CommandCreate,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::CommandAccepted = crate::http::commands::command_create(
                            &rq,
                            path,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(202, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/vehicles/{vehicle_id}/commands`: Command history of a vehicle (`crate::http::commands::command_list`).
    pub async fn command_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = CommandListPath::from_request(&rq)?;
        let query: CommandListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::CommandPage = crate::http::commands::command_list(
                            &rq,
                            path,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/vehicles/{vehicle_id}/commands/{command_id}`: One command and its delivery state (`crate::http::commands::command_view`).
    pub async fn command_view(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = CommandViewPath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::CommandRecord = crate::http::commands::command_view(
                            &rq,
                            path,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/clients`: Register an API client (`crate::http::admin::client_create`).
    pub async fn client_create(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(rq.context(), rq.request.headers(), &roles, None).await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::ClientCreate,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::ClientCreated = crate::http::admin::client_create(
                            &rq,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(201, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/clients`: List API clients (`crate::http::admin::client_list`).
    pub async fn client_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let query: ClientListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::ClientPage = crate::http::admin::client_list(
                            &rq,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `DELETE /api/v1/clients/{client_id}`: Revoke an API client (`crate::http::admin::client_revoke`).
    pub async fn client_revoke(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = ClientRevokePath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let (): () = crate::http::admin::client_revoke(&rq, path).await?;
                    Ok(crate::front::empty_answer(204))
                },
            )
            .await
    }
    /// `GET /api/v1/audit-logs`: Read the audit log (`crate::http::admin::audit_log_list`).
    pub async fn audit_log_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let query: AuditLogListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::AuditPage = crate::http::admin::audit_log_list(
                            &rq,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/stream`: Server-Sent Events stream (`crate::http::live::stream_open`).
    pub async fn stream_open(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let query: StreamOpenQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: http::Response<dropshot::Body> = crate::http::live::stream_open(
                            &rq,
                            query,
                        )
                        .await?;
                    Ok(answer)
                },
            )
            .await
    }
    /// `GET /ws/vehicle/{vehicle_id}`: WebSocket for one vehicle (`crate::http::live::vehicle_socket_open`).
    pub async fn vehicle_socket_open(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = VehicleSocketOpenPath::from_request(&rq)?;
        let query: VehicleSocketOpenQuery = crate::front::extract::query(&rq)?;
        let upgrade = crate::front::extract::WebsocketUpgrade::from_request(
            &rq,
            request,
        )?;
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: http::Response<dropshot::Body> = crate::http::live::vehicle_socket_open(
                            &rq,
                            path,
                            query,
                            upgrade,
                        )
                        .await?;
                    Ok(answer)
                },
            )
            .await
    }
    /// `GET /ws/fleet`: WebSocket for the whole fleet (`crate::http::live::fleet_socket_open`).
    pub async fn fleet_socket_open(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let query: FleetSocketOpenQuery = crate::front::extract::query(&rq)?;
        let upgrade = crate::front::extract::WebsocketUpgrade::from_request(
            &rq,
            request,
        )?;
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: http::Response<dropshot::Body> = crate::http::live::fleet_socket_open(
                            &rq,
                            query,
                            upgrade,
                        )
                        .await?;
                    Ok(answer)
                },
            )
            .await
    }
    /// `GET /health`: Health for load balancers (`crate::http::operations::health_view`).
    pub async fn health_view(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        crate::front::extract::no_query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::HealthReport = crate::http::operations::health_view(
                            &rq,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/alerts`: List alerts (`crate::http::alerts::alert_list`).
    pub async fn alert_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let query: AlertListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::AlertPage = crate::http::alerts::alert_list(
                            &rq,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/alerts/{alert_id}/acknowledge`: Acknowledge an alert (`crate::http::alerts::alert_acknowledge`).
    pub async fn alert_acknowledge(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = AlertAcknowledgePath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Operator, crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(rq.context(), rq.request.headers(), &roles, None).await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::AlertAcknowledge,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::Alert = crate::http::alerts::alert_acknowledge(
                            &rq,
                            path,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `GET /api/v1/webhooks`: List webhooks (`crate::http::admin::webhook_list`).
    pub async fn webhook_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        crate::front::extract::no_query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::WebhookPage = crate::http::admin::webhook_list(
                            &rq,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
    /// `POST /api/v1/webhooks`: Add a webhook (`crate::http::admin::webhook_create`).
    pub async fn webhook_create(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        crate::front::extract::no_query(&rq)?;
        let roles = [crate::models::Role::Admin];
        let screened = Some(
            crate::gate::screen(rq.context(), rq.request.headers(), &roles, None).await?,
        );
        let body = crate::front::extract::json_body::<
            crate::models::WebhookCreate,
        >(&rq, request, crate::server::BODY_MAX_BYTES)
            .await?;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::WebhookCreated = crate::http::admin::webhook_create(
                            &rq,
                            body,
                        )
                        .await?;
                    Ok(crate::front::json_answer(201, &answer))
                },
            )
            .await
    }
    /// `DELETE /api/v1/webhooks/{webhook_id}`: Remove a webhook (`crate::http::admin::webhook_delete`).
    pub async fn webhook_delete(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = WebhookDeletePath::from_request(&rq)?;
        crate::front::extract::no_query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let (): () = crate::http::admin::webhook_delete(&rq, path).await?;
                    Ok(crate::front::empty_answer(204))
                },
            )
            .await
    }
    /// `GET /api/v1/webhooks/{webhook_id}/deliveries`: A webhook's delivery log (`crate::http::admin::webhook_delivery_list`).
    pub async fn webhook_delivery_list(
        rq: crate::front::Rq,
        request: http::Request<hyper::body::Incoming>,
    ) -> crate::front::Answer {
        let path = WebhookDeliveryListPath::from_request(&rq)?;
        let query: WebhookDeliveryListQuery = crate::front::extract::query(&rq)?;
        drop(request);
        let screened: Option<crate::auth::Caller> = None;
        crate::front::run(
                &rq,
                screened,
                || async {
                    let answer: crate::models::WebhookDeliveryPage = crate::http::admin::webhook_delivery_list(
                            &rq,
                            path,
                            query,
                        )
                        .await?;
                    Ok(crate::front::json_answer(200, &answer))
                },
            )
            .await
    }
}
/// Every operation of the contract: method, path template,
/// operation id and the generated function that serves it.
pub static OPERATIONS: [crate::front::Entry; 45usize] = [
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/auth/token",
        operation_id: "token_create",
        call: |rq, request| Box::pin(operations::token_create(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/auth/refresh",
        operation_id: "token_refresh",
        call: |rq, request| Box::pin(operations::token_refresh(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/vehicle/{vehicle_id}/location",
        operation_id: "location_create",
        call: |rq, request| Box::pin(operations::location_create(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/vehicle/{vehicle_id}/status",
        operation_id: "status_create",
        call: |rq, request| Box::pin(operations::status_create(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/vehicle/{vehicle_id}/battery",
        operation_id: "battery_create",
        call: |rq, request| Box::pin(operations::battery_create(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/vehicle/{vehicle_id}/error",
        operation_id: "error_report_create",
        call: |rq, request| Box::pin(operations::error_report_create(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/vehicle/{vehicle_id}/docking",
        operation_id: "docking_create",
        call: |rq, request| Box::pin(operations::docking_create(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/vehicle/{vehicle_id}/bulk",
        operation_id: "telemetry_bulk_create",
        call: |rq, request| Box::pin(operations::telemetry_bulk_create(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/vehicles",
        operation_id: "vehicle_list",
        call: |rq, request| Box::pin(operations::vehicle_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/vehicles",
        operation_id: "vehicle_create",
        call: |rq, request| Box::pin(operations::vehicle_create(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/fleet",
        operation_id: "fleet_snapshot",
        call: |rq, request| Box::pin(operations::fleet_snapshot(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/vehicles/{vehicle_id}",
        operation_id: "vehicle_view",
        call: |rq, request| Box::pin(operations::vehicle_view(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::PATCH,
        path: "/api/v1/vehicles/{vehicle_id}",
        operation_id: "vehicle_update",
        call: |rq, request| Box::pin(operations::vehicle_update(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::DELETE,
        path: "/api/v1/vehicles/{vehicle_id}",
        operation_id: "vehicle_decommission",
        call: |rq, request| Box::pin(operations::vehicle_decommission(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/vehicles/{vehicle_id}/locations",
        operation_id: "vehicle_location_list",
        call: |rq, request| Box::pin(operations::vehicle_location_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/vehicles/{vehicle_id}/statuses",
        operation_id: "vehicle_status_list",
        call: |rq, request| Box::pin(operations::vehicle_status_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/vehicles/{vehicle_id}/battery",
        operation_id: "vehicle_battery_list",
        call: |rq, request| Box::pin(operations::vehicle_battery_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/vehicles/{vehicle_id}/docking",
        operation_id: "vehicle_docking_list",
        call: |rq, request| Box::pin(operations::vehicle_docking_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/vehicles/{vehicle_id}/battery/health",
        operation_id: "battery_health_view",
        call: |rq, request| Box::pin(operations::battery_health_view(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/locations",
        operation_id: "location_history_list",
        call: |rq, request| Box::pin(operations::location_history_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/locations/tracks",
        operation_id: "location_tracks",
        call: |rq, request| Box::pin(operations::location_tracks(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/docking/stats",
        operation_id: "docking_stats_list",
        call: |rq, request| Box::pin(operations::docking_stats_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/errors",
        operation_id: "error_list",
        call: |rq, request| Box::pin(operations::error_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/errors/{error_id}/resolve",
        operation_id: "error_resolve",
        call: |rq, request| Box::pin(operations::error_resolve(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/missions",
        operation_id: "mission_list",
        call: |rq, request| Box::pin(operations::mission_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/missions/{mission_id}",
        operation_id: "mission_view",
        call: |rq, request| Box::pin(operations::mission_view(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/reservations",
        operation_id: "reservation_list",
        call: |rq, request| Box::pin(operations::reservation_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/reservations",
        operation_id: "reservation_create",
        call: |rq, request| Box::pin(operations::reservation_create(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/vehicles/{vehicle_id}/commands",
        operation_id: "command_create",
        call: |rq, request| Box::pin(operations::command_create(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/vehicles/{vehicle_id}/commands",
        operation_id: "command_list",
        call: |rq, request| Box::pin(operations::command_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/vehicles/{vehicle_id}/commands/{command_id}",
        operation_id: "command_view",
        call: |rq, request| Box::pin(operations::command_view(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/clients",
        operation_id: "client_create",
        call: |rq, request| Box::pin(operations::client_create(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/clients",
        operation_id: "client_list",
        call: |rq, request| Box::pin(operations::client_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::DELETE,
        path: "/api/v1/clients/{client_id}",
        operation_id: "client_revoke",
        call: |rq, request| Box::pin(operations::client_revoke(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/audit-logs",
        operation_id: "audit_log_list",
        call: |rq, request| Box::pin(operations::audit_log_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/stream",
        operation_id: "stream_open",
        call: |rq, request| Box::pin(operations::stream_open(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/ws/vehicle/{vehicle_id}",
        operation_id: "vehicle_socket_open",
        call: |rq, request| Box::pin(operations::vehicle_socket_open(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/ws/fleet",
        operation_id: "fleet_socket_open",
        call: |rq, request| Box::pin(operations::fleet_socket_open(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/health",
        operation_id: "health_view",
        call: |rq, request| Box::pin(operations::health_view(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/alerts",
        operation_id: "alert_list",
        call: |rq, request| Box::pin(operations::alert_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/alerts/{alert_id}/acknowledge",
        operation_id: "alert_acknowledge",
        call: |rq, request| Box::pin(operations::alert_acknowledge(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/webhooks",
        operation_id: "webhook_list",
        call: |rq, request| Box::pin(operations::webhook_list(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::POST,
        path: "/api/v1/webhooks",
        operation_id: "webhook_create",
        call: |rq, request| Box::pin(operations::webhook_create(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::DELETE,
        path: "/api/v1/webhooks/{webhook_id}",
        operation_id: "webhook_delete",
        call: |rq, request| Box::pin(operations::webhook_delete(rq, request)),
    },
    crate::front::Entry {
        method: http::Method::GET,
        path: "/api/v1/webhooks/{webhook_id}/deliveries",
        operation_id: "webhook_delivery_list",
        call: |rq, request| Box::pin(operations::webhook_delivery_list(rq, request)),
    },
];
