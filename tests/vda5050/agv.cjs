// One virtual AGV of vda-5050-lib (its AgvController with the library's
// VirtualAgvAdapter), driven by the bridge tests: it connects to the broker
// with its VDA 5050 identity, announces itself ONLINE (last will
// CONNECTIONBROKEN), publishes its state and visualization, and executes the
// orders and instant actions it receives. SIGTERM stops it in an orderly way
// (OFFLINE); SIGKILL leaves its last will to the broker.
//
// node tests/vda5050/agv.cjs '{"broker": "mqtt://127.0.0.1:1883", "interfaceName": "...",
//   "manufacturer": "...", "serialNumber": "...", "x": 0, "y": 0, "lastNodeId": "0",
//   "battery": 100, "lowBattery": 1, "speed": 2}'
"use strict";
const { AgvController, VirtualAgvAdapter } = require("vda-5050-lib");

async function main() {
  const o = JSON.parse(process.argv[2]);
  const agvId = { manufacturer: o.manufacturer, serialNumber: o.serialNumber };
  const clientOptions = {
    interfaceName: o.interfaceName,
    transport: { brokerUrl: o.broker, heartbeat: 2, reconnectPeriod: 500 },
    vdaVersion: "2.0.0",
  };
  const controllerOptions = { agvAdapterType: VirtualAgvAdapter, publishVisualizationInterval: 250 };
  const adapterOptions = {
    initialPosition: { mapId: "local", x: o.x ?? 0, y: o.y ?? 0, theta: 0, lastNodeId: o.lastNodeId ?? "0" },
    initialBatteryCharge: o.battery ?? 100,
    lowBatteryChargeThreshold: o.lowBattery ?? 1,
    batteryMaxReach: o.reach ?? 28800,
    vehicleSpeed: o.speed ?? 2,
    tickRate: 10,
  };
  const agv = new AgvController(agvId, clientOptions, controllerOptions, adapterOptions);
  await agv.start();
  process.stdout.write("started\n");
  process.on("SIGTERM", async () => {
    await agv.stop();
    process.exit(0);
  });
}

main().catch(e => {
  process.stderr.write(`virtual AGV failed: ${e && e.stack || e}\n`);
  process.exit(1);
});
