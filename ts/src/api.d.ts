/* Generated from the TVM contract (openapi/tvm.json via openapi-typescript) by scripts/contract-check.mjs --write. Do not edit. */
export interface paths {
    "/api/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List alerts
         * @description Operators and admins. Most recently raised first, filtered by vehicle, kind, severity, status and the time it was last raised (`[from, to)`).
         */
        get: operations["alert_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/{alert_id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge an alert
         * @description Operators and admins; audited (`alert.acknowledge`). Acknowledging an acknowledged alert answers it unchanged; a cleared one is a 409. The change is pushed to every operator and admin as an `alert` message.
         */
        post: operations["alert_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit log
         * @description Admin only. Newest first.
         */
        get: operations["audit_log_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a refresh token
         * @description Returns new tokens and revokes the presented refresh token. Presenting a revoked refresh token revokes its whole family (theft detection) and is a 401.
         */
        post: operations["token_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange client credentials for tokens
         * @description Checks `client_id`/`client_secret` (argon2id hashes) and returns a 24 h JWT access token and a 30-day refresh token. Wrong credentials are a 401 that does not say which part was wrong.
         */
        post: operations["token_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API clients
         * @description Admin only.
         */
        get: operations["client_list"];
        put?: never;
        /**
         * Register an API client
         * @description Admin only. Returns a generated `client_secret`, shown only in this answer. A `vehicle` client must name a registered vehicle.
         */
        post: operations["client_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API client
         * @description Admin only. Its refresh tokens are revoked; access tokens it holds stop working.
         */
        delete: operations["client_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/docking/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Docking success rates
         * @description Per vehicle and station: finished attempts (each time a vehicle entered `docked` or `failed`), successes, failures and the success rate, updated as docking reports arrive. Filter by `vehicle_id` and/or `station_id`.
         */
        get: operations["docking_stats_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List error reports
         * @description Newest first, filtered by vehicle, severity, resolution and time.
         */
        get: operations["error_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/errors/{error_id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve an error report
         * @description Operators and admins; resolving twice is a 409.
         */
        post: operations["error_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole fleet's latest state in one answer
         * @description What a fleet map loads before it follows `/ws/fleet`: every vehicle in service with its latest location, status, battery and online flag, ordered by vehicle_id, with no pagination. Served from the server's memory (the same state the paged `vehicle_list` shows); each vehicle's entry is rendered once per change, so a snapshot of 10,000 vehicles costs little more than copying its bytes. Use `vehicle_list` for decommissioned vehicles or page-sized reads.
         */
        get: operations["fleet_snapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Location history of several vehicles
         * @description Up to 100 vehicles in one request, ordered by vehicle then time.
         */
        get: operations["location_history_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Location tracks of several vehicles
         * @description Up to 100 vehicles over at most one hour in one answer, without pagination: each vehicle's track as parallel arrays (time, latitude, longitude, heading, speed, accuracy), oldest first, archived locations included. This is the form for replaying or drawing many vehicles' movements. The answer is JSON unless `Accept` prefers `application/vnd.apache.arrow.stream`: then the same tracks come as an Apache Arrow IPC stream, several times cheaper to produce and to read (the TypeScript client's `fetchTracks` reads it); `location_history_list` pages through the full reports. `to` defaults to now and `from` to one hour before `to`; a longer range is refused with 400 `INVALID_QUERY` (read consecutive hours instead).
         */
        get: operations["location_tracks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/missions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List missions
         * @description Newest first.
         */
        get: operations["mission_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/missions/{mission_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One mission
         * @description A mission (created by a `dispatch` command): its vehicle, reservation, status, priority, pickup and destination, and when it was created, started and ended, with the id of the command that created it. Operators and admins.
         */
        get: operations["mission_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reservations
         * @description Newest first.
         */
        get: operations["reservation_list"];
        put?: never;
        /**
         * Create a reservation
         * @description Operators and admins; a dispatch naming its id links the mission to it.
         */
        post: operations["reservation_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-Sent Events stream
         * @description The live channel's server→frontend events (`location_update`, `status_update`, `battery_update`, `error_report`, `docking_update`, `alert`, `command_status`, `vehicle_connection`) as Server-Sent Events: `event:` is the message type, `data:` the same JSON envelope as on the WebSocket. Operators and admins; the token may be passed as `?token=` for EventSource. A comment line every 15 s keeps idle streams open; `vehicle_ids` is a comma-separated list (or `*`, or absent for all). A client too slow to keep up gets a final `socket_error` event and the stream ends; it should reconnect. A client that takes no bytes for `TVM_WS_WRITE_TIMEOUT_S` (10 s) is dropped. When the caller's identity lapses while the stream is open (checked every second, on every instance), a final `socket_error` event says why (`TOKEN_EXPIRED`: refresh and reconnect; `UNAUTHORIZED`: the client or its login was revoked) and the stream ends.
         */
        get: operations["stream_open"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicle/{vehicle_id}/battery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a battery reading
         * @description Caller: the vehicle itself (or an admin). The timestamp must be within ±5 minutes of server time (400 INVALID_TIMESTAMP). Rate limit: 1 per 5 seconds per vehicle. Feeds battery health. The answer is sent after the row is committed; re-sending the same timestamp is idempotent.
         */
        post: operations["battery_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicle/{vehicle_id}/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload buffered telemetry
         * @description 1 to 1000 messages (more: 413) stored atomically in one transaction: if any message is invalid nothing is stored and the 400 names the `index` of the first bad message. Timestamps may be up to 30 days old. Duplicates (same vehicle, kind and timestamp, stored before or repeated in the upload) are skipped. Status and docking reports are checked against the state and phase machines in timestamp order, the first one against the state stored before it; old data may leave emergency_stop (the resume it needed was handled live). Not rate-limited per message (the upload counts once against the client's request budget); does not raise live alerts, and only messages from the last 5 minutes reach live subscribers.
         */
        post: operations["telemetry_bulk_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicle/{vehicle_id}/docking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report docking progress
         * @description Caller: the vehicle itself (or an admin). The timestamp must be within ±5 minutes of server time (400 INVALID_TIMESTAMP). Phases follow the DockingPhase machine (400 INVALID_PHASE_TRANSITION otherwise): approaching → aligning → docking → docked → undocking, any phase → failed, and a new cycle starts with approaching after undocking or failed; repeating the current phase is allowed. Every report also updates the vehicle's docking statistics. The answer is sent after the row is committed; re-sending the same timestamp is idempotent.
         */
        post: operations["docking_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicle/{vehicle_id}/error": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a vehicle error
         * @description Caller: the vehicle itself (or an admin). The timestamp must be within ±5 minutes of server time (400 INVALID_TIMESTAMP). `code` must be in the catalogue (400 UNKNOWN_ERROR_CODE); CRITICAL raises an alert. The answer is sent after the row is committed; re-sending the same timestamp is idempotent.
         */
        post: operations["error_report_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicle/{vehicle_id}/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a position
         * @description Caller: the vehicle itself (or an admin). The timestamp must be within ±5 minutes of server time (400 INVALID_TIMESTAMP). Rate limit: 1 per second per vehicle. The answer is sent after the row is committed; re-sending the same timestamp is idempotent.
         */
        post: operations["location_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicle/{vehicle_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the vehicle state
         * @description Caller: the vehicle itself (or an admin). The timestamp must be within ±5 minutes of server time (400 INVALID_TIMESTAMP). Transitions follow the VehicleState machine (400 INVALID_STATE_TRANSITION otherwise); entering `error` or `emergency_stop` raises an alert. The answer is sent after the row is committed; re-sending the same timestamp is idempotent.
         */
        post: operations["status_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the fleet with latest state
         * @description Every vehicle with its latest location, status, battery and online flag, ordered by vehicle_id.
         */
        get: operations["vehicle_list"];
        put?: never;
        /**
         * Register a vehicle
         * @description Admin only. 409 if the vehicle_id exists, or if another vehicle has the same VDA 5050 identity (interface, manufacturer and serial number; `details.vehicle_id` names it). A vehicle with `vda5050` speaks VDA 5050 through the MQTT bridge (docs/VDA5050.md).
         */
        post: operations["vehicle_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{vehicle_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One vehicle with its latest state
         * @description Operators and admins.
         */
        get: operations["vehicle_view"];
        put?: never;
        post?: never;
        /**
         * Decommission a vehicle
         * @description Admin only. The vehicle stops accepting telemetry and commands; its history is kept.
         */
        delete: operations["vehicle_decommission"];
        options?: never;
        head?: never;
        /**
         * Change a vehicle's registration
         * @description Admin only. Renames the vehicle or gives it a (new) VDA 5050 identity; a field left out keeps its value. 409 if another vehicle has that VDA 5050 identity (`details.vehicle_id` names it).
         */
        patch: operations["vehicle_update"];
        trace?: never;
    };
    "/api/v1/vehicles/{vehicle_id}/battery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * History of a vehicle's battery readings
         * @description Stored battery readings in `[from, to)`, oldest first (default: the last 24 hours).
         */
        get: operations["vehicle_battery_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{vehicle_id}/battery/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Battery health of a vehicle
         * @description Cycle count and full-charge voltage degradation, computed as readings arrive (TVM-API-BAT-003).
         */
        get: operations["battery_health_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{vehicle_id}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Command history of a vehicle
         * @description Newest first.
         */
        get: operations["command_list"];
        put?: never;
        /**
         * Send a command to a vehicle
         * @description Operators and admins. The command is stored before anything is sent and delivered over the vehicle's socket (queued while it is offline). `resume` is a 409 COMMAND_NOT_ALLOWED unless the vehicle is in emergency_stop. Track it with command_view or `command_status` events.
         *
         *     **Idempotent by `command_id`.** Posting again with the same `command_id`, vehicle, `command` and `params` answers 202 with the command's current status (a client that lost the first answer can retry safely); the same `command_id` with anything else is a 409 CONFLICT.
         *
         *     **Budgets.** An `emergency_stop` is never refused by a rate limit: it does not count against the client's request budget.
         */
        post: operations["command_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{vehicle_id}/commands/{command_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One command and its delivery state
         * @description One command of a vehicle as stored: its kind and parameters, priority, status (`queued` … `completed`), attempts, the vehicle's reason and detail if it answered, and when it was issued, last changed and expires. Operators and admins.
         */
        get: operations["command_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{vehicle_id}/docking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * History of a vehicle's docking reports
         * @description Stored docking reports in `[from, to)`, oldest first (default: the last 24 hours).
         */
        get: operations["vehicle_docking_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{vehicle_id}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * History of a vehicle's locations
         * @description Stored locations in `[from, to)`, oldest first (default: the last 24 hours).
         */
        get: operations["vehicle_location_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{vehicle_id}/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * History of a vehicle's status reports
         * @description Stored status reports in `[from, to)`, oldest first (default: the last 24 hours).
         */
        get: operations["vehicle_status_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Admins.
         */
        get: operations["webhook_list"];
        put?: never;
        /**
         * Add a webhook
         * @description Admins; audited. **Notifications.** Each is `POST <url>` with the `Alert` as its JSON body and the headers `X-TVM-Event: alert`, `X-TVM-Delivery: <delivery_id>` (the same on every attempt: receivers de-duplicate on it) and `X-TVM-Signature: t=<unix seconds>,v1=<hex>`, where `<hex>` is HMAC-SHA256 with the webhook's secret over `<t>.<body>` (the timestamp, a dot, the raw body). Receivers recompute it, compare in constant time, and refuse a `t` far from their clock. A 2xx answer delivers it; anything else (or no answer in 10 s) is tried again with exponential backoff (1 s doubling up to 10 min) for 24 hours from an outbox in the database, so a restart loses nothing. **Destinations.** A URL whose host is a loopback, private, link-local or reserved address, or `localhost`, is refused with 400 `VALIDATION_FAILED` (pointer `/url`) unless the operator allows its network (`TVM_WEBHOOK_ALLOWED_NETWORKS`). A delivery whose host name resolves only to such addresses is not sent; its log says why.
         */
        post: operations["webhook_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a webhook
         * @description Admins; audited. Its pending deliveries stop.
         */
        delete: operations["webhook_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook's delivery log
         * @description Admins. Newest first.
         */
        get: operations["webhook_delivery_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health for load balancers
         * @description 200 while the database answers: `status` is `ok`, or `degraded` when Redis (configured) does not answer, so rate limits are off and events from other instances paused, or the last retention run failed. 503 SERVICE_UNAVAILABLE, with the same checks in `details`, when the database does not answer.
         */
        get: operations["health_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ws/fleet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * WebSocket for the whole fleet
         * @description A frontend socket (operator or admin) subscribed to every vehicle. See the AsyncAPI document.
         *
         *     A WebSocket cannot be opened from this page: its messages are on the [AsyncAPI page](/api/asyncapi) (the document itself: [`/api/asyncapi.yaml`](/api/asyncapi.yaml)).
         */
        get: operations["fleet_socket_open"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ws/vehicle/{vehicle_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * WebSocket for one vehicle
         * @description A `vehicle` token for this vehicle opens its command socket; an `operator` or `admin` token opens a frontend socket subscribed to it. The messages are described in the AsyncAPI document (`/api/asyncapi.yaml`). The token is checked before the upgrade (401/403 here).
         *
         *     A WebSocket cannot be opened from this page: its messages are on the [AsyncAPI page](/api/asyncapi) (the document itself: [`/api/asyncapi.yaml`](/api/asyncapi.yaml)).
         */
        get: operations["vehicle_socket_open"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A vehicle's answer to a command.
         * @enum {string}
         */
        AckResult: "accepted" | "rejected" | "completed";
        /** @description Something an operator must look at, stored and pushed to every operator and admin socket and SSE stream (subscribed to the vehicle or not) when it is raised, changes or is cleared. One alert per vehicle and kind is in force at a time: repeats raise its `count` and `last_raised_at`. */
        Alert: {
            /** Format: date-time */
            acknowledged_at?: string;
            /** @description The client that acknowledged it. */
            acknowledged_by?: string;
            /** Format: uuid */
            alert_id: string;
            /** Format: date-time */
            cleared_at?: string;
            /**
             * Format: uuid
             * @description The command, for `command_timed_out`.
             */
            command_id?: string;
            /** @description How many times it was raised while in force. */
            count: number;
            error_code?: string;
            kind: components["schemas"]["AlertKind"];
            /**
             * Format: date-time
             * @description When it was last raised.
             */
            last_raised_at: string;
            message: string;
            /**
             * Format: date-time
             * @description When it was first raised.
             */
            raised_at: string;
            severity: components["schemas"]["ErrorSeverity"];
            /** @description The vehicle's state, for the state alerts. */
            state?: components["schemas"]["VehicleState"];
            status: components["schemas"]["AlertStatus"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description Acknowledging an alert (recorded in the audit log with the note). */
        AlertAcknowledge: {
            note?: string;
        };
        /**
         * @description What raised an alert: the vehicle entered `error` or `emergency_stop`; it reported a CRITICAL error (live or in a bulk upload); it sent no report for longer than `TVM_ALERT_OFFLINE_S`; its battery fell below `TVM_ALERT_BATTERY_PCT`; its battery needs maintenance (cycles or voltage loss past their configured thresholds); a command to it timed out.
         * @enum {string}
         */
        AlertKind: "state_error" | "emergency_stop" | "critical_error" | "vehicle_offline" | "battery_low" | "maintenance_due" | "command_timed_out";
        /** @description Alerts, most recently raised first. */
        AlertPage: {
            items: components["schemas"]["Alert"][];
            /** @description Opaque; pass as `cursor` for the next page. Absent on the last page. */
            next_cursor?: string;
        };
        /**
         * @description `open` until an operator acknowledges it or its condition ends; `acknowledged` (still in force, seen by someone); `cleared` when its condition ended (the vehicle left the state, reported again, charged, …). One alert per vehicle and kind is open or acknowledged at a time; repeats while it is raise its `count`.
         * @enum {string}
         */
        AlertStatus: "open" | "acknowledged" | "cleared";
        /** @description One audited action. */
        AuditEntry: {
            action: string;
            actor: string;
            /** Format: date-time */
            at: string;
            audit_id: number;
            details: {
                [key: string]: unknown;
            };
            request_id?: string;
            target?: string;
            vehicle_id?: components["schemas"]["VehicleId"];
        };
        /** @description Audit log, newest first. */
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            /** @description Opaque; pass as `cursor` for the next page. Absent on the last page. */
            next_cursor?: string;
        };
        /** @description A stored battery report, as pushed to subscribers. */
        BatteryEvent: {
            /** Format: date-time */
            received_at: string;
            report: components["schemas"]["BatteryReport"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description Derived battery health (TVM-API-BAT-003), updated as readings arrive. */
        BatteryHealth: {
            /** @description Equivalent full cycles: total discharged state of charge / 100. */
            cycle_count: number;
            /** @description Mean voltage at ≥ 95 % SoC over the first readings. */
            full_charge_voltage_initial?: number;
            /** @description Mean voltage at ≥ 95 % SoC over the recent readings. */
            full_charge_voltage_recent?: number;
            /** Format: date-time */
            last_reading_at?: string;
            /** @description True past 500 cycles or 5 % degradation. */
            maintenance_due: boolean;
            max_temperature?: number;
            readings: number;
            vehicle_id: components["schemas"]["VehicleId"];
            /** @description Drop of the full-charge voltage, percent of the initial value. */
            voltage_degradation_pct?: number;
        };
        /** @description Battery history, oldest first. */
        BatteryPage: {
            items: components["schemas"]["BatteryRecord"][];
            /** @description Opaque; pass as `cursor` for the next page. Absent on the last page. */
            next_cursor?: string;
        };
        /** @description A stored battery reading. */
        BatteryRecord: {
            /** Format: date-time */
            received_at: string;
            report: components["schemas"]["BatteryReport"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description A battery reading. */
        BatteryReport: {
            /** @description Amperes: positive while charging, negative while discharging. Optional: not every vehicle measures it (VDA 5050 vehicles report none). */
            current?: number;
            /** @description State of charge, percent. */
            soc: number;
            /** @description Pack temperature, °C. Optional: not every vehicle measures it (VDA 5050 vehicles report none). */
            temperature?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp in UTC with a `Z` suffix.
             */
            timestamp: string;
            /** @description Pack voltage in volts, > 0. */
            voltage: number;
        };
        /** @description One message of a bulk upload, tagged by `type`. */
        BulkMessage: {
            data: components["schemas"]["LocationReport"];
            /** @enum {string} */
            type: "location";
        } | {
            data: components["schemas"]["StatusReport"];
            /** @enum {string} */
            type: "status";
        } | {
            data: components["schemas"]["BatteryReport"];
            /** @enum {string} */
            type: "battery";
        } | {
            data: components["schemas"]["ErrorReport"];
            /** @enum {string} */
            type: "error";
        } | {
            data: components["schemas"]["DockingReport"];
            /** @enum {string} */
            type: "docking";
        };
        /** @description Outcome of a bulk upload. */
        BulkResult: {
            /** @description Messages stored. */
            inserted: number;
            /** @description Messages in the upload. */
            processed: number;
            /** @description Duplicates (same vehicle, kind and timestamp) already stored or repeated in the upload. */
            skipped: number;
        };
        /** @description Offline data: 1 to 1000 messages stored in one transaction. Timestamps may be up to 30 days old. */
        BulkUpload: {
            messages: components["schemas"]["BulkMessage"][];
        };
        /** @description Cancel a mission. */
        CancelParams: {
            mission_id: string;
            reason: string;
        };
        /** @description A registered API client (its secret is never shown again). */
        Client: {
            client_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            revoked_at?: string;
            role: components["schemas"]["Role"];
            vehicle_id?: components["schemas"]["VehicleId"];
        };
        /** @description Register an API client. A `vehicle` client must name its vehicle; other roles must not. */
        ClientCreate: {
            client_id: string;
            role: components["schemas"]["Role"];
            vehicle_id?: components["schemas"]["VehicleId"];
        };
        /** @description A new client and its secret, shown only in this answer. */
        ClientCreated: {
            client_id: string;
            client_secret: string;
            role: components["schemas"]["Role"];
            vehicle_id?: components["schemas"]["VehicleId"];
        };
        /** @description API clients. */
        ClientPage: {
            items: components["schemas"]["Client"][];
            /** @description Opaque; pass as `cursor` for the next page. Absent on the last page. */
            next_cursor?: string;
        };
        /** @description The command is stored and queued for delivery. */
        CommandAccepted: {
            /** Format: uuid */
            command_id: string;
            status: components["schemas"]["CommandState"];
        };
        /** @description A vehicle's answer to a command. */
        CommandAck: {
            /** Format: uuid */
            command_id: string;
            detail?: string;
            reason?: string;
            result: components["schemas"]["AckResult"];
        };
        /** @description A command for one vehicle, tagged by `command`. `command_id` is optional over REST (generated when absent; re-posting the same id is idempotent). */
        CommandCreate: {
            /** @enum {string} */
            command: "dispatch";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id?: string;
            params: components["schemas"]["DispatchParams"];
        } | {
            /** @enum {string} */
            command: "cancel";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id?: string;
            params: components["schemas"]["CancelParams"];
        } | {
            /** @enum {string} */
            command: "emergency_stop";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id?: string;
            params: components["schemas"]["EmergencyStopParams"];
        } | {
            /** @enum {string} */
            command: "resume";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id?: string;
            params: components["schemas"]["ResumeParams"];
        } | {
            /** @enum {string} */
            command: "configure";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id?: string;
            params: components["schemas"]["ConfigureParams"];
        };
        /**
         * @description The five operator commands.
         * @enum {string}
         */
        CommandKind: "dispatch" | "cancel" | "emergency_stop" | "resume" | "configure";
        /** @description Commands of a vehicle, newest first. */
        CommandPage: {
            items: components["schemas"]["CommandRecord"][];
            /** @description Opaque; pass as `cursor` for the next page. Absent on the last page. */
            next_cursor?: string;
        };
        /**
         * @description Priority of a command or mission.
         * @enum {string}
         */
        CommandPriority: "low" | "normal" | "high" | "urgent";
        /** @description A command and its delivery history; `params` follow `command` (the same parameters as `CommandCreate`). */
        CommandRecord: {
            attempts: number;
            /** @enum {string} */
            command: "dispatch";
            /** Format: uuid */
            command_id: string;
            detail?: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: date-time */
            issued_at: string;
            issued_by: string;
            params: components["schemas"]["DispatchParams"];
            priority: components["schemas"]["CommandPriority"];
            reason?: string;
            status: components["schemas"]["CommandState"];
            /** Format: date-time */
            updated_at: string;
            vehicle_id: components["schemas"]["VehicleId"];
        } | {
            attempts: number;
            /** @enum {string} */
            command: "cancel";
            /** Format: uuid */
            command_id: string;
            detail?: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: date-time */
            issued_at: string;
            issued_by: string;
            params: components["schemas"]["CancelParams"];
            priority: components["schemas"]["CommandPriority"];
            reason?: string;
            status: components["schemas"]["CommandState"];
            /** Format: date-time */
            updated_at: string;
            vehicle_id: components["schemas"]["VehicleId"];
        } | {
            attempts: number;
            /** @enum {string} */
            command: "emergency_stop";
            /** Format: uuid */
            command_id: string;
            detail?: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: date-time */
            issued_at: string;
            issued_by: string;
            params: components["schemas"]["EmergencyStopParams"];
            priority: components["schemas"]["CommandPriority"];
            reason?: string;
            status: components["schemas"]["CommandState"];
            /** Format: date-time */
            updated_at: string;
            vehicle_id: components["schemas"]["VehicleId"];
        } | {
            attempts: number;
            /** @enum {string} */
            command: "resume";
            /** Format: uuid */
            command_id: string;
            detail?: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: date-time */
            issued_at: string;
            issued_by: string;
            params: components["schemas"]["ResumeParams"];
            priority: components["schemas"]["CommandPriority"];
            reason?: string;
            status: components["schemas"]["CommandState"];
            /** Format: date-time */
            updated_at: string;
            vehicle_id: components["schemas"]["VehicleId"];
        } | {
            attempts: number;
            /** @enum {string} */
            command: "configure";
            /** Format: uuid */
            command_id: string;
            detail?: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: date-time */
            issued_at: string;
            issued_by: string;
            params: components["schemas"]["ConfigureParams"];
            priority: components["schemas"]["CommandPriority"];
            reason?: string;
            status: components["schemas"]["CommandState"];
            /** Format: date-time */
            updated_at: string;
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /**
         * @description Delivery state of a command: queued (stored, waiting for the vehicle), sent (on the vehicle's socket, awaiting ack), acknowledged (vehicle accepted), rejected, completed, timed_out (no ack after 3 resends or past expires_at), dropped (pushed out of a full offline queue).
         * @enum {string}
         */
        CommandState: "queued" | "sent" | "acknowledged" | "rejected" | "completed" | "timed_out" | "dropped";
        /** @description A change of a command's delivery state. */
        CommandStatus: {
            /** Format: date-time */
            at: string;
            attempts: number;
            command: components["schemas"]["CommandKind"];
            /** Format: uuid */
            command_id: string;
            detail?: string;
            reason?: string;
            status: components["schemas"]["CommandState"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description One dependency's state. */
        ComponentHealth: {
            detail?: string;
            latency_ms?: number;
            /** @enum {string} */
            status: "ok" | "degraded" | "down" | "disabled";
        };
        /** @description Change vehicle settings. At least one field. */
        ConfigureParams: {
            operational_hours?: components["schemas"]["OperationalHours"];
            /** @description Metres per second. */
            speed_limit?: number;
        };
        /** @description Details of `CONFLICT` and `COMMAND_NOT_ALLOWED`: the resource in the way. */
        ConflictDetails: {
            /** @description The client id that exists already. */
            client_id?: string;
            /**
             * Format: uuid
             * @description The command id used already with other content.
             */
            command_id?: string;
            /** @description The mission that belongs to another vehicle. */
            mission_id?: string;
            /** @description The vehicle's state that does not allow the command (`unknown` before its first report). */
            state?: string;
            /** @description The vehicle id that exists already. */
            vehicle_id?: string;
        };
        /** @description A vehicle's command socket connected or disconnected. */
        ConnectionEvent: {
            /** Format: date-time */
            at: string;
            online: boolean;
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description Send the vehicle on a mission (creates the mission). */
        DispatchParams: {
            destination: components["schemas"]["Waypoint"];
            mission_id: string;
            pickup: components["schemas"]["Waypoint"];
            priority: components["schemas"]["CommandPriority"];
            reservation_id?: string;
        };
        /** @description A stored docking report, as pushed to subscribers. */
        DockingEvent: {
            /** Format: date-time */
            received_at: string;
            report: components["schemas"]["DockingReport"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description Docking history, oldest first. */
        DockingPage: {
            items: components["schemas"]["DockingRecord"][];
            /** @description Opaque; pass as `cursor` for the next page. Absent on the last page. */
            next_cursor?: string;
        };
        /**
         * @description Phase of a docking manoeuvre: approaching→aligning→docking→docked→undocking; any→failed; failed→approaching.
         * @enum {string}
         */
        DockingPhase: "approaching" | "aligning" | "docking" | "docked" | "undocking" | "failed";
        /** @description A stored docking report. */
        DockingRecord: {
            /** Format: date-time */
            received_at: string;
            report: components["schemas"]["DockingReport"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description Progress of a docking manoeuvre. */
        DockingReport: {
            mission_id?: string;
            phase: components["schemas"]["DockingPhase"];
            station_id: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp in UTC with a `Z` suffix.
             */
            timestamp: string;
        };
        /** @description Docking outcomes for one vehicle at one station. */
        DockingStats: {
            /** @description Finished docking attempts: each time the vehicle entered `docked` or `failed`. */
            attempts: number;
            /** @description Attempts that reported `failed`. */
            failed: number;
            station_id: string;
            /** @description Attempts that reached `docked`. */
            succeeded: number;
            /** @description succeeded / attempts; 0 before any attempt finished. */
            success_rate: number;
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description Docking success rates. */
        DockingStatsList: {
            items: components["schemas"]["DockingStats"][];
        };
        /** @description Stop now. Highest priority; always audited. */
        EmergencyStopParams: {
            reason: string;
        };
        /** @description What went wrong: a stable `code` (one of `ErrorCode`), a human-readable `message`, and `details` whose schema follows `code` (see the error-code table in the API description). */
        ErrorBody: {
            /** @enum {string} */
            code: "VALIDATION_FAILED";
            details: components["schemas"]["ValidationDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "MALFORMED_JSON";
            details: components["schemas"]["SyntaxDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "UNSUPPORTED_MEDIA_TYPE";
            details: components["schemas"]["NoDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "INVALID_TIMESTAMP";
            details: components["schemas"]["TimestampDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "INVALID_STATE_TRANSITION";
            details: components["schemas"]["TransitionDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "INVALID_PHASE_TRANSITION";
            details: components["schemas"]["TransitionDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "UNKNOWN_ERROR_CODE";
            details: components["schemas"]["ValidationDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "INVALID_CURSOR";
            details: components["schemas"]["QueryDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "INVALID_QUERY";
            details: components["schemas"]["QueryDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "UNAUTHORIZED";
            details: components["schemas"]["NoDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "TOKEN_EXPIRED";
            details: components["schemas"]["NoDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "INVALID_CREDENTIALS";
            details: components["schemas"]["NoDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "FORBIDDEN";
            details: components["schemas"]["NoDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "NOT_FOUND";
            details: components["schemas"]["NotFoundDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "VEHICLE_NOT_FOUND";
            details: components["schemas"]["NoDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "METHOD_NOT_ALLOWED";
            details: components["schemas"]["MethodDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "CONFLICT";
            details: components["schemas"]["ConflictDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "COMMAND_NOT_ALLOWED";
            details: components["schemas"]["ConflictDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "PAYLOAD_TOO_LARGE";
            details: components["schemas"]["SizeDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "REQUEST_TIMEOUT";
            details: components["schemas"]["NoDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "RATE_LIMITED";
            details: components["schemas"]["RetryDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "INTERNAL_ERROR";
            details: components["schemas"]["NoDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "NOT_IMPLEMENTED";
            details: components["schemas"]["NoDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "DATABASE_UNAVAILABLE";
            details: components["schemas"]["UnavailableDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        } | {
            /** @enum {string} */
            code: "SERVICE_UNAVAILABLE";
            details: components["schemas"]["UnavailableDetails"];
            /** @description Human-readable explanation; not meant to be parsed. */
            message: string;
        };
        /**
         * @description Stable machine-readable code of an API error. The HTTP status of each code is fixed: see the error catalogue in the API description.
         * @enum {string}
         */
        ErrorCode: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "INVALID_TIMESTAMP" | "INVALID_STATE_TRANSITION" | "INVALID_PHASE_TRANSITION" | "UNKNOWN_ERROR_CODE" | "INVALID_CURSOR" | "INVALID_QUERY" | "UNAUTHORIZED" | "TOKEN_EXPIRED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "NOT_FOUND" | "VEHICLE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "CONFLICT" | "COMMAND_NOT_ALLOWED" | "PAYLOAD_TOO_LARGE" | "REQUEST_TIMEOUT" | "RATE_LIMITED" | "INTERNAL_ERROR" | "NOT_IMPLEMENTED" | "DATABASE_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
        /** @description A stored error report, as pushed to subscribers. */
        ErrorEvent: {
            /** Format: date-time */
            received_at: string;
            report: components["schemas"]["ErrorReport"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description Where an error happened. */
        ErrorLocation: {
            lat: number;
            lon: number;
        };
        /** @description Error reports, newest first. */
        ErrorPage: {
            items: components["schemas"]["ErrorRecord"][];
            /** @description Opaque; pass as `cursor` for the next page. Absent on the last page. */
            next_cursor?: string;
        };
        /** @description A stored error report and whether it is resolved. */
        ErrorRecord: {
            error_id: number;
            /** Format: date-time */
            received_at: string;
            report: components["schemas"]["ErrorReport"];
            /** Format: date-time */
            resolved_at?: string;
            resolved_by?: string;
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description An error raised by a vehicle subsystem. `code` must be in the error-code catalogue (400 UNKNOWN_ERROR_CODE otherwise). */
        ErrorReport: {
            code: components["schemas"]["VehicleErrorCode"];
            description: string;
            location?: components["schemas"]["ErrorLocation"];
            severity: components["schemas"]["ErrorSeverity"];
            subsystem: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp in UTC with a `Z` suffix.
             */
            timestamp: string;
        };
        /** @description Mark an error resolved. */
        ErrorResolve: {
            note?: string;
        };
        /** @description The one error shape of every endpoint. */
        ErrorResponse: {
            error: components["schemas"]["ErrorBody"];
        };
        /**
         * @description Severity of a vehicle error report. CRITICAL raises an alert.
         * @enum {string}
         */
        ErrorSeverity: "INFO" | "WARNING" | "ERROR" | "CRITICAL";
        /** @description Every vehicle in service (decommissioned ones left out) with its latest known state, in one answer, ordered by vehicle_id. */
        FleetSnapshot: {
            /**
             * Format: date-time
             * @description When the snapshot was taken; live changes after it arrive on `/ws/fleet` or `/api/v1/stream`.
             */
            as_of: string;
            /** @description Number of entries in `vehicles`. */
            count: number;
            vehicles: components["schemas"]["VehicleSummary"][];
        };
        /** @description Payload of a frontend's `command` message. */
        FrontendCommand: {
            /** @enum {string} */
            command: "dispatch";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id: string;
            params: components["schemas"]["DispatchParams"];
            vehicle_id: components["schemas"]["VehicleId"];
        } | {
            /** @enum {string} */
            command: "cancel";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id: string;
            params: components["schemas"]["CancelParams"];
            vehicle_id: components["schemas"]["VehicleId"];
        } | {
            /** @enum {string} */
            command: "emergency_stop";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id: string;
            params: components["schemas"]["EmergencyStopParams"];
            vehicle_id: components["schemas"]["VehicleId"];
        } | {
            /** @enum {string} */
            command: "resume";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id: string;
            params: components["schemas"]["ResumeParams"];
            vehicle_id: components["schemas"]["VehicleId"];
        } | {
            /** @enum {string} */
            command: "configure";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id: string;
            params: components["schemas"]["ConfigureParams"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description Server health for load balancers (503 with the same checks in `details` when not ok). */
        HealthReport: {
            checks: {
                [key: string]: components["schemas"]["ComponentHealth"];
            };
            /** @enum {string} */
            status: "ok" | "degraded";
            uptime_s: number;
            version: string;
        };
        /** @description Sent after the message is committed to the database. */
        IngestReceipt: {
            /**
             * Format: date-time
             * @description Server time at which the message was accepted.
             */
            received_at: string;
        };
        /** @description Last stored battery reading. */
        LatestBattery: {
            soc: number;
            /** Format: date-time */
            timestamp: string;
            voltage: number;
        };
        /** @description Last stored location. */
        LatestLocation: {
            heading: number;
            latitude: number;
            longitude: number;
            speed: number;
            /** Format: date-time */
            timestamp: string;
        };
        /** @description A stored location report, as pushed to subscribers. */
        LocationEvent: {
            /** Format: date-time */
            received_at: string;
            report: components["schemas"]["LocationReport"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description Location history, oldest first. */
        LocationPage: {
            items: components["schemas"]["LocationRecord"][];
            /** @description Opaque; pass as `cursor` for the next page. Absent on the last page. */
            next_cursor?: string;
        };
        /** @description A stored location. */
        LocationRecord: {
            /** Format: date-time */
            received_at: string;
            report: components["schemas"]["LocationReport"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description A position fix from a vehicle. */
        LocationReport: {
            /** @description Horizontal accuracy in metres. */
            accuracy: number;
            /** @description Metres above the WGS 84 ellipsoid. */
            altitude?: number;
            /** @description Degrees clockwise from north, [0, 360). */
            heading: number;
            /** @description Degrees, WGS 84. */
            latitude: number;
            /** @description Degrees, WGS 84. */
            longitude: number;
            /** @description Metres per second. */
            speed: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp in UTC with a `Z` suffix.
             */
            timestamp: string;
        };
        /** @description One vehicle's locations in the requested range, oldest first, as parallel arrays: entry i of every array belongs to the same report. Altitude is left out; the full reports are read through `location_history_list`. */
        LocationTrack: {
            /** @description Horizontal accuracy in metres. */
            accuracy: number[];
            /** @description Degrees clockwise from north. */
            heading: number[];
            /** @description Degrees, WGS 84. */
            latitude: number[];
            /** @description Degrees, WGS 84. */
            longitude: number[];
            /** @description Length of each array. */
            points: number;
            /** @description Metres per second. */
            speed: number[];
            /** @description Each report's `timestamp` in milliseconds since 1970-01-01T00:00:00Z. */
            t: number[];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description The locations of up to 100 vehicles over at most one hour, one track per requested vehicle (empty when it reported nothing in the range), ordered by vehicle_id. */
        LocationTracks: {
            /**
             * Format: date-time
             * @description Start of the range read (inclusive).
             */
            from: string;
            /**
             * Format: date-time
             * @description End of the range read (exclusive).
             */
            to: string;
            tracks: components["schemas"]["LocationTrack"][];
        };
        /** @description Details of `METHOD_NOT_ALLOWED`: the methods the path takes (also in `Allow`). */
        MethodDetails: {
            /** @description The methods this path takes. */
            allowed?: string[];
            /** @description The method refused. */
            method?: string;
        };
        /** @description A mission created by a dispatch command. */
        Mission: {
            /** Format: uuid */
            command_id: string;
            /** Format: date-time */
            created_at: string;
            destination: components["schemas"]["Waypoint"];
            /** Format: date-time */
            end_time?: string;
            mission_id: string;
            pickup: components["schemas"]["Waypoint"];
            priority: components["schemas"]["CommandPriority"];
            reservation_id?: string;
            /** Format: date-time */
            start_time?: string;
            status: components["schemas"]["MissionStatus"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description Missions, newest first. */
        MissionPage: {
            items: components["schemas"]["Mission"][];
            /** @description Opaque; pass as `cursor` for the next page. Absent on the last page. */
            next_cursor?: string;
        };
        /**
         * @description Lifecycle of a mission created by a dispatch command.
         * @enum {string}
         */
        MissionStatus: "pending" | "active" | "completed" | "cancelled" | "failed";
        /** @description This code carries no details: always `{}`. */
        NoDetails: Record<string, never>;
        /** @description Details of `NOT_FOUND`. */
        NotFoundDetails: {
            /** @description The path that names no resource or route. */
            path?: string;
        };
        /** @description Daily window, local vehicle time, 24 h clock. */
        OperationalHours: {
            /** @example 22:00 */
            end: string;
            /** @example 06:00 */
            start: string;
        };
        /** @description Details of `INVALID_QUERY` and `INVALID_CURSOR`: the query parameter refused. */
        QueryDetails: {
            /** @description For an unknown parameter: the parameters this operation takes. */
            accepted?: string[];
            /** @description For an id list: how many ids it holds. */
            count?: number;
            /** @description For an id list: the entries that are not valid ids. */
            invalid?: string[];
            /** @description The query parameter refused, where it can be told. */
            parameter?: string;
            /** @description Its value as sent, where it helps. */
            value?: string;
            /** @description How the value breaks the parameter's schema. */
            violations?: string[];
        };
        /** @description A refresh token to exchange; it is revoked by the exchange. */
        RefreshRequest: {
            refresh_token: string;
        };
        /** @description A reservation and the mission serving it. */
        Reservation: {
            /** Format: date-time */
            created_at: string;
            customer_ref?: string;
            destination: components["schemas"]["Waypoint"];
            mission_id?: string;
            pickup: components["schemas"]["Waypoint"];
            /** Format: date-time */
            pickup_after: string;
            reservation_id: string;
            status: components["schemas"]["ReservationStatus"];
        };
        /** @description Book a trip that a later dispatch will serve. */
        ReservationCreate: {
            customer_ref?: string;
            destination: components["schemas"]["Waypoint"];
            pickup: components["schemas"]["Waypoint"];
            /** Format: date-time */
            pickup_after: string;
            reservation_id: string;
        };
        /** @description Reservations, newest first. */
        ReservationPage: {
            items: components["schemas"]["Reservation"][];
            /** @description Opaque; pass as `cursor` for the next page. Absent on the last page. */
            next_cursor?: string;
        };
        /**
         * @description Lifecycle of a reservation.
         * @enum {string}
         */
        ReservationStatus: "pending" | "assigned" | "fulfilled" | "cancelled";
        /** @description Leave emergency_stop. Only valid while the vehicle is in emergency_stop. */
        ResumeParams: Record<string, never>;
        /** @description Details of `RATE_LIMITED`: when to retry and which limit was met. */
        RetryDetails: {
            /** @description The limit's interval between requests, in milliseconds. */
            interval_ms?: number;
            /** @description The limit that was met. */
            limit?: string;
            /** @description Seconds to wait before retrying (also in `Retry-After`). */
            retry_after_s: number;
        };
        /**
         * @description Client role: `vehicle` (bound to one vehicle), `operator` (read, subscribe, command), `admin` (also manages vehicles and clients, reads the audit log).
         * @enum {string}
         */
        Role: "vehicle" | "operator" | "admin";
        /** @description Details of `PAYLOAD_TOO_LARGE`. */
        SizeDetails: {
            /** @description The most messages one upload may hold. */
            max_messages?: number;
            /** @description How many this upload holds. */
            messages?: number;
        };
        /** @description A message was refused; the socket stays open. */
        SocketError: {
            error: components["schemas"]["ErrorBody"];
            /** @description `id` of the refused message, when it could be read. */
            in_reply_to?: string;
        };
        /** @description A stored status report, as pushed to subscribers. */
        StatusEvent: {
            /** Format: date-time */
            received_at: string;
            report: components["schemas"]["StatusReport"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description Status history, oldest first. */
        StatusPage: {
            items: components["schemas"]["StatusRecord"][];
            /** @description Opaque; pass as `cursor` for the next page. Absent on the last page. */
            next_cursor?: string;
        };
        /** @description A stored status. */
        StatusRecord: {
            /** Format: date-time */
            received_at: string;
            report: components["schemas"]["StatusReport"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description A change (or repetition) of the vehicle's operational state. */
        StatusReport: {
            /** @description Error catalogue code when the state is `error`. */
            error_code?: components["schemas"]["VehicleErrorCode"];
            error_message?: string;
            /** @description Mission the vehicle is working on, if any. */
            mission_id?: string;
            state: components["schemas"]["VehicleState"];
            /**
             * Format: date-time
             * @description RFC 3339 timestamp in UTC with a `Z` suffix.
             */
            timestamp: string;
        };
        /** @description Vehicles to (un)subscribe; `["*"]` means every vehicle. */
        SubscriptionRequest: {
            vehicle_ids: string[];
        };
        /** @description The socket's subscriptions after a change, and the ids of that request it refused. */
        SubscriptionState: {
            /** @description Ids of this request that were not subscribed: not a registered vehicle, or beyond the 10,000 vehicle ids one socket may follow (subscribe to `*` for the whole fleet). Absent when none were refused. */
            refused?: string[];
            vehicle_ids: string[];
        };
        /** @description Details of `MALFORMED_JSON`: where the parser stopped (line and column 0 when a gzip body did not decompress). */
        SyntaxDetails: {
            /** @description 1-based column of the syntax error. */
            column: number;
            /** @description 1-based line of the syntax error. */
            line: number;
        };
        /** @description Details of `INVALID_TIMESTAMP`: the timestamp and the window the server accepts. */
        TimestampDetails: {
            /**
             * Format: date-time
             * @description The oldest timestamp accepted now.
             */
            earliest?: string;
            /** @description Which message of a bulk upload was refused (0-based); the upload stored nothing. */
            index?: number;
            /**
             * Format: date-time
             * @description The newest timestamp accepted now.
             */
            latest?: string;
            /** @description The schema the message was checked against, when the timestamp breaks it. */
            schema?: string;
            /**
             * Format: date-time
             * @description The server's clock when it refused.
             */
            server_time?: string;
            /** @description The refused timestamp as sent (or as read). */
            timestamp?: string;
            /** @description Every failing JSON pointer, with what is wrong there. */
            violations?: components["schemas"]["Violation"][];
        };
        /** @description Client credentials. */
        TokenRequest: {
            client_id: string;
            client_secret: string;
        };
        /** @description A bearer access token (JWT) and a rotating refresh token. */
        TokenResponse: {
            access_token: string;
            /** @description Seconds until the access token expires (86400). */
            expires_in: number;
            /** @description Seconds until the refresh token expires (2592000). */
            refresh_expires_in: number;
            refresh_token: string;
            /** @enum {string} */
            token_type: "Bearer";
        };
        /** @description Details of `INVALID_STATE_TRANSITION` and `INVALID_PHASE_TRANSITION`. */
        TransitionDetails: {
            /** @description The vehicle's state (or docking phase) before this report. */
            from: string;
            /** @description Which message of a bulk upload was refused (0-based); the upload stored nothing. */
            index?: number;
            /** @description The state (or phase) the report asks for. */
            to: string;
        };
        /** @description Details of `SERVICE_UNAVAILABLE` and `DATABASE_UNAVAILABLE`. From `/health`: the health report (`status`, `version`, `uptime_s`, `checks`); from a live stream that fell behind: `missed_events`. */
        UnavailableDetails: {
            /** @description Each dependency's state, by name. */
            checks?: {
                [key: string]: components["schemas"]["ComponentHealth"];
            };
            /** @description Events lost because the stream fell behind. */
            missed_events?: number;
            /**
             * @description The instance's overall status.
             * @enum {string}
             */
            status?: "ok" | "degraded";
            /** @description Seconds since the instance started. */
            uptime_s?: number;
            /** @description The server's version. */
            version?: string;
        };
        /** @description Details of `VALIDATION_FAILED` and `UNKNOWN_ERROR_CODE`: where the request breaks the contract. */
        ValidationDetails: {
            /** @description Which message of a bulk upload was refused (0-based); the upload stored nothing. */
            index?: number;
            /** @description The path parameter that does not parse. */
            parameter?: string;
            /** @description The schema the value was checked against. */
            schema?: string;
            /** @description The socket message type that this socket does not accept. */
            type?: string;
            /** @description Its value as sent. */
            value?: string;
            /** @description Every failing JSON pointer, with what is wrong there. */
            violations?: components["schemas"]["Violation"][];
        };
        /**
         * @description A vehicle's VDA 5050 identity, for vehicles that speak the standard's MQTT interface instead of TVM's own protocol. When the server runs with `TVM_MQTT_URL`, it subscribes to the vehicle's `state`, `connection`, `visualization` and `factsheet` topics under `{interface_name}/v{major}/{manufacturer}/{serial_number}/` and publishes its commands there as `order` and `instantActions` (mapping in docs/VDA5050.md). VDA 5050 positions are metres on the vehicle's map (x east, y north); `origin` is where the map's (0, 0) lies on the earth, so they become latitude and longitude, and a dispatch's waypoints become nodes on that map. The triple (interface_name, manufacturer, serial_number) names one vehicle.
         * @example {
         *       "manufacturer": "RobotCompany",
         *       "serial_number": "001",
         *       "interface_name": "uagv",
         *       "version": "2.0.0",
         *       "map_id": "hall-1",
         *       "origin": {
         *         "latitude": 48.1372,
         *         "longitude": 11.5756
         *       }
         *     }
         */
        Vda5050Link: {
            /**
             * @description The first topic level, the interface's name in this installation.
             * @default uagv
             * @example uagv
             */
            interface_name: string;
            /**
             * @description The vehicle's manufacturer as it sends it in every message (a topic level: no `/`, `+` or `#`).
             * @example RobotCompany
             */
            manufacturer: string;
            /**
             * @description The map the bridge's order nodes are placed on.
             * @example hall-1
             */
            map_id: string;
            /**
             * @description Where the map's (0, 0) lies: the map's x axis points east and its y axis north from here.
             * @example {
             *       "latitude": 48.1372,
             *       "longitude": 11.5756
             *     }
             */
            origin: {
                latitude: number;
                longitude: number;
            };
            /**
             * @description The vehicle's serial number as it sends it in every message (a topic level: no `/`, `+` or `#`).
             * @example 001
             */
            serial_number: string;
            /**
             * @description The protocol version the vehicle speaks, `2.x.y`; the bridge sends it in every header and its major version in the topics (`v2`).
             * @example 2.0.0
             */
            version: string;
        };
        /** @description A registered vehicle. */
        Vehicle: {
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            decommissioned_at?: string;
            name?: string;
            /** @description The vehicle's VDA 5050 identity, when it speaks VDA 5050 through the bridge. */
            vda5050?: components["schemas"]["Vda5050Link"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description Payload of a `command` message to a vehicle. Resent with the same command_id until acknowledged. */
        VehicleCommand: {
            /** @enum {string} */
            command: "dispatch";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: date-time */
            issued_at: string;
            params: components["schemas"]["DispatchParams"];
            priority: components["schemas"]["CommandPriority"];
        } | {
            /** @enum {string} */
            command: "cancel";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: date-time */
            issued_at: string;
            params: components["schemas"]["CancelParams"];
            priority: components["schemas"]["CommandPriority"];
        } | {
            /** @enum {string} */
            command: "emergency_stop";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: date-time */
            issued_at: string;
            params: components["schemas"]["EmergencyStopParams"];
            priority: components["schemas"]["CommandPriority"];
        } | {
            /** @enum {string} */
            command: "resume";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: date-time */
            issued_at: string;
            params: components["schemas"]["ResumeParams"];
            priority: components["schemas"]["CommandPriority"];
        } | {
            /** @enum {string} */
            command: "configure";
            /**
             * Format: uuid
             * @description Client-chosen id (UUID); the vehicle de-duplicates on it.
             */
            command_id: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: date-time */
            issued_at: string;
            params: components["schemas"]["ConfigureParams"];
            priority: components["schemas"]["CommandPriority"];
        };
        /** @description Register a vehicle. */
        VehicleCreate: {
            name?: string;
            /** @description The vehicle speaks VDA 5050 over MQTT with this identity (the bridge carries its telemetry and commands); without it the vehicle speaks TVM's own protocol. */
            vda5050?: components["schemas"]["Vda5050Link"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /**
         * @description A code from the vehicle error-code catalogue (schemas/catalog/vehicle_error_codes.json):
         *
         *     | code | subsystem | default severity | meaning |
         *     |---|---|---|---|
         *     | `NAV_PATH_BLOCKED` | navigation | WARNING | Planned path is obstructed; the vehicle is replanning. |
         *     | `NAV_LOCALIZATION_LOST` | navigation | ERROR | Position confidence fell below the safe threshold. |
         *     | `NAV_ROUTE_UNREACHABLE` | navigation | ERROR | No route to the destination exists. |
         *     | `NAV_GEOFENCE_VIOLATION` | navigation | CRITICAL | The vehicle left its permitted operating area. |
         *     | `BAT_LOW_CHARGE` | battery | WARNING | State of charge below the return-to-dock threshold. |
         *     | `BAT_CRITICAL_CHARGE` | battery | CRITICAL | State of charge too low to finish any mission. |
         *     | `BAT_OVER_TEMPERATURE` | battery | CRITICAL | Pack temperature above the safe limit. |
         *     | `BAT_CELL_IMBALANCE` | battery | WARNING | Cell voltages diverge beyond tolerance. |
         *     | `BAT_CHARGE_FAULT` | battery | ERROR | Charging stopped unexpectedly. |
         *     | `MOTOR_OVERCURRENT` | drive | ERROR | Drive motor current above its limit. |
         *     | `MOTOR_STALL` | drive | ERROR | A drive motor is commanded but not turning. |
         *     | `BRAKE_FAULT` | drive | CRITICAL | Brake actuator feedback disagrees with the command. |
         *     | `SENSOR_LIDAR_FAULT` | perception | ERROR | LiDAR reports no data or a hardware fault. |
         *     | `SENSOR_CAMERA_FAULT` | perception | WARNING | A camera stream is missing or degraded. |
         *     | `SENSOR_IMU_FAULT` | perception | ERROR | Inertial measurement unit out of range. |
         *     | `SAFETY_BUMPER_HIT` | safety | CRITICAL | The bumper switch detected a contact. |
         *     | `SAFETY_ESTOP_PRESSED` | safety | CRITICAL | A physical emergency-stop button was pressed. |
         *     | `SAFETY_OBSTACLE_TOO_CLOSE` | safety | WARNING | An obstacle entered the protective field. |
         *     | `COMM_LINK_DEGRADED` | communication | WARNING | Uplink latency or loss above threshold. |
         *     | `COMM_SERVER_UNREACHABLE` | communication | ERROR | The vehicle could not reach the server; data is buffered for bulk upload. |
         *     | `DOCK_ALIGNMENT_FAILED` | docking | ERROR | Could not align with the charging station. |
         *     | `DOCK_CONTACT_FAULT` | docking | ERROR | Charging contacts report no connection while docked. |
         *     | `SYS_SOFTWARE_EXCEPTION` | system | ERROR | An onboard process crashed and was restarted. |
         *     | `SYS_DISK_FULL` | system | WARNING | Onboard storage nearly full; offline buffer at risk. |
         * @enum {string}
         */
        VehicleErrorCode: "NAV_PATH_BLOCKED" | "NAV_LOCALIZATION_LOST" | "NAV_ROUTE_UNREACHABLE" | "NAV_GEOFENCE_VIOLATION" | "BAT_LOW_CHARGE" | "BAT_CRITICAL_CHARGE" | "BAT_OVER_TEMPERATURE" | "BAT_CELL_IMBALANCE" | "BAT_CHARGE_FAULT" | "MOTOR_OVERCURRENT" | "MOTOR_STALL" | "BRAKE_FAULT" | "SENSOR_LIDAR_FAULT" | "SENSOR_CAMERA_FAULT" | "SENSOR_IMU_FAULT" | "SAFETY_BUMPER_HIT" | "SAFETY_ESTOP_PRESSED" | "SAFETY_OBSTACLE_TOO_CLOSE" | "COMM_LINK_DEGRADED" | "COMM_SERVER_UNREACHABLE" | "DOCK_ALIGNMENT_FAILED" | "DOCK_CONTACT_FAULT" | "SYS_SOFTWARE_EXCEPTION" | "SYS_DISK_FULL";
        /**
         * @description A vehicle's identifier: a letter or digit, then up to 63 letters, digits, `_` or `-`.
         * @example AV-001
         */
        VehicleId: string;
        /** @description The fleet, one page. */
        VehiclePage: {
            items: components["schemas"]["VehicleSummary"][];
            /** @description Opaque; pass as `cursor` for the next page. Absent on the last page. */
            next_cursor?: string;
        };
        /**
         * @description Operational state of a vehicle. Allowed transitions: idle→navigating; navigating→docking|idle; docking→charging|navigating|idle; charging→idle|navigating; any→error; any→emergency_stop; error→idle; emergency_stop→idle|navigating (only after a `resume` command). Repeating the current state is allowed.
         * @enum {string}
         */
        VehicleState: "idle" | "navigating" | "docking" | "charging" | "error" | "emergency_stop";
        /** @description A vehicle with its latest known state. */
        VehicleSummary: {
            battery?: components["schemas"]["LatestBattery"];
            decommissioned: boolean;
            location?: components["schemas"]["LatestLocation"];
            name?: string;
            online: boolean;
            state?: components["schemas"]["VehicleState"];
            /** Format: date-time */
            state_since?: string;
            /** @description The vehicle's VDA 5050 identity, when it speaks VDA 5050 through the bridge. */
            vda5050?: components["schemas"]["Vda5050Link"];
            vehicle_id: components["schemas"]["VehicleId"];
        };
        /** @description Change a vehicle's registration. */
        VehicleUpdate: {
            name?: string;
            /** @description A new VDA 5050 identity for the vehicle (replaces the one it had). */
            vda5050?: components["schemas"]["Vda5050Link"];
        };
        /** @description One place where a value breaks its schema. */
        Violation: {
            /** @description What is wrong there. */
            message: string;
            /** @description JSON pointer to the failing value (`""` for the whole body). */
            pointer: string;
        };
        /** @description A place a vehicle drives to. */
        Waypoint: {
            latitude: number;
            longitude: number;
            station_id?: string;
        };
        /** @description A receiver of alert notifications. */
        Webhook: {
            /** Format: date-time */
            created_at: string;
            description?: string;
            url: string;
            /** Format: uuid */
            webhook_id: string;
        };
        /** @description A receiver of alert notifications. Every alert raised, changed or cleared is POSTed to `url` as JSON (the `Alert`), signed with the webhook's secret. */
        WebhookCreate: {
            description?: string;
            /**
             * Format: uri
             * @description Where notifications are POSTed (http or https).
             */
            url: string;
        };
        /** @description A new webhook, with the secret its notifications are signed with: shown only in this answer. */
        WebhookCreated: {
            /** Format: date-time */
            created_at: string;
            description?: string;
            /** @description HMAC-SHA256 key of the `X-TVM-Signature` header. */
            secret: string;
            url: string;
            /** Format: uuid */
            webhook_id: string;
        };
        /** @description One notification to one webhook: `pending` while it is being tried (exponential backoff from 1 s up to 10 min between attempts, for 24 h), then `delivered` (a 2xx answer) or `failed`. */
        WebhookDelivery: {
            /** Format: uuid */
            alert_id: string;
            attempts: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            delivered_at?: string;
            /**
             * Format: uuid
             * @description Also sent as `X-TVM-Delivery`; the same on every attempt.
             */
            delivery_id: string;
            /** @description Why the last attempt failed. */
            last_error?: string;
            /** @description The HTTP status of the last attempt, if it got one. */
            last_status_code?: number;
            /** Format: date-time */
            next_attempt_at?: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            /** Format: uuid */
            webhook_id: string;
        };
        /** @description A webhook's deliveries, newest first. */
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description Opaque; pass as `cursor` for the next page. Absent on the last page. */
            next_cursor?: string;
        };
        /** @description Every webhook. */
        WebhookPage: {
            items: components["schemas"]["Webhook"][];
        };
        /** @description Vehicle → server: answer to a command. */
        WsAck: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["CommandAck"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "ack";
        };
        /** @description Server → frontend: an alert. */
        WsAlert: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["Alert"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "alert";
        };
        /** @description Vehicle → server: telemetry over the socket, same rules as REST. */
        WsBattery: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["BatteryReport"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "battery";
        };
        /** @description Server → frontend: a stored battery reading. */
        WsBatteryUpdate: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["BatteryEvent"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "battery_update";
        };
        /** @description Server → frontend: a command's delivery state changed. */
        WsCommandStatus: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["CommandStatus"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "command_status";
        };
        /** @description Vehicle → server: telemetry over the socket, same rules as REST. */
        WsDocking: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["DockingReport"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "docking";
        };
        /** @description Server → frontend: a stored docking report. */
        WsDockingUpdate: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["DockingEvent"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "docking_update";
        };
        /** @description Every WebSocket message, both ways. `payload`'s schema depends on `type` (see the AsyncAPI document). */
        WsEnvelope: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            timestamp: string;
            /** @enum {string} */
            type: "subscribe" | "unsubscribe" | "command" | "ack" | "location" | "status" | "battery" | "error" | "docking" | "subscriptions" | "location_update" | "status_update" | "battery_update" | "error_report" | "docking_update" | "alert" | "command_status" | "vehicle_connection" | "socket_error";
        };
        /** @description Vehicle → server: telemetry over the socket, same rules as REST. */
        WsError: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["ErrorReport"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "error";
        };
        /** @description Server → frontend: a stored error report. */
        WsErrorReport: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["ErrorEvent"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "error_report";
        };
        /** @description Frontend → server: send a command to a vehicle (operator or admin). */
        WsFrontendCommand: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["FrontendCommand"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "command";
        };
        /** @description Vehicle → server: telemetry over the socket, same rules as REST. */
        WsLocation: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["LocationReport"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "location";
        };
        /** @description Server → frontend: a stored location. */
        WsLocationUpdate: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["LocationEvent"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "location_update";
        };
        /** @description Server → client: a message was refused; the socket stays open. */
        WsSocketError: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["SocketError"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "socket_error";
        };
        /** @description Vehicle → server: telemetry over the socket, same rules as REST. */
        WsStatus: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["StatusReport"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "status";
        };
        /** @description Server → frontend: a stored status. */
        WsStatusUpdate: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["StatusEvent"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "status_update";
        };
        /** @description Frontend → server: add subscriptions. */
        WsSubscribe: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["SubscriptionRequest"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "subscribe";
        };
        /** @description Server → frontend: the socket's subscriptions after a subscribe or unsubscribe. */
        WsSubscriptions: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["SubscriptionState"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "subscriptions";
        };
        /** @description Frontend → server: remove subscriptions. */
        WsUnsubscribe: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["SubscriptionRequest"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "unsubscribe";
        };
        /** @description Server → vehicle: a command to execute; answer with `ack`. */
        WsVehicleCommand: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["VehicleCommand"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "command";
        };
        /** @description Server → frontend: a vehicle's socket connected or disconnected. */
        WsVehicleConnection: {
            /** @description Sender-chosen message id (a UUID for server messages). */
            id: string;
            payload: components["schemas"]["ConnectionEvent"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            timestamp: string;
            /** @enum {string} */
            type: "vehicle_connection";
        };
    };
    responses: {
        /** @description The request is invalid: malformed JSON, wrong content type, schema violation (every failing JSON pointer in `details.violations`), or a rule of the contract (timestamp window, state machine, error catalogue). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "VALIDATION_FAILED",
                 *         "message": "request body does not match schema LocationReport",
                 *         "details": {
                 *           "violations": [
                 *             {
                 *               "pointer": "/latitude",
                 *               "message": "123.0 is greater than the maximum of 90"
                 *             }
                 *           ]
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The resource exists already, or the command is not allowed in the vehicle's state. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "CONFLICT",
                 *         "message": "vehicle AV-001 exists already",
                 *         "details": {
                 *           "vehicle_id": "AV-001"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The caller's role or vehicle binding does not allow this. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "FORBIDDEN",
                 *         "message": "a vehicle token may only act for its own vehicle",
                 *         "details": {}
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unexpected server error; the request id identifies its log lines. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "INTERNAL_ERROR",
                 *         "message": "internal error",
                 *         "details": {}
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No such resource. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "VEHICLE_NOT_FOUND",
                 *         "message": "vehicle AV-404 is not registered",
                 *         "details": {}
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The body exceeds the endpoint's size limit, or a bulk upload holds more than 1000 messages. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "PAYLOAD_TOO_LARGE",
                 *         "message": "an upload holds at most 1000 messages; this one has 1001",
                 *         "details": {
                 *           "max_messages": 1000,
                 *           "messages": 1001
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A dependency (the database) is down; retry later. Nothing was stored. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "DATABASE_UNAVAILABLE",
                 *         "message": "the database is unavailable; retry later",
                 *         "details": {}
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Rate limit exceeded; retry after the number of seconds in `Retry-After`. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "RATE_LIMITED",
                 *         "message": "too many location reports for this vehicle; retry in 1 s",
                 *         "details": {
                 *           "limit": "location",
                 *           "interval_ms": 1000,
                 *           "retry_after_s": 1
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Missing, malformed, expired or forged bearer token, or wrong credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "UNAUTHORIZED",
                 *         "message": "missing or invalid bearer token",
                 *         "details": {}
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Opaque cursor from a previous page's `next_cursor`. */
        Cursor: string;
        /** @description Start of the time range (inclusive). */
        From: string;
        /** @description Page size, 1 to 1000 (default 100). */
        Limit: number;
        /** @description End of the time range (exclusive). */
        To: string;
        /** @description Bearer token, for clients that cannot set the Authorization header (browsers' WebSocket and EventSource). */
        Token: string;
        VehicleIdPath: components["schemas"]["VehicleId"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    alert_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Start of the time range (inclusive). */
                from?: components["parameters"]["From"];
                kind?: components["schemas"]["AlertKind"];
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
                severity?: components["schemas"]["ErrorSeverity"];
                status?: components["schemas"]["AlertStatus"];
                /** @description End of the time range (exclusive). */
                to?: components["parameters"]["To"];
                vehicle_id?: components["schemas"]["VehicleId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "alert_id": "3b1f7e52-9a0c-4f1e-8d2a-6c5b4a3f2e10",
                     *           "vehicle_id": "AV-001",
                     *           "kind": "emergency_stop",
                     *           "severity": "CRITICAL",
                     *           "status": "open",
                     *           "state": "emergency_stop",
                     *           "message": "vehicle AV-001 is in emergency stop",
                     *           "count": 1,
                     *           "raised_at": "2026-11-22T12:00:00.000Z",
                     *           "last_raised_at": "2026-11-22T12:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AlertPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    alert_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alert_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "Floor staff on the way."
                 *     }
                 */
                "application/json": components["schemas"]["AlertAcknowledge"];
            };
        };
        responses: {
            /** @description Acknowledged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "alert_id": "3b1f7e52-9a0c-4f1e-8d2a-6c5b4a3f2e10",
                     *       "vehicle_id": "AV-001",
                     *       "kind": "emergency_stop",
                     *       "severity": "CRITICAL",
                     *       "status": "acknowledged",
                     *       "state": "emergency_stop",
                     *       "message": "vehicle AV-001 is in emergency stop",
                     *       "count": 1,
                     *       "raised_at": "2026-11-22T12:00:00.000Z",
                     *       "last_raised_at": "2026-11-22T12:00:00.000Z",
                     *       "acknowledged_at": "2026-11-22T12:01:00.000Z",
                     *       "acknowledged_by": "ops-console"
                     *     }
                     */
                    "application/json": components["schemas"]["Alert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    audit_log_list: {
        parameters: {
            query?: {
                action?: string;
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Start of the time range (inclusive). */
                from?: components["parameters"]["From"];
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
                /** @description End of the time range (exclusive). */
                to?: components["parameters"]["To"];
                vehicle_id?: components["schemas"]["VehicleId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "audit_id": 77,
                     *           "at": "2026-11-22T12:00:00.000Z",
                     *           "actor": "ops-console",
                     *           "action": "command.emergency_stop",
                     *           "vehicle_id": "AV-001",
                     *           "target": "6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60",
                     *           "details": {
                     *             "reason": "person in aisle"
                     *           },
                     *           "request_id": "0b6f3c1e-5d2a-4f8b-9c7e-2a1d3f4b5c6d"
                     *         }
                     *       ],
                     *       "next_cursor": "eyJ0IjoiMjAyNi0xMS0yMlQxMjowMDowMC4wMDBaIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    token_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "refresh_token": "rt_3f9c2b7e5d4a41b0a6c8e2f1d0b9a7c6"
                 *     }
                 */
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Tokens issued */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJBVi0wMDEifQ.c2lnbmF0dXJl",
                     *       "token_type": "Bearer",
                     *       "expires_in": 86400,
                     *       "refresh_token": "rt_8a1d6f3c2b9e4d7fa0c5b1e2d3f4a5b6",
                     *       "refresh_expires_in": 2592000
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    token_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "AV-001",
                 *       "client_secret": "s3cr3t-from-tvm-cli-client-create"
                 *     }
                 */
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Tokens issued */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJBVi0wMDEifQ.c2lnbmF0dXJl",
                     *       "token_type": "Bearer",
                     *       "expires_in": 86400,
                     *       "refresh_token": "rt_8a1d6f3c2b9e4d7fa0c5b1e2d3f4a5b6",
                     *       "refresh_expires_in": 2592000
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    client_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "client_id": "ops-console",
                     *           "role": "operator",
                     *           "created_at": "2026-11-01T08:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ClientPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    client_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "AV-001",
                 *       "role": "vehicle",
                 *       "vehicle_id": "AV-001"
                 *     }
                 */
                "application/json": components["schemas"]["ClientCreate"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "client_id": "AV-001",
                     *       "role": "vehicle",
                     *       "vehicle_id": "AV-001",
                     *       "client_secret": "k7Qw2vJx9LmNp4RtYz8BcDfGh3KsUe6W"
                     *     }
                     */
                    "application/json": components["schemas"]["ClientCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    client_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    docking_stats_list: {
        parameters: {
            query?: {
                station_id?: string;
                vehicle_id?: components["schemas"]["VehicleId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "vehicle_id": "AV-001",
                     *           "station_id": "DOCK-3",
                     *           "attempts": 40,
                     *           "succeeded": 38,
                     *           "failed": 2,
                     *           "success_rate": 0.95
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DockingStatsList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    error_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Start of the time range (inclusive). */
                from?: components["parameters"]["From"];
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
                resolved?: boolean;
                severity?: components["schemas"]["ErrorSeverity"];
                /** @description End of the time range (exclusive). */
                to?: components["parameters"]["To"];
                vehicle_id?: components["schemas"]["VehicleId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "error_id": 1042,
                     *           "vehicle_id": "AV-001",
                     *           "received_at": "2026-11-22T12:00:00.000Z",
                     *           "report": {
                     *             "timestamp": "2026-11-22T12:00:00.000Z",
                     *             "code": "SAFETY_BUMPER_HIT",
                     *             "severity": "CRITICAL",
                     *             "subsystem": "safety",
                     *             "description": "Front bumper contact"
                     *           },
                     *           "resolved_at": "2026-11-22T12:10:00.000Z",
                     *           "resolved_by": "ops-console"
                     *         }
                     *       ],
                     *       "next_cursor": "eyJ0IjoiMjAyNi0xMS0yMlQxMjowMDowMC4wMDBaIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    error_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                error_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "Cleared by floor staff; no damage."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResolve"];
            };
        };
        responses: {
            /** @description Resolved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_id": 1042,
                     *       "vehicle_id": "AV-001",
                     *       "received_at": "2026-11-22T12:00:00.000Z",
                     *       "report": {
                     *         "timestamp": "2026-11-22T12:00:00.000Z",
                     *         "code": "SAFETY_BUMPER_HIT",
                     *         "severity": "CRITICAL",
                     *         "subsystem": "safety",
                     *         "description": "Front bumper contact"
                     *       },
                     *       "resolved_at": "2026-11-22T12:10:00.000Z",
                     *       "resolved_by": "ops-console"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    fleet_snapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fleet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "as_of": "2026-11-22T12:00:00.120Z",
                     *       "count": 1,
                     *       "vehicles": [
                     *         {
                     *           "vehicle_id": "AV-001",
                     *           "name": "Warehouse tug 1",
                     *           "online": true,
                     *           "state": "navigating",
                     *           "state_since": "2026-11-22T11:58:00.000Z",
                     *           "location": {
                     *             "timestamp": "2026-11-22T12:00:00.000Z",
                     *             "latitude": 48.1372,
                     *             "longitude": 11.5756,
                     *             "heading": 92.5,
                     *             "speed": 4.2
                     *           },
                     *           "battery": {
                     *             "timestamp": "2026-11-22T11:59:55.000Z",
                     *             "soc": 76.5,
                     *             "voltage": 51.8
                     *           },
                     *           "decommissioned": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FleetSnapshot"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    location_history_list: {
        parameters: {
            query: {
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Start of the time range (inclusive). */
                from?: components["parameters"]["From"];
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
                /** @description End of the time range (exclusive). */
                to?: components["parameters"]["To"];
                /** @description Vehicle ids, 1 to 100, comma-separated (`style: form, explode: false`); the parameter may also be repeated (`explode: true`) and the lists are joined. */
                vehicle_ids: components["schemas"]["VehicleId"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "vehicle_id": "AV-001",
                     *           "received_at": "2026-11-22T12:00:00.004Z",
                     *           "report": {
                     *             "timestamp": "2026-11-22T12:00:00.000Z",
                     *             "latitude": 48.1372,
                     *             "longitude": 11.5756,
                     *             "heading": 92.5,
                     *             "speed": 4.2,
                     *             "accuracy": 0.8,
                     *             "altitude": 519
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "eyJ0IjoiMjAyNi0xMS0yMlQxMjowMDowMC4wMDBaIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["LocationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    location_tracks: {
        parameters: {
            query: {
                /** @description Start of the time range (inclusive). */
                from?: components["parameters"]["From"];
                /** @description End of the time range (exclusive). */
                to?: components["parameters"]["To"];
                /** @description Vehicle ids, 1 to 100, comma-separated (`style: form, explode: false`); the parameter may also be repeated (`explode: true`) and the lists are joined. */
                vehicle_ids: components["schemas"]["VehicleId"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One track per requested vehicle. As JSON (the default), a `LocationTracks` object. As `application/vnd.apache.arrow.stream`, an Apache Arrow IPC stream whose schema has the columns `vehicle_id` (dictionary-encoded utf8), `t` (timestamp in milliseconds, UTC), `latitude`, `longitude`, `heading`, `speed` and `accuracy` (float64, the units of `LocationTrack`), and the metadata `from` and `to` (RFC 3339, the range read); then one record batch per vehicle that has points in the range, in `vehicle_id` order, its rows oldest first. A vehicle without points has no batch. */
            200: {
                headers: {
                    /** @description `Accept`: the form of the answer depends on it. */
                    Vary?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-11-22T11:00:00Z",
                     *       "to": "2026-11-22T12:00:00Z",
                     *       "tracks": [
                     *         {
                     *           "vehicle_id": "AV-001",
                     *           "points": 3,
                     *           "t": [
                     *             1795345200000,
                     *             1795345201000,
                     *             1795345202000
                     *           ],
                     *           "latitude": [
                     *             48.1372,
                     *             48.13721,
                     *             48.13723
                     *           ],
                     *           "longitude": [
                     *             11.5756,
                     *             11.57562,
                     *             11.57565
                     *           ],
                     *           "heading": [
                     *             92.5,
                     *             92.5,
                     *             93
                     *           ],
                     *           "speed": [
                     *             4.2,
                     *             4.3,
                     *             4.3
                     *           ],
                     *           "accuracy": [
                     *             0.8,
                     *             0.8,
                     *             0.7
                     *           ]
                     *         },
                     *         {
                     *           "vehicle_id": "AV-002",
                     *           "points": 0,
                     *           "t": [],
                     *           "latitude": [],
                     *           "longitude": [],
                     *           "heading": [],
                     *           "speed": [],
                     *           "accuracy": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LocationTracks"];
                    "application/vnd.apache.arrow.stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    mission_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
                status?: components["schemas"]["MissionStatus"];
                vehicle_id?: components["schemas"]["VehicleId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "mission_id": "M-2026-0042",
                     *           "vehicle_id": "AV-001",
                     *           "reservation_id": "R-7781",
                     *           "status": "active",
                     *           "priority": "high",
                     *           "pickup": {
                     *             "latitude": 48.1372,
                     *             "longitude": 11.5756
                     *           },
                     *           "destination": {
                     *             "latitude": 48.139,
                     *             "longitude": 11.5801
                     *           },
                     *           "created_at": "2026-11-22T12:00:00.000Z",
                     *           "start_time": "2026-11-22T12:00:01.000Z",
                     *           "command_id": "6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MissionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    mission_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mission_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mission */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mission_id": "M-2026-0042",
                     *       "vehicle_id": "AV-001",
                     *       "reservation_id": "R-7781",
                     *       "status": "active",
                     *       "priority": "high",
                     *       "pickup": {
                     *         "latitude": 48.1372,
                     *         "longitude": 11.5756
                     *       },
                     *       "destination": {
                     *         "latitude": 48.139,
                     *         "longitude": 11.5801
                     *       },
                     *       "created_at": "2026-11-22T12:00:00.000Z",
                     *       "start_time": "2026-11-22T12:00:01.000Z",
                     *       "command_id": "6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/json": components["schemas"]["Mission"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reservation_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
                status?: components["schemas"]["ReservationStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "reservation_id": "R-7781",
                     *           "pickup": {
                     *             "latitude": 48.1372,
                     *             "longitude": 11.5756
                     *           },
                     *           "destination": {
                     *             "latitude": 48.139,
                     *             "longitude": 11.5801
                     *           },
                     *           "pickup_after": "2026-11-22T13:00:00.000Z",
                     *           "customer_ref": "order-55812",
                     *           "status": "pending",
                     *           "created_at": "2026-11-22T12:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReservationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reservation_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reservation_id": "R-7781",
                 *       "pickup": {
                 *         "latitude": 48.1372,
                 *         "longitude": 11.5756
                 *       },
                 *       "destination": {
                 *         "latitude": 48.139,
                 *         "longitude": 11.5801
                 *       },
                 *       "pickup_after": "2026-11-22T13:00:00.000Z",
                 *       "customer_ref": "order-55812"
                 *     }
                 */
                "application/json": components["schemas"]["ReservationCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reservation_id": "R-7781",
                     *       "pickup": {
                     *         "latitude": 48.1372,
                     *         "longitude": 11.5756
                     *       },
                     *       "destination": {
                     *         "latitude": 48.139,
                     *         "longitude": 11.5801
                     *       },
                     *       "pickup_after": "2026-11-22T13:00:00.000Z",
                     *       "customer_ref": "order-55812",
                     *       "status": "pending",
                     *       "created_at": "2026-11-22T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    stream_open: {
        parameters: {
            query?: {
                /** @description Bearer token, for clients that cannot set the Authorization header (browsers' WebSocket and EventSource). */
                token?: components["parameters"]["Token"];
                /** @description Vehicle ids, comma-separated (`style: form, explode: false`; the parameter may also be repeated), or `*` (the default) for the whole fleet. At most 1000 ids, and the query within 4096 characters so the request head stays within the HTTP layer's limits (longer lists: subscribe to `*`, or use the fleet socket's `subscribe`). */
                vehicle_ids?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless `text/event-stream`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example event: location_update
                     *     data: {"type":"location_update","id":"…","timestamp":"2026-11-22T12:00:00.004Z","payload":{…}}
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    battery_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "timestamp": "2026-11-22T12:00:00.000Z",
                 *       "soc": 76.5,
                 *       "voltage": 51.8,
                 *       "current": -12.4,
                 *       "temperature": 31
                 *     }
                 */
                "application/json": components["schemas"]["BatteryReport"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "received_at": "2026-11-22T12:00:00.004Z"
                     *     }
                     */
                    "application/json": components["schemas"]["IngestReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    telemetry_bulk_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "messages": [
                 *         {
                 *           "type": "location",
                 *           "data": {
                 *             "timestamp": "2026-11-22T11:00:00.000Z",
                 *             "latitude": 48.1372,
                 *             "longitude": 11.5756,
                 *             "heading": 90,
                 *             "speed": 3.9,
                 *             "accuracy": 1.1
                 *           }
                 *         },
                 *         {
                 *           "type": "battery",
                 *           "data": {
                 *             "timestamp": "2026-11-22T11:00:00.000Z",
                 *             "soc": 80,
                 *             "voltage": 52.1,
                 *             "current": -10,
                 *             "temperature": 29.5
                 *           }
                 *         },
                 *         {
                 *           "type": "status",
                 *           "data": {
                 *             "timestamp": "2026-11-22T11:00:01.000Z",
                 *             "state": "idle"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BulkUpload"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "processed": 3,
                     *       "inserted": 2,
                     *       "skipped": 1
                     *     }
                     */
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    docking_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "timestamp": "2026-11-22T12:00:00.000Z",
                 *       "phase": "aligning",
                 *       "station_id": "DOCK-3",
                 *       "mission_id": "M-2026-0042"
                 *     }
                 */
                "application/json": components["schemas"]["DockingReport"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "received_at": "2026-11-22T12:00:00.004Z"
                     *     }
                     */
                    "application/json": components["schemas"]["IngestReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    error_report_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "timestamp": "2026-11-22T12:00:00.000Z",
                 *       "code": "NAV_PATH_BLOCKED",
                 *       "severity": "WARNING",
                 *       "subsystem": "navigation",
                 *       "location": {
                 *         "lat": 48.1372,
                 *         "lon": 11.5756
                 *       },
                 *       "description": "Pallet blocking aisle 7; replanning."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorReport"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "received_at": "2026-11-22T12:00:00.004Z"
                     *     }
                     */
                    "application/json": components["schemas"]["IngestReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    location_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "timestamp": "2026-11-22T12:00:00.000Z",
                 *       "latitude": 48.1372,
                 *       "longitude": 11.5756,
                 *       "heading": 92.5,
                 *       "speed": 4.2,
                 *       "accuracy": 0.8,
                 *       "altitude": 519
                 *     }
                 */
                "application/json": components["schemas"]["LocationReport"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "received_at": "2026-11-22T12:00:00.004Z"
                     *     }
                     */
                    "application/json": components["schemas"]["IngestReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    status_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "timestamp": "2026-11-22T12:00:00.000Z",
                 *       "state": "navigating",
                 *       "mission_id": "M-2026-0042"
                 *     }
                 */
                "application/json": components["schemas"]["StatusReport"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "received_at": "2026-11-22T12:00:00.004Z"
                     *     }
                     */
                    "application/json": components["schemas"]["IngestReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    vehicle_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Also list decommissioned vehicles. */
                include_decommissioned?: boolean;
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of vehicles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "vehicle_id": "AV-001",
                     *           "name": "Warehouse tug 1",
                     *           "online": true,
                     *           "state": "navigating",
                     *           "state_since": "2026-11-22T11:58:00.000Z",
                     *           "location": {
                     *             "timestamp": "2026-11-22T12:00:00.000Z",
                     *             "latitude": 48.1372,
                     *             "longitude": 11.5756,
                     *             "heading": 92.5,
                     *             "speed": 4.2
                     *           },
                     *           "battery": {
                     *             "timestamp": "2026-11-22T11:59:55.000Z",
                     *             "soc": 76.5,
                     *             "voltage": 51.8
                     *           },
                     *           "decommissioned": false
                     *         }
                     *       ],
                     *       "next_cursor": "eyJ0IjoiMjAyNi0xMS0yMlQxMjowMDowMC4wMDBaIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["VehiclePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    vehicle_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "vehicle_id": "AV-001",
                 *       "name": "Warehouse tug 1"
                 *     }
                 */
                "application/json": components["schemas"]["VehicleCreate"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "vehicle_id": "AV-001",
                     *       "name": "Warehouse tug 1",
                     *       "created_at": "2026-11-01T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Vehicle"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    vehicle_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vehicle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "vehicle_id": "AV-001",
                     *       "name": "Warehouse tug 1",
                     *       "online": true,
                     *       "state": "navigating",
                     *       "state_since": "2026-11-22T11:58:00.000Z",
                     *       "location": {
                     *         "timestamp": "2026-11-22T12:00:00.000Z",
                     *         "latitude": 48.1372,
                     *         "longitude": 11.5756,
                     *         "heading": 92.5,
                     *         "speed": 4.2
                     *       },
                     *       "battery": {
                     *         "timestamp": "2026-11-22T11:59:55.000Z",
                     *         "soc": 76.5,
                     *         "voltage": 51.8
                     *       },
                     *       "decommissioned": false
                     *     }
                     */
                    "application/json": components["schemas"]["VehicleSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    vehicle_decommission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Decommissioned */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    vehicle_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Warehouse tug 1 (north hall)"
                 *     }
                 */
                "application/json": components["schemas"]["VehicleUpdate"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "vehicle_id": "AV-001",
                     *       "name": "Warehouse tug 1",
                     *       "created_at": "2026-11-01T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Vehicle"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    vehicle_battery_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Start of the time range (inclusive). */
                from?: components["parameters"]["From"];
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
                /** @description End of the time range (exclusive). */
                to?: components["parameters"]["To"];
            };
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "vehicle_id": "AV-001",
                     *           "received_at": "2026-11-22T12:00:00.004Z",
                     *           "report": {
                     *             "timestamp": "2026-11-22T12:00:00.000Z",
                     *             "soc": 76.5,
                     *             "voltage": 51.8,
                     *             "current": -12.4,
                     *             "temperature": 31
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "eyJ0IjoiMjAyNi0xMS0yMlQxMjowMDowMC4wMDBaIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["BatteryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    battery_health_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Health */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "vehicle_id": "AV-001",
                     *       "cycle_count": 212.4,
                     *       "readings": 48211,
                     *       "full_charge_voltage_initial": 54.6,
                     *       "full_charge_voltage_recent": 53.9,
                     *       "voltage_degradation_pct": 1.28,
                     *       "max_temperature": 41.5,
                     *       "last_reading_at": "2026-11-22T12:00:00.000Z",
                     *       "maintenance_due": false
                     *     }
                     */
                    "application/json": components["schemas"]["BatteryHealth"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    command_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Start of the time range (inclusive). */
                from?: components["parameters"]["From"];
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
                /** @description End of the time range (exclusive). */
                to?: components["parameters"]["To"];
            };
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "command_id": "6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60",
                     *           "vehicle_id": "AV-001",
                     *           "command": "emergency_stop",
                     *           "params": {
                     *             "reason": "person in aisle"
                     *           },
                     *           "priority": "urgent",
                     *           "status": "acknowledged",
                     *           "issued_by": "ops-console",
                     *           "issued_at": "2026-11-22T12:00:00.000Z",
                     *           "expires_at": "2026-11-22T12:05:00.000Z",
                     *           "attempts": 1,
                     *           "updated_at": "2026-11-22T12:00:00.150Z"
                     *         }
                     *       ],
                     *       "next_cursor": "eyJ0IjoiMjAyNi0xMS0yMlQxMjowMDowMC4wMDBaIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["CommandPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    command_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "command": "dispatch",
                 *       "command_id": "6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60",
                 *       "params": {
                 *         "mission_id": "M-2026-0042",
                 *         "pickup": {
                 *           "latitude": 48.1372,
                 *           "longitude": 11.5756,
                 *           "station_id": "RACK-12"
                 *         },
                 *         "destination": {
                 *           "latitude": 48.139,
                 *           "longitude": 11.5801,
                 *           "station_id": "DOCK-3"
                 *         },
                 *         "priority": "high"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CommandCreate"];
            };
        };
        responses: {
            /** @description Accepted: stored and queued, or already known under this command_id (its current status) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "command_id": "6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60",
                     *       "status": "queued"
                     *     }
                     */
                    "application/json": components["schemas"]["CommandAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    command_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                command_id: string;
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "command_id": "6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60",
                     *       "vehicle_id": "AV-001",
                     *       "command": "emergency_stop",
                     *       "params": {
                     *         "reason": "person in aisle"
                     *       },
                     *       "priority": "urgent",
                     *       "status": "acknowledged",
                     *       "issued_by": "ops-console",
                     *       "issued_at": "2026-11-22T12:00:00.000Z",
                     *       "expires_at": "2026-11-22T12:05:00.000Z",
                     *       "attempts": 1,
                     *       "updated_at": "2026-11-22T12:00:00.150Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CommandRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    vehicle_docking_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Start of the time range (inclusive). */
                from?: components["parameters"]["From"];
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
                /** @description End of the time range (exclusive). */
                to?: components["parameters"]["To"];
            };
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "vehicle_id": "AV-001",
                     *           "received_at": "2026-11-22T12:00:00.004Z",
                     *           "report": {
                     *             "timestamp": "2026-11-22T12:00:00.000Z",
                     *             "phase": "aligning",
                     *             "station_id": "DOCK-3",
                     *             "mission_id": "M-2026-0042"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "eyJ0IjoiMjAyNi0xMS0yMlQxMjowMDowMC4wMDBaIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["DockingPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    vehicle_location_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Start of the time range (inclusive). */
                from?: components["parameters"]["From"];
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
                /** @description End of the time range (exclusive). */
                to?: components["parameters"]["To"];
            };
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "vehicle_id": "AV-001",
                     *           "received_at": "2026-11-22T12:00:00.004Z",
                     *           "report": {
                     *             "timestamp": "2026-11-22T12:00:00.000Z",
                     *             "latitude": 48.1372,
                     *             "longitude": 11.5756,
                     *             "heading": 92.5,
                     *             "speed": 4.2,
                     *             "accuracy": 0.8,
                     *             "altitude": 519
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "eyJ0IjoiMjAyNi0xMS0yMlQxMjowMDowMC4wMDBaIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["LocationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    vehicle_status_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Start of the time range (inclusive). */
                from?: components["parameters"]["From"];
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
                /** @description End of the time range (exclusive). */
                to?: components["parameters"]["To"];
            };
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "vehicle_id": "AV-001",
                     *           "received_at": "2026-11-22T12:00:00.004Z",
                     *           "report": {
                     *             "timestamp": "2026-11-22T12:00:00.000Z",
                     *             "state": "navigating",
                     *             "mission_id": "M-2026-0042"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "eyJ0IjoiMjAyNi0xMS0yMlQxMjowMDowMC4wMDBaIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["StatusPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    webhook_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every webhook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "webhook_id": "5d2c8f1a-7b3e-4c9d-a1f0-2e6b8c4d9a17",
                     *           "url": "https://ops.example.org/tvm-alerts",
                     *           "description": "on-call pager bridge",
                     *           "created_at": "2026-11-22T12:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    webhook_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://ops.example.org/tvm-alerts",
                 *       "description": "on-call pager bridge"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description Created; the secret is shown only here */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "webhook_id": "5d2c8f1a-7b3e-4c9d-a1f0-2e6b8c4d9a17",
                     *       "url": "https://ops.example.org/tvm-alerts",
                     *       "description": "on-call pager bridge",
                     *       "created_at": "2026-11-22T12:00:00.000Z",
                     *       "secret": "whsec_4f9d1c2b7a8e6f3d0c5b9a1e7d2c8f4b"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    webhook_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    webhook_delivery_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `next_cursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 1000 (default 100). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "delivery_id": "8e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
                     *           "webhook_id": "5d2c8f1a-7b3e-4c9d-a1f0-2e6b8c4d9a17",
                     *           "alert_id": "3b1f7e52-9a0c-4f1e-8d2a-6c5b4a3f2e10",
                     *           "status": "delivered",
                     *           "attempts": 2,
                     *           "last_status_code": 200,
                     *           "delivered_at": "2026-11-22T12:00:03.000Z",
                     *           "created_at": "2026-11-22T12:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    health_view: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "version": "0.1.0",
                     *       "uptime_s": 3600,
                     *       "checks": {
                     *         "database": {
                     *           "status": "ok",
                     *           "latency_ms": 0.8
                     *         },
                     *         "redis": {
                     *           "status": "disabled"
                     *         },
                     *         "jobs": {
                     *           "status": "ok"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    fleet_socket_open: {
        parameters: {
            query?: {
                /** @description Bearer token, for clients that cannot set the Authorization header (browsers' WebSocket and EventSource). */
                token?: components["parameters"]["Token"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching to the WebSocket protocol */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    vehicle_socket_open: {
        parameters: {
            query?: {
                /** @description Bearer token, for clients that cannot set the Authorization header (browsers' WebSocket and EventSource). */
                token?: components["parameters"]["Token"];
            };
            header?: never;
            path: {
                vehicle_id: components["parameters"]["VehicleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching to the WebSocket protocol */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
