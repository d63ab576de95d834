//! DL-1..9 against the hand-worked fixture, plus batches and the columnar path.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use hall_rules::deadline::columnar::Columns;
use hall_rules::deadline::{Card, Category, Status};
use hall_rules::time::parse_instant;
use serde_json::{json, Value};

use super::support::{case, check_report, engine, engine_with, instant, DEADLINE_FIXTURE};

#[test]
fn hand_worked_fixture_cases() {
    let fixture: Value = serde_json::from_str(DEADLINE_FIXTURE).unwrap();
    let engine = engine();
    let cases = fixture["cases"].as_array().unwrap();
    assert!(cases.len() >= 20);
    for c in cases {
        let name = c["name"].as_str().unwrap();
        let report = engine.assess_deadline(&case(&c["case"]), instant(&c["now"]));
        check_report(name, &serde_json::to_value(&report).unwrap(), &c["expect"]);
    }
}

#[test]
fn messages_follow_the_locale() {
    let c = case(&json!({ "id": 1, "category": "urgent", "receivedAt": "2026-03-02T09:00" }));
    let now = instant(&json!("2026-03-02T10:00"));
    let zh = engine().assess_deadline(&c, now);
    assert!(
        zh.findings[0].message.contains("办件类型"),
        "{}",
        zh.findings[0].message
    );
    let en = engine_with(r#"{ "locale": "en" }"#)
        .unwrap()
        .assess_deadline(&c, now);
    assert!(
        en.findings[0].message.contains("Case category"),
        "{}",
        en.findings[0].message
    );
}

#[test]
fn ruleset_overrides_change_limits_and_thresholds() {
    let engine = engine_with(
        r#"{ "ruleset": { "deadline": { "categories": { "joint": { "value": 7, "unit": "calendar_days" } },
                                        "yellow": { "elapsedShare": 0.2 } } } }"#,
    )
    .unwrap();
    // Received Mon 03-02 09:00; 7 calendar days -> 03-09 (Mon) 17:30.
    let r = engine.assess_deadline(
        &case(&json!({ "category": "joint", "receivedAt": "2026-03-02T09:00" })),
        instant(&json!("2026-03-04T09:00")),
    );
    assert_eq!(
        r.due_at.map(|t| t.to_string()).as_deref(),
        Some("2026-03-09T17:30:00+08:00")
    );
    // 840 of 2520 office minutes = 0.33 ≥ 0.2, while four working days remain.
    assert_eq!(r.status, Status::Warning, "{r:?}");
}

/// A 10,000-case batch with 1% malformed records answers all, and only those are invalid.
#[test]
fn a_batch_with_bad_records_answers_every_record() {
    let engine = engine();
    let now = instant(&json!("2026-03-20T10:00"));
    let mut cases = Vec::new();
    let mut bad = Vec::new();
    for i in 0..10_000u32 {
        let day = 2 + i % 18;
        let record = if i % 100 == 37 {
            bad.push(i);
            match i % 3 {
                0 => json!({ "id": i, "category": "promised", "receivedAt": "2026-02-30T09:00" }),
                1 => json!({ "id": i, "category": "??", "receivedAt": "2026-03-02T09:00" }),
                _ => json!({ "id": i, "category": "joint", "receivedAt": 1.0e300 }),
            }
        } else {
            let category = ["immediate", "promised", "joint", "licensing"][(i % 4) as usize];
            json!({ "id": i, "category": category,
                    "receivedAt": format!("2026-03-{day:02}T{:02}:15", 8 + i % 10) })
        };
        cases.push(case(&record));
    }
    let (reports, summary) = engine.assess_deadlines(&cases, now);
    assert_eq!(reports.len(), 10_000);
    let invalid: Vec<u32> = reports
        .iter()
        .filter(|r| r.status == Status::Invalid)
        .map(|r| r.id.as_deref().unwrap().parse().unwrap())
        .collect();
    assert_eq!(invalid, bad);
    assert_eq!(summary.by_status.invalid, 100);
    assert_eq!(summary.total, 10_000);
    assert_eq!(
        summary.by_card.green + summary.by_card.yellow + summary.by_card.red,
        9_900
    );
}

#[test]
fn columnar_agrees_with_the_object_api() {
    let engine = engine();
    let ctx = engine.context();
    let now = instant(&json!("2026-03-05T10:00"));
    let mut received = Vec::new();
    let mut category = Vec::new();
    let mut objects = Vec::new();
    for i in 0..500u32 {
        let text = format!(
            "2026-02-{:02}T{:02}:{:02}",
            1 + i % 28,
            7 + i % 12,
            (i * 7) % 60
        );
        let at = parse_instant(&text, "t").unwrap();
        received.push(at.to_epoch_ms());
        let cat = Category::ALL[(i % 6) as usize];
        category.push(cat.code());
        objects.push(case(&json!({ "category": cat, "receivedAt": text })));
    }
    received.push(f64::NAN);
    category.push(1);
    let cols = Columns {
        received_at: &received,
        category: &category,
        ..Columns::default()
    };
    let out = ctx.assess_columns(&cols, now).unwrap();
    for (i, c) in objects.iter().enumerate() {
        let r = engine.assess_deadline(c, now);
        assert_eq!(out.status[i], r.status.code(), "row {i}");
        assert_eq!(out.card[i], r.card.unwrap().code(), "row {i}");
        assert_eq!(out.due_at[i], r.due_at_ms.unwrap(), "row {i}");
    }
    assert_eq!(out.status[500], Status::Invalid.code());
    assert!(out.due_at[500].is_nan());
    assert_eq!(out.summary.by_status.invalid, 1);

    let short = [1u8];
    let err = ctx.assess_columns(
        &Columns {
            received_at: &received,
            category: &short,
            ..Columns::default()
        },
        now,
    );
    assert_eq!(err.err().unwrap().path, "columns.category");
}

#[test]
fn columnar_paused_minutes_and_limits() {
    let engine = engine();
    let now = instant(&json!("2026-03-05T09:00"));
    let at = |t: &str| parse_instant(t, "t").unwrap().to_epoch_ms();
    let received = [
        at("2026-03-02T09:00"),
        at("2026-03-02T09:00"),
        at("2026-02-10T10:00"),
    ];
    let cols = Columns {
        received_at: &received,
        category: &[1, 1, 1],
        limit_value: &[f64::NAN, f64::NAN, 7.0],
        limit_unit: &[255, 255, 1],
        concluded_at: &[f64::NAN, f64::NAN, f64::NAN],
        paused_minutes: &[0.0, 600.0, 0.0],
    };
    let out = engine.context().assess_columns(&cols, now).unwrap();
    assert_eq!(out.due_at[0], at("2026-03-05T17:30"));
    assert_eq!(
        out.due_at[1],
        at("2026-03-09T12:00"),
        "600 paused office minutes, as in the fixture"
    );
    assert_eq!(
        out.due_at[2],
        at("2026-02-24T17:30"),
        "7 calendar days ending in the Spring Festival"
    );
    assert_eq!(out.status[2], Status::Overdue.code());
}

/// helper-30: a bare limit value (no unit, or 255) is in `ruleset.deadline.limitUnit` in the
/// columnar path too; it was always working days, so a hall counting in calendar days got a
/// later due time there than from the object API.
#[test]
fn columnar_bare_limit_is_in_the_halls_unit() {
    let now = instant(&json!("2026-03-05T09:00"));
    for unit in ["working_days", "calendar_days", "working_hours"] {
        let config = json!({ "ruleset": { "deadline": { "limitUnit": unit } } }).to_string();
        let engine = hall_rules::Engine::from_json(&config).unwrap();
        let text = "2026-02-10T10:00";
        let at = parse_instant(text, "t").unwrap().to_epoch_ms();
        let object = engine.assess_deadline(
            &case(&json!({ "category": "promised", "receivedAt": text, "limit": 7 })),
            now,
        );
        for limit_unit in [&[][..], &[255u8][..]] {
            let cols = Columns {
                received_at: &[at],
                category: &[1],
                limit_value: &[7.0],
                limit_unit,
                ..Columns::default()
            };
            let out = engine.context().assess_columns(&cols, now).unwrap();
            assert_eq!(
                out.due_at[0],
                object.due_at_ms.unwrap(),
                "{unit} {limit_unit:?}"
            );
            assert_eq!(out.status[0], object.status.code(), "{unit}");
        }
    }
}

/// Regression (fuzz target `columnar`): a huge pausedMinutes overflowed the office clock.
#[test]
fn columnar_rejects_absurd_paused_minutes() {
    let engine = engine();
    let now = instant(&json!("2026-03-05T09:00"));
    let at = parse_instant("2026-03-02T09:00", "t")
        .unwrap()
        .to_epoch_ms();
    let cols = Columns {
        received_at: &[at, at, at],
        category: &[1, 1, 1],
        paused_minutes: &[3.026687420075026e267, -1.0, 600.0],
        ..Columns::default()
    };
    let out = engine.context().assess_columns(&cols, now).unwrap();
    assert_eq!(
        out.status,
        vec![
            Status::Invalid.code(),
            Status::Invalid.code(),
            Status::OnTrack.code()
        ]
    );
}

/// An overdue case read on a weekend: the working days remaining are minus the working days
/// overdue (due 2026-02-24; 02-25..27, the makeup Saturday 02-28 and 03-02..06 are the 9 working
/// days up to Saturday 03-07).
#[test]
fn remaining_days_mirror_overdue_days_on_a_weekend() {
    let c = case(&json!({ "id": "W-1", "category": "即办件", "receivedAt": "2026-02-24T10:00" }));
    let now = parse_instant("2026-03-07T10:00", "now").unwrap();
    let report = engine().assess_deadline(&c, now);
    assert_eq!(report.status, Status::Overdue);
    let overdue = report.overdue_by.as_ref().map(|o| o.working_days);
    assert_eq!(overdue, Some(9));
    assert_eq!(report.remaining_working_days, Some(-9));
}

/// Messages give times as a clerk reads them (2026-02-24 17:30); the report's fields stay ISO.
#[test]
fn messages_give_wall_clock_times() {
    let c = case(&json!({ "id": "W-2", "category": "即办件", "receivedAt": "2026-02-24T10:00" }));
    let now = parse_instant("2026-02-25T10:00", "now").unwrap();
    let report = engine().assess_deadline(&c, now);
    let message = &report.findings[0].message;
    assert!(message.contains("2026-02-24 17:30"), "{message}");
    assert!(!message.contains("+08:00"), "{message}");
    assert_eq!(
        report.due_at.map(|t| t.to_string()).as_deref(),
        Some("2026-02-24T17:30:00+08:00")
    );
}

/// A record the parser rejects is explained in the engine's language: in Chinese the parser's
/// English words are translated, in English they stay.
#[test]
fn parser_words_follow_the_locale() {
    let text = json!({ "id": "T-1", "category": 5, "receivedAt": "2026-03-02T09:00" }).to_string();
    let now = parse_instant("2026-03-02T10:00", "now").unwrap();
    let zh = engine().assess_deadline_json(Ok(&text), now);
    assert_eq!(zh.status, Status::Invalid);
    let message = &zh.findings[0].message;
    assert!(
        message.contains("类型错误：应为字符串，实际为整数 `5`"),
        "{message}"
    );
    assert!(!message.contains("invalid type"), "{message}");
    let en = engine_with(r#"{"locale":"en"}"#).unwrap();
    let message = &en.assess_deadline_json(Ok(&text), now).findings[0].message;
    assert!(
        message.contains("invalid type: integer `5`, expected a string"),
        "{message}"
    );
}

/// Fifth review (CASE-5): a time after `now` is never graded. A conclusion or a receipt after
/// now makes the row invalid in the columnar path as in the object API; a step started or
/// completed after now makes the case invalid; a follow-up time after now is flagged and
/// judges nobody late.
#[test]
fn times_after_now_are_never_graded() {
    let engine = engine();
    let ctx = engine.context();
    let now = parse_instant("2026-03-02T10:00", "now").unwrap();
    let at = |t: &str| parse_instant(t, "t").unwrap().to_epoch_ms();
    let received = [
        at("2026-02-02T09:00"),
        at("2026-03-02T10:01"),
        at("2026-02-02T09:00"),
    ];
    let concluded = [at("2026-03-02T10:01"), f64::NAN, at("2026-03-02T10:00")];
    let cols = Columns {
        received_at: &received,
        category: &[1, 1, 1],
        concluded_at: &concluded,
        ..Columns::default()
    };
    let out = ctx.assess_columns(&cols, now).unwrap();
    let invalid = Status::Invalid.code();
    assert_eq!(out.status[..2], [invalid, invalid]);
    assert_ne!(out.status[2], invalid);

    let report = |c: serde_json::Value| engine.assess_deadline(&case(&c), now);
    let received_later =
        report(json!({ "category": "promised", "receivedAt": "2026-03-02T10:01" }));
    assert_eq!(received_later.status, Status::Invalid);
    let step_later = report(
        json!({ "category": "promised", "receivedAt": "2026-02-02T09:00",
        "steps": [ { "name": "审核", "startedAt": "2026-02-02T09:00", "completedAt": "2026-03-03T09:00", "limit": 1 } ] }),
    );
    assert_eq!(step_later.status, Status::Invalid);
    assert_eq!(step_later.findings[0].code, "time_in_future");
    assert_eq!(step_later.findings[0].path, "steps[0].completedAt");
    let reply_later = report(
        json!({ "category": "escalated", "receivedAt": "2026-02-02T09:00",
        "answeredAt": "2026-02-03T09:00", "repliedAt": "2026-03-09T09:00" }),
    );
    let codes: Vec<&str> = reply_later.findings.iter().map(|f| f.code).collect();
    assert!(
        codes.contains(&"time_in_future") && !codes.contains(&"reply_late"),
        "{codes:?}"
    );
    // Second review: a notice of a pause recorded after now judges nobody late (DL-6).
    let notice_later = report(
        json!({ "category": "licensing", "receivedAt": "2026-03-02T09:00",
        "pauses": [ { "from": "2026-03-02T09:00", "reason": "supplement", "notifiedAt": "2026-03-20T10:00" } ] }),
    );
    let codes: Vec<&str> = notice_later.findings.iter().map(|f| f.code).collect();
    assert!(
        codes.contains(&"time_in_future") && !codes.contains(&"supplement_notice_late"),
        "{codes:?}"
    );
}

/// Issue 14 (DL-9): `yellowAt`, worked by hand. P-1, a promised case of 3 working days received
/// Thu 02-12 10:00 over the Spring Festival: budget 360 + 3 × 420 = 1,620 office minutes; yellow
/// at 80% (1,296) or with one office day (420) left (1,200), whichever comes first: 1,200 =
/// 360 (02-12) + 420 (02-13) + 420 (Sat 02-14, a makeup working day), the close of 02-14.
#[test]
fn yellow_at_is_worked_by_hand() {
    let c = case(&json!({ "id": "P-1", "category": "promised", "receivedAt": "2026-02-12T10:00" }));
    let r = engine().assess_deadline(&c, instant(&json!("2026-02-13T10:00")));
    assert_eq!(
        r.yellow_at.map(|t| t.to_string()).as_deref(),
        Some("2026-02-14T17:30:00+08:00")
    );
    assert_eq!(r.card, Some(Card::Green));
    let later = engine().assess_deadline(&c, instant(&json!("2026-02-24T09:00")));
    assert_eq!(later.card, Some(Card::Yellow));
    assert_eq!(later.yellow_at, r.yellow_at);
    // A pause of one office day (the whole of 02-13, notified) moves it by that day: to the
    // close of Tue 02-24, the first working day after the festival.
    let paused = case(
        &json!({ "id": "P-2", "category": "promised", "receivedAt": "2026-02-12T10:00",
        "pauses": [{ "from": "2026-02-13T09:00", "to": "2026-02-14T09:00", "reason": "hearing", "notifiedAt": "2026-02-13T09:00" }] }),
    );
    let r = engine().assess_deadline(&paused, instant(&json!("2026-02-14T10:00")));
    assert_eq!(
        r.yellow_at.map(|t| t.to_string()).as_deref(),
        Some("2026-02-24T17:30:00+08:00"),
        "{r:?}"
    );
    // An immediate case is due at the close of its day: 360 office minutes, yellow at 80% (288:
    // 120 before noon, 168 after 13:30), 16:18.
    let now = case(&json!({ "category": "immediate", "receivedAt": "2026-02-12T10:00" }));
    let r = engine().assess_deadline(&now, instant(&json!("2026-02-12T10:00")));
    assert_eq!(
        r.yellow_at.map(|t| t.to_string()).as_deref(),
        Some("2026-02-12T16:18:00+08:00")
    );
}

#[cfg(feature = "explain")]
/// Issue 14: explainDeadline, worked by hand on P-1 (promised, 3 working days, received Thu
/// 02-12 10:00 over the Spring Festival): 360 + 420 + 420 (Sat 02-14, a makeup day) + 420
/// minutes counted, the festival skipped by name, yellow at the close of 02-14.
#[test]
fn explain_deadline_shows_the_counting() {
    let c = case(&json!({ "id": "P-1", "category": "promised", "receivedAt": "2026-02-12T10:00" }));
    let now = instant(&json!("2026-02-13T10:00"));
    let t = engine().context().explain(&c, now);
    let r = engine().assess_deadline(&c, now);
    assert_eq!(
        (&t.due_at, &t.yellow_at, t.card, t.elapsed_share),
        (
            &r.due_at.map(|t| t.to_string()),
            &r.yellow_at.map(|t| t.to_string()),
            r.card,
            r.elapsed_share
        )
    );
    assert_eq!(t.budget_office_minutes, Some(1620));
    let counted: Vec<(&str, u64)> = t
        .days
        .iter()
        .filter(|d| d.counted)
        .map(|d| (d.date.as_str(), d.office_minutes))
        .collect();
    assert_eq!(
        counted,
        [
            ("2026-02-12", 360),
            ("2026-02-13", 420),
            ("2026-02-14", 420),
            ("2026-02-24", 420)
        ]
    );
    let festival = t.days.iter().find(|d| d.date == "2026-02-17").unwrap();
    assert_eq!(
        (festival.counted, festival.name.as_deref()),
        (false, Some("春节"))
    );
    assert!(t.text.contains("02-15至02-23（春节）"), "{}", t.text);
    assert!(t.text.contains("黄牌：自2026-02-14 17:30起"), "{}", t.text);
    assert!(t.text.contains("到期时间：2026-02-24 17:30"), "{}", t.text);
    assert_eq!(
        t.summary,
        "绿牌，已用25.9%，2026-02-14 17:30起转黄牌，应于2026-02-24 17:30前办结"
    );
    let overdue = engine()
        .context()
        .explain(&c, instant(&json!("2026-02-27T10:00")));
    assert_eq!(
        overdue.summary,
        // 02-25 and 02-26 whole, one hour of 02-27: two whole office days (fifth review).
        "红牌，已超期2个工作日，应于2026-02-24 17:30前办结"
    );
    // DL-5: the certificate after the decision, 10 working days by default, traced too.
    let lic = case(
        &json!({ "category": "licensing", "receivedAt": "2026-03-02T09:00",
        "concludedAt": "2026-03-10T10:00", "decidedAt": "2026-03-10T10:00" }),
    );
    let t = engine()
        .context()
        .explain(&lic, instant(&json!("2026-03-30T10:00")));
    let f = &t.follow_ups[0];
    assert_eq!(
        (f.kind, f.rule, f.due_at.as_str(), f.late),
        ("certificate", "DL-5", "2026-03-24T17:30:00+08:00", true)
    );
    assert!(t.text.contains("准予许可后颁发、送达证件（DL-5）：2026-03-10 10:00起10个工作日，应于2026-03-24 17:30前；尚未完成，已超期。"), "{}", t.text);
    // helper-30: a certificate issued after the moment of reading is flagged by the report
    // (CASE-5) and judges nobody late; the trace said late.
    let future = case(
        &json!({ "category": "licensing", "receivedAt": "2026-03-02T09:00",
        "concludedAt": "2026-03-10T10:00", "decidedAt": "2026-03-10T10:00",
        "certificateIssuedAt": "2026-04-02T10:00" }),
    );
    let now = instant(&json!("2026-03-30T10:00"));
    let report = engine().assess_deadline(&future, now);
    assert!(
        report.findings.iter().any(|f| f.code == "time_in_future"),
        "{:?}",
        report.findings
    );
    assert!(!report.findings.iter().any(|f| f.code == "certificate_late"));
    let t = engine().context().explain(&future, now);
    assert!(t.follow_ups.iter().all(|f| !f.late), "{:?}", t.text);
    // Received after closing, the count starts at the next opening, and says why.
    let late = case(&json!({ "category": "promised", "receivedAt": "2026-02-13T18:00" }));
    let t = engine()
        .context()
        .explain(&late, instant(&json!("2026-02-14T10:00")));
    assert_eq!(t.start_moved, Some("after_hours"));
    assert!(
        t.text.contains("在下班之后，自2026-02-14 09:00起算"),
        "{}",
        t.text
    );
    // A pause without a reason is listed and says why it takes nothing out (DL-7).
    let paused = case(
        &json!({ "category": "promised", "receivedAt": "2026-03-02T09:00",
        "pauses": [{ "from": "2026-03-03T09:00", "to": "2026-03-04T09:00" }] }),
    );
    let t = engine()
        .context()
        .explain(&paused, instant(&json!("2026-03-04T10:00")));
    assert_eq!(
        (t.pauses[0].applied, t.pauses[0].office_minutes),
        (false, 0)
    );
    assert!(
        t.pauses[0]
            .refused
            .as_deref()
            .unwrap()
            .contains("未注明事由"),
        "{:?}",
        t.pauses[0]
    );
    // A record that cannot be read is explained by its findings.
    let bad = engine().explain_deadline_json(r#"{"category":"promised"}"#, now);
    assert_eq!(bad.status, Status::Invalid);
    assert!(bad.text.contains("缺少收件时间"), "{}", bad.text);
}

#[cfg(feature = "explain")]
/// The second review of explainDeadline (helper-12), each with its case.
#[test]
fn explain_deadline_counts_as_the_report_does() {
    let e = engine().context();
    // An open pause: the days add up as the due time assumes (the pause ending now).
    let open = case(
        &json!({ "category": "promised", "receivedAt": "2026-03-02T09:00",
        "pauses": [{ "from": "2026-03-03T09:00", "reason": "补正", "notifiedAt": "2026-03-03T09:00" }] }),
    );
    let t = e.explain(&open, instant(&json!("2026-03-06T10:00")));
    let counted: u64 = t.days.iter().map(|d| d.office_minutes).sum();
    assert_eq!(Some(counted), t.budget_office_minutes, "{:?}", t.days);
    // Overlapping pauses take their shared minutes out once, in the days and in the list.
    let both = case(
        &json!({ "category": "licensing", "receivedAt": "2026-03-02T09:00", "pauses": [
        { "from": "2026-03-03T09:00", "to": "2026-03-04T09:00", "reason": "hearing", "notifiedAt": "2026-03-03T09:00" },
        { "from": "2026-03-03T14:00", "to": "2026-03-04T12:00", "reason": "testing", "notifiedAt": "2026-03-03T14:00" }] }),
    );
    let t = e.explain(&both, instant(&json!("2026-03-06T10:00")));
    let listed: u64 = t.pauses.iter().map(|p| p.office_minutes).sum();
    let paused: u64 = t.days.iter().map(|d| d.paused_minutes).sum();
    assert_eq!(listed, paused, "{:?}", t.pauses);
    // A portal's reason code reads in Chinese; a reason in more words stops the clock (DL-7).
    assert_eq!(t.pauses[0].reason, "听证");
    let worded = case(
        &json!({ "category": "promised", "receivedAt": "2026-03-02T09:00",
        "pauses": [{ "from": "2026-03-03T09:00", "to": "2026-03-04T09:00", "reason": "等待申请人补正材料", "notifiedAt": "2026-03-02T10:00" }] }),
    );
    let t = e.explain(&worded, instant(&json!("2026-03-06T10:00")));
    assert!(t.pauses[0].applied, "{:?}", t.pauses[0]);
    // A limit of a day or less: no "working days left" test, and 0 reads as the same day.
    let now = case(&json!({ "category": "immediate", "receivedAt": "2026-03-02T09:00" }));
    let t = e.explain(&now, instant(&json!("2026-03-02T10:00")));
    assert!(
        t.text.contains("时限：当日办结（即办）") && t.text.contains("（已用时间达80%）"),
        "{}",
        t.text
    );
}

/// A pause a portal's field map names (`zt[].yy` for its reason) is explained as the report
/// reads it: an unknown reason stops no clock there either (helper-37: the explanation said it
/// was deducted, found by the engine's path among findings in the portal's).
#[cfg(feature = "explain")]
#[test]
fn an_explained_pause_through_a_field_map_is_read_as_its_report() {
    let e = hall_rules::Engine::from_json(
        r#"{ "fieldMap": { "slsj": "receivedAt", "zt[].yy": "pauses[].reason",
            "zt[].ks": "pauses[].from", "zt[].js": "pauses[].to" } }"#,
    )
    .unwrap();
    let r = json!({ "id": "F", "category": "promised", "slsj": "2026-03-02T09:00",
        "zt": [ { "ks": "2026-03-04T10:00", "js": "2026-03-04T11:00", "yy": "领导说等等" } ] });
    let now = instant(&json!("2026-03-10T10:00"));
    let report = e.assess_deadline_json(Ok(&r.to_string()), now);
    assert!(report
        .findings
        .iter()
        .any(|f| f.code == "pause_reason_unknown" && f.path == "zt[0].yy"));
    let t = e.explain_deadline_json(&r.to_string(), now);
    assert_eq!(
        (t.pauses[0].applied, t.pauses[0].office_minutes),
        (false, 0),
        "{:?}",
        t.pauses[0]
    );
    assert!(t.pauses[0].refused.is_some());
}

#[cfg(feature = "explain")]
/// helper-90 #3 (DL-9): the share used is said to a tenth, rounded down, so a green card never
/// reads as at its yellow threshold (0.7998 had read 80% beside "yellow at 80%"); the threshold
/// is said as set (0.855 had read 86%); no working days left is no test of its own.
#[test]
fn explain_says_the_share_used_and_the_threshold_exactly() {
    let c = case(
        &json!({ "id": "P-2", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "limit": { "value": 10, "unit": "working_days" } }),
    );
    let now = instant(&json!("2026-03-12T16:05"));
    let t = engine().context().explain(&c, now);
    let share = t.elapsed_share.unwrap();
    assert!(share > 0.799 && share < 0.8, "{share}");
    assert!(t.summary.contains("已用79.9%"), "{}", t.summary);
    assert!(t.text.contains("当前：已用79.9%"), "{}", t.text);
    let e = engine_with(
        r#"{ "ruleset": { "deadline": { "yellow": { "elapsedShare": 0.855, "remainingWorkingDays": 0 } } } }"#,
    )
    .unwrap();
    let t = e.context().explain(&c, now);
    assert!(t.text.contains("已用时间达85.5%）"), "{}", t.text);
    assert!(!t.text.contains("剩余不超过"), "{}", t.text);
    // helper-91: a threshold of 0.3339 is 33.39%, as set.
    let e =
        engine_with(r#"{ "ruleset": { "deadline": { "yellow": { "elapsedShare": 0.3339 } } } }"#)
            .unwrap();
    let t = e.context().explain(&c, now);
    assert!(t.text.contains("已用时间达33.39%"), "{}", t.text);
    // helper-92: a card past that threshold says at least its tenth above it, never less than
    // the threshold it states (a yellow card at 0.3339 had read 33.3%).
    let at_yellow = e.assess_deadline(&c, now).yellow_at.unwrap();
    let t = e.context().explain(&c, at_yellow);
    assert_eq!(t.card, Some(Card::Yellow), "{}", t.text);
    let said = t
        .text
        .split("当前：已用")
        .nth(1)
        .unwrap()
        .split('%')
        .next()
        .unwrap();
    assert!(said.parse::<f64>().unwrap() >= 33.39, "{said}: {}", t.text);
    // helper-93: at a threshold of 1/3 the report's 0.3333 is at it, and says no less.
    let e =
        engine_with(r#"{ "ruleset": { "deadline": { "yellow": { "elapsedShare": 0.333333 } } } }"#)
            .unwrap();
    let hours = case(
        &json!({ "id": "H-1", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "limit": { "value": 3, "unit": "working_hours" } }),
    );
    let t = e
        .context()
        .explain(&hours, instant(&json!("2026-03-02T10:00")));
    assert_eq!(t.card, Some(Card::Yellow), "{}", t.text);
    assert!(t.text.contains("当前：已用33.4%"), "{}", t.text);
    // helper-91: a long limit read a minute before yellow has a share the report rounds to 0.8;
    // the green card still reads below 80%.
    let long = case(
        &json!({ "id": "P-3", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "limit": { "value": 100, "unit": "working_days" } }),
    );
    let yellow_at = engine().assess_deadline(&long, now).yellow_at.unwrap();
    let before = hall_rules::time::Minute(yellow_at.0 - 1);
    let r = engine().assess_deadline(&long, before);
    assert_eq!((r.card, r.elapsed_share), (Some(Card::Green), Some(0.8)));
    let t = engine().context().explain(&long, before);
    assert!(t.text.contains("当前：已用79.9%"), "{}", t.text);
}
