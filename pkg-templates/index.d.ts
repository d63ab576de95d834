// Types of the ES module entry. The engine's types are the generated ones of the web build.
export * from "./web/hall_rules.js";
export * from "./helpers.js";

import type { InitInput, InitOutput } from "./web/hall_rules.js";

/**
 * Loads the engine: with no argument, fetches web/hall_rules_bg.wasm next to the package entry
 * (under Node it reads the file); otherwise as wasm-bindgen's init.
 */
export default function init(
  input?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<InitOutput>;
