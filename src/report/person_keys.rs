//! Keys a record may give a person's name under that no list of fields holds (`handler`,
//! `经办人`, `reporterName`), and the texts under them that are shaped like names: read for the
//! masker of a batch's names (CASE-7) by the feedback follow-up, case validation and the
//! deadline reports.

/// True for a key a portal may give a person's name under that no list of person fields holds:
/// `reporterName`, `citizen`, `caller`, `realName`, `投诉人姓名`, `评价人` (helper-44: such names
/// were shown whole in the group names). Keys of places, times, ids and free text are not.
pub fn is_person_key(key: &str) -> bool {
    // As ids are compared: trimmed, marks that show nothing dropped, full width read as ASCII
    // (`"分管领导 "`, `ｊｂｒ`, `jbr\u{200B}`: helper-98).
    let key = crate::text::id_key(key);
    let key = key.as_ref();
    // Chinese keys end in what they hold: 窗口人员 is a person, 窗口名称 a window.
    if PERSON_TAIL.iter().any(|t| key.ends_with(t)) {
        return true;
    }
    // ASCII only: Unicode case tables would cost the .wasm kilobytes, and CJK has no case.
    // Written with `_`, `-` or spaces (`created_by`, `jbr_xm`) it is the same key (helper-97).
    let key: String = (key.chars())
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .collect::<String>()
        .to_ascii_lowercase();
    let place = NOT_PERSON.iter().any(|w| key.contains(w));
    // `by`, `createdBy`, `handledBy`, `updatedByName`: who did it (the `date` of `updated` is
    // no time here: helper-96); `sortedBy`, `groupedBy` say how, not who (helper-97).
    if key == "by" || key.contains("edby") {
        return !NOT_BY.iter().any(|w| key.contains(w))
            && !NOT_PERSON.iter().any(|w| *w != "date" && key.contains(w));
    }
    // Pinyin initials, alone or with 姓名 (xm) or 名称 (mc) after them.
    let initials = key.strip_suffix("xm").or_else(|| key.strip_suffix("mc"));
    if PINYIN_PEOPLE.contains(&initials.unwrap_or(&key)) {
        return true;
    }
    let tail_not = ["id", "at", "no", "code"].iter().any(|t| key.ends_with(t));
    PERSON_WORDS.iter().any(|w| key.contains(w)) && !place && !tail_not
}

#[rustfmt::skip]
const PERSON_WORDS: &[&str] = &[
    "name", "citizen", "caller", "complain", "report", "rater", "evaluat", "applicant", "contact",
    "person", "people", "staff", "handler", "respond", "agent", "clerk", "officer", "user",
    "customer", "visitor", "request", "submit", "informant", "masses", "author", "owner",
    "operator", "signat", "who", "client", "member", "receiver", "accepter", "acceptor",
    "assignee", "reviewer", "worker", "manager", "supervisor", "director", "employee", "inspector",
    "auditor", "examiner", "checker", "processor", "responsible", "representativ", "proxy",
    "signer", "head", "leader", "chief", "creator", "updater", "modifier", "transferee",
    "assignedto", "recorder", "姓名", "人", "者", "群众", "市民", "客户",
];
/// `…edBy` keys that say how a list is kept, not who did something.
const NOT_BY: &[&str] = &[
    "sorted",
    "grouped",
    "ordered",
    "filtered",
    "indexed",
    "partitioned",
];
#[rustfmt::skip]
const PERSON_TAIL: &[&str] = &[
    "人", "人员", "姓名", "者", "客户", "群众", "市民", "居民", "用户", "户主", "家属", "职工",
    "名字", "称呼", "署名", "昵称", "对象", "员", "主任", "科长", "处长", "局长", "经理",
    "组长", "人名称", "客户名称", "领导", "实名",
];
/// A portal's pinyin initials for the people of a case (经办人 jbr, 受理人 slr, 申请人 sqr,
/// 联系人 lxr, 承办人 cbr, 负责人 fzr, 办理人 blr, 审核人 shr, 审批人 spr, 收件人 sjr, 首问责任人
/// swzrr, 复核人 fhr, 代理人 dlr, 法定代表人 fddbr, 投诉人 tsr, 采集人 cjr, 操作人 czr, 修改人 xgr,
/// 处理人 clr), alone or with 姓名 or 名称 after them (`jbrxm`, `sqrmc`): helper-96 to helper-99.
const PINYIN_PEOPLE: &[&str] = &[
    "jbr", "slr", "sqr", "lxr", "cbr", "fzr", "blr", "shr", "spr", "sjr", "swzrr", "fhr", "dlr",
    "fddbr", "tsr", "cjr", "czr", "xgr", "clr",
];
#[rustfmt::skip]
const NOT_PERSON: &[&str] = &[
    "window", "unit", "dept", "depart", "sector", "item", "service", "hall", "org", "compan",
    "matter", "room", "street", "addr", "file", "level", "status", "type", "kind", "content",
    "text", "reason", "result", "title", "desc", "remark", "note", "channel", "source", "phone",
    "mobile", "tel", "mail", "time", "date", "count", "comment", "opinion", "memo", "advice",
    "step", "role", "total", "staffing", "headline", "header", "heading", "headquarter",
    "headoffice", "意见", "窗口", "单位", "部门", "事项", "行业",
    "地址", "内容", "事由", "名称", "类型", "时间", "日期", "编号", "结果", "电话", "号码", "手机",
    "人数", "人次",
];

/// True for a text shaped like a person's name: 2–24 characters of letters, with at most
/// spaces, `·`, `.`, `-` and `'` between them, and no digit. A sentence, a place or a word
/// that names no one (市民, 先生) under a person key is not taken for a name.
pub fn looks_like_name(text: &str) -> bool {
    let text = text.trim();
    let n = text.chars().count();
    (2..=24).contains(&n)
        && text
            .chars()
            .all(|c| is_letter(c) || matches!(c, ' ' | '·' | '•' | '.' | '-' | '\''))
        && text.split_whitespace().count() <= 4
        && !crate::report::mask::is_no_name(text)
        && !names_no_one(text)
}

/// True for what a feedback record writes where a person goes and that names no one: a word
/// for any citizen (市民, 先生), or a place (一号窗口); under any key, listed or not.
pub fn names_no_one(text: &str) -> bool {
    let text = text.trim();
    GENERIC.iter().any(|g| g.eq_ignore_ascii_case(text)) || PLACE.iter().any(|w| text.contains(w))
}

/// What a portal writes under a person key that names no one (helper-47: 市民 masked
/// 市民服务中心 as 市*服务中心).
#[rustfmt::skip]
const GENERIC: &[&str] = &[
    "市民", "群众", "居民", "用户", "客户", "先生", "女士", "小姐", "本人", "网友", "游客",
    "来电人", "投诉人", "不愿透露", "不详", "未知", "保密", "办事群众", "企业", "个人",
    // What a portal writes for work done by the system itself (helper-97, helper-98).
    "系统", "管理员", "系统管理员", "超级管理员", "自动", "自动审批", "admin", "administrator",
    "system", "sys", "root", "工作人员", "窗口人员", "值班人员",
];
/// Words of places and windows, never of a person's name (`一号窗口` under `name`).
const PLACE: &[&str] = &[
    "窗口", "中心", "大厅", "服务", "单位", "部门", "号", "局", "处", "科室",
    // Nor of a group of people (与会人员: helper-99).
    "人员",
];

/// A letter of a name: Latin (with accents), or CJK. Not `char::is_alphabetic`, whose
/// tables would cost the .wasm kilobytes.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || crate::report::mask::is_cjk(c)
        || (('\u{c0}'..='\u{24f}').contains(&c) && c != '×' && c != '÷')
}

/// Every name-shaped text under a [`is_person_key`] key of `value`, at any depth.
#[cfg(feature = "supervision")]
pub(crate) fn names_by_key(value: &crate::fieldmap::Node, out: &mut Vec<String>) {
    names_by_key_where(value, &mut is_person_key, out);
}

/// [`names_by_key`] of a case record: a bare `name` is a person's only inside a person (read
/// with the record's person fields), and elsewhere a thing's (a step's: `请司马懿复核材料` taken
/// for a name had been masked whole). `keys` remembers what each key was found to be.
pub(crate) fn case_names_by_key(
    value: &crate::fieldmap::Node,
    keys: &mut KeyMemo,
    out: &mut Vec<String>,
) {
    names_by_key_where(value, &mut |k| keys.is_case_person_key(k), out);
}

/// [`is_person_key`] of a case record's keys, remembered: a batch's records give the same few
/// keys, and the test reads a key against about a hundred words.
#[derive(Default)]
pub(crate) struct KeyMemo(Vec<(String, bool)>);

/// Keys remembered at most: a hostile record of many keys has the rest tested each time.
const KEYS_REMEMBERED: usize = 256;

impl KeyMemo {
    fn is_case_person_key(&mut self, key: &str) -> bool {
        if let Some((_, person)) = self.0.iter().find(|(k, _)| k == key) {
            return *person;
        }
        let person = !key.trim().eq_ignore_ascii_case("name") && is_person_key(key);
        if self.0.len() < KEYS_REMEMBERED {
            self.0.push((key.to_string(), person));
        }
        person
    }
}

fn names_by_key_where(
    value: &crate::fieldmap::Node,
    person: &mut dyn FnMut(&str) -> bool,
    out: &mut Vec<String>,
) {
    walk_keyed(value, false, person, out);
}

/// `within`: `value` stands under a person key, where a text of a list is a name and so is a
/// member that names one (`handler: ["诸葛孔明"]`, `staff: { name }`, `applicants: [{ name }]`,
/// `applicant: { name: { xm } }`: helper-96).
fn walk_keyed(
    value: &crate::fieldmap::Node,
    within: bool,
    person: &mut dyn FnMut(&str) -> bool,
    out: &mut Vec<String>,
) {
    use crate::fieldmap::Node;
    let take = |t: &str, out: &mut Vec<String>| out.extend(names_in_field(t));
    match value {
        Node::Object(o) => {
            for (k, v) in o.iter() {
                let named = person(k) || (within && is_name_key(k));
                match v {
                    Node::Str(t) if named => take(t, out),
                    _ => walk_keyed(v, named, person, out),
                }
            }
        }
        Node::Array(items) => {
            for item in items {
                match item {
                    Node::Str(t) if within => take(t, out),
                    _ => walk_keyed(item, within, person, out),
                }
            }
        }
        _ => {}
    }
}

/// The names a person field holds: itself when it reads as one, and each name that stands in
/// it with a note or beside others (张三（实习）, 张三、李四, one a line: helper-97; 孙七　钱八,
/// 孙七和钱八, [孙七], 孙七等, 系统管理员（张三）, 管理员：张三: helper-98). Chinese names hold no
/// space, so CJK words apart are names apart.
fn names_in_field(field: &str) -> Vec<String> {
    use crate::report::mask::name_parts;
    let mut out: Vec<String> = Vec::new();
    // `cut`: a part cut out of the field by a guess (a space, 和, 与, 等, brackets around the
    // whole), taken only when it reads as a Chinese name (or, in Latin letters, as a name):
    // 审核 of `审核 通过` or 会议 of `会议等` is no one (helper-99).
    let mut add = |p: &str, cut: bool| {
        let p = p.trim();
        if looks_like_name(p) && (!cut || reads_as_chinese_name(p)) && !out.iter().any(|n| n == p) {
            out.push(p.to_string());
        }
    };
    let brackets = |c| {
        matches!(
            c,
            '(' | '（'
                | '['
                | '【'
                | '〔'
                | '《'
                | '‹'
                | '<'
                | ')'
                | '）'
                | ']'
                | '】'
                | '〕'
                | '》'
                | '›'
                | '>'
        )
    };
    for line in field.split(['\n', ':', '：']) {
        add(line, false);
        // A label that names no one before a name in brackets (系统管理员（张三）): the
        // brackets hold the name, not a note.
        let labelled = name_parts(line).next().is_some_and(names_no_one);
        name_parts(line).for_each(|p| add(p, false));
        let bracketed = line.trim_start().starts_with(brackets);
        if labelled || bracketed {
            line.split(brackets).for_each(|p| add(p, !labelled));
        }
        let line = line.trim();
        if let Some(before) = line
            .strip_suffix("等人")
            .or_else(|| line.strip_suffix('等'))
        {
            add(before, true);
        }
        line.split(|c: char| c.is_whitespace() || c == '和' || c == '与')
            .for_each(|p| add(p, true));
    }
    out
}

/// A part of a person field that reads as a Chinese name: two to four CJK characters after a
/// common surname (王, 李, 张 … 欧阳, 司马). A guess, for parts cut from a field: a wrong one
/// masks a word, a missed one shows a name. A Latin name holds spaces, so no Latin part is one.
fn reads_as_chinese_name(part: &str) -> bool {
    use crate::report::mask::is_cjk;
    let n = part.chars().count();
    (2..=4).contains(&n)
        && part.chars().all(is_cjk)
        && (COMPOUND_SURNAMES.iter().any(|s| part.starts_with(s))
            || part.chars().next().is_some_and(|c| SURNAMES.contains(c)))
}

/// The hundred commonest surnames, which most people bear.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤钱欧";
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "司徒", "尉迟", "公孙",
];

/// A key that names its person's name: `name`, `fullName`, `realName`, 姓名, 名字, or the
/// pinyin `xm`, however cased or spaced.
fn is_name_key(key: &str) -> bool {
    let key = key.trim();
    ["name", "fullname", "realname", "xm"]
        .iter()
        .any(|n| n.eq_ignore_ascii_case(key))
        || key == "姓名"
        || key == "名字"
}
