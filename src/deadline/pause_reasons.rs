//! DL-7: which reasons stop the clock. The statutory list (补正 and 行政许可法 art. 45) and the
//! names, wordings and denials a reason is read by; the portal's own reasons come from the
//! ruleset (`deadline.pauseReasons`). DL-6's notice rule applies to the supplement only.

use std::borrow::Cow;

use super::rules::DeadlineRules;

/// DL-7's reasons that stop the clock, as codes: supplements (补正) and the 特别程序 of
/// 行政许可法 art. 45. The default of `deadline.pauseReasons`; `is_pause_reason` accepts them
/// whatever the ruleset lists.
pub const DEFAULT_PAUSE_REASONS: &[&str] = &[
    "supplement",
    "hearing",
    "tender",
    "auction",
    "inspection",
    "testing",
    "quarantine",
    "appraisal",
    "expert_review",
];

/// Chinese names accepted for the default reasons.
pub const PAUSE_REASON_ALIASES: &[(&str, &str)] = &[
    ("补正", "supplement"),
    ("补正材料", "supplement"),
    ("補正", "supplement"),
    ("听证", "hearing"),
    ("听证会", "hearing"),
    ("聽證", "hearing"),
    ("招标", "tender"),
    ("拍卖", "auction"),
    ("检验", "inspection"),
    ("检测", "testing"),
    ("检疫", "quarantine"),
    ("鉴定", "appraisal"),
    ("专家评审", "expert_review"),
    // The same procedures in other words (DL-7 names the procedure, not a spelling; read as
    // unknown, the time would count against the clerk: the reading that asserts less).
    ("补充材料", "supplement"),
    ("补齐材料", "supplement"),
    ("补交材料", "supplement"),
    ("补充资料", "supplement"),
    ("补交资料", "supplement"),
    ("补齐资料", "supplement"),
    ("补充提交", "supplement"),
    ("补件", "supplement"),
    ("专家论证", "expert_review"),
    ("专家咨询", "expert_review"),
    // Not on by default (DL-7): names for the reasons a portal may add.
    ("征求意见", "consultation"),
    ("征求第三方意见", "consultation"),
    ("公示", "public_notice"),
    ("现场勘查", "site_survey"),
    ("现场核查", "site_survey"),
];

impl DeadlineRules {
    /// A reason stops the clock when any procedure it names (not denied), or its code written
    /// either way and in any case (`公示`, `public_notice`, `Public Notice`), is in the statutory
    /// list (补正 and 行政许可法 art. 45, always: a setting cannot switch the law off) or in the
    /// reasons the portal adds (`pauseReasons`).
    pub fn is_pause_reason(&self, reason: &str) -> bool {
        let named = pause_reason_codes(reason);
        let listed = |code: &str| {
            let code = squash(code);
            DEFAULT_PAUSE_REASONS.iter().any(|d| squash(d) == code)
                || self
                    .pause_reasons
                    .iter()
                    .flat_map(|r| pause_reason_codes(r))
                    .any(|r| squash(&r) == code)
        };
        named.iter().any(|c| listed(c))
    }
}

/// A code as compared: ASCII lower case, without `_`, `-` and spaces (`Expert Review`,
/// `expert-review` and `expert_review` are one code).
fn squash(code: &str) -> String {
    code.chars()
        .filter(|c| !matches!(c, '_' | '-') && !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The text of a reason as read: spaces and invisible marks of any kind removed, full-width
/// letters folded, the traditional forms of the words read here simplified (`补 正`,
/// `ＳＵＰＰＬＥＭＥＮＴ`, `補\u{200b}正` and `無需補正` read as 补正, supplement, 补正 and 无需补正;
/// fifth and sixth reviews).
fn folded(text: &str) -> Cow<'_, str> {
    const TRADITIONAL: [(char, char); 16] = [
        ('無', '无'),
        ('須', '须'),
        ('補', '补'),
        ('聽', '听'),
        ('證', '证'),
        ('驗', '验'),
        ('檢', '检'),
        ('測', '测'),
        ('鑒', '鉴'),
        ('審', '审'),
        ('評', '评'),
        ('專', '专'),
        ('銷', '销'),
        ('沒', '没'),
        ('駁', '驳'),
        ('舉', '举'),
    ];
    let invisible = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{200b}'..='\u{200f}' | '\u{00ad}' | '\u{2060}' | '\u{feff}'
            )
    };
    let text = text.trim();
    if !text.chars().any(|c| {
        invisible(c)
            || ('\u{ff01}'..='\u{ff5e}').contains(&c)
            || TRADITIONAL.iter().any(|(t, _)| *t == c)
    }) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter(|c| !invisible(*c))
            .map(crate::text::ascii_of_fullwidth)
            .map(|c| {
                TRADITIONAL
                    .iter()
                    .find(|(t, _)| *t == c)
                    .map_or(c, |(_, s)| *s)
            })
            .collect(),
    )
}

/// Words that deny the procedure named right after them (无需补正, 未举行听证, 没有补正). A bare
/// 未 does not: 未补正 is a supplement still awaited.
const DENIED_BEFORE: [&str; 22] = [
    "无需",
    "无须",
    "不需要",
    "不需",
    "不用",
    "不予",
    "不再",
    "拒绝",
    "取消",
    "撤销",
    "撤回",
    "免于",
    "免予",
    "放弃",
    "未举行",
    "未进行",
    "未经",
    "没有",
    "没",
    "无",
    "非",
    "不",
];

/// Words that deny the procedure named right before them (补正（无需）, 鉴定：不予, 补正——无需),
/// unless they go on to name another procedure (听证（无需补正） denies 补正, not 听证).
const DENIED_AFTER: [&str; 15] = [
    "无需",
    "无须",
    "不需要",
    "不需",
    "不予",
    "取消",
    "已取消",
    "撤销",
    "已撤销",
    "免于",
    "免予",
    "不适用",
    "notneeded",
    "notrequired",
    "notapplicable",
];

/// Words that deny it when they are all that follows (补正：否, 补正：无, 补正:N; not 补正无误).
const DENIED_AFTER_WHOLE: [&str; 13] = [
    "否", "无", "没有", "不", "N", "NO", "No", "免", "no", "none", "N/A", "n/a", "NA",
];

/// Words anywhere in the clause that say its procedure did not take place (撤回听证申请,
/// 听证申请被驳回, 听证（申请人放弃）), unless they are followed by the procedure they deny.
const DENIED_ANYWHERE: [&str; 6] = ["取消", "撤回", "撤销", "驳回", "放弃", "未举行"];

/// What follows a name, past brackets, colons and dashes.
fn after_marks(text: &str) -> &str {
    text.trim_start_matches([
        '（', '(', '：', ':', '-', '—', '－', '/', '）', ')', '【', '[',
    ])
}

fn names_a_procedure(text: &str) -> bool {
    PAUSE_REASON_ALIASES
        .iter()
        .any(|(zh, _)| text.starts_with(zh))
}

/// Whether the procedure named at `at..at + len` of `clause` is denied there.
fn denied_in(clause: &str, at: usize, len: usize) -> bool {
    let before = &clause[..at];
    let after = after_marks(&clause[at + len..]);
    let targeted = |rest: &str| names_a_procedure(after_marks(rest));
    DENIED_BEFORE.iter().any(|d| before.ends_with(d))
        || DENIED_AFTER
            .iter()
            .any(|d| after.starts_with(d) && !targeted(&after[d.len()..]))
        || DENIED_AFTER_WHOLE.iter().any(|d| {
            after.strip_prefix(d).is_some_and(|rest| {
                rest.trim_start_matches(['）', ')', '。', '.', '】', ']'])
                    .is_empty()
            })
        })
        || DENIED_ANYWHERE.iter().any(|d| {
            clause
                .match_indices(d)
                .any(|(i, _)| !targeted(&clause[i + d.len()..]))
        })
}

/// Every code a reason stands for: the English code of each listed procedure it names and does
/// not deny, clause by clause (、，；), or, when it names none, each clause as written (a code,
/// or a reason of the portal's own). A reason in more words (等待补正, 补正：申请人…, 公示期间补正)
/// stands for each procedure it names (DL-7; third, fifth and sixth reviews): read as unknown,
/// the time would count against the clerk.
pub fn pause_reason_codes(text: &str) -> Vec<Cow<'_, str>> {
    let original = text;
    let text = folded(text);
    if let Some((_, en)) = PAUSE_REASON_ALIASES.iter().find(|(zh, _)| *zh == text) {
        return vec![Cow::Borrowed(en)];
    }
    let clauses = || {
        text.split(['、', '，', ',', ';', '；'])
            .filter(|c| !c.is_empty())
    };
    let mut codes: Vec<Cow<'_, str>> = Vec::new();
    let mut named = false;
    let mut last: Vec<&str> = Vec::new();
    for clause in clauses() {
        // A clause that only says no (补正，无) denies the clause before it.
        let bare = after_marks(clause).trim_end_matches(['）', ')', '。', '.']);
        if DENIED_AFTER_WHOLE.contains(&bare) || DENIED_AFTER.contains(&bare) {
            codes.retain(|c| !last.contains(&c.as_ref()));
            last.clear();
            continue;
        }
        last.clear();
        for (zh, en) in PAUSE_REASON_ALIASES {
            if let Some((at, _)) = clause.match_indices(zh).next() {
                named = true;
                if !denied_in(clause, at, zh.len()) && !codes.iter().any(|c| c == en) {
                    codes.push(Cow::Borrowed(en));
                    last.push(en);
                }
            }
        }
    }
    if !named {
        match english_codes(original) {
            Some(found) => codes.extend(found.into_iter().map(Cow::Borrowed)),
            None => codes.extend(clauses().map(|c| Cow::Owned(c.to_string()))),
        }
    }
    codes
}

/// The codes an English reason names (`hearing`, `Expert Review`, `supplement and testing`),
/// word by word and in pairs, each unless a word of denial stands right before it, or right
/// after it with no other code following (`hearing (no supplement)` is a hearing; `supplement:
/// no` is nothing); `None` if it names no code.
fn english_codes(text: &str) -> Option<Vec<&'static str>> {
    const NO: [&str; 9] = [
        "no",
        "not",
        "without",
        "none",
        "cancelled",
        "canceled",
        "waived",
        "skipped",
        "withdrawn",
    ];
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // `expert_review` is the words expert and review, in any case.
    let code_of = |parts: &[&str]| {
        PAUSE_REASON_ALIASES.iter().map(|(_, en)| *en).find(|en| {
            let mut code = en.bytes().filter(|b| *b != b'_');
            let mut said = parts.iter().flat_map(|p| p.bytes());
            loop {
                match (code.next(), said.next()) {
                    (None, None) => return true,
                    (Some(a), Some(b)) if a.eq_ignore_ascii_case(&b) => {}
                    _ => return false,
                }
            }
        })
    };
    let no = |w: &&str| NO.iter().any(|n| n.eq_ignore_ascii_case(w));
    let mut found: Vec<&'static str> = Vec::new();
    let mut named = false;
    let mut i = 0;
    while i < words.len() {
        let pair = words.get(i..i + 2).and_then(code_of);
        let (code, len) = match pair {
            Some(c) => (Some(c), 2),
            None => (code_of(&words[i..i + 1]), 1),
        };
        if let Some(c) = code {
            named = true;
            let denied = i > 0 && no(&words[i - 1]);
            // Only a denial that ends the reason, or says "not needed", denies the code before
            // it (`supplement, no delay` is a supplement; eighth review).
            let denied_after = words.get(i + len).is_some_and(no)
                && words.get(i + len + 1).is_none_or(|w| {
                    ["needed", "required", "necessary", "applicable"]
                        .iter()
                        .any(|n| n.eq_ignore_ascii_case(w))
                });
            if !denied && !denied_after && !found.contains(&c) {
                found.push(c);
            }
        }
        i += len;
    }
    named.then_some(found)
}

impl DeadlineRules {
    /// DL-6 applies to requests for supplements only.
    pub fn is_supplement(&self, reason: &str) -> bool {
        pause_reason_codes(reason)
            .iter()
            .any(|c| squash(c) == "supplement")
    }

    /// Whether the reason also names a listed procedure other than the supplement (补正、听证):
    /// a late supplement notice (DL-6) does not take the hearing's time from the pause.
    pub fn pauses_beyond_supplement(&self, reason: &str) -> bool {
        pause_reason_codes(reason)
            .iter()
            .filter(|c| squash(c) != "supplement")
            .any(|c| self.is_pause_reason(c))
    }
}
