//! The columnar path for large volumes: typed arrays in, typed arrays out, no per-record
//! objects. A bad row gets status `invalid` (code 5) and its neighbours are still answered.

use super::clock::limit_end;
use super::report::NO_CARD;
use super::{Category, Context, DeadlineSummary, Run, Status};
use crate::deadline::limit::{Limit, LimitUnit};
use crate::error::{Error, ErrorCode};
use crate::time::Minute;

/// Column inputs. Optional columns may be empty; otherwise every column has one entry a row.
#[derive(Default)]
pub struct Columns<'a> {
    /// Epoch milliseconds.
    pub received_at: &'a [f64],
    /// [`Category::code`].
    pub category: &'a [u8],
    /// NaN for the category's default.
    pub limit_value: &'a [f64],
    /// [`LimitUnit::code`]; 255 (or no column) for the hall's unit, `ruleset.deadline.limitUnit`.
    pub limit_unit: &'a [u8],
    /// Epoch milliseconds; NaN while the case is open.
    pub concluded_at: &'a [f64],
    /// Office minutes already paused (DL-7), taken out of the elapsed time.
    pub paused_minutes: &'a [f64],
}

/// The columnar answer: one entry a row in each column, in the rows' order, and the batch's
/// counts.
pub struct ColumnarResult {
    /// [`Status::code`] of each row; 5 (`invalid`) for a row that cannot be assessed.
    pub status: Vec<u8>,
    /// [`Card::code`](super::Card::code) of each row; 255 for an invalid row, which has no card.
    pub card: Vec<u8>,
    /// Epoch milliseconds; NaN for invalid rows.
    pub due_at: Vec<f64>,
    /// Counts per status and card, and of provisional due times (CAL-2), as the object API gives
    /// them.
    pub summary: DeadlineSummary,
}

/// Rows per call; a larger batch is split by the caller.
pub const MAX_ROWS: usize = 5_000_000;

impl Columns<'_> {
    /// The number of rows: the length of `receivedAt`.
    ///
    /// # Errors
    ///
    /// `too_large` at `columns.receivedAt` for more than `MAX_ROWS` rows; `invalid_columns` at
    /// `columns.<name>` when `category`, or an optional column that is not empty, is not as long
    /// as `receivedAt`.
    pub fn rows(&self) -> Result<usize, Error> {
        let n = self.received_at.len();
        if n > MAX_ROWS {
            return Err(Error::new(ErrorCode::TooLarge, "columns.receivedAt")
                .detail(format!("{n} > {MAX_ROWS}")));
        }
        let required = [("category", self.category.len())];
        let optional = [
            ("limitValue", self.limit_value.len()),
            ("limitUnit", self.limit_unit.len()),
            ("concludedAt", self.concluded_at.len()),
            ("pausedMinutes", self.paused_minutes.len()),
        ];
        for (name, len) in required
            .into_iter()
            .chain(optional.into_iter().filter(|(_, len)| *len != 0))
        {
            if len != n {
                return Err(
                    Error::new(ErrorCode::InvalidColumns, &format!("columns.{name}"))
                        .detail(format!("{len} ≠ {n}")),
                );
            }
        }
        Ok(n)
    }
}

impl Context<'_> {
    /// Status, card and due time of every row at `now`, as `assess` gives them for a case with
    /// no steps, follow-ups or extension. A row's pauses are only its total of paused office
    /// minutes, taken as all before the due time; no `yellowAt` is worked out. A row that cannot
    /// be assessed is `invalid`, with no card and a NaN due time, and the other rows are still
    /// answered: a time that cannot be read or lies outside the calendar, received or concluded
    /// after `now`, concluded before receipt, an unknown category or limit unit, a limit value
    /// that is negative, fractional, infinite or above `MAX_LIMIT_VALUE`, or paused minutes that
    /// are negative, infinite or above `MAX_LIMIT_VALUE` × 1440.
    ///
    /// # Errors
    ///
    /// As [`Columns::rows`]: `too_large` or `invalid_columns` when the columns do not fit together.
    pub fn assess_columns(&self, cols: &Columns, now: Minute) -> Result<ColumnarResult, Error> {
        let n = cols.rows()?;
        let mut out = ColumnarResult {
            status: Vec::with_capacity(n),
            card: Vec::with_capacity(n),
            due_at: Vec::with_capacity(n),
            summary: DeadlineSummary::default(),
        };
        for i in 0..n {
            match self.assess_row(cols, i, now) {
                Some((status, card, due, provisional)) => {
                    out.status.push(status.code());
                    out.card.push(card.code());
                    out.due_at.push(due.to_epoch_ms());
                    out.summary.add(status, Some(card), provisional);
                }
                None => {
                    out.status.push(Status::Invalid.code());
                    out.card.push(NO_CARD);
                    out.due_at.push(f64::NAN);
                    out.summary.add(Status::Invalid, None, false);
                }
            }
        }
        Ok(out)
    }

    fn assess_row(
        &self,
        cols: &Columns,
        i: usize,
        now: Minute,
    ) -> Option<(Status, super::Card, Minute, bool)> {
        let cal = self.calendar;
        // Received or concluded after `now`: a bad row, as in the object API (CASE-5).
        let received =
            Minute::from_epoch_ms(cols.received_at[i]).filter(|m| m.in_range() && *m <= now)?;
        let category = Category::from_code(cols.category[i])?;
        let default = category.default_limit(self.rules);
        let limit = match (cols.limit_value.get(i), cols.limit_unit.get(i)) {
            (Some(v), unit) if v.is_finite() => {
                if *v < 0.0
                    || *v > crate::deadline::limit::MAX_LIMIT_VALUE as f64
                    || v.fract() != 0.0
                {
                    return None;
                }
                let unit = match unit.copied() {
                    // A bare number is in the hall's unit, as the object API reads `5`.
                    None | Some(u8::MAX) => self.rules.limit_unit,
                    Some(code) => LimitUnit::from_code(code)?,
                };
                Limit {
                    value: *v as u32,
                    unit,
                }
            }
            (Some(v), _) if !v.is_nan() => return None,
            _ => default,
        };
        let concluded = match cols.concluded_at.get(i) {
            Some(v) if !v.is_nan() => Some(
                Minute::from_epoch_ms(*v)
                    .filter(|m| m.in_range() && *m >= received && *m <= now)?,
            ),
            _ => None,
        };
        // More paused time than any limit can hold is a bad row, not an overflow.
        let max_paused = crate::deadline::limit::MAX_LIMIT_VALUE as f64 * 1440.0;
        let paused = match cols.paused_minutes.get(i) {
            Some(p) if p.is_finite() && (0.0..=max_paused).contains(p) => *p as u64,
            Some(p) if !p.is_nan() => return None,
            _ => 0,
        };
        let start = cal.next_opening(received).ok()?;
        let start_pos = cal.office_position(start).ok()?;
        let nominal = limit_end(cal, start, limit).ok()?;
        let budget = cal.office_position(nominal).ok()?.saturating_sub(start_pos);
        // With no pause the due instant is the limit's end; the inverse lookup is for pauses.
        let due = if paused == 0 {
            nominal
        } else {
            cal.at_office_position((start_pos + budget + paused).max(1))
                .ok()?
        };
        let read_at = concluded.unwrap_or(now);
        let at_pos = cal.office_position(read_at).ok()?.max(start_pos);
        let run = Run {
            start,
            due,
            budget,
            counted: (at_pos - start_pos).saturating_sub(paused),
            frozen: false,
            // The columnar result has no yellowAt column; the object API gives it.
            yellow_at: None,
        };
        let (status, card) = self.grade(&run, concluded, now).ok()?;
        let provisional = cal.span_is_provisional(start.day(), due.day());
        Some((status, card, due, provisional))
    }
}
