//! gzip of answers for a caller that accepts it (`Accept-Encoding`): whole
//! JSON, YAML, HTML, JavaScript and CSS bodies of at least
//! `TVM_GZIP_MIN_BYTES`. A streamed body (server-sent events, a tracks
//! stream) or a socket is never held back to be compressed.

use bytes::Bytes;
use dropshot::Body;
use http::header::{CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, VARY};
use http::{HeaderMap, HeaderValue, Response};
use http_body_util::BodyExt;

/// Bodies at least this large are compressed off the runtime's workers.
const INLINE_MAX: usize = 64 * 1024;

/// Whether the request's `Accept-Encoding` takes gzip: named (or `*`) with
/// a weight above 0, and not refused by name with `q=0`.
pub fn accepts(headers: &HeaderMap) -> bool {
    let mut gzip: Option<f32> = None;
    let mut any: Option<f32> = None;
    for (coding, q) in super::negotiate::weighted(headers, http::header::ACCEPT_ENCODING) {
        match coding.as_str() {
            "gzip" | "x-gzip" => gzip = Some(gzip.map_or(q, |g| g.max(q))),
            "*" => any = Some(q),
            _ => {}
        }
    }
    gzip.or(any).is_some_and(|q| q > 0.0)
}

/// Whether answers of this type are worth compressing: text, not already
/// compressed media (`text/plain` is `/metrics`, which Prometheus fetches
/// with `Accept-Encoding: gzip`).
fn compressible(headers: &HeaderMap) -> bool {
    let content_type = headers.get(CONTENT_TYPE);
    crate::extract::is_json(content_type)
        || crate::extract::media_type(content_type).is_some_and(|essence| {
            matches!(
                essence.as_str(),
                "application/yaml"
                    | "text/plain"
                    | "application/javascript"
                    | "text/javascript"
                    | "text/html"
                    | "text/css"
            )
        })
}

/// `response` gzip-compressed when it is a whole compressible body of at
/// least `min` bytes (0: never) that compression makes smaller. Such an
/// answer says `Vary: Accept-Encoding` whether compressed or not, as its
/// form depends on that header.
pub async fn encode(mut response: Response<Body>, min: usize, accepted: bool) -> Response<Body> {
    let size = http_body::Body::size_hint(response.body()).exact();
    let candidate = min > 0
        && size.is_some_and(|n| n >= min as u64)
        && !response.headers().contains_key(CONTENT_ENCODING)
        && compressible(response.headers());
    if !candidate {
        return response;
    }
    response.headers_mut().append(VARY, HeaderValue::from_static("accept-encoding"));
    if !accepted {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let plain = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(e) => {
            let e = crate::error::ApiError::internal_error(format!("answer body: {e}"));
            return crate::extract::error_response(&e);
        }
    };
    let compressed = if plain.len() >= INLINE_MAX {
        let plain = plain.clone();
        crate::offload::run(move || gzip(&plain)).await.ok()
    } else {
        Some(gzip(&plain))
    };
    match compressed {
        Some(smaller) if smaller.len() < plain.len() => {
            parts.headers.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            parts.headers.remove(CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(smaller))
        }
        _ => Response::from_parts(parts, Body::from(plain)),
    }
}

/// gzip at the fastest level: most of the size gone for little CPU.
fn gzip(plain: &[u8]) -> Bytes {
    use std::io::Write;
    let mut z = flate2::write::GzEncoder::new(
        Vec::with_capacity(plain.len() / 4),
        flate2::Compression::fast(),
    );
    z.write_all(plain).expect("writing to memory");
    Bytes::from(z.finish().expect("writing to memory"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append(http::header::ACCEPT_ENCODING, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn gzip_is_taken_when_named_or_wildcarded_with_a_weight() {
        assert!(accepts(&accept(&["gzip, deflate, br, zstd"])));
        assert!(accepts(&accept(&["br;q=1.0, GZIP;q=0.5"])));
        assert!(accepts(&accept(&["*"])));
        assert!(!accepts(&accept(&[])));
        assert!(!accepts(&accept(&["br, zstd"])));
        assert!(!accepts(&accept(&["gzip;q=0"])));
        assert!(!accepts(&accept(&["*, gzip;q=0"])));
        assert!(!accepts(&accept(&["identity"])));
    }
}
