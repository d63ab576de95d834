//! CAL-1: every day from 2015-01-01 to 2026-12-31 agrees with an independent copy of the
//! State Council notices (tests/fixtures/official-days.txt, made from the npm package
//! chinese-days), not with the tables the engine embeds.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use std::collections::HashMap;

use super::support::{day, engine};

const FIXTURE: &str = include_str!("../fixtures/official-days.txt");

#[test]
fn is_working_day_matches_the_official_notices_2015_to_2026() {
    let exceptions: HashMap<&str, bool> = FIXTURE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let (date, kind) = l.split_once(' ').expect("fixture line");
            (date, kind == "work")
        })
        .collect();
    assert!(exceptions.len() > 250, "fixture looks truncated");
    let cal = &engine().calendar();
    let (mut d, last) = (day("2015-01-01"), day("2026-12-31"));
    let mut checked = 0;
    while d <= last {
        let text = d.to_string();
        let expected = exceptions
            .get(text.as_str())
            .copied()
            .unwrap_or(!d.is_weekend());
        assert_eq!(cal.is_working(d).unwrap(), expected, "{text}");
        assert!(!cal.is_provisional(d), "{text} is covered by a notice");
        d = d.plus(1);
        checked += 1;
    }
    assert_eq!(checked, 4383);
}

#[test]
fn working_days_per_year_match_the_shared_data() {
    let cal = &engine().calendar();
    // shared/data/cn-official-calendar.json gives working_days_in_year for 2024–2026.
    assert_eq!(cal.working_days_in_year(2024).unwrap(), 251);
    assert_eq!(cal.working_days_in_year(2025).unwrap(), 248);
    assert_eq!(cal.working_days_in_year(2026).unwrap(), 248);
}
