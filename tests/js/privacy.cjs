// Privacy property test (CASE-7, issue 18): names and numbers in the spellings an adversary
// would try, put into free text, invalid values and name fields of every API, in both locales.
// No output and no error message may contain them in any normalised form (compatibility forms,
// format characters and separators removed, Chinese numerals read as digits, Latin case folded).
// Seeded: SEED=… replays a failure.
const assert = require("node:assert/strict");
const hall = require("../../pkg/nodejs/hall_rules.js");
const fixture = (name) => JSON.parse(require("node:fs").readFileSync(require("node:path").join(__dirname, "../fixtures", name), "utf8"));

let seed = Number(process.env.SEED ?? 20261201);
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const digits = (n, first = "") => first + Array.from({ length: n - first.length }, () => Math.floor(rnd() * 10)).join("");

// ---- the personal data, and how it may be written
const SEPARATORS = [" ", "-", ".", "_", "／", "—", ",", "\u3000", "\u00a0", "\u200b", "  ", ":", "："];
const CHINESE = "〇一二三四五六七八九";
const CIRCLED = ["⓪", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"];
function spell(number) {
  const d = [...number];
  switch (Math.floor(rnd() * 7)) {
    case 0: return number;
    case 1: { // grouped 3-4-4 (or 6-8-4 for an ID) with one separator
      const sep = pick(SEPARATORS);
      return d.length === 11 ? [number.slice(0, 3), number.slice(3, 7), number.slice(7)].join(sep) : [number.slice(0, 6), number.slice(6, 14), number.slice(14)].join(sep);
    }
    case 2: { // other groupings: 4-3-4, 2-3-3-3
      const sep = pick(SEPARATORS);
      return d.length === 11 ? pick([[number.slice(0, 4), number.slice(4, 7), number.slice(7)], [number.slice(0, 2), number.slice(2, 5), number.slice(5, 8), number.slice(8)]]).join(sep) : [number.slice(0, 6), number.slice(6, 10), number.slice(10, 14), number.slice(14)].join(sep);
    }
    case 3: return d.map((c) => (/\d/.test(c) ? String.fromCharCode(0xff10 + Number(c)) : c)).join(""); // full-width
    case 4: return d.map((c) => (/\d/.test(c) ? CHINESE[Number(c)] : c)).join(""); // Chinese numerals
    case 5: return d.map((c) => (/\d/.test(c) ? CIRCLED[Number(c)] : c)).join(""); // circled
    default: return d.map((c) => (/\d/.test(c) ? String.fromCodePoint(0x1d7ce + Number(c)) : c)).join(""); // mathematical bold
  }
}
const SURNAMES = "赵钱孙周吴郑冯陈褚蒋沈韩朱秦尤许吕施孔曹严魏陶姜";
const GIVEN = "晓梅建国秀英志强丽娟海燕春生桂兰玉珍";
function person() {
  const name = SURNAMES[Math.floor(rnd() * SURNAMES.length)] + GIVEN[Math.floor(rnd() * GIVEN.length)] + (rnd() < 0.7 ? GIVEN[Math.floor(rnd() * GIVEN.length)] : "");
  const phone = digits(11, pick(["138", "139", "150", "186", "177"]));
  const birth = `19${digits(2)}${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`;
  const id = `${pick(["110105", "320102", "440305"])}${birth}${digits(3)}${pick(["X", "1", "7"])}`;
  return { name, phone, id };
}
/** How a name may be written in free text: as is, padded with U+3000, a ZWSP, a mark or a dot inside. */
function spellName(name) {
  const chars = [...name];
  switch (Math.floor(rnd() * 7)) {
    case 0: return name;
    case 1: return chars.length === 2 ? chars.join("\u3000") : name;
    case 2: return chars[0] + "\u200b" + chars.slice(1).join("");
    case 3: return chars.join("/");
    case 4: return chars.join("、");
    case 5: return chars.join("\ua78f");
    default: return chars.join(" ");
  }
}

// ---- the normalised forms that must not appear
const NUMERALS = { 〇: "0", 零: "0", 一: "1", 幺: "1", 二: "2", 两: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 拐: "7", 八: "8", 九: "9", 勾: "9", 洞: "0" };
function digitsOf(text) {
  let out = "";
  for (const c of text.normalize("NFKC")) {
    if (/\d/.test(c)) out += c;
    else if (NUMERALS[c]) out += NUMERALS[c];
    else if (c === "X" || c === "x") out += "X";
  }
  return out;
}
const lettersOf = (text) => text.normalize("NFKC").replace(/[\s\u200b-\u200f\u2060\ufeff·・.\-_]/g, "").toLowerCase();

// ---- every API, with the data put where a portal would put it
const caseFixture = fixture("case-validation.json");
const conductFixture = fixture("conduct-month.json");
const supervision = fixture("supervision-month.json");

function calls(p, q, locale) {
  const text = (who) => `${pick(["联系电话", "身份证", "经办人", "电话"])} ${spellName(who.name)} ${spell(who.phone)}，证件 ${spell(who.id)}`;
  const base = structuredClone(caseFixture.cases[0].case);
  base.applicant = { name: p.name, idNumber: p.id, phone: p.phone };
  base.firstReceiver = q.name;
  base.answer = text(p);
  base.reason = text(q);
  base.steps[0].name = text(p);
  const conduct = structuredClone(conductFixture.input);
  conduct.staff[0].name = p.name;
  conduct.staff[1].name = q.name;
  conduct.events = [
    { code: "uncivil", staffId: conduct.staff[0].id, date: "2026-03-05", evidence: text(p) },
    { code: "eating", staffId: conduct.staff[1].id, date: "2026-03-06", evidence: text(q) + text(p) },
  ];
  const bulletin = structuredClone(supervision.bulletin);
  bulletin.locale = locale;
  bulletin.inspections[0].staff = { name: p.name, phone: p.phone, idNumber: p.id };
  bulletin.inspections[0].description = text(p);
  bulletin.inspections[1].description = text(q);
  bulletin.inspections[1].staff = { name: q.name };
  bulletin.complaints[0].complainant = { name: q.name, phone: q.phone };
  bulletin.complaints[0].summary = text(q) + "反映" + text(p);
  const complaints = structuredClone(supervision.complaints);
  complaints[0].complainant = { name: q.name, phone: q.phone };
  complaints[0].outcome = text(q);
  const windows = structuredClone(supervision.windows);
  if (windows.events && windows.events[0]) windows.events[0].reason = text(p);
  const bad = spell(pick([p.phone, p.id]));
  return [
    ["validateCase", true, (e) => e.validateCase(base, "2026-03-10T10:00")],
    ["validateCases", true, (e) => e.validateCases([base, { ...base, receivedAt: bad }], "2026-03-10T10:00")],
    ["assessDeadlines (bad values echoed)", false, (e) => e.assessDeadlines([{ id: "D1", category: bad, receivedAt: bad, steps: [{ name: text(p), limit: 1, startedAt: bad }] }, { id: "D2", category: "promised", receivedAt: "2026-03-02 09:00", limit: bad }], "2026-03-10T10:00")],
    ["scoreConduct", true, (e) => e.scoreConduct(conduct)],
    ["assessComplaints", true, (e) => e.assessComplaints(complaints, supervision.now)],
    ["assessWindows", false, (e) => e.assessWindows(windows, "2026-03-11T09:00")],
    ["monthlyBulletin", true, (e) => e.monthlyBulletin(bulletin)],
    ["monthlyBulletin (bad month)", true, (e) => e.monthlyBulletin({ ...bulletin, month: bad })],
    ["monthlyBulletin (a name in the month)", true, (e) => e.monthlyBulletin({ ...bulletin, month: `2026-03 ${spellName(p.name)}` })],
    ["assessPeriod (a name as a score)", true, (e) => e.assessPeriod([{ period: "2026-03", cards: [{ staffId: "S1", name: p.name, score: spellName(p.name) }] }])],
    ["rankUnits (a name as a share)", true, (e) => e.rankUnits({ months: [{ period: "2026-03", cards: [{ staffId: "S1", name: p.name, score: 90 }] }], windows: [{ unit: "U1", window: "1", goodRatingShare: spellName(p.name) }] })],
    ["dayInfo (bad date)", false, (e) => e.dayInfo(bad)],
    ["isWorkingDay (bad date)", false, (e) => e.isWorkingDay(bad)],
    ["explainDeadline (a pause reason and an approver)", true, (e) => e.explainDeadline({ id: "D3", category: "licensing", receivedAt: "2026-03-02 09:00", extension: { limit: { value: 10, unit: "working_days" }, approver: p.name, reason: text(p) }, pauses: [{ from: "2026-03-03 09:00", to: "2026-03-04 09:00", reason: text(p) }, { from: bad, reason: text(q) }] }, "2026-03-10T10:00")],
    ["explainDeadline (bad values echoed)", false, (e) => e.explainDeadline({ id: "D4", category: bad, receivedAt: bad }, "2026-03-10T10:00")],
    ["assessDeadline (bad now)", false, (e) => e.assessDeadline({ category: "promised", receivedAt: "2026-03-02 09:00" }, bad)],
    ["readInstant", false, () => hall.readInstant(bad, locale)],
    ["maskName", true, () => hall.maskName(spellName(p.name), locale)],
    ["maskName (not a string)", false, () => hall.maskName(bad, locale)],
    ["new Engine (bad locale)", false, () => new hall.Engine({ locale: bad })],
    ["new Engine (a phone as a config key)", false, () => new hall.Engine({ ruleset: { deadline: { [bad]: 1 } } })],
  ];
}

let passed = 0;
let failed = 0;
const engines = { "zh-CN": new hall.Engine({ locale: "zh-CN" }), en: new hall.Engine({ locale: "en" }) };
const ROUNDS = Number(process.env.ROUNDS ?? 60);
for (let round = 0; round < ROUNDS; round++) {
  const p = person();
  const q = person();
  for (const locale of ["zh-CN", "en"]) {
    // Names are masked where the API was given them as names (the record's people); a name
    // the engine was never told is a person cannot be found in free text, so there only the
    // numbers are checked.
    for (const [name, namesGiven, call] of calls(p, q, locale)) {
      let shown;
      try {
        shown = JSON.stringify(call(engines[locale]));
      } catch (e) {
        shown = `${e && e.message} ${e && e.path} ${e && e.code}`;
      }
      const numbers = digitsOf(shown);
      const letters = lettersOf(shown);
      const leaks = [];
      for (const who of [p, q]) {
        if (numbers.includes(who.phone)) leaks.push(`phone ${who.phone}`);
        if (numbers.includes(who.id)) leaks.push(`ID ${who.id}`);
        if (namesGiven && letters.includes(lettersOf(who.name))) leaks.push(`name ${who.name}`);
      }
      if (leaks.length) {
        failed++;
        console.log(`[FAIL] round ${round} ${locale} ${name}: ${leaks.join(", ")}\n       ${shown.slice(0, 600)}`);
      } else {
        passed++;
      }
    }
  }
}
// helper-37: a record that cannot be encoded (a BigInt, a cycle, a throwing getter) still names
// its people: quoted by another record of the batch, they are masked.
{
  const cyclic = { id: "C", category: "promised", receivedAt: "2026-03-02 09:00", clerk: "钱多多" };
  cyclic.self = cyclic;
  const unencodable = [
    { id: "U", category: "promised", receivedAt: "2026-03-02 09:00", firstReceiver: "赵四海", seq: 1n },
    { id: "H", category: "promised", receivedAt: "2026-03-02 09:00", handovers: [{ from: "孙悟空", to: "王芳", at: "2026-03-02 10:00" }], get boom() { throw new Error("x"); } },
    cyclic,
  ];
  const quoting = { id: "Q", category: "promised", receivedAt: "2026-03-02 09:00", firstReceiver: "甲乙",
    supplementRequests: [{ at: "2026-03-02 10:00", items: ["身份证"] }, { at: "2026-03-03 10:00", items: ["赵四海孙悟空钱多多签字"] }],
    steps: [{ name: "赵四海孙悟空钱多多签字", limit: 1, startedAt: "2026-03-05 10:00" }] };
  const e = engines["zh-CN"];
  for (const [name, out] of [["validateCases", e.validateCases([...unencodable, quoting], "2026-03-10T10:00")],
    ["assessDeadlines", e.assessDeadlines([...unencodable, quoting], "2026-03-10T10:00")]]) {
    const shown = JSON.stringify(out);
    for (const who of ["赵四海", "孙悟空", "钱多多"]) {
      if (shown.includes(who)) { failed++; console.log(`[FAIL] ${name}: ${who} of an unencodable record shown whole: ${shown.slice(0, 400)}`); } else passed++;
    }
    if (!shown.includes("赵**孙**钱**签字")) { failed++; console.log(`[FAIL] ${name}: ${shown.slice(0, 400)}`); } else passed++;
  }
}
// helper-38: the value that cannot be encoded sits inside the member that names the people
// (a BigInt in a handover, a throwing getter in the applicant, a cycle in the extension, a
// hostile object of many self-references): the names beside it still count.
{
  const ext = { limit: 10, approver: "吴九州" };
  ext.self = ext;
  const wide = { name: "冯宝宝" };
  for (let i = 0; i < 40; i++) wide[`k${i}`] = wide;
  const inside = [
    { id: "B", category: "promised", receivedAt: "2026-03-02 09:00", handovers: [{ from: "赵六合", to: "孙七巧", at: "2026-03-02 10:00", n: 1n }] },
    { id: "A", category: "promised", receivedAt: "2026-03-02 09:00", applicant: { name: "王五福", get x() { throw new Error("x"); } } },
    { id: "E", category: "licensing", receivedAt: "2026-03-02 09:00", extension: ext },
    { id: "W", category: "promised", receivedAt: "2026-03-02 09:00", applicant: wide },
    { id: "P", category: "promised", receivedAt: "2026-03-02 09:00", clerk: "郑八方", applicant: new Proxy({}, { ownKeys() { throw new Error("trap"); } }), extra: 2n },
  ];
  const said = "赵六合孙七巧王五福吴九州冯宝宝郑八方签字";
  const quoting = { id: "Q", category: "promised", receivedAt: "2026-03-02 09:00", firstReceiver: "甲乙",
    supplementRequests: [{ at: "2026-03-02 10:00", items: ["身份证"] }, { at: "2026-03-03 10:00", items: [said] }],
    steps: [{ name: said, limit: 1, startedAt: "2026-03-05 10:00" }] };
  const e = engines["zh-CN"];
  for (const [name, out] of [["validateCases", e.validateCases([...inside, quoting], "2026-03-10T10:00")],
    ["assessDeadlines", e.assessDeadlines([...inside, quoting], "2026-03-10T10:00")]]) {
    const shown = JSON.stringify(out.results[inside.length]);
    for (const who of ["赵六合", "孙七巧", "王五福", "吴九州", "冯宝宝", "郑八方"]) {
      if (shown.includes(who)) { failed++; console.log(`[FAIL] ${name}: ${who}, beside a value JSON cannot hold, shown whole: ${shown.slice(0, 400)}`); } else passed++;
    }
    if (!shown.includes("赵**孙**王**吴**冯**郑**签字")) { failed++; console.log(`[FAIL] ${name}: ${shown.slice(0, 400)}`); } else passed++;
  }
  // The engine keeps working after such a batch.
  assert.equal(e.assessDeadlines([quoting], "2026-03-10T10:00").results.length, 1);
}
// helper-39: a person member that is a proxy whose ownKeys trap throws is still read by its
// name's members; many references to one object are read once each, not exponentially (100
// self-references took 15 s; a long text beside 3 of them grew wasm memory to 2.4 GB).
{
  const trap = { ownKeys() { throw new Error("nope"); } };
  const proxied = { id: "X", category: "promised", receivedAt: "2026-03-02 09:00",
    applicant: new Proxy({ name: "王五福" }, trap), handovers: [new Proxy({ from: "蒋西岭", to: "沈南山" }, trap)],
    extension: new Proxy({ limit: 10, approver: "韩北辰", reason: "复杂" }, trap) };
  let reads = 0;
  const selfish = { note: "备".repeat(200000) };
  Object.defineProperty(selfish, "name", { enumerable: true, get() { reads++; return "褚卫东"; } });
  for (let i = 0; i < 100; i++) selfish[`s${i}`] = selfish;
  const cyclic = { id: "Y", category: "promised", receivedAt: "2026-03-02 09:00", applicant: selfish };
  const said = "王五福蒋西岭沈南山韩北辰褚卫东签字";
  const quoting = { id: "Q", category: "promised", receivedAt: "2026-03-02 09:00", firstReceiver: "甲乙",
    supplementRequests: [{ at: "2026-03-02 10:00", items: ["身份证"] }, { at: "2026-03-03 10:00", items: [said] }],
    steps: [{ name: said, limit: 1, startedAt: "2026-03-05 10:00" }] };
  const e = engines["en"];
  for (const [name, call] of [["validateCases", (b) => e.validateCases(b, "2026-03-10T10:00")], ["assessDeadlines", (b) => e.assessDeadlines(b, "2026-03-10T10:00")]]) {
    reads = 0;
    const out = call([proxied, cyclic, quoting]);
    const shown = JSON.stringify(out.results[2]);
    const ok = shown.includes("王**蒋**沈**韩**褚**签字") && !/王五福|蒋西岭|沈南山|韩北辰|褚卫东/.test(shown);
    if (!ok) { failed++; console.log(`[FAIL] ${name}: names beside a throwing ownKeys trap or many self-references: ${shown.slice(0, 400)}`); } else passed++;
    if (out.results[0].status !== "invalid" && out.results[0].valid !== false) { failed++; console.log(`[FAIL] ${name}: the proxied record was read: ${JSON.stringify(out.results[0]).slice(0, 200)}`); } else passed++;
    // Each self-reference is a cycle, skipped: the name is read a few times, not 100^8.
    if (reads > 20) { failed++; console.log(`[FAIL] ${name}: the name's getter ran ${reads} times`); } else passed++;
  }
  if (hall.wasmMemoryBytes() > 256 << 20) { failed++; console.log(`[FAIL] wasm memory grew to ${hall.wasmMemoryBytes()} bytes`); } else passed++;
}
// helper-40: through a field map a portal's own fields name people; a record that cannot be
// encoded (a BigInt id from a database driver) still gives them to the batch's names.
{
  const quote = { id: "A", category: "promised", receivedAt: "2026-03-02T09:00",
    supplementRequests: [{ at: "2026-03-02T10:00", items: ["身份证"] }, { at: "2026-03-03T10:00", items: ["王建国签字", "赵德胜签字"] }],
    steps: [{ name: "王建国、赵德胜复核", limit: 1, startedAt: "2026-03-02T09:00" }] };
  const e = new hall.Engine({ locale: "zh-CN", fieldMap: { swzrr: "firstReceiver", "yj[].yjr": "handovers[].from" } });
  const portal = { id: "B", category: "promised", receivedAt: "2026-03-02T09:00", swzrr: "王建国", yj: [{ yjr: "赵德胜" }], dbId: 1n };
  for (const [name, out] of [["validateCases", e.validateCases([quote, portal], "2026-03-20T10:00")], ["assessDeadlines", e.assessDeadlines([quote, portal], "2026-03-20T10:00")]]) {
    const shown = JSON.stringify(out.results[0]);
    if (/王建国|赵德胜/.test(shown) || !shown.includes("王**")) { failed++; console.log(`[FAIL] ${name}: a mapped name beside a BigInt shown whole: ${shown.slice(0, 400)}`); } else passed++;
  }
  e.free();
}
// helper-40 P6: assessComplaints masked nobody: a complainant's contact in one record was
// quoted whole by another record's unknown kind, also from a record that cannot be encoded
// and through a field map.
{
  const e = new hall.Engine({ locale: "zh-CN", fieldMap: { lxr: "contact" } });
  const quoting = { kind: "王建国投诉", receivedAt: "2026-03-02T10:00", window: "欧阳建华窗口" };
  for (const [label, named] of [
    ["readable", { kind: "complaint", receivedAt: "2026-03-02T10:00", contact: "王建国", complainant: "欧阳建华" }],
    ["BigInt beside it", { kind: "complaint", receivedAt: "2026-03-02T10:00", lxr: "王建国", name: "欧阳建华", dbId: 7n }],
    ["field map", { kind: "complaint", receivedAt: "2026-03-02T10:00", lxr: "王建国", complainant: "欧阳建华" }],
  ]) {
    const out = JSON.stringify(e.assessComplaints([quoting, named], "2026-03-10T10:00"));
    if (/王建国|欧阳建华/.test(out) || !out.includes("王**投诉")) { failed++; console.log(`[FAIL] assessComplaints (${label}): a complainant shown whole: ${out.slice(0, 400)}`); } else passed++;
  }
  e.free();
}
// helper-41: a record that cannot be encoded names its people through the field map's own
// fields even when its keys cannot be listed (a proxy whose ownKeys throws), and even after
// 20,000 other members.
{
  const e = new hall.Engine({ locale: "zh-CN", fieldMap: { swzrr: "firstReceiver" } });
  const quoting = { id: "B", category: "promised", receivedAt: "2026-03-02 09:00", swzrr: "张三",
    supplementRequests: [{ at: "2026-03-02 10:00", items: ["户口本"] }, { at: "2026-03-03 10:00", items: ["欧阳建华签字"] }],
    steps: [{ name: "欧阳建华审核", limit: 1, startedAt: "2026-03-02 09:00" }] };
  const proxied = new Proxy({ id: "A", swzrr: "欧阳建华" }, { ownKeys() { throw new Error("no"); } });
  const many = { id: 1n };
  for (let i = 0; i < 25000; i++) many["k" + i] = i;
  many.swzrr = "欧阳建华";
  for (const [label, record] of [["ownKeys throws", proxied], ["25,000 members before it", many]]) {
    for (const m of ["validateCases", "assessDeadlines"]) {
      const out = JSON.stringify(e[m]([record, quoting], "2026-03-20 10:00").results[1]);
      if (out.includes("欧阳建华") || !out.includes("欧***")) { failed++; console.log(`[FAIL] ${m} (${label}): a mapped name shown whole: ${out.slice(0, 300)}`); } else passed++;
    }
  }
  e.free();
}
// helper-42: a person too long to write whole (a 1 MB photo beside the name, 20,000 members)
// or a nested person whose keys cannot be listed, in a record that cannot be encoded, still
// names its people; also through a nested field map path (ts.xm → complainant).
{
  const many = () => { const o = {}; for (let i = 0; i < 20000; i++) o["k" + i] = i; o.xm = "王建国"; return o; };
  const hiding = new Proxy({ xm: "王建国" }, { ownKeys() { throw new Error("x"); } });
  const e = new hall.Engine({ locale: "zh-CN", fieldMap: { "ts.xm": "complainant" } });
  const others = [{ id: "B", kind: "王建国投诉", receivedAt: "2026-03-02 10:00" }, { id: "C", kind: "rating", level: 1, receivedAt: "2026-03-02 10:00", window: "王建国窗口" }];
  for (const [label, ts] of [["1 MB photo", { xm: "王建国", zp: "A".repeat(1e6) }], ["20,000 members", many()], ["ownKeys throws", hiding]]) {
    const out = JSON.stringify(e.assessComplaints([{ id: 1n, kind: "complaint", receivedAt: "2026-03-02 10:00", ts }, ...others], "2026-03-20 10:00"));
    if (out.includes("王建国") || !out.includes("王**")) { failed++; console.log(`[FAIL] assessComplaints (nested ts, ${label}): a name shown whole: ${out.slice(0, 300)}`); } else passed++;
  }
  e.free();
  const quoting = { id: "B", category: "promised", receivedAt: "2026-03-02 10:00", firstReceiver: "李四",
    supplementRequests: [{ at: "2026-03-02 11:00", items: ["身份证"] }, { at: "2026-03-03 11:00", items: ["王建国签字"] }],
    pauses: [{ from: "2026-03-03 10:00", to: "2026-03-04 10:00", reason: "等王建国签字", notifiedAt: "2026-03-03 10:00" }] };
  const contact = new Proxy({ name: "赵四", contact: { name: "王建国" } }, { ownKeys() { throw new Error("x"); } });
  for (const [label, applicant] of [["1 MB photo", { name: "王建国", photo: "A".repeat(1e6) }], ["nested proxy", contact]]) {
    const record = { id: 7n, category: "promised", receivedAt: "2026-03-02 10:00", applicant };
    for (const m of ["validateCases", "assessDeadlines"]) {
      const out = JSON.stringify(engines["zh-CN"][m]([record, quoting], "2026-03-20 10:00").results[1]);
      if (out.includes("王建国") || !out.includes("王**")) { failed++; console.log(`[FAIL] ${m} (applicant, ${label}): a name shown whole: ${out.slice(0, 300)}`); } else passed++;
    }
  }
}
assert.ok(passed > 0);
console.log(`privacy: ${ROUNDS} rounds × 2 locales × every API, names and numbers in ${SEPARATORS.length} separators and 5 digit scripts`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
