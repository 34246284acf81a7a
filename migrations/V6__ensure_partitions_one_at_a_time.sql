-- Day partitions are ensured one caller at a time. Two callers at once (two
-- instances starting together, or a start while another instance's
-- retention run ensures them) both saw a day missing and both created it:
-- the second failed on a duplicate name, or the two deadlocked moving rows
-- out of the DEFAULT partition. The function now first takes a transaction
-- advisory lock ("tvm\0part"), held to its caller's commit, so the second
-- caller waits and then finds the days made. It takes no table lock before
-- it, so waiting for it cannot close a circle with one.
CREATE OR REPLACE FUNCTION tvm_ensure_day_partitions(parent text, first_day date, last_day date)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    d date;
    part text;
    dflt text := parent || '_default';
    created integer := 0;
    lo timestamptz;
    hi timestamptz;
BEGIN
    PERFORM pg_advisory_xact_lock(8392014804304360052);
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
