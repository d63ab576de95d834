//! A limit as a portal writes it (DL-1 … DL-5): `{ "value": 10, "unit": "working_days" }`, a
//! number of days in the hall's unit (`5`), or the text of a 承诺时限 column (`10个工作日`,
//! `7个自然日`, `3天`, `4小时`, `即办`).

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::deadline::limit::{Limit, LimitUnit};
use crate::error::{Error, ErrorCode};

/// A limit as a record gives it, read into a [`Limit`] by `LimitInput::resolve`.
#[derive(Clone, Debug, PartialEq)]
pub enum LimitInput {
    /// `{ "value": 10, "unit": "working_days" }`: the limit itself.
    Given(Limit),
    /// A bare number in the hall's unit (`deadline.limitUnit`); it must be a whole number, 0 or
    /// more.
    Number(f64),
    /// The text of a 承诺时限 column (`10个工作日`, `3天`, `即办`), read when resolved.
    Text(String),
}

impl LimitInput {
    /// The limit, with a bare number or 天/日 read in `unit` (the hall's `deadline.limitUnit`).
    ///
    /// # Errors
    /// `invalid_argument` naming the value for a text that is not a whole number of days or
    /// hours with a known unit (`十个工作日`, `1.5天`, `3周`).
    pub fn resolve(&self, unit: LimitUnit, path: &str) -> Result<Limit, Error> {
        let bad = |detail: String| Error::new(ErrorCode::InvalidArgument, path).detail(detail);
        match self {
            LimitInput::Given(limit) => Ok(*limit),
            LimitInput::Number(n) => whole(*n)
                .map(|value| Limit { value, unit })
                .ok_or_else(|| bad(crate::text::number_text(*n))),
            LimitInput::Text(text) => {
                read_limit(text, unit).ok_or_else(|| bad(crate::text::clip(text)))
            }
        }
    }
}

fn whole(n: f64) -> Option<u32> {
    (n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64).then_some(n as u32)
}

/// Texts for a limit of the same working day (DL-1).
const SAME_DAY: &[&str] = &[
    "即办",
    "即办件",
    "即时办结",
    "当场办结",
    "立即办结",
    "当日",
    "当天",
    "当日办结",
    "当天办结",
];

fn read_limit(text: &str, default: LimitUnit) -> Option<Limit> {
    // Full-width digits and letters (３天) as ASCII.
    let folded: String = text.chars().map(crate::time::ascii_of_fullwidth).collect();
    let t = folded.trim();
    if SAME_DAY.contains(&t) {
        return Some(Limit::working_days(0));
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let value: u32 = t.get(..digits)?.parse().ok()?;
    let rest = t[digits..].trim();
    let rest = rest
        .strip_prefix('个')
        .unwrap_or(rest)
        .trim()
        .to_ascii_lowercase();
    let unit = match rest.as_str() {
        "" => default,
        // 天 says days: in the hall's unit of days, never hours.
        "天" | "日" | "day" | "days" if default == LimitUnit::WorkingHours => {
            LimitUnit::WorkingDays
        }
        "天" | "日" | "day" | "days" => default,
        "工作日" | "working day" | "working days" | "working_days" => LimitUnit::WorkingDays,
        "自然日" | "日历日" | "calendar day" | "calendar days" | "calendar_days" => {
            LimitUnit::CalendarDays
        }
        "小时" | "工作小时" | "工作时" | "hour" | "hours" | "working hours" | "working_hours" => {
            LimitUnit::WorkingHours
        }
        _ => return None,
    };
    Some(Limit { value, unit })
}

struct LimitVisitor;

impl<'de> Visitor<'de> for LimitVisitor {
    type Value = LimitInput;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(crate::messages::EXPECT_LIMIT)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<LimitInput, A::Error> {
        crate::json_objects::from_map::<Limit, _>(map).map(LimitInput::Given)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<LimitInput, E> {
        Ok(LimitInput::Text(v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<LimitInput, E> {
        Ok(LimitInput::Number(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<LimitInput, E> {
        Ok(LimitInput::Number(v as f64))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<LimitInput, E> {
        Ok(LimitInput::Number(v as f64))
    }
}

impl<'de> Deserialize<'de> for LimitInput {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LimitVisitor)
    }
}
