//! One request, start to end: its id (the caller's `X-Request-ID` when it
//! is sane, else a new one, on the answer and every log line), its route
//! (the generated table of the contract's operations, matched by matchit;
//! the documents, `/metrics` and CORS preflights here), the operation run on
//! the connection's task, moved to a task of its own if the caller hangs up
//! so a write is not cut short, and every refusal in the contract's error
//! shape (404 and 405 with `Allow` included).

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use dropshot::Body;
use http::header::{ALLOW, HOST, LOCATION};
use http::{HeaderMap, HeaderName, HeaderValue, Method, Request, Response, StatusCode};
use hyper::body::Incoming;
use hyper::service::{Service, service_fn};

use super::{Endpoint, Operation, Rq};

use crate::api::OPERATIONS;
use crate::context::ServerCtx;
use crate::error::ApiError;
use crate::extract::error_response;
use crate::models::{ErrorCode, MethodDetails, NotFoundDetails};
use crate::to_the_end::{ToTheEnd, panic_message};

/// The request-id header, on every request's answer (a name built once:
/// from text, a header name that is not a standard one is copied each time).
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The longest caller's request id we echo.
const REQUEST_ID_MAX: usize = 128;

/// The methods an operation of the contract can have.
const METHODS: [Method; 5] =
    [Method::GET, Method::POST, Method::PUT, Method::PATCH, Method::DELETE];

/// The label of refused requests that matched no operation, in
/// `tvm_http_requests_total`.
const UNROUTED: &str = "unrouted";

/// The operations of one path template, by method: a handful at most, so
/// a list, searched in order.
type Methods = Vec<Route>;

/// An operation as the router finds it: its entry and the names of its
/// template's parameters, in the order they appear (and are matched).
struct Route {
    entry: &'static crate::front::Entry,
    names: Vec<&'static str>,
}

/// Answers requests; shared by every connection.
pub struct Front {
    ctx: Arc<ServerCtx>,
    /// Each path template of the contract and its operations.
    router: matchit::Router<Methods>,
    /// The listening address, for a redirect when a request has no `Host`.
    local_addr: SocketAddr,
    log: slog::Logger,
    /// Open connections under their cap.
    admission: Arc<super::conn::Admission>,
}

/// What serves one connection's requests.
pub trait ConnectionService:
    Service<
        Request<Incoming>,
        Response = Response<Body>,
        Error = Infallible,
        Future: Send + 'static,
    > + Send
    + 'static
{
}

impl<S> ConnectionService for S where
    S: Service<
            Request<Incoming>,
            Response = Response<Body>,
            Error = Infallible,
            Future: Send + 'static,
        > + Send
        + 'static
{
}

/// Where a request goes.
enum Target {
    Operation(Operation, Endpoint),
    Own(Own),
    Preflight,
}

/// The routes outside the API description (all `GET`).
#[derive(Clone, Copy)]
enum Own {
    Docs,
    Metrics,
}

/// A request refused before any handler: the error and, for a 405, the
/// methods the path has.
struct Refusal {
    error: ApiError,
    allow: Option<Vec<&'static str>>,
}

impl Front {
    pub fn new(ctx: Arc<ServerCtx>, local_addr: SocketAddr, log: slog::Logger) -> Self {
        let admission = super::conn::Admission::new(ctx.config.max_connections);
        Front { ctx, router: router(), local_addr, log, admission }
    }

    /// Open connections and their cap.
    pub fn admission(&self) -> Arc<super::conn::Admission> {
        self.admission.clone()
    }

    pub fn context(&self) -> &ServerCtx {
        &self.ctx
    }

    /// The server context, for a task that outlives a request.
    pub fn shared(&self) -> Arc<ServerCtx> {
        self.ctx.clone()
    }

    /// Wait for the operations still running, and what they left to run
    /// to its end (`Services::unfinished`).
    pub async fn finish(&self) {
        let unfinished = &self.ctx.unfinished;
        unfinished.close();
        unfinished.wait().await;
    }

    /// The service of one connection from `remote`.
    pub fn service(self: &Arc<Self>, remote: SocketAddr) -> impl ConnectionService {
        let front = self.clone();
        service_fn(move |request| {
            let front = front.clone();
            async move { Ok(front.answer(remote, request).await) }
        })
    }

    /// The service of a plain-HTTP connection to the TLS port.
    pub fn redirect_service(self: &Arc<Self>) -> impl ConnectionService {
        let front = self.clone();
        service_fn(move |request| {
            let answer = front.redirect(&request);
            async move { Ok(answer) }
        })
    }

    async fn answer(&self, remote: SocketAddr, mut request: Request<Incoming>) -> Response<Body> {
        let started = Instant::now();
        let request_id = request_id(request.headers());
        let gzip_accepted = super::gzip::accepts(request.headers());
        // The method and URI are rendered only for a line that is written
        // (successes are not, at the default level).
        let (method, uri) = (request.method().clone(), request.uri().clone());
        let log = self.log.new(slog::o!(
            "req_id" => request_id.clone(),
            "method" => slog::FnValue(move |_| method.to_string()),
            "uri" => slog::FnValue(move |_| uri.to_string()),
            "remote_addr" => remote,
        ));
        let ctx = self.context();
        let client = crate::networks::client_address(
            remote.ip(),
            request.headers(),
            &ctx.config.trusted_proxies,
        );
        // Behind a trusted proxy, the lines also name the caller it forwarded.
        let log = if client == remote.ip() {
            log
        } else {
            log.new(slog::o!("client_addr" => client.to_string()))
        };
        let response = match route(&self.router, request.method(), request.uri().path()) {
            Ok(Target::Operation(op, endpoint)) => {
                let name = endpoint.operation_id;
                let cors = crate::cors::headers(&ctx.config.cors_origins, request.headers());
                let rqctx = Rq::new(
                    self.ctx.clone(),
                    &mut request,
                    client,
                    request_id.clone(),
                    log.clone(),
                    endpoint,
                );
                // This future is dropped when the caller goes away; the
                // operation runs on in a task (a write is not cut short)
                // but knows.
                let _gone_when_dropped = rqctx.gone.clone().drop_guard();
                let unfinished = &self.ctx.unfinished;
                match ToTheEnd::new(op(rqctx, request), unfinished).await {
                    Ok(Ok(response)) => response,
                    // Refused by an extractor before the handler ran (a
                    // path or query that does not parse, a body over the
                    // limit); the handlers render their own errors.
                    Ok(Err(e)) => {
                        slog::info!(log, "request refused"; "op" => name, "status" => e.status().as_u16(), "code" => %e.code(), "message" => &e.message);
                        self.refused(name, &e, cors, started)
                    }
                    Err(panic) => {
                        let e = format!("the operation panicked: {}", panic_message(&*panic));
                        slog::error!(log, "handler failed"; "op" => name, "cause" => &e);
                        self.refused(name, &ApiError::internal_error(e), cors, started)
                    }
                }
            }
            Ok(Target::Own(Own::Docs)) => crate::docs::page(request.uri().path()),
            Ok(Target::Own(Own::Metrics)) => metrics_page(ctx),
            Ok(Target::Preflight) => {
                crate::cors::preflight(&ctx.config.cors_origins, request.headers())
            }
            Err(refusal) => {
                let cors = crate::cors::headers(&ctx.config.cors_origins, request.headers());
                let mut response = self.refused(UNROUTED, &refusal.error, cors, started);
                if let Some(allow) = refusal.allow
                    && let Ok(v) = HeaderValue::from_str(&allow.join(", "))
                {
                    response.headers_mut().insert(ALLOW, v);
                }
                response
            }
        };
        let mut response =
            super::gzip::encode(response, ctx.config.gzip_min_bytes, gzip_accepted).await;
        let id = HeaderValue::from_str(&request_id).expect("request ids are checked header values");
        response.headers_mut().insert(REQUEST_ID, id);
        slog::info!(log, "request completed";
            "response_code" => response.status().as_u16(),
            "latency_us" => started.elapsed().as_micros() as u64);
        response
    }

    /// A refusal no operation rendered: counted under `label`, in the
    /// contract's shape, with the CORS headers for the caller's origin.
    fn refused(
        &self,
        label: &str,
        e: &ApiError,
        cors: HeaderMap,
        started: Instant,
    ) -> Response<Body> {
        let elapsed = started.elapsed().as_secs_f64();
        self.ctx.metrics.request(label, e.status().as_status(), elapsed);
        let mut response = error_response(e);
        response.headers_mut().extend(cors);
        response
    }

    /// `308 Permanent Redirect` to the same URL over HTTPS (method and body
    /// kept by the client).
    fn redirect(&self, request: &Request<Incoming>) -> Response<Body> {
        let request_id = request_id(request.headers());
        let host = request
            .headers()
            .get(HOST)
            .and_then(|h| h.to_str().ok())
            .filter(|h| is_host(h))
            .map(str::to_owned)
            .unwrap_or_else(|| self.local_addr.to_string());
        let target = request.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
        let location = format!("https://{host}{target}");
        slog::debug!(self.log, "plain HTTP redirected"; "req_id" => &request_id, "location" => &location);
        let mut b = Response::builder()
            .status(StatusCode::PERMANENT_REDIRECT)
            .header(REQUEST_ID, &request_id)
            .header(http::header::CONTENT_TYPE, "text/plain; charset=utf-8");
        if let Ok(v) = HeaderValue::from_str(&location) {
            b = b.header(LOCATION, v);
        }
        b.body(format!("this server speaks HTTPS only: {location}\n").into())
            .expect("valid response")
    }
}

/// Where `method path` goes: a route of our own, an operation of the
/// contract (its path parameters decoded), a CORS preflight, or a refusal.
fn route(
    router: &matchit::Router<Methods>,
    method: &Method,
    path: &str,
) -> Result<Target, Refusal> {
    if let Some(own) = own_route(path) {
        return if method == Method::GET {
            Ok(Target::Own(own))
        } else {
            Err(not_allowed(method, path, vec!["GET"]))
        };
    }
    let Ok(found) = router.at(path) else {
        return Err(not_found(path));
    };
    let methods = found.value;
    match methods.iter().find(|r| r.entry.method == method) {
        Some(Route { entry, names }) => {
            let variables = variables(names, &found.params, path)?;
            let endpoint = Endpoint { operation_id: entry.operation_id, variables };
            Ok(Target::Operation(entry.call, endpoint))
        }
        None if method == Method::OPTIONS => Ok(Target::Preflight),
        None => {
            let mut allow: Vec<&'static str> = METHODS
                .iter()
                .filter(|m| methods.iter().any(|r| r.entry.method == *m))
                .map(Method::as_str)
                .collect();
            allow.push("OPTIONS");
            Err(not_allowed(method, path, allow))
        }
    }
}

/// The contract's path templates (OpenAPI's `{name}` is matchit's syntax
/// too), each with its operations by method.
fn router() -> matchit::Router<Methods> {
    let mut by_path: HashMap<&'static str, Methods> = HashMap::new();
    for entry in &OPERATIONS {
        let methods = by_path.entry(entry.path).or_default();
        let clash = methods.iter().any(|r| r.entry.method == entry.method);
        assert!(!clash, "{} {} twice in the contract", entry.method, entry.path);
        let names = entry
            .path
            .split('/')
            .filter_map(|t| t.strip_prefix('{').and_then(|t| t.strip_suffix('}')))
            .collect();
        methods.push(Route { entry, names });
    }
    let mut router = matchit::Router::new();
    for (path, methods) in by_path {
        router.insert(path, methods).unwrap_or_else(|e| panic!("route {path}: {e}"));
    }
    router
}

fn own_route(path: &str) -> Option<Own> {
    if path == "/metrics" {
        Some(Own::Metrics)
    } else if crate::docs::serves(path) {
        Some(Own::Docs)
    } else {
        None
    }
}

/// The path parameters the router matched (each a whole segment, as sent),
/// named by the operation's template and percent-decoded.
fn variables(
    names: &[&'static str],
    matched: &matchit::Params,
    path: &str,
) -> Result<Vec<(&'static str, String)>, Refusal> {
    debug_assert_eq!(names.len(), matched.len(), "{path}");
    let mut out = Vec::with_capacity(names.len());
    for (name, (_, raw)) in names.iter().zip(matched.iter()) {
        let value =
            percent_encoding::percent_decode_str(raw).decode_utf8().map_err(|_| bad_path(path))?;
        out.push((*name, value.into_owned()));
    }
    Ok(out)
}

fn bad_path(path: &str) -> Refusal {
    let error = ApiError::new(
        ErrorCode::ValidationFailed,
        format!("the request path {path:?} is not valid percent-encoded UTF-8"),
    );
    Refusal { error, allow: None }
}

fn not_found(path: &str) -> Refusal {
    let error = ApiError::new(ErrorCode::NotFound, format!("no route for {path:?}"))
        .with_details(NotFoundDetails { path: Some(path.to_string()) });
    Refusal { error, allow: None }
}

fn not_allowed(method: &Method, path: &str, allow: Vec<&'static str>) -> Refusal {
    let error = ApiError::new(
        ErrorCode::MethodNotAllowed,
        format!("{method} is not allowed on {path:?}; allowed: {}", allow.join(", ")),
    )
    .with_details(MethodDetails {
        method: Some(method.as_str().to_string()),
        allowed: allow.iter().map(|m| m.to_string()).collect(),
    });
    Refusal { error, allow: Some(allow) }
}

/// The caller's `X-Request-ID` when it is sane (1 to 128 characters of
/// letters, digits and `-_.:/+=@`), else a new UUID.
fn request_id(headers: &HeaderMap) -> String {
    headers
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| is_sane_request_id(v))
        .map_or_else(new_request_id, str::to_owned)
}

/// A fresh request id: a v4 UUID's text, encoded directly (through
/// `Display` it cost about 400 instructions a request).
fn new_request_id() -> String {
    let mut text = uuid::Uuid::encode_buffer();
    uuid::Uuid::new_v4().hyphenated().encode_lower(&mut text).to_owned()
}

fn is_sane_request_id(v: &str) -> bool {
    (1..=REQUEST_ID_MAX).contains(&v.len())
        && v.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.:/+=@".contains(&b))
}

/// A `Host` value fit for a `Location`: a name or address and a port.
fn is_host(h: &str) -> bool {
    (1..=255).contains(&h.len())
        && h.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
}

/// The `/metrics` answer (outside the API).
fn metrics_page(ctx: &ServerCtx) -> Response<Body> {
    Response::builder()
        .header(http::header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")
        .body(ctx.metrics_text().into())
        .expect("valid response")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::to_the_end::future_size;

    /// Path parameters by name, decoded.
    type Variables = Vec<(&'static str, String)>;

    /// The operation id and decoded path parameters `method path` routes
    /// to, or the status it is refused with.
    fn routed(method: Method, path: &str) -> Result<(&'static str, Variables), u16> {
        match route(&router(), &method, path) {
            Ok(Target::Operation(_, e)) => Ok((e.operation_id, e.variables)),
            Ok(_) => panic!("{method} {path} is not an operation"),
            Err(refusal) => Err(refusal.error.status().as_u16()),
        }
    }

    #[test]
    fn path_parameters_are_named_by_the_template_and_decoded() {
        let (op, vars) = routed(Method::POST, "/api/v1/vehicle/AV%2D001/location").unwrap();
        assert_eq!((op, vars), ("location_create", vec![("vehicle_id", "AV-001".to_string())]));
        let path = "/api/v1/vehicles/AV-7/commands/0b9a2c1e-0000-4000-8000-000000000001";
        let (op, vars) = routed(Method::GET, path).unwrap();
        assert_eq!(op, "command_view");
        assert_eq!(
            vars,
            [
                ("vehicle_id", "AV-7".to_string()),
                ("command_id", "0b9a2c1e-0000-4000-8000-000000000001".to_string())
            ]
        );
        assert_eq!(routed(Method::POST, "/api/v1/vehicle/%FF/location").unwrap_err(), 400);
        assert_eq!(routed(Method::DELETE, "/api/v1/vehicle/AV-1/location").unwrap_err(), 405);
        assert_eq!(routed(Method::GET, "/api/v1/vehicle/AV-1/nowhere").unwrap_err(), 404);
    }

    #[test]
    fn a_reports_future_is_small_enough_to_box_and_move_per_request() {
        // Each request's operation future is allocated and moved whole, and
        // vehicles send reports at fleet rates. The handler once sat in it
        // twice and the rare database reads on the way (warm-up, a vehicle
        // or client not cached, a live state not loaded) were inline: a
        // location's was 12.5 KB, now about 3 KB.
        use crate::api::operations as op;
        for (op, size) in [
            ("location_create", future_size(&op::location_create)),
            ("status_create", future_size(&op::status_create)),
            ("battery_create", future_size(&op::battery_create)),
            ("error_report_create", future_size(&op::error_report_create)),
            ("docking_create", future_size(&op::docking_create)),
        ] {
            assert!(size <= 4 * 1024, "{op}'s future is {size} bytes");
        }
    }

    #[test]
    fn a_sane_caller_id_is_kept_and_anything_else_replaced() {
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(REQUEST_ID, HeaderValue::from_str(v).unwrap());
            request_id(&h)
        };
        assert_eq!(with("trace-42:abc/7"), "trace-42:abc/7");
        assert_eq!(
            with("0f9e1c2a-5b1d-4c7e-9a3f-2d8b6e4c1a00"),
            "0f9e1c2a-5b1d-4c7e-9a3f-2d8b6e4c1a00"
        );
        for bad in ["has space", "semi;colon", "quote\"", &"x".repeat(129), ""] {
            let id = with(bad);
            assert_ne!(id, bad);
            assert!(uuid::Uuid::parse_str(&id).is_ok(), "{bad:?} gave {id:?}");
        }
        // A new one reads as a UUID's usual text (lower case, hyphenated).
        let fresh = request_id(&HeaderMap::new());
        assert_eq!(uuid::Uuid::parse_str(&fresh).unwrap().to_string(), fresh);
    }

    #[test]
    fn only_host_names_and_ports_go_into_a_redirect() {
        assert!(is_host("fleet.example.org:8443"));
        assert!(is_host("[::1]:8443"));
        assert!(!is_host("evil.example/path"));
        assert!(!is_host("a b"));
        assert!(!is_host(""));
    }
}
