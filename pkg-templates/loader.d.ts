// Types of window.HallRules, defined by loader.js on classic pages. Reference them with
//   /// <reference types="hall-rules/loader" />   or   import type {} from "hall-rules/loader";
import type { ColumnCodes, Engine as EngineClass } from "./web/hall_rules.js";
import type { ClassicDecorateOptions, DecorateHandle } from "./decorate.js";

export interface HallRulesInitOptions {
  /** Where the .wasm is (default: next to hall_rules.js). */
  wasmUrl?: string;
  /** The module itself, instead of a URL. */
  module?: WebAssembly.Module | BufferSource | Response;
}

export interface HallRulesGlobal {
  readonly version: string;
  /** Resolves (to HallRules) once the engine is loaded; loading starts when the page is parsed. */
  readonly ready: Promise<HallRulesGlobal>;
  /** Starts loading now, from elsewhere if asked; later calls return `ready`. */
  init(options?: HallRulesInitOptions): Promise<HallRulesGlobal>;
  isReady(): boolean;
  readonly Engine: typeof EngineClass;
  readonly columnCodes: () => ColumnCodes;
  decorate(table: HTMLTableElement, options: ClassicDecorateOptions): DecorateHandle;
}

declare global {
  /** Set before loader.js runs to change its defaults. */
  var HallRulesConfig: { wasmUrl?: string; autoInit?: boolean } | undefined;
  var HallRules: HallRulesGlobal;
}
