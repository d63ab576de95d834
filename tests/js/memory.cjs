// Memory stays flat: 1,000 columnar batches of 10,000 cases, then object batches, on one
// engine; wasm linear memory must not grow after the first batches (no leak in wasm memory).
// JS-side objects are released with free() (or `using` with Symbol.dispose).
const assert = require("node:assert/strict");
const hall = require("../../pkg/nodejs/hall_rules.js");

const n = 10000;
const receivedAt = new Float64Array(n);
const category = new Uint8Array(n);
for (let i = 0; i < n; i++) {
  receivedAt[i] = Date.UTC(2026, 0, 1) + (i * 7919 % (330 * 1440)) * 60000;
  category[i] = i % 5;
}
const objects = Array.from({ length: n }, (_, i) => ({ id: i, category: "promised", receivedAt: receivedAt[i] }));
const now = Date.UTC(2026, 11, 1);

let checks = 0;
for (let round = 0; round < 3; round++) {
  const engine = new hall.Engine();
  // Memory grows to the high-water mark of the largest batch and is reused from then on.
  engine.assessDeadlinesColumnar({ receivedAt, category }, now);
  engine.assessDeadlines(objects, now);
  const warm = hall.wasmMemoryBytes();
  for (let i = 0; i < 1000; i++) engine.assessDeadlinesColumnar({ receivedAt, category }, now);
  for (let i = 0; i < 10; i++) engine.assessDeadlines(objects, now);
  for (let i = 0; i < 200; i++) {
    try { engine.dayInfo("2026-02-30"); } catch { /* errors must not leak either */ }
  }
  const after = hall.wasmMemoryBytes();
  assert.equal(after, warm, `round ${round}: wasm memory grew from ${warm} to ${after} bytes`);
  engine.free();
  checks++;
}
// A batch longer than the binding's chunk (65,536 records are encoded at a time) reads as its
// parts do, a NaN, a Date and a hole in the later chunk included, and memory stays flat
// across such batches too.
{
  const engine = new hall.Engine();
  const big = Array.from({ length: 70000 }, (_, i) => objects[i % n]);
  big[65540] = { id: "nan", category: "promised", receivedAt: NaN };
  big[65541] = { id: "date", category: "promised", receivedAt: new Date(Date.UTC(2026, 2, 2, 1)) };
  delete big[65542];
  const whole = engine.assessDeadlines(big, now);
  const first = engine.assessDeadlines(big.slice(0, 65536), now);
  const rest = engine.assessDeadlines(big.slice(65536), now);
  assert.equal(whole.results.length, 70000);
  assert.deepEqual(whole.results, [...first.results, ...rest.results]);
  assert.equal(whole.results[65540].status, "invalid");
  assert.equal(whole.results[65540].id, "nan");
  const warm = hall.wasmMemoryBytes();
  for (let i = 0; i < 3; i++) engine.assessDeadlines(big, now);
  assert.equal(hall.wasmMemoryBytes(), warm, "batches over one chunk");
  engine.free();
  checks++;
}
// Engines built and freed over and over leave memory flat too.
const base = hall.wasmMemoryBytes();
for (let i = 0; i < 200; i++) new hall.Engine({ locale: i % 2 ? "en" : "zh-CN" }).free();
assert.equal(hall.wasmMemoryBytes(), base, "engines freed");
checks++;

// JS table slots stay flat too: each exception a caller's value throws on the batch path (a
// BigInt record, a throwing getter, a revoked proxy) once left a slot nothing freed. A copy of
// the glue, compiled here with its instance exported, shows the table.
{
  const Module = require("node:module");
  const fs = require("node:fs");
  const gluePath = require.resolve("../../pkg/nodejs/hall_rules.js");
  const glue = new Module(gluePath, module);
  glue.filename = gluePath;
  glue.paths = module.paths;
  glue._compile(`${fs.readFileSync(gluePath, "utf8")}\nmodule.exports.__wasm = wasm;`, gluePath);
  const { Engine, __wasm: wasm } = glue.exports;
  // A leaked slot holds `undefined` (a freed one `null`), and the table grows by the leaks.
  const table = wasm.__wbindgen_externrefs;
  const leaked = () => {
    let n = 0;
    for (let i = 0; i < table.length; i++) if (table.get(i) === undefined) n++;
    return n;
  };
  const engine = new Engine({ locale: "zh-CN" });
  const now = "2026-03-10T10:00";
  const ok = { id: "A", category: "promised", receivedAt: "2026-03-02T09:00" };
  const throwing = { get id() { throw new Error("getter"); } };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const date = new Date(0);
  date.getTime = () => { throw new Error("getTime"); };
  const hostile = {
    "BigInt records": () => engine.assessDeadlines([1n, ok, 1n], now),
    "a throwing getter": () => engine.assessDeadlines([throwing], now),
    "a revoked proxy": () => engine.assessDeadlines([revoked.proxy], now),
    "validateCases": () => engine.validateCases([throwing, { id: 1n }], now),
    "assessComplaints": () => engine.assessComplaints([1n, { name: "张三", x: 1n }], now),
    "a throwing column": () => engine.assessDeadlinesColumnar({ get receivedAt() { throw 1; } }, now),
    "a Date whose getTime throws": () => engine.assessDeadline({ ...ok, receivedAt: date }, now),
    "scoreConduct": () => engine.scoreConduct({ period: "2026-03", events: [{ get staffId() { throw 1; } }] }),
  };
  for (const [name, call] of Object.entries(hostile)) {
    for (let i = 0; i < 3; i++) try { call(); } catch { /* warm-up */ }
    const [before, length] = [leaked(), table.length];
    for (let i = 0; i < 200; i++) try { call(); } catch { /* refused is fine; leaking is not */ }
    assert.equal(leaked(), before, `${name}: 200 calls left slots holding undefined`);
    assert.ok(table.length - length < 64, `${name}: 200 calls grew the table from ${length} to ${table.length}`);
    checks++;
  }
  engine.free();
}
console.log(`memory: ${hall.wasmMemoryBytes()} bytes after 3,000 columnar and 30 object batches of 10,000`);
console.log(`${checks} passed, 0 failed`);
