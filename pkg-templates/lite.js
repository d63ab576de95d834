// hall-rules/lite — calendar and deadlines only: the lite build (lite/) with the same init() as
// the main entry.
//
//   import init, { Engine } from "hall-rules/lite";
//   await init();            // browser: fetches lite/hall_rules_bg.wasm; Node: reads it from disk
//   const engine = new Engine({ locale: "zh-CN" });

import wasmInit, * as raw from "./lite/hall_rules.js";
import { guarded, loadWasm } from "./load-wasm.js";

const build = guarded(raw);
export const { Engine, columnCodes, readInstant, maskName, wasmMemoryBytes, initSync } = build;

/** Loads the lite engine: fetches lite/hall_rules_bg.wasm, or reads it from disk under Node (load-wasm.js). */
export default function init(input) {
  return build.loaded(loadWasm(wasmInit, input, new URL("./lite/hall_rules_bg.wasm", import.meta.url)));
}
