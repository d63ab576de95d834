//! Conduct (CON-1..9, SUP-5) for JS.

use wasm_bindgen::prelude::*;

use super::JsEngine;

#[wasm_bindgen(js_class = Engine)]
impl JsEngine {
    /// CON-1..8: monthly score cards per person, with each deduction itemised, and the
    /// consequences. A bad event is a finding on that event; everyone else is still scored.
    ///
    /// The export returns the cards' items packed (`packed_items.rs`); the package's glue
    /// replaces it with a method that puts them in their cards (`pkg-templates/reports.js`),
    /// which is what the declared type describes.
    #[wasm_bindgen(js_name = scoreConduct, unchecked_return_type = "ConductResult")]
    pub fn score_conduct(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ConductInput")] input: JsValue,
    ) -> Result<JsValue, JsValue> {
        self.call_with(
            &input,
            "input",
            |t| self.inner.score_conduct_json(t),
            super::packed_items::conduct_result,
        )
    }

    /// CON-7 over 3–12 months of cards: pay steps, retraining, contract end.
    #[wasm_bindgen(js_name = assessPeriod, unchecked_return_type = "PeriodResult")]
    pub fn assess_period(
        &self,
        #[wasm_bindgen(unchecked_param_type = "MonthCards[]")] months: JsValue,
    ) -> Result<JsValue, JsValue> {
        self.call_json(&months, "months", |t| self.inner.assess_period_json(t))
    }

    /// CON-9, SUP-5: the ranking within each sector, and windows last two months running.
    #[wasm_bindgen(js_name = rankUnits, unchecked_return_type = "RankingResult")]
    pub fn rank_units(
        &self,
        #[wasm_bindgen(unchecked_param_type = "RankingInput")] input: JsValue,
    ) -> Result<JsValue, JsValue> {
        self.call_json(&input, "input", |t| self.inner.rank_units_json(t))
    }
}
