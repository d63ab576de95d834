//! Window hours and queues (DL-10, SUP-4) for one day: closures during the published hours,
//! published hours shorter than the hall's standard, too few windows of a type open, and
//! queue waits.

use crate::str_map::StrMap;

use serde::{Deserialize, Serialize};

use super::SupervisionRules;
use crate::calendar::office_hours::{minutes_in, parse_blocks, Blocks};
use crate::calendar::Calendar;
use crate::error::{join_path, Error};
use crate::finding::{Finding, FindingCode};
use crate::input::InstantInput;
use crate::messages::Locale;
use crate::report::mask::Masker;
use crate::text::clip;
use crate::time::{parse_date, Minute};

/// One day of a hall's windows (DL-10, SUP-4): their published hours, the day's open and close
/// events, and its queue tickets.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "WindowsInput", missing_as_null)]
pub struct WindowsInput {
    /// The day assessed, a date without a time of day (`2026-02-12`).
    pub date: String,
    /// The hall's standard hours; by default the engine's office hours for that day.
    #[serde(default)]
    pub standard_hours: Option<Vec<String>>,
    /// The hall's windows: an event must name one of them.
    #[tsify(type = "HallWindow[]")]
    pub windows: Vec<WindowInput>,
    /// The day's open and close events; none by default.
    #[serde(default)]
    #[tsify(type = "WindowEvent[]")]
    pub events: Vec<WindowEvent>,
    /// The day's queue tickets (SUP-4); none by default.
    #[serde(default)]
    #[tsify(type = "QueueTicket[]")]
    pub tickets: Vec<Ticket>,
}

/// A window of the hall and its published hours.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "HallWindow", missing_as_null)]
pub struct WindowInput {
    /// The window's id, by which events name it.
    pub id: String,
    /// The window's name, as text (anything else is refused with the call); not used by the
    /// assessment.
    #[serde(default)]
    pub name: Option<String>,
    /// The kind of business, for the minimum-open rule (for example `社保`).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// The unit that staffs the window, as text (anything else is refused with the call); not
    /// used by the assessment.
    #[serde(default)]
    pub unit: Option<String>,
    /// 挂牌公布的办公时间, as `"09:00-12:00"` blocks.
    pub published: Vec<String>,
}

/// A window opening or closing during the day.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "WindowEvent", missing_as_null)]
pub struct WindowEvent {
    /// The `id` of the window; one not in `windows` is an `unknown_window` finding.
    pub window: String,
    /// When it happened, read as a Beijing minute. An event on another day is left out
    /// (`record_outside_period`), and so is one after now (`time_in_future`).
    pub at: InstantInput,
    /// `open` or `close`.
    #[tsify(type = r#""open" | "close""#)]
    pub kind: String,
    /// Why the window closed: echoed in the closure and its finding, masked (CASE-7) and
    /// clipped to 40 characters.
    #[serde(default)]
    pub reason: Option<String>,
    /// The AB-post colleague who kept the window served (AB岗).
    #[serde(default)]
    pub substitute: Option<String>,
}

/// A queue ticket (排队号): when it was taken, called and served (SUP-4).
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "QueueTicket", missing_as_null)]
pub struct Ticket {
    /// The ticket's id; not read by the assessment.
    #[serde(default)]
    pub id: Option<crate::input::RecordId>,
    /// The window the ticket waits for, as the queue system names it: waits are grouped by it
    /// (clipped to 40 characters), and it is not checked against `windows`.
    pub window: String,
    /// When the ticket was taken, Beijing time to the second: the wait starts there.
    pub taken_at: InstantInput,
    /// When it was called, which ends the wait. With neither this nor `servedAt`, the ticket
    /// waits until the close of the standard hours, or until now if earlier, and once that
    /// close has passed it is a `ticket_not_served` finding.
    #[serde(default)]
    pub called_at: Option<InstantInput>,
    /// When it was served; it ends the wait only when `calledAt` is not given.
    #[serde(default)]
    pub served_at: Option<InstantInput>,
}

/// The queue waits of one window or one hour (SUP-4). A wait counts the standard hours only:
/// not before opening, not over the lunch break.
#[derive(Clone, Debug, Default, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct WaitStats {
    /// Tickets taken, served or not.
    pub tickets: usize,
    /// The mean wait in minutes, measured to the second and shown to a tenth of a minute;
    /// `None` with no ticket.
    pub average_minutes: Option<f64>,
    /// The median wait (of an even count, the mean of the middle two), in minutes to a tenth;
    /// `None` with no ticket.
    pub median_minutes: Option<f64>,
    /// The 90th-percentile wait (nearest rank), in minutes to a tenth; `None` with no ticket.
    pub p90_minutes: Option<f64>,
    /// Waits longer than the hall's limit, served or not (SUP-4).
    pub over_limit: usize,
    /// Tickets never called: each waited until the close of office hours, or until now if
    /// that is earlier (SUP-4).
    pub not_served: usize,
}

/// A time a window was closed within its published hours (DL-10): a close and the next open,
/// a late opening, or a close never reopened.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct WindowClosure {
    /// The window's id.
    pub window: String,
    /// The first closed minute within the published hours, ISO 8601 Beijing time
    /// (`2026-02-12T10:00:00+08:00`).
    pub from: String,
    /// Where the closed time within the published hours ends, in the same form.
    pub to: String,
    /// Minutes closed within the published hours (a break between published blocks does not
    /// count).
    pub minutes: u32,
    /// The event's reason, masked (CASE-7) and clipped to 40 characters; `None` if it gave
    /// none (an empty text is kept as given).
    pub reason: Option<String>,
    /// The AB-post colleague who covered, as a masked name; `None` if none was named, and the
    /// closure is then a `window_closed` finding.
    pub substitute: Option<String>,
}

/// What `assessWindows` found on one day: closures, queue waits and findings.
#[derive(Clone, Debug, Default, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct WindowsResult {
    /// The day assessed, `YYYY-MM-DD`.
    pub date: String,
    /// Minutes in the standard hours the day is judged by: `standardHours`, else the
    /// calendar's office hours that day, else (on a day the hall is closed) the calendar's
    /// standard office hours.
    pub standard_minutes: u32,
    /// Closures inside the published hours, with or without a substitute.
    pub closures: Vec<WindowClosure>,
    /// Waits per ticket `window`, as given (clipped to 40 characters).
    #[tsify(type = "Dict<WaitStats>")]
    pub waits_by_window: StrMap<WaitStats>,
    /// By the Beijing hour the ticket was taken, two digits (`"08"`, `"09"`, …), whatever the
    /// office hours.
    #[tsify(type = "Dict<WaitStats>")]
    pub waits_by_hour: StrMap<WaitStats>,
    /// DL-10 and SUP-4 findings, and records left out (unreadable, on another day, after now);
    /// the substitutes' names masked wherever a finding echoes them (CASE-7).
    pub findings: Vec<Finding>,
}

/// Waits in seconds, each with whether it was served; `limit` in seconds.
fn stats(waits: Vec<(u32, bool)>, limit: u32) -> WaitStats {
    if waits.is_empty() {
        return WaitStats::default();
    }
    let not_served = waits.iter().filter(|w| !w.1).count();
    let mut waits: Vec<u32> = waits.into_iter().map(|w| w.0).collect();
    crate::sort::sort_by_key_small(&mut waits, |w| *w);
    let n = waits.len();
    let minutes = |s: f64| (s / 60.0 * 10.0).round() / 10.0;
    let pick = |q: f64| waits[((q * n as f64).ceil() as usize).clamp(1, n) - 1] as f64;
    let median = if n % 2 == 1 {
        waits[n / 2] as f64
    } else {
        (waits[n / 2 - 1] as f64 + waits[n / 2] as f64) / 2.0
    };
    WaitStats {
        tickets: n,
        average_minutes: Some(minutes(
            waits.iter().map(|&w| w as f64).sum::<f64>() / n as f64,
        )),
        median_minutes: Some(minutes(median)),
        p90_minutes: Some(minutes(pick(0.9))),
        over_limit: waits.iter().filter(|&&w| w > limit).count(),
        not_served,
    }
}

/// A wait as a clerk reads it: `31分40秒` / `31 min 40 s`.
fn wait_text(seconds: u32, locale: Locale) -> String {
    let (m, s) = (seconds / 60, seconds % 60);
    match (locale.is_english(), s) {
        (false, 0) => format!("{m}分钟"),
        (false, _) => format!("{m}分{s}秒"),
        (true, 0) => format!("{m} min"),
        (true, _) => format!("{m} min {s} s"),
    }
}

fn clock(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// Minutes of `blocks` inside `[from, to)`.
fn overlap(blocks: &Blocks, from: u16, to: u16) -> Vec<(u16, u16)> {
    blocks
        .iter()
        .map(|&(a, b)| (from.max(a), to.min(b)))
        .filter(|(a, b)| a < b)
        .collect()
}

/// Assesses one day of window hours, closures and queue tickets (DL-10, SUP-4) against
/// `rules`, at `now_seconds` (seconds on the scale of `Minute` × 60).
///
/// The day is judged by `input.standard_hours`, else the calendar's office hours that day. On a
/// day the calendar has the hall closed and no standard hours are given, nothing about hours,
/// closures or open windows is a finding and no ticket is assessed (one `queue_hours_unknown`
/// finding says so). On a day still in progress a close not reopened runs until now, and a
/// ticket not yet called waits until now without being counted as not served; a ticket taken
/// after the close and never called is left out. A record that cannot be read or used is a
/// finding, and is left out.
///
/// # Errors
///
/// `invalid_date` or `date_out_of_range` at `date`; `invalid_office_hours` or
/// `invalid_clock` at `standardHours` (or one of its blocks) when the given standard hours
/// cannot be read.
pub fn assess(
    input: &WindowsInput,
    cal: &Calendar,
    rules: &SupervisionRules,
    locale: Locale,
    now_seconds: i64,
) -> Result<WindowsResult, Error> {
    let day = parse_date(&input.date, "date")?;
    let standard = match &input.standard_hours {
        Some(b) => parse_blocks(b, "standardHours")?,
        None => {
            let open = cal.open_blocks(day);
            if open.is_empty() {
                cal.office_hours.standard.clone()
            } else {
                open.to_vec()
            }
        }
    };
    // On a day the hall is closed (a weekend or holiday with no Saturday service or extra service
    // day) no window has a duty to open: nothing about its hours or closures is a finding.
    let duty = input.standard_hours.is_some() || !cal.open_blocks(day).is_empty();
    let mut out = WindowsResult {
        date: day.to_string(),
        standard_minutes: minutes_in(&standard),
        ..WindowsResult::default()
    };
    let finding = |code, path: &str, detail: &str| Finding::new(code, path, detail, locale);

    // Published hours, per window; a window whose hours cannot be read is reported and skipped.
    let mut published: StrMap<(Blocks, Option<&str>)> = StrMap::new();
    for (i, w) in input.windows.iter().enumerate() {
        let path = format!("windows[{i}].published");
        match parse_blocks(&w.published, &path) {
            Ok(blocks) => {
                let short = minutes_in(&blocks) < out.standard_minutes
                    || standard.iter().any(|&(a, b)| {
                        overlap(&blocks, a, b)
                            .iter()
                            .map(|(x, y)| y - x)
                            .sum::<u16>()
                            < b - a
                    });
                if short && duty {
                    let hours = |blocks: &[(u16, u16)]| {
                        blocks
                            .iter()
                            .map(|&(a, b)| format!("{}-{}", clock(a), clock(b)))
                            .collect::<Vec<_>>()
                            .join(if locale.is_english() { " " } else { "、" })
                    };
                    // The window's hours, then the standard it falls short of.
                    let words = if locale.is_english() {
                        ["published ", "; standard ", ", ", " minutes"]
                    } else {
                        ["公布", "；标准", "，共", "分钟"]
                    };
                    let detail = [
                        words[0],
                        &hours(&blocks),
                        words[1],
                        &hours(&standard),
                        words[2],
                        &out.standard_minutes.to_string(),
                        words[3],
                    ]
                    .concat();
                    out.findings
                        .push(finding(FindingCode::WindowHoursShort, &path, &detail));
                }
                published.insert(w.id.clone(), (blocks, w.kind.as_deref()));
            }
            Err(e) => out.findings.push(Finding::from_error(&e, locale)),
        }
    }

    // Closed intervals per window from the day's events; a window is open from its first
    // published minute until a close event.
    let mut closed: StrMap<Vec<(u16, u16, usize)>> = StrMap::new();
    let mut state: StrMap<(Option<u16>, usize)> = StrMap::new();
    let mut events: Vec<(u16, usize)> = Vec::new();
    for (i, ev) in input.events.iter().enumerate() {
        let path = format!("events[{i}]");
        let at = match ev.at.resolve(&join_path(&path, "at")) {
            // An event after the moment of reading has not happened (CASE-5): nothing is
            // judged on it.
            Ok(at) if at.0 * 60 > now_seconds => {
                out.findings.push(finding(
                    FindingCode::TimeInFuture,
                    &join_path(&path, "at"),
                    &at.wall_text(),
                ));
                continue;
            }
            Ok(at) if at.day() == day => at.minute_of_day(),
            Ok(at) => {
                out.findings.push(finding(
                    FindingCode::RecordOutsidePeriod,
                    &join_path(&path, "at"),
                    &at.to_string(),
                ));
                continue;
            }
            Err(e) => {
                out.findings.push(Finding::from_error(&e, locale));
                continue;
            }
        };
        if !published.contains_key(ev.window.as_str()) {
            out.findings.push(finding(
                FindingCode::UnknownWindow,
                &join_path(&path, "window"),
                &clip(&ev.window),
            ));
            continue;
        }
        events.push((at, i));
    }
    crate::sort::sort_by_key_small(&mut events, |e| *e);
    for &(at, i) in &events {
        let ev = &input.events[i];
        let first_event = !state.contains_key(ev.window.as_str());
        let entry = state.get_or_insert_with(&ev.window, || (None, i));
        match ev.kind.trim() {
            "close" | "关闭" | "暂停" => {
                if entry.0.is_none() {
                    *entry = (Some(at), i);
                }
            }
            "open" | "开启" | "恢复" => {
                if let Some(from) = entry.0.take() {
                    closed
                        .get_or_insert_with(&ev.window, Vec::new)
                        .push((from, at, entry.1));
                } else if first_event {
                    // A late opening: the window was shut from the start of the day until
                    // it opened; only the published minutes count (DL-10).
                    closed
                        .get_or_insert_with(&ev.window, Vec::new)
                        .push((0, at, i));
                }
            }
            other => out.findings.push(finding(
                FindingCode::WindowEventUnknown,
                &format!("events[{i}].kind"),
                &clip(other),
            )),
        }
    }
    // An early close: a close with no reopening keeps the window shut to the end of the day.
    for (window, (from, i)) in state.into_sorted() {
        if let Some(from) = from {
            // … or to now, on a day still in progress: a closure is not counted ahead of time.
            let until = if Minute(now_seconds.div_euclid(60)).day() == day {
                Minute(now_seconds.div_euclid(60)).minute_of_day().max(from)
            } else {
                24 * 60
            };
            closed
                .get_or_insert_with(&window, Vec::new)
                .push((from, until, i));
        }
    }
    // Names in closure reasons are masked like every name the input gives (CASE-7).
    let masker = Masker::new(input.events.iter().filter_map(|e| e.substitute.as_deref()));
    for (window, spans) in closed.iter().filter(|_| duty) {
        let Some((blocks, _)) = published.get(window) else {
            continue;
        };
        for &(from, to, i) in spans {
            let ev = &input.events[i];
            let inside: Vec<(u16, u16)> = overlap(blocks, from, to);
            let minutes: u16 = inside.iter().map(|(a, b)| b - a).sum();
            if minutes == 0 {
                continue;
            }
            let substitute = ev.substitute.as_deref().filter(|s| !s.trim().is_empty());
            let (a, b) = (inside[0].0, inside[inside.len() - 1].1);
            out.closures.push(WindowClosure {
                window: window.to_string(),
                from: day.at(a).to_string(),
                to: day.at(b).to_string(),
                minutes: minutes as u32,
                reason: ev.reason.as_deref().map(|r| masker.clipped(r, 40)),
                substitute: substitute.map(crate::report::mask::mask_name),
            });
            if substitute.is_none() {
                let reason = ev
                    .reason
                    .as_deref()
                    .map(|r| masker.clipped(r, 40))
                    .unwrap_or_default();
                let span = format!("{}-{}", clock(a), clock(b));
                let detail = match (locale.is_english(), reason.is_empty()) {
                    (false, true) => format!("{window}（{span}）"),
                    (false, false) => format!("{window}（{span}，{reason}）"),
                    (true, true) => format!("{window} {span}"),
                    (true, false) => format!("{window} {span} ({reason})"),
                };
                out.findings.push(finding(
                    FindingCode::WindowClosed,
                    &format!("events[{i}]"),
                    &detail,
                ));
            }
        }
    }

    // Windows of each type open at each standard minute, against the ruleset's minimum.
    for (kind, min) in rules.min_open_windows.iter().filter(|_| duty) {
        let members: Vec<&str> = published
            .iter()
            .filter(|(_, (_, k))| *k == Some(kind.as_str()))
            .map(|(id, _)| id.as_str())
            .collect();
        let mut short_from: Option<u16> = None;
        let mut short_spans = Vec::new();
        for &(a, b) in &standard {
            for m in a..=b {
                let open = members
                    .iter()
                    .filter(|w| {
                        let in_hours = published
                            .get(w)
                            .is_some_and(|(bl, _)| bl.iter().any(|&(x, y)| x <= m && m < y));
                        let shut = closed.get(w).is_some_and(|s| {
                            s.iter().any(|&(x, y, i)| {
                                x <= m
                                    && m < y
                                    && input.events[i]
                                        .substitute
                                        .as_deref()
                                        .is_none_or(|s| s.trim().is_empty())
                            })
                        });
                        in_hours && !shut
                    })
                    .count();
                match (open < *min as usize && m < b, short_from) {
                    (true, None) => short_from = Some(m),
                    (false, Some(f)) => {
                        short_spans.push((f, m));
                        short_from = None;
                    }
                    _ => {}
                }
            }
        }
        for (f, t) in short_spans {
            let detail = if locale.is_english() {
                format!("{kind} {}-{}: fewer than {min} open", clock(f), clock(t))
            } else {
                format!("{kind}（{}-{}开放少于{min}个）", clock(f), clock(t))
            };
            out.findings
                .push(finding(FindingCode::TooFewWindows, "windows", &detail));
        }
    }

    // Queue waits, taken → called, to the second (SUP-4). A ticket never called waits until
    // the close of office hours, or until now if that is earlier, and is not served.
    let limit = rules.queue_wait_limit_minutes * 60;
    let close = standard.last().map(|b| b.1).unwrap_or(24 * 60);
    let close_s = day.at(close).0 * 60;
    let wait_end = close_s.min(now_seconds);
    // Until closing time a ticket not yet called is still waiting, not "not served".
    let day_over = now_seconds >= close_s;
    // A wait counts the hall's open time only: not before opening, not over the lunch break
    // (the reading that asserts less against the staff).
    let open_seconds = |from: i64, until: i64| -> i64 {
        standard
            .iter()
            .map(|&(a, b)| {
                let (a, b) = (day.at(a).0 * 60, day.at(b).0 * 60);
                (until.min(b) - from.max(a)).max(0)
            })
            .sum()
    };
    let mut by_window: StrMap<Vec<(u32, bool)>> = StrMap::new();
    let mut by_hour: StrMap<Vec<(u32, bool)>> = StrMap::new();
    // On a closed day (no duty, no standardHours given) the hall's hours that day are not
    // known: a wait cannot be told from the lunch break or the close, so no ticket is judged.
    let tickets = if duty { &input.tickets[..] } else { &[] };
    if !duty && !input.tickets.is_empty() {
        out.findings.push(finding(
            FindingCode::QueueHoursUnknown,
            "tickets",
            &input.tickets.len().to_string(),
        ));
    }
    // Each window as shown, in its findings and its tally alike: cut short to 40 characters,
    // and numbered in the order of the names when two are alike cut short (helper-79: a
    // finding had named the window whose tally had the other's name).
    let mut labels: StrMap<String> = StrMap::new();
    for t in tickets {
        labels.get_or_insert_with(&t.window, String::new);
    }
    let mut shown: StrMap<()> = StrMap::new();
    let whole: Vec<String> = labels.keys().cloned().collect();
    for w in whole {
        let label = shown.insert_apart(clip(&w), ());
        labels.insert(w, label);
    }
    for (i, t) in tickets.iter().enumerate() {
        let path = format!("tickets[{i}]");
        let read = |v: &InstantInput, field: &str| v.resolve_seconds(&join_path(&path, field));
        // Taken, called, served: an unreadable time is a finding and the ticket is left out.
        // A ticket served with no call time recorded waited until it was served at most.
        let times = read(&t.taken_at, "takenAt").and_then(|taken| {
            let optional = |v: &Option<InstantInput>, field| v.as_ref().map(|c| read(c, field));
            let called = optional(&t.called_at, "calledAt").transpose()?;
            let served = optional(&t.served_at, "servedAt").transpose()?;
            Ok((taken, called.or(served)))
        });
        let (taken, called) = match times {
            Ok(t) => t,
            Err(e) => {
                out.findings.push(Finding::from_error(&e, locale));
                continue;
            }
        };
        // Times after the moment of reading cannot be right: a ticket taken or called then is
        // left out (CASE-5). Read as "not called yet", a call the record places after now would
        // judge a wait the record says ended.
        let future = |at: i64, field: &str| {
            let m = Minute(at.div_euclid(60));
            finding(
                FindingCode::TimeInFuture,
                &join_path(&path, field),
                &m.wall_text(),
            )
        };
        if taken > now_seconds {
            out.findings.push(future(taken, "takenAt"));
            continue;
        }
        if let Some(c) = called.filter(|c| *c > now_seconds) {
            out.findings.push(future(c, "calledAt"));
            continue;
        }
        let taken_minute = Minute(taken.div_euclid(60));
        if taken_minute.day() != day {
            out.findings.push(finding(
                FindingCode::RecordOutsidePeriod,
                &join_path(&path, "takenAt"),
                &taken_minute.wall_text(),
            ));
            continue;
        }
        // A ticket taken after closing and never called waited for no open window.
        if called.is_none() && taken >= close_s {
            continue;
        }
        let window = labels.get(&t.window).cloned().unwrap_or_default();
        let waited = |until: i64| open_seconds(taken, until).min(u32::MAX as i64) as u32;
        let (wait, served) = match called {
            Some(called) if called < taken => {
                let (c, tk) = (Minute(called.div_euclid(60)), taken_minute);
                out.findings.push(finding(
                    FindingCode::TimeOutOfOrder,
                    &join_path(&path, "calledAt"),
                    &crate::messages::order_detail(
                        locale,
                        ("calledAt", &c.wall_text()),
                        ("takenAt", &tk.wall_text()),
                    ),
                ));
                continue;
            }
            Some(called) => (waited(called), true),
            None => {
                let wait = waited(wait_end);
                if day_over {
                    let detail = if locale.is_english() {
                        format!("{window}, waited {}", wait_text(wait, locale))
                    } else {
                        format!("{window}，已等候{}", wait_text(wait, locale))
                    };
                    out.findings
                        .push(finding(FindingCode::TicketNotServed, &path, &detail));
                }
                (wait, !day_over)
            }
        };
        if wait > limit {
            out.findings.push(finding(
                FindingCode::QueueWaitOver,
                &path,
                &if locale.is_english() {
                    format!(
                        "{window}: waited {}, over {}",
                        wait_text(wait, locale),
                        wait_text(limit, locale)
                    )
                } else {
                    format!(
                        "{window}，等候{}，超过{}",
                        wait_text(wait, locale),
                        wait_text(limit, locale)
                    )
                },
            ));
        }
        // Kept whole here and cut short when shown: two windows whose names begin alike for
        // 40 characters are two windows (helper-78).
        by_window
            .get_or_insert_with(&t.window, Vec::new)
            .push((wait, served));
        by_hour
            .get_or_insert_with(
                &format!("{:02}", taken_minute.minute_of_day() / 60),
                Vec::new,
            )
            .push((wait, served));
    }
    for (k, v) in by_window.into_sorted() {
        let label = labels.get(&k).cloned().unwrap_or_default();
        out.waits_by_window.insert(label, stats(v, limit));
    }
    for (k, v) in by_hour.into_sorted() {
        out.waits_by_hour.insert(k, stats(v, limit));
    }
    // Every name the input gives is masked wherever a finding echoes it (CASE-7).
    out.findings.iter_mut().for_each(|f| f.mask_names(&masker));
    Ok(out)
}
