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

// Inputs: each fixture's records use only members their generated interface declares (an
// interface with the portal's index takes any other). Required members are not checked: the
// fixtures hold records left incomplete on purpose, which the engine refuses one by one.
function hasIndex(name) {
  const re = new RegExp(`export interface ${name} \\{[^}]*\\[portalField`, "g");
  return re.test(dts);
}
const INPUTS = {
  ConductInput: { staff: "ConductStaff", units: "ConductUnit", events: "ConductEvent", deadlineReports: "ConductDeadlineLink" },
  ConductUnit: { heads: "ConductUnitHeads" },
  ConductEvent: { checklist: "ConductChecklist" },
  BulletinInput: { inspections: "BulletinInspection", conductFindings: "BulletinConductFinding", overdueCases: "BulletinOverdueCase", complaints: "BulletinComplaint" },
  BulletinInspection: { staff: "BulletinPerson" },
  BulletinConductFinding: { staff: "BulletinPerson" },
  BulletinOverdueCase: { responsible: "BulletinPerson" },
  BulletinComplaint: { complainant: "BulletinPerson", staff: "BulletinPerson" },
  FeedbackRecord: { appeal: "FeedbackAppeal" },
  WindowsInput: { windows: "HallWindow", events: "WindowEvent", tickets: "QueueTicket" },
  CaseValidationRecord: { handovers: "CaseHandover", supplementRequests: "SupplementRequest", applicant: "CaseApplicant", steps: "CaseStepTimes", history: "CaseStateChange" },
  CatalogItem: { fees: "CatalogFees" },
  CatalogFees: { items: "CatalogFeeItem" },
  CaseRecord: { pauses: "CasePause", steps: "CaseStep", extension: "CaseExtension" },
  RulesetSettings: { deadline: "DeadlineSettings", conduct: "ConductSettings", supervision: "SupervisionSettings" },
  DeadlineSettings: { categories: "CategoryLimits", extensions: "ExtensionLimits", yellow: "YellowCard" },
  ConductSettings: { grades: "GradeBands", payAndPosts: "PayAndPosts", ranking: "RankingRules" },
  EngineConfig: { calendar: "CalendarOverlay", officeHours: "OfficeHoursConfig", ruleset: "RulesetSettings" },
  CalendarOverlay: { years: "CalendarYearNotice", localHolidays: "LocalDayInput", extraServiceDays: "LocalDayInput" },
  CalendarYearNotice: { holidays: "LocalDayInput", makeupWorkdays: "CalendarMakeupDay", makeup_workdays: "CalendarMakeupDay" },
  OfficeHoursConfig: { seasons: "OfficeHoursSeason" },
};
let inputs = 0;
function checkInput(name, obj) {
  if (obj === null || typeof obj !== "object") return;
  const declared = members(name);
  if (!hasIndex(name)) {
    // A fixture marks a field of the portal's own, which the engine ignores, "portal field".
    const extra = Object.keys(obj).filter((k) => !declared.has(k) && obj[k] !== "portal field");
    assert.deepEqual(extra, [], `${name}: given in a fixture but not declared`);
  }
  inputs++;
  for (const [key, child] of Object.entries(INPUTS[name] ?? {})) {
    const v = obj[key];
    for (const item of Array.isArray(v) ? v : v === undefined ? [] : [v]) checkInput(child, item);
  }
}
checkInput("ConductInput", conductFixture.input);
checkInput("BulletinInput", sup.bulletin);
for (const c of sup.complaints) checkInput("FeedbackRecord", c);
checkInput("WindowsInput", sup.windows);
checkInput("RulesetSettings", sup.windowsRuleset);
for (const c of validation.cases) checkInput("CaseValidationRecord", c.case);
for (const c of validation.catalog) checkInput("CatalogItem", c.item);
for (const c of deadline) checkInput("CaseRecord", c.case);
const officialJson = path.join(__dirname, "../../../shared/data/cn-official-calendar.json");
const official = fs.existsSync(officialJson) ? JSON.parse(fs.readFileSync(officialJson, "utf8")) : null;
checkInput("EngineConfig", {
  locale: "en",
  calendar: official ?? { years: [{ year: 2027, valid_through: "2027-12-31", holidays: [{ name: "元旦", from: "2027-01-01" }], makeup_workdays: [{ date: "2027-02-07" }] }] },
  officeHours: { blocks: ["09:00-12:00"], seasons: [{ name: "夏季", from: "07-01", to: "09-30", blocks: ["08:30-12:00"] }], saturday: ["09:00-12:00"] },
  ruleset: new hall.Engine().ruleset(),
  fieldMap: { bjbh: "id" },
  valueMap: { category: { 1: "immediate" } },
});
passed += inputs;
console.log(`types: ${passed - inputs} results checked against their interfaces, ${inputs} inputs`);
console.log(`${passed} passed, 0 failed`);
