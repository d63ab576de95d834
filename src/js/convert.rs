//! Value conversion at the JS edge: arguments in, results out, errors with paths.

use js_sys::{Array, Date, Float64Array, JsString, Reflect, Uint8Array};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue, Nullable};

use crate::deadline::limit::LimitUnit;
use crate::deadline::{Card, Category, Status};
use crate::error::{join_path, Error, ErrorCode};
use crate::messages::UNENCODABLE;
use crate::time::{instant_from_epoch_ms, parse_date, parse_instant, Day, Minute};

pub type JsResult<T> = Result<T, Error>;

/// Results cross the boundary as one JSON text, parsed by the engine's own `JSON.parse`: one
/// serializer for every result type keeps the .wasm small, and it is faster than building
/// objects field by field through imports.
pub fn to_js<T: Serialize>(value: &T) -> JsResult<JsValue> {
    let text = serde_json::to_string(value)
        .map_err(|e| Error::new(ErrorCode::Internal, "").detail(e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|_| Error::new(ErrorCode::Internal, "").detail("JSON.parse"))
}

/// Result fields that are dictionaries keyed by the portal's own names (units, sectors,
/// windows, rules): they come back as objects without a prototype, so a unit called
/// `hasOwnProperty`, `toString` or `__proto__` is a key like any other.
const DICTIONARIES: &[&str] = &[
    "byKind",
    "byRule",
    "bySector",
    "byUnit",
    "byUnitWindow",
    "minOpenWindows",
    "waitsByHour",
    "waitsByWindow",
];

/// Gives every [`DICTIONARIES`] object in `value` a null prototype. Arrays (the long lists of
/// items and reports) are not walked.
pub fn null_prototype_dictionaries(value: &JsValue) {
    let Some(obj) = value.dyn_ref::<js_sys::Object>() else {
        return;
    };
    if Array::is_array(value) {
        return;
    }
    for key in js_sys::Object::keys(obj).iter() {
        let Ok(inner) = Reflect::get(obj, &key) else {
            continue;
        };
        if !inner.is_object() || Array::is_array(&inner) {
            continue;
        }
        let dictionary = key
            .as_string()
            .is_some_and(|k| DICTIONARIES.contains(&k.as_str()));
        if dictionary {
            let null = JsValue::NULL;
            let dict: &js_sys::Object = inner.unchecked_ref();
            js_sys::Object::set_prototype_of(dict, null.unchecked_ref());
            // A dictionary of dictionaries: each unit's windows.
            if key.as_string().as_deref() == Some("byUnitWindow") {
                for windows in js_sys::Object::values(dict).iter() {
                    if let Some(w) = windows.dyn_ref::<js_sys::Object>() {
                        js_sys::Object::set_prototype_of(w, null.unchecked_ref());
                    }
                }
            }
        } else {
            null_prototype_dictionaries(&inner);
        }
    }
}

/// Records per JSON text when a long list crosses the boundary: V8 strings stop at about
/// 512 MB, and a million reports would pass that as one text.
#[cfg(any(feature = "validation", feature = "supervision"))]
const LIST_CHUNK: usize = 20_000;

/// A long list, as a JS array built from one JSON text per chunk.
#[cfg(any(feature = "validation", feature = "supervision"))]
pub fn list_to_js<T: Serialize>(items: &[T]) -> JsResult<JsValue> {
    // Joined by `concat`, one call a chunk: pushing item by item crossed into JS twice an item
    // (100k validations: 200,000 calls).
    let mut out = Array::new_with_length(0);
    for chunk in items.chunks(LIST_CHUNK) {
        let part: Array = to_js(&chunk)?.unchecked_into();
        out = if out.length() == 0 {
            part
        } else {
            out.concat(&part)
        };
    }
    Ok(out.into())
}

/// `{ [list]: [...], [key]: value }` with the long list built chunk by chunk.
#[cfg(any(feature = "validation", feature = "supervision"))]
pub fn with_list<T: Serialize, S: Serialize>(
    list_key: &str,
    items: &[T],
    rest: &S,
) -> JsResult<JsValue> {
    let obj = to_js(rest)?;
    set_member(obj.unchecked_ref(), list_key, &list_to_js(items)?)?;
    Ok(obj)
}

/// Sets `obj[key]` on an object the binding made (a packed result).
///
/// # Errors
///
/// `internal` at `key` if the host refuses (a plain new object never does).
pub fn set_member(obj: &js_sys::Object, key: &str, value: &JsValue) -> JsResult<()> {
    Reflect::set(obj, &key.into(), value)
        .map(|_| ())
        .map_err(|_| Error::new(ErrorCode::Internal, key))
}

/// The largest argument accepted, as JSON text: beyond it a call is refused at once, rather
/// than filling the page's memory.
pub const MAX_INPUT_BYTES: usize = 256 << 20;

/// `JSON.stringify` at the edge; what it cannot encode (cycles, BigInt) is an argument error.
pub fn stringify(value: &JsValue, path: &str, code: ErrorCode) -> JsResult<String> {
    stringify_counted(value, path, code).map(|(text, _)| text)
}

/// [`stringify`], with the text's length in UTF-16 code units (as JS gives it, uncounted).
fn stringify_counted(value: &JsValue, path: &str, code: ErrorCode) -> JsResult<(String, usize)> {
    let text = json_text(value)
        .ok()
        .flatten()
        .filter(|t| t.is_string())
        .ok_or_else(|| Error::new(code, path).detail(unencodable(value)))?;
    let len = text.length() as usize;
    if len > MAX_INPUT_BYTES / 3 {
        return Err(Error::new(ErrorCode::TooLarge, path)
            .detail(format!("{len} > {}", MAX_INPUT_BYTES / 3)));
    }
    utf8_of(&text)
        .or_else(|| text.as_string())
        .map(|t| (t, len))
        .ok_or_else(|| Error::new(code, path).detail(type_name(value)))
}

#[wasm_bindgen]
extern "C" {
    /// The host's `TextEncoder`, which every wasm-bindgen glue needs too.
    type TextEncoder;
    #[wasm_bindgen(constructor, catch)]
    fn new() -> Result<TextEncoder, JsValue>;
    #[wasm_bindgen(method, catch, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, s: &JsString, into: &Uint8Array)
        -> Result<JsValue, JsValue>;
}

thread_local! {
    static ENCODER: Option<TextEncoder> = TextEncoder::new().ok();
}

/// A JS string's UTF-8 text, encoded straight into wasm memory by `encodeInto`: the glue's
/// own conversion copies the ASCII part one character at a time in JS (26 ms of a 100k-record
/// batch's 4.6 MB text, against about 3). `None` when the host's encoder misbehaves; the caller
/// then takes the glue's way.
fn utf8_of(s: &js_sys::JsString) -> Option<String> {
    let units = s.length() as usize;
    let mut out: Vec<u8> = Vec::new();
    let mut read = 0;
    // First as if the text were ASCII (one byte a unit), then three bytes a unit for the rest.
    while read < units {
        let rest = if read == 0 {
            s.clone()
        } else {
            s.slice(read as u32, units as u32)
        };
        let room = if read == 0 { units } else { (units - read) * 3 };
        out.reserve_exact(room);
        let spare = out.capacity() - out.len();
        let result = ENCODER.with(|e| {
            let e = e.as_ref()?;
            // SAFETY: the view covers `out`'s spare capacity and is used before anything
            // allocates; only the bytes the encoder says it wrote are taken.
            let view = unsafe { Uint8Array::view_mut_raw(out.as_mut_ptr().add(out.len()), spare) };
            e.encode_into(&rest, &view).ok()
        })?;
        let count = |k: &str| Reflect::get(&result, &k.into()).ok()?.as_f64();
        let (done, written) = (count("read")? as usize, count("written")? as usize);
        if written > spare || done == 0 || done > units - read {
            return None;
        }
        // SAFETY: the encoder wrote `written` initialised bytes into the spare capacity.
        unsafe { out.set_len(out.len() + written) };
        read += done;
    }
    String::from_utf8(out).ok()
}

/// Why `JSON.stringify` gave no text: a value JSON has no form for (undefined, a function) is
/// named by its type; anything else failed on a cycle or a BigInt.
fn unencodable(value: &JsValue) -> String {
    let kind = type_name(value);
    match kind.as_str() {
        "object" | "bigint" => UNENCODABLE.to_string(),
        _ => kind,
    }
}

/// An argument as JSON text; when it cannot be encoded whole, each value JSON cannot encode
/// (a list element two levels down, `input.events[3]`, as a whole) stands as
/// [`crate::messages::UNENCODABLE_JSON`], which a field the core reads refuses at its path and
/// an ignored one passes over.
#[cfg(any(feature = "validation", feature = "conduct", feature = "supervision"))]
pub fn stringify_lenient(value: &JsValue, path: &str) -> JsResult<String> {
    // Four levels, to the members of a record's nested object (`deadlineReports[0].report`):
    // a BigInt or cycle in one member no longer hides the record's person (helper-46: S1's
    // card did not say a record of theirs was unreadable).
    let salvage = |e: Error| match e.code {
        ErrorCode::TooLarge => Err(e),
        _ => match written_with_markers(value, 4) {
            None => Err(e),
            Some(None) => Err(Error::new(ErrorCode::TooLarge, path)),
            Some(Some(text)) => Ok(text),
        },
    };
    match stringify(value, path, ErrorCode::InvalidArgument) {
        // A `null` may have been NaN or Infinity: then the argument is written again, member by
        // member, so that the number is refused at its path rather than read as absent.
        Ok(text) if hides_non_finite(value, &text, 4) => {
            salvage(Error::new(ErrorCode::InvalidArgument, path))
        }
        Ok(text) => Ok(text),
        Err(e) => salvage(e),
    }
}

/// `value` written member by member, `depth` levels down, each value JSON cannot hold standing
/// as [`crate::messages::UNENCODABLE_JSON`]: `None` when nothing stands for it, `Some(None)`
/// past the byte budget.
fn written_with_markers(value: &JsValue, depth: usize) -> Option<Option<String>> {
    let mut salvage = Salvage::new(depth, u32::MAX, MAX_INPUT_BYTES / 3, true);
    let written = salvage.write(value, 0);
    written.then(|| (!salvage.over).then_some(salvage.out))
}

/// Whether a `null` in `text`, `depth` levels down at most, is NaN or ±Infinity in `value`, or
/// an object (an invalid `Date`). `text` is `value` as `JSON.stringify` wrote it (compact).
/// Only the members the text shows as `null` are looked up, found by one pass over the text
/// without reading it into a value (one month of 16,667 events, each with a `null` note, took
/// 180 ms more when every record was written again; 100k deadline records with two `null`s
/// each, 250 ms more when each was read into a `serde_json::Value` to find them).
fn hides_non_finite(value: &JsValue, text: &str, depth: usize) -> bool {
    if !text.contains("null") {
        return false;
    }
    let mut hidden = false;
    each_null_path(text, depth, |path| {
        let mut at = value.clone();
        for step in path {
            let key = match step {
                Step::Key(k) => JsValue::from_str(k),
                Step::Index(n) => JsValue::from(*n),
            };
            match member(&at, &key) {
                Ok(Some(v)) => at = v,
                // A real `null` (or `undefined`, or a getter that throws now): nothing hidden.
                _ => return false,
            }
        }
        hidden = at.is_object() || at.as_f64().is_some_and(|n| !n.is_finite());
        hidden
    });
    hidden
}

/// One step of a member's path in a JSON text: a key (unescaped) or an index.
enum Step<'a> {
    Key(std::borrow::Cow<'a, str>),
    Index(u32),
}

/// Calls `found` with the path of each `null` that `text` (compact JSON) shows at most `depth`
/// steps down, until it answers `true`.
fn each_null_path(text: &str, depth: usize, mut found: impl FnMut(&[Step]) -> bool) {
    let b = text.as_bytes();
    // Per open object or list: the step its current member or element is at.
    let mut path: Vec<Step> = Vec::new();
    let mut open: Vec<bool> = Vec::new(); // true for a list
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                let start = i + 1;
                let mut escaped = false;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    escaped |= b[i] == b'\\';
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                // A key: the text right after it is its colon.
                if b.get(i + 1) == Some(&b':') && open.last() == Some(&false) {
                    let raw = text.get(start..i.min(b.len())).unwrap_or("");
                    let key = match escaped {
                        false => std::borrow::Cow::Borrowed(raw),
                        true => text
                            .get(start - 1..(i + 1).min(b.len()))
                            .and_then(|q| serde_json::from_str::<String>(q).ok())
                            .map_or(std::borrow::Cow::Borrowed(raw), std::borrow::Cow::Owned),
                    };
                    if let Some(last) = path.last_mut() {
                        *last = Step::Key(key);
                    }
                }
            }
            b'{' | b'[' => {
                open.push(b[i] == b'[');
                path.push(Step::Index(0));
            }
            b'}' | b']' => {
                open.pop();
                path.pop();
            }
            b',' => {
                if let (Some(true), Some(Step::Index(n))) = (open.last(), path.last_mut()) {
                    *n += 1;
                }
            }
            b'n' if b[i..].starts_with(b"null") => {
                if !path.is_empty() && path.len() <= depth && found(&path) {
                    return;
                }
                i += 3;
            }
            _ => {}
        }
        i += 1;
    }
}

/// Arguments cross as JSON text into serde_json: strict about unknown keys where the type
/// says so, and one deserializer for every input type.
pub fn from_js<T: DeserializeOwned>(value: &JsValue, path: &str, code: ErrorCode) -> JsResult<T> {
    let text = stringify(value, path, code)?;
    // A setting of NaN or Infinity is refused at its path (helper-49: `points: -Infinity` had
    // read as absent, so the default applied), eight levels down: `config.ruleset.conduct.
    // points.eating.points` is five.
    let text = marked_again(value, &text, 8).unwrap_or(text);
    crate::engine::from_json_text(&text, path, code)
}

/// Grows wasm memory once for a batch of `n` records (`text_len` bytes of JSON) instead of
/// page by page: the allocator grows memory by what each allocation lacks, and in V8 a long
/// run of small grows costs far more than one (100k portal records through the field map: the
/// first `validateCases` took 1.5× as long without it). Taken and given back at once, the
/// block stays with the allocator for the batch.
///
/// Wasm memory never shrinks, so the block is what a batch needs, measured without it: a
/// short deadline case peaks at about 435 bytes (1M cases, 62 MB of JSON, 435 MB), a portal
/// record through the field map at 820 (100k records, 23 MB of JSON, 82 MB). At 1 KB a
/// record plus three times the text, 1M deadline cases had left 1,145 MB behind.
pub fn reserve_memory(n: usize, text_len: usize) {
    const PER_RECORD: usize = 300;
    const CAP: usize = 1 << 30;
    let bytes = n
        .saturating_mul(PER_RECORD)
        .saturating_add(text_len.saturating_mul(5) / 2)
        .min(CAP);
    if bytes > 8 << 20 {
        drop(Vec::<u8>::with_capacity(bytes));
    }
}

/// The records of a batch as JSON texts, one per element.
pub enum Records {
    /// The whole array encoded at once: each record is a slice of its text (no copy each),
    /// but for the records written again with markers ([`marked_records`]), by index.
    Slices {
        text: String,
        spans: Vec<(usize, usize)>,
        marked: Vec<(usize, String)>,
    },
    /// The array did not encode (one record with a cycle, say): each element alone, so only
    /// the bad ones fail; with the person members of each that failed ([`person_members`]).
    Each(Vec<Result<String, Error>>, Vec<String>),
}

impl Records {
    pub fn len(&self) -> usize {
        match self {
            Records::Slices { spans, .. } => spans.len(),
            Records::Each(items, _) => items.len(),
        }
    }

    /// Each record's text, or the error that stands for it.
    pub fn iter(&self) -> impl Iterator<Item = Result<&str, &Error>> + '_ {
        (0..self.len()).map(move |i| match self {
            Records::Slices {
                text,
                spans,
                marked,
            } => Ok(match marked.binary_search_by_key(&i, |m| m.0) {
                Ok(at) => marked[at].1.as_str(),
                Err(_) => &text[spans[i].0..spans[i].1],
            }),
            Records::Each(items, _) => items[i].as_deref(),
        })
    }

    /// The person members of the records that could not be encoded, each as a JSON object's
    /// text: the people they name are people of the batch (CASE-7).
    pub fn unencoded_people(&self) -> impl Iterator<Item = &str> {
        match self {
            Records::Slices { .. } => [].iter(),
            Records::Each(_, people) => people.iter(),
        }
        .map(String::as_str)
    }
}

/// How many levels down a record's `null` is looked up in its JS value: to a member of a
/// nested record's member (`pauses[0].to` is three).
const RECORD_DEPTH: usize = 4;

/// The records of a batch whose text shows a `null` that was NaN, ±Infinity or an invalid
/// `Date` (JSON writes each as `null`), each written again with the value standing as
/// [`crate::messages::UNENCODABLE_JSON`], by index: the core then refuses the field at its
/// path, where it had read as absent (helper-74: a `concludedAt` of `new Date("bad")` left a
/// case concluded in time open, and red). Only the records whose text holds `null` are looked
/// at, and in them only the members the text shows as `null`.
fn marked_records(value: &JsValue, text: &str, spans: &[(usize, usize)]) -> Vec<(usize, String)> {
    let mut marked = Vec::new();
    if !text.contains("null") {
        return marked;
    }
    for (i, &(from, to)) in spans.iter().enumerate() {
        let record = &text[from..to];
        if !record.contains("null") {
            continue;
        }
        let Ok(Some(Nullable::Value(element))) = element_or_null(value, i as u32) else {
            continue;
        };
        if let Some(text) = marked_again(&element, record, RECORD_DEPTH) {
            marked.push((i, text));
        }
    }
    marked
}

/// One record as JSON text, as a batch's records are read ([`marked_records`]): a NaN,
/// ±Infinity or invalid `Date` in it stands as a marker its field refuses.
pub fn stringify_record(value: &JsValue, path: &str) -> JsResult<String> {
    let text = stringify(value, path, ErrorCode::InvalidArgument)?;
    Ok(marked_again(value, &text, RECORD_DEPTH).unwrap_or(text))
}

/// `value` written again with markers ([`written_with_markers`]) when a `null` of `text`, its
/// JSON, hides a NaN, ±Infinity or an invalid `Date` ([`hides_non_finite`]); `None` when none
/// does, or when it cannot be written within the budget.
fn marked_again(value: &JsValue, text: &str, depth: usize) -> Option<String> {
    hides_non_finite(value, text, depth)
        .then(|| written_with_markers(value, depth))
        .flatten()
        .flatten()
}

/// Elements per `JSON.stringify` of a long batch.
const CHUNK: usize = 1 << 16;

/// The JSON text of the array `value` of `len` elements, encoded `CHUNK` elements at a time:
/// V8's `JSON.stringify` of one array of a million records is superlinear (298 ms, against
/// 18 ms for 100k), and the one 80 MB string it builds makes the collector work through the
/// call. The text is the same, but for an element's `toJSON(key)`, which is given its index
/// within its chunk.
///
/// # Errors
/// [`stringify`]'s, for the first chunk that fails, and `too_large` past the input limit.
fn stringify_array(value: &JsValue, len: usize, path: &str) -> JsResult<String> {
    if len <= CHUNK {
        return stringify(value, path, ErrorCode::InvalidArgument);
    }
    let mut out = String::from("[");
    let mut units = 0;
    for start in (0..len).step_by(CHUNK) {
        let end = (start + CHUNK).min(len);
        let part = slice_of(value, start as u32, end as u32)
            .ok()
            .flatten()
            .ok_or_else(|| Error::new(ErrorCode::InvalidArgument, path).detail(UNENCODABLE))?;
        let (text, chunk_units) = stringify_counted(&part, path, ErrorCode::InvalidArgument)?;
        // A chunk is an array's text; a species constructor may make it anything else, which
        // is then read the slow way, record by record.
        let Some(inner) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) else {
            return Err(Error::new(ErrorCode::InvalidArgument, path).detail(UNENCODABLE));
        };
        // The limit of one text holds for all of them (less the brackets each chunk adds).
        units += chunk_units - 2;
        if units + 2 > MAX_INPUT_BYTES / 3 {
            return Err(Error::new(ErrorCode::TooLarge, path).detail(format!(
                "{} > {}",
                units + 2,
                MAX_INPUT_BYTES / 3
            )));
        }
        if start > 0 {
            out.push(',');
        }
        out.push_str(inner);
    }
    out.push(']');
    Ok(out)
}

/// The records of a batch. The array is encoded once; when that fails each element is
/// encoded alone ([`Records::Each`]). `portal_fields` are the field map's own field names, at
/// every level: where a portal's records name people besides the engine's fields.
pub fn records(
    value: &JsValue,
    path: &str,
    max_len: usize,
    portal_fields: &[&str],
) -> JsResult<Records> {
    let len = array_len(value, path, max_len)?;
    if let Ok(text) = stringify_array(value, len, path) {
        reserve_memory(len, text.len());
        if let Some(spans) = crate::json_path::array_element_spans(&text) {
            if spans.len() == len {
                let marked = marked_records(value, &text, &spans);
                return Ok(Records::Slices {
                    text,
                    spans,
                    marked,
                });
            }
        }
    }
    let mut people = Vec::new();
    let items = array_items(value, len)
        .iter()
        .enumerate()
        .map(|(i, v)| {
            // As a batch of encodable records reads them (`marked_records`): one record that
            // cannot be encoded leaves the others read the same (helper-75). A hole, an
            // `undefined`, a function is `null` there, as `JSON.stringify` writes it in an array
            // (helper-87: "undefined" had been given as the reason, in this path only).
            let text = match json_text(v) {
                Ok(None) => Ok("null".to_string()),
                _ => stringify_record(v, &format!("{path}[{i}]")),
            };
            if text.is_err() {
                people.extend(person_members(v, portal_fields));
            }
            text
        })
        .collect();
    Ok(Records::Each(items, people))
}

/// A record that cannot be encoded as a whole (a BigInt, a cycle or a throwing getter somewhere
/// in it), as a JSON object's text for the batch's names: each member written by [`Salvage`],
/// which leaves out only what cannot be encoded, so a name beside a BigInt in `handovers[0]`
/// still counts (helper-37, helper-38: such a record's first receiver, then its handover names,
/// were shown whole where another record quoted them).
fn person_members(record: &JsValue, portal_fields: &[&str]) -> Option<String> {
    use crate::report::mask::{NAME_KEYS, PERSON_KEYS};
    if !record.is_object() {
        return None;
    }
    // Enough for any honest record's people; it bounds a hostile object of many references
    // to one object (helper-39: 100 self-references took 15 s, a long text beside 3 of them
    // 2.4 GB). A value that would take the text past 4 MB (a photo) is left out.
    let mut salvage = Salvage::new(8, 20_000, 4 << 20, false);
    // The members that may name people are written first, at every level: 20,000 other
    // members, or a photo, before the name used up the budget (helper-41, helper-42). Through
    // a field map a portal's own fields name people too (helper-40: `swzrr` beside a BigInt
    // id). An object whose keys cannot be listed is read by them alone.
    let extra: &[&str] = &["extension", "handovers", "name", "approver", "from", "to"];
    let people = PERSON_KEYS.iter().chain(NAME_KEYS).chain(extra);
    salvage.fallback = people.chain(portal_fields).copied().collect();
    (salvage.write(record, 0) && salvage.out.len() > 2).then_some(salvage.out)
}

/// `Reflect.get`, caught: `None` for `undefined` or `null`.
pub fn member(target: &JsValue, key: &JsValue) -> Result<Option<JsValue>, JsValue> {
    Ok(member_or_null(target, key)?.and_then(Nullable::value))
}

/// A value JSON.stringify refuses (a BigInt, a cycle, a throwing getter or trap somewhere in
/// it), written as JSON with only what JSON cannot hold left out or, with `marker`, standing
/// as [`crate::messages::UNENCODABLE_JSON`]. Objects are read through `Reflect`, which
/// catches what they throw.
struct Salvage<'a> {
    out: String,
    /// Levels taken apart; below them a refused value is the marker or left out.
    depth: usize,
    /// Values that may still be written: a budget for a hostile object of many references to
    /// one object.
    values: u32,
    /// The text may grow to this many bytes; past either, `over` is set and nothing more is
    /// written.
    max_bytes: usize,
    over: bool,
    /// Refused values stand as the marker (an argument), rather than being left out.
    marker: bool,
    /// The members an object is read by when its keys cannot be listed (a proxy whose
    /// `ownKeys` trap throws): where the names are.
    fallback: Vec<&'a str>,
    /// The objects being written, outermost first: one met again is a cycle.
    ancestors: Vec<JsValue>,
}

impl Salvage<'_> {
    fn new(depth: usize, values: u32, max_bytes: usize, marker: bool) -> Self {
        Salvage {
            out: String::new(),
            depth,
            values,
            max_bytes,
            over: false,
            marker,
            fallback: Vec::new(),
            ancestors: Vec::new(),
        }
    }

    /// The marker in place of a value, if there is one: whether something was written.
    fn refused(&mut self) -> bool {
        if self.marker {
            self.out.push_str(crate::messages::UNENCODABLE_JSON);
        }
        self.marker
    }

    /// Writes `value`, `level` levels down; returns whether anything stands for it.
    fn write(&mut self, value: &JsValue, level: usize) -> bool {
        if self.over || self.out.len() >= self.max_bytes {
            self.over = true;
            return false;
        }
        // Before anything reads it again: a getter beside a hundred self-references ran 103
        // times.
        let is_object = value.is_object();
        if is_object && self.ancestors.contains(value) {
            return self.refused();
        }
        // Whatever JSON.stringify can write is written as the caller's JSON would be (a boxed
        // string, a Date, a key too), with no encoder in the .wasm.
        // NaN and ±Infinity, which JSON writes as `null`: in an argument each is refused at its
        // own path (helper-46, helper-47: `count: NaN` deducted as one occurrence).
        if self.marker && value.as_f64().is_some_and(|n| !n.is_finite()) {
            return self.refused();
        }
        let json = |v: &JsValue| json_text(v).ok().flatten().and_then(|t| t.as_string());
        match json(value) {
            Some(text) if self.marker && is_object && text == "null" => return self.refused(),
            Some(text) if self.out.len() + text.len() <= self.max_bytes => {
                let may_hide_non_finite = self.marker
                    && level < self.depth
                    && text.contains("null")
                    && (text.starts_with('{') || text.starts_with('['))
                    && !js_sys::ArrayBuffer::is_view(value)
                    // What `toJSON` gives is written as JSON wrote it.
                    && matches!(member(value, &"toJSON".into()), Ok(None));
                if !may_hide_non_finite {
                    self.out.push_str(&text);
                    return true;
                }
            }
            // Past the byte budget an argument is too large. A person's long note is left out,
            // and a person too long whole is taken apart: its name beside a photo is still
            // read (helper-42: a 1 MB photo in `applicant` hid the name).
            Some(_) if self.marker || !is_object || level >= self.depth => {
                self.over = self.marker;
                return false;
            }
            Some(_) => {}
            None if value.is_undefined() || value.is_function() || value.is_symbol() => {
                return false;
            }
            None => {}
        }
        // A typed array holds bytes, not people: taken apart, a 2 MB photo cost 5 s a record
        // (helper-43).
        if level >= self.depth || !is_object || js_sys::ArrayBuffer::is_view(value) {
            return self.refused();
        }
        // Only what is taken apart counts: what JSON.stringify writes is bounded by the bytes.
        if self.values == 0 {
            self.over = true;
            return false;
        }
        self.values -= 1;
        let is_array = is_array_or_throw(value).unwrap_or(false);
        // What JSON writes: an array's elements by index (holes too), an object's enumerable
        // own string keys (not a framework's hidden `__ob__`).
        let (len, keys) = if is_array {
            let Ok(len) = member(value, &"length".into()) else {
                return self.refused();
            };
            let len = len.and_then(|l| l.as_f64()).unwrap_or(0.0);
            // Each element takes two bytes at least: a long sparse array is too large at once.
            if len * 2.0 > (self.max_bytes - self.out.len()) as f64 {
                self.over = self.marker;
                return false;
            }
            (len as u32, Vec::new())
        } else {
            let keys: Vec<JsValue> = match enumerable_keys(value) {
                Ok(Some(keys)) => keys.iter().filter(JsValue::is_string).collect(),
                // Keys that cannot be listed: a person is still read by the members that name
                // people (helper-42: `applicant.contact.name` beside such a proxy was missed).
                _ if !self.marker => self.fallback.iter().map(|&k| k.into()).collect(),
                _ => return self.refused(),
            };
            // Without a marker (a record's people), the members that name people first.
            let (mut first, rest): (Vec<JsValue>, Vec<JsValue>) = keys.into_iter().partition(|k| {
                !self.marker && (k.as_string()).is_some_and(|k| self.fallback.contains(&k.as_str()))
            });
            first.extend(rest);
            (first.len() as u32, first)
        };
        self.ancestors.push(value.clone());
        self.out.push(if is_array { '[' } else { '{' });
        for i in 0..len {
            let mark = self.out.len();
            let item = if is_array {
                element_or_null(value, i)
            } else {
                let key = &keys[i as usize];
                let Some(name) = json(key) else {
                    continue;
                };
                self.out.push_str(&name);
                self.out.push(':');
                member_or_null(value, key)
            };
            let written = match item {
                Ok(Some(Nullable::Value(item))) => self.write(&item, level + 1),
                Ok(Some(Nullable::Null)) => {
                    self.out.push_str("null");
                    true
                }
                // As JSON: `null` for an element, left out as a member.
                Ok(None) => false,
                // A member that throws when read is not absent: it stands as the marker, which
                // a field the core reads refuses at its own path (a text never prints it), so
                // the rest of the record still names its person (helper-46).
                Err(_) if self.marker => self.refused(),
                Err(_) => false,
            };
            if written {
                self.out.push(',');
            } else {
                self.out.truncate(mark);
                // As JSON writes an element it has no form for: the others keep their index.
                if is_array {
                    self.out.push_str("null,");
                }
            }
        }
        self.ancestors.pop();
        if self.out.ends_with(',') {
            self.out.truncate(self.out.len() - 1);
        }
        self.out.push(if is_array { ']' } else { '}' });
        true
    }
}

pub fn type_name(v: &JsValue) -> String {
    v.js_typeof().as_string().unwrap_or_default()
}

/// The time of a real `Date`. `instanceof` is not enough: an object whose prototype is a Date
/// passes it, and `getTime` then throws; calling it through `Reflect.apply` catches that.
fn date_ms(v: &JsValue) -> Option<f64> {
    if !v.is_instance_of::<Date>() {
        return None;
    }
    let get_time = member(v, &"getTime".into()).ok()??;
    if !get_time.is_function() {
        return None;
    }
    apply(&get_time, v, &Array::new()).ok()??.as_f64()
}

/// A real typed array of type `T` (not an object that merely inherits from one).
fn typed_array<T: JsCast>(v: &JsValue) -> Option<&T> {
    js_sys::ArrayBuffer::is_view(v)
        .then(|| v.dyn_ref::<T>())
        .flatten()
}

/// A date: `"YYYY-MM-DD"`, or an instant (epoch ms or a `Date`) taken as its Beijing date.
pub fn date_arg(v: &JsValue, path: &str) -> JsResult<Day> {
    if let Some(s) = v.as_string() {
        return parse_date(&s, path);
    }
    if let Some(ms) = v.as_f64().or_else(|| date_ms(v)) {
        return Ok(instant_from_epoch_ms(ms, path)?.day());
    }
    Err(Error::new(ErrorCode::InvalidDate, path).detail(type_name(v)))
}

pub fn instant_arg(v: &JsValue, path: &str) -> JsResult<Minute> {
    if let Some(s) = v.as_string() {
        return parse_instant(&s, path);
    }
    if let Some(ms) = v.as_f64().or_else(|| date_ms(v)) {
        return instant_from_epoch_ms(ms, path);
    }
    Err(Error::new(ErrorCode::InvalidInstant, path).detail(type_name(v)))
}

/// The caller's "now", or the host clock when none is given: the only clock read anywhere.
/// `now` as given, or the clock read here, at the binding edge, when it is left out.
pub fn instant_or_now(v: &Option<JsValue>, path: &str) -> JsResult<Minute> {
    match v {
        Some(v) => instant_arg(v, path),
        None => instant_from_epoch_ms(Date::now(), path),
    }
}

/// An instant to the second: text in any form [`crate::time::read_instant`] reads, epoch
/// milliseconds or a `Date`.
pub fn instant_seconds_arg(v: &JsValue, path: &str) -> JsResult<(Minute, u8)> {
    if let Some(s) = v.as_string() {
        return crate::time::parse_instant_seconds(&s, path);
    }
    match v.as_f64().or_else(|| date_ms(v)) {
        Some(ms) => crate::time::instant_seconds_from_epoch_ms(ms, path),
        None => Err(Error::new(ErrorCode::InvalidInstant, path).detail(type_name(v))),
    }
}

/// As [`instant_or_now`], to the second (on the scale of [`Minute`] × 60), for queue waits.
#[cfg(feature = "supervision")]
pub fn instant_seconds_or_now(v: &Option<JsValue>, path: &str) -> JsResult<i64> {
    let (m, s) = match v {
        Some(v) => instant_seconds_arg(v, path)?,
        None => crate::time::instant_seconds_from_epoch_ms(Date::now(), path)?,
    };
    Ok(m.0 * 60 + s as i64)
}

pub fn integer_arg(v: &JsValue, path: &str, max_abs: i64) -> JsResult<i64> {
    let err = || {
        Error::new(ErrorCode::InvalidArgument, path).detail(
            v.as_f64()
                .map(crate::text::number_text)
                .unwrap_or_else(|| type_name(v)),
        )
    };
    let n = v.as_f64().ok_or_else(err)?;
    if !n.is_finite() || n.fract() != 0.0 || n.abs() > max_abs as f64 {
        return Err(err());
    }
    Ok(n as i64)
}

#[wasm_bindgen]
extern "C" {
    /// `Array.prototype.slice` called on `array`, which may be a proxy that throws.
    #[wasm_bindgen(catch, js_namespace = ["Array", "prototype", "slice"], js_name = call)]
    fn slice_of(array: &JsValue, start: u32, end: u32) -> Result<Option<Array>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array_or_throw(v: &JsValue) -> Result<bool, JsValue>;
}

// Catching imports for what a caller's value may throw, each with an `Option` result: when a
// call throws, wasm-bindgen 0.2.130 still takes a table slot for a plain `JsValue` result and
// nothing frees it (`assessDeadlines([1n])` leaked two slots a call, 2,000 calls grew the
// table by 7,000). An `Option` result is put in the table by the glue, only when the call
// returned. `None` is `undefined` or `null`.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = stringify)]
    fn json_text(value: &JsValue) -> Result<Option<JsString>, JsValue>;
    /// `None` is `undefined`, `Some(Null)` is `null`.
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    fn member_or_null(
        target: &JsValue,
        key: &JsValue,
    ) -> Result<Option<Nullable<JsValue>>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    fn element_or_null(target: &JsValue, index: u32) -> Result<Option<Nullable<JsValue>>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn enumerable_keys(target: &JsValue) -> Result<Option<Array>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = apply)]
    fn apply(f: &JsValue, this: &JsValue, args: &Array) -> Result<Option<JsValue>, JsValue>;
}

/// The length of an array argument of at most `max_len` elements. `Array.isArray` and
/// `length` are read through catching imports: a revoked proxy throws in the one, a proxy's
/// `length` getter may throw in the other, and whatever a caller's value throws must be caught
/// at this edge (thrown through the engine's method, it would leave the engine borrowed, and
/// every later call, free() too, would fail).
fn array_len(v: &JsValue, path: &str, max_len: usize) -> JsResult<usize> {
    let invalid = |detail: String| Error::new(ErrorCode::InvalidArgument, path).detail(detail);
    match is_array_or_throw(v) {
        Ok(true) => {}
        Ok(false) => return Err(invalid(type_name(v))),
        Err(_) => return Err(invalid(UNENCODABLE.to_string())),
    }
    let length = member(v, &"length".into())
        .map_err(|_| invalid(UNENCODABLE.to_string()))?
        .unwrap_or(JsValue::UNDEFINED);
    let len = length
        .as_f64()
        .filter(|l| (0.0..=f64::from(u32::MAX)).contains(l) && l.fract() == 0.0)
        .ok_or_else(|| {
            let shown = length.as_f64().map(crate::text::number_text);
            invalid(format!(
                "length: {}",
                shown.unwrap_or_else(|| type_name(&length))
            ))
        })? as usize;
    if len > max_len {
        return Err(Error::new(ErrorCode::TooLarge, path).detail(format!("{len} > {max_len}")));
    }
    Ok(len)
}

/// The first `len` elements of an array.
fn array_items(v: &JsValue, len: usize) -> Vec<JsValue> {
    // Reflect.get catches a throwing getter; that element then reads as undefined.
    (0..len as u32)
        .map(|i| match element_or_null(v, i) {
            Ok(Some(Nullable::Value(item))) => item,
            Ok(Some(Nullable::Null)) => JsValue::NULL,
            _ => JsValue::UNDEFINED,
        })
        .collect()
}

fn column(columns: &JsValue, name: &str, required: bool) -> JsResult<Option<JsValue>> {
    let path = join_path("columns", name);
    let Some(v) =
        member(columns, &name.into()).map_err(|_| Error::new(ErrorCode::InvalidColumns, &path))?
    else {
        return if required {
            Err(Error::new(ErrorCode::InvalidColumns, &path).detail("missing"))
        } else {
            Ok(None)
        };
    };
    Ok(Some(v))
}

/// A typed array's elements, read only through the intrinsic `%TypedArray%.prototype` length
/// getter and `set`, each called through `Reflect.apply`: a subclass or an own accessor may
/// make `length` throw, lie, or detach the buffer, and whatever a caller's value throws must be
/// caught at this edge (thrown through the engine's method, it would leave the engine
/// borrowed). A detached array reads as empty. `None` when the elements cannot be read.
fn typed_elements<T: Clone + Default>(
    source: &JsValue,
    view_of: impl FnOnce(&mut [T]) -> JsValue,
) -> Option<Vec<T>> {
    let proto = js_sys::Object::get_prototype_of(&js_sys::Object::get_prototype_of(
        &Uint8Array::new_with_length(0),
    ));
    let intrinsic = |name: &str, part: &str| {
        let descriptor = js_sys::Object::get_own_property_descriptor(&proto, &name.into());
        Reflect::get(&descriptor, &part.into())
            .ok()
            .filter(JsValue::is_function)
    };
    let length = apply(&intrinsic("length", "get")?, source, &Array::new()).ok()??;
    let len = length.as_f64().filter(|l| *l >= 0.0 && l.fract() == 0.0)? as usize;
    if len == 0 {
        return Some(Vec::new());
    }
    let set = intrinsic("set", "value")?;
    let args = Array::of1(source);
    let mut out = vec![T::default(); len];
    // The view is made last: nothing may allocate in the wasm memory while it is in use.
    let view = view_of(&mut out);
    apply(&set, &view, &args).ok()?;
    Some(out)
}

fn unreadable_column(name: &str) -> Error {
    Error::new(ErrorCode::InvalidColumns, &join_path("columns", name))
        .detail(UNENCODABLE.to_string())
}

/// Whether a column is given at all (an absent optional column is `undefined` or `null`).
pub fn column_given(columns: &JsValue, name: &str) -> bool {
    member(columns, &name.into()).is_ok_and(|v| v.is_some())
}

pub fn f64_column(columns: &JsValue, name: &str, required: bool) -> JsResult<Vec<f64>> {
    match column(columns, name, required)? {
        None => Ok(vec![]),
        Some(v) => v
            .dyn_ref::<JsValue>()
            .and_then(typed_array::<Float64Array>)
            .ok_or_else(|| {
                Error::new(ErrorCode::InvalidColumns, &join_path("columns", name))
                    .detail(format!("Float64Array expected, got {}", type_name(&v)))
            })
            .and_then(|a| {
                typed_elements::<f64>(a, |out| {
                    // SAFETY: `out` outlives the view, which is used before anything allocates.
                    unsafe { Float64Array::view_mut_raw(out.as_mut_ptr(), out.len()) }.into()
                })
                .ok_or_else(|| unreadable_column(name))
            }),
    }
}

pub fn u8_column(columns: &JsValue, name: &str, required: bool) -> JsResult<Vec<u8>> {
    match column(columns, name, required)? {
        None => Ok(vec![]),
        Some(v) => v
            .dyn_ref::<JsValue>()
            .and_then(typed_array::<Uint8Array>)
            .ok_or_else(|| {
                Error::new(ErrorCode::InvalidColumns, &join_path("columns", name))
                    .detail(format!("Uint8Array expected, got {}", type_name(&v)))
            })
            .and_then(|a| {
                typed_elements::<u8>(a, |out| {
                    // SAFETY: `out` outlives the view, which is used before anything allocates.
                    unsafe { Uint8Array::view_mut_raw(out.as_mut_ptr(), out.len()) }.into()
                })
                .ok_or_else(|| unreadable_column(name))
            }),
    }
}

/// What the codes of the columnar API stand for (`columnCodes()`): each list is indexed by the
/// code, so `status[2]` is the status the code 2 stands for in `DeadlineColumnsResult.status`.
#[derive(Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ColumnCodes {
    /// The categories, each at the code the `category` column gives it.
    category: Vec<Category>,
    /// The units, each at the code the `limitUnit` column gives it (255, or no column: the
    /// ruleset's `deadline.limitUnit`).
    limit_unit: Vec<LimitUnit>,
    /// The statuses, each at the code the result's `status` gives it.
    status: Vec<Status>,
    /// The cards, each at the code the result's `card` gives it (255: no card).
    card: Vec<Card>,
}

impl ColumnCodes {
    pub fn new() -> ColumnCodes {
        ColumnCodes {
            category: Category::ALL.to_vec(),
            limit_unit: vec![
                LimitUnit::WorkingDays,
                LimitUnit::CalendarDays,
                LimitUnit::WorkingHours,
            ],
            status: Status::ALL.to_vec(),
            card: vec![Card::Green, Card::Yellow, Card::Red],
        }
    }
}
