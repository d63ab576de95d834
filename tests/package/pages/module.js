// The ES module entry in the browser: init(), the shared smoke, decorate() and the worker.
import init, { Engine, columnCodes, decorate, HallRulesWorker } from "/node_modules/hall-rules/index.js";

const extra = [];
const check = (name, ok, detail = "") => extra.push({ name, ok: !!ok, detail: ok ? "" : String(detail) });
const NOW = "2026-02-26T10:00:00+08:00";

function cases(n) {
  const cats = ["承诺件", "即办件", "联办件", "许可件", "上报件"];
  const start = Date.parse("2026-01-05T09:00:00+08:00");
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push({ id: `W-${i}`, category: i % 997 === 5 ? "无此类型" : cats[i % cats.length], receivedAt: start + ((i * 7919) % (50 * 86400)) * 1000 });
  }
  return out;
}

async function rejects(promise) {
  try {
    await promise;
    return null;
  } catch (e) {
    return e;
  }
}

async function main() {
  await init();
  const results = self.hallRulesSmoke({ Engine, columnCodes });
  const engine = new Engine();

  // decorate() from the ES module: rows added later are decorated too.
  const table = document.getElementById("t");
  const row = (cells) => {
    const tr = document.createElement("tr");
    for (const c of cells) tr.appendChild(document.createElement("td")).textContent = c;
    return tr;
  };
  table.tBodies[0].appendChild(row(["P-1", "承诺件", "2026-02-12 10:00"]));
  let updates = 0;
  const handle = decorate(table, { engine, idColumn: "办件编号", categoryColumn: "办件类型", receivedColumn: "收件时间", now: () => "2026-02-13T10:00", debounce: 10, onUpdate: () => updates++ });
  check("ESM decorate: P-1 green", table.tBodies[0].rows[0].getAttribute("data-hall-rules-card") === "green");
  table.tBodies[0].appendChild(row(["P-9", "承诺件", "2026-01-05 10:00"]));
  await new Promise((r) => setTimeout(r, 200));
  check("ESM decorate: a row added later is decorated (red)", table.tBodies[0].rows[1].getAttribute("data-hall-rules-card") === "red", table.tBodies[0].rows[1].outerHTML);
  check("ESM decorate: its own writes do not re-trigger it", updates === 2, `updates=${updates}`);
  handle.disconnect();

  // readRow instead of columns, English labels overridden, no inline styles.
  const t2 = document.getElementById("t2");
  const h2 = decorate(t2, {
    engine,
    readRow: (tr) => (tr.dataset.received ? { id: tr.dataset.id, category: tr.dataset.category, receivedAt: tr.dataset.received } : null),
    now: () => "2026-02-13T10:00",
    locale: "en",
    labels: { green: "OK", header: "SLA" },
    styles: false,
  });
  const b2 = t2.querySelector('tbody [data-hall-rules="badge"]');
  check("ESM decorate with readRow, labels and styles: false", b2 && b2.textContent === "OK" && b2.getAttribute("style") === null && t2.querySelector("thead th:last-child").textContent === "SLA", b2 && b2.outerHTML);
  check("ESM decorate: a row readRow skips gets no cell", t2.tBodies[0].rows[1].cells.length === 1, t2.tBodies[0].rows[1].outerHTML);
  let threw = null;
  try {
    decorate(t2, { engine, categoryColumn: "无此列", receivedColumn: 1 });
  } catch (e) {
    threw = e;
  }
  check("ESM decorate: an unknown header text throws column_not_found", threw && threw.code === "column_not_found" && threw.path === "categoryColumn", threw);
  h2.disconnect(true);

  // The worker: chunks, progress, the same answers as one direct call.
  const hw = new HallRulesWorker({ chunkSize: 20000 });
  const big = cases(50000);
  const direct = engine.assessDeadlines(big, NOW);
  const progress = [];
  const viaWorker = await hw.assessDeadlines(big, NOW, { onProgress: (p) => progress.push(p) });
  check("worker: progress after each chunk 0.4, 0.8, 1", JSON.stringify(progress) === "[0.4,0.8,1]", JSON.stringify(progress));
  check("worker: merged summary equals one direct call", JSON.stringify(viaWorker.summary) === JSON.stringify(direct.summary), JSON.stringify(viaWorker.summary));
  let same = viaWorker.results.length === direct.results.length;
  for (let i = 0; same && i < direct.results.length; i++) {
    const a = direct.results[i];
    const b = viaWorker.results[i];
    same = a.id === b.id && a.status === b.status && a.card === b.card && a.dueAt === b.dueAt;
  }
  check("worker: 50,000 reports equal the direct ones, in order", same);
  check("worker: the batch has the direct call's shape (results, summary; reports out of sight)", Object.keys(viaWorker).sort().join() === Object.keys(direct).sort().join() && viaWorker.reports === viaWorker.results, Object.keys(viaWorker).join());

  // helper-25: a value a message cannot carry rejected with the browser's raw DataCloneError.
  let cloneErr = null;
  try {
    await hw.assessDeadlines(new Proxy([], {}), NOW);
  } catch (e) {
    cloneErr = e;
  }
  check("worker: an argument a message cannot carry rejects with invalid_argument", cloneErr instanceof Error && cloneErr.code === "invalid_argument" && cloneErr.path === "cases", cloneErr && `${cloneErr.code} ${cloneErr.path} ${cloneErr.message}`);
  const afterClone = await hw.assessDeadlines(big.slice(0, 3), NOW);
  check("worker: still answers after that", afterClone.results.length === 3, JSON.stringify(afterClone.summary));

  const n = 45000;
  const codes = columnCodes();
  const cols = { receivedAt: new Float64Array(n), category: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    cols.receivedAt[i] = big[i].receivedAt;
    cols.category[i] = i % 4;
  }
  const directCols = engine.assessDeadlinesColumnar(cols, NOW);
  const colProgress = [];
  const workerCols = await hw.assessDeadlinesColumnar(cols, NOW, { onProgress: (p, done) => colProgress.push(done) });
  check("worker columnar: progress 20000, 40000, 45000", colProgress.join(",") === "20000,40000,45000", colProgress.join(","));
  let sameCols = workerCols.dueAt.length === n && JSON.stringify(workerCols.summary) === JSON.stringify(directCols.summary);
  for (let i = 0; sameCols && i < n; i++) {
    sameCols = workerCols.status[i] === directCols.status[i] && workerCols.card[i] === directCols.card[i] && Object.is(workerCols.dueAt[i], directCols.dueAt[i]);
  }
  check("worker columnar: arrays and summary equal the direct call", sameCols, codes.status.join());
  check("worker columnar: the input was copied, not taken", cols.receivedAt.length === n);

  let directErr = null;
  try {
    engine.assessDeadlines(big.slice(0, 3), "not a time");
  } catch (e) {
    directErr = e;
  }
  const err = await rejects(hw.assessDeadlines(big.slice(0, 3), "not a time"));
  check("worker: an engine error comes back with its code and path", err && directErr && err.code === directErr.code && err.path === directErr.path && err.message === directErr.message, err && `${err.code} ${err.path}`);

  const ac = new AbortController();
  const running = hw.assessDeadlines(big, NOW, { signal: ac.signal });
  ac.abort();
  const cancelled = await rejects(running);
  check("worker: abort rejects with code cancelled", cancelled && cancelled.code === "cancelled", cancelled);
  const after = await hw.assessDeadlines(big.slice(0, 10), NOW);
  check("worker: still works after a cancelled call", after.summary.total === 10);
  hw.terminate();
  const gone = await rejects(hw.assessDeadlines(big.slice(0, 1), NOW));
  check("worker: a call after terminate() rejects", gone instanceof Error, gone);
  engine.free();
  return results;
}

main().then(
  (results) => {
    window.__results = results.concat(extra);
    window.__done = true;
  },
  (e) => {
    window.__results = extra.concat([{ name: "module page", ok: false, detail: e && e.stack ? e.stack : String(e) }]);
    window.__done = true;
  },
);
