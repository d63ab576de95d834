//! Supervision records (SUP-1..4, DL-10) on JSON text.

use super::{from_json_text, Engine, Mapped};
use crate::error::{Error, ErrorCode};
use crate::finding::Finding;
use crate::messages::Locale;
use crate::report::mask::{Masker, NAME_KEYS, PERSON_KEYS};
use crate::supervision::bulletin::{self, Bulletin, BulletinInput};
use crate::supervision::complaints::{self, ComplaintsResult, FeedbackItem, FeedbackReport};
use crate::supervision::onsite::{self, HeadRecordsInput, HeadRecordsResult};
use crate::supervision::windows::{self, WindowsInput, WindowsResult};
use crate::time::Minute;

impl Engine {
    /// SUP-1, SUP-2: each item's follow-up and the shares per window, unit and sector.
    pub fn assess_complaints_json<'a, T: AsRef<str>>(
        &self,
        texts: impl IntoIterator<Item = Result<T, &'a Error>>,
        now: Minute,
    ) -> ComplaintsResult {
        self.assess_complaints_naming(texts, now, &mut std::iter::empty())
    }

    /// [`Engine::assess_complaints_json`], with what records that could not be encoded give
    /// of their people (JSON objects of their members). Every person the batch names (a
    /// complainant's contact, a rater's name) is masked in every report's findings and in the
    /// group names (CASE-7, helper-40: another record's unknown kind quoted 王建国投诉 whole).
    pub fn assess_complaints_naming<'a, T: AsRef<str>>(
        &self,
        texts: impl IntoIterator<Item = Result<T, &'a Error>>,
        now: Minute,
        unencoded_people: &mut dyn Iterator<Item = &str>,
    ) -> ComplaintsResult {
        let rules = &self.ruleset.supervision;
        let mut result = ComplaintsResult::default();
        let mut names: Vec<String> = Vec::new();
        for text in texts {
            let parsed = match text {
                Ok(t) => {
                    names.append(&mut self.feedback_names(t.as_ref()));
                    self.parse_record::<FeedbackItem>(t.as_ref())
                        .map_err(|f| (self.record_id(t.as_ref()), f))
                }
                Err(e) => Err((None, Finding::unreadable_record(e, self.locale))),
            };
            match parsed {
                Ok(item) => {
                    let (mut report, kind) =
                        complaints::assess_one(&item, &self.calendar, rules, self.locale, now);
                    report.findings = self.portal_findings(std::mem::take(&mut report.findings));
                    if let Some(kind) = kind {
                        complaints::tally(&mut result, &item, kind, &report);
                    }
                    result.results.push(report);
                }
                Err((id, finding)) => result
                    .results
                    .push(FeedbackReport::invalid(id, vec![finding])),
            }
        }
        for t in unencoded_people {
            names.append(&mut self.feedback_names(t));
        }
        complaints::finish(&mut result);
        // Always, for the numbers in group names too.
        let masker = Masker::new(names.iter().map(String::as_str));
        complaints::mask_names(&mut result, &masker);
        result
    }

    /// The people a feedback record's text names, read in the engine's names: its contact,
    /// its complainant or rater, any `name`, at any depth.
    fn feedback_names(&self, text: &str) -> Vec<String> {
        self.map_record(text)
            .map(|m| {
                let mut names = m.names_under(PERSON_KEYS);
                names.append(&mut m.names_under(NAME_KEYS));
                names.append(&mut m.names_under(complaints::FEEDBACK_PEOPLE));
                // Names under keys no list holds (reporterName, 投诉人姓名), by the key's words.
                // A mapped record's tree is at hand; a text as given is read into one.
                match &m {
                    Mapped::Owned(_, tree) => complaints::names_by_key(tree, &mut names),
                    Mapped::Text(t) => {
                        let text = crate::messages::unencodable_as_null(t);
                        if let Ok(tree) = crate::fieldmap::Node::read(&text) {
                            complaints::names_by_key(&tree, &mut names);
                        }
                    }
                }
                // 市民 or 一号窗口 under `complainant` or `name` is no one (helper-47).
                names.retain(|n| !complaints::names_no_one(n));
                names
            })
            .unwrap_or_default()
    }

    /// DL-10, SUP-4: one day of window hours, closures and queue tickets.
    /// `now` ends the wait of a ticket never called on a day still in progress.
    ///
    /// # Errors
    ///
    /// As [`Engine::assess_windows_json_at`]: `invalid_argument`, `invalid_date`,
    /// `date_out_of_range`, `invalid_office_hours` or `invalid_clock` under `input`.
    pub fn assess_windows_json(&self, text: &str, now: Minute) -> Result<WindowsResult, Error> {
        self.assess_windows_json_at(text, now.0 * 60)
    }

    /// As [`Engine::assess_windows_json`], with `now` to the second (seconds on the scale of
    /// [`Minute`] × 60), since waits are measured to the second (SUP-4).
    ///
    /// # Errors
    ///
    /// `invalid_argument` at `input…` when the text is not a `WindowsInput`; then the errors of
    /// `windows::assess` under `input`: `invalid_date` or `date_out_of_range` at `input.date`,
    /// `invalid_office_hours` or `invalid_clock` at `input.standardHours` (or one of its blocks).
    pub fn assess_windows_json_at(
        &self,
        text: &str,
        now_seconds: i64,
    ) -> Result<WindowsResult, Error> {
        let input: WindowsInput = from_json_text(text, "input", ErrorCode::InvalidArgument)?;
        windows::assess(
            &input,
            &self.calendar,
            &self.ruleset.supervision,
            self.locale,
            now_seconds,
        )
        .map_err(|e| e.under("input"))
    }

    /// SUP-6: the working days of a month with no on-site record by the head, per room.
    ///
    /// # Errors
    ///
    /// `invalid_argument` at `input…` when the text is not a `HeadRecordsInput`; then the errors
    /// of `onsite::assess` under `input`: `invalid_argument` at `input.month` for a month that is
    /// not `YYYY-MM` (or `YYYY-M`) of 2000–2100.
    pub fn head_records_json(&self, text: &str, now: Minute) -> Result<HeadRecordsResult, Error> {
        let input: HeadRecordsInput = from_json_text(text, "input", ErrorCode::InvalidArgument)?;
        onsite::assess(&input, &self.calendar, self.locale, now).map_err(|e| e.under("input"))
    }

    /// SUP-3: the monthly bulletin, masked (CASE-7); `locale` in the input overrides the engine's.
    ///
    /// # Errors
    ///
    /// `invalid_argument` at `input…` when the text is not a `BulletinInput`; `invalid_locale` at
    /// `input.locale` for a tag it does not know; then the errors of `bulletin::monthly_bulletin`
    /// under `input` (at `input.month` or `input.issuedOn`).
    pub fn monthly_bulletin_json(&self, text: &str) -> Result<Bulletin, Error> {
        let input: BulletinInput = from_json_text(text, "input", ErrorCode::InvalidArgument)?;
        let locale = match &input.locale {
            Some(tag) => Locale::parse(tag).ok_or_else(|| {
                Error::new(ErrorCode::InvalidLocale, "input.locale").detail(crate::text::clip(tag))
            })?,
            None => self.locale,
        };
        let horizon = Some(self.calendar.valid_through());
        // The report-back date: the 5th of the next month, or the first working day after it.
        // Issued after that, five working days from the date of issue. Past the calendar's
        // data the date is provisional (CAL-2) and says so.
        let cal = &self.calendar;
        let issued = bulletin::issue_date(&input);
        let report_by = bulletin::report_back_from(&input.month)
            .map(|fifth| match issued {
                Some(day) if day >= fifth => cal.add_working_days(day, 5).unwrap_or(day),
                _ => cal.add_working_days(fifth, 0).unwrap_or(fifth),
            })
            .unwrap_or(crate::time::Day(0));
        let report_by = (report_by, cal.is_provisional(report_by));
        let by_key = self.text_names_by_key(text, &mut Default::default());
        bulletin::monthly_bulletin(&input, locale, horizon, report_by, &by_key)
            .map_err(|e| e.under("input"))
    }
}
