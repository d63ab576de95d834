//! Structured cases: every field drawn from its domain, so the fuzzer reaches the clock.
#![no_main]
use arbitrary::Arbitrary;
use hall_rules::deadline::Status;
use hall_rules::time::Minute;
use libfuzzer_sys::fuzz_target;

#[path = "shared.rs"]
mod shared;
use shared::engine;
use serde_json::json;

#[derive(Arbitrary, Debug)]
struct Case {
    category: u8,
    received: u32,
    limit: Option<(u16, u8)>,
    pauses: Vec<(u32, Option<u32>, u8)>,
    steps: Vec<(u16, u32, Option<u32>)>,
    extension: Option<(bool, bool)>,
    concluded: Option<u32>,
    now: u32,
}

const CATS: [&str; 7] = ["immediate", "promised", "joint", "escalated", "licensing", "licensing_joint", "承诺件"];
const UNITS: [&str; 3] = ["working_days", "calendar_days", "working_hours"];
const REASONS: [&str; 4] = ["supplement", "hearing", "", "coffee"];
// 2014-01-01 in Beijing minutes, and a 16-year span in minutes.
const BASE: i64 = 16_071 * 1440;
const SPAN: i64 = 16 * 366 * 1440;

fn ms(offset: u32) -> f64 {
    Minute(BASE + offset as i64 % SPAN).to_epoch_ms()
}

fuzz_target!(|c: Case| {
    let mut case = json!({
        "id": 1,
        "category": CATS[c.category as usize % CATS.len()],
        "receivedAt": ms(c.received),
        "pauses": c.pauses.iter().take(8).map(|(f, t, r)| json!({ "from": ms(*f), "to": t.map(ms), "reason": REASONS[*r as usize % 4] })).collect::<Vec<_>>(),
        "steps": c.steps.iter().take(8).map(|(l, s, d)| json!({ "limit": { "value": l % 40, "unit": "working_days" }, "startedAt": ms(*s), "completedAt": d.map(ms) })).collect::<Vec<_>>(),
    });
    if let Some((v, u)) = c.limit {
        case["limit"] = json!({ "value": v % 4000, "unit": UNITS[u as usize % 3] });
    }
    if let Some((a, r)) = c.extension {
        case["extension"] = json!({ "approver": if a { "李" } else { "" }, "reason": if r { "r" } else { "" } });
    }
    if let Some(d) = c.concluded {
        case["concludedAt"] = json!(ms(d));
    }
    let e = engine();
    let now = Minute(BASE + c.now as i64 % SPAN);
    let r = e.assess_deadline_json(Ok(&case.to_string()), now);
    if r.status != Status::Invalid && r.findings.iter().all(|f| f.code != "invalid_field") {
        assert!(r.elapsed_share.is_some_and(|s| s >= 0.0));
    }
});
