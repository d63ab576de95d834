//! The words for a deadline report's cards and statuses: one set, used by the engine's own
//! texts, by `decorate()` and by the demo, so a badge, a filter and a message never name the
//! same state two ways (按期办结, not 按时办结 in one place and 按期办结 in another).

use serde::Serialize;

use crate::messages::{pick, Locale};

/// The labels in one locale, keyed by the report's `card` and `status` values.
#[derive(Clone, Debug, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineLabels {
    /// The words for the cards.
    pub cards: CardLabels,
    /// The words for the statuses.
    pub statuses: StatusLabels,
    /// The report's `dueAt`: 到期时间.
    pub due_at: &'static str,
    /// The mark of a provisional due time (CAL-2): 暂定 / provisional.
    pub provisional: &'static str,
    /// The words for a clock stopped by an open pause (the report's `paused`): 暂停计时 /
    /// clock paused.
    pub paused: &'static str,
    /// Phrases for the sentence a screen reader gives for a decorated cell (红牌，已超期2个工作日，
    /// 应于2026-02-24 17:30前办结（北京时间）): `{n}` is a count of working days, `{due}` a time.
    pub spoken: SpokenLabels,
}

/// The phrases of a decorated cell's spoken sentence.
#[derive(Clone, Debug, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct SpokenLabels {
    /// Overdue by one working day or more (`overdueBy.workingDays`).
    pub overdue_by: &'static str,
    /// Overdue by exactly one working day.
    pub overdue_by_one: &'static str,
    /// Still open, with working days left before the due day (`remainingWorkingDays`).
    pub remaining: &'static str,
    /// Still open, with exactly one working day left.
    pub remaining_one: &'static str,
    /// Still open, due on the day of reading.
    pub due_today: &'static str,
    /// The due time of an open case.
    pub due_by: &'static str,
    /// Between the phrases.
    pub separator: &'static str,
}

/// The words for each `card` value, and for no card.
#[derive(Clone, Debug, Serialize, tsify::Tsify)]
pub struct CardLabels {
    /// `green`: 绿牌 / Green card.
    pub green: &'static str,
    /// `yellow`: 黄牌 / Yellow card.
    pub yellow: &'static str,
    /// `red`: 红牌 / Red card.
    pub red: &'static str,
    /// No card: the case is finished or its record cannot be assessed.
    pub none: &'static str,
}

/// The words for each `status` value.
#[derive(Clone, Debug, Serialize, tsify::Tsify)]
pub struct StatusLabels {
    /// `on_track`: 正常办理 / On track.
    pub on_track: &'static str,
    /// `warning`: 即将到期 / Due soon, the words of the yellow-card message.
    pub warning: &'static str,
    /// `overdue`: 已超期 / Overdue.
    pub overdue: &'static str,
    /// `done_on_time`: 按期办结 / Done on time.
    pub done_on_time: &'static str,
    /// `done_late`: 超期办结 / Done late.
    pub done_late: &'static str,
    /// `invalid`: 数据有误 / Invalid data.
    pub invalid: &'static str,
}

impl DeadlineLabels {
    /// The labels in `locale`.
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
            spoken: SpokenLabels {
                overdue_by: p("已超期{n}个工作日", "overdue by {n} working days"),
                overdue_by_one: p("已超期1个工作日", "overdue by 1 working day"),
                remaining: p("剩余{n}个工作日", "{n} working days left"),
                remaining_one: p("剩余1个工作日", "1 working day left"),
                due_today: p("今日截止", "last working day"),
                due_by: p("应于{due}前办结（北京时间）", "due by {due} (Beijing time)"),
                separator: p("，", ", "),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::FindingCode;

    /// The yellow and red messages use the status words.
    #[test]
    fn messages_use_the_status_words() {
        let zh = DeadlineLabels::new(Locale::ZhCn);
        assert!(FindingCode::CaseWarning
            .text(Locale::ZhCn)
            .contains(zh.statuses.warning));
        assert!(FindingCode::CaseOverdue
            .text(Locale::ZhCn)
            .contains(zh.statuses.overdue));
        assert!(FindingCode::DoneLate
            .text(Locale::ZhCn)
            .contains(zh.statuses.done_late));
        assert!(FindingCode::CaseOverdue
            .text(Locale::ZhCn)
            .contains(zh.cards.red));
    }
}
