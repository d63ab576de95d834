//! One case record as raw JSON through the deadline engine, with and without a field map.
#![no_main]
use std::sync::OnceLock;

use hall_rules::deadline::Status;
use hall_rules::time::Minute;
use hall_rules::Engine;
use libfuzzer_sys::fuzz_target;

fn engines() -> &'static [Engine; 2] {
    static E: OnceLock<[Engine; 2]> = OnceLock::new();
    E.get_or_init(|| {
        let mapped = Engine::from_json(r#"{"fieldMap":{"bjlx":"category","sjsj":"receivedAt","zt[].ks":"pauses[].from","zt[].js":"pauses[].to"},"valueMap":{"category":{"2":"promised"}}}"#)
            .expect("map");
        [Engine::with_defaults(), mapped]
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for e in engines() {
        let r = e.assess_deadline_json(Ok(&text), Minute(29_540_000));
        if r.status != Status::Invalid {
            let due = r.due_at.expect("a valid report has a due time").to_string();
            let day = hall_rules::time::parse_date(&due[..10], "due").expect("due date");
            assert!(e.calendar().is_working(day).unwrap_or(true), "due on a day off: {due}");
            assert!(r.card.is_some());
        }
    }
});
