//! 主任坐班 (SUP-6): the hall's head, or the head of each service room, is on site every
//! working day and keeps a daily per-person record (逐日按人做现场服务考评记载). This lists the
//! working days of a month that have no such record, per room.
//!
//! Only days that have ended count: today and later are not missing yet. A working day past
//! the calendar's horizon is provisional (its 调休 is unknown, it may be a day off): it is not
//! counted and nobody is judged on it; `provisional` says the month has such days (CAL-2).

use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;
use crate::error::{join_path, Error};
use crate::finding::{Finding, FindingCode};
use crate::messages::Locale;
use crate::text::clip;
use crate::time::{Day, Minute};

/// A month of the head's on-site records (主任坐班, SUP-6).
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "HeadRecordsInput", missing_as_null)]
pub struct HeadRecordsInput {
    /// `YYYY-MM`.
    pub month: String,
    /// The service rooms whose heads keep a record; none means one record for the whole hall.
    #[serde(default)]
    pub rooms: Vec<String>,
    /// The month's records; none by default.
    #[serde(default)]
    #[tsify(type = "HeadRecord[]")]
    pub records: Vec<HeadRecord>,
}

/// One day's on-site record by a head: the day, the room, who kept it and how many people it
/// records.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "HeadRecord", missing_as_null)]
pub struct HeadRecord {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The room it is for, one of `rooms` (trimmed, ASCII case ignored), read only when
    /// `rooms` is given; a room not among them is an `invalid_field` finding.
    #[serde(default)]
    pub room: Option<String>,
    /// Who kept it; never echoed (CASE-7).
    #[serde(default)]
    pub head: Option<String>,
    /// Staff recorded that day; a record with 0 people recorded is no record.
    #[serde(default)]
    pub people: Option<u32>,
}

/// One room's record over the month's ended working days.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "HeadRecordsRoom")]
pub struct RoomDays {
    /// The room, or `""` for the whole hall.
    pub room: String,
    /// Ended working days with a record (those past the horizon left out).
    pub recorded: usize,
    /// Working days that have ended with no record, `YYYY-MM-DD`.
    pub missing: Vec<String>,
}

/// What `assessHeadRecords` found: the month's ended working days and, per room, those with no record.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct HeadRecordsResult {
    /// The month assessed, `YYYY-MM`.
    pub month: String,
    /// Working days of the month that have ended (before today), past the horizon left out.
    pub working_days: usize,
    /// One entry per room of `rooms`, in their order; one entry `""` when no room is given.
    #[tsify(type = "HeadRecordsRoom[]")]
    pub rooms: Vec<RoomDays>,
    /// Some ended working days lie past the calendar's horizon and were not judged (CAL-2).
    pub provisional: bool,
    /// A `head_record_missing` finding per room and missing day, and findings on records left
    /// out (unreadable date, outside the month, unknown room); heads' names masked (CASE-7).
    pub findings: Vec<Finding>,
}

/// Lists, per room, the working days of `input.month` before the Beijing day of `now` (the days
/// that have ended) that have no record by the head (SUP-6). A record with `people` 0 is no
/// record; a record's date may be an instant, read as its Beijing date. Working days past the
/// calendar's horizon are not judged, and `provisional` says the month has some.
///
/// # Errors
///
/// `invalid_argument` at `month` when it is not a month `YYYY-MM` (or `YYYY-M`) of the years
/// 2000–2100; `date_out_of_range` for a day of the month the calendar does not cover.
pub fn assess(
    input: &HeadRecordsInput,
    cal: &Calendar,
    locale: Locale,
    now: Minute,
) -> Result<HeadRecordsResult, Error> {
    let first = crate::time::parse_month(&input.month, "month")?;
    let (year, month, _) = first.ymd();
    let next = if month == 12 {
        Day::from_ymd(year + 1, 1, 1)
    } else {
        Day::from_ymd(year, month + 1, 1)
    }
    .unwrap_or(first);
    let finding = |code, path: &str, detail: &str| Finding::new(code, path, detail, locale);
    let mut findings = Vec::new();

    let rooms: Vec<String> = if input.rooms.is_empty() {
        vec![String::new()]
    } else {
        input.rooms.iter().map(|r| r.trim().to_string()).collect()
    };
    // Days recorded per room, one bit per day of the month.
    let mut seen = vec![0u32; rooms.len()];
    for (i, r) in input.records.iter().enumerate() {
        let path = format!("records[{i}]");
        let day = match crate::time::parse_day_or_instant(&r.date, &join_path(&path, "date")) {
            Ok(d) => d,
            Err(e) => {
                findings.push(Finding::from_error(&e, locale));
                continue;
            }
        };
        if day < first || day >= next {
            findings.push(finding(
                FindingCode::RecordOutsidePeriod,
                &join_path(&path, "date"),
                &day.to_string(),
            ));
            continue;
        }
        if r.people == Some(0) {
            continue;
        }
        let room = if input.rooms.is_empty() {
            ""
        } else {
            r.room.as_deref().map(str::trim).unwrap_or("")
        };
        match rooms.iter().position(|x| x.eq_ignore_ascii_case(room)) {
            Some(k) => seen[k] |= 1 << (day.0 - first.0),
            None => findings.push(finding(
                FindingCode::InvalidField,
                &join_path(&path, "room"),
                &clip(room),
            )),
        }
    }

    // Working days that have ended: before today in Beijing time.
    let today = now.day();
    let mut days = Vec::new();
    let mut provisional = false;
    let mut d = first;
    while d < next && d < today {
        // Past the calendar's data a working day is provisional: its 调休 is not published
        // and it may yet be a day off, so no head is judged on it (CAL-2, third review).
        if cal.is_provisional(d) {
            provisional |= cal.is_working(d)?;
        } else if cal.is_working(d)? {
            days.push(d);
        }
        d = d.plus(1);
    }
    let mut out = Vec::with_capacity(rooms.len());
    for (room, recorded) in rooms.iter().zip(seen) {
        let missing: Vec<Day> = days
            .iter()
            .copied()
            .filter(|d| recorded & (1 << (d.0 - first.0)) == 0)
            .collect();
        for d in &missing {
            let detail = if room.is_empty() {
                d.to_string()
            } else {
                format!("{}（{d}）", clip(room))
            };
            findings.push(finding(FindingCode::HeadRecordMissing, "records", &detail));
        }
        out.push(RoomDays {
            room: clip(room),
            recorded: days.len() - missing.len(),
            missing: missing.iter().map(Day::to_string).collect(),
        });
    }
    // Every name the records give is masked wherever a finding echoes it, and in the rooms'
    // names (CASE-7; helper-47: 陈小明室 was shown whole beside its head 陈小明).
    let masker =
        crate::report::mask::Masker::new(input.records.iter().filter_map(|r| r.head.as_deref()));
    findings.iter_mut().for_each(|f| f.mask_names(&masker));
    out.iter_mut().for_each(|r| r.room = masker.text(&r.room));
    Ok(HeadRecordsResult {
        month: format!("{year}-{month:02}"),
        working_days: days.len(),
        rooms: out,
        provisional,
        findings,
    })
}
