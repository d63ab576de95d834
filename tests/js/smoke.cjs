// Node smoke test of the nodejs build through require(): the same answers as the suite.
const assert = require("node:assert/strict");
const { Engine, maskName } = require("../../pkg/nodejs/hall_rules.js");

const engine = new Engine();
assert.equal(engine.addWorkingDays("2026-02-13", 2), "2026-02-24");
const r = engine.assessDeadline({ id: "P-1", category: "promised", receivedAt: "2026-02-12T10:00" }, "2026-02-13T10:00");
assert.equal(r.dueAt, "2026-02-24T17:30:00+08:00");
assert.equal(r.card, "green");
assert.throws(() => engine.dayInfo("2026-02-30"), (e) => e instanceof Error && e.code === "invalid_date" && e.path === "date");
assert.equal(engine.isWorkingDay("2026-02-14"), true);
// The demo and portals show names as the engine does (CASE-7).
assert.equal(maskName("欧阳娜娜"), "欧***");
assert.equal(maskName("张伟"), "张*");
assert.throws(() => maskName(42), (e) => e instanceof Error && e.code === "invalid_argument" && e.path === "name");
// One label set (issue 20): decorate()'s own words for cards and statuses are the engine's.
const { decorate } = require("../../pkg/decorate.cjs");
for (const [locale, key] of [["zh-CN", "zh-CN"], ["en", "en"]]) {
  const labels = new Engine({ locale }).deadlineLabels();
  const own = decorate.LABELS[key];
  assert.deepEqual({ ...own.status }, { ...labels.statuses }, locale);
  assert.deepEqual([own.green, own.yellow, own.red, own.none], [labels.cards.green, labels.cards.yellow, labels.cards.red, labels.statuses.invalid], locale);
  assert.deepEqual([own.done_on_time, own.done_late, own.dueLabel, own.provisional, own.paused], [labels.statuses.done_on_time, labels.statuses.done_late, labels.dueAt, labels.provisional, labels.paused], locale);
  assert.deepEqual({ ...own.spoken }, { ...labels.spoken }, `${locale}: the spoken phrases`);
}
console.log("smoke: ok");
