//! CPU-heavy work taken off the runtime's workers: a tracks read's
//! rendering, a large body's compression, a secret's hash. It runs on
//! tokio's blocking pool, on threads whose scheduling priority is lowered
//! (niceness raised by `NICENESS`) the first time they take such work, so
//! that when the cores are busy the kernel runs the workers first: an
//! emergency stop posted while dashboards read tracks is handled by a
//! worker, and no read's rendering holds that worker back.

use std::cell::Cell;

/// How much lower than the server's own a heavy job's priority is.
pub const NICENESS: i32 = 10;

/// The lowest priority a thread can have (the highest niceness).
const LOWEST: i32 = 19;

/// Run `work` on the blocking pool at the lowered priority; its result,
/// or the pool's error if it panicked.
pub async fn run<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, tokio::task::JoinError> {
    tokio::task::spawn_blocking(move || {
        lower_this_thread();
        work()
    })
    .await
}

/// Lower the calling thread's priority once (a blocking-pool thread keeps
/// it for every job after). Linux keeps a niceness per thread; raising it
/// needs no privilege. If the kernel refuses, the work runs as it is.
fn lower_this_thread() {
    thread_local!(static LOWERED: Cell<bool> = const { Cell::new(false) });
    if LOWERED.with(|lowered| lowered.replace(true)) {
        return;
    }
    let this = Some(rustix::thread::gettid());
    if let Ok(now) = rustix::process::getpriority_process(this) {
        let _ = rustix::process::setpriority_process(this, (now + NICENESS).min(LOWEST));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn niceness_here() -> i32 {
        rustix::process::getpriority_process(Some(rustix::thread::gettid())).expect("readable")
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn heavy_work_runs_at_a_lower_priority_and_the_workers_keep_theirs() {
        let worker = niceness_here();
        for _ in 0..4 {
            // Mostly on one pool thread, reused: lowered once, not once a job.
            let job = run(niceness_here).await.unwrap();
            assert_eq!(job, (worker + NICENESS).min(LOWEST), "a heavy job's thread is lowered");
        }
        assert_eq!(niceness_here(), worker, "the worker that asked keeps its priority");
        let other = tokio::spawn(async { niceness_here() }).await.unwrap();
        assert_eq!(other, worker, "so does every other worker");
    }

    #[tokio::test]
    async fn a_job_that_panics_is_an_error_for_its_caller() {
        let failed = run(|| -> u8 { panic!("rendering failed") }).await;
        assert!(failed.unwrap_err().is_panic());
    }
}
