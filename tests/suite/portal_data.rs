//! Real portal data (issue 17): times, limits and empty cells as portal systems write them.
//! Every form here is Beijing time unless it says otherwise.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use hall_rules::time::{parse_date, parse_instant, parse_instant_seconds, read_instant};

fn iso(text: &str) -> String {
    parse_instant(text, "t")
        .unwrap_or_else(|e| panic!("{text:?}: {e}"))
        .to_string()
}

#[test]
fn the_instant_reader_reads_what_portals_write() {
    let ten = "2026-02-12T10:00:00+08:00";
    for text in [
        "2026-02-12T10:00",
        "2026-02-12 10:00",
        "2026-02-12T10:00:00+08:00",
        "2026-02-12T02:00:00Z",
        "2026-02-12T10:00:00.123+0800",
        "2026-02-12 10:00 +08",
        "2026/02/12 10:00",
        "2026/2/12 10:00",
        "2026.02.12 10:00",
        "2026年2月12日 10:00",
        "2026年2月12日10:00",
        "2026年2月12日 10时00分",
        "2026年2月12日10时",
        "2026年2月12号 10点",
        "2026年02月12日 10时00分00秒",
        "20260212100000",
        "202602121000",
        "1770861600000",
        "  2026-02-12 10:00\u{a0}",
        "\u{3000}2026-02-12\u{3000}10:00\u{3000}",
        "２０２６－０２－１２　１０：００",
        "2026-02-12\t10:00",
    ] {
        assert_eq!(iso(text), ten, "{text:?}");
    }
    assert_eq!(iso("2026-2-12 9:05"), "2026-02-12T09:05:00+08:00");
    assert_eq!(iso("2026.02.12"), "2026-02-12T00:00:00+08:00");
    assert_eq!(iso("20260212"), "2026-02-12T00:00:00+08:00");
    assert_eq!(iso("2026年2月12日"), "2026-02-12T00:00:00+08:00");
    // Seconds are kept where a rule counts them.
    assert_eq!(
        parse_instant_seconds("2026年02月12日 10时00分07秒", "t")
            .unwrap()
            .1,
        7
    );
    assert_eq!(parse_instant_seconds("1770861607000", "t").unwrap().1, 7);
    // A date argument reads the same forms, but not a time.
    assert_eq!(
        parse_date("2026/2/12", "d").unwrap().to_string(),
        "2026-02-12"
    );
    assert_eq!(
        parse_date("2026年2月12日", "d").unwrap().to_string(),
        "2026-02-12"
    );
    assert!(parse_date("2026-02-12 10:00", "d").is_err());
}

#[test]
fn the_instant_reader_refuses_what_is_ambiguous_or_impossible() {
    for text in [
        "",
        "   ",
        "12/02/2026",
        "02/12/2026 10:00",
        "2026-02-30",
        "2026-02-12 24:00",
        "2026-02-12 10:60",
        "2026-13-01",
        "2026-02/12",
        "2026年2-12",
        "1771914600",
        "17719146000001",
        "2026-02-12 10:00 +25:00",
        "2026-02-12 10:00 北京时间",
        "2026-02-12T",
        "999999999999999999999999",
        "下午3点",
    ] {
        assert!(read_instant(text).is_none(), "{text:?}");
        assert!(parse_instant(text, "t").is_err(), "{text:?}");
    }
    // Out of the supported years: read, then refused with its own code.
    let e = parse_instant("1999-12-31 10:00", "receivedAt").unwrap_err();
    assert_eq!(e.code.as_str(), "date_out_of_range");
    // The error names the value.
    let e = parse_instant("2026-02-30 10:00", "receivedAt").unwrap_err();
    assert_eq!(e.code.as_str(), "invalid_instant");
    assert!(e.to_string().contains("2026-02-30 10:00"), "{e}");
}

use hall_rules::deadline::Status;
use serde_json::json;

use super::support::{engine, engine_with, instant};

fn assess(e: &hall_rules::Engine, record: serde_json::Value, now: &str) -> serde_json::Value {
    let r = e.assess_deadline_json(Ok(&record.to_string()), instant(&json!(now)));
    serde_json::to_value(&r).unwrap()
}

/// Empty means absent: an empty optional cell is no value, in every spelling portals use.
#[test]
fn an_empty_optional_field_is_absent() {
    // promised (3 working days), received Mon 03-02 09:00, due Thu 03-05 17:30; read Tue 10:00.
    let base = json!({ "id": "E-1", "category": "承诺件", "receivedAt": "2026/3/2 9:00" });
    let plain = assess(engine(), base.clone(), "2026-03-03T10:00");
    assert_eq!(plain["status"], "on_track");
    // helper-90: U+2015, none-words in 〔〕《》“” or with unseen marks around them had been
    // values, and the case `invalid`.
    for empty in [
        "",
        "   ",
        "\u{a0}",
        "—",
        "-",
        "--",
        "/",
        "无",
        "暂无",
        "null",
        "―",
        "〔无〕",
        "《无》",
        "“无”",
        "\"无\"",
        "\u{200B}无",
        "无\u{FEFF}",
        "【\u{200B}暂无 】",
        // helper-91: other brackets and quotes, a stop, other dashes, 空.
        "「无」",
        "『暂无』",
        "‘无’",
        "'无'",
        "«无»",
        "〈无〉",
        "无。",
        "─",
        "~",
        "〜",
        "‐",
        "空",
        "空白",
        // helper-93.
        "無",
        "暫無",
        "～～",
        "～",
        "＂无＂",
        "无…",
        "---",
        "没有",
    ] {
        let mut r = base.clone();
        r["concludedAt"] = json!(empty);
        r["limit"] = json!(empty);
        r["pauses"] = json!([{ "from": "2026-03-02 10:00", "to": empty, "reason": "补正", "notifiedAt": "2026-03-02 10:00" }]);
        let got = assess(engine(), r, "2026-03-03T10:00");
        assert_ne!(got["status"], "invalid", "{empty:?}: {got}");
        // The pause with an empty end is still open: the clock stands.
        assert_eq!(got["paused"], true, "{empty:?}: {got}");
    }
    // An empty required field is reported as missing, with its path.
    let mut r = base.clone();
    r["receivedAt"] = json!("");
    let got = assess(engine(), r, "2026-03-03T10:00");
    assert_eq!(got["status"], "invalid");
    assert!(
        got["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("缺少收件时间"),
        "{got}"
    );
    assert_eq!(got["findings"][0]["path"], "receivedAt");
    // 无 is an answer where it is not a time: a rights notice of 无 still says none was given.
    let e = engine_with(r#"{ "fieldMap": { "bjsj": "concludedAt" } }"#).unwrap();
    let mut r = base.clone();
    r["bjsj"] = json!("");
    assert_eq!(assess(&e, r, "2026-03-03T10:00")["status"], "on_track");
}

/// valueMap may map a portal value to absent; a misspelt engine field in a map is an error.
#[test]
fn value_map_to_absent_and_unknown_fields() {
    let e = engine_with(
        r#"{ "fieldMap": { "bjlx": "category", "slsj": "receivedAt", "bjsj": "concludedAt", "cnsx": "limit" },
             "valueMap": { "category": { "1": "immediate", "2": "promised", "3": "joint" },
                           "concludedAt": { "未办结": null } } }"#,
    )
    .unwrap();
    let r = assess(
        &e,
        json!({ "ywh": "V-1", "bjlx": 2, "slsj": "2026年3月2日 09时00分", "bjsj": "未办结", "cnsx": "10个工作日" }),
        "2026-03-10T10:00",
    );
    // 10 working days after Mon 03-02: due Mon 03-16 17:30, still open on 03-10.
    assert_eq!(r["status"], "on_track", "{r}");
    assert_eq!(r["dueAt"], "2026-03-16T17:30:00+08:00");
    for bad in [
        r#"{ "fieldMap": { "bjsj": "concludeAt" } }"#,
        r#"{ "fieldMap": { "zt[].ks": "pauses[].frm" } }"#,
        r#"{ "valueMap": { "categroy": { "1": "immediate" } } }"#,
    ] {
        let err = engine_with(bad)
            .err()
            .unwrap_or_else(|| panic!("{bad} accepted"));
        assert_eq!(err.code.as_str(), "invalid_config", "{bad}");
        assert!(err.to_string().contains("unknown field"), "{err}");
    }
}

/// Limits as a 承诺时限 column writes them; bare numbers and 天 in the hall's unit.
#[test]
fn limits_as_portals_write_them() {
    let due = |e: &hall_rules::Engine, limit: serde_json::Value| {
        let r = assess(
            e,
            json!({ "category": "promised", "receivedAt": "2026-03-02T09:00", "limit": limit }),
            "2026-03-02T10:00",
        );
        r["dueAt"]
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| r.to_string())
    };
    let e = engine();
    // Working days from Mon 03-02: 5 -> Mon 03-09, 10 -> Mon 03-16 (both 17:30).
    for limit in [
        json!(5),
        json!("5"),
        json!("5个工作日"),
        json!("5 工作日"),
        json!("5天"),
        json!("5日"),
        json!({ "value": 5, "unit": "working_days" }),
    ] {
        assert_eq!(
            due(e, limit.clone()),
            "2026-03-09T17:30:00+08:00",
            "{limit}"
        );
    }
    assert_eq!(due(e, json!("10个工作日")), "2026-03-16T17:30:00+08:00");
    // 7 calendar days: to the end of Mon 03-09's office day.
    assert_eq!(
        due(e, json!("7个自然日")),
        due(e, json!({ "value": 7, "unit": "calendar_days" }))
    );
    assert_eq!(due(e, json!("即办")), "2026-03-02T17:30:00+08:00");
    // The hall may read bare numbers as calendar days.
    let cal =
        engine_with(r#"{ "ruleset": { "deadline": { "limitUnit": "calendar_days" } } }"#).unwrap();
    assert_eq!(due(&cal, json!("7天")), due(e, json!("7个自然日")));
    assert_eq!(due(&cal, json!("7个工作日")), due(e, json!(7)));
    for bad in [
        json!("十个工作日"),
        json!("1.5天"),
        json!("3周"),
        json!(2.5),
        json!(-1),
    ] {
        let r = assess(
            e,
            json!({ "id": "L", "category": "promised", "receivedAt": "2026-03-02T09:00", "limit": bad }),
            "2026-03-02T10:00",
        );
        assert_eq!(r["status"], "invalid", "{bad}: {r}");
        assert_eq!(r["findings"][0]["path"], "limit", "{bad}: {r}");
    }
    let _ = Status::Invalid;
}

/// The field names a field map may send to ([`ENGINE_FIELDS`]) cover every record type: read
/// from the types themselves, through the field list serde hands a deserializer.
#[test]
fn every_record_field_may_be_mapped() {
    use hall_rules::fieldmap::ENGINE_FIELDS;
    use serde::de::{self, Deserialize, Visitor};

    struct Names(Vec<&'static str>);
    #[derive(Debug)]
    struct Done;
    impl std::fmt::Display for Done {
        fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("done")
        }
    }
    impl std::error::Error for Done {}
    impl de::Error for Done {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            Done
        }
    }
    impl<'de> de::Deserializer<'de> for &mut Names {
        type Error = Done;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Done> {
            Err(Done)
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Done> {
            self.0.extend_from_slice(fields);
            Err(Done)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }
    fn fields<T: for<'de> Deserialize<'de>>() -> Vec<&'static str> {
        let mut names = Names(vec![]);
        let _ = T::deserialize(&mut names);
        assert!(!names.0.is_empty(), "{}", std::any::type_name::<T>());
        names.0
    }
    use hall_rules::deadline::{CaseInput, ExtensionInput, PauseInput, StepInput};
    let mut all = vec![];
    all.extend(fields::<CaseInput>());
    all.extend(fields::<PauseInput>());
    all.extend(fields::<StepInput>());
    all.extend(fields::<ExtensionInput>());
    all.extend(fields::<hall_rules::deadline::limit::Limit>());
    #[cfg(feature = "validation")]
    {
        use hall_rules::case::*;
        all.extend(fields::<CaseRecord>());
        all.extend(fields::<Handover>());
        all.extend(fields::<SupplementRequest>());
        all.extend(fields::<Applicant>());
        all.extend(fields::<StepTimes>());
        all.extend(fields::<StateChange>());
        all.extend(fields::<catalog::CatalogItem>());
        all.extend(fields::<catalog::Fees>());
        all.extend(fields::<catalog::FeeItem>());
    }
    #[cfg(feature = "conduct")]
    {
        use hall_rules::conduct::*;
        all.extend(fields::<input::ConductInput>());
        all.extend(fields::<input::StaffInput>());
        all.extend(fields::<input::UnitHeads>());
        all.extend(fields::<input::UnitInput>());
        all.extend(fields::<input::EventInput>());
        all.extend(fields::<input::Checklist>());
        all.extend(fields::<input::DeadlineLink>());
        all.extend(fields::<input::LinkedReport>());
        all.extend(fields::<period::MonthCards>());
        all.extend(fields::<period::CardSummary>());
        all.extend(fields::<ranking::RankingInput>());
        all.extend(fields::<ranking::WindowInput>());
    }
    #[cfg(feature = "supervision")]
    {
        use hall_rules::supervision::*;
        all.extend(fields::<bulletin::BulletinInput>());
        all.extend(fields::<bulletin::Person>());
        all.extend(fields::<bulletin::Inspection>());
        all.extend(fields::<bulletin::ConductItem>());
        all.extend(fields::<bulletin::OverdueItem>());
        all.extend(fields::<bulletin::ComplaintItem>());
        all.extend(fields::<onsite::HeadRecordsInput>());
        all.extend(fields::<onsite::HeadRecord>());
        all.extend(fields::<windows::WindowsInput>());
        all.extend(fields::<windows::WindowInput>());
        all.extend(fields::<windows::WindowEvent>());
        all.extend(fields::<windows::Ticket>());
        all.extend(fields::<complaints::FeedbackItem>());
        all.extend(fields::<complaints::Appeal>());
    }
    let missing: Vec<_> = all.iter().filter(|f| !ENGINE_FIELDS.contains(f)).collect();
    assert!(missing.is_empty(), "not in ENGINE_FIELDS: {missing:?}");
    assert!(
        ENGINE_FIELDS.windows(2).all(|w| w[0] < w[1]),
        "ENGINE_FIELDS must stay sorted"
    );
}

/// A masked echo of a bad value keeps its length and the place of every digit it shows: the
/// clerk reading the badge sees no digit the cell does not have.
#[test]
fn a_masked_echo_keeps_length_and_positions() {
    for (given, masked) in [
        ("17719146000001", "177*******0001"),
        ("13812345678 10:00", "138****5678 10:00"),
        ("2026-02-30 13812345678", "2026-02-30 138****5678"),
    ] {
        let r = assess(
            engine(),
            json!({ "id": "M", "category": "promised", "receivedAt": given }),
            "2026-03-02T10:00",
        );
        let message = r["findings"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(message.ends_with(masked), "{given:?} -> {message}");
        assert!(
            !message.contains("12345678") && !message.contains("9146000"),
            "{given:?} -> {message}"
        );
    }
}

/// Review of issue 17 (an independent reading of the built package), each finding fixed here.
#[test]
fn review_two_portal_fields_never_fight_over_one_engine_field() {
    // Two portal fields for one engine field are refused: which one counted depended on names.
    let err = engine_with(r#"{ "fieldMap": { "a": "concludedAt", "b": "concludedAt" } }"#)
        .err()
        .expect("refused");
    assert_eq!(err.code.as_str(), "invalid_config");
    // An empty portal field does not hide the record's own concludedAt: done on time, not red.
    let e = engine_with(r#"{ "fieldMap": { "a": "concludedAt" } }"#).unwrap();
    let r = assess(
        &e,
        json!({ "category": "promised", "receivedAt": "2026-03-02 10:00", "a": "", "concludedAt": "2026-03-04 09:00" }),
        "2026-03-10T10:00",
    );
    assert_eq!(r["status"], "done_on_time", "{r}");
}

#[test]
fn review_a_conclusion_after_now_is_not_assessed() {
    // A 14-digit time with a digit lost reads as epoch ms in 2034; a plain future time likewise.
    for concluded in ["2026030510000", "2026-03-09 10:00"] {
        let r = assess(
            engine(),
            json!({ "id": "F", "category": "promised", "receivedAt": "2026-03-02 10:00", "concludedAt": concluded }),
            "2026-03-06T10:00",
        );
        assert_eq!(r["status"], "invalid", "{concluded}: {r}");
        assert_eq!(r["card"], serde_json::Value::Null, "{concluded}: {r}");
        assert_eq!(r["findings"][0]["code"], "time_in_future", "{r}");
    }
}

#[test]
fn review_days_are_never_hours_and_unapproved_extensions_stay_out() {
    let hours =
        engine_with(r#"{ "ruleset": { "deadline": { "limitUnit": "working_hours" } } }"#).unwrap();
    let due = |e: &hall_rules::Engine, limit: serde_json::Value| {
        assess(
            e,
            json!({ "category": "promised", "receivedAt": "2026-03-02T09:00", "limit": limit }),
            "2026-03-02T10:00",
        )["dueAt"]
            .clone()
    };
    // 3天 is three working days whatever the bare unit; a bare 3 is three working hours there.
    assert_eq!(due(&hours, json!("3天")), due(engine(), json!("3个工作日")));
    assert_eq!(due(&hours, json!(3)), json!("2026-03-02T12:00:00+08:00"));
    assert_eq!(
        due(engine(), json!("３天")),
        due(engine(), json!("3个工作日"))
    );
    assert_eq!(
        due(engine(), json!("当天")),
        json!("2026-03-02T17:30:00+08:00")
    );
    // helper-91 (DL-5): an approver who says none in any brackets or quotes approves nothing.
    // helper-92: a stop or mark after it, 無, ~~.
    for none in [
        "〔无〕",
        "「无」",
        "『无』",
        "‘无’",
        "«无»",
        "无。",
        "空白",
        "无.",
        "无!",
        "無",
        "暫無",
        "~~",
        "〜〜",
        // helper-93: full-width tildes and quotes, an ellipsis, dashes of three.
        "～～",
        "～",
        "---",
        "———",
        "－－",
        "‑",
        "＂无＂",
        "无…",
        "无……",
    ] {
        let r = assess(
            engine(),
            json!({ "category": "licensing", "receivedAt": "2026-03-02 10:00",
                    "extension": { "approver": none, "reason": "情况复杂" } }),
            "2026-03-02T11:00",
        );
        let codes = r["findings"].to_string();
        assert!(codes.contains("extension_unapproved"), "{none}: {r}");
    }
    // Names with 中 or 尚 in them approve (张中华, 尚云).
    for name in ["张中华", "尚云"] {
        let r = assess(
            engine(),
            json!({ "category": "licensing", "receivedAt": "2026-03-02 10:00",
                    "extension": { "approver": name, "reason": "需现场核查" } }),
            "2026-03-02T11:00",
        );
        let codes = r["findings"].to_string();
        assert!(!codes.contains("extension_unapproved"), "{name}: {r}");
    }
    // Fifth review (DL-5): an approved extension beyond +10 is flagged as such, not as a
    // committed limit, and counted as approved (nobody is red-carded for the head's approval).
    let r = assess(
        engine(),
        json!({ "category": "licensing", "receivedAt": "2026-03-02 10:00",
                "extension": { "limit": 15, "approver": "局长", "reason": "需现场核查" } }),
        "2026-03-02T11:00",
    );
    let over = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "extension_over_statutory");
    let over = over.unwrap_or_else(|| panic!("{r}"));
    assert_eq!(
        (over["rule"].as_str(), over["path"].as_str()),
        (Some("DL-5"), Some("extension.limit"))
    );
    assert!(
        !over["message"].as_str().unwrap().contains("承诺时限"),
        "{over}"
    );
    let unextended = assess(
        engine(),
        json!({ "category": "licensing", "receivedAt": "2026-03-02 10:00", "limit": 35 }),
        "2026-03-02T11:00",
    );
    assert_eq!(r["dueAt"], unextended["dueAt"], "20 + 15 working days");
    // Fifth review: zero working hours is 即办 (closing time that day), never a red card at
    // receipt (counted as office minutes it ended where the day before closed).
    assert_eq!(
        due(&hours, json!("0小时")),
        json!("2026-03-02T17:30:00+08:00")
    );
    assert_eq!(due(&hours, json!(0)), json!("2026-03-02T17:30:00+08:00"));
    let r = assess(
        engine(),
        json!({ "category": "promised", "receivedAt": "2026-03-02T09:00", "limit": "0小时" }),
        "2026-03-02T09:00",
    );
    assert_eq!(
        (r["status"].as_str(), r["card"].as_str()),
        (Some("on_track"), Some("green")),
        "{r}"
    );
    // DL-5: an approver or reason written as 无 is not given; the extension is not applied.
    // Fifth review: words that say approval was not given count the same.
    for none in [
        "无",
        "暂无",
        "null",
        "-",
        "未批准",
        "拒绝",
        "待定",
        "（无）",
        "not approved",
        "TBD",
        "？",
        "0",
        // Second review: any negation in an approver's entry.
        "尚未批准",
        "未审批",
        "审批中",
        "未同意",
        "撤回",
        "局长（未签字）",
        "false",
    ] {
        let r = assess(
            engine(),
            json!({ "category": "licensing", "receivedAt": "2026-03-02 10:00",
                    "extension": { "approver": none, "reason": "需现场核查" } }),
            "2026-04-01T10:00",
        );
        assert_eq!(r["status"], "overdue", "{none}: {r}");
        // The entry is no name: the engine's own words stay whole (批准人, not 批*人).
        assert!(r.to_string().contains("批准人"), "{none}: {r}");
        assert!(
            r["findings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["code"] == "extension_unapproved"),
            "{r}"
        );
    }
}

#[test]
fn review_readings_that_were_too_lenient_or_too_strict() {
    // 12 digits are a compact date and time only; epoch ms as text has 13.
    assert!(parse_instant("999999999999", "t").is_err());
    // No offset beyond ±14:00.
    assert!(parse_instant("2026-02-12T10:00+15:00", "t").is_err());
    assert_eq!(iso("2026-02-12T10:00+14:00"), "2026-02-12T04:00:00+08:00");
    // valueMap keys and values compare trimmed.
    let e = engine_with(r#"{ "valueMap": { "concludedAt": { " 未办结 ": null } } }"#).unwrap();
    let r = assess(
        &e,
        json!({ "category": "promised", "receivedAt": "2026-03-02 10:00", "concludedAt": "未办结 " }),
        "2026-03-03T10:00",
    );
    assert_eq!(r["status"], "on_track", "{r}");
    // A number is echoed with the digits it has: 1.5, not 1.500.
    let r = assess(
        engine(),
        json!({ "id": "N", "category": "promised", "receivedAt": "2026-03-02 10:00", "limit": 1.5 }),
        "2026-03-03T10:00",
    );
    assert!(
        r["findings"][0]["message"]
            .as_str()
            .unwrap()
            .ends_with("1.5"),
        "{r}"
    );
}

#[test]
fn review_masked_numbers_keep_their_shape() {
    use hall_rules::report::mask::mask_numbers;
    assert_eq!(mask_numbers("电话 138 1234 5678。"), "电话 138 **** 5678。");
    assert_eq!(mask_numbers("(010)12345678"), "(010)****5678");
    assert_eq!(mask_numbers("11010519491231002x"), "110105********002x");
    assert_eq!(mask_numbers("１３８１２３４５６７８"), "１３８****５６７８");
    // A colon between groups is a time only as H:MM or HH:MM[:SS] (the privacy property test).
    assert_eq!(mask_numbers("电话 17:719:859:235"), "电话 17:7**:**9:235");
    assert_eq!(
        mask_numbers("开会 09:00:00 至 17:30"),
        "开会 09:00:00 至 17:30"
    );
    for text in ["电话 138 1234 5678。", "(010)12345678", "139-1234-5678"] {
        assert_eq!(
            mask_numbers(text).chars().count(),
            text.chars().count(),
            "{text}"
        );
    }
}

/// The privacy review of the built package (issue 18): separators, digit forms and paths that
/// let a number through. Each must leave at most the first three and last four digits.
#[test]
fn review18_numbers_in_every_separator_and_script_are_masked() {
    use hall_rules::report::mask::mask_numbers;
    let visible = |s: &str| {
        let digits: String = s
            .chars()
            .filter(|c| {
                c.is_ascii_digit() || c.is_numeric() || "〇一二兩三叄四五六七八九◯".contains(*c)
            })
            .collect();
        digits.chars().count()
    };
    for sep in [
        "*",
        "＊",
        ";",
        "；",
        "=",
        "〜",
        "$",
        "⸺",
        "﹘",
        "∙",
        "×",
        "→",
        "\u{0}",
        "\u{7f}",
        "\u{85}",
        "\u{2800}",
        "\u{E0041}",
    ] {
        for text in [
            format!("138{sep}1234{sep}5678"),
            format!("110105{sep}19491231{sep}002X"),
        ] {
            let out = mask_numbers(&text);
            assert!(visible(&out) <= 10, "{text:?} -> {out:?}");
            assert!(
                out.contains('*') && !out.contains("1234") && !out.contains("19491231"),
                "{text:?} -> {out:?}"
            );
        }
    }
    for text in [
        "一三八一兩三四五六七八",
        "壹叄捌壹贰叄肆伍陆柒捌",
        "〡〣〨〡〢〣〤〥〦〧〨",
        "㊀㊂㊇㊀㊁㊂㊃㊄㊅㊆㊇",
        "㈠㈢㈧㈠㈡㈢㈣㈤㈥㈦㈧",
        "ⅠⅢⅧⅠⅡⅢⅣⅤⅥⅦⅧ",
        "𞥑𞥓𞥘𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘",
        "一一◯一◯五一九四九一二三一◯◯二X",
    ] {
        let out = mask_numbers(text);
        assert!(out.matches('*').count() >= 4, "{text} -> {out}");
    }
    // Masked output is never masked again.
    let once = mask_numbers("138*1234*5678 与 13812345678");
    assert_eq!(mask_numbers(&once), once);
    // A key the record gave, in a finding's path, is masked like its message.
    let r = assess(
        engine(),
        json!({ "id": "K", "category": "promised", "receivedAt": "2026-03-02 09:00",
                "limit": { "value": 3, "unit": "working_days", "13812345678": 1 } }),
        "2026-03-03T10:00",
    );
    let shown = r.to_string();
    assert!(
        !shown.contains("13812345678") && shown.contains("138****5678"),
        "{shown}"
    );
}

/// The privacy review (issue 18): names given anywhere in a batch, or in a record that could not
/// be read, are masked wherever they are echoed; a one-character name shows nothing.
#[cfg(feature = "validation")]
#[test]
fn review18_names_across_a_batch_and_in_unreadable_records() {
    let now = instant(&json!("2026-03-10T10:00"));
    let base = json!({ "category": "promised", "receivedAt": "2026-03-02 09:00", "acceptedAt": "2026-03-02 09:30" });
    let mut a = base.clone();
    a["id"] = json!("A");
    a["applicant"] = json!({ "name": "曹操" });
    let mut b = base.clone();
    b["id"] = json!("B");
    b["firstReceiver"] = json!("孔明");
    b["outcome"] = json!("x曹操孔明");
    let (results, _) =
        engine().validate_cases_json(vec![Ok(a.to_string()), Ok(b.to_string())], now);
    let shown = serde_json::to_string(&results).unwrap();
    assert!(
        !shown.contains("曹操") && !shown.contains("孔明"),
        "{shown}"
    );
    assert!(shown.contains("曹*"), "{shown}");
    // A record that cannot be read: the type error quotes a value that is a name it gives.
    let mut c = base.clone();
    c["applicant"] = json!({ "name": "杨丽丽" });
    c["handovers"] = json!("杨丽丽");
    let v = engine().validate_case_json(Ok(&c.to_string()), now);
    let shown = serde_json::to_string(&v).unwrap();
    // The text where a list stands is not echoed at all (helper-78), masked or not.
    assert!(
        !v.valid && !shown.contains("杨丽丽") && shown.contains("实际为字符串"),
        "{shown}"
    );
    assert_eq!(hall_rules::report::mask::mask_name("李"), "*");
}

/// An extension's approver is a person: a step named after them shows the name masked.
#[test]
fn review18_the_approver_is_masked_in_step_names() {
    let r = assess(
        engine(),
        json!({ "id": "X", "category": "licensing", "receivedAt": "2026-03-02 10:00",
                "extension": { "approver": "吴建国", "reason": "需现场核查" },
                "steps": [{ "name": "吴建国审批", "limit": 1, "startedAt": "2026-03-02 10:00" }] }),
        "2026-03-20T10:00",
    );
    let shown = r.to_string();
    assert!(
        !shown.contains("吴建国") && shown.contains("吴**审批"),
        "{shown}"
    );
}

/// helper-43: a comparison sign stands between two numbers, never inside one: the engine's
/// own `1000 > 100` read `***0 > 100`.
#[test]
fn a_comparison_sign_parts_two_numbers() {
    use hall_rules::report::mask::mask_numbers;
    assert_eq!(
        mask_numbers("次数超过上限（1000 > 100）"),
        "次数超过上限（1000 > 100）"
    );
    assert_eq!(mask_numbers("≤ 13800138000"), "≤ 138****8000");
}

/// helper-43: a record given as a list is no record: read field by field in order it was a
/// red-card case whose id was a name.
#[test]
fn a_record_given_as_a_list_is_invalid() {
    let e = engine();
    let list = json!(["王建国", "promised", "2026-03-02T10:00"]).to_string();
    let now = instant(&json!("2026-03-20T10:00"));
    let r = e.assess_deadline_json(Ok(&list), now);
    assert_eq!(r.status, Status::Invalid, "{r:?}");
    assert_eq!(r.id, None);
    #[cfg(feature = "validation")]
    {
        let v = e.validate_case_json(Ok(&list), now);
        assert_eq!(v.findings[0].code, "invalid_record", "{v:?}");
    }
}

/// A record nested in a record (a pause, an extension, a setting's group) given as a list is
/// no record either: read field by field in order, `["2026-03-03T09:00", "2026-03-05T09:00",
/// "supplement"]` had been a pause that stopped the clock. It is refused at its path,
/// as any value of the wrong type is.
#[test]
fn a_nested_record_given_as_a_list_is_refused_at_its_path() {
    let e = engine();
    let now = instant(&json!("2026-03-20T10:00"));
    for (record, path) in [
        (
            json!({ "id": "A1", "category": "promised", "receivedAt": "2026-03-02T10:00",
                    "pauses": [["2026-03-03T09:00", "2026-03-05T09:00", "supplement"]] }),
            "pauses[0]",
        ),
        (
            json!({ "id": "A2", "category": "promised", "receivedAt": "2026-03-02T10:00",
                    "extension": [5, "working_days", "吴建国"] }),
            "extension",
        ),
        // Read in order, this step had been overdue, and the case with it (a red card).
        (
            json!({ "id": "A4", "category": "promised", "receivedAt": "2026-03-02T10:00",
                    "steps": [["审核", 1, "2026-03-02T10:00"]] }),
            "steps[0]",
        ),
    ] {
        let r = e.assess_deadline_json(Ok(&record.to_string()), now);
        assert_eq!(r.status, Status::Invalid, "{r:?}");
        assert_eq!(r.findings.len(), 1, "{r:?}");
        assert_eq!(r.findings[0].path, path, "{r:?}");
        assert!(
            r.findings[0].message.contains("应为对象，实际为数组"),
            "{r:?}"
        );
        // The name the list held is still masked in what the report echoes (CASE-7).
        assert!(!format!("{r:?}").contains("吴建国"), "{r:?}");
    }
    // The same object reads: only the list is refused.
    let pause = json!({ "id": "A3", "category": "promised", "receivedAt": "2026-03-02T10:00",
        "pauses": [{ "from": "2026-03-03T09:00", "to": "2026-03-05T09:00", "reason": "supplement" }] });
    let r = e.assess_deadline_json(Ok(&pause.to_string()), now);
    // Read, with no finding on the pause.
    assert_ne!(r.status, Status::Invalid, "{r:?}");
    assert!(r.findings.iter().all(|f| f.path != "pauses[0]"), "{r:?}");
    // A setting's group given as a list is a config error at its path.
    let config = json!({ "ruleset": { "deadline": [3, 5] } }).to_string();
    let err = hall_rules::Engine::from_json(&config)
        .map(|_| ())
        .unwrap_err();
    assert_eq!(err.path, "config.ruleset.deadline", "{err:?}");
}

/// DL-7 (helper-74): through a field map, a portal's list given as no list (`zt: {ks: …}` where
/// the map reads `zt[].ks`) is refused at the portal's path; it had been left behind unread,
/// and the pause it gave stopped nothing: a red card with no finding. An empty text is no list.
#[test]
fn a_mapped_list_given_as_no_list_is_refused_at_the_portals_path() {
    let config = json!({ "fieldMap": { "bh": "id", "lx": "category", "sj": "receivedAt",
        "zt[].ks": "pauses[].from", "zt[].js": "pauses[].to", "zt[].yy": "pauses[].reason" } });
    let e = hall_rules::Engine::from_json(&config.to_string()).unwrap();
    let now = instant(&json!("2026-03-20T10:00"));
    let pause = json!({ "ks": "2026-03-03T09:00", "js": "2026-03-19T09:00", "yy": "supplement" });
    let record = |zt: serde_json::Value| {
        json!({ "bh": "Z1", "lx": "promised", "sj": "2026-03-02T09:00", "zt": zt }).to_string()
    };
    for zt in [pause.clone(), json!("2026-03-03T09:00"), json!(7)] {
        let r = e.assess_deadline_json(Ok(&record(zt)), now);
        assert_eq!(r.status, Status::Invalid, "{r:?}");
        assert_eq!(r.id.as_deref(), Some("Z1"), "{r:?}");
        assert_eq!(r.findings[0].path, "zt", "{r:?}");
    }
    // As a list it is read: the supplement stopped the clock, the case is not overdue.
    let r = e.assess_deadline_json(Ok(&record(json!([pause]))), now);
    assert!(r.findings.iter().all(|f| f.rule != "DL-9"), "{r:?}");
    assert!(
        matches!(r.status, Status::OnTrack | Status::Warning),
        "{r:?}"
    );
    for absent in [json!(""), json!(null)] {
        let r = e.assess_deadline_json(Ok(&record(absent)), now);
        assert_ne!(r.status, Status::Invalid, "{r:?}");
    }
}

/// DL-8, DL-9 (helper-74): a field given under the portal's name and under the engine's with
/// two values is refused as given twice, at the portal's path; the portal's had silently won,
/// and a case concluded on 4 March was late (19 March) and red. The same value twice, once in
/// the portal's code and once in the engine's word, is one value.
#[test]
fn a_field_given_twice_with_two_values_is_refused() {
    let config = json!({ "fieldMap": { "bh": "id", "lx": "category", "sj": "receivedAt",
        "bjsj": "concludedAt" }, "valueMap": { "category": { "1": "promised" } } });
    let e = hall_rules::Engine::from_json(&config.to_string()).unwrap();
    let now = instant(&json!("2026-03-20T10:00"));
    let base = json!({ "bh": "T1", "lx": "1", "sj": "2026-03-02T09:00", "limit": 15 });
    let with = |extra: serde_json::Value| {
        let mut r = base.clone();
        r.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        r.to_string()
    };
    let r = e.assess_deadline_json(
        Ok(&with(
            json!({ "concludedAt": "2026-03-04T10:00", "bjsj": "2026-03-19T10:00" }),
        )),
        now,
    );
    assert_eq!(r.status, Status::Invalid, "{r:?}");
    assert_eq!(r.card, None, "{r:?}");
    assert_eq!(r.id.as_deref(), Some("T1"), "{r:?}");
    assert_eq!(r.findings[0].path, "bjsj", "{r:?}");
    assert!(r.findings[0].message.contains("重复"), "{r:?}");
    // One value under both names; the engine's word beside the portal's code for it.
    for extra in [
        json!({ "concludedAt": "2026-03-04T10:00", "bjsj": "2026-03-04T10:00" }),
        json!({ "category": "promised", "bjsj": "2026-03-04T10:00" }),
        json!({ "concludedAt": null, "bjsj": "2026-03-04T10:00" }),
    ] {
        let r = e.assess_deadline_json(Ok(&with(extra)), now);
        assert_eq!(r.status, Status::DoneOnTime, "{r:?}");
    }
}

/// CASE-1 (helper-75): through a field map, an element of a mapped list that is no record (a
/// list, a text, a number, `null`) is refused at the portal's path; read as an empty record it
/// had been an incomplete handover, an error against the case.
#[test]
fn a_mapped_list_element_given_as_no_record_is_refused_at_the_portals_path() {
    let config = json!({ "fieldMap": { "bh": "id",
        "zt[].ks": "pauses[].from", "zt[].js": "pauses[].to", "zt[].yy": "pauses[].reason",
        "jj[].yj": "handovers[].from", "jj[].js": "handovers[].to", "jj[].sj": "handovers[].at" } });
    let e = hall_rules::Engine::from_json(&config.to_string()).unwrap();
    let now = instant(&json!("2026-03-20T10:00"));
    // Every engine path under the lists is given in the portal's names, as far as the map
    // names it (helper-75: a pause's notice was `pauses[0].notifiedAt`).
    let map = e.field_map();
    assert_eq!(map.portal_path("pauses[2].from"), "zt[2].ks");
    assert_eq!(map.portal_path("pauses[2]"), "zt[2]");
    assert_eq!(map.portal_path("pauses"), "zt");
    assert_eq!(map.portal_path("pauses[2].notifiedAt"), "zt[2].notifiedAt");
    assert_eq!(map.portal_path("handovers[1].at"), "jj[1].sj");
    assert_eq!(map.portal_path("steps[0].name"), "steps[0].name");
    let pause = json!({ "ks": "2026-03-03T09:00", "js": "2026-03-05T09:00", "yy": "supplement" });
    for bad in [json!(["李四"]), json!("李四"), json!(5), json!(null)] {
        let record = json!({ "bh": "H1", "category": "promised", "receivedAt": "2026-03-02T09:00",
            "zt": [pause.clone(), bad] });
        let r = e.assess_deadline_json(Ok(&record.to_string()), now);
        assert_eq!(r.status, Status::Invalid, "{r:?}");
        assert_eq!(r.findings.len(), 1, "{r:?}");
        assert_eq!(r.findings[0].path, "zt[1]", "{r:?}");
        // The error says what stands there (helper-76: every such element had read `null`).
        let message = &r.findings[0].message;
        assert_eq!(message.contains("null"), bad.is_null(), "{r:?}");
        assert!(!format!("{r:?}").contains("李四"), "{r:?}");
    }
    // A text where a record stands is not echoed: most often it is a person given by name,
    // which no name key marks for the masker (helper-77), mapped or not.
    #[cfg(feature = "validation")]
    for (list, bad) in [
        ("jj", json!(["李四"])),
        ("jj", json!(null)),
        ("jj", json!("李四")),
        ("handovers", json!("李四")),
    ] {
        let record = json!({ "bh": "H2", "category": "promised", "receivedAt": "2026-03-02T09:00",
            list: [bad] });
        let v = e.validate_case_json(Ok(&record.to_string()), now);
        assert!(
            v.findings.iter().all(|f| f.code != "handover_incomplete"),
            "{v:?}"
        );
        // Paths are in the portal's names, also where the engine's were given.
        assert_eq!(v.findings[0].path, "jj[0]", "{v:?}");
        assert!(!format!("{v:?}").contains("李四"), "{v:?}");
    }
    // Nor a text where a list stands (helper-78: `handovers: "李四"`, `pauses: "欧阳娜娜"`).
    for (list, path) in [
        ("jj", "jj"),
        ("handovers", "jj"),
        ("pauses", "zt"),
        ("steps", "steps"),
    ] {
        let record = json!({ "bh": "H3", "category": "promised", "receivedAt": "2026-03-02T09:00",
            list: "欧阳娜娜" });
        let r = e.assess_deadline_json(Ok(&record.to_string()), now);
        #[cfg(feature = "validation")]
        let r = (r, e.validate_case_json(Ok(&record.to_string()), now));
        let shown = format!("{r:?}");
        assert!(!shown.contains("欧阳娜娜"), "{shown}");
        assert!(shown.contains(path), "{shown}");
    }
}

/// A batch's JSON text is split into its records by nesting and strings alone: brackets,
/// commas and escaped quotes inside texts split nothing, and a text that is not a compact
/// array is not split (each record is then encoded alone).
#[test]
fn a_batch_text_is_split_into_its_records() {
    use hall_rules::json_path::array_element_spans;
    let text = r#"[{"id":"a]b,c","note":"\"}{["},[1,[2]],"x\\",null,{}]"#;
    let parts: Vec<&str> = array_element_spans(text)
        .unwrap()
        .iter()
        .map(|&(a, b)| &text[a..b])
        .collect();
    assert_eq!(
        parts,
        [
            r#"{"id":"a]b,c","note":"\"}{["}"#,
            "[1,[2]]",
            r#""x\\""#,
            "null",
            "{}"
        ]
    );
    assert_eq!(array_element_spans("[]"), Some(vec![]));
    assert_eq!(array_element_spans("[7]"), Some(vec![(1, 2)]));
    for bad in [
        "", "{}", "[", "[1,]", "[,1]", "[1]]", "[1] ", "[{]", "[}]", r#"["a]"#, "[1][2]",
    ] {
        assert_eq!(array_element_spans(bad), None, "{bad}");
    }
}

/// DL-8, CASE-5 (helper-75 #12, helper-74 #5): a key that is a record's field written otherwise
/// (a trailing or invisible space, full-width letters, another case, `_`) is refused at that
/// key. It had been ignored as a field of the portal's own: `"concludedAt "` left a case
/// concluded in time open and overdue, a red card. Keys that are no field stay ignored.
#[test]
fn a_field_written_otherwise_is_refused_at_its_key() {
    let e = engine();
    let now = "2026-03-20T10:00";
    let base = json!({ "id": "W1", "category": "promised", "receivedAt": "2026-03-02T10:00" });
    for key in [
        "concludedAt ",
        " concludedAt",
        "concluded\u{200B}At",
        "concludedAt\u{FEFF}",
        "concluded\u{00A0}At",
        "concluded\u{3000}At",
        "ｃｏｎｃｌｕｄｅｄＡｔ",
        "ConcludedAt",
        "concludedat",
        "concluded_at",
        "CONCLUDED-AT",
        // Keys JSON writes with escapes, which the parser hands over as a copy.
        "concludedAt\t",
        "concluded\nAt",
        // Marks that show nothing (helper-78): direction marks, NUL, a variation selector, a
        // Hangul filler, a tag.
        "concluded\u{2066}At",
        "concluded\u{202A}At",
        "concluded\u{0}At",
        "concluded\u{FE0F}At",
        "concluded\u{3164}At",
        "concludedAt\u{E0020}",
        // helper-79: a leading `_`, dashes other than `-`, Khmer vowels that show nothing.
        "_concludedAt",
        "concluded\u{2013}at",
        "concluded\u{2212}at",
        "concluded\u{17B4}At",
    ] {
        let mut record = base.clone();
        record[key] = json!("2026-03-04T10:00");
        let r = assess(e, record, now);
        assert_eq!(r["status"], "invalid", "{key:?}: {r}");
        assert_eq!(r["id"], "W1", "{key:?}: {r}");
        let finding = &r["findings"][0];
        // The path is the key as the record's text writes it (escapes as written).
        let written = serde_json::to_string(key).unwrap();
        assert_eq!(
            finding["path"],
            written[1..written.len() - 1],
            "{key:?}: {r}"
        );
        let message = finding["message"].as_str().unwrap();
        assert!(message.contains("的另一种写法"), "{key:?}: {r}");
        assert!(
            message.contains("请写作“concludedAt”"),
            "{key:?}: {message}"
        );
        // Marks that cannot be seen are shown by their code point.
        if key.contains('\u{200B}') {
            assert!(message.contains("concluded[U+200B]At"), "{r}");
        }
    }
    // Nested records too: a pause's `from` written ` from`.
    let mut record = base.clone();
    record["pauses"] = json!([{ " from": "2026-03-03T09:00", "to": "2026-03-05T09:00",
        "reason": "supplement" }]);
    let r = assess(e, record, now);
    assert_eq!(r["status"], "invalid", "{r}");
    assert_eq!(r["findings"][0]["path"], "pauses[0]. from", "{r}");
    // In English the detail says which field it is.
    let en = engine_with(r#"{ "locale": "en" }"#).unwrap();
    let mut record = base.clone();
    record["concludedAt "] = json!("2026-03-04T10:00");
    let r = assess(&en, record, now);
    let message = r["findings"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("`concludedAt` written with other"),
        "{message}"
    );
    // A field written with an escape (`\u0063`) is the field itself.
    let text = r#"{"id":"W1","category":"promised","receivedAt":"2026-03-02T10:00","\u0063oncludedAt":"2026-03-04T10:00"}"#;
    let r = e.assess_deadline_json(Ok(text), instant(&json!(now)));
    assert_eq!(r.status, Status::DoneOnTime, "{r:?}");
    // The portal's own keys, in any script, stay ignored, and so do the engine's real aliases.
    let mut record = base.clone();
    record["concludedAt"] = json!("2026-03-04T10:00");
    for key in [
        "办结时间",
        "concluded",
        "concludedAtLocal",
        "remark_1",
        "ＩＤ号",
        "__proto__",
        // An id written otherwise is one of the portal's own (`_id` of a MongoDB export, a
        // database's `ID`): an id judges no one (helper-78, helper-79).
        "_id",
        "ID",
        "Id",
    ] {
        record[key] = json!("x");
    }
    let r = assess(e, record, now);
    assert_ne!(r["status"], "invalid", "{r}");
}

/// DL-8, CASE-5: through a field map, a portal's name written otherwise (`"bjsj "` for `bjsj`,
/// `BJSJ`, `ｂｊｓｊ`) is refused at that key, as an engine name written otherwise is: it had
/// been kept as a field of the portal's own and ignored, and the case read as open, and red.
/// The engine's own names and the portal's other fields are read or ignored as before.
#[test]
fn a_portal_name_written_otherwise_is_refused_at_its_key() {
    let config = json!({ "fieldMap": { "bh": "id", "lx": "category", "sj": "receivedAt",
        "bjsj": "concludedAt", "zt[].ks": "pauses[].from", "zt[].js": "pauses[].to" } });
    let e = hall_rules::Engine::from_json(&config.to_string()).unwrap();
    let base = json!({ "bh": "P1", "lx": "promised", "sj": "2026-03-02T10:00" });
    for key in ["bjsj ", "BJSJ", "ｂｊｓｊ", "bj_sj", "bj\u{200B}sj", "ZT"] {
        let mut record = base.clone();
        record[key] = json!("2026-03-04T10:00");
        let r = assess(&e, record, "2026-03-20T10:00");
        assert_eq!(r["status"], "invalid", "{key:?}: {r}");
        assert_eq!(r["id"], "P1", "{key:?}: {r}");
        let finding = &r["findings"][0];
        assert_eq!(finding["path"], key, "{key:?}: {r}");
        let message = finding["message"].as_str().unwrap();
        assert!(message.contains("的另一种写法"), "{key:?}: {message}");
    }
    // Inside a portal's list and a portal's record too (helper-78: a pause's `"yy "` had lost
    // its reason, `KS` its start).
    let config = json!({ "fieldMap": { "bh": "id", "lx": "category", "sj": "receivedAt",
        "zt[].ks": "pauses[].from", "zt[].js": "pauses[].to", "zt[].yy": "pauses[].reason",
        "sqr.xm": "applicant.name" } });
    let mapped = hall_rules::Engine::from_json(&config.to_string()).unwrap();
    let pause = json!({ "ks": "2026-03-03T09:00", "js": "2026-03-05T09:00", "yy": "supplement" });
    for (key, inside, path) in [
        ("yy ", "zt", "zt[1].yy "),
        ("KS", "zt", "zt[1].KS"),
        ("ｘｍ", "sqr", "sqr.ｘｍ"),
    ] {
        let mut record = base.clone();
        let mut element = pause.clone();
        let given = element
            .as_object_mut()
            .unwrap()
            .remove(key.trim().to_lowercase().as_str());
        element[key] = given.unwrap_or(json!("王小明"));
        record[inside] = match inside {
            "zt" => json!([pause.clone(), element]),
            _ => json!({ key: "王小明" }),
        };
        let r = assess(&mapped, record, "2026-03-20T10:00");
        assert_eq!(r["status"], "invalid", "{key:?}: {r}");
        assert_eq!(r["findings"][0]["path"], path, "{key:?}: {r}");
        assert!(!r.to_string().contains("王小明"), "{r}");
    }
    // A key of its own that starts with `_` (a MongoDB export's `_id`) is no field's.
    let mut record = base.clone();
    record["_id"] = json!("65f0c2");
    record["_bh"] = json!("x");
    let r = assess(&mapped, record, "2026-03-20T10:00");
    assert_ne!(r["status"], "invalid", "{r}");
    // The engine's own name, the portal's name itself and other keys read as before.
    let mut record = base.clone();
    record["concludedAt"] = json!("2026-03-04T10:00");
    record["办结说明"] = json!("按时");
    record["bjsjsm"] = json!("x");
    let r = assess(&e, record, "2026-03-20T10:00");
    assert_eq!(r["status"], "done_on_time", "{r}");
    let mut record = base.clone();
    record["bjsj"] = json!("2026-03-04T10:00");
    let r = assess(&e, record, "2026-03-20T10:00");
    assert_eq!(r["status"], "done_on_time", "{r}");
}

/// CASE-7 (helper-78): a name under a name key written otherwise (`applicant_name`, `Clerk`,
/// `"clerk "`, an applicant's `Name`) is a name all the same, masked wherever the record
/// echoes it; and an applicant's keys written otherwise are refused as any record's are.
#[cfg(feature = "validation")]
#[test]
fn names_under_keys_written_otherwise_are_masked() {
    let e = engine();
    let now = instant(&json!("2026-03-20T10:00"));
    let base = json!({ "id": "N1", "category": "promised", "receivedAt": "2026-03-02T09:00",
        "acceptedAt": "2026-03-02T09:10", "concludedAt": "2026-03-04T10:00",
        "firstReceiver": "张三" });
    for key in [
        "applicant_name",
        "ApplicantName",
        "Clerk",
        "clerk ",
        "CLERK",
    ] {
        let mut record = base.clone();
        record[key] = json!("王小明");
        record["outcome"] = json!("王小明说不办了");
        let v = e.validate_case_json(Ok(&record.to_string()), now);
        let shown = format!("{v:?}");
        assert!(!shown.contains("王小明"), "{key:?}: {shown}");
        assert!(shown.contains("王**"), "{key:?}: {shown}");
    }
    let mut record = base.clone();
    record["applicant"] = json!({ "name": "王五", "IdNumber": "110101199003070000" });
    let v = e.validate_case_json(Ok(&record.to_string()), now);
    assert!(!v.valid, "{v:?}");
    assert_eq!(v.findings[0].path, "applicant.IdNumber", "{v:?}");
    assert!(!format!("{v:?}").contains("王五"), "{v:?}");
}

/// DL-7, CASE-1, CASE-4, CASE-7 (helper-79): what a portal's list element or record keeps
/// after the field map took its fields is moved to the engine's element or record, as the
/// record's own top-level members are: an engine name there is read (a pause's `reason` had
/// been dropped: `pause_reason_missing` and a red card), one written otherwise is refused, two
/// values under both names are given twice and refused, and a mapped applicant's other members
/// (`name`, `idNumber`) are read, checked and masked.
#[test]
fn members_left_in_a_mapped_list_or_record_are_read_under_their_names() {
    let config = json!({ "fieldMap": { "ywh": "id", "slsj": "receivedAt",
        "zt[].ks": "pauses[].from", "zt[].js": "pauses[].to", "zt[].yy": "pauses[].reason",
        "zt[].gzsj": "pauses[].notifiedAt", "sqr.xm": "applicant.name",
        "sqr.zjhm": "applicant.idNumber" } });
    let e = hall_rules::Engine::from_json(&config.to_string()).unwrap();
    let now = "2026-03-20T10:00";
    let base = json!({ "ywh": "A", "category": "promised", "slsj": "2026-03-02T09:00" });
    let pause = |extra: serde_json::Value| {
        let mut p = json!({ "ks": "2026-03-03 10:00", "js": "2026-03-19 10:00",
            "gzsj": "2026-03-03 10:00" });
        for (k, v) in extra.as_object().unwrap() {
            p[k] = v.clone();
        }
        let mut record = base.clone();
        record["zt"] = json!([p]);
        assess(&e, record, now)
    };
    let read = pause(json!({ "yy": "补正材料" }));
    assert_eq!(read["card"], "green", "{read}");
    // The engine's own name inside the portal's element is read as the portal's is.
    let r = pause(json!({ "reason": "补正材料" }));
    assert_eq!(r["card"], "green", "{r}");
    assert_eq!(r["dueAt"], read["dueAt"], "{r}");
    // Written otherwise: refused at the portal's path.
    let r = pause(json!({ "Reason": "补正材料" }));
    assert_eq!(r["status"], "invalid", "{r}");
    assert_eq!(r["findings"][0]["path"], "zt[0].Reason", "{r}");
    // Two values under both names: given twice, refused; the same value twice is one.
    let r = pause(json!({ "yy": "开会", "reason": "补正材料" }));
    assert_eq!(r["status"], "invalid", "{r}");
    let r = pause(json!({ "js": "2026-03-04 10:00", "to": "2026-03-19 10:00", "yy": "补正材料" }));
    assert_eq!(r["status"], "invalid", "{r}");
    let r = pause(json!({ "yy": "补正材料", "reason": "补正材料" }));
    assert_eq!(r["card"], "green", "{r}");
    #[cfg(feature = "validation")]
    {
        let at = instant(&json!(now));
        let mut record = base.clone();
        record["category"] = json!("欧阳娜娜件");
        record["sqr"] = json!({ "name": "欧阳娜娜" });
        let v = e.validate_case_json(Ok(&record.to_string()), at);
        let shown = format!("{v:?}");
        assert!(!shown.contains("欧阳娜娜"), "{shown}");
        let mut record = base.clone();
        record["sqr"] = json!({ "xm": "李四", "idNumber": "110105194912310021" });
        let v = e.validate_case_json(Ok(&record.to_string()), at);
        assert!(v.findings.iter().any(|f| f.code == "id_checksum"), "{v:?}");
        // A portal record with nothing in it makes no engine record.
        let mut empty = base.clone();
        empty["sqr"] = json!({});
        let v = e.validate_case_json(Ok(&empty.to_string()), at);
        let none = e.validate_case_json(Ok(&base.to_string()), at);
        assert_eq!(format!("{v:?}"), format!("{none:?}"));
    }
}

/// CASE-4, CASE-5, CASE-7 (helper-80): a portal record the map reads (`sqr.xm`) given as no
/// record is moved as it is and read or refused where the engine's record stands: a text is
/// the applicant's name (masked), a list, a number or `true` is refused; it had been left
/// unread (the ID never checked, the case valid) and the name given so echoed unmasked.
#[cfg(feature = "validation")]
#[test]
fn a_mapped_record_given_as_no_record_is_read_or_refused() {
    let config = json!({ "fieldMap": { "ywh": "id", "bjlx": "category", "slsj": "receivedAt",
        "scr": "firstReceiver", "bjjg": "outcome",
        "sqr.xm": "applicant.name", "sqr.sfzh": "applicant.idNumber",
        "jj[].yjr": "handovers[].from", "jj[].jsr": "handovers[].to", "jj[].sj": "handovers[].at" } });
    let e = hall_rules::Engine::from_json(&config.to_string()).unwrap();
    let now = instant(&json!("2026-03-20T10:00"));
    let base = json!({ "ywh": "RS-2", "bjlx": "promised", "slsj": "2026-03-02 09:00",
        "scr": "李建国" });
    for bad in [
        json!([{ "xm": "欧阳娜娜", "zjhm": "110105194912310021" }]),
        json!(5),
        json!(true),
    ] {
        let mut record = base.clone();
        record["sqr"] = bad.clone();
        let v = e.validate_case_json(Ok(&record.to_string()), now);
        assert!(!v.valid, "{bad}: {v:?}");
        assert_eq!(v.findings[0].code, "invalid_record", "{bad}: {v:?}");
        assert!(v.findings[0].path.starts_with("sqr"), "{bad}: {v:?}");
        assert!(!format!("{v:?}").contains("欧阳娜娜"), "{v:?}");
    }
    let mut record = base.clone();
    record["sqr"] = json!("欧阳娜娜");
    record["bjjg"] = json!("欧阳娜娜");
    let v = e.validate_case_json(Ok(&record.to_string()), now);
    let shown = format!("{v:?}");
    assert!(!shown.contains("欧阳娜娜"), "{shown}");
    assert!(shown.contains("欧***"), "{shown}");
    // The text is the name, though `sqr.sfzh` sorts first in the map (helper-81: it had been
    // read as an ID number, a false CASE-4 finding).
    assert!(v.findings.iter().all(|f| f.rule != "CASE-4"), "{shown}");
    // A handover's receiver given twice is said as a field, not as an end time.
    let mut record = base.clone();
    record["jj"] = json!([{ "yjr": "李建国", "jsr": "欧阳娜娜", "sj": "2026-03-03 10:00",
        "to": "司马相如" }]);
    let v = e.validate_case_json(Ok(&record.to_string()), now);
    let message = &v.findings[0].message;
    assert!(!message.contains("结束时间"), "{message}");
    assert!(message.contains("字段“to”重复"), "{message}");
}

/// DL-8, DL-7, CASE-5 (helper-80): a field given under the portal's name with a value the
/// value map reads as none (`bjsj: "未办结"`) and under the engine's name with a value
/// (`concludedAt`) says both: it is refused as given twice, where the case had read as
/// concluded (green, or late and red). An empty portal field still hides nothing.
#[test]
fn a_value_mapped_to_none_beside_the_engine_field_is_given_twice() {
    let config = json!({
        "fieldMap": { "bh": "id", "bjlx": "category", "sjsj": "receivedAt",
            "bjsj": "concludedAt", "zt[].ks": "pauses[].from", "zt[].js": "pauses[].to",
            "zt[].yy": "pauses[].reason" },
        "valueMap": { "category": { "2": "promised" }, "concludedAt": { "未办结": null },
            "pauses[].to": { "未结束": null } } });
    let e = hall_rules::Engine::from_json(&config.to_string()).unwrap();
    let now = "2026-03-20T10:00";
    let case = |extra: serde_json::Value| {
        let mut record = json!({ "bh": "A", "bjlx": "2", "sjsj": "2026-03-02 09:00" });
        for (k, v) in extra.as_object().unwrap() {
            record[k] = v.clone();
        }
        assess(&e, record, now)
    };
    for (given, path) in [
        (
            json!({ "bjsj": "未办结", "concludedAt": "2026-03-03 10:00" }),
            "bjsj",
        ),
        (
            json!({ "bjsj": "未办结", "concludedAt": "2026-03-19 10:00" }),
            "bjsj",
        ),
        (
            json!({ "bjsj": "2026-03-03 10:00", "concludedAt": "未办结" }),
            "bjsj",
        ),
        (
            json!({ "zt": [{ "ks": "2026-03-03 10:00", "js": "未结束",
                "to": "2026-03-19 10:00", "yy": "补正材料" }] }),
            "zt[0].js",
        ),
    ] {
        let r = case(given.clone());
        assert_eq!(r["status"], "invalid", "{given}: {r}");
        assert_eq!(r["card"], serde_json::Value::Null, "{given}: {r}");
        assert_eq!(r["findings"][0]["rule"], "CASE-5", "{given}: {r}");
        assert_eq!(r["findings"][0]["path"], path, "{given}: {r}");
    }
    // Said as none alone, the case is open; an empty portal field beside a value hides nothing.
    assert_eq!(case(json!({ "bjsj": "未办结" }))["status"], "overdue");
    let done = case(json!({ "bjsj": "-", "concludedAt": "2026-03-03 10:00" }));
    assert_eq!(done["status"], "done_on_time", "{done}");
    let paused = |js: &str| {
        case(json!({ "zt": [{ "ks": "2026-03-03 10:00", "js": js,
            "to": "2026-03-19 10:00", "yy": "补正材料" }] }))
    };
    let read = case(
        json!({ "zt": [{ "ks": "2026-03-03 10:00", "js": "2026-03-19 10:00",
        "yy": "补正材料" }] }),
    );
    assert_eq!(read["card"], "green", "{read}");
    assert_eq!(paused("-"), read);
    assert_eq!(paused("2026-03-19 10:00"), read);
}

/// DL-8, CASE-4, CASE-5 (helper-82): a portal record on the way to a mapped field (`bj` of
/// `bj.sj` → `concludedAt`, `sq.sqr` of `sq.sqr.sfz`) given as no record is refused at its
/// path, without echoing it: left there, the field had never been read (a case concluded in
/// time read as open, and red; an ID number went unchecked). Empty (`null`, `-`) it is none.
#[test]
fn a_portal_record_on_the_way_to_a_mapped_field_given_as_no_record_is_refused() {
    let config = json!({ "fieldMap": { "bj.sj": "concludedAt", "jg.bj.sj": "acceptedAt" },
        "valueMap": { "concludedAt": { "未办结": null } } });
    let e = hall_rules::Engine::from_json(&config.to_string()).unwrap();
    let now = "2026-03-20T10:00";
    let case = |key: &str, value: serde_json::Value| {
        let mut record = json!({ "id": "A1", "category": "promised",
            "receivedAt": "2026-03-02 09:00" });
        record[key] = value;
        assess(&e, record, now)
    };
    for (key, given, path) in [
        ("bj", json!("2026-03-04 10:00"), "bj"),
        ("bj", json!(["2026-03-04 10:00"]), "bj"),
        ("bj", json!(5), "bj"),
        ("bj", json!("未办结"), "bj"),
        ("jg", json!({ "bj": "欧阳娜娜" }), "jg.bj"),
    ] {
        let r = case(key, given.clone());
        assert_eq!(r["status"], "invalid", "{given}: {r}");
        assert_eq!(r["card"], serde_json::Value::Null, "{given}: {r}");
        assert_eq!(r["findings"][0]["path"], path, "{given}: {r}");
        assert!(!r.to_string().contains("欧阳娜娜"), "{r}");
    }
    assert_eq!(
        case("bj", json!({ "sj": "2026-03-04 10:00" }))["card"],
        "green"
    );
    for empty in [json!(null), json!("-"), json!("")] {
        let r = case("bj", empty.clone());
        assert_eq!(r["status"], "overdue", "{empty}: {r}");
    }
    #[cfg(feature = "validation")]
    {
        let config = json!({ "fieldMap": { "sq.sqr.xm": "applicant.name",
            "sq.sqr.sfz": "applicant.idNumber" } });
        let e = hall_rules::Engine::from_json(&config.to_string()).unwrap();
        let record = json!({ "id": "V", "category": "promised", "receivedAt": "2026-03-02 09:00",
            "firstReceiver": "李四", "sq": { "sqr": "110105194912310021" } });
        let v = e.validate_case_json(Ok(&record.to_string()), instant(&json!(now)));
        assert!(!v.valid, "{v:?}");
        assert_eq!(v.findings[0].path, "sq.sqr", "{v:?}");
        assert!(!format!("{v:?}").contains("110105194912310021"), "{v:?}");
    }
}

/// DL-7, CASE-4 (helper-82): an empty portal record (`sqr: "-"`, `yq: ""`) hides nothing the
/// engine's own record gives, and the portal's record and the engine's given side by side are
/// read as one, member by member (`sqr: { sfz }` beside `applicant: { name }`): both had been
/// refused as given twice. Two values for one member are still refused.
#[test]
fn an_empty_or_partial_portal_record_beside_the_engines_is_read() {
    let config = json!({ "fieldMap": { "sqr.xm": "applicant.name", "sqr.sfz": "applicant.idNumber",
        "yq.sx": "extension.limit", "yq.pzr": "extension.approver", "yq.ly": "extension.reason" } });
    let e = hall_rules::Engine::from_json(&config.to_string()).unwrap();
    let now = "2026-03-20T10:00";
    let extension = json!({ "limit": "10个工作日", "approver": "王局长", "reason": "案情复杂" });
    let licensing = |yq: serde_json::Value| {
        assess(
            &e,
            json!({ "id": "L", "category": "licensing",
            "receivedAt": "2026-02-02 09:00", "yq": yq, "extension": extension }),
            now,
        )
    };
    let read = licensing(json!(null));
    assert_ne!(read["status"], "invalid", "{read}");
    for empty in [json!("-"), json!(""), json!({})] {
        assert_eq!(licensing(empty.clone()), read, "{empty}");
    }
    #[cfg(feature = "validation")]
    {
        let at = instant(&json!(now));
        let validate = |sqr: serde_json::Value, applicant: serde_json::Value| {
            let record = json!({ "id": "V", "category": "promised",
                "receivedAt": "2026-03-02 09:00", "firstReceiver": "李四", "sqr": sqr,
                "applicant": applicant });
            e.validate_case_json(Ok(&record.to_string()), at)
        };
        let whole = json!({ "name": "王五", "idNumber": "11010519491231002X" });
        let alone = validate(json!(null), whole.clone());
        for empty in [json!("-"), json!("")] {
            let v = validate(empty.clone(), whole.clone());
            assert_eq!(format!("{v:?}"), format!("{alone:?}"), "{empty}");
        }
        let halves = validate(
            json!({ "sfz": "11010519491231002X" }),
            json!({ "name": "王五" }),
        );
        assert_eq!(format!("{halves:?}"), format!("{alone:?}"));
        let bad = validate(
            json!({ "sfz": "110105194912310021" }),
            json!({ "name": "王五" }),
        );
        assert!(
            bad.findings.iter().any(|f| f.code == "id_checksum"),
            "{bad:?}"
        );
        let two = validate(json!({ "xm": "赵六" }), json!({ "name": "王五" }));
        assert!(!two.valid, "{two:?}");
        assert_eq!(two.findings[0].code, "invalid_record", "{two:?}");
    }
}

/// Config (helper-82): `zt[][]` marks a list of lists, which no engine field is: refused as
/// `zt[].[]` is, where it had been read as a portal key `zt[]` that no record has, and the
/// pauses it held were dropped.
#[test]
fn a_list_of_lists_in_a_field_map_is_refused() {
    for (portal, engine) in [
        ("zt[][]", "pauses[].from"),
        ("zt[].[]", "pauses[].from"),
        ("zt[].ks", "pauses[][].from"),
        // helper-84: a portal name with a space at its end or a mark that shows nothing is a
        // slip no record has; the field it reads had been dropped, and a case was red.
        ("bjsj ", "concludedAt"),
        ("zt [].ks", "pauses[].from"),
        ("bj\u{200B}sj", "concludedAt"),
        // helper-85: tags, a variation selector, braille blank, shorthand controls.
        ("bjsj\u{E0001}", "concludedAt"),
        ("bj\u{E0100}sj", "concludedAt"),
        ("bj\u{2800}sj", "concludedAt"),
        ("bj\u{1BCA0}sj", "concludedAt"),
    ] {
        let config = json!({ "fieldMap": { portal: engine } });
        let Err(err) = hall_rules::Engine::from_json(&config.to_string()) else {
            panic!("{portal} → {engine} accepted");
        };
        assert_eq!(err.code.as_str(), "invalid_config", "{portal}: {err:?}");
        assert_eq!(err.path, format!("config.fieldMap.{portal}"), "{err:?}");
    }
}

/// Config (helper-83): a portal field mapped both whole and by its members (`sqr` →
/// `applicant` beside `sqr.xm` → `applicant.name`; `zt` beside `zt[].ks`; `bj` beside `bj.sj`)
/// is refused: the members had gone unread (an ID unchecked, a name echoed), or every record
/// was refused.
#[test]
fn a_portal_field_mapped_whole_and_by_its_members_is_refused() {
    for map in [
        json!({ "sqr": "applicant", "sqr.xm": "applicant.name" }),
        json!({ "zt": "pauses", "zt[].ks": "pauses[].from" }),
        json!({ "bj": "concludedAt", "bj.sj": "answeredAt" }),
    ] {
        let config = json!({ "fieldMap": map });
        let Err(err) = hall_rules::Engine::from_json(&config.to_string()) else {
            panic!("{map} accepted");
        };
        assert_eq!(err.code.as_str(), "invalid_config", "{map}: {err:?}");
        assert!(err.path.starts_with("config.fieldMap."), "{err:?}");
    }
}

/// DL-7, DL-9, CASE-1 (helper-83): inside a mapped list's elements too, a portal record on the
/// way to a mapped field (`yy` of `zt[].yy.mc` → `pauses[].reason`, `jsr` of `jj[].jsr.xm`)
/// given as no record is refused at its path; it had been dropped (a pause unexplained and a
/// case concluded in time red, a handover with no receiver).
#[test]
fn a_portal_record_in_a_list_element_given_as_no_record_is_refused() {
    let config = json!({ "fieldMap": { "zt[].ks": "pauses[].from", "zt[].js": "pauses[].to",
        "zt[].yy.mc": "pauses[].reason" } });
    let e = hall_rules::Engine::from_json(&config.to_string()).unwrap();
    let case = |yy: serde_json::Value| {
        assess(
            &e,
            json!({ "id": "A", "category": "promised",
            "receivedAt": "2026-03-02 09:00", "concludedAt": "2026-03-10 10:00",
            "zt": [{ "ks": "2026-03-03 10:00", "js": "2026-03-09 10:00", "yy": yy }] }),
            "2026-03-20T10:00",
        )
    };
    assert_eq!(case(json!({ "mc": "补正材料" }))["card"], "green");
    for given in [json!("补正材料"), json!(["补正材料"]), json!(1)] {
        let r = case(given.clone());
        assert_eq!(r["status"], "invalid", "{given}: {r}");
        assert_eq!(r["findings"][0]["path"], "zt[0].yy", "{given}: {r}");
        assert!(!r.to_string().contains("补正材料"), "{r}");
    }
    assert_eq!(case(json!("-"))["status"], "done_late");
}

/// DL-7, CASE-4, CASE-7 (helper-83): what a list element or record keeps beside fields mapped
/// deeper (`zt[].sj.ks`, `sq.sqr.xm`) moves to the engine's element or record, as beside
/// fields one level down: a pause's own `reason` had been dropped (the case red), and an
/// applicant's `idNumber` and `name` (unchecked, echoed whole).
#[test]
fn members_beside_deeper_mapped_fields_are_read() {
    let config = json!({ "fieldMap": { "zt[].sj.ks": "pauses[].from",
        "zt[].sj.js": "pauses[].to" } });
    let e = hall_rules::Engine::from_json(&config.to_string()).unwrap();
    let r = assess(
        &e,
        json!({ "id": "A", "category": "promised",
        "receivedAt": "2026-03-02 09:00", "concludedAt": "2026-03-10 10:00",
        "zt": [{ "sj": { "ks": "2026-03-03 10:00", "js": "2026-03-09 10:00" },
            "reason": "补正材料", "notifiedAt": "2026-03-03 10:00" }] }),
        "2026-03-20T10:00",
    );
    assert_eq!(r["card"], "green", "{r}");
    #[cfg(feature = "validation")]
    {
        let config = json!({ "fieldMap": { "sq.sqr.xm": "applicant.name", "lx": "category" } });
        let e = hall_rules::Engine::from_json(&config.to_string()).unwrap();
        let record = json!({ "id": "V", "lx": "Zhang Weiming件", "receivedAt": "2026-03-02 09:00",
            "firstReceiver": "李四",
            "sq": { "sqr": { "xm": "Zhang Weiming", "idNumber": "110105194912310021" } } });
        let v = e.validate_case_json(Ok(&record.to_string()), instant(&json!("2026-03-20T10:00")));
        let shown = format!("{v:?}");
        assert!(
            v.findings.iter().any(|f| f.code == "id_checksum"),
            "{shown}"
        );
        assert!(!shown.contains("Zhang Weiming"), "{shown}");
        // A member written otherwise there is refused at the portal's path (helper-84: it
        // had been named `applicant.IdNumber`, which the portal's record does not have).
        let record = json!({ "id": "V", "category": "promised", "receivedAt": "2026-03-02 09:00",
            "firstReceiver": "李四", "sq": { "sqr": { "xm": "王五", "IdNumber": "x" } } });
        let v = e.validate_case_json(Ok(&record.to_string()), instant(&json!("2026-03-20T10:00")));
        assert_eq!(v.findings[0].path, "sq.sqr.IdNumber", "{v:?}");
    }
}
