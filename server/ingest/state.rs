//! How a vehicle's live state (`crate::db::live::LiveState`, kept in memory
//! behind the vehicle's lock) follows what is stored: the latest status,
//! docking phase, location and battery by timestamp, from this instance's
//! commits and from those other instances relay.

use chrono::{DateTime, Utc};

use crate::db::live::{LiveState, StatusNow};
use crate::models::{BulkMessage, DockingPhase, LatestBattery, LatestLocation, VehicleState};

impl LiveState {
    /// Fold a committed message into the live state.
    pub fn apply(&mut self, msg: &BulkMessage) {
        match msg {
            BulkMessage::Location(r) => self.note_location(LatestLocation {
                timestamp: r.timestamp,
                latitude: r.latitude,
                longitude: r.longitude,
                heading: r.heading,
                speed: r.speed,
            }),
            BulkMessage::Status(r) => self.note_status(r.state, r.timestamp),
            BulkMessage::Battery(r) => self.note_battery(LatestBattery {
                timestamp: r.timestamp,
                soc: r.soc,
                voltage: r.voltage,
            }),
            BulkMessage::Docking(r) => self.note_docking(r.phase, &r.station_id, r.timestamp),
            BulkMessage::Error(_) => {}
        }
    }

    /// Fold a message another instance committed into this instance's view
    /// of the vehicle (the fleet view's latest values). The machines and
    /// derived data are read from the database again on this instance's
    /// next write for the vehicle, since the other instance changed them.
    /// `None`: a message this version could not read; only the reload.
    pub fn absorb(&mut self, msg: Option<&BulkMessage>) {
        if let Some(msg) = msg {
            self.apply(msg);
        }
        self.loaded = false;
    }

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
