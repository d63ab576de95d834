//! Case validation (CASE-1..5) and catalogue items (CASE-6), as raw JSON.
#![no_main]
use hall_rules::time::Minute;
use libfuzzer_sys::fuzz_target;

#[path = "shared.rs"]
mod shared;
use shared::engine;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let e = engine();
    let v = e.validate_case_json(Ok(&text), Minute(29_540_000));
    assert_eq!(v.valid, v.findings.iter().all(|f| f.severity != hall_rules::finding::Severity::Error));
    let _ = e.validate_catalog_item_json(&text);
});
