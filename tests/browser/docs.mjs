// Run by tests/integration/docs.rs: the documentation pages in headless
// Chromium (Debian's, driven by playwright-core) against a live server.
// Fails on any request that leaves the host, and checks what a reader
// needs: ReDoc's Authentication section, Swagger UI's "Try it out" on
// every REST operation executed as documented (example timestamps valid),
// the WebSocket operations pointing to the AsyncAPI page instead of
// offering Try it out, and the AsyncAPI document rendered as a page.
//
//   node tests/browser/docs.mjs <server url> <admin token>
import { chromium } from "playwright-core";

const [base, adminToken] = process.argv.slice(2);
const host = new URL(base).host;
const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.TVM_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext();
context.on("request", (r) => {
  const url = new URL(r.url());
  if (!["data:", "blob:", "about:"].includes(url.protocol) && url.host !== host) problems.push(`off-host request: ${r.url()}`);
});
const page = await context.newPage();
page.on("pageerror", (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
const check = async (what, fn) => {
  try { await fn(); console.log(`ok   ${what}`); } catch (e) { problems.push(`${what}: ${e.message.split("\n")[0]}`); }
};

await check("ReDoc renders with its Authentication section", async () => {
  await page.goto(`${base}/api/redoc`, { waitUntil: "networkidle" });
  await page.getByText("HTTP Authorization Scheme").first().waitFor({ state: "attached", timeout: 10_000 });
  const headings = await page.locator("h1, h2").allInnerTexts();
  if (!headings.some((h) => h.trim() === "Authentication")) throw new Error(`no Authentication heading in ${headings.slice(0, 5)}`);
});

await check("Swagger UI renders the operations", async () => {
  await page.goto(`${base}/api/docs`, { waitUntil: "networkidle" });
  await page.locator("#operations-telemetry-location_create").waitFor({ timeout: 10_000 });
});

// Every REST operation from "Try it out" with its documented example and
// an admin token, in an order that creates what later ones name. Each must
// answer its documented success status; the login examples name a client
// whose secret is not the example's, so they answer 401. Path parameters
// are this test's objects, found through the API as a reader would.
const api = async (path) => {
  const r = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${adminToken}` } });
  if (!r.ok) throw new Error(`GET ${path}: ${r.status}`);
  return r.json();
};
const first = async (path, key) => (await api(path)).items[0]?.[key];
const v = "AV-001";
const plan = [
  ["admin", "vehicle_create", 201], ["admin", "client_create", 201],
  ["auth", "token_create", 401], ["auth", "token_refresh", 401],
  ["telemetry", "location_create", 200, { vehicle_id: v }], ["telemetry", "status_create", 200, { vehicle_id: v }],
  ["telemetry", "battery_create", 200, { vehicle_id: v }], ["telemetry", "error_report_create", 200, { vehicle_id: v }],
  ["telemetry", "docking_create", 200, { vehicle_id: v }], ["telemetry", "telemetry_bulk_create", 200, { vehicle_id: v }],
  ["fleet", "vehicle_list", 200], ["fleet", "fleet_snapshot", 200], ["fleet", "vehicle_view", 200, { vehicle_id: v }],
  ["admin", "vehicle_update", 200, { vehicle_id: v }],
  ["history", "vehicle_location_list", 200, { vehicle_id: v }], ["history", "vehicle_status_list", 200, { vehicle_id: v }],
  ["history", "vehicle_battery_list", 200, { vehicle_id: v }], ["history", "vehicle_docking_list", 200, { vehicle_id: v }],
  ["history", "battery_health_view", 200, { vehicle_id: v }],
  ["history", "location_history_list", 200, {}, { vehicle_ids: v }], ["history", "location_tracks", 200, {}, { vehicle_ids: v }],
  ["history", "docking_stats_list", 200], ["errors", "error_list", 200],
  ["errors", "error_resolve", 200, async () => ({ error_id: await first("/api/v1/errors?vehicle_id=AV-001", "error_id") })],
  ["commands", "command_create", 202, { vehicle_id: v }], ["commands", "command_list", 200, { vehicle_id: v }],
  ["commands", "command_view", 200, async () => ({ vehicle_id: v, command_id: await first("/api/v1/vehicles/AV-001/commands", "command_id") })],
  ["missions", "mission_list", 200], ["missions", "reservation_list", 200], ["missions", "reservation_create", 201],
  ["missions", "mission_view", 200, async () => ({ mission_id: await first("/api/v1/missions", "mission_id") })],
  ["admin", "client_list", 200], ["admin", "audit_log_list", 200], ["operations", "health_view", 200],
  ["alerts", "alert_list", 200],
  ["alerts", "alert_acknowledge", 200, async () => ({ alert_id: await first("/api/v1/alerts", "alert_id") })],
  ["admin", "webhook_list", 200], ["admin", "webhook_create", 201],
  ["admin", "webhook_delivery_list", 200, async () => ({ webhook_id: await first("/api/v1/webhooks", "webhook_id") })],
  ["admin", "webhook_delete", 204, async () => ({ webhook_id: await first("/api/v1/webhooks", "webhook_id") })],
  ["admin", "client_revoke", 204, { client_id: v }], ["admin", "vehicle_decommission", 204, { vehicle_id: v }],
];
// The one REST operation left out: its answer is an endless event stream,
// which Swagger UI shows only when it ends.
const notExecuted = ["stream_open"];

await check("Swagger UI authorizes with a token", async () => {
  await page.locator(".btn.authorize").first().click();
  await page.locator(".auth-container input").first().fill(adminToken);
  await page.locator(".auth-btn-wrapper .authorize").first().click();
  await page.locator(".btn-done").first().click();
});

const planned = new Set([...plan.map((p) => p[1]), ...notExecuted]);
const spec = await (await fetch(`${base}/api/openapi.json`)).json();
for (const [path, item] of Object.entries(spec.paths)) {
  for (const op of Object.values(item)) {
    if (op.operationId && !path.startsWith("/ws/") && !planned.has(op.operationId)) {
      problems.push(`${op.operationId} is not executed from Try it out by this test`);
    }
  }
}

for (const [tag, id, expected, pathParams = {}, queryParams = {}] of plan) {
  await check(`Try it out: ${id} answers ${expected}`, async () => {
    const params = typeof pathParams === "function" ? await pathParams() : pathParams;
    const op = page.locator(`#operations-${tag}-${id}`);
    await op.locator(".opblock-summary").first().click();
    await op.locator(".try-out__btn").click();
    for (const [name, value] of Object.entries(params)) {
      if (value === undefined) throw new Error(`no ${name} to use`);
      await op.locator(`tr[data-param-name="${name}"] input`).first().fill(String(value));
    }
    for (const [name, value] of Object.entries(queryParams)) {
      const row = op.locator(`tr[data-param-name="${name}"]`);
      await row.locator("button.json-schema-form-item-add").click();
      await row.locator(".json-schema-form-item input").first().fill(value);
    }
    await op.locator(".execute").click();
    const cell = op.locator(".live-responses-table tbody .response-col_status").first();
    await cell.waitFor({ timeout: 10_000 });
    const status = Number((await cell.innerText()).trim().split(/\s/)[0]);
    if (status !== expected) {
      const body = await op.locator(".live-responses-table .microlight").first().innerText().catch(() => "");
      throw new Error(`status ${status}: ${JSON.stringify(body.slice(0, 300))}`);
    }
    await op.locator(".opblock-summary").first().click();
  });
}

await check("the WebSocket operations point to the AsyncAPI page instead of Execute", async () => {
  for (const id of ["live-fleet_socket_open", "live-vehicle_socket_open"]) {
    const op = page.locator(`#operations-${id}`);
    await op.locator(".opblock-summary").click();
    await op.locator('a[href="/api/asyncapi"]').first().waitFor({ timeout: 5_000 });
    if (await op.locator(".try-out__btn, .execute").count()) throw new Error(`${id} offers Try it out or Execute`);
  }
});

await check("the AsyncAPI document renders as a page", async () => {
  await page.goto(`${base}/api/asyncapi`, { waitUntil: "networkidle" });
  await page.getByText("TVM live channel").first().waitFor({ state: "attached", timeout: 10_000 });
  await page.getByText("sendVehicleCommands").first().waitFor({ state: "attached", timeout: 10_000 });
});

await browser.close();
for (const p of problems) console.error(`FAIL ${p}`);
console.log(problems.length ? `FAILED: ${problems.length} problems` : "passed: documentation pages");
process.exit(problems.length ? 1 : 0);
