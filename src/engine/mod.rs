//! The engine: a calendar, a ruleset and a locale, built once from the portal's configuration.
//! Each capability adds its record APIs in a file of its own, behind a cargo feature.

#[cfg(feature = "conduct")]
mod conduct;
#[cfg(feature = "supervision")]
mod supervision;
#[cfg(feature = "validation")]
mod validation;

use serde::Deserialize;

use crate::calendar::office_hours::{OfficeHours, OfficeHoursInput};
use crate::calendar::overlay::{Overlay, OverlayInput};
use crate::calendar::Calendar;
use crate::deadline::{CaseInput, Context, DeadlineReport, DeadlineSummary};
use crate::error::{Error, ErrorCode};
use crate::fieldmap::FieldMap;
use crate::finding::Finding;
use crate::input::record_id;
use crate::messages::Locale;
use crate::ruleset::Ruleset;
use crate::time::Minute;

/// A hall's configuration, as the portal writes it (`new Engine(config)` in JS). Every member
/// may be left out; an unknown member is an error with its path (`config.…`).
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EngineConfig {
    /// The calendar overlay (CAL-5, CAL-6): the hall's own days off and extra service days,
    /// or a year past the embedded data. Absent: the embedded official calendar alone.
    #[serde(default)]
    pub calendar: Option<OverlayInput>,
    /// The hall's office hours (CAL-4). Absent: the default hours.
    #[serde(default)]
    pub office_hours: Option<OfficeHoursInput>,
    /// Every numeric setting of the rules, defaults from REGULATIONS.md where left out.
    #[serde(default)]
    pub ruleset: Option<Ruleset>,
    /// The messages' language tag (`zh-CN`, `en`, …). Absent: Chinese.
    #[serde(default)]
    pub locale: Option<String>,
    /// Portal field names → the engine's, for example `{ "slsj": "receivedAt" }`.
    #[serde(default)]
    pub field_map: Option<crate::fieldmap::FieldMapInput>,
    /// Portal code values per engine field, for example `{ "category": { "1": "immediate" } }`.
    #[serde(default)]
    pub value_map: Option<crate::fieldmap::ValueMapInput>,
}

/// One hall's engine. Its settings are read-only once built: the ruleset was validated then,
/// and every call relies on that (rules are not checked again per call).
pub struct Engine {
    pub(crate) calendar: Calendar,
    pub(crate) ruleset: Ruleset,
    pub(crate) locale: Locale,
    pub(crate) field_map: FieldMap,
}

/// Records per batch call; larger volumes go through the columnar API or several calls.
pub const MAX_BATCH: usize = 1_000_000;

pub use crate::json_path::from_json_text;

impl Engine {
    /// The JSON-text constructor, for callers outside JS (and for tests).
    ///
    /// # Errors
    ///
    /// `invalid_config` at `config…` when the text is not an `EngineConfig`; then the errors of
    /// [`Engine::new`].
    pub fn from_json(config: &str) -> Result<Engine, Error> {
        Engine::new(from_json_text(config, "config", ErrorCode::InvalidConfig)?)
    }

    /// Builds the engine: reads the locale, the office hours, the calendar overlay and the
    /// field map, and validates the ruleset once (no call checks it again).
    ///
    /// # Errors
    ///
    /// `invalid_locale` at `config.locale` for a tag it does not know; `invalid_office_hours` or
    /// `invalid_clock` for bad office hours (`too many` distinct days' hours included);
    /// `invalid_overlay`, `invalid_date`, `date_out_of_range` or `invalid_notice` for a bad
    /// calendar overlay; `invalid_config` for a bad field or value map; `invalid_ruleset` at
    /// `config.ruleset.…` for a setting out of range. Each at the path of the first bad member.
    pub fn new(config: EngineConfig) -> Result<Engine, Error> {
        let locale = match &config.locale {
            Some(tag) => Locale::parse(tag).ok_or_else(|| {
                Error::new(ErrorCode::InvalidLocale, "config.locale").detail(crate::text::clip(tag))
            })?,
            None => Locale::default(),
        };
        let office_hours = match &config.office_hours {
            Some(input) => OfficeHours::from_input(input, "config.officeHours")?,
            None => OfficeHours::default(),
        };
        let overlay = match &config.calendar {
            Some(input) => Some(Overlay::from_input(input, "config.calendar", locale)?),
            None => None,
        };
        let field_map = FieldMap::new(
            &config.field_map.unwrap_or_default(),
            config.value_map.unwrap_or_default(),
        )?;
        let ruleset = config.ruleset.unwrap_or_default();
        // The ruleset reports paths from `ruleset`; here it sits in the engine's config.
        ruleset.validate().map_err(|e| e.under("config"))?;
        Ok(Engine {
            calendar: Calendar::new(overlay, office_hours)?,
            ruleset,
            locale,
            field_map,
        })
    }

    /// The hall's calendar: official days, the overlay, office hours.
    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// The validated ruleset in force.
    pub fn ruleset(&self) -> &Ruleset {
        &self.ruleset
    }

    /// The locale of every message.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The portal's field and value map.
    pub fn field_map(&self) -> &FieldMap {
        &self.field_map
    }

    /// The engine with every default: official calendar, default office hours and ruleset,
    /// Chinese messages, no field map. Never fails.
    pub fn with_defaults() -> Engine {
        // The defaults are constants checked by tests; this cannot fail.
        match Engine::new(EngineConfig::default()) {
            Ok(e) => e,
            Err(e) => panic!("default engine: {e}"),
        }
    }

    /// What the deadline rules read from the engine: the calendar, the DL settings, the locale.
    pub fn context(&self) -> Context<'_> {
        Context {
            calendar: &self.calendar,
            rules: &self.ruleset.deadline,
            locale: self.locale,
        }
    }

    /// One case's deadline report at `now` (DL-1..10): its due instant, status and card. A
    /// case that cannot be assessed (received after `now`, say) is an `invalid` report with
    /// its findings; this never fails.
    pub fn assess_deadline(&self, case: &CaseInput, now: Minute) -> DeadlineReport {
        self.context().assess(case, now)
    }

    /// Every case's report at the same `now`, in order, and the batch's counts per status and
    /// card.
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
    /// The record in the engine's names, with the members that mean "absent" removed
    /// ([`crate::fieldmap::strip_absent`]). Read straight from the text when there is nothing
    /// to do.
    pub(crate) fn mapped<'a>(&self, text: &'a str) -> Result<std::borrow::Cow<'a, str>, Error> {
        if self.field_map.is_empty() && !crate::fieldmap::may_hold_absent(text) {
            return Ok(std::borrow::Cow::Borrowed(text));
        }
        let value: serde_json::Value = from_json_text(text, "", ErrorCode::InvalidArgument)?;
        let mut value = self.field_map.apply(value);
        crate::fieldmap::strip_absent(&mut value);
        serde_json::to_string(&value)
            .map(std::borrow::Cow::Owned)
            .map_err(|e| Error::new(ErrorCode::Internal, "").detail(e.to_string()))
    }

    pub(crate) fn parse_record<T: serde::de::DeserializeOwned>(
        &self,
        text: &str,
    ) -> Result<T, Finding> {
        self.parse_mapped(text).map(|(record, _)| record)
    }

    /// [`Engine::parse_record`], with the record's text in the engine's names: where the
    /// people it names are read from (a portal's own field for its clerk is `clerk` there).
    pub(crate) fn parse_mapped<'a, T: serde::de::DeserializeOwned>(
        &self,
        text: &'a str,
    ) -> Result<(T, std::borrow::Cow<'a, str>), Finding> {
        self.mapped(text)
            .and_then(|t| Ok((from_json_text::<T>(&t, "", ErrorCode::InvalidArgument)?, t)))
            .map_err(|e| self.unreadable(&e, text))
    }

    /// The finding of a record that could not be read. The names it gives are still names: the
    /// error may quote one (`invalid type: string "杨丽丽"`), CASE-7. Not generic, so one copy.
    #[inline(never)]
    fn unreadable(&self, e: &Error, text: &str) -> Finding {
        let mut f = self.portal_finding(Finding::unreadable_record(e, self.locale));
        if let Some(masker) = crate::report::mask::Masker::of_json(text) {
            f.mask_names(&masker);
        }
        f
    }

    /// A call's error with the names its input gives masked (CASE-7): it may quote a value
    /// that holds one (`month: "2026-03 杨丽丽"`, `score: "张伟"`). Not generic, so one copy.
    #[inline(never)]
    pub fn names_masked(&self, e: Error, text: &str) -> Error {
        crate::error::error_names_masked(e, text)
    }

    /// The id of a record that could not be read whole, under the portal's own id field.
    pub(crate) fn record_id(&self, text: &str) -> Option<String> {
        self.mapped(text).ok().and_then(|t| record_id(&t))
    }

    pub(crate) fn portal_finding(&self, mut f: Finding) -> Finding {
        if !self.field_map.is_empty() {
            f.rename_paths(|p| self.field_map.portal_path(p));
        }
        f
    }

    pub(crate) fn portal_findings(&self, findings: Vec<Finding>) -> Vec<Finding> {
        findings
            .into_iter()
            .map(|f| self.portal_finding(f))
            .collect()
    }

    #[cfg(feature = "explain")]
    /// The counting behind one case's report (issue 14), read as `assess_deadline_json` reads
    /// it: a portal record through the field map; a record that cannot be read is explained
    /// by its findings.
    pub fn explain_deadline_json(
        &self,
        text: &str,
        now: Minute,
    ) -> crate::deadline::explain::DeadlineTrace {
        // The record is read once; its report is the one assessDeadline gives.
        match self.parse_mapped::<CaseInput>(text) {
            Ok((case, mapped)) => {
                let mut report = self.assess_deadline(&case, now);
                // The trace echoes pause reasons even when no finding does: the names are read
                // from the record always, once, for the report and the trace.
                let masker = record_masker(&mapped);
                if let Some(m) = &masker {
                    mask_report_names(&mut report, m);
                }
                report.findings = self.portal_findings(std::mem::take(&mut report.findings));
                let mut trace = self.context().explain_report(Some(&case), &report, now);
                if let Some(m) = &masker {
                    trace.mask_names(m);
                }
                trace
            }
            Err(f) => {
                let report = DeadlineReport::invalid(self.record_id(text), None, vec![f]);
                self.context().explain_report(None, &report, now)
            }
        }
    }

    /// One portal record's report: the record's JSON text (or the error that stands for a
    /// record the binding could not write out) read through the field map. A record that
    /// cannot be read is an `invalid` report whose finding says why, with the record's id when
    /// it has one; the names the record gives are masked in what the report echoes (CASE-7).
    pub fn assess_deadline_json(&self, text: Result<&str, Error>, now: Minute) -> DeadlineReport {
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                return DeadlineReport::invalid(
                    None,
                    None,
                    vec![Finding::unreadable_record(&e, self.locale)],
                )
            }
        };
        match self.parse_mapped::<CaseInput>(text) {
            Ok((case, mapped)) => {
                let mut report = self.assess_deadline(&case, now);
                mask_record_names(&mut report, &mapped);
                report.findings = self.portal_findings(std::mem::take(&mut report.findings));
                report
            }
            Err(f) => DeadlineReport::invalid(self.record_id(text), None, vec![f]),
        }
    }
}

impl Engine {
    /// The masker of every person the records of a deadline batch name (CASE-7): a step name
    /// or a pause reason in one record may name the applicant of another (helper-31:
    /// 王建国复核 in record B, 王建国 applying in record A). `None` for a single record, or
    /// when no record names a person. Only the person members of each text are parsed.
    pub fn deadline_batch_masker(&self, texts: &[&str]) -> Option<crate::report::mask::Masker> {
        use crate::report::mask::{names_under, Masker, PERSON_KEYS};
        if texts.len() < 2 {
            return None;
        }
        // A portal's records are read in the engine's names, where its clerk field is `clerk`.
        let names: Vec<String> = texts
            .iter()
            .flat_map(|t| match self.field_map.is_empty() {
                true => names_under(t, PERSON_KEYS),
                false => self
                    .mapped(t)
                    .map(|m| names_under(&m, PERSON_KEYS))
                    .unwrap_or_default(),
            })
            .collect();
        (!names.is_empty()).then(|| Masker::new(names.iter().map(String::as_str)))
    }

    /// `assess_deadline_json` within a batch: the names every record of the batch gives
    /// (`deadline_batch_masker`) are masked in what this report echoes, after its own.
    pub fn assess_deadline_in_batch(
        &self,
        text: Result<&str, Error>,
        now: Minute,
        batch: Option<&crate::report::mask::Masker>,
    ) -> DeadlineReport {
        let mut report = self.assess_deadline_json(text, now);
        if let Some(masker) = batch {
            mask_report_names(&mut report, masker);
        }
        report
    }
}

/// The people a record names anywhere (its applicant, clerk, first receiver, at any depth) are
/// masked in what its report echoes of it: findings, step names (CASE-7; fifth and sixth
/// reviews: 李四 in an unreadable time, 周八 in a pause reason, 王小二审核 as a step). The record
/// is read for names only when the report echoes something.
fn mask_record_names(report: &mut DeadlineReport, text: &str) {
    let echoes = !report.steps.is_empty()
        || report.findings.iter().any(|f| {
            f.template
                .as_ref()
                .is_some_and(|t| !t.detail.is_empty() && !t.engine_detail)
        });
    if let Some(masker) = echoes.then(|| record_masker(text)).flatten() {
        mask_report_names(report, &masker);
    }
}

/// The masker of the people a record's text names, if it names any.
fn record_masker(text: &str) -> Option<crate::report::mask::Masker> {
    use crate::report::mask::{Masker, PERSON_KEYS};
    Masker::of_json_keys(text, PERSON_KEYS)
}

#[inline(never)]
fn mask_report_names(report: &mut DeadlineReport, masker: &crate::report::mask::Masker) {
    for f in &mut report.findings {
        f.mask_names(masker);
        // A step's finding points at the step by its name (free text).
        f.path = masker.names_in(std::mem::take(&mut f.path));
    }
    for s in &mut report.steps {
        s.name = masker.names_in(std::mem::take(&mut s.name));
    }
}
