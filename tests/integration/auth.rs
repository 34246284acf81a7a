//! `token_create` / `token_refresh` and what every authenticated operation
//! does with a token: expiry, tampering, `alg: none`, wrong audience,
//! rotation and reuse detection, revocation.

use serde_json::json;

use crate::common::{ADMIN_ID, ADMIN_SECRET, JWT_SECRET, TestApp, error_body, location_at, ts};

#[tokio::test]
async fn token_create_returns_the_contract_shape_and_the_secret_is_hashed() {
    let app = TestApp::start().await;
    let t = app.login(ADMIN_ID, ADMIN_SECRET).await;
    assert_eq!(t.expires_in.get(), 86_400);
    assert_eq!(t.refresh_expires_in.get(), 2_592_000);
    assert_eq!(t.token_type.to_string(), "Bearer");
    assert_eq!(t.access_token.split('.').count(), 3);
    let db = app.db().await;
    let row = db
        .query_one("SELECT secret_hash FROM users WHERE client_id = $1", &[&ADMIN_ID])
        .await
        .unwrap();
    let hash: String = row.get(0);
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains(ADMIN_SECRET));
    let stored: i64 =
        db.query_one("SELECT count(*) FROM refresh_tokens", &[]).await.unwrap().get(0);
    assert_eq!(stored, 1);
    let leaked: i64 = db
        .query_one(
            "SELECT count(*) FROM refresh_tokens WHERE token_hash = convert_to($1, 'UTF8')",
            &[&t.refresh_token],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(leaked, 0, "refresh tokens are stored hashed");
    app.stop().await;
}

#[tokio::test]
async fn wrong_secret_and_unknown_client_get_the_same_401() {
    let app = TestApp::start().await;
    let wrong = app
        .post("/api/v1/auth/token", None, &json!({"client_id": ADMIN_ID, "client_secret": "nope"}))
        .await;
    let (s1, e1) = error_body(wrong).await;
    let unknown = app
        .post("/api/v1/auth/token", None, &json!({"client_id": "ghost", "client_secret": "nope"}))
        .await;
    let (s2, e2) = error_body(unknown).await;
    assert_eq!((s1, s2), (401, 401));
    assert_eq!(e1["code"], "INVALID_CREDENTIALS");
    assert_eq!(e1, e2, "no hint of which part was wrong");
    let (s, e) =
        error_body(app.post("/api/v1/auth/token", None, &json!({"client_id": ""})).await).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (400, "VALIDATION_FAILED"));
    app.stop().await;
}

#[tokio::test]
async fn requests_without_a_valid_token_are_401() {
    let app = TestApp::start().await;
    let vehicle = app.add_vehicle("AV-1").await;
    let path = "/api/v1/vehicle/AV-1/location";
    let body = location_at(&ts(0.0));
    let (s, e) = error_body(app.post(path, None, &body).await).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (401, "UNAUTHORIZED"));
    let (s, _) = error_body(app.post(path, Some("garbage"), &body).await).await;
    assert_eq!(s, 401);
    // Tampered: the payload changed, the signature kept.
    let mut parts: Vec<String> = vehicle.split('.').map(String::from).collect();
    let claims = json!({"iss": "tvm", "aud": "tvm-api", "sub": "root-admin", "role": "admin",
                        "iat": 0, "exp": 4_000_000_000i64, "jti": "x"});
    parts[1] = b64(&claims);
    let (s, _) = error_body(app.post(path, Some(&parts.join(".")), &body).await).await;
    assert_eq!(s, 401, "tampered token accepted");
    // alg: none, no signature.
    let none = format!("{}.{}.", b64(&json!({"alg": "none", "typ": "JWT"})), b64(&claims));
    let (s, _) = error_body(app.post(path, Some(&none), &body).await).await;
    assert_eq!(s, 401, "alg none accepted");
    // Right key, wrong audience / issuer; and HS512 instead of HS256.
    for (claims, alg) in [
        (
            json!({"iss": "tvm", "aud": "someone-else", "sub": "AV-1-client", "role": "vehicle", "vehicle_id": "AV-1", "iat": 0, "exp": 4_000_000_000i64, "jti": "x"}),
            jsonwebtoken::Algorithm::HS256,
        ),
        (
            json!({"iss": "evil", "aud": "tvm-api", "sub": "AV-1-client", "role": "vehicle", "vehicle_id": "AV-1", "iat": 0, "exp": 4_000_000_000i64, "jti": "x"}),
            jsonwebtoken::Algorithm::HS256,
        ),
        (
            json!({"iss": "tvm", "aud": "tvm-api", "sub": "AV-1-client", "role": "vehicle", "vehicle_id": "AV-1", "iat": 0, "exp": 4_000_000_000i64, "jti": "x"}),
            jsonwebtoken::Algorithm::HS512,
        ),
    ] {
        let t = sign(&claims, alg);
        let (s, _) = error_body(app.post(path, Some(&t), &body).await).await;
        assert_eq!(s, 401, "accepted {claims} with {alg:?}");
    }
    // The same claims correctly signed do work (the checks above are not vacuous).
    let good = sign(
        &json!({"iss": "tvm", "aud": "tvm-api", "sub": "AV-1-client", "role": "vehicle", "vehicle_id": "AV-1", "iat": 0, "exp": 4_000_000_000i64, "jti": "x"}),
        jsonwebtoken::Algorithm::HS256,
    );
    assert_eq!(app.post(path, Some(&good), &body).await.status(), 200);
    app.stop().await;
}

#[tokio::test]
async fn an_expired_access_token_is_token_expired() {
    let app = TestApp::start_env(&[("TVM_ACCESS_TOKEN_TTL_S", "1")]).await;
    let vehicle = app.add_vehicle("AV-1").await;
    assert_eq!(
        app.post("/api/v1/vehicle/AV-1/location", Some(&vehicle), &location_at(&ts(0.0)))
            .await
            .status(),
        200
    );
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let resp =
        app.post("/api/v1/vehicle/AV-1/location", Some(&vehicle), &location_at(&ts(0.0))).await;
    let (s, e) = error_body(resp).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (401, "TOKEN_EXPIRED"));
    app.stop().await;
}

#[tokio::test]
async fn refresh_rotates_and_reuse_revokes_the_whole_family() {
    let app = TestApp::start().await;
    let first = app.login(ADMIN_ID, ADMIN_SECRET).await;
    let refresh = |t: String| {
        let app = &app;
        async move { app.post("/api/v1/auth/refresh", None, &json!({"refresh_token": t})).await }
    };
    let resp = refresh(first.refresh_token.clone()).await;
    assert_eq!(resp.status(), 200);
    let second: tvm::models::TokenResponse = resp.json().await.unwrap();
    assert_ne!(second.refresh_token, first.refresh_token);
    // The new access token works.
    assert_eq!(app.get("/api/v1/clients", Some(&second.access_token)).await.status(), 200);
    // Presenting the rotated token again: refused, and the family is revoked…
    let (s, e) = error_body(refresh(first.refresh_token.clone()).await).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (401, "UNAUTHORIZED"));
    // …so the thief's or the owner's newer token is refused as well.
    let (s, _) = error_body(refresh(second.refresh_token.clone()).await).await;
    assert_eq!(s, 401);
    // A fresh login starts a new family that works.
    let third = app.login(ADMIN_ID, ADMIN_SECRET).await;
    assert_eq!(refresh(third.refresh_token).await.status(), 200);
    let (s, _) = error_body(refresh("never-issued".into()).await).await;
    assert_eq!(s, 401);
    app.stop().await;
}

#[tokio::test]
async fn an_expired_refresh_token_is_token_expired() {
    let app = TestApp::start_env(&[("TVM_REFRESH_TOKEN_TTL_S", "1")]).await;
    let t = app.login(ADMIN_ID, ADMIN_SECRET).await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let resp =
        app.post("/api/v1/auth/refresh", None, &json!({"refresh_token": t.refresh_token})).await;
    let (s, e) = error_body(resp).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (401, "TOKEN_EXPIRED"));
    app.stop().await;
}

#[tokio::test]
async fn a_revoked_client_loses_its_tokens_and_its_login() {
    let app = TestApp::start().await;
    let secret = app.add_client("ops-1", "operator", None).await;
    let t = app.login("ops-1", &secret).await;
    assert_eq!(app.get("/api/v1/vehicles/AV-9", Some(&t.access_token)).await.status(), 404);
    let admin = app.admin_token().await;
    let resp =
        app.http.delete(app.url("/api/v1/clients/ops-1")).bearer_auth(&admin).send().await.unwrap();
    assert_eq!(resp.status(), 204);
    let (s, _) = error_body(app.get("/api/v1/vehicles/AV-9", Some(&t.access_token)).await).await;
    assert_eq!(s, 401, "a revoked client's access token still works");
    let resp =
        app.post("/api/v1/auth/refresh", None, &json!({"refresh_token": t.refresh_token})).await;
    assert_eq!(resp.status(), 401);
    let resp = app
        .post("/api/v1/auth/token", None, &json!({"client_id": "ops-1", "client_secret": secret}))
        .await;
    assert_eq!(error_body(resp).await.1["code"], "INVALID_CREDENTIALS");
    app.stop().await;
}

fn b64(v: &serde_json::Value) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
}

fn sign(claims: &serde_json::Value, alg: jsonwebtoken::Algorithm) -> String {
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(alg),
        claims,
        &jsonwebtoken::EncodingKey::from_secret(JWT_SECRET.as_bytes()),
    )
    .unwrap()
}
