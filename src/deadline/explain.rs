//! Why a case is due when it is, and when it turns yellow (DL-1..DL-9): the counting behind a
//! card, day by day, for a supervisor to show a member of staff who disputes it.
//!
//! The trace is made from the same report `assess` gives (its due time, cards and share are
//! copied, not computed again) and from the same clock: the counted minutes of its days add up
//! to the office time the limit grants, which the suite checks over random cases.

use serde::Serialize;

use super::{approves, Card, CaseInput, Context, DeadlineReport, Status};
use crate::calendar::DayKind;
use crate::finding::FindingCode;
use crate::ruleset::Limit;
use crate::time::{Day, Minute};

/// The counting of one case, with a rendered explanation in the engine's locale.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineTrace {
    pub id: Option<String>,
    pub status: Status,
    pub card: Option<Card>,
    pub received_at: Option<String>,
    /// When counting began: the receipt, or the next opening after it (DL-8).
    pub starts_at: Option<String>,
    /// Why counting did not begin at receipt: `day_off`, `before_hours`, `break` or
    /// `after_hours`; `None` when it began at receipt.
    pub start_moved: Option<&'static str>,
    pub limit: Option<Limit>,
    pub extension: Option<Limit>,
    pub due_at: Option<String>,
    pub yellow_at: Option<String>,
    pub elapsed_share: Option<f64>,
    /// Office minutes the limit grants, from the start to the due time (pauses excluded).
    pub budget_office_minutes: Option<u64>,
    /// Every day from the start to the due time: counted, with its office minutes, or skipped,
    /// with why.
    pub days: Vec<DayTrace>,
    pub pauses: Vec<PauseTrace>,
    /// The steps' own limits (DL-9 applies to each).
    pub steps: Vec<StepTrace>,
    /// The explanation, one line a point, in the engine's locale.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DayTrace {
    pub date: String,
    pub counted: bool,
    /// Office minutes counted that day (after pauses); 0 on a skipped day.
    pub office_minutes: u64,
    /// Office minutes of that day taken out by pauses.
    pub paused_minutes: u64,
    pub kind: DayKind,
    /// The holiday's name, for a day off that has one.
    pub name: Option<String>,
    pub provisional: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PauseTrace {
    pub from: String,
    /// The end, or `None` while the pause is open (the clock stands until it ends).
    pub to: Option<String>,
    pub reason: String,
    pub notified_at: Option<String>,
    /// Whether the pause stops the clock (DL-6, DL-7, CASE-5).
    pub applied: bool,
    /// Office minutes it takes out, when applied.
    pub office_minutes: u64,
    /// Why it does not stop the clock: the finding's message.
    pub refused: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepTrace {
    pub name: String,
    pub status: Status,
    pub starts_at: String,
    pub due_at: String,
}

/// The findings by which a pause does not stop the clock.
const REFUSING: [FindingCode; 4] = [
    FindingCode::TimeInFuture,
    FindingCode::PauseReasonMissing,
    FindingCode::PauseReasonUnknown,
    FindingCode::SupplementNoticeLate,
];

impl Context<'_> {
    /// The trace of one case, read at `now`: the report `assess` gives and the counting behind
    /// it. An invalid record gives its findings and no counting.
    pub fn explain(&self, case: &CaseInput, now: Minute) -> DeadlineTrace {
        let report = self.assess(case, now);
        self.explain_report(Some(case), &report, now)
    }

    /// The trace of a report already made from `case` at `now` (a portal's record, its findings
    /// in the portal's field names); with no case, the report's findings only.
    pub fn explain_report(
        &self,
        case: Option<&CaseInput>,
        report: &DeadlineReport,
        now: Minute,
    ) -> DeadlineTrace {
        let mut trace = DeadlineTrace {
            id: report.id.clone(),
            status: report.status,
            card: report.card,
            received_at: report.received_at.clone(),
            starts_at: report.starts_at.clone(),
            start_moved: None,
            limit: report.limit,
            extension: report.extension,
            due_at: report.due_at.clone(),
            yellow_at: report.yellow_at.clone(),
            elapsed_share: report.elapsed_share,
            budget_office_minutes: None,
            days: Vec::new(),
            pauses: Vec::new(),
            steps: report
                .steps
                .iter()
                .map(|s| StepTrace {
                    name: s.name.clone(),
                    status: s.status,
                    starts_at: s.starts_at.clone(),
                    due_at: s.due_at.clone(),
                })
                .collect(),
            text: String::new(),
        };
        if let Some(case) = case.filter(|_| report.status != Status::Invalid) {
            // The record was read once already: these cannot fail now.
            let _ = self.count(case, now, report, &mut trace);
        }
        trace.text = self.render(&trace, report);
        trace
    }

    fn count(
        &self,
        case: &CaseInput,
        now: Minute,
        report: &DeadlineReport,
        trace: &mut DeadlineTrace,
    ) -> Option<()> {
        let cal = self.calendar;
        let received = case.received_at.resolve("receivedAt").ok()?;
        let concluded = match &case.concluded_at {
            Some(c) => Some(c.resolve("concludedAt").ok()?),
            None => None,
        };
        let mut scratch = Vec::new();
        let pauses = self
            .pauses(case, received, concluded, now, &mut scratch)
            .ok()?;
        let run = self
            .run(
                received,
                report.limit?,
                report.extension,
                &pauses,
                concluded,
                now,
            )
            .ok()?;
        trace.budget_office_minutes = Some(run.budget);
        trace.start_moved = (run.start != received).then(|| {
            let day = received.day();
            let blocks = cal.open_blocks(day);
            let minute = received.minute_of_day();
            match cal.is_working(day) {
                Ok(false) => "day_off",
                _ if blocks.first().is_some_and(|b| minute < b.0) => "before_hours",
                _ if blocks.last().is_some_and(|b| minute >= b.1) || blocks.is_empty() => {
                    "after_hours"
                }
                _ => "break",
            }
        });
        // Each day from the start to the due time, with its counted and paused office minutes.
        let start_pos = cal.office_position(run.start).ok()?;
        let mut d = run.start.day();
        while d <= run.due.day() && trace.days.len() < 400 {
            let info = cal.day_info(d, self.locale.is_english()).ok()?;
            let from = run.start.max(d.at(0));
            let to = run.due.min(d.plus(1).at(0));
            let (a, b) = (
                cal.office_position(from).ok()?.max(start_pos),
                cal.office_position(to).ok()?,
            );
            let span = b.saturating_sub(a);
            let paused = pauses.paused_between(a, b.max(a));
            trace.days.push(DayTrace {
                date: d.to_string(),
                counted: span > paused,
                office_minutes: span - paused.min(span),
                paused_minutes: paused.min(span),
                kind: info.kind,
                name: info.name,
                provisional: info.provisional,
            });
            d = d.plus(1);
        }
        // Each pause as given, applied or refused, with the reason the engine gives.
        let approver = case.extension.as_ref().and_then(|x| x.approver.as_deref());
        let masker = crate::report::mask::Masker::new(approver.filter(|a| approves(a)));
        for (i, p) in case.pauses.iter().flatten().enumerate() {
            let here = format!("pauses[{i}]");
            let refused = report.findings.iter().find(|f| {
                f.path.starts_with(&here)
                    && REFUSING.iter().any(|c| c.as_str() == f.code)
                    && (f.code != FindingCode::TimeInFuture.as_str() || f.path.ends_with(".from"))
            });
            let from = p.from.resolve("from").ok()?;
            let to = match &p.to {
                Some(t) => Some(t.resolve("to").ok()?),
                None => concluded,
            };
            let minutes = match (refused, to.unwrap_or(now.max(from))) {
                (None, end) => {
                    let (a, b) = (
                        cal.office_position(from.max(run.start)).ok()?,
                        cal.office_position(end.max(run.start)).ok()?,
                    );
                    b.saturating_sub(a)
                }
                _ => 0,
            };
            trace.pauses.push(PauseTrace {
                from: from.to_string(),
                to: to.map(|t| t.to_string()),
                reason: masker.clipped(p.reason.as_deref().unwrap_or("").trim(), 40),
                notified_at: p
                    .notified_at
                    .as_ref()
                    .and_then(|n| n.resolve("notifiedAt").ok())
                    .map(|n| n.to_string()),
                applied: refused.is_none(),
                office_minutes: minutes,
                refused: refused.map(|f| f.message.clone()),
            });
        }
        Some(())
    }

    fn render(&self, trace: &DeadlineTrace, report: &DeadlineReport) -> String {
        let zh = !self.locale.is_english();
        let labels = super::labels::DeadlineLabels::new(self.locale);
        let wall = |iso: &Option<String>| iso.as_deref().map(short).unwrap_or_default();
        let mut lines: Vec<String> = Vec::new();
        if trace.status == Status::Invalid {
            lines.push(match zh {
                true => "记录无法计算时限：".to_string(),
                false => "The record cannot be counted:".to_string(),
            });
            lines.extend(report.findings.iter().map(|f| f.message.clone()));
            return lines.join("\n");
        }
        let received = wall(&trace.received_at);
        let starts = wall(&trace.starts_at);
        lines.push(match (zh, trace.start_moved) {
            (true, None) => format!("收件：{received}，即时起算。"),
            (false, None) => format!("Received {received}; counting starts then."),
            (true, Some(why)) => format!("收件：{received}，{}，自{starts}起算。", moved_zh(why)),
            (false, Some(why)) => {
                format!(
                    "Received {received}, {}: counting starts at {starts}.",
                    moved_en(why)
                )
            }
        });
        if let Some(limit) = &trace.limit {
            let ext = trace.extension.map(|e| e.describe(self.locale));
            lines.push(match (zh, ext) {
                (true, None) => format!("时限：{}。", limit.describe(self.locale)),
                (true, Some(e)) => {
                    format!("时限：{}，经批准延长{e}。", limit.describe(self.locale))
                }
                (false, None) => format!("Limit: {}.", limit.describe(self.locale)),
                (false, Some(e)) => format!(
                    "Limit: {}, extended by {e} with approval.",
                    limit.describe(self.locale)
                ),
            });
        }
        let counted: Vec<String> = trace
            .days
            .iter()
            .filter(|d| d.counted)
            .map(|d| match zh {
                true => format!("{}（{}分钟）", &d.date[5..], d.office_minutes),
                false => format!("{} ({} min)", &d.date[5..], d.office_minutes),
            })
            .collect();
        if !counted.is_empty() {
            let total = trace.budget_office_minutes.unwrap_or(0);
            lines.push(match zh {
                true => format!("计入的办公时间：{}，共{total}分钟。", counted.join("、")),
                false => format!(
                    "Office time counted: {}; {total} min in all.",
                    counted.join(", ")
                ),
            });
        }
        let skipped = skipped_runs(&trace.days, zh);
        if !skipped.is_empty() {
            lines.push(match zh {
                true => format!("不计入：{}。", skipped.join("；")),
                false => format!("Not counted: {}.", skipped.join("; ")),
            });
        }
        for p in &trace.pauses {
            let to = p.to.as_deref().map(short).unwrap_or_else(|| match zh {
                true => "尚未结束".to_string(),
                false => "still open".to_string(),
            });
            let from = short(&p.from);
            lines.push(match (zh, &p.refused) {
                (true, None) => format!(
                    "暂停计时：{from}至{to}（{}），扣除办公时间{}分钟。",
                    p.reason, p.office_minutes
                ),
                (false, None) => format!(
                    "Paused {from} to {to} ({}): {} office minutes taken out.",
                    p.reason, p.office_minutes
                ),
                (true, Some(why)) => format!("暂停计时：{from}至{to}（{}）未扣除：{why}", p.reason),
                (false, Some(why)) => {
                    format!("Paused {from} to {to} ({}), not taken out: {why}", p.reason)
                }
            });
        }
        let due = wall(&trace.due_at);
        let yellow = &self.ruleset.deadline.yellow;
        let share = (yellow.elapsed_share * 100.0).round();
        let days = yellow.remaining_working_days;
        lines.push(match (zh, &trace.yellow_at) {
            (true, Some(y)) => format!(
                "到期时间：{due}。黄牌：自{}起（已用时间达{share}%或剩余不超过{days}个工作日，以先到者为准）；红牌：到期仍未办结。",
                short(y)
            ),
            (true, None) => format!("到期时间：{due}。红牌：到期仍未办结。"),
            (false, Some(y)) => format!(
                "Due {due}. Yellow card from {} ({share}% of the time used or no more than {} left, whichever comes first); red card if not concluded by then.",
                short(y),
                Limit { value: days, unit: crate::ruleset::LimitUnit::WorkingDays }.describe(self.locale)
            ),
            (false, None) => format!("Due {due}. Red card if not concluded by then."),
        });
        if trace.days.iter().any(|d| d.provisional) {
            lines.push(match zh {
                true => "到期时间超出已公布的节假日安排，属暂定结果。".to_string(),
                false => {
                    "The due time lies past the published holiday notices: provisional.".to_string()
                }
            });
        }
        let status = match trace.status {
            Status::OnTrack => labels.statuses.on_track,
            Status::Warning => labels.statuses.warning,
            Status::Overdue => labels.statuses.overdue,
            Status::DoneOnTime => labels.statuses.done_on_time,
            Status::DoneLate => labels.statuses.done_late,
            Status::Invalid => labels.statuses.invalid,
        };
        let used = trace.elapsed_share.map(|s| (s * 1000.0).round() / 10.0);
        lines.push(match (zh, used) {
            (true, Some(u)) => format!("当前：已用{u}%，{status}。"),
            (false, Some(u)) => format!("Now: {u}% used, {status}."),
            (true, None) => format!("当前：{status}。"),
            (false, None) => format!("Now: {status}."),
        });
        for s in &trace.steps {
            lines.push(match zh {
                true => format!(
                    "环节“{}”：{}起算，应于{}前完成。",
                    s.name,
                    short(&s.starts_at),
                    short(&s.due_at)
                ),
                false => format!(
                    "Step \"{}\": from {}, due {}.",
                    s.name,
                    short(&s.starts_at),
                    short(&s.due_at)
                ),
            });
        }
        lines.join("\n")
    }
}

/// `2026-02-24T17:30:00+08:00` as 2026-02-24 17:30.
fn short(iso: &str) -> String {
    match (iso.get(..10), iso.get(11..16)) {
        (Some(d), Some(t)) => format!("{d} {t}"),
        _ => iso.to_string(),
    }
}

fn moved_zh(why: &str) -> &'static str {
    match why {
        "day_off" => "当日不是工作日",
        "before_hours" => "在上班之前",
        "after_hours" => "在下班之后",
        _ => "在午间休息",
    }
}

fn moved_en(why: &str) -> &'static str {
    match why {
        "day_off" => "on a day off",
        "before_hours" => "before opening",
        "after_hours" => "after closing",
        _ => "during the midday break",
    }
}

/// Runs of skipped days with one reason: 02-15至02-23 春节.
fn skipped_runs(days: &[DayTrace], zh: bool) -> Vec<String> {
    let reason = |d: &DayTrace| match (&d.name, d.kind, zh) {
        (Some(n), _, _) => n.clone(),
        (None, DayKind::Weekend, true) => "周末".to_string(),
        (None, DayKind::Weekend, false) => "weekend".to_string(),
        (None, _, true) => "休息日".to_string(),
        (None, _, false) => "day off".to_string(),
    };
    let mut out: Vec<(Day, Day, String)> = Vec::new();
    for d in days.iter().filter(|d| !d.counted && !d.kind.is_working()) {
        let Ok(day) = crate::time::parse_date(&d.date, "date") else {
            continue;
        };
        let why = reason(d);
        match out.last_mut() {
            Some((_, last, w)) if *w == why && last.plus(1) == day => *last = day,
            _ => out.push((day, day, why)),
        }
    }
    out.into_iter()
        .map(|(a, b, why)| {
            let (a, b) = (a.to_string(), b.to_string());
            match (a == b, zh) {
                (true, true) => format!("{}（{why}）", &a[5..]),
                (true, false) => format!("{} ({why})", &a[5..]),
                (false, true) => format!("{}至{}（{why}）", &a[5..], &b[5..]),
                (false, false) => format!("{} to {} ({why})", &a[5..], &b[5..]),
            }
        })
        .collect()
}
