//! The live events as Server-Sent Events (`stream_open`), for clients that
//! cannot hold a socket. Each event is `event: <type>` and `data: <the same
//! envelope the sockets send>`; a comment line every 15 s keeps proxies from
//! closing an idle stream; a client that falls too far behind is ended.

use std::convert::Infallible;
use std::time::Duration;

use bytes::Bytes;
use dropshot::Body;
use futures::StreamExt;
use http_body::Frame;
use tokio::sync::mpsc;

use super::Subscriptions;
use crate::auth::Caller;
use crate::context::ServerCtx;
use crate::error::ApiError;
use crate::events::Ended;
use crate::models::ErrorCode;

/// How often an open stream checks that its caller's identity still holds.
const IDENTITY_CHECK: std::time::Duration = std::time::Duration::from_secs(1);

/// Idle streams get a comment this often.
pub const KEEPALIVE: Duration = Duration::from_secs(15);

/// `vehicle_ids` as sent: ids or `*` (the contract's schema, checked with
/// the query, holds them to 1 to 1000 of those); absent = all.
pub fn subscriptions(vehicle_ids: Option<&[String]>) -> Subscriptions {
    match vehicle_ids {
        Some(ids) => {
            let mut subs = Subscriptions::default();
            subs.add(ids.iter().cloned());
            subs
        }
        None => Subscriptions::of(&["*"]),
    }
}

/// An SSE event carrying a `socket_error` envelope.
fn error_event(e: &ApiError) -> Bytes {
    let frame = super::envelope::socket_error(e, None);
    let mut b = b"event: socket_error\ndata: ".to_vec();
    b.extend_from_slice(&frame);
    b.extend_from_slice(b"\n\n");
    Bytes::from(b)
}

/// The event stream of what `subs` follows for `caller`, until the client
/// goes away, falls too far behind or stops reading (a chunk not taken
/// within the write deadline), its identity lapses (a final `socket_error`
/// event: `TOKEN_EXPIRED` or `UNAUTHORIZED`), or the server shuts down.
pub fn stream(
    ctx: &ServerCtx,
    caller: Caller,
    subs: Subscriptions,
) -> Result<http::Response<Body>, ApiError> {
    let session = super::session_id();
    let mut events = ctx.bus.subscribe(session, subs);
    let mut shutdown = ctx.shutdown.subscribe();
    let (tx, mut rx) = mpsc::channel::<Bytes>(64);
    let gauge = ctx.metrics.streams.clone();
    gauge.inc();
    let (services, deadline) = (ctx.services.clone(), ctx.config.ws_write_timeout);
    tokio::spawn(async move {
        let _open = scopeguard(move || gauge.dec());
        if tx.send(Bytes::from_static(b": connected\n\n")).await.is_err() {
            return;
        }
        let mut keepalive =
            tokio::time::interval_at(tokio::time::Instant::now() + KEEPALIVE, KEEPALIVE);
        let mut identity =
            tokio::time::interval_at(tokio::time::Instant::now() + IDENTITY_CHECK, IDENTITY_CHECK);
        loop {
            let chunk = tokio::select! {
                e = events.recv() => match e {
                    Ok(p) => {
                        let mut b = Vec::with_capacity(p.frame().len() + 32);
                        b.extend_from_slice(b"event: ");
                        b.extend_from_slice(p.event.wire_type().as_bytes());
                        b.extend_from_slice(b"\ndata: ");
                        b.extend_from_slice(p.frame());
                        b.extend_from_slice(b"\n\n");
                        Bytes::from(b)
                    }
                    Err(Ended::Lagged(n)) => {
                        let e = ApiError::new(ErrorCode::ServiceUnavailable, "too slow: events were lost; reconnect")
                            .with_details(crate::models::UnavailableDetails {
                                missed_events: Some(n),
                                ..Default::default()
                            });
                        let _ = tokio::time::timeout(deadline, tx.send(error_event(&e))).await;
                        return;
                    }
                },
                _ = keepalive.tick() => Bytes::from_static(b": keepalive\n\n"),
                _ = identity.tick() => match crate::gate::lapsed(&services, &caller) {
                    Some(lapse) => {
                        let _ = tokio::time::timeout(deadline, tx.send(error_event(&lapse.error()))).await;
                        return;
                    }
                    None => continue,
                },
                _ = shutdown.changed() => return,
                _ = tx.closed() => return,
            };
            // A client that stops reading is dropped after the write deadline.
            if !matches!(tokio::time::timeout(deadline, tx.send(chunk)).await, Ok(Ok(()))) {
                return;
            }
        }
    });
    let stream = futures::stream::poll_fn(move |cx| rx.poll_recv(cx))
        .map(|b| Ok::<_, Infallible>(Frame::data(b)));
    http::Response::builder()
        .header(http::header::CONTENT_TYPE, "text/event-stream")
        .header(http::header::CACHE_CONTROL, "no-cache")
        .header("x-accel-buffering", "no")
        .body(Body::wrap(http_body_util::StreamBody::new(stream)))
        .map_err(ApiError::internal_error)
}

/// Runs `f` when dropped (however the stream task ends).
fn scopeguard(f: impl FnOnce()) -> impl Drop {
    struct Guard<F: FnOnce()>(Option<F>);
    impl<F: FnOnce()> Drop for Guard<F> {
        fn drop(&mut self) {
            if let Some(f) = self.0.take() {
                f();
            }
        }
    }
    Guard(Some(f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absent_vehicle_ids_follow_the_whole_fleet() {
        assert!(subscriptions(None).follows("AV-1"));
        let s = subscriptions(Some(&["AV-1".to_string(), "AV-2".to_string()]));
        assert!(s.follows("AV-2") && !s.follows("AV-3"));
        assert!(subscriptions(Some(&["*".to_string()])).follows("AV-3"));
    }
}
