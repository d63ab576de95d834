//! Case validation records (CASE-1..6) on JSON text.

use super::{from_json_text, Engine};
use crate::case::catalog::{check_catalog_item, CatalogItem};
use crate::case::{validate, CaseRecord, Validation, ValidationSummary};
use crate::error::{Error, ErrorCode};
use crate::finding::Finding;
use crate::input::record_id;
use crate::time::Minute;

impl Engine {
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
                check_catalog_item(&item, &self.ruleset.deadline, self.locale),
            ),
            Err(e) => Validation::of(record_id(text), vec![Finding::from_error(&e, self.locale)]),
        }
    }
}
