//! What the deadline engine answers, per case and per batch.

use serde::Serialize;
use tsify::Tsify;

use super::Category;
use crate::deadline::limit::Limit;
use crate::finding::Finding;
use crate::time::Minute;

/// A report's status. The default is `Invalid`: a report the rules have not filled in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Tsify)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Open, within its limit and short of the yellow-card thresholds: a green card.
    OnTrack,
    /// Open and past a yellow-card threshold (DL-9, `deadline.yellow`): a yellow card.
    Warning,
    /// Open and past its due time: a red card.
    Overdue,
    /// Concluded at or before its due time: a green card.
    DoneOnTime,
    /// Concluded after its due time: a red card.
    DoneLate,
    /// The record cannot be assessed: its findings say why, and it has no card.
    #[default]
    Invalid,
}

impl Status {
    /// Every status, in the order of its code (`Status::code`).
    pub const ALL: [Status; 6] = [
        Status::OnTrack,
        Status::Warning,
        Status::Overdue,
        Status::DoneOnTime,
        Status::DoneLate,
        Status::Invalid,
    ];

    /// The code used by the columnar API: the position in [`Status::ALL`].
    pub fn code(self) -> u8 {
        self as u8
    }
}

/// 电子监察 cards (DL-9).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Tsify)]
#[serde(rename_all = "snake_case")]
pub enum Card {
    /// On track, or done on time.
    Green,
    /// A warning (预警): the limit is running out.
    Yellow,
    /// Overdue (超期), or done late.
    Red,
}

impl Card {
    /// The code used by the columnar API; an invalid record has no card (255).
    pub fn code(self) -> u8 {
        self as u8
    }
}

pub const NO_CARD: u8 = u8::MAX;

/// How far a case or step has run past its limit.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct OverdueBy {
    /// Counted office minutes past the limit, pauses excluded (`officeMinutes` in JSON); 0 when
    /// the moment of reading is past the due time but outside office hours.
    pub office_minutes: u64,
    /// Whole office days of the hall's standard hours in `office_minutes`, rounded down
    /// (`workingDays` in JSON).
    pub working_days: i64,
}

/// A step's (环节) own limit, graded as the case is (DL-9).
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct StepReport {
    /// The step's name, clipped to 40 characters, with numbers and the approver's name masked
    /// (CASE-7); `steps[i]` when the record gives none.
    pub name: String,
    /// The step's status; never `invalid` (a step that cannot be assessed makes the case so).
    pub status: Status,
    /// The step's card.
    pub card: Card,
    /// When the step's counting began (ISO 8601, Beijing time): its start, or the next opening
    /// after it.
    pub starts_at: String,
    /// When the step is due (ISO 8601, Beijing time).
    pub due_at: String,
    /// When the step's card turns (or turned) yellow under DL-9, as for the case; `None`
    /// (`null`) when it goes straight to red.
    pub yellow_at: Option<String>,
    /// Counted office time over the office time its limit grants, rounded to four decimals.
    pub elapsed_share: f64,
    /// How far the step has run past its limit; `None` (`null`) when it has not.
    pub overdue_by: Option<OverdueBy>,
    /// The step's due time lies past the calendar's horizon (CAL-2).
    pub provisional: bool,
}

/// One case's deadline report (DL-1..10): its due time, status and card, and why. Every
/// optional member is `null` in JSON when absent. `Default` is an empty `invalid` report:
/// every time, count and card absent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct DeadlineReport {
    /// The record's id; `None` when it gives none.
    pub id: Option<String>,
    /// The case's category; `None` when it could not be read (the report is then `invalid`).
    pub category: Option<Category>,
    /// The case's status.
    pub status: Status,
    /// The case's card; `None` for an `invalid` report.
    pub card: Option<Card>,
    /// The limit applied, before any extension.
    pub limit: Option<Limit>,
    /// An approved extension (DL-5), added after the limit.
    pub extension: Option<Limit>,
    /// When the case was received (ISO 8601, Beijing time, in JSON).
    #[tsify(type = "string | null")]
    pub received_at: Option<Minute>,
    /// When counting began: the receipt, or the next opening after it (DL-8).
    #[tsify(type = "string | null")]
    pub starts_at: Option<Minute>,
    /// When the case is due: closing time on the limit's last day (DL-8), moved on by an
    /// extension and by pauses (ISO 8601, Beijing time, in JSON).
    #[tsify(type = "string | null")]
    pub due_at: Option<Minute>,
    /// `dueAt` in epoch milliseconds (`dueAtMs` in JSON).
    pub due_at_ms: Option<f64>,
    /// When the card turns (or turned) yellow under DL-9 (ISO 8601, Beijing time): schedule a
    /// reminder for it. `None` (`null`) when it goes straight from green to red (a limit of no
    /// office time) or the case cannot be assessed.
    #[tsify(type = "string | null")]
    pub yellow_at: Option<Minute>,
    /// Office time elapsed, pauses excluded, over office time from start to due.
    pub elapsed_share: Option<f64>,
    /// Counted office minutes from the start to the conclusion (or now), pauses excluded.
    pub elapsed_office_minutes: Option<u64>,
    /// Office minutes of the limit left, below 0 once past it; `None` for a concluded case.
    pub remaining_office_minutes: Option<i64>,
    /// For an open case, the working days after today (or after the start day, if later) up to
    /// and including the due day, 0 on the due day; past the due day, minus the working days
    /// after it up to today. `None` for a concluded case, or when a day is outside the calendar.
    pub remaining_working_days: Option<i64>,
    /// How far the case has run past its limit; `None` (`null`) when it has not.
    pub overdue_by: Option<OverdueBy>,
    /// An open pause has frozen the clock; `dueAt` assumes it ends now.
    pub paused: bool,
    /// The due date lies past the calendar's horizon (CAL-2).
    pub provisional: bool,
    /// The steps' reports, in the record's order.
    pub steps: Vec<StepReport>,
    /// What the rules found, with names and numbers masked (CASE-7).
    pub findings: Vec<Finding>,
}

impl DeadlineReport {
    /// An `invalid` report: the record's id, its category when it was read, and the findings
    /// that say why it cannot be assessed; every time, count and card absent.
    pub fn invalid(
        id: Option<String>,
        category: Option<Category>,
        findings: Vec<Finding>,
    ) -> DeadlineReport {
        DeadlineReport {
            id,
            category,
            findings,
            ..DeadlineReport::default()
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct StatusCounts {
    pub on_track: usize,
    pub warning: usize,
    pub overdue: usize,
    pub done_on_time: usize,
    pub done_late: usize,
    pub invalid: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Tsify)]
#[tsify(missing_as_null)]
pub struct CardCounts {
    pub green: usize,
    pub yellow: usize,
    pub red: usize,
}

/// The counts of a batch of reports.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct DeadlineSummary {
    /// Reports counted.
    pub total: usize,
    /// Reports per status (`byStatus` in JSON).
    pub by_status: StatusCounts,
    /// Reports per card (`byCard` in JSON); an `invalid` report has none.
    pub by_card: CardCounts,
    /// Reports with a provisional due time (CAL-2).
    pub provisional: usize,
}

impl DeadlineSummary {
    /// Counts one report: its status, its card (`None` for an invalid one, which adds to no
    /// card's count) and whether it is provisional.
    pub fn add(&mut self, status: Status, card: Option<Card>, provisional: bool) {
        self.total += 1;
        let s = &mut self.by_status;
        *match status {
            Status::OnTrack => &mut s.on_track,
            Status::Warning => &mut s.warning,
            Status::Overdue => &mut s.overdue,
            Status::DoneOnTime => &mut s.done_on_time,
            Status::DoneLate => &mut s.done_late,
            Status::Invalid => &mut s.invalid,
        } += 1;
        if let Some(card) = card {
            let c = &mut self.by_card;
            *match card {
                Card::Green => &mut c.green,
                Card::Yellow => &mut c.yellow,
                Card::Red => &mut c.red,
            } += 1;
        }
        self.provisional += provisional as usize;
    }

    /// The counts of `reports`.
    pub fn of(reports: &[DeadlineReport]) -> DeadlineSummary {
        let mut s = DeadlineSummary::default();
        for r in reports {
            s.add(r.status, r.card, r.provisional);
        }
        s
    }
}
