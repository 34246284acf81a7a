//! Lists of IP networks from configuration (`10.0.0.0/8, 127.0.0.1`), and
//! the address a request came from when it passed through reverse proxies
//! the operator trusts (`TVM_TRUSTED_PROXIES`, `X-Forwarded-For`).

use std::net::IpAddr;

use ipnet::IpNet;

/// Networks given as a comma-separated list of networks or addresses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Networks(Vec<IpNet>);

impl Networks {
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut nets = Vec::new();
        for item in text.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let net = item
                .parse::<IpNet>()
                .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("{item:?} is not a network (10.0.0.0/8) or an address"))?;
            nets.push(net);
        }
        Ok(Networks(nets))
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = unmapped(ip);
        self.0.iter().any(|n| n.contains(&ip))
    }
}

/// An IPv4 address written as IPv6 (`::ffff:127.0.0.1`) as the IPv4 one.
pub fn unmapped(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// The address a request came from. A peer that is not a trusted proxy is
/// the client itself, whatever it says. A trusted proxy's
/// `X-Forwarded-For` is read from the right, past the addresses of further
/// trusted proxies, to the first one that is not: the one the nearest
/// trusted proxy saw. (Addresses further left were written by the client
/// and prove nothing.) An entry that is not an address stops the walk at
/// the hop after it.
pub fn client_address(peer: IpAddr, headers: &http::HeaderMap, trusted: &Networks) -> IpAddr {
    if !trusted.contains(peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        match hop.parse::<IpAddr>() {
            Ok(ip) if trusted.contains(ip) => client = ip,
            Ok(ip) => return ip,
            Err(_) => break,
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forwarded(values: &[&str]) -> http::HeaderMap {
        let mut h = http::HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", v.parse().unwrap());
        }
        h
    }

    #[test]
    fn the_client_is_the_first_address_left_of_the_trusted_proxies() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let trusted = Networks::parse("10.0.0.0/8, 127.0.0.1").unwrap();
        let none = Networks::default();
        let h = forwarded(&["198.51.100.7, 203.0.113.9", "10.0.0.5"]);
        // Nobody trusted: the peer, whatever the header says.
        assert_eq!(client_address(ip("127.0.0.1"), &h, &none), ip("127.0.0.1"));
        // A peer that is not trusted cannot speak for others.
        assert_eq!(client_address(ip("192.0.2.1"), &h, &trusted), ip("192.0.2.1"));
        // Through two trusted proxies: the address the first one saw; the
        // client's own claim (198.51.100.7) is ignored.
        assert_eq!(client_address(ip("127.0.0.1"), &h, &trusted), ip("203.0.113.9"));
        // No header: the proxy itself.
        let empty = http::HeaderMap::new();
        assert_eq!(client_address(ip("127.0.0.1"), &empty, &trusted), ip("127.0.0.1"));
        // Garbage stops the walk at the trusted hop after it.
        let bad = forwarded(&["203.0.113.9, nonsense, 10.0.0.5"]);
        assert_eq!(client_address(ip("127.0.0.1"), &bad, &trusted), ip("10.0.0.5"));
        assert!(Networks::parse("10.0.0.0/33").is_err());
        assert!(trusted.contains(ip("::ffff:10.1.1.1")));
    }
}
