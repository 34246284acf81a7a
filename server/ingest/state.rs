//! How a vehicle's live state (`crate::db::live::LiveState`, kept in memory
//! behind the vehicle's lock) follows what is stored: the latest status,
//! docking phase, location and battery by timestamp.

use chrono::{DateTime, Utc};

use crate::db::live::{LiveState, StatusNow};
use crate::models::{DockingPhase, LatestBattery, LatestLocation, VehicleState};

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
