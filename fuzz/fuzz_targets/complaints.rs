//! Complaints and ratings (SUP-1, SUP-2): a JSON array of records.
#![no_main]
use hall_rules::time::Minute;
use libfuzzer_sys::fuzz_target;

#[path = "shared.rs"]
mod shared;
use shared::engine;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let e = engine();
    let records: Vec<Result<String, hall_rules::Error>> = match serde_json::from_str::<Vec<serde_json::Value>>(&text) {
        Ok(items) => items.iter().map(|v| Ok(v.to_string())).collect(),
        Err(_) => vec![Ok(text.to_string())],
    };
    let n = records.len();
    let r = e.assess_complaints_json(records.iter().map(|r| r.as_deref()), Minute(29_540_000));
    assert_eq!(r.results.len(), n);
});
