//! The JS API through wasm-bindgen, in Node and in Chromium: the same fixture as the core,
//! argument errors as `Error`s with code and path, and an instance that keeps working.

use hall_rules::js::JsEngine;
use js_sys::{Array, Float64Array, Reflect, Uint8Array, JSON};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test as test;

use super::support::{check_report, DEADLINE_FIXTURE};

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON")
}

fn to_value(v: &JsValue) -> Value {
    let text: String = JSON::stringify(v).expect("stringify").into();
    serde_json::from_str(&text).expect("JSON back")
}

/// The function `name` of the very file the package appends to its glues, which assembles an
/// export's packed result (evaluated here; the suite's pages have no CSP).
fn packaged(name: &str) -> js_sys::Function {
    const SOURCE: &str = include_str!("../../pkg-templates/reports.js");
    let body = SOURCE.find("export {").map_or(SOURCE, |end| &SOURCE[..end]);
    js_sys::Function::new_with_args("p", &format!("{body}return {name}(p);"))
}

/// `assessDeadlines` as the package gives it: the export's packed batch assembled.
fn assess_deadlines(
    e: &JsEngine,
    cases: JsValue,
    now: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let packed = e.assess_deadlines(cases, now)?;
    packaged("hallRulesAssembleReports").call1(&JsValue::NULL, &packed)
}

/// `scoreConduct` as the package gives it: the cards' packed items put in their cards.
fn score_conduct(e: &JsEngine, input: JsValue) -> Result<JsValue, JsValue> {
    let packed = e.score_conduct(input)?;
    packaged("hallRulesAssembleConduct").call1(&JsValue::NULL, &packed)
}

fn engine(config: &str) -> JsEngine {
    JsEngine::new(Some(js(config))).unwrap_or_else(|e| panic!("engine: {}", to_value(&e)))
}

fn error_parts(err: JsValue) -> (String, String, String) {
    assert!(err.is_instance_of::<js_sys::Error>(), "throws an Error");
    let get = |k: &str| {
        Reflect::get(&err, &k.into())
            .unwrap()
            .as_string()
            .unwrap_or_default()
    };
    (get("code"), get("path"), get("message"))
}

#[test]
fn a_locale_that_is_not_text_is_the_default() {
    // helper-19: a number as the locale had trapped in wasm-bindgen's own conversion
    // ("memory access out of bounds") instead of being read as no locale.
    for locale in [JsValue::from(123), JsValue::TRUE, js("{}")] {
        let out = hall_rules::js::read_instant("2026-02-12 10:00".into(), Some(locale.clone()));
        assert_eq!(out.unwrap(), "2026-02-12T10:00:00+08:00");
        let masked = hall_rules::js::mask_name("张三".into(), Some(locale));
        assert_eq!(masked.unwrap(), "张*");
    }
    let (code, path, _) =
        error_parts(hall_rules::js::mask_name(JsValue::from(42), None).unwrap_err());
    assert_eq!((code.as_str(), path.as_str()), ("invalid_argument", "name"));
}

#[test]
fn host_time_zone_probe() {
    // The test command runs this suite under several TZ values and reads this line back to
    // prove the runtime really used them; every other assertion must hold under all of them.
    let offset = js_sys::Date::new(&JsValue::from_f64(1_770_861_600_000.0)).get_timezone_offset();
    web_sys_log(&format!("host-tz-offset-minutes={offset}"));
}

fn web_sys_log(s: &str) {
    js_sys::eval(&format!(
        "console.log({})",
        JSON::stringify(&s.into()).unwrap().as_string().unwrap()
    ))
    .ok();
}

#[test]
fn calendar_through_js() {
    let e = engine("{}");
    let info = to_value(&e.day_info("2026-02-14".into()).unwrap());
    assert_eq!(info["kind"], "makeup_workday");
    assert_eq!(info["working"], true);
    assert_eq!(info["name"], "春节");
    assert!(e.is_working_day("2026-02-14".into()).unwrap());
    assert!(!e.is_working_day("2026-02-23".into()).unwrap());
    // 2026-02-13T16:30Z is already 02-14 in Beijing, whatever the host's zone.
    assert!(e
        .is_working_day(JsValue::from_f64(1_771_000_200_000.0))
        .unwrap());
    assert_eq!(
        e.add_working_days("2026-02-13".into(), 2.into()).unwrap(),
        "2026-02-24"
    );
    assert_eq!(
        e.add_working_days("2026-02-24".into(), (-1).into())
            .unwrap(),
        "2026-02-14"
    );
    assert_eq!(
        e.working_days_between("2026-02-13".into(), "2026-02-24".into())
            .unwrap(),
        2
    );
    let cal = to_value(&e.calendar_info().unwrap());
    assert_eq!(
        (cal["validFrom"].as_str(), cal["validThrough"].as_str()),
        (Some("2015-01-01"), Some("2026-12-31"))
    );
    assert!(
        to_value(&e.day_info("2027-03-01".into()).unwrap())["provisional"]
            .as_bool()
            .unwrap()
    );
}

#[test]
fn fixture_through_js_matches_hand_worked_answers() {
    let fixture: Value = serde_json::from_str(DEADLINE_FIXTURE).unwrap();
    let e = engine("{}");
    for c in fixture["cases"].as_array().unwrap() {
        let now = js(&c["now"].to_string());
        let report = e
            .assess_deadline(js(&c["case"].to_string()), Some(now))
            .unwrap();
        check_report(
            c["name"].as_str().unwrap(),
            &to_value(&report),
            &c["expect"],
        );
    }
}

#[test]
fn argument_errors_are_errors_with_code_and_path() {
    let (code, path, message) = error_parts(
        JsEngine::new(Some(js(r#"{"officeHours":{"blocks":["9-12"]}}"#)))
            .err()
            .unwrap(),
    );
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("invalid_clock", "config.officeHours.blocks[0]")
    );
    assert!(message.contains("钟点"), "{message}");
    let (code, path, _) = error_parts(
        JsEngine::new(Some(js(
            r#"{"ruleset":{"deadline":{"yellow":{"elapsedShare":"x"}}}}"#,
        )))
        .err()
        .unwrap(),
    );
    assert_eq!(
        (code.as_str(), path.as_str()),
        (
            "invalid_config",
            "config.ruleset.deadline.yellow.elapsedShare"
        )
    );
    let (code, path, _) = error_parts(JsEngine::new(Some(js(r#"{"bogus":1}"#))).err().unwrap());
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("invalid_config", "config.bogus")
    );
    let (_, _, message) = error_parts(
        JsEngine::new(Some(js(r#"{"locale":"en","officeHours":{"blocks":[]}}"#)))
            .err()
            .unwrap(),
    );
    assert!(message.starts_with("Office hours"), "{message}");

    let e = engine(r#"{"locale":"en"}"#);
    let (code, path, message) = error_parts(e.day_info("2026-02-30".into()).err().unwrap());
    assert_eq!((code.as_str(), path.as_str()), ("invalid_date", "date"));
    assert!(message.contains("not a valid date"), "{message}");
    let (code, path, _) = error_parts(
        e.add_working_days("2026-02-13".into(), JsValue::from_f64(f64::NAN))
            .err()
            .unwrap(),
    );
    assert_eq!((code.as_str(), path.as_str()), ("invalid_argument", "n"));
    let (code, _, _) = error_parts(assess_deadlines(&e, js("{}"), None).err().unwrap());
    assert_eq!(code, "invalid_argument");
    let (code, path, _) = error_parts(
        e.assess_deadline(js("{}"), Some("yesterday".into()))
            .err()
            .unwrap(),
    );
    assert_eq!((code.as_str(), path.as_str()), ("invalid_instant", "now"));
}

#[test]
fn the_instance_keeps_working_after_any_bad_input() {
    let e = engine("{}");
    let long = "9".repeat(10 << 20);
    let hostile: Vec<JsValue> = vec![
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::from_f64(f64::NAN),
        JsValue::from_f64(f64::INFINITY),
        JsValue::from_f64(-1e300),
        JsValue::from_bool(true),
        long.as_str().into(),
        js(r#""\ud800 lone surrogate""#),
        js(r#"{"__proto__":{"category":"promised"},"constructor":{"prototype":{"x":1}}}"#),
        js(r#"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"#),
        js(&format!("{}{}", "[".repeat(5000), "]".repeat(5000))),
        js(
            r#"{"month":"2026-03","period":"2026-03","date":"2026-03-10","staff":[{"id":null}],"windows":[{"id":"W","published":["24:00-25:00"]}],"events":[{"window":"W","at":1e300,"kind":"close"}],"inspections":[{"date":"2026-03-01","unit":"\u0000","description":"\ud800"}],"months":[{"period":"x","cards":[]}]}"#,
        ),
        js(
            r#"{"category":"promised","receivedAt":"2026-03-02T09:00","pauses":[{"from":null}],"steps":7}"#,
        ),
        js(r#"{"category":"promised","receivedAt":{"valueOf":1}}"#),
        Array::new_with_length(3).into(),
    ];
    for bad in &hostile {
        let _ = e.day_info(bad.clone());
        let _ = e.is_working_day(bad.clone());
        let _ = e.add_working_days(bad.clone(), bad.clone());
        let _ = e.working_days_between(bad.clone(), bad.clone());
        let report = e
            .assess_deadline(bad.clone(), Some("2026-03-02T10:00".into()))
            .unwrap();
        assert_eq!(to_value(&report)["status"], "invalid", "{:?}", bad);
        let _ = assess_deadlines(&e, bad.clone(), Some(bad.clone()));
        let _ = e.assess_deadlines_columnar(bad.clone(), None);
        let _ = JsEngine::new(Some(bad.clone()));
        let _ = e.validate_case(bad.clone(), Some(bad.clone()));
        let _ = e.validate_cases(bad.clone(), None);
        let _ = e.validate_catalog_item(bad.clone());
        let _ = e.assess_complaints(bad.clone(), Some(bad.clone()));
        let _ = e.assess_windows(bad.clone(), Some(bad.clone()));
        let _ = e.assess_head_records(bad.clone(), None);
        let _ = e.monthly_bulletin(bad.clone());
        let _ = score_conduct(&e, bad.clone());
        let _ = e.assess_period(bad.clone());
        let _ = e.rank_units(bad.clone());
        // The very next good call still gives the right answer.
        assert_eq!(
            e.add_working_days("2026-02-13".into(), 2.into()).unwrap(),
            "2026-02-24"
        );
    }
}

#[test]
fn batch_keeps_neighbours_of_bad_records() {
    let e = engine("{}");
    let cases = js(r#"[
        {"id":"a","category":"promised","receivedAt":"2026-02-12T10:00"},
        {"id":"b","category":"promised","receivedAt":"2026-02-30T10:00"},
        {"id":"c","category":"promised"},
        42,
        {"id":"e","category":"即办件","receivedAt":"2026-02-13T18:00"}]"#);
    let out = to_value(&assess_deadlines(&e, cases, Some("2026-02-14T16:00".into())).unwrap());
    let statuses: Vec<&str> = out["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    // a: 1110 of 1620 office minutes (0.685), 510 left, more than one office day: green (DL-9).
    assert_eq!(
        statuses,
        ["on_track", "invalid", "invalid", "invalid", "on_track"]
    );
    assert_eq!(out["results"][1]["id"], "b");
    assert_eq!(
        out["results"][2]["findings"][0]["path"], "receivedAt",
        "{}",
        out["results"][2]
    );
    assert_eq!(out["summary"]["byStatus"]["invalid"], 3);
}

#[test]
fn columnar_through_js() {
    let e = engine("{}");
    let received = Float64Array::from(&[1_770_861_600_000.0, f64::NAN][..]);
    let category = Uint8Array::from(&[1u8, 1][..]);
    let cols = js_sys::Object::new();
    Reflect::set(&cols, &"receivedAt".into(), &received).unwrap();
    Reflect::set(&cols, &"category".into(), &category).unwrap();
    let out = e
        .assess_deadlines_columnar(cols.clone().into(), Some("2026-02-13T10:00".into()))
        .unwrap();
    let due: Float64Array = Reflect::get(&out, &"dueAt".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let status: Uint8Array = Reflect::get(&out, &"status".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    // 2026-02-24T17:30+08:00
    assert_eq!(due.get_index(0), 1_771_925_400_000.0);
    assert_eq!(status.to_vec(), vec![0, 5]);
    Reflect::set(&cols, &"category".into(), &Array::new()).unwrap();
    let (code, path, _) = error_parts(
        e.assess_deadlines_columnar(cols.into(), None)
            .err()
            .unwrap(),
    );
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("invalid_columns", "columns.category")
    );
}

#[test]
fn validation_fixture_through_js() {
    let fixture: Value = serde_json::from_str(super::validation::FIXTURE).unwrap();
    let e = engine("{}");
    let now = js(&fixture["now"].to_string());
    for c in fixture["cases"].as_array().unwrap() {
        let v = e
            .validate_case(js(&c["case"].to_string()), Some(now.clone()))
            .unwrap();
        check_report(c["name"].as_str().unwrap(), &to_value(&v), &c["expect"]);
    }
    for c in fixture["catalog"].as_array().unwrap() {
        let v = e.validate_catalog_item(js(&c["item"].to_string())).unwrap();
        check_report(c["name"].as_str().unwrap(), &to_value(&v), &c["expect"]);
    }
    let batch = to_value(&e.validate_cases(js(r#"[{"id":1},null,{"id":3,"receivedAt":"2026-03-02T09:00","firstReceiver":"王芳"}]"#), Some(now)).unwrap());
    assert_eq!(batch["summary"]["total"], 3);
    assert_eq!(batch["results"][2]["valid"], true);
    assert_eq!(batch["results"][0]["findings"][0]["code"], "field_missing");
}

#[test]
fn field_map_through_js() {
    let map: Value = serde_json::from_str(super::validation::PINYIN_MAP).unwrap();
    let config = serde_json::json!({ "fieldMap": map["fieldMap"], "valueMap": map["valueMap"], "locale": "en" });
    let e = engine(&config.to_string());
    let r = to_value(
        &e.assess_deadline(
            js(r#"{"bjbh":"RS-1","bjlx":"2","sjsj":"2026-02-12T10:00"}"#),
            Some("2026-02-13T10:00".into()),
        )
        .unwrap(),
    );
    assert_eq!(r["dueAt"], "2026-02-24T17:30:00+08:00");
    assert_eq!(r["id"], "RS-1");
    let v = to_value(
        &e.validate_case(
            js(r#"{"bjbh":"RS-2","sjsj":"2026-02-12T10:00","sqr":{"zjhm":"110105491231002"}}"#),
            Some("2026-02-13T10:00".into()),
        )
        .unwrap(),
    );
    assert_eq!(v["findings"][1]["path"], "sqr.zjhm");
    assert!(v["findings"][1]["message"]
        .as_str()
        .unwrap()
        .contains("15-digit"));
}

#[test]
fn supervision_fixture_through_js() {
    use super::supervision::{
        assert_lines_eq, assert_masked, check_complaints, check_windows, fixture, BULLETIN_EN,
        BULLETIN_ZH,
    };
    let f = fixture();
    let e = engine("{}");
    let now = js(&f["now"].to_string());
    let complaints = to_value(
        &e.assess_complaints(js(&f["complaints"].to_string()), Some(now))
            .unwrap(),
    );
    check_complaints(&complaints, &f["complaintsExpect"]);
    let w = engine(&serde_json::json!({ "ruleset": f["windowsRuleset"] }).to_string());
    let day_after = js("\"2026-03-11T09:00\"");
    let windows = to_value(
        &w.assess_windows(js(&f["windows"].to_string()), Some(day_after))
            .unwrap(),
    );
    check_windows(&windows, &f["windowsExpect"]);
    let zh = to_value(&e.monthly_bulletin(js(&f["bulletin"].to_string())).unwrap());
    assert_lines_eq(zh["text"].as_str().unwrap(), BULLETIN_ZH);
    let mut en_input = f["bulletin"].clone();
    en_input["locale"] = serde_json::json!("en");
    let en = to_value(&e.monthly_bulletin(js(&en_input.to_string())).unwrap());
    assert_lines_eq(en["text"].as_str().unwrap(), BULLETIN_EN);
    for out in [&complaints, &windows, &zh, &en] {
        assert_masked(&out.to_string(), &f["personalData"]);
    }
    let (code, path, _) = error_parts(
        e.monthly_bulletin(js(r#"{"month":"2026-3x"}"#))
            .err()
            .unwrap(),
    );
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("invalid_argument", "input.month")
    );
}

/// The items of the cards cross packed and are put back in their cards by the package's
/// glue: the assembled result is the core's result (every field, every value, the keys of an
/// item in the core's order), with case ids, lists of missed checklist items, zeroed months,
/// serious offences and texts beyond the Basic Multilingual Plane among them.
#[test]
fn conduct_items_are_assembled_as_the_core_writes_them() {
    let text = r#"{ "period": "2026-03",
        "staff": [ { "id": "S1", "name": "张伟", "unit": "U1", "window": "3号窗口", "sector": "人社" },
                   { "id": "S2", "name": "李娜", "unit": "U1" }, { "id": "S3", "name": "王芳" } ],
        "units": [ { "id": "U1", "name": "社保中心", "sector": "人社", "heads": { "unit": "王强" } } ],
        "events": [ { "code": "eating", "staffId": "S1", "date": "2026-03-05", "count": 2, "evidence": "张伟吃零食😀，电话13912345678", "caseId": "" },
                    { "kind": "inspection", "staffId": "S1", "date": "2026-03-06", "checklist": { "greet": false, "seat": true, "water": false }, "caseId": "RS-𠀀-1" },
                    { "code": "bribery", "staffId": "S2", "date": "2026-03-09", "evidence": "李娜" },
                    { "code": "smoking", "staffId": "S2", "date": "2026-03-02" },
                    { "code": "commendation_letter", "staffId": "S1", "date": "2026-03-01" },
                    { "code": "eating", "staffId": "nobody", "date": "2026-03-01" } ] }"#;
    let e = engine("{}");
    // The core's result as JSON text read by JS: numbers as JS holds them (1.0 is 1).
    let core_json = |text: &str| {
        let core = hall_rules::Engine::with_defaults().score_conduct_json(text);
        to_value(&js(&serde_json::to_string(&core.unwrap()).unwrap()))
    };
    let assembled = to_value(&score_conduct(&e, js(text)).unwrap());
    assert_eq!(assembled, core_json(text));
    let core = hall_rules::Engine::with_defaults()
        .score_conduct_json(text)
        .unwrap();
    let items: usize = core.cards.iter().map(|c| c.items.len()).sum();
    assert_eq!(items, 5, "{assembled}");
    let cards = score_conduct(&e, js(text)).unwrap();
    let first = js_sys::eval("(r) => Object.keys(r.cards[0].items[2]).join()")
        .unwrap()
        .unchecked_into::<js_sys::Function>()
        .call1(&JsValue::NULL, &cards)
        .unwrap();
    let keys = "rule,code,label,date,count,pointsEach,points,zeroesMonth,serious,evidence,source,caseId,missed";
    assert_eq!(first.as_string().as_deref(), Some(keys), "{assembled}");
    // The cards are assembled too, their keys in the core's order.
    let card_keys = js_sys::eval("(r) => r.cards.map((c) => Object.keys(c).join()).join(';')")
        .unwrap()
        .unchecked_into::<js_sys::Function>()
        .call1(&JsValue::NULL, &cards)
        .unwrap();
    let keys = "staffId,name,unit,unitName,window,sector,base,deductions,additions,raw,score,grade,gradeLabel,floored,capped,zeroed,referred,removalRecommended,unitDisqualified,seriousOffences,working,items,consequences,findings,incomplete";
    assert_eq!(
        card_keys.as_string(),
        Some([keys; 3].join(";")),
        "{assembled}"
    );
    let with_consequences = core
        .cards
        .iter()
        .filter(|c| !c.consequences.is_empty())
        .count();
    assert!(with_consequences > 0, "{assembled}");
    // A month with no card, and cards with no item.
    for other in [
        r#"{ "period": "2026-03", "staff": [ { "id": "S1" } ] }"#,
        r#"{ "period": "2026-03", "staff": [] }"#,
    ] {
        let assembled = to_value(&score_conduct(&e, js(other)).unwrap());
        assert_eq!(assembled, core_json(other));
    }
}

#[test]
fn conduct_through_js() {
    let e = engine("{}");
    let input = js(r#"{ "period": "2026-03",
        "staff": [ { "id": "S1", "name": "张伟", "unit": "U1", "window": "3号窗口", "sector": "人社", "certified": true },
                   { "id": "S2", "name": "李娜", "unit": "U1", "window": "5号窗口", "sector": "人社", "certified": false } ],
        "units": [ { "id": "U1", "name": "社保中心", "sector": "人社", "heads": { "unit": "王强", "bureau": "孙立" } } ],
        "events": [ { "kind": "violation", "code": "eating", "staffId": "S1", "date": "2026-03-05", "count": 2, "evidence": "张伟吃零食" },
                    { "kind": "violation", "code": "smoking", "staffId": "S1", "date": "2026-03-06" },
                    { "kind": "exposure", "code": "exposure", "staffId": "S2", "date": "2026-03-09" } ] }"#);
    let out = to_value(&score_conduct(&e, input).unwrap());
    let cards = out["cards"].as_array().unwrap();
    let s1 = cards.iter().find(|c| c["staffId"] == "S1").unwrap();
    assert_eq!(s1["score"], 98.0);
    assert_eq!(s1["name"], "张*");
    let s2 = cards.iter().find(|c| c["staffId"] == "S2").unwrap();
    assert_eq!(
        (s2["score"].as_f64(), s2["zeroed"].as_bool()),
        (Some(0.0), Some(true))
    );
    let text = out.to_string();
    for name in ["张伟", "李娜", "王强", "孙立"] {
        assert!(!text.contains(name), "{name} is masked");
    }
    let (code, path, _) = error_parts(
        score_conduct(&e, js(r#"{"period":"2026/03","staff":[]}"#))
            .err()
            .unwrap(),
    );
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("invalid_argument", "input.period")
    );
}

/// Found by tests/js/property.cjs: objects whose prototype is a Date or a typed array pass
/// `instanceof`, and calling their methods threw a raw TypeError past the binding.
#[test]
fn objects_that_only_inherit_from_date_or_typed_arrays() {
    let e = engine("{}");
    let fake_date: js_sys::Object = js_sys::Object::create(js_sys::Date::new_0().unchecked_ref());
    let (code, path, _) = error_parts(e.day_info(fake_date.clone().into()).err().unwrap());
    assert_eq!((code.as_str(), path.as_str()), ("invalid_date", "date"));
    let (code, _, _) = error_parts(
        assess_deadlines(&e, js("[]"), Some(fake_date.into()))
            .err()
            .unwrap(),
    );
    assert_eq!(code, "invalid_instant");
    let cols = js_sys::Object::new();
    let fake_array: js_sys::Object =
        js_sys::Object::create(Float64Array::new_with_length(2).unchecked_ref());
    Reflect::set(&cols, &"receivedAt".into(), &fake_array).unwrap();
    Reflect::set(&cols, &"category".into(), &Uint8Array::new_with_length(2)).unwrap();
    let (code, path, _) = error_parts(
        e.assess_deadlines_columnar(cols.into(), None)
            .err()
            .unwrap(),
    );
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("invalid_columns", "columns.receivedAt")
    );
    assert_eq!(
        e.add_working_days("2026-02-13".into(), 2.into()).unwrap(),
        "2026-02-24"
    );
}

/// Dictionaries keyed by the portal's names come back without a prototype: a unit called
/// `hasOwnProperty` or `__proto__` is a key like any other, and nothing is inherited.
#[test]
fn dictionaries_keyed_by_portal_names_have_no_prototype() {
    let e = engine("{}");
    let items = js(r#"[
        { "id": "C1", "kind": "rating", "receivedAt": "2026-03-02T10:00", "window": "toString",
          "unit": "hasOwnProperty", "sector": "__proto__", "level": 5 },
        { "id": "C2", "kind": "rating", "receivedAt": "2026-03-02T11:00", "window": "constructor",
          "unit": "valueOf", "sector": "人社", "level": 5 }
    ]"#);
    let out = e
        .assess_complaints(items, Some(js("\"2026-03-10T10:00\"")))
        .unwrap();
    for key in ["byUnit", "byUnitWindow", "bySector"] {
        let dict = Reflect::get(&out, &key.into()).unwrap();
        let proto = js_sys::Object::get_prototype_of(&dict);
        assert!(proto.is_null(), "{key} has a prototype");
    }
    let by_unit = Reflect::get(&out, &"byUnit".into()).unwrap();
    let by_unit_obj: &js_sys::Object = by_unit.unchecked_ref();
    let keys: Vec<String> = js_sys::Object::keys(by_unit_obj)
        .iter()
        .filter_map(|k| k.as_string())
        .collect();
    assert_eq!(keys, ["hasOwnProperty", "valueOf"]);
    let by_sector = Reflect::get(&out, &"bySector".into()).unwrap();
    assert!(Reflect::has(&by_sector, &"__proto__".into()).unwrap());
    // Each unit's windows too.
    let by_unit_window = Reflect::get(&out, &"byUnitWindow".into()).unwrap();
    let windows = Reflect::get(&by_unit_window, &"hasOwnProperty".into()).unwrap();
    assert!(js_sys::Object::get_prototype_of(&windows).is_null());
    assert!(Reflect::has(&windows, &"toString".into()).unwrap());
    let ruleset = e.ruleset().unwrap();
    let supervision = Reflect::get(&ruleset, &"supervision".into()).unwrap();
    let windows = Reflect::get(&supervision, &"minOpenWindows".into()).unwrap();
    assert!(js_sys::Object::get_prototype_of(&windows).is_null());
}

/// A lone surrogate (a JS string may hold one) gets one clear message wherever it sits, in
/// both languages, never serde_json's own words.
#[test]
fn lone_surrogates_get_one_clear_message() {
    for locale in ["zh-CN", "en"] {
        let e = engine(&format!(r#"{{ "locale": "{locale}" }}"#));
        let mut details = vec![];
        for text in [r#""\ud800""#, r#""a\udc00b""#, r#""\udbff\udbff""#] {
            let record = js(&format!(
                r#"[{{ "id": "S", "category": "promised", "receivedAt": {text} }}]"#
            ));
            let batch =
                to_value(&assess_deadlines(&e, record, Some(js("\"2026-03-03\""))).unwrap());
            let message = batch["results"][0]["findings"][0]["message"]
                .as_str()
                .unwrap()
                .to_string();
            assert!(
                !message.contains("hex escape") && !message.contains("code point"),
                "{message}"
            );
            details.push(message);
        }
        assert!(details.windows(2).all(|w| w[0] == w[1]), "{details:?}");
        let want = if locale == "en" {
            "lone surrogate"
        } else {
            "单独的代理项"
        };
        assert!(details[0].contains(want), "{details:?}");
    }
}

/// A thrown error masks the names its call's input gives (CASE-7), and a list element that
/// JSON cannot encode (a cycle) fails alone: the rest of the call goes on.
#[test]
fn thrown_errors_mask_the_input_names_and_a_cycle_fails_alone() {
    let e = engine("{}");
    let err = e
        .monthly_bulletin(js(
            r#"{ "month": "2026-03 杨丽丽", "inspections": [ { "date": "2026-03-05",
            "unit": "社保科", "staff": { "name": "杨丽丽" }, "description": "脱岗" } ] }"#,
        ))
        .unwrap_err();
    let (code, path, message) = error_parts(err);
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("invalid_argument", "input.month")
    );
    assert!(
        message.contains("2026-03 杨**") && !message.contains("丽丽"),
        "{message}"
    );
    // A card that cannot be read is a finding of the call, its names masked too.
    let result = e
        .assess_period(js(r#"[ { "period": "2026-01" }, { "period": "2026-02" },
            { "period": "2026-03", "cards": [ { "staffId": "S1", "name": "张伟", "score": "张伟" } ] } ]"#))
        .unwrap();
    let text = js_sys::JSON::stringify(&result)
        .unwrap()
        .as_string()
        .unwrap();
    assert!(text.contains("months[2].cards[0].score"), "{text}");
    assert!(text.contains("张*") && !text.contains("张伟"), "{text}");

    // A bad `now` quoting a name the record gives (fifth review).
    let err = e
        .assess_deadline(
            js(r#"{ "category": "promised", "receivedAt": "2026-03-02T09:00", "firstReceiver": "张三丰" }"#),
            Some("张三丰".into()),
        )
        .unwrap_err();
    let (code, path, message) = error_parts(err);
    assert_eq!((code.as_str(), path.as_str()), ("invalid_instant", "now"));
    assert!(!message.contains("张三丰"), "{message}");
    // The same beside a supervision input (second review).
    let head =
        js(r#"{ "month": "2026-03", "records": [ { "date": "2026-03-02", "head": "王小明" } ] }"#);
    let (_, _, message) = error_parts(
        e.assess_head_records(head, Some("王小明".into()))
            .unwrap_err(),
    );
    assert!(!message.contains("王小明"), "{message}");
    // The same in a batch: the names of every record.
    let batch = js(
        r#"[ { "category": "promised", "receivedAt": "2026-03-02T09:00" },
        { "category": "promised", "receivedAt": "2026-03-02T09:00", "extension": { "approver": "张三丰" } } ]"#,
    );
    let (_, _, message) =
        error_parts(assess_deadlines(&e, batch, Some("张三丰".into())).unwrap_err());
    assert!(!message.contains("张三丰"), "{message}");
    let input = js(
        r#"{ "period": "2026-03", "staff": [ { "id": "S1", "name": "张伟" } ],
        "events": [ { "kind": "violation", "code": "eating", "staffId": "S1", "date": "2026-03-05" },
                    { "kind": "violation", "code": "smoking", "staffId": "S1", "date": "2026-03-06" } ] }"#,
    );
    let events = Reflect::get(&input, &"events".into()).unwrap();
    let second = Reflect::get_u32(&events, 1).unwrap();
    // In a member the engine does not read, a cycle leaves the record read (helper-46).
    Reflect::set(&second, &"self".into(), &second).unwrap();
    let out = to_value(&score_conduct(&e, input.clone()).unwrap());
    assert!(out["findings"].as_array().unwrap().is_empty(), "{out}");
    assert_eq!(out["cards"][0]["items"][1]["code"], "smoking", "{out}");
    // In one it reads, the record fails alone, at that member.
    Reflect::set(&second, &"evidence".into(), &second).unwrap();
    let out = to_value(&score_conduct(&e, input).unwrap());
    assert_eq!(out["cards"][0]["score"], 99.0, "{out}");
    let finding = &out["findings"][0];
    assert_eq!(finding["path"], "events[1].evidence", "{out}");
    assert!(
        finding["message"].as_str().unwrap().contains("循环引用"),
        "{out}"
    );
    // A cycle at the top is still one clear argument error, and the engine keeps working.
    let top = js(r#"{ "period": "2026-03", "staff": [] }"#);
    Reflect::set(&top, &"staff".into(), &top).unwrap();
    let (code, path, _) = error_parts(score_conduct(&e, top).unwrap_err());
    assert!(
        code == "invalid_argument" && path.starts_with("input.staff"),
        "{code} {path}"
    );
    assert!(e.is_working_day("2026-03-05".into()).unwrap());
}

#[test]
fn hostile_proxies_are_argument_errors_and_never_throw_through() {
    // helper-23: a proxy array whose `length` getter threw was read through an import that does
    // not catch, so the exception went through the engine's method and left the engine borrowed
    // (every later call, free() too, then threw). A revoked proxy threw in Array.isArray.
    let make = js_sys::Function::new_no_args(
        r#"const revocable = Proxy.revocable([], {}); revocable.revoke();
        const trap = () => { throw new Error("trap"); };
        const traps = { getPrototypeOf: trap, ownKeys: trap, get: trap, has: trap, getOwnPropertyDescriptor: trap };
        return [
          new Proxy([{ category: "promised", receivedAt: "2026-03-02T09:00" }],
            { get(t, k) { if (k === "length") throw new Error("length"); return Reflect.get(t, k); } }),
          revocable.proxy,
          new Proxy([], traps),
          new Proxy({}, traps),
        ];"#,
    );
    let values: Array = make.call0(&JsValue::NULL).unwrap().unchecked_into();
    let e = engine("{}");
    let now = || Some(JsValue::from("2026-03-10T10:00"));
    for (i, bad) in values.iter().enumerate() {
        if i < 3 {
            // An array argument that cannot be read is one clear argument error.
            for err in [
                assess_deadlines(&e, bad.clone(), now()).unwrap_err(),
                e.validate_cases(bad.clone(), now()).unwrap_err(),
                e.assess_complaints(bad.clone(), now()).unwrap_err(),
            ] {
                let (code, _, message) = error_parts(err);
                assert_eq!(code, "invalid_argument", "value {i}: {message}");
            }
        }
        let _ = e.day_info(bad.clone());
        let _ = e.add_working_days(bad.clone(), bad.clone());
        let _ = e.assess_deadline(bad.clone(), now());
        let _ = e.assess_deadlines_columnar(bad.clone(), None);
        let _ = JsEngine::new(Some(bad.clone()));
        let _ = e.validate_case(bad.clone(), now());
        let _ = e.validate_catalog_item(bad.clone());
        let _ = e.assess_windows(bad.clone(), now());
        let _ = e.assess_head_records(bad.clone(), None);
        let _ = e.monthly_bulletin(bad.clone());
        let _ = score_conduct(&e, bad.clone());
        let _ = e.assess_period(bad.clone());
        let _ = e.rank_units(bad.clone());
        let _ = e.explain_deadline(bad.clone(), now());
    }
    // The engine still answers.
    let batch = to_value(
        &assess_deadlines(
            &e,
            js(r#"[{"category":"promised","receivedAt":"2026-03-02T09:00"}]"#),
            now(),
        )
        .unwrap(),
    );
    assert_eq!(
        batch["results"].as_array().map(Vec::len),
        Some(1),
        "{batch}"
    );
}

/// Each call threw `invalid_argument` at its path, with no marker words and no name whole.
fn assert_argument_errors<const N: usize>(errors: [(Result<JsValue, JsValue>, &str); N]) {
    for (out, at) in errors {
        let (code, path, message) = error_parts(out.expect_err(at));
        assert_eq!(
            (code.as_str(), path.as_str()),
            ("invalid_argument", at),
            "{message}"
        );
        assert!(
            !message.contains("not encodable") && !message.contains("赵四海"),
            "{message}"
        );
    }
}

#[test]
fn a_member_whose_getter_throws_is_an_argument_error_not_absent() {
    // helper-39: a member that threw when read was left out, so it read as absent: 16
    // head_record_missing errors against the head for a `records` getter that threw, every
    // conduct event an unknown person for `staff`; helper-40: a throwing `hall` printed the
    // words "not encodable" into the bulletin. Now it is refused at its own path (helper-46:
    // refusing the object holding it hid a record's person).
    let make = js_sys::Function::new_no_args(
        r#"const throwing = (o, k) => Object.defineProperty(o, k, { enumerable: true, get() { throw new Error("db down"); } });
        return [
          throwing({ month: "2026-02" }, "records"),
          throwing({ period: "2026-02", events: [{ kind: "violation", code: "eating", staffId: "S1", date: "2026-02-03" }] }, "staff"),
          throwing({ period: "2026-02", staff: [{ id: "S1", name: "赵四海" }] }, "events"),
          throwing({ date: "2026-03-09", windows: [{ id: "W1", published: ["09:00-12:00"] }] }, "tickets"),
          throwing({ month: "2026-02" }, "inspections"),
          throwing({ month: "2026-02", inspections: [] }, "hall"),
        ];"#,
    );
    let inputs: Array = make.call0(&JsValue::NULL).unwrap().unchecked_into();
    let e = engine("{}");
    let now = || Some(JsValue::from("2026-03-10T10:00"));
    let errors = [
        (e.assess_head_records(inputs.get(0), now()), "input.records"),
        (score_conduct(&e, inputs.get(1)), "input.staff"),
        (score_conduct(&e, inputs.get(2)), "input.events"),
        (e.assess_windows(inputs.get(3), now()), "input.tickets"),
        (e.monthly_bulletin(inputs.get(4)), "input.inspections"),
        (e.monthly_bulletin(inputs.get(5)), "input.hall"),
    ];
    assert_argument_errors(errors);
    assert!(e.is_working_day("2026-03-05".into()).unwrap());
}

#[test]
fn a_bigint_where_a_text_is_read_is_an_argument_error_not_the_marker_words() {
    // helper-41: a BigInt given as a member's value stood as the marker words, which a text
    // field read as text: `hall: 1n` printed them into the 通报, `rooms: [1n]` named a room by
    // them and gave 22 head-record findings, `retrained: 1n` quoted them masked as a name.
    let make = js_sys::Function::new_no_args(
        r#"return [
          { month: "2026-02", hall: 1n, inspections: [] },
          { month: "2026-02", rooms: [1n] },
          { period: 1n, staff: [{ id: "S1", name: "赵四海" }], events: [] },
          { period: "2026-02", staff: [{ id: "S1", name: "赵四海", retrained: 1n }], events: [] },
        ];"#,
    );
    let inputs: Array = make.call0(&JsValue::NULL).unwrap().unchecked_into();
    let e = engine("{}");
    let now = || Some(JsValue::from("2026-03-10T10:00"));
    let errors = [
        (e.monthly_bulletin(inputs.get(0)), "input.hall"),
        (
            e.assess_head_records(inputs.get(1), now()),
            "input.rooms[0]",
        ),
        (score_conduct(&e, inputs.get(2)), "input.period"),
    ];
    assert_argument_errors(errors);
    // helper-42: a cycle in a list of texts stood as the marker words too: a room named by
    // them, 21 findings quoting them. Now the text field refuses it, in the engine's words.
    let make = js_sys::Function::new_no_args(
        r#"const cyc = { name: "二号厅" }; cyc.self = cyc;
        const hours = { a: 1 }; hours.c = hours;
        return [{ month: "2026-03", rooms: ["一号厅", cyc], records: [] },
          { date: "2026-03-10", standardHours: ["09:00-12:00", hours], windows: [{ id: "W1", published: ["09:00-12:00"] }] }];"#,
    );
    let cyclic: Array = make.call0(&JsValue::NULL).unwrap().unchecked_into();
    let (code, path, message) =
        error_parts(e.assess_head_records(cyclic.get(0), now()).unwrap_err());
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("invalid_argument", "input.rooms[1]"),
        "{message}"
    );
    // The cyclic room is read four levels down: an object where a room's name is read.
    assert!(message.contains("应为字符串，实际为对象"), "{message}");
    let (code, path, message) = error_parts(e.assess_windows(cyclic.get(1), now()).unwrap_err());
    assert!(
        path.starts_with("input.standardHours"),
        "{code} {path} {message}"
    );
    assert!(!message.contains("not encodable"), "{message}");
    // In a list of records the record holding it is that record's result, read no further.
    let out = score_conduct(&e, inputs.get(3)).unwrap();
    let text = js_sys::JSON::stringify(&out).unwrap().as_string().unwrap();
    assert!(
        !text.contains("not encodable") && !text.contains("n*****"),
        "{text}"
    );
    assert!(e.is_working_day("2026-03-05".into()).unwrap());
}

#[test]
fn a_detached_column_is_a_columns_error_not_an_exception() {
    // helper-25: a typed array whose buffer was transferred (to a worker, say) threw a raw
    // TypeError through assessDeadlinesColumnar, and the engine stayed borrowed.
    let make = js_sys::Function::new_no_args(
        r#"const received = new Float64Array([Date.UTC(2026, 2, 2, 1), Date.UTC(2026, 2, 3, 1)]);
        const category = new Uint8Array([1, 1]);
        structuredClone(received.buffer, { transfer: [received.buffer] });
        const both = new Uint8Array([1, 1]);
        structuredClone(both.buffer, { transfer: [both.buffer] });
        return [{ receivedAt: received, category }, { receivedAt: new Float64Array(0), category: both }];"#,
    );
    let cases: Array = make.call0(&JsValue::NULL).unwrap().unchecked_into();
    let e = engine("{}");
    let (code, path, _) = error_parts(
        e.assess_deadlines_columnar(cases.get(0), Some(JsValue::from("2026-03-10T10:00")))
            .unwrap_err(),
    );
    assert_eq!(code, "invalid_columns", "{path}");
    // Two empty columns are an empty batch.
    let empty = e
        .assess_deadlines_columnar(cases.get(1), Some(JsValue::from("2026-03-10T10:00")))
        .unwrap();
    let status: Uint8Array = Reflect::get(&empty, &"status".into())
        .unwrap()
        .unchecked_into();
    assert_eq!(status.length(), 0);
    // helper-26: a detached optional column read as absent turned a case concluded in time into
    // a red card. Given but empty, it is a columns error.
    let optional = js_sys::Function::new_no_args(
        r#"const concludedAt = new Float64Array([Date.UTC(2026, 2, 2, 2)]);
        structuredClone(concludedAt.buffer, { transfer: [concludedAt.buffer] });
        return { receivedAt: new Float64Array([Date.UTC(2026, 2, 2, 1)]), category: new Uint8Array([1]), concludedAt };"#,
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let (code, path, _) = error_parts(
        e.assess_deadlines_columnar(optional, Some(JsValue::from("2026-03-10T10:00")))
            .unwrap_err(),
    );
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("invalid_columns", "columns.concludedAt")
    );
    assert!(e.is_working_day("2026-03-05".into()).unwrap());
}

#[test]
fn a_typed_array_column_is_read_by_its_own_length_not_its_getter() {
    // helper-26: a column whose `length` getter threw (own accessor, subclass), lied (-1, or
    // more than it holds) or detached its buffer threw through assessDeadlinesColumnar and
    // left the engine borrowed, free() too. The elements are what the array holds.
    let make = js_sys::Function::new_no_args(
        r#"const received = () => new Float64Array([Date.UTC(2026, 2, 2, 1), Date.UTC(2026, 2, 3, 1)]);
        const plain = { receivedAt: received(), category: new Uint8Array([1, 1]) };
        const throwing = received();
        Object.defineProperty(throwing, "length", { get() { throw new Error("no length"); } });
        class Negative extends Float64Array { get length() { return -1; } }
        class Longer extends Uint8Array { get length() { return 5; } }
        const detaching = received();
        Object.defineProperty(detaching, "length", {
            get() { structuredClone(detaching.buffer, { transfer: [detaching.buffer] }); return 2; },
        });
        return [
            plain,
            { receivedAt: throwing, category: new Uint8Array([1, 1]) },
            { receivedAt: new Negative(received()), category: new Uint8Array([1, 1]) },
            { receivedAt: received(), category: new Longer([1, 1]) },
            { receivedAt: detaching, category: new Uint8Array([1, 1]) },
        ];"#,
    );
    let cases: Array = make.call0(&JsValue::NULL).unwrap().unchecked_into();
    let e = engine("{}");
    let now = || Some(JsValue::from("2026-03-10T10:00"));
    let statuses = |columns: JsValue| {
        let out = e.assess_deadlines_columnar(columns, now()).unwrap();
        let status: Uint8Array = Reflect::get(&out, &"status".into())
            .unwrap()
            .unchecked_into();
        status.to_vec()
    };
    let want = statuses(cases.get(0));
    assert_eq!(want.len(), 2);
    for i in 1..cases.length() {
        assert_eq!(statuses(cases.get(i)), want, "columns {i}");
    }
    assert!(e.is_working_day("2026-03-05".into()).unwrap());
}

#[test]
fn a_name_one_record_gives_is_masked_in_another_records_report() {
    // helper-31: 王建国 applies in record A; record B's step is 王建国复核. validateCases masked
    // it across records; assessDeadlines did not.
    let e = engine("{}");
    let batch = to_value(
        &assess_deadlines(
            &e,
            js(r#"[
                {"id":"A","category":"promised","receivedAt":"2026-03-02T09:00","applicant":{"name":"王建国"}},
                {"id":"B","category":"promised","receivedAt":"2026-03-02T09:00",
                 "steps":[{"name":"王建国复核","limit":1,"startedAt":"2026-03-02T09:00"}]}
            ]"#),
            Some(JsValue::from("2026-03-05T10:00")),
        )
        .unwrap(),
    );
    let b = &batch["results"][1];
    assert_eq!(b["steps"][0]["name"], "王**复核", "{b}");
    let text = b.to_string();
    assert!(!text.contains("王建国"), "{text}");
}

#[test]
fn a_config_error_says_engine_configuration_once() {
    // helper-25: new Engine(5) said 引擎配置引擎配置有误 (the template's words and the path's
    // label both said it).
    for (config, want) in [
        ("5", "引擎配置有误："),
        (r#"{ "calendar": 5 }"#, "引擎配置的日历补充数据有误："),
    ] {
        let Err(err) = JsEngine::new(Some(js(config))) else {
            panic!("{config} is not a configuration");
        };
        let (code, _, message) = error_parts(err);
        assert_eq!(code, "invalid_config");
        assert!(message.starts_with(want), "{message}");
        assert!(!message.contains("引擎配置引擎配置"), "{message}");
    }
}

/// CON-1 (helper-46): a record of the person's own that cannot be encoded (a BigInt count, a
/// cycle, a throwing getter, a BigInt deep in a deadline report) still names them: their card
/// says it is incomplete, or the record is read where what fails is a member it ignores.
#[test]
fn an_unencodable_record_of_a_person_marks_their_card() {
    let make = js_sys::Function::new_no_args(
        r#"const cyc = { kind: "violation", code: "eating", staffId: "S2", date: "2026-03-05" };
        cyc.self = cyc;
        return { period: "2026-03",
          staff: [{ id: "S1", name: "张三丰" }, { id: "S2", name: "李四光" }, { id: "S3", name: "王五六" }],
          events: [
            { kind: "violation", code: "eating", staffId: "S1", date: "2026-03-05", count: 1n },
            cyc,
            { kind: "violation", code: "eating", staffId: "S3", get date() { throw new Error("x"); } },
          ],
          deadlineReports: [{ responsible: "S1", report: { status: "overdue", dueAt: "2026-03-10T17:30:00+08:00", x: 1n } }] };"#,
    );
    let input = make.call0(&JsValue::NULL).unwrap();
    let out = score_conduct(&engine("{}"), input).unwrap();
    let text = js_sys::JSON::stringify(&out).unwrap().as_string().unwrap();
    let cards: Vec<Value> = serde_json::from_str::<Value>(&text).unwrap()["cards"]
        .as_array()
        .unwrap()
        .clone();
    let card = |id: &str| cards.iter().find(|c| c["staffId"] == id).unwrap().clone();
    // S1: the BigInt count is refused, and the report's ignored member leaves it scored.
    assert_eq!(card("S1")["incomplete"], true, "{text}");
    assert_eq!(card("S1")["score"], 98.0, "{text}");
    // S2: the cycle is in a member the engine ignores: the record is scored.
    assert_eq!(card("S2")["score"], 99.0, "{text}");
    assert_eq!(card("S2")["incomplete"], false, "{text}");
    // S3: the date that throws is refused at its own path.
    assert_eq!(card("S3")["incomplete"], true, "{text}");
    assert!(text.contains("events[2].date"), "{text}");
    assert!(!text.contains("not encodable"), "{text}");
}

/// CON-1 (helper-46, helper-47): a count of NaN or Infinity, which JSON writes as `null`, is
/// refused at its path and the card says it is incomplete; a `null` count is absent (one
/// occurrence); the rest of such an input reads as JSON would (a hidden member, a hole).
#[test]
fn a_count_that_is_not_a_finite_number_is_refused_not_read_as_one() {
    let make = js_sys::Function::new_no_args(
        r#"const staff = [{ id: "S1", name: "张三丰" }, { id: "S2", name: "李四光" }, { id: "S3", name: "王五六" }];
        Object.defineProperty(staff, "__ob__", { value: { dep: staff }, enumerable: false });
        const event = (staffId, count) => ({ kind: "violation", code: "eating", staffId, date: "2026-03-05", count, note: null });
        const events = [event("S1", NaN), event("S2", null), event("S3", -Infinity)];
        events[4] = event("S2", 2);
        return { period: "2026-03", staff, events };"#,
    );
    let out = to_value(&score_conduct(&engine("{}"), make.call0(&JsValue::NULL).unwrap()).unwrap());
    let card = |id: &str| {
        out["cards"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["staffId"] == id)
            .unwrap()
            .clone()
    };
    for id in ["S1", "S3"] {
        assert_eq!(card(id)["incomplete"], true, "{out}");
        assert_eq!(card(id)["score"], 100.0, "{out}");
    }
    // S2: the null count is one occurrence, the count of 2 after the hole two.
    assert_eq!(card("S2")["incomplete"], false, "{out}");
    assert_eq!(card("S2")["score"], 97.0, "{out}");
    let paths: Vec<&str> = out["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    // The hole is JSON's `null`, no one's record.
    assert_eq!(
        paths,
        ["events[0].count", "events[2].count", "events[3]"],
        "{out}"
    );
    assert!(out.to_string().contains("NaN"), "{out}");
}

/// CON-1 (helper-50): an invalid `Date`, which JSON writes as `null`, is refused at its path
/// (it had read as "missing"); a valid `Date` and epoch milliseconds are their Beijing day.
#[test]
fn an_event_date_given_as_a_date_object_or_milliseconds_is_read() {
    let make = js_sys::Function::new_no_args(
        r#"const event = (staffId, date) => ({ code: "eating", staffId, date });
        return { period: "2026-03", staff: [{ id: "S1", name: "张三丰" }, { id: "S2", name: "李四光" }],
          events: [event("S1", new Date("x")), event("S2", new Date("2026-03-04T18:00:00Z")),
                   event("S2", Date.parse("2026-02-28T16:30:00Z"))] };"#,
    );
    let out = to_value(&score_conduct(&engine("{}"), make.call0(&JsValue::NULL).unwrap()).unwrap());
    let cards = out["cards"].as_array().unwrap();
    assert_eq!(
        (cards[0]["score"].as_f64(), &cards[0]["incomplete"]),
        (Some(100.0), &Value::Bool(true)),
        "{out}"
    );
    assert_eq!(cards[1]["score"], 98.0, "{out}");
    let dates: Vec<&str> = cards[1]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2026-03-01", "2026-03-05"], "{out}");
    assert_eq!(out["findings"][0]["path"], "events[0].date", "{out}");
    assert!(
        out["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("无效的 Date"),
        "{out}"
    );
}

/// CON-1 settings (helper-49): a point value or base of NaN or ±Infinity is `invalid_config` at
/// its path, not the default, and its message does not call it null.
#[test]
fn a_setting_that_is_not_a_finite_number_is_refused() {
    let make = js_sys::Function::new_with_args(
        "v",
        r#"return { ruleset: { conduct: { points: { eating: { points: v, rule: "CON-2" } } } } };"#,
    );
    for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let config = make.call1(&JsValue::NULL, &JsValue::from_f64(v)).unwrap();
        let Err(err) = JsEngine::new(Some(config)) else {
            panic!("{v} is a point value");
        };
        let (code, path, message) = error_parts(err);
        assert_eq!(code, "invalid_config");
        assert_eq!(
            path, "config.ruleset.conduct.points.eating.points",
            "{message}"
        );
        assert!(message.contains("NaN"), "{message}");
    }
    let config =
        js_sys::Function::new_no_args(r#"return { ruleset: { conduct: { base: NaN } } };"#)
            .call0(&JsValue::NULL)
            .unwrap();
    let (code, path, message) = error_parts(JsEngine::new(Some(config)).err().unwrap());
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("invalid_config", "config.ruleset.conduct.base")
    );
    assert!(!message.contains("实际为null"), "{message}");
}

/// helper-47: a record whose staff id throws may be anyone's (every card incomplete); a
/// feedback record whose keys cannot be listed is still read for its complainant.
#[test]
fn a_record_that_hides_its_person_is_read_as_well_as_it_can_be() {
    let make = js_sys::Function::new_no_args(
        r#"return [
          { period: "2026-03", staff: [{ id: "S1", name: "张三丰" }, { id: "S2", name: "李四光" }],
            events: [{ kind: "violation", code: "eating", date: "2026-03-05", get staffId() { throw new Error("x"); } }] },
          [new Proxy({ kind: "rating", level: 5, receivedAt: "2026-03-02T10:00", unit: "u", window: "w", 投诉人: "陈小明" },
                     { ownKeys() { throw 1; } }),
           { kind: "rating", level: 5, receivedAt: "2026-03-02T10:00", unit: "陈小明科", window: "x" }],
        ];"#,
    );
    let inputs: Array = make.call0(&JsValue::NULL).unwrap().unchecked_into();
    let e = engine("{}");
    let out = to_value(&score_conduct(&e, inputs.get(0)).unwrap());
    for card in out["cards"].as_array().unwrap() {
        assert_eq!(card["incomplete"], true, "{out}");
    }
    let out = to_value(
        &e.assess_complaints(inputs.get(1), Some(js("\"2026-03-10T10:00\"")))
            .unwrap(),
    );
    assert!(!out.to_string().contains("陈小明"), "{out}");
}

/// A long list of results crosses in chunks of 20,000 joined in JS: every record's result, in
/// the order given, across the joins.
#[test]
fn a_long_batch_of_validations_keeps_every_result_in_order() {
    let make = js_sys::Function::new_no_args(
        r#"return Array.from({ length: 40001 }, (_, i) =>
            ({ id: "R" + i, category: "immediate", receivedAt: "2026-03-02T09:00", outcome: i % 7 ? undefined : "bogus" }));"#,
    );
    let cases = make.call0(&JsValue::NULL).unwrap();
    let out = engine("{}")
        .validate_cases(cases, Some(js("\"2026-03-10T10:00\"")))
        .unwrap();
    let check = js_sys::Function::new_with_args(
        "b",
        r#"return b.results.length === 40001 && b.results.every((r, i) => r.id === "R" + i)
            && b.results.filter((r) => r.findings.some((f) => f.path === "outcome")).length === 5715;"#,
    );
    assert_eq!(check.call1(&JsValue::NULL, &out).unwrap(), JsValue::TRUE);
}

/// CASE-5, DL-9 (helper-74): in a batch, and in one record, a time or limit that is NaN,
/// ±Infinity or an invalid `Date` (JSON writes each as `null`) is refused at its path; it had
/// read as absent, and a case concluded on time, whose conclusion a portal failed to parse, was
/// open and red. A real `null` is still absent, and the other records are read as before.
#[test]
fn a_time_or_limit_that_is_not_a_value_is_refused_not_read_as_absent() {
    let make = js_sys::Function::new_no_args(
        r#"const base = { category: "promised", receivedAt: "2026-03-02T09:00" };
        return [
            { ...base, id: "A", limit: 15, concludedAt: new Date("bad") },
            { ...base, id: "B", limit: NaN },
            { ...base, id: "C", limit: 15, concludedAt: null },
            { ...base, id: "D", pauses: [{ from: "2026-03-03T09:00", to: Infinity, reason: "补正" }] },
            { ...base, id: "E", limit: 15, concludedAt: "2026-03-10T10:00", note: null },
        ];"#,
    );
    let cases = make.call0(&JsValue::NULL).unwrap();
    let e = engine("{}");
    let now = || Some(JsValue::from_str("2026-03-20T10:00"));
    let out = to_value(&assess_deadlines(&e, cases.clone(), now()).unwrap());
    let results = out["results"].as_array().unwrap();
    let path = |r: &Value| r["findings"][0]["path"].as_str().unwrap_or("").to_string();
    for (r, at) in results
        .iter()
        .zip(["concludedAt", "limit", "", "pauses[0].to", ""])
    {
        match at {
            "" => assert_ne!(r["status"], "invalid", "{r}"),
            _ => {
                assert_eq!(r["status"], "invalid", "{r}");
                assert_eq!(r["card"], Value::Null, "{r}");
                assert_eq!(path(r), at, "{r}");
            }
        }
    }
    // A real null is absent: C is open (due 23 March 17:30: a yellow card on the 20th).
    assert_eq!(results[2]["status"], "warning", "{out}");
    // Each refused record still names itself.
    let ids: Vec<&str> = results
        .iter()
        .map(|r| r["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(ids, ["A", "B", "C", "D", "E"], "{out}");
    assert_eq!(results[4]["status"], "done_on_time", "{out}");
    // A record that cannot be encoded beside it (a BigInt) leaves it read the same
    // (helper-75: the others' checks had been off, and N was red).
    let mixed = js_sys::Function::new_no_args(
        r#"return [{ id: 1n }, { id: "N", category: "promised", receivedAt: "2026-03-02T09:00", concludedAt: NaN }];"#,
    );
    let out = to_value(&assess_deadlines(&e, mixed.call0(&JsValue::NULL).unwrap(), now()).unwrap());
    let n = &out["results"][1];
    assert_eq!(
        (n["status"].as_str(), path(n).as_str()),
        (Some("invalid"), "concludedAt"),
        "{out}"
    );
    assert_eq!(n["id"], "N", "{out}");
    // One record, as a batch's.
    let one = Reflect::get(&cases, &0.into()).unwrap();
    let r = to_value(&e.assess_deadline(one.clone(), now()).unwrap());
    assert_eq!(
        (r["status"].as_str(), path(&r).as_str()),
        (Some("invalid"), "concludedAt"),
        "{r}"
    );
    #[cfg(feature = "validation")]
    {
        let v = to_value(&e.validate_case(one, now()).unwrap());
        assert_eq!(v["valid"], false, "{v}");
        assert_eq!(v["findings"][0]["path"], "concludedAt", "{v}");
    }
}

/// A hole or `undefined` in a batch is read as `null`, as `JSON.stringify` writes it in an
/// array, whether or not another record of the batch cannot be encoded (helper-87: beside a
/// record whose getter throws, its reason had read "undefined", at another path).
#[test]
fn a_hole_reads_the_same_beside_a_record_that_cannot_be_encoded() {
    let e = engine("{}");
    let ok = "{ id: 'C0', category: 'promised', receivedAt: '2026-03-02T10:00' }";
    let plain = js_sys::eval(&format!("[{ok}, , undefined]")).unwrap();
    let hostile = js_sys::eval(&format!(
        "[{ok}, , undefined, {{ id: 'T', get receivedAt() {{ throw 1; }} }}]"
    ))
    .unwrap();
    let now = || Some(JsValue::from_str("2026-03-20T10:00"));
    let a = to_value(&assess_deadlines(&e, plain, now()).unwrap());
    let b = to_value(&assess_deadlines(&e, hostile, now()).unwrap());
    assert_eq!(a["results"][1], b["results"][1]);
    assert_eq!(a["results"][2], b["results"][2]);
    assert_eq!(b["results"][1]["status"], "invalid");
    let reason = b["results"][1]["findings"][0]["message"].as_str().unwrap();
    assert!(!reason.contains("undefined"), "{reason}");
}
