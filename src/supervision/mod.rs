//! Supervision (SUP-1..4, SUP-6, DL-10; SUP-5's ranking is in `conduct::ranking`, with its one
//! setting `ruleset.conduct.ranking.talkAfterMonthsLast`): complaints and 好差评 follow-up, window hours and queues,
//! and the monthly bulletin.

pub mod bulletin;
pub mod complaints;
pub mod onsite;
pub mod windows;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::deadline::limit::Limit;
use crate::error::{Error, ErrorCode};

/// The supervision settings of a ruleset (`ruleset.supervision`, camelCase keys): the
/// SUP-1/SUP-2 follow-up limits, the SUP-4 queue wait limit and the DL-10 window minimums. A
/// setting left out takes its default (1 and 15 working days, 30 minutes, no minimum); an
/// unknown key is refused.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, tsify::Tsify)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
#[tsify(rename = "SupervisionSettings")]
pub struct SupervisionRules {
    /// SUP-1: a complaint or bad rating is verified within this limit.
    pub verify_within: Limit,
    /// SUP-1: and resolved (fixed, answered) within this one.
    pub resolve_within: Limit,
    /// SUP-4: a wait longer than this is flagged.
    pub queue_wait_limit_minutes: u32,
    /// DL-10: the fewest windows of each type open during standard hours, e.g. `{ "社保": 2 }`.
    #[tsify(type = "Dict<number>")]
    pub min_open_windows: BTreeMap<String, u32>,
}

impl Default for SupervisionRules {
    fn default() -> Self {
        SupervisionRules {
            verify_within: Limit::working_days(1),
            resolve_within: Limit::working_days(15),
            queue_wait_limit_minutes: 30,
            min_open_windows: BTreeMap::new(),
        }
    }
}

impl SupervisionRules {
    /// Checks what serde's types cannot: the limits' sizes and the queue wait limit's range.
    ///
    /// # Errors
    ///
    /// `invalid_ruleset` at `ruleset.supervision.verifyWithin` or
    /// `ruleset.supervision.resolveWithin` for a limit value over 3660 (`MAX_LIMIT_VALUE`), and
    /// at `ruleset.supervision.queueWaitLimitMinutes` for a wait limit outside 1–1440 minutes.
    /// The window minimums are not checked.
    pub fn validate(&self) -> Result<(), Error> {
        let bad = |path: &str, detail: String| {
            Err(Error::new(ErrorCode::InvalidRuleset, path).detail(detail))
        };
        for (path, l) in [
            ("ruleset.supervision.verifyWithin", self.verify_within),
            ("ruleset.supervision.resolveWithin", self.resolve_within),
        ] {
            if l.value > crate::deadline::limit::MAX_LIMIT_VALUE {
                return bad(path, l.value.to_string());
            }
        }
        if !(1..=24 * 60).contains(&self.queue_wait_limit_minutes) {
            return bad(
                "ruleset.supervision.queueWaitLimitMinutes",
                self.queue_wait_limit_minutes.to_string(),
            );
        }
        Ok(())
    }
}
