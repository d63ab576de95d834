//! Case validation records (CASE-1..6) on JSON text.

use super::{from_json_text, Engine};
use crate::case::catalog::{check_catalog_item, CatalogItem};
use crate::case::{names_of, validate_unmasked, CaseRecord, Validation, ValidationSummary};
use crate::error::{Error, ErrorCode};
use crate::finding::Finding;
use crate::input::record_id;
use crate::time::Minute;

impl Engine {
    /// One portal record's validation (CASE-1..6) at `now`: the record's JSON text (or the
    /// error that stands for it) read through the field map. A record that cannot be read is
    /// one finding saying why; finding paths are in the portal's own field names.
    pub fn validate_case_json(&self, text: Result<&str, Error>, now: Minute) -> Validation {
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                return Validation::of(None, vec![Finding::unreadable_record(&e, self.locale)])
            }
        };
        match self.parse_case_record(text) {
            Ok(case) => {
                let mut v = validate_unmasked(&case, now, self.locale);
                // The record's names, those under other keys too, wherever a finding may
                // quote one (CASE-7).
                if v.findings.iter().any(Finding::may_quote_record) {
                    let by_key = self.text_names_by_key(text, &mut Default::default());
                    let names = names_of(&case).chain(by_key.iter().map(String::as_str));
                    let masker = crate::report::mask::Masker::new(names);
                    v.findings.iter_mut().for_each(|f| f.mask_names(&masker));
                }
                v.findings = self.portal_findings(std::mem::take(&mut v.findings));
                v
            }
            Err(f) => Validation::of(self.record_id(text), vec![f]),
        }
    }

    /// Many records' texts (or the errors that stand for them), each record's validation in
    /// order, and their summary.
    pub fn validate_cases_json<'a, T: AsRef<str>>(
        &self,
        texts: impl IntoIterator<Item = Result<T, &'a Error>>,
        now: Minute,
    ) -> (Vec<Validation>, ValidationSummary) {
        self.validate_cases_naming(texts, now, &mut std::iter::empty())
    }

    /// [`Engine::validate_cases_json`], with the texts of what records that could not be
    /// encoded give of their people (JSON objects of their person members): those people are
    /// the batch's too, masked wherever another record quotes them.
    pub fn validate_cases_naming<'a, T: AsRef<str>>(
        &self,
        texts: impl IntoIterator<Item = Result<T, &'a Error>>,
        now: Minute,
        unencoded_people: &mut dyn Iterator<Item = &str>,
    ) -> (Vec<Validation>, ValidationSummary) {
        // The people of a record that cannot be read are people still: their names are
        // masked wherever another record quotes them (helper-35).
        let mut unread_names: Vec<String> = Vec::new();
        // Kept: the masker, if one is made, reads them again for names under other keys.
        let texts: Vec<Result<T, &Error>> = texts.into_iter().collect();
        let records: Vec<Result<CaseRecord, Validation>> = texts
            .iter()
            .map(|t| match t {
                Ok(text) => {
                    let text = text.as_ref();
                    self.parse_case_record(text).map_err(|f| {
                        unread_names.extend(self.person_names(text));
                        Validation::of(self.record_id(text), vec![f])
                    })
                }
                Err(e) => Err(Validation::of(
                    None,
                    vec![Finding::unreadable_record(e, self.locale)],
                )),
            })
            .collect();
        let mut keys = crate::report::person_keys::KeyMemo::default();
        for t in unencoded_people {
            unread_names.extend(self.person_names(t));
            unread_names.extend(self.text_names_by_key(t, &mut keys));
        }
        let mut results: Vec<Validation> = records
            .iter()
            .map(|r| match r {
                Ok(case) => validate_unmasked(case, now, self.locale),
                Err(v) => v.clone(),
            })
            .collect();
        // Every name in the batch is masked in every record's findings (CASE-7): a clerk's name
        // given in one record may be quoted in another's free text. The masker of all of them
        // is made only when some finding may quote a record; most are the engine's own words.
        let findings = || results.iter().flat_map(|v| &v.findings);
        if findings().any(Finding::may_quote_record) {
            let by_key: Vec<String> = (texts.iter().flatten())
                .flat_map(|t| self.text_names_by_key(t.as_ref(), &mut keys))
                .collect();
            let masker = crate::report::mask::Masker::new(
                records
                    .iter()
                    .flatten()
                    .flat_map(crate::case::names_of)
                    .chain(unread_names.iter().map(String::as_str))
                    .chain(by_key.iter().map(String::as_str)),
            );
            let findings = results.iter_mut().flat_map(|v| &mut v.findings);
            findings.for_each(|f| f.mask_names(&masker));
        }
        // Paths in the portal's names, after the masking (a read record's; one that could not
        // be read has them already).
        for (v, r) in results.iter_mut().zip(&records) {
            if r.is_ok() {
                v.findings = self.portal_findings(std::mem::take(&mut v.findings));
            }
        }
        let summary = ValidationSummary::of(&results);
        (results, summary)
    }

    /// A record to validate, with the people its text names besides its named fields
    /// ([`CaseRecord::people`]): a clerk or an `applicantName` is masked as `assessDeadlines`
    /// masks them (helper-34: a supplement request quoting 王建国签字 showed it whole).
    fn parse_case_record(&self, text: &str) -> Result<CaseRecord, Finding> {
        let (mut case, mapped) = self.parse_mapped::<CaseRecord>(text)?;
        case.people = mapped.person_names();
        Ok(case)
    }

    /// One 事项目录 item's validation (its limits against the ruleset's), given as JSON text.
    /// An item that cannot be read is one finding saying why, with its id when it has one.
    pub fn validate_catalog_item_json(&self, text: &str) -> Validation {
        match from_json_text::<CatalogItem>(text, "", ErrorCode::InvalidArgument) {
            Ok(item) => Validation::of(
                item.id.as_ref().map(|i| i.0.clone()),
                check_catalog_item(&item, &self.ruleset.deadline, self.locale),
            ),
            Err(e) => Validation::of(
                record_id(text),
                vec![Finding::unreadable_record(&e, self.locale)],
            ),
        }
    }
}
