//! Window hours and queues (DL-10, SUP-4), as raw JSON.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let e = hall_rules::Engine::from_json(r#"{"ruleset":{"supervision":{"minOpenWindows":{"社保":2}}}}"#).expect("engine");
    let _ = e.assess_windows_json(&text);
});
