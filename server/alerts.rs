//! Alerts: what the rules raise (the vehicle enters `error` or
//! `emergency_stop`, a CRITICAL error live or in a bulk upload, silence
//! past `TVM_ALERT_OFFLINE_S`, a battery below `TVM_ALERT_BATTERY_PCT`,
//! maintenance due, a command timed out), stored once per vehicle and kind
//! (repeats counted), cleared when the condition ends, and published to
//! every operator and admin and to every webhook (`crate::notify`). A
//! failure to store an alert is logged, never passed to the report or
//! command that raised it.

use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::db::Store;
use crate::db::alerts::{Raise, Raised};
use crate::events::{Bus, Event};
use crate::models::{Alert, AlertKind, ErrorReport, ErrorSeverity, VehicleState};
use crate::services::Services;

/// Points above `TVM_ALERT_BATTERY_PCT` a battery must reach to clear
/// `battery_low` (so a reading hovering at the threshold does not flap).
pub const BATTERY_HYSTERESIS_PCT: f64 = 5.0;

/// Where alerts are stored and published from.
pub struct Sink<'a> {
    pub store: &'a Store,
    pub bus: &'a Bus,
    pub log: &'a slog::Logger,
}

impl<'a> Sink<'a> {
    pub fn of(services: &'a Services) -> Self {
        Sink { store: &services.store, bus: &services.bus, log: &services.log }
    }

    /// Raise an alert (or count a repeat of the one in force) and publish it.
    pub async fn raise(&self, r: Raise<'_>) {
        self.raise_with(r, true).await;
    }

    /// Raise an alert only if none of its vehicle and kind is in force.
    pub async fn raise_once(&self, r: Raise<'_>) -> bool {
        self.raise_with(r, false).await
    }

    async fn raise_with(&self, r: Raise<'_>, repeat_counts: bool) -> bool {
        match self.store.alert_raise(&r, repeat_counts).await {
            Ok(Raised::New(a) | Raised::Repeat(a)) => {
                self.announce(a).await;
                true
            }
            Ok(Raised::AlreadyInForce) => false,
            Err(e) => {
                slog::error!(self.log, "alert not stored"; "kind" => r.kind.to_string(),
                    "vehicle_id" => r.vehicle_id, "cause" => crate::db::error_chain(&e));
                false
            }
        }
    }

    /// Tell everyone of an alert change: every operator and admin session
    /// (the bus) and every webhook (its outbox).
    pub async fn announce(&self, a: Alert) {
        let body = serde_json::to_value(&a).expect("alerts serialize");
        if let Err(e) = self.store.webhook_enqueue(a.alert_id, &body).await {
            slog::error!(self.log, "alert not queued for webhooks"; "alert_id" => a.alert_id.to_string(),
                "cause" => crate::db::error_chain(&e));
        }
        self.bus.publish(Event::Alert(a));
    }

    /// Raise `critical_error` for a CRITICAL error report (live or uploaded).
    pub async fn raise_critical(&self, vehicle_id: &str, r: &ErrorReport, at: DateTime<Utc>) {
        let code = r.code.to_string();
        let message = format!("vehicle {vehicle_id} reported {code}: {}", r.description.as_str());
        let (kind, severity) = (AlertKind::CriticalError, ErrorSeverity::Critical);
        let critical = alert(vehicle_id, kind, severity, &message, at);
        self.raise(Raise { error_code: Some(&code), ..critical }).await;
    }

    /// Clear the alert in force for the vehicle and kind, if any.
    pub async fn clear(&self, vehicle_id: &str, kind: AlertKind) {
        match self.store.alert_clear(vehicle_id, kind).await {
            Ok(Some(a)) => self.announce(a).await,
            Ok(None) => {}
            Err(e) => {
                slog::error!(self.log, "alert not cleared"; "kind" => kind.to_string(),
                    "vehicle_id" => vehicle_id, "cause" => crate::db::error_chain(&e));
            }
        }
    }
}

/// An alert of `kind` for the vehicle, raised at `at` (the optional fields
/// empty: set them with struct update syntax).
pub fn alert<'a>(
    vehicle_id: &'a str,
    kind: AlertKind,
    severity: ErrorSeverity,
    message: &'a str,
    at: DateTime<Utc>,
) -> Raise<'a> {
    Raise {
        vehicle_id,
        kind,
        severity,
        state: None,
        error_code: None,
        command_id: None,
        message,
        at,
    }
}

/// The alert a status change raises, if any.
pub fn for_state(
    vehicle_id: &str,
    state: VehicleState,
    detail: Option<&str>,
) -> Option<(AlertKind, ErrorSeverity, String)> {
    match state {
        VehicleState::Error => Some((
            AlertKind::StateError,
            ErrorSeverity::Error,
            format!(
                "vehicle {vehicle_id} entered the error state{}",
                detail.map(|m| format!(": {m}")).unwrap_or_default()
            ),
        )),
        VehicleState::EmergencyStop => Some((
            AlertKind::EmergencyStop,
            ErrorSeverity::Critical,
            format!("vehicle {vehicle_id} is in emergency stop"),
        )),
        _ => None,
    }
}

/// The alert kind a state keeps in force, if any.
pub fn kind_of_state(state: VehicleState) -> Option<AlertKind> {
    match state {
        VehicleState::Error => Some(AlertKind::StateError),
        VehicleState::EmergencyStop => Some(AlertKind::EmergencyStop),
        _ => None,
    }
}

/// How often vehicles are checked for silence: a tenth of the allowed
/// silence, between 1 s and 30 s.
fn scan_every(offline: Duration) -> Duration {
    (offline / 10).clamp(Duration::from_secs(1), Duration::from_secs(30))
}

/// Raise `vehicle_offline` for vehicles in service that reported before and
/// have been silent for longer than `TVM_ALERT_OFFLINE_S`, until shutdown.
/// Every instance checks; the database keeps one alert per vehicle.
pub async fn watch_silence(services: std::sync::Arc<Services>) {
    let Some(offline) = services.config.alert_offline else { return };
    let mut stop = services.shutdown.subscribe();
    let allowed = chrono::Duration::from_std(offline).expect("a configured duration");
    loop {
        tokio::select! {
            _ = tokio::time::sleep(scan_every(offline)) => {}
            _ = stop.changed() => return,
        }
        let now = Utc::now();
        for v in services.registry.sorted().iter() {
            if v.is_decommissioned() || v.offline_alert() {
                continue;
            }
            let (status, location, battery) = v.latest().await;
            let last = [
                status.map(|s| s.timestamp),
                location.map(|l| l.timestamp),
                battery.map(|b| b.timestamp),
            ]
            .into_iter()
            .flatten()
            .max();
            let Some(last) = last.filter(|t| now.signed_duration_since(*t) > allowed) else {
                continue;
            };
            let message = format!(
                "vehicle {} sent no report since {} (more than {} s)",
                v.vehicle_id,
                crate::validate::rules::rfc3339(last),
                offline.as_secs()
            );
            let (kind, severity) = (AlertKind::VehicleOffline, ErrorSeverity::Warning);
            Sink::of(&services)
                .raise_once(alert(&v.vehicle_id, kind, severity, &message, now))
                .await;
            // In force now, whoever raised it: the next report clears it.
            v.set_offline_alert(true);
        }
    }
}
