//! Case validation (CASE-1..5) and catalogue items (CASE-6), as raw JSON.
#![no_main]
use hall_rules::time::Minute;
use libfuzzer_sys::fuzz_target;

/// One engine for the whole run: building the calendar tables is the costly part.
fn engine() -> &'static hall_rules::Engine {
    static E: std::sync::OnceLock<hall_rules::Engine> = std::sync::OnceLock::new();
    E.get_or_init(|| hall_rules::Engine::with_defaults())
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let e = engine();
    let v = e.validate_case_json(Ok(&text), Minute(29_540_000));
    assert_eq!(v.valid, v.findings.iter().all(|f| f.severity != hall_rules::finding::Severity::Error));
    let _ = e.validate_catalog_item_json(&text);
});
