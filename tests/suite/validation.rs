//! CASE-1..6 and the portal field map, against tests/fixtures/case-validation.json.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use hall_rules::Engine;
use serde_json::{json, Value};

use super::support::{check_report, engine, instant};

pub const FIXTURE: &str = include_str!("../fixtures/case-validation.json");
pub const PINYIN_MAP: &str = include_str!("../../pkg-templates/fieldmaps/rensheju-pinyin.json");

#[test]
fn every_case_rule_passes_and_fails_as_hand_checked() {
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    let now = instant(&fixture["now"]);
    let e = engine();
    let mut rules = std::collections::BTreeSet::new();
    for c in fixture["cases"].as_array().unwrap() {
        let v = e.validate_case_json(Ok(&c["case"].to_string()), now);
        check_report(
            c["name"].as_str().unwrap(),
            &serde_json::to_value(&v).unwrap(),
            &c["expect"],
        );
        rules.insert(c["rule"].as_str().unwrap().to_string());
    }
    for c in fixture["catalog"].as_array().unwrap() {
        let v = e.validate_catalog_item_json(&c["item"].to_string());
        check_report(
            c["name"].as_str().unwrap(),
            &serde_json::to_value(&v).unwrap(),
            &c["expect"],
        );
    }
    for rule in ["CASE-1", "CASE-2", "CASE-3", "CASE-4", "CASE-5"] {
        assert!(rules.contains(rule), "{rule} has fixture cases");
    }
}

#[test]
fn hostile_strings_never_break_validation() {
    let e = engine();
    let now = instant(&json!("2026-03-10T10:00"));
    let long = "长".repeat(200_000);
    for hostile in [
        "<script>alert(1)</script>",
        "\u{0}\u{7}\u{1b}[31m",
        "👩‍👩‍👧‍👦🧧",
        long.as_str(),
        "'; DROP TABLE cases; --",
    ] {
        let record = json!({ "id": hostile, "category": hostile, "receivedAt": hostile, "firstReceiver": hostile,
            "outcome": hostile, "reason": hostile, "applicant": { "name": hostile, "idType": hostile, "idNumber": hostile, "phone": hostile },
            "supplementRequests": [ { "items": [hostile] }, { "items": [hostile, "x"] } ], "history": [ { "state": hostile } ] });
        let v = e.validate_case_json(Ok(&record.to_string()), now);
        assert!(!v.valid);
        for f in &v.findings {
            assert!(
                f.message.chars().count() < 400,
                "messages stay short: {}",
                f.message.len()
            );
        }
    }
}

#[test]
fn a_portal_record_through_the_field_map() {
    let map: Value = serde_json::from_str(PINYIN_MAP).unwrap();
    let config = json!({ "fieldMap": map["fieldMap"], "valueMap": map["valueMap"] });
    let e = Engine::from_json(&config.to_string()).unwrap();
    let now = instant(&json!("2026-03-10T10:00"));
    let record = json!({
        "bjbh": "RS-0001", "bjlx": "2", "sjsj": "2026-03-02T09:00", "slsj": "2026-03-02T09:30",
        "swzrr": "王芳", "sqr": { "xm": "张伟", "zjlx": "10", "zjhm": "110105194912310021", "sjhm": "13800138000" },
        "bzgz": [ { "sj": "2026-03-02T10:00", "cl": ["户口簿"] }, { "sj": "2026-03-03T10:00", "cl": ["结婚证"] } ],
        "zt": [ { "ks": "2026-03-03T09:00", "js": "2026-03-04T09:00", "yy": "BZ" } ],
        "gzdw": "某某街道" });
    let v = e.validate_case_json(Ok(&record.to_string()), now);
    let paths: Vec<(&str, &str)> = v
        .findings
        .iter()
        .map(|f| (f.code, f.path.as_str()))
        .collect();
    assert_eq!(
        paths,
        vec![
            ("supplement_items_added", "bzgz[1].cl"),
            ("id_checksum", "sqr.zjhm")
        ]
    );

    // helper-95 #5: a portal that writes its records flat (`sqr.zjhm`) gives the same fields:
    // the ID number is checked, and the name masked where another finding quotes it.
    let mut flat = record.clone();
    let applicant = flat["sqr"].take();
    flat.as_object_mut().unwrap().remove("sqr");
    for (k, v) in applicant.as_object().unwrap() {
        flat[format!("sqr.{k}")] = v.clone();
    }
    flat["bzgz"][1]["cl"] = json!(["结婚证", "张伟签字的委托书"]);
    let v = e.validate_case_json(Ok(&flat.to_string()), now);
    let text = serde_json::to_string(&v).unwrap();
    assert!(
        text.contains("\"sqr.zjhm\"") && text.contains("张*签字") && !text.contains("张伟"),
        "{text}"
    );
    // helper-103: flat beside nested. A field the nested record lacks is read flat; the same
    // value both ways is one; two values are refused as given twice.
    let mut beside = flat.clone();
    beside["sqr"] = json!({ "zjlx": "10" });
    let v = e.validate_case_json(Ok(&beside.to_string()), now);
    let text = serde_json::to_string(&v).unwrap();
    assert!(
        text.contains("\"sqr.zjhm\"") && !text.contains("张伟"),
        "{text}"
    );
    beside["sqr"] = json!({ "xm": "张伟" });
    let v = e.validate_case_json(Ok(&beside.to_string()), now);
    assert!(v.findings.iter().any(|f| f.code == "id_checksum"), "{v:?}");
    // The same value written otherwise is one (helper-104, helper-105).
    beside["sqr"] = json!({ "xm": " 张伟 ", "sjhm": "+86 138-0013-8000" });
    let v = e.validate_case_json(Ok(&beside.to_string()), now);
    assert!(v.findings.iter().any(|f| f.code == "id_checksum"), "{v:?}");
    beside["sqr"] = json!({ "xm": "刘洋" });
    let v = e.validate_case_json(Ok(&beside.to_string()), now);
    let text = serde_json::to_string(&v).unwrap();
    assert!(
        !v.valid && !text.contains("刘洋") && !text.contains("张伟"),
        "{text}"
    );

    // The same record drives the deadline engine: 承诺件 (code 2) with one day paused (BZ).
    let r = e.assess_deadline_json(Ok(&record.to_string()), instant(&json!("2026-03-05T09:00")));
    assert_eq!(r.id.as_deref(), Some("RS-0001"));
    assert_eq!(
        r.due_at.map(|t| t.to_string()).as_deref(),
        Some("2026-03-06T17:30:00+08:00"),
        "{r:?}"
    );

    // A missing required field is named in the portal's own words.
    let r = e.assess_deadline_json(Ok(r#"{"bjbh":"RS-0002","bjlx":"2"}"#), now);
    assert_eq!(
        (r.findings[0].path.as_str(), r.id.as_deref()),
        ("sjsj", Some("RS-0002"))
    );
    assert!(
        r.findings[0].message.contains("sjsj"),
        "{}",
        r.findings[0].message
    );
}

#[test]
fn a_bad_field_map_is_a_clear_error() {
    let err = Engine::from_json(r#"{ "fieldMap": { "zt[].ks": "pausesFrom" } }"#)
        .err()
        .unwrap();
    assert_eq!(err.path, "config.fieldMap.zt[].ks");
    // Each of the field map's own errors has a reason in both locales (helper-78: an empty
    // reason, and English in the Chinese message).
    for (config, path, zh) in [
        (
            r#"{ "fieldMap": { "bjsj": "" } }"#,
            "config.fieldMap.bjsj",
            "不是有效的字段路径",
        ),
        (
            r#"{ "fieldMap": { "": "concludedAt" } }"#,
            "config.fieldMap.",
            "不是有效的字段路径",
        ),
        (
            r#"{ "fieldMap": { "a": "concludedAt", "b": "concludedAt" } }"#,
            "config.fieldMap.b",
            "由两个门户字段映射",
        ),
        (
            r#"{ "fieldMap": { "zt.ks": "pauses[].from" } }"#,
            "config.fieldMap.zt.ks",
            "两边的 [] 须标出同样的列表",
        ),
        (
            r#"{ "valueMap": { "category": { "1": 5 } } }"#,
            "config.valueMap.category.1",
            "门户取值",
        ),
        // helper-95 #10: one portal value, once trimmed, given two meanings.
        (
            r#"{ "valueMap": { "category": { "2": "promised", " 2 ": "immediate" } } }"#,
            "config.valueMap.category.2",
            "给了两次",
        ),
    ] {
        let err = Engine::from_json(config).err().unwrap();
        assert_eq!(err.path, path, "{config}");
        let message = err.message(hall_rules::messages::Locale::ZhCn);
        assert!(message.contains(zh), "{config}: {message}");
        assert!(
            !message.contains("must") && !message.contains("mapped"),
            "{message}"
        );
        assert!(!err.detail.is_empty(), "{config}");
    }
    // helper-97: one meaning written with spaces, or two empty values, is one meaning.
    for config in [
        r#"{ "valueMap": { "category": { "2": "promised", " 2 ": "promised " } } }"#,
        r#"{ "valueMap": { "concludedAt": { "未办结": null, " 未办结 ": "-" } } }"#,
    ] {
        assert!(Engine::from_json(config).is_ok(), "{config}");
    }
    // A portal field mapped to no text: said as the parser says any wrong type, both locales.
    for (value, said, zh) in [
        ("7", "integer `7`", "整数 `7`"),
        ("1.5", "floating point `1.5`", "小数 `1.5`"),
        ("null", "null", "null"),
        ("[\"id\"]", "sequence", "数组"),
        ("{}", "map", "对象"),
        ("true", "boolean `true`", "布尔值 `true`"),
    ] {
        let config = format!(r#"{{ "fieldMap": {{ "bjlx": {value} }} }}"#);
        let err = Engine::from_json(&config).err().unwrap();
        assert_eq!(err.path, "config.fieldMap.bjlx", "{value}");
        assert_eq!(
            err.detail,
            format!("invalid type: {said}, expected a string"),
            "{value}"
        );
        let message = err.message(hall_rules::messages::Locale::ZhCn);
        assert!(
            message.contains(&format!("应为字符串，实际为{zh}")),
            "{value}: {message}"
        );
    }
}

#[test]
fn every_finding_code_has_both_messages() {
    use hall_rules::finding::FindingCode;
    use hall_rules::messages::Locale;
    for code in FindingCode::ALL {
        let (zh, en) = (code.text(Locale::ZhCn), code.text(Locale::En));
        assert!(
            !zh.is_empty() && !en.is_empty() && zh != en,
            "{}",
            code.as_str()
        );
        assert!(
            zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{} zh is Chinese",
            code.as_str()
        );
    }
    for code in hall_rules::ErrorCode::ALL {
        assert!(!code.text(Locale::En).is_empty());
    }
}

/// Second review: an English state jump names the states in English.
#[test]
fn an_english_state_jump_is_in_english() {
    let en = super::support::engine_with(r#"{ "locale": "en" }"#).unwrap();
    let case = json!({ "category": "promised", "receivedAt": "2026-03-02T09:00",
        "history": [ { "state": "收件", "at": "2026-03-02T09:00" }, { "state": "办结", "at": "2026-03-02T10:00" } ] });
    let v = en.validate_case_json(Ok(&case.to_string()), instant(&json!("2026-03-03T09:00")));
    let jump = v
        .findings
        .iter()
        .find(|f| f.code == "state_jump")
        .expect("a state jump");
    assert!(
        jump.message.contains("received → concluded"),
        "{}",
        jump.message
    );
    assert!(
        !jump
            .message
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{}",
        jump.message
    );
}

/// helper-34: a placeholder in a person's place (暂无, 匿名) is no name: validateCases masked
/// 暂无犯罪记录证明 as 暂*犯罪记录证明 in another record's message.
#[test]
fn a_placeholder_person_is_no_name_to_mask() {
    let now = instant(&json!("2026-03-10T10:00"));
    let a = json!({ "id": "A", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "firstReceiver": "暂无", "applicant": { "name": "匿名" } });
    let b = json!({ "id": "B", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "firstReceiver": "王芳",
        "supplementRequests": [ { "at": "2026-03-02T10:00", "items": ["身份证"] },
            { "at": "2026-03-03T10:00", "items": ["暂无犯罪记录证明", "匿名举报信"] } ] });
    let (results, _) = engine().validate_cases_json(
        [
            Ok::<_, &hall_rules::Error>(a.to_string()),
            Ok(b.to_string()),
        ],
        now,
    );
    let text = serde_json::to_string(&results).unwrap();
    assert!(!text.contains("暂*") && !text.contains("匿*"), "{text}");
    assert!(text.contains("暂无犯罪记录证明"), "{text}");
}

/// helper-34: validation took as people only `firstReceiver`, `applicant.name` and the
/// handovers, so a clerk or an `applicantName` quoted in a supplement request was shown whole
/// (assessDeadlines masked them), and `applicant` given as the name alone made the record
/// unreadable. Both ways, and through a portal's own field names.
#[test]
fn every_person_a_record_names_is_masked_in_validation() {
    let now = instant(&json!("2026-03-10T10:00"));
    let requests = |quote: &str| {
        json!([ { "at": "2026-03-02T10:00", "items": ["身份证"] },
            { "at": "2026-03-03T10:00", "items": [quote] } ])
    };
    let a = json!({ "id": "A", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "firstReceiver": "王芳", "clerk": "赵大海", "applicantName": "钱多多",
        "applicant": { "contact": { "name": "孙小美" } },
        "supplementRequests": requests("赵大海钱多多孙小美签字") });
    let v = engine().validate_case_json(Ok(&a.to_string()), now);
    let text = serde_json::to_string(&v).unwrap();
    assert!(text.contains("赵**钱**孙**签字"), "{text}");
    // The applicant as text is the applicant's name: read, masked, nothing to check.
    let b = json!({ "id": "B", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "firstReceiver": "王芳", "applicant": "孙悟空",
        "supplementRequests": requests("孙悟空签字") });
    let v = engine().validate_case_json(Ok(&b.to_string()), now);
    let text = serde_json::to_string(&v).unwrap();
    assert_eq!(v.findings.len(), 1, "{text}");
    assert_eq!(v.findings[0].code, "supplement_items_added", "{text}");
    assert!(
        text.contains("孙**签字") && !text.contains("孙悟空"),
        "{text}"
    );
    // Across a batch: A's clerk quoted in B's request.
    let c = json!({ "id": "C", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "firstReceiver": "王芳", "supplementRequests": requests("赵大海确认") });
    let (results, _) = engine().validate_cases_json(
        [
            Ok::<_, &hall_rules::Error>(a.to_string()),
            Ok(c.to_string()),
        ],
        now,
    );
    let text = serde_json::to_string(&results).unwrap();
    assert!(
        text.contains("赵**确认") && !text.contains("赵大海"),
        "{text}"
    );
    // A number or a list in the applicant's place is still an unreadable record, said so.
    let d = json!({ "id": "D", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "firstReceiver": "王芳", "applicant": 5 });
    let v = engine().validate_case_json(Ok(&d.to_string()), now);
    assert_eq!(v.findings[0].code, "invalid_record");
    assert!(
        v.findings[0].message.contains("对象或姓名"),
        "{}",
        v.findings[0].message
    );
    // A list is not an applicant, said at the applicant (not applicant[0]); an empty list is
    // how some portals write none (helper-35).
    let listed = |applicant: Value| {
        let r = json!({ "id": "E", "category": "promised", "receivedAt": "2026-03-02T09:30",
            "firstReceiver": "王芳", "applicant": applicant });
        engine().validate_case_json(Ok(&r.to_string()), now)
    };
    let v = listed(json!([{ "name": "孙悟空" }]));
    assert_eq!(v.findings[0].code, "invalid_record");
    assert_eq!(v.findings[0].path, "applicant");
    assert!(!serde_json::to_string(&v).unwrap().contains("孙悟空"));
    let v = listed(json!([]));
    assert!(
        v.findings.iter().all(|f| f.code != "invalid_record"),
        "{v:?}"
    );
}

/// A portal's own field for a person (`swzrr`, mapped to `firstReceiver`) names a person in
/// deadlines too: the names were read from the record before it was mapped.
#[test]
fn a_portal_field_mapped_to_a_person_is_masked() {
    let now = instant(&json!("2026-03-10T10:00"));
    let e = Engine::from_json(
        r#"{ "fieldMap": { "bjbh": "id", "swzrr": "firstReceiver", "hj": "steps" } }"#,
    )
    .unwrap();
    let a = json!({ "bjbh": "A", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "swzrr": "赵大海", "hj": [ { "name": "赵大海审核", "limit": 1, "startedAt": "2026-03-02T10:00" } ] });
    let b = json!({ "bjbh": "B", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "hj": [ { "name": "赵大海复核", "limit": 1, "startedAt": "2026-03-02T10:00" } ] });
    let one = e.assess_deadline_json(Ok(&a.to_string()), now);
    let text = serde_json::to_string(&one).unwrap();
    assert!(
        text.contains("赵**审核") && !text.contains("赵大海"),
        "{text}"
    );
    let texts = [a.to_string(), b.to_string()];
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let batch = hall_rules::engine::DeadlineBatchNames::new(&refs);
    let other = e.assess_deadline_in_batch(Ok(&texts[1]), now, &batch);
    let text = serde_json::to_string(&other).unwrap();
    assert!(
        text.contains("赵**复核") && !text.contains("赵大海"),
        "{text}"
    );
}

/// helper-70: a key the record chose is echoed in a finding's path, and when it is a name the
/// input gives, the path masks it as the message does (`limit.钱多多`, `checklist.张伟`).
#[test]
fn a_name_used_as_a_key_is_masked_in_the_path() {
    let now = instant(&json!("2026-03-10T10:00"));
    let a = json!({ "id": "A", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "applicant": { "name": "钱多多" },
        "limit": { "value": 3, "unit": "working_days", "钱多多": 1 } });
    let texts = [a.to_string()];
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let batch = hall_rules::engine::DeadlineBatchNames::new(&refs);
    let report = engine().assess_deadline_in_batch(Ok(&texts[0]), now, &batch);
    assert!(!report.findings.is_empty());
    let text = serde_json::to_string(&report).unwrap();
    assert!(!text.contains("钱多多") && text.contains("钱**"), "{text}");

    let month = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1", "name": "张伟" }, { "id": "S2", "name": "李娜" }],
        "events": [{ "staffId": "S2", "kind": "inspection", "date": "2026-03-02",
            "checklist": { "张伟": false } }]
    });
    let r = hall_rules::conduct::score_conduct(
        &serde_json::from_value(month).unwrap(),
        &hall_rules::conduct::ConductRules::default(),
        hall_rules::Locale::ZhCn,
    )
    .unwrap();
    let text = serde_json::to_string(&r).unwrap();
    assert!(
        !text.contains("张伟") && text.contains("checklist.张*"),
        "{text}"
    );
}

/// One masker, longest name first (helper-35): a record's own 李建国 (whose given name 建国 is
/// a spelling of him) once masked 王建国 of another record to 王建*, and the batch's pass then
/// found no 王建国 to mask: 王建*签字 pointed at him. Validation and deadlines alike.
#[test]
fn a_given_name_of_one_person_never_cuts_short_the_name_of_another() {
    let now = instant(&json!("2026-03-10T10:00"));
    let a = json!({ "id": "A", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "firstReceiver": "李建国",
        "supplementRequests": [ { "at": "2026-03-02T10:00", "items": ["身份证"] },
            { "at": "2026-03-03T10:00", "items": ["王建国签字"] } ] });
    let b = json!({ "id": "B", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "clerk": "王建国" });
    let (results, _) = engine().validate_cases_json(
        [
            Ok::<_, &hall_rules::Error>(a.to_string()),
            Ok(b.to_string()),
        ],
        now,
    );
    let text = serde_json::to_string(&results).unwrap();
    assert!(text.contains("王**签字"), "{text}");
    assert!(!text.contains("王建"), "{text}");

    let e = Engine::from_json(r#"{ "fieldMap": { "swzrr": "firstReceiver" } }"#).unwrap();
    let c = json!({ "id": "C", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "swzrr": "李建国",
        "steps": [ { "name": "王建国审核", "limit": 1, "startedAt": "2026-03-02T10:00" } ] });
    let d = json!({ "id": "D", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "swzrr": "王建国" });
    let texts = [c.to_string(), d.to_string()];
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let batch = hall_rules::engine::DeadlineBatchNames::new(&refs);
    let report = e.assess_deadline_in_batch(Ok(&texts[0]), now, &batch);
    let text = serde_json::to_string(&report).unwrap();
    assert!(text.contains("王**审核"), "{text}");
    assert!(!text.contains("王建"), "{text}");
}

/// The people of a record that cannot be read are masked wherever another record of the batch
/// quotes them (helper-35: assessDeadlines did, validateCases did not).
#[test]
fn the_people_of_an_unreadable_record_are_masked_in_the_batch() {
    let now = instant(&json!("2026-03-10T10:00"));
    let bad = json!({ "id": "X", "category": 7, "firstReceiver": "欧阳娜娜" });
    let a = json!({ "id": "A", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "firstReceiver": "王芳",
        "supplementRequests": [ { "at": "2026-03-02T10:00", "items": ["身份证"] },
            { "at": "2026-03-03T10:00", "items": ["欧阳娜娜签字"] } ] });
    let (results, _) = engine().validate_cases_json(
        [
            Ok::<_, &hall_rules::Error>(bad.to_string()),
            Ok(a.to_string()),
        ],
        now,
    );
    assert_eq!(results[0].findings[0].code, "invalid_record");
    let text = serde_json::to_string(&results).unwrap();
    assert!(text.contains("签字"), "{text}");
    assert!(!text.contains("欧阳娜娜"), "{text}");
}

/// A field map may send a portal's fields to `clerk` and `applicantName` (helper-35: they were
/// an invalid_config), and an agent or legal representative a record names is masked too.
#[test]
fn a_portal_clerk_field_and_an_agent_are_people() {
    let now = instant(&json!("2026-03-10T10:00"));
    let e = Engine::from_json(
        r#"{ "fieldMap": { "jbr": "clerk", "sqrxm": "applicantName", "dlr": "agentName" } }"#,
    )
    .unwrap();
    let r = json!({ "id": "A", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "firstReceiver": "王芳", "jbr": "赵大海", "sqrxm": "钱多多", "dlr": "孙小美",
        "legalRepresentative": "周星星",
        "supplementRequests": [ { "at": "2026-03-02T10:00", "items": ["身份证"] },
            { "at": "2026-03-03T10:00", "items": ["赵大海钱多多孙小美周星星签字"] } ] });
    let v = e.validate_case_json(Ok(&r.to_string()), now);
    let text = serde_json::to_string(&v).unwrap();
    assert!(text.contains("赵**钱**孙**周**签字"), "{text}");
}

/// A name field that holds two names or a note gives each name on its own (helper-35:
/// 王建国/李四, 王建国（科长）, a phone after the name had left 王建国 whole in a request).
#[test]
fn a_name_field_with_two_names_or_a_note_masks_each_name() {
    let now = instant(&json!("2026-03-10T10:00"));
    for clerk in [
        "王建国/李四",
        "王建国（科长）、李四",
        "王建国 13800138000;李四",
    ] {
        let r = json!({ "id": "A", "category": "promised", "receivedAt": "2026-03-02T09:30",
            "firstReceiver": "王芳", "clerk": clerk,
            "supplementRequests": [ { "at": "2026-03-02T10:00", "items": ["身份证"] },
                { "at": "2026-03-03T10:00", "items": ["王建国签字，李四确认，科长审批"] } ] });
        let v = engine().validate_case_json(Ok(&r.to_string()), now);
        let text = serde_json::to_string(&v).unwrap();
        assert!(
            text.contains("王**签字，李*确认，科长审批"),
            "{clerk}: {text}"
        );
    }
}

/// A name masked in part by an earlier pass (a record's approver, an unreadable record's own
/// names) is still masked whole by the batch's (helper-36: approver NA left 由Li N*, an
/// unreadable record's 张三 left 请张*丰确认); an approver and a handover's staff are people
/// of the batch in deadlines too.
#[test]
fn a_name_masked_in_part_is_masked_whole_and_every_person_counts() {
    let now = instant(&json!("2026-03-10T10:00"));
    let texts = [
        json!({ "id": "A", "category": "promised", "receivedAt": "2026-03-02T09:00",
            "applicantName": "Li Na", "extension": { "limit": 5, "approver": "NA", "reason": "x" },
            "steps": [ { "name": "由Li Na", "limit": 1, "startedAt": "2026-03-02T09:00" } ] })
        .to_string(),
        json!({ "id": "B", "category": "promised", "receivedAt": "2026-03-02T09:00",
            "extension": { "limit": 5, "approver": "司马相如", "reason": "x" },
            "handovers": [ { "from": "诸葛亮", "to": "欧阳修", "at": "2026-03-02T10:00" } ] })
        .to_string(),
        json!({ "id": "C", "category": "promised", "receivedAt": "2026-03-02T09:00",
            "steps": [ { "name": "司马相如诸葛亮欧阳修签字", "limit": 1, "startedAt": "2026-03-02T09:00" } ] })
        .to_string(),
    ];
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let batch = hall_rules::engine::DeadlineBatchNames::new(&refs);
    let e = engine();
    let a = serde_json::to_string(&e.assess_deadline_in_batch(Ok(&texts[0]), now, &batch)).unwrap();
    assert!(a.contains("由L****") && !a.contains("Li N"), "{a}");
    let c = serde_json::to_string(&e.assess_deadline_in_batch(Ok(&texts[2]), now, &batch)).unwrap();
    assert!(c.contains("司***诸**欧**签字"), "{c}");

    let (results, _) = e.validate_cases_json(
        [
            Ok::<_, &hall_rules::Error>(
                json!({ "id": "A", "category": "promised", "receivedAt": "2026-03-02T09:00",
                "legalRepresentative": "张三", "steps": "请张三丰确认" })
                .to_string(),
            ),
            Ok(
                json!({ "id": "B", "category": "promised", "receivedAt": "2026-03-02T09:00",
                "firstReceiver": "张三丰" })
                .to_string(),
            ),
        ],
        now,
    );
    let text = serde_json::to_string(&results).unwrap();
    // A text where the steps' list stands is not echoed (helper-78), masked or not.
    assert!(!text.contains("请张"), "{text}");
    assert!(text.contains("实际为字符串"), "{text}");
    assert!(!text.contains("张*丰"), "{text}");
}

/// A list where an applicant belongs is said at `applicant` however long (helper-36: two
/// entries said applicant[1]); a placeholder is no first receiver and no handover's staff
/// (CASE-1: 暂无 raised nothing, 待定 named someone).
#[test]
fn a_list_applicant_and_placeholder_staff_are_said_as_such() {
    let now = instant(&json!("2026-03-10T10:00"));
    let r = json!({ "id": "A", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "firstReceiver": "赵钱", "applicant": [ { "name": "赵二" }, { "name": "钱三" } ] });
    let v = engine().validate_case_json(Ok(&r.to_string()), now);
    assert_eq!(v.findings[0].code, "invalid_record");
    assert_eq!(v.findings[0].path, "applicant");
    // helper-92: 空白 too.
    for nobody in ["暂无", "N/A", "待定", "佚名", "空白"] {
        let r = json!({ "id": "B", "category": "promised", "receivedAt": "2026-03-02T09:30",
            "firstReceiver": nobody,
            "handovers": [ { "from": "王芳", "to": nobody, "at": "2026-03-02T10:00" } ] });
        let v = engine().validate_case_json(Ok(&r.to_string()), now);
        let codes: Vec<&str> = v.findings.iter().map(|f| f.code).collect();
        assert!(
            codes.contains(&"first_receiver_missing") && codes.contains(&"handover_incomplete"),
            "{nobody}: {codes:?}"
        );
    }
}

/// CASE-3 (helper-75): a first request for supplements that names no item says nothing of what
/// was asked: no later item is found added. One that names its items is compared as before.
#[test]
fn a_first_request_naming_no_item_finds_nothing_added() {
    let now = instant(&json!("2026-03-10T10:00"));
    let case = |first: Value| {
        json!({ "id": "S", "category": "promised", "receivedAt": "2026-03-02T09:30",
            "firstReceiver": "王芳",
            "supplementRequests": [ first, { "at": "2026-03-03T10:00", "items": ["户口本"] } ] })
        .to_string()
    };
    let added = |first: Value| {
        let v = engine().validate_case_json(Ok(&case(first)), now);
        v.findings
            .iter()
            .any(|f| f.code == "supplement_items_added")
    };
    assert!(!added(json!({ "at": "2026-03-02T10:00" })));
    assert!(!added(json!({ "at": "2026-03-02T10:00", "items": [] })));
    assert!(!added(json!({ "at": "2026-03-02T10:00", "items": [" "] })));
    assert!(added(
        json!({ "at": "2026-03-02T10:00", "items": ["身份证"] })
    ));
    assert!(!added(
        json!({ "at": "2026-03-02T10:00", "items": ["户口本"] })
    ));
    // helper-76: a placeholder names nothing; an item written with a zero-width space, a space,
    // full-width letters or another letter case is the same item.
    assert!(!added(json!({ "at": "2026-03-02T10:00", "items": ["-"] })));
    assert!(!added(
        json!({ "at": "2026-03-02T10:00", "items": ["户口\u{200b}本"] })
    ));
    assert!(!added(
        json!({ "at": "2026-03-02T10:00", "items": ["户口 本"] })
    ));
    let later = |items: Value| {
        let text = json!({ "id": "S", "category": "promised", "receivedAt": "2026-03-02T09:30",
            "firstReceiver": "王芳", "supplementRequests": [
                { "at": "2026-03-02T10:00", "items": ["身份证", "ID card"] },
                { "at": "2026-03-03T10:00", "items": items } ] })
        .to_string();
        let v = engine().validate_case_json(Ok(&text), now);
        v.findings
            .iter()
            .any(|f| f.code == "supplement_items_added")
    };
    assert!(!later(json!(["身份证", "", " ", "-", "无"])));
    // helper-77: a placeholder however written.
    assert!(!later(json!(["暂 无", "无\u{200b}", "ｎｏｎｅ"])));
    assert!(!later(json!(["ＩＤ card", "id CARD", "身份证\u{200b}"])));
    assert!(later(json!(["身份证", "户口本"])));
}

/// Issue 15: a batch makes the masker of all its names only when a finding may quote a record
/// (CASE-7). A finding at a path the engine labels, whose detail is empty or the engine's own
/// (a time it computed), quotes nothing, and any masker leaves it as it is; one at a key the
/// record chose, or with a detail the record wrote, may quote a name, and is masked.
#[test]
fn a_finding_that_quotes_nothing_is_left_as_it_is() {
    use hall_rules::finding::{Finding, FindingCode};
    use hall_rules::messages::Locale;
    use hall_rules::report::mask::Masker;
    // Names that are also words of the engine's labels and messages.
    let masker = Masker::new(["证件号码", "申请人", "收件时间", "张伟"]);
    let at = instant(&json!("2026-03-02T09:30"));
    let zh = Locale::ZhCn;
    for quiet in [
        Finding::new(FindingCode::IdChecksum, "applicant.idNumber", "", zh),
        Finding::at_time(FindingCode::TimeInFuture, "receivedAt", at, zh),
    ] {
        assert!(!quiet.may_quote_record(), "{quiet:?}");
        let mut masked = quiet.clone();
        masked.mask_names(&masker);
        assert_eq!(masked, quiet);
    }
    for quoting in [
        Finding::new(FindingCode::IdChecksum, "applicant.张伟", "", zh),
        Finding::new(FindingCode::InvalidField, "receivedAt", "张伟", zh),
        Finding::new(
            FindingCode::IdChecksum,
            "applicant.idNumber",
            "",
            Locale::En,
        ),
    ] {
        assert!(quoting.may_quote_record(), "{quoting:?}");
    }
    let mut quoting = Finding::new(FindingCode::InvalidField, "receivedAt", "张伟", zh);
    quoting.mask_names(&masker);
    assert!(
        quoting.message.contains("张*") && !quoting.message.contains("张伟"),
        "{}",
        quoting.message
    );
}

/// Issue 15: the batch's masker is made once a later record's finding quotes a name, and holds
/// the names of the records before it whose findings quoted none (CASE-7).
#[test]
fn a_name_from_a_quiet_record_is_masked_in_a_later_ones_finding() {
    let now = instant(&json!("2026-03-10T10:00"));
    // A: its one finding (the ID's check character) quotes nothing; its first receiver is a name.
    let a = json!({ "id": "A", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "firstReceiver": "赵大海",
        "applicant": { "name": "李四", "idType": "resident_id", "idNumber": "110105194912310021" } });
    // B: a supplement request's items quote A's first receiver.
    let b = json!({ "id": "B", "category": "promised", "receivedAt": "2026-03-02T09:30",
        "firstReceiver": "王芳",
        "supplementRequests": [{ "at": "2026-03-03T10:00", "items": ["身份证"] },
            { "at": "2026-03-04T10:00", "items": ["身份证", "赵大海确认"] }] });
    let (results, _) = engine().validate_cases_json(
        [
            Ok::<_, &hall_rules::Error>(a.to_string()),
            Ok(b.to_string()),
        ],
        now,
    );
    let text = serde_json::to_string(&results).unwrap();
    assert_eq!(results[0].findings[0].code, "id_checksum", "{text}");
    assert!(
        text.contains("赵**确认") && !text.contains("赵大海"),
        "{text}"
    );
}

/// helper-95 #1, helper-96 #1, #2 (CASE-7): a name given under a key no list of person fields
/// holds (`handler`, `经办人`, `staff`, `reviewer`, `jbr` …), or as a list or a record under
/// such a key, is masked wherever another record's finding quotes it, and wherever its own
/// record's does (it had been shown whole).
#[test]
fn a_name_under_any_person_key_is_masked_where_a_finding_quotes_it() {
    let now = instant(&json!("2026-03-10T10:00"));
    let quoting = |id: &str, name: &str| {
        json!({ "id": id, "category": "promised", "receivedAt": "2026-03-02T09:00",
            "firstReceiver": "张三",
            "supplementRequests": [{ "at": "2026-03-02T10:00", "items": ["身份证"] },
                { "at": "2026-03-03T10:00", "items": ["身份证", format!("{name}签字的委托书")] }] })
    };
    // helper-96: more keys, and a person given as a list or a record under such a key.
    let name = json!("司马懿");
    for (key, value) in [
        ("handler", name.clone()),
        ("经办人", name.clone()),
        ("staff", name.clone()),
        ("receiver", name.clone()),
        ("operatorName", name.clone()),
        ("受理人", name.clone()),
        ("reviewer", name.clone()),
        ("manager", name.clone()),
        ("updatedBy", name.clone()),
        ("办事员", name.clone()),
        ("科长", name.clone()),
        ("申请人名称", name.clone()),
        ("jbr", name.clone()),
        ("sqrxm", name.clone()),
        ("handler", json!(["司马懿"])),
        ("staff", json!({ "name": "司马懿" })),
        ("applicants", json!([{ "name": "司马懿" }])),
        ("applicant", json!({ "name": { "xm": "司马懿" } })),
        // helper-97: other spellings, keys and notes.
        ("created_by", name.clone()),
        ("updatedByName", name.clone()),
        ("assignedTo", name.clone()),
        ("creator", name.clone()),
        ("分管领导", name.clone()),
        ("jbr_xm", name.clone()),
        ("sqrmc", name.clone()),
        ("fhr", name.clone()),
        ("tsr", name.clone()),
        ("handler", json!("司马懿（实习）")),
        ("handler", json!("李四、司马懿")),
        ("handler", json!("李四/司马懿")),
        ("handler", json!("李四\n司马懿")),
        // helper-98: names apart by any space or joined by 和, in brackets, with 等, after a
        // label that names no one; keys written with width, invisible marks or a space.
        ("handler", json!("李四\u{3000}司马懿")),
        ("handler", json!("李四和司马懿")),
        ("handler", json!("[司马懿]")),
        ("handler", json!("司马懿等")),
        ("handler", json!("系统管理员（司马懿）")),
        ("handler", json!("管理员：司马懿")),
        ("分管领导 ", name.clone()),
        ("ｊｂｒ", name.clone()),
        ("jbr\u{200B}", name.clone()),
        // helper-99.
        ("recorder", name.clone()),
        ("cjr", name.clone()),
        ("实名", name.clone()),
        ("handler", json!("《司马懿》")),
        ("handler", json!("司马懿等人")),
        // helper-100: in a group with a count, in other brackets, after a role, joined by 及
        // or a zero-width mark, apart by an ASCII space.
        ("handler", json!("李四、司马懿等人")),
        ("handler", json!("司马懿等3人")),
        ("handler", json!("{司马懿}")),
        ("handler", json!("「司马懿」")),
        ("handler", json!("〈司马懿〉")),
        ("handler", json!("工作人员司马懿")),
        ("handler", json!("司马懿同志")),
        ("handler", json!("李四及司马懿")),
        ("handler", json!("李四\u{200B}司马懿")),
        ("handler", json!("李四 司马懿")),
        ("handler", json!("司马懿 身份证")),
        // helper-101: a name in brackets after another, beside a spaced-out name, after an
        // unlisted group or role word, and under `xm`.
        ("handler", json!("李四(司马懿)")),
        ("handler", json!("李四（王五、司马懿）")),
        ("clerk", json!("李四【司马懿】")),
        ("handler", json!("司马 懿 身份证")),
        ("handler", json!("李四 司马 懿")),
        ("handler", json!("司马懿等同志")),
        ("handler", json!("司马懿等窗口人员")),
        ("handler", json!("窗口工作人员司马懿")),
        ("handler", json!("司马懿副主任")),
        ("handler", json!("司马懿一行")),
        ("handler", json!("司马懿→李四")),
        ("xm", name.clone()),
        // helper-102: more keys, and a name written against Latin letters.
        ("xingming", name.clone()),
        ("frdb", name.clone()),
        ("dbrxm", name.clone()),
        ("inCharge", name.clone()),
        ("handler", json!("司马懿Tom")),
        // helper-103: full-width letters beside the name, a former name in a note.
        ("handler", json!("ＷＡＮＧ司马懿")),
        ("handler", json!("王五（曾用名司马懿）")),
        // helper-105: a window before the name.
        ("handler", json!("3号窗口司马懿")),
        // helper-106: a name after the thing a number numbers.
        ("handler", json!("第1组司马懿")),
        ("clerk", json!("司马懿们")),
    ] {
        let mut giving = json!({ "id": "R", "category": "promised",
            "receivedAt": "2026-03-02T09:00", "firstReceiver": "张三" });
        giving[key] = value.clone();
        for order in [
            [giving.clone(), quoting("Q", "司马懿")],
            [quoting("Q", "司马懿"), giving.clone()],
        ] {
            let (_, text) = validated(engine(), &order, now);
            assert!(
                text.contains("司**签字") && !text.contains("司马懿"),
                "{key}: {text}"
            );
        }
        // Its own record's finding (or the finding that it cannot be read).
        let mut own = quoting("Q", "司马懿");
        own[key] = value;
        let text =
            serde_json::to_string(&engine().validate_case_json(Ok(&own.to_string()), now)).unwrap();
        assert!(!text.contains("司马懿"), "{key}: {text}");
    }
    // An approver written in another case (helper-96): the record is refused, and the name
    // masked where another record quotes it.
    let approved = json!({ "id": "X", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "firstReceiver": "张三",
        "extension": { "limit": 5, "Approver": "司马懿", "reason": "复杂" } });
    let (_, text) = validated(engine(), &[approved, quoting("Q", "司马懿")], now);
    assert!(
        text.contains("司**签字") && !text.contains("司马懿"),
        "{text}"
    );
    // A handover given as a bare text names its staff member (helper-95 #4).
    let handed = json!({ "id": "H", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "firstReceiver": "张三", "handovers": ["司马懿"] });
    let (_, text) = validated(engine(), &[handed, quoting("Q", "司马懿")], now);
    assert!(
        text.contains("司**签字") && !text.contains("司马懿"),
        "{text}"
    );
}

/// helper-95 #2, #3 (CASE-7): through a field map, a record refused for a portal person field
/// written otherwise (`SWZRR`, `sqr: { XM }`) or placed wrong (`sqr: [{ xm }]`) still names that
/// person: masked where another record quotes the name.
#[test]
fn a_refused_portal_records_person_is_masked_elsewhere() {
    let now = instant(&json!("2026-03-10T10:00"));
    let map: Value = serde_json::from_str(PINYIN_MAP).unwrap();
    let e = Engine::new(hall_rules::engine::EngineConfig {
        field_map: serde_json::from_value(map["fieldMap"].clone()).unwrap(),
        value_map: serde_json::from_value(map["valueMap"].clone()).unwrap(),
        ..Default::default()
    })
    .unwrap();
    let quoting = json!({ "bjbh": "Q", "bjlx": "2", "sjsj": "2026-03-02T09:00", "swzrr": "张三",
        "bzgz": [{ "sj": "2026-03-02T10:00", "cl": ["身份证"] },
            { "sj": "2026-03-03T10:00", "cl": ["身份证", "司马懿签字的委托书"] }] });
    for refused in [
        json!({ "bjbh": "R", "bjlx": "2", "sjsj": "2026-03-02T09:00", "SWZRR": "司马懿" }),
        json!({ "bjbh": "R", "bjlx": "2", "sjsj": "2026-03-02T09:00", "swzrr": "张三",
            "sqr": [{ "xm": "司马懿" }] }),
        json!({ "bjbh": "R", "bjlx": "2", "sjsj": "2026-03-02T09:00", "swzrr": "张三",
            "sqr": { "XM": "司马懿" } }),
    ] {
        let (results, text) = validated(&e, &[refused.clone(), quoting.clone()], now);
        assert_eq!(results[0].findings[0].code, "invalid_record", "{text}");
        assert!(
            text.contains("司**签字") && !text.contains("司马懿"),
            "{refused}: {text}"
        );
    }
}

/// helper-95 #1 (CASE-7) in a deadline batch: a name under `handler` in one record is masked in
/// another record's step name.
#[test]
fn a_deadline_batch_masks_a_name_under_any_person_key() {
    let now = instant(&json!("2026-03-05T10:00"));
    let a = json!({ "id": "A", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "handler": "司马懿" })
    .to_string();
    let b = json!({ "id": "B", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "steps": [{ "name": "请司马懿复核材料", "limit": 1, "startedAt": "2026-03-02T09:00" }] })
    .to_string();
    let texts = [a.as_str(), b.as_str()];
    let names = hall_rules::engine::DeadlineBatchNames::new(&texts);
    let report = engine().assess_deadline_in_batch(Ok(&b), now, &names);
    let text = serde_json::to_string(&report).unwrap();
    assert!(
        text.contains("请司**复核材料") && !text.contains("司马懿"),
        "{text}"
    );
    // helper-96 #1: alone, a `reviewer` named in the step's name.
    let alone = json!({ "id": "C1", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "reviewer": "诸葛孔明",
        "steps": [{ "name": "请诸葛孔明复核材料", "limit": 1, "startedAt": "2026-03-02T09:00" }] });
    let report = engine().assess_deadline_json(Ok(&alone.to_string()), now);
    let text = serde_json::to_string(&report).unwrap();
    assert!(
        text.contains("请诸***复核材料") && !text.contains("诸葛孔明"),
        "{text}"
    );
}

/// helper-95 #9 (words): a rights notice given as an object, or a list given as no list, is
/// refused in Chinese words (the parser's English, or the engine's field name, had stood in
/// the Chinese message).
#[test]
fn a_notice_or_a_list_of_the_wrong_type_is_refused_in_chinese() {
    let now = instant(&json!("2026-03-10T10:00"));
    let r = json!({ "id": "N", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "firstReceiver": "张三", "rightsNotice": {} });
    let v = engine().validate_case_json(Ok(&r.to_string()), now);
    let message = &v.findings[0].message;
    assert!(
        message.contains("true、false 或告知内容的文字") && !message.contains("notice"),
        "{message}"
    );
    // A list given as no list is refused at the list, named in Chinese.
    for (key, label) in [
        ("steps", "办理环节"),
        ("supplementRequests", "补正告知"),
        ("history", "状态记录"),
    ] {
        let mut r = json!({ "id": "L", "category": "promised", "receivedAt": "2026-03-02T09:00",
            "firstReceiver": "张三" });
        r[key] = json!(5);
        let v = engine().validate_case_json(Ok(&r.to_string()), now);
        let message = v.findings.first().map_or("", |f| f.message.as_str());
        assert!(
            message.contains(label) && !message.contains(key),
            "{key}: {v:?}"
        );
    }
    let r = json!({ "id": "P", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "pauses": 5 });
    let report = engine().assess_deadline_json(Ok(&r.to_string()), now);
    let message = report.findings.first().map_or("", |f| f.message.as_str());
    assert!(
        message.contains("暂停记录") && !message.contains("pauses"),
        "{report:?}"
    );
}

/// helper-96 #6 (CASE-7): two steps whose names read alike once masked (王五复核, 王六复核) are
/// numbered apart, and the finding of the late one says which: two people are never merged by
/// their masks.
#[test]
fn two_steps_masked_alike_are_told_apart() {
    let record = json!({ "id": "D1", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "firstReceiver": "王五", "clerk": "王六",
        "steps": [
            { "name": "王五复核", "limit": 1, "startedAt": "2026-03-02T09:00" },
            { "name": "王六复核", "limit": 10, "startedAt": "2026-03-02T09:00" },
        ] });
    let report =
        engine().assess_deadline_json(Ok(&record.to_string()), instant(&json!("2026-03-04T10:00")));
    let text = serde_json::to_string(&report).unwrap();
    assert_eq!(report.steps[0].name, "王*复核", "{text}");
    assert_eq!(report.steps[1].name, "王*复核 (2)", "{text}");
    let late: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == "step_overdue")
        .collect();
    assert_eq!(late.len(), 1, "{text}");
    assert_eq!(late[0].path, "王*复核", "{text}");
    assert!(!text.contains("王五") && !text.contains("王六"), "{text}");
    // The second step late instead: its finding names the numbered step.
    let mut swapped = record.clone();
    swapped["steps"][0]["limit"] = json!(10);
    swapped["steps"][1]["limit"] = json!(1);
    let report = engine().assess_deadline_json(
        Ok(&swapped.to_string()),
        instant(&json!("2026-03-04T10:00")),
    );
    let late: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == "step_overdue")
        .collect();
    assert_eq!(late[0].path, "王*复核 (2)", "{report:?}");
    assert!(
        late[0].message.contains("王*复核 (2)"),
        "{}",
        late[0].message
    );
}

/// helper-97 (CASE-7, words): keys that say how a list is kept or what a step is (`sortedBy`,
/// `stepName`, `reviewed`, `staffRole`, `headline`, `审核人意见`), and what a portal writes for work
/// the system did (`系统`, `admin`), name no one: another record's words stay whole.
#[test]
fn keys_and_words_that_name_no_one_mask_nothing() {
    let now = instant(&json!("2026-03-10T10:00"));
    let quoting = json!({ "id": "Q", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "firstReceiver": "张三",
        "supplementRequests": [{ "at": "2026-03-02T10:00", "items": ["身份证"] },
            { "at": "2026-03-03T10:00", "items": ["身份证", "已受理 系统 admin 通过 时间 工作人员"] }] });
    for (key, value) in [
        ("sortedBy", "已受理"),
        ("groupedBy", "通过"),
        ("stepName", "已受理"),
        ("reviewed", "已受理"),
        ("staffRole", "已受理"),
        ("headline", "已受理"),
        ("审核人意见", "已受理"),
        ("handler", "系统"),
        ("handler", "admin"),
        ("sortedBy", "时间"),
        ("handler", "工作人员"),
    ] {
        let mut giving = json!({ "id": "R", "category": "promised",
            "receivedAt": "2026-03-02T09:00", "firstReceiver": "张三" });
        giving[key] = json!(value);
        let (_, text) = validated(engine(), &[giving, quoting.clone()], now);
        assert!(
            text.contains("已受理 系统 admin 通过 时间 工作人员"),
            "{key}: {text}"
        );
    }
}

/// helper-98 #1 (CASE-7): the monthly bulletin masks a name given under any person key of its
/// input (an inspection's `jbr`) where another text of the bulletin quotes it.
#[test]
fn the_bulletin_masks_a_name_under_any_person_key() {
    let input = json!({ "month": "2026-03", "inspections": [
        { "date": "2026-03-05", "unit": "民政局", "rule": "CON-2", "description": "某人吃东西",
          "jbr": "钱八" },
        { "date": "2026-03-06", "unit": "民政局", "rule": "CON-2", "description": "钱八玩手机" },
    ] });
    let b = engine().monthly_bulletin_json(&input.to_string()).unwrap();
    let text = serde_json::to_string(&b).unwrap();
    assert!(
        text.contains("钱*玩手机") && !text.contains("钱八"),
        "{text}"
    );
}

/// helper-99 (words): a part cut from a person field by a guess (a space, 和, 与, 等, brackets
/// around the whole) is a name only when it reads as a Chinese name (after a common surname):
/// `审核　通过`, `与会人员`, `会议等`, `[申请人]` mask no word elsewhere.
#[test]
fn words_cut_from_a_person_field_are_names_only_when_they_read_as_names() {
    let now = instant(&json!("2026-03-10T10:00"));
    let quoting = json!({ "id": "Q", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "firstReceiver": "张三",
        "supplementRequests": [{ "at": "2026-03-02T10:00", "items": ["身份证"] },
            { "at": "2026-03-03T10:00", "items": ["身份证", "负责人审核通过 与会人员 会议材料 申请人"] }] });
    for value in [
        "周八等人",
        "审核\u{3000}通过",
        "与会人员",
        "会议等",
        "[申请人]",
    ] {
        let giving = json!({ "id": "R", "category": "promised",
            "receivedAt": "2026-03-02T09:00", "firstReceiver": "张三", "handler": value });
        let (_, text) = validated(engine(), &[giving, quoting.clone()], now);
        assert!(
            text.contains("负责人审核通过 与会人员 会议材料 申请人"),
            "{value}: {text}"
        );
    }
}

/// helper-100 (CASE-7): a rare compound surname, a name joined by a dot, and a Latin name
/// beside a Chinese one, cut from a person field, are names.
#[test]
fn rare_surnames_dotted_and_latin_names_in_a_person_field_are_names() {
    let now = instant(&json!("2026-03-10T10:00"));
    for (value, name) in [
        ("李四 亓官伯玉", "亓官伯玉"),
        ("第五伦、李四", "第五伦"),
        ("李四　阿依古丽·买买提", "阿依古丽·买买提"),
        ("李四 John Smith", "John Smith"),
        // helper-101: other dots, a part of a dotted name alone, names spaced with other
        // spaces, a capitalised Latin word beside a Chinese name.
        ("李四　阿依古丽・买买提", "阿依古丽・买买提"),
        ("阿依古丽·买买提", "阿依古丽签字"),
        ("李四 王　芳", "王芳"),
        ("欧阳\u{3000}娜娜", "欧阳娜娜"),
        ("李 四 王 五", "李四"),
        ("李四 Mary", "Mary"),
        ("阿依古丽.买买提", "买买提签字"),
        ("张三Tom", "Tom"),
    ] {
        let giving = json!({ "id": "R", "category": "promised",
            "receivedAt": "2026-03-02T09:00", "firstReceiver": "张三", "handler": value });
        let quoting = json!({ "id": "Q", "category": "promised", "receivedAt": "2026-03-02T09:00",
            "firstReceiver": "张三",
            "supplementRequests": [{ "at": "2026-03-02T10:00", "items": ["身份证"] },
                { "at": "2026-03-03T10:00", "items": ["身份证", format!("{name}签字")] }] });
        let (_, text) = validated(engine(), &[giving, quoting], now);
        assert!(!text.contains(name), "{value}: {text}");
    }
}

/// helper-100 (words): Chinese characters apart by a space in a person field are names apart,
/// each only when it reads as one: `李四 身份证` masks 李四, not 身份证 elsewhere. A name spaced
/// out (欧阳 娜娜, 王 芳) is still one name.
#[test]
fn words_beside_a_name_apart_by_a_space_are_no_names() {
    let now = instant(&json!("2026-03-10T10:00"));
    let quoting = json!({ "id": "Q", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "firstReceiver": "张三",
        "supplementRequests": [{ "at": "2026-03-02T10:00", "items": ["身份证"] },
            { "at": "2026-03-03T10:00", "items": ["身份证", "身份证复印件 值班表 负责人 李四 欧阳娜娜 王芳"] }] });
    for key in ["handler", "clerk"] {
        // helper-102: a note in brackets beside a fixed field's name, and a common word alone.
        let quoting_words = json!({ "id": "Q", "category": "promised",
            "receivedAt": "2026-03-02T09:00", "firstReceiver": "张三",
            "supplementRequests": [{ "at": "2026-03-02T10:00", "items": ["身份证"] },
                { "at": "2026-03-03T10:00", "items": ["身份证", "科长签字 周一送达"] }] });
        for value in [
            "李四（科长）",
            "周一",
            "王五（周一值班）",
            "王五-科长",
            "王五:科长",
            "王五、科长",
            "科长",
            "科长李四",
            "李科长",
        ] {
            let giving = json!({ "id": "R", "category": "promised",
                "receivedAt": "2026-03-02T09:00", "firstReceiver": "张三", key: value });
            let (_, text) = validated(engine(), &[giving, quoting_words.clone()], now);
            let kept = key == "clerk" && ["周一", "科长"].contains(&value)
                || text.contains("科长签字 周一送达");
            assert!(kept, "{key} {value}: {text}");
        }
        for value in ["李四 身份证", "周一 值班", "张三 负责"] {
            let giving = json!({ "id": "R", "category": "promised",
                "receivedAt": "2026-03-02T09:00", "firstReceiver": "张三", key: value });
            let (_, text) = validated(engine(), &[giving, quoting.clone()], now);
            assert!(
                text.contains("身份证复印件 值班表 负责人"),
                "{key} {value}: {text}"
            );
        }
        // helper-106: a group word after a fixed field's name stays a word (李*等人).
        let (_, text) = validated(
            engine(),
            &[
                json!({ "id": "R", "category": "promised", "receivedAt": "2026-03-02T09:00",
                    "firstReceiver": "张三", key: "李四等" }),
                json!({ "id": "Q", "category": "promised", "receivedAt": "2026-03-02T09:00",
                    "firstReceiver": "张三",
                    "supplementRequests": [{ "at": "2026-03-02T10:00", "items": ["身份证"] },
                        { "at": "2026-03-03T10:00", "items": ["身份证", "李四等人签字"] }] }),
            ],
            now,
        );
        assert!(text.contains("李*等人签字"), "{key}: {text}");
        // helper-101: the surname of a name spaced out is no name of its own (欧阳修 stays).
        let (_, text) = validated(
            engine(),
            &[
                json!({ "id": "R", "category": "promised", "receivedAt": "2026-03-02T09:00",
                    "firstReceiver": "张三", key: "欧阳 娜娜" }),
                json!({ "id": "Q", "category": "promised", "receivedAt": "2026-03-02T09:00",
                    "firstReceiver": "张三",
                    "supplementRequests": [{ "at": "2026-03-02T10:00", "items": ["身份证"] },
                        { "at": "2026-03-03T10:00", "items": ["身份证", "欧阳修文集"] }] }),
            ],
            now,
        );
        assert!(text.contains("欧阳修文集"), "{key}: {text}");
        for (value, masked) in [
            ("李四 身份证", "李*"),
            ("欧阳 娜娜", "欧***"),
            ("王 芳", "王*"),
        ] {
            let giving = json!({ "id": "R", "category": "promised",
                "receivedAt": "2026-03-02T09:00", "firstReceiver": "张三", key: value });
            let (_, text) = validated(engine(), &[giving, quoting.clone()], now);
            assert!(text.contains(masked), "{key} {value}: {text}");
        }
    }
}

/// `records` validated as one batch by `e`: the results, and their JSON text.
fn validated(
    e: &Engine,
    records: &[Value],
    now: hall_rules::time::Minute,
) -> (Vec<hall_rules::case::Validation>, String) {
    let texts = records
        .iter()
        .map(|r| Ok::<_, &hall_rules::Error>(r.to_string()));
    let (results, _) = e.validate_cases_json(texts, now);
    let text = serde_json::to_string(&results).unwrap();
    (results, text)
}
