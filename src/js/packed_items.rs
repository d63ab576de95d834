//! The items of `scoreConduct`'s cards as typed arrays and one text, for the package's JS to
//! assemble into each card's `items` (`hallRulesAssembleConduct` in `pkg-templates/reports.js`).
//!
//! Why: a month of 2,000 people and 16,667 events is a 4.4 MB JSON result, four fifths of it
//! the items, and writing, decoding and `JSON.parse`-ing it took about half of the call. The
//! rest of the result (cards, units, summary, findings) still crosses as JSON, each card with
//! `items: []` in its place, so the assembled object has its keys in the same order.

use js_sys::{Array, Float64Array, Object, Uint32Array};
use wasm_bindgen::JsValue;

use super::convert::{set_member, to_js, JsResult};
use super::packed::utf16_units;
use crate::conduct::score::ScoreItem;
use crate::conduct::ConductResult;

// Per item in `codes`: rule, code, label (indices into `names`), and these flags.
/// The item's `caseId` is given (it follows `source` in the text).
const HAS_CASE_ID: u32 = 1;
const ZEROES_MONTH: u32 = 2;
const SERIOUS: u32 = 4;

#[derive(Default)]
struct ItemPacker {
    /// Items per card, in card order.
    counts: Vec<u32>,
    codes: Vec<u32>,
    /// Per item: count, pointsEach, points, and the index of its `missed` list (NaN: none).
    numbers: Vec<f64>,
    /// Per item: date, evidence, source, then caseId when given.
    text: String,
    /// Where each string ends in `text`, in UTF-16 code units (JS string indices).
    ends: Vec<u32>,
    utf16_len: u32,
    /// The names the indices of `codes` stand for.
    names: Vec<&'static str>,
    missed: Vec<Vec<&'static str>>,
}

impl ItemPacker {
    fn name(&mut self, name: &'static str) -> u32 {
        // The same &'static text is the same name: compared by address, not by its bytes (a
        // text at two addresses only takes two entries that say the same).
        let at = (self.names.iter().position(|&n| std::ptr::eq(n, name))).unwrap_or_else(|| {
            self.names.push(name);
            self.names.len() - 1
        });
        // A few dozen rules, codes and labels: the points table's.
        at as u32
    }

    fn push_text(&mut self, s: &str) {
        self.text.push_str(s);
        self.utf16_len = self.utf16_len.saturating_add(utf16_units(s));
        self.ends.push(self.utf16_len);
    }

    fn push(&mut self, item: ScoreItem) {
        let mut flags = 0;
        if item.case_id.is_some() {
            flags |= HAS_CASE_ID;
        }
        if item.zeroes_month {
            flags |= ZEROES_MONTH;
        }
        if item.serious {
            flags |= SERIOUS;
        }
        let codes = [
            self.name(item.rule),
            self.name(item.code),
            self.name(item.label),
            flags,
        ];
        self.codes.extend_from_slice(&codes);
        let missed = if item.missed.is_empty() {
            f64::NAN
        } else {
            self.missed.push(item.missed);
            (self.missed.len() - 1) as f64
        };
        let numbers = [item.count as f64, item.points_each, item.points, missed];
        self.numbers.extend_from_slice(&numbers);
        self.push_text(&item.date);
        self.push_text(&item.evidence);
        self.push_text(&item.source);
        if let Some(id) = &item.case_id {
            self.push_text(id);
        }
    }
}

/// `result` with its cards' items taken out, as `{ result, items }`: `result` as JSON (each
/// card's `items` empty), `items` packed as `{ counts, codes, numbers, text, ends, names,
/// missed }`. The layout is private to this file and `pkg-templates/reports.js`, which are
/// changed together (the suites compare the assembled result with the core's JSON).
pub fn conduct_result(mut result: ConductResult) -> JsResult<JsValue> {
    let mut packer = ItemPacker {
        counts: Vec::with_capacity(result.cards.len()),
        ..ItemPacker::default()
    };
    for card in &mut result.cards {
        packer.counts.push(card.items.len() as u32);
        for item in std::mem::take(&mut card.items) {
            packer.push(item);
        }
    }
    let out = Object::new();
    set_member(&out, "result", &to_js(&result)?)?;
    let items = Object::new();
    let put = |k: &str, v: &JsValue| set_member(&items, k, v);
    put("counts", &Uint32Array::from(&packer.counts[..]).into())?;
    put("codes", &Uint32Array::from(&packer.codes[..]).into())?;
    put("numbers", &Float64Array::from(&packer.numbers[..]).into())?;
    put("text", &JsValue::from_str(&packer.text))?;
    put("ends", &Uint32Array::from(&packer.ends[..]).into())?;
    let strings = |list: &[&str]| list.iter().map(|s| JsValue::from_str(s)).collect::<Array>();
    put("names", &strings(&packer.names).into())?;
    let missed: Array = packer.missed.iter().map(|l| strings(l)).collect();
    put("missed", &missed.into())?;
    set_member(&out, "items", &items.into())?;
    Ok(out.into())
}
