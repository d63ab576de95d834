// The legacy portal page's own script, as an old portal would write it (ES5, no modules): it
// asks hall-rules to decorate its case list, and it changes the list the way such pages do
// (a row appended after an "AJAX" call, the whole list reloaded), which decorate() follows.
// A second, static list (人社 cases) has a two-row grouped header, merged cells and a pager row
// in <tfoot>; decorate() finds its columns on the header grid.
(function () {
  var lang = /[?&]lang=en(&|$)/.test(location.search) ? "en" : "zh-CN";
  var NOW = "2026-02-26T10:00:00+08:00"; // the demo's moment, so the cards do not drift with the clock
  var table = document.getElementById("bjlist");
  var status = document.getElementById("legacy-status");
  var summary = document.getElementById("legacy-summary");
  var rsSummary = document.getElementById("rs-summary");
  var counter = 0;

  var TEXT = {
    "zh-CN": { red: "红牌", yellow: "黄牌", green: "绿牌", none: "数据有误", gap: "", unit: "件", ready: "规则引擎已加载（hall-rules {v}，传统脚本方式）。", failed: "规则引擎加载失败：" },
    en: { red: "Red card", yellow: "Yellow card", green: "Green card", none: "Invalid data", gap: " ", unit: "", ready: "Rules engine loaded (hall-rules {v}, classic script).", failed: "The rules engine failed to load: " },
  }[lang];

  function summaryText(batch) {
    var s = batch.summary;
    return (
      TEXT.red + TEXT.gap + s.byCard.red + TEXT.unit + "　" +
      TEXT.yellow + TEXT.gap + s.byCard.yellow + TEXT.unit + "　" +
      TEXT.green + TEXT.gap + s.byCard.green + TEXT.unit + "　" +
      TEXT.none + TEXT.gap + s.byStatus.invalid + TEXT.unit
    );
  }

  function showSummary(batch) {
    summary.textContent = summaryText(batch);
  }

  var handle = HallRules.decorate(table, {
    idColumn: "办件编号",
    categoryColumn: "办件类型",
    receivedColumn: "收件时间",
    locale: lang,
    now: function () {
      return NOW;
    },
    onUpdate: showSummary,
  });
  window.legacyDecorator = handle;

  // The 人社 list: columns named by the leaf cells of its grouped header.
  var rsHandle = HallRules.decorate(document.getElementById("rslist"), {
    idColumn: "受理编号",
    categoryColumn: "事项类别",
    receivedColumn: "受理时间",
    locale: lang,
    now: function () {
      return NOW;
    },
    onUpdate: function (batch) {
      rsSummary.textContent = summaryText(batch);
    },
  });
  window.rsDecorator = rsHandle;

  handle.ready
    .then(function () {
      return rsHandle.ready;
    })
    .then(
      function () {
        status.textContent = TEXT.ready.replace("{v}", HallRules.version);
        document.body.setAttribute("data-ready", "true");
      },
      function (err) {
        status.textContent = TEXT.failed + (err && err.message ? err.message : String(err));
        status.className += " error";
      }
    );

  // --- what the page itself does to its rows -------------------------------------------------
  var SAMPLES = [
    ["住房公积金提取", "承诺件"],
    ["医保关系转移接续", "即办件"],
    ["道路运输经营许可", "许可件"],
    ["残疾人证办理", "联办件"],
  ];

  function cell(tr, text, align) {
    var td = document.createElement("td");
    if (align) td.setAttribute("align", align);
    td.appendChild(document.createTextNode(text));
    tr.appendChild(td);
  }

  function caseRows() {
    var out = [];
    var rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].className !== "title" && rows[i].className.indexOf("pager") < 0) out.push(rows[i]);
    }
    return out;
  }

  function renumber() {
    var rows = caseRows();
    for (var i = 0; i < rows.length; i++) rows[i].cells[0].textContent = String(i + 1);
    document.getElementById("legacy-total").textContent = String(rows.length);
  }

  function makeRow(id, name, who, category, received, windowName) {
    var tr = document.createElement("tr");
    cell(tr, "", "center");
    cell(tr, id);
    cell(tr, name);
    cell(tr, who, "center");
    cell(tr, category, "center");
    cell(tr, received, "center");
    cell(tr, windowName, "center");
    return tr;
  }

  // "AJAX": a new case is received (times after the demo's moment count from their receipt).
  document.getElementById("legacy-add").onclick = function () {
    counter++;
    var s = SAMPLES[(counter - 1) % SAMPLES.length];
    var minute = 10 + counter;
    var tr = makeRow("ZW2026022610" + (counter < 10 ? "0" : "") + counter, s[0], "新*", s[1], "2026-02-26 09:" + (minute < 10 ? "0" : "") + minute, "综合窗口");
    tr.className = "fresh";
    var pager = table.tBodies[0].rows[table.tBodies[0].rows.length - 1];
    table.tBodies[0].insertBefore(tr, pager);
    renumber();
  };

  // "Reload": the page rebuilds every row from its data, dropping the decorations with them.
  document.getElementById("legacy-reload").onclick = function () {
    var rows = caseRows();
    var data = [];
    for (var i = 0; i < rows.length; i++) {
      var c = [];
      for (var j = 1; j < 7; j++) c.push(rows[i].cells[j].textContent);
      data.push(c);
      rows[i].parentNode.removeChild(rows[i]);
    }
    var pager = table.tBodies[0].rows[table.tBodies[0].rows.length - 1];
    for (var k = 0; k < data.length; k++) {
      var tr = makeRow(data[k][0], data[k][1], data[k][2], data[k][3], data[k][4], data[k][5]);
      if (k % 2 === 1) tr.setAttribute("bgcolor", "#f5f8fc");
      table.tBodies[0].insertBefore(tr, pager);
    }
    renumber();
  };
})();
