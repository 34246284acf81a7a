-- Location minutes (issue 21): each vehicle's locations of one closed minute
-- packed into one value, so a tracks read sends a few thousand rows
-- instead of hundreds of thousands. The raw rows stay the record; a minute
-- is only a copy, built in the background, and a read uses it only while it
-- is known complete.
--
-- `packed` holds the minute's points in time order, 48 bytes each: the
-- timestamp as timestamptz_send (big-endian microseconds from 2000-01-01),
-- then latitude, longitude, heading, speed and accuracy as float8send
-- (big-endian IEEE 754). A minute of 1 Hz is about 3 KB, kept in the row.
CREATE TABLE location_minutes (
    vehicle_id text NOT NULL,
    minute     timestamptz NOT NULL,
    -- The vehicle-minute's `location_minutes_late.gen` the copy was built at.
    gen        bigint NOT NULL,
    points     integer NOT NULL,
    packed     bytea NOT NULL,
    PRIMARY KEY (vehicle_id, minute)
) WITH (toast_tuple_target = 8160);
ALTER TABLE location_minutes ALTER COLUMN packed SET STORAGE MAIN;

-- Vehicle-minutes that received a row after they may have been built: `gen`
-- counts those writes. A copy whose `gen` differs is stale; reads skip it
-- and the builder makes it again.
CREATE TABLE location_minutes_late (
    vehicle_id text NOT NULL,
    minute     timestamptz NOT NULL,
    gen        bigint NOT NULL,
    PRIMARY KEY (vehicle_id, minute)
);

-- Minutes before `until` have been built for every vehicle (NULL: none yet).
CREATE TABLE location_minutes_built (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    until    timestamptz
);
INSERT INTO location_minutes_built (until) VALUES (NULL);

-- Called in the transaction that wrote location rows which may be late:
-- marks the vehicle-minutes of those older than the builder's margin. The
-- shared lock first, then the clock: a build fences writers with the
-- exclusive lock after reading its own clock, so any writer it did not wait
-- for reads a clock at least as late as the build's and marks every row
-- the build could have missed.
CREATE FUNCTION tvm_location_minutes_late(vehicle_ids text[], stamps timestamptz[], margin interval)
RETURNS void LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(8392014804254551667);
    INSERT INTO location_minutes_late AS l (vehicle_id, minute, gen)
    SELECT v, date_trunc('minute', s, 'UTC'), 1
    FROM unnest(vehicle_ids, stamps) AS r(v, s)
    WHERE s < clock_timestamp() - margin
    GROUP BY 1, 2
    ON CONFLICT (vehicle_id, minute) DO UPDATE SET gen = l.gen + 1;
END
$$;
