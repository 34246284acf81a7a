/* Generated from the TVM contract (asyncapi/tvm.yaml and schemas/ws_*.json via json-schema-to-typescript) by scripts/contract-check.mjs --write. Do not edit. */
/**
 * Any message of the live channel (asyncapi/tvm.yaml).
 */
export type TvmWsMessage =
  | WsAck
  | WsAlert
  | WsBattery
  | WsBatteryUpdate
  | WsCommandStatus
  | WsDocking
  | WsDockingUpdate
  | WsError
  | WsErrorReport
  | WsFrontendCommand
  | WsLocation
  | WsLocationUpdate
  | WsSocketError
  | WsStatus
  | WsStatusUpdate
  | WsSubscribe
  | WsSubscriptions
  | WsUnsubscribe
  | WsVehicleCommand
  | WsVehicleConnection;
/**
 * A vehicle's answer to a command.
 */
export type AckResult = "accepted" | "rejected" | "completed";
/**
 * A vehicle's identifier: a letter or digit, then up to 63 letters, digits, `_` or `-`.
 */
export type VehicleId = string;
/**
 * What raised an alert: the vehicle entered `error` or `emergency_stop`; it reported a CRITICAL error (live or in a bulk upload); it sent no report for longer than `TVM_ALERT_OFFLINE_S`; its battery fell below `TVM_ALERT_BATTERY_PCT`; its battery needs maintenance (cycles or voltage loss past their configured thresholds); a command to it timed out.
 */
export type AlertKind =
  | "state_error"
  | "emergency_stop"
  | "critical_error"
  | "vehicle_offline"
  | "battery_low"
  | "maintenance_due"
  | "command_timed_out";
/**
 * Severity of a vehicle error report. CRITICAL raises an alert.
 */
export type ErrorSeverity = "INFO" | "WARNING" | "ERROR" | "CRITICAL";
/**
 * `open` until an operator acknowledges it or its condition ends; `acknowledged` (still in force, seen by someone); `cleared` when its condition ended (the vehicle left the state, reported again, charged, …). One alert per vehicle and kind is open or acknowledged at a time; repeats while it is raise its `count`.
 */
export type AlertStatus = "open" | "acknowledged" | "cleared";
/**
 * The vehicle's state, for the state alerts.
 */
export type VehicleState = "idle" | "navigating" | "docking" | "charging" | "error" | "emergency_stop";
/**
 * The five operator commands.
 */
export type CommandKind = "dispatch" | "cancel" | "emergency_stop" | "resume" | "configure";
/**
 * Delivery state of a command: queued (stored, waiting for the vehicle), sent (on the vehicle's socket, awaiting ack), acknowledged (vehicle accepted), rejected, completed, timed_out (no ack after 3 resends or past expires_at), dropped (pushed out of a full offline queue).
 */
export type CommandState = "queued" | "sent" | "acknowledged" | "rejected" | "completed" | "timed_out" | "dropped";
/**
 * Phase of a docking manoeuvre: approaching→aligning→docking→docked→undocking; any→failed; failed→approaching.
 */
export type DockingPhase = "approaching" | "aligning" | "docking" | "docked" | "undocking" | "failed";
/**
 * Payload of a frontend's `command` message.
 */
export type FrontendCommand =
  | {
      command: "dispatch";
      /**
       * Client-chosen id (UUID); the vehicle de-duplicates on it.
       */
      command_id: string;
      vehicle_id: VehicleId;
      params: DispatchParams;
    }
  | {
      command: "cancel";
      /**
       * Client-chosen id (UUID); the vehicle de-duplicates on it.
       */
      command_id: string;
      vehicle_id: VehicleId;
      params: CancelParams;
    }
  | {
      command: "emergency_stop";
      /**
       * Client-chosen id (UUID); the vehicle de-duplicates on it.
       */
      command_id: string;
      vehicle_id: VehicleId;
      params: EmergencyStopParams;
    }
  | {
      command: "resume";
      /**
       * Client-chosen id (UUID); the vehicle de-duplicates on it.
       */
      command_id: string;
      vehicle_id: VehicleId;
      params: ResumeParams;
    }
  | {
      command: "configure";
      /**
       * Client-chosen id (UUID); the vehicle de-duplicates on it.
       */
      command_id: string;
      vehicle_id: VehicleId;
      params: ConfigureParams;
    };
/**
 * Priority of a command or mission.
 */
export type CommandPriority = "low" | "normal" | "high" | "urgent";
/**
 * Stable machine-readable code of an API error. The HTTP status of each code is fixed: see the error catalogue in the API description.
 */
export type ErrorCode =
  | "VALIDATION_FAILED"
  | "MALFORMED_JSON"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "INVALID_TIMESTAMP"
  | "INVALID_STATE_TRANSITION"
  | "INVALID_PHASE_TRANSITION"
  | "UNKNOWN_ERROR_CODE"
  | "INVALID_CURSOR"
  | "INVALID_QUERY"
  | "UNAUTHORIZED"
  | "TOKEN_EXPIRED"
  | "INVALID_CREDENTIALS"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VEHICLE_NOT_FOUND"
  | "METHOD_NOT_ALLOWED"
  | "CONFLICT"
  | "COMMAND_NOT_ALLOWED"
  | "PAYLOAD_TOO_LARGE"
  | "RATE_LIMITED"
  | "INTERNAL_ERROR"
  | "NOT_IMPLEMENTED"
  | "DATABASE_UNAVAILABLE"
  | "SERVICE_UNAVAILABLE";
/**
 * Operational state of a vehicle. Allowed transitions: idle→navigating; navigating→docking|idle; docking→charging|navigating|idle; charging→idle|navigating; any→error; any→emergency_stop; error→idle; emergency_stop→idle|navigating (only after a `resume` command). Repeating the current state is allowed.
 */
export type VehicleState1 = "idle" | "navigating" | "docking" | "charging" | "error" | "emergency_stop";
/**
 * Payload of a `command` message to a vehicle. Resent with the same command_id until acknowledged.
 */
export type VehicleCommand =
  | {
      command: "dispatch";
      /**
       * Client-chosen id (UUID); the vehicle de-duplicates on it.
       */
      command_id: string;
      priority: CommandPriority;
      issued_at: string;
      expires_at: string;
      params: DispatchParams;
    }
  | {
      command: "cancel";
      /**
       * Client-chosen id (UUID); the vehicle de-duplicates on it.
       */
      command_id: string;
      priority: CommandPriority;
      issued_at: string;
      expires_at: string;
      params: CancelParams;
    }
  | {
      command: "emergency_stop";
      /**
       * Client-chosen id (UUID); the vehicle de-duplicates on it.
       */
      command_id: string;
      priority: CommandPriority;
      issued_at: string;
      expires_at: string;
      params: EmergencyStopParams;
    }
  | {
      command: "resume";
      /**
       * Client-chosen id (UUID); the vehicle de-duplicates on it.
       */
      command_id: string;
      priority: CommandPriority;
      issued_at: string;
      expires_at: string;
      params: ResumeParams;
    }
  | {
      command: "configure";
      /**
       * Client-chosen id (UUID); the vehicle de-duplicates on it.
       */
      command_id: string;
      priority: CommandPriority;
      issued_at: string;
      expires_at: string;
      params: ConfigureParams;
    };

/**
 * Vehicle → server: answer to a command.
 */
export interface WsAck {
  type: "ack";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: CommandAck;
}
/**
 * A vehicle's answer to a command.
 */
export interface CommandAck {
  command_id: string;
  result: AckResult;
  reason?: string;
  detail?: string;
}
/**
 * Server → frontend: an alert.
 */
export interface WsAlert {
  type: "alert";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: Alert;
}
/**
 * Something an operator must look at, stored and pushed to every operator and admin socket and SSE stream (subscribed to the vehicle or not) when it is raised, changes or is cleared. One alert per vehicle and kind is in force at a time: repeats raise its `count` and `last_raised_at`.
 */
export interface Alert {
  alert_id: string;
  vehicle_id: VehicleId;
  kind: AlertKind;
  severity: ErrorSeverity;
  status: AlertStatus;
  state?: VehicleState;
  error_code?: string;
  message: string;
  /**
   * When it was first raised.
   */
  raised_at: string;
  /**
   * The command, for `command_timed_out`.
   */
  command_id?: string;
  /**
   * How many times it was raised while in force.
   */
  count: number;
  /**
   * When it was last raised.
   */
  last_raised_at: string;
  acknowledged_at?: string;
  /**
   * The client that acknowledged it.
   */
  acknowledged_by?: string;
  cleared_at?: string;
}
/**
 * Vehicle → server: telemetry over the socket, same rules as REST.
 */
export interface WsBattery {
  type: "battery";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: BatteryReport;
}
/**
 * A battery reading.
 */
export interface BatteryReport {
  /**
   * RFC 3339 timestamp in UTC with a `Z` suffix.
   */
  timestamp: string;
  /**
   * State of charge, percent.
   */
  soc: number;
  /**
   * Pack voltage in volts, > 0.
   */
  voltage: number;
  /**
   * Amperes: positive while charging, negative while discharging.
   */
  current: number;
  /**
   * Pack temperature, °C.
   */
  temperature: number;
}
/**
 * Server → frontend: a stored battery reading.
 */
export interface WsBatteryUpdate {
  type: "battery_update";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: BatteryEvent;
}
/**
 * A stored battery report, as pushed to subscribers.
 */
export interface BatteryEvent {
  vehicle_id: VehicleId;
  received_at: string;
  report: BatteryReport;
}
/**
 * Server → frontend: a command's delivery state changed.
 */
export interface WsCommandStatus {
  type: "command_status";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: CommandStatus;
}
/**
 * A change of a command's delivery state.
 */
export interface CommandStatus {
  command_id: string;
  vehicle_id: VehicleId;
  command: CommandKind;
  status: CommandState;
  attempts: number;
  reason?: string;
  detail?: string;
  at: string;
}
/**
 * Vehicle → server: telemetry over the socket, same rules as REST.
 */
export interface WsDocking {
  type: "docking";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: DockingReport;
}
/**
 * Progress of a docking manoeuvre.
 */
export interface DockingReport {
  /**
   * RFC 3339 timestamp in UTC with a `Z` suffix.
   */
  timestamp: string;
  phase: DockingPhase;
  station_id: string;
  mission_id?: string;
}
/**
 * Server → frontend: a stored docking report.
 */
export interface WsDockingUpdate {
  type: "docking_update";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: DockingEvent;
}
/**
 * A stored docking report, as pushed to subscribers.
 */
export interface DockingEvent {
  vehicle_id: VehicleId;
  received_at: string;
  report: DockingReport;
}
/**
 * Vehicle → server: telemetry over the socket, same rules as REST.
 */
export interface WsError {
  type: "error";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: ErrorReport;
}
/**
 * An error raised by a vehicle subsystem. `code` must be in the error-code catalogue (400 UNKNOWN_ERROR_CODE otherwise).
 */
export interface ErrorReport {
  /**
   * RFC 3339 timestamp in UTC with a `Z` suffix.
   */
  timestamp: string;
  /**
   * A code from the vehicle error-code catalogue (schemas/catalog/vehicle_error_codes.json).
   */
  code: string;
  severity: ErrorSeverity;
  subsystem: string;
  location?: ErrorLocation;
  description: string;
}
/**
 * Where an error happened.
 */
export interface ErrorLocation {
  lat: number;
  lon: number;
}
/**
 * Server → frontend: a stored error report.
 */
export interface WsErrorReport {
  type: "error_report";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: ErrorEvent;
}
/**
 * A stored error report, as pushed to subscribers.
 */
export interface ErrorEvent {
  vehicle_id: VehicleId;
  received_at: string;
  report: ErrorReport;
}
/**
 * Frontend → server: send a command to a vehicle (operator or admin).
 */
export interface WsFrontendCommand {
  type: "command";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: FrontendCommand;
}
/**
 * Send the vehicle on a mission (creates the mission).
 */
export interface DispatchParams {
  mission_id: string;
  pickup: Waypoint;
  destination: Waypoint;
  priority: CommandPriority;
  reservation_id?: string;
}
/**
 * A place a vehicle drives to.
 */
export interface Waypoint {
  latitude: number;
  longitude: number;
  station_id?: string;
}
/**
 * Cancel a mission.
 */
export interface CancelParams {
  mission_id: string;
  reason: string;
}
/**
 * Stop now. Highest priority; always audited.
 */
export interface EmergencyStopParams {
  reason: string;
}
/**
 * Leave emergency_stop. Only valid while the vehicle is in emergency_stop.
 */
export interface ResumeParams {}
/**
 * Change vehicle settings. At least one field.
 */
export interface ConfigureParams {
  /**
   * Metres per second.
   */
  speed_limit?: number;
  operational_hours?: OperationalHours;
}
/**
 * Daily window, local vehicle time, 24 h clock.
 */
export interface OperationalHours {
  start: string;
  end: string;
}
/**
 * Vehicle → server: telemetry over the socket, same rules as REST.
 */
export interface WsLocation {
  type: "location";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: LocationReport;
}
/**
 * A position fix from a vehicle.
 */
export interface LocationReport {
  /**
   * RFC 3339 timestamp in UTC with a `Z` suffix.
   */
  timestamp: string;
  /**
   * Degrees, WGS 84.
   */
  latitude: number;
  /**
   * Degrees, WGS 84.
   */
  longitude: number;
  /**
   * Degrees clockwise from north, [0, 360).
   */
  heading: number;
  /**
   * Metres per second.
   */
  speed: number;
  /**
   * Horizontal accuracy in metres.
   */
  accuracy: number;
  /**
   * Metres above the WGS 84 ellipsoid.
   */
  altitude?: number;
}
/**
 * Server → frontend: a stored location.
 */
export interface WsLocationUpdate {
  type: "location_update";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: LocationEvent;
}
/**
 * A stored location report, as pushed to subscribers.
 */
export interface LocationEvent {
  vehicle_id: VehicleId;
  received_at: string;
  report: LocationReport;
}
/**
 * Server → client: a message was refused; the socket stays open.
 */
export interface WsSocketError {
  type: "socket_error";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: SocketError;
}
/**
 * A message was refused; the socket stays open.
 */
export interface SocketError {
  /**
   * `id` of the refused message, when it could be read.
   */
  in_reply_to?: string;
  error: ErrorBody;
}
/**
 * What went wrong: a stable code, a human-readable message and structured details.
 */
export interface ErrorBody {
  code: ErrorCode;
  /**
   * Human-readable explanation; not meant to be parsed.
   */
  message: string;
  /**
   * Structured context. Schema violations list every failing JSON pointer under `violations`; rate limits give `retry_after_s`; bulk rejects give the `index` of the first bad message.
   */
  details: {
    [k: string]: unknown;
  };
}
/**
 * Vehicle → server: telemetry over the socket, same rules as REST.
 */
export interface WsStatus {
  type: "status";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: StatusReport;
}
/**
 * A change (or repetition) of the vehicle's operational state.
 */
export interface StatusReport {
  /**
   * RFC 3339 timestamp in UTC with a `Z` suffix.
   */
  timestamp: string;
  state: VehicleState1;
  /**
   * Mission the vehicle is working on, if any.
   */
  mission_id?: string;
  /**
   * Error catalogue code when the state is `error`.
   */
  error_code?: string;
  error_message?: string;
}
/**
 * Server → frontend: a stored status.
 */
export interface WsStatusUpdate {
  type: "status_update";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: StatusEvent;
}
/**
 * A stored status report, as pushed to subscribers.
 */
export interface StatusEvent {
  vehicle_id: VehicleId;
  received_at: string;
  report: StatusReport;
}
/**
 * Frontend → server: add subscriptions.
 */
export interface WsSubscribe {
  type: "subscribe";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: SubscriptionRequest;
}
/**
 * Vehicles to (un)subscribe; `["*"]` means every vehicle.
 */
export interface SubscriptionRequest {
  /**
   * @minItems 1
   * @maxItems 1000
   */
  vehicle_ids: [string, ...string[]];
}
/**
 * Server → frontend: the socket's subscriptions after a subscribe or unsubscribe.
 */
export interface WsSubscriptions {
  type: "subscriptions";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: SubscriptionState;
}
/**
 * The socket's subscriptions after a change.
 */
export interface SubscriptionState {
  vehicle_ids: string[];
}
/**
 * Frontend → server: remove subscriptions.
 */
export interface WsUnsubscribe {
  type: "unsubscribe";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: SubscriptionRequest;
}
/**
 * Server → vehicle: a command to execute; answer with `ack`.
 */
export interface WsVehicleCommand {
  type: "command";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: VehicleCommand;
}
/**
 * Server → frontend: a vehicle's socket connected or disconnected.
 */
export interface WsVehicleConnection {
  type: "vehicle_connection";
  /**
   * Sender-chosen message id (a UUID for server messages).
   */
  id: string;
  /**
   * When the message was sent.
   */
  timestamp: string;
  payload: ConnectionEvent;
}
/**
 * A vehicle's command socket connected or disconnected.
 */
export interface ConnectionEvent {
  vehicle_id: VehicleId;
  online: boolean;
  at: string;
}
