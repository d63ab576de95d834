//! Argument errors: what a caller passed could not be used at all. A JS caller sees each as an
//! `Error` with `code`, `path` and a `message` in the engine's locale.

use crate::messages::{self, pick, Locale};

/// An enum of codes, each with the `snake_case` text a JS caller sees; the enum and each
/// variant take their docs (`#[doc]`) before them.
macro_rules! codes {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant,)* }

        impl $name {
            /// Every code, in the order declared.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The code as a JS caller sees it, in `snake_case`.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }
        }
    };
}
#[cfg(feature = "conduct")]
pub(crate) use codes;

/// One enum from rows `Variant: "code", zh, en;`: each error code beside its two texts.
macro_rules! error_codes {
    ($( $variant:ident: $code:literal, $zh:literal, $en:literal; )*) => {
        codes!(
            /// What kind of argument error an [`Error`] is; each variant's doc is its English
            /// message template.
            ErrorCode { $(#[doc = $en] $variant = $code,)* }
        );

        impl ErrorCode {
            /// The message template in `locale` (`{path}`, `{detail}`).
            pub fn text(self, locale: Locale) -> &'static str {
                let (zh, en) = match self { $( ErrorCode::$variant => ($zh, $en), )* };
                pick(locale, zh, en)
            }
        }
    };
}

#[rustfmt::skip]
error_codes! {
    InvalidDate: "invalid_date",
        "{path}不是有效日期（应为年份在前，如2026-02-12、2026/2/12、2026年2月12日）：{detail}",
        "{path} is not a valid date (expected year first, as 2026-02-12 or 2026/2/12): {detail}";
    InvalidInstant: "invalid_instant",
        "{path}不是有效时间（应为年份在前的北京时间，如2026-02-12 10:00、2026年2月12日10时00分，或毫秒时间戳）：{detail}",
        "{path} is not a valid instant (expected Beijing time, year first, as 2026-02-12 10:00 or 2026/2/12 9:05, or epoch milliseconds): {detail}";
    InvalidClock: "invalid_clock",
        "{path}不是有效钟点（应为 HH:MM）：{detail}",
        "{path} is not a valid time of day (expected HH:MM): {detail}";
    DateOutOfRange: "date_out_of_range",
        "{path}超出支持范围（2000-01-01至2100-12-31）：{detail}",
        "{path} is outside the supported range (2000-01-01 to 2100-12-31): {detail}";
    InvalidArgument: "invalid_argument",
        "{path}不正确：{detail}",
        "Argument {path} has a wrong type or value: {detail}";
    InvalidConfig: "invalid_config",
        "引擎配置{path}有误：{detail}",
        "Engine configuration {path} is invalid: {detail}";
    InvalidOfficeHours: "invalid_office_hours",
        "办公时间{path}有误（应为 \"09:00-12:00\" 形式，时段不得重叠）：{detail}",
        "Office hours {path} are invalid (expected \"09:00-12:00\" blocks that do not overlap): {detail}";
    InvalidOverlay: "invalid_overlay",
        "日历补充数据{path}有误：{detail}",
        "Calendar overlay {path} is invalid: {detail}";
    InvalidNotice: "invalid_notice",
        "{path}无法读取：{detail}。未读取任何日期，请核对粘贴的通知原文。",
        "The holiday notice {path} cannot be read: {detail}. No date was taken from it; check the text pasted.";
    InvalidRuleset: "invalid_ruleset",
        "规则集{path}有误：{detail}",
        "Ruleset {path} is invalid: {detail}";
    // Said in both languages in Chinese: a locale that cannot be read leaves the engine's
    // default (zh-CN), and the caller may have asked for English.
    InvalidLocale: "invalid_locale",
        "不支持的语言{detail}，可用 \"zh-CN\" 或 \"en\" / Unsupported locale {detail}; use \"zh-CN\" or \"en\"",
        "Unsupported locale {detail}; use \"zh-CN\" or \"en\"";
    InvalidColumns: "invalid_columns",
        "列式数据{path}有误：{detail}",
        "Columnar input {path} is invalid: {detail}";
    TooLarge: "too_large",
        "{path}超过上限：{detail}",
        "{path} exceeds the limit: {detail}";
    Internal: "internal",
        "内部错误（请报告）：{detail}",
        "Internal error (please report): {detail}";
}

/// An argument error: what went wrong (`code`), where in the argument (`path`) and what was
/// found there (`detail`). [`Error::message`] renders it for a reader.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    /// What went wrong; `code.as_str()` is the `code` a JS caller sees (`invalid_date` …).
    pub code: ErrorCode,
    /// Where in the argument the problem is, for example `config.calendar.years[0].holidays[2].from`.
    pub path: String,
    /// The offending value or the parser's own words, clipped.
    pub detail: String,
}

impl Error {
    /// An error of `code` at `path` (empty for the argument itself), with no detail yet.
    pub fn new(code: ErrorCode, path: &str) -> Self {
        Error {
            code,
            path: path.to_string(),
            detail: String::new(),
        }
    }

    /// Sets the detail. Rust escapes in it (`\u{a0}`, `\t` as the parser quotes a value) are
    /// read back first, tabs and line breaks as a space, so the masker sees the value as
    /// written (CASE-7).
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = unescaped(detail.into());
        self
    }

    /// The path as shown: a key the caller chose may itself be a phone number (CASE-7).
    pub fn masked_path(&self) -> String {
        crate::report::mask::mask_numbers(&self.path)
    }

    /// Prefixes the path, so nested parsers can report paths relative to themselves.
    pub fn under(mut self, prefix: &str) -> Self {
        self.path = join_path(prefix, &self.path);
        self
    }

    /// The message in `locale`: the code's template filled with the path (in Chinese, the
    /// field's label where it has one) and the detail (the JSON parser's words said plainly,
    /// and in Chinese translated). Numbers in both are masked (CASE-7).
    pub fn message(&self, locale: Locale) -> String {
        // A detail quotes what the caller passed; numbers in it may be IDs or phones (CASE-7).
        let detail = crate::report::mask::mask_numbers(&self.detail);
        messages::render(
            self.code.text(locale),
            &messages::path_shown(&self.masked_path(), locale),
            &messages::detail_text(&detail, locale),
        )
    }
}

/// The parser quotes a value with Rust's escapes (`"139\u{a0}8765\t4321"`): read back, so the
/// masker sees the value as written (CASE-7); tabs and line breaks read as a space.
fn unescaped(detail: String) -> String {
    if !detail.contains('\\') {
        return detail;
    }
    let mut out = String::with_capacity(detail.len());
    let mut rest = detail.as_str();
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let code = after
            .strip_prefix("u{")
            .and_then(|r| r.split_once('}'))
            .and_then(|(hex, tail)| {
                Some((char::from_u32(u32::from_str_radix(hex, 16).ok()?)?, tail))
            });
        match (code, after.chars().next()) {
            (Some((c, tail)), _) => {
                out.push(c);
                rest = tail;
            }
            (None, Some(c @ ('t' | 'n' | 'r'))) => {
                out.push(' ');
                rest = &after[c.len_utf8()..];
            }
            _ => {
                out.push('\\');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `path` under `prefix`: `prefix.path`, or `prefix[0]` when `path` starts with an index;
/// either one alone when the other is empty.
pub fn join_path(prefix: &str, path: &str) -> String {
    match (prefix.is_empty(), path.is_empty()) {
        (true, _) => path.to_string(),
        (_, true) => prefix.to_string(),
        _ if path.starts_with('[') => format!("{prefix}{path}"),
        _ => format!("{prefix}.{path}"),
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} at {}: {}",
            self.code.as_str(),
            self.path,
            self.message(Locale::En)
        )
    }
}

impl std::error::Error for Error {}

/// An error about a record, with the names the record's JSON text gives masked in its detail
/// and path: the parser may quote one (`invalid type: string "杨丽丽"`), CASE-7.
#[inline(never)]
pub fn error_names_masked(mut e: Error, json: &str) -> Error {
    if let Some(masker) = crate::report::mask::Masker::of_json(json) {
        // Numbers first, as in every other text: a number right after a masked name (张*1381…)
        // is no longer found once the name is masked (helper-70).
        e.detail = masker.text(&e.detail);
        e.path = masker.text(&e.path);
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    /// helper-70: a phone or ID number right after a name the input gives was shown whole.
    #[test]
    fn a_number_after_a_name_is_masked_in_an_error() {
        let json = r#"{"period":"张伟13812345678","staff":[{"id":"S1","name":"张伟"}]}"#;
        for (detail, number) in [
            (r#""张伟13812345678" (expected YYYY-MM)"#, "13812345678"),
            (
                r#""张伟11010519491231002X" (expected YYYY-MM)"#,
                "11010519491231002X",
            ),
        ] {
            let e = Error::new(ErrorCode::InvalidArgument, "input.period").detail(detail);
            let e = error_names_masked(e, json);
            for locale in [crate::messages::Locale::ZhCn, crate::messages::Locale::En] {
                let m = e.message(locale);
                assert!(!m.contains(number) && !m.contains("张伟"), "{m}");
                assert!(m.contains("张*"), "{m}");
            }
        }
    }

    /// Fifth review: an escaped echo hid a phone number and a name from the masker.
    #[test]
    fn escaped_echoes_are_read_back_and_masked() {
        let e = Error::new(ErrorCode::InvalidArgument, "score").detail(
            r#"invalid type: string "139\u{a0}8765\u{3000}4321\t张\u{200b}三", expected f64"#,
        );
        let m = e.message(crate::messages::Locale::En);
        assert!(
            m.contains("139 **** 4321") || m.contains("139\u{a0}****\u{3000}4321"),
            "{m}"
        );
        assert!(!m.contains("8765"), "{m}");
        assert_eq!(unescaped(r"a\\b \u{zz}".into()), r"a\\b \u{zz}");
    }
}
