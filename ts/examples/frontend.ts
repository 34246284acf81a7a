/**
 * A frontend program to copy: log in as an operator, load the fleet over
 * REST, follow every vehicle on the fleet socket and print what arrives.
 *
 *   node dist/examples/frontend.js http://127.0.0.1:8080 <client_id> <client_secret>
 */
import type { FleetSnapshot, TokenResponse } from "../src/index.js";
import { FrontendSocket } from "../src/index.js";

const [base, clientId, secret] = process.argv.slice(2);
if (!base || !clientId || !secret) throw new Error("usage: frontend <server url> <client id> <client secret>");

const login = await fetch(new URL("/api/v1/auth/token", base), {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ client_id: clientId, client_secret: secret }),
});
const { access_token } = (await login.json()) as TokenResponse;

const fleet = await fetch(new URL("/api/v1/fleet", base), { headers: { authorization: `Bearer ${access_token}` } });
const snapshot = (await fleet.json()) as FleetSnapshot;
console.log(`${snapshot.vehicles.length} vehicles in service`);

const socket = await FrontendSocket.connect(base, access_token);
socket.subscribe(["*"]);
socket.onReconnect(() => console.error("reconnected; subscriptions sent again"));
socket.onMessage((m) => {
  switch (m.type) {
    case "location_update":
      console.log(`${m.payload.vehicle_id} at ${m.payload.report.latitude}, ${m.payload.report.longitude}`);
      break;
    case "command_status":
      console.log(`command ${m.payload.command_id} of ${m.payload.vehicle_id}: ${m.payload.status}`);
      break;
    case "alert":
      console.log(`alert ${m.payload.kind} on ${m.payload.vehicle_id}: ${m.payload.message}`);
      break;
    default:
      console.log(m.type);
  }
});
