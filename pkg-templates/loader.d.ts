// Types of window.HallRules, defined by loader.js on classic pages. Reference them with
//   /// <reference types="hall-rules/loader" />   or   import type {} from "hall-rules/loader";
import type { ColumnCodes, Engine as EngineClass, InstantInput, Locale, ParsedNotice } from "./web/hall_rules.js";
import type { ClassicDecorateOptions, DecorateHandle } from "./decorate.js";

export interface HallRulesInitOptions {
  /** Where the .wasm is (default: next to hall_rules.js). */
  wasmUrl?: string;
  /** The module itself, instead of a URL. */
  module?: WebAssembly.Module | BufferSource | Response;
}

/**
 * What HallRules.ready (and init()) rejects with. "wasm_load_failed": the .wasm could not be
 * fetched or instantiated (a wrong wasmUrl / data-wasm-url, a 404, not a wasm file); the message
 * is "中文 / English" and `cause` is the original error. "not_loaded": loader.js ran without
 * no-modules/hall_rules.js before it.
 */
export interface HallRulesLoadError extends Error {
  code: "wasm_load_failed" | "not_loaded";
  /** "wasmUrl" when the URL failed, "module" when init({ module }) did, "wasm_bindgen" for not_loaded. */
  path: "wasmUrl" | "module" | "wasm_bindgen";
  /** The absolute URL that failed (path "wasmUrl" only). */
  url?: string;
  /** The original error: the fetch failure, "failed to fetch Wasm: 404 …", or the compile error. */
  cause?: unknown;
}

export interface HallRulesGlobal {
  readonly version: string;
  /**
   * Resolves (to HallRules) once the engine is loaded; loading starts when the page is parsed.
   * Rejects with a HallRulesLoadError (code "wasm_load_failed" when the .wasm cannot be loaded).
   */
  readonly ready: Promise<HallRulesGlobal>;
  /** Starts loading now, from elsewhere if asked; later calls return `ready` (same rejection). */
  init(options?: HallRulesInitOptions): Promise<HallRulesGlobal>;
  isReady(): boolean;
  /** Throws `not_initialised` (an Error with code and a 中文 / English message) before `ready`. */
  readonly Engine: typeof EngineClass;
  readonly columnCodes: () => ColumnCodes;
  /** The engine's date-time reader: `readInstant("2026/2/12 9:05")` → `"2026-02-12T09:05:00+08:00"`. */
  readonly readInstant: (value: InstantInput, locale?: Locale) => string;
  /** A name as the engine shows it (CASE-7): `maskName("欧阳娜娜")` → `"欧***"`. */
  readonly maskName: (name: string, locale?: Locale) => string;
  /** Reads the State Council's holiday notice as published (CAL-6) into one calendar year. */
  readonly parseHolidayNotice: (text: string, locale?: Locale) => ParsedNotice;
  decorate(table: HTMLTableElement, options: ClassicDecorateOptions): DecorateHandle;
}

declare global {
  /** Set before loader.js runs to change its defaults. */
  var HallRulesConfig: { wasmUrl?: string; autoInit?: boolean } | undefined;
  var HallRules: HallRulesGlobal;
}
