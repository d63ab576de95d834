//! Conduct records (考评, CON-1..9, SUP-5) on JSON text.

use super::{from_json_text, Engine};
use crate::error::{Error, ErrorCode};

impl Engine {
    /// Scores a period's conduct events (CON-1..9, SUP-5) given as the JSON text of a
    /// `ConductInput`. A linked deadline report due past the calendar's data makes its item
    /// provisional (CAL-2).
    ///
    /// # Errors
    ///
    /// `invalid_argument` at `input…` when the text is not a `ConductInput`, and the errors of
    /// `score_conduct_valid` (a bad event, month or setting) with their paths under `input`.
    pub fn score_conduct_json(&self, text: &str) -> Result<crate::conduct::ConductResult, Error> {
        let mut input: crate::conduct::ConductInput =
            from_json_text(text, "input", ErrorCode::InvalidArgument)?;
        // A report due past the calendar's data is provisional (CAL-2), whatever it says.
        let horizon = self.calendar.valid_through();
        for link in input
            .deadline_reports
            .iter_mut()
            .filter_map(|l| l.0.as_mut().ok())
        {
            let due = link.report.due_at.as_deref();
            if due
                .and_then(|d| crate::time::parse_instant(d, "").ok())
                .is_some_and(|at| at.day() > horizon)
            {
                link.report.provisional = Some(true);
            }
        }
        crate::conduct::score_conduct_valid(&input, &self.ruleset.conduct, self.locale)
            .map_err(|e| e.under("input"))
    }

    /// The pay steps and posts over several months (CON-7), given as the JSON text of a list of
    /// `MonthCards`, read against the period rules.
    ///
    /// # Errors
    ///
    /// `invalid_argument` at `months…` when the text is not such a list or a month is malformed.
    pub fn assess_period_json(&self, text: &str) -> Result<crate::conduct::PeriodResult, Error> {
        let months: Vec<crate::conduct::MonthCards> =
            from_json_text(text, "months", ErrorCode::InvalidArgument)?;
        // Its paths already start at `months`, the argument itself.
        crate::conduct::assess_period_valid(&months, &self.ruleset.conduct, self.locale)
    }

    /// Ranks units by their conduct results (CON-9), given as the JSON text of a
    /// `RankingInput`.
    ///
    /// # Errors
    ///
    /// `invalid_argument` at `input…` when the text is not a `RankingInput` or a unit is
    /// malformed.
    pub fn rank_units_json(&self, text: &str) -> Result<crate::conduct::RankingResult, Error> {
        let input: crate::conduct::RankingInput =
            from_json_text(text, "input", ErrorCode::InvalidArgument)?;
        crate::conduct::rank_units_valid(&input, &self.ruleset.conduct, self.locale)
            .map_err(|e| e.under("input"))
    }
}
