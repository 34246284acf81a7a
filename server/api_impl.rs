//! `impl TvmApi`: the routing table from the generated trait to the
//! handlers in `crate::http`, plus the one wrapper every operation runs in
//! (`run`: error rendering and logging with the request id and operation).

use dropshot::{HttpResponseAccepted, HttpResponseCreated, HttpResponseDeleted, HttpResponseOk};

use crate::api::*;
use crate::db::telemetry::Kind;
use crate::error::ApiError;
use crate::extract::{JsonBody, Reply};
use crate::front::Rq;
use crate::front::extract::{Path, Query, WebsocketUpgrade};
use crate::http;
use crate::live;
use crate::models::*;

type Out<R> = Result<Reply<R>, ApiError>;

/// Run one operation: its error, if any, is logged once here (server errors
/// at `error` with their internal cause, client errors at `info`, both with
/// the operation id dropshot routed to) and rendered by `Reply` in the
/// contract's shape.
async fn run<R: dropshot::HttpResponse>(
    rqctx: &Rq,
    handler: impl Future<Output = Result<R, ApiError>>,
) -> Out<R> {
    let started = std::time::Instant::now();
    let op = rqctx.endpoint.operation_id;
    let (result, caller) = crate::auth::CALLER
        .scope(std::cell::RefCell::new(None), async {
            // The query string against the contract before the handler runs.
            let r = match crate::validate::query::check(op, rqctx.request.uri().query()) {
                Ok(()) => handler.await,
                Err(e) => Err(e),
            };
            (r, crate::auth::current_caller())
        })
        .await;
    let status = match &result {
        Ok(r) => r.status_code().as_u16(),
        Err(e) => e.status().as_u16(),
    };
    let elapsed = started.elapsed();
    rqctx.context().metrics.request(op, status, elapsed.as_secs_f64());
    // Successes are logged at debug only: skip building the line's fields
    // on the hot path when that level is off.
    if result.is_err() || slog::Drain::is_debug_enabled(&rqctx.log) {
        log_outcome(rqctx, &result, caller.as_ref(), status, elapsed);
    }
    let cors = crate::cors::headers(&rqctx.context().config.cors_origins, rqctx.request.headers());
    Ok(Reply::from(result).with_headers(cors))
}

/// The request's log line with its fixed fields (request, operation,
/// status, caller, vehicle, duration).
fn log_outcome<R>(
    rqctx: &Rq,
    result: &Result<R, ApiError>,
    caller: Option<&crate::auth::Caller>,
    status: u16,
    elapsed: std::time::Duration,
) {
    let op = rqctx.endpoint.operation_id;
    let user = caller.map(|c| c.client_id.clone()).unwrap_or_default();
    let vehicle = rqctx
        .request
        .uri()
        .path()
        .split('/')
        .skip_while(|s| !matches!(*s, "vehicle" | "vehicles"))
        .nth(1)
        .map(str::to_owned)
        .or_else(|| caller.and_then(|c| c.vehicle_id.clone()))
        .unwrap_or_default();
    let log = rqctx.log.new(slog::o!(
        "request_id" => rqctx.request_id.clone(),
        "op" => op.to_string(),
        "status" => status,
        "user_id" => user,
        "vehicle_id" => vehicle,
        "duration_ms" => elapsed.as_secs_f64() * 1e3,
    ));
    match result {
        Err(e) if status >= 500 => {
            slog::error!(log, "{op} failed: {e}"; "cause" => e.internal().unwrap_or(""));
        }
        Err(e) => slog::info!(log, "{op} refused: {}", e.code()),
        Ok(_) => slog::debug!(log, "{op} done"),
    }
}

/// The server's implementation of the contract.
pub enum TvmApiImpl {}

impl TvmHandlers for TvmApiImpl {
    async fn token_create(
        rqctx: Rq,
        body: JsonBody<TokenRequest>,
    ) -> Out<HttpResponseOk<TokenResponse>> {
        run(&rqctx, http::auth::token_create(rqctx.context(), body)).await
    }

    async fn token_refresh(
        rqctx: Rq,
        body: JsonBody<RefreshRequest>,
    ) -> Out<HttpResponseOk<TokenResponse>> {
        run(&rqctx, http::auth::token_refresh(rqctx.context(), body)).await
    }

    async fn location_create(
        rqctx: Rq,
        path: Path<LocationCreatePath>,
        body: JsonBody<LocationReport>,
    ) -> Out<HttpResponseOk<IngestReceipt>> {
        let id = path.into_inner().vehicle_id;
        run(&rqctx, http::telemetry::create(&rqctx, &id, Kind::Location, body)).await
    }

    async fn status_create(
        rqctx: Rq,
        path: Path<StatusCreatePath>,
        body: JsonBody<StatusReport>,
    ) -> Out<HttpResponseOk<IngestReceipt>> {
        let id = path.into_inner().vehicle_id;
        run(&rqctx, http::telemetry::create(&rqctx, &id, Kind::Status, body)).await
    }

    async fn battery_create(
        rqctx: Rq,
        path: Path<BatteryCreatePath>,
        body: JsonBody<BatteryReport>,
    ) -> Out<HttpResponseOk<IngestReceipt>> {
        let id = path.into_inner().vehicle_id;
        run(&rqctx, http::telemetry::create(&rqctx, &id, Kind::Battery, body)).await
    }

    async fn error_report_create(
        rqctx: Rq,
        path: Path<ErrorReportCreatePath>,
        body: JsonBody<ErrorReport>,
    ) -> Out<HttpResponseOk<IngestReceipt>> {
        let id = path.into_inner().vehicle_id;
        run(&rqctx, http::telemetry::create(&rqctx, &id, Kind::Error, body)).await
    }

    async fn docking_create(
        rqctx: Rq,
        path: Path<DockingCreatePath>,
        body: JsonBody<DockingReport>,
    ) -> Out<HttpResponseOk<IngestReceipt>> {
        let id = path.into_inner().vehicle_id;
        run(&rqctx, http::telemetry::create(&rqctx, &id, Kind::Docking, body)).await
    }

    async fn telemetry_bulk_create(
        rqctx: Rq,
        path: Path<TelemetryBulkCreatePath>,
        body: JsonBody<BulkUpload>,
    ) -> Out<HttpResponseOk<BulkResult>> {
        let id = path.into_inner().vehicle_id;
        run(&rqctx, http::telemetry::telemetry_bulk_create(&rqctx, &id, body)).await
    }

    async fn vehicle_list(
        rqctx: Rq,
        query: Query<VehicleListQuery>,
    ) -> Out<HttpResponseOk<VehiclePage>> {
        let q = query.into_inner();
        let all = q.include_decommissioned.unwrap_or(false);
        run(&rqctx, http::reads::vehicle_list(&rqctx, q.cursor.as_deref(), q.limit, all)).await
    }

    async fn fleet_snapshot(rqctx: Rq) -> Out<::http::Response<dropshot::Body>> {
        run(&rqctx, http::reads::fleet_snapshot(&rqctx)).await
    }

    async fn vehicle_create(
        rqctx: Rq,
        body: JsonBody<VehicleCreate>,
    ) -> Out<HttpResponseCreated<Vehicle>> {
        run(&rqctx, http::vehicles::vehicle_create(&rqctx, body)).await
    }

    async fn vehicle_view(
        rqctx: Rq,
        path: Path<VehicleViewPath>,
    ) -> Out<HttpResponseOk<VehicleSummary>> {
        let id = path.into_inner().vehicle_id;
        run(&rqctx, http::vehicles::vehicle_view(&rqctx, &id)).await
    }

    async fn vehicle_update(
        rqctx: Rq,
        path: Path<VehicleUpdatePath>,
        body: JsonBody<VehicleUpdate>,
    ) -> Out<HttpResponseOk<Vehicle>> {
        let id = path.into_inner().vehicle_id;
        run(&rqctx, http::vehicles::vehicle_update(&rqctx, &id, body)).await
    }

    async fn vehicle_decommission(
        rqctx: Rq,
        path: Path<VehicleDecommissionPath>,
    ) -> Out<HttpResponseDeleted> {
        let id = path.into_inner().vehicle_id;
        run(&rqctx, http::vehicles::vehicle_decommission(&rqctx, &id)).await
    }

    async fn vehicle_location_list(
        rqctx: Rq,
        path: Path<VehicleLocationListPath>,
        query: Query<VehicleLocationListQuery>,
    ) -> Out<HttpResponseOk<LocationPage>> {
        let (id, q) = (path.into_inner().vehicle_id, query.into_inner());
        let (from, to, cursor, limit) = (q.from, q.to, q.cursor.as_deref(), q.limit);
        run(
            &rqctx,
            http::reads::vehicle_history(&rqctx, Kind::Location, &id, from, to, cursor, limit),
        )
        .await
    }

    async fn vehicle_status_list(
        rqctx: Rq,
        path: Path<VehicleStatusListPath>,
        query: Query<VehicleStatusListQuery>,
    ) -> Out<HttpResponseOk<StatusPage>> {
        let (id, q) = (path.into_inner().vehicle_id, query.into_inner());
        let (from, to, cursor, limit) = (q.from, q.to, q.cursor.as_deref(), q.limit);
        run(
            &rqctx,
            http::reads::vehicle_history(&rqctx, Kind::Status, &id, from, to, cursor, limit),
        )
        .await
    }

    async fn vehicle_battery_list(
        rqctx: Rq,
        path: Path<VehicleBatteryListPath>,
        query: Query<VehicleBatteryListQuery>,
    ) -> Out<HttpResponseOk<BatteryPage>> {
        let (id, q) = (path.into_inner().vehicle_id, query.into_inner());
        let (from, to, cursor, limit) = (q.from, q.to, q.cursor.as_deref(), q.limit);
        run(
            &rqctx,
            http::reads::vehicle_history(&rqctx, Kind::Battery, &id, from, to, cursor, limit),
        )
        .await
    }

    async fn vehicle_docking_list(
        rqctx: Rq,
        path: Path<VehicleDockingListPath>,
        query: Query<VehicleDockingListQuery>,
    ) -> Out<HttpResponseOk<DockingPage>> {
        let (id, q) = (path.into_inner().vehicle_id, query.into_inner());
        let (from, to, cursor, limit) = (q.from, q.to, q.cursor.as_deref(), q.limit);
        run(
            &rqctx,
            http::reads::vehicle_history(&rqctx, Kind::Docking, &id, from, to, cursor, limit),
        )
        .await
    }

    async fn battery_health_view(
        rqctx: Rq,
        path: Path<BatteryHealthViewPath>,
    ) -> Out<HttpResponseOk<BatteryHealth>> {
        let id = path.into_inner().vehicle_id;
        run(&rqctx, http::analytics::battery_health_view(&rqctx, &id)).await
    }

    async fn location_tracks(
        rqctx: Rq,
        query: Query<LocationTracksQuery>,
    ) -> Out<::http::Response<dropshot::Body>> {
        let q = query.into_inner();
        run(&rqctx, http::reads::location_tracks(&rqctx, &q.vehicle_ids, q.from, q.to)).await
    }

    async fn location_history_list(
        rqctx: Rq,
        query: Query<LocationHistoryListQuery>,
    ) -> Out<HttpResponseOk<LocationPage>> {
        let q = query.into_inner();
        let (from, to, cursor, limit) = (q.from, q.to, q.cursor.as_deref(), q.limit);
        run(
            &rqctx,
            http::reads::location_history_list(&rqctx, &q.vehicle_ids, from, to, cursor, limit),
        )
        .await
    }

    async fn docking_stats_list(
        rqctx: Rq,
        query: Query<DockingStatsListQuery>,
    ) -> Out<HttpResponseOk<DockingStatsList>> {
        let q = query.into_inner();
        let vehicle = q.vehicle_id.as_ref().map(|v| v.as_str());
        let station = q.station_id.as_deref();
        run(&rqctx, http::analytics::docking_stats_list(&rqctx, vehicle, station)).await
    }

    async fn error_list(rqctx: Rq, query: Query<ErrorListQuery>) -> Out<HttpResponseOk<ErrorPage>> {
        let q = query.into_inner();
        let (vehicle, severity) =
            (q.vehicle_id.as_ref().map(|v| v.as_str()), q.severity.map(|s| s.to_string()));
        let (from, to, cursor, limit) = (q.from, q.to, q.cursor.as_deref(), q.limit);
        run(
            &rqctx,
            http::reads::error_list(&rqctx, vehicle, severity, q.resolved, from, to, cursor, limit),
        )
        .await
    }

    async fn error_resolve(
        rqctx: Rq,
        path: Path<ErrorResolvePath>,
        body: JsonBody<ErrorResolve>,
    ) -> Out<HttpResponseOk<ErrorRecord>> {
        let id = path.into_inner().error_id;
        run(&rqctx, http::reads::error_resolve(&rqctx, id, body)).await
    }

    async fn mission_list(
        rqctx: Rq,
        query: Query<MissionListQuery>,
    ) -> Out<HttpResponseOk<MissionPage>> {
        let q = query.into_inner();
        let (vehicle, status) =
            (q.vehicle_id.as_ref().map(|v| v.as_str()), q.status.map(|s| s.to_string()));
        run(
            &rqctx,
            http::reads::mission_list(&rqctx, vehicle, status, q.cursor.as_deref(), q.limit),
        )
        .await
    }

    async fn mission_view(rqctx: Rq, path: Path<MissionViewPath>) -> Out<HttpResponseOk<Mission>> {
        let id = path.into_inner().mission_id;
        run(&rqctx, http::reads::mission_view(&rqctx, &id)).await
    }

    async fn reservation_list(
        rqctx: Rq,
        query: Query<ReservationListQuery>,
    ) -> Out<HttpResponseOk<ReservationPage>> {
        let q = query.into_inner();
        let status = q.status.map(|s| s.to_string());
        run(&rqctx, http::reads::reservation_list(&rqctx, status, q.cursor.as_deref(), q.limit))
            .await
    }

    async fn reservation_create(
        rqctx: Rq,
        body: JsonBody<ReservationCreate>,
    ) -> Out<HttpResponseCreated<Reservation>> {
        run(&rqctx, http::reads::reservation_create(&rqctx, body)).await
    }

    async fn command_create(
        rqctx: Rq,
        path: Path<CommandCreatePath>,
        body: JsonBody<CommandCreate>,
    ) -> Out<HttpResponseAccepted<CommandAccepted>> {
        let id = path.into_inner().vehicle_id;
        run(&rqctx, http::commands::command_create(&rqctx, &id, body)).await
    }

    async fn command_list(
        rqctx: Rq,
        path: Path<CommandListPath>,
        query: Query<CommandListQuery>,
    ) -> Out<HttpResponseOk<CommandPage>> {
        let (id, q) = (path.into_inner().vehicle_id, query.into_inner());
        let (cursor, limit) = (q.cursor.as_deref(), q.limit);
        run(&rqctx, http::commands::command_list(&rqctx, &id, q.from, q.to, cursor, limit)).await
    }

    async fn command_view(
        rqctx: Rq,
        path: Path<CommandViewPath>,
    ) -> Out<HttpResponseOk<CommandRecord>> {
        let p = path.into_inner();
        run(&rqctx, http::commands::command_view(&rqctx, &p.vehicle_id, p.command_id)).await
    }

    async fn client_create(
        rqctx: Rq,
        body: JsonBody<ClientCreate>,
    ) -> Out<HttpResponseCreated<ClientCreated>> {
        run(&rqctx, http::clients::client_create(&rqctx, body)).await
    }

    async fn client_list(
        rqctx: Rq,
        query: Query<ClientListQuery>,
    ) -> Out<HttpResponseOk<ClientPage>> {
        let q = query.into_inner();
        run(&rqctx, http::clients::client_list(&rqctx, q.cursor.as_deref(), q.limit)).await
    }

    async fn client_revoke(rqctx: Rq, path: Path<ClientRevokePath>) -> Out<HttpResponseDeleted> {
        let id = path.into_inner().client_id;
        run(&rqctx, http::clients::client_revoke(&rqctx, &id)).await
    }

    async fn audit_log_list(
        rqctx: Rq,
        query: Query<AuditLogListQuery>,
    ) -> Out<HttpResponseOk<AuditPage>> {
        let q = query.into_inner();
        let vehicle = q.vehicle_id.as_ref().map(|v| v.as_str());
        let (from, to, cursor, limit) = (q.from, q.to, q.cursor.as_deref(), q.limit);
        let action = q.action.as_deref();
        run(&rqctx, http::reads::audit_log_list(&rqctx, vehicle, action, from, to, cursor, limit))
            .await
    }

    async fn stream_open(
        rqctx: Rq,
        query: Query<StreamOpenQuery>,
    ) -> Out<::http::Response<dropshot::Body>> {
        let q = query.into_inner();
        let (ids, token) = (q.vehicle_ids.as_deref(), q.token.as_deref());
        run(&rqctx, live::sse::stream_open(&rqctx, ids, token)).await
    }

    async fn vehicle_socket_open(
        rqctx: Rq,
        path: Path<VehicleSocketOpenPath>,
        query: Query<VehicleSocketOpenQuery>,
        upgrade: WebsocketUpgrade,
    ) -> Out<::http::Response<dropshot::Body>> {
        let (id, token) = (path.into_inner().vehicle_id.to_string(), query.into_inner().token);
        run(&rqctx, live::vehicle_socket_open(&rqctx, id, token, upgrade)).await
    }

    async fn fleet_socket_open(
        rqctx: Rq,
        query: Query<FleetSocketOpenQuery>,
        upgrade: WebsocketUpgrade,
    ) -> Out<::http::Response<dropshot::Body>> {
        let token = query.into_inner().token;
        run(&rqctx, live::fleet_socket_open(&rqctx, token, upgrade)).await
    }

    async fn health_view(rqctx: Rq) -> Out<HttpResponseOk<HealthReport>> {
        run(&rqctx, http::health::health_view(rqctx.context())).await
    }
}
