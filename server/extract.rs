//! The JSON body both generated traits take, whose decoding errors reach the
//! handler as `ApiError`s (read by `crate::front`; its dropshot extractor
//! serves the description), the `Reply` every operation answers with, and a
//! nameable type for dropshot's WebSocket switch in the description.

use dropshot::{
    ApiEndpointBodyContentType, ExclusiveExtractor, ExtractorMetadata, RequestContext,
    ServerContext, TypedBody, UntypedBody,
};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// Names the `Ok` type of a `Result`.
pub trait OkType {
    type Ok;
}
impl<T, E> OkType for Result<T, E> {
    type Ok = T;
}
/// dropshot's `SwitchingToWebsocket` (not exported under its own name).
pub type SwitchingToWebsocket = <dropshot::WebsocketEndpointResult as OkType>::Ok;

/// A JSON request body, described in the API as `T`. Reading it never fails
/// the extractor (except for transport errors and the size limit, which come
/// out through `From<HttpError>`): content-type, syntax and schema problems
/// are kept as an [`ApiError`] for the handler's validation step, so that
/// they are reported with every failing JSON pointer in our error shape.
#[derive(Debug)]
pub struct JsonBody<T> {
    raw: Result<serde_json::Value, ApiError>,
    _t: std::marker::PhantomData<fn() -> T>,
}

impl<T> JsonBody<T> {
    /// Read the request's body (at most `limit` bytes): the front's
    /// extractor. A transport error or an over-limit body refuses the
    /// request; content-type and syntax problems are kept for the handler.
    pub async fn read(
        request: hyper::Request<hyper::body::Incoming>,
        limit: usize,
    ) -> Result<Self, ApiError> {
        let json = is_json(request.headers().get(http::header::CONTENT_TYPE));
        let bytes = crate::front::extract::body_bytes(request, limit).await?;
        Ok(Self::parse(json, &bytes))
    }

    fn parse(json: bool, bytes: &[u8]) -> Self {
        let raw = if !json {
            Err(ApiError::unsupported_media_type())
        } else {
            serde_json::from_slice(bytes).map_err(ApiError::malformed_json)
        };
        JsonBody { raw, _t: std::marker::PhantomData }
    }

    /// The parsed JSON document, or why it could not be read.
    pub fn into_value(self) -> Result<serde_json::Value, ApiError> {
        self.raw
    }
}

fn is_json(content_type: Option<&http::HeaderValue>) -> bool {
    let Some(ct) = content_type.and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let essence = ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

#[async_trait::async_trait]
impl<T> ExclusiveExtractor for JsonBody<T>
where
    T: JsonSchema + DeserializeOwned + Send + Sync + 'static,
{
    async fn from_request<Context: ServerContext>(
        rqctx: &RequestContext<Context>,
        request: hyper::Request<dropshot::Body>,
    ) -> Result<Self, dropshot::HttpError> {
        let json = is_json(request.headers().get(http::header::CONTENT_TYPE));
        let body = UntypedBody::from_request(rqctx, request).await?;
        Ok(Self::parse(json, body.as_bytes()))
    }

    fn metadata(content_type: ApiEndpointBodyContentType) -> ExtractorMetadata {
        TypedBody::<T>::metadata(content_type)
    }
}

/// Every operation's success type wrapped so that the operation can also
/// answer with an error it rendered itself (dropshot's error path cannot add
/// headers, and a 429 needs `Retry-After`) and carry extra headers (CORS).
/// The API description is `R`'s.
pub struct Reply<R> {
    result: Result<R, ApiError>,
    headers: http::HeaderMap,
}

impl<R> From<Result<R, ApiError>> for Reply<R> {
    fn from(result: Result<R, ApiError>) -> Self {
        Reply { result, headers: http::HeaderMap::new() }
    }
}

impl<R> Reply<R> {
    /// Add these headers to whatever the answer is.
    pub fn with_headers(mut self, headers: http::HeaderMap) -> Self {
        self.headers.extend(headers);
        self
    }
}

/// Render an error in the contract's shape.
pub fn error_response(e: &ApiError) -> http::Response<dropshot::Body> {
    let body = serde_json::to_vec(e).expect("ApiError serializes");
    let mut b = http::Response::builder()
        .status(e.status().as_status())
        .header(http::header::CONTENT_TYPE, "application/json");
    if let Some(s) = e.retry_after_s() {
        b = b.header(http::header::RETRY_AFTER, s);
    }
    b.body(body.into()).expect("valid response")
}

impl<R: dropshot::HttpResponse + Send + Sync + 'static> dropshot::HttpResponse for Reply<R> {
    fn to_result(self) -> Result<http::Response<dropshot::Body>, dropshot::HttpError> {
        let mut response = match self.result {
            Ok(r) => r.to_result()?,
            Err(e) => error_response(&e),
        };
        response.headers_mut().extend(self.headers);
        Ok(response)
    }
    fn response_metadata() -> dropshot::ApiEndpointResponse {
        R::response_metadata()
    }
    fn status_code(&self) -> http::StatusCode {
        match &self.result {
            Ok(r) => r.status_code(),
            Err(e) => e.status().as_status(),
        }
    }
}
