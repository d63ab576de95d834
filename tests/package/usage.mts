// tsc --noEmit --strict on a use of every API through the installed package (ESM + loader global).
import init, {
  Engine,
  columnCodes,
  decorate,
  HallRulesWorker,
  initSync,
  type CalendarInfo,
  type CaseRecord,
  type ColumnCodes,
  type DayInfo,
  type DeadlineBatch,
  type DeadlineColumnsResult,
  type DeadlineReport,
  type DecorateHandle,
  type DecorateOptions,
  type EngineConfig,
  type HallRulesError,
  type Ruleset,
  type WorkerError,
  type WorkerRequest,
  type WorkerResponse,
} from "hall-rules";
import { decorate as decorateSubpath } from "hall-rules/decorate";
import { HallRulesWorker as WorkerSubpath } from "hall-rules/worker-client";
import initLite, { Engine as LiteEngine, columnCodes as liteColumnCodes, type DeadlineReport as LiteDeadlineReport } from "hall-rules/lite";
import type { HallRulesGlobal, HallRulesLoadError } from "hall-rules/loader";

export async function usage(table: HTMLTableElement, bytes: Uint8Array): Promise<number> {
  await init();
  await init({ module_or_path: new URL("https://127.0.0.1/hall_rules_bg.wasm") });
  initSync({ module: bytes });
  const config: EngineConfig = { locale: "en", officeHours: { blocks: ["09:00-12:00", "13:30-17:30"] } };
  const engine = new Engine(config);
  const info: CalendarInfo = engine.calendarInfo();
  const day: DayInfo = engine.dayInfo("2026-02-14");
  const working: boolean = engine.isWorkingDay(new Date());
  const due: string = engine.addWorkingDays("2026-02-13", 2);
  const between: number = engine.workingDaysBetween("2026-02-13", due);
  const rules: Ruleset = engine.ruleset();
  const c: CaseRecord = { id: "A-1", category: "承诺件", receivedAt: "2026-02-12T10:00" };
  const one: DeadlineReport = engine.assessDeadline(c, undefined);
  const many: DeadlineBatch = engine.assessDeadlines([c], Date.now());
  const cols: DeadlineColumnsResult = engine.assessDeadlinesColumnar({ receivedAt: new Float64Array(1), category: new Uint8Array(1) }, undefined);
  const codes: ColumnCodes = columnCodes();
  try {
    engine.dayInfo("2026-02-30");
  } catch (e) {
    const err = e as HallRulesError;
    console.log(err.code, err.path);
  }

  const options: DecorateOptions = {
    engine,
    idColumn: "办件编号",
    categoryColumn: 1,
    receivedColumn: "收件时间",
    now: () => "2026-02-26T10:00",
    locale: "zh-CN",
    debounce: 100,
    labels: { header: "预警", status: { overdue: "逾期" } },
    onUpdate: (batch, rows) => console.log(batch.summary.byCard.red, rows.length),
    onError: (e) => console.log(e.message),
  };
  const handle: DecorateHandle = decorate(table, options);
  const refreshed: DeadlineBatch | null = handle.refresh();
  const first: DeadlineBatch | null = await handle.ready;
  handle.disconnect(true);
  decorateSubpath(table, { engine, readRow: (tr) => ({ id: tr.id, category: "promised", receivedAt: tr.dataset.received ?? "" }) });

  const hw = new HallRulesWorker({ config, chunkSize: 20000, onProgress: (p) => console.log(p) });
  const viaWorker: DeadlineBatch = await hw.assessDeadlines([c], "2026-02-26T10:00", { onProgress: (p, done, total) => console.log(p, done, total), signal: new AbortController().signal });
  const colsViaWorker: DeadlineColumnsResult = await hw.assessDeadlinesColumnar({ receivedAt: new Float64Array(1), category: new Uint8Array(1) }, undefined, { transfer: true });
  try {
    await hw.assessDeadlines([c]);
  } catch (e) {
    console.log((e as WorkerError).code);
  }
  hw.terminate();
  const other = new WorkerSubpath();
  other[Symbol.dispose]();
  const request: WorkerRequest = { id: 1, method: "assessDeadlines", args: [[c], "2026-02-26T10:00"] };
  const response: WorkerResponse = { id: 1, progress: 0.5, done: 1, total: 2 };

  await initLite();
  const lite = new LiteEngine({ locale: "zh-CN" });
  // One configuration serves both builds: the lite build reads the conduct and supervision settings and ignores them (helper-58).
  const shared = new LiteEngine({ ruleset: { deadline: { yellow: { elapsedShare: 0.7 } }, conduct: { base: 100 }, supervision: { queueWaitLimitMinutes: 20 } } });
  void shared;
  // The lite build's ruleset in force holds only what it has (helper-59).
  const liteRules = lite.ruleset();
  // @ts-expect-error the lite build returns no conduct settings
  void liteRules.conduct;
  void liteRules.deadline.yellow.elapsedShare;
  const liteReport: LiteDeadlineReport = lite.assessDeadline(c, "2026-02-13T10:00");
  // @ts-expect-error the lite build has no case validation
  lite.validateCase(c);
  lite.free();

  const hr: HallRulesGlobal = window.HallRules;
  try {
    await hr.ready;
  } catch (e) {
    const le = e as HallRulesLoadError;
    console.log(le.code === "wasm_load_failed", le.path, le.url ?? "", le.cause, le.message);
  }
  await hr.init({ wasmUrl: "/static/hall_rules_bg.wasm" });
  const classicEngine = new hr.Engine({ locale: "zh-CN" });
  const h2: DecorateHandle = hr.decorate(table, { categoryColumn: "办件类型", receivedColumn: "收件时间", locale: "en" });
  h2.disconnect();
  const ver: string = hr.version + String(hr.isReady()) + hr.columnCodes().card.join();
  classicEngine.free();
  {
    using disposable = new Engine(undefined);
    disposable.isWorkingDay("2026-02-14");
  }
  engine.free();
  return info.years.length + (day.working ? 1 : 0) + (working ? 1 : 0) + between + rules.deadline.pauseReasons.length + one.findings.length +
    many.summary.total + cols.status.length + codes.card.length + (refreshed?.summary.total ?? 0) + (first?.summary.total ?? 0) +
    viaWorker.summary.total + colsViaWorker.card.length + liteReport.findings.length + liteColumnCodes().card.length + request.id + ("progress" in response ? 1 : 0) + ver.length;
}
