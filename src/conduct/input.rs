//! What `scoreConduct` reads: a month, the staff, the units and the month's events. Records
//! are read one by one, so a bad one is a finding on itself and the rest are still scored.
//! Unknown fields are ignored: portals attach their own.

use crate::text::TrimSpaces;
use serde::Deserialize;

use super::codes::ChecklistItem;
use super::Lenient;
use crate::deadline::{DeadlineReport, Status};
use crate::error::Error;
use crate::input::{InstantInput, RecordId};
use crate::time::parse_instant;

/// What `scoreConduct` reads: the month scored, its staff list, its units, its conduct events
/// and the deadline reports linked to the people responsible.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ConductInput {
    /// The month scored, `YYYY-MM`.
    pub period: String,
    /// The people scored: every record read, but for a repeated id, gets a card, even with no
    /// event.
    #[serde(default)]
    #[tsify(type = "ConductStaff[]")]
    pub staff: Vec<Lenient<StaffInput>>,
    /// The units, for their names, sectors and heads; may be empty.
    #[serde(default)]
    #[tsify(type = "ConductUnit[]")]
    pub units: Vec<Lenient<UnitInput>>,
    /// The month's conduct records, each scored on its own.
    #[serde(default)]
    #[tsify(type = "ConductEvent[]")]
    pub events: Vec<Lenient<EventInput>>,
    /// Deadline reports with the person responsible: each overdue or late case is an
    /// `overdue_case` (CON-5), with no hand copying.
    #[serde(default)]
    #[tsify(type = "(ConductDeadlineLink | ConductDeadlineLinkByStaffId)[]")]
    pub deadline_reports: Vec<Lenient<DeadlineLink>>,
}

/// One person on the month's staff list.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "ConductStaff", missing_as_null)]
pub struct StaffInput {
    /// The staff id that events name in `staffId`, compared trimmed. A repeated id is a
    /// `duplicate_staff` finding, and only its first entry is used.
    pub id: RecordId,
    /// The person's name: masked on the card, and wherever a text of the result echoes it
    /// (CASE-7).
    #[serde(default)]
    pub name: Option<String>,
    /// The id of the person's unit; absent or blank for none. An id not on a non-empty unit list
    /// is an `unknown_unit` finding; the unit still gets an outcome.
    #[serde(default)]
    pub unit: Option<RecordId>,
    /// The window the person serves at; a person with a window is on window duty (CON-8).
    #[serde(default)]
    pub window: Option<RecordId>,
    /// Defaults to the unit's sector.
    #[serde(default)]
    pub sector: Option<String>,
    /// Trained and certified for window duty (CON-8). Absent means not recorded: no finding.
    #[serde(default)]
    pub certified: Option<bool>,
}

/// The heads of a unit, named as accountable when one of its staff is exposed (CON-6).
///
/// A key other than these is refused (`chief: "司马光"`): read as no head, the name was shown
/// whole wherever the month's texts gave it (helper-85), as the bulletin's people are read.
#[derive(Clone, Debug, Default, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[tsify(rename = "ConductUnitHeads", missing_as_null)]
pub struct UnitHeads {
    /// The name of the unit's head; absent or blank: not on record.
    #[serde(default)]
    pub unit: Option<String>,
    /// The name of the bureau's head; absent or blank: not on record.
    #[serde(default)]
    pub bureau: Option<String>,
}

/// One unit: its name, its sector and its heads, and its good-rating share for the ranking.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "ConductUnit", missing_as_null)]
pub struct UnitInput {
    /// The unit id that staff records and cards name in `unit`, compared trimmed. A repeated id
    /// is a `duplicate_unit` finding in `scoreConduct`; only its first entry is used.
    pub id: RecordId,
    /// The unit's name, shown beside its id.
    #[serde(default)]
    pub name: Option<String>,
    /// The sector (行业) the unit is ranked in (CON-9), and the sector of its staff who name
    /// none.
    #[serde(default)]
    pub sector: Option<String>,
    /// The heads named as accountable when one of its staff is exposed (CON-6).
    #[serde(default)]
    #[tsify(type = "ConductUnitHeads | null")]
    pub heads: Option<UnitHeads>,
    /// Share of good ratings (SUP-2), 0–1: the second tie-break of the ranking (CON-9).
    #[serde(default)]
    pub good_rating_share: Option<f64>,
}

pub use super::codes::EventKind;

/// One event of the month. `kind` may be left out when `code` says it.
#[derive(Clone, Debug, Default, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "ConductEvent")]
pub struct EventInput {
    /// The kind of record (`violation`, `inspection`, `attendance`, `commendation`, `exposure`,
    /// `overdue_case`); when absent, the kind of `code`.
    #[tsify(optional, type = "ConductEventKind | null")]
    pub kind: Option<String>,
    /// A code of the points table, such as `eating`; when absent, the one code `kind` implies
    /// (`inspection`, `exposure` and `overdue_case` have one).
    #[tsify(optional, type = "string | null")]
    pub code: Option<String>,
    /// The staff id of the person the record is about. A record without one (nor `person`),
    /// or with an id not on the staff list, is not scored.
    #[tsify(optional, type = "RecordId | null")]
    pub staff_id: Option<RecordId>,
    /// The person the record is about, where `staffId` is not given: their staff id. Beside a
    /// `staffId` it must name the same person (their id or their name), or the record is not
    /// scored; `null` and placeholders (暂无) are not given.
    #[tsify(optional, type = "RecordId | null")]
    pub person: Option<RecordId>,
    /// `YYYY-MM-DD`, inside the period; a time (text or epoch milliseconds, a `Date`'s JSON)
    /// is its Beijing day.
    #[tsify(type = "InstantInput")]
    pub date: Option<InstantInput>,
    /// Occurrences; a positive whole number, 1 when absent.
    #[tsify(optional, type = "number | null")]
    pub count: Option<f64>,
    /// What was seen, in free text. It is trimmed, its names and numbers are masked (CASE-7),
    /// and it is clipped to 200 characters on the card.
    #[tsify(optional, type = "string | null")]
    pub evidence: Option<String>,
    /// 三一四有, for an inspection: `false` is a missed item, an absent item was not observed.
    #[tsify(optional, type = "ConductChecklist | null")]
    pub checklist: Option<Checklist>,
    /// The case of an `overdue_case`; one deduction per case and person. Ids are compared
    /// without spaces or invisible marks, full-width as ASCII and in either letter case; all
    /// that say none (`""`, `-`, `暂无`) are one unknown case per person.
    #[tsify(optional, type = "RecordId | null")]
    pub case_id: Option<RecordId>,
}

impl EventInput {
    /// The Beijing day of `date`, if given: a date, or a time read as its day (CAL-3).
    ///
    /// # Errors
    ///
    /// `invalid_instant` at `path()` for what is no date or time, `date_out_of_range` for one
    /// outside 2000–2100. The path is written only for an error: most events have none.
    pub fn day(&self, path: impl FnOnce() -> String) -> Option<Result<crate::time::Day, Error>> {
        let day = self.date.as_ref().map(|d| match d {
            InstantInput::Text(t) => crate::time::parse_day_or_instant(t.trim_spaces(), ""),
            other => other.resolve("").map(crate::time::Minute::day),
        });
        day.map(|d| d.map_err(|e| Error { path: path(), ..e }))
    }
}

/// The 三一四有 checklist of one inspection (CON-3).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, tsify::Tsify)]
#[serde(default, deny_unknown_fields)]
#[tsify(rename = "ConductChecklist", missing_as_null)]
pub struct Checklist {
    /// 问一声好: a greeting.
    pub greet: Option<bool>,
    /// 让一个座: a seat offered.
    pub seat: Option<bool>,
    /// 倒一杯水: a cup of water.
    pub water: Option<bool>,
    /// 来有迎声: a welcome on arrival.
    pub welcome: Option<bool>,
    /// 去有送声: a farewell on leaving.
    pub farewell: Option<bool>,
    /// 问有答声: an answer to every question.
    pub answer: Option<bool>,
    /// 办事结果有回声: the result told back.
    pub result: Option<bool>,
}

impl Checklist {
    fn items(&self) -> [(ChecklistItem, Option<bool>); 7] {
        [
            (ChecklistItem::Greet, self.greet),
            (ChecklistItem::Seat, self.seat),
            (ChecklistItem::Water, self.water),
            (ChecklistItem::Welcome, self.welcome),
            (ChecklistItem::Farewell, self.farewell),
            (ChecklistItem::Answer, self.answer),
            (ChecklistItem::Result, self.result),
        ]
    }

    /// The items recorded as missed (`false`), in the order of the checklist.
    pub fn missed(&self) -> Vec<ChecklistItem> {
        self.items()
            .into_iter()
            .filter(|(_, done)| *done == Some(false))
            .map(|(item, _)| item)
            .collect()
    }

    /// Whether no item is recorded at all. An inspection with such a checklist is not scored
    /// (`checklist_missing`).
    pub fn is_empty(&self) -> bool {
        self.items().iter().all(|(_, done)| done.is_none())
    }
}

/// A deadline report (`assessDeadline`'s output, or just its `id`, `status` and `dueAt`) with
/// the person responsible for the case.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "ConductDeadlineLink")]
pub struct DeadlineLink {
    /// The staff id of the person responsible for the case (`responsible`, or `staffId`).
    #[serde(alias = "staffId")]
    pub responsible: RecordId,
    /// The case's deadline report: `assessDeadline`'s, or just its `id`, `status` and `dueAt`.
    #[tsify(
        type = "Omit<Partial<DeadlineReport>, keyof ConductLinkedReport> & ConductLinkedReport"
    )]
    pub report: LinkedReport,
}

/// What conduct scoring reads of a deadline report; its other fields are ignored.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "ConductLinkedReport")]
pub struct LinkedReport {
    /// The case id: a case is deducted once per person responsible. Absent: no such check.
    #[serde(default)]
    #[tsify(type = "RecordId | null")]
    pub id: Option<RecordId>,
    /// The report's status as written (`on_track`, `warning`, `overdue`, `done_on_time`,
    /// `done_late`, `invalid`). Only `overdue` and `done_late` deduct; any other text is refused.
    #[tsify(type = "Status")]
    pub status: String,
    /// When the case fell due, Beijing time (`dueAt`). The deduction is dated the Beijing day it
    /// fell due; for `overdue` or `done_late`, a missing or unreadable value is a finding on the
    /// record.
    #[serde(default)]
    #[tsify(type = "string | null")]
    pub due_at: Option<String>,
    /// The due time lies past the calendar's data (CAL-2): not deducted until it is known.
    #[serde(default)]
    #[tsify(type = "boolean | null")]
    pub provisional: Option<bool>,
}

impl DeadlineLink {
    /// The report's due time as given; one that says none (empty, 暂无) is none.
    fn due_at(&self) -> Option<&str> {
        let due = self.report.due_at.as_deref();
        due.filter(|d| !crate::input::says_no_value(d))
    }

    /// Links a report from the deadline engine to the person responsible.
    pub fn new(responsible: &str, report: &DeadlineReport) -> DeadlineLink {
        let status = match report.status {
            Status::OnTrack => "on_track",
            Status::Warning => "warning",
            Status::Overdue => "overdue",
            Status::DoneOnTime => "done_on_time",
            Status::DoneLate => "done_late",
            Status::Invalid => "invalid",
        };
        DeadlineLink {
            responsible: RecordId(responsible.to_string()),
            report: LinkedReport {
                id: report.id.clone().map(RecordId),
                status: status.to_string(),
                due_at: report.due_at.map(|t| t.to_string()),
                provisional: Some(report.provisional),
            },
        }
    }

    /// The `overdue_case` event of an overdue or late case, dated the Beijing day it fell due;
    /// `None` for any other status. An unreadable `dueAt` is an error at `report.dueAt`.
    ///
    /// # Errors
    ///
    /// `invalid_instant` at `report.dueAt` (detail `missing`) for an overdue or late case without
    /// one; `invalid_instant` or `date_out_of_range` there, as [`parse_instant`], for a `dueAt` it
    /// cannot read or outside 2000–2100.
    pub fn to_event(&self, locale: crate::messages::Locale) -> Result<Option<EventInput>, Error> {
        match self.report.status.trim_spaces() {
            "overdue" | "done_late" => {}
            "invalid" => return Ok(None),
            // Its due time holds a record of the case dated before it (CON-5): one that cannot
            // be read is refused, so the card says a record was not read (helper-64: it was
            // dropped without a word, and the hand record it would have held was deducted).
            status @ ("on_track" | "warning" | "done_on_time") => {
                match self.due_at() {
                    Some(due) => {
                        parse_instant(due, "report.dueAt")?;
                    }
                    // A case not yet done falls due at a time its report gives (helper-66: one
                    // without was dropped without a word).
                    None if status != "done_on_time" => return Err(missing_due_at()),
                    None => {}
                }
                return Ok(None);
            }
            // A status no report has may be a late case mistyped (超期, Overdue): refused, so
            // the person's card says it is incomplete (helper-47: it vanished silently).
            other => {
                return Err(Error::new(crate::error::ErrorCode::InvalidArgument, "report.status")
                    .detail(format!(
                        "unknown variant `{}`, expected one of `on_track`, `warning`, `overdue`, `done_on_time`, `done_late`, `invalid`",
                        crate::text::clip(other)
                    )))
            }
        }
        let due = self.due_at().ok_or_else(missing_due_at)?;
        let due = parse_instant(due, "report.dueAt")?;
        let day = due.day();
        let case = self.report.id.as_ref().map(|id| id.0.clone());
        let late = self.report.status == "done_late";
        let evidence = match (locale, case.as_deref()) {
            (crate::messages::Locale::ZhCn, id) => format!(
                "办件{}{}（到期时间{}）",
                id.unwrap_or(""),
                if late { "超期办结" } else { "已超期" },
                due.wall_text()
            ),
            (crate::messages::Locale::En, id) => format!(
                "case {}{} (due {})",
                id.map(|i| format!("{i} ")).unwrap_or_default(),
                if late { "done late" } else { "overdue" },
                due.wall_text()
            ),
        };
        Ok(Some(EventInput {
            kind: Some("overdue_case".into()),
            code: None,
            staff_id: Some(self.responsible.clone()),
            person: None,
            date: Some(InstantInput::Text(day.to_string())),
            count: None,
            evidence: Some(evidence),
            checklist: None,
            case_id: self.report.id.clone(),
        }))
    }
}

/// A linked report without its due time.
fn missing_due_at() -> Error {
    // In the parser's words, which the message gives in the engine's locale (helper-57: the
    // Chinese message ended "无法读取：missing").
    Error::new(crate::error::ErrorCode::InvalidInstant, "report.dueAt")
        .detail("missing field `dueAt`")
}

/// The `overdue_case` events of a batch of linked reports, in order; `None` where the case
/// was not overdue or late.
pub fn events_from_deadline_reports(
    links: &[DeadlineLink],
    locale: crate::messages::Locale,
) -> Vec<Result<Option<EventInput>, Error>> {
    links.iter().map(|l| l.to_event(locale)).collect()
}
