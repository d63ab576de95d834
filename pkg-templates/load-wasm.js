// The one init() behind both ES module entries (index.js and hall-rules/lite).

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
