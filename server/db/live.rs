//! SQL that rebuilds one vehicle's live state (latest status, docking phase,
//! location and battery, battery health, docking tallies) when the server
//! first needs it, so the state machines continue across restarts.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::telemetry::DockingTally;
use super::{Store, StoreError};
use crate::ingest::health::HealthState;
use crate::ingest::state::{LiveState, StatusNow};
use crate::models::{LatestBattery, LatestLocation};

impl Store {
    /// The stored state of one vehicle. Queries run pipelined on one connection.
    pub async fn live_load(&self, vehicle_id: &str) -> Result<LiveState, StoreError> {
        self.with_retry(|| async {
            let c = self.conn().await?;
            let p: [&(dyn tokio_postgres::types::ToSql + Sync); 1] = [&vehicle_id];
            let status = c.query_opt(
                "SELECT state, \"timestamp\" FROM vehicle_status WHERE vehicle_id = $1 \
                 ORDER BY \"timestamp\" DESC LIMIT 1",
                &p,
            );
            let docking = c.query_opt(
                "SELECT phase, station_id, \"timestamp\" FROM vehicle_docking WHERE vehicle_id = $1 \
                 ORDER BY \"timestamp\" DESC LIMIT 1",
                &p,
            );
            let location = c.query_opt(
                "SELECT \"timestamp\", latitude, longitude, heading, speed FROM vehicle_locations \
                 WHERE vehicle_id = $1 ORDER BY \"timestamp\" DESC LIMIT 1",
                &p,
            );
            let battery = c.query_opt(
                "SELECT \"timestamp\", soc, voltage FROM vehicle_battery WHERE vehicle_id = $1 \
                 ORDER BY \"timestamp\" DESC LIMIT 1",
                &p,
            );
            let health = c.query_opt(
                "SELECT cycle_count, readings, last_soc, last_reading_at, full_charge_voltage_initial, \
                 initial_samples, full_charge_voltage_recent, max_temperature \
                 FROM battery_health WHERE vehicle_id = $1",
                &p,
            );
            let tallies = c.query(
                "SELECT station_id, attempts, succeeded, failed FROM docking_stats WHERE vehicle_id = $1",
                &p,
            );
            let (status, docking, location, battery, health, tallies) =
                futures::try_join!(status, docking, location, battery, health, tallies)?;
            let mut live = LiveState { loaded: true, ..Default::default() };
            if let Some(r) = status {
                let state: String = r.get(0);
                let at: DateTime<Utc> = r.get(1);
                live.status = Some(StatusNow {
                    state: state.parse().map_err(|_| bad_value("vehicle_status.state", &state))?,
                    timestamp: at,
                    since: at,
                });
            }
            if let Some(r) = docking {
                let phase: String = r.get(0);
                live.docking = Some((
                    phase.parse().map_err(|_| bad_value("vehicle_docking.phase", &phase))?,
                    r.get(1),
                    r.get(2),
                ));
            }
            live.location = location.map(|r| LatestLocation {
                timestamp: r.get(0),
                latitude: r.get(1),
                longitude: r.get(2),
                heading: r.get(3),
                speed: r.get(4),
            });
            live.battery =
                battery.map(|r| LatestBattery { timestamp: r.get(0), soc: r.get(1), voltage: r.get(2) });
            if let Some(r) = health {
                live.health = HealthState {
                    cycle_count: r.get(0),
                    readings: r.get(1),
                    last_soc: r.get(2),
                    last_reading_at: r.get(3),
                    full_charge_voltage_initial: r.get(4),
                    initial_samples: r.get(5),
                    full_charge_voltage_recent: r.get(6),
                    max_temperature: r.get(7),
                };
            }
            live.docking_tallies = tallies
                .iter()
                .map(|r| {
                    let station: String = r.get(0);
                    let t = DockingTally {
                        vehicle_id: vehicle_id.to_string(),
                        station_id: station.clone(),
                        attempts: r.get(1),
                        succeeded: r.get(2),
                        failed: r.get(3),
                    };
                    (station, t)
                })
                .collect::<HashMap<_, _>>();
            Ok(live)
        })
        .await
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
