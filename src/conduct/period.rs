//! `assessPeriod`: pay and posts over 3–12 months (CON-7). Base pay steps up after a block
//! (a quarter) of 优秀 and down after a 不合格 in it; 不合格 months in a row, or too many within
//! a year, send a person for retraining off the post; 不合格 again soon after that ends the
//! contract.

use crate::str_index::StrIndex;
use crate::text::TrimSpaces;

use serde::{Deserialize, Serialize};

use super::codes::{Action, ConductIssue, Grade};
use super::rules::ConductRules;
use super::score::ConductResult;
use super::{mask_name, points, tenths, Month};
use crate::error::{Error, ErrorCode};
use crate::finding::Finding;
use crate::input::{Lenient, RecordId};
use crate::messages::Locale;
use crate::text::number_text;

/// The score cards of one month, such as `scoreConduct(...).cards` with its period. Only the
/// fields read here are needed; the rest of a card is ignored.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct MonthCards {
    /// The month, `YYYY-MM`. `assessPeriod` takes consecutive months in order; `rankUnits`
    /// takes them in any order and with gaps. Each month is given once.
    pub period: String,
    /// The month's score cards; empty when absent.
    #[serde(default)]
    #[tsify(type = "MonthCard[]")]
    pub cards: Vec<Lenient<CardSummary>>,
    /// Staff sent for retraining in this month by a decision already taken (CON-7).
    #[serde(default)]
    pub retrained: Vec<RecordId>,
}

/// One person's card in a month, as `assessPeriod` and `rankUnits` read it: the fields of a
/// `ScoreCard` they use, in camelCase (`staffId`, `score`, …).
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "MonthCard", missing_as_null)]
pub struct CardSummary {
    /// The person's staff id (`staffId`), compared trimmed; one card per person and month, and a
    /// second is a `duplicate_card` finding.
    pub staff_id: RecordId,
    /// The person's name, masked in `assessPeriod`'s result; not used by `rankUnits`.
    #[serde(default)]
    pub name: Option<String>,
    /// The person's unit id. `rankUnits` leaves out a card with none (or a blank one).
    #[serde(default)]
    pub unit: Option<RecordId>,
    /// The window id: `rankUnits` also counts the card for that window of the unit.
    #[serde(default)]
    pub window: Option<RecordId>,
    /// The sector on the card, used by `rankUnits` where `units` (for a unit) or `windows` (for a
    /// window) gives none.
    #[serde(default)]
    pub sector: Option<String>,
    /// The month's score. A number outside 0 to the cap, or between two tenths (89.95), is an
    /// `invalid_score` finding, and the card is left out. A card that cannot be read (a score that is no number at all: a text,
    /// `null`, NaN; a field of the wrong type) is an `invalid_record` finding at its path and
    /// is left out; the other cards are still read.
    pub score: f64,
    /// Serious offences in the month (`seriousOffences`), the first tie-break of `rankUnits`; 0
    /// when absent.
    #[serde(default)]
    pub serious_offences: u32,
    /// A record of the person's month cost the unit its eligibility for awards (CON-6; an
    /// exposure, by default): `rankUnits` marks the unit and the window `awardsDisqualified`.
    /// False when absent.
    #[serde(default)]
    pub unit_disqualified: bool,
    /// The card leaves out records that could not be scored (`scoreConduct`'s `incomplete`):
    /// `assessPeriod` takes no 不合格 of it against the person. False when absent.
    #[serde(default)]
    pub incomplete: bool,
}

impl MonthCards {
    /// The cards of a month scored here, for callers in Rust.
    pub fn from_result(result: &ConductResult) -> MonthCards {
        MonthCards {
            period: result.period.clone(),
            cards: result
                .cards
                .iter()
                .map(|c| {
                    Lenient::from(CardSummary {
                        staff_id: RecordId(c.staff_id.clone()),
                        name: Some(c.name.clone()),
                        unit: c.unit.clone().map(RecordId),
                        window: c.window.clone().map(RecordId),
                        sector: c.sector.clone(),
                        score: c.score,
                        serious_offences: c.serious_offences,
                        unit_disqualified: c.unit_disqualified,
                        incomplete: c.incomplete,
                    })
                })
                .collect(),
            retrained: Vec::new(),
        }
    }
}

/// One month of a person's period.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct MonthGrade {
    /// The month, `YYYY-MM`.
    pub period: String,
    /// The card's score, to 0.1 point.
    pub score: f64,
    /// The score's grade under the ruleset's bands (CON-1).
    pub grade: Grade,
    /// The card was incomplete: a 不合格 here counts for nothing against the person.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    #[tsify(optional)]
    pub incomplete: bool,
}

/// A pay or post recommendation over the period (CON-7).
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "PeriodRecommendation")]
pub struct Recommendation {
    /// `pay_step_up`, `pay_step_down`, `retraining` or `end_contract`.
    #[tsify(type = "\"pay_step_up\" | \"pay_step_down\" | \"retraining\" | \"end_contract\"")]
    pub action: Action,
    /// The rule ID, `CON-7`.
    pub rule: &'static str,
    /// The month it is due: the end of the block, or the month that triggered it.
    pub at: String,
    /// The months that triggered it.
    pub months: Vec<String>,
    /// For an end of contract: the month of the retraining before it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retrained_at: Option<String>,
    /// The recommendation, in the engine's locale.
    pub message: String,
}

/// One person over the period: a person with a card or a recorded retraining in any month.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct PersonPeriod {
    /// The staff id, trimmed.
    pub staff_id: String,
    /// Masked (CASE-7).
    pub name: String,
    /// The unit of the person's last card that names one; `None` when no card does.
    pub unit: Option<String>,
    /// The months with a card, in order; a month without one is left out.
    pub months: Vec<MonthGrade>,
    /// The mean of those months' scores, to 0.01 (`averageScore`); `None` with no card.
    pub average_score: Option<f64>,
    /// What the period calls for, in the order the recommendations fall due.
    #[tsify(type = "PeriodRecommendation[]")]
    pub recommendations: Vec<Recommendation>,
}

/// The recommendations of the period, counted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PeriodSummary {
    /// The number of people in the result.
    pub people: u32,
    /// `pay_step_up` recommendations (`payStepUp`).
    pub pay_step_up: u32,
    /// `pay_step_down` recommendations (`payStepDown`).
    pub pay_step_down: u32,
    /// `retraining` recommendations.
    pub retraining: u32,
    /// `end_contract` recommendations (`endContract`).
    pub end_contract: u32,
}

/// What `assessPeriod` returns: pay and posts over the period (CON-7).
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PeriodResult {
    /// The first month, `YYYY-MM`.
    pub from: String,
    /// The last month, `YYYY-MM`.
    pub to: String,
    /// The number of months.
    pub months: u32,
    /// One entry per person, in the order each first appears in the months.
    pub people: Vec<PersonPeriod>,
    /// The recommendations, counted.
    pub summary: PeriodSummary,
    /// Cards left out: an invalid score (`invalid_score`) or a second card of a person in a
    /// month (`duplicate_card`).
    pub findings: Vec<Finding>,
}

/// Months in order, none missing: the first, as a [`Month`] index.
pub(crate) fn parse_months(
    periods: &[&str],
    min: u32,
    max: u32,
    consecutive: bool,
) -> Result<Vec<Month>, Error> {
    let n = periods.len() as u32;
    if n < min || n > max {
        return Err(Error::new(ErrorCode::InvalidArgument, "months")
            .detail(format!("{n} months ({min}–{max})")));
    }
    let mut out: Vec<Month> = Vec::with_capacity(periods.len());
    for (i, p) in periods.iter().enumerate() {
        let path = format!("months[{i}].period");
        let m = Month::parse(p.trim_spaces(), &path)?;
        if let Some(first) = out.first() {
            let expected = Month::from_index(first.index() + i as i32);
            if consecutive && m != expected {
                return Err(
                    Error::new(ErrorCode::InvalidArgument, &path).detail(format!(
                        "{m} (expected {expected}: one entry per month, in order, none missing)"
                    )),
                );
            }
            if out.contains(&m) {
                return Err(Error::new(ErrorCode::InvalidArgument, &path)
                    .detail(format!("{m} appears twice")));
            }
        }
        out.push(m);
    }
    Ok(out)
}

/// Masks in `findings` the names every card of `months` gives, read or not (CASE-7): a value a
/// card could not be read by may be another card's name (helper-86: a column shifted,
/// `score: "张伟"`, was echoed whole where 张伟 was another card's name).
pub(crate) fn mask_card_names(months: &[MonthCards], findings: &mut [Finding]) {
    use crate::report::mask::{id_is_name, is_no_name, texts_under, Masker};
    if findings.is_empty() {
        return;
    }
    let mut names: Vec<String> = Vec::new();
    // A staff id is a name only when it reads as one (`S12` is no name to mask).
    let id_name = |id: &str| id_is_name(id.trim_spaces()).then(|| id.trim_spaces().to_string());
    for card in months.iter().flat_map(|m| &m.cards) {
        match (&card.0, card.1.as_deref()) {
            (Ok(c), _) => {
                names.extend(c.name.clone());
                names.extend(id_name(&c.staff_id.0));
            }
            (Err(_), Some(raw)) => {
                names.extend(texts_under(raw, &["name"]));
                let ids = texts_under(raw, &["staffId"]);
                names.extend(ids.iter().filter_map(|id| id_name(id)));
            }
            (Err(_), None) => {}
        }
    }
    // Each name once, in the order given (of two spellings, the first is the one shown).
    let mut seen = StrIndex::new();
    names.retain(|n| {
        let known = seen.len();
        !is_no_name(n) && seen.get_or_insert_with(n, || known) == known
    });
    let masker = Masker::new(names.iter().map(String::as_str));
    findings.iter_mut().for_each(|f| f.mask_names(&masker));
}

/// A month's card and its score in tenths, if it could be read and its score is one;
/// otherwise the finding at `path`: `invalid_record` (helper-83: one card whose score was a
/// text made the whole call an error) or `invalid_score`.
pub(crate) fn scored_card<'a>(
    card: &'a Lenient<CardSummary>,
    cap: i64,
    path: &str,
    locale: Locale,
) -> Result<(&'a CardSummary, i64), Finding> {
    let card = card.0.as_ref().map_err(|e| {
        let at = crate::error::join_path(path, &e.path);
        let detail = crate::messages::detail_text(&e.detail, locale);
        ConductIssue::InvalidRecord.finding(&at, &detail, locale)
    })?;
    Ok((card, card_score(card, cap, path, locale)?))
}

/// A card's score in tenths, if it is a score at all; otherwise a finding.
pub(crate) fn card_score(
    card: &CardSummary,
    cap: i64,
    path: &str,
    locale: Locale,
) -> Result<i64, Finding> {
    let t = tenths(card.score);
    // A score between two tenths is refused, not rounded: 89.95 is no 优秀 and 59.95 no 合格,
    // and which way to round it is not the engine's to say (helper-86).
    // Within 1e-11 (some forty units in the last place at 900) of a tenth is a tenth written
    // in binary (89.9 * 10 is 899.0000000000001); 90 - 1e-10 is not 90 (helper-87,
    // helper-88: tolerances of 1e-6, then 1e-9, had made such scores 优秀).
    let off_step = (card.score * 10.0 - t as f64).abs() > 1e-11;
    if !card.score.is_finite() || t < 0 || t > cap || off_step {
        return Err(ConductIssue::InvalidScore.finding(
            &format!("{path}.score"),
            &number_text(card.score),
            locale,
        ));
    }
    Ok(t)
}

struct Track {
    staff_id: String,
    name: String,
    /// The first card's name (none: empty), as names are compared; a card under another
    /// sets `shared`.
    name_key: Option<String>,
    shared: bool,
    unit: Option<String>,
    scores: Vec<Option<i64>>,
    /// Per month: where the portal recorded this person's retraining in `retrained`.
    retrained: Vec<Option<usize>>,
    /// Per month: the card counted was incomplete.
    incomplete: Vec<bool>,
    /// Per month: where the card counted is in `cards`.
    card: Vec<usize>,
}

fn block_label(first: Month, len: usize, locale: Locale) -> String {
    let last = Month::from_index(first.index() + len as i32 - 1);
    if len == 3 && (first.month - 1) % 3 == 0 {
        let quarter = (first.month - 1) / 3 + 1;
        if locale.is_english() {
            format!("Q{quarter} {}", first.year)
        } else {
            let zh = ["一", "二", "三", "四"][(quarter as usize - 1).min(3)];
            format!("{}年第{zh}季度", first.year)
        }
    } else if len == 1 {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}

/// Applies CON-7 to the cards of 3–12 consecutive months (by default).
///
/// # Errors
///
/// `invalid_ruleset` at `ruleset.conduct.…` when `rules` is invalid; `invalid_argument` at
/// `months` for fewer than `payAndPosts.minMonths` or more than `maxMonths` months, and at
/// `months[i].period` for a period not `YYYY-MM` of 2000–2100 or not the month after the last.
pub fn assess_period(
    months: &[MonthCards],
    rules: &ConductRules,
    locale: Locale,
) -> Result<PeriodResult, Error> {
    rules.validate()?;
    assess_period_valid(months, rules, locale)
}

/// [`assess_period`] with rules already validated: the engine's, checked once when it was built.
pub(crate) fn assess_period_valid(
    months: &[MonthCards],
    rules: &ConductRules,
    locale: Locale,
) -> Result<PeriodResult, Error> {
    let pp = &rules.pay_and_posts;
    let periods: Vec<&str> = months.iter().map(|m| m.period.as_str()).collect();
    let list = parse_months(&periods, pp.min_months, pp.max_months, true)?;
    let (first, n) = (list[0], list.len());
    let c = rules.compiled();
    let mut findings = Vec::new();
    let mut tracks: Vec<Track> = Vec::new();
    let mut index: StrIndex = StrIndex::new();
    let mut track_of = |id: &str, tracks: &mut Vec<Track>| -> usize {
        index.get_or_insert_with(id, || {
            tracks.push(Track {
                staff_id: id.to_string(),
                name: String::new(),
                name_key: None,
                shared: false,
                unit: None,
                scores: vec![None; n],
                retrained: vec![None; n],
                incomplete: vec![false; n],
                card: vec![0; n],
            });
            tracks.len() - 1
        })
    };
    for (i, month) in months.iter().enumerate() {
        for (j, card) in month.cards.iter().enumerate() {
            let path = format!("months[{i}].cards[{j}]");
            let (card, score) = match scored_card(card, c.cap, &path, locale) {
                Ok(s) => s,
                Err(f) => {
                    findings.push(f);
                    continue;
                }
            };
            let id = card.staff_id.0.trim_spaces();
            // A placeholder is no id: cards under 暂无 or a blank are not one person's.
            if crate::report::mask::is_no_name(id) {
                let at = format!("{path}.staffId");
                let missing = crate::messages::detail_text("missing field `staffId`", locale);
                findings.push(ConductIssue::InvalidRecord.finding(&at, &missing, locale));
                continue;
            }
            let t = track_of(&crate::text::id_key(id), &mut tracks);
            let track = &mut tracks[t];
            // One id under two names, or named on one card and not on another, is two people
            // (helper-43, helper-44: four people's cards under one id, or two in one month,
            // ended in a contract-end recommendation): nothing is concluded for it.
            let name = card.name.as_deref().unwrap_or("");
            // Cards are told apart by their unit too: S1 of unit A and S1 of unit B, named or
            // not, are not known to be one person (helper-46, helper-47: their 不合格 months were
            // joined into one retraining, then a contract end; 张伟 is a common name).
            let unit = super::given(card.unit.as_ref().map(|u| u.0.as_str())).unwrap_or("");
            let key = format!("{}\u{0}{unit}", crate::report::mask::name_key_text(name));
            match &track.name_key {
                None => (track.name, track.name_key) = (mask_name(name), Some(key)),
                Some(k) if *k != key && !track.shared => {
                    track.shared = true;
                    let at = format!("{path}.staffId");
                    findings.push(ConductIssue::SharedStaffId.finding(
                        &at,
                        &super::shown_id(id),
                        locale,
                    ));
                }
                Some(_) => {}
            }
            if track.shared {
                continue;
            }
            if let Some(first) = track.scores[i] {
                findings.push(ConductIssue::DuplicateCard.finding(
                    &format!("{path}.staffId"),
                    &super::month_and_id(&list[i].to_string(), id, locale),
                    locale,
                ));
                // Two cards of one month that disagree: the better counts, the reading that
                // asserts less against the person (helper-44: the first given decided pay up
                // or down).
                // Either incomplete leaves the month unconfirmed: the incomplete one's true
                // score is not known (helper-51: 40 incomplete beside 80 still retrained).
                if !track.incomplete[i] && (card.incomplete || score > first) {
                    track.card[i] = j;
                }
                track.incomplete[i] |= card.incomplete;
                track.scores[i] = Some(first.max(score));
                continue;
            }
            track.scores[i] = Some(score);
            (track.incomplete[i], track.card[i]) = (card.incomplete, j);
            if let Some(unit) = card
                .unit
                .as_ref()
                .filter(|u| super::given(Some(&u.0)).is_some())
            {
                track.unit = Some(unit.0.clone());
            }
        }
        for (j, id) in month.retrained.iter().enumerate() {
            if crate::report::mask::is_no_name(&id.0) {
                continue;
            }
            let t = track_of(&crate::text::id_key(&id.0), &mut tracks);
            tracks[t].retrained[i].get_or_insert(j);
        }
    }

    let month_text = |i: usize| list[i].to_string();
    let recommend = |action: Action,
                     at: usize,
                     months: Vec<usize>,
                     retrained: Option<usize>,
                     detail: String| {
        Recommendation {
            action,
            rule: action.rule(),
            at: month_text(at),
            months: months.into_iter().map(month_text).collect(),
            retrained_at: retrained.map(month_text),
            message: action.message(&detail, locale),
        }
    };
    let join = |ms: &[usize]| {
        ms.iter()
            .map(|&i| month_text(i))
            .collect::<Vec<_>>()
            .join(match locale {
                Locale::ZhCn => "、",
                Locale::En => ", ",
            })
    };

    let q = pp.quarter_months as usize;
    let mut summary = PeriodSummary::default();
    let mut people = Vec::with_capacity(tracks.len());
    for t in tracks.into_iter().filter(|t| !t.shared) {
        // A retraining of someone with no card in the period (a name, a mistyped id) is no
        // person's: said, not shown as an empty person (helper-47).
        if t.scores.iter().all(Option::is_none) {
            for (i, j) in t.retrained.iter().enumerate() {
                if let Some(j) = j {
                    let shown = super::shown_id(&t.staff_id);
                    let at = format!("months[{i}].retrained[{j}]");
                    findings.push(ConductIssue::RetrainedWithoutCard.finding(&at, &shown, locale));
                }
            }
            continue;
        }
        let grades: Vec<Option<Grade>> = t.scores.iter().map(|s| s.map(|s| c.grade(s))).collect();
        // An incomplete card's grade is not known: nothing follows from it, and every such
        // month is said (helper-51: an incomplete 良好 beside two 优秀 blocked a step up
        // without a word).
        let fail = |i: usize| grades[i] == Some(Grade::Fail) && !t.incomplete[i];
        for i in (0..n).filter(|&i| grades[i].is_some() && t.incomplete[i]) {
            let detail = super::month_and_id(&month_text(i), &t.staff_id, locale);
            let at = format!("months[{i}].cards[{}].incomplete", t.card[i]);
            findings.push(ConductIssue::IncompleteCard.finding(&at, &detail, locale));
        }
        let mut recs = Vec::new();

        // Pay: each block of `q` months wholly inside the period, aligned to the year.
        let mut start = 0;
        while start < n {
            if (first.index() as usize + start) % q != 0 || start + q > n {
                start += 1;
                continue;
            }
            let block: Vec<usize> = (start..start + q).collect();
            let label = block_label(list[start], q, locale);
            let fails: Vec<usize> = block.iter().copied().filter(|&i| fail(i)).collect();
            if fails.len() >= pp.step_down_fails as usize {
                recs.push(recommend(
                    Action::PayStepDown,
                    start + q - 1,
                    fails,
                    None,
                    label,
                ));
            } else if block.iter().all(|&i| grades[i] == Some(Grade::Excellent)) {
                // An incomplete month's 优秀 is not confirmed either: no step up is drawn from
                // it, and the warning says why (helper-49, helper-50: the recommendation had
                // said every month was 优秀 as a fact).
                if block.iter().any(|&i| t.incomplete[i]) {
                    start += q;
                    continue;
                }
                recs.push(recommend(
                    Action::PayStepUp,
                    start + q - 1,
                    block,
                    None,
                    label,
                ));
            }
            start += q;
        }

        // Posts: retraining, then the end of the contract. A recorded retraining leads to a
        // contract end only when the person stayed below standard before it (`grounds`): "stays
        // below standard → retraining → fails again", the reading that asserts less (helper-45:
        // a retraining recorded after a 合格 month, then one 不合格, ended the contract).
        let mut counted_from = 0;
        let mut retrained_at: Option<usize> = None;
        let (mut grounds, mut triggered) = (false, false);
        let mut ungrounded: Option<usize> = None;
        // An incomplete 不合格 may have been a pass: for the grounds, it is one (helper-50).
        let passed = |i: usize| grades[i].is_some_and(|g| g != Grade::Fail || t.incomplete[i]);
        for i in 0..n {
            if let Some(r) = ungrounded {
                if fail(i) && i > r && i - r <= pp.contract_end_within_months as usize {
                    let j = t.retrained[r].unwrap_or(0);
                    let detail = match locale {
                        Locale::ZhCn => format!(
                            "{}：{}登记的离岗培训，{}再次考评不合格",
                            super::shown_id(&t.staff_id),
                            month_text(r),
                            month_text(i)
                        ),
                        Locale::En => format!(
                            "{}: retraining recorded in {}, failed in {}",
                            super::shown_id(&t.staff_id),
                            month_text(r),
                            month_text(i)
                        ),
                    };
                    findings.push(ConductIssue::RetrainingWithoutFails.finding(
                        &format!("months[{r}].retrained[{j}]"),
                        &detail,
                        locale,
                    ));
                    ungrounded = None;
                }
            }
            if let Some(r) = retrained_at {
                if fail(i) && i > r && i - r <= pp.contract_end_within_months as usize {
                    // CON-7: the text names the retraining the portal recorded, not one assumed.
                    let detail = match locale {
                        Locale::ZhCn => format!(
                            "已登记{}离岗培训，{}再次考评不合格",
                            month_text(r),
                            month_text(i)
                        ),
                        Locale::En => format!(
                            "retraining recorded in {}, failed again in {}",
                            month_text(r),
                            month_text(i)
                        ),
                    };
                    recs.push(recommend(Action::EndContract, i, vec![i], Some(r), detail));
                    break;
                }
            }
            if fail(i) {
                let mut running = Vec::new();
                let mut k = i + 1;
                while k > counted_from && fail(k - 1) {
                    running.push(k - 1);
                    k -= 1;
                }
                running.reverse();
                let window_start = (i + 1)
                    .saturating_sub(pp.retraining_window_months as usize)
                    .max(counted_from);
                let within: Vec<usize> = (window_start..=i).filter(|&k| fail(k)).collect();
                let trigger = if running.len() >= pp.retraining_running_fails as usize {
                    Some(running)
                } else if within.len() >= pp.retraining_fails as usize {
                    Some(within)
                } else {
                    None
                };
                if let Some(months) = trigger {
                    let detail = join(&months);
                    recs.push(recommend(Action::Retraining, i, months, None, detail));
                    // CON-7: the engine's own recommendation is not a retraining; only one
                    // the portal records (below) can lead to a contract end.
                    counted_from = i + 1;
                    triggered = true;
                }
            }
            // A month passed since the run: the person no longer stays below standard, and a
            // retraining recorded after it has no grounds (helper-46: fails in January and
            // February, six months passed, a retraining in September, then one 不合格 ended
            // the contract). A month without a card says nothing; an incomplete 不合格 may have
            // been a pass, and ends the grounds too (helper-50: 50, 50, an incomplete 50, a
            // retraining in April, then 50 had ended the contract).
            if passed(i) && t.retrained[i].is_none() {
                grounds = false;
            }
            if t.retrained[i].is_some() {
                if std::mem::take(&mut grounds) {
                    retrained_at = Some(i);
                } else {
                    ungrounded = Some(i);
                }
                counted_from = i + 1;
            }
            // A run that ends in the retraining's own month grounds only a later one: the
            // month's 不合格 may have come after the retraining (helper-47: 50, 50 with a
            // retraining recorded in February, 50 had ended the contract).
            grounds |= std::mem::take(&mut triggered);
        }
        // Recommendations in the order they fall due.
        crate::sort::sort_stable_by_small(&mut recs, |a, b| a.at.cmp(&b.at));
        for r in &recs {
            match r.action {
                Action::PayStepUp => summary.pay_step_up += 1,
                Action::PayStepDown => summary.pay_step_down += 1,
                Action::Retraining => summary.retraining += 1,
                Action::EndContract => summary.end_contract += 1,
                _ => {}
            }
        }
        let present: Vec<i64> = t.scores.iter().flatten().copied().collect();
        let sum: i64 = present.iter().sum();
        people.push(PersonPeriod {
            staff_id: t.staff_id,
            name: t.name,
            unit: t.unit,
            months: t
                .scores
                .iter()
                .enumerate()
                .filter_map(|(i, s)| {
                    s.map(|s| MonthGrade {
                        period: month_text(i),
                        score: points(s),
                        grade: c.grade(s),
                        incomplete: t.incomplete[i],
                    })
                })
                .collect(),
            average_score: super::score::mean_hundredths(sum, present.len() as i64)
                .map(|h| h as f64 / 100.0),
            recommendations: recs,
        });
    }
    summary.people = people.len() as u32;
    mask_card_names(months, &mut findings);
    Ok(PeriodResult {
        from: first.to_string(),
        to: list[n - 1].to_string(),
        months: n as u32,
        people,
        summary,
        findings,
    })
}
