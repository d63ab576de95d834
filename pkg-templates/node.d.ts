// Types of the ES module entry under Node (the "node" condition): as index.d.ts, but the engine's
// types come from the nodejs build's declarations, which need nothing from a browser, so a Node
// project compiles without lib "dom". (decorate() and the worker client are there too; without
// lib "dom" their DOM parameters are `never`.)
export * from "./nodejs/hall_rules.js";
export * from "./helpers.js";

/** The .wasm bytes or a compiled `WebAssembly.Module`. */
export type NodeInitInput = ArrayBuffer | ArrayBufferView | object;

/** Loads the engine: with no argument, reads web/hall_rules_bg.wasm from disk. */
export default function init(input?: { module_or_path: NodeInitInput | Promise<NodeInitInput> } | NodeInitInput): Promise<object>;

/** Loads the engine at once from the .wasm bytes or a compiled module. */
export declare function initSync(module: { module: NodeInitInput } | NodeInitInput): object;
