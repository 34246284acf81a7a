// Run by tests/integration/docs.rs: the documentation pages in headless
// Chromium (Debian's, driven by playwright-core) against a live server.
// Fails on any request that leaves the host, and checks what a reader
// needs: ReDoc's Authentication section, Swagger UI's "Try it out" with a
// location report executed as documented (its example timestamp valid),
// the WebSocket operations pointing to the AsyncAPI page instead of
// offering Try it out, and the AsyncAPI document rendered as a page.
//
//   node tests/browser/docs.mjs <server url> <vehicle token>
import { chromium } from "playwright-core";

const [base, vehicleToken] = process.argv.slice(2);
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

await check("a location report is executed from Try it out as documented", async () => {
  await page.locator(".btn.authorize").first().click();
  await page.locator(".auth-container input").first().fill(vehicleToken);
  await page.locator(".auth-btn-wrapper .authorize").first().click();
  await page.locator(".btn-done").first().click();
  const op = page.locator("#operations-telemetry-location_create");
  await op.locator(".opblock-summary").click();
  await op.locator(".try-out__btn").click();
  await op.locator('input[placeholder="vehicle_id"]').fill("AV-1");
  await op.locator(".execute").click();
  const cell = op.locator(".live-responses-table tbody .response-col_status").first();
  await cell.waitFor({ timeout: 10_000 });
  const status = (await cell.innerText()).trim().split(/\s/)[0];
  if (status !== "201" && status !== "200") {
    const body = await op.locator(".live-responses-table .microlight").first().innerText();
    throw new Error(`status ${status}: ${JSON.stringify(body.slice(0, 400))}`);
  }
});

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
