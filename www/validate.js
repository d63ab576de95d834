// 办件校验 / Case check — the tab of the demo console that checks records before they are saved.
//
// Three parts, all run by the local engine:
//   1. 收件登记: a portal-style intake form, validated as the clerk types (CASE-1..5), with each
//      finding shown beside the field its `path` names;
//   2. 粘贴门户 JSON: records in a portal's own field names, through a shipped field map;
//   3. 事项公开检查: a service item of the hall's catalogue (CASE-6).
// app.js mounts the tab with `mountValidate(panel, ctx)`; ctx brings the page's helpers
// (t, h, clear), the Engine class and getters for the shared engine, the console's now and the
// locale. As in app.js, all DOM is built with createElement / textContent.

import { localInputToIso } from "./asof.js";
import { $ } from "./dom.js";
import { errorText, fmtInstant, pad2 } from "./format.js";

const DEBOUNCE_MS = 150;

const CATEGORIES = ["immediate", "promised", "joint", "escalated", "licensing", "licensing_joint"];
const OUTCOMES = ["approved", "denied", "refused", "not_accepted", "returned"];
const ID_TYPES = ["resident_id", "passport", "hk_macao_permit", "taiwan_permit"];
const LIMIT_UNITS = ["working_days", "calendar_days", "working_hours"];
const FIELD_MAPS = ["rensheju-pinyin", "zhengwu-english"]; // www/fieldmaps/<id>.json; "" = none

// ------------------------------------------------------------------ state
// Kept at module level so that what was typed survives a language switch (which re-mounts
// every panel).

let ctx = null;

const emptyCase = () => ({
  id: "",
  category: "promised",
  receivedAt: "",
  acceptedAt: "",
  concludedAt: "",
  firstReceiver: "",
  outcome: "",
  reason: "",
  legalBasis: "",
  rightsNotice: "",
  answer: "",
  name: "",
  idType: "resident_id",
  idNumber: "",
  creditCode: "",
  phone: "",
  supplements: [], // { at, items } — `at` as the datetime-local text, items comma separated
  handovers: [], // { to, at }
});

const emptyItem = () => ({
  name: "",
  basis: "",
  procedure: "",
  materials: "",
  statutoryValue: "",
  statutoryUnit: "working_days",
  committedValue: "",
  committedUnit: "working_days",
  feeMode: "", // "" not stated, "free", "charged"
  fees: [], // { name, amount }
});

let caseForm = emptyCase();
let itemForm = null; // first shown with the "fully disclosed" example
const incomplete = new Set(); // datetime inputs that hold a partly typed value
const timers = { case: 0, item: 0 };
const portal = { text: null, mapId: FIELD_MAPS[0], ran: false, engine: null, engineKey: "" };
const mapCache = new Map(); // id → Promise of { about, fieldMap, valueMap }

// ------------------------------------------------------------------ small helpers


/** The calendar date of `iso` moved by `days`, as "YYYY-MM-DD" (date arithmetic only, in UTC). */
function shiftDate(iso, days) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "") || [null, "2026", "02", "26"];
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + days));
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}


const splitItems = (text) =>
  String(text || "")
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
const splitLines = (text) =>
  String(text || "")
    .split(/\n/)
    .map((s) => s.trim())
    .filter(Boolean);


function debounce(kind, fn) {
  clearTimeout(timers[kind]);
  markPending(kind, true);
  timers[kind] = setTimeout(() => {
    timers[kind] = 0;
    fn();
  }, DEBOUNCE_MS);
}

function markPending(kind, on) {
  const el = $(kind === "case" ? "vc-summary" : "vc-cat-summary");
  if (el) el.dataset.pending = String(on);
}

// ------------------------------------------------------------------ form building blocks

/**
 * A labelled control with the list its findings go to. `path` is the engine path the field
 * stands for; findings are matched to it (and to paths below it).
 */
function field({ id, path, label, control, hint, wide, describes = [control] }) {
  const { h } = ctx;
  for (const el of describes) el.setAttribute("aria-describedby", `${id}-findings${hint ? ` ${id}-hint` : ""}`);
  return h(
    "div",
    { className: `vc-field${wide ? " vc-wide" : ""}`, dataset: { field: path } },
    h("label", { for: id, className: "field-label", text: label }),
    control,
    hint ? h("p", { id: `${id}-hint`, className: "hint vc-hint", text: hint }) : null,
    h("ul", { id: `${id}-findings`, className: "findings vc-field-findings", hidden: true }),
  );
}

function textInput(id, value, onValue, extra = {}) {
  return ctx.h("input", {
    type: "text",
    id,
    value,
    autocomplete: "off",
    spellcheck: "false",
    ...extra,
    on: { input: (ev) => onValue(ev.currentTarget.value) },
  });
}

function textArea(id, value, onValue, rows = 2) {
  return ctx.h("textarea", { id, rows: String(rows), value, spellcheck: "false", on: { input: (ev) => onValue(ev.currentTarget.value) } });
}

/** A datetime-local input; its text ("2026-02-24T09:05") is what becomes the ISO instant. */
function timeInput(id, value, onValue, extra = {}) {
  const input = ctx.h("input", {
    type: "datetime-local",
    id,
    step: "60",
    min: "2000-01-01T00:00",
    max: "2100-12-31T23:59",
    value,
    ...extra,
    on: { input: sync, change: sync, blur: sync },
  });
  // Chromium fires no input event while a value is only partly typed (it stays ""), so leaving
  // the field also checks for a partial value, which is then flagged beside the field.
  function sync(ev) {
    const el = ev.currentTarget;
    const partial = el.validity.badInput;
    if (ev.type === "blur" && partial === incomplete.has(id)) return;
    if (partial) incomplete.add(id);
    else incomplete.delete(id);
    onValue(el.value);
  }
  return input;
}

/** Rows were re-numbered: partly typed times in them are gone with the old inputs. */
function forgetIncomplete(prefix) {
  for (const id of [...incomplete]) if (id.startsWith(prefix)) incomplete.delete(id);
}

function selectInput(id, options, value, onValue, extra = {}) {
  const { h } = ctx;
  const el = h(
    "select",
    { id, ...extra, on: { change: (ev) => onValue(ev.currentTarget.value) } },
    options.map(([v, label]) => h("option", { value: v, text: label })),
  );
  el.value = value;
  return el;
}

/** A repeatable list: rows built by `row(item, index)`, an add button, and an empty note. */
function repeatList({ id, legend, items, row, addLabel, emptyLabel, onAdd }) {
  const { h } = ctx;
  const body = h("div", { id: `${id}-rows`, className: "vc-rows" });
  const render = () => {
    ctx.clear(body);
    if (items().length === 0) body.append(h("p", { className: "hint vc-empty", id: `${id}-empty`, text: emptyLabel }));
    items().forEach((item, i) => body.append(row(item, i, render)));
  };
  render();
  return h(
    "fieldset",
    { className: "vc-group vc-list", id },
    h("legend", { text: legend }),
    body,
    h("button", {
      type: "button",
      id: `${id}-add`,
      className: "btn btn-ghost small vc-add",
      text: addLabel,
      on: {
        click: () => {
          onAdd();
          render();
          const inputs = body.querySelectorAll(".vc-row:last-child input, .vc-row:last-child select");
          if (inputs[0]) inputs[0].focus();
        },
      },
    }),
  );
}

function removeButton(id, label, onClick) {
  return ctx.h("button", { type: "button", id, className: "btn btn-ghost small vc-remove", "aria-label": label, title: label, text: "×", on: { click: onClick } });
}

/** A finding as a list item: rule badge (code in its title), optional path, message. */
function findingItem(f, withPath) {
  const { h } = ctx;
  return h(
    "li",
    { className: `finding vc-finding sev-${f.severity}`, dataset: { rule: f.rule, code: f.code, path: f.path, severity: f.severity } },
    h("span", { className: "rule", title: f.code, text: f.rule }),
    h("span", { className: "msg" }, withPath && f.path ? h("code", { className: "vc-path", text: f.path }) : null, f.message),
  );
}

/**
 * Puts each finding next to the field its path names: the element with that `data-field`, or
 * the nearest one above it (`handovers[0].at` → `handovers[0]`). The rest go to `general`.
 * `remap(path)` turns a record path into the form's own (rows left out of the record).
 */
function placeFindings(root, general, findings, remap = (p) => p, notes = new Map()) {
  const anchors = new Map();
  for (const el of root.querySelectorAll("[data-field]")) {
    anchors.set(el.dataset.field, el);
    el.classList.remove("has-error", "has-warning");
    const list = ownList(el);
    if (list) {
      ctx.clear(list);
      list.hidden = true;
    }
    for (const input of ownControls(el)) input.removeAttribute("aria-invalid");
  }
  ctx.clear(general);
  const unplaced = [];
  for (const f of findings) {
    const el = anchorFor(anchors, remap(f.path));
    if (!el) {
      unplaced.push(f);
      continue;
    }
    const list = ownList(el);
    list.append(findingItem(f, false));
    list.hidden = false;
    el.classList.add(f.severity === "error" ? "has-error" : "has-warning");
    if (f.severity === "error") for (const input of ownControls(el)) input.setAttribute("aria-invalid", "true");
  }
  for (const [path, text] of notes) {
    const el = anchors.get(path);
    if (!el) continue;
    const list = ownList(el);
    list.append(ctx.h("li", { className: "finding vc-note", text }));
    list.hidden = false;
  }
  for (const f of unplaced) general.append(findingItem(f, true));
  general.closest(".vc-general").hidden = unplaced.length === 0;
  return unplaced;
}

function anchorFor(anchors, path) {
  let p = String(path || "");
  while (p) {
    if (anchors.has(p)) return anchors.get(p);
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    if (cut <= 0) return null;
    p = p.slice(0, cut);
  }
  return null;
}

/** The findings list that belongs to this anchor (not one of a nested anchor). */
function ownList(el) {
  return [...el.querySelectorAll(".vc-field-findings, .vc-row-findings")].find((l) => l.parentElement.closest("[data-field]") === el) || null;
}
function ownControls(el) {
  return [...el.querySelectorAll("input, select, textarea")].filter((c) => c.closest("[data-field]") === el);
}

/** "1 error" / "2 errors": the `.one` string when there is exactly one. */
const count = (key, n) => ctx.t(n === 1 ? `${key}.one` : key, { n });

function summarize(el, findings, valid) {
  const { t } = ctx;
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  el.dataset.valid = String(valid);
  el.dataset.errors = String(errors);
  el.dataset.warnings = String(warnings);
  el.dataset.pending = "false";
  el.className = `vc-summary ${valid ? (warnings ? "is-warning" : "is-valid") : "is-invalid"}`;
  const parts = [];
  if (errors) parts.push(count("vc.summary.errors", errors));
  if (warnings) parts.push(count("vc.summary.warnings", warnings));
  ctx.clear(el).append(
    ...[
      ctx.h("span", { className: "vc-summary-icon", "aria-hidden": "true", text: valid ? "✓" : "✕" }),
      ctx.h("strong", { className: "vc-summary-verdict", text: t(valid ? "vc.summary.valid" : "vc.summary.invalid") }),
      parts.length ? ctx.h("span", { className: "vc-summary-counts", text: parts.join(" · ") }) : null,
    ].filter(Boolean),
  );
}

// ------------------------------------------------------------------ mount

export function mountValidate(panel, context) {
  ctx = context;
  if (!itemForm) itemForm = structuredClone(itemExamples()[0][2]);
  panel.classList.add("vc");
  panel.append(caseCard(), portalCard(), catalogCard());
  // The console's now may change on another tab: check again whenever this panel is shown.
  new MutationObserver(() => {
    if (!panel.hidden) {
      runCase();
      runItem();
    }
  }).observe(panel, { attributes: true, attributeFilter: ["hidden"] });
  runCase();
  runItem();
  if (portal.ran) runPortal();
  else showMapInfo();
}

// ------------------------------------------------------------------ 1. 收件登记 / case intake

function caseExamples() {
  const now = ctx.now();
  const at = (days, hm) => `${shiftDate(now, days)}T${hm}`;
  const valid = {
    ...emptyCase(),
    id: `BJ${shiftDate(now, -2).replaceAll("-", "")}-0012`,
    category: "promised",
    receivedAt: at(-2, "09:05"),
    acceptedAt: at(-2, "09:20"),
    concludedAt: at(-1, "15:30"),
    firstReceiver: "王芳",
    outcome: "approved",
    answer: "准予办理，证件已制发，请于工作日到3号窗口领取。",
    name: "张伟",
    idType: "resident_id",
    idNumber: "11010519491231002X",
    phone: "13800138000",
    handovers: [{ to: "李强（审批科）", at: at(-2, "09:50") }],
  };
  const withId = (idNumber) => ({ ...valid, idNumber, handovers: [...valid.handovers] });
  return [
    ["valid", "vc.ex.valid", valid],
    ["checksum", "vc.ex.checksum", withId("110105194912310021")],
    ["birthdate", "vc.ex.birthdate", withId("320102198802301235")],
    ["lowercase-x", "vc.ex.lowercase", withId("11010519491231002x")],
    ["legacy15", "vc.ex.legacy15", withId("110105491231002")],
    [
      "refusal",
      "vc.ex.refusal",
      {
        ...emptyCase(),
        id: `BJ${shiftDate(now, -2).replaceAll("-", "")}-0031`,
        category: "licensing",
        receivedAt: at(-2, "10:12"),
        concludedAt: at(-2, "10:40"),
        firstReceiver: "赵敏",
        outcome: "not_accepted",
        answer: "不予受理。",
        name: "某某餐饮管理有限公司",
        creditCode: "91350100M000100Y43",
        phone: "13912345678",
      },
    ],
    [
      "supplement",
      "vc.ex.supplement",
      {
        ...emptyCase(),
        id: `BJ${shiftDate(now, -2).replaceAll("-", "")}-0047`,
        category: "licensing",
        receivedAt: at(-2, "14:05"),
        firstReceiver: "孙丽",
        name: "刘洋",
        idNumber: "440306199003072315",
        phone: "13700001111",
        supplements: [
          { at: at(-2, "14:30"), items: "营业执照副本，法定代表人身份证" },
          { at: at(-1, "10:00"), items: "营业执照副本，场地使用证明" },
        ],
      },
    ],
    ["hostile", "vc.ex.hostile", { ...valid, name: "<img src=x onerror=alert(1)>", handovers: [...valid.handovers] }],
  ];
}

function caseCard() {
  const { h, t } = ctx;
  // The examples are dated from the console's now at the moment of the click.
  const examples = caseExamples().map(([id, key]) =>
    h("button", {
      type: "button",
      id: `vc-ex-${id}`,
      className: "btn small vc-example",
      dataset: { example: id },
      text: t(key),
      on: { click: () => fillCase(caseExamples().find((e) => e[0] === id)[2]) },
    }),
  );
  return h(
    "div",
    { className: "card vc-card", id: "vc-case-card" },
    h("h2", { className: "card-title", text: t("vc.case.title") }),
    h("p", { className: "hint vc-intro", text: t("vc.case.intro") }),
    h(
      "div",
      { className: "vc-toolbar" },
      h("span", { className: "field-label vc-inline-label", id: "vc-examples-label", text: t("vc.examples") }),
      h("div", { className: "vc-examples", role: "group", "aria-labelledby": "vc-examples-label" }, examples),
      h("button", { type: "button", id: "vc-clear", className: "btn btn-ghost small", text: t("vc.clear"), on: { click: () => fillCase(emptyCase()) } }),
    ),
    h(
      "div",
      { className: "vc-status" },
      h("p", { id: "vc-summary", className: "vc-summary", role: "status", "aria-live": "polite", dataset: { pending: "true" } }),
      h("p", { id: "vc-now", className: "hint" }),
    ),
    h("p", { id: "vc-case-error", className: "error-text", role: "alert", hidden: true }),
    h(
      "div",
      { className: "vc-general", id: "vc-general", hidden: true },
      h("h3", { className: "vc-subtitle", text: t("vc.general") }),
      h("ul", { id: "vc-general-findings", className: "findings vc-general-findings" }),
    ),
    h("form", { id: "vc-case-form", className: "vc-form", novalidate: true, on: { submit: (ev) => ev.preventDefault() } }),
    h(
      "details",
      { className: "vc-preview", id: "vc-record-details" },
      h("summary", { text: t("vc.preview") }),
      h("pre", { id: "vc-record-json", className: "vc-json" }),
    ),
  );
}

function fillCase(form) {
  caseForm = structuredClone(form);
  incomplete.clear();
  renderCaseForm();
  clearTimeout(timers.case);
  runCase();
}

function renderCaseForm() {
  const { h, t } = ctx;
  const form = ctx.clear($("vc-case-form"));
  const set = (key) => (v) => {
    caseForm[key] = v;
    debounce("case", runCase);
  };

  const caseGroup = h(
    "fieldset",
    { className: "vc-group" },
    h("legend", { text: t("vc.group.case") }),
    h(
      "div",
      { className: "vc-grid vc-grid-3" },
      field({ id: "vc-id", path: "id", label: t("vc.f.id"), control: textInput("vc-id", caseForm.id, set("id"), { className: "mono" }) }),
      field({
        id: "vc-category",
        path: "category",
        label: t("vc.f.category"),
        control: selectInput("vc-category", [["", t("vc.opt.none")], ...CATEGORIES.map((c) => [c, t(`cat.${c}`)])], caseForm.category, set("category")),
      }),
      field({ id: "vc-receivedAt", path: "receivedAt", label: t("vc.f.receivedAt"), control: timeInput("vc-receivedAt", caseForm.receivedAt, set("receivedAt")) }),
      field({ id: "vc-acceptedAt", path: "acceptedAt", label: t("vc.f.acceptedAt"), control: timeInput("vc-acceptedAt", caseForm.acceptedAt, set("acceptedAt")) }),
      field({ id: "vc-concludedAt", path: "concludedAt", label: t("vc.f.concludedAt"), control: timeInput("vc-concludedAt", caseForm.concludedAt, set("concludedAt")) }),
      field({ id: "vc-firstReceiver", path: "firstReceiver", label: t("vc.f.firstReceiver"), control: textInput("vc-firstReceiver", caseForm.firstReceiver, set("firstReceiver")) }),
    ),
  );

  const outcomeGroup = h(
    "fieldset",
    { className: "vc-group" },
    h("legend", { text: t("vc.group.outcome") }),
    h(
      "div",
      { className: "vc-grid" },
      field({
        id: "vc-outcome",
        path: "outcome",
        label: t("vc.f.outcome"),
        control: selectInput("vc-outcome", [["", t("vc.opt.pending")], ...OUTCOMES.map((o) => [o, t(`vc.outcome.${o}`)])], caseForm.outcome, set("outcome")),
      }),
      field({ id: "vc-legalBasis", path: "legalBasis", label: t("vc.f.legalBasis"), control: textInput("vc-legalBasis", caseForm.legalBasis, set("legalBasis"), { placeholder: t("vc.ph.legalBasis") }) }),
      field({ id: "vc-rightsNotice", path: "rightsNotice", label: t("vc.f.rightsNotice"), control: textInput("vc-rightsNotice", caseForm.rightsNotice, set("rightsNotice"), { placeholder: t("vc.ph.rightsNotice") }) }),
      field({ id: "vc-reason", path: "reason", label: t("vc.f.reason"), wide: true, control: textArea("vc-reason", caseForm.reason, set("reason")) }),
      field({ id: "vc-answer", path: "answer", label: t("vc.f.answer"), wide: true, control: textArea("vc-answer", caseForm.answer, set("answer")) }),
    ),
  );

  const applicantGroup = h(
    "fieldset",
    { className: "vc-group" },
    h("legend", { text: t("vc.group.applicant") }),
    h(
      "div",
      { className: "vc-grid" },
      field({ id: "vc-name", path: "applicant.name", label: t("vc.f.name"), wide: true, control: textInput("vc-name", caseForm.name, set("name")) }),
      field({
        id: "vc-idType",
        path: "applicant.idType",
        label: t("vc.f.idType"),
        control: selectInput("vc-idType", ID_TYPES.map((k) => [k, t(`vc.idType.${k}`)]), caseForm.idType, set("idType")),
      }),
      field({ id: "vc-idNumber", path: "applicant.idNumber", label: t("vc.f.idNumber"), control: textInput("vc-idNumber", caseForm.idNumber, set("idNumber"), { className: "mono", maxlength: "40" }) }),
      field({ id: "vc-creditCode", path: "applicant.creditCode", label: t("vc.f.creditCode"), control: textInput("vc-creditCode", caseForm.creditCode, set("creditCode"), { className: "mono", maxlength: "40" }) }),
      field({ id: "vc-phone", path: "applicant.phone", label: t("vc.f.phone"), control: textInput("vc-phone", caseForm.phone, set("phone"), { className: "mono", inputmode: "tel", maxlength: "24" }) }),
    ),
  );

  const supplements = repeatList({
    id: "vc-supplements",
    legend: t("vc.group.supplements"),
    items: () => caseForm.supplements,
    addLabel: t("vc.add.supplement"),
    emptyLabel: t("vc.empty.supplements"),
    onAdd: () => {
      caseForm.supplements.push({ at: "", items: "" });
      debounce("case", runCase);
    },
    row: (item, i, rerender) => {
      const n = i + 1;
      const label = t("vc.row.supplement", { n });
      return h(
        "div",
        { className: "vc-row", id: `vc-supp-${i}`, dataset: { field: `supplementRequests[${i}]` }, role: "group", "aria-label": label },
        h("span", { className: "vc-row-no", "aria-hidden": "true", text: String(n) }),
        h(
          "div",
          { className: "vc-row-fields" },
          field({ id: `vc-supp-${i}-at`, path: `supplementRequests[${i}].at`, label: t("vc.f.suppAt"), control: timeInput(`vc-supp-${i}-at`, item.at, (v) => ((item.at = v), debounce("case", runCase))) }),
          field({
            id: `vc-supp-${i}-items`,
            path: `supplementRequests[${i}].items`,
            label: t("vc.f.suppItems"),
            wide: true,
            control: textInput(`vc-supp-${i}-items`, item.items, (v) => ((item.items = v), debounce("case", runCase)), { placeholder: t("vc.ph.items") }),
          }),
        ),
        removeButton(`vc-supp-${i}-remove`, `${t("vc.remove")} · ${label}`, () => {
          caseForm.supplements.splice(i, 1);
          forgetIncomplete("vc-supp-");
          rerender();
          $("vc-supplements-add").focus();
          runCase();
        }),
        h("ul", { className: "findings vc-row-findings", hidden: true }),
      );
    },
  });

  const handovers = repeatList({
    id: "vc-handovers",
    legend: t("vc.group.handovers"),
    items: () => caseForm.handovers,
    addLabel: t("vc.add.handover"),
    emptyLabel: t("vc.empty.handovers"),
    onAdd: () => {
      caseForm.handovers.push({ to: "", at: "" });
      debounce("case", runCase);
    },
    row: (item, i, rerender) => {
      const n = i + 1;
      const label = t("vc.row.handover", { n });
      return h(
        "div",
        { className: "vc-row", id: `vc-hand-${i}`, dataset: { field: `handovers[${i}]` }, role: "group", "aria-label": label },
        h("span", { className: "vc-row-no", "aria-hidden": "true", text: String(n) }),
        h(
          "div",
          { className: "vc-row-fields" },
          field({ id: `vc-hand-${i}-to`, path: `handovers[${i}].to`, label: t("vc.f.handTo"), control: textInput(`vc-hand-${i}-to`, item.to, (v) => ((item.to = v), debounce("case", runCase))) }),
          field({ id: `vc-hand-${i}-at`, path: `handovers[${i}].at`, label: t("vc.f.handAt"), control: timeInput(`vc-hand-${i}-at`, item.at, (v) => ((item.at = v), debounce("case", runCase))) }),
        ),
        removeButton(`vc-hand-${i}-remove`, `${t("vc.remove")} · ${label}`, () => {
          caseForm.handovers.splice(i, 1);
          forgetIncomplete("vc-hand-");
          rerender();
          $("vc-handovers-add").focus();
          runCase();
        }),
        h("ul", { className: "findings vc-row-findings", hidden: true }),
      );
    },
  });

  form.append(caseGroup, h("div", { className: "vc-columns vc-columns-2" }, outcomeGroup, applicantGroup), h("div", { className: "vc-columns vc-columns-2" }, supplements, handovers));
}

/**
 * The form as a CaseValidationRecord. Empty inputs are left out (an empty time would be a
 * malformed instant); rows with nothing typed in are left out too, and `rows` records which
 * form row each record index came from so that findings go back to the right row.
 */
function buildCaseRecord() {
  const f = caseForm;
  const r = {};
  const rows = { supplementRequests: [], handovers: [] };
  const text = (obj, key, v) => {
    if (v !== "") obj[key] = v;
  };
  const time = (obj, key, v) => {
    const iso = localInputToIso(v);
    if (iso) obj[key] = iso;
  };
  text(r, "id", f.id);
  text(r, "category", f.category);
  time(r, "receivedAt", f.receivedAt);
  time(r, "acceptedAt", f.acceptedAt);
  time(r, "concludedAt", f.concludedAt);
  text(r, "firstReceiver", f.firstReceiver);
  text(r, "outcome", f.outcome);
  text(r, "reason", f.reason);
  text(r, "legalBasis", f.legalBasis);
  text(r, "rightsNotice", f.rightsNotice);
  text(r, "answer", f.answer);

  const applicant = {};
  text(applicant, "name", f.name);
  text(applicant, "idNumber", f.idNumber);
  text(applicant, "creditCode", f.creditCode);
  text(applicant, "phone", f.phone);
  if (Object.keys(applicant).length) r.applicant = { name: applicant.name, idType: f.idType, ...applicant };

  const supp = [];
  f.supplements.forEach((s, i) => {
    if (!s.at && !s.items.trim()) return;
    const req = {};
    time(req, "at", s.at);
    req.items = splitItems(s.items);
    supp.push(req);
    rows.supplementRequests.push(i);
  });
  if (supp.length) r.supplementRequests = supp;

  // Each hand-over is from whoever held the case before: the first receiver, then the last taker.
  const hand = [];
  let holder = f.firstReceiver.trim() || undefined;
  f.handovers.forEach((ho, i) => {
    if (!ho.to.trim() && !ho.at) return;
    const entry = {};
    if (holder) entry.from = holder;
    text(entry, "to", ho.to);
    time(entry, "at", ho.at);
    hand.push(entry);
    rows.handovers.push(i);
    holder = ho.to.trim() || holder;
  });
  if (hand.length) r.handovers = hand;
  return { record: r, rows };
}

function remapRows(rows) {
  return (path) =>
    String(path).replace(/^(supplementRequests|handovers)\[(\d+)\]/, (m, list, k) => {
      const ui = rows[list][Number(k)];
      return ui == null ? m : `${list}[${ui}]`;
    });
}

function runCase() {
  const { t } = ctx;
  const form = $("vc-case-form");
  if (!form) return;
  if (!form.firstChild) renderCaseForm();
  const { record, rows } = buildCaseRecord();
  const now = ctx.now();
  $("vc-now").textContent = t("vc.now", { now: fmtInstant(now) });
  $("vc-record-json").textContent = JSON.stringify(record, null, 2);
  const errEl = $("vc-case-error");
  let result;
  try {
    result = ctx.engine().validateCase(record, now);
    errEl.hidden = true;
  } catch (err) {
    errEl.textContent = t("vc.engineError", { msg: errorText(err) });
    errEl.hidden = false;
    markPending("case", false);
    return;
  }
  const notes = new Map();
  for (const id of incomplete) {
    const el = $(id);
    const anchor = el && el.closest("[data-field]");
    if (anchor) notes.set(anchor.dataset.field, t("vc.incomplete"));
  }
  placeFindings(form, $("vc-general-findings"), result.findings, remapRows(rows), notes);
  summarize($("vc-summary"), result.findings, result.valid);
}

// ------------------------------------------------------------------ 2. 粘贴门户 JSON / portal JSON

function portalSample(mapId) {
  const now = ctx.now();
  const at = (days, hm) => `${shiftDate(now, days)} ${hm}:00`;
  const ymd = shiftDate(now, -2).replaceAll("-", "");
  if (mapId === "") return sampleInEngineNames(at, ymd);
  if (mapId === "zhengwu-english") {
    return [
      {
        caseNo: `ZW${ymd}00318`,
        caseType: "CN",
        applyTime: at(-2, "09:12"),
        acceptTime: at(-2, "09:30"),
        finishTime: at(-1, "16:05"),
        handler: "陈静",
        result: "PASS",
        replyContent: "准予登记，结果已推送至申请人账户。",
        applicantInfo: { name: "周敏", certType: "111", certNo: "440306199003072315", mobile: "13911112222" },
      },
      {
        caseNo: `ZW${ymd}00325`,
        caseType: "XK",
        applyTime: at(-2, "11:02"),
        acceptTime: at(-2, "10:58"),
        finishTime: at(-1, "09:40"),
        handler: "陈静",
        result: "REJECT",
        applicantInfo: { name: "黄志明", certType: "516", certNo: "H1234567", mobile: "021-12345678" },
      },
    ];
  }
  const records = [
    {
      bjbh: `RS${ymd}0101`,
      bjlx: "2",
      sjsj: at(-2, "09:05"),
      slsj: at(-2, "09:20"),
      bjsj: at(-1, "15:30"),
      swzrr: "王芳",
      bljg: "01",
      dfnr: "准予办理，社会保障卡已制发。",
      sqr: { xm: "张伟", zjlx: "10", zjhm: "11010519491231002X", sjhm: "13800138000" },
    },
    {
      bjbh: `RS${ymd}0117`,
      bjlx: "5",
      sjsj: at(-2, "10:12"),
      slsj: at(-2, "10:05"),
      bjsj: at(-1, "16:20"),
      swzrr: "",
      bljg: "02",
      byslly: "",
      sqr: { xm: "李娜", zjlx: "10", zjhm: "320102198802301235", sjhm: "1380013800" },
      bzgz: [
        { sj: at(-2, "10:30"), cl: ["营业执照副本"] },
        { sj: at(-1, "09:00"), cl: ["营业执照副本", "场地使用证明"] },
      ],
    },
  ];
  return records;
}

function sampleInEngineNames(at, ymd) {
  return [
    {
      id: `BJ${ymd}0201`,
      category: "immediate",
      receivedAt: at(-2, "09:05"),
      acceptedAt: at(-2, "09:06"),
      concludedAt: at(-2, "09:25"),
      firstReceiver: "王芳",
      outcome: "approved",
      answer: "当场办结。",
      applicant: { name: "张伟", idType: "resident_id", idNumber: "11010519491231002X", phone: "13800138000" },
      history: [
        { state: "收件", at: at(-2, "09:05") },
        { state: "受理", at: at(-2, "09:06") },
        { state: "办结", at: at(-2, "09:25") },
      ],
    },
    {
      id: `BJ${ymd}0202`,
      category: "promised",
      receivedAt: at(-2, "10:00"),
      firstReceiver: "王芳",
      applicant: { name: "李娜", idType: "passport", idNumber: "e1234567" },
      history: [
        { state: "收件", at: at(-2, "10:00") },
        { state: "办理", at: at(-2, "10:30") },
      ],
    },
    {
      // 并联审批: two departments review at the same time; overlapping steps are valid (CASE-5).
      id: `BJ${ymd}0203`,
      category: "joint",
      receivedAt: at(-2, "11:00"),
      acceptedAt: at(-2, "11:05"),
      firstReceiver: "赵敏",
      applicant: { name: "某某餐饮管理有限公司", creditCode: "91350100M000100Y43" },
      steps: [
        { name: "市场监管审查", startedAt: at(-2, "11:10"), completedAt: at(-1, "15:00") },
        { name: "消防审查", startedAt: at(-2, "11:20"), completedAt: at(-1, "10:00") },
      ],
      history: [
        { state: "收件", at: at(-2, "11:00") },
        { state: "受理", at: at(-2, "11:05") },
        { state: "办理", at: at(-2, "11:10") },
      ],
    },
  ];
}

const sampleText = (mapId) => JSON.stringify(portalSample(mapId), null, 2);
const allSamples = () => ["", ...FIELD_MAPS].map(sampleText);

function loadMap(mapId) {
  if (!mapCache.has(mapId)) {
    const file = `./fieldmaps/${mapId}.json`;
    mapCache.set(
      mapId,
      fetch(file)
        .then((r) => {
          if (!r.ok) throw new Error(`HTTP ${r.status}`);
          return r.json();
        })
        .catch((err) => {
          mapCache.delete(mapId);
          throw Object.assign(new Error(errorText(err)), { file });
        }),
    );
  }
  return mapCache.get(mapId);
}

function portalCard() {
  const { h, t } = ctx;
  if (portal.text == null) portal.text = sampleText(portal.mapId);
  const mapSelect = selectInput(
    "vc-portal-map",
    [...FIELD_MAPS.map((id) => [id, t(`vc.portal.map.${id}`)]), ["", t("vc.portal.map.none")]],
    portal.mapId,
    (v) => {
      // An untouched sample follows the map; anything the user pasted stays.
      const samples = allSamples();
      portal.mapId = v;
      const area = $("vc-portal-json");
      if (samples.includes(area.value.trim()) || area.value.trim() === "") {
        portal.text = sampleText(v);
        area.value = portal.text;
      }
      showMapInfo();
      if (portal.ran) runPortal();
    },
  );
  return h(
    "div",
    { className: "card vc-card", id: "vc-portal-card" },
    h("h2", { className: "card-title", text: t("vc.portal.title") }),
    h("p", { className: "hint vc-intro", text: t("vc.portal.intro") }),
    h(
      "div",
      { className: "vc-portal-layout" },
      h(
        "div",
        { className: "vc-portal-input" },
        h(
          "div",
          { className: "vc-toolbar" },
          h("label", { className: "inline-field" }, h("span", { text: t("vc.portal.map") }), mapSelect),
          h("button", { type: "button", id: "vc-portal-run", className: "btn btn-primary", text: t("vc.portal.run"), on: { click: () => runPortal() } }),
          h("button", {
            type: "button",
            id: "vc-portal-sample",
            className: "btn btn-ghost",
            text: t("vc.portal.sample"),
            on: {
              click: () => {
                portal.text = sampleText(portal.mapId);
                $("vc-portal-json").value = portal.text;
              },
            },
          }),
        ),
        h("p", { id: "vc-portal-about", className: "hint" }),
        h("label", { for: "vc-portal-json", className: "field-label", text: t("vc.portal.json") }),
        h("textarea", {
          id: "vc-portal-json",
          className: "vc-code",
          rows: "18",
          spellcheck: "false",
          autocomplete: "off",
          value: portal.text,
          "aria-describedby": "vc-portal-error",
          on: { input: (ev) => (portal.text = ev.currentTarget.value) },
        }),
        h("details", { className: "vc-preview", id: "vc-portal-mapinfo" }, h("summary", { id: "vc-portal-mapinfo-title", text: t("vc.portal.mapTable", { n: 0 }) }), h("div", { id: "vc-portal-maptable" })),
      ),
      h(
        "div",
        { className: "vc-portal-output" },
        h("p", { id: "vc-portal-error", className: "error-text vc-error-box", role: "alert", hidden: true }),
        h("div", { id: "vc-portal-summary", className: "vc-portal-summary", "aria-live": "polite" }),
        h("ol", { id: "vc-portal-results", className: "vc-results" }),
        h("p", { id: "vc-portal-idle", className: "hint", text: t("vc.portal.idle") }),
      ),
    ),
  );
}

async function showMapInfo() {
  const { h, t } = ctx;
  const about = $("vc-portal-about");
  const title = $("vc-portal-mapinfo-title");
  const table = $("vc-portal-maptable");
  if (!about) return;
  const mapId = portal.mapId;
  if (!mapId) {
    about.textContent = t("vc.portal.noMapAbout");
    title.textContent = t("vc.portal.mapTable", { n: 0 });
    ctx.clear(table);
    return;
  }
  let map;
  try {
    map = await loadMap(mapId);
  } catch (err) {
    about.textContent = t("vc.portal.mapError", { file: err.file || mapId, msg: errorText(err) });
    return;
  }
  if (portal.mapId !== mapId || !$("vc-portal-about")) return;
  about.textContent = typeof map.about === "string" ? map.about : "";
  const entries = Object.entries(map.fieldMap || {});
  title.textContent = t("vc.portal.mapTable", { n: entries.length });
  ctx.clear(table).append(
    h(
      "table",
      { className: "mini vc-map-table" },
      h("thead", null, h("tr", null, h("th", { scope: "col", text: t("vc.portal.col.portal") }), h("th", { scope: "col", text: t("vc.portal.col.engine") }), h("th", { scope: "col", text: t("vc.portal.col.values") }))),
      h(
        "tbody",
        null,
        entries.map(([p, e]) => {
          const values = map.valueMap && map.valueMap[e];
          return h(
            "tr",
            null,
            h("td", { className: "mono", text: p }),
            h("td", { className: "mono", text: e }),
            h("td", { className: "mono vc-values", text: values ? Object.entries(values).map(([k, v]) => `${k}=${v}`).join(" ") : "" }),
          );
        }),
      ),
    ),
  );
}

function portalError(text) {
  const el = $("vc-portal-error");
  el.textContent = text;
  el.hidden = !text;
}

async function runPortal() {
  const { t } = ctx;
  portal.ran = true;
  const mapId = portal.mapId;
  const locale = ctx.locale();
  const textValue = ($("vc-portal-json") || {}).value ?? portal.text ?? "";
  ctx.clear($("vc-portal-results"));
  ctx.clear($("vc-portal-summary"));
  $("vc-portal-idle").hidden = true;
  portalError("");
  showMapInfo();

  if (!textValue.trim()) {
    portalError(t("vc.portal.empty"));
    return;
  }
  let data;
  try {
    data = JSON.parse(textValue);
  } catch (err) {
    portalError(t("vc.portal.badJson", { msg: errorText(err) }));
    return;
  }
  const records = Array.isArray(data) ? data : data && typeof data === "object" ? [data] : null;
  if (!records) {
    portalError(t("vc.portal.badShape"));
    return;
  }

  let map = { fieldMap: {}, valueMap: {} };
  if (mapId) {
    try {
      map = await loadMap(mapId);
    } catch (err) {
      portalError(t("vc.portal.mapError", { file: err.file || mapId, msg: errorText(err) }));
      return;
    }
  }
  // A click or language switch may have started a newer run meanwhile.
  if (portal.mapId !== mapId || ctx.locale() !== locale || !$("vc-portal-results")) return;

  const key = `${mapId}|${locale}`;
  if (!portal.engine || portal.engineKey !== key) {
    if (portal.engine) {
      try {
        portal.engine.free();
      } catch {
        /* already freed */
      }
    }
    portal.engine = null;
    try {
      portal.engine = new ctx.Engine({ fieldMap: map.fieldMap || {}, valueMap: map.valueMap || {}, locale });
      portal.engineKey = key;
    } catch (err) {
      portalError(t("vc.portal.configError", { code: err && err.code ? err.code : "—", path: err && err.path ? err.path : "—", msg: errorText(err) }));
      return;
    }
  }

  let batch;
  try {
    batch = portal.engine.validateCases(records, ctx.now());
  } catch (err) {
    portalError(t("vc.portal.runError", { code: err && err.code ? err.code : "—", msg: errorText(err) }));
    return;
  }
  renderPortalResults(batch);
}

function renderPortalResults(batch) {
  const { h, t } = ctx;
  const { summary } = batch;
  const byRule = Object.entries(summary.byRule || {});
  $("vc-portal-summary").append(
    h(
      "p",
      { id: "vc-portal-counts", className: `vc-summary ${summary.invalid ? "is-invalid" : "is-valid"}`, dataset: { total: summary.total, valid: summary.valid, invalid: summary.invalid } },
      h("strong", { text: t("vc.portal.summary", { total: summary.total, valid: summary.valid, invalid: summary.invalid }) }),
    ),
    byRule.length
      ? h(
          "p",
          { className: "vc-byrule" },
          h("span", { className: "field-label vc-inline-label", text: t("vc.portal.byRule") }),
          byRule.map(([rule, n]) => h("span", { className: "chip vc-rule-chip", dataset: { rule }, text: `${rule} × ${n}` })),
        )
      : null,
    h("p", { className: "hint", text: t("vc.portal.hint", { now: fmtInstant(ctx.now()) }) }),
  );
  const list = $("vc-portal-results");
  batch.results.forEach((r, i) => {
    const errors = r.findings.filter((f) => f.severity === "error").length;
    const warnings = r.findings.length - errors;
    const id = r.id ?? null;
    list.append(
      h(
        "li",
        { className: `vc-result ${r.valid ? "is-valid" : "is-invalid"}`, id: `vc-result-${i}`, dataset: { index: i, id: id ?? "", valid: String(r.valid), errors, warnings } },
        h(
          "div",
          { className: "vc-result-head" },
          h("span", { className: "vc-result-no", text: t("vc.portal.record", { n: i + 1 }) }),
          h("span", { className: "mono vc-result-id", text: id ?? t("vc.portal.noId") }),
          h("span", { className: `status-pill small ${r.valid ? "status-on_track" : "status-overdue"}`, text: t(r.valid ? "vc.portal.valid" : "vc.portal.invalid") }),
          r.findings.length
            ? h("span", { className: "vc-result-counts", text: [errors ? count("vc.summary.errors", errors) : null, warnings ? count("vc.summary.warnings", warnings) : null].filter(Boolean).join(" · ") })
            : null,
        ),
        r.findings.length
          ? h("ul", { className: "findings vc-result-findings" }, r.findings.map((f) => findingItem(f, true)))
          : h("p", { className: "hint", text: t("vc.portal.noFindings") }),
      ),
    );
  });
}

// ------------------------------------------------------------------ 3. 事项公开检查 / catalogue item

const itemExamples = () => [
  [
    "complete",
    "vc.cat.ex.complete",
    {
      ...emptyItem(),
      name: "社会保障卡申领",
      basis: "《中华人民共和国社会保险法》第五十八条",
      procedure: "申请\n受理\n制卡\n发卡",
      materials: "居民身份证\n近期免冠照片",
      statutoryValue: "20",
      committedValue: "5",
      feeMode: "free",
    },
  ],
  [
    "missing",
    "vc.cat.ex.missing",
    { ...emptyItem(), name: "失业登记", procedure: "窗口受理", committedValue: "1" },
  ],
  [
    "over",
    "vc.cat.ex.over",
    {
      ...emptyItem(),
      name: "食品经营许可",
      basis: "《中华人民共和国食品安全法》第三十五条",
      procedure: "申请\n受理\n审查\n决定",
      materials: "申请书\n营业执照复印件",
      statutoryValue: "20",
      committedValue: "25",
      feeMode: "free",
      fees: [{ name: "工本费", amount: "20" }],
    },
  ],
];

function catalogCard() {
  const { h, t } = ctx;
  return h(
    "div",
    { className: "card vc-card", id: "vc-cat-card" },
    h("h2", { className: "card-title", text: t("vc.cat.title") }),
    h("p", { className: "hint vc-intro", text: t("vc.cat.intro") }),
    h(
      "div",
      { className: "vc-toolbar" },
      h("span", { className: "field-label vc-inline-label", id: "vc-cat-examples-label", text: t("vc.examples") }),
      h(
        "div",
        { className: "vc-examples", role: "group", "aria-labelledby": "vc-cat-examples-label" },
        itemExamples().map(([id, key, form]) =>
          h("button", { type: "button", id: `vc-cat-ex-${id}`, className: "btn small vc-example", dataset: { example: id }, text: t(key), on: { click: () => fillItem(form) } }),
        ),
      ),
      h("button", { type: "button", id: "vc-cat-clear", className: "btn btn-ghost small", text: t("vc.clear"), on: { click: () => fillItem(emptyItem()) } }),
    ),
    h("div", { className: "vc-status" }, h("p", { id: "vc-cat-summary", className: "vc-summary", role: "status", "aria-live": "polite", dataset: { pending: "true" } })),
    h("p", { id: "vc-cat-error", className: "error-text", role: "alert", hidden: true }),
    h(
      "div",
      { className: "vc-general", id: "vc-cat-general", hidden: true },
      h("h3", { className: "vc-subtitle", text: t("vc.general") }),
      h("ul", { id: "vc-cat-general-findings", className: "findings vc-general-findings" }),
    ),
    h("form", { id: "vc-cat-form", className: "vc-form", novalidate: true, on: { submit: (ev) => ev.preventDefault() } }),
    h("details", { className: "vc-preview", id: "vc-item-details" }, h("summary", { text: t("vc.preview") }), h("pre", { id: "vc-item-json", className: "vc-json" })),
  );
}

function fillItem(form) {
  itemForm = structuredClone(form);
  renderItemForm();
  clearTimeout(timers.item);
  runItem();
}

function renderItemForm() {
  const { h, t } = ctx;
  const form = ctx.clear($("vc-cat-form"));
  const set = (key) => (v) => {
    itemForm[key] = v;
    debounce("item", runItem);
  };
  const units = LIMIT_UNITS.map((u) => [u, t(`vc.unit.${u}`)]);
  const limit = (id, path, labelKey, valueKey, unitKey) => {
    const label = t(labelKey);
    const value = h("input", {
      type: "number",
      id,
      min: "0",
      step: "1",
      inputmode: "numeric",
      value: itemForm[valueKey],
      "aria-label": t("vc.cat.f.limitValue", { label }),
      on: { input: (ev) => set(valueKey)(ev.currentTarget.value) },
    });
    const unit = selectInput(`${id}-unit`, units, itemForm[unitKey], set(unitKey), { "aria-label": t("vc.cat.f.limitUnit", { label }) });
    return field({ id, path, label, control: h("div", { className: "vc-limit" }, value, unit), describes: [value, unit] });
  };

  const texts = h(
    "fieldset",
    { className: "vc-group" },
    h("legend", { text: t("vc.cat.group.disclosure") }),
    h(
      "div",
      { className: "vc-grid" },
      field({ id: "vc-cat-name", path: "name", label: t("vc.cat.f.name"), wide: true, control: textInput("vc-cat-name", itemForm.name, set("name")) }),
      field({ id: "vc-cat-basis", path: "basis", label: t("vc.cat.f.basis"), wide: true, control: textArea("vc-cat-basis", itemForm.basis, set("basis"), 2) }),
      field({ id: "vc-cat-procedure", path: "procedure", label: t("vc.cat.f.procedure"), control: textArea("vc-cat-procedure", itemForm.procedure, set("procedure"), 4) }),
      field({ id: "vc-cat-materials", path: "materials", label: t("vc.cat.f.materials"), control: textArea("vc-cat-materials", itemForm.materials, set("materials"), 4) }),
    ),
  );
  const limits = h(
    "fieldset",
    { className: "vc-group" },
    h("legend", { text: t("vc.cat.group.limits") }),
    h(
      "div",
      { className: "vc-grid vc-grid-1" },
      limit("vc-cat-statutory", "statutoryLimit", "vc.cat.f.statutoryLimit", "statutoryValue", "statutoryUnit"),
      limit("vc-cat-committed", "committedLimit", "vc.cat.f.committedLimit", "committedValue", "committedUnit"),
    ),
  );

  const feeMode = field({
    id: "vc-cat-fees",
    path: "fees",
    label: t("vc.cat.f.fees"),
    control: selectInput("vc-cat-fees", [["", t("vc.cat.fees.unset")], ["free", t("vc.cat.fees.free")], ["charged", t("vc.cat.fees.charged")]], itemForm.feeMode, set("feeMode")),
  });
  const feeList = repeatList({
    id: "vc-cat-feeitems",
    legend: t("vc.cat.f.feeItems"),
    items: () => itemForm.fees,
    addLabel: t("vc.cat.add.fee"),
    emptyLabel: t("vc.cat.empty.fees"),
    onAdd: () => {
      itemForm.fees.push({ name: "", amount: "" });
      debounce("item", runItem);
    },
    row: (item, i, rerender) => {
      const label = t("vc.cat.row.fee", { n: i + 1 });
      return h(
        "div",
        { className: "vc-row", id: `vc-cat-fee-${i}`, dataset: { field: `fees.items[${i}]` }, role: "group", "aria-label": label },
        h("span", { className: "vc-row-no", "aria-hidden": "true", text: String(i + 1) }),
        h(
          "div",
          { className: "vc-row-fields" },
          field({ id: `vc-cat-fee-${i}-name`, path: `fees.items[${i}].name`, label: t("vc.cat.f.feeName"), control: textInput(`vc-cat-fee-${i}-name`, item.name, (v) => ((item.name = v), debounce("item", runItem))) }),
          field({
            id: `vc-cat-fee-${i}-amount`,
            path: `fees.items[${i}].amount`,
            label: t("vc.cat.f.feeAmount"),
            control: h("input", {
              type: "number",
              id: `vc-cat-fee-${i}-amount`,
              min: "0",
              step: "0.01",
              inputmode: "decimal",
              value: item.amount,
              on: { input: (ev) => ((item.amount = ev.currentTarget.value), debounce("item", runItem)) },
            }),
          }),
        ),
        removeButton(`vc-cat-fee-${i}-remove`, `${t("vc.remove")} · ${label}`, () => {
          itemForm.fees.splice(i, 1);
          rerender();
          $("vc-cat-feeitems-add").focus();
          runItem();
        }),
        h("ul", { className: "findings vc-row-findings", hidden: true }),
      );
    },
  });
  feeList.dataset.field = "fees.items";
  feeList.append(h("ul", { className: "findings vc-row-findings", hidden: true }));
  const fees = h("fieldset", { className: "vc-group" }, h("legend", { text: t("vc.cat.group.fees") }), h("div", { className: "vc-grid vc-grid-1" }, feeMode), feeList);

  form.append(h("div", { className: "vc-columns" }, texts, limits, fees));
}

function buildItem() {
  const f = itemForm;
  const item = {};
  if (f.name.trim()) item.name = f.name;
  for (const key of ["basis", "procedure", "materials"]) {
    const lines = splitLines(f[key]);
    if (lines.length) item[key] = lines;
  }
  const limit = (value, unit) => {
    if (String(value).trim() === "") return undefined;
    const n = Number(value);
    return Number.isFinite(n) ? { value: n, unit } : undefined;
  };
  const statutory = limit(f.statutoryValue, f.statutoryUnit);
  const committed = limit(f.committedValue, f.committedUnit);
  if (statutory) item.statutoryLimit = statutory;
  if (committed) item.committedLimit = committed;
  const rows = f.fees
    .filter((r) => r.name.trim() || String(r.amount).trim())
    .map((r) => {
      const out = {};
      if (r.name.trim()) out.name = r.name;
      if (String(r.amount).trim() !== "" && Number.isFinite(Number(r.amount))) out.amount = Number(r.amount);
      return out;
    });
  const feeRows = f.fees.map((r, i) => (r.name.trim() || String(r.amount).trim() ? i : -1)).filter((i) => i >= 0);
  if (f.feeMode || rows.length) {
    item.fees = {};
    if (f.feeMode) item.fees.free = f.feeMode === "free";
    if (rows.length) item.fees.items = rows;
  }
  return { item, feeRows };
}

function runItem() {
  const { t } = ctx;
  const form = $("vc-cat-form");
  if (!form) return;
  if (!form.firstChild) renderItemForm();
  const { item, feeRows } = buildItem();
  $("vc-item-json").textContent = JSON.stringify(item, null, 2);
  const errEl = $("vc-cat-error");
  let result;
  try {
    result = ctx.engine().validateCatalogItem(item);
    errEl.hidden = true;
  } catch (err) {
    errEl.textContent = t("vc.engineError", { msg: errorText(err) });
    errEl.hidden = false;
    markPending("item", false);
    return;
  }
  const remap = (path) =>
    String(path).replace(/^fees\.items\[(\d+)\]/, (m, k) => {
      const ui = feeRows[Number(k)];
      return ui == null ? m : `fees.items[${ui}]`;
    });
  placeFindings(form, $("vc-cat-general-findings"), result.findings, remap);
  summarize($("vc-cat-summary"), result.findings, result.valid);
}

// The words of the case check tab (the page's own; findings, labels and errors are the engine's).
// app.js merges every tab's table into the page's.
export const STRINGS = {
  "zh-CN": {
    "vc.case.title": "收件登记",
    "vc.case.intro": "模拟窗口收件登记界面：边录入边由规则引擎校验（CASE-1～5），提示显示在对应字段旁。时间一律按北京时间录入。",
    "vc.examples": "示例",
    "vc.ex.valid": "合规办件",
    "vc.ex.checksum": "身份证校验位错误",
    "vc.ex.birthdate": "出生日期不存在",
    "vc.ex.lowercase": "末位小写 x",
    "vc.ex.legacy15": "15位旧身份证",
    "vc.ex.refusal": "不予受理未说明理由",
    "vc.ex.supplement": "二次补正新增材料",
    "vc.ex.hostile": "姓名含 HTML 代码",
    "vc.clear": "清空",
    "vc.now": "校验时刻：{now}（北京时间，即“办件时限”页的监督时刻）",
    "vc.summary.valid": "校验通过",
    "vc.summary.invalid": "未通过校验",
    "vc.summary.errors": "{n}个错误",
    "vc.summary.warnings": "{n}个警告",
    "vc.summary.errors.one": "1个错误",
    "vc.summary.warnings.one": "1个警告",
    "vc.general": "其他提示",
    "vc.group.case": "办件信息",
    "vc.group.outcome": "办理结果",
    "vc.group.applicant": "申请人",
    "vc.group.supplements": "补正告知",
    "vc.group.handovers": "转办记录",
    "vc.f.id": "办件编号",
    "vc.f.category": "办件类型",
    "vc.f.receivedAt": "收件时间",
    "vc.f.acceptedAt": "受理时间",
    "vc.f.concludedAt": "办结时间",
    "vc.f.firstReceiver": "首问责任人",
    "vc.f.outcome": "办理结果",
    "vc.f.reason": "理由",
    "vc.f.legalBasis": "法律依据",
    "vc.f.rightsNotice": "复议、诉讼权利告知",
    "vc.f.answer": "答复内容",
    "vc.f.name": "申请人姓名 / 单位名称",
    "vc.f.idType": "证件类型",
    "vc.f.idNumber": "证件号码",
    "vc.f.creditCode": "统一社会信用代码",
    "vc.f.phone": "手机号码",
    "vc.f.suppAt": "告知时间",
    "vc.f.suppItems": "需补正材料（逗号分隔）",
    "vc.f.handTo": "接办人",
    "vc.f.handAt": "转办时间",
    "vc.ph.legalBasis": "如：《中华人民共和国行政许可法》第三十二条",
    "vc.ph.rightsNotice": "如：如不服本决定，可依法申请行政复议或者提起行政诉讼",
    "vc.ph.items": "如：营业执照副本，法定代表人身份证",
    "vc.opt.none": "— 未选择 —",
    "vc.opt.pending": "— 尚未办结 —",
    "vc.outcome.approved": "准予",
    "vc.outcome.denied": "不予许可",
    "vc.outcome.refused": "不予办理",
    "vc.outcome.not_accepted": "不予受理",
    "vc.outcome.returned": "退回",
    "vc.idType.resident_id": "居民身份证",
    "vc.idType.passport": "护照",
    "vc.idType.hk_macao_permit": "港澳居民来往内地通行证",
    "vc.idType.taiwan_permit": "台湾居民来往大陆通行证",
    "vc.add.supplement": "+ 添加补正告知",
    "vc.add.handover": "+ 添加转办",
    "vc.remove": "删除",
    "vc.row.supplement": "第{n}次补正告知",
    "vc.row.handover": "第{n}次转办",
    "vc.empty.supplements": "无补正告知。",
    "vc.empty.handovers": "未转办。",
    "vc.incomplete": "日期或时间未填完整，暂按未填写处理。",
    "vc.preview": "发送给引擎的记录（JSON）",
    "vc.engineError": "无法校验：{msg}",
    "vc.portal.title": "粘贴门户 JSON",
    "vc.portal.intro": "粘贴业务系统导出的办件（单个对象或数组），按所选字段映射转换后批量校验。提示中的字段路径使用门户自己的字段名。",
    "vc.portal.map": "字段映射",
    "vc.portal.map.rensheju-pinyin": "人社窗口系统（拼音缩写字段）",
    "vc.portal.map.zhengwu-english": "政务服务平台（英文字段）",
    "vc.portal.map.none": "不映射（引擎字段名）",
    "vc.portal.noMapAbout": "不使用字段映射：记录须使用引擎自己的字段名与取值。",
    "vc.portal.json": "门户 JSON",
    "vc.portal.run": "校验",
    "vc.portal.sample": "恢复示例",
    "vc.portal.mapTable": "字段对照（{n}项）",
    "vc.portal.col.portal": "门户字段",
    "vc.portal.col.engine": "引擎字段",
    "vc.portal.col.values": "取值对照",
    "vc.portal.idle": "点击“校验”查看每件的结果。",
    "vc.portal.empty": "请先粘贴 JSON。",
    "vc.portal.badJson": "JSON 格式有误，请检查括号、引号和逗号。（{msg}）",
    "vc.portal.badShape": "应为一个办件对象，或由办件对象组成的数组。",
    "vc.portal.mapError": "无法加载字段映射{file}：{msg}",
    "vc.portal.configError": "引擎配置有误（{code} · {path}）：{msg}",
    "vc.portal.runError": "校验失败（{code}）：{msg}",
    "vc.portal.summary": "共{total}件：通过{valid}件，未通过{invalid}件",
    "vc.portal.byRule": "按规则",
    "vc.portal.hint": "校验时刻：{now}（北京时间）",
    "vc.portal.valid": "通过",
    "vc.portal.invalid": "未通过",
    "vc.portal.noId": "（无编号）",
    "vc.portal.record": "第{n}件",
    "vc.portal.noFindings": "无提示。",
    "vc.cat.title": "事项公开检查（CASE-6）",
    "vc.cat.intro": "检查办事指南是否公开了设定依据、办理流程、申请材料、承诺时限和收费标准。",
    "vc.cat.ex.complete": "完整公开",
    "vc.cat.ex.missing": "缺依据、材料和收费",
    "vc.cat.ex.over": "承诺超法定、免费却收费",
    "vc.cat.group.disclosure": "办事指南",
    "vc.cat.group.limits": "时限",
    "vc.cat.group.fees": "收费标准",
    "vc.cat.f.name": "事项名称",
    "vc.cat.f.basis": "设定依据（每行一条）",
    "vc.cat.f.procedure": "办理流程（每行一步）",
    "vc.cat.f.materials": "申请材料（每行一项）",
    "vc.cat.f.statutoryLimit": "法定时限",
    "vc.cat.f.committedLimit": "承诺时限",
    "vc.cat.f.limitValue": "{label}：数值",
    "vc.cat.f.limitUnit": "{label}：单位",
    "vc.cat.f.fees": "是否收费",
    "vc.cat.fees.unset": "— 未填写 —",
    "vc.cat.fees.free": "免费",
    "vc.cat.fees.charged": "收费",
    "vc.cat.f.feeItems": "收费项目",
    "vc.cat.f.feeName": "项目名称",
    "vc.cat.f.feeAmount": "金额（元）",
    "vc.cat.add.fee": "+ 添加收费项目",
    "vc.cat.empty.fees": "无收费项目。",
    "vc.cat.row.fee": "收费项目{n}",
    "vc.unit.working_days": "个工作日",
    "vc.unit.calendar_days": "个自然日",
    "vc.unit.working_hours": "个工作小时",
  },
  en: {
    "vc.case.title": "Case intake",
    "vc.case.intro": "A service window's intake screen: the rules engine checks the record as it is typed (CASE-1 to 5) and shows each finding beside its field. All times are Beijing time.",
    "vc.examples": "Examples",
    "vc.ex.valid": "Valid case",
    "vc.ex.checksum": "Wrong ID check digit",
    "vc.ex.birthdate": "Impossible birth date",
    "vc.ex.lowercase": "Lower-case x",
    "vc.ex.legacy15": "15-digit ID",
    "vc.ex.refusal": "Refusal without reason",
    "vc.ex.supplement": "Second supplement adds items",
    "vc.ex.hostile": "HTML in the name",
    "vc.clear": "Clear",
    "vc.now": "Checked at {now} (Beijing time: the console's point in time, set on the Deadlines tab)",
    "vc.summary.valid": "Valid",
    "vc.summary.invalid": "Not valid",
    "vc.summary.errors": "{n} errors",
    "vc.summary.warnings": "{n} warnings",
    "vc.summary.errors.one": "1 error",
    "vc.summary.warnings.one": "1 warning",
    "vc.general": "Other findings",
    "vc.group.case": "Case",
    "vc.group.outcome": "Outcome",
    "vc.group.applicant": "Applicant",
    "vc.group.supplements": "Requests for supplements (补正告知)",
    "vc.group.handovers": "Hand-overs (转办)",
    "vc.f.id": "Case no.",
    "vc.f.category": "Category",
    "vc.f.receivedAt": "Received",
    "vc.f.acceptedAt": "Accepted",
    "vc.f.concludedAt": "Concluded",
    "vc.f.firstReceiver": "First receiver (首问责任人)",
    "vc.f.outcome": "Outcome",
    "vc.f.reason": "Reason",
    "vc.f.legalBasis": "Legal basis",
    "vc.f.rightsNotice": "Notice of review and litigation rights",
    "vc.f.answer": "Answer to the applicant",
    "vc.f.name": "Applicant (person or organisation)",
    "vc.f.idType": "ID type",
    "vc.f.idNumber": "ID number",
    "vc.f.creditCode": "Unified social credit code",
    "vc.f.phone": "Mobile",
    "vc.f.suppAt": "Notified at",
    "vc.f.suppItems": "Items to supply (comma separated)",
    "vc.f.handTo": "Taken over by",
    "vc.f.handAt": "Handed over at",
    "vc.ph.legalBasis": "e.g. Administrative Licensing Law, art. 32",
    "vc.ph.rightsNotice": "e.g. You may apply for administrative review or sue",
    "vc.ph.items": "e.g. business licence copy, ID of legal representative",
    "vc.opt.none": "— not chosen —",
    "vc.opt.pending": "— not concluded —",
    "vc.outcome.approved": "Approved (准予)",
    "vc.outcome.denied": "Denied (不予许可)",
    "vc.outcome.refused": "Refused (不予办理)",
    "vc.outcome.not_accepted": "Not accepted (不予受理)",
    "vc.outcome.returned": "Returned (退回)",
    "vc.idType.resident_id": "Resident ID card",
    "vc.idType.passport": "Passport",
    "vc.idType.hk_macao_permit": "Hong Kong / Macao permit",
    "vc.idType.taiwan_permit": "Taiwan permit",
    "vc.add.supplement": "+ Add a request",
    "vc.add.handover": "+ Add a hand-over",
    "vc.remove": "Remove",
    "vc.row.supplement": "Request {n}",
    "vc.row.handover": "Hand-over {n}",
    "vc.empty.supplements": "No request for supplements.",
    "vc.empty.handovers": "Not handed over.",
    "vc.incomplete": "The date or time is incomplete; it counts as empty for now.",
    "vc.preview": "Record sent to the engine (JSON)",
    "vc.engineError": "Cannot check: {msg}",
    "vc.portal.title": "Paste portal JSON",
    "vc.portal.intro": "Paste cases exported from a portal (one object or an array). They are translated through the chosen field map and checked in one batch; the paths in the findings are the portal's own field names.",
    "vc.portal.map": "Field map",
    "vc.portal.map.rensheju-pinyin": "Human-resources window system (pinyin fields)",
    "vc.portal.map.zhengwu-english": "Government service platform (English fields)",
    "vc.portal.map.none": "No map (engine field names)",
    "vc.portal.noMapAbout": "No field map: records must use the engine's own field names and values.",
    "vc.portal.json": "Portal JSON",
    "vc.portal.run": "Check",
    "vc.portal.sample": "Restore sample",
    "vc.portal.mapTable": "Field correspondence ({n})",
    "vc.portal.col.portal": "Portal field",
    "vc.portal.col.engine": "Engine field",
    "vc.portal.col.values": "Values",
    "vc.portal.idle": "Click “Check” to see the result for each record.",
    "vc.portal.empty": "Paste some JSON first.",
    "vc.portal.badJson": "This is not valid JSON: check the brackets, quotes and commas. ({msg})",
    "vc.portal.badShape": "Expected one case object, or an array of case objects.",
    "vc.portal.mapError": "Could not load the field map {file}: {msg}",
    "vc.portal.configError": "Invalid engine configuration ({code} · {path}): {msg}",
    "vc.portal.runError": "The check failed ({code}): {msg}",
    "vc.portal.summary": "Records: {total} · valid: {valid} · not valid: {invalid}",
    "vc.portal.byRule": "By rule",
    "vc.portal.hint": "Checked at {now} (Beijing time)",
    "vc.portal.valid": "Valid",
    "vc.portal.invalid": "Not valid",
    "vc.portal.noId": "(no case no.)",
    "vc.portal.record": "Record {n}",
    "vc.portal.noFindings": "No findings.",
    "vc.cat.title": "Service item disclosure (CASE-6)",
    "vc.cat.intro": "Checks that a service guide publishes its basis, procedure, materials, committed limit and fees.",
    "vc.cat.ex.complete": "Fully disclosed",
    "vc.cat.ex.missing": "No basis, materials or fees",
    "vc.cat.ex.over": "Over statutory limit, free with charges",
    "vc.cat.group.disclosure": "Service guide",
    "vc.cat.group.limits": "Limits",
    "vc.cat.group.fees": "Fees",
    "vc.cat.f.name": "Service item",
    "vc.cat.f.basis": "Basis (one per line)",
    "vc.cat.f.procedure": "Procedure (one step per line)",
    "vc.cat.f.materials": "Materials (one per line)",
    "vc.cat.f.statutoryLimit": "Statutory limit",
    "vc.cat.f.committedLimit": "Committed limit",
    "vc.cat.f.limitValue": "{label}: value",
    "vc.cat.f.limitUnit": "{label}: unit",
    "vc.cat.f.fees": "Charges",
    "vc.cat.fees.unset": "— not stated —",
    "vc.cat.fees.free": "Free of charge",
    "vc.cat.fees.charged": "Charged",
    "vc.cat.f.feeItems": "Fee items",
    "vc.cat.f.feeName": "Item",
    "vc.cat.f.feeAmount": "Amount (CNY)",
    "vc.cat.add.fee": "+ Add a fee item",
    "vc.cat.empty.fees": "No fee items.",
    "vc.cat.row.fee": "Fee item {n}",
    "vc.unit.working_days": "working days",
    "vc.unit.calendar_days": "calendar days",
    "vc.unit.working_hours": "working hours",
  },
};
