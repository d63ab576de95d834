//! The columnar path: arbitrary typed-array contents, including NaN, infinities and bad codes.
#![no_main]
use arbitrary::Arbitrary;
use hall_rules::deadline::columnar::Columns;
use hall_rules::time::Minute;
use libfuzzer_sys::fuzz_target;

#[path = "shared.rs"]
mod shared;
use shared::engine;

#[derive(Arbitrary, Debug)]
struct Rows {
    received: Vec<f64>,
    category: Vec<u8>,
    limit_value: Vec<f64>,
    limit_unit: Vec<u8>,
    concluded: Vec<f64>,
    paused: Vec<f64>,
    now: i64,
}

fuzz_target!(|r: Rows| {
    let e = engine();
    let n = r.received.len();
    let fit = |v: &[f64]| if v.len() >= n { v[..n].to_vec() } else { vec![] };
    let cat: Vec<u8> = (0..n).map(|i| r.category.get(i).copied().unwrap_or(1)).collect();
    let unit: Vec<u8> = if r.limit_unit.len() >= n { r.limit_unit[..n].to_vec() } else { vec![] };
    let (lv, cc, pm) = (fit(&r.limit_value), fit(&r.concluded), fit(&r.paused));
    let cols = Columns { received_at: &r.received, category: &cat, limit_value: &lv, limit_unit: &unit, concluded_at: &cc, paused_minutes: &pm };
    let now = Minute(r.now.rem_euclid(60 * 366 * 1440) + 16_071 * 1440);
    if let Ok(out) = e.context().assess_columns(&cols, now) {
        assert_eq!(out.status.len(), n);
        assert_eq!(out.summary.total, n);
    }
});
