// The demo's formatting, shared by every tab: times as the engine wrote them (Beijing wall
// clock, never converted by the browser), shares, error texts. No rule is decided here.

export const pad2 = (n) => String(n).padStart(2, "0");

/** "2026-03-02T10:00" or "…T10:00:00+08:00" → "2026-03-02 10:00" (as written: Beijing time). */
export function fmtInstant(iso) {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(typeof iso === "string" ? iso : "");
  return m ? `${m[1]} ${m[2]}` : iso == null ? "—" : String(iso);
}

/** 0.125 → "12.5%", 0.5 → "50%". */
export const fmtShare = (x) => (x == null ? "—" : `${(Math.round(x * 1000) / 10).toFixed(1).replace(/\.0$/, "")}%`);

/** An error's message (the engine's Errors carry it in the chosen locale), or the value. */
export function errorText(err) {
  if (err && typeof err === "object" && "message" in err) return String(err.message);
  return String(err);
}

/** A record's value as text, whatever its type. */
export function textOf(v) {
  if (v == null) return "";
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : JSON.stringify(v);
}
