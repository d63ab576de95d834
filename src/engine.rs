//! The engine: a calendar, a ruleset and a locale, built once from the portal's configuration.

use serde::Deserialize;

use crate::calendar::office_hours::{OfficeHours, OfficeHoursInput};
use crate::calendar::overlay::{Overlay, OverlayInput};
use crate::calendar::Calendar;
use crate::case::catalog::{check_catalog_item, CatalogItem};
use crate::case::{validate, CaseRecord, Validation, ValidationSummary};
use crate::deadline::{CaseInput, Context, DeadlineReport, DeadlineSummary};
use crate::error::{Error, ErrorCode};
use crate::fieldmap::FieldMap;
use crate::finding::Finding;
use crate::input::record_id;
use crate::messages::Locale;
use crate::ruleset::Ruleset;
use crate::supervision::bulletin::{self, Bulletin, BulletinInput};
use crate::supervision::complaints::{self, ComplaintsResult, FeedbackItem, FeedbackReport};
use crate::supervision::windows::{self, WindowsInput, WindowsResult};
use crate::time::Minute;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EngineConfig {
    #[serde(default)]
    pub calendar: Option<OverlayInput>,
    #[serde(default)]
    pub office_hours: Option<OfficeHoursInput>,
    #[serde(default)]
    pub ruleset: Option<Ruleset>,
    #[serde(default)]
    pub locale: Option<String>,
    /// Portal field names → the engine's, for example `{ "slsj": "receivedAt" }`.
    #[serde(default)]
    pub field_map: Option<crate::fieldmap::FieldMapInput>,
    /// Portal code values per engine field, for example `{ "category": { "1": "immediate" } }`.
    #[serde(default)]
    pub value_map: Option<crate::fieldmap::ValueMapInput>,
}

pub struct Engine {
    pub calendar: Calendar,
    pub ruleset: Ruleset,
    pub locale: Locale,
    pub field_map: FieldMap,
}

/// Records per batch call; larger volumes go through the columnar API or several calls.
pub const MAX_BATCH: usize = 1_000_000;

pub use crate::json_path::from_json_text;

impl Engine {
    /// The JSON-text constructor, for callers outside JS (and for tests).
    pub fn from_json(config: &str) -> Result<Engine, Error> {
        Engine::new(from_json_text(config, "config", ErrorCode::InvalidConfig)?)
    }

    pub fn new(config: EngineConfig) -> Result<Engine, Error> {
        let locale = match &config.locale {
            Some(tag) => Locale::parse(tag).ok_or_else(|| {
                Error::new(ErrorCode::InvalidLocale, "config.locale").detail(crate::time::clip(tag))
            })?,
            None => Locale::default(),
        };
        let office_hours = match &config.office_hours {
            Some(input) => OfficeHours::from_input(input, "config.officeHours")?,
            None => OfficeHours::default(),
        };
        let overlay = match &config.calendar {
            Some(input) => Some(Overlay::from_input(input, "config.calendar")?),
            None => None,
        };
        let field_map = FieldMap::new(
            &config.field_map.unwrap_or_default(),
            &config.value_map.unwrap_or_default(),
        )?;
        let ruleset = config.ruleset.unwrap_or_default();
        ruleset.validate()?;
        Ok(Engine {
            calendar: Calendar::new(overlay, office_hours)?,
            ruleset,
            locale,
            field_map,
        })
    }

    pub fn with_defaults() -> Engine {
        // The defaults are constants checked by tests; this cannot fail.
        match Engine::new(EngineConfig::default()) {
            Ok(e) => e,
            Err(e) => panic!("default engine: {e}"),
        }
    }

    pub fn context(&self) -> Context<'_> {
        Context {
            calendar: &self.calendar,
            ruleset: &self.ruleset,
            locale: self.locale,
        }
    }

    pub fn assess_deadline(&self, case: &CaseInput, now: Minute) -> DeadlineReport {
        self.context().assess(case, now)
    }

    pub fn assess_deadlines(
        &self,
        cases: &[CaseInput],
        now: Minute,
    ) -> (Vec<DeadlineReport>, DeadlineSummary) {
        let ctx = self.context();
        let reports: Vec<_> = cases.iter().map(|c| ctx.assess(c, now)).collect();
        let summary = DeadlineSummary::of(&reports);
        (reports, summary)
    }
}

/// Record APIs on JSON text: the shape every binding hands over. The field map is applied
/// first, and finding paths are given back in the portal's own field names.
impl Engine {
    fn mapped<'a>(&self, text: &'a str) -> Result<std::borrow::Cow<'a, str>, Error> {
        if self.field_map.is_empty() {
            return Ok(std::borrow::Cow::Borrowed(text));
        }
        let value: serde_json::Value = from_json_text(text, "", ErrorCode::InvalidArgument)?;
        serde_json::to_string(&self.field_map.apply(value))
            .map(std::borrow::Cow::Owned)
            .map_err(|e| Error::new(ErrorCode::Internal, "").detail(e.to_string()))
    }

    fn parse_record<T: serde::de::DeserializeOwned>(&self, text: &str) -> Result<T, Finding> {
        self.mapped(text)
            .and_then(|t| from_json_text::<T>(&t, "", ErrorCode::InvalidArgument))
            .map_err(|e| self.portal_finding(Finding::from_error(&e, self.locale)))
    }

    /// The id of a record that could not be read whole, under the portal's own id field.
    fn record_id(&self, text: &str) -> Option<String> {
        self.mapped(text).ok().and_then(|t| record_id(&t))
    }

    fn portal_finding(&self, mut f: Finding) -> Finding {
        if !self.field_map.is_empty() {
            f.rename_paths(|p| self.field_map.portal_path(p));
        }
        f
    }

    fn portal_findings(&self, findings: Vec<Finding>) -> Vec<Finding> {
        findings
            .into_iter()
            .map(|f| self.portal_finding(f))
            .collect()
    }

    pub fn assess_deadline_json(&self, text: Result<&str, Error>, now: Minute) -> DeadlineReport {
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                return DeadlineReport::invalid(
                    None,
                    None,
                    vec![Finding::from_error(&e, self.locale)],
                )
            }
        };
        match self.parse_record::<CaseInput>(text) {
            Ok(case) => {
                let mut report = self.assess_deadline(&case, now);
                report.findings = self.portal_findings(std::mem::take(&mut report.findings));
                report
            }
            Err(f) => DeadlineReport::invalid(self.record_id(text), None, vec![f]),
        }
    }

    pub fn validate_case_json(&self, text: Result<&str, Error>, now: Minute) -> Validation {
        let text = match text {
            Ok(t) => t,
            Err(e) => return Validation::of(None, vec![Finding::from_error(&e, self.locale)]),
        };
        match self.parse_record::<CaseRecord>(text) {
            Ok(case) => {
                let mut v = validate(&case, now, self.locale);
                v.findings = self.portal_findings(std::mem::take(&mut v.findings));
                v
            }
            Err(f) => Validation::of(self.record_id(text), vec![f]),
        }
    }

    pub fn validate_cases_json(
        &self,
        texts: Vec<Result<String, Error>>,
        now: Minute,
    ) -> (Vec<Validation>, ValidationSummary) {
        let results: Vec<Validation> = texts
            .iter()
            .map(|t| self.validate_case_json(t.as_deref().map_err(Clone::clone), now))
            .collect();
        let summary = ValidationSummary::of(&results);
        (results, summary)
    }

    pub fn validate_catalog_item_json(&self, text: &str) -> Validation {
        match from_json_text::<CatalogItem>(text, "", ErrorCode::InvalidArgument) {
            Ok(item) => Validation::of(
                item.id.as_ref().map(|i| i.0.clone()),
                check_catalog_item(&item, self.locale),
            ),
            Err(e) => Validation::of(record_id(text), vec![Finding::from_error(&e, self.locale)]),
        }
    }
}

/// Supervision (SUP-1..4, DL-10).
impl Engine {
    /// SUP-1, SUP-2: each item's follow-up and the shares per window, unit and sector.
    pub fn assess_complaints_json(
        &self,
        texts: Vec<Result<String, Error>>,
        now: Minute,
    ) -> ComplaintsResult {
        let rules = &self.ruleset.supervision;
        let mut result = ComplaintsResult::default();
        for text in texts {
            let parsed = match text {
                Ok(t) => self
                    .parse_record::<FeedbackItem>(&t)
                    .map_err(|f| (self.record_id(&t), f)),
                Err(e) => Err((None, Finding::from_error(&e, self.locale))),
            };
            match parsed {
                Ok(item) => {
                    let (mut report, kind) =
                        complaints::assess_one(&item, &self.calendar, rules, self.locale, now);
                    report.findings = self.portal_findings(std::mem::take(&mut report.findings));
                    if let Some(kind) = kind {
                        complaints::tally(&mut result, &item, kind, &report);
                    }
                    result.items.push(report);
                }
                Err((id, finding)) => result
                    .items
                    .push(FeedbackReport::invalid(id, vec![finding])),
            }
        }
        complaints::finish(&mut result);
        result
    }

    /// DL-10, SUP-4: one day of window hours, closures and queue tickets.
    pub fn assess_windows_json(&self, text: &str) -> Result<WindowsResult, Error> {
        let input: WindowsInput = from_json_text(text, "input", ErrorCode::InvalidArgument)?;
        windows::assess(
            &input,
            &self.calendar,
            &self.ruleset.supervision,
            self.locale,
        )
        .map_err(|e| e.under("input"))
    }

    /// SUP-3: the monthly bulletin, masked (CASE-7); `locale` in the input overrides the engine's.
    pub fn monthly_bulletin_json(&self, text: &str) -> Result<Bulletin, Error> {
        let input: BulletinInput = from_json_text(text, "input", ErrorCode::InvalidArgument)?;
        let locale = match &input.locale {
            Some(tag) => Locale::parse(tag).ok_or_else(|| {
                Error::new(ErrorCode::InvalidLocale, "input.locale").detail(crate::time::clip(tag))
            })?,
            None => self.locale,
        };
        bulletin::monthly_bulletin(&input, locale).map_err(|e| e.under("input"))
    }
}

/// Conduct (考评, CON-1..9, SUP-5).
impl Engine {
    pub fn score_conduct_json(&self, text: &str) -> Result<crate::conduct::ConductResult, Error> {
        let input: crate::conduct::ConductInput =
            from_json_text(text, "input", ErrorCode::InvalidArgument)?;
        crate::conduct::score_conduct(&input, &self.ruleset.conduct, self.locale)
            .map_err(|e| e.under("input"))
    }

    pub fn assess_period_json(&self, text: &str) -> Result<crate::conduct::PeriodResult, Error> {
        let months: Vec<crate::conduct::MonthCards> =
            from_json_text(text, "months", ErrorCode::InvalidArgument)?;
        crate::conduct::assess_period(&months, &self.ruleset.conduct, self.locale)
            .map_err(|e| e.under("months"))
    }

    pub fn rank_units_json(&self, text: &str) -> Result<crate::conduct::RankingResult, Error> {
        let input: crate::conduct::RankingInput =
            from_json_text(text, "input", ErrorCode::InvalidArgument)?;
        crate::conduct::rank_units(&input, &self.ruleset.conduct, self.locale)
            .map_err(|e| e.under("input"))
    }
}
