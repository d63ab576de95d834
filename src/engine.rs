//! The engine: a calendar, a ruleset and a locale, built once from the portal's configuration.

use serde::Deserialize;

use crate::calendar::office_hours::{OfficeHours, OfficeHoursInput};
use crate::calendar::overlay::{Overlay, OverlayInput};
use crate::calendar::Calendar;
use crate::deadline::{CaseInput, Context, DeadlineReport, DeadlineSummary};
use crate::error::{Error, ErrorCode};
use crate::messages::Locale;
use crate::ruleset::Ruleset;
use crate::time::Minute;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EngineConfig {
    #[serde(default)]
    pub calendar: Option<OverlayInput>,
    #[serde(default)]
    pub office_hours: Option<OfficeHoursInput>,
    #[serde(default)]
    pub ruleset: Option<Ruleset>,
    #[serde(default)]
    pub locale: Option<String>,
}

pub struct Engine {
    pub calendar: Calendar,
    pub ruleset: Ruleset,
    pub locale: Locale,
}

/// Records per batch call; larger volumes go through the columnar API or several calls.
pub const MAX_BATCH: usize = 1_000_000;

pub use crate::json_path::from_json_text;

impl Engine {
    /// The JSON-text constructor, for callers outside JS (and for tests).
    pub fn from_json(config: &str) -> Result<Engine, Error> {
        Engine::new(from_json_text(config, "config", ErrorCode::InvalidConfig)?)
    }

    pub fn new(config: EngineConfig) -> Result<Engine, Error> {
        let locale = match &config.locale {
            Some(tag) => Locale::parse(tag).ok_or_else(|| {
                Error::new(ErrorCode::InvalidLocale, "config.locale").detail(crate::time::clip(tag))
            })?,
            None => Locale::default(),
        };
        let office_hours = match &config.office_hours {
            Some(input) => OfficeHours::from_input(input, "config.officeHours")?,
            None => OfficeHours::default(),
        };
        let overlay = match &config.calendar {
            Some(input) => Some(Overlay::from_input(input, "config.calendar")?),
            None => None,
        };
        let ruleset = config.ruleset.unwrap_or_default();
        ruleset.validate()?;
        Ok(Engine {
            calendar: Calendar::new(overlay, office_hours)?,
            ruleset,
            locale,
        })
    }

    pub fn with_defaults() -> Engine {
        // The defaults are constants checked by tests; this cannot fail.
        match Engine::new(EngineConfig::default()) {
            Ok(e) => e,
            Err(e) => panic!("default engine: {e}"),
        }
    }

    pub fn context(&self) -> Context<'_> {
        Context {
            calendar: &self.calendar,
            ruleset: &self.ruleset,
            locale: self.locale,
        }
    }

    pub fn assess_deadline(&self, case: &CaseInput, now: Minute) -> DeadlineReport {
        self.context().assess(case, now)
    }

    pub fn assess_deadlines(
        &self,
        cases: &[CaseInput],
        now: Minute,
    ) -> (Vec<DeadlineReport>, DeadlineSummary) {
        let ctx = self.context();
        let reports: Vec<_> = cases.iter().map(|c| ctx.assess(c, now)).collect();
        let summary = DeadlineSummary::of(&reports);
        (reports, summary)
    }
}
