//! Property tests on the core (native only: proptest does not run on wasm32 here).

use hall_rules::deadline::{Card, CaseInput, Status};
use hall_rules::input::InstantInput;
use hall_rules::time::{Day, Minute};
use proptest::prelude::*;
use serde_json::json;

use super::support::engine;

fn any_day() -> impl Strategy<Value = Day> {
    // 2014-01-01 .. 2028-12-31: inside, around and past the official data.
    (16_071i32..21_549).prop_map(Day)
}

fn any_minute() -> impl Strategy<Value = Minute> {
    (16_071i64 * 1440..21_549 * 1440).prop_map(Minute)
}

/// A case of any category with a limit in working days, with or without a notified pause, and
/// the moment it is read (up to about three weeks after receipt).
fn case_read_later() -> impl Strategy<Value = (CaseInput, Minute)> {
    let categories = [
        "immediate",
        "promised",
        "joint",
        "escalated",
        "licensing",
        "licensing_joint",
    ];
    (any_minute(), 1usize..6, 0i64..30_000, 0i64..20_000, 0i64..20_000, any::<bool>(), 1u32..30)
        .prop_map(move |(at, cat, read, from, len, pause, value)| {
            let mut case = json!({ "category": categories[cat], "receivedAt": at.to_epoch_ms(),
                "limit": { "value": value, "unit": "working_days" } });
            if pause {
                let start = Minute(at.0 + from).to_epoch_ms();
                case["pauses"] = json!([{ "from": start, "to": Minute(at.0 + from + len).to_epoch_ms(),
                    "reason": "hearing", "notifiedAt": start }]);
            }
            (serde_json::from_value(case).unwrap(), Minute(at.0 + read))
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn heap_sort_agrees_with_std_sort(mut items in proptest::collection::vec((0u8..20, any::<u16>()), 0..300)) {
        let mut expected = items.clone();
        expected.sort();
        hall_rules::sort::sort_by_key_small(&mut items, |x| *x);
        prop_assert_eq!(items, expected);
    }


    #[test]
    fn add_then_count_gives_back_n(d in any_day(), n in -400i64..400) {
        let cal = &engine().calendar();
        let target = cal.add_working_days(d, n).unwrap();
        prop_assert!(cal.is_working(target).unwrap());
        let back = cal.working_days_between(d, target).unwrap();
        if n != 0 {
            prop_assert_eq!(back, n);
        } else {
            prop_assert!(target >= d);
        }
    }

    #[test]
    fn adding_working_days_is_monotonic(d in any_day(), n in -300i64..300) {
        let cal = &engine().calendar();
        let (a, b) = (cal.add_working_days(d, n).unwrap(), cal.add_working_days(d, n + 1).unwrap());
        // n = 0 and n = 1 meet when `d` is a day off; every other step moves forward.
        if n == 0 && !cal.is_working(d).unwrap() {
            prop_assert_eq!(a, b);
        } else {
            prop_assert!(b > a);
        }
    }

    #[test]
    fn a_deadline_never_falls_on_a_day_off(at in any_minute(), cat in 0usize..6, value in 0u32..40, unit in 0usize..3) {
        let e = engine();
        let units = ["working_days", "calendar_days", "working_hours"];
        let category = ["immediate", "promised", "joint", "escalated", "licensing", "licensing_joint"][cat];
        let c: CaseInput = serde_json::from_value(json!({
            "category": category,
            "receivedAt": at.to_epoch_ms(), "limit": { "value": value, "unit": units[unit] } })).unwrap();
        let r = e.assess_deadline(&c, at);
        let due = r.due_at.unwrap().to_string();
        let day = hall_rules::time::parse_date(&due[..10], "due").unwrap();
        prop_assert!(e.calendar().is_working(day).unwrap(), "{}", due);
    }

    #[test]
    fn pausing_never_makes_a_case_due_earlier(at in any_minute(), from in 0i64..20_000, len in 0i64..20_000) {
        let e = engine();
        let base = json!({ "category": "licensing", "receivedAt": at.to_epoch_ms() });
        let mut paused = base.clone();
        paused["pauses"] = json!([{ "from": Minute(at.0 + from).to_epoch_ms(), "to": Minute(at.0 + from + len).to_epoch_ms(), "reason": "hearing" }]);
        let now = Minute(at.0 + 30_000);
        let a = e.assess_deadline(&serde_json::from_value(base).unwrap(), now);
        let b = e.assess_deadline(&serde_json::from_value(paused).unwrap(), now);
        prop_assert!(b.due_at_ms.unwrap() >= a.due_at_ms.unwrap());
        prop_assert!(b.elapsed_share.unwrap() <= a.elapsed_share.unwrap());
    }

    /// Issue 14: `yellowAt` is the moment `assessDeadline` turns the card yellow. Read at any
    /// moment before the case is overdue, the card is yellow exactly from `yellowAt` on (the
    /// report's own grading, with the same pauses), over cases with and without pauses.
    #[test]
    fn yellow_at_agrees_with_the_card((c, now) in case_read_later()) {
        let e = engine();
        let r = e.assess_deadline(&c, now);
        let open = matches!(r.status, Status::OnTrack | Status::Warning);
        if let (true, Some(y)) = (open, r.yellow_at.map(|t| t.to_string())) {
            let y: InstantInput = serde_json::from_value(json!(y)).unwrap();
            let y = y.resolve("yellowAt").unwrap();
            prop_assert_eq!(r.card == Some(Card::Yellow), now >= y, "{:?} at {}", r, now);
        }
        if open && r.yellow_at.is_none() {
            prop_assert_eq!(r.card, Some(Card::Green));
        }
    }

    /// Issue 14: the trace agrees with the report (due time, yellowAt, card, share), and its
    /// counted days add up to the office time the limit grants, with pauses and without.
    #[cfg(feature = "explain")]
    #[test]
    fn the_trace_agrees_with_the_report((c, now) in case_read_later()) {
        let e = engine();
        let r = e.assess_deadline(&c, now);
        let t = e.context().explain(&c, now);
        prop_assert_eq!((&t.due_at, &t.yellow_at, t.card, t.elapsed_share, t.status),
            (&r.due_at.map(|t| t.to_string()), &r.yellow_at.map(|t| t.to_string()), r.card, r.elapsed_share, r.status));
        if !r.paused && r.status != Status::Invalid {
            let counted: u64 = t.days.iter().map(|d| d.office_minutes).sum();
            prop_assert_eq!(Some(counted), t.budget_office_minutes, "{:?}", t.days);
        }
    }

    #[test]
    fn iso_text_and_epoch_ms_give_the_same_report(at in any_minute(), now_after in 0i64..50_000) {
        let e = engine();
        let now = Minute(at.0 + now_after);
        let text: CaseInput = serde_json::from_value(json!({ "category": "promised", "receivedAt": at.to_string() })).unwrap();
        let mut ms = text.clone();
        ms.received_at = InstantInput::EpochMs(at.to_epoch_ms());
        prop_assert_eq!(e.assess_deadline(&text, now), e.assess_deadline(&ms, now));
    }

    #[test]
    fn arbitrary_instant_text_never_panics(s in ".{0,40}") {
        let _ = hall_rules::time::parse_instant(&s, "x");
        let _ = hall_rules::time::parse_date(&s, "x");
        let _ = hall_rules::time::parse_clock(&s, "x");
    }

    #[test]
    fn arbitrary_case_json_never_panics(v in arb_json()) {
        let e = engine();
        if let Ok(c) = serde_json::from_value::<CaseInput>(v) {
            let _ = e.assess_deadline(&c, Minute(29_000_000));
        }
    }
}

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(json!(null)),
        any::<bool>().prop_map(|b| json!(b)),
        any::<f64>().prop_map(|f| json!(f)),
        (-1e13f64..1e13).prop_map(|f| json!(f)),
        ".{0,20}".prop_map(|s| json!(s)),
        Just(json!("2026-02-14T09:00")),
        Just(json!("promised")),
    ];
    let keys = prop_oneof![
        Just("category".to_string()),
        Just("receivedAt".to_string()),
        Just("concludedAt".to_string()),
        Just("limit".to_string()),
        Just("value".to_string()),
        Just("unit".to_string()),
        Just("pauses".to_string()),
        Just("from".to_string()),
        Just("to".to_string()),
        Just("reason".to_string()),
        Just("steps".to_string()),
        Just("startedAt".to_string()),
        Just("extension".to_string()),
        Just("approver".to_string()),
    ];
    leaf.prop_recursive(4, 40, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(keys.clone(), inner, 0..8).prop_map(|m| json!(m)),
        ]
    })
}

proptest! {
    /// The batch splitter finds the elements serde_json finds, in any compact JSON array
    /// (the form `JSON.stringify` writes), strings holding brackets and escapes included.
    #[test]
    fn array_element_spans_agree_with_serde(items in prop::collection::vec(arb_json(), 0..12)) {
        let text = serde_json::to_string(&items).unwrap();
        let raw: Vec<&serde_json::value::RawValue> = serde_json::from_str(&text).unwrap();
        let base = text.as_ptr() as usize;
        let expected: Vec<(usize, usize)> = raw
            .iter()
            .map(|r| (r.get().as_ptr() as usize - base, r.get().as_ptr() as usize - base + r.get().len()))
            .collect();
        prop_assert_eq!(hall_rules::json_path::array_element_spans(&text), Some(expected));
    }

    /// `trim_spaces` is `str::trim`, and `clip_to` cuts at the same character with or without
    /// its shortcut for short texts, for any text (ASCII ends, spaces of every kind, CJK).
    #[test]
    fn trim_spaces_and_clip_agree_with_std(text in "[ \t\n\u{85}\u{A0}\u{3000}\u{200B}a-z0-9王~!.]{0,12}", max in 0usize..14) {
        use hall_rules::text::TrimSpaces;
        prop_assert_eq!(text.trim_spaces(), text.trim());
        let expected = match text.char_indices().nth(max) {
            Some((cut, _)) => format!("{}…", &text[..cut]),
            None => text.clone(),
        };
        prop_assert_eq!(hall_rules::text::clip_to(&text, max), expected);
    }
}
