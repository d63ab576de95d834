//! A hashed map from texts to numbers (most often a place in a `Vec` beside it): the conduct
//! checks' lookups of staff, units and cases, thousands a month. A leaf.
//!
//! One type that is not generic, so its code is in the .wasm once: a `HashMap` per key and
//! value type had cost about 18 KB before wasm-opt, and the tree of `StrMap` was slower for
//! these lookups (issue 15). Iteration is not offered: no result may depend on a hash order.

/// Texts and their numbers, found by a hash of the text.
#[derive(Clone, Debug, Default)]
pub struct StrIndex {
    /// Open addressing with linear probing: per slot, 0 when empty, else the entry's place + 1.
    /// The length is a power of two, at least twice the entries.
    slots: Vec<u32>,
    /// The entries in the order they came, each with its text's hash (compared first).
    entries: Vec<(u32, String, usize)>,
}

impl StrIndex {
    /// An empty index.
    pub fn new() -> StrIndex {
        StrIndex::default()
    }

    /// How many texts it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds no text.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The number of `key`.
    pub fn get(&self, key: &str) -> Option<usize> {
        let (_, found) = self.find(key, hash(key));
        found.map(|at| self.entries[at].2)
    }

    /// Whether it holds `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets the number of `key`; the number it had, if any.
    pub fn insert(&mut self, key: &str, value: usize) -> Option<usize> {
        let h = hash(key);
        match self.find(key, h) {
            (_, Some(at)) => Some(std::mem::replace(&mut self.entries[at].2, value)),
            (slot, None) => {
                self.add(slot, h, key, value);
                None
            }
        }
    }

    /// The number of `key`, made by `make` (and the key copied) when it has none.
    pub fn get_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> usize) -> usize {
        let h = hash(key);
        match self.find(key, h) {
            (_, Some(at)) => self.entries[at].2,
            (slot, None) => {
                let value = make();
                self.add(slot, h, key, value);
                value
            }
        }
    }

    /// The slot where `key` is or would go, and its entry's place when it is there.
    fn find(&self, key: &str, h: u32) -> (usize, Option<usize>) {
        if self.slots.is_empty() {
            return (0, None);
        }
        let mask = self.slots.len() - 1;
        let mut slot = h as usize & mask;
        loop {
            match self.slots[slot] {
                0 => return (slot, None),
                n => {
                    let at = n as usize - 1;
                    let (eh, ek, _) = &self.entries[at];
                    if *eh == h && ek == key {
                        return (slot, Some(at));
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    fn add(&mut self, slot: usize, h: u32, key: &str, value: usize) {
        self.entries.push((h, key.to_string(), value));
        if self.entries.len() * 2 > self.slots.len() {
            // Grown (or made): every entry placed again, the new one among them.
            let size = (self.entries.len() * 4).next_power_of_two().max(16);
            self.slots = vec![0; size];
            let mask = size - 1;
            for (at, (eh, _, _)) in self.entries.iter().enumerate() {
                let mut s = *eh as usize & mask;
                while self.slots[s] != 0 {
                    s = (s + 1) & mask;
                }
                self.slots[s] = at as u32 + 1;
            }
        } else {
            self.slots[slot] = self.entries.len() as u32;
        }
    }
}

/// A text's hash: FNV-1a over its bytes, mixed at the end so that texts differing in their last
/// bytes (`S1`, `S2`) spread over the low bits the slots use.
fn hash(key: &str) -> u32 {
    let mut h: u32 = 0x811C_9DC5;
    for &b in key.as_bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h ^= h >> 16;
    h = h.wrapping_mul(0x7FEB_352D);
    h ^ (h >> 15)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn finds_what_a_map_finds() {
        let mut index = StrIndex::new();
        let mut map = BTreeMap::new();
        let keys: Vec<String> = (0..3000)
            .map(|i| match i % 4 {
                0 => format!("S{i}"),
                1 => format!("单位{}", i % 97),
                2 => format!("{}\0{}", i % 13, i),
                _ => String::new(),
            })
            .collect();
        for (i, key) in keys.iter().enumerate() {
            let old = match i % 3 {
                0 => index.insert(key, i),
                _ => {
                    let got = index.get_or_insert_with(key, || i);
                    let had = map.get(key).copied();
                    assert_eq!(got, had.unwrap_or(i));
                    map.entry(key.clone()).or_insert(i);
                    assert!(index.contains_key(key));
                    continue;
                }
            };
            assert_eq!(old, map.insert(key.clone(), i));
        }
        assert_eq!(index.len(), map.len());
        for key in keys.iter().chain([&"S".to_string(), &"不在".to_string()]) {
            assert_eq!(index.get(key), map.get(key).copied(), "{key:?}");
        }
        assert!(StrIndex::new().get("").is_none());
        assert!(StrIndex::new().is_empty());
    }
}
