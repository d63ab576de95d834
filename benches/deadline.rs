//! Native baseline for the deadline bench: the columnar path on the same synthetic cases as
//! bench/bench.mjs. Prints one JSON line; bench/bench.mjs runs it and prints the ratios.
use std::time::Instant;

use hall_rules::deadline::columnar::Columns;
use hall_rules::time::Minute;
use hall_rules::Engine;

/// The same generator as bench/bench.mjs: a simple LCG so both sides see the same cases.
fn cases(n: usize) -> (Vec<f64>, Vec<u8>) {
    let mut seed: u64 = 42;
    let start = 1_767_225_600_000.0; // 2026-01-01T00:00Z
    let mut received = Vec::with_capacity(n);
    let mut category = Vec::with_capacity(n);
    for _ in 0..n {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        received.push(start + (seed % (330 * 24 * 60)) as f64 * 60_000.0);
        category.push((seed % 5) as u8);
    }
    (received, category)
}

fn main() {
    let engine = Engine::with_defaults();
    let ctx = engine.context();
    let now = Minute::from_epoch_ms(1_782_000_000_000.0).expect("now");
    let mut out = Vec::new();
    for n in [10_000usize, 100_000, 1_000_000] {
        let (received, category) = cases(n);
        let cols = Columns {
            received_at: &received,
            category: &category,
            ..Columns::default()
        };
        let mut best = f64::MAX;
        for _ in 0..5 {
            let t = Instant::now();
            let r = ctx.assess_columns(&cols, now).expect("columns");
            std::hint::black_box(&r);
            best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        }
        out.push(format!("\"{n}\": {best:.2}"));
    }
    println!("{{ {} }}", out.join(", "));
}
