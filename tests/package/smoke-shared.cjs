// The one smoke test of the package, run unchanged through ESM import (Node), CommonJS require
// (Node) and the classic-script page (Chromium). ES5 and UMD so every one of them can load it.
// smoke({ Engine, columnCodes }) → [{ name, ok, detail }]
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.hallRulesSmoke = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  return function smoke(api) {
    var out = [];
    function check(name, fn) {
      var r;
      try {
        r = fn();
      } catch (e) {
        r = "threw " + (e && e.message ? e.message : String(e));
      }
      out.push({ name: name, ok: r === true, detail: r === true ? "" : String(r) });
    }
    function eq(got, want) {
      return got === want ? true : "got " + JSON.stringify(got) + ", want " + JSON.stringify(want);
    }
    function throwsCode(fn, code, path) {
      try {
        fn();
      } catch (e) {
        if (!(e instanceof Error)) return "threw a non-Error: " + String(e);
        if (e.code !== code || e.path !== path) return "threw code=" + e.code + " path=" + e.path + ": " + e.message;
        return e;
      }
      return "did not throw";
    }

    var engine = new api.Engine({ locale: "zh-CN" });
    var p1 = { id: "P-1", category: "promised", receivedAt: "2026-02-12T10:00" };

    check("addWorkingDays('2026-02-13', 2) = 2026-02-24", function () {
      return eq(engine.addWorkingDays("2026-02-13", 2), "2026-02-24");
    });
    check("assessDeadline P-1 dueAt 2026-02-24T17:30:00+08:00", function () {
      return eq(engine.assessDeadline(p1, "2026-02-13T10:00").dueAt, "2026-02-24T17:30:00+08:00");
    });
    check("assessDeadline P-1 card green", function () {
      return eq(engine.assessDeadline(p1, "2026-02-13T10:00").card, "green");
    });
    check("dayInfo('2026-02-30') throws code invalid_date, path date", function () {
      var e = throwsCode(function () {
        engine.dayInfo("2026-02-30");
      }, "invalid_date", "date");
      return e instanceof Error ? true : e;
    });
    check("the engine works after an error", function () {
      return eq(engine.isWorkingDay("2026-02-14"), true);
    });
    check("dayInfo('2026-02-17') is the 春节 holiday", function () {
      var d = engine.dayInfo("2026-02-17");
      return eq(d.kind + " " + d.name + " " + d.working, "holiday 春节 false");
    });
    check("workingDaysBetween('2026-02-13', '2026-02-24') = 2", function () {
      return eq(engine.workingDaysBetween("2026-02-13", "2026-02-24"), 2);
    });
    check("assessDeadlines: a bad record is reported, its neighbour answered", function () {
      var b = engine.assessDeadlines([p1, { id: "X", category: "不存在", receivedAt: "2026-02-12T10:00" }], "2026-02-13T10:00");
      return eq([b.summary.total, b.summary.byCard.green, b.summary.byStatus.invalid, b.results[1].status].join(","), "2,1,1,invalid");
    });
    check("batches answer in one shape: results; the 0.1 names read the same list, out of sight", function () {
      var b = engine.assessDeadlines([p1], "2026-02-13T10:00");
      var shape = Object.keys(b).sort().join(",");
      var old = b.reports === b.results && JSON.stringify(b).indexOf('"reports"') < 0;
      // Through a proxy that wraps what it reads (Vue's reactive()), and written like a field.
      var wrapped = new Proxy(b, { get: function (t, k, r) { var v = Reflect.get(t, k, r); return Array.isArray(v) ? new Proxy(v, {}) : v; } });
      old = old && wrapped.reports.length === 1;
      b.reports = b.results.slice();
      old = old && b.reports === b.results;
      var frozen = Object.freeze(engine.assessDeadlines([p1], "2026-02-13T10:00"));
      try {
        frozen.reports = [];
        old = false;
      } catch (e) {
        old = old && e instanceof TypeError && frozen.results.length === 1;
      }
      if (typeof engine.assessComplaints !== "function") return eq(shape + " " + old, "results,summary true");
      var c = engine.assessComplaints([{ id: "F", kind: "rating", level: "满意", receivedAt: "2026-02-12T10:00" }], "2026-02-13T10:00");
      var cOld = c.items === c.results && Object.keys(c).indexOf("items") < 0 && c.results.length === 1;
      cOld = cOld && Object.keys(c).pop() === "results" && Object.keys(b).pop() === "results";
      return eq(shape + " " + old + " " + cOld, "results,summary true true");
    });
    check("assessDeadlinesColumnar agrees with assessDeadline", function () {
      var codes = api.columnCodes();
      var r = engine.assessDeadlinesColumnar(
        { receivedAt: new Float64Array([Date.parse("2026-02-12T10:00:00+08:00")]), category: new Uint8Array([codes.category.indexOf("promised")]) },
        "2026-02-13T10:00"
      );
      return eq(codes.card[r.card[0]] + " " + new Date(r.dueAt[0]).toISOString(), "green 2026-02-24T09:30:00.000Z");
    });
    check("calendarInfo covers 2015–2026", function () {
      var info = engine.calendarInfo();
      return eq(info.validFrom.slice(0, 4) + "-" + info.validThrough.slice(0, 4), "2015-2026");
    });
    check("English locale: errors in English", function () {
      var en = new api.Engine({ locale: "en" });
      var e = throwsCode(function () {
        en.dayInfo("2026-02-30");
      }, "invalid_date", "date");
      en.free();
      if (!(e instanceof Error)) return e;
      return /[\u4e00-\u9fff]/.test(e.message) ? "Chinese message: " + e.message : true;
    });
    check("a bad config throws invalid_office_hours at config.officeHours.blocks[0]", function () {
      var e = throwsCode(function () {
        new api.Engine({ locale: "en", officeHours: { blocks: ["bad"] } });
      }, "invalid_office_hours", "config.officeHours.blocks[0]");
      return e instanceof Error ? true : e;
    });
    check("free() and Symbol.dispose; a freed engine throws engine_freed (zh/en)", function () {
      var tmp = new api.Engine();
      if (typeof Symbol.dispose === "symbol" && typeof tmp[Symbol.dispose] !== "function") return "no Symbol.dispose";
      tmp.free();
      tmp.free(); // a second free() does nothing, nor does disposing of it afterwards
      if (typeof Symbol.dispose === "symbol") tmp[Symbol.dispose]();
      var e = throwsCode(function () {
        tmp.isWorkingDay("2026-02-14");
      }, "engine_freed", "");
      if (!(e instanceof Error)) return e;
      var g = throwsCode(function () {
        return tmp.locale;
      }, "engine_freed", "");
      if (!(g instanceof Error)) return "getter: " + g;
      return /已调用 free\(\) 释放/.test(e.message) && /released with free\(\)/.test(e.message) ? true : e.message;
    });
    engine.free();
    return out;
  };
});
