//! Every message the engine shows, in one table per kind: zh-CN first, English beside it.
//! Templates take `{path}` (where) and `{detail}` (what was found).

use std::borrow::Cow;

use serde::Serialize;

use crate::error::ErrorCode;
use crate::finding::FindingCode;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum Locale {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Locale {
    pub fn parse(tag: &str) -> Option<Locale> {
        match tag.to_ascii_lowercase().as_str() {
            "zh-cn" | "zh" | "zh-hans" | "zh-hans-cn" => Some(Locale::ZhCn),
            "en" | "en-us" | "en-gb" => Some(Locale::En),
            _ => None,
        }
    }

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
                out.push_str(before);
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
pub use labels::{label_zh, path_shown};
pub use parser_zh::UNENCODABLE;
pub use parser_zh::{EXPECT_CODE_TABLE, EXPECT_INSTANT, EXPECT_RECORD_ID};

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

pub fn error_text(code: ErrorCode, locale: Locale) -> &'static str {
    use ErrorCode::*;
    let (zh, en) = match code {
        InvalidDate => ("{path}不是有效日期（应为年份在前，如2026-02-12、2026/2/12、2026年2月12日）：{detail}", "{path} is not a valid date (expected year first, as 2026-02-12 or 2026/2/12): {detail}"),
        InvalidInstant => (
            "{path}不是有效时间（应为年份在前的北京时间，如2026-02-12 10:00、2026年2月12日10时00分，或毫秒时间戳）：{detail}",
            "{path} is not a valid instant (expected Beijing time, year first, as 2026-02-12 10:00 or 2026/2/12 9:05, or epoch milliseconds): {detail}",
        ),
        InvalidClock => ("{path}不是有效钟点（应为 HH:MM）：{detail}", "{path} is not a valid time of day (expected HH:MM): {detail}"),
        DateOutOfRange => (
            "{path}超出支持范围（2000-01-01至2100-12-31）：{detail}",
            "{path} is outside the supported range (2000-01-01 to 2100-12-31): {detail}",
        ),
        InvalidArgument => ("{path}不正确：{detail}", "Argument {path} has a wrong type or value: {detail}"),
        InvalidConfig => ("引擎配置{path}有误：{detail}", "Engine configuration {path} is invalid: {detail}"),
        InvalidOfficeHours => (
            "办公时间{path}有误（应为 \"09:00-12:00\" 形式，时段不得重叠）：{detail}",
            "Office hours {path} are invalid (expected \"09:00-12:00\" blocks that do not overlap): {detail}",
        ),
        InvalidOverlay => ("日历补充数据{path}有误：{detail}", "Calendar overlay {path} is invalid: {detail}"),
        InvalidNotice => ("{path}无法读取：{detail}。未读取任何日期，请核对粘贴的通知原文。", "The holiday notice {path} cannot be read: {detail}. No date was taken from it; check the text pasted."),
        InvalidRuleset => ("规则集{path}有误：{detail}", "Ruleset {path} is invalid: {detail}"),
        // Said in both languages in Chinese: a locale that cannot be read leaves the engine's
        // default (zh-CN), and the caller may have asked for English.
        InvalidLocale => ("不支持的语言{detail}，可用 \"zh-CN\" 或 \"en\" / Unsupported locale {detail}; use \"zh-CN\" or \"en\"", "Unsupported locale {detail}; use \"zh-CN\" or \"en\""),
        InvalidColumns => ("列式数据{path}有误：{detail}", "Columnar input {path} is invalid: {detail}"),
        TooLarge => ("{path}超过上限：{detail}", "{path} exceeds the limit: {detail}"),
        Internal => ("内部错误（请报告）：{detail}", "Internal error (please report): {detail}"),
    };
    pick(locale, zh, en)
}

/// Messages for the clerk or supervisor: what is wrong, then what to do.
pub fn finding_text(code: FindingCode, locale: Locale) -> &'static str {
    use FindingCode::*;
    let (zh, en) = match code {
        InvalidField => ("{path}无法识别：{detail}。请更正该字段后重新提交。", "{path} cannot be read: {detail}. Correct the field and submit again."),
        UnknownCategory => (
            "办件类型“{detail}”无法识别。请使用即办件、承诺件、联办件、上报件或许可件。",
            "Case category \"{detail}\" is unknown. Use immediate, promised, joint, escalated or licensing.",
        ),
        ConcludedBeforeReceived => (
            "办结时间早于收件时间（{detail}）。请核对两个时间。",
            "The case is concluded before it was received ({detail}). Check both times.",
        ),
        TimeInFuture => (
            "{path}晚于当前时间（{detail}）。请核对录入的时间。",
            "{path} lies in the future ({detail}). Check the time entered.",
        ),
        StepBeforeReceipt => (
            "环节开始时间早于收件时间（{detail}）。请核对环节时间。",
            "The step starts before the case was received ({detail}). Check the step's times.",
        ),
        PauseReasonMissing => (
            "暂停计时未注明事由，这段时间仍计入办理时限。可不计入的只有等待申请人补正材料的时间，以及《行政许可法》第四十五条规定的听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审等特别程序所需时间；请补录事由并书面告知申请人。",
            "A pause has no reason, so that time still counts toward the limit. Only the wait for the applicant's supplements, and the special procedures of Administrative Licensing Law art. 45 (hearing, tender, auction, inspection, testing, quarantine, appraisal, expert review), may stop the clock: record the reason and notify the applicant in writing.",
        ),
        PauseReasonUnknown => (
            "暂停事由“{detail}”不在可扣除时限的事由之列，该段时间仍应计入办理时限。",
            "Pause reason \"{detail}\" is not one that stops the clock; that time still counts toward the limit.",
        ),
        PauseNoticeMissing => (
            "暂停计时未记录书面告知申请人的时间（《行政许可法》第四十五条）。请补录告知时间。",
            "The pause has no record of the written notice to the applicant (Administrative Licensing Law art. 45). Record when the applicant was told.",
        ),
        ReplyLate => (
            "上级答复后未在时限内答复申请人（应于{detail}前）。请立即答复。",
            "The applicant was not answered in time after the higher level replied (due {detail}). Answer now.",
        ),
        SentUpUnrecorded => (
            "上报时间未记录（办结时间为空），但上级已于{detail}答复，可知已上报；按已按时上报处理，未判超期。请补录上报时间。",
            "The time the case was sent up is not recorded (no concludedAt), but the higher level answered at {detail}, so it was sent up; it is taken as sent up in time and not judged late. Record the time it was sent up.",
        ),
        CertificateLate => (
            "作出准予行政许可决定后，未在时限内颁发、送达许可证件（应于{detail}前，《行政许可法》第四十四条）。请尽快颁发、送达。",
            "After the decision to grant the licence, the licence was not issued and delivered in time (due {detail}; Administrative Licensing Law art. 44). Issue and deliver it now.",
        ),
        PauseInverted => ("暂停的结束时间早于开始时间（{detail}）。请核对。", "The pause ends before it starts ({detail}). Check it."),
        StepInverted => ("环节的完成时间早于开始时间（{detail}）。请核对。", "The step is completed before it starts ({detail}). Check it."),
        SupplementNoticeLate => (
            "补正告知晚于收件后{detail}。依《行政许可法》第三十二条，逾期不告知的，自收到申请材料之日起即为受理，等待补正的时间不再中止计时；今后应当场或在期限内一次性告知全部补正内容。",
            "The request for supplements came later than {detail} after receipt. Under Administrative Licensing Law art. 32 the case counts as accepted from the day it was received, so the wait for supplements does not stop the clock; ask for all missing items at once, on the spot or within the limit.",
        ),
        ExtensionNotAllowed => (
            "该类办件不能延长办理时限（只有行政许可可以延期），该延期不予认可，仍按原办理时限计算。",
            "This category cannot be extended (only licensing cases can): the extension is not recognised and the original limit stands.",
        ),
        ExtensionOverStatutory => (
            "延长的期限（{detail}）超过法定可延长的期限（《行政许可法》第四十二条）。延期已按批准计入，请核查该批准。",
            "The extension ({detail}) exceeds what the Administrative Licensing Law allows (art. 42). It is counted as approved; check the approval.",
        ),
        ExtensionUnapproved => (
            "延长办理时限须经本行政机关负责人批准并说明理由，缺少：{detail}。该延期不予认可，仍按原办理时限计算。",
            "An extension needs the head's approval and a stated reason; missing: {detail}. The extension is not recognised: the original limit stands.",
        ),
        LimitOverStatutory => (
            "承诺时限（{detail}）超过法定时限。请按法定时限办理，并更正事项的承诺时限。",
            "The committed limit ({detail}) exceeds the statutory limit. Work to the statutory limit and correct the item's committed limit.",
        ),
        CaseWarning => (
            "办件即将到期（{detail}），黄牌预警。请优先办理。",
            "The case is due soon ({detail}): yellow card. Give it priority.",
        ),
        CaseOverdue => ("办件已超期（{detail}），红牌。请立即办结并说明原因。", "The case is overdue ({detail}): red card. Conclude it now and state why."),
        DoneLate => ("办件超期办结（{detail}）。请查明超期原因，依规认定责任。", "The case was concluded late ({detail}). Establish why, and who is responsible under the rules."),
        StepWarning => ("环节{path}即将到期（{detail}）。", "Step \"{path}\" is due soon ({detail})."),
        StepOverdue => (
            "环节{path}超出环节时限（{detail}），即使整个办件尚未超期。请督促该环节。",
            "Step \"{path}\" has overrun its own limit ({detail}), even if the case as a whole is on time. Chase that step.",
        ),
        ProvisionalDeadline => (
            "到期日{detail}超出已公布的节假日安排，属暂定结果：已按《全国年节及纪念日放假办法》计入法定节假日，但当年调休尚未公布；国务院通知公布后请加载新年度日历，到期日可能随之变化。",
            "The due date {detail} lies past the published holiday notices and is provisional: the statutory holidays are counted, but that year's swapped working days are not yet published; load the new year's calendar once the State Council notice appears, and the due date may move.",
        ),
        FieldMissing => ("缺少必填项{path}。请补录后再提交。", "Required field {path} is missing. Fill it in before submitting."),
        TimeOutOfOrder => (
            "时间先后顺序不对：{detail}。请核对录入的时间。",
            "Times are out of order: {detail}. Check the times entered.",
        ),
        FirstReceiverMissing => (
            "未登记首问责任人。按首问负责制，请填写第一位接待该办件的工作人员。",
            "No first receiver is named. Under the first-contact responsibility rule, record the first staff member who received the case.",
        ),
        HandoverIncomplete => (
            "{path}不完整，缺少：{detail}。请写明由谁接办、何时接办。",
            "Hand-over {path} is incomplete; missing: {detail}. Record who took the case over and when.",
        ),
        AnswerMissing => ("办件已办结但没有明确答复。请填写给申请人的答复。", "The case is concluded without a clear answer. Record the answer given to the applicant."),
        OutcomeUnknown => (
            "办理结果“{detail}”无法识别。请使用准予、不予许可、不予受理或退回。",
            "Outcome \"{detail}\" is unknown. Use approved, denied, not_accepted or returned.",
        ),
        ReasonMissing => (
            "不能办理的办件（不予受理、不予许可、不予办理或退回）必须说明理由。请填写理由并告知申请人。",
            "A case that cannot be handled (refused, denied or returned) must state the reason. Record it and tell the applicant.",
        ),
        LegalBasisMissing => (
            "不予受理、不予许可或不予办理的，不论办件类型，都须写明法律依据（《行政许可法》第三十二条、第三十八条）。请补充依据。",
            "A refusal, in any category, must cite its legal basis (Administrative Licensing Law arts. 32, 38). Add the basis.",
        ),
        SupplementItemsAdded => (
            "再次要求补正的材料（{detail}）不在第一次告知之列，违反一次性告知。应在第一次就告知全部所需材料。",
            "The later request for supplements asks for items not in the first one ({detail}): this breaks the one-time notice. All missing items must be listed at once.",
        ),
        IdTypeUnknown => (
            "证件类型“{detail}”无法识别。请使用居民身份证、护照、港澳居民来往内地通行证或台湾居民来往大陆通行证。",
            "ID type \"{detail}\" is unknown. Use resident_id, passport, hk_macao_permit or taiwan_permit.",
        ),
        IdLegacy15 => (
            "这是15位旧身份证号码，已停止使用。请申请人出示18位第二代居民身份证。",
            "This is a retired 15-digit ID number. Ask for the 18-digit second-generation card.",
        ),
        IdFormat => ("证件号码格式不对。请对照证件重新录入。", "The ID number has the wrong format. Re-enter it from the document."),
        IdChecksum => (
            "身份证号码校验位不符（GB 11643），可能录错了一位。请对照证件逐位核对。",
            "The ID number fails its check digit (GB 11643): a digit is probably mistyped. Check it digit by digit.",
        ),
        IdBirthDate => ("身份证号码中的出生日期不存在。请核对证件。", "The birth date inside the ID number does not exist. Check the document."),
        IdBirthInFuture => ("身份证号码中的出生日期晚于今天。请核对证件。", "The birth date inside the ID number is in the future. Check the document."),
        IdRegion => ("身份证号码的行政区划代码不合理。请核对前六位。", "The ID number's region code is implausible. Check the first six digits."),
        IdLowercaseX => ("身份证号码末位应为大写 X。", "The ID number's last character should be an upper-case X."),
        CreditCodeFormat => (
            "统一社会信用代码格式不对（应为18位，不含 I、O、Z、S、V）。请对照营业执照录入。",
            "The unified social credit code has the wrong format (18 characters, no I, O, Z, S or V). Copy it from the licence.",
        ),
        CreditCodeChecksum => (
            "统一社会信用代码校验位不符（GB 32100）。请对照营业执照逐位核对。",
            "The unified social credit code fails its check character (GB 32100). Check it character by character.",
        ),
        MobileInvalid => ("手机号码不正确（应为1开头的11位数字）。请向申请人核实。", "The mobile number is invalid (11 digits starting with 1). Confirm it with the applicant."),
        StateUnknown => ("办件状态“{detail}”无法识别。", "Case state \"{detail}\" is unknown."),
        StateJump => (
            "办件状态跳步：{detail}。应依次经过收件、受理（或不予受理、补正告知）、办理、办结、评价。",
            "The case skips required states: {detail}. It must go received, accepted (or refused, or supplement notice), processing, concluded, rated.",
        ),
        CatalogFieldMissing => (
            "事项未公开{path}。办事公开要求公布设定依据、办理流程、申请材料、承诺时限和收费标准。",
            "The item does not publish {path}. Disclosure requires the basis, procedure, materials, committed limit and fees.",
        ),
        CatalogLimitOverStatutory => ("承诺时限超过法定时限（{detail}）。请缩短承诺时限。", "The committed limit exceeds the statutory one ({detail}). Shorten it."),
        CatalogFeesContradict => ("事项标注为免费，却列有收费项目。请更正收费信息。", "The item says it is free but lists charges. Correct the fees."),
        FeedbackKindUnknown => ("记录类型“{detail}”无法识别，应为投诉（complaint）或评价（rating）。", "Record kind \"{detail}\" is unknown; use complaint or rating."),
        RatingLevelUnknown => (
            "评价等级“{detail}”无法识别，应为非常满意、满意、基本满意、不满意、非常不满意（或5至1）。",
            "Rating level \"{detail}\" is unknown; use 1–5 or the five levels of the good-and-bad rating scheme.",
        ),
        ComplaintVerifyLate => ("投诉未在时限内核实（应于{detail}前）。请立即核实。", "The complaint was not verified in time (due {detail}). Verify it now."),
        ComplaintUnresolved => (
            "投诉未在时限内办结（应于{detail}前）。请落实处理结果，做到件件有着落。",
            "The complaint was not resolved in time (due {detail}). Settle it: every complaint needs an outcome.",
        ),
        ComplaintNoOutcome => ("投诉已答复但没有处理结果。请记录处理结果。", "The complaint was answered without an outcome. Record the outcome."),
        ComplaintNoReply => (
            "投诉逾期未答复投诉人。请答复，做到事事有回音。",
            "The complainant has had no reply past the limit. Reply: every complaint needs an answer.",
        ),
        ComplaintCallbackMissing => ("实名投诉人尚未回访。实名投诉回访率应为100%。", "The named complainant has not been called back; the call-back rate must be 100%."),
        BadRatingVerifyLate => ("差评未在时限内核实（应于{detail}前）。请立即核实。", "The bad rating was not verified in time (due {detail}). Verify it now."),
        BadRatingUnrectified => ("差评未在时限内整改（应于{detail}前）。请整改并记录。", "The bad rating was not rectified in time (due {detail}). Fix the cause and record it."),
        BadRatingCallbackMissing => ("实名差评尚未回访。请回访评价人并记录。", "The named bad rater has not been called back. Call back and record it."),
        RecordOutsidePeriod => ("{path}{detail}不在本期内，已略去。", "{path} ({detail}) is outside the period; it is left out."),
        UnknownWindow => ("窗口“{detail}”不在窗口清单中。", "Window \"{detail}\" is not in the list of windows."),
        WindowEventUnknown => ("窗口事件“{detail}”无法识别，应为 open 或 close。", "Window event \"{detail}\" is unknown; use open or close."),
        WindowClosed => (
            "窗口在公布的办公时间内关闭且无AB岗顶岗：{detail}。窗口不得因开会、学习、检查等内部事务关闭。",
            "A window closed during its published hours with no AB-post cover: {detail}. Windows may not close for meetings, study or inspections.",
        ),
        WindowHoursShort => ("窗口公布的办公时间未覆盖大厅标准办公时段（{detail}）。请按标准时间公布并开窗。", "The window's published hours do not cover the hall's standard hours ({detail}). Publish and keep the standard hours."),
        TooFewWindows => ("同类窗口开放数量不足：{detail}。请增开窗口或调配AB岗。", "Too few windows of a type are open: {detail}. Open more or bring in AB posts."),
        QueueWaitOver => (
            "排队等候超过时限：{detail}。请增开窗口或引导分流。",
            "A queue wait exceeded the limit: {detail}. Open more windows or redirect the queue.",
        ),
        QueueHoursUnknown => (
            "按日历当日不办公，且未给出当日办公时间，{detail}张排队号未评估等候时长。如当日有周末或延时服务，请传入当日的办公时间后再评估。",
            "The calendar has the hall closed that day and no standardHours were given, so the waits of {detail} tickets were not assessed. If the hall served that day (weekend or extended service), pass that day's hours to assess them.",
        ),
        TicketNotServed => (
            "取号后未被叫号办理：{detail}（按等候至下班或当前时间计）。请核实原因并联系群众。",
            "A ticket was never called: {detail} (counted as waiting until closing time, or now if earlier). Find out why and contact the person.",
        ),
        RightsNoticeMissing => (
            "不予受理、不予许可或不予办理时，须告知申请人依法申请行政复议或者提起行政诉讼的权利（《行政许可法》第三十八条）。请补充告知并记录。",
            "A refusal must tell the applicant of the right to apply for administrative review or to sue (Administrative Licensing Law art. 38). Give the notice and record it.",
        ),
        HeadRecordMissing => (
            "{detail}没有主任坐班的现场服务考评记载。负责人应每个工作日在岗，逐日按人记载。",
            "No on-site record by the head for {detail}. The head is on site every working day and records each person daily.",
        ),
    };
    pick(locale, zh, en)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use crate::finding::FindingCode;

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

    /// Every finding and error code has both texts; the English one has no Chinese in it, the
    /// Chinese one no digit spaced from a Chinese character it counts (issue 20).
    #[test]
    fn every_code_speaks_both_languages() {
        let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
        let texts = FindingCode::ALL
            .iter()
            .map(|&c| (finding_text(c, Locale::ZhCn), finding_text(c, Locale::En)))
            .chain(
                ErrorCode::ALL
                    .iter()
                    .map(|&c| (error_text(c, Locale::ZhCn), error_text(c, Locale::En))),
            );
        for (zh, en) in texts {
            assert!(zh.chars().any(han), "{zh}");
            assert!(!en.chars().any(han), "{en}");
            assert!(!en.trim().is_empty());
        }
    }
}
