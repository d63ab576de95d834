// hall-rules — the ES module entry: the web build, decorate() and the worker client.
//
//   import init, { Engine, decorate } from "hall-rules";
//   await init();            // browser: fetches web/hall_rules_bg.wasm; Node: reads it from disk
//   const engine = new Engine({ locale: "zh-CN" });

import wasmInit, * as raw from "./web/hall_rules.js";
import { guarded, loadWasm } from "./load-wasm.js";

const build = guarded(raw);
export const { Engine, columnCodes, readInstant, maskName, parseHolidayNotice, wasmMemoryBytes, initSync } = build;
export { decorate } from "./decorate.js";
export { HallRulesWorker } from "./worker-client.js";

/** Loads the engine: fetches web/hall_rules_bg.wasm, or reads it from disk under Node (load-wasm.js). */
export default function init(input) {
  return build.loaded(loadWasm(wasmInit, input, new URL("./web/hall_rules_bg.wasm", import.meta.url)));
}
