//! Shared helpers for the suite.

use hall_rules::deadline::CaseInput;
use hall_rules::input::InstantInput;
use hall_rules::time::{parse_date, Day, Minute};
use hall_rules::Engine;
use serde_json::Value;

/// One default engine for the whole suite: building the calendar tables is the costly part.
pub fn engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(Engine::with_defaults)
}

pub fn engine_with(config: &str) -> Result<Engine, hall_rules::Error> {
    Engine::from_json(config)
}

pub fn day(text: &str) -> Day {
    parse_date(text, "test").expect("test date")
}

pub fn instant(v: &Value) -> Minute {
    let input: InstantInput = serde_json::from_value(v.clone()).expect("test instant");
    input.resolve("now").expect("test instant resolves")
}

pub fn case(v: &Value) -> CaseInput {
    serde_json::from_value(v.clone()).expect("test case shape")
}

pub const DEADLINE_FIXTURE: &str = include_str!("../fixtures/deadline-cases.json");

/// Checks one report (as JSON) against a fixture's `expect`. Findings are compared as
/// `RULE:code` or `RULE:code@path`, in order.
pub fn check_report(name: &str, report: &Value, expect: &Value) {
    let Value::Object(expect) = expect else {
        panic!("{name}: expect is not an object")
    };
    for (key, want) in expect {
        if key == "findings" {
            let got: Vec<String> = report["findings"]
                .as_array()
                .expect("findings array")
                .iter()
                .map(|f| {
                    let base = format!(
                        "{}:{}",
                        f["rule"].as_str().unwrap_or(""),
                        f["code"].as_str().unwrap_or("")
                    );
                    let with_path = format!("{base}@{}", f["path"].as_str().unwrap_or(""));
                    let wanted = want
                        .as_array()
                        .map(|w| w.iter().any(|x| x.as_str() == Some(with_path.as_str())))
                        .unwrap_or(false);
                    if wanted {
                        with_path
                    } else {
                        base
                    }
                })
                .collect();
            let want: Vec<String> = want
                .as_array()
                .expect("expected findings")
                .iter()
                .map(|x| x.as_str().unwrap_or("").to_string())
                .collect();
            assert_eq!(got, want, "{name}: findings {}", report["findings"]);
        } else if key == "steps" {
            let got: Vec<Value> = report["steps"]
                .as_array()
                .expect("steps array")
                .iter()
                .map(|s| serde_json::json!([s["name"], s["status"], s["dueAt"]]))
                .collect();
            assert_eq!(&Value::Array(got), want, "{name}: steps");
        } else if let (Some(a), Some(b)) = (report[key].as_f64(), want.as_f64()) {
            // JSON through JS loses the difference between 0 and 0.0.
            assert_eq!(a, b, "{name}: {key}");
        } else {
            assert_eq!(&report[key], want, "{name}: {key}");
        }
    }
}
