// 办件时限 / Deadlines: the time of assessment, the summary and chart, and the case table with
// each case's detail (DL-1..9). Every status, card, due time and message is the engine's; this
// tab sorts, filters and lays them out.

import { replayAsOf, localInputToIso, isoToLocalInput } from "./asof.js";
import { $, clear, h, s } from "./dom.js";
import { fmtInstant, textOf } from "./format.js";

// The page's words and state, its cached day lookup, the engine's name masking and time reader.
let t, state, dayInfo, words, maskName, readMs;

const STATUS_ORDER = ["overdue", "warning", "on_track", "done_late", "done_on_time", "invalid"];
const CARD_ORDER = ["red", "yellow", "green"];
const STATUS_KEYS = {
  on_track: "onTrack",
  warning: "warning",
  overdue: "overdue",
  done_on_time: "doneOnTime",
  done_late: "doneLate",
  invalid: "invalid",
};



const fmtShort = (iso) => fmtInstant(iso).slice(5);

function fmtMinutes(n) {
  if (n == null) return "—";
  const abs = Math.abs(n);
  if (abs < 60) return t("fmt.minutes", { n: abs });
  return t("fmt.hoursMinutes", { h: Math.floor(abs / 60), m: abs % 60 });
}

function fmtLimit(limit) {
  if (!limit) return "—";
  return t(`unit.${limit.unit}`, { n: limit.value });
}

function fmtPercent(share) {
  if (share == null) return "—";
  return `${Math.round(share * 100)}%`;
}

// The engine's category when it read one; else the record's own words (an invalid record's
// category is shown as written: the demo keeps no list of the engine's aliases).
function categoryLabel(report, raw) {
  if (report.category) return t(`cat.${report.category}`);
  return raw == null ? "—" : String(raw);
}

function reasonLabel(reason) {
  if (reason == null || reason === "") return t("detail.noReason");
  const key = `reason.${reason}`;
  const table = words();
  return key in table ? table[key] : String(reason);
}



let lastAssessment = null;

export function mountDeadlines(panel, context) {
  ({ t, state, dayInfo, words, maskName, readMs } = context);
  const presets = state.data.nowPresets || [];

  const nowInput = h("input", {
    type: "datetime-local",
    id: "now-input",
    step: "60",
    min: "2015-01-01T00:00",
    max: "2100-12-31T23:59",
    value: isoToLocalInput(state.now),
    on: {
      change: () => applyNowFromInput(),
      keydown: (ev) => {
        if (ev.key === "Enter") applyNowFromInput();
      },
    },
  });

  const presetButtons = presets.map((p) =>
    h(
      "button",
      {
        type: "button",
        className: "preset",
        id: `preset-${p.id}`,
        dataset: { preset: p.id, now: p.now },
        "aria-pressed": String(p.now === state.now),
        title: p.now,
        on: { click: () => setNow(p.now) },
      },
      h("span", { className: "preset-label", text: state.locale === "en" ? p.labelEn || p.label : p.label }),
      h("span", { className: "preset-time", text: fmtShort(p.now) }),
    ),
  );

  const controls = h(
    "div",
    { className: "card now-card" },
    h(
      "div",
      { className: "now-row" },
      h(
        "div",
        { className: "now-field" },
        h("label", { for: "now-input", className: "field-label", text: t("now.label") }),
        h("div", { className: "now-input-row" }, nowInput, h("button", { type: "button", id: "now-apply", className: "btn btn-primary", text: t("now.apply"), on: { click: () => applyNowFromInput() } })),
        h("p", { id: "now-hint", className: "hint" }),
        h("p", { id: "now-error", className: "error-text", role: "alert", hidden: true }),
      ),
      h(
        "div",
        { className: "now-presets" },
        h("span", { className: "field-label", id: "now-presets-label", text: t("now.presets") }),
        h("div", { id: "now-presets", className: "preset-list", role: "group", "aria-labelledby": "now-presets-label" }, presetButtons),
      ),
    ),
    h(
      "label",
      { className: "check" },
      h("input", {
        type: "checkbox",
        id: "replay-toggle",
        checked: state.replay,
        on: {
          change: (ev) => {
            state.replay = ev.currentTarget.checked;
            runDeadlines();
          },
        },
      }),
      h("span", { text: t("replay.label") }),
    ),
  );

  // Summary: cards, statuses, chart.
  const cardTiles = CARD_ORDER.map((card) =>
    h(
      "button",
      {
        type: "button",
        className: `tile tile-card card-${card}`,
        id: `card-${card}`,
        dataset: { card },
        "aria-pressed": String(state.filter.card === card),
        title: t("summary.filterHint"),
        on: { click: () => toggleFilter("card", card) },
      },
      h("span", { className: "tile-flag", "aria-hidden": "true" }),
      h("span", { className: "tile-label", text: t(`card.${card}`) }),
      h("span", { className: "tile-count", id: `count-card-${card}`, text: "0" }),
    ),
  );
  const statusTiles = STATUS_ORDER.map((status) =>
    h(
      "button",
      {
        type: "button",
        className: `tile tile-status status-${status}`,
        id: `status-${status}`,
        dataset: { status },
        "aria-pressed": String(state.filter.status === status),
        title: t("summary.filterHint"),
        on: { click: () => toggleFilter("status", status) },
      },
      h("span", { className: "tile-dot", "aria-hidden": "true" }),
      h("span", { className: "tile-label", text: t(`status.${status}`) }),
      h("span", { className: "tile-count", id: `count-${status}`, text: "0" }),
    ),
  );

  const summary = h(
    "div",
    { className: "summary", id: "summary" },
    h(
      "div",
      { className: "card summary-total" },
      h("h2", { className: "card-title", text: t("summary.total") }),
      h("div", { className: "total-figure" }, h("span", { id: "count-total", className: "total-count", text: "0" }), h("span", { className: "total-unit", text: t("summary.totalUnit") })),
      h("p", { id: "count-provisional", className: "hint" }),
      h("p", { id: "replay-note", className: "hint" }),
    ),
    h("div", { className: "card summary-cards" }, h("h2", { className: "card-title", text: t("summary.cards") }), h("div", { className: "tiles tiles-cards" }, cardTiles)),
    h("div", { className: "card summary-status" }, h("h2", { className: "card-title", text: t("summary.status") }), h("div", { className: "tiles tiles-status" }, statusTiles)),
    h("div", { className: "card summary-chart" }, h("h2", { className: "card-title", text: t("chart.title") }), h("div", { id: "status-chart", className: "chart" })),
  );

  // Filters and the table.
  // One filter per kind (status, card): its choices, worded by the engine's labels.
  const filterSelect = (kind, values) => {
    const select = h(
      "select",
      {
        id: `${kind}-filter`,
        on: {
          change: (ev) => {
            state.filter[kind] = ev.currentTarget.value;
            renderTable();
            syncFilterControls();
          },
        },
      },
      h("option", { value: "all", text: t("filter.all") }),
      values.map((v) => h("option", { value: v, text: t(`${kind}.${v}`) })),
    );
    select.value = state.filter[kind];
    return select;
  };
  const statusSelect = filterSelect("status", STATUS_ORDER);
  const cardSelect = filterSelect("card", CARD_ORDER);

  const toolbar = h(
    "div",
    { className: "table-toolbar" },
    h(
      "div",
      { className: "search" },
      h("label", { for: "case-search", className: "visually-hidden", text: t("filter.searchLabel") }),
      h("input", {
        type: "search",
        id: "case-search",
        placeholder: t("filter.search"),
        value: state.filter.text,
        autocomplete: "off",
        on: {
          input: (ev) => {
            state.filter.text = ev.currentTarget.value;
            renderTable();
          },
        },
      }),
    ),
    h("label", { className: "inline-field" }, h("span", { text: t("filter.status") }), statusSelect),
    h("label", { className: "inline-field" }, h("span", { text: t("filter.card") }), cardSelect),
    h("button", {
      type: "button",
      id: "filter-clear",
      className: "btn btn-ghost",
      text: t("filter.clear"),
      on: {
        click: () => {
          state.filter = { text: "", status: "all", card: "all" };
          $("case-search").value = "";
          syncFilterControls();
          renderTable();
        },
      },
    }),
    h("span", { id: "row-count", className: "row-count", "aria-live": "polite" }),
  );

  const table = h(
    "table",
    { id: "cases-table", className: "cases" },
    h("caption", { className: "visually-hidden", text: `${t("tab.deadlines")} — ${t("sort.hint")}` }),
    h("thead", null, h("tr", { id: "cases-head" })),
    h("tbody", { id: "cases-body" }),
  );

  panel.append(
    controls,
    summary,
    h("div", { className: "card table-card" }, toolbar, h("div", { className: "table-wrap", tabindex: "0", role: "region", "aria-label": t("tab.deadlines") }, table), h("p", { id: "rows-empty", className: "empty", hidden: true, text: t("rows.empty") })),
  );

  runDeadlines();
}

function applyNowFromInput() {
  const input = $("now-input");
  const iso = localInputToIso(input.value);
  if (!iso) {
    showNowError(t("now.empty"));
    return;
  }
  setNow(iso);
}

function setNow(iso) {
  state.now = iso;
  state.expanded.clear();
  const input = $("now-input");
  if (input && input.value !== isoToLocalInput(iso)) input.value = isoToLocalInput(iso);
  runDeadlines();
}

function showNowError(msg) {
  const el = $("now-error");
  if (!el) return;
  el.textContent = msg || "";
  el.hidden = !msg;
}

function toggleFilter(kind, value) {
  state.filter[kind] = state.filter[kind] === value ? "all" : value;
  syncFilterControls();
  renderTable();
}

function syncFilterControls() {
  const st = $("status-filter");
  const cd = $("card-filter");
  if (st) st.value = state.filter.status;
  if (cd) cd.value = state.filter.card;
  for (const tile of document.querySelectorAll(".tile-card")) tile.setAttribute("aria-pressed", String(tile.dataset.card === state.filter.card));
  for (const tile of document.querySelectorAll(".tile-status")) tile.setAttribute("aria-pressed", String(tile.dataset.status === state.filter.status));
}

function runDeadlines() {
  const nowMs = readMs(state.now);
  let cases = state.data.cases;
  let future = 0;
  if (state.replay && nowMs !== null) ({ cases, future } = replayAsOf(cases, nowMs, readMs));

  let batch;
  try {
    batch = state.engine.assessDeadlines(cases, state.now);
    showNowError("");
  } catch (err) {
    showNowError(t("now.error", { msg: err && err.message ? err.message : String(err) }));
    return;
  }
  lastAssessment = {
    rows: batch.results.map((report, i) => ({ report, source: cases[i] || {}, index: i })),
    summary: batch.summary,
    future,
  };

  $("now-hint").textContent = t("now.hint", { iso: state.now });
  for (const btn of document.querySelectorAll("#now-presets .preset")) {
    btn.setAttribute("aria-pressed", String(btn.dataset.now === state.now));
  }
  renderSummary();
  renderTable();
}

function renderSummary() {
  const { summary, future } = lastAssessment;
  $("count-total").textContent = String(summary.total);
  $("count-provisional").textContent = t("summary.provisional", { n: summary.provisional });
  $("replay-note").textContent = state.replay && future ? t("replay.hidden", { n: future }) : "";
  for (const status of STATUS_ORDER) $(`count-${status}`).textContent = String(summary.byStatus[STATUS_KEYS[status]] ?? 0);
  for (const card of CARD_ORDER) $(`count-card-${card}`).textContent = String(summary.byCard[card] ?? 0);
  renderChart($("status-chart"), summary);
}

function renderChart(host, summary) {
  clear(host);
  const data = STATUS_ORDER.map((status) => ({ status, label: t(`status.${status}`), n: summary.byStatus[STATUS_KEYS[status]] ?? 0 }));
  const max = Math.max(1, ...data.map((d) => d.n));
  const rowH = 26;
  const labelW = state.locale === "en" ? 96 : 72;
  const barMax = 240;
  const width = labelW + barMax + 44;
  const height = data.length * rowH + 4;
  const list = data.map((d) => `${d.label} ${d.n}`).join(state.locale === "en" ? ", " : "，");
  const svg = s("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width: String(width),
    height: String(height),
    role: "img",
    "aria-label": t("chart.aria", { list }),
    className: "bar-chart",
    preserveAspectRatio: "xMinYMin meet",
  });
  svg.append(s("title", null, t("chart.title")));
  data.forEach((d, i) => {
    const y = i * rowH + 2;
    const w = d.n === 0 ? 0 : Math.max(2, Math.round((d.n / max) * barMax));
    svg.append(
      s(
        "g",
        { className: `bar status-${d.status}`, dataset: { status: d.status } },
        s("text", { x: labelW - 8, y: y + rowH / 2 + 1, "text-anchor": "end", "dominant-baseline": "middle", className: "bar-label" }, d.label),
        s("rect", { x: labelW, y: y + 4, width: barMax, height: rowH - 8, rx: 3, className: "bar-track" }),
        s("rect", { x: labelW, y: y + 4, width: w, height: rowH - 8, rx: 3, className: "bar-fill" }),
        s("text", { x: labelW + w + 6, y: y + rowH / 2 + 1, "dominant-baseline": "middle", className: "bar-value" }, String(d.n)),
      ),
    );
  });
  host.append(svg);
}

// --- table

const COLUMNS = [
  { key: "id", label: "col.id", sort: (r) => textOf(r.report.id ?? r.source.id) },
  { key: "service", label: "col.service", sort: (r) => textOf(r.source.service), locale: true },
  { key: "applicant", label: "col.applicant", sort: (r) => maskName(textOf(r.source.applicant)), locale: true },
  { key: "category", label: "col.category", sort: (r) => (r.report.category ? ["immediate", "promised", "joint", "escalated", "licensing", "licensing_joint"].indexOf(r.report.category) : null) },
  { key: "window", label: "col.window", sort: (r) => textOf(r.source.window), locale: true },
  { key: "receivedAt", label: "col.receivedAt", sort: (r) => readMs(r.report.receivedAt) ?? Infinity },
  { key: "dueAt", label: "col.dueAt", sort: (r) => r.report.dueAtMs ?? Infinity },
  { key: "status", label: "col.status", sort: (r) => (r.report.status === "invalid" ? null : STATUS_ORDER.indexOf(r.report.status)) },
  { key: "card", label: "col.card", sort: (r) => (r.report.card ? CARD_ORDER.indexOf(r.report.card) : null) },
  { key: "elapsed", label: "col.elapsed", sort: (r) => (r.report.elapsedShare == null ? null : -r.report.elapsedShare) },
  { key: "findings", label: "col.findings", sort: (r) => -r.report.findings.length },
];

const collators = new Map();
function collator() {
  if (!collators.has(state.locale)) collators.set(state.locale, new Intl.Collator(state.locale === "en" ? "en" : "zh-CN", { numeric: true }));
  return collators.get(state.locale);
}

function compareRows(a, b) {
  const col = COLUMNS.find((c) => c.key === state.sort.key) || COLUMNS[0];
  const va = col.sort(a);
  const vb = col.sort(b);
  // Missing values (an invalid case has no due date) stay at the bottom in either direction.
  const missA = va == null || va === Infinity || va === -Infinity;
  const missB = vb == null || vb === Infinity || vb === -Infinity;
  if (missA !== missB) return missA ? 1 : -1;
  let d;
  if (missA && missB) d = 0;
  else if (typeof va === "number" && typeof vb === "number") d = va === vb ? 0 : va < vb ? -1 : 1;
  else d = collator().compare(String(va), String(vb));
  if (d === 0) {
    // Ties: the earliest due date first, then the case number.
    const da = a.report.dueAtMs ?? Infinity;
    const db = b.report.dueAtMs ?? Infinity;
    d = da === db ? a.index - b.index : da < db ? -1 : 1;
    return d;
  }
  return d * state.sort.dir;
}

function renderHead() {
  const tr = clear($("cases-head"));
  for (const col of COLUMNS) {
    const active = state.sort.key === col.key;
    const th = h("th", {
      scope: "col",
      className: `col-${col.key}`,
      dataset: { col: col.key },
      "aria-sort": active ? (state.sort.dir === 1 ? "ascending" : "descending") : "none",
    });
    th.append(
      h(
        "button",
        {
          type: "button",
          className: "sort",
          id: `sort-${col.key}`,
          dataset: { sort: col.key },
          on: {
            click: () => {
              state.sort = state.sort.key === col.key ? { key: col.key, dir: -state.sort.dir } : { key: col.key, dir: 1 };
              renderTable();
            },
          },
        },
        h("span", { text: t(col.label) }),
        h("span", { className: "sort-icon", "aria-hidden": "true", text: active ? (state.sort.dir === 1 ? "▲" : "▼") : "↕" }),
      ),
    );
    tr.append(th);
  }
}

function matchesFilter(row) {
  const { report, source } = row;
  if (state.filter.status !== "all" && report.status !== state.filter.status) return false;
  if (state.filter.card !== "all" && report.card !== state.filter.card) return false;
  const q = state.filter.text.trim().toLowerCase();
  if (q) {
    const hay = [report.id, source.id, source.service, source.window, source.department, categoryLabel(report, source.category), t(`status.${report.status}`)]
      .map(textOf)
      .join(" ")
      .toLowerCase();
    if (!hay.includes(q)) return false;
  }
  return true;
}

function renderTable() {
  if (!lastAssessment) return;
  renderHead();
  const body = clear($("cases-body"));
  const rows = lastAssessment.rows.filter(matchesFilter).sort(compareRows);
  const frag = document.createDocumentFragment();
  for (const row of rows) {
    frag.append(caseRow(row));
    const key = rowKey(row);
    if (state.expanded.has(key)) frag.append(detailRow(row));
  }
  body.append(frag);
  $("row-count").textContent = t("rows.count", { shown: rows.length, total: lastAssessment.rows.length });
  $("rows-empty").hidden = rows.length > 0;
}

const rowKey = (row) => `${textOf(row.report.id ?? row.source.id)}#${row.index}`;

function caseRow(row) {
  const { report, source } = row;
  const id = textOf(report.id ?? source.id);
  const key = rowKey(row);
  const open = state.expanded.has(key);
  const tr = h("tr", { className: `case-row status-${report.status}`, dataset: { id, key, status: report.status, card: report.card || "none" } });

  // id + expander
  tr.append(
    h(
      "td",
      { className: "col-id" },
      h(
        "button",
        {
          type: "button",
          className: "expander",
          "aria-expanded": String(open),
          "aria-label": t(open ? "detail.hide" : "detail.show", { id }),
          on: {
            click: () => {
              if (state.expanded.has(key)) state.expanded.delete(key);
              else state.expanded.add(key);
              renderTable();
              // The table is drawn anew: the keyboard stays on this row's button.
              const again = document.querySelector(`tr.case-row[data-key="${CSS.escape(key)}"] button.expander`);
              if (again) again.focus();
            },
          },
        },
        h("span", { className: "chev", "aria-hidden": "true", text: open ? "▾" : "▸" }),
        h("span", { className: "mono", text: id }),
      ),
    ),
  );

  tr.append(h("td", { className: "col-service" }, h("div", { className: "service-name", text: textOf(source.service) }), source.department ? h("div", { className: "sub", text: textOf(source.department) }) : null));

  tr.append(h("td", { className: "col-applicant" }, h("span", { className: "masked", title: t("tag.masked"), text: maskName(textOf(source.applicant)) })));

  tr.append(h("td", { className: "col-category" }, h("span", { className: `chip cat-${report.category || "unknown"}`, text: categoryLabel(report, source.category) })));

  tr.append(h("td", { className: "col-window" }, h("div", { text: textOf(source.window) }), source.clerk ? h("div", { className: "sub", text: maskName(textOf(source.clerk)) }) : null));

  // received + when the clock started
  const recCell = h("td", { className: "col-receivedAt" });
  if (report.receivedAt) {
    recCell.append(h("div", { className: "mono", text: fmtInstant(report.receivedAt) }));
    const date = report.receivedAt.slice(0, 10);
    let info = null;
    try {
      info = dayInfo(date);
    } catch {
      info = null;
    }
    if (info && !info.working) {
      recCell.append(h("span", { className: "tag tag-rest", text: info.name ? `${t("tag.restDay")} · ${info.name}` : t("tag.restDay") }));
    } else if (report.startsAt && report.startsAt !== report.receivedAt) {
      recCell.append(h("span", { className: "tag tag-after", text: t("tag.afterHours") }));
    }
    if (report.startsAt && report.startsAt !== report.receivedAt) {
      recCell.append(h("div", { className: "sub", text: t("tag.startsAt", { t: fmtShort(report.startsAt) }) }));
    }
  } else {
    recCell.append(h("div", { className: "mono invalid-text", text: textOf(source.receivedAt) || "—" }), h("span", { className: "tag tag-invalid", text: t("tag.invalidTime") }));
  }
  tr.append(recCell);

  // due
  const dueCell = h("td", { className: "col-dueAt" }, h("div", { className: "mono", text: fmtInstant(report.dueAt) }));
  if (report.provisional) dueCell.append(h("span", { className: "tag tag-provisional", title: t("tag.provisionalTitle"), text: t("tag.provisional") }));
  if (report.extension) dueCell.append(h("span", { className: "tag tag-extended", text: `${t("tag.extended")} ${fmtLimit(report.extension)}` }));
  tr.append(dueCell);

  // status
  const statusCell = h("td", { className: "col-status" }, h("span", { className: `status-pill status-${report.status}`, text: t(`status.${report.status}`) }));
  if (report.paused) statusCell.append(h("span", { className: "tag tag-paused", text: t("tag.paused") }));
  tr.append(statusCell);

  // card
  tr.append(
    h(
      "td",
      { className: "col-card" },
      report.card
        ? h("span", { className: `card-badge card-${report.card}`, dataset: { card: report.card } }, h("span", { className: "card-flag", "aria-hidden": "true" }), t(`card.${report.card}`))
        : h("span", { className: "card-badge card-none", text: t("card.none") }),
    ),
  );

  // elapsed share
  const share = report.elapsedShare;
  const elapsedCell = h("td", { className: "col-elapsed" });
  if (share == null) {
    elapsedCell.append("—");
  } else {
    const pct = Math.max(0, Math.min(1, share)) * 100;
    elapsedCell.append(
      h(
        "div",
        { className: "meter", role: "img", "aria-label": `${t("col.elapsed")} ${fmtPercent(share)}`, title: fmtPercent(share) },
        h("div", { className: "meter-track" }, h("div", { className: `meter-fill card-${report.card || "none"}${share > 1 ? " over" : ""}`, style: null, dataset: { pct: pct.toFixed(1) } })),
        h("span", { className: "meter-text", text: fmtPercent(share) }),
      ),
    );
  }
  tr.append(elapsedCell);

  // findings
  const fCell = h("td", { className: "col-findings" });
  if (report.findings.length === 0) fCell.append(h("span", { className: "muted", text: t("findings.none") }));
  else {
    fCell.append(
      h(
        "ul",
        { className: "findings" },
        report.findings.map((f) => h("li", { className: `finding sev-${f.severity}` }, h("span", { className: "rule", title: f.code, text: f.rule }), h("span", { className: "msg", text: f.message }))),
      ),
    );
  }
  tr.append(fCell);

  // The meter width is set through the CSSOM (no inline style attribute, which the CSP forbids).
  const fill = tr.querySelector(".meter-fill");
  if (fill) fill.style.width = `${fill.dataset.pct}%`;
  return tr;
}

function detailRow(row) {
  const { report, source } = row;
  const dl = (pairs) =>
    h(
      "dl",
      { className: "kv" },
      pairs.filter(Boolean).map(([k, v]) => [h("dt", { text: k }), h("dd", null, v)]),
    );

  const ext = source.extension;
  const basics = dl([
    [t("detail.department"), textOf(source.department) || "—"],
    [t("detail.clerk"), maskName(textOf(source.clerk)) || "—"],
    [t("detail.channel"), textOf(source.channel) || "—"],
    [t("detail.limit"), fmtLimit(report.limit)],
    ext ? [t("detail.extension"), `${fmtLimit(report.extension || ext.limit)}${ext.approver ? ` · ${t("detail.approver")} ${textOf(ext.approver)}` : ""}${ext.reason ? ` · ${t("detail.reason")} ${textOf(ext.reason)}` : ""}`] : null,
    [t("detail.startsAt"), fmtInstant(report.startsAt)],
    [t("detail.elapsed"), fmtMinutes(report.elapsedOfficeMinutes)],
    report.remainingWorkingDays != null && report.remainingWorkingDays >= 0 && !report.status.startsWith("done")
      ? [t("detail.remaining"), `${t("fmt.workingDays", { n: report.remainingWorkingDays })} · ${fmtMinutes(report.remainingOfficeMinutes)}`]
      : null,
    report.overdueBy ? [t("detail.overdueBy"), t("fmt.overdue", { d: report.overdueBy.workingDays, t: fmtMinutes(report.overdueBy.officeMinutes) })] : null,
  ]);

  const steps = report.steps.length
    ? h(
        "table",
        { className: "mini" },
        h("thead", null, h("tr", null, ["step.name", "step.startsAt", "step.dueAt", "step.status", "step.elapsed"].map((k) => h("th", { scope: "col", text: t(k) })))),
        h(
          "tbody",
          null,
          report.steps.map((st) =>
            h(
              "tr",
              null,
              h("td", { text: textOf(st.name) }),
              h("td", { className: "mono", text: fmtInstant(st.startsAt) }),
              h("td", { className: "mono", text: fmtInstant(st.dueAt) }),
              h("td", null, h("span", { className: `status-pill small status-${st.status}`, text: t(`status.${st.status}`) })),
              h("td", { text: fmtPercent(st.elapsedShare) }),
            ),
          ),
        ),
      )
    : h("p", { className: "muted", text: t("detail.none") });

  const pausesList = Array.isArray(source.pauses) ? source.pauses : [];
  const pauses = pausesList.length
    ? h(
        "table",
        { className: "mini" },
        h("thead", null, h("tr", null, ["pause.from", "pause.to", "pause.reason"].map((k) => h("th", { scope: "col", text: t(k) })))),
        h(
          "tbody",
          null,
          pausesList.map((p) =>
            h(
              "tr",
              null,
              h("td", { className: "mono", text: fmtInstant(textOf(p && p.from)) }),
              h("td", { className: "mono", text: p && p.to ? fmtInstant(textOf(p.to)) : t("detail.ongoing") }),
              h("td", { className: p && p.reason ? "" : "warn-text", text: reasonLabel(p && p.reason) }),
            ),
          ),
        ),
      )
    : h("p", { className: "muted", text: t("detail.none") });

  return h(
    "tr",
    { className: "detail-row", dataset: { detailFor: textOf(report.id ?? source.id) } },
    h(
      "td",
      { colspan: String(COLUMNS.length) },
      h(
        "div",
        { className: "detail" },
        h("section", null, h("h3", { text: t("detail.basics") }), basics),
        h("section", null, h("h3", { text: t("detail.steps") }), steps),
        h("section", null, h("h3", { text: t("detail.pauses") }), pauses),
        h("section", { className: "why" }, h("h3", { text: t("detail.why") }), whyDue(source)),
      ),
    ),
  );
}

/** The engine's own explanation of the counting (explainDeadline), one line a point. */
function whyDue(source) {
  try {
    const trace = state.engine.explainDeadline(source, state.now);
    return h("ul", { className: "why-lines" }, trace.text.split("\n").map((line) => h("li", { text: line })));
  } catch (err) {
    return h("p", { className: "error-text", text: err.message });
  }
}

// The words of the deadlines tab (the page's own; statuses, cards and messages are the engine's).
// app.js merges every tab's table into the page's.
export const STRINGS = {
  "zh-CN": {
    "now.title": "监督时刻",
    "now.label": "监督时刻（北京时间）",
    "now.apply": "重新评估",
    "now.hint": "一律按北京时间（UTC+08:00）计算，与本机时区无关。当前传给引擎：{iso}",
    "now.presets": "快捷时刻",
    "now.empty": "请选择完整的日期和时间。",
    "now.error": "无法评估：{msg}",
    "replay.label": "按此刻回放（隐藏此刻之后才收件的办件，忽略此后的办结、环节完成与暂停结束）",
    "replay.hidden": "另有{n}件在此刻之后收件，未计入。",
    "summary.cards": "亮牌情况",
    "summary.status": "办件状态",
    "summary.total": "纳入评估",
    "summary.totalUnit": "件",
    "summary.provisional": "其中到期日暂定{n}件",
    "summary.filterHint": "点击可筛选下表",
    "chart.title": "各状态办件数",
    "chart.aria": "各状态办件数柱状图：{list}",
    "filter.search": "搜索编号、事项、窗口、经办人",
    "filter.searchLabel": "搜索",
    "filter.status": "状态",
    "filter.card": "亮牌",
    "filter.all": "全部",
    "filter.clear": "清除筛选",
    "rows.count": "显示{shown} / {total}件",
    "rows.empty": "没有符合条件的办件。",
    "col.id": "办件编号",
    "col.service": "事项名称",
    "col.applicant": "申请人",
    "col.category": "办件类型",
    "col.window": "窗口",
    "col.receivedAt": "收件时间",
    "col.dueAt": "到期时间",
    "col.status": "状态",
    "col.card": "亮牌",
    "col.elapsed": "时限进度",
    "col.findings": "规则提示",
    "sort.hint": "点击列标题排序",
    "cat.immediate": "即办件",
    "cat.promised": "承诺件",
    "cat.joint": "联办件",
    "cat.escalated": "上报件",
    "cat.licensing": "许可件",
    "cat.licensing_joint": "联合许可件",
    "tag.restDay": "休息日收件",
    "tag.afterHours": "非办公时间收件",
    "tag.startsAt": "起算{t}",
    "tag.provisional": "暂定",
    "tag.provisionalTitle": "到期日超出已公布的节假日安排，属临时结果",
    "tag.extended": "已延期",
    "tag.paused": "计时暂停中",
    "tag.invalidTime": "无效",
    "tag.masked": "已脱敏",
    "detail.show": "展开办件{id}的详情",
    "detail.hide": "收起办件{id}的详情",
    "detail.basics": "办件信息",
    "detail.department": "部门",
    "detail.clerk": "经办人",
    "detail.channel": "收件渠道",
    "detail.limit": "办理时限",
    "detail.extension": "延期",
    "detail.startsAt": "起算时间",
    "detail.elapsed": "已用办公时间",
    "detail.remaining": "剩余",
    "detail.overdueBy": "超期",
    "detail.steps": "办理环节",
    "detail.pauses": "暂停计时",
    "detail.none": "无",
    "detail.noReason": "未注明事由",
    "detail.ongoing": "尚未结束",
    "detail.approver": "批准人",
    "detail.reason": "理由",
    "step.name": "环节",
    "step.startsAt": "开始",
    "step.dueAt": "环节到期",
    "step.status": "状态",
    "step.elapsed": "进度",
    "pause.from": "开始",
    "pause.to": "结束",
    "pause.reason": "事由",
    "fmt.minutes": "{n}分钟",
    "fmt.hoursMinutes": "{h}小时{m}分",
    "fmt.workingDays": "{n}个工作日",
    "fmt.overdue": "{d}个工作日（办公时间{t}）",
    "unit.working_days": "{n}个工作日",
    "unit.calendar_days": "{n}个自然日",
    "unit.working_hours": "{n}个工作小时",
    "reason.supplement": "补正材料",
    "reason.hearing": "听证",
    "reason.tender": "招标",
    "reason.auction": "拍卖",
    "reason.inspection": "检验",
    "reason.testing": "检测",
    "reason.quarantine": "检疫",
    "reason.appraisal": "鉴定",
    "reason.expert_review": "专家评审",
    "reason.consultation": "征求第三方意见",
    "findings.none": "—",
    "detail.why": "为何此时到期",
  },
  en: {
    "now.title": "Point in time",
    "now.label": "Assess at (Beijing time)",
    "now.apply": "Re-assess",
    "now.hint": "Always Beijing time (UTC+08:00), whatever this computer's time zone. Sent to the engine: {iso}",
    "now.presets": "Presets",
    "now.empty": "Pick a complete date and time.",
    "now.error": "Cannot assess: {msg}",
    "replay.label": "Replay as of this moment (hide cases received later; ignore later conclusions, step completions and pause ends)",
    "replay.hidden": "{n} more cases are received after this moment and are not counted.",
    "summary.cards": "Cards",
    "summary.status": "Status",
    "summary.total": "Assessed",
    "summary.totalUnit": "cases",
    "summary.provisional": "{n} with a provisional due date",
    "summary.filterHint": "Click to filter the table",
    "chart.title": "Cases by status",
    "chart.aria": "Bar chart of cases by status: {list}",
    "filter.search": "Search id, service, window, clerk",
    "filter.searchLabel": "Search",
    "filter.status": "Status",
    "filter.card": "Card",
    "filter.all": "All",
    "filter.clear": "Clear filters",
    "rows.count": "Showing {shown} of {total}",
    "rows.empty": "No case matches.",
    "col.id": "Case no.",
    "col.service": "Service",
    "col.applicant": "Applicant",
    "col.category": "Category",
    "col.window": "Window",
    "col.receivedAt": "Received",
    "col.dueAt": "Due",
    "col.status": "Status",
    "col.card": "Card",
    "col.elapsed": "Time used",
    "col.findings": "Findings",
    "sort.hint": "Click a column header to sort",
    "cat.immediate": "Immediate",
    "cat.promised": "Promised",
    "cat.joint": "Joint",
    "cat.escalated": "Escalated",
    "cat.licensing": "Licensing",
    "cat.licensing_joint": "Joint licensing",
    "tag.restDay": "Received on a rest day",
    "tag.afterHours": "Received after hours",
    "tag.startsAt": "Clock starts {t}",
    "tag.provisional": "Provisional",
    "tag.provisionalTitle": "The due date lies past the published holiday notices",
    "tag.extended": "Extended",
    "tag.paused": "Clock paused",
    "tag.invalidTime": "Invalid",
    "tag.masked": "masked",
    "detail.show": "Show details of case {id}",
    "detail.hide": "Hide details of case {id}",
    "detail.basics": "Case",
    "detail.department": "Department",
    "detail.clerk": "Clerk",
    "detail.channel": "Channel",
    "detail.limit": "Limit",
    "detail.extension": "Extension",
    "detail.startsAt": "Clock starts",
    "detail.elapsed": "Office time used",
    "detail.remaining": "Remaining",
    "detail.overdueBy": "Overdue by",
    "detail.steps": "Steps",
    "detail.pauses": "Clock pauses",
    "detail.none": "None",
    "detail.noReason": "No reason given",
    "detail.ongoing": "ongoing",
    "detail.approver": "approved by",
    "detail.reason": "reason",
    "step.name": "Step",
    "step.startsAt": "Started",
    "step.dueAt": "Step due",
    "step.status": "Status",
    "step.elapsed": "Used",
    "pause.from": "From",
    "pause.to": "To",
    "pause.reason": "Reason",
    "fmt.minutes": "{n} min",
    "fmt.hoursMinutes": "{h} h {m} min",
    "fmt.workingDays": "{n} working days",
    "fmt.overdue": "{d} working days ({t} of office time)",
    "unit.working_days": "{n} working days",
    "unit.calendar_days": "{n} calendar days",
    "unit.working_hours": "{n} working hours",
    "reason.supplement": "Supplementing materials",
    "reason.hearing": "Hearing",
    "reason.tender": "Tender",
    "reason.auction": "Auction",
    "reason.inspection": "Inspection",
    "reason.testing": "Testing",
    "reason.quarantine": "Quarantine",
    "reason.appraisal": "Appraisal",
    "reason.expert_review": "Expert review",
    "reason.consultation": "Third-party consultation",
    "findings.none": "—",
    "detail.why": "Why it is due then",
  },
};
