// 监督 / Supervision — the tab of the demo console that follows up complaints and ratings and
// watches the windows and the queue.
//
// From sample-supervision.json, all computed by the local engine:
//   1. share cards per unit (good and bad rating shares, rectification and call-back rates) and
//      the complaint tracker with its due dates and findings (assessComplaints, SUP-1, SUP-2);
//   2. one day of window hours on a timeline: published hours, closures without AB cover (red)
//      or with it (amber) (assessWindows, DL-10);
//   3. queue waits per hour, average and 90th percentile against the limit (SUP-4);
//   4. the findings of the day, and a link to the printable monthly bulletin (bulletin.html).
// app.js mounts the tab with `mountSupervision(panel, ctx)`; ctx brings the page's helpers
// (t, h, s, clear), the Engine class and getters for the shared engine and the locale. As in
// app.js, all DOM is built with createElement / textContent (SVG with createElementNS).

import { loadSupervisionData, complaintItems, windowsInput, unitName, windowName, sectorName, typeName } from "./supdata.js";
import { $ } from "./dom.js";
import { errorText, fmtInstant, fmtShare, pad2 } from "./format.js";

const FILTERS = ["tracked", "open", "findings", "all"];
const LEVELS = { 非常满意: 5, 满意: 4, 基本满意: 3, 不满意: 2, 非常不满意: 1 };

// ------------------------------------------------------------------ state

let ctx = null;
let data = null;
const view = { filter: "tracked" };
let cache = { engine: null, complaints: null };
const windowsEngine = { locale: null, engine: null, result: null }; // the engine with the hall's window minimums

const fmtNum = (n) => (n == null ? "—" : String(Math.round(n * 10) / 10));
const hhmm = (min) => `${pad2(Math.floor(min / 60))}:${pad2(min % 60)}`;

/** Minutes after midnight of an ISO instant's wall clock (the engine writes Beijing time). */
function minuteOf(iso) {
  const m = /T(\d{2}):(\d{2})/.exec(iso || "");
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}


function complaints() {
  const engine = ctx.engine();
  if (cache.engine !== engine) cache = { engine, complaints: engine.assessComplaints(complaintItems(data), data.assessAt) };
  return cache.complaints;
}

function windowsResult() {
  const locale = ctx.locale();
  if (windowsEngine.locale !== locale || !windowsEngine.result) {
    if (windowsEngine.engine) {
      try {
        windowsEngine.engine.free();
      } catch {
        /* already freed */
      }
    }
    windowsEngine.engine = new ctx.Engine({ locale, ruleset: data.windowDay.ruleset });
    windowsEngine.locale = locale;
    windowsEngine.result = windowsEngine.engine.assessWindows(windowsInput(data, locale), data.assessAt);
  }
  return windowsEngine.result;
}

// ------------------------------------------------------------------ mount

export function mountSupervision(panel, context) {
  ctx = context;
  const { h, t } = ctx;
  panel.classList.add("sup");
  const status = h("p", { className: "hint", id: "sup-status", role: "status", text: t("cd.loading") });
  panel.append(status);
  loadSupervisionData()
    .then((d) => {
      data = d;
      if (!panel.isConnected) return;
      status.remove();
      build(panel);
    })
    .catch((err) => {
      status.textContent = t("cd.loadError", { msg: errorText(err) });
      status.classList.add("error-text");
    });
}

function build(panel) {
  const { h, t } = ctx;
  let comp;
  let win;
  try {
    comp = complaints();
    win = windowsResult();
  } catch (err) {
    panel.append(h("p", { className: "error-text", role: "alert", id: "sup-error", text: t("cd.engineError", { msg: errorText(err) }) }));
    return;
  }
  const locale = ctx.locale();
  const [y, m] = data.month.split("-").map(Number);
  const month = locale === "en" ? t("cd.monthLabel", { y, month: t("cal.months").split(",")[m - 1] }) : t("cd.monthLabel", { y, m });

  const filter = h(
    "select",
    { id: "sup-complaint-filter", on: { change: (ev) => ((view.filter = ev.currentTarget.value), renderComplaints()) } },
    FILTERS.map((f) => h("option", { value: f, text: t(`sup.filter.${f}`) })),
  );
  filter.value = view.filter;

  panel.append(
    h(
      "div",
      { className: "card sup-head" },
      h(
        "div",
        { className: "sup-head-text" },
        h("h2", { className: "card-title", text: t("sup.title", { month }) }),
        h("p", { className: "hint", id: "sup-assessed", text: t("sup.assessedAt", { now: fmtInstant(data.assessAt) }) }),
      ),
      h("a", {
        id: "sup-bulletin",
        className: "btn btn-primary sup-bulletin-link",
        href: `./bulletin.html?lang=${locale === "en" ? "en" : "zh"}`,
        target: "_blank",
        rel: "noopener",
        text: t("sup.bulletin"),
      }),
    ),
    h("section", { className: "sup-shares", id: "sup-shares", "aria-label": t("sup.shares.title") }),
    h(
      "div",
      { className: "card table-card" },
      h(
        "div",
        { className: "table-toolbar" },
        h("h2", { className: "card-title sup-inline-title", text: t("sup.complaints.title") }),
        h("label", { className: "inline-field" }, h("span", { text: t("sup.filter") }), filter),
        h("span", { id: "sup-complaint-count", className: "row-count", "aria-live": "polite" }),
      ),
      h("div", { className: "table-wrap sup-table-wrap", tabindex: "0", role: "region", "aria-label": t("sup.complaints.title") }, h("table", { id: "sup-complaints", className: "cases sup-complaints" })),
    ),
    h(
      "div",
      { className: "card" },
      h("h2", { className: "card-title", text: t("sup.tl.title", { date: win.date }) }),
      h("p", { className: "hint", text: t("sup.tl.intro", { minutes: win.standardMinutes }) }),
      h("div", { className: "chart sup-chart", id: "sup-timeline", tabindex: "0", role: "region", "aria-label": t("sup.tl.title", { date: win.date }) }),
      h(
        "ul",
        { className: "legend", "aria-label": t("cal.legend") },
        [
          ["sup-sw-standard", "sup.tl.standard"],
          ["sup-sw-published", "sup.tl.published"],
          ["sup-sw-closed", "sup.tl.closed"],
          ["sup-sw-covered", "sup.tl.covered"],
        ].map(([cls, key]) => h("li", null, h("span", { className: `swatch ${cls}`, "aria-hidden": "true" }), t(key))),
      ),
      h("div", { className: "table-wrap", tabindex: "0", role: "region", "aria-label": t("sup.tl.title", { date: win.date }) }, h("table", { className: "mini sup-closures", id: "sup-closures" })),
    ),
    h(
      "div",
      { className: "sup-two" },
      h(
        "div",
        { className: "card" },
        h("h2", { className: "card-title", text: t("sup.wait.title", { date: win.date }) }),
        h("div", { className: "chart sup-chart", id: "sup-waits", tabindex: "0", role: "region", "aria-label": t("sup.wait.title", { date: win.date }) }),
        h(
          "ul",
          { className: "legend", "aria-label": t("cal.legend") },
          h("li", null, h("span", { className: "swatch sup-sw-avg", "aria-hidden": "true" }), t("sup.wait.avg")),
          h("li", null, h("span", { className: "swatch sup-sw-p90", "aria-hidden": "true" }), t("sup.wait.p90")),
          h("li", null, h("span", { className: "swatch sup-sw-over", "aria-hidden": "true" }), t("sup.wait.overLegend")),
        ),
        h("div", { className: "table-wrap", tabindex: "0", role: "region", "aria-label": t("sup.wait.title", { date: win.date }) }, h("table", { className: "mini sup-wait-table", id: "sup-waits-windows" })),
      ),
      h(
        "div",
        { className: "card" },
        h("h2", { className: "card-title", text: t("sup.findings.title") }),
        h("div", { className: "sup-byrule", id: "sup-findings-byrule" }),
        h("ul", { className: "findings sup-findings", id: "sup-findings" }),
      ),
    ),
  );
  renderShares(comp);
  renderComplaints();
  renderTimeline(win);
  renderWaits(win);
  renderFindings(win);
}

// ------------------------------------------------------------------ 1. shares and the complaint tracker

function renderShares(comp) {
  const { h, t, clear } = ctx;
  const locale = ctx.locale();
  const host = clear($("sup-shares"));
  const meter = (label, value, cls, id) => {
    const fill = h("span", { className: `sup-meter-fill ${cls}` });
    fill.style.width = `${Math.max(0, Math.min(1, value ?? 0)) * 100}%`; // CSSOM (no style attribute: CSP)
    return h(
      "div",
      { className: "sup-rate", id, dataset: { value: value ?? "" } },
      h("span", { className: "sup-rate-label", text: label }),
      h("span", { className: "sup-meter", "aria-hidden": "true" }, fill),
      h("span", { className: "sup-rate-value mono", text: fmtShare(value) }),
    );
  };
  const card = (id, title, sub, sh) =>
    h(
      "div",
      { className: "card sup-share", id: `sup-share-${id}`, dataset: { unit: id } },
      h("h3", { className: "sup-share-title" }, title, sub ? h("span", { className: "chip", text: sub }) : null),
      h(
        "div",
        { className: "sup-share-big" },
        h("span", { className: "sup-share-value", text: fmtShare(sh.goodShare) }),
        h("span", { className: "muted", text: t("sup.shares.good", { n: sh.good, total: sh.ratings }) }),
      ),
      meter(t("sup.shares.goodShare"), sh.goodShare, "good", `sup-share-${id}-good`),
      meter(t("sup.shares.badShare"), sh.badShare, "bad", `sup-share-${id}-bad`),
      meter(t("sup.shares.rectification"), sh.rectificationRate, "rate", `sup-share-${id}-rect`),
      meter(t("sup.shares.callBack"), sh.callBackRate, "rate", `sup-share-${id}-callback`),
      h(
        "p",
        { className: "sup-share-counts" },
        t("sup.shares.counts", { complaints: sh.complaints, closed: sh.complaintsClosed, named: sh.namedBad, appeals: sh.appealsUpheld }),
      ),
    );
  host.append(card("overall", t("sup.shares.overall"), null, comp.overall));
  for (const u of data.units) {
    const sh = comp.byUnit[u.id];
    if (sh) host.append(card(u.id, unitName(data, u.id, locale), sectorName(data, u.sector, locale), sh));
  }
}

function levelLabel(level) {
  const n = typeof level === "number" ? level : LEVELS[level];
  return n ? ctx.t(`sup.level.${n}`) : String(level ?? "—");
}

function renderComplaints() {
  const { h, t, clear } = ctx;
  const comp = complaints();
  const locale = ctx.locale();
  const rows = comp.results.map((item, i) => ({ item, source: data.complaints[i] || {} }));
  const shown = rows.filter(({ item }) => {
    if (view.filter === "tracked") return item.tracked || item.state === "invalid";
    if (view.filter === "open") return item.state === "open";
    if (view.filter === "findings") return item.findings.length > 0;
    return true;
  });
  const table = clear($("sup-complaints"));
  table.append(
    h("caption", { className: "visually-hidden", text: t("sup.complaints.title") }),
    h(
      "thead",
      null,
      h("tr", null, ["sup.col.id", "sup.col.kind", "sup.col.window", "sup.col.received", "sup.col.state", "sup.col.verifyDue", "sup.col.resolveDue", "sup.col.findings"].map((k) => h("th", { scope: "col", className: "sup-th", text: t(k) }))),
    ),
  );
  const body = h("tbody");
  for (const { item, source } of shown) {
    const kind = item.kind === "rating" ? `${t("sup.kind.rating")} · ${levelLabel(source.level)}` : t(`sup.kind.${item.kind}`);
    body.append(
      h(
        "tr",
        { className: `sup-row state-${item.state}`, id: `sup-item-${item.id ?? "none"}`, dataset: { id: item.id ?? "", state: item.state, kind: item.kind, tracked: String(item.tracked) } },
        h("td", { className: "mono", text: item.id ?? "—" }),
        h("td", null, kind, source.named ? h("span", { className: "tag tag-after", text: t("sup.named") }) : null, source.appeal && source.appeal.upheld ? h("span", { className: "tag tag-paused", text: t("sup.appealUpheld") }) : null),
        h("td", null, h("div", { text: source.window ? windowName(data, source.window, locale) : "—" }), h("div", { className: "sub", text: source.unit ? unitName(data, source.unit, locale) : "" })),
        h("td", { className: `mono${item.state === "invalid" ? " invalid-text" : ""}`, text: fmtInstant(source.receivedAt) }),
        h("td", null, h("span", { className: `status-pill sup-state state-${item.state}`, text: t(`sup.state.${item.state}`) })),
        h("td", { className: "mono", text: fmtInstant(item.verifyDue) }),
        h("td", { className: "mono", text: fmtInstant(item.resolveDue) }),
        h(
          "td",
          { className: "col-findings" },
          item.findings.length
            ? h(
                "ul",
                { className: "findings" },
                item.findings.map((f) => h("li", { className: `finding sev-${f.severity}`, dataset: { rule: f.rule, code: f.code } }, h("span", { className: "rule", title: f.code, text: f.rule }), h("span", { className: "msg", text: f.message }))),
              )
            : h("span", { className: "muted", text: t("findings.none") }),
        ),
      ),
    );
  }
  table.append(body);
  $("sup-complaint-count").textContent = t("rows.count", { shown: shown.length, total: rows.length });
}

// ------------------------------------------------------------------ 2. the day's windows

function renderTimeline(win) {
  const { s, t, h, clear } = ctx;
  const locale = ctx.locale();
  const host = clear($("sup-timeline"));
  const input = windowsInput(data, locale);
  let standard = [];
  try {
    standard = ctx.engine().dayInfo(win.date).officeHours;
  } catch {
    standard = [];
  }
  const parse = (block) => block.split("-").map((x) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3, 5)));
  const shortRows = new Set(win.findings.filter((f) => f.code === "window_hours_short").map((f) => Number((/^windows\[(\d+)\]/.exec(f.path) || [])[1])));

  const from = 8 * 60 + 30;
  const to = 18 * 60;
  const labelW = locale === "en" ? 210 : 128;
  const plotW = 760;
  const rowH = 24;
  const axisH = 22;
  const width = labelW + plotW + 90;
  const height = axisH + input.windows.length * rowH + 6;
  const x = (min) => labelW + ((min - from) / (to - from)) * plotW;

  const svg = s("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width: String(width),
    height: String(height),
    role: "img",
    "aria-label": t("sup.tl.aria", { date: win.date, n: input.windows.length, closures: win.closures.length }),
    className: "sup-svg sup-timeline-svg",
    id: "sup-timeline-svg",
    preserveAspectRatio: "xMinYMin meet",
  });
  svg.append(s("title", null, t("sup.tl.title", { date: win.date })));
  // the hall's standard hours as bands behind the rows
  for (const block of standard) {
    const [a, b] = parse(block);
    svg.append(s("rect", { x: x(a), y: axisH - 4, width: x(b) - x(a), height: height - axisH + 2, className: "sup-standard" }));
  }
  // hour ticks
  for (let hr = 9; hr <= 18; hr++) {
    svg.append(
      s("line", { x1: x(hr * 60), x2: x(hr * 60), y1: axisH - 6, y2: height - 2, className: "sup-tick" }),
      s("text", { x: x(hr * 60), y: axisH - 9, "text-anchor": "middle", className: "sup-tick-label" }, `${pad2(hr)}:00`),
    );
  }
  input.windows.forEach((w, i) => {
    const y0 = axisH + i * rowH;
    const row = s("g", { className: `sup-row${shortRows.has(i) ? " is-short" : ""}`, dataset: { window: w.id } });
    row.append(
      s("text", { x: labelW - 8, y: y0 + rowH / 2, "text-anchor": "end", "dominant-baseline": "middle", className: "sup-row-label" }, `${w.name} · ${typeName(data, w.type, locale)}`),
      s("line", { x1: labelW, x2: labelW + plotW, y1: y0 + rowH, y2: y0 + rowH, className: "sup-row-line" }),
    );
    for (const block of w.published) {
      const [a, b] = parse(block);
      row.append(s("rect", { x: x(a), y: y0 + 6, width: x(b) - x(a), height: rowH - 12, rx: 2, className: "sup-published" }, s("title", null, `${w.name} ${t("sup.tl.published")} ${block}`)));
    }
    for (const c of win.closures.filter((c) => c.window === w.id)) {
      const a = minuteOf(c.from);
      const b = minuteOf(c.to);
      const covered = c.substitute != null;
      const label = `${w.name} ${hhmm(a)}–${hhmm(b)} · ${c.reason || t("sup.tl.noReason")} · ${covered ? t("sup.tl.coveredBy", { name: c.substitute }) : t("sup.tl.noCover")}`;
      row.append(
        s(
          "rect",
          { x: x(a), y: y0 + 3, width: Math.max(2, x(b) - x(a)), height: rowH - 6, rx: 2, className: `sup-closure ${covered ? "is-covered" : "is-closed"}`, dataset: { from: hhmm(a), to: hhmm(b) } },
          s("title", null, label),
        ),
      );
    }
    if (shortRows.has(i)) row.append(s("text", { x: labelW + plotW + 8, y: y0 + rowH / 2, "dominant-baseline": "middle", className: "sup-short-label" }, t("sup.tl.short")));
    svg.append(row);
  });
  host.append(svg);

  // the closures as a table, too (readable without the chart)
  const table = clear($("sup-closures"));
  table.append(
    h("thead", null, h("tr", null, ["sup.cl.window", "sup.cl.time", "sup.cl.minutes", "sup.cl.reason", "sup.cl.cover"].map((k) => h("th", { scope: "col", text: t(k) })))),
    h(
      "tbody",
      null,
      win.closures.map((c) =>
        h(
          "tr",
          { className: c.substitute != null ? "is-covered" : "is-closed", dataset: { window: c.window } },
          h("td", null, windowName(data, c.window, locale), " ", h("span", { className: "mono muted", text: c.window })),
          h("td", { className: "mono", text: `${hhmm(minuteOf(c.from))}–${hhmm(minuteOf(c.to))}` }),
          h("td", { className: "mono", text: String(c.minutes) }),
          h("td", { text: c.reason || t("sup.tl.noReason") }),
          h("td", null, c.substitute != null ? h("span", { className: "tag sup-tag-covered", text: t("sup.tl.coveredBy", { name: c.substitute }) }) : h("span", { className: "tag sup-tag-closed", text: t("sup.tl.noCover") })),
        ),
      ),
    ),
  );
}

// ------------------------------------------------------------------ 3. queue waits

function renderWaits(win) {
  const { s, t, h, clear } = ctx;
  const locale = ctx.locale();
  const host = clear($("sup-waits"));
  const limit = windowsEngine.engine.ruleset().supervision.queueWaitLimitMinutes;
  const hours = Object.keys(win.waitsByHour).sort();
  const stats = hours.map((hr) => ({ hr, ...win.waitsByHour[hr] }));
  const top = Math.max(limit * 1.4, ...stats.map((x) => x.p90Minutes ?? 0)) * 1.08;
  const left = 36;
  const plotH = 180;
  const padTop = 16;
  const slot = 64;
  const width = left + slot * Math.max(1, stats.length) + 100;
  const height = padTop + plotH + 50;
  const y = (v) => padTop + plotH - (v / top) * plotH;
  const list = stats.map((x) => `${x.hr}:00 ${t("sup.wait.avg")} ${fmtNum(x.averageMinutes)} / P90 ${fmtNum(x.p90Minutes)}`).join(locale === "en" ? ", " : "，");
  const svg = s("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width: String(width),
    height: String(height),
    role: "img",
    "aria-label": t("sup.wait.aria", { limit, list }),
    className: "sup-svg sup-wait-svg",
    id: "sup-waits-svg",
    preserveAspectRatio: "xMinYMin meet",
  });
  svg.append(s("title", null, t("sup.wait.title", { date: win.date })));
  for (let v = 0; v <= top; v += 10) {
    svg.append(
      s("line", { x1: left, x2: width - 100, y1: y(v), y2: y(v), className: v === 0 ? "cd-axis" : "cd-grid" }),
      s("text", { x: left - 6, y: y(v), "text-anchor": "end", "dominant-baseline": "middle", className: "cd-tick" }, String(v)),
    );
  }
  stats.forEach((st, i) => {
    const x0 = left + i * slot + 8;
    const bw = (slot - 16) / 2;
    const bar = (v, cls, dx, label) => {
      const hgt = v ? Math.max(1.5, y(0) - y(v)) : 0;
      return [
        s("rect", { x: x0 + dx, y: y(0) - hgt, width: bw - 1, height: hgt, rx: 1.5, className: cls }, s("title", null, label)),
        s("text", { x: x0 + dx + bw / 2, y: y(0) - hgt - 3, "text-anchor": "middle", className: "sup-bar-value" }, fmtNum(v)),
      ];
    };
    svg.append(
      s(
        "g",
        { className: `sup-hour${st.overLimit ? " has-over" : ""}`, dataset: { hour: st.hr, over: st.overLimit } },
        bar(st.averageMinutes, "sup-avg", 0, `${st.hr}:00 ${t("sup.wait.avg")} ${fmtNum(st.averageMinutes)} ${t("sup.wait.min")}`),
        bar(st.p90Minutes, `sup-p90${(st.p90Minutes ?? 0) > limit ? " is-over" : ""}`, bw, `${st.hr}:00 P90 ${fmtNum(st.p90Minutes)} ${t("sup.wait.min")} · ${t("sup.wait.over", { n: st.overLimit })}`),
        s("text", { x: x0 + bw, y: y(0) + 14, "text-anchor": "middle", className: "cd-bar-name" }, `${st.hr}:00`),
        s("text", { x: x0 + bw, y: y(0) + 28, "text-anchor": "middle", className: "sup-count" }, t("sup.wait.tickets", { n: st.tickets })),
        st.overLimit ? s("text", { x: x0 + bw, y: y(0) + 42, "text-anchor": "middle", className: "sup-count sup-over-text" }, t("sup.wait.ticketsOver", { n: st.overLimit })) : null,
      ),
    );
  });
  svg.append(
    s(
      "g",
      { className: "sup-limit" },
      s("line", { x1: left, x2: width - 96, y1: y(limit), y2: y(limit) }),
      s("text", { x: width - 92, y: y(limit), "dominant-baseline": "middle" }, t("sup.wait.limit", { n: limit })),
    ),
  );
  host.append(svg);

  const table = clear($("sup-waits-windows"));
  const ids = data.windows.map((w) => w.id).filter((id) => win.waitsByWindow[id]);
  table.append(
    h("thead", null, h("tr", null, ["sup.cl.window", "sup.wait.col.tickets", "sup.wait.avg", "sup.wait.median", "sup.wait.p90", "sup.wait.col.over", "sup.wait.col.notServed"].map((k) => h("th", { scope: "col", className: k === "sup.cl.window" ? "" : "num", text: t(k) })))),
    h(
      "tbody",
      null,
      ids.map((id) => {
        const st = win.waitsByWindow[id];
        return h(
          "tr",
          { className: st.overLimit ? "has-over" : "", dataset: { window: id } },
          h("td", null, windowName(data, id, locale), " ", h("span", { className: "mono muted", text: id })),
          h("td", { className: "num mono", text: String(st.tickets) }),
          h("td", { className: "num mono", text: fmtNum(st.averageMinutes) }),
          h("td", { className: "num mono", text: fmtNum(st.medianMinutes) }),
          h("td", { className: `num mono${(st.p90Minutes ?? 0) > limit ? " sup-over-text" : ""}`, text: fmtNum(st.p90Minutes) }),
          h("td", { className: `num mono${st.overLimit ? " sup-over-text" : ""}`, text: String(st.overLimit) }),
          h("td", { className: `num mono${st.notServed ? " sup-over-text" : ""}`, text: String(st.notServed) }),
        );
      }),
    ),
  );
}

// ------------------------------------------------------------------ 4. findings of the day

function renderFindings(win) {
  const { h, t, clear } = ctx;
  const byRule = new Map();
  for (const f of win.findings) byRule.set(f.rule, (byRule.get(f.rule) || 0) + 1);
  clear($("sup-findings-byrule")).append(
    h("span", { className: "hint", text: t("sup.findings.count", { n: win.findings.length }) }),
    ...[...byRule].map(([rule, n]) => h("span", { className: "chip sup-rule-chip", dataset: { rule }, text: `${rule} × ${n}` })),
  );
  const list = clear($("sup-findings"));
  if (!win.findings.length) list.append(h("li", { className: "muted", text: t("findings.none") }));
  for (const f of win.findings) {
    list.append(
      h(
        "li",
        { className: `finding sev-${f.severity}`, dataset: { rule: f.rule, code: f.code, path: f.path } },
        h("span", { className: "rule", title: f.code, text: f.rule }),
        h("span", { className: "msg" }, h("code", { className: "vc-path", text: f.path }), f.message),
      ),
    );
  }
}

// The words of the supervision tab (the page's own; findings, labels and errors are the engine's).
// app.js merges every tab's table into the page's.
export const STRINGS = {
  "zh-CN": {
    "sup.title": "{month}监督情况",
    "sup.assessedAt": "评估时刻：{now}（北京时间）。投诉与差评须在1个工作日内核实、15个工作日内办结；实名投诉100% 回访。",
    "sup.bulletin": "生成月度通报",
    "sup.shares.title": "好差评与整改",
    "sup.shares.overall": "全大厅",
    "sup.shares.good": "好评{n} / 评价{total}",
    "sup.shares.goodShare": "好评率",
    "sup.shares.badShare": "差评率",
    "sup.shares.rectification": "整改率",
    "sup.shares.callBack": "回访率",
    "sup.shares.counts": "投诉{complaints}件，已办结{closed}件 · 实名差评{named}件 · 申诉撤销{appeals}件",
    "sup.complaints.title": "投诉与差评跟踪",
    "sup.filter": "显示",
    "sup.filter.tracked": "需跟踪的（投诉、差评）",
    "sup.filter.open": "未办结",
    "sup.filter.findings": "有问题的",
    "sup.filter.all": "全部（含好评）",
    "sup.col.id": "编号",
    "sup.col.kind": "类型",
    "sup.col.window": "窗口 / 单位",
    "sup.col.received": "收到时间",
    "sup.col.state": "状态",
    "sup.col.verifyDue": "核实期限",
    "sup.col.resolveDue": "办结期限",
    "sup.col.findings": "规则提示",
    "sup.kind.complaint": "投诉",
    "sup.kind.rating": "评价",
    "sup.kind.invalid": "无法识别",
    "sup.level.5": "非常满意",
    "sup.level.4": "满意",
    "sup.level.3": "基本满意",
    "sup.level.2": "不满意",
    "sup.level.1": "非常不满意",
    "sup.named": "实名",
    "sup.appealUpheld": "申诉成立",
    "sup.state.open": "办理中",
    "sup.state.closed": "已办结",
    "sup.state.excluded": "不计入",
    "sup.state.invalid": "数据无效",
    "sup.tl.title": "窗口开放情况（{date}）",
    "sup.tl.intro": "每行一个窗口：浅色条为公布的办公时间，底色为大厅标准办公时间（{minutes}分钟）。红色为无 AB 岗顶岗的关闭，琥珀色为有 AB 岗顶岗。",
    "sup.tl.aria": "{date}窗口开放时间轴：{n}个窗口，关闭{closures}次",
    "sup.tl.standard": "大厅标准时间",
    "sup.tl.published": "公布的办公时间",
    "sup.tl.closed": "关闭（无AB岗）",
    "sup.tl.covered": "关闭（AB岗顶岗）",
    "sup.tl.noReason": "未说明原因",
    "sup.tl.coveredBy": "AB岗{name}顶岗",
    "sup.tl.noCover": "无人顶岗",
    "sup.tl.short": "公布时间不足",
    "sup.cl.window": "窗口",
    "sup.cl.time": "时段",
    "sup.cl.minutes": "分钟",
    "sup.cl.reason": "原因",
    "sup.cl.cover": "顶岗",
    "sup.wait.title": "排队等候（{date}，按取号时段）",
    "sup.wait.aria": "各时段排队等候时间柱状图，时限{limit}分钟：{list}",
    "sup.wait.avg": "平均",
    "sup.wait.median": "中位数",
    "sup.wait.p90": "90% 分位",
    "sup.wait.min": "分钟",
    "sup.wait.limit": "时限{n}分钟",
    "sup.wait.over": "超时{n}张",
    "sup.wait.overLegend": "超过时限",
    "sup.wait.tickets": "{n}张",
    "sup.wait.ticketsOver": "超时{n}",
    "sup.wait.col.tickets": "取号",
    "sup.wait.col.over": "超时",
    "sup.wait.col.notServed": "未叫号（计至下班）",
    "sup.findings.title": "当日发现的问题",
    "sup.findings.count": "共{n}条：",
  },
  en: {
    "sup.title": "Supervision, {month}",
    "sup.assessedAt": "Assessed at {now} (Beijing time). Complaints and bad ratings are verified within 1 working day and resolved within 15; every named complainant is called back.",
    "sup.bulletin": "Monthly bulletin",
    "sup.shares.title": "Ratings and follow-up",
    "sup.shares.overall": "Whole hall",
    "sup.shares.good": "{n} good of {total} ratings",
    "sup.shares.goodShare": "Good ratings",
    "sup.shares.badShare": "Bad ratings",
    "sup.shares.rectification": "Rectified",
    "sup.shares.callBack": "Called back",
    "sup.shares.counts": "Complaints {complaints}, closed {closed} · named bad ratings {named} · appeals upheld {appeals}",
    "sup.complaints.title": "Complaints and bad ratings",
    "sup.filter": "Show",
    "sup.filter.tracked": "Followed up (complaints, bad ratings)",
    "sup.filter.open": "Still open",
    "sup.filter.findings": "With findings",
    "sup.filter.all": "All (with good ratings)",
    "sup.col.id": "No.",
    "sup.col.kind": "Kind",
    "sup.col.window": "Window / unit",
    "sup.col.received": "Received",
    "sup.col.state": "State",
    "sup.col.verifyDue": "Verify by",
    "sup.col.resolveDue": "Resolve by",
    "sup.col.findings": "Findings",
    "sup.kind.complaint": "Complaint",
    "sup.kind.rating": "Rating",
    "sup.kind.invalid": "Unreadable",
    "sup.level.5": "Very satisfied",
    "sup.level.4": "Satisfied",
    "sup.level.3": "Fairly satisfied",
    "sup.level.2": "Dissatisfied",
    "sup.level.1": "Very dissatisfied",
    "sup.named": "named",
    "sup.appealUpheld": "appeal upheld",
    "sup.state.open": "Open",
    "sup.state.closed": "Closed",
    "sup.state.excluded": "Excluded",
    "sup.state.invalid": "Invalid",
    "sup.tl.title": "Window hours ({date})",
    "sup.tl.intro": "One row per window: the light bars are its published hours, the shading the hall's standard hours ({minutes} minutes). Red: closed with no AB-post cover; amber: closed with cover.",
    "sup.tl.aria": "Timeline of the windows on {date}: {n} windows, {closures} closures",
    "sup.tl.standard": "Hall's standard hours",
    "sup.tl.published": "Published hours",
    "sup.tl.closed": "Closed (no cover)",
    "sup.tl.covered": "Closed (AB-post cover)",
    "sup.tl.noReason": "no reason given",
    "sup.tl.coveredBy": "covered by {name}",
    "sup.tl.noCover": "no cover",
    "sup.tl.short": "short hours",
    "sup.cl.window": "Window",
    "sup.cl.time": "Time",
    "sup.cl.minutes": "Minutes",
    "sup.cl.reason": "Reason",
    "sup.cl.cover": "Cover",
    "sup.wait.title": "Queue waits ({date}, by the hour the ticket was taken)",
    "sup.wait.aria": "Bar chart of queue waits by hour, limit {limit} minutes: {list}",
    "sup.wait.avg": "Average",
    "sup.wait.median": "Median",
    "sup.wait.p90": "90th percentile",
    "sup.wait.min": "min",
    "sup.wait.limit": "limit {n} min",
    "sup.wait.over": "{n} over the limit",
    "sup.wait.overLegend": "Over the limit",
    "sup.wait.tickets": "{n} tickets",
    "sup.wait.ticketsOver": "{n} over",
    "sup.wait.col.tickets": "Tickets",
    "sup.wait.col.over": "Over",
    "sup.wait.col.notServed": "Never called (counted to closing)",
    "sup.findings.title": "Findings of the day",
    "sup.findings.count": "{n} in all:",
  },
};
