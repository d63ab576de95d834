// Pure helpers for the demo (no DOM, no engine), so they can be tested from Node as well.

/**
 * Reads an instant the way the sample data writes it: ISO 8601 with an optional offset
 * (none means Beijing time), or epoch milliseconds. Returns epoch ms, or null when the text is
 * not a real date (e.g. 2026-02-30). Only used to replay data "as of" a moment; the engine does
 * its own, authoritative parsing.
 */
export function instantMs(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = "0", frac = "0", zone = "+08:00"] = m;
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, +frac.padEnd(3, "0"));
  const back = new Date(wall);
  if (back.getUTCFullYear() !== +y || back.getUTCMonth() !== +mo - 1 || back.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59) {
    return null;
  }
  let offset = 0;
  if (zone !== "Z") {
    const sign = zone[0] === "-" ? -1 : 1;
    offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  }
  return wall - offset * 60_000;
}

/**
 * The hall as it stood at `nowMs`: cases not yet received are left out, and anything recorded
 * after that moment (a conclusion, the end of a pause, a finished step) is removed, so the
 * engine sees what a supervisor would have seen then. Values that cannot be read are kept as
 * they are, so the engine can report them.
 * Returns `{ cases, future }` where `future` counts the cases not yet received.
 */
export function replayAsOf(cases, nowMs) {
  const out = [];
  let future = 0;
  const after = (v) => {
    const t = instantMs(v);
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
