/*
 * hall-rules table decorator: adds a card badge (绿牌/黄牌/红牌) and the due time to each row of
 * an existing portal table, in place, and keeps them up to date when the page changes its rows.
 *
 * This is the one source of decorate(). scripts/assemble-package.mjs wraps it three ways:
 * decorate.js (ES module), decorate.cjs (CommonJS) and inside loader.js (classic pages). So it
 * is written as plain ES5 (var, function, no arrow functions), defines one name,
 * `hallRulesDecorate`, and uses no module syntax.
 *
 * Plain DOM only: elements are made with createElement and filled with textContent or
 * setAttribute. No data ever reaches an HTML parser (no innerHTML).
 */
var hallRulesDecorate = (function () {
  "use strict";

  /** Every element decorate() adds carries this attribute: its cells are skipped when reading. */
  var MARK = "data-hall-rules";

  var LABELS = {
    "zh-CN": {
      header: "时限预警",
      green: "绿牌",
      yellow: "黄牌",
      red: "红牌",
      none: "无法判定",
      caseLabel: "办件",
      dueLabel: "办结时限",
      timeZone: "北京时间",
      provisional: "暂定",
      paused: "暂停计时",
      open: "（",
      close: "）",
      sep: "，",
      status: {
        on_track: "正常办理",
        warning: "临近时限",
        overdue: "已超期",
        done_on_time: "按时办结",
        done_late: "超期办结",
        invalid: "数据有误",
      },
    },
    en: {
      header: "Deadline",
      green: "Green",
      yellow: "Yellow",
      red: "Red",
      none: "Invalid",
      caseLabel: "Case",
      dueLabel: "due",
      timeZone: "Beijing time",
      provisional: "provisional",
      paused: "paused",
      open: " (",
      close: ")",
      sep: ", ",
      status: {
        on_track: "on track",
        warning: "due soon",
        overdue: "overdue",
        done_on_time: "done on time",
        done_late: "done late",
        invalid: "invalid data",
      },
    },
  };

  /** Background and text colours (contrast ≥ 4.5:1). */
  var COLORS = {
    green: ["#1b7f3b", "#ffffff"],
    yellow: ["#f5c518", "#3d2f00"],
    red: ["#c62828", "#ffffff"],
    none: ["#6b6b6b", "#ffffff"],
  };

  function fail(code, path, message) {
    var e = new Error(message);
    e.code = code;
    e.path = path;
    return e;
  }

  function isOwn(el) {
    return !!(el && el.nodeType === 1 && el.hasAttribute(MARK));
  }

  /** True when the node sits inside an element decorate() added (up to the table). */
  function insideOwn(node, table) {
    while (node && node !== table) {
      if (isOwn(node)) return true;
      node = node.parentNode;
    }
    return false;
  }

  function ownCell(tr) {
    for (var i = 0; i < tr.cells.length; i++) if (isOwn(tr.cells[i])) return tr.cells[i];
    return null;
  }

  /** The row's own cells: the page's cells, without the ones decorate() added. */
  function dataCells(tr) {
    var out = [];
    for (var i = 0; i < tr.cells.length; i++) if (!isOwn(tr.cells[i])) out.push(tr.cells[i]);
    return out;
  }

  function text(node) {
    return String(node.textContent || "").replace(/\s+/g, " ").replace(/^ | $/g, "");
  }

  function allHeaderCells(tr) {
    var cells = dataCells(tr);
    if (cells.length === 0) return false;
    for (var i = 0; i < cells.length; i++) if (cells[i].tagName !== "TH") return false;
    return true;
  }

  /** The header row: options.headerRow, else the last row of <thead>, else the first all-<th> row. */
  function findHeader(table, spec) {
    if (spec != null && typeof spec === "object") return spec;
    if (typeof spec === "number") return table.rows[spec] || null;
    if (table.tHead && table.tHead.rows.length) return table.tHead.rows[table.tHead.rows.length - 1];
    for (var i = 0; i < table.rows.length; i++) {
      if (allHeaderCells(table.rows[i])) return table.rows[i];
    }
    return null;
  }

  /** The body rows of this table (not of nested tables), without header rows. */
  function bodyRows(table, header) {
    var out = [];
    for (var b = 0; b < table.tBodies.length; b++) {
      var rows = table.tBodies[b].rows;
      for (var r = 0; r < rows.length; r++) {
        var tr = rows[r];
        if (tr === header || allHeaderCells(tr)) continue;
        out.push(tr);
      }
    }
    return out;
  }

  /** A column given as a 0-based index (own cells not counted) or as its header text. */
  function column(spec, header, name) {
    if (spec == null) return -1;
    if (typeof spec === "number") {
      if (spec >= 0 && Math.floor(spec) === spec) return spec;
      throw fail("invalid_column", name, name + " must be a column index (0, 1, …) or its header text");
    }
    var want = String(spec).replace(/\s+/g, " ").replace(/^ | $/g, "");
    var cells = header ? dataCells(header) : [];
    var i;
    for (i = 0; i < cells.length; i++) if (text(cells[i]) === want) return i;
    for (i = 0; i < cells.length; i++) if (want && text(cells[i]).indexOf(want) >= 0) return i;
    throw fail("column_not_found", name, name + ": no header cell reads \u201c" + want + "\u201d");
  }

  /** "2026/2/12 10:00", "2026.02.12 10:00", "2026年2月12日 10:00" → "2026-02-12T10:00". */
  function instant(value) {
    var m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
    if (!m) return value;
    var out = m[1] + "-" + pad(m[2]) + "-" + pad(m[3]);
    if (m[4] != null) out += "T" + pad(m[4]) + ":" + m[5] + (m[6] != null ? ":" + m[6] : "");
    return out;
  }

  function pad(s) {
    s = String(s);
    return s.length < 2 ? "0" + s : s;
  }

  function readCells(tr, cols) {
    var cells = dataCells(tr);
    function at(i) {
      return i >= 0 && i < cells.length ? text(cells[i]) : "";
    }
    var id = at(cols.id);
    var category = at(cols.category);
    var received = at(cols.received);
    if (!id && !category && !received) return null; // a spacer, a footer, an empty row
    var c = { category: category, receivedAt: instant(received) };
    if (cols.id >= 0) c.id = id;
    return c;
  }

  /** "2026-02-24T17:30:00+08:00" → "2026-02-24 17:30" (the engine always answers in Beijing time). */
  function shortTime(iso) {
    var m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso || "");
    return m ? m[1] + " " + m[2] : String(iso || "");
  }

  function labelsFor(locale, overrides) {
    var base = LABELS[/^en/i.test(locale || "") ? "en" : "zh-CN"];
    var out = {};
    var k;
    for (k in base) if (Object.prototype.hasOwnProperty.call(base, k)) out[k] = base[k];
    if (overrides) {
      for (k in overrides) {
        if (!Object.prototype.hasOwnProperty.call(overrides, k)) continue;
        if (k === "status") {
          var st = {};
          var s;
          for (s in base.status) if (Object.prototype.hasOwnProperty.call(base.status, s)) st[s] = base.status[s];
          for (s in overrides.status) if (Object.prototype.hasOwnProperty.call(overrides.status, s)) st[s] = overrides.status[s];
          out.status = st;
        } else {
          out[k] = overrides[k];
        }
      }
    }
    return out;
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
  }

  function element(doc, tag, role, className) {
    var el = doc.createElement(tag);
    el.setAttribute(MARK, role);
    if (className) el.className = className;
    return el;
  }

  function renderRow(doc, tr, report, L, styles) {
    var cell = ownCell(tr);
    if (!cell) {
      cell = element(doc, "td", "cell", "hall-rules-cell");
      tr.appendChild(cell);
    }
    clear(cell);
    var card = report.card || "none";
    var status = report.status;
    var statusText = L.status[status] || status;

    var badge = element(doc, "span", "badge", "hall-rules-badge hall-rules-card-" + card);
    badge.setAttribute("data-card", card);
    badge.setAttribute("data-status", status);
    badge.textContent = L[card];

    var due = element(doc, "span", "due", "hall-rules-due");
    var title = [];
    if (report.id != null && report.id !== "") title.push(L.caseLabel + " " + report.id);
    title.push(statusText);
    if (report.dueAt) {
      var notes = [];
      if (report.provisional) notes.push(L.provisional);
      if (report.paused) notes.push(L.paused);
      due.textContent = shortTime(report.dueAt) + (notes.length ? L.open + notes.join(L.sep) + L.close : "");
      due.setAttribute("data-due", report.dueAt);
      title.push(L.dueLabel + " " + shortTime(report.dueAt) + L.open + L.timeZone + L.close);
    } else {
      var messages = [];
      for (var i = 0; i < (report.findings || []).length; i++) messages.push(report.findings[i].message);
      due.textContent = messages.length ? messages[0] : statusText;
      if (messages.length) title.push(messages.join(" "));
    }
    badge.setAttribute("title", title.join(" · "));

    if (styles) {
      var c = COLORS[card] || COLORS.none;
      cell.style.whiteSpace = "nowrap";
      badge.style.display = "inline-block";
      badge.style.padding = "0 6px";
      badge.style.marginRight = "6px";
      badge.style.borderRadius = "3px";
      badge.style.fontSize = "12px";
      badge.style.lineHeight = "18px";
      badge.style.fontWeight = "bold";
      badge.style.background = c[0];
      badge.style.color = c[1];
      due.style.fontSize = "12px";
      if (!report.dueAt) due.style.whiteSpace = "normal";
    }
    cell.appendChild(badge);
    cell.appendChild(due);
    tr.setAttribute("data-hall-rules-card", card);
    tr.setAttribute("data-hall-rules-status", status);
  }

  function undecorateRow(tr) {
    var cell = ownCell(tr);
    if (cell) tr.removeChild(cell);
    tr.removeAttribute("data-hall-rules-card");
    tr.removeAttribute("data-hall-rules-status");
  }

  function ensureHeader(doc, header, L) {
    if (!header) return;
    var cells = header.cells;
    for (var i = 0; i < cells.length; i++) {
      if (isOwn(cells[i])) {
        if (cells[i].textContent !== L.header) cells[i].textContent = L.header;
        return;
      }
    }
    var th = element(doc, "th", "head", "hall-rules-head");
    th.setAttribute("scope", "col");
    th.textContent = L.header;
    header.appendChild(th);
  }

  function removeOwn(table) {
    var own = table.querySelectorAll("[" + MARK + "]");
    for (var i = 0; i < own.length; i++) {
      // Only this table's cells, not those of a nested table decorated on its own.
      if (own[i].parentNode && own[i].parentNode.parentNode && closestTable(own[i]) === table) {
        own[i].parentNode.removeChild(own[i]);
      }
    }
    var rows = table.rows;
    for (var r = 0; r < rows.length; r++) {
      rows[r].removeAttribute("data-hall-rules-card");
      rows[r].removeAttribute("data-hall-rules-status");
    }
  }

  function closestTable(node) {
    while (node && node.tagName !== "TABLE") node = node.parentNode;
    return node;
  }

  function engineLocale(engine) {
    try {
      return typeof engine.locale === "string" ? engine.locale : null;
    } catch (e) {
      return null;
    }
  }

  /**
   * decorate(table, options) → { refresh(), disconnect(removeCells?), result, ready, table }
   * options: engine (required), idColumn / categoryColumn / receivedColumn (index or header
   * text) or readRow(tr) → case | null, now() → instant, locale, headerRow, debounce (ms),
   * observe (default true), styles (default true), labels, onUpdate(batch, rows), onError(err).
   */
  function decorate(table, options) {
    if (!table || table.nodeType !== 1 || table.tagName !== "TABLE") {
      throw fail("invalid_table", "table", "decorate() needs a <table> element");
    }
    options = options || {};
    var engine = options.engine;
    if (!engine || typeof engine.assessDeadlines !== "function") {
      throw fail("missing_engine", "options.engine", "decorate() needs options.engine (a hall-rules Engine)");
    }
    var readRow = options.readRow;
    if (readRow != null && typeof readRow !== "function") {
      throw fail("invalid_option", "options.readRow", "options.readRow must be a function");
    }
    if (!readRow && (options.categoryColumn == null || options.receivedColumn == null)) {
      throw fail("missing_columns", "options", "decorate() needs categoryColumn and receivedColumn, or readRow");
    }
    var doc = table.ownerDocument;
    var view = doc.defaultView || (typeof window !== "undefined" ? window : null);
    var L = labelsFor(options.locale || engineLocale(engine) || "zh-CN", options.labels);
    var styles = options.styles !== false;
    var wait = typeof options.debounce === "number" && options.debounce >= 0 ? options.debounce : 50;
    var maxWait = Math.max(wait * 10, 500);
    var Observer = view && view.MutationObserver;
    var observer = null;
    var timer = null;
    var firstQueued = 0;
    var stopped = false;
    var last = null;

    function watch() {
      if (observer && !stopped) observer.observe(table, { childList: true, subtree: true, characterData: true });
    }

    function refresh() {
      var header = findHeader(table, options.headerRow);
      var cols = null;
      if (!readRow) {
        cols = {
          id: column(options.idColumn, header, "idColumn"),
          category: column(options.categoryColumn, header, "categoryColumn"),
          received: column(options.receivedColumn, header, "receivedColumn"),
        };
      }
      var rows = bodyRows(table, header);
      var picked = [];
      var skipped = [];
      var cases = [];
      for (var i = 0; i < rows.length; i++) {
        var c = readRow ? readRow(rows[i]) : readCells(rows[i], cols);
        if (c == null) {
          skipped.push(rows[i]);
        } else {
          picked.push(rows[i]);
          cases.push(c);
        }
      }
      var now = typeof options.now === "function" ? options.now() : undefined;
      // One batch for the whole table.
      var batch = engine.assessDeadlines(cases, now);

      // Our own writes must not wake the observer: stop it, write, watch again.
      if (observer) {
        observer.takeRecords();
        observer.disconnect();
      }
      try {
        ensureHeader(doc, header, L);
        for (var r = 0; r < picked.length; r++) renderRow(doc, picked[r], batch.reports[r], L, styles);
        for (var s = 0; s < skipped.length; s++) undecorateRow(skipped[s]);
      } finally {
        watch();
      }
      last = batch;
      if (typeof options.onUpdate === "function") options.onUpdate(batch, picked);
      return batch;
    }

    function report(err) {
      if (typeof options.onError === "function") options.onError(err);
      else if (typeof console !== "undefined" && console.error) console.error("hall-rules decorate():", err);
    }

    function fire() {
      timer = null;
      firstQueued = 0;
      if (stopped) return;
      try {
        refresh();
      } catch (err) {
        report(err);
      }
    }

    function schedule() {
      var now = Date.now();
      if (!firstQueued) firstQueued = now;
      if (timer) clearTimeout(timer);
      // Trailing debounce, but never later than maxWait after the first change.
      timer = setTimeout(fire, now - firstQueued >= maxWait ? 0 : wait);
    }

    var first = refresh();

    if (Observer && options.observe !== false) {
      observer = new Observer(function (records) {
        for (var i = 0; i < records.length; i++) {
          if (!insideOwn(records[i].target, table)) {
            schedule();
            return;
          }
        }
      });
      watch();
    }

    var handle = {
      table: table,
      /** Reads the rows again and re-decorates them now; returns the batch. */
      refresh: function () {
        if (timer) {
          clearTimeout(timer);
          timer = null;
          firstQueued = 0;
        }
        try {
          return refresh();
        } finally {
          if (stopped && observer) observer.disconnect();
        }
      },
      /** Stops watching the table; with `true`, also removes every cell decorate() added. */
      disconnect: function (removeCells) {
        stopped = true;
        if (timer) clearTimeout(timer);
        timer = null;
        if (observer) observer.disconnect();
        if (removeCells) removeOwn(table);
      },
      ready: typeof Promise === "function" ? Promise.resolve(first) : null,
    };
    Object.defineProperty(handle, "result", {
      enumerable: true,
      get: function () {
        return last;
      },
    });
    return handle;
  }

  decorate.LABELS = LABELS;
  decorate.MARK = MARK;
  return decorate;
})();
