//! `token_create` and `token_refresh`: client credentials for an access
//! token and a refresh token; refresh tokens rotate on use and a reused one
//! revokes its whole family.

use chrono::{Duration, Utc};
use uuid::Uuid;

use crate::auth::{Caller, secrets};
use crate::context::ServerCtx;
use crate::db::auth::{ClientRow, RefreshOutcome};
use crate::error::ApiError;
use crate::extract::JsonBody;
use crate::front::Rq;
use crate::limits::Rule;
use crate::models::{
    ErrorCode, RefreshRequest, Role, TokenRequest, TokenResponse, TokenResponseTokenType,
};

fn invalid_credentials() -> ApiError {
    ApiError::new(ErrorCode::InvalidCredentials, "invalid client credentials")
}

pub async fn token_create(
    rq: &Rq,
    body: JsonBody<TokenRequest>,
) -> Result<TokenResponse, ApiError> {
    let ctx = rq.context();
    let req = body.into_model()?;
    let client_id = req.client_id.to_string();
    // Attempts are limited per source address, never per client id: a
    // guesser backs off; the client it guesses at can still log in. Behind
    // a trusted reverse proxy, the address it saw.
    let source = rq.client.to_string();
    ctx.limits.take(Rule::Login, &source).await?;
    let client = ctx.store.client_get(&client_id).await?.filter(|c| c.revoked_at.is_none());
    // Verify against a decoy when there is no such client, so the answer
    // takes as long and says as little as a wrong secret.
    let phc = client
        .as_ref()
        .map_or_else(|| secrets::decoy_hash().to_string(), |c| c.secret_hash.clone());
    let secret = req.client_secret.to_string();
    // A caller that went away (a reset HTTP/2 stream, a closed connection)
    // costs no hash that has not started yet.
    let checked = tokio::select! {
        checked = ctx.password_checks.verify(secret, phc) => checked,
        () = rq.gone.cancelled() => {
            return Err(ApiError::new(ErrorCode::ServiceUnavailable, "the caller went away"));
        }
    };
    let Some(ok) = checked else {
        // Every password check is busy: refused at once, to be retried.
        return Err(ApiError::new(
            ErrorCode::ServiceUnavailable,
            "too many logins at once; retry in a second",
        )
        .with_retry_after(1));
    };
    match client {
        Some(c) if ok => issue(ctx, &c, Uuid::new_v4()).await,
        _ => Err(invalid_credentials()),
    }
}

pub async fn token_refresh(
    rq: &Rq,
    body: JsonBody<RefreshRequest>,
) -> Result<TokenResponse, ApiError> {
    let ctx = rq.context();
    let req = body.into_model()?;
    let digest = secrets::refresh_digest(req.refresh_token.as_str());
    let (token, new_digest) = secrets::new_refresh_token();
    let expires = Utc::now() + Duration::seconds(ctx.config.refresh_token_ttl_s as i64);
    match ctx.store.refresh_rotate(&digest, &new_digest, expires).await? {
        RefreshOutcome::Rotated { client, family } => {
            let caller = Caller { family: Some(family.to_string().into()), ..caller_of(&client)? };
            Ok(response(ctx, &caller, token))
        }
        RefreshOutcome::Reused { family } => {
            // This instance stops the login's access tokens at once; the
            // others within a registry sync.
            ctx.registry.revoke_family(&family.to_string());
            Err(reused())
        }
        RefreshOutcome::Expired => {
            Err(ApiError::new(ErrorCode::TokenExpired, "the refresh token has expired"))
        }
        RefreshOutcome::Unknown => {
            Err(ApiError::new(ErrorCode::Unauthorized, "the refresh token is not valid"))
        }
    }
}

fn caller_of(c: &ClientRow) -> Result<Caller, ApiError> {
    let role: Role = c.role.parse().map_err(|_| {
        ApiError::internal_error(format!("client {} has unknown role {}", c.client_id, c.role))
    })?;
    Ok(Caller::new(c.client_id.clone(), role, c.vehicle_id.clone()))
}

fn reused() -> ApiError {
    ApiError::new(
        ErrorCode::Unauthorized,
        "this refresh token was already used or revoked; every token issued from the same login is now revoked",
    )
}

/// A fresh access token and a refresh token of a new family.
async fn issue(ctx: &ServerCtx, c: &ClientRow, family: Uuid) -> Result<TokenResponse, ApiError> {
    let caller = Caller { family: Some(family.to_string().into()), ..caller_of(c)? };
    let (token, digest) = secrets::new_refresh_token();
    let expires = Utc::now() + Duration::seconds(ctx.config.refresh_token_ttl_s as i64);
    ctx.store.refresh_insert(c.id, family, &digest, expires).await?;
    Ok(response(ctx, &caller, token))
}

fn response(ctx: &ServerCtx, caller: &Caller, refresh_token: String) -> TokenResponse {
    let ttl = ctx.config.access_token_ttl_s;
    TokenResponse {
        access_token: ctx.tokens.issue(caller, Utc::now(), ttl),
        token_type: TokenResponseTokenType::Bearer,
        expires_in: std::num::NonZeroU64::new(ttl).expect("configured TTLs are at least 1 s"),
        refresh_token,
        refresh_expires_in: std::num::NonZeroU64::new(ctx.config.refresh_token_ttl_s)
            .expect("configured TTLs are at least 1 s"),
    }
}
