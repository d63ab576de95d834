//! The words every capability shares: the locale, filling a template (`{path}` where,
//! `{detail}` what was found), field labels, the parser's words in Chinese, and `pick` for a
//! zh-CN/en pair. A leaf: the codes and their texts live with their owners
//! (`finding::codes`, `error`, `conduct::codes`).

use std::borrow::Cow;

use serde::Serialize;

/// The language of messages and labels; Chinese unless the caller asks for English.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum Locale {
    /// Simplified Chinese (`zh-CN`), the default.
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    /// English (`en`).
    #[serde(rename = "en")]
    En,
}

impl Locale {
    /// The locale of a language tag, in any case: `zh-CN`, `zh`, `zh-Hans` or `zh-Hans-CN` for
    /// Chinese; `en`, `en-US` or `en-GB` for English. `None` for any other tag.
    pub fn parse(tag: &str) -> Option<Locale> {
        match tag.to_ascii_lowercase().as_str() {
            "zh-cn" | "zh" | "zh-hans" | "zh-hans-cn" => Some(Locale::ZhCn),
            "en" | "en-us" | "en-gb" => Some(Locale::En),
            _ => None,
        }
    }

    /// Whether this is [`Locale::En`].
    pub fn is_english(self) -> bool {
        self == Locale::En
    }
}

/// With no path (the argument or record itself), the template reads without it.
pub fn render(template: &str, path: &str, detail: &str) -> String {
    // One pass (it runs for every finding of a batch): `{path}` and `{detail}` filled in; an
    // empty path takes one of the spaces around it along (" {path} " reads " ").
    let mut out = String::with_capacity(template.len() + path.len() + detail.len());
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        let (before, from) = rest.split_at(at);
        if let Some(after) = from.strip_prefix("{path}") {
            if path.is_empty() {
                // The space after it goes with it; with none after, the one before.
                match after.strip_prefix(' ') {
                    Some(tail) => {
                        out.push_str(before);
                        rest = tail;
                    }
                    None => {
                        out.push_str(before.strip_suffix(' ').unwrap_or(before));
                        rest = after;
                    }
                }
            } else {
                // A label that already says what the template says before it is not said
                // twice: 引擎配置{path} with the path 引擎配置 reads 引擎配置有误.
                if before.is_empty() || !path.starts_with(before) {
                    out.push_str(before);
                }
                out.push_str(path);
                rest = after;
            }
        } else if let Some(after) = from.strip_prefix("{detail}") {
            out.push_str(before);
            out.push_str(detail);
            rest = after;
        } else {
            out.push_str(before);
            out.push('{');
            rest = &from[1..];
        }
    }
    out.push_str(rest);
    out
}

mod labels;
mod parser_zh;
pub use labels::{label_zh, path_labelled, path_shown};
pub use parser_zh::{
    EXPECT_CODE_TABLE, EXPECT_INSTANT, EXPECT_LIMIT, EXPECT_PERSON, EXPECT_RECORD_ID,
    EXPECT_RIGHTS_NOTICE,
};
pub use parser_zh::{UNENCODABLE, UNENCODABLE_JSON};

/// A record's JSON text with the marker of a value that could not be encoded
/// ([`UNENCODABLE_JSON`], a lone surrogate that makes the whole text unreadable) read as
/// `null`: what else the record gives (its id, its names) can still be read.
pub fn unencodable_as_null(text: &str) -> Cow<'_, str> {
    match text.contains(UNENCODABLE_JSON) {
        true => Cow::Owned(text.replace(UNENCODABLE_JSON, "null")),
        false => Cow::Borrowed(text),
    }
}

/// A detail as shown in `locale`: in Chinese, the JSON parser's English words are translated;
/// anything else (a value the caller gave) is shown as it is.
pub fn detail_text(detail: &str, locale: Locale) -> Cow<'_, str> {
    match locale {
        Locale::ZhCn => {
            parser_zh::parser_detail_zh(detail).map_or(Cow::Borrowed(detail), Cow::Owned)
        }
        Locale::En => parser_zh::parser_detail_en(detail).map_or(Cow::Borrowed(detail), Cow::Owned),
    }
}

/// Two times out of order, as a finding's detail: `later_path` holds `later`, which comes
/// before `earlier` at `earlier_path`. In Chinese the fields are named by their labels.
pub fn order_detail(
    locale: Locale,
    (later_path, later): (&str, &str),
    (earlier_path, earlier): (&str, &str),
) -> String {
    match locale {
        Locale::ZhCn => format!(
            "{}（{later}）早于{}（{earlier}）",
            path_shown(later_path, locale),
            path_shown(earlier_path, locale)
        ),
        Locale::En => format!("{later_path} ({later}) is before {earlier_path} ({earlier})"),
    }
}

pub(crate) fn pick(locale: Locale, zh: &'static str, en: &'static str) -> &'static str {
    match locale {
        Locale::ZhCn => zh,
        Locale::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parser's words about our own types, in plain English (second review).
    #[test]
    fn english_parser_details_name_no_internal_types() {
        let d = detail_text(
            r#"invalid type: string "x", expected struct EventInput"#,
            Locale::En,
        );
        assert_eq!(d, r#"invalid type: string "x", expected an object"#);
        let u = format!(r#"invalid type: string "{UNENCODABLE}", expected struct Inspection"#);
        assert_eq!(detail_text(&u, Locale::En), UNENCODABLE);
    }
}
