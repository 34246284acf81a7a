// Contract quality gate run by scripts/test: lints the committed and the
// bundled OpenAPI documents with Redocly and Spectral, parses and lints the
// AsyncAPI document (@asyncapi/parser, Spectral), all with zero errors,
// checks that the TypeScript package's generated files (ts/src/api.d.ts,
// ts/src/sockets.ts) follow the current contract, and type-checks the
// package. `--write` regenerates them instead.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Parser, fromFile } from "@asyncapi/parser";
import openapiTS, { astToString } from "openapi-typescript";

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

// 3. The TypeScript package (ts/): the REST types (openapi-typescript over
// the bundled document) and the socket unions (from the AsyncAPI
// operations' x-tvm-rust names, over those same model declarations), then
// the package type-checked with tsc --strict, its examples and test
// program included, so a contract change that breaks them fails here.
const banner = (what) => `/* Generated from the TVM contract (${what}) by scripts/contract-check.mjs --write. Do not edit. */\n`;
const restTypes = banner("openapi/tvm.json via openapi-typescript") +
  astToString(await openapiTS(pathToFileURL(bundled), { alphabetize: true }));
const socketTypes = await socketModule();
for (const [file, text] of [["ts/src/api.d.ts", restTypes], ["ts/src/sockets.ts", socketTypes]]) {
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
try {
  execFileSync(tool("tsc"), ["-p", "ts/tsconfig.json", "--noEmit"], { cwd: root, stdio: "inherit" });
  console.log("ok   ts/: tsc --strict type-checks the package, its examples and its test program");
} catch { fail("ts/: tsc --strict failed"); }

/** ts/src/sockets.ts: an alias per model, and per socket role and direction
 * the union of its messages (discriminated by `type`), their `type` names,
 * and the payload of each. */
async function socketModule() {
  const { parse } = await import("yaml");
  const doc = parse(readFileSync(join(root, "asyncapi/tvm.yaml"), "utf8"));
  const bundledDoc = JSON.parse(readFileSync(bundled, "utf8"));
  const schemaTitles = Object.keys(bundledDoc.components.schemas).sort();
  const unions = new Map();
  for (const op of Object.values(doc.operations)) {
    const name = op["x-tvm-rust"];
    const messages = op.messages.map((m) => {
      const key = m.$ref.split("/").pop();
      const message = doc.components.messages[key];
      const file = message.payload.$ref.split("/").pop();
      const schema = JSON.parse(readFileSync(join(root, "schemas", file), "utf8"));
      return { wire: message.name, title: schema.title };
    });
    unions.set(name, messages);
  }
  let out = banner("asyncapi/tvm.yaml and schemas/") +
    'import type { components } from "./api.js";\n\n' +
    "/** Every model of the contract, one declaration each (shared by REST and sockets). */\n" +
    'export type Schemas = components["schemas"];\n';
  for (const t of schemaTitles) out += `export type ${t} = Schemas["${t}"];\n`;
  for (const [name, messages] of [...unions].sort()) {
    out += `\n/** The \`${name}\` messages of asyncapi/tvm.yaml, discriminated by \`type\`. */\n`;
    out += `export type ${name} =\n${messages.map((m) => `  | ${m.title}`).join("\n")};\n`;
    out += `/** The \`type\` of each \`${name}\` message. */\n`;
    out += `export const ${name}Types = [${messages.map((m) => JSON.stringify(m.wire)).join(", ")}] as const;\n`;
    out += `export type ${name}Type = ${name}["type"];\n`;
    out += `/** The payload of the \`${name}\` message of type \`T\`. */\n`;
    out += `export type ${name}Payload<T extends ${name}Type> = Extract<${name}, { type: T }>["payload"];\n`;
  }
  return out;
}

// 4. Vendored docs assets are the pinned npm packages' files (ReDoc's with
// its CDN logo pointed at an empty data: URL, as scripts/vendor-docs-assets
// does).
const noCdnLogo = (b) => Buffer.from(b.toString("utf8").replaceAll("https://cdn.redoc.ly/redoc/logo-mini.svg", "data:,"));
for (const [vendored, pkg, patch] of [
  ["assets/docs/swagger-ui-bundle.js", "node_modules/swagger-ui-dist/swagger-ui-bundle.js"],
  ["assets/docs/swagger-ui.css", "node_modules/swagger-ui-dist/swagger-ui.css"],
  ["assets/docs/redoc.standalone.js", "node_modules/redoc/bundles/redoc.standalone.js", noCdnLogo],
  ["assets/docs/asyncapi.standalone.js", "node_modules/@asyncapi/react-component/browser/standalone/index.js"],
  ["assets/docs/asyncapi.css", "node_modules/@asyncapi/react-component/styles/default.min.css"],
]) {
  const expected = readFileSync(join(root, pkg));
  if (!readFileSync(join(root, vendored)).equals(patch ? patch(expected) : expected))
    fail(`${vendored} differs from ${pkg}: run scripts/vendor-docs-assets`);
}
if (!failed) console.log("ok   vendored docs assets match package-lock.json");

console.log(`${failed ? "FAILED" : "passed"}: contract checks`);
process.exit(failed ? 1 : 0);
