-- V2: alerts as a resource (issue 17). One alert per vehicle and kind is in
-- force (open or acknowledged) at a time: the partial unique index makes a
-- second raise, from any instance, a repeat (count + 1) instead of a new row.
-- Works with V1's code: nothing there reads or writes this table.

CREATE TABLE alerts (
    alert_id        uuid PRIMARY KEY,
    vehicle_id      text NOT NULL REFERENCES vehicles (vehicle_id),
    kind            text NOT NULL CHECK (kind IN ('state_error', 'emergency_stop', 'critical_error',
                        'vehicle_offline', 'battery_low', 'maintenance_due', 'command_timed_out')),
    severity        text NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'ERROR', 'CRITICAL')),
    status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'cleared')),
    vehicle_state   text,
    error_code      text,
    command_id      uuid,
    message         text NOT NULL,
    count           integer NOT NULL DEFAULT 1 CHECK (count >= 1),
    raised_at       timestamptz NOT NULL,
    last_raised_at  timestamptz NOT NULL,
    acknowledged_at timestamptz,
    acknowledged_by text,
    cleared_at      timestamptz
);
CREATE UNIQUE INDEX alerts_in_force ON alerts (vehicle_id, kind) WHERE status <> 'cleared';
CREATE INDEX alerts_last_raised ON alerts (last_raised_at DESC, alert_id DESC);
