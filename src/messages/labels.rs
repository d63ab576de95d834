//! Where a Chinese message names a field, it names it in Chinese: `steps[0].completedAt` reads
//! 第1个环节的完成时间. The finding's `path` keeps the key for the portal's code; the clerk reads
//! the label. A key the table does not hold (a portal's own field) is shown in quotes: “SLSJ”.

use std::borrow::Cow;

use super::Locale;

/// The field's Chinese name, for the keys of the engine's records.
const FIELDS: &[(&str, &str)] = &[
    ("receivedAt", "收件时间"),
    ("acceptedAt", "受理时间"),
    ("concludedAt", "办结时间"),
    ("startedAt", "开始时间"),
    ("completedAt", "完成时间"),
    ("from", "起始时间"),
    ("to", "结束时间"),
    ("at", "时间"),
    ("date", "日期"),
    ("day", "日期"),
    ("month", "考评月份"),
    ("period", "考评月份"),
    ("notifiedAt", "告知时间"),
    ("answeredAt", "答复时间"),
    ("decidedAt", "决定时间"),
    ("certificateIssuedAt", "证件颁发时间"),
    ("verifiedAt", "核实时间"),
    ("rectifiedAt", "整改时间"),
    ("repliedAt", "答复时间"),
    ("calledBackAt", "回访时间"),
    ("takenAt", "取号时间"),
    ("calledAt", "叫号时间"),
    ("servedAt", "办理时间"),
    ("filedAt", "登记时间"),
    ("category", "办件类型"),
    ("kind", "类型"),
    ("code", "情形代码"),
    ("count", "次数"),
    ("points", "分值"),
    ("level", "评价等级"),
    ("limit", "办理时限"),
    ("committedLimit", "承诺时限"),
    ("statutoryLimit", "法定时限"),
    ("limitValue", "时限数值"),
    ("limitUnit", "时限单位"),
    ("extension", "延期"),
    ("approver", "批准人"),
    ("reason", "理由"),
    ("notice", "告知"),
    ("outcome", "办理结果"),
    ("answer", "答复内容"),
    ("legalBasis", "法律依据"),
    ("rightsNotice", "权利告知"),
    ("firstReceiver", "首问责任人"),
    ("handovers", "交接记录"),
    // Whole lists, as a record that is no list is refused at them (helper-95 #9).
    ("steps", "办理环节"),
    ("pauses", "暂停记录"),
    ("supplementRequests", "补正告知"),
    ("history", "状态记录"),
    ("applicant", "申请人"),
    // A person's `name` is 姓名 (see PERSONS); a step's, unit's, window's or item's is 名称.
    ("name", "名称"),
    ("idType", "证件类型"),
    ("idNumber", "证件号码"),
    ("creditCode", "统一社会信用代码"),
    ("phone", "联系电话"),
    ("contact", "联系方式"),
    ("state", "状态"),
    ("status", "状态"),
    ("id", "编号"),
    ("caseId", "办件编号"),
    ("staffId", "人员编号"),
    ("unit", "单位"),
    ("window", "窗口"),
    ("sector", "行业"),
    ("founded", "核实结论"),
    ("named", "实名"),
    ("appeal", "申诉"),
    ("upheld", "申诉结论"),
    ("evidence", "证据"),
    ("summary", "摘要"),
    ("materials", "材料"),
    // CON-3's 三一四有 checklist of an inspection (helper-74: it had read 材料清单).
    ("checklist", "三一四有检查项"),
    ("fees", "收费"),
    ("report", "办件报告"),
    ("dueAt", "到期时间"),
    ("overdueWorkingDays", "超期工作日数"),
    ("retrained", "培训记录"),
    ("recipients", "主送单位"),
    ("issuedOn", "发文日期"),
    ("issuer", "发文单位"),
    ("hall", "大厅"),
    ("procedure", "程序"),
    ("windows", "窗口"),
    ("standardHours", "标准办公时间"),
    ("hours", "办公时间"),
    ("now", "当前时间"),
    ("basis", "设定依据"),
    // At the top (an argument: readInstant's value) 所给的值; a limit's `value` is 数值.
    ("value", "所给的值"),
    ("goodRatingShare", "好评率"),
    ("score", "得分"),
    // A card's and a staff record's flags and counts (helper-86: their paths had been shown
    // raw, `months[0].cards[0].seriousOffences`).
    ("seriousOffences", "严重违规次数"),
    ("incomplete", "不完整标记"),
    ("unitDisqualified", "单位取消评优标记"),
    ("certified", "上岗资格"),
    ("responsible", "责任人"),
    ("closed", "是否办结"),
    ("n", "天数"),
    ("text", "节假日通知"),
    ("calendar", "日历补充数据"),
    ("config", "引擎配置"),
];

fn field_zh(key: &str) -> Option<&'static str> {
    FIELDS.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// The keys whose `name` is a person's (姓名), not a thing's (名称): a score card is a
/// person's.
const PERSONS: &[&str] = &[
    "applicant",
    "staff",
    "clerk",
    "complainant",
    "firstReceiver",
    "people",
    "cards",
];

/// The label of `key` under `parent`: a person's name is 姓名, a field's `value` (a limit's)
/// 数值.
fn field_under_zh(parent: Option<&str>, key: &str) -> Option<&'static str> {
    match (parent, key) {
        (Some(p), "name") if PERSONS.contains(&p) => Some("姓名"),
        // A handover's `from` and `to` are people, not the times they are elsewhere
        // (helper-74: 第1条交接记录的结束时间 for the person who took the case over).
        (Some("handovers"), "from") => Some("移交人"),
        (Some("handovers"), "to") => Some("接收人"),
        (Some(_), "value") => Some("数值"),
        _ => field_zh(key),
    }
}

/// A list's items, with the measure word that counts them: `steps[0]` reads 第1个环节.
const ITEMS: &[(&str, &str)] = &[
    ("steps", "个环节"),
    ("pauses", "次暂停"),
    ("supplementRequests", "次补正告知"),
    ("history", "条状态记录"),
    ("events", "条记录"),
    ("records", "条记录"),
    ("items", "条记录"),
    ("cases", "件办件"),
    ("inspections", "条检查记录"),
    ("tickets", "张取号"),
    ("windows", "个窗口"),
    ("units", "个单位"),
    ("staff", "名人员"),
    ("months", "个月份"),
    ("cards", "张考评卡"),
    ("handovers", "条交接记录"),
    ("deadlineReports", "条办件记录"),
    ("conductFindings", "条行为记录"),
    ("overdueCases", "件超期办件"),
    ("complaints", "条投诉"),
    ("notices", "份节假日通知"),
];

fn item_zh(key: &str) -> Option<&'static str> {
    ITEMS.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// The path as a message shows it: in Chinese, a label where every part is known, the path
/// in quotes otherwise (“SLSJ”); in English, the path itself.
pub fn path_shown(path: &str, locale: Locale) -> Cow<'_, str> {
    path_labelled(path, locale).0
}

/// [`path_shown`], and whether what it shows is the engine's own label (not a key the caller
/// chose): a finding needs both, and the label is looked up once.
pub fn path_labelled(path: &str, locale: Locale) -> (Cow<'_, str>, bool) {
    if locale.is_english() || path.is_empty() {
        return (Cow::Borrowed(path), false);
    }
    match label_zh(path) {
        Some(label) => (Cow::Owned(label), true),
        None => (Cow::Owned(format!("“{path}”")), false),
    }
}

/// The Chinese label of an engine path, if every part of it is known.
pub fn label_zh(path: &str) -> Option<String> {
    // Most paths are one field (`concludedAt`): no list to build.
    if !path.contains(['.', '[']) {
        return field_zh(path).map(str::to_string);
    }
    let mut parts = Vec::new();
    let mut parent = None;
    for segment in path.split('.') {
        let (key, index) = match segment.split_once('[') {
            Some((key, rest)) => {
                let n: usize = rest.strip_suffix(']')?.parse().ok()?;
                (key, Some(n))
            }
            None => (segment, None),
        };
        parts.push(match index {
            Some(n) => format!("第{}{}", n.saturating_add(1), item_zh(key)?),
            None => field_under_zh(parent, key)?.to_string(),
        });
        parent = Some(key);
    }
    Some(parts.join("的"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_as_chinese_labels() {
        let zh = |p| path_shown(p, Locale::ZhCn).into_owned();
        assert_eq!(zh("receivedAt"), "收件时间");
        assert_eq!(zh("steps[0].completedAt"), "第1个环节的完成时间");
        assert_eq!(zh("events[37].date"), "第38条记录的日期");
        assert_eq!(zh("applicant.idNumber"), "申请人的证件号码");
        // A person's name is 姓名, a thing's 名称 (helper-21: 第1个环节的姓名).
        assert_eq!(zh("applicant.name"), "申请人的姓名");
        assert_eq!(zh("staff[3].name"), "第4名人员的姓名");
        assert_eq!(zh("steps[0].name"), "第1个环节的名称");
        assert_eq!(zh("units[0].name"), "第1个单位的名称");
        assert_eq!(zh("name"), "名称");
        assert_eq!(zh("handovers[0].to"), "第1条交接记录的接收人");
        assert_eq!(zh("handovers[1].from"), "第2条交接记录的移交人");
        assert_eq!(zh("pauses[0].to"), "第1次暂停的结束时间");
        assert_eq!(zh("limit.value"), "办理时限的数值");
        // helper-22: a score card's name is a person's; an argument's value is no number.
        assert_eq!(
            zh("months[0].cards[0].name"),
            "第1个月份的第1张考评卡的姓名"
        );
        assert_eq!(zh("value"), "所给的值");
        // A portal's own field, or a path the table does not know, is shown as it is.
        assert_eq!(zh("SLSJ"), "“SLSJ”");
        assert_eq!(zh("steps[x].completedAt"), "“steps[x].completedAt”");
        assert_eq!(path_shown("receivedAt", Locale::En), "receivedAt");
    }
}
