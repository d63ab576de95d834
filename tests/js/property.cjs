// Property test at the JS edge: arbitrary strings, numbers and objects (seeded, so a failure
// can be replayed) go to every exported method of one engine; each call either answers or
// throws an Error with code and path, and after every call the instance still answers right.
const assert = require("node:assert/strict");
const hall = require("../../pkg/nodejs/hall_rules.js");

let seed = Number(process.env.SEED ?? 20261127);
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const KEYS = ["id", "category", "receivedAt", "concludedAt", "limit", "value", "unit", "pauses", "from", "to", "reason", "steps",
  "startedAt", "applicant", "idNumber", "month", "period", "staff", "events", "code", "date", "windows", "published", "kind",
  "level", "__proto__", "constructor", "months", "cards", "score", "inspections", "description", "unit"];
function value(depth = 0) {
  switch (Math.floor(rnd() * (depth > 3 ? 6 : 9))) {
    case 0: return pick([0, -1, 1.5, NaN, Infinity, -Infinity, 1e300, 1770861600000, 2 ** 53, -0]);
    case 1: return pick(["", "2026-02-14", "2026-02-30", "2026-02-14T09:00", "承诺件", "promised", "\ud800", "<img src=x onerror=alert(1)>", "x".repeat(1000), "09:00-12:00"]);
    case 2: return pick([null, undefined, true, false]);
    case 3: return String.fromCharCode(...Array.from({ length: Math.floor(rnd() * 20) }, () => Math.floor(rnd() * 0xffff)));
    case 4: return new Date(rnd() * 4e12);
    case 5: return Math.floor(rnd() * 5000) - 100;
    case 6: return Array.from({ length: Math.floor(rnd() * 4) }, () => value(depth + 1));
    default: {
      const o = {};
      for (let i = Math.floor(rnd() * 5); i > 0; i--) o[pick(KEYS)] = value(depth + 1);
      return o;
    }
  }
}
const engine = new hall.Engine();
const methods = ["dayInfo", "isWorkingDay", "addWorkingDays", "workingDaysBetween", "assessDeadline", "assessDeadlines",
  "assessDeadlinesColumnar", "validateCase", "validateCases", "validateCatalogItem", "scoreConduct", "assessPeriod",
  "rankUnits", "assessComplaints", "assessWindows", "assessHeadRecords", "monthlyBulletin"];
let calls = 0;
for (let i = 0; i < 3000; i++) {
  const m = methods[i % methods.length];
  try {
    var lastArgs = [value(), value()];
    engine[m](...lastArgs);
  } catch (e) {
    if (typeof e.code !== "string") console.error(m, e, JSON.stringify(lastArgs));
    assert.ok(e instanceof Error, `${m} threw a non-Error`);
    assert.equal(typeof e.code, "string", `${m}: code`);
    assert.equal(typeof e.path, "string", `${m}: path`);
    assert.ok(e.message.length > 0);
  }
  try { new hall.Engine(value()).free(); } catch (e) { assert.equal(typeof e.code, "string"); }
  assert.equal(engine.addWorkingDays("2026-02-13", 2), "2026-02-24", `after ${m} #${i}`);
  calls++;
}
console.log(`property: ${calls * 2} random calls across ${methods.length} methods and the constructor`);
console.log(`1 passed, 0 failed`);
