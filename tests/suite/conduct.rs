//! CON-1..9 and SUP-5 against hand-worked fixtures: monthly score cards, pay and posts over a
//! period, and the sector ranking.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use hall_rules::conduct::{
    assess_period, rank_units, score_conduct, ConductCode, ConductInput, ConductResult,
    ConductRules, DeadlineLink, EventInput, Grade, MonthCards, PeriodResult, RankingInput,
};
use hall_rules::finding::{Finding, Severity};
use hall_rules::{ErrorCode, Locale};
use serde_json::{json, Value};

use super::support::{case, engine, instant};

const MONTH: &str = include_str!("../fixtures/conduct-month.json");
const PERIOD: &str = include_str!("../fixtures/conduct-period.json");

fn input(v: &Value) -> ConductInput {
    serde_json::from_value(v.clone()).expect("conduct input shape")
}

fn score(v: &Value) -> ConductResult {
    score_conduct(&input(v), &ConductRules::default(), Locale::ZhCn).expect("scored")
}

fn tag(f: &Finding) -> String {
    format!("{}:{}@{}", f.rule, f.code, f.path)
}

/// Each finding as `rule:code@path`.
fn tags_of(findings: &[Finding]) -> Vec<String> {
    findings.iter().map(tag).collect()
}

/// `expected` is among `tags`; the message lists them all.
fn assert_tagged(tags: &[String], expected: &str) {
    assert!(tags.iter().any(|t| t == expected), "{expected} in {tags:?}");
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| x.as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn card<'a>(result: &'a Value, id: &str) -> &'a Value {
    result["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["staffId"] == id)
        .unwrap_or_else(|| panic!("no card for {id}"))
}

#[test]
fn month_fixture_is_scored_as_worked_by_hand() {
    let fixture: Value = serde_json::from_str(MONTH).unwrap();
    let result = score(&fixture["input"]);
    let got = serde_json::to_value(&result).unwrap();
    let expect = &fixture["expect"];

    let cards = expect["cards"].as_object().unwrap();
    assert!(cards.len() >= 10);
    assert_eq!(result.cards.len(), cards.len(), "one card per valid person");
    for (id, want) in cards {
        let c = card(&got, id);
        assert_eq!(
            c["score"].as_f64(),
            want["score"].as_f64(),
            "{id} score: {}",
            c["working"]
        );
        assert_eq!(c["grade"], want["grade"], "{id} grade");
        assert_eq!(c["working"], want["working"], "{id} working");
    }
    for (id, want) in expect["codes"].as_object().unwrap() {
        let codes: Vec<&str> = card(&got, id)["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, strings(want), "{id} items");
    }
    for (id, want) in expect["consequences"].as_object().unwrap() {
        let actions: Vec<&str> = card(&got, id)["consequences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["action"].as_str().unwrap())
            .collect();
        assert_eq!(actions, strings(want), "{id} consequences");
    }
    for c in &result.cards {
        let want = expect["consequences"].get(&c.staff_id);
        assert_eq!(c.consequences.is_empty(), want.is_none(), "{}", c.staff_id);
        let want = expect["seriousOffences"][&c.staff_id].as_u64().unwrap_or(0);
        assert_eq!(c.serious_offences as u64, want, "{} serious", c.staff_id);
        let findings = tags_of(&c.findings);
        assert_eq!(
            findings,
            strings(&expect["cardFindings"][&c.staff_id]),
            "{} card findings",
            c.staff_id
        );
    }
    let findings = tags_of(&result.findings);
    assert_eq!(findings, strings(&expect["findings"]));

    for (id, want) in expect["units"].as_object().unwrap() {
        let unit = got["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["id"] == id.as_str())
            .unwrap_or_else(|| panic!("unit {id}"));
        assert_eq!(
            unit["awardsDisqualified"], want["awardsDisqualified"],
            "{id}"
        );
        assert_eq!(unit["exposed"], want["exposed"], "{id}");
        assert_eq!(unit["people"], want["people"], "{id}");
        assert_eq!(
            unit["averageScore"].as_f64(),
            want["averageScore"].as_f64(),
            "{id}"
        );
        let heads: Vec<String> = unit["accountable"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                format!(
                    "{}:{}",
                    h["role"].as_str().unwrap(),
                    h["name"].as_str().unwrap()
                )
            })
            .collect();
        assert_eq!(heads, strings(&want["accountable"]), "{id} heads");
    }
    let summary = &got["summary"];
    for key in [
        "people",
        "records",
        "scored",
        "rejected",
        "grades",
        "incomplete",
        "referred",
        "exposed",
    ] {
        assert_eq!(summary[key], expect["summary"][key], "summary.{key}");
    }
    assert_eq!(
        summary["averageScore"].as_f64(),
        expect["summary"]["averageScore"].as_f64()
    );
}

#[test]
fn the_fixture_covers_every_code_of_the_points_table() {
    let fixture: Value = serde_json::from_str(MONTH).unwrap();
    let result = score(&fixture["input"]);
    for code in ConductCode::ALL {
        assert!(
            result
                .cards
                .iter()
                .any(|c| c.items.iter().any(|i| i.code == code.as_str())),
            "{} is not exercised",
            code.as_str()
        );
    }
}

#[test]
fn an_unreadable_staff_or_unit_record_still_names_its_people() {
    // helper-39: a staff member whose record could not be read (`certified: "yes"`), or a unit
    // head of an unreadable unit, was shown whole where another event's evidence quoted them.
    let input = serde_json::json!({
        "period": "2026-02",
        "staff": [{ "id": "S1", "name": "赵四海" }, { "id": "S2", "name": "钱二宝", "certified": "yes" }],
        "units": [{ "id": "U1", "name": 3, "heads": { "unit": "韩北辰" } },
                  { "id": "U2", "name": "综合窗口", "sector": 5 }],
        "events": [{ "kind": "violation", "code": "eating", "staffId": "S1", "date": "2026-02-03",
                     "evidence": "钱二宝也在综合窗口吃东西，韩北辰在场" }]
    });
    let got = serde_json::to_value(score(&input)).unwrap();
    let evidence = card(&got, "S1")["items"][0]["evidence"].as_str().unwrap();
    // A unit's own name is not a person's, read or not.
    assert_eq!(evidence, "钱**也在综合窗口吃东西，韩**在场");
    let paths: Vec<_> = got["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].clone())
        .collect();
    assert_eq!(
        paths,
        ["units[0].name", "units[1].sector", "staff[1].certified"],
        "{got}"
    );
}

/// helper-70: a staff record that is only a name, and heads given as a text, a list or a
/// nested object, still name their people: masked in evidence and in the findings.
#[test]
fn names_in_records_of_any_shape_are_masked() {
    let input = serde_json::json!({
        "period": "2026-03",
        "staff": [{ "id": "S1", "name": "张伟", "unit": "U1" }, "钱多多", "S9"],
        "units": [{ "id": "U1", "heads": "马云" }, { "id": "U2", "heads": { "unit": ["孙悟空"] } },
                  { "id": "U3", "heads": { "bureau": { "n": "猪八戒" } } }],
        "events": [{ "code": "eating", "staffId": "S1", "date": "2026-03-02",
                     "evidence": "钱多多、马云、孙悟空、猪八戒在场，S9未到" }]
    });
    let got = serde_json::to_string(&score(&input)).unwrap();
    for name in ["钱多多", "马云", "孙悟空", "猪八戒"] {
        assert!(!got.contains(name), "{name}: {got}");
    }
    // A bare text with a digit is an id, not a name.
    assert!(got.contains("S9未到"), "{got}");
}

#[test]
fn a_person_missing_beside_an_unreadable_staff_record_is_not_called_unlisted() {
    // helper-41: a staff record that could not be read made its person's events five
    // unknown_person errors, "not on this month's staff list", against someone who is.
    let input = serde_json::json!({
        "period": "2026-02",
        "staff": [{ "id": "S1", "name": "赵四海" }, { "id": "S2", "name": "钱二宝", "certified": "yes" }],
        "events": [{ "kind": "violation", "code": "eating", "staffId": "S2", "date": "2026-02-03" },
                   { "kind": "violation", "code": "eating", "staffId": "S9", "date": "2026-02-03" }]
    });
    let codes = |input: &Value| {
        let got = serde_json::to_value(score(input)).unwrap();
        let findings = got["findings"].as_array().unwrap().iter();
        let codes: Vec<String> = findings
            .map(|f| f["code"].as_str().unwrap().into())
            .collect();
        codes
    };
    // The unread record's id is S2: S9 is in no record, read or not.
    assert_eq!(
        codes(&input),
        ["invalid_record", "person_unread", "unknown_person"]
    );
    // An unread record without a readable id may be anyone's.
    let mut no_id = input.clone();
    no_id["staff"][1] = serde_json::json!({ "name": "钱二宝", "certified": "yes" });
    assert_eq!(
        codes(&no_id),
        ["invalid_record", "person_unread", "person_unread"]
    );
    // With the whole list read, a person not on it is unknown.
    let mut read = input;
    read["staff"][1]["certified"] = serde_json::json!(true);
    assert_eq!(codes(&read), ["unknown_person"]);
}

#[test]
fn results_mask_names_but_keep_staff_ids() {
    let fixture: Value = serde_json::from_str(MONTH).unwrap();
    let text = serde_json::to_string(&score(&fixture["input"])).unwrap();
    for name in [
        "张伟",
        "李娜",
        "王建国",
        "孙立",
        "欧阳娜娜",
        "郑爽",
        "13812345678",
    ] {
        assert!(!text.contains(name), "{name} leaks into the result");
    }
    let got: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(card(&got, "S01")["name"], "张*");
    assert_eq!(card(&got, "S13")["name"], "欧***");
    let evidence = card(&got, "S01")["items"][0]["evidence"].as_str().unwrap();
    assert_eq!(evidence, "张*在窗口内吃早餐，群众来电 138****5678 反映");
    let exposure = &card(&got, "S09")["consequences"][3];
    assert_eq!(exposure["accountable"][0]["name"], "王**");
    assert!(
        exposure["message"].as_str().unwrap().contains("王**"),
        "{exposure}"
    );
}

#[test]
fn a_bad_record_is_a_finding_on_itself_and_everyone_else_is_scored() {
    let v = json!({
        "period": "2026-03",
        "staff": [{ "id": "A", "name": "甲乙" }, { "id": "B", "name": "丙丁" }, { "id": "C" }],
        "events": [
            { "kind": "violation", "code": "eating", "staffId": "A", "date": "2026-03-32" },
            { "kind": "violation", "code": "eating", "staffId": "Z", "date": "2026-03-02" },
            { "kind": "violation", "code": "napping", "staffId": "B", "date": "2026-03-02" },
            { "kind": "violation", "code": "off_post", "staffId": "B", "date": "2026-03-02" },
            { "kind": "violation", "code": "eating", "staffId": "C", "date": "2026-03-02", "count": -2 },
            { "kind": "violation", "code": "eating", "staffId": "C", "date": 20260302 },
            { "kind": "commendation", "code": "commendation_letter", "staffId": "A", "date": "2026-03-09" }
        ]
    });
    let r = score(&v);
    let findings = tags_of(&r.findings);
    assert_eq!(
        findings,
        [
            "CON-1:invalid_date@events[0].date",
            "CON-1:unknown_person@events[1].staffId",
            "CON-1:unknown_code@events[2].code",
            "CON-1:invalid_count@events[4].count",
            // A number is epoch milliseconds: 20260302 is 1970, out of range.
            "CON-1:invalid_date@events[5].date",
        ]
    );
    assert!(r.findings.iter().all(|f| f.severity == Severity::Error));
    let scores: Vec<f64> = r.cards.iter().map(|c| c.score).collect();
    assert_eq!(scores, [101.0, 98.0, 100.0]);
    assert_eq!(r.summary.rejected, 5);
    assert_eq!(r.summary.scored, 2);
    assert!(
        r.findings[2].message.contains("napping"),
        "{}",
        r.findings[2].message
    );
}

#[test]
fn messages_follow_the_locale() {
    let v = json!({
        "period": "2026-03",
        "staff": [{ "id": "A", "name": "甲乙", "window": "1", "certified": false }],
        "events": [
            { "code": "napping", "staffId": "A", "date": "2026-03-02" },
            { "code": "exposure", "staffId": "A", "date": "2026-03-03" }
        ]
    });
    let rules = ConductRules::default();
    let zh = score_conduct(&input(&v), &rules, Locale::ZhCn).unwrap();
    let en = score_conduct(&input(&v), &rules, Locale::En).unwrap();
    assert!(
        zh.findings[0].message.contains("计分表"),
        "{}",
        zh.findings[0].message
    );
    assert!(
        en.findings[0].message.contains("points table"),
        "{}",
        en.findings[0].message
    );
    assert!(en.cards[0].findings[0].message.contains("certified"));
    assert_eq!(en.cards[0].grade_label, "Fail");
    assert_eq!(zh.cards[0].grade_label, "不合格");
    assert!(en.cards[0]
        .consequences
        .iter()
        .all(|c| c.message.is_ascii()));
}

#[test]
fn one_overridden_value_moves_the_89_9_boundary_and_nothing_else() {
    let rules = ConductRules::from_json(r#"{ "points": { "power_left_on": { "points": -0.1 } } }"#)
        .expect("valid override");
    assert_eq!(rules.points.get(ConductCode::PowerLeftOn).points, -0.1);
    assert_eq!(rules.points.get(ConductCode::OffPost).points, -2.0);
    assert_eq!(rules.cap, 110.0);
    let v = json!({
        "period": "2026-03",
        "staff": [{ "id": "A" }, { "id": "B" }, { "id": "C" }],
        "events": [
            { "code": "eating", "staffId": "A", "date": "2026-03-02", "count": 10 },
            { "code": "power_left_on", "staffId": "A", "date": "2026-03-03" },
            { "code": "eating", "staffId": "B", "date": "2026-03-02", "count": 10 },
            { "code": "power_left_on", "staffId": "C", "date": "2026-03-03", "count": 3 },
            { "code": "off_post", "staffId": "C", "date": "2026-03-04" }
        ]
    });
    let r = score_conduct(&input(&v), &rules, Locale::ZhCn).unwrap();
    // A: 100 - 10 - 0.1 = 89.9, 良好; B: 100 - 10 = 90, 优秀; C: 100 - 0.3 - 2 = 97.7.
    assert_eq!(r.cards[0].score, 89.9);
    assert_eq!(r.cards[0].grade, Grade::Good);
    assert_eq!(r.cards[0].working, "100 -1×10 -0.1 = 89.9");
    assert_eq!(r.cards[1].score, 90.0);
    assert_eq!(r.cards[1].grade, Grade::Excellent);
    assert_eq!(r.cards[2].score, 97.7);
    assert_eq!(r.cards[2].working, "100 -0.1×3 -2 = 97.7");
    // The default table has no 0.1 steps: the same records give 89.5 for A.
    let d = score(&v);
    assert_eq!(d.cards[0].score, 89.5);
}

#[test]
fn grade_bands_and_limits_are_settings() {
    let rules = ConductRules::from_json(
        r#"{ "base": 90, "cap": 95, "grades": { "excellent": 85, "good": 75, "pass": 50 } }"#,
    )
    .unwrap();
    let v = json!({
        "period": "2026-03",
        "staff": [{ "id": "A" }, { "id": "B" }],
        "events": [
            { "code": "commendation_banner", "staffId": "A", "date": "2026-03-02", "count": 5 },
            { "code": "absent", "staffId": "B", "date": "2026-03-02", "count": 8 }
        ]
    });
    let r = score_conduct(&input(&v), &rules, Locale::En).unwrap();
    assert_eq!(
        (r.cards[0].score, r.cards[0].grade),
        (95.0, Grade::Excellent)
    );
    assert!(r.cards[0].capped);
    assert_eq!((r.cards[1].score, r.cards[1].grade), (50.0, Grade::Pass));
}

#[test]
fn invalid_rulesets_are_errors_with_paths() {
    let cases = [
        (
            r#"{ "points": { "vaping": { "points": -1 } } }"#,
            "ruleset.conduct.points.vaping",
        ),
        (
            r#"{ "points": { "eating": { "points": "-1" } } }"#,
            "ruleset.conduct.points.eating.points",
        ),
        (
            r#"{ "points": { "eating": -1 } }"#,
            "ruleset.conduct.points.eating",
        ),
        (
            r#"{ "points": { "eating": { "pts": -1 } } }"#,
            "ruleset.conduct.points.eating.pts",
        ),
        (
            r#"{ "points": { "eating": { "points": 2 } } }"#,
            "ruleset.conduct.points.eating.points",
        ),
        (
            r#"{ "points": { "commendation_letter": { "points": -1 } } }"#,
            "ruleset.conduct.points.commendation_letter.points",
        ),
        (
            r#"{ "points": { "absent": { "points": -0.05 } } }"#,
            "ruleset.conduct.points.absent.points",
        ),
        (r#"{ "cap": 90 }"#, "ruleset.conduct.cap"),
        (r#"{ "floor": -1 }"#, "ruleset.conduct.floor"),
        (
            r#"{ "grades": { "pass": 85 } }"#,
            "ruleset.conduct.grades.good",
        ),
        (r#"{ "maxCount": 0 }"#, "ruleset.conduct.maxCount"),
        (
            r#"{ "payAndPosts": { "quarterMonths": 5 } }"#,
            "ruleset.conduct.payAndPosts.quarterMonths",
        ),
        (
            r#"{ "payAndPosts": { "retrainingFails": "three" } }"#,
            "ruleset.conduct.payAndPosts.retrainingFails",
        ),
        (
            r#"{ "ranking": { "seriousOffencePoints": 5 } }"#,
            "ruleset.conduct.ranking.seriousOffencePoints",
        ),
    ];
    for (text, path) in cases {
        let err = ConductRules::from_json(text).expect_err(text);
        assert_eq!(err.code, ErrorCode::InvalidRuleset, "{text}");
        assert_eq!(err.path, path, "{text}: {}", err.detail);
        assert!(!err.message(Locale::ZhCn).is_empty());
    }
    // A bad ruleset built in code is refused by the scorer too.
    let mut rules = ConductRules::default();
    rules.points.get_mut(ConductCode::Eating).points = f64::NAN;
    let v = json!({ "period": "2026-03" });
    let err = score_conduct(&input(&v), &rules, Locale::ZhCn).unwrap_err();
    assert_eq!(err.path, "ruleset.conduct.points.eating.points");
}

/// A ruleset's refused points are said in tenths as the portal wrote them: `0.1 + 0.2` is
/// `0.3`, not the float's `0.30000000000000004`, and whole points have no decimal.
#[test]
fn a_refused_rulesets_points_are_said_in_tenths() {
    let cases = [
        (
            r#"{ "ranking": { "seriousOffencePoints": 0.30000000000000004 } }"#,
            "0.3 (≤ 0)",
        ),
        (r#"{ "floor": 101 }"#, "101 (≤ base 100)"),
        (
            r#"{ "floor": 100.5, "base": 100.5, "cap": 100.2 }"#,
            "100.2 (≥ base 100.5)",
        ),
        (
            r#"{ "points": { "commendation_letter": { "points": -2.5 } } }"#,
            "-2.5 (a commendation adds, ≥ 0)",
        ),
        (
            r#"{ "grades": { "good": 100.1 } }"#,
            "90 (good 100.1 – cap 110)",
        ),
        // helper-90 #5: a value off the tenths is said to six decimals, not as 0.
        (
            r#"{ "points": { "eating": { "points": -0.0001 } } }"#,
            "-0.0001 (a number in steps of 0.1)",
        ),
        (
            r#"{ "points": { "eating": { "points": -0.30001 } } }"#,
            "-0.30001 (a number in steps of 0.1)",
        ),
    ];
    for (text, want) in cases {
        let err = ConductRules::from_json(text).expect_err(text);
        assert!(err.detail.starts_with(want), "{text}: {}", err.detail);
    }
}

#[test]
fn a_bad_period_is_an_argument_error() {
    for period in ["2026-13", "2026/03", "", "1999-12"] {
        let v = json!({ "period": period, "staff": [{ "id": "A" }] });
        let err = score_conduct(&input(&v), &ConductRules::default(), Locale::ZhCn).unwrap_err();
        assert_eq!(
            (err.code, err.path.as_str()),
            (ErrorCode::InvalidArgument, "period")
        );
    }
}

#[test]
fn deadline_reports_feed_overdue_cases() {
    // Received Mon 2026-03-02 09:00, 3 working days: due Thu 03-05 17:30; still open on 03-20.
    let report = engine().assess_deadline(
        &case(&json!({ "id": "C-9", "category": "promised", "receivedAt": "2026-03-02T09:00" })),
        instant(&json!("2026-03-20T10:00")),
    );
    assert_eq!(
        report.due_at.map(|t| t.to_string()).as_deref(),
        Some("2026-03-05T17:30:00+08:00")
    );
    let link = DeadlineLink::new("A", &report);
    let event: EventInput = link.to_event(Locale::ZhCn).unwrap().expect("overdue");
    let day = event.day(|| "date".into()).unwrap().unwrap();
    assert_eq!(day.to_string(), "2026-03-05");
    // Third review: the evidence is written in the engine's words, without raw ISO 8601.
    assert_eq!(
        event.evidence.as_deref(),
        Some("办件C-9已超期（到期时间2026-03-05 17:30）")
    );
    let en = link.to_event(Locale::En).unwrap().expect("overdue");
    assert_eq!(
        en.evidence.as_deref(),
        Some("case C-9 overdue (due 2026-03-05 17:30)")
    );
    // The same report as JSON, as a portal would pass it on.
    let v = json!({
        "period": "2026-03",
        "staff": [{ "id": "A" }, { "id": "B" }],
        "deadlineReports": [
            { "responsible": "A", "report": serde_json::to_value(&report).unwrap() },
            { "responsible": "B", "report": serde_json::to_value(&report).unwrap() }
        ]
    });
    let r = score(&v);
    assert_eq!(r.cards[0].score, 98.0);
    assert_eq!(r.cards[0].items[0].rule, "CON-5");
    assert_eq!(r.cards[0].items[0].case_id.as_deref(), Some("C-9"));
    assert_eq!(r.cards[1].score, 98.0, "one deduction per case and person");
    assert!(r.findings.is_empty(), "{:?}", r.findings);
}

fn months_of(fixture: &Value) -> Vec<MonthCards> {
    fixture["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let v = json!({ "period": m["period"], "staff": fixture["staff"], "events": m["events"] });
            let result = score(&v);
            assert!(result.findings.is_empty(), "{:?}", result.findings);
            // Through JSON, as the JS API passes the cards on.
            let cards = serde_json::to_value(&result.cards).unwrap();
            let month = json!({ "period": result.period, "cards": cards, "retrained": m["retrained"].as_array().cloned().unwrap_or_default() });
            serde_json::from_value(month).expect("month cards shape")
        })
        .collect()
}

#[test]
fn period_fixture_gives_pay_and_post_recommendations() {
    let fixture: Value = serde_json::from_str(PERIOD).unwrap();
    let months = months_of(&fixture);
    let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    assert_eq!(
        (r.from.as_str(), r.to.as_str(), r.months),
        ("2026-01", "2026-06", 6)
    );
    let got = serde_json::to_value(&r).unwrap();
    let expect = &fixture["expect"];
    for person in got["people"].as_array().unwrap() {
        let id = person["staffId"].as_str().unwrap();
        let want = &expect[id];
        let scores: Vec<f64> = person["months"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["score"].as_f64().unwrap())
            .collect();
        let want_scores: Vec<f64> = want["scores"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_f64().unwrap())
            .collect();
        assert_eq!(scores, want_scores, "{id}: {}", want["working"]);
        let recs: Vec<Value> = person["recommendations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                json!([
                    r["action"],
                    r["at"],
                    r["months"],
                    r.get("retrainedAt").cloned().unwrap_or(Value::Null)
                ])
            })
            .collect();
        assert_eq!(
            Value::Array(recs),
            want["recommendations"],
            "{id}: {}",
            want["working"]
        );
        for rec in person["recommendations"].as_array().unwrap() {
            assert_eq!(rec["rule"], "CON-7");
            assert!(!rec["message"].as_str().unwrap().is_empty());
        }
    }
    assert_eq!(got["summary"], expect["summary"]);
    assert_eq!(got["people"][1]["name"], "孙*");
    let findings = tags_of(&r.findings);
    assert_eq!(findings, strings(&expect["findings"]));
}

#[test]
fn period_arguments_are_checked() {
    let month = |p: &str| MonthCards {
        period: p.to_string(),
        cards: vec![],
        retrained: vec![],
    };
    let rules = ConductRules::default();
    let run = |periods: &[&str]| {
        let months: Vec<MonthCards> = periods.iter().map(|p| month(p)).collect();
        assess_period(&months, &rules, Locale::En)
    };
    let err = run(&["2026-01", "2026-02"]).unwrap_err();
    assert_eq!(
        (err.code, err.path.as_str()),
        (ErrorCode::InvalidArgument, "months")
    );
    let thirteen: Vec<String> = (0..13)
        .map(|i| format!("{}-{:02}", 2025 + (i / 12), i % 12 + 1))
        .collect();
    let thirteen: Vec<&str> = thirteen.iter().map(String::as_str).collect();
    assert_eq!(run(&thirteen).unwrap_err().path, "months");
    assert_eq!(
        run(&["2026-01", "2026-03", "2026-04"]).unwrap_err().path,
        "months[1].period"
    );
    assert_eq!(
        run(&["2026-01", "2026-2", "2026-03"]).unwrap_err().path,
        "months[1].period"
    );
    assert_eq!(run(&["2025-11", "2025-12", "2026-01"]).unwrap().months, 3);

    // A bad score or a second card for the same month is a finding, not a failure.
    let months: Vec<MonthCards> = serde_json::from_value(json!([
        { "period": "2026-01", "cards": [{ "staffId": "A", "score": 120 }, { "staffId": "B", "score": 95 }] },
        { "period": "2026-02", "cards": [{ "staffId": "B", "score": 95 }, { "staffId": "B", "score": 10 }] },
        { "period": "2026-03", "cards": [{ "staffId": "B", "score": 95 }] }
    ]))
    .unwrap();
    let r = assess_period(&months, &rules, Locale::ZhCn).unwrap();
    let findings = tags_of(&r.findings);
    assert_eq!(
        findings,
        [
            "CON-7:invalid_score@months[0].cards[0].score",
            "CON-7:duplicate_card@months[1].cards[1].staffId"
        ]
    );
    let b = r.people.iter().find(|p| p.staff_id == "B").unwrap();
    assert_eq!(
        b.recommendations.len(),
        1,
        "95 x3 steps up; the duplicate 10 is ignored"
    );
}

#[test]
fn ranking_breaks_ties_and_calls_for_talks() {
    let card = |id: &str, unit: &str, window: &str, score: f64, serious: u32| json!({ "staffId": id, "unit": unit, "window": window, "score": score, "seriousOffences": serious });
    let v = json!({
        "units": [
            { "id": "U1", "name": "一厅", "sector": "社会保险", "goodRatingShare": 0.8 },
            { "id": "U2", "name": "二厅", "sector": "社会保险" },
            { "id": "U3", "name": "三厅", "sector": "社会保险", "goodRatingShare": 0.9 },
            { "id": "U4", "name": "四厅", "sector": "就业服务", "goodRatingShare": 1.5 }
        ],
        "windows": [{ "unit": "U1", "window": "W1", "goodRatingShare": 0.7 }],
        "months": [
            { "period": "2026-03", "cards": [
                card("a", "U1", "W1", 100.0, 0), card("b", "U1", "W1", 100.0, 0),
                card("c", "U2", "W5", 100.0, 0), card("d", "U3", "W9", 60.0, 0),
                card("e", "U4", "W20", 50.0, 0)
            ] },
            { "period": "2026-01", "cards": [
                card("a", "U1", "W1", 90.0, 0), card("b", "U1", "W1", 100.0, 0),
                card("c", "U2", "W5", 95.0, 1), card("d", "U3", "W9", 95.0, 0),
                card("e", "U4", "W20", 50.0, 0)
            ] },
            { "period": "2026-02", "cards": [
                card("a", "U1", "W1", 100.0, 0), card("b", "U1", "W1", 100.0, 0),
                card("c", "U2", "W5", 70.0, 0), card("d", "U3", "W9", 80.0, 0),
                card("e", "U4", "W20", 50.0, 0)
            ] }
        ]
    });
    let input: RankingInput = serde_json::from_value(v).unwrap();
    let r = rank_units(&input, &ConductRules::default(), Locale::ZhCn).unwrap();
    let got = serde_json::to_value(&r).unwrap();
    assert_eq!(
        (got["from"].as_str(), got["to"].as_str()),
        (Some("2026-01"), Some("2026-03"))
    );
    let row = |e: &Value| {
        format!(
            "{}{}:{}:{}{}",
            e["unit"].as_str().unwrap(),
            e["window"]
                .as_str()
                .map(|w| format!("/{w}"))
                .unwrap_or_default(),
            e["rank"],
            e["averageScore"],
            if e["last"] == true { ":last" } else { "" }
        )
    };
    let rows = |sector: &Value, key: &str| -> Vec<String> {
        sector[key].as_array().unwrap().iter().map(row).collect()
    };
    // January: all units average 95. U2 has a serious offence; U3's share 0.9 beats U1's 0.8.
    let jan = &got["monthly"][0];
    assert_eq!(jan["period"], "2026-01");
    assert_eq!(jan["sectors"][0]["sector"], "就业服务");
    let social = &jan["sectors"][1];
    assert_eq!(
        rows(social, "units"),
        ["U3:1:95.0", "U1:2:95.0", "U2:3:95.0:last"]
    );
    // Windows: W1 and W9 tie on score and offences; W1 has a share, W9 none.
    assert_eq!(
        rows(social, "windows"),
        ["U1/W1:1:95.0", "U3/W9:2:95.0", "U2/W5:3:95.0:last"]
    );
    // A sector of one is never last.
    assert_eq!(rows(&jan["sectors"][0], "units"), ["U4:1:50.0"]);
    // The period: mean of the monthly means, (95 + 100 + 100) / 3 = 98.33 for U1.
    let year = &got["sectors"][1];
    assert_eq!(
        rows(year, "units"),
        ["U1:1:98.33", "U2:2:88.33", "U3:3:78.33:last"]
    );
    assert_eq!(year["units"][1]["seriousOffences"], 1);
    // SUP-5: W5 was last in January and February; W9 only in March.
    let talks: Vec<Value> = r
        .talks
        .iter()
        .map(|t| json!([t.rule, t.unit, t.window, t.months]))
        .collect();
    assert_eq!(
        talks,
        [json!(["SUP-5", "U2", "W5", ["2026-01", "2026-02"]])]
    );
    let findings = tags_of(&r.findings);
    assert_eq!(findings, ["CON-9:invalid_share@units[3].goodRatingShare"]);
}

#[test]
fn equal_entries_share_a_rank_and_none_is_last() {
    let v = json!({
        "units": [{ "id": "U1", "sector": "S" }, { "id": "U2", "sector": "S" }],
        "months": [{ "period": "2026-05", "cards": [
            { "staffId": "a", "unit": "U1", "window": "1", "score": 88.5 },
            { "staffId": "b", "unit": "U2", "window": "1", "score": 88.5 },
            { "staffId": "c", "unit": "U3", "score": 70 },
            { "staffId": "d", "score": 10 }
        ] }]
    });
    let input: RankingInput = serde_json::from_value(v).unwrap();
    let r = rank_units(&input, &ConductRules::default(), Locale::En).unwrap();
    let units = &r.sectors[0].units;
    assert_eq!((units[0].rank, units[1].rank), (1, 1));
    assert!(!units[0].last && !units[1].last);
    assert!(r.talks.is_empty());
    // U3 names no sector: ranked apart, with a warning; the card with no unit is left out.
    assert_eq!(r.sectors[1].sector, None);
    assert_eq!(r.sectors[1].units[0].unit, "U3");
    let findings = tags_of(&r.findings);
    assert_eq!(findings, ["CON-9:no_sector@months[0].cards[2].unit"]);
}

#[test]
fn a_scored_month_ranks_directly() {
    let fixture: Value = serde_json::from_str(MONTH).unwrap();
    let result = score(&fixture["input"]);
    let units = fixture["input"]["units"].as_array().unwrap()[..3].to_vec();
    let v = json!({ "units": units, "months": [{ "period": result.period, "cards": serde_json::to_value(&result.cards).unwrap() }] });
    let r = rank_units(
        &serde_json::from_value(v).unwrap(),
        &ConductRules::default(),
        Locale::ZhCn,
    )
    .unwrap();
    let social = r
        .sectors
        .iter()
        .find(|s| s.sector.as_deref() == Some("社会保险"))
        .unwrap();
    // U2 74.75 over U1 64.88; U1 lost its awards to the exposure.
    assert_eq!(social.units[0].unit, "U2");
    assert_eq!(social.units[1].unit, "U1");
    assert!(social.units[1].awards_disqualified && social.units[1].last);
}

/// A small deterministic generator: the same sequence on every runtime.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[test]
fn scores_stay_within_floor_and_cap() {
    let rules = ConductRules::default();
    let mut rng = Lcg(7);
    for round in 0..60 {
        let people = 1 + rng.below(8) as usize;
        let staff: Vec<Value> = (0..people)
            .map(|i| json!({ "id": format!("P{i}") }))
            .collect();
        let events: Vec<Value> = (0..rng.below(60))
            .map(|_| {
                let code = ConductCode::ALL[rng.below(ConductCode::ALL.len() as u64) as usize];
                let most = if rng.below(4) == 0 { 200 } else { 3 };
                json!({
                    "code": code.as_str(),
                    "staffId": format!("P{}", rng.below(people as u64)),
                    "date": format!("2026-07-{:02}", 1 + rng.below(31)),
                    "count": 1 + rng.below(most),
                })
            })
            .collect();
        let v = json!({ "period": "2026-07", "staff": staff, "events": events });
        let r = score_conduct(&input(&v), &rules, Locale::ZhCn).unwrap();
        assert_eq!(r.cards.len(), people);
        for c in &r.cards {
            assert!(
                (0.0..=110.0).contains(&c.score),
                "round {round}: {}",
                c.working
            );
            let sum: f64 = c.items.iter().map(|i| i.points).sum();
            assert!(
                (c.base + sum - c.raw).abs() < 1e-6,
                "round {round}: {}",
                c.working
            );
            // One decimal at most: the value is its own rounding to 0.1.
            assert_eq!((c.score * 10.0).round() / 10.0, c.score);
            if c.zeroed {
                assert_eq!(c.score, 0.0);
            } else {
                assert_eq!(c.score, c.raw.clamp(0.0, 110.0));
            }
        }
    }
}

#[test]
fn garbage_records_never_fail_the_call() {
    let junk = [
        json!(null),
        json!([]),
        json!({}),
        json!({ "kind": 7 }),
        json!({ "kind": "inspection", "staffId": "A", "date": "2026-07-01", "checklist": { "nap": false } }),
        json!({ "kind": "inspection", "staffId": "A", "date": "2026-07-01", "checklist": "all good" }),
        json!({ "code": "eating", "staffId": "A", "date": "2026-07-01", "count": 1e300 }),
        json!({ "code": "eating", "staffId": "A", "date": "2026-07-01", "count": -1e300 }),
        json!({ "code": "eating", "staffId": { "id": "A" }, "date": "2026-07-01" }),
        json!({ "code": "eating", "staffId": "A", "date": "2026-07-01T10:00" }),
        json!({ "code": "eating", "staffId": "A", "date": "９９９９-07-01" }),
        json!({ "code": "eating", "staffId": "A", "date": "2026-07-01", "evidence": "很长".repeat(5000) }),
        json!({ "kind": "overdue_case", "staffId": "A", "date": "2026-07-01", "caseId": 12 }),
        json!({ "kind": "exposure", "staffId": 5, "date": "2026-07-02" }),
    ];
    let v = json!({
        "period": "2026-07",
        "staff": [{ "id": "A", "name": "甲" }, { "id": 5, "name": 5 }, { "id": "B", "unit": "X" }],
        "units": [{ "id": "X", "heads": { "unit": "某某某" } }, "not a unit"],
        "events": junk
    });
    let r = score(&v);
    let a = r.cards.iter().find(|c| c.staff_id == "A").unwrap();
    // count 1e300 is over the limit and not scored (probably a typing error); a date given as
    // a time (2026-07-01T10:00) is read as its Beijing day (helper-49): 100 - 1 - 1 - 2.
    // Long evidence is clipped.
    assert_eq!((a.raw, a.score), (96.0, 96.0));
    assert!(r.findings.iter().any(|f| f.code == "count_over_limit"));
    assert!(a.items.iter().all(|i| i.evidence.chars().count() <= 201));
    assert!(r.findings.iter().any(|f| f.path == "staff[1].name"));
    assert!(r.findings.iter().any(|f| f.path == "units[1]"));
    assert!(r
        .findings
        .iter()
        .any(|f| f.path.starts_with("events[4].checklist")));
    // Staff record 5 was unreadable, so the exposure names an unknown person.
    let five_missing = r.findings.iter().any(|f| f.path == "events[13].staffId");
    assert!(five_missing, "{:?}", r.findings);
}

/// A year for a 2,000-person bureau: about 200,000 events, scored month by month from JSON
/// text. Native only, and ignored by default:
/// `cargo test --release --test suite conduct::year_benchmark -- --ignored --nocapture`.
#[cfg(not(target_arch = "wasm32"))]
#[test]
#[ignore]
fn year_benchmark() {
    let mut rng = Lcg(11);
    let staff: Vec<Value> = (0..2000)
        .map(|i| json!({ "id": format!("S{i:04}"), "name": "张伟", "unit": format!("U{}", i % 40), "window": format!("W{}", i % 400) }))
        .collect();
    let units: Vec<Value> = (0..40)
        .map(|i| json!({ "id": format!("U{i}"), "sector": format!("S{}", i % 5), "heads": { "unit": "王建国" } }))
        .collect();
    let texts: Vec<String> = (1..=12)
        .map(|m| {
            let events: Vec<Value> = (0..16_667)
                .map(|_| {
                    let code = ConductCode::ALL[rng.below(ConductCode::ALL.len() as u64 - 2) as usize];
                    json!({
                        "code": code.as_str(),
                        "staffId": format!("S{:04}", rng.below(2000)),
                        "date": format!("2026-{m:02}-{:02}", 1 + rng.below(28)),
                        "evidence": "窗口暗访记录，张伟未按规定着装",
                    })
                })
                .collect();
            json!({ "period": format!("2026-{m:02}"), "staff": staff, "units": units, "events": events })
                .to_string()
        })
        .collect();
    let rules = ConductRules::default();
    let start = std::time::Instant::now();
    let mut months = Vec::new();
    for text in &texts {
        let input: ConductInput = serde_json::from_str(text).unwrap();
        let r = score_conduct(&input, &rules, Locale::ZhCn).unwrap();
        assert_eq!(r.cards.len(), 2000);
        months.push(MonthCards::from_result(&r));
    }
    let scored = start.elapsed();
    let ranked = rank_units(
        &RankingInput {
            months,
            units: vec![],
            windows: vec![],
        },
        &rules,
        Locale::ZhCn,
    )
    .unwrap();
    println!(
        "200,004 events, 12 months x 2,000 people: parse + score {:?}, then rank {:?} ({} sectors)",
        scored,
        start.elapsed() - scored,
        ranked.sectors.len()
    );
}

/// The period's errors name paths from the argument itself: `months[1].period`, not
/// `months.months[1].period`.
#[test]
fn period_error_paths_start_at_the_months_argument() {
    let text = json!([{ "period": "2026-01", "cards": [] }, { "period": "2026-1", "cards": [] },
        { "period": "2026-03", "cards": [] }])
    .to_string();
    let err = engine().assess_period_json(&text).unwrap_err();
    assert_eq!(err.path, "months[1].period");
    let err = engine().assess_period_json("[]").unwrap_err();
    assert_eq!(err.path, "months");
}

/// A quarter reads as a supervisor writes it: 2026年第一季度, or Q1 2026 in English.
#[test]
fn quarters_are_named_in_the_locale() {
    let fixture: Value = serde_json::from_str(PERIOD).unwrap();
    let months = months_of(&fixture);
    for (locale, quarter) in [(Locale::ZhCn, "2026年第一季度"), (Locale::En, "Q1 2026")] {
        let r = assess_period(&months, &ConductRules::default(), locale).unwrap();
        let text = serde_json::to_string(&r).unwrap();
        assert!(text.contains(quarter), "{quarter} in {text}");
        assert!(!text.contains("2026-Q1"), "{text}");
    }
}

/// helper-43: one staff id under two names is two people whose records cannot be told apart.
/// `scoreConduct` charged the first listed with both's events; `assessPeriod` joined four
/// people's cards into one contract-end recommendation. A placeholder id is no id.
#[test]
fn one_id_for_two_names_is_never_one_person() {
    let input = serde_json::json!({
        "period": "2026-02",
        "staff": [{ "id": "S1", "name": "王建国" }, { "id": "S1", "name": "李四光" },
                  { "id": "S2", "name": "赵六儿" }, { "id": "S2", "name": "赵 六儿" },
                  { "id": "暂无", "name": "钱七七" }],
        "events": [{ "kind": "violation", "code": "eating", "staffId": "S1", "date": "2026-02-03" },
                   { "kind": "violation", "code": "eating", "staffId": "暂无", "date": "2026-02-03" }]
    });
    let got = score(&input);
    let codes: Vec<&str> = got.findings.iter().map(|f| f.code).collect();
    assert_eq!(
        codes,
        [
            "shared_staff_id",
            "duplicate_staff",
            "invalid_record",
            "shared_staff_id",
            "invalid_record"
        ],
        "{got:?}"
    );
    let ids: Vec<&str> = got.cards.iter().map(|c| c.staff_id.as_str()).collect();
    // The same name however spaced is one person, listed twice.
    assert_eq!(ids, ["S2"], "{got:?}");

    let month = |period: &str, name: &str, retrained: bool| {
        json!({ "period": period, "cards": [{ "staffId": "S1", "name": name, "score": 50 }],
                "retrained": if retrained { json!(["S1"]) } else { json!([]) } })
    };
    let months: Vec<MonthCards> = [
        month("2026-01", "王建国", false),
        month("2026-02", "李四光", true),
        month("2026-03", "赵六儿", false),
        month("2026-04", "钱七七", false),
    ]
    .into_iter()
    .map(|m| serde_json::from_value(m).unwrap())
    .collect();
    let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    let got = serde_json::to_value(&r).unwrap();
    assert!(got["people"].as_array().unwrap().is_empty(), "{got}");
    assert_eq!(got["summary"]["endContract"], 0, "{got}");
    assert_eq!(got["findings"][0]["code"], "shared_staff_id", "{got}");
    // helper-44: two people in one month, or a card without a name beside a named one, are
    // not one person either, whatever the order.
    for cards in [
        json!([{ "staffId": "S1", "name": "王建国", "score": 50 }, { "staffId": "S1", "name": "李小明", "score": 70 }]),
        json!([{ "staffId": "S1", "score": 50 }, { "staffId": "S1", "name": "王建国", "score": 50 }]),
    ] {
        let months: Vec<MonthCards> = serde_json::from_value(json!([
            { "period": "2026-01", "cards": cards },
            { "period": "2026-02", "cards": [{ "staffId": "S1", "name": "王建国", "score": 50 }], "retrained": ["S1"] },
            { "period": "2026-03", "cards": [{ "staffId": "S1", "name": "王建国", "score": 50 }] }
        ]))
        .unwrap();
        let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
        assert!(r.people.is_empty(), "{cards}: {:?}", r.people);
        assert_eq!(r.summary.end_contract, 0);
    }
}

/// CON-7: "stays below standard → retraining → fails again". A retraining recorded with no
/// 不合格 run before it in the period leads to no contract end, and a warning says why
/// (helper-45: 70 with a retraining recorded, then one 50, ended the contract).
#[test]
fn a_contract_end_needs_the_fails_before_the_retraining() {
    let months = |spec: &[(&str, f64, bool)]| -> Vec<MonthCards> {
        spec.iter()
            .map(|&(period, score, retrained)| {
                serde_json::from_value(json!({
                    "period": period,
                    "cards": [{ "staffId": "S1", "name": "张伟", "score": score }],
                    "retrained": if retrained { json!(["S1"]) } else { json!([]) }
                }))
                .unwrap()
            })
            .collect()
    };
    let actions = |r: &PeriodResult| -> Vec<String> {
        r.people[0]
            .recommendations
            .iter()
            .map(|x| {
                format!(
                    "{}@{}",
                    serde_json::to_value(x.action).unwrap().as_str().unwrap(),
                    x.at
                )
            })
            .collect()
    };
    let run = |spec: &[(&str, f64, bool)], locale| {
        assess_period(&months(spec), &ConductRules::default(), locale).unwrap()
    };
    // No fail before the recorded retraining.
    let r = run(
        &[
            ("2026-01", 70.0, true),
            ("2026-02", 50.0, false),
            ("2026-03", 70.0, false),
        ],
        Locale::ZhCn,
    );
    assert_eq!(r.summary.end_contract, 0, "{:?}", actions(&r));
    assert!(!actions(&r).iter().any(|a| a.starts_with("end_contract")));
    let f = &r.findings[0];
    assert_eq!(
        (f.rule, f.code, f.path.as_str()),
        (
            "CON-7",
            "retraining_without_fails",
            "months[0].retrained[0]"
        )
    );
    assert!(
        f.message.contains("2026-01") && f.message.contains("2026-02"),
        "{}",
        f.message
    );
    assert!(
        f.message.contains("不据此建议解除劳动合同"),
        "{}",
        f.message
    );

    // One fail only before it is no run either (the default asks two in a row, or three).
    let r = run(
        &[
            ("2026-01", 50.0, false),
            ("2026-02", 70.0, true),
            ("2026-03", 50.0, false),
        ],
        Locale::En,
    );
    assert_eq!(r.summary.end_contract, 0, "{:?}", actions(&r));
    assert_eq!(r.findings[0].code, "retraining_without_fails");

    // A second retraining after the first one's grounds were used needs grounds of its own.
    let r = run(
        &[
            ("2026-01", 50.0, false),
            ("2026-02", 50.0, true),
            ("2026-03", 70.0, false),
            ("2026-04", 70.0, false),
            ("2026-05", 70.0, false),
            ("2026-06", 70.0, false),
            ("2026-07", 70.0, false),
            ("2026-08", 70.0, false),
            ("2026-09", 70.0, true),
            ("2026-10", 50.0, false),
        ],
        Locale::ZhCn,
    );
    assert_eq!(r.summary.end_contract, 0, "{:?}", actions(&r));

    // A retraining in the month the run ends may have come before that month's 不合格
    // (helper-47): no contract end.
    let r = run(
        &[
            ("2026-01", 50.0, false),
            ("2026-02", 50.0, true),
            ("2026-03", 50.0, false),
        ],
        Locale::ZhCn,
    );
    assert_eq!(r.summary.end_contract, 0, "{:?}", actions(&r));
    assert_eq!(r.findings[0].code, "retraining_without_fails");

    // The genuine path still ends in a recommendation, and with no warning.
    let r = run(
        &[
            ("2026-01", 50.0, false),
            ("2026-02", 50.0, false),
            ("2026-03", 50.0, true),
            ("2026-04", 50.0, false),
        ],
        Locale::ZhCn,
    );
    assert_eq!(
        actions(&r),
        [
            "retraining@2026-02",
            "pay_step_down@2026-03",
            "end_contract@2026-04"
        ],
        "{:?}",
        r.findings
    );
    assert!(r.findings.is_empty(), "{:?}", r.findings);
}

/// CON-1 (helper-70): records without a staff id may be anyone's, so every card is incomplete;
/// each card lists the first five and counts the rest. Each card had kept every path and
/// checked each new one against them all: 10,000 such records for 50 people took 17 s.
#[test]
fn records_without_a_staff_id_leave_every_card_incomplete_and_are_counted() {
    let staff: Vec<Value> = (0..40)
        .map(|i| json!({ "id": format!("S{i}"), "name": format!("员工{i}") }))
        .collect();
    let events: Vec<Value> = (0..2000)
        .map(|_| json!({ "code": "eating", "date": "2026-03-02" }))
        .collect();
    let input = json!({ "period": "2026-03", "staff": staff, "events": events });
    let r = score(&input);
    assert_eq!(r.cards.len(), 40);
    for card in &r.cards {
        assert!(card.incomplete, "{}", card.staff_id);
        let unread: Vec<&Finding> = (card.findings.iter())
            .filter(|f| f.code == "records_unread")
            .collect();
        assert_eq!(unread.len(), 1, "{:?}", card.findings);
        assert_eq!(unread[0].path, "events[0]");
        let message = &unread[0].message;
        assert!(message.contains("等2000条"), "{message}");
        assert!(
            message.contains("第5条") || message.contains("events[4]"),
            "{message}"
        );
        assert!(
            !message.contains("第6条") && !message.contains("events[5]"),
            "{message}"
        );
    }
    let en = score_conduct(&self::input(&input), &ConductRules::default(), Locale::En).unwrap();
    let message = &en.cards[0].findings[0].message;
    assert!(message.contains("events[4] and 1995 more"), "{message}");
    // A record that names one person twice (staffId and person) counts once for them.
    let twice = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1", "name": "张伟" }],
        "events": [{ "code": "napping", "staffId": "S1", "person": "张伟", "date": "2026-03-02" }]
    });
    let card = &score(&twice).cards[0];
    assert!(card.incomplete);
    let message = &card
        .findings
        .iter()
        .find(|f| f.code == "records_unread")
        .unwrap()
        .message;
    assert!(!message.contains("等2条"), "{message}");
}

/// CON-1 (helper-43): a record that names the person and cannot be scored leaves the card
/// incomplete, and says so on the card; a record dated outside the month does not. An
/// incomplete 不合格 is then taken as nothing against the person over a period (CON-7).
#[test]
fn a_card_missing_a_record_of_its_own_says_it_is_incomplete() {
    let input = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1", "name": "张伟" }, { "id": "S2", "name": "李娜" }],
        "events": [
            { "code": "gift_or_meal", "staffId": "S1", "date": "2026-03-02", "count": 4 },
            { "code": "eating", "staffId": "S1", "date": "2026-03-02" },
            { "code": "commendation_banner", "staffId": "S1", "date": "2026-03-05", "count": "two" },
            { "code": "no_such_code", "staffId": " S1 ", "date": "2026-03-06" },
            { "code": "eating", "staffId": "S1", "date": "2026-04-01" },
            { "code": "eating", "staffId": "S2", "date": "2026-02-28" },
            // helper-46: refused for its code, but dated in April: not March's record.
            { "code": "napping", "staffId": "S2", "date": "2026-04-05" }
        ],
        "deadlineReports": [
            { "responsible": "S1", "report": { "id": "C-1", "status": "overdue" } }
        ]
    });
    let r = score(&input);
    let s1 = r.cards.iter().find(|c| c.staff_id == "S1").unwrap();
    assert_eq!((s1.score, s1.grade), (59.0, Grade::Fail));
    assert!(s1.incomplete);
    let f = tags_of(&s1.findings);
    assert_eq!(f, ["CON-1:records_unread@events[2]"]);
    let en = score_conduct(&self::input(&input), &ConductRules::default(), Locale::En);
    let message = &en.unwrap().cards[0].findings[0].message;
    for path in ["events[2]", "events[3]", "deadlineReports[0]"] {
        assert!(message.contains(path), "{message}");
    }
    assert!(
        !message.contains("events[4]"),
        "outside the month: {message}"
    );
    assert_eq!(s1.findings[0].severity, Severity::Warning);
    // Only outside the month: S2's card is complete.
    let s2 = r.cards.iter().find(|c| c.staff_id == "S2").unwrap();
    assert!(!s2.incomplete && s2.findings.is_empty(), "{s2:?}");

    // Over a period, the incomplete 不合格 months count for nothing against the person.
    let card = |score: f64, incomplete: bool| json!([{ "staffId": "S1", "name": "张伟", "score": score, "incomplete": incomplete }]);
    let months: Vec<MonthCards> = serde_json::from_value(json!([
        { "period": "2026-01", "cards": card(50.0, true) },
        { "period": "2026-02", "cards": card(50.0, true), "retrained": ["S1"] },
        { "period": "2026-03", "cards": card(50.0, false) }
    ]))
    .unwrap();
    let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    let actions: Vec<Value> = r.people[0]
        .recommendations
        .iter()
        .map(|x| serde_json::to_value(x.action).unwrap())
        .collect();
    assert_eq!(actions, ["pay_step_down"], "only March's own 不合格");
    let codes = tags_of(&r.findings);
    assert_eq!(
        codes,
        [
            "CON-7:incomplete_card@months[0].cards[0].incomplete",
            "CON-7:incomplete_card@months[1].cards[0].incomplete",
            // Nor do they ground the retraining recorded in February.
            "CON-7:retraining_without_fails@months[1].retrained[0]",
        ]
    );
    assert!(r.people[0].months[0].incomplete && !r.people[0].months[2].incomplete);

    // Nor is a pay step up drawn from an incomplete 优秀, which is said to be unconfirmed
    // (helper-49, helper-50).
    let months: Vec<MonthCards> = serde_json::from_value(json!([
        { "period": "2026-01", "cards": card(95.0, false) },
        { "period": "2026-02", "cards": card(95.0, true) },
        { "period": "2026-03", "cards": card(95.0, false) }
    ]))
    .unwrap();
    let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    assert!(r.people[0].recommendations.is_empty(), "{r:?}");
    assert_eq!(r.summary.pay_step_up, 0);
    let codes = tags_of(&r.findings);
    assert_eq!(
        codes,
        ["CON-7:incomplete_card@months[1].cards[0].incomplete"]
    );
    assert!(
        r.findings[0].message.contains("升档"),
        "{}",
        r.findings[0].message
    );

    // An incomplete 不合格 between a run and the retraining may have been a pass: the
    // retraining has no grounds and no contract end follows (helper-50).
    let months: Vec<MonthCards> = serde_json::from_value(json!([
        { "period": "2026-01", "cards": card(50.0, false) },
        { "period": "2026-02", "cards": card(50.0, false) },
        { "period": "2026-03", "cards": card(50.0, true) },
        { "period": "2026-04", "cards": card(70.0, false), "retrained": ["S1"] },
        { "period": "2026-05", "cards": card(50.0, false) }
    ]))
    .unwrap();
    let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    assert_eq!(r.summary.end_contract, 0, "{r:?}");
    let codes = tags_of(&r.findings);
    assert_tagged(
        &codes,
        "CON-7:retraining_without_fails@months[3].retrained[0]",
    );
}

/// CON-7 (helper-46): a retraining recorded after the person passed again has no grounds: the
/// person no longer stays below standard. Cards without names in two units are two people.
#[test]
fn grounds_lapse_with_a_pass_and_unnamed_cards_of_two_units_are_two_people() {
    let scores = [50.0, 50.0, 80.0, 80.0, 80.0, 80.0, 80.0, 80.0, 80.0, 50.0];
    let months: Vec<MonthCards> = scores
        .iter()
        .enumerate()
        .map(|(i, &score)| {
            serde_json::from_value(json!({
                "period": format!("2026-{:02}", i + 1),
                "cards": [{ "staffId": "S1", "name": "张伟", "score": score }],
                "retrained": if i == 8 { json!(["S1"]) } else { json!([]) }
            }))
            .unwrap()
        })
        .collect();
    let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    assert_eq!(
        r.summary.end_contract, 0,
        "{:?}",
        r.people[0].recommendations
    );
    let codes = tags_of(&r.findings);
    assert_eq!(
        codes,
        ["CON-7:retraining_without_fails@months[8].retrained[0]"]
    );

    // A retraining in the month after the run, with no pass between, keeps its grounds.
    let months: Vec<MonthCards> = serde_json::from_value(json!([
        { "period": "2026-01", "cards": [{ "staffId": "S1", "name": "张伟", "score": 50 }] },
        { "period": "2026-02", "cards": [{ "staffId": "S1", "name": "张伟", "score": 50 }] },
        { "period": "2026-03", "cards": [], "retrained": ["S1"] },
        { "period": "2026-04", "cards": [{ "staffId": "S1", "name": "张伟", "score": 50 }] }
    ]))
    .unwrap();
    let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    assert_eq!(r.summary.end_contract, 1, "{:?}", r.findings);

    // No names: S1 of unit A and S1 of unit B are not joined into one retraining.
    let card = |unit: &str| json!([{ "staffId": "S1", "unit": unit, "score": 50 }]);
    let months: Vec<MonthCards> = serde_json::from_value(json!([
        { "period": "2026-01", "cards": card("A") },
        { "period": "2026-02", "cards": card("B") },
        { "period": "2026-03", "cards": card("A") }
    ]))
    .unwrap();
    let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    assert!(r.people.is_empty(), "{:?}", r.people);
    assert_eq!(r.findings[0].code, "shared_staff_id");
}

/// CON-1, CON-7 (helper-46): a staff id typed in full-width characters (Ｓ１) is the same id.
#[test]
fn a_full_width_staff_id_is_the_same_id() {
    let input = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1", "name": "张伟" }],
        "events": [
            { "code": "eating", "staffId": "Ｓ１", "date": "2026-03-02" },
            { "code": "no_such_code", "staffId": "Ｓ１", "date": "2026-03-03" }
        ]
    });
    let r = score(&input);
    assert_eq!(r.cards[0].score, 99.0, "{:?}", r.findings);
    assert!(r.cards[0].incomplete);
    let months: Vec<MonthCards> = serde_json::from_value(json!([
        { "period": "2026-01", "cards": [{ "staffId": "S1", "name": "张伟", "score": 50 }] },
        { "period": "2026-02", "cards": [{ "staffId": " Ｓ１", "name": "张伟", "score": 50 }] },
        { "period": "2026-03", "cards": [] }
    ]))
    .unwrap();
    let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    assert_eq!(r.people.len(), 1);
    assert_eq!(r.summary.retraining, 1);
}

/// CON-7 (helper-47): one id and one name in two units is not known to be one person; a
/// retraining of someone with no card is said, never shown as an empty person.
#[test]
fn one_name_in_two_units_and_a_retraining_without_a_card() {
    let card = |unit: &str, score: f64| json!([{ "staffId": "s1", "name": "张伟", "unit": unit, "score": score }]);
    let months: Vec<MonthCards> = serde_json::from_value(json!([
        { "period": "2026-01", "cards": card("u1", 50.0) },
        { "period": "2026-02", "cards": card("u2", 50.0) },
        { "period": "2026-03", "cards": card("u1", 70.0), "retrained": ["s1"] },
        { "period": "2026-04", "cards": card("u2", 50.0) }
    ]))
    .unwrap();
    let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    assert!(r.people.is_empty(), "{:?}", r.people);
    assert_eq!(r.summary.end_contract, 0);

    let months: Vec<MonthCards> = serde_json::from_value(json!([
        { "period": "2026-01", "cards": card("u1", 70.0), "retrained": ["张伟", "s9"] },
        { "period": "2026-02", "cards": card("u1", 70.0) },
        { "period": "2026-03", "cards": card("u1", 70.0) }
    ]))
    .unwrap();
    let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    assert_eq!(r.people.len(), 1);
    let codes = tags_of(&r.findings);
    assert_eq!(
        codes,
        [
            "CON-7:retrained_without_card@months[0].retrained[0]",
            "CON-7:retrained_without_card@months[0].retrained[1]"
        ]
    );
    let all = serde_json::to_string(&r).unwrap();
    assert!(!all.contains("张伟"), "{all}");
}

/// CON-1 (helper-47): a refused record that gives the person's name where the id goes is
/// theirs; one that names no one may be anyone's; a text is no one's record.
#[test]
fn a_refused_record_by_name_or_naming_no_one() {
    let run = |events: Value| {
        let input = json!({
            "period": "2026-03",
            "staff": [{ "id": "S1", "name": "张伟" }, { "id": "S2", "name": "李娜" }],
            "events": events
        });
        let r = score(&input);
        r.cards.iter().map(|c| c.incomplete).collect::<Vec<_>>()
    };
    let by_name = json!([{ "code": "no_such_code", "staffId": "张 伟", "date": "2026-03-02" }]);
    assert_eq!(run(by_name), [true, false]);
    let no_one = json!([{ "code": "eating", "date": "2026-03-02", "count": "x" }]);
    assert_eq!(run(no_one), [true, true]);
    let elsewhere = json!([{ "code": "eating", "date": "2026-04-02", "count": "x" }]);
    assert_eq!(run(elsewhere), [false, false]);
    assert_eq!(run(json!(["eating", 7, ["S1"]])), [false, false]);
}

/// CON-1 (helper-47): a deadline report whose status no report has (超期, a typo) is refused,
/// and the card of the person responsible says it is incomplete.
#[test]
fn a_deadline_report_of_unknown_status_is_refused() {
    let input = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1", "name": "张伟" }],
        "deadlineReports": [
            { "responsible": "S1", "report": { "id": "C-1", "status": "超期", "dueAt": "2026-03-04T17:30:00+08:00" } },
            { "responsible": "S1", "report": { "id": "C-2", "status": "done_on_time" } }
        ]
    });
    let r = score(&input);
    let codes = tags_of(&r.findings);
    assert_eq!(
        codes,
        ["CON-1:invalid_record@deadlineReports[0].report.status"]
    );
    assert!(
        r.findings[0].message.contains("超期"),
        "{}",
        r.findings[0].message
    );
    assert!(r.cards[0].incomplete);
    assert_eq!(r.summary.rejected, 1);
}

/// CON-1 (helper-57): an overdue report without its due time is refused at `report.dueAt`,
/// and the message says so in the engine's locale (the Chinese one had ended "missing").
#[test]
fn a_deadline_report_without_its_due_time_is_refused_in_words() {
    let input = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1", "name": "张伟" }],
        "deadlineReports": [{ "responsible": "S1", "report": { "id": "C-1", "status": "overdue" } }]
    });
    let zh = score(&input);
    assert_eq!(
        tags_of(&zh.findings),
        ["CON-1:invalid_record@deadlineReports[0].report.dueAt"]
    );
    let message = &zh.findings[0].message;
    assert!(
        message.contains("缺少") && !message.contains("missing"),
        "{message}"
    );
    assert!(zh.cards[0].incomplete);
    let en = score_conduct(&self::input(&input), &ConductRules::default(), Locale::En).unwrap();
    let message = &en.findings[0].message;
    assert!(message.contains("dueAt"), "{message}");
}

/// CON-1 (helper-48): one staff id listed in two units is not known to be one person, under
/// one name or not: a record of that id is not charged to either.
#[test]
fn one_staff_id_in_two_units_is_not_one_person() {
    let input = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1", "name": "张三", "unit": "U1" }, { "id": "S1", "name": "张三", "unit": "U2" }],
        "events": [{ "code": "eating", "staffId": "S1", "date": "2026-03-02" }]
    });
    let r = score(&input);
    assert!(r.cards.is_empty(), "{:?}", r.cards);
    let codes = tags_of(&r.findings);
    assert_eq!(
        codes,
        [
            "CON-1:shared_staff_id@staff[1].id",
            "CON-1:shared_staff_id@events[0].staffId"
        ]
    );
    assert!(r.findings[0].message.contains("不同单位"));
}

/// CON-1 (helper-49): `person` beside `staffId` is the same person by id or by name, and
/// `null` is not given; a `person` naming someone else leaves the record unscored and the
/// card incomplete; `person` alone is the staff id.
#[test]
fn person_beside_staff_id_must_name_the_same_person() {
    let event = |extra: Value| {
        let mut e = json!({ "code": "eating", "date": "2026-03-05" });
        e.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        e
    };
    let v = json!({ "period": "2026-03",
        "staff": [{ "id": "S1", "name": "张伟" }, { "id": "S2", "name": "李四" }],
        "events": [
            event(json!({ "staffId": "S1", "person": null })),
            event(json!({ "staffId": "S1", "person": "S1" })),
            event(json!({ "staffId": "S1", "person": "张 伟" })),
            event(json!({ "staffId": "S1", "person": "暂无" })),
            event(json!({ "person": "S2" })),
            event(json!({ "staffId": "S2", "person": "张伟" })),
        ] });
    let r = score(&v);
    let card = |id: &str| r.cards.iter().find(|c| c.staff_id == id).unwrap();
    // The record naming S2 and 张伟 may be either's: both cards are incomplete (helper-50).
    assert_eq!(card("S1").score, 96.0);
    assert!(card("S1").incomplete);
    assert_eq!(card("S2").score, 99.0);
    assert!(card("S2").incomplete);
    let tags = tags_of(&r.findings);
    assert_eq!(tags, ["CON-1:invalid_record@events[5].person"]);
    assert!(
        r.findings[0].message.contains("“S2”"),
        "{}",
        r.findings[0].message
    );
}

/// CON-1 (helper-49): an event's date given as a time, or as a `Date`'s JSON, is its Beijing
/// day: 2026-03-31T16:30Z is 1 April in Beijing, outside March.
#[test]
fn an_event_dated_by_a_time_is_its_beijing_day() {
    let v = json!({ "period": "2026-03", "staff": [{ "id": "S1", "name": "张伟" }],
        "events": [
            { "staffId": "S1", "code": "eating", "date": "2026-03-05T10:00" },
            { "staffId": "S1", "code": "eating", "date": "2026-03-04T18:00:00.000Z" },
            { "staffId": "S1", "code": "eating", "date": "2026-03-31T16:30:00.000Z" },
        ] });
    let r = score(&v);
    assert_eq!(r.cards[0].score, 98.0);
    let dates: Vec<&str> = r.cards[0].items.iter().map(|i| i.date.as_str()).collect();
    assert_eq!(dates, ["2026-03-05", "2026-03-05"]);
    let tags = tags_of(&r.findings);
    assert_eq!(tags, ["CON-1:outside_period@events[2].date"]);
}

/// CON-1 (helper-50): a listed person's name where the staff id goes is `name_for_id`, not
/// "not on the list", and marks that card; a placeholder staff id beside a `person` marks that
/// person's card only, not every card.
#[test]
fn a_name_where_the_id_goes_is_said_so() {
    let v = json!({ "period": "2026-03",
        "staff": [{ "id": "S1", "name": "王建国" }, { "id": "S2", "name": "李明" }, { "id": "S3", "name": "赵六" }],
        "events": [
            { "code": "eating", "date": "2026-03-05", "person": "王 建国" },
            { "code": "eating", "date": "2026-03-05", "staffId": "暂无", "person": "李明" },
            { "code": "eating", "date": "2026-04-02", "person": "无此人" },
        ] });
    let r = score(&v);
    let tags = tags_of(&r.findings);
    assert_eq!(
        tags,
        [
            "CON-1:name_for_id@events[0].person",
            "CON-1:name_for_id@events[1].person",
            // Dated in April: another month's record, whoever it names.
            "CON-1:outside_period@events[2].date"
        ]
    );
    assert!(!r.findings[0].message.contains("王建国"), "masked");
    let incomplete: Vec<bool> = r.cards.iter().map(|c| c.incomplete).collect();
    assert_eq!(incomplete, [true, true, false]);
}

/// CON-1 (helper-50): a staff row whose id is a placeholder leaves its records unknown: an
/// unlisted id is `person_unread`, as beside a row with no id, not "not on the list".
#[test]
fn a_staff_row_with_a_placeholder_id_may_be_anyone() {
    let v = json!({ "period": "2026-03",
        "staff": [{ "id": "S1", "name": "张伟" }, { "id": "暂无", "name": "李明" }],
        "events": [{ "code": "eating", "date": "2026-03-05", "staffId": "S9" }] });
    let r = score(&v);
    let tags = tags_of(&r.findings);
    assert_eq!(
        tags,
        [
            "CON-1:invalid_record@staff[1].id",
            "CON-1:person_unread@events[0].staffId"
        ]
    );
}

/// SUP-5 (helper-50): a month whose sector ranking holds an incomplete card does not count
/// towards a talk: any window might have ranked otherwise. A warning says so.
#[test]
fn no_talk_is_called_on_incomplete_cards() {
    let month = |p: &str, incomplete: bool| {
        json!({ "period": p, "cards": [
            { "staffId": "a", "unit": "UA", "window": "W1", "sector": "社保", "score": 95 },
            { "staffId": "b", "unit": "UB", "window": "W1", "sector": "社保", "score": 60, "incomplete": incomplete }
        ] })
    };
    let rank = |months: Value| {
        let input: RankingInput = serde_json::from_value(json!({ "months": months })).unwrap();
        rank_units(&input, &ConductRules::default(), Locale::ZhCn).unwrap()
    };
    let r = rank(json!([month("2026-01", false), month("2026-02", false)]));
    assert_eq!(r.talks.len(), 1, "complete cards: UB's W1 last twice");
    let r = rank(json!([month("2026-01", false), month("2026-02", true)]));
    assert!(r.talks.is_empty(), "{:?}", r.talks);
    let findings = tags_of(&r.findings);
    assert_eq!(findings, ["SUP-5:incomplete_ranking@months[1]"]);
    assert!(
        r.findings[0].message.contains("2026-02"),
        "{}",
        r.findings[0].message
    );
}

/// CON-7, SUP-5 (helper-51): an incomplete second card of a month leaves the month
/// unconfirmed (the higher score of two is no help when one is not known), and every
/// incomplete month is said, whatever its grade.
#[test]
fn a_duplicate_incomplete_card_leaves_the_month_unconfirmed() {
    let card = |score: f64, incomplete: bool| json!({ "staffId": "S1", "name": "张伟", "unit": "U1", "window": "W1", "sector": "X", "score": score, "incomplete": incomplete });
    let months: Vec<MonthCards> = serde_json::from_value(json!([
        { "period": "2026-01", "cards": [card(50.0, false)] },
        { "period": "2026-02", "cards": [card(80.0, false), card(40.0, true)] },
        { "period": "2026-03", "cards": [card(50.0, false)] }
    ]))
    .unwrap();
    let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    assert!(
        r.people[0]
            .recommendations
            .iter()
            .all(|x| serde_json::to_value(x.action).unwrap() != "retraining"),
        "{r:?}"
    );
    assert!(r.people[0].months[1].incomplete);
    let tags = tags_of(&r.findings);
    assert_tagged(&tags, "CON-7:incomplete_card@months[1].cards[1].incomplete");

    // 95, 95, an incomplete 80: no step up, and the month is said.
    let months: Vec<MonthCards> = serde_json::from_value(json!([
        { "period": "2026-01", "cards": [card(95.0, false)] },
        { "period": "2026-02", "cards": [card(95.0, false)] },
        { "period": "2026-03", "cards": [card(80.0, true)] }
    ]))
    .unwrap();
    let r = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    let tags = tags_of(&r.findings);
    assert_eq!(
        tags,
        ["CON-7:incomplete_card@months[2].cards[0].incomplete"]
    );

    // In the ranking, a duplicate incomplete card makes the month count towards no talk.
    let other = |id: &str, w: &str, s: f64| json!({ "staffId": id, "unit": "U1", "window": w, "sector": "X", "score": s });
    let month = |p: &str, extra: Vec<Value>| {
        let mut cards = vec![other("A", "W2", 90.0), card(70.0, false)];
        cards.extend(extra);
        json!({ "period": p, "cards": cards })
    };
    let input: RankingInput = serde_json::from_value(json!({ "months": [
        month("2026-01", vec![card(60.0, true)]), month("2026-02", vec![]) ] }))
    .unwrap();
    let r = rank_units(&input, &ConductRules::default(), Locale::ZhCn).unwrap();
    assert!(r.talks.is_empty(), "{:?}", r.talks);
    let tags = tags_of(&r.findings);
    assert_tagged(&tags, "SUP-5:incomplete_ranking@months[0]");
}

/// CON-1 (helper-51): a record of another month is `outside_period` whatever else it holds.
#[test]
fn another_months_record_is_outside_the_period_whatever_it_holds() {
    let v = json!({ "period": "2026-03", "staff": [{ "id": "S1", "name": "张伟" }],
        "events": [
            { "staffId": "S1", "code": "no_such_code", "date": "2026-04-02" },
            // helper-52: one that cannot be read at all, too.
            { "staffId": "S1", "code": "eating", "date": "2026-04-02", "count": "x" },
        ] });
    let r = score(&v);
    let tags = tags_of(&r.findings);
    assert_eq!(
        tags,
        [
            "CON-1:outside_period@events[0].date",
            "CON-1:outside_period@events[1].date"
        ]
    );
    assert!(!r.cards[0].incomplete);
}

/// SUP-5, CON-9 (helper-52): of two cards of one person in a month, the higher counts in the
/// ranking too, whichever comes first; the order of the cards decides no talk.
#[test]
fn the_higher_of_two_cards_counts_in_the_ranking_whatever_their_order() {
    let c = |id: &str, u: &str, s: f64| json!({ "staffId": id, "unit": u, "window": "1号", "sector": "S", "score": s });
    let talks = |second: Vec<Value>| {
        let mut feb = vec![c("X", "U1", 90.0), c("Y", "U2", 85.0)];
        feb.extend(second);
        let input: RankingInput = serde_json::from_value(json!({ "months": [
            { "period": "2025-01", "cards": [c("X", "U1", 90.0), c("Y", "U2", 85.0), c("Z", "U3", 70.0)] },
            { "period": "2025-02", "cards": feb } ] }))
        .unwrap();
        let r = rank_units(&input, &ConductRules::default(), Locale::ZhCn).unwrap();
        let tags = tags_of(&r.findings);
        assert_eq!(tags, ["CON-7:duplicate_card@months[1].cards[3].staffId"]);
        r.talks.len()
    };
    assert_eq!(talks(vec![c("Z", "U3", 60.0), c("Z", "U3", 95.0)]), 0);
    assert_eq!(talks(vec![c("Z", "U3", 95.0), c("Z", "U3", 60.0)]), 0);
}

/// A card that cannot be read (a score that is a text or `null`, a count that is a word) is an
/// `invalid_record` finding at its path in `assessPeriod` and `rankUnits`, and every other card
/// is still read (helper-83 #10: one such card made the whole call an error). Its name is masked
/// in the finding.
#[test]
fn an_unreadable_card_is_a_finding_and_the_other_cards_count() {
    let c = |id: &str, s: Value| json!({ "staffId": id, "name": "欧阳娜娜", "unit": "U1", "window": "1号", "sector": "S", "score": s });
    let mut bad = c("Y", json!("欧阳娜娜"));
    let months: Vec<Value> = ["2026-01", "2026-02", "2026-03"]
        .iter()
        .map(|p| json!({ "period": p, "cards": [c("X", json!(95.0)), c("Y", json!(70.0))] }))
        .collect();
    let mut months = months;
    months[1]["cards"].as_array_mut().unwrap().push(bad.clone());
    bad["score"] = Value::Null;
    months[2]["cards"].as_array_mut().unwrap().push(bad.clone());
    bad["score"] = json!(50);
    bad["seriousOffences"] = json!("two");
    months[2]["cards"].as_array_mut().unwrap().push(bad);
    let expected = [
        "CON-1:invalid_record@months[1].cards[2].score",
        "CON-1:invalid_record@months[2].cards[2].score",
        "CON-1:invalid_record@months[2].cards[3].seriousOffences",
    ];
    let period: Vec<MonthCards> = serde_json::from_value(json!(months)).unwrap();
    let r = assess_period(&period, &ConductRules::default(), Locale::ZhCn).unwrap();
    assert_eq!(tags_of(&r.findings), expected);
    // Each field named in words (helper-86: the path had been shown raw).
    let said = &r.findings[2].message;
    assert!(
        said.starts_with("第3个月份的第4张考评卡的严重违规次数"),
        "{said}"
    );
    let text = serde_json::to_string(&r).unwrap();
    assert!(!text.contains("娜娜"), "{text}");
    // Y's three readable cards are 合格 and count; X's are 优秀.
    assert_eq!(r.people.len(), 2);
    let input: RankingInput = serde_json::from_value(json!({ "months": months })).unwrap();
    let r = rank_units(&input, &ConductRules::default(), Locale::En).unwrap();
    assert_eq!(tags_of(&r.findings), expected);
    assert_eq!(r.sectors[0].units[0].cards, 6);
    let text = serde_json::to_string(&r).unwrap();
    assert!(!text.contains("娜娜"), "{text}");
}

/// A finding on a person's month gives the id and the month apart by a word, both as given:
/// with only a space or a comma between them, the id's digits and the year read as one number
/// and were masked (helper-84: `S012* **26-01`; helper-86: `202*-**，***4567` for 1234567).
#[test]
fn a_duplicate_cards_month_and_id_are_not_read_as_one_number() {
    let ids = [
        "S0123",
        "0123",
        "1234567",
        "123456",
        "1234567890",
        "20260101",
        "RS-2026-0001",
    ];
    for id in ids {
        for locale in [Locale::ZhCn, Locale::En] {
            let c = |s: f64| json!({ "staffId": id, "name": "张伟", "unit": "U1", "window": "1号", "sector": "S", "score": s, "incomplete": true });
            let months: Vec<Value> = ["2026-01", "2026-02", "2026-03"]
                .iter()
                .map(|p| json!({ "period": p, "cards": [c(95.0), c(80.0)] }))
                .collect();
            // The month always; the id as given where the masker keeps it alone (a number of
            // seven digits or more is masked wherever free text holds it).
            let said = match (locale, id.len() < 7 || id.starts_with('S')) {
                (Locale::En, true) => format!("staff {id} in 2026-01"),
                (Locale::En, false) => " in 2026-01".to_string(),
                (_, true) => format!("人员 {id} 于 2026-01"),
                (_, false) => " 于 2026-01".to_string(),
            };
            let period: Vec<MonthCards> = serde_json::from_value(json!(months)).unwrap();
            let r = assess_period(&period, &ConductRules::default(), locale).unwrap();
            for code in ["duplicate_card", "incomplete_card"] {
                let f = r.findings.iter().find(|f| f.code == code).unwrap();
                assert!(f.message.contains(&said), "{}", f.message);
            }
            let input: RankingInput = serde_json::from_value(json!({ "months": months })).unwrap();
            let r = rank_units(&input, &ConductRules::default(), locale).unwrap();
            let f = r
                .findings
                .iter()
                .find(|f| f.code == "duplicate_card")
                .unwrap();
            assert!(f.message.contains(&said), "{}", f.message);
        }
    }
}

/// A value a card could not be read by is masked with every name the call's cards give, read
/// or not (helper-86: `score: "张伟"`, a column shifted, was echoed whole where 张伟 was
/// another card's name, or another card's staff id).
#[test]
fn a_bad_cards_value_is_masked_with_every_cards_names() {
    let card = |id: &str, name: Value, s: Value| json!({ "staffId": id, "name": name, "score": s });
    for (bad, other) in [
        (
            card("S9", Value::Null, json!("张伟")),
            card("S1", json!("张伟"), json!(55)),
        ),
        (
            card("S9", Value::Null, json!("王芳")),
            card("王芳", Value::Null, json!(80)),
        ),
        (
            card("S9", Value::Null, json!("John Smith")),
            card("S1", json!("John Smith"), json!(80)),
        ),
        (
            card("S9", json!("欧阳娜娜"), json!([1])),
            card("S1", Value::Null, json!("欧阳娜娜")),
        ),
    ] {
        let month = |p: &str| json!({ "period": p, "cards": [other.clone(), card("S2", json!("李娜"), json!(95))] });
        let mut months = vec![month("2026-01"), month("2026-02"), month("2026-03")];
        months[1]["cards"].as_array_mut().unwrap().push(bad.clone());
        let period: Vec<MonthCards> = serde_json::from_value(json!(months)).unwrap();
        let r = assess_period(&period, &ConductRules::default(), Locale::ZhCn).unwrap();
        let input: RankingInput = serde_json::from_value(json!({ "months": months })).unwrap();
        let ranked = rank_units(&input, &ConductRules::default(), Locale::ZhCn).unwrap();
        // `staffId` is the key a portal joins on, given back as given: the findings are checked.
        let texts = [&r.findings, &ranked.findings].map(|f| serde_json::to_string(f).unwrap());
        for text in texts {
            for name in ["张伟", "王芳", "John Smith", "娜娜"] {
                assert!(!text.contains(name), "{name} in {text}");
            }
        }
        assert!(!r.findings.is_empty() && !ranked.findings.is_empty());
    }
}

/// A unit or window given as a placeholder (`-`, `无`, `暂无`, `N/A`) or blank is none: an
/// uncertified person at window `-` serves at no window (CON-8), `暂无` is no unit of its own,
/// and the card gives `null` for both (helper-86: `uncertified` against such a person).
#[test]
fn a_placeholder_window_or_unit_is_none() {
    let r = score(&json!({ "period": "2026-03", "staff": [
        { "id": "S3", "name": "王芳", "window": "-", "certified": false },
        { "id": "S4", "name": "赵敏", "unit": "暂无", "window": "无", "certified": false },
        { "id": "S5", "name": "钱七", "unit": " ", "window": "N/A", "sector": "—", "certified": false },
        { "id": "S7", "name": "周九", "unit": "未 分配", "window": "ＮＡ", "certified": false },
        { "id": "S8", "name": "吴十", "window": "not applicable", "certified": false },
        { "id": "S9", "name": "郑一", "window": "无窗口号", "certified": false },
        { "id": "S6", "name": "孙八", "unit": "U1", "window": " W1 ", "certified": false } ] }));
    let tags: Vec<String> = r.cards.iter().flat_map(|c| tags_of(&c.findings)).collect();
    assert_eq!(tags, ["CON-8:uncertified@staff[6].certified"]);
    assert_eq!(tags_of(&r.findings), Vec::<String>::new());
    assert_eq!(
        r.units.iter().map(|u| u.id.as_str()).collect::<Vec<_>>(),
        ["U1"]
    );
    for card in &r.cards[..6] {
        assert_eq!(
            (&card.unit, &card.window, &card.sector),
            (&None, &None, &None)
        );
    }
    assert_eq!(r.cards[6].window.as_deref(), Some(" W1 "));
    // rankUnits leaves out a card whose unit is a placeholder, as one without a unit.
    let c =
        |u: &str| json!({ "staffId": "S1", "unit": u, "window": "-", "sector": "S", "score": 80 });
    let months: Vec<Value> = ["2026-01", "2026-02"]
        .iter()
        .map(|p| json!({ "period": p, "cards": [c("U1"), json!({ "staffId": "S2", "unit": "暂无", "score": 50 })] }))
        .collect();
    let input: RankingInput = serde_json::from_value(json!({ "months": months })).unwrap();
    let ranked = rank_units(&input, &ConductRules::default(), Locale::ZhCn).unwrap();
    let units: Vec<&str> = ranked
        .sectors
        .iter()
        .flat_map(|s| &s.units)
        .map(|u| u.unit.as_str())
        .collect();
    assert_eq!(units, ["U1"]);
    assert!(ranked.sectors.iter().all(|s| s.windows.is_empty()));
}

/// A card's score between two tenths is refused, not rounded into a grade: 89.95 is no 优秀
/// (a pay step up) and 59.95 no 合格 (helper-86: both were rounded up across the band).
#[test]
fn a_score_between_two_tenths_is_refused() {
    for (score, refused) in [
        (89.95, true),
        (59.95, true),
        (79.99, true),
        (90.0 - 1e-9, true),
        (90.0 - 1e-10, true),
        (-1e-10, true),
        (89.99999999999999, false),
        (59.999999999, true),
        (1e-9, true),
        (0.1 + 0.2, false),
        (59.900000000000006, false),
        (1.1 * 3.0, false),
        (89.9, false),
        (60.0, false),
        (0.3, false),
    ] {
        let months: Vec<Value> = ["2026-01", "2026-02", "2026-03"]
            .iter()
            .map(|p| json!({ "period": p, "cards": [{ "staffId": "S1", "unit": "U1", "sector": "S", "score": score }] }))
            .collect();
        let period: Vec<MonthCards> = serde_json::from_value(json!(months)).unwrap();
        let r = assess_period(&period, &ConductRules::default(), Locale::ZhCn).unwrap();
        let tags = tags_of(&r.findings);
        let input: RankingInput = serde_json::from_value(json!({ "months": months })).unwrap();
        let ranked = rank_units(&input, &ConductRules::default(), Locale::ZhCn).unwrap();
        assert_eq!(tags, tags_of(&ranked.findings), "{score}");
        match refused {
            true => {
                assert_eq!(tags.len(), 3, "{score}: {tags:?}");
                assert!(
                    tags.iter().all(|t| t.starts_with("CON-7:invalid_score@")),
                    "{tags:?}"
                );
                assert!(r.people.is_empty() && r.summary.pay_step_up == 0, "{score}");
            }
            false => assert!(tags.is_empty(), "{score}: {tags:?}"),
        }
    }
}

/// Lists read record by record are first read in one pass (`input::read_in_place`); a text with a
/// bad record is read again record by record. Both readings give what reading record by record
/// alone gives, wherever the bad record or another error stands, and reading by hand later is
/// record by record again.
#[test]
fn one_pass_reading_gives_what_record_by_record_gives() {
    use hall_rules::json_objects::from_str;
    use hall_rules::json_path::from_json_text;
    let good = r#"{ "code": "eating", "staffId": "S1", "date": "2026-03-02" }"#;
    let bad = r#"{ "code": "eating", "staffId": "S1", "date": "2026-03-32", "count": "两次" }"#;
    let texts = [
        format!(r#"{{ "period": "2026-03", "events": [{good}, {good}] }}"#),
        format!(r#"{{ "period": "2026-03", "events": [{good}, {bad}, {good}] }}"#),
        format!(r#"{{ "events": [{bad}], "period": "2026-13" }}"#),
        format!(r#"{{ "period": 3, "events": [{bad}] }}"#),
        format!(r#"{{ "period": "2026-03", "events": [{good}, 5, {bad}] }}"#),
        format!(
            r#"{{ "period": "2026-03", "events": [{good}], "staff": [{{ "id": "S1", "name": 5 }}] }}"#
        ),
    ];
    for text in &texts {
        let both: Result<ConductInput, _> =
            from_json_text(text, "input", ErrorCode::InvalidArgument);
        let alone: Result<ConductInput, _> = from_str(text);
        match (&both, &alone) {
            (Ok(b), Ok(a)) => assert_eq!(format!("{b:?}"), format!("{a:?}"), "{text}"),
            (Err(_), Err(_)) => {}
            _ => panic!("{text}: {both:?} against {alone:?}"),
        }
        let bad_records = both
            .as_ref()
            .map(|b| b.events.iter().filter(|e| e.0.is_err()).count());
        assert_eq!(
            bad_records.ok(),
            alone
                .as_ref()
                .ok()
                .map(|a| a.events.iter().filter(|e| e.0.is_err()).count())
        );
    }
    let read: ConductInput =
        from_json_text(&texts[1], "input", ErrorCode::InvalidArgument).unwrap();
    assert_eq!(
        read.events.iter().map(|e| e.0.is_ok()).collect::<Vec<_>>(),
        [true, false, true]
    );
    let later: ConductInput = serde_json::from_str(&texts[1]).unwrap();
    assert!(later.events[1].0.is_err() && later.events[1].1.is_some());
}

/// CON-9 (helper-89): `rankUnits` compares staff ids as `assessPeriod` does: `Ｓ１` is `S1`, so
/// of two cards of one person the higher counts and the second is `duplicate_card`; both had
/// counted, the lower dragging the unit's average down.
#[test]
fn a_full_width_id_is_one_person_in_the_ranking() {
    let input: RankingInput =
        serde_json::from_value(json!({ "months": [{ "period": "2026-01", "cards": [
        { "staffId": "S1", "unit": "U1", "sector": "S", "score": 85 },
        { "staffId": "Ｓ１", "unit": "U1", "sector": "S", "score": 50 } ] }] }))
        .unwrap();
    let r = rank_units(&input, &ConductRules::default(), Locale::ZhCn).unwrap();
    assert_eq!(
        tags_of(&r.findings),
        ["CON-7:duplicate_card@months[0].cards[1].staffId"]
    );
    let unit = &r.sectors[0].units[0];
    assert_eq!((unit.cards, unit.average_score), (1, 85.0));
}

/// CON-5: one case is deducted once per person, so an overdue case with its id and a count of
/// several is not scored at all, as a count over the limit is (helper-60: it had taken −6); so
/// is one without a case id, which names the one unknown case (helper-64: a count of 25 without
/// an id had taken −50).
#[test]
fn a_case_id_with_a_count_of_several_is_not_several_deductions() {
    let v = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1" }, { "id": "S2" }],
        "events": [
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-03", "caseId": "C1", "count": 3 },
            { "kind": "overdue_case", "staffId": "S2", "date": "2026-03-03", "count": 2 },
            { "kind": "overdue_case", "staffId": "S2", "date": "2026-03-04", "caseId": "C2", "count": 1 }
        ]
    });
    let r = score(&v);
    let s1 = r.cards.iter().find(|c| c.staff_id == "S1").unwrap();
    let s2 = r.cards.iter().find(|c| c.staff_id == "S2").unwrap();
    assert_eq!(s1.score, 100.0);
    assert!(s1.incomplete);
    assert_eq!(s2.score, 98.0);
    assert!(s2.incomplete);
    let tags = tags_of(&r.findings);
    assert_tagged(&tags, "CON-1:count_over_limit@events[0].count");
    assert_tagged(&tags, "CON-1:count_over_limit@events[1].count");
    // Records without a case id, or with one that says none, are the one unknown case.
    let v = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1" }],
        "events": [
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-03" },
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-04", "caseId": null },
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-05", "caseId": "编号不明" }
        ],
        "deadlineReports": [
            { "responsible": "S1", "report": { "id": null, "status": "overdue", "dueAt": "2026-03-02T17:30" } }
        ]
    });
    let r = score(&v);
    assert_eq!(r.cards[0].score, 98.0);
    let tags = tags_of(&r.findings);
    for at in [
        "events[1].caseId",
        "events[2].caseId",
        "deadlineReports[0].report.id",
    ] {
        assert_tagged(&tags, &format!("CON-5:duplicate_case@{at}"));
    }
}

/// CON-5, helper-60 and helper-61: a case is one case however its id is written. `C1`, ` C1 `,
/// `Ｃ１`, `c1` and `C1` with a zero-width space are one case (trimmed, full-width read as ASCII
/// as staff ids are, invisible marks dropped, letters in either case: merging asserts less, as
/// only deductions are left out). Every case id that says none (empty, a dash, 暂无, Ｎ／Ａ) is one
/// unknown case per person: that two such records are two cases is nowhere shown.
#[test]
fn case_ids_are_compared_as_written_by_people() {
    let month = |ids: &[&str]| {
        let events: Vec<Value> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| {
                json!({ "kind": "overdue_case", "staffId": "S1", "date": format!("2026-03-0{}", i + 1), "caseId": id })
            })
            .collect();
        score(&json!({ "period": "2026-03", "staff": [{ "id": "S1" }], "events": events }))
    };
    let r = month(&["C1", " C1 ", "Ｃ１", "c1", "C\u{200B}1", "C 1"]);
    assert_eq!(r.cards[0].score, 98.0, "one case");
    let tags = tags_of(&r.findings);
    for at in 1..6 {
        assert_tagged(&tags, &format!("CON-5:duplicate_case@events[{at}].caseId"));
    }
    assert_eq!(tags.len(), 5, "{tags:?}");
    assert_eq!(
        month(&["C-1", "C01", "C1"]).cards[0].score,
        94.0,
        "three cases"
    );
    // Every dash is a dash, and a closing stop is no part of the id (helper-64).
    let r = month(&["C-1", "C–1", "C—1", "C−1", "C-1。", "c-1｡"]);
    assert_eq!(r.cards[0].score, 98.0, "{:?}", tags_of(&r.findings));
    for none in [
        ["暫無", "未知", "不详"],
        ["N.A.", "？", "―"],
        ["无。", "……", "−"],
        ["暂无", "暂无", "无"],
        ["", " ", "-"],
        ["-", "—", "/"],
        ["none", "N/A", "（无）"],
        ["Ｎ／Ａ", "ｎｏｎｅ", "\u{200B}"],
        ["不明", "未提供", "Unknown"],
        ["TBD", "。", "〜"],
        ["未填写", "なし", "。。"],
        ["编号不明", "无编号", "待查"],
        ["#N/A", "、", "编号：无"],
        ["暂无编号", "无号", "空白"],
        ["待补录", "无?", "｡"],
    ] {
        let r = month(&none);
        assert_eq!(r.cards[0].score, 98.0, "{none:?}: one unknown case");
        let tags = tags_of(&r.findings);
        assert_tagged(&tags, "CON-5:duplicate_case@events[1].caseId");
        assert_tagged(&tags, "CON-5:duplicate_case@events[2].caseId");
    }
    // Several for a case id that says none is several for one case: not scored at all.
    let r = score(
        &json!({ "period": "2026-03", "staff": [{ "id": "S1" }], "events": [
        { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-03", "caseId": "暂无", "count": 2 }
    ] }),
    );
    assert_eq!(r.cards[0].score, 100.0);
    assert_tagged(
        &tags_of(&r.findings),
        "CON-1:count_over_limit@events[0].count",
    );
}

/// CON-5, CAL-2 (helper-61, helper-62): a case whose own deadline report is provisional (any
/// status), or says it was done on time, is not deducted by an `overdue_case` record entered by
/// hand either, whoever the report names: the report's finding says nothing is deducted, the
/// card agrees, and when a case fell due is a fact of the case.
#[test]
fn a_case_its_report_keeps_from_deduction_is_not_deducted_by_hand() {
    let v = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1" }, { "id": "S2" }],
        "events": [
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-03", "caseId": "C1" },
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-04", "caseId": "c2 " },
            { "kind": "overdue_case", "staffId": "S2", "date": "2026-03-04", "caseId": "C2" }
        ],
        "deadlineReports": [
            { "responsible": "S1", "report": { "id": "C1", "status": "overdue", "dueAt": "2026-03-02T17:30", "provisional": true } },
            { "responsible": "S1", "report": { "id": "C2", "status": "done_on_time", "dueAt": "2026-03-02T17:30" } },
            { "responsible": "S1", "report": { "id": "C3", "status": "on_track", "dueAt": "2026-03-20T17:30" } }
        ]
    });
    let r = score(&v);
    let card = |id: &str| r.cards.iter().find(|c| c.staff_id == id).unwrap();
    assert_eq!(card("S1").score, 100.0);
    assert!(!card("S1").incomplete);
    assert_eq!(card("S2").score, 100.0);
    let tags = tags_of(&r.findings);
    assert_tagged(&tags, "CON-5:overdue_provisional@events[0].caseId");
    assert_tagged(&tags, "CON-5:overdue_contradicted@events[1].caseId");
    assert_tagged(&tags, "CON-5:overdue_contradicted@events[2].caseId");
    assert_tagged(
        &tags,
        "CON-5:overdue_provisional@deadlineReports[0].report.provisional",
    );
    assert_eq!(tags.len(), 4, "{tags:?}");
    // A report whose id says none holds nothing: it names no case (helper-63).
    let mut nameless = v.clone();
    nameless["events"] = json!([
        { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-03", "caseId": "暂无" },
        { "kind": "overdue_case", "staffId": "S2", "date": "2026-03-03", "caseId": "-" }
    ]);
    nameless["deadlineReports"] = json!([
        { "responsible": "S2", "report": { "id": "暂无", "status": "done_on_time", "dueAt": "2026-03-02T17:30" } },
        { "responsible": "S1", "report": { "id": "N/A", "status": "on_track", "dueAt": "2026-03-20T17:30", "provisional": true } }
    ]);
    let r = score(&nameless);
    assert!(
        r.cards.iter().all(|c| c.score == 98.0),
        "{:?}",
        tags_of(&r.findings)
    );
    // A provisional report holds the case whatever its status: its due time is not known.
    let mut unknown = v.clone();
    unknown["deadlineReports"] = json!([{ "responsible": "S2", "report": { "id": "C1", "status": "on_track", "dueAt": "2026-03-20T17:30", "provisional": true } }]);
    let r = score(&unknown);
    // C1 held; c2 deducted, as no report holds it now.
    assert_eq!(
        r.cards.iter().find(|c| c.staff_id == "S1").unwrap().score,
        98.0
    );
    assert_tagged(
        &tags_of(&r.findings),
        "CON-5:overdue_provisional@events[0].caseId",
    );
    // A snapshot that was on track does not hold a later overdue record.
    let mut later = v.clone();
    later["events"] =
        json!([{ "kind": "overdue_case", "staffId": "S1", "date": "2026-03-25", "caseId": "C3" }]);
    assert_eq!(score(&later).cards[0].score, 98.0);
}

/// CON-5: an overdue record dated before the day the case's own deadline report says it fell
/// due was not overdue on that date: not deducted, whoever it names, with a warning that gives
/// the due time. A date alone on the due day may be before the due time, so it is not deducted
/// either; a record with its time is compared by time (helper-64). A case its report shows due
/// in an earlier month is deducted in that month, not by a record of this one. An invalid
/// report's due time is not known. Of several reports of a case, the latest due time counts.
#[test]
fn an_overdue_record_dated_before_the_case_fell_due_is_not_deducted() {
    let v = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1" }, { "id": "S2" }],
        "events": [
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-05", "caseId": "C1" },
            { "kind": "overdue_case", "staffId": "S2", "date": "2026-03-20T18:00", "caseId": "C1" },
            { "kind": "overdue_case", "staffId": "S2", "date": "2026-03-25", "caseId": "C2" },
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-12", "caseId": "c3" },
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-05", "caseId": "C4" },
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-20", "caseId": "C2" },
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-20T10:00+08:00", "caseId": "C1" },
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-20", "caseId": "C5" }
        ],
        "deadlineReports": [
            { "responsible": "S1", "report": { "id": "C1", "status": "warning", "dueAt": "2026-03-20T17:30" } },
            { "responsible": "S2", "report": { "id": "C2", "status": "on_track", "dueAt": "2026-03-20T17:30" } },
            { "responsible": "S1", "report": { "id": "C3", "status": "overdue", "dueAt": "2026-03-10T17:30" } },
            { "responsible": "S1", "report": { "id": "C3 ", "status": "on_track", "dueAt": "2026-03-16T17:30" } },
            { "responsible": "S1", "report": { "id": "C4", "status": "invalid", "dueAt": "2026-03-30T17:30" } },
            { "responsible": "S2", "report": { "id": "C5", "status": "overdue", "dueAt": "2026-02-20T17:30" } }
        ]
    });
    let r = score(&v);
    let card = |id: &str| r.cards.iter().find(|c| c.staff_id == id).unwrap();
    // S1: C4 only (an invalid report holds nothing); S2: C1 after its due time, C2 after its day.
    assert_eq!(card("S1").score, 98.0);
    assert_eq!(card("S2").score, 96.0);
    let tags = tags_of(&r.findings);
    for at in [
        "events[0].caseId",
        "events[3].caseId",
        "events[5].caseId",
        "events[6].caseId",
    ] {
        assert_tagged(&tags, &format!("CON-5:overdue_before_due@{at}"));
    }
    // The stale report of C3 is held by the later one.
    assert_tagged(
        &tags,
        "CON-5:overdue_before_due@deadlineReports[2].report.id",
    );
    assert_tagged(&tags, "CON-5:overdue_outside_period@events[7].caseId");
    assert_tagged(
        &tags,
        "CON-5:overdue_outside_period@deadlineReports[5].report.dueAt",
    );
    assert_eq!(tags.len(), 7, "{tags:?}");
    let first = r
        .findings
        .iter()
        .find(|f| f.path == "events[0].caseId")
        .unwrap();
    assert!(first.severity == Severity::Warning, "{first:?}");
    assert!(
        first.message.contains("C1（到期时间2026-03-20 17:30）"),
        "{}",
        first.message
    );
    let en = score_conduct(&input(&v), &ConductRules::default(), Locale::En).expect("scored");
    let first = en
        .findings
        .iter()
        .find(|f| f.path == "events[0].caseId")
        .unwrap();
    assert!(
        first.message.contains("C1 (due 2026-03-20 17:30)"),
        "{}",
        first.message
    );
    // helper-65: a record at the due time itself is not after it; a due date without a time is
    // due at the end of that day; a report that does not deduct, due in an earlier month, sends
    // no record elsewhere (the record is the case's one deduction); the unknown case is named so.
    let w = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1" }],
        "events": [
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-10T17:30", "caseId": "C1" },
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-11T10:00", "caseId": "C2" },
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-02", "caseId": "C3" },
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-03", "caseId": "暂无" },
            { "kind": "overdue_case", "staffId": "S1", "date": "2026-03-04", "caseId": "未编号" }
        ],
        "deadlineReports": [
            { "responsible": "S1", "report": { "id": "C1", "status": "warning", "dueAt": "2026-03-10T17:30" } },
            { "responsible": "S1", "report": { "id": "C2", "status": "on_track", "dueAt": "2026-03-11" } },
            { "responsible": "S1", "report": { "id": "C3", "status": "on_track", "dueAt": "2026-02-27T17:30" } }
        ]
    });
    let r = score(&w);
    let tags = tags_of(&r.findings);
    assert_tagged(&tags, "CON-5:overdue_before_due@events[0].caseId");
    assert_tagged(&tags, "CON-5:overdue_before_due@events[1].caseId");
    assert_tagged(&tags, "CON-5:duplicate_case@events[4].caseId");
    assert_eq!(tags.len(), 3, "{tags:?}");
    // C3 and the unknown case.
    assert_eq!(r.cards[0].score, 96.0);
    let dup = r
        .findings
        .iter()
        .find(|f| f.code == "duplicate_case")
        .unwrap();
    assert!(dup.message.contains("办件（编号不明）"), "{}", dup.message);
    let held = r
        .findings
        .iter()
        .find(|f| f.path == "events[1].caseId")
        .unwrap();
    assert!(
        held.message.contains("2026-03-11 23:59）"),
        "{}",
        held.message
    );
    // A date alone on the due day says so; a record with its time does not (helper-66).
    let mut alone = w.clone();
    alone["events"][0]["date"] = json!("2026-03-10");
    let r = score(&alone);
    let held = r
        .findings
        .iter()
        .find(|f| f.path == "events[0].caseId")
        .unwrap();
    assert!(
        held.message
            .contains("到期时间2026-03-10 17:30；本条只写日期，视为在到期时间之前"),
        "{}",
        held.message
    );
    let en = score_conduct(&input(&alone), &ConductRules::default(), Locale::En).expect("scored");
    let held = en
        .findings
        .iter()
        .find(|f| f.path == "events[0].caseId")
        .unwrap();
    assert!(
        held.message.contains(
            "(due 2026-03-10 17:30; the record gives a date alone, taken as before the due time)"
        ),
        "{}",
        held.message
    );
    // A report on track or warned gives its due time; one without it, or with one that says
    // none, is refused, as an unreadable one is (helper-66: it was dropped without a word).
    for due in [Value::Null, json!(""), json!("暂无")] {
        let mut missing = w.clone();
        missing["deadlineReports"][0]["report"]["dueAt"] = due.clone();
        let r = score(&missing);
        assert!(r.cards[0].incomplete, "{due}");
        let f = r
            .findings
            .iter()
            .find(|f| f.path.starts_with("deadlineReports[0]"))
            .unwrap();
        assert!(!f.message.contains("：。"), "{due}: {}", f.message);
    }
    // A report that would hold a record by its due time, with a due time that cannot be read,
    // is refused: the card says a record was not read (helper-64).
    let mut unread = v.clone();
    unread["deadlineReports"][1]["report"]["dueAt"] = json!("garbage");
    let r = score(&unread);
    let s2 = r.cards.iter().find(|c| c.staff_id == "S2").unwrap();
    assert!(s2.incomplete);
    assert!(
        r.findings
            .iter()
            .any(|f| f.path.starts_with("deadlineReports[1]")),
        "{:?}",
        tags_of(&r.findings)
    );
    // A provisional report's due time is not known: it holds the case as provisional instead.
    let mut provisional = v.clone();
    provisional["deadlineReports"][0]["report"]["provisional"] = json!(true);
    let tags = tags_of(&score(&provisional).findings);
    assert_tagged(&tags, "CON-5:overdue_provisional@events[0].caseId");
}

/// CASE-7 (helper-86): a record's `person` or staff id that is a name is masked wherever
/// another record's evidence quotes it, whether the record is read, refused, or unreadable.
#[test]
fn a_records_person_that_is_a_name_is_masked_in_other_records() {
    let input = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1", "name": "张伟" }],
        "events": [
            { "code": "eating", "person": "欧阳修", "date": "2026-03-02" },
            { "code": "eating", "staffId": "Li Na", "date": "2026-03-02" },
            { "code": "eating", "person": "司马光", "date": "2026-03-02", "count": "两次" },
            { "code": "eating", "staffId": "S1", "date": "2026-03-03", "evidence": "与欧阳修、Li Na、司马光同桌用餐" }
        ]
    });
    let r = score(&input);
    let text = serde_json::to_string(&r).unwrap();
    for name in ["欧阳修", "Li Na", "司马光"] {
        assert!(!text.contains(name), "{name} in {text}");
    }
    assert!(text.contains("与欧**、L****、司**同桌"), "{text}");
}

/// CASE-7 (helper-87): a name given in the wrong column (a code, a kind, a count, a card's
/// score or flag) is masked where the finding echoes it, though no name field gives it.
#[test]
fn a_name_in_the_wrong_column_is_masked_in_the_echo() {
    let r = score(
        &json!({ "period": "2026-03", "staff": [{ "id": "S1" }], "events": [
        { "code": "王小明", "staffId": "S1", "date": "2026-03-02" },
        { "kind": "张飞", "staffId": "S1", "date": "2026-03-02" },
        { "code": "eating", "staffId": "S1", "date": "2026-03-02", "count": "Zhou Yu" },
        { "code": "smokingg", "staffId": "S1", "date": "2026-03-02" },
        // helper-88: a date, an unseen mark, another middle dot, and the names quoted again.
        { "code": "eating", "staffId": "S1", "date": "李雷" },
        { "code": "\u{200b}司马光", "staffId": "S1", "date": "2026-03-02" },
        { "code": "阿卜杜・热合曼", "staffId": "S1", "date": "2026-03-02" },
        { "code": "eating", "staffId": "S1", "date": "2026-03-03", "evidence": "王小明与李雷、Zhou Yu聊天" } ] }),
    );
    let text = serde_json::to_string(&r).unwrap();
    for name in ["王小明", "张飞", "Zhou Yu", "李雷", "司马光", "热合曼"] {
        assert!(!text.contains(name), "{name} in {text}");
    }
    assert!(text.contains("王**") && text.contains("smokingg"), "{text}");
    let card = |s: Value, d: Value| json!({ "staffId": "S1", "score": s, "unitDisqualified": d });
    let months: Vec<Value> = ["2026-01", "2026-02", "2026-03"]
        .iter()
        .map(|p| json!({ "period": p, "cards": [card(json!("欧阳娜娜"), json!(false)), card(json!(80), json!("乔峰"))] }))
        .collect();
    let period: Vec<MonthCards> = serde_json::from_value(json!(months)).unwrap();
    let r = assess_period(&period, &ConductRules::default(), Locale::ZhCn).unwrap();
    let text = serde_json::to_string(&r.findings).unwrap();
    assert!(!text.contains("娜娜") && !text.contains("乔峰"), "{text}");
    assert_eq!(r.findings.len(), 6, "{text}");
}

/// CASE-7 (helper-88): a name given as a case's category or as its time is masked in the
/// finding that quotes it, and a record given as a list gives no id (`["王小明"]` had given
/// 王小明 as its id).
#[test]
fn a_name_in_a_cases_wrong_column_is_masked() {
    let now = instant(&json!("2026-03-10T10:00"));
    let r = engine().assess_deadline_json(
        Ok(r#"{ "id": "A", "category": "王小明", "receivedAt": "2026-03-02 09:00" }"#),
        now,
    );
    let text = serde_json::to_string(&r).unwrap();
    assert!(!text.contains("王小明") && text.contains("王**"), "{text}");
    let r = engine().assess_deadline_json(
        Ok(r#"{ "id": "A", "category": "promised", "receivedAt": "Zhou Yu" }"#),
        now,
    );
    let text = serde_json::to_string(&r).unwrap();
    assert!(!text.contains("Zhou Yu"), "{text}");
    let v = engine().validate_case_json(
        Ok(r#"{ "id": "C1", "category": "王小明", "receivedAt": "2026-03-02" }"#),
        now,
    );
    let text = serde_json::to_string(&v).unwrap();
    assert!(!text.contains("王小明") && text.contains("王**"), "{text}");
    for list in [r#"["王小明"]"#, r#"[13800138000]"#] {
        let r = engine().assess_deadline_json(Ok(list), now);
        assert_eq!(r.id, None, "{list}");
        let v = engine().validate_case_json(Ok(list), now);
        let text = serde_json::to_string(&v).unwrap();
        assert!(
            !text.contains("王小明") && !text.contains("13800138000"),
            "{text}"
        );
    }
}

/// CON-1, CASE-7 (helper-78): a staff id that is no one on the list is quoted, unless it is a
/// name: in Chinese characters (王*), or letters alone in two words or more (`Li Na`: L****).
/// An id of one word, or with a digit, is quoted as given.
#[test]
fn an_unknown_staff_id_that_is_a_name_is_masked() {
    let ids = [
        "Li Na",
        "ZHANG  Wei",
        "Jean-Luc Picard",
        "王五",
        "S9",
        "admin",
        "S-0123 A",
    ];
    let events: Vec<Value> = (ids.iter())
        .map(|id| json!({ "code": "eating", "staffId": id, "date": "2026-03-02" }))
        .collect();
    let input = json!({
        "period": "2026-03",
        "staff": [{ "id": "S1", "name": "张伟" }],
        "events": events
    });
    let r = score(&input);
    let messages: Vec<&str> = r.findings.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(messages.len(), 7, "{messages:?}");
    for (message, shown) in messages.iter().zip([
        "“L****”",
        "“Z*********”",
        "“J**************”",
        "“王*”",
        "“S9”",
        "“admin”",
        "“S-0123 A”",
    ]) {
        assert!(message.contains(shown), "{shown} in {message}");
    }
    let all = messages.join("");
    for name in ["Li Na", "Wei", "Picard", "王五"] {
        assert!(!all.contains(name), "{name} in {all}");
    }
}

/// CASE-7, CON-1, CON-7 (helper-82): a staff id on the list that is a name (`周杰伦`, `Jean-Luc
/// Picard`) is a name in every text of the month (evidence, consequences, findings), masked
/// as the staff's names are; `staffId` itself, the key a portal joins cards on, stays as given.
#[test]
fn a_listed_staff_id_that_is_a_name_is_masked_in_texts() {
    let r = score(&json!({
        "period": "2026-03",
        "staff": [
            { "id": "周杰伦", "unit": "U1", "window": "W1", "certified": false },
            { "id": "周杰伦", "unit": "U1" },
            { "id": "Jean-Luc Picard", "unit": "U1" },
            { "id": "Nguyễn Văn An 2", "unit": "U1" }
        ],
        "events": [
            { "code": "exposure", "staffId": "周杰伦", "date": "2026-03-05",
              "evidence": "周杰伦被电视台曝光" },
            { "code": "eating", "staffId": "Jean-Luc Picard", "date": "2026-03-05",
              "evidence": "Jean-Luc Picard ate at the window" },
            { "code": "eating", "staffId": "Nguyễn Văn An 2", "date": "2026-03-05",
              "evidence": "Nguyen Van An 2 ate at the window" }
        ]
    }));
    let texts: Vec<String> = (r.findings.iter().map(|f| f.message.clone()))
        .chain(r.cards.iter().flat_map(|c| {
            (c.items.iter().map(|i| i.evidence.clone()))
                .chain(c.consequences.iter().map(|q| q.message.clone()))
                .chain(c.findings.iter().map(|f| f.message.clone()))
        }))
        .collect();
    let all = texts.join("\n");
    for name in ["周杰伦", "Picard", "Nguyen", "Văn"] {
        assert!(!all.contains(name), "{name} in {all}");
    }
    assert!(all.contains("周**"), "{all}");
    assert!(r.cards.iter().any(|c| c.staff_id == "Jean-Luc Picard"));
    let months: Vec<MonthCards> = serde_json::from_value(json!([
        { "period": "2026-01", "cards": [{ "staffId": "周杰伦", "score": 50 },
            { "staffId": "周杰伦", "score": 55 }] },
        { "period": "2026-02", "cards": [{ "staffId": "周杰伦", "score": 50 }] },
        { "period": "2026-03", "cards": [], "retrained": ["周杰伦"] }
    ]))
    .unwrap();
    let p = assess_period(&months, &ConductRules::default(), Locale::ZhCn).unwrap();
    let all: Vec<&str> = p.findings.iter().map(|f| f.message.as_str()).collect();
    assert!(!all.is_empty());
    assert!(all.iter().all(|m| !m.contains("周杰伦")), "{all:?}");
}

/// CASE-7, CON-6 (helper-85): a unit record's heads under a key the engine does not know
/// (`chief`), or under `Heads`, refuse the record, and every name they give is still a name of
/// the month, masked in evidence; an unknown key had been ignored and the name printed.
#[test]
fn heads_under_unknown_keys_are_refused_and_masked() {
    for heads in [
        json!({ "heads": { "unit": "欧阳娜娜", "chief": "司马光" } }),
        json!({ "Heads": { "unit": "欧阳娜娜", "bureau": "司马光" } }),
    ] {
        let mut unit = json!({ "id": "U1", "name": "单位1" });
        for (k, v) in heads.as_object().unwrap() {
            unit[k] = v.clone();
        }
        let r = score(&json!({
            "period": "2026-03",
            "staff": [{ "id": "S1", "name": "王芳", "unit": "U1" }],
            "units": [unit],
            "events": [{ "code": "eating", "staffId": "S1", "date": "2026-03-05",
                "evidence": "主任欧阳娜娜、局长司马光在场" }]
        }));
        assert!(
            r.findings.iter().any(|f| f.path.starts_with("units[0]")),
            "{heads}"
        );
        let evidence = &r.cards[0].items[0].evidence;
        assert!(
            !evidence.contains("欧阳娜娜") && !evidence.contains("司马光"),
            "{heads}: {evidence}"
        );
    }
}

/// helper-90 #1 (CON-1): a staff id padded with marks that show nothing (a zero-width space, a
/// BOM, a soft hyphen, a direction mark) is that person's id, as a padded one with spaces is:
/// `\u{200B}S001`'s commendation had been lost to S001 as `unknown_person`.
#[test]
fn a_staff_id_with_unseen_marks_is_the_same_id() {
    for mark in [
        "", "\u{200B}", "\u{FEFF}", "\u{00AD}", "\u{200E}", "\u{2060}", "\u{034F}", "\u{2800}",
    ] {
        let padded = format!("{mark}S001{mark}");
        let v = json!({ "period": "2026-03", "staff": [{ "id": "S001", "name": "张伟" }],
            "events": [
                { "staffId": "S001", "code": "absent", "date": "2026-03-02" },
                { "staffId": padded, "code": "commendation_letter", "date": "2026-03-03" }
            ] });
        let r = score(&v);
        // −5 for the absence, +1 for the letter, however the id is padded.
        assert_eq!(r.cards[0].score, 96.0, "{mark:?}");
        assert!(!tags_of(&r.findings)
            .iter()
            .any(|t| t.contains("unknown_person")));
    }
    // Two staff rows whose ids differ only by such a mark are one id given twice.
    let v = json!({ "period": "2026-03", "staff": [
        { "id": "S001", "name": "张伟" }, { "id": "S001\u{200B}", "name": "李娜" }] });
    assert_tagged(
        &tags_of(&score(&v).findings),
        "CON-1:shared_staff_id@staff[1].id",
    );
}

/// helper-90 #2 (SUP-5, CON-9): a unit id written with a zero-width mark or in full width is the
/// same unit in the ranking; it had split U2/W1 in two, and the other half was last two months
/// running, a talk its head did not earn.
#[test]
fn a_unit_written_otherwise_is_one_unit_in_the_ranking() {
    // helper-93: a grapheme joiner and a tag character too.
    for unit in ["U2\u{200B}", "Ｕ２", "U\u{034F}2", "U2\u{E0001}"] {
        let input: RankingInput = serde_json::from_value(json!({ "months": [
            { "period": "2026-02", "cards": [
                { "staffId": "a", "unit": "U1", "window": "W1", "sector": "S", "score": 80 },
                { "staffId": "y", "unit": "U2", "window": "W1", "sector": "S", "score": 70 } ] },
            { "period": "2026-03", "cards": [
                { "staffId": "a", "unit": "U1", "window": "W1", "sector": "S", "score": 80 },
                { "staffId": "x", "unit": unit, "window": "W1", "sector": "S", "score": 96 },
                { "staffId": "y", "unit": "U2", "window": "W1", "sector": "S", "score": 70 } ] } ] }))
        .unwrap();
        let r = rank_units(&input, &ConductRules::default(), Locale::ZhCn).unwrap();
        assert!(r.talks.is_empty(), "{unit}: {:?}", r.talks);
        let units = &r.sectors[0].units;
        assert_eq!(units.len(), 2, "{unit}");
    }
}

/// helper-90 #7 (CASE-7): a period that is a name is masked in the error, whoever's name it is
/// (a unit head's had been quoted whole).
#[test]
fn a_period_that_is_a_name_is_masked() {
    let v = json!({ "period": "赵六", "staff": [{ "id": "S001", "name": "张伟" }],
        "units": [{ "id": "U1", "heads": { "unit": "赵六" } }] });
    let err = score_conduct(&input(&v), &ConductRules::default(), Locale::ZhCn).unwrap_err();
    assert!(
        err.detail.contains("赵*") && !err.detail.contains("赵六"),
        "{}",
        err.detail
    ); // helper-93: in brackets or with a stop after it too.
    for period in ["（王小明）", "王小明。", "王小明；", "王小明：", "王小明、"]
    {
        let v = json!({ "period": period });
        let err = score_conduct(&input(&v), &ConductRules::default(), Locale::ZhCn).unwrap_err();
        assert!(
            err.detail.contains("王**") && !err.detail.contains("王小明"),
            "{}",
            err.detail
        );
    }
}

/// helper-91 (CON-1, CON-9): spaces of any kind within an id are one space, in the staff list,
/// the events and the ranking's units and windows: `S0\u{3000}01` is `S0 01`, and
/// `1号\u{3000}窗口` is `1号 窗口` (they had been two people and two windows, and a talk
/// called for the wrong window).
#[test]
fn spaces_of_any_kind_within_an_id_are_one_space() {
    for written in [
        "S0\u{3000}01",
        "S0\u{A0}01",
        "S0\t01",
        "S0  01",
        "S0 \u{200B} 01",
    ] {
        let v = json!({ "period": "2026-03", "staff": [{ "id": "S0 01", "name": "张伟" }],
            "events": [{ "staffId": written, "code": "commendation_letter", "date": "2026-03-03" }] });
        let r = score(&v);
        assert_eq!(r.cards[0].score, 101.0, "{written:?}");
    }
    // Two ids that differ by more than spacing stay two.
    let v = json!({ "period": "2026-03", "staff": [{ "id": "S0 01" }, { "id": "S001" }] });
    assert_eq!(score(&v).cards.len(), 2);
    let cards = |window: &str| {
        json!([
            { "staffId": "a", "unit": "U1", "window": "W1", "sector": "S", "score": 85 },
            { "staffId": "b", "unit": "U1", "window": "W2", "sector": "S", "score": 75 },
            { "staffId": "c", "unit": "U2", "window": "1号 窗口", "sector": "S", "score": 60 },
            { "staffId": "d", "unit": "U2", "window": window, "sector": "S", "score": 99 } ])
    };
    for window in ["1号 窗口", "1号\u{3000}窗口", "1号\u{A0}窗口"] {
        let input: RankingInput = serde_json::from_value(json!({ "months": [
            { "period": "2026-02", "cards": cards(window) },
            { "period": "2026-03", "cards": cards(window) } ] }))
        .unwrap();
        let r = rank_units(&input, &ConductRules::default(), Locale::ZhCn).unwrap();
        let talks: Vec<String> = r.talks.iter().map(|t| t.window.clone()).collect();
        assert_eq!(talks, ["W2"], "{window:?}");
    }
}

/// helper-92 (CON-1): accents are letters, not unseen marks: `Le\u{0302} Van` (Lê Van) is not
/// `Le Van`, who had been charged with her deduction.
#[test]
fn an_accent_keeps_two_ids_apart() {
    let v = json!({ "period": "2026-03",
        "staff": [{ "id": "Le Van", "unit": "U1" }, { "id": "Le\u{0302} Van", "unit": "U1" }],
        "events": [{ "code": "foul_language", "staffId": "Le\u{0302} Van", "date": "2026-03-03" }] });
    let r = score(&v);
    let scores: Vec<(String, f64)> = r
        .cards
        .iter()
        .map(|c| (c.staff_id.clone(), c.score))
        .collect();
    assert_eq!(scores.len(), 2, "{scores:?}");
    assert!(
        scores.contains(&("Le Van".to_string(), 100.0)),
        "{scores:?}"
    );
}
