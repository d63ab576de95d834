//! `ruleset.deadline`: the limits, extensions, notice windows, pause reasons and yellow-card
//! thresholds of DL-1..10, with the defaults of REGULATIONS.md, and their validation. Paths in
//! errors are under `deadline`; the ruleset puts them in place.

use serde::{Deserialize, Serialize};

use super::limit::{Limit, LimitUnit, MAX_LIMIT_VALUE};
use super::pause_reasons::DEFAULT_PAUSE_REASONS;
use crate::error::{Error, ErrorCode};

/// Each category's default limit (DL-1..5), `deadline.categories`: 0, 3, 5, 3, 20 and 45
/// working days unless the ruleset says otherwise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, tsify::Tsify)]
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

/// The extensions a head may approve for a licensing case (DL-5), `deadline.extensions`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, tsify::Tsify)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
#[tsify(rename = "ExtensionLimits")]
pub struct Extensions {
    /// For a licensing case: 10 working days by default (行政许可法 art. 42).
    pub licensing: Limit,
    /// For a jointly handled licensing case: 15 working days by default.
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

/// When the card turns yellow (DL-9), `deadline.yellow`: by default at 80% of the time used
/// or one working day left, whichever comes first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, tsify::Tsify)]
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

/// The deadline settings of a ruleset (`ruleset.deadline`); each one left out is
/// REGULATIONS.md's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, tsify::Tsify)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
#[tsify(rename = "DeadlineSettings")]
pub struct DeadlineRules {
    /// Each category's default limit (DL-1..5).
    pub categories: CategoryLimits,
    /// DL-5: the extension a head may approve, added after the limit in force (the statutory
    /// one, or the case's own shorter committed limit).
    #[tsify(type = "ExtensionLimits")]
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
    /// The yellow-card thresholds (DL-9).
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

fn check_limit(limit: &Limit, path: &str) -> Result<(), Error> {
    if limit.value > MAX_LIMIT_VALUE {
        return Err(
            Error::new(ErrorCode::InvalidRuleset, &format!("{path}.value"))
                .detail(format!("{} > {MAX_LIMIT_VALUE}", limit.value)),
        );
    }
    Ok(())
}

impl DeadlineRules {
    /// Checks what serde's types cannot: ranges and non-empty reasons.
    ///
    /// # Errors
    ///
    /// `invalid_ruleset` at the offending setting's path under `deadline`
    /// (`deadline.yellow.elapsedShare`).
    pub fn validate(&self) -> Result<(), Error> {
        let c = &self.categories;
        for (name, limit) in [
            ("immediate", &c.immediate),
            ("promised", &c.promised),
            ("joint", &c.joint),
            ("escalated", &c.escalated),
            ("licensing", &c.licensing),
            ("licensingJoint", &c.licensing_joint),
        ] {
            check_limit(limit, &format!("deadline.categories.{name}"))?;
        }
        check_limit(&self.extensions.licensing, "deadline.extensions.licensing")?;
        check_limit(
            &self.extensions.licensing_joint,
            "deadline.extensions.licensingJoint",
        )?;
        check_limit(&self.supplement_notice, "deadline.supplementNotice")?;
        check_limit(&self.escalated_reply, "deadline.escalatedReply")?;
        check_limit(&self.certificate_issue, "deadline.certificateIssue")?;
        let share = self.yellow.elapsed_share;
        if !(share > 0.0 && share <= 1.0) {
            return Err(
                Error::new(ErrorCode::InvalidRuleset, "deadline.yellow.elapsedShare")
                    .detail(format!("{} (0 < x ≤ 1)", crate::text::number_text(share))),
            );
        }
        if self.yellow.remaining_working_days > MAX_LIMIT_VALUE {
            return Err(Error::new(
                ErrorCode::InvalidRuleset,
                "deadline.yellow.remainingWorkingDays",
            )
            .detail(self.yellow.remaining_working_days.to_string()));
        }
        Ok(())
    }

    /// The first empty pause reason, as an error (checked after the other capabilities' rules,
    /// as it always was: the first error of a ruleset is the one reported).
    pub(crate) fn validate_pause_reasons(&self) -> Result<(), Error> {
        match self.pause_reasons.iter().position(|r| r.trim().is_empty()) {
            Some(i) => Err(Error::new(
                ErrorCode::InvalidRuleset,
                &format!("deadline.pauseReasons[{i}]"),
            )
            .detail("\"\"")),
            None => Ok(()),
        }
    }
}
