//! Findings: what the rules found in a record. Each names its rule ID (REGULATIONS.md).

use serde::Serialize;

use crate::error::codes;
use crate::messages::{finding_text, path_shown, render, Locale};
use crate::report::mask::mask_numbers;
use crate::time::Minute;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

codes!(FindingCode {
    InvalidField = "invalid_field",
    UnknownCategory = "unknown_category",
    ConcludedBeforeReceived = "concluded_before_received",
    TimeInFuture = "time_in_future",
    StepBeforeReceipt = "step_before_receipt",
    PauseReasonMissing = "pause_reason_missing",
    PauseReasonUnknown = "pause_reason_unknown",
    PauseNoticeMissing = "pause_notice_missing",
    ReplyLate = "reply_late",
    CertificateLate = "certificate_late",
    SentUpUnrecorded = "sent_up_unrecorded",
    PauseInverted = "pause_inverted",
    StepInverted = "step_inverted",
    SupplementNoticeLate = "supplement_notice_late",
    ExtensionNotAllowed = "extension_not_allowed",
    ExtensionUnapproved = "extension_unapproved",
    LimitOverStatutory = "limit_over_statutory",
    ExtensionOverStatutory = "extension_over_statutory",
    CaseWarning = "case_warning",
    CaseOverdue = "case_overdue",
    DoneLate = "done_late",
    StepWarning = "step_warning",
    StepOverdue = "step_overdue",
    ProvisionalDeadline = "provisional_deadline",
    FieldMissing = "field_missing",
    TimeOutOfOrder = "time_out_of_order",
    FirstReceiverMissing = "first_receiver_missing",
    HandoverIncomplete = "handover_incomplete",
    AnswerMissing = "answer_missing",
    OutcomeUnknown = "outcome_unknown",
    ReasonMissing = "reason_missing",
    LegalBasisMissing = "legal_basis_missing",
    SupplementItemsAdded = "supplement_items_added",
    IdTypeUnknown = "id_type_unknown",
    IdLegacy15 = "id_legacy_15",
    IdFormat = "id_format",
    IdChecksum = "id_checksum",
    IdBirthDate = "id_birth_date",
    IdBirthInFuture = "id_birth_in_future",
    IdRegion = "id_region",
    IdLowercaseX = "id_lowercase_x",
    CreditCodeFormat = "credit_code_format",
    CreditCodeChecksum = "credit_code_checksum",
    MobileInvalid = "mobile_invalid",
    StateUnknown = "state_unknown",
    StateJump = "state_jump",
    CatalogFieldMissing = "catalog_field_missing",
    CatalogLimitOverStatutory = "catalog_limit_over_statutory",
    CatalogFeesContradict = "catalog_fees_contradict",
    FeedbackKindUnknown = "feedback_kind_unknown",
    RatingLevelUnknown = "rating_level_unknown",
    ComplaintVerifyLate = "complaint_verify_late",
    ComplaintUnresolved = "complaint_unresolved",
    ComplaintNoOutcome = "complaint_no_outcome",
    ComplaintNoReply = "complaint_no_reply",
    ComplaintCallbackMissing = "complaint_callback_missing",
    BadRatingVerifyLate = "bad_rating_verify_late",
    BadRatingUnrectified = "bad_rating_unrectified",
    BadRatingCallbackMissing = "bad_rating_callback_missing",
    RecordOutsidePeriod = "record_outside_period",
    UnknownWindow = "unknown_window",
    WindowEventUnknown = "window_event_unknown",
    WindowClosed = "window_closed",
    WindowHoursShort = "window_hours_short",
    TooFewWindows = "too_few_windows",
    QueueWaitOver = "queue_wait_over",
    TicketNotServed = "ticket_not_served",
    QueueHoursUnknown = "queue_hours_unknown",
    RightsNoticeMissing = "rights_notice_missing",
    HeadRecordMissing = "head_record_missing",
});

impl FindingCode {
    pub fn rule(self) -> &'static str {
        use FindingCode::*;
        match self {
            InvalidField
            | ConcludedBeforeReceived
            | TimeInFuture
            | StepBeforeReceipt
            | PauseInverted
            | StepInverted => "CASE-5",
            UnknownCategory => "DL-1",
            PauseReasonMissing | PauseReasonUnknown | PauseNoticeMissing => "DL-7",
            ReplyLate | SentUpUnrecorded => "DL-4",
            SupplementNoticeLate => "DL-6",
            ExtensionNotAllowed
            | ExtensionUnapproved
            | LimitOverStatutory
            | ExtensionOverStatutory
            | CertificateLate => "DL-5",
            CaseWarning | CaseOverdue | DoneLate | StepWarning | StepOverdue => "DL-9",
            ProvisionalDeadline => "CAL-2",
            FirstReceiverMissing | HandoverIncomplete | AnswerMissing => "CASE-1",
            OutcomeUnknown | ReasonMissing | LegalBasisMissing | RightsNoticeMissing => "CASE-2",
            SupplementItemsAdded => "CASE-3",
            IdTypeUnknown | IdLegacy15 | IdFormat | IdChecksum | IdBirthDate | IdBirthInFuture
            | IdRegion | IdLowercaseX | CreditCodeFormat | CreditCodeChecksum | MobileInvalid => {
                "CASE-4"
            }
            FieldMissing | TimeOutOfOrder | StateUnknown | StateJump => "CASE-5",
            CatalogFieldMissing | CatalogLimitOverStatutory | CatalogFeesContradict => "CASE-6",
            FeedbackKindUnknown
            | ComplaintVerifyLate
            | ComplaintUnresolved
            | ComplaintNoOutcome
            | ComplaintNoReply
            | ComplaintCallbackMissing => "SUP-1",
            RatingLevelUnknown
            | BadRatingVerifyLate
            | BadRatingUnrectified
            | BadRatingCallbackMissing => "SUP-2",
            RecordOutsidePeriod => "SUP-3",
            UnknownWindow | WindowEventUnknown | WindowClosed | WindowHoursShort
            | TooFewWindows => "DL-10",
            QueueWaitOver | TicketNotServed | QueueHoursUnknown => "SUP-4",
            HeadRecordMissing => "SUP-6",
        }
    }

    pub fn severity(self) -> Severity {
        use FindingCode::*;
        match self {
            CaseWarning | StepWarning | ProvisionalDeadline | IdLowercaseX | StepBeforeReceipt
            | QueueWaitOver | TicketNotServed | QueueHoursUnknown | RecordOutsidePeriod
            | PauseReasonMissing | PauseReasonUnknown | PauseNoticeMissing
            | SupplementNoticeLate | SentUpUnrecorded => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

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

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub code: &'static str,
    pub severity: Severity,
    pub path: String,
    pub message: String,
    /// How the message was made, kept so that it can be rendered again when the path is
    /// translated into a portal's own field names or names in the detail are masked.
    #[serde(skip)]
    pub template: Option<Box<Template>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Template {
    pub text: &'static str,
    pub detail: String,
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
        let template = finding_text(code, locale);
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
        let labelled = !locale.is_english() && crate::messages::label_zh(&path).is_some();
        let shown_path = path_shown(&path, locale).into_owned();
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

    pub fn new(code: FindingCode, path: &str, detail: &str, locale: Locale) -> Finding {
        Finding::with_template(
            code.rule(),
            code.as_str(),
            code.severity(),
            path,
            finding_text(code, locale),
            detail,
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
            crate::messages::error_text(err.code, locale),
            &crate::messages::detail_text(&err.detail, locale),
            locale,
        )
    }

    /// Masks the names a record gave wherever this finding echoes them (CASE-7): in the detail
    /// and in a path the caller chose, never in the engine's own words.
    pub fn mask_names(&mut self, masker: &crate::report::mask::Masker) {
        if masker.is_empty() {
            return;
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
