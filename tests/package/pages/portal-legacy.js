// The legacy portal page: the README's classic-page steps only, no parsing code of the page's
// own. ES5, as such pages are written.
(function () {
  var results = [];
  function finish() {
    window.__results = results;
    window.__done = true;
  }
  var handle = HallRules.decorate(document.getElementById("cases"), {
    config: { valueMap: { category: { "1": "immediate", "2": "promised", "3": "joint" } } },
    columns: { id: "业务号", category: "办件类型", receivedAt: "受理时间", limit: "承诺时限", concludedAt: "办结时间" },
    now: function () {
      return PORTAL_NOW;
    },
  });
  handle.ready.then(function (batch) {
    var rows = document.querySelectorAll("#cases tbody tr");
    var byId = {};
    for (var i = 0; i < rows.length; i++) byId[rows[i].cells[0].textContent] = rows[i];
    results = results.concat(
      portalCheck("legacy table: ", function (id) {
        var tr = byId[id];
        var badge = tr && tr.querySelector(".hall-rules-badge");
        var due = tr && tr.querySelector(".hall-rules-due");
        return tr && badge && due ? { status: tr.getAttribute("data-hall-rules-status"), badge: badge.textContent, due: due.textContent } : null;
      })
    );
    var s = batch.summary;
    results.push({
      name: "legacy table: summary 18 = 7 on track, 1 warning, 3 overdue, 5 done on time, 1 done late, 1 invalid",
      ok: s.total === 18 && s.byStatus.onTrack === 7 && s.byStatus.warning === 1 && s.byStatus.overdue === 3 && s.byStatus.doneOnTime === 5 && s.byStatus.doneLate === 1 && s.byStatus.invalid === 1,
      detail: JSON.stringify(s),
    });
    var a13 = byId.A13.querySelector(".hall-rules-due").textContent;
    results.push({ name: "legacy table: the bad limit is named in the row (A13: 1.5天)", ok: a13.indexOf("1.5天") >= 0, detail: a13 });
    // A row the page hides with its own filter: skipHidden leaves it out of the count.
    handle.disconnect();
    byId.A01.style.display = "none";
    var h2 = HallRules.decorate(document.getElementById("cases"), {
      engine: new HallRules.Engine({ valueMap: { category: { "1": "immediate", "2": "promised", "3": "joint" } } }),
      columns: { id: "业务号", category: "办件类型", receivedAt: "受理时间", limit: "承诺时限", concludedAt: "办结时间" },
      skipHidden: true,
      now: function () {
        return PORTAL_NOW;
      },
    });
    results.push({ name: "skipHidden: a row hidden by the page is not counted (17 of 18)", ok: h2.result.summary.total === 17 && !byId.A01.querySelector(".hall-rules-badge"), detail: h2.result.summary.total });
    h2.disconnect();
    finish();
  }).then(null, function (e) {
    results.push({ name: "legacy page decorated", ok: false, detail: e && e.stack ? e.stack : String(e) });
    finish();
  });
})();
