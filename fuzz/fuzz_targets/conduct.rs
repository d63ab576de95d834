//! Conduct scoring, pay and posts, and ranking (CON-1..9, SUP-5), as raw JSON: never a panic,
//! and every score stays within the floor and the cap.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "shared.rs"]
mod shared;
use shared::engine;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let e = engine();
    if let Ok(r) = e.score_conduct_json(&text) {
        for c in &r.cards {
            assert!((0.0..=110.0).contains(&c.score), "score {}", c.score);
        }
    }
    let _ = e.assess_period_json(&text);
    let _ = e.rank_units_json(&text);
});
