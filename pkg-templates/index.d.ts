// Types of the ES module entry. The engine's types are the generated ones of the web build.
export * from "./web/hall_rules.js";
export { decorate } from "./decorate.js";
export type { ColumnRef, DecorateEngine, DecorateHandle, DecorateLabels, DecorateOptions, DomInstance, TableElement, TableRowElement } from "./decorate.js";
export { HallRulesWorker } from "./worker-client.js";
export type {
  HallRulesWorkerOptions,
  WorkerCallOptions,
  WorkerError,
  WorkerErrorInfo,
  WorkerMethod,
  WorkerProgress,
  WorkerRequest,
  WorkerResponse,
} from "./worker-client.js";

import type { InitInput, InitOutput } from "./web/hall_rules.js";

/**
 * Loads the engine: with no argument, fetches web/hall_rules_bg.wasm next to the package entry
 * (under Node it reads the file); otherwise as wasm-bindgen's init.
 */
export default function init(
  input?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<InitOutput>;
