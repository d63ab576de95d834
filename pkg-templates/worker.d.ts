// hall-rules/worker is a module worker's script: it exports nothing. Start it with
// HallRulesWorker from "hall-rules/worker-client", or new Worker(url, { type: "module" }).
export {};
