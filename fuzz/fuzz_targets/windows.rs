//! Window hours and queues (DL-10, SUP-4) and the head's daily record (SUP-6), as raw JSON.
#![no_main]
use libfuzzer_sys::fuzz_target;

/// One engine for the whole run: building the calendar tables is the costly part.
fn engine() -> &'static hall_rules::Engine {
    static E: std::sync::OnceLock<hall_rules::Engine> = std::sync::OnceLock::new();
    E.get_or_init(|| hall_rules::Engine::from_json(r#"{"ruleset":{"supervision":{"minOpenWindows":{"社保":2}}}}"#).expect("engine"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let e = engine();
    // "now" to the second, somewhere in the sample day, from the input's length.
    let noon = 29_552_400i64 * 60; // 2026-03-10T12:00 Beijing, in seconds on the engine's scale
    let _ = e.assess_windows_json_at(&text, noon + (data.len() as i64 % 86_400) - 43_200);
    let _ = e.head_records_json(&text, hall_rules::time::Minute(29_552_400));
});
