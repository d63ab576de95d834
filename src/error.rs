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
        self.detail = detail.into();
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
            &self.masked_path(),
            &messages::detail_text(&detail, locale),
        )
    }
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
