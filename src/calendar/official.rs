//! The national calendar (CAL-1, CAL-2): the State Council's notices, embedded as static tables.

use crate::time::Day;

/// A run of days off: name index, first day, last day (`yyyymmdd`).
pub struct Span(pub u8, pub u32, pub u32);

/// One year of the embedded notices, packed as static data (see [`YEARS`]).
pub struct OfficialYear {
    /// The year the notice arranges.
    pub year: u16,
    /// The notice's title (with its number where known), and those of any later notice that
    /// changed the year.
    pub notice: &'static str,
    /// The last day the year's data covers (`yyyymmdd`).
    pub valid_through: u32,
    /// The runs of days off.
    pub holidays: &'static [Span],
    /// The makeup working days: the index into [`NAMES`] of the festival each one makes up
    /// for, and the day (`yyyymmdd`).
    pub makeup_workdays: &'static [(u8, u32)],
}

pub use super::official_data::{NAMES, YEARS};

/// The day of a packed `yyyymmdd` date; 1970-01-01 (`Day(0)`) for a number that is no date.
pub fn unpack(yyyymmdd: u32) -> Day {
    Day::from_ymd(
        (yyyymmdd / 10_000) as i32,
        yyyymmdd / 100 % 100,
        yyyymmdd % 100,
    )
    .unwrap_or(Day(0))
}

/// One year's notice, embedded or loaded through an overlay.
#[derive(Clone, Debug)]
pub struct Notice {
    /// The year the notice arranges.
    pub year: i32,
    /// The notice's title; empty when an overlay year gave none.
    pub notice: String,
    /// The last day the year's data covers (CAL-2).
    pub valid_through: Day,
    /// The runs of days off: name, first day and last day, both included.
    pub holidays: Vec<(DayName, Day, Day)>,
    /// The makeup working days: the name of the festival each makes up for, and the day.
    pub makeup_workdays: Vec<(DayName, Day)>,
    /// `true` for a year the overlay gave, `false` for an embedded one.
    pub from_overlay: bool,
}

/// A day's name in Chinese and in English; an empty `zh` means the day has no name.
#[derive(Clone, Debug, PartialEq)]
pub struct DayName {
    /// The Chinese name.
    pub zh: String,
    /// The English name; for an overlay name given without one, the Chinese name.
    pub en: String,
}

impl DayName {
    /// The name at `index` in [`NAMES`]; empty (no name) for an index past its end.
    pub fn official(index: u8) -> DayName {
        let (zh, en) = NAMES.get(index as usize).copied().unwrap_or(("", ""));
        DayName {
            zh: zh.to_string(),
            en: en.to_string(),
        }
    }
}

/// The embedded notices ([`YEARS`]), one per year in year order, as notices.
pub fn embedded_notices() -> Vec<Notice> {
    YEARS
        .iter()
        .map(|y| Notice {
            year: y.year as i32,
            notice: y.notice.to_string(),
            valid_through: unpack(y.valid_through),
            holidays: y
                .holidays
                .iter()
                .map(|s| (DayName::official(s.0), unpack(s.1), unpack(s.2)))
                .collect(),
            makeup_workdays: y
                .makeup_workdays
                .iter()
                .map(|&(n, d)| (DayName::official(n), unpack(d)))
                .collect(),
            from_overlay: false,
        })
        .collect()
}
