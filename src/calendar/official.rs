//! The national calendar (CAL-1, CAL-2): the State Council's notices, embedded as static tables.

use crate::time::Day;

/// A run of days off: name index, first day, last day (`yyyymmdd`).
pub struct Span(pub u8, pub u32, pub u32);

pub struct OfficialYear {
    pub year: u16,
    pub notice: &'static str,
    pub valid_through: u32,
    pub holidays: &'static [Span],
    pub makeup_workdays: &'static [(u8, u32)],
}

pub use super::official_data::{NAMES, YEARS};

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
    pub year: i32,
    pub notice: String,
    pub valid_through: Day,
    pub holidays: Vec<(DayName, Day, Day)>,
    pub makeup_workdays: Vec<(DayName, Day)>,
    pub from_overlay: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DayName {
    pub zh: String,
    pub en: String,
}

impl DayName {
    pub fn official(index: u8) -> DayName {
        let (zh, en) = NAMES.get(index as usize).copied().unwrap_or(("", ""));
        DayName {
            zh: zh.to_string(),
            en: en.to_string(),
        }
    }
}

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
