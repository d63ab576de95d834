// ESM: the package's "import" entry in Node, loaded with `await init()` (no arguments).
import init, { Engine, columnCodes, decorate, HallRulesWorker, wasmMemoryBytes } from "hall-rules";
import { decorate as decorateSubpath } from "hall-rules/decorate";
import { createRequire } from "node:module";

const smoke = createRequire(import.meta.url)("./smoke-shared.cjs");
await init();
const results = smoke({ Engine, columnCodes });
results.push({
  name: "exports decorate (also as hall-rules/decorate) and HallRulesWorker",
  ok: typeof decorate === "function" && decorate === decorateSubpath && typeof HallRulesWorker === "function",
  detail: "",
});
results.push({
  name: "exports wasmMemoryBytes, as its types say",
  ok: typeof wasmMemoryBytes === "function" && wasmMemoryBytes() > 0,
  detail: String(typeof wasmMemoryBytes),
});
console.log(JSON.stringify(results));
