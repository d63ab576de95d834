//! A record's JSON as the field map moves it: a tree whose texts borrow the record's own text,
//! written back out as `serde_json` writes a `Value` (members sorted, a repeated key's last
//! value kept), so the typed reader that follows sees the same text either way. Most portal
//! records (no escapes, whole numbers) are read here without a `Value` at all; any other text is
//! read by `serde_json`, which also gives the errors.

use std::borrow::Cow;

use serde_json::Value;

/// One JSON value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Node<'a> {
    Null,
    Bool(bool),
    /// A number as `serde_json` writes it.
    Number(Cow<'a, str>),
    /// A string's text, unescaped.
    Str(Cow<'a, str>),
    Array(Vec<Node<'a>>),
    /// Members sorted by key, each key once.
    Object(Members<'a>),
}

/// An object's members, sorted by key, each key once: a `serde_json::Map` without copies.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Members<'a>(Vec<(Cow<'a, str>, Node<'a>)>);

impl<'a> Members<'a> {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_ref().cmp(key))
    }

    pub fn with_capacity(n: usize) -> Members<'a> {
        Members(Vec::with_capacity(n))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Where `key` stands, if it does. A record has a few members, and most keys asked are
    /// not among them: lengths compared first answer most without reading a byte, where a
    /// binary search compares texts. Only for members each key once (a record as read).
    fn position(&self, key: &str) -> Option<usize> {
        self.0
            .iter()
            .position(|(k, _)| k.len() == key.len() && k.as_ref() == key)
    }

    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        let i = self.position(key)?;
        Some(&self.0[i].1)
    }

    /// Of a key given twice ([`Members::insert_again`]), the one a binary search finds: the
    /// value map translates that one, as it always has.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Node<'a>> {
        let i = self.find(key).ok()?;
        Some(&mut self.0[i].1)
    }

    pub fn remove(&mut self, key: &str) -> Option<Node<'a>> {
        let i = self.position(key)?;
        Some(self.0.remove(i).1)
    }

    /// Sets `key` to `value`, replacing what it held.
    pub fn insert(&mut self, key: Cow<'a, str>, value: Node<'a>) {
        match self.find(&key) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (key, value)),
        }
    }

    /// Adds `key` once more, after the value it holds: written out, the text gives the key
    /// twice, which a record type refuses as a duplicate field at that key.
    pub fn insert_again(&mut self, key: Cow<'a, str>, value: Node<'a>) {
        let i = match self.find(&key) {
            Ok(i) => i + 1,
            Err(i) => i,
        };
        self.0.insert(i, (key, value));
    }

    /// The value of `key`, set to `make()` first if it has none.
    pub fn entry(&mut self, key: Cow<'a, str>, make: impl FnOnce() -> Node<'a>) -> &mut Node<'a> {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (key, make()));
                i
            }
        };
        &mut self.0[i].1
    }

    /// Of a key given twice ([`Members::insert_again`]) where one value means absent and the
    /// other does not, the absent one takes the other's value: kept twice, the key is refused
    /// as given twice, where dropping the absent one would have read the other alone.
    pub fn fill_given_twice(&mut self, absent: impl Fn(&str, &Node) -> bool) {
        for i in 1..self.0.len() {
            let (before, after) = self.0.split_at_mut(i);
            let (a, b) = (&mut before[i - 1], &mut after[0]);
            if a.0 != b.0 {
                continue;
            }
            match (absent(&a.0, &a.1), absent(&b.0, &b.1)) {
                (true, false) => a.1 = b.1.clone(),
                (false, true) => b.1 = a.1.clone(),
                _ => {}
            }
        }
    }

    pub fn retain(&mut self, keep: impl FnMut(&(Cow<'a, str>, Node<'a>)) -> bool) {
        self.0.retain(keep);
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Node<'a>)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Node<'a>> {
        self.0.iter_mut().map(|(_, v)| v)
    }

    /// Members in any order, as a `Map` reads them: sorted, the last of a repeated key kept.
    fn of(mut members: Vec<(Cow<'a, str>, Node<'a>)>) -> Members<'a> {
        if members.windows(2).all(|w| w[0].0 < w[1].0) {
            return Members(members);
        }
        // A record's few members are sorted where they stand (an insertion sort keeps equal
        // keys in the order given, so the last one is kept): no list of positions to allocate.
        if members.len() <= 16 {
            for i in 1..members.len() {
                let mut j = i;
                while j > 0 && members[j - 1].0 > members[j].0 {
                    members.swap(j - 1, j);
                    j -= 1;
                }
            }
            // Of a run of one key, the later member takes the place of the one kept.
            members.dedup_by(|later, kept| {
                let same = later.0 == kept.0;
                if same {
                    std::mem::swap(later, kept);
                }
                same
            });
            return Members(members);
        }
        // The crate's one small sort, on positions (no general sort's code for this type);
        // among equal keys the last given sorts last and is the one kept.
        let mut order: Vec<usize> = (0..members.len()).collect();
        crate::sort::sort_by_small(&mut order, |a, b| {
            members[*a].0.cmp(&members[*b].0).then(a.cmp(b))
        });
        let mut slots: Vec<Option<(Cow<'a, str>, Node<'a>)>> =
            members.into_iter().map(Some).collect();
        let mut unique: Vec<(Cow<'a, str>, Node<'a>)> = Vec::with_capacity(order.len());
        for i in order {
            let Some(m) = slots[i].take() else { continue };
            match unique.last_mut() {
                Some(last) if last.0 == m.0 => *last = m,
                _ => unique.push(m),
            }
        }
        Members(unique)
    }
}

impl<'a> IntoIterator for Members<'a> {
    type Item = (Cow<'a, str>, Node<'a>);
    type IntoIter = std::vec::IntoIter<(Cow<'a, str>, Node<'a>)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> Node<'a> {
    /// `text` read, if it is JSON: by the quick reader when it can, else by `serde_json`.
    ///
    /// # Errors
    ///
    /// `serde_json`'s error for a text that is no JSON.
    pub fn read(text: &'a str) -> Result<Node<'a>, serde_json::Error> {
        match Reader::new(text).whole() {
            Some(node) => Ok(node),
            None => serde_json::from_str::<Value>(text).map(Node::of_value),
        }
    }

    /// A `serde_json::Value` as a tree (for what the quick reader leaves: escapes, fractions).
    pub fn of_value(value: Value) -> Node<'static> {
        match value {
            Value::Null => Node::Null,
            Value::Bool(b) => Node::Bool(b),
            Value::Number(n) => Node::Number(Cow::Owned(n.to_string())),
            Value::String(s) => Node::Str(Cow::Owned(s)),
            Value::Array(items) => Node::Array(items.into_iter().map(Node::of_value).collect()),
            Value::Object(map) => Node::Object(Members(
                map.into_iter()
                    .map(|(k, v)| (Cow::Owned(k), Node::of_value(v)))
                    .collect(),
            )),
        }
    }

    /// The JSON text, as `serde_json::to_string` writes the same `Value`.
    pub fn to_json(&self, size: usize) -> String {
        let mut out = String::with_capacity(size);
        self.write(&mut out);
        out
    }

    // One byte copied per mark, where `String::push` encodes a char first.
    #[allow(clippy::single_char_add_str)]
    fn write(&self, out: &mut String) {
        match self {
            Node::Null => out.push_str("null"),
            Node::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Node::Number(n) => out.push_str(n),
            Node::Str(s) => write_str(s, out),
            Node::Array(items) => {
                out.push_str("[");
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(",");
                    }
                    item.write(out);
                }
                out.push_str("]");
            }
            Node::Object(members) => {
                out.push_str("{");
                for (i, (k, v)) in members.0.iter().enumerate() {
                    if i > 0 {
                        out.push_str(",");
                    }
                    write_str(k, out);
                    out.push_str(":");
                    v.write(out);
                }
                out.push_str("}");
            }
        }
    }
}

/// A string as JSON: most need no escape; the rest are escaped by `serde_json` itself.
#[allow(clippy::single_char_add_str)]
fn write_str(s: &str, out: &mut String) {
    if s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        out.push_str(&serde_json::to_string(s).unwrap_or_default());
    } else {
        out.push_str("\"");
        out.push_str(s);
        out.push_str("\"");
    }
}

/// The quick reader: JSON without escapes, whose numbers are whole and short (they are written
/// back as given, which is how `serde_json` writes them). `None` for anything else, valid or
/// not, which `serde_json` then reads.
struct Reader<'a> {
    text: &'a str,
    at: usize,
    depth: usize,
}

/// Well under `serde_json`'s own limit (128), so a text deep enough to be refused is left to it.
const MAX_DEPTH: usize = 64;

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            at: 0,
            depth: 0,
        }
    }

    fn whole(mut self) -> Option<Node<'a>> {
        let node = self.value()?;
        self.space();
        (self.at == self.text.len()).then_some(node)
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.space();
        let hit = self.peek() == Some(b);
        self.at += usize::from(hit);
        hit
    }

    fn word(&mut self, word: &str) -> Option<()> {
        let hit = self.text[self.at..].starts_with(word);
        self.at += word.len();
        hit.then_some(())
    }

    fn value(&mut self) -> Option<Node<'a>> {
        self.space();
        match self.peek()? {
            b'"' => self.string().map(|s| Node::Str(Cow::Borrowed(s))),
            b'{' => self.nested(Reader::object),
            b'[' => self.nested(Reader::array),
            b'n' => self.word("null").map(|_| Node::Null),
            b't' => self.word("true").map(|_| Node::Bool(true)),
            b'f' => self.word("false").map(|_| Node::Bool(false)),
            _ => self.number(),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Option<Node<'a>>) -> Option<Node<'a>> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        self.at += 1;
        let node = read(self);
        self.depth -= 1;
        node
    }

    /// A string without escapes or control characters: its text between the quotes.
    fn string(&mut self) -> Option<&'a str> {
        let start = self.at + 1;
        let len = self.text.as_bytes()[start..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        let end = start + len;
        (self.text.as_bytes()[end] == b'"').then_some(())?;
        self.at = end + 1;
        Some(&self.text[start..end])
    }

    /// `0` or a whole number of at most 15 digits not starting with 0: written back as given.
    fn number(&mut self) -> Option<Node<'a>> {
        let bytes = &self.text.as_bytes()[self.at..];
        let sign = usize::from(bytes.first() == Some(&b'-'));
        let digits = bytes[sign..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let end = sign + digits;
        let whole = match bytes.get(sign) {
            Some(b'0') => digits == 1 && sign == 0,
            Some(_) => (1..=15).contains(&digits),
            None => false,
        };
        let ends = !matches!(bytes.get(end), Some(b'.' | b'e' | b'E'));
        (whole && ends).then_some(())?;
        let n = &self.text[self.at..self.at + end];
        self.at += end;
        Some(Node::Number(Cow::Borrowed(n)))
    }

    fn array(&mut self) -> Option<Node<'a>> {
        let mut items = Vec::new();
        if self.eat(b']') {
            return Some(Node::Array(items));
        }
        loop {
            items.push(self.value()?);
            if self.eat(b']') {
                return Some(Node::Array(items));
            }
            self.eat(b',').then_some(())?;
        }
    }

    fn object(&mut self) -> Option<Node<'a>> {
        let mut members = Vec::new();
        if self.eat(b'}') {
            return Some(Node::Object(Members(members)));
        }
        loop {
            self.space();
            (self.peek() == Some(b'"')).then_some(())?;
            let key = self.string()?;
            self.eat(b':').then_some(())?;
            members.push((Cow::Borrowed(key), self.value()?));
            if self.eat(b'}') {
                return Some(Node::Object(Members::of(members)));
            }
            self.eat(b',').then_some(())?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick reader and `serde_json` give the same text, or the quick reader declines.
    #[test]
    fn the_quick_reader_writes_what_serde_json_writes() {
        for text in [
            r#"{"b":1,"a":[true,false,null,"x"],"a":{"z":-12,"y":"張 三"}}"#,
            r#" { "k" : [ ] , "j" : { } , "i" : 0 } "#,
            r#"[1,2,{"c":"d"}]"#,
            r#""text""#,
            "123456789012345",
            r#"{"":"","é":"ü","e":"\u00e9","f":1.5,"g":-0,"h":1e3,"i":1234567890123456}"#,
            r#"{"a":"\"quoted\"","b":"tab\there"}"#,
        ] {
            let value: Value = serde_json::from_str(text).unwrap();
            let expected = serde_json::to_string(&value).unwrap();
            assert_eq!(Node::read(text).unwrap().to_json(0), expected, "{text}");
            assert_eq!(Node::of_value(value).to_json(0), expected, "{text}");
        }
        for bad in [
            r#"{"a":1,}"#,
            "[1 2]",
            r#"{"a" 1}"#,
            "01",
            "-",
            "tru",
            "",
            "{\"a\":\"\u{1}\"}",
        ] {
            assert!(Node::read(bad).is_err(), "{bad}");
        }
        // Members in every order, with keys given two and three times, on both sides of the
        // small objects' in-place sort (16 members): sorted, and the last of a key kept.
        let mut seed = 7u64;
        for n in 1..=24 {
            for _ in 0..20 {
                let members: Vec<String> = (0..n)
                    .map(|v| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        format!("\"k{}\":{v}", (seed >> 33) % (n as u64 * 2 / 3 + 1))
                    })
                    .collect();
                let text = format!("{{{}}}", members.join(","));
                let value: Value = serde_json::from_str(&text).unwrap();
                let expected = serde_json::to_string(&value).unwrap();
                assert_eq!(Node::read(&text).unwrap().to_json(0), expected, "{text}");
            }
        }
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(Node::read(&deep).is_err());
        let nested = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert_eq!(Node::read(&nested).unwrap().to_json(0), nested);
    }

    /// A member found by its length first is the one a binary search finds, and a key absent
    /// is absent either way (issue 15: the field map asks a record for every portal field).
    #[test]
    fn a_member_is_found_as_a_binary_search_finds_it() {
        let keys = [
            "", "a", "b", "ab", "ba", "bjbh", "bjlx", "sqr", "sq", "sqrr", "张", "张三", "é",
        ];
        for (n, _) in keys.iter().enumerate() {
            let text = format!(
                "{{{}}}",
                (keys.iter().skip(n).step_by(2))
                    .map(|k| format!("\"{k}\":1"))
                    .collect::<Vec<_>>()
                    .join(",")
            );
            let Node::Object(mut members) = Node::read(&text).unwrap() else {
                panic!("{text}")
            };
            for key in keys {
                let found = members.find(key).ok().map(|i| &members.0[i].1).cloned();
                assert_eq!(members.get(key).cloned(), found, "{text} {key}");
                assert_eq!(members.remove(key), found, "{text} {key}");
                assert_eq!(members.get(key), None, "{text} {key}");
            }
        }
    }
}
