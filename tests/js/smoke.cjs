// Node smoke test of the nodejs build through require(): the same answers as the suite.
const assert = require("node:assert/strict");
const { Engine } = require("../../pkg/nodejs/hall_rules.js");

const engine = new Engine();
assert.equal(engine.addWorkingDays("2026-02-13", 2), "2026-02-24");
const r = engine.assessDeadline({ id: "P-1", category: "promised", receivedAt: "2026-02-12T10:00" }, "2026-02-13T10:00");
assert.equal(r.dueAt, "2026-02-24T17:30:00+08:00");
assert.equal(r.card, "green");
assert.throws(() => engine.dayInfo("2026-02-30"), (e) => e instanceof Error && e.code === "invalid_date" && e.path === "date");
assert.equal(engine.isWorkingDay("2026-02-14"), true);
console.log("smoke: ok");
