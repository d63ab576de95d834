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
import { $ } from "./dom.js";
import { errorText, fmtInstant, fmtShare } from "./format.js";

const GRADES = ["excellent", "good", "pass", "fail"];
const ACTIONS = ["pay_step_up", "pay_step_down", "retraining", "end_contract"];

// ------------------------------------------------------------------ state
// Module level, so the chosen month and unit survive a language switch (which re-mounts).

let ctx = null;
let data = null;
const view = { month: null, unit: "U01" };
let cache = { engine: null, all: null }; // the engine's results, recomputed when the engine changes

const fmtNum = (n) => (n == null ? "—" : String(Math.round(n * 100) / 100));
const fmtPts = (n) => (n > 0 ? `+${fmtNum(n)}` : fmtNum(n));


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

// The words of the conduct tab (the page's own; findings, labels and errors are the engine's).
// app.js merges every tab's table into the page's.
export const STRINGS = {
  "zh-CN": {
    "cd.loading": "正在加载考评与监督示例数据…",
    "cd.loadError": "无法加载示例数据：{msg}",
    "cd.engineError": "规则引擎无法计算：{msg}",
    "cd.intro": "按月考评：基础分100分，按扣分加分标准逐项计分（CON-1～8），超期办件（来自“办件时限”页的同一批办件）按CON-5扣分。人员姓名由规则引擎脱敏后显示。",
    "cd.month": "考评月份",
    "cd.unit": "单位",
    "cd.allUnits": "全部单位",
    "cd.monthLabel": "{y}年{m}月",
    "cd.source": "本月考评记录{events}条，超期办件{overdue}件",
    "cd.sum.people": "参评人数",
    "cd.sum.average": "平均分",
    "cd.sum.referred": "移送纪检",
    "cd.sum.exposed": "被曝光",
    "cd.grade.excellent": "优秀",
    "cd.grade.good": "良好",
    "cd.grade.pass": "合格",
    "cd.grade.fail": "不合格",
    "cd.unitPick": "查看该单位",
    "cd.unitAvg": "平均分 · {n}人",
    "cd.awardsDisqualified": "取消评先评优",
    "cd.accountable": "追责：{names}",
    "cd.role.unit_head": "单位负责人",
    "cd.role.bureau_head": "局负责人",
    "cd.chart.title": "{unit} · {month}个人得分",
    "cd.chart.aria": "{unit}个人得分柱状图：{list}",
    "cd.chart.thresholds": "等次分数线",
    "cd.cards.title": "考评卡 · {unit} · {month}（{n}人）",
    "cd.none": "该单位本月没有考评卡。",
    "cd.noItems": "本月无扣分、加分记录。",
    "cd.noWindow": "无固定窗口（AB岗）",
    "cd.workingTitle": "计分过程",
    "cd.serious": "严重",
    "cd.seriousTitle": "严重违规（单项扣5分及以上），计入排名",
    "cd.col.rule": "规则",
    "cd.col.item": "事项",
    "cd.col.date": "日期",
    "cd.col.count": "次数 × 分值",
    "cd.col.points": "计分",
    "cd.col.evidence": "依据",
    "cd.col.person": "人员",
    "cd.col.average": "平均分",
    "cd.col.recommendations": "建议",
    "cd.flag.zeroed": "本月记0分",
    "cd.flag.floored": "保底0分",
    "cd.flag.capped": "封顶",
    "cd.flag.referred": "移送纪检",
    "cd.flag.removal": "建议调离岗位",
    "cd.flag.unitDisqualified": "所在单位取消评优",
    "cd.consequence.month_zeroed": "记0分",
    "cd.consequence.removal_from_post": "调离岗位",
    "cd.consequence.referred_to_discipline": "移送纪检",
    "cd.consequence.unit_disqualified": "单位取消评优",
    "cd.consequence.heads_accountable": "追究负责人",
    "cd.period.title": "工资档次与岗位建议（{from}—{to}）",
    "cd.period.intro": "CON-7（均为建议）：一个季度{q}个月考评均为优秀，建议基础工资上调一档；季度内有{down}个月不合格，建议下调一档；连续{run}个月、或{window}个月内累计{fails}个月不合格，建议离岗培训；门户登记离岗培训后{within}个月内再次不合格，可建议解除聘用合同（引擎自己的培训建议不算已培训）。有调整建议的人员排在前面。",
    "cd.action.pay_step_up": "建议基础工资上调一档",
    "cd.action.pay_step_down": "建议基础工资下调一档",
    "cd.action.retraining": "建议离岗培训",
    "cd.action.end_contract": "可建议解除聘用合同",
    "cd.rank.title": "分行业排名（{from}—{to}）",
    "cd.rank.intro": "CON-9：各单位、各窗口在本行业内按月平均分排名，同分时严重违规少者在前，再看好评率。SUP-5：窗口连续两个月在本行业排名末位的，约谈窗口负责人。",
    "cd.rank.sector": "{sector}",
    "cd.rank.noSector": "未注明行业",
    "cd.rank.units": "单位排名",
    "cd.rank.windows": "窗口排名",
    "cd.rank.window": "窗口",
    "cd.rank.rank": "名次",
    "cd.rank.serious": "严重违规",
    "cd.rank.good": "好评率",
    "cd.rank.cards": "考评卡",
    "cd.rank.flags": "标记",
    "cd.rank.last": "末位",
    "cd.rank.monthlyLast": "各月末位窗口：{list}",
    "cd.talk": "约谈",
    "cd.talkWhere": "{window}（{unit} · {sector}）",
    "cd.overdueEvidence": "{status}，到期{due}",
    "cd.overdueDays": "，超期{n}个工作日",
    "cd.noTalks": "没有连续末位的窗口，无需约谈。",
  },
  en: {
    "cd.loading": "Loading the conduct and supervision sample data…",
    "cd.loadError": "Could not load the sample data: {msg}",
    "cd.engineError": "The rules engine could not compute this: {msg}",
    "cd.intro": "Monthly conduct scores: 100 points to start, each record scored by the points table (CON-1 to 8); overdue cases (the same cases as on the Deadlines tab) cost points under CON-5. Names are shown as the rules engine masks them.",
    "cd.month": "Month",
    "cd.unit": "Unit",
    "cd.allUnits": "All units",
    "cd.monthLabel": "{month} {y}",
    "cd.source": "{events} conduct records this month, {overdue} overdue cases",
    "cd.sum.people": "People scored",
    "cd.sum.average": "Average",
    "cd.sum.referred": "Referred to discipline",
    "cd.sum.exposed": "Exposed",
    "cd.grade.excellent": "Excellent",
    "cd.grade.good": "Good",
    "cd.grade.pass": "Pass",
    "cd.grade.fail": "Fail",
    "cd.unitPick": "Show this unit",
    "cd.unitAvg": "average · {n} people",
    "cd.awardsDisqualified": "No awards this year",
    "cd.accountable": "Held to account: {names}",
    "cd.role.unit_head": "unit head",
    "cd.role.bureau_head": "bureau head",
    "cd.chart.title": "{unit} · scores for {month}",
    "cd.chart.aria": "Bar chart of the scores in {unit}: {list}",
    "cd.chart.thresholds": "Grade thresholds",
    "cd.cards.title": "Score cards · {unit} · {month} ({n} people)",
    "cd.none": "No score cards for this unit this month.",
    "cd.noItems": "No deductions or additions this month.",
    "cd.noWindow": "No window of their own (AB post)",
    "cd.workingTitle": "How the score was worked out",
    "cd.serious": "serious",
    "cd.seriousTitle": "A serious offence (5 points or more at once); it counts in the ranking",
    "cd.col.rule": "Rule",
    "cd.col.item": "Item",
    "cd.col.date": "Date",
    "cd.col.count": "Count × points",
    "cd.col.points": "Points",
    "cd.col.evidence": "Evidence",
    "cd.col.person": "Person",
    "cd.col.average": "Average",
    "cd.col.recommendations": "Recommendations",
    "cd.flag.zeroed": "Month scored 0",
    "cd.flag.floored": "Floored at 0",
    "cd.flag.capped": "Capped",
    "cd.flag.referred": "Referred to discipline",
    "cd.flag.removal": "Remove from post",
    "cd.flag.unitDisqualified": "Unit loses awards",
    "cd.consequence.month_zeroed": "Scored 0",
    "cd.consequence.removal_from_post": "Removal from post",
    "cd.consequence.referred_to_discipline": "Referred",
    "cd.consequence.unit_disqualified": "Unit loses awards",
    "cd.consequence.heads_accountable": "Heads accountable",
    "cd.period.title": "Pay steps and posts ({from} – {to})",
    "cd.period.intro": "CON-7 (recommendations only): all {q} months of a quarter excellent: raise base pay one step; {down} failed month(s) in a quarter: lower it one step; {run} failed months running, or {fails} within {window} months: retraining off the window; failing again within {within} months after a retraining the portal recorded: ending the contract may be recommended (the engine's own retraining recommendation is not a retraining). People with a recommendation come first.",
    "cd.action.pay_step_up": "Recommend a pay step up",
    "cd.action.pay_step_down": "Recommend a pay step down",
    "cd.action.retraining": "Recommend retraining",
    "cd.action.end_contract": "Contract end may be recommended",
    "cd.rank.title": "Ranking within each sector ({from} – {to})",
    "cd.rank.intro": "CON-9: units and windows are ranked within their sector by average monthly score; on a tie fewer serious offences, then the higher good-rating share, come first. SUP-5: a window last in its sector two months running is called for a talk (约谈) with its head.",
    "cd.rank.sector": "{sector}",
    "cd.rank.noSector": "No sector given",
    "cd.rank.units": "Units",
    "cd.rank.windows": "Windows",
    "cd.rank.window": "Window",
    "cd.rank.rank": "Rank",
    "cd.rank.serious": "Serious",
    "cd.rank.good": "Good ratings",
    "cd.rank.cards": "Cards",
    "cd.rank.flags": "Flags",
    "cd.rank.last": "Last",
    "cd.rank.monthlyLast": "Last window each month: {list}",
    "cd.talk": "Talk (约谈)",
    "cd.talkWhere": "{window} ({unit} · {sector})",
    "cd.overdueEvidence": "{status}, due {due}",
    "cd.overdueDays": ", {n} working days over",
    "cd.noTalks": "No window was last two months running: no talk is due.",
  },
};
