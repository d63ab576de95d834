// Types of hall-rules/lite (calendar and deadlines only): the generated ones of the lite build.
export * from "./lite/hall_rules.js";

import type { InitInput, InitOutput } from "./lite/hall_rules.js";

/**
 * Loads the lite engine: with no argument, fetches lite/hall_rules_bg.wasm next to the package
 * entry (under Node it reads the file); otherwise as wasm-bindgen's init.
 */
export default function init(
  input?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<InitOutput>;
