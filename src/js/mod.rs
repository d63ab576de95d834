//! The JS binding: converts values at the edge and calls the core. No rule logic lives here.
//! "Now" is read from `Date.now()` only here, and only when the caller gives none.

#[cfg(feature = "conduct")]
mod conduct;
mod convert;
mod packed;
#[cfg(feature = "conduct")]
mod packed_items;
#[cfg(feature = "supervision")]
mod supervision;
mod types;
#[cfg(feature = "validation")]
mod validation;

use js_sys::{Float64Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;

use crate::deadline::columnar::Columns;
use crate::deadline::DeadlineReport;
use crate::engine::{Engine, EngineConfig, MAX_BATCH};
use crate::error::{Error, ErrorCode};
use crate::messages::Locale;
use convert::{date_arg, from_js, instant_or_now, to_js};

/// The rules engine for one hall: its calendar, office hours, ruleset and locale.
#[wasm_bindgen(js_name = Engine)]
pub struct JsEngine {
    inner: Engine,
}

fn js_error(e: &Error, locale: Locale) -> JsValue {
    let err = js_sys::Error::new(&e.message(locale));
    // Setting plain data properties on a fresh Error object cannot fail.
    let _ = Reflect::set(&err, &"code".into(), &e.code.as_str().into());
    let _ = Reflect::set(&err, &"path".into(), &e.masked_path().into());
    err.into()
}

#[wasm_bindgen(js_class = Engine)]
impl JsEngine {
    /// Builds an engine; throws an `Error` with `code` and `path` when the config is invalid.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "EngineConfig")] config: Option<JsValue>,
    ) -> Result<JsEngine, JsValue> {
        // Until the locale is known, errors speak the requested one when it can be read.
        let locale = config
            .as_ref()
            .and_then(|c| convert::member(c, &"locale".into()).ok().flatten())
            .and_then(|v| v.as_string())
            .and_then(|t| Locale::parse(&t))
            .unwrap_or_default();
        let build = || -> Result<Engine, Error> {
            let config: EngineConfig = match &config {
                None => EngineConfig::default(),
                Some(c) => from_js(c, "config", ErrorCode::InvalidConfig)?,
            };
            Engine::new(config)
        };
        build()
            .map(|inner| JsEngine { inner })
            .map_err(|e| js_error(&e, locale))
    }

    fn fail<T>(&self, r: Result<T, Error>) -> Result<T, JsValue> {
        r.map_err(|e| js_error(&e, self.inner.locale))
    }

    /// A batch's records ([`convert::records`]), read with the field map's own fields.
    fn records(&self, value: &JsValue, path: &str) -> Result<convert::Records, JsValue> {
        let portal_fields = self.inner.field_map.portal_fields();
        self.fail(convert::records(value, path, MAX_BATCH, &portal_fields))
    }

    /// `now` for a call on records: a bad `now` throws, with the names the records give
    /// masked in the message (CASE-7: `now` may quote one).
    fn now_of_records<'a>(
        &self,
        now: &Option<JsValue>,
        records: impl IntoIterator<Item = &'a str>,
    ) -> Result<crate::time::Minute, JsValue> {
        let now = instant_or_now(now, "now");
        self.fail(now.map_err(|e| {
            records
                .into_iter()
                .fold(e, |e, text| self.inner.names_masked(e, text))
        }))
    }

    /// An argument error (a bad `now`) with the names another argument gives masked (CASE-7).
    #[cfg(feature = "supervision")]
    fn masked_by(&self, e: Error, arg: &JsValue) -> Error {
        match convert::stringify(arg, "input", ErrorCode::InvalidArgument) {
            Ok(text) => self.inner.names_masked(e, &text),
            Err(_) => e,
        }
    }

    /// One argument as JSON text into a core call, its result back as a JS value.
    #[cfg(any(feature = "validation", feature = "conduct", feature = "supervision"))]
    fn call_json<T: serde::Serialize>(
        &self,
        arg: &JsValue,
        path: &str,
        call: impl FnOnce(&str) -> Result<T, Error>,
    ) -> Result<JsValue, JsValue> {
        self.call_with(arg, path, call, |r| to_js(&r))
    }

    /// [`JsEngine::call_json`], the result crossing as `out` makes it (a packed result).
    #[cfg(any(feature = "validation", feature = "conduct", feature = "supervision"))]
    fn call_with<T>(
        &self,
        arg: &JsValue,
        path: &str,
        call: impl FnOnce(&str) -> Result<T, Error>,
        out: impl FnOnce(T) -> convert::JsResult<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let text = convert::stringify_lenient(arg, path);
        let result = text.and_then(|t| call(&t).map_err(|e| self.inner.names_masked(e, &t)));
        self.fail(result.and_then(out))
    }

    /// The locale of the engine's messages: `zh-CN` or `en`.
    #[wasm_bindgen(getter, unchecked_return_type = "Locale")]
    pub fn locale(&self) -> String {
        match self.inner.locale {
            Locale::ZhCn => "zh-CN".into(),
            Locale::En => "en".into(),
        }
    }

    /// The words for the deadline report's cards and statuses in the engine's locale, the
    /// same the engine's messages and `decorate()` use: label a portal's own column with them.
    #[wasm_bindgen(js_name = deadlineLabels, unchecked_return_type = "DeadlineLabels")]
    pub fn deadline_labels(&self) -> Result<JsValue, JsValue> {
        let labels = crate::deadline::labels::DeadlineLabels::new(self.inner.locale);
        self.fail(to_js(&labels))
    }

    /// The ruleset in force: the defaults with the portal's overrides.
    #[wasm_bindgen(unchecked_return_type = "Ruleset")]
    pub fn ruleset(&self) -> Result<JsValue, JsValue> {
        let out = self.fail(to_js(&self.inner.ruleset))?;
        convert::null_prototype_dictionaries(&out);
        Ok(out)
    }

    /// What the calendar holds: the span it counts (`validFrom`–`validThrough`, CAL-2), each
    /// year and where it comes from, and the overlay's local holidays and extra service days.
    #[wasm_bindgen(js_name = calendarInfo, unchecked_return_type = "CalendarInfo")]
    pub fn calendar_info(&self) -> Result<JsValue, JsValue> {
        self.fail(to_js(&self.inner.calendar.info()))
    }

    /// One day in the hall's calendar: working or not, and why (holiday, adjusted working day,
    /// weekend, the overlay). Throws `invalid_argument` for a date it cannot read.
    #[wasm_bindgen(js_name = dayInfo, unchecked_return_type = "DayInfo")]
    pub fn day_info(
        &self,
        #[wasm_bindgen(unchecked_param_type = "DateInput")] date: JsValue,
    ) -> Result<JsValue, JsValue> {
        let english = self.inner.locale.is_english();
        self.fail(
            date_arg(&date, "date")
                .and_then(|d| {
                    self.inner
                        .calendar
                        .day_info(d, english)
                        .map_err(|e| e.under("date"))
                })
                .and_then(|i| to_js(&i)),
        )
    }

    /// Whether the hall works on that day (CAL-1). Throws for a date it cannot read or one
    /// outside the span the calendar counts.
    #[wasm_bindgen(js_name = isWorkingDay)]
    pub fn is_working_day(
        &self,
        #[wasm_bindgen(unchecked_param_type = "DateInput")] date: JsValue,
    ) -> Result<bool, JsValue> {
        self.fail(date_arg(&date, "date").and_then(|d| {
            self.inner
                .calendar
                .is_working(d)
                .map_err(|e| e.under("date"))
        }))
    }

    /// For n ≥ 1 the n-th working day after `date`; for 0, `date` or the next working day;
    /// for n < 0, counting backwards.
    #[wasm_bindgen(js_name = addWorkingDays)]
    pub fn add_working_days(
        &self,
        #[wasm_bindgen(unchecked_param_type = "DateInput")] date: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
    ) -> Result<String, JsValue> {
        let run = || -> Result<String, Error> {
            let day = date_arg(&date, "date")?;
            let n = convert::integer_arg(&n, "n", 40_000)?;
            Ok(self
                .inner
                .calendar
                .add_working_days(day, n)
                .map_err(|e| e.under("n"))?
                .to_string())
        };
        self.fail(run())
    }

    /// Working days after `from`, up to and including `to` (negative when `to` < `from`).
    #[wasm_bindgen(js_name = workingDaysBetween)]
    pub fn working_days_between(
        &self,
        #[wasm_bindgen(unchecked_param_type = "DateInput")] from: JsValue,
        #[wasm_bindgen(unchecked_param_type = "DateInput")] to: JsValue,
    ) -> Result<i32, JsValue> {
        let run = || -> Result<i32, Error> {
            let (a, b) = (date_arg(&from, "from")?, date_arg(&to, "to")?);
            Ok(self.inner.calendar.working_days_between(a, b)? as i32)
        };
        self.fail(run())
    }

    /// One case. A malformed case comes back as status `invalid` with findings; only a
    /// malformed `now` throws.
    #[wasm_bindgen(js_name = assessDeadline, unchecked_return_type = "DeadlineReport")]
    pub fn assess_deadline(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CaseRecord | PortalRecord")] case: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "InstantInput")] now: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let text = convert::stringify_record(&case, "case");
        let now = self.now_of_records(&now, text.as_deref().ok())?;
        let report = self.assess_text(text.as_deref(), now);
        self.fail(to_js(&report))
    }

    /// Why one case is due when it is (issue 14): the report's due time, `yellowAt`, cards and
    /// share, with every counted and skipped day, every pause and its reason, and `text`, the
    /// explanation in the engine's locale. A malformed case is explained by its findings; only
    /// a malformed `now` throws.
    #[cfg(feature = "explain")]
    #[wasm_bindgen(js_name = explainDeadline, unchecked_return_type = "DeadlineTrace")]
    pub fn explain_deadline(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CaseRecord | PortalRecord")] case: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "InstantInput")] now: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let text = convert::stringify_record(&case, "case");
        let now = self.now_of_records(&now, text.as_deref().ok())?;
        let trace = match &text {
            Ok(t) => self.inner.explain_deadline_json(t, now),
            Err(e) => {
                let report = self.assess_text(Err(e), now);
                self.inner.context().explain_report(None, &report, &[], now)
            }
        };
        self.fail(to_js(&trace))
    }

    /// Many cases in one call. A bad record becomes that record's `invalid` report.
    ///
    /// The export returns the batch packed (`packed.rs`); the package's glue replaces it with
    /// a method that assembles the report objects (`pkg-templates/reports.js`), which is what
    /// the declared type describes.
    #[wasm_bindgen(js_name = assessDeadlines, unchecked_return_type = "DeadlineBatch")]
    pub fn assess_deadlines(
        &self,
        #[wasm_bindgen(unchecked_param_type = "readonly (CaseRecord | PortalRecord)[]")]
        cases: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "InstantInput")] now: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let cases = self.records(&cases, "cases")?;
        let now = self.now_of_records(&now, cases.iter().flatten())?;
        // Each report is packed as it is made and dropped: a million cases never hold a
        // million reports at once.
        let mut packer = packed::Packer::with_capacity(cases.len());
        // The people of records that could not be encoded are people of the batch too.
        let texts: Vec<&str> = (cases.iter().filter_map(Result::ok))
            .chain(cases.unencoded_people())
            .collect();
        let batch = crate::engine::DeadlineBatchNames::new(&texts);
        for case in cases.iter() {
            let text = case.map_err(Clone::clone);
            let report = self.inner.assess_deadline_in_batch(text, now, &batch);
            self.fail(packer.add(&report))?;
        }
        self.fail(packer.finish())
    }

    /// Typed arrays in and out, for large volumes (see the README for the column codes).
    #[wasm_bindgen(js_name = assessDeadlinesColumnar, unchecked_return_type = "DeadlineColumnsResult")]
    pub fn assess_deadlines_columnar(
        &self,
        #[wasm_bindgen(unchecked_param_type = "DeadlineColumns")] columns: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "InstantInput")] now: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let now = self.fail(instant_or_now(&now, "now"))?;
        let run = || -> Result<JsValue, Error> {
            if !columns.is_object() {
                return Err(Error::new(ErrorCode::InvalidColumns, "columns")
                    .detail(convert::type_name(&columns)));
            }
            let received = convert::f64_column(&columns, "receivedAt", true)?;
            let category = convert::u8_column(&columns, "category", true)?;
            let limit_value = convert::f64_column(&columns, "limitValue", false)?;
            let limit_unit = convert::u8_column(&columns, "limitUnit", false)?;
            let concluded = convert::f64_column(&columns, "concludedAt", false)?;
            let paused = convert::f64_column(&columns, "pausedMinutes", false)?;
            // An optional column that is given must hold a value per row: one read as empty
            // (a detached typed array reads so) would drop its evidence silently, turning a case
            // concluded in time, or paused, into a red card.
            for (name, len) in [
                ("limitValue", limit_value.len()),
                ("limitUnit", limit_unit.len()),
                ("concludedAt", concluded.len()),
                ("pausedMinutes", paused.len()),
            ] {
                if len == 0 && !received.is_empty() && convert::column_given(&columns, name) {
                    return Err(
                        Error::new(ErrorCode::InvalidColumns, &format!("columns.{name}"))
                            .detail(format!("0 ≠ {}", received.len())),
                    );
                }
            }
            let cols = Columns {
                received_at: &received,
                category: &category,
                limit_value: &limit_value,
                limit_unit: &limit_unit,
                concluded_at: &concluded,
                paused_minutes: &paused,
            };
            let result = self.inner.context().assess_columns(&cols, now)?;
            let out = Object::new();
            let set = |k: &str, v: &JsValue| Reflect::set(&out, &k.into(), v).map(|_| ());
            let js_err = |_| Error::new(ErrorCode::Internal, "columns");
            set("status", &Uint8Array::from(&result.status[..]).into()).map_err(js_err)?;
            set("card", &Uint8Array::from(&result.card[..]).into()).map_err(js_err)?;
            set("dueAt", &Float64Array::from(&result.due_at[..]).into()).map_err(js_err)?;
            set("summary", &to_js(&result.summary)?).map_err(js_err)?;
            Ok(out.into())
        };
        self.fail(run())
    }
}

#[cfg(feature = "validation")]
#[derive(serde::Serialize)]
struct Summary<S> {
    summary: S,
}

impl JsEngine {
    fn assess_text(&self, text: Result<&str, &Error>, now: crate::time::Minute) -> DeadlineReport {
        self.inner
            .assess_deadline_json(text.map_err(Clone::clone), now)
    }
}

/// The codes used by the columnar API, each list indexed by code.
#[wasm_bindgen(js_name = columnCodes, unchecked_return_type = "ColumnCodes")]
pub fn column_codes() -> Result<JsValue, JsValue> {
    let codes = convert::ColumnCodes::new();
    to_js(&codes).map_err(|e| js_error(&e, Locale::En))
}

/// The optional `locale` argument of a top-level export: one it cannot read is the default.
fn locale_arg(locale: Option<JsValue>) -> Locale {
    // Read from any value: a number or an object is no locale (wasm-bindgen's own conversion
    // of an `Option<String>` trapped on them).
    locale
        .and_then(|l| l.as_string())
        .as_deref()
        .and_then(Locale::parse)
        .unwrap_or_default()
}

/// Reads a date and time as portal systems write them (`2026/2/12 9:05`, `2026年2月12日 10时00分`,
/// `20260212100000`, epoch milliseconds as a number, a text or a `Date` …), in Beijing time, and
/// gives it back as ISO 8601: `2026-02-12T09:05:00+08:00`. Every API reads times this way; a
/// portal normalises its own data with it. Throws an `Error` (`invalid_instant` or
/// `date_out_of_range`, path `value`) naming the value when it cannot be read.
#[wasm_bindgen(js_name = readInstant)]
pub fn read_instant(
    #[wasm_bindgen(unchecked_param_type = "InstantInput")] value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Locale")] locale: Option<JsValue>,
) -> Result<String, JsValue> {
    let locale = locale_arg(locale);
    let (minute, second) =
        convert::instant_seconds_arg(&value, "value").map_err(|e| js_error(&e, locale))?;
    let m = minute.minute_of_day();
    Ok(format!(
        "{}T{:02}:{:02}:{second:02}+08:00",
        minute.day(),
        m / 60,
        m % 60
    ))
}

/// A person's name as every output of the engine shows it (CASE-7): the first character and
/// one `*` for each other (`张伟` → `张*`, `欧阳娜娜` → `欧***`), for a portal that shows names
/// from its own records beside the engine's. Throws an `Error` (`invalid_argument`, path
/// `name`) when `name` is not a string.
#[wasm_bindgen(js_name = maskName)]
pub fn mask_name(
    #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Locale")] locale: Option<JsValue>,
) -> Result<String, JsValue> {
    match name.as_string() {
        Some(name) => Ok(crate::report::mask::mask_name(&name)),
        None => {
            let e =
                Error::new(ErrorCode::InvalidArgument, "name").detail(convert::type_name(&name));
            Err(js_error(&e, locale_arg(locale)))
        }
    }
}

/// Reads the State Council's yearly holiday notice as published (CAL-6) into one year of the
/// calendar overlay (`{ year, notice, holidays, makeupWorkdays }`, the shape `calendar.years[]`
/// takes). Throws an `Error` (`invalid_notice`, path `text`) naming the line it cannot read and
/// what it expected; never a partial year.
#[cfg(feature = "notices")]
#[wasm_bindgen(js_name = parseHolidayNotice, unchecked_return_type = "ParsedNotice")]
pub fn parse_holiday_notice(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Locale")] locale: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let locale = locale_arg(locale);
    let Some(text) = text.as_string() else {
        let said = crate::messages::pick(
            locale,
            "应为通知原文（字符串）",
            "expected the notice's text, a string",
        );
        let err =
            crate::error::Error::new(crate::error::ErrorCode::InvalidArgument, "text").detail(said);
        return Err(js_error(&err, locale));
    };
    let parsed = crate::calendar::notice::parse_notice(&text, "text", locale)
        .map_err(|e| js_error(&e, locale))?;
    to_js(&parsed).map_err(|e| js_error(&e, locale))
}

/// Bytes of wasm linear memory, for checking that repeated batches leave it flat.
#[wasm_bindgen(js_name = wasmMemoryBytes)]
pub fn wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length() as f64
}
