-- V7: the three telemetry tables (a row per report, thousands a second)
-- stop checking each row against vehicles. The foreign key locked the
-- vehicle's row (FOR KEY SHARE) for every location stored: measured on
-- PostgreSQL 15, a 200,000-row insert took 2.1 s with it and 0.8 s without.
--
-- What it guarded still holds:
-- - a report is stored only for a registered vehicle: every path (REST,
--   the vehicle socket, bulk uploads, the VDA 5050 bridge) passes the
--   server's gate, which refuses an unknown vehicle before anything is
--   written;
-- - no history loses its vehicle: vehicles are decommissioned, never
--   deleted, and the trigger below now refuses a delete outright.
-- The other tables keep their keys: they are written at human rates.
ALTER TABLE vehicle_locations DROP CONSTRAINT vehicle_locations_vehicle_id_fkey;
ALTER TABLE vehicle_status DROP CONSTRAINT vehicle_status_vehicle_id_fkey;
ALTER TABLE vehicle_battery DROP CONSTRAINT vehicle_battery_vehicle_id_fkey;

CREATE FUNCTION tvm_vehicles_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'vehicle % is not deleted: decommission it instead', OLD.vehicle_id
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER vehicles_are_kept BEFORE DELETE ON vehicles
    FOR EACH ROW EXECUTE FUNCTION tvm_vehicles_are_kept();
