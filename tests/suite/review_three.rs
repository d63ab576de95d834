//! The third independent review of the packed package (helper-11, REGULATIONS.md and the
//! package only): what it found on rules that judge people, each with its regression test.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use hall_rules::deadline::Status;
use hall_rules::ErrorCode;
use serde_json::json;

use super::support::{case, engine, engine_with, instant};

/// CASE-5 / SUP-4: a call the record places after `now` is left out with its ticket; read as
/// "not called yet" it judged a two-hour wait the record says ended.
#[test]
fn a_call_after_now_judges_no_wait() {
    let input = json!({ "date": "2026-03-10",
        "windows": [{ "id": "W1", "published": ["09:00-12:00", "13:30-17:30"] }],
        "tickets": [{ "window": "W1", "takenAt": "2026-03-10T09:00", "calledAt": "2026-03-10T11:30" }] });
    let r = engine()
        .assess_windows_json(&input.to_string(), instant(&json!("2026-03-10T11:00")))
        .unwrap();
    let codes: Vec<&str> = r.findings.iter().map(|f| f.code).collect();
    assert_eq!(codes, ["time_in_future"]);
    assert!(r.waits_by_window.is_empty(), "{:?}", r.waits_by_window);
}

/// CASE-5 / SUP-2: an appeal filed after `now` excludes no bad rating: the record is invalid.
#[test]
fn an_appeal_after_now_excludes_nothing() {
    let item = json!({ "kind": "rating", "level": 1, "unit": "U", "named": true,
        "receivedAt": "2026-03-02T10:00", "appeal": { "filedAt": "2026-03-20", "upheld": true } });
    let r = engine().assess_complaints_json(
        vec![Ok(item.to_string())],
        instant(&json!("2026-03-10T10:00")),
    );
    assert_eq!(r.results[0].state, "invalid");
    assert_eq!(r.results[0].findings[0].path, "appeal.filedAt");
    assert_eq!(r.overall.appeals_upheld, 0);
}

/// DL-9: a step left open on a concluded case is measured to the conclusion, not to now.
#[test]
fn an_open_step_ends_with_its_case() {
    let c = case(
        &json!({ "category": "promised", "receivedAt": "2026-03-02T09:00",
        "concludedAt": "2026-03-02T12:00",
        "steps": [{ "name": "A", "limit": "4小时", "startedAt": "2026-03-02T09:00" }] }),
    );
    let r = engine().assess_deadline(&c, instant(&json!("2026-03-10T10:00")));
    assert_eq!(r.steps[0].status, Status::OnTrack, "{:?}", r.steps[0]);
    assert!(
        r.findings.iter().all(|f| f.code != "step_overdue"),
        "{:?}",
        r.findings
    );
}

/// SUP-3: the bulletin reports problems; it announces no sanction the rules do not give, and
/// its date of issue is read or refused, never dropped.
#[test]
fn the_bulletin_announces_no_sanction_and_keeps_its_date() {
    let input = json!({ "month": "2026-03", "inspections": [
        { "date": "2026-03-05", "unit": "U", "staff": { "name": "张伟" }, "rule": "CON-3", "description": "吸烟" }],
        "overdueCases": [{ "id": "C-1", "unit": "U", "dueAt": "2026-03-05T17:30" }],
        "issuer": "办公室 2026/4/1" });
    let b = engine().monthly_bulletin_json(&input.to_string()).unwrap();
    for word in ["通报批评", "扣分", "追究责任人"] {
        assert!(!b.text.contains(word), "{word}: {}", b.text);
    }
    assert!(
        b.text.contains("请所在单位核实后按考评办法处理"),
        "{}",
        b.text
    );
    assert!(b.text.ends_with("办公室\n2026年4月1日\n"), "{}", b.text);
    let mut bad = input.clone();
    bad["issuedOn"] = json!("April 1");
    let err = engine()
        .monthly_bulletin_json(&bad.to_string())
        .err()
        .unwrap();
    assert_eq!(err.code, ErrorCode::InvalidDate);
    bad["issuedOn"] = json!("2026-02-01");
    let err = engine()
        .monthly_bulletin_json(&bad.to_string())
        .err()
        .unwrap();
    assert_eq!(
        (err.code, err.path.as_str()),
        (ErrorCode::InvalidArgument, "input.issuedOn")
    );
}

/// CON-6: a unit consequence needs a unit on record, and is said once a month.
#[test]
fn unit_consequences_need_a_unit_and_come_once() {
    let input = json!({ "period": "2026-03",
        "units": [{ "id": "U1", "name": "社保窗口", "heads": { "unit": "王建国" } }],
        "staff": [{ "id": "S1", "unit": "U1" }, { "id": "S2" }],
        "events": [
            { "kind": "exposure", "staffId": "S1", "date": "2026-03-10" },
            { "kind": "exposure", "staffId": "S1", "date": "2026-03-12" },
            { "kind": "exposure", "staffId": "S2", "date": "2026-03-12" }] });
    let r = engine().score_conduct_json(&input.to_string()).unwrap();
    let all: Vec<String> = r
        .cards
        .iter()
        .flat_map(|c| {
            c.consequences.iter().map(|x| {
                serde_json::to_value(x.action)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string()
            })
        })
        .collect();
    let count = |a: &str| all.iter().filter(|x| *x == a).count();
    assert_eq!(count("unit_disqualified"), 1, "{all:?}");
    assert_eq!(count("heads_accountable"), 1, "{all:?}");
    assert_eq!(count("removal_from_post"), 3, "{all:?}");
}

/// SUP-6 / CAL-2: past the calendar's data a working day may yet be a day off; no head is
/// judged on it.
#[test]
fn no_head_is_judged_on_a_provisional_day() {
    let r = engine()
        .head_records_json(
            &json!({ "month": "2027-02", "records": [] }).to_string(),
            instant(&json!("2027-03-04T10:00")),
        )
        .unwrap();
    assert!(r.provisional);
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    assert_eq!(r.working_days, 0);
}

/// CAL-2: a calendar year without days off is refused, not taken as official.
#[test]
fn an_empty_calendar_year_is_refused() {
    let Err(err) = engine_with(r#"{"calendar":{"years":[{"year":2027}]}}"#) else {
        panic!("accepted an empty year")
    };
    assert_eq!(
        (err.code, err.path.as_str()),
        (
            ErrorCode::InvalidOverlay,
            "config.calendar.years[0].holidays"
        )
    );
}

/// Words: a record that is no object at all reads as a sentence, with no template left in it.
#[test]
fn a_message_without_a_path_has_no_placeholder() {
    let r = engine().assess_deadline_json(Ok("null"), instant(&json!("2026-03-10T10:00")));
    let m = &r.findings[0].message;
    assert!(!m.contains('{') && m.starts_with("记录无法读取："), "{m}");
    assert_eq!(r.findings[0].code, "invalid_record");
    let en = super::support::engine_with(r#"{ "locale": "en" }"#).unwrap();
    let r = en.assess_deadline_json(Ok("null"), instant(&json!("2026-03-10T10:00")));
    let m = &r.findings[0].message;
    assert!(m.starts_with("Record cannot be read: "), "{m}");
}

/// Words: a record named by its place reads 第1件办件无法读取, not 记录第1件办件无法读取.
#[test]
fn a_record_named_by_its_place_is_not_called_a_record_twice() {
    let now = instant(&json!("2026-03-10T10:00"));
    let err = hall_rules::Error::new(ErrorCode::InvalidArgument, "cases[0]").detail("x");
    let r = engine().assess_deadline_json(Err(err), now);
    let m = &r.findings[0].message;
    assert!(m.starts_with("第1件办件无法读取："), "{m}");
    let text = r#"{"id":"A","category":"promised","receivedAt":"2026-03-02T09:00","steps":[{"name":"a"},{"name":"b","completedAt":{}}]}"#;
    let r = engine().assess_deadline_json(Ok(text), now);
    let m = &r.findings[0].message;
    assert!(
        m.starts_with("第1个环节的") && m.contains("无法读取"),
        "{m}"
    );
}

/// Words: a limit reads 1 working day, 2 working days, 7个自然日 (自然日 everywhere).
#[test]
fn limits_read_in_the_singular_and_as_natural_days() {
    use hall_rules::deadline::limit::{Limit, LimitUnit};
    use hall_rules::Locale;
    let one = Limit {
        value: 1,
        unit: LimitUnit::WorkingDays,
    };
    let seven = Limit {
        value: 7,
        unit: LimitUnit::CalendarDays,
    };
    assert_eq!(one.describe(Locale::En), "1 working day");
    assert_eq!(seven.describe(Locale::En), "7 calendar days");
    assert_eq!(seven.describe(Locale::ZhCn), "7个自然日");
}

/// Fourth review (DL-7): a reason that names an allowed procedure in more words stops the
/// clock; one that denies it (无需补正, 取消听证, 专家评审（已取消）) does not.
#[test]
fn a_reason_that_denies_the_procedure_stops_nothing() {
    use hall_rules::deadline::rules::DeadlineRules;
    let r = DeadlineRules::default();
    for yes in ["等待补正", "补正：申请人补交材料", "检验检测", "专家评审会"]
    {
        assert!(r.is_pause_reason(yes), "{yes}");
    }
    for no in [
        "无需补正",
        "不需要补正",
        "不补正",
        "拒绝补正",
        "取消听证",
        "免于鉴定",
        "不予鉴定",
        "无需检测",
        "专家评审（已取消）",
    ] {
        assert!(!r.is_pause_reason(no), "{no}");
    }
}

/// DL-7 (fifth review): the procedures of the list in the words portals use for them stop the
/// clock; spaces and full-width letters change nothing. 补充材料 is the applicant's supplement,
/// so DL-6's notice rule applies to it too.
#[test]
fn a_reason_in_other_words_or_spacing_names_its_procedure() {
    use hall_rules::deadline::rules::DeadlineRules;
    let r = DeadlineRules::default();
    for supplement in [
        "补充材料",
        "等待申请人补充材料",
        "补齐材料",
        "补交材料",
        "补充资料",
        "补 正",
        "补\u{3000}正",
        "ＳＵＰＰＬＥＭＥＮＴ",
        "ｓｕｐｐｌｅｍｅｎｔ",
        "已补正",
        "补正完毕",
    ] {
        assert!(r.is_pause_reason(supplement), "{supplement}");
        assert!(r.is_supplement(supplement), "{supplement}");
    }
    for expert in ["专家论证", "组织专家论证", "专家咨询"] {
        assert!(r.is_pause_reason(expert), "{expert}");
        assert!(!r.is_supplement(expert), "{expert}");
    }
    // Denials and the reasons a portal must add itself stay as they were.
    for no in [
        "无需补充材料",
        "不 予 鉴 定",
        "取消专家论证",
        "公示",
        "现场勘查",
        "征求意见",
    ] {
        assert!(!r.is_pause_reason(no), "{no}");
    }
}

/// The fifth review (helper-14): deadline readings that judged more than the record shows.
/// DL-7: more wordings of the listed procedures; denials before and after the name; codes in
/// any spelling; the statutory list stays on whatever `pauseReasons` says. DL-6: no notice
/// recorded, nobody judged late. DL-9: overdue days are whole office days of counted time.
#[test]
fn review_five_deadline_readings() {
    use hall_rules::deadline::rules::DeadlineRules;
    let r = DeadlineRules::default();
    for yes in [
        "补交资料",
        "补齐资料",
        "补充提交材料",
        "补件",
        "公示期间补正",
        "申请人未补正",
        "expert review",
        "EXPERT REVIEW",
        "expert-review",
    ] {
        assert!(r.is_pause_reason(yes), "{yes}");
    }
    for no in [
        "放弃听证",
        "未举行听证",
        "撤回听证申请",
        "听证申请被驳回",
        "未进行鉴定",
        "补正（无需）",
        "补正：不需要",
        "无补正",
        "非补正",
        "鉴定（不予）",
    ] {
        assert!(!r.is_pause_reason(no), "{no}");
    }

    // A portal's own reasons add to the statutory list; an empty list switches nothing off.
    let pause = |reason: &str, config: &str| {
        let c = case(
            &json!({ "id": "P", "category": "承诺件", "receivedAt": "2026-03-02T09:00",
            "limit": "10个工作日",
            "pauses": [{ "from": "2026-03-03T09:00", "to": "2026-03-06T17:30", "reason": reason, "notifiedAt": "2026-03-03T09:00" }] }),
        );
        let e = engine_with(config).unwrap();
        e.assess_deadline(&c, instant(&json!("2026-03-20T10:00")))
            .due_at
            .unwrap()
            .to_string()
    };
    let unpaused = "2026-03-16T17:30:00+08:00";
    let paused = "2026-03-20T17:30:00+08:00";
    let adds = r#"{"ruleset":{"deadline":{"pauseReasons":["公示","现场勘查"]}}}"#;
    assert_eq!(pause("补正", adds), paused);
    assert_eq!(pause("公示", adds), paused);
    assert_eq!(
        pause("听证", r#"{"ruleset":{"deadline":{"pauseReasons":[]}}}"#),
        paused
    );
    assert_eq!(pause("公示", "{}"), unpaused);

    // DL-6: a supplement pause with no notice recorded, starting late: the clock stops, and the
    // missing notice is the only finding about it.
    let c = case(
        &json!({ "id": "N", "category": "承诺件", "receivedAt": "2026-03-02T09:00",
        "limit": "10个工作日",
        "pauses": [{ "from": "2026-03-10T09:00", "to": "2026-03-13T17:30", "reason": "补正" }] }),
    );
    let report = engine().assess_deadline(&c, instant(&json!("2026-03-20T10:00")));
    let codes: Vec<&str> = report.findings.iter().map(|f| f.code).collect();
    assert!(!codes.contains(&"supplement_notice_late"), "{codes:?}");
    assert!(codes.contains(&"pause_notice_missing"), "{codes:?}");
    assert_eq!(
        report.due_at.map(|t| t.to_string()).as_deref(),
        Some("2026-03-20T17:30:00+08:00")
    );

    // DL-9: an open pause since 03-06 10:00 on a case due 03-04 17:30: 420 + 60 office minutes
    // counted past the limit is one whole office day, not the four days to 03-10.
    let c = case(
        &json!({ "id": "O", "category": "承诺件", "receivedAt": "2026-03-02T10:00",
        "limit": "2个工作日",
        "pauses": [{ "from": "2026-03-06T10:00", "reason": "鉴定", "notifiedAt": "2026-03-06T10:00" }] }),
    );
    let report = engine().assess_deadline(&c, instant(&json!("2026-03-10T10:00")));
    let by = report.overdue_by.expect("overdue");
    assert_eq!((by.office_minutes, by.working_days), (480, 1));
}

/// CASE-7 (fifth review): the people a deadline record names anywhere (applicant, its name,
/// applicantName, clerk, firstReceiver) are masked wherever a finding echoes the record's text.
#[test]
fn names_a_deadline_record_gives_are_masked_in_echoes() {
    let now = instant(&json!("2026-03-20T10:00"));
    let text = json!({ "id": "M", "category": "承诺件", "receivedAt": "李四 13912345678",
        "applicant": { "name": "李四" } })
    .to_string();
    let report = engine().assess_deadline_json(Ok(&text), now);
    assert_eq!(report.status, Status::Invalid);
    let all: Vec<&str> = report.findings.iter().map(|f| f.message.as_str()).collect();
    assert!(all.iter().all(|f| !f.contains("李四")), "{all:?}");
    assert!(all.iter().any(|f| f.contains("李*")), "{all:?}");
    let text = json!({ "id": "M2", "category": "承诺件", "receivedAt": "2026-03-02T09:00",
        "firstReceiver": "周八", "applicantName": 42, "clerk": ["x"],
        "pauses": [{ "from": "2026-03-03T09:00", "to": "2026-03-04T09:00", "reason": "等待周八外出回来" }] })
    .to_string();
    let report = engine().assess_deadline_json(Ok(&text), now);
    let all: Vec<&str> = report.findings.iter().map(|f| f.message.as_str()).collect();
    assert!(all.iter().all(|f| !f.contains("周八")), "{all:?}");
    assert!(all.iter().any(|f| f.contains("周*")), "{all:?}");
}

/// A name field nested past any depth the engine reads is no name and no error.
#[test]
fn a_deeply_nested_name_field_is_no_error() {
    let deep = format!("{}{}", "[".repeat(300), "]".repeat(300));
    let now = instant(&json!("2026-03-03T10:00"));
    for record in [
        format!(
            r#"{{"id":"D","category":"承诺件","receivedAt":"2026-03-02T09:00","applicant":{deep}}}"#
        ),
        format!(
            r#"{{"id":"E","category":"承诺件","receivedAt":"2026-03-02T09:00","clerk":{{"name":{deep}}},"pauses":[{{"from":"2026-03-02T10:00","to":"2026-03-02T11:00","reason":"x"}}]}}"#
        ),
    ] {
        let report = engine().assess_deadline_json(Ok(&record), now);
        assert_eq!(report.status, Status::OnTrack, "{:?}", report.findings);
    }
}

/// DL-7 and DL-6 (sixth review, helper-15): a denial is read where it stands, clause by clause,
/// and denies the procedure it names, not its neighbours; more ways of saying no; invisible marks
/// and traditional forms; codes in a list. A late supplement notice keeps a hearing's pause.
#[test]
fn review_six_pause_reasons() {
    use hall_rules::deadline::rules::DeadlineRules;
    let r = DeadlineRules::default();
    for yes in [
        "听证（无需补正）",
        "放弃听证、检测",
        "检测，无需补正",
        "检验（放弃听证）",
        "听证（申请人放弃），检测",
        "无需补正，组织听证",
        "鉴定（不予），听证",
        "supplement; hearing",
        "补\u{200b}正",
        "补\u{00ad}正",
        "補正",
        "补正无误",
        "未补正",
    ] {
        assert!(r.is_pause_reason(yes), "{yes}");
    }
    for no in [
        "补正：否",
        "补正否",
        "是否补正：否",
        "补正: N",
        "补正：无",
        "补正-否",
        "补正/无需",
        "补正——无需",
        "补正 - 无需",
        "没有补正",
        "撤销补正",
        "补正已撤销",
        "听证 否",
        "無需補正",
        "補正（無需）",
    ] {
        assert!(!r.is_pause_reason(no), "{no}");
    }

    // DL-6: a late notice on 补正、听证 is a finding, and the hearing's pause still stops the clock.
    let due = |reason: &str| {
        let c = case(
            &json!({ "id": "H", "category": "承诺件", "receivedAt": "2026-03-02T09:00",
            "limit": "10个工作日",
            "pauses": [{ "from": "2026-03-10T09:00", "to": "2026-03-13T17:30", "reason": reason, "notifiedAt": "2026-03-10T09:00" }] }),
        );
        let report = engine().assess_deadline(&c, instant(&json!("2026-03-20T10:00")));
        let late = report
            .findings
            .iter()
            .any(|f| f.code == "supplement_notice_late");
        (report.due_at.unwrap().to_string(), late)
    };
    assert_eq!(due("补正"), ("2026-03-16T17:30:00+08:00".into(), true));
    assert_eq!(
        due("补正、听证"),
        ("2026-03-20T17:30:00+08:00".into(), true)
    );
    assert_eq!(due("听证"), ("2026-03-20T17:30:00+08:00".into(), false));
}

/// CASE-7 (sixth review): a name the record gives is masked in step names, finding paths and
/// every text of the explanation (pause reasons, summary, lines), not only in messages.
#[test]
fn names_are_masked_in_steps_and_the_explanation() {
    let now = instant(&json!("2026-03-20T10:00"));
    let text = json!({ "id": "S", "category": "承诺件", "receivedAt": "2026-03-02T09:00",
        "clerk": "王小二", "applicant": { "name": "司马懿明" },
        "steps": [{ "name": "王小二审核", "limit": 1, "startedAt": "2026-03-02T09:00" }],
        "pauses": [{ "from": "2026-03-03T09:00", "to": "2026-03-04T09:00", "reason": "等待司马懿明补正", "notifiedAt": "2026-03-03T09:00" },
                   { "from": "2026-03-05T09:00", "to": "2026-03-05T10:00", "reason": "王小二外出" }] })
    .to_string();
    let report = engine().assess_deadline_json(Ok(&text), now);
    let shown = serde_json::to_string(&report).unwrap();
    assert!(
        !shown.contains("王小二") && !shown.contains("司马懿明"),
        "{shown}"
    );
    assert!(shown.contains("王**"), "{shown}");
    #[cfg(feature = "explain")]
    {
        let trace = engine().explain_deadline_json(&text, now);
        let shown = serde_json::to_string(&trace).unwrap();
        assert!(
            !shown.contains("王小二") && !shown.contains("司马懿明"),
            "{shown}"
        );
        assert!(
            trace.pauses.len() == 2 && trace.pauses[0].reason.contains("司*"),
            "{shown}"
        );
    }
}

/// DL-7 and CASE-7 (seventh review, helper-16): English reasons read word by word (a denial
/// denies the code right after it, or right before it when nothing else follows); a clause that
/// only says no denies the one before it; more denials; a person's nested names.
#[test]
fn review_seven_reasons_and_names() {
    use hall_rules::deadline::rules::DeadlineRules;
    let r = DeadlineRules::default();
    for yes in [
        "hearing (no supplement)",
        "testing (no supplement)",
        "supplement and testing",
        "Expert Review",
        "waiting for supplement",
    ] {
        assert!(r.is_pause_reason(yes), "{yes}");
    }
    for no in [
        "补正: no",
        "补正:N/A",
        "补正不适用",
        "补正（免）",
        "补正 (not needed)",
        "补正，无",
        "no supplement",
        "supplement: no",
        "supplement not needed",
        "hearing cancelled",
    ] {
        assert!(!r.is_pause_reason(no), "{no}");
    }
    assert!(r.is_pause_reason("补正，无需鉴定，听证"));

    let now = instant(&json!("2026-03-20T10:00"));
    let text = json!({ "id": "N", "category": "承诺件", "receivedAt": "2026-03-02T09:00",
        "applicant": { "name": "钱七", "contact": { "name": "孙八" } },
        "steps": [{ "name": "孙八核验", "limit": 1, "startedAt": "2026-03-02T09:00" }] })
    .to_string();
    let shown = serde_json::to_string(&engine().assess_deadline_json(Ok(&text), now)).unwrap();
    assert!(
        !shown.contains("孙八") && shown.contains("孙*核验"),
        "{shown}"
    );
}

/// DL-6 and DL-7 (eighth review, helper-17): the notice window is whole working days (a notice
/// at 17:31 on the 5th working day is in time, the next morning is late); a denial word denies
/// the code before it only when it ends the reason or says "not needed".
#[test]
fn review_eight_notice_day_and_english_denials() {
    use hall_rules::deadline::rules::DeadlineRules;
    let r = DeadlineRules::default();
    assert!(r.is_pause_reason("supplement, no delay"));
    assert!(r.is_pause_reason("testing, no objection"));
    assert!(!r.is_pause_reason("supplement: no"));
    assert!(!r.is_pause_reason("supplement not needed"));
    let late = |notified: &str| {
        let c = case(
            &json!({ "id": "L", "category": "承诺件", "receivedAt": "2024-03-04T09:00",
            "limit": "10个工作日",
            "pauses": [{ "from": "2024-03-12T09:00", "to": "2024-03-15T17:30", "reason": "补正", "notifiedAt": notified }] }),
        );
        engine()
            .assess_deadline(&c, instant(&json!("2024-03-25T12:00")))
            .findings
            .iter()
            .any(|f| f.code == "supplement_notice_late")
    };
    assert!(!late("2024-03-11T17:29"));
    assert!(!late("2024-03-11T17:31"));
    assert!(!late("2024-03-11T23:59"));
    assert!(late("2024-03-12T09:00"));
}

#[test]
fn review_nine_a_later_record_ends_the_limit() {
    use hall_rules::deadline::Status;
    let now = instant(&json!("2026-03-10T10:00"));
    let report = |v: serde_json::Value| engine().assess_deadline(&case(&v), now);
    let codes = |r: &hall_rules::deadline::DeadlineReport| {
        r.findings.iter().map(|f| f.code).collect::<Vec<_>>()
    };
    // DL-4: sent up by 03-04 10:00 (the higher level answered then), within the 3 working days
    // (due 03-05 17:30), replied in time: no red card, a warning that the sending is unrecorded.
    let r = report(
        json!({ "category": "上报件", "receivedAt": "2026-03-02 10:00",
        "answeredAt": "2026-03-04 10:00", "repliedAt": "2026-03-05 10:00" }),
    );
    assert_eq!(r.status, Status::DoneOnTime, "{:?}", codes(&r));
    assert_eq!(codes(&r), ["sent_up_unrecorded"]);
    assert_eq!(r.findings[0].rule, "DL-4");
    assert!(
        r.findings[0].message.contains("2026-03-04 10:00"),
        "{}",
        r.findings[0].message
    );
    // Answered after the due time: when it was sent up is unknown; not judged late.
    let r = report(
        json!({ "category": "上报件", "receivedAt": "2026-03-02 10:00",
        "answeredAt": "2026-03-09 10:00", "repliedAt": "2026-03-10 09:00" }),
    );
    assert_eq!(r.status, Status::DoneOnTime, "{:?}", codes(&r));
    assert_eq!(r.elapsed_share, Some(1.0));
    assert!(r.overdue_by.is_none());
    // No answer yet: the case is open and judged as before.
    let r = report(json!({ "category": "上报件", "receivedAt": "2026-03-02 10:00" }));
    assert_eq!(r.status, Status::Overdue);
    // DL-5: the licensing decision ends the limit, late or in time, exactly.
    let r = report(
        json!({ "category": "licensing", "receivedAt": "2026-02-02 10:00",
        "decidedAt": "2026-03-02 10:00", "certificateIssuedAt": "2026-03-03 10:00" }),
    );
    assert_eq!(r.status, Status::DoneOnTime, "{:?}", codes(&r));
    let r = report(
        json!({ "category": "licensing", "receivedAt": "2026-01-05 10:00",
        "decidedAt": "2026-03-09 10:00", "certificateIssuedAt": "2026-03-09 11:00" }),
    );
    assert_eq!(r.status, Status::DoneLate, "{:?}", codes(&r));
    // A decision after now cannot be (CASE-5): the case is not judged (review ten).
    let r = report(
        json!({ "category": "licensing", "receivedAt": "2026-01-05 10:00",
        "decidedAt": "2026-03-11 10:00" }),
    );
    assert_eq!(r.status, Status::Invalid);
}

#[test]
fn a_name_written_as_digits_leaves_the_engines_own_times() {
    // The helper of the ninth review: an applicant "2026" had masked the year of the due time
    // the engine wrote (2***-03-05). The engine's times quote nothing from the record.
    let r = engine().assess_deadline(
        &case(
            &json!({ "category": "承诺件", "receivedAt": "2026-03-02 10:00", "applicant": "2026" }),
        ),
        instant(&json!("2026-03-10T10:00")),
    );
    assert!(
        r.findings[0].message.contains("2026-03-05 17:30"),
        "{}",
        r.findings[0].message
    );
    // Nor in a step's finding (tenth review: 17:3* for a first receiver "30"); the step's name
    // is still masked.
    let text = json!({ "category": "承诺件", "receivedAt": "2026-03-02 10:00",
        "firstReceiver": "30", "clerk": "王小二",
        "steps": [{ "name": "王小二审核", "limit": 1, "startedAt": "2026-03-02 10:00" }] })
    .to_string();
    let r = engine().assess_deadline_json(Ok(&text), instant(&json!("2026-03-10T10:00")));
    let step = r
        .findings
        .iter()
        .find(|f| f.code == "step_overdue")
        .unwrap();
    assert!(
        step.message.contains("2026-03-03 17:30"),
        "{}",
        step.message
    );
    assert!(
        !step.message.contains("王小二") && !step.path.contains("王小二"),
        "{step:?}"
    );
}

#[test]
fn review_ten_the_evidence_that_ends_a_limit() {
    use hall_rules::deadline::Status;
    let now = instant(&json!("2026-03-20T10:00"));
    let report = |v: serde_json::Value| engine().assess_deadline(&case(&v), now);
    let codes = |r: &hall_rules::deadline::DeadlineReport| {
        r.findings.iter().map(|f| f.code).collect::<Vec<_>>()
    };
    let base = |category: &str, extra: serde_json::Value| {
        let mut v = json!({ "category": category, "receivedAt": "2026-03-02 09:00" });
        v.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        v
    };
    // An answer or decision before the receipt, or after now, ends nothing and judges nobody:
    // the case is invalid, as a conclusion then would make it (helper-19).
    for (category, field, at, code) in [
        (
            "escalated",
            "answeredAt",
            "2026-03-01 10:00",
            "time_out_of_order",
        ),
        (
            "escalated",
            "answeredAt",
            "2026-03-25 10:00",
            "time_in_future",
        ),
        (
            "licensing",
            "decidedAt",
            "2026-03-01 09:00",
            "time_out_of_order",
        ),
        (
            "licensing",
            "decidedAt",
            "2026-03-25 10:00",
            "time_in_future",
        ),
    ] {
        let r = report(base(category, json!({ field: at })));
        assert_eq!(r.status, Status::Invalid, "{field} {at}: {:?}", codes(&r));
        assert_eq!(codes(&r), [code], "{field} {at}");
        assert_eq!(r.findings[0].path, field);
    }
    // Sent up after the answer cannot be: the answer bounds the sending (in time here).
    let r = report(base(
        "escalated",
        json!({ "answeredAt": "2026-03-04 10:00", "concludedAt": "2026-03-06 10:00" }),
    ));
    assert_eq!(r.status, Status::DoneOnTime, "{:?}", codes(&r));
    // A conclusion before the answer stands as recorded.
    let r = report(base(
        "escalated",
        json!({ "answeredAt": "2026-03-09 10:00", "concludedAt": "2026-03-06 10:00" }),
    ));
    assert_eq!(r.status, Status::DoneLate, "{:?}", codes(&r));
    // The decision ends art. 42's limit even with a later concludedAt (the certificate's day).
    let r = engine().assess_deadline(
        &case(&base(
            "licensing",
            json!({ "decidedAt": "2026-03-20 10:00", "certificateIssuedAt": "2026-04-02 10:00",
                    "concludedAt": "2026-04-02 10:00" }),
        )),
        instant(&json!("2026-05-20T10:00")),
    );
    assert_eq!(r.status, Status::DoneOnTime, "{:?}", codes(&r));
}

/// Words (helper-50): a ruleset check's hint reads in Chinese in a Chinese message, and a
/// season's date bound is not asked to look like 09:00-12:00.
#[cfg(feature = "conduct")]
#[test]
fn ruleset_hints_and_season_bounds_read_in_chinese() {
    use hall_rules::conduct::{assess_period, ConductRules, MonthCards};
    let message = |config: &str| {
        let Err(e) = engine_with(config) else {
            panic!("{config} is a configuration");
        };
        e.message(hall_rules::messages::Locale::ZhCn)
    };
    for (config, want) in [
        (
            r#"{ "ruleset": { "conduct": { "floor": -1 } } }"#,
            "-1（应 ≥ 0）",
        ),
        (
            r#"{ "ruleset": { "conduct": { "base": 5, "floor": 10 } } }"#,
            "5（应 ≥ 下限 10）",
        ),
        (
            r#"{ "ruleset": { "conduct": { "points": { "eating": { "points": 0.05 } } } } }"#,
            "0.05（须为 0.1 的整数倍）",
        ),
    ] {
        let m = message(config);
        assert!(m.contains(want), "{m}");
        let detail = m.split_once("有误：").map_or("", |(_, d)| d);
        assert!(
            !detail.contains("floor") && !detail.contains("steps"),
            "{m}"
        );
    }
    let m = message(
        r#"{ "officeHours": { "seasons": [ { "from": "13-01", "to": "03-01", "blocks": ["09:00-12:00"] } ] } }"#,
    );
    assert!(!m.contains("09:00-12:00") && m.contains("13-01"), "{m}");
    // helper-52: of two settings out of order, the one the portal changed is named.
    for (config, path, want) in [
        (
            r#"{ "ruleset": { "conduct": { "floor": 101 } } }"#,
            "config.ruleset.conduct.floor",
            "101（应 ≤ 基础分 100）",
        ),
        (
            r#"{ "ruleset": { "conduct": { "base": 200 } } }"#,
            "config.ruleset.conduct.base",
            "200（应 ≤ 上限 110）",
        ),
    ] {
        let Err(e) = engine_with(config) else {
            panic!("{config} is a configuration");
        };
        assert_eq!(e.path, path);
        let m = e.message(hall_rules::messages::Locale::ZhCn);
        assert!(m.contains(want), "{m}");
    }
    // helper-52: the months of a period, in Chinese.
    let months = |periods: &[&str]| {
        let months: Vec<MonthCards> = periods
            .iter()
            .map(|p| serde_json::from_value(json!({ "period": p, "cards": [] })).unwrap())
            .collect();
        let zh = hall_rules::messages::Locale::ZhCn;
        let Err(e) = assess_period(&months, &ConductRules::default(), zh) else {
            panic!("{periods:?} are refused");
        };
        e.message(zh)
    };
    assert!(months(&["2025-01", "2025-02"]).contains("2 个月（应在 3–12 之间）"));
    let m = months(&["2025-01", "2025-03", "2025-04"]);
    assert!(
        m.contains("（应为 2025-02：每月一项") && !m.contains("expected"),
        "{m}"
    );
    // helper-51: every hint of the ruleset and season checks in Chinese.
    let season = |from: &str, to: &str, blocks: &str| {
        format!(
            r#"{{ "officeHours": {{ "seasons": [ {{ "from": "{from}", "to": "{to}", "blocks": {blocks} }} ] }} }}"#
        )
    };
    for (config, want) in [
        (
            r#"{ "ruleset": { "conduct": { "points": { "zzz": { "points": -1 } } } } }"#
                .to_string(),
            "未知的行为代码",
        ),
        (
            r#"{ "ruleset": { "conduct": { "ranking": { "talkAfterMonthsLast": 0 } } } }"#
                .to_string(),
            "（应在 1–24 之间）",
        ),
        (
            season("夏天", "10-01", r#"["09:00-12:00"]"#),
            "（应为 MM-DD 或 YYYY-MM-DD）",
        ),
        (
            season("2026-09-30", "2026-05-01", r#"["09:00-12:00"]"#),
            "起始日期应不晚于结束日期",
        ),
        (
            season("05-01", "09-30", r#"["09:00-12:00", "11:00-13:00"]"#),
            "时段重叠",
        ),
    ] {
        let m = message(&config);
        assert!(m.contains(want), "{m}");
    }
}
