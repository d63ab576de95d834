// A minimal portal app as a bundler builds it (Vite, webpack 5): the package by its name only.
// It reports one computed card, decorate() on a small table, and the time to the first card.
import init, { Engine, decorate } from "hall-rules";

const results = [];
const started = performance.now();
init()
  .then(() => {
    const engine = new Engine({ locale: "zh-CN" });
    const r = engine.assessDeadline({ id: "B-1", category: "承诺件", receivedAt: "2026-02-12T10:00" }, "2026-02-13T10:00");
    // Hand-checked: 3 working days after 02-12 skip the Spring Festival (02-15..23): due 02-24 17:30.
    results.push({ name: "a computed card", ok: r.card === "green" && r.dueAt === "2026-02-24T17:30:00+08:00", detail: `${r.card} ${r.dueAt}` });
    const firstCardMs = performance.now() - started;
    const handle = decorate(document.getElementById("cases"), {
      engine,
      columns: { id: "办件编号", category: "办件类型", receivedAt: "收件时间" },
      now: "2026-02-26 10:00",
    });
    const row = document.querySelector('#cases tbody tr[data-hall-rules-card]');
    results.push({ name: "decorate() adds a red card to the overdue row", ok: !!row && row.getAttribute("data-hall-rules-card") === "red", detail: row ? row.outerHTML.slice(0, 200) : "no decorated row" });
    handle.disconnect();
    window.__firstCardMs = firstCardMs;
  })
  .catch((e) => results.push({ name: "init() and the engine", ok: false, detail: e && e.stack ? e.stack : String(e) }))
  .then(() => {
    window.__results = results;
    window.__done = true;
  });
