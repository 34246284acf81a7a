//! Authentication: access tokens (HS256 JWTs with `exp`, `iss`, `aud` and
//! role checked) and the `Caller` every authenticated handler starts from;
//! `crate::gate` checks them on each request.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::error::ApiError;
use crate::models::{ErrorCode, Role};

pub mod authz;
pub mod secrets;

/// `iss` of every token this server issues.
pub const ISSUER: &str = "tvm";
/// `aud` of access tokens for this API.
pub const AUDIENCE: &str = "tvm-api";

/// What an access token says.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    /// The client id.
    pub sub: String,
    pub role: Role,
    /// The vehicle a `vehicle` client is bound to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_id: Option<String>,
    pub iat: i64,
    pub exp: i64,
    pub jti: String,
    /// The login (refresh-token family) the token was issued from: when
    /// that family is revoked, so is this token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fam: Option<String>,
}

/// An authenticated client, as every handler after `authenticate` sees it.
/// Its text is shared, not copied: a request clones its caller from the
/// verified-token cache and into the request's task-local.
#[derive(Debug, Clone, PartialEq)]
pub struct Caller {
    pub client_id: Arc<str>,
    pub role: Role,
    pub vehicle_id: Option<Arc<str>>,
    /// The login its token came from (`fam`), when it came from one.
    pub family: Option<Arc<str>>,
    /// When its token expires (Unix seconds): an open socket or stream
    /// closes then.
    pub expires_at: i64,
}

impl Caller {
    /// A caller not (yet) tied to a token: one whose token is being issued.
    pub fn new(client_id: impl Into<Arc<str>>, role: Role, vehicle_id: Option<String>) -> Self {
        let vehicle_id = vehicle_id.map(Arc::from);
        Caller { client_id: client_id.into(), role, vehicle_id, family: None, expires_at: i64::MAX }
    }
}

/// Signing and checking keys, built once from `TVM_JWT_SECRET`.
pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    /// Tokens whose signature and claims have been checked, with the caller
    /// they name and their `exp`: a vehicle sends the same token with every
    /// report, and decoding it again (base64, JSON, HMAC) was a tenth of a
    /// location's server time. Keyed by the whole token, so a hit is the
    /// very string that verified; `exp` is checked again on every hit.
    /// Read-locked on a hit, so requests on both workers never wait on each
    /// other for it (as a mutex, every request took it, and a collision
    /// cost a futex sleep and wake).
    verified: std::sync::RwLock<foldhash::HashMap<Box<str>, (Caller, i64)>>,
}

/// Most tokens kept verified; when full, the expired ones are dropped, and
/// if none were, all of them (each is verified again on its next use).
const VERIFIED_MAX: usize = 65_536;

impl TokenKeys {
    pub fn new(secret: &[u8]) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        // Tokens are minted by this server on the same clock.
        validation.leeway = 0;
        TokenKeys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            verified: Default::default(),
        }
    }

    /// A signed access token for `caller`, valid for `ttl_s` seconds.
    pub fn issue(&self, caller: &Caller, now: DateTime<Utc>, ttl_s: u64) -> String {
        let claims = Claims {
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            sub: caller.client_id.to_string(),
            role: caller.role,
            vehicle_id: caller.vehicle_id.as_deref().map(str::to_owned),
            iat: now.timestamp(),
            exp: now.timestamp() + ttl_s as i64,
            jti: uuid::Uuid::new_v4().to_string(),
            fam: caller.family.as_deref().map(str::to_owned),
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .expect("HS256 signing cannot fail")
    }

    /// Check signature, algorithm, `exp`, `iss` and `aud`, and that the role
    /// and vehicle binding agree.
    pub fn verify(&self, token: &str) -> Result<Caller, ApiError> {
        self.verify_at(token, Utc::now().timestamp())
    }

    /// `verify` at the Unix time `now` (seconds). A token seen before is
    /// only checked for expiry, the way jsonwebtoken checks it (leeway 0:
    /// expired once `exp < now`).
    fn verify_at(&self, token: &str, now: i64) -> Result<Caller, ApiError> {
        let seen = self.verified.read().expect("verified tokens").get(token).cloned();
        if let Some((caller, exp)) = seen {
            if exp < now {
                self.verified.write().expect("verified tokens").remove(token);
                return Err(expired());
            }
            return Ok(caller);
        }
        let (caller, exp) = self.decode(token)?;
        let mut verified = self.verified.write().expect("verified tokens");
        if verified.len() >= VERIFIED_MAX {
            verified.retain(|_, (_, exp)| *exp >= now);
            if verified.len() >= VERIFIED_MAX {
                verified.clear();
            }
        }
        verified.insert(token.into(), (caller.clone(), exp));
        Ok(caller)
    }

    /// Check a token in full: signature, algorithm, claims, binding.
    fn decode(&self, token: &str) -> Result<(Caller, i64), ApiError> {
        let data = jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation)
            .map_err(|e| match e.kind() {
                ErrorKind::ExpiredSignature => expired(),
                _ => ApiError::new(ErrorCode::Unauthorized, "the access token is not valid")
                    .with_internal(e),
            })?;
        let c = data.claims;
        if (c.role == Role::Vehicle) != c.vehicle_id.is_some() {
            return Err(ApiError::new(ErrorCode::Unauthorized, "the access token is not valid")
                .with_internal("role and vehicle binding disagree"));
        }
        let caller = Caller {
            client_id: c.sub.into(),
            role: c.role,
            vehicle_id: c.vehicle_id.map(Arc::from),
            family: c.fam.map(Arc::from),
            expires_at: c.exp,
        };
        Ok((caller, c.exp))
    }
}

fn expired() -> ApiError {
    ApiError::new(ErrorCode::TokenExpired, "the access token has expired")
}

/// The bearer token of a request: the `Authorization` header, or for the
/// socket and stream upgrades (browsers cannot set headers there) `?token=`.
pub fn bearer<'a>(headers: &'a http::HeaderMap, query_token: Option<&'a str>) -> Option<&'a str> {
    let header = headers.get(http::header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    match header {
        Some(h) => {
            let (scheme, token) = h.split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
        }
        None => query_token,
    }
}

tokio::task_local! {
    /// The caller of the request being handled, for its log lines.
    pub static CALLER: std::cell::RefCell<Option<Caller>>;
}

/// Note the authenticated caller of the current request (for the log).
pub fn remember_caller(caller: &Caller) {
    let _ = CALLER.try_with(|c| *c.borrow_mut() = Some(caller.clone()));
}

/// The authenticated caller of the current request, if known.
pub fn current_caller() -> Option<Caller> {
    CALLER.try_with(|c| c.borrow().clone()).ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> TokenKeys {
        TokenKeys::new(b"0123456789abcdef0123456789abcdef")
    }

    fn vehicle() -> Caller {
        Caller::new("av-1", Role::Vehicle, Some("AV-1".into()))
    }

    #[test]
    fn an_issued_token_verifies_to_its_caller_login_and_expiry() {
        let k = keys();
        let now = Utc::now();
        let caller = Caller { family: Some("login-1".into()), ..vehicle() };
        let t = k.issue(&caller, now, 60);
        assert_eq!(k.verify(&t).unwrap(), Caller { expires_at: now.timestamp() + 60, ..caller });
    }

    #[test]
    fn expired_tampered_and_foreign_tokens_are_refused() {
        let k = keys();
        let old = k.issue(&vehicle(), Utc::now() - chrono::Duration::seconds(120), 60);
        assert_eq!(k.verify(&old).unwrap_err().code(), ErrorCode::TokenExpired);
        let t = k.issue(&vehicle(), Utc::now(), 60);
        let mut parts: Vec<&str> = t.split('.').collect();
        let forged = base64::Engine::encode(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD,
            br#"{"iss":"tvm","aud":"tvm-api","sub":"x","role":"admin","iat":0,"exp":9999999999,"jti":"j"}"#,
        );
        parts[1] = &forged;
        assert_eq!(k.verify(&parts.join(".")).unwrap_err().code(), ErrorCode::Unauthorized);
        let other = TokenKeys::new(b"another secret of at least 32 chars!!").issue(
            &vehicle(),
            Utc::now(),
            60,
        );
        assert_eq!(k.verify(&other).unwrap_err().code(), ErrorCode::Unauthorized);
    }

    #[test]
    fn a_token_verified_before_still_expires_and_a_changed_one_is_checked_again() {
        let k = keys();
        let now = Utc::now();
        let t = k.issue(&vehicle(), now, 60);
        let caller = Caller { expires_at: now.timestamp() + 60, ..vehicle() };
        assert_eq!(k.verify_at(&t, now.timestamp()).unwrap(), caller);
        // The second use is answered from what was verified: same caller.
        assert_eq!(k.verify_at(&t, now.timestamp() + 60).unwrap(), caller);
        let late = k.verify_at(&t, now.timestamp() + 61).unwrap_err();
        assert_eq!(late.code(), ErrorCode::TokenExpired);
        // A token that differs from a verified one in one character of its
        // signature is not the token that verified.
        let k2 = keys();
        let t2 = k2.issue(&vehicle(), now, 60);
        k2.verify(&t2).unwrap();
        let mut bad = t2.clone().into_bytes();
        let last = bad.len() - 2;
        bad[last] = if bad[last] == b'A' { b'B' } else { b'A' };
        let bad = String::from_utf8(bad).unwrap();
        assert_eq!(k2.verify(&bad).unwrap_err().code(), ErrorCode::Unauthorized);
        assert_eq!(k2.verify(&t2).unwrap(), caller);
    }

    #[test]
    fn bearer_comes_from_the_header_first_then_the_query() {
        let mut h = http::HeaderMap::new();
        assert_eq!(bearer(&h, Some("q")), Some("q"));
        h.insert(http::header::AUTHORIZATION, "Bearer abc".parse().unwrap());
        assert_eq!(bearer(&h, Some("q")), Some("abc"));
        h.insert(http::header::AUTHORIZATION, "Basic abc".parse().unwrap());
        assert_eq!(bearer(&h, None), None);
    }
}
