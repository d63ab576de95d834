//! Keys a record may give a person's name under that no list of fields holds (`handler`,
//! `经办人`, `reporterName`), and the texts under them that are shaped like names: read for the
//! masker of a batch's names (CASE-7) by the feedback follow-up, case validation and the
//! deadline reports.

use std::borrow::Cow;

/// True for a key a portal may give a person's name under that no list of person fields holds:
/// `reporterName`, `citizen`, `caller`, `realName`, `投诉人姓名`, `评价人` (helper-44: such names
/// were shown whole in the group names). Keys of places, times, ids and free text are not.
pub fn is_person_key(key: &str) -> bool {
    // As ids are compared: trimmed, marks that show nothing dropped, full width read as ASCII
    // (`"分管领导 "`, `ｊｂｒ`, `jbr\u{200B}`: helper-98).
    let key = crate::text::id_key(key);
    let key = key.as_ref();
    // A flat record's dotted key (`sqr.xm`, `applicant.name`) by its last part, unless the
    // whole names a thing (`file.name`): helper-103.
    if let Some((whole, last)) = key.rsplit_once('.') {
        let whole = whole.to_ascii_lowercase();
        return is_person_key(last) && !NOT_PERSON.iter().any(|w| whole.contains(w));
    }
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
    // `xm` (姓名) alone is a person's name too (helper-101).
    if initials == Some("") || PINYIN_PEOPLE.contains(&initials.unwrap_or(&key)) {
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
    "assignedto", "recorder", "incharge", "dealer", "xingming", "姓名", "人", "者", "群众", "市民", "客户",
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
    // 法人代表, 法人, 代表人, 提交人, 接收人, 办事人 (helper-102).
    "frdb", "fr", "dbr", "tjr", "jsr", "bsr",
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
            .all(|c| is_letter(c) || is_joining_mark(c) || matches!(c, ' ' | '\''))
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
/// 孙七和钱八, [孙七], 孙七等, 系统管理员（张三）, 管理员：张三: helper-98; 李四（王五）, 王五等同志,
/// 窗口工作人员王五: helper-101). Chinese names hold no space, so CJK words apart are names
/// apart ([`spaced_name_parts`]).
pub(crate) fn names_in_field(field: &str) -> Vec<String> {
    // Every record of a batch gives its people again (王芳 in each): a field is remembered in a
    // small table, and read only when it is not there (the reading cost an English batch, whose
    // findings all may quote a record, more than twice its time).
    if field.len() > FIELD_REMEMBERED {
        return read_names_in_field(field);
    }
    let slot =
        (crate::report::mask::text_hash(field.as_bytes()) % FIELDS_REMEMBERED as u64) as usize;
    FIELDS_READ.with(|read| {
        let mut read = read.borrow_mut();
        if read.is_empty() {
            read.resize(FIELDS_REMEMBERED, (String::new(), Vec::new()));
        }
        if read[slot].0 != field {
            read[slot] = (field.to_string(), read_names_in_field(field));
        }
        read[slot].1.clone()
    })
}

/// Fields [`names_in_field`] remembers, in a direct-mapped table, and the longest (in bytes).
const FIELDS_REMEMBERED: usize = 64;
const FIELD_REMEMBERED: usize = 96;

std::thread_local! {
    static FIELDS_READ: std::cell::RefCell<Vec<(String, Vec<String>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn read_names_in_field(field: &str) -> Vec<String> {
    use crate::report::mask::{is_bracket, is_cjk, name_parts};
    // Most fields are one name of two or three Chinese characters (王芳), read at once.
    let n = field.chars().count();
    if (2..=3).contains(&n) && field.chars().all(is_cjk) && !names_a_group(field) {
        let mut out = Vec::new();
        add_name(field, false, &mut out);
        return out;
    }
    let mut out: Vec<String> = Vec::new();
    // Quotes hold a name as brackets do (李四“王五”: helper-101).
    let brackets = |c| is_bracket(c) || matches!(c, '‹' | '›' | '"' | '“' | '”' | '‘' | '’');
    let joiner = |c: char| {
        c.is_whitespace()
            || matches!(c, '和' | '与' | '及' | '代' | '→' | '＆' | '。')
            || crate::text::is_invisible(c)
    };
    // Full-width letters read as ASCII (ＷＡＮＧ王五: helper-103); the masker matches either.
    let wide = |c: char| matches!(c, '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}');
    if field.contains(wide) {
        let folded: String = (field.chars())
            .map(|c| match wide(c) {
                true => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                false => c,
            })
            .collect();
        return read_names_in_field(&folded);
    }
    // Each side of a label's colon is a guess where it is Chinese (科长：王五, 王五:科长).
    let has_colon = field.contains([':', '：']);
    for line in field.split(['\n', ':', '：']) {
        add_name(line, has_colon && line.contains(is_cjk), &mut out);
        // A part cut off by a number is a guess where it is Chinese (组赵六 of 第1组赵六).
        let digit = |c| crate::report::mask::unicode_digit(c).is_some();
        let numbered = line.contains(digit);
        name_parts(line).for_each(|p| add_name(p, numbered && p.contains(is_cjk), &mut out));
        // What follows a number is a name after the thing it numbers (第1组赵六: helper-106).
        if let Some((_, after)) = line.rsplit_once(digit) {
            let at_name = after
                .char_indices()
                .find(|&(i, _)| reads_as_chinese_name(&after[i..]));
            if let Some((i, _)) = at_name.filter(|&(i, _)| i > 0) {
                add_name(&after[i..], true, &mut out);
            }
        }
        // What brackets hold is a note or a name: a name when it reads as one (李四（王五）,
        // helper-101), or whatever it is after a label that names no one (系统管理员（张三）).
        let labelled = name_parts(line).next().is_some_and(names_no_one);
        for piece in line.split(brackets) {
            // A Latin name in brackets (李四(John Smith)) is one; a note (on leave) is not.
            let latin = is_latin_name_beside(piece.trim());
            add_name(piece, !labelled && !latin, &mut out);
            name_parts(piece).for_each(|p| add_name(p, true, &mut out));
            piece
                .split(joiner)
                .for_each(|p| add_name(p, true, &mut out));
        }
        // A Chinese name written against Latin letters (张三Tom): each script's run apart.
        if line.contains(|c: char| c.is_ascii_alphabetic()) && line.contains(is_cjk) {
            (line.split(|c: char| c.is_ascii_alphabetic()))
                .for_each(|p| add_name(p, true, &mut out));
            for run in line.split(is_cjk).map(str::trim) {
                if is_latin_name_beside(run) {
                    add_name(run, false, &mut out);
                }
            }
        }
    }
    // A common word alone (周一, 马上) under a person key is no one's name (helper-102).
    out.retain(|n| !is_common_word(n));
    out
}

/// Adds the names `part` of a person field gives, each once. `cut`: a part cut out of the field
/// by a guess (a space, 和, 与, 等, brackets), taken only when it reads as a Chinese name: 审核
/// of `审核 通过` or 会议 of `会议等` is no one (helper-99).
fn add_name(part: &str, cut: bool, out: &mut Vec<String>) {
    let part = part.trim();
    // A field's pieces overlap (the line, its parts, what brackets hold): a name is read once.
    if part.chars().nth(1).is_none() || out.iter().any(|n| n == part) {
        return;
    }
    // Most pieces are a name alone, or a note (科长): three Chinese characters at most hold
    // no role and no group beside a name.
    let short = part.chars().nth(3).is_none();
    if short && part.chars().all(crate::report::mask::is_cjk) && !names_a_group(part) {
        if (!cut || reads_as_chinese_name(part))
            && looks_like_name(part)
            && !is_role(part)
            && !is_common_word(part)
        {
            out.push(part.to_string());
        }
        return;
    }
    let mut push = |name: &str, cut: bool| {
        let name = name.trim();
        if !out.iter().any(|n| n == name)
            && (!cut || reads_as_chinese_name(name))
            && looks_like_name(name)
            && !is_role(name)
        {
            out.push(name.to_string());
        }
    };
    if spaced_name_parts(part, &mut |name| push(&name, false)) {
        return;
    }
    // A name with the group it heads (王五等人, 王五等3人, 王五等同志) or its role before or
    // after it (工作人员王五, 王五同志) is that name (helper-100, helper-101).
    if let Some(name) = without_group(part).or_else(|| without_role(part)) {
        return add_name(name, true, out);
    }
    // Each part of a name joined by dots is the person's too (阿依古丽 of 阿依古丽·买买提),
    // and the whole is one only when every part is a name: 王五-科长 is 王五 with a title,
    // whose 科长 the whole would have masked elsewhere (helper-103).
    if is_dotted_name(part) {
        let named = |p: &&str| p.chars().count() >= 3 || reads_as_chinese_name(p);
        if !part.contains(is_dash) || part.split(is_joining_mark).all(|p| named(&p)) {
            push(part, cut);
        }
        (part.split(is_joining_mark))
            .filter(named)
            .for_each(|p| push(p, false));
        return;
    }
    push(part, cut);
}

/// A text that names a group with its name (李四等, 李四们): [`without_group`] reads it.
fn names_a_group(text: &str) -> bool {
    text.contains('等') || text.ends_with('们')
}

/// A part of a person field that reads as a Chinese name: two to four CJK characters after a
/// common surname (王, 李, 张 … 欧阳, 司马). A guess, for parts cut from a field: a wrong one
/// masks a word, a missed one shows a name. A Latin name holds spaces, so no Latin part is one.
pub(crate) fn reads_as_chinese_name(part: &str) -> bool {
    use crate::report::mask::is_cjk;
    let n = part.chars().count();
    // A compound surname alone (欧阳, 第五) is a word as often as a name.
    let surname = match compound_surname(part) {
        Some(_) => n >= 3,
        None => part.chars().next().is_some_and(|c| SURNAMES.contains(c)),
    };
    // 小王, 老张: a person called by surname (helper-101).
    let mut chars = part.chars();
    let by_surname = n == 2
        && chars.next().is_some_and(|c| c == '小' || c == '老')
        && chars.next().is_some_and(|c| SURNAMES.contains(c));
    is_dotted_name(part)
        || by_surname
        || (2..=4).contains(&n) && part.chars().all(is_cjk) && surname && !is_common_word(part)
}

/// One of [`WORDS`], or one with two characters or more after it (周一值班): 周一鸣 and 高新民
/// are names.
fn is_common_word(text: &str) -> bool {
    if !text.chars().next().is_some_and(may_start_a_word) {
        return false;
    }
    let n = text.chars().count();
    WORDS
        .split('|')
        .any(|w| w == text || text.starts_with(w) && n >= w.chars().count() + 2)
}

/// The first characters of [`WORDS`]: most texts are ruled out by one comparison (the unit
/// test `filters_hold_every_listed_word` keeps the two in step).
#[rustfmt::skip]
fn may_start_a_word(c: char) -> bool {
    matches!(c, '万' | '不' | '严' | '于' | '任' | '何' | '办' | '史' | '同' | '周' | '和' | '夏' | '孔' | '安' | '审' | '已' | '常' | '张' | '方' | '时' | '曾' | '李' | '林' | '武' | '江' | '王' | '白' | '石' | '程' | '范' | '通' | '金' | '钱' | '陆' | '马' | '高' | '黄' | '龙')
}

/// Common words and places that start with a surname, which a part guessed out of a person
/// field is not (王芳 高新区, 李四 周一 值班: helper-100, helper-101). A guess: no list holds
/// every word.
const WORDS: &str = "周一|周二|周三|周四|周五|周六|周日|周末|周边|高新|高新区|高中|高速|高级|高校|马上|方便|黄金|黄牌|江苏|江苏省|江西|金华|金华市|金额|张家港|王府井|李子园|王牌|于是|万一|任何|程序|安全|时间|曾经|和谐|林业|何时|常用|石家庄|严重|钱款|孔子|龙头|白天|史料|陆续|江湖|武汉|武汉市|夏天|范围|石油|方面|方法|方式|高温|万元|同意|不同意|审核|通过|已阅|办公室";

/// A name of parts in Chinese characters joined by dots (阿依古丽·买买提), whatever its length.
fn is_dotted_name(part: &str) -> bool {
    use crate::report::mask::is_cjk;
    let dot = is_joining_mark;
    part.chars().any(dot)
        && part.chars().all(|c| is_cjk(c) || dot(c))
        && !part.chars().next().is_some_and(dot)
        && !part.chars().next_back().is_some_and(dot)
}

/// The compound surname `part` starts with, if any.
fn compound_surname(part: &str) -> Option<&str> {
    // Two characters of three bytes each.
    let head = part.get(..6)?;
    (COMPOUND_SURNAMES.as_bytes().chunks(6))
        .any(|s| s == head.as_bytes())
        .then_some(head)
}

/// A middle dot of any kind, which joins the parts of a name (阿依古丽·买买提).
pub(crate) fn is_name_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '・' | '．' | '･' | '‧' | '∙' | '⋅' | 'ㆍ')
}

/// A dash of any kind, which joins a name's parts or a name and its title (王五-科长).
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '—' | '－')
}

/// What joins the parts of a name written in Chinese characters: a dot (of any kind, or `.`)
/// or a dash.
fn is_joining_mark(c: char) -> bool {
    is_name_dot(c) || is_dash(c) || c == '.'
}

/// A surname alone: the first part of a name written apart (欧阳 娜娜, 王 芳).
fn is_surname(part: &str) -> bool {
    compound_surname(part).is_some_and(|s| s.len() == part.len())
        || (part.chars().count() == 1 && part.chars().next().is_some_and(|c| SURNAMES.contains(c)))
}

/// The names a text with spaces between Chinese characters gives, each to `out`: each name
/// spaced out, joined (欧阳 娜娜, 王 芳, 王 建 国; 李 四 王 五 is two), each part that reads as a
/// Chinese name, and each run of Latin words that reads as a name (`李四 John Smith`). False,
/// and nothing given, when none does (买买提 阿依古丽) and no part is a common word (周一 值班):
/// the text is then one name, kept whole.
/// Read as one name of several parts, a person field masked each part elsewhere (李四 身份证
/// had masked 身份证, helper-100; 欧阳 娜娜 masked 欧阳 in 欧阳修, helper-101).
pub(crate) fn spaced_name_parts<'a>(name: &'a str, out: &mut dyn FnMut(Cow<'a, str>)) -> bool {
    use crate::report::mask::is_cjk;
    let name = name.trim();
    if !name.contains(char::is_whitespace) || !name.chars().any(is_cjk) {
        return false;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let short = |w: &str| w.chars().count() <= 2 && w.chars().all(is_cjk);
    let mut given = false;
    let mut i = 0;
    while i < words.len() {
        // A surname alone and the short words after it that read with it as a name (王 芳,
        // 欧阳 娜娜, 王 建 国), up to a surname alone that starts another (李 四 王 五).
        let mut end = None;
        if is_surname(words[i]) {
            let mut j = i + 1;
            // A given name of two characters right after the surname (欧阳 娜娜, 王 建国), or
            // one character a word (王 建 国); 王 芳 李四 is two names.
            while j < words.len()
                && (words[j].chars().count() == 1 || j == i + 1)
                && short(words[j])
            {
                let starts_another =
                    j > i + 1 && words[j].chars().count() == 1 && is_surname(words[j]);
                if (starts_another && j + 1 < words.len())
                    || !reads_as_chinese_name(&words[i..=j].concat())
                {
                    break;
                }
                end = Some(j);
                j += 1;
            }
        }
        match end {
            Some(j) => {
                out(Cow::Owned(words[i..=j].concat()));
                given = true;
                i = j + 1;
            }
            None => {
                if reads_as_chinese_name(words[i]) {
                    out(Cow::Borrowed(words[i]));
                    given = true;
                }
                i += 1;
            }
        }
    }
    for run in name.split(is_cjk) {
        let run = run.trim();
        if is_latin_name_beside(run) {
            out(Cow::Borrowed(run));
            given = true;
        }
    }
    // A text with a common word in it (周一 值班) is no name kept whole either.
    given || words.iter().any(|w| is_common_word(w))
}

/// A run of Latin words beside a Chinese name that is a name: two words or more shaped like
/// one, each capitalised (`John Smith`, `O'Neil Mary-Jane`), or one capitalised word of three
/// letters or more (`Mary`), not a note such as `ok`, `on leave` or `VIP`.
fn is_latin_name_beside(run: &str) -> bool {
    let capitalised = |w: &str| {
        w.len() >= 2
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w[1..]
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'\'')
    };
    let one_word = run.len() >= 3 && !run.contains(char::is_whitespace);
    (one_word || run.contains(char::is_whitespace))
        && run.split_whitespace().all(capitalised)
        && (!one_word || run[1..].bytes().all(|b| b.is_ascii_lowercase()))
        && looks_like_name(run)
}

/// The name before 等 and whatever the group is called after it (李四、王五等人, 王五等3人,
/// 王五等同志, 王五等窗口人员: helper-101), when it reads as a name.
fn without_group(part: &str) -> Option<&str> {
    // 李四们 (helper-107).
    if let Some(name) = part
        .strip_suffix('们')
        .filter(|n| n.chars().nth(1).is_some())
    {
        return Some(name);
    }
    let name = &part[..part.find('等')?];
    (!name.trim().is_empty()).then_some(name)
}

/// The name after a word for a role or a group (工作人员王五, 窗口工作人员王五) or before one
/// (王五同志, 王五副主任, 王五一行), when what is left reads as a Chinese name.
fn without_role(part: &str) -> Option<&str> {
    // A role of two characters or more and a name of two; every role ends in one of these.
    part.chars().nth(3)?;
    if !part.contains(may_end_a_role) {
        return None;
    }
    ROLES.split('|').find_map(|r| {
        let (before, after) = part.split_once(r)?;
        // A label's colon has cut the line already (管理员：张三).
        let name = match after.trim() {
            "" => before.trim(),
            after => after,
        };
        reads_as_chinese_name(name).then_some(name)
    })
}

/// The last characters of [`ROLES`] (kept in step by `filters_hold_every_listed_word`).
fn may_end_a_role(c: char) -> bool {
    matches!(
        c,
        '口' | '名' | '人' | '员' | '长' | '任' | '理' | '傅' | '志' | '师' | '生' | '士' | '行'
    )
}

/// A title or a word for a group alone (科长, 负责人), which names no one.
pub(crate) fn is_role(text: &str) -> bool {
    ROLES.split('|').any(|r| r == text)
}

/// Longest first: 副主任 before 主任.
const ROLES: &str = "窗口|曾用名|原名|别名|又名|化名|本名|笔名|工作人员|窗口人员|值班人员|经办人|受理人|审核人|审批人|负责人|办理人|承办人|管理员|副主任|副科长|副处长|副局长|科长|主任|处长|局长|组长|经理|师傅|同志|老师|先生|女士|一行";

/// The hundred commonest surnames, which most people bear.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤钱欧";
/// The compound surnames of the 百家姓 and others still borne (亓官, 第五: helper-100), two
/// characters each, in one text (a list of texts costs the .wasm its pointers).
const COMPOUND_SURNAMES: &str = concat!(
    "欧阳司马诸葛上官东方皇甫令狐慕容司徒尉迟公孙万俟夏侯闻人赫连公羊澹台公冶宗政濮阳",
    "淳于单于太叔申屠仲孙轩辕钟离宇文长孙鲜于闾丘司空亓官司寇子车颛孙端木巫马公西漆雕",
    "乐正壤驷公良拓跋夹谷宰父谷梁段干百里东郭南门呼延羊舌微生梁丘左丘东门西门南宫第五",
);

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

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick filters are derived from their lists by hand: every listed word must pass.
    #[test]
    fn filters_hold_every_listed_word() {
        for w in WORDS.split('|') {
            assert!(w.chars().next().is_some_and(may_start_a_word), "{w}");
            assert!(is_common_word(w), "{w}");
        }
        for r in ROLES.split('|') {
            assert!(r.chars().next_back().is_some_and(may_end_a_role), "{r}");
            assert!(is_role(r), "{r}");
        }
    }
}
