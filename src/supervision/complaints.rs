//! Complaints and 好差评 follow-up (SUP-1, SUP-2): every complaint and every bad rating is
//! verified, fixed and called back within working-day limits, and the shares are computed per
//! window, unit and sector.

use crate::str_map::StrMap;

use serde::{Deserialize, Serialize};

use super::SupervisionRules;
use crate::calendar::Calendar;
use crate::deadline::clock::limit_end;
use crate::deadline::limit::Limit;
use crate::finding::{Finding, FindingCode};
use crate::input::{InstantInput, RecordId};
use crate::messages::Locale;
use crate::text::clip;
use crate::time::Minute;

/// Fields a portal's feedback record names people under, besides the engine's own person
/// fields: a rater, the staff member concerned, whoever handled it (helper-43: 欧阳娜娜 as
/// `rater` was shown whole in a window's name).
pub const FEEDBACK_PEOPLE: &[&str] = &[
    "rater",
    "raterName",
    "evaluator",
    "complainantName",
    "reporter",
    "staffName",
    "person",
    "handler",
    "respondent",
];

pub(crate) use crate::report::person_keys::names_by_key;
pub use crate::report::person_keys::{is_person_key, looks_like_name, names_no_one};

/// Keys a feedback record is read by when its own keys cannot be listed (a proxy that throws):
/// the commonest of those [`is_person_key`] takes, which cannot be listed in full.
#[rustfmt::skip]
pub const FEEDBACK_FALLBACK: &[&str] = &[
    "reporterName", "citizen", "caller", "realName", "fullName", "userName", "customerName",
    "投诉人", "举报人", "评价人", "联系人", "来电人", "姓名", "投诉人姓名", "评价人姓名",
];

/// One complaint (投诉举报) or 好差评 rating, with its follow-up times (SUP-1, SUP-2).
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "FeedbackRecord", missing_as_null)]
pub struct FeedbackItem {
    /// The record's id, echoed in its report.
    #[serde(default)]
    pub id: Option<RecordId>,
    /// `complaint` (投诉举报) or `rating` (好差评).
    #[serde(default)]
    #[tsify(type = r#""complaint" | "rating" | "投诉" | "评价" | null"#)]
    pub kind: Option<String>,
    /// For ratings: 1–5 (5 = 非常满意) or the Chinese level.
    #[serde(default)]
    #[tsify(type = "RatingLevel | null")]
    pub level: Option<serde_json::Value>,
    /// When it was received; the limits count from it, or from the next opening when it falls
    /// outside office hours.
    pub received_at: InstantInput,
    /// The window it concerns, which groups it in `byUnitWindow` (within its unit).
    #[serde(default)]
    pub window: Option<String>,
    /// The unit it concerns, which groups it in `byUnit`.
    #[serde(default)]
    pub unit: Option<String>,
    /// The sector it concerns, which groups it in `bySector`.
    #[serde(default)]
    pub sector: Option<String>,
    /// The staff member it concerns, as text (a number makes the record unreadable); not used
    /// by the follow-up.
    #[serde(default)]
    pub staff_id: Option<String>,
    /// The complainant or rater gave a name and a way to call back (实名).
    #[serde(default)]
    pub named: Option<bool>,
    /// A way to reach an anonymous complainant (a phone, an address). With neither `named`
    /// nor a contact there is nobody to reply to, and no reply is required (SUP-1).
    #[serde(default)]
    pub contact: Option<String>,
    /// When it was verified, due within `verifyWithin`.
    #[serde(default)]
    pub verified_at: Option<InstantInput>,
    /// The verification's finding: the complaint or bad rating was founded.
    #[serde(default)]
    pub founded: Option<bool>,
    /// 处理结果.
    #[serde(default)]
    pub outcome: Option<String>,
    /// When the cause was fixed: resolves a bad rating; for a complaint with an outcome, one
    /// of the times that resolve it.
    #[serde(default)]
    pub rectified_at: Option<InstantInput>,
    /// When the complainant was answered (SUP-1).
    #[serde(default)]
    pub replied_at: Option<InstantInput>,
    /// When the complainant or rater was called back; required of a named one.
    #[serde(default)]
    pub called_back_at: Option<InstantInput>,
    /// An appeal against a rating; an upheld one sets the rating aside, and changes nothing
    /// for a complaint.
    #[serde(default)]
    #[tsify(type = "FeedbackAppeal | null")]
    pub appeal: Option<Appeal>,
}

/// An appeal against a mistaken or malicious rating (SUP-2); once upheld the rating is left
/// out of the shares.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "FeedbackAppeal", missing_as_null)]
pub struct Appeal {
    /// When the appeal was filed; only checked as a time (one after now makes the record
    /// invalid).
    #[serde(default)]
    pub filed_at: Option<InstantInput>,
    /// `true` when the appeal was upheld; anything else leaves the rating counted.
    #[serde(default)]
    pub upheld: Option<bool>,
    /// Why the rating is appealed (mistaken or malicious), as text; not used by the follow-up.
    #[serde(default)]
    pub reason: Option<String>,
}

/// What a feedback record is, once read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A complaint or report (投诉举报).
    Complaint,
    /// A 好差评 rating, from 1 (非常不满意) to 5 (非常满意); 1 and 2 are bad ratings.
    Rating(u8),
}

fn parse_level(v: &serde_json::Value) -> Option<u8> {
    match v {
        serde_json::Value::Number(n) => n.as_u64().filter(|l| (1..=5).contains(l)).map(|l| l as u8),
        serde_json::Value::String(s) => match s.trim() {
            "非常满意" | "very_satisfied" | "5" => Some(5),
            "满意" | "satisfied" | "4" => Some(4),
            "基本满意" | "fair" | "3" => Some(3),
            "不满意" | "dissatisfied" | "2" => Some(2),
            "非常不满意" | "very_dissatisfied" | "1" => Some(1),
            _ => None,
        },
        _ => None,
    }
}

/// The follow-up of one feedback record (SUP-1, SUP-2).
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct FeedbackReport {
    /// The record's id as given; `None` without one.
    pub id: Option<String>,
    /// `complaint`, `rating`, or `invalid` for a record that could not be assessed.
    #[tsify(type = r#""complaint" | "rating" | "invalid""#)]
    pub kind: &'static str,
    /// Needs follow-up: a complaint, or a bad rating not set aside on appeal.
    pub tracked: bool,
    /// When verification is due, ISO 8601 Beijing time; `None` when not tracked, or when the
    /// due time cannot be worked out.
    pub verify_due: Option<String>,
    /// When resolution is due, in the same form; `None` likewise.
    pub resolve_due: Option<String>,
    /// `open`, `closed` or `excluded` (an upheld appeal); `invalid` for a record that could
    /// not be assessed.
    #[tsify(type = r#""open" | "closed" | "excluded" | "invalid""#)]
    pub state: &'static str,
    /// A due time lies past the calendar's horizon (CAL-2).
    pub provisional: bool,
    /// What the follow-up found, and fields that could not be read.
    pub findings: Vec<Finding>,
}

impl FeedbackReport {
    /// The report of a record that could not be assessed: kind and state `invalid`, not
    /// tracked, no due time, with `findings` saying why.
    pub fn invalid(id: Option<String>, findings: Vec<Finding>) -> FeedbackReport {
        FeedbackReport {
            id,
            kind: "invalid",
            tracked: false,
            verify_due: None,
            resolve_due: None,
            state: "invalid",
            provisional: false,
            findings,
        }
    }
}

/// The complaints and ratings of one group (all, or one window, unit or sector), counted,
/// with shares and rates to four decimals (SUP-1, SUP-2).
#[derive(Clone, Debug, Default, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Shares {
    /// Ratings counted: those not set aside on appeal.
    pub ratings: usize,
    /// Good ratings: 非常满意 and 满意 (5 and 4).
    pub good: usize,
    /// Bad ratings: 不满意 and 非常不满意 (2 and 1).
    pub bad: usize,
    /// `good` ÷ `ratings`; `None` with no rating.
    pub good_share: Option<f64>,
    /// `bad` ÷ `ratings`; `None` with no rating.
    pub bad_share: Option<f64>,
    /// Named bad ratings only.
    pub named_bad: usize,
    /// Named bad ratings with a `rectifiedAt`, or verified as unfounded.
    pub rectified: usize,
    /// Named bad ratings with a `calledBackAt`.
    pub called_back: usize,
    /// `rectified` ÷ `namedBad`; `None` with no named bad rating.
    pub rectification_rate: Option<f64>,
    /// `calledBack` ÷ `namedBad`; `None` with no named bad rating.
    pub call_back_rate: Option<f64>,
    /// Complaints.
    pub complaints: usize,
    /// Complaints whose state is `closed`.
    pub complaints_closed: usize,
    /// Ratings set aside by an upheld appeal, not counted in `ratings`.
    pub appeals_upheld: usize,
}

impl Shares {
    fn finish(&mut self) {
        let ratio = |a: usize, b: usize| {
            (b > 0).then(|| ((a as f64 / b as f64) * 10_000.0).round() / 10_000.0)
        };
        self.good_share = ratio(self.good, self.ratings);
        self.bad_share = ratio(self.bad, self.ratings);
        self.rectification_rate = ratio(self.rectified, self.named_bad);
        self.call_back_rate = ratio(self.called_back, self.named_bad);
    }
}

/// The follow-up of a batch of feedback records: the shares overall and per window, unit and
/// sector, and one report per record. Records that could not be assessed are not counted.
///
/// The package adds `items`, 0.1's name for `results` (`src/js/types.rs` declares it).
#[derive(Clone, Debug, Default, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ComplaintsResult {
    /// Every record assessed.
    pub overall: Shares,
    /// Per `unit`, then per `window` within it (both as given, clipped to 40 characters; a
    /// record with a window and no unit is under the unit `""`); a record without a window is
    /// only in `overall` and `byUnit`. Windows are told apart by their unit: 1号窗口 of two
    /// units are two windows.
    #[tsify(type = "Dict<Dict<Shares>>")]
    pub by_unit_window: StrMap<StrMap<Shares>>,
    /// Per `unit` as given (clipped to 40 characters); a record without one is not in it.
    #[tsify(type = "Dict<Shares>")]
    pub by_unit: StrMap<Shares>,
    /// Per `sector`, likewise.
    #[tsify(type = "Dict<Shares>")]
    pub by_sector: StrMap<Shares>,
    /// One report per record given, in order (after the totals, as in every batch).
    pub results: Vec<FeedbackReport>,
}

struct Ctx<'a> {
    cal: &'a Calendar,
    locale: Locale,
    now: Minute,
}

impl Ctx<'_> {
    fn due(&self, from: Minute, limit: Limit) -> Option<Minute> {
        self.cal
            .next_opening(from)
            .and_then(|s| limit_end(self.cal, s, limit))
            .ok()
    }

    fn finding(&self, code: FindingCode, path: &str, detail: &str) -> Finding {
        Finding::new(code, path, detail, self.locale)
    }

    /// A step that is due: done late, or not done and past due, is a finding.
    fn step(
        &self,
        findings: &mut Vec<Finding>,
        done: Option<Minute>,
        due: Option<Minute>,
        late: FindingCode,
        path: &str,
    ) {
        let Some(due) = due else { return };
        match done {
            Some(at) if at > due => findings.push(self.finding(late, path, &due.wall_text())),
            None if self.now > due => findings.push(self.finding(late, path, &due.wall_text())),
            _ => {}
        }
    }
}

fn instant(
    v: &Option<InstantInput>,
    path: &str,
    locale: Locale,
    findings: &mut Vec<Finding>,
) -> Option<Minute> {
    match v.as_ref()?.resolve(path) {
        Ok(m) => Some(m),
        Err(e) => {
            findings.push(Finding::from_error(&e, locale));
            None
        }
    }
}

/// The follow-up of one record at `now` against the limits of `rules` (SUP-1, SUP-2), and its
/// kind.
///
/// With no `kind`, a record with a readable `level` is a rating, any other a complaint. A
/// complaint, or a bad rating not set aside on appeal, is tracked: each step done after its
/// due time, or not done once it has passed, is a finding, and a due time past the calendar's
/// horizon is provisional (CAL-2). A time before `receivedAt` is a finding; the record is still
/// assessed. The kind is `None`, and the report `invalid`, when the kind, a rating's level or
/// `receivedAt` cannot be read, or a time lies after `now` (CASE-5); such a record is not to
/// be tallied.
pub fn assess_one(
    item: &FeedbackItem,
    cal: &Calendar,
    rules: &SupervisionRules,
    locale: Locale,
    now: Minute,
) -> (FeedbackReport, Option<Kind>) {
    let ctx = Ctx { cal, locale, now };
    let mut findings = Vec::new();
    let id = item.id.as_ref().map(|i| i.0.clone());
    let kind = match item.kind.as_deref().map(str::trim) {
        None | Some("complaint") | Some("投诉") | Some("举报") | Some("投诉举报") => {
            match item.level.as_ref().and_then(parse_level) {
                Some(l) if item.kind.is_none() => Some(Kind::Rating(l)),
                _ => Some(Kind::Complaint),
            }
        }
        Some("rating") | Some("评价") | Some("好差评") => {
            match item.level.as_ref().and_then(parse_level) {
                Some(l) => Some(Kind::Rating(l)),
                None => {
                    // A text as written, not as JSON (评价等级“很好”, not “"很好"”).
                    let detail = match &item.level {
                        Some(serde_json::Value::String(s)) => clip(s),
                        Some(v) => clip(&v.to_string()),
                        None => String::new(),
                    };
                    findings.push(ctx.finding(FindingCode::RatingLevelUnknown, "level", &detail));
                    None
                }
            }
        }
        Some(other) => {
            findings.push(ctx.finding(FindingCode::FeedbackKindUnknown, "kind", &clip(other)));
            None
        }
    };
    let invalid = |findings| FeedbackReport::invalid(id.clone(), findings);
    let Some(kind) = kind else {
        return (invalid(findings), None);
    };
    let Some(received) = instant(
        &Some(item.received_at.clone()),
        "receivedAt",
        locale,
        &mut findings,
    ) else {
        return (invalid(findings), None);
    };
    let unread = findings.len();
    let mut read = |v: &Option<InstantInput>, path: &str| instant(v, path, locale, &mut findings);
    let verified = read(&item.verified_at, "verifiedAt");
    let rectified = read(&item.rectified_at, "rectifiedAt");
    let replied = read(&item.replied_at, "repliedAt");
    let called = read(&item.called_back_at, "calledBackAt");
    let appeal_filed = item.appeal.as_ref().and_then(|a| a.filed_at.clone());
    let appealed = read(&appeal_filed, "appeal.filedAt");
    let unreadable = findings.len() > unread;
    // CASE-5: a record that holds a time after the moment of reading is not assessed, as a
    // deadline record with a conclusion after `now` is not: read as "not yet", such a time
    // would judge a person late for a step the record says was taken.
    let future: Vec<(&str, Minute)> = [
        ("receivedAt", Some(received)),
        ("verifiedAt", verified),
        ("rectifiedAt", rectified),
        ("repliedAt", replied),
        ("calledBackAt", called),
        ("appeal.filedAt", appealed),
    ]
    .into_iter()
    .filter_map(|(path, t)| t.filter(|t| *t > now).map(|t| (path, t)))
    .collect();
    if !future.is_empty() {
        for (path, t) in future {
            findings.push(ctx.finding(FindingCode::TimeInFuture, path, &t.wall_text()));
        }
        return (invalid(findings), None);
    }
    for (path, t) in [
        ("verifiedAt", verified),
        ("rectifiedAt", rectified),
        ("repliedAt", replied),
        ("calledBackAt", called),
    ] {
        if let Some(t) = t.filter(|t| *t < received) {
            findings.push(ctx.finding(
                FindingCode::TimeOutOfOrder,
                path,
                &crate::messages::order_detail(
                    locale,
                    (path, &t.wall_text()),
                    ("receivedAt", &received.wall_text()),
                ),
            ));
        }
    }
    // SUP-2: a bad rating may be appealed; an appeal of a good one sets nothing aside
    // (helper-43: an upheld appeal of a 5 lowered the window's good share).
    let excluded = matches!(kind, Kind::Rating(l) if l <= 2)
        && item.appeal.as_ref().is_some_and(|a| a.upheld == Some(true));
    let tracked = !excluded
        && match kind {
            Kind::Complaint => true,
            Kind::Rating(l) => l <= 2,
        };
    // A time given but unreadable is not "not yet": a tracked record (a complaint, a bad
    // rating) is not assessed, as one with a time after now is not, and nobody is judged late
    // on it (helper-31: an unreadable rectifiedAt was a bad_rating_unrectified error). On a
    // record nothing is tracked for (a good rating), it is a finding only, and the record
    // stays in the shares (helper-32: dropping it doubled a window's bad share).
    if tracked && unreadable {
        return (invalid(findings), None);
    }
    let verify_due = ctx.due(received, rules.verify_within);
    let resolve_due = ctx.due(received, rules.resolve_within);
    let named = item.named.unwrap_or(false);
    let is_complaint = kind == Kind::Complaint;
    // SUP-1: an anonymous complaint with no contact needs an outcome, but has nobody to reply to.
    let reply_needed = named || is_contact(&item.contact);
    let mut provisional = false;
    if tracked {
        for (due, path) in [(verify_due, "verifiedAt"), (resolve_due, "outcome")] {
            let Some(due) = due else { continue };
            if cal.span_is_provisional(received.day(), due.day()) {
                provisional = true;
                findings.push(ctx.finding(
                    FindingCode::ProvisionalDeadline,
                    path,
                    &due.day().to_string(),
                ));
            }
        }
    }
    if tracked {
        let (late_verify, late_fix, no_callback) = if is_complaint {
            (
                FindingCode::ComplaintVerifyLate,
                FindingCode::ComplaintUnresolved,
                FindingCode::ComplaintCallbackMissing,
            )
        } else {
            (
                FindingCode::BadRatingVerifyLate,
                FindingCode::BadRatingUnrectified,
                FindingCode::BadRatingCallbackMissing,
            )
        };
        ctx.step(
            &mut findings,
            verified,
            verify_due,
            late_verify,
            "verifiedAt",
        );
        // A complaint is resolved by its outcome; a founded bad rating by its rectification.
        let needs_fix = is_complaint || item.founded != Some(false);
        let resolved_at = if is_complaint {
            // Verified as unfounded, the verification with its outcome settles it.
            let settled = verified.filter(|_| item.founded == Some(false));
            [rectified, replied, settled]
                .into_iter()
                .flatten()
                .min()
                .filter(|_| has_text(&item.outcome))
        } else {
            rectified
        };
        if needs_fix {
            ctx.step(
                &mut findings,
                resolved_at,
                resolve_due,
                late_fix,
                if is_complaint {
                    "outcome"
                } else {
                    "rectifiedAt"
                },
            );
        }
        if is_complaint && !has_text(&item.outcome) && (replied.is_some() || called.is_some()) {
            findings.push(ctx.finding(FindingCode::ComplaintNoOutcome, "outcome", ""));
        }
        if is_complaint && reply_needed && replied.is_none() && resolve_due.is_some_and(|d| now > d)
        {
            findings.push(ctx.finding(FindingCode::ComplaintNoReply, "repliedAt", ""));
        }
        if named && called.is_none() && resolve_due.is_some_and(|d| now > d) {
            findings.push(ctx.finding(no_callback, "calledBackAt", ""));
        }
    }
    let closed = if is_complaint {
        has_text(&item.outcome) && (replied.is_some() || !reply_needed)
    } else {
        rectified.is_some() || item.founded == Some(false)
    };
    let state = if excluded {
        "excluded"
    } else if !tracked || closed {
        "closed"
    } else {
        "open"
    };
    let report = FeedbackReport {
        id,
        kind: if is_complaint { "complaint" } else { "rating" },
        tracked,
        verify_due: tracked.then(|| verify_due.map(|d| d.to_string())).flatten(),
        resolve_due: tracked
            .then(|| resolve_due.map(|d| d.to_string()))
            .flatten(),
        state,
        provisional,
        findings,
    };
    (report, Some(kind))
}

/// A way to reach the person: not blank, and not a word that says there is none, nor what a
/// portal writes for no name (helper-42: 暂无, 未提供, null required a reply).
fn is_contact(s: &Option<String>) -> bool {
    const NONE: &[&str] = &[
        "无",
        "没有",
        "匿名",
        "不详",
        "none",
        "n/a",
        "na",
        "no",
        "-",
        "无联系方式",
        "暂无联系方式",
        "无联系电话",
        "无电话",
        "未留",
        "未留电话",
        "电话未留",
        "拒绝提供",
        "不提供",
        "不愿透露",
        "保密",
        "不愿留",
        "不愿提供",
        "未提供号码",
        "未留联系方式",
        "空号",
        "无号码",
        "无手机",
        "无手机号",
        "无邮箱",
        "无地址",
        "电话不详",
        "不留",
        "不方便留",
        "匿名投诉",
        "匿名来电",
        "no contact",
    ];
    // Nor a number of zeros only (0000-0000000, 电话 0), nor one already masked (138****8000, 138xxxx8000, ***), nor
    // two digits and signs (+86, (0)): nobody can be called back on it (helper-43, helper-44).
    let unusable = |t: &str| {
        let digits = t.chars().filter(char::is_ascii_digit).count();
        t.contains('*')
            || t.to_ascii_lowercase().contains("xxx")
            || t.chars().filter(char::is_ascii_digit).all(|c| c == '0') && digits > 0
            || t.trim().is_empty()
            || (digits < 3 && t.chars().all(|c| c.is_ascii() && !c.is_ascii_alphabetic()))
    };
    // What follows a label says it: 电话：无, tel: none.
    let said = |t: &str| t.rsplit([':', '：']).next().unwrap_or(t).to_string();
    s.as_deref().is_some_and(|t| {
        let said = said(t);
        !crate::input::says_none(&said, NONE)
            && !crate::report::mask::is_no_name(&said)
            && !unusable(&said)
    })
}

fn has_text(s: &Option<String>) -> bool {
    s.as_deref().is_some_and(|t| !t.trim().is_empty())
}

/// Adds one item to the shares of every group it belongs to.
pub fn tally(
    result: &mut ComplaintsResult,
    item: &FeedbackItem,
    kind: Kind,
    report: &FeedbackReport,
) {
    let add = |s: &mut Shares| match kind {
        Kind::Complaint => {
            s.complaints += 1;
            s.complaints_closed += (report.state == "closed") as usize;
        }
        Kind::Rating(_) if report.state == "excluded" => s.appeals_upheld += 1,
        Kind::Rating(level) => {
            s.ratings += 1;
            s.good += (level >= 4) as usize;
            s.bad += (level <= 2) as usize;
            if level <= 2 && item.named == Some(true) {
                // A bad rating reaches here only with every time readable and not after now.
                s.named_bad += 1;
                s.rectified +=
                    (item.rectified_at.is_some() || item.founded == Some(false)) as usize;
                s.called_back += item.called_back_at.is_some() as usize;
            }
        }
    };
    add(&mut result.overall);
    // Kept whole here and cut short when shown (`mask_keys`): two units whose names begin
    // alike for 40 characters are two units (helper-78).
    let given = |k: &Option<String>| {
        k.as_deref()
            .filter(|k| !k.trim().is_empty())
            .map(str::to_string)
    };
    for (key, map) in [
        (&item.unit, &mut result.by_unit),
        (&item.sector, &mut result.by_sector),
    ] {
        if let Some(k) = given(key) {
            add(map.get_or_insert_with(&k, Shares::default));
        }
    }
    if let Some(window) = given(&item.window) {
        let unit = given(&item.unit).unwrap_or_default();
        let windows = result.by_unit_window.get_or_insert_with(&unit, StrMap::new);
        add(windows.get_or_insert_with(&window, Shares::default));
    }
}

/// Works out the shares and rates of every group from its counts, once every record is
/// tallied (see [`tally`]).
pub fn finish(result: &mut ComplaintsResult) {
    result.overall.finish();
    let windows = result
        .by_unit_window
        .values_mut()
        .flat_map(|w| w.values_mut());
    (result.by_unit.values_mut())
        .chain(result.by_sector.values_mut())
        .chain(windows)
        .for_each(Shares::finish);
}

/// Masks every name `masker` knows in what the result echoes (CASE-7): each report's findings,
/// and the names of the windows, units and sectors. Two groups whose names mask alike stay
/// two groups: the later one is numbered (王** (2)), never merged into the first.
pub fn mask_names(result: &mut ComplaintsResult, masker: &crate::report::mask::Masker) {
    for report in &mut result.results {
        report
            .findings
            .iter_mut()
            .for_each(|f| f.mask_names(masker));
    }
    mask_keys(&mut result.by_unit, masker);
    mask_keys(&mut result.by_sector, masker);
    mask_keys(&mut result.by_unit_window, masker);
    for windows in result.by_unit_window.values_mut() {
        mask_keys(windows, masker);
    }
}

/// The keys of `map` with every name masked; keys that mask alike stay apart, numbered.
fn mask_keys<T>(map: &mut StrMap<T>, masker: &crate::report::mask::Masker) {
    let mut masked = StrMap::new();
    for (key, value) in std::mem::take(map).into_sorted() {
        masked.insert_apart(masker.clipped(&key, 40), value);
    }
    *map = masked;
}
