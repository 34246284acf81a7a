//! Work that runs to its end though its caller stops waiting: polled where
//! it is awaited (no spawn and no wake-up of a task of its own), and, when
//! dropped unfinished, the rest spawned on a `TaskTracker` that the graceful
//! stop waits for. A panic in it is caught and handed to the caller.

use std::any::Any;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use tokio_util::task::TaskTracker;

/// A panic's payload, as `std::panic::catch_unwind` gives it.
pub type Panic = Box<dyn Any + Send>;

/// `running`, awaited here; its rest goes to `tasks` if this is dropped.
pub struct ToTheEnd<'a, T: Send + 'static> {
    running: Option<BoxFuture<'static, T>>,
    tasks: &'a TaskTracker,
}

impl<'a, T: Send + 'static> ToTheEnd<'a, T> {
    pub fn new(running: BoxFuture<'static, T>, tasks: &'a TaskTracker) -> Self {
        ToTheEnd { running: Some(running), tasks }
    }
}

impl<T: Send + 'static> Future for ToTheEnd<'_, T> {
    /// What the work returned, or its panic.
    type Output = Result<T, Panic>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let running = self.running.as_mut().expect("polled after it finished");
        let done = match std::panic::catch_unwind(AssertUnwindSafe(|| running.as_mut().poll(cx))) {
            Ok(Poll::Pending) => return Poll::Pending,
            Ok(Poll::Ready(out)) => Ok(out),
            Err(panic) => Err(panic),
        };
        self.running = None;
        Poll::Ready(done)
    }
}

impl<T: Send + 'static> Drop for ToTheEnd<'_, T> {
    fn drop(&mut self) {
        if let Some(rest) = self.running.take()
            && tokio::runtime::Handle::try_current().is_ok()
        {
            self.tasks.spawn(rest);
        }
    }
}

/// What a panic said, if it said it as text.
pub fn panic_message(panic: &(dyn Any + Send)) -> &str {
    panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(no message)")
}

/// A function of any of the arities the size tests name, and what it
/// returns.
#[cfg(test)]
pub(crate) trait Call<Args> {
    type Output;
}

#[cfg(test)]
impl<F: FnOnce(A, B) -> R, A, B, R> Call<(A, B)> for F {
    type Output = R;
}

#[cfg(test)]
impl<F: FnOnce(A, B, C, D, E) -> R, A, B, C, D, E, R> Call<(A, B, C, D, E)> for F {
    type Output = R;
}

/// The size of what `f` returns (an async function's future): what is
/// boxed when work is handed to `ToTheEnd`, moved on every poll, or held
/// by a task for as long as it runs.
#[cfg(test)]
pub(crate) fn future_size<Args, F: Call<Args>>(_: &F) -> usize {
    std::mem::size_of::<F::Output>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::sync::oneshot;

    #[tokio::test]
    async fn a_panic_is_handed_to_the_caller_with_what_it_said() {
        let tasks = TaskTracker::new();
        let out = ToTheEnd::<()>::new(Box::pin(async { panic!("boom") }), &tasks).await;
        assert_eq!(out.map_err(|p| panic_message(&*p).to_string()), Err("boom".to_string()));
        let owned = ToTheEnd::<()>::new(Box::pin(async { panic!("{}", 7) }), &tasks).await;
        assert_eq!(panic_message(&*owned.expect_err("it panicked")), "7");
    }

    #[tokio::test]
    async fn work_dropped_half_way_runs_to_its_end_and_is_waited_for() {
        let (go, wait) = oneshot::channel::<()>();
        let (finished, done) = oneshot::channel::<()>();
        let work = Box::pin(async move {
            let _ = wait.await;
            let _ = finished.send(());
        });
        let tasks = TaskTracker::new();
        let mut awaited = ToTheEnd::new(work, &tasks);
        assert!(futures::poll!(&mut awaited).is_pending(), "it waits");
        drop(awaited);
        assert_eq!(tasks.len(), 1, "the rest is tracked");
        go.send(()).expect("the rest still runs");
        tasks.close();
        tokio::time::timeout(std::time::Duration::from_secs(5), tasks.wait())
            .await
            .expect("the graceful stop's wait ends");
        done.await.expect("ran to its end, not dropped");
    }

    #[tokio::test]
    async fn work_that_finished_leaves_nothing_behind() {
        let tasks = TaskTracker::new();
        assert_eq!(ToTheEnd::new(Box::pin(async { 5 }), &tasks).await.ok(), Some(5));
        assert_eq!(tasks.len(), 0);
    }
}
