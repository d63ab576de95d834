// HallRulesWorker: the main-thread side of worker.js, with promises and progress callbacks.
//
//   import { HallRulesWorker } from "hall-rules/worker-client";
//   const hw = new HallRulesWorker({ config: { locale: "zh-CN" } });
//   const batch = await hw.assessDeadlines(cases, now, { onProgress: (p) => bar.value = p });
//   hw.terminate();

import { hallRulesOldName } from "./old-names.js";

/** This package's worker.js. */
const WORKER_URL = new URL("./worker.js", import.meta.url).href;
let policy;

/**
 * The worker's script URL. Under Trusted Types (`require-trusted-types-for 'script'`) a page
 * must pass a TrustedScriptURL: the package makes one through a policy named "hall-rules" (the
 * page allows it with `trusted-types hall-rules`), which accepts this package's worker.js and
 * nothing else. Without Trusted Types the plain URL is used.
 */
function workerScriptUrl() {
  const tt = globalThis.trustedTypes;
  if (!tt || typeof tt.createPolicy !== "function") return WORKER_URL;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy("hall-rules", {
        createScriptURL(url) {
          if (url !== WORKER_URL) throw new TypeError("hall-rules: the policy only creates the URL of its own worker.js");
          return url;
        },
      });
    } catch {
      policy = null; // not allowed by the page's trusted-types list: the plain URL, and a clear error if refused
    }
  }
  return policy ? policy.createScriptURL(WORKER_URL) : WORKER_URL;
}

function startWorker(url) {
  try {
    return new Worker(url ?? workerScriptUrl(), { type: "module" });
  } catch (cause) {
    const e = workerError({
      code: "worker_blocked",
      path: url ? "options.url" : "",
      message:
        "hall-rules：无法启动 Web Worker（页面的 Trusted Types 策略？请在 CSP 中加入 trusted-types hall-rules，或以 TrustedScriptURL 传入 options.url）" +
        " / hall-rules: the Web Worker could not start (the page's Trusted Types? allow `trusted-types hall-rules` in the CSP, or pass options.url as a TrustedScriptURL): " +
        (cause && cause.message ? cause.message : String(cause)),
    });
    e.cause = cause;
    throw e;
  }
}

export class HallRulesWorker {
  /**
   * options: config (EngineConfig for every call), chunkSize (cases per chunk, 20,000 by
   * default), onProgress (default callback), wasmUrl (where worker.js finds the .wasm), url (of
   * worker.js, if you serve it elsewhere) or worker (a Worker you made yourself).
   */
  constructor(options = {}) {
    this.options = options;
    this.worker = options.worker ?? startWorker(options.url);
    this.nextId = 1;
    this.terminated = false;
    this.pending = new Map();
    this.onMessage = (ev) => this.receive(ev.data);
    this.onError = (ev) => {
      // The worker script itself failed (not found, wrong MIME type, CSP): fail every call.
      ev.preventDefault?.();
      const e = workerError({ code: "worker_failed", path: "", message: `hall-rules worker failed: ${ev.message ?? "could not start"}` });
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    this.worker.addEventListener("message", this.onMessage);
    this.worker.addEventListener("error", this.onError);
  }

  /** engine.assessDeadlines(cases, now) in the worker; resolves to the merged DeadlineBatch. */
  assessDeadlines(cases, now, options) {
    return this.call("assessDeadlines", [cases, now], options).then((batch) => {
      // A message drops non-enumerable properties: the 0.1 name of the list is given here, as
      // assessDeadlines gives it in this thread (out of sight, until 1.0).
      return hallRulesOldName(batch, "reports");
    });
  }

  /** engine.assessDeadlinesColumnar(columns, now) in the worker; the result's arrays are transferred. */
  assessDeadlinesColumnar(columns, now, options) {
    return this.call("assessDeadlinesColumnar", [columns, now], options);
  }

  /** Loads the engine in the worker now rather than at the first call. */
  init() {
    return this.call("init", [{ wasmUrl: this.options.wasmUrl }]);
  }

  /**
   * Any worker method by name (the typed helpers above are the ones that exist today).
   * options: onProgress(progress, done, total), signal (an AbortSignal), transfer (send the
   * input typed arrays' buffers instead of copying them: they become unusable here).
   */
  call(method, args, options = {}) {
    const id = this.nextId++;
    const onProgress = options.onProgress ?? this.options.onProgress;
    return new Promise((resolve, reject) => {
      if (this.terminated) {
        reject(workerError({ code: "terminated", path: "", message: "hall-rules worker terminated" }));
        return;
      }
      if (options.signal?.aborted) {
        reject(cancelledError());
        return;
      }
      const entry = { resolve, reject, onProgress };
      this.pending.set(id, entry);
      if (options.signal) {
        entry.signal = options.signal;
        entry.abort = () => {
          this.worker.postMessage({ cancel: id });
          this.pending.delete(id);
          reject(cancelledError());
        };
        options.signal.addEventListener("abort", entry.abort, { once: true });
      }
      const msg = { id, method, config: this.options.config, args, chunkSize: this.options.chunkSize, wasmUrl: this.options.wasmUrl };
      try {
        this.worker.postMessage(msg, options.transfer ? buffersOf(args) : []);
      } catch (e) {
        // A value a message cannot carry (a Proxy, a function, a getter that throws): an
        // argument error like the engine's own, with the browser's reason as its cause.
        this.settle(id);
        const err = workerError({
          code: "invalid_argument",
          path: method === "assessDeadlinesColumnar" ? "columns" : "cases",
          message: `参数无法传给工作线程 / the arguments cannot be sent to the worker: ${e && e.message}`,
        });
        err.cause = e;
        reject(err);
      }
    });
  }

  receive(msg) {
    const entry = msg && this.pending.get(msg.id);
    if (!entry) return;
    if ("progress" in msg) {
      if (entry.onProgress) entry.onProgress(msg.progress, msg.done, msg.total);
    } else if ("error" in msg) {
      this.settle(msg.id);
      entry.reject(workerError(msg.error));
    } else {
      this.settle(msg.id);
      entry.resolve(msg.result);
    }
  }

  settle(id) {
    const entry = this.pending.get(id);
    if (entry?.signal) entry.signal.removeEventListener("abort", entry.abort);
    this.pending.delete(id);
  }

  /** Stops the worker; pending calls are rejected. */
  terminate() {
    this.terminated = true;
    this.worker.removeEventListener("message", this.onMessage);
    this.worker.removeEventListener("error", this.onError);
    this.worker.terminate();
    const e = workerError({ code: "terminated", path: "", message: "hall-rules worker terminated" });
    for (const id of [...this.pending.keys()]) {
      const entry = this.pending.get(id);
      this.settle(id);
      entry.reject(e);
    }
  }

  [Symbol.dispose]() {
    this.terminate();
  }
}

function workerError({ code, path, message }) {
  const e = new Error(message);
  e.code = code;
  e.path = path;
  return e;
}

function cancelledError() {
  return workerError({ code: "cancelled", path: "", message: "cancelled" });
}

function buffersOf(args) {
  const out = new Set();
  for (const a of args) {
    if (ArrayBuffer.isView(a)) out.add(a.buffer);
    else if (a && typeof a === "object" && !Array.isArray(a)) {
      for (const v of Object.values(a)) if (ArrayBuffer.isView(v)) out.add(v.buffer);
    }
  }
  return [...out];
}
