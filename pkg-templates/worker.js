// hall-rules Web Worker (a module worker) for batches too big for the main thread.
//
//   new Worker(new URL("hall-rules/worker.js", import.meta.url), { type: "module" })
//
// or use HallRulesWorker from worker-client.js, which speaks this protocol:
//   → { id, method: "assessDeadlines", config?, args: [cases, now?], chunkSize? }
//   → { id, method: "assessDeadlinesColumnar", config?, args: [columns, now?], chunkSize? }
//   → { id, method: "init", args: [{ wasmUrl? }] }         (optional: load early, or from elsewhere)
//   → { cancel: id }                                         (stops a long run between chunks)
//   ← { id, progress, done, total }                          (after each chunk; progress = done / total)
//   ← { id, result }  or  { id, error: { code, path, message } }
//
// Big inputs are cut into chunks (20,000 cases by default) assessed with one fixed `now` (the
// time the job started unless given), so the merged answer equals one big call's.

import init, { Engine } from "./web/hall_rules.js";

const CHUNK = 20000;
const MAX_ENGINES = 4;

let loading = null;
const engines = new Map(); // JSON of the config → Engine
const cancelled = new Set();

function load(wasmUrl) {
  if (!loading) loading = init(wasmUrl ? { module_or_path: wasmUrl } : undefined);
  return loading;
}

function fail(code, path, message) {
  const e = new Error(message);
  e.code = code;
  e.path = path;
  return e;
}

function engineFor(config) {
  const key = JSON.stringify(config ?? null);
  let engine = engines.get(key);
  if (!engine) {
    engine = new Engine(config ?? undefined);
    if (engines.size >= MAX_ENGINES) {
      const [oldKey, old] = engines.entries().next().value;
      engines.delete(oldKey);
      old.free();
    }
    engines.set(key, engine);
  }
  return engine;
}

/** Adds b's numbers into a, field by field (summaries: total, byStatus, byCard, …). */
function addCounts(a, b) {
  if (!a) return structuredClone(b);
  for (const [k, v] of Object.entries(b)) {
    if (typeof v === "number") a[k] = (a[k] ?? 0) + v;
    else if (v && typeof v === "object") a[k] = addCounts(a[k], v);
  }
  return a;
}

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

async function chunked(id, total, size, runChunk) {
  for (let start = 0; start < total; start += size) {
    if (cancelled.has(id)) throw fail("cancelled", "", "cancelled");
    const end = Math.min(start + size, total);
    runChunk(start, end);
    self.postMessage({ id, progress: end / total, done: end, total });
    if (end < total) await nextTurn(); // lets a { cancel } message in
  }
}

async function assessDeadlines(id, engine, [cases, now], size) {
  if (!Array.isArray(cases)) throw fail("invalid_argument", "cases", "cases must be an array");
  const fixedNow = now ?? Date.now();
  if (cases.length <= size) {
    const result = engine.assessDeadlines(cases, fixedNow);
    self.postMessage({ id, progress: 1, done: cases.length, total: cases.length });
    return result;
  }
  const results = [];
  let summary = null;
  await chunked(id, cases.length, size, (start, end) => {
    const part = engine.assessDeadlines(cases.slice(start, end), fixedNow);
    for (const r of part.results) results.push(r);
    summary = addCounts(summary, part.summary);
  });
  return { summary, results };
}

async function assessDeadlinesColumnar(id, engine, [columns, now], size) {
  if (!columns || !ArrayBuffer.isView(columns.receivedAt)) {
    throw fail("invalid_argument", "columns.receivedAt", "columns.receivedAt must be a Float64Array");
  }
  const fixedNow = now ?? Date.now();
  const total = columns.receivedAt.length;
  if (total <= size) {
    const result = engine.assessDeadlinesColumnar(columns, fixedNow);
    self.postMessage({ id, progress: 1, done: total, total });
    return result;
  }
  const out = {};
  await chunked(id, total, size, (start, end) => {
    const slice = {};
    for (const [k, v] of Object.entries(columns)) slice[k] = ArrayBuffer.isView(v) ? v.subarray(start, end) : v;
    const part = engine.assessDeadlinesColumnar(slice, fixedNow);
    for (const [k, v] of Object.entries(part)) {
      if (ArrayBuffer.isView(v)) {
        if (!out[k]) out[k] = new v.constructor(total);
        out[k].set(v, start);
      } else if (k === "summary") {
        out.summary = addCounts(out.summary, v);
      } else {
        out[k] = v;
      }
    }
  });
  return out;
}

/** The buffers of the result's typed arrays, when each is whole and not the wasm memory itself. */
function transferable(result, memory) {
  const buffers = new Set();
  for (const v of Object.values(result)) {
    if (ArrayBuffer.isView(v) && v.buffer !== memory?.buffer && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength) {
      buffers.add(v.buffer);
    }
  }
  return [...buffers];
}

const METHODS = { assessDeadlines, assessDeadlinesColumnar };

async function run(msg) {
  const { id, method, config, args = [], chunkSize, wasmUrl } = msg;
  try {
    if (method === "init") {
      await load(args[0]?.wasmUrl ?? wasmUrl);
      self.postMessage({ id, result: true });
      return;
    }
    const fn = METHODS[method];
    if (!fn) throw fail("unknown_method", "method", `unknown method: ${String(method)}`);
    await load(wasmUrl);
    const engine = engineFor(config);
    const size = Number.isFinite(chunkSize) && chunkSize >= 1 ? Math.floor(chunkSize) : CHUNK;
    const result = await fn(id, engine, args, size);
    self.postMessage({ id, result }, transferable(result, (await loading).memory));
  } catch (e) {
    self.postMessage({
      id,
      error: { code: e?.code ?? "worker_error", path: e?.path ?? "", message: String(e?.message ?? e) },
    });
  } finally {
    cancelled.delete(id);
  }
}

self.addEventListener("message", (ev) => {
  const msg = ev.data ?? {};
  if (msg.cancel != null) cancelled.add(msg.cancel);
  else run(msg);
});
