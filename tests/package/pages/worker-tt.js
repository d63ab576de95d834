// HallRulesWorker on a page that enforces Trusted Types: the package's "hall-rules" policy makes
// the worker's URL, and a plain string URL is refused with a clear error.
import { HallRulesWorker } from "/node_modules/hall-rules/index.js";

const results = [];
const check = (name, ok, detail) => results.push({ name, ok: !!ok, detail: ok ? "" : String(detail) });
try {
  check("Trusted Types are enforced on this page", typeof trustedTypes !== "undefined" && (() => {
    try {
      new Worker("/pages/none.js");
      return false;
    } catch (e) {
      return e instanceof TypeError;
    }
  })(), "a plain URL was accepted");
  const hw = new HallRulesWorker();
  const batch = await hw.assessDeadlines([{ id: "T-1", category: "promised", receivedAt: "2026/2/12 10:00" }], "2026-02-13 10:00");
  check("the worker starts through the hall-rules policy and answers", batch.results[0].dueAt === "2026-02-24T17:30:00+08:00", JSON.stringify(batch.results[0]));
  hw.terminate();
  let blocked = null;
  try {
    new HallRulesWorker({ url: "/node_modules/hall-rules/worker.js" });
  } catch (e) {
    blocked = e;
  }
  check("a plain string url is refused with worker_blocked (zh/en)", blocked && blocked.code === "worker_blocked" && /Trusted Types/.test(blocked.message), blocked && blocked.message);
} catch (e) {
  check("worker under Trusted Types", false, e && e.stack ? e.stack : e);
}
window.__results = results;
window.__done = true;
