//! The location-minutes builder: every `EVERY`, packs the minutes that
//! closed since the last run and rebuilds the ones late rows made stale
//! (`crate::db::minutes`), on whichever instance gets the builder's lock.
//! A failed run is logged and retried on the next tick; reads never wait
//! for it (they read raw rows wherever no current copy exists).

use std::time::Duration;

use crate::db::Store;

/// Time between runs. A closed minute is packed within `EVERY` after
/// `crate::db::minutes::BUILD_MARGIN`.
pub const EVERY: Duration = Duration::from_secs(5);

/// Build now and every `EVERY` until `stop` changes.
pub async fn schedule(
    store: Store,
    until: prometheus::IntGauge,
    log: slog::Logger,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let mut tick = tokio::time::interval(EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = stop.changed() => return,
        }
        let built = store.build_location_minutes().await;
        if let Ok(crate::db::minutes::Built { until: Some(t), .. }) = &built {
            until.set(t.timestamp());
        }
        match built {
            Ok(built) if built.minutes + built.late > 0 => {
                slog::debug!(log, "location minutes built";
                    "minutes" => built.minutes, "late" => built.late,
                    "until" => built.until.map(|t| t.to_rfc3339()));
            }
            Ok(_) => {}
            Err(e) => {
                slog::warn!(log, "location minutes not built; retrying on the next run";
                    "cause" => crate::db::error_chain(&e));
            }
        }
    }
}
