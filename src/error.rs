//! Argument errors: what a caller passed could not be used at all. A JS caller sees each as an
//! `Error` with `code`, `path` and a `message` in the engine's locale.

use crate::messages::{self, Locale};

macro_rules! codes {
    ($name:ident { $($variant:ident = $text:literal,)* }) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }
        }
    };
}
pub(crate) use codes;

codes!(ErrorCode {
    InvalidDate = "invalid_date",
    InvalidInstant = "invalid_instant",
    InvalidClock = "invalid_clock",
    DateOutOfRange = "date_out_of_range",
    InvalidArgument = "invalid_argument",
    InvalidConfig = "invalid_config",
    InvalidOfficeHours = "invalid_office_hours",
    InvalidOverlay = "invalid_overlay",
    InvalidNotice = "invalid_notice",
    InvalidRuleset = "invalid_ruleset",
    InvalidLocale = "invalid_locale",
    InvalidColumns = "invalid_columns",
    TooLarge = "too_large",
    Internal = "internal",
});

#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    pub code: ErrorCode,
    /// Where in the argument the problem is, for example `config.calendar.years[0].holidays[2].from`.
    pub path: String,
    /// The offending value or the parser's own words, clipped.
    pub detail: String,
}

impl Error {
    pub fn new(code: ErrorCode, path: &str) -> Self {
        Error {
            code,
            path: path.to_string(),
            detail: String::new(),
        }
    }

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

    pub fn message(&self, locale: Locale) -> String {
        // A detail quotes what the caller passed; numbers in it may be IDs or phones (CASE-7).
        let detail = crate::report::mask::mask_numbers(&self.detail);
        messages::render(
            messages::error_text(self.code, locale),
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

#[cfg(test)]
mod tests {
    use super::*;

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
