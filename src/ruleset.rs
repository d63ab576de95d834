//! The ruleset: every limit, threshold and point value, with defaults from REGULATIONS.md.
//! A portal overrides any part with JSON; what it leaves out keeps the default.

use serde::{Deserialize, Serialize};

use crate::deadline::pause_reasons::DEFAULT_PAUSE_REASONS;
use crate::error::{Error, ErrorCode};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitUnit {
    WorkingDays,
    CalendarDays,
    WorkingHours,
}

impl LimitUnit {
    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<LimitUnit> {
        [
            LimitUnit::WorkingDays,
            LimitUnit::CalendarDays,
            LimitUnit::WorkingHours,
        ]
        .get(code as usize)
        .copied()
    }
}

/// A time limit such as 3 working days. Zero working days is the same-day rule (DL-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    pub value: u32,
    pub unit: LimitUnit,
}

impl Limit {
    pub const fn working_days(value: u32) -> Limit {
        Limit {
            value,
            unit: LimitUnit::WorkingDays,
        }
    }
}

impl Limit {
    /// For messages: 3个工作日 / 3 working days.
    pub fn describe(&self, locale: crate::messages::Locale) -> String {
        let n = self.value;
        // Zero of any unit is the same-day rule (DL-1): closing time on the day it starts.
        if n == 0 {
            return crate::messages::pick(locale, "当日办结（即办）", "the same day (immediate)")
                .to_string();
        }
        match (locale.is_english(), self.unit) {
            (false, LimitUnit::WorkingDays) => format!("{n}个工作日"),
            (false, LimitUnit::CalendarDays) => format!("{n}个自然日"),
            (false, LimitUnit::WorkingHours) => format!("{n}个工作小时"),
            (true, unit) => {
                let word = match unit {
                    LimitUnit::WorkingDays => "working day",
                    LimitUnit::CalendarDays => "calendar day",
                    LimitUnit::WorkingHours => "working hour",
                };
                format!("{n} {word}{}", if n == 1 { "" } else { "s" })
            }
        }
    }
}

impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            LimitUnit::WorkingDays => "working_days",
            LimitUnit::CalendarDays => "calendar_days",
            LimitUnit::WorkingHours => "working_hours",
        };
        write!(f, "{} {unit}", self.value)
    }
}

/// Longest limit accepted anywhere: ten years of days keeps every due date inside the tables.
pub const MAX_LIMIT_VALUE: u32 = 3660;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct CategoryLimits {
    /// DL-1: the same working day.
    pub immediate: Limit,
    /// DL-2: unless the service item publishes its own 承诺时限.
    pub promised: Limit,
    /// DL-3: a reply within one week.
    pub joint: Limit,
    /// DL-4: sent to the higher level within 3 days of acceptance.
    pub escalated: Limit,
    /// DL-5: 行政许可法 art. 42.
    pub licensing: Limit,
    /// DL-5: joint licensing, art. 42 para. 2.
    pub licensing_joint: Limit,
}

impl Default for CategoryLimits {
    fn default() -> Self {
        CategoryLimits {
            immediate: Limit::working_days(0),
            promised: Limit::working_days(3),
            joint: Limit::working_days(5),
            escalated: Limit::working_days(3),
            licensing: Limit::working_days(20),
            licensing_joint: Limit::working_days(45),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct Extensions {
    pub licensing: Limit,
    pub licensing_joint: Limit,
}

impl Default for Extensions {
    fn default() -> Self {
        Extensions {
            licensing: Limit::working_days(10),
            licensing_joint: Limit::working_days(15),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct YellowCard {
    /// Share of the office time elapsed (pauses excluded) that turns the card yellow.
    pub elapsed_share: f64,
    /// Remaining office time, in standard office days, at which the card turns yellow (DL-9):
    /// 1 means ≤ one full office day of the hall's standard hours is left. It applies only to
    /// limits longer than that, so a same-day case is not yellow from the moment it arrives.
    pub remaining_working_days: u32,
}

impl Default for YellowCard {
    fn default() -> Self {
        YellowCard {
            elapsed_share: 0.8,
            remaining_working_days: 1,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct DeadlineRules {
    pub categories: CategoryLimits,
    /// DL-5: the extension a head may approve, added after the statutory limit.
    pub extensions: Extensions,
    /// DL-6: the window for the one-time notice of missing materials.
    pub supplement_notice: Limit,
    /// DL-7: reasons that stop the clock: supplements and the 特别程序 of 行政许可法 art. 45,
    /// exactly. A portal adds its own (`consultation`, `public_notice`, `site_survey` …) here.
    pub pause_reasons: Vec<String>,
    /// DL-7: each pause needs a written notice to the applicant (`pauses[].notifiedAt`). A
    /// portal that does not record notices turns this off.
    pub pause_notice_required: bool,
    /// DL-4: the reply to the applicant after the higher level's answer on an escalated case.
    pub escalated_reply: Limit,
    /// DL-5: the licence or certificate is issued after the decision (行政许可法 art. 44).
    pub certificate_issue: Limit,
    pub yellow: YellowCard,
    /// The unit of a limit a record gives as a bare number or in 天/日 (`5`, `3天`): working
    /// days by default, as 行政许可法 art. 82 counts them.
    pub limit_unit: LimitUnit,
}

impl Default for DeadlineRules {
    fn default() -> Self {
        DeadlineRules {
            categories: CategoryLimits::default(),
            extensions: Extensions::default(),
            supplement_notice: Limit::working_days(5),
            pause_reasons: DEFAULT_PAUSE_REASONS
                .iter()
                .map(|s| s.to_string())
                .collect(),
            pause_notice_required: true,
            escalated_reply: Limit::working_days(2),
            certificate_issue: Limit::working_days(10),
            yellow: YellowCard::default(),
            limit_unit: LimitUnit::WorkingDays,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct Ruleset {
    pub deadline: DeadlineRules,
    #[cfg(feature = "conduct")]
    pub conduct: crate::conduct::ConductRules,
    #[cfg(feature = "supervision")]
    pub supervision: crate::supervision::SupervisionRules,
}

fn check_limit(limit: &Limit, path: &str) -> Result<(), Error> {
    if limit.value > MAX_LIMIT_VALUE {
        return Err(
            Error::new(ErrorCode::InvalidRuleset, &format!("{path}.value"))
                .detail(format!("{} > {MAX_LIMIT_VALUE}", limit.value)),
        );
    }
    Ok(())
}

impl Ruleset {
    /// Checks what serde's types cannot: ranges and non-empty lists.
    pub fn validate(&self) -> Result<(), Error> {
        let d = &self.deadline;
        let c = &d.categories;
        for (name, limit) in [
            ("immediate", &c.immediate),
            ("promised", &c.promised),
            ("joint", &c.joint),
            ("escalated", &c.escalated),
            ("licensing", &c.licensing),
            ("licensingJoint", &c.licensing_joint),
        ] {
            check_limit(limit, &format!("ruleset.deadline.categories.{name}"))?;
        }
        check_limit(
            &d.extensions.licensing,
            "ruleset.deadline.extensions.licensing",
        )?;
        check_limit(
            &d.extensions.licensing_joint,
            "ruleset.deadline.extensions.licensingJoint",
        )?;
        check_limit(&d.supplement_notice, "ruleset.deadline.supplementNotice")?;
        check_limit(&d.escalated_reply, "ruleset.deadline.escalatedReply")?;
        check_limit(&d.certificate_issue, "ruleset.deadline.certificateIssue")?;
        let share = d.yellow.elapsed_share;
        if !(share > 0.0 && share <= 1.0) {
            return Err(Error::new(
                ErrorCode::InvalidRuleset,
                "ruleset.deadline.yellow.elapsedShare",
            )
            .detail(format!("{} (0 < x ≤ 1)", crate::time::number_text(share))));
        }
        if d.yellow.remaining_working_days > MAX_LIMIT_VALUE {
            return Err(Error::new(
                ErrorCode::InvalidRuleset,
                "ruleset.deadline.yellow.remainingWorkingDays",
            )
            .detail(d.yellow.remaining_working_days.to_string()));
        }
        #[cfg(feature = "supervision")]
        self.supervision.validate()?;
        #[cfg(feature = "conduct")]
        self.conduct.validate()?;
        if let Some(i) = d.pause_reasons.iter().position(|r| r.trim().is_empty()) {
            return Err(Error::new(
                ErrorCode::InvalidRuleset,
                &format!("ruleset.deadline.pauseReasons[{i}]"),
            )
            .detail("\"\""));
        }
        Ok(())
    }
}
