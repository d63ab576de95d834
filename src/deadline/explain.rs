//! Why a case is due when it is, and when it turns yellow (DL-1..DL-9): the counting behind a
//! card, day by day, for a supervisor to show a member of staff who disputes it.
//!
//! The trace is made from the same report `assess` gives (its due time, cards and share are
//! copied, not computed again) and from the same clock: the counted minutes of its days add up
//! to the office time the limit grants, which the suite checks over random cases.

use serde::Serialize;

use super::{approves, Card, CaseInput, Context, DeadlineReport, Status};
use crate::calendar::DayKind;
use crate::deadline::limit::Limit;
use crate::finding::FindingCode;
use crate::text::tenths_text;
use crate::time::{Day, Minute};

/// The counting of one case, with a rendered explanation in the engine's locale.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct DeadlineTrace {
    /// The record's id, as in the report.
    pub id: Option<String>,
    /// The report's status.
    pub status: Status,
    /// The report's card; `None` for an invalid record.
    pub card: Option<Card>,
    /// When the case was received (ISO 8601, Beijing time), as in the report.
    pub received_at: Option<String>,
    /// When counting began: the receipt, or the next opening after it (DL-8).
    pub starts_at: Option<String>,
    /// Why counting did not begin at receipt: `day_off`, `before_hours`, `break` or
    /// `after_hours`; `None` when it began at receipt.
    #[tsify(type = r#""day_off" | "before_hours" | "break" | "after_hours" | null"#)]
    pub start_moved: Option<&'static str>,
    /// The limit applied, before any extension, as in the report.
    pub limit: Option<Limit>,
    /// The approved extension (DL-5), as in the report.
    pub extension: Option<Limit>,
    /// The report's due time (ISO 8601, Beijing time).
    pub due_at: Option<String>,
    /// When the card turns (or turned) yellow (DL-9), as in the report.
    pub yellow_at: Option<String>,
    /// The report's share of the time used.
    pub elapsed_share: Option<f64>,
    /// Office minutes the limit grants, from the start to the due time (pauses excluded).
    pub budget_office_minutes: Option<u64>,
    /// Every day from the start to the due time: counted, with its office minutes, or skipped,
    /// with why.
    pub days: Vec<DayTrace>,
    /// Every pause the record gives, in its order, applied or not and why; none for an invalid
    /// record.
    pub pauses: Vec<PauseTrace>,
    /// The steps' own limits (DL-9 applies to each).
    pub steps: Vec<StepTrace>,
    /// The follow-up limits that have started: the reply after the higher level's answer
    /// (DL-4) and the certificate after the licensing decision (DL-5).
    pub follow_ups: Vec<FollowUpTrace>,
    /// One line: the card and why, for a tooltip or a screen reader (红牌，已超期2个工作日，
    /// 应于2026-02-24 17:30前办结).
    pub summary: String,
    /// The explanation, one line a point, in the engine's locale.
    pub text: String,
}

impl DeadlineTrace {
    /// The names the record gives masked in every text of the trace that echoes it: pause
    /// reasons, step names and the lines that quote them (CASE-7; sixth review).
    pub fn mask_names(&mut self, masker: &crate::report::mask::Masker) {
        for p in &mut self.pauses {
            p.reason = masker.names_in(std::mem::take(&mut p.reason));
            if let Some(r) = p.refused.take() {
                p.refused = Some(masker.names_in(r));
            }
        }
        for s in &mut self.steps {
            s.name = masker.names_in(std::mem::take(&mut s.name));
        }
        self.summary = masker.names_in(std::mem::take(&mut self.summary));
        self.text = masker.names_in(std::mem::take(&mut self.text));
    }
}

/// A follow-up limit that has started (DL-4's reply, DL-5's certificate): when it is due,
/// and whether it was done in time.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct FollowUpTrace {
    /// `reply` (DL-4) or `certificate` (DL-5).
    #[tsify(type = r#""reply" | "certificate""#)]
    pub kind: &'static str,
    /// The rule it comes from: `DL-4` or `DL-5`.
    pub rule: &'static str,
    /// The answer or decision that starts it.
    pub starts_at: String,
    /// The ruleset's limit for it (`deadline.escalatedReply` or `deadline.certificateIssue`).
    pub limit: Limit,
    /// When it is due (ISO 8601, Beijing time): the limit counted from the next opening after
    /// the start.
    pub due_at: String,
    /// When it was done, if it was (and not after `now`).
    pub done_at: Option<String>,
    /// Done after `dueAt`, or not done and `now` is past it.
    pub late: bool,
}

/// One day from the start of the counting to the due day, counted or skipped.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct DayTrace {
    /// The Beijing date, `YYYY-MM-DD`.
    pub date: String,
    /// Whether office minutes of the day count toward the limit after pauses are taken out.
    pub counted: bool,
    /// Office minutes counted that day (after pauses); 0 on a skipped day.
    pub office_minutes: u64,
    /// Office minutes of that day taken out by pauses.
    pub paused_minutes: u64,
    /// The kind of day in the calendar: a working day, a weekend, a holiday ….
    pub kind: DayKind,
    /// The holiday's name, for a day off that has one.
    pub name: Option<String>,
    /// The day lies outside the calendar's official data, so its kind may change (CAL-2).
    pub provisional: bool,
}

/// One pause as the record gives it, and whether it stops the clock.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct PauseTrace {
    /// Its start (ISO 8601, Beijing time).
    pub from: String,
    /// The end, or `None` while the pause is open (the clock stands until it ends).
    pub to: Option<String>,
    /// The reason given, trimmed and clipped to 40 characters, with numbers and the approver's
    /// name masked (CASE-7); in Chinese, a default code such as `supplement` shows as its
    /// Chinese name.
    pub reason: String,
    /// When the applicant was told (ISO 8601, Beijing time); `None` when not recorded.
    pub notified_at: Option<String>,
    /// Whether the pause stops the clock (DL-6, DL-7, CASE-5).
    pub applied: bool,
    /// Office minutes it takes out, when applied.
    pub office_minutes: u64,
    /// Why it does not stop the clock: the finding's message.
    pub refused: Option<String>,
}

/// A step's own limit (环节), copied from its report.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct StepTrace {
    /// The step's name, as in its report.
    pub name: String,
    /// The step's status.
    pub status: Status,
    /// When the step's counting began (ISO 8601, Beijing time).
    pub starts_at: String,
    /// When the step is due (ISO 8601, Beijing time).
    pub due_at: String,
    /// When the step's card turns (or turned) yellow (DL-9); `None` when it goes straight to red.
    pub yellow_at: Option<String>,
    /// The step's due time lies past the calendar's horizon (CAL-2).
    pub provisional: bool,
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
        self.explain_report(Some(case), &report, &[], now)
    }

    /// The trace of a report already made from `case` at `now` (a portal's record, its findings
    /// in the portal's field names, `engine_paths` their paths in the engine's names, in order;
    /// empty when they are the same); with no case, the report's findings only.
    pub fn explain_report(
        &self,
        case: Option<&CaseInput>,
        report: &DeadlineReport,
        engine_paths: &[String],
        now: Minute,
    ) -> DeadlineTrace {
        let mut trace = DeadlineTrace {
            id: report.id.clone(),
            status: report.status,
            card: report.card,
            received_at: report.received_at.map(|t| t.to_string()),
            starts_at: report.starts_at.map(|t| t.to_string()),
            start_moved: None,
            limit: report.limit,
            extension: report.extension,
            due_at: report.due_at.map(|t| t.to_string()),
            yellow_at: report.yellow_at.map(|t| t.to_string()),
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
                    yellow_at: s.yellow_at.clone(),
                    provisional: s.provisional,
                })
                .collect(),
            follow_ups: Vec::new(),
            summary: String::new(),
            text: String::new(),
        };
        if let Some(case) = case.filter(|_| report.status != Status::Invalid) {
            // The record was read once already: these cannot fail now.
            let _ = self.count(case, now, (report, engine_paths), &mut trace);
            trace.follow_ups = self.follow_ups(case, now);
        }
        trace.summary = self.summary(&trace, report);
        trace.text = self.render(&trace, report);
        trace
    }

    fn count(
        &self,
        case: &CaseInput,
        now: Minute,
        (report, engine_paths): (&DeadlineReport, &[String]),
        trace: &mut DeadlineTrace,
    ) -> Option<()> {
        let cal = self.calendar;
        let received = case.received_at.resolve("receivedAt").ok()?;
        let recorded = match &case.concluded_at {
            Some(c) => Some(c.resolve("concludedAt").ok()?),
            None => None,
        };
        // The end as the report took it (a decision, or the answer to an escalated case).
        let (concluded, answered) = self
            .ended_at(case, report.category?, recorded, received, now)
            .ok()?;
        let mut scratch = Vec::new();
        let pauses = self
            .pauses(case, received, concluded, now, &mut scratch)
            .ok()?;
        let limits = (report.limit?, report.extension);
        let (run, ended) = self
            .run_ended(received, limits, &pauses, (concluded, answered), now)
            .ok()?;
        // While a pause is open the due time assumes it ends now: count the days the same way.
        let read_pos = cal.office_position(ended.unwrap_or(now)).ok()?;
        let pauses_as_counted = pauses.resumed_at(read_pos);
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
            let paused = pauses_as_counted.paused_between(a, b.max(a));
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
        // Office positions already taken out by an earlier pause: overlaps count once.
        let mut taken: Vec<(u64, u64)> = Vec::new();
        for (i, p) in case.pauses.iter().flatten().enumerate() {
            let here = format!("pauses[{i}]");
            // Found by the engine's path: a portal's pause reason is `zt[0].yy`, say (helper-37:
            // an unknown reason through a field map was explained as deducted).
            let refused = (report.findings.iter().enumerate())
                .find(|(k, f)| {
                    let path = engine_paths.get(*k).unwrap_or(&f.path);
                    path.starts_with(&here)
                        && REFUSING.iter().any(|c| c.as_str() == f.code)
                        && (f.code != FindingCode::TimeInFuture.as_str() || path.ends_with(".from"))
                })
                .map(|(_, f)| f);
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
                    let overlap: u64 = taken
                        .iter()
                        .map(|&(x, y)| y.min(b).saturating_sub(x.max(a)))
                        .sum();
                    taken.push((a, b));
                    b.saturating_sub(a).saturating_sub(overlap)
                }
                _ => 0,
            };
            trace.pauses.push(PauseTrace {
                from: from.to_string(),
                to: to.map(|t| t.to_string()),
                reason: reason_shown(
                    &masker.clipped(p.reason.as_deref().unwrap_or("").trim(), 40),
                    self.locale,
                ),
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

    /// DL-4 and DL-5 as `follow_up` in `assess` counts them: from the next opening after the
    /// answer or decision, the ruleset's limit; late when done after it, or not done by now.
    fn follow_ups(&self, case: &CaseInput, now: Minute) -> Vec<FollowUpTrace> {
        let rules = self.rules;
        let items = [
            (
                "reply",
                "DL-4",
                &case.answered_at,
                &case.replied_at,
                rules.escalated_reply,
            ),
            (
                "certificate",
                "DL-5",
                &case.decided_at,
                &case.certificate_issued_at,
                rules.certificate_issue,
            ),
        ];
        let mut out = Vec::new();
        for (kind, rule, start, done, limit) in items {
            let Some(start) = start.as_ref().and_then(|s| s.resolve("start").ok()) else {
                continue;
            };
            if start > now {
                continue;
            }
            let done = done.as_ref().and_then(|d| d.resolve("done").ok());
            // Done after the moment of reading: flagged by the report (CASE-5), and nobody is
            // judged late on it, here as there (helper-30: the trace said late).
            if done.is_some_and(|d| d > now) {
                continue;
            }
            let Ok(due) = self
                .calendar
                .next_opening(start)
                .and_then(|o| super::clock::limit_end(self.calendar, o, limit))
            else {
                continue;
            };
            out.push(FollowUpTrace {
                kind,
                rule,
                starts_at: start.to_string(),
                limit,
                due_at: due.to_string(),
                done_at: done.map(|d| d.to_string()),
                late: done.unwrap_or(now) > due,
            });
        }
        out
    }

    /// The share of the time used, in tenths of a percent rounded down. The report's share is
    /// rounded to four decimals, so a green card's 0.79998 comes as 0.8: below a yellow
    /// threshold, the tenth below it is said (helper-91: "80% used" beside "yellow at 80%").
    ///
    /// A share at or past the threshold is said at least as the threshold's tenth above it
    /// (helper-92: a yellow card at 0.3339 read "33.3% used" beside "yellow at 33.39%").
    fn used_per_mille(&self, trace: &DeadlineTrace) -> Option<i64> {
        let share = trace.elapsed_share?;
        let used = per_mille(share);
        let yellow = self.rules.yellow.elapsed_share;
        let threshold = (yellow * 1000.0 - 1e-6).ceil() as i64;
        Some(match trace.card {
            Some(Card::Green) => used.min(threshold - 1),
            // The report's share has four decimals: 0.3333 is at a threshold of 1/3 (helper-93).
            _ if share + 0.000_05 >= yellow => used.max(threshold),
            _ => used,
        })
    }

    /// The card and why, in one line.
    fn summary(&self, trace: &DeadlineTrace, report: &DeadlineReport) -> String {
        let zh = !self.locale.is_english();
        let labels = super::labels::DeadlineLabels::new(self.locale);
        let due = trace.due_at.as_deref().map(short).unwrap_or_default();
        let used = tenths_text(self.used_per_mille(trace).unwrap_or(0));
        let yellow = trace.yellow_at.as_deref().map(short);
        let days = report
            .overdue_by
            .as_ref()
            .map(|o| o.working_days)
            .unwrap_or(0);
        let late_days = Limit {
            value: days.max(0) as u32,
            unit: crate::deadline::limit::LimitUnit::WorkingDays,
        }
        .describe(self.locale);
        let c = &labels.cards;
        match (trace.status, zh) {
            (Status::Invalid, _) => report
                .findings
                .first()
                .map(|f| f.message.clone())
                .unwrap_or_else(|| labels.statuses.invalid.to_string()),
            (Status::Overdue, true) if days > 0 => {
                format!("{}，已超期{late_days}，应于{due}前办结", c.red)
            }
            (Status::Overdue, true) => format!("{}，已超期，应于{due}前办结", c.red),
            (Status::Overdue, false) if days > 0 => {
                format!("{}, {late_days} overdue, due {due}", c.red)
            }
            (Status::Overdue, false) => format!("{}, overdue, due {due}", c.red),
            (Status::Warning, true) => match yellow {
                Some(y) => format!("{}，已用{used}%（自{y}起转黄），应于{due}前办结", c.yellow),
                None => format!("{}，已用{used}%，应于{due}前办结", c.yellow),
            },
            (Status::Warning, false) => format!("{}, {used}% used, due {due}", c.yellow),
            (Status::OnTrack, true) => match yellow {
                Some(y) => format!("{}，已用{used}%，{y}起转黄牌，应于{due}前办结", c.green),
                None => format!("{}，已用{used}%，应于{due}前办结", c.green),
            },
            (Status::OnTrack, false) => match yellow {
                Some(y) => format!("{}, {used}% used, yellow from {y}, due {due}", c.green),
                None => format!("{}, {used}% used, due {due}", c.green),
            },
            (Status::DoneOnTime, true) => {
                format!("{}（应于{due}前）", labels.statuses.done_on_time)
            }
            (Status::DoneOnTime, false) => format!("{} (due {due})", labels.statuses.done_on_time),
            (Status::DoneLate, true) if days > 0 => {
                format!(
                    "{}，超期{late_days}（应于{due}前）",
                    labels.statuses.done_late
                )
            }
            (Status::DoneLate, true) => format!("{}（应于{due}前）", labels.statuses.done_late),
            (Status::DoneLate, false) if days > 0 => {
                format!(
                    "{}, {late_days} late (due {due})",
                    labels.statuses.done_late
                )
            }
            (Status::DoneLate, false) => format!("{} (due {due})", labels.statuses.done_late),
        }
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
        // An extension that is not recognised says so (DL-5), with the engine's reason.
        for f in report.findings.iter().filter(|f| {
            [
                FindingCode::ExtensionNotAllowed,
                FindingCode::ExtensionUnapproved,
                FindingCode::ExtensionOverStatutory,
            ]
            .iter()
            .any(|c| c.as_str() == f.code)
        }) {
            lines.push(match zh {
                true => format!("延期：{}", f.message),
                false => format!("Extension: {}", f.message),
            });
        }
        if let Some(l) = trace
            .limit
            .filter(|l| l.unit == crate::deadline::limit::LimitUnit::WorkingDays && l.value > 0)
        {
            let n = l.value;
            lines.push(match zh {
                true => format!("按工作日计：起算当日不算作第1天，到期为其后第{n}个工作日下班时（当日已过的办公时间仍计入已用时间）。"),
                false => format!("In working days: the starting day is not day 1; the case is due at closing on the {}{} working day after it (office time already used that day still counts as used).", n, ordinal(n)),
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
        let yellow = &self.rules.yellow;
        // The threshold as set (helper-90, helper-91: 0.855 was said 86%, 0.3339 33.4%).
        let share = crate::text::number_text(yellow.elapsed_share * 100.0);
        let left = Limit {
            value: yellow.remaining_working_days,
            unit: crate::deadline::limit::LimitUnit::WorkingDays,
        }
        .describe(self.locale);
        // DL-9's "working days left" test applies only to a limit longer than that much time.
        // No working days at all is no test of its own (helper-90: it read "no more than the
        // same day (immediate) left").
        let by_days = match (trace.budget_office_minutes, &trace.due_at) {
            _ if yellow.remaining_working_days == 0 => false,
            (Some(budget), Some(d)) => crate::time::parse_instant(d, "dueAt")
                .is_ok_and(|due| budget > self.yellow_minutes(due)),
            _ => false,
        };
        let test = match (zh, by_days) {
            (true, true) => format!("已用时间达{share}%或剩余不超过{left}，以先到者为准"),
            (true, false) => format!("已用时间达{share}%"),
            (false, true) => format!(
                "{share}% of the time used or no more than {left} left, whichever comes first"
            ),
            (false, false) => format!("{share}% of the time used"),
        };
        lines.push(match (zh, &trace.yellow_at) {
            (true, Some(y)) => format!(
                "到期时间：{due}。黄牌：自{}起（{test}）；红牌：到期仍未办结。",
                short(y)
            ),
            (true, None) => format!("到期时间：{due}。红牌：到期仍未办结。"),
            (false, Some(y)) => format!(
                "Due {due}. Yellow card from {} ({test}); red card if not concluded by then.",
                short(y)
            ),
            (false, None) => format!("Due {due}. Red card if not concluded by then."),
        });
        if report.provisional {
            lines.push(match zh {
                true => "到期时间超出已公布的节假日安排，属暂定结果：法定节假日已计入，调休待新年度通知公布后确定。".to_string(),
                false => "A due time lies past the published holiday notices and is provisional: the statutory holidays are counted, the swapped working days wait for the new notice.".to_string(),
            });
        }
        let status = status_word(&labels, trace.status);
        let used = self.used_per_mille(trace).map(tenths_text);
        lines.push(match (zh, used) {
            (true, Some(u)) => format!("当前：已用{u}%，{status}。"),
            (false, Some(u)) => format!("Now: {u}% used, {status}."),
            (true, None) => format!("当前：{status}。"),
            (false, None) => format!("Now: {status}."),
        });
        for s in &trace.steps {
            let (from, due) = (short(&s.starts_at), short(&s.due_at));
            let name = &s.name;
            let state = status_word(&labels, s.status);
            let note = match (s.provisional, zh) {
                (false, _) => "",
                (true, true) => "（暂定）",
                (true, false) => " (provisional)",
            };
            let y = s.yellow_at.as_deref().map(short);
            lines.push(match (zh, y) {
                (true, Some(y)) => format!(
                    "环节“{name}”：{from}起算，{y}起转黄牌，应于{due}{note}前完成；{state}。"
                ),
                (true, None) => {
                    format!("环节“{name}”：{from}起算，应于{due}{note}前完成；{state}。")
                }
                (false, Some(y)) => format!(
                    "Step \"{name}\": from {from}, yellow from {y}, due {due}{note}; {state}."
                ),
                (false, None) => format!("Step \"{name}\": from {from}, due {due}{note}; {state}."),
            });
        }
        for f in &trace.follow_ups {
            let what = match (f.kind, zh) {
                ("reply", true) => "上级答复后答复申请人",
                ("reply", false) => "Reply to the applicant after the higher level's answer",
                (_, true) => "准予许可后颁发、送达证件",
                (_, false) => "Issue and deliver the licence after the decision",
            };
            let (rule, from, due) = (f.rule, short(&f.starts_at), short(&f.due_at));
            let limit = f.limit.describe(self.locale);
            let state = match (zh, f.done_at.as_deref().map(short), f.late) {
                (true, Some(d), false) => format!("{d}完成，未超期"),
                (true, Some(d), true) => format!("{d}完成，已超期"),
                (true, None, false) => "尚未完成".to_string(),
                (true, None, true) => "尚未完成，已超期".to_string(),
                (false, Some(d), false) => format!("done {d}, on time"),
                (false, Some(d), true) => format!("done {d}, late"),
                (false, None, false) => "not done yet".to_string(),
                (false, None, true) => "not done yet, overdue".to_string(),
            };
            lines.push(match zh {
                true => format!("{what}（{rule}）：{from}起{limit}，应于{due}前；{state}。"),
                false => format!("{what} ({rule}): {limit} from {from}, due {due}; {state}."),
            });
        }
        lines.join("\n")
    }
}

fn status_word(labels: &super::labels::DeadlineLabels, status: Status) -> &'static str {
    match status {
        Status::OnTrack => labels.statuses.on_track,
        Status::Warning => labels.statuses.warning,
        Status::Overdue => labels.statuses.overdue,
        Status::DoneOnTime => labels.statuses.done_on_time,
        Status::DoneLate => labels.statuses.done_late,
        Status::Invalid => labels.statuses.invalid,
    }
}

fn ordinal(n: u32) -> &'static str {
    match (n % 10, n % 100) {
        (1, x) if x != 11 => "st",
        (2, x) if x != 12 => "nd",
        (3, x) if x != 13 => "rd",
        _ => "th",
    }
}

/// A pause reason as the text shows it: a portal's code (`supplement`) by its Chinese name in
/// Chinese; anything else as written.
fn reason_shown(reason: &str, locale: crate::messages::Locale) -> String {
    if locale.is_english() {
        return reason.to_string();
    }
    crate::deadline::pause_reasons::PAUSE_REASON_ALIASES
        .iter()
        .find(|(_, code)| code.eq_ignore_ascii_case(reason))
        .map_or_else(|| reason.to_string(), |(zh, _)| zh.to_string())
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

/// A share of the time used in tenths of a percent (0.456 → 456, said `45.6%`), rounded down:
/// a card still green never reads as at its yellow threshold (helper-90: 0.7998 was said 80%
/// beside a yellow test of 80%). The margin keeps a share meant as 0.29 at 29.0%.
fn per_mille(share: f64) -> i64 {
    (share * 1000.0 + 1e-6).floor() as i64
}
