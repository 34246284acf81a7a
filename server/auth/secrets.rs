//! Secrets at rest: client secrets as argon2id PHC strings (checked a few
//! at a time per server, `PasswordChecks`), refresh tokens as SHA-256
//! digests, and the random material both are made from.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

/// argon2id with the OWASP-recommended floor (19 MiB, 2 passes, 1 lane).
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// `n` random bytes from the thread's CSPRNG, URL-safe base64 without padding.
pub fn random_token(n: usize) -> String {
    let mut bytes = vec![0u8; n];
    rand::fill(&mut bytes[..]);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A new client secret: 32 random bytes (43 characters).
pub fn new_client_secret() -> String {
    random_token(32)
}

/// The argon2id PHC string of a secret. CPU-heavy: call from a blocking task.
pub fn hash_secret(secret: &str) -> String {
    let mut salt = [0u8; 16];
    rand::fill(&mut salt);
    let salt = SaltString::encode_b64(&salt).expect("16 bytes is a valid salt");
    hasher().hash_password(secret.as_bytes(), &salt).expect("argon2id hashing").to_string()
}

/// Whether `secret` matches the stored PHC string. CPU-heavy: call from a
/// blocking task. An unparseable hash never matches.
pub fn verify_secret(secret: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => hasher().verify_password(secret.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// The password checks a server runs at once: one per core (each holds
/// 19 MiB and a core for tens of milliseconds), with as many again waiting
/// up to 2 s; beyond that a login is refused at once instead of queueing
/// memory and CPU.
pub struct PasswordChecks {
    running: std::sync::Arc<tokio::sync::Semaphore>,
    waiting: std::sync::atomic::AtomicUsize,
    max_waiting: usize,
    done: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl Default for PasswordChecks {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        PasswordChecks {
            running: std::sync::Arc::new(tokio::sync::Semaphore::new(cores)),
            waiting: std::sync::atomic::AtomicUsize::new(0),
            max_waiting: cores,
            done: Default::default(),
        }
    }
}

impl PasswordChecks {
    /// Secrets hashed so far.
    pub fn done(&self) -> u64 {
        self.done.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Whether `secret` matches `phc`, or `None` when every check is busy.
    pub async fn verify(&self, secret: String, phc: String) -> Option<bool> {
        use std::sync::atomic::Ordering;
        let permit = match self.running.clone().try_acquire_owned() {
            Ok(p) => p,
            Err(_) => {
                if self.waiting.fetch_add(1, Ordering::AcqRel) >= self.max_waiting {
                    self.waiting.fetch_sub(1, Ordering::AcqRel);
                    return None;
                }
                let wait = std::time::Duration::from_secs(2);
                let waited = tokio::time::timeout(wait, self.running.clone().acquire_owned()).await;
                self.waiting.fetch_sub(1, Ordering::AcqRel);
                waited.ok()?.expect("the semaphore is never closed")
            }
        };
        // The permit goes with the work: a caller that stops waiting does
        // not free it while the hash still runs.
        let done = self.done.clone();
        let check = move || {
            let ok = verify_secret(&secret, &phc);
            done.fetch_add(1, Ordering::Relaxed);
            drop(permit);
            ok
        };
        crate::offload::run(check).await.ok()
    }
}

/// A hash to verify against when the client does not exist, so that an
/// unknown client id costs the same time as a wrong secret.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| hash_secret(&random_token(32)));
    &DECOY
}

/// A new refresh token (48 random bytes) and the digest that is stored.
pub fn new_refresh_token() -> (String, Vec<u8>) {
    let token = random_token(48);
    let digest = refresh_digest(&token);
    (token, digest)
}

/// SHA-256 of a refresh token: what the database holds.
pub fn refresh_digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_verifies_against_its_own_hash_only() {
        let h = hash_secret("correct horse battery staple");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_secret("correct horse battery staple", &h));
        assert!(!verify_secret("correct horse battery stapler", &h));
        assert!(!verify_secret("anything", "not a phc string"));
    }

    #[test]
    fn tokens_are_random_and_url_safe() {
        let (a, da) = new_refresh_token();
        let (b, _) = new_refresh_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(da, refresh_digest(&a));
        assert_eq!(new_client_secret().len(), 43);
    }
}
