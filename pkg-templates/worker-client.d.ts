// Types of the worker protocol and of HallRulesWorker, the main-thread client.
import type {
  CaseRecord,
  DeadlineBatch,
  DeadlineColumns,
  DeadlineColumnsResult,
  EngineConfig,
  InstantInput,
  PortalRecord,
} from "./nodejs/hall_rules.js";
import type { DomInstance } from "./decorate.js";

export type WorkerMethod = "assessDeadlines" | "assessDeadlinesColumnar";

export type WorkerRequest =
  | { id: number; method: "assessDeadlines"; config?: EngineConfig; args: [cases: readonly (CaseRecord | PortalRecord)[], now?: InstantInput]; chunkSize?: number; wasmUrl?: string }
  | { id: number; method: "assessDeadlinesColumnar"; config?: EngineConfig; args: [columns: DeadlineColumns, now?: InstantInput]; chunkSize?: number; wasmUrl?: string }
  | { id: number; method: "init"; args: [{ wasmUrl?: string }] }
  | { cancel: number };

export interface WorkerErrorInfo {
  code: string;
  path: string;
  message: string;
}

export interface WorkerProgress {
  id: number;
  /** done / total, after each chunk. */
  progress: number;
  done: number;
  total: number;
}

export type WorkerResponse =
  | WorkerProgress
  | { id: number; result: DeadlineBatch | DeadlineColumnsResult | true }
  | { id: number; error: WorkerErrorInfo };

/** What the promises reject with: the engine's error code and path, or worker_failed, terminated, cancelled. */
export interface WorkerError extends Error {
  code: string;
  path: string;
}

export interface HallRulesWorkerOptions {
  /** The engine's config, sent with every call (the worker keeps one engine per config). */
  config?: EngineConfig;
  /** Cases per chunk (default 20,000). */
  chunkSize?: number;
  /** Default progress callback. */
  onProgress?: (progress: number, done: number, total: number) => void;
  /** Where the worker fetches the .wasm (default: web/hall_rules_bg.wasm of the package). */
  wasmUrl?: string;
  /** Where worker.js is served, if not next to worker-client.js; a TrustedScriptURL on a page with Trusted Types and a policy of its own (else the package's policy "hall-rules" is used: allow it with `trusted-types hall-rules`). */
  url?: string | DomInstance<"URL"> | DomInstance<"TrustedScriptURL">;
  /** A worker you started yourself from worker.js. */
  worker?: DomInstance<"Worker">;
}

export interface WorkerCallOptions {
  onProgress?: (progress: number, done: number, total: number) => void;
  /** Aborting rejects the call with code "cancelled" and stops the worker at the next chunk. */
  signal?: DomInstance<"AbortSignal">;
  /** Transfer the input typed arrays' buffers instead of copying them (they become unusable here). */
  transfer?: boolean;
}

export declare class HallRulesWorker {
  constructor(options?: HallRulesWorkerOptions);
  readonly worker: DomInstance<"Worker">;
  assessDeadlines(cases: readonly (CaseRecord | PortalRecord)[], now?: InstantInput, options?: WorkerCallOptions): Promise<DeadlineBatch>;
  assessDeadlinesColumnar(columns: DeadlineColumns, now?: InstantInput, options?: WorkerCallOptions): Promise<DeadlineColumnsResult>;
  init(): Promise<true>;
  /** Stops the worker; pending calls reject with code "terminated". */
  terminate(): void;
  [Symbol.dispose](): void;
}
