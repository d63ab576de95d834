//! The deadline engine (限时办结制, DL-1..9): when each case is due, how far it has run, and its
//! card.

pub mod category;
pub mod clock;
pub mod columnar;
#[cfg(feature = "explain")]
pub mod explain;
pub mod labels;
pub mod limit;
pub mod limit_input;
pub mod pause_reasons;
mod report;
pub mod rules;

use serde::Deserialize;

pub use category::Category;
pub use report::{Card, DeadlineReport, DeadlineSummary, OverdueBy, Status, StepReport};

use crate::calendar::Calendar;
use crate::deadline::limit::{Limit, LimitUnit};
use crate::error::{join_path, Error};
use crate::finding::{Finding, FindingCode};
use crate::input::{InstantInput, RecordId};
use crate::messages::Locale;
use crate::time::Minute;
use clock::{limit_end, Pauses};
pub use limit_input::LimitInput;

/// A case as the deadline engine reads it (DL-1..9), in the engine's field names (camelCase
/// in JSON).
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "CaseRecord", missing_as_null)]
pub struct CaseInput {
    /// The record's id, echoed in the report.
    #[serde(default)]
    pub id: Option<RecordId>,
    /// The category: an English code (`promised`) or a Chinese name such as 即办件, 承诺件,
    /// 联办件, 上报件, 许可件; an unknown one makes the report `invalid` (`unknown_category`).
    #[tsify(type = "Category | string")]
    pub category: String,
    /// When the case was received. Counting starts then, or at the next opening when that is
    /// outside office hours or on a day off (DL-8). After `now`, the report is `invalid`.
    pub received_at: InstantInput,
    /// The item's 承诺时限, if the record carries it, else the category's default: `{ value, unit }`,
    /// a number in `ruleset.deadline.limitUnit`, or text such as `"10个工作日"`, `"7个自然日"`,
    /// `"3天"`, `"4小时"`, `"即办"`.
    #[serde(default)]
    #[tsify(type = "LimitText | null")]
    pub limit: Option<LimitInput>,
    /// Times the clock stopped (DL-6, DL-7), at most 1,000.
    #[serde(default)]
    #[tsify(type = "CasePause[] | null")]
    pub pauses: Option<Vec<PauseInput>>,
    /// Steps (环节) with their own limits, each graded as the case is (DL-9), at most 1,000.
    #[serde(default)]
    #[tsify(type = "CaseStep[] | null")]
    pub steps: Option<Vec<StepInput>>,
    /// An extension of the limit (DL-5); recognised only for a licensing case with an approver
    /// and a reason.
    #[serde(default)]
    #[tsify(type = "CaseExtension | null")]
    pub extension: Option<ExtensionInput>,
    /// When the case was concluded; absent (or `null`) while it is open. Before the receipt or
    /// after `now`, the report is `invalid`.
    #[serde(default)]
    pub concluded_at: Option<InstantInput>,
    /// DL-4: the higher level's answer on an escalated case, and the reply to the applicant.
    #[serde(default)]
    pub answered_at: Option<InstantInput>,
    /// DL-4: when the reply went to the applicant; late (`reply_late`) after
    /// `deadline.escalatedReply` counted from the next opening after `answeredAt`.
    #[serde(default)]
    pub replied_at: Option<InstantInput>,
    /// DL-5: the licensing decision, and the licence or certificate issued after it.
    #[serde(default)]
    pub decided_at: Option<InstantInput>,
    /// DL-5: when the licence or certificate was issued; late (`certificate_late`) after
    /// `deadline.certificateIssue` counted from the next opening after `decidedAt`.
    #[serde(default)]
    pub certificate_issued_at: Option<InstantInput>,
}

/// A pause of the clock (DL-7), as a record gives it.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "CasePause", missing_as_null)]
pub struct PauseInput {
    /// When the clock stopped. A pause that starts after `now` is a `time_in_future` finding
    /// and stops nothing.
    pub from: InstantInput,
    /// When the clock started again; absent (or `null`) for a pause still open, which on a
    /// concluded case ends at the conclusion. Before `from`, the report is `invalid`
    /// (`pause_inverted`).
    #[serde(default)]
    pub to: Option<InstantInput>,
    /// Why: a reason of DL-7's list or of `deadline.pauseReasons`, by code or Chinese name.
    /// Missing or unknown, it is a finding and the pause does not stop the clock.
    #[serde(default)]
    #[tsify(type = "PauseReason | string | null")]
    pub reason: Option<String>,
    /// DL-7: when the applicant was told in writing that the clock stopped.
    #[serde(default)]
    pub notified_at: Option<InstantInput>,
}

/// A step (环节) of a case, with its own limit.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "CaseStep", missing_as_null)]
pub struct StepInput {
    /// The step's name, shown in its report and findings clipped to 40 characters, with numbers
    /// and the approver's name masked (CASE-7); `steps[i]` when absent.
    #[serde(default)]
    pub name: Option<String>,
    /// The step's limit; a bare number or 天 is read in `deadline.limitUnit`.
    #[tsify(type = "LimitText")]
    pub limit: LimitInput,
    /// When the step started; counting starts then, or at the next opening. Before the receipt
    /// it is a `step_before_receipt` finding; after `now`, the report is `invalid`.
    pub started_at: InstantInput,
    /// When the step was completed; absent (or `null`) while it is open (on a concluded case it is
    /// read at the conclusion). Before its start or after `now`, the report is `invalid`.
    #[serde(default)]
    pub completed_at: Option<InstantInput>,
}

/// An extension of a licensing case's limit (DL-5), added after the limit.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "CaseExtension", missing_as_null)]
pub struct ExtensionInput {
    /// Defaults to the ruleset's extension for the category.
    #[serde(default)]
    #[tsify(type = "LimitText | null")]
    pub limit: Option<LimitInput>,
    /// Who approved it. Required: an entry that says none was given, or that approval is
    /// missing, refused or pending (未批准, 待批, `pending` …), is no approval
    /// (`extension_unapproved`).
    #[serde(default)]
    pub approver: Option<String>,
    /// Why it was granted. Required: absent, or a text that says none (无, 未说明 …), is an
    /// `extension_unapproved` finding.
    #[serde(default)]
    pub reason: Option<String>,
}

/// What the rules need, from the engine.
pub struct Context<'a> {
    /// The hall's calendar: its working days, office hours and the horizon of its data.
    pub calendar: &'a Calendar,
    /// The ruleset's deadline settings (`ruleset.deadline`).
    pub rules: &'a rules::DeadlineRules,
    /// The language of the findings' messages.
    pub locale: Locale,
}

/// One pass of the office clock over an interval: a limit from a start, with pauses.
struct Run {
    start: Minute,
    due: Minute,
    /// Counted office minutes from start to due.
    budget: u64,
    /// Counted office minutes from start to when the clock is read (concluded or now).
    counted: u64,
    frozen: bool,
    /// When the card turns yellow (DL-9), if it does before it turns red.
    yellow_at: Option<Minute>,
}

impl Context<'_> {
    fn finding(&self, code: FindingCode, path: &str, detail: &str) -> Finding {
        Finding::new(code, path, detail, self.locale)
    }

    /// A finding whose detail is a moment the engine computed ([`Finding::at_time`]).
    fn at_time(&self, code: FindingCode, path: &str, at: Minute) -> Finding {
        Finding::at_time(code, path, at, self.locale)
    }

    /// A limit that starts at a later event (DL-4's reply after the higher level answers,
    /// DL-5's certificate after the decision): done late, or not done and past due, is a
    /// finding on the field that records it.
    fn follow_up(
        &self,
        (start, start_path): (&Option<InstantInput>, &str),
        (done, done_path): (&Option<InstantInput>, &str),
        limit: Limit,
        late: FindingCode,
        now: Minute,
        findings: &mut Vec<Finding>,
    ) -> Result<bool, Error> {
        let Some(start) = start else {
            return Ok(false);
        };
        let start = start.resolve(start_path)?;
        let done = done.as_ref().map(|d| d.resolve(done_path)).transpose()?;
        // A time after the moment of reading cannot be right: flagged, and nobody is judged
        // late on it (CASE-5).
        for (at, path) in [(Some(start), start_path), (done, done_path)] {
            if let Some(t) = at.filter(|t| *t > now) {
                findings.push(self.at_time(FindingCode::TimeInFuture, path, t));
                return Ok(false);
            }
        }
        let cal = self.calendar;
        let opening = cal.next_opening(start)?;
        let due = limit_end(cal, opening, limit)?;
        if done.unwrap_or(now) > due {
            findings.push(self.at_time(late, done_path, due));
        }
        Ok(self.provisional(opening, due, done_path, findings))
    }

    /// CAL-2: a due time counted past the calendar's horizon is provisional, for every limit
    /// the engine counts; each one is reported on the field it belongs to.
    fn provisional(
        &self,
        start: Minute,
        due: Minute,
        path: &str,
        findings: &mut Vec<Finding>,
    ) -> bool {
        let cal = self.calendar;
        let provisional = cal.span_is_provisional(start.day(), due.day());
        if provisional {
            findings.push(self.finding(
                FindingCode::ProvisionalDeadline,
                path,
                &due.day().to_string(),
            ));
        }
        provisional
    }

    /// Runs the clock for a limit from `received`, read at `end` (concluded) or `now`.
    fn run(
        &self,
        received: Minute,
        limit: Limit,
        extra: Option<Limit>,
        pauses: &Pauses,
        end: Option<Minute>,
        now: Minute,
    ) -> Result<Run, Error> {
        let cal = self.calendar;
        let start = cal.next_opening(received)?;
        let mut nominal = limit_end(cal, start, limit)?;
        if let Some(ext) = extra {
            nominal = limit_end(cal, nominal, ext)?;
        }
        let start_pos = cal.office_position(start)?;
        let budget = cal.office_position(nominal)?.saturating_sub(start_pos);
        let read_at = end.unwrap_or(now);
        let at_pos = cal.office_position(read_at)?.max(start_pos);
        let frozen = end.is_none() && pauses.is_open_at(at_pos);
        let due_pos = pauses.due_position(start_pos, budget, at_pos);
        // Unpaused, the due instant is the limit's end; the inverse lookup is for pauses.
        let due = if due_pos == start_pos + budget {
            nominal
        } else {
            cal.at_office_position(due_pos.max(1))?
        };
        // DL-9 from the other side: the first office position at which `grade` says yellow.
        let yellow_at = match self.yellow_counted(budget, due) {
            Some(c) => {
                Some(cal.at_office_position(pauses.due_position(start_pos, c, at_pos).max(1))?)
            }
            None => None,
        };
        Ok(Run {
            start,
            due,
            budget,
            counted: pauses.counted(start_pos, at_pos),
            frozen,
            yellow_at,
        })
    }

    /// The fewest counted office minutes at which a run of `budget` is yellow by either DL-9
    /// test (the share elapsed, or no more than the set working days left); `None` when
    /// neither comes before the due time (an immediate case, or a limit no longer than the
    /// remaining-days threshold with a share above 1).
    fn yellow_counted(&self, budget: u64, due: Minute) -> Option<u64> {
        if budget == 0 {
            return None;
        }
        let share = self.rules.yellow.elapsed_share;
        let is_yellow = |c: u64| c as f64 / budget as f64 >= share;
        // The float product may land one off the exact comparison `grade` makes: settle on it.
        let mut c = ((share * budget as f64).ceil().max(0.0) as u64).min(budget);
        while c > 0 && is_yellow(c - 1) {
            c -= 1;
        }
        while c < budget && !is_yellow(c) {
            c += 1;
        }
        let by_share = is_yellow(c).then_some(c);
        let threshold = self.yellow_minutes(due);
        let by_days = (budget > threshold).then(|| budget - threshold);
        match (by_share, by_days) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// DL-9: the office minutes of `yellow.remainingWorkingDays` office days: the hall's standard
    /// day, or the shorter day in force on the due date (a season's hours), whichever is less.
    fn yellow_minutes(&self, due: Minute) -> u64 {
        use crate::calendar::office_hours::minutes_in;
        let standard = minutes_in(&self.calendar.office_hours.standard);
        let on_due_day = minutes_in(self.calendar.office_hours.blocks_on(due.day()));
        let day = if on_due_day > 0 {
            standard.min(on_due_day)
        } else {
            standard
        };
        day as u64 * self.rules.yellow.remaining_working_days as u64
    }

    fn share(run: &Run) -> f64 {
        if run.budget == 0 {
            if run.counted > 0 {
                1.0 + run.counted as f64
            } else {
                0.0
            }
        } else {
            run.counted as f64 / run.budget as f64
        }
    }

    /// The moment the case's limit ended, with what a later record shows: a licensing decision
    /// (DL-5) ends art. 42's limit, whatever `concludedAt` says after it; the higher level's
    /// answer (DL-4) shows the case was sent up by then — when no `concludedAt` is recorded, or
    /// one after the answer (impossible), at a moment not recorded: the answer is returned as
    /// the second value, for [`Context::run_ended`].
    ///
    /// # Errors
    ///
    /// The finding that makes the case invalid when that record is before the receipt or after
    /// now: it cannot end the limit, and the case is not judged open against it either.
    fn ended_at(
        &self,
        case: &CaseInput,
        category: Category,
        concluded: Option<Minute>,
        received: Minute,
        now: Minute,
    ) -> Result<(Option<Minute>, Option<Minute>), Finding> {
        let (evidence, path) = if category.is_licensing() {
            (&case.decided_at, "decidedAt")
        } else if category == Category::Escalated {
            (&case.answered_at, "answeredAt")
        } else {
            return Ok((concluded, None));
        };
        // Unreadable, it is its follow-up's finding.
        let Some(t) = evidence.as_ref().and_then(|t| t.resolve(path).ok()) else {
            return Ok((concluded, None));
        };
        if t < received {
            let detail = crate::messages::order_detail(
                self.locale,
                (path, &t.wall_text()),
                ("receivedAt", &received.wall_text()),
            );
            return Err(self.finding(FindingCode::TimeOutOfOrder, path, &detail));
        }
        if t > now {
            return Err(self.at_time(FindingCode::TimeInFuture, path, t));
        }
        if category.is_licensing() {
            return Ok((Some(concluded.map_or(t, |c| c.min(t))), None));
        }
        match concluded {
            Some(c) if c <= t => Ok((Some(c), None)),
            _ => Ok((Some(t), Some(t))),
        }
    }

    /// The case counted to its end. An escalated case known to be sent up only by the answer
    /// is taken as sent up in time when the answer came after the due time (the reading that
    /// asserts less: it may have been sent in time); the end is then the due time.
    fn run_ended(
        &self,
        received: Minute,
        (limit, extension): (Limit, Option<Limit>),
        pauses: &Pauses,
        (concluded, answered): (Option<Minute>, Option<Minute>),
        now: Minute,
    ) -> Result<(Run, Option<Minute>), Error> {
        let run = self.run(received, limit, extension, pauses, concluded, now)?;
        match answered {
            Some(answer) if answer > run.due => {
                let ended = Some(run.due);
                let run = self.run(received, limit, extension, pauses, ended, now)?;
                Ok((run, ended))
            }
            _ => Ok((run, concluded)),
        }
    }

    /// Status and card of a run, with the DL-9 thresholds.
    fn grade(
        &self,
        run: &Run,
        concluded: Option<Minute>,
        now: Minute,
    ) -> Result<(Status, Card), Error> {
        if let Some(done) = concluded {
            return Ok(if done <= run.due {
                (Status::DoneOnTime, Card::Green)
            } else {
                (Status::DoneLate, Card::Red)
            });
        }
        if run.counted > run.budget || (now > run.due && !run.frozen) {
            return Ok((Status::Overdue, Card::Red));
        }
        let yellow = &self.rules.yellow;
        // DL-9: "≤ 1 working day remains" is remaining office time against whole office days
        // of the hall's standard hours, and only for a limit longer than that.
        let threshold = self.yellow_minutes(run.due);
        let remaining = run.budget.saturating_sub(run.counted);
        let by_share = Self::share(run) >= yellow.elapsed_share;
        let by_days = run.budget > threshold && remaining <= threshold;
        Ok(if by_share || by_days {
            (Status::Warning, Card::Yellow)
        } else {
            (Status::OnTrack, Card::Green)
        })
    }

    fn overdue_by(&self, run: &Run, read_at: Minute) -> Result<Option<OverdueBy>, Error> {
        if run.counted <= run.budget && read_at <= run.due {
            return Ok(None);
        }
        // Whole office days of counted time past the limit: paused time is not overdue time, and
        // an hour late is not a day late (fifth review: the calendar days from the due day to now
        // had counted a pause and any part of a day as whole days against the clerk).
        use crate::calendar::office_hours::minutes_in;
        let office_minutes = run.counted.saturating_sub(run.budget);
        let day = minutes_in(&self.calendar.office_hours.standard).max(1) as u64;
        Ok(Some(OverdueBy {
            office_minutes,
            working_days: (office_minutes / day) as i64,
        }))
    }

    /// The report of one case at `now` (a Beijing minute): its due time, status, card and
    /// findings (DL-1..9). It never fails: a record that cannot be assessed (an unknown category,
    /// a time that cannot be read, a conclusion before receipt, a receipt, conclusion or step
    /// time after `now`, an inverted pause or step, a limit out of range, more than
    /// `MAX_PER_CASE` pauses or steps) is an `invalid` report with the finding that says why.
    /// The name of an approved extension's approver is masked in step names and findings
    /// (CASE-7).
    pub fn assess(&self, case: &CaseInput, now: Minute) -> DeadlineReport {
        let id = case.id.as_ref().map(|i| i.0.clone());
        // The one person a deadline record names is the approver of an extension (DL-5): the
        // name is masked in step names and in every finding that echoes free text (a pause
        // reason 张三丰外出), CASE-7. An entry such as 未批准 is no name: masking it would
        // garble the engine's own words.
        let approver = case.extension.as_ref().and_then(|x| x.approver.as_deref());
        let masker = crate::report::mask::Masker::new(approver.filter(|a| approves(a)));
        let mut report = match self.assess_checked(case, now, &masker) {
            Ok(report) => report,
            Err((category, findings)) => DeadlineReport::invalid(id, category, findings),
        };
        report
            .findings
            .iter_mut()
            .for_each(|f| f.mask_names(&masker));
        report
    }

    fn assess_checked(
        &self,
        case: &CaseInput,
        now: Minute,
        masker: &crate::report::mask::Masker,
    ) -> Result<DeadlineReport, (Option<Category>, Vec<Finding>)> {
        let rules = self.rules;
        let mut findings = Vec::new();
        let invalid = |c: Option<Category>, f: Vec<Finding>| (c, f);
        let field_err = |e: Error| Finding::from_error(&e, self.locale);

        for (path, len) in [
            ("pauses", case.pauses.as_ref().map_or(0, Vec::len)),
            ("steps", case.steps.as_ref().map_or(0, Vec::len)),
        ] {
            if len > MAX_PER_CASE {
                let e = Error::new(crate::error::ErrorCode::TooLarge, path)
                    .detail(format!("{len} > {MAX_PER_CASE}"));
                return Err(invalid(None, vec![field_err(e)]));
            }
        }
        let Some(category) = Category::parse(&case.category) else {
            // A name in the wrong column is masked (helper-88).
            let detail = crate::report::mask::mask_if_name_like(&crate::text::clip(&case.category));
            return Err(invalid(
                None,
                vec![self.finding(FindingCode::UnknownCategory, "category", &detail)],
            ));
        };
        let received = case
            .received_at
            .resolve("receivedAt")
            .map_err(|e| invalid(Some(category), vec![field_err(e)]))?;
        let concluded = match &case.concluded_at {
            Some(c) => Some(
                c.resolve("concludedAt")
                    .map_err(|e| invalid(Some(category), vec![field_err(e)]))?,
            ),
            None => None,
        };
        if let Some(done) = concluded {
            if done < received {
                let detail = format!("{} < {}", done.wall_text(), received.wall_text());
                return Err(invalid(
                    Some(category),
                    vec![self.finding(
                        FindingCode::ConcludedBeforeReceived,
                        "concludedAt",
                        &detail,
                    )],
                ));
            }
        }
        if let Some(t) = concluded.filter(|t| *t > now) {
            // Concluded after the moment of reading: the record cannot be right (a typo, a clock
            // set wrong), and a finding built on it would judge a person on a time that has not
            // come. Not assessed (CASE-5: no timestamp lies in the future).
            return Err(invalid(
                Some(category),
                vec![self.at_time(FindingCode::TimeInFuture, "concludedAt", t)],
            ));
        }
        if received > now {
            // Received after the moment of reading: not assessed, as a conclusion then is not.
            let finding = self.at_time(FindingCode::TimeInFuture, "receivedAt", received);
            return Err(invalid(Some(category), vec![finding]));
        }

        let unit = rules.limit_unit;
        let limit = match &case.limit {
            Some(given) => given.resolve(unit, "limit"),
            None => Ok(category.default_limit(rules)),
        }
        .and_then(|limit| check_limit_value(&limit, "limit.value").map(|()| limit))
        .map_err(|e| invalid(Some(category), vec![field_err(e)]))?;
        if let Some(statutory) = category.statutory_limit(rules) {
            if limit.unit == statutory.unit && limit.value > statutory.value {
                findings.push(self.finding(
                    FindingCode::LimitOverStatutory,
                    "limit",
                    &format!(
                        "{} > {}",
                        limit.describe(self.locale),
                        statutory.describe(self.locale)
                    ),
                ));
            }
        }
        let extension = self
            .extension(case, category, &mut findings)
            .map_err(|e| invalid(Some(category), vec![field_err(e)]))?;

        let (concluded, answered) = self
            .ended_at(case, category, concluded, received, now)
            .map_err(|f| invalid(Some(category), vec![f]))?;
        let pauses = self
            .pauses(case, received, concluded, now, &mut findings)
            .map_err(|f| invalid(Some(category), vec![f]))?;
        let (run, concluded) = self
            .run_ended(
                received,
                (limit, extension),
                &pauses,
                (concluded, answered),
                now,
            )
            .map_err(|e| invalid(Some(category), vec![field_err(e.under("receivedAt"))]))?;
        if let Some(answer) = answered.filter(|_| case.concluded_at.is_none()) {
            findings.push(self.at_time(FindingCode::SentUpUnrecorded, "concludedAt", answer));
        }
        let steps = self
            .steps(
                case,
                received,
                &pauses,
                (now, concluded),
                masker,
                &mut findings,
            )
            .map_err(|f| invalid(Some(category), vec![f]))?;

        let (status, card) = self
            .grade(&run, concluded, now)
            .map_err(|e| invalid(Some(category), vec![field_err(e)]))?;
        let read_at = concluded.unwrap_or(now);
        let overdue_by = self
            .overdue_by(&run, read_at)
            .map_err(|e| invalid(Some(category), vec![field_err(e)]))?;
        let at_due = |code, path| self.at_time(code, path, run.due);
        match status {
            Status::Warning => findings.push(at_due(FindingCode::CaseWarning, "")),
            Status::Overdue => findings.push(at_due(FindingCode::CaseOverdue, "")),
            Status::DoneLate => findings.push(at_due(FindingCode::DoneLate, "concludedAt")),
            _ => {}
        }
        let rules = self.rules;
        let follow_ups = [
            (
                (&case.answered_at, "answeredAt"),
                (&case.replied_at, "repliedAt"),
                rules.escalated_reply,
                FindingCode::ReplyLate,
            ),
            (
                (&case.decided_at, "decidedAt"),
                (&case.certificate_issued_at, "certificateIssuedAt"),
                rules.certificate_issue,
                FindingCode::CertificateLate,
            ),
        ];
        let mut provisional = self.provisional(run.start, run.due, "", &mut findings);
        for (start, done, limit, late) in follow_ups {
            provisional |= self
                .follow_up(start, done, limit, late, now, &mut findings)
                .map_err(|e| invalid(Some(category), vec![field_err(e)]))?;
        }
        // Any due time of the case, its steps or its follow-ups past the horizon (CAL-2).
        provisional |= steps.iter().any(|s| s.provisional);
        let cal = self.calendar;
        let open = concluded.is_none();
        let remaining_days = match &overdue_by {
            // Past the due day it is minus the working days from the due day to today (counting
            // back from a Saturday would add one).
            Some(_) if open && now.day() > run.due.day() => cal
                .working_days_between(run.due.day(), now.day())
                .ok()
                .map(|d| -d.max(0)),
            _ if open => cal
                .working_days_between(now.day().max(run.start.day()), run.due.day())
                .ok(),
            _ => None,
        };
        Ok(DeadlineReport {
            id: case.id.as_ref().map(|i| i.0.clone()),
            category: Some(category),
            status,
            card: Some(card),
            limit: Some(limit),
            extension,
            received_at: Some(received),
            starts_at: Some(run.start),
            due_at: Some(run.due),
            due_at_ms: Some(run.due.to_epoch_ms()),
            yellow_at: run.yellow_at,
            elapsed_share: Some(round4(Self::share(&run))),
            elapsed_office_minutes: Some(run.counted),
            remaining_office_minutes: open.then(|| run.budget as i64 - run.counted as i64),
            remaining_working_days: remaining_days,
            overdue_by,
            paused: run.frozen,
            provisional,
            steps,
            findings,
        })
    }

    /// DL-5: an extension needs a licensing case, an approver and a reason.
    fn extension(
        &self,
        case: &CaseInput,
        category: Category,
        findings: &mut Vec<Finding>,
    ) -> Result<Option<Limit>, Error> {
        let Some(ext) = &case.extension else {
            return Ok(None);
        };
        let Some(default) = category.extension(self.rules) else {
            findings.push(self.finding(FindingCode::ExtensionNotAllowed, "extension", ""));
            return Ok(None);
        };
        let limit = match &ext.limit {
            Some(given) => given.resolve(self.rules.limit_unit, "extension.limit")?,
            None => default,
        };
        check_limit_value(&limit, "extension.limit.value")?;
        // The missing fields named in the message's language, not by their JSON keys.
        let (approver, reason) = if self.locale.is_english() {
            ("approver", "reason")
        } else {
            ("批准人", "延期理由")
        };
        let approved = ext.approver.as_deref().is_some_and(approves);
        let missing: Vec<&str> = [(approver, &ext.approver), (reason, &ext.reason)]
            .into_iter()
            .filter(|&(field, v)| {
                (field == approver && !approved)
                    || v.as_deref()
                        .is_none_or(|s| crate::input::says_none(s, NOT_GIVEN))
            })
            .map(|(k, _)| k)
            .collect();
        if !missing.is_empty() {
            findings.push(self.finding(
                FindingCode::ExtensionUnapproved,
                "extension",
                &missing.join(if self.locale.is_english() {
                    ", "
                } else {
                    "、"
                }),
            ));
            return Ok(None);
        }
        if limit.unit == default.unit && limit.value > default.value {
            findings.push(self.finding(
                FindingCode::ExtensionOverStatutory,
                "extension.limit",
                &format!(
                    "{} > {}",
                    limit.describe(self.locale),
                    default.describe(self.locale)
                ),
            ));
        }
        Ok(Some(limit))
    }

    /// DL-6, DL-7: pauses with their reasons, as merged office positions. A pause with no
    /// valid reason is reported and does not stop the clock.
    fn pauses(
        &self,
        case: &CaseInput,
        received: Minute,
        concluded: Option<Minute>,
        now: Minute,
        findings: &mut Vec<Finding>,
    ) -> Result<Pauses, Finding> {
        let cal = self.calendar;
        let err = |e: Error| Finding::from_error(&e, self.locale);
        let mut spans = Vec::new();
        let notice_limit = self.rules.supplement_notice;
        let notice_end = cal
            .next_opening(received)
            .and_then(|s| limit_end(cal, s, notice_limit))
            .map_err(err)?;
        for (i, p) in case.pauses.iter().flatten().enumerate() {
            let path = format!("pauses[{i}]");
            let from = p.from.resolve(&join_path(&path, "from")).map_err(err)?;
            // A pause that starts after the moment of reading has not happened (CASE-5).
            if from > now {
                let at = join_path(&path, "from");
                findings.push(self.at_time(FindingCode::TimeInFuture, &at, from));
                continue;
            }
            let to = match &p.to {
                Some(t) => Some(t.resolve(&join_path(&path, "to")).map_err(err)?),
                None => concluded,
            };
            if let Some(to) = to.filter(|t| *t < from) {
                return Err(self.finding(
                    FindingCode::PauseInverted,
                    &path,
                    &format!("{} > {}", from.wall_text(), to.wall_text()),
                ));
            }
            let reason = p.reason.as_deref().map(str::trim).unwrap_or("");
            if reason.is_empty() {
                findings.push(self.finding(
                    FindingCode::PauseReasonMissing,
                    &join_path(&path, "reason"),
                    "",
                ));
                continue;
            }
            if !self.rules.is_pause_reason(reason) {
                findings.push(self.finding(
                    FindingCode::PauseReasonUnknown,
                    &join_path(&path, "reason"),
                    &crate::text::clip(reason),
                ));
                continue;
            }
            if self.rules.pause_notice_required && p.notified_at.is_none() {
                findings.push(self.finding(
                    FindingCode::PauseNoticeMissing,
                    &join_path(&path, "notifiedAt"),
                    "",
                ));
            }
            // DL-6 is about when the applicant was told. With no notice recorded that moment is
            // unknown (it may precede the pause): nobody is judged late on it, the missing
            // notice is the warning above (fifth review). A notice recorded after the moment of
            // reading has not been given yet: nobody is judged late on it (CASE-5); the pause's
            // start stands in.
            let told = match &p.notified_at {
                None => None,
                Some(n) => {
                    let at = n.resolve(&join_path(&path, "notifiedAt")).map_err(err)?;
                    if at > now {
                        let field = join_path(&path, "notifiedAt");
                        findings.push(self.at_time(FindingCode::TimeInFuture, &field, at));
                        Some(from)
                    } else {
                        Some(at)
                    }
                }
            };
            // The window is whole working days: a notice on the evening of its last day is in
            // time (the reading that asserts less; eighth review: 17:31 had been late).
            if told.is_some_and(|t| t.day() > notice_end.day()) && self.rules.is_supplement(reason)
            {
                // DL-6: past the notice window the case already counts as accepted, so the
                // wait for supplements does not stop the clock.
                findings.push(self.finding(
                    FindingCode::SupplementNoticeLate,
                    &join_path(&path, "notifiedAt"),
                    &notice_limit.describe(self.locale),
                ));
                // A reason that also names another listed procedure (补正、听证) keeps the pause
                // for it (sixth review: the hearing's time had gone with the late notice).
                if !self.rules.pauses_beyond_supplement(reason) {
                    continue;
                }
            }
            let from_pos = cal.office_position(from).map_err(err)?;
            let to_pos = match to {
                Some(t) => Some(cal.office_position(t).map_err(err)?),
                None => None,
            };
            spans.push((from_pos, to_pos));
        }
        Ok(Pauses::new(spans))
    }

    /// Steps (环节) with their own limits; an overrun is reported even when the case is on time.
    fn steps(
        &self,
        case: &CaseInput,
        received: Minute,
        pauses: &Pauses,
        (now, concluded): (Minute, Option<Minute>),
        masker: &crate::report::mask::Masker,
        findings: &mut Vec<Finding>,
    ) -> Result<Vec<StepReport>, Finding> {
        // A step left open on a concluded case ended with the case at the latest: it is not
        // measured on past the conclusion (third review).
        let read_until = concluded.map_or(now, |c| c.min(now));
        let err = |e: Error| Finding::from_error(&e, self.locale);
        let mut out = Vec::new();
        for (i, s) in case.steps.iter().flatten().enumerate() {
            let path = format!("steps[{i}]");
            let name = s.name.clone().unwrap_or_else(|| path.clone());
            let started = s
                .started_at
                .resolve(&join_path(&path, "startedAt"))
                .map_err(err)?;
            let completed = match &s.completed_at {
                Some(c) => Some(c.resolve(&join_path(&path, "completedAt")).map_err(err)?),
                None => None,
            };
            let limit = s
                .limit
                .resolve(self.rules.limit_unit, &join_path(&path, "limit"))
                .map_err(err)?;
            check_limit_value(&limit, &join_path(&path, "limit.value")).map_err(err)?;
            if started < received {
                findings.push(self.finding(
                    FindingCode::StepBeforeReceipt,
                    &join_path(&path, "startedAt"),
                    &started.to_string(),
                ));
            }
            // A step started or completed after the moment of reading: the case is not
            // assessed, as with a conclusion then (CASE-5), so no card rests on it.
            for (at, field) in [(Some(started), "startedAt"), (completed, "completedAt")] {
                if let Some(t) = at.filter(|t| *t > now) {
                    return Err(self.finding(
                        FindingCode::TimeInFuture,
                        &join_path(&path, field),
                        &t.wall_text(),
                    ));
                }
            }
            if let Some(done) = completed.filter(|c| *c < started) {
                return Err(self.finding(
                    FindingCode::StepInverted,
                    &join_path(&path, "completedAt"),
                    &format!("{} > {}", started.wall_text(), done.wall_text()),
                ));
            }
            let run = self
                .run(started, limit, None, pauses, completed, read_until)
                .map_err(|e| err(e.under(&path)))?;
            let (status, card) = self.grade(&run, completed, read_until).map_err(err)?;
            let provisional = self.provisional(run.start, run.due, &path, findings);
            // A step's name is free text: numbers in it are masked before it is echoed (CASE-7).
            let label = masker.clipped(&name, 40);
            match status {
                Status::Overdue | Status::DoneLate => {
                    findings.push(self.at_time(FindingCode::StepOverdue, &label, run.due))
                }
                Status::Warning => {
                    findings.push(self.at_time(FindingCode::StepWarning, &label, run.due))
                }
                _ => {}
            }
            out.push(StepReport {
                name: label,
                status,
                card,
                starts_at: run.start.to_string(),
                due_at: run.due.to_string(),
                yellow_at: run.yellow_at.map(|t| t.to_string()),
                elapsed_share: round4(Self::share(&run)),
                overdue_by: self
                    .overdue_by(&run, completed.unwrap_or(read_until))
                    .map_err(err)?,
                provisional,
            });
        }
        Ok(out)
    }
}

/// Pauses, steps (and, in case validation, hand-overs, supplement requests and history
/// entries) per case: far above any real case, and a clear `too_large` before any cost.
pub const MAX_PER_CASE: usize = 1000;

/// Whether an approver's entry names someone who approved. One that says none was given, or
/// that approval is missing, refused, pending or withdrawn (未批准, 尚未批准, 审批中, 拒绝,
/// 撤回, 局长（未签字）, false) does not (DL-5, the reading that asserts less): a negation
/// has no place in the name or title of an approver (whole words only where a character is
/// also in names: 审批中, not 中, as in 张中华).
pub(crate) fn approves(approver: &str) -> bool {
    const NEGATIONS: &[&str] = &[
        "未",
        "不",
        "否",
        "拒",
        "撤",
        "待",
        "驳",
        "审批中",
        "办理中",
        "false",
        "not ",
        "no ",
        "pending",
        "rejected",
        "denied",
        "refused",
        "withdrawn",
        "unknown",
        "tbd",
    ];
    let lower = approver.to_ascii_lowercase();
    !crate::input::says_none(approver, NOT_GIVEN) && !NEGATIONS.iter().any(|n| lower.contains(n))
}

/// An approver or reason that says there is none, or that approval was not given: the
/// extension is not recognised (DL-5, the reading that asserts less).
const NOT_GIVEN: &[&str] = &[
    "无",
    "無",
    "暂无",
    "暫無",
    "空",
    "空白",
    "没有",
    "不详",
    "未说明",
    "false",
    "未批准",
    "未经批准",
    "不批准",
    "不予批准",
    "不同意",
    "拒绝",
    "驳回",
    "否",
    "待定",
    "待批",
    "待审批",
    "未定",
    "未知",
    "无理由",
    "无需说明",
    "不需要",
    "?",
    "？",
    "0",
    "null",
    "none",
    "n/a",
    "-",
    "—",
    "/",
    "not approved",
    "rejected",
    "denied",
    "refused",
    "tbd",
    "unknown",
    "pending",
    "no",
];

fn check_limit_value(limit: &Limit, path: &str) -> Result<(), Error> {
    if limit.value > crate::deadline::limit::MAX_LIMIT_VALUE {
        return Err(
            Error::new(crate::error::ErrorCode::TooLarge, path).detail(limit.value.to_string())
        );
    }
    if limit.unit == LimitUnit::WorkingHours
        && limit.value > 24 * crate::deadline::limit::MAX_LIMIT_VALUE
    {
        return Err(
            Error::new(crate::error::ErrorCode::TooLarge, path).detail(limit.value.to_string())
        );
    }
    Ok(())
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}
