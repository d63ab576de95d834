// <script data-wasm-url> pointing at a 404: HallRules.ready rejects with code "wasm_load_failed",
// path "wasmUrl", a "中文 / English" message and the original error as `cause`. ES5, like the pages.
(function () {
  var results = [];
  function check(name, ok, detail) {
    results.push({ name: name, ok: !!ok, detail: ok ? "" : String(detail) });
  }
  // decorate() before ready: its handle's ready rejects with the same error.
  var early = HallRules.decorate(document.getElementById("t1"), { categoryColumn: 0, receivedColumn: 1 });
  var earlyErr = null;
  var earlyDone = early.ready.then(
    function () {
      earlyErr = "resolved";
    },
    function (e) {
      earlyErr = e;
    }
  );
  HallRules.ready.then(
    function () {
      check("HallRules.ready rejects for a 404 .wasm URL", false, "it resolved");
      window.__results = results;
      window.__done = true;
    },
    function (e) {
      var msg = e && e.message ? e.message : "";
      check("rejects with an Error", e instanceof Error, e);
      check("code wasm_load_failed, path wasmUrl", e.code === "wasm_load_failed" && e.path === "wasmUrl", e.code + " " + e.path);
      check("url is the data-wasm-url, made absolute", e.url === location.origin + "/static/missing.wasm", e.url);
      var zh = msg.search(/[\u4e00-\u9fff]/);
      var en = msg.indexOf(" / hall-rules: could not load");
      check("message: Chinese first, then \" / \" English", zh >= 0 && en > zh && msg.indexOf("/static/missing.wasm") >= 0, msg);
      check("cause: the original error, naming the 404", e.cause instanceof Error && /404/.test(e.cause.message), e.cause);
      check("init() returns the same rejected promise; isReady() is false", HallRules.init() === HallRules.ready && HallRules.isReady() === false, HallRules.isReady());
      earlyDone.then(function () {
        check("decorate() before ready: handle.ready rejects with the same error", earlyErr === e, earlyErr);
        window.__results = results;
        window.__done = true;
      });
    }
  );
})();
