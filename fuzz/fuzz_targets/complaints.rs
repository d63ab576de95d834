//! Complaints and ratings (SUP-1, SUP-2): a JSON array of records.
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
    let records: Vec<Result<String, hall_rules::Error>> = match serde_json::from_str::<Vec<serde_json::Value>>(&text) {
        Ok(items) => items.iter().map(|v| Ok(v.to_string())).collect(),
        Err(_) => vec![Ok(text.to_string())],
    };
    let n = records.len();
    let r = e.assess_complaints_json(records, Minute(29_540_000));
    assert_eq!(r.items.len(), n);
});
