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
