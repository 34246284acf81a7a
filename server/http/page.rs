//! Helpers shared by the read handlers: the reader's role check, cursor
//! pagination (opaque cursors, page-size bounds), `[from, to)` ranges,
//! converting stored strings into the contract's constrained string types,
//! and answers whose JSON is already rendered.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use bytes::Bytes;
use chrono::{DateTime, Duration, Utc};

use crate::auth::{Caller, authz};
use crate::error::{ApiError, query_details};
use crate::front::Rq;
use crate::gate;
use crate::models::{ErrorCode, QueryDetails, Role};

/// A 200 JSON answer of `head`, then `parts` (each one or more rendered
/// items, already joined by commas) joined by commas, then `]}`: sent part
/// by part, with no copy into one buffer (a 100-vehicle hour of tracks is
/// 12 MB).
pub fn assembled(
    head: String,
    parts: Vec<Vec<u8>>,
) -> Result<http::Response<dropshot::Body>, ApiError> {
    let parts: Vec<Vec<u8>> = parts.into_iter().filter(|p| !p.is_empty()).collect();
    let len = head.len() + parts.iter().map(|p| p.len() + 1).sum::<usize>().saturating_sub(1) + 2;
    let mut frames = Vec::with_capacity(2 * parts.len() + 2);
    frames.push(Bytes::from(head));
    for (n, part) in parts.into_iter().enumerate() {
        if n > 0 {
            frames.push(Bytes::from_static(b","));
        }
        frames.push(Bytes::from(part));
    }
    frames.push(Bytes::from_static(b"]}"));
    let frames = frames.into_iter().map(Ok::<_, std::convert::Infallible>);
    http::Response::builder()
        .status(http::StatusCode::OK)
        .header(http::header::CONTENT_TYPE, crate::extract::JSON)
        .header(http::header::CONTENT_LENGTH, len)
        .body(paced(frames))
        .map_err(|e| ApiError::internal_error(format!("assembled response: {e}")))
}

/// Most bytes of a large answer written in one turn of its connection's
/// task.
pub const SLICE: usize = 256 * 1024;

/// A body of `frames`, made as they are taken (an Arrow stream's are
/// encoded then), each cut into `SLICE`-byte pieces, its task yielding to
/// the runtime before every piece after the first. Written whole, a 24 MB
/// tracks answer held its worker for one long turn (the socket's writes
/// over loopback take it in large bites), and an emergency stop posted
/// meanwhile waited for it (`tvm-bench stops`).
pub fn paced<E>(
    frames: impl Iterator<Item = Result<Bytes, E>> + Send + Sync + 'static,
) -> dropshot::Body
where
    E: Into<Box<dyn std::error::Error + Send + Sync>> + Send + Sync + 'static,
{
    use futures::StreamExt;
    let pieces = futures::stream::iter(frames).flat_map(|frame| {
        let pieces: Vec<Result<Bytes, E>> = match frame {
            Ok(bytes) => {
                let starts = (0..bytes.len()).step_by(SLICE);
                starts.map(|at| Ok(bytes.slice(at..(at + SLICE).min(bytes.len())))).collect()
            }
            Err(e) => vec![Err(e)],
        };
        futures::stream::iter(pieces)
    });
    let paced = pieces.enumerate().then(|(n, piece)| async move {
        if n > 0 {
            tokio::task::yield_now().await;
        }
        piece.map(hyper::body::Frame::data)
    });
    dropshot::Body::wrap(http_body_util::StreamBody::new(paced))
}

pub const DEFAULT_LIMIT: u32 = 100;
pub const MAX_LIMIT: u32 = 1000;

/// The page size asked for, 1 to 1000 (default 100).
pub fn limit(asked: Option<u32>) -> Result<u32, ApiError> {
    match asked {
        None => Ok(DEFAULT_LIMIT),
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        Some(n) => Err(ApiError::new(
            ErrorCode::InvalidQuery,
            format!("limit must be between 1 and {MAX_LIMIT}; got {n}"),
        )
        .with_details(QueryDetails { value: Some(n.to_string()), ..query_details("limit") })),
    }
}

/// An opaque cursor for "after `key`".
pub fn cursor_for(key: &str) -> String {
    URL_SAFE_NO_PAD.encode(format!("k:{key}"))
}

/// The key a cursor stands for; 400 INVALID_CURSOR when it was not ours.
pub fn cursor_key(cursor: Option<&str>) -> Result<Option<String>, ApiError> {
    let Some(c) = cursor else { return Ok(None) };
    URL_SAFE_NO_PAD
        .decode(c)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|s| s.strip_prefix("k:").map(str::to_owned))
        .map(Some)
        .ok_or_else(bad_cursor)
}

/// The number a cursor stands for (a sequence or id, for newest-first pages).
pub fn cursor_number(cursor: Option<&str>) -> Result<Option<i64>, ApiError> {
    cursor_key(cursor)?.map(|k| k.parse::<i64>().map_err(|_| bad_cursor())).transpose()
}

/// 400 INVALID_CURSOR: the cursor was not issued by this server.
pub fn bad_cursor() -> ApiError {
    ApiError::new(ErrorCode::InvalidCursor, "cursor is not one this server issued")
        .with_details(query_details("cursor"))
}

/// Split the `limit + 1` rows a page query read into the page and whether
/// more follow.
pub fn split<T>(mut rows: Vec<T>, limit: u32) -> (Vec<T>, bool) {
    let more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    (rows, more)
}

pub type Ts = DateTime<Utc>;

/// Default length of a history range.
pub const DEFAULT_RANGE: Duration = Duration::hours(24);

pub async fn reader(rq: &Rq, roles: &[Role]) -> Result<Caller, ApiError> {
    let caller = gate::authenticate(rq.context(), rq.request.headers(), None).await?;
    authz::require_role(&caller, roles)?;
    Ok(caller)
}

pub const READERS: &[Role] = &[Role::Operator, Role::Admin];

pub fn bad_query(message: impl Into<String>, parameter: &str) -> ApiError {
    ApiError::new(ErrorCode::InvalidQuery, message).with_details(query_details(parameter))
}

/// `[from, to)`: `to` defaults to now (up to the accepted clock skew) and
/// `from` to `length` before `to`.
pub fn range(from: Option<Ts>, to: Option<Ts>, length: Duration) -> Result<(Ts, Ts), ApiError> {
    let to = to.unwrap_or_else(|| Utc::now() + crate::validate::rules::LIVE_SKEW);
    let from = from.unwrap_or(to - length);
    if from >= to {
        return Err(bad_query("from must be before to", "from"));
    }
    Ok((from, to))
}

/// A cursor holding `<text>|<timestamp>`.
pub fn cursor_pair(cursor: Option<&str>) -> Result<Option<(String, Ts)>, ApiError> {
    let Some(key) = cursor_key(cursor)? else { return Ok(None) };
    let (a, b) = key.rsplit_once('|').ok_or_else(bad_cursor)?;
    let t = DateTime::parse_from_rfc3339(b).map_err(|_| bad_cursor())?.with_timezone(&Utc);
    Ok(Some((a.to_string(), t)))
}

pub fn pair_cursor(a: &str, t: Ts) -> String {
    cursor_for(&format!("{a}|{}", t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)))
}

/// Where a newest-first page continues: the `(time, key)` of the last
/// record of the page before, from the cursor [`timed_page`] wrote.
pub fn before_key<K: std::str::FromStr>(cursor: Option<&str>) -> Result<Option<(Ts, K)>, ApiError> {
    cursor_pair(cursor)?
        .map(|(key, t)| key.parse().map(|k| (t, k)).map_err(|_| bad_cursor()))
        .transpose()
}

/// A `[from, to)` range of a query with both ends given must have `from`
/// first (400 `INVALID_QUERY` naming `from` otherwise).
pub fn ordered(from: Option<Ts>, to: Option<Ts>) -> Result<(), ApiError> {
    match (from, to) {
        (Some(f), Some(t)) if f >= t => Err(bad_query("from must be before to", "from")),
        _ => Ok(()),
    }
}

/// A newest-first page of records keyed by (time, id), read with
/// `limit + 1`: the page's records and the cursor after its last one.
pub fn timed_page<T, K: std::fmt::Display>(
    rows: Vec<(T, (Ts, K))>,
    limit: u32,
) -> (Vec<T>, Option<String>) {
    let (rows, more) = split(rows, limit);
    let next = more.then(|| {
        let (t, id) = &rows.last().expect("a full page").1;
        pair_cursor(&id.to_string(), *t)
    });
    (rows.into_iter().map(|r| r.0).collect(), next)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A large answer goes out a slice at a time, and other tasks on the
    /// same (single) worker run between its slices; the bytes are unchanged.
    #[tokio::test(flavor = "current_thread")]
    async fn a_large_answer_is_written_in_slices_with_other_tasks_between() {
        use http_body_util::BodyExt;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let ran = std::sync::Arc::new(AtomicUsize::new(0));
        let other = tokio::spawn({
            let ran = ran.clone();
            async move {
                loop {
                    ran.fetch_add(1, Ordering::Relaxed);
                    tokio::task::yield_now().await;
                }
            }
        });
        let big: Vec<u8> = (0..2 * SLICE + 10).map(|n| (n % 251) as u8).collect();
        let frames = [Bytes::from_static(b"{"), Bytes::from(big.clone())];
        let mut body = paced(frames.into_iter().map(Ok::<_, std::convert::Infallible>));
        let (mut sizes, mut turns_between, mut all) = (Vec::new(), Vec::new(), Vec::new());
        while let Some(frame) = body.frame().await {
            let before = ran.load(Ordering::Relaxed);
            let data = frame.expect("no error").into_data().expect("data");
            sizes.push(data.len());
            all.extend_from_slice(&data);
            turns_between.push(before);
        }
        other.abort();
        assert_eq!(sizes, vec![1, SLICE, SLICE, 10]);
        assert_eq!(all, [b"{".as_slice(), &big].concat());
        assert!(
            turns_between.windows(2).all(|w| w[1] > w[0]),
            "the other task ran between every two slices: {turns_between:?}"
        );
    }

    #[test]
    fn cursors_round_trip_and_foreign_ones_are_refused() {
        let c = cursor_for("AV-001");
        assert_eq!(cursor_key(Some(&c)).unwrap().as_deref(), Some("AV-001"));
        assert_eq!(cursor_key(None).unwrap(), None);
        let e = cursor_key(Some("not-a-cursor")).unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidCursor);
    }

    #[test]
    fn limits_are_bounded() {
        assert_eq!(limit(None).unwrap(), 100);
        assert_eq!(limit(Some(1000)).unwrap(), 1000);
        assert_eq!(limit(Some(0)).unwrap_err().code(), ErrorCode::InvalidQuery);
        assert_eq!(limit(Some(1001)).unwrap_err().code(), ErrorCode::InvalidQuery);
    }
}
