// 考评 / Conduct — the tab of the demo console that scores the hall's staff month by month.
//
// Four parts, all computed by the local engine from sample-supervision.json (and the overdue
// cases of sample-hall.json, which become CON-5 deductions):
//   1. score cards (scoreConduct): each person's deductions and additions with rule, count ×
//      points, evidence and the engine's `working` line, the grade and the consequences;
//   2. a bar chart of the scores of the selected unit, with the grade thresholds;
//   3. pay and post recommendations over the three months (assessPeriod, CON-7);
//   4. the ranking within each sector, and the windows called for a 约谈 (rankUnits, CON-9, SUP-5).
// app.js mounts the tab with `mountConduct(panel, ctx)`; ctx brings the page's helpers (t, h, s,
// clear) and getters for the shared engine, the locale and sample-hall.json. As in app.js, all
// DOM is built with createElement / textContent (SVG with createElementNS). Names are shown
// only as the engine returns them: masked (张*).

import { loadSupervisionData, conductAll, complaintItems, unitName, windowName, sectorName } from "./supdata.js";

const GRADES = ["excellent", "good", "pass", "fail"];
const ACTIONS = ["pay_step_up", "pay_step_down", "retraining", "end_contract"];

// ------------------------------------------------------------------ state
// Module level, so the chosen month and unit survive a language switch (which re-mounts).

let ctx = null;
let data = null;
const view = { month: null, unit: "U01" };
let cache = { engine: null, all: null }; // the engine's results, recomputed when the engine changes

const $ = (id) => document.getElementById(id);
const fmtNum = (n) => (n == null ? "—" : String(Math.round(n * 100) / 100));
const fmtPts = (n) => (n > 0 ? `+${fmtNum(n)}` : fmtNum(n));
const fmtShare = (x) => (x == null ? "—" : `${(Math.round(x * 1000) / 10).toFixed(1).replace(/\.0$/, "")}%`);

function errorText(err) {
  if (err && typeof err === "object" && "message" in err) return String(err.message);
  return String(err);
}

/** The month, period and ranking results for the current engine (and so the current locale). */
function results() {
  const engine = ctx.engine();
  if (cache.engine !== engine) {
    const complaints = engine.assessComplaints(complaintItems(data), data.assessAt);
    cache = { engine, all: conductAll(engine, ctx.hall(), data, ctx.locale(), complaints, ctx.readMs) };
  }
  return cache.all;
}

// ------------------------------------------------------------------ mount

export function mountConduct(panel, context) {
  ctx = context;
  const { h, t } = ctx;
  panel.classList.add("cd");
  const status = h("p", { className: "hint cd-loading", id: "conduct-status", role: "status", text: t("cd.loading") });
  panel.append(status);
  loadSupervisionData()
    .then((d) => {
      data = d;
      if (!view.month) view.month = d.month;
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
  let all;
  try {
    all = results();
  } catch (err) {
    panel.append(h("p", { className: "error-text", role: "alert", id: "conduct-error", text: t("cd.engineError", { msg: errorText(err) }) }));
    return;
  }
  const locale = ctx.locale();

  const monthSelect = h(
    "select",
    { id: "conduct-month", on: { change: (ev) => ((view.month = ev.currentTarget.value), renderMonth()) } },
    data.months.map((m) => h("option", { value: m, text: monthLabel(m) })),
  );
  monthSelect.value = view.month;
  const unitSelect = h(
    "select",
    { id: "conduct-unit", on: { change: (ev) => ((view.unit = ev.currentTarget.value), renderMonth(), renderPeriod()) } },
    h("option", { value: "all", text: t("cd.allUnits") }),
    data.units.map((u) => h("option", { value: u.id, text: `${unitName(data, u.id, locale)} · ${sectorName(data, u.sector, locale)}` })),
  );
  unitSelect.value = view.unit;

  const toolbar = h(
    "div",
    { className: "card cd-toolbar-card" },
    h(
      "div",
      { className: "cd-toolbar" },
      h("label", { className: "inline-field" }, h("span", { text: t("cd.month") }), monthSelect),
      h("label", { className: "inline-field" }, h("span", { text: t("cd.unit") }), unitSelect),
      h("p", { className: "hint cd-source", id: "conduct-source" }),
    ),
    h("p", { className: "hint", text: t("cd.intro") }),
  );

  panel.append(
    toolbar,
    h("div", { className: "cd-summary", id: "conduct-summary" }),
    h("div", { className: "cd-units", id: "conduct-units" }),
    h(
      "div",
      { className: "card cd-chart-card" },
      h("h2", { className: "card-title", id: "conduct-chart-title" }),
      h("div", { className: "chart cd-chart", id: "conduct-chart", tabindex: "0", role: "region", "aria-labelledby": "conduct-chart-title" }),
      gradeLegend(),
    ),
    h(
      "div",
      { className: "card" },
      h("h2", { className: "card-title", id: "conduct-cards-title" }),
      h("ul", { className: "findings cd-result-findings", id: "conduct-findings", hidden: true }),
      h("div", { className: "cd-cards", id: "conduct-cards" }),
    ),
    h(
      "div",
      { className: "card" },
      h("h2", { className: "card-title", text: t("cd.period.title", { from: monthLabel(all.period.from), to: monthLabel(all.period.to) }) }),
      h("p", { className: "hint", text: periodIntro(ctx) }),
      h("div", { className: "cd-period-tiles", id: "conduct-period-summary" }),
      h("div", { className: "table-wrap cd-table-wrap", tabindex: "0", role: "region", "aria-label": t("cd.period.title", { from: monthLabel(all.period.from), to: monthLabel(all.period.to) }) }, h("table", { className: "mini cd-period", id: "conduct-period" })),
    ),
    h(
      "div",
      { className: "card" },
      h("h2", { className: "card-title", text: t("cd.rank.title", { from: monthLabel(all.ranking.from), to: monthLabel(all.ranking.to) }) }),
      h("p", { className: "hint", text: t("cd.rank.intro") }),
      h("div", { id: "conduct-talks", className: "cd-talks" }),
      h("div", { id: "conduct-ranking", className: "cd-ranking" }),
    ),
  );
  renderMonth();
  renderPeriod();
  renderRanking();
}

function monthLabel(period) {
  const [y, m] = String(period).split("-").map(Number);
  if (ctx.locale() === "en") return ctx.t("cd.monthLabel", { y, month: ctx.t("cal.months").split(",")[m - 1] });
  return ctx.t("cd.monthLabel", { y, m });
}

function gradeLegend() {
  const { h, t } = ctx;
  return h(
    "ul",
    { className: "legend cd-legend", "aria-label": t("cal.legend") },
    GRADES.map((g) => h("li", null, h("span", { className: `swatch grade-swatch grade-${g}`, "aria-hidden": "true" }), t(`cd.grade.${g}`))),
    h("li", null, h("span", { className: "swatch cd-threshold-swatch", "aria-hidden": "true" }), t("cd.chart.thresholds")),
  );
}

const inUnit = (unit) => view.unit === "all" || unit === view.unit;

// ------------------------------------------------------------------ 1–2. one month: summary, units, chart, cards

function renderMonth() {
  const { t } = ctx;
  const all = results();
  const month = all.months.find((m) => m.period === view.month) || all.months[all.months.length - 1];
  const result = month.result;
  const locale = ctx.locale();
  const events = (data.conduct.find((m) => m.period === month.period) || { events: [] }).events.length;
  $("conduct-source").textContent = t("cd.source", { events, overdue: month.overdue.length });

  renderSummary(result);
  renderUnits(result);
  const cards = result.cards.filter((c) => inUnit(c.unit));
  const scope = view.unit === "all" ? t("cd.allUnits") : unitName(data, view.unit, locale);
  $("conduct-chart-title").textContent = t("cd.chart.title", { unit: scope, month: monthLabel(month.period) });
  renderChart($("conduct-chart"), cards, scope);
  $("conduct-cards-title").textContent = t("cd.cards.title", { unit: scope, month: monthLabel(month.period), n: cards.length });
  renderResultFindings(result);
  renderCards(cards, new Map(month.overdue.map((o) => [o.report.id, o.report])));
}

function renderSummary(result) {
  const { h, t, clear } = ctx;
  const s = result.summary;
  const tile = (id, label, value, cls = "") => h("div", { className: `cd-tile ${cls}`, id }, h("span", { className: "cd-tile-label", text: label }), h("span", { className: "cd-tile-value", text: String(value) }));
  clear($("conduct-summary")).append(
    tile("conduct-people", t("cd.sum.people"), s.people),
    tile("conduct-average", t("cd.sum.average"), fmtNum(s.averageScore)),
    ...GRADES.map((g) => tile(`conduct-grade-${g}`, t(`cd.grade.${g}`), s.grades[g] ?? 0, `grade-tile grade-${g}`)),
    tile("conduct-referred", t("cd.sum.referred"), s.referred, s.referred ? "is-alert" : ""),
    tile("conduct-exposed", t("cd.sum.exposed"), s.exposed, s.exposed ? "is-alert" : ""),
  );
}

function renderUnits(result) {
  const { h, t, clear } = ctx;
  const locale = ctx.locale();
  clear($("conduct-units")).append(
    ...result.units.map((u) => {
      const total = GRADES.reduce((n, g) => n + (u.grades[g] || 0), 0) || 1;
      const bar = h(
        "span",
        { className: "cd-gradebar", role: "img", "aria-label": GRADES.map((g) => `${t(`cd.grade.${g}`)} ${u.grades[g] || 0}`).join(" · ") },
        GRADES.filter((g) => u.grades[g]).map((g) => h("span", { className: `grade-${g}`, dataset: { share: ((u.grades[g] / total) * 100).toFixed(2) }, title: `${t(`cd.grade.${g}`)} ${u.grades[g]}` })),
      );
      for (const seg of bar.children) seg.style.width = `${seg.dataset.share}%`; // CSSOM, not a style attribute (CSP)
      return h(
        "button",
        {
          type: "button",
          className: `card cd-unit${u.id === view.unit ? " is-selected" : ""}${u.awardsDisqualified ? " is-disqualified" : ""}`,
          id: `conduct-unit-${u.id}`,
          dataset: { unit: u.id },
          "aria-pressed": String(u.id === view.unit),
          title: t("cd.unitPick"),
          on: {
            click: () => {
              view.unit = u.id;
              $("conduct-unit").value = u.id;
              renderMonth();
              renderPeriod();
            },
          },
        },
        h("span", { className: "cd-unit-head" }, h("span", { className: "cd-unit-name", text: u.name || unitName(data, u.id, locale) }), h("span", { className: "chip", text: sectorName(data, u.sector, locale) })),
        h("span", { className: "cd-unit-avg" }, h("span", { className: "cd-unit-avg-value", text: fmtNum(u.averageScore) }), h("span", { className: "muted", text: t("cd.unitAvg", { n: u.people }) })),
        bar,
        u.awardsDisqualified ? h("span", { className: "tag cd-tag-alert", text: t("cd.awardsDisqualified") }) : null,
        u.accountable && u.accountable.length
          ? h("span", { className: "sub", text: t("cd.accountable", { names: u.accountable.map((a) => `${t(`cd.role.${a.role}`)} ${a.name}`).join(locale === "en" ? ", " : "、") }) })
          : null,
      );
    }),
  );
}

/** Vertical bars, one per person, coloured by grade, with the grade thresholds as lines. */
function renderChart(host, cards, scope) {
  const { s, t, clear } = ctx;
  clear(host);
  if (!cards.length) {
    host.append(ctx.h("p", { className: "empty", text: t("cd.none") }));
    return;
  }
  const rules = ctx.engine().ruleset().conduct;
  const cap = rules.cap;
  const top = Math.max(cap, ...cards.map((c) => c.score));
  const left = 40;
  const right = 86;
  const plotH = 200;
  const padTop = 14;
  const labelsH = 40;
  const slot = Math.max(30, Math.min(84, Math.floor(880 / cards.length)));
  const width = left + slot * cards.length + right;
  const height = padTop + plotH + labelsH;
  const y = (v) => padTop + plotH - (Math.max(0, v) / top) * plotH;
  const list = cards.map((c) => `${c.name} ${c.staffId} ${fmtNum(c.score)} ${c.gradeLabel}`).join(ctx.locale() === "en" ? ", " : "，");
  const svg = s("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width: String(width),
    height: String(height),
    role: "img",
    "aria-label": t("cd.chart.aria", { unit: scope, list }),
    className: "cd-svg",
    id: "conduct-chart-svg",
    preserveAspectRatio: "xMinYMin meet",
  });
  svg.append(s("title", null, t("cd.chart.aria", { unit: scope, list })));
  // axis: 0, 50, 100 (the bars may reach the cap above 100)
  for (const v of [0, 50, 100]) {
    svg.append(
      s("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), className: v === 0 ? "cd-axis" : "cd-grid" }),
      s("text", { x: left - 6, y: y(v), "text-anchor": "end", "dominant-baseline": "middle", className: "cd-tick" }, String(v)),
    );
  }
  // bars
  cards.forEach((c, i) => {
    const x = left + i * slot + slot * 0.18;
    const w = slot * 0.64;
    const yTop = y(c.score);
    const hgt = Math.max(c.score > 0 ? 1.5 : 0, y(0) - yTop);
    svg.append(
      s(
        "g",
        { className: `cd-bar grade-${c.grade}`, dataset: { staff: c.staffId, grade: c.grade, score: c.score } },
        s("title", null, `${c.name} (${c.staffId}) ${fmtNum(c.score)} · ${c.gradeLabel}\n${c.working}`),
        s("rect", { x, y: y(0) - hgt, width: w, height: hgt, rx: 2, className: "cd-bar-fill" }),
        s("text", { x: x + w / 2, y: Math.min(yTop, y(0)) - 4, "text-anchor": "middle", className: "cd-bar-value" }, fmtNum(c.score)),
        s("text", { x: x + w / 2, y: y(0) + 15, "text-anchor": "middle", className: "cd-bar-name" }, c.name),
        s("text", { x: x + w / 2, y: y(0) + 29, "text-anchor": "middle", className: "cd-bar-id" }, c.staffId),
      ),
    );
  });
  // thresholds on top of the bars
  for (const g of ["excellent", "good", "pass"]) {
    const v = rules.grades[g];
    svg.append(
      s(
        "g",
        { className: `cd-threshold grade-${g}`, dataset: { grade: g, value: v } },
        s("line", { x1: left, x2: width - right + 4, y1: y(v), y2: y(v) }),
        s("text", { x: width - right + 8, y: y(v), "dominant-baseline": "middle" }, `${t(`cd.grade.${g}`)} ≥ ${v}`),
      ),
    );
  }
  host.append(svg);
}

function renderResultFindings(result) {
  const list = ctx.clear($("conduct-findings"));
  // Findings on a record of the month (a bad event, an unknown unit); those on a person are on the card.
  const own = new Set(result.cards.flatMap((c) => c.findings.map((f) => `${f.code}@${f.path}`)));
  const rest = result.findings.filter((f) => !own.has(`${f.code}@${f.path}`));
  for (const f of rest) list.append(findingItem(f));
  list.hidden = rest.length === 0;
}

function findingItem(f) {
  const { h } = ctx;
  return h(
    "li",
    { className: `finding sev-${f.severity}`, dataset: { rule: f.rule, code: f.code } },
    h("span", { className: "rule", title: f.code, text: f.rule }),
    h("span", { className: "msg", text: f.message }),
  );
}

function renderCards(cards, overdue) {
  const { h, t, clear } = ctx;
  const host = clear($("conduct-cards"));
  if (!cards.length) host.append(h("p", { className: "empty", text: t("cd.none") }));
  for (const c of cards) host.append(scoreCard(c, overdue));
}

/** "2026-03-03T17:30:00+08:00" → "2026-03-03 17:30". */
function fmtInstant(iso) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso || "");
  return m ? `${m[1]} ${m[2]}` : String(iso ?? "—");
}

/** What an item rests on: the record's evidence, or for a case from the deadline reports (CON-5) the case itself. */
function evidenceOf(it, overdue) {
  const { h, t } = ctx;
  const report = it.caseId != null ? overdue.get(it.caseId) : null;
  if (report && String(it.source).startsWith("deadlineReports")) {
    const days = report.overdueBy ? report.overdueBy.workingDays : null;
    return [
      h("span", { className: "mono", text: report.id }),
      " ",
      t("cd.overdueEvidence", { status: t(`status.${report.status}`), due: fmtInstant(report.dueAt) }),
      days ? t("cd.overdueDays", { n: days }) : "",
    ];
  }
  return [it.evidence ? it.evidence : h("span", { className: "muted", text: "—" }), it.caseId ? h("span", { className: "sub mono", text: ` ${it.caseId}` }) : null];
}

function scoreCard(c, overdue) {
  const { h, t } = ctx;
  const locale = ctx.locale();
  const flags = [
    c.zeroed ? ["cd.flag.zeroed", "alert"] : null,
    c.floored ? ["cd.flag.floored", "info"] : null,
    c.capped ? ["cd.flag.capped", "info"] : null,
    c.referred ? ["cd.flag.referred", "alert"] : null,
    c.removalRecommended ? ["cd.flag.removal", "alert"] : null,
    c.unitDisqualified ? ["cd.flag.unitDisqualified", "warn"] : null,
  ].filter(Boolean);

  const items = c.items.length
    ? h(
        "div",
        { className: "table-wrap cd-items-wrap", tabindex: "0", role: "region", "aria-label": t("cd.col.item") },
        h(
        "table",
        { className: "mini cd-items" },
        h("thead", null, h("tr", null, ["cd.col.rule", "cd.col.item", "cd.col.date", "cd.col.count", "cd.col.points", "cd.col.evidence"].map((k) => h("th", { scope: "col", text: t(k) })))),
        h(
          "tbody",
          null,
          c.items.map((it) =>
            h(
              "tr",
              { className: `cd-item ${it.points > 0 ? "is-plus" : it.points < 0 ? "is-minus" : "is-zero"}${it.serious ? " is-serious" : ""}`, dataset: { code: it.code, rule: it.rule } },
              h("td", null, h("span", { className: "rule-badge", title: it.code, text: it.rule })),
              h("td", null, it.label, it.serious ? h("span", { className: "tag cd-tag-serious", title: t("cd.seriousTitle"), text: t("cd.serious") }) : null, it.zeroesMonth ? h("span", { className: "tag cd-tag-alert", text: t("cd.flag.zeroed") }) : null),
              h("td", { className: "mono", text: it.date || "—" }),
              h("td", { className: "mono cd-count", text: it.count === 1 ? fmtPts(it.pointsEach) : `${it.count} × ${fmtPts(it.pointsEach)}` }),
              h("td", { className: "mono cd-points", text: fmtPts(it.points) }),
              h("td", { className: "cd-evidence" }, evidenceOf(it, overdue)),
            ),
          ),
        ),
      ),
      )
    : h("p", { className: "muted cd-noitems", text: t("cd.noItems") });

  const consequences = c.consequences.length
    ? h(
        "ul",
        { className: "findings cd-consequences" },
        c.consequences.map((q) =>
          h(
            "li",
            { className: "finding sev-error", dataset: { action: q.action, rule: q.rule } },
            h("span", { className: "rule", title: q.code, text: q.rule }),
            h("span", { className: "msg" }, h("strong", { text: `${t(`cd.consequence.${q.action}`)}：` }), q.message),
          ),
        ),
      )
    : null;

  const where = [c.unitName || (c.unit ? unitName(data, c.unit, locale) : null), c.window ? windowName(data, c.window, locale) : t("cd.noWindow")].filter(Boolean).join(" · ");
  return h(
    "article",
    { className: `cd-card grade-${c.grade}`, id: `conduct-card-${c.staffId}`, dataset: { staff: c.staffId, grade: c.grade, score: c.score } },
    h(
      "header",
      { className: "cd-card-head" },
      h(
        "div",
        { className: "cd-who" },
        h("span", { className: "cd-name masked", title: t("tag.masked"), text: c.name }),
        h("span", { className: "mono cd-id", text: c.staffId }),
        h("div", { className: "sub", text: where }),
      ),
      h(
        "div",
        { className: "cd-score-box" },
        h("span", { className: "cd-score", text: fmtNum(c.score) }),
        h("span", { className: `grade-badge grade-${c.grade}`, text: c.gradeLabel }),
      ),
    ),
    flags.length ? h("div", { className: "cd-flags" }, flags.map(([k, kind]) => h("span", { className: `tag cd-tag-${kind}`, text: t(k) }))) : null,
    h("p", { className: "cd-working mono", title: t("cd.workingTitle"), text: c.working }),
    items,
    consequences,
    c.findings.length ? h("ul", { className: "findings cd-card-findings" }, c.findings.map(findingItem)) : null,
  );
}

// ------------------------------------------------------------------ 3. pay and posts (CON-7)

function renderPeriod() {
  const { h, t, clear } = ctx;
  const { period } = results();
  const locale = ctx.locale();
  const sum = period.summary;
  clear($("conduct-period-summary")).append(
    ...ACTIONS.map((a) =>
      h(
        "div",
        { className: `cd-tile action-tile action-${a}`, id: `conduct-action-${a}` },
        h("span", { className: "cd-tile-label", text: t(`cd.action.${a}`) }),
        h("span", { className: "cd-tile-value", text: String(sum[{ pay_step_up: "payStepUp", pay_step_down: "payStepDown", retraining: "retraining", end_contract: "endContract" }[a]] ?? 0) }),
      ),
    ),
  );
  const months = period.people[0] ? period.people[0].months.map((m) => m.period) : [];
  const table = clear($("conduct-period"));
  table.append(
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        h("th", { scope: "col", text: t("cd.col.person") }),
        h("th", { scope: "col", text: t("cd.unit") }),
        months.map((m) => h("th", { scope: "col", className: "num", text: monthLabel(m) })),
        h("th", { scope: "col", className: "num", text: t("cd.col.average") }),
        h("th", { scope: "col", text: t("cd.col.recommendations") }),
      ),
    ),
  );
  const people = period.people.filter((p) => inUnit(p.unit));
  // Those with something to do first, in the engine's order otherwise.
  const weight = (p) => (p.recommendations.some((r) => r.action !== "pay_step_up") ? 0 : p.recommendations.length ? 1 : 2);
  const sorted = people.map((p, i) => [p, i]).sort((a, b) => weight(a[0]) - weight(b[0]) || a[1] - b[1]).map(([p]) => p);
  table.append(
    h(
      "tbody",
      null,
      sorted.map((p) =>
        h(
          "tr",
          { id: `conduct-period-${p.staffId}`, dataset: { staff: p.staffId, actions: p.recommendations.map((r) => r.action).join(" ") } },
          h("td", null, h("span", { className: "masked", text: p.name }), " ", h("span", { className: "mono muted", text: p.staffId })),
          h("td", { text: p.unit ? unitName(data, p.unit, locale) : "—" }),
          months.map((m) => {
            const pm = p.months.find((x) => x.period === m);
            return h("td", { className: "num" }, pm ? h("span", { className: `grade-pill grade-${pm.grade}`, title: t(`cd.grade.${pm.grade}`), text: fmtNum(pm.score) }) : "—");
          }),
          h("td", { className: "num mono", text: fmtNum(p.averageScore) }),
          h(
            "td",
            { className: "cd-recs" },
            p.recommendations.length
              ? h(
                  "ul",
                  { className: "findings" },
                  p.recommendations.map((r) =>
                    h(
                      "li",
                      { className: `finding cd-rec action-${r.action}`, dataset: { action: r.action, at: r.at } },
                      h("span", { className: `action-chip action-${r.action}`, text: t(`cd.action.${r.action}`) }),
                      h("span", { className: "msg" }, h("span", { className: "rule-badge", text: r.rule }), " ", r.message),
                    ),
                  ),
                )
              : h("span", { className: "muted", text: "—" }),
          ),
        ),
      ),
    ),
  );
}

// ------------------------------------------------------------------ 4. ranking and 约谈 (CON-9, SUP-5)

function renderRanking() {
  const { h, t, clear } = ctx;
  const { ranking } = results();
  const locale = ctx.locale();
  const talkKey = (unit, window) => `${unit}/${window}`;
  const talks = new Map(ranking.talks.map((k) => [talkKey(k.unit, k.window), k]));

  const talkHost = clear($("conduct-talks"));
  if (ranking.talks.length) {
    talkHost.append(
      h(
        "ul",
        { className: "findings cd-talk-list", id: "conduct-talk-list" },
        ranking.talks.map((k) =>
          h(
            "li",
            { className: "finding sev-error cd-talk", dataset: { unit: k.unit, window: k.window } },
            h("span", { className: "talk-flag", text: t("cd.talk") }),
            h("span", { className: "msg" }, h("strong", { text: t("cd.talkWhere", { window: windowName(data, k.window, locale), unit: unitName(data, k.unit, locale), sector: sectorName(data, k.sector, locale) }) }), " ", h("span", { className: "rule-badge", text: k.rule }), " ", k.message),
          ),
        ),
      ),
    );
  } else {
    talkHost.append(h("p", { className: "hint", text: t("cd.noTalks") }));
  }

  const host = clear($("conduct-ranking"));
  for (const sec of ranking.sectors) {
    const head = (keys) => h("thead", null, h("tr", null, keys.map(([k, cls]) => h("th", { scope: "col", className: cls || "", text: t(k) }))));
    const flagsOf = (e, talk) =>
      [
        e.last ? h("span", { className: "tag cd-tag-warn", text: t("cd.rank.last") }) : null,
        e.awardsDisqualified ? h("span", { className: "tag cd-tag-alert", text: t("cd.awardsDisqualified") }) : null,
        talk ? h("span", { className: "talk-flag", title: talk.message, text: t("cd.talk") }) : null,
      ].filter(Boolean);
    const units = h(
      "table",
      { className: "mini cd-rank", id: `conduct-rank-units-${sec.sector ?? "none"}` },
      head([["cd.rank.rank", "num"], ["cd.unit"], ["cd.col.average", "num"], ["cd.rank.serious", "num"], ["cd.rank.good", "num"], ["cd.rank.cards", "num"], ["cd.rank.flags"]]),
      h(
        "tbody",
        null,
        sec.units.map((e) =>
          h(
            "tr",
            { className: e.last ? "is-last" : "", dataset: { unit: e.unit, rank: e.rank } },
            h("td", { className: "num rank", text: String(e.rank) }),
            h("td", { text: e.name || unitName(data, e.unit, locale) }),
            h("td", { className: "num mono", text: fmtNum(e.averageScore) }),
            h("td", { className: "num mono", text: String(e.seriousOffences) }),
            h("td", { className: "num mono", text: fmtShare(e.goodRatingShare) }),
            h("td", { className: "num mono", text: String(e.cards) }),
            h("td", null, flagsOf(e, null)),
          ),
        ),
      ),
    );
    const wins = h(
      "table",
      { className: "mini cd-rank", id: `conduct-rank-windows-${sec.sector ?? "none"}` },
      head([["cd.rank.rank", "num"], ["cd.rank.window"], ["cd.unit"], ["cd.col.average", "num"], ["cd.rank.serious", "num"], ["cd.rank.good", "num"], ["cd.rank.flags"]]),
      h(
        "tbody",
        null,
        sec.windows.map((e) => {
          const talk = talks.get(talkKey(e.unit, e.window));
          return h(
            "tr",
            { className: `${e.last ? "is-last" : ""}${talk ? " has-talk" : ""}`, dataset: { unit: e.unit, window: e.window, rank: e.rank, talk: talk ? "true" : "false" } },
            h("td", { className: "num rank", text: String(e.rank) }),
            h("td", null, windowName(data, e.window, locale), " ", h("span", { className: "mono muted", text: e.window })),
            h("td", { text: unitName(data, e.unit, locale) }),
            h("td", { className: "num mono", text: fmtNum(e.averageScore) }),
            h("td", { className: "num mono", text: String(e.seriousOffences) }),
            h("td", { className: "num mono", text: fmtShare(e.goodRatingShare) }),
            h("td", null, flagsOf(e, talk)),
          );
        }),
      ),
    );
    host.append(
      h(
        "section",
        { className: "cd-sector", dataset: { sector: sec.sector ?? "" } },
        h("h3", { className: "cd-sector-title", text: t("cd.rank.sector", { sector: sec.sector ? sectorName(data, sec.sector, locale) : t("cd.rank.noSector") }) }),
        h("div", { className: "cd-rank-grid" }, h("div", null, h("h4", { text: t("cd.rank.units") }), units), h("div", null, h("h4", { text: t("cd.rank.windows") }), wins)),
      ),
    );
  }
  const monthlyLast = ranking.monthly.map((m) => `${monthLabel(m.period)}${locale === "en" ? ": " : "："}${m.sectors.flatMap((sec) => sec.windows.filter((w) => w.last).map((w) => windowName(data, w.window, locale))).join("、") || "—"}`);
  host.append(h("p", { className: "hint", id: "conduct-monthly-last", text: t("cd.rank.monthlyLast", { list: monthlyLast.join(ctx.locale() === "en" ? "; " : "；") }) }));
}

/** The CON-7 summary, with the numbers of the ruleset in force. */
function periodIntro(ctx) {
  const p = ctx.engine().ruleset().conduct.payAndPosts;
  return ctx.t("cd.period.intro", {
    q: p.quarterMonths,
    down: p.stepDownFails,
    run: p.retrainingRunningFails,
    fails: p.retrainingFails,
    window: p.retrainingWindowMonths,
    within: p.contractEndWithinMonths,
  });
}
