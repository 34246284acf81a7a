//! One connection's life: admission under the cap on open connections
//! (room is made by dropping the oldest connection that has not sent a
//! request yet), a deadline for the first request, an idle timeout between
//! requests, and a graceful end when the server stops.

use std::collections::BTreeMap;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body::{Body as HttpBody, Frame, SizeHint};
use tokio::sync::{oneshot, watch};
use tokio::time::Instant;

/// Connections open now and the cap on them.
pub struct Admission {
    cap: usize,
    open: AtomicUsize,
    next_id: AtomicU64,
    /// Connections that have not sent a request yet, oldest first: the ones
    /// dropped to make room. Sending `()` drops that connection.
    waiting: Mutex<BTreeMap<u64, oneshot::Sender<()>>>,
    refused: AtomicU64,
    evicted: AtomicU64,
}

/// One admitted connection; while any clone lives (its connection, or the
/// WebSocket session it became), it counts against the cap.
pub struct Ticket {
    admission: Arc<Admission>,
    id: u64,
    started: AtomicBool,
}

impl Admission {
    pub fn new(cap: usize) -> Arc<Self> {
        Arc::new(Admission {
            cap: cap.max(1),
            open: AtomicUsize::new(0),
            next_id: AtomicU64::new(0),
            waiting: Mutex::new(BTreeMap::new()),
            refused: AtomicU64::new(0),
            evicted: AtomicU64::new(0),
        })
    }

    /// Admit a new connection, and the signal that drops it to make room
    /// (until its first request); `None` when the cap is reached by
    /// connections that all have sent a request.
    pub fn admit(self: &Arc<Self>) -> Option<(Arc<Ticket>, oneshot::Receiver<()>)> {
        if self.open.load(Ordering::Relaxed) >= self.cap {
            let oldest = self.waiting.lock().expect("admission lock").pop_first();
            match oldest {
                Some((_, drop_it)) => {
                    let _ = drop_it.send(());
                    self.evicted.fetch_add(1, Ordering::Relaxed);
                }
                None => {
                    self.refused.fetch_add(1, Ordering::Relaxed);
                    return None;
                }
            }
        }
        self.open.fetch_add(1, Ordering::Relaxed);
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = oneshot::channel();
        self.waiting.lock().expect("admission lock").insert(id, tx);
        let ticket = Ticket { admission: self.clone(), id, started: AtomicBool::new(false) };
        Some((Arc::new(ticket), rx))
    }

    pub fn open(&self) -> usize {
        self.open.load(Ordering::Relaxed)
    }

    /// Connections refused at the cap, and dropped to make room, since start.
    pub fn refusals(&self) -> (u64, u64) {
        (self.refused.load(Ordering::Relaxed), self.evicted.load(Ordering::Relaxed))
    }
}

impl Ticket {
    /// The connection sent a request: it is no longer dropped to make room.
    pub fn started(&self) {
        if !self.started.swap(true, Ordering::Relaxed) {
            self.admission.waiting.lock().expect("admission lock").remove(&self.id);
        }
    }

    pub fn has_started(&self) -> bool {
        self.started.load(Ordering::Relaxed)
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        self.admission.waiting.lock().expect("admission lock").remove(&self.id);
        self.admission.open.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Resolves when the connection is chosen to make room; never once it has
/// started (its sender is dropped then).
pub async fn evicted(signal: oneshot::Receiver<()>) {
    if signal.await.is_err() {
        std::future::pending::<()>().await;
    }
}

/// Requests in flight on one connection (a response counts until its body
/// is sent), and when the last one ended.
#[derive(Default)]
pub struct Activity {
    in_flight: AtomicUsize,
    /// Milliseconds since `epoch` when the last request ended.
    last_ms: AtomicU64,
    epoch: std::sync::OnceLock<Instant>,
}

impl Activity {
    fn now_ms(&self) -> u64 {
        self.epoch.get_or_init(Instant::now).elapsed().as_millis() as u64
    }

    /// A request began; the guard ends it (put it in the response body).
    pub fn begin(self: &Arc<Self>) -> InFlight {
        self.in_flight.fetch_add(1, Ordering::Relaxed);
        InFlight(self.clone())
    }

    /// How long the connection has had no request in flight.
    pub fn idle_for(&self) -> Option<Duration> {
        if self.in_flight.load(Ordering::Relaxed) > 0 {
            return None;
        }
        let since = self.now_ms().saturating_sub(self.last_ms.load(Ordering::Relaxed));
        Some(Duration::from_millis(since))
    }
}

/// One request in flight.
pub struct InFlight(Arc<Activity>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.last_ms.store(self.0.now_ms(), Ordering::Relaxed);
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A response body that keeps its request in flight until it is sent.
pub struct Tracked<B> {
    inner: B,
    _in_flight: InFlight,
}

impl<B> Tracked<B> {
    pub fn new(inner: B, in_flight: InFlight) -> Self {
        Tracked { inner, _in_flight: in_flight }
    }
}

impl<B: HttpBody<Data = Bytes> + Unpin> HttpBody for Tracked<B> {
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// The deadlines of one connection.
#[derive(Clone, Copy)]
pub struct Deadlines {
    /// From accept to the first request's headers (HTTP/2: its first stream).
    pub first_request: Duration,
    /// Between requests; then the connection is closed gracefully.
    pub idle: Duration,
}

/// How a connection's watch over it ended.
enum Watched {
    /// Drop the connection: it was chosen to make room, or sent nothing
    /// before its first-request deadline (or before the server stopped).
    Drop,
    /// Shut it down gracefully: idle too long, or the server stops.
    Graceful,
}

/// Drive `conn` (a hyper connection with graceful shutdown) to its end:
/// dropped if it is chosen to make room or sends no request within the
/// first-request deadline; shut down gracefully when idle too long or when
/// the server stops.
pub async fn drive<C>(
    conn: Pin<&mut C>,
    graceful: impl Fn(Pin<&mut C>),
    ticket: Arc<Ticket>,
    evict: oneshot::Receiver<()>,
    activity: Arc<Activity>,
    deadlines: Deadlines,
    mut stop: watch::Receiver<bool>,
) where
    C: std::future::Future,
{
    let mut conn = conn;
    let opened = Instant::now();
    let check = (deadlines.first_request.min(deadlines.idle) / 4).max(Duration::from_millis(250));
    let watch = async move {
        let evict = evicted(evict);
        tokio::pin!(evict);
        let mut tick = tokio::time::interval(check);
        loop {
            tokio::select! {
                biased;
                // Never resolves once the connection has started.
                () = &mut evict => return Watched::Drop,
                _ = stop.changed() => {
                    return if ticket.has_started() { Watched::Graceful } else { Watched::Drop };
                }
                _ = tick.tick() => {
                    if !ticket.has_started() {
                        if opened.elapsed() >= deadlines.first_request {
                            return Watched::Drop;
                        }
                    } else if activity.idle_for().is_some_and(|idle| idle >= deadlines.idle) {
                        return Watched::Graceful;
                    }
                }
            }
        }
    };
    let watched = tokio::select! {
        biased;
        _ = conn.as_mut() => return,
        watched = OnlyWhenWoken::new(watch) => watched,
    };
    if let Watched::Graceful = watched {
        graceful(conn.as_mut());
        let _ = tokio::time::timeout(Duration::from_secs(30), conn).await;
    }
}

/// A future polled only when something it waits on woke it, not whenever
/// the task it shares is polled. A connection's task is woken several
/// times a request; its watch (the eviction signal, the deadline timer,
/// the server's stop) waits on none of those wakes, and polling it for
/// each took a lock on the stop signal's waiters and a timer check.
struct OnlyWhenWoken<F> {
    inner: Pin<Box<F>>,
    woken: Arc<Woken>,
    waker: std::task::Waker,
}

/// Whether an `OnlyWhenWoken`'s future was woken, and the task to wake.
struct Woken {
    flag: AtomicBool,
    task: futures::task::AtomicWaker,
}

impl std::task::Wake for Woken {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.flag.store(true, Ordering::Release);
        self.task.wake();
    }
}

impl<F: std::future::Future> OnlyWhenWoken<F> {
    fn new(inner: F) -> Self {
        // Set: the first poll polls the future (nothing has woken it yet).
        let woken = Arc::new(Woken {
            flag: AtomicBool::new(true),
            task: futures::task::AtomicWaker::new(),
        });
        let waker = std::task::Waker::from(woken.clone());
        OnlyWhenWoken { inner: Box::pin(inner), woken, waker }
    }
}

impl<F: std::future::Future> std::future::Future for OnlyWhenWoken<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = self.get_mut();
        // Registered before the flag is read: a wake between the two
        // wakes this task again.
        this.woken.task.register(cx.waker());
        if !this.woken.flag.swap(false, Ordering::AcqRel) {
            return Poll::Pending;
        }
        this.inner.as_mut().poll(&mut Context::from_waker(&this.waker))
    }
}

/// `inner` with each request marking the connection started (a handshake
/// carrying its ticket, which a WebSocket session keeps) and counted in
/// flight until its response body is sent.
pub fn tracked<S>(
    inner: S,
    ticket: Arc<Ticket>,
    activity: Arc<Activity>,
) -> impl hyper::service::Service<
    http::Request<hyper::body::Incoming>,
    Response = http::Response<Tracked<dropshot::Body>>,
    Error = std::convert::Infallible,
    Future: Send + 'static,
> + Send
+ 'static
where
    S: hyper::service::Service<
            http::Request<hyper::body::Incoming>,
            Response = http::Response<dropshot::Body>,
            Error = std::convert::Infallible,
            Future: Send + 'static,
        > + Send
        + 'static,
{
    hyper::service::service_fn(move |mut request: http::Request<hyper::body::Incoming>| {
        ticket.started();
        // Only a WebSocket handshake takes the ticket (and it needs
        // `Upgrade`); other requests are spared the extensions' allocation.
        if request.headers().contains_key(http::header::UPGRADE) {
            request.extensions_mut().insert(ticket.clone());
        }
        let in_flight = activity.begin();
        let answer = inner.call(request);
        async move {
            let response = answer.await?;
            Ok(response.map(|body| Tracked::new(body, in_flight)))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts the wakes of the task polling an `OnlyWhenWoken`.
    struct Task(AtomicUsize);

    impl std::task::Wake for Task {
        fn wake(self: Arc<Self>) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    #[test]
    fn a_watch_is_polled_only_after_its_own_wake() {
        let polls = Arc::new(AtomicUsize::new(0));
        let parked: Arc<Mutex<Option<std::task::Waker>>> = Arc::default();
        let ready = Arc::new(AtomicBool::new(false));
        let watch = std::future::poll_fn({
            let (polls, parked, ready) = (polls.clone(), parked.clone(), ready.clone());
            move |cx| {
                polls.fetch_add(1, Ordering::SeqCst);
                if ready.load(Ordering::SeqCst) {
                    return Poll::Ready("done");
                }
                *parked.lock().unwrap() = Some(cx.waker().clone());
                Poll::Pending
            }
        });
        let mut watched = std::pin::pin!(OnlyWhenWoken::new(watch));
        let task = Arc::new(Task(AtomicUsize::new(0)));
        let waker = std::task::Waker::from(task.clone());
        let mut cx = Context::from_waker(&waker);

        assert!(watched.as_mut().poll(&mut cx).is_pending());
        assert_eq!(polls.load(Ordering::SeqCst), 1, "the first poll polls it");
        // The task woken by something else (a request on the connection).
        for _ in 0..3 {
            assert!(watched.as_mut().poll(&mut cx).is_pending());
        }
        assert_eq!(polls.load(Ordering::SeqCst), 1, "not polled for others' wakes");

        ready.store(true, Ordering::SeqCst);
        parked.lock().unwrap().take().expect("it left its waker").wake();
        assert_eq!(task.0.load(Ordering::SeqCst), 1, "its wake wakes the task");
        assert_eq!(watched.as_mut().poll(&mut cx), Poll::Ready("done"));
        assert_eq!(polls.load(Ordering::SeqCst), 2);
    }
}
