//! Where in a JSON text an error happened, as a field path such as `pauses[1].from`.
//!
//! serde_json reports a line and column; walking the text up to that point recovers the path
//! without wrapping every deserializer (serde_path_to_error cost a quarter of the .wasm).

use serde::de::DeserializeOwned;

use crate::error::{join_path, Error, ErrorCode};
use crate::text::clip_to;

enum Frame {
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    Array {
        index: usize,
    },
}

/// Where each element of a JSON array's text lies, as byte ranges, or `None` when the text is
/// not an array whose elements could be told apart.
///
/// Made for the text `JSON.stringify` writes for a batch: it tracks only strings and nesting
/// (natively 4 ms for the spans of 100k records, where serde_json's `RawValue` list took 6 ms,
/// and a smaller .wasm), and it validates nothing: each element is read by serde later, and a
/// text it cannot split (whitespace between elements, a bare text) gives `None`.
///
/// # Examples
/// `[{"a":"]"},2]` gives `[(1, 10), (11, 12)]`.
pub fn array_element_spans(text: &str) -> Option<Vec<(usize, usize)>> {
    let b = text.as_bytes();
    if b.first() != Some(&b'[') || b.last() != Some(&b']') {
        return None;
    }
    let mut spans = Vec::new();
    if b.len() == 2 {
        return Some(spans);
    }
    let (mut i, mut start, mut depth) = (1, 1, 0usize);
    while i < b.len() {
        match b[i] {
            b'"' => {
                // To the closing quote: a backslash escapes the byte after it.
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth > 0 => depth -= 1,
            b',' | b']' if depth == 0 => {
                if i == start {
                    return None;
                }
                spans.push((start, i));
                if b[i] == b']' {
                    return (i + 1 == b.len()).then_some(spans);
                }
                start = i + 1;
            }
            b'}' => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

/// Byte offset of a serde_json (line, column); columns count bytes from 1.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(text.len())
}

/// The path of the innermost value open at byte `end`.
pub fn path_at(text: &str, end: usize) -> String {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end.min(bytes.len()) {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key, expecting_key }) => {
                    *key = None;
                    *expecting_key = true;
                }
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object {
                    key,
                    expecting_key: expecting @ true,
                }) = stack.last_mut()
                {
                    *key = Some(text.get(start..i.min(text.len())).unwrap_or("").to_string());
                    *expecting = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => path = join_path(&path, k),
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
            Frame::Object { key: None, .. } => {}
        }
    }
    path
}

/// Whether serde's echo of a text (escaped as Rust's `{:?}` writes it) reads as a name.
fn name_like(echoed: &str) -> bool {
    crate::report::mask::looks_like_name(&debug_unescaped(echoed))
}

/// A text as Rust's `{:?}` wrote it, read back (`\u{200b}`, `\t`, `\"`): serde quotes a value
/// so in its messages, and a name with an unseen mark in it is a name (helper-88).
fn debug_unescaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('u') => {
                let hex: String = (chars.by_ref().skip(1)).take_while(|&c| c != '}').collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The detail of a text that holds a lone surrogate, whatever serde_json called it.
pub const LONE_SURROGATE: &str = "invalid text: a lone surrogate (half of a UTF-16 pair)";

/// Parses JSON text into `T`. On failure the error's path names the field where serde_json
/// stopped (a missing field included), under `prefix`.
///
/// # Errors
/// `code` at that path, with serde_json's message (without its line and column, clipped to
/// 160 characters) as the detail; a lone surrogate in the text is said as
/// [`LONE_SURROGATE`].
pub fn from_json_text<T: DeserializeOwned>(
    text: &str,
    prefix: &str,
    code: ErrorCode,
) -> Result<T, Error> {
    // A record is read from an object only, at any depth (`json_objects`). Lists read record
    // by record are read in one pass first; only a text with a bad record is read again.
    let outer = crate::input::read_in_place(true);
    let first = crate::json_objects::from_str(text);
    let read = match crate::input::read_in_place_end(outer) {
        true if first.is_err() => crate::json_objects::from_str(text),
        _ => first,
    };
    read.map_err(|e| read_error(&e, text, prefix, code))
}

/// [`from_json_text`]'s error: not generic, so one copy for every type read.
#[inline(never)]
pub(crate) fn read_error(
    e: &serde_json::Error,
    text: &str,
    prefix: &str,
    code: ErrorCode,
) -> Error {
    {
        let message = e.to_string();
        // serde_json appends " at line L column C"; the path says the same more usefully.
        let message = message
            .rsplit_once(" at line ")
            .map(|(m, _)| m.to_string())
            .unwrap_or(message);
        // A lone surrogate (JS strings may hold one; JSON.stringify writes it as \udXXX) is
        // reported by serde_json in three ways: one message for all of them.
        // The binding's marker of a value JSON cannot encode is such a surrogate.
        let surrogate = message.contains("hex escape") || message.contains("code point");
        let message = match surrogate {
            true if text.contains(crate::messages::UNENCODABLE_JSON) => {
                crate::messages::UNENCODABLE.to_string()
            }
            true => LONE_SURROGATE.to_string(),
            false => message,
        };
        // A text where a record stands is most often a person given by name (`jj: ["李四"]`
        // for a handover: helper-77): it is not echoed, as no name key tells the masker it is one.
        // A list stands there as often (`handovers: "李四"`, helper-78).
        let message = match message.strip_prefix("invalid type: string \"") {
            Some(rest)
                if message.contains("\", expected struct ")
                    || message.ends_with("\", expected a sequence") =>
            {
                match rest.rsplit_once("\", expected ") {
                    Some((_, expected)) => format!("invalid type: string, expected {expected}"),
                    None => message,
                }
            }
            // Elsewhere a text that reads as a name is masked: a name in the wrong column
            // (`score: "王小明"`, `count: "Zhou Yu"`) is a name all the same (helper-87).
            Some(rest) => match rest.split_once("\", expected ") {
                Some((value, expected)) if name_like(value) => {
                    let masked = crate::report::mask::mask_name(&debug_unescaped(value));
                    format!("invalid type: string \"{masked}\", expected {expected}")
                }
                _ => message,
            },
            // The same of a value that is no known variant (`unit: "王小明"`).
            None => match message.strip_prefix("unknown variant `") {
                Some(rest) => match rest.split_once("`, expected ") {
                    Some((value, expected)) if name_like(value) => {
                        let masked = crate::report::mask::mask_name(&debug_unescaped(value));
                        format!("unknown variant `{masked}`, expected {expected}")
                    }
                    _ => message,
                },
                None => message,
            },
        };
        let mut at = path_at(text, offset_of(text, e.line(), e.column()));
        if let Some(field) = message
            .strip_prefix("missing field `")
            .and_then(|r| r.split('`').next())
        {
            // Reported at the closing brace: the path is the object's; add the field.
            at = join_path(&at, field);
        }
        // A list where none belongs is reported just inside it: the path is the list's own
        // (`applicant`, not `applicant[0]`: helper-35). A list where a record belongs is
        // reported before it (`json_objects`): the path is already the list's (`pauses[0]`).
        let inside = !message.contains("expected struct");
        if message.starts_with("invalid type: sequence") && inside && at.ends_with(']') {
            if let Some(open) = at.rfind('[') {
                at.truncate(open);
            }
        }
        Error::new(code, &join_path(prefix, &at)).detail(clip_to(&message, 160))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_at_offsets() {
        let text = r#"{"a":{"b":[1,{"c":"x\"y","d":2}]},"e":3}"#;
        let at = |needle: &str| path_at(text, text.find(needle).unwrap() + needle.len());
        assert_eq!(at(r#""c":"x\"y""#), "a.b[1].c");
        assert_eq!(at(r#""d":2"#), "a.b[1].d");
        assert_eq!(at("[1"), "a.b[0]");
        assert_eq!(at(r#""e":3"#), "e");
    }
}
