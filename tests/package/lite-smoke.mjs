// ESM: the package's "./lite" entry in Node, loaded with plain `await init()` (no arguments):
// the calendar-and-deadlines build must read lite/hall_rules_bg.wasm from disk, as the main entry does.
import init, { Engine, columnCodes, initSync, wasmMemoryBytes } from "hall-rules/lite";
import { createRequire } from "node:module";

const smoke = createRequire(import.meta.url)("./smoke-shared.cjs");
let results;
try {
  await init();
  results = smoke({ Engine, columnCodes });
} catch (e) {
  results = [{ name: "await init() with no arguments", ok: false, detail: e && e.stack ? e.stack : String(e) }];
}
const engine = results[0]?.ok ? new Engine() : null;
results.push({
  name: "it is the lite build (no validateCase, scoreConduct or assessComplaints)",
  ok: !!engine && typeof engine.assessDeadline === "function" && [engine.validateCase, engine.scoreConduct, engine.assessComplaints].every((f) => f === undefined),
  detail: engine ? Object.getOwnPropertyNames(Object.getPrototypeOf(engine)).join(", ") : "no engine",
});
engine?.free();
results.push({
  name: "exports initSync and wasmMemoryBytes, as its types say",
  ok: typeof initSync === "function" && typeof wasmMemoryBytes === "function" && wasmMemoryBytes() > 0,
  detail: `${typeof initSync} ${typeof wasmMemoryBytes}`,
});
console.log(JSON.stringify(results));
