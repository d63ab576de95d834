//! Beijing time (CAL-3): a fixed UTC+08:00 with no daylight saving.
//!
//! Dates are civil days in Beijing; instants are minutes on the Beijing wall clock. An instant
//! given as epoch milliseconds or with an explicit offset is shifted to Beijing before anything
//! looks at its date, so the host's time zone never reaches a result.

use crate::text::TrimSpaces;
use chrono::{Datelike, NaiveDate};

use crate::error::{Error, ErrorCode};
use crate::text::{clip, number_text};

/// Beijing time's offset from UTC, in minutes: a fixed +08:00 with no daylight saving (CAL-3).
pub const BEIJING_OFFSET_MINUTES: i64 = 8 * 60;
/// Minutes in a civil day (1,440).
pub const MINUTES_PER_DAY: i64 = 24 * 60;
const MS_PER_MINUTE: i64 = 60_000;
/// 0001-01-01 is day 1 in chrono's count; 1970-01-01 is 719_163.
const UNIX_EPOCH_CE_DAYS: i32 = 719_163;

/// Earliest and latest dates the engine accepts. The calendar tables span exactly this range,
/// so every lookup inside it is an index, and anything outside is a clear error.
pub const MIN_YEAR: i32 = 2000;
/// The latest year the engine accepts: dates run through 2100-12-31.
pub const MAX_YEAR: i32 = 2100;

/// A civil date in Beijing, counted in days from 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

/// A wall-clock minute in Beijing, counted from 1970-01-01 00:00 (+08:00).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Minute(pub i64);

impl Day {
    /// The day of a year, month (1–12) and day of the month (1–31); `None` when no such date
    /// exists (`2026-02-30`). The engine's range (2000–2100) is not checked here.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        NaiveDate::from_ymd_opt(year, month, day)
            .map(|d| Day(d.num_days_from_ce() - UNIX_EPOCH_CE_DAYS))
    }

    /// The earliest day the engine accepts: 2000-01-01.
    pub fn min() -> Day {
        Day::from_ymd(MIN_YEAR, 1, 1).unwrap_or(Day(10_957))
    }

    /// The latest day the engine accepts: 2100-12-31.
    pub fn max() -> Day {
        Day::from_ymd(MAX_YEAR, 12, 31).unwrap_or(Day(47_846))
    }

    fn naive(self) -> NaiveDate {
        NaiveDate::from_num_days_from_ce_opt(self.0 + UNIX_EPOCH_CE_DAYS).unwrap_or_default()
    }

    /// The year, month (1–12) and day of the month (1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        let d = self.naive();
        (d.year(), d.month(), d.day())
    }

    /// 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday.
    pub fn weekday(self) -> u32 {
        (self.0 + 3).rem_euclid(7) as u32
    }

    /// Whether the day is a Saturday or a Sunday. Holidays and makeup working days are the
    /// calendar's business, not this.
    pub fn is_weekend(self) -> bool {
        self.weekday() >= 5
    }

    /// The day `days` calendar days later (earlier when negative); the range is not checked.
    pub fn plus(self, days: i32) -> Day {
        Day(self.0 + days)
    }

    /// The Beijing minute `minute_of_day` minutes after this day's midnight. It is not checked
    /// against the length of a day: 1,440 (`24:00`) is the next day's midnight.
    pub fn at(self, minute_of_day: u16) -> Minute {
        Minute(self.0 as i64 * MINUTES_PER_DAY + minute_of_day as i64)
    }

    /// Whether the day lies within 2000-01-01 to 2100-12-31, both included.
    pub fn in_range(self) -> bool {
        self >= Day::min() && self <= Day::max()
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut text = [0u8; 10];
        self.write_ymd(&mut text);
        f.write_str(ascii(&text))
    }
}

impl Day {
    /// `YYYY-MM-DD` into `out`, digit by digit: a batch writes four times a report, and the
    /// formatting machinery cost more than the rules (years outside 0–9999 never reach here:
    /// instants are read within 1900–2200).
    fn write_ymd(self, out: &mut [u8]) {
        let (y, m, d) = self.ymd();
        let y = y.clamp(0, 9999) as u32;
        two_digits(&mut out[0..2], y / 100);
        two_digits(&mut out[2..4], y % 100);
        out[4] = b'-';
        two_digits(&mut out[5..7], m);
        out[7] = b'-';
        two_digits(&mut out[8..10], d);
    }
}

fn two_digits(out: &mut [u8], n: u32) {
    out[0] = b'0' + (n / 10 % 10) as u8;
    out[1] = b'0' + (n % 10) as u8;
}

/// The ASCII text written into a buffer of digits and marks.
fn ascii(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap_or_default()
}

impl Minute {
    /// The Beijing date this minute falls on (CAL-3).
    pub fn day(self) -> Day {
        Day(self.0.div_euclid(MINUTES_PER_DAY) as i32)
    }

    /// Minutes since Beijing midnight, 0–1,439.
    pub fn minute_of_day(self) -> u16 {
        self.0.rem_euclid(MINUTES_PER_DAY) as u16
    }

    /// The start of this minute as epoch milliseconds (UTC), the value of a JS `Date`.
    pub fn to_epoch_ms(self) -> f64 {
        ((self.0 - BEIJING_OFFSET_MINUTES) * MS_PER_MINUTE) as f64
    }

    /// Epoch milliseconds to the Beijing minute that contains them. Seconds are dropped: office
    /// hours and limits have minute resolution.
    pub fn from_epoch_ms(ms: f64) -> Option<Minute> {
        if !ms.is_finite() {
            return None;
        }
        let minutes = (ms / MS_PER_MINUTE as f64).floor();
        // Beyond ±10^12 minutes no date is in range anyway; this keeps the cast exact.
        if minutes.abs() > 1e12 {
            return None;
        }
        Some(Minute(minutes as i64 + BEIJING_OFFSET_MINUTES))
    }

    /// Whether the minute's Beijing date lies within 2000-01-01 to 2100-12-31.
    pub fn in_range(self) -> bool {
        self.day().in_range()
    }
}

impl Minute {
    /// As a clerk reads it in a message: `2026-02-14 17:30` (Beijing time, as every time here).
    pub fn wall_text(self) -> String {
        let mut text = *b"0000-00-00 00:00";
        self.write_wall(&mut text);
        ascii(&text).to_string()
    }

    /// `YYYY-MM-DD?HH:MM` into the first 16 bytes of `out`, the separator left as it is.
    fn write_wall(self, out: &mut [u8]) {
        self.day().write_ymd(&mut out[..10]);
        let m = self.minute_of_day() as u32;
        two_digits(&mut out[11..13], m / 60);
        out[13] = b':';
        two_digits(&mut out[14..16], m % 60);
    }
}

impl Minute {
    /// ISO 8601 with the Beijing offset, for example `2026-02-14T17:30:00+08:00`, as bytes
    /// on the stack: a report's times are written where they go, not allocated each.
    pub fn iso_bytes(self) -> [u8; 25] {
        let mut text = *b"0000-00-00T00:00:00+08:00";
        self.write_wall(&mut text);
        text
    }
}

impl std::fmt::Display for Minute {
    /// ISO 8601 with the Beijing offset, for example `2026-02-14T17:30:00+08:00`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(ascii(&self.iso_bytes()))
    }
}

/// A report's times are its ISO text (`2026-02-14T17:30:00+08:00`).
impl serde::Serialize for Minute {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(ascii(&self.iso_bytes()))
    }
}

fn digits(s: &[u8], at: usize, len: usize) -> Option<u32> {
    let part = s.get(at..at + len)?;
    part.iter().try_fold(0u32, |acc, &b| {
        b.is_ascii_digit().then(|| acc * 10 + (b - b'0') as u32)
    })
}

/// One piece of a written date or time: a run of ASCII digits (value, length) or one other
/// character. Spaces of every kind are one `' '`; full-width forms are read as ASCII.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Piece {
    Num(u64, usize),
    Ch(char),
}

/// Digit runs longer than this are no date anybody writes (and would overflow).
const MAX_RUN: usize = 17;

pub use crate::text::ascii_of_fullwidth;

fn pieces(text: &str) -> Option<Vec<Piece>> {
    let mut out: Vec<Piece> = Vec::new();
    for c in text.chars() {
        let c = ascii_of_fullwidth(c);
        if c.is_whitespace() || crate::text::is_invisible(c) {
            if !matches!(out.last(), None | Some(Piece::Ch(' '))) {
                out.push(Piece::Ch(' '));
            }
        } else if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
            match out.last_mut() {
                Some(Piece::Num(v, n)) => {
                    if *n >= MAX_RUN {
                        return None;
                    }
                    *v = *v * 10 + d as u64;
                    *n += 1;
                }
                _ => out.push(Piece::Num(d as u64, 1)),
            }
        } else {
            out.push(Piece::Ch(c));
        }
    }
    if out.last() == Some(&Piece::Ch(' ')) {
        out.pop();
    }
    Some(out)
}

/// A written time read by [`read_instant`]: the Beijing minute and the second within it, and
/// whether a time of day was written (a date alone reads as its midnight).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReadInstant {
    /// The Beijing minute, with a written offset (`Z`, `+0800` …) already applied.
    pub minute: Minute,
    /// The second within the minute, 0–59; 0 when none was written.
    pub second: u8,
    /// Whether a time of day was written (epoch milliseconds count as one); `false` for a date
    /// alone, whose `minute` is its midnight.
    pub has_time: bool,
}

/// Reads a date or a date and time as portal systems write them, all in Beijing time unless an
/// offset is written:
///
/// - ISO 8601: `2026-02-12`, `2026-02-12T10:00`, `2026-02-12 10:00:00.000`, with `Z`,
///   `+08:00` or `+0800`;
/// - other separators: `2026/2/12 9:05`, `2026.02.12`, `2026-2-12 9:05`;
/// - Chinese: `2026年2月12日 10:00`, `2026年2月12日10时00分`, `2026年02月12日 10时00分00秒`,
///   `10点30分`, `10时` (on the hour), `12号` for `12日`;
/// - compact digits: `20260212`, `202602121000`, `20260212100000`;
/// - epoch milliseconds as text: 13 digits (from 2001-09-09 on);
/// - surrounding spaces (NBSP and U+3000 too) and full-width digits and punctuation.
///
/// Seconds are kept (a leap second 60 reads as 59); fractions of a second are dropped. The
/// date must be year first: `12/02/2026` is ambiguous and not read.
///
/// # Errors
/// `None` for anything else, including impossible dates (`2026-02-30`) and times (`24:00`).
/// The range check (2000–2100) is the caller's.
pub fn read_instant(text: &str) -> Option<ReadInstant> {
    read_iso_digits(text.as_bytes()).or_else(|| read_instant_pieces(text))
}

/// The forms portals send most (`2026-02-12`, `2026-02-12T10:00`, `2026-02-12 10:00:00`),
/// read from their bytes without splitting them into pieces: a conduct month's 16,667 event
/// dates spent a tenth of `scoreConduct` there. `None` for any other text and for an
/// impossible date or time, which [`read_instant_pieces`] then reads (to `None`): a unit test
/// checks that both readings agree on texts of these lengths.
fn read_iso_digits(b: &[u8]) -> Option<ReadInstant> {
    let num = |from: usize, len: usize| -> Option<u64> {
        let digits = b.get(from..from + len)?;
        (digits.iter().all(u8::is_ascii_digit))
            .then(|| digits.iter().fold(0, |v, d| v * 10 + (d - b'0') as u64))
    };
    let (has_time, second) = match b.len() {
        10 => (false, 0),
        16 => (true, 0),
        19 if b[16] == b':' => (true, num(17, 2)?),
        _ => return None,
    };
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let day = Day::from_ymd(num(0, 4)? as i32, num(5, 2)? as u32, num(8, 2)? as u32)?;
    let mut minute = day.at(0).0;
    if has_time {
        let (h, mi) = (num(11, 2)?, num(14, 2)?);
        if !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' || h > 23 || mi > 59 || second > 60
        {
            return None;
        }
        minute += (h * 60 + mi) as i64;
    }
    Some(ReadInstant {
        minute: Minute(minute),
        second: second.min(59) as u8,
        has_time,
    })
}

/// [`read_instant`] of any form, piece by piece.
fn read_instant_pieces(text: &str) -> Option<ReadInstant> {
    use Piece::{Ch, Num};
    let p = pieces(text)?;
    let wall = |y: u64, mo: u64, d: u64, h: u64, mi: u64| -> Option<i64> {
        let day = Day::from_ymd(i32::try_from(y).ok()?, mo as u32, d as u32)?;
        (h <= 23 && mi <= 59).then(|| day.at(0).0 + (h * 60 + mi) as i64)
    };
    let at = |local: i64, second: u64, offset: i64, has_time: bool| {
        (second <= 60).then_some(ReadInstant {
            minute: Minute(local - offset + BEIJING_OFFSET_MINUTES),
            second: second.min(59) as u8,
            has_time,
        })
    };
    if let [Num(v, n)] = p[..] {
        let (d8, t) = (
            v / 10u64.pow(n.saturating_sub(8) as u32),
            v % 10u64.pow(n.saturating_sub(8) as u32),
        );
        return match n {
            8 => at(
                wall(v / 10_000, v / 100 % 100, v % 100, 0, 0)?,
                0,
                BEIJING_OFFSET_MINUTES,
                false,
            ),
            12 => {
                let local = wall(d8 / 10_000, d8 / 100 % 100, d8 % 100, t / 100, t % 100)?;
                at(local, 0, BEIJING_OFFSET_MINUTES, true)
            }
            14 => {
                let local = wall(
                    d8 / 10_000,
                    d8 / 100 % 100,
                    d8 % 100,
                    t / 10_000,
                    t / 100 % 100,
                )?;
                at(local, t % 100, BEIJING_OFFSET_MINUTES, true)
            }
            13 => {
                let ms = v as i64;
                Some(ReadInstant {
                    minute: Minute(ms.div_euclid(MS_PER_MINUTE) + BEIJING_OFFSET_MINUTES),
                    second: (ms.div_euclid(1000).rem_euclid(60)) as u8,
                    has_time: true,
                })
            }
            _ => None,
        };
    }
    let mut i = 0;
    let mut next = || {
        let piece = p.get(i).copied();
        i += 1;
        piece
    };
    let Some(Num(y, 4)) = next() else { return None };
    let Some(Ch(sep)) = next() else { return None };
    let chinese = sep == '年';
    if !chinese && !matches!(sep, '-' | '/' | '.') {
        return None;
    }
    let Some(Num(mo, 1..=2)) = next() else {
        return None;
    };
    if next() != Some(Ch(if chinese { '月' } else { sep })) {
        return None;
    }
    let Some(Num(d, 1..=2)) = next() else {
        return None;
    };
    let mut rest = &p[i..];
    if chinese {
        if let [Ch('日' | '号'), tail @ ..] = rest {
            rest = tail;
        }
    }
    if rest.is_empty() {
        return at(wall(y, mo, d, 0, 0)?, 0, BEIJING_OFFSET_MINUTES, false);
    }
    if let [Ch(' ' | 'T' | 't'), tail @ ..] = rest {
        rest = tail;
    }
    let (h, mi, s);
    (h, mi, s, rest) = match rest {
        // 10:00[:00[.000]]
        [Num(h, 1..=2), Ch(':'), Num(mi, 2), Ch(':'), Num(s, 2), Ch('.'), Num(..), tail @ ..]
        | [Num(h, 1..=2), Ch(':'), Num(mi, 2), Ch(':'), Num(s, 2), tail @ ..] => {
            (*h, *mi, *s, tail)
        }
        [Num(h, 1..=2), Ch(':'), Num(mi, 2), tail @ ..] => (*h, *mi, 0, tail),
        // 10时00分00秒, 10时00分, 10点30, 10时
        [Num(h, 1..=2), Ch('时' | '点'), Num(mi, 1..=2), Ch('分'), Num(s, 1..=2), Ch('秒'), tail @ ..] => {
            (*h, *mi, *s, tail)
        }
        [Num(h, 1..=2), Ch('时' | '点'), Num(mi, 1..=2), Ch('分'), tail @ ..]
        | [Num(h, 1..=2), Ch('时' | '点'), Num(mi, 1..=2), tail @ ..] => (*h, *mi, 0, tail),
        [Num(h, 1..=2), Ch('时' | '点'), tail @ ..] => (*h, 0, 0, tail),
        _ => return None,
    };
    if let [Ch(' '), tail @ ..] = rest {
        rest = tail;
    }
    let offset = match rest {
        [] => BEIJING_OFFSET_MINUTES,
        [Ch('Z' | 'z')] => 0,
        [Ch(sign @ ('+' | '-')), Num(oh, 2), Ch(':'), Num(om, 2)] => signed(*sign, *oh, *om)?,
        [Ch(sign @ ('+' | '-')), Num(hm, 4)] => signed(*sign, hm / 100, hm % 100)?,
        [Ch(sign @ ('+' | '-')), Num(oh, 2)] => signed(*sign, *oh, 0)?,
        _ => return None,
    };
    at(wall(y, mo, d, h, mi)?, s, offset, true)
}

/// An offset as written; no place on Earth is more than 14 hours from UTC.
fn signed(sign: char, h: u64, m: u64) -> Option<i64> {
    let minutes = (m <= 59 && h * 60 + m <= 14 * 60).then_some((h * 60 + m) as i64)?;
    Some(if sign == '-' { -minutes } else { minutes })
}

/// A date, in any form [`read_instant`] reads, without a time of day.
///
/// # Errors
///
/// `invalid_date` at `path`, with the value (clipped), for a text it does not read or one with
/// a time of day; `date_out_of_range` for a day outside 2000-01-01 to 2100-12-31.
pub fn parse_date(text: &str, path: &str) -> Result<Day, Error> {
    let day = read_instant(text)
        .filter(|r| !r.has_time)
        .map(|r| r.minute.day())
        .ok_or_else(|| {
            Error::new(ErrorCode::InvalidDate, path)
                .detail(crate::report::mask::mask_if_name_like(&clip(text)))
        })?;
    check_day_range(day, path)
}

/// `YYYY-MM` (or `YYYY-M`) as its first day, for the month of a bulletin or a record sheet.
/// `conduct::Month::parse` is the strict `YYYY-MM` of assessment periods.
///
/// # Errors
///
/// `invalid_argument` at `path`, with the value (clipped), for a text that is not `YYYY-MM` or
/// `YYYY-M` with a month 1–12 in the years 2000–2100.
pub fn parse_month(text: &str, path: &str) -> Result<Day, Error> {
    let bad = || {
        Error::new(ErrorCode::InvalidArgument, path)
            .detail(crate::report::mask::mask_if_name_like(&clip(text)))
    };
    let (y, m) = text.trim_spaces().split_once('-').ok_or_else(bad)?;
    // Digits only: `str::parse` would take a sign (2026-+3).
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if y.len() != 4 || m.is_empty() || m.len() > 2 || !digits(y) || !digits(m) {
        return Err(bad());
    }
    let (y, m): (i32, u32) = (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    Day::from_ymd(y, m, 1)
        .filter(|d| d.in_range() && y >= 2000)
        .ok_or_else(bad)
}

/// A date, or an instant read as its Beijing date (CAL-3): `2026-02-28T17:00:00Z` is 03-01.
///
/// # Errors
///
/// As [`parse_instant`]: `invalid_instant` at `path`, with the value (clipped), for a text it
/// does not read; `date_out_of_range` for a date before 2000 or after 2100.
pub fn parse_day_or_instant(text: &str, path: &str) -> Result<Day, Error> {
    parse_instant(text, path).map(Minute::day)
}

/// `day` itself when it lies within 2000-01-01 to 2100-12-31.
///
/// # Errors
/// `date_out_of_range` at `path`, with the date as the detail, for a day outside that range.
pub fn check_day_range(day: Day, path: &str) -> Result<Day, Error> {
    if day.in_range() {
        Ok(day)
    } else {
        Err(Error::new(ErrorCode::DateOutOfRange, path).detail(day.to_string()))
    }
}

/// Any form [`read_instant`] reads, as a Beijing minute; seconds are dropped.
///
/// # Errors
/// `invalid_instant` with the value (clipped) for a text it does not read, `date_out_of_range`
/// for a date before 2000 or after 2100.
pub fn parse_instant(text: &str, path: &str) -> Result<Minute, Error> {
    parse_instant_seconds(text, path).map(|(m, _)| m)
}

/// As [`parse_instant`], with the second within the minute (0–59) kept, for limits measured
/// to the second (SUP-4 queue waits).
///
/// # Errors
///
/// `invalid_instant` at `path`, with the value (clipped), for a text it does not read;
/// `date_out_of_range`, with the same detail, for a date before 2000 or after 2100.
pub fn parse_instant_seconds(text: &str, path: &str) -> Result<(Minute, u8), Error> {
    let read = read_instant(text).ok_or_else(|| {
        Error::new(ErrorCode::InvalidInstant, path)
            .detail(crate::report::mask::mask_if_name_like(&clip(text)))
    })?;
    check_minute_range(read.minute, path, || clip(text)).map(|m| (m, read.second))
}

/// Epoch milliseconds to the Beijing minute and the second within it.
///
/// # Errors
///
/// As [`instant_from_epoch_ms`]: `invalid_instant` at `path` for a value that is not finite or
/// is beyond ±10^12 minutes, `date_out_of_range` for a Beijing date before 2000 or after 2100.
pub fn instant_seconds_from_epoch_ms(ms: f64, path: &str) -> Result<(Minute, u8), Error> {
    let minute = instant_from_epoch_ms(ms, path)?;
    // In range, so the cast is exact; integer arithmetic keeps fmod out of the .wasm.
    let second = ((ms / 1000.0).floor() as i64).rem_euclid(60) as u8;
    Ok((minute, second))
}

/// Epoch milliseconds (UTC) to the Beijing minute that contains them; seconds are dropped.
///
/// # Errors
/// `invalid_instant` at `path` for a value that is not finite or is beyond ±10^12 minutes,
/// `date_out_of_range` for an instant whose Beijing date is before 2000 or after 2100; the
/// detail is the number as given.
pub fn instant_from_epoch_ms(ms: f64, path: &str) -> Result<Minute, Error> {
    let minute = Minute::from_epoch_ms(ms)
        .ok_or_else(|| Error::new(ErrorCode::InvalidInstant, path).detail(number_text(ms)))?;
    check_minute_range(minute, path, || number_text(ms))
}

/// Out of range, the detail is the value as given: far enough out, a day has no calendar date.
fn check_minute_range(
    minute: Minute,
    path: &str,
    given: impl FnOnce() -> String,
) -> Result<Minute, Error> {
    if minute.in_range() {
        Ok(minute)
    } else {
        Err(Error::new(ErrorCode::DateOutOfRange, path).detail(given()))
    }
}

/// `HH:MM` to minutes after midnight; `24:00` is allowed as an end.
///
/// # Errors
///
/// `invalid_clock` at `path`, with the value (clipped), for anything but two-digit `HH:MM` with
/// hours 00–23 and minutes 00–59, or `24:00`.
pub fn parse_clock(text: &str, path: &str) -> Result<u16, Error> {
    let err = || {
        Error::new(ErrorCode::InvalidClock, path)
            .detail(crate::report::mask::mask_if_name_like(&clip(text)))
    };
    let s = text.as_bytes();
    if s.len() != 5 || s[2] != b':' {
        return Err(err());
    }
    let (h, m) = (
        digits(s, 0, 2).ok_or_else(err)?,
        digits(s, 3, 2).ok_or_else(err)?,
    );
    if m > 59 || h > 24 || (h == 24 && m != 0) {
        return Err(err());
    }
    Ok((h * 60 + m) as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick reading of the common ISO forms gives what the reading by pieces gives, on
    /// texts of their lengths built mostly of their characters (valid, impossible and
    /// malformed dates and times alike).
    #[test]
    fn iso_digits_read_as_the_pieces_do() {
        const VALID: [&str; 3] = ["2026-02-12", "2026-02-12T10:00", "2028-02-29 23:59:60"];
        const CHARS: &[u8] = b"0123456789-: Tt/+Z";
        let mut seed: u64 = 7;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        };
        let mut quick = 0;
        for _ in 0..200_000 {
            let mut b = VALID[next(3) as usize].as_bytes().to_vec();
            for _ in 0..next(4) {
                let at = next(b.len() as u64) as usize;
                b[at] = CHARS[next(CHARS.len() as u64) as usize];
            }
            let text = std::str::from_utf8(&b).unwrap_or_default();
            let fast = read_iso_digits(&b);
            quick += fast.is_some() as u32;
            if fast.is_some() {
                assert_eq!(fast, read_instant_pieces(text), "{text}");
            } else {
                assert_eq!(read_instant(text), read_instant_pieces(text), "{text}");
            }
        }
        assert!(quick > 50_000, "{quick}");
    }

    /// helper-33: `str::parse` took a sign, so 2026-+3 read as March 2026.
    #[test]
    fn a_month_is_digits_only() {
        assert_eq!(
            parse_month("2026-3", "m")
                .map(|d| d.to_string())
                .ok()
                .as_deref(),
            Some("2026-03-01")
        );
        for bad in ["2026-+3", "+026-03", "2026- 3", "2026-13", "1999-12"] {
            assert!(parse_month(bad, "m").is_err(), "{bad}");
        }
    }
}
