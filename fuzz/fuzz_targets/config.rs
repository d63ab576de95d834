//! Engine config, ruleset, calendar overlay, office hours and field map, as raw JSON.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(engine) = hall_rules::Engine::from_json(&text) {
        // A config that builds gives a calendar that answers.
        let info = engine.calendar().info();
        assert!(!info.valid_from.is_empty());
    }
});
