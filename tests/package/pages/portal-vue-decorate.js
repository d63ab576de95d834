// decorate() on a table that Vue 3 owns and re-renders, as Element Plus-style pages do: sorting
// (rows moved), paging (rows replaced by others), the data replaced (new row objects), a cell
// edited. After each, every shown row must carry exactly one added cell with the hand-checked
// state and due time, and the header exactly one added cell. The page has no rule code.
import { createApp, h, nextTick, ref } from "/static/vue.runtime.esm-browser.prod.js";
import init, { Engine, decorate } from "/node_modules/hall-rules/index.js";
import { records } from "/pages/portal-records.js";

const results = [];
const PAGE = 6;
try {
  await init();
  const rows = ref(records.map((r) => ({ ...r })));
  const order = ref(1);
  const page = ref(0);
  const App = {
    setup() {
      return () => {
        const sorted = [...rows.value].sort((a, b) => order.value * a.ywh.localeCompare(b.ywh));
        const shown = sorted.slice(page.value * PAGE, page.value * PAGE + PAGE);
        return h("table", { id: "cases", border: 1 }, [
          h("thead", h("tr", ["业务号", "申请人", "办件类型", "受理时间", "承诺时限", "办结时间"].map((t) => h("th", t)))),
          h(
            "tbody",
            shown.map((r) => h("tr", { key: r.ywh, "data-id": r.ywh }, [h("td", r.ywh), h("td", r.sqr), h("td", String(r.bjlx)), h("td", r.slsj), h("td", r.cnsx), h("td", r.bjsj)])),
          ),
        ]);
      };
    },
  };
  createApp(App).mount("#app");
  const engine = new Engine({ valueMap: { category: { 1: "immediate", 2: "promised", 3: "joint" } } });
  let updates = 0;
  const handle = decorate(document.getElementById("cases"), {
    engine,
    columns: { id: "业务号", category: "办件类型", receivedAt: "受理时间", limit: "承诺时限", concludedAt: "办结时间" },
    now: () => PORTAL_NOW,
    debounce: 10,
    onUpdate: () => updates++,
  });
  await handle.ready;

  // Waits for Vue's patch and decorate()'s debounced pass after it.
  const settle = async () => {
    await nextTick();
    const before = updates;
    for (let i = 0; i < 100 && updates === before; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 60));
  };
  const check = (label, wantIds) => {
    const trs = [...document.querySelectorAll("#cases tbody tr")];
    const ids = trs.map((tr) => tr.getAttribute("data-id"));
    results.push({ name: `${label}: the rows Vue shows`, ok: JSON.stringify(ids) === JSON.stringify(wantIds), detail: `${ids} vs ${wantIds}` });
    const wrong = [];
    for (const tr of trs) {
      const id = tr.getAttribute("data-id");
      const want = PORTAL_EXPECT[id];
      const own = tr.querySelectorAll('[data-hall-rules="cell"]');
      const due = tr.querySelector(".hall-rules-due");
      const status = tr.getAttribute("data-hall-rules-status");
      if (own.length !== 1 || status !== want.status || (want.due && (!due || due.textContent.indexOf(want.due) !== 0))) {
        wrong.push(`${id}: ${own.length} cells, ${status}, ${due && due.textContent}`);
      }
    }
    results.push({ name: `${label}: one added cell per row, each with the hand-checked state and due time`, ok: wrong.length === 0, detail: wrong.join("; ") });
    const heads = document.querySelectorAll('#cases thead [data-hall-rules="head"]').length;
    results.push({ name: `${label}: one added header cell`, ok: heads === 1, detail: String(heads) });
  };
  const ids = (list) => list.map((r) => r.ywh);
  const all = ids(records).sort();

  check("Vue + decorate, first page", all.slice(0, PAGE));
  order.value = -1;
  await settle();
  check("Vue + decorate, sorted the other way (rows moved)", [...all].reverse().slice(0, PAGE));
  page.value = 1;
  await settle();
  check("Vue + decorate, next page (rows replaced)", [...all].reverse().slice(PAGE, 2 * PAGE));
  rows.value = records.filter((r, i) => i % 2 === 0).map((r) => ({ ...r }));
  order.value = 1;
  page.value = 0;
  await settle();
  check("Vue + decorate, data replaced by a new list", ids(records.filter((r, i) => i % 2 === 0)).sort().slice(0, PAGE));
  // A cell edited in place: A01 (承诺件, on track) given the limit 1.5天 is no longer readable.
  rows.value = rows.value.map((r) => (r.ywh === "A01" ? { ...r, cnsx: "1.5天" } : r));
  await settle();
  const a01 = document.querySelector('#cases tr[data-id="A01"]');
  results.push({ name: "Vue + decorate, a cell edited: the row is assessed again", ok: a01 && a01.getAttribute("data-hall-rules-status") === "invalid", detail: a01 && a01.getAttribute("data-hall-rules-status") });
  handle.disconnect(true);
  results.push({ name: "Vue + decorate, disconnect(true) leaves Vue's table as it rendered it", ok: document.querySelectorAll("#cases [data-hall-rules]").length === 0, detail: "" });
} catch (e) {
  results.push({ name: "Vue page decorated", ok: false, detail: e && e.stack ? e.stack : String(e) });
}
window.__results = results;
window.__done = true;
