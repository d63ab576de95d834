//! The monthly bulletin (SUP-3), as raw JSON: never a panic, and names never leak.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "shared.rs"]
mod shared;
use shared::engine;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let e = engine();
    if let Ok(b) = e.monthly_bulletin_json(&text) {
        for p in &b.named {
            assert!(p.name.chars().skip(1).all(|c| c == '*'), "unmasked name {}", p.name);
        }
    }
});
