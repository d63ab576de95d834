// ESM: the package's "import" entry in Node, loaded with `await init()` (no arguments).
import init, { Engine, columnCodes, decorate, HallRulesWorker, readInstant, wasmMemoryBytes } from "hall-rules";
import { decorate as decorateSubpath } from "hall-rules/decorate";
import { createRequire } from "node:module";

const smoke = createRequire(import.meta.url)("./smoke-shared.cjs");
// Before init(): an Error with a code and a zh/en message, not a TypeError from the glue.
const early = [() => new Engine(), () => readInstant("2026-02-12 10:00"), () => columnCodes()].map((f) => {
  try {
    f();
    return "no error";
  } catch (e) {
    return e instanceof Error && !(e instanceof TypeError) && e.code === "not_initialised" && /尚未初始化/.test(e.message) && /not initialised/.test(e.message) ? "ok" : `${e.name} ${e.code} ${e.message}`;
  }
});
await init();
const results = smoke({ Engine, columnCodes });
results.push({ name: "before init(): new Engine(), readInstant(), columnCodes() throw not_initialised (zh/en)", ok: early.every((r) => r === "ok"), detail: early.join("; ") });
results.push({
  name: "readInstant reads portal forms as Beijing time",
  ok: readInstant("2026/2/12 9:05") === "2026-02-12T09:05:00+08:00" && readInstant("2026年02月12日 10时00分07秒") === "2026-02-12T10:00:07+08:00" && readInstant("\u00a020260212100000 ") === "2026-02-12T10:00:00+08:00",
  detail: readInstant("2026/2/12 9:05"),
});
results.push({ name: "after init(): new Engine() is an Engine", ok: new Engine() instanceof Engine, detail: "" });
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
