//! The rules a schema cannot express: the clock window of timestamps, the
//! vehicle state machine, the docking phase machine and the error-code
//! catalogue.

use chrono::{DateTime, Duration, Utc};

use crate::error::ApiError;
use crate::models::{DockingPhase, ErrorCode, TimestampDetails, TransitionDetails, VehicleState};

/// Allowed clock skew of live messages, either way.
pub const LIVE_SKEW: Duration = Duration::minutes(5);
/// Oldest data a bulk upload may carry.
pub const BULK_MAX_AGE: Duration = Duration::days(30);

/// Which timestamps a message may carry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Window {
    /// now − 5 min ≤ t ≤ now + 5 min
    Live,
    /// now − 30 days ≤ t ≤ now + 5 min
    Bulk,
}

/// Check a message's timestamp: UTC (`Z`) and inside the window. `raw` is
/// the timestamp as sent (the decoded value has lost its offset).
pub fn timestamp(
    raw: Option<&str>,
    t: DateTime<Utc>,
    now: DateTime<Utc>,
    window: Window,
) -> Result<(), ApiError> {
    if let Some(raw) = raw
        && !(raw.ends_with('Z') || raw.ends_with('z'))
    {
        return Err(ApiError::new(
            ErrorCode::InvalidTimestamp,
            format!("timestamp {raw} must be in UTC with a Z suffix"),
        )
        .with_details(TimestampDetails {
            timestamp: Some(raw.to_string()),
            ..Default::default()
        }));
    }
    let earliest = match window {
        Window::Live => now - LIVE_SKEW,
        Window::Bulk => now - BULK_MAX_AGE,
    };
    let latest = now + LIVE_SKEW;
    if t < earliest || t > latest {
        let which = if t > latest { "in the future" } else { "too old" };
        return Err(ApiError::new(
            ErrorCode::InvalidTimestamp,
            format!(
                "timestamp {} is {which}: accepted from {} to {}",
                rfc3339(t),
                rfc3339(earliest),
                rfc3339(latest)
            ),
        )
        .with_details(TimestampDetails {
            timestamp: Some(rfc3339(t)),
            server_time: Some(now),
            earliest: Some(earliest),
            latest: Some(latest),
            ..Default::default()
        }));
    }
    Ok(())
}

/// `t` as the contract writes a timestamp, as the models write theirs.
pub fn rfc3339(t: DateTime<Utc>) -> String {
    tvm_client::time::text(&t)
}

/// Whether a vehicle may go from `from` (its latest state; `None` for its
/// first report) to `to`. Leaving `emergency_stop` needs a `resume`.
pub fn state_allows(from: Option<VehicleState>, to: VehicleState, resumed: bool) -> bool {
    use VehicleState as S;
    let Some(from) = from else { return true };
    if from == to || matches!(to, S::Error | S::EmergencyStop) {
        return true;
    }
    match from {
        S::Idle => to == S::Navigating,
        S::Navigating => matches!(to, S::Docking | S::Idle),
        S::Docking => matches!(to, S::Charging | S::Navigating | S::Idle),
        S::Charging => matches!(to, S::Idle | S::Navigating),
        S::Error => to == S::Idle,
        S::EmergencyStop => resumed && matches!(to, S::Idle | S::Navigating),
    }
}

/// 400 INVALID_STATE_TRANSITION naming both states.
pub fn state_transition(
    from: Option<VehicleState>,
    to: VehicleState,
    resumed: bool,
) -> Result<(), ApiError> {
    if state_allows(from, to, resumed) {
        return Ok(());
    }
    let from = from.expect("a first state is always allowed");
    let hint = if from == VehicleState::EmergencyStop {
        " (a vehicle leaves emergency_stop only after a resume command)"
    } else {
        ""
    };
    Err(ApiError::new(
        ErrorCode::InvalidStateTransition,
        format!("state {from} cannot change to {to}{hint}"),
    )
    .with_details(TransitionDetails {
        from: from.to_string(),
        to: to.to_string(),
        index: None,
    }))
}

/// Whether a docking report may follow the previous one. A cycle runs
/// approaching → aligning → docking → docked → undocking; any phase may
/// fail; after `failed` or `undocking` a new cycle starts with `approaching`.
pub fn phase_allows(from: Option<DockingPhase>, to: DockingPhase) -> bool {
    use DockingPhase as P;
    let Some(from) = from else { return true };
    if from == to || to == P::Failed {
        return true;
    }
    matches!(
        (from, to),
        (P::Approaching, P::Aligning)
            | (P::Aligning, P::Docking)
            | (P::Docking, P::Docked)
            | (P::Docked, P::Undocking)
            | (P::Undocking, P::Approaching)
            | (P::Failed, P::Approaching)
    )
}

/// 400 INVALID_PHASE_TRANSITION naming both phases.
pub fn phase_transition(from: Option<DockingPhase>, to: DockingPhase) -> Result<(), ApiError> {
    if phase_allows(from, to) {
        return Ok(());
    }
    let from = from.expect("a first phase is always allowed");
    Err(ApiError::new(
        ErrorCode::InvalidPhaseTransition,
        format!("docking phase {from} cannot change to {to}"),
    )
    .with_details(TransitionDetails {
        from: from.to_string(),
        to: to.to_string(),
        index: None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use VehicleState as S;

    const ALL: [S; 6] =
        [S::Idle, S::Navigating, S::Docking, S::Charging, S::Error, S::EmergencyStop];

    #[test]
    fn the_state_machine_allows_exactly_the_documented_transitions() {
        let allowed = [
            (S::Idle, S::Navigating),
            (S::Navigating, S::Docking),
            (S::Navigating, S::Idle),
            (S::Docking, S::Charging),
            (S::Docking, S::Navigating),
            (S::Docking, S::Idle),
            (S::Charging, S::Idle),
            (S::Charging, S::Navigating),
            (S::Error, S::Idle),
        ];
        for from in ALL {
            for to in ALL {
                let expect = from == to
                    || matches!(to, S::Error | S::EmergencyStop)
                    || allowed.contains(&(from, to));
                assert_eq!(state_allows(Some(from), to, false), expect, "{from} -> {to}");
            }
            assert!(state_allows(None, from, false));
        }
        assert!(state_allows(Some(S::EmergencyStop), S::Idle, true));
        assert!(state_allows(Some(S::EmergencyStop), S::Navigating, true));
        assert!(!state_allows(Some(S::EmergencyStop), S::Charging, true));
    }

    #[test]
    fn the_phase_machine_runs_in_order_and_may_fail_anywhere() {
        use DockingPhase as P;
        let order = [P::Approaching, P::Aligning, P::Docking, P::Docked, P::Undocking];
        for w in order.windows(2) {
            assert!(phase_allows(Some(w[0]), w[1]));
            assert!(!phase_allows(Some(w[1]), w[0]), "{} -> {}", w[1], w[0]);
        }
        for p in order {
            assert!(phase_allows(Some(p), P::Failed));
        }
        assert!(phase_allows(Some(P::Failed), P::Approaching));
        assert!(!phase_allows(Some(P::Failed), P::Docked));
        assert!(!phase_allows(Some(P::Approaching), P::Docked));
    }

    #[test]
    fn timestamps_must_be_utc_and_inside_the_window() {
        let now = Utc::now();
        let ok = |t, w| timestamp(Some("2026-01-01T00:00:00Z"), t, now, w).is_ok();
        assert!(ok(now - LIVE_SKEW, Window::Live));
        assert!(!ok(now - LIVE_SKEW - Duration::milliseconds(1), Window::Live));
        assert!(ok(now + LIVE_SKEW, Window::Live));
        assert!(!ok(now + LIVE_SKEW + Duration::milliseconds(1), Window::Live));
        assert!(ok(now - Duration::days(29), Window::Bulk));
        assert!(!ok(now - BULK_MAX_AGE - Duration::seconds(1), Window::Bulk));
        let e = timestamp(Some("2026-01-01T01:00:00+01:00"), now, now, Window::Live).unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidTimestamp);
    }
}
