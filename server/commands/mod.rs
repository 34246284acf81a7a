//! Operator commands: `issue` (from REST or a frontend socket: role and
//! rules checked, stored as `queued` before anything is sent, handed to the
//! vehicle's courier), `ack` (a vehicle's answer: the command, its mission,
//! and `resume` releasing an emergency stop), and `command_status` events
//! to the issuing session and every subscriber of the vehicle.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::Utc;
use serde_json::Value;
use uuid::Uuid;

use crate::auth::Caller;
use crate::auth::authz;
use crate::db::commands::{CommandRow, NewCommand, Stored};
use crate::error::ApiError;
use crate::error::wire;
use crate::events::{Bus, Event};
use crate::metrics::Metrics;
use crate::models::{
    AckResult, CancelParams, CommandAccepted, CommandAck, CommandCreate, CommandKind,
    CommandPriority, CommandState, CommandStatus, ConfigureParams, ConflictDetails, DispatchParams,
    EmergencyStopParams, ErrorCode, FrontendCommand, ResumeParams, Role, VehicleCommand, VehicleId,
    VehicleState,
};
use crate::services::Services;

pub mod courier;
mod emergency;
pub mod sweep;

pub use emergency::Unstored;

/// Commands a disconnected vehicle may have waiting; older ones are dropped.
pub const QUEUE_CAP: i64 = 100;

/// Delivery settings (from configuration).
#[derive(Debug, Clone, Copy)]
pub struct DeliveryConfig {
    /// Wait for an ack before sending again.
    pub resend_after: Duration,
    /// Sends after the first before giving up (`timed_out`).
    pub resends: i32,
    /// How long a command stays deliverable.
    pub ttl: Duration,
}

/// The command service: couriers per vehicle, status notifications, and
/// the emergency stops sent before they were stored.
pub struct Commands {
    services: Arc<Services>,
    pub config: DeliveryConfig,
    pub couriers: courier::Couriers,
    pub notifier: Notifier,
    pub unstored: Unstored,
}

impl Commands {
    pub fn new(config: DeliveryConfig, services: Arc<Services>, log: slog::Logger) -> Self {
        let (bus, metrics) = (services.bus.clone(), services.metrics.clone());
        let notifier = Notifier { bus, origins: Arc::default(), metrics, log };
        let unstored = Unstored::default();
        let couriers =
            courier::Couriers::new(services.clone(), notifier.clone(), config, unstored.clone());
        Commands { services, config, couriers, notifier, unstored }
    }
}

/// Publishes `command_status` events, remembering which session issued each
/// command in progress so that session hears about it even unsubscribed.
#[derive(Clone)]
pub struct Notifier {
    bus: Bus,
    origins: Arc<Mutex<HashMap<Uuid, Origin>>>,
    metrics: Arc<Metrics>,
    log: slog::Logger,
}

/// A command in progress issued by a session on this instance, and how far
/// the statuses this instance has delivered for it went.
struct Origin {
    session: u64,
    seen: Option<Progress>,
}

/// How far a command has gone: its state's place in the life cycle, then
/// its sends (a resend publishes `sent` again).
type Progress = (u8, u64);

/// The stage of every final state (answered, timed out, dropped, …).
const FINAL: u8 = 3;

fn progress(status: CommandState, attempts: u64) -> Progress {
    let stage = match status {
        CommandState::Queued => 0,
        CommandState::Sent => 1,
        CommandState::Acknowledged => 2,
        _ => FINAL,
    };
    (stage, attempts)
}

/// Note that a status at `at` of `command_id` is delivered here, when it is
/// further than any before (`only_further`) or always: the issuing session,
/// if it is here. A final status forgets the command.
fn note_delivered(
    origins: &mut HashMap<Uuid, Origin>,
    command_id: Uuid,
    at: Progress,
    only_further: bool,
) -> Result<Option<u64>, ()> {
    let Some(entry) = origins.get_mut(&command_id) else {
        return if only_further { Err(()) } else { Ok(None) };
    };
    if only_further && entry.seen >= Some(at) {
        return Err(());
    }
    entry.seen = entry.seen.max(Some(at));
    let session = entry.session;
    if at.0 == FINAL {
        origins.remove(&command_id);
    }
    Ok(Some(session))
}

/// How long a status may take to arrive through the relay before a sweep
/// reads it from the database instead.
pub const STATUS_GRACE: std::time::Duration = std::time::Duration::from_secs(1);

impl Notifier {
    fn remember(&self, command_id: Uuid, session: u64) {
        let origin = Origin { session, seen: None };
        self.origins.lock().expect("origins lock").insert(command_id, origin);
    }

    /// The session on this instance that issued a command, if any, noting
    /// the status as delivered; final states forget it.
    fn origin(&self, command_id: Uuid, status: CommandState, attempts: u64) -> Option<u64> {
        let mut o = self.origins.lock().expect("origins lock");
        note_delivered(&mut o, command_id, progress(status, attempts), false).unwrap_or(None)
    }

    /// The local origin of a status another instance published.
    pub fn origin_of(&self, status: &CommandStatus) -> Option<u64> {
        self.origin(status.command_id, status.status, status.attempts)
    }

    /// Publish a command's current status; final states forget the origin.
    pub fn publish(&self, row: &CommandRow) {
        self.metrics.commands.with_label_values(&[&row.status.to_string()]).inc();
        let origin = self.origin(row.command_id, row.status, row.attempts.max(0) as u64);
        match status_of(row) {
            Ok(status) => self.bus.publish(Event::CommandStatus { status, origin }),
            Err(e) => {
                slog::error!(self.log, "command status does not fit the contract"; "cause" => e.to_string())
            }
        }
    }

    /// Commands issued here and not yet final.
    pub fn in_progress(&self) -> Vec<Uuid> {
        self.origins.lock().expect("origins lock").keys().copied().collect()
    }

    /// A stored status of a command issued here, read back by the cluster's
    /// sweep: delivered here (not relayed) when it is further than any this
    /// instance delivered, so the session that issued the command learns
    /// its outcome even when the relay lost the note.
    pub fn catch_up(&self, row: &CommandRow) {
        let at = progress(row.status, row.attempts.max(0) as u64);
        let mut o = self.origins.lock().expect("origins lock");
        let Ok(origin) = note_delivered(&mut o, row.command_id, at, true) else { return };
        drop(o);
        if let Ok(status) = status_of(row) {
            self.bus.deliver_here(Event::CommandStatus { status, origin });
        }
    }
}

/// A command's parameters, by kind (the contract's params schemas).
#[derive(Debug, Clone, PartialEq)]
pub enum Params {
    Dispatch(DispatchParams),
    Cancel(CancelParams),
    EmergencyStop(EmergencyStopParams),
    Resume(ResumeParams),
    Configure(ConfigureParams),
}

impl Params {
    pub fn kind(&self) -> CommandKind {
        match self {
            Params::Dispatch(_) => CommandKind::Dispatch,
            Params::Cancel(_) => CommandKind::Cancel,
            Params::EmergencyStop(_) => CommandKind::EmergencyStop,
            Params::Resume(_) => CommandKind::Resume,
            Params::Configure(_) => CommandKind::Configure,
        }
    }

    /// How urgently the vehicle should act: an emergency stop is urgent,
    /// a dispatch carries its own, cancel and resume are high.
    pub fn priority(&self) -> CommandPriority {
        match self {
            Params::EmergencyStop(_) => CommandPriority::Urgent,
            Params::Dispatch(p) => p.priority,
            Params::Cancel(_) | Params::Resume(_) => CommandPriority::High,
            Params::Configure(_) => CommandPriority::Normal,
        }
    }

    /// Stored parameters of a command of `kind`, in their contract type.
    pub fn decode(kind: CommandKind, stored: Value) -> Result<Params, serde_json::Error> {
        Ok(match kind {
            CommandKind::Dispatch => Params::Dispatch(serde_json::from_value(stored)?),
            CommandKind::Cancel => Params::Cancel(serde_json::from_value(stored)?),
            CommandKind::EmergencyStop => Params::EmergencyStop(serde_json::from_value(stored)?),
            CommandKind::Resume => Params::Resume(serde_json::from_value(stored)?),
            CommandKind::Configure => Params::Configure(serde_json::from_value(stored)?),
        })
    }

    /// The parameters as stored and sent.
    pub fn to_json(&self) -> Value {
        match self {
            Params::Dispatch(p) => serde_json::to_value(p),
            Params::Cancel(p) => serde_json::to_value(p),
            Params::EmergencyStop(p) => serde_json::to_value(p),
            Params::Resume(p) => serde_json::to_value(p),
            Params::Configure(p) => serde_json::to_value(p),
        }
        .expect("models serialize")
    }
}

/// A command as an operator issues it: the id the client chose, if any,
/// and its parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    pub command_id: Option<Uuid>,
    pub params: Params,
}

impl From<CommandCreate> for Order {
    fn from(c: CommandCreate) -> Self {
        let (command_id, params) = match c {
            CommandCreate::Dispatch { command_id, params } => {
                (command_id, Params::Dispatch(params))
            }
            CommandCreate::Cancel { command_id, params } => (command_id, Params::Cancel(params)),
            CommandCreate::EmergencyStop { command_id, params } => {
                (command_id, Params::EmergencyStop(params))
            }
            CommandCreate::Resume { command_id, params } => (command_id, Params::Resume(params)),
            CommandCreate::Configure { command_id, params } => {
                (command_id, Params::Configure(params))
            }
        };
        Order { command_id, params }
    }
}

impl Order {
    /// A frontend socket's command: the vehicle it names and the order.
    pub fn from_frontend(c: FrontendCommand) -> (VehicleId, Order) {
        let (vehicle_id, command_id, params) = match c {
            FrontendCommand::Dispatch { vehicle_id, command_id, params } => {
                (vehicle_id, command_id, Params::Dispatch(params))
            }
            FrontendCommand::Cancel { vehicle_id, command_id, params } => {
                (vehicle_id, command_id, Params::Cancel(params))
            }
            FrontendCommand::EmergencyStop { vehicle_id, command_id, params } => {
                (vehicle_id, command_id, Params::EmergencyStop(params))
            }
            FrontendCommand::Resume { vehicle_id, command_id, params } => {
                (vehicle_id, command_id, Params::Resume(params))
            }
            FrontendCommand::Configure { vehicle_id, command_id, params } => {
                (vehicle_id, command_id, Params::Configure(params))
            }
        };
        (vehicle_id, Order { command_id: Some(command_id), params })
    }
}

/// The `command_status` of a stored command.
pub fn status_of(row: &CommandRow) -> Result<CommandStatus, ApiError> {
    Ok(CommandStatus {
        command_id: row.command_id,
        vehicle_id: wire(&row.vehicle_id)?,
        command: row.command,
        status: row.status,
        attempts: row.attempts.max(0) as u64,
        reason: row.reason.clone(),
        detail: row.detail.clone(),
        at: row.updated_at,
    })
}

impl Commands {
    /// Issue a command to `vehicle_id` for `caller`; `origin` is the frontend
    /// session that sent it, if any.
    pub async fn issue(
        &self,
        caller: &Caller,
        vehicle_id: &str,
        order: Order,
        origin: Option<u64>,
        request_id: Option<&str>,
    ) -> Result<CommandAccepted, ApiError> {
        authz::require_role(caller, &[Role::Operator, Role::Admin])?;
        let vehicle = crate::gate::known_vehicle(&self.services, vehicle_id).await?;
        if vehicle.is_decommissioned() {
            return Err(authz::not_registered(vehicle_id));
        }
        let kind = order.params.kind();
        if kind == CommandKind::EmergencyStop {
            // Sent first, stored right after: nothing may hold it back.
            return emergency::issue(self, caller, vehicle_id, order, origin, request_id);
        }
        let params = order.params.to_json();
        let command_id = order.command_id.unwrap_or_else(Uuid::new_v4);
        if kind == CommandKind::Resume {
            let live = vehicle.live(&self.services.store).await?;
            let state = live.status.as_ref().map(|s| s.state);
            if state != Some(VehicleState::EmergencyStop) {
                let now = state.map(|s| s.to_string()).unwrap_or_else(|| "unknown".into());
                return Err(ApiError::new(
                    ErrorCode::CommandNotAllowed,
                    format!(
                        "resume is only valid while the vehicle is in emergency_stop; it is {now}"
                    ),
                )
                .with_details(ConflictDetails { state: Some(now), ..Default::default() }));
            }
        }
        if let Params::Cancel(p) = &order.params
            && let Some(mission) = self.services.store.mission_get(&p.mission_id).await?
            && mission.vehicle_id.as_str() != vehicle_id
        {
            // A vehicle cancels only its own missions: no acknowledgement
            // may change another vehicle's mission or reservation.
            return Err(ApiError::new(
                ErrorCode::Conflict,
                format!("mission {} belongs to another vehicle", p.mission_id.as_str()),
            )
            .with_details(ConflictDetails {
                mission_id: Some(p.mission_id.to_string()),
                ..Default::default()
            }));
        }
        let priority = order.params.priority();
        let new = NewCommand {
            command_id,
            vehicle_id,
            command: kind,
            params: &params,
            priority,
            issued_by: &caller.client_id,
            expires_at: Utc::now()
                + chrono::Duration::from_std(self.config.ttl).unwrap_or_default(),
        };
        // Only emergency stops are audited, and they are stored by `emergency`.
        let conflict = |what: String| ApiError::new(ErrorCode::Conflict, what);
        match self.services.store.command_store(&new, None, QUEUE_CAP).await? {
            Stored::Queued { row, dropped } => {
                let row = *row;
                let notifier = &self.notifier;
                if let Some(o) = origin {
                    notifier.remember(command_id, o);
                }
                notifier.publish(&row);
                for d in &dropped {
                    notifier.publish(d);
                }
                self.couriers.enqueue(row);
                if let Some(cluster) = &self.services.cluster {
                    let vehicle_id = vehicle_id.to_string();
                    cluster.tell(crate::cluster::Wire::Command { vehicle_id, command_id });
                }
                Ok(CommandAccepted { command_id, status: CommandState::Queued })
            }
            Stored::DuplicateCommand => {
                // The same command again (a client retrying after a lost answer):
                // its current status. Anything else under this id is a conflict.
                let existing = self.services.store.command_get(vehicle_id, command_id).await?;
                match existing {
                    Some(row) if same_command(&row, &order.params) => {
                        if let Some(o) = origin {
                            let notifier = &self.notifier;
                            notifier.remember(command_id, o);
                            notifier.publish(&row);
                        }
                        Ok(CommandAccepted { command_id, status: row.status })
                    }
                    _ => Err(conflict(format!(
                        "command {command_id} already exists with another vehicle, command or params"
                    ))
                    .with_details(ConflictDetails {
                        command_id: Some(command_id),
                        ..Default::default()
                    })),
                }
            }
            Stored::DuplicateMission => Err(conflict(format!(
                "mission {} already exists",
                mission_of(&order.params).unwrap_or_default()
            ))),
            Stored::ReservationUnavailable => Err(conflict(format!(
                "reservation {} does not exist or is not pending",
                match &order.params {
                    Params::Dispatch(p) => p.reservation_id.as_ref().map_or("", |r| r.as_str()),
                    _ => "",
                }
            ))),
        }
    }
}

/// A stored command as the contract's `VehicleCommand` (its parameters
/// decoded by its kind).
pub fn vehicle_command(row: &CommandRow) -> Result<VehicleCommand, serde_json::Error> {
    let (command_id, priority) = (row.command_id, row.priority);
    let (issued_at, expires_at) = (row.issued_at, row.expires_at);
    Ok(match Params::decode(row.command, row.params.clone())? {
        Params::Dispatch(params) => {
            VehicleCommand::Dispatch { command_id, expires_at, issued_at, params, priority }
        }
        Params::Cancel(params) => {
            VehicleCommand::Cancel { command_id, expires_at, issued_at, params, priority }
        }
        Params::EmergencyStop(params) => {
            VehicleCommand::EmergencyStop { command_id, expires_at, issued_at, params, priority }
        }
        Params::Resume(params) => {
            VehicleCommand::Resume { command_id, expires_at, issued_at, params, priority }
        }
        Params::Configure(params) => {
            VehicleCommand::Configure { command_id, expires_at, issued_at, params, priority }
        }
    })
}

/// Whether a stored command is this kind with these parameters (compared
/// as the contract's types, so key order and number spelling do not matter).
fn same_command(row: &CommandRow, params: &Params) -> bool {
    row.command == params.kind()
        && Params::decode(row.command, row.params.clone()).is_ok_and(|p| &p == params)
}

/// The mission a command names, if any.
fn mission_of(params: &Params) -> Option<&str> {
    match params {
        Params::Dispatch(p) => Some(p.mission_id.as_str()),
        Params::Cancel(p) => Some(p.mission_id.as_str()),
        _ => None,
    }
}

impl crate::cluster::CommandDelivery for Commands {
    fn fetch(&self, vehicle_id: &str, command_id: Uuid) {
        self.couriers.fetch(vehicle_id, command_id)
    }

    fn displaced(&self, vehicle_id: &str, session: u64) {
        self.couriers.displaced(vehicle_id, session)
    }

    fn origin_of(&self, status: &CommandStatus) -> Option<u64> {
        self.notifier.origin_of(status)
    }

    fn emergency_stop(&self, stop: crate::cluster::StopNote) {
        self.couriers.urgent_relayed(emergency::relayed(stop));
    }
}

/// The state an acknowledgement moves its command to.
fn state_of(ack: &CommandAck) -> CommandState {
    match ack.result {
        AckResult::Accepted => CommandState::Acknowledged,
        AckResult::Rejected => CommandState::Rejected,
        AckResult::Completed => CommandState::Completed,
    }
}

impl Commands {
    /// A vehicle's acknowledgement of one of its commands.
    pub async fn ack(&self, vehicle_id: &str, ack: &CommandAck) -> Result<(), ApiError> {
        // An emergency stop whose row is not stored yet: answered from memory
        // now, written as soon as the row is (the vehicle's socket never waits
        // on the database for it).
        if let Some(row) = self.unstored.note_ack(vehicle_id, ack) {
            self.notifier.publish(&row);
            self.couriers.acked(vehicle_id, ack.command_id);
            return Ok(());
        }
        let status = state_of(ack);
        let reason = ack.reason.as_ref().map(|r| r.to_string());
        let detail = ack.detail.as_ref().map(|d| d.to_string());
        let row = self
            .services
            .store
            .command_ack(vehicle_id, ack.command_id, status, reason.as_deref(), detail.as_deref())
            .await?
            .ok_or_else(|| {
                ApiError::new(
                    ErrorCode::NotFound,
                    format!(
                        "no command {} of vehicle {vehicle_id} awaits this answer",
                        ack.command_id
                    ),
                )
            })?;
        if row.command == CommandKind::Resume
            && status != CommandState::Rejected
            && let Some(v) =
                self.services.registry.vehicle(&self.services.store, vehicle_id).await?
        {
            v.note_resumed(&self.services.store).await?;
        }
        self.notifier.publish(&row);
        self.couriers.acked(vehicle_id, ack.command_id);
        if status != CommandState::Rejected {
            // Commands reach the vehicle again: a timed-out command's alert
            // has ended. Off the ack's path.
            let (store, bus, log) =
                (self.services.store.clone(), self.services.bus.clone(), self.services.log.clone());
            let vehicle_id = vehicle_id.to_string();
            tokio::spawn(async move {
                let sink = crate::alerts::Sink { store: &store, bus: &bus, log: &log };
                sink.clear(&vehicle_id, crate::models::AlertKind::CommandTimedOut).await;
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sweep_delivers_only_statuses_further_than_those_delivered() {
        let mut origins = HashMap::new();
        let (id, other) = (Uuid::new_v4(), Uuid::new_v4());
        origins.insert(id, Origin { session: 7, seen: None });
        // The local `queued`, then the sweep reading the same row back.
        assert_eq!(
            note_delivered(&mut origins, id, progress(CommandState::Queued, 0), false),
            Ok(Some(7))
        );
        assert_eq!(
            note_delivered(&mut origins, id, progress(CommandState::Queued, 0), true),
            Err(())
        );
        // A lost `sent` and `acknowledged`: the sweep delivers the latter.
        let acked = progress(CommandState::Acknowledged, 1);
        assert_eq!(note_delivered(&mut origins, id, acked, true), Ok(Some(7)));
        // A resend's `sent` is behind an acknowledgement; a second send is
        // further than the first.
        assert_eq!(
            note_delivered(&mut origins, id, progress(CommandState::Sent, 2), true),
            Err(())
        );
        assert!(progress(CommandState::Sent, 2) > progress(CommandState::Sent, 1));
        // Final: delivered once, then the command is forgotten.
        assert_eq!(
            note_delivered(&mut origins, id, progress(CommandState::Completed, 1), true),
            Ok(Some(7))
        );
        assert!(origins.is_empty());
        assert_eq!(
            note_delivered(&mut origins, id, progress(CommandState::Completed, 1), true),
            Err(())
        );
        // Commands issued elsewhere: the sweep never reads them, the relay
        // delivers them without an origin.
        assert_eq!(
            note_delivered(&mut origins, other, progress(CommandState::Sent, 1), true),
            Err(())
        );
        assert_eq!(
            note_delivered(&mut origins, other, progress(CommandState::Sent, 1), false),
            Ok(None)
        );
    }
}
