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
// Engines built and freed over and over leave memory flat too.
const base = hall.wasmMemoryBytes();
for (let i = 0; i < 200; i++) new hall.Engine({ locale: i % 2 ? "en" : "zh-CN" }).free();
assert.equal(hall.wasmMemoryBytes(), base, "engines freed");
checks++;
console.log(`memory: ${hall.wasmMemoryBytes()} bytes after 3,000 columnar and 30 object batches of 10,000`);
console.log(`${checks} passed, 0 failed`);
