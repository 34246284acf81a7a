//! Battery health and docking outcomes, computed as readings arrive:
//! equivalent full cycles (total discharged state of charge / 100), the
//! full-charge voltage early in the pack's life versus now, and docking
//! attempts, successes and failures per station.

use crate::config::MaintenanceThresholds;
use crate::db::telemetry::{DockingTally, HealthState};
use crate::models::{BatteryReport, DockingPhase};

/// Readings at or above this state of charge count as "full".
pub const FULL_SOC: f64 = 95.0;
/// Full-charge readings averaged into the initial (baseline) voltage.
pub const INITIAL_SAMPLES: i32 = 10;
/// Weight of a new full-charge reading in the recent voltage (EWMA).
pub const RECENT_WEIGHT: f64 = 0.1;
impl HealthState {
    /// Fold one reading in. Cycles are counted from discharge between
    /// consecutive readings in time order; a reading older than the last one
    /// (late bulk data) still counts as a reading and a temperature, but not
    /// as discharge, so replayed history never inflates the cycle count.
    pub fn apply(&mut self, r: &BatteryReport) {
        self.readings += 1;
        if let Some(reading) = r.temperature {
            self.max_temperature = Some(self.max_temperature.map_or(reading, |t| t.max(reading)));
        }
        let in_order = self.last_reading_at.is_none_or(|last| r.timestamp > last);
        if !in_order {
            return;
        }
        if let Some(prev) = self.last_soc
            && r.soc < prev
        {
            self.cycle_count += (prev - r.soc) / 100.0;
        }
        self.last_soc = Some(r.soc);
        self.last_reading_at = Some(r.timestamp);
        if r.soc >= FULL_SOC {
            if self.initial_samples < INITIAL_SAMPLES {
                let n = self.initial_samples as f64;
                let mean = self.full_charge_voltage_initial.unwrap_or(0.0);
                self.full_charge_voltage_initial = Some((mean * n + r.voltage) / (n + 1.0));
                self.initial_samples += 1;
            }
            self.full_charge_voltage_recent = Some(match self.full_charge_voltage_recent {
                None => r.voltage,
                Some(prev) => prev + RECENT_WEIGHT * (r.voltage - prev),
            });
        }
    }

    /// Loss of full-charge voltage since the baseline, percent (positive = worse).
    pub fn degradation_pct(&self) -> Option<f64> {
        match (self.full_charge_voltage_initial, self.full_charge_voltage_recent) {
            (Some(initial), Some(recent)) if initial > 0.0 => {
                Some((initial - recent) / initial * 100.0)
            }
            _ => None,
        }
    }

    pub fn maintenance_due(&self, t: &MaintenanceThresholds) -> bool {
        self.cycle_count > t.max_cycles
            || self.degradation_pct().is_some_and(|d| d > t.max_degradation_pct)
    }
}

impl DockingTally {
    /// Count one docking report that followed `previous`: an attempt ends
    /// when the vehicle enters `docked` (a success) or `failed` (a failure);
    /// repeating the same phase is not a new outcome.
    pub fn apply(&mut self, previous: Option<DockingPhase>, phase: DockingPhase) {
        if previous == Some(phase) {
            return;
        }
        match phase {
            DockingPhase::Docked => self.succeeded += 1,
            DockingPhase::Failed => self.failed += 1,
            _ => return,
        }
        self.attempts += 1;
    }

    /// Successes over finished attempts (0 when none finished).
    pub fn success_rate(&self) -> f64 {
        if self.attempts == 0 { 0.0 } else { self.succeeded as f64 / self.attempts as f64 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(secs: i64, soc: f64, voltage: f64) -> BatteryReport {
        BatteryReport {
            timestamp: chrono::DateTime::from_timestamp(1_800_000_000 + secs, 0).unwrap(),
            soc,
            voltage,
            current: Some(-1.0),
            temperature: Some(30.0 + secs as f64),
        }
    }

    #[test]
    fn cycles_count_discharge_only_in_time_order() {
        let mut h = HealthState::default();
        for (t, soc) in [(0, 100.0), (10, 60.0), (20, 90.0), (30, 40.0)] {
            h.apply(&reading(t, soc, 50.0));
        }
        // 40 % + 50 % discharged = 0.9 cycles; charging does not count.
        assert!((h.cycle_count - 0.9).abs() < 1e-9, "{}", h.cycle_count);
        // A late reading from the past is counted, but adds no discharge.
        h.apply(&reading(5, 10.0, 50.0));
        assert!((h.cycle_count - 0.9).abs() < 1e-9);
        assert_eq!(h.readings, 5);
        assert_eq!(h.max_temperature, Some(60.0));
    }

    #[test]
    fn full_charge_voltage_degradation_sets_maintenance_due() {
        let mut h = HealthState::default();
        for i in 0..INITIAL_SAMPLES as i64 {
            h.apply(&reading(i, 100.0, 54.0));
        }
        assert_eq!(h.full_charge_voltage_initial, Some(54.0));
        assert_eq!(h.degradation_pct(), Some(0.0));
        assert!(!h.maintenance_due(&MaintenanceThresholds::default()));
        for i in 100..200 {
            h.apply(&reading(i, 96.0, 50.0));
        }
        let d = h.degradation_pct().unwrap();
        assert!(d > 7.0 && d < 7.5, "{d}");
        assert!(h.maintenance_due(&MaintenanceThresholds::default()));
        let lenient = MaintenanceThresholds { max_cycles: 500.0, max_degradation_pct: 8.0 };
        assert!(!h.maintenance_due(&lenient), "the threshold is the configured one");
        assert_eq!(h.full_charge_voltage_initial, Some(54.0), "baseline is kept");
    }

    #[test]
    fn docking_success_rate_is_over_finished_attempts() {
        use DockingPhase as P;
        let mut t = DockingTally::default();
        let mut prev = None;
        for p in [
            P::Approaching,
            P::Docked,
            P::Docked,
            P::Undocking,
            P::Approaching,
            P::Failed,
            P::Failed,
            P::Approaching,
        ] {
            t.apply(prev, p);
            prev = Some(p);
        }
        assert_eq!((t.attempts, t.succeeded, t.failed), (2, 1, 1));
        assert_eq!(t.success_rate(), 0.5);
    }
}
