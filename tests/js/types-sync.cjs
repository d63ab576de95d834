// The TypeScript types (generated from the Rust types for the results, hand-written in
// src/js/types.rs for the rest) stay in sync with what the engine returns: each result
// object's keys are exactly the members its interface in the shipped .d.ts declares
// (optional members may be absent), checked on real results of every API.
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const hall = require("../../pkg/nodejs/hall_rules.js");

// Comments left out: a declaration generated from the Rust types carries the Rust docs, whose
// words may hold a colon.
const dts = fs
  .readFileSync(path.join(__dirname, "../../pkg/nodejs/hall_rules.d.ts"), "utf8")
  .replace(/\/\*[\s\S]*?\*\//g, "");

/** Top-level members of `export interface Name { … }`: name → optional? Every declaration of
 * the name counts, as TypeScript merges them (`ComplaintsResult`'s deprecated `items` is
 * declared apart from the fields generated from its Rust type). */
function members(name) {
  const out = new Map();
  const head = `export interface ${name} `;
  let start = dts.indexOf(head);
  assert.ok(start >= 0, `interface ${name} in the .d.ts`);
  for (; start >= 0; start = dts.indexOf(head, start + 1)) {
    let i = dts.indexOf("{", start) + 1;
    let depth = 0, token = "";
    for (; i < dts.length; i++) {
      const c = dts[i];
      if (c === "{" || c === "(" || c === "[" || c === "<") depth++;
      else if (c === ")" || c === "]" || c === ">") depth--;
      else if (c === "}") { if (depth === 0) break; depth--; }
      else if (depth === 0 && c === ":") {
        const m = token.match(/([A-Za-z_][A-Za-z0-9_]*)(\?)?\s*$/);
        if (m && !/\[portalField/.test(token)) out.set(m[1], Boolean(m[2]));
        token = "";
        continue;
      } else if (depth === 0 && (c === ";" || c === "\n")) { token = ""; continue; }
      if (depth === 0) token += c;
    }
  }
  return out;
}

let passed = 0;
function check(name, obj) {
  const declared = members(name);
  const keys = Object.keys(obj);
  const extra = keys.filter((k) => !declared.has(k));
  const missing = [...declared].filter(([k, optional]) => !optional && !(k in obj)).map(([k]) => k);
  assert.deepEqual(extra, [], `${name}: returned but not declared`);
  assert.deepEqual(missing, [], `${name}: declared but not returned`);
  passed++;
}

const e = new hall.Engine();
const fixture = (f) => JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures", f), "utf8"));
check("CalendarInfo", e.calendarInfo());
for (const labels of [e.deadlineLabels(), new hall.Engine({ locale: "en" }).deadlineLabels()]) {
  check("DeadlineLabels", labels);
  check("CardLabels", labels.cards);
  check("StatusLabels", labels.statuses);
  check("SpokenLabels", labels.spoken);
}
check("DayInfo", e.dayInfo("2026-02-14"));
const deadline = fixture("deadline-cases.json").cases;
const batch = e.assessDeadlines(deadline.map((c) => c.case), "2026-03-05T10:00");
check("DeadlineBatch", batch);
check("DeadlineSummary", batch.summary);
check("StatusCounts", batch.summary.byStatus);
check("CardCounts", batch.summary.byCard);
for (const r of batch.results) check("DeadlineReport", r);
for (const c of deadline) {
  const trace = e.explainDeadline(c.case, c.now);
  check("DeadlineTrace", trace);
  for (const d of trace.days) check("DayTrace", d);
  for (const p of trace.pauses) check("PauseTrace", p);
  for (const s of trace.steps) check("StepTrace", s);
  for (const f of trace.followUps) check("FollowUpTrace", f);
}
for (const r of batch.results) for (const s of r.steps) check("StepReport", s);
for (const r of batch.results) for (const f of r.findings) check("Finding", f);
check("DeadlineColumnsResult", e.assessDeadlinesColumnar({ receivedAt: new Float64Array([Date.now()]), category: new Uint8Array([1]) }, Date.now()));
const validation = fixture("case-validation.json");
const vb = e.validateCases(validation.cases.map((c) => c.case), validation.now);
check("ValidationBatch", vb);
for (const r of vb.results) check("Validation", r);
check("Validation", e.validateCatalogItem(validation.catalog[0].item));
const sup = fixture("supervision-month.json");
const complaints = e.assessComplaints(sup.complaints, sup.now);
check("ComplaintsResult", complaints);
check("Shares", complaints.overall);
for (const i of complaints.results) check("FeedbackReport", i);
const windows = new hall.Engine({ ruleset: sup.windowsRuleset }).assessWindows(sup.windows);
check("WindowsResult", windows);
for (const w of Object.values(windows.waitsByWindow)) check("WaitStats", w);
const bulletin = e.monthlyBulletin(sup.bulletin);
check("Bulletin", bulletin);
check("BulletinCounts", bulletin.counts);
for (const p of bulletin.problems) check("BulletinProblem", p);
for (const n of bulletin.named) check("BulletinNamed", n);
for (const byWindow of Object.values(complaints.byUnitWindow)) for (const w of Object.values(byWindow)) check("Shares", w);
const notices = path.join(__dirname, "../fixtures/notices");
for (const file of fs.readdirSync(notices).filter((f) => f.endsWith(".txt"))) {
  const notice = hall.parseHolidayNotice(fs.readFileSync(path.join(notices, file), "utf8"));
  check("ParsedNotice", notice);
  for (const h of notice.holidays) check("NoticeHoliday", h);
  for (const m of notice.makeupWorkdays) check("NoticeMakeup", m);
}
check("HeadRecordsResult", e.assessHeadRecords({ month: "2026-03", rooms: ["社保"], records: [{ date: "2026-03-02", room: "社保", people: 3 }] }, "2026-03-10T09:00"));
const stepped = e.assessDeadline({ category: "licensing", receivedAt: "2026-12-28T09:00", steps: [{ name: "复核", limit: { value: 5, unit: "working_days" }, startedAt: "2026-12-29T09:00" }] }, "2026-12-29T10:00");
for (const st of stepped.steps) check("StepReport", st);
const conductFixture = fixture("conduct-month.json");
const conduct = e.scoreConduct(conductFixture.input);
check("ConductResult", conduct);
for (const c of conduct.cards) {
  check("ScoreCard", c);
  for (const item of c.items) check("ConductItem", item);
}
const months = ["2026-01", "2026-02", "2026-03"].map((period) => ({ period, cards: conduct.cards.map((c) => ({ staffId: c.staffId, unit: c.unit, window: c.window, sector: c.sector, score: c.score })) }));
check("PeriodResult", e.assessPeriod(months));
const ranking = e.rankUnits({ months });
check("RankingResult", ranking);
for (const s of ranking.sectors) for (const u of s.units) check("RankedEntry", u);
check("ColumnCodes", hall.columnCodes());
// The ruleset in force is its settings' interfaces (generated, every member optional, as a
// config gives them) made Complete: every member each declares is returned, at every depth.
function checkComplete(name, obj) {
  check(name, obj);
  const absent = [...members(name).keys()].filter((k) => !(k in obj));
  assert.deepEqual(absent, [], `${name}: declared but not returned by ruleset()`);
}
for (const engine of [e, new hall.Engine({ ruleset: { conduct: { points: { eating: { points: -2 } } }, supervision: { minOpenWindows: { 社保: 2 } } } })]) {
  const rules = engine.ruleset();
  checkComplete("RulesetSettings", rules);
  checkComplete("DeadlineSettings", rules.deadline);
  checkComplete("CategoryLimits", rules.deadline.categories);
  checkComplete("ExtensionLimits", rules.deadline.extensions);
  checkComplete("YellowCard", rules.deadline.yellow);
  for (const limit of [rules.deadline.supplementNotice, ...Object.values(rules.deadline.categories)]) checkComplete("Limit", limit);
  checkComplete("ConductSettings", rules.conduct);
  checkComplete("GradeBands", rules.conduct.grades);
  checkComplete("PayAndPosts", rules.conduct.payAndPosts);
  checkComplete("RankingRules", rules.conduct.ranking);
  for (const entry of Object.values(rules.conduct.points)) checkComplete("ConductPointSettings", entry);
  checkComplete("SupervisionSettings", rules.supervision);
}
console.log(`types: ${passed} results checked against their interfaces`);
console.log(`${passed} passed, 0 failed`);
