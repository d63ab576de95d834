// 月度明察暗访情况通报 — the printable monthly bulletin (bulletin.html).
//
// Builds the engine, loads sample-supervision.json and sample-hall.json, and lays out the text
// of `monthlyBulletin(...)` as a formal document, line by line with textContent: the title, the
// numbered headings (一、… / 1. …), the unit sub-headings (（一）… / (1) …), the items and the
// issuer. Everyone named in it is masked by the engine (张*). ?lang=en for English.

import init, { Engine, readInstant } from "./pkg/index.js";
import { instantReader } from "./asof.js";
import { loadSupervisionData, overdueCases, complaintItems, bulletinInput } from "./supdata.js";

const STRINGS = {
  "zh-CN": {
    loading: "正在生成通报…",
    error: "无法生成通报：{msg}",
    back: "← 返回监督台",
    print: "打印",
    toolbar: "通报工具栏",
    lang: "语言",
    docTitle: "{title} · hall-rules",
    notes: "引擎提示（不属于通报正文，不打印）",
    masked: "通报中的人员姓名、证件号码和电话号码均已由规则引擎脱敏。示例数据为虚构。",
  },
  en: {
    loading: "Generating the bulletin…",
    error: "Could not generate the bulletin: {msg}",
    back: "← Back to the console",
    print: "Print",
    toolbar: "Bulletin tools",
    lang: "Language",
    docTitle: "{title} · hall-rules",
    notes: "Notes from the engine (not part of the bulletin; not printed)",
    masked: "Names, ID numbers and phone numbers in the bulletin are masked by the rules engine. The sample data is fictional.",
  },
};

const params = new URLSearchParams(location.search);
const langParam = params.get("lang");
let locale = "zh-CN";
if (langParam === "en") locale = "en";
else if (langParam !== "zh" && langParam !== "zh-CN") {
  try {
    if (localStorage.getItem("hall-rules-demo-locale") === "en") locale = "en";
  } catch {
    /* storage may be unavailable */
  }
}
const t = (key, vars = {}) => STRINGS[locale][key].replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

function shell() {
  document.documentElement.lang = locale;
  $("bulletin-toolbar").setAttribute("aria-label", t("toolbar"));
  $("bulletin-lang").setAttribute("aria-label", t("lang"));
  const back = $("bulletin-back");
  back.textContent = t("back");
  back.href = `./index.html?lang=${locale}#supervision`;
  for (const [id, lang] of [["bulletin-lang-zh", "zh-CN"], ["bulletin-lang-en", "en"]]) {
    const a = $(id);
    if (lang === locale) a.setAttribute("aria-current", "true");
    else a.removeAttribute("aria-current");
  }
  const print = $("bulletin-print");
  print.textContent = t("print");
  print.addEventListener("click", () => window.print());
  $("bulletin-status").textContent = t("loading");
}

const ZH_HEADING = /^[一二三四五六七八九十]+、/;
const EN_HEADING = /^\d+\.\s/;
const SUBHEADING = /^(（[一二三四五六七八九十]+）|\(\d+\)\s)/;
const ITEM = /^\d+\.\s?/;

/** The bulletin's text as a document: one element per line, text only. */
function render(doc, text) {
  const lines = text.split("\n");
  let last = lines.length - 1;
  while (last > 0 && !lines[last].trim()) last--;
  let afterBlank = false;
  // After 特此通报 come the signature and the date of issue, each on its own line.
  let signing = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) {
      afterBlank = true;
      return;
    }
    let node;
    if (i === 0) node = el("h1", "doc-title", line);
    else if (signing || i === last) node = el("p", "doc-sign", line);
    else if (afterBlank && (ZH_HEADING.test(line) || EN_HEADING.test(line))) node = el("h2", "doc-h2", line);
    else if (SUBHEADING.test(line)) node = el("h3", "doc-h3", line);
    else if (ITEM.test(line)) node = el("p", "doc-item", line);
    else node = el("p", "doc-para", line);
    node.dataset.line = String(i + 1);
    doc.append(node);
    if (line === "特此通报。" || line === "This bulletin is hereby issued.") signing = true;
    afterBlank = false;
  });
}

async function main() {
  shell();
  const [, data, hall] = await Promise.all([
    init(),
    loadSupervisionData(),
    fetch("./sample-hall.json").then((r) => {
      if (!r.ok) throw new Error(`sample-hall.json: HTTP ${r.status}`);
      return r.json();
    }),
  ]);
  const engine = new Engine({ locale });
  const month = data.bulletin.month;
  const complaints = engine.assessComplaints(complaintItems(data), data.assessAt);
  const overdue = overdueCases(engine, hall, data, month, instantReader(readInstant));
  const bulletin = engine.monthlyBulletin(bulletinInput(data, { locale, overdue, complaints }));

  const doc = $("bulletin-doc");
  doc.dataset.month = bulletin.month;
  doc.dataset.problems = String(bulletin.counts.problems);
  doc.append(el("div", "doc-rule"));
  render(doc, bulletin.text);
  document.title = t("docTitle", { title: bulletin.title });

  const notes = $("bulletin-notes");
  notes.append(el("h2", null, t("notes")), el("p", null, t("masked")));
  if (bulletin.findings.length) {
    const list = el("ul", "findings");
    for (const f of bulletin.findings) {
      const li = el("li", `finding sev-${f.severity}`);
      li.dataset.rule = f.rule;
      li.append(el("span", "rule", f.rule), el("span", "msg", f.message));
      list.append(li);
    }
    notes.append(list);
  }
  $("bulletin-status").hidden = true;
  doc.hidden = false;
  notes.hidden = false;
  engine.free();
  document.body.dataset.ready = "true";
}

main().catch((err) => {
  const status = $("bulletin-status");
  status.textContent = t("error", { msg: err && err.message ? err.message : String(err) });
  status.classList.add("error");
});
