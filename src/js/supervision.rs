//! Supervision (SUP-1..4, DL-10) for JS.

use wasm_bindgen::prelude::*;

use super::convert::{self, instant_or_now};
use super::JsEngine;

#[wasm_bindgen(js_class = Engine)]
impl JsEngine {
    /// SUP-1, SUP-2: complaints and ratings, each followed up against its limits, with the
    /// shares per window, unit and sector. A bad record is that record's finding.
    #[wasm_bindgen(js_name = assessComplaints, unchecked_return_type = "ComplaintsResult")]
    pub fn assess_complaints(
        &self,
        #[wasm_bindgen(unchecked_param_type = "FeedbackRecord[]")] items: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "InstantInput")] now: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        // A record whose keys cannot be listed is read by these too: a feedback record names
        // its people under more keys than a case (helper-47: 投诉人 beside a proxy trap).
        let mut fields = self.inner.field_map.portal_fields();
        fields.extend(crate::supervision::complaints::FEEDBACK_PEOPLE);
        fields.extend(crate::supervision::complaints::FEEDBACK_FALLBACK);
        let texts = self.fail(convert::records(
            &items,
            "items",
            crate::engine::MAX_BATCH,
            &fields,
        ))?;
        let now = self.now_of_records(&now, texts.iter().flatten())?;
        let mut result =
            (self.inner).assess_complaints_naming(texts.iter(), now, &mut texts.unencoded_people());
        let results = std::mem::take(&mut result.results);
        let out = self.fail(convert::with_list("results", &results, &result))?;
        convert::null_prototype_dictionaries(&out);
        Ok(out)
    }

    /// DL-10, SUP-4: one day of window hours, closures and queue tickets. `now` (default
    /// `Date.now()`) ends the wait of a ticket not yet called on a day still in progress.
    #[wasm_bindgen(js_name = assessWindows, unchecked_return_type = "WindowsResult")]
    pub fn assess_windows(
        &self,
        #[wasm_bindgen(unchecked_param_type = "WindowsInput")] input: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "InstantInput")] now: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let now = convert::instant_seconds_or_now(&now, "now");
        let now = self.fail(now.map_err(|e| self.masked_by(e, &input)))?;
        let out = self.call_json(&input, "input", |t| {
            self.inner.assess_windows_json_at(t, now)
        })?;
        convert::null_prototype_dictionaries(&out);
        Ok(out)
    }

    /// SUP-6: the working days of a month (ended by `now`, default `Date.now()`) with no
    /// on-site record by the hall's head or each room's head.
    #[wasm_bindgen(js_name = assessHeadRecords, unchecked_return_type = "HeadRecordsResult")]
    pub fn assess_head_records(
        &self,
        #[wasm_bindgen(unchecked_param_type = "HeadRecordsInput")] input: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "InstantInput")] now: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let now = instant_or_now(&now, "now");
        let now = self.fail(now.map_err(|e| self.masked_by(e, &input)))?;
        self.call_json(&input, "input", |t| self.inner.head_records_json(t, now))
    }

    /// SUP-3: the monthly 明察暗访 bulletin, structured and as text, personal data masked.
    #[wasm_bindgen(js_name = monthlyBulletin, unchecked_return_type = "Bulletin")]
    pub fn monthly_bulletin(
        &self,
        #[wasm_bindgen(unchecked_param_type = "BulletinInput")] input: JsValue,
    ) -> Result<JsValue, JsValue> {
        let out = self.call_json(&input, "input", |t| self.inner.monthly_bulletin_json(t))?;
        convert::null_prototype_dictionaries(&out);
        Ok(out)
    }
}
