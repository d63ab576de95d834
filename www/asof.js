// Pure helpers for the demo (no DOM, no engine), so they can be tested from Node as well.

/**
 * A reader of times as the engine reads them: `readInstant` is the package's (every form a
 * portal writes: "2026/2/12 9:05", "2026年2月12日 10时", epoch ms …). The reader gives epoch ms,
 * or null where the engine reads no time; the demo keeps no parser of its own.
 */
export function instantReader(readInstant) {
  return (value) => {
    if (value == null || value === "") return null;
    try {
      return Date.parse(readInstant(value));
    } catch {
      return null;
    }
  };
}

/**
 * The hall as it stood at `nowMs`: cases not yet received are left out, and anything recorded
 * after that moment (a conclusion, the end of a pause, a finished step) is removed, so the
 * engine sees what a supervisor would have seen then. Values that cannot be read are kept as
 * they are, so the engine can report them.
 * `readMs` reads a record's time ([`instantReader`]). Returns `{ cases, future }` where `future`
 * counts the cases not yet received.
 */
export function replayAsOf(cases, nowMs, readMs) {
  const out = [];
  let future = 0;
  const after = (v) => {
    const t = readMs(v);
    return t !== null && t > nowMs;
  };
  for (const c of cases) {
    if (!c || typeof c !== "object") {
      out.push(c);
      continue;
    }
    if (after(c.receivedAt)) {
      future++;
      continue;
    }
    const copy = { ...c };
    if (copy.concludedAt != null && after(copy.concludedAt)) delete copy.concludedAt;
    if (Array.isArray(c.pauses)) {
      copy.pauses = c.pauses
        .filter((p) => !(p && after(p.from)))
        .map((p) => (p && p.to != null && after(p.to) ? { ...p, to: null } : p));
      if (copy.pauses.length === 0) delete copy.pauses;
    }
    if (Array.isArray(c.steps)) {
      copy.steps = c.steps
        .filter((s) => !(s && after(s.startedAt)))
        .map((s) => (s && s.completedAt != null && after(s.completedAt) ? { ...s, completedAt: null } : s));
      if (copy.steps.length === 0) delete copy.steps;
    }
    out.push(copy);
  }
  return { cases: out, future };
}

/** The value of <input type="datetime-local"> ("2026-02-26T10:00" or with seconds) as Beijing ISO. */
export function localInputToIso(value) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?/.exec(value || "");
  if (!m) return null;
  return `${m[1]}T${m[2]}:${m[3] ?? "00"}+08:00`;
}

/** "2026-02-26T10:00:00+08:00" → "2026-02-26T10:00" for the datetime-local input. */
export function isoToLocalInput(iso) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso || "");
  return m ? `${m[1]}T${m[2]}` : "";
}
