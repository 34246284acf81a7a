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
            let token = crate::extract::media_essence(item).to_ascii_lowercase();
            let q = crate::extract::parameters(item)
                .find(|(name, _)| name.eq_ignore_ascii_case("q"))
                .and_then(|(_, q)| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            out.push((token, q));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use http::HeaderValue;
    use http::header::ACCEPT;

    use super::*;

    #[test]
    fn each_value_comes_lower_cased_with_its_weight() {
        let mut headers = HeaderMap::new();
        headers.append(ACCEPT, HeaderValue::from_static("Application/JSON;Q=0.5, text/csv"));
        headers
            .append(ACCEPT, HeaderValue::from_static("application/x; level=1; q=0 ,*/*;q=\"0.1\""));
        let got = weighted(&headers, ACCEPT);
        let want =
            [("application/json", 0.5), ("text/csv", 1.0), ("application/x", 0.0), ("*/*", 0.1)];
        assert_eq!(got, want.map(|(t, q)| (t.to_string(), q)));
    }
}
