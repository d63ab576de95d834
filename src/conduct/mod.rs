//! Conduct scoring (考评, CON-1..9, SUP-5): monthly score cards, pay and post recommendations
//! over a period, and the ranking of units and windows within each sector.
//!
//! Scores are counted in tenths of a point (−0.5 exists), so sums and grade boundaries are
//! exact; they leave as `f64` with at most one decimal.

pub mod codes;
pub mod input;
pub mod period;
pub mod ranking;
pub mod rules;
pub mod score;

pub use crate::input::Lenient;
pub use codes::{Action, ChecklistItem, ConductCode, ConductIssue, Grade};
pub use input::{
    events_from_deadline_reports, Checklist, ConductInput, DeadlineLink, EventInput, EventKind,
    LinkedReport, StaffInput, UnitHeads, UnitInput,
};
pub(crate) use period::assess_period_valid;
pub use period::{assess_period, CardSummary, MonthCards, PeriodResult};
pub(crate) use ranking::rank_units_valid;
pub use ranking::{rank_units, RankingInput, RankingResult};
pub use rules::{ConductRules, GradeBands, PayAndPosts, PointEntry, PointsTable, RankingRules};
pub(crate) use score::score_conduct_valid;
pub use score::{score_conduct, ConductResult, ScoreCard};

use crate::error::{Error, ErrorCode};
use crate::text::TrimSpaces;
use crate::time::{Day, MAX_YEAR, MIN_YEAR};

/// A calendar month, the unit of assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// The year; 2000–2100 for a month read by [`Month::parse`].
    pub year: i32,
    /// 1–12.
    pub month: u32,
}

impl Month {
    /// `YYYY-MM`, within the supported years.
    ///
    /// # Errors
    ///
    /// `invalid_argument` at `path`, with the value (clipped), for anything but `YYYY-MM` with a
    /// month 01–12 and a year 2000–2100; the text is not trimmed.
    pub fn parse(text: &str, path: &str) -> Result<Month, Error> {
        let b = text.as_bytes();
        let num = |r: std::ops::Range<usize>| {
            b.get(r).and_then(|d| {
                d.iter().try_fold(0u32, |acc, &c| {
                    c.is_ascii_digit().then(|| acc * 10 + (c - b'0') as u32)
                })
            })
        };
        let parsed = match (b.len(), b.get(4)) {
            (7, Some(b'-')) => num(0..4).zip(num(5..7)),
            _ => None,
        };
        match parsed {
            Some((y, m))
                if (1..=12).contains(&m) && (MIN_YEAR..=MAX_YEAR).contains(&(y as i32)) =>
            {
                Ok(Month {
                    year: y as i32,
                    month: m,
                })
            }
            // A period that is a name is masked (helper-90: `赵六`, a unit head's name, was
            // quoted whole; only the staff's names had masked it).
            _ => Err(Error::new(ErrorCode::InvalidArgument, path).detail(format!(
                "\"{}\" (expected YYYY-MM)",
                crate::report::mask::mask_if_name_like(&crate::text::clip(text))
            ))),
        }
    }

    /// Months since year 0, so consecutive months differ by one.
    pub fn index(self) -> i32 {
        self.year * 12 + self.month as i32 - 1
    }

    /// The month of an index from [`Month::index`]: `from_index(m.index() + 1)` is the month
    /// after `m`. Any index is read; the year is not checked against the supported range.
    pub fn from_index(i: i32) -> Month {
        Month {
            year: i.div_euclid(12),
            month: i.rem_euclid(12) as u32 + 1,
        }
    }

    /// Whether `day` falls in this month.
    pub fn contains(self, day: Day) -> bool {
        let (y, m, _) = day.ymd();
        y == self.year && m == self.month
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Personal names in every result are masked (CASE-7) the way every report masks them:
/// "张伟" is "张*". Staff ids stay as they are.
pub use crate::report::mask::mask_name;

/// A value in tenths of a point. Validation has checked steps of 0.1; anything else is rounded
/// and clamped so that no input can overflow.
pub(crate) fn tenths(x: f64) -> i64 {
    if x.is_finite() {
        (x * 10.0).round().clamp(-1.0e12, 1.0e12) as i64
    } else {
        0
    }
}

/// A staff id as a message shows it: clipped, and masked when it is a name (`周杰伦` as an id
/// reads 周**: helper-82); `S0123` as given.
pub(crate) fn shown_id(id: &str) -> String {
    crate::report::mask::mask_if_name(&crate::text::clip(id))
}

/// A unit, window or sector as a staff record gives it, trimmed; none when blank or a
/// placeholder (`-`, `无`, `暂无`, `N/A`: [`crate::report::mask::is_no_name`]), as every API reads
/// such a value (helper-86: an uncertified person whose window was `-` was said to serve at
/// one, CON-8, and `unit: "暂无"` was a unit of its own).
pub(crate) fn given(text: Option<&str>) -> Option<&str> {
    // What a staff list writes for a window or unit not assigned, compared as ids are (width,
    // spaces, unseen marks and case aside) (helper-87, helper-88: `无窗口`, `NA`, `未 分配` had
    // been windows, and an uncertified person said to serve at one). Only whole words: 无障碍
    // 窗口 and 非税收入窗口 are windows.
    const UNASSIGNED: &[&str] = &[
        "na",
        "nil",
        "nan",
        "none",
        "null",
        "tba",
        "tbd",
        "pending",
        "unassigned",
        "没有",
        "不适用",
        "未设置",
        "未分配",
        "暂未分配",
        "待分配",
        "未定",
        "待定",
        "无窗口",
        "暂无窗口",
        "非窗口",
        "非窗口岗",
        "未分配窗口",
        "无单位",
        "暂无单位",
        "未分配单位",
        "无窗口号",
        "notapplicable",
    ];
    let text = text.map(str::trim_spaces)?;
    // No placeholder holds a digit: most ids (`W12`, `U3`) are answered without a key.
    if text.bytes().any(|b| b.is_ascii_digit()) {
        return Some(text);
    }
    let key = crate::text::loose_key(text).to_ascii_lowercase();
    let none = key.is_empty()
        || crate::report::mask::is_no_name(text)
        || UNASSIGNED.contains(&key.as_str());
    (!none).then_some(text)
}

/// A person's month in a finding's detail: `人员 S0123 于 2026-01`, `staff S0123 in 2026-01`.
/// A word stands between the id and the month: with a space or a comma alone, the masker read
/// an id's digits and the year as one number (helper-84: `S0123 2026-01` was shown
/// `S012* **26-01`; helper-86: `2026-01，1234567` was `202*-**，***4567`).
pub(crate) fn month_and_id(month: &str, id: &str, locale: crate::Locale) -> String {
    let id = shown_id(id);
    match locale.is_english() {
        true => format!("staff {id} in {month}"),
        false => format!("人员 {id} 于 {month}"),
    }
}

pub(crate) fn points(t: i64) -> f64 {
    t as f64 / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fifth review: a staff record that cannot be read quoted its person's name.
    #[test]
    fn an_unreadable_record_masks_its_names() {
        let r: Lenient<StaffInput> =
            serde_json::from_str(r#"{ "id": "S1", "name": "张三丰", "certified": "张三丰" }"#)
                .unwrap();
        let e = r.0.unwrap_err();
        assert!(
            !e.detail.contains("张三丰") && e.detail.contains("张**"),
            "{}",
            e.detail
        );
    }

    #[test]
    fn names_are_masked() {
        assert_eq!(mask_name("张伟"), "张*");
        assert_eq!(mask_name("欧阳娜娜"), "欧***");
        // A one-character name is all first character: nothing of it is shown.
        assert_eq!(mask_name(" 李 "), "*");
        assert_eq!(mask_name(""), "");
        assert_eq!(mask_name("张*"), "张*");
        assert_eq!(mask_name("John Smith"), "J*********");
    }

    #[test]
    fn months_parse_and_count() {
        let m = Month::parse("2026-03", "p").unwrap();
        assert_eq!(m.to_string(), "2026-03");
        assert_eq!(Month::from_index(m.index() + 10).to_string(), "2027-01");
        for bad in [
            "2026-3",
            "2026-13",
            "2026-00",
            "1999-12",
            "2026/03",
            "２０２６-03",
            "",
        ] {
            assert!(Month::parse(bad, "p").is_err(), "{bad}");
        }
        assert!(m.contains(Day::from_ymd(2026, 3, 31).unwrap()));
        assert!(!m.contains(Day::from_ymd(2026, 4, 1).unwrap()));
    }

    #[test]
    fn lenient_records_keep_their_errors() {
        let v: Vec<Lenient<input::EventInput>> =
            serde_json::from_str(r#"[{"kind":"violation"},{"count":"x"},7]"#).unwrap();
        assert!(v[0].0.is_ok());
        assert_eq!(v[1].0.as_ref().unwrap_err().path, "count");
        assert_eq!(v[2].0.as_ref().unwrap_err().path, "");
        // Also through serde_json::Value, as a JS edge might do.
        let value = serde_json::json!([{"kind":"violation"},{"count":"x"}]);
        let v: Vec<Lenient<input::EventInput>> = serde_json::from_value(value).unwrap();
        assert!(v[0].0.is_ok() && v[1].0.is_err());
    }
}
