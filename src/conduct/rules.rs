//! `ruleset.conduct`: the points table, grade bands and consequence thresholds of CON-1..9 and
//! SUP-5, with the defaults of REGULATIONS.md. A portal overrides any single value; what it
//! leaves out keeps the default.

use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use super::codes::ConductCode;
use super::tenths;
use crate::error::{Error, ErrorCode};
use crate::text::tenths_text;

const N_CODES: usize = ConductCode::ALL.len();
const PREFIX: &str = "ruleset.conduct";
/// Largest magnitude of any score or points value; keeps every sum far inside i64 tenths.
const MAX_POINTS: f64 = 1000.0;

/// One row of the points table.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PointEntry {
    /// Points per occurrence: negative deducts, positive adds.
    pub points: f64,
    /// The rule behind the code; fixed by the code, shown for reference.
    pub rule: &'static str,
    /// The month's score becomes 0 (bribery, exposure).
    pub zero_month: bool,
    /// Referred to discipline inspection (CON-4).
    pub referred: bool,
    /// Removal from the post recommended (CON-6).
    pub remove_from_post: bool,
    /// The unit loses its eligibility for annual awards (CON-6).
    pub disqualify_unit: bool,
    /// The unit's head and the bureau's head are named as accountable (CON-6).
    pub name_heads: bool,
}

impl PointEntry {
    fn default_for(code: ConductCode) -> PointEntry {
        use super::codes::{DISQUALIFY_UNIT, NAME_HEADS, REFERRED, REMOVE_FROM_POST, ZERO_MONTH};
        PointEntry {
            points: code.default_points(),
            rule: code.rule(),
            zero_month: code.has_consequence(ZERO_MONTH),
            referred: code.has_consequence(REFERRED),
            remove_from_post: code.has_consequence(REMOVE_FROM_POST),
            disqualify_unit: code.has_consequence(DISQUALIFY_UNIT),
            name_heads: code.has_consequence(NAME_HEADS),
        }
    }
}

/// One code's row of the points table as a portal gives it: what it leaves out keeps its
/// default. `ruleset()` gives every member.
#[derive(Deserialize, tsify::Tsify)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[tsify(rename = "ConductPointSettings")]
struct PointPatch {
    /// Points per occurrence: negative deducts, positive adds.
    #[tsify(optional)]
    points: Option<f64>,
    /// The rule behind the code: fixed by the code, shown for reference.
    #[tsify(optional)]
    rule: Option<String>,
    /// The month's score becomes 0 (bribery, exposure).
    #[tsify(optional)]
    zero_month: Option<bool>,
    /// Referred to discipline inspection (CON-4).
    #[tsify(optional)]
    referred: Option<bool>,
    /// Removal from the post recommended (CON-6).
    #[tsify(optional)]
    remove_from_post: Option<bool>,
    /// The unit loses its eligibility for annual awards (CON-6).
    #[tsify(optional)]
    disqualify_unit: Option<bool>,
    /// The unit's head and the bureau's head are named as accountable (CON-6).
    #[tsify(optional)]
    name_heads: Option<bool>,
}

/// The points table: one entry per code of [`ConductCode`]. In JSON it is an object keyed by
/// code; an object with some codes overrides just those, field by field.
#[derive(Clone, Debug, PartialEq)]
pub struct PointsTable {
    entries: Vec<PointEntry>,
    /// Problems seen while reading overrides, as (path under `points`, detail), for
    /// [`ConductRules::validate`] to report with a path.
    problems: Vec<(String, String)>,
}

impl Default for PointsTable {
    fn default() -> Self {
        PointsTable {
            entries: ConductCode::ALL
                .iter()
                .map(|&c| PointEntry::default_for(c))
                .collect(),
            problems: Vec::new(),
        }
    }
}

impl PointsTable {
    /// The entry of `code`.
    pub fn get(&self, code: ConductCode) -> &PointEntry {
        &self.entries[code.index()]
    }

    /// The entry of `code`, to change. Nothing is checked here: [`ConductRules::validate`] checks
    /// the values.
    pub fn get_mut(&mut self, code: ConductCode) -> &mut PointEntry {
        &mut self.entries[code.index()]
    }

    fn apply(&mut self, key: &str, patch: PointPatch) {
        let Some(code) = ConductCode::parse(key) else {
            self.problems.push((
                key.to_string(),
                format!("unknown code \"{}\"", crate::text::clip(key)),
            ));
            return;
        };
        let e = &mut self.entries[code.index()];
        if let Some(rule) = patch.rule {
            if rule != e.rule {
                self.problems.push((
                    format!("{key}.rule"),
                    format!(
                        "\"{}\": the rule of {key} is {}",
                        crate::text::clip(&rule),
                        e.rule
                    ),
                ));
            }
        }
        let fields = [
            (&mut e.zero_month, patch.zero_month),
            (&mut e.referred, patch.referred),
            (&mut e.remove_from_post, patch.remove_from_post),
            (&mut e.disqualify_unit, patch.disqualify_unit),
            (&mut e.name_heads, patch.name_heads),
        ];
        for (field, value) in fields {
            if let Some(v) = value {
                *field = v;
            }
        }
        if let Some(p) = patch.points {
            e.points = p;
        }
    }
}

impl Serialize for PointsTable {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(N_CODES))?;
        for (code, entry) in ConductCode::ALL.iter().zip(&self.entries) {
            map.serialize_entry(code.as_str(), entry)?;
        }
        map.end()
    }
}

struct TableVisitor;

impl<'de> Visitor<'de> for TableVisitor {
    type Value = PointsTable;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(crate::messages::EXPECT_CODE_TABLE)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PointsTable, A::Error> {
        let mut table = PointsTable::default();
        while let Some(key) = map.next_key::<String>()? {
            if ConductCode::parse(&key).is_some() {
                let patch: PointPatch = map.next_value()?;
                table.apply(&key, patch);
            } else {
                map.next_value::<IgnoredAny>()?;
                table.apply(
                    &key,
                    PointPatch {
                        points: None,
                        rule: None,
                        zero_month: None,
                        referred: None,
                        remove_from_post: None,
                        disqualify_unit: None,
                        name_heads: None,
                    },
                );
            }
        }
        Ok(table)
    }
}

impl<'de> Deserialize<'de> for PointsTable {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(TableVisitor)
    }
}

/// Grade bands (CON-1): the lowest score of each grade; below `pass` is 不合格.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, tsify::Tsify)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct GradeBands {
    /// The lowest score graded 优秀 (90 by default); from `good` up to the cap.
    pub excellent: f64,
    /// The lowest score graded 良好 (80 by default); at least `pass`.
    pub good: f64,
    /// The lowest score graded 合格 (60 by default), from the floor to the cap; below it is 不合格.
    pub pass: f64,
}

impl Default for GradeBands {
    fn default() -> Self {
        GradeBands {
            excellent: 90.0,
            good: 80.0,
            pass: 60.0,
        }
    }
}

/// Pay and posts (CON-7).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, tsify::Tsify)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct PayAndPosts {
    /// The fewest months an assessment period may span (3 by default).
    pub min_months: u32,
    /// The most months an assessment period may span (12 by default, at most 24). `rankUnits`
    /// takes up to this many months, or 12 if that is more.
    pub max_months: u32,
    /// Months per pay block, aligned to the calendar year: 3 is a quarter.
    pub quarter_months: u32,
    /// 不合格 months within a block that step base pay down.
    pub step_down_fails: u32,
    /// 不合格 months in a row that send a person for retraining …
    pub retraining_running_fails: u32,
    /// … or this many 不合格 months …
    pub retraining_fails: u32,
    /// … within this many months.
    pub retraining_window_months: u32,
    /// A 不合格 month within this many months after retraining: end the contract.
    pub contract_end_within_months: u32,
}

impl Default for PayAndPosts {
    fn default() -> Self {
        PayAndPosts {
            min_months: 3,
            max_months: 12,
            quarter_months: 3,
            step_down_fails: 1,
            retraining_running_fails: 2,
            retraining_fails: 3,
            retraining_window_months: 12,
            contract_end_within_months: 6,
        }
    }
}

/// Ranking (CON-9) and 约谈 (SUP-5).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, tsify::Tsify)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct RankingRules {
    /// An offence of this many points or worse per occurrence is serious; so is any that
    /// zeroes the month.
    pub serious_offence_points: f64,
    /// Months in a row last in the sector that call for a 约谈.
    pub talk_after_months_last: u32,
}

impl Default for RankingRules {
    fn default() -> Self {
        RankingRules {
            serious_offence_points: -5.0,
            talk_after_months_last: 2,
        }
    }
}

/// `ruleset.conduct`: every setting of conduct scoring (CON-1..9, SUP-5), in camelCase JSON.
/// A member left out keeps its default (REGULATIONS.md); an unknown member is an error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, tsify::Tsify)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
#[tsify(rename = "ConductSettings")]
pub struct ConductRules {
    /// Each person's score at the start of each month.
    pub base: f64,
    /// The lowest score a month can end with, unless a code zeroes it (0 by default, at least 0).
    pub floor: f64,
    /// The highest score a month can end with (110 by default, at least `base`).
    pub cap: f64,
    /// Largest `count` one record may carry; a record with more is not scored
    /// (`count_over_limit`): likely a typing error.
    pub max_count: u32,
    /// The points and consequences of each code.
    #[tsify(type = "Record<string, ConductPointSettings>")]
    pub points: PointsTable,
    /// The grade bands (CON-1).
    pub grades: GradeBands,
    /// The thresholds of pay and posts (CON-7), `payAndPosts` in JSON.
    pub pay_and_posts: PayAndPosts,
    /// The ranking (CON-9) and the talks (SUP-5).
    pub ranking: RankingRules,
}

/// CON-1's defaults: the month's base, its cap.
const DEFAULT_BASE: f64 = 100.0;
const DEFAULT_CAP: f64 = 110.0;

impl Default for ConductRules {
    fn default() -> Self {
        ConductRules {
            base: DEFAULT_BASE,
            floor: 0.0,
            cap: DEFAULT_CAP,
            max_count: 100,
            points: PointsTable::default(),
            grades: GradeBands::default(),
            pay_and_posts: PayAndPosts::default(),
            ranking: RankingRules::default(),
        }
    }
}

fn bad(path: &str, detail: String) -> Error {
    Error::new(ErrorCode::InvalidRuleset, &format!("{PREFIX}.{path}")).detail(detail)
}

/// A points value: finite, within ±1000, in steps of 0.1 (so sums stay exact in tenths).
fn check_points(x: f64, path: &str) -> Result<i64, Error> {
    let t = (x * 10.0).round();
    if !x.is_finite() || x.abs() > MAX_POINTS || (x * 10.0 - t).abs() > 1e-6 {
        return Err(bad(
            path,
            format!("{} (a number in steps of 0.1)", crate::text::number_text(x)),
        ));
    }
    Ok(t as i64)
}

fn check_count(value: u32, min: u32, max: u32, path: &str) -> Result<(), Error> {
    if value < min || value > max {
        return Err(bad(path, format!("{value} ({min}–{max})")));
    }
    Ok(())
}

impl ConductRules {
    /// Parses `ruleset.conduct` from JSON text and validates it; errors carry the path.
    ///
    /// # Errors
    ///
    /// `invalid_ruleset` at `ruleset.conduct…` when the text is not a `ConductRules`; then the
    /// errors of [`ConductRules::validate`].
    pub fn from_json(text: &str) -> Result<ConductRules, Error> {
        let rules: ConductRules =
            crate::json_path::from_json_text(text, PREFIX, ErrorCode::InvalidRuleset)?;
        rules.validate()?;
        Ok(rules)
    }

    /// Checks what serde's types cannot: unknown codes, steps of 0.1, signs and orders.
    ///
    /// # Errors
    ///
    /// `invalid_ruleset` at the first offending setting's path (`ruleset.conduct.…`): an
    /// unknown code or changed rule in `points`, points not in steps of 0.1 within ±1000 or of the
    /// wrong sign, a floor, base, cap or grade out of order, or a count outside its range.
    pub fn validate(&self) -> Result<(), Error> {
        if let Some((path, detail)) = self.points.problems.first() {
            return Err(bad(&format!("points.{path}"), detail.clone()));
        }
        for (code, e) in ConductCode::ALL.iter().zip(&self.points.entries) {
            let path = format!("points.{}.points", code.as_str());
            let t = check_points(e.points, &path)?;
            if code.is_commendation() && t < 0 {
                return Err(bad(
                    &path,
                    format!("{} (a commendation adds, ≥ 0)", tenths_text(t)),
                ));
            }
            if !code.is_commendation() && t > 0 {
                return Err(bad(
                    &path,
                    format!("{} (an offence deducts, ≤ 0)", tenths_text(t)),
                ));
            }
        }
        let floor = check_points(self.floor, "floor")?;
        let base = check_points(self.base, "base")?;
        let cap = check_points(self.cap, "cap")?;
        if floor < 0 {
            return Err(bad("floor", format!("{} (≥ 0)", tenths_text(floor))));
        }
        // Of two settings out of order, the one the portal changed is named (helper-52:
        // `floor: 101` was reported at `base`, which the portal had not set).
        if base < floor && self.base == DEFAULT_BASE {
            return Err(bad(
                "floor",
                format!("{} (≤ base {})", tenths_text(floor), tenths_text(base)),
            ));
        }
        if base < floor {
            return Err(bad(
                "base",
                format!("{} (≥ floor {})", tenths_text(base), tenths_text(floor)),
            ));
        }
        if cap < base && self.cap == DEFAULT_CAP {
            return Err(bad(
                "base",
                format!("{} (≤ cap {})", tenths_text(base), tenths_text(cap)),
            ));
        }
        if cap < base {
            return Err(bad(
                "cap",
                format!("{} (≥ base {})", tenths_text(cap), tenths_text(base)),
            ));
        }
        let g = &self.grades;
        let pass = check_points(g.pass, "grades.pass")?;
        let good = check_points(g.good, "grades.good")?;
        let excellent = check_points(g.excellent, "grades.excellent")?;
        if pass < floor || pass > cap {
            return Err(bad(
                "grades.pass",
                format!("{} (floor–cap)", tenths_text(pass)),
            ));
        }
        if good < pass {
            return Err(bad(
                "grades.good",
                format!("{} (≥ pass {})", tenths_text(good), tenths_text(pass)),
            ));
        }
        if excellent < good || excellent > cap {
            return Err(bad(
                "grades.excellent",
                format!(
                    "{} (good {} – cap {})",
                    tenths_text(excellent),
                    tenths_text(good),
                    tenths_text(cap)
                ),
            ));
        }
        check_count(self.max_count, 1, 10_000, "maxCount")?;
        let p = &self.pay_and_posts;
        check_count(p.min_months, 1, 24, "payAndPosts.minMonths")?;
        check_count(p.max_months, p.min_months, 24, "payAndPosts.maxMonths")?;
        if !matches!(p.quarter_months, 1 | 2 | 3 | 4 | 6 | 12) {
            return Err(bad(
                "payAndPosts.quarterMonths",
                format!("{} (one of 1, 2, 3, 4, 6, 12)", p.quarter_months),
            ));
        }
        check_count(
            p.step_down_fails,
            1,
            p.quarter_months,
            "payAndPosts.stepDownFails",
        )?;
        check_count(
            p.retraining_running_fails,
            1,
            24,
            "payAndPosts.retrainingRunningFails",
        )?;
        check_count(
            p.retraining_window_months,
            1,
            24,
            "payAndPosts.retrainingWindowMonths",
        )?;
        check_count(
            p.retraining_fails,
            1,
            p.retraining_window_months,
            "payAndPosts.retrainingFails",
        )?;
        check_count(
            p.contract_end_within_months,
            1,
            24,
            "payAndPosts.contractEndWithinMonths",
        )?;
        let serious = check_points(
            self.ranking.serious_offence_points,
            "ranking.seriousOffencePoints",
        )?;
        if serious > 0 {
            return Err(bad(
                "ranking.seriousOffencePoints",
                format!("{} (≤ 0)", tenths_text(serious)),
            ));
        }
        check_count(
            self.ranking.talk_after_months_last,
            1,
            24,
            "ranking.talkAfterMonthsLast",
        )?;
        Ok(())
    }

    /// The numbers in tenths of a point, for exact sums.
    pub(crate) fn compiled(&self) -> Compiled {
        Compiled {
            base: tenths(self.base),
            floor: tenths(self.floor),
            cap: tenths(self.cap),
            excellent: tenths(self.grades.excellent),
            good: tenths(self.grades.good),
            pass: tenths(self.grades.pass),
            serious: tenths(self.ranking.serious_offence_points),
            points: self
                .points
                .entries
                .iter()
                .map(|e| tenths(e.points))
                .collect(),
        }
    }
}

/// [`ConductRules`] in tenths of a point.
pub(crate) struct Compiled {
    pub base: i64,
    pub floor: i64,
    pub cap: i64,
    pub excellent: i64,
    pub good: i64,
    pub pass: i64,
    pub serious: i64,
    pub points: Vec<i64>,
}

impl Compiled {
    pub fn grade(&self, score: i64) -> super::Grade {
        use super::Grade;
        if score >= self.excellent {
            Grade::Excellent
        } else if score >= self.good {
            Grade::Good
        } else if score >= self.pass {
            Grade::Pass
        } else {
            Grade::Fail
        }
    }

    pub fn points(&self, code: ConductCode) -> i64 {
        self.points.get(code.index()).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_round_trip() {
        let rules = ConductRules::default();
        rules.validate().unwrap();
        let text = serde_json::to_string(&rules).unwrap();
        let back = ConductRules::from_json(&text).unwrap();
        assert_eq!(back, rules);
        assert!(
            text.contains(r#""eating":{"points":-1.0,"rule":"CON-2""#),
            "{text}"
        );
    }

    #[test]
    fn the_default_table_matches_regulations() {
        let t = PointsTable::default();
        let p = |c: ConductCode| t.get(c).points;
        assert_eq!(p(ConductCode::CivilityItemMissed), -0.5);
        assert_eq!(p(ConductCode::GiftOrMeal), -10.0);
        assert_eq!(p(ConductCode::RefusedByHours), -5.0);
        assert_eq!(p(ConductCode::CommendationBanner), 2.0);
        assert!(t.get(ConductCode::Bribery).zero_month && t.get(ConductCode::Bribery).referred);
        assert!(t.get(ConductCode::GiftOrMeal).referred);
        let e = t.get(ConductCode::Exposure);
        assert!(e.zero_month && e.remove_from_post && e.disqualify_unit && e.name_heads);
    }

    #[test]
    fn single_values_override() {
        let r =
            ConductRules::from_json(r#"{ "points": { "eating": { "points": -2 } }, "cap": 105 }"#)
                .unwrap();
        assert_eq!(r.points.get(ConductCode::Eating).points, -2.0);
        assert_eq!(r.points.get(ConductCode::Eating).rule, "CON-2");
        assert_eq!(r.points.get(ConductCode::OffPost).points, -2.0);
        assert_eq!(r.cap, 105.0);
        assert_eq!(r.base, 100.0);
    }

    #[test]
    fn errors_name_the_path() {
        let err = |text: &str| ConductRules::from_json(text).unwrap_err();
        let e = err(r#"{ "points": { "eatting": { "points": -1 } } }"#);
        assert_eq!(e.path, "ruleset.conduct.points.eatting");
        assert_eq!(e.code, ErrorCode::InvalidRuleset);
        let e = err(r#"{ "points": { "eating": { "points": "a lot" } } }"#);
        assert_eq!(e.path, "ruleset.conduct.points.eating.points");
        let e = err(r#"{ "points": { "eating": { "points": 1 } } }"#);
        assert_eq!(e.path, "ruleset.conduct.points.eating.points");
        let e = err(r#"{ "points": { "eating": { "points": -0.25 } } }"#);
        assert_eq!(e.path, "ruleset.conduct.points.eating.points");
        let e = err(r#"{ "points": { "eating": { "rule": "CON-9" } } }"#);
        assert_eq!(e.path, "ruleset.conduct.points.eating.rule");
        let e = err(r#"{ "grades": { "good": 95 } }"#);
        assert_eq!(e.path, "ruleset.conduct.grades.excellent");
        let e = err(r#"{ "payAndPosts": { "quarterMonths": 5 } }"#);
        assert_eq!(e.path, "ruleset.conduct.payAndPosts.quarterMonths");
        let e = err(r#"{ "payAndPosts": { "maxMonths": -1 } }"#);
        assert_eq!(e.path, "ruleset.conduct.payAndPosts.maxMonths");
        let e = err(r#"{ "bonus": 1 }"#);
        assert!(e.path.starts_with("ruleset.conduct"), "{e:?}");
    }
}
