//! An operation run on its connection's own task rather than a task of its
//! own (a spawn and a wake-up saved on every request) that still runs to
//! its end when the caller goes away: dropped unfinished, the rest of it is
//! spawned, tracked for the graceful stop. A panic in it is caught and
//! becomes the caller's 500, as a panicking task's did.

use std::any::Any;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio_util::task::TaskTracker;

use super::Answer;

/// An operation's future as the generated table returns it.
type Running = Pin<Box<dyn Future<Output = Answer> + Send>>;

/// One operation, polled where it is awaited.
pub struct InlineOp {
    running: Option<Running>,
    /// Where the rest goes when the caller stops waiting.
    tasks: TaskTracker,
}

impl InlineOp {
    pub fn new(running: Running, tasks: &TaskTracker) -> Self {
        InlineOp { running: Some(running), tasks: tasks.clone() }
    }
}

impl Future for InlineOp {
    /// The operation's answer, or what its panic said.
    type Output = Result<Answer, String>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let running = self.running.as_mut().expect("polled after it finished");
        let polled = std::panic::catch_unwind(AssertUnwindSafe(|| running.as_mut().poll(cx)));
        let done = match polled {
            Ok(Poll::Pending) => return Poll::Pending,
            Ok(Poll::Ready(answer)) => Ok(answer),
            Err(panic) => Err(format!("the operation panicked: {}", panic_message(&*panic))),
        };
        self.running = None;
        Poll::Ready(done)
    }
}

impl Drop for InlineOp {
    fn drop(&mut self) {
        if let Some(rest) = self.running.take()
            && tokio::runtime::Handle::try_current().is_ok()
        {
            self.tasks.spawn(rest);
        }
    }
}

fn panic_message(panic: &(dyn Any + Send)) -> &str {
    panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(no message)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::sync::oneshot;

    #[tokio::test]
    async fn a_panicking_operation_becomes_an_error_not_a_lost_connection() {
        let op: Running = Box::pin(async { panic!("boom") });
        let tasks = TaskTracker::new();
        let out = InlineOp::new(op, &tasks).await;
        assert_eq!(out.err().as_deref(), Some("the operation panicked: boom"));
    }

    #[tokio::test]
    async fn an_operation_dropped_half_way_runs_to_its_end_and_is_waited_for() {
        let (go, wait) = oneshot::channel::<()>();
        let (finished, done) = oneshot::channel::<()>();
        let op: Running = Box::pin(async move {
            let _ = wait.await;
            let _ = finished.send(());
            Ok(http::Response::new(dropshot::Body::empty()))
        });
        let tasks = TaskTracker::new();
        let mut inline = InlineOp::new(op, &tasks);
        assert!(futures::poll!(&mut inline).is_pending(), "it waits");
        drop(inline);
        assert_eq!(tasks.len(), 1, "the rest is tracked");
        go.send(()).expect("the rest still runs");
        tasks.close();
        tokio::time::timeout(std::time::Duration::from_secs(5), tasks.wait())
            .await
            .expect("the graceful stop's wait ends");
        done.await.expect("ran to its end, not dropped");
    }
}
