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
#[derive(Deserialize, Default, tsify::Tsify)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[tsify(rename = "EngineConfig", missing_as_null)]
pub struct EngineConfig {
    /// The calendar overlay (CAL-5, CAL-6): the hall's own days off and extra service days,
    /// or a year past the embedded data. Absent: the embedded official calendar alone.
    #[serde(default)]
    #[tsify(type = "CalendarOverlay | null")]
    pub calendar: Option<OverlayInput>,
    /// The hall's office hours (CAL-4). Absent: the default hours.
    #[serde(default)]
    #[tsify(type = "OfficeHoursConfig | null")]
    pub office_hours: Option<OfficeHoursInput>,
    /// Every numeric setting of the rules, defaults from REGULATIONS.md where left out.
    #[serde(default)]
    #[tsify(type = "RulesetSettings | DeepPartial<Ruleset> | null")]
    pub ruleset: Option<Ruleset>,
    /// The messages' language tag (`zh-CN`, `en`, …). Absent: Chinese.
    #[serde(default)]
    #[tsify(type = "Locale | (string & {}) | null")]
    pub locale: Option<String>,
    /// Portal field names → the engine's, for example `{ "slsj": "receivedAt" }`, nested and in
    /// lists too: `{ "sqr.xm": "applicant.name", "zt[].ks": "pauses[].from" }`.
    #[serde(default)]
    #[tsify(type = "Record<string, string> | null")]
    pub field_map: Option<crate::fieldmap::FieldMapInput>,
    /// Portal code values per engine field, for example `{ "category": { "1": "immediate" } }`;
    /// a value mapped to `null` makes the field absent.
    #[serde(default)]
    #[tsify(type = "Record<string, Record<string, string | null>> | null")]
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
    /// ([`crate::fieldmap::FieldMap::map_text`]): its text as given when there is nothing to
    /// do, else its text mapped and stripped, with the tree it was written from.
    fn map_record<'a>(&'a self, text: &'a str) -> Result<Mapped<'a>, Error> {
        self.map_record_checked(text, false)
    }

    /// [`Engine::map_record`]; `checked`, a portal's name written otherwise is an error
    /// (`FieldMap::map_tree`): so records are read, while their ids and names are read as given.
    fn map_record_checked<'a>(&'a self, text: &'a str, checked: bool) -> Result<Mapped<'a>, Error> {
        if self.field_map.is_empty() && !crate::fieldmap::may_hold_absent(text) {
            return Ok(Mapped::Text(text));
        }
        self.field_map
            .map_tree(text, checked)
            .map(|(text, tree)| Mapped::Owned(text, tree))
    }

    /// [`Engine::map_record`] as text.
    pub(crate) fn mapped<'a>(&'a self, text: &'a str) -> Result<std::borrow::Cow<'a, str>, Error> {
        match self.map_record(text)? {
            Mapped::Text(t) => Ok(std::borrow::Cow::Borrowed(t)),
            Mapped::Owned(t, _) => Ok(std::borrow::Cow::Owned(t)),
        }
    }

    #[cfg(feature = "supervision")]
    pub(crate) fn parse_record<T: serde::de::DeserializeOwned>(
        &self,
        text: &str,
    ) -> Result<T, Finding> {
        self.parse_mapped(text).map(|(record, _)| record)
    }

    /// [`Engine::parse_record`], with the record in the engine's names: where the people it
    /// names are read from (a portal's own field for its clerk is `clerk` there).
    pub(crate) fn parse_mapped<'a, T: serde::de::DeserializeOwned>(
        &'a self,
        text: &'a str,
    ) -> Result<(T, Mapped<'a>), Finding> {
        // A mapped record is read from its mapped text, not from a value: reading a value
        // costs 6–8 KB gzip of .wasm per record type (serde's code for a second deserializer).
        let read =
            |mapped: &Mapped| from_json_text::<T>(mapped.text(), "", ErrorCode::InvalidArgument);
        // A record given as a list is no record: serde would read it field by field in order
        // (helper-43: ["王建国", "promised", …] was a red-card case with id 王建国).
        if text.starts_with('[') {
            let e = Error::new(ErrorCode::InvalidArgument, "")
                .detail("invalid type: sequence, expected struct record");
            return Err(self.unreadable(&e, text));
        }
        self.map_record_checked(text, true)
            .and_then(|m| Ok((read(&m)?, m)))
            .map_err(|e| self.unreadable(&e, text))
    }

    /// The finding of a record that could not be read. The names it gives are still names: the
    /// error may quote one (`invalid type: string "杨丽丽"`), CASE-7. Not generic, so one copy.
    #[inline(never)]
    fn unreadable(&self, e: &Error, text: &str) -> Finding {
        let mut f = self.portal_finding(Finding::unreadable_record(e, self.locale));
        let mut names = crate::report::mask::names_of_json(text);
        names.extend(self.text_names_by_key(text, &mut Default::default()));
        f.mask_names(&crate::report::mask::Masker::new(
            names.iter().map(String::as_str),
        ));
        f
    }

    /// A call's error with the names its input gives masked (CASE-7): it may quote a value
    /// that holds one (`month: "2026-03 杨丽丽"`, `score: "张伟"`). Not generic, so one copy.
    #[inline(never)]
    pub fn names_masked(&self, e: Error, text: &str) -> Error {
        crate::error::error_names_masked(e, text)
    }

    /// The people a record's text names (`Mapped::person_names`: its person fields at any
    /// depth, an approver who approved, its handovers' staff), read in the engine's names,
    /// where a portal's clerk field is `clerk`; none when the text is not JSON.
    pub(crate) fn person_names(&self, text: &str) -> Vec<String> {
        if self.field_map.is_empty() {
            return Mapped::Text(text).person_names();
        }
        self.map_record(text)
            .map(|m| m.person_names())
            .unwrap_or_default()
    }

    /// The names a record's text gives beyond its person fields (CASE-7, helper-95): a text
    /// shaped like a name under any key that reads as a person's (`handler`, `经办人`,
    /// `reporterName`), and through a field map any text under the portal's own person fields
    /// however written or placed (`SWZRR`, `sqr: [{ xm }]`). Read only for a masker that is
    /// being made, when a finding may quote a record: a walk of every key is not free.
    /// `keys`: what each key was found to be, kept across a batch's records.
    pub(crate) fn text_names_by_key(
        &self,
        text: &str,
        keys: &mut crate::report::person_keys::KeyMemo,
    ) -> Vec<String> {
        let text = crate::messages::unencodable_as_null(text);
        let Ok(tree) = crate::fieldmap::Node::read(&text) else {
            return Vec::new();
        };
        let mut names = Vec::new();
        crate::report::person_keys::case_names_by_key(&tree, keys, &mut names);
        let portal = self.field_map.portal_person_fields();
        if !portal.is_empty() {
            let portal: Vec<&str> = portal.iter().map(String::as_str).collect();
            names.extend(crate::report::mask::names_under_tree(&tree, &portal));
        }
        names
    }

    /// The id of a record that could not be read whole, under the portal's own id field.
    pub(crate) fn record_id(&self, text: &str) -> Option<String> {
        // The marker of a value JSON cannot hold (a lone surrogate) makes the whole text
        // unreadable: read as `null`, the id beside it still names the record (helper-74).
        let text = crate::messages::unencodable_as_null(text);
        self.mapped(&text).ok().and_then(|t| record_id(&t))
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
                let masker = record_masker(&mapped, &|| {
                    self.text_names_by_key(text, &mut Default::default())
                });
                if let Some(m) = &masker {
                    mask_report_names(&mut report, m);
                }
                let engine_paths: Vec<String> =
                    report.findings.iter().map(|f| f.path.clone()).collect();
                report.findings = self.portal_findings(std::mem::take(&mut report.findings));
                let mut trace =
                    self.context()
                        .explain_report(Some(&case), &report, &engine_paths, now);
                if let Some(m) = &masker {
                    trace.mask_names(m);
                }
                trace
            }
            Err(f) => {
                let report = DeadlineReport::invalid(self.record_id(text), None, vec![f]);
                self.context().explain_report(None, &report, &[], now)
            }
        }
    }

    /// One portal record's report: the record's JSON text (or the error that stands for a
    /// record the binding could not write out) read through the field map. A record that
    /// cannot be read is an `invalid` report whose finding says why, with the record's id when
    /// it has one; the names the record gives are masked in what the report echoes (CASE-7).
    pub fn assess_deadline_json(&self, text: Result<&str, Error>, now: Minute) -> DeadlineReport {
        self.assess_deadline_masked(text, now, None)
    }

    /// [`Engine::assess_deadline_json`], its names masked by the batch's masker when the batch
    /// gives one (its record's own names among them), else by the record's own.
    fn assess_deadline_masked(
        &self,
        text: Result<&str, Error>,
        now: Minute,
        batch: Option<&DeadlineBatchNames>,
    ) -> DeadlineReport {
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
        let batch_masker = |report: &DeadlineReport| {
            echoes(report)
                .then(|| batch.and_then(|b| b.masker(self)))
                .flatten()
        };
        match self.parse_mapped::<CaseInput>(text) {
            Ok((case, mapped)) => {
                let mut report = self.assess_deadline(&case, now);
                // One masker, longest name first: the record's own names masked before the
                // batch's would cut another's 王建国 to 王建* by its 李建国's 建国, and leave
                // no 王建国 for the batch's to find (helper-35).
                match batch_masker(&report) {
                    Some(m) => mask_report_names(&mut report, m),
                    None => mask_record_names(&mut report, &mapped, &|| {
                        self.text_names_by_key(text, &mut Default::default())
                    }),
                }
                report.findings = self.portal_findings(std::mem::take(&mut report.findings));
                report
            }
            Err(f) => {
                let mut report = DeadlineReport::invalid(self.record_id(text), None, vec![f]);
                if let Some(m) = batch_masker(&report) {
                    mask_report_names(&mut report, m);
                }
                report
            }
        }
    }
}

impl Engine {
    /// The masker of every person the records of a deadline batch name (CASE-7): a step name
    /// or a pause reason in one record may name the applicant of another (helper-31:
    /// 王建国复核 in record B, 王建国 applying in record A). `None` for a single record, or
    /// when no record names a person. Only the person members of each text are parsed.
    pub fn deadline_batch_masker(&self, texts: &[&str]) -> Option<crate::report::mask::Masker> {
        use crate::report::mask::Masker;
        if texts.len() < 2 {
            return None;
        }
        let mut keys = Default::default();
        let names: Vec<String> = (texts.iter())
            .flat_map(|t| [self.person_names(t), self.text_names_by_key(t, &mut keys)])
            .flatten()
            .collect();
        (!names.is_empty()).then(|| Masker::new(names.iter().map(String::as_str)))
    }

    /// `assess_deadline_json` within a batch: the names every record of the batch gives
    /// (`deadline_batch_masker`) are masked in what this report echoes, its own among them, in one pass. The
    /// batch's masker is built the first time a report echoes anything, so a batch whose
    /// reports echo nothing never reads its records for names.
    pub fn assess_deadline_in_batch(
        &self,
        text: Result<&str, Error>,
        now: Minute,
        batch: &DeadlineBatchNames,
    ) -> DeadlineReport {
        self.assess_deadline_masked(text, now, Some(batch))
    }
}

/// The texts of a deadline batch, and the masker of the people they name, built when first
/// needed ([`Engine::assess_deadline_in_batch`]).
pub struct DeadlineBatchNames<'a> {
    texts: &'a [&'a str],
    masker: std::cell::OnceCell<Option<crate::report::mask::Masker>>,
}

impl<'a> DeadlineBatchNames<'a> {
    /// The batch's record texts (records that could not be encoded left out).
    pub fn new(texts: &'a [&'a str]) -> DeadlineBatchNames<'a> {
        DeadlineBatchNames {
            texts,
            masker: std::cell::OnceCell::new(),
        }
    }

    fn masker(&self, engine: &Engine) -> Option<&crate::report::mask::Masker> {
        self.masker
            .get_or_init(|| engine.deadline_batch_masker(self.texts))
            .as_ref()
    }
}

/// Whether a report echoes anything of its record (a step's name, a finding quoting a value):
/// only then are names masked in it.
fn echoes(report: &DeadlineReport) -> bool {
    !report.steps.is_empty()
        || report.findings.iter().any(|f| {
            f.template
                .as_ref()
                .is_some_and(|t| !t.detail.is_empty() && !t.engine_detail)
        })
}

/// A record in the engine's names ([`Engine::map_record`]).
pub(crate) enum Mapped<'a> {
    /// The text as given: no field map, nothing absent.
    Text(&'a str),
    /// The text mapped and stripped ([`crate::fieldmap::FieldMap::map_text`]), and its tree.
    Owned(String, crate::fieldmap::Node<'a>),
}

impl Mapped<'_> {
    /// The record's JSON text in the engine's names.
    pub(crate) fn text(&self) -> &str {
        match self {
            Mapped::Text(t) => t,
            Mapped::Owned(t, _) => t,
        }
    }

    /// The text values of `keys` at any depth ([`crate::report::mask::names_under`]).
    pub(crate) fn names_under(&self, keys: &[&str]) -> Vec<String> {
        match self {
            Mapped::Text(t) => crate::report::mask::names_under(t, keys),
            Mapped::Owned(_, tree) => crate::report::mask::names_under_tree(tree, keys),
        }
    }

    /// The people the record names: [`crate::report::mask::PERSON_KEYS`] at any depth, an
    /// extension's approver who approved (DL-5: 未批准 is no name, and masking it would garble
    /// the engine's own words), and the staff of its handovers (helper-36: in a deadline batch
    /// they were masked nowhere). A handover's `from` and `to` are read wherever a record has
    /// handovers, and only those without a digit: a pause's `from` is a time.
    pub(crate) fn person_names(&self) -> Vec<String> {
        use crate::report::mask::{unicode_digit, PERSON_KEYS};
        let under = |keys: &[&str]| self.names_under(keys);
        // A mapped record's people are read wherever those keys are, as they were from its
        // value before the tree (issue 15 changes no result).
        // In any case (`"Approver"` had gone unread: helper-96), as the walk reads the key.
        let holds = |key: &str| match self {
            Mapped::Text(t) => {
                (t.as_bytes().windows(key.len())).any(|w| w.eq_ignore_ascii_case(key.as_bytes()))
            }
            Mapped::Owned(..) => true,
        };
        let mut names = under(PERSON_KEYS);
        if holds("\"approver\"") {
            let approvers = under(&["approver"]).into_iter();
            names.extend(approvers.filter(|a| crate::deadline::approves(a)));
        }
        if holds("\"handovers\"") {
            // A handover given as a bare text is its staff member's name (helper-95).
            let staff = under(&["from", "to", "handovers"]).into_iter();
            names.extend(staff.filter(|n| !n.chars().any(|c| unicode_digit(c).is_some())));
        }
        names
    }
}

/// The people a record names anywhere (its applicant, clerk, first receiver, at any depth) are
/// masked in what its report echoes of it: findings, step names (CASE-7; fifth and sixth
/// reviews: 李四 in an unreadable time, 周八 in a pause reason, 王小二审核 as a step). The record
/// is read for names only when the report echoes something.
/// `by_key`: the names the record gives under other keys ([`Engine::text_names_by_key`]).
fn mask_record_names(
    report: &mut DeadlineReport,
    record: &Mapped,
    by_key: &dyn Fn() -> Vec<String>,
) {
    if let Some(masker) = echoes(report)
        .then(|| record_masker(record, by_key))
        .flatten()
    {
        mask_report_names(report, &masker);
    }
}

/// The masker of the people a record's text names, if it names any; `by_key` as in
/// [`mask_record_names`].
fn record_masker(
    record: &Mapped,
    by_key: &dyn Fn() -> Vec<String>,
) -> Option<crate::report::mask::Masker> {
    let mut names = record.person_names();
    names.extend(by_key());
    (!names.is_empty()).then(|| crate::report::mask::Masker::new(names.iter().map(String::as_str)))
}

/// Two steps whose names read alike once masked (王五复核, 王六复核 → 王*复核) are numbered
/// apart (王*复核, 王*复核 (2)), in their findings' paths too: a supervisor must tell which
/// person's step is late (CASE-7, helper-96: two people are never merged by their masks).
#[inline(never)]
fn mask_report_names(report: &mut DeadlineReport, masker: &crate::report::mask::Masker) {
    // Each step name as given, and as shown.
    let mut shown: Vec<(String, String)> = Vec::new();
    let mut used = crate::str_map::StrMap::new();
    for s in &mut report.steps {
        let given = std::mem::take(&mut s.name);
        s.name = match shown.iter().find(|(g, _)| *g == given) {
            Some((_, name)) => name.clone(),
            None => {
                let name = used.insert_apart(masker.names_in(given.clone()), ());
                shown.push((given, name.clone()));
                name
            }
        };
    }
    for f in &mut report.findings {
        let given = f.path.clone();
        f.mask_names(masker);
        // A step's finding points at the step by its name (free text).
        f.path = masker.names_in(std::mem::take(&mut f.path));
        let numbered = shown
            .iter()
            .find(|(g, name)| *g == given && *name != f.path);
        if let Some((_, name)) = numbered {
            let masked = f.path.clone();
            f.rename_paths(|p| {
                if p == masked {
                    name.clone()
                } else {
                    p.to_string()
                }
            });
        }
    }
}
