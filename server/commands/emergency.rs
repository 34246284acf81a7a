//! Emergency stops (TVM-WS-CMD-003): sent to the vehicle first, on whichever
//! instance holds its socket (or held in memory until it connects), then
//! stored and audited in the background, retried until the database takes
//! them. No rate limit, queue, slow database or outage holds one back, and
//! none is lost when PostgreSQL comes back. While its row is not stored yet,
//! what happens to a stop (sends, the vehicle's answer, giving up) is kept
//! here and written with it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

use super::{Commands, Notifier, Order, QUEUE_CAP, state_of};
use crate::auth::Caller;
use crate::cluster::StopNote;
use crate::db::Store;
use crate::db::auth::Audit;
use crate::db::commands::{CommandRow, NewCommand, Stored};
use crate::error::ApiError;
use crate::models::{
    CommandAccepted, CommandAck, CommandKind, CommandPriority, CommandState, ErrorCode,
};

/// First wait before storing a stop again after the database failed; it
/// doubles up to [`STORE_RETRY_MAX`].
const STORE_RETRY_FIRST: Duration = Duration::from_millis(500);
/// Longest wait between attempts to store a stop (the database is polled at
/// least this often until it takes the row).
const STORE_RETRY_MAX: Duration = Duration::from_secs(10);

/// Emergency stops sent (or held for their vehicle) whose rows are not
/// stored yet, by command id.
#[derive(Clone, Default)]
pub struct Unstored(Arc<Mutex<HashMap<Uuid, Entry>>>);

struct Entry {
    /// The stop as sent, with its latest state.
    row: CommandRow,
    /// The vehicle's answer, if it came before the row was stored.
    answered: Option<CommandAck>,
    /// Why delivery gave up, if it did before the row was stored.
    gave_up: Option<String>,
}

impl Unstored {
    fn with<T>(&self, f: impl FnOnce(&mut HashMap<Uuid, Entry>) -> T) -> T {
        f(&mut self.0.lock().expect("unstored lock"))
    }

    fn insert(&self, row: CommandRow) {
        let entry = Entry { row, answered: None, gave_up: None };
        self.with(|m| m.insert(entry.row.command_id, entry));
    }

    /// The stop as it stands, while its row is not stored.
    fn get(&self, command_id: Uuid) -> Option<CommandRow> {
        self.with(|m| m.get(&command_id).map(|e| e.row.clone()))
    }

    fn take(&self, command_id: Uuid) -> Option<Entry> {
        self.with(|m| m.remove(&command_id))
    }

    /// Whether the vehicle still waits for this stop: not stored yet (once
    /// stored, the database says what is pending), not answered, not given up.
    pub fn awaits_vehicle(&self, command_id: Uuid) -> bool {
        self.with(|m| {
            m.get(&command_id).is_some_and(|e| e.answered.is_none() && e.gave_up.is_none())
        })
    }

    /// Note a send of a stop not stored yet; its row as it stands, or
    /// `None` if it is stored (then the database takes the note).
    pub fn note_sent(&self, command_id: Uuid, attempts: i32) -> Option<CommandRow> {
        self.with(|m| {
            let e = m.get_mut(&command_id)?;
            e.row.status = CommandState::Sent;
            e.row.attempts = attempts;
            e.row.updated_at = Utc::now();
            Some(e.row.clone())
        })
    }

    /// Note the vehicle's answer to a stop not stored yet (of this vehicle).
    pub fn note_ack(&self, vehicle_id: &str, ack: &CommandAck) -> Option<CommandRow> {
        self.with(|m| {
            let e = m.get_mut(&ack.command_id).filter(|e| e.row.vehicle_id == vehicle_id)?;
            e.row.status = state_of(ack);
            e.row.reason = ack.reason.as_ref().map(|r| r.to_string());
            e.row.detail = ack.detail.as_ref().map(|d| d.to_string());
            e.row.updated_at = Utc::now();
            e.answered = Some(ack.clone());
            Some(e.row.clone())
        })
    }

    /// Note that delivery gave up on a stop not stored yet.
    pub fn note_gave_up(&self, command_id: Uuid, reason: &str) -> Option<CommandRow> {
        self.with(|m| {
            let e = m.get_mut(&command_id)?;
            e.row.status = CommandState::TimedOut;
            e.row.reason = Some(reason.to_string());
            e.row.updated_at = Utc::now();
            e.gave_up = Some(reason.to_string());
            Some(e.row.clone())
        })
    }
}

/// Issue an emergency stop: to the vehicle now, stored right after.
pub(super) fn issue(
    commands: &Commands,
    caller: &Caller,
    vehicle_id: &str,
    order: Order,
    origin: Option<u64>,
    request_id: Option<&str>,
) -> Result<CommandAccepted, ApiError> {
    let command_id = order.command_id.unwrap_or_else(Uuid::new_v4);
    let params = order.params.to_json();
    let services = &commands.services;
    // A retry while the first is still being stored: the same answer.
    if let Some(row) = commands.unstored.get(command_id) {
        if row.vehicle_id == vehicle_id && row.params == params {
            return Ok(CommandAccepted { command_id, status: row.status });
        }
        return Err(ApiError::new(
            ErrorCode::Conflict,
            format!("command {command_id} already exists with another vehicle or params"),
        ));
    }
    let now = Utc::now();
    let ttl = chrono::Duration::from_std(commands.config.ttl).unwrap_or_default();
    let note = StopNote {
        vehicle_id: vehicle_id.to_string(),
        command_id,
        params,
        issued_by: caller.client_id.to_string(),
        issued_at: now,
        expires_at: now + ttl,
    };
    let row = relayed(note.clone());
    commands.unstored.insert(row.clone());
    if let Some(o) = origin {
        commands.notifier.remember(command_id, o);
    }
    commands.notifier.publish(&row);
    // Here if the socket is here (or held until it connects), and to the
    // instance that holds it, before anything is written.
    commands.couriers.urgent(row.clone());
    if let Some(cluster) = &services.cluster {
        cluster.tell(crate::cluster::Wire::EmergencyStop(note));
    }
    let audit = OwnedAudit {
        actor: caller.client_id.to_string(),
        details: json!({ "command_id": command_id, "params": row.params }),
        request_id: request_id.map(str::to_owned),
    };
    let log = services.log.new(
        slog::o!("command_id" => command_id.to_string(), "vehicle_id" => vehicle_id.to_string()),
    );
    let job = store_after_sending(
        services.store.clone(),
        commands.unstored.clone(),
        commands.notifier.clone(),
        row,
        audit,
        log,
    );
    tokio::spawn(job);
    Ok(CommandAccepted { command_id, status: CommandState::Queued })
}

/// A stop as its row before anything happened to it (issued here, or
/// relayed by the instance that issued it).
pub fn relayed(stop: StopNote) -> CommandRow {
    let StopNote { vehicle_id, command_id, params, issued_by, issued_at, expires_at } = stop;
    CommandRow {
        command_id,
        seq: 0,
        vehicle_id,
        command: CommandKind::EmergencyStop,
        params,
        priority: CommandPriority::Urgent,
        status: CommandState::Queued,
        issued_by,
        issued_at,
        expires_at,
        attempts: 0,
        updated_at: issued_at,
        reason: None,
        detail: None,
    }
}

/// How long an instance keeps a relayed stop's sends and answer for the
/// issuing instance to store its row (it retries for as long as it runs).
const RELAYED_KEEP: Duration = Duration::from_secs(3600);
/// First look for a relayed stop's row: the issuing instance usually
/// stores it within milliseconds; the wait then doubles.
const RELAYED_FIRST_LOOK: Duration = Duration::from_millis(50);

/// A stop another instance issued, sent from here: what happens to it here
/// is kept in memory and written once that instance has stored its row.
pub fn watch_relayed(store: &Store, unstored: &Unstored, row: &CommandRow, log: slog::Logger) {
    let id = row.command_id;
    if unstored.get(id).is_some() {
        return;
    }
    unstored.insert(row.clone());
    let (store, unstored, vehicle_id) = (store.clone(), unstored.clone(), row.vehicle_id.clone());
    tokio::spawn(async move {
        let started = tokio::time::Instant::now();
        let mut wait = RELAYED_FIRST_LOOK;
        loop {
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(STORE_RETRY_MAX);
            if let Ok(Some(_)) = store.command_get(&vehicle_id, id).await {
                break;
            }
            if started.elapsed() > RELAYED_KEEP {
                unstored.take(id);
                slog::warn!(log, "relayed emergency stop never stored by its instance"; "command_id" => id.to_string());
                return;
            }
        }
        let Some(entry) = unstored.take(id) else { return };
        let mut wait = STORE_RETRY_FIRST;
        while let Err(e) = write_meanwhile(&store, &entry).await {
            slog::warn!(log, "relayed emergency stop's delivery not recorded yet; retrying"; "cause" => crate::db::error_chain(&e));
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(STORE_RETRY_MAX);
        }
    });
}

/// The audit record of a stop, kept until it is written.
struct OwnedAudit {
    actor: String,
    details: serde_json::Value,
    request_id: Option<String>,
}

/// Store (with its audit record) a stop that was already sent, retrying
/// until the database takes it; then write what happened meanwhile.
async fn store_after_sending(
    store: Store,
    unstored: Unstored,
    notifier: Notifier,
    row: CommandRow,
    audit: OwnedAudit,
    log: slog::Logger,
) {
    let mut wait = STORE_RETRY_FIRST;
    let mut failures = 0u32;
    loop {
        let new = NewCommand {
            command_id: row.command_id,
            vehicle_id: &row.vehicle_id,
            command: row.command,
            params: &row.params,
            priority: row.priority,
            issued_by: &row.issued_by,
            expires_at: row.expires_at,
        };
        let record = Audit {
            actor: &audit.actor,
            action: "command.emergency_stop",
            vehicle_id: Some(&row.vehicle_id),
            target: None,
            details: audit.details.clone(),
            request_id: audit.request_id.as_deref(),
        };
        match store.command_store(&new, Some(&record), QUEUE_CAP).await {
            Ok(Stored::Queued { dropped, .. }) => {
                for d in &dropped {
                    notifier.publish(d);
                }
                break;
            }
            Ok(Stored::DuplicateCommand) => {
                slog::warn!(log, "emergency stop already stored under this id (a client's retry)");
                break;
            }
            Ok(other) => {
                slog::error!(log, "emergency stop not stored"; "outcome" => format!("{other:?}"));
                break;
            }
            Err(e) => {
                failures += 1;
                // Once, then every tenth attempt: the outage is logged elsewhere too.
                if failures == 1 || failures.is_multiple_of(10) {
                    slog::warn!(log, "emergency stop sent but not stored yet; retrying";
                        "cause" => crate::db::error_chain(&e), "attempts" => failures);
                }
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(STORE_RETRY_MAX);
            }
        }
    }
    if failures > 0 {
        slog::info!(log, "emergency stop stored after the database came back"; "attempts" => failures + 1);
    }
    let Some(entry) = unstored.take(row.command_id) else { return };
    let mut wait = STORE_RETRY_FIRST;
    while let Err(e) = write_meanwhile(&store, &entry).await {
        slog::warn!(log, "emergency stop's delivery not recorded yet; retrying"; "cause" => crate::db::error_chain(&e));
        tokio::time::sleep(wait).await;
        wait = (wait * 2).min(STORE_RETRY_MAX);
    }
}

/// Record the sends, the answer or the giving-up of a stop that happened
/// before its row was stored (statuses were already published from memory).
async fn write_meanwhile(store: &Store, e: &Entry) -> Result<(), crate::db::StoreError> {
    let (id, row) = (e.row.command_id, &e.row);
    if row.attempts > 0 {
        let from = [CommandState::Queued, CommandState::Sent];
        store.command_mark(id, &from, CommandState::Sent, Some(row.attempts), None).await?;
    }
    if let Some(ack) = &e.answered {
        let reason = ack.reason.as_ref().map(|r| r.to_string());
        let detail = ack.detail.as_ref().map(|d| d.to_string());
        let (reason, detail) = (reason.as_deref(), detail.as_deref());
        store.command_ack(&row.vehicle_id, id, state_of(ack), reason, detail).await?;
    } else if let Some(reason) = &e.gave_up {
        let from = [CommandState::Queued, CommandState::Sent];
        store.command_mark(id, &from, CommandState::TimedOut, None, Some(reason)).await?;
    }
    Ok(())
}
