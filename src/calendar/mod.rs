//! The working-day calendar (CAL-1..5).
//!
//! Built once per engine into flat per-day tables over 2000–2100, so that every query
//! (`is_working`, `add_working_days`, office-minute positions) is an index or a binary search.

#[cfg(feature = "notices")]
pub mod notice;
pub mod office_hours;
pub mod official;
mod official_data;
pub mod overlay;
pub mod statutory;

use serde::Serialize;

use crate::error::{Error, ErrorCode};
use crate::time::{Day, Minute};
use office_hours::{minutes_in, Blocks, OfficeHours};
use official::{embedded_notices, DayName};
use overlay::Overlay;

/// What a day is in the hall's calendar; in JSON, its name in snake case (`makeup_workday`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, tsify::Tsify)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    /// A Monday to Friday with nothing else on it: a working day.
    Workday,
    /// A Saturday or Sunday with nothing else on it: a day off (Saturday service may open the
    /// hall, but the day does not count).
    Weekend,
    /// A day off of the State Council's notice (CAL-1), embedded or from the overlay.
    Holiday,
    /// A weekend day the notice makes a working day (调休, CAL-1): a working day.
    MakeupWorkday,
    /// A local day off from the overlay (CAL-5); it replaces whatever the day was, a working
    /// day included.
    LocalHoliday,
    /// A day off that the overlay opens for service (CAL-5): the hall keeps its office hours,
    /// but the day does not count as a working day toward limits.
    ExtraServiceDay,
    /// Outside the official data: a statutory day off of 《全国年节及纪念日放假办法》, or the day
    /// that makes up for one falling on a weekend (art. 6); always provisional (CAL-2).
    StatutoryHoliday,
}

impl DayKind {
    /// Whether the day counts as a working day: [`DayKind::Workday`] and
    /// [`DayKind::MakeupWorkday`] only (an extra service day does not).
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Workday | DayKind::MakeupWorkday)
    }
}

/// One day as the calendar sees it, for a reader (`dayInfo` in JS).
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DayInfo {
    /// The date, `YYYY-MM-DD`.
    pub date: String,
    /// Whether the day counts as a working day ([`DayKind::is_working`]).
    pub working: bool,
    /// What the day is.
    pub kind: DayKind,
    /// The name of the holiday, statutory or local day off or extra service day, or for a
    /// makeup working day the festival it makes up for, in the language asked for; `None`
    /// (left out of the JSON) for a day with no name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// True when the date lies outside the official data (CAL-2): the answer follows the
    /// statutory holidays with their usual make-up days and the overlay, and may change when
    /// the notice for that year is published.
    pub provisional: bool,
    /// Office hours of the hall that day (including Saturday service and extra service days).
    pub office_hours: Vec<String>,
}

/// One year of notice data the calendar holds.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct YearInfo {
    /// The year the notice arranges.
    pub year: i32,
    /// The notice's title as the data gives it; empty when an overlay year gave none.
    pub notice: String,
    /// The last day the year's data covers, `YYYY-MM-DD` (`validThrough` in JSON; CAL-2).
    pub valid_through: String,
    /// `"embedded"` for a year built into the engine, `"overlay"` for one the overlay gave.
    #[tsify(type = "\"embedded\" | \"overlay\"")]
    pub source: &'static str,
}

/// What the calendar holds, for a reader (`calendarInfo` in JS).
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CalendarInfo {
    /// January 1 of the earliest year of notice data, `YYYY-MM-DD` (`validFrom` in JSON).
    pub valid_from: String,
    /// The last day of the unbroken run of years from `valid_from`, `YYYY-MM-DD`; every day
    /// outside `valid_from` to this is provisional (CAL-2).
    pub valid_through: String,
    /// Every year of notice data, embedded or from the overlay, in year order; a year after a
    /// gap is listed, but does not extend `valid_through`.
    pub years: Vec<YearInfo>,
    /// The number of local-holiday entries in the overlay (entries, not days).
    pub local_holidays: usize,
    /// The number of extra-service-day entries in the overlay (entries, not days).
    pub extra_service_days: usize,
}

/// One hall's working-day calendar over 2000-01-01 to 2100-12-31 (CAL-1..5): the kind of
/// every day, which days are provisional, and the office hours of each day, in flat tables.
pub struct Calendar {
    first: Day,
    kinds: Vec<DayKind>,
    provisional: Vec<bool>,
    names: Vec<u16>,
    name_table: Vec<DayName>,
    /// Working days strictly before each index; one entry longer than `kinds`.
    work_rank: Vec<u32>,
    work_days: Vec<u32>,
    /// Counted office minutes strictly before each index; one entry longer than `kinds`.
    office_cum: Vec<u64>,
    /// Index into `block_sets` for the hours of each day; `u8::MAX` when the hall is closed.
    hours: Vec<u8>,
    block_sets: Vec<Blocks>,
    valid_from: Day,
    valid_through: Day,
    years: Vec<YearInfo>,
    local_count: usize,
    extra_count: usize,
    /// The hall's office hours the calendar was built with (CAL-4).
    pub office_hours: OfficeHours,
}

const CLOSED: u8 = u8::MAX;

impl Calendar {
    /// Builds the calendar: the weekday rule; the embedded notices, each replaced by an overlay
    /// year of the same number (CAL-1); outside the unbroken run of notice years, the
    /// statutory days off and their art. 6 make-up days, provisional (CAL-2); then the
    /// overlay's local days off and extra service days (CAL-5); then each day's office hours.
    /// `None` for `overlay` means the embedded notices alone.
    ///
    /// # Errors
    /// `invalid_office_hours` at `config.officeHours.seasons` (detail `too many`) when the days need
    /// more than 255 different sets of office-hour blocks.
    pub fn new(overlay: Option<Overlay>, office_hours: OfficeHours) -> Result<Calendar, Error> {
        let (first, last) = (Day::min(), Day::max());
        let n = (last.0 - first.0 + 1) as usize;
        let mut kinds: Vec<DayKind> = (0..n)
            .map(|i| {
                if first.plus(i as i32).is_weekend() {
                    DayKind::Weekend
                } else {
                    DayKind::Workday
                }
            })
            .collect();
        let mut names = vec![0u16; n];
        let mut name_table = vec![DayName {
            zh: String::new(),
            en: String::new(),
        }];
        // One lookup per name, so 64,000 distinct local holidays cost no more than their count.
        // Keyed by the pair: a key made of one text (−1.5 KB, the map type of `StrMap`) left
        // the heap laid out so that tests/js/memory.cjs saw the object batch's high-water mark
        // rise once after warming up.
        let mut known: std::collections::BTreeMap<(String, String), usize> = Default::default();
        let mut name_index = |name: &DayName| -> u16 {
            if name.zh.is_empty() {
                return 0;
            }
            let key = (name.zh.clone(), name.en.clone());
            if let Some(&at) = known.get(&key) {
                return at as u16;
            }
            // Past 65,535 distinct names a day keeps its kind and loses its name.
            let Ok(at) = u16::try_from(name_table.len()) else {
                return 0;
            };
            name_table.push(name.clone());
            known.insert(key, at.into());
            at
        };
        let idx = |d: Day| (d.0 - first.0) as usize;

        let mut notices = embedded_notices();
        let (mut local, mut extra) = (vec![], vec![]);
        if let Some(o) = overlay {
            for n in o.notices {
                notices.retain(|e| e.year != n.year);
                notices.push(n);
            }
            local = o.local_holidays;
            extra = o.extra_service_days;
        }
        crate::sort::sort_by_key_small(&mut notices, |n| n.year);

        for n in &notices {
            for (name, from, to) in &n.holidays {
                let k = name_index(name);
                for d in from.0..=to.0 {
                    kinds[idx(Day(d))] = DayKind::Holiday;
                    names[idx(Day(d))] = k;
                }
            }
            for (name, d) in &n.makeup_workdays {
                kinds[idx(*d)] = DayKind::MakeupWorkday;
                names[idx(*d)] = name_index(name);
            }
        }
        // Coverage is the contiguous run of years from the first notice; a gap ends it.
        let mut provisional = vec![true; n];
        let valid_from = notices
            .first()
            .and_then(|n| Day::from_ymd(n.year, 1, 1))
            .unwrap_or(first);
        let mut valid_through = valid_from.plus(-1);
        for n in &notices {
            match Day::from_ymd(n.year, 1, 1) {
                Some(jan1) if jan1 <= valid_through.plus(1) => {
                    valid_through = valid_through.max(n.valid_through)
                }
                _ => break,
            }
        }
        for d in valid_from.0.max(first.0)..=valid_through.0.min(last.0) {
            provisional[idx(Day(d))] = false;
        }
        // CAL-2: outside the data the statutory days are still days off, and by art. 6 one that
        // falls on a Saturday or Sunday is made up on the next working day after the festival.
        // The year's 调休 is unknown; every such date is provisional either way.
        for year in first.ymd().0..=last.ymd().0 {
            for festival in statutory::festivals(year) {
                let name = DayName {
                    zh: festival.zh.to_string(),
                    en: festival.en.to_string(),
                };
                let k = name_index(&name);
                let mut make_up = 0;
                let mut end = festival.days[0];
                for &d in &festival.days {
                    end = end.max(d);
                    if d < first || d > last || !provisional[idx(d)] {
                        continue;
                    }
                    if matches!(kinds[idx(d)], DayKind::Workday | DayKind::Weekend) {
                        make_up += d.is_weekend() as usize;
                        kinds[idx(d)] = DayKind::StatutoryHoliday;
                        names[idx(d)] = k;
                    } else if kinds[idx(d)] == DayKind::StatutoryHoliday {
                        // Two festivals on one day (中秋 on 国庆): one more day off, as in the
                        // 2020 notice, the reading that asserts less.
                        make_up += 1;
                    }
                }
                let mut d = end.plus(1);
                while make_up > 0 && d <= last && provisional[idx(d)] {
                    if kinds[idx(d)] == DayKind::Workday {
                        kinds[idx(d)] = DayKind::StatutoryHoliday;
                        names[idx(d)] = k;
                        make_up -= 1;
                    }
                    d = d.plus(1);
                }
            }
        }

        for (list, kind) in [
            (&local, DayKind::LocalHoliday),
            (&extra, DayKind::ExtraServiceDay),
        ] {
            for item in list.iter() {
                let k = name_index(&item.name);
                for d in item.from.0..=item.to.0 {
                    // CAL-5: an extra service day opens a day that is otherwise off; on a
                    // working day it changes nothing.
                    if kind == DayKind::ExtraServiceDay && kinds[idx(Day(d))].is_working() {
                        continue;
                    }
                    kinds[idx(Day(d))] = kind;
                    names[idx(Day(d))] = k;
                }
            }
        }

        let mut block_sets: Vec<Blocks> = Vec::new();
        let mut set_index = |blocks: &Blocks| -> Result<u8, Error> {
            let at = block_sets
                .iter()
                .position(|b| b == blocks)
                .unwrap_or_else(|| {
                    block_sets.push(blocks.clone());
                    block_sets.len() - 1
                });
            u8::try_from(at)
                .ok()
                .filter(|&i| i != CLOSED)
                .ok_or_else(|| {
                    Error::new(ErrorCode::InvalidOfficeHours, "config.officeHours.seasons")
                        .detail("too many")
                })
        };
        let mut hours = vec![CLOSED; n];
        let mut work_rank = Vec::with_capacity(n + 1);
        let mut office_cum = Vec::with_capacity(n + 1);
        let mut work_days = Vec::with_capacity(n * 5 / 7 + 16);
        let (mut rank, mut cum) = (0u32, 0u64);
        for i in 0..n {
            let day = first.plus(i as i32);
            work_rank.push(rank);
            office_cum.push(cum);
            let kind = kinds[i];
            let blocks = office_hours.blocks_on(day);
            if kind.is_working() {
                hours[i] = set_index(blocks)?;
                rank += 1;
                cum += minutes_in(blocks) as u64;
                work_days.push(i as u32);
            } else if kind == DayKind::ExtraServiceDay {
                hours[i] = set_index(blocks)?;
            } else if day.weekday() == 5 && kind == DayKind::Weekend {
                if let Some(sat) = &office_hours.saturday {
                    hours[i] = set_index(sat)?;
                }
            }
        }
        work_rank.push(rank);
        office_cum.push(cum);

        let years = notices
            .iter()
            .map(|n| YearInfo {
                year: n.year,
                notice: n.notice.clone(),
                valid_through: n.valid_through.to_string(),
                source: if n.from_overlay {
                    "overlay"
                } else {
                    "embedded"
                },
            })
            .collect();
        Ok(Calendar {
            first,
            kinds,
            provisional,
            names,
            name_table,
            work_rank,
            work_days,
            office_cum,
            hours,
            block_sets,
            valid_from,
            valid_through,
            years,
            local_count: local.len(),
            extra_count: extra.len(),
            office_hours,
        })
    }

    fn index(&self, day: Day) -> Result<usize, Error> {
        let i = day.0 - self.first.0;
        if i >= 0 && (i as usize) < self.kinds.len() {
            Ok(i as usize)
        } else {
            Err(Error::new(ErrorCode::DateOutOfRange, "").detail(day.to_string()))
        }
    }

    /// What the calendar holds: its coverage, its years of notice data and the overlay's
    /// counts.
    pub fn info(&self) -> CalendarInfo {
        CalendarInfo {
            valid_from: self.valid_from.to_string(),
            valid_through: self.valid_through.to_string(),
            years: self.years.clone(),
            local_holidays: self.local_count,
            extra_service_days: self.extra_count,
        }
    }

    /// The last day of the unbroken run of notice years; later days are provisional (CAL-2).
    pub fn valid_through(&self) -> Day {
        self.valid_through
    }

    /// Whether `day` lies outside the notice data (before its first year or after
    /// [`Calendar::valid_through`]), so that its kind may change when a notice is published
    /// (CAL-2). `true` for a day outside 2000–2100.
    pub fn is_provisional(&self, day: Day) -> bool {
        self.index(day).map(|i| self.provisional[i]).unwrap_or(true)
    }

    /// A limit counted from `start` to `due` crosses the edge of the data (CAL-2): the data is
    /// one contiguous run of days, so checking both ends is enough.
    pub fn span_is_provisional(&self, start: Day, due: Day) -> bool {
        self.is_provisional(start) || self.is_provisional(due)
    }

    /// What `day` is.
    ///
    /// # Errors
    /// `date_out_of_range`, with an empty path and the date as the detail, for a day outside
    /// 2000-01-01 to 2100-12-31.
    pub fn kind(&self, day: Day) -> Result<DayKind, Error> {
        Ok(self.kinds[self.index(day)?])
    }

    /// Whether `day` counts as a working day ([`DayKind::is_working`]).
    ///
    /// # Errors
    /// `date_out_of_range`, as [`Calendar::kind`], for a day outside 2000–2100.
    pub fn is_working(&self, day: Day) -> Result<bool, Error> {
        Ok(self.kind(day)?.is_working())
    }

    /// `day` for a reader: its kind, its name (in English when `english`, otherwise in
    /// Chinese), whether it is provisional, and the hours the hall is open as `HH:MM-HH:MM`
    /// blocks (Saturday service and extra service days included; none when closed).
    ///
    /// # Errors
    /// `date_out_of_range`, as [`Calendar::kind`], for a day outside 2000–2100.
    pub fn day_info(&self, day: Day, english: bool) -> Result<DayInfo, Error> {
        let i = self.index(day)?;
        let name = self
            .name_table
            .get(self.names[i] as usize)
            .filter(|n| !n.zh.is_empty());
        Ok(DayInfo {
            date: day.to_string(),
            working: self.kinds[i].is_working(),
            kind: self.kinds[i],
            name: name.map(|n| if english { n.en.clone() } else { n.zh.clone() }),
            provisional: self.provisional[i],
            office_hours: self
                .open_blocks(day)
                .iter()
                .map(|&(a, b)| format!("{:02}:{:02}-{:02}:{:02}", a / 60, a % 60, b / 60, b % 60))
                .collect(),
        })
    }

    /// The hours the hall is open that day, whether or not they count toward deadlines.
    pub fn open_blocks(&self, day: Day) -> &[(u16, u16)] {
        self.index(day)
            .ok()
            .and_then(|i| self.block_sets.get(self.hours[i] as usize))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Office blocks that count toward deadlines: those of working days only.
    fn counted_blocks(&self, i: usize) -> &[(u16, u16)] {
        if self.kinds[i].is_working() {
            self.block_sets
                .get(self.hours[i] as usize)
                .map(Vec::as_slice)
                .unwrap_or(&[])
        } else {
            &[]
        }
    }

    /// Working days up to and including `day`.
    fn rank_le(&self, i: usize) -> u32 {
        self.work_rank[i + 1]
    }

    /// The `n`th working day after `day`, `day` itself not counted (DL-8): 1 is the next
    /// working day. A negative `n` counts back the same way; 0 is `day` when it is a working
    /// day, and otherwise the next working day.
    ///
    /// # Errors
    /// `date_out_of_range`, with an empty path and `day` and `n` as the detail, when `day` or
    /// the result lies outside 2000-01-01 to 2100-12-31.
    pub fn add_working_days(&self, day: Day, n: i64) -> Result<Day, Error> {
        let i = self.index(day)?;
        let target = match n {
            0 if self.kinds[i].is_working() => return Ok(day),
            0 => self.work_rank[i + 1] as i64,
            n if n > 0 => self.rank_le(i) as i64 + n - 1,
            n => self.work_rank[i] as i64 + n,
        };
        usize::try_from(target)
            .ok()
            .and_then(|t| self.work_days.get(t))
            .map(|&w| self.first.plus(w as i32))
            .ok_or_else(|| Error::new(ErrorCode::DateOutOfRange, "").detail(format!("{day} {n:+}")))
    }

    /// Working days after `from`, up to and including `to`. When `to` < `from` it mirrors
    /// `add_working_days` with negative n: minus the working days from `to` up to, but not
    /// including, `from`.
    ///
    /// # Errors
    ///
    /// `date_out_of_range`, as [`Calendar::kind`], when `from` or `to` lies outside 2000–2100.
    pub fn working_days_between(&self, from: Day, to: Day) -> Result<i64, Error> {
        let (a, b) = (self.index(from)?, self.index(to)?);
        Ok(if b >= a {
            self.rank_le(b) as i64 - self.rank_le(a) as i64
        } else {
            self.work_rank[b] as i64 - self.work_rank[a] as i64
        })
    }

    /// Closing time of a working day (the end of its last counted block).
    ///
    /// # Errors
    ///
    /// `date_out_of_range`, as [`Calendar::kind`], for a day outside 2000–2100.
    pub fn closing_time(&self, day: Day) -> Result<Minute, Error> {
        let i = self.index(day)?;
        let end = self.counted_blocks(i).last().map(|b| b.1).unwrap_or(0);
        Ok(day.at(end))
    }

    /// The instant a case received at `at` starts counting: itself inside office hours of a
    /// working day, otherwise the next opening (DL-8).
    ///
    /// # Errors
    ///
    /// `date_out_of_range`, with an empty path, when the day of `at` lies outside 2000–2100 (the
    /// date as the detail) or no working day follows it by 2100-12-31 (as
    /// [`Calendar::add_working_days`]).
    pub fn next_opening(&self, at: Minute) -> Result<Minute, Error> {
        let day = at.day();
        let i = self.index(day)?;
        let m = at.minute_of_day();
        if let Some(&(from, _)) = self.counted_blocks(i).iter().find(|b| m < b.1) {
            return Ok(day.at(from.max(m)));
        }
        let next = self.add_working_days(day, 1)?;
        let j = self.index(next)?;
        let from = self.counted_blocks(j).first().map(|b| b.0).unwrap_or(0);
        Ok(next.at(from))
    }

    /// Counted office minutes from the table's start up to `at`: a monotone clock that stands
    /// still outside office hours.
    ///
    /// # Errors
    ///
    /// `date_out_of_range`, as [`Calendar::kind`], when the day of `at` lies outside 2000–2100.
    pub fn office_position(&self, at: Minute) -> Result<u64, Error> {
        let i = self.index(at.day())?;
        let m = at.minute_of_day();
        let within: u32 = self
            .counted_blocks(i)
            .iter()
            .map(|&(a, b)| (m.clamp(a, b) - a) as u32)
            .sum();
        Ok(self.office_cum[i] + within as u64)
    }

    /// The earliest instant at which the office clock reads `pos`.
    ///
    /// # Errors
    ///
    /// `date_out_of_range`, with an empty path and 2100-12-31 as the detail, for `pos` 0 or a
    /// position past the office minutes counted through 2100-12-31; `internal` if the day's
    /// blocks do not add up to its office minutes.
    pub fn at_office_position(&self, pos: u64) -> Result<Minute, Error> {
        // The first day whose office time reaches `pos`.
        let j = self.office_cum.partition_point(|&c| c < pos);
        let i = j.saturating_sub(1);
        if j == 0 || j >= self.office_cum.len() {
            return Err(Error::new(ErrorCode::DateOutOfRange, "").detail(Day::max().to_string()));
        }
        let mut left = (pos - self.office_cum[i]) as u16;
        let day = self.first.plus(i as i32);
        for &(a, b) in self.counted_blocks(i) {
            if left <= b - a {
                return Ok(day.at(a + left));
            }
            left -= b - a;
        }
        Err(Error::new(ErrorCode::Internal, "").detail("office position"))
    }

    /// The number of working days (workdays and makeup working days) from January 1 to
    /// December 31 of `year`.
    ///
    /// # Errors
    /// `date_out_of_range`, with an empty path, for a year outside 2001–2100: the count starts
    /// from the day before January 1, so 2000 fails too.
    pub fn working_days_in_year(&self, year: i32) -> Result<i64, Error> {
        let jan1 =
            Day::from_ymd(year, 1, 1).ok_or_else(|| Error::new(ErrorCode::DateOutOfRange, ""))?;
        let dec31 =
            Day::from_ymd(year, 12, 31).ok_or_else(|| Error::new(ErrorCode::DateOutOfRange, ""))?;
        self.working_days_between(jan1.plus(-1), dec31)
    }
}
