//! Operations whose behaviour belongs to a later issue. They already enforce
//! the contract on their input (so clients see real validation errors) and
//! then answer `501 NOT_IMPLEMENTED` in the contract's error shape.

use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::context::ServerCtx;
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::validate;

type Rq = dropshot::RequestContext<ServerCtx>;

/// 501 for an operation without a body.
pub async fn not_yet<R>(rqctx: &Rq) -> Result<R, ApiError> {
    Err(ApiError::not_implemented(&rqctx.endpoint.operation_id))
}

/// Validate the body against its schema, then 501.
pub async fn not_yet_with_body<R, T: JsonSchema + DeserializeOwned>(
    rqctx: &Rq,
    body: JsonBody<T>,
) -> Result<R, ApiError> {
    validate::body(body)?;
    Err(ApiError::not_implemented(&rqctx.endpoint.operation_id))
}
