// The classic page: window.HallRules from loader.js, the shared smoke, and HallRules.decorate.
// ES5 on purpose, like the portal pages that use this path.
(function () {
  var extra = [];
  function check(name, ok, detail) {
    extra.push({ name: name, ok: !!ok, detail: ok ? "" : String(detail) });
  }
  function finish(results) {
    window.__results = results.concat(extra);
    window.__done = true;
  }
  check("HallRules is defined with ready, init, decorate", window.HallRules && typeof HallRules.ready.then === "function" && typeof HallRules.init === "function" && typeof HallRules.decorate === "function", typeof window.HallRules);

  // Before the engine has loaded: a clear error, not a TypeError from the glue.
  var earlyError = null;
  try {
    new HallRules.Engine();
  } catch (e) {
    earlyError = e;
  }
  check(
    "new HallRules.Engine() before ready throws not_initialised (zh/en)",
    earlyError && !(earlyError instanceof TypeError) && earlyError.code === "not_initialised" && /尚未初始化/.test(earlyError.message) && /not initialised/.test(earlyError.message),
    earlyError && earlyError.name + " " + earlyError.code + " " + earlyError.message
  );

  // Called before the engine has loaded: decorates once it has.
  var early = HallRules.decorate(document.getElementById("t1"), {
    idColumn: "编号",
    categoryColumn: "类型",
    receivedColumn: "收件时间",
    now: function () {
      return "2026-02-13T10:00";
    },
  });

  HallRules.ready.then(function (hr) {
    var results = hallRulesSmoke({ Engine: hr.Engine, columnCodes: hr.columnCodes });
    return early.ready.then(function (batch) {
      var rows = document.getElementById("t1").rows;
      var badge = rows[1].querySelector(".hall-rules-badge");
      check("decorate before ready: P-1 badge 绿牌 (green)", badge && badge.getAttribute("data-card") === "green" && badge.textContent === "绿牌", badge && badge.outerHTML);
      var due = rows[1].querySelector(".hall-rules-due");
      check("decorate: P-1 due 2026-02-24 17:30", due && due.textContent === "2026-02-24 17:30", due && due.textContent);
      check("decorate: one batch of 2", batch && batch.summary.total === 2, batch && batch.summary.total);
      check("decorate: header cell 时限预警", rows[0].cells.length === 4 && rows[0].cells[3].textContent === "时限预警", rows[0].cells.length);
      var bad = rows[2].querySelector(".hall-rules-due");
      check("decorate: hostile category shown as text", bad && bad.textContent.indexOf('<img src=x onerror="window.__xss=1">') >= 0 && !document.querySelector("#t1 img"), bad && bad.textContent);
      check("no script ran from the hostile text", window.__xss === undefined, window.__xss);

      var engine = new hr.Engine({ locale: "en" });
      check("after ready: new HallRules.Engine() is an instance of it", engine instanceof hr.Engine && typeof engine.assessDeadlines === "function", "");
      check("HallRules.readInstant reads 2026年2月12日 10时00分", hr.readInstant("2026年2月12日 10时00分") === "2026-02-12T10:00:00+08:00", "");
      var h2 = hr.decorate(document.getElementById("t2"), { engine: engine, categoryColumn: 1, receivedColumn: 2, idColumn: 0, now: function () { return "2026-02-13T16:30"; } });
      var b2 = document.querySelector("#t2 tbody .hall-rules-badge");
      check("decorate (English, explicit engine): Q-1 has a badge in English", b2 && /^(Green|Yellow|Red) card$/.test(b2.textContent) && document.querySelector("#t2 thead th:last-child").textContent === "Deadline", b2 && b2.textContent);
      h2.disconnect(true);
      check("disconnect(true) removes the added cells", document.querySelectorAll("#t2 [data-hall-rules]").length === 0, document.querySelectorAll("#t2 [data-hall-rules]").length);
      early.disconnect();
      engine.free();
      finish(results);
    });
  }).then(null, function (e) {
    check("HallRules.ready", false, e && e.stack ? e.stack : e);
    finish([]);
  });
})();
