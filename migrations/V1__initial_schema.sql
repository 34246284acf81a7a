-- V1: every table of the contract (REQUIREMENTS §6).
-- High-volume telemetry (locations, status, battery) is range-partitioned by
-- day on "timestamp" so retention can detach whole days into the archive
-- tables instead of mass-deleting; a DEFAULT partition catches anything
-- outside the prepared range so an insert never fails for lack of a partition.

CREATE TABLE vehicles (
    vehicle_id        text PRIMARY KEY CHECK (vehicle_id ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$'),
    name              text CHECK (char_length(name) BETWEEN 1 AND 128),
    created_at        timestamptz NOT NULL DEFAULT now(),
    decommissioned_at timestamptz
);

-- API clients (the requirements' "users"): vehicles, operators, admins.
CREATE TABLE users (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id   text NOT NULL UNIQUE CHECK (char_length(client_id) BETWEEN 1 AND 128),
    email       text UNIQUE,
    secret_hash text NOT NULL,                     -- argon2id PHC string
    role        text NOT NULL CHECK (role IN ('vehicle', 'operator', 'admin')),
    vehicle_id  text REFERENCES vehicles (vehicle_id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz,
    CHECK ((role = 'vehicle') = (vehicle_id IS NOT NULL))
);

CREATE TABLE refresh_tokens (
    id          uuid PRIMARY KEY,
    family_id   uuid NOT NULL,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  bytea NOT NULL UNIQUE,             -- SHA-256 of the token; the token itself is never stored
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    replaced_by uuid
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

CREATE TABLE vehicle_locations (
    vehicle_id  text NOT NULL REFERENCES vehicles (vehicle_id),
    "timestamp" timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    latitude    double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude   double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    heading     double precision NOT NULL CHECK (heading >= 0 AND heading < 360),
    speed       double precision NOT NULL CHECK (speed >= 0),
    accuracy    double precision NOT NULL CHECK (accuracy >= 0),
    altitude    double precision,
    PRIMARY KEY (vehicle_id, "timestamp")
) PARTITION BY RANGE ("timestamp");

CREATE TABLE vehicle_status (
    vehicle_id    text NOT NULL REFERENCES vehicles (vehicle_id),
    "timestamp"   timestamptz NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    state         text NOT NULL CHECK (state IN ('idle', 'navigating', 'docking', 'charging', 'error', 'emergency_stop')),
    mission_id    text,
    error_code    text,
    error_message text,
    PRIMARY KEY (vehicle_id, "timestamp")
) PARTITION BY RANGE ("timestamp");

CREATE TABLE vehicle_battery (
    vehicle_id  text NOT NULL REFERENCES vehicles (vehicle_id),
    "timestamp" timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    soc         double precision NOT NULL CHECK (soc BETWEEN 0 AND 100),
    voltage     double precision NOT NULL CHECK (voltage > 0),
    current     double precision NOT NULL,
    temperature double precision NOT NULL CHECK (temperature BETWEEN -40 AND 100),
    PRIMARY KEY (vehicle_id, "timestamp")
) PARTITION BY RANGE ("timestamp");

-- Archives have the live tables' shape; retention attaches detached days here.
CREATE TABLE vehicle_locations_archive (LIKE vehicle_locations INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
    PRIMARY KEY (vehicle_id, "timestamp")) PARTITION BY RANGE ("timestamp");
CREATE TABLE vehicle_status_archive (LIKE vehicle_status INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
    PRIMARY KEY (vehicle_id, "timestamp")) PARTITION BY RANGE ("timestamp");

CREATE TABLE vehicle_errors (
    error_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vehicle_id      text NOT NULL REFERENCES vehicles (vehicle_id),
    "timestamp"     timestamptz NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now(),
    code            text NOT NULL,
    severity        text NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'ERROR', 'CRITICAL')),
    subsystem       text NOT NULL,
    location_lat    double precision CHECK (location_lat BETWEEN -90 AND 90),
    location_lon    double precision CHECK (location_lon BETWEEN -180 AND 180),
    description     text NOT NULL,
    resolved_at     timestamptz,
    resolved_by     text,
    resolution_note text,
    UNIQUE (vehicle_id, "timestamp")
);
CREATE INDEX vehicle_errors_vehicle_ts_severity ON vehicle_errors (vehicle_id, "timestamp", severity);
CREATE INDEX vehicle_errors_unresolved ON vehicle_errors ("timestamp") WHERE resolved_at IS NULL;

CREATE TABLE vehicle_docking (
    vehicle_id  text NOT NULL REFERENCES vehicles (vehicle_id),
    "timestamp" timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    phase       text NOT NULL CHECK (phase IN ('approaching', 'aligning', 'docking', 'docked', 'undocking', 'failed')),
    station_id  text NOT NULL,
    mission_id  text,
    PRIMARY KEY (vehicle_id, "timestamp")
);
CREATE INDEX vehicle_docking_station ON vehicle_docking (station_id, "timestamp");

-- Derived analytics, updated as telemetry arrives.
CREATE TABLE battery_health (
    vehicle_id                  text PRIMARY KEY REFERENCES vehicles (vehicle_id),
    cycle_count                 double precision NOT NULL DEFAULT 0,
    readings                    bigint NOT NULL DEFAULT 0,
    last_soc                    double precision,
    full_charge_voltage_initial double precision,
    initial_samples             integer NOT NULL DEFAULT 0,
    full_charge_voltage_recent  double precision,
    max_temperature             double precision,
    last_reading_at             timestamptz,
    updated_at                  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE docking_stats (
    vehicle_id text NOT NULL REFERENCES vehicles (vehicle_id),
    station_id text NOT NULL,
    attempts   bigint NOT NULL DEFAULT 0,
    succeeded  bigint NOT NULL DEFAULT 0,
    failed     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (vehicle_id, station_id)
);

CREATE TABLE reservations (
    reservation_id text PRIMARY KEY,
    pickup         jsonb NOT NULL,
    destination    jsonb NOT NULL,
    pickup_after   timestamptz NOT NULL,
    customer_ref   text,
    status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'assigned', 'fulfilled', 'cancelled')),
    mission_id     text,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE commands (
    command_id  uuid PRIMARY KEY,
    seq         bigint GENERATED ALWAYS AS IDENTITY UNIQUE,   -- delivery order
    vehicle_id  text NOT NULL REFERENCES vehicles (vehicle_id),
    command     text NOT NULL CHECK (command IN ('dispatch', 'cancel', 'emergency_stop', 'resume', 'configure')),
    params      jsonb NOT NULL,
    priority    text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    status      text NOT NULL CHECK (status IN ('queued', 'sent', 'acknowledged', 'rejected', 'completed', 'timed_out', 'dropped')),
    issued_by   text NOT NULL,
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    attempts    integer NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    reason      text,
    detail      text
);
CREATE INDEX commands_vehicle_issued ON commands (vehicle_id, issued_at DESC);
CREATE INDEX commands_pending ON commands (vehicle_id, seq) WHERE status IN ('queued', 'sent');

CREATE TABLE missions (
    mission_id     text PRIMARY KEY,
    vehicle_id     text NOT NULL REFERENCES vehicles (vehicle_id),
    reservation_id text REFERENCES reservations (reservation_id),
    command_id     uuid NOT NULL REFERENCES commands (command_id),
    status         text NOT NULL CHECK (status IN ('pending', 'active', 'completed', 'cancelled', 'failed')),
    priority       text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    pickup         jsonb NOT NULL,
    destination    jsonb NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    start_time     timestamptz,
    end_time       timestamptz
);
CREATE INDEX missions_vehicle ON missions (vehicle_id, created_at DESC);
ALTER TABLE reservations ADD FOREIGN KEY (mission_id) REFERENCES missions (mission_id) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE audit_logs (
    audit_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    actor      text NOT NULL,
    action     text NOT NULL,
    vehicle_id text,
    target     text,
    details    jsonb NOT NULL DEFAULT '{}',
    request_id text
);
CREATE INDEX audit_logs_at ON audit_logs (at);
CREATE INDEX audit_logs_vehicle_at ON audit_logs (vehicle_id, at);

-- Audit-log exports written before deletion (retention).
CREATE TABLE audit_exports (
    export_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    exported_at timestamptz NOT NULL DEFAULT now(),
    location    text NOT NULL,
    rows        bigint NOT NULL,
    from_at     timestamptz NOT NULL,
    to_at       timestamptz NOT NULL
);

-- Background jobs' last runs, for /health.
CREATE TABLE job_runs (
    job         text PRIMARY KEY,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    ok          boolean,
    detail      text
);

-- Day partitions of a range-partitioned table for [first, last] (inclusive),
-- each named <table>_pYYYYMMDD. Rows that already landed in the DEFAULT
-- partition for such a day are moved into the new partition. Returns the
-- number of partitions created.
CREATE FUNCTION tvm_ensure_day_partitions(parent text, first_day date, last_day date)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    d date;
    part text;
    dflt text := parent || '_default';
    created integer := 0;
    lo timestamptz;
    hi timestamptz;
BEGIN
    IF to_regclass(dflt) IS NULL THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', dflt, parent);
    END IF;
    d := first_day;
    WHILE d <= last_day LOOP
        part := parent || '_p' || to_char(d, 'YYYYMMDD');
        IF to_regclass(part) IS NULL THEN
            lo := d::timestamp AT TIME ZONE 'UTC';
            hi := (d + 1)::timestamp AT TIME ZONE 'UTC';
            EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part, parent);
            EXECUTE format('WITH moved AS (DELETE FROM %I WHERE "timestamp" >= $1 AND "timestamp" < $2 RETURNING *) '
                           'INSERT INTO %I SELECT * FROM moved', dflt, part) USING lo, hi;
            EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', parent, part, lo, hi);
            created := created + 1;
        END IF;
        d := d + 1;
    END LOOP;
    RETURN created;
END;
$$;

SELECT tvm_ensure_day_partitions(t, current_date - 31, current_date + 14)
FROM unnest(ARRAY['vehicle_locations', 'vehicle_status', 'vehicle_battery']) AS t;
SELECT tvm_ensure_day_partitions(t, current_date - 1, current_date - 1)
FROM unnest(ARRAY['vehicle_locations_archive', 'vehicle_status_archive']) AS t;
