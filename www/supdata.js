// The 考评 / 监督 sample data turned into engine inputs (no DOM), shared by conduct.js,
// supervision.js and bulletin.js, and usable from Node as well.
//
// sample-supervision.json refers to people by staff id; the inputs built here carry their names
// (and complainants' names) because the engine needs them to mask free text. Only what the
// engine returns is ever shown: names come back masked (张*), never from the data directly.

import { replayAsOf } from "./asof.js";
import { pad2 } from "./format.js";


let loading = null;
/** sample-supervision.json, fetched once. */
export function loadSupervisionData(fetchJson = (url) => fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`))))) {
  if (!loading) {
    loading = fetchJson("./sample-supervision.json").then((data) => {
      if (!data || !Array.isArray(data.staff) || !Array.isArray(data.conduct)) throw new Error("sample-supervision.json: no staff or conduct records");
      return data;
    });
    loading.catch(() => {
      loading = null; // let a later mount try again
    });
  }
  return loading;
}

// ------------------------------------------------------------------ look-ups (display names of units, windows, sectors)

const named = (obj, locale) => (obj ? (locale === "en" && obj.nameEn) || obj.name || obj.id : null);
export const unitName = (data, id, locale) => named(data.units.find((u) => u.id === id), locale) ?? String(id ?? "—");
export const windowName = (data, id, locale) => named(data.windows.find((w) => w.id === id), locale) ?? String(id ?? "—");
export const sectorName = (data, id, locale) => named(data.sectors.find((s) => s.id === id), locale) ?? String(id ?? "—");
export const typeName = (data, id, locale) => (locale === "en" && ((data.windowTypes || []).find((k) => k.id === id) || {}).nameEn) || String(id ?? "—");
const staffById = (data, id) => data.staff.find((s) => s.id === id) || null;

/** A record with its `key` in the locale (`keyEn` for English, where given) and no `keyEn`. */
function localized(rec, key, locale) {
  const { [`${key}En`]: en, ...rest } = rec;
  if (locale === "en" && en) rest[key] = en;
  return rest;
}

/** "2026-02" → "2026-02-28T23:59:00+08:00": the month as it stood at its end. */
export function monthEnd(period) {
  const [y, m] = period.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${period}-${pad2(last)}T23:59:00+08:00`;
}

// ------------------------------------------------------------------ 考评 (CON-1..9)

/**
 * The cases of sample-hall.json that fell due in `period` and were overdue or done late at its
 * end, each with the staff member (matched by the clerk's name) responsible: CON-5 deductions,
 * and the bulletin's overdue cases.
 */
export function overdueCases(engine, hall, data, period, readMs) {
  const now = monthEnd(period);
  const { cases } = replayAsOf(hall.cases, readMs(now), readMs);
  const batch = engine.assessDeadlines(cases, now);
  const byName = new Map(data.staff.map((s) => [s.name, s]));
  const out = [];
  batch.results.forEach((report, i) => {
    const person = byName.get(cases[i] && cases[i].clerk);
    if (!person || !report.dueAt || !report.dueAt.startsWith(period)) return;
    if (report.status !== "overdue" && report.status !== "done_late") return;
    out.push({ staff: person, report });
  });
  return out;
}

/** scoreConduct's input for one month: the units (names in the locale), staff, events, overdue cases. */
export function conductInput(data, period, locale, overdue) {
  const month = data.conduct.find((m) => m.period === period);
  return {
    period,
    units: data.units.map((u) => ({ id: u.id, name: named(u, locale), sector: u.sector, heads: u.heads })),
    staff: data.staff.map((s) => ({ id: s.id, name: s.name, unit: s.unit, window: s.window, certified: s.certified })),
    events: month ? month.events.map((e) => localized(e, "evidence", locale)) : [],
    deadlineReports: overdue.map((o) => ({ responsible: o.staff.id, report: o.report })),
  };
}

/** A ConductResult's cards as assessPeriod / rankUnits take them. */
export function monthCards(result, retrained) {
  const out = {
    period: result.period,
    cards: result.cards.map((c) => ({
      staffId: c.staffId,
      name: c.name,
      unit: c.unit ?? undefined,
      window: c.window ?? undefined,
      sector: c.sector ?? undefined,
      score: c.score,
      seriousOffences: c.seriousOffences,
      unitDisqualified: c.unitDisqualified,
    })),
  };
  if (retrained && retrained.length) out.retrained = retrained;
  return out;
}

/**
 * Every month of the data scored, then the pay and post recommendations (assessPeriod) and the
 * sector ranking (rankUnits) over them. `complaints` (assessComplaints' result) gives each
 * window and unit its good-rating share, the ranking's last tie-break.
 */
export function conductAll(engine, hall, data, locale, complaints, readMs) {
  const months = data.months.map((period) => {
    const overdue = overdueCases(engine, hall, data, period, readMs);
    const result = engine.scoreConduct(conductInput(data, period, locale, overdue));
    const retrained = (data.conduct.find((m) => m.period === period) || {}).retrained;
    return { period, overdue, result, cards: monthCards(result, retrained) };
  });
  const cards = months.map((m) => m.cards);
  const period = engine.assessPeriod(cards);
  const share = (shares) => (shares && shares.goodShare != null ? shares.goodShare : undefined);
  const ranking = engine.rankUnits({
    months: cards,
    units: data.units.map((u) => ({ id: u.id, name: named(u, locale), sector: u.sector, goodRatingShare: share(complaints && complaints.byUnit[u.id]) })),
    windows: data.windows.map((w) => ({ unit: w.unit, window: w.id, goodRatingShare: share(complaints && (complaints.byUnitWindow[w.unit] || {})[w.id]) })),
  });
  return { months, period, ranking };
}

// ------------------------------------------------------------------ 监督 (SUP-1..5, DL-10)

/** assessComplaints' records: the data's, as they are (the complainant and summary ride along). */
export const complaintItems = (data) => data.complaints;

/** assessWindows' input for the sample day; window names in the locale. */
export function windowsInput(data, locale) {
  const day = data.windowDay;
  return {
    date: day.date,
    windows: data.windows.map((w) => ({ id: w.id, name: named(w, locale), type: w.type, unit: w.unit, published: day.published[w.id] })),
    events: day.events.map((e) => localized(e, "reason", locale)),
    tickets: day.tickets,
  };
}

/**
 * monthlyBulletin's input: the inspections and conduct findings of the data, the overdue cases
 * of sample-hall.json in the month, and the month's complaints (closed as assessComplaints
 * found them). Units by name and people by name, for the engine to mask.
 */
export function bulletinInput(data, { locale, overdue, complaints }) {
  const b = data.bulletin;
  const en = locale === "en";
  const person = (id) => {
    const s = staffById(data, id);
    return s ? { id: s.id, name: s.name } : undefined;
  };
  const text = (rec, key) => (en && rec[`${key}En`]) || rec[key];
  const state = new Map((complaints ? complaints.results : []).map((r) => [r.id, r.state]));
  return {
    month: b.month,
    hall: en ? b.hallEn || b.hall : b.hall,
    issuer: en ? b.issuerEn || b.issuer : b.issuer,
    locale,
    inspections: b.inspections.map((r) => ({
      date: r.date,
      kind: r.kind,
      unit: unitName(data, r.unit, locale),
      window: r.window ? windowName(data, r.window, locale) : undefined,
      staff: r.staffId ? person(r.staffId) : undefined,
      rule: r.rule,
      description: text(r, "description"),
    })),
    conductFindings: b.conductFindings.map((r) => ({
      date: r.date,
      unit: unitName(data, r.unit, locale),
      staff: person(r.staffId),
      rule: r.rule,
      description: text(r, "description"),
    })),
    overdueCases: overdue.map(({ staff, report }) => ({
      id: report.id ?? undefined,
      unit: unitName(data, staff.unit, locale),
      responsible: { id: staff.id, name: staff.name },
      dueAt: report.dueAt,
      overdueWorkingDays: report.overdueBy ? report.overdueBy.workingDays : undefined,
    })),
    complaints: data.complaints
      .filter((c) => c.kind === "complaint" && state.has(c.id) && state.get(c.id) !== "invalid")
      .map((c) => ({
        id: c.id,
        unit: unitName(data, c.unit, locale),
        complainant: c.complainant,
        staff: c.staffId ? person(c.staffId) : undefined,
        summary: text(c, "summary"),
        founded: c.founded,
        closed: state.get(c.id) === "closed",
      })),
  };
}

/**
 * Every personal name and phone number in the data (staff, unit heads, complainants, AB-post
 * substitutes): none may appear on the 考评 and 监督 tabs or in the bulletin (for tests).
 */
export function personalData(data) {
  const out = new Set();
  for (const s of data.staff) out.add(s.name);
  for (const u of data.units) for (const n of Object.values(u.heads || {})) out.add(n);
  for (const c of data.complaints) if (c.complainant) out.add(c.complainant.name).add(c.complainant.phone);
  for (const e of data.windowDay.events) if (e.substitute) out.add(e.substitute);
  return [...out].filter(Boolean);
}
