// A Node ESM project with no DOM lib (tsc --strict, lib "es2022" only): the main entry's types
// need nothing from a browser.
import init, { Engine, readInstant, type DeadlineReport } from "hall-rules";

export async function nightly(rows: readonly { slsj: string; bjlx: string }[]): Promise<DeadlineReport[]> {
  await init();
  const engine = new Engine({ fieldMap: { slsj: "receivedAt", bjlx: "category" } });
  const now = readInstant("2026-03-10 10:00");
  return engine.assessDeadlines(rows, now).results;
}
