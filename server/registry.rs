//! The in-memory registry: which vehicles exist (with each vehicle's live
//! state behind its own lock) and which clients are revoked. Filled from the
//! database on first use of an id, updated at once by this instance's admin
//! operations, and re-synchronised every few seconds so changes made by the
//! command line or another instance are seen without a restart.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use foldhash::{HashMap, HashSet};
use tokio::sync::{Mutex, MutexGuard};

use crate::db::live::LiveState;
use crate::db::vehicles::VehicleRow;
use crate::db::{Store, StoreError};

/// How often revocations and decommissions made elsewhere are picked up:
/// an identity revoked on one instance stops on every instance within it
/// (and open sockets and streams close within it plus their 1 s check).
pub const SYNC_EVERY: Duration = Duration::from_secs(1);
/// Every how many syncs the vehicles registered elsewhere are listed (a
/// lookup by id finds a new vehicle at once anyway; the list is the fleet).
const LIST_VEHICLES_EVERY: u64 = 5;

/// One registered vehicle.
pub struct VehicleEntry {
    pub vehicle_id: String,
    info: RwLock<VehicleRow>,
    live: Mutex<LiveState>,
    /// Open vehicle sockets of this vehicle on this instance.
    sockets: AtomicUsize,
    /// The other instance holding the vehicle's socket, as the cluster
    /// relay last said (its `Connection`, `Attached` and presence notes).
    elsewhere: std::sync::Mutex<Option<Arc<str>>>,
    /// Counts changes to what the fleet view shows (info, live state,
    /// online). Bumped after the change is made (for the live state: at its
    /// first mutable use, while its lock is held), so a reader that took the
    /// count first and the data after never keeps an entry older than the
    /// count it files it under.
    changes: AtomicU64,
    /// The fleet entry last rendered for this vehicle and the change count
    /// it was rendered at (see `crate::fleet`).
    rendered: std::sync::Mutex<Option<(u64, bytes::Bytes)>>,
    /// A `vehicle_offline` alert is in force (raised here or relayed): the
    /// next report clears it, and the silence check skips the vehicle.
    offline_alert: std::sync::atomic::AtomicBool,
    /// The vehicle's reports decided and not yet settled (see `Lane`).
    /// Taken only while `live` is locked, or alone and briefly.
    pub lane: std::sync::Mutex<Lane>,
    /// Bumped by the writer when one of the vehicle's reports fails: the
    /// reports decided after it, on a state that assumed it, fail too.
    pub epoch: Arc<AtomicU64>,
    /// Woken when the last report in flight settles.
    pub drained: tokio::sync::Notify,
}

/// A vehicle's reports between their decision (under the live lock) and
/// their settling (the live state, events and alerts after the commit).
/// Reports are decided one at a time against `pending`, the live state as
/// it will be once every report in flight is stored, and settle in the
/// order they were decided.
#[derive(Default)]
pub struct Lane {
    /// Reports decided and not yet settled.
    pub in_flight: u64,
    /// The live state with every report in flight applied, and the epoch
    /// it was built in; `None` when nothing is in flight.
    pub pending: Option<(LiveState, u64)>,
    /// Signalled when the last decided report has settled: the next one
    /// settles after it.
    pub tail: Option<tokio::sync::oneshot::Receiver<()>>,
    /// Reports decided so far (the next one's place in the sequence).
    pub decided: u64,
    /// Closed when the last decided report's row is written or failed:
    /// the writer writes the next one after it.
    pub written: Option<tokio::sync::oneshot::Receiver<()>>,
}

impl VehicleEntry {
    fn new(row: VehicleRow) -> Self {
        VehicleEntry {
            vehicle_id: row.vehicle_id.clone(),
            info: RwLock::new(row),
            live: Mutex::new(LiveState::default()),
            sockets: AtomicUsize::new(0),
            elsewhere: std::sync::Mutex::new(None),
            changes: AtomicU64::new(0),
            rendered: std::sync::Mutex::new(None),
            offline_alert: std::sync::atomic::AtomicBool::new(false),
            lane: std::sync::Mutex::new(Lane::default()),
            epoch: Arc::new(AtomicU64::new(0)),
            drained: tokio::sync::Notify::new(),
        }
    }

    /// Whether a `vehicle_offline` alert is in force, as this instance knows.
    pub fn offline_alert(&self) -> bool {
        self.offline_alert.load(Ordering::SeqCst)
    }

    /// Note whether a `vehicle_offline` alert is in force; the previous value.
    pub fn set_offline_alert(&self, in_force: bool) -> bool {
        self.offline_alert.swap(in_force, Ordering::SeqCst)
    }

    fn changed(&self) {
        self.changes.fetch_add(1, Ordering::SeqCst);
    }

    /// How many changes the fleet view has seen for this vehicle.
    pub fn change_count(&self) -> u64 {
        self.changes.load(Ordering::SeqCst)
    }

    /// The entry rendered at change count `at`, if that is the one kept.
    pub fn rendered_at(&self, at: u64) -> Option<bytes::Bytes> {
        match &*self.rendered.lock().expect("rendered lock") {
            Some((n, b)) if *n == at => Some(b.clone()),
            _ => None,
        }
    }

    /// Keep an entry rendered from data read after change count `at`.
    pub fn keep_rendered(&self, at: u64, entry: bytes::Bytes) {
        *self.rendered.lock().expect("rendered lock") = Some((at, entry));
    }

    /// A vehicle socket opened; true when the vehicle just came online.
    pub fn connect(&self) -> bool {
        let first = self.sockets.fetch_add(1, Ordering::SeqCst) == 0;
        self.changed();
        first
    }

    /// A vehicle socket closed; true when the vehicle just went offline.
    pub fn disconnect(&self) -> bool {
        let last = self.sockets.fetch_sub(1, Ordering::SeqCst) == 1;
        self.changed();
        last
    }

    /// Connected here or, as the cluster relay last said, elsewhere.
    pub fn is_online(&self) -> bool {
        self.has_socket_here() || self.elsewhere.lock().expect("elsewhere lock").is_some()
    }

    /// A socket of this vehicle is open on this instance.
    pub fn has_socket_here(&self) -> bool {
        self.sockets.load(Ordering::SeqCst) > 0
    }

    /// Instance `at` holds the vehicle's socket now.
    pub fn online_at(&self, at: &Arc<str>) {
        let mut e = self.elsewhere.lock().expect("elsewhere lock");
        if e.as_deref() != Some(&**at) {
            *e = Some(at.clone());
            drop(e);
            self.changed();
        }
    }

    /// Instance `at` no longer holds the vehicle's socket (a later socket
    /// on another instance is kept). True when that changed anything.
    pub fn offline_at(&self, at: &str) -> bool {
        let mut e = self.elsewhere.lock().expect("elsewhere lock");
        if e.as_deref() != Some(at) {
            return false;
        }
        *e = None;
        drop(e);
        self.changed();
        true
    }

    /// Take in a message another instance stored for this vehicle.
    pub async fn absorb(&self, msg: Option<&crate::models::BulkMessage>) {
        let mut live = self.live.lock().await;
        live.absorb(msg);
        self.changed();
    }

    /// Latest status, location and battery, as the fleet view shows them
    /// (from the warm-up or the live state, without a database read).
    pub async fn latest(
        &self,
    ) -> (
        Option<crate::db::live::StatusNow>,
        Option<crate::models::LatestLocation>,
        Option<crate::models::LatestBattery>,
    ) {
        let live = self.live.lock().await;
        (live.status.clone(), live.location.clone(), live.battery.clone())
    }

    pub fn info(&self) -> VehicleRow {
        self.info.read().expect("vehicle info lock").clone()
    }

    pub fn set_info(&self, row: VehicleRow) {
        *self.info.write().expect("vehicle info lock") = row;
        self.changed();
    }

    pub fn is_decommissioned(&self) -> bool {
        self.info.read().expect("vehicle info lock").decommissioned_at.is_some()
    }

    /// The vehicle's live state, locked, read from the database the first
    /// time. Holding it serialises this vehicle's writes (state machines,
    /// battery health) without slowing any other vehicle.
    /// A change through the guard is counted once, while the lock is held;
    /// a caller that only reads counts nothing (so the fleet view does not
    /// render the vehicle again for it).
    pub async fn live(&self, store: &Store) -> Result<LiveGuard<'_>, StoreError> {
        let mut live = self.live.lock().await;
        if !live.loaded {
            // Boxed, as the read is rare (see `Registry::vehicle`).
            *live = Box::pin(store.live_load(&self.vehicle_id)).await?;
            self.changed();
        }
        Ok(LiveGuard { live, entry: self, counted: false })
    }
}

impl VehicleEntry {
    /// The vehicle's live state, locked as it is: not read from the
    /// database when it is not loaded (`loaded` says which).
    pub async fn live_unloaded(&self) -> LiveGuard<'_> {
        LiveGuard { live: self.live.lock().await, entry: self, counted: false }
    }

    /// The live state, locked, once none of the vehicle's live reports is
    /// in flight (an upload checks and writes against what is stored).
    pub async fn live_settled(&self, store: &Store) -> Result<LiveGuard<'_>, StoreError> {
        loop {
            let drained = self.drained.notified();
            let mut drained = std::pin::pin!(drained);
            drained.as_mut().enable();
            let live = self.live(store).await?;
            if self.lane.lock().expect("lane lock").in_flight == 0 {
                return Ok(live);
            }
            drop(live);
            drained.await;
        }
    }

    /// A `resume` was acknowledged: the vehicle may leave `emergency_stop`,
    /// in the state its reports in flight will leave too.
    pub async fn note_resumed(&self, store: &Store) -> Result<(), StoreError> {
        let mut live = self.live(store).await?;
        live.resumed = true;
        if let Some((pending, _)) = &mut self.lane.lock().expect("lane lock").pending {
            pending.resumed = true;
        }
        Ok(())
    }
}

/// A vehicle's live state, locked; the first mutable use counts a change.
pub struct LiveGuard<'a> {
    live: MutexGuard<'a, LiveState>,
    entry: &'a VehicleEntry,
    counted: bool,
}

impl std::ops::Deref for LiveGuard<'_> {
    type Target = LiveState;
    fn deref(&self) -> &LiveState {
        &self.live
    }
}

impl std::ops::DerefMut for LiveGuard<'_> {
    fn deref_mut(&mut self) -> &mut LiveState {
        if !self.counted {
            self.entry.changed();
            self.counted = true;
        }
        &mut self.live
    }
}

#[derive(Default)]
pub struct Registry {
    /// The fleet warm-up ran (its vehicle count); callers arriving while it
    /// runs wait for it instead of each reading its own vehicle.
    warmed: tokio::sync::OnceCell<usize>,
    vehicles: RwLock<HashMap<String, Arc<VehicleEntry>>>,
    /// `vehicles` ordered by id, kept until a vehicle is added.
    sorted: RwLock<Option<Arc<[Arc<VehicleEntry>]>>>,
    active_clients: RwLock<HashSet<String>>,
    revoked_clients: RwLock<HashSet<String>>,
    /// Logins (refresh-token families) whose access tokens are refused.
    revoked_families: RwLock<HashSet<String>>,
}

impl Registry {
    /// A vehicle by id (decommissioned ones included), or `None`.
    pub async fn vehicle(
        &self,
        store: &Store,
        vehicle_id: &str,
    ) -> Result<Option<Arc<VehicleEntry>>, StoreError> {
        // A fleet reconnecting right after a start would otherwise make one
        // live-state read per vehicle (≈ 30 ms each) racing the warm-up's one
        // read for all: 2,000 vehicles stalled the first 7 s of a soak.
        self.ensure_warm(store).await?;
        // The read below is boxed: it is rare, and kept inline it would make
        // every request's future (copied whole) kilobytes larger.
        if let Some(v) = self.vehicles.read().expect("registry lock").get(vehicle_id) {
            return Ok(Some(v.clone()));
        }
        let Some(row) = Box::pin(store.vehicle_get(vehicle_id)).await? else { return Ok(None) };
        Ok(Some(self.remember_vehicle(row)))
    }

    /// A vehicle this instance already holds, without reading the database.
    pub fn cached(&self, vehicle_id: &str) -> Option<Arc<VehicleEntry>> {
        self.vehicles.read().expect("registry lock").get(vehicle_id).cloned()
    }

    /// Add (or refresh) a vehicle this instance just read or wrote.
    pub fn remember_vehicle(&self, row: VehicleRow) -> Arc<VehicleEntry> {
        let mut map = self.vehicles.write().expect("registry lock");
        match map.get(&row.vehicle_id) {
            Some(v) => {
                v.set_info(row);
                v.clone()
            }
            None => {
                let v = Arc::new(VehicleEntry::new(row));
                map.insert(v.vehicle_id.clone(), v.clone());
                *self.sorted.write().expect("registry lock") = None;
                v
            }
        }
    }

    /// Load every vehicle with its whole live state and every active client,
    /// so neither the fleet view nor the first message of a vehicle reads the
    /// database for them. A vehicle whose live state was already read keeps it.
    async fn warm(&self, store: &Store) -> Result<usize, StoreError> {
        let snapshot = store.live_states(None).await?;
        let clients = store.active_clients().await?;
        let n = snapshot.len();
        for (row, latest) in snapshot {
            let v = self.remember_vehicle(row);
            let mut live = v.live.lock().await;
            if !live.loaded {
                *live = latest;
                v.changed();
            }
        }
        {
            let revoked = self.revoked_clients.read().expect("registry lock");
            let mut active = self.active_clients.write().expect("registry lock");
            active.extend(clients.into_iter().filter(|c| !revoked.contains(c)));
        }
        Ok(n)
    }

    /// Warm up now unless it already happened (once, however many ask at
    /// the same time); the number of vehicles it loaded.
    pub async fn ensure_warm(&self, store: &Store) -> Result<usize, StoreError> {
        // Boxed: it runs once, and inline it would make the future of every
        // caller (each report's among them) kilobytes larger.
        self.warmed.get_or_try_init(|| Box::pin(self.warm(store))).await.copied()
    }

    /// Every vehicle this instance knows, ordered by id (for the fleet view).
    pub fn sorted(&self) -> Arc<[Arc<VehicleEntry>]> {
        if let Some(s) = &*self.sorted.read().expect("registry lock") {
            return s.clone();
        }
        let map = self.vehicles.read().expect("registry lock");
        let mut all: Vec<Arc<VehicleEntry>> = map.values().cloned().collect();
        all.sort_by(|a, b| a.vehicle_id.cmp(&b.vehicle_id));
        let all: Arc<[Arc<VehicleEntry>]> = all.into();
        // Written while `vehicles` is still read-locked: an insert (which
        // clears it under the write lock) cannot slip in between.
        *self.sorted.write().expect("registry lock") = Some(all.clone());
        all
    }

    /// Whether a client may still use its tokens.
    pub async fn client_active(&self, store: &Store, client_id: &str) -> Result<bool, StoreError> {
        if self.revoked_clients.read().expect("registry lock").contains(client_id) {
            return Ok(false);
        }
        if self.active_clients.read().expect("registry lock").contains(client_id) {
            return Ok(true);
        }
        // Boxed, as the read is rare (see `vehicle`).
        match Box::pin(store.client_get(client_id)).await? {
            Some(row) if row.revoked_at.is_none() => {
                self.active_clients.write().expect("registry lock").insert(client_id.into());
                Ok(true)
            }
            Some(_) => {
                self.revoke_client(client_id);
                Ok(false)
            }
            None => Ok(false),
        }
    }

    /// Stop accepting the access tokens of a login (refresh-token family)
    /// on this instance now.
    pub fn revoke_family(&self, family: &str) {
        self.revoked_families.write().expect("registry lock").insert(family.into());
    }

    /// Whether a login (the refresh-token family a token came from) was
    /// revoked.
    pub fn login_revoked(&self, family: Option<&str>) -> bool {
        family.is_some_and(|f| self.revoked_families.read().expect("registry lock").contains(f))
    }

    /// Why an identity (a token's client, login and vehicle) has lapsed, if
    /// it has: its client revoked, its login revoked, or (a vehicle's) its
    /// vehicle decommissioned. In memory only: open sockets and streams ask
    /// every second.
    pub fn revoked(
        &self,
        client_id: &str,
        family: Option<&str>,
        vehicle_id: Option<&str>,
    ) -> Option<&'static str> {
        // Decommissioning also revokes the vehicle's clients: say the cause.
        if let Some(v) = vehicle_id.and_then(|id| self.cached(id))
            && v.is_decommissioned()
        {
            return Some("the vehicle was decommissioned");
        }
        if self.revoked_clients.read().expect("registry lock").contains(client_id) {
            return Some("the client was revoked");
        }
        if self.login_revoked(family) {
            return Some("the login was revoked");
        }
        None
    }

    /// Stop accepting a client's tokens on this instance now.
    pub fn revoke_client(&self, client_id: &str) {
        self.active_clients.write().expect("registry lock").remove(client_id);
        self.revoked_clients.write().expect("registry lock").insert(client_id.into());
    }

    /// Pick up vehicles registered, revocations and decommissions made
    /// elsewhere (the command line, another instance).
    /// `token_ttl`: how long an access token lives, so how far back a revoked
    /// login still matters.
    pub async fn sync(&self, store: &Store, token_ttl: Duration) -> Result<(), StoreError> {
        self.sync_vehicles(store).await?;
        self.sync_revocations(store, token_ttl).await
    }

    /// Pick up vehicles registered elsewhere. Vehicles are never deleted
    /// and every one here was read from the table, so while the table holds
    /// as many as this registry, none is missing: the ids are listed only
    /// when the counts differ, not the whole fleet every time.
    async fn sync_vehicles(&self, store: &Store) -> Result<(), StoreError> {
        self.ensure_warm(store).await?;
        let here = self.vehicles.read().expect("registry lock").len();
        if store.vehicle_count().await? == here {
            return Ok(());
        }
        let missing: Vec<String> = {
            let ids = store.vehicle_ids().await?;
            let map = self.vehicles.read().expect("registry lock");
            ids.into_iter().filter(|id| !map.contains_key(id)).collect()
        };
        for id in missing {
            if let Some(row) = store.vehicle_get(&id).await? {
                self.remember_vehicle(row);
            }
        }
        Ok(())
    }

    /// Pick up revoked clients and logins and decommissioned vehicles.
    async fn sync_revocations(&self, store: &Store, token_ttl: Duration) -> Result<(), StoreError> {
        for c in store.revoked_clients().await? {
            if !self.revoked_clients.read().expect("registry lock").contains(&c) {
                self.revoke_client(&c);
            }
        }
        // The logins revoked within a token's life: older ones are dropped,
        // as no token of theirs is still valid (one revoked here a moment
        // ago is already in the database).
        let families = store.revoked_families(token_ttl).await?;
        *self.revoked_families.write().expect("registry lock") = families.into_iter().collect();
        let gone = store.decommissioned_vehicles().await?;
        let stale: Vec<Arc<VehicleEntry>> = {
            let map = self.vehicles.read().expect("registry lock");
            gone.iter()
                .filter_map(|id| map.get(id))
                .filter(|v| !v.is_decommissioned())
                .cloned()
                .collect()
        };
        for v in stale {
            if let Some(row) = store.vehicle_get(&v.vehicle_id).await? {
                v.set_info(row);
            }
        }
        Ok(())
    }

    /// Pick up revocations every [`SYNC_EVERY`], and vehicles registered
    /// elsewhere every [`LIST_VEHICLES_EVERY`]th time, until `stop` flips.
    pub async fn sync_forever(
        self: Arc<Self>,
        store: Store,
        token_ttl: Duration,
        log: slog::Logger,
        mut stop: tokio::sync::watch::Receiver<bool>,
    ) {
        for round in 1u64.. {
            tokio::select! {
                _ = tokio::time::sleep(SYNC_EVERY) => {}
                _ = stop.changed() => return,
            }
            let synced = if round.is_multiple_of(LIST_VEHICLES_EVERY) {
                self.sync(&store, token_ttl).await
            } else {
                self.sync_revocations(&store, token_ttl).await
            };
            if let Err(e) = synced {
                slog::debug!(log, "registry sync failed"; "cause" => crate::db::error_chain(&e));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A vehicle whose live state is already loaded (so no database read).
    fn entry() -> VehicleEntry {
        let row = VehicleRow {
            vehicle_id: "AV-1".into(),
            name: None,
            created_at: chrono::Utc::now(),
            decommissioned_at: None,
            vda5050: None,
        };
        let v = VehicleEntry::new(row);
        v.live.try_lock().expect("unlocked").loaded = true;
        v
    }

    fn store() -> Store {
        let vars = [("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")];
        let config = crate::config::Config::from_lookup(|k| {
            vars.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
        })
        .expect("config");
        Store::new(&config).expect("lazy pool")
    }

    #[tokio::test]
    async fn reading_the_live_state_counts_no_change_and_a_write_counts_one() {
        let (v, store) = (entry(), store());
        let before = v.change_count();
        let live = v.live(&store).await.unwrap();
        assert!(live.status.is_none());
        drop(live);
        assert_eq!(v.change_count(), before, "a read-only use counted a change");

        let mut live = v.live(&store).await.unwrap();
        live.resumed = true;
        live.resumed = false;
        drop(live);
        assert_eq!(v.change_count(), before + 1, "a write counts once");
    }
}
