/// Path parameters of `location_create`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct LocationCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Path parameters of `status_create`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct StatusCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Path parameters of `battery_create`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct BatteryCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Path parameters of `error_report_create`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct ErrorReportCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Path parameters of `docking_create`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct DockingCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Path parameters of `telemetry_bulk_create`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct TelemetryBulkCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Query parameters of `vehicle_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct VehicleViewPath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Path parameters of `vehicle_update`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct VehicleUpdatePath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Path parameters of `vehicle_decommission`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct VehicleDecommissionPath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Path parameters of `vehicle_location_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct VehicleLocationListPath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Query parameters of `vehicle_location_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct VehicleStatusListPath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Query parameters of `vehicle_status_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct VehicleBatteryListPath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Query parameters of `vehicle_battery_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct VehicleDockingListPath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Query parameters of `vehicle_docking_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct BatteryHealthViewPath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Query parameters of `location_history_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct LocationHistoryListQuery {
    /// Comma-separated vehicle ids, at most 100.
    pub vehicle_ids: String,
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
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct LocationTracksQuery {
    /// Comma-separated vehicle ids, at most 100.
    pub vehicle_ids: String,
    /// Start of the time range (inclusive).
    #[serde(default)]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the time range (exclusive).
    #[serde(default)]
    pub to: Option<chrono::DateTime<chrono::Utc>>,
}
/// Query parameters of `docking_stats_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct DockingStatsListQuery {
    #[serde(default)]
    pub vehicle_id: Option<crate::models::VehicleId>,
    #[serde(default)]
    pub station_id: Option<String>,
}
/// Query parameters of `error_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct ErrorResolvePath {
    pub error_id: i64,
}
/// Query parameters of `mission_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct MissionViewPath {
    pub mission_id: String,
}
/// Query parameters of `reservation_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct CommandCreatePath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Path parameters of `command_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct CommandListPath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Query parameters of `command_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct CommandViewPath {
    pub vehicle_id: crate::models::VehicleId,
    pub command_id: uuid::Uuid,
}
/// Query parameters of `client_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct ClientListQuery {
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}
/// Path parameters of `client_revoke`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct ClientRevokePath {
    pub client_id: String,
}
/// Query parameters of `audit_log_list`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct StreamOpenQuery {
    /// Comma-separated vehicle ids, or `*` (the default) for the whole fleet. At most 4096 characters, so the request head stays within the HTTP layer's limits (longer lists: subscribe to `*`, or use the fleet socket's `subscribe`).
    #[serde(default)]
    pub vehicle_ids: Option<String>,
    /// Bearer token, for clients that cannot set the Authorization header (browsers' WebSocket and EventSource).
    #[serde(default)]
    pub token: Option<String>,
}
/// Path parameters of `vehicle_socket_open`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct VehicleSocketOpenPath {
    pub vehicle_id: crate::models::VehicleId,
}
/// Query parameters of `vehicle_socket_open`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct VehicleSocketOpenQuery {
    /// Bearer token, for clients that cannot set the Authorization header (browsers' WebSocket and EventSource).
    #[serde(default)]
    pub token: Option<String>,
}
/// Query parameters of `fleet_socket_open`.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
pub struct FleetSocketOpenQuery {
    /// Bearer token, for clients that cannot set the Authorization header (browsers' WebSocket and EventSource).
    #[serde(default)]
    pub token: Option<String>,
}
/// The REST API of `openapi/tvm.json`, one method per operationId.
/// Generated by build.rs; implemented by `crate::api_impl`.
#[dropshot::api_description]
pub trait TvmApi {
    type Context: dropshot::ServerContext;
    /// Exchange client credentials for tokens
    #[endpoint{method = POST,
    path = "/api/v1/auth/token",
    operation_id = "token_create",
    tags = ["auth"]}]
    async fn token_create(
        rqctx: dropshot::RequestContext<Self::Context>,
        body: crate::extract::JsonBody<crate::models::TokenRequest>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::TokenResponse>>,
        crate::error::ApiError,
    >;
    /// Rotate a refresh token
    #[endpoint{method = POST,
    path = "/api/v1/auth/refresh",
    operation_id = "token_refresh",
    tags = ["auth"]}]
    async fn token_refresh(
        rqctx: dropshot::RequestContext<Self::Context>,
        body: crate::extract::JsonBody<crate::models::RefreshRequest>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::TokenResponse>>,
        crate::error::ApiError,
    >;
    /// Report a position
    #[endpoint{method = POST,
    path = "/api/v1/vehicle/{vehicle_id}/location",
    operation_id = "location_create",
    tags = ["telemetry"]}]
    async fn location_create(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<LocationCreatePath>,
        body: crate::extract::JsonBody<crate::models::LocationReport>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::IngestReceipt>>,
        crate::error::ApiError,
    >;
    /// Report the vehicle state
    #[endpoint{method = POST,
    path = "/api/v1/vehicle/{vehicle_id}/status",
    operation_id = "status_create",
    tags = ["telemetry"]}]
    async fn status_create(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<StatusCreatePath>,
        body: crate::extract::JsonBody<crate::models::StatusReport>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::IngestReceipt>>,
        crate::error::ApiError,
    >;
    /// Report a battery reading
    #[endpoint{method = POST,
    path = "/api/v1/vehicle/{vehicle_id}/battery",
    operation_id = "battery_create",
    tags = ["telemetry"]}]
    async fn battery_create(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<BatteryCreatePath>,
        body: crate::extract::JsonBody<crate::models::BatteryReport>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::IngestReceipt>>,
        crate::error::ApiError,
    >;
    /// Report a vehicle error
    #[endpoint{method = POST,
    path = "/api/v1/vehicle/{vehicle_id}/error",
    operation_id = "error_report_create",
    tags = ["telemetry"]}]
    async fn error_report_create(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<ErrorReportCreatePath>,
        body: crate::extract::JsonBody<crate::models::ErrorReport>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::IngestReceipt>>,
        crate::error::ApiError,
    >;
    /// Report docking progress
    #[endpoint{method = POST,
    path = "/api/v1/vehicle/{vehicle_id}/docking",
    operation_id = "docking_create",
    tags = ["telemetry"]}]
    async fn docking_create(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<DockingCreatePath>,
        body: crate::extract::JsonBody<crate::models::DockingReport>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::IngestReceipt>>,
        crate::error::ApiError,
    >;
    /// Upload buffered telemetry
    #[endpoint{method = POST,
    path = "/api/v1/vehicle/{vehicle_id}/bulk",
    operation_id = "telemetry_bulk_create",
    tags = ["telemetry"],
    request_body_max_bytes = 4194304usize}]
    async fn telemetry_bulk_create(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<TelemetryBulkCreatePath>,
        body: crate::extract::JsonBody<crate::models::BulkUpload>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::BulkResult>>,
        crate::error::ApiError,
    >;
    /// List the fleet with latest state
    #[endpoint{method = GET,
    path = "/api/v1/vehicles",
    operation_id = "vehicle_list",
    tags = ["fleet"]}]
    async fn vehicle_list(
        rqctx: dropshot::RequestContext<Self::Context>,
        query: dropshot::Query<VehicleListQuery>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::VehiclePage>>,
        crate::error::ApiError,
    >;
    /// Register a vehicle
    #[endpoint{method = POST,
    path = "/api/v1/vehicles",
    operation_id = "vehicle_create",
    tags = ["admin"]}]
    async fn vehicle_create(
        rqctx: dropshot::RequestContext<Self::Context>,
        body: crate::extract::JsonBody<crate::models::VehicleCreate>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseCreated<crate::models::Vehicle>>,
        crate::error::ApiError,
    >;
    /// The whole fleet's latest state in one answer
    #[endpoint{method = GET,
    path = "/api/v1/fleet",
    operation_id = "fleet_snapshot",
    tags = ["fleet"]}]
    async fn fleet_snapshot(
        rqctx: dropshot::RequestContext<Self::Context>,
    ) -> Result<
        crate::extract::Reply<http::Response<dropshot::Body>>,
        crate::error::ApiError,
    >;
    /// One vehicle with its latest state
    #[endpoint{method = GET,
    path = "/api/v1/vehicles/{vehicle_id}",
    operation_id = "vehicle_view",
    tags = ["fleet"]}]
    async fn vehicle_view(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<VehicleViewPath>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::VehicleSummary>>,
        crate::error::ApiError,
    >;
    /// Change a vehicle's registration
    #[endpoint{method = PATCH,
    path = "/api/v1/vehicles/{vehicle_id}",
    operation_id = "vehicle_update",
    tags = ["admin"]}]
    async fn vehicle_update(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<VehicleUpdatePath>,
        body: crate::extract::JsonBody<crate::models::VehicleUpdate>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::Vehicle>>,
        crate::error::ApiError,
    >;
    /// Decommission a vehicle
    #[endpoint{method = DELETE,
    path = "/api/v1/vehicles/{vehicle_id}",
    operation_id = "vehicle_decommission",
    tags = ["admin"]}]
    async fn vehicle_decommission(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<VehicleDecommissionPath>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseDeleted>,
        crate::error::ApiError,
    >;
    /// History of a vehicle's locations
    #[endpoint{method = GET,
    path = "/api/v1/vehicles/{vehicle_id}/locations",
    operation_id = "vehicle_location_list",
    tags = ["history"]}]
    async fn vehicle_location_list(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<VehicleLocationListPath>,
        query: dropshot::Query<VehicleLocationListQuery>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::LocationPage>>,
        crate::error::ApiError,
    >;
    /// History of a vehicle's status reports
    #[endpoint{method = GET,
    path = "/api/v1/vehicles/{vehicle_id}/statuses",
    operation_id = "vehicle_status_list",
    tags = ["history"]}]
    async fn vehicle_status_list(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<VehicleStatusListPath>,
        query: dropshot::Query<VehicleStatusListQuery>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::StatusPage>>,
        crate::error::ApiError,
    >;
    /// History of a vehicle's battery readings
    #[endpoint{method = GET,
    path = "/api/v1/vehicles/{vehicle_id}/battery",
    operation_id = "vehicle_battery_list",
    tags = ["history"]}]
    async fn vehicle_battery_list(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<VehicleBatteryListPath>,
        query: dropshot::Query<VehicleBatteryListQuery>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::BatteryPage>>,
        crate::error::ApiError,
    >;
    /// History of a vehicle's docking reports
    #[endpoint{method = GET,
    path = "/api/v1/vehicles/{vehicle_id}/docking",
    operation_id = "vehicle_docking_list",
    tags = ["history"]}]
    async fn vehicle_docking_list(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<VehicleDockingListPath>,
        query: dropshot::Query<VehicleDockingListQuery>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::DockingPage>>,
        crate::error::ApiError,
    >;
    /// Battery health of a vehicle
    #[endpoint{method = GET,
    path = "/api/v1/vehicles/{vehicle_id}/battery/health",
    operation_id = "battery_health_view",
    tags = ["history"]}]
    async fn battery_health_view(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<BatteryHealthViewPath>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::BatteryHealth>>,
        crate::error::ApiError,
    >;
    /// Location history of several vehicles
    #[endpoint{method = GET,
    path = "/api/v1/locations",
    operation_id = "location_history_list",
    tags = ["history"]}]
    async fn location_history_list(
        rqctx: dropshot::RequestContext<Self::Context>,
        query: dropshot::Query<LocationHistoryListQuery>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::LocationPage>>,
        crate::error::ApiError,
    >;
    /// Location tracks of several vehicles
    #[endpoint{method = GET,
    path = "/api/v1/locations/tracks",
    operation_id = "location_tracks",
    tags = ["history"]}]
    async fn location_tracks(
        rqctx: dropshot::RequestContext<Self::Context>,
        query: dropshot::Query<LocationTracksQuery>,
    ) -> Result<
        crate::extract::Reply<http::Response<dropshot::Body>>,
        crate::error::ApiError,
    >;
    /// Docking success rates
    #[endpoint{method = GET,
    path = "/api/v1/docking/stats",
    operation_id = "docking_stats_list",
    tags = ["history"]}]
    async fn docking_stats_list(
        rqctx: dropshot::RequestContext<Self::Context>,
        query: dropshot::Query<DockingStatsListQuery>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::DockingStatsList>>,
        crate::error::ApiError,
    >;
    /// List error reports
    #[endpoint{method = GET,
    path = "/api/v1/errors",
    operation_id = "error_list",
    tags = ["errors"]}]
    async fn error_list(
        rqctx: dropshot::RequestContext<Self::Context>,
        query: dropshot::Query<ErrorListQuery>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::ErrorPage>>,
        crate::error::ApiError,
    >;
    /// Resolve an error report
    #[endpoint{method = POST,
    path = "/api/v1/errors/{error_id}/resolve",
    operation_id = "error_resolve",
    tags = ["errors"]}]
    async fn error_resolve(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<ErrorResolvePath>,
        body: crate::extract::JsonBody<crate::models::ErrorResolve>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::ErrorRecord>>,
        crate::error::ApiError,
    >;
    /// List missions
    #[endpoint{method = GET,
    path = "/api/v1/missions",
    operation_id = "mission_list",
    tags = ["missions"]}]
    async fn mission_list(
        rqctx: dropshot::RequestContext<Self::Context>,
        query: dropshot::Query<MissionListQuery>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::MissionPage>>,
        crate::error::ApiError,
    >;
    /// One mission
    #[endpoint{method = GET,
    path = "/api/v1/missions/{mission_id}",
    operation_id = "mission_view",
    tags = ["missions"]}]
    async fn mission_view(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<MissionViewPath>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::Mission>>,
        crate::error::ApiError,
    >;
    /// List reservations
    #[endpoint{method = GET,
    path = "/api/v1/reservations",
    operation_id = "reservation_list",
    tags = ["missions"]}]
    async fn reservation_list(
        rqctx: dropshot::RequestContext<Self::Context>,
        query: dropshot::Query<ReservationListQuery>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::ReservationPage>>,
        crate::error::ApiError,
    >;
    /// Create a reservation
    #[endpoint{method = POST,
    path = "/api/v1/reservations",
    operation_id = "reservation_create",
    tags = ["missions"]}]
    async fn reservation_create(
        rqctx: dropshot::RequestContext<Self::Context>,
        body: crate::extract::JsonBody<crate::models::ReservationCreate>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseCreated<crate::models::Reservation>>,
        crate::error::ApiError,
    >;
    /// Send a command to a vehicle
    #[endpoint{method = POST,
    path = "/api/v1/vehicles/{vehicle_id}/commands",
    operation_id = "command_create",
    tags = ["commands"]}]
    async fn command_create(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<CommandCreatePath>,
        body: crate::extract::JsonBody<crate::models::CommandCreate>,
    ) -> Result<
        crate::extract::Reply<
            dropshot::HttpResponseAccepted<crate::models::CommandAccepted>,
        >,
        crate::error::ApiError,
    >;
    /// Command history of a vehicle
    #[endpoint{method = GET,
    path = "/api/v1/vehicles/{vehicle_id}/commands",
    operation_id = "command_list",
    tags = ["commands"]}]
    async fn command_list(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<CommandListPath>,
        query: dropshot::Query<CommandListQuery>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::CommandPage>>,
        crate::error::ApiError,
    >;
    /// One command and its delivery state
    #[endpoint{method = GET,
    path = "/api/v1/vehicles/{vehicle_id}/commands/{command_id}",
    operation_id = "command_view",
    tags = ["commands"]}]
    async fn command_view(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<CommandViewPath>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::CommandRecord>>,
        crate::error::ApiError,
    >;
    /// Register an API client
    #[endpoint{method = POST,
    path = "/api/v1/clients",
    operation_id = "client_create",
    tags = ["admin"]}]
    async fn client_create(
        rqctx: dropshot::RequestContext<Self::Context>,
        body: crate::extract::JsonBody<crate::models::ClientCreate>,
    ) -> Result<
        crate::extract::Reply<
            dropshot::HttpResponseCreated<crate::models::ClientCreated>,
        >,
        crate::error::ApiError,
    >;
    /// List API clients
    #[endpoint{method = GET,
    path = "/api/v1/clients",
    operation_id = "client_list",
    tags = ["admin"]}]
    async fn client_list(
        rqctx: dropshot::RequestContext<Self::Context>,
        query: dropshot::Query<ClientListQuery>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::ClientPage>>,
        crate::error::ApiError,
    >;
    /// Revoke an API client
    #[endpoint{method = DELETE,
    path = "/api/v1/clients/{client_id}",
    operation_id = "client_revoke",
    tags = ["admin"]}]
    async fn client_revoke(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<ClientRevokePath>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseDeleted>,
        crate::error::ApiError,
    >;
    /// Read the audit log
    #[endpoint{method = GET,
    path = "/api/v1/audit-logs",
    operation_id = "audit_log_list",
    tags = ["admin"]}]
    async fn audit_log_list(
        rqctx: dropshot::RequestContext<Self::Context>,
        query: dropshot::Query<AuditLogListQuery>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::AuditPage>>,
        crate::error::ApiError,
    >;
    /// Server-Sent Events stream
    #[endpoint{method = GET,
    path = "/api/v1/stream",
    operation_id = "stream_open",
    tags = ["live"]}]
    async fn stream_open(
        rqctx: dropshot::RequestContext<Self::Context>,
        query: dropshot::Query<StreamOpenQuery>,
    ) -> Result<
        crate::extract::Reply<http::Response<dropshot::Body>>,
        crate::error::ApiError,
    >;
    /// WebSocket for one vehicle
    #[endpoint{method = GET,
    path = "/ws/vehicle/{vehicle_id}",
    operation_id = "vehicle_socket_open",
    tags = ["live"]}]
    async fn vehicle_socket_open(
        rqctx: dropshot::RequestContext<Self::Context>,
        path: dropshot::Path<VehicleSocketOpenPath>,
        query: dropshot::Query<VehicleSocketOpenQuery>,
        upgrade: dropshot::WebsocketUpgrade,
    ) -> Result<
        crate::extract::Reply<crate::extract::SwitchingToWebsocket>,
        crate::error::ApiError,
    >;
    /// WebSocket for the whole fleet
    #[endpoint{method = GET,
    path = "/ws/fleet",
    operation_id = "fleet_socket_open",
    tags = ["live"]}]
    async fn fleet_socket_open(
        rqctx: dropshot::RequestContext<Self::Context>,
        query: dropshot::Query<FleetSocketOpenQuery>,
        upgrade: dropshot::WebsocketUpgrade,
    ) -> Result<
        crate::extract::Reply<crate::extract::SwitchingToWebsocket>,
        crate::error::ApiError,
    >;
    /// Health for load balancers
    #[endpoint{method = GET,
    path = "/health",
    operation_id = "health_view",
    tags = ["operations"]}]
    async fn health_view(
        rqctx: dropshot::RequestContext<Self::Context>,
    ) -> Result<
        crate::extract::Reply<dropshot::HttpResponseOk<crate::models::HealthReport>>,
        crate::error::ApiError,
    >;
}
/// The operations of `openapi/tvm.json` as the server implements
/// them (`crate::api_impl`), over `crate::front`'s request types.
pub trait TvmHandlers {
    /// Exchange client credentials for tokens
    fn token_create(
        rqctx: crate::front::Rq,
        body: crate::extract::JsonBody<crate::models::TokenRequest>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseOk<crate::models::TokenResponse>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// Rotate a refresh token
    fn token_refresh(
        rqctx: crate::front::Rq,
        body: crate::extract::JsonBody<crate::models::RefreshRequest>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseOk<crate::models::TokenResponse>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// Report a position
    fn location_create(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<LocationCreatePath>,
        body: crate::extract::JsonBody<crate::models::LocationReport>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseOk<crate::models::IngestReceipt>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// Report the vehicle state
    fn status_create(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<StatusCreatePath>,
        body: crate::extract::JsonBody<crate::models::StatusReport>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseOk<crate::models::IngestReceipt>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// Report a battery reading
    fn battery_create(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<BatteryCreatePath>,
        body: crate::extract::JsonBody<crate::models::BatteryReport>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseOk<crate::models::IngestReceipt>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// Report a vehicle error
    fn error_report_create(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<ErrorReportCreatePath>,
        body: crate::extract::JsonBody<crate::models::ErrorReport>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseOk<crate::models::IngestReceipt>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// Report docking progress
    fn docking_create(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<DockingCreatePath>,
        body: crate::extract::JsonBody<crate::models::DockingReport>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseOk<crate::models::IngestReceipt>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// Upload buffered telemetry
    fn telemetry_bulk_create(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<TelemetryBulkCreatePath>,
        body: crate::extract::JsonBody<crate::models::BulkUpload>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::BulkResult>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// List the fleet with latest state
    fn vehicle_list(
        rqctx: crate::front::Rq,
        query: crate::front::extract::Query<VehicleListQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::VehiclePage>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// Register a vehicle
    fn vehicle_create(
        rqctx: crate::front::Rq,
        body: crate::extract::JsonBody<crate::models::VehicleCreate>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseCreated<crate::models::Vehicle>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// The whole fleet's latest state in one answer
    fn fleet_snapshot(
        rqctx: crate::front::Rq,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<http::Response<dropshot::Body>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// One vehicle with its latest state
    fn vehicle_view(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<VehicleViewPath>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseOk<crate::models::VehicleSummary>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// Change a vehicle's registration
    fn vehicle_update(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<VehicleUpdatePath>,
        body: crate::extract::JsonBody<crate::models::VehicleUpdate>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::Vehicle>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// Decommission a vehicle
    fn vehicle_decommission(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<VehicleDecommissionPath>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseDeleted>,
            crate::error::ApiError,
        >,
    > + Send;
    /// History of a vehicle's locations
    fn vehicle_location_list(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<VehicleLocationListPath>,
        query: crate::front::extract::Query<VehicleLocationListQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::LocationPage>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// History of a vehicle's status reports
    fn vehicle_status_list(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<VehicleStatusListPath>,
        query: crate::front::extract::Query<VehicleStatusListQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::StatusPage>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// History of a vehicle's battery readings
    fn vehicle_battery_list(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<VehicleBatteryListPath>,
        query: crate::front::extract::Query<VehicleBatteryListQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::BatteryPage>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// History of a vehicle's docking reports
    fn vehicle_docking_list(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<VehicleDockingListPath>,
        query: crate::front::extract::Query<VehicleDockingListQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::DockingPage>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// Battery health of a vehicle
    fn battery_health_view(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<BatteryHealthViewPath>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseOk<crate::models::BatteryHealth>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// Location history of several vehicles
    fn location_history_list(
        rqctx: crate::front::Rq,
        query: crate::front::extract::Query<LocationHistoryListQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::LocationPage>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// Location tracks of several vehicles
    fn location_tracks(
        rqctx: crate::front::Rq,
        query: crate::front::extract::Query<LocationTracksQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<http::Response<dropshot::Body>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// Docking success rates
    fn docking_stats_list(
        rqctx: crate::front::Rq,
        query: crate::front::extract::Query<DockingStatsListQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseOk<crate::models::DockingStatsList>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// List error reports
    fn error_list(
        rqctx: crate::front::Rq,
        query: crate::front::extract::Query<ErrorListQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::ErrorPage>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// Resolve an error report
    fn error_resolve(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<ErrorResolvePath>,
        body: crate::extract::JsonBody<crate::models::ErrorResolve>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::ErrorRecord>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// List missions
    fn mission_list(
        rqctx: crate::front::Rq,
        query: crate::front::extract::Query<MissionListQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::MissionPage>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// One mission
    fn mission_view(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<MissionViewPath>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::Mission>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// List reservations
    fn reservation_list(
        rqctx: crate::front::Rq,
        query: crate::front::extract::Query<ReservationListQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseOk<crate::models::ReservationPage>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// Create a reservation
    fn reservation_create(
        rqctx: crate::front::Rq,
        body: crate::extract::JsonBody<crate::models::ReservationCreate>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseCreated<crate::models::Reservation>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// Send a command to a vehicle
    fn command_create(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<CommandCreatePath>,
        body: crate::extract::JsonBody<crate::models::CommandCreate>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseAccepted<crate::models::CommandAccepted>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// Command history of a vehicle
    fn command_list(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<CommandListPath>,
        query: crate::front::extract::Query<CommandListQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::CommandPage>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// One command and its delivery state
    fn command_view(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<CommandViewPath>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseOk<crate::models::CommandRecord>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// Register an API client
    fn client_create(
        rqctx: crate::front::Rq,
        body: crate::extract::JsonBody<crate::models::ClientCreate>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<
                dropshot::HttpResponseCreated<crate::models::ClientCreated>,
            >,
            crate::error::ApiError,
        >,
    > + Send;
    /// List API clients
    fn client_list(
        rqctx: crate::front::Rq,
        query: crate::front::extract::Query<ClientListQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::ClientPage>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// Revoke an API client
    fn client_revoke(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<ClientRevokePath>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseDeleted>,
            crate::error::ApiError,
        >,
    > + Send;
    /// Read the audit log
    fn audit_log_list(
        rqctx: crate::front::Rq,
        query: crate::front::extract::Query<AuditLogListQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::AuditPage>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// Server-Sent Events stream
    fn stream_open(
        rqctx: crate::front::Rq,
        query: crate::front::extract::Query<StreamOpenQuery>,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<http::Response<dropshot::Body>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// WebSocket for one vehicle
    fn vehicle_socket_open(
        rqctx: crate::front::Rq,
        path: crate::front::extract::Path<VehicleSocketOpenPath>,
        query: crate::front::extract::Query<VehicleSocketOpenQuery>,
        upgrade: crate::front::extract::WebsocketUpgrade,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<http::Response<dropshot::Body>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// WebSocket for the whole fleet
    fn fleet_socket_open(
        rqctx: crate::front::Rq,
        query: crate::front::extract::Query<FleetSocketOpenQuery>,
        upgrade: crate::front::extract::WebsocketUpgrade,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<http::Response<dropshot::Body>>,
            crate::error::ApiError,
        >,
    > + Send;
    /// Health for load balancers
    fn health_view(
        rqctx: crate::front::Rq,
    ) -> impl std::future::Future<
        Output = Result<
            crate::extract::Reply<dropshot::HttpResponseOk<crate::models::HealthReport>>,
            crate::error::ApiError,
        >,
    > + Send;
}
/// Every operation of the contract with its path, each calling `I`'s
/// method after its extractors.
pub fn operations<I: TvmHandlers + 'static>() -> Vec<crate::front::Entry> {
    let table: [crate::front::Entry; 39usize] = [
        crate::front::Entry {
            operation_id: "token_create",
            path: "/api/v1/auth/token",
            call: |rqctx, request| Box::pin(async move {
                let body = crate::extract::JsonBody::<
                    crate::models::TokenRequest,
                >::read(request, crate::server::BODY_MAX_BYTES)
                    .await?;
                let reply = I::token_create(rqctx, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "token_refresh",
            path: "/api/v1/auth/refresh",
            call: |rqctx, request| Box::pin(async move {
                let body = crate::extract::JsonBody::<
                    crate::models::RefreshRequest,
                >::read(request, crate::server::BODY_MAX_BYTES)
                    .await?;
                let reply = I::token_refresh(rqctx, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "location_create",
            path: "/api/v1/vehicle/{vehicle_id}/location",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    LocationCreatePath,
                >::from_request(&rqctx)?;
                let body = crate::extract::JsonBody::<
                    crate::models::LocationReport,
                >::read(request, crate::server::BODY_MAX_BYTES)
                    .await?;
                let reply = I::location_create(rqctx, path, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "status_create",
            path: "/api/v1/vehicle/{vehicle_id}/status",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    StatusCreatePath,
                >::from_request(&rqctx)?;
                let body = crate::extract::JsonBody::<
                    crate::models::StatusReport,
                >::read(request, crate::server::BODY_MAX_BYTES)
                    .await?;
                let reply = I::status_create(rqctx, path, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "battery_create",
            path: "/api/v1/vehicle/{vehicle_id}/battery",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    BatteryCreatePath,
                >::from_request(&rqctx)?;
                let body = crate::extract::JsonBody::<
                    crate::models::BatteryReport,
                >::read(request, crate::server::BODY_MAX_BYTES)
                    .await?;
                let reply = I::battery_create(rqctx, path, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "error_report_create",
            path: "/api/v1/vehicle/{vehicle_id}/error",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    ErrorReportCreatePath,
                >::from_request(&rqctx)?;
                let body = crate::extract::JsonBody::<
                    crate::models::ErrorReport,
                >::read(request, crate::server::BODY_MAX_BYTES)
                    .await?;
                let reply = I::error_report_create(rqctx, path, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "docking_create",
            path: "/api/v1/vehicle/{vehicle_id}/docking",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    DockingCreatePath,
                >::from_request(&rqctx)?;
                let body = crate::extract::JsonBody::<
                    crate::models::DockingReport,
                >::read(request, crate::server::BODY_MAX_BYTES)
                    .await?;
                let reply = I::docking_create(rqctx, path, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "telemetry_bulk_create",
            path: "/api/v1/vehicle/{vehicle_id}/bulk",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    TelemetryBulkCreatePath,
                >::from_request(&rqctx)?;
                let body = crate::extract::JsonBody::<
                    crate::models::BulkUpload,
                >::read(request, 4194304usize)
                    .await?;
                let reply = I::telemetry_bulk_create(rqctx, path, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "vehicle_list",
            path: "/api/v1/vehicles",
            call: |rqctx, request| Box::pin(async move {
                let query = crate::front::extract::Query::<
                    VehicleListQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::vehicle_list(rqctx, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "vehicle_create",
            path: "/api/v1/vehicles",
            call: |rqctx, request| Box::pin(async move {
                let body = crate::extract::JsonBody::<
                    crate::models::VehicleCreate,
                >::read(request, crate::server::BODY_MAX_BYTES)
                    .await?;
                let reply = I::vehicle_create(rqctx, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "fleet_snapshot",
            path: "/api/v1/fleet",
            call: |rqctx, request| Box::pin(async move {
                drop(request);
                let reply = I::fleet_snapshot(rqctx).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "vehicle_view",
            path: "/api/v1/vehicles/{vehicle_id}",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    VehicleViewPath,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::vehicle_view(rqctx, path).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "vehicle_update",
            path: "/api/v1/vehicles/{vehicle_id}",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    VehicleUpdatePath,
                >::from_request(&rqctx)?;
                let body = crate::extract::JsonBody::<
                    crate::models::VehicleUpdate,
                >::read(request, crate::server::BODY_MAX_BYTES)
                    .await?;
                let reply = I::vehicle_update(rqctx, path, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "vehicle_decommission",
            path: "/api/v1/vehicles/{vehicle_id}",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    VehicleDecommissionPath,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::vehicle_decommission(rqctx, path).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "vehicle_location_list",
            path: "/api/v1/vehicles/{vehicle_id}/locations",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    VehicleLocationListPath,
                >::from_request(&rqctx)?;
                let query = crate::front::extract::Query::<
                    VehicleLocationListQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::vehicle_location_list(rqctx, path, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "vehicle_status_list",
            path: "/api/v1/vehicles/{vehicle_id}/statuses",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    VehicleStatusListPath,
                >::from_request(&rqctx)?;
                let query = crate::front::extract::Query::<
                    VehicleStatusListQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::vehicle_status_list(rqctx, path, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "vehicle_battery_list",
            path: "/api/v1/vehicles/{vehicle_id}/battery",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    VehicleBatteryListPath,
                >::from_request(&rqctx)?;
                let query = crate::front::extract::Query::<
                    VehicleBatteryListQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::vehicle_battery_list(rqctx, path, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "vehicle_docking_list",
            path: "/api/v1/vehicles/{vehicle_id}/docking",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    VehicleDockingListPath,
                >::from_request(&rqctx)?;
                let query = crate::front::extract::Query::<
                    VehicleDockingListQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::vehicle_docking_list(rqctx, path, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "battery_health_view",
            path: "/api/v1/vehicles/{vehicle_id}/battery/health",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    BatteryHealthViewPath,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::battery_health_view(rqctx, path).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "location_history_list",
            path: "/api/v1/locations",
            call: |rqctx, request| Box::pin(async move {
                let query = crate::front::extract::Query::<
                    LocationHistoryListQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::location_history_list(rqctx, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "location_tracks",
            path: "/api/v1/locations/tracks",
            call: |rqctx, request| Box::pin(async move {
                let query = crate::front::extract::Query::<
                    LocationTracksQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::location_tracks(rqctx, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "docking_stats_list",
            path: "/api/v1/docking/stats",
            call: |rqctx, request| Box::pin(async move {
                let query = crate::front::extract::Query::<
                    DockingStatsListQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::docking_stats_list(rqctx, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "error_list",
            path: "/api/v1/errors",
            call: |rqctx, request| Box::pin(async move {
                let query = crate::front::extract::Query::<
                    ErrorListQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::error_list(rqctx, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "error_resolve",
            path: "/api/v1/errors/{error_id}/resolve",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    ErrorResolvePath,
                >::from_request(&rqctx)?;
                let body = crate::extract::JsonBody::<
                    crate::models::ErrorResolve,
                >::read(request, crate::server::BODY_MAX_BYTES)
                    .await?;
                let reply = I::error_resolve(rqctx, path, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "mission_list",
            path: "/api/v1/missions",
            call: |rqctx, request| Box::pin(async move {
                let query = crate::front::extract::Query::<
                    MissionListQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::mission_list(rqctx, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "mission_view",
            path: "/api/v1/missions/{mission_id}",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    MissionViewPath,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::mission_view(rqctx, path).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "reservation_list",
            path: "/api/v1/reservations",
            call: |rqctx, request| Box::pin(async move {
                let query = crate::front::extract::Query::<
                    ReservationListQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::reservation_list(rqctx, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "reservation_create",
            path: "/api/v1/reservations",
            call: |rqctx, request| Box::pin(async move {
                let body = crate::extract::JsonBody::<
                    crate::models::ReservationCreate,
                >::read(request, crate::server::BODY_MAX_BYTES)
                    .await?;
                let reply = I::reservation_create(rqctx, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "command_create",
            path: "/api/v1/vehicles/{vehicle_id}/commands",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    CommandCreatePath,
                >::from_request(&rqctx)?;
                let body = crate::extract::JsonBody::<
                    crate::models::CommandCreate,
                >::read(request, crate::server::BODY_MAX_BYTES)
                    .await?;
                let reply = I::command_create(rqctx, path, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "command_list",
            path: "/api/v1/vehicles/{vehicle_id}/commands",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    CommandListPath,
                >::from_request(&rqctx)?;
                let query = crate::front::extract::Query::<
                    CommandListQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::command_list(rqctx, path, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "command_view",
            path: "/api/v1/vehicles/{vehicle_id}/commands/{command_id}",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    CommandViewPath,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::command_view(rqctx, path).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "client_create",
            path: "/api/v1/clients",
            call: |rqctx, request| Box::pin(async move {
                let body = crate::extract::JsonBody::<
                    crate::models::ClientCreate,
                >::read(request, crate::server::BODY_MAX_BYTES)
                    .await?;
                let reply = I::client_create(rqctx, body).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "client_list",
            path: "/api/v1/clients",
            call: |rqctx, request| Box::pin(async move {
                let query = crate::front::extract::Query::<
                    ClientListQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::client_list(rqctx, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "client_revoke",
            path: "/api/v1/clients/{client_id}",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    ClientRevokePath,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::client_revoke(rqctx, path).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "audit_log_list",
            path: "/api/v1/audit-logs",
            call: |rqctx, request| Box::pin(async move {
                let query = crate::front::extract::Query::<
                    AuditLogListQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::audit_log_list(rqctx, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "stream_open",
            path: "/api/v1/stream",
            call: |rqctx, request| Box::pin(async move {
                let query = crate::front::extract::Query::<
                    StreamOpenQuery,
                >::from_request(&rqctx)?;
                drop(request);
                let reply = I::stream_open(rqctx, query).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "vehicle_socket_open",
            path: "/ws/vehicle/{vehicle_id}",
            call: |rqctx, request| Box::pin(async move {
                let path = crate::front::extract::Path::<
                    VehicleSocketOpenPath,
                >::from_request(&rqctx)?;
                let query = crate::front::extract::Query::<
                    VehicleSocketOpenQuery,
                >::from_request(&rqctx)?;
                let upgrade = crate::front::extract::WebsocketUpgrade::from_request(
                    &rqctx,
                    request,
                )?;
                let reply = I::vehicle_socket_open(rqctx, path, query, upgrade).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "fleet_socket_open",
            path: "/ws/fleet",
            call: |rqctx, request| Box::pin(async move {
                let query = crate::front::extract::Query::<
                    FleetSocketOpenQuery,
                >::from_request(&rqctx)?;
                let upgrade = crate::front::extract::WebsocketUpgrade::from_request(
                    &rqctx,
                    request,
                )?;
                let reply = I::fleet_socket_open(rqctx, query, upgrade).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
        crate::front::Entry {
            operation_id: "health_view",
            path: "/health",
            call: |rqctx, request| Box::pin(async move {
                drop(request);
                let reply = I::health_view(rqctx).await?;
                Ok(dropshot::HttpResponse::to_result(reply)?)
            }),
        },
    ];
    table.into()
}
