//! Office hours (CAL-4): blocks at minute resolution, seasonal date ranges, optional Saturday
//! service. Deadlines count office minutes on working days only; Saturday service and extra
//! service days open the hall without adding statutory working time.

use serde::Deserialize;

use crate::error::{join_path, Error, ErrorCode};
use crate::text::clip;
use crate::time::{parse_clock, Day};

/// Sorted, non-overlapping `[from, to)` minute-of-day intervals.
pub type Blocks = Vec<(u16, u16)>;

/// A hall's office hours as its config gives them (`config.officeHours`, CAL-4); blocks are
/// `"HH:MM-HH:MM"` texts.
#[derive(Deserialize, Default, tsify::Tsify)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[tsify(rename = "OfficeHoursConfig", missing_as_null)]
pub struct OfficeHoursInput {
    /// The standard blocks of a working day, each `HH:MM-HH:MM`. Absent: 09:00–12:00 and
    /// 13:30–17:30 (DL-8).
    #[serde(default)]
    pub blocks: Option<Vec<String>>,
    /// Seasonal hours; on a day that several seasons cover, the first one listed applies.
    #[serde(default)]
    #[tsify(type = "OfficeHoursSeason[]")]
    pub seasons: Vec<SeasonInput>,
    /// The blocks of Saturday service, on a Saturday that is an ordinary weekend day; the
    /// hall opens, but the time does not count toward limits. Absent: no Saturday service.
    #[serde(default)]
    pub saturday: Option<Vec<String>>,
}

/// Office hours for a span of dates, in place of the standard blocks (summer and winter
/// hours, say).
#[derive(Deserialize, tsify::Tsify)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[tsify(rename = "OfficeHoursSeason", missing_as_null)]
pub struct SeasonInput {
    /// A label for the season; accepted and not used.
    #[serde(default)]
    pub name: Option<String>,
    /// The first day: `MM-DD` for a season that recurs every year, or a date (`YYYY-MM-DD`)
    /// for a fixed one. `from` and `to` must be of the same form.
    pub from: String,
    /// The last day, included, in the form of `from`. A yearly season may wrap the new year
    /// (`10-01` to `04-30`); a fixed one may not end before it starts.
    pub to: String,
    /// The blocks in force during the season.
    pub blocks: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum SeasonBound {
    /// `MM-DD`, recurring every year, as `month * 100 + day`.
    Yearly(u32, u32),
    Fixed(Day, Day),
}

/// A hall's office hours, read and checked (CAL-4). The default is 09:00–12:00 and
/// 13:30–17:30, with no season and no Saturday service.
#[derive(Clone, Debug, PartialEq)]
pub struct OfficeHours {
    /// The blocks of a day that no season covers.
    pub standard: Blocks,
    seasons: Vec<(SeasonBound, Blocks)>,
    /// The blocks of Saturday service; `None` when the hall has none.
    pub saturday: Option<Blocks>,
}

impl Default for OfficeHours {
    fn default() -> Self {
        OfficeHours {
            standard: vec![(9 * 60, 12 * 60), (13 * 60 + 30, 17 * 60 + 30)],
            seasons: vec![],
            saturday: None,
        }
    }
}

/// `"09:00-12:00"` blocks; each must end after it starts, and blocks may not overlap.
///
/// # Errors
///
/// `invalid_office_hours` at `path[i]` for a block without `-` or that does not end after it
/// starts, `invalid_clock` there for a time that is not `HH:MM`; `invalid_office_hours` at
/// `path` for an empty list (detail `[]`) or blocks that overlap (detail `overlap`).
pub fn parse_blocks(items: &[String], path: &str) -> Result<Blocks, Error> {
    let mut blocks = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let here = format!("{path}[{i}]");
        let (from, to) = item
            .split_once('-')
            .ok_or_else(|| Error::new(ErrorCode::InvalidOfficeHours, &here).detail(clip(item)))?;
        let (from, to) = (
            parse_clock(from.trim(), &here)?,
            parse_clock(to.trim(), &here)?,
        );
        if to <= from {
            return Err(Error::new(ErrorCode::InvalidOfficeHours, &here).detail(clip(item)));
        }
        blocks.push((from, to));
    }
    if blocks.is_empty() {
        return Err(Error::new(ErrorCode::InvalidOfficeHours, path).detail("[]"));
    }
    crate::sort::sort_by_key_small(&mut blocks, |b| *b);
    if blocks.windows(2).any(|w| w[1].0 < w[0].1) {
        return Err(Error::new(ErrorCode::InvalidOfficeHours, path).detail("overlap"));
    }
    Ok(blocks)
}

fn parse_bound(text: &str, path: &str) -> Result<SeasonBoundPart, Error> {
    // A date bound, not a block of hours: the office-hours message would ask for 09:00-12:00
    // (helper-50).
    let err = || {
        Error::new(ErrorCode::InvalidConfig, path)
            .detail(format!("{} (MM-DD, YYYY-MM-DD)", clip(text)))
    };
    match text.len() {
        5 => {
            let (m, d) = text.split_once('-').ok_or_else(err)?;
            let (m, d): (u32, u32) = (m.parse().map_err(|_| err())?, d.parse().map_err(|_| err())?);
            // 2024 is a leap year, so 02-29 is accepted as a recurring bound.
            Day::from_ymd(2024, m, d).ok_or_else(err)?;
            Ok(SeasonBoundPart::Yearly(m * 100 + d))
        }
        // A bound that is no date at all is asked for in both forms (helper-51: 夏天 was asked
        // for "year first").
        _ => match crate::time::parse_date(text, path) {
            Ok(day) => Ok(SeasonBoundPart::Fixed(day)),
            Err(e) if e.code == ErrorCode::DateOutOfRange => Err(e),
            Err(_) => Err(err()),
        },
    }
}

enum SeasonBoundPart {
    Yearly(u32),
    Fixed(Day),
}

impl OfficeHours {
    /// Reads office hours from the config; what `input` leaves out keeps the default.
    ///
    /// # Errors
    /// At the offending member under `path`: `invalid_clock` for a time that is not `HH:MM`
    /// (`24:00` is allowed); `invalid_office_hours` for a block that is not `from-to` or does
    /// not end after it starts, an empty list of blocks, blocks that overlap, an `MM-DD` bound
    /// that is no day of the year, bounds that mix `MM-DD` with a date, or a fixed season that
    /// ends before it starts; `invalid_date` or `date_out_of_range` for a fixed bound that is
    /// not a date from 2000 to 2100.
    pub fn from_input(input: &OfficeHoursInput, path: &str) -> Result<OfficeHours, Error> {
        let mut hours = OfficeHours::default();
        if let Some(blocks) = &input.blocks {
            hours.standard = parse_blocks(blocks, &join_path(path, "blocks"))?;
        }
        if let Some(blocks) = &input.saturday {
            hours.saturday = Some(parse_blocks(blocks, &join_path(path, "saturday"))?);
        }
        for (i, season) in input.seasons.iter().enumerate() {
            let here = join_path(path, &format!("seasons[{i}]"));
            let from = parse_bound(&season.from, &join_path(&here, "from"))?;
            let to = parse_bound(&season.to, &join_path(&here, "to"))?;
            let bound = match (from, to) {
                (SeasonBoundPart::Yearly(a), SeasonBoundPart::Yearly(b)) => {
                    SeasonBound::Yearly(a, b)
                }
                (SeasonBoundPart::Fixed(a), SeasonBoundPart::Fixed(b)) if a <= b => {
                    SeasonBound::Fixed(a, b)
                }
                _ => {
                    return Err(Error::new(ErrorCode::InvalidConfig, &here).detail(format!(
                        "{} .. {} (from ≤ to, both MM-DD or both YYYY-MM-DD)",
                        clip(&season.from),
                        clip(&season.to)
                    )))
                }
            };
            hours.seasons.push((
                bound,
                parse_blocks(&season.blocks, &join_path(&here, "blocks"))?,
            ));
        }
        Ok(hours)
    }

    /// The blocks in force on a day. The first matching season wins; a yearly season may wrap
    /// the new year (for example `10-01` to `04-30`).
    pub fn blocks_on(&self, day: Day) -> &Blocks {
        let (_, m, d) = day.ymd();
        let md = m * 100 + d;
        for (bound, blocks) in &self.seasons {
            let hit = match *bound {
                SeasonBound::Yearly(a, b) if a <= b => (a..=b).contains(&md),
                SeasonBound::Yearly(a, b) => md >= a || md <= b,
                SeasonBound::Fixed(a, b) => (a..=b).contains(&day),
            };
            if hit {
                return blocks;
            }
        }
        &self.standard
    }

    /// Minutes in the standard day, used to express a working day as office time.
    pub fn standard_minutes(&self) -> u32 {
        minutes_in(&self.standard)
    }
}

/// The total minutes of `blocks`.
pub fn minutes_in(blocks: &Blocks) -> u32 {
    blocks.iter().map(|&(a, b)| (b - a) as u32).sum()
}
