/* Generated from the TVM contract (asyncapi/tvm.yaml and schemas/) by scripts/contract-check.mjs --write. Do not edit. */
import type { components } from "./api.js";

/** Every model of the contract, one declaration each (shared by REST and sockets). */
export type Schemas = components["schemas"];
export type AckResult = Schemas["AckResult"];
export type Alert = Schemas["Alert"];
export type AlertAcknowledge = Schemas["AlertAcknowledge"];
export type AlertKind = Schemas["AlertKind"];
export type AlertPage = Schemas["AlertPage"];
export type AlertStatus = Schemas["AlertStatus"];
export type AuditEntry = Schemas["AuditEntry"];
export type AuditPage = Schemas["AuditPage"];
export type BatteryEvent = Schemas["BatteryEvent"];
export type BatteryHealth = Schemas["BatteryHealth"];
export type BatteryPage = Schemas["BatteryPage"];
export type BatteryRecord = Schemas["BatteryRecord"];
export type BatteryReport = Schemas["BatteryReport"];
export type BulkMessage = Schemas["BulkMessage"];
export type BulkResult = Schemas["BulkResult"];
export type BulkUpload = Schemas["BulkUpload"];
export type CancelParams = Schemas["CancelParams"];
export type Client = Schemas["Client"];
export type ClientCreate = Schemas["ClientCreate"];
export type ClientCreated = Schemas["ClientCreated"];
export type ClientPage = Schemas["ClientPage"];
export type CommandAccepted = Schemas["CommandAccepted"];
export type CommandAck = Schemas["CommandAck"];
export type CommandCreate = Schemas["CommandCreate"];
export type CommandKind = Schemas["CommandKind"];
export type CommandPage = Schemas["CommandPage"];
export type CommandPriority = Schemas["CommandPriority"];
export type CommandRecord = Schemas["CommandRecord"];
export type CommandState = Schemas["CommandState"];
export type CommandStatus = Schemas["CommandStatus"];
export type ComponentHealth = Schemas["ComponentHealth"];
export type ConfigureParams = Schemas["ConfigureParams"];
export type ConflictDetails = Schemas["ConflictDetails"];
export type ConnectionEvent = Schemas["ConnectionEvent"];
export type DispatchParams = Schemas["DispatchParams"];
export type DockingEvent = Schemas["DockingEvent"];
export type DockingPage = Schemas["DockingPage"];
export type DockingPhase = Schemas["DockingPhase"];
export type DockingRecord = Schemas["DockingRecord"];
export type DockingReport = Schemas["DockingReport"];
export type DockingStats = Schemas["DockingStats"];
export type DockingStatsList = Schemas["DockingStatsList"];
export type EmergencyStopParams = Schemas["EmergencyStopParams"];
export type ErrorBody = Schemas["ErrorBody"];
export type ErrorCode = Schemas["ErrorCode"];
export type ErrorEvent = Schemas["ErrorEvent"];
export type ErrorLocation = Schemas["ErrorLocation"];
export type ErrorPage = Schemas["ErrorPage"];
export type ErrorRecord = Schemas["ErrorRecord"];
export type ErrorReport = Schemas["ErrorReport"];
export type ErrorResolve = Schemas["ErrorResolve"];
export type ErrorResponse = Schemas["ErrorResponse"];
export type ErrorSeverity = Schemas["ErrorSeverity"];
export type FleetSnapshot = Schemas["FleetSnapshot"];
export type FrontendCommand = Schemas["FrontendCommand"];
export type HealthReport = Schemas["HealthReport"];
export type IngestReceipt = Schemas["IngestReceipt"];
export type LatestBattery = Schemas["LatestBattery"];
export type LatestLocation = Schemas["LatestLocation"];
export type LocationEvent = Schemas["LocationEvent"];
export type LocationPage = Schemas["LocationPage"];
export type LocationRecord = Schemas["LocationRecord"];
export type LocationReport = Schemas["LocationReport"];
export type LocationTrack = Schemas["LocationTrack"];
export type LocationTracks = Schemas["LocationTracks"];
export type MethodDetails = Schemas["MethodDetails"];
export type Mission = Schemas["Mission"];
export type MissionPage = Schemas["MissionPage"];
export type MissionStatus = Schemas["MissionStatus"];
export type NoDetails = Schemas["NoDetails"];
export type NotFoundDetails = Schemas["NotFoundDetails"];
export type OperationalHours = Schemas["OperationalHours"];
export type QueryDetails = Schemas["QueryDetails"];
export type RefreshRequest = Schemas["RefreshRequest"];
export type Reservation = Schemas["Reservation"];
export type ReservationCreate = Schemas["ReservationCreate"];
export type ReservationPage = Schemas["ReservationPage"];
export type ReservationStatus = Schemas["ReservationStatus"];
export type ResumeParams = Schemas["ResumeParams"];
export type RetryDetails = Schemas["RetryDetails"];
export type Role = Schemas["Role"];
export type SizeDetails = Schemas["SizeDetails"];
export type SocketError = Schemas["SocketError"];
export type StatusEvent = Schemas["StatusEvent"];
export type StatusPage = Schemas["StatusPage"];
export type StatusRecord = Schemas["StatusRecord"];
export type StatusReport = Schemas["StatusReport"];
export type SubscriptionRequest = Schemas["SubscriptionRequest"];
export type SubscriptionState = Schemas["SubscriptionState"];
export type SyntaxDetails = Schemas["SyntaxDetails"];
export type TimestampDetails = Schemas["TimestampDetails"];
export type TokenRequest = Schemas["TokenRequest"];
export type TokenResponse = Schemas["TokenResponse"];
export type TransitionDetails = Schemas["TransitionDetails"];
export type UnavailableDetails = Schemas["UnavailableDetails"];
export type ValidationDetails = Schemas["ValidationDetails"];
export type Vda5050Link = Schemas["Vda5050Link"];
export type Vehicle = Schemas["Vehicle"];
export type VehicleCommand = Schemas["VehicleCommand"];
export type VehicleCreate = Schemas["VehicleCreate"];
export type VehicleErrorCode = Schemas["VehicleErrorCode"];
export type VehicleId = Schemas["VehicleId"];
export type VehiclePage = Schemas["VehiclePage"];
export type VehicleState = Schemas["VehicleState"];
export type VehicleSummary = Schemas["VehicleSummary"];
export type VehicleUpdate = Schemas["VehicleUpdate"];
export type Violation = Schemas["Violation"];
export type Waypoint = Schemas["Waypoint"];
export type Webhook = Schemas["Webhook"];
export type WebhookCreate = Schemas["WebhookCreate"];
export type WebhookCreated = Schemas["WebhookCreated"];
export type WebhookDelivery = Schemas["WebhookDelivery"];
export type WebhookDeliveryPage = Schemas["WebhookDeliveryPage"];
export type WebhookPage = Schemas["WebhookPage"];
export type WsAck = Schemas["WsAck"];
export type WsAlert = Schemas["WsAlert"];
export type WsBattery = Schemas["WsBattery"];
export type WsBatteryUpdate = Schemas["WsBatteryUpdate"];
export type WsCommandStatus = Schemas["WsCommandStatus"];
export type WsDocking = Schemas["WsDocking"];
export type WsDockingUpdate = Schemas["WsDockingUpdate"];
export type WsEnvelope = Schemas["WsEnvelope"];
export type WsError = Schemas["WsError"];
export type WsErrorReport = Schemas["WsErrorReport"];
export type WsFrontendCommand = Schemas["WsFrontendCommand"];
export type WsLocation = Schemas["WsLocation"];
export type WsLocationUpdate = Schemas["WsLocationUpdate"];
export type WsSocketError = Schemas["WsSocketError"];
export type WsStatus = Schemas["WsStatus"];
export type WsStatusUpdate = Schemas["WsStatusUpdate"];
export type WsSubscribe = Schemas["WsSubscribe"];
export type WsSubscriptions = Schemas["WsSubscriptions"];
export type WsUnsubscribe = Schemas["WsUnsubscribe"];
export type WsVehicleCommand = Schemas["WsVehicleCommand"];
export type WsVehicleConnection = Schemas["WsVehicleConnection"];

/** The `FrontendInbound` messages of asyncapi/tvm.yaml, discriminated by `type`. */
export type FrontendInbound =
  | WsSubscribe
  | WsUnsubscribe
  | WsFrontendCommand;
/** The `type` of each `FrontendInbound` message. */
export const FrontendInboundTypes = ["subscribe", "unsubscribe", "command"] as const;
export type FrontendInboundType = FrontendInbound["type"];
/** The payload of the `FrontendInbound` message of type `T`. */
export type FrontendInboundPayload<T extends FrontendInboundType> = Extract<FrontendInbound, { type: T }>["payload"];

/** The `FrontendOutbound` messages of asyncapi/tvm.yaml, discriminated by `type`. */
export type FrontendOutbound =
  | WsSubscriptions
  | WsLocationUpdate
  | WsStatusUpdate
  | WsBatteryUpdate
  | WsErrorReport
  | WsDockingUpdate
  | WsAlert
  | WsCommandStatus
  | WsVehicleConnection
  | WsSocketError;
/** The `type` of each `FrontendOutbound` message. */
export const FrontendOutboundTypes = ["subscriptions", "location_update", "status_update", "battery_update", "error_report", "docking_update", "alert", "command_status", "vehicle_connection", "socket_error"] as const;
export type FrontendOutboundType = FrontendOutbound["type"];
/** The payload of the `FrontendOutbound` message of type `T`. */
export type FrontendOutboundPayload<T extends FrontendOutboundType> = Extract<FrontendOutbound, { type: T }>["payload"];

/** The `VehicleInbound` messages of asyncapi/tvm.yaml, discriminated by `type`. */
export type VehicleInbound =
  | WsLocation
  | WsStatus
  | WsBattery
  | WsError
  | WsDocking
  | WsAck;
/** The `type` of each `VehicleInbound` message. */
export const VehicleInboundTypes = ["location", "status", "battery", "error", "docking", "ack"] as const;
export type VehicleInboundType = VehicleInbound["type"];
/** The payload of the `VehicleInbound` message of type `T`. */
export type VehicleInboundPayload<T extends VehicleInboundType> = Extract<VehicleInbound, { type: T }>["payload"];

/** The `VehicleOutbound` messages of asyncapi/tvm.yaml, discriminated by `type`. */
export type VehicleOutbound =
  | WsVehicleCommand
  | WsSocketError;
/** The `type` of each `VehicleOutbound` message. */
export const VehicleOutboundTypes = ["command", "socket_error"] as const;
export type VehicleOutboundType = VehicleOutbound["type"];
/** The payload of the `VehicleOutbound` message of type `T`. */
export type VehicleOutboundPayload<T extends VehicleOutboundType> = Extract<VehicleOutbound, { type: T }>["payload"];
