// A Vue 3 page fed with pinyin records from the portal's API: the engine's fieldMap and
// valueMap read them; the page has no date or limit parsing of its own. Render functions (no
// template compiler), so the page runs under a CSP without 'unsafe-eval'.
import { createApp, h, ref } from "/static/vue.runtime.esm-browser.prod.js";
import init, { Engine } from "/node_modules/hall-rules/index.js";
import { records } from "/pages/portal-records.js";

const results = [];
try {
  await init();
  const engine = new Engine({
    fieldMap: { ywh: "id", bjlx: "category", slsj: "receivedAt", cnsx: "limit", bjsj: "concludedAt" },
    valueMap: { category: { 1: "immediate", 2: "promised", 3: "joint" } },
  });
  const rows = ref(records);
  const App = {
    setup() {
      return () => {
        const batch = engine.assessDeadlines(rows.value, PORTAL_NOW);
        const labels = { on_track: "绿牌", warning: "黄牌", overdue: "红牌", done_on_time: "按期办结", done_late: "超期办结", invalid: "数据有误" };
        return h("table", { id: "cases", border: 1 }, [
          h("thead", h("tr", ["业务号", "申请人", "受理时间", "承诺时限", "时限预警", "办结时限"].map((t) => h("th", t)))),
          h(
            "tbody",
            rows.value.map((r, i) => {
              const report = batch.results[i];
              return h("tr", { key: r.ywh, "data-id": r.ywh, "data-status": report.status }, [
                h("td", r.ywh),
                h("td", r.sqr),
                h("td", r.slsj),
                h("td", r.cnsx),
                h("td", { class: "badge" }, labels[report.status]),
                h("td", { class: "due" }, report.dueAt ? report.dueAt.slice(0, 16).replace("T", " ") : report.findings.map((f) => f.message).join(" ")),
              ]);
            }),
          ),
        ]);
      };
    },
  };
  createApp(App).mount("#app");
  results.push(
    ...portalCheck("Vue table: ", (id) => {
      const tr = document.querySelector(`#cases tr[data-id="${id}"]`);
      return tr ? { status: tr.getAttribute("data-status"), badge: tr.querySelector(".badge").textContent, due: tr.querySelector(".due").textContent } : null;
    }),
  );
} catch (e) {
  results.push({ name: "Vue page rendered", ok: false, detail: e && e.stack ? e.stack : String(e) });
}
window.__results = results;
window.__done = true;
