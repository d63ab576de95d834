//! `scoreConduct`: one month's score card per person (CON-1..6, CON-8), with each deduction
//! and addition itemised, and what follows from exposure, bribery and gifts.

use crate::str_index::StrIndex;
use crate::text::tenths_text;
use crate::text::TrimSpaces;

use serde::Serialize;

use super::codes::{Action, ChecklistItem, ConductCode, ConductIssue, Grade};
use super::input::{ConductInput, EventInput, EventKind, StaffInput, UnitInput};
use super::rules::{Compiled, ConductRules};
use super::{mask_name, points, Month};
use crate::error::{join_path, Error};
use crate::finding::{Finding, Severity};
use crate::input::InstantInput;
use crate::messages::Locale;
use crate::report::mask::{names_of_json, Masker};
use crate::text::{clip, clip_to, number_text};
use crate::time::{parse_day_or_instant, Day, Minute};

/// Evidence longer than this is clipped in the card.
pub const EVIDENCE_CHARS: usize = 200;

fn tr(locale: Locale, zh: &'static str, en: &'static str) -> &'static str {
    match locale {
        Locale::ZhCn => zh,
        Locale::En => en,
    }
}

/// One deduction or addition on a card (`ConductItem` in TypeScript).
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "ConductItem")]
pub struct ScoreItem {
    /// The rule behind the code, such as `CON-2`.
    pub rule: &'static str,
    /// The code of the points table, such as `eating`.
    pub code: &'static str,
    /// What the code stands for, in the engine's locale.
    pub label: &'static str,
    /// The record's date, `YYYY-MM-DD`; for a linked deadline report, the Beijing day the case
    /// fell due.
    pub date: String,
    /// Occurrences; for an inspection, the number of checklist items missed.
    pub count: u32,
    /// Points per occurrence, from the ruleset (`pointsEach`); negative deducts.
    pub points_each: f64,
    /// `pointsEach × count`; negative deducts.
    pub points: f64,
    /// The month's score is 0 whatever the rest (bribery, exposure).
    pub zeroes_month: bool,
    /// Counts as a serious offence in the ranking (CON-9).
    pub serious: bool,
    /// The record's evidence, trimmed, led by the items missed in an inspection, with names and
    /// numbers masked (CASE-7) and clipped to `EVIDENCE_CHARS` (200) characters; empty when
    /// none.
    pub evidence: String,
    /// Where the record came from, such as `events[3]`.
    pub source: String,
    /// The record's case id (`caseId`), as given (an empty text too); absent from JSON when the
    /// record gives none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case_id: Option<String>,
    /// 三一四有 items missed in an inspection; absent from JSON when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[tsify(optional)]
    pub missed: Vec<&'static str>,
}

/// Which head is named as accountable (CON-6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, tsify::Tsify)]
#[serde(rename_all = "snake_case")]
pub enum HeadRole {
    /// `unit_head`: the unit's head (`heads.unit` of the unit).
    UnitHead,
    /// `bureau_head`: the bureau's head (`heads.bureau` of the unit).
    BureauHead,
}

/// A head named as accountable (CON-6); the name is masked.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Accountable {
    /// The head's role.
    pub role: HeadRole,
    /// The id of the unit.
    pub unit: String,
    /// The head's name, masked (CASE-7).
    pub name: String,
}

/// What one record of the month entails, beyond its points (CON-4, CON-6)
/// (`ConductConsequence` in TypeScript).
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "ConductConsequence")]
pub struct Consequence {
    /// What follows: one of the month's actions (a period's are `assessPeriod`'s).
    #[tsify(
        type = "\"month_zeroed\" | \"removal_from_post\" | \"referred_to_discipline\" | \"unit_disqualified\" | \"heads_accountable\""
    )]
    pub action: Action,
    /// The rule of the code that triggered it, such as `CON-4` for a gift.
    pub rule: &'static str,
    /// The code that triggered it.
    pub code: &'static str,
    /// The record's date, `YYYY-MM-DD`.
    pub date: String,
    /// Where the record came from, such as `events[3]` or `deadlineReports[0]`.
    pub source: String,
    /// The consequence, in the engine's locale.
    pub message: String,
    /// For `heads_accountable`: the heads named; absent from JSON when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[tsify(optional)]
    pub accountable: Vec<Accountable>,
}

/// One person's score card for the month (CON-1): the score, its grade, each item and what
/// follows from them.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct ScoreCard {
    /// The staff id as the staff record gives it (`staffId`), not trimmed: the key a portal
    /// joins its rows on.
    pub staff_id: String,
    /// Masked (CASE-7).
    pub name: String,
    /// The unit id of the staff record, as given; `None` when it gives none (blank or a
    /// placeholder such as `-` or `暂无`).
    pub unit: Option<String>,
    /// The unit's name from the unit list (`unitName`), clipped to 80 characters; `None` when
    /// the unit is not listed or has no name.
    pub unit_name: Option<String>,
    /// The window id of the staff record, as given; `None` when it gives none (blank or a
    /// placeholder such as `-` or `无`): the person is then on no window duty (CON-8).
    pub window: Option<String>,
    /// The person's sector, else the unit's, clipped to 80 characters; `None` when neither
    /// gives one.
    pub sector: Option<String>,
    /// The score each month starts with (`base` of the ruleset, 100 by default).
    pub base: f64,
    /// Sum of the deductions (≤ 0).
    pub deductions: f64,
    /// Sum of the additions (≥ 0).
    pub additions: f64,
    /// `base + deductions + additions`, before the floor, the cap and any zeroing.
    pub raw: f64,
    /// The month's score: `raw` held within the floor and the cap, or 0 when `zeroed`.
    pub score: f64,
    /// The grade of `score` (CON-1).
    pub grade: Grade,
    /// The grade in the engine's locale (`gradeLabel`).
    pub grade_label: &'static str,
    /// `raw` was below the floor, so `score` is the floor (not when zeroed).
    pub floored: bool,
    /// `raw` was above the cap, so `score` is the cap (not when zeroed).
    pub capped: bool,
    /// A code that zeroes the month was recorded (bribery and exposure, by default), so
    /// `score` is 0.
    pub zeroed: bool,
    /// A code that refers the person to discipline inspection was recorded (CON-4).
    pub referred: bool,
    /// Removal from the post is recommended (CON-6; an exposure, by default).
    pub removal_recommended: bool,
    /// A code recorded for the person takes away the unit's eligibility for awards (CON-6; an
    /// exposure, by default).
    pub unit_disqualified: bool,
    /// Occurrences of serious offences (`ranking.seriousOffencePoints` or worse, or a code that
    /// zeroes the month): the first tie-break of the ranking (CON-9).
    pub serious_offences: u32,
    /// The arithmetic, such as `100 -1 -2×2 +1 = 96`.
    pub working: String,
    /// The deductions and additions, by date, then in the order read: events, then linked
    /// deadline reports.
    #[tsify(type = "ConductItem[]")]
    pub items: Vec<ScoreItem>,
    /// What follows from the records, in the order read.
    #[tsify(type = "ConductConsequence[]")]
    pub consequences: Vec<Consequence>,
    /// About the person rather than one record, such as CON-8, or `records_unread`.
    pub findings: Vec<Finding>,
    /// A record of the month that names this person could not be scored (unreadable, or
    /// refused with an error other than `outside_period`): the score and grade leave it out
    /// and are not complete. `assessPeriod` takes no 不合格 of such a card against the person.
    pub incomplete: bool,
}

/// How many cards have each grade.
#[derive(Clone, Debug, Default, PartialEq, Serialize, tsify::Tsify)]
pub struct GradeCounts {
    /// 优秀.
    pub excellent: u32,
    /// 良好.
    pub good: u32,
    /// 合格.
    pub pass: u32,
    /// 不合格.
    pub fail: u32,
}

impl GradeCounts {
    /// Counts one more card of `grade`.
    pub fn add(&mut self, grade: Grade) {
        match grade {
            Grade::Excellent => self.excellent += 1,
            Grade::Good => self.good += 1,
            Grade::Pass => self.pass += 1,
            Grade::Fail => self.fail += 1,
        }
    }
}

/// One unit's month: each unit of the unit list, then each unit named only by a staff
/// record (`ConductUnitMonth` in TypeScript).
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "ConductUnitMonth", missing_as_null)]
pub struct UnitOutcome {
    /// The unit id, trimmed.
    pub id: String,
    /// The unit's name from the unit list, as given; `None` when not listed or not named.
    pub name: Option<String>,
    /// The unit's sector from the unit list, as given; `None` when not listed or not given.
    pub sector: Option<String>,
    /// The number of its people, each with one card.
    pub people: u32,
    /// Mean of the people's scores, to 0.01; `null` for a unit with nobody scored.
    pub average_score: Option<f64>,
    /// Its people's cards, by grade.
    pub grades: GradeCounts,
    /// CON-6: no annual awards this year.
    pub awards_disqualified: bool,
    /// The heads named as accountable this month (CON-6), each once.
    pub accountable: Vec<Accountable>,
    /// Staff ids of the people exposed.
    pub exposed: Vec<String>,
}

/// The month, counted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct ConductSummary {
    /// The number of cards, one per person.
    pub people: u32,
    /// Records read: events and linked deadline reports.
    pub records: u32,
    /// Records accepted onto a card (an inspection with nothing missed deducts nothing).
    pub scored: u32,
    /// Records not scored because of an error finding.
    pub rejected: u32,
    /// The mean of every card's score, to 0.01 (`averageScore`); `None` with no card.
    pub average_score: Option<f64>,
    /// The cards, by grade; the incomplete ones too, as their cards show them.
    pub grades: GradeCounts,
    /// Cards that leave out records that could not be scored (`incomplete`): their grades,
    /// counted above, are not confirmed.
    pub incomplete: u32,
    /// People referred to discipline inspection (CON-4).
    pub referred: u32,
    /// People whose card recommends removal from the post (CON-6; an exposure, by default).
    pub exposed: u32,
}

/// What `scoreConduct` returns: the month's score cards, units and summary.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ConductResult {
    /// The month scored, `YYYY-MM`.
    pub period: String,
    /// One card per person, in the order of the staff list.
    pub cards: Vec<ScoreCard>,
    /// Each unit's month.
    #[tsify(type = "ConductUnitMonth[]")]
    pub units: Vec<UnitOutcome>,
    /// The month, counted.
    pub summary: ConductSummary,
    /// Problems with the records (events, staff, units), each at its path.
    pub findings: Vec<Finding>,
}

/// Mean to 0.01, from tenths: exact for ties, one rounding at the end.
pub(crate) fn mean_hundredths(sum_tenths: i64, n: i64) -> Option<i64> {
    if n <= 0 {
        return None;
    }
    let x = sum_tenths.saturating_mul(10);
    Some((x + n / 2).div_euclid(n))
}

/// An event that passed its checks.
struct Accepted {
    person: usize,
    code: ConductCode,
    day: Day,
    count: u32,
    missed: Vec<ChecklistItem>,
    evidence: String,
    case_id: Option<String>,
}

/// Field names of a record, so findings point into events and linked reports alike.
struct Fields {
    staff: &'static str,
    date: &'static str,
    case: &'static str,
    from_report: bool,
}

const EVENT_FIELDS: Fields = Fields {
    staff: "staffId",
    date: "date",
    case: "caseId",
    from_report: false,
};
const REPORT_FIELDS: Fields = Fields {
    staff: "responsible",
    date: "report.dueAt",
    case: "report.id",
    from_report: true,
};

struct Person<'a> {
    staff: &'a StaffInput,
    unit: Option<usize>,
    items: Vec<(Day, usize, ScoreItem)>,
    consequences: Vec<Consequence>,
    findings: Vec<Finding>,
    deductions: i64,
    additions: i64,
    zeroed: bool,
    referred: bool,
    removal: bool,
    disqualify: bool,
    serious: u32,
    /// Its id is given for another name too: not scored, no card.
    shared: bool,
    /// Paths of the first five of the month's records that name this person and could not
    /// be scored (the finding lists five), and how many there are.
    unread: Vec<String>,
    unread_count: usize,
}

struct Unit<'a> {
    id: String,
    input: Option<&'a UnitInput>,
    disqualified: bool,
    accountable: Vec<Accountable>,
    exposed: Vec<String>,
}

/// A person's number and a [`case_key`] as one key of a set: the number's digits, a NUL
/// (no digit), the case.
fn held_key(person: usize, case: &str) -> String {
    format!("{person}\0{case}")
}

/// A case id as cases are compared (CON-5; helper-60 to helper-62, helper-64): spaces and
/// invisible marks dropped anywhere, full-width read as ASCII, letters in either case, every
/// dash as `-`, a closing stop left off (`C1。` is `C1`). Every id that says none
/// ([`crate::input::says_no_value`]: 暂无, -, Ｎ／Ａ, 编号不明), and a record that gives none, is
/// one unknown case per person, not a case each: that two such records are two cases is
/// nowhere shown, and merging asserts less. The empty key stands for it.
fn case_key(id: Option<&str>) -> String {
    let Some(id) = id.filter(|id| !crate::input::says_no_value(id)) else {
        return String::new();
    };
    let key: String = crate::text::id_key(id)
        .chars()
        .filter(|c| !crate::text::is_invisible(*c))
        .map(|c| match c {
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '﹣' | '﹘' | '─' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    key.trim_end_matches(crate::input::CLOSING_STOPS)
        .to_string()
}

/// A written time, read once ([`crate::time::read_instant`]) and within the engine's range: the
/// minute, and whether a time of day was written (a date alone reads as its midnight).
fn written_time(text: &str) -> Option<(Minute, bool)> {
    let read = crate::time::read_instant(text.trim_spaces())?;
    read.minute
        .in_range()
        .then_some((read.minute, read.has_time))
}

/// The person slot of a held case: held whoever is responsible.
const ANY_PERSON: usize = usize::MAX;

struct Scorer<'a> {
    rules: &'a ConductRules,
    c: Compiled,
    locale: Locale,
    month: Month,
    /// Staff ids as compared ([`crate::text::id_key`]).
    index: StrIndex,
    /// The ids the staff records that could not be read give (texts, at any depth), none
    /// where no id can be read: a person not found may be one of them.
    staff_unread: Vec<Vec<String>>,
    people: Vec<Person<'a>>,
    units: Vec<Unit<'a>>,
    /// The cases deducted per person, as sets: keys [`held_key`], values unused.
    cases: StrIndex,
    /// Cases that their own deadline report keeps from deduction, whoever is responsible
    /// ([`ANY_PERSON`]): provisional, and done on time (helper-61, helper-62). Sets as `cases`.
    provisional: StrIndex,
    on_time: StrIndex,
    /// The latest due time (a [`Minute`] as `usize`) that a case's readable deadline reports
    /// give: an overdue record not after it was not overdue then (CON-5).
    due: StrIndex,
    /// The earliest due time of a case's reports that deduct it (`overdue`, `done_late`).
    deducted_due: StrIndex,
    findings: Vec<Finding>,
    errors: usize,
    seq: usize,
    /// Every name the input gives (staff, heads, and the names of unreadable staff and unit
    /// records, in that order), for free text (CASE-7).
    names: Vec<&'a str>,
    unread_names: Vec<Vec<String>>,
    /// Their masker, built when a text first needs it: a month whose records hold no free
    /// text and raise no finding never builds it (2,000 names: a tenth of the month's time).
    masker: std::cell::OnceCell<Masker>,
}

/// What happened and when: 收受礼品或接受宴请（2026-03-02） / accepting gifts (2026-03-02).
fn labelled_date(label: &str, date: &str, locale: Locale) -> String {
    match locale {
        Locale::ZhCn => format!("{label}（{date}）"),
        Locale::En => format!("{label} ({date})"),
    }
}

impl<'a> Scorer<'a> {
    fn masker(&self) -> &Masker {
        self.masker.get_or_init(|| {
            let unread = self.unread_names.iter().flatten().map(String::as_str);
            Masker::new(self.names.iter().copied().chain(unread))
        })
    }

    /// The parser's words for a missing field, in the engine's locale.
    fn missing(&self, field: &str) -> String {
        crate::messages::detail_text(&format!("missing field `{field}`"), self.locale).into_owned()
    }

    fn issue(&mut self, issue: ConductIssue, path: &str, detail: &str) {
        if issue.severity() == Severity::Error {
            self.errors += 1;
        }
        self.findings.push(issue.finding(path, detail, self.locale));
    }

    fn record_error(&mut self, prefix: &str, e: &Error) {
        let path = join_path(prefix, &e.path);
        // The parser's words in the engine's locale, as in every other unreadable record.
        let detail = crate::messages::detail_text(&e.detail, self.locale);
        self.issue(ConductIssue::InvalidRecord, &path, &detail);
    }

    /// Reads one event; a problem becomes a finding on it and the event is dropped.
    fn read<'e>(&mut self, ev: &'e EventInput, path: &str, fields: &Fields) -> Option<Accepted> {
        let at = |field: &str| join_path(path, field);
        // A record of another month is that month's, whatever it holds (helper-50: a person
        // not on this month's list, dated in April, was "not on this month's list"; helper-51:
        // an unknown code).
        let day = ev.day(|| at(fields.date));
        if let Some(day) = day
            .as_ref()
            .and_then(|d| d.as_ref().ok().copied())
            .filter(|&d| !self.month.contains(d))
        {
            let issue = if fields.from_report {
                ConductIssue::OverdueOutsidePeriod
            } else {
                ConductIssue::OutsidePeriod
            };
            self.issue(issue, &at(fields.date), &day.to_string());
            return None;
        }
        let code_text = ev.code.as_deref().map(str::trim_spaces);
        let code = match code_text {
            Some(t) => match ConductCode::parse(t) {
                Some(c) => Some(c),
                None => {
                    self.issue(ConductIssue::UnknownCode, &at("code"), &clip(t));
                    return None;
                }
            },
            None => None,
        };
        let kind = match ev.kind.as_deref().map(str::trim_spaces) {
            Some(k) => match EventKind::parse(k) {
                Some(kind) => kind,
                None => {
                    self.issue(ConductIssue::UnknownKind, &at("kind"), &clip(k));
                    return None;
                }
            },
            None => match code {
                Some(c) => EventKind::of_code(c),
                None => {
                    self.issue(
                        ConductIssue::InvalidRecord,
                        &at("kind"),
                        &self.missing("kind"),
                    );
                    return None;
                }
            },
        };
        let code = match code.or(kind.implied_code()) {
            Some(c) if kind.accepts(c) => c,
            Some(c) => {
                let detail = format!("{} / {}", kind.as_str(), c.as_str());
                self.issue(ConductIssue::CodeKindMismatch, &at("code"), &detail);
                return None;
            }
            None => {
                self.issue(
                    ConductIssue::InvalidRecord,
                    &at("code"),
                    &self.missing("code"),
                );
                return None;
            }
        };
        // A placeholder (暂无, -, N/A) is no staff id.
        let given = |id: &'e Option<crate::input::RecordId>| {
            id.as_ref()
                .filter(|id| !crate::report::mask::is_no_name(&id.0))
        };
        let (staff_id, also, staff_field) = match (given(&ev.staff_id), given(&ev.person)) {
            (Some(id), person) => (Some(id), person, fields.staff),
            (None, Some(person)) => (Some(person), None, "person"),
            (None, None) => (None, None, fields.staff),
        };
        // Masked by the month's masker first, which knows every id that is a name: masked
        // twice, `Li Na` read L***** (a masked form is read again as the name it hides).
        let shown = |id: &crate::input::RecordId| {
            super::shown_id(&self.masker().text(&crate::text::clip(&id.0)))
        };
        let Some(id) = staff_id else {
            self.issue(
                ConductIssue::InvalidRecord,
                &at(staff_field),
                &self.missing(fields.staff),
            );
            return None;
        };
        let person = match self.index.get(&crate::text::id_key(&id.0)) {
            Some(p) if self.people[p].shared => {
                let shown = shown(id);
                self.issue(ConductIssue::SharedStaffId, &at(staff_field), &shown);
                return None;
            }
            Some(p) => p,
            None => {
                let shown = shown(id);
                let id_text = &id.0;
                // With a staff record unread, "not on the list" would assert what is not
                // known (helper-41: five unknown_person errors against a listed person).
                let id = crate::text::id_key(&id.0);
                let unread = |u: &Vec<String>| {
                    u.is_empty() || u.iter().any(|u| crate::text::id_key(u) == id)
                };
                // A listed person's name where the id goes is not "not on the list" (helper-50).
                let issue = if !self.people_named(id_text).is_empty() {
                    ConductIssue::NameForId
                } else if self.staff_unread.iter().any(unread) {
                    ConductIssue::PersonUnread
                } else {
                    ConductIssue::UnknownPerson
                };
                self.issue(issue, &at(staff_field), &shown);
                return None;
            }
        };
        // `person` beside `staffId` names the same person, by id or by name; otherwise the
        // record does not say whose it is (helper-49: the two had been one field, and both
        // given refused the record as "duplicate field").
        if let Some(other) = also {
            let same_id = crate::text::id_key(&other.0) == crate::text::id_key(&id.0);
            if !same_id && !self.people_named(&other.0).contains(&person) {
                let detail = super::codes::person_mismatch(&shown(id), self.locale);
                self.issue(ConductIssue::InvalidRecord, &at("person"), &detail);
                return None;
            }
        }
        // A time or a `Date` (its JSON) is read as its Beijing day, as every API reads times
        // (helper-49: 2026-03-05T10:00 was refused as "expected year first").
        let day = match day {
            Some(Ok(d)) => d,
            Some(Err(e)) => {
                self.issue(ConductIssue::InvalidDate, &e.path, &e.detail);
                return None;
            }
            None => {
                self.issue(
                    ConductIssue::InvalidRecord,
                    &at(fields.date),
                    &self.missing(fields.date),
                );
                return None;
            }
        };
        let mut missed = Vec::new();
        let count = if kind == EventKind::Inspection {
            match &ev.checklist {
                Some(list) if !list.is_empty() => {
                    missed = list.missed();
                    missed.len() as u32
                }
                _ => {
                    self.issue(ConductIssue::ChecklistMissing, &at("checklist"), "");
                    return None;
                }
            }
        } else {
            match ev.count {
                None => 1,
                Some(n) if n.is_finite() && n >= 1.0 && n.fract() == 0.0 => {
                    let max = self.rules.max_count;
                    if n > max as f64 {
                        // Probably a typing error: not scored at all rather than at the limit,
                        // the reading that asserts less against the person.
                        let detail = format!("{} > {max}", number_text(n));
                        self.issue(ConductIssue::CountOverLimit, &at("count"), &detail);
                        return None;
                    } else {
                        n as u32
                    }
                }
                Some(n) => {
                    self.issue(ConductIssue::InvalidCount, &at("count"), &number_text(n));
                    return None;
                }
            }
        };
        let case_id = ev.case_id.as_ref().map(|c| c.0.clone());
        // A record that gives no case id names the unknown case, as one that says none does.
        let case_key = (code == ConductCode::OverdueCase).then(|| case_key(case_id.as_deref()));
        if code == ConductCode::OverdueCase && case_key.is_some() && count > 1 {
            // One case is deducted once per person (CON-5): several for one case id is not
            // scored at all, as a count over the limit is (helper-60: count 3 had taken −6).
            self.issue(
                ConductIssue::CountOverLimit,
                &at("count"),
                &format!("{count} > 1"),
            );
            return None;
        }
        if code == ConductCode::OverdueCase {
            if let Some(key) = case_key {
                // The case's own report keeps it from deduction, whoever entered this record.
                let case = held_key(ANY_PERSON, &key);
                let held = match (
                    self.provisional.contains_key(&case),
                    self.on_time.contains_key(&case),
                ) {
                    (true, _) => Some(ConductIssue::OverdueProvisional),
                    (false, true) => Some(ConductIssue::OverdueContradicted),
                    _ => None,
                };
                if let Some(held) = held {
                    let given = case_id.as_deref().unwrap_or_default();
                    self.issue(held, &at(fields.case), &clip(given));
                    return None;
                }
                // With a time of day, the record's own time (helper-64); a date alone has none.
                let event_at = match &ev.date {
                    Some(InstantInput::Text(t)) => written_time(t).filter(|w| w.1).map(|w| w.0),
                    Some(ms @ InstantInput::EpochMs(_)) => ms.resolve("").ok(),
                    None => None,
                };
                let shown = || match case_id.as_deref().filter(|_| !key.is_empty()) {
                    Some(id) => clip(id),
                    None => tr(self.locale, "（编号不明）", "(no case number)").to_string(),
                };
                if let Some(due) = self.due.get(&key) {
                    let due = Minute(due as i64);
                    let before = match (fields.from_report, event_at) {
                        // A report's own record is dated its due day: a later due time of
                        // the case holds it.
                        (true, _) => day < due.day(),
                        // Overdue from the minute after the due time, as a report says.
                        (false, Some(at)) => at <= due,
                        // A date alone on the due day may be before the due time (helper-64:
                        // a record made during office hours, due at their close).
                        (false, None) => day <= due.day(),
                    };
                    if before {
                        // Not overdue on the record's date, by the case's own report; a date
                        // alone on the due day says so (helper-66: it was said of every record).
                        let date_alone = event_at.is_none() && day == due.day();
                        let l = self.locale;
                        let mut detail = [shown().as_str(), tr(l, "（到期时间", " (due ")].concat();
                        detail.push_str(&due.wall_text());
                        if date_alone {
                            detail.push_str(tr(
                                l,
                                "；本条只写日期，视为在到期时间之前",
                                "; the record gives a date alone, taken as before the due time",
                            ));
                        }
                        detail.push_str(tr(l, "）", ")"));
                        self.issue(ConductIssue::OverdueBeforeDue, &at(fields.case), &detail);
                        return None;
                    }
                }
                if let Some(due) = self.deducted_due.get(&key) {
                    let due = Minute(due as i64).day();
                    if !fields.from_report && !self.month.contains(due) && due < day {
                        // Deducted by its report in the earlier month it fell due, not again
                        // by a record of this one (helper-64: deducted in both).
                        self.issue(
                            ConductIssue::OverdueOutsidePeriod,
                            &at(fields.case),
                            &due.to_string(),
                        );
                        return None;
                    }
                }
                let shown = shown();
                if self.cases.insert(&held_key(person, &key), 0).is_some() {
                    self.issue(ConductIssue::DuplicateCase, &at(fields.case), &shown);
                    return None;
                }
            }
        }
        let mut evidence = ev
            .evidence
            .as_deref()
            .unwrap_or("")
            .trim_spaces()
            .to_string();
        if !missed.is_empty() {
            let sep = tr(self.locale, "、", ", ");
            let names: Vec<&str> = missed.iter().map(|m| m.label(self.locale)).collect();
            let head = format!(
                "{}{}",
                tr(self.locale, "未做到：", "missed: "),
                names.join(sep)
            );
            evidence = if evidence.is_empty() {
                head
            } else {
                format!("{head}{}{evidence}", tr(self.locale, "；", "; "))
            };
        }
        // Masked before it is clipped, so no number is cut short of being recognised.
        if !evidence.is_empty() {
            evidence = self.masker().clipped(&evidence, EVIDENCE_CHARS);
        }
        Some(Accepted {
            person,
            code,
            day,
            count,
            missed,
            evidence,
            case_id,
        })
    }

    fn heads(&self, unit: Option<usize>) -> Vec<Accountable> {
        let Some(u) = unit.and_then(|u| self.units.get(u)) else {
            return Vec::new();
        };
        let heads = u.input.and_then(|i| i.heads.as_ref());
        let mut out = Vec::new();
        for (role, name) in [
            (HeadRole::UnitHead, heads.and_then(|h| h.unit.as_deref())),
            (
                HeadRole::BureauHead,
                heads.and_then(|h| h.bureau.as_deref()),
            ),
        ] {
            if let Some(name) = name.filter(|n| !n.trim_spaces().is_empty()) {
                out.push(Accountable {
                    role,
                    unit: u.id.clone(),
                    name: mask_name(name),
                });
            }
        }
        out
    }

    fn apply(&mut self, a: Accepted, source: &str) {
        let entry = self.rules.points.get(a.code);
        let each = self.c.points(a.code);
        let total = each.saturating_mul(a.count as i64);
        if a.count == 0 && !entry.zero_month {
            // An inspection with every item done: nothing to itemise.
            return;
        }
        let serious = entry.zero_month || (each < 0 && each <= self.c.serious);
        let date = a.day.to_string();
        let locale = self.locale;
        let label = a.code.label(locale);
        let mut consequences = Vec::new();
        let mut consequence = |action: Action, detail: String, accountable: Vec<Accountable>| {
            consequences.push(Consequence {
                action,
                rule: a.code.rule(),
                code: a.code.as_str(),
                date: date.clone(),
                source: source.to_string(),
                message: action.message(&detail, locale),
                accountable,
            });
        };
        if entry.zero_month {
            consequence(
                Action::MonthZeroed,
                labelled_date(label, &date, locale),
                vec![],
            );
        }
        if entry.referred {
            consequence(
                Action::ReferredToDiscipline,
                labelled_date(label, &date, locale),
                vec![],
            );
        }
        if entry.remove_from_post {
            let what = if a.evidence.is_empty() {
                date.clone()
            } else {
                format!(
                    "{date}{}{}",
                    tr(locale, "，", ", "),
                    clip_to(&a.evidence, 60)
                )
            };
            consequence(Action::RemovalFromPost, what, vec![]);
        }
        let unit = self.people[a.person].unit;
        let unit_text = unit
            .and_then(|u| self.units.get(u))
            .map(|u| {
                u.input
                    .and_then(|i| i.name.clone())
                    .unwrap_or_else(|| u.id.clone())
            })
            .unwrap_or_else(|| tr(locale, "（未登记单位）", "(unit not on record)").to_string());
        // A unit-level consequence needs a unit on record (not a placeholder for a missing
        // one), and is said once a month however many exposures it had (third review).
        let unit_known = unit.and_then(|u| self.units.get(u));
        let already_disqualified = unit_known.is_some_and(|u| u.disqualified);
        if entry.disqualify_unit && unit_known.is_some() && !already_disqualified {
            consequence(Action::UnitDisqualified, unit_text.clone(), vec![]);
        }
        let heads_named = unit_known.is_some_and(|u| {
            let heads = self.heads(unit);
            !heads.is_empty() && heads.iter().all(|h| u.accountable.contains(h))
        });
        if entry.name_heads && unit_known.is_some() && !heads_named {
            let heads = self.heads(unit);
            let detail = if heads.is_empty() {
                format!(
                    "{unit_text}{}",
                    tr(locale, "，负责人未登记", ", heads not on record")
                )
            } else {
                let names: Vec<String> = heads
                    .iter()
                    .map(|h| {
                        let role = match h.role {
                            HeadRole::UnitHead => tr(locale, "单位负责人", "unit head"),
                            HeadRole::BureauHead => tr(locale, "局负责人", "bureau head"),
                        };
                        format!("{role}{}{}", tr(locale, "", " "), h.name)
                    })
                    .collect();
                names.join(tr(locale, "、", ", "))
            };
            if let Some(u) = unit.and_then(|u| self.units.get_mut(u)) {
                for h in &heads {
                    if !u.accountable.contains(h) {
                        u.accountable.push(h.clone());
                    }
                }
            }
            consequence(Action::HeadsAccountable, detail, heads);
        }
        if entry.disqualify_unit || entry.remove_from_post {
            let staff_id = self.people[a.person].staff.id.0.clone();
            if let Some(u) = unit.and_then(|u| self.units.get_mut(u)) {
                u.disqualified |= entry.disqualify_unit;
                if entry.remove_from_post && !u.exposed.contains(&staff_id) {
                    u.exposed.push(staff_id);
                }
            }
        }
        let p = &mut self.people[a.person];
        if total < 0 {
            p.deductions = p.deductions.saturating_add(total);
        } else {
            p.additions = p.additions.saturating_add(total);
        }
        p.zeroed |= entry.zero_month;
        p.referred |= entry.referred;
        p.removal |= entry.remove_from_post;
        p.disqualify |= entry.disqualify_unit;
        if serious {
            p.serious = p.serious.saturating_add(a.count.max(1));
        }
        p.consequences.extend(consequences);
        p.items.push((
            a.day,
            self.seq,
            ScoreItem {
                rule: a.code.rule(),
                code: a.code.as_str(),
                label,
                date,
                count: a.count,
                points_each: points(each),
                points: points(total),
                zeroes_month: entry.zero_month,
                serious,
                evidence: a.evidence,
                source: source.to_string(),
                case_id: a.case_id,
                missed: a.missed.iter().map(|m| m.as_str()).collect(),
            },
        ));
        self.seq += 1;
    }

    fn card(&self, p: Person<'a>) -> ScoreCard {
        let c = &self.c;
        let locale = self.locale;
        let mut items = p.items;
        // The stable sort orders positions and moves each item once, where the heap sort
        // would swap whole items.
        crate::sort::sort_stable_by_small(&mut items, |a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let items: Vec<ScoreItem> = items.into_iter().map(|(_, _, item)| item).collect();
        let raw = c
            .base
            .saturating_add(p.deductions)
            .saturating_add(p.additions);
        let clamped = raw.clamp(c.floor, c.cap);
        let score = if p.zeroed { 0 } else { clamped };
        let mut working = tenths_text(c.base);
        for item in &items {
            let t = super::tenths(item.points_each);
            // A code counted with no points (smoking, by default) reads ±0.
            let sign = match t {
                0 => " ±",
                t if t < 0 => " ",
                _ => " +",
            };
            working.push_str(sign);
            working.push_str(&tenths_text(t));
            if item.count != 1 {
                working.push_str(&format!("×{}", item.count));
            }
        }
        working.push_str(" = ");
        working.push_str(&tenths_text(raw));
        if p.zeroed {
            working.push_str(tr(locale, " → 0（记0分）", " → 0 (zeroed)"));
        } else if raw < c.floor {
            working.push_str(&format!(
                " → {}{}",
                tenths_text(c.floor),
                tr(locale, "（保底）", " (floor)")
            ));
        } else if raw > c.cap {
            working.push_str(&format!(
                " → {}{}",
                tenths_text(c.cap),
                tr(locale, "（封顶）", " (cap)")
            ));
        }
        let grade = c.grade(score);
        let unit = p.unit.and_then(|u| self.units.get(u));
        let opt_text = |s: &Option<String>| super::given(s.as_deref()).map(|s| clip_to(s, 80));
        let sector = opt_text(&p.staff.sector)
            .or_else(|| unit.and_then(|u| u.input).and_then(|i| opt_text(&i.sector)));
        ScoreCard {
            staff_id: p.staff.id.0.clone(),
            name: mask_name(p.staff.name.as_deref().unwrap_or("")),
            unit: (p.staff.unit.as_ref())
                .filter(|u| super::given(Some(&u.0)).is_some())
                .map(|u| u.0.clone()),
            unit_name: unit.and_then(|u| u.input).and_then(|i| opt_text(&i.name)),
            window: (p.staff.window.as_ref())
                .filter(|w| super::given(Some(&w.0)).is_some())
                .map(|w| w.0.clone()),
            sector,
            base: points(c.base),
            deductions: points(p.deductions),
            additions: points(p.additions),
            raw: points(raw),
            score: points(score),
            grade,
            grade_label: grade.label(locale),
            floored: !p.zeroed && raw < c.floor,
            capped: !p.zeroed && raw > c.cap,
            zeroed: p.zeroed,
            referred: p.referred,
            removal_recommended: p.removal,
            unit_disqualified: p.disqualify,
            serious_offences: p.serious,
            working,
            items,
            consequences: p.consequences,
            incomplete: p.unread_count > 0,
            findings: {
                let mut findings = p.findings;
                if let Some(first) = p.unread.first() {
                    let detail = list_paths(&p.unread, p.unread_count, locale);
                    findings.push(ConductIssue::RecordsUnread.finding(first, &detail, locale));
                }
                findings
            },
        }
    }

    /// The first of `dates`, when there is one and every one is a day outside the month.
    fn all_elsewhere(&self, dates: &[String]) -> Option<Day> {
        let day = |d: &String| parse_day_or_instant(d.trim_spaces(), "").ok();
        let days: Option<Vec<Day>> = dates.iter().map(day).collect();
        days.filter(|d| d.iter().all(|&d| !self.month.contains(d)))?
            .first()
            .copied()
    }

    /// The day of an unreadable record's text under `key`, when it is outside the month.
    fn dated_elsewhere(&self, raw: Option<&str>, key: &str) -> Option<Day> {
        self.all_elsewhere(&crate::report::mask::names_under(raw?, &[key]))
    }

    /// The listed people whose name `text` is, however spaced or cased.
    fn people_named(&self, text: &str) -> Vec<usize> {
        let key = crate::report::mask::name_key_text(text);
        let name = |p: usize| self.people[p].staff.name.as_deref().unwrap_or("");
        (0..self.people.len())
            .filter(|&p| !key.is_empty() && crate::report::mask::name_key_text(name(p)) == key)
            .collect()
    }

    /// After a record was refused: the people on the list it may name get an incomplete card
    /// (helper-43: a +2 commendation of the person's own was unreadable, and the card said 59
    /// 不合格 with no word of it). `read`: the staff ids and date of a record read whole;
    /// otherwise they are what its text gives under `id_keys` and `date_key`. A record dated
    /// outside the month is not the month's, whatever else is wrong with it (helper-46: a bad
    /// code in April flagged March's card).
    fn note_refused(
        &mut self,
        path: &str,
        read: Option<(Vec<&str>, Option<String>)>,
        raw: Option<&str>,
        id_keys: &[&str],
        date_key: &str,
    ) {
        let raw = raw.unwrap_or("");
        let (ids, dates, maybe_record) = match read {
            Some((ids, date)) => (
                ids.into_iter().map(String::from).collect(),
                date.into_iter().collect(),
                true,
            ),
            // A text, a number or a list is no one's record; an object, or one that could
            // not be encoded at all, may be someone's.
            None => (
                crate::report::mask::names_under(raw, id_keys),
                crate::report::mask::names_under(raw, &[date_key]),
                raw.trim_spaces().starts_with('{')
                    || raw.contains(crate::messages::UNENCODABLE_JSON),
            ),
        };
        if self.all_elsewhere(&dates).is_some() {
            return;
        }
        let ids: Vec<&String> = (ids.iter())
            .filter(|id| !crate::report::mask::is_no_name(id))
            .collect();
        let mut whose = Vec::new();
        let named = !ids.is_empty();
        if !named {
            // A record that names no one may be anyone's (helper-47: a staffId that threw
            // left every card complete), as an unreadable staff row may be anyone's.
            if maybe_record {
                whose.extend(0..self.people.len());
            }
        }
        for id in ids {
            match self.index.get(&crate::text::id_key(id)) {
                Some(p) => whose.push(p),
                // A name where the id goes is that person's (helper-47: 张伟 as staffId).
                None => whose.extend(self.people_named(id)),
            }
        }
        // Each person once, however often the record names them. Only five paths are kept:
        // a list of every path for every person was quadratic in a month of records without a
        // staff id, each of which may be anyone's (helper-70: 10,000 took 17 s for 50 people).
        // (Anyone's is every person once already: not sorted for each such record.)
        if named {
            crate::sort::sort_by_small(&mut whose, |a, b| a.cmp(b));
            whose.dedup();
        }
        for p in whose {
            let person = &mut self.people[p];
            person.unread_count += 1;
            if person.unread.len() < 5 {
                person.unread.push(path.to_string());
            }
        }
    }
}

/// `events[3]、deadlineReports[0]`, the first five, then how many more.
fn list_paths(paths: &[String], count: usize, locale: Locale) -> String {
    let sep = tr(locale, "、", ", ");
    let shown = |p: &String| crate::messages::path_labelled(p, locale).0.into_owned();
    let mut text = paths
        .iter()
        .take(5)
        .map(shown)
        .collect::<Vec<_>>()
        .join(sep);
    if count > 5 {
        let more = count - 5;
        text.push_str(&match locale {
            Locale::ZhCn => format!("等{count}条"),
            Locale::En => format!(" and {more} more"),
        });
    }
    text
}

/// Scores one month. Every person on the staff list gets a card, whatever the other records
/// hold; a record that cannot be scored is a finding at its path. Only an unreadable period
/// or an invalid ruleset fails the call.
///
/// # Errors
///
/// `invalid_ruleset` at `ruleset.conduct.…` when `rules` is invalid
/// ([`ConductRules::validate`]); `invalid_argument` at `period` when `input.period` (trimmed) is
/// not `YYYY-MM` of 2000–2100.
pub fn score_conduct(
    input: &ConductInput,
    rules: &ConductRules,
    locale: Locale,
) -> Result<ConductResult, Error> {
    rules.validate()?;
    score_conduct_valid(input, rules, locale)
}

/// The heads an unreadable unit record's text names (its own `name` is the unit's): every
/// text under `heads`, however it is shaped (`"马云"`, `{"unit": ["马云"]}`: helper-70).
fn unit_heads(raw: &str) -> Vec<String> {
    crate::report::mask::texts_under(raw, &["heads"])
}

/// The names an unreadable staff record's text gives: under its name keys, or the record
/// itself when it is only a text without digits (`"钱多多"` in the staff list, helper-70; a
/// bare `"S1"` is an id).
fn staff_names(raw: &str) -> Vec<String> {
    match serde_json::from_str::<String>(raw) {
        Ok(text) if text.chars().any(|c| c.is_ascii_digit()) => Vec::new(),
        Ok(name) => vec![name],
        Err(_) => names_of_json(raw),
    }
}

/// [`score_conduct`] with rules already validated: the engine's, checked once when it was built.
pub(crate) fn score_conduct_valid(
    input: &ConductInput,
    rules: &ConductRules,
    locale: Locale,
) -> Result<ConductResult, Error> {
    let month = Month::parse(input.period.trim_spaces(), "period")?;
    // The month's people: the staff, the units' heads, and the names given by records that
    // could not be read (not scored, but still names).
    let (mut names, mut unread): (Vec<&str>, Vec<Vec<String>>) = (Vec::new(), Vec::new());
    for staff in &input.staff {
        match &staff.0 {
            Ok(s) => {
                names.extend(s.name.as_deref());
                // An id that is a name is one (helper-82: 周杰伦 as an id, quoted whole in an
                // event's evidence).
                let id = s.id.0.trim_spaces();
                if crate::report::mask::id_is_name(id) {
                    names.push(id);
                }
            }
            Err(_) => unread.extend(staff.1.as_deref().map(staff_names)),
        }
    }
    for unit in &input.units {
        match &unit.0 {
            Ok(u) => {
                let heads = u.heads.iter().flat_map(|h| [&h.unit, &h.bureau]);
                names.extend(heads.filter_map(|n| n.as_deref()));
            }
            Err(_) => unread.extend(unit.1.as_deref().map(unit_heads)),
        }
    }
    // A record's person or staff id that is a name is a name too, read or not (helper-86:
    // `person: "欧阳修"` on a refused record was quoted whole in another record's evidence).
    let id_name = |id: &str| crate::report::mask::id_is_name(id.trim_spaces());
    let name_like = crate::report::mask::looks_like_name;
    // Each id asked once: most records name the few hundred people of the list.
    let mut asked = StrIndex::new();
    for ev in &input.events {
        match (&ev.0, ev.1.as_deref()) {
            (Ok(e), _) => {
                for id in [&e.person, &e.staff_id].into_iter().flatten() {
                    let (id, n) = (id.0.trim_spaces(), asked.len());
                    if asked.get_or_insert_with(id, || n) == n && id_name(id) {
                        names.push(id);
                    }
                }
                // A name given as the code or kind is masked where it is echoed; it is one in
                // every other text of the month too (helper-88: 王小明 as a code, then whole in
                // another record's evidence).
                let date = match &e.date {
                    Some(crate::input::InstantInput::Text(t)) => Some(t),
                    _ => None,
                };
                for word in [e.code.as_ref(), e.kind.as_ref(), date]
                    .into_iter()
                    .flatten()
                {
                    // `name_like` answers a code or a date at once; a text is asked once.
                    let (word, n) = (word.trim_spaces(), asked.len());
                    if name_like(word) && asked.get_or_insert_with(word, || n) == n {
                        names.push(word);
                    }
                }
            }
            (Err(_), Some(raw)) => {
                let ids = crate::report::mask::texts_under(raw, &["person", "staffId"]);
                let mut found: Vec<String> = ids.into_iter().filter(|id| id_name(id)).collect();
                let words =
                    crate::report::mask::texts_under(raw, &["code", "kind", "count", "date"]);
                found.extend(words.into_iter().filter(|w| name_like(w)));
                unread.push(found);
            }
            (Err(_), None) => {}
        }
    }
    let mut s = Scorer {
        rules,
        c: rules.compiled(),
        locale,
        month,
        index: StrIndex::new(),
        staff_unread: (input.staff.iter())
            .filter(|st| st.0.is_err())
            .map(|st| crate::report::mask::names_under(st.1.as_deref().unwrap_or(""), &["id"]))
            .collect(),
        people: Vec::new(),
        units: Vec::new(),
        cases: StrIndex::new(),
        provisional: StrIndex::new(),
        on_time: StrIndex::new(),
        due: StrIndex::new(),
        deducted_due: StrIndex::new(),
        findings: Vec::new(),
        errors: 0,
        seq: 0,
        names,
        unread_names: unread,
        masker: std::cell::OnceCell::new(),
    };

    let mut unit_index: StrIndex = StrIndex::new();
    for (i, u) in input.units.iter().enumerate() {
        let path = format!("units[{i}]");
        match &u.0 {
            Err(e) => s.record_error(&path, e),
            Ok(u) => {
                let id = u.id.0.trim_spaces();
                if unit_index.contains_key(id) {
                    s.issue(
                        ConductIssue::DuplicateUnit,
                        &join_path(&path, "id"),
                        &clip(id),
                    );
                } else {
                    unit_index.insert(id, s.units.len());
                    s.units.push(Unit {
                        id: id.to_string(),
                        input: Some(u),
                        disqualified: false,
                        accountable: Vec::new(),
                        exposed: Vec::new(),
                    });
                }
            }
        }
    }
    let listed_units = s.units.len();

    for (i, st) in input.staff.iter().enumerate() {
        let path = format!("staff[{i}]");
        let st = match &st.0 {
            Err(e) => {
                s.record_error(&path, e);
                continue;
            }
            Ok(st) => st,
        };
        let id = st.id.0.trim_spaces();
        // A placeholder is no id: people listed under 暂无 or a blank are not one person.
        if crate::report::mask::is_no_name(id) {
            // Its records may be anyone's: "not on the list" would not be known (helper-50).
            s.staff_unread.push(Vec::new());
            let missing = s.missing("id");
            s.issue(
                ConductIssue::InvalidRecord,
                &join_path(&path, "id"),
                &missing,
            );
            continue;
        }
        if let Some(first) = s.index.get(&crate::text::id_key(id)) {
            // One id for two names is two people whose records cannot be told apart
            // (helper-43: the first listed was charged with both's events): neither is scored.
            let name_key = |p: &StaffInput| {
                let name = p.name.as_deref().unwrap_or("");
                crate::report::mask::name_key_text(name)
            };
            // A row without a name is not known to be the named one's (helper-44), nor a row
            // of another unit, under one name or not (helper-48: a deduction for S1 went to
            // the S1 of one of two units).
            let (a, b) = (name_key(s.people[first].staff), name_key(st));
            let unit_of = |p: &StaffInput| {
                super::given(p.unit.as_ref().map(|u| u.0.as_str())).map(str::to_string)
            };
            let units = (unit_of(s.people[first].staff), unit_of(st));
            let other_unit = matches!(&units, (Some(x), Some(y)) if x != y);
            let shared = a != b || other_unit;
            let issue = match shared {
                true => ConductIssue::SharedStaffId,
                false => ConductIssue::DuplicateStaff,
            };
            s.people[first].shared |= shared;
            s.issue(issue, &join_path(&path, "id"), &super::shown_id(id));
            continue;
        }
        let unit = super::given(st.unit.as_ref().map(|u| u.0.as_str()));
        let unit = unit.map(|u| match unit_index.get(u) {
            Some(k) => k,
            None => {
                if listed_units > 0 {
                    s.issue(
                        ConductIssue::UnknownUnit,
                        &join_path(&path, "unit"),
                        &clip(u),
                    );
                }
                let k = s.units.len();
                s.units.push(Unit {
                    id: u.to_string(),
                    input: None,
                    disqualified: false,
                    accountable: Vec::new(),
                    exposed: Vec::new(),
                });
                unit_index.insert(u, k);
                k
            }
        });
        let mut findings = Vec::new();
        let on_window = super::given(st.window.as_ref().map(|w| w.0.as_str())).is_some();
        if on_window && st.certified == Some(false) {
            let who = format!(
                "{} ({})",
                mask_name(st.name.as_deref().unwrap_or("")),
                super::shown_id(id)
            );
            findings.push(ConductIssue::Uncertified.finding(
                &join_path(&path, "certified"),
                &who,
                locale,
            ));
        }
        s.index.insert(&crate::text::id_key(id), s.people.len());
        s.people.push(Person {
            staff: st,
            unit,
            items: Vec::new(),
            consequences: Vec::new(),
            findings,
            deductions: 0,
            additions: 0,
            zeroed: false,
            referred: false,
            removal: false,
            disqualify: false,
            serious: 0,
            shared: false,
            unread: Vec::new(),
            unread_count: 0,
        });
    }

    let mut summary = ConductSummary {
        records: (input.events.len() + input.deadline_reports.len()) as u32,
        ..ConductSummary::default()
    };
    // A case its own deadline report shows done on time, or due past the calendar's data
    // (CAL-2), is deducted by no record, not even one entered by hand: the report's finding
    // says nothing is deducted, and the card must agree (helper-61). Whose the report is does
    // not matter: when a case fell due is a fact of the case (helper-62), and a due time past
    // the calendar's data is unknown whatever the report's status.
    for link in input
        .deadline_reports
        .iter()
        .filter_map(|l| l.0.as_ref().ok())
    {
        let case = case_key(link.report.id.as_ref().map(|i| i.0.as_str()));
        // An id that says none names no case to hold (helper-63: one report of 暂无 had
        // cancelled every unnumbered case in the hall).
        if case.is_empty() {
            continue;
        }
        let status = link.report.status.trim_spaces();
        // A due date without a time of day is due at its end (helper-65).
        let due = (link.report.due_at.as_deref()).and_then(written_time);
        let due = due.map(|(at, timed)| if timed { at } else { at.day().at(23 * 60 + 59) });
        let due = due.and_then(|at| usize::try_from(at.0).ok());
        match (link.report.provisional == Some(true), due) {
            (true, _) | (false, None) => {}
            // An invalid report's due time is not known; a later due time holds more.
            (false, Some(due)) if status != "invalid" => {
                let latest = s.due.get(&case).map_or(due, |d| d.max(due));
                s.due.insert(&case, latest);
                // A report that deducts the case does so in the month it fell due.
                if matches!(status, "overdue" | "done_late") {
                    let first = s.deducted_due.get(&case).map_or(due, |d| d.min(due));
                    s.deducted_due.insert(&case, first);
                }
            }
            _ => {}
        }
        match status {
            _ if link.report.provisional == Some(true) => {
                s.provisional.insert(&held_key(ANY_PERSON, &case), 0);
            }
            "done_on_time" => {
                s.on_time.insert(&held_key(ANY_PERSON, &case), 0);
            }
            _ => {}
        }
    }
    for (i, ev) in input.events.iter().enumerate() {
        let path = format!("events[{i}]");
        let errors_before = s.errors;
        match &ev.0 {
            // A record of another month is that month's, even one that cannot be read
            // (helper-52: a NaN count in April was refused here).
            Err(e) => match s.dated_elsewhere(ev.1.as_deref(), "date") {
                Some(day) => {
                    let at = join_path(&path, "date");
                    s.issue(ConductIssue::OutsidePeriod, &at, &day.to_string());
                }
                None => s.record_error(&path, e),
            },
            Ok(ev) => {
                if let Some(a) = s.read(ev, &path, &EVENT_FIELDS) {
                    s.apply(a, &path);
                    summary.scored += 1;
                }
            }
        }
        if s.errors > errors_before {
            summary.rejected += 1;
            // Both of its people, where it names two (helper-50: `staffId: S1, person: S2`
            // left S2's card complete).
            let read = (ev.0.as_ref().ok()).map(|e| {
                let ids = [&e.staff_id, &e.person].into_iter().flatten();
                let day = e
                    .day(String::new)
                    .and_then(Result::ok)
                    .map(|d| d.to_string());
                (ids.map(|i| i.0.as_str()).collect(), day)
            });
            s.note_refused(
                &path,
                read,
                ev.1.as_deref(),
                &[EVENT_FIELDS.staff, "person"],
                "date",
            );
        }
    }
    for (i, link) in input.deadline_reports.iter().enumerate() {
        let path = format!("deadlineReports[{i}]");
        let errors_before = s.errors;
        let event = match &link.0 {
            Err(e) => Err(e.clone()),
            // A provisional due time (CAL-2) is not yet evidence against the person.
            Ok(link)
                if link.report.provisional == Some(true)
                    && matches!(link.report.status.as_str(), "overdue" | "done_late") =>
            {
                // "办件的到期时间…" reads whole without an id; "Case  fell due" does not.
                let id = match link.report.id.as_ref().map(|i| clip(&i.0)) {
                    Some(id) if !id.trim_spaces().is_empty() => id,
                    _ if s.locale.is_english() => super::codes::NO_CASE_ID_EN.to_string(),
                    _ => String::new(),
                };
                s.issue(
                    ConductIssue::OverdueProvisional,
                    &format!("{path}.report.provisional"),
                    &id,
                );
                Ok(None)
            }
            Ok(link) => link.to_event(s.locale),
        };
        match event {
            Err(e) => s.record_error(&path, &e),
            Ok(None) => {}
            Ok(Some(ev)) => {
                if let Some(a) = s.read(&ev, &path, &REPORT_FIELDS) {
                    s.apply(a, &path);
                    summary.scored += 1;
                }
            }
        }
        if s.errors > errors_before {
            summary.rejected += 1;
            let read = (link.0.as_ref().ok())
                .map(|l| (vec![l.responsible.0.as_str()], l.report.due_at.clone()));
            let keys = [REPORT_FIELDS.staff, EVENT_FIELDS.staff];
            s.note_refused(&path, read, link.1.as_deref(), &keys, "dueAt");
        }
    }

    let people = std::mem::take(&mut s.people);
    let mut cards = Vec::with_capacity(people.len());
    let mut unit_stats: Vec<(i64, i64, GradeCounts)> =
        vec![(0, 0, GradeCounts::default()); s.units.len()];
    let mut total = 0i64;
    for p in people.into_iter().filter(|p| !p.shared) {
        let unit = p.unit;
        let card = s.card(p);
        let t = super::tenths(card.score);
        total += t;
        summary.grades.add(card.grade);
        summary.incomplete += card.incomplete as u32;
        summary.referred += card.referred as u32;
        summary.exposed += card.removal_recommended as u32;
        if let Some(stat) = unit.and_then(|u| unit_stats.get_mut(u)) {
            stat.0 += t;
            stat.1 += 1;
            stat.2.add(card.grade);
        }
        cards.push(card);
    }
    summary.people = cards.len() as u32;
    summary.average_score = mean_hundredths(total, cards.len() as i64).map(|h| h as f64 / 100.0);
    let units = s
        .units
        .iter()
        .zip(unit_stats)
        .map(|(u, (sum, n, grades))| UnitOutcome {
            id: u.id.clone(),
            name: u.input.and_then(|i| i.name.clone()),
            sector: u.input.and_then(|i| i.sector.clone()),
            people: n as u32,
            average_score: mean_hundredths(sum, n).map(|h| h as f64 / 100.0),
            grades,
            awards_disqualified: u.disqualified,
            accountable: u.accountable.clone(),
            exposed: u.exposed.clone(),
        })
        .collect();
    // Every name of the input is masked wherever a finding echoes it (CASE-7).
    let mut findings = std::mem::take(&mut s.findings);
    if !findings.is_empty() {
        let masker = s.masker();
        findings.iter_mut().for_each(|f| f.mask_names(masker));
    }
    Ok(ConductResult {
        period: month.to_string(),
        cards,
        units,
        summary,
        findings,
    })
}
