//! A time limit (3 working days, 7 calendar days, 4 working hours) and its unit, as every rule
//! that sets one writes it (DL-1..6, CASE-6, SUP-3). Counting a limit from a moment is
//! [`super::clock`]'s.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The unit a limit is counted in (DL-8); serialized in snake_case (`working_days`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "snake_case")]
pub enum LimitUnit {
    /// Working days: N of them end at closing time on the N-th working day after the start day.
    WorkingDays,
    /// Calendar days: a last day that is a day off moves to the next working day, at closing
    /// time (民法典 art. 203).
    CalendarDays,
    /// Working hours: office minutes only, 60 an hour.
    WorkingHours,
}

impl LimitUnit {
    /// The code used by the columnar API: 0 working days, 1 calendar days, 2 working hours.
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The unit of a columnar code; `None` for any code but 0, 1 and 2.
    pub fn from_code(code: u8) -> Option<LimitUnit> {
        [
            LimitUnit::WorkingDays,
            LimitUnit::CalendarDays,
            LimitUnit::WorkingHours,
        ]
        .get(code as usize)
        .copied()
    }
}

/// A time limit such as 3 working days. Zero working days is the same-day rule (DL-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    /// How many units; 0 is the same-day rule (DL-1) whatever the unit.
    pub value: u32,
    /// The unit.
    pub unit: LimitUnit,
}

impl Limit {
    /// A limit of `value` working days.
    pub const fn working_days(value: u32) -> Limit {
        Limit {
            value,
            unit: LimitUnit::WorkingDays,
        }
    }
}

impl Limit {
    /// For messages: 3个工作日 / 3 working days.
    pub fn describe(&self, locale: crate::messages::Locale) -> String {
        let n = self.value;
        // Zero of any unit is the same-day rule (DL-1): closing time on the day it starts.
        if n == 0 {
            return crate::messages::pick(locale, "当日办结（即办）", "the same day (immediate)")
                .to_string();
        }
        match (locale.is_english(), self.unit) {
            (false, LimitUnit::WorkingDays) => format!("{n}个工作日"),
            (false, LimitUnit::CalendarDays) => format!("{n}个自然日"),
            (false, LimitUnit::WorkingHours) => format!("{n}个工作小时"),
            (true, unit) => {
                let word = match unit {
                    LimitUnit::WorkingDays => "working day",
                    LimitUnit::CalendarDays => "calendar day",
                    LimitUnit::WorkingHours => "working hour",
                };
                format!("{n} {word}{}", if n == 1 { "" } else { "s" })
            }
        }
    }
}

impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            LimitUnit::WorkingDays => "working_days",
            LimitUnit::CalendarDays => "calendar_days",
            LimitUnit::WorkingHours => "working_hours",
        };
        write!(f, "{} {unit}", self.value)
    }
}

/// Longest limit accepted anywhere: ten years of days keeps every due date inside the tables.
pub const MAX_LIMIT_VALUE: u32 = 3660;
