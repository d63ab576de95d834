// Type-checks a use of every API against the generated .d.ts (tsc --noEmit --strict).
import init, {
  Engine,
  columnCodes,
  type CalendarInfo,
  type CaseRecord,
  type DayInfo,
  type DeadlineBatch,
  type DeadlineColumnsResult,
  type DeadlineReport,
  type EngineConfig,
  type HallRulesError,
  type Ruleset,
  type DeepPartial,
  type RulesetSettings,
  type ConductRules,
  type ConductPointEntry,
  type SupervisionRules,
  type Validation,
  type Bulletin,
  type ComplaintsResult,
  type ConductResult,
  type PeriodResult,
  type RankingResult,
  type WindowsResult,
  type ValidationBatch,
} from "../../pkg/web/hall_rules.js";

export async function usage(): Promise<number> {
  await init();
  const config: EngineConfig = {
    locale: "en",
    officeHours: { blocks: ["09:00-12:00", "13:30-17:30"], saturday: ["09:00-12:00"] },
    calendar: { localHolidays: [{ name: "古尔邦节", from: "2026-05-27", to: "2026-05-29" }] },
    ruleset: { deadline: { yellow: { elapsedShare: 0.9 } } },
  };
  const engine = new Engine(config);
  // The embedded calendar's snake_case spellings, seasons, nested field maps, a value mapped to absent.
  const official: EngineConfig = {
    calendar: { years: [{ year: 2027, valid_through: "2027-12-31", holidays: [{ name: "元旦", from: "2027-01-01" }], makeup_workdays: [{ date: "2027-02-07" }] }], notices: [] },
    officeHours: { seasons: [{ from: "07-01", to: "09-30", blocks: ["08:30-12:00"] }] },
    fieldMap: { "zt[].ks": "pauses[].from" },
    valueMap: { category: { "9": null } },
  };
  // @ts-expect-error not a member of the configuration
  const misspelt: EngineConfig = { officeHour: {} };
  void official;
  void misspelt;
  // helper-58: a config typed as 0.1 wrote it, and null where the engine reads null as absent.
  const overrides: DeepPartial<Ruleset> = { deadline: { yellow: { elapsedShare: 0.7 } } };
  const older = new Engine({ ruleset: overrides, calendar: null, officeHours: null, locale: null });
  // A language tag the engine reads besides the two it names (helper-59).
  new Engine({ locale: "en-US" });
  const absent: CaseRecord = { category: "promised", receivedAt: "2026-03-02T09:00", limit: null, pauses: null, steps: null, extension: null };
  older.assessDeadline(absent, "2026-03-03T09:00");
  older.scoreConduct({
    period: "2026-03",
    staff: [{ id: "S1", unit: null }],
    units: [{ id: "U1", heads: null }],
    events: [{ code: "eating", staffId: "S1", date: "2026-03-05", count: null, evidence: null, caseId: null, checklist: null }],
    deadlineReports: [{ staffId: "S1", report: { id: 99, status: "overdue", dueAt: "2026-03-10T17:30:00+08:00", provisional: null } }],
  });
  const info: CalendarInfo = engine.calendarInfo();
  const day: DayInfo = engine.dayInfo("2026-02-14");
  const working: boolean = engine.isWorkingDay(new Date());
  const due: string = engine.addWorkingDays("2026-02-13", 2);
  const between: number = engine.workingDaysBetween("2026-02-13", due);
  const rules: Ruleset = engine.ruleset();
  // The ruleset in force has every setting; a config gives any part of it, and no other key.
  const settings: RulesetSettings = { conduct: { points: { eating: { points: -2 } } }, supervision: { minOpenWindows: { 社保: 2 } } };
  // @ts-expect-error not a setting of the yellow card
  const unknownSetting: RulesetSettings = { deadline: { yellow: { share: 0.9 } } };
  const conductRules: ConductRules = rules.conduct;
  const eating: ConductPointEntry = conductRules.points["eating"];
  const supervisionRules: SupervisionRules = rules.supervision;
  const settled = new Engine({ ruleset: settings }).ruleset().conduct.grades.excellent + eating.points + supervisionRules.queueWaitLimitMinutes +
    rules.deadline.categories.promised.value + (unknownSetting.deadline ? 1 : 0);
  const c: CaseRecord = { id: "A-1", category: "承诺件", receivedAt: "2026-02-12T10:00", bjlx: "portal field" };
  const one: DeadlineReport = engine.assessDeadline(c, "2026-02-13T10:00");
  // Both the config and `now` may be left out, as the README's examples do.
  const plain = new Engine();
  const clockNow: DeadlineReport = plain.assessDeadline(c);
  const clockBatch: DeadlineBatch = plain.assessDeadlines([c]);
  const many: DeadlineBatch = engine.assessDeadlines([c, c], Date.now());
  const cols: DeadlineColumnsResult = engine.assessDeadlinesColumnar(
    { receivedAt: new Float64Array([Date.now()]), category: new Uint8Array([1]) },
    undefined,
  );
  const codes = columnCodes();
  const checked: Validation = engine.validateCase(
    { id: 1, receivedAt: "2026-03-02T09:00", firstReceiver: "王芳", applicant: { idType: "resident_id", idNumber: "11010519491231002X" } },
    "2026-03-10T10:00",
  );
  const batch: ValidationBatch = engine.validateCases([{ receivedAt: "2026-03-02T09:00" }], undefined);
  const item: Validation = engine.validateCatalogItem({ name: "失业登记", fees: { free: true }, committedLimit: { value: 1, unit: "working_days" } });
  const mapped = new Engine({ fieldMap: { slsj: "receivedAt", bjlx: "category" }, valueMap: { category: { "2": "promised" } } });
  mapped.free();
  const complaints: ComplaintsResult = engine.assessComplaints([{ kind: "rating", level: "不满意", receivedAt: "2026-03-10T09:00", named: true }], "2026-03-31T17:00");
  const windows: WindowsResult = engine.assessWindows({ date: "2026-03-10", windows: [{ id: "W1", type: "社保", published: ["09:00-12:00"] }] });
  const bulletin: Bulletin = engine.monthlyBulletin({ month: "2026-03", inspections: [{ date: "2026-03-05", unit: "社保中心", description: "吃零食", rule: "CON-2" }] });
  const conduct: ConductResult = engine.scoreConduct({ period: "2026-03", staff: [{ id: "S1", name: "张伟" }], events: [{ code: "eating", staffId: "S1", date: "2026-03-05" }] });
  // What the engine reads besides texts (helper-56): numeric ids, a time or a Date as the day, `person: null`.
  const numbered: ConductResult = engine.scoreConduct({
    period: "2026-03",
    staff: [{ id: 1024, name: "李娜" }],
    events: [
      { code: "eating", staffId: 1024, date: new Date(Date.UTC(2026, 2, 5, 2)), person: null },
      { code: "dress", person: "1024", date: Date.UTC(2026, 2, 6, 2), caseId: 7 },
      { code: "dress", staffId: "1024", date: "2026-03-07T10:00" },
    ],
    deadlineReports: [{ responsible: 1024, report: { status: "overdue", dueAt: "2026-03-10T17:30:00+08:00" } }],
  });
  void numbered;
  // A deadline report from the engine links as it is, and the cards of a month feed the period.
  const linked: ConductResult = engine.scoreConduct({
    period: "2026-03",
    staff: [{ id: "S1", name: "张伟", unit: "U1" }],
    units: [{ id: "U1", name: "社保中心", heads: { unit: "王主任" } }],
    events: [{ kind: "inspection", staffId: "S1", date: "2026-03-05", checklist: { greet: false, seat: true } }],
    deadlineReports: [{ responsible: "S1", report: one }],
  });
  const periodOfCards: PeriodResult = engine.assessPeriod([{ period: linked.period, cards: linked.cards, retrained: [1024] }]);
  // @ts-expect-error not an item of the checklist
  engine.scoreConduct({ period: "2026-03", staff: [], events: [{ code: "dress", date: "2026-03-05", checklist: { smile: true } }] });
  void periodOfCards;
  const period: PeriodResult = engine.assessPeriod([{ period: "2026-01", cards: [{ staffId: "S1", score: 95 }] }]);
  const ranking: RankingResult = engine.rankUnits({ months: [{ period: "2026-01", cards: [{ staffId: "S1", score: 95 }] }] });
  try {
    new Engine({ locale: "en", officeHours: { blocks: ["bad"] } });
  } catch (e) {
    const err = e as HallRulesError;
    console.log(err.code, err.path, err.message);
  }
  const label: string = one.card ?? "none";
  engine.free();
  plain.free();
  return clockNow.findings.length + clockBatch.summary.total + info.years.length + (day.working ? 1 : 0) + (working ? 1 : 0) + between + rules.deadline.pauseReasons.length + settled +
    many.summary.total + cols.status.length + codes.status.length + label.length +
    (checked.valid ? 1 : 0) + batch.summary.invalid + item.findings.length +
    complaints.results.length + windows.findings.length + bulletin.text.length + conduct.cards.length + period.months + ranking.talks.length;
}
