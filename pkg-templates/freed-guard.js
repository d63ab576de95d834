// An Engine used after free() throws Error { code: "engine_freed" } with a zh-CN / English
// message, instead of wasm-bindgen's bare "null pointer passed to rust"; a second free() does
// nothing. ES5, appended by scripts/assemble-package.mjs to the web, nodejs and lite glues and
// included in loader.js for the no-modules build.
function hallRulesGuardFreed(Engine) {
  var proto = Engine && Engine.prototype;
  if (!proto || Object.prototype.hasOwnProperty.call(proto, "__hallRulesGuarded")) return;
  Object.defineProperty(proto, "__hallRulesGuarded", { value: true });
  function check(self) {
    // wasm-bindgen's free() sets the handle to 0.
    if (self && self.__wbg_ptr === 0) {
      var e = new Error(
        "hall-rules：此引擎已调用 free() 释放，不能再使用；请新建一个 Engine。 / " +
          "hall-rules: this engine was released with free() and cannot be used again; create a new Engine."
      );
      e.code = "engine_freed";
      e.path = "";
      throw e;
    }
  }
  // `using` calls [Symbol.dispose]() at the end of the block, after an explicit free() too.
  if (typeof Symbol === "function" && Symbol.dispose && typeof proto[Symbol.dispose] === "function") {
    Object.defineProperty(proto, Symbol.dispose, {
      configurable: true,
      writable: true,
      value: function () {
        this.free();
      },
    });
  }
  Object.getOwnPropertyNames(proto).forEach(function (name) {
    if (name === "constructor" || name.charAt(0) === "_") return;
    var d = Object.getOwnPropertyDescriptor(proto, name);
    if (name === "free" && typeof d.value === "function") {
      var release = d.value;
      d.value = function () {
        if (this.__wbg_ptr !== 0) release.call(this);
      };
    } else if (typeof d.value === "function") {
      var f = d.value;
      d.value = function () {
        check(this);
        return f.apply(this, arguments);
      };
    } else if (d.get) {
      var get = d.get;
      d.get = function () {
        check(this);
        return get.call(this);
      };
    } else {
      return;
    }
    Object.defineProperty(proto, name, d);
  });
}
