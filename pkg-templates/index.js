// hall-rules — the ES module entry: the web build, decorate() and the worker client.
//
//   import init, { Engine, decorate } from "hall-rules";
//   await init();            // browser: fetches web/hall_rules_bg.wasm; Node: reads it from disk
//   const engine = new Engine({ locale: "zh-CN" });

import wasmInit from "./web/hall_rules.js";

export { Engine, columnCodes, initSync, wasmMemoryBytes } from "./web/hall_rules.js";
export { decorate } from "./decorate.js";
export { HallRulesWorker } from "./worker-client.js";

/**
 * Loads the engine. With no argument it fetches web/hall_rules_bg.wasm next to this file (a
 * bundler sees the `new URL(…, import.meta.url)` and ships the .wasm); under Node, where fetch()
 * cannot read file: URLs, it reads the file instead. Any argument goes to wasm-bindgen's init:
 * `{ module_or_path: url | Response | bytes | WebAssembly.Module }`.
 */
export default function init(input) {
  if (input !== undefined) return wasmInit(input);
  const url = new URL("./web/hall_rules_bg.wasm", import.meta.url);
  if (url.protocol === "file:") {
    // Node ≥ 20.16 / 22.3: no static import of node:fs, so bundlers have nothing to resolve.
    const fs = globalThis.process?.getBuiltinModule?.("node:fs");
    if (fs) return wasmInit({ module_or_path: fs.readFileSync(url) });
  }
  return wasmInit({ module_or_path: url });
}
