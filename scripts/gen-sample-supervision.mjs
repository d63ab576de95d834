#!/usr/bin/env node
// Generates www/sample-supervision.json: conduct scoring (考评) and supervision (监督) data for the
// same fictional hall as www/sample-hall.json (某市政务服务中心), for the demo's 考评 and 监督 tabs
// and the printable monthly bulletin (bulletin.html).
//
//   - 25 staff in 4 units of 2 sectors (人社, 医保); the clerks of windows 1–5 in sample-hall.json
//     are the same people, so their overdue cases there become CON-5 deductions in the page;
//   - three months (2026-01 … 2026-03) of conduct events, with a story in March: an exposure, a
//     meal accepted from a company, absences, 明察暗访 with the 三一四有 checklist, letters and
//     banners of thanks, one person at a window without the certificate;
//   - March's complaints and 好差评 ratings; one day (2026-03-18) of window hours and queue
//     tickets; the bulletin's inspections and conduct findings.
//
// Deterministic: a seeded PRNG (no Math.random), no clock reads, no dependencies. Every name is
// invented. Persons are referred to by staff id wherever the page can look the name up; the page
// hands names to the engine, which masks them (张*) in everything it returns.
//
//   node scripts/gen-sample-supervision.mjs            writes www/sample-supervision.json
//   node scripts/gen-sample-supervision.mjs --stdout   prints it instead

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { seeded } from "./lib/prng.mjs";

const SEED = 20260318;
const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "www", "sample-supervision.json");

const { rand, int, pick, chance, weighted } = seeded(SEED);
const pad = (n) => String(n).padStart(2, "0");
const hm = (min) => `${pad(Math.floor(min / 60))}:${pad(min % 60)}`;

// Working days of the months used (2026 notice: Spring Festival 02-15…02-23, makeup 02-14, 02-28).
const HOLIDAYS = new Set(["2026-01-01", "2026-01-02", "2026-01-03", ...Array.from({ length: 9 }, (_, i) => `2026-02-${pad(15 + i)}`)]);
const MAKEUP = new Set(["2026-01-04", "2026-02-14", "2026-02-28"]);
function workingDays(period) {
  const [y, m] = period.split("-").map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const out = [];
  for (let d = 1; d <= days; d++) {
    const date = `${period}-${pad(d)}`;
    const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    if (MAKEUP.has(date) || (!HOLIDAYS.has(date) && dow !== 0 && dow !== 6)) out.push(date);
  }
  return out;
}

// ---------------------------------------------------------------- the hall: sectors, units, windows, staff

const sectors = [
  { id: "人社", name: "人力资源和社会保障", nameEn: "HR & social security" },
  { id: "医保", name: "医疗保障", nameEn: "Medical insurance" },
];

const units = [
  { id: "U01", name: "社保服务中心", nameEn: "Social Insurance Service Centre", sector: "人社", heads: { unit: "冯德明", bureau: "韦振邦" } },
  { id: "U02", name: "就业服务中心", nameEn: "Employment Service Centre", sector: "人社", heads: { unit: "邵景川", bureau: "韦振邦" } },
  { id: "U03", name: "医保经办中心", nameEn: "Medical Insurance Office", sector: "医保", heads: { unit: "晏清和", bureau: "卜文渊" } },
  { id: "U04", name: "异地就医服务站", nameEn: "Out-of-town Treatment Desk", sector: "医保", heads: { unit: "蔺书禾", bureau: "卜文渊" } },
];

// The kinds of business of the windows (the engine takes the Chinese names).
const windowTypes = [
  { id: "社保", nameEn: "Social insurance" },
  { id: "社保卡", nameEn: "Social security card" },
  { id: "就业", nameEn: "Employment" },
  { id: "医保", nameEn: "Medical insurance" },
  { id: "异地就医", nameEn: "Out-of-town treatment" },
];

// Windows 1–5 are those of sample-hall.json; `type` is the kind of business for the
// minimum-open rule (DL-10).
const windows = [
  { id: "W01", name: "1号窗口", nameEn: "Window 1", unit: "U01", type: "社保" },
  { id: "W02", name: "2号窗口", nameEn: "Window 2", unit: "U01", type: "社保" },
  { id: "W15", name: "15号窗口", nameEn: "Window 15", unit: "U01", type: "社保卡" },
  { id: "W16", name: "16号窗口", nameEn: "Window 16", unit: "U01", type: "社保卡" },
  { id: "W03", name: "3号窗口", nameEn: "Window 3", unit: "U02", type: "就业" },
  { id: "W17", name: "17号窗口", nameEn: "Window 17", unit: "U02", type: "就业" },
  { id: "W18", name: "18号窗口", nameEn: "Window 18", unit: "U02", type: "就业" },
  { id: "W04", name: "4号窗口", nameEn: "Window 4", unit: "U03", type: "医保" },
  { id: "W05", name: "5号窗口", nameEn: "Window 5", unit: "U03", type: "医保" },
  { id: "W19", name: "19号窗口", nameEn: "Window 19", unit: "U03", type: "医保" },
  { id: "W20", name: "20号窗口", nameEn: "Window 20", unit: "U04", type: "异地就医" },
  { id: "W21", name: "21号窗口", nameEn: "Window 21", unit: "U04", type: "异地就医" },
];

// The first nine are the clerks of windows 1–5 in sample-hall.json (matched by name in the page).
const staff = [
  { id: "S01", name: "周晓梅", unit: "U01", window: "W01", certified: true },
  { id: "S02", name: "孙浩然", unit: "U01", window: "W01", certified: true },
  { id: "S03", name: "李雅琴", unit: "U01", window: "W02", certified: true },
  { id: "S04", name: "钱志远", unit: "U01", window: "W02", certified: true },
  { id: "S05", name: "唐宛平", unit: "U01", window: "W15", certified: true },
  { id: "S06", name: "程立峰", unit: "U01", window: "W15", certified: true },
  { id: "S07", name: "方晓岚", unit: "U01", window: "W16", certified: true },
  { id: "S08", name: "葛云舒", unit: "U01", window: "W16", certified: true },
  { id: "S09", name: "吴海鹰", unit: "U02", window: "W03", certified: true },
  { id: "S10", name: "郑晓宁", unit: "U02", window: "W03", certified: true },
  { id: "S11", name: "邝明远", unit: "U02", window: "W17", certified: true },
  { id: "S12", name: "严素琴", unit: "U02", window: "W17", certified: true },
  { id: "S13", name: "柏星河", unit: "U02", window: "W18", certified: true },
  { id: "S14", name: "汤若溪", unit: "U02", window: "W18", certified: true },
  { id: "S15", name: "王丽华", unit: "U03", window: "W04", certified: true },
  { id: "S16", name: "冯一鸣", unit: "U03", window: "W04", certified: true },
  { id: "S17", name: "陈思琪", unit: "U03", window: "W05", certified: true },
  { id: "S18", name: "甘文澜", unit: "U03", window: "W05", certified: true },
  { id: "S19", name: "骆一帆", unit: "U03", window: "W19", certified: true },
  { id: "S20", name: "池秋月", unit: "U03", window: "W19", certified: true },
  { id: "S21", name: "季南星", unit: "U03", certified: true }, // AB post, no window of their own
  { id: "S22", name: "聂青禾", unit: "U04", window: "W20", certified: true },
  { id: "S23", name: "滕远舟", unit: "U04", window: "W20", certified: true },
  { id: "S24", name: "鲁晴川", unit: "U04", window: "W21", certified: true },
  { id: "S25", name: "苗嘉禾", unit: "U04", window: "W21", certified: false }, // new, not yet certified (CON-8)
];

// ---------------------------------------------------------------- conduct events

const ev = (staffId, date, kind, code, extra = {}) => ({ kind, ...(code ? { code } : {}), staffId, date, ...extra });
const ALL_DONE = { greet: true, seat: true, water: true, welcome: true, farewell: true, answer: true, result: true };
const inspect = (staffId, date, missed, evidence) => {
  const checklist = { ...ALL_DONE };
  for (const k of missed) checklist[k] = false;
  return ev(staffId, date, "inspection", null, { checklist, evidence });
};

/** A few everyday records for a month, from the PRNG: lateness, a letter of thanks, a checklist. */
function background(period, skip) {
  const days = workingDays(period);
  const out = [];
  for (const s of staff) {
    if (skip.has(s.id)) continue;
    if (chance(0.22)) out.push(ev(s.id, pick(days), "attendance", "late_or_early", { count: int(1, 2) }));
    if (chance(0.12)) out.push(ev(s.id, pick(days), "commendation", "commendation_letter", { evidence: "群众来信表扬" }));
    if (chance(0.06)) out.push(ev(s.id, pick(days), "violation", pick(["idle_phone", "dress", "power_left_on"])));
  }
  return out;
}

// One 暗访 round a month: a few windows' staff checked against the 三一四有 list.
function inspectionRound(date, ids) {
  const items = Object.keys(ALL_DONE);
  return ids.map((id) => {
    const missed = chance(0.5) ? [] : [pick(items)];
    return inspect(id, date, missed, "暗访“三一四有”检查");
  });
}

const january = {
  period: "2026-01",
  retrained: ["S19"], // back from retraining after failing in December (CON-7)
  events: [
    ...background("2026-01", new Set(["S19"])),
    ...inspectionRound("2026-01-14", ["S02", "S06", "S10", "S16", "S22"]),
    ev("S19", "2026-01-20", "attendance", "late_or_early", { count: 2 }),
    ev("S19", "2026-01-22", "violation", "uncivil", { evidence: "答复群众咨询语气生硬" }),
    ev("S05", "2026-01-27", "commendation", "commendation_banner", { evidence: "群众赠送锦旗“热情服务 暖心便民”" }),
  ],
};

const february = {
  period: "2026-02",
  events: [
    ...background("2026-02", new Set(["S04", "S19", "S20"])),
    ...inspectionRound("2026-02-26", ["S01", "S07", "S12", "S17", "S24"]),
    ev("S04", "2026-02-02", "attendance", "absent", { count: 8, evidence: "2月2日至5日未请假未到岗，共计4天" }),
    ev("S04", "2026-02-25", "attendance", "late_or_early", { count: 1 }),
    ev("S19", "2026-02-10", "attendance", "late_or_early", { count: 1 }),
    ev("S20", "2026-02-11", "attendance", "absent", { count: 2, evidence: "2月11日未请假未到岗" }),
    ev("S20", "2026-02-26", "attendance", "late_or_early", { count: 3 }),
    ev("S09", "2026-02-12", "commendation", "commendation_letter", { count: 2, evidence: "春节前加班办理失业保险金，群众来信致谢" }),
  ],
};

// March: the month of the bulletin. Each inspection finding is also the conduct record it led to.
const march = {
  period: "2026-03",
  events: [
    ...background("2026-03", new Set(["S03", "S04", "S15", "S19", "S25"])),
    // 明察暗访
    ev("S01", "2026-03-05", "violation", "eating", { evidence: "暗访发现周晓梅在窗口内吃早餐" }),
    inspect("S01", "2026-03-05", ["water", "farewell"], "暗访“三一四有”检查"),
    inspect("S17", "2026-03-05", ["seat", "water"], "暗访“三一四有”检查"),
    inspect("S13", "2026-03-05", [], "暗访“三一四有”检查"),
    ev("S11", "2026-03-12", "violation", "off_post", { evidence: "明察：上班时间离岗约20分钟，窗口无人值守" }),
    ev("S19", "2026-03-18", "violation", "foul_language", { evidence: "暗访：与群众争执时使用不文明语言" }),
    inspect("S20", "2026-03-18", ["greet", "answer"], "暗访“三一四有”检查"),
    inspect("S07", "2026-03-18", [], "暗访“三一四有”检查"),
    inspect("S25", "2026-03-24", ["welcome", "farewell", "answer"], "明察“三一四有”检查"),
    // 纪律作风
    ev("S15", "2026-03-09", "violation", "gift_or_meal", { evidence: "接受办事企业宴请，已移交纪检部门" }),
    ev("S03", "2026-03-03", "commendation", "commendation_letter", { evidence: "群众来信表扬" }),
    ev("S03", "2026-03-20", "exposure", null, { evidence: "上班时间玩手机游戏，被市电视台《行风热线》曝光" }),
    ev("S04", "2026-03-09", "attendance", "absent", { count: 7, evidence: "3月9日至12日未请假未到岗，共计3.5天" }),
    ev("S04", "2026-03-16", "violation", "off_post", { evidence: "离岗未安排AB岗顶岗" }),
    ev("S04", "2026-03-23", "attendance", "late_or_early", { count: 3 }),
    ev("S19", "2026-03-11", "violation", "complaint_verified", { evidence: "实名投诉态度恶劣，经核实属实" }),
    ev("S19", "2026-03-23", "attendance", "absent", { count: 7, evidence: "3月23日至26日多次未请假离岗半天" }),
    ev("S13", "2026-03-04", "violation", "foul_language", { evidence: "与群众发生口角" }),
    ev("S13", "2026-03-04", "violation", "complaint_verified", { evidence: "实名投诉态度生硬，经核实属实" }),
    ev("S16", "2026-03-12", "violation", "bad_rating_verified", { evidence: "差评“一次性告知不清”经核实属实" }),
    ev("S20", "2026-03-24", "violation", "buck_passing", { evidence: "以“不归本窗口办理”为由推诿" }),
    ev("S21", "2026-03-26", "violation", "refused_by_hours", { evidence: "17:15以即将下班为由拒收材料" }),
    ev("S18", "2026-03-19", "violation", "computer_misuse", { evidence: "上班时间浏览购物网站" }),
    ev("S11", "2026-03-17", "attendance", "late_or_early", { count: 4 }),
    ev("S11", "2026-03-25", "violation", "uncivil"),
    ev("S08", "2026-03-06", "violation", "power_left_on", { count: 2, evidence: "下班未关闭电脑和叫号机" }),
    ev("S08", "2026-03-20", "violation", "virus_check_missed"),
    ev("S06", "2026-03-03", "violation", "dress"),
    ev("S06", "2026-03-13", "violation", "idle_phone"),
    ev("S12", "2026-03-17", "violation", "headphones"),
    ev("S24", "2026-03-10", "violation", "network_tamper", { evidence: "私自更改办公电脑网络设置" }),
    ev("S23", "2026-03-18", "attendance", "late_or_early", { evidence: "20号窗口09:25才开窗" }),
    // 表扬
    ev("S05", "2026-03-10", "commendation", "commendation_banner", { evidence: "群众赠送锦旗“热情服务 高效便民”" }),
    ev("S22", "2026-03-16", "commendation", "commendation_banner", { evidence: "异地就医备案当场办结，群众赠送锦旗" }),
    ev("S22", "2026-03-27", "commendation", "commendation_letter"),
    ev("S09", "2026-03-19", "commendation", "commendation_letter", { count: 2 }),
    ev("S14", "2026-03-24", "commendation", "commendation_letter"),
  ],
};

// The evidence as an English-speaking supervisor would have written it (the page picks one).
const EVIDENCE_EN = {
  群众来信表扬: "Letter of thanks from the public",
  "暗访“三一四有”检查": "Covert civility check",
  "明察“三一四有”检查": "Open civility check",
  答复群众咨询语气生硬: "Answered an enquiry curtly",
  "群众赠送锦旗“热情服务 暖心便民”": "Banner of thanks from the public: “warm service”",
  "2月2日至5日未请假未到岗，共计4天": "Absent without leave 2–5 February, 4 days",
  "2月11日未请假未到岗": "Absent without leave on 11 February",
  "春节前加班办理失业保险金，群众来信致谢": "Letters of thanks for overtime on unemployment benefits before the Spring Festival",
  "暗访发现周晓梅在窗口内吃早餐": "Covert visit: 周晓梅 eating breakfast at the window",
  "明察：上班时间离岗约20分钟，窗口无人值守": "Open inspection: away from the post for about 20 minutes, window unstaffed",
  "暗访：与群众争执时使用不文明语言": "Covert visit: foul language in an argument with an applicant",
  "接受办事企业宴请，已移交纪检部门": "Accepted a meal from a company with business at the window; referred to discipline inspection",
  "上班时间玩手机游戏，被市电视台《行风热线》曝光": "Filmed by the city TV station playing phone games at work",
  "3月9日至12日未请假未到岗，共计3.5天": "Absent without leave 9–12 March, 3.5 days",
  离岗未安排AB岗顶岗: "Left the post with no AB-post cover",
  "实名投诉态度恶劣，经核实属实": "Named complaint of hostility, verified",
  "3月23日至26日多次未请假离岗半天": "Away half-days without leave, 23–26 March",
  与群众发生口角: "Quarrelled with an applicant",
  "实名投诉态度生硬，经核实属实": "Named complaint of rudeness, verified",
  "差评“一次性告知不清”经核实属实": "Bad rating (unclear list of papers) verified",
  "以“不归本窗口办理”为由推诿": "Turned an applicant away as “not this window's business”",
  "17:15以即将下班为由拒收材料": "Refused papers at 17:15 because closing time was near",
  上班时间浏览购物网站: "Online shopping at work",
  下班未关闭电脑和叫号机: "Left the computer and the queue terminal on after hours",
  私自更改办公电脑网络设置: "Changed the office computer's network settings",
  "20号窗口09:25才开窗": "Window 20 opened only at 09:25",
  "群众赠送锦旗“热情服务 高效便民”": "Banner of thanks from the public: “warm and efficient service”",
  "异地就医备案当场办结，群众赠送锦旗": "Banner of thanks for an out-of-town treatment filing done on the spot",
};

const conduct = [january, february, march].map((m) => ({
  ...m,
  events: m.events.map((e) => {
    if (!e.evidence) return e;
    if (!(e.evidence in EVIDENCE_EN)) throw new Error(`no English for ${e.evidence}`);
    return { ...e, evidenceEn: EVIDENCE_EN[e.evidence] };
  }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0)),
}));

// ---------------------------------------------------------------- complaints and ratings (March)

const unitOfWindow = Object.fromEntries(windows.map((w) => [w.id, w.unit]));
const sectorOfUnit = Object.fromEntries(units.map((u) => [u.id, u.sector]));
const where = (window) => ({ window, unit: unitOfWindow[window], sector: sectorOfUnit[unitOfWindow[window]] });

const complaints = [
  {
    id: "TS-2603-01", kind: "complaint", receivedAt: "2026-03-02T09:40", ...where("W01"), staffId: "S02", named: true,
    verifiedAt: "2026-03-02T15:10", founded: false, outcome: "经核实，窗口已按规定一次性告知所需材料，投诉不属实",
    repliedAt: "2026-03-03T10:00", calledBackAt: "2026-03-04T09:30",
    complainant: { name: "黎文涛", phone: "13700261501" },
    summary: "黎文涛（13700261501）反映办理社保卡补换时被要求多次补交材料", summaryEn: "Says he was asked several times for more papers to replace a social security card",
  },
  {
    id: "TS-2603-02", kind: "complaint", receivedAt: "2026-03-02T14:20", ...where("W17"), staffId: "S11", named: true,
    verifiedAt: "2026-03-03T11:00", founded: true,
    complainant: { name: "阮清扬", phone: "13900262202" },
    summary: "反映17号窗口午后开窗迟、群众久等", summaryEn: "Window 17 opened late after lunch and people waited long",
  },
  {
    id: "TS-2603-03", kind: "complaint", receivedAt: "2026-03-04T10:05", ...where("W18"), staffId: "S13", named: true,
    verifiedAt: "2026-03-04T16:00", founded: true, outcome: "已对当事人批评教育并按考评办法扣分",
    rectifiedAt: "2026-03-06T10:00", repliedAt: "2026-03-06T10:30", calledBackAt: "2026-03-09T15:00",
    complainant: { name: "宁晓曼", phone: "13600263303" },
    summary: "宁晓曼反映18号窗口工作人员说话生硬、与其发生口角", summaryEn: "The clerk at window 18 spoke rudely and quarrelled with her",
  },
  {
    id: "TS-2603-04", kind: "complaint", receivedAt: "2026-03-06T09:15", ...where("W02"), named: true,
    verifiedAt: "2026-03-10T10:00", founded: true, outcome: "已整改：窗口人员离岗须由AB岗顶岗",
    rectifiedAt: "2026-03-12T09:00", repliedAt: "2026-03-12T09:30",
    complainant: { name: "邱子墨", phone: "13500264404" },
    summary: "邱子墨（13500264404）反映2号窗口长时间无人、排队一个多小时", summaryEn: "Window 2 was unstaffed for a long time; over an hour in the queue",
  },
  {
    id: "TS-2603-05", kind: "complaint", receivedAt: "2026-03-11T10:30", ...where("W19"), staffId: "S19", named: true,
    verifiedAt: "2026-03-11T16:20", founded: true, outcome: "已约谈当事人，纳入月度考评",
    rectifiedAt: "2026-03-13T10:00", repliedAt: "2026-03-13T10:20", calledBackAt: "2026-03-16T14:00",
    complainant: { name: "裴安然", phone: "13800265505" },
    summary: "裴安然反映19号窗口工作人员态度恶劣", summaryEn: "The clerk at window 19 was hostile",
  },
  {
    id: "TS-2603-06", kind: "complaint", receivedAt: "2026-03-16T11:00", ...where("W04"), named: false,
    verifiedAt: "2026-03-17T10:00", founded: false, outcome: "调取监控核实，窗口已按流程办理，投诉不属实",
    summary: "匿名反映4号窗口推诿", summaryEn: "Anonymous: window 4 passed the buck",
  },
  {
    id: "TS-2603-07", kind: "complaint", receivedAt: "2026-03-19T09:50", ...where("W05"), named: true,
    complainant: { name: "詹若水", phone: "13300267707" },
    summary: "詹若水反映5号窗口异地就医备案材料要求前后不一", summaryEn: "Window 5 asked for different papers each visit for an out-of-town treatment filing",
  },
  {
    id: "TS-2603-08", kind: "complaint", receivedAt: "2026-03-25T14:30", ...where("W20"), named: true,
    verifiedAt: "2026-03-25T17:00", founded: true,
    complainant: { name: "凌书瑶", phone: "13200268808" },
    summary: "反映20号窗口上午迟开", summaryEn: "Window 20 opened late in the morning",
  },
  {
    id: "TS-2603-09", kind: "complaint", receivedAt: "2026-03-27T10:10", ...where("W21"), named: false,
    summary: "匿名反映21号窗口下午开窗时间短", summaryEn: "Anonymous: window 21 keeps short afternoon hours",
  },
  {
    id: "TS-2603-10", kind: "complaint", receivedAt: "2026-03-32T09:00", ...where("W16"), named: false,
    summary: "登记时间录入错误的一条投诉", summaryEn: "A complaint logged with an impossible date",
  },
];

// 好差评: mostly good; the bad ones are followed up (and one appeal upheld).
const ratings = [];
{
  const days = workingDays("2026-03");
  const levels = [[5, 62], [4, 22], ["基本满意", 8], [3, 3]];
  let n = 0;
  for (const day of days) {
    const count = int(1, 3);
    for (let i = 0; i < count; i++) {
      const w = pick(windows).id;
      const minute = pick([9 * 60, 10 * 60, 13 * 60 + 30, 15 * 60]) + 5 * int(0, 17);
      n++;
      ratings.push({ id: `PJ-2603-${pad(n).padStart(3, "0")}`, kind: "rating", level: weighted(levels), receivedAt: `${day}T${hm(minute)}`, ...where(w), named: chance(0.3) });
    }
  }
  const bad = [
    { level: "不满意", receivedAt: "2026-03-06T10:20", ...where("W02"), named: true, verifiedAt: "2026-03-06T15:00", founded: true, rectifiedAt: "2026-03-09T10:00", calledBackAt: "2026-03-10T09:00" },
    { level: 1, receivedAt: "2026-03-12T09:40", ...where("W02"), named: true, verifiedAt: "2026-03-13T10:00", founded: true, rectifiedAt: "2026-03-16T10:00" },
    { level: 2, receivedAt: "2026-03-11T14:10", ...where("W04"), staffId: "S16", named: true, verifiedAt: "2026-03-12T09:30", founded: true, rectifiedAt: "2026-03-12T15:00", calledBackAt: "2026-03-13T10:00" },
    { level: "非常不满意", receivedAt: "2026-03-18T10:30", ...where("W19"), named: true, verifiedAt: "2026-03-18T16:00", founded: true },
    { level: 1, receivedAt: "2026-03-20T15:00", ...where("W19"), named: true, appeal: { filedAt: "2026-03-20T16:00", upheld: true, reason: "评价人误操作，已书面说明" } },
    { level: "不满意", receivedAt: "2026-03-26T11:00", ...where("W17"), named: false, verifiedAt: "2026-03-27T09:00", founded: false },
  ];
  for (const r of bad) {
    n++;
    ratings.push({ id: `PJ-2603-${pad(n).padStart(3, "0")}`, kind: "rating", ...r });
  }
  ratings.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
}

// ---------------------------------------------------------------- one day of windows and queues

const DAY = "2026-03-18";
const STANDARD = ["09:00-12:00", "13:30-17:30"];
const windowDay = {
  date: DAY,
  // DL-10: at least this many windows of a type open at every minute of the standard hours.
  ruleset: { supervision: { minOpenWindows: { 社保: 2, 医保: 2 } } },
  published: Object.fromEntries(windows.map((w) => [w.id, w.id === "W21" ? ["09:00-12:00", "14:00-17:00"] : STANDARD])),
  events: [
    { window: "W20", at: `${DAY}T09:00`, kind: "close", reason: "人员迟到", reasonEn: "Staff late" },
    { window: "W20", at: `${DAY}T09:25`, kind: "open" },
    { window: "W02", at: `${DAY}T10:00`, kind: "close", reason: "开会", reasonEn: "Meeting" },
    { window: "W02", at: `${DAY}T10:40`, kind: "open" },
    { window: "W04", at: `${DAY}T14:00`, kind: "close", reason: "业务培训", reasonEn: "Training", substitute: "季南星" },
    { window: "W04", at: `${DAY}T15:30`, kind: "open" },
    { window: "W17", at: `${DAY}T15:40`, kind: "close" },
    { window: "W17", at: `${DAY}T16:05`, kind: "open" },
    { window: "W03", at: `${DAY}T16:30`, kind: "close", reason: "系统故障", reasonEn: "System failure", substitute: "郑晓宁" },
    { window: "W03", at: `${DAY}T17:00`, kind: "open" },
  ],
  tickets: [],
};
{
  // Tickets every few minutes at each window, waits rising where a window of the same kind is
  // shut without cover (W02 10:00–10:40 pushes its queue and W01's), and a few people who left.
  const closedAt = (w, m) =>
    (w === "W02" && m >= 600 && m < 640) || (w === "W20" && m >= 540 && m < 565) || (w === "W17" && m >= 940 && m < 965);
  const busy = { 社保: 1.0, 社保卡: 0.6, 就业: 0.8, 医保: 0.9, 异地就医: 0.5 };
  let n = 0;
  for (const w of windows) {
    const blocks = windowDay.published[w.id].map((b) => b.split("-").map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))));
    for (const [from, to] of blocks) {
      for (let m = from; m < to - 10; m += int(6, 16)) {
        if (!chance(busy[w.type])) continue;
        let wait = int(2, 14) + (m >= 600 && m < 690 ? int(2, 10) : 0); // the mid-morning rush
        if (closedAt(w.id, m)) wait = Math.max(wait, (w.id === "W02" ? 640 : w.id === "W20" ? 565 : 965) - m + int(4, 12));
        if (w.id === "W01" && m >= 600 && m < 640) wait += int(14, 24); // W02's queue came over
        n++;
        const t = { id: `Q${pad(n).padStart(3, "0")}`, window: w.id, takenAt: `${DAY}T${hm(m)}` };
        if (!chance(0.03)) t.calledAt = `${DAY}T${hm(Math.min(m + wait, 18 * 60))}`;
        windowDay.tickets.push(t);
      }
    }
  }
  // A ticket logged with its call before it was taken: a data error the engine reports.
  windowDay.tickets.push({ id: "Q999", window: "W05", takenAt: `${DAY}T11:20`, calledAt: `${DAY}T11:05` });
  windowDay.tickets.sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : a.id < b.id ? -1 : 1));
}

// ---------------------------------------------------------------- the bulletin's own records

const bulletin = {
  month: "2026-03",
  hall: "某市政务服务中心",
  // The engine keeps 40 characters of each.
  hallEn: "City Government Service Center",
  issuer: "某市政务服务管理办公室　2026年4月1日",
  issuerEn: "City Service Administration, 2026-04-01",
  inspections: [
    { date: "2026-03-05", kind: "暗访", unit: "U01", window: "W01", staffId: "S01", rule: "CON-2",
      description: "工作时间在窗口内吃早餐，周晓梅未做到“倒一杯水、去有送声”", descriptionEn: "Eating breakfast at the window; no water offered, no farewell" },
    { date: "2026-03-05", kind: "暗访", unit: "U03", window: "W05", staffId: "S17", rule: "CON-3",
      description: "“三一四有”未做到让座、倒水", descriptionEn: "Civility checklist: no seat and no water offered" },
    { date: "2026-03-12", kind: "明察", unit: "U02", window: "W17", staffId: "S11", rule: "CON-2",
      description: "上班时间离岗约20分钟，窗口无人值守且未摆放暂停服务牌", descriptionEn: "Away from the post for about 20 minutes; window unstaffed with no notice" },
    { date: "2026-03-18", kind: "暗访", unit: "U01", window: "W02", rule: "DL-10",
      description: "10:00至10:40窗口关闭，牌示“开会”，无AB岗顶岗", descriptionEn: "Window closed 10:00–10:40 for a meeting, with no AB-post cover" },
    { date: "2026-03-18", kind: "暗访", unit: "U03", window: "W19", staffId: "S19", rule: "CON-2",
      description: "与群众争执时使用不文明语言", descriptionEn: "Used foul language in an argument with an applicant" },
    { date: "2026-03-24", kind: "明察", unit: "U04", window: "W21", staffId: "S25", rule: "CON-8",
      description: "新进人员未经岗前培训考试即上岗", descriptionEn: "A new member of staff serving without training and certification" },
    { date: "2026-03-24", kind: "明察", unit: "U04", window: "W21", rule: "DL-10",
      description: "公布的下午办公时间为14:00至17:00，短于大厅标准", descriptionEn: "Published afternoon hours 14:00–17:00, shorter than the hall's standard" },
  ],
  conductFindings: [
    { date: "2026-03-09", unit: "U03", staffId: "S15", rule: "CON-4",
      description: "接受办事企业宴请，已移交纪检部门", descriptionEn: "Accepted a meal from a company with business at the window; referred to discipline inspection" },
    { date: "2026-03-09", unit: "U01", staffId: "S04", rule: "CON-3",
      description: "3月9日至12日未请假未到岗，共计3.5天", descriptionEn: "Absent without leave 9–12 March, 3.5 days in all" },
    { date: "2026-03-20", unit: "U01", staffId: "S03", rule: "CON-6",
      description: "上班时间玩手机游戏，被市电视台《行风热线》曝光", descriptionEn: "Filmed by the city TV station playing games on the phone at work" },
  ],
};

// ---------------------------------------------------------------- assemble

const data = {
  about:
    "示例数据：某市政务服务中心（虚构）的考评与监督数据，与 sample-hall.json 为同一大厅：4 个单位（人社、医保两个行业）25 名工作人员 2026 年 1–3 月的考评记录，3 月的投诉与好差评，3 月 18 日的窗口开关与排队叫号，以及 3 月明察暗访通报的记录。所有姓名均为虚构。由 scripts/gen-sample-supervision.mjs 生成（固定随机种子）。",
  aboutEn:
    "Sample data: conduct and supervision records of the same fictional hall as sample-hall.json: 25 staff in 4 units of 2 sectors, their conduct records for January to March 2026, March's complaints and ratings, the windows and queue of 18 March, and the records of March's inspection bulletin. Every name is invented. Generated by scripts/gen-sample-supervision.mjs (fixed seed).",
  hall: { name: "某市政务服务中心", nameEn: "City Government Service Center (fictional)" },
  generator: { script: "scripts/gen-sample-supervision.mjs", seed: SEED },
  month: "2026-03",
  months: conduct.map((m) => m.period),
  // When the month is assessed: complaints and the overdue cases of sample-hall.json.
  assessAt: "2026-03-31T17:30:00+08:00",
  sectors,
  windowTypes,
  units,
  windows,
  staff,
  conduct,
  complaints: [...complaints, ...ratings],
  windowDay,
  bulletin,
};

const text = JSON.stringify(data, null, 1) + "\n";
if (process.argv.includes("--stdout")) {
  process.stdout.write(text);
} else {
  writeFileSync(OUT, text);
  const events = conduct.reduce((s, m) => s + m.events.length, 0);
  console.error(`wrote ${OUT}: ${staff.length} staff, ${events} conduct events, ${complaints.length} complaints, ${ratings.length} ratings, ${windowDay.tickets.length} tickets`);
}
