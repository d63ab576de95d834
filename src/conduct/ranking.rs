//! `rankUnits`: units and windows ranked within each sector (分行业排序, CON-9) by average
//! monthly score; ties go to fewer serious offences, then to the higher good-rating share. A
//! window last in its sector month after month is called for a 约谈 (SUP-5).

use crate::str_index::StrIndex;
use crate::str_map::{pair_key, StrMap};
use crate::text::{id_key, TrimSpaces};

use serde::{Deserialize, Serialize};

use super::codes::{Action, ConductIssue};
use super::input::UnitInput;
use super::period::{card_score, parse_months, scored_card, MonthCards};
use super::rules::ConductRules;
use super::score::mean_hundredths;
use super::Month;
use crate::error::Error;
use crate::finding::Finding;
use crate::input::RecordId;
use crate::messages::Locale;
use crate::text::{clip, clip_to, number_text};

/// Cards that name no unit are left out of the ranking; a window is ranked within its unit's
/// sector unless `windows` gives it another.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RankingInput {
    /// One month for a monthly ranking, up to twelve for the year; gaps are allowed.
    pub months: Vec<MonthCards>,
    /// The units: their names, sectors and good-rating shares. The first entry of an id is used.
    #[serde(default)]
    #[tsify(type = "ConductUnit[]")]
    pub units: Vec<UnitInput>,
    /// The windows that have their own sector or good-rating share. The first entry of a unit
    /// and window is used.
    #[serde(default)]
    #[tsify(type = "RankingWindow[]")]
    pub windows: Vec<WindowInput>,
}

/// One window's own ranking data (CON-9).
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "RankingWindow", missing_as_null)]
pub struct WindowInput {
    /// The unit id, as on the cards (trimmed).
    pub unit: RecordId,
    /// The window id within the unit, as on the cards (trimmed).
    pub window: RecordId,
    /// The sector the window is ranked in; when absent, the sector on its first card, then its
    /// unit's.
    #[serde(default)]
    pub sector: Option<String>,
    /// The window's share of good ratings (SUP-2), 0–1 (`goodRatingShare`): the second
    /// tie-break. A value outside 0–1 is an `invalid_share` finding and is treated as absent.
    #[serde(default)]
    pub good_rating_share: Option<f64>,
}

/// One unit or one window in its sector's ranking.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct RankedEntry {
    /// 1 is best; entries equal on every key share a rank.
    pub rank: u32,
    /// The unit id.
    pub unit: String,
    /// The window id, for a window's entry; absent from JSON for a unit's entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window: Option<String>,
    /// The unit's name from `units` (a window's entry shows its unit's), clipped to 80
    /// characters; `None` when not given.
    pub name: Option<String>,
    /// Mean of the monthly means, to 0.01.
    pub average_score: f64,
    /// Serious offences on its cards in the months ranked: fewer ranks higher on equal averages.
    pub serious_offences: u32,
    /// The good-rating share ranked by: a unit's from `units`, a window's from `windows`. On
    /// equal averages and serious offences, higher ranks higher, and an entry with a share
    /// ranks above one without. `None` when not given or invalid.
    pub good_rating_share: Option<f64>,
    /// Months with cards.
    pub months: u32,
    /// Cards counted (a person once per month).
    pub cards: u32,
    /// Last in a sector of two or more.
    pub last: bool,
    /// CON-6: a person of the unit was exposed in the period.
    pub awards_disqualified: bool,
}

/// The ranking within one sector (分行业排序, CON-9).
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct SectorRanking {
    /// `null` for units that name no sector.
    pub sector: Option<String>,
    /// The sector's units, best first.
    pub units: Vec<RankedEntry>,
    /// The sector's windows, best first.
    pub windows: Vec<RankedEntry>,
}

/// The ranking of one month.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct MonthRanking {
    /// The month, `YYYY-MM`.
    pub period: String,
    /// The sectors with an entry in the month, by name, with the one of no sector last.
    pub sectors: Vec<SectorRanking>,
}

/// A formal talk (约谈) with the head of a window that was last in its sector month after
/// month (SUP-5).
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "RankingTalk", missing_as_null)]
pub struct Talk {
    /// The rule ID, `SUP-5`.
    pub rule: &'static str,
    /// The unit id.
    pub unit: String,
    /// The window id.
    pub window: String,
    /// The window's sector in the first month it was last.
    pub sector: Option<String>,
    /// The consecutive months, `YYYY-MM`, in which the window was last: one run of at least
    /// `ranking.talkAfterMonthsLast` months. Each such run is a talk of its own.
    pub months: Vec<String>,
    /// The call for the talk, in the engine's locale.
    pub message: String,
}

/// What `rankUnits` returns: the ranking over all the months, each month's, and the talks
/// called for.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RankingResult {
    /// The earliest month, `YYYY-MM`.
    pub from: String,
    /// The latest month, `YYYY-MM`.
    pub to: String,
    /// The number of months given; fewer than the months from `from` to `to` when there are
    /// gaps.
    pub months: u32,
    /// Over all the months given.
    pub sectors: Vec<SectorRanking>,
    /// Month by month.
    pub monthly: Vec<MonthRanking>,
    /// SUP-5.
    #[tsify(type = "RankingTalk[]")]
    pub talks: Vec<Talk>,
    /// Problems with the input: invalid scores and shares, second cards of a person in a month,
    /// and units that name no sector.
    pub findings: Vec<Finding>,
}

#[derive(Clone, Copy, Default)]
struct Tally {
    sum: i64,
    cards: u32,
    serious: u32,
    /// A card of the month was incomplete.
    incomplete: bool,
}

struct Entity {
    unit: String,
    window: Option<String>,
    name: Option<String>,
    sector: Option<String>,
    share: Option<f64>,
    disqualified: bool,
    monthly: Vec<Option<Tally>>,
    /// The first card that named it, for findings.
    path: String,
}

/// What an entry is ranked by: higher average, fewer serious offences, higher share.
#[derive(Clone, Copy)]
struct Keys {
    average: i64,
    serious: u32,
    share: Option<f64>,
}

fn keys_cmp(a: &Keys, b: &Keys) -> std::cmp::Ordering {
    b.average
        .cmp(&a.average)
        .then(a.serious.cmp(&b.serious))
        .then_with(|| match (a.share, b.share) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        })
}

fn share_ok(
    share: Option<f64>,
    path: &str,
    findings: &mut Vec<Finding>,
    locale: Locale,
) -> Option<f64> {
    match share {
        Some(s) if (0.0..=1.0).contains(&s) => Some(s),
        Some(s) => {
            findings.push(ConductIssue::InvalidShare.finding(path, &number_text(s), locale));
            None
        }
        None => None,
    }
}

fn text(s: &Option<String>) -> Option<String> {
    super::given(s.as_deref()).map(|s| clip_to(s, 80))
}

/// Ranks `(index, keys)` within one sector; returns (index, rank, last).
fn rank(mut entries: Vec<(usize, Keys, String)>) -> Vec<(usize, u32, bool, Keys)> {
    crate::sort::sort_stable_by_small(&mut entries, |a, b| {
        keys_cmp(&a.1, &b.1).then_with(|| a.2.cmp(&b.2))
    });
    let mut out: Vec<(usize, u32, bool, Keys)> = Vec::with_capacity(entries.len());
    for (pos, (i, keys, _)) in entries.iter().enumerate() {
        let r = match out.last() {
            Some(prev) if keys_cmp(&prev.3, keys).is_eq() => prev.1,
            _ => pos as u32 + 1,
        };
        out.push((*i, r, false, *keys));
    }
    // Last means alone at the bottom: a tie for last place, after every tie-break, singles
    // nobody out for a 约谈 (SUP-5, the reading that asserts less).
    let worst = out.last().map(|e| e.1).unwrap_or(0);
    if worst > 1 && out.iter().filter(|e| e.1 == worst).count() == 1 {
        if let Some(e) = out.last_mut() {
            e.2 = true;
        }
    }
    out
}

/// Ranks the units and the windows of each sector by their cards (CON-9), over all the
/// months and month by month, and calls for a talk with the head of a window last in its
/// sector month after month (SUP-5).
///
/// # Errors
///
/// `invalid_ruleset` at the offending setting's path (`ruleset.conduct.…`) when `rules` is
/// invalid. `invalid_argument` at `months` for no months or more than the larger of
/// `payAndPosts.maxMonths` and 12, and at `months[i].period` for a period that is not
/// `YYYY-MM` within the supported years, or a month given twice.
pub fn rank_units(
    input: &RankingInput,
    rules: &ConductRules,
    locale: Locale,
) -> Result<RankingResult, Error> {
    rules.validate()?;
    rank_units_valid(input, rules, locale)
}

/// [`rank_units`] with rules already validated: the engine's, checked once when it was built.
pub(crate) fn rank_units_valid(
    input: &RankingInput,
    rules: &ConductRules,
    locale: Locale,
) -> Result<RankingResult, Error> {
    let periods: Vec<&str> = input.months.iter().map(|m| m.period.as_str()).collect();
    let parsed = parse_months(&periods, 1, rules.pay_and_posts.max_months.max(12), false)?;
    // Months in calendar order, each with its place in the input.
    let mut order: Vec<(Month, usize)> = parsed.iter().copied().zip(0..).collect();
    // Each month's place in the input tells equal months apart: no two elements are equal.
    crate::sort::sort_by_small(&mut order, |a, b| a.cmp(b));
    let n = order.len();
    let cap = rules.compiled().cap;
    let mut findings = Vec::new();

    // The maps here are `StrMap`s and `StrIndex`es, pairs as one `pair_key` text: one copy of
    // each map's code in the .wasm for them all, and no hash table's (issue 15).
    let mut unit_info: StrMap<(&UnitInput, Option<f64>)> = StrMap::new();
    for (i, u) in input.units.iter().enumerate() {
        let share = share_ok(
            u.good_rating_share,
            &format!("units[{i}].goodRatingShare"),
            &mut findings,
            locale,
        );
        unit_info.get_or_insert_with(&id_key(&u.id.0), || (u, share));
    }
    let mut window_info: StrMap<(&WindowInput, Option<f64>)> = StrMap::new();
    for (i, w) in input.windows.iter().enumerate() {
        let share = share_ok(
            w.good_rating_share,
            &format!("windows[{i}].goodRatingShare"),
            &mut findings,
            locale,
        );
        window_info.get_or_insert_with(&pair_key(&id_key(&w.unit.0), &id_key(&w.window.0)), || {
            (w, share)
        });
    }

    let mut unconfirmed_months: Vec<usize> = Vec::new();
    let mut entities: Vec<Entity> = Vec::new();
    // A unit's key is `pair_key(unit, "")`, a window's `pair_key(unit, window)`: a window is
    // never empty (an empty one is none).
    let mut index = StrIndex::new();
    for (slot, &(month, i)) in order.iter().enumerate() {
        let cards = &input.months[i].cards;
        // Of two cards of one person, the higher score counts, as `duplicate_card` says and
        // `assessPeriod` does (helper-52: the first counted, so the order decided a talk).
        // Per id: the card that counts, its score, and the first card.
        let mut counted = StrIndex::new();
        let mut best_of: Vec<(usize, i64, usize)> = Vec::new();
        for (j, card) in cards.iter().enumerate() {
            let Ok(card) = &card.0 else { continue };
            if let Ok(score) = card_score(card, cap, "", locale) {
                // Ids compared as assessPeriod compares them: `Ｓ１` is `S1` (helper-89: two
                // cards of one person had both counted, the lower dragging the unit down).
                let key = crate::text::id_key(card.staff_id.0.trim_spaces());
                let at = counted.get_or_insert_with(&key, || {
                    best_of.push((j, score, j));
                    best_of.len() - 1
                });
                let best = &mut best_of[at];
                if score > best.1 {
                    (best.0, best.1) = (j, score);
                }
            }
        }
        for (j, card) in cards.iter().enumerate() {
            let path = format!("months[{i}].cards[{j}]");
            let (card, score) = match scored_card(card, cap, &path, locale) {
                Ok(s) => s,
                Err(f) => {
                    findings.push(f);
                    continue;
                }
            };
            let id = card.staff_id.0.trim_spaces();
            // Said at the second card, whichever of the two counts.
            let of = counted.get(&crate::text::id_key(id)).map(|at| best_of[at]);
            if of.is_some_and(|(_, _, first)| first != j) {
                findings.push(ConductIssue::DuplicateCard.finding(
                    &format!("{path}.staffId"),
                    &super::month_and_id(&month.to_string(), id, locale),
                    locale,
                ));
            }
            if of.is_some_and(|(best, _, _)| best != j) {
                // Left out of the tallies, an incomplete card still leaves the month
                // unconfirmed, in every sector (helper-51: a talk rested on one).
                if card.incomplete {
                    unconfirmed_months.push(slot);
                }
                continue;
            }
            let Some(unit) = super::given(card.unit.as_ref().map(|u| u.0.as_str())) else {
                continue;
            };
            let window = super::given(card.window.as_ref().map(|w| w.0.as_str()));
            // Units and windows compared as ids are (helper-90: `U2\u{200B}` or `Ｕ２` beside
            // `U2` split one window in two, and the other half was last two months running).
            let (unit_key, window_key) = (id_key(unit), window.map(id_key));
            let info = unit_info.get(&unit_key);
            let unit_sector = info
                .and_then(|(u, _)| text(&u.sector))
                .or_else(|| text(&card.sector));
            let mut keys = vec![(unit.to_string(), None, pair_key(&unit_key, ""))];
            if let (Some(w), Some(wk)) = (window, &window_key) {
                keys.push((
                    unit.to_string(),
                    Some(w.to_string()),
                    pair_key(&unit_key, wk),
                ));
            }
            for (display_unit, display_window, key_text) in keys {
                let key = (display_unit, display_window);
                let e = index.get_or_insert_with(&key_text, || {
                    let (sector, share, name) = match &key.1 {
                        None => (
                            unit_sector.clone(),
                            info.and_then(|(_, s)| *s),
                            info.and_then(|(u, _)| text(&u.name)),
                        ),
                        Some(_) => {
                            let wi = window_info.get(&key_text);
                            (
                                wi.and_then(|(w, _)| text(&w.sector))
                                    .or_else(|| text(&card.sector))
                                    .or_else(|| unit_sector.clone()),
                                wi.and_then(|(_, s)| *s),
                                info.and_then(|(u, _)| text(&u.name)),
                            )
                        }
                    };
                    entities.push(Entity {
                        unit: key.0.clone(),
                        window: key.1.clone(),
                        name,
                        sector,
                        share,
                        disqualified: false,
                        monthly: vec![None; n],
                        path: format!("{path}.unit"),
                    });
                    entities.len() - 1
                });
                let ent = &mut entities[e];
                ent.disqualified |= card.unit_disqualified;
                let tally = ent.monthly[slot].get_or_insert_with(Tally::default);
                tally.sum += score;
                tally.cards += 1;
                tally.serious = tally.serious.saturating_add(card.serious_offences);
                tally.incomplete |= card.incomplete;
            }
        }
    }
    for e in entities
        .iter()
        .filter(|e| e.sector.is_none() && e.window.is_none())
    {
        findings.push(ConductIssue::NoSector.finding(&e.path, &clip(&e.unit), locale));
    }

    let mut sectors: Vec<Option<String>> = entities.iter().map(|e| e.sector.clone()).collect();
    // Equal sectors are equal values (deduplicated below): no order among them to keep.
    crate::sort::sort_by_small(&mut sectors, |a, b| match (a, b) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, _) => std::cmp::Ordering::Greater,
        (_, None) => std::cmp::Ordering::Less,
        (Some(x), Some(y)) => x.cmp(y),
    });
    sectors.dedup();

    let entry =
        |e: &Entity, rank: u32, last: bool, keys: Keys, months: u32, cards: u32| RankedEntry {
            rank,
            unit: e.unit.clone(),
            window: e.window.clone(),
            name: e.name.clone(),
            average_score: keys.average as f64 / 100.0,
            serious_offences: keys.serious,
            good_rating_share: keys.share,
            months,
            cards,
            last,
            awards_disqualified: e.disqualified,
        };
    let id = |e: &Entity| format!("{}\u{0}{}", e.unit, e.window.as_deref().unwrap_or(""));

    // Ranks one sector's units or windows over the months `slots`.
    let rank_group =
        |sector: &Option<String>, windows: bool, slots: &[usize]| -> Vec<RankedEntry> {
            let mut group = Vec::new();
            // Per entity: months and cards counted.
            let mut extra: Vec<(u32, u32)> = vec![(0, 0); entities.len()];
            for (i, e) in entities.iter().enumerate() {
                if &e.sector != sector || e.window.is_some() != windows {
                    continue;
                }
                let tallies: Vec<Tally> = slots.iter().filter_map(|&s| e.monthly[s]).collect();
                let means: Vec<i64> = tallies
                    .iter()
                    .filter_map(|t| mean_hundredths(t.sum, t.cards as i64))
                    .collect();
                if means.is_empty() {
                    continue;
                }
                // Monthly means are in hundredths; their mean rounds once more.
                let total: i64 = means.iter().sum();
                let k = means.len() as i64;
                let average = (total + k / 2).div_euclid(k);
                let keys = Keys {
                    average,
                    serious: tallies.iter().map(|t| t.serious).sum(),
                    share: e.share,
                };
                extra[i] = (tallies.len() as u32, tallies.iter().map(|t| t.cards).sum());
                group.push((i, keys, id(e)));
            }
            rank(group)
                .into_iter()
                .map(|(i, r, last, keys)| {
                    let (months, cards) = extra.get(i).copied().unwrap_or((0, 0));
                    entry(&entities[i], r, last, keys, months, cards)
                })
                .collect()
        };
    let rank_all = |slots: &[usize]| -> Vec<SectorRanking> {
        sectors
            .iter()
            .map(|s| SectorRanking {
                sector: s.clone(),
                units: rank_group(s, false, slots),
                windows: rank_group(s, true, slots),
            })
            .filter(|s| !s.units.is_empty() || !s.windows.is_empty())
            .collect()
    };

    let all: Vec<usize> = (0..n).collect();
    let overall = rank_all(&all);
    let monthly: Vec<MonthRanking> = (0..n)
        .map(|slot| MonthRanking {
            period: order[slot].0.to_string(),
            sectors: rank_all(&[slot]),
        })
        .collect();

    // SUP-5: runs of consecutive months in which a window was last.
    let need = rules.ranking.talk_after_months_last as usize;
    let mut runs: StrMap<Vec<Vec<usize>>> = StrMap::new();
    let mut talk_order: Vec<(String, String, Option<String>)> = Vec::new();
    for (slot, m) in monthly.iter().enumerate() {
        for sector in &m.sectors {
            // An incomplete card in the sector's windows that month: any of them might have
            // ranked otherwise, so its last place does not count (helper-50: a talk was
            // called on incomplete cards, with no word of it).
            let unconfirmed = unconfirmed_months.contains(&slot)
                || entities.iter().any(|e| {
                    e.window.is_some()
                        && e.sector == sector.sector
                        && e.monthly[slot].is_some_and(|t| t.incomplete)
                });
            if unconfirmed && sector.windows.iter().any(|w| w.last) {
                let detail = match &sector.sector {
                    Some(name) => format!("{} {}", order[slot].0, clip(name)),
                    None => order[slot].0.to_string(),
                };
                let at = format!("months[{}]", order[slot].1);
                findings.push(ConductIssue::IncompleteRanking.finding(&at, &detail, locale));
                continue;
            }
            for w in sector.windows.iter().filter(|w| w.last) {
                let window = w.window.clone().unwrap_or_default();
                let list = runs.get_or_insert_with(&pair_key(&w.unit, &window), || {
                    talk_order.push((w.unit.clone(), window.clone(), sector.sector.clone()));
                    Vec::new()
                });
                match list.last_mut() {
                    Some(run)
                        if run.last().is_some_and(|&prev| {
                            order[prev].0.index() + 1 == order[slot].0.index()
                        }) =>
                    {
                        run.push(slot)
                    }
                    _ => list.push(vec![slot]),
                }
            }
        }
    }
    let mut talks = Vec::new();
    for (unit, window, sector) in talk_order {
        let key = (unit, window);
        for run in runs
            .get(&pair_key(&key.0, &key.1))
            .into_iter()
            .flatten()
            .filter(|r| r.len() >= need)
        {
            let months: Vec<String> = run.iter().map(|&s| order[s].0.to_string()).collect();
            let detail = format!("{}/{}: {}", key.0, key.1, months.join(", "));
            talks.push(Talk {
                rule: Action::Talk.rule(),
                unit: key.0.clone(),
                window: key.1.clone(),
                sector: sector.clone(),
                months,
                message: Action::Talk.message(&detail, locale),
            });
        }
    }

    super::period::mask_card_names(&input.months, &mut findings);
    Ok(RankingResult {
        from: order[0].0.to_string(),
        to: order[n - 1].0.to_string(),
        months: n as u32,
        sectors: overall,
        monthly,
        talks,
        findings,
    })
}
