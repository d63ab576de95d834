//! The runtime overlay (CAL-1, CAL-5): a new year's notice, local days off and extra service
//! days, passed as JSON when the engine is created. The notice shape is the same as
//! `cn-official-calendar.json`, so a published notice can be loaded as it is.

use serde::Deserialize;

use super::official::{DayName, Notice};
use crate::error::{join_path, Error, ErrorCode};
use crate::messages::Locale;
use crate::time::{parse_date, Day};

/// The calendar overlay as the config gives it (`config.calendar`): years of notices, local
/// days off and extra service days.
#[derive(Deserialize, Default, tsify::Tsify)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[tsify(rename = "CalendarOverlay", missing_as_null)]
pub struct OverlayInput {
    /// Years of notices as data (CAL-1); each replaces the embedded year of the same number.
    #[serde(default)]
    #[tsify(type = "CalendarYearNotice[]")]
    pub years: Vec<YearInput>,
    /// Local days off (CAL-5); each day becomes a local holiday, a working day included
    /// (`localHolidays` in JSON).
    #[serde(default)]
    #[tsify(type = "LocalDayInput[]")]
    pub local_holidays: Vec<NamedRange>,
    /// Days the hall opens that are otherwise off (CAL-5); on a working day one changes nothing
    /// (`extraServiceDays` in JSON).
    #[serde(default)]
    #[tsify(type = "LocalDayInput[]")]
    pub extra_service_days: Vec<NamedRange>,
    /// Notices as published (CAL-6), each read as `parseHolidayNotice` reads it; the lite
    /// build reads none and refuses them.
    #[serde(default)]
    #[cfg_attr(not(feature = "notices"), tsify(type = "never[]"))]
    pub notices: Vec<String>,
    /// Accepted and ignored, so the official JSON file loads unchanged.
    #[serde(default)]
    pub about: Option<String>,
    /// Accepted and ignored, as `about`: every time is Beijing time (CAL-3), whatever it says.
    #[serde(default)]
    pub timezone: Option<String>,
}

/// One year of a notice as data, in the shape of `cn-official-calendar.json` (whose
/// snake-case keys are accepted too).
#[derive(Deserialize, tsify::Tsify)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[tsify(rename = "CalendarYearNotice", missing_as_null)]
pub struct YearInput {
    /// The year the notice arranges, 2000–2100.
    pub year: i32,
    /// The notice's title. Absent: empty.
    #[serde(default)]
    pub notice: Option<String>,
    /// Where the data comes from (the notice's address); accepted and not used.
    #[serde(default)]
    pub source: Option<String>,
    /// The last day the year's data covers (`validThrough` or `valid_through`; CAL-2), from
    /// January 1 of the year to 31 days after it ends. Absent: December 31 of the year.
    #[serde(alias = "valid_through")]
    #[tsify(optional, type = "string | null")]
    pub valid_through: Option<String>,
    /// The days off; at least one, each within 31 days of the year.
    #[serde(default)]
    #[tsify(type = "LocalDayInput[]")]
    pub holidays: Vec<NamedRange>,
    /// The makeup working days (`makeupWorkdays` or `makeup_workdays`), each within 31 days
    /// of the year and outside the days off.
    #[serde(default, alias = "makeup_workdays")]
    #[tsify(type = "CalendarMakeupDay[]")]
    pub makeup_workdays: Vec<MakeupInput>,
    /// The count the official JSON file gives; accepted and not used (the calendar counts
    /// working days itself).
    #[serde(default, alias = "working_days_in_year")]
    pub working_days_in_year: Option<u32>,
}

/// A named day or run of days: `date` for one day, or `from` and `to`.
#[derive(Deserialize, tsify::Tsify)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[tsify(rename = "LocalDayInput", missing_as_null)]
pub struct NamedRange {
    /// The Chinese name (or the only one). Absent: the days have no name.
    #[serde(default)]
    pub name: Option<String>,
    /// The English name (`nameEn`). Absent: the Chinese name in English too.
    #[serde(default, alias = "nameEn")]
    pub name_en: Option<String>,
    /// The one day, read when `from` is absent.
    #[serde(default)]
    pub date: Option<String>,
    /// The first day; `from` or `date` is required.
    #[serde(default)]
    pub from: Option<String>,
    /// The last day, included, no earlier than the first and at most 366 days after it.
    /// Absent: the first day.
    #[serde(default)]
    pub to: Option<String>,
}

/// A makeup working day of a notice year.
#[derive(Deserialize, tsify::Tsify)]
#[serde(deny_unknown_fields)]
#[tsify(rename = "CalendarMakeupDay", missing_as_null)]
pub struct MakeupInput {
    /// The festival it makes up for (`for` in JSON), its name in both languages. Absent: no
    /// name.
    #[serde(default, rename = "for")]
    pub for_: Option<String>,
    /// The day.
    pub date: String,
}

/// A local day off or extra service day, read and checked: a named run of days.
pub struct LocalDay {
    /// The name.
    pub name: DayName,
    /// The first day.
    pub from: Day,
    /// The last day, included.
    pub to: Day,
}

/// The calendar overlay, read and checked, for [`Calendar::new`](super::Calendar::new).
pub struct Overlay {
    /// The overlay's years, those given as data first and then those read from notice
    /// texts; at most one per year.
    pub notices: Vec<Notice>,
    /// The local days off (CAL-5).
    pub local_holidays: Vec<LocalDay>,
    /// The extra service days (CAL-5).
    pub extra_service_days: Vec<LocalDay>,
}

fn name_of(zh: &Option<String>, en: &Option<String>) -> DayName {
    let zh = zh.clone().unwrap_or_default();
    DayName {
        en: en.clone().unwrap_or_else(|| zh.clone()),
        zh,
    }
}

/// `{date}` or `{from, to}`; `to` defaults to `from`.
fn parse_range(item: &NamedRange, path: &str) -> Result<(Day, Day), Error> {
    let (from, from_path) = match (&item.from, &item.date) {
        (Some(f), _) => (f, join_path(path, "from")),
        (None, Some(d)) => (d, join_path(path, "date")),
        (None, None) => {
            return Err(
                Error::new(ErrorCode::InvalidOverlay, &join_path(path, "from")).detail("missing"),
            )
        }
    };
    let from = parse_date(from, &from_path)?;
    let to = match &item.to {
        Some(t) => parse_date(t, &join_path(path, "to"))?,
        None => from,
    };
    if to < from || to.0 - from.0 > 366 {
        return Err(
            Error::new(ErrorCode::InvalidOverlay, &join_path(path, "to"))
                .detail(format!("{from} .. {to}")),
        );
    }
    Ok((from, to))
}

fn near_year(day: Day, year: i32) -> bool {
    // A notice may reach a few days into the neighbouring year (元旦 spans 12-30 … 01-01).
    let (first, last) = (Day::from_ymd(year, 1, 1), Day::from_ymd(year, 12, 31));
    matches!((first, last), (Some(f), Some(l)) if day >= f.plus(-31) && day <= l.plus(31))
}

fn parse_year(y: &YearInput, path: &str) -> Result<Notice, Error> {
    let year_path = join_path(path, "year");
    let jan1 = Day::from_ymd(y.year, 1, 1)
        .filter(|d| d.in_range())
        .ok_or_else(|| {
            Error::new(ErrorCode::DateOutOfRange, &year_path).detail(y.year.to_string())
        })?;
    let valid_through = match &y.valid_through {
        Some(v) => parse_date(v, &join_path(path, "validThrough"))?,
        None => Day::from_ymd(y.year, 12, 31).unwrap_or(jan1),
    };
    if valid_through < jan1 || !near_year(valid_through, y.year) {
        return Err(
            Error::new(ErrorCode::InvalidOverlay, &join_path(path, "validThrough"))
                .detail(valid_through.to_string()),
        );
    }
    // Every yearly notice has days off: a year without them would pass for official and end
    // the provisional reading of its statutory days in silence (third review).
    if y.holidays.is_empty() {
        return Err(
            Error::new(ErrorCode::InvalidOverlay, &join_path(path, "holidays"))
                .detail(format!("{}: no holidays", y.year)),
        );
    }
    let mut holidays = Vec::with_capacity(y.holidays.len());
    for (i, h) in y.holidays.iter().enumerate() {
        let here = join_path(path, &format!("holidays[{i}]"));
        let (from, to) = parse_range(h, &here)?;
        if !near_year(from, y.year) || !near_year(to, y.year) {
            return Err(
                Error::new(ErrorCode::InvalidOverlay, &here).detail(format!("{from} .. {to}"))
            );
        }
        holidays.push((name_of(&h.name, &h.name_en), from, to));
    }
    let mut makeup = Vec::with_capacity(y.makeup_workdays.len());
    for (i, m) in y.makeup_workdays.iter().enumerate() {
        let here = join_path(path, &format!("makeupWorkdays[{i}].date"));
        let day = parse_date(&m.date, &here)?;
        if !near_year(day, y.year) || holidays.iter().any(|(_, f, t)| (*f..=*t).contains(&day)) {
            return Err(Error::new(ErrorCode::InvalidOverlay, &here).detail(day.to_string()));
        }
        makeup.push((name_of(&m.for_, &None), day));
    }
    Ok(Notice {
        year: y.year,
        notice: y.notice.clone().unwrap_or_default(),
        valid_through,
        holidays,
        makeup_workdays: makeup,
        from_overlay: true,
    })
}

fn parse_local(items: &[NamedRange], path: &str) -> Result<Vec<LocalDay>, Error> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (from, to) = parse_range(item, &join_path(path, &format!("[{i}]")))?;
            Ok(LocalDay {
                name: name_of(&item.name, &item.name_en),
                from,
                to,
            })
        })
        .collect()
}

/// A notice read from its text (CAL-6), as the year a caller could have written by hand.
#[cfg(feature = "notices")]
fn year_of(parsed: super::notice::ParsedNotice) -> YearInput {
    let english = |zh: &str| {
        super::official::NAMES
            .iter()
            .find(|(z, _)| *z == zh)
            .map(|(_, en)| en.to_string())
    };
    YearInput {
        year: parsed.year,
        notice: Some(parsed.notice),
        source: None,
        valid_through: None,
        holidays: parsed
            .holidays
            .into_iter()
            .map(|h| NamedRange {
                name_en: english(&h.name),
                name: Some(h.name),
                date: None,
                from: Some(h.from),
                to: Some(h.to),
            })
            .collect(),
        makeup_workdays: parsed
            .makeup_workdays
            .into_iter()
            .map(|m| MakeupInput {
                for_: Some(m.for_),
                date: m.date,
            })
            .collect(),
        working_days_in_year: None,
    }
}

/// The notices given as text (CAL-6), each read into a year.
#[cfg(feature = "notices")]
fn read_notices(
    input: &OverlayInput,
    path: &str,
    locale: Locale,
) -> Result<Vec<(String, YearInput)>, Error> {
    input
        .notices
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let here = join_path(path, &format!("notices[{i}]"));
            let parsed = super::notice::parse_notice(text, &here, locale)?;
            // Its own year, or the December before for 元旦: neither may be a built-in year
            // (fifth review: a 2027 notice had made 2026-12-26 a working day).
            if let Some(year) = super::notice::years_touched(&parsed).into_iter().find(|t| {
                super::official::YEARS
                    .iter()
                    .any(|y| i32::from(y.year) == *t)
            }) {
                return Err(super::notice::already_embedded(year, &here, locale));
            }
            Ok((here, year_of(parsed)))
        })
        .collect()
}

/// The lite build reads no notice text: a year comes as overlay JSON (`years`).
#[cfg(not(feature = "notices"))]
fn read_notices(
    input: &OverlayInput,
    path: &str,
    _locale: Locale,
) -> Result<Vec<(String, YearInput)>, Error> {
    match input.notices.is_empty() {
        true => Ok(Vec::new()),
        false => Err(Error::new(ErrorCode::InvalidConfig, &join_path(path, "notices"))
            .detail("the lite build reads no notice text: use parseHolidayNotice from the full build, and pass its result in calendar.years")),
    }
}

impl Overlay {
    /// Reads and checks the overlay, reading each notice text as `notice::parse_notice` does
    /// (CAL-6); `locale` is the language of that reader's error details.
    ///
    /// # Errors
    /// At the offending member under `path`: `invalid_date` or `date_out_of_range` for a date
    /// that cannot be read or lies outside 2000–2100, and `date_out_of_range` for a year
    /// outside that range; `invalid_overlay` for a range without `from` or `date`, one that
    /// ends before it starts or spans more than 366 days, a year without days off, a day off
    /// or makeup day more than 31 days outside its year, a `validThrough` before January 1 or
    /// more than 31 days after the year, a makeup day inside the days off, or a year given
    /// twice; `invalid_notice` for a notice text that cannot be read or that touches an
    /// embedded year (2015–2026). In a build without the `notices` feature, any notice text
    /// is `invalid_config` at `notices`.
    pub fn from_input(input: &OverlayInput, path: &str, locale: Locale) -> Result<Overlay, Error> {
        let mut notices = Vec::with_capacity(input.years.len() + input.notices.len());
        let read = read_notices(input, path, locale)?;
        let given = input
            .years
            .iter()
            .enumerate()
            .map(|(i, y)| (join_path(path, &format!("years[{i}]")), y));
        for (here, y) in given.chain(read.iter().map(|(p, y)| (p.clone(), y))) {
            let notice = parse_year(y, &here)?;
            if notices.iter().any(|n: &Notice| n.year == notice.year) {
                return Err(
                    Error::new(ErrorCode::InvalidOverlay, &join_path(&here, "year"))
                        .detail(format!("{} ×2", notice.year)),
                );
            }
            notices.push(notice);
        }
        Ok(Overlay {
            notices,
            local_holidays: parse_local(&input.local_holidays, &join_path(path, "localHolidays"))?,
            extra_service_days: parse_local(
                &input.extra_service_days,
                &join_path(path, "extraServiceDays"),
            )?,
        })
    }
}
