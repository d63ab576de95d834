//! Rule fidelity: one hand-worked case for each reading of REGULATIONS.md that needs its own
//! configuration or record shape (the rest are in the JSON fixtures). Each test names the
//! rule and writes the counting out, as the deadline fixture does.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use hall_rules::deadline::Status;
use serde_json::json;

use super::support::{case, day, engine, engine_with, instant};

/// DL-7: a portal may add its own 特别程序 reason. With `consultation` added, the same pause
/// that counted by default (fixture D7-1) stops the clock.
#[test]
fn dl7_a_reason_the_portal_adds_stops_the_clock() {
    let e = engine_with(
        r#"{ "ruleset": { "deadline": { "pauseReasons": ["supplement", "hearing", "consultation"] } } }"#,
    )
    .unwrap();
    // promised, received Mon 03-02 09:00, due 03-05 17:30 unpaused; the pause 03-03 09:00 to
    // 03-04 09:00 takes out 420 office minutes, one office day -> due 03-06 17:30. Read Fri
    // 03-06 10:00: counted 4 x 420 + 60 - 420 = 1320 of 1680 (0.7857), 360 left <= one office
    // day of 420 -> yellow, where by default it is red.
    let c = case(
        &json!({ "id": "D7-2", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "pauses": [ { "from": "2026-03-03T09:00", "to": "2026-03-04T09:00", "reason": "征求意见",
                      "notifiedAt": "2026-03-03T09:00" } ] }),
    );
    let r = e.assess_deadline(&c, instant(&json!("2026-03-06T10:00")));
    assert_eq!(
        r.due_at.map(|t| t.to_string()).as_deref(),
        Some("2026-03-06T17:30:00+08:00")
    );
    assert_eq!(r.status, Status::Warning, "{r:?}");
    assert_eq!(r.elapsed_share, Some(0.7857));
    assert!(r.findings.iter().all(|f| f.rule != "DL-7"), "{r:?}");
    // By default it is not a reason at all.
    let d = engine().assess_deadline(&c, instant(&json!("2026-03-06T10:00")));
    assert_eq!(d.status, Status::Overdue);
    assert_eq!(d.findings[0].code, "pause_reason_unknown");
}

/// DL-9 with other hours: the "one working day" threshold is the hall's own standard office day.
#[test]
fn dl9_threshold_follows_the_halls_standard_day() {
    // A 6-hour day (09:00-12:00, 14:00-17:00 = 360 minutes). promised received Mon 03-02 09:00,
    // due Thu 03-05 17:00, budget 4 x 360 = 1440. At Wed 03-04 16:00: counted 360 + 360 + 300
    // = 1020 (0.7083), remaining 420 > 360 -> green; at 17:00 remaining 360 -> yellow.
    let e =
        engine_with(r#"{ "officeHours": { "blocks": ["09:00-12:00", "14:00-17:00"] } }"#).unwrap();
    let c = case(&json!({ "category": "promised", "receivedAt": "2026-03-02T09:00" }));
    let at_four = e.assess_deadline(&c, instant(&json!("2026-03-04T16:00")));
    assert_eq!(at_four.remaining_office_minutes, Some(420));
    assert_eq!(at_four.status, Status::OnTrack);
    let at_five = e.assess_deadline(&c, instant(&json!("2026-03-04T17:00")));
    assert_eq!(at_five.remaining_office_minutes, Some(360));
    assert_eq!(at_five.status, Status::Warning);
}

/// CAL-5: an extra service day opens a day that is otherwise off; given for a working day it
/// changes nothing.
#[test]
fn cal5_an_extra_service_day_on_a_working_day_changes_nothing() {
    let e = engine_with(
        r#"{ "calendar": { "extraServiceDays": [
            { "name": "周六延时服务", "date": "2026-03-07" },
            { "name": "误设为服务日", "date": "2026-03-04" } ] } }"#,
    )
    .unwrap();
    let cal = &e.calendar();
    // Wed 03-04 is a working day: it stays one, counted and named as before.
    let wed = cal.day_info(day("2026-03-04"), false).unwrap();
    assert!(wed.working, "{wed:?}");
    assert_eq!(format!("{:?}", wed.kind), "Workday");
    // Sat 03-07 is off: it opens, but adds no statutory working time (DL-8).
    let sat = cal.day_info(day("2026-03-07"), false).unwrap();
    assert_eq!(format!("{:?}", sat.kind), "ExtraServiceDay");
    assert!(!sat.working);
    // promised received Mon 03-02 09:00: 03-03, 03-04, 03-05 -> due 03-05 17:30, as without
    // the overlay.
    let r = e.assess_deadline(
        &case(&json!({ "category": "promised", "receivedAt": "2026-03-02T09:00" })),
        instant(&json!("2026-03-03T10:00")),
    );
    assert_eq!(
        r.due_at.map(|t| t.to_string()).as_deref(),
        Some("2026-03-05T17:30:00+08:00")
    );
}

#[cfg(feature = "supervision")]
mod supervision {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;
    use hall_rules::Engine;

    fn complaint_codes(e: &Engine, item: serde_json::Value, now: &str) -> Vec<&'static str> {
        let r = e.assess_complaints_json(vec![Ok(item.to_string())], instant(&json!(now)));
        r.results[0].findings.iter().map(|f| f.code).collect()
    }

    /// SUP-1: an anonymous complaint with no contact needs an outcome, but no reply.
    #[test]
    fn sup1_anonymous_complaint_without_contact_needs_no_reply() {
        let e = engine();
        // Received Mon 03-02 10:00; resolve within 15 working days -> 03-23 17:30. Read 03-25.
        let base = json!({ "id": "A-1", "kind": "complaint", "receivedAt": "2026-03-02T10:00",
            "verifiedAt": "2026-03-02T15:00", "rectifiedAt": "2026-03-10T10:00", "outcome": "已整改" });
        assert!(complaint_codes(e, base.clone(), "2026-03-25T10:00").is_empty());
        let r = e.assess_complaints_json(vec![Ok(base.to_string())], instant(&json!("2026-03-25")));
        assert_eq!(r.results[0].state, "closed");
        // With a contact, or named, the reply is owed.
        let mut with_contact = base.clone();
        with_contact["contact"] = json!("电话回复");
        assert_eq!(
            complaint_codes(e, with_contact, "2026-03-25T10:00"),
            ["complaint_no_reply"]
        );
        // And the outcome is owed whoever complained.
        let mut no_outcome = base;
        no_outcome.as_object_mut().unwrap().remove("outcome");
        assert_eq!(
            complaint_codes(e, no_outcome, "2026-03-25T10:00"),
            ["complaint_unresolved"]
        );
    }

    /// CAL-2 for SUP-1: a complaint received late in December gets a January resolve-by time
    /// that skips 元旦 and is provisional.
    #[test]
    fn cal2_a_complaint_deadline_past_the_horizon_is_provisional() {
        // Received Mon 2026-12-28 10:00: verify within 1 WD -> 12-29 17:30 (inside the data).
        // Resolve within 15 WD: 12-29 (1), 12-30 (2), 12-31 (3), 2027-01-01 元旦 off, 01-04..08
        // (4-8), 01-11..15 (9-13), 01-18 (14), 01-19 (15) -> 2027-01-19 17:30, provisional.
        let item = json!({ "id": "P-1", "kind": "complaint", "named": true,
            "receivedAt": "2026-12-28T10:00", "verifiedAt": "2026-12-28T16:00" });
        let r = engine().assess_complaints_json(
            vec![Ok(item.to_string())],
            instant(&json!("2026-12-29T09:00")),
        );
        let it = &r.results[0];
        assert_eq!(it.verify_due.as_deref(), Some("2026-12-29T17:30:00+08:00"));
        assert_eq!(it.resolve_due.as_deref(), Some("2027-01-19T17:30:00+08:00"));
        assert!(it.provisional);
        let f: Vec<(&str, &str)> = it
            .findings
            .iter()
            .map(|f| (f.code, f.path.as_str()))
            .collect();
        assert_eq!(f, [("provisional_deadline", "outcome")]);
    }

    /// SUP-3: 张伟 and 张强 of one unit are two people, though both mask to 张*; the same staff
    /// id under two spellings of a name is one.
    #[test]
    fn sup3_named_staff_are_grouped_by_identity_not_by_masked_name() {
        let input = json!({ "month": "2026-03",
            "inspections": [
                { "date": "2026-03-05", "unit": "社保中心", "staff": { "name": "张伟" }, "rule": "CON-2", "description": "脱岗" },
                { "date": "2026-03-06", "unit": "社保中心", "staff": { "name": "张强" }, "rule": "CON-2", "description": "玩手机" },
                { "date": "2026-03-09", "unit": "社保中心", "staff": { "id": "S7", "name": "李娜" }, "rule": "CON-3", "description": "着装" },
                { "date": "2026-03-10", "unit": "社保中心", "staff": { "id": "S7", "name": "李 娜" }, "rule": "CON-3", "description": "迟到" } ] });
        let b = engine().monthly_bulletin_json(&input.to_string()).unwrap();
        let named: Vec<(&str, usize)> =
            b.named.iter().map(|n| (n.name.as_str(), n.count)).collect();
        assert_eq!(named.len(), 3, "{named:?}");
        assert_eq!(named.iter().filter(|n| n.0 == "张*").count(), 2);
        assert!(named.iter().all(|n| n.1 == 1 || n.0.starts_with('李')));
        assert!(!serde_json::to_string(&b).unwrap().contains("张伟"));
    }

    /// SUP-3 dates: an overdue case's due time is read in Beijing time (16:30Z on 02-28 is
    /// 00:30 on 03-01), and a case due in another month belongs to that month's bulletin.
    #[test]
    fn bulletin_overdue_cases_are_dated_in_beijing_and_kept_to_the_month() {
        let input = json!({ "month": "2026-03", "overdueCases": [
            { "id": "C-1", "unit": "社保中心", "dueAt": "2026-02-28T16:30:00Z", "overdueWorkingDays": 2 },
            { "id": "C-2", "unit": "社保中心", "dueAt": "2026-02-27T17:30:00+08:00", "overdueWorkingDays": 9 },
            { "id": "C-3", "unit": "社保中心", "dueAt": "2026-03-31T16:30:00Z", "overdueWorkingDays": 1 } ] });
        let b = engine().monthly_bulletin_json(&input.to_string()).unwrap();
        let dates: Vec<Option<&str>> = b.problems.iter().map(|p| p.date.as_deref()).collect();
        assert_eq!(dates, [Some("2026-03-01")]);
        assert_eq!(b.counts.overdue_cases, 1);
        let left_out: Vec<&str> = b.findings.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            left_out,
            ["overdueCases[1].dueAt", "overdueCases[2].dueAt"],
            "C-2 is February's, C-3 (00:30 on 04-01) April's"
        );
    }

    /// SUP-5: one setting, `ruleset.conduct.ranking.talkAfterMonthsLast`; the old
    /// `supervision.lastPlaceMonths`, validated but never read, is gone.
    #[test]
    fn sup5_has_one_setting() {
        let err =
            Engine::from_json(r#"{ "ruleset": { "supervision": { "lastPlaceMonths": 3 } } }"#)
                .err()
                .unwrap();
        assert_eq!(err.path, "config.ruleset.supervision.lastPlaceMonths");
        assert!(Engine::from_json(
            r#"{ "ruleset": { "conduct": { "ranking": { "talkAfterMonthsLast": 3 } } } }"#
        )
        .is_ok());
    }

    /// SUP-6: the working days of March 2026 with no on-site record by the head, per room.
    #[test]
    fn sup6_working_days_without_the_heads_record() {
        // March 2026 has 22 working days (no holiday; 03-01 is a Sunday). Read Tue 03-10 09:00:
        // the days that have ended are 03-02..03-06 and 03-09: 6 working days.
        let input = json!({ "month": "2026-03", "rooms": ["社保", "医保"], "records": [
            { "date": "2026-03-02", "room": "社保", "head": "王建国", "people": 5 },
            { "date": "2026-03-03", "room": "社保", "people": 5 },
            { "date": "2026-03-04", "room": "社保", "people": 0 },
            { "date": "2026-03-05", "room": "社保" },
            { "date": "2026-03-06", "room": "社保" },
            { "date": "2026-03-09", "room": "社保" },
            { "date": "2026-03-07", "room": "医保" },
            { "date": "2026-03-02", "room": "医保" },
            { "date": "2026-02-27", "room": "医保" },
            { "date": "2026-03-03", "room": "窗口X" } ] });
        let r = engine()
            .head_records_json(&input.to_string(), instant(&json!("2026-03-10T09:00")))
            .unwrap();
        assert_eq!(r.working_days, 6);
        // 社保: the 03-04 record lists nobody, so that day has no record.
        assert_eq!(r.rooms[0].missing, ["2026-03-04"]);
        assert_eq!(r.rooms[0].recorded, 5);
        // 医保: only 03-02 (03-07 is a Saturday and does not count).
        assert_eq!(
            r.rooms[1].missing,
            [
                "2026-03-03",
                "2026-03-04",
                "2026-03-05",
                "2026-03-06",
                "2026-03-09"
            ]
        );
        let codes: Vec<(&str, &str)> = r.findings.iter().map(|f| (f.code, f.rule)).collect();
        assert_eq!(codes[0], ("record_outside_period", "SUP-3"));
        assert_eq!(codes[1], ("invalid_field", "CASE-5"));
        assert_eq!(
            codes
                .iter()
                .filter(|c| c.0 == "head_record_missing")
                .count(),
            6
        );
        assert!(codes
            .iter()
            .filter(|c| c.0 == "head_record_missing")
            .all(|c| c.1 == "SUP-6"));
        assert!(!serde_json::to_string(&r).unwrap().contains("王建国"));
        assert!(!r.provisional);
    }
}

/// CASE-7 against an adversary: numbers and names in many spellings inside free text; none
/// survives in any output, however the output is read back (digits of any script, separators
/// dropped, Latin case folded). Deterministic, so it runs the same in all three layers.
#[cfg(all(feature = "supervision", feature = "conduct"))]
mod masking {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[self.below(items.len())]
        }
    }

    const SEPARATORS: &[&str] = &[
        "", " ", "-", ".", "_", "／", "—", ",", "，", "\u{200B}", "\u{3000}", "\u{00A0}", "  ", "·",
    ];

    /// One digit in one of the spellings a person might type or paste.
    fn spell_digit(d: u8, style: usize) -> String {
        let d32 = d as u32;
        match style {
            0 => ((b'0' + d) as char).to_string(),
            1 => char::from_u32(0xFF10 + d32).unwrap().to_string(),
            2 => ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"][d as usize].into(),
            3 => char::from_u32(0x1D7CE + d32).unwrap().to_string(),
            _ if d == 0 => "⓪".into(),
            _ => char::from_u32(0x245F + d32).unwrap().to_string(),
        }
    }

    fn spell_number(digits: &str, rng: &mut Rng) -> String {
        let style = rng.below(5);
        let sep = rng.pick(SEPARATORS);
        let mut out = String::new();
        let mut since = 0;
        let group = 2 + rng.below(4);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && since == group {
                out.push_str(sep);
                since = 0;
            }
            match c.to_digit(10) {
                Some(d) => out.push_str(&spell_digit(d as u8, style)),
                None => out.push(c),
            }
            since += 1;
        }
        out
    }

    fn number(rng: &mut Rng) -> String {
        let digits = |rng: &mut Rng, n: usize| -> String {
            (0..n)
                .map(|_| (b'0' + rng.below(10) as u8) as char)
                .collect()
        };
        match rng.below(5) {
            0 => format!("1{}{}", 3 + rng.below(7), digits(rng, 9)),
            // A bank card, 16 digits.
            4 => format!("6222{}", digits(rng, 12)),
            1 => format!(
                "110105{}{:02}{:02}{}X",
                1950 + rng.below(60),
                1 + rng.below(12),
                1 + rng.below(28),
                digits(rng, 3)
            ),
            2 => format!("0{}{}", 10 + rng.below(80), digits(rng, 8)),
            _ => format!(
                "110105{:02}{:02}{:02}{}",
                50 + rng.below(49),
                1 + rng.below(12),
                1 + rng.below(28),
                digits(rng, 3)
            ),
        }
    }

    const NAMES: &[&str] = &[
        "王芳",
        "张伟",
        "欧阳娜娜",
        "李娜",
        "周晓梅",
        "Zhou Xiaomei",
        "Wang Fang",
    ];

    fn spell_name(name: &str, rng: &mut Rng) -> String {
        let filler = rng.pick(&["", "\u{3000}", " ", "·", "\u{200B}"]);
        let chars: Vec<String> = name.chars().map(|c| c.to_string()).collect();
        let joined = if name.is_ascii() {
            chars.concat()
        } else {
            chars.join(filler)
        };
        match rng.below(3) {
            0 => joined.to_uppercase(),
            1 => joined.to_lowercase(),
            _ => joined,
        }
    }

    /// The output as a reader sees it: digits of every spelling as ASCII, separators gone.
    fn read_back(text: &str) -> String {
        text.chars()
            .filter_map(|c| {
                let u = c as u32;
                let digit = match u {
                    0x30..=0x39 => Some(u - 0x30),
                    0xFF10..=0xFF19 => Some(u - 0xFF10),
                    0x1D7CE..=0x1D7D7 => Some(u - 0x1D7CE),
                    0x2460..=0x2468 => Some(u - 0x245F),
                    0x24EA => Some(0),
                    _ => "〇一二三四五六七八九"
                        .chars()
                        .position(|z| z == c)
                        .map(|p| p as u32),
                };
                match digit {
                    Some(d) => char::from_digit(d, 10),
                    None if c.is_whitespace() || "-._／—,，·\u{200B}".contains(c) => None,
                    None => Some(c.to_ascii_lowercase()),
                }
            })
            .collect()
    }

    #[test]
    fn no_number_or_name_survives_in_any_output() {
        let e = engine();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for round in 0..300 {
            let (n1, n2) = (number(&mut rng), number(&mut rng));
            let name = rng.pick(NAMES);
            let text = format!(
                "群众{}反映：电话{}，证件{}。",
                spell_name(name, &mut rng),
                spell_number(&n1, &mut rng),
                spell_number(&n2, &mut rng)
            );
            let bulletin = json!({ "month": "2026-03", "inspections": [ { "date": "2026-03-05",
                "unit": "社保中心", "staff": { "name": name }, "rule": "CON-2", "description": text } ],
                "complaints": [ { "unit": "社保中心", "summary": text, "complainant": { "name": name } } ] });
            let windows = json!({ "date": "2026-03-10",
                "windows": [ { "id": "W1", "published": ["09:00-12:00"] } ],
                "events": [ { "window": "W1", "kind": "close", "at": "2026-03-10T09:30", "reason": text },
                            { "window": "W1", "kind": "open", "at": "2026-03-10T10:00", "reason": "x", "substitute": name } ] });
            let conduct = json!({ "period": "2026-03", "staff": [ { "id": "S1", "name": name, "unit": "U1" } ],
                "units": [ { "id": "U1", "name": "社保中心" } ],
                "events": [ { "kind": "violation", "code": "eating", "staffId": "S1", "date": "2026-03-05", "evidence": text } ] });
            let outputs = [
                serde_json::to_string(&e.monthly_bulletin_json(&bulletin.to_string()).unwrap())
                    .unwrap(),
                serde_json::to_string(
                    &e.assess_windows_json(&windows.to_string(), instant(&json!("2026-03-11")))
                        .unwrap(),
                )
                .unwrap(),
                serde_json::to_string(&e.score_conduct_json(&conduct.to_string()).unwrap())
                    .unwrap(),
                e.monthly_bulletin_json(&json!({ "month": text }).to_string())
                    .err()
                    .unwrap()
                    .message(hall_rules::Locale::ZhCn),
            ];
            let secret_name = read_back(name);
            for (k, out) in outputs.iter().enumerate() {
                let seen = read_back(out);
                for secret in [&n1, &n2] {
                    let digits: String = secret.chars().filter(char::is_ascii_digit).collect();
                    assert!(
                        !seen.contains(&digits[2..digits.len() - 2]),
                        "round {round}, output {k}: {secret} from {text} in {out}"
                    );
                }
                if k < 3 {
                    assert!(
                        !seen.contains(&secret_name),
                        "round {round}, output {k}: {name} from {text} in {out}"
                    );
                }
            }
        }
    }
}

/// Hostile sizes end in a clear `too_large` on the field, never an opaque failure.
#[test]
fn a_case_with_too_many_pauses_is_too_large_on_that_field() {
    let pauses: Vec<serde_json::Value> = (0..1001)
        .map(|_| json!({ "from": "2026-03-03T09:00", "reason": "补正" }))
        .collect();
    let c = case(
        &json!({ "id": "big", "category": "promised", "receivedAt": "2026-03-02T09:00", "pauses": pauses }),
    );
    let r = engine().assess_deadline(&c, instant(&json!("2026-03-04T09:00")));
    assert_eq!(r.status, Status::Invalid);
    assert_eq!(
        (r.findings[0].code, r.findings[0].path.as_str()),
        ("too_large", "pauses")
    );
}

/// CASE-7: a finding that echoes a value masks every name the record gave.
#[cfg(feature = "validation")]
#[test]
fn validation_findings_mask_the_records_names() {
    let record = json!({ "id": "N-1", "category": "周晓梅", "receivedAt": "2026-03-02T09:00",
        "firstReceiver": "王 芳", "outcome": "王芳", "applicant": { "name": "周晓梅" } });
    let v = engine().validate_case_json(Ok(&record.to_string()), instant(&json!("2026-03-03")));
    let shown = serde_json::to_string(&v).unwrap();
    for name in ["周晓梅", "王芳", "王 芳"] {
        assert!(!shown.contains(name), "{name} in {shown}");
    }
    assert!(shown.contains("办件类型“周**”"), "{shown}");
}

/// CAL-2 past the data: the lunar statutory days and their art. 6 make-up days are days off,
/// provisionally. 2027: 除夕 02-05 (Fri), 初一 02-06 (Sat), 初二 02-07 (Sun), 初三 02-08 (Mon);
/// two fall on the weekend, so 02-09 and 02-10 are made up. 清明 04-05 (Mon).
#[test]
fn cal2_lunar_statutory_days_past_the_data() {
    let cal = &engine().calendar();
    for date in [
        "2027-02-05",
        "2027-02-08",
        "2027-02-09",
        "2027-02-10",
        "2027-04-05",
        "2027-06-09",
        "2027-09-15",
        "2027-10-04",
        "2027-10-05",
        "2028-01-03",
    ] {
        let d = cal.day_info(day(date), false).unwrap();
        assert!(!d.working && d.provisional, "{date}: {d:?}");
    }
    assert!(cal.is_working(day("2027-02-11")).unwrap());
    // The reviewer's case: promised received Wed 2027-02-03 10:00 -> 02-04 (1), then 02-05 to
    // 02-10 off, 02-11 (2), 02-12 (3) -> due 2027-02-12 17:30, provisional; green on 02-09.
    let r = engine().assess_deadline(
        &case(&json!({ "id": "X", "category": "promised", "receivedAt": "2027-02-03T10:00" })),
        instant(&json!("2027-02-09T10:00")),
    );
    assert_eq!(
        r.due_at.map(|t| t.to_string()).as_deref(),
        Some("2027-02-12T17:30:00+08:00")
    );
    assert_eq!(r.status, Status::OnTrack);
    assert!(r.provisional);
}

/// The statutory days computed for 2015–2026 (under the law of each year) are all days off in
/// the official data: the table and the law are checked against what was published.
#[test]
fn statutory_days_agree_with_the_official_data() {
    let cal = &engine().calendar();
    let mut checked = 0;
    for year in 2015..=2026 {
        for f in hall_rules::calendar::statutory::festivals(year) {
            for d in &f.days {
                let info = cal.day_info(*d, false).unwrap();
                assert!(!info.working, "{year} {} {d}: {info:?}", f.zh);
                assert!(!info.provisional);
                checked += 1;
            }
        }
    }
    assert!(checked >= 12 * 11, "{checked}");
}

/// DL-6 is judged by when the applicant was told; DL-7 reasons a portal adds match in Chinese
/// and in any case.
#[test]
fn dl6_by_the_notice_and_dl7_reasons_as_written() {
    // Licensing received Mon 03-02 10:00; the notice window ends 03-09 17:30.
    let base = |from: &str, to: &str, told: &str| {
        case(
            &json!({ "category": "licensing", "receivedAt": "2026-03-02T10:00",
            "pauses": [ { "from": from, "to": to, "reason": "补正", "notifiedAt": told } ] }),
        )
    };
    let now = instant(&json!("2026-03-20T10:00"));
    // Told on 03-12, late: the wait does not stop the clock -> 20 WD -> 03-30 17:30.
    let late = engine().assess_deadline(
        &base("2026-03-04T10:00", "2026-03-11T10:00", "2026-03-12T10:00"),
        now,
    );
    assert_eq!(
        late.due_at.map(|t| t.to_string()).as_deref(),
        Some("2026-03-30T17:30:00+08:00")
    );
    assert_eq!(late.findings[0].path, "pauses[0].notifiedAt");
    // Told on 03-04, in time, the pause starting 03-11: 5 WD paused -> 04-07 17:30 (wait: 03-11
    // 10:00 to 03-18 10:00 is 5 office days).
    let timely = engine().assess_deadline(
        &base("2026-03-11T10:00", "2026-03-18T10:00", "2026-03-04T10:00"),
        now,
    );
    assert_eq!(
        timely.due_at.map(|t| t.to_string()).as_deref(),
        Some("2026-04-07T17:30:00+08:00")
    );
    assert!(
        timely.findings.iter().all(|f| f.rule != "DL-6"),
        "{timely:?}"
    );

    let e = engine_with(r#"{ "ruleset": { "deadline": { "pauseReasons": ["supplement", "公示", "Site_Survey"] } } }"#).unwrap();
    for reason in ["公示", "public_notice", "现场勘查", "SUPPLEMENT"] {
        let c = case(
            &json!({ "category": "promised", "receivedAt": "2026-03-02T09:00",
            "pauses": [ { "from": "2026-03-03T09:00", "to": "2026-03-04T09:00", "reason": reason, "notifiedAt": "2026-03-03T09:00" } ] }),
        );
        let r = e.assess_deadline(&c, instant(&json!("2026-03-03T10:00")));
        assert_eq!(
            r.due_at.map(|t| t.to_string()).as_deref(),
            Some("2026-03-06T17:30:00+08:00"),
            "{reason}: {r:?}"
        );
    }
}

#[cfg(feature = "supervision")]
mod review {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    /// SUP-3: an unverified complaint is listed but names nobody; a founded one names the person.
    #[test]
    fn an_unverified_complaint_names_nobody() {
        let input = json!({ "month": "2026-03", "complaints": [
            { "id": "c1", "unit": "社保科", "staff": { "id": "s2", "name": "赵六" }, "summary": "态度差" },
            { "id": "c2", "unit": "社保科", "staff": { "id": "s3", "name": "钱七" }, "summary": "推诿", "founded": true } ] });
        let b = engine().monthly_bulletin_json(&input.to_string()).unwrap();
        let named: Vec<&str> = b.named.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(named, ["钱*"]);
        assert_eq!(b.problems.len(), 2);
        assert_eq!(b.problems[0].person, None);
        // Without a count the overdue text says only "超期".
        let o = json!({ "month": "2026-03", "overdueCases": [ { "id": "C-9", "unit": "社保科", "overdueWorkingDays": 0 } ] });
        let b = engine().monthly_bulletin_json(&o.to_string()).unwrap();
        assert_eq!(b.problems[0].description, "办件C-9已超期");
    }

    /// DL-10 on a day off: no window has to open, so nothing is a finding. SUP-4: a ticket served
    /// without a call time waited until it was served; one from another day is left out; `now`
    /// counts to the second.
    #[test]
    fn windows_on_a_day_off_and_tickets_read_as_recorded() {
        let sunday = json!({ "date": "2026-03-08", "windows": [ { "id": "W1", "published": ["09:00-12:00", "13:30-17:30"] } ],
            "events": [ { "window": "W1", "at": "2026-03-08T10:00", "kind": "open" }, { "window": "W1", "at": "2026-03-08T11:00", "kind": "close" } ] });
        let r = engine()
            .assess_windows_json(&sunday.to_string(), instant(&json!("2026-03-09")))
            .unwrap();
        assert!(r.findings.is_empty() && r.closures.is_empty(), "{r:?}");
        // Tickets on that day: the hall's hours are unknown, so no wait is judged; one warning
        // says so. With the day's hours given, they are.
        let mut queued = sunday.clone();
        queued["tickets"] = json!([ { "window": "W1", "takenAt": "2026-03-08T08:00" },
            { "window": "W1", "takenAt": "2026-03-08T09:00", "calledAt": "2026-03-08T12:00" } ]);
        let r = engine()
            .assess_windows_json(&queued.to_string(), instant(&json!("2026-03-09")))
            .unwrap();
        let codes: Vec<(&str, &str, &str)> = r
            .findings
            .iter()
            .map(|f| (f.code, f.rule, f.path.as_str()))
            .collect();
        assert_eq!(codes, [("queue_hours_unknown", "SUP-4", "tickets")]);
        assert!(
            r.findings[0].message.contains("2张排队号未评估"),
            "{}",
            r.findings[0].message
        );
        assert!(r.waits_by_window.is_empty());
        queued["standardHours"] = json!(["09:00-12:00"]);
        let r = engine()
            .assess_windows_json(&queued.to_string(), instant(&json!("2026-03-09")))
            .unwrap();
        assert!(
            r.findings.iter().any(|f| f.code == "queue_wait_over"),
            "{r:?}"
        );

        // Each finding as (code, path), for one reading of `input` at `at` (epoch seconds).
        let read = |input: &serde_json::Value, at: i64| {
            let r = engine()
                .assess_windows_json_at(&input.to_string(), at)
                .unwrap();
            let codes: Vec<String> = r
                .findings
                .iter()
                .map(|f| format!("{} {}", f.code, f.path))
                .collect();
            (r, codes)
        };
        let day = json!({ "date": "2026-03-04", "windows": [ { "id": "W1", "published": ["09:00-12:00", "13:30-17:30"] } ],
            "tickets": [
                { "window": "W1", "takenAt": "2026-03-04T10:00", "servedAt": "2026-03-04T10:45" },
                { "window": "W1", "takenAt": "2026-03-03T10:00" },
                { "window": "W1", "takenAt": "2026-03-04T09:20:00" },
                { "window": "W1", "takenAt": "2026-03-04T11:50", "calledAt": "2026-03-04T13:35" } ] });
        // now 09:50:59 on the same day -> 09:50:59 - 09:20:00 = 30 min 59 s > 30 min, still
        // waiting (the day is not over, so not "not served"). The 11:50 ticket called at 13:35
        // waited 10 + 5 minutes of open time: the lunch break is left out.
        let now = instant(&json!("2026-03-04T09:50")).0 * 60 + 59;
        let (r, codes) = read(&day, now);
        // Tickets taken after that moment are not judged yet (fifth review, CASE-5).
        assert_eq!(
            codes,
            [
                "time_in_future tickets[0].takenAt",
                "record_outside_period tickets[1].takenAt",
                "queue_wait_over tickets[2]",
                "time_in_future tickets[3].takenAt",
            ]
        );
        assert_eq!(r.waits_by_window["W1"].not_served, 0);
        assert_eq!(r.waits_by_window["W1"].tickets, 1);
        // Read after closing: the 10:00 ticket served at 10:45 with no call time waited 45
        // minutes; the 09:20 one was never called and is not served.
        let evening = instant(&json!("2026-03-04T18:00")).0 * 60;
        let (r, codes) = read(&day, evening);
        assert_eq!(
            codes,
            [
                "queue_wait_over tickets[0]",
                "record_outside_period tickets[1].takenAt",
                "ticket_not_served tickets[2]",
                "queue_wait_over tickets[2]",
            ]
        );
        assert_eq!(r.waits_by_window["W1"].tickets, 3);
        // A call after the moment of reading is no call yet: the wait runs to now (10 min).
        let called_later = json!({ "date": "2026-03-04", "windows": [ { "id": "W1", "published": ["09:00-12:00", "13:30-17:30"] } ], "tickets": [
            { "window": "W1", "takenAt": "2026-03-04T10:00", "calledAt": "2026-03-04T11:00" },
            { "window": "W1", "takenAt": "2026-03-04T17:45" } ] });
        let (_, codes) = read(&called_later, instant(&json!("2026-03-04T10:10")).0 * 60);
        assert_eq!(
            codes,
            [
                "time_in_future tickets[0].calledAt",
                "time_in_future tickets[1].takenAt"
            ]
        );
        // Second review: window events after now have not happened: a close at 11:00 read at
        // 10:00 closes nothing.
        let mut events_later = called_later.clone();
        events_later["events"] = json!([ { "window": "W1", "at": "2026-03-04T11:00", "kind": "close", "reason": "开会" },
            { "window": "W1", "at": "2026-03-04T15:00", "kind": "open" } ]);
        let (r, codes) = read(&events_later, instant(&json!("2026-03-04T10:00")).0 * 60);
        assert!(r.closures.is_empty(), "{:?}", r.closures);
        assert!(
            codes.iter().all(|c| !c.starts_with("window_closed")),
            "{codes:?}"
        );
        assert!(
            codes.contains(&"time_in_future events[0].at".to_string()),
            "{codes:?}"
        );
        // Taken after closing and never called: read that evening, nobody is judged for it.
        let (r, _) = read(&called_later, evening);
        assert!(
            r.findings.iter().all(|f| f.path != "tickets[1]"),
            "{:?}",
            r.findings
        );
    }

    /// SUP-6 records and bulletin dates may be instants: read as their Beijing date.
    #[test]
    fn instants_where_dates_are_expected_are_read_in_beijing() {
        let input =
            json!({ "month": "2026-02", "records": [ { "date": "2026-02-03T20:00:00Z" } ] });
        let r = engine()
            .head_records_json(&input.to_string(), instant(&json!("2026-02-05T09:00")))
            .unwrap();
        // 02-02 and 02-03 missing, 02-04 recorded (20:00Z on 02-03 is 04:00 on 02-04).
        assert_eq!(r.rooms[0].missing, ["2026-02-02", "2026-02-03"]);
        let b = json!({ "month": "2026-03", "inspections": [ { "date": "2026-02-28T17:00:00Z", "unit": "U", "description": "x" } ] });
        let b = engine().monthly_bulletin_json(&b.to_string()).unwrap();
        assert_eq!(b.problems[0].date.as_deref(), Some("2026-03-01"));
    }
}

/// CASE-2: the wordings of a refusal and of a case that cannot be handled, in any case and with
/// a closing stop, are read as such (helper-64, helper-65): their checks run.
#[cfg(feature = "validation")]
#[test]
fn case2_refusals_are_read_however_worded() {
    for (outcome, codes) in [
        (
            "DENIED",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ][..],
        ),
        (
            "不予行政许可",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ],
        ),
        (
            "驳回",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ],
        ),
        (
            "不予受理。",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ],
        ),
        (
            "不受理",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ],
        ),
        ("不能办理", &["reason_missing"]),
        (
            "不予登记",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ],
        ),
        (
            "拒绝办理",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ],
        ),
        (
            "不准予行政许可",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ],
        ),
        // Full-width, spaced and invisible-marked spellings, and more wordings (helper-69).
        (
            "不予\u{3000}受理",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ],
        ),
        (
            "不予受理\u{200B}",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ],
        ),
        (
            "ｄｅｎｉｅｄ",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ],
        ),
        (
            "Not Accepted",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ],
        ),
        (
            "不予许可决定",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ],
        ),
        (
            "拒绝",
            &[
                "reason_missing",
                "legal_basis_missing",
                "rights_notice_missing",
            ],
        ),
        ("退件", &["reason_missing"]),
    ] {
        let record = json!({ "category": "promised", "receivedAt": "2026-03-02T09:00", "firstReceiver": "甲",
            "outcome": outcome, "answer": "x" });
        let v = engine().validate_case_json(Ok(&record.to_string()), instant(&json!("2026-03-03")));
        let got: Vec<&str> = v.findings.iter().map(|f| f.code).collect();
        assert_eq!(got, codes, "{outcome}");
    }
}

/// CASE-2: a rights notice that says none was given, and a reason of zero-width spaces, are no
/// notice and no reason; so are a reason and a legal basis that say none (暂无, 无, N/A, -).
#[cfg(feature = "validation")]
#[test]
fn case2_empty_and_negative_texts_are_not_given() {
    for (notice, reason, basis) in [
        (json!("无"), "\u{200B}", "暂无"),
        (json!("false"), " ", "无"),
        (json!(false), "\u{3000}", " N/A "),
        (json!("否"), "暂无", "-"),
        (json!("没有"), "（无）", "／"),
        // However else none is written (helper-64).
        (json!("未告知复议诉讼权利"), "無", "无依据"),
        (json!("无需告知"), "无。", "法律依据：暂无"),
        (json!("暂无"), "暂\u{200B}无", "《》"),
        (json!("N/A"), "不详", "《无》"),
        (json!("×"), "略", "Ｎ／Ａ"),
        (json!("不告知"), "TBD", "未填写"),
        // helper-65.
        (json!("不需要告知"), "未说明", "无相关依据"),
        (json!("未 告知"), "原因不详", "依据不详"),
        (json!("告知：否"), "无?", "《》第条"),
        (json!("是否告知：否"), "理由：无", "《____》第__条"),
        (
            json!("applicant not informed of rights"),
            "no reason",
            "no legal basis",
        ),
        (json!("未能告知"), "无可奉告", "依据：无"),
        // helper-66.
        (json!("尚未告知"), "暂无", "无相关法律依据"),
        (json!("申请人未被告知"), "无", "《XX法》第X条"),
        (json!("告知书未送达"), "无", "《条例》"),
        (json!("拒绝告知，申请人已离开"), "无", "无"),
        (json!("未向申请人告知复议诉讼权利"), "无", "无"),
        (json!("未书面告知"), "无", "无"),
        // Still to be given, or failed; "not needed" as a reason or basis (helper-69).
        (json!("待告知"), "无需", "无需"),
        (json!("拟告知"), "无", "无"),
        (json!("将告知"), "无", "无"),
        (json!("告知失败"), "无", "无"),
    ] {
        let record = json!({ "category": "promised", "receivedAt": "2026-03-02T09:00", "firstReceiver": "甲",
            "outcome": "denied", "answer": "不予许可", "legalBasis": basis, "rightsNotice": notice, "reason": reason });
        let v = engine().validate_case_json(Ok(&record.to_string()), instant(&json!("2026-03-03")));
        let codes: Vec<&str> = v.findings.iter().map(|f| f.code).collect();
        for code in [
            "rights_notice_missing",
            "reason_missing",
            "legal_basis_missing",
        ] {
            assert!(
                codes.contains(&code),
                "{notice} {reason} {basis}: {codes:?}"
            );
        }
    }
    // A reason, basis or notice that says something is one, however short.
    for (notice, reason, basis) in [
        (json!(true), "材料不全", "《行政许可法》第三十八条"),
        // A reason that names what is missing, a notice given later or in part (helper-65).
        (
            json!("原未告知，已于3月5日补充告知"),
            "营业执照：无",
            "《无线电管理条例》第十条",
        ),
        (
            json!("已补充告知（原未告知）"),
            "无法律依据",
            "《不动产登记暂行条例》",
        ),
        (
            json!("已告知复议诉讼权利，未告知听证权利（不适用）"),
            "经营场所：无",
            "《行政许可法》第三十八条（全文略）",
        ),
        (
            json!("已告知（申请人认为无需告知）"),
            "申请表空白",
            "依据：《行政许可法》",
        ),
        // Told in person, on the spot or by phone, the written notice still on its way (helper-67).
        (
            json!("已当场告知，告知书未送达"),
            "申请人未提供营业执照",
            "《行政许可法》第三十二条",
        ),
        (
            json!("已电话告知复议诉讼权利，告知书未送达（邮寄途中）"),
            "材料不全",
            "《行政许可法》第三十二条",
        ),
        (
            json!("已当面告知，无需告知书"),
            "材料不全",
            "《行政许可法》第三十二条",
        ),
        // A clerk's shorthand for what the applicant lacked is a reason (helper-66).
        (
            json!("未成年申请人的法定代理人已被告知"),
            "未提供",
            "《无障碍环境建设法》",
        ),
        (json!("已口头告知"), "缺", "《未成年人保护法》第十条"),
        (
            json!("如不服本决定，可依法申请行政复议或者提起行政诉讼"),
            "无法核实申请人身份",
            "依据：《行政许可法》第三十二条",
        ),
        // 将告知 inside a notice that says it was served (helper-69's words).
        (
            json!("已将告知书送达申请人"),
            "材料不全",
            "《行政许可法》第三十八条",
        ),
    ] {
        let record = json!({ "category": "promised", "receivedAt": "2026-03-02T09:00", "firstReceiver": "甲",
            "outcome": "denied", "answer": "不予许可", "legalBasis": basis, "rightsNotice": notice,
            "reason": reason });
        let v = engine().validate_case_json(Ok(&record.to_string()), instant(&json!("2026-03-03")));
        assert!(v.findings.is_empty(), "{:?}", v.findings);
    }
}

#[cfg(feature = "conduct")]
mod conduct_review {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    /// CON-5 with CAL-2: an overdue report whose due time is provisional is not yet evidence: a
    /// warning, and no deduction.
    #[test]
    fn a_provisional_overdue_case_is_not_deducted() {
        let input = json!({ "period": "2027-02", "staff": [ { "id": "S1", "name": "张伟", "unit": "U1" } ],
            "units": [ { "id": "U1", "name": "社保中心" } ],
            "deadlineReports": [
                { "responsible": "S1", "report": { "id": "X", "status": "overdue", "dueAt": "2027-02-08T17:30:00+08:00", "provisional": true } } ] });
        let r = engine().score_conduct_json(&input.to_string()).unwrap();
        assert_eq!(r.cards[0].score, 100.0);
        let codes: Vec<&str> = r.findings.iter().map(|f| f.code).collect();
        assert_eq!(codes, ["overdue_provisional"]);
        // Without an id the message still reads: "Case (no id) fell due", not "Case  fell due".
        let mut input = input;
        input["deadlineReports"][0]["report"]["id"] = json!(" ");
        let en = crate::support::engine_with(r#"{ "locale": "en" }"#).unwrap();
        let r = en.score_conduct_json(&input.to_string()).unwrap();
        assert!(
            r.findings[0].message.starts_with("Case (no id) fell due"),
            "{:?}",
            r.findings
        );
        let r = engine().score_conduct_json(&input.to_string()).unwrap();
        assert!(
            r.findings[0].message.starts_with("办件的到期时间"),
            "{:?}",
            r.findings
        );
    }

    /// SUP-5: two windows tied for last place, after every tie-break, are not singled out.
    #[test]
    fn a_tie_for_last_place_calls_nobody_for_a_talk() {
        let card = |id: &str, unit: &str, window: &str, score: f64| json!({ "staffId": id, "unit": unit, "window": window, "score": score });
        let month = |p: &str| {
            json!({ "period": p, "cards": [
            card("a", "U1", "W1", 95.0), card("b", "U2", "W2", 70.0), card("c", "U3", "W3", 70.0) ] })
        };
        let input = json!({ "units": [
                { "id": "U1", "sector": "社会保险" }, { "id": "U2", "sector": "社会保险" }, { "id": "U3", "sector": "社会保险" } ],
            "months": [ month("2026-01"), month("2026-02") ] });
        let r = engine().rank_units_json(&input.to_string()).unwrap();
        assert!(r.talks.is_empty(), "{:?}", r.talks);
    }
}

/// Second review: 中秋 on a 国庆 day is made up by one more day (2028: 10-01 Sun is made up on
/// 10-04, 中秋 on 10-03 on 10-05); DL-9's day is the shorter one in force on the due date.
#[test]
fn coinciding_festivals_and_a_seasons_short_day() {
    let cal = &engine().calendar();
    assert!(!cal.is_working(day("2028-10-04")).unwrap());
    assert!(!cal.is_working(day("2028-10-05")).unwrap());
    assert!(cal.is_working(day("2028-10-06")).unwrap());
    // Summer hours 09:00-12:00, 14:30-17:30 (360 minutes) from 03-01. promised received Mon
    // 03-02 10:00 -> due 03-05 17:30; at 03-04 17:29 counted 300 + 360 + 359 = 1019 of 1380,
    // 361 left > 360 -> green (against the standard 420 it would be yellow).
    let e = engine_with(r#"{ "officeHours": { "seasons": [ { "from": "03-01", "to": "09-30", "blocks": ["09:00-12:00", "14:30-17:30"] } ] } }"#).unwrap();
    let r = e.assess_deadline(
        &case(&json!({ "category": "promised", "receivedAt": "2026-03-02T10:00" })),
        instant(&json!("2026-03-04T17:29")),
    );
    assert_eq!(r.remaining_office_minutes, Some(361));
    assert_eq!(r.status, Status::OnTrack, "{r:?}");
}

/// Second review: a step's name is free text and its numbers are masked wherever it shows.
#[test]
fn step_names_are_masked() {
    let c = case(
        &json!({ "id": "D", "category": "licensing", "receivedAt": "2026-03-02T10:00",
        "steps": [ { "name": "联系 138 1234 5678", "limit": { "value": 1, "unit": "working_days" }, "startedAt": "2026-03-02T10:00" } ] }),
    );
    let r = engine().assess_deadline(&c, instant(&json!("2026-03-20T10:00")));
    let shown = serde_json::to_string(&r).unwrap();
    assert!(
        !shown.contains("1234 5678") && shown.contains("138 **** 5678"),
        "{shown}"
    );
}

#[cfg(all(feature = "supervision", feature = "conduct"))]
mod second_review {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    /// CAL-2 and CON-5/SUP-3: a report due past the data is provisional whatever it says: no
    /// deduction, and the bulletin lists it as 暂定 naming nobody.
    #[test]
    fn overdue_past_the_data_deducts_nothing_and_names_nobody() {
        let input = json!({ "period": "2027-02", "staff": [ { "id": "s1", "name": "张三" } ],
            "deadlineReports": [ { "responsible": "s1", "report": { "status": "overdue", "id": "X4", "dueAt": "2027-02-15T17:30:00+08:00" } } ] });
        let r = engine().score_conduct_json(&input.to_string()).unwrap();
        assert_eq!(r.cards[0].score, 100.0);
        let b = json!({ "month": "2027-02", "overdueCases": [ { "id": "O4", "unit": "U", "responsible": { "name": "赵九" }, "dueAt": "2027-02-15T17:30:00+08:00", "overdueWorkingDays": 2 } ] });
        let b = engine().monthly_bulletin_json(&b.to_string()).unwrap();
        assert!(b.named.is_empty());
        assert!(
            b.problems[0].description.contains("暂定"),
            "{}",
            b.problems[0].description
        );
    }

    /// CASE-7 in echoes: a Latin name of the input in the unknown-person message, a head's name
    /// in a date error, a staff name in a bulletin finding.
    #[test]
    fn names_in_echoed_errors_are_masked() {
        let input = json!({ "period": "2026-03", "staff": [ { "id": "S1", "name": "张三丰" } ],
            "units": [ { "id": "U1", "heads": { "unit": "欧阳娜娜", "bureau": "Li Wei" } } ],
            "events": [ { "staffId": "LI WEI", "code": "eating", "date": "2026-03-04" } ] });
        let shown =
            serde_json::to_string(&engine().score_conduct_json(&input.to_string()).unwrap())
                .unwrap();
        assert!(!shown.to_lowercase().contains("li wei"), "{shown}");
        let h = json!({ "month": "2026-03", "records": [ { "date": "2026-03-02", "head": "欧阳娜娜" }, { "date": "bad 欧阳·娜娜" } ] });
        let shown = serde_json::to_string(
            &engine()
                .head_records_json(&h.to_string(), instant(&json!("2026-03-05")))
                .unwrap(),
        )
        .unwrap();
        assert!(!shown.contains("娜娜"), "{shown}");
        let b = json!({ "month": "2026-03", "inspections": [
            { "date": "2026-03-02", "unit": "U", "staff": { "name": "张三丰" }, "rule": "CON-2", "description": "x" },
            { "date": "坏 张 三 丰", "unit": "U", "description": "x" } ] });
        let shown = serde_json::to_string(&engine().monthly_bulletin_json(&b.to_string()).unwrap())
            .unwrap();
        assert!(
            !shown.contains("张 三 丰") && !shown.contains("张三丰"),
            "{shown}"
        );
    }

    /// SUP-3: one staff id is one person, with or without a name on each record; SUP-1: a
    /// contact that says there is none is none; SUP-6: rooms match whatever their case; SUP-4:
    /// a ticket taken before opening waits from the opening.
    #[test]
    fn identity_contact_rooms_and_early_tickets() {
        let b = json!({ "month": "2026-03", "inspections": [
            { "date": "2026-03-02", "unit": "U", "staff": { "id": "S9", "name": "李五" }, "rule": "CON-2", "description": "x" },
            { "date": "2026-03-03", "unit": "U", "staff": { "id": "S9" }, "rule": "CON-2", "description": "y" } ] });
        let b = engine().monthly_bulletin_json(&b.to_string()).unwrap();
        let named: Vec<(&str, usize)> =
            b.named.iter().map(|n| (n.name.as_str(), n.count)).collect();
        assert_eq!(named, [("李*", 2)]);

        let c = json!({ "kind": "complaint", "receivedAt": "2026-03-02T10:00", "verifiedAt": "2026-03-02T15:00",
            "rectifiedAt": "2026-03-10T10:00", "outcome": "已整改", "named": false, "contact": "匿名" });
        let r =
            engine().assess_complaints_json(vec![Ok(c.to_string())], instant(&json!("2026-03-25")));
        assert!(
            r.results[0].findings.is_empty(),
            "{:?}",
            r.results[0].findings
        );

        let h = json!({ "month": "2026-03", "rooms": ["A"], "records": [ { "date": "2026-03-02", "room": "a" } ] });
        let h = engine()
            .head_records_json(&h.to_string(), instant(&json!("2026-03-03T09:00")))
            .unwrap();
        assert!(h.rooms[0].missing.is_empty(), "{:?}", h.rooms);

        let w = json!({ "date": "2026-03-04", "windows": [ { "id": "W1", "published": ["09:00-12:00", "13:30-17:30"] } ],
            "tickets": [ { "window": "W1", "takenAt": "2026-03-04T08:30", "calledAt": "2026-03-04T09:10" } ] });
        let w = engine()
            .assess_windows_json(&w.to_string(), instant(&json!("2026-03-05")))
            .unwrap();
        assert!(
            w.findings.is_empty(),
            "10 minutes from opening, not 40: {:?}",
            w.findings
        );
        assert_eq!(w.waits_by_window["W1"].average_minutes, Some(10.0));
    }
}

/// Third review: a key the caller chose is echoed in an error's path and message; a phone
/// number there is masked like any other echo.
#[test]
fn a_phone_number_as_a_config_key_is_masked_in_the_error() {
    let err = engine_with(r#"{ "ruleset": { "13812345678": 1 } }"#)
        .err()
        .unwrap();
    let message = err.message(hall_rules::Locale::ZhCn);
    assert!(!message.contains("13812345678"), "{message}");
    assert_eq!(err.masked_path(), "config.ruleset.138****5678");
}

/// Fourth review: a close never reopened counts to now on a day in progress, not to midnight;
/// an unfounded complaint is settled by its verification; names in conduct and window findings
/// are masked.
#[cfg(all(feature = "supervision", feature = "conduct"))]
mod fourth_review {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    #[test]
    fn closures_complaints_and_names_in_findings() {
        let w = json!({ "date": "2026-03-16", "windows": [ { "id": "W1", "published": ["09:00-12:00", "13:30-17:30"] } ],
            "events": [ { "window": "W1", "at": "2026-03-16T10:00", "kind": "close", "reason": "开会" },
                        { "window": "W1", "at": "2026-03-16T10:05", "kind": "closed by 陈静", "substitute": "陈静" } ] });
        let r = engine()
            .assess_windows_json(&w.to_string(), instant(&json!("2026-03-16T10:20")))
            .unwrap();
        assert_eq!(r.closures[0].minutes, 20, "{:?}", r.closures);
        assert!(!serde_json::to_string(&r).unwrap().contains("陈静"));

        // Anonymous, verified on 03-17 as unfounded with an outcome: settled, nothing owed.
        let c = json!({ "id": "K1", "kind": "complaint", "receivedAt": "2026-03-16T10:00", "named": false,
            "verifiedAt": "2026-03-17T10:00", "founded": false, "outcome": "不属实" });
        let r = engine()
            .assess_complaints_json(vec![Ok(c.to_string())], instant(&json!("2026-04-20T10:00")));
        assert!(
            r.results[0].findings.is_empty(),
            "{:?}",
            r.results[0].findings
        );
        assert_eq!(r.results[0].state, "closed");

        let input = json!({ "period": "2026-03", "staff": [ { "id": "S1", "name": "张伟" } ],
            "events": [ { "kind": "violation", "code": "张伟吃东西", "staffId": "S1", "date": "2026-03-05" },
                        { "kind": "violation", "code": "eating", "staffId": "S1", "date": "张伟 03-05" } ] });
        let shown =
            serde_json::to_string(&engine().score_conduct_json(&input.to_string()).unwrap())
                .unwrap();
        assert!(!shown.contains("张伟"), "{shown}");
    }
}
