// The lite build (calendar and deadlines only) answers like the full one and has no more.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import init, { Engine } from "../../pkg/lite/hall_rules.js";

await init({ module_or_path: readFileSync(new URL("../../pkg/lite/hall_rules_bg.wasm", import.meta.url)) });
const e = new Engine({ locale: "en" });
let passed = 0;
assert.equal(e.addWorkingDays("2026-02-13", 2), "2026-02-24"); passed++;
const r = e.assessDeadline({ id: "P-1", category: "承诺件", receivedAt: "2026-02-12T10:00" }, "2026-02-13T10:00");
assert.equal(r.dueAt, "2026-02-24T17:30:00+08:00"); passed++;
assert.equal(r.card, "green"); passed++;
assert.equal(typeof e.validateCase, "undefined", "validation is not in the lite build"); passed++;
assert.equal(typeof e.scoreConduct, "undefined"); passed++;
// One config serves both builds: lite reads the conduct and supervision settings and ignores
// them (helper-50: a shared config had thrown here), and still refuses keys no build knows.
const shared = new Engine({ ruleset: { conduct: { base: 90 }, supervision: {}, deadline: { yellow: { elapsedShare: 0.7 } } } });
assert.equal(shared.ruleset().deadline.yellow.elapsedShare, 0.7); passed++;
assert.equal(shared.ruleset().conduct, undefined); passed++;
assert.throws(() => new Engine({ ruleset: { conduckt: {} } }), (err) => err.code === "invalid_config" && err.path === "config.ruleset.conduckt"); passed++;
console.log(`${passed} passed, 0 failed`);
