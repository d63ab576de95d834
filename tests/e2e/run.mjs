// End-to-end tests of the demo in headless Chromium (npm playwright-core, Debian's chromium):
// serves www/ with `node scripts/serve.mjs <port>` on 127.0.0.1 (a free port), then drives the
// supervision console (load, tabs, language, card counts, hostile records) and the legacy-portal
// page decorated by decorate() through the classic-script loader (badges, dynamic rows, hostile
// text). Every request must stay on 127.0.0.1 and no page may log a console error. Screenshots of
// each tab in both languages and of the legacy page go to tests/e2e/screenshots/.
// Usage: node tests/e2e/run.mjs   (after scripts/build.sh). Ends with "N passed, M failed".
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { axeViolations, describeViolations } from "./axe.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const shots = join(here, "screenshots");
const started = Date.now();
const TIMEOUT = 20_000;
const require = createRequire(import.meta.url);

const results = [];
function record(name, ok, detail = "") {
  results.push({ name, ok });
  console.log(`${ok ? "[ok]" : "[FAIL]"} ${name}${ok || !detail ? "" : `\n       ${String(detail).split("\n").join("\n       ")}`}`);
}
/** One named test: passes unless it throws. */
async function test(name, fn) {
  try {
    await fn();
    record(name, true);
  } catch (e) {
    record(name, false, e && e.message ? e.message : String(e));
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}
function eq(got, want, what) {
  const g = JSON.stringify(got);
  const w = JSON.stringify(want);
  if (g !== w) throw new Error(`${what}: got ${g}, want ${w}`);
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function waitForServer(origin, child, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.mjs exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${origin}/index.html`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`scripts/serve.mjs did not answer within ${ms} ms`);
}

// A watchdog: whatever hangs, the run ends (browser and server are closed by the exit hooks).
const watchdog = setTimeout(() => {
  console.log("[FAIL] timed out after 240 s");
  console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
  process.exit(1);
}, 240_000);
watchdog.unref();

let server = null;
let browser = null;
const cleanup = () => {
  if (server && server.exitCode === null) server.kill("SIGTERM");
};
process.on("exit", cleanup);
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });
}

try {
  // ------------------------------------------------------------------ set up
  // The legacy page loads the classic files from www/pkg-classic/, which assembling the package
  // copies there (scripts/build.sh runs it; re-running is cheap and makes this test standalone).
  // Assembled, the nodejs and no-modules glues share web/'s .wasm: wait for the glues and that one.
  const built = () => existsSync(join(root, "pkg/web/hall_rules_bg.wasm")) && ["web", "nodejs", "no-modules"].every((t) => existsSync(join(root, "pkg", t, "hall_rules.js")));
  for (let i = 0; i < 36 && !built(); i++) {
    if (i === 0) console.log("waiting for pkg/{web,nodejs,no-modules} …");
    spawnSync("sleep", ["5"]);
  }
  const assembled = spawnSync(process.execPath, [join(root, "scripts/assemble-package.mjs")], { encoding: "utf8", timeout: 60_000 });
  if (assembled.status !== 0) throw new Error(`assemble-package.mjs failed:\n${assembled.stderr}${assembled.stdout}`);
  for (const f of ["www/pkg/index.js", "www/pkg/web/hall_rules_bg.wasm", "www/pkg-classic/loader.js", "www/sample-hall.json", "www/legacy.html"]) {
    if (!existsSync(join(root, f))) throw new Error(`${f} is missing: run scripts/build.sh (and node scripts/gen-sample-hall.mjs)`);
  }
  mkdirSync(shots, { recursive: true });

  // An independent engine (the nodejs build) and the demo's own replay helper, for expected values.
  const { Engine, readInstant } = require(join(root, "pkg/nodejs/hall_rules.js"));
  const { replayAsOf, instantReader } = await import(pathToFileURL(join(root, "www/asof.js")).href);
  const readMs = instantReader(readInstant);
  const sample = JSON.parse(readFileSync(join(root, "www/sample-hall.json"), "utf8"));

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [join(root, "scripts/serve.mjs"), String(port)], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let serverLog = "";
  server.stdout.on("data", (d) => (serverLog += d));
  server.stderr.on("data", (d) => (serverLog += d));
  await waitForServer(origin, server, 15_000);

  const { chromium } = await import(pathToFileURL(join(root, "node_modules/playwright-core/index.mjs")).href);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    timeout: 60_000,
  });
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: "zh-CN", timezoneId: "America/Los_Angeles" });
  context.setDefaultTimeout(TIMEOUT);

  // Every request of every page and worker, and every console error, dialog and page error.
  const requests = [];
  const problems = [];
  context.on("request", (r) => requests.push(r.url()));
  const watch = (page, label) => {
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`${label}: console.error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`${label}: uncaught: ${e.stack || e.message}`));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${label}: HTTP ${r.status()} for ${r.url()}`);
    });
    page.on("dialog", (d) => {
      problems.push(`${label}: a dialog opened: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
  };

  // ------------------------------------------------------------------ the console
  const sampleNames = (file, pick) => {
    try {
      return pick(JSON.parse(readFileSync(join(root, "www", file), "utf8")));
    } catch {
      return [];
    }
  };
  const personalNames = [
    ...sampleNames("sample-hall.json", (d) => (d.cases || []).flatMap((c) => [c.applicant, c.clerk])),
    ...sampleNames("sample-supervision.json", (d) => (d.staff || []).map((s) => s.name)),
  ].filter((n) => typeof n === "string" && n.length >= 2 && !/[<>]/.test(n));
  const page = await context.newPage();
  watch(page, "console");
  // Opens every tab in turn (however many the console has) and saves a screenshot of each.
  const everyTab = async (lang) => {
    const tabs = await page.$$eval('[role="tab"]', (els) => els.map((e) => ({ id: e.id, tab: e.dataset.tab, panel: e.getAttribute("aria-controls") })));
    expect(tabs.length >= 2, `only ${tabs.length} tabs`);
    for (const t of tabs) {
      await page.click(`#${t.id}`);
      eq(await page.getAttribute(`#${t.id}`, "aria-selected"), "true", `#${t.id} aria-selected`);
      await page.waitForSelector(`#${t.panel}`, { state: "visible" });
      const text = (await page.textContent(`#${t.panel}`)).trim();
      expect(text.length > 20, `panel #${t.panel} is empty`);
      // CASE-7: reports never show a sample person's name in full (the case-check tab is
      // excluded: its form holds what the clerk typed).
      if (t.tab !== "validate") {
        const shown = personalNames.filter((n) => text.includes(n));
        expect(shown.length === 0, `panel #${t.panel} shows unmasked names: ${shown.slice(0, 5).join(", ")}`);
      }
      await page.waitForTimeout(100);
      await page.screenshot({ path: join(shots, `console-${t.tab}-${lang}.png`) });
    }
    await page.click("#tab-deadlines");
    return tabs.map((t) => t.tab);
  };

  await test("console: loads and sets body[data-ready=true]", async () => {
    await page.goto(`${origin}/`, { timeout: TIMEOUT });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    eq(await page.getAttribute("html", "lang"), "zh-CN", "html lang");
  });

  await test("console: the deadlines tab is selected and lists the cases with badges", async () => {
    eq(await page.getAttribute("#tab-deadlines", "role"), "tab", "role of #tab-deadlines");
    eq(await page.getAttribute("#tab-deadlines", "aria-selected"), "true", "#tab-deadlines aria-selected");
    eq(await page.getAttribute("#tab-deadlines", "data-tab"), "deadlines", "data-tab");
    expect(await page.isVisible("#panel-deadlines"), "#panel-deadlines is hidden");
    const rows = await page.locator("tr.case-row").count();
    expect(rows > 100, `only ${rows} case rows`);
    const badges = await page.locator("tr.case-row .card-badge").count();
    eq(badges, rows, "a card badge in every row");
  });

  const nowIso = sample.defaultNow;
  const { cases: asOf } = replayAsOf(sample.cases, readMs(nowIso), readMs);
  const expectedEngine = new Engine({ locale: "zh-CN" });
  const expected = expectedEngine.assessDeadlines(asOf, nowIso);

  await test("console: card counts equal the rows' cards and an independent assessment", async () => {
    const shown = {};
    for (const card of ["red", "yellow", "green"]) {
      const tile = Number((await page.textContent(`#count-card-${card}`)).trim());
      const rows = await page.locator(`tr.case-row[data-card="${card}"]`).count();
      eq(tile, rows, `#count-card-${card} vs rows with data-card=${card}`);
      shown[card] = tile;
    }
    const want = expected.summary.byCard;
    eq([shown.red, shown.yellow, shown.green], [want.red, want.yellow, want.green], "red, yellow, green shown vs the nodejs build at the same moment");
    eq(Number((await page.textContent("#count-total")).trim()), expected.summary.total, "#count-total");
    expect(shown.red > 0 && shown.yellow > 0 && shown.green > 0, `want every card present: ${JSON.stringify(shown)}`);
  });

  await test("console: each row's status and card match the independent assessment", async () => {
    const rows = await page.$$eval("tr.case-row", (trs) => trs.map((tr) => [tr.dataset.id, tr.dataset.status, tr.dataset.card]));
    const want = new Map(expected.results.map((r, i) => [String(r.id ?? asOf[i].id), [r.status, r.card ?? "none"]]));
    const wrong = rows.filter(([id, status, card]) => JSON.stringify(want.get(id)) !== JSON.stringify([status, card]));
    eq(wrong.slice(0, 5), [], "rows that differ (id, status, card)");
  });

  await test("console: hostile case fields render as text (no <img>, no script)", async () => {
    const service = await page.textContent('tr.case-row[data-id="ZW20260212901"] .col-service');
    expect(service.includes("<img src=x onerror=alert(1)>"), `service cell reads ${JSON.stringify(service)}`);
    const service2 = await page.textContent('tr.case-row[data-id="ZW20260225902"] .col-service');
    expect(service2.includes("<script>document.title='pwned'</script>"), `service cell reads ${JSON.stringify(service2)}`);
    eq(await page.locator("#cases-table img, #cases-table script").count(), 0, "elements injected into the table");
    expect(!(await page.title()).includes("pwned"), "document.title was changed");
    eq(await page.getAttribute('tr.case-row[data-id="ZW20260227903"]', "data-status"), "invalid", "the case received on 2026-02-30");
  });
  await test("console: a case's detail shows why it is due then (explainDeadline)", async () => {
    const id = await page.getAttribute("tr.case-row:not([data-status=invalid])", "data-id");
    await page.click(`tr.case-row[data-id="${id}"] button.expander`);
    const why = await page.textContent(`tr.detail-row[data-detail-for="${id}"] .why`);
    expect(why.includes("为何此时到期") && why.includes("到期时间：") && why.includes("当前："), why);
    await page.click(`tr.case-row[data-id="${id}"] button.expander`);
  });

  await test("console: Chinese renders in a CJK font, not as boxes (screenshots are readable)", async () => {
    // Two characters drawn in the page's own font: with no CJK font both are the same box.
    const same = await page.evaluate(() => {
      const family = getComputedStyle(document.body).fontFamily;
      const canvas = document.createElement("canvas");
      canvas.width = 64;
      canvas.height = 40;
      const g = canvas.getContext("2d");
      const draw = (text) => {
        g.clearRect(0, 0, 64, 40);
        g.font = `28px ${family}`;
        g.fillText(text, 4, 32);
        return Array.from(g.getImageData(0, 0, 64, 40).data).join(",");
      };
      // The check itself: two unassigned code points do draw the same box.
      return { chinese: draw("中") === draw("国"), boxes: draw("\u{E000}") === draw("\u{E001}") };
    });
    expect(same.boxes, "the check cannot tell boxes apart from glyphs here");
    expect(!same.chinese, "中 and 国 draw the same: no CJK font (./scripts/setup.sh --browser installs fonts-noto-cjk)");
  });
  await test("console: the calendar tab shows February 2026 with the Spring Festival", async () => {
    await page.click("#tab-calendar");
    eq(await page.getAttribute("#tab-calendar", "aria-selected"), "true", "#tab-calendar aria-selected");
    eq(await page.getAttribute("#tab-deadlines", "aria-selected"), "false", "#tab-deadlines aria-selected");
    expect(await page.isVisible("#panel-calendar"), "#panel-calendar is hidden");
    expect(!(await page.isVisible("#panel-deadlines")), "#panel-deadlines still visible");
    await page.waitForSelector("#day-2026-02-17", { state: "visible" });
    eq(await page.getAttribute("#day-2026-02-17", "data-kind"), "holiday", "2026-02-17 kind");
    eq(await page.getAttribute("#day-2026-02-14", "data-kind"), "makeup_workday", "2026-02-14 kind");
    eq(await page.getAttribute("#day-2026-02-26", "data-kind"), "workday", "2026-02-26 kind");
    expect((await page.textContent("#day-2026-02-17")).includes("春节"), "2026-02-17 does not name 春节");
    await page.click("#day-2026-02-14");
    await page.waitForSelector('#cal-day-kv[data-date="2026-02-14"]');
  });
  await test("console: the calendar tab reads a pasted holiday notice (CAL-6)", async () => {
    // The 2026 notice as published gives the calendar in force, day by day.
    await page.fill("#cal-notice-text", readFileSync(join(root, "tests/fixtures/notices/2026.txt"), "utf8"));
    await page.click("#cal-notice-read");
    const said = await page.textContent("#cal-notice-result");
    expect(said.includes("2026年：放假7段，调休上班6天") && said.includes("与当前日历逐日一致"), said);
    // A made-up 2027 notice changes the provisional days it covers; a wrong weekday is refused with its line.
    await page.fill("#cal-notice-text", "现将2027年元旦、春节放假调休日期的具体安排通知如下。\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月5日（周五）至12日（周五）放假调休，共8天。2月14日（周日）、2月20日（周六）上班。");
    await page.click("#cal-notice-read");
    const diff = await page.textContent("#cal-notice-diff");
    expect(diff.includes("2027-02-20：休息日 → 工作日"), diff);
    await page.fill("#cal-notice-text", "现将2027年\n一、元旦：1月1日（周四）放假。");
    await page.click("#cal-notice-read");
    const err = await page.textContent("#cal-notice-result");
    expect(err.includes("第2行") && err.includes("星期五"), err);
  });
  await test("console: arrow keys move between tabs", async () => {
    await page.focus("#tab-calendar");
    await page.keyboard.press("ArrowLeft");
    eq(await page.getAttribute("#tab-deadlines", "aria-selected"), "true", "after ArrowLeft, #tab-deadlines aria-selected");
    await page.keyboard.press("End");
    const tabs = await page.$$eval('[role="tab"]', (els) => els.map((e) => e.id));
    eq(await page.getAttribute(`#${tabs[tabs.length - 1]}`, "aria-selected"), "true", "after End, the last tab selected");
    await page.click("#tab-deadlines");
  });

  await test("console: every tab opens and shows content (Chinese; screenshots)", async () => {
    console.log(`       tabs: ${(await everyTab("zh")).join(", ")}`);
  });

  await test("console: switching to English translates the page and the engine's words", async () => {
    await page.click("#lang-en");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    eq(await page.getAttribute("#lang-en", "aria-pressed"), "true", "#lang-en aria-pressed");
    eq(await page.getAttribute("#lang-zh", "aria-pressed"), "false", "#lang-zh aria-pressed");
    eq((await page.textContent("#tab-deadlines")).trim(), "Deadlines", "#tab-deadlines text");
    eq((await page.textContent("#tab-calendar")).trim(), "Calendar", "#tab-calendar text");
    const title = (await page.textContent("#app-title")).trim();
    expect(/^[\x20-\x7e]+$/.test(title) && title.length > 3, `#app-title is not English: ${title}`);
    eq(await page.getAttribute("#tab-deadlines", "aria-selected"), "true", "the selected tab is kept");
    const redBadge = (await page.textContent('tr.case-row[data-card="red"] .card-badge')).trim();
    expect(/red/i.test(redBadge), `a red badge reads ${JSON.stringify(redBadge)}`);
    eq(Number((await page.textContent("#count-card-red")).trim()), expected.summary.byCard.red, "#count-card-red in English");
  });
  await test("console (English): the calendar names days in English", async () => {
    await page.click("#tab-calendar");
    await page.waitForSelector("#day-2026-02-17", { state: "visible" });
    // The cell's name (its content: what it shows, then the date, kind and festival).
    const label = await page.textContent("#day-2026-02-17");
    expect(/Spring Festival/i.test(label) && label.includes("2026-02-17"), `2026-02-17 reads ${JSON.stringify(label)}`);
    await page.click("#tab-deadlines");
  });

  await test("console: every tab opens and shows content (English; screenshots)", async () => {
    await everyTab("en");
    eq(await page.getAttribute("html", "lang"), "en", "html lang");
  });

  await test("console: switching back to Chinese", async () => {
    await page.click("#tab-calendar");
    await page.click("#lang-zh");
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    eq((await page.textContent("#tab-calendar")).trim(), "工作日历", "#tab-calendar text");
    eq(await page.getAttribute("#tab-calendar", "aria-selected"), "true", "the selected tab is kept");
  });

  // ------------------------------------------------------------------ accessibility (issue 19)
  // axe-core's WCAG 2.0/2.1 A and AA rules: every tab in both languages, the states a user opens
  // (a case's detail, a notice read), forced colours, 200% zoom and large text; then keyboard.
  const tabIds = await page.$$eval('[role="tab"]', (els) => els.map((e) => e.id));
  const axeTabs = async (target, label, found) => {
    for (const id of tabIds) {
      await target.click(`#${id}`);
      await target.waitForTimeout(150);
      for (const line of describeViolations(await axeViolations(target))) found.push(`${label} ${id}: ${line}`);
    }
    await target.click("#tab-deadlines");
  };
  await test("accessibility: axe-core (WCAG 2.1 A/AA) finds nothing on any tab, in either language", async () => {
    const found = [];
    for (const lang of ["zh", "en"]) {
      await page.click(`#lang-${lang}`);
      await axeTabs(page, lang, found);
      // A case's detail open (its "why" section) and a notice read on the calendar tab.
      const id = await page.getAttribute("tr.case-row:not([data-status=invalid])", "data-id");
      await page.click(`tr.case-row[data-id="${id}"] button.expander`);
      for (const line of describeViolations(await axeViolations(page))) found.push(`${lang} case detail: ${line}`);
      await page.click(`tr.case-row[data-id="${id}"] button.expander`);
      await page.click("#tab-calendar");
      await page.fill("#cal-notice-text", "现将2027年元旦放假调休日期的具体安排通知如下。\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。");
      await page.click("#cal-notice-read");
      for (const line of describeViolations(await axeViolations(page))) found.push(`${lang} notice read: ${line}`);
      await page.click("#tab-deadlines");
    }
    await page.click("#lang-zh");
    eq(found, [], "violations");
  });

  await test("accessibility: the keyboard alone reaches and works the tabs, filters, a case's detail and the paste box", async () => {
    // Tab from the tab bar until `selector` has focus; every step lands on something visible.
    const tabTo = async (selector, max = 400) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press("Tab");
        const at = await page.evaluate((sel) => {
          const el = document.activeElement;
          const box = el && el.getBoundingClientRect();
          return { hit: !!el && el.matches(sel), visible: !!box && box.width > 0 && box.height > 0, outline: el ? getComputedStyle(el).outlineStyle : "none", what: el ? el.outerHTML.slice(0, 80) : "" };
        }, selector);
        expect(at.visible, `focus went to something invisible: ${at.what}`);
        if (at.hit) return at;
      }
      throw new Error(`${selector} is not reachable with Tab`);
    };
    await page.focus("#tab-deadlines");
    const filter = await tabTo("#panel-deadlines select, #panel-deadlines input");
    expect(filter.outline !== "none", `no visible focus on a filter: ${filter.what}`);
    const expander = await tabTo("tr.case-row button.expander");
    expect(expander.outline !== "none", "no visible focus on the case expander");
    await page.keyboard.press("Enter");
    const id = await page.evaluate(() => document.activeElement.closest("tr").dataset.id);
    await page.waitForSelector(`tr.detail-row[data-detail-for="${id}"] .why`, { state: "visible" });
    await page.keyboard.press("Enter");
    // The table's scroll region takes focus, so its rows can be scrolled from the keyboard.
    eq(await page.getAttribute("#panel-deadlines .table-wrap", "tabindex"), "0", "the table region's tabindex");
    // The calendar tab by arrow key, then its paste box and the read button.
    await page.focus("#tab-deadlines");
    await page.keyboard.press("ArrowRight");
    eq(await page.getAttribute("#tab-calendar", "aria-selected"), "true", "ArrowRight selects the calendar tab");
    await tabTo("#cal-notice-text");
    await page.keyboard.type("现将2027年元旦放假调休日期的具体安排通知如下。一、元旦：1月1日（周五）放假，与周末连休。");
    await tabTo("#cal-notice-read", 5);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /2027/.test(document.getElementById("cal-notice-result").textContent));
    await page.click("#tab-deadlines");
  });

  await test("accessibility: forced colours, 200% zoom and large text (适老化): axe-core finds nothing, the page does not scroll sideways", async () => {
    const found = [];
    const modes = [
      ["forced colours", { viewport: { width: 1360, height: 900 }, forcedColors: "active" }, null],
      ["200% zoom", { viewport: { width: 680, height: 450 }, deviceScaleFactor: 2 }, null],
      ["large text", { viewport: { width: 1360, height: 900 } }, "200%"],
    ];
    for (const [mode, options, fontSize] of modes) {
      const ctx = await browser.newContext({ ...options, locale: "zh-CN", timezoneId: "America/Los_Angeles" });
      const p = await ctx.newPage();
      watch(p, mode);
      await p.goto(`${origin}/`, { timeout: TIMEOUT });
      await p.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      // The browser's default text size (the large-text setting) is the root font size.
      if (fontSize) await p.evaluate((size) => (document.documentElement.style.fontSize = size), fontSize);
      if (fontSize) eq(await p.evaluate(() => getComputedStyle(document.body).fontSize), "28px", "body text under a doubled default size");
      for (const id of tabIds) {
        await p.click(`#${id}`);
        await p.waitForTimeout(150);
        for (const line of describeViolations(await axeViolations(p))) found.push(`${mode} ${id}: ${line}`);
        const wide = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (wide > 1) found.push(`${mode} ${id}: the page scrolls sideways by ${wide}px`);
        if (mode === "200% zoom") await p.screenshot({ path: join(shots, `zoom200-${id.replace("tab-", "")}.png`) });
      }
      for (const page2 of ["bulletin.html", "legacy.html"]) {
        await p.goto(`${origin}/${page2}`, { timeout: TIMEOUT });
        await p.waitForSelector('body[data-ready="true"]', { timeout: 30_000 }).catch(() => {});
        if (fontSize) await p.evaluate((size) => (document.documentElement.style.fontSize = size), fontSize);
        // The legacy page stands for a portal's own page: in forced colours, what decorate() adds
        // (its tables) is checked; the mock's banner is the portal's business.
        const scope = mode === "forced colours" && page2 === "legacy.html" ? ["#bjlist", "#rslist"] : undefined;
        for (const line of describeViolations(await axeViolations(p, scope))) found.push(`${mode} ${page2}: ${line}`);
      }
      await ctx.close();
    }
    eq(found, [], "violations");
  });
  await page.close();

  // ------------------------------------------------------------------ the bulletin (SUP-3), printed
  await test("bulletin: prints as an official document: A4 with the 公文 margins, the sheet only, headings kept with their text", async () => {
    const sheet = await context.newPage();
    watch(sheet, "bulletin");
    await sheet.goto(`${origin}/bulletin.html`, { timeout: TIMEOUT });
    await sheet.waitForSelector("#bulletin-doc:not([hidden])", { timeout: 30_000 });
    const title = (await sheet.textContent("#bulletin-doc .doc-title")).trim();
    expect(title.includes("通报"), `title: ${title}`);
    await sheet.emulateMedia({ media: "print" });
    const print = await sheet.evaluate(() => {
      const css = (sel, prop) => (document.querySelector(sel) ? getComputedStyle(document.querySelector(sel))[prop] : null);
      return {
        toolbar: css("#bulletin-toolbar", "display"),
        notes: css("#bulletin-notes", "display"),
        shadow: css("#bulletin-doc", "boxShadow"),
        headingBreak: css("#bulletin-doc .doc-h2", "breakAfter"),
        signBreak: css("#bulletin-doc .doc-sign", "breakInside"),
        headings: document.querySelectorAll("#bulletin-doc .doc-h2").length,
        // The sheet's @page rule: A4 with GB/T 9704's margins (top 37, right 26, bottom 35, left 28 mm).
        page: (() => {
          const rule = [...document.styleSheets].flatMap((sh) => [...sh.cssRules]).find((r) => r instanceof CSSPageRule);
          return rule ? [rule.style.size, rule.style.marginTop, rule.style.marginRight, rule.style.marginBottom, rule.style.marginLeft] : null;
        })(),
      };
    });
    eq([print.toolbar, print.notes, print.shadow], ["none", "none", "none"], "toolbar, notes and the sheet's shadow in print");
    eq([print.headingBreak, print.signBreak], ["avoid", "avoid"], "a heading is not left at a page's foot; the signature is not split");
    expect(print.headings >= 2, `only ${print.headings} section headings`);
    eq(print.page, ["a4", "37mm", "26mm", "35mm", "28mm"], "the @page rule");
    const pdf = await sheet.pdf({ preferCSSPageSize: true });
    writeFileSync(join(shots, "bulletin.pdf"), pdf);
    const raw = pdf.toString("latin1");
    expect(raw.startsWith("%PDF-"), "not a PDF");
    const pages = (raw.match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
    const boxes = [...raw.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(pages >= 1 && pages <= 6, `${pages} pages`);
    // A4 is 210 × 297 mm: 595.3 × 841.9 pt.
    expect(boxes.length >= 1 && boxes.every(([w, hgt]) => Math.abs(w - 595.3) < 2 && Math.abs(hgt - 841.9) < 2), `page sizes ${JSON.stringify(boxes)}`);
    console.log(`       bulletin.pdf: ${pages} A4 page(s), ${pdf.length} bytes`);
    await sheet.close();
  });

  // ------------------------------------------------------------------ the legacy portal page
  const legacy = await context.newPage();
  watch(legacy, "legacy");
  const LEGACY_NOW = "2026-02-26T10:00:00+08:00";
  // What the legacy page's rows should show, from the nodejs build (dates normalised as decorate does).
  const norm = (s) => s.replace(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s+(\d{1,2}):(\d{2})$/, (m, y, mo, d, h, mi) => `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}T${h.padStart(2, "0")}:${mi}`);
  const readLegacy = () =>
    legacy.$$eval("#bjlist tbody tr", (trs) =>
      trs
        .filter((tr) => !tr.classList.contains("title") && !tr.classList.contains("pager"))
        .map((tr) => {
          const own = [...tr.cells].filter((c) => !c.hasAttribute("data-hall-rules")).map((c) => c.textContent.trim());
          const badge = tr.querySelector('[data-hall-rules="badge"]');
          const due = tr.querySelector('[data-hall-rules="due"]');
          return { id: own[1], name: own[2], category: own[4], received: own[5], card: tr.getAttribute("data-hall-rules-card"), badge: badge && badge.textContent, title: badge && badge.getAttribute("title"), due: due && due.textContent, ownCells: tr.querySelectorAll("[data-hall-rules=cell]").length };
        }),
    );
  const expectedCards = (rows) => {
    const batch = expectedEngine.assessDeadlines(rows.map((r) => ({ id: r.id, category: r.category, receivedAt: norm(r.received) })), LEGACY_NOW);
    return batch.results.map((r) => r.card ?? "none");
  };

  await test("legacy page: loads through the classic loader and decorates all 20 rows", async () => {
    await legacy.goto(`${origin}/legacy.html`, { timeout: TIMEOUT });
    await legacy.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    const rows = await readLegacy();
    eq(rows.length, 20, "case rows");
    eq(rows.filter((r) => r.ownCells === 1).length, 20, "rows with exactly one added cell");
    eq((await legacy.textContent('#bjlist th[data-hall-rules="head"]')).trim(), "时限预警", "added header cell");
    eq(await legacy.locator('#bjlist tr.pager [data-hall-rules]').count(), 0, "cells added to the pager row");
    eq(await legacy.$eval("#bjlist tr.pager td", (td) => [td.colSpan, td.getAttribute("data-hall-rules-colspan")]), [8, "7"], "the pager cell widened over the added column");
    expect(await legacy.evaluate(() => typeof window.HallRules === "object" && typeof window.HallRules.decorate === "function"), "window.HallRules");
  });
  await test("legacy page: pointing at a badge gives the engine's one-line reason (explainDeadline)", async () => {
    const badge = '#bjlist tr[data-hall-rules-card="red"] .hall-rules-badge';
    await legacy.hover(badge);
    const title = await legacy.getAttribute(badge, "title");
    expect(/^红牌，已超期/.test(title) && title.includes("前办结"), title);
  });

  await test("legacy page: known rows carry the right cards, texts and due times", async () => {
    const rows = new Map((await readLegacy()).map((r) => [r.id, r]));
    const want = [
      ["ZW20260209001", "red", "红牌", "2026-02-12 17:30"],
      ["ZW20260224001", "green", "绿牌", "2026-02-27 17:30"], // 780 office minutes left, more than one office day (DL-9)
      ["ZW20260226002", "green", "绿牌", "2026-03-25 17:30"],
      ["ZW20260223001", "green", "绿牌", "2026-02-27 17:30"], // received on a holiday: the clock starts on the 24th
      ["ZW20260211008", "red", "红牌", "2026-02-14 17:30"], // "2026/02/11 16:30"
      ["ZW20260224012", "green", "绿牌", "2026-02-27 17:30"], // "2026年2月24日 14:00"
    ];
    for (const [id, card, badge, due] of want) {
      const r = rows.get(id);
      expect(r, `row ${id} not found`);
      eq([r.card, r.badge, r.due], [card, badge, due], id);
      expect(r.title.includes(id) && r.title.includes("到期时间"), `${id} title: ${r.title}`);
    }
    eq(await legacy.textContent("#legacy-summary"), "红牌8件　黄牌1件　绿牌10件　数据有误1件", "the page's summary from onUpdate (DL-9: yellow once ≤ one office day is left)");
  });

  await test("accessibility: on the legacy page, axe-core finds nothing and each decorated cell's name says card, state and due time", async () => {
    eq(describeViolations(await axeViolations(legacy)), [], "violations");
    const report = expectedEngine.assessDeadlines([{ id: "ZW20260209001", category: "承诺件", receivedAt: "2026-02-09T09:30" }], LEGACY_NOW).results[0];
    const n = report.overdueBy.workingDays;
    expect(n >= 2, `overdue by ${n} working days`);
    // The accessibility tree's own name for the cell (the badge and time are hidden from it).
    const snap = await legacy.locator("#bjlist tr", { hasText: "ZW20260209001" }).locator('[data-hall-rules="cell"]').ariaSnapshot();
    eq(snap.trim(), `- cell "红牌，已超期${n}个工作日，应于2026-02-12 17:30前办结（北京时间）"`, "the cell's accessible name");
    const green = await legacy.locator("#bjlist tr", { hasText: "ZW20260226002" }).locator('[data-hall-rules="cell"]').ariaSnapshot();
    expect(/^- cell "绿牌，剩余\d+个工作日，应于2026-03-25 17:30前办结（北京时间）"$/.test(green.trim()), green);
  });

  await test("legacy page: every row's card equals an independent assessment", async () => {
    const rows = await readLegacy();
    eq(rows.map((r) => r.card), expectedCards(rows), "cards in row order");
  });

  await test("legacy page: the hostile row renders as text and runs nothing", async () => {
    const hostile = '<img src=x onerror="window.__xss=1">';
    const r = (await readLegacy()).find((x) => x.id === "ZW20260226XSS");
    expect(r, "hostile row not found");
    eq(r.name, hostile, "事项名称 cell text");
    eq(r.card, "none", "hostile row card (its category is not a category)");
    expect(r.due.includes(hostile), `the engine's message, shown as text, should quote the category: ${r.due}`);
    expect(r.title.includes(hostile), `badge title: ${r.title}`);
    eq(await legacy.locator("#bjlist img").count(), 0, "<img> elements in the table");
    eq(await legacy.evaluate(() => window.__xss), undefined, "window.__xss");
  });

  // The 人社 list: a two-row grouped header (申请人 and 办件信息 over their leaf cells, the others
  // rowspan=2), rowspans and colspans in the body, one case over two rows, a pager in <tfoot>.
  // Laid out here on the HTML table model's grid, with every cell (the added ones too), apart
  // from the decorator's own code.
  const readGrouped = () =>
    legacy.$eval("#rslist", (table) => {
      const sectionGrid = (rows) => {
        const slots = rows.map(() => []);
        rows.forEach((tr, r) => {
          let c = 0;
          for (const cell of tr.cells) {
            while (slots[r][c]) c++;
            const rs = Math.min(cell.rowSpan >= 1 ? cell.rowSpan : rows.length - r, rows.length - r);
            const slot = { cell, row: r, col: c };
            for (let y = r; y < r + rs; y++) for (let x = c; x < c + cell.colSpan; x++) slots[y][x] = slots[y][x] ? "overlap" : slot;
            c += cell.colSpan;
          }
        });
        return slots.map((s) => ({ width: s.length, holes: [...s].filter((x) => !x).length, overlaps: s.filter((x) => x === "overlap").length, slots: s }));
      };
      const head = sectionGrid([...table.tHead.rows]);
      const body = sectionGrid([...table.tBodies[0].rows]);
      const foot = sectionGrid([...table.tFoot.rows]);
      const leafText = (c) => head[head.length - 1].slots[c].cell.textContent.trim();
      const colOf = (name) => head[head.length - 1].slots.findIndex((s, c) => leafText(c) === name);
      const cols = { id: colOf("受理编号"), category: colOf("事项类别"), received: colOf("受理时间"), name: colOf("业务名称") };
      const own = (tr) => [...tr.cells].filter((td) => td.hasAttribute("data-hall-rules"));
      return {
        cols,
        headRows: head.map((h) => ({ width: h.width, holes: h.holes, overlaps: h.overlaps })),
        headCells: [...table.tHead.querySelectorAll('[data-hall-rules="head"]')].map((th) => ({ row: th.parentNode.rowIndex, rowSpan: th.rowSpan, text: th.textContent.trim(), last: th === th.parentNode.lastElementChild })),
        body: [...table.tBodies[0].rows].map((tr, r) => {
          const at = (c) => body[r].slots[c].cell.textContent.trim();
          const badge = tr.querySelector('[data-hall-rules="badge"]');
          const cell = tr.querySelector('[data-hall-rules="cell"]');
          return {
            width: body[r].width, holes: body[r].holes, overlaps: body[r].overlaps,
            startsCase: body[r].slots[cols.id].row === r,
            id: at(cols.id), name: at(cols.name), category: at(cols.category), received: at(cols.received),
            card: tr.getAttribute("data-hall-rules-card"), own: own(tr).length,
            badge: badge && badge.textContent, title: badge && badge.getAttribute("title"),
            due: tr.querySelector('[data-hall-rules="due"]') && tr.querySelector('[data-hall-rules="due"]').textContent,
            cellRowSpan: cell && cell.rowSpan, cellCol: cell && body[r].slots.findIndex((s) => s && s.cell === cell),
          };
        }),
        foot: [...table.tFoot.rows].map((tr, r) => ({ width: foot[r].width, holes: foot[r].holes, overlaps: foot[r].overlaps, cells: tr.cells.length, colSpan: tr.cells[0].colSpan, own: own(tr).length, card: tr.getAttribute("data-hall-rules-card"), text: tr.textContent.replace(/\s+/g, " ").trim() })),
        summary: document.getElementById("rs-summary").textContent,
      };
    });

  await test("legacy page, grouped header: columns found on the header grid, one badge per case", async () => {
    const g = await readGrouped();
    eq(g.cols, { id: 1, category: 6, received: 5, name: 2 }, "leaf columns of 受理编号 / 事项类别 / 受理时间 / 业务名称");
    const cases = g.body.filter((r) => r.startsCase);
    eq(cases.length, 11, "rows that start a case");
    eq(cases.filter((r) => r.card && r.own === 1).length, 11, "cases with a card and exactly one added cell");
    const rest = g.body.filter((r) => !r.startsCase);
    eq(rest.map((r) => [r.id, r.card, r.own]), [["RS20260224009", null, 0]], "the case's second row (a second applicant): no card, no cell");
    eq(cases.map((r) => r.card), expectedCards(cases), "cards in row order vs the independent assessment");
    for (const r of cases) expect(r.title.includes(`办件${r.id}`), `${r.id}: the badge's title names another case: ${r.title}`);
    const byId = new Map(cases.map((r) => [r.id, r]));
    const want = [
      ["RS20260205003", "承诺件", "red", "2026-02-10 17:30"],
      ["RS20260224009", "承诺件", "green", "2026-02-27 17:30"], // over two rows: its cell spans both
      ["RS20260225004", "上报件", "green", "2026-02-28 17:30"], // applicant cell colspan=2
      ["RS20260226001", "许可件", "green", "2026-03-25 17:30"], // 事项类别 merged with the row above
      ["RS20260213005", "承诺件", "red", "2026-02-25 17:30"], // "2026/02/13 16:50"
      ["RS20260224011", "承诺件", "green", "2026-02-27 17:30"], // "2026年2月24日 11:10"
    ];
    for (const [id, category, card, due] of want) {
      const r = byId.get(id);
      expect(r, `row ${id} not found`);
      eq([r.category, r.card, r.due], [category, card, due], id);
    }
    eq(byId.get("RS20260224009").cellRowSpan, 2, "the added cell of the case over two rows: rowspan");
    eq(g.summary, "红牌3件　黄牌0件　绿牌8件　数据有误0件", "the 人社 list's summary from onUpdate");
  });

  await test("legacy page, grouped header: the header grid stays rectangular", async () => {
    const g = await readGrouped();
    eq(g.headCells, [{ row: 0, rowSpan: 2, text: "时限预警", last: true }], "the added header cell (row, rowspan, text, last in its row)");
    const widths = [...g.headRows, ...g.body, ...g.foot].map((r) => [r.width, r.holes, r.overlaps]);
    eq([...new Set(widths.map((w) => JSON.stringify(w)))], [JSON.stringify([10, 0, 0])], "grid width, holes, overlaps of every header, body and footer row");
    eq(g.body.filter((r) => r.cellCol !== null && r.cellCol !== 9).map((r) => r.id), [], "rows whose added cell is not in the last grid column");
  });

  await test("legacy page, grouped header: the pager row is not decorated and stays full-width", async () => {
    const g = await readGrouped();
    eq(g.foot.map((r) => [r.cells, r.colSpan, r.width, r.own, r.card]), [[1, 10, 10, 0, null]], "pager: cells, colspan, grid width, added cells, card");
    eq(g.foot[0].text, "共 11 件 第 1/1 页 首页 上一页 下一页 尾页", "pager text");
  });

  await test("legacy page, grouped header: a row the page adds is decorated, the grid stays rectangular", async () => {
    await legacy.evaluate(() => {
      const tr = document.createElement("tr");
      tr.id = "rs-added";
      for (const text of ["12", "RS20260226005", "失业登记", "何*", "3201**********9021", "2026-02-26 09:45", "即办件", "已受理", "区就业服务中心"]) {
        tr.appendChild(document.createElement("td")).textContent = text;
      }
      document.querySelector("#rslist tbody").appendChild(tr);
      document.getElementById("rs-total").textContent = "12";
    });
    await legacy.waitForSelector('#rs-added[data-hall-rules-card="green"]');
    const g = await readGrouped();
    const widths = [...g.headRows, ...g.body, ...g.foot].map((r) => [r.width, r.holes, r.overlaps]);
    eq([...new Set(widths.map((w) => JSON.stringify(w)))], [JSON.stringify([10, 0, 0])], "grid width, holes, overlaps of every row");
    eq(g.foot.map((r) => [r.colSpan, r.own, r.text]), [[10, 0, "共 12 件 第 1/1 页 首页 上一页 下一页 尾页"]], "pager after the change");
    const cases = g.body.filter((r) => r.startsCase);
    eq(cases.map((r) => r.card), expectedCards(cases), "cards vs the independent assessment");
  });
  await legacy.screenshot({ path: join(shots, "legacy-zh.png"), fullPage: true });

  await test("legacy page, grouped header: disconnect(true) gives the page its table back", async () => {
    await legacy.evaluate(() => {
      window.rsDecorator.disconnect(true);
      document.getElementById("rs-added").remove();
    });
    const left = await legacy.$eval("#rslist", (t) => [t.querySelectorAll("[data-hall-rules], [data-hall-rules-colspan], [data-hall-rules-card]").length, t.tFoot.rows[0].cells[0].colSpan, t.tHead.rows[0].cells.length]);
    eq(left, [0, 9, 6], "marked elements, pager colspan, cells in the first header row");
  });

  await test("legacy page: a row the page appends is decorated", async () => {
    await legacy.click("#legacy-add");
    await legacy.waitForFunction(() => {
      const tr = document.querySelector("#bjlist tr.fresh");
      return tr && tr.getAttribute("data-hall-rules-card");
    });
    const fresh = (await readLegacy()).find((r) => r.id === "ZW202602261001");
    expect(fresh, "the appended row");
    eq([fresh.card, fresh.ownCells], ["green", 1], "appended row (承诺件 received 09:11 today)");
    await legacy.waitForFunction(() => /绿牌11件/.test(document.getElementById("legacy-summary").textContent));
  });

  await test("legacy page: a row inserted by other script, with hostile text in its id, is decorated safely", async () => {
    await legacy.evaluate(() => {
      const tr = document.createElement("tr");
      for (const text of ["99", '"><img src=x onerror="window.__xss=2">', "测试", "某*", "即办件", "2026-02-26 09:30", "综合窗口"]) {
        tr.appendChild(document.createElement("td")).textContent = text;
      }
      tr.id = "injected";
      const body = document.querySelector("#bjlist tbody");
      body.insertBefore(tr, body.lastElementChild);
    });
    await legacy.waitForSelector('#injected[data-hall-rules-card="green"]');
    const title = await legacy.getAttribute('#injected [data-hall-rules="badge"]', "title");
    expect(title.includes('"><img src=x onerror="window.__xss=2">'), `title: ${title}`);
    eq(await legacy.locator("#bjlist img").count(), 0, "<img> elements in the table");
    eq(await legacy.evaluate(() => window.__xss), undefined, "window.__xss");
    await legacy.evaluate(() => document.getElementById("injected").remove());
  });

  await test("legacy page: editing a cell in place re-assesses the row", async () => {
    // ZW20260209001: 承诺件 received 2026-02-09 (red). As 许可件 (20 working days) it is green.
    await legacy.evaluate(() => {
      const tr = [...document.querySelectorAll("#bjlist tbody tr")].find((r) => r.cells[1] && r.cells[1].textContent === "ZW20260209001");
      tr.cells[4].firstChild.nodeValue = "许可件";
    });
    await legacy.waitForFunction(() => {
      const tr = [...document.querySelectorAll("#bjlist tbody tr")].find((r) => r.cells[1] && r.cells[1].textContent === "ZW20260209001");
      return tr.getAttribute("data-hall-rules-card") === "green";
    });
  });

  await test("legacy page: after the page reloads its whole list, every row is decorated again", async () => {
    const before = await readLegacy();
    await legacy.click("#legacy-reload");
    await legacy.waitForFunction(() => {
      const rows = [...document.querySelectorAll("#bjlist tbody tr")].filter((tr) => !tr.classList.contains("title") && !tr.classList.contains("pager"));
      return rows.length === 21 && rows.every((tr) => tr.getAttribute("data-hall-rules-card"));
    });
    const after = await readLegacy();
    eq(after.map((r) => [r.id, r.card, r.due]), before.map((r) => [r.id, r.card, r.due]), "rows after the reload");
    eq(after.filter((r) => r.ownCells === 1).length, 21, "rows with exactly one added cell");
    eq(after.map((r) => r.card), expectedCards(after), "cards vs the independent assessment");
    eq(await legacy.locator('#bjlist th[data-hall-rules="head"]').count(), 1, "added header cells");
  });

  await test("legacy page (English badges): ?lang=en", async () => {
    await legacy.goto(`${origin}/legacy.html?lang=en`, { timeout: TIMEOUT });
    await legacy.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    const rows = new Map((await readLegacy()).map((r) => [r.id, r]));
    eq([rows.get("ZW20260209001").badge, rows.get("ZW20260224001").badge, rows.get("ZW20260226002").badge], ["Red card", "Green card", "Green card"], "badge texts");
    eq((await legacy.textContent('#bjlist th[data-hall-rules="head"]')).trim(), "Deadline", "added header cell");
    expect(rows.get("ZW20260224001").title.includes("Due 2026-02-27 17:30 (Beijing time)"), rows.get("ZW20260224001").title);
    expect(!/[\u4e00-\u9fff]/.test(rows.get("ZW20260226XSS").due.replace(/<img[^>]*>/, "")), `the engine's message is not English: ${rows.get("ZW20260226XSS").due}`);
    const spoken = (await legacy.locator("#bjlist tr", { hasText: "ZW20260209001" }).locator('[data-hall-rules="cell"]').ariaSnapshot()).trim();
    expect(/^- cell "Red card, overdue by \d+ working days, due by 2026-02-12 17:30 \(Beijing time\)"$/.test(spoken), spoken);
    eq(describeViolations(await axeViolations(legacy)), [], "axe-core violations (English)");
    const g = await readGrouped();
    eq(g.headCells.map((h) => [h.text, h.rowSpan]), [["Deadline", 2]], "the grouped table's added header cell");
    eq(g.body.filter((r) => r.startsCase).map((r) => r.badge), ["Red card", "Red card", "Green card", "Green card", "Green card", "Green card", "Green card", "Red card", "Green card", "Green card", "Green card"], "the grouped table's badges");
  });
  await legacy.screenshot({ path: join(shots, "legacy-en.png"), fullPage: true });
  await legacy.close();

  // ------------------------------------------------------------------ the whole run
  await test("no request left 127.0.0.1", async () => {
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:"));
    expect(requests.length > 5, `only ${requests.length} requests recorded`);
    eq(outside, [], "requests outside the demo's origin");
  });
  await test("no console errors, uncaught exceptions or dialogs", async () => {
    eq(problems, [], "problems");
  });
  console.log(`       (${requests.length} requests, all to ${origin}; screenshots in ${shots})`);
  void serverLog;
} catch (e) {
  record("e2e run", false, e && e.stack ? e.stack : String(e));
} finally {
  if (browser) await browser.close().catch(() => {});
  cleanup();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`\ne2e took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
