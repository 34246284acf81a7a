//! The cluster's safety net for commands (run with Redis configured): the
//! relay between instances is best-effort, so every few seconds the stored
//! queue is read back for what a lost note would have carried.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;

use super::{Commands, STATUS_GRACE};
use crate::db::Store;

/// How often the stored queue is read for commands whose relay note was
/// lost (Redis pub/sub delivers at most once, and not while this instance
/// is between subscriptions).
const SWEEP: Duration = Duration::from_secs(2);
/// How far each sweep looks back before the last one that succeeded (covers
/// clock skew between instances and commands committed during a sweep).
const SWEEP_OVERLAP: Duration = Duration::from_secs(30);

/// The relay's safety net for commands, every [`SWEEP`]:
/// - every command still queued, issued since the last sweep, goes to its
///   vehicle's courier here. A courier without the vehicle's socket, or with
///   the command already queued, in flight or answered, ignores it; so this
///   only delivers commands whose `Command` note never arrived (commands
///   issued before this instance started are read when the socket attaches);
/// - every command a session here issued and that is not final is read
///   back, and a status further than any delivered here (settled for
///   [`STATUS_GRACE`]) goes to this instance's
///   subscribers: the issuing session learns the outcome even when the
///   relay lost the status note.
pub async fn sweep_forever(
    store: Store,
    commands: Arc<Commands>,
    log: slog::Logger,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let overlap = chrono::Duration::from_std(SWEEP_OVERLAP).expect("small duration");
    let mut since = Utc::now() - overlap;
    let mut failing = false;
    loop {
        tokio::select! {
            _ = tokio::time::sleep(SWEEP) => {}
            _ = stop.changed() => return,
        }
        let started = Utc::now();
        let swept = async {
            for (vehicle_id, command_id) in store.commands_queued_since(since).await? {
                commands.couriers.fetch(&vehicle_id, command_id);
            }
            since = started - overlap;
            let issued_here = commands.notifier.in_progress();
            if !issued_here.is_empty() {
                let settled = STATUS_GRACE;
                for row in store.commands_settled(&issued_here, settled).await? {
                    commands.notifier.catch_up(&row);
                }
            }
            Ok::<_, crate::db::StoreError>(())
        };
        match swept.await {
            Ok(()) => failing = false,
            Err(e) if !failing => {
                slog::warn!(log, "command sweep failed; retrying"; "cause" => crate::db::error_chain(&e));
                failing = true;
            }
            Err(_) => {}
        }
    }
}
