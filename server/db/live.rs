//! SQL that rebuilds vehicles' live state (latest status, docking phase,
//! location and battery, battery health, docking tallies): for the whole
//! fleet at start and for one vehicle when the server first needs it, so the
//! state machines continue across restarts.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use tokio_postgres::Row;

use super::telemetry::{DockingTally, HealthState};
use super::vehicles::VehicleRow;
use super::{Store, StoreError};
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

/// A vehicle's live state: what the state machines check against, what the
/// fleet view shows, and the running battery health and docking tallies
/// (`crate::ingest::state` keeps it up to date).
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

/// One vehicle row of `LIVE_SQL` as its registry row and live state.
fn live_state_of(r: &Row) -> Result<(VehicleRow, LiveState), StoreError> {
    let vehicle = VehicleRow {
        vehicle_id: r.get(0),
        name: r.get(1),
        created_at: r.get(2),
        decommissioned_at: r.get(3),
        vda5050: r
            .get::<_, Option<serde_json::Value>>(25)
            .and_then(|v| serde_json::from_value(v).ok()),
    };
    let mut live = LiveState { loaded: true, ..Default::default() };
    if let (Some(state), Some(at)) =
        (r.get::<_, Option<String>>(4), r.get::<_, Option<DateTime<Utc>>>(5))
    {
        let state = state.parse().map_err(|_| bad_value("vehicle_status.state", &state))?;
        live.status = Some(StatusNow { state, timestamp: at, since: at });
    }
    if let Some(t) = r.get::<_, Option<DateTime<Utc>>>(6) {
        live.location = Some(LatestLocation {
            timestamp: t,
            latitude: r.get(7),
            longitude: r.get(8),
            heading: r.get(9),
            speed: r.get(10),
        });
    }
    if let Some(t) = r.get::<_, Option<DateTime<Utc>>>(11) {
        live.battery = Some(LatestBattery { timestamp: t, soc: r.get(12), voltage: r.get(13) });
    }
    if let (Some(phase), Some(at)) =
        (r.get::<_, Option<String>>(14), r.get::<_, Option<DateTime<Utc>>>(16))
    {
        let phase = phase.parse().map_err(|_| bad_value("vehicle_docking.phase", &phase))?;
        live.docking = Some((phase, r.get(15), at));
    }
    if let Some(cycles) = r.get::<_, Option<f64>>(17) {
        live.health = HealthState {
            cycle_count: cycles,
            readings: r.get(18),
            last_soc: r.get(19),
            last_reading_at: r.get(20),
            full_charge_voltage_initial: r.get(21),
            initial_samples: r.get(22),
            full_charge_voltage_recent: r.get(23),
            max_temperature: r.get(24),
        };
    }
    Ok((vehicle, live))
}

/// Each vehicle with its latest status, location, battery and docking phase
/// and its battery health: one index probe per vehicle and table. Planning
/// it takes ≈ 20 ms (the lateral lookups span every partition), so the
/// one-vehicle form is a prepared statement kept per connection.
macro_rules! live_select {
    () => {
        "SELECT v.vehicle_id, v.name, v.created_at, v.decommissioned_at, \
                       s.state, s.\"timestamp\", l.\"timestamp\", l.latitude, l.longitude, l.heading, l.speed, \
                       b.\"timestamp\", b.soc, b.voltage, \
                       d.phase, d.station_id, d.\"timestamp\", \
                       h.cycle_count, h.readings, h.last_soc, h.last_reading_at, h.full_charge_voltage_initial, \
                       h.initial_samples, h.full_charge_voltage_recent, h.max_temperature, v.vda5050 \
                     FROM vehicles v \
                     LEFT JOIN battery_health h ON h.vehicle_id = v.vehicle_id \
                     LEFT JOIN LATERAL (SELECT phase, station_id, \"timestamp\" FROM vehicle_docking WHERE vehicle_id = v.vehicle_id \
                       ORDER BY \"timestamp\" DESC LIMIT 1) d ON true \
                     LEFT JOIN LATERAL (SELECT state, \"timestamp\" FROM vehicle_status WHERE vehicle_id = v.vehicle_id \
                       ORDER BY \"timestamp\" DESC LIMIT 1) s ON true \
                     LEFT JOIN LATERAL (SELECT \"timestamp\", latitude, longitude, heading, speed FROM vehicle_locations \
                       WHERE vehicle_id = v.vehicle_id ORDER BY \"timestamp\" DESC LIMIT 1) l ON true \
                     LEFT JOIN LATERAL (SELECT \"timestamp\", soc, voltage FROM vehicle_battery WHERE vehicle_id = v.vehicle_id \
                       ORDER BY \"timestamp\" DESC LIMIT 1) b ON true "
    };
}
const LIVE_SQL_ALL: &str = concat!(live_select!(), "ORDER BY v.vehicle_id");
const LIVE_SQL_ONE: &str = concat!(live_select!(), "WHERE v.vehicle_id = $1");

impl Store {
    /// Every vehicle (or only `vehicle_id`) with its whole live state,
    /// docking tallies included, in two queries: the fleet warm-up and the
    /// first use of a vehicle read the same way.
    pub async fn live_states(
        &self,
        vehicle_id: Option<&str>,
    ) -> Result<Vec<(VehicleRow, LiveState)>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let rows = match vehicle_id {
                None => c.query(LIVE_SQL_ALL, &[]).await?,
                Some(id) => c.query(&c.prepare_cached(LIVE_SQL_ONE).await?, &[&id]).await?,
            };
            let tallies = c
                .query(
                    "SELECT vehicle_id, station_id, attempts, succeeded, failed FROM docking_stats \
                     WHERE $1::text IS NULL OR vehicle_id = $1",
                    &[&vehicle_id],
                )
                .await?;
            let mut by_vehicle: HashMap<String, HashMap<String, DockingTally>> = HashMap::new();
            for r in tallies {
                let t = DockingTally {
                    vehicle_id: r.get(0),
                    station_id: r.get(1),
                    attempts: r.get(2),
                    succeeded: r.get(3),
                    failed: r.get(4),
                };
                by_vehicle.entry(t.vehicle_id.clone()).or_default().insert(t.station_id.clone(), t);
            }
            rows.iter()
                .map(|r| {
                    let (vehicle, mut live) = live_state_of(r)?;
                    live.docking_tallies =
                        by_vehicle.remove(&vehicle.vehicle_id).unwrap_or_default();
                    Ok((vehicle, live))
                })
                .collect()
        })
        .await
    }

    /// The stored state of one vehicle (empty when it has none).
    pub async fn live_load(&self, vehicle_id: &str) -> Result<LiveState, StoreError> {
        let mut states = self.live_states(Some(vehicle_id)).await?;
        Ok(states
            .pop()
            .map(|(_, live)| live)
            .unwrap_or(LiveState { loaded: true, ..Default::default() }))
    }

    /// The latest stored status strictly before `t` (the state a bulk
    /// upload's first status must follow).
    pub async fn status_before(
        &self,
        vehicle_id: &str,
        t: DateTime<Utc>,
    ) -> Result<Option<String>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let r = c
                .query_opt(
                    "SELECT state FROM vehicle_status WHERE vehicle_id = $1 AND \"timestamp\" < $2 \
                     ORDER BY \"timestamp\" DESC LIMIT 1",
                    &[&vehicle_id, &t],
                )
                .await?;
            Ok(r.map(|r| r.get(0)))
        })
        .await
    }

    /// The latest stored docking phase strictly before `t`.
    pub async fn phase_before(
        &self,
        vehicle_id: &str,
        t: DateTime<Utc>,
    ) -> Result<Option<String>, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let r = c
                .query_opt(
                    "SELECT phase FROM vehicle_docking WHERE vehicle_id = $1 AND \"timestamp\" < $2 \
                     ORDER BY \"timestamp\" DESC LIMIT 1",
                    &[&vehicle_id, &t],
                )
                .await?;
            Ok(r.map(|r| r.get(0)))
        })
        .await
    }
}

fn bad_value(column: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("{column} holds an unknown value {value:?}"))
}
