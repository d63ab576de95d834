//! What the deadline engine answers, per case and per batch.

use serde::Serialize;

use super::Category;
use crate::deadline::limit::Limit;
use crate::finding::Finding;
use crate::time::Minute;

/// A report's status. The default is `Invalid`: a report the rules have not filled in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    OnTrack,
    Warning,
    Overdue,
    DoneOnTime,
    DoneLate,
    #[default]
    Invalid,
}

impl Status {
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Card {
    Green,
    Yellow,
    Red,
}

impl Card {
    /// The code used by the columnar API; an invalid record has no card (255).
    pub fn code(self) -> u8 {
        self as u8
    }
}

pub const NO_CARD: u8 = u8::MAX;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OverdueBy {
    pub office_minutes: u64,
    pub working_days: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepReport {
    pub name: String,
    pub status: Status,
    pub card: Card,
    pub starts_at: String,
    pub due_at: String,
    /// When the step's card turns (or turned) yellow under DL-9, as for the case.
    pub yellow_at: Option<String>,
    pub elapsed_share: f64,
    pub overdue_by: Option<OverdueBy>,
    /// The step's due time lies past the calendar's horizon (CAL-2).
    pub provisional: bool,
}

/// `Default` is an empty `invalid` report: every time, count and card absent.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineReport {
    pub id: Option<String>,
    pub category: Option<Category>,
    pub status: Status,
    pub card: Option<Card>,
    /// The limit applied, before any extension.
    pub limit: Option<Limit>,
    /// An approved extension (DL-5), added after the limit.
    pub extension: Option<Limit>,
    pub received_at: Option<Minute>,
    /// When counting began: the receipt, or the next opening after it (DL-8).
    pub starts_at: Option<Minute>,
    pub due_at: Option<Minute>,
    pub due_at_ms: Option<f64>,
    /// When the card turns (or turned) yellow under DL-9, for a reminder; `None` when it goes
    /// straight from green to red (a limit of no office time).
    pub yellow_at: Option<Minute>,
    /// Office time elapsed, pauses excluded, over office time from start to due.
    pub elapsed_share: Option<f64>,
    pub elapsed_office_minutes: Option<u64>,
    pub remaining_office_minutes: Option<i64>,
    pub remaining_working_days: Option<i64>,
    pub overdue_by: Option<OverdueBy>,
    /// An open pause has frozen the clock; `dueAt` assumes it ends now.
    pub paused: bool,
    /// The due date lies past the calendar's horizon (CAL-2).
    pub provisional: bool,
    pub steps: Vec<StepReport>,
    pub findings: Vec<Finding>,
}

impl DeadlineReport {
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

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusCounts {
    pub on_track: usize,
    pub warning: usize,
    pub overdue: usize,
    pub done_on_time: usize,
    pub done_late: usize,
    pub invalid: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CardCounts {
    pub green: usize,
    pub yellow: usize,
    pub red: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineSummary {
    pub total: usize,
    pub by_status: StatusCounts,
    pub by_card: CardCounts,
    pub provisional: usize,
}

impl DeadlineSummary {
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

    pub fn of(reports: &[DeadlineReport]) -> DeadlineSummary {
        let mut s = DeadlineSummary::default();
        for r in reports {
            s.add(r.status, r.card, r.provisional);
        }
        s
    }
}
