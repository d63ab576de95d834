//! The monthly bulletin (SUP-3), as raw JSON: never a panic, and names never leak.
#![no_main]
use libfuzzer_sys::fuzz_target;

/// One engine for the whole run: building the calendar tables is the costly part.
fn engine() -> &'static hall_rules::Engine {
    static E: std::sync::OnceLock<hall_rules::Engine> = std::sync::OnceLock::new();
    E.get_or_init(|| hall_rules::Engine::with_defaults())
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let e = engine();
    if let Ok(b) = e.monthly_bulletin_json(&text) {
        for p in &b.named {
            assert!(p.name.chars().skip(1).all(|c| c == '*'), "unmasked name {}", p.name);
        }
    }
});
