// The page helpers both entries' types export: decorate() and the worker client.
export { decorate } from "./decorate.js";
export type { ColumnRef, DecorateEngine, DecorateHandle, DecorateLabels, DecorateOptions, DomInstance, TableElement, TableRowElement } from "./decorate.js";
export { HallRulesWorker } from "./worker-client.js";
export type {
  HallRulesWorkerOptions,
  WorkerCallOptions,
  WorkerError,
  WorkerErrorInfo,
  WorkerMethod,
  WorkerProgress,
  WorkerRequest,
  WorkerResponse,
} from "./worker-client.js";
