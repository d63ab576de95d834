//! Findings: what the rules found in a record. Each names its rule ID (REGULATIONS.md).

use serde::Serialize;

use crate::messages::{path_labelled, path_shown, render, Locale};
use crate::report::mask::mask_numbers;
use crate::time::Minute;

/// How serious a finding is (`"error"` or `"warning"` in JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, tsify::Tsify)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// A rule is broken, or a field cannot be read; a case validation with one is not `valid`.
    Error,
    /// Something to check or to record (a yellow card, a provisional due date, a record left
    /// out); it does not make a case validation invalid.
    Warning,
}

mod codes;
pub use codes::FindingCode;

/// `rule` as one of the rule IDs of REGULATIONS.md (`con-2 ` reads as `CON-2`), or `None`.
pub fn known_rule(rule: &str) -> Option<&'static str> {
    let rule = rule.trim().to_ascii_uppercase();
    RULE_IDS.iter().copied().find(|id| *id == rule)
}

const RULE_IDS: &[&str] = &[
    "DL-1", "DL-2", "DL-3", "DL-4", "DL-5", "DL-6", "DL-7", "DL-8", "DL-9", "DL-10", "CAL-1",
    "CAL-2", "CAL-3", "CAL-4", "CAL-5", "CASE-1", "CASE-2", "CASE-3", "CASE-4", "CASE-5", "CASE-6",
    "CASE-7", "CON-1", "CON-2", "CON-3", "CON-4", "CON-5", "CON-6", "CON-7", "CON-8", "CON-9",
    "SUP-1", "SUP-2", "SUP-3", "SUP-4", "SUP-5", "SUP-6",
];

/// One thing a rule found in a record: the rule, a stable code, how serious it is, where in
/// the record, and a message for the clerk in the engine's locale.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
pub struct Finding {
    /// The rule ID of REGULATIONS.md the finding applies, for example `DL-9`.
    pub rule: &'static str,
    /// The stable snake_case code, for example `case_overdue`: a [`FindingCode`], a conduct
    /// code, or, for a field that could not be read, the error code.
    pub code: &'static str,
    /// How serious the finding is.
    pub severity: Severity,
    /// Where in the record, for example `steps[0].completedAt`; empty for the record as a
    /// whole. A path with 7 or more ASCII digits has its numbers masked (CASE-7).
    pub path: String,
    /// The message: the code's template with the path (in zh-CN, its Chinese label when the
    /// engine has one) and the detail filled in.
    pub message: String,
    /// How the message was made, kept so that it can be rendered again when the path is
    /// translated into a portal's own field names or names in the detail are masked.
    #[serde(skip)]
    pub template: Option<Box<Template>>,
}

/// How a finding's message was made, kept so that it can be rendered again (see
/// `Finding::mask_names` and `Finding::rename_paths`).
#[derive(Clone, Debug, PartialEq)]
pub struct Template {
    /// The message template, with `{path}` and `{detail}` to fill in.
    pub text: &'static str,
    /// What fills `{detail}`. Quoted from a record, its numbers are already masked (CASE-7).
    pub detail: String,
    /// The locale of `text` and of the message.
    pub locale: Locale,
    /// The path as the message shows it: its Chinese label, or the path itself.
    pub shown_path: String,
    /// Whether `shown_path` is the engine's own label (not a key the caller chose).
    pub labelled: bool,
    /// Whether the detail is the engine's own writing (a time it computed), which quotes
    /// nothing a record gave and so has nothing to mask.
    pub engine_detail: bool,
}

impl Finding {
    /// A finding from its parts: the rule ID, the code, the severity, the path in the record,
    /// a message template with `{path}` and `{detail}`, and the detail. The numbers in
    /// `detail` are masked, and those of a path with 7 or more ASCII digits (CASE-7); names
    /// are masked later, by [`Finding::mask_names`].
    pub fn with_template(
        rule: &'static str,
        code: &'static str,
        severity: Severity,
        path: &str,
        template: &'static str,
        detail: &str,
        locale: Locale,
    ) -> Finding {
        // A detail quotes what the record held; numbers in it may be IDs or phones (CASE-7).
        let detail = mask_numbers(detail);
        Finding::rendered(
            (rule, code, severity),
            path,
            template,
            detail,
            locale,
            false,
        )
    }

    /// A finding whose detail is a moment the engine computed (a due time), written by the
    /// engine: it quotes nothing from the record, so it is neither scanned for numbers nor
    /// for names (CASE-7) — the common findings of a batch cost no masking.
    pub fn at_time(code: FindingCode, path: &str, at: Minute, locale: Locale) -> Finding {
        let kind = (code.rule(), code.as_str(), code.severity());
        let template = code.text(locale);
        Finding::rendered(kind, path, template, at.wall_text(), locale, true)
    }

    fn rendered(
        (rule, code, severity): (&'static str, &'static str, Severity),
        path: &str,
        template: &'static str,
        detail: String,
        locale: Locale,
        engine_detail: bool,
    ) -> Finding {
        // A path may hold a key the record gave (`checklist.13812345678`) or a step's name.
        let path = if path.bytes().filter(u8::is_ascii_digit).count() >= 7 {
            mask_numbers(path)
        } else {
            path.to_string()
        };
        let (shown_path, labelled) = path_labelled(&path, locale);
        let shown_path = shown_path.into_owned();
        Finding {
            rule,
            code,
            severity,
            message: render(template, &shown_path, &detail),
            path,
            template: Some(Box::new(Template {
                text: template,
                detail,
                locale,
                shown_path,
                labelled,
                engine_detail,
            })),
        }
    }

    /// The finding `code` at `path`: the code's rule, severity and template in `locale`, with
    /// `detail` filled in. The numbers in `detail` are masked (CASE-7), as in
    /// [`Finding::with_template`].
    pub fn new(code: FindingCode, path: &str, detail: &str, locale: Locale) -> Finding {
        Finding::with_template(
            code.rule(),
            code.as_str(),
            code.severity(),
            path,
            code.text(locale),
            detail,
            locale,
        )
    }

    /// A record that could not be read at all (`invalid_record`): the parser's error, at the
    /// field where it stopped, becomes the record's one finding.
    pub fn unreadable_record(err: &crate::error::Error, locale: Locale) -> Finding {
        let code = FindingCode::InvalidRecord;
        let placed = !locale.is_english()
            && crate::messages::label_zh(&err.path).is_some_and(|l| l.starts_with('第'));
        let template = match placed {
            true => codes::INVALID_RECORD_PLACED_ZH,
            false => code.text(locale),
        };
        Finding::with_template(
            code.rule(),
            code.as_str(),
            code.severity(),
            &err.path,
            template,
            &crate::messages::detail_text(&err.detail, locale),
            locale,
        )
    }

    /// A record field that could not be read: the argument error becomes that record's finding.
    pub fn from_error(err: &crate::error::Error, locale: Locale) -> Finding {
        Finding::with_template(
            FindingCode::InvalidField.rule(),
            err.code.as_str(),
            FindingCode::InvalidField.severity(),
            &err.path,
            err.code.text(locale),
            &crate::messages::detail_text(&err.detail, locale),
            locale,
        )
    }

    /// Whether this finding may quote what a record gave, where [`Finding::mask_names`] looks
    /// for names: in a path the engine could not label, or in a detail the record wrote. One at
    /// a labelled path whose detail is empty or the engine's own (a time it computed) quotes
    /// nothing: masking it changes nothing, and a batch of such findings needs no masker.
    pub fn may_quote_record(&self) -> bool {
        !matches!(&self.template, Some(t) if t.labelled && (t.engine_detail || t.detail.is_empty()))
    }

    /// Masks the names a record gave wherever this finding echoes them (CASE-7): in the detail
    /// and in a path the caller chose, never in the engine's own words.
    pub fn mask_names(&mut self, masker: &crate::report::mask::Masker) {
        if masker.is_empty() || !self.may_quote_record() {
            return;
        }
        // A path the engine cannot label holds a key the record chose (`checklist.张伟`), and
        // the key may be a name: masked as the message's copy of it is (helper-70).
        if !self.template.as_ref().is_some_and(|t| t.labelled) {
            self.path = masker.names_in(std::mem::take(&mut self.path));
        }
        match &mut self.template {
            Some(t) if t.engine_detail && t.labelled => {}
            Some(t) => {
                // The detail's numbers were masked when the finding was made; only names remain.
                if !t.engine_detail {
                    t.detail = masker.names_in(std::mem::take(&mut t.detail));
                }
                if !t.labelled {
                    t.shown_path = masker.names_in(std::mem::take(&mut t.shown_path));
                }
                self.message = render(t.text, &t.shown_path, &t.detail);
            }
            None => self.message = masker.names_in(std::mem::take(&mut self.message)),
        }
    }

    /// Renames the path, and the engine paths named in the detail, with `rename`; the message
    /// is rendered again from its template, so no other words change. A field with a Chinese
    /// label keeps it in a Chinese message.
    pub fn rename_paths(&mut self, rename: impl Fn(&str) -> String) {
        let engine_path = std::mem::take(&mut self.path);
        self.path = rename(&engine_path);
        if let Some(t) = &mut self.template {
            let renamed: Vec<String> = t
                .detail
                .split(' ')
                .map(|token| {
                    if token.is_empty() {
                        String::new()
                    } else {
                        rename(token)
                    }
                })
                .collect();
            t.detail = renamed.join(" ");
            if !t.labelled {
                t.shown_path = path_shown(&self.path, t.locale).into_owned();
            } else if self.path != engine_path {
                // The clerk reads the label, the portal's developer finds the field.
                if let Some(label) = crate::messages::label_zh(&engine_path) {
                    t.shown_path = format!("{label}（{}）", self.path);
                }
            }
            self.message = render(t.text, &t.shown_path, &t.detail);
        }
    }
}
