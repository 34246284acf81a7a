/**
 * Run by tests/integration/ts_client.rs against a live server: a frontend
 * socket sends a vehicle a command, the vehicle socket acknowledges it, the
 * frontend sees it completed, then a report of the vehicle reaches the
 * frontend, the fleet snapshot over REST names the vehicle, and its track
 * reads the same as JSON and as an Arrow stream. Prints "ok"
 * and exits 0, or exits 1 within 15 s.
 *
 *   node dist/test/roundtrip.js <server url> <vehicle id> <vehicle token> <operator token>
 */
import type { FleetSnapshot, FrontendOutbound, LocationTracks } from "../src/index.js";
import { FrontendSocket, VehicleSocket, fetchTracks } from "../src/index.js";

const [base, vehicleId, vehicleToken, operatorToken] = process.argv.slice(2);
if (!base || !vehicleId || !vehicleToken || !operatorToken) throw new Error("usage: roundtrip <url> <vehicle> <vehicle token> <operator token>");
setTimeout(() => {
  console.error("no round trip within 15 s");
  process.exit(1);
}, 15_000).unref();

const options = { backoff: { firstMs: 20, maxMs: 200 }, maxAttempts: 5 };
const frontend = await FrontendSocket.connect(base, operatorToken, options);
const received: FrontendOutbound[] = [];
const waiters: (() => void)[] = [];
frontend.onMessage((m) => {
  received.push(m);
  waiters.splice(0).forEach((w) => w());
});
async function until<T>(pick: (m: FrontendOutbound) => T | undefined): Promise<T> {
  for (;;) {
    for (const m of received.splice(0)) {
      const found = pick(m);
      if (found !== undefined) return found;
    }
    await new Promise<void>((r) => waiters.push(r));
  }
}
frontend.unsubscribe(["*"]);
frontend.subscribe([vehicleId]);
await until((m) => (m.type === "subscriptions" && m.payload.vehicle_ids.includes(vehicleId) ? true : undefined));

const vehicle = await VehicleSocket.connect(base, vehicleId, vehicleToken, options);
vehicle.onMessage((m) => {
  if (m.type === "command" && m.payload.command === "configure") {
    vehicle.ack(m.payload.command_id, "accepted");
    vehicle.ack(m.payload.command_id, "completed");
  }
});

const commandId = crypto.randomUUID();
frontend.command({ command: "configure", command_id: commandId, vehicle_id: vehicleId, params: { speed_limit: 1.5 } });
await until((m) =>
  m.type === "command_status" && m.payload.command_id === commandId && m.payload.status === "completed" ? true : undefined,
);

vehicle.send("location", {
  timestamp: new Date().toISOString(),
  latitude: 52.5,
  longitude: 13.4,
  heading: 90,
  speed: 1,
  accuracy: 0.5,
});
const update = await until((m) => (m.type === "location_update" ? m.payload : undefined));
if (update.vehicle_id !== vehicleId || update.report.latitude !== 52.5) throw new Error(`unexpected ${JSON.stringify(update)}`);

const fleet = await fetch(new URL("/api/v1/fleet", base), { headers: { authorization: `Bearer ${operatorToken}` } });
const snapshot = (await fleet.json()) as FleetSnapshot;
if (!snapshot.vehicles.some((v) => v.vehicle_id === vehicleId)) throw new Error("the fleet snapshot lacks the vehicle");

// The vehicle's track, as JSON and as Arrow over the same range.
const asJson = await fetch(new URL(`/api/v1/locations/tracks?vehicle_ids=${vehicleId}`, base), {
  headers: { authorization: `Bearer ${operatorToken}` },
});
const json = (await asJson.json()) as LocationTracks;
const columnar = await fetchTracks(base, operatorToken, { vehicleIds: [vehicleId], from: json.from, to: json.to });
const [a, b] = [json.tracks[0], columnar.tracks[0]];
if (!a || !b || a.points !== 1 || b.points !== 1 || b.vehicle_id !== vehicleId) throw new Error(`tracks: ${JSON.stringify(json)}`);
for (const k of ["t", "latitude", "longitude", "heading", "speed", "accuracy"] as const) {
  if (a[k][0] !== b[k][0]) throw new Error(`track ${k}: JSON ${a[k][0]}, Arrow ${b[k][0]}`);
}
if (columnar.from !== json.from || columnar.to !== json.to) throw new Error(`range: ${columnar.from} ${columnar.to}`);

vehicle.close();
frontend.close();
console.log("ok");
process.exit(0);
