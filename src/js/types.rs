//! TypeScript types for the API's data, emitted into the generated `.d.ts`. They mirror the
//! serde types of the core; `tests/ts/usage.ts` type-checks a use of every API against them.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** "YYYY-MM-DD", or an instant whose Beijing date is meant. */
export type DateInput = string | number | Date;
/** ISO 8601 (no offset means Beijing time, UTC+08:00) or epoch milliseconds. */
export type InstantInput = string | number | Date;
export type Locale = "zh-CN" | "en";

export interface CalendarYearNotice {
  year: number;
  notice?: string;
  source?: string;
  validThrough?: string;
  valid_through?: string;
  holidays?: { name?: string; nameEn?: string; from: string; to?: string }[];
  makeupWorkdays?: { for?: string; date: string }[];
  makeup_workdays?: { for?: string; date: string }[];
  working_days_in_year?: number;
}
export interface LocalDayInput { name?: string; nameEn?: string; date?: string; from?: string; to?: string }
export interface CalendarOverlay {
  years?: CalendarYearNotice[];
  localHolidays?: LocalDayInput[];
  extraServiceDays?: LocalDayInput[];
  about?: string;
  timezone?: string;
}
/** Blocks are "HH:MM-HH:MM". Seasons use "MM-DD" (yearly) or "YYYY-MM-DD" bounds. */
export interface OfficeHoursConfig {
  blocks?: string[];
  seasons?: { name?: string; from: string; to: string; blocks: string[] }[];
  saturday?: string[];
}
export type LimitUnit = "working_days" | "calendar_days" | "working_hours";
export interface Limit { value: number; unit: LimitUnit }
export interface Ruleset {
  deadline: {
    categories: { immediate: Limit; promised: Limit; joint: Limit; escalated: Limit; licensing: Limit; licensingJoint: Limit };
    extensions: { licensing: Limit; licensingJoint: Limit };
    supplementNotice: Limit;
    pauseReasons: string[];
    yellow: { elapsedShare: number; remainingWorkingDays: number };
  };
}
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K] };
export interface EngineConfig {
  calendar?: CalendarOverlay;
  officeHours?: OfficeHoursConfig;
  ruleset?: DeepPartial<Ruleset>;
  locale?: Locale;
  /** Portal field → engine field, e.g. { "slsj": "receivedAt", "zt[].ks": "pauses[].from" }. */
  fieldMap?: Record<string, string>;
  /** Engine field → { portal value → engine value }, e.g. { "category": { "1": "immediate" } }. */
  valueMap?: Record<string, Record<string, string>>;
}
export interface CalendarInfo {
  validFrom: string;
  validThrough: string;
  years: { year: number; notice: string; validThrough: string; source: "embedded" | "overlay" }[];
  localHolidays: number;
  extraServiceDays: number;
}
export type DayKind = "workday" | "weekend" | "holiday" | "makeup_workday" | "local_holiday" | "extra_service_day";
export interface DayInfo {
  date: string;
  working: boolean;
  kind: DayKind;
  name?: string;
  provisional: boolean;
  officeHours: string[];
}
export type Category = "immediate" | "promised" | "joint" | "escalated" | "licensing" | "licensing_joint";
export type PauseReason = "supplement" | "hearing" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "expert_review" | "consultation";
export interface CaseRecord {
  id?: string | number;
  /** An English code or a Chinese name such as 即办件, 承诺件, 联办件, 上报件, 许可件. */
  category: Category | string;
  receivedAt: InstantInput;
  limit?: Limit;
  pauses?: { from: InstantInput; to?: InstantInput | null; reason?: PauseReason | string }[];
  steps?: { name?: string; limit: Limit; startedAt: InstantInput; completedAt?: InstantInput | null }[];
  extension?: { limit?: Limit; approver?: string; reason?: string };
  concludedAt?: InstantInput | null;
  [portalField: string]: unknown;
}
export type Status = "on_track" | "warning" | "overdue" | "done_on_time" | "done_late" | "invalid";
export type Card = "green" | "yellow" | "red";
export interface Finding {
  rule: string;
  code: string;
  severity: "error" | "warning";
  path: string;
  message: string;
}
export interface OverdueBy { officeMinutes: number; workingDays: number }
export interface StepReport {
  name: string;
  status: Status;
  card: Card;
  startsAt: string;
  dueAt: string;
  elapsedShare: number;
  overdueBy: OverdueBy | null;
}
export interface DeadlineReport {
  id: string | null;
  category: Category | null;
  status: Status;
  card: Card | null;
  limit: Limit | null;
  extension: Limit | null;
  receivedAt: string | null;
  startsAt: string | null;
  dueAt: string | null;
  dueAtMs: number | null;
  elapsedShare: number | null;
  elapsedOfficeMinutes: number | null;
  remainingOfficeMinutes: number | null;
  remainingWorkingDays: number | null;
  overdueBy: OverdueBy | null;
  paused: boolean;
  provisional: boolean;
  steps: StepReport[];
  findings: Finding[];
}
export interface DeadlineSummary {
  total: number;
  byStatus: { onTrack: number; warning: number; overdue: number; doneOnTime: number; doneLate: number; invalid: number };
  byCard: { green: number; yellow: number; red: number };
  provisional: number;
}
export interface DeadlineBatch { reports: DeadlineReport[]; summary: DeadlineSummary }
export interface DeadlineColumns {
  receivedAt: Float64Array;
  category: Uint8Array;
  limitValue?: Float64Array;
  limitUnit?: Uint8Array;
  concludedAt?: Float64Array;
  pausedMinutes?: Float64Array;
}
export interface DeadlineColumnsResult { status: Uint8Array; card: Uint8Array; dueAt: Float64Array; summary: DeadlineSummary }
export interface ColumnCodes { category: Category[]; limitUnit: LimitUnit[]; status: Status[]; card: Card[] }
export type Outcome = "approved" | "denied" | "not_accepted" | "returned";
export type CaseState = "received" | "accepted" | "not_accepted" | "supplement_notice" | "processing" | "concluded" | "rated";
export type IdType = "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit";
export interface CaseValidationRecord {
  id?: string | number;
  category?: Category | string;
  receivedAt?: InstantInput;
  acceptedAt?: InstantInput | null;
  concludedAt?: InstantInput | null;
  firstReceiver?: string;
  handovers?: { from?: string; to?: string; at?: InstantInput }[];
  outcome?: Outcome | string;
  answer?: string;
  reason?: string;
  legalBasis?: string;
  supplementRequests?: { at?: InstantInput; items: string[] }[];
  applicant?: { name?: string; idType?: IdType | string; idNumber?: string; creditCode?: string; phone?: string };
  steps?: { name?: string; startedAt?: InstantInput; completedAt?: InstantInput | null }[];
  history?: { state: CaseState | string; at?: InstantInput }[];
  [portalField: string]: unknown;
}
export interface Validation { id: string | null; valid: boolean; findings: Finding[] }
export interface ValidationBatch {
  results: Validation[];
  summary: { total: number; valid: number; invalid: number; byRule: Record<string, number> };
}
export interface CatalogItem {
  id?: string | number;
  name?: string;
  basis?: string | string[];
  procedure?: string | string[];
  materials?: string | string[];
  statutoryLimit?: Limit;
  committedLimit?: Limit;
  fees?: { free?: boolean; items?: { name?: string; amount?: number }[] };
}
/** What every method throws on a malformed argument. */
export interface HallRulesError extends Error { code: string; path: string }
"#;
