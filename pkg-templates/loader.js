/*! hall-rules __VERSION__ — classic-page loader. Load it right after no-modules/hall_rules.js:
 *
 *   <script src="hall-rules/no-modules/hall_rules.js"></script>
 *   <script src="hall-rules/loader.js"></script>
 *   <script>
 *     HallRules.ready.then(function () {
 *       HallRules.decorate(document.getElementById("cases"), { categoryColumn: "办件类型", receivedColumn: "收件时间" });
 *     });
 *   </script>
 *
 * It defines window.HallRules: ready (a Promise), init({ wasmUrl }), Engine, columnCodes,
 * decorate(table, options) and version. The .wasm is fetched from next to hall_rules.js unless
 * init({ wasmUrl }), <script data-wasm-url="…"> or window.HallRulesConfig = { wasmUrl } says
 * otherwise; serve it as application/wasm. If the .wasm cannot be loaded (a wrong URL, a 404, a
 * file that is not wasm), ready rejects with an Error whose code is "wasm_load_failed", path
 * "wasmUrl" (or "module" for init({ module })), url the URL tried, cause the original error, and a
 * message in Chinese and English. Written in ES5 syntax for old portal pages.
 */
(function (global) {
  "use strict";

  /* @include decorate.js */

  var doc = global.document;
  var script = doc && doc.currentScript;
  var scriptSrc = script && script.src ? script.src : null;
  var pageConfig = global.HallRulesConfig || {};
  var started = null;
  var initialised = false;
  var engines = {};
  var resolveReady;
  var rejectReady;
  var ready = new Promise(function (resolve, reject) {
    resolveReady = resolve;
    rejectReady = reject;
  });

  function fail(code, path, message) {
    var e = new Error(message);
    e.code = code;
    e.path = path;
    return e;
  }

  /**
   * The error HallRules.ready rejects with when the .wasm cannot be loaded. The loader knows no
   * page locale, so the message is "中文 / English"; the original error stays in `cause`.
   */
  function loadFailed(cause, url) {
    var detail = cause && cause.message ? cause.message : String(cause);
    var e = url
      ? fail(
          "wasm_load_failed",
          "wasmUrl",
          "hall-rules：无法加载 WebAssembly 文件 " + url + "（请检查 wasmUrl 或 data-wasm-url，并确认服务器以 application/wasm 提供该文件）" +
            " / hall-rules: could not load the WebAssembly file " + url + " (check wasmUrl or data-wasm-url, and that the server serves it as application/wasm): " + detail
        )
      : fail(
          "wasm_load_failed",
          "module",
          "hall-rules：init({ module }) 给出的 WebAssembly 模块无法加载 / hall-rules: the WebAssembly module given to init({ module }) could not be loaded: " + detail
        );
    if (url) e.url = url;
    e.cause = cause;
    return e;
  }

  /** The global the no-modules build defines (a top-level `let`, so not always on window). */
  function bindgen() {
    /* global wasm_bindgen */
    if (typeof wasm_bindgen !== "undefined") return wasm_bindgen;
    return global.wasm_bindgen;
  }

  function absolute(url, base) {
    try {
      return new URL(url, base || global.location.href).href;
    } catch (e) {
      return url;
    }
  }

  /**
   * Where the .wasm is: page settings first, else the package's web/hall_rules_bg.wasm when
   * hall_rules.js is the package's no-modules/ one, else next to hall_rules.js, else next to
   * this loader.
   */
  function defaultWasmUrl() {
    var attr = script && script.getAttribute("data-wasm-url");
    if (attr) return absolute(attr, scriptSrc);
    if (pageConfig.wasmUrl) return absolute(pageConfig.wasmUrl);
    var scripts = doc ? doc.getElementsByTagName("script") : [];
    for (var i = scripts.length - 1; i >= 0; i--) {
      var src = scripts[i].src || "";
      // In the package the no-modules build shares web/'s .wasm; copied elsewhere, it is next to it.
      if (/\/no-modules\/hall_rules\.js([?#].*)?$/.test(src)) return src.replace(/no-modules\/hall_rules\.js([?#].*)?$/, "web/hall_rules_bg.wasm");
      if (/(^|\/)hall_rules\.js([?#].*)?$/.test(src)) return src.replace(/hall_rules\.js([?#].*)?$/, "hall_rules_bg.wasm");
    }
    return absolute("hall_rules_bg.wasm", scriptSrc);
  }

  /**
   * Starts loading the engine (once) and returns HallRules.ready. Options: wasmUrl (a URL) or
   * module (a WebAssembly.Module, an ArrayBuffer or a Response). Call it before the page has
   * finished parsing to override the default URL; later calls return the same promise.
   */
  function init(options) {
    if (started) return started;
    options = options || {};
    started = ready;
    var wb = bindgen();
    if (!wb) {
      rejectReady(
        fail(
          "not_loaded",
          "wasm_bindgen",
          "hall-rules：请先用 <script> 载入 no-modules/hall_rules.js，再载入 loader.js / hall-rules: load no-modules/hall_rules.js before loader.js"
        )
      );
      return ready;
    }
    var url = options.module ? null : absolute(options.wasmUrl || defaultWasmUrl());
    wb({ module_or_path: options.module || url }).then(
      function () {
        initialised = true;
        resolveReady(HallRules);
      },
      function (err) {
        rejectReady(loadFailed(err, url));
      }
    );
    return ready;
  }

  /** The build's Engine class, its reports assembled (reports.js), its lists' 0.1 names given
   * (old-names.js) and its free() guarded. */
  function buildEngine() {
    var E = bindgen().Engine;
    hallRulesAssembleOn(E);
    hallRulesOldNamesOn(E);
    hallRulesGuardFreed(E);
    return E;
  }

  function engineFor(options) {
    if (options.config) return new (buildEngine())(options.config);
    var locale = /^en/i.test(options.locale || "") ? "en" : "zh-CN";
    if (!engines[locale]) engines[locale] = new (buildEngine())({ locale: locale });
    return engines[locale];
  }

  function copy(obj) {
    var out = {};
    for (var k in obj) if (Object.prototype.hasOwnProperty.call(obj, k)) out[k] = obj[k];
    return out;
  }

  /**
   * HallRules.decorate(table, options): as decorate() in the ES module, but options.engine is
   * optional (an engine for options.locale, or for options.config, is made for you) and it may be
   * called before the engine has loaded: it then decorates as soon as it has, and the handle's
   * `ready` promise gives the first batch.
   */
  function decorateClassic(table, options) {
    options = options || {};
    if (options.engine || initialised) {
      var opts = options.engine ? options : copy(options);
      if (!opts.engine) opts.engine = engineFor(options);
      return hallRulesDecorate(table, opts);
    }
    var inner = null;
    var stopped = false;
    var handle = {
      table: table,
      refresh: function () {
        return inner ? inner.refresh() : null;
      },
      disconnect: function (removeCells) {
        stopped = true;
        if (inner) inner.disconnect(removeCells);
      },
      ready: init().then(function () {
        if (stopped) return null;
        var opts = copy(options);
        opts.engine = engineFor(options);
        inner = hallRulesDecorate(table, opts);
        return inner.result;
      }),
    };
    Object.defineProperty(handle, "result", {
      enumerable: true,
      get: function () {
        return inner ? inner.result : null;
      },
    });
    return handle;
  }

  var HallRules = {
    version: "__VERSION__",
    ready: ready,
    init: init,
    decorate: decorateClassic,
    /** True once the .wasm is instantiated. */
    isReady: function () {
      return initialised;
    },
  };
  function notInitialised() {
    return fail(
      "not_initialised",
      "",
      "hall-rules 尚未初始化：请在 HallRules.ready 之后再使用引擎 / hall-rules is not initialised: use the engine after HallRules.ready has resolved"
    );
  }

  /** An export of the no-modules build that throws not_initialised when called before ready. */
  function guardedFn(name) {
    return function () {
      if (!initialised) throw notInitialised();
      return bindgen()[name].apply(this, arguments);
    };
  }

  /* @include reports.js */

  /* @include old-names.js */

  /* @include freed-guard.js */

  // A constructor that checks first: `new HallRules.Engine(config)` returns the build's Engine
  // (same prototype, so instanceof holds). Written in ES5, so no class syntax.
  var guardedEngine = null;
  function engineClass() {
    var wb = bindgen();
    if (!wb) return undefined;
    buildEngine();
    if (!guardedEngine || guardedEngine.prototype !== wb.Engine.prototype) {
      guardedEngine = function Engine(config) {
        if (!initialised) throw notInitialised();
        return new wb.Engine(config);
      };
      guardedEngine.prototype = wb.Engine.prototype;
    }
    return guardedEngine;
  }

  // Engine, columnCodes, readInstant, maskName and parseHolidayNotice come from the no-modules build; read them when asked,
  // so the order of the two script tags is the only thing that matters.
  Object.defineProperty(HallRules, "Engine", { enumerable: true, get: engineClass });
  var exported = ["columnCodes", "readInstant", "maskName", "parseHolidayNotice"];
  for (var k = 0; k < exported.length; k++) {
    (function (name) {
      Object.defineProperty(HallRules, name, {
        enumerable: true,
        get: function () {
          return bindgen() ? guardedFn(name) : undefined;
        },
      });
    })(exported[k]);
  }
  global.HallRules = HallRules;

  // Start loading once the page is parsed, unless the page starts it itself (init) or opts out
  // (<script data-manual-init> or HallRulesConfig.autoInit = false).
  function autoInit() {
    if (!started) init();
  }
  var manual = pageConfig.autoInit === false || (script && script.hasAttribute("data-manual-init"));
  if (!manual) {
    if (doc && doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", autoInit);
    else setTimeout(autoInit, 0);
  }
})(typeof window !== "undefined" ? window : this);
