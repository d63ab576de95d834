// The 0.1 names of a batch's list, kept until 1.0 (CHANGELOG): `reports` of assessDeadlines'
// batch and `items` of assessComplaints' result, both the same array as `results`. ES5,
// appended by scripts/assemble-package.mjs to the web, nodejs and lite glues (after
// reports.js), included in loader.js for the no-modules build, and imported by
// worker-client.js, whose batches cross a message that drops them.

// The list under its 0.1 name: out of sight (not enumerated, not in JSON), and an accessor of
// `results`, so that a proxy (Vue's reactive()) reads it, and writing it writes `results`.
function hallRulesOldName(batch, name) {
  // Strict even in the CommonJS glue: a write to a frozen batch throws, as it did in 0.1.
  "use strict";
  Object.defineProperty(batch, name, {
    configurable: true,
    get: function () {
      return this.results;
    },
    set: function (list) {
      this.results = list;
    },
  });
  return batch;
}

// Gives the Engine's two batch methods their list's 0.1 name; assessDeadlines must already
// be the assembling method (reports.js).
function hallRulesOldNamesOn(Engine) {
  var proto = Engine && Engine.prototype;
  if (!proto || Object.prototype.hasOwnProperty.call(proto, "__hallRulesOldNames")) return;
  Object.defineProperty(proto, "__hallRulesOldNames", { value: true });
  var define = function (name, method) {
    Object.defineProperty(proto, name, { configurable: true, writable: true, value: method });
  };
  var deadlines = proto.assessDeadlines;
  if (typeof deadlines === "function") {
    define("assessDeadlines", function assessDeadlines(cases, now) {
      return hallRulesOldName(deadlines.apply(this, arguments), "reports");
    });
  }
  var complaints = proto.assessComplaints;
  if (typeof complaints === "function") {
    define("assessComplaints", function assessComplaints(items, now) {
      return hallRulesOldName(complaints.apply(this, arguments), "items");
    });
  }
}
export { hallRulesOldName, hallRulesOldNamesOn };
