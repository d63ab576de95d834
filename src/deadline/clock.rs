//! The office clock (DL-8): limits turned into due instants, and office time with pauses
//! (DL-7) taken out. Positions are counted office minutes from the calendar's start, so
//! elapsed time is a subtraction and pauses are intervals on one line.

use crate::calendar::Calendar;
use crate::deadline::limit::{Limit, LimitUnit};
use crate::error::Error;
use crate::time::Minute;

/// The end of a limit that starts counting at `start` (already moved to an opening).
/// N working days end at closing time on the N-th working day after the start day; zero is
/// the same day, and so are zero working hours. Calendar days whose last day is a day off move to the next working day
/// (民法典 art. 203). Working hours count office minutes only.
///
/// # Errors
///
/// `date_out_of_range`, with an empty path, when `start` or the limit's end lies outside
/// 2000-01-01 to 2100-12-31: the errors of the [`Calendar`] methods it calls
/// (`add_working_days`, `closing_time`, `office_position`, `at_office_position`).
pub fn limit_end(cal: &Calendar, start: Minute, limit: Limit) -> Result<Minute, Error> {
    let n = limit.value as i64;
    match limit.unit {
        LimitUnit::WorkingDays => cal.closing_time(cal.add_working_days(start.day(), n)?),
        LimitUnit::CalendarDays => {
            let last = start.day().plus(limit.value as i32);
            cal.closing_time(cal.add_working_days(last, 0)?)
        }
        // Zero hours is 即办, as zero days is: closing time on the start day. (Counted as
        // office minutes it would end where the day before closed: a red card at receipt.)
        LimitUnit::WorkingHours if n == 0 => cal.closing_time(start.day()),
        LimitUnit::WorkingHours => {
            cal.at_office_position(cal.office_position(start)? + n as u64 * 60)
        }
    }
}

/// Merged pauses as office positions; `None` is a pause still open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pauses(Vec<(u64, Option<u64>)>);

impl Pauses {
    /// Pauses from `(from, to)` spans of office positions, `to` `None` for a pause still open:
    /// sorted by start, and spans that overlap or touch merged into one; an open span takes in
    /// every span that starts after it.
    pub fn new(mut spans: Vec<(u64, Option<u64>)>) -> Pauses {
        crate::sort::sort_by_key_small(&mut spans, |s| s.0);
        let mut merged: Vec<(u64, Option<u64>)> = Vec::with_capacity(spans.len());
        for (from, to) in spans {
            match merged.last_mut() {
                Some((_, last_to)) if last_to.is_none_or(|t| from <= t) => {
                    *last_to = match (*last_to, to) {
                        (Some(a), Some(b)) => Some(a.max(b)),
                        _ => None,
                    };
                }
                _ => merged.push((from, to)),
            }
        }
        Pauses(merged)
    }

    /// Whether a pause still open (with no end) has begun at or before `pos`: the clock stands
    /// there.
    pub fn is_open_at(&self, pos: u64) -> bool {
        self.0.iter().any(|&(f, t)| f <= pos && t.is_none())
    }

    /// Paused office minutes within `[start, end)`.
    pub fn paused_between(&self, start: u64, end: u64) -> u64 {
        self.0
            .iter()
            .map(|&(f, t)| {
                let (a, b) = (f.max(start), t.unwrap_or(u64::MAX).min(end));
                b.saturating_sub(a)
            })
            .sum()
    }

    /// The pauses with an open one ending at `resume`, as `due_position` reads them: the
    /// counting the due time (and `yellowAt`) assume while a pause is still open.
    pub fn resumed_at(&self, resume: u64) -> Pauses {
        Pauses(
            self.0
                .iter()
                .map(|&(f, t)| (f, Some(t.unwrap_or(resume.max(f)))))
                .collect(),
        )
    }

    /// Counted office minutes from `start` to `end`: office time less paused time.
    pub fn counted(&self, start: u64, end: u64) -> u64 {
        end.saturating_sub(start)
            - self
                .paused_between(start, end)
                .min(end.saturating_sub(start))
    }

    /// Where the clock reaches `budget` counted minutes. An open pause is treated as ending
    /// at `resume`, which gives the earliest the case can now be due.
    pub fn due_position(&self, start: u64, budget: u64, resume: u64) -> u64 {
        let (mut cur, mut need) = (start, budget);
        for &(from, to) in &self.0 {
            let to = to.unwrap_or(resume.max(from));
            if to <= cur {
                continue;
            }
            if from >= cur + need {
                break;
            }
            need -= from.saturating_sub(cur);
            cur = cur.max(to);
        }
        cur + need
    }
}
