// hall-rules/lite — calendar and deadlines only: the lite build (lite/) with the same init() as
// the main entry.
//
//   import init, { Engine } from "hall-rules/lite";
//   await init();            // browser: fetches lite/hall_rules_bg.wasm; Node: reads it from disk
//   const engine = new Engine({ locale: "zh-CN" });

import wasmInit from "./lite/hall_rules.js";

export { Engine, columnCodes, initSync, wasmMemoryBytes } from "./lite/hall_rules.js";

/**
 * Loads the lite engine. With no argument it fetches lite/hall_rules_bg.wasm next to this file (a
 * bundler sees the `new URL(…, import.meta.url)` and ships the .wasm); under Node, where fetch()
 * cannot read file: URLs, it reads the file instead. Any argument goes to wasm-bindgen's init:
 * `{ module_or_path: url | Response | bytes | WebAssembly.Module }`.
 */
export default function init(input) {
  if (input !== undefined) return wasmInit(input);
  const url = new URL("./lite/hall_rules_bg.wasm", import.meta.url);
  if (url.protocol === "file:") {
    // Node ≥ 20.16 / 22.3: no static import of node:fs, so bundlers have nothing to resolve.
    const fs = globalThis.process?.getBuiltinModule?.("node:fs");
    if (fs) return wasmInit({ module_or_path: fs.readFileSync(url) });
  }
  return wasmInit({ module_or_path: url });
}
