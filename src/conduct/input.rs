//! What `scoreConduct` reads: a month, the staff, the units and the month's events. Records
//! are read one by one, so a bad one is a finding on itself and the rest are still scored.
//! Unknown fields are ignored: portals attach their own.

use serde::Deserialize;

use super::codes::ChecklistItem;
use super::Lenient;
use crate::deadline::{DeadlineReport, Status};
use crate::error::Error;
use crate::input::RecordId;
use crate::time::parse_instant;

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConductInput {
    /// The month scored, `YYYY-MM`.
    pub period: String,
    #[serde(default)]
    pub staff: Vec<Lenient<StaffInput>>,
    #[serde(default)]
    pub units: Vec<Lenient<UnitInput>>,
    #[serde(default)]
    pub events: Vec<Lenient<EventInput>>,
    /// Deadline reports with the person responsible: each overdue or late case is an
    /// `overdue_case` (CON-5), with no hand copying.
    #[serde(default)]
    pub deadline_reports: Vec<Lenient<DeadlineLink>>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffInput {
    pub id: RecordId,
    #[serde(default)]
    pub name: Option<String>,
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

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UnitHeads {
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub bureau: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UnitInput {
    pub id: RecordId,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub sector: Option<String>,
    #[serde(default)]
    pub heads: Option<UnitHeads>,
    /// Share of good ratings (SUP-2), 0–1: the second tie-break of the ranking (CON-9).
    #[serde(default)]
    pub good_rating_share: Option<f64>,
}

pub use super::codes::EventKind;

/// One event of the month. `kind` may be left out when `code` says it.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventInput {
    pub kind: Option<String>,
    pub code: Option<String>,
    #[serde(alias = "person")]
    pub staff_id: Option<RecordId>,
    /// `YYYY-MM-DD`, inside the period.
    pub date: Option<String>,
    /// Occurrences; a positive whole number, 1 when absent.
    pub count: Option<f64>,
    pub evidence: Option<String>,
    /// 三一四有, for an inspection: `false` is a missed item, an absent item was not observed.
    pub checklist: Option<Checklist>,
    /// The case of an `overdue_case`; one deduction per case and person.
    pub case_id: Option<RecordId>,
}

/// The 三一四有 checklist of one inspection (CON-3).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub greet: Option<bool>,
    pub seat: Option<bool>,
    pub water: Option<bool>,
    pub welcome: Option<bool>,
    pub farewell: Option<bool>,
    pub answer: Option<bool>,
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

    pub fn missed(&self) -> Vec<ChecklistItem> {
        self.items()
            .into_iter()
            .filter(|(_, done)| *done == Some(false))
            .map(|(item, _)| item)
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.items().iter().all(|(_, done)| done.is_none())
    }
}

/// A deadline report (`assessDeadline`'s output, or just its `id`, `status` and `dueAt`) with
/// the person responsible for the case.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineLink {
    #[serde(alias = "staffId")]
    pub responsible: RecordId,
    pub report: LinkedReport,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LinkedReport {
    #[serde(default)]
    pub id: Option<RecordId>,
    pub status: String,
    #[serde(default)]
    pub due_at: Option<String>,
    /// The due time lies past the calendar's data (CAL-2): not deducted until it is known.
    #[serde(default)]
    pub provisional: Option<bool>,
}

impl DeadlineLink {
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
    pub fn to_event(&self, locale: crate::messages::Locale) -> Result<Option<EventInput>, Error> {
        if !matches!(self.report.status.as_str(), "overdue" | "done_late") {
            return Ok(None);
        }
        let due = self.report.due_at.as_deref().ok_or_else(|| {
            Error::new(crate::error::ErrorCode::InvalidInstant, "report.dueAt").detail("missing")
        })?;
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
            date: Some(day.to_string()),
            count: None,
            evidence: Some(evidence),
            checklist: None,
            case_id: self.report.id.clone(),
        }))
    }
}

/// The `overdue_case` events of a batch of linked reports, in order; `None` where the case
/// was not overdue or late.
pub fn events_from_deadline_reports(
    links: &[DeadlineLink],
    locale: crate::messages::Locale,
) -> Vec<Result<Option<EventInput>, Error>> {
    links.iter().map(|l| l.to_event(locale)).collect()
}
