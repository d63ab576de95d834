//! Shapes shared by every record type: instants given as ISO text or epoch milliseconds, and
//! record ids given as text or numbers.

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::cell::Cell;

use crate::error::Error;
use crate::text::clip_to;
use crate::time::{instant_from_epoch_ms, parse_instant, Minute};

/// An instant as a record gives it, read later so that its error can carry its path.
#[derive(Clone, Debug, PartialEq)]
pub enum InstantInput {
    /// ISO 8601 text; without an offset it is Beijing time (UTC+08:00).
    Text(String),
    /// Milliseconds since the Unix epoch, as `Date.now()` or `Date#getTime()` give them.
    EpochMs(f64),
}

impl InstantInput {
    /// The instant to the minute, Beijing time (seconds are dropped).
    ///
    /// # Errors
    ///
    /// `invalid_instant` at `path` for text that is no instant or epoch milliseconds that are
    /// not a finite number; `date_out_of_range` for an instant outside the years the engine
    /// counts.
    pub fn resolve(&self, path: &str) -> Result<Minute, Error> {
        match self {
            InstantInput::Text(t) => parse_instant(t, path),
            InstantInput::EpochMs(ms) => instant_from_epoch_ms(*ms, path),
        }
    }

    /// Seconds on the same scale as [`Minute`] × 60, for waits measured to the second.
    ///
    /// # Errors
    ///
    /// As [`InstantInput::resolve`]: `invalid_instant` at `path` for text that is no instant or
    /// epoch milliseconds that are not finite; `date_out_of_range` for an instant outside
    /// 2000–2100.
    pub fn resolve_seconds(&self, path: &str) -> Result<i64, Error> {
        let (m, s) = match self {
            InstantInput::Text(t) => crate::time::parse_instant_seconds(t, path)?,
            InstantInput::EpochMs(ms) => crate::time::instant_seconds_from_epoch_ms(*ms, path)?,
        };
        Ok(m.0 * 60 + s as i64)
    }
}

struct InstantVisitor;

impl Visitor<'_> for InstantVisitor {
    type Value = InstantInput;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(crate::messages::EXPECT_INSTANT)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<InstantInput, E> {
        Ok(InstantInput::Text(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<InstantInput, E> {
        Ok(InstantInput::Text(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<InstantInput, E> {
        Ok(InstantInput::EpochMs(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<InstantInput, E> {
        Ok(InstantInput::EpochMs(v as f64))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<InstantInput, E> {
        Ok(InstantInput::EpochMs(v as f64))
    }
}

impl<'de> Deserialize<'de> for InstantInput {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(InstantVisitor)
    }
}

/// A record id: kept as text so that numbers and strings both round-trip.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RecordId(pub String);

struct IdVisitor;

impl Visitor<'_> for IdVisitor {
    type Value = RecordId;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(crate::messages::EXPECT_RECORD_ID)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<RecordId, E> {
        Ok(RecordId(clip_id(v)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<RecordId, E> {
        Ok(RecordId(crate::text::number_text(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RecordId, E> {
        Ok(RecordId(v.to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RecordId, E> {
        Ok(RecordId(v.to_string()))
    }
}

fn clip_id(v: &str) -> String {
    clip_to(v, MAX_ID_LEN)
}

/// Ids longer than this many characters are clipped in reports.
pub const MAX_ID_LEN: usize = 256;

impl<'de> Deserialize<'de> for RecordId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(IdVisitor)
    }
}

/// The id of a record that could not be read whole, so its `invalid` report still names it.
/// A text a portal wrote in place of a value that is not there: nothing a reader can see, or
/// one of `none` (compared trimmed, ASCII in any case), such as 无 or `n/a`.
pub fn says_none(text: &str, none: &[&str]) -> bool {
    // In brackets or quotes of any kind too, or with a stop after it: （无）, [none], 〔无〕,
    // 「无」, “无”, 无。; marks that show nothing around it are spaces (helper-90, helper-91:
    // `\u{200B}无`, 〔无〕 and 「无」 had been values, an approver's among them).
    const AROUND: &[char] = &[
        '(', ')', '（', '）', '[', ']', '【', '】', '〔', '〕', '《', '》', '〈', '〉', '「', '」',
        '『', '』', '“', '”', '‘', '’', '«', '»', '‹', '›', '"', '＂', '\'', '。',
    ];
    let unseen = crate::text::is_invisible;
    let bare = (text.trim_matches(unseen))
        .trim_matches(AROUND)
        .trim_matches(unseen);
    // A stop after the word (`无.`, `无!`: helper-92), though `?` alone is a word of its own.
    let unstopped = bare.trim_end_matches(CLOSING_STOPS).trim_matches(unseen);
    text.chars().all(unseen)
        || (none.iter()).any(|w| w.eq_ignore_ascii_case(bare) || w.eq_ignore_ascii_case(unstopped))
}

/// Closing stops a person may end a short value with (`无。`, `C1.`, `无?`).
pub const CLOSING_STOPS: &[char] = &[
    '。', '｡', '.', '，', ',', '！', '!', '；', ';', '?', '？', '…',
];

/// A short value as a reader compares it: spaces and invisible marks dropped anywhere,
/// full-width read as ASCII, letters in lower case, a label before it read past (`依据：无`,
/// `编号：暂无`: only such labels, of reasons, bases, case numbers and notices, so `营业执照：无`
/// stays whole), then a closing stop and the brackets around it left off.
pub fn value_key(text: &str) -> String {
    let key: String = crate::text::id_key(text)
        .chars()
        .filter(|c| !crate::text::is_invisible(*c))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let value = match key.split_once([':', '：']) {
        Some((label, value)) if VALUE_LABELS.contains(&label) => value,
        _ => &key,
    };
    let brackets = [
        '(', ')', '（', '）', '[', ']', '【', '】', '《', '》', '“', '”', '"', '\'',
    ];
    value
        .trim_end_matches(CLOSING_STOPS)
        .trim_matches(brackets)
        .to_string()
}

/// The labels a portal writes before a value ([`value_key`]).
const VALUE_LABELS: &[&str] = &[
    "依据",
    "法律依据",
    "法规依据",
    "理由",
    "原因",
    "编号",
    "办件编号",
    "案件编号",
    "告知",
    "是否告知",
];

/// Whether a short text a person wrote in place of a value (a case number, a reason, a legal
/// basis) says there is none, as a reader takes it ([`value_key`]): nothing, the field map's
/// placeholders and none-words, [`NO_VALUE_WORDS`], or marks alone ([`NO_VALUE_MARKS`]).
pub fn says_no_value(text: &str) -> bool {
    is_no_value_key(&value_key(text))
}

/// [`says_no_value`] of a text already read by [`value_key`].
pub fn is_no_value_key(key: &str) -> bool {
    crate::fieldmap::says_none_anywhere(key)
        || NO_VALUE_WORDS.contains(&key)
        || key.chars().all(|c| NO_VALUE_MARKS.contains(c))
}

/// Words a portal writes for a value it does not have, beside the field map's placeholders and
/// none-words ([`crate::fieldmap::says_none_anywhere`]): traditional forms, unknown, not
/// given, to be filled in or decided, omitted, no number (helper-62, helper-64, helper-65).
pub const NO_VALUE_WORDS: &[&str] = &[
    "無",
    "暫無",
    "沒有",
    "没有",
    "未知",
    "不详",
    "不詳",
    "不明",
    "空",
    "空白",
    "缺",
    "略",
    "暂缺",
    "暫缺",
    "不适用",
    "待定",
    "待补",
    "待补录",
    "待查",
    "未提供",
    "未录入",
    "未填",
    "未填写",
    "未注明",
    "编号不明",
    "无编号",
    "暂无编号",
    "未编号",
    "无号",
    "na",
    "n.a",
    "#n/a",
    "unknown",
    "tbd",
    "tba",
    "なし",
];

/// Marks that say no value when a text holds nothing else: dashes of every kind, question
/// marks, dots, stops and ellipses, tildes and wave dashes, slashes, crosses.
pub const NO_VALUE_MARKS: &str = "-‐‑‒–—―−﹣﹘─－_~～〜?？.。｡、…·/／\\*#×✗✘";

/// The `id` of a record's JSON text, read alone: a record that cannot be read whole still
/// names itself in its `invalid` result. `None` when the text has no readable id.
pub fn record_id(json: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct IdOnly {
        #[serde(default)]
        id: Option<RecordId>,
    }
    // Read as records are, from an object only: `["王小明"]` read field by field would give
    // its name as the id (helper-88).
    crate::json_objects::from_str::<IdOnly>(json)
        .ok()
        .and_then(|r| r.id)
        .map(|r| r.0)
}
/// One record of a list that is read on its own: a bad record becomes a finding on that
/// record, and the rest of the list is still read. The error path is relative to the record.
/// A record that cannot be read keeps its JSON text: it is not scored, but the names it gives
/// are still names in the month's texts (CASE-7, helper-39: a staff member whose `certified`
/// was "yes" was shown whole where an event's evidence quoted them).
#[derive(Clone, Debug, PartialEq)]
pub struct Lenient<T>(pub Result<T, Error>, pub Option<Box<str>>);

impl<T> From<T> for Lenient<T> {
    fn from(value: T) -> Self {
        Lenient(Ok(value), None)
    }
}

thread_local! {
    /// Whether a `Lenient` record is read in place, as any field is, rather than kept aside as
    /// text and read on its own. See [`read_in_place`].
    static IN_PLACE: Cell<bool> = const { Cell::new(false) };
    /// Whether a `Lenient` record was met while `IN_PLACE` was set.
    static MET: Cell<bool> = const { Cell::new(false) };
}

/// Reads every `Lenient` record in place (`on`) until [`read_in_place_end`]: one pass over
/// its text, where keeping it aside to read on its own scans and copies it first (17% of
/// `rankUnits`, whose cards are large). A record that cannot be read then fails the whole
/// read. Returns the mode before, for `read_in_place_end`.
pub(crate) fn read_in_place(on: bool) -> (bool, bool) {
    (
        IN_PLACE.with(|c| c.replace(on)),
        MET.with(|c| c.replace(false)),
    )
}

/// Restores the mode [`read_in_place`] returned, and says whether a `Lenient` record was met
/// read in place since: only then does reading the text again, record by record, give
/// another answer to a read that failed.
pub(crate) fn read_in_place_end(outer: (bool, bool)) -> bool {
    IN_PLACE.with(|c| c.set(outer.0));
    MET.with(|c| c.replace(outer.1))
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if IN_PLACE.with(Cell::get) {
            MET.with(|c| c.set(true));
            return T::deserialize(d).map(Lenient::from);
        }
        let raw = Box::<serde_json::value::RawValue>::deserialize(d)?;
        let read = crate::json_path::from_json_text(
            raw.get(),
            "",
            crate::error::ErrorCode::InvalidArgument,
        );
        Ok(match read {
            Ok(record) => Lenient(Ok(record), None),
            // A record that cannot be read may quote a name it gives (CASE-7).
            Err(e) => Lenient(
                Err(crate::error::error_names_masked(e, raw.get())),
                Some(raw.get().into()),
            ),
        })
    }
}
