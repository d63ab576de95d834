// Offline guarantee: the library references no network API. The wasm imports nothing that
// can reach the network, and the JS glue has no fetch / XMLHttpRequest / WebSocket /
// EventSource / sendBeacon — except the web build's init(), which fetches its own .wasm
// file next to it when no module or bytes are passed (documented in the README).
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");

const pkg = path.join(__dirname, "../../pkg");
const NETWORK = /\b(fetch\s*\(|new\s+XMLHttpRequest|new\s+WebSocket|new\s+EventSource|sendBeacon\s*\(|importScripts\s*\()/g;
let passed = 0;
const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(js|cjs|mjs)$/.test(e.name)) files.push(p);
  }
})(pkg);
assert.ok(files.length >= 5, "package files found");
for (const file of files) {
  const text = fs.readFileSync(file, "utf8");
  const hits = [...text.matchAll(NETWORK)].map((m) => {
    const line = text.slice(text.lastIndexOf("\n", m.index) + 1, text.indexOf("\n", m.index));
    return line.trim();
  });
  // The only allowed use: wasm-bindgen's loader fetching its own module URL.
  const bad = hits.filter((l) => !/^module_or_path = fetch\(module_or_path\);$/.test(l) && !/^\/\//.test(l) && !/^\*/.test(l));
  assert.deepEqual(bad, [], `${path.relative(pkg, file)} references a network API`);
  passed++;
}
// One .wasm per build: nodejs/ and no-modules/ share web/'s.
for (const dir of ["web", "lite"]) {
  const bytes = fs.readFileSync(path.join(pkg, dir, "hall_rules_bg.wasm"));
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => i.name);
  const net = imports.filter((n) => /fetch|xmlhttp|websocket|eventsource|beacon|request/i.test(n));
  assert.deepEqual(net, [], `${dir}: wasm imports ${net}`);
  passed++;
}
console.log(`offline: ${files.length} JS files and 2 wasm modules checked`);
console.log(`${passed} passed, 0 failed`);
