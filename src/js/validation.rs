//! Case validation (CASE-1..6) for JS.

use wasm_bindgen::prelude::*;

use super::convert::{self, to_js};
use super::JsEngine;

#[wasm_bindgen(js_class = Engine)]
impl JsEngine {
    /// CASE-1..5 on one record: `{ valid, findings }`, paths in the portal's field names.
    #[wasm_bindgen(js_name = validateCase, unchecked_return_type = "Validation")]
    pub fn validate_case(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CaseValidationRecord")] case: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "InstantInput")] now: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let text = convert::stringify_record(&case, "case");
        let now = self.now_of_records(&now, text.as_deref().ok())?;
        self.fail(to_js(
            &self
                .inner
                .validate_case_json(text.as_deref().map_err(Clone::clone), now),
        ))
    }

    /// Many records: `{ results, summary }`; a bad record is that record's finding.
    #[wasm_bindgen(js_name = validateCases, unchecked_return_type = "ValidationBatch")]
    pub fn validate_cases(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CaseValidationRecord[]")] cases: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "InstantInput")] now: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let texts = self.records(&cases, "cases")?;
        let now = self.now_of_records(&now, texts.iter().flatten())?;
        let (results, summary) =
            self.inner
                .validate_cases_naming(texts.iter(), now, &mut texts.unencoded_people());
        self.fail(convert::with_list(
            "results",
            &results,
            &super::Summary { summary },
        ))
    }

    /// CASE-6: what a service item in the hall's catalogue must publish.
    #[wasm_bindgen(js_name = validateCatalogItem, unchecked_return_type = "Validation")]
    pub fn validate_catalog_item(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CatalogItem")] item: JsValue,
    ) -> Result<JsValue, JsValue> {
        self.call_json(&item, "item", |t| {
            Ok(self.inner.validate_catalog_item_json(t))
        })
    }
}
