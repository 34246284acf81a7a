// Contract quality gate run by scripts/test: lints the committed and the
// bundled OpenAPI documents with Redocly and Spectral, parses and lints the
// AsyncAPI document (@asyncapi/parser, Spectral), all with zero errors, and checks that the TypeScript clients in
// generated/ts are what openapi-typescript and json-schema-to-typescript make
// of the current contract. `--write` regenerates them instead.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Parser, fromFile } from "@asyncapi/parser";
import openapiTS, { astToString } from "openapi-typescript";
import { compile } from "json-schema-to-typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const write = process.argv.includes("--write");
const bundled = join(root, "generated/openapi/tvm.bundled.json");
let failed = 0;
const fail = (msg) => { console.error(`FAIL ${msg}`); failed++; };

// 1. OpenAPI lint: the committed document (OpenAPI 3.1 over the schema
// files) and the bundled one (3.0), each by Redocly's recommended rules and
// Spectral's spectral:oas, 0 errors (warnings justified in redocly.yaml,
// .redocly.lint-ignore.yaml and .spectral-openapi.yaml).
const tool = (name) => join(root, "node_modules/.bin", name);
const quiet = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
for (const doc of ["openapi/tvm.json", "generated/openapi/tvm.bundled.json"]) {
  try {
    execFileSync(tool("redocly"), ["lint", doc, "--format=summary"], { cwd: root, stdio: "inherit", env: quiet });
    console.log(`ok   ${doc}: redocly recommended, no errors`);
  } catch { fail(`redocly lint reported errors in ${doc}`); }
  try {
    execFileSync(tool("spectral"), ["lint", "-r", ".spectral-openapi.yaml", "--fail-severity=warn", "-f", "text", doc],
      { cwd: root, stdio: "inherit", env: quiet });
    console.log(`ok   ${doc}: spectral:oas, no errors or warnings`);
  } catch { fail(`spectral:oas reported problems in ${doc}`); }
}

// 2. AsyncAPI: @asyncapi/parser and Spectral's spectral:asyncapi, 0 errors.
{
  const { document, diagnostics } = await fromFile(new Parser(), join(root, "asyncapi/tvm.yaml")).parse();
  const errors = diagnostics.filter((d) => d.severity === 0);
  for (const d of errors) console.error(`  ${d.code}: ${d.message} at ${JSON.stringify(d.path)}`);
  if (!document || errors.length) fail(`asyncapi/tvm.yaml: ${errors.length} parser errors`);
  else console.log(`ok   asyncapi parse: version ${document.version()}, ${document.allMessages().length} messages, 0 errors`);
  try {
    execFileSync(tool("spectral"), ["lint", "-r", ".spectral-asyncapi.yaml", "--fail-severity=warn", "-f", "text", "asyncapi/tvm.yaml"],
      { cwd: root, stdio: "inherit", env: quiet });
    console.log("ok   asyncapi/tvm.yaml: spectral:asyncapi, no errors or warnings");
  } catch { fail("spectral:asyncapi reported problems in asyncapi/tvm.yaml"); }
}

// 3. TypeScript clients.
const banner = (what) => `/* Generated from the TVM contract (${what}) by scripts/contract-check.mjs --write. Do not edit. */\n`;
const restTypes = banner("openapi/tvm.json via openapi-typescript") +
  astToString(await openapiTS(pathToFileURL(bundled), { alphabetize: true }));
const wsFiles = readdirSync(join(root, "schemas")).filter((f) => f.startsWith("ws_") && f !== "ws_envelope.json").sort();
const wsRoot = {
  title: "TvmWsMessage",
  description: "Any message of the live channel (asyncapi/tvm.yaml).",
  anyOf: wsFiles.map((f) => ({ $ref: f })),
};
const wsTypes = banner("asyncapi/tvm.yaml and schemas/ws_*.json via json-schema-to-typescript") +
  await compile(wsRoot, "TvmWsMessage", { cwd: join(root, "schemas"), bannerComment: "", additionalProperties: false, declareExternallyReferenced: true });
for (const [file, text] of [["generated/ts/tvm-api.d.ts", restTypes], ["generated/ts/ws-messages.d.ts", wsTypes]]) {
  const path = join(root, file);
  if (write) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${file}`);
  } else {
    let old = null;
    try { old = readFileSync(path, "utf8"); } catch {}
    if (old !== text) fail(`${file} is stale: run scripts/refresh-generated and commit the result`);
    else console.log(`ok   ${file} is fresh`);
  }
}

// 4. Vendored docs assets are the pinned npm packages' files.
for (const [vendored, pkg] of [
  ["assets/docs/swagger-ui-bundle.js", "node_modules/swagger-ui-dist/swagger-ui-bundle.js"],
  ["assets/docs/swagger-ui.css", "node_modules/swagger-ui-dist/swagger-ui.css"],
  ["assets/docs/redoc.standalone.js", "node_modules/redoc/bundles/redoc.standalone.js"],
]) {
  if (!readFileSync(join(root, vendored)).equals(readFileSync(join(root, pkg))))
    fail(`${vendored} differs from ${pkg}: run scripts/vendor-docs-assets`);
}
if (!failed) console.log("ok   vendored docs assets match package-lock.json");

console.log(`${failed ? "FAILED" : "passed"}: contract checks`);
process.exit(failed ? 1 : 0);
