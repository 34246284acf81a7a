/**
 * A vehicle program to copy: log in with the vehicle's client credentials,
 * report the location once a second over the command socket, and carry out
 * the commands that arrive (acknowledged `accepted`, then `completed`).
 *
 *   node dist/examples/vehicle.js http://127.0.0.1:8080 AV-1 <client_id> <client_secret>
 */
import type { TokenResponse } from "../src/index.js";
import { VehicleSocket } from "../src/index.js";

const [base, vehicleId, clientId, secret] = process.argv.slice(2);
if (!base || !vehicleId || !clientId || !secret) {
  throw new Error("usage: vehicle <server url> <vehicle id> <client id> <client secret>");
}
const login = await fetch(new URL("/api/v1/auth/token", base), {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ client_id: clientId, client_secret: secret }),
});
const { access_token } = (await login.json()) as TokenResponse;

const socket = await VehicleSocket.connect(base, vehicleId, access_token);
socket.onMessage((m) => {
  if (m.type === "command") {
    console.log(`command ${m.payload.command_id}: ${m.payload.command}`);
    socket.ack(m.payload.command_id, "accepted");
    // … carry it out here …
    socket.ack(m.payload.command_id, "completed");
  } else {
    const error = m.payload.error;
    // `details` follow `code`: narrowing on the code types them.
    if (error.code === "RATE_LIMITED") {
      console.error(`over a limit: retry in ${error.details.retry_after_s} s`);
    } else {
      console.error(`the server refused a message: ${error.message}`);
    }
  }
});
let latitude = 52.52;
setInterval(() => {
  latitude += 0.00001;
  socket.send("location", {
    timestamp: new Date().toISOString(),
    latitude,
    longitude: 13.405,
    heading: 0,
    speed: 1.1,
    accuracy: 0.5,
  });
}, 1000);
