//! Window hours and queues (DL-10, SUP-4), as raw JSON.
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
    let _ = e.assess_windows_json(&text);
});
