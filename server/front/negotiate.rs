//! Content negotiation: the values of an `Accept`-style header (`Accept`,
//! `Accept-Encoding`), each lower-cased with its `q` weight (1 when not
//! given).

use http::{HeaderMap, HeaderName};

/// Every value of `name` in `headers`, with its weight, in order; values
/// that are not text are skipped.
pub fn weighted(headers: &HeaderMap, name: HeaderName) -> Vec<(String, f32)> {
    let mut out = Vec::new();
    for value in headers.get_all(name) {
        let Ok(value) = value.to_str() else { continue };
        for item in value.split(',') {
            let mut params = item.split(';');
            let token = params.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = params
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            out.push((token, q));
        }
    }
    out
}
