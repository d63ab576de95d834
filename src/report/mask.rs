//! Personal data masking (CASE-7): names as 张*, ID numbers keeping the first 6 and last 4,
//! phone numbers as 138****5678. Applied to every report, bulletin and error message,
//! including free text.
//!
//! The masker is built to hold against spellings, not against a list of them. Before matching,
//! text is read the way a person reads it: any Unicode decimal digit it knows (full-width,
//! circled, mathematical, other scripts) and runs of seven or more Chinese numerals
//! (一三九…, 幺, 壹贰叁…) are digits; whitespace, format characters (zero-width spaces) and
//! punctuation between digit groups are separators. A run of groups is masked when, joined, it
//! is a mobile, an ID number or a landline, or when a single group has 7 or more digits. Names
//! are matched with whitespace, format characters and middle dots removed, and Latin names
//! without regard to case. The original span is what gets replaced.

use std::borrow::Cow;

use crate::fieldmap::Node;
use crate::text::TrimSpaces;

/// 张伟 → 张*, 欧阳娜娜 → 欧***; a Latin name keeps its first letter. What a portal writes for
/// no name (暂无, 匿名, N/A: [`is_no_name`]) is no name to mask and is given back trimmed.
pub fn mask_name(name: &str) -> String {
    if is_no_name(name) {
        return name.trim_spaces().to_string();
    }
    // A CJK name is shown without its padding, so 王　芳 and 王芳 both read 王*.
    let unpadded: String;
    let name = if name.chars().any(is_cjk) {
        unpadded = name.chars().filter(|&c| !is_name_filler(c)).collect();
        unpadded.as_str()
    } else {
        name.trim_spaces()
    };
    let mut chars = name.chars();
    match chars.next() {
        // A one-character name is all first character: nothing of it is shown.
        Some(_) if name.chars().count() == 1 => "*".to_string(),
        Some(first) => format!("{first}{}", "*".repeat(chars.count())),
        None => String::new(),
    }
}

/// Keys whose text values are people's names in the records the engine reads.
pub const NAME_KEYS: &[&str] = &[
    "name",
    "agent",
    "agentName",
    "contactName",
    "legalRepresentative",
    "applicant",
    "applicantName",
    "clerk",
    "firstReceiver",
    "approver",
    "substitute",
    "responsible",
    "complainant",
    "staff",
    "head",
    "unit_head",
    "bureau",
    "retrained",
];

/// The names a record's JSON text gives (values of `NAME_KEYS`, at any depth), for masking
/// what is echoed from a record that could not be read whole. Empty if it is not JSON.
pub fn names_in_json(text: &str) -> Vec<String> {
    names_under(text, NAME_KEYS)
}

/// The people a deadline record names: its applicant (or the applicant's `name`) and its staff.
/// Not `approver`, whose value may be the engine's own words (未批准), DL-5, nor every `name`
/// (a step's is not a person's). A portal's own fields for an agent or a legal representative
/// name people too, mapped or not (helper-35).
pub const PERSON_KEYS: &[&str] = &[
    "agent",
    "agentName",
    "applicant",
    "applicantName",
    "clerk",
    "contact",
    "contactName",
    "firstReceiver",
    "legalRepresentative",
];

/// The names a record's JSON text gives under the keys that hold names ([`Masker::of_json`]'s).
pub fn names_of_json(text: &str) -> Vec<String> {
    names_under(text, NAME_KEYS)
}

/// Whether `key` is one of `keys`, or one of them written otherwise (`applicant_name`,
/// `Clerk`, `"clerk "`: helper-78): a name under such a key is a name all the same.
fn listed(keys: &[&str], key: &str) -> bool {
    // Most keys are ASCII letters (every member of every record is asked): one pass, where
    // only the case may differ, and an `id` written otherwise is a key of its own, as there.
    if key.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return keys
            .iter()
            .any(|k| k.eq_ignore_ascii_case(key) && (*k != "id" || key == "id"));
    }
    keys.contains(&key)
        || crate::json_objects::field_written_otherwise(key, keys.iter().copied()).is_some()
}

/// Every text under the members `keys` of the JSON object `raw`, at any depth and whatever
/// the keys it stands under (`heads: {"unit": ["马云"]}`, `staff: { 姓名: "王五" }`): the names
/// a record that could not be read still gives. None when it is not a JSON object.
pub fn texts_under(raw: &str, keys: &[&str]) -> Vec<String> {
    fn texts(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|i| texts(i, out)),
            serde_json::Value::Object(m) => m.values().for_each(|i| texts(i, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    let raw = crate::messages::unencodable_as_null(raw);
    if let Ok(serde_json::Value::Object(record)) = serde_json::from_str(&raw) {
        // Keys written otherwise too (`Heads`: the record was refused for it, helper-85).
        let wanted = |k: &str| {
            keys.contains(&k)
                || crate::json_objects::field_written_otherwise(k, keys.iter().copied()).is_some()
        };
        (record.iter().filter(|(k, _)| wanted(k))).for_each(|(_, v)| texts(v, &mut out));
    }
    out
}

/// The text values of `keys`, at any depth of a JSON text; empty if it is not JSON.
///
/// Only the values of those keys are parsed, where the text has no escape: a record of a
/// hundred fields that names its applicant costs one small parse, not the record's (a batch
/// of 100,000 named records read their names in a quarter of the time). A text with an escape
/// (`\u0061pplicant` is a key too) is parsed whole.
pub fn names_under(text: &str, keys: &[&str]) -> Vec<String> {
    let mut out = vec![];
    if text.contains('\\') {
        // The marker of a value that could not be encoded is no text: read as none.
        names_in_value(
            &crate::messages::unencodable_as_null(text),
            "",
            keys,
            &mut out,
        );
        return out;
    }
    // Each `"key"` followed by a colon is a member (a quote inside a text would be escaped).
    let mut at = 0;
    while let Some(found) = text[at..].find('"') {
        let open = at + found + 1;
        let Some(len) = text[open..].find('"') else {
            break;
        };
        let close = open + len;
        at = close + 1;
        let key = &text[open..close];
        let rest = text[at..].trim_start();
        if !rest.starts_with(':') || !listed(keys, key) {
            continue;
        }
        names_in_value(json_value_text(rest[1..].trim_start()), key, keys, &mut out);
    }
    out
}

/// The one JSON value `text` starts with, as text, in a text without escapes: a string up to
/// its closing quote, an object or array up to its closing bracket (brackets inside strings
/// skipped), anything else up to the next `,`, `}` or `]`.
fn json_value_text(text: &str) -> &str {
    let b = text.as_bytes();
    let (mut depth, mut quoted) = (0usize, false);
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'"' => {
                quoted = !quoted;
                if !quoted && depth == 0 {
                    return &text[..=i];
                }
            }
            _ if quoted => {}
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth > 1 => depth -= 1,
            b'}' | b']' if depth == 1 => return &text[..=i],
            b',' | b'}' | b']' if depth == 0 => return &text[..i],
            _ => {}
        }
    }
    text
}

/// Texts a portal writes in a person's place when it has no name to give, compared however
/// spaced or cased (simplified and traditional alike). `n/a` is not here: without its mark
/// it reads `Na`, a name ([`is_no_name`]).
const NOT_NAMES: &[&str] = &[
    "无",
    "無",
    "空",
    "空白",
    "暂无",
    "暫無",
    "暂缺",
    "匿名",
    "不详",
    "不詳",
    "未知",
    "待定",
    "未填",
    "未填写",
    "未填寫",
    "某某",
    "无名氏",
    "無名氏",
    "无名",
    "佚名",
    "不明",
    "未详",
    "未詳",
    "不知道",
    "未登记",
    "未登記",
    "未提供",
    "无此人",
    "匿名用户",
    "…",
    "……",
    "tbd",
    "null",
    "none",
    "undefined",
    "anonymous",
    "unknown",
];

/// Whether a name's key is digits only: no name, whatever field gives it.
fn all_digits(key: &[char]) -> bool {
    key.iter().all(|&c| unicode_digit(c).is_some())
}

/// A quick hash of a name's bytes, for [`Masker::of_names`]' table of names just seen.
pub(crate) fn text_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xCBF2_9CE4_8422_2325, |h: u64, &b| {
        (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01B3)
    })
}

/// Whether `text` is what a portal writes in a person's place when it has no name to give
/// (暂无, 匿名, 不详, null, N/A …), however spaced or cased (helper-32, helper-34), or a text
/// with no letter or digit at all (-, ——, /: helper-35). `N/A` is one only with its mark
/// (N/A, n.a.): `Na`, `NA` are names. JavaScript's `NaN` and Go's `nil` only as written so.
pub fn is_no_name(text: &str) -> bool {
    // A digit stays in the key and no placeholder holds one (a unit test keeps it so): staff
    // ids like `S1024` are answered without building the key.
    !text.bytes().any(|b| b.is_ascii_digit()) && is_no_name_keyed(text, &name_key(text))
}

/// [`is_no_name`] of a name whose key is known.
fn is_no_name_keyed(text: &str, key: &[char]) -> bool {
    // The words hold no filler and no capital: their characters are their key.
    key.is_empty()
        || matches!(text.trim_spaces(), "NaN" | "nil")
        || NOT_NAMES.iter().any(|w| {
            // The first character first: most names start with none of the words'.
            let mut chars = w.chars();
            chars.next() == key.first().copied() && chars.eq(key.iter().skip(1).copied())
        })
        // n/a: `na` with a mark (not a space) before its last letter.
        || (key == ['n', 'a']
            && text
                .trim_end_matches(is_name_filler)
                .chars()
                .any(|c| is_name_filler(c) && !c.is_whitespace()))
}

/// The names in the JSON value `text`, the value of member `key`, appended to `out` (none if
/// it is not JSON): [`walk_names`]' reading, without building the value.
fn names_in_value(text: &str, key: &str, keys: &[&str], out: &mut Vec<String>) {
    let mut found = vec![];
    let seed = NamesSeed {
        listed: listed(keys, key),
        is_name: listed(&["name"], key),
        person: false,
        keys,
        out: &mut found,
    };
    let mut de = serde_json::Deserializer::from_str(text);
    if serde::de::DeserializeSeed::deserialize(seed, &mut de).is_ok() && de.end().is_ok() {
        out.append(&mut found);
    }
}

/// One value's names: a text under a listed key, or under `name` inside a person.
struct NamesSeed<'k, 'o> {
    /// The value's member key is one of `keys`.
    listed: bool,
    /// The value's member key is `name`.
    is_name: bool,
    /// The value is inside a person given as an object.
    person: bool,
    keys: &'k [&'k str],
    out: &'o mut Vec<String>,
}

impl<'de> serde::de::DeserializeSeed<'de> for NamesSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for NamesSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E>(self, s: &str) -> Result<(), E> {
        if self.listed || (self.person && self.is_name) {
            self.out.push(s.to_string());
        }
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut items: A) -> Result<(), A::Error> {
        let out = self.out;
        loop {
            let seed = NamesSeed {
                out: &mut *out,
                ..self
            };
            if items.next_element_seed(seed)?.is_none() {
                return Ok(());
            }
        }
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut members: A) -> Result<(), A::Error> {
        let here = self.person || self.listed;
        let out = self.out;
        while let Some((listed, is_name)) = members.next_key_seed(KeySeed(self.keys))? {
            members.next_value_seed(NamesSeed {
                listed,
                is_name,
                person: here,
                keys: self.keys,
                out: &mut *out,
            })?;
        }
        Ok(())
    }
}

/// A member key, read as whether it is one of the keys and whether it is `name`.
struct KeySeed<'k>(&'k [&'k str]);

impl<'de> serde::de::DeserializeSeed<'de> for KeySeed<'_> {
    type Value = (bool, bool);
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(bool, bool), D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> serde::de::Visitor<'de> for KeySeed<'_> {
    type Value = (bool, bool);
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E>(self, k: &str) -> Result<(bool, bool), E> {
        Ok((listed(self.0, k), listed(&["name"], k)))
    }
}

/// The names in `v`, the value of member `key`. `person`: inside a person given as an object
/// (`applicant: { name, contact: { name } }`), where every `name` is a person's. Not every
/// `name` of a record is (a step's is not).
/// [`names_under`] of a value already read.
pub(crate) fn names_under_tree(value: &Node, keys: &[&str]) -> Vec<String> {
    let mut out = vec![];
    walk_names(value, "", keys, false, &mut out);
    out
}

fn walk_names(v: &Node, key: &str, keys: &[&str], person: bool, out: &mut Vec<String>) {
    let listed_here = listed(keys, key);
    let here = person || listed_here;
    match v {
        Node::Str(s) if listed_here || (person && listed(&["name"], key)) => {
            out.push(s.to_string())
        }
        Node::Array(items) => items
            .iter()
            .for_each(|i| walk_names(i, key, keys, person, out)),
        Node::Object(o) => o
            .iter()
            .for_each(|(k, i)| walk_names(i, k, keys, here, out)),
        _ => {}
    }
}

/// A staff id such as `S0123` as given; a value in Chinese characters is a name: 张* (CASE-7),
/// and so is one of letters alone in two words or more (`Li Na`, `ZHANG Wei`, `Jean-Luc
/// Picard`: L****; helper-78), which no id system writes. An id of one word (`admin`) is shown.
pub fn mask_if_name(value: &str) -> String {
    if id_is_name(value) {
        mask_name(value)
    } else {
        value.to_string()
    }
}

/// `id` (a case number, shown as given) with each number in it that is a resident ID number
/// (18 characters with a valid check character and birth date, or the old 15 with a valid
/// birth date) or a mobile number (11 digits, `1` then `3`–`9`, after an optional +86 or 0086),
/// in any digits and however grouped by spaces, dots, dashes or brackets, left out as `gone`:
/// a bulletin carries none (CASE-7, helper-82 to helper-85). The other numbers of a case id
/// (`RS-20260301-0001234`, `440300202603010001`), and the groups beside a personal number
/// (`RS-0301-略`), still name the case.
pub fn personal_numbers_withheld(id: &str, gone: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    let grouping = |c: char| {
        matches!(
            c,
            ' ' | '-' | '－' | '–' | '—' | '.' | '．' | '(' | ')' | '（' | '）' | '\u{3000}'
        )
    };
    let digit_at = |k: usize| chars.get(k).and_then(|&c| unicode_digit(c));
    let mut out = String::with_capacity(id.len());
    let mut i = 0;
    while i < chars.len() {
        if digit_at(i).is_none() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The groups of digits from here, apart by one or two grouping marks (`(139) 1234`):
        // where each stands in `chars`, and where each starts among the number's digits.
        let (mut groups, mut starts, mut digits) = (Vec::new(), vec![0], Vec::new());
        let mut k = i;
        loop {
            let from = k;
            while let Some(d) = digit_at(k) {
                digits.push(d);
                k += 1;
            }
            groups.push((from, k));
            starts.push(digits.len());
            let marks = (k..chars.len()).take_while(|&m| grouping(chars[m])).count();
            match (1..=2).contains(&marks) && digit_at(k + marks).is_some() {
                true => k += marks,
                false => break,
            }
        }
        let x_at = |to: usize| matches!(chars.get(to), Some('X' | 'x' | 'Ｘ' | 'ｘ'));
        // The first run of whole groups that is a personal number (`0086-138-1234-5678`, the
        // `139…` of `2026-0301-139-1234-5678`: helper-84); an X goes with a run of 17 digits.
        let found = (0..groups.len()).find_map(|a| {
            (a + 1..=groups.len()).find_map(|b| {
                let run = &digits[starts[a]..starts[b]];
                let x = run.len() == 17 && x_at(groups[b - 1].1);
                personal_number(run, x).then_some((a, b, x))
            })
        });
        let Some((a, b, x)) = found else {
            let to = groups.last().map_or(k, |g| g.1);
            out.extend(&chars[i..to]);
            i = to;
            continue;
        };
        let (from, to) = (groups[a].0, groups[b - 1].1 + usize::from(x));
        out.extend(&chars[i..from]);
        // A + before it goes with it (+86 138…), and so does the bracket that opens an area
        // group ((138)0013-8000).
        let closes = chars[from..to].iter().any(|c| matches!(c, ')' | '）'));
        if out.ends_with(['+', '＋']) || (closes && out.ends_with(['(', '（'])) {
            out.pop();
        }
        out.push_str(gone);
        i = to;
    }
    out
}

/// Whether `digits` (with a final X when `x`) is a resident ID or a mobile number.
fn personal_number(digits: &[u8], x: bool) -> bool {
    let date = |m: u32, d: u32| (1..=12).contains(&m) && (1..=31).contains(&d);
    let num =
        |from: usize, to: usize| (digits[from..to].iter()).fold(0u32, |n, &d| n * 10 + d as u32);
    let mobile = |d: &[u8]| d.len() == 11 && d[0] == 1 && d[1] >= 3;
    match digits.len() {
        11 => mobile(digits),
        13 => digits[..2] == [8, 6] && mobile(&digits[2..]),
        15 => digits[..4] == [0, 0, 8, 6] && mobile(&digits[4..]) || date(num(8, 10), num(10, 12)),
        17 | 18 => {
            const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
            let sum: u32 = (digits.iter().zip(WEIGHTS))
                .map(|(&d, w)| d as u32 * w)
                .sum();
            let check = (12 - sum % 11) % 11;
            let given = match (x, digits.get(17)) {
                (true, _) => Some(10),
                (false, Some(&d)) => Some(d as u32),
                (false, None) => None,
            };
            given == Some(check)
                && (1900..=2100).contains(&num(6, 10))
                && date(num(10, 12), num(12, 14))
        }
        _ => false,
    }
}

/// Whether a value given where no name belongs reads as a person's name: two to four
/// Chinese characters (a middle dot allowed), or words of letters ([`id_is_name`]'s
/// `Li Na`). Such a value is masked where it is echoed (a code, a count, a score given a name
/// in the wrong column: helper-87); `吃零食` so masked reads 吃**, which still says a value
/// was not understood.
pub fn looks_like_name(value: &str) -> bool {
    // Codes, dates and counts are most of what is asked: ASCII with a digit, or one word of
    // it, is no name, answered without a copy.
    if value.is_ascii()
        && (value.bytes().any(|b| b.is_ascii_digit())
            || !value
                .trim_spaces()
                .bytes()
                .any(|b| matches!(b, b' ' | b'.' | b'-' | b'\'' | b'\t')))
    {
        return false;
    }
    // Unseen marks are no part of a name (`王\u{200B}小明`), and any space parts its words.
    let value: String = (value.chars())
        .filter(|&c| c.is_whitespace() || !crate::text::is_invisible(c))
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let value = value.trim_spaces();
    // The rarer ideographs too (𠀀: extension B and on), and every middle dot a name is
    // written with (阿卜杜·热合曼, ・ of input methods, •, ‧, ．: helper-88).
    let ideograph = |c: char| is_cjk(c) || ('\u{20000}'..='\u{3134F}').contains(&c);
    let dot = |c: char| {
        matches!(
            c,
            '\u{B7}' | '\u{2022}' | '\u{2027}' | '\u{30FB}' | '\u{FF65}' | '\u{FF0E}'
        )
    };
    let cjk = value.chars().filter(|&c| ideograph(c)).count();
    let dots = value.chars().filter(|&c| dot(c)).count();
    let written = value.chars().all(|c| ideograph(c) || dot(c));
    let most = if dots > 0 { 12 } else { 4 };
    (written && (2..=most).contains(&cjk)) || words_of_letters(value)
}

/// [`mask_name`] of a value that [`looks_like_name`]; any other value as it is.
pub fn mask_if_name_like(value: &str) -> String {
    if looks_like_name(value) {
        return mask_name(value);
    }
    // In brackets or with a stop after it (helper-93: `（王小明）`, `王小明。` were echoed whole).
    let around = |c: char| {
        "()（）[]【】〔〕《》「」“”\"'。.，,！!？?…；;：:、".contains(c) || c.is_whitespace()
    };
    let inner = value.trim_matches(around);
    if !inner.is_empty() && inner.len() < value.len() && looks_like_name(inner) {
        return value.replacen(inner, &mask_name(inner), 1);
    }
    value.to_string()
}

/// Whether an id is a name ([`mask_if_name`]): in Chinese characters, letters in words, or
/// two words of letters beside digits (`Zhang San 3`, `Nguyễn Văn An 2`: helper-83).
pub fn id_is_name(value: &str) -> bool {
    value.chars().any(is_cjk) || words_of_letters(value) || latin_name_words(value).len() >= 2
}

/// The words of two letters or more (Latin, accented, with combining marks; not CJK) an id
/// holds beside its digits and marks: `Zhang San 3` gives Zhang and San; `GH-0012` none.
pub fn latin_name_words(id: &str) -> Vec<&str> {
    let letter = |c: char| (is_word(c) && !is_cjk(c)) || ('\u{300}'..='\u{36F}').contains(&c);
    (id.split(|c: char| !letter(c)))
        .filter(|w| w.chars().count() >= 2)
        .collect()
}

/// Two words or more of letters (Latin, accented or full-width: [`is_word`]), apart only by
/// spaces, dots, dashes or apostrophes.
fn words_of_letters(value: &str) -> bool {
    let value = value.trim_spaces();
    let parts = value.split(|c: char| c.is_whitespace() || matches!(c, '.' | '-' | '\'' | '·'));
    let mut words = 0;
    for part in parts.filter(|p| !p.is_empty()) {
        // A combining mark belongs to its letter (Trần written decomposed: helper-83).
        if !part
            .chars()
            .all(|c| is_word(c) || ('\u{300}'..='\u{36F}').contains(&c))
        {
            return false;
        }
        words += 1;
    }
    words >= 2
}

/// 110105194912310021 → 110105********0021.
pub fn mask_id(id: &str) -> String {
    let chars: Vec<char> = id.trim_spaces().chars().collect();
    if chars.len() <= 10 {
        return "*".repeat(chars.len());
    }
    let (head, tail) = (&chars[..6], &chars[chars.len() - 4..]);
    format!(
        "{}{}{}",
        head.iter().collect::<String>(),
        "*".repeat(chars.len() - 10),
        tail.iter().collect::<String>()
    )
}

/// 13812345678 → 138****5678.
pub fn mask_phone(phone: &str) -> String {
    let digits: Vec<char> = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 7 {
        return "*".repeat(digits.len());
    }
    let n = digits.len();
    let tail: String = digits[n - 4..].iter().collect();
    if digits[0] == '0' && n >= 10 {
        // A landline with its area code (010 and 02x have three digits, the rest four): the
        // city stays readable, the subscriber number does not.
        let area = if matches!(digits[1], '1' | '2') { 3 } else { 4 };
        let head: String = digits[..area].iter().collect();
        return format!("{head}{}{tail}", "*".repeat(n - area - 4));
    }
    if n < 11 {
        // A landline or a short number: only the last four stay.
        return format!("{}{tail}", "*".repeat(n - 4));
    }
    // A mobile keeps its prefix; longer runs too, and keep their length: no digit moves.
    let head: String = digits[..3].iter().collect();
    format!("{head}{}{tail}", "*".repeat(n - 7))
}

pub(crate) fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// The value of a decimal digit in any script this knows, or of a circled or bracketed one.
pub(crate) fn unicode_digit(c: char) -> Option<u8> {
    let u = c as u32;
    let from = |zero: u32| (u >= zero && u < zero + 10).then(|| (u - zero) as u8);
    // Blocks whose digits 0–9 are consecutive code points.
    const ZEROS: &[u32] = &[
        0x30, 0xFF10, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6,
        0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0x1946,
        0x19D0, 0xA620, 0xA8D0, 0xA900, 0xAA50, 0xABF0, 0x2080, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC,
        0x1D7F6, 0x1FBF0, 0x104A0, 0x1E950, 0x1E140, 0x1E2F0, 0x11066, 0x110F0, 0x11136,
    ];
    if let Some(d) = ZEROS.iter().find_map(|&z| from(z)) {
        return Some(d);
    }
    match u {
        0x2070 => Some(0),
        0xB9 => Some(1),
        0xB2 => Some(2),
        0xB3 => Some(3),
        0x2074..=0x2079 => Some((u - 0x2070) as u8),
        // ①–⑨, ⑴–⑼, ⒈–⒐, ❶–❾, ➀–➈, ➊–➒, ⓵–⓽.
        0x2460..=0x2468 => Some((u - 0x245F) as u8),
        0x2474..=0x247C => Some((u - 0x2473) as u8),
        0x2488..=0x2490 => Some((u - 0x2487) as u8),
        0x2776..=0x277E => Some((u - 0x2775) as u8),
        0x2780..=0x2788 => Some((u - 0x277F) as u8),
        0x278A..=0x2792 => Some((u - 0x2789) as u8),
        0x24F5..=0x24FD => Some((u - 0x24F4) as u8),
        0x24EA | 0x24FF | 0x1F100 | 0x1F101 => Some(0),
        // Suzhou numerals 〡–〩, ㈠–㈨, ㊀–㊈, Roman Ⅰ–Ⅸ and ⅰ–ⅸ.
        0x3021..=0x3029 => Some((u - 0x3020) as u8),
        0x3220..=0x3228 | 0x3280..=0x3288 => Some((u & 0xF) as u8 + 1),
        0x2160..=0x2168 => Some((u - 0x215F) as u8),
        0x2170..=0x2178 => Some((u - 0x216F) as u8),
        _ => None,
    }
}

/// A Chinese numeral read as one digit (as numbers are read aloud or written out).
fn chinese_digit(c: char) -> Option<u8> {
    Some(match c {
        '〇' | '零' | '○' | '◯' | '洞' => 0,
        '一' | '幺' | '壹' | '弌' => 1,
        '二' | '两' | '兩' | '贰' | '貳' | '弍' => 2,
        '三' | '叁' | '叄' | '參' | '弎' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' | '拐' => 7,
        '八' | '捌' => 8,
        '九' | '玖' | '勾' => 9,
        _ => return None,
    })
}

/// Between two digit groups of one written number: invisible characters, punctuation and
/// symbols, controls: anything that is not a letter, a digit or `*`.
fn is_separator(c: char) -> bool {
    // Not `…`: it marks an echo cut short, which is read on its own. Nor a comparison sign:
    // it stands between two numbers, never inside one (helper-43: 1000 > 100 read ***0 > 100).
    const APART: &[char] = &['*', '…', '<', '>', '≤', '≥', '＜', '＞'];
    if !APART.contains(&c) && !is_word(c) && unicode_digit(c).is_none() {
        return true;
    }
    is_listed_separator(c)
}

/// Letters of the scripts names and words here are written in (Latin, CJK, kana, Hangul). A
/// character of another script counts as a separator: that can only join more digits, never
/// let a number through. (Not `char::is_alphabetic`: its tables cost kilobytes of .wasm.)
fn is_word(c: char) -> bool {
    c.is_ascii_alphabetic()
        || is_cjk(c)
        // Not the katakana middle dot ・ (U+30FB): it separates a name's parts, as · does.
        || matches!(c as u32, 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F | 0x1E00..=0x1EFF | 0x3040..=0x30FA | 0x30FC..=0x30FF | 0xAC00..=0xD7AF | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A | 0x20000..=0x2FFFF)
}

fn is_listed_separator(c: char) -> bool {
    // `:` too: times (17:30:00) are kept apart as groups of two digits next to a colon. Not `*`,
    // which is what masked digits look like.
    const MARKS: &[char] = &[
        '-', '−', '－', '﹣', '_', '＿', '.', '．', '·', '•', '・', '･', '‧', ',', '，', '、', '/',
        '／', '\\', '|', '｜', '(', ')', '（', '）', '[', ']', '【', '】', '+', '＋', '~', '～',
        '#', '＃', ':', '：', '\'', '"', '’', '‘', '“', '”', '。',
    ];
    crate::text::is_invisible(c) || ('\u{2010}'..='\u{2015}').contains(&c) || MARKS.contains(&c)
}

/// Before a name is matched, everything that is not a letter or a digit is left out: 王　芳,
/// 王·芳, 王ꞏ芳, 张/三/丰, 张、三、丰 and 王\u{200B}芳 all read as the name written solid.
#[inline(never)]
fn is_name_filler(c: char) -> bool {
    crate::text::is_invisible(c)
        || (!is_word(c) && unicode_digit(c).is_none() && !matches!(c, '*' | '…'))
}

/// Full-width Latin as ASCII, and an accented Latin letter as its base letter, in lower case:
/// José, JOSÉ, Jose and a José written with a combining accent (the accent is a filler) are
/// one name, and so are Lǚ, LÜ and Lu. Matching more spellings can only mask more.
fn fold_latin(c: char) -> char {
    let u = c as u32;
    let c = match u {
        0xFF21..=0xFF3A | 0xFF41..=0xFF5A => char::from_u32(u - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    if c.is_ascii() {
        // v for ü as keyboards write it: Lv Bu is Lǚ Bù.
        return match c.to_ascii_lowercase() {
            'v' => 'u',
            c => c,
        };
    }
    match u {
        // Not a Latin letter the table holds (CJK above all): no lookup.
        _ if !(0xC0..=0x1F9).contains(&u) && !(0x1EA0..=0x1EF9).contains(&u) => c,
        0xC6 => 'æ',
        0xDE => 'þ',
        0x132 => 'ĳ',
        0x152 => 'œ',
        _ => LATIN_BASE
            .iter()
            .find(|(from, to, _)| (u32::from(*from)..=u32::from(*to)).contains(&u))
            .map_or(c, |&(_, _, base)| char::from(base)),
    }
}

/// Accented Latin letters (Latin-1, Extended-A, pinyin's tone-marked vowels) by their base
/// letter: first and last code point of a run, the letter.
#[rustfmt::skip]
const LATIN_BASE: &[(u16, u16, u8)] = &[
    (0xC0, 0xC5, b'a'), (0xC7, 0xC7, b'c'), (0xC8, 0xCB, b'e'), (0xCC, 0xCF, b'i'),
    (0xD0, 0xD0, b'd'), (0xD1, 0xD1, b'n'), (0xD2, 0xD6, b'o'), (0xD8, 0xD8, b'o'),
    (0xD9, 0xDC, b'u'), (0xDD, 0xDD, b'y'), (0xE0, 0xE5, b'a'), (0xE7, 0xE7, b'c'),
    (0xE8, 0xEB, b'e'), (0xEC, 0xEF, b'i'), (0xF0, 0xF0, b'd'), (0xF1, 0xF1, b'n'),
    (0xF2, 0xF6, b'o'), (0xF8, 0xF8, b'o'), (0xF9, 0xFC, b'u'), (0xFD, 0xFD, b'y'),
    (0xFF, 0xFF, b'y'), (0x100, 0x105, b'a'), (0x106, 0x10D, b'c'), (0x10E, 0x111, b'd'),
    (0x112, 0x11B, b'e'), (0x11C, 0x123, b'g'), (0x124, 0x127, b'h'), (0x128, 0x131, b'i'),
    (0x134, 0x135, b'j'), (0x136, 0x138, b'k'), (0x139, 0x142, b'l'), (0x143, 0x14B, b'n'),
    (0x14C, 0x151, b'o'), (0x154, 0x159, b'r'), (0x15A, 0x161, b's'), (0x162, 0x167, b't'),
    (0x168, 0x173, b'u'), (0x174, 0x175, b'w'), (0x176, 0x178, b'y'), (0x179, 0x17E, b'z'),
    (0x17F, 0x17F, b's'), (0x1A0, 0x1A1, b'o'), (0x1AF, 0x1B0, b'u'), (0x1CD, 0x1CE, b'a'),
    (0x1CF, 0x1D0, b'i'), (0x1D1, 0x1D2, b'o'), (0x1D3, 0x1DC, b'u'), (0x1F4, 0x1F5, b'g'),
    (0x1F8, 0x1F9, b'n'),
    // Vietnamese: letters with two marks, or a dot below (Nguyễn, Trần, Thị: helper-82).
    (0x1EA0, 0x1EB7, b'a'), (0x1EB8, 0x1EC7, b'e'), (0x1EC8, 0x1ECB, b'i'),
    (0x1ECC, 0x1EE3, b'o'), (0x1EE4, 0x1EF1, b'u'), (0x1EF2, 0x1EF9, b'y'),
];

/// One run of digits as a reader sees it, with where it stands in the text (char indices).
struct Group {
    digits: String,
    start: usize,
    end: usize,
}

/// Longest run of groups tried as one number: an ID number spelled digit by digit has 18.
const MAX_GROUPS: usize = 20;
/// Separator characters allowed between two groups of one number: `  ,  ` has five.
const MAX_GAP: usize = 5;

/// Which characters read as digits: every decimal digit, and Chinese numerals in runs of 7 or
/// more (separators allowed between them), so 一次性 or 三一四有 stay words.
fn digit_values(chars: &[char]) -> Vec<Option<u8>> {
    let mut values: Vec<Option<u8>> = chars.iter().map(|&c| unicode_digit(c)).collect();
    let mut i = 0;
    while i < chars.len() {
        if chinese_digit(chars[i]).is_none() && values[i].is_none() {
            i += 1;
            continue;
        }
        // The run counts Arabic digits too: 一三八1234五六七八 is one number.
        let (mut j, mut count, mut last) = (i, 0, i);
        while j < chars.len() {
            if chinese_digit(chars[j]).is_some() || values[j].is_some() {
                count += 1;
                last = j;
            } else if !(is_separator(chars[j]) && j - last <= MAX_GAP) {
                break;
            }
            j += 1;
        }
        let has_numeral =
            (i..=last).any(|k| chinese_digit(chars[k]).is_some() && values[k].is_none());
        if count >= 7 && has_numeral {
            for k in i..=last {
                if let Some(d) = chinese_digit(chars[k]) {
                    values[k] = Some(d);
                }
            }
        }
        i = last + 1;
    }
    values
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c as u32, 0xFF21..=0xFF3A | 0xFF41..=0xFF5A)
}

/// The digit groups of `chars`, each a maximal run of digits; an ID number's final X (after
/// digits or on its own, not inside a Latin word) is a group character too.
fn groups(chars: &[char], values: &[Option<u8>]) -> Vec<Group> {
    let is_x = |c: char| matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ');
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // An X stands alone only after digits and separators (110105 19491231 002 X).
        let after_digits = chars[..i]
            .iter()
            .rev()
            .find(|&&c| !is_separator(c))
            .is_some_and(|&c| unicode_digit(c).is_some());
        let lone_x = is_x(chars[i])
            && after_digits
            && (i == 0 || !is_latin_letter(chars[i - 1]))
            && chars.get(i + 1).is_none_or(|&c| !is_latin_letter(c));
        if values[i].is_none() && !lone_x {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = String::new();
        while i < chars.len() {
            match values[i] {
                Some(d) => digits.push((b'0' + d) as char),
                // An ID number's check character: after 17 digits, or standing alone.
                None if is_x(chars[i])
                    && (digits.len() == 17 || digits.is_empty())
                    && chars.get(i + 1).is_none_or(|&c| !is_latin_letter(c)) =>
                {
                    digits.push('X');
                    i += 1;
                    break;
                }
                None => break,
            }
            i += 1;
        }
        out.push(Group {
            digits,
            start,
            end: i,
        });
    }
    out
}

/// Groups that are dates or times and never part of a number: `17:30`, and `2026-03-05` unless
/// it is glued to other digits (an ID number written `110105 1949-12-31 002X` stays a number).
fn dates_and_times(chars: &[char], groups: &[Group]) -> Vec<bool> {
    // A time is `H:MM` or `HH:MM[:SS]`: hours at most two digits, minutes and seconds exactly
    // two, joined by one colon (`手机:13800138000` and `17:719:859:235` are no times).
    let colon = |a: &Group, b: &Group| b.start == a.end + 1 && chars[a.end] == ':';
    let time_at = |k: usize| {
        let g = &groups[k];
        let before = k
            .checked_sub(1)
            .map(|j| &groups[j])
            .filter(|p| colon(p, g) && p.digits.len() <= 2);
        let after = groups
            .get(k + 1)
            .filter(|n| colon(g, n) && n.digits.len() == 2);
        g.digits.len() <= 2 && (after.is_some() || (before.is_some() && g.digits.len() == 2))
    };
    let value = |g: &Group| g.digits.parse::<u32>().ok();
    let one_mark = |a: &Group, b: &Group| {
        b.start == a.end + 1 && matches!(chars[a.end], '-' | '/' | '.' | '－' | '／' | '．')
    };
    let date_at = |k: usize| {
        let Some(g) = groups.get(k..k + 3) else {
            return false;
        };
        g[0].digits.len() == 4
            && (1..=2).contains(&g[1].digits.len())
            && (1..=2).contains(&g[2].digits.len())
            && value(&g[0]).is_some_and(|y| (1900..=2100).contains(&y))
            && value(&g[1]).is_some_and(|m| (1..=12).contains(&m))
            && value(&g[2]).is_some_and(|d| (1..=31).contains(&d))
            && one_mark(&g[0], &g[1])
            && one_mark(&g[1], &g[2])
    };
    // Digits next to `*` are what is left of a masked number: never masked again. A single
    // `*` between two digits is a separator, not a mask.
    let lone_star = |i: usize| {
        i > 0
            && chars
                .get(i + 1)
                .is_some_and(|c| unicode_digit(*c).is_some())
            && unicode_digit(chars[i - 1]).is_some()
    };
    let masked = |g: &Group| {
        (g.start > 0 && chars[g.start - 1] == '*' && !lone_star(g.start - 1))
            || (chars.get(g.end) == Some(&'*') && !lone_star(g.end))
    };
    let mut barrier: Vec<bool> = (0..groups.len())
        .map(|k| time_at(k) || masked(&groups[k]))
        .collect();
    let mut k = 0;
    while k < groups.len() {
        if date_at(k) {
            // A date that starts a run stands on its own (2026-03-05 13812345678); one with
            // digits glued before it may be the middle of an ID number.
            let left_free =
                k == 0 || barrier[k - 1] || !joinable(chars, &groups[k - 1], &groups[k]);
            if left_free {
                barrier[k..k + 3].iter_mut().for_each(|b| *b = true);
                k += 3;
                continue;
            }
        }
        k += 1;
    }
    barrier
}

/// Separators only, and few of them, between two groups.
fn joinable(chars: &[char], a: &Group, b: &Group) -> bool {
    let gap = &chars[a.end..b.start];
    // One `*` alone between two groups is a separator (138*1234*5678); a run of them is what
    // is left of a masked number.
    b.start - a.end <= MAX_GAP && (gap == ['*'] || gap.iter().all(|&c| is_separator(c)))
}

fn plausible_birth(digits: &str) -> bool {
    let (Ok(y), Ok(m), Ok(d)) = (
        digits[..4].parse::<u32>(),
        digits[4..6].parse::<u32>(),
        digits[6..8].parse::<u32>(),
    ) else {
        return false;
    };
    (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// What a number written in several groups is, if it is personal: a mobile, an ID number, a
/// landline with its area code, or a 7–8 digit local number written in two groups (a bank
/// card in fours is [`card_in_fours`]).
#[inline(never)]
fn personal(joined: &str, groups: usize) -> bool {
    let b = joined.as_bytes();
    let n = b.len();
    let digits = b.iter().all(u8::is_ascii_digit);
    let mobile = |s: &[u8]| s.len() == 11 && s[0] == b'1' && (b'3'..=b'9').contains(&s[1]);
    if digits && mobile(b) {
        return true;
    }
    if n == 18 && b[..17].iter().all(u8::is_ascii_digit) && (digits || b[17] == b'X') {
        return b[0] != b'0' && plausible_birth(&joined[6..14]);
    }
    if digits && n == 15 {
        return b[0] != b'0' && plausible_birth(&format!("19{}", &joined[6..12]));
    }
    if digits && b[0] == b'0' && (10..=12).contains(&n) {
        return true;
    }
    digits && groups == 2 && (7..=8).contains(&n)
}

/// A bank card written in fours: `6222 0212 3456 7890 123`.
fn card_in_fours(groups: &[Group]) -> bool {
    let n: usize = groups.iter().map(|g| g.digits.len()).sum();
    groups.len() >= 3
        && (16..=19).contains(&n)
        && groups[..groups.len() - 1]
            .iter()
            .all(|g| g.digits.len() == 4)
        && groups
            .iter()
            .all(|g| g.digits.bytes().all(|b| b.is_ascii_digit()))
}

fn mask_run(run: &str) -> String {
    let n = run.len();
    let digits = run.bytes().filter(u8::is_ascii_digit).count();
    // Only a run that reads as an ID number (a birth date in its place) shows an ID number's
    // six leading digits: a phone glued to more digits (138123456782026) shows three.
    if (n == 18 || n == 15) && digits >= n - 1 && personal(run, 1) {
        mask_id(run)
    } else if digits == n {
        // A mobile, a landline, a bank card: only the last four (and a mobile's prefix) stay.
        mask_phone(run)
    } else {
        // An ID number run together with more digits.
        format!("{}{}", "*".repeat(n - 4), run.get(n - 4..).unwrap_or(""))
    }
}

/// The numbers in `text` masked, everything else unchanged.
#[inline(never)]
pub fn mask_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let values = digit_values(&chars);
    let groups = groups(&chars, &values);
    if groups.is_empty() {
        return text.to_string();
    }
    let barrier = dates_and_times(&chars, &groups);
    // How far the groups from k are one written number: the last group of the run.
    let run_end = |k: usize| {
        let mut last = k;
        while last + 1 < groups.len()
            && last + 1 - k < MAX_GROUPS
            && !barrier[last + 1]
            && joinable(&chars, &groups[last], &groups[last + 1])
        {
            last += 1;
        }
        last
    };
    // The longest personal number that starts at group k, if any, as (last group, digits).
    let mut memo: Vec<Option<Option<(usize, String)>>> = vec![None; groups.len()];
    let mut personal_from = |k: usize| -> Option<(usize, String)> {
        if let Some(known) = &memo[k] {
            return known.clone();
        }
        let found = (k..=run_end(k)).rev().find_map(|j| {
            let joined: String = groups[k..=j].iter().map(|g| g.digits.as_str()).collect();
            (personal(&joined, j - k + 1) || card_in_fours(&groups[k..=j])).then_some((j, joined))
        });
        memo[k] = Some(found.clone());
        found
    };
    // (start, end, replacement) over char indices, in order.
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    let mut i = 0;
    while i < groups.len() {
        if barrier[i] {
            i += 1;
            continue;
        }
        let last = run_end(i);
        let country = matches!(groups[i].digits.as_str(), "86" | "0086") && last > i;
        let first = if country { i + 1 } else { i };
        let mut matched = personal_from(first).map(|(j, joined)| (first, j, joined));
        // A run of a bank card's length (16–19 digits) in pieces none of which is a number of
        // its own is one card, however it is cut (6 2 2 2 0 2 1 2 …, 62220212 34567890123):
        // read piece by piece, a landline inside it had left most of its digits shown.
        let run: String = groups[i..=last].iter().map(|g| g.digits.as_str()).collect();
        let card = !country
            && last > i
            && (16..=19).contains(&run.len())
            && run.bytes().all(|b| b.is_ascii_digit())
            && groups[i..=last].iter().all(|g| !personal(&g.digits, 1));
        if card {
            matched = Some((i, last, run.clone()));
        }
        if country && matched.as_ref().is_none_or(|m| m.1 < last) {
            // After +86 the rest of the run is one national number (755 8765 4321: an area
            // code without its 0, then the local number), not a short number and a rest.
            let national: String = groups[first..=last]
                .iter()
                .map(|g| g.digits.as_str())
                .collect();
            if (9..=12).contains(&national.len()) && national.bytes().all(|b| b.is_ascii_digit()) {
                matched = Some((first, last, national));
            }
        }
        // A number that starts one group later and reaches further is the better reading
        // (证件 1 110105 19491231 002X: the 1 is a count, the rest the ID number), unless
        // this one is a whole mobile or ID number: two phones in a list (138 0013 8000、138
        // 0013 8000) had been read as a landline across them, showing 9 digits (helper-37).
        if let Some((_, j, joined)) = &matched {
            let j = *j;
            let whole = joined.len() >= 15 || (joined.len() == 11 && joined.starts_with('1'));
            // Only when the two readings overlap: our match must cover group i + 1 too.
            if !country && !whole && j > i && personal_from(i + 1).is_some_and(|(j2, _)| j2 > j) {
                i += 1;
                continue;
            }
        }
        // Cut short by a clipped echo, the run may be the head of a number: all of it hidden.
        let truncated = run.len() >= 3
            && chars[groups[last].end..]
                .iter()
                .find(|&&c| !is_separator(c))
                .is_some_and(|&c| c == '…');
        if truncated {
            matched = Some((i, last, "*".repeat(run.len())));
        } else if matched.is_none() && !country {
            // A later group of the run may start the number (窗口 3 13812345678): this one
            // is then left as it is.
            let later = (i + 1..=last).any(|k| personal_from(k).is_some());
            if groups[i].digits.len() >= 7 {
                matched = Some((i, i, groups[i].digits.clone()));
            } else if run.len() >= 11 && !later {
                // However it is grouped, a run of 11 or more digits is somebody's number.
                matched = Some((i, last, run));
            }
        }
        match matched {
            Some((from, j, joined)) => {
                let masked = if joined.bytes().all(|b| b == b'*') {
                    joined
                } else {
                    mask_run(&joined)
                };
                spans.push((groups[from].start, groups[j].end, masked));
                i = j + 1;
            }
            None => i += 1,
        }
    }
    if spans.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, replacement) in spans {
        out.extend(&chars[at..start]);
        match in_place(&chars[start..end], &values[start..end], &replacement) {
            Some(masked) => out.push_str(&masked),
            None => out.push_str(&replacement),
        }
        at = end;
    }
    out.extend(&chars[at..]);
    out
}

/// A masked text with each masked number left out whole, `gone` in its place: a public 通报
/// carries no ID or phone number, not even masked. A masked number is a run of digits, `*`,
/// an ID number's X and separators between them, holding a digit and at least three `*`.
pub fn without_numbers(masked: &str, gone: &str) -> String {
    let chars: Vec<char> = masked.chars().collect();
    let values = digit_values(&chars);
    let digit = |k: usize| values[k].is_some();
    // Chinese numerals too: what is left of 一三八一二三四五六七八 is 一三八****五六七八.
    let numeral = |k: usize| digit(k) || chinese_digit(chars[k]).is_some();
    let part = |k: usize| numeral(k) || matches!(chars[k], '*' | '…' | 'X' | 'x' | 'Ｘ' | 'ｘ');
    let mut out = String::with_capacity(masked.len());
    let mut i = 0;
    while i < chars.len() {
        if !part(i) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The run from here: number characters, and separators that lead to more of them.
        let mut end = i;
        let mut j = i;
        while j < chars.len() && (part(j) || (is_listed_separator(chars[j]) && j - end <= MAX_GAP))
        {
            if part(j) {
                end = j + 1;
            }
            j += 1;
        }
        let run = &chars[i..end];
        let stars = run.iter().filter(|&&c| c == '*').count();
        if stars >= 3 && (i..end).any(numeral) {
            // A number alone in brackets goes with its brackets: 投诉人（139****1111）反映 →
            // 投诉人反映.
            let closing = chars.get(end).is_some_and(|&c| matches!(c, '）' | ')'));
            if closing && (out.ends_with('（') || out.ends_with('(')) {
                out.pop();
                i = end + 1;
                continue;
            }
            out.push_str(gone);
        } else {
            out.extend(run);
        }
        i = end;
    }
    out
}

/// The masked digits put back where the number's own digits were: separators, brackets and
/// the original characters of the digits left visible stay as written, so the echo keeps the
/// value's length and no digit moves (`138 1234 5678` → `138 **** 5678`). `None` when the
/// span's digits do not line up with the masked ones.
fn in_place(span: &[char], values: &[Option<u8>], masked: &str) -> Option<String> {
    let masked: Vec<char> = masked.chars().collect();
    let mut out = String::with_capacity(span.len() * 3);
    let mut k = 0;
    for (&c, value) in span.iter().zip(values) {
        // An ID number's check character X is the last of its digits.
        let digit =
            value.is_some() || (matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ') && k + 1 == masked.len());
        if digit {
            let m = *masked.get(k)?;
            k += 1;
            out.push(if m == '*' { '*' } else { c });
        } else {
            out.push(c);
        }
    }
    (k == masked.len()).then_some(out)
}

/// A name as it is matched: fillers removed, Latin folded to lower case.
fn name_key(name: &str) -> Vec<char> {
    name.chars()
        .filter(|&c| !is_name_filler(c))
        .map(fold_latin)
        .collect()
}

/// A name as the masker compares it: without spacing, punctuation or padding, Latin letters
/// folded (王 建 国 and 王建国, LI WEI and Li Wei, are one name).
pub fn name_key_text(name: &str) -> String {
    name_key(name).into_iter().collect()
}

/// A name as the masker holds it: its first two matching characters, its key, its masked form.
type NameEntry = ((char, char), Vec<char>, String);

/// Masks free text: the names the input mentions, however they are spaced or cased, and every
/// number shaped like an ID number, a phone number or any other run of 7 or more digits.
pub struct Masker {
    /// Sorted by their first two matching characters, then longest first, so 欧阳娜娜 is
    /// replaced before 欧阳. (A sorted list, not a hash map: smaller in wasm.)
    names: Vec<NameEntry>,
}

impl Masker {
    /// The masker of `names`, each replaced by its [`mask_name`] form. A name is matched
    /// whatever its spacing, punctuation or (Latin) case, and so is its other spelling: the
    /// last two characters of a CJK name of three or more (晓梅 of 周晓梅), a Latin name in the
    /// other word order. A name of fewer than two characters, so read, is not matched. Of two
    /// spellings of one name, the one given first is the masked form shown.
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Masker {
        Masker::of_names(&mut names.into_iter())
    }

    /// This masker, with `names` shown as `shown` wherever they stand (a complainant in a
    /// public 通报 is 投诉人, never a masked name).
    pub fn with_shown_as<'a>(
        mut self,
        names: impl IntoIterator<Item = &'a str>,
        shown: &str,
    ) -> Masker {
        let extra = Masker::new(names);
        self.names
            .retain(|n| !extra.names.iter().any(|e| e.1 == n.1));
        self.names.extend(
            extra
                .names
                .into_iter()
                .map(|(pair, key, _)| (pair, key, shown.to_string())),
        );
        Masker::sort(&mut self.names);
        self
    }

    /// Sorted as [`Masker::starting`] looks names up: by their first two characters, then
    /// longest first.
    fn sort(names: &mut [NameEntry]) {
        crate::sort::sort_by_small(names, Masker::order);
    }

    fn order(a: &NameEntry, b: &NameEntry) -> std::cmp::Ordering {
        (a.0, b.1.len(), &a.1).cmp(&(b.0, a.1.len(), &b.1))
    }

    /// The masker of the names a JSON text gives ([`names_in_json`]), if it gives any.
    #[inline(never)]
    pub fn of_json(text: &str) -> Option<Masker> {
        Masker::of_json_keys(text, NAME_KEYS)
    }

    /// The names under `keys` in a JSON text, if it gives any.
    pub fn of_json_keys(text: &str, keys: &[&str]) -> Option<Masker> {
        let names = names_under(text, keys);
        (!names.is_empty()).then(|| Masker::of_names(&mut names.iter().map(String::as_str)))
    }

    /// One copy of the constructor whatever iterator it is given.
    #[inline(never)]
    fn of_names(names: &mut dyn Iterator<Item = &str>) -> Masker {
        // Most deadline reports have no approver: their masker of no name costs no allocation.
        let Some(first) = names.next() else {
            return Masker { names: Vec::new() };
        };
        let names = &mut std::iter::once(first).chain(names);
        // A batch gives the same few names many times (a clerk in every record): each text is
        // read once, at its first place. A name seen just before in its slot of a small table
        // is dropped at once, so 200,000 names of a batch that repeats them cost a pass, not a
        // sort of them all (a deadline batch's masker: 24% of the batch's time, natively); the
        // sort removes the rest.
        let mut seen: Vec<&str> = Vec::new();
        let mut names: Vec<(usize, &str)> = names
            .enumerate()
            .filter(|(_, name)| {
                if seen.is_empty() {
                    seen = vec![""; 1024];
                }
                let slot = &mut seen[(text_hash(name.as_bytes()) >> 54) as usize];
                let again = *slot == *name;
                *slot = name;
                !again
            })
            .collect();
        crate::sort::sort_by_small(&mut names, |a, b| a.1.cmp(b.1).then(a.0.cmp(&b.0)));
        names.dedup_by(|later, first| later.1 == first.1);
        // Each spelling with the place it was given: of two spellings of one name (Li Wei, LI
        // WEI), the one given first is the one shown masked, whatever the others.
        let mut list: Vec<(usize, NameEntry)> = Vec::new();
        // A field that holds two names or a note (王建国/李四, 王建国（科长）, a phone number
        // after the name) gives each name on its own too (helper-35).
        // Chinese characters apart by a space are names apart, unless they are one name spaced
        // out (李四 身份证 is 李四; 欧阳 娜娜 is one: helper-100), and a name in brackets or
        // joined by dots is a name too (李四（王五）, 阿依古丽 of 阿依古丽·买买提: helper-101).
        let mut apart: Vec<(usize, &str)> = Vec::new();
        let mut read: Vec<(usize, String)> = Vec::new();
        for (at, name) in names {
            // A field in Chinese with more than a name in it (a note in brackets, a title after
            // a colon or a dash, a group, digits) gives the names it reads as, not itself, when
            // it gives any, nor its parts: whole, 李四（科长）, 王五-科长 and 赵六等3人 had masked
            // 科长 elsewhere as the given name of 李四科长, and 等 (helper-102 to helper-104).
            let plain = |c: char| is_cjk(c) || c.is_ascii_alphabetic() || c.is_whitespace();
            // A name of Chinese characters alone is read too when it may hold a title or a
            // group (科长李四, 李四等: helper-105).
            let long = name.chars().nth(2).is_some();
            if (!name.chars().all(plain) || long) && name.chars().any(is_cjk) {
                let given = crate::report::person_keys::names_in_field(name);
                let dot = crate::report::person_keys::is_name_dot;
                let dotted = name.contains(dot) && name.chars().all(|c| is_cjk(c) || dot(c));
                let read_apart = !given.is_empty() && !dotted;
                read.extend(given.into_iter().map(|n| (at, n)));
                if read_apart {
                    continue;
                }
            }
            for n in std::iter::once(name).chain(name_parts(name)) {
                let mut give = |p: Cow<str>| read.push((at, p.into_owned()));
                if !crate::report::person_keys::spaced_name_parts(n, &mut give) {
                    apart.push((at, n));
                }
            }
        }
        let read = read.iter().map(|(at, n)| (*at, n.as_str()));
        for (at, name) in apart.into_iter().chain(read) {
            let key = name_key(name);
            // What a portal writes for no name is no name, however spaced or cased (helper-32,
            // helper-34: 暂无 read 暂*, 匿名 匿*, in every capability's masker).
            // Nor is a text of digits (an extension, a room number given as a contact): as a
            // name it masked the engine's own times (helper-42: 03 read 2026-0*-0*).
            if key.len() < 2 || is_no_name_keyed(name, &key) || all_digits(&key) {
                continue;
            }
            // A CJK name is shown without its padding: 王　芳 → 王*.
            let shown: String = if name.chars().any(is_cjk) {
                name.chars().filter(|&c| !is_name_filler(c)).collect()
            } else {
                name.trim_spaces().to_string()
            };
            for other in other_spellings(name, &key) {
                let other_key = name_key(&other);
                if other_key.len() >= 2 && other_key != key && !all_digits(&other_key) {
                    list.push((
                        2 * at + 1,
                        ((other_key[0], other_key[1]), other_key, mask_name(&other)),
                    ));
                }
            }
            list.push((2 * at, ((key[0], key[1]), key, mask_name(&shown))));
        }
        crate::sort::sort_by_small(&mut list, |(a_at, a), (b_at, b)| {
            Masker::order(a, b).then(a_at.cmp(b_at))
        });
        list.dedup_by(|later, first| later.1 .1 == first.1 .1);
        Masker {
            names: list.into_iter().map(|(_, n)| n).collect(),
        }
    }

    /// The names that start with this character.
    fn starting_with(&self, first: char) -> &[NameEntry] {
        let from = self.names.partition_point(|n| n.0 .0 < first);
        let to = self.names.partition_point(|n| n.0 .0 <= first);
        &self.names[from..to]
    }

    /// The names that start with these two characters, longest first.
    fn starting(&self, pair: (char, char)) -> &[NameEntry] {
        let from = self.names.partition_point(|n| n.0 < pair);
        let to = self.names.partition_point(|n| n.0 <= pair);
        &self.names[from..to]
    }

    /// The text masked, then clipped to `max` characters. Only a little more than `max` is
    /// read, so a megabyte of evidence costs no more than its first lines; a number cut at
    /// that edge is hidden whole.
    pub fn clipped(&self, text: &str, max: usize) -> String {
        crate::text::clip_to(&self.text(&crate::text::clip_to(text, max + 64)), max)
    }

    /// For a public text: numbers and names masked, then each masked number left out whole
    /// (`gone` in its place, see [`without_numbers`]), then clipped to `max` characters. While
    /// numbers are left out, a name's mask is written with a character no number holds, so it
    /// never joins the count after it (欧阳娜娜 3 次 read 欧略 次, helper-31) and a name's last
    /// character is never taken for a digit (三 of 张三, 五 of 欧阳五, helper-32).
    pub fn public_text(&self, text: &str, max: usize, gone: &str) -> String {
        const NAME_STAR: char = '\u{E000}';
        let masked = mask_numbers(&crate::text::clip_to(text, max + 64));
        let named = self.names_as(masked, NAME_STAR);
        let out = without_numbers(&named, gone).replace(NAME_STAR, "*");
        crate::text::clip_to(&out, max)
    }

    /// `text` with its numbers masked ([`mask_numbers`]), then the names of this masker.
    pub fn text(&self, text: &str) -> String {
        self.names_in(mask_numbers(text))
    }

    /// Whether this masker knows no name (it changes nothing).
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Only the names: for a text whose numbers are already masked (a finding's message).
    pub fn names_in(&self, text: String) -> String {
        self.names_as(text, '*')
    }

    /// When the text ends with the clip's `…` and what stands from `k` to it is the start of
    /// a name (two characters or more), the span to hide and its masked form, cut as short.
    fn cut_short<'m>(
        &'m self,
        chars: &[char],
        folded: &[char],
        origin: &[usize],
        k: usize,
    ) -> Option<(usize, usize, &'m str)> {
        let cut = folded.len().checked_sub(1).filter(|&c| folded[c] == '…')?;
        // Far from the end no name can reach it: one quick answer per character of a long text.
        let len = cut.checked_sub(k).filter(|&l| (2..=256).contains(&l))?;
        let (start, end) = (origin[k], origin[cut - 1] + 1);
        let (_, _, masked) =
            self.starting((folded[k], folded[k + 1]))
                .iter()
                .find(|(_, key, _)| {
                    key.len() > len
                        && folded[k..cut]
                            .iter()
                            .zip(key)
                            .all(|(&t, &n)| t == n || t == '*')
                        && (!key[0].is_ascii_alphanumeric() || latin_bounded(chars, start, end - 1))
                })?;
        let shown = masked
            .char_indices()
            .nth(end - start)
            .map_or(masked.len(), |(i, _)| i);
        Some((start, end, &masked[..shown]))
    }

    /// The names masked with `star` for each hidden character.
    fn names_as(&self, text: String, star: char) -> String {
        if self.names.is_empty() {
            return text;
        }
        let chars: Vec<char> = text.chars().collect();
        // The text as names are matched, with where each character came from.
        let (folded, origin): (Vec<char>, Vec<usize>) = chars
            .iter()
            .enumerate()
            .filter(|(_, &c)| !is_name_filler(c))
            .map(|(i, &c)| (fold_latin(c), i))
            .unzip();
        let mut spans: Vec<(usize, usize, &str)> = Vec::new();
        let mut k = 0;
        while k + 1 < folded.len() {
            // A star where a name's character stands is that character already masked by an
            // earlier pass (a record's approver, an unreadable record's own names): the name
            // is still masked whole, so 李建国's 建国 masked first never leaves 王建* of 王建国
            // (helper-36). Of the names that match, the longest.
            let candidates = match folded[k + 1] {
                '*' => self.starting_with(folded[k]),
                second => self.starting((folded[k], second)),
            };
            let found = candidates
                .iter()
                .filter(|(_, key, _)| {
                    let end = k + key.len();
                    end <= folded.len()
                        && folded[k..end]
                            .iter()
                            .zip(key)
                            .all(|(&t, &n)| t == n || t == '*')
                        && (!key[0].is_ascii_alphanumeric()
                            || latin_bounded(&chars, origin[k], origin[end - 1]))
                })
                .min_by_key(|(_, key, _)| std::cmp::Reverse(key.len()));
            match found {
                // Already masked (all but its first character stars): left as it stands, or
                // masked again its stars would be counted anew (`L****` of `Li Na` read
                // `L*****`: helper-86).
                Some((_, key, _)) if folded[k + 1..k + key.len()].iter().all(|&c| c == '*') => {
                    k += key.len();
                }
                Some((_, key, masked)) => {
                    // A combining accent on the name's last letter goes with it (J***, not J***́).
                    let mut end = origin[k + key.len() - 1] + 1;
                    while chars
                        .get(end)
                        .is_some_and(|&c| ('\u{300}'..='\u{36F}').contains(&c))
                    {
                        end += 1;
                    }
                    spans.push((origin[k], end, masked));
                    k += key.len();
                }
                None => match self.cut_short(&chars, &folded, &origin, k) {
                    // A name cut short by clipping (`Zhang Xia…`) is hidden as far as it
                    // stands, as a number cut short is (helper-72).
                    Some(span) => {
                        spans.push(span);
                        k = folded.len();
                    }
                    None => k += 1,
                },
            }
        }
        if spans.is_empty() {
            return text;
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (start, end, masked) in spans {
            out.extend(&chars[at..start]);
            out.extend(masked.chars().map(|c| if c == '*' { star } else { c }));
            at = end;
        }
        out.extend(&chars[at..]);
        out
    }
}

/// The names a name field gives besides itself when it holds more than one or a note:
/// 王建国/李四 gives 王建国 and 李四; 王建国（科长） and 王建国13800138000 give 王建国. What
/// stands in brackets is a note, not a name. Nothing when the field is one name.
pub(crate) fn name_parts(field: &str) -> impl Iterator<Item = &str> {
    let mut parts = Vec::new();
    let (mut depth, mut from) = (0usize, 0);
    let mut split = false;
    for (i, c) in field.char_indices() {
        let open = is_opening_bracket(c);
        let close = !open && is_bracket(c);
        let mark = matches!(
            c,
            '/' | '／' | '\\' | '、' | ',' | '，' | ';' | '；' | '|' | '&' | '+'
        );
        if open || close || mark || unicode_digit(c).is_some() {
            split = true;
            if depth == 0 && from < i {
                parts.push(&field[from..i]);
            }
            depth = match (open, close) {
                (true, _) => depth + 1,
                (_, true) => depth.saturating_sub(1),
                _ => depth,
            };
            from = i + c.len_utf8();
        }
    }
    if depth == 0 && from < field.len() {
        parts.push(&field[from..]);
    }
    if !split {
        parts.clear();
    }
    parts.into_iter()
}

/// A bracket that opens a note or a quoted name: ( （ [ ［ 【 〔 〖 < ＜ 《 〈 { ｛ 「 『.
fn is_opening_bracket(c: char) -> bool {
    matches!(
        c,
        '(' | '（'
            | '['
            | '［'
            | '【'
            | '〔'
            | '〖'
            | '<'
            | '＜'
            | '《'
            | '〈'
            | '{'
            | '｛'
            | '「'
            | '『'
    )
}

/// A bracket, opening or closing ([`is_opening_bracket`]): `{李四}`, `「李四」` and `〈李四〉`
/// hold a name as `[李四]` does (helper-100).
pub(crate) fn is_bracket(c: char) -> bool {
    is_opening_bracket(c)
        || matches!(
            c,
            ')' | '）'
                | ']'
                | '］'
                | '】'
                | '〕'
                | '〗'
                | '>'
                | '＞'
                | '》'
                | '〉'
                | '}'
                | '｝'
                | '」'
                | '』'
        )
}

/// Parts and orders of a name that still point at the person: the given name of a CJK name of
/// three or more characters (晓梅 of 周晓梅), a name of parts in the other order (Xiaomei Zhou,
/// 买买提·阿依古丽), and a name of two to eight parts, Latin or joined by a dot, with any of its
/// first parts moved to the end (surname first: Tolkien John Ronald, 史密斯·约翰·亨利;
/// helper-70, helper-71).
#[inline(never)]
fn other_spellings(name: &str, key: &[char]) -> Vec<String> {
    let separator =
        |c: char| c.is_whitespace() || matches!(c, ',' | '，' | '、' | '·' | '・' | '•' | '‧');
    let parts: Vec<&str> = name.split(separator).filter(|p| !p.is_empty()).collect();
    // Each of its first parts moved to the end (surname first): a name of up to eight parts
    // (Maria de los Angeles Garcia, 约翰·亨利·史密斯), as a longer one is no name, and its
    // orders would be many.
    let rotations = |join: &str| -> Vec<String> {
        // A text of hundreds of bytes is no name: not copied eight times over.
        match parts.len() {
            2..=8 if name.len() <= 256 => (1..parts.len())
                .map(|k| {
                    (parts[k..].iter().chain(&parts[..k]))
                        .copied()
                        .collect::<Vec<_>>()
                })
                .map(|p| p.join(join))
                .collect(),
            _ => Vec::new(),
        }
    };
    if name.chars().any(is_cjk) {
        let mut out = rotations("·");
        // Not a title after a surname (李科长's 科长: helper-106).
        let given: String = key.iter().skip(key.len().max(3) - 2).collect();
        if !crate::report::person_keys::is_role(&given) {
            out.push(given);
        }
        if parts.len() >= 2 {
            out.push(parts.iter().rev().copied().collect::<Vec<_>>().join("·"));
        }
        return out;
    }
    let mut out = rotations(" ");
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in name.chars().chain([' ']) {
        if !is_name_filler(c) {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    words.reverse();
    out.push(words.join(" "));
    out
}

/// A Latin name stands on its own: no Latin letter (accented ones included) right before or
/// after it, so Li is not masked inside Lisa or Lié. A digit is no boundary: O'Brien110 still
/// names O'Brien.
fn latin_bounded(chars: &[char], start: usize, last: usize) -> bool {
    let word = |c: &char| {
        is_latin_letter(*c)
            || matches!(*c as u32, 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F | 0x1E00..=0x1EFF)
    };
    // Names glued together are told apart by their capitals (JoséLi, Jean-LucJean-Luc): a
    // capital after a small letter starts a word. Latin-1's letters only; that is enough here.
    let upper = |c: char| c.is_ascii_uppercase() || matches!(c as u32, 0xC0..=0xD6 | 0xD8..=0xDE);
    let lower = |c: char| c.is_ascii_lowercase() || matches!(c as u32, 0xDF..=0xF6 | 0xF8..=0xFF);
    let at = |i: usize| chars.get(i).copied();
    let before = start.checked_sub(1).and_then(at);
    let after = at(last + 1);
    let starts = before.is_none_or(|b| !word(&b) || (lower(b) && upper(chars[start])));
    let ends = after.is_none_or(|a| !word(&a) || (upper(a) && lower(chars[last])));
    starts && ends
}

#[cfg(test)]
mod tests {
    use super::*;

    /// helper-72: a name cut short by the clip of an echoed value is hidden as far as it stands.
    #[test]
    fn a_name_cut_short_by_clipping_is_masked() {
        let m = Masker::new(["Xiaoming Zhang", "欧阳娜娜"]);
        let masked = m.text("Promised case handled by clerk Zhang Xia…");
        assert!(
            !masked.contains("Xia") && !masked.contains("Zhang"),
            "{masked}"
        );
        assert!(masked.starts_with("Promised case handled by clerk Z") && masked.ends_with('…'));
        assert_eq!(m.text("经办人欧阳娜…"), "经办人欧**…");
        // Not the start of a name, or one letter of it: left as it is.
        assert_eq!(m.text("经办人欧…"), "经办人欧…");
        assert_eq!(m.text("Zhangjiakou Ma…"), "Zhangjiakou Ma…");
        assert_eq!(m.text("Zhangjiakou Xia…"), "Zhangjiakou X**…");
        assert_eq!(m.text("clerk Zhang Xia"), "clerk Zhang Xia");
    }

    /// helper-70, helper-71: a name of two to eight parts, Latin or joined by a dot, written
    /// surname first or all reversed.
    #[test]
    fn names_are_masked_in_their_other_orders() {
        for (name, texts) in [
            (
                "John Ronald Tolkien",
                &[
                    "Tolkien John Ronald",
                    "Ronald Tolkien John",
                    "TOLKIEN, John Ronald",
                ][..],
            ),
            (
                "Mary-Jane O'Neil",
                &["O'Neil Mary-Jane", "O'Neil, Mary-Jane", "O'NEIL MARY-JANE"][..],
            ),
            (
                "阿依古丽·买买提",
                &["买买提·阿依古丽", "买买提・阿依古丽"][..],
            ),
            (
                "约翰·亨利·史密斯",
                &["史密斯·约翰·亨利", "亨利·史密斯·约翰", "史密斯・约翰・亨利"][..],
            ),
            (
                "Maria de los Angeles Garcia",
                &[
                    "Garcia Maria de los Angeles",
                    "Garcia, Maria de los Angeles",
                ][..],
            ),
        ] {
            let m = Masker::new([name]);
            for text in texts {
                let masked = m.text(&format!("见{text}签字"));
                for part in [
                    "Tolkien",
                    "Ronald",
                    "Neil",
                    "NEIL",
                    "阿依古丽",
                    "买买提",
                    "约翰",
                    "史密斯",
                    "Garcia",
                    "Angeles",
                ] {
                    assert!(!masked.contains(part), "{name}: {text} → {masked}");
                }
            }
        }
    }

    /// `is_no_name` answers a text with a digit at once: no placeholder may hold one.
    #[test]
    fn no_placeholder_holds_a_digit() {
        for word in NOT_NAMES.iter().chain(&["NaN", "nil", "n/a"]) {
            assert!(!word.chars().any(|c| unicode_digit(c).is_some()), "{word}");
            assert!(is_no_name(word), "{word}");
        }
        for id in ["S1", "暂无1", "0", "n/a 2", "null0"] {
            assert!(!is_no_name(id), "{id}");
        }
    }

    #[test]
    fn of_two_spellings_of_a_name_the_first_given_is_shown() {
        // helper-25: which spelling stood for a name given twice (Li Wei, LI  WEI) depended on
        // the order the sort left equal names in. The first given is shown, in either order.
        let first = Masker::new(["Li Wei", "LI  WEI", "Li Wei"]).text("办理人 li wei");
        let second = Masker::new(["LI  WEI", "Li Wei"]).text("办理人 li wei");
        assert_eq!(first, format!("办理人 {}", mask_name("Li Wei")));
        assert_eq!(second, format!("办理人 {}", mask_name("LI  WEI")));
        let wide = Masker::new(["Ｌｉ Ｗｅｉ", "Li Wei"]).text("li wei");
        assert_eq!(wide, mask_name("Ｌｉ Ｗｅｉ"));
        // Still longest first: 欧阳娜娜 before 欧阳, whatever the order given.
        let nested = Masker::new(["欧阳", "欧阳娜娜"]).text("欧阳娜娜与欧阳");
        assert_eq!(
            nested,
            format!("{}与{}", mask_name("欧阳娜娜"), mask_name("欧阳"))
        );
    }

    #[test]
    fn a_card_in_any_pieces_is_one_card() {
        // The ninth review (helper-18): read piece by piece, a landline inside the run had left
        // 14 of 19 digits shown.
        let bare = Masker::new([]);
        for text in [
            "6 2 2 2 0 2 1 2 3 4 5 6 7 8 9 0 1 2 3",
            "62 22 02 12 34 56 78 90 12 3",
            "62220212 34567890123",
            "6\u{200B}2\u{200B}2\u{200B}2\u{200B}0\u{200B}2\u{200B}1\u{200B}2\u{200B}3\u{200B}4\u{200B}5\u{200B}6\u{200B}7\u{200B}8\u{200B}9\u{200B}0\u{200B}1\u{200B}2\u{200B}3",
            "43674200 12345678",
        ] {
            let out = bare.text(text);
            let shown = out.chars().filter(|c| c.is_ascii_digit()).count();
            assert!(shown <= 7, "{text} → {out}");
        }
        // A phone and a date beside it stay two numbers.
        assert_eq!(
            bare.text("13812345678 2026-03-02"),
            "138****5678 2026-03-02"
        );
    }

    #[test]
    fn masks() {
        assert_eq!(mask_name("张伟"), "张*");
        assert_eq!(mask_name("欧阳娜娜"), "欧***");
        assert_eq!(mask_id("11010519491231002X"), "110105********002X");
        assert_eq!(mask_phone("13812345678"), "138****5678");
        // Found by the bulletin fuzz target: 7–10 digit runs underflowed.
        assert_eq!(mask_phone("1234567"), "***4567");
        assert_eq!(mask_phone("0105551234"), "010***1234");
        assert_eq!(mask_phone("0531-86123456"), "0531****3456");
        // Long runs keep their length, and no digit moves.
        assert_eq!(mask_phone("11010519491231002"), "110**********1002");
        assert_eq!(mask_phone("1101051949123100"), "110*********3100");
        assert_eq!(
            Masker::new([]).text("电话6512345，分机12345678"),
            "电话***2345，分机****5678"
        );
        let bare = Masker::new([]);
        assert_eq!(bare.text("电话 138-0013-8000"), "电话 138-****-8000");
        assert_eq!(bare.text("+86 138 0013 8000"), "+86 138 **** 8000");
        assert_eq!(bare.text("座机010-6512-3456。"), "座机010-****-3456。");
        assert_eq!(bare.text("0531-86123456"), "0531-****3456");
        assert_eq!(bare.text("１３８００１３８０００"), "１３８****８０００");
        // An ID number's X ends it: the phone run on after it is a number of its own.
        assert_eq!(
            bare.text("11010519491231002X13800138000"),
            "110105********002X138****8000"
        );
        // Dates, times and short counts are not phone numbers.
        assert_eq!(
            bare.text("2026-01-04T17:30:00+08:00，第 100 号 2026 年"),
            "2026-01-04T17:30:00+08:00，第 100 号 2026 年"
        );
        assert_eq!(
            bare.text("应于 2026-02-24 17:30 前，共 1,234,567 元"),
            "应于 2026-02-24 17:30 前，共 1,234,567 元"
        );
        let m = Masker::new(["张伟", "李娜"]);
        assert_eq!(
            m.text("张伟(110105194912310021, 13812345678)投诉李娜"),
            "张*(110105********0021, 138****5678)投诉李*"
        );
    }

    #[test]
    fn spellings_an_adversary_would_try() {
        let bare = Masker::new([]);
        for text in [
            "(010) 6512 3456",
            "138.0013.8000",
            "1101 0519 4912 3100 2X",
            "1380013 8000",
            "139_1234_5678",
            "139／1234／5678",
            "139—1234—5678",
            "139,1234,5678",
            "139\u{200B}1234\u{200B}5678",
            "139\u{3000}1234\u{00A0}5678",
            "1391 234 5678",
            "13 912 345 678",
            "一三九一二三四五六七八",
            "幺三九 幺二三四 五六七八",
            "①③⑨①②③④⑤⑥⑦⑧",
            "𝟏𝟑𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖",
            "110105 1949 1231 002X",
            "110105-1949-1231-002X",
            "110105.19491231.002X",
            "110105 19491231 002 X",
            "110105491231002",
            "(0755)8612.3456",
            "+86 (138) 0013-8000",
        ] {
            let out = bare.text(&format!("联系方式：{text}。"));
            let count = |s: &str| {
                let chars: Vec<char> = s.chars().collect();
                digit_values(&chars).iter().flatten().count()
            };
            // At least four digits hidden: a mobile keeps 7 of 11, an ID 10 of 18 (or 15).
            assert!(count(&out) + 4 <= count(text), "{text} → {out}");
            assert!(out.contains('*'), "{text} → {out}");
        }
    }

    /// What the three reviews tried, as they wrote it.
    #[test]
    fn numbers_the_reviews_tried() {
        let bare = Masker::new([]);
        assert_eq!(
            bare.text("手机:13800138000，id:110101199003077571"),
            "手机:138****8000，id:110101********7571"
        );
        assert_eq!(bare.text("1 3 8 0 0 1 3 8 0 0 0"), "1 3 8 * * * * 8 0 0 0");
        // helper-37: two grouped phones in a list were read as a landline across them.
        for (text, want) in [
            (
                "手机138 0013 8000、+86-138-0013-8000",
                "手机138 **** 8000、+86-138-****-8000",
            ),
            (
                "138 0013 8000、138 0013 8000",
                "138 **** 8000、138 **** 8000",
            ),
        ] {
            assert_eq!(bare.text(text), want, "{text}");
        }
        assert_eq!(
            bare.text("证件 1 110105 19491231 002X"),
            "证件 1 110105 ******** 002X"
        );
        // Second review: mixed numerals, a date or a count before a number, a clipped echo.
        assert_eq!(bare.text("一三八1234五六七八"), "一三八****五六七八");
        assert_eq!(
            bare.text("2026-03-05 13812345678"),
            "2026-03-05 138****5678"
        );
        assert_eq!(bare.text("窗口 3 13812345678"), "窗口 3 138****5678");
        assert_eq!(
            bare.text("证件 1 110105 19491231 002X"),
            "证件 1 110105 ******** 002X"
        );
        assert_eq!(bare.text("ID 110105 1949 1231…"), "ID ****** **** ****…");
        // Masked, then clipped: a number across the clipping edge never shows its digits.
        let edge = bare.clipped(
            &format!("{}13812345678{}", "x".repeat(195), "y".repeat(1000)),
            200,
        );
        assert!(edge.ends_with("138**…"), "{edge}");
        // Third review: colons, quotes and other separators, radio and keycap digits, Arabic
        // digits before Chinese numerals; masked text is never masked again; an X belongs to
        // an ID number only as its 18th character.
        for text in [
            "138:1234:5678",
            "138：1234：5678",
            "138'1234'5678",
            "138。1234。5678",
            "138｜1234｜5678",
            "1  ,  3  ,  8  ,  0  ,  0  ,  1  ,  3  ,  8  ,  0  ,  0  ,  0",
            "138 1234 五六七八",
            "幺三九洞洞幺二勾拐八八",
            "1\u{20E3}3\u{20E3}8\u{20E3}1\u{20E3}2\u{20E3}3\u{20E3}4\u{20E3}5\u{20E3}6\u{20E3}7\u{20E3}8\u{20E3}",
        ] {
            let out = bare.text(text);
            // Masked in place: separators stay, at least four digits are hidden.
            assert!(out.matches('*').count() >= 4, "{text} → {out}");
            assert_eq!(out.chars().count(), text.chars().count(), "{text} → {out}");
        }
        let once = bare.text("13800138000，2026-03-05 13812345678 13987654321");
        assert_eq!(once, "138****8000，2026-03-05 138****5678 139****4321");
        assert_eq!(bare.text(&once), once);
        assert_eq!(bare.text("x13812345678x"), "x138****5678x");
        assert_eq!(
            bare.text("开会 09:00-12:00，13:30-17:30"),
            "开会 09:00-12:00，13:30-17:30"
        );
    }

    #[test]
    fn names_however_written() {
        let m = Masker::new(["王芳", "Zhou Xiaomei", "欧阳娜娜", "Li"]);
        assert_eq!(m.text("王　芳来电"), "王*来电");
        assert_eq!(m.text("王·芳、王\u{200B}芳"), "王*、王*");
        assert_eq!(
            m.text("ZHOU XIAOMEI 与 zhou  xiaomei"),
            "Z*********** 与 Z***********"
        );
        assert_eq!(m.text("欧阳娜娜"), "欧***");
        let hyphen = Masker::new(["王五", "Mary-Ann O'Neil", "Zhang San"]);
        assert_eq!(
            hyphen.text("王-五、王_五、MARY ANN O NEIL、Zhang-San"),
            "王*、王*、M**************、Z********"
        );
        // A short Latin name is masked only as a word of its own.
        assert_eq!(m.text("policy by Li"), "policy by L*");
        // Fourth review: any mark inside a name, the sinological dot, the other order, the
        // given name alone.
        let full = Masker::new(["张三丰", "周晓梅", "Zhou Xiaomei", "王芳"]);
        assert_eq!(
            full.text("张/三/丰、张、三、丰、王ꞏ芳、Xiaomei Zhou、晓梅、三丰"),
            "张**、张**、王*、X***********、晓*、三*"
        );
    }

    /// helper-25, helper-26: accents and their case, pinyin tone marks, the katakana middle
    /// dot and a name glued to digits let a name through.
    #[test]
    fn names_in_other_cases_accents_and_dots() {
        let m = Masker::new(["José García", "Lǚ Bù", "Zoë", "İsmail", "王·芳", "O'Brien"]);
        assert_eq!(m.text("JOSÉ GARCÍA"), "J**********");
        assert_eq!(m.text("Jose\u{301} Garci\u{301}a"), "J**********");
        assert_eq!(m.text("LÜ BU, Lu Bu"), "L****, L****");
        assert_eq!(m.text("ZOË zoe"), "Z** Z**");
        assert_eq!(m.text("ismail ISMAİL"), "İ***** İ*****");
        assert_eq!(m.text("王・芳、王･芳"), "王*、王*");
        assert_eq!(m.text("O'Brien110 called"), "O******110 called");
        // helper-31: LV BU for Lǚ Bù, names glued by their capitals, a trailing combining accent.
        assert_eq!(m.text("LV BU, lvbu"), "L****, L****");
        let glued = Masker::new(["José", "Li", "Jean-Luc"]);
        assert_eq!(glued.text("JoséLi LiJosé"), "J***L* L*J***");
        assert_eq!(glued.text("Jean-LucJean-Luc"), "J*******J*******");
        assert_eq!(glued.text("Jose\u{301} ok"), "J*** ok");
        // Still a word of its own: not inside another Latin word.
        let li = Masker::new(["Li"]);
        assert_eq!(li.text("Lié Lisa Li2"), "Lié Lisa L*2");
        // helper-82: Vietnamese letters with two marks or a dot below had been no letters at
        // all (Nguyễn read as Nguyn): the name unaccented went through, and the two spellings
        // side by side met in the middle, leaving parts of both.
        let vn = Masker::new(["Nguyễn Văn An", "Trần Thị Bích", "Phạm Ngọc Ơn"]);
        assert_eq!(vn.text("Nguyen Van An ate"), "N************ ate");
        assert_eq!(
            vn.text("Nguyen Van An NGUYỄN VĂN AN ate"),
            "N************ N************ ate"
        );
        assert_eq!(
            vn.text("tran thi bich, Pham Ngoc On"),
            "T************, P***********"
        );
        assert_eq!(super::mask_if_name("Nguyễn Văn Bình"), "N**************");
        assert!(super::id_is_name("Tra\u{300}n Thi\u{323} Bi\u{301}ch"));
        for id in ["Zhang San 3", "Nguyễn Văn An 2", "José María 5"] {
            assert!(super::id_is_name(id), "{id}");
        }
        for id in ["GH-0012", "S-0123 A", "admin", "S0123"] {
            assert!(!super::id_is_name(id), "{id}");
        }
        let w = |id: &str| super::personal_numbers_withheld(id, "略");
        assert_eq!(w("张三-11010519491231002X"), "张三-略");
        assert_eq!(w("A11010519491231002XB"), "A略B");
        assert_eq!(w("13800138000"), "略");
        // However grouped or written (helper-83).
        for phone in [
            "138 0013 8000",
            "+8613800138000",
            "(138)0013-8000",
            "１３８ ００１３ ８０００",
        ] {
            assert_eq!(w(&format!("办件{phone}")), "办件略", "{phone}");
        }
        for id in [
            "110105 19491231 002X",
            "110105-19491231-002X",
            "１１０１０５１９４９１２３１００２Ｘ",
        ] {
            assert_eq!(w(id), "略", "{id}");
        }
        // Behind another group or a country code (helper-84), however grouped (helper-85);
        // the groups beside it stay, to find the case by.
        for (id, shown) in [
            ("0-13812345678", "0-略"),
            ("(0)13812345678", "(0)略"),
            ("0086-138-1234-5678", "略"),
            ("0086 13812345678", "略"),
            ("2026-0301-139-1234-5678", "2026-0301-略"),
            ("008613912345678", "略"),
            ("0086１３９１２３４５６７８", "略"),
            ("RS-139.1234.5678", "RS-略"),
            ("RS-139–1234–5678", "RS-略"),
            ("RS-0086 (139) 1234 5678", "RS-略"),
            ("RS-110105.19491231.002X", "RS-略"),
            ("RS-13812345678-0001", "RS-略-0001"),
            ("XK-12-13812345678", "XK-12-略"),
        ] {
            assert_eq!(w(id), shown, "{id}");
        }
        // Case numbers are no ID numbers: no valid check character or birth date.
        for case in [
            "RS-20260301-0001234",
            "440300202603010001",
            "999999202613450001",
            "000000000000000001",
            "12800138000 2026030100012345678",
        ] {
            assert_eq!(w(case), case);
        }
        // Still a word of its own: not inside a longer Vietnamese word.
        assert_eq!(vn.text("Nguyen Van Anh"), "Nguyen Van Anh");
    }

    /// helper-31: a name's mask followed by a count read as a masked number, and the count
    /// and part of the name were left out (欧略 次离岗).
    #[test]
    fn a_public_text_keeps_the_count_after_a_name() {
        let m = Masker::new(["欧阳娜娜", "Xiaomei Zhou", "张三", "欧阳五", "王芳"]);
        for (text, gone, want) in [
            ("欧阳娜娜 3 次离岗", "略", "欧*** 3 次离岗"),
            (
                "Xiaomei Zhou 2 times, 45 minutes",
                "[withheld]",
                "X*********** 2 times, 45 minutes",
            ),
            ("张三 138 1234 5678 离岗", "略", "张* 略 离岗"),
            ("张三13812345678离岗", "略", "张*略离岗"),
            // helper-32: a phone number in spaced Chinese numerals, a name ending in a numeral.
            ("电话一三八 一二三四 五六七八", "略", "电话略"),
            ("电话一三八-一二三四-五六七八", "略", "电话略"),
            ("欧阳五一三八一二三四五六七八", "略", "欧**略"),
        ] {
            assert_eq!(m.public_text(text, 500, gone), want, "{text}");
        }
    }

    /// Names read from the person members alone give what a parse of the whole text gives.
    #[test]
    fn names_under_reads_the_person_members() {
        let text = r#"{"id":"A","note":"applicant","steps":[{"name":"审核","clerk":"李四"}],
            "applicant": {"name":"王建国","contact":{"name":"王小明","phone":"138"}},
            "firstReceiver" : "赵六", "clerk":["钱七", 5]}"#;
        let mut names = names_under(text, PERSON_KEYS);
        names.sort();
        // The contact's name is read twice (under `applicant` and under `contact`): the
        // masker reads each text once.
        names.dedup();
        assert_eq!(names, ["李四", "王小明", "王建国", "赵六", "钱七"]);
        // An escaped key is a key: the text is read whole.
        assert_eq!(
            names_under(r#"{"\u0063lerk":"孙八"}"#, PERSON_KEYS),
            ["孙八"]
        );
        assert!(names_under(r#"{"clerk" 5}"#, PERSON_KEYS).is_empty());
        // helper-32, helper-34: no name is no name, however spaced or written.
        let none = r#"{"applicant":"暂无","clerk":" 匿名 ","firstReceiver":"ｎｕｌｌ","applicantName":"王五","name":"N / A"}"#;
        let m = Masker::of_json_keys(
            none,
            &[
                "applicant",
                "clerk",
                "firstReceiver",
                "applicantName",
                "name",
            ],
        )
        .unwrap();
        assert_eq!(
            m.text("暂无材料、匿名举报、null值、N/A、王五"),
            "暂无材料、匿名举报、null值、N/A、王*"
        );
        let spaced = Masker::new(["暂 无", "不　详"]);
        assert!(spaced.is_empty());
        // Every record of the fixtures, against the whole text parsed.
        for fixture in [
            include_str!("../../tests/fixtures/deadline-cases.json"),
            include_str!("../../tests/fixtures/case-validation.json"),
            include_str!("../../tests/fixtures/supervision-month.json"),
        ] {
            let all: serde_json::Value = serde_json::from_str(fixture).unwrap();
            let mut records = vec![];
            let mut stack = vec![&all];
            while let Some(v) = stack.pop() {
                match v {
                    serde_json::Value::Object(o) => {
                        records.push(v.to_string());
                        stack.extend(o.values());
                    }
                    serde_json::Value::Array(a) => stack.extend(a),
                    _ => {}
                }
            }
            for text in records.iter().filter(|t| !t.contains('\\')) {
                let mut fast = names_under(text, PERSON_KEYS);
                let mut whole = vec![];
                walk_names(
                    &Node::read(text).unwrap(),
                    "",
                    PERSON_KEYS,
                    false,
                    &mut whole,
                );
                fast.sort();
                fast.dedup();
                whole.sort();
                whole.dedup();
                assert_eq!(fast, whole, "{text}");
            }
        }
    }

    /// A public 通报 carries no number, not even masked.
    #[test]
    fn numbers_left_out_whole() {
        let bare = Masker::new([]);
        let masked = bare
            .text("赵敏（13900001111）反映，身份证 110105194912310021，共 1,234 元，2026-03-05");
        assert_eq!(
            without_numbers(&masked, "略"),
            "赵敏反映，身份证 略，共 1,234 元，2026-03-05"
        );
        assert_eq!(without_numbers("欧***与张*", "略"), "欧***与张*");
        // Second review: Chinese numerals are numbers too.
        let masked = bare.text("电话一三八一二三四五六七八");
        assert_eq!(without_numbers(&masked, "略"), "电话略");
    }

    /// Fourth review: a number after +86, a phone glued to more digits, a full-width X.
    #[test]
    fn numbers_of_the_fourth_review() {
        let bare = Masker::new([]);
        assert_eq!(bare.text("+86 755 8765 4321"), "+86 755 **** 4321");
        assert_eq!(bare.text("0086-10-6512-3456"), "0086-**-****-3456");
        assert_eq!(bare.text("138123456782026"), "138********2026");
        assert_eq!(bare.text("138123456781234567"), "138***********4567");
        assert_eq!(bare.text("110105491231002"), "110105*****1002");
        assert_eq!(bare.text("11010519491231002Ｘ"), "110105********002Ｘ");
        assert_eq!(bare.text("110105194912310０2ｘ"), "110105********0０2ｘ");
    }
}
