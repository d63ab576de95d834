//! Every finding code in one table: its code, rule ID (REGULATIONS.md), severity, and its
//! zh-CN and English text side by side, one section per capability (a capability's section is
//! built only with its cargo feature). Adding a finding is one row here; its rule leads to
//! its tests through the README's rule table.
//!
//! Texts take `{path}` (where) and `{detail}` (what was found): what is wrong, then what to do.

use super::Severity;
use crate::messages::{pick, Locale};

/// One enum from the sections of rows below: `Variant: "code", "RULE-ID", Severity, zh, en;`.
macro_rules! finding_codes {
    ($( [$cfg:meta] { $( $variant:ident: $code:literal, $rule:literal, $severity:ident, $zh:literal, $en:literal; )* } )*) => {
        /// A finding the engine can report, each one row of the table in `src/finding/codes.rs`:
        /// its code, rule ID, severity and texts. The codes of a capability exist only with its
        /// cargo feature (`validation`, `supervision`). Each variant's doc is its rule ID and
        /// English text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum FindingCode { $( $( #[cfg($cfg)] #[doc = $rule] #[doc = ""] #[doc = $en] $variant, )* )* }

        impl FindingCode {
            /// Every code of this build.
            pub const ALL: &'static [FindingCode] = &[$( $( #[cfg($cfg)] FindingCode::$variant, )* )*];

            /// The stable snake_case code, for example `case_overdue` (a finding's `code`).
            pub fn as_str(self) -> &'static str {
                match self { $( $( #[cfg($cfg)] FindingCode::$variant => $code, )* )* }
            }

            /// The rule ID of REGULATIONS.md the finding applies.
            pub fn rule(self) -> &'static str {
                match self { $( $( #[cfg($cfg)] FindingCode::$variant => $rule, )* )* }
            }

            /// How serious a finding with this code is.
            pub fn severity(self) -> Severity {
                match self { $( $( #[cfg($cfg)] FindingCode::$variant => Severity::$severity, )* )* }
            }

            /// The message template in `locale`.
            pub fn text(self, locale: Locale) -> &'static str {
                let (zh, en) = match self { $( $( #[cfg($cfg)] FindingCode::$variant => ($zh, $en), )* )* };
                pick(locale, zh, en)
            }
        }
    };
}

/// `invalid_record` in Chinese where the path names the record by its place (第1件办件, 第2个环节的
/// 完成时间): "记录" before it said it twice (记录第1件办件无法读取).
pub const INVALID_RECORD_PLACED_ZH: &str =
    "{path}无法读取：{detail}。该条记录未判定，请更正后重新提交。";

#[rustfmt::skip]
finding_codes! {
    // Any record: times that cannot be right, fields that cannot be read (CASE-5), a due
    // time past the calendar's data (CAL-2).
    [all()] {
        // A record that cannot be read at all: one code in every capability (conduct's
        // `invalid_record` is the same code under CON-1).
        InvalidRecord: "invalid_record", "CASE-5", Error,
            "记录{path}无法读取：{detail}。该条记录未判定，请更正后重新提交。",
            "Record {path} cannot be read: {detail}. It was not assessed; correct it and submit again.";
        InvalidField: "invalid_field", "CASE-5", Error,
            "{path}无法识别：{detail}。请更正该字段后重新提交。",
            "{path} cannot be read: {detail}. Correct the field and submit again.";
        TimeInFuture: "time_in_future", "CASE-5", Error,
            "{path}晚于当前时间（{detail}）。请核对录入的时间。",
            "{path} lies in the future ({detail}). Check the time entered.";
        TimeOutOfOrder: "time_out_of_order", "CASE-5", Error,
            "时间先后顺序不对：{detail}。请核对录入的时间。",
            "Times are out of order: {detail}. Check the times entered.";
        ProvisionalDeadline: "provisional_deadline", "CAL-2", Warning,
            "到期日{detail}超出已公布的节假日安排，属暂定结果：已按《全国年节及纪念日放假办法》计入法定节假日，但当年调休尚未公布；国务院通知公布后请加载新年度日历，到期日可能随之变化。",
            "The due date {detail} lies past the published holiday notices and is provisional: the statutory holidays are counted, but that year's swapped working days are not yet published; load the new year's calendar once the State Council notice appears, and the due date may move.";
    }
    // Deadlines (DL-1..9) and the deadline record's own times (CASE-5).
    [all()] {
        UnknownCategory: "unknown_category", "DL-1", Error,
            "办件类型“{detail}”无法识别。请使用即办件、承诺件、联办件、上报件或许可件。",
            "Case category \"{detail}\" is unknown. Use immediate, promised, joint, escalated or licensing.";
        ConcludedBeforeReceived: "concluded_before_received", "CASE-5", Error,
            "办结时间早于收件时间（{detail}）。请核对两个时间。",
            "The case is concluded before it was received ({detail}). Check both times.";
        StepBeforeReceipt: "step_before_receipt", "CASE-5", Warning,
            "环节开始时间早于收件时间（{detail}）。请核对环节时间。",
            "The step starts before the case was received ({detail}). Check the step's times.";
        PauseReasonMissing: "pause_reason_missing", "DL-7", Warning,
            "暂停计时未注明事由，这段时间仍计入办理时限。可不计入的只有等待申请人补正材料的时间，以及《行政许可法》第四十五条规定的听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审等特别程序所需时间；请补录事由并书面告知申请人。",
            "A pause has no reason, so that time still counts toward the limit. Only the wait for the applicant's supplements, and the special procedures of Administrative Licensing Law art. 45 (hearing, tender, auction, inspection, testing, quarantine, appraisal, expert review), may stop the clock: record the reason and notify the applicant in writing.";
        PauseReasonUnknown: "pause_reason_unknown", "DL-7", Warning,
            "暂停事由“{detail}”不在可扣除时限的事由之列，该段时间仍应计入办理时限。",
            "Pause reason \"{detail}\" is not one that stops the clock; that time still counts toward the limit.";
        PauseNoticeMissing: "pause_notice_missing", "DL-7", Warning,
            "暂停计时未记录书面告知申请人的时间（《行政许可法》第四十五条）。请补录告知时间。",
            "The pause has no record of the written notice to the applicant (Administrative Licensing Law art. 45). Record when the applicant was told.";
        ReplyLate: "reply_late", "DL-4", Error,
            "上级答复后未在时限内答复申请人（应于{detail}前）。请立即答复。",
            "The applicant was not answered in time after the higher level replied (due {detail}). Answer now.";
        CertificateLate: "certificate_late", "DL-5", Error,
            "作出准予行政许可决定后，未在时限内颁发、送达许可证件（应于{detail}前，《行政许可法》第四十四条）。请尽快颁发、送达。",
            "After the decision to grant the licence, the licence was not issued and delivered in time (due {detail}; Administrative Licensing Law art. 44). Issue and deliver it now.";
        SentUpUnrecorded: "sent_up_unrecorded", "DL-4", Warning,
            "上报时间未记录（办结时间为空），但上级已于{detail}答复，可知已上报；按已按时上报处理，未判超期。请补录上报时间。",
            "The time the case was sent up is not recorded (no concludedAt), but the higher level answered at {detail}, so it was sent up; it is taken as sent up in time and not judged late. Record the time it was sent up.";
        PauseInverted: "pause_inverted", "CASE-5", Error,
            "暂停的结束时间早于开始时间（{detail}）。请核对。",
            "The pause ends before it starts ({detail}). Check it.";
        StepInverted: "step_inverted", "CASE-5", Error,
            "环节的完成时间早于开始时间（{detail}）。请核对。",
            "The step is completed before it starts ({detail}). Check it.";
        SupplementNoticeLate: "supplement_notice_late", "DL-6", Warning,
            "补正告知晚于收件后{detail}。依《行政许可法》第三十二条，逾期不告知的，自收到申请材料之日起即为受理，等待补正的时间不再中止计时；今后应当场或在期限内一次性告知全部补正内容。",
            "The request for supplements came later than {detail} after receipt. Under Administrative Licensing Law art. 32 the case counts as accepted from the day it was received, so the wait for supplements does not stop the clock; ask for all missing items at once, on the spot or within the limit.";
        ExtensionNotAllowed: "extension_not_allowed", "DL-5", Error,
            "该类办件不能延长办理时限（只有行政许可可以延期），该延期不予认可，仍按原办理时限计算。",
            "This category cannot be extended (only licensing cases can): the extension is not recognised and the original limit stands.";
        ExtensionUnapproved: "extension_unapproved", "DL-5", Error,
            "延长办理时限须经本行政机关负责人批准并说明理由，缺少：{detail}。该延期不予认可，仍按原办理时限计算。",
            "An extension needs the head's approval and a stated reason; missing: {detail}. The extension is not recognised: the original limit stands.";
        LimitOverStatutory: "limit_over_statutory", "DL-5", Error,
            "承诺时限（{detail}）超过法定时限。请按法定时限办理，并更正事项的承诺时限。",
            "The committed limit ({detail}) exceeds the statutory limit. Work to the statutory limit and correct the item's committed limit.";
        ExtensionOverStatutory: "extension_over_statutory", "DL-5", Error,
            "延长的期限（{detail}）超过法定可延长的期限（《行政许可法》第四十二条）。延期已按批准计入，请核查该批准。",
            "The extension ({detail}) exceeds what the Administrative Licensing Law allows (art. 42). It is counted as approved; check the approval.";
        CaseWarning: "case_warning", "DL-9", Warning,
            "办件即将到期（{detail}），黄牌预警。请优先办理。",
            "The case is due soon ({detail}): yellow card. Give it priority.";
        CaseOverdue: "case_overdue", "DL-9", Error,
            "办件已超期（{detail}），红牌。请立即办结并说明原因。",
            "The case is overdue ({detail}): red card. Conclude it now and state why.";
        DoneLate: "done_late", "DL-9", Error,
            "办件超期办结（{detail}）。请查明超期原因，依规认定责任。",
            "The case was concluded late ({detail}). Establish why, and who is responsible under the rules.";
        StepWarning: "step_warning", "DL-9", Warning,
            "环节{path}即将到期（{detail}）。",
            "Step \"{path}\" is due soon ({detail}).";
        StepOverdue: "step_overdue", "DL-9", Error,
            "环节{path}超出环节时限（{detail}），即使整个办件尚未超期。请督促该环节。",
            "Step \"{path}\" has overrun its own limit ({detail}), even if the case as a whole is on time. Chase that step.";
    }
    // Case validation (CASE-1..6).
    [feature = "validation"] {
        FieldMissing: "field_missing", "CASE-5", Error,
            "缺少必填项{path}。请补录后再提交。",
            "Required field {path} is missing. Fill it in before submitting.";
        FirstReceiverMissing: "first_receiver_missing", "CASE-1", Error,
            "未登记首问责任人。按首问负责制，请填写第一位接待该办件的工作人员。",
            "No first receiver is named. Under the first-contact responsibility rule, record the first staff member who received the case.";
        HandoverIncomplete: "handover_incomplete", "CASE-1", Error,
            "{path}不完整，缺少：{detail}。请写明由谁接办、何时接办。",
            "Hand-over {path} is incomplete; missing: {detail}. Record who took the case over and when.";
        AnswerMissing: "answer_missing", "CASE-1", Error,
            "办件已办结但没有明确答复。请填写给申请人的答复。",
            "The case is concluded without a clear answer. Record the answer given to the applicant.";
        OutcomeUnknown: "outcome_unknown", "CASE-2", Error,
            "办理结果“{detail}”无法识别。请使用准予、不予许可、不予受理或退回。",
            "Outcome \"{detail}\" is unknown. Use approved, denied, not_accepted or returned.";
        ReasonMissing: "reason_missing", "CASE-2", Error,
            "不能办理的办件（不予受理、不予许可、不予办理或退回）必须说明理由。请填写理由并告知申请人。",
            "A case that cannot be handled (refused, denied or returned) must state the reason. Record it and tell the applicant.";
        LegalBasisMissing: "legal_basis_missing", "CASE-2", Error,
            "不予受理、不予许可或不予办理的，不论办件类型，都须写明法律依据（《行政许可法》第三十二条、第三十八条）。请补充依据。",
            "A refusal, in any category, must cite its legal basis (Administrative Licensing Law arts. 32, 38). Add the basis.";
        SupplementItemsAdded: "supplement_items_added", "CASE-3", Error,
            "再次要求补正的材料（{detail}）不在第一次告知之列，违反一次性告知。应在第一次就告知全部所需材料。",
            "The later request for supplements asks for items not in the first one ({detail}): this breaks the one-time notice. All missing items must be listed at once.";
        // A warning (helper-31): CASE-4 sets checks for the resident ID only; a document the
        // engine cannot check (外国人永久居留身份证, say) is not an error of the record.
        IdTypeUnknown: "id_type_unknown", "CASE-4", Warning,
            "证件类型“{detail}”无法识别，证件号码未校验。如为居民身份证、护照、港澳居民来往内地通行证或台湾居民来往大陆通行证，请按此填写。",
            "ID type \"{detail}\" is unknown, so the ID number was not checked. For a resident ID, passport or Hong Kong/Macao or Taiwan permit, use resident_id, passport, hk_macao_permit or taiwan_permit.";
        IdLegacy15: "id_legacy_15", "CASE-4", Error,
            "这是15位旧身份证号码，已停止使用。请申请人出示18位第二代居民身份证。",
            "This is a retired 15-digit ID number. Ask for the 18-digit second-generation card.";
        IdFormat: "id_format", "CASE-4", Error,
            "证件号码格式不对。请对照证件重新录入。",
            "The ID number has the wrong format. Re-enter it from the document.";
        IdChecksum: "id_checksum", "CASE-4", Error,
            "身份证号码校验位不符（GB 11643），可能录错了一位。请对照证件逐位核对。",
            "The ID number fails its check digit (GB 11643): a digit is probably mistyped. Check it digit by digit.";
        IdBirthDate: "id_birth_date", "CASE-4", Error,
            "身份证号码中的出生日期不存在。请核对证件。",
            "The birth date inside the ID number does not exist. Check the document.";
        IdBirthInFuture: "id_birth_in_future", "CASE-4", Error,
            "身份证号码中的出生日期晚于今天。请核对证件。",
            "The birth date inside the ID number is in the future. Check the document.";
        IdRegion: "id_region", "CASE-4", Error,
            "身份证号码的行政区划代码不合理。请核对前六位。",
            "The ID number's region code is implausible. Check the first six digits.";
        IdLowercaseX: "id_lowercase_x", "CASE-4", Warning,
            "身份证号码末位应为大写 X。",
            "The ID number's last character should be an upper-case X.";
        CreditCodeFormat: "credit_code_format", "CASE-4", Error,
            "统一社会信用代码格式不对（应为18位，不含 I、O、Z、S、V）。请对照营业执照录入。",
            "The unified social credit code has the wrong format (18 characters, no I, O, Z, S or V). Copy it from the licence.";
        CreditCodeChecksum: "credit_code_checksum", "CASE-4", Error,
            "统一社会信用代码校验位不符（GB 32100）。请对照营业执照逐位核对。",
            "The unified social credit code fails its check character (GB 32100). Check it character by character.";
        MobileInvalid: "mobile_invalid", "CASE-4", Error,
            "手机号码不正确（应为1开头的11位数字）。请向申请人核实。",
            "The mobile number is invalid (11 digits starting with 1). Confirm it with the applicant.";
        StateUnknown: "state_unknown", "CASE-5", Error,
            "办件状态“{detail}”无法识别。",
            "Case state \"{detail}\" is unknown.";
        StateJump: "state_jump", "CASE-5", Error,
            "办件状态跳步：{detail}。应依次经过收件、受理（或不予受理、补正告知）、办理、办结、评价。",
            "The case skips required states: {detail}. It must go received, accepted (or refused, or supplement notice), processing, concluded, rated.";
        CatalogFieldMissing: "catalog_field_missing", "CASE-6", Error,
            "事项未公开{path}。办事公开要求公布设定依据、办理流程、申请材料、承诺时限和收费标准。",
            "The item does not publish {path}. Disclosure requires the basis, procedure, materials, committed limit and fees.";
        CatalogLimitOverStatutory: "catalog_limit_over_statutory", "CASE-6", Error,
            "承诺时限超过法定时限（{detail}）。请缩短承诺时限。",
            "The committed limit exceeds the statutory one ({detail}). Shorten it.";
        CatalogFeesContradict: "catalog_fees_contradict", "CASE-6", Error,
            "事项标注为免费，却列有收费项目。请更正收费信息。",
            "The item says it is free but lists charges. Correct the fees.";
        RightsNoticeMissing: "rights_notice_missing", "CASE-2", Error,
            "不予受理、不予许可或不予办理时，须告知申请人依法申请行政复议或者提起行政诉讼的权利（《行政许可法》第三十八条）。请补充告知并记录。",
            "A refusal must tell the applicant of the right to apply for administrative review or to sue (Administrative Licensing Law art. 38). Give the notice and record it.";
    }
    // Supervision (SUP-1..6) and windows (DL-10).
    [feature = "supervision"] {
        FeedbackKindUnknown: "feedback_kind_unknown", "SUP-1", Error,
            "记录类型“{detail}”无法识别，应为投诉（complaint）或评价（rating）。",
            "Record kind \"{detail}\" is unknown; use complaint or rating.";
        RatingLevelUnknown: "rating_level_unknown", "SUP-2", Error,
            "评价等级“{detail}”无法识别，应为非常满意、满意、基本满意、不满意、非常不满意（或5至1）。",
            "Rating level \"{detail}\" is unknown; use 1–5 or the five levels of the good-and-bad rating scheme.";
        ComplaintVerifyLate: "complaint_verify_late", "SUP-1", Error,
            "投诉未在时限内核实（应于{detail}前）。请立即核实。",
            "The complaint was not verified in time (due {detail}). Verify it now.";
        ComplaintUnresolved: "complaint_unresolved", "SUP-1", Error,
            "投诉未在时限内办结（应于{detail}前）。请落实处理结果，做到件件有着落。",
            "The complaint was not resolved in time (due {detail}). Settle it: every complaint needs an outcome.";
        ComplaintNoOutcome: "complaint_no_outcome", "SUP-1", Error,
            "投诉已答复但没有处理结果。请记录处理结果。",
            "The complaint was answered without an outcome. Record the outcome.";
        ComplaintNoReply: "complaint_no_reply", "SUP-1", Error,
            "投诉逾期未答复投诉人。请答复，做到事事有回音。",
            "The complainant has had no reply past the limit. Reply: every complaint needs an answer.";
        ComplaintCallbackMissing: "complaint_callback_missing", "SUP-1", Error,
            "实名投诉人尚未回访。实名投诉回访率应为100%。",
            "The named complainant has not been called back; the call-back rate must be 100%.";
        BadRatingVerifyLate: "bad_rating_verify_late", "SUP-2", Error,
            "差评未在时限内核实（应于{detail}前）。请立即核实。",
            "The bad rating was not verified in time (due {detail}). Verify it now.";
        BadRatingUnrectified: "bad_rating_unrectified", "SUP-2", Error,
            "差评未在时限内整改（应于{detail}前）。请整改并记录。",
            "The bad rating was not rectified in time (due {detail}). Fix the cause and record it.";
        BadRatingCallbackMissing: "bad_rating_callback_missing", "SUP-2", Error,
            "实名差评尚未回访。请回访评价人并记录。",
            "The named bad rater has not been called back. Call back and record it.";
        RecordOutsidePeriod: "record_outside_period", "SUP-3", Warning,
            "{path}{detail}不在本期内，已略去。",
            "{path} ({detail}) is outside the period; it is left out.";
        UnknownWindow: "unknown_window", "DL-10", Error,
            "窗口“{detail}”不在窗口清单中。",
            "Window \"{detail}\" is not in the list of windows.";
        WindowEventUnknown: "window_event_unknown", "DL-10", Error,
            "窗口事件“{detail}”无法识别，应为 open 或 close。",
            "Window event \"{detail}\" is unknown; use open or close.";
        WindowClosed: "window_closed", "DL-10", Error,
            "窗口在公布的办公时间内关闭且无AB岗顶岗：{detail}。窗口不得因开会、学习、检查等内部事务关闭。",
            "A window closed during its published hours with no AB-post cover: {detail}. Windows may not close for meetings, study or inspections.";
        WindowHoursShort: "window_hours_short", "DL-10", Error,
            "窗口公布的办公时间未覆盖大厅标准办公时段（{detail}）。请按标准时间公布并开窗。",
            "The window's published hours do not cover the hall's standard hours ({detail}). Publish and keep the standard hours.";
        TooFewWindows: "too_few_windows", "DL-10", Error,
            "同类窗口开放数量不足：{detail}。请增开窗口或调配AB岗。",
            "Too few windows of a type are open: {detail}. Open more or bring in AB posts.";
        QueueWaitOver: "queue_wait_over", "SUP-4", Warning,
            "排队等候超过时限：{detail}。请增开窗口或引导分流。",
            "A queue wait exceeded the limit: {detail}. Open more windows or redirect the queue.";
        TicketNotServed: "ticket_not_served", "SUP-4", Warning,
            "取号后未被叫号办理：{detail}（按等候至下班或当前时间计）。请核实原因并联系群众。",
            "A ticket was never called: {detail} (counted as waiting until closing time, or now if earlier). Find out why and contact the person.";
        QueueHoursUnknown: "queue_hours_unknown", "SUP-4", Warning,
            "按日历当日不办公，且未给出当日办公时间，{detail}张排队号未评估等候时长。如当日有周末或延时服务，请传入当日的办公时间后再评估。",
            "The calendar has the hall closed that day and no standardHours were given, so the waits of {detail} tickets were not assessed. If the hall served that day (weekend or extended service), pass that day's hours to assess them.";
        HeadRecordMissing: "head_record_missing", "SUP-6", Error,
            "{detail}没有主任坐班的现场服务考评记载。负责人应每个工作日在岗，逐日按人记载。",
            "No on-site record by the head for {detail}. The head is on site every working day and records each person daily.";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every finding and error code has both texts; the English one has no Chinese in it, the
    /// Chinese one no digit spaced from a Chinese character it counts (issue 20).
    #[test]
    fn every_code_speaks_both_languages() {
        let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
        let texts = FindingCode::ALL
            .iter()
            .map(|&c| (c.text(Locale::ZhCn), c.text(Locale::En)))
            .chain(
                crate::error::ErrorCode::ALL
                    .iter()
                    .map(|&c| (c.text(Locale::ZhCn), c.text(Locale::En))),
            );
        for (zh, en) in texts {
            assert!(zh.chars().any(han), "{zh}");
            assert!(!en.chars().any(han), "{en}");
            assert!(!en.trim().is_empty());
        }
    }
}
