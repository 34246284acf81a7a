//! The batching writer (group commit): live telemetry from many requests is
//! queued here and written by a few worker tasks, each taking every job that
//! is waiting (up to `MAX_BATCH`) into one transaction, after waiting a
//! moment for a small batch to fill. A vehicle's rows commit in the order
//! they were queued: a batch holding one waits for the batch that holds
//! its predecessor. Each request is answered after the transaction that
//! holds its row commits.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::sync::{Mutex, mpsc, oneshot};

use super::telemetry::{
    Derived, Kind, Stored, TelemetryRow, insert_rows, needs_transaction, upsert_derived,
};
use super::{Store, StoreError};

/// Most jobs in one transaction.
pub const MAX_BATCH: usize = 512;
/// Jobs that may wait for a worker; beyond this, callers get 503 at once.
pub const QUEUE: usize = 32_768;
/// A batch this small waits up to the linger for more jobs. A commit costs
/// PostgreSQL a WAL flush whatever it holds: at a few thousand rows a
/// second, batches of one or two rows made a disk write per row and
/// tripled the database's CPU per row.
pub const FILL: usize = 16;

/// One telemetry row and what it derives (written only if the row is new).
pub struct Job {
    pub row: TelemetryRow,
    pub derived: Vec<Derived>,
    /// The vehicle's epoch the row was decided in, when later rows of the
    /// vehicle were decided assuming it is stored.
    pub order: Option<Order>,
    done: oneshot::Sender<Result<Stored, StoreError>>,
}

/// Where a row stands among its vehicle's rows.
///
/// The vehicle's epoch (`crate::registry::VehicleEntry::epoch`) and the
/// value the row was decided at: a row that fails moves the epoch on, and
/// a queued row of an older epoch is then refused without being written,
/// since it was decided on a state that assumed the failed one.
pub struct Order {
    pub epoch: Arc<AtomicU64>,
    pub at: u64,
    /// The row's place in its vehicle's sequence (0, 1, 2, …).
    pub seq: u64,
    /// Closed once the vehicle's previous row is written or failed.
    pub after: Option<oneshot::Receiver<()>>,
    /// Closed (dropped) once this row is written or failed.
    pub written: oneshot::Sender<()>,
}

impl Order {
    fn is_current(&self) -> bool {
        self.epoch.load(Ordering::SeqCst) == self.at
    }

    fn failed(&self) {
        let _ =
            self.epoch.compare_exchange(self.at, self.at + 1, Ordering::SeqCst, Ordering::SeqCst);
    }

    /// Whether `other` is this vehicle's row just before this one.
    fn follows(&self, other: &Order) -> bool {
        Arc::ptr_eq(&self.epoch, &other.epoch) && other.seq + 1 == self.seq
    }
}

/// A queued row's answer: `Inserted` or `Duplicate` once committed.
pub type Pending = oneshot::Receiver<Result<Stored, StoreError>>;

/// A reserved place in the writer's queue.
pub struct Slot<'a>(mpsc::Permit<'a, Job>);

impl Slot<'_> {
    /// Queue a row in this place (see `Writer::queue`).
    pub fn queue(self, row: TelemetryRow, derived: Vec<Derived>, order: Option<Order>) -> Pending {
        let (done, rx) = oneshot::channel();
        self.0.send(Job { row, derived, order, done });
        rx
    }
}

/// Counters for `/metrics`.
pub struct WriterStats {
    pub batches: AtomicU64,
    pub rows: AtomicU64,
    pub largest_batch: AtomicU64,
    pub failed_batches: AtomicU64,
    /// Rows per transaction (registered by `crate::metrics`).
    pub batch_size: prometheus::Histogram,
}

impl Default for WriterStats {
    fn default() -> Self {
        let opts = prometheus::HistogramOpts::new(
            "ingest_batch_size",
            "Rows per group-commit transaction",
        )
        .buckets(vec![1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0]);
        WriterStats {
            batches: AtomicU64::new(0),
            rows: AtomicU64::new(0),
            largest_batch: AtomicU64::new(0),
            failed_batches: AtomicU64::new(0),
            batch_size: prometheus::Histogram::with_opts(opts).expect("valid histogram"),
        }
    }
}

/// Handle to the writer. Cheap to clone.
#[derive(Clone)]
pub struct Writer {
    tx: mpsc::Sender<Job>,
    pub stats: Arc<WriterStats>,
}

impl Writer {
    /// Start `workers` writer tasks on `store`, each waiting up to `linger`
    /// for a batch of fewer than `FILL` jobs to grow. They stop when every
    /// `Writer` handle is dropped and the queue is drained.
    pub fn start(
        store: Store,
        workers: usize,
        linger: std::time::Duration,
        log: slog::Logger,
    ) -> Writer {
        let (tx, rx) = mpsc::channel(QUEUE);
        let rx = Arc::new(Mutex::new(rx));
        let stats = Arc::new(WriterStats::default());
        for n in 0..workers.max(1) {
            let (store, rx, stats) = (store.clone(), rx.clone(), stats.clone());
            let log = log.new(slog::o!("writer" => n));
            tokio::spawn(async move { work(store, rx, linger, stats, log).await });
        }
        Writer { tx, stats }
    }

    /// Queue a row without waiting: rows queued one after another for a
    /// vehicle commit in that order. The answer comes through the returned
    /// receiver once the row is committed (or known a duplicate).
    pub fn queue(
        &self,
        row: TelemetryRow,
        derived: Vec<Derived>,
        order: Option<Order>,
    ) -> Result<Pending, StoreError> {
        Ok(self.reserve()?.queue(row, derived, order))
    }

    /// A place in the queue, or 503 at once when there is none.
    pub fn reserve(&self) -> Result<Slot<'_>, StoreError> {
        self.tx.try_reserve().map(Slot).map_err(|e| match e {
            mpsc::error::TrySendError::Full(()) => {
                StoreError::Unavailable("the write queue is full".into())
            }
            mpsc::error::TrySendError::Closed(()) => {
                StoreError::Unavailable("the writer has stopped".into())
            }
        })
    }

    /// The answer to a queued row.
    pub async fn answer(pending: Pending) -> Result<Stored, StoreError> {
        pending.await.map_err(|_| StoreError::Unavailable("the writer dropped the job".into()))?
    }
}

async fn work(
    store: Store,
    rx: Arc<Mutex<mpsc::Receiver<Job>>>,
    linger: std::time::Duration,
    stats: Arc<WriterStats>,
    log: slog::Logger,
) {
    loop {
        let mut jobs = Vec::new();
        {
            // Held while the batch fills: the other workers commit theirs
            // meanwhile, and the next one fills after this.
            let mut rx = rx.lock().await;
            let Some(first) = rx.recv().await else { return };
            jobs.push(first);
            let until = tokio::time::Instant::now() + linger;
            loop {
                while jobs.len() < MAX_BATCH {
                    match rx.try_recv() {
                        Ok(j) => jobs.push(j),
                        Err(_) => break,
                    }
                }
                if jobs.len() >= FILL || linger.is_zero() {
                    break;
                }
                match tokio::time::timeout_at(until, rx.recv()).await {
                    Ok(Some(j)) => jobs.push(j),
                    // The time is up, or every sender is gone (shutdown).
                    Ok(None) | Err(_) => break,
                }
            }
        }
        // A row whose predecessor is in an earlier batch still being
        // written waits for it (batches fill in queue order, so that one
        // never waits for this one).
        for i in 0..jobs.len() {
            let Some(mut after) = jobs[i].order.as_mut().and_then(|o| o.after.take()) else {
                continue;
            };
            if !matches!(after.try_recv(), Err(oneshot::error::TryRecvError::Empty)) {
                continue; // written already
            }
            let order = jobs[i].order.as_ref().expect("a row that waits has its order");
            if jobs[..i].iter().any(|j| j.order.as_ref().is_some_and(|o| order.follows(o))) {
                continue;
            }
            let _ = after.await;
        }
        // Rows decided on a state that assumed a row that failed are
        // refused unwritten: what is stored always followed the machines.
        let (mut jobs, stale): (Vec<Job>, Vec<Job>) =
            jobs.into_iter().partition(|j| j.order.as_ref().is_none_or(Order::is_current));
        for job in stale {
            fail(
                job,
                StoreError::Unavailable("an earlier report of this vehicle was not stored".into()),
            );
        }
        if jobs.is_empty() {
            continue;
        }
        stats.batches.fetch_add(1, Ordering::Relaxed);
        stats.rows.fetch_add(jobs.len() as u64, Ordering::Relaxed);
        stats.largest_batch.fetch_max(jobs.len() as u64, Ordering::Relaxed);
        stats.batch_size.observe(jobs.len() as f64);
        let refs: Vec<&Job> = jobs.iter().collect();
        match store.with_retry(|| write_batch(&store, &refs)).await {
            Ok(results) => {
                for (job, r) in jobs.into_iter().zip(results) {
                    let _ = job.done.send(Ok(r));
                }
            }
            Err(e) if e.is_transient() => {
                stats.failed_batches.fetch_add(1, Ordering::Relaxed);
                let cause = super::error_chain(&e);
                slog::warn!(log, "telemetry batch failed"; "rows" => jobs.len(), "cause" => &cause);
                for job in jobs {
                    fail(job, StoreError::Unavailable(cause.clone().into()));
                }
            }
            Err(e) if jobs.len() == 1 => {
                stats.failed_batches.fetch_add(1, Ordering::Relaxed);
                fail(jobs.pop().expect("one job"), e);
            }
            Err(e) => {
                // A row the database refuses must not sink its batch-mates:
                // write each alone so only the offender fails.
                slog::warn!(log, "telemetry batch refused; writing rows one by one"; "cause" => super::error_chain(&e));
                for job in jobs {
                    if !job.order.as_ref().is_none_or(Order::is_current) {
                        fail(
                            job,
                            StoreError::Unavailable(
                                "an earlier report of this vehicle was not stored".into(),
                            ),
                        );
                        continue;
                    }
                    let one = [&job];
                    match store.with_retry(|| write_batch(&store, &one)).await {
                        Ok(mut v) => {
                            let _ = job.done.send(Ok(v.remove(0)));
                        }
                        Err(e) => fail(job, e),
                    }
                }
            }
        }
    }
}

/// Answer a job with its failure; its vehicle's later rows in flight fail too.
fn fail(job: Job, e: StoreError) {
    if let Some(order) = &job.order {
        order.failed();
    }
    let _ = job.done.send(Err(e));
}

async fn write_batch(store: &Store, jobs: &[&Job]) -> Result<Vec<Stored>, StoreError> {
    let mut c = store.conn().await?;
    let rows: Vec<&TelemetryRow> = jobs.iter().map(|j| &j.row).collect();
    let now = chrono::Utc::now();
    if single_statement(jobs) && !needs_transaction(&rows, now) {
        // One multi-row INSERT is atomic and durable on its own: one round
        // trip instead of BEGIN, INSERT, COMMIT (a fleet's 1 Hz locations).
        return insert_rows(&c, &rows, now).await;
    }
    let tx = c.transaction().await?;
    let stored = insert_rows(&tx, &rows, now).await?;
    let derived: Vec<&Derived> = jobs
        .iter()
        .zip(&stored)
        .filter(|(_, s)| matches!(s, Stored::Inserted { .. }))
        .flat_map(|(j, _)| j.derived.iter())
        .collect();
    upsert_derived(&tx, &derived).await?;
    tx.commit().await?;
    Ok(stored)
}

/// Whether a batch is written by one statement: rows of one kind that
/// derive nothing.
fn single_statement(jobs: &[&Job]) -> bool {
    let kind = jobs.first().map(|j| Kind::of(&j.row.msg));
    jobs.iter().all(|j| j.derived.is_empty() && Some(Kind::of(&j.row.msg)) == kind)
}
