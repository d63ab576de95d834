//! The ruleset: every limit, threshold and point value, with defaults from REGULATIONS.md. It
//! only gathers the capabilities' settings (`deadline::rules`, `conduct::rules`,
//! `supervision`) and puts their error paths under `ruleset`. A portal overrides any part with
//! JSON; what it leaves out keeps the default.

use serde::{Deserialize, Serialize};

use crate::deadline::rules::DeadlineRules;
use crate::error::Error;

/// Every setting of the rules, by capability; each part left out of the JSON keeps its
/// defaults, and an unknown key is refused.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, tsify::Tsify)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
#[tsify(rename = "RulesetSettings")]
pub struct Ruleset {
    /// Time limits, pauses and the yellow card (DL-1..9), `ruleset.deadline`.
    #[tsify(type = "DeadlineSettings")]
    pub deadline: DeadlineRules,
    /// Points, grades, pay and posts, and ranking (CON-1..9, SUP-5), `ruleset.conduct`.
    #[cfg(feature = "conduct")]
    #[tsify(type = "ConductSettings")]
    pub conduct: crate::conduct::ConductRules,
    /// Complaint and rating limits, the queue wait limit and the fewest open windows (SUP-1,
    /// SUP-4, DL-10), `ruleset.supervision`.
    #[cfg(feature = "supervision")]
    #[tsify(type = "SupervisionSettings")]
    pub supervision: crate::supervision::SupervisionRules,
    /// In a build without conduct (the lite build), `ruleset.conduct` is read and ignored, so
    /// one config serves both builds (helper-50: it had been an unknown field).
    #[cfg(not(feature = "conduct"))]
    #[serde(skip_serializing)]
    conduct: Option<serde::de::IgnoredAny>,
    /// As `conduct`, in a build without supervision.
    #[cfg(not(feature = "supervision"))]
    #[serde(skip_serializing)]
    supervision: Option<serde::de::IgnoredAny>,
}

impl Ruleset {
    /// Checks what serde's types cannot, capability by capability.
    ///
    /// # Errors
    ///
    /// `invalid_ruleset` at the first offending setting's path (`ruleset.deadline.…`,
    /// `ruleset.conduct.…`, `ruleset.supervision.…`).
    pub fn validate(&self) -> Result<(), Error> {
        self.deadline.validate().map_err(|e| e.under("ruleset"))?;
        #[cfg(feature = "supervision")]
        self.supervision.validate()?;
        #[cfg(feature = "conduct")]
        self.conduct.validate()?;
        self.deadline
            .validate_pause_reasons()
            .map_err(|e| e.under("ruleset"))
    }
}
