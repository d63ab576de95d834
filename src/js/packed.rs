//! A batch of deadline reports as typed arrays and one text, for the package's JS to assemble
//! into the report objects `assessDeadlines` returns (`pkg-templates/reports.js`).
//!
//! Why not one JSON text: `JSON.parse` of 100k reports (57 MB) took 0.7 s, more than the rules.
//! Here the numbers and codes cross as typed arrays (copied once), every string as a slice of
//! one text (no per-field crossing), and the rare nested parts (steps) as JSON.

use js_sys::{Array, Float64Array, Object, Uint16Array, Uint32Array, Uint8Array};
use serde::Serialize;
use wasm_bindgen::JsValue;

use super::convert::{set_member, to_js, JsResult};
use crate::deadline::limit::LimitUnit;
use crate::deadline::{Card, Category, DeadlineReport, DeadlineSummary, Status};
use crate::error::{Error, ErrorCode};
use crate::finding::Severity;
use crate::time::Minute;

/// Bytes per report in `codes`: category, status, card, limit unit, extension unit, flags.
const CODES: usize = 6;
/// Numbers per report in `numbers` (NaN is null).
const NUMBERS: usize = 10;
/// No value (a null field) in `codes`.
const NONE: u8 = u8::MAX;

/// Which of a report's optional texts are present, in the order they are written.
const HAS_ID: u8 = 1;
const HAS_RECEIVED: u8 = 2;
const HAS_STARTS: u8 = 4;
const HAS_DUE: u8 = 8;
const HAS_YELLOW: u8 = 16;
const PAUSED: u8 = 32;
const PROVISIONAL: u8 = 64;

/// The names the codes stand for, indexed by code; sent with every batch so that the JS side
/// holds no list of its own.
#[derive(Serialize)]
struct Names {
    category: Vec<Category>,
    status: Vec<Status>,
    card: Vec<Card>,
    unit: Vec<LimitUnit>,
    severity: [Severity; 2],
    rule: Vec<&'static str>,
    code: Vec<&'static str>,
}

/// UTF-16 code units a text may reach before the next report starts a new one: V8 refuses
/// strings of more than about 2^29 units, and a million long reports could pass that.
const TEXT_UNITS: u32 = 1 << 26;

#[derive(Default)]
pub struct Packer {
    codes: Vec<u8>,
    numbers: Vec<f64>,
    /// The finished texts; `text` is being written.
    texts: Vec<String>,
    text: String,
    /// Where each string ends in its text, in UTF-16 code units (JS string indices).
    ends: Vec<u32>,
    /// The string numbers at which a new text begins.
    breaks: Vec<u32>,
    utf16_len: u32,
    /// Texts that repeat across reports (a due time, a message), written once: see [`Shared`].
    shared: Shared,
    /// Per finding: rule, code, severity (indices into [`Names`]).
    findings: Vec<u16>,
    rules: Vec<&'static str>,
    finding_codes: Vec<&'static str>,
    steps: Vec<String>,
    summary: DeadlineSummary,
}

/// An entry of `ends` with this bit set is not a slice of the text but the shared string
/// numbered by the other bits. Text positions stay far below it (V8 strings end at 2^29).
const SHARED: u32 = 1 << 31;
/// Slots of the cache of shared strings. It is direct-mapped: a string whose slot another
/// holds is written in the text as usual, so a batch of all-different texts costs one lookup
/// each and at most this many shared strings, whatever the input.
const SLOTS: usize = 8192;

/// Strings that many reports repeat, sent once: in 100k cases most due and yellow times fall
/// on a few hundred working-day ends, and most messages are one of a few per due time. The
/// JS side then decodes a fraction of the text and holds one string where it held thousands
/// (1M reports: 760 → 605 MB of JS heap).
struct Shared {
    text: String,
    /// Where each shared string ends in `text`, in UTF-16 code units.
    ends: Vec<u32>,
    /// Byte ranges of the same strings, to compare a string with its slot's.
    spans: Vec<(usize, usize)>,
    utf16_len: u32,
    /// Per slot: the key and the shared string's number.
    slots: Vec<Option<(u64, u32)>>,
}

impl Default for Shared {
    fn default() -> Shared {
        Shared {
            text: String::new(),
            ends: Vec::new(),
            spans: Vec::new(),
            utf16_len: 0,
            slots: vec![None; SLOTS],
        }
    }
}

/// A time's key has this bit set and a message's has it clear, so a time found by its key is
/// that time, and its text need not be written to be compared.
const TIME_KEY: u64 = 1 << 63;

impl Shared {
    fn slot(key: u64) -> usize {
        // A multiplicative mix: keys of one batch differ in their low bits.
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 51) as usize
    }

    /// The shared number of a message (keyed by a hash of its text), if its slot holds it or
    /// was free.
    fn find(&mut self, s: &str) -> Option<u32> {
        let key = text_hash(s.as_bytes()) & !TIME_KEY;
        match self.slots[Shared::slot(key)] {
            Some((k, at)) => {
                let (from, to) = self.spans[at as usize];
                (k == key && &self.text[from..to] == s).then_some(at)
            }
            None => Some(self.insert(key, s)),
        }
    }

    /// The shared number of a time, if its slot holds it or was free: its ISO text is written
    /// only when it is new.
    fn find_time(&mut self, t: Minute) -> Option<u32> {
        let key = t.0 as u64 | TIME_KEY;
        match self.slots[Shared::slot(key)] {
            Some((k, at)) => (k == key).then_some(at),
            None => Some(self.insert(key, ascii_iso(&t.iso_bytes()))),
        }
    }

    fn insert(&mut self, key: u64, s: &str) -> u32 {
        let from = self.text.len();
        self.text.push_str(s);
        self.spans.push((from, self.text.len()));
        self.utf16_len = self.utf16_len.saturating_add(utf16_units(s));
        self.ends.push(self.utf16_len);
        let at = (self.ends.len() - 1) as u32;
        self.slots[Shared::slot(key)] = Some((key, at));
        at
    }
}

/// A time's ISO text (ASCII, written by the engine).
fn ascii_iso(bytes: &[u8; 25]) -> &str {
    std::str::from_utf8(bytes).unwrap_or_default()
}

/// A hash of a message's bytes, eight at a time (messages are 50–200 bytes).
fn text_hash(bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    let mut h = 0xCBF2_9CE4_8422_2325 ^ bytes.len() as u64;
    for c in &mut chunks {
        let word = u64::from_le_bytes(c.try_into().unwrap_or_default());
        h = (h ^ word)
            .wrapping_mul(0x0000_0100_0000_01B3)
            .rotate_left(29);
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01B3);
    }
    h
}

/// The length of `s` in UTF-16 code units, as JS counts a string's length.
pub(super) fn utf16_units(s: &str) -> u32 {
    if s.is_ascii() {
        s.len() as u32
    } else {
        // From the bytes, without decoding: a character starts at each byte that is no
        // continuation byte, and one of four bytes is two units (a surrogate pair).
        (s.bytes())
            .map(|b| u32::from(b & 0xC0 != 0x80) + u32::from(b >= 0xF0))
            .sum()
    }
}

impl Packer {
    /// A string found in the shared ones: its number in `ends`.
    fn push_shared(&mut self, at: u32) {
        self.ends.push(SHARED | at);
    }

    fn push_text(&mut self, s: &str) {
        self.text.push_str(s);
        self.utf16_len = self.utf16_len.saturating_add(utf16_units(s));
        self.ends.push(self.utf16_len);
    }

    fn index(table: &mut Vec<&'static str>, name: &'static str) -> u16 {
        // By address, as the card items' names are (`packed_items.rs`).
        let at = table
            .iter()
            .position(|&n| std::ptr::eq(n, name))
            .unwrap_or_else(|| {
                table.push(name);
                table.len() - 1
            });
        at as u16
    }

    fn push(&mut self, r: &DeadlineReport) -> JsResult<()> {
        if self.utf16_len > TEXT_UNITS {
            self.texts.push(std::mem::take(&mut self.text));
            self.breaks.push(self.ends.len() as u32);
            self.utf16_len = 0;
        }
        let code = |c: Option<u8>| c.unwrap_or(NONE);
        let mut flags = 0;
        if let Some(id) = &r.id {
            self.push_text(id);
            flags |= HAS_ID;
        }
        let times = [
            (r.received_at, HAS_RECEIVED),
            (r.starts_at, HAS_STARTS),
            (r.due_at, HAS_DUE),
            (r.yellow_at, HAS_YELLOW),
        ];
        for (time, bit) in times {
            if let Some(t) = time {
                match self.shared.find_time(t) {
                    Some(at) => self.push_shared(at),
                    // Written on the stack, not allocated.
                    None => self.push_text(ascii_iso(&t.iso_bytes())),
                }
                flags |= bit;
            }
        }
        if r.paused {
            flags |= PAUSED;
        }
        if r.provisional {
            flags |= PROVISIONAL;
        }
        self.codes.extend_from_slice(&[
            code(r.category.map(Category::code)),
            r.status.code(),
            code(r.card.map(Card::code)),
            code(r.limit.map(|l| l.unit.code())),
            code(r.extension.map(|l| l.unit.code())),
            flags,
        ]);
        let num = |v: Option<f64>| v.unwrap_or(f64::NAN);
        let steps = if r.steps.is_empty() {
            f64::NAN
        } else {
            let json = serde_json::to_string(&r.steps)
                .map_err(|e| Error::new(ErrorCode::Internal, "").detail(e.to_string()))?;
            self.steps.push(json);
            (self.steps.len() - 1) as f64
        };
        self.numbers.extend_from_slice(&[
            num(r.limit.map(|l| l.value as f64)),
            num(r.extension.map(|l| l.value as f64)),
            num(r.due_at_ms),
            num(r.elapsed_share),
            num(r.elapsed_office_minutes.map(|m| m as f64)),
            num(r.remaining_office_minutes.map(|m| m as f64)),
            num(r.remaining_working_days.map(|d| d as f64)),
            num(r.overdue_by.as_ref().map(|o| o.office_minutes as f64)),
            num(r.overdue_by.as_ref().map(|o| o.working_days as f64)),
            steps,
        ]);
        // At most a few thousand: pauses and steps are capped at MAX_PER_CASE a case.
        self.findings.push(r.findings.len() as u16);
        for f in &r.findings {
            let rule = Packer::index(&mut self.rules, f.rule);
            let code = Packer::index(&mut self.finding_codes, f.code);
            let severity = match f.severity {
                Severity::Error => 0,
                Severity::Warning => 1,
            };
            self.findings.extend_from_slice(&[rule, code, severity]);
            self.push_text(&f.path);
            match self.shared.find(&f.message) {
                Some(at) => self.push_shared(at),
                None => self.push_text(&f.message),
            }
        }
        Ok(())
    }
}

impl Packer {
    /// A packer for about `count` reports.
    pub fn with_capacity(count: usize) -> Packer {
        Packer {
            codes: Vec::with_capacity(count * CODES),
            numbers: Vec::with_capacity(count * NUMBERS),
            ..Packer::default()
        }
    }

    /// Adds one report; it can be dropped at once (a batch never holds all its reports).
    pub fn add(&mut self, r: &DeadlineReport) -> JsResult<()> {
        self.summary.add(r.status, r.card, r.provisional);
        self.push(r)
    }

    /// The packed batch: `{ count, codes, numbers, texts, ends, shared, sharedEnds, breaks,
    /// findings, steps, names, summary }`.
    /// The layout is private to this file and `pkg-templates/reports.js`, which are changed
    /// together (the JS suites compare the assembled reports with the fixtures).
    pub fn finish(mut self) -> JsResult<JsValue> {
        let names = Names {
            category: Category::ALL.to_vec(),
            status: Status::ALL.to_vec(),
            card: vec![Card::Green, Card::Yellow, Card::Red],
            unit: vec![
                LimitUnit::WorkingDays,
                LimitUnit::CalendarDays,
                LimitUnit::WorkingHours,
            ],
            severity: [Severity::Error, Severity::Warning],
            rule: self.rules,
            code: self.finding_codes,
        };
        let out = Object::new();
        let set = |k: &str, v: &JsValue| set_member(&out, k, v);
        set("count", &JsValue::from(self.summary.total as u32))?;
        set("codes", &Uint8Array::from(&self.codes[..]).into())?;
        set("numbers", &Float64Array::from(&self.numbers[..]).into())?;
        self.texts.push(self.text);
        let texts: Array = self.texts.iter().map(|t| JsValue::from_str(t)).collect();
        set("texts", &texts.into())?;
        set("ends", &Uint32Array::from(&self.ends[..]).into())?;
        set("shared", &JsValue::from_str(&self.shared.text))?;
        set(
            "sharedEnds",
            &Uint32Array::from(&self.shared.ends[..]).into(),
        )?;
        set("breaks", &Uint32Array::from(&self.breaks[..]).into())?;
        set("findings", &Uint16Array::from(&self.findings[..]).into())?;
        let steps = format!("[{}]", self.steps.join(","));
        set("steps", &JsValue::from_str(&steps))?;
        set("names", &to_js(&names)?)?;
        set("summary", &to_js(&self.summary)?)?;
        Ok(out.into())
    }
}

#[cfg(test)]
mod tests {
    /// Counted from the bytes as JS counts a string: one unit for each character of the basic
    /// plane, two for one beyond it (an extension-B name, an emoji).
    #[test]
    fn utf16_units_counts_as_js_does() {
        for s in [
            "",
            "S1",
            "张伟",
            "𠮷野家",
            "a😀b",
            "é\u{FFFF}\u{10000}",
            "王\u{200B}明",
        ] {
            assert_eq!(
                super::utf16_units(s) as usize,
                s.encode_utf16().count(),
                "{s}"
            );
        }
    }
}
