#!/usr/bin/env node
// Generates www/sample-hall.json: a fictional government service hall (政务服务大厅) with about
// 300 cases around the 2026 Spring Festival and National Day, for the demo page.
//
// Deterministic: a seeded PRNG (no Math.random), no clock reads, no dependencies.
// Every name in the output is invented. Three records are deliberately hostile (markup in text
// fields, an impossible date) so the page can show that it renders data as text only.
//
//   node scripts/gen-sample-hall.mjs            writes www/sample-hall.json
//   node scripts/gen-sample-hall.mjs --stdout   prints it instead

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { seeded } from "./lib/prng.mjs";

const SEED = 20260214;
const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "www", "sample-hall.json");

const { rand, int, pick, chance, weighted } = seeded(SEED);

// ---------------------------------------------------------------- Beijing wall clock
// Times are kept as "wall-clock milliseconds": Date.UTC of the Beijing date and time, so the
// UTC getters read Beijing fields and nothing depends on the machine's time zone.

const MIN = 60_000;
const DAY = 86_400_000;
const wall = (y, m, d, hh = 0, mm = 0) => Date.UTC(y, m - 1, d, hh, mm);
const pad = (n) => String(n).padStart(2, "0");
const ymd = (t) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const iso = (t) => {
  const d = new Date(t);
  return `${ymd(t)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+08:00`;
};
const dayStart = (t) => t - (t % DAY);
const minuteOfDay = (t) => Math.floor((t % DAY) / MIN);

// The State Council's 2026 notice (the engine embeds the same table).
const HOLIDAYS_2026 = [
  ["元旦", "2026-01-01", "2026-01-03"],
  ["春节", "2026-02-15", "2026-02-23"],
  ["清明节", "2026-04-04", "2026-04-06"],
  ["劳动节", "2026-05-01", "2026-05-05"],
  ["端午节", "2026-06-19", "2026-06-21"],
  ["中秋节", "2026-09-25", "2026-09-27"],
  ["国庆节", "2026-10-01", "2026-10-07"],
];
const MAKEUP_2026 = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"];

const holidaySet = new Set();
for (const [, from, to] of HOLIDAYS_2026) {
  for (let t = Date.parse(from + "T00:00:00Z"); t <= Date.parse(to + "T00:00:00Z"); t += DAY) {
    holidaySet.add(ymd(t));
  }
}
const makeupSet = new Set(MAKEUP_2026);

function isWorkingDay(t) {
  const key = ymd(t);
  if (makeupSet.has(key)) return true;
  if (holidaySet.has(key)) return false;
  const wd = new Date(t).getUTCDay();
  return wd !== 0 && wd !== 6;
}

// Default office hours: 09:00-12:00 and 13:30-17:30.
const BLOCKS = [[9 * 60, 12 * 60], [13 * 60 + 30, 17 * 60 + 30]];
const OPEN = BLOCKS[0][0];
const CLOSE = BLOCKS[1][1];
const inOffice = (t) => isWorkingDay(t) && BLOCKS.some(([a, b]) => minuteOfDay(t) >= a && minuteOfDay(t) < b);

/** The n-th working day after the day of t (n = 0: that day if working, else the next). */
function addWorkingDays(t, n) {
  let d = dayStart(t);
  if (n === 0) {
    while (!isWorkingDay(d)) d += DAY;
    return d;
  }
  while (n > 0) {
    d += DAY;
    if (isWorkingDay(d)) n--;
  }
  return d;
}

/** When the clock starts: t itself inside office hours, else the next opening. */
function nextOpening(t) {
  if (inOffice(t)) return t;
  const m = minuteOfDay(t);
  if (isWorkingDay(t)) {
    if (m < OPEN) return dayStart(t) + OPEN * MIN;
    if (m >= BLOCKS[0][1] && m < BLOCKS[1][0]) return dayStart(t) + BLOCKS[1][0] * MIN;
  }
  return addWorkingDays(dayStart(t) + DAY, 0) + OPEN * MIN;
}

/** A random office-hours instant on the day of `day`, not before `notBefore`. */
function officeTimeOn(day, notBefore = 0) {
  for (let tries = 0; tries < 30; tries++) {
    const [a, b] = pick(BLOCKS);
    const t = day + (a + 5 * int(0, (b - a) / 5 - 1)) * MIN;
    if (t > notBefore) return t;
  }
  const latest = day + (CLOSE - 5) * MIN;
  return Math.max(latest, notBefore + 5 * MIN);
}

// ---------------------------------------------------------------- the hall

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫斌宇浩凯健俊帆帅旭宁龙林欣佳琳雪梅莉倩婷颖晨辰阳昊然子轩梓涵一诺欣怡思远文博雨桐书瑶嘉怡宏志建国淑珍秀英海燕丹丹晓东".split("");

function personName() {
  const s = pick(SURNAMES);
  return chance(0.45) ? s + pick(GIVEN) : s + pick(GIVEN) + pick(GIVEN);
}

const COMPANY_PREFIX = ["华信", "恒远", "瑞丰", "东辰", "锦程", "安和", "博雅", "鑫盛", "天禾", "明德", "云帆", "启航", "金桥", "百川"];
const COMPANY_KIND = ["科技有限公司", "商贸有限公司", "餐饮管理有限公司", "人力资源服务有限公司", "建筑工程有限公司", "物业服务有限公司", "职业技能培训学校"];
function companyName() {
  return pick(COMPANY_PREFIX) + pick(COMPANY_KIND);
}

// Windows, the department behind each, and the clerks who staff them (all invented).
const WINDOWS = [
  { window: "1号窗口", department: "人力资源和社会保障局", clerks: ["周晓梅", "孙浩然"] },
  { window: "2号窗口", department: "人力资源和社会保障局", clerks: ["李雅琴", "钱志远"] },
  { window: "3号窗口", department: "人力资源和社会保障局", clerks: ["吴海鹰", "郑晓宁"] },
  { window: "4号窗口", department: "医疗保障局", clerks: ["王丽华", "冯一鸣"] },
  { window: "5号窗口", department: "医疗保障局", clerks: ["陈思琪"] },
  { window: "6号窗口", department: "市场监督管理局", clerks: ["褚建平", "卫红霞"] },
  { window: "7号窗口", department: "市场监督管理局", clerks: ["蒋文韬", "沈佳怡"] },
  { window: "8号窗口", department: "住房公积金管理中心", clerks: ["韩雪莹", "杨立新"] },
  { window: "9号窗口", department: "住房和城乡建设局", clerks: ["朱明辉"] },
  { window: "10号窗口", department: "公安局", clerks: ["秦振华", "尤佳慧"] },
  { window: "11号窗口", department: "综合受理（一件事）", clerks: ["许婉清", "何俊杰"] },
  { window: "12号窗口", department: "综合受理（一件事）", clerks: ["吕思源"] },
  { window: "13号窗口", department: "行政审批局", clerks: ["施永康", "张晓薇"] },
  { window: "14号窗口", department: "行政审批局", clerks: ["孔令仪"] },
];
const byWindow = Object.fromEntries(WINDOWS.map((w) => [w.window, w]));

const wd = (value) => ({ value, unit: "working_days" });

// The service catalogue: category, the windows that take it, an optional committed limit,
// steps for multi-stage items and who applies (a person or a company).
const SERVICES = [
  // 即办件: concluded on the spot.
  { service: "社保卡申领", category: "immediate", windows: ["1号窗口", "2号窗口"], weight: 12, applicant: "person" },
  { service: "社保卡挂失与补换", category: "immediate", windows: ["1号窗口", "2号窗口"], weight: 6, applicant: "person" },
  { service: "失业登记", category: "immediate", windows: ["3号窗口"], weight: 7, applicant: "person" },
  { service: "就业登记", category: "immediate", windows: ["3号窗口"], weight: 5, applicant: "person" },
  { service: "个人参保证明打印", category: "immediate", windows: ["1号窗口", "2号窗口"], weight: 6, applicant: "person" },
  { service: "灵活就业人员参保登记", category: "immediate", windows: ["2号窗口"], weight: 4, applicant: "person" },
  { service: "医保参保信息变更", category: "immediate", windows: ["4号窗口", "5号窗口"], weight: 4, applicant: "person" },
  { service: "居住证签注", category: "immediate", windows: ["10号窗口"], weight: 4, applicant: "person" },
  // 承诺件: a committed number of working days (3 unless the item publishes its own).
  { service: "养老保险关系转移", category: "promised", windows: ["2号窗口"], weight: 6, limit: wd(15), applicant: "person" },
  { service: "就业困难人员认定", category: "promised", windows: ["3号窗口"], weight: 5, limit: wd(5), applicant: "person" },
  { service: "职业资格证书核发", category: "promised", windows: ["3号窗口"], weight: 5, limit: wd(10), applicant: "person" },
  { service: "失业保险金申领", category: "promised", windows: ["3号窗口"], weight: 6, applicant: "person" },
  { service: "退休人员基本养老金核定", category: "promised", windows: ["1号窗口"], weight: 4, limit: wd(10), applicant: "person" },
  { service: "医保异地就医备案", category: "promised", windows: ["4号窗口", "5号窗口"], weight: 5, limit: wd(1), applicant: "person" },
  { service: "生育津贴申领", category: "promised", windows: ["4号窗口"], weight: 3, limit: wd(5), applicant: "person" },
  { service: "营业执照变更", category: "承诺件", windows: ["6号窗口", "7号窗口"], weight: 7, applicant: "company" },
  { service: "个体工商户注销", category: "承诺件", windows: ["6号窗口"], weight: 3, applicant: "person" },
  { service: "住房公积金提取", category: "promised", windows: ["8号窗口"], weight: 6, limit: { value: 4, unit: "working_hours" }, applicant: "person" },
  { service: "住房公积金贷款审批", category: "promised", windows: ["8号窗口"], weight: 3, limit: wd(7), applicant: "person" },
  // 联办件: several departments, a week.
  {
    service: "企业开办一件事", category: "联办件", windows: ["11号窗口", "12号窗口"], weight: 5, applicant: "company",
    steps: [["综合窗口受理", 1], ["市场监管登记", 2], ["税务与社保联办", 1], ["统一出件", 1]],
  },
  {
    service: "新生儿出生一件事", category: "joint", windows: ["11号窗口"], weight: 4, applicant: "person",
    steps: [["综合窗口受理", 1], ["户籍与医保联办", 3], ["统一出件", 1]],
  },
  {
    service: "退休一件事", category: "joint", windows: ["11号窗口", "12号窗口"], weight: 3, applicant: "person",
    steps: [["综合窗口受理", 1], ["社保待遇核定", 3], ["医保与公积金联办", 1]],
  },
  // 上报件: sent up to the higher level within 3 working days.
  { service: "工伤认定申请", category: "上报件", windows: ["1号窗口"], weight: 3, applicant: "person" },
  { service: "特殊工种提前退休审核", category: "escalated", windows: ["1号窗口"], weight: 2, applicant: "person" },
  { service: "高层次人才认定", category: "escalated", windows: ["13号窗口"], weight: 2, applicant: "person" },
  // 许可件: 20 working days, extendable by 10 with the head's approval; pauses for 补正 etc.
  {
    service: "人力资源服务许可", category: "licensing", windows: ["13号窗口", "14号窗口"], weight: 3, applicant: "company",
    steps: [["受理审查", 5], ["实质审查", 8], ["审批决定", 5], ["制证送达", 2]],
  },
  {
    service: "劳务派遣经营许可", category: "许可件", windows: ["13号窗口"], weight: 3, applicant: "company",
    steps: [["受理审查", 5], ["现场核查", 8], ["审批决定", 5], ["制证送达", 2]],
  },
  {
    service: "民办职业技能培训学校设立", category: "licensing", windows: ["14号窗口"], weight: 2, applicant: "company",
    steps: [["受理审查", 5], ["专家评审与现场核查", 10], ["审批决定", 5]],
  },
  {
    service: "食品经营许可", category: "licensing", windows: ["6号窗口", "7号窗口"], weight: 4, applicant: "company",
    steps: [["受理审查", 5], ["现场核查", 10], ["审批决定与制证", 5]],
  },
  {
    service: "建筑工程施工许可证核发", category: "许可件", windows: ["9号窗口"], weight: 2, applicant: "company",
    steps: [["受理审查", 5], ["技术审查", 10], ["审批决定", 5]],
  },
];

const CATEGORY_CODES = { 即办件: "immediate", 承诺件: "promised", 联办件: "joint", 上报件: "escalated", 许可件: "licensing" };
const DEFAULT_DAYS = { immediate: 0, promised: 3, joint: 5, escalated: 3, licensing: 20 };
const CHINESE_NAME = Object.fromEntries(Object.entries(CATEGORY_CODES).map(([zh, en]) => [en, zh]));

function limitDays(spec) {
  const code = CATEGORY_CODES[spec.category] ?? spec.category;
  if (!spec.limit) return DEFAULT_DAYS[code];
  if (spec.limit.unit === "working_hours") return Math.ceil(spec.limit.value / 7.5);
  return spec.limit.value;
}

// ---------------------------------------------------------------- periods and receipt times

const PERIODS = [
  // [from, to, weight]; the rush before a long holiday is heavier.
  { from: wall(2026, 1, 19), to: wall(2026, 2, 6), weight: 70 },
  { from: wall(2026, 2, 9), to: wall(2026, 2, 14), weight: 60 },
  { from: wall(2026, 2, 15), to: wall(2026, 2, 23), weight: 8 }, // the holiday itself: online only
  { from: wall(2026, 2, 24), to: wall(2026, 3, 13), weight: 60 },
  { from: wall(2026, 9, 7), to: wall(2026, 9, 30), weight: 50 },
  { from: wall(2026, 10, 1), to: wall(2026, 10, 7), weight: 4 },
  { from: wall(2026, 10, 8), to: wall(2026, 10, 23), weight: 30 },
  { from: wall(2026, 11, 30), to: wall(2026, 12, 30), weight: 22 },
];

function receiptTime() {
  const period = weighted(PERIODS.map((p) => [p, p.weight]));
  const days = Math.round((period.to - period.from) / DAY);
  let day = period.from + int(0, days) * DAY;
  // Most receipts fall on working days; what lands on a rest day came in online.
  for (let i = 0; i < 6 && !isWorkingDay(day) && period.weight > 10; i++) {
    day = period.from + int(0, days) * DAY;
  }
  if (!isWorkingDay(day)) {
    return { at: day + int(8 * 12, 22 * 12) * 5 * MIN, channel: "网上申报" };
  }
  if (chance(0.09)) {
    // After hours or at lunch: an online application or the evening 延时服务.
    const when = weighted([["evening", 5], ["early", 2], ["lunch", 2]]);
    const minute = when === "evening" ? int(17 * 12 + 7, 21 * 12) * 5 : when === "early" ? int(7 * 12, 9 * 12 - 1) * 5 : int(12 * 12, 13 * 12 + 5) * 5;
    return { at: day + minute * MIN, channel: when === "evening" && chance(0.4) ? "延时服务窗口" : "网上申报" };
  }
  return { at: officeTimeOn(day), channel: chance(0.12) ? "自助终端" : "窗口" };
}

// ---------------------------------------------------------------- one case

const PAUSE_REASONS = [["supplement", 10], ["expert_review", 3], ["testing", 2], ["hearing", 1]];
const STEP_PAUSE_NOTE = { supplement: "申请人补正材料", expert_review: "组织专家评审", testing: "委托第三方检测", hearing: "依申请举行听证" };

let seq = new Map();
function caseId(receivedAt) {
  const key = ymd(receivedAt).replaceAll("-", "");
  const n = (seq.get(key) ?? 0) + 1;
  seq.set(key, n);
  return `ZW${key}${pad(n).padStart(3, "0")}`;
}

function makeCase() {
  const spec = weighted(SERVICES.map((s) => [s, s.weight]));
  const code = CATEGORY_CODES[spec.category] ?? spec.category;
  const { at: receivedAt, channel } = receiptTime();
  const win = pick(spec.windows);
  const record = {
    id: caseId(receivedAt),
    category: spec.category,
    receivedAt: iso(receivedAt),
  };
  if (spec.limit) record.limit = spec.limit;

  const start = nextOpening(receivedAt);
  const n = limitDays(spec);
  let allowed = n;

  // Outcome: on time, late, or still open (as of today it may of course be open anyway).
  // Late cases are the ones a supervisor catches while they are still open and overdue; a few
  // are never concluded at all.
  const outcome = weighted([["ontime", 84], ["late", 12], ["open", 4]]);
  let extension = null;
  if (code === "licensing" && chance(0.25)) {
    extension = { limit: wd(10), approver: pick(["局长 宋承德", "副局长 林慧敏", "分管负责人 贺立群"]), reason: pick(["需组织现场核查，情况复杂", "涉及多部门会商", "申请材料涉及重大公共利益"]) };
    if (chance(0.15)) delete extension.approver; // an unapproved extension: the engine reports it
    if (extension.approver) allowed += 10;
  }

  // Working days actually spent (before pauses).
  let spent;
  if (outcome === "late") spent = allowed + int(1, n >= 10 ? 6 : 3);
  else spent = n === 0 ? 0 : Math.min(allowed, Math.max(0, Math.round(allowed * (0.25 + 0.75 * rand()))));

  // Pauses (licensing, sometimes promised): the clock stops for 补正, expert review, testing.
  const pauses = [];
  let pausedDays = 0;
  const pauseable = code === "licensing" ? 0.55 : code === "promised" && n >= 5 ? 0.15 : 0;
  if (pauseable && chance(pauseable)) {
    const reason = code === "licensing" ? weighted(PAUSE_REASONS) : "supplement";
    const fromDay = addWorkingDays(start, reason === "supplement" ? int(1, 4) : int(3, Math.max(4, spent - 2)));
    const from = officeTimeOn(fromDay);
    const len = reason === "supplement" ? int(2, 9) : reason === "hearing" ? int(5, 12) : int(3, 10);
    const toDay = addWorkingDays(fromDay, len);
    // DL-7: the applicant is told in writing when the clock stops.
    const pause = { from: iso(from), to: iso(officeTimeOn(toDay)), reason, notifiedAt: iso(from) };
    pausedDays = len;
    if (outcome === "open" && chance(0.35)) delete pause.to; // still waiting on the applicant
    pauses.push(pause);
  }

  const concludedDay = addWorkingDays(start, spent + pausedDays);
  let concludedAt = officeTimeOn(concludedDay, start);

  // Steps: split the days spent across the stages, some stages run over their own limit.
  if (spec.steps) {
    const steps = [];
    const totalLimit = spec.steps.reduce((s, [, l]) => s + l, 0);
    let stepStart = start;
    let daysLeft = spent + pausedDays;
    spec.steps.forEach(([name, lim], i) => {
      const last = i === spec.steps.length - 1;
      let share = last ? daysLeft : Math.round(((spent + pausedDays) * lim) / totalLimit + (chance(0.3) ? int(-1, 2) : 0));
      share = Math.max(0, Math.min(daysLeft, share));
      daysLeft -= share;
      const endDay = addWorkingDays(stepStart, share);
      const end = officeTimeOn(endDay, stepStart);
      if (last) concludedAt = end;
      const step = { name, limit: wd(lim), startedAt: iso(stepStart) };
      if (outcome !== "open" || !last) step.completedAt = iso(end);
      steps.push(step);
      stepStart = end;
    });
    record.steps = steps;
  }

  if (pauses.length) record.pauses = pauses;
  if (extension) record.extension = extension;
  if (outcome !== "open") record.concludedAt = iso(concludedAt);

  const clerk = pick(byWindow[win].clerks);
  record.applicant = spec.applicant === "company" ? companyName() : personName();
  record.service = spec.service;
  record.window = win;
  record.clerk = clerk;
  record.department = byWindow[win].department;
  record.channel = channel;
  return record;
}

// ---------------------------------------------------------------- assemble

const cases = [];
for (let i = 0; i < 292; i++) cases.push(makeCase());

// A few cases carry the small data faults a supervisor should see flagged, placed where the
// default "now" (26 Feb) and the National Day presets will show them.
{
  const paused = (from, to) =>
    cases.filter((c) => c.pauses && c.pauses.length && c.receivedAt >= from && c.receivedAt < to).sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : 1));
  const feb = paused("2026-02-01", "2026-02-27");
  const autumn = paused("2026-09-01", "2026-10-31");
  if (feb[0]) delete feb[0].pauses[0].reason; // 暂停未注明事由
  if (autumn[0]) delete autumn[0].pauses[0].reason;
  if (feb[1]) feb[1].pauses[0].reason = "领导出差"; // not a reason that stops the clock
  if (feb[2]) feb[2].pauses[0].reason = "专家评审"; // a Chinese alias the engine accepts
  if (autumn[1]) autumn[1].pauses[0].reason = "补正材料";
  const febLicensing = cases
    .filter((c) => CATEGORY_CODES[c.category] === "licensing" || c.category === "licensing")
    .filter((c) => c.receivedAt >= "2026-02-02" && c.receivedAt < "2026-02-13" && !c.extension);
  if (febLicensing[0]) febLicensing[0].extension = { limit: wd(10), reason: "材料复杂，需现场核查" }; // no approver
  const promised = cases.filter((c) => c.category === "promised" && !c.limit);
  if (promised[3]) promised[3].category = "承诺件";
}

// Two licensing cases still under review at year end: their due dates fall in 2027, past the
// published notices, so the engine marks them provisional (暂定).
for (const [day, hh, mm, service, win] of [[10, 10, 20, "人力资源服务许可", "13号窗口"], [21, 15, 5, "食品经营许可", "7号窗口"]]) {
  const receivedAt = wall(2026, 12, day, hh, mm);
  cases.push({
    id: caseId(receivedAt),
    category: "licensing",
    receivedAt: iso(receivedAt),
    steps: [{ name: "受理审查", limit: wd(5), startedAt: iso(receivedAt) }],
    applicant: companyName(),
    service,
    window: win,
    clerk: pick(byWindow[win].clerks),
    department: byWindow[win].department,
    channel: "窗口",
  });
}

// Three hostile records: the page must show them as text and the engine must flag the bad date.
cases.push({
  id: "ZW20260212901",
  category: "承诺件",
  receivedAt: "2026-02-12T10:15:00+08:00",
  applicant: '<img src=x onerror=alert(1)>',
  service: '营业执照变更<img src=x onerror=alert(1)>',
  window: "6号窗口",
  clerk: "褚建平",
  department: "市场监督管理局",
  channel: "网上申报",
});
cases.push({
  id: "ZW20260225902",
  category: "immediate",
  receivedAt: "2026-02-25T14:20:00+08:00",
  applicant: "赵<script>alert('x')</script>",
  service: "社保卡申领<script>document.title='pwned'</script>",
  window: '2号窗口"><b>',
  clerk: "李雅琴",
  department: "人力资源和社会保障局",
  channel: "窗口",
});
cases.push({
  id: "ZW20260227903",
  category: "承诺件",
  receivedAt: "2026-02-30T09:00",
  applicant: "钱晓风",
  service: "失业保险金申领",
  window: "3号窗口",
  clerk: "吴海鹰",
  department: "人力资源和社会保障局",
  channel: "窗口",
  note: "收件时间录入错误（2月无30日）",
});

cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const data = {
  about:
    "示例数据：某市政务服务中心（虚构）2026 年春节与国庆前后的办件。所有姓名、企业与人员均为虚构；含三条故意构造的恶意/错误记录，用于检验页面只按文本显示数据。由 scripts/gen-sample-hall.mjs 生成（固定随机种子）。",
  aboutEn:
    "Sample data: a fictional city service hall's cases around the 2026 Spring Festival and National Day. Every name is invented; three records are deliberately hostile or malformed to show the page renders data as text. Generated by scripts/gen-sample-hall.mjs (fixed seed).",
  hall: { name: "某市政务服务中心", nameEn: "City Government Service Center (fictional)", timezone: "Asia/Shanghai (UTC+08:00)" },
  generator: { script: "scripts/gen-sample-hall.mjs", seed: SEED },
  defaultNow: "2026-02-26T10:00:00+08:00",
  nowPresets: [
    { id: "pre-spring", label: "春节前最后工作日", labelEn: "Last workday before Spring Festival", now: "2026-02-13T16:00:00+08:00" },
    { id: "makeup-0214", label: "春节调休上班日（2月14日 周六）", labelEn: "Makeup Saturday 14 Feb", now: "2026-02-14T11:00:00+08:00" },
    { id: "in-spring", label: "春节假期中", labelEn: "During Spring Festival", now: "2026-02-19T10:00:00+08:00" },
    { id: "post-spring", label: "节后首个工作日", labelEn: "First workday after the holiday", now: "2026-02-24T09:30:00+08:00" },
    { id: "default", label: "节后第三天（默认）", labelEn: "Third day back (default)", now: "2026-02-26T10:00:00+08:00" },
    { id: "makeup-0228", label: "调休上班日（2月28日 周六）", labelEn: "Makeup Saturday 28 Feb", now: "2026-02-28T15:00:00+08:00" },
    { id: "mid-march", label: "3月中旬", labelEn: "Mid-March", now: "2026-03-16T10:00:00+08:00" },
    { id: "makeup-0920", label: "国庆调休上班日（9月20日 周日）", labelEn: "Makeup Sunday 20 Sep", now: "2026-09-20T10:00:00+08:00" },
    { id: "pre-national", label: "国庆节前", labelEn: "Before National Day", now: "2026-09-30T16:30:00+08:00" },
    { id: "post-national", label: "国庆节后", labelEn: "After National Day", now: "2026-10-09T10:00:00+08:00" },
    { id: "year-end", label: "年末（到期日跨入 2027，暂定）", labelEn: "Year end (due dates in 2027 are provisional)", now: "2026-12-24T10:00:00+08:00" },
  ],
  calendarNote: {
    springFestival: { holiday: ["2026-02-15", "2026-02-23"], makeupWorkdays: ["2026-02-14", "2026-02-28"] },
    nationalDay: { holiday: ["2026-10-01", "2026-10-07"], makeupWorkdays: ["2026-09-20", "2026-10-10"] },
  },
  categoryNames: CHINESE_NAME,
  cases,
};

const text = JSON.stringify(data, null, 1) + "\n";
if (process.argv.includes("--stdout")) {
  process.stdout.write(text);
} else {
  writeFileSync(OUT, text);
  console.error(`wrote ${OUT}: ${cases.length} cases`);
}
