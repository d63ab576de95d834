//! Portal data as text (issue 17): the instant reader, limit texts and the absent-field scan.
//! Never a panic; a time read is in range or refused with a range error; and the quick scan
//! that lets a record skip the absent-field pass never misses a field that pass would remove;
//! the field map's tree writes what serde_json writes, and maps no text serde_json refuses.
#![no_main]
use libfuzzer_sys::fuzz_target;

use hall_rules::deadline::LimitInput;
use hall_rules::deadline::limit::LimitUnit;
use hall_rules::time::{parse_date, parse_instant_seconds, read_instant};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(r) = read_instant(&text) {
        assert!(r.second < 60);
        match parse_instant_seconds(&text, "t") {
            Ok((m, s)) => assert!(m == r.minute && s == r.second && m.in_range()),
            Err(e) => assert_eq!(e.code.as_str(), "date_out_of_range"),
        }
    }
    let _ = parse_date(&text, "d");
    let _ = LimitInput::Text(text.to_string()).resolve(LimitUnit::WorkingDays, "limit");
    let map = hall_rules::fieldmap::FieldMap::default();
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(value) => {
            // Nulls need no pass (serde reads them as absent): compare without them.
            let mut before = value.clone();
            drop_nulls(&mut before);
            // Written as serde_json writes the value without its nulls, unless the pass removed
            // more. Compared as text: a float read back from text may differ in its last bit.
            let mapped = map.map_text(&text).expect("JSON is mapped");
            if mapped != serde_json::to_string(&before).unwrap() {
                assert!(hall_rules::fieldmap::may_hold_absent(&text), "scan missed: {text}");
            }
        }
        Err(_) => assert!(map.map_text(&text).is_err(), "not JSON, mapped: {text}"),
    }
});

fn drop_nulls(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(o) => {
            o.retain(|_, x| !x.is_null());
            o.values_mut().for_each(drop_nulls);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}
