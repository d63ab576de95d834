//! The TypeScript the Rust types cannot state, merged into or beside what they declare.
//!
//! Every result the core makes, every input it reads (records, the configuration, the
//! ruleset's settings) is declared by `#[derive(Tsify)]` on its Rust type, with its docs, and
//! only in the builds that have it. What stays here:
//! - the value forms a custom reader takes (`DateInput`, `InstantInput`, `RecordId`,
//!   `LimitText`) and the code lists of texts the engine reads (`Outcome`, `CaseState`, `IdType`,
//!   `RatingLevel`, `ConductEventKind`, `PauseReason`);
//! - what merges into a generated interface: a record's index of the portal's own fields
//!   (`CaseRecord`, `CaseValidationRecord`, `FeedbackRecord`), the people validation reads from
//!   the JSON (`applicantName`, `clerk`), the snake_case spellings of the embedded calendar
//!   (`CalendarYearNotice`), the deprecated `items` of `ComplaintsResult`;
//! - the ruleset in force (`Ruleset`, `ConductRules`, `ConductPointEntry`, `SupervisionRules`):
//!   its generated settings, every member optional as a config gives them, made `Complete`;
//! - the envelopes the bindings build (`DeadlineBatch`, `ValidationBatch`, the columnar types)
//!   and `HallRulesError`.
//!
//! `tests/ts/usage.ts` type-checks a use of every API against them, and
//! `tests/js/types-sync.cjs` checks the results against real ones.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** `"YYYY-MM-DD"` (a text with a time of day is refused), or epoch milliseconds or a `Date`, whose Beijing date is meant. */
export type DateInput = string | number | Date;
/** ISO 8601 text (no offset means Beijing time, UTC+08:00), epoch milliseconds or a `Date`. */
export type InstantInput = string | number | Date;
export type Locale = "zh-CN" | "en";
/** A record's id, a staff id or a unit id as a portal gives it: text or a number, compared as text. */
export type RecordId = string | number;

/** The snake_case spellings of the official calendar's JSON, read as their camelCase names (give one of the two). */
export interface CalendarYearNotice {
  valid_through?: string | null;
  makeup_workdays?: CalendarMakeupDay[];
  working_days_in_year?: number | null;
}
/** A dictionary keyed by the portal's own names (units, sectors, windows, rules, hours): an object without a prototype, so every name (even `toString` or `__proto__`) is an ordinary key: use `Object.keys`, `in` and `dict[name]`, not `dict.hasOwnProperty`. */
export type Dict<T> = { [name: string]: T };
/** Every member of `T` required, at every depth but inside lists: the settings as `ruleset()` gives them, each one filled in. */
export type Complete<T> = {
  [K in keyof T]-?: Exclude<T[K], undefined> extends readonly unknown[]
    ? Exclude<T[K], undefined>
    : Exclude<T[K], undefined> extends object
      ? Complete<Exclude<T[K], undefined>>
      : Exclude<T[K], undefined>;
};
/** The settings a build reads and ignores (none in the whole build): not in its `Ruleset`. */
interface IgnoredSettings {}
/** The ruleset in force, as `ruleset()` returns it: each setting the configuration left out holds its default (REGULATIONS.md). */
export type Ruleset = Complete<Omit<RulesetSettings, keyof IgnoredSettings>>;
/** Every member of `T` optional, at every depth: 0.1's type of `EngineConfig.ruleset` (`DeepPartial<Ruleset>`), which it still takes beside `RulesetSettings`. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K] };
/** The default reasons (DL-7: supplements and 行政许可法 art. 45); a ruleset may add its own. */
export type PauseReason = "supplement" | "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review";
/** A record in the portal's own field names (`{ ywh, bjlx, slsj }`), read through the engine's `fieldMap` and `valueMap`. */
export type PortalRecord = object;
/** A limit as a record may give it (see `CaseRecord.limit`). */
export type LimitText = Limit | number | string;
/** The portal's own fields, which a record may carry besides. */
export interface CaseRecord {
  [portalField: string]: unknown;
}
export interface DeadlineBatch {
  summary: DeadlineSummary;
  /** One report per case given, in order. */
  results: DeadlineReport[];
  /** @deprecated 0.1's name for `results`: the same list (not enumerated, not in JSON, not kept by a spread or a worker message); removed in 1.0. */
  reports?: DeadlineReport[];
}
export interface DeadlineColumns {
  receivedAt: Float64Array;
  category: Uint8Array;
  limitValue?: Float64Array;
  limitUnit?: Uint8Array;
  concludedAt?: Float64Array;
  pausedMinutes?: Float64Array;
}
export interface DeadlineColumnsResult { status: Uint8Array; card: Uint8Array; dueAt: Float64Array; summary: DeadlineSummary }
/** What every method throws on a malformed argument. */
export interface HallRulesError extends Error { code: string; path: string }
"#;

/// The validation batch, with the build that validates: `Validation` and `ValidationSummary`
/// are declared from their Rust types, which the lite build does not have.
#[cfg(feature = "validation")]
#[wasm_bindgen(typescript_custom_section)]
const VALIDATION_TYPES: &'static str = r#"
/** `refused` (不予办理) is a refusal like `denied` (CASE-2). */
export type Outcome = "approved" | "denied" | "refused" | "not_accepted" | "returned";
export type CaseState = "received" | "accepted" | "not_accepted" | "supplement_notice" | "processing" | "concluded" | "rated";
export type IdType = "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit";
/** The people validation masks but does not check, and the portal's own fields, which a record may carry besides. */
export interface CaseValidationRecord {
  /** Masked in findings like `firstReceiver` and the applicant (CASE-7); not checked. */
  applicantName?: string | null;
  /** Masked in findings like `firstReceiver` (CASE-7); not checked. */
  clerk?: string | null;
  [portalField: string]: unknown;
}
export interface ValidationBatch {
  results: Validation[];
  summary: ValidationSummary;
}
"#;

/// `assessComplaints`' result with the deprecated name the package adds (`old-names.js`):
/// `ComplaintsResult` itself is declared from its Rust type, and this merges into it; so does
/// `FeedbackRecord`'s index of the portal's own fields, which a Rust type cannot state.
#[cfg(feature = "supervision")]
#[wasm_bindgen(typescript_custom_section)]
const COMPLAINTS_TYPES: &'static str = r#"
export type RatingLevel = 1 | 2 | 3 | 4 | 5 | "非常满意" | "满意" | "基本满意" | "不满意" | "非常不满意";
/** The portal's own fields, which a record may carry besides. */
export interface FeedbackRecord {
  [portalField: string]: unknown;
}
export interface ComplaintsResult {
  /** @deprecated 0.1's name for `results`: the same list (not enumerated, not in JSON, not kept by a spread); removed in 1.0. */
  items?: FeedbackReport[];
}
"#;

/// The conduct settings in force, with the build that scores conduct: `ConductSettings` and
/// `ConductPointSettings` are declared from their Rust types.
#[cfg(feature = "conduct")]
#[wasm_bindgen(typescript_custom_section)]
const CONDUCT_TYPES: &'static str = r#"
/** The conduct settings in force (`ruleset().conduct`). */
export type ConductRules = Complete<ConductSettings>;
export type ConductEventKind = "violation" | "inspection" | "attendance" | "commendation" | "exposure" | "overdue_case";
export type Grade = "excellent" | "good" | "pass" | "fail";
/** A deadline report linked by `staffId`, the other name of `responsible` (give one of the two). */
export type ConductDeadlineLinkByStaffId = Omit<ConductDeadlineLink, "responsible"> & { staffId: RecordId };
/** One code's row of the points table in force (`ruleset().conduct.points[code]`). */
export type ConductPointEntry = Complete<ConductPointSettings>;
"#;

/// The supervision settings in force, with the build that has supervision.
#[cfg(feature = "supervision")]
#[wasm_bindgen(typescript_custom_section)]
const SUPERVISION_TYPES: &'static str = r#"
/** The supervision settings in force (`ruleset().supervision`). */
export type SupervisionRules = Complete<SupervisionSettings>;
"#;

/// The lite build reads `ruleset.conduct` and `ruleset.supervision` and ignores them, so one
/// configuration serves both builds.
#[cfg(not(feature = "conduct"))]
#[wasm_bindgen(typescript_custom_section)]
const NO_CONDUCT_TYPES: &'static str = r#"
export interface RulesetSettings {
  /** Read and ignored by this build, so one configuration serves every build. */
  conduct?: unknown;
}
interface IgnoredSettings {
  conduct: true;
}
"#;

/// As `NO_CONDUCT_TYPES`, for supervision.
#[cfg(not(feature = "supervision"))]
#[wasm_bindgen(typescript_custom_section)]
const NO_SUPERVISION_TYPES: &'static str = r#"
export interface RulesetSettings {
  /** Read and ignored by this build, so one configuration serves every build. */
  supervision?: unknown;
}
interface IgnoredSettings {
  supervision: true;
}
"#;
