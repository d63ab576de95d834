//! The words for a deadline report's cards and statuses: one set, used by the engine's own
//! texts, by `decorate()` and by the demo, so a badge, a filter and a message never name the
//! same state two ways (按期办结, not 按时办结 in one place and 按期办结 in another).

use serde::Serialize;

use crate::messages::{pick, Locale};

/// The labels in one locale, keyed by the report's `card` and `status` values.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineLabels {
    pub cards: CardLabels,
    pub statuses: StatusLabels,
    /// The report's `dueAt`: 到期时间.
    pub due_at: &'static str,
    pub provisional: &'static str,
    pub paused: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct CardLabels {
    pub green: &'static str,
    pub yellow: &'static str,
    pub red: &'static str,
    /// No card: the case is finished or its record cannot be assessed.
    pub none: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct StatusLabels {
    pub on_track: &'static str,
    pub warning: &'static str,
    pub overdue: &'static str,
    pub done_on_time: &'static str,
    pub done_late: &'static str,
    pub invalid: &'static str,
}

impl DeadlineLabels {
    pub fn new(locale: Locale) -> DeadlineLabels {
        let p = |zh, en| pick(locale, zh, en);
        DeadlineLabels {
            cards: CardLabels {
                green: p("绿牌", "Green card"),
                yellow: p("黄牌", "Yellow card"),
                red: p("红牌", "Red card"),
                none: p("未亮牌", "No card"),
            },
            statuses: StatusLabels {
                on_track: p("正常办理", "On track"),
                // The words of the yellow-card message: 办件即将到期.
                warning: p("即将到期", "Due soon"),
                overdue: p("已超期", "Overdue"),
                done_on_time: p("按期办结", "Done on time"),
                done_late: p("超期办结", "Done late"),
                invalid: p("数据有误", "Invalid data"),
            },
            due_at: p("到期时间", "Due"),
            provisional: p("暂定", "provisional"),
            paused: p("暂停计时", "clock paused"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::FindingCode;
    use crate::messages::finding_text;

    /// The yellow and red messages use the status words.
    #[test]
    fn messages_use_the_status_words() {
        let zh = DeadlineLabels::new(Locale::ZhCn);
        assert!(finding_text(FindingCode::CaseWarning, Locale::ZhCn).contains(zh.statuses.warning));
        assert!(finding_text(FindingCode::CaseOverdue, Locale::ZhCn).contains(zh.statuses.overdue));
        assert!(finding_text(FindingCode::DoneLate, Locale::ZhCn).contains(zh.statuses.done_late));
        assert!(finding_text(FindingCode::CaseOverdue, Locale::ZhCn).contains(zh.cards.red));
    }
}
