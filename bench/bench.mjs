// The bench command (not a test): node bench/bench.mjs, after scripts/build.sh.
// Prints the columnar and object APIs on 100k and 1M cases in Node, native Rust on the same
// work (cargo bench), and a plain-JS implementation of the same rule on chinese-days, with
// ratios against baselines measured in this same run.
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { PerformanceObserver } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const { Engine } = require("../pkg/nodejs/hall_rules.js");
const { isWorkday } = require("chinese-days");

function cases(n) {
  let seed = 42n;
  const start = 1767225600000; // 2026-01-01T00:00Z
  const receivedAt = new Float64Array(n);
  const category = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245n + 12345n) % 2147483648n;
    receivedAt[i] = start + Number(seed % BigInt(330 * 24 * 60)) * 60000;
    category[i] = Number(seed % 5n);
  }
  return { receivedAt, category };
}

// V8's garbage-collector pauses, as Node reports them, to say how much of a call's time is the
// collector's work over the heap the call leaves (issue 15: how much of the 1M call it is).
const pauses = [];
new PerformanceObserver((list) => pauses.push(...list.getEntries())).observe({ entryTypes: ["gc"] });
const gcWithin = (from, to) =>
  pauses.filter((e) => e.startTime >= from && e.startTime < to).reduce((sum, e) => sum + e.duration, 0);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The least time of `runs` calls, and the collector's pauses inside that call. */
async function bestWithGc(runs, f) {
  let b = { ms: Infinity, gc: 0 };
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    const ms = performance.now() - t;
    await settle();
    if (ms < b.ms) b = { ms, gc: gcWithin(t, t + ms) };
  }
  return b;
}

function best(runs, f) {
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    b = Math.min(b, performance.now() - t);
  }
  return b;
}

// What a portal developer would write with chinese-days: next opening, then N working days
// after the start day, due at 17:30 Beijing time; the card by the due date only.
const LIMITS = [0, 3, 5, 3, 20];
function plainJs(receivedAt, category, nowMs) {
  const out = new Float64Array(receivedAt.length);
  const fmt = (ms) => new Date(ms).toISOString().slice(0, 10);
  for (let i = 0; i < receivedAt.length; i++) {
    let day = receivedAt[i] + 8 * 3600000; // Beijing wall clock as UTC
    const minute = Math.floor(day / 60000) % 1440;
    if (!isWorkday(fmt(day)) || minute >= 17 * 60 + 30) {
      do day += 86400000; while (!isWorkday(fmt(day)));
    }
    for (let n = LIMITS[category[i]]; n > 0; ) {
      day += 86400000;
      if (isWorkday(fmt(day))) n--;
    }
    const due = Math.floor(day / 86400000) * 86400000 + (17 * 60 + 30) * 60000 - 8 * 3600000;
    out[i] = due < nowMs ? 2 : 0;
  }
  return out;
}

const engine = new Engine();
const now = 1782000000000;
const rows = [];
for (const n of [10000, 100000, 1000000]) {
  const c = cases(n);
  const columnar = best(5, () => engine.assessDeadlinesColumnar(c, now));
  const objects = Array.from({ length: n }, (_, i) => ({ id: i, category: ["immediate", "promised", "joint", "escalated", "licensing"][c.category[i]], receivedAt: c.receivedAt[i] }));
  const { ms: object, gc: objectGc } = await bestWithGc(n > 100000 ? 1 : 3, () => engine.assessDeadlines(objects, now));
  const baseline = best(n > 100000 ? 1 : 2, () => plainJs(c.receivedAt, c.category, now));
  rows.push({ n, columnar, object, objectGc, baseline });
}

let native = {};
try {
  const out = execFileSync("cargo", ["bench", "--bench", "deadline", "--quiet"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  native = JSON.parse(out.trim().split("\n").pop());
} catch (e) {
  console.error("native bench failed:", e.message);
}

const f = (x) => (x === undefined ? "n/a" : `${x.toFixed(1)} ms`);
console.log("cases      columnar(wasm)  object(wasm)  native(rust)  chinese-days JS   wasm/native  JS/columnar  object/columnar");
for (const r of rows) {
  const nat = native[String(r.n)];
  console.log(
    `${String(r.n).padEnd(10)} ${f(r.columnar).padStart(14)} ${f(r.object).padStart(13)} ${f(nat).padStart(13)} ${f(r.baseline).padStart(16)}` +
      `   ${nat ? (r.columnar / nat).toFixed(2) + "×" : "n/a"}`.padStart(14) +
      `${(r.baseline / r.columnar).toFixed(1)}×`.padStart(13) +
      `${(r.object / r.columnar).toFixed(1)}×`.padStart(17),
  );
}
// Validation through the portal field map (issue 4): 100,000 pinyin-field records.
const map = JSON.parse(require("node:fs").readFileSync(new URL("../pkg-templates/fieldmaps/rensheju-pinyin.json", import.meta.url)));
const mapped = new Engine({ fieldMap: map.fieldMap, valueMap: map.valueMap });
const portal = Array.from({ length: 100000 }, (_, i) => ({
  bjbh: `RS-${i}`, bjlx: String(1 + (i % 5)), sjsj: "2026-03-02T09:00", slsj: "2026-03-02T09:30", swzrr: "王芳",
  sqr: { xm: "张伟", zjlx: "10", zjhm: i % 10 ? "11010519491231002X" : "110105194912310021", sjhm: "13800138000" },
}));
const validation = best(2, () => mapped.validateCases(portal, "2026-03-10T10:00"));

// Conduct (issue 5): a year of events for a 2,000-person bureau, about 200,000 events.
const codes = ["eating", "off_post", "late_or_early", "idle_phone", "dress", "uncivil", "commendation_letter", "virus_check_missed"];
const staff = Array.from({ length: 2000 }, (_, i) => ({ id: `S${i}`, name: `员工${i}`, unit: `U${i % 40}`, window: `W${i % 200}`, sector: i % 2 ? "人社" : "医保", certified: true }));
const units = Array.from({ length: 40 }, (_, i) => ({ id: `U${i}`, name: `单位${i}`, sector: i % 2 ? "人社" : "医保" }));
const months = Array.from({ length: 12 }, (_, m) => ({
  period: `2026-${String(m + 1).padStart(2, "0")}`, staff, units,
  events: Array.from({ length: 16667 }, (_, k) => ({ code: codes[k % codes.length], staffId: `S${(k * 7) % 2000}`, date: `2026-${String(m + 1).padStart(2, "0")}-${String(1 + (k % 28)).padStart(2, "0")}` })),
}));
let cards = [];
const conduct = best(1, () => { cards = months.map((input) => engine.scoreConduct(input)); });
const ranking = best(1, () => engine.rankUnits({ months: cards.map((r) => ({ period: r.period, cards: r.cards })) }));
console.log(`validation: 100,000 portal records through the field map in ${validation.toFixed(0)} ms (${((validation * 1000) / 100000).toFixed(1)} µs each)`);
console.log(`conduct: 12 months × 2,000 people, ${(12 * 16667).toLocaleString("en")} events scored in ${conduct.toFixed(0)} ms; ranked in ${ranking.toFixed(0)} ms`);

// Linear whatever the input (issue 18): the bulletin with N inspections each naming a different
// person (every text is masked for every name), and an engine built with N local holidays of
// distinct names. Linear means the 8,000 / 1,000 time ratio stays near 8.
const SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红";
const person = (i) => SURNAMES[i % 30] + GIVEN[Math.floor(i / 30) % 30] + GIVEN[Math.floor(i / 900) % 30];
const bulletinWith = (n) => ({
  month: "2026-03", hall: "某市政务服务中心", issuer: "某市政务服务管理办公室",
  inspections: Array.from({ length: n }, (_, i) => ({
    date: `2026-03-${String(1 + (i % 28)).padStart(2, "0")}`, kind: i % 2 ? "明察" : "暗访", unit: `单位${i % 40}`,
    window: `${1 + (i % 20)}号窗口`, staff: { name: person(i) }, rule: "CON-2",
    description: `工作时间在窗口吃零食，${person(i)}未按要求着装，联系电话1391234${String(i % 10000).padStart(4, "0")}`,
  })),
});
const holidaysWith = (n) => ({
  calendar: {
    localHolidays: Array.from({ length: n }, (_, i) => ({ name: `地方节日${i}号${person(i)}`, date: `20${String(30 + Math.floor(i / 365) % 60).padStart(2, "0")}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}` })),
  },
});
const linear = [];
for (const [what, make] of [
  ["monthlyBulletin, N inspections naming N people", (n) => { const input = bulletinWith(n); return () => engine.monthlyBulletin(input); }],
  ["new Engine, N local holidays of distinct names", (n) => { const config = holidaysWith(n); return () => new Engine(config).free(); }],
]) {
  const small = best(3, make(1000));
  const large = best(2, make(8000));
  linear.push(`${what}: 1,000 in ${small.toFixed(0)} ms, 8,000 in ${large.toFixed(0)} ms, ratio ${(large / small).toFixed(1)} (linear: about 8)`);
}
for (const line of linear) console.log(line);

const per = rows.map((r) => `${r.n}: ${((r.columnar * 1e6) / r.n).toFixed(0)} ns/case`).join(", ");
console.log(`columnar cost per case (linear if flat): ${per}`);
// Issue 15's object-API targets, as ratios of this run.
const at = (n) => rows.find((r) => r.n === n);
const [k100, m1] = [at(100000), at(1000000)];
console.log(
  `object API: ${(k100.baseline / k100.object).toFixed(1)}× the chinese-days baseline at 100k (target ≥ 10×); ` +
    `1M in ${(m1.object / k100.object).toFixed(1)}× the 100k time (target ≤ 11×)`,
);
console.log(
  `object API, V8's collector pauses inside the call: ${k100.objectGc.toFixed(0)} ms at 100k, ${m1.objectGc.toFixed(0)} ms at 1M; ` +
    `without them, 1M in ${((m1.object - m1.objectGc) / (k100.object - k100.objectGc)).toFixed(1)}× the 100k time`,
);
console.log(`targets: columnar ≥ 150× the chinese-days baseline and linear; wasm within 2.5× of native; object API ≥ 10× the baseline (issue 15)`);
