// assessDeadlines' report objects, assembled from the packed batch the engine fills
// (src/js/packed.rs: codes and numbers in typed arrays, every string a slice of one text), and
// scoreConduct's card items likewise (src/js/packed_items.rs).
// Only the shape is built here; every value, word and message is the engine's. ES5, appended
// by scripts/assemble-package.mjs to the web, nodejs and lite glues and included in loader.js
// for the no-modules build; the layouts are changed together with packed.rs and packed_items.rs.
function hallRulesAssembleReports(p) {
  var codes = p.codes;
  var nums = p.numbers;
  var n = p.count;
  // Bytes and numbers per report, as packed.rs lays them out.
  var CODES = codes.length / n;
  var NUMBERS = nums.length / n;
  var texts = p.texts;
  var text = texts[0];
  var ends = p.ends;
  var breaks = p.breaks;
  // Strings many reports repeat (times, messages), sent once; an entry of `ends` with the top
  // bit set names one of them instead of a slice of the text.
  var SHARED = 2147483648;
  var sharedEnds = p.sharedEnds;
  var shared = new Array(sharedEnds.length);
  for (var u = 0, from = 0; u < sharedEnds.length; u++) {
    shared[u] = p.shared.slice(from, sharedEnds[u]);
    from = sharedEnds[u];
  }
  var t = 0;
  var nextBreak = breaks.length ? breaks[0] : -1;
  var fs = p.findings;
  var names = p.names;
  var steps = p.steps === "[]" ? [] : JSON.parse(p.steps);
  var reports = new Array(n);
  var s = 0;
  var at = 0;
  var f = 0;
  function next() {
    if (s === nextBreak) {
      text = texts[++t];
      at = 0;
      nextBreak = t < breaks.length ? breaks[t] : -1;
    }
    var end = ends[s++];
    if (end >= SHARED) return shared[end - SHARED];
    var from = at;
    at = end;
    return text.slice(from, at);
  }
  function name(list, code) {
    return code === 255 ? null : list[code];
  }
  function num(v) {
    return v !== v ? null : v;
  }
  for (var i = 0; i < n; i++) {
    var c = i * CODES;
    var k = i * NUMBERS;
    var flags = codes[c + 5];
    var id = flags & 1 ? next() : null;
    var receivedAt = flags & 2 ? next() : null;
    var startsAt = flags & 4 ? next() : null;
    var dueAt = flags & 8 ? next() : null;
    var yellowAt = flags & 16 ? next() : null;
    var limitUnit = codes[c + 3];
    var extensionUnit = codes[c + 4];
    var overdue = nums[k + 7];
    var stepAt = nums[k + 9];
    var count = fs[f++];
    var findings = new Array(count);
    for (var j = 0; j < count; j++) {
      var rule = names.rule[fs[f]];
      var code = names.code[fs[f + 1]];
      var severity = names.severity[fs[f + 2]];
      f += 3;
      var path = next();
      findings[j] = { rule: rule, code: code, severity: severity, path: path, message: next() };
    }
    reports[i] = {
      id: id,
      category: name(names.category, codes[c]),
      status: names.status[codes[c + 1]],
      card: name(names.card, codes[c + 2]),
      limit: limitUnit === 255 ? null : { value: nums[k], unit: names.unit[limitUnit] },
      extension: extensionUnit === 255 ? null : { value: nums[k + 1], unit: names.unit[extensionUnit] },
      receivedAt: receivedAt,
      startsAt: startsAt,
      dueAt: dueAt,
      dueAtMs: num(nums[k + 2]),
      yellowAt: yellowAt,
      elapsedShare: num(nums[k + 3]),
      elapsedOfficeMinutes: num(nums[k + 4]),
      remainingOfficeMinutes: num(nums[k + 5]),
      remainingWorkingDays: num(nums[k + 6]),
      overdueBy: overdue !== overdue ? null : { officeMinutes: overdue, workingDays: nums[k + 8] },
      paused: (flags & 32) !== 0,
      provisional: (flags & 64) !== 0,
      steps: stepAt !== stepAt ? [] : steps[stepAt],
      findings: findings,
    };
  }
  return { summary: p.summary, results: reports };
}

// scoreConduct's result: the JSON part, its cards built from the packed cards and items
// (src/js/packed_items.rs), with the keys in the order the engine's JSON gives them.
function hallRulesAssembleConduct(p) {
  var result = p.result[0];
  var extra = p.result[1];
  var k = p.items;
  var counts = k.counts;
  var codes = k.codes;
  var nums = k.numbers;
  var text = k.text;
  var ends = k.ends;
  var names = k.names;
  var missed = k.missed;
  var cardCodes = k.cardCodes;
  var cardNums = k.cardNumbers;
  var cards = new Array(counts.length);
  var s = 0;
  var at = 0;
  var e = 0;
  function next() {
    var from = at;
    at = ends[s++];
    return text.slice(from, at);
  }
  for (var c = 0, i = 0; c < cards.length; c++) {
    var f = cardCodes[c * 3 + 2];
    var n = c * 6;
    // Keys in the core's order; texts are read from `text` in the order they are written.
    var card = {
      staffId: next(),
      name: next(),
      unit: f & 1 ? next() : null,
      unitName: f & 2 ? next() : null,
      window: f & 4 ? next() : null,
      sector: f & 8 ? next() : null,
      base: cardNums[n],
      deductions: cardNums[n + 1],
      additions: cardNums[n + 2],
      raw: cardNums[n + 3],
      score: cardNums[n + 4],
      grade: names[cardCodes[c * 3]],
      gradeLabel: names[cardCodes[c * 3 + 1]],
      floored: (f & 16) !== 0,
      capped: (f & 32) !== 0,
      zeroed: (f & 64) !== 0,
      referred: (f & 128) !== 0,
      removalRecommended: (f & 256) !== 0,
      unitDisqualified: (f & 512) !== 0,
      seriousOffences: cardNums[n + 5],
      working: next(),
      items: null,
      consequences: f & 2048 ? extra[e][0] : [],
      findings: f & 2048 ? extra[e++][1] : [],
      incomplete: (f & 1024) !== 0,
    };
    var items = new Array(counts[c]);
    for (var j = 0; j < items.length; j++, i++) {
      var flags = codes[i * 4 + 3];
      var item = {
        rule: names[codes[i * 4]],
        code: names[codes[i * 4 + 1]],
        label: names[codes[i * 4 + 2]],
        date: next(),
        count: nums[i * 4],
        pointsEach: nums[i * 4 + 1],
        points: nums[i * 4 + 2],
        zeroesMonth: (flags & 2) !== 0,
        serious: (flags & 4) !== 0,
        evidence: next(),
        source: next(),
      };
      if (flags & 1) item.caseId = next();
      var list = nums[i * 4 + 3];
      if (list === list) item.missed = missed[list];
      items[j] = item;
    }
    card.items = items;
    cards[c] = card;
  }
  result.cards = cards;
  return result;
}

// Engine.prototype.assessDeadlines returns the packed batch, and scoreConduct (in builds that
// have it) the packed items; the package's methods assemble them.
function hallRulesAssembleOn(Engine) {
  var proto = Engine && Engine.prototype;
  if (!proto || Object.prototype.hasOwnProperty.call(proto, "__hallRulesAssembled")) return;
  if (typeof proto.assessDeadlines !== "function") return;
  Object.defineProperty(proto, "__hallRulesAssembled", { value: true });
  var packed = proto.assessDeadlines;
  Object.defineProperty(proto, "assessDeadlines", {
    configurable: true,
    writable: true,
    value: function assessDeadlines(cases, now) {
      return hallRulesAssembleReports(packed.apply(this, arguments));
    },
  });
  var conduct = proto.scoreConduct;
  if (typeof conduct !== "function") return;
  Object.defineProperty(proto, "scoreConduct", {
    configurable: true,
    writable: true,
    value: function scoreConduct(input) {
      return hallRulesAssembleConduct(conduct.apply(this, arguments));
    },
  });
}
export { hallRulesAssembleReports, hallRulesAssembleConduct, hallRulesAssembleOn };
