// The one init() behind both ES module entries (index.js and hall-rules/lite), and the guard
// that turns a call made before it into a clear error.

/**
 * Loads a wasm-bindgen build. With no argument it fetches `url` (each entry writes its
 * `new URL(…, import.meta.url)` itself, so a bundler sees it and ships the .wasm); under Node,
 * where fetch() cannot read file: URLs, it reads the file instead. Any argument goes to
 * wasm-bindgen's init: `{ module_or_path: url | Response | bytes | WebAssembly.Module }`.
 */
export function loadWasm(wasmInit, input, url) {
  if (input !== undefined) return wasmInit(input);
  if (url.protocol === "file:") {
    // Node ≥ 20.16 / 22.3: no static import of node:fs, so bundlers have nothing to resolve.
    const fs = globalThis.process?.getBuiltinModule?.("node:fs");
    if (fs) return wasmInit({ module_or_path: fs.readFileSync(url) });
  }
  return wasmInit({ module_or_path: url });
}

/**
 * The build's exports, each throwing `Error { code: "not_initialised" }` (zh-CN and English)
 * when used before init() or initSync() has finished, instead of wasm-bindgen's
 * `TypeError: Cannot read properties of undefined`.
 */
export function guarded(raw) {
  let ready = false;
  const check = () => {
    if (ready) return;
    try {
      raw.wasmMemoryBytes();
      ready = true; // loaded by another path (the build's own init)
    } catch {
      const e = new Error(
        "hall-rules 尚未初始化：请先 await init()（或调用 initSync()）再使用引擎。 / " +
          "hall-rules is not initialised: await init() (or call initSync()) before using the engine.",
      );
      e.code = "not_initialised";
      e.path = "";
      throw e;
    }
  };
  class Engine extends raw.Engine {
    constructor(config) {
      check();
      super(config);
    }
  }
  const call = (f) =>
    function () {
      check();
      return f.apply(this, arguments);
    };
  return {
    Engine,
    columnCodes: call(raw.columnCodes),
    readInstant: call(raw.readInstant),
    maskName: call(raw.maskName),
    // The lite build has no notice reader (the `notices` feature).
    parseHolidayNotice: raw.parseHolidayNotice && call(raw.parseHolidayNotice),
    wasmMemoryBytes: call(raw.wasmMemoryBytes),
    initSync(module) {
      const out = raw.initSync(module);
      ready = true;
      return out;
    },
    loaded(promise) {
      return promise.then((out) => {
        ready = true;
        return out;
      });
    },
  };
}
