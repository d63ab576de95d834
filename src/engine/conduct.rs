//! Conduct records (考评, CON-1..9, SUP-5) on JSON text.

use super::{from_json_text, Engine};
use crate::error::{Error, ErrorCode};

impl Engine {
    pub fn score_conduct_json(&self, text: &str) -> Result<crate::conduct::ConductResult, Error> {
        let input: crate::conduct::ConductInput =
            from_json_text(text, "input", ErrorCode::InvalidArgument)?;
        crate::conduct::score_conduct(&input, &self.ruleset.conduct, self.locale)
            .map_err(|e| e.under("input"))
    }

    pub fn assess_period_json(&self, text: &str) -> Result<crate::conduct::PeriodResult, Error> {
        let months: Vec<crate::conduct::MonthCards> =
            from_json_text(text, "months", ErrorCode::InvalidArgument)?;
        // Its paths already start at `months`, the argument itself.
        crate::conduct::assess_period(&months, &self.ruleset.conduct, self.locale)
    }

    pub fn rank_units_json(&self, text: &str) -> Result<crate::conduct::RankingResult, Error> {
        let input: crate::conduct::RankingInput =
            from_json_text(text, "input", ErrorCode::InvalidArgument)?;
        crate::conduct::rank_units(&input, &self.ruleset.conduct, self.locale)
            .map_err(|e| e.under("input"))
    }
}
