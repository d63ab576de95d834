//! `scoreConduct`'s cards and their items as typed arrays and one text, for the package's JS to
//! assemble into the result's `cards` (`hallRulesAssembleConduct` in `pkg-templates/reports.js`).
//!
//! Why: a month of 2,000 people and 16,667 events is a 4.4 MB JSON result, four fifths of it
//! the items, and writing, decoding and `JSON.parse`-ing it took about half of the call; the
//! cards' own fields, 0.9 MB of it, took a fifth of what was left. The rest of the result
//! (units, summary, findings) and the few cards' consequences and findings still cross as
//! JSON.

use js_sys::{Array, Float64Array, Object, Uint32Array};
use wasm_bindgen::JsValue;

use super::convert::{set_member, to_js, JsResult};
use super::packed::utf16_units;
use crate::conduct::score::{Consequence, ScoreCard, ScoreItem};
use crate::conduct::ConductResult;
use crate::finding::Finding;

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
    /// Per card: grade, gradeLabel and flags.
    card_codes: Vec<u32>,
    /// Per card: base, deductions, additions, raw, score, seriousOffences.
    card_numbers: Vec<f64>,
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

// Per card in `cardCodes`: grade, gradeLabel (indices into `names`), and these flags.
const HAS_UNIT: u32 = 1;
const HAS_UNIT_NAME: u32 = 2;
const HAS_WINDOW: u32 = 4;
const HAS_SECTOR: u32 = 8;
const FLOORED: u32 = 16;
const CAPPED: u32 = 32;
const ZEROED: u32 = 64;
const REFERRED: u32 = 128;
const REMOVAL_RECOMMENDED: u32 = 256;
const UNIT_DISQUALIFIED: u32 = 512;
const INCOMPLETE: u32 = 1024;
/// The card's consequences and findings are the next entry of the JSON's list; most cards
/// have neither.
const HAS_EXTRA: u32 = 2048;

impl ItemPacker {
    /// A card's own fields; its texts go before its items' in `text`.
    fn push_card(&mut self, card: &ScoreCard) {
        let options = [
            (&card.unit, HAS_UNIT),
            (&card.unit_name, HAS_UNIT_NAME),
            (&card.window, HAS_WINDOW),
            (&card.sector, HAS_SECTOR),
        ];
        let bits = [
            (card.floored, FLOORED),
            (card.capped, CAPPED),
            (card.zeroed, ZEROED),
            (card.referred, REFERRED),
            (card.removal_recommended, REMOVAL_RECOMMENDED),
            (card.unit_disqualified, UNIT_DISQUALIFIED),
            (card.incomplete, INCOMPLETE),
            (has_extra(card), HAS_EXTRA),
        ];
        let mut flags = bits.iter().filter(|b| b.0).fold(0, |f, b| f | b.1);
        self.push_text(&card.staff_id);
        self.push_text(&card.name);
        for (text, bit) in options {
            if let Some(text) = text {
                flags |= bit;
                self.push_text(text);
            }
        }
        self.push_text(&card.working);
        let codes = [
            self.name(card.grade.as_str()),
            self.name(card.grade_label),
            flags,
        ];
        self.card_codes.extend_from_slice(&codes);
        let numbers = [
            card.base,
            card.deductions,
            card.additions,
            card.raw,
            card.score,
            card.serious_offences as f64,
        ];
        self.card_numbers.extend_from_slice(&numbers);
    }
}

fn has_extra(card: &ScoreCard) -> bool {
    !card.consequences.is_empty() || !card.findings.is_empty()
}

/// `result` with its cards taken out, as `{ result, items }`: `result` as JSON with `cards`
/// empty, beside the consequences and findings of the cards that have any (`[result,
/// [[consequences, findings], …]]`), and the cards and their items packed as `{ counts, codes,
/// numbers, text, ends, names, missed, cardCodes, cardNumbers }`. The layout is private to
/// this file and `pkg-templates/reports.js`, which are changed together (the suites compare
/// the assembled result with the core's JSON).
pub fn conduct_result(mut result: ConductResult) -> JsResult<JsValue> {
    let mut cards = std::mem::take(&mut result.cards);
    let mut packer = ItemPacker {
        counts: Vec::with_capacity(cards.len()),
        card_codes: Vec::with_capacity(cards.len() * 3),
        card_numbers: Vec::with_capacity(cards.len() * 6),
        ..ItemPacker::default()
    };
    for card in &mut cards {
        packer.push_card(card);
        packer.counts.push(card.items.len() as u32);
        for item in std::mem::take(&mut card.items) {
            packer.push(item);
        }
    }
    let extra: Vec<(&[Consequence], &[Finding])> = (cards.iter().filter(|c| has_extra(c)))
        .map(|c| (&c.consequences[..], &c.findings[..]))
        .collect();
    let out = Object::new();
    set_member(&out, "result", &to_js(&(&result, &extra))?)?;
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
    put(
        "cardCodes",
        &Uint32Array::from(&packer.card_codes[..]).into(),
    )?;
    put(
        "cardNumbers",
        &Float64Array::from(&packer.card_numbers[..]).into(),
    )?;
    set_member(&out, "items", &items.into())?;
    Ok(out.into())
}
