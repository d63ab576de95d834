//! The JSON parser's own words (serde, serde_json), said in Chinese for a zh-CN message. The
//! stored detail stays as the parser wrote it; only the rendered message changes. Words it does
//! not know are kept as written, so nothing is lost.

/// What our own input types tell the parser they expect; each has its Chinese below.
pub const EXPECT_INSTANT: &str = "a date and time (text, year first) or epoch milliseconds";
/// What a record id (`RecordId`) tells the parser it expects.
pub const EXPECT_RECORD_ID: &str = "a string or a number";
/// What a person given as an object or as their name (`applicant`) expects.
pub const EXPECT_PERSON: &str = "an object or a name";
/// What a rights notice (`rightsNotice`) is read as, in the parser's words.
pub const EXPECT_RIGHTS_NOTICE: &str = "true, false or the text of the notice";
/// What a case's limit (`LimitInput`) tells the parser it expects.
pub const EXPECT_LIMIT: &str = "{ value, unit }, a number of days or a text such as 10个工作日";
/// What the conduct points table (`ruleset.conduct.points`) tells the parser it expects.
pub const EXPECT_CODE_TABLE: &str = "an object of conduct codes";

/// What the JS edge says of a value `JSON.stringify` cannot encode; in a list it stands in
/// for that element, quoted, so the core refuses the element alone.
pub const UNENCODABLE: &str =
    "not encodable as JSON (NaN or Infinity, an invalid Date, a cycle, a BigInt, or a getter or proxy that threw)";
/// How a value [`UNENCODABLE`] stands in an argument's JSON text: a string holding a lone
/// surrogate, which a text field refuses (serde_json will not read it into a `String`) and an
/// ignored field passes over, so the marker is never read as text (helper-41, helper-42: a room
/// named by the marker words). Its error reads [`UNENCODABLE`].
pub const UNENCODABLE_JSON: &str = r#""\udbff not encodable""#;
const UNENCODABLE_ZH: &str =
    "无法编码为 JSON 的值（NaN 或 Infinity、无效的 Date、循环引用、BigInt，或取值时抛出异常的 getter 或代理）";

/// `detail` in plain English where the parser names our own types: a value that could not be
/// encoded is said so, and `expected struct EventInput` reads `expected an object`.
pub fn parser_detail_en(detail: &str) -> Option<String> {
    if detail.contains(UNENCODABLE) {
        return Some(UNENCODABLE.to_string());
    }
    if let Some(at) = detail.find("expected struct ") {
        return Some(format!("{}expected an object", &detail[..at]));
    }
    // Rust's type names, in words: "expected u32" reads "expected a non-negative integer".
    const TYPES: &[(&str, &str)] = &[
        ("expected u8", "expected a non-negative integer"),
        ("expected u16", "expected a non-negative integer"),
        ("expected u32", "expected a non-negative integer"),
        ("expected u64", "expected a non-negative integer"),
        ("expected usize", "expected a non-negative integer"),
        ("expected i32", "expected an integer"),
        ("expected i64", "expected an integer"),
        ("expected f64", "expected a number"),
    ];
    let (rust, words) = TYPES.iter().find(|(t, _)| detail.ends_with(t))?;
    Some(format!("{}{words}", &detail[..detail.len() - rust.len()]))
}

/// `detail` in Chinese when it has one of the parser's known shapes.
pub fn parser_detail_zh(detail: &str) -> Option<String> {
    if detail == UNENCODABLE {
        return Some(UNENCODABLE_ZH.to_string());
    }
    if let Some(text) = ruleset_hint_zh(detail) {
        return Some(text);
    }
    if let Some(field) = quoted_after(detail, "missing field ") {
        return Some(format!("缺少{}", field_named(field)));
    }
    if let Some(field) = quoted_after(detail, "duplicate field ") {
        return Some(format!("{}重复", field_named(field)));
    }
    {
        use crate::fieldmap::{
            LISTS_DIFFER, MAPPED_TWICE, NOT_A_PATH, VALUE_GIVEN_TWICE, VALUE_TABLE,
            WHOLE_AND_MEMBERS,
        };
        if let Some(path) = detail.strip_prefix(WHOLE_AND_MEMBERS) {
            return Some(format!("门户字段既整体映射又按成员映射：{path}"));
        }
        if let Some(path) = detail.strip_prefix(NOT_A_PATH) {
            return Some(format!(
                "不是有效的字段路径：{path}（为空、超过 8 层、以 [] 开头、连写 []，或名称首尾有空格、含看不见的字符）"
            ));
        }
        if let Some(pair) = detail.strip_prefix(LISTS_DIFFER) {
            return Some(format!("两边的 [] 须标出同样的列表：{pair}"));
        }
        if let Some(field) = detail.strip_prefix(MAPPED_TWICE) {
            return Some(format!("引擎字段 {field} 由两个门户字段映射"));
        }
        if let Some(value) = detail.strip_prefix(VALUE_GIVEN_TWICE) {
            return Some(format!(
                "门户取值 {value} 给了两次（首尾空格不计），含义不同"
            ));
        }
        if detail == VALUE_TABLE {
            return Some("应为 { \"门户取值\": \"引擎取值\" 或 null } 形式的对象".to_string());
        }
    }
    if let Some(rest) = detail.strip_prefix(crate::json_objects::WRITTEN_OTHERWISE) {
        let (key, rest) = rest.strip_prefix('`')?.split_once("` is `")?;
        let (field, _) = rest.split_once('`')?;
        // The field alone, without its label: a field's label depends on the record it is in
        // (a handover's `from` is 移交人, a pause's 起始时间: helper-78).
        return Some(format!(
            "字段“{key}”是“{field}”的另一种写法（空格、不可见字符、全角、大小写、_ 或 -），请写作“{field}”"
        ));
    }
    for (prefix, what) in [
        ("unknown field ", "未知字段"),
        ("unknown variant ", "未知取值"),
    ] {
        if let Some(rest) = detail.strip_prefix(prefix) {
            let (name, allowed) = rest.split_once(", ").unwrap_or((rest, ""));
            return Some(match allowed_list(allowed) {
                Some(list) => format!("{what} {name}，可用：{list}"),
                None => format!("{what} {name}"),
            });
        }
    }
    for (prefix, what) in [
        ("invalid type: ", "类型错误"),
        ("invalid value: ", "取值错误"),
    ] {
        if let Some(rest) = detail.strip_prefix(prefix) {
            let (got, expected) = rest.rsplit_once(", expected ")?;
            return Some(format!(
                "{what}：应为{}，实际为{}",
                expected_zh(expected),
                got_zh(got)
            ));
        }
    }
    if let Some(rest) = detail.strip_prefix("invalid length ") {
        let (n, expected) = rest.split_once(", expected ")?;
        return Some(format!(
            "长度错误：应为{}，实际为{n}",
            expected_zh(expected)
        ));
    }
    SYNTAX
        .iter()
        .find(|(en, _)| detail.starts_with(en))
        .map(|(_, zh)| zh.to_string())
}

const SYNTAX: &[(&str, &str)] = &[
    ("EOF while parsing", "JSON 不完整"),
    ("expected value", "JSON 格式有误：此处应为一个值"),
    ("expected `,` or", "JSON 格式有误：缺少逗号或括号"),
    ("expected `:`", "JSON 格式有误：缺少冒号"),
    ("trailing characters", "JSON 末尾有多余字符"),
    ("trailing comma", "JSON 有多余的逗号"),
    ("key must be a string", "JSON 对象的键必须是字符串"),
    ("recursion limit exceeded", "嵌套层数超过上限"),
    ("invalid number", "数字格式有误"),
    ("number out of range", "数字超出范围"),
    ("control character", "字符串中有控制字符"),
    ("invalid escape", "字符串中有无效的转义"),
    ("invalid unicode code point", "字符串中有无效的字符编码"),
    (
        "invalid text: a lone surrogate (half of a UTF-16 pair)",
        "文本中有无效字符：单独的代理项（UTF-16字符只有一半）",
    ),
    ("lone leading surrogate", "字符串中有无效的字符编码"),
];

/// A field the parser names (`` `receivedAt` ``) by its Chinese label, or as 字段“key”.
fn field_named(quoted: &str) -> String {
    let key = quoted.trim_matches('`');
    // `from` and `to` are times in a pause and people in a handover, and the parser does not
    // say which record it read (helper-80: a handover's receiver given twice read 结束时间重复).
    if matches!(key, "from" | "to") {
        return format!("字段“{key}”");
    }
    super::label_zh(key).unwrap_or_else(|| format!("字段“{key}”"))
}

fn quoted_after<'a>(detail: &'a str, prefix: &str) -> Option<&'a str> {
    detail.strip_prefix(prefix).filter(|r| r.starts_with('`'))
}

/// "expected one of `a`, `b`" or "expected `a` or `b`" → "`a`、`b`".
fn allowed_list(allowed: &str) -> Option<String> {
    let list = allowed
        .strip_prefix("expected one of ")
        .or_else(|| allowed.strip_prefix("expected "))?;
    Some(list.replace(", ", "、").replace(" or ", "、"))
}

/// What was found: "integer `5`" → "整数 `5`".
fn got_zh(got: &str) -> String {
    const KINDS: &[(&str, &str)] = &[
        ("integer", "整数"),
        ("floating point", "小数"),
        ("string", "字符串"),
        ("boolean", "布尔值"),
        ("sequence", "数组"),
        ("map", "对象"),
        ("unit value", "空值"),
        ("null", "null"),
        ("character", "字符"),
    ];
    if got
        .strip_prefix("string \"")
        .and_then(|g| g.strip_suffix('"'))
        == Some(UNENCODABLE)
    {
        return UNENCODABLE_ZH.to_string();
    }
    KINDS
        .iter()
        .find_map(|(en, zh)| got.strip_prefix(en).map(|rest| format!("{zh}{rest}")))
        .unwrap_or_else(|| got.to_string())
}

/// What was wanted: "a string" → "字符串", "struct CaseInput" → "对象", "u32" → "整数".
fn expected_zh(expected: &str) -> String {
    let word = match expected {
        "a string" | "a borrowed string" => "字符串",
        "a sequence" => "数组",
        "a map" | "an object" | EXPECT_CODE_TABLE => "对象",
        "a boolean" => "布尔值",
        EXPECT_RECORD_ID => "字符串或数字",
        EXPECT_PERSON => "对象或姓名",
        // helper-95 #9: the English had stood in the Chinese message.
        EXPECT_RIGHTS_NOTICE => "true、false 或告知内容的文字",
        EXPECT_INSTANT => "日期时间文本（年份在前）或毫秒时间戳",
        // helper-75: the English had stood in the Chinese message.
        EXPECT_LIMIT => "{ value, unit } 对象、天数或“10个工作日”这样的文字",
        "u8" | "u16" | "u32" | "u64" | "usize" => "非负整数",
        "i8" | "i16" | "i32" | "i64" => "整数",
        "f32" | "f64" => "数字",
        e if e.starts_with("struct ") => "对象",
        e if e.starts_with("variant identifier") || e.starts_with("one of") => "规定的取值",
        _ => return expected.to_string(),
    };
    word.to_string()
}

/// The hint a ruleset check writes after a value (`-1 (≥ floor 0)`), in Chinese (helper-50:
/// English words in a Chinese message).
fn ruleset_hint_zh(detail: &str) -> Option<String> {
    // Whole details of the office-hours and ruleset checks.
    if detail == "overlap" {
        return Some("时段重叠".to_string());
    }
    #[cfg(feature = "conduct")]
    if let Some(text) = conduct_detail_zh(detail) {
        return Some(text);
    }
    let (value, hint) = detail.strip_suffix(')')?.split_once(" (")?;
    // A range (`1–24`) or a condition on the value (`0 < x ≤ 1`).
    if hint.starts_with(|c: char| c.is_ascii_digit())
        && (hint.contains('–') || hint.contains(" x "))
    {
        return Some(match hint.contains('x') {
            true => format!("{value}（应满足 {hint}）"),
            false => format!("{value}（应在 {hint} 之间）"),
        });
    }
    // The conduct settings' hints are only in a build that has them (lite has not).
    #[cfg(feature = "conduct")]
    const CONDUCT: &[(&str, &str)] = &[
        ("a number in steps of 0.1", "须为 0.1 的整数倍"),
        ("a commendation adds, ≥ 0", "表扬应加分，≥ 0"),
        ("an offence deducts, ≤ 0", "违规应扣分，≤ 0"),
        ("floor–cap", "应在下限与上限之间"),
        ("one of 1, 2, 3, 4, 6, 12", "应为 1、2、3、4、6、12 之一"),
        ("≥ floor ", "应 ≥ 下限 "),
        ("≥ base ", "应 ≥ 基础分 "),
        ("≥ pass ", "应 ≥ 合格线 "),
        ("≤ base ", "应 ≤ 基础分 "),
        ("≤ cap ", "应 ≤ 上限 "),
    ];
    #[cfg(not(feature = "conduct"))]
    const CONDUCT: &[(&str, &str)] = &[];
    const HINTS: &[(&str, &str)] = &[
        ("MM-DD, YYYY-MM-DD", "应为 MM-DD 或 YYYY-MM-DD"),
        (
            "from ≤ to, both MM-DD or both YYYY-MM-DD",
            "起始日期应不晚于结束日期，且同为 MM-DD 或同为 YYYY-MM-DD",
        ),
        ("≥ ", "应 ≥ "),
        ("≤ ", "应 ≤ "),
    ];
    let (en, zh) = (CONDUCT.iter().chain(HINTS)).find(|(en, _)| hint.starts_with(en))?;
    Some(format!("{value}（{zh}{}）", &hint[en.len()..]))
}

/// The conduct settings' own details (`unknown code "x"`, a code's rule, the grade bands).
#[cfg(feature = "conduct")]
fn conduct_detail_zh(detail: &str) -> Option<String> {
    // The months of `assessPeriod` and `rankUnits` (helper-52: English in a Chinese message).
    if let Some(month) = detail.strip_suffix(" appears twice") {
        return Some(format!("{month} 重复出现"));
    }
    if let Some((month, rest)) = detail.split_once(" (expected ") {
        let expected = rest.strip_suffix(": one entry per month, in order, none missing)")?;
        return Some(format!(
            "{month}（应为 {expected}：每月一项，按月份顺序，不得缺月）"
        ));
    }
    if let Some((n, range)) = detail.split_once(" months (") {
        return Some(format!(
            "{n} 个月（应在 {} 之间）",
            range.strip_suffix(')')?
        ));
    }
    if let Some(code) = detail.strip_prefix("unknown code ") {
        return Some(format!("未知的行为代码 {code}"));
    }
    if let Some((given, rest)) = detail.split_once(": the rule of ") {
        let (code, rule) = rest.split_once(" is ")?;
        return Some(format!("{given}：{code} 的规则应为 {rule}"));
    }
    let (value, hint) = detail.strip_suffix(')')?.split_once(" (")?;
    let (good, cap) = hint.strip_prefix("good ")?.split_once(" – cap ")?;
    Some(format!("{value}（应在良好线 {good} 与上限 {cap} 之间）"))
}

#[cfg(test)]
mod tests {
    use super::{
        parser_detail_zh as zh, EXPECT_CODE_TABLE, EXPECT_INSTANT, EXPECT_LIMIT, EXPECT_PERSON,
        EXPECT_RECORD_ID,
    };

    #[test]
    fn parser_words_in_chinese() {
        let cases = [
            ("missing field `receivedAt`", "缺少收件时间"),
            ("missing field `slsj`", "缺少字段“slsj”"),
            (
                "unknown field `local`, expected one of `calendar`, `locale`",
                "未知字段 `local`，可用：`calendar`、`locale`",
            ),
            (
                "unknown variant `weeks`, expected one of `working_days`, `calendar_days`",
                "未知取值 `weeks`，可用：`working_days`、`calendar_days`",
            ),
            ("unknown field `x`, there are no fields", "未知字段 `x`"),
            (
                "invalid type: integer `123`, expected a string",
                "类型错误：应为字符串，实际为整数 `123`",
            ),
            (
                "invalid type: string \"x\", expected f64",
                "类型错误：应为数字，实际为字符串 \"x\"",
            ),
            (
                "invalid type: sequence, expected struct CaseInput",
                "类型错误：应为对象，实际为数组",
            ),
            ("EOF while parsing a value", "JSON 不完整"),
        ];
        for (en, want) in cases {
            assert_eq!(zh(en).as_deref(), Some(want), "{en}");
        }
        assert_eq!(zh("2026-13-01"), None);
        for ours in [
            EXPECT_INSTANT,
            EXPECT_RECORD_ID,
            EXPECT_CODE_TABLE,
            EXPECT_PERSON,
            EXPECT_LIMIT,
        ] {
            let detail = format!("invalid type: boolean `true`, expected {ours}");
            let said = zh(&detail).unwrap_or_default();
            assert!(!said.contains(ours), "{said}");
        }
    }
}
