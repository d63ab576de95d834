// A Vue/TypeScript portal's own record type, straight into the engine: tsc --strict with
// lib "es2022,dom" only (no esnext.disposable, no dom.iterable), as many portal projects have.
import init, { Engine, readInstant, decorate, type DeadlineBatch, type Locale } from "hall-rules";

/** The portal API's record: pinyin keys, a numeric category code. */
interface BanJian {
  ywh: string;
  bjlx: number;
  slsj: string;
  cnsx?: string;
  bjsj?: string | null;
}

export async function portal(records: readonly BanJian[], table: HTMLTableElement): Promise<DeadlineBatch> {
  await init();
  const engine = new Engine({
    fieldMap: { ywh: "id", bjlx: "category", slsj: "receivedAt", cnsx: "limit", bjsj: "concludedAt" },
    valueMap: { category: { "1": "immediate", "2": "promised", "3": "joint" }, concludedAt: { 未办结: null } },
  });
  const locale: Locale = engine.locale;
  const at: string = readInstant("2026/2/12 9:05", locale);
  decorate(table, { engine, columns: { id: "业务号", category: "办件类型", receivedAt: "受理时间", limit: "承诺时限" }, skipHidden: true });
  const batch = engine.assessDeadlines(records, at);
  engine.free();
  return batch;
}
