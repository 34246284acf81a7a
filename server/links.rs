//! The links to PostgreSQL and Redis as configured, TLS included (rustls):
//! `postgres` reads libpq's `sslmode` from `DATABASE_URL`: `disable`; `prefer` (the default) and `require`
//! encrypt without checking the certificate, as libpq does without a root
//! certificate, except that `prefer` does not encrypt when every host is
//! this machine (loopback or a Unix socket); `verify-ca` checks the chain against `sslrootcert`;
//! `verify-full` checks the chain and that the certificate names the host.
//! Without `sslrootcert` the verifying modes trust the public web PKI roots
//! (what managed PostgreSQL services present). `redis` builds the client
//! of `REDIS_URL` (`rediss://` is TLS); `mqtt` the options of the VDA 5050
//! bridge's broker link (`mqtts://` is TLS). Used by the configuration
//! check, the store, the cluster layer and the bridge alike; it imports
//! nothing of ours.

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_postgres::config::SslMode;
use tokio_postgres_rustls::MakeRustlsConnect;

/// `sslmode` as libpq spells it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

/// The driver's configuration and the TLS connector for `database_url`.
pub fn postgres(database_url: &str) -> Result<(tokio_postgres::Config, MakeRustlsConnect), String> {
    let (rest, mode, root_file) = split_tls_parameters(database_url)?;
    let mut pg: tokio_postgres::Config =
        rest.parse().map_err(|e| format!("DATABASE_URL does not parse: {e}"))?;
    pg.ssl_mode(match mode {
        Mode::Disable => SslMode::Disable,
        // Opportunistic TLS protects nothing on loopback: it only cost CPU
        // (up to 2 µs of 31 a report, up to a fifth of a tracks read;
        // BENCHMARKS.md).
        Mode::Prefer if on_this_host(&pg) => SslMode::Disable,
        Mode::Prefer => SslMode::Prefer,
        Mode::Require | Mode::VerifyCa | Mode::VerifyFull => SslMode::Require,
    });
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;
    let config = match mode {
        Mode::Disable | Mode::Prefer | Mode::Require => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Unchecked(provider)))
            .with_no_client_auth(),
        Mode::VerifyCa | Mode::VerifyFull => {
            let roots = Arc::new(roots(root_file.as_deref())?);
            let full = rustls::client::WebPkiServerVerifier::builder_with_provider(roots, provider)
                .build()
                .map_err(|e| format!("sslrootcert: {e}"))?;
            if mode == Mode::VerifyFull {
                builder.with_webpki_verifier(full).with_no_client_auth()
            } else {
                builder
                    .dangerous()
                    .with_custom_certificate_verifier(Arc::new(ChainOnly(full)))
                    .with_no_client_auth()
            }
        }
    };
    Ok((pg, MakeRustlsConnect::new(config)))
}

/// Whether every address `pg` may connect to is on this machine: a Unix
/// socket, `localhost`, or a loopback address.
fn on_this_host(pg: &tokio_postgres::Config) -> bool {
    let local = |name: &str| {
        name.eq_ignore_ascii_case("localhost")
            || name
                .trim_matches(['[', ']'])
                .parse::<std::net::IpAddr>()
                .is_ok_and(|a| a.is_loopback())
    };
    let hosts = pg.get_hosts();
    !hosts.is_empty()
        && hosts.iter().all(|h| match h {
            tokio_postgres::config::Host::Tcp(name) => local(name),
            #[cfg(unix)]
            tokio_postgres::config::Host::Unix(_) => true,
        })
        && pg.get_hostaddrs().iter().all(|a| a.is_loopback())
}

/// The MQTT options for `url` (`mqtt://[user[:password]@]host[:port]`,
/// port 1883; `mqtts://` is TLS, port 8883, the broker's certificate checked
/// against `ca_file` when given, else the web PKI's roots), connecting as
/// `client_id`.
pub fn mqtt(
    url: &str,
    ca_file: Option<&std::path::Path>,
    client_id: &str,
) -> Result<rumqttc::MqttOptions, String> {
    let parsed = url::Url::parse(url).map_err(|e| format!("TVM_MQTT_URL: {url:?}: {e}"))?;
    let tls = match parsed.scheme() {
        "mqtt" | "tcp" => false,
        "mqtts" | "ssl" => true,
        other => {
            return Err(format!(
                "TVM_MQTT_URL: scheme {other:?} must be mqtt:// or mqtts:// (TLS)"
            ));
        }
    };
    let host = parsed.host_str().filter(|h| !h.is_empty()).ok_or("TVM_MQTT_URL: no host")?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let port = parsed.port().unwrap_or(if tls { 8883 } else { 1883 });
    let mut options = rumqttc::MqttOptions::new(client_id, host, port);
    if !parsed.username().is_empty() {
        let decode =
            |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
        let password = parsed.password().map(decode).unwrap_or_default();
        options.set_credentials(decode(parsed.username()), password);
    }
    if tls {
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| e.to_string())?
            .with_root_certificates(
                roots(ca_file.map(|p| p.to_string_lossy()).as_deref())
                    .map_err(|e| e.replace("sslrootcert", "TVM_MQTT_CA_FILE"))?,
            )
            .with_no_client_auth();
        let tls = rumqttc::TlsConfiguration::Rustls(Arc::new(config));
        options.set_transport(rumqttc::Transport::tls_with_config(tls));
    }
    Ok(options)
}

/// The Redis client for `url`: `rediss://` is TLS (rustls), its certificate
/// checked against `ca_file` when given, else the system's and the web
/// PKI's roots.
pub fn redis(url: &str, ca_file: Option<&std::path::Path>) -> Result<redis::Client, String> {
    match ca_file {
        Some(path) if url.starts_with("rediss://") => {
            let root = std::fs::read(path)
                .map_err(|e| format!("TVM_REDIS_CA_FILE {}: {e}", path.display()))?;
            let certs = redis::TlsCertificates { client_tls: None, root_cert: Some(root) };
            redis::Client::build_with_tls(url, certs).map_err(|e| format!("REDIS_URL: {e}"))
        }
        _ => redis::Client::open(url).map_err(|e| format!("REDIS_URL: {e}")),
    }
}

/// Take `sslmode` and `sslrootcert` out of a URL's query (the driver knows
/// neither `verify-*` nor root files), leaving the rest for the driver.
fn split_tls_parameters(url: &str) -> Result<(String, Mode, Option<String>), String> {
    let Some((base, query)) = url.split_once('?') else {
        return Ok((url.to_string(), Mode::Prefer, None));
    };
    let (mut mode, mut root, mut kept) = (Mode::Prefer, None, Vec::new());
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_encoding::percent_decode_str(value).decode_utf8_lossy().into_owned();
        match key {
            "sslmode" => {
                mode = match value.as_str() {
                    "disable" => Mode::Disable,
                    "allow" | "prefer" => Mode::Prefer,
                    "require" => Mode::Require,
                    "verify-ca" => Mode::VerifyCa,
                    "verify-full" => Mode::VerifyFull,
                    other => return Err(format!("DATABASE_URL: unknown sslmode {other:?}")),
                }
            }
            "sslrootcert" => root = Some(value),
            _ => kept.push(pair),
        }
    }
    let rest =
        if kept.is_empty() { base.to_string() } else { format!("{base}?{}", kept.join("&")) };
    Ok((rest, mode, root))
}

/// The roots a verifying mode trusts: the PEM file named, or the web PKI.
fn roots(file: Option<&str>) -> Result<RootCertStore, String> {
    use rustls::pki_types::pem::PemObject;
    let mut store = RootCertStore::empty();
    match file {
        Some(path) => {
            for cert in CertificateDer::pem_file_iter(path)
                .map_err(|e| format!("sslrootcert {path}: {e}"))?
            {
                let cert = cert.map_err(|e| format!("sslrootcert {path}: {e}"))?;
                store.add(cert).map_err(|e| format!("sslrootcert {path}: {e}"))?;
            }
            if store.is_empty() {
                return Err(format!("sslrootcert {path}: no certificate in the file"));
            }
        }
        None => store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
    }
    Ok(store)
}

/// `prefer` and `require`: encrypted, the certificate not checked (libpq's
/// meaning); signatures are still verified so the handshake is sound.
#[derive(Debug)]
struct Unchecked(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        let algorithms = &self.0.signature_verification_algorithms;
        rustls::crypto::verify_tls12_signature(message, cert, dss, algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        let algorithms = &self.0.signature_verification_algorithms;
        rustls::crypto::verify_tls13_signature(message, cert, dss, algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `verify-ca`: the chain must lead to a trusted root; the name is not
/// checked.
#[derive(Debug)]
struct ChainOnly(Arc<rustls::client::WebPkiServerVerifier>);

impl ServerCertVerifier for ChainOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self.0.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
            Err(rustls::Error::InvalidCertificate(rustls::CertificateError::NotValidForName))
            | Err(rustls::Error::InvalidCertificate(
                rustls::CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslmode_and_sslrootcert_are_taken_out_of_the_url() {
        let (rest, mode, root) = split_tls_parameters(
            "postgresql://u@db:5432/tvm?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem&application_name=x",
        )
        .unwrap();
        assert_eq!(rest, "postgresql://u@db:5432/tvm?application_name=x");
        assert_eq!((mode, root.as_deref()), (Mode::VerifyFull, Some("/etc/ca.pem")));
        assert_eq!(split_tls_parameters("postgresql://u@db/tvm").unwrap().1, Mode::Prefer);
        assert!(split_tls_parameters("postgresql://u@db/tvm?sslmode=maybe").is_err());
        assert!(postgres("postgresql://u@db/tvm?sslmode=require").is_ok());
        assert!(postgres("postgresql://u@db/tvm?sslmode=verify-full").is_ok());
    }

    #[test]
    fn prefer_skips_tls_only_when_every_host_is_this_machine() {
        let mode = |url: &str| postgres(url).unwrap().0.get_ssl_mode();
        for local in [
            "postgresql://u@127.0.0.1:5432/tvm",
            "postgresql://u@localhost/tvm?sslmode=prefer",
            "postgresql://u@[::1]:5432/tvm",
            "postgresql://u@127.0.0.1,localhost/tvm",
            "postgresql://u@%2Fvar%2Frun%2Fpostgresql/tvm",
        ] {
            assert_eq!(mode(local), SslMode::Disable, "{local}");
        }
        for remote in [
            "postgresql://u@db:5432/tvm",
            "postgresql://u@10.0.0.5/tvm",
            "postgresql://u@127.0.0.1,db/tvm",
            "postgresql://u@localhost/tvm?hostaddr=10.0.0.5",
        ] {
            assert_eq!(mode(remote), SslMode::Prefer, "{remote}");
        }
        // Asked for by name, TLS is used on loopback too.
        assert_eq!(mode("postgresql://u@127.0.0.1/tvm?sslmode=require"), SslMode::Require);
    }
}
