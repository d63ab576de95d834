//! serde_json reading in which a record (a struct) is read from a JSON object only. A leaf.
//!
//! serde's derived structs also accept a JSON list, read field by field in order: a list where
//! a record stands would be read as a record (helper-43: `["王建国", "promised", …]` had been a
//! red-card case with the id 王建国; the top of a record was guarded, its nested records were
//! not). Here every struct is asked for as a map, so a list is refused wherever a record
//! stands, with the same error as any other value of the wrong type (`invalid type: sequence,
//! expected …`). It also leaves the derived list readers of every record type out of the
//! .wasm, which serde_json instantiates for each type it reads as a struct (16.6 KB gzip).
//!
//! A record's key that no field has, but that is one of its fields written otherwise (with
//! spaces, invisible marks, full-width letters, another case, `_` or `-`: `"concludedAt "`,
//! `concluded_at`), is refused at that key (helper-75, helper-74): serde ignores unknown keys,
//! and a conclusion so written had left its case open, a red card. Keys that are no field in
//! any writing stay ignored, as portal records carry fields of their own.
//!
//! Each wrapper forwards every call unchanged and wraps what it hands on, so that the structs
//! nested at any depth are read through it too.

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use std::fmt;

/// `T` from JSON text, as `serde_json::from_str` reads it, except that a struct is read only
/// from an object.
///
/// # Errors
/// serde_json's error: the text is not JSON, has trailing characters, or does not fit `T`.
pub fn from_str<'a, T: de::Deserialize<'a>>(text: &'a str) -> serde_json::Result<T> {
    let mut json = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(ObjectsOnly(&mut json))?;
    json.end()?;
    Ok(value)
}

/// `T` read from a map a custom visitor was given (a value that is a record or a text), as
/// any record is read: its keys written otherwise refused.
///
/// # Errors
/// The map's error, or `T`'s.
pub fn from_map<'de, T: de::Deserialize<'de>, A: MapAccess<'de>>(map: A) -> Result<T, A::Error> {
    T::deserialize(ObjectsOnly(de::value::MapAccessDeserializer::new(map)))
}

/// A record given as an object, read as any record is, or as one text that stands for it
/// (`applicant: "张三"`, a bulletin's `staff: "王五"`, or with `numbers` a whole number, a
/// bulletin's `staff: 1001`), made into the record by `of_text`;
/// `null` and an empty list are none (some portals write no record so: helper-35), and a list
/// of anything is no record.
///
/// # Errors
/// The record's error, or an invalid type for any other value.
pub fn record_or_text<'de, D: Deserializer<'de>, T: de::DeserializeOwned>(
    d: D,
    of_text: fn(&str) -> T,
    numbers: bool,
) -> Result<Option<T>, D::Error> {
    struct RecordOrText<T>(fn(&str) -> T, bool);
    impl<'de, T: de::DeserializeOwned> Visitor<'de> for RecordOrText<T> {
        type Value = Option<T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(crate::messages::EXPECT_PERSON)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_str<E>(self, text: &str) -> Result<Self::Value, E> {
            Ok(Some((self.0)(text)))
        }
        fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
            match self.1 {
                true => Ok(Some((self.0)(&n.to_string()))),
                false => Err(de::Error::invalid_type(de::Unexpected::Unsigned(n), &self)),
            }
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            from_map::<T, _>(map).map(Some)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            match seq.next_element::<de::IgnoredAny>()? {
                None => Ok(None),
                Some(_) => Err(de::Error::invalid_type(de::Unexpected::Seq, &self)),
            }
        }
    }
    d.deserialize_any(RecordOrText(of_text, numbers))
}

/// A deserializer that reads a struct as a map.
struct ObjectsOnly<D>(D);
/// A visitor whose deserializers, maps, lists and enums are wrapped in turn.
struct Wrap<V>(V);
struct Seed<S>(S);
struct Seq<A>(A);
struct Map<A>(A);
struct Enum<A>(A);
struct Variant<A>(A);
/// A struct's visitor, which reads its map with the struct's field names at hand.
struct Struct<V> {
    visitor: V,
    fields: &'static [&'static str],
}
/// A struct's map: remembers each key, so that a key the struct ignores can be checked.
struct StructMap<'de, A> {
    map: A,
    fields: &'static [&'static str],
    key: KeySlot<'de>,
}
/// The key just read, borrowed from the text; `None` for a key with escapes, which serde_json
/// hands over only for the call: it is copied to [`ESCAPED_KEY`].
type KeySlot<'de> = Option<&'de str>;

std::thread_local! {
    /// The last key with escapes. One for all maps: a key is checked before its value is read,
    /// so a nested record's keys never stand in for it.
    static ESCAPED_KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}
struct KeySeed<'k, 'de, S> {
    seed: S,
    key: &'k mut KeySlot<'de>,
}
struct KeyCapture;
/// The value of a struct's key: an ignored value is first checked against the fields.
struct ValueSeed<'k, 'de, S> {
    seed: S,
    key: &'k KeySlot<'de>,
    fields: &'static [&'static str],
}
struct ValueDe<'k, 'de, D> {
    d: D,
    key: &'k KeySlot<'de>,
    fields: &'static [&'static str],
}

/// Deserializer methods that hand the visitor on to `self.$inner`, wrapped by `$wrap`, with
/// the arguments they were given before it.
macro_rules! forward_deserialize {
    ($inner:tt, $wrap:expr; $($method:ident($($arg:ident: $ty:ty),*))*) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.$inner.$method($($arg,)* $wrap(visitor))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ObjectsOnly<D> {
    type Error = D::Error;

    // A newtype's name is passed on as given: serde_json's raw values are asked for by a name
    // of their own.
    forward_deserialize! { 0, Wrap;
        deserialize_any() deserialize_bool() deserialize_i8() deserialize_i16() deserialize_i32()
        deserialize_i64() deserialize_i128() deserialize_u8() deserialize_u16() deserialize_u32()
        deserialize_u64() deserialize_u128() deserialize_f32() deserialize_f64() deserialize_char()
        deserialize_str() deserialize_string() deserialize_bytes() deserialize_byte_buf()
        deserialize_option() deserialize_unit() deserialize_seq() deserialize_map()
        deserialize_identifier() deserialize_ignored_any()
        deserialize_unit_struct(name: &'static str)
        deserialize_newtype_struct(name: &'static str)
        deserialize_tuple(len: usize)
        deserialize_tuple_struct(name: &'static str, len: usize)
        deserialize_enum(name: &'static str, variants: &'static [&'static str])
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(Struct { visitor, fields })
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty))*) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.0.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(f)
    }

    forward_visit! {
        visit_bool(bool) visit_i8(i8) visit_i16(i16) visit_i32(i32) visit_i64(i64)
        visit_i128(i128) visit_u8(u8) visit_u16(u16) visit_u32(u32) visit_u64(u64)
        visit_u128(u128) visit_f32(f32) visit_f64(f64) visit_char(char) visit_str(&str)
        visit_borrowed_str(&'de str) visit_string(String) visit_bytes(&[u8])
        visit_borrowed_bytes(&'de [u8]) visit_byte_buf(Vec<u8>)
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(ObjectsOnly(d))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(ObjectsOnly(d))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Seq(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Map(map))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(Enum(data))
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(ObjectsOnly(d))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Seq<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Map<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(Seed(seed))
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Enum<A> {
    type Error = A::Error;
    type Variant = Variant<A::Variant>;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Self::Variant), A::Error> {
        let (value, variant) = self.0.variant_seed(Seed(seed))?;
        Ok((value, Variant(variant)))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Variant<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.0.newtype_variant_seed(Seed(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, Wrap(visitor))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(fields, Wrap(visitor))
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Struct<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(StructMap {
            map,
            fields: self.fields,
            key: None,
        })
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for StructMap<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.map.next_key_seed(KeySeed {
            seed,
            key: &mut self.key,
        })
    }

    // One copy for each field type, shared by every record type that has one: inlined, it
    // was copied into each record's reader (−336 B gzip, times unchanged).
    #[inline(never)]
    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.map.next_value_seed(ValueSeed {
            seed,
            key: &self.key,
            fields: self.fields,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for KeySeed<'_, 'de, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        // A struct's field names are identifiers: the derived reader asks for nothing else.
        struct KeyDe<'k, 'de, D> {
            d: D,
            key: &'k mut KeySlot<'de>,
        }
        impl<'de, D: Deserializer<'de>> Deserializer<'de> for KeyDe<'_, 'de, D> {
            type Error = D::Error;

            fn deserialize_identifier<V: Visitor<'de>>(
                self,
                visitor: V,
            ) -> Result<V::Value, D::Error> {
                // The key is read by one visitor for all record types, then handed to this
                // type's: serde_json's key reader is not copied for every record type.
                let key = read_key(self.d)?;
                *self.key = key;
                let copied;
                let text = match key {
                    Some(key) => key,
                    None => {
                        copied = ESCAPED_KEY.with_borrow(String::clone);
                        &copied
                    }
                };
                visitor.visit_str(text)
            }

            fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.d.deserialize_any(Wrap(visitor))
            }

            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
                byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map
                struct enum ignored_any
            }
        }
        self.seed.deserialize(KeyDe { d, key: self.key })
    }
}

/// One copy of serde_json's key reader for every record type.
#[inline(never)]
fn read_key<'de, D: Deserializer<'de>>(d: D) -> Result<KeySlot<'de>, D::Error> {
    d.deserialize_identifier(KeyCapture)
}

/// Reads a key once for every record type: borrowed, or (with escapes) copied to
/// [`ESCAPED_KEY`] and `None`.
impl<'de> Visitor<'de> for KeyCapture {
    type Value = KeySlot<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<KeySlot<'de>, E> {
        Ok(Some(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<KeySlot<'de>, E> {
        ESCAPED_KEY.with_borrow_mut(|copied| {
            copied.clear();
            copied.push_str(v);
        });
        Ok(None)
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for ValueSeed<'_, 'de, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.seed.deserialize(ValueDe {
            d: ObjectsOnly(d),
            key: self.key,
            fields: self.fields,
        })
    }
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ValueDe<'_, 'de, ObjectsOnly<D>> {
    type Error = D::Error;

    forward_deserialize! { d, std::convert::identity;
        deserialize_any() deserialize_bool() deserialize_i8() deserialize_i16() deserialize_i32()
        deserialize_i64() deserialize_i128() deserialize_u8() deserialize_u16() deserialize_u32()
        deserialize_u64() deserialize_u128() deserialize_f32() deserialize_f64() deserialize_char()
        deserialize_str() deserialize_string() deserialize_bytes() deserialize_byte_buf()
        deserialize_option() deserialize_unit() deserialize_seq() deserialize_map()
        deserialize_identifier()
        deserialize_unit_struct(name: &'static str)
        deserialize_newtype_struct(name: &'static str)
        deserialize_tuple(len: usize)
        deserialize_tuple_struct(name: &'static str, len: usize)
        deserialize_struct(name: &'static str, fields: &'static [&'static str])
        deserialize_enum(name: &'static str, variants: &'static [&'static str])
    }

    /// The struct has no field of this key: refused if it is one of them written otherwise.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        if let Some(refused) = refused(*self.key, self.fields) {
            return Err(de::Error::custom(refused));
        }
        self.d.deserialize_ignored_any(visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.d.is_human_readable()
    }
}

/// The error's detail if the key (no field of the struct) is one of `fields` written otherwise.
#[inline(never)]
fn refused(key: KeySlot, fields: &'static [&'static str]) -> Option<String> {
    let check = |key: &str| {
        field_written_otherwise(key, fields.iter().copied())
            .map(|field| written_otherwise(key, field))
    };
    match key {
        Some(key) => check(key),
        None => ESCAPED_KEY.with_borrow(|key| check(key)),
    }
}

/// The start of the parser's detail for a key that is a field written otherwise; the zh-CN
/// message is built from it (`messages::parser_zh`).
pub const WRITTEN_OTHERWISE: &str = "field written otherwise: ";

/// `key` as a person compares field names: without spaces, invisible marks, `_` or `-`, with
/// full-width letters as ASCII, in lower case.
fn loosely(key: &str) -> impl Iterator<Item = char> + '_ {
    key.chars().filter_map(|c| {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0)?,
            c => c,
        };
        match c {
            '_' | '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' => None,
            c if invisible(c) => None,
            c => Some(c.to_ascii_lowercase()),
        }
    })
}

/// A mark that shows nothing, or only space ([`crate::text::is_unseen_mark`]).
pub(crate) use crate::text::is_unseen_mark as invisible;

/// The field that `key` (no field itself) writes otherwise, if any.
pub(crate) fn field_written_otherwise<'f>(
    key: &str,
    fields: impl IntoIterator<Item = &'f str>,
) -> Option<&'f str> {
    // An `id` written otherwise is most often a key of the portal's own beside it (`_id` of a
    // MongoDB export, a database's `ID`: helper-78, helper-79), and an id judges no one: those
    // stay ignored, where refusing them refused every record of a portal.
    let mut fields = fields.into_iter().filter(|field| *field != "id");
    // Most ignored keys are a portal's own, in ASCII letters and digits, as fields are: for
    // them only the case may differ (a report fed back holds a score card's every field).
    if key.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return fields.find(|field| field.eq_ignore_ascii_case(key));
    }
    // Fields are ASCII letters and digits: a key's loose length must be a field's length.
    let len = loosely(key).count();
    fields.find(|field| field.len() == len && loosely(key).eq(loosely(field)))
}

/// The key as said in an error: a mark that cannot be seen is written as its code point
/// (`[U+200B]`; not as a Rust escape, which `Error::detail` reads back).
pub(crate) fn written_otherwise(key: &str, field: &str) -> String {
    let mut shown = String::new();
    for c in crate::text::clip(key).chars() {
        match c {
            ' ' => shown.push(' '),
            c if invisible(c) => {
                shown.push_str("[U+");
                let code = c as u32;
                let digits = if code > 0xFFFF { 5 } else { 4 };
                for at in (0..digits).rev() {
                    shown.push(char::from(
                        b"0123456789ABCDEF"[(code >> (at * 4)) as usize & 15],
                    ));
                }
                shown.push(']');
            }
            c => shown.push(c),
        }
    }
    format!("{WRITTEN_OTHERWISE}`{shown}` is `{field}` written with other spaces, marks, width, case, _ or -")
}
