//! CAL-1..5: the calendar, its horizon, overlays and office hours.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use hall_rules::calendar::DayKind;
use hall_rules::time::{parse_instant, Minute};
use hall_rules::ErrorCode;

use super::support::{day, engine, engine_with};

fn at(text: &str) -> Minute {
    parse_instant(text, "test").unwrap()
}

#[test]
fn spring_festival_2026_is_nine_days_off_with_two_makeup_saturdays() {
    let cal = &engine().calendar();
    for d in 15..=23 {
        let date = day(&format!("2026-02-{d:02}"));
        let info = cal.day_info(date, false).unwrap();
        assert!(!info.working, "02-{d}");
        assert_eq!(info.kind, DayKind::Holiday);
        assert_eq!(info.name.as_deref(), Some("春节"));
    }
    let sat = cal.day_info(day("2026-02-14"), false).unwrap();
    assert_eq!(
        (sat.working, sat.kind, sat.provisional),
        (true, DayKind::MakeupWorkday, false)
    );
    assert_eq!(sat.office_hours, vec!["09:00-12:00", "13:30-17:30"]);
    assert_eq!(
        cal.day_info(day("2026-02-28"), true)
            .unwrap()
            .name
            .as_deref(),
        Some("Spring Festival")
    );
    assert_eq!(
        cal.add_working_days(day("2026-02-13"), 2).unwrap(),
        day("2026-02-24")
    );
    assert_eq!(
        cal.working_days_between(day("2026-02-13"), day("2026-02-24"))
            .unwrap(),
        2
    );
}

#[test]
fn add_working_days_follows_the_contract() {
    let cal = &engine().calendar();
    // n >= 1: not counting the date itself; 2026-01-04 (Sunday) is a makeup day.
    assert_eq!(
        cal.add_working_days(day("2025-12-31"), 1).unwrap(),
        day("2026-01-04")
    );
    assert_eq!(
        cal.add_working_days(day("2025-12-31"), 2).unwrap(),
        day("2026-01-05")
    );
    // n = 0: the date if it is a working day, else the next one.
    assert_eq!(
        cal.add_working_days(day("2026-02-12"), 0).unwrap(),
        day("2026-02-12")
    );
    assert_eq!(
        cal.add_working_days(day("2026-02-15"), 0).unwrap(),
        day("2026-02-24")
    );
    // n < 0: backwards, not counting the date.
    assert_eq!(
        cal.add_working_days(day("2026-02-24"), -1).unwrap(),
        day("2026-02-14")
    );
    assert_eq!(
        cal.add_working_days(day("2026-02-20"), -1).unwrap(),
        day("2026-02-14")
    );
    assert_eq!(
        cal.add_working_days(day("2026-01-05"), -2).unwrap(),
        day("2025-12-31")
    );
    // between: negative when `to` < `from`.
    assert_eq!(
        cal.working_days_between(day("2026-02-24"), day("2026-02-13"))
            .unwrap(),
        -2
    );
    assert_eq!(
        cal.working_days_between(day("2026-02-15"), day("2026-02-15"))
            .unwrap(),
        0
    );
    let err = cal.add_working_days(day("2100-12-30"), 5).unwrap_err();
    assert_eq!(err.code, ErrorCode::DateOutOfRange);
}

#[test]
fn dates_past_the_horizon_are_provisional() {
    let cal = &engine().calendar();
    assert_eq!(cal.info().valid_from, "2015-01-01");
    assert_eq!(cal.info().valid_through, "2026-12-31");
    assert_eq!(cal.info().years.len(), 12);
    let new_year = cal.day_info(day("2027-01-01"), false).unwrap();
    assert!(new_year.provisional);
    assert_eq!(
        (new_year.kind, new_year.working, new_year.name.as_deref()),
        (DayKind::StatutoryHoliday, false, Some("元旦")),
        "CAL-2: a fixed-date statutory day off past the data, marked provisional"
    );
    // 劳动节 2027 (05-01 Sat, 05-02 Sun) is made up on 05-03 and 05-04 (art. 6); 05-05 works,
    // provisionally, since the 调休 of 2027 is unknown.
    let made_up = cal.day_info(day("2027-05-04"), false).unwrap();
    assert_eq!(
        (made_up.kind, made_up.provisional),
        (DayKind::StatutoryHoliday, true)
    );
    let may_day = cal.day_info(day("2027-05-05"), false).unwrap();
    assert_eq!(
        (may_day.kind, may_day.provisional),
        (DayKind::Workday, true)
    );
    assert!(!cal.is_working(day("2027-10-01")).unwrap());
    assert!(cal.is_provisional(day("2014-12-31")));
    assert!(!cal.is_provisional(day("2026-12-31")));
}

const NOTICE_2027: &str = r#"{ "calendar": { "years": [ {
    "year": 2027, "notice": "国务院办公厅关于2027年部分节假日安排的通知（测试用）", "valid_through": "2027-12-31",
    "holidays": [ { "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" } ],
    "makeup_workdays": [ { "for": "春节", "date": "2027-02-06" } ] } ] } }"#;

#[test]
fn an_overlay_loads_a_new_years_notice() {
    let engine = engine_with(NOTICE_2027).unwrap();
    let cal = engine.calendar();
    let info = cal.day_info(day("2027-01-01"), false).unwrap();
    assert_eq!(
        (info.working, info.kind, info.provisional),
        (false, DayKind::Holiday, false)
    );
    assert!(
        cal.is_working(day("2027-02-06")).unwrap(),
        "Saturday makeup day"
    );
    assert_eq!(cal.info().valid_through, "2027-12-31");
    assert_eq!(cal.info().years.last().unwrap().source, "overlay");
    assert!(cal.is_provisional(day("2028-01-03")));
}

#[test]
fn local_holidays_and_extra_service_days() {
    let engine = engine_with(
        r#"{ "calendar": {
            "localHolidays": [ { "name": "古尔邦节", "nameEn": "Eid al-Adha", "from": "2026-05-27", "to": "2026-05-29" } ],
            "extraServiceDays": [ { "name": "社保集中办理日", "date": "2026-03-07" } ] },
          "officeHours": { "saturday": ["09:00-12:00"] } }"#,
    )
    .unwrap();
    let cal = engine.calendar();
    let eid = cal.day_info(day("2026-05-28"), true).unwrap();
    assert_eq!(
        (eid.working, eid.kind, eid.name.as_deref()),
        (false, DayKind::LocalHoliday, Some("Eid al-Adha"))
    );
    assert_eq!(
        cal.add_working_days(day("2026-05-26"), 1).unwrap(),
        day("2026-06-01")
    );
    let extra = cal.day_info(day("2026-03-07"), false).unwrap();
    assert_eq!(
        (extra.working, extra.kind),
        (false, DayKind::ExtraServiceDay)
    );
    assert_eq!(
        extra.office_hours,
        vec!["09:00-12:00", "13:30-17:30"],
        "the hall opens"
    );
    // Saturday service opens the hall but adds no statutory working time.
    let sat = cal.day_info(day("2026-03-14"), false).unwrap();
    assert_eq!(
        (sat.working, sat.office_hours.clone()),
        (false, vec!["09:00-12:00".to_string()])
    );
}

#[test]
fn seasonal_office_hours_move_closing_time() {
    let engine = engine_with(
        r#"{ "officeHours": { "blocks": ["09:00-12:00", "14:00-17:00"],
             "seasons": [ { "name": "summer", "from": "06-01", "to": "09-30", "blocks": ["08:30-12:00", "14:30-17:30"] } ] } }"#,
    )
    .unwrap();
    let cal = engine.calendar();
    assert_eq!(
        cal.closing_time(day("2026-03-02")).unwrap(),
        at("2026-03-02T17:00")
    );
    assert_eq!(
        cal.closing_time(day("2026-07-01")).unwrap(),
        at("2026-07-01T17:30")
    );
    assert_eq!(
        cal.next_opening(at("2026-07-01T07:00")).unwrap(),
        at("2026-07-01T08:30")
    );
    assert_eq!(
        cal.next_opening(at("2026-07-01T12:30")).unwrap(),
        at("2026-07-01T14:30")
    );
    assert_eq!(
        cal.next_opening(at("2026-03-02T17:00")).unwrap(),
        at("2026-03-03T09:00")
    );
}

#[test]
fn bad_configs_are_clear_errors_with_paths() {
    let cases = [
        (
            r#"{ "officeHours": { "blocks": ["09:00-08:00"] } }"#,
            ErrorCode::InvalidOfficeHours,
            "config.officeHours.blocks[0]",
        ),
        (
            r#"{ "officeHours": { "blocks": ["09:00-12:00", "11:00-13:00"] } }"#,
            ErrorCode::InvalidOfficeHours,
            "config.officeHours.blocks",
        ),
        (
            r#"{ "officeHours": { "blocks": ["25:00-26:00"] } }"#,
            ErrorCode::InvalidClock,
            "config.officeHours.blocks[0]",
        ),
        (
            r#"{ "calendar": { "years": [ { "year": 2027, "holidays": [ { "from": "2027-02-30" } ] } ] } }"#,
            ErrorCode::InvalidDate,
            "config.calendar.years[0].holidays[0].from",
        ),
        (
            r#"{ "calendar": { "years": [ { "year": 2027, "holidays": [ { "from": "2029-01-01" } ] } ] } }"#,
            ErrorCode::InvalidOverlay,
            "config.calendar.years[0].holidays[0]",
        ),
        (
            r#"{ "calendar": { "localHolidays": [ { "from": "2026-05-02", "to": "2026-05-01" } ] } }"#,
            ErrorCode::InvalidOverlay,
            "config.calendar.localHolidays[0].to",
        ),
        (
            r#"{ "locale": "fr" }"#,
            ErrorCode::InvalidLocale,
            "config.locale",
        ),
        (
            r#"{ "ruleset": { "deadline": { "yellow": { "elapsedShare": 1.5 } } } }"#,
            ErrorCode::InvalidRuleset,
            "config.ruleset.deadline.yellow.elapsedShare",
        ),
    ];
    for (json, code, path) in cases {
        let err = engine_with(json)
            .err()
            .unwrap_or_else(|| panic!("{json} should fail"));
        assert_eq!((err.code, err.path.as_str()), (code, path), "{json}");
        assert!(!err.message(hall_rules::Locale::ZhCn).is_empty());
    }
}

#[test]
fn instants_with_offsets_land_on_the_beijing_date() {
    // 16:30Z on 02-13 is 00:30 on 02-14 in Beijing: the makeup Saturday, whatever the host says.
    assert_eq!(at("2026-02-13T16:30:00Z"), at("2026-02-14T00:30"));
    assert_eq!(
        at("2026-02-13T08:30:00-08:00"),
        at("2026-02-14T00:30:00+08:00")
    );
    assert_eq!(at("2026-02-14T06:15:00+05:45"), at("2026-02-14T08:30"));
    assert_eq!(at("2026-02-14 08:30:59.999"), at("2026-02-14T08:30"));
    assert_eq!(at("2026-02-14T00:30").day(), day("2026-02-14"));
    for bad in [
        "2026-02-14T24:00",
        "2026-13-01",
        "2026-02-14T08:30+8",
        "14/02/2026 08:30",
        "2026-02-14T08:30:00.Z",
        "",
    ] {
        assert!(parse_instant(bad, "x").is_err(), "{bad:?}");
    }
}

/// An instant far outside the calendar is reported as given: such a day has no calendar date,
/// and a number past exact integers is shown with its exponent.
#[test]
fn out_of_range_instants_are_reported_as_given() {
    let err = hall_rules::time::instant_from_epoch_ms(8.64e15, "now").unwrap_err();
    assert_eq!(err.code, ErrorCode::DateOutOfRange);
    assert_eq!(
        err.detail, "8640000000000000",
        "not the 1970-01-01 of an unrepresentable day"
    );
    let err = hall_rules::time::instant_from_epoch_ms(1e300, "now").unwrap_err();
    assert_eq!(err.detail, "1e300");
    let err = hall_rules::time::parse_instant("1999-12-31T10:00", "receivedAt").unwrap_err();
    assert_eq!(
        (err.code, err.detail.as_str()),
        (ErrorCode::DateOutOfRange, "1999-12-31T10:00")
    );
    assert_eq!(hall_rules::text::number_text(-2.5e16), "-2.5e16");
    let said: Vec<String> = [1.5, 0.1 + 0.2, 1.234_567_89, -0.0001, 12_345_678.25]
        .map(hall_rules::text::number_text)
        .into();
    assert_eq!(said, ["1.5", "0.3", "1.234568", "-0.0001", "12345678.25"]);
}

/// CAL-4 (helper-52): seasons may overlap; on a day several cover, the first listed applies,
/// so a one-off range listed before a yearly season overrides it, and not after it.
#[test]
fn of_overlapping_seasons_the_first_listed_applies() {
    let closing = |seasons: &str, on: &str| {
        let config = format!(
            r#"{{ "officeHours": {{ "blocks": ["09:00-12:00", "14:00-17:00"], "seasons": {seasons} }} }}"#
        );
        let engine = engine_with(&config).unwrap();
        engine.calendar().closing_time(day(on)).unwrap()
    };
    let one_off =
        r#"{ "from": "2026-07-01", "to": "2026-07-15", "blocks": ["09:00-12:00", "14:00-16:00"] }"#;
    let summer = r#"{ "from": "06-01", "to": "09-30", "blocks": ["08:30-12:00", "14:30-17:30"] }"#;
    let first = format!("[{one_off}, {summer}]");
    assert_eq!(closing(&first, "2026-07-10"), at("2026-07-10T16:00"));
    assert_eq!(closing(&first, "2026-07-20"), at("2026-07-20T17:30"));
    let second = format!("[{summer}, {one_off}]");
    assert_eq!(closing(&second, "2026-07-10"), at("2026-07-10T17:30"));
}
