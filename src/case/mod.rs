//! Case validation (办件校验, CASE-1..5): checked in the client before a case is saved or sent.

pub mod catalog;
pub mod identity;
pub mod state;

use serde::{Deserialize, Serialize};

use crate::deadline::Category;
use crate::finding::{Finding, FindingCode, Severity};
use crate::input::{InstantInput, RecordId};
use crate::messages::Locale;
use crate::text::clip;
use crate::time::Minute;
use identity::{
    check_credit_code, check_document, check_mobile, check_resident_id, DocumentKind, IdProblem,
};
use state::CaseState;

/// A case record as a portal gives it for validation (CASE-1..5). Every field may be absent:
/// what the rules need and do not find is a finding, not a read error.
#[derive(Clone, Debug, Default, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "CaseValidationRecord", missing_as_null)]
pub struct CaseRecord {
    /// The record's id, echoed in its validation.
    #[serde(default)]
    pub id: Option<RecordId>,
    /// The category, an English code or a Chinese name (承诺件); an unknown one is an
    /// `unknown_category` finding. In `history`, an immediate case (即办件) may go to 办结
    /// straight from 收件 or 受理.
    #[serde(default)]
    #[tsify(type = "Category | string | null")]
    pub category: Option<String>,
    /// When the case was received; absent is a `field_missing` finding (CASE-5).
    #[serde(default)]
    pub received_at: Option<InstantInput>,
    /// When the case was accepted (受理); not before `receivedAt`, not after now (CASE-5).
    #[serde(default)]
    pub accepted_at: Option<InstantInput>,
    /// When the case was concluded; not before acceptance (or receipt) or any step's time, not
    /// after now (CASE-5). A concluded case with no recognised `outcome` needs an `answer`
    /// (CASE-1).
    #[serde(default)]
    pub concluded_at: Option<InstantInput>,
    /// 首问负责: who first received the case (CASE-1).
    #[serde(default)]
    pub first_receiver: Option<String>,
    /// Hand-overs from one person to another (CASE-1), at most 1,000.
    #[serde(default)]
    #[tsify(type = "CaseHandover[] | null")]
    pub handovers: Option<Vec<Handover>>,
    /// `approved` 准予, `denied` 不予许可, `not_accepted` 不予受理, `returned` 退回.
    #[serde(default)]
    #[tsify(type = "Outcome | string | null")]
    pub outcome: Option<String>,
    /// The answer given to the applicant.
    #[serde(default)]
    pub answer: Option<String>,
    /// Why the case was not handled: required when the outcome is a refusal (不予许可, 不予办理,
    /// 不予受理) or a return (退回), CASE-2.
    #[serde(default)]
    pub reason: Option<String>,
    /// The legal basis of a refusal (不予许可, 不予办理, 不予受理): required for one (CASE-2).
    #[serde(default)]
    pub legal_basis: Option<String>,
    /// CASE-2: the applicant was told of the right to apply for administrative review or to sue
    /// (告知依法申请行政复议或者提起行政诉讼的权利). `true`, or the text of the notice given.
    #[serde(default)]
    #[tsify(type = "boolean | string | null")]
    pub rights_notice: Option<RightsNotice>,
    /// Requests for missing materials, in order, at most 1,000: a later one that asks
    /// for an item the first did not is a `supplement_items_added` finding (CASE-3).
    #[serde(default)]
    #[tsify(type = "SupplementRequest[] | null")]
    pub supplement_requests: Option<Vec<SupplementRequest>>,
    /// The applicant, whose identity numbers are checked (CASE-4). A text is the applicant's
    /// name (as `assessDeadlines` reads it), with nothing to check.
    #[serde(default, deserialize_with = "applicant_or_name")]
    #[tsify(type = "CaseApplicant | string | null")]
    pub applicant: Option<Applicant>,
    /// The steps' times, at most 1,000: each start after acceptance (or receipt) and
    /// before its end (CASE-5). Steps may overlap.
    #[serde(default)]
    #[tsify(type = "CaseStepTimes[] | null")]
    pub steps: Option<Vec<StepTimes>>,
    /// The states the case went through, in order, at most 1,000: each must be allowed after
    /// the one before (the order of states of CASE-3), and no time may be earlier than the one
    /// before it.
    #[serde(default)]
    #[tsify(type = "CaseStateChange[] | null")]
    pub history: Option<Vec<StateChange>>,
    /// The other people the record's text names, which the engine reads from it (the values
    /// of [`crate::report::mask::PERSON_KEYS`] at any depth: `applicantName`, `clerk`, an
    /// applicant's contact): masked in findings like the fields above (CASE-7).
    #[serde(skip)]
    pub people: Vec<String>,
}

/// `applicant` as an object or as the applicant's name alone.
fn applicant_or_name<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Applicant>, D::Error> {
    let of_name = |name: &str| Applicant {
        name: Some(name.to_string()),
        ..Applicant::default()
    };
    crate::json_objects::record_or_text(d, of_name, false)
}

/// A recorded notice of review and litigation rights: a yes/no, or the words given.
#[derive(Clone, Debug, PartialEq)]
pub struct RightsNotice(bool);

impl RightsNotice {
    fn given(notice: &Option<RightsNotice>) -> bool {
        notice.as_ref().is_some_and(|n| n.0)
    }
}

/// `true`/`false`, or a text (given when not blank). A visitor rather than an untagged enum:
/// much smaller in the .wasm.
impl<'de> Deserialize<'de> for RightsNotice {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = RightsNotice;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(crate::messages::EXPECT_RIGHTS_NOTICE)
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<RightsNotice, E> {
                Ok(RightsNotice(v))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RightsNotice, E> {
                // A text that says no notice was given is no notice.
                const DENIES: &[&str] = &[
                    "false",
                    "no",
                    "none",
                    "n",
                    "0",
                    "无",
                    "否",
                    "没有",
                    "未告知",
                    "未",
                ];
                // Nor is one that says none however written, or that says it was not given
                // (未告知复议诉讼权利, 无需告知, 申请人未被告知: helper-64, helper-66); one that
                // says it was given later, or in part, is a notice (原未告知，已补充告知:
                // helper-65).
                const NOT_GIVEN: &[&str] = &[
                    "未告知",
                    "没告知",
                    "没有告知",
                    "不告知",
                    "无需告知",
                    "不需告知",
                    "无须告知",
                    "不需要告知",
                    "不用告知",
                    "不必告知",
                    "免于告知",
                    "未能告知",
                    "未曾告知",
                    "未做告知",
                    "未作告知",
                    "未予告知",
                    "未被告知",
                    "忘记告知",
                    "漏告知",
                    "拒绝告知",
                    "不予告知",
                    "无告知",
                    "未向申请人告知",
                    "未送达",
                    // Still to be given, or tried and failed (helper-69).
                    "待告知",
                    "拟告知",
                    "将告知",
                    "告知失败",
                    "notinformed",
                    "wasnotinformed",
                    "applicantnotinformed",
                    "applicantwasnotinformed",
                    "notnotified",
                    "nottold",
                ];
                // Words that say it was given after all outweigh those that say it was not:
                // 已 with 告知 close after it (已告知, 已当场告知, 已电话告知: helper-67),
                // 补充告知 (原未告知，于3月5日补充告知), 已送达.
                let key = crate::input::value_key(v);
                let near = |mark: char| {
                    key.match_indices(mark).any(|(at, _)| {
                        let after: String = key[at..].chars().take(6).collect();
                        after.contains("告知")
                    })
                };
                let given = near('已') || key.contains("补充告知") || key.contains("已送达");
                // 未 with 告知 close after it (未书面告知, 未当场告知: helper-67).
                let not_given = NOT_GIVEN.iter().any(|w| key.contains(w)) || near('未');
                // The key is read as `says_none` reads (and more: spaces anywhere, a label, a
                // closing stop), so DENIES is looked up in it alone.
                let denied = crate::input::is_no_value_key(&key)
                    || DENIES.contains(&key.as_str())
                    || (not_given && !given);
                Ok(RightsNotice(!denied))
            }
        }
        d.deserialize_any(V)
    }
}

/// A hand-over of a case to another person (CASE-1).
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "CaseHandover", missing_as_null)]
pub struct Handover {
    /// Who handed the case over; not required. The name is masked in findings (CASE-7).
    #[serde(default)]
    pub from: Option<String>,
    /// Who took the case over; absent or blank is a `handover_incomplete` finding. The name is
    /// masked in findings (CASE-7).
    #[serde(default)]
    pub to: Option<String>,
    /// When; absent is a `handover_incomplete` finding, and a time after now a
    /// `time_in_future` one.
    #[serde(default)]
    pub at: Option<InstantInput>,
}

/// A request to the applicant for missing materials (补正告知).
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "SupplementRequest", missing_as_null)]
pub struct SupplementRequest {
    /// When it was made; checked only to be readable and not after now.
    #[serde(default)]
    pub at: Option<InstantInput>,
    /// The missing items it names, compared, trimmed, with the first request's (CASE-3).
    #[serde(default)]
    pub items: Vec<String>,
}

/// The applicant of a case and their identity numbers (CASE-4). A number that is absent or
/// blank is not checked.
#[derive(Clone, Debug, Default, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "CaseApplicant", missing_as_null)]
pub struct Applicant {
    /// The applicant's name; not checked, and masked in findings (CASE-7).
    #[serde(default)]
    pub name: Option<String>,
    /// `resident_id` (default), `passport`, `hk_macao_permit`, `taiwan_permit`, or the
    /// Chinese names. A number (a portal's own code, unmapped) is read as its text: an unknown
    /// type, not an unreadable record.
    #[serde(default)]
    #[tsify(type = "IdType | string | number | null")]
    pub id_type: Option<crate::input::RecordId>,
    /// The number of the document `idType` names: a resident ID by GB 11643 (checksum, birth
    /// date, region), any other document by its format only. With an unknown `idType` it is
    /// not checked, and that is an `id_type_unknown` finding.
    #[serde(default)]
    pub id_number: Option<String>,
    /// 统一社会信用代码, checked by GB 32100.
    #[serde(default)]
    pub credit_code: Option<String>,
    /// A mainland mobile number: 11 digits starting 13–19, with an optional +86 or 0086, and
    /// spaces or hyphens.
    #[serde(default)]
    pub phone: Option<String>,
}

/// The start and end of one step (环节), checked for order (CASE-5).
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "CaseStepTimes", missing_as_null)]
pub struct StepTimes {
    /// The step's name; not checked (findings name the step by its position).
    #[serde(default)]
    pub name: Option<String>,
    /// When the step started; not before acceptance (or receipt), not after now.
    #[serde(default)]
    pub started_at: Option<InstantInput>,
    /// When the step was completed, absent while it is open; not before its start, not after now.
    #[serde(default)]
    pub completed_at: Option<InstantInput>,
}

/// One entry of a case's history: a state and when the case entered it.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "CaseStateChange", missing_as_null)]
pub struct StateChange {
    /// The state, an English code or a Chinese name; an unknown one is a `state_unknown`
    /// finding, and the entries after it are not checked.
    #[tsify(type = "CaseState | string")]
    pub state: String,
    /// When the case entered the state; not before the previous entry's time, not after now.
    #[serde(default)]
    pub at: Option<InstantInput>,
}

/// One record's validation: its id, whether it passed, and what the rules found.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Validation {
    /// The record's id; `None` when it gives none, or could not be read far enough to give one.
    pub id: Option<String>,
    /// `true` when no finding is an error (warnings alone leave a record valid).
    pub valid: bool,
    /// What the rules found, with names and numbers masked (CASE-7).
    pub findings: Vec<Finding>,
}

impl Validation {
    /// The validation of a record with `id` and `findings`: valid when no finding is an error.
    pub fn of(id: Option<String>, findings: Vec<Finding>) -> Validation {
        Validation {
            id,
            valid: findings.iter().all(|f| f.severity != Severity::Error),
            findings,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Approved,
    Denied,
    NotAccepted,
    Returned,
}

fn parse_outcome(text: &str) -> Option<Outcome> {
    // Read as a person reads a short value (`input::value_key`): in any case, full-width or
    // not, spaces and invisible marks anywhere, a closing stop (DENIED, 不予受理。, 不予　受理,
    // Not Accepted: helper-64, helper-65, helper-69).
    match crate::input::value_key(text).as_str() {
        "approved" | "准予" | "准予许可" | "准予行政许可" | "办结" => {
            Some(Outcome::Approved)
        }
        "denied"
        | "refused"
        | "不予许可"
        | "不予行政许可"
        | "不准予行政许可"
        | "不予批准"
        | "不予登记"
        | "不予核准"
        | "不予认定"
        | "不予备案"
        | "拒绝办理"
        | "驳回"
        | "拒绝"
        | "不予许可决定"
        | "不予行政许可决定"
        | "作出不予许可决定"
        | "不予"
        | "不予办理" => Some(Outcome::Denied),
        "not_accepted" | "notaccepted" | "不予受理" | "不予受理决定" | "不受理" => {
            Some(Outcome::NotAccepted)
        }
        // 对不能办理的说明理由: a reason, as for a case returned.
        "returned" | "退回" | "退件" | "不能办理" => Some(Outcome::Returned),
        _ => None,
    }
}

fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(blank_text)
}

/// No reason stated (CASE-2): blank, a text that says none however written
/// ([`crate::input::says_no_value`]: 暂无, 无。, N/A, -, 理由：无), or one that says no reason
/// is given (未说明, 原因不详). A reason that names what is missing (营业执照：无, 无法律依据:
/// the matter has none) is a reason (helper-65).
fn no_reason(s: &Option<String>) -> bool {
    const WORDS: &[&str] = &[
        "未说明",
        "不说明",
        "不予说明",
        "暂不说明",
        "无需说明",
        "无需",
        "理由未说明",
        "原因不详",
        "理由不详",
        "无原因",
        "无理由",
        "没有理由",
        "无可奉告",
        "notgiven",
        "noreason",
        "nonegiven",
        "notstated",
    ];
    // A clerk's shorthand for what the applicant lacked (未提供: 未提供材料; 缺: 缺材料) may be
    // the reason itself: it is taken as one (helper-66).
    let shorthand = s
        .as_deref()
        .is_some_and(|t| matches!(crate::input::value_key(t).as_str(), "未提供" | "缺"));
    !shorthand && states_none(s, WORDS)
}

/// No legal basis stated (CASE-2): as [`no_reason`], with the words that say no basis (无依据,
/// 无法律依据, 依据不详) and a basis whose template was never filled in (《》第条, 《____》).
fn no_legal_basis(s: &Option<String>) -> bool {
    const WORDS: &[&str] = &[
        "无依据",
        "无法律依据",
        "没有依据",
        "暂无依据",
        "无相关依据",
        "无相关法律依据",
        "无明确依据",
        "依据不详",
        "无需依据",
        "无需",
        "nolegalbasis",
        "nobasis",
    ];
    // A template never filled in names no law: 《》第条, 《____》, 《XX法》第X条, 《条例》.
    let template = |t: &str| {
        let key = crate::input::value_key(t);
        let named: String = key
            .chars()
            .filter(|c| !"《》<>_＿x×某".contains(*c))
            .collect();
        let named = named
            .trim_end_matches(['条', '款', '项'])
            .trim_end_matches('第');
        matches!(named, "" | "法" | "条例" | "规定" | "办法" | "细则")
    };
    states_none(s, WORDS) || s.as_deref().is_some_and(template)
}

fn states_none(s: &Option<String>, words: &[&str]) -> bool {
    s.as_deref().is_none_or(|t| {
        let key = crate::input::value_key(t);
        // Blank text reads as the empty key, which is no value.
        crate::input::is_no_value_key(&key) || words.contains(&key.as_str())
    })
}

/// No person named: blank, or what a portal writes for no name (暂无, 待定, N/A), which the
/// masker also reads as nobody (helper-36: 暂无 as first receiver raised no CASE-1 finding).
fn no_person(s: &Option<String>) -> bool {
    s.as_deref()
        .is_none_or(|t| blank_text(t) || crate::report::mask::is_no_name(t))
}

/// Nothing a reader can see: whitespace and zero-width characters only.
fn blank_text(t: &str) -> bool {
    crate::input::says_none(t, &[])
}

struct Checker {
    locale: Locale,
    now: Minute,
    findings: Vec<Finding>,
}

impl Checker {
    fn push(&mut self, code: FindingCode, path: &str, detail: &str) {
        self.findings
            .push(Finding::new(code, path, detail, self.locale));
    }

    /// A timestamp: malformed is a finding; in the future is a finding.
    fn instant(&mut self, value: &Option<InstantInput>, path: &str) -> Option<Minute> {
        let at = match value.as_ref()?.resolve(path) {
            Ok(at) => at,
            Err(e) => {
                self.findings.push(Finding::from_error(&e, self.locale));
                return None;
            }
        };
        if at > self.now {
            self.push(FindingCode::TimeInFuture, path, &at.wall_text());
        }
        Some(at)
    }
}

/// Runs CASE-1..5 and the state transitions on one record. The names in its findings are
/// masked by `batch`, the masker of every name of the batch the record is in (its own among
/// them), or else by the record's own ([`names_of`]).
pub fn validate(
    case: &CaseRecord,
    now: Minute,
    locale: Locale,
    batch: Option<&crate::report::mask::Masker>,
) -> Validation {
    // Every name the record gives is masked wherever a finding echoes it (CASE-7), by one
    // masker, longest name first: the record's own masked first would cut another's 王建国 to
    // 王建* by its 李建国's 建国, and the batch's pass would find no 王建国 left (helper-35).
    let mut v = validate_unmasked(case, now, locale);
    if v.findings.iter().any(Finding::may_quote_record) {
        let own;
        let masker = match batch {
            Some(m) => m,
            None => {
                own = crate::report::mask::Masker::new(names_of(case));
                &own
            }
        };
        v.findings.iter_mut().for_each(|f| f.mask_names(masker));
    }
    v
}

/// [`validate`] with the names in its findings left as they are: the caller masks them (a
/// batch, with the masker of all its names, once it knows one is needed).
#[inline(never)]
pub(crate) fn validate_unmasked(case: &CaseRecord, now: Minute, locale: Locale) -> Validation {
    use crate::deadline::MAX_PER_CASE;
    for (path, len) in [
        ("steps", case.steps.as_ref().map_or(0, Vec::len)),
        ("handovers", case.handovers.as_ref().map_or(0, Vec::len)),
        (
            "supplementRequests",
            case.supplement_requests.as_ref().map_or(0, Vec::len),
        ),
        ("history", case.history.as_ref().map_or(0, Vec::len)),
    ] {
        if len > MAX_PER_CASE {
            let e = crate::error::Error::new(crate::error::ErrorCode::TooLarge, path)
                .detail(format!("{len} > {MAX_PER_CASE}"));
            return Validation::of(
                case.id.as_ref().map(|i| i.0.clone()),
                vec![Finding::from_error(&e, locale)],
            );
        }
    }
    let mut c = Checker {
        locale,
        now,
        findings: Vec::new(),
    };
    let category = match &case.category {
        Some(text) => {
            let parsed = Category::parse(text);
            if parsed.is_none() {
                c.push(
                    FindingCode::UnknownCategory,
                    "category",
                    &crate::report::mask::mask_if_name_like(&clip(text)),
                );
            }
            parsed
        }
        None => None,
    };
    let outcome = match &case.outcome {
        Some(text) if !text.trim().is_empty() => {
            let parsed = parse_outcome(text);
            if parsed.is_none() {
                c.push(FindingCode::OutcomeUnknown, "outcome", &clip(text));
            }
            parsed
        }
        _ => None,
    };

    // CASE-5: timestamps in order, none in the future, none malformed.
    let received = c.instant(&case.received_at, "receivedAt");
    if case.received_at.is_none() {
        c.push(FindingCode::FieldMissing, "receivedAt", "");
    }
    let accepted = c.instant(&case.accepted_at, "acceptedAt");
    let concluded = c.instant(&case.concluded_at, "concludedAt");
    // received ≤ accepted ≤ each step's start ≤ that step's end ≤ concluded. Steps may overlap
    // one another: parallel approval (并联审批) is normal.
    let last_before = accepted
        .map(|t| ("acceptedAt", t))
        .or(received.map(|t| ("receivedAt", t)));
    let mut pairs: Vec<(String, Minute, String, Minute)> = Vec::new();
    let mut out_of_order = |later: (&str, Minute), earlier: (&str, Minute)| {
        if later.1 < earlier.1 {
            pairs.push((
                later.0.to_string(),
                later.1,
                earlier.0.to_string(),
                earlier.1,
            ));
        }
    };
    if let (Some(r), Some(a)) = (received, accepted) {
        out_of_order(("acceptedAt", a), ("receivedAt", r));
    }
    let mut step_times = Vec::new();
    for (i, s) in case.steps.iter().flatten().enumerate() {
        let (start_path, done_path) = (
            format!("steps[{i}].startedAt"),
            format!("steps[{i}].completedAt"),
        );
        let start = c.instant(&s.started_at, &start_path);
        let done = c.instant(&s.completed_at, &done_path);
        step_times.push((start_path, start, done_path, done));
    }
    for (start_path, start, done_path, done) in &step_times {
        // Each time against the latest that must precede it, so one bad time is one finding.
        let start_entry = start.map(|t| (start_path.as_str(), t));
        if let (Some(st), Some(prev)) = (start_entry, last_before) {
            out_of_order(st, prev);
        }
        if let (Some(d), Some(prev)) = (done, start_entry.or(last_before)) {
            out_of_order((done_path.as_str(), *d), prev);
        }
    }
    // The conclusion comes after everything: one finding, against the latest time before it.
    let latest = step_times
        .iter()
        .flat_map(|(sp, st, dp, d)| [st.map(|t| (sp.as_str(), t)), d.map(|t| (dp.as_str(), t))])
        .flatten()
        .chain(last_before)
        .max_by_key(|(_, t)| *t);
    if let (Some(end), Some(prev)) = (concluded, latest) {
        out_of_order(("concludedAt", end), prev);
    }
    for (path, at, prev_path, prev) in pairs {
        let detail = crate::messages::order_detail(
            c.locale,
            (&path, &at.wall_text()),
            (&prev_path, &prev.wall_text()),
        );
        c.push(FindingCode::TimeOutOfOrder, &path, &detail);
    }
    // CASE-1: 首问负责.
    if no_person(&case.first_receiver) {
        c.push(FindingCode::FirstReceiverMissing, "firstReceiver", "");
    }
    for (i, h) in case.handovers.iter().flatten().enumerate() {
        let path = format!("handovers[{i}]");
        let missing: Vec<&str> = [("to", no_person(&h.to)), ("at", h.at.is_none())]
            .into_iter()
            .filter(|(_, m)| *m)
            .map(|(k, _)| k)
            .collect();
        if !missing.is_empty() {
            let missing: Vec<String> = missing
                .iter()
                .map(|k| match (c.locale, *k) {
                    (Locale::ZhCn, "to") => "接办人".to_string(),
                    (Locale::ZhCn, _) => crate::messages::path_shown(k, c.locale).into_owned(),
                    (Locale::En, _) => k.to_string(),
                })
                .collect();
            let sep = if c.locale.is_english() { ", " } else { "、" };
            c.push(FindingCode::HandoverIncomplete, &path, &missing.join(sep));
        }
        c.instant(&h.at, &format!("{path}.at"));
    }
    if (concluded.is_some() || outcome.is_some()) && outcome.is_none() && blank(&case.answer) {
        c.push(FindingCode::AnswerMissing, "answer", "");
    }

    // CASE-2: a case not handled states why; a refusal (不予受理、不予许可、不予办理), in any
    // category, also gives its legal basis and the notice of review and litigation rights.
    if matches!(
        outcome,
        Some(Outcome::Denied | Outcome::NotAccepted | Outcome::Returned)
    ) && no_reason(&case.reason)
    {
        c.push(FindingCode::ReasonMissing, "reason", "");
    }
    if matches!(outcome, Some(Outcome::Denied | Outcome::NotAccepted)) {
        if no_legal_basis(&case.legal_basis) {
            c.push(FindingCode::LegalBasisMissing, "legalBasis", "");
        }
        if !RightsNotice::given(&case.rights_notice) {
            c.push(FindingCode::RightsNoticeMissing, "rightsNotice", "");
        }
    }
    // CASE-3: 一次性告知 — later requests may only repeat items of the first one. A first
    // request that names no item says nothing of what was asked: nothing is found added
    // (helper-75: every later item had been an error).
    // Items are compared as people write them: blanks and placeholders (`-`, 无) name nothing,
    // and spaces, invisible marks, full-width forms and letter case do not tell two apart
    // (helper-76: a blank later item, or 身份证 with a zero-width space, had been "added").
    let requests = case.supplement_requests.as_deref().unwrap_or(&[]);
    let first_keys: Vec<String> = (requests.first().iter())
        .flat_map(|r| r.items.iter().filter_map(|i| item_key(i)))
        .collect();
    if !first_keys.is_empty() {
        for (i, r) in requests.iter().enumerate().skip(1) {
            let added: Vec<String> = (r.items.iter())
                .filter(|item| item_key(item).is_some_and(|k| !first_keys.contains(&k)))
                .map(|s| clip(s))
                .collect();
            if !added.is_empty() {
                c.push(
                    FindingCode::SupplementItemsAdded,
                    &format!("supplementRequests[{i}].items"),
                    &added.join("、"),
                );
            }
        }
    }
    for (i, r) in requests.iter().enumerate() {
        c.instant(&r.at, &format!("supplementRequests[{i}].at"));
    }

    // CASE-4: identity numbers.
    if let Some(a) = &case.applicant {
        check_applicant(&mut c, a);
    }

    // State transitions.
    check_history(
        &mut c,
        case.history.as_deref().unwrap_or(&[]),
        category == Some(Category::Immediate),
    );

    Validation::of(case.id.as_ref().map(|i| i.0.clone()), c.findings)
}

/// The names a record gives: its first receiver, its applicant, the staff of its handovers,
/// and the other people its text names ([`CaseRecord::people`]).
pub fn names_of(case: &CaseRecord) -> impl Iterator<Item = &str> {
    [
        case.first_receiver.as_deref(),
        case.applicant.as_ref().and_then(|a| a.name.as_deref()),
    ]
    .into_iter()
    .chain(
        case.handovers
            .iter()
            .flatten()
            .flat_map(|h| [h.from.as_deref(), h.to.as_deref()]),
    )
    .flatten()
    .chain(case.people.iter().map(String::as_str))
}

fn check_applicant(c: &mut Checker, a: &Applicant) {
    // Each field on its own: an unknown idType once ended the checks, and the credit code and
    // phone went unchecked (helper-30).
    check_id_number(c, a);
    if let Some(code) = a.credit_code.as_deref().filter(|n| !n.trim().is_empty()) {
        match check_credit_code(code) {
            Some(IdProblem::Checksum) => {
                c.push(FindingCode::CreditCodeChecksum, "applicant.creditCode", "")
            }
            Some(_) => c.push(FindingCode::CreditCodeFormat, "applicant.creditCode", ""),
            None => {}
        }
    }
    if let Some(phone) = a.phone.as_deref().filter(|n| !n.trim().is_empty()) {
        if check_mobile(phone).is_some() {
            c.push(FindingCode::MobileInvalid, "applicant.phone", "");
        }
    }
}

/// The names an `idType` may take, and the document each means (`None`: the resident ID).
const ID_TYPES: &[(&str, Option<DocumentKind>)] = &[
    ("resident_id", None),
    ("居民身份证", None),
    ("身份证", None),
    ("passport", Some(DocumentKind::Passport)),
    ("护照", Some(DocumentKind::Passport)),
    ("hk_macao_permit", Some(DocumentKind::HkMacaoPermit)),
    ("港澳居民来往内地通行证", Some(DocumentKind::HkMacaoPermit)),
    ("回乡证", Some(DocumentKind::HkMacaoPermit)),
    ("taiwan_permit", Some(DocumentKind::TaiwanPermit)),
    ("台湾居民来往大陆通行证", Some(DocumentKind::TaiwanPermit)),
    ("台胞证", Some(DocumentKind::TaiwanPermit)),
];

/// The ID number against the document its `idType` names (CASE-4); an `idType` the engine
/// does not know is that finding alone, the number unchecked.
fn check_id_number(c: &mut Checker, a: &Applicant) {
    if let Some(number) = a.id_number.as_deref().filter(|n| !n.trim().is_empty()) {
        // ASCII names in any case (PASSPORT), as portals write them; echoed as written.
        let given = a.id_type.as_ref().map_or("resident_id", |t| t.0.trim());
        let path = "applicant.idNumber";
        let Some(&(_, doc)) = ID_TYPES.iter().find(|(n, _)| n.eq_ignore_ascii_case(given)) else {
            c.push(FindingCode::IdTypeUnknown, "applicant.idType", &clip(given));
            return;
        };
        let problems = match doc {
            None => check_resident_id(number, c.now.day()),
            Some(kind) => check_document(kind, number).into_iter().collect(),
        };
        for p in problems {
            let code = match p {
                IdProblem::Legacy15 => FindingCode::IdLegacy15,
                IdProblem::Format => FindingCode::IdFormat,
                IdProblem::Checksum => FindingCode::IdChecksum,
                IdProblem::BirthDate => FindingCode::IdBirthDate,
                IdProblem::BirthInFuture => FindingCode::IdBirthInFuture,
                IdProblem::Region => FindingCode::IdRegion,
                IdProblem::LowercaseX => FindingCode::IdLowercaseX,
            };
            c.push(code, path, "");
        }
    }
}

fn check_history(c: &mut Checker, history: &[StateChange], immediate: bool) {
    let mut previous: Option<CaseState> = None;
    let mut last_at: Option<Minute> = None;
    for (i, change) in history.iter().enumerate() {
        let path = format!("history[{i}].state");
        let Some(state) = CaseState::parse(&change.state) else {
            c.push(FindingCode::StateUnknown, &path, &clip(&change.state));
            return;
        };
        match previous {
            None if state != CaseState::Received => c.push(
                FindingCode::StateJump,
                &path,
                &format!("— → {}", state_name(state, c.locale)),
            ),
            Some(prev) if !prev.may_follow(state, immediate) => c.push(
                FindingCode::StateJump,
                &path,
                &format!(
                    "{} → {}",
                    state_name(prev, c.locale),
                    state_name(state, c.locale)
                ),
            ),
            _ => {}
        }
        if let Some(at) = c.instant(&change.at, &format!("history[{i}].at")) {
            if last_at.is_some_and(|l| at < l) {
                c.push(
                    FindingCode::TimeOutOfOrder,
                    &format!("history[{i}].at"),
                    &at.wall_text(),
                );
            }
            last_at = Some(at);
        }
        previous = Some(state);
    }
}

fn state_name(s: CaseState, locale: Locale) -> &'static str {
    let (zh, en) = match s {
        CaseState::Received => ("收件", "received"),
        CaseState::Accepted => ("受理", "accepted"),
        CaseState::NotAccepted => ("不予受理", "not accepted"),
        CaseState::SupplementNotice => ("补正告知", "supplements requested"),
        CaseState::Processing => ("办理", "processing"),
        CaseState::Concluded => ("办结", "concluded"),
        CaseState::Rated => ("评价", "rated"),
    };
    crate::messages::pick(locale, zh, en)
}

/// The counts of a batch of validations.
#[derive(Clone, Debug, Default, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(hashmap_as_object)]
pub struct ValidationSummary {
    /// Records in the batch.
    pub total: usize,
    /// Records with no error.
    pub valid: usize,
    /// Records with at least one error.
    pub invalid: usize,
    /// Findings per rule ID, for example `{ "CASE-4": 3 }`.
    pub by_rule: std::collections::BTreeMap<String, usize>,
}

impl ValidationSummary {
    /// The counts of `results`, with their findings counted per rule ID.
    pub fn of(results: &[Validation]) -> ValidationSummary {
        let mut s = ValidationSummary {
            total: results.len(),
            ..ValidationSummary::default()
        };
        for r in results {
            if r.valid {
                s.valid += 1;
            } else {
                s.invalid += 1;
            }
            // Keyed by `String` (the map type of the bulletin's counts, one copy in the .wasm);
            // a rule's key is made once per summary.
            for f in &r.findings {
                match s.by_rule.get_mut(f.rule) {
                    Some(n) => *n += 1,
                    None => {
                        s.by_rule.insert(f.rule.to_string(), 1);
                    }
                }
            }
        }
        s
    }
}

/// A supplement item as items are compared (CASE-3): without spaces or invisible marks,
/// full-width forms as ASCII, ASCII letters in lower case. `None` for an item that names
/// nothing: blank, or a placeholder as written or as compared (`暂 无`, `ｎｏｎｅ`, helper-77).
fn item_key(item: &str) -> Option<String> {
    let key: String = item
        .chars()
        .filter(|c| !c.is_whitespace() && !crate::text::is_invisible(*c))
        .map(|c| crate::text::ascii_of_fullwidth(c).to_ascii_lowercase())
        .collect();
    let none = |t: &str| crate::fieldmap::says_none_anywhere(t);
    (!key.is_empty() && !none(item) && !none(&key)).then_some(key)
}
