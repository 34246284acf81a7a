//! One WebSocket session. A vehicle session takes the vehicle's telemetry
//! (the REST rules) and acks, and carries its courier's commands; a frontend
//! session takes subscriptions and commands and carries the events of the
//! vehicles it is subscribed to. Both answer a bad message with
//! `socket_error` and stay open, close protocol violations with the RFC 6455
//! code, ping every `TVM_WS_PING_S` and close a peer that does not answer,
//! and close with 1001 on shutdown.

use crate::front::extract::WebsocketConnection;

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::{SinkExt, StreamExt};
use tokio::sync::mpsc;
use tokio::time::Instant;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, Role as WsRole, WebSocketConfig};
use tokio_tungstenite::tungstenite::{Error as WsError, Message, Utf8Bytes};

use super::envelope::{self, Carried, Inbound};
use crate::auth::Caller;
use crate::auth::authz::VehicleAccess;
use crate::commands::courier::Outbound;
use crate::context::ServerCtx;
use crate::error::ApiError;
use crate::events::{Ended, Feed, Following, Published, Subscriptions};
use crate::gate;
use crate::models::SubscriptionRequest;
use crate::sockets::{FrontendInbound, FrontendInboundType, VehicleInbound, VehicleInboundType};

/// Largest message a client may send (bulk data goes through REST).
pub const MAX_MESSAGE: usize = 64 * 1024;
/// Bytes read from a socket at a time. The library's default (128 KiB) is
/// allocated and zeroed for every connection: 1.25 GiB for 10,000 idle
/// vehicles. tungstenite also zero-fills this much of its buffer before
/// every read it tries, a try that finds nothing to read included, five
/// or so for each report a vehicle streams. A report is a few hundred
/// bytes; larger messages still arrive whole, in more reads.
const READ_BUFFER: usize = 1024;
/// Most bytes waiting to be written to one socket before sending fails.
pub const MAX_WRITE_BUFFER: usize = 1024 * 1024;

/// Who is on the other end (a frontend with what it follows at first).
pub enum Peer {
    Vehicle(VehicleAccess),
    Frontend { caller: Caller, subs: Subscriptions },
}

/// The peer once the session runs: what a frontend follows (its events go
/// straight to the socket's writer).
enum Live {
    Vehicle(VehicleAccess),
    Frontend { caller: Caller, following: Following },
}

impl Live {
    fn caller(&self) -> &Caller {
        match self {
            Live::Vehicle(access) => &access.caller,
            Live::Frontend { caller, .. } => caller,
        }
    }
}

fn text(b: &Bytes) -> Message {
    Message::Text(Utf8Bytes::try_from(b.clone()).expect("server frames are UTF-8 JSON"))
}

/// Most frames written to a socket with one flush.
const BURST: usize = 64;

/// Frames waiting for a socket's writer. A peer that lets this many wait is
/// not reading: it is closed with 1013.
const WRITE_QUEUE: usize = 512;

/// Why a socket's writer stopped before it was told to.
#[derive(Debug, PartialEq)]
enum WriterEnd {
    /// A write took longer than the write deadline: the peer is stuck.
    Stalled,
    /// The connection failed.
    Failed,
    /// The frontend fell `events::CAPACITY` behind and lost this many
    /// events; the socket was closed with 1013.
    Lagged(u64),
    /// The frames ended (the session is over).
    Done,
}

/// What a socket's writer sends: the session's frames (replies, commands,
/// pings, the close) and, for a frontend, the events of its bus feed,
/// taken straight from the bus so an event wakes one task, not two.
/// Frames go before events: a reply queued before an event was published
/// (a `subscriptions` acknowledgement before the events it enables) is
/// written first.
struct Outgoing {
    frames: mpsc::Receiver<Message>,
    feed: Option<Feed>,
    /// An event taken while a frame was waiting, written after it.
    held: Option<Arc<Published>>,
}

/// The next thing to write, `Err` with the count of lost events when the
/// feed lagged.
type Next = Result<Message, u64>;

impl Outgoing {
    /// `p`, or a frame that was queued before it was taken (keeping `p`).
    fn after_frames(&mut self, p: Arc<Published>) -> Message {
        match self.frames.try_recv() {
            Ok(m) => {
                self.held = Some(p);
                m
            }
            Err(_) => text(p.frame()),
        }
    }

    /// What is ready to write now, if anything: nothing once the session
    /// is over (its frames ended), whatever events still wait.
    fn ready(&mut self) -> Option<Next> {
        match self.frames.try_recv() {
            Ok(m) => return Some(Ok(m)),
            Err(mpsc::error::TryRecvError::Disconnected) => return None,
            Err(mpsc::error::TryRecvError::Empty) => {}
        }
        if let Some(p) = self.held.take() {
            return Some(Ok(text(p.frame())));
        }
        match self.feed.as_mut()?.try_recv() {
            Ok(Some(p)) => Some(Ok(self.after_frames(p))),
            Ok(None) => None,
            Err(Ended::Lagged(n)) => Some(Err(n)),
        }
    }

    /// The next thing to write; none once the session's frames end.
    async fn next(&mut self) -> Option<Next> {
        if let Some(n) = self.ready() {
            return Some(n);
        }
        let Outgoing { frames, feed, .. } = self;
        let event = tokio::select! {
            biased;
            m = frames.recv() => return m.map(Ok),
            e = async {
                match feed {
                    Some(feed) => feed.recv().await,
                    None => std::future::pending().await,
                }
            } => e,
        };
        Some(match event {
            Ok(p) => Ok(self.after_frames(p)),
            Err(Ended::Lagged(n)) => Err(n),
        })
    }
}

/// Write the session's frames and the frontend's events as they come,
/// several per flush, each flush within `deadline`. The session loop only
/// queues frames, so its pings, lag checks and identity checks run while a
/// write is pending.
async fn write_frames<S>(mut sink: S, mut out: Outgoing, deadline: Duration) -> WriterEnd
where
    S: futures::Sink<Message, Error = WsError> + Unpin,
{
    let mut lagged: Option<u64> = None;
    while let Some(first) = out.next().await {
        let first = match first {
            Ok(m) => m,
            Err(n) => {
                lagged = Some(n);
                break;
            }
        };
        let mut closing = matches!(first, Message::Close(_));
        let write = async {
            sink.feed(first).await?;
            let mut n = 1;
            while n < BURST
                && !closing
                && lagged.is_none()
                && let Some(next) = out.ready()
            {
                match next {
                    Ok(m) => {
                        closing = matches!(m, Message::Close(_));
                        sink.feed(m).await?;
                        n += 1;
                    }
                    Err(missed) => lagged = Some(missed),
                }
            }
            sink.flush().await
        };
        match within(deadline, write).await {
            Some(Ok(())) if closing || lagged.is_some() => break,
            Some(Ok(())) => {}
            Some(Err(_)) => return WriterEnd::Failed,
            None => return WriterEnd::Stalled,
        }
    }
    if lagged.is_some() {
        let bye = sink.send(close(1013, "too slow: events were lost; reconnect"));
        let _ = tokio::time::timeout(deadline, bye).await;
    }
    let _ = tokio::time::timeout(Duration::from_secs(2), sink.close()).await;
    lagged.map_or(WriterEnd::Done, WriterEnd::Lagged)
}

/// `write` if it ends within `deadline`. The timer is armed only when
/// the first poll does not finish it: a write that fits in the socket's
/// buffer (nearly every one) costs no timer.
async fn within<F: Future>(deadline: Duration, write: F) -> Option<F::Output> {
    let mut write = std::pin::pin!(write);
    if let std::task::Poll::Ready(done) = futures::poll!(write.as_mut()) {
        return Some(done);
    }
    tokio::time::timeout(deadline, write).await.ok()
}

fn close(code: u16, reason: &str) -> Message {
    Message::Close(Some(CloseFrame {
        code: CloseCode::from(code),
        reason: reason.to_string().into(),
    }))
}

/// The close code for a read error: 1002 protocol, 1007 bad UTF-8, 1009 too big.
fn close_code(e: &WsError) -> Option<(u16, String)> {
    match e {
        WsError::Protocol(p) => Some((1002, p.to_string())),
        WsError::Utf8(_) => Some((1007, "text frame is not valid UTF-8".into())),
        WsError::Capacity(c) => Some((1009, c.to_string())),
        _ => None,
    }
}

/// How often an open session checks that its identity still holds.
const IDENTITY_CHECK: Duration = Duration::from_secs(1);

fn too_slow() -> Message {
    close(1013, "too slow: frames were not read; reconnect")
}

/// Serve one upgraded connection until either side ends it.
pub async fn run(
    ctx: &ServerCtx,
    log: slog::Logger,
    request_id: String,
    conn: WebsocketConnection,
    peer: Peer,
) {
    let session = super::session_id();
    let config = WebSocketConfig::default()
        .read_buffer_size(READ_BUFFER)
        .max_write_buffer_size(MAX_WRITE_BUFFER)
        .max_message_size(Some(MAX_MESSAGE))
        .max_frame_size(Some(MAX_MESSAGE));
    let ws = WebSocketStream::from_raw_socket(conn, WsRole::Server, Some(config)).await;
    let (sink, mut stream) = ws.split();
    let (frames, frames_rx) = mpsc::channel::<Message>(WRITE_QUEUE);
    let (out_tx, mut out_rx) = mpsc::channel::<Outbound>(256);
    let (mut peer, feed) = match peer {
        Peer::Vehicle(access) => {
            super::vehicle_attached(ctx, &access, session, out_tx.clone());
            (Live::Vehicle(access), None)
        }
        Peer::Frontend { caller, subs } => {
            let (following, feed) = ctx.bus.subscribe(session, subs).into_parts();
            (Live::Frontend { caller, following }, Some(feed))
        }
    };
    let out = Outgoing { frames: frames_rx, feed, held: None };
    let writer = tokio::spawn(write_frames(sink, out, ctx.config.ws_write_timeout));
    tokio::pin!(writer);
    let mut writer_end: Option<WriterEnd> = None;
    // Queue a frame for the writer; a full queue means the peer is not reading.
    let push = |m: Message| frames.try_send(m).is_ok();
    let kind = if matches!(peer, Live::Vehicle(_)) { "vehicle" } else { "frontend" };
    let gauge = ctx.metrics.sockets.with_label_values(&[kind]);
    gauge.inc();
    let mut shutdown = ctx.shutdown.subscribe();
    let ping_every = ctx.config.ws_ping;
    let mut ping = tokio::time::interval_at(Instant::now() + ping_every, ping_every);
    let mut pong_due: Option<Instant> = None;
    let mut identity = tokio::time::interval_at(Instant::now() + IDENTITY_CHECK, IDENTITY_CHECK);
    // A vehicle's messages are handled in order, beside the
    // loop below rather than inside it: while one waits on the database,
    // the loop still writes the commands the courier hands it (an emergency
    // stop never waits behind a report being stored).
    let (work_tx, work_rx) = mpsc::channel::<Utf8Bytes>(VEHICLE_BACKLOG);
    let vehicle_work = match &peer {
        Live::Vehicle(access) => {
            Some(VehicleAccess { caller: access.caller.clone(), vehicle: access.vehicle.clone() })
        }
        Live::Frontend { .. } => None,
    };
    let worker = vehicle_worker(ctx, &request_id, session, vehicle_work, work_rx, out_tx.clone());
    tokio::pin!(worker);
    let mut worker_done = false;
    let end: Option<Message> = loop {
        tokio::select! {
            () = &mut worker, if !worker_done => worker_done = true,
            m = stream.next() => match m {
                Some(Ok(Message::Text(t))) if matches!(peer, Live::Vehicle(_)) => {
                    if let Err(mpsc::error::TrySendError::Full(t)) = work_tx.try_send(t) {
                        let e = ApiError::new(
                            crate::models::ErrorCode::ServiceUnavailable,
                            format!("{VEHICLE_BACKLOG} messages already wait to be stored; send this one again"),
                        );
                        let id = envelope::read(t.as_str()).ok().map(|m| m.id);
                        if !push(text(&envelope::socket_error(&e, id.as_deref()))) {
                            break Some(too_slow());
                        }
                    }
                }
                Some(Ok(Message::Text(t))) => {
                    // A frontend's replies are all known at once. A change of
                    // what it follows is made once its acknowledgement is
                    // queued, so the events it enables come after it.
                    // Boxed: this arm's future would be part of every
                    // session's, vehicles' included, for as long as it runs.
                    let handled = Box::pin(handle(ctx, &request_id, &mut peer, session, t.as_str())).await;
                    let (reply, follow) = match handled {
                        Reply::Follow { ack, subs } => (Some(ack), Some(subs)),
                        other => (other.ready().await, None),
                    };
                    if let Some(reply) = reply
                        && !push(text(&reply))
                    {
                        break Some(too_slow());
                    }
                    if let (Some(subs), Live::Frontend { following, .. }) = (follow, &mut peer) {
                        following.follow(subs);
                    }
                }
                Some(Ok(Message::Binary(_))) => {
                    let e = ApiError::new(crate::models::ErrorCode::UnsupportedMediaType, "send JSON text frames, not binary");
                    if !push(text(&envelope::socket_error(&e, None))) {
                        break Some(too_slow());
                    }
                }
                Some(Ok(Message::Pong(_))) => pong_due = None,
                Some(Ok(Message::Close(_))) | None => break None,
                Some(Ok(_)) => {} // pings are answered by the library
                Some(Err(e)) => break close_code(&e).map(|(code, reason)| close(code, &reason)),
            },
            o = out_rx.recv() => match o {
                Some(Outbound::Frame(b)) if !push(text(&b)) => break Some(too_slow()),
                Some(Outbound::Frame(_)) => {}
                Some(Outbound::Close(code, reason)) => break Some(close(code, &reason)),
                None => {}
            },
            _ = ping.tick() => {
                if pong_due.is_none() {
                    pong_due = Some(Instant::now() + ctx.config.ws_pong_timeout);
                }
                if !push(Message::Ping(Bytes::from_static(b"tvm"))) {
                    break Some(too_slow());
                }
            },
            _ = async { tokio::time::sleep_until(pong_due.expect("guarded")).await }, if pong_due.is_some() => {
                break Some(close(1008, "no pong within the heartbeat timeout"));
            },
            _ = identity.tick() => {
                if let Some(lapse) = gate::lapsed(ctx, peer.caller()) {
                    slog::info!(log, "closing a socket whose identity lapsed"; "reason" => lapse.reason);
                    break Some(close(lapse.close_code, lapse.reason));
                }
            },
            end = &mut writer, if writer_end.is_none() => {
                let end = end.unwrap_or(WriterEnd::Failed);
                match end {
                    WriterEnd::Stalled => slog::info!(log, "dropping a socket whose peer stopped reading";
                        "write_timeout_s" => ctx.config.ws_write_timeout.as_secs()),
                    WriterEnd::Lagged(n) => slog::info!(log, "dropping a slow subscriber"; "missed_events" => n),
                    WriterEnd::Failed | WriterEnd::Done => {}
                }
                writer_end = Some(end);
                break None;
            },
            _ = shutdown.changed() => break Some(close(1001, "server shutting down")),
        }
    };
    // The close frame goes out after what is queued; a writer that cannot
    // take it within 2 s is dropped with the connection.
    if let Some(msg) = end {
        let _ = frames.try_send(msg);
    }
    drop(frames);
    if writer_end.is_none()
        && tokio::time::timeout(Duration::from_secs(2), &mut writer).await.is_err()
    {
        writer.abort();
    }
    // What the vehicle sent before the end is still stored (its answers
    // have nowhere to go now).
    drop(work_tx);
    if !worker_done {
        worker.await;
    }
    gauge.dec();
    if let Live::Vehicle(access) = &peer {
        super::vehicle_detached(ctx, access, session);
    }
}

/// Messages of a vehicle waiting to be handled; past this, a message is
/// refused with `socket_error` (503) for the vehicle to send again.
const VEHICLE_BACKLOG: usize = 64;

/// Handle a vehicle's messages in order; replies go out through `out`, in
/// the same order. A report is decided before the next message is read and
/// stored while the next ones are decided, so a vehicle reporting at tens
/// of hertz shares group commits instead of waiting for one per report.
async fn vehicle_worker(
    ctx: &ServerCtx,
    request_id: &str,
    session: u64,
    access: Option<VehicleAccess>,
    mut rx: mpsc::Receiver<Utf8Bytes>,
    out: mpsc::Sender<Outbound>,
) {
    let Some(access) = access else { return };
    let mut peer = Live::Vehicle(access);
    let mut replies = futures::stream::FuturesOrdered::new();
    let mut open = true;
    while open || !replies.is_empty() {
        tokio::select! {
            t = rx.recv(), if open && replies.len() < VEHICLE_BACKLOG => match t {
                Some(t) => replies.push_back(handle(ctx, request_id, &mut peer, session, t.as_str()).await.ready()),
                None => open = false,
            },
            Some(reply) = replies.next() => {
                if let Some(reply) = reply
                    && out.send(Outbound::Frame(reply)).await.is_err()
                {
                    return;
                }
            }
        }
    }
}

/// A message's reply: known now, or once its report is stored, or a
/// frontend's new subscriptions with their acknowledgement.
enum Reply {
    Now(Option<Bytes>),
    Stored { id: String, settling: crate::ingest::Settling },
    Follow { ack: Bytes, subs: Subscriptions },
}

impl Reply {
    /// The reply when it is ready: `socket_error` for a report that was
    /// not stored, nothing for one that was.
    fn ready(self) -> futures::future::BoxFuture<'static, Option<Bytes>> {
        match self {
            Reply::Now(r) => Box::pin(std::future::ready(r)),
            Reply::Follow { ack, .. } => Box::pin(std::future::ready(Some(ack))),
            Reply::Stored { id, settling } => Box::pin(async move {
                let e = settling.answer().await.err()?;
                Some(envelope::socket_error(&envelope::under_payload(e), Some(&id)))
            }),
        }
    }
}

/// One text message; its reply, if any.
async fn handle(
    ctx: &ServerCtx,
    request_id: &str,
    peer: &mut Live,
    session: u64,
    text: &str,
) -> Reply {
    // A vehicle's flat report is proven valid as its text is read; any other
    // message has its envelope read and checked here, its payload later.
    let quick = match peer {
        Live::Vehicle(_) => envelope::quick_report(text),
        Live::Frontend { .. } => None,
    };
    let (id, read) = match quick {
        Some((id, report)) => (id, Read::Report(report)),
        None => match envelope::read(text) {
            Ok(Inbound { kind, id, message }) => (id, Read::Envelope { kind, message }),
            Err((e, id)) => return Reply::Now(Some(envelope::socket_error(&e, id.as_deref()))),
        },
    };
    // Between two identity checks: nothing of a lapsed identity is taken.
    if let Some(lapse) = gate::lapsed(ctx, peer.caller()) {
        return Reply::Now(Some(envelope::socket_error(&lapse.error(), Some(&id))));
    }
    let result = match (peer, read) {
        (Live::Vehicle(access), read) => match vehicle_message(ctx, access, read).await {
            Ok(Some(settling)) => return Reply::Stored { id, settling },
            Ok(None) => Ok(Reply::Now(None)),
            Err(e) => Err(e),
        },
        (Live::Frontend { caller, following }, Read::Envelope { kind, message }) => {
            // Boxed, as the ack above: a frontend's messages are few.
            Box::pin(frontend_message(
                ctx,
                request_id,
                caller,
                following.subscriptions(),
                session,
                &kind,
                message,
            ))
            .await
        }
        (Live::Frontend { .. }, Read::Report(_)) => {
            unreachable!("only a vehicle's text is read quickly")
        }
    };
    match result {
        Ok(reply) => reply,
        Err(e) => Reply::Now(Some(envelope::socket_error(&e, Some(&id)))),
    }
}

/// A message as read: a vehicle's report proven valid and decoded already,
/// or a checked envelope whose payload is still to be checked for its type.
enum Read {
    Report(envelope::QuickReport),
    Envelope { kind: String, message: serde_json::Value },
}

/// A vehicle's message: a report comes back queued, an ack is done.
async fn vehicle_message(
    ctx: &ServerCtx,
    access: &VehicleAccess,
    read: Read,
) -> Result<Option<crate::ingest::Settling>, ApiError> {
    let ty = match &read {
        Read::Report(quick) => quick.ty,
        Read::Envelope { kind, .. } => {
            VehicleInboundType::parse(kind).ok_or_else(|| envelope::not_here(kind, "vehicle"))?
        }
    };
    // The client's budget, as for each REST request, before any work on the
    // message: a flood is refused for the cost of reading its envelope.
    // Error reports have their flood ceiling instead, as over REST.
    if ty != VehicleInboundType::Error {
        gate::spend_budget(ctx, &access.caller).await?;
    }
    let (report, raw_ts) = match read {
        Read::Report(quick) => (quick.report, quick.raw_ts),
        Read::Envelope { message, .. } => {
            envelope::check(ty.schema(), &message)?;
            let raw_ts = message["payload"]["timestamp"].as_str().map(str::to_owned);
            match envelope::decode::<VehicleInbound>(message)?.into() {
                Carried::Report(report) => (report, raw_ts),
                Carried::Ack(ack) => {
                    // Boxed: an ack's future is most of this one's size,
                    // which every vehicle socket holds while it is open.
                    Box::pin(ctx.commands.ack(access.vehicle_id(), &ack)).await?;
                    return Ok(None);
                }
            }
        }
    };
    let settling = crate::ingest::queue_live(ctx, access, report, raw_ts.as_deref())
        .await
        .map_err(envelope::under_payload)?;
    Ok(Some(settling))
}

/// A frontend's message: a subscription change comes back with the set it
/// makes, for the session to follow once the acknowledgement is queued.
async fn frontend_message(
    ctx: &ServerCtx,
    request_id: &str,
    caller: &Caller,
    followed: &Subscriptions,
    session: u64,
    kind: &str,
    message: serde_json::Value,
) -> Result<Reply, ApiError> {
    let ty =
        FrontendInboundType::parse(kind).ok_or_else(|| envelope::not_here(kind, "frontend"))?;
    // Subscriptions count against the client's budget at once; a command
    // once its body shows it is not an emergency stop (which nothing may
    // hold back), as over REST.
    if ty != FrontendInboundType::FrontendCommand {
        gate::spend_budget(ctx, caller).await?;
    }
    envelope::check(ty.schema(), &message)?;
    let ids = |r: SubscriptionRequest| -> Vec<String> {
        r.vehicle_ids.into_iter().map(|id| id.to_string()).collect()
    };
    let mut subs = followed.clone();
    let refused = match envelope::decode::<FrontendInbound>(message)? {
        FrontendInbound::Subscribe(m) => {
            let (accepted, refused) = followable(ctx, ids(m.payload), followed.count()).await?;
            subs.add(accepted);
            refused
        }
        FrontendInbound::Unsubscribe(m) => {
            subs.remove(ids(m.payload));
            Vec::new()
        }
        FrontendInbound::FrontendCommand(m) => {
            let (vehicle_id, order) = crate::commands::Order::from_frontend(m.payload);
            if order.params.kind() != crate::models::CommandKind::EmergencyStop {
                gate::spend_budget(ctx, caller).await?;
            }
            let origin = Some(session);
            ctx.commands.issue(caller, &vehicle_id, order, origin, Some(request_id)).await?;
            // The answer is the `command_status` event sent to this session.
            return Ok(Reply::Now(None));
        }
    };
    Ok(Reply::Follow { ack: envelope::subscriptions(subs.list(), refused), subs })
}

/// Most vehicles one socket follows by id (`*` follows the whole fleet).
const MAX_FOLLOWED: usize = 10_000;

/// The ids of a `subscribe` a socket following `followed` ids may take:
/// `*` and registered vehicles up to `MAX_FOLLOWED`; the rest refused.
/// Checked against the registry in memory (warm), never a read per id.
async fn followable(
    ctx: &ServerCtx,
    ids: Vec<String>,
    followed: usize,
) -> Result<(Vec<String>, Vec<String>), ApiError> {
    ctx.registry.ensure_warm(&ctx.store).await?;
    let (mut accepted, mut refused) = (Vec::new(), Vec::new());
    for id in ids {
        let known = id == "*" || ctx.registry.cached(&id).is_some();
        if known && (id == "*" || followed + accepted.len() < MAX_FOLLOWED) {
            accepted.push(id);
        } else {
            refused.push(id);
        }
    }
    Ok((accepted, refused))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::{Bus, Event};
    use crate::models::ConnectionEvent;
    use crate::to_the_end::future_size;

    fn online(vehicle: &str) -> Event {
        Event::Connection(ConnectionEvent {
            vehicle_id: vehicle.parse().expect("a vehicle id"),
            online: true,
            at: chrono::Utc::now(),
        })
    }

    /// A writer over a channel: what it wrote, in order.
    fn writer(
        out: Outgoing,
    ) -> (tokio::task::JoinHandle<WriterEnd>, futures::channel::mpsc::UnboundedReceiver<Message>)
    {
        let (tx, rx) = futures::channel::mpsc::unbounded::<Message>();
        let sink = tx.sink_map_err(|_| WsError::ConnectionClosed);
        (tokio::spawn(write_frames(sink, out, Duration::from_secs(5))), rx)
    }

    fn is_event(m: &Message) -> bool {
        matches!(m, Message::Text(t) if t.as_str().contains("vehicle_connection"))
    }

    #[test]
    fn a_sessions_future_is_small_as_every_open_socket_holds_one() {
        // A frontend's messages, a vehicle's acks and the handling of a
        // frontend's text are boxed; inline, they made it 12.5 KB (debug).
        let size = future_size(&run);
        assert!(size <= 4096, "session::run's future is {size} bytes");
    }

    #[tokio::test]
    async fn a_frame_queued_before_an_event_is_written_first() {
        let bus = Bus::default();
        let (mut following, feed) = bus.subscribe(1, Subscriptions::default()).into_parts();
        let (frames, rx) = mpsc::channel(WRITE_QUEUE);
        // As a subscribe does: the acknowledgement is queued, then the
        // subscription made, then an event it enables is published.
        frames.try_send(Message::Text("ack".into())).expect("room");
        following.follow(Subscriptions::of(&["AV-1"]));
        bus.publish(online("AV-1"));
        frames.try_send(Message::Text("after".into())).expect("room");
        let (end, mut written) = writer(Outgoing { frames: rx, feed: Some(feed), held: None });
        let first: Vec<Message> = (&mut written).take(3).collect().await;
        assert_eq!(first[0], Message::Text("ack".into()));
        // A frame queued before the event was taken also goes first.
        assert_eq!(first[1], Message::Text("after".into()));
        assert!(is_event(&first[2]), "{first:?}");
        drop(frames);
        assert_eq!(end.await.expect("writer"), WriterEnd::Done);
    }

    #[tokio::test]
    async fn the_writer_stops_when_the_session_ends_though_events_wait() {
        let bus = Bus::default();
        let (_following, feed) = bus.subscribe(1, Subscriptions::of(&["*"])).into_parts();
        bus.publish(online("AV-1"));
        let (frames, rx) = mpsc::channel(WRITE_QUEUE);
        drop(frames);
        let (end, written) = writer(Outgoing { frames: rx, feed: Some(feed), held: None });
        let end = tokio::time::timeout(Duration::from_secs(1), end).await;
        assert_eq!(end.expect("the writer ended").expect("writer"), WriterEnd::Done);
        let written: Vec<Message> = written.collect().await;
        assert!(written.is_empty(), "{written:?}");
    }

    #[tokio::test]
    async fn a_feed_that_lost_events_closes_the_socket_with_1013() {
        let bus = Bus::default();
        let (_following, feed) = bus.subscribe(1, Subscriptions::of(&["*"])).into_parts();
        for _ in 0..=crate::events::CAPACITY {
            bus.publish(online("AV-1"));
        }
        let (_frames, rx) = mpsc::channel(WRITE_QUEUE);
        let (end, written) = writer(Outgoing { frames: rx, feed: Some(feed), held: None });
        assert_eq!(end.await.expect("writer"), WriterEnd::Lagged(1));
        let written: Vec<Message> = written.collect().await;
        assert!(written.iter().all(|m| !is_event(m)), "nothing after the loss is sent");
        match written.last() {
            Some(Message::Close(Some(c))) => assert_eq!(u16::from(c.code), 1013),
            other => panic!("no close frame: {other:?}"),
        }
    }
}
