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
 *
 * Columns are read on the table's grid, as the HTML table model lays it out: rowspan and colspan
 * are expanded over all header rows (a grouped heading such as 办件信息 over 受理时间 / 事项类别)
 * and over the body rows, so a column is the leaf header cell's grid column and a body value is
 * the cell over that column, wherever it starts. The added header cell spans all header rows; a
 * pager, total or group-heading row is not a case and is kept as wide as the table.
 */
var hallRulesDecorate = (function () {
  "use strict";

  /** Every element decorate() adds carries this attribute: its cells are skipped when reading. */
  var MARK = "data-hall-rules";

  // The card and status words are the engine's (engine.deadlineLabels()), so a badge, a filter and
  // a message name a state the same way; these are the same words, for an engine without that
  // method. A test checks that both agree.
  var LABELS = {
    "zh-CN": {
      header: "时限预警",
      green: "绿牌",
      yellow: "黄牌",
      red: "红牌",
      done_on_time: "按期办结",
      done_late: "超期办结",
      none: "数据有误",
      caseLabel: "办件",
      dueLabel: "到期时间",
      timeZone: "北京时间",
      provisional: "暂定",
      paused: "暂停计时",
      open: "（",
      close: "）",
      sep: "，",
      // Between a label and a number: none in Chinese (到期时间2026-02-24 17:30), a space in English.
      gap: "",
      spoken: {
        overdueBy: "已超期{n}个工作日",
        overdueByOne: "已超期1个工作日",
        remaining: "剩余{n}个工作日",
        remainingOne: "剩余1个工作日",
        dueToday: "今日截止",
        dueBy: "应于{due}前办结（北京时间）",
        separator: "，",
      },
      status: {
        on_track: "正常办理",
        warning: "即将到期",
        overdue: "已超期",
        done_on_time: "按期办结",
        done_late: "超期办结",
        invalid: "数据有误",
      },
    },
    en: {
      header: "Deadline",
      green: "Green card",
      yellow: "Yellow card",
      red: "Red card",
      done_on_time: "Done on time",
      done_late: "Done late",
      none: "Invalid data",
      caseLabel: "Case",
      dueLabel: "Due",
      timeZone: "Beijing time",
      provisional: "provisional",
      paused: "clock paused",
      open: " (",
      close: ")",
      sep: ", ",
      gap: " ",
      spoken: {
        overdueBy: "overdue by {n} working days",
        overdueByOne: "overdue by 1 working day",
        remaining: "{n} working days left",
        remainingOne: "1 working day left",
        dueToday: "last working day",
        dueBy: "due by {due} (Beijing time)",
        separator: ", ",
      },
      status: {
        on_track: "On track",
        warning: "Due soon",
        overdue: "Overdue",
        done_on_time: "Done on time",
        done_late: "Done late",
        invalid: "Invalid data",
      },
    },
  };

  /** Whether the engine speaks the language the badges are in (its words can be shown). */
  function speaks(engine, locale) {
    var own = engineLocale(engine);
    return !locale || !own || /^en/i.test(locale) === /^en/i.test(own);
  }

  /** The engine's own words for cards and statuses, when it is in the locale asked for. */
  function engineLabels(engine, locale) {
    if (typeof engine.deadlineLabels !== "function" || !speaks(engine, locale)) return null;
    try {
      var d = engine.deadlineLabels();
      if (!d || !d.cards || !d.statuses) return null;
      return {
        green: d.cards.green,
        yellow: d.cards.yellow,
        red: d.cards.red,
        done_on_time: d.statuses.done_on_time,
        done_late: d.statuses.done_late,
        none: d.statuses.invalid,
        dueLabel: d.dueAt,
        provisional: d.provisional,
        paused: d.paused,
        status: d.statuses,
        spoken: d.spoken,
      };
    } catch (e) {
      return null;
    }
  }


  /**
   * Background, text and border colours (contrast ≥ 4.5:1). A finished case has a light badge
   * with a border, so it never looks like the solid card of an open one.
   */
  var COLORS = {
    green: ["#1b7f3b", "#ffffff", "#1b7f3b"],
    yellow: ["#f5c518", "#3d2f00", "#f5c518"],
    red: ["#c62828", "#ffffff", "#c62828"],
    done_on_time: ["#ffffff", "#1b5e20", "#1b7f3b"],
    done_late: ["#ffffff", "#a31515", "#c62828"],
    none: ["#6b6b6b", "#ffffff", "#6b6b6b"],
  };

  /** On a page cell whose colspan decorate() widened by one: the colspan the page gave it. */
  var WIDE = "data-hall-rules-colspan";

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

  /** The colspan the page gave a cell (without the column decorate() may have added to it). */
  function pageSpan(cell) {
    var span = cell.colSpan;
    if (!(span >= 1)) span = 1;
    var was = cell.getAttribute(WIDE);
    if (was != null && span === Number(was) + 1) return span - 1;
    return span;
  }

  /**
   * The grid of a row group, as the HTML table model lays it out: slots[r][c] is the slot
   * { cell, row, col, rowSpan, colSpan } of the page's cell that covers row r, column c (rowspan
   * and colspan expanded, rowspan clipped to the group; the cells decorate() added left out).
   */
  function layout(rows) {
    var slots = [];
    var r;
    for (r = 0; r < rows.length; r++) slots.push([]);
    for (r = 0; r < rows.length; r++) {
      var col = 0;
      var cells = rows[r].cells;
      for (var i = 0; i < cells.length; i++) {
        var cell = cells[i];
        if (isOwn(cell)) continue;
        while (slots[r][col]) col++;
        var cs = pageSpan(cell);
        var rs = cell.rowSpan;
        if (!(rs >= 1) || rs > rows.length - r) rs = rows.length - r; // rowspan="0": to the group's end
        var slot = { cell: cell, row: r, col: col, rowSpan: rs, colSpan: cs };
        for (var y = r; y < r + rs; y++) {
          for (var x = col; x < col + cs; x++) if (!slots[y][x]) slots[y][x] = slot;
        }
        col += cs;
      }
    }
    return slots;
  }

  /** The table's rows by row group (thead, each tbody, tfoot, rows placed directly in the table), each with its grid. */
  function rowGroups(table) {
    var out = [];
    var rows = table.rows;
    var cur = null;
    for (var i = 0; i < rows.length; i++) {
      var parent = rows[i].parentNode;
      if (!cur || cur.parent !== parent) {
        cur = { parent: parent, tag: parent ? parent.tagName : "", rows: [], slots: null };
        out.push(cur);
      }
      cur.rows.push(rows[i]);
    }
    for (var g = 0; g < out.length; g++) out[g].slots = layout(out[g].rows);
    return out;
  }

  /** True when a cell of rows from..(r - 1) reaches down into row r. */
  function reachedFrom(slots, r, from) {
    var row = slots[r];
    for (var c = 0; c < row.length; c++) if (row[c] && row[c].row < r && row[c].row >= from) return true;
    return false;
  }

  /** The header block around row `index`: the rows its rowspans join, and the all-<th> rows below (and above, if `up`). */
  function headerBlock(group, index, up) {
    var start = index;
    var end = index;
    while (start > 0 && ((up && allHeaderCells(group.rows[start - 1])) || reachedFrom(group.slots, start, 0))) start--;
    while (end + 1 < group.rows.length && (allHeaderCells(group.rows[end + 1]) || reachedFrom(group.slots, end + 1, start))) end++;
    return { group: group, start: start, end: end };
  }

  /** A row of one cell over two columns or more (a table title above the column headings). */
  function titleRow(row, r) {
    var slot = row[0];
    return !!(slot && slot.row === r && slot.rowSpan === 1 && slot.colSpan >= 2 && row.length === slot.colSpan);
  }

  /**
   * The header: rows start..end of one row group, of which the leading title rows (one cell
   * each) are kept out of the grid: the columns start at row `first`. options.headerRow names
   * one of its rows; by default it is the whole <thead>, else the first all-<th> row and the rows
   * joined to it.
   */
  function findHeader(table, groups, spec) {
    var head = findHeaderRows(table, groups, spec);
    if (head) {
      head.first = head.start;
      while (head.first < head.end && titleRow(head.group.slots[head.first], head.first)) head.first++;
    }
    return head;
  }

  function findHeaderRows(table, groups, spec) {
    var g, r;
    if (typeof spec === "number") spec = table.rows[spec] || null;
    else if (spec == null || typeof spec !== "object") spec = undefined;
    if (spec === null) return null;
    if (spec !== undefined) {
      for (g = 0; g < groups.length; g++) {
        for (r = 0; r < groups[g].rows.length; r++) {
          if (groups[g].rows[r] !== spec) continue;
          if (groups[g].tag === "THEAD") return { group: groups[g], start: 0, end: groups[g].rows.length - 1 };
          return headerBlock(groups[g], r, true);
        }
      }
      // A row outside the table: its cells name the columns.
      return { group: { parent: null, tag: "", rows: [spec], slots: layout([spec]) }, start: 0, end: 0 };
    }
    for (g = 0; g < groups.length; g++) {
      if (groups[g].tag === "THEAD" && groups[g].parent === table.tHead) return { group: groups[g], start: 0, end: groups[g].rows.length - 1 };
    }
    for (g = 0; g < groups.length; g++) {
      for (r = 0; r < groups[g].rows.length; r++) {
        if (allHeaderCells(groups[g].rows[r])) return headerBlock(groups[g], r, false);
      }
    }
    return null;
  }

  /** The header's grid: its width and, per column, the lowest header cell over it (the leaf). */
  function headerGrid(head) {
    var width = 0;
    var r;
    for (r = head.first; r <= head.end; r++) width = Math.max(width, head.group.slots[r].length);
    var leaves = [];
    for (var c = 0; c < width; c++) {
      var leaf = null;
      for (r = head.end; r >= head.first && !leaf; r--) leaf = head.group.slots[r][c] || null;
      leaves.push(leaf);
    }
    return { width: width, leaves: leaves };
  }

  /** The width of a table without a header: its widest row that is more than one spanning cell. */
  function bodyWidth(groups) {
    var wide = 0;
    var any = 0;
    for (var g = 0; g < groups.length; g++) {
      for (var r = 0; r < groups[g].slots.length; r++) {
        var row = groups[g].slots[r];
        any = Math.max(any, row.length);
        if (row.length && row[0] !== row[row.length - 1]) wide = Math.max(wide, row.length);
      }
    }
    return wide || any;
  }

  /**
   * A column given as a 0-based grid column (colspans counted, own cells not) or as its header
   * text, matched against the leaf header cells (exact first, then contained).
   */
  function column(spec, grid, name) {
    if (spec == null) return -1;
    if (typeof spec === "number") {
      if (spec >= 0 && Math.floor(spec) === spec) return spec;
      throw fail("invalid_column", name, name + " 应为列序号（0、1……）或表头文字 / " + name + " must be a column index (0, 1, …) or its header text");
    }
    var want = String(spec).replace(/\s+/g, " ").replace(/^ | $/g, "");
    var leaves = [];
    var at = [];
    var i;
    if (grid) {
      for (i = 0; i < grid.leaves.length; i++) {
        if (grid.leaves[i] && (i === 0 || grid.leaves[i] !== grid.leaves[i - 1])) {
          leaves.push(text(grid.leaves[i].cell));
          at.push(i);
        }
      }
    }
    for (i = 0; i < leaves.length; i++) if (leaves[i] === want) return at[i];
    for (i = 0; i < leaves.length; i++) if (want && leaves[i].indexOf(want) >= 0) return at[i];
    throw fail("column_not_found", name, name + "：没有表头为\u201c" + want + "\u201d的列 / " + name + ": no header cell reads \u201c" + want + "\u201d");
  }

  /** The columns decorate() reads (those given), as grid columns. */
  function readColumns(cols) {
    var out = [];
    for (var i = 0; i < cols.length; i++) out.push(cols[i].col);
    return out;
  }

  /** Two of the columns decorate() reads fall into one cell: a pager, a total, a group heading. */
  function sharedCell(row, cols) {
    var list = readColumns(cols);
    for (var i = 0; i < list.length; i++) {
      for (var j = i + 1; j < list.length; j++) {
        if (list[i] !== list[j] && row[list[i]] && row[list[i]] === row[list[j]]) return true;
      }
    }
    return false;
  }

  /** Every column decorate() reads comes from a cell of the rows since `from` (its rowspan): the case goes on. */
  function carriedFrom(row, r, from, cols) {
    var list = readColumns(cols);
    for (var i = 0; i < list.length; i++) {
      var slot = row[list[i]];
      if (!slot || slot.row >= r || slot.row < from) return false;
    }
    return true;
  }

  /** One page cell that starts in this row and spans all of its ≥ 2 columns (a pager, a group heading). */
  function spanningRow(row, r, width) {
    var slot = row[0];
    return !!(slot && slot.row === r && slot.colSpan >= 2 && slot.colSpan >= width && row[row.length - 1] === slot);
  }

  /** Sets `record.a.b` = value for the field path "a.b". */
  function put(record, field, value) {
    var parts = field.split(".");
    var at = record;
    for (var i = 0; i < parts.length - 1; i++) {
      var next = at[parts[i]];
      if (next == null || typeof next !== "object") next = at[parts[i]] = {};
      at = next;
    }
    at[parts[parts.length - 1]] = value;
  }

  /**
   * A case from the row's grid slots: each column's cell text under its field name, as the page
   * shows it. The engine reads the values (dates as portals write them, limits such as
   * 10个工作日, an empty cell as absent) and applies its field and value maps.
   */
  function readCells(row, cols) {
    var record = {};
    var any = false;
    for (var i = 0; i < cols.length; i++) {
      var c = cols[i].col;
      var value = c >= 0 && row[c] ? text(row[c].cell) : "";
      if (value) any = true;
      put(record, cols[i].field, value);
    }
    return any ? record : null; // a spacer, a footer, an empty row
  }

  /** "2026-02-24T17:30:00+08:00" → "2026-02-24 17:30" (the engine always answers in Beijing time). */
  function shortTime(iso) {
    var m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso || "");
    return m ? m[1] + " " + m[2] : String(iso || "");
  }

  /**
   * The decorated cell's name for a screen reader, in words the engine gives (no judgement of
   * its own): 红牌，已超期2个工作日，应于2026-02-24 17:30前办结（北京时间）.
   */
  function spokenName(report, L, badgeText, statusText, notes) {
    var S = L.spoken;
    var fill = function (text, n, due) {
      return String(text).split("{n}").join(String(n)).split("{due}").join(due);
    };
    var status = report.status;
    var open = status === "on_track" || status === "warning" || status === "overdue";
    var parts = [badgeText];
    var late = report.overdueBy && report.overdueBy.workingDays;
    var left = report.remainingWorkingDays;
    if (status === "overdue" && late >= 1) parts.push(late === 1 ? S.overdueByOne : fill(S.overdueBy, late, ""));
    else if (open && status !== "overdue" && typeof left === "number" && left >= 0) {
      // The days left say the state (即将到期 and 今日到期 twice would be one thing said twice).
      parts.push(left === 0 ? S.dueToday : left === 1 ? S.remainingOne : fill(S.remaining, left, ""));
    } else if (statusText !== badgeText) parts.push(statusText);
    if (report.dueAt) {
      // 暂定 and 暂停计时 qualify the due time, so they come before it.
      for (var i = 0; i < notes.length; i++) parts.push(notes[i]);
      var due = shortTime(report.dueAt);
      parts.push(open ? fill(S.dueBy, "", due) : L.dueLabel + L.gap + due + L.open + L.timeZone + L.close);
    } else if (report.findings && report.findings.length) {
      parts.push(report.findings[0].message);
    }
    // Mid-sentence, an English word starts in lower case (Overdue → overdue); Chinese is as is.
    for (var j = 1; j < parts.length; j++) {
      if (/^[A-Z][a-z]/.test(parts[j])) parts[j] = parts[j].charAt(0).toLowerCase() + parts[j].slice(1);
    }
    return parts.join(S.separator);
  }

  function labelsFor(locale, overrides, fromEngine) {
    var base = LABELS[/^en/i.test(locale || "") ? "en" : "zh-CN"];
    if (fromEngine) base = merged(base, fromEngine);
    return merged(base, overrides);
  }

  function merged(base, overrides) {
    var out = {};
    var k;
    for (k in base) if (Object.prototype.hasOwnProperty.call(base, k)) out[k] = base[k];
    if (overrides) {
      for (k in overrides) {
        if (!Object.prototype.hasOwnProperty.call(overrides, k)) continue;
        if (k === "status" || k === "spoken") {
          var st = {};
          var s;
          for (s in base[k]) if (Object.prototype.hasOwnProperty.call(base[k], s)) st[s] = base[k][s];
          for (s in overrides[k]) if (Object.prototype.hasOwnProperty.call(overrides[k], s)) st[s] = overrides[k][s];
          out[k] = st;
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

  /** Removes the row's added cells other than one of `role` (none if null), and returns that one. */
  function keepOwn(tr, role) {
    var kept = null;
    var own = [];
    for (var i = 0; i < tr.cells.length; i++) if (isOwn(tr.cells[i])) own.push(tr.cells[i]);
    for (var j = 0; j < own.length; j++) {
      if (!kept && role && own[j].getAttribute(MARK) === role) kept = own[j];
      else tr.removeChild(own[j]);
    }
    return kept;
  }

  /** Gives a widened cell back the colspan the page gave it (unless the page has changed it since). */
  function unwiden(cell) {
    var was = cell.getAttribute(WIDE);
    if (was == null) return;
    if (cell.colSpan === Number(was) + 1) cell.colSpan = Number(was);
    cell.removeAttribute(WIDE);
  }

  function unwidenRow(tr, except) {
    for (var i = 0; i < tr.cells.length; i++) if (tr.cells[i] !== except) unwiden(tr.cells[i]);
  }

  function setRowSpan(cell, n) {
    if (n > 1) {
      if (cell.rowSpan !== n) cell.rowSpan = n;
    } else if (cell.hasAttribute("rowspan")) {
      cell.removeAttribute("rowspan");
    }
  }

  /** `span` > 1: the case goes on over the next rows (its cells span them), so the added cell does too. */
  function renderRow(doc, tr, report, L, styles, span, why) {
    unwidenRow(tr, null);
    var cell = keepOwn(tr, "cell");
    if (!cell) {
      cell = element(doc, "td", "cell", "hall-rules-cell");
      tr.appendChild(cell);
    }
    setRowSpan(cell, span);
    clear(cell);
    var card = report.card || "none";
    var status = report.status;
    var statusText = L.status[status] || status;

    // A finished case shows how it finished, not a card: it needs no action.
    var look = status === "done_on_time" || status === "done_late" ? status : card;
    var badge = element(doc, "span", "badge", "hall-rules-badge hall-rules-card-" + card + " hall-rules-" + look);
    badge.setAttribute("data-card", card);
    badge.setAttribute("data-status", status);
    badge.textContent = L[look] || L[card];

    var due = element(doc, "span", "due", "hall-rules-due");
    var title = [];
    var notes = [];
    if (report.id != null && report.id !== "") title.push(L.caseLabel + L.gap + report.id);
    title.push(statusText);
    if (report.dueAt) {
      if (report.provisional) notes.push(L.provisional);
      if (report.paused) notes.push(L.paused);
      due.textContent = shortTime(report.dueAt) + (notes.length ? L.open + notes.join(L.sep) + L.close : "");
      due.setAttribute("data-due", report.dueAt);
      title.push(L.dueLabel + L.gap + shortTime(report.dueAt) + L.open + L.timeZone + L.close);
    } else {
      var messages = [];
      for (var i = 0; i < (report.findings || []).length; i++) messages.push(report.findings[i].message);
      due.textContent = messages.length ? messages[0] : statusText;
      if (messages.length) title.push(messages.join(" "));
    }
    badge.setAttribute("title", title.join(" · "));
    // The engine's one-line reason (explainDeadline), asked for only when the badge is pointed
    // at: a table of thousands of rows pays nothing for tooltips nobody reads.
    if (why) {
      var explained = false;
      badge.addEventListener("mouseenter", function () {
        if (explained) return;
        explained = true;
        var line = why();
        if (line) badge.setAttribute("title", line + L.sep + title.join(" · "));
      });
    }

    if (styles) {
      var c = COLORS[look] || COLORS.none;
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
      badge.style.border = "1px solid " + c[2];
      due.style.fontSize = "12px";
      if (!report.dueAt) due.style.whiteSpace = "normal";
    }
    // A screen reader reads one sentence for the cell (its name, from its content), not the
    // badge's word and a bare time: the visible parts are hidden from it, the sentence from sight.
    badge.setAttribute("aria-hidden", "true");
    due.setAttribute("aria-hidden", "true");
    var spoken = element(doc, "span", "spoken", "hall-rules-spoken");
    spoken.textContent = spokenName(report, L, badge.textContent, statusText, notes);
    hideVisually(spoken);
    cell.appendChild(badge);
    cell.appendChild(due);
    cell.appendChild(spoken);
    tr.setAttribute("data-hall-rules-card", card);
    tr.setAttribute("data-hall-rules-status", status);
  }

  /** Out of sight, still read (the usual visually-hidden rules, inline: the page has no CSS of ours). */
  function hideVisually(el) {
    var st = el.style;
    st.position = "absolute";
    st.width = "1px";
    st.height = "1px";
    st.padding = "0";
    st.margin = "-1px";
    st.overflow = "hidden";
    st.clip = "rect(0 0 0 0)";
    st.clipPath = "inset(50%)";
    st.whiteSpace = "nowrap";
    st.border = "0";
  }

  /** Not a case: no added cell, nothing widened, no card. */
  function undecorateRow(tr) {
    keepOwn(tr, null);
    unwidenRow(tr, null);
    tr.removeAttribute("data-hall-rules-card");
    tr.removeAttribute("data-hall-rules-status");
  }

  /**
   * A row that is not a case but must stay as wide as the table (a pager, a total, a group
   * heading, a header row repeated in the body): its last cell, if it already spans columns and
   * ends at the table's edge, is widened by one; else, if the row reaches the edge, an empty
   * marked cell is added. Rows already wider, or too short to reach the edge, are left as they are.
   */
  function alignRow(doc, tr, row, r, width) {
    tr.removeAttribute("data-hall-rules-card");
    tr.removeAttribute("data-hall-rules-status");
    var last = width > 0 ? row[width - 1] : null;
    if (row.length > width || width === 0) {
      undecorateRow(tr);
    } else if (last && last.row === r && last.rowSpan === 1 && last.colSpan >= 2 && last.col + last.colSpan === width) {
      keepOwn(tr, null);
      unwidenRow(tr, last.cell);
      if (last.cell.getAttribute(WIDE) !== String(last.colSpan)) last.cell.setAttribute(WIDE, String(last.colSpan));
      if (last.cell.colSpan !== last.colSpan + 1) last.cell.colSpan = last.colSpan + 1;
    } else if (row.length === width) {
      unwidenRow(tr, null);
      var tag = allHeaderCells(tr) ? "th" : "td";
      var cell = keepOwn(tr, "pad");
      if (cell && cell.tagName !== tag.toUpperCase()) {
        tr.removeChild(cell);
        cell = null;
      }
      if (!cell) tr.appendChild(element(doc, tag, "pad", "hall-rules-pad"));
    } else {
      undecorateRow(tr);
    }
  }

  /** The added header cell, in the header's first row (after any title rows), spanning all its rows. */
  function ensureHeader(doc, head, L) {
    var tr = head.group.rows[head.first];
    unwidenRow(tr, null);
    var th = keepOwn(tr, "head");
    if (!th) {
      th = element(doc, "th", "head", "hall-rules-head");
      th.setAttribute("scope", "col");
      tr.appendChild(th);
    }
    if (th.textContent !== L.header) th.textContent = L.header;
    setRowSpan(th, head.end - head.first + 1);
    tr.removeAttribute("data-hall-rules-card");
    tr.removeAttribute("data-hall-rules-status");
  }

  function removeOwn(table) {
    var own = table.querySelectorAll("[" + MARK + "]");
    for (var i = 0; i < own.length; i++) {
      // Only this table's cells, not those of a nested table decorated on its own.
      if (own[i].parentNode && own[i].parentNode.parentNode && closestTable(own[i]) === table) {
        own[i].parentNode.removeChild(own[i]);
      }
    }
    var wide = table.querySelectorAll("[" + WIDE + "]");
    for (var w = 0; w < wide.length; w++) if (closestTable(wide[w]) === table) unwiden(wide[w]);
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

  /**
   * The fields to read and their columns: idColumn / categoryColumn / receivedColumn, then
   * options.columns (any field of a case record, or a portal field of the engine's fieldMap;
   * "a.b" for a nested one). A later entry for the same field wins.
   */
  function fieldColumns(options) {
    var list = [];
    function add(field, spec, name) {
      if (spec == null) return;
      for (var i = 0; i < list.length; i++) {
        if (list[i].field === field) {
          list[i] = { field: field, spec: spec, name: name };
          return;
        }
      }
      list.push({ field: field, spec: spec, name: name });
    }
    add("id", options.idColumn, "idColumn");
    add("category", options.categoryColumn, "categoryColumn");
    add("receivedAt", options.receivedColumn, "receivedColumn");
    var columns = options.columns;
    if (columns) {
      for (var field in columns) {
        if (Object.prototype.hasOwnProperty.call(columns, field)) add(field, columns[field], "columns." + field);
      }
    }
    return list;
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
   * options: engine (required), columns { field: index or header text } and/or idColumn /
   * categoryColumn / receivedColumn, or readRow(tr) → case | null, now (an instant, or a function
   * returning one), locale, headerRow, debounce (ms),
   * observe (default true), styles (default true), labels, onUpdate(batch, rows), onError(err).
   */
  function decorate(table, options) {
    if (!table || table.nodeType !== 1 || table.tagName !== "TABLE") {
      throw fail("invalid_table", "table", "decorate() 需要一个 <table> 元素 / decorate() needs a <table> element");
    }
    options = options || {};
    var engine = options.engine;
    if (!engine || typeof engine.assessDeadlines !== "function") {
      throw fail("missing_engine", "options.engine", "decorate() 需要 options.engine（一个 hall-rules 引擎）/ decorate() needs options.engine (a hall-rules Engine)");
    }
    var nowType = typeof options.now;
    if (options.now != null && nowType !== "function" && nowType !== "string" && nowType !== "number" && !(options.now instanceof Date)) {
      throw fail("invalid_option", "options.now", "options.now 应为返回时间的函数，或一个时间（\"2026-03-10 10:00\"、毫秒时间戳或 Date）/ options.now must be a function returning an instant, or an instant (\"2026-03-10 10:00\", epoch ms or a Date)");
    }
    var readRow = options.readRow;
    if (readRow != null && typeof readRow !== "function") {
      throw fail("invalid_option", "options.readRow", "options.readRow 应为函数 / options.readRow must be a function");
    }
    var columns = options.columns;
    if (columns != null && (typeof columns !== "object" || Array.isArray(columns))) {
      throw fail("invalid_option", "options.columns", "options.columns 应为对象：{ 字段: 列序号或表头文字 } / options.columns must be an object: { field: column index or header text }");
    }
    var wanted = fieldColumns(options);
    // Which fields a record needs is the engine's to say: a row without them shows its finding.
    if (!readRow && wanted.length === 0) {
      throw fail("missing_columns", "options", "decorate() 需要 columns（{ category, receivedAt, … }，或 categoryColumn 与 receivedColumn）或 readRow / decorate() needs columns ({ category, receivedAt, … }, or categoryColumn and receivedColumn), or readRow");
    }
    var doc = table.ownerDocument;
    var view = doc.defaultView || (typeof window !== "undefined" ? window : null);
    var locale = options.locale || engineLocale(engine) || "zh-CN";
    var L = labelsFor(locale, options.labels, engineLabels(engine, locale));
    var styles = options.styles !== false;
    var skipHidden = options.skipHidden === true;
    var wait = typeof options.debounce === "number" && options.debounce >= 0 ? options.debounce : 50;
    var maxWait = Math.max(wait * 10, 500);
    var Observer = view && view.MutationObserver;
    var observer = null;
    var timer = null;
    var firstQueued = 0;
    var stopped = false;
    var last = null;

    function watch() {
      if (!observer || stopped) return;
      var what = { childList: true, subtree: true, characterData: true };
      if (skipHidden) {
        // A filter that hides rows changes these; our own writes never do.
        what.attributes = true;
        what.attributeFilter = ["hidden", "style", "class"];
      }
      observer.observe(table, what);
    }

    function hidden(tr) {
      if (tr.hidden) return true;
      var style = view && view.getComputedStyle ? view.getComputedStyle(tr) : null;
      return !!style && (style.display === "none" || style.visibility === "collapse");
    }

    function refresh() {
      var groups = rowGroups(table);
      var head = findHeader(table, groups, options.headerRow);
      var grid = head ? headerGrid(head) : null;
      var width = grid ? grid.width : bodyWidth(groups);
      var cols = null;
      if (!readRow) {
        cols = [];
        for (var w = 0; w < wanted.length; w++) {
          cols.push({ field: wanted[w].field, col: column(wanted[w].spec, grid, wanted[w].name) });
        }
      }
      var picked = [];
      var spans = [];
      var cases = [];
      var skipped = []; // rows that are not cases: no cell
      var plain = []; // header rows below the first, rows a case goes on over: no cell either
      var aligned = []; // pagers, totals, group headings, repeated headers: kept as wide as the table
      for (var g = 0; g < groups.length; g++) {
        var group = groups[g];
        var caseAt = -1; // the last case of this group: its index in picked, and its row
        var caseRow = -1;
        for (var r = 0; r < group.rows.length; r++) {
          var tr = group.rows[r];
          var row = group.slots[r];
          if (head && group === head.group && r >= head.start && r <= head.end) {
            if (r < head.first) aligned.push({ tr: tr, row: row, r: r });
            else if (r > head.first) plain.push(tr);
            continue;
          }
          if (skipHidden && hidden(tr)) {
            // Not shown: not read, not counted; read again when the page shows it.
            skipped.push(tr);
            caseAt = -1;
            continue;
          }
          var footer = group.tag === "THEAD" || group.tag === "TFOOT" || allHeaderCells(tr);
          if (!footer && !readRow) footer = spanningRow(row, r, width) || sharedCell(row, cols);
          if (!footer && !readRow && caseAt >= 0 && carriedFrom(row, r, caseRow, cols)) {
            spans[caseAt]++;
            plain.push(tr);
            continue;
          }
          var c = footer ? null : readRow ? readRow(tr) : readCells(row, cols);
          caseAt = -1;
          if (c != null) {
            picked.push(tr);
            cases.push(c);
            spans.push(1);
            caseAt = picked.length - 1;
            caseRow = r;
          } else if (footer || (readRow && spanningRow(row, r, width))) {
            aligned.push({ tr: tr, row: row, r: r });
          } else {
            skipped.push(tr);
          }
        }
      }
      // A function is asked at each decoration; an instant is used as it is (the engine reads it).
      var now = typeof options.now === "function" ? options.now() : options.now == null ? undefined : options.now;
      // One batch for the whole table.
      var batch = engine.assessDeadlines(cases, now);

      // Our own writes must not wake the observer: stop it, write, watch again.
      if (observer) {
        observer.takeRecords();
        observer.disconnect();
      }
      try {
        if (head) ensureHeader(doc, head, L);
        var i;
        for (i = 0; i < picked.length; i++) renderRow(doc, picked[i], batch.results[i], L, styles, spans[i], reasonOf(cases[i], now));
        for (i = 0; i < skipped.length; i++) undecorateRow(skipped[i]);
        for (i = 0; i < plain.length; i++) undecorateRow(plain[i]);
        for (i = 0; i < aligned.length; i++) alignRow(doc, aligned[i].tr, aligned[i].row, aligned[i].r, width);
      } finally {
        watch();
      }
      last = batch;
      if (typeof options.onUpdate === "function") options.onUpdate(batch, picked);
      return batch;
    }

    /** The engine's one-line reason for a case's card, when the engine can give it in the
     *  locale the badges are in; errors leave the tooltip as it is. */
    function reasonOf(c, now) {
      if (typeof engine.explainDeadline !== "function" || !speaks(engine, locale)) return null;
      return function () {
        try {
          var trace = engine.explainDeadline(c, now);
          return trace && typeof trace.summary === "string" ? trace.summary : null;
        } catch (e) {
          return null;
        }
      };
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
