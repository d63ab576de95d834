// The package test: assembles pkg/, packs it with `npm pack`, installs the tarball offline into a
// scratch project in a temp dir, and runs the same smoke test through
//   1. ESM `import` in Node (`await init()`), and again with `initSync({ module: bytes })`, and
//      `hall-rules/lite` with plain `await init()`,
//   2. CommonJS `require` in Node,
//   3. the classic-script page (no-modules + loader.js, window.HallRules) in headless Chromium,
// plus the ES module entry, decorate() and the worker in Chromium, a classic page whose .wasm URL
// is a 404 (HallRules.ready rejects with code wasm_load_failed), tsc --strict on usage files
// that touch every API through the package's `exports`, an ES5 syntax check of the classic
// files, and checks of the tarball's contents. Pages are served on 127.0.0.1 with the CSP the
// README documents; no request may leave 127.0.0.1 and the console must stay free of errors.
// Usage: node tests/package/run.mjs   (after scripts/build.sh). Ends with "N passed, M failed".
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const pkgDir = join(root, "pkg");
const started = Date.now();
const results = [];
const record = (name, ok, detail = "") => {
  results.push({ name, ok });
  console.log(`${ok ? "[ok]" : "[FAIL]"} ${name}${ok || !detail ? "" : `\n       ${String(detail).split("\n").join("\n       ")}`}`);
};
const section = (title) => console.log(`\n=== ${title}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 120_000, maxBuffer: 64 << 20, ...opts });
  return { ok: r.status === 0, status: r.status, stdout: r.stdout ?? "", stderr: (r.stderr ?? "") + (r.error ? String(r.error) : "") };
}

/** Records each smoke result of one environment, prefixed with its name. */
function recordSmoke(env, out) {
  let list;
  try {
    list = JSON.parse(out.stdout.trim().split("\n").pop());
  } catch {
    record(`${env}: ran`, false, `${out.stderr}\n${out.stdout}`.trim().slice(0, 2000));
    return;
  }
  if (!out.ok) record(`${env}: exit status 0`, false, out.stderr.slice(0, 2000));
  for (const r of list) record(`${env}: ${r.name}`, r.ok, r.detail);
}

// A watchdog: whatever hangs, the run ends (browser and server are closed by the exit hooks).
const watchdog = setTimeout(() => {
  console.log("[FAIL] timed out after 240 s");
  console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
  process.exit(1);
}, 240_000);
watchdog.unref();

const scratchRoot = mkdtempSync(join(tmpdir(), "hall-rules-package-"));
let server = null;
let browser = null;
process.on("exit", () => {
  if (!process.env.KEEP_SCRATCH) rmSync(scratchRoot, { recursive: true, force: true });
});

try {
  // ---------------------------------------------------------------- assemble and pack
  section("assemble pkg/ and npm pack");
  // The wasm-pack builds may be being rebuilt right now: wait for them (up to 3 minutes).
  // (nodejs/ and no-modules/ share web/'s .wasm once assembled: their glue is what to wait for.)
  const built = ["web/hall_rules_bg.wasm", "lite/hall_rules_bg.wasm", "nodejs/hall_rules.js", "no-modules/hall_rules.js"];
  for (let i = 0; i < 36 && !built.every((f) => existsSync(join(pkgDir, f))); i++) {
    if (i === 0) console.log("waiting for pkg/{web,nodejs,no-modules,lite} …");
    spawnSync("sleep", ["5"]);
  }
  const assembled = run(process.execPath, [join(root, "scripts/assemble-package.mjs")]);
  record("scripts/assemble-package.mjs", assembled.ok, assembled.stderr || assembled.stdout);
  if (!assembled.ok) throw new Error("cannot assemble the package");

  const packed = run("npm", ["pack", "--json", "--pack-destination", scratchRoot], { cwd: pkgDir });
  let pack = null;
  try {
    pack = JSON.parse(packed.stdout)[0];
  } catch {
    /* reported below */
  }
  record("npm pack", packed.ok && pack, packed.stderr.slice(-2000));
  if (!pack) throw new Error("npm pack failed");
  const inTarball = new Set(pack.files.map((f) => f.path));
  const must = [
    "package.json", "README.md", "RULES.md", "CHANGELOG.md", "index.js", "node.d.ts", "index.d.ts", "lite.js", "lite.d.ts", "load-wasm.js", "decorate.js", "decorate.cjs", "decorate.d.ts", "decorate.d.cts",
    "loader.js", "loader.d.ts", "worker.js", "worker-client.js", "worker-client.d.ts", "old-names.js",
    "web/hall_rules.js", "web/hall_rules.d.ts", "web/hall_rules_bg.wasm",
    "nodejs/hall_rules.js", "nodejs/hall_rules.d.ts", "nodejs/package.json",
    "no-modules/hall_rules.js",
    "lite/hall_rules.js", "lite/hall_rules.d.ts", "lite/hall_rules_bg.wasm",
  ];
  const missing = must.filter((f) => !inTarball.has(f));
  record(`the tarball holds the ${must.length} files the package needs`, missing.length === 0, `missing: ${missing.join(", ")}`);
  const wasmFiles = [...inTarball].filter((f) => f.endsWith(".wasm")).sort();
  record("two .wasm files in the tarball: web/ (shared by nodejs/ and no-modules/) and lite/", wasmFiles.join(",") === "lite/hall_rules_bg.wasm,web/hall_rules_bg.wasm", wasmFiles.join(", "));
  const stray = [...inTarball].filter((f) => /(^|\/)\.|\.tgz$|node_modules/.test(f));
  record("the tarball holds no dotfiles, tarballs or node_modules", stray.length === 0, stray.join(", "));
  console.log(`       ${pack.filename}: ${pack.files.length} files, ${(pack.size / 1024).toFixed(0)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(0)} KiB unpacked`);

  // The two linters of published packages, on the tarball as npm would publish it.
  const tgz = join(scratchRoot, pack.filename);
  const lint = run(join(root, "node_modules/.bin/publint"), ["--strict", tgz]);
  record("publint --strict: all good (no errors, warnings or suggestions)", lint.ok && /All good!/.test(lint.stdout), `${lint.stdout}${lint.stderr}`.slice(-3000));
  // The one rule set aside: ESM-only subpaths (lite, worker, worker-client, the loader's types)
  // resolved from `require`. They are browser ES modules; CommonJS code loads them with import().
  const attw = run(join(root, "node_modules/.bin/attw"), [tgz, "--ignore-rules", "cjs-resolves-to-esm", "--format", "ascii"]);
  record("@arethetypeswrong/cli: every entry resolves to matching types under node10, node16 (CJS and ESM) and bundler", attw.ok, `${attw.stdout}${attw.stderr}`.slice(-3000));

  // Hand-written types: no `any` for the API's data.
  const ownTypes = ["index.d.ts", "node.d.ts", "helpers.d.ts", "lite.d.ts", "decorate.d.ts", "decorate.d.cts", "worker-client.d.ts", "loader.d.ts"];
  const anyUse = ownTypes.filter((f) => /\bany\b/.test(readFileSync(join(pkgDir, f), "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "")));
  record("the package's own .d.ts files use no `any`", anyUse.length === 0, anyUse.join(", "));
  const apiTypes = readFileSync(join(pkgDir, "web/hall_rules.d.ts"), "utf8").split("export interface InitOutput")[0];
  const apiAny = apiTypes.split("\n").filter((l) => /\bany\b/.test(l.replace(/\/\/.*$/, "")) && !/^\s*\*/.test(l));
  record("the generated API types (before InitOutput) use no `any`", apiAny.length === 0, apiAny.join("\n"));

  // ---------------------------------------------------------------- scratch project
  section("install the tarball into a scratch project");
  const scratch = join(scratchRoot, "scratch");
  mkdirSync(join(scratch, "pages"), { recursive: true });
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch", version: "1.0.0", private: true, type: "commonjs" }, null, 2));
  const npmEnv = { ...process.env, npm_config_cache: join(scratchRoot, "npm-cache"), npm_config_update_notifier: "false" };
  const installed = run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", join(scratchRoot, pack.filename)], { cwd: scratch, env: npmEnv });
  record("npm install --offline <tarball>", installed.ok && existsSync(join(scratch, "node_modules/hall-rules/package.json")), installed.stderr.slice(-2000));
  if (!installed.ok) throw new Error("npm install failed");
  for (const f of ["smoke-shared.cjs", "esm-smoke.mjs", "initsync-smoke.mjs", "lite-smoke.mjs", "cjs-smoke.cjs", "usage.mts", "usage.cts", "portal-usage.mts", "node-usage.mts"]) copyFileSync(join(here, f), join(scratch, f));
  for (const f of ["classic.html", "classic.js", "module.html", "module.js", "custom-url.html", "custom-url.js", "wasm-404.html", "wasm-404.js", "portal-legacy.html", "portal-legacy.js", "portal-vue.html", "portal-vue.js", "portal-vue-decorate.html", "portal-vue-decorate.js", "portal-expect.js", "portal-records.js", "worker-tt.html", "worker-tt.js"]) copyFileSync(join(here, "pages", f), join(scratch, "pages", f));
  mkdirSync(join(scratch, "static"));
  // The Vue page's framework, from the dev dependencies (no CDN).
  copyFileSync(join(root, "node_modules/vue/dist/vue.runtime.esm-browser.prod.js"), join(scratch, "static/vue.runtime.esm-browser.prod.js"));
  copyFileSync(join(scratch, "node_modules/hall-rules/web/hall_rules_bg.wasm"), join(scratch, "static/engine-copy.wasm"));

  // ---------------------------------------------------------------- Node
  section("Node: ESM import, ESM initSync, hall-rules/lite, CommonJS require");
  recordSmoke("ESM import (await init())", run(process.execPath, ["esm-smoke.mjs"], { cwd: scratch }));
  recordSmoke("ESM import (initSync with bytes)", run(process.execPath, ["initsync-smoke.mjs"], { cwd: scratch }));
  recordSmoke("hall-rules/lite ESM import (await init())", run(process.execPath, ["lite-smoke.mjs"], { cwd: scratch }));
  recordSmoke("CommonJS require", run(process.execPath, ["cjs-smoke.cjs"], { cwd: scratch }));

  // ---------------------------------------------------------------- TypeScript and ES5
  section("tsc --noEmit --strict through the package's exports; ES5 syntax of the classic files");
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const tscArgs = ["--noEmit", "--strict", "--target", "es2022", "--lib", "es2022,dom,dom.iterable,esnext.disposable", "--module", "nodenext", "--moduleResolution", "nodenext", "usage.mts", "usage.cts"];
  const typed = run(process.execPath, [tsc, ...tscArgs], { cwd: scratch });
  record("tsc --noEmit --strict usage.mts (import) usage.cts (require)", typed.ok, (typed.stdout + typed.stderr).slice(0, 3000));
  const base = ["--noEmit", "--strict", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext"];
  const portalTyped = run(process.execPath, [tsc, ...base, "--lib", "es2022,dom", "portal-usage.mts"], { cwd: scratch });
  record("tsc --strict, lib es2022,dom: a portal's own pinyin record type, no casts", portalTyped.ok, (portalTyped.stdout + portalTyped.stderr).slice(0, 3000));
  const nodeTyped = run(process.execPath, [tsc, ...base, "--lib", "es2022", "node-usage.mts"], { cwd: scratch });
  record("tsc --strict, lib es2022 (Node ESM, no DOM lib): the main entry", nodeTyped.ok, (nodeTyped.stdout + nodeTyped.stderr).slice(0, 3000));
  const es5 = run(process.execPath, [join(here, "es5-check.mjs"), join(scratch, "node_modules/hall-rules/loader.js"), join(scratch, "node_modules/hall-rules/decorate.cjs")]);
  record("loader.js and decorate.cjs are ES5 syntax", es5.ok, es5.stdout + es5.stderr);

  // ---------------------------------------------------------------- bundlers
  // A minimal portal app built against the installed tarball by Vite and by webpack 5 (their
  // Node APIs, from the dev dependencies); Chromium loads each build below under the strict CSP.
  section("bundlers: Vite and webpack 5 build a portal app that imports hall-rules");
  const bundled = {};
  const appSrc = join(here, "bundler-app");
  const sizes = (dir) => {
    const files = readdirSync(dir, { recursive: true }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
    const sum = (re) => files.filter((f) => re.test(f)).reduce((n, f) => n + statSync(f).size, 0);
    return { js: sum(/\.m?js$/), wasm: sum(/\.wasm$/) };
  };
  try {
    const app = join(scratch, "vite-app");
    mkdirSync(app);
    for (const f of ["index.html", "main.js"]) copyFileSync(join(appSrc, f), join(app, f));
    const vite = await import(pathToFileURL(join(root, "node_modules/vite/dist/node/index.js")).href);
    const t0 = Date.now();
    await vite.build({ root: app, base: "./", configFile: false, logLevel: "error", build: { outDir: "dist", emptyOutDir: true } });
    const s = sizes(join(app, "dist"));
    bundled.vite = { url: "/vite-app/dist/index.html", ms: Date.now() - t0, ...s };
    record(`Vite ${vite.version} builds the app (the .wasm emitted beside the bundle)`, s.wasm > 100_000, JSON.stringify(s));
  } catch (e) {
    record("Vite builds the app", false, e && e.stack ? e.stack : String(e));
  }
  try {
    const app = join(scratch, "webpack-app");
    mkdirSync(join(app, "dist"), { recursive: true });
    copyFileSync(join(appSrc, "main.js"), join(app, "main.js"));
    // The app is an ES module project (the scratch project around it is CommonJS).
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "webpack-app", private: true, type: "module" }));
    // webpack writes a classic bundle: the page loads it with a plain <script>.
    writeFileSync(join(app, "dist/index.html"), readFileSync(join(appSrc, "index.html"), "utf8").replace('<script type="module" src="./main.js"></script>', '<script src="./main.js" defer></script>'));
    const webpack = require(join(root, "node_modules/webpack"));
    const t0 = Date.now();
    const stats = await new Promise((ok, fail) =>
      webpack({ mode: "production", context: app, entry: "./main.js", output: { path: join(app, "dist"), filename: "main.js", publicPath: "auto" }, performance: { hints: false } }).run((err, st) => (err ? fail(err) : ok(st))),
    );
    const s = sizes(join(app, "dist"));
    bundled.webpack = { url: "/webpack-app/dist/index.html", ms: Date.now() - t0, ...s };
    record(`webpack ${webpack.version} builds the app without errors or warnings (the .wasm emitted)`, !stats.hasErrors() && !stats.hasWarnings() && s.wasm > 100_000, stats.toString({ all: false, errors: true, warnings: true }) || JSON.stringify(s));
  } catch (e) {
    record("webpack builds the app", false, e && e.stack ? e.stack : String(e));
  }

  // ---------------------------------------------------------------- Chromium
  section("Chromium: classic-script page, ES module page with decorate() and the worker");
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'";
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".cjs": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json" };
  server = createServer((req, res) => {
    try {
      const path = normalize(join(scratch, decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname)));
      if (!path.startsWith(scratch)) throw new Error("outside");
      const body = readFileSync(path);
      res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream", "content-security-policy": csp, "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const { chromium } = await import(join(root, "node_modules/playwright-core/index.mjs"));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    timeout: 60_000,
  });
  const pages = {
    classic: "classic <script> page (Chromium)",
    module: "ES module page (Chromium)",
    "custom-url": "classic page with HallRules.init({ wasmUrl }) (Chromium)",
    "wasm-404": "classic page whose data-wasm-url is a 404 (Chromium)",
    "portal-legacy": "legacy portal table, classic scripts (Chromium)",
    "portal-vue": "Vue 3 portal table with pinyin records (Chromium)",
    "portal-vue-decorate": "Vue 3 table decorated and re-rendered: sort, page, data replaced, cell edited (Chromium)",
    "worker-tt": "HallRulesWorker under Trusted Types (Chromium)",
  };
  for (const [page, env] of Object.entries(pages)) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const requests = [];
    const problems = [];
    context.on("request", (r) => requests.push(r.url()));
    tab.on("console", (m) => {
      // On the 404 page, the browser logs its own line for the missing .wasm: expected, not a problem.
      if (page === "wasm-404" && m.type() === "error" && /status of 404/.test(m.text()) && m.location().url.endsWith("/static/missing.wasm")) return;
      // The Trusted Types page refuses two plain URLs on purpose; the browser reports each.
      if (page === "worker-tt" && m.type() === "error" && /TrustedScriptURL/.test(m.text())) return;
      if (m.type() === "error" || m.type() === "warning") problems.push(`console.${m.type()}: ${m.text()}`);
    });
    tab.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    tab.on("worker", (w) => w.on("console", (m) => m.type() === "error" && problems.push(`worker console.error: ${m.text()}`)));
    try {
      await tab.goto(`${origin}/pages/${page}.html`, { timeout: 30_000 });
      await tab.waitForFunction(() => window.__done === true, null, { timeout: 60_000 });
      const list = await tab.evaluate(() => window.__results);
      for (const r of list) record(`${env}: ${r.name}`, r.ok, r.detail);
    } catch (e) {
      record(`${env}: finished`, false, e.message);
    }
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:"));
    record(`${env}: every request stays on 127.0.0.1 (${requests.length} requests)`, outside.length === 0, outside.join("\n"));
    record(`${env}: no console errors or warnings`, problems.length === 0, problems.join("\n"));
    const wasm = requests.filter((u) => u.endsWith(".wasm")).map((u) => new URL(u).pathname);
    const wantWasm = {
      classic: "/node_modules/hall-rules/web/hall_rules_bg.wasm",
      module: "/node_modules/hall-rules/web/hall_rules_bg.wasm",
      "custom-url": "/static/engine-copy.wasm",
      "wasm-404": "/static/missing.wasm",
      "portal-legacy": "/node_modules/hall-rules/web/hall_rules_bg.wasm",
      "portal-vue": "/node_modules/hall-rules/web/hall_rules_bg.wasm",
      "portal-vue-decorate": "/node_modules/hall-rules/web/hall_rules_bg.wasm",
      "worker-tt": "/node_modules/hall-rules/web/hall_rules_bg.wasm",
    }[page];
    record(`${env}: the .wasm came from ${wantWasm}`, wasm.length > 0 && wasm.every((p) => p === wantWasm), wasm.join(", "));
    await context.close();
  }
  for (const [name, b] of Object.entries(bundled)) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems = [];
    const requests = [];
    context.on("request", (r) => requests.push(r.url()));
    tab.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(`console.${m.type()}: ${m.text()}`));
    tab.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    const env = `${name} build in Chromium under script-src 'self' 'wasm-unsafe-eval'`;
    try {
      await tab.goto(`${origin}${b.url}`, { timeout: 30_000 });
      await tab.waitForFunction(() => window.__done === true, null, { timeout: 60_000 });
      for (const r of await tab.evaluate(() => window.__results)) record(`${env}: ${r.name}`, r.ok, r.detail);
      const firstCard = await tab.evaluate(() => window.__firstCardMs);
      console.log(`       ${name}: built in ${b.ms} ms; ${b.js} bytes of JS, ${b.wasm} bytes of .wasm; first card ${Math.round(firstCard)} ms after init() was called`);
    } catch (e) {
      record(`${env}: finished`, false, e.message);
    }
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:"));
    record(`${env}: every request stays on 127.0.0.1, the .wasm from the build's own output`, outside.length === 0 && requests.some((u) => u.includes(`/${name}-app/dist/`) && u.endsWith(".wasm")), [...outside, ...requests.filter((u) => u.endsWith(".wasm"))].join("\n"));
    record(`${env}: no console errors or warnings`, problems.length === 0, problems.join("\n"));
    await context.close();
  }
} catch (e) {
  record("package test", false, e && e.stack ? e.stack : String(e));
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) server.close();
  if (process.env.KEEP_SCRATCH) console.log(`scratch kept in ${scratchRoot}`);
  else rmSync(scratchRoot, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`\npackage test took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
