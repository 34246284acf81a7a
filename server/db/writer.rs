//! The batching writer (group commit): live telemetry from many requests is
//! queued here and written by a few worker tasks, each taking every job that
//! is waiting (up to `MAX_BATCH`) into one transaction, after waiting a
//! moment for a small batch to fill. A vehicle's rows commit in the order
//! they were queued: a batch holding one waits for the batch that holds
//! its predecessor. Each request is answered after the transaction that
//! holds its row commits.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use tokio::sync::{Mutex, Notify, mpsc, oneshot};

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
pub struct Slot<'a> {
    permit: mpsc::Permit<'a, Job>,
    writer: &'a Writer,
}

impl Slot<'_> {
    /// Queue a row in this place (see `Writer::queue`).
    pub fn queue(self, row: TelemetryRow, derived: Vec<Derived>, order: Option<Order>) -> Pending {
        let (done, rx) = oneshot::channel();
        self.permit.send(Job { row, derived, order, done });
        self.writer.filling.queued(&self.writer.tx);
        rx
    }
}

/// How the worker filling a small batch learns that it is full. It sleeps
/// until the linger ends or one queued job makes the batch `FILL`, rather
/// than waking for every job (each wake was a poll of the worker and a
/// timer set and cancelled, per row).
#[derive(Default)]
struct Filling {
    /// Queued jobs the filling worker waits for; 0 while none waits.
    wanted: AtomicUsize,
    full: Notify,
}

impl Filling {
    /// After a job is queued: wake the filling worker if the queue now
    /// holds what it waits for (once: the first to see it takes `wanted`).
    fn queued<T>(&self, tx: &mpsc::Sender<T>) {
        let wanted = self.wanted.load(Ordering::Acquire);
        if wanted == 0 || tx.max_capacity() - tx.capacity() < wanted {
            return;
        }
        if self.wanted.compare_exchange(wanted, 0, Ordering::AcqRel, Ordering::Relaxed).is_ok() {
            self.full.notify_one();
        }
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
    filling: Arc<Filling>,
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
        let filling = Arc::new(Filling::default());
        for n in 0..workers.max(1) {
            let (store, rx, stats) = (store.clone(), rx.clone(), stats.clone());
            let filling = filling.clone();
            let log = log.new(slog::o!("writer" => n));
            tokio::spawn(async move { work(store, rx, &filling, linger, stats, log).await });
        }
        Writer { tx, filling, stats }
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
        let permit = self.tx.try_reserve().map_err(|e| match e {
            mpsc::error::TrySendError::Full(()) => {
                StoreError::Unavailable("the write queue is full".into())
            }
            mpsc::error::TrySendError::Closed(()) => {
                StoreError::Unavailable("the writer has stopped".into())
            }
        })?;
        Ok(Slot { permit, writer: self })
    }

    /// The answer to a queued row.
    pub async fn answer(pending: Pending) -> Result<Stored, StoreError> {
        pending.await.map_err(|_| StoreError::Unavailable("the writer dropped the job".into()))?
    }
}

async fn work(
    store: Store,
    rx: Arc<Mutex<mpsc::Receiver<Job>>>,
    filling: &Filling,
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
            fill(&mut rx, &mut jobs, filling, linger).await;
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

/// Take every waiting job into `jobs` (up to `MAX_BATCH`). While the
/// batch is smaller than `FILL`, wait up to `linger` for the jobs that
/// would make it so: one wake when they are queued, or the linger's end.
async fn fill<T>(
    rx: &mut mpsc::Receiver<T>,
    jobs: &mut Vec<T>,
    filling: &Filling,
    linger: std::time::Duration,
) {
    let linger_end = tokio::time::sleep(linger);
    tokio::pin!(linger_end);
    loop {
        while jobs.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(j) => jobs.push(j),
                Err(_) => break,
            }
        }
        // Full enough, no linger, or every sender gone (shutdown).
        if jobs.len() >= FILL || linger.is_zero() || rx.is_closed() || linger_end.is_elapsed() {
            return;
        }
        let full = filling.full.notified();
        tokio::pin!(full);
        full.as_mut().enable();
        let wanted = FILL - jobs.len();
        filling.wanted.store(wanted, Ordering::Release);
        // A job queued before `wanted` was set did not wake anyone.
        if rx.len() < wanted {
            tokio::select! {
                _ = &mut full => {}
                _ = &mut linger_end => {}
            }
        }
        filling.wanted.store(0, Ordering::Release);
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

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use tokio::time::Instant;

    use super::*;

    const LINGER: Duration = Duration::from_millis(100);

    /// Queue `n` jobs one at a time, as `Slot::queue` does, letting the
    /// filling worker run between them.
    async fn queue(tx: &mpsc::Sender<u32>, filling: &Filling, n: u32) {
        for i in 0..n {
            tx.send(i).await.expect("open");
            filling.queued(tx);
            tokio::task::yield_now().await;
        }
    }

    // The clock is paused: time moves only when every task waits, so a
    // batch that ends before `LINGER` ended because it filled.
    #[tokio::test(start_paused = true)]
    async fn a_batch_that_fills_commits_without_waiting_out_the_linger() {
        let (tx, mut rx) = mpsc::channel(QUEUE);
        let filling = Arc::new(Filling::default());
        let sender = {
            let (tx, filling) = (tx.clone(), filling.clone());
            tokio::spawn(async move { queue(&tx, &filling, FILL as u32 - 1).await })
        };
        let t0 = Instant::now();
        let mut jobs = vec![u32::MAX];
        fill(&mut rx, &mut jobs, &filling, LINGER).await;
        assert_eq!(jobs.len(), FILL);
        assert!(t0.elapsed() < LINGER, "waited {:?}", t0.elapsed());
        sender.await.expect("sent");
        assert_eq!(filling.wanted.load(Ordering::Acquire), 0, "nobody waits any more");
    }

    #[tokio::test(start_paused = true)]
    async fn a_small_batch_waits_the_linger_and_takes_what_came() {
        let (tx, mut rx) = mpsc::channel(QUEUE);
        let filling = Filling::default();
        // Queued before the worker looks, and while it waits.
        queue(&tx, &filling, 2).await;
        let t0 = Instant::now();
        let mut jobs = vec![u32::MAX];
        let late = async {
            tokio::time::sleep(LINGER / 2).await;
            queue(&tx, &filling, 3).await;
        };
        tokio::join!(fill(&mut rx, &mut jobs, &filling, LINGER), late);
        assert_eq!(jobs.len(), 6);
        assert_eq!(t0.elapsed(), LINGER);
    }

    // The job that fills the batch is queued on another thread just as the
    // worker has taken the rest and is deciding to wait: whichever comes
    // first, the worker's `wanted` or that job, the worker is woken. A lost
    // wake would leave it waiting for a linger of an hour (real time here:
    // the race needs two threads).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_batch_filled_from_another_thread_never_waits_out_the_linger() {
        for round in 0..2_000 {
            let (tx, mut rx) = mpsc::channel(QUEUE);
            let filling = Arc::new(Filling::default());
            let sender = {
                let (tx, filling) = (tx.clone(), filling.clone());
                tokio::spawn(async move {
                    for i in 0..FILL as u32 - 2 {
                        tx.try_send(i).expect("room");
                        filling.queued(&tx);
                    }
                    // Until the worker has taken them all (or a moment has
                    // passed: it may be waiting for more already).
                    for _ in 0..10_000 {
                        if tx.capacity() == tx.max_capacity() {
                            break;
                        }
                        std::hint::spin_loop();
                    }
                    tx.try_send(u32::MAX).expect("room");
                    filling.queued(&tx);
                })
            };
            let mut jobs = vec![u32::MAX];
            let filled = tokio::time::timeout(
                Duration::from_secs(10),
                fill(&mut rx, &mut jobs, &filling, Duration::from_secs(3600)),
            )
            .await;
            assert!(filled.is_ok(), "round {round}: a full batch waited for its linger");
            assert_eq!(jobs.len(), FILL);
            sender.await.expect("sent");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn without_a_linger_or_once_the_senders_are_gone_nothing_waits() {
        let (tx, mut rx) = mpsc::channel(QUEUE);
        let filling = Filling::default();
        queue(&tx, &filling, 1).await;
        let t0 = Instant::now();
        let mut jobs = vec![u32::MAX];
        fill(&mut rx, &mut jobs, &filling, Duration::ZERO).await;
        assert_eq!((jobs.len(), t0.elapsed()), (2, Duration::ZERO));
        drop(tx);
        let mut jobs = vec![u32::MAX];
        fill(&mut rx, &mut jobs, &filling, LINGER).await;
        assert_eq!((jobs.len(), t0.elapsed()), (1, Duration::ZERO));
    }
}
