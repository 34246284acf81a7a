//! Per-vehicle command delivery. Each vehicle with commands or a socket has
//! a courier task that sends one command at a time, in order (emergency
//! stops first, and an emergency stop overtakes a command in flight),
//! resends the same command every `resend_after` until it is acknowledged,
//! gives up after `resends` more sends (`timed_out`), and on every
//! (re)connection reloads the vehicle's queue from the database, which is
//! where commands wait while the vehicle is offline and across restarts.
//! An emergency stop never waits on the database: it is sent before its
//! send is recorded, and one not stored yet is held here for its vehicle.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use tokio::sync::mpsc;
use tokio::time::Instant;
use uuid::Uuid;

use super::{DeliveryConfig, Notifier};
use crate::db::Store;
use crate::db::commands::CommandRow;
use crate::models::{AlertKind, CommandKind, CommandState, ErrorSeverity};
use crate::services::Services;

/// What a socket session is asked to send.
#[derive(Debug, Clone)]
pub enum Outbound {
    Frame(Bytes),
    Close(u16, String),
}

enum Msg {
    Enqueue(Box<CommandRow>),
    /// An emergency stop to send before anything else; `hold` keeps it here
    /// for the vehicle until its row is stored (the issuing instance's copy).
    Urgent {
        row: Box<CommandRow>,
        hold: bool,
    },
    Attach {
        session: u64,
        tx: mpsc::Sender<Outbound>,
    },
    Detach {
        session: u64,
    },
    Acked(Uuid),
    /// Another instance stored this command: deliver it if the socket is here.
    Fetch(Uuid),
    /// The vehicle's socket opened on another instance as `session`.
    Displaced {
        session: u64,
    },
}

/// The couriers of every vehicle, and what a new one starts from.
pub struct Couriers {
    by_vehicle: Mutex<HashMap<String, mpsc::UnboundedSender<Msg>>>,
    services: Arc<Services>,
    notifier: Notifier,
    config: DeliveryConfig,
    unstored: super::Unstored,
}

impl Couriers {
    pub fn new(
        services: Arc<Services>,
        notifier: Notifier,
        config: DeliveryConfig,
        unstored: super::Unstored,
    ) -> Self {
        Couriers { by_vehicle: Mutex::default(), services, notifier, config, unstored }
    }

    fn send(&self, vehicle_id: &str, msg: Msg) {
        let mut map = self.by_vehicle.lock().expect("couriers lock");
        let tx = map.entry(vehicle_id.to_string()).or_insert_with(|| {
            let (tx, rx) = mpsc::unbounded_channel();
            let courier = Courier {
                vehicle_id: vehicle_id.to_string(),
                store: self.services.store.clone(),
                notifier: self.notifier.clone(),
                config: self.config,
                log: self.services.log.new(slog::o!("vehicle_id" => vehicle_id.to_string())),
                unstored: self.unstored.clone(),
                socket: None,
                queue: VecDeque::new(),
                held: Vec::new(),
                in_flight: None,
                reload_at: None,
            };
            tokio::spawn(courier.run(rx));
            tx
        });
        let _ = tx.send(msg);
    }

    /// A stored command to deliver (when the vehicle is connected).
    pub fn enqueue(&self, row: CommandRow) {
        let vehicle = row.vehicle_id.clone();
        self.send(&vehicle, Msg::Enqueue(Box::new(row)));
    }

    /// An emergency stop issued here: sent now if the vehicle's socket is
    /// here, else held for it until its row is stored.
    pub fn urgent(&self, row: CommandRow) {
        let vehicle = row.vehicle_id.clone();
        self.send(&vehicle, Msg::Urgent { row: Box::new(row), hold: true });
    }

    /// An emergency stop another instance issued: sent now if the vehicle's
    /// socket is here (that instance holds it otherwise).
    pub fn urgent_relayed(&self, row: CommandRow) {
        let vehicle = row.vehicle_id.clone();
        self.tell(&vehicle, Msg::Urgent { row: Box::new(row), hold: false });
    }

    /// A vehicle socket opened: deliver its queue there.
    pub fn attach(&self, vehicle_id: &str, session: u64, tx: mpsc::Sender<Outbound>) {
        self.send(vehicle_id, Msg::Attach { session, tx });
        if let Some(cluster) = &self.services.cluster {
            let vehicle_id = vehicle_id.to_string();
            cluster.tell(crate::cluster::Wire::Attached { vehicle_id, session });
        }
    }

    /// A vehicle socket closed: its commands wait in the database.
    pub fn detach(&self, vehicle_id: &str, session: u64) {
        self.send(vehicle_id, Msg::Detach { session });
    }

    /// Tell the vehicle's courier, if it has one here.
    fn tell(&self, vehicle_id: &str, msg: Msg) {
        if let Some(tx) = self.by_vehicle.lock().expect("couriers lock").get(vehicle_id) {
            let _ = tx.send(msg);
        }
    }

    /// The vehicle answered a command (already stored).
    pub fn acked(&self, vehicle_id: &str, command_id: Uuid) {
        self.tell(vehicle_id, Msg::Acked(command_id));
    }

    /// Another instance stored a command for this vehicle.
    pub fn fetch(&self, vehicle_id: &str, command_id: Uuid) {
        self.tell(vehicle_id, Msg::Fetch(command_id));
    }

    /// The vehicle connected to another instance: close its socket here.
    pub fn displaced(&self, vehicle_id: &str, session: u64) {
        self.tell(vehicle_id, Msg::Displaced { session });
    }
}

struct InFlight {
    row: CommandRow,
    deadline: Instant,
}

struct Courier {
    vehicle_id: String,
    store: Store,
    notifier: Notifier,
    config: DeliveryConfig,
    log: slog::Logger,
    unstored: super::Unstored,
    socket: Option<(u64, mpsc::Sender<Outbound>)>,
    queue: VecDeque<CommandRow>,
    /// Emergency stops issued here whose rows are not stored yet: the
    /// database cannot give them back on (re)connection, so they wait here.
    held: Vec<CommandRow>,
    in_flight: Option<InFlight>,
    /// When to read the stored queue again after the database failed.
    reload_at: Option<Instant>,
}

/// Wait before reading a vehicle's queue again after a database failure.
const RELOAD_RETRY: std::time::Duration = std::time::Duration::from_secs(2);

/// The `command` envelope a vehicle receives, built as the contract's
/// `VehicleCommand`; an error (handled by the caller) if the stored
/// parameters do not fit their kind's schema.
fn frame(row: &CommandRow) -> Result<Bytes, serde_json::Error> {
    let payload = super::vehicle_command(row)?;
    let wire_type = crate::sockets::VehicleOutboundType::VehicleCommand.as_str();
    Ok(crate::events::envelope(wire_type, payload))
}

impl Courier {
    async fn run(mut self, mut rx: mpsc::UnboundedReceiver<Msg>) {
        loop {
            let deadline = self.in_flight.as_ref().map(|f| f.deadline);
            let reload = self.reload_at;
            let msg = tokio::select! {
                m = rx.recv() => match m { Some(m) => Some(m), None => return },
                _ = async { tokio::time::sleep_until(deadline.expect("guarded")).await }, if deadline.is_some() => None,
                _ = async { tokio::time::sleep_until(reload.expect("guarded")).await }, if reload.is_some() => {
                    self.reload_at = None;
                    if let Some((session, tx)) = self.socket.take() {
                        Some(Msg::Attach { session, tx })
                    } else {
                        continue;
                    }
                }
            };
            let result = match msg {
                Some(Msg::Enqueue(row)) => {
                    self.enqueue(*row);
                    Ok(())
                }
                Some(Msg::Urgent { row, hold }) => {
                    if hold {
                        self.held.push((*row).clone());
                    } else if self.socket.is_some() {
                        // Relayed: its sends and answer here are kept until
                        // the issuing instance has stored the row.
                        let log = self.log.clone();
                        super::emergency::watch_relayed(&self.store, &self.unstored, &row, log);
                    }
                    self.enqueue(*row);
                    Ok(())
                }
                Some(Msg::Attach { session, tx }) => self.attach(session, tx).await,
                Some(Msg::Detach { session }) => {
                    if self.socket.as_ref().is_some_and(|(s, _)| *s == session) {
                        self.socket = None;
                        self.in_flight = None;
                        self.queue.clear();
                    }
                    Ok(())
                }
                Some(Msg::Fetch(id)) => self.fetch(id).await,
                Some(Msg::Displaced { session }) => {
                    if let Some((mine, tx)) = self.socket.take_if(|(s, _)| *s != session) {
                        let _ = tx.try_send(Outbound::Close(
                            1008,
                            "replaced by a newer connection of this vehicle".into(),
                        ));
                        slog::info!(self.log, "vehicle socket replaced from another instance"; "session" => mine);
                        self.in_flight = None;
                        self.queue.clear();
                    }
                    Ok(())
                }
                Some(Msg::Acked(id)) => {
                    if self.in_flight.as_ref().is_some_and(|f| f.row.command_id == id) {
                        self.in_flight = None;
                    }
                    self.queue.retain(|r| r.command_id != id);
                    self.held.retain(|r| r.command_id != id);
                    Ok(())
                }
                None => self.expire().await,
            };
            // Even when the database failed, what needs no database (an
            // emergency stop) still goes out.
            let result = match result {
                Ok(()) => self.pump().await,
                Err(e) => self.pump().await.and(Err(e)),
            };
            if let Err(e) = result {
                // The database is away: the commands stay stored; deliver
                // again from the queue on the next event or reconnection.
                slog::warn!(self.log, "command delivery paused"; "cause" => crate::db::error_chain(&e));
                if let Some(f) = self.in_flight.as_mut() {
                    f.deadline = Instant::now() + self.config.resend_after;
                } else if self.socket.is_some() {
                    // Reload the stored queue once the database answers again.
                    self.reload_at = Some(Instant::now() + RELOAD_RETRY);
                }
            }
        }
    }

    fn enqueue(&mut self, row: CommandRow) {
        if self.socket.is_none() {
            return; // it waits in the database until the vehicle connects
        }
        if row.command == CommandKind::EmergencyStop {
            let id = row.command_id;
            if self.in_flight.as_ref().is_some_and(|f| f.row.command_id == id)
                || self.queue.iter().any(|r| r.command_id == id)
            {
                return; // already here (relayed and fetched, say)
            }
            // Overtake everything, a command in flight included, even an
            // earlier stop waiting for its answer: it was sent once; it goes
            // back to the front and is sent again after this one.
            if let Some(f) = self.in_flight.take() {
                self.queue.push_front(f.row);
            }
            self.queue.push_front(row);
        } else {
            self.queue.push_back(row);
        }
    }

    /// A command stored by another instance, queued here when the socket is.
    async fn fetch(&mut self, command_id: Uuid) -> Result<(), crate::db::StoreError> {
        if self.socket.is_none()
            || self.queue.iter().any(|r| r.command_id == command_id)
            || self.in_flight.as_ref().is_some_and(|f| f.row.command_id == command_id)
        {
            return Ok(());
        }
        if let Some(row) = self.store.command_get(&self.vehicle_id, command_id).await?
            && row.status == CommandState::Queued
        {
            self.enqueue(row);
        }
        Ok(())
    }

    async fn attach(
        &mut self,
        session: u64,
        tx: mpsc::Sender<Outbound>,
    ) -> Result<(), crate::db::StoreError> {
        if let Some((_, old)) = self.socket.replace((session, tx)) {
            let _ = old.try_send(Outbound::Close(
                1008,
                "replaced by a newer connection of this vehicle".into(),
            ));
        }
        self.in_flight = None;
        // Stops not stored yet first: the database does not have them.
        let unstored = &self.unstored;
        self.held.retain(|r| unstored.awaits_vehicle(r.command_id));
        self.queue = self.held.iter().cloned().collect();
        let (pending, expired) = self.store.commands_pending(&self.vehicle_id).await?;
        for row in &expired {
            self.notifier.publish(row);
        }
        for row in pending {
            if !self.queue.iter().any(|q| q.command_id == row.command_id) {
                self.queue.push_back(row);
            }
        }
        Ok(())
    }

    /// Raise `command_timed_out` for a command delivery gave up on.
    async fn alert_timed_out(&self, row: &CommandRow, reason: &str) {
        let sink =
            crate::alerts::Sink { store: &self.store, bus: &self.notifier.bus, log: &self.log };
        let message = format!(
            "{} command {} to vehicle {}: {reason}",
            row.command, row.command_id, row.vehicle_id
        );
        let (kind, severity) = (AlertKind::CommandTimedOut, ErrorSeverity::Error);
        let alert =
            crate::alerts::alert(&row.vehicle_id, kind, severity, &message, chrono::Utc::now());
        sink.raise(crate::db::alerts::Raise { command_id: Some(row.command_id), ..alert }).await;
    }

    /// Send an emergency stop now, then note the send: in memory while its
    /// row is not stored, else in the database in the background, so the
    /// send never waits on the database.
    fn send_first(&mut self, mut row: CommandRow, tx: &mpsc::Sender<Outbound>) {
        let frame = match frame(&row) {
            Ok(frame) => frame,
            Err(e) => {
                slog::error!(self.log, "emergency stop does not fit the contract"; "cause" => e.to_string());
                return;
            }
        };
        if tx.try_send(Outbound::Frame(frame)).is_err() {
            self.socket = None;
            self.queue.push_front(row);
            return;
        }
        row.attempts += 1;
        row.status = CommandState::Sent;
        row.updated_at = chrono::Utc::now();
        if self.unstored.note_sent(row.command_id, row.attempts).is_none() {
            let (store, log) = (self.store.clone(), self.log.clone());
            let (id, attempts) = (row.command_id, row.attempts);
            tokio::spawn(async move {
                let from = [CommandState::Queued, CommandState::Sent];
                let marked =
                    store.command_mark(id, &from, CommandState::Sent, Some(attempts), None);
                if let Err(e) = marked.await {
                    slog::warn!(log, "emergency stop sent; its send not recorded"; "cause" => crate::db::error_chain(&e));
                }
            });
        }
        self.notifier.publish(&row);
        let deadline = Instant::now() + self.config.resend_after;
        self.in_flight = Some(InFlight { row, deadline });
    }

    /// Send the next command if nothing is in flight.
    async fn pump(&mut self) -> Result<(), crate::db::StoreError> {
        while self.in_flight.is_none() {
            let Some((_, tx)) = self.socket.clone() else { return Ok(()) };
            let Some(row) = self.queue.pop_front() else { return Ok(()) };
            if row.command == CommandKind::EmergencyStop {
                self.send_first(row, &tx);
                continue;
            }
            let sent = self
                .store
                .command_mark(
                    row.command_id,
                    &[CommandState::Queued, CommandState::Sent],
                    CommandState::Sent,
                    Some(row.attempts + 1),
                    None,
                )
                .await?;
            let Some(sent) = sent else { continue }; // answered or dropped meanwhile
            let frame = match frame(&sent) {
                Ok(frame) => frame,
                Err(e) => {
                    let reason = format!("stored parameters do not fit the contract: {e}");
                    let (id, from) = (sent.command_id, [CommandState::Sent]);
                    let failed = CommandState::Rejected;
                    if let Some(row) =
                        self.store.command_mark(id, &from, failed, None, Some(&reason)).await?
                    {
                        self.notifier.publish(&row);
                    }
                    continue;
                }
            };
            if tx.try_send(Outbound::Frame(frame)).is_err() {
                self.socket = None;
                return Ok(());
            }
            self.notifier.publish(&sent);
            self.in_flight =
                Some(InFlight { row: sent, deadline: Instant::now() + self.config.resend_after });
        }
        Ok(())
    }

    /// The command in flight was not acknowledged in time: send it again, or
    /// give up after the last resend.
    async fn expire(&mut self) -> Result<(), crate::db::StoreError> {
        let Some(f) = self.in_flight.take() else { return Ok(()) };
        if f.row.attempts > self.config.resends {
            let reason = format!("no acknowledgement after {} sends", f.row.attempts);
            if let Some(row) = self.unstored.note_gave_up(f.row.command_id, &reason) {
                self.held.retain(|r| r.command_id != row.command_id);
                self.notifier.publish(&row);
                self.alert_timed_out(&row, &reason).await;
                return Ok(());
            }
            if let Some(row) = self
                .store
                .command_mark(
                    f.row.command_id,
                    &[CommandState::Sent],
                    CommandState::TimedOut,
                    None,
                    Some(&reason),
                )
                .await?
            {
                self.notifier.publish(&row);
                self.alert_timed_out(&row, &reason).await;
            }
            return Ok(());
        }
        self.queue.push_front(f.row);
        Ok(())
    }
}
