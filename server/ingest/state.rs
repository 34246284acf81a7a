//! The live state of one vehicle, kept in memory behind the vehicle's lock:
//! what the state machines check against, what the fleet view shows, and
//! the running battery health and docking tallies.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::db::telemetry::DockingTally;
use crate::ingest::health::HealthState;
use crate::models::{DockingPhase, LatestBattery, LatestLocation, VehicleState};

/// The current state of a vehicle.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusNow {
    pub state: VehicleState,
    /// Timestamp of the latest status report.
    pub timestamp: DateTime<Utc>,
    /// When the vehicle entered `state`.
    pub since: DateTime<Utc>,
}

#[derive(Debug, Clone, Default)]
pub struct LiveState {
    /// False until the stored state has been read from the database.
    pub loaded: bool,
    pub status: Option<StatusNow>,
    /// A `resume` was acknowledged since the last emergency stop.
    pub resumed: bool,
    /// Latest docking phase, its station and timestamp.
    pub docking: Option<(DockingPhase, String, DateTime<Utc>)>,
    pub location: Option<LatestLocation>,
    pub battery: Option<LatestBattery>,
    pub health: HealthState,
    /// Docking tallies by station.
    pub docking_tallies: HashMap<String, DockingTally>,
}

impl LiveState {
    /// Record a status that was stored: the latest by timestamp wins.
    pub fn note_status(&mut self, state: VehicleState, t: DateTime<Utc>) {
        if self.status.as_ref().is_some_and(|s| s.timestamp > t) {
            return;
        }
        let since = match &self.status {
            Some(s) if s.state == state => s.since,
            _ => t,
        };
        if state == VehicleState::EmergencyStop {
            self.resumed = false;
        }
        self.status = Some(StatusNow { state, timestamp: t, since });
    }

    pub fn note_docking(&mut self, phase: DockingPhase, station: &str, t: DateTime<Utc>) {
        if self.docking.as_ref().is_some_and(|d| d.2 > t) {
            return;
        }
        self.docking = Some((phase, station.to_string(), t));
    }

    pub fn note_location(&mut self, l: LatestLocation) {
        if self.location.as_ref().is_none_or(|old| old.timestamp <= l.timestamp) {
            self.location = Some(l);
        }
    }

    pub fn note_battery(&mut self, b: LatestBattery) {
        if self.battery.as_ref().is_none_or(|old| old.timestamp <= b.timestamp) {
            self.battery = Some(b);
        }
    }
}
