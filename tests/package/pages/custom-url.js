// HallRules.init({ wasmUrl }) before the page is parsed: the .wasm comes from that URL only.
(function () {
  var early = HallRules.init({ wasmUrl: "/static/engine-copy.wasm" });
  var again = HallRules.init({ wasmUrl: "/not/used.wasm" });
  early.then(function (hr) {
    var results = hallRulesSmoke({ Engine: hr.Engine, columnCodes: hr.columnCodes });
    results.push({ name: "init() twice returns the same promise, HallRules.ready", ok: early === again && early === HallRules.ready && hr.isReady(), detail: "" });
    window.__results = results;
    window.__done = true;
  }, function (e) {
    window.__results = [{ name: "HallRules.init({ wasmUrl })", ok: false, detail: String(e && e.stack ? e.stack : e) }];
    window.__done = true;
  });
})();
