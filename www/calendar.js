// 工作日历 / Calendar: the month view, a day's detail, the calendar data in force and reading
// a pasted holiday notice (CAL-1..6). Every answer is the engine's; this tab only lays it out.

import { Engine, parseHolidayNotice } from "./pkg/index.js";
import { $, append, clear, h } from "./dom.js";
import { pad2 } from "./format.js";

// The page's words, its state (month, selected day, engine, locale) and its cached day lookup.
let t, state, dayInfo, words;

const ymdOf = (y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`;

export function mountCalendar(panel, context) {
  ({ t, state, dayInfo, words } = context);
  const monthInput = h("input", {
    type: "month",
    id: "cal-month",
    min: "2000-01",
    max: "2100-12",
    value: `${state.month.y}-${pad2(state.month.m)}`,
    on: {
      change: (ev) => {
        const m = /^(\d{4})-(\d{2})$/.exec(ev.currentTarget.value);
        if (m) setMonth(+m[1], +m[2]);
      },
    },
  });

  const jumps = [
    ["cal-jump-spring", "cal.jump.spring", 2026, 2],
    ["cal-jump-national", "cal.jump.national", 2026, 10],
    ["cal-jump-2027", "cal.jump.next", 2027, 1],
  ].map(([id, key, y, m]) => h("button", { type: "button", id, className: "btn btn-ghost small", dataset: { month: `${y}-${pad2(m)}` }, text: t(key), on: { click: () => setMonth(y, m) } }));

  const nav = h(
    "div",
    { className: "cal-nav" },
    h("button", { type: "button", id: "cal-prev", className: "btn btn-icon", "aria-label": t("cal.prev"), title: t("cal.prev"), text: "‹", on: { click: () => shiftMonth(-1) } }),
    h("h2", { id: "cal-title", className: "cal-title", "aria-live": "polite" }),
    h("button", { type: "button", id: "cal-next", className: "btn btn-icon", "aria-label": t("cal.next"), title: t("cal.next"), text: "›", on: { click: () => shiftMonth(1) } }),
    h("label", { className: "inline-field" }, h("span", { className: "visually-hidden", text: t("cal.month") }), monthInput),
    h("div", { className: "cal-jumps", role: "group", "aria-label": t("cal.jumps") }, jumps),
  );

  const legend = h(
    "ul",
    { className: "legend", "aria-label": t("cal.legend") },
    ["workday", "weekend", "holiday", "makeup_workday"].map((k) => h("li", null, h("span", { className: `swatch kind-${k}`, "aria-hidden": "true" }), t(`kind.${k}`))),
    h("li", null, h("span", { className: "swatch provisional", "aria-hidden": "true" }), t("cal.provisional")),
  );

  const weekdays = t("cal.weekdays").split(",");
  const grid = h(
    "div",
    { id: "cal-grid", className: "cal-grid", role: "grid", "aria-labelledby": "cal-title" },
    h("div", { className: "cal-row cal-head", role: "row" }, weekdays.map((w, i) => h("div", { className: `cal-wd${i >= 5 ? " wkend" : ""}`, role: "columnheader", text: w }))),
    h("div", { id: "cal-body", className: "cal-body" }),
  );

  const calCard = h("div", { className: "card cal-card" }, nav, h("p", { id: "cal-error", className: "error-text", role: "alert", hidden: true }), grid, h("div", { className: "cal-foot" }, h("p", { id: "cal-stats", className: "hint" }), legend));

  const side = h(
    "div",
    { className: "cal-side" },
    h("div", { className: "card", id: "cal-day-card" }, h("h2", { className: "card-title", text: t("cal.dayDetail") }), h("div", { id: "cal-day-detail" })),
    h("div", { className: "card", id: "cal-info-card" }, h("h2", { className: "card-title", text: t("info.title") }), h("div", { id: "cal-info" })),
    noticeCard(),
  );

  panel.append(h("div", { className: "cal-layout" }, calCard, side));
  renderCalendarInfo();
  renderMonth();
  renderDayDetail();
}

function shiftMonth(delta) {
  let { y, m } = state.month;
  m += delta;
  if (m < 1) {
    m = 12;
    y--;
  } else if (m > 12) {
    m = 1;
    y++;
  }
  setMonth(y, m);
}

function setMonth(y, m) {
  y = Math.min(2100, Math.max(2000, y));
  state.month = { y, m };
  const input = $("cal-month");
  if (input) input.value = `${y}-${pad2(m)}`;
  renderMonth();
}

function monthTitle(y, m) {
  if (state.locale === "en") return t("cal.title", { y, month: t("cal.months").split(",")[m - 1] });
  return t("cal.title", { y, m });
}

function renderMonth() {
  const { y, m } = state.month;
  $("cal-title").textContent = monthTitle(y, m);
  const body = clear($("cal-body"));
  const errEl = $("cal-error");
  errEl.hidden = true;

  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const firstDow = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const counts = { workday: 0, weekend: 0, holiday: 0, makeup_workday: 0, local_holiday: 0, extra_service_day: 0 };

  const cells = [];
  for (let i = 0; i < firstDow; i++) cells.push(h("div", { className: "cal-cell pad", role: "gridcell", "aria-hidden": "true" }));
  for (let d = 1; d <= days; d++) {
    const date = ymdOf(y, m, d);
    let info;
    try {
      info = dayInfo(date);
    } catch (err) {
      errEl.textContent = t("cal.error", { msg: err.message });
      errEl.hidden = false;
      cells.push(h("div", { className: "cal-cell", role: "gridcell", text: String(d) }));
      continue;
    }
    counts[info.kind] = (counts[info.kind] ?? 0) + 1;
    const dow = (firstDow + d - 1) % 7;
    const short = words()[`cal.short.${info.kind}`];
    const selected = state.selectedDay === date;
    const label = [date, t(`kind.${info.kind}`), info.name, info.provisional ? t("cal.provisional") : null].filter(Boolean).join(" · ");
    cells.push(
      h(
        "button",
        {
          type: "button",
          role: "gridcell",
          className: `cal-cell kind-${info.kind}${dow >= 5 ? " is-weekend" : ""}${info.provisional ? " is-provisional" : ""}${selected ? " is-selected" : ""}`,
          id: `day-${date}`,
          dataset: { date, kind: info.kind, working: String(info.working), provisional: String(info.provisional) },
          "aria-selected": String(selected),
          title: label,
          on: {
            click: () => {
              state.selectedDay = date;
              renderMonth();
              renderDayDetail();
            },
          },
        },
        h("span", { className: "cal-top" }, h("span", { className: "cal-num", text: String(d) }), short ? h("span", { className: `cal-mark mark-${info.kind}`, text: short }) : null),
        info.name ? h("span", { className: "cal-name", text: info.name }) : null,
        info.provisional ? h("span", { className: "cal-prov", title: t("cal.provisionalTitle"), text: t("cal.provisional") }) : null,
        // The name a screen reader gives starts with what the cell shows (WCAG 2.5.3).
        h("span", { className: "visually-hidden", text: ` ${label}` }),
      ),
    );
  }
  while (cells.length % 7) cells.push(h("div", { className: "cal-cell pad", role: "gridcell", "aria-hidden": "true" }));
  for (let i = 0; i < cells.length; i += 7) body.append(h("div", { className: "cal-row", role: "row" }, cells.slice(i, i + 7)));

  $("cal-stats").textContent = t("cal.monthStats", {
    w: counts.workday + counts.makeup_workday + counts.extra_service_day,
    h: counts.holiday + counts.local_holiday,
    m: counts.makeup_workday,
    e: counts.weekend,
  });
}

function renderDayDetail() {
  const host = clear($("cal-day-detail"));
  if (!state.selectedDay) {
    host.append(h("p", { className: "hint", text: t("cal.dayHint") }));
    return;
  }
  let info;
  try {
    info = dayInfo(state.selectedDay);
  } catch (err) {
    host.append(h("p", { className: "error-text", text: t("cal.error", { msg: err.message }) }));
    return;
  }
  host.append(
    h(
      "dl",
      { className: "kv", id: "cal-day-kv", dataset: { date: info.date } },
      h("dt", { text: t("cal.date") }),
      h("dd", { className: "mono", text: info.date }),
      h("dt", { text: t("cal.kind") }),
      h("dd", null, h("span", { className: `chip kind-chip kind-${info.kind}`, text: t(`kind.${info.kind}`) }), info.provisional ? h("span", { className: "tag tag-provisional", text: t("cal.provisional") }) : null),
      info.name ? [h("dt", { text: t("cal.name") }), h("dd", { text: info.name })] : null,
      h("dt", { text: t("cal.working") }),
      h("dd", { text: info.working ? t("cal.yes") : t("cal.no") }),
      h("dt", { text: t("cal.officeHours") }),
      h("dd", { className: "mono", text: info.officeHours.length ? info.officeHours.join(", ") : t("cal.closed") }),
    ),
  );
  if (info.provisional) host.append(h("p", { className: "hint", text: t("cal.provisionalTitle") }));
}

/** CAL-6 in the demo: the engine reads a pasted notice; the page shows the year it read and
 * the days on which it differs from the calendar in force (both answers are the engine's). */
function noticeCard() {
  const box = h("textarea", { id: "cal-notice-text", rows: "6", spellcheck: "false", className: "notice-text" });
  const out = h("div", { id: "cal-notice-result", role: "status", "aria-live": "polite" });
  const read = () => {
    clear(out);
    let probe = null;
    try {
      const year = parseHolidayNotice(box.value, state.locale);
      // The year as read, in place of the data in force for it (a built-in year too).
      probe = new Engine({ locale: state.locale, calendar: { years: [year] } });
      out.append(h("p", { text: t("cal.notice.year", { y: year.year, h: year.holidays.length, m: year.makeupWorkdays.length }) }));
      out.append(h("ul", { className: "notice-list" }, year.holidays.map((d) => h("li", { text: t("cal.notice.holiday", { name: d.name, from: d.from, to: d.to }) })), year.makeupWorkdays.map((d) => h("li", { text: t("cal.notice.makeup", { date: d.date, for: d.for }) }))));
      const changed = [];
      const first = Date.UTC(year.year, 0, 1) - 31 * 86400000;
      const last = Date.UTC(year.year, 11, 31);
      for (let ms = first; ms <= last; ms += 86400000) {
        const date = new Date(ms).toISOString().slice(0, 10);
        const now = probe.isWorkingDay(date);
        if (now !== state.engine.isWorkingDay(date)) changed.push(t(now ? "cal.notice.on" : "cal.notice.off", { date }));
      }
      out.append(h("p", { className: "hint", text: changed.length ? t("cal.notice.diff", { n: changed.length }) : t("cal.notice.same") }));
      if (changed.length) out.append(h("ul", { className: "notice-list", id: "cal-notice-diff" }, changed.map((c) => h("li", { text: c }))));
      out.append(h("p", { className: "hint", text: t("cal.notice.use") }));
    } catch (err) {
      out.append(h("p", { className: "error-text", role: "alert", text: t("cal.notice.error", { msg: err.message }) }));
    } finally {
      if (probe) probe.free();
    }
  };
  return h(
    "div",
    { className: "card", id: "cal-notice-card" },
    h("h2", { className: "card-title", text: t("cal.notice.title") }),
    h("label", { for: "cal-notice-text", className: "field-label", text: t("cal.notice.label") }),
    box,
    h("p", null, h("button", { type: "button", id: "cal-notice-read", className: "btn", text: t("cal.notice.read"), on: { click: read } })),
    out,
  );
}

function renderCalendarInfo() {
  const host = clear($("cal-info"));
  const info = state.engine.calendarInfo();
  const years = info.years.map((yr) => yr.year);
  host.append(
    h(
      "dl",
      { className: "kv", id: "cal-info-kv" },
      h("dt", { text: t("info.range") }),
      h("dd", { id: "cal-info-range", className: "mono", text: t("info.rangeValue", { from: info.validFrom, to: info.validThrough }) }),
      h("dt", { text: t("info.years") }),
      h("dd", { id: "cal-info-years", text: t("info.yearsValue", { n: years.length, first: Math.min(...years), last: Math.max(...years) }) }),
      h("dt", { text: t("info.local") }),
      h("dd", { text: t("info.localValue", { a: info.localHolidays, b: info.extraServiceDays }) }),
    ),
    h("p", { className: "hint", text: t("info.beyond") }),
  );
  const rows = [...info.years].sort((a, b) => b.year - a.year);
  host.append(
    h(
      "div",
      { className: "years-wrap", tabindex: "0", role: "region", "aria-label": t("info.years") },
      h(
        "table",
        { className: "mini years", id: "cal-years" },
        h("thead", null, h("tr", null, ["info.year", "info.notice", "info.validThrough", "info.source"].map((k) => h("th", { scope: "col", text: t(k) })))),
        h(
          "tbody",
          null,
          rows.map((yr) =>
            h(
              "tr",
              { dataset: { year: yr.year } },
              h("td", { className: "mono", text: String(yr.year) }),
              h("td", { className: "notice", text: yr.notice }),
              h("td", { className: "mono", text: yr.validThrough }),
              h("td", null, h("span", { className: `chip src-${yr.source}`, text: t(`source.${yr.source}`) })),
            ),
          ),
        ),
      ),
    ),
  );
}

// The words of the calendar tab (the page's own; day kinds and holiday names are the engine's).
// app.js merges every tab's table into the page's.
export const STRINGS = {
  "zh-CN": {
    "kind.workday": "工作日",
    "kind.weekend": "周末",
    "kind.holiday": "法定节假日",
    "kind.makeup_workday": "调休上班",
    "kind.local_holiday": "地方假日",
    "kind.extra_service_day": "延时服务日",
    "cal.title": "{y}年{m}月",
    "cal.prev": "上个月",
    "cal.next": "下个月",
    "cal.month": "选择月份",
    "cal.jumps": "快速跳转",
    "cal.jump.spring": "2026春节",
    "cal.jump.national": "2026国庆",
    "cal.jump.next": "2027年1月（暂定）",
    "cal.weekdays": "一,二,三,四,五,六,日",
    "cal.monthStats": "本月工作日{w}天 · 法定节假日{h}天 · 调休上班{m}天 · 周末{e}天",
    "cal.legend": "图例",
    "cal.provisional": "暂定",
    "cal.provisionalTitle": "该日超出已公布的节假日通知，属暂定结果：法定节假日已计入，调休待国务院通知公布后确定",
    "cal.short.holiday": "休",
    "cal.short.makeup_workday": "班",
    "cal.short.local_holiday": "休",
    "cal.short.extra_service_day": "延",
    "cal.dayDetail": "日期详情",
    "cal.date": "日期",
    "cal.dayHint": "点击日历中的日期查看详情。",
    "cal.officeHours": "办公时间",
    "cal.closed": "不对外办公",
    "cal.working": "是否工作日",
    "cal.yes": "是",
    "cal.no": "否",
    "cal.kind": "类型",
    "cal.name": "节日",
    "cal.error": "无法查询：{msg}",
    "cal.notice.title": "读取新年度节假日通知",
    "cal.notice.label": "粘贴《国务院办公厅关于××××年部分节假日安排的通知》全文（从中国政府网复制）",
    "cal.notice.read": "读取通知",
    "cal.notice.year": "{y}年：放假{h}段，调休上班{m}天。",
    "cal.notice.holiday": "{name}：{from}至{to}",
    "cal.notice.makeup": "{date}上班（{for}）",
    "cal.notice.diff": "与当前日历不同的日期（{n}天）",
    "cal.notice.same": "与当前日历逐日一致。",
    "cal.notice.off": "{date}：工作日 → 休息日",
    "cal.notice.on": "{date}：休息日 → 工作日",
    "cal.notice.use": "新年度的通知：引擎配置中加入 calendar: { notices: [通知原文] } 即按此通知计算（不再是暂定结果）。已内置的年份不能用通知原文替换。",
    "cal.notice.error": "{msg}",
    "info.title": "日历数据",
    "info.range": "有效范围",
    "info.rangeValue": "{from}至{to}",
    "info.years": "已加载年度",
    "info.yearsValue": "{n}个（{first}–{last}）",
    "info.local": "地方假日 / 延时服务日",
    "info.localValue": "{a}条 / {b}条",
    "info.beyond": "超出有效范围的日期标记为“暂定”：法定节假日照常计入，调休待新年度通知公布后确定（可在下方粘贴通知原文）。",
    "info.year": "年度",
    "info.notice": "通知",
    "info.validThrough": "有效至",
    "info.source": "来源",
    "source.embedded": "内置",
    "source.overlay": "补充数据",
  },
  en: {
    "kind.workday": "Working day",
    "kind.weekend": "Weekend",
    "kind.holiday": "Public holiday",
    "kind.makeup_workday": "Makeup working day",
    "kind.local_holiday": "Local holiday",
    "kind.extra_service_day": "Extra service day",
    "cal.title": "{month} {y}",
    "cal.prev": "Previous month",
    "cal.next": "Next month",
    "cal.month": "Month",
    "cal.jumps": "Jump to",
    "cal.jump.spring": "Spring Festival 2026",
    "cal.jump.national": "National Day 2026",
    "cal.jump.next": "January 2027 (provisional)",
    "cal.weekdays": "Mon,Tue,Wed,Thu,Fri,Sat,Sun",
    "cal.months": "January,February,March,April,May,June,July,August,September,October,November,December",
    "cal.monthStats": "{w} working days · {h} public holidays · {m} makeup working days · {e} weekend days",
    "cal.legend": "Legend",
    "cal.provisional": "Provisional",
    "cal.provisionalTitle": "Past the published holiday notices, so provisional: the statutory holidays are counted; the swapped working days follow once the State Council notice is loaded",
    "cal.short.holiday": "Off",
    "cal.short.makeup_workday": "Work",
    "cal.short.local_holiday": "Off",
    "cal.short.extra_service_day": "Extra",
    "cal.dayDetail": "Day details",
    "cal.date": "Date",
    "cal.dayHint": "Click a day in the calendar for its details.",
    "cal.officeHours": "Office hours",
    "cal.closed": "Closed",
    "cal.working": "Working day",
    "cal.yes": "Yes",
    "cal.no": "No",
    "cal.kind": "Kind",
    "cal.name": "Holiday",
    "cal.error": "Cannot look up: {msg}",
    "cal.notice.title": "Read a new year's holiday notice",
    "cal.notice.label": "Paste the full text of the State Council's notice on next year's holidays (as published on gov.cn)",
    "cal.notice.read": "Read the notice",
    "cal.notice.year": "{y}: {h} holiday periods, {m} makeup working days.",
    "cal.notice.holiday": "{name}: {from} to {to}",
    "cal.notice.makeup": "{date} is a working day ({for})",
    "cal.notice.diff": "Days that differ from the calendar in force ({n})",
    "cal.notice.same": "The same as the calendar in force, day by day.",
    "cal.notice.off": "{date}: working day → day off",
    "cal.notice.on": "{date}: day off → working day",
    "cal.notice.use": "For a new year, add calendar: { notices: [the text] } to the engine's config to count with this notice (no longer provisional). A built-in year cannot be replaced by a notice text.",
    "cal.notice.error": "{msg}",
    "info.title": "Calendar data",
    "info.range": "Valid range",
    "info.rangeValue": "{from} to {to}",
    "info.years": "Years loaded",
    "info.yearsValue": "{n} ({first}–{last})",
    "info.local": "Local holidays / extra service days",
    "info.localValue": "{a} / {b}",
    "info.beyond": "Dates past the valid range are marked provisional: the statutory holidays are counted, the swapped working days wait for the new notice (paste it below).",
    "info.year": "Year",
    "info.notice": "Notice",
    "info.validThrough": "Valid through",
    "info.source": "Source",
    "source.embedded": "embedded",
    "source.overlay": "overlay",
  },
};
