-- VDA 5050 vehicles (issue 20): a vehicle's identity on the standard's MQTT
-- interface, unique per (interface, manufacturer, serial number); and battery
-- reports without current or temperature, which the standard's state lacks.
ALTER TABLE vehicles ADD COLUMN vda5050 jsonb;
CREATE UNIQUE INDEX vehicles_vda5050_identity ON vehicles (
    (vda5050 ->> 'interface_name'), (vda5050 ->> 'manufacturer'), (vda5050 ->> 'serial_number')
) WHERE vda5050 IS NOT NULL;

ALTER TABLE vehicle_battery ALTER COLUMN current DROP NOT NULL;
ALTER TABLE vehicle_battery ALTER COLUMN temperature DROP NOT NULL;
