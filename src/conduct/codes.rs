//! The stable codes of conduct scoring and every text shown for them, zh-CN beside English:
//! the points-table codes (REGULATIONS.md "Default points (CON)"), the 三一四有 checklist, the
//! grades, the findings, and the consequences and recommendations.

use serde::Serialize;

use crate::error::codes;
use crate::finding::{Finding, Severity};
use crate::messages::{pick, render, Locale};

/// Every conduct code in one row: the code, the rule behind it, the kinds of event that may
/// carry it (the first is the kind of a record that names only the code), its default points and
/// consequences (REGULATIONS.md "Default points (CON)"), and its zh-CN and English label.
/// Adding a code is one row here and its line in the fixture.
macro_rules! conduct_codes {
    ($($variant:ident = $text:literal, $rule:literal, [$($kind:ident),+], $points:literal,
        [$($flag:ident),*], $zh:literal, $en:literal;)*) => {
        codes!(
            /// A conduct code of the points table (CON-2..6): a deduction, a zeroing or a
            /// commendation. Each variant's doc is its English description.
            ConductCode { $(#[doc = $en] $variant = $text,)* }
        );

        /// The rows of [`ConductCode`], in its order.
        const ROWS: &[CodeRow] = &[$(CodeRow {
            rule: $rule,
            kinds: &[$(EventKind::$kind),+],
            points: $points,
            consequences: 0 $(| $flag)*,
            zh: $zh,
            en: $en,
        },)*];
    };
}

struct CodeRow {
    rule: &'static str,
    kinds: &'static [EventKind],
    points: f64,
    consequences: u8,
    zh: &'static str,
    en: &'static str,
}

/// The consequences a code carries by default (CON-4, CON-6), as bits of a row.
pub(crate) const ZERO_MONTH: u8 = 1;
pub(crate) const REFERRED: u8 = 2;
pub(crate) const REMOVE_FROM_POST: u8 = 4;
pub(crate) const DISQUALIFY_UNIT: u8 = 8;
pub(crate) const NAME_HEADS: u8 = 16;

conduct_codes! {
    // CON-2: 1 point unless stated.
    Eating = "eating", "CON-2", [Violation], -1.0, [],
        "在大厅窗口用餐或吃零食", "A meal or snacks at the hall window";
    ChildAtPost = "child_at_post", "CON-2", [Violation], -1.0, [],
        "带小孩上岗", "A child at the post";
    OffPost = "off_post", "CON-2", [Violation], -2.0, [],
        "擅自离岗、缺岗、串岗或闲聊",
        "Left the post, missing from it, wandering between posts or idle chat";
    FoulLanguage = "foul_language", "CON-2", [Violation], -3.0, [],
        "讲脏话、粗话或大声喧哗", "Foul or coarse language, or shouting";
    ComputerMisuse = "computer_misuse", "CON-2", [Violation], -3.0, [],
        "用电脑炒股、玩游戏或干私活", "Stock trading, games or private work on the computer";
    OutsiderInArea = "outsider_in_area", "CON-2", [Violation], -1.0, [],
        "长时间会客或外人进入窗口区", "Long visits, or outsiders inside the window area";
    IdlePhone = "idle_phone", "CON-2", [Violation], -1.0, [],
        "打闲聊电话或长时间占用电话线路", "Idle phone calls or tying up the line";
    Headphones = "headphones", "CON-2", [Violation], -1.0, [],
        "工作时间佩戴耳麦", "Wearing a headset during working hours";
    RefusedByHours = "refused_by_hours", "CON-2", [Violation], -5.0, [],
        "以未到上班时间或已过下班时间为由拒绝办事",
        "Refused service citing the time before opening or after closing";
    // CON-3.
    LateOrEarly = "late_or_early", "CON-3", [Attendance, Violation], -1.0, [],
        "迟到或早退", "Late or left early";
    Absent = "absent", "CON-3", [Attendance, Violation], -5.0, [],
        "无故缺勤（每半天）", "Absent without leave (per half day)";
    Dress = "dress", "CON-3", [Violation], -1.0, [],
        "仪表仪容不合规范", "Appearance or dress not to standard";
    Uncivil = "uncivil", "CON-3", [Violation], -2.0, [],
        "不用文明用语、态度生硬", "No civil language, curt manner";
    CivilityItemMissed = "civility_item_missed", "CON-3", [Violation, Inspection], -0.5, [],
        "“三一四有”检查漏项（每项）", "A courtesy checklist item missed in an inspection (each)";
    // CON-4.
    GiftOrMeal = "gift_or_meal", "CON-4", [Violation], -10.0, [REFERRED],
        "收受礼品或接受宴请", "Accepted a gift or a meal";
    Bribery = "bribery", "CON-4", [Violation], 0.0, [ZERO_MONTH, REFERRED],
        "权钱交易", "Bribery (trading power for money)";
    DataLeak = "data_leak", "CON-4", [Violation], -10.0, [],
        "泄露或外借业务数据", "Leaked or lent professional data";
    ForbiddenSite = "forbidden_site", "CON-4", [Violation], -5.0, [],
        "登录禁止访问的网站", "Visited a forbidden site";
    NetworkTamper = "network_tamper", "CON-4", [Violation], -2.0, [],
        "擅自更改网络设置", "Changed network settings";
    VirusCheckMissed = "virus_check_missed", "CON-4", [Violation], -1.0, [],
        "未定期查杀病毒", "Missed the periodic virus check";
    PowerLeftOn = "power_left_on", "CON-4", [Violation], -0.5, [],
        "下班后未切断计算机外接电源", "Computer power left on after work";
    // CON-5.
    OverdueCase = "overdue_case", "CON-5", [OverdueCase, Violation], -2.0, [],
        "负责的办件超期", "A case overdue under this person's responsibility";
    ComplaintVerified = "complaint_verified", "CON-5", [Violation], -3.0, [],
        "投诉经查属实", "A verified complaint";
    BadRatingVerified = "bad_rating_verified", "CON-5", [Violation], -2.0, [],
        "差评经核实属实", "A bad rating verified as founded";
    BuckPassing = "buck_passing", "CON-5", [Violation], -3.0, [],
        "推诿扯皮或拒办不说明理由", "Buck-passing, or a refusal with no reason given";
    // CON-6.
    Exposure = "exposure", "CON-6", [Exposure, Violation], 0.0,
        [ZERO_MONTH, REMOVE_FROM_POST, DISQUALIFY_UNIT, NAME_HEADS],
        "被明察暗访拍摄或媒体曝光", "Exposed by inspectors or the media";
    PhoneLineTied = "phone_line_tied", "CON-2", [Violation], -1.0, [],
        "长时间占用服务电话", "Tied up the phone line for a long time";
    NoBadge = "no_badge", "CON-3", [Violation], -1.0, [],
        "未挂牌上岗或未按要求佩戴党员徽章亮身份",
        "Served without the name badge, or without the party badge where the hall requires it";
    AreaUntidy = "area_untidy", "CON-3", [Violation], -0.5, [],
        "办公区域卫生不整洁", "Window area untidy";
    // Smoking is only discouraged (提倡不吸烟): recorded and counted, no deduction.
    Smoking = "smoking", "CON-3", [Violation], 0.0, [],
        "工作时间吸烟（提倡不吸烟，仅记录，默认不扣分）",
        "Smoking during working hours (discouraged only: recorded, no deduction by default)";
    PublicEntertainment = "public_entertainment", "CON-4", [Violation], -10.0, [REFERRED],
        "接受他人或用公款支付的娱乐活动", "Accepted entertainment paid for by others or from public funds";
    BusinessAtHome = "business_at_home", "CON-4", [Violation], -5.0, [],
        "到工作人员家中办理业务", "Handled official business at a staff member's home";
    // CON-1: commendations add.
    CommendationLetter = "commendation_letter", "CON-1", [Commendation], 1.0, [],
        "书面表扬", "A written commendation";
    CommendationBanner = "commendation_banner", "CON-1", [Commendation], 2.0, [],
        "锦旗", "A silk banner of thanks";
}

impl ConductCode {
    /// The code written `text` in the points table, such as `eating`; `None` for any other text.
    /// The match is exact: the caller trims.
    pub fn parse(text: &str) -> Option<ConductCode> {
        ConductCode::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == text)
    }

    /// Position in [`ConductCode::ALL`], for table lookups.
    pub fn index(self) -> usize {
        self as usize
    }

    fn row(self) -> &'static CodeRow {
        &ROWS[self.index()]
    }

    /// The rule behind the code, `CON-1` to `CON-6`, as in REGULATIONS.md's points table.
    pub fn rule(self) -> &'static str {
        self.row().rule
    }

    /// Whether the code is a commendation (CON-1), whose points add; every other code deducts.
    pub fn is_commendation(self) -> bool {
        self.row().kinds.contains(&EventKind::Commendation)
    }

    /// What the code stands for, in `locale`: its label on score cards and in messages.
    pub fn label(self, locale: Locale) -> &'static str {
        pick(locale, self.row().zh, self.row().en)
    }

    /// The default points per occurrence (negative deducts).
    pub fn default_points(self) -> f64 {
        self.row().points
    }

    /// Whether the code carries `consequence` (one of the bits above) by default.
    pub(crate) fn has_consequence(self, consequence: u8) -> bool {
        self.row().consequences & consequence != 0
    }

    /// The kind of event a record that names only this code is.
    pub fn kind(self) -> EventKind {
        self.row().kinds[0]
    }

    /// Whether an event of `kind` may carry this code.
    pub fn fits(self, kind: EventKind) -> bool {
        self.row().kinds.contains(&kind)
    }
}

/// The kinds of conduct record (CON-1..6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// `violation`: any code but a commendation.
    Violation,
    /// `inspection`: a 三一四有 checklist (CON-3); each item missed is one `civility_item_missed`.
    Inspection,
    /// `attendance`: `late_or_early` or `absent` (CON-3).
    Attendance,
    /// `commendation`: `commendation_letter` or `commendation_banner` (CON-1).
    Commendation,
    /// `exposure`: exposure by inspectors or the media, code `exposure` (CON-6).
    Exposure,
    /// `overdue_case`: a case overdue under the person's responsibility, code `overdue_case`
    /// (CON-5).
    OverdueCase,
}

impl EventKind {
    /// The kind written `text`, such as `violation`; `None` for any other text. The match is
    /// exact: the caller trims.
    pub fn parse(text: &str) -> Option<EventKind> {
        Some(match text {
            "violation" => EventKind::Violation,
            "inspection" => EventKind::Inspection,
            "attendance" => EventKind::Attendance,
            "commendation" => EventKind::Commendation,
            "exposure" => EventKind::Exposure,
            "overdue_case" => EventKind::OverdueCase,
            _ => return None,
        })
    }

    /// The kind as written in a record, such as `overdue_case`.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Violation => "violation",
            EventKind::Inspection => "inspection",
            EventKind::Attendance => "attendance",
            EventKind::Commendation => "commendation",
            EventKind::Exposure => "exposure",
            EventKind::OverdueCase => "overdue_case",
        }
    }

    /// The kind a bare code belongs to, when an event names no kind.
    pub fn of_code(code: ConductCode) -> EventKind {
        code.kind()
    }

    /// Whether an event of this kind may carry `code`.
    pub fn accepts(self, code: ConductCode) -> bool {
        code.fits(self)
    }

    /// The code of a kind that only one code fits.
    pub fn implied_code(self) -> Option<ConductCode> {
        let mut fitting = ConductCode::ALL.iter().filter(|c| c.fits(self));
        match (fitting.next(), fitting.next()) {
            (Some(&only), None) => Some(only),
            _ => None,
        }
    }
}

codes!(
    /// An item of the 三一四有 courtesy checklist an inspection records (CON-3).
    ChecklistItem {
        /// 问一声好: a greeting.
        Greet = "greet",
        /// 让一个座: a seat offered.
        Seat = "seat",
        /// 倒一杯水: a cup of water.
        Water = "water",
        /// 来有迎声: a welcome on arrival.
        Welcome = "welcome",
        /// 去有送声: a farewell on leaving.
        Farewell = "farewell",
        /// 问有答声: an answer to every question.
        Answer = "answer",
        /// 办事结果有回声: the result told back.
        Result = "result",
    }
);

impl ChecklistItem {
    /// The item in `locale`: its 三一四有 phrase in zh-CN (问一声好), an English phrase in English.
    pub fn label(self, locale: Locale) -> &'static str {
        use ChecklistItem::*;
        let (zh, en) = match self {
            Greet => ("问一声好", "a greeting"),
            Seat => ("让一个座", "a seat offered"),
            Water => ("倒一杯水", "a cup of water"),
            Welcome => ("来有迎声", "a welcome on arrival"),
            Farewell => ("去有送声", "a farewell on leaving"),
            Answer => ("问有答声", "an answer to every question"),
            Result => ("办事结果有回声", "the result told back"),
        };
        pick(locale, zh, en)
    }
}

/// Monthly grades (CON-1). Declared by hand in TypeScript (`src/js/types.rs`): `assessPeriod`'s
/// types name it too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// 优秀: a score of `grades.excellent` or more (90 by default).
    Excellent,
    /// 良好: a score of `grades.good` or more (80 by default), below 优秀.
    Good,
    /// 合格: a score of `grades.pass` or more (60 by default), below 良好.
    Pass,
    /// 不合格: a score below `grades.pass`.
    Fail,
}

impl Grade {
    /// Every grade, best first.
    pub const ALL: [Grade; 4] = [Grade::Excellent, Grade::Good, Grade::Pass, Grade::Fail];

    /// The grade's code, as the results write it: `excellent`, `good`, `pass` or `fail`.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Excellent => "excellent",
            Grade::Good => "good",
            Grade::Pass => "pass",
            Grade::Fail => "fail",
        }
    }

    /// The grade in `locale`: 优秀, 良好, 合格 or 不合格 in zh-CN.
    pub fn label(self, locale: Locale) -> &'static str {
        let (zh, en) = match self {
            Grade::Excellent => ("优秀", "Excellent"),
            Grade::Good => ("良好", "Good"),
            Grade::Pass => ("合格", "Pass"),
            Grade::Fail => ("不合格", "Fail"),
        };
        pick(locale, zh, en)
    }
}

codes!(
    /// Why a conduct record, card or unit was not taken as given: the code of a finding of
    /// `scoreConduct`, `assessPeriod` or `rankUnits` (rule and severity below).
    ConductIssue {
        /// A record that cannot be read; not scored.
        InvalidRecord = "invalid_record",
        /// A record's date that is not a date; not scored.
        InvalidDate = "invalid_date",
        /// A record dated outside the month scored; not counted.
        OutsidePeriod = "outside_period",
        /// A record of a person not on the month's staff list; not scored.
        UnknownPerson = "unknown_person",
        /// A record of a person not found on the staff list when some of the list could not
        /// be read: the person may be listed there; not scored.
        PersonUnread = "person_unread",
        /// A record that gives a listed person's name where the staff id goes; not scored,
        /// and that person's card is incomplete.
        NameForId = "name_for_id",
        /// A record kind the engine does not know; not scored.
        UnknownKind = "unknown_kind",
        /// A code not in the points table; not scored.
        UnknownCode = "unknown_code",
        /// A code that does not fit the record's kind; not scored.
        CodeKindMismatch = "code_kind_mismatch",
        /// A count that is not a positive whole number; not scored.
        InvalidCount = "invalid_count",
        /// A count above the ruleset's limit, likely a typing error; not scored.
        CountOverLimit = "count_over_limit",
        /// An inspection without its checklist; nothing deducted (CON-3).
        ChecklistMissing = "checklist_missing",
        /// A case already deducted from the same person; not counted again (CON-5).
        DuplicateCase = "duplicate_case",
        /// An overdue case that fell due in another month; deducted in that month (CON-5).
        OverdueOutsidePeriod = "overdue_outside_period",
        /// An overdue case due past the published calendar; nothing deducted yet (CON-5, CAL-2).
        OverdueProvisional = "overdue_provisional",
        /// An overdue case whose own deadline report says it was done on time: the two
        /// records disagree, and nothing is deducted (CON-5).
        OverdueContradicted = "overdue_contradicted",
        /// An overdue case recorded not after the due time its own deadline report gives (a
        /// date alone counts as before that day's due time): it was not overdue then, and
        /// nothing is deducted (CON-5).
        OverdueBeforeDue = "overdue_before_due",
        /// A staff id given twice; the first entry is used.
        DuplicateStaff = "duplicate_staff",
        /// A staff id given for two different names: its records cannot be known to be one
        /// person's, so none is scored and nothing is concluded for it.
        SharedStaffId = "shared_staff_id",
        /// On a card: records of the month that name the person could not be scored, so the
        /// card is incomplete (CON-1).
        RecordsUnread = "records_unread",
        /// A unit id given twice; the first entry is used.
        DuplicateUnit = "duplicate_unit",
        /// A person's unit that is not among the units given (CON-6).
        UnknownUnit = "unknown_unit",
        /// A person at a window without the certification CON-8 asks for.
        Uncertified = "uncertified",
        /// A month's score that is not a number from 0 to the cap in steps of 0.1 (CON-7).
        InvalidScore = "invalid_score",
        /// A person's card given twice for one month; the higher score counts (CON-7).
        DuplicateCard = "duplicate_card",
        /// A recorded retraining with no 不合格 run before it in the period, followed by a
        /// 不合格: no contract end is recommended on it (CON-7).
        RetrainingWithoutFails = "retraining_without_fails",
        /// A retraining recorded for an id with no card in the period: not used (CON-7).
        RetrainedWithoutCard = "retrained_without_card",
        /// An incomplete card (`incomplete`) graded 不合格: that month is not taken against the
        /// person (CON-7).
        IncompleteCard = "incomplete_card",
        /// A survey or appraisal share that is not a number from 0 to 1 (CON-9).
        InvalidShare = "invalid_share",
        /// A unit or window with no sector to be ranked in (CON-9).
        NoSector = "no_sector",
        /// A month whose sector ranking holds incomplete cards: its last place is not taken
        /// towards a talk (SUP-5).
        IncompleteRanking = "incomplete_ranking",
    }
);

/// Why a record's `person` is refused beside its `staffId`: it names someone else.
pub fn person_mismatch(staff_id: &str, locale: Locale) -> String {
    match locale {
        Locale::ZhCn => format!("与人员编号“{staff_id}”不是同一人员（既非该编号，也非其姓名）"),
        Locale::En => format!("it names neither staff id {staff_id} nor that person's name"),
    }
}

/// What `overdue_provisional` says in English of a case given without an id.
pub const NO_CASE_ID_EN: &str = "(no id)";

impl ConductIssue {
    /// The rule ID that a finding of this issue cites.
    pub fn rule(self) -> &'static str {
        use ConductIssue::*;
        match self {
            InvalidRecord | InvalidDate | OutsidePeriod | UnknownPerson | PersonUnread
            | NameForId | UnknownKind | UnknownCode | CodeKindMismatch | InvalidCount
            | CountOverLimit | DuplicateStaff | SharedStaffId | DuplicateUnit | RecordsUnread => {
                "CON-1"
            }
            ChecklistMissing => "CON-3",
            DuplicateCase | OverdueOutsidePeriod | OverdueProvisional | OverdueContradicted
            | OverdueBeforeDue => "CON-5",
            UnknownUnit => "CON-6",
            InvalidScore
            | DuplicateCard
            | RetrainingWithoutFails
            | IncompleteCard
            | RetrainedWithoutCard => "CON-7",
            Uncertified => "CON-8",
            InvalidShare | NoSector => "CON-9",
            IncompleteRanking => "SUP-5",
        }
    }

    /// `Warning` for `checklist_missing`, `duplicate_case`, `overdue_outside_period`,
    /// `overdue_provisional`, `overdue_contradicted`, `overdue_before_due`, `unknown_unit`, `invalid_share`, `no_sector`, `records_unread`,
    /// `incomplete_card`, `incomplete_ranking`, `retraining_without_fails` and
    /// `retrained_without_card`; `Error` for every
    /// other issue. In `scoreConduct`'s summary, a record with an error finding is rejected.
    pub fn severity(self) -> Severity {
        use ConductIssue::*;
        match self {
            ChecklistMissing
            | DuplicateCase
            | OverdueOutsidePeriod
            | OverdueProvisional
            | OverdueContradicted
            | OverdueBeforeDue
            | UnknownUnit
            | InvalidShare
            | NoSector
            | RetrainingWithoutFails
            | IncompleteRanking
            | RecordsUnread
            | IncompleteCard
            | RetrainedWithoutCard => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// For the hall supervisor: what is wrong, then what to do. `{path}` and `{detail}` are
    /// filled in.
    pub fn text(self, locale: Locale) -> &'static str {
        use ConductIssue::*;
        let (zh, en) = match self {
            InvalidRecord => (
                "{path}无法读取：{detail}。该条记录未计分，请更正后重新提交。",
                "Record {path} cannot be read: {detail}. It was not scored; correct it and submit again.",
            ),
            InvalidDate => (
                "{path}不是有效日期（应为年份在前，如2026-02-12）：{detail}。该条记录未计分，请更正日期。",
                "{path} is not a valid date (expected year first, as 2026-02-12): {detail}. The record was not scored; correct the date.",
            ),
            OutsidePeriod => (
                "记录日期{detail}不在本次考评月份内，未计入本月得分。请放到对应月份的考评中。",
                "The record's date {detail} is outside the month being scored, so it was not counted. Submit it with that month.",
            ),
            UnknownPerson => (
                "人员“{detail}”不在本月人员名单中，该条记录未计分。请核对人员编号或补充人员名单。",
                "Person \"{detail}\" is not on this month's staff list, so the record was not scored. Check the staff id or add the person.",
            ),
            NameForId => (
                "记录在人员编号处填写的是名单中人员的姓名“{detail}”，不能据姓名确定人员，该条记录未计分，记录所涉人员的考评卡标为不完整。请填写人员编号。",
                "The record gives the name {detail}, of someone on the staff list, where the staff id goes; a name does not identify a person, so the record was not scored and the cards of the people it names are marked incomplete. Give the staff id.",
            ),
            PersonUnread => (
                "人员“{detail}”未在可读取的人员名单中找到，而名单中有无法读取的人员记录，此人可能就在其中；该条记录暂未计分。请先更正无法读取的人员记录后重新提交。",
                "Person \"{detail}\" was not found among the staff records that could be read, and some could not be read: the person may be one of them. The record was not scored; correct the unreadable staff records and submit again.",
            ),
            UnknownKind => (
                "记录类型“{detail}”无法识别，该条记录未计分。可用类型：violation、inspection、attendance、commendation、exposure、overdue_case。",
                "Record kind \"{detail}\" is unknown, so it was not scored. Use violation, inspection, attendance, commendation, exposure or overdue_case.",
            ),
            UnknownCode => (
                "扣分代码“{detail}”不在计分表中，该条记录未计分。请改用计分表中的代码。",
                "Code \"{detail}\" is not in the points table, so the record was not scored. Use a code from the table.",
            ),
            CodeKindMismatch => (
                "代码与记录类型不符（{detail}），该条记录未计分。请核对记录类型或代码。",
                "The code does not fit the record kind ({detail}), so the record was not scored. Check the kind or the code.",
            ),
            InvalidCount => (
                "次数{detail}无效（应为正整数），该条记录未计分。请更正次数。",
                "Count {detail} is invalid (expected a positive whole number), so the record was not scored. Correct the count.",
            ),
            CountOverLimit => (
                "次数超过上限（{detail}），可能录入有误，该条记录未计分。请核对后重新录入。",
                "The count exceeds the limit ({detail}), probably a typing error, so the record was not scored. Check it and enter it again.",
            ),
            ChecklistMissing => (
                "检查记录没有“三一四有”检查结果，未扣分。请补录各项是否做到。",
                "The inspection record has no courtesy checklist, so nothing was deducted. Record whether each item was done.",
            ),
            DuplicateCase => (
                "办件{detail}已对同一责任人扣过分，本条不重复扣分。",
                "Case {detail} has already been deducted from the same person; this record was not counted again.",
            ),
            OverdueOutsidePeriod => (
                "办件到期日{detail}不在本考评月份内；超期扣分计入到期当月，本月不扣。",
                "The case fell due on {detail}, outside this month; an overdue case is deducted in the month it fell due, not now.",
            ),
            OverdueProvisional => (
                "办件{detail}的到期时间超出已公布的节假日安排，属暂定结果，暂不扣分；新年度通知公布后再按实际到期时间考评。",
                "Case {detail} fell due past the published holiday notices: the result is provisional and nothing is deducted until the new notice is loaded.",
            ),
            OverdueContradicted => (
                "办件{detail}的时限报告显示已按时办结，与本条超期记录不符，本条不扣分。请核对该办件的办理记录。",
                "The deadline report of case {detail} says it was done on time, which this overdue record contradicts, so nothing was deducted. Check the case's record.",
            ),
            OverdueBeforeDue => (
                "办件{detail}：本条超期记录不晚于该办件时限报告所示的到期时间，记录时尚未超期，本条不扣分。请核对记录日期。",
                "Case {detail}: this overdue record is not after the due time the case's deadline report gives, so the case was not overdue then and nothing was deducted. Check the record's date.",
            ),
            SharedStaffId => (
                "人员编号{detail}对应不同姓名或不同单位，无法确定是同一人：该编号的记录均未计分，也不据此作出考评结论。请核对人员编号。",
                "Staff id {detail} is given for different names or units, so its records cannot be known to be one person's: none was scored and nothing is concluded from them. Check the staff ids.",
            ),
            DuplicateStaff => (
                "人员编号{detail}重复，只采用第一条。请核对人员名单。",
                "Staff id {detail} appears twice; only the first entry is used. Check the staff list.",
            ),
            DuplicateUnit => (
                "单位编号{detail}重复，只采用第一条。请核对单位名单。",
                "Unit id {detail} appears twice; only the first entry is used. Check the unit list.",
            ),
            UnknownUnit => (
                "单位“{detail}”不在单位名单中，出现曝光时无法确定应问责的负责人。请补充单位信息。",
                "Unit \"{detail}\" is not on the unit list, so no head can be named if someone is exposed. Add the unit.",
            ),
            Uncertified => (
                "{detail}未经培训考核合格，却在窗口上岗。请安排培训考核，合格前调离窗口。",
                "{detail} serves at a window without being trained and certified. Arrange the training and test, and take the person off the window until certified.",
            ),
            InvalidScore => (
                "{path}（{detail}）无效（应为0至封顶分之间、精确到0.1分的分数），该月未计入评定。请核对考评卡。",
                "The score {detail} at {path} is invalid (expected 0 up to the cap, to 0.1 point), so that month was left out. Check the score card.",
            ),
            IncompleteRanking => (
                "{detail}的排序含不完整的考评卡（有记录未能计入），该月的末位未经确认，不计入约谈所需的连续末位月数。请更正记录后重新考评。",
                "The ranking of {detail} holds incomplete cards (records could not be scored), so last place that month is not confirmed and does not count towards the months of last place a talk needs. Correct the records and score again.",
            ),
            DuplicateCard => (
                "同一人员同一月份有多张考评卡（{detail}），按其中较高的分数计。请删除重复的考评卡。",
                "One person has several score cards in the same month ({detail}); the higher score counts. Remove the duplicates.",
            ),
            RecordsUnread => (
                "可能属于该人员的记录（{detail}）无法读取或有误，未计入本月得分，本卡得分和等级不完整。请更正这些记录后重新考评；在此之前，不宜据本卡作出不利于该人员的结论。",
                "Records that may be this person's ({detail}) could not be read or were refused, and are not in this month's score: the score and grade are incomplete. Correct them and score again; until then, draw no conclusion against the person from this card.",
            ),
            IncompleteCard => (
                "{detail}的考评卡不完整（有记录未能计入），该月的等级未经确认，不据此作出升档、降档、离岗培训或解除劳动合同的建议。请更正记录后重新考评。",
                "The card of {detail} is incomplete (records could not be scored), so its grade is not confirmed and no pay step up or down, retraining or contract end is drawn from it. Correct the records and score again.",
            ),
            RetrainedWithoutCard => (
                "离岗培训名单中的人员“{detail}”在本期没有任何考评卡，该培训记录未采用。请核对人员编号。",
                "Person \"{detail}\" is listed as retrained but has no score card in the period, so the retraining was not used. Check the staff id.",
            ),
            RetrainingWithoutFails => (
                "{detail}；但本期在培训月份之前没有达到离岗培训条件的不合格记录（培训当月的不合格无法确定在培训之前），或其后已有合格月份，因此不据此建议解除劳动合同。如培训前的不合格月份不在本期内，请连同这些月份一并评估。",
                "{detail}; but the period shows no run of failed months before the retraining's month that called for it (a fail in the same month may have come after it), or a month passed since, so no contract end is recommended on it. If the months before the retraining fall outside the period, assess them together.",
            ),
            InvalidShare => (
                "{path}（{detail}）无效（应在0至1之间），排序时按没有好评率处理。请更正。",
                "The good-rating share {detail} at {path} is invalid (expected 0 to 1) and was treated as missing in the ranking. Correct it.",
            ),
            NoSector => (
                "{detail}未注明所属行业，已归入“未分行业”单独排序。请补充行业。",
                "{detail} names no sector and was ranked under \"no sector\". Add its sector.",
            ),
        };
        pick(locale, zh, en)
    }

    /// This issue as a finding at `path`, with its rule, code and severity, and its text in
    /// `locale` with the path and `detail` filled in. Numbers in `detail` are masked (CASE-7).
    pub fn finding(self, path: &str, detail: &str, locale: Locale) -> Finding {
        Finding::with_template(
            self.rule(),
            self.as_str(),
            self.severity(),
            path,
            self.text(locale),
            detail,
            locale,
        )
    }
}

/// What follows from a month's record (consequences) or a period's (recommendations).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// `month_zeroed`: the month's score is 0 (bribery and exposure, by default).
    MonthZeroed,
    /// `removal_from_post`: remove the person responsible from the post (CON-6).
    RemovalFromPost,
    /// `referred_to_discipline`: refer to the discipline inspection authorities (CON-4).
    ReferredToDiscipline,
    /// `unit_disqualified`: the unit loses its eligibility for this year's awards (CON-6).
    UnitDisqualified,
    /// `heads_accountable`: hold the unit's head and the bureau's head accountable (CON-6).
    HeadsAccountable,
    /// `pay_step_up`: raise base pay one step, after 优秀 in every month of a block (CON-7).
    PayStepUp,
    /// `pay_step_down`: lower base pay one step, after `stepDownFails` 不合格 months in a
    /// block, one by default (CON-7).
    PayStepDown,
    /// `retraining`: retraining off the post, after 不合格 months in a row or too many within
    /// the window (CON-7).
    Retraining,
    /// `end_contract`: ending the contract may be recommended, after 不合格 again soon after a
    /// recorded retraining (CON-7).
    EndContract,
    /// `talk`: a formal talk (约谈) with the head of a window last in its sector month after
    /// month (SUP-5).
    Talk,
}

impl Action {
    /// Every action, in declaration order.
    pub const ALL: [Action; 10] = [
        Action::MonthZeroed,
        Action::RemovalFromPost,
        Action::ReferredToDiscipline,
        Action::UnitDisqualified,
        Action::HeadsAccountable,
        Action::PayStepUp,
        Action::PayStepDown,
        Action::Retraining,
        Action::EndContract,
        Action::Talk,
    ];

    /// The rule an action is cited under where no code triggered it (a period's or a
    /// ranking's consequence). A code's own consequence cites the code's rule instead: a
    /// bribery's zeroed month is CON-4, not this CON-6.
    pub fn rule(self) -> &'static str {
        match self {
            Action::MonthZeroed | Action::RemovalFromPost => "CON-6",
            Action::ReferredToDiscipline => "CON-4",
            Action::UnitDisqualified | Action::HeadsAccountable => "CON-6",
            Action::PayStepUp | Action::PayStepDown | Action::Retraining | Action::EndContract => {
                "CON-7"
            }
            Action::Talk => "SUP-5",
        }
    }

    /// The message template in `locale`, with `{detail}` to fill in (see [`Action::message`]).
    pub fn text(self, locale: Locale) -> &'static str {
        let (zh, en) = match self {
            Action::MonthZeroed => (
                "{detail}：本月考评记0分。",
                "{detail}: the month's score is 0.",
            ),
            Action::RemovalFromPost => (
                "被曝光（{detail}），建议将直接责任人调离工作岗位并严肃处理。",
                "Exposed ({detail}): recommend removing the person responsible from the post and dealing with the matter seriously.",
            ),
            Action::ReferredToDiscipline => (
                "{detail}：建议移送纪检监察机关处理。",
                "{detail}: recommend referral to the discipline inspection and supervision authorities.",
            ),
            Action::UnitDisqualified => (
                "单位{detail}有人员被曝光，建议取消该单位本年度评优评先资格。",
                "Unit {detail} had a person exposed: recommend withdrawing its eligibility for this year's awards.",
            ),
            Action::HeadsAccountable => (
                "建议追究所在单位负责人和局负责人的责任：{detail}。",
                "Recommend holding the unit's head and the bureau's head accountable: {detail}.",
            ),
            Action::PayStepUp => (
                "{detail}各月考评均为优秀，建议基础工资上调一档。",
                "Excellent in every month of {detail}: recommend raising base pay one step.",
            ),
            Action::PayStepDown => (
                "{detail}有不合格月份，建议基础工资下调一档。",
                "A failing month in {detail}: recommend lowering base pay one step.",
            ),
            Action::Retraining => (
                "考评不合格（{detail}），建议离岗培训，培训合格后再上岗。",
                "Failed the assessment ({detail}): recommend retraining off the post until certified again.",
            ),
            Action::EndContract => (
                "{detail}，属离岗培训后规定期限内再次不合格，可建议解除聘用合同。",
                "Failed again within the set period after the recorded retraining ({detail}): ending the contract may be recommended.",
            ),
            Action::Talk => (
                "窗口在本行业连续排名末位（{detail}），建议约谈窗口负责人。",
                "The window ranked last in its sector month after month ({detail}): recommend a formal talk with its head.",
            ),
        };
        pick(locale, zh, en)
    }

    /// The message in `locale`, with `detail` in place of `{detail}`.
    pub fn message(self, detail: &str, locale: Locale) -> String {
        render(self.text(locale), "", detail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_both_texts() {
        for locale in [Locale::ZhCn, Locale::En] {
            for c in ConductCode::ALL {
                assert!(!c.label(locale).trim().is_empty(), "{c:?}");
                assert_eq!(ConductCode::parse(c.as_str()), Some(*c));
                assert_eq!(ConductCode::ALL[c.index()], *c);
            }
            for i in ChecklistItem::ALL {
                assert!(!i.label(locale).trim().is_empty(), "{i:?}");
            }
            for g in Grade::ALL {
                assert!(!g.label(locale).trim().is_empty(), "{g:?}");
            }
            for c in ConductIssue::ALL {
                assert!(!c.text(locale).trim().is_empty(), "{c:?}");
                // SUP-5's talks are called from the conduct ranking.
                assert!(c.rule().starts_with("CON-") || c.rule() == "SUP-5", "{c:?}");
            }
            for a in Action::ALL {
                assert!(!a.text(locale).trim().is_empty(), "{a:?}");
            }
        }
    }

    #[test]
    fn the_kinds_of_event_each_code_fits() {
        use EventKind::*;
        // A record of any kind but a commendation may carry any deduction (a violation record);
        // the narrower kinds take their own codes, and a kind with one code implies it.
        for &c in ConductCode::ALL {
            assert_eq!(c.fits(Violation), !c.is_commendation(), "{c:?}");
            assert!(c.fits(c.kind()), "{c:?}");
        }
        let kind = |c: ConductCode| c.kind();
        assert_eq!(kind(ConductCode::LateOrEarly), Attendance);
        assert_eq!(kind(ConductCode::CivilityItemMissed), Violation);
        assert_eq!(kind(ConductCode::CommendationBanner), Commendation);
        assert_eq!(
            Inspection.implied_code(),
            Some(ConductCode::CivilityItemMissed)
        );
        assert_eq!(Exposure.implied_code(), Some(ConductCode::Exposure));
        assert_eq!(OverdueCase.implied_code(), Some(ConductCode::OverdueCase));
        for k in [Violation, Attendance, Commendation] {
            assert_eq!(k.implied_code(), None, "{k:?}");
        }
        assert_eq!(ROWS.len(), ConductCode::ALL.len());
    }

    #[test]
    fn english_texts_are_english_and_chinese_texts_chinese() {
        let has_han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        // No Chinese in English texts at all (fifth review: 三一四有, 权钱交易, 锦旗, 约谈).
        for c in ConductIssue::ALL {
            assert!(has_han(c.text(Locale::ZhCn)), "{c:?}");
            assert!(!has_han(c.text(Locale::En)), "{c:?}");
        }
        for a in Action::ALL {
            assert!(has_han(a.text(Locale::ZhCn)), "{a:?}");
            assert!(!has_han(a.text(Locale::En)), "{a:?}");
        }
        for c in ConductCode::ALL {
            assert!(!has_han(c.label(Locale::En)), "{c:?}");
        }
        for i in ChecklistItem::ALL {
            assert!(!has_han(i.label(Locale::En)), "{i:?}");
        }
    }
}
