//! A map from texts to values, kept in the texts' order: the reports' tallies (waits per
//! window, complaints per unit) and the supervision checks' working maps. A leaf.
//!
//! The texts are kept in one `BTreeMap<String, usize>` (text → place) and the values in a
//! `Vec` beside it, so the tree's code is in the .wasm once for every value type. A `BTreeMap`
//! per key and value type had cost about 4 KB each before wasm-opt (issue 15).

use serde::ser::{Serialize, SerializeMap, Serializer};
use std::collections::BTreeMap;

/// Texts and their values, iterated in the texts' order (as a `BTreeMap<String, V>` is).
#[derive(Clone, Debug, PartialEq)]
pub struct StrMap<V> {
    places: BTreeMap<String, usize>,
    values: Vec<V>,
}

impl<V> Default for StrMap<V> {
    fn default() -> Self {
        StrMap {
            places: BTreeMap::new(),
            values: Vec::new(),
        }
    }
}

impl<V> StrMap<V> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many texts it holds.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether it holds no text.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Whether it holds `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.places.contains_key(key)
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.places.get(key).map(|&at| &self.values[at])
    }

    /// The value of `key`, to change.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.places.get(key).map(|&at| &mut self.values[at])
    }

    /// The value of `key`, made by `make` (and the key copied) when the map has none.
    pub fn get_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> V) -> &mut V {
        let at = match self.places.get(key) {
            Some(&at) => at,
            None => self.push(key.to_string(), make()),
        };
        &mut self.values[at]
    }

    /// Sets the value of `key`, in place of any it had.
    pub fn insert(&mut self, key: String, value: V) {
        match self.places.get(key.as_str()) {
            Some(&at) => self.values[at] = value,
            None => {
                self.push(key, value);
            }
        }
    }

    /// Inserts `value` under `key`, or, where the map has that key already, under `key (2)`,
    /// `key (3)` …: two groups shown alike (masked, or cut short) stay two groups.
    /// Returns the key used.
    pub fn insert_apart(&mut self, key: String, value: V) -> String {
        let mut unique = key.clone();
        let mut n = 1;
        while self.contains_key(&unique) {
            n += 1;
            unique = format!("{key} ({n})");
        }
        self.push(unique.clone(), value);
        unique
    }

    fn push(&mut self, key: String, value: V) -> usize {
        let at = self.values.len();
        self.places.insert(key, at);
        self.values.push(value);
        at
    }

    /// The texts and their values, in the texts' order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.places.iter().map(|(k, &at)| (k, &self.values[at]))
    }

    /// The texts, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.places.keys()
    }

    /// The values, in their texts' order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.iter().map(|(_, v)| v)
    }

    /// Every value, in no particular order.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.values.iter_mut()
    }

    /// The texts and their values, taken, in the texts' order.
    pub fn into_sorted(self) -> impl Iterator<Item = (String, V)> {
        let mut values: Vec<Option<V>> = self.values.into_iter().map(Some).collect();
        self.places
            .into_iter()
            .filter_map(move |(k, at)| Some((k, values.get_mut(at)?.take()?)))
    }
}

impl<V> std::ops::Index<&str> for StrMap<V> {
    type Output = V;

    /// # Panics
    /// When the map has no `key` (as a `BTreeMap` does).
    fn index(&self, key: &str) -> &V {
        self.get(key).expect("no such key")
    }
}

/// As a JSON object, its members in the texts' order (as a `BTreeMap<String, V>` is written).
impl<V: Serialize> Serialize for StrMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (key, value) in self.iter() {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// `(first, second)` as one text that orders as the pair does and tells every pair apart:
/// `first` with each NUL written as NUL 1, then NUL NUL, then `second`.
pub fn pair_key(first: &str, second: &str) -> String {
    let mut key = String::with_capacity(first.len() + second.len() + 2);
    for c in first.chars() {
        key.push(c);
        if c == '\0' {
            key.push('\u{1}');
        }
    }
    key.push_str("\0\0");
    key.push_str(second);
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordered_as_a_btree_map_and_written_alike() {
        let mut map = StrMap::new();
        let mut tree = BTreeMap::new();
        for (i, key) in ["乙", "b", "a", "甲", "b", "", "a"].into_iter().enumerate() {
            *map.get_or_insert_with(key, || 0) += i;
            *tree.entry(key.to_string()).or_insert(0) += i;
        }
        map.insert("c".into(), 7);
        tree.insert("c".to_string(), 7);
        map.insert("a".into(), 1);
        tree.insert("a".to_string(), 1);
        assert_eq!(map.len(), tree.len());
        assert!(map.iter().eq(tree.iter()));
        assert_eq!(
            serde_json::to_string(&map).unwrap(),
            serde_json::to_string(&tree).unwrap()
        );
        assert_eq!(map["甲"], tree["甲"]);
        assert_eq!(map.get("z"), None);
        assert!(map.into_sorted().eq(tree.into_iter()));
    }

    #[test]
    fn pair_keys_order_and_part_as_the_pairs_do() {
        let parts = [
            "",
            "a",
            "ab",
            "a\0",
            "a\0b",
            "\0",
            "b",
            "社保",
            "社保中心",
            "a\u{1}",
        ];
        let mut pairs = vec![];
        for x in parts {
            for y in parts {
                pairs.push((x.to_string(), y.to_string()));
            }
        }
        for p in &pairs {
            for q in &pairs {
                let keys = (pair_key(&p.0, &p.1), pair_key(&q.0, &q.1));
                assert_eq!(keys.0.cmp(&keys.1), p.cmp(q), "{p:?} {q:?}");
            }
        }
    }
}
