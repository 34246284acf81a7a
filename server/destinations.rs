//! Where webhooks may be sent: public addresses, and the networks the
//! operator allows besides (`TVM_WEBHOOK_ALLOWED_NETWORKS`). Checked when
//! a webhook is created (an address or `localhost` in its URL) and on every
//! delivery, against every address its name resolves to, so a name that
//! later points inside (or a URL stored before this rule) is refused too.
//! Without this, an admin token would reach this host's loopback services
//! and the cloud metadata address through the server.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use crate::networks::{Networks, unmapped};

/// The networks allowed besides public addresses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Destinations {
    allowed: Networks,
}

impl Destinations {
    pub fn allowing(allowed: Networks) -> Self {
        Destinations { allowed }
    }

    /// Whether a webhook may be sent to `ip`.
    pub fn permits(&self, ip: IpAddr) -> bool {
        is_public(unmapped(ip)) || self.allowed.contains(ip)
    }

    /// Why a webhook URL is refused when it is created: its host is an
    /// address this does not permit, or `localhost`. Other names are
    /// checked each time a delivery resolves them.
    pub fn refuses_url(&self, url: &str) -> Option<String> {
        let ip = match host_of(url)? {
            Ok(ip) => ip,
            Err(name) if name == "localhost" || name.ends_with(".localhost") => {
                IpAddr::V4(Ipv4Addr::LOCALHOST)
            }
            Err(_) => return None,
        };
        (!self.permits(ip)).then(|| refusal(ip))
    }

    /// Why a delivery to `url` is not sent before it is tried: its host is
    /// an address this does not permit (an address is never resolved, so
    /// the resolver does not see it).
    pub fn refuses_address_in(&self, url: &str) -> Option<String> {
        let ip = host_of(url)?.ok()?;
        (!self.permits(ip)).then(|| refusal(ip))
    }

    /// A resolver for the webhook client that hands it only the addresses
    /// this permits.
    pub fn resolver(&self) -> Arc<Resolver> {
        Arc::new(Resolver { rules: self.clone() })
    }
}

/// The host of `url`: an address, or a name (lowercase, without a final
/// dot).
fn host_of(url: &str) -> Option<Result<IpAddr, String>> {
    Some(match reqwest::Url::parse(url).ok()?.host()? {
        url::Host::Ipv4(a) => Ok(IpAddr::V4(a)),
        url::Host::Ipv6(a) => Ok(IpAddr::V6(a)),
        url::Host::Domain(d) => Err(d.trim_end_matches('.').to_ascii_lowercase()),
    })
}

fn refusal(ip: IpAddr) -> String {
    format!(
        "{ip} is not a public address (loopback, private, link-local or reserved); \
         an operator can allow its network with TVM_WEBHOOK_ALLOWED_NETWORKS"
    )
}

/// An address on the public internet: not loopback, private, link-local,
/// shared (CGNAT), documentation, benchmarking, multicast or reserved.
fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(a) => {
            let [o0, o1, o2, _] = a.octets();
            !(a.is_unspecified()
                || a.is_loopback()
                || a.is_private()
                || a.is_link_local()
                || a.is_broadcast()
                || a.is_multicast()
                || a.is_documentation()
                || o0 == 0
                || (o0 == 100 && (64..128).contains(&o1))
                || (o0 == 192 && o1 == 0 && o2 == 0)
                || (o0 == 198 && (18..20).contains(&o1))
                || o0 >= 240)
        }
        IpAddr::V6(a) => {
            let s0 = a.segments()[0];
            !(a.is_unspecified()
                || a.is_loopback()
                || a.is_multicast()
                || (s0 & 0xfe00) == 0xfc00
                || (s0 & 0xffc0) == 0xfe80
                || (s0 == 0x2001 && a.segments()[1] == 0x0db8))
        }
    }
}

/// Name resolution for webhook deliveries: the system's, minus the
/// addresses the rules do not permit; a name left with none is an error
/// that says why.
#[derive(Debug)]
pub struct Resolver {
    rules: Destinations,
}

impl reqwest::dns::Resolve for Resolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let rules = self.rules.clone();
        Box::pin(async move {
            let host = name.as_str().to_string();
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let (kept, refused): (Vec<SocketAddr>, Vec<SocketAddr>) =
                found.into_iter().partition(|a| rules.permits(a.ip()));
            match (kept.is_empty(), refused.first()) {
                (true, Some(first)) => Err(format!("{host}: {}", refusal(first.ip())).into()),
                _ => Ok(Box::new(kept.into_iter()) as reqwest::dns::Addrs),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_pass_unless_their_network_is_allowed() {
        let none = Destinations::default();
        for inside in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(!none.permits(inside.parse().unwrap()), "{inside}");
        }
        for outside in ["93.184.216.34", "8.8.8.8", "2606:4700::1111"] {
            assert!(none.permits(outside.parse().unwrap()), "{outside}");
        }
        let lan = Destinations::allowing(Networks::parse("10.0.0.0/8, 127.0.0.1").unwrap());
        assert!(lan.permits("10.9.9.9".parse().unwrap()));
        assert!(lan.permits("127.0.0.1".parse().unwrap()));
        assert!(!lan.permits("127.0.0.2".parse().unwrap()));
        assert!(Networks::parse("10.0.0.0/33").is_err());
        assert!(Networks::parse("intranet").is_err());
    }

    #[test]
    fn urls_naming_an_inside_address_or_localhost_are_refused_before_any_lookup() {
        let none = Destinations::default();
        for url in [
            "http://127.0.0.1:9000/hook",
            "http://[::1]/hook",
            "http://169.254.169.254/latest/meta-data",
            "http://localhost:6379/",
            "http://api.localhost./x",
        ] {
            assert!(none.refuses_url(url).is_some(), "{url}");
        }
        assert!(none.refuses_url("https://hooks.example.com/tvm").is_none());
        // At delivery a name is left to the resolver; an address is not.
        assert!(none.refuses_address_in("http://localhost:6379/").is_none());
        assert!(none.refuses_address_in("http://[::ffff:10.0.0.1]/").is_some());
        let loopback = Destinations::allowing(Networks::parse("127.0.0.0/8").unwrap());
        assert!(loopback.refuses_url("http://localhost:9000/hook").is_none());
    }
}
