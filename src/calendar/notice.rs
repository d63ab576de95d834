//! CAL-6: the yearly notice 《国务院办公厅关于YYYY年部分节假日安排的通知》 read as published, so a
//! portal can load next year's days off the day the notice appears.
//!
//! The reader follows the notice's grammar, not a list of known texts. Only the numbered items
//! (`一、元旦：…`) are arrangements; the salutation, the preamble (which may be full of dates),
//! the closing paragraph and the date line are not. An item is sentences (`。`) of clauses
//! (`，`): a date, a range (`1月1日至3日`, `1月27日至2月2日`, `2022年12月31日至2023年1月2日`) or a
//! list (`2月14日（周六）、2月28日（周六）`), then what happens on it (放假调休, 放假, 放假1天,
//! 补休: days off; 上班: a makeup working day); or a clause without a date (共N天, checked against
//! the range before it; 与周末连休; 不调休). A sentence that encourages rest (鼓励…) is not an
//! arrangement. A weekday in the brackets (星期六, 周六) is checked against the date; lunar
//! dates there are read past. Anything else is refused with `invalid_notice`, the line and what
//! was expected: never a partial year in silence.

use serde::Serialize;

use crate::error::{Error, ErrorCode};
use crate::messages::{pick, Locale};
use crate::text::clip_to;
use crate::time::Day;

/// One year of the calendar overlay, in the shape `calendar.years[]` takes.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ParsedNotice {
    /// The year the notice arranges, read from its opening or title (2000–2100).
    pub year: i32,
    /// The notice's title, as the State Council words it for the year read (built from the
    /// year, not copied from the text).
    pub notice: String,
    /// The days off, one entry per date or range the items give, in the order given.
    pub holidays: Vec<NoticeHoliday>,
    /// The makeup working days, one entry per day (`makeupWorkdays` in JSON).
    pub makeup_workdays: Vec<NoticeMakeup>,
}

/// A run of days off that one item of the notice arranges.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
pub struct NoticeHoliday {
    /// The item's festival name as the notice writes it (`元旦`, `国庆节、中秋节`).
    pub name: String,
    /// The first day off, `YYYY-MM-DD`.
    pub from: String,
    /// The last day off, `YYYY-MM-DD`, included.
    pub to: String,
}

/// A weekend day that one item of the notice makes a working day (调休).
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
pub struct NoticeMakeup {
    /// The day, `YYYY-MM-DD`; always a Saturday or Sunday.
    pub date: String,
    /// The festival name of the item that arranges it (`for` in JSON).
    #[serde(rename = "for")]
    pub for_: String,
}

/// What the reader expected where it stopped.
#[derive(Clone)]
enum Expected {
    Year,
    YearRange(i32),
    TooLong,
    /// A festival the opening lists that no item arranges.
    Missing(String),
    /// An item for a festival the opening does not list.
    Unlisted(String),
    /// A second item for the same festival.
    Repeated(String),
    /// A line outside the items that gives a date: an arrangement the reader would lose.
    Stray,
    /// A date outside the notice's year (December of the year before only for 元旦).
    OtherYear(String),
    /// An item with no day off or working day in it.
    Empty,
    /// 补休 on a weekend day: a make-up day off is a weekday.
    CompensationOnWeekend,
    /// 与周末连休 for days that touch no weekend.
    NoWeekend,
    /// 不调休 in an item that also names a makeup working day.
    NoSwapContradicted,
    /// A makeup working day inside the item's days off.
    WorkInsideHoliday,
    Items,
    Date,
    Action,
    Clause,
    /// The date and the weekday it really is.
    Weekday(Day),
    Count(i32),
    Weekend,
    Order,
}

impl Expected {
    fn text(self, locale: Locale) -> String {
        const WEEK_ZH: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];
        const WEEK_EN: [&str; 7] = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
        match (&self, locale) {
            (Expected::Weekday(d), Locale::ZhCn) => {
                let (y, m, dd) = d.ymd();
                format!(
                    "{y}年{m}月{dd}日是星期{}，与括号中的星期不符",
                    WEEK_ZH[d.weekday() as usize % 7]
                )
            }
            (Expected::Weekday(d), Locale::En) => format!(
                "{d} is a {}, not the weekday in the brackets",
                WEEK_EN[d.weekday() as usize % 7]
            ),
            (Expected::YearRange(y), Locale::ZhCn) => {
                format!("年份{y}超出支持范围（2000年至2100年）")
            }
            (Expected::YearRange(y), Locale::En) => {
                format!("the year {y} is outside the supported range (2000 to 2100)")
            }
            (Expected::Missing(name), Locale::ZhCn) => {
                format!("通知开头列出了{name}，但没有读到它的安排（是否漏复制了一条？）")
            }
            (Expected::Missing(name), Locale::En) => format!(
                "the opening lists {name}, but no arrangement for it was found (was an item left out?)"
            ),
            (Expected::Unlisted(name), Locale::ZhCn) => {
                format!("通知开头没有列出{name}，却有它的安排条目")
            }
            (Expected::Unlisted(name), Locale::En) => format!(
                "an item arranges {name}, which the opening does not list"
            ),
            (Expected::Repeated(name), Locale::ZhCn) => format!("{name}的安排出现了两次"),
            (Expected::Repeated(name), Locale::En) => {
                format!("{name} is arranged by two items")
            }
            (Expected::OtherYear(d), Locale::ZhCn) => format!(
                "{d}不在通知的年份内（只有元旦可始于上一年12月）"
            ),
            (Expected::OtherYear(d), Locale::En) => format!(
                "{d} is outside the notice's year (only 元旦 may start in December of the year before)"
            ),
            (Expected::Count(n), Locale::ZhCn) => format!("所列日期共{n}天，与“共N天”不符"),
            (Expected::Count(n), Locale::En) => {
                format!("the dates given span {n} days, not the total stated")
            }
            (e, _) => {
                let (zh, en) = match *e {
                    Expected::Year => (
                        "找不到通知的年份（应有“现将2027年……”或标题中的年份）",
                        "no year found (expected 现将2027年… or the year in the title)",
                    ),
                    Expected::Items => (
                        "找不到编号的安排条目（应为“一、元旦：1月1日放假……”）",
                        "no numbered arrangement found (expected 一、元旦：1月1日放假…)",
                    ),
                    Expected::Date => (
                        "日期无法读取（应为“1月1日”“2027年1月1日”或范围“1月1日至3日”）",
                        "a date cannot be read (expected 1月1日, 2027年1月1日 or a range 1月1日至3日)",
                    ),
                    Expected::Action => (
                        "日期后应为“放假”“放假调休”“放假N天”“补休”或“上班”",
                        "after the dates, expected 放假, 放假调休, 放假N天, 补休 or 上班",
                    ),
                    Expected::Clause => (
                        "应为日期及安排，或“共N天”“与周末连休”“不调休”",
                        "expected dates with what happens on them, or 共N天, 与周末连休, 不调休",
                    ),
                    Expected::Weekend => (
                        "上班日应为周六或周日（调休上班）",
                        "a makeup working day must be a Saturday or Sunday",
                    ),
                    Expected::Order => (
                        "日期范围的结束早于开始",
                        "the range ends before it starts",
                    ),
                    Expected::TooLong => (
                        "文本过长（超过100000个字符），不像一份节假日通知",
                        "the text is too long (over 100,000 characters) for a holiday notice",
                    ),
                    Expected::Empty => (
                        "该条没有任何放假或上班的安排",
                        "the item arranges no day off and no working day",
                    ),
                    Expected::CompensationOnWeekend => (
                        "补休日应为工作日，所列日期是周末",
                        "a make-up day off (补休) is a weekday, but this date is a weekend day",
                    ),
                    Expected::NoWeekend => (
                        "写明“与周末连休”，但所列日期前后都不是周末",
                        "says 与周末连休 (joined to the weekend), but the dates touch no weekend",
                    ),
                    Expected::NoSwapContradicted => (
                        "写明“不调休”，却又列出调休上班日",
                        "says 不调休 (no swapped days) but names a makeup working day",
                    ),
                    Expected::Stray => (
                        "这一行写有日期，但不属于任何编号条目（应为“一、元旦：1月1日放假……”的一部分）",
                        "this line gives a date but belongs to no numbered item (expected part of 一、元旦：1月1日放假…)",
                    ),
                    Expected::WorkInsideHoliday => (
                        "上班日落在放假期间",
                        "a makeup working day falls inside the days off",
                    ),
                    Expected::Weekday(_)
                    | Expected::Count(_)
                    | Expected::YearRange(_)
                    | Expected::Missing(_)
                    | Expected::Unlisted(_)
                    | Expected::Repeated(_)
                    | Expected::OtherYear(_) => ("", ""),
                };
                pick(locale, zh, en).to_string()
            }
        }
    }
}

struct Reader<'a> {
    path: &'a str,
    locale: Locale,
}

impl Reader<'_> {
    fn fail(&self, line: Option<(usize, &str)>, expected: Expected) -> Error {
        let said = expected.text(self.locale);
        let detail = match (line, self.locale) {
            (Some((n, text)), Locale::ZhCn) => format!("第{n}行“{}”：{said}", clip_to(text, 60)),
            (Some((n, text)), Locale::En) => format!("line {n} \"{}\": {said}", clip_to(text, 60)),
            (None, _) => said,
        };
        Error::new(ErrorCode::InvalidNotice, self.path).detail(detail)
    }
}

/// Full-width digits and punctuation as the reader expects them; spaces of any kind removed.
fn normalized(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            c if c.is_whitespace() || c == '\u{feff}' => None,
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            '(' => Some('（'),
            ')' => Some('）'),
            ':' => Some('：'),
            ',' => Some('，'),
            ';' | '；' => Some('，'),
            '～' | '~' | '—' | '－' => Some('至'),
            c => Some(c),
        })
        .collect()
}

const NUMERALS: &str = "一二三四五六七八九十";

/// The length of an item's number and its `、` (`十一、`), if the text starts with one.
fn item_marker(text: &str) -> Option<usize> {
    let digits: usize = text
        .chars()
        .take_while(|c| NUMERALS.contains(*c))
        .map(char::len_utf8)
        .sum();
    (digits > 0 && text[digits..].starts_with('、')).then(|| digits + '、'.len_utf8())
}

/// The lines of the notice, with an item that follows another on the same line (a paste that
/// lost its line breaks) split off.
fn lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        let mut start = 0;
        for (at, _) in line.match_indices('。') {
            let next = at + '。'.len_utf8();
            if next < line.len() && item_marker(&line[next..]).is_some() {
                out.push(line[start..next].to_string());
                start = next;
            }
        }
        out.push(line[start..].to_string());
    }
    out
}

/// The number after `prefix` in `text` when it is followed by 年: the year of 现将2027年….
fn year_after(text: &str, prefix: &str) -> Option<i32> {
    let at = text.find(prefix)? + prefix.len();
    let digits: String = text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let rest = &text[at + digits.len()..];
    (digits.len() == 4 && rest.starts_with('年')).then(|| digits.parse().ok())?
}

/// Reads digits at the start of `s`: the number and the rest.
fn number(s: &str) -> Option<(u32, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 4 {
        return None;
    }
    Some((s[..n].parse().ok()?, &s[n..]))
}

/// One date as an item writes it: `[YYYY年]M月D日` or, as a range's end, `D日`.
struct DateText {
    year: Option<i32>,
    month: Option<u32>,
    day: u32,
    weekday: Option<u32>,
}

fn weekday_of(s: &str) -> Option<u32> {
    let rest = s.strip_prefix("星期").or_else(|| s.strip_prefix("周"))?;
    let w = match rest {
        "一" => 0,
        "二" => 1,
        "三" => 2,
        "四" => 3,
        "五" => 4,
        "六" => 5,
        "日" | "天" => 6,
        _ => return None,
    };
    Some(w)
}

/// A date at the start of `s`, with its bracket; the rest after it.
fn date_text(s: &str) -> Option<(DateText, &str)> {
    let (first, rest) = number(s)?;
    let (year, month, day, rest) = if let Some(r) = rest.strip_prefix('年') {
        let (m, r) = number(r)?;
        let r = r.strip_prefix('月')?;
        let (d, r) = number(r)?;
        (Some(first as i32), Some(m), d, r.strip_prefix('日')?)
    } else if let Some(r) = rest.strip_prefix('月') {
        let (d, r) = number(r)?;
        (None, Some(first), d, r.strip_prefix('日')?)
    } else {
        (None, None, first, rest.strip_prefix('日')?)
    };
    // The bracket: lunar dates, 除夕, and the weekday, which is checked.
    let (weekday, rest) = match rest.strip_prefix('（') {
        Some(inner) => {
            let end = inner.find('）')?;
            let weekday = inner[..end].split('、').find_map(weekday_of);
            (weekday, &inner[end + '）'.len_utf8()..])
        }
        None => (None, rest),
    };
    Some((
        DateText {
            year,
            month,
            day,
            weekday,
        },
        rest,
    ))
}

/// Where an item's dates fall: the notice's year, or the last year an item wrote out.
struct Dates {
    year: i32,
    /// 元旦 written without a year may start in December of the year before.
    new_year_item: bool,
}

impl Dates {
    fn resolve(&mut self, d: &DateText, after: Option<Day>) -> Option<Day> {
        let (year, month) = match (d.year, d.month, after) {
            (Some(y), Some(m), _) => {
                self.year = y;
                (y, m)
            }
            (None, Some(m), Some(start)) => {
                let (sy, sm, _) = start.ymd();
                (if m < sm { sy + 1 } else { sy }, m)
            }
            (None, Some(m), None) if m == 12 && self.new_year_item => (self.year - 1, m),
            (None, Some(m), None) => (self.year, m),
            (None, None, Some(start)) => {
                let (sy, sm, _) = start.ymd();
                (sy, sm)
            }
            _ => return None,
        };
        Day::from_ymd(year, month, d.day).filter(|day| day.in_range())
    }
}

/// Reads a notice's text (CAL-6) into one year of the calendar overlay.
///
/// # Errors
/// `invalid_notice` at `path`, naming the line and what was expected, when the text has no
/// year, no numbered item, or a clause the reader cannot read; a weekday in the brackets that
/// is not the date's, a 共N天 that does not match its range, or a makeup working day that is
/// not a weekend day is refused the same way.
pub fn parse_notice(text: &str, path: &str, locale: Locale) -> Result<ParsedNotice, Error> {
    let reader = Reader { path, locale };
    // A notice is about 1,500 characters; a page pasted whole is not a notice.
    if text.len() > 100_000 {
        return Err(reader.fail(None, Expected::TooLong));
    }
    // Joined again before anything is read: 现将 / 2027年 on two lines is one opening.
    let text = unwrapped(&normalized(text));
    let year = year_after(&text, "现将")
        .or_else(|| year_after(&text, "关于"))
        .ok_or_else(|| reader.fail(None, Expected::Year))?;
    if !(2000..=2100).contains(&year) {
        return Err(reader.fail(None, Expected::YearRange(year)));
    }
    let mut out = ParsedNotice {
        year,
        notice: format!("国务院办公厅关于{year}年部分节假日安排的通知"),
        holidays: Vec::new(),
        makeup_workdays: Vec::new(),
    };
    let items = items(&text).map_err(|(n, line)| reader.fail(Some((n, &line)), Expected::Stray))?;
    if items.is_empty() {
        return Err(reader.fail(None, Expected::Items));
    }
    for (n, line, name, body) in &items {
        let at = Some((*n, line.as_str()));
        let mut dates = Dates {
            year,
            new_year_item: name.contains("元旦"),
        };
        let before = (out.holidays.len(), out.makeup_workdays.len());
        read_item(&reader, at, name, body, &mut dates, &mut out)?;
        if (out.holidays.len(), out.makeup_workdays.len()) == before {
            return Err(reader.fail(at, Expected::Empty));
        }
    }
    // Every festival the opening lists has its arrangement: an item lost in copying is not
    // a year with one festival fewer. An item the opening does not list, or a festival
    // arranged twice, is a paste that mixed notices.
    let listed = listed_festivals(&text);
    let mut seen: Vec<&str> = Vec::new();
    for (n, line, name, _) in &items {
        for festival in name.split(['、', '和']).filter(|f| !f.is_empty()) {
            let at = Some((*n, line.as_str()));
            if !listed.is_empty() && !listed.iter().any(|l| l == festival) {
                return Err(reader.fail(at, Expected::Unlisted(festival.to_string())));
            }
            if seen.contains(&festival) {
                return Err(reader.fail(at, Expected::Repeated(festival.to_string())));
            }
            seen.push(festival);
        }
    }
    for name in listed {
        if !out.holidays.iter().any(|h| h.name.contains(&name)) {
            return Err(reader.fail(None, Expected::Missing(name)));
        }
    }
    // Every day in the notice's year, or in the December before it for 元旦 (2019's notice:
    // 2018年12月30日至2019年1月1日): a 2028 date in a 2027 notice would leave 2027's own days
    // unarranged (fifth review: 2027-01-01 became a working day).
    let in_year = |date: &str, name: &str| {
        let y: i32 = date[..4].parse().unwrap_or(0);
        y == year || (y == year - 1 && &date[5..7] == "12" && name.contains("元旦"))
    };
    for h in &out.holidays {
        for d in [&h.from, &h.to] {
            if !in_year(d, &h.name) {
                return Err(reader.fail(None, Expected::OtherYear(d.clone())));
            }
        }
    }
    for m in &out.makeup_workdays {
        if !in_year(&m.date, &m.for_) {
            return Err(reader.fail(None, Expected::OtherYear(m.date.clone())));
        }
    }
    // A makeup working day inside the days off contradicts the notice itself.
    for m in &out.makeup_workdays {
        if out
            .holidays
            .iter()
            .any(|h| h.from <= m.date && m.date <= h.to)
        {
            let at = items
                .iter()
                .find(|i| i.2 == m.for_)
                .map(|i| (i.0, i.1.as_str()));
            return Err(reader.fail(at, Expected::WorkInsideHoliday));
        }
    }
    Ok(out)
}

/// The years a notice's days fall in: its own, and the year before when its 元旦 starts in
/// December.
pub fn years_touched(notice: &ParsedNotice) -> Vec<i32> {
    let mut years = vec![notice.year];
    let dates = notice
        .holidays
        .iter()
        .flat_map(|h| [&h.from, &h.to])
        .chain(notice.makeup_workdays.iter().map(|m| &m.date));
    for d in dates {
        if let Ok(y) = d[..4].parse::<i32>() {
            if !years.contains(&y) {
                years.push(y);
            }
        }
    }
    years
}

/// A notice for a year the engine already has: refused, since the embedded year also holds
/// the later notices that changed it (2020's extended Spring Festival, say); the yearly notice
/// alone would make those days working days again and judge staff on them (CAL-1; the reading
/// that asserts less).
pub fn already_embedded(year: i32, path: &str, locale: Locale) -> Error {
    let said = match locale {
        Locale::ZhCn => format!(
            "{year}年的节假日安排已内置（含其后另行发布的调整），不必也不能用通知原文替换；确需改动请用calendar.years"
        ),
        Locale::En => format!(
            "{year} is built in (with the later notices that changed it); a notice text may not replace it: use calendar.years if it must change"
        ),
    };
    Error::new(ErrorCode::InvalidNotice, path).detail(said)
}

/// The numbered items, each with its line number, its line, its name and its body.
///
/// A line after an item continues it, whatever it starts with (a paste wraps anywhere,
/// 放假 / 调休，共9天 included), until a line of the closing (节假日期间…, 鼓励…, 国务院办公厅,
/// the date it was issued). Any other line that gives a date is refused: an arrangement
/// outside the items would otherwise be lost in silence.
fn items(text: &str) -> Result<Vec<Item>, (usize, String)> {
    let mut out: Vec<Item> = Vec::new();
    let mut continues = false;
    for (i, line) in lines(text).into_iter().enumerate() {
        if let Some(marker) = item_marker(&line) {
            let (name, body) = line[marker..]
                .split_once('：')
                .unwrap_or((&line[marker..], ""));
            out.push((i + 1, line.clone(), name.to_string(), body.to_string()));
            continues = true;
            continue;
        }
        if is_closing(&line) {
            // 另，12月31日（周五）放假 inside the closing paragraph is an arrangement all the same.
            if arranges(&line) {
                return Err((i + 1, line));
            }
            continues = false;
            continue;
        }
        match out.last_mut() {
            Some(item) if continues => item.3.push_str(&line),
            // The opening may cite dates (2025's: 自2025年1月1日起…); it is not an arrangement.
            // Outside the items a date with what happens on it is refused; a date alone arranges
            // nothing (2025's opening: 据此…国庆节自10月1日起放假调休7天 is a principle).
            _ if arranges(&line) => return Err((i + 1, line)),
            _ => {}
        }
    }
    Ok(out)
}

/// An item: its line number, its first line, its name and its body.
type Item = (usize, String, String, String);

/// A line of the notice's closing: the duty paragraph, the encouragement to take leave, the
/// issuer, the date of issue, 此件公开发布.
fn is_closing(line: &str) -> bool {
    [
        "节假日期间",
        "鼓励",
        "倡导",
        "提倡",
        "国务院办公厅",
        "各地区",
        "（此件",
    ]
    .iter()
    .any(|w| line.starts_with(w) && !line.starts_with("国务院办公厅关于"))
        || date_text(line)
            .is_some_and(|(d, rest)| d.year.is_some() && rest.trim_end_matches('。').is_empty())
}

/// Whether the text gives a date followed by what happens on it (`12月31日（周五）放假`,
/// `2月6日上班`): an arrangement, wherever it stands. A date and anything else (自2025年1月1日起,
/// 除夕（2月9日）休息) is not.
fn arranges(text: &str) -> bool {
    text.char_indices().any(|(at, c)| {
        // A date starts at its first digit: not inside 10月1日 at the 1 of 1日.
        if !c.is_ascii_digit()
            || text[..at].ends_with(|p: char| p.is_ascii_digit() || p == '月' || p == '年')
        {
            return false;
        }
        let Some((_, rest)) = date_text(&text[at..]) else {
            return false;
        };
        let rest = match rest.strip_prefix('至') {
            Some(r) => date_text(r).map_or(r, |(_, r)| r),
            None => rest,
        };
        // 自10月8日起放假 arranges as much as 10月8日放假 (fifth review); a festival's principle
        // in 2025's opening (国庆节自10月1日起放假调休7天) does not.
        let rest = match rest.strip_prefix('起') {
            Some(_) if text[..at].ends_with("节自") => return false,
            Some(r) => r,
            None => rest,
        };
        ["放假", "上班", "补休", "调休"]
            .iter()
            .any(|v| rest.starts_with(v))
    })
}

/// A paste wrapped in mid-sentence, joined again: a line that does not end a sentence (。 or
/// ：) runs on into the next, unless the next starts an item or the closing; a line with a
/// bracket still open always runs on.
fn unwrapped(text: &str) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        let ends = line.ends_with(['。', '：', '！', '？']);
        // Inside a bracket (农历腊月二十 / 八、周日）) the next line runs on, even if it looks like
        // an item's number.
        let in_bracket = line.matches('（').count() > line.matches('）').count();
        let next_stands = lines
            .get(i + 1)
            .is_none_or(|n| item_marker(n).is_some() || is_closing(n));
        if i + 1 == lines.len() || (!in_bracket && (ends || next_stands)) {
            out.push('\n');
        }
    }
    out
}

/// The festivals the opening names: 现将2026年元旦、春节……和国庆节放假调休日期的具体安排.
fn listed_festivals(text: &str) -> Vec<String> {
    let Some(at) = text.find("现将") else {
        return Vec::new();
    };
    let rest = &text[at..];
    let Some(start) = rest.find('年').map(|y| y + '年'.len_utf8()) else {
        return Vec::new();
    };
    let Some(end) = rest[start..].find("放假").map(|e| start + e) else {
        return Vec::new();
    };
    rest[start..end]
        .split(['、', '和'])
        .filter(|n| n.ends_with('节') || *n == "元旦")
        .map(str::to_string)
        .collect()
}

fn read_item(
    reader: &Reader,
    at: Option<(usize, &str)>,
    name: &str,
    body: &str,
    dates: &mut Dates,
    out: &mut ParsedNotice,
) -> Result<(), Error> {
    let fail = |e| reader.fail(at, e);
    let mut no_swap = false;
    let makeup_before = out.makeup_workdays.len();
    for sentence in body.split('。').filter(|s| !s.is_empty()) {
        // A paste that lost its line breaks runs the closing paragraph into the last item.
        if ["节假日期间", "国务院办公厅"]
            .iter()
            .any(|w| sentence.starts_with(w))
        {
            if body[body.find(sentence).unwrap_or(0)..]
                .split('。')
                .any(arranges)
            {
                return Err(fail(Expected::Stray));
            }
            break;
        }
        // An encouragement to rest on a day (鼓励…安排职工在除夕休息) makes no day off.
        if ["鼓励", "倡导", "提倡"]
            .iter()
            .any(|w| sentence.starts_with(w))
        {
            if arranges(sentence) {
                return Err(fail(Expected::Stray));
            }
            continue;
        }
        let mut last: Vec<Range> = Vec::new();
        for clause in sentence.split('，').filter(|c| !c.is_empty()) {
            let (ranges, action) = read_dates(clause, dates).map_err(fail)?;
            if ranges.is_empty() {
                match action {
                    "与周末连休" => {
                        // Joined to a weekend: the days off touch a Saturday or Sunday.
                        let touches = last.iter().any(|&(f, t)| {
                            f.plus(-1).is_weekend() || t.plus(1).is_weekend() || f.is_weekend()
                        });
                        if !touches {
                            return Err(fail(Expected::NoWeekend));
                        }
                    }
                    "不调休" => no_swap = true,
                    a => {
                        let total = a
                            .strip_prefix('共')
                            .and_then(|n| n.strip_suffix('天'))
                            .and_then(|n| n.parse::<i32>().ok())
                            .ok_or_else(|| fail(Expected::Clause))?;
                        check_count(&last, total).map_err(fail)?;
                    }
                }
                continue;
            }
            let off = ["放假调休", "调休放假", "放假", "补休"]
                .iter()
                .find(|v| action.starts_with(**v));
            match (off, action) {
                (Some(verb), _) => {
                    for &(from, to) in &ranges {
                        // 补休 is a weekday given for a festival that fell on a weekend.
                        if *verb == "补休" && (from.is_weekend() || to.is_weekend()) {
                            return Err(fail(Expected::CompensationOnWeekend));
                        }
                        out.holidays.push(NoticeHoliday {
                            name: name.to_string(),
                            from: from.to_string(),
                            to: to.to_string(),
                        });
                    }
                    last = ranges;
                    // 放假1天 / 放假调休，共3天 / 放假，共3天: the count is checked where given.
                    let tail = &action[verb.len()..];
                    let tail = tail.strip_prefix('共').unwrap_or(tail);
                    if let Some(n) = tail.strip_suffix('天') {
                        let n = n.parse::<i32>().map_err(|_| fail(Expected::Action))?;
                        check_count(&last, n).map_err(fail)?;
                    } else if !tail.is_empty() {
                        return Err(fail(Expected::Action));
                    }
                }
                (None, "上班") => {
                    for &(from, to) in &ranges {
                        let mut d = from;
                        while d <= to {
                            if !d.is_weekend() {
                                return Err(fail(Expected::Weekend));
                            }
                            out.makeup_workdays.push(NoticeMakeup {
                                date: d.to_string(),
                                for_: name.to_string(),
                            });
                            d = d.plus(1);
                        }
                    }
                }
                _ => return Err(fail(Expected::Action)),
            }
        }
    }
    if no_swap && out.makeup_workdays.len() > makeup_before {
        return Err(fail(Expected::NoSwapContradicted));
    }
    Ok(())
}

/// 共N天 against the days just listed (one range, or a list of days and ranges).
fn check_count(ranges: &[Range], total: i32) -> Result<(), Expected> {
    let days: i32 = ranges.iter().map(|(f, t)| t.0 - f.0 + 1).sum();
    match ranges.is_empty() {
        true => Err(Expected::Clause),
        false if days == total => Ok(()),
        false => Err(Expected::Count(days)),
    }
}

/// A run of days, first and last.
type Range = (Day, Day);

/// The dates at the start of a clause (single days, ranges and lists), and what follows them.
fn read_dates<'a>(clause: &'a str, dates: &mut Dates) -> Result<(Vec<Range>, &'a str), Expected> {
    let mut ranges = Vec::new();
    let mut rest = clause;
    while rest.starts_with(|c: char| c.is_ascii_digit()) {
        let (start, r) = date_text(rest).ok_or(Expected::Date)?;
        let from = dates.resolve(&start, None).ok_or(Expected::Date)?;
        check_weekday(from, start.weekday)?;
        let (to, r) = match r.strip_prefix('至') {
            Some(r) => {
                let (end, r) = date_text(r).ok_or(Expected::Date)?;
                let to = dates.resolve(&end, Some(from)).ok_or(Expected::Date)?;
                check_weekday(to, end.weekday)?;
                (to, r)
            }
            None => (from, r),
        };
        if to < from || to.0 - from.0 > 31 {
            return Err(Expected::Order);
        }
        ranges.push((from, to));
        rest = r;
        match rest.strip_prefix('、') {
            Some(r) if r.starts_with(|c: char| c.is_ascii_digit()) => rest = r,
            _ => break,
        }
    }
    Ok((ranges, rest))
}

fn check_weekday(day: Day, said: Option<u32>) -> Result<(), Expected> {
    match said {
        Some(w) if w != day.weekday() => Err(Expected::Weekday(day)),
        _ => Ok(()),
    }
}
