//! The monthly 明察暗访 bulletin (SUP-3): the month's inspections, conduct findings, overdue
//! cases and complaints, counted by unit, rule and kind, with every person masked (CASE-7),
//! as a structured object and as the usual written 通报.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode};
use crate::finding::{known_rule, Finding, FindingCode};
use crate::input::{Lenient, RecordId};
use crate::messages::Locale;
use crate::report::mask::{
    is_no_name, mask_name, name_key_text, personal_numbers_withheld, texts_under, Masker,
};
use crate::str_map::StrMap;
use crate::text::clip;
use crate::time::parse_instant;

/// What a monthly bulletin reports (SUP-3): the month, who issues it and to whom, and the
/// month's inspections, conduct findings, overdue cases and complaints.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "BulletinInput", missing_as_null)]
pub struct BulletinInput {
    /// `YYYY-MM`.
    pub month: String,
    /// The hall inspected, named in the opening of the text (default 政务服务大厅), clipped to
    /// 40 characters.
    #[serde(default)]
    pub hall: Option<String>,
    /// The office that issues the bulletin and signs it (not the hall inspected).
    #[serde(default)]
    pub issuer: Option<String>,
    /// The 主送 line: who the bulletin is addressed to (default 各进驻单位).
    #[serde(default)]
    pub recipients: Option<String>,
    /// The date of issue, `YYYY-MM-DD`; a date written at the end of `issuer` counts too.
    #[serde(default)]
    pub issued_on: Option<String>,
    /// The bulletin's language, `zh-CN` or `en`, over the engine's; absent keeps the engine's.
    /// The engine refuses a tag it cannot read with `invalid_locale`.
    #[serde(default)]
    #[tsify(type = "Locale | (string & {}) | null")]
    pub locale: Option<String>,
    /// The month's 明察暗访 findings, each a problem.
    #[serde(default)]
    #[tsify(type = "BulletinInspection[]")]
    pub inspections: Vec<Lenient<Inspection>>,
    /// Problems found by the daily conduct assessment (日常考评).
    #[serde(default)]
    #[tsify(type = "BulletinConductFinding[]")]
    pub conduct_findings: Vec<Lenient<ConductItem>>,
    /// Overdue cases found by electronic monitoring (电子监察).
    #[serde(default)]
    #[tsify(type = "BulletinOverdueCase[]")]
    pub overdue_cases: Vec<Lenient<OverdueItem>>,
    /// The month's complaints.
    #[serde(default)]
    #[tsify(type = "BulletinComplaint[]")]
    pub complaints: Vec<Lenient<ComplaintItem>>,
}

/// A person a record names. The bulletin groups people by `id`, else by full name, never by
/// the masked name (CASE-7).
///
/// A key other than these four is refused (`staff: { 姓名: "王五" }`): read as no name, the
/// name was printed whole wherever the month's texts gave it (helper-75).
#[derive(Clone, Debug, Default, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[tsify(rename = "BulletinPerson", missing_as_null)]
pub struct Person {
    /// The staff id; it stands in for the name when no record of the person gives one.
    #[serde(default)]
    pub id: Option<String>,
    /// The person's name: shown masked (张*), and masked wherever it stands in the month's
    /// texts; a complainant's name reads 投诉人 (`the complainant`) instead.
    #[serde(default)]
    pub name: Option<String>,
    /// The ID number; the bulletin neither reads nor shows it.
    #[serde(default)]
    pub id_number: Option<String>,
    /// The phone number; the bulletin neither reads nor shows it.
    #[serde(default)]
    pub phone: Option<String>,
}

/// A person as a record, a text or a whole number (helper-101: a portal's `staff: "王五"` had
/// left the whole inspection out of the bulletin). A text without a digit, or whose digits only
/// number a thing beside a Chinese name (赵六（3号窗口）: helper-104), is the name, the same person
/// as `{ name }` (helper-103); any other text or a number is the staff id (`staff_by_id`).
fn person_or_id<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Person>, D::Error> {
    fn named(text: &str) -> bool {
        !holds_digit(text)
            || (crate::report::person_keys::names_in_field(text).iter())
                .any(|n| n.chars().any(crate::report::mask::is_cjk))
                && numbers_only_number(text)
    }
    let of_text = |text: &str| match !named(text) {
        true => Person {
            id: Some(text.to_string()),
            ..Person::default()
        },
        false => Person {
            name: Some(text.to_string()),
            ..Person::default()
        },
    };
    crate::json_objects::record_or_text(d, of_text, true)
}

impl Person {
    /// The name given, trimmed; none when blank or a placeholder for no name (暂无, 匿名:
    /// helper-34 found 暂* listed as a named member of staff, and 匿名 read 投诉人 in texts).
    fn given_name(&self) -> Option<&str> {
        let name = self.name.as_deref()?.trim();
        (!name.is_empty() && !is_no_name(name)).then_some(name)
    }

    /// The staff id given, trimmed; none when blank or a placeholder (暂无, N/A, null), which
    /// would make one person of everyone without an id (helper-35).
    fn staff_id(&self) -> Option<&str> {
        let id = self.id.as_deref()?.trim();
        (!id.is_empty() && !is_no_name(id)).then_some(id)
    }

    /// The name an id may hold: the id without a digit whole (`周杰伦`, shown masked as a name
    /// is), or the Chinese letters of one with digits or marks (`周杰伦01`, `张三-7`). Masked
    /// wherever the month's texts give it (helper-74, helper-75).
    fn name_in_id(&self) -> Option<String> {
        let id = self.staff_id()?;
        if !holds_digit(id) {
            return Some(id.to_string());
        }
        let letters: String = id
            .chars()
            .filter(|c| crate::report::mask::is_cjk(*c))
            .collect();
        if letters.chars().count() >= 2 {
            return Some(letters);
        }
        // A Latin name of two words or more beside the digits (`Zhang San 3`, helper-76); a
        // code's letters alone (`GH` of GH-0012) are no name.
        // Accented too (`Nguyễn Văn An 2`, `José María 5`: helper-83).
        let words = crate::report::mask::latin_name_words(id);
        (words.len() >= 2).then(|| words.join(" "))
    }
}

/// A person known by staff id only, as the bulletin shows them: an id that holds a digit is a
/// number, and the bulletin carries none, so 工作人员 (helper-35, helper-36: GH-0012, 工号12,
/// ＧＨ－００１２); any other id is masked as a name is (张*, a login name z*******).
fn staff_by_id(id: &str, en: bool) -> String {
    if holds_digit(id) {
        (if en { "a staff member" } else { "工作人员" }).to_string()
    } else {
        shown_name(id)
    }
}

/// A person's name as the bulletin shows it: masked (张*), and each name of a field that gives
/// several or a note masked apart (赵*、王*, 王* 科长): masked whole, it read as one person, 赵***,
/// and showed the field's length (helper-102).
fn shown_name(name: &str) -> String {
    let names = crate::report::person_keys::names_in_field(name);
    match names.as_slice() {
        // One name with a note is that name (王五（窗口） reads 王*).
        [one] => mask_name(one),
        [] => mask_name(name),
        _ => Masker::new(names.iter().map(String::as_str)).text(name),
    }
}

/// A person field and each name it gives (赵六 of 赵六（1号窗）).
fn names_of_field(field: &str) -> Vec<String> {
    let mut names = crate::report::person_keys::names_in_field(field);
    names.push(field.to_string());
    names
}

/// Whether every run of digits in a text numbers a thing named after it in Chinese (3号窗口,
/// 2楼, 等3人), rather than standing alone as an id or beside letters (A123, 王五1).
fn numbers_only_number(text: &str) -> bool {
    let digit = |c: char| crate::report::mask::unicode_digit(c).is_some();
    let mut chars = text.chars().peekable();
    let mut before: Option<char> = None;
    while let Some(c) = chars.next() {
        if digit(c) && !chars.peek().is_some_and(|&n| digit(n)) {
            let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
            let cjk = |c: Option<char>| c.is_some_and(crate::report::mask::is_cjk);
            // 3号窗口 numbers a window; 3号 alone may be the person's number (helper-106).
            let mut ahead = chars.clone();
            let after = ahead.next();
            let named_thing = cjk(after) && (after != Some('号') || cjk(ahead.next()));
            if !named_thing || latin(before) {
                return false;
            }
        }
        if !digit(c) {
            before = Some(c);
        }
    }
    true
}

/// Whether an id holds a digit of any script: then it is a number, not a name.
fn holds_digit(id: &str) -> bool {
    id.chars()
        .any(|c| crate::report::mask::unicode_digit(c).is_some())
}

/// A problem found on an open or covert inspection (明察暗访).
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "BulletinInspection", missing_as_null)]
pub struct Inspection {
    /// The day it was found: a date, or an instant read as its Beijing date. A day outside the
    /// month leaves the record out with a `record_outside_period` finding.
    pub date: String,
    /// `open` (明察) or `covert` (暗访), in any case and spacing; none is `open`. Any other kind
    /// leaves the record out with an `invalid_record` finding at its path.
    #[serde(default)]
    #[tsify(type = r#""open" | "covert" | "明察" | "暗访" | null"#)]
    pub kind: Option<String>,
    /// The unit inspected; problems are counted and listed by it, shown clipped to 40
    /// characters (and numbered `… (2)` where two units' names read alike so clipped).
    pub unit: String,
    /// The window, shown as a description is.
    #[serde(default)]
    pub window: Option<String>,
    /// The staff member concerned.
    #[serde(default, deserialize_with = "person_or_id")]
    #[tsify(type = "BulletinPerson | string | number | null")]
    pub staff: Option<Person>,
    /// The rule broken, for example `CON-2`.
    #[serde(default)]
    pub rule: Option<String>,
    /// What was found: shown masked (CASE-7), clipped to 500 characters, with each number left
    /// out (略, `[withheld]`).
    pub description: String,
}

/// A problem found by the daily conduct assessment (日常考评).
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "BulletinConductFinding", missing_as_null)]
pub struct ConductItem {
    /// The day it was found, read as an inspection's `date` is; absent lists it undated.
    #[serde(default)]
    pub date: Option<String>,
    /// The unit, clipped to 40 characters.
    pub unit: String,
    /// The staff member concerned.
    #[serde(default, deserialize_with = "person_or_id")]
    #[tsify(type = "BulletinPerson | string | number | null")]
    pub staff: Option<Person>,
    /// The rule ID broken, for example `CON-2` (case and surrounding spaces ignored); any other
    /// text is an `invalid_field` finding, and the problem counts under SUP-3.
    pub rule: String,
    /// What was found, shown as an inspection's description is.
    pub description: String,
}

/// An overdue case found by electronic monitoring (电子监察), listed under DL-9.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "BulletinOverdueCase", missing_as_null)]
pub struct OverdueItem {
    /// The case's id, shown in the description (clipped to 40 characters).
    #[serde(default)]
    pub id: Option<RecordId>,
    /// The unit, clipped to 40 characters.
    pub unit: String,
    /// The person responsible; not named while the case is provisional.
    #[serde(default, deserialize_with = "person_or_id")]
    #[tsify(type = "BulletinPerson | string | number | null")]
    pub responsible: Option<Person>,
    /// When the case was due, an instant (Beijing time without an offset); given as a date
    /// only, it is written without a time. One that cannot be read, or falls outside the
    /// month, leaves the case out with a finding; absent lists the case undated.
    #[serde(default)]
    pub due_at: Option<String>,
    /// Working days overdue, said in the description; absent or 0 says only that it is
    /// overdue.
    #[serde(default)]
    pub overdue_working_days: Option<u32>,
    /// The deadline report's `provisional` (CAL-2); also true when `dueAt` lies past the data.
    #[serde(default)]
    pub provisional: Option<bool>,
}

/// A complaint of the month (投诉举报), listed under SUP-1.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "BulletinComplaint", missing_as_null)]
pub struct ComplaintItem {
    /// The complaint's id; not read by the bulletin.
    #[serde(default)]
    pub id: Option<RecordId>,
    /// The unit complained of, clipped to 40 characters.
    pub unit: String,
    /// The person who complained: never identified, their name reads 投诉人 (`the complainant`)
    /// wherever it stands.
    #[serde(default, deserialize_with = "person_or_id")]
    #[tsify(type = "BulletinPerson | string | number | null")]
    pub complainant: Option<Person>,
    /// The staff member complained of: named only once `founded` is `true`; until then their
    /// name in the summary reads 工作人员 (`a staff member`).
    #[serde(default, deserialize_with = "person_or_id")]
    #[tsify(type = "BulletinPerson | string | number | null")]
    pub staff: Option<Person>,
    /// What was complained of, shown as an inspection's description is, and marked 待核实
    /// (`to be verified`) until `founded` is `true`.
    pub summary: String,
    /// The verification: `true` founded, `false` groundless (counted, not listed), absent not
    /// yet verified.
    #[serde(default)]
    pub founded: Option<bool>,
    /// Whether the complaint is closed; counted in `complaintsClosed`.
    #[serde(default)]
    pub closed: Option<bool>,
}

/// One problem as the bulletin lists it, every person masked (CASE-7).
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct BulletinProblem {
    /// The unit, clipped to 40 characters, and numbered `… (2)` where two units' names read
    /// alike so clipped (in the names' order): two units are never one.
    pub unit: String,
    /// The rule ID it counts under: an inspection's or conduct finding's own (`SUP-3` when an
    /// inspection gives none, or either gives an unknown one), `DL-9` for an overdue case,
    /// `SUP-1` for a complaint.
    pub rule: String,
    /// `inspection` (明察, or no kind given), `covert` (暗访), `conduct`, `overdue` or
    /// `complaint`.
    #[tsify(type = r#""inspection" | "covert" | "conduct" | "overdue" | "complaint""#)]
    pub kind: &'static str,
    /// The day, `YYYY-MM-DD`: when it was found, or an overdue case's due day; `None` when
    /// the record gives none, and always for a complaint.
    pub date: Option<String>,
    /// An inspection's window, masked; `None` otherwise.
    pub window: Option<String>,
    /// The person concerned, as a masked name; `None` without a name, for a provisional
    /// overdue case, and for a complaint not verified as founded.
    pub person: Option<String>,
    /// What was found: the record's text masked (CASE-7), clipped to 500 characters, with no
    /// number; for an overdue case, the engine's sentence with its id, due time and days
    /// overdue.
    pub description: String,
    /// Who the person is, for grouping only; never shown.
    #[serde(skip)]
    pub identity: Option<String>,
}

/// A person the month's problems concern, in one unit.
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BulletinNamed {
    /// The masked name. Known only by staff id, the person reads as the id: masked as a name
    /// if it holds CJK characters, 工作人员 (`a staff member`) if it holds a number, otherwise
    /// as given.
    pub name: String,
    /// The unit; a person with problems in two units is named once in each.
    pub unit: String,
    /// The rule IDs of the person's problems, each once, in the order first met.
    pub rules: Vec<String>,
    /// How many problems concern the person in this unit.
    pub count: usize,
}

/// The month's counts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BulletinCounts {
    /// Inspection records within the month.
    pub inspections: usize,
    /// Problems listed.
    pub problems: usize,
    /// Units with a problem.
    pub units: usize,
    /// Overdue cases listed.
    pub overdue_cases: usize,
    /// Complaints given, groundless ones included.
    pub complaints: usize,
    /// Complaints given as `closed`.
    pub complaints_closed: usize,
    /// Problems per unit.
    #[tsify(type = "Dict<number>")]
    pub by_unit: BTreeMap<String, usize>,
    /// Problems per rule ID.
    #[tsify(type = "Dict<number>")]
    pub by_rule: BTreeMap<String, usize>,
    /// Problems per kind (`inspection`, `covert`, `conduct`, `overdue`, `complaint`).
    #[tsify(type = "Dict<number>")]
    pub by_kind: BTreeMap<String, usize>,
}

/// The monthly bulletin (SUP-3), structured and as the written 通报, every person masked
/// (CASE-7).
#[derive(Clone, Debug, PartialEq, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Bulletin {
    /// `关于2026年3月明察暗访情况的通报` (`Bulletin on the Inspections of March 2026`).
    pub title: String,
    /// The month reported on, `YYYY-MM`.
    pub month: String,
    /// The month's counts.
    pub counts: BulletinCounts,
    /// The problems: inspections, conduct findings, overdue cases, then complaints, each in
    /// the order given.
    pub problems: Vec<BulletinProblem>,
    /// The people the problems concern, by unit.
    pub named: Vec<BulletinNamed>,
    /// The lines of the section on action taken (三、处理情况).
    pub follow_up: Vec<String>,
    /// The written 通报 as plain text, its lines separated by `\n` and ending with one.
    pub text: String,
    /// Records left out, each with why.
    pub findings: Vec<Finding>,
}

/// `horizon`: the last day of the calendar's data; an overdue case due after it is provisional
/// (CAL-2), listed as such and naming nobody.
///
/// `report_by`: the day corrections are due back (see [`report_back_from`]), and whether it
/// lies past the calendar's data.
///
/// # Errors
///
/// `invalid_argument` at `month` for a month that is not `YYYY-MM` (or `YYYY-M`) of 2000–2100;
/// `invalid_date` or `date_out_of_range` at `issuedOn` for a date of issue it cannot read, and
/// `invalid_argument` there for one before the month reported on.
/// `names_by_key`: the names the input's text gives under other person keys
/// (`Engine::text_names_by_key`: an inspection's `jbr` or `created_by`), masked too (helper-98).
pub fn monthly_bulletin(
    input: &BulletinInput,
    locale: Locale,
    horizon: Option<crate::time::Day>,
    report_by: (crate::time::Day, bool),
    names_by_key: &[String],
) -> Result<Bulletin, Error> {
    let first = crate::time::parse_month(&input.month, "month")?;
    let (year, month, _) = first.ymd();
    // A date of issue that cannot be read, or one before the month reported on, is an error:
    // dropped, the bulletin would go out undated or dated before what it reports.
    if let Some(on) = input.issued_on.as_deref().filter(|d| !d.trim().is_empty()) {
        let day = crate::time::parse_date(on.trim(), "issuedOn")?;
        if day < first {
            return Err(
                Error::new(crate::error::ErrorCode::InvalidArgument, "issuedOn")
                    .detail(format!("{day} < {}", input.month.trim())),
            );
        }
    }
    let en = locale.is_english();
    // Each list is read record by record: one that cannot be read is left out with a finding
    // at its path, and the rest of the month is still reported (helper-75: a NaN date had made
    // the whole bulletin an error).
    let mut findings = Vec::new();
    let mut unread = Unread::default();
    let inspections = readable(
        &input.inspections,
        "inspections",
        locale,
        &mut findings,
        &mut unread,
    );
    let conduct = readable(
        &input.conduct_findings,
        "conductFindings",
        locale,
        &mut findings,
        &mut unread,
    );
    let overdue_cases = readable(
        &input.overdue_cases,
        "overdueCases",
        locale,
        &mut findings,
        &mut unread,
    );
    let complaints = readable(
        &input.complaints,
        "complaints",
        locale,
        &mut findings,
        &mut unread,
    );
    let people = || {
        (inspections.iter().filter_map(|(_, i)| i.staff.as_ref()))
            .chain(conduct.iter().filter_map(|(_, c)| c.staff.as_ref()))
            .chain(
                overdue_cases
                    .iter()
                    .filter_map(|(_, o)| o.responsible.as_ref()),
            )
            .chain(complaints.iter().filter_map(|(_, c)| c.staff.as_ref()))
    };
    // A complainant is never identified in a bulletin sent to the whole system, not even by a
    // masked name: wherever their name stands, it reads 投诉人.
    // Known by id alone, the id that holds a name is theirs (helper-75: 王五投诉李*), and so
    // is the id itself, whole, where a text gives it (helper-77: 投诉人-07, GH-0012 said…).
    // An id of one or two characters is left: it would take the place of every such text.
    let complainant_ids: Vec<String> = (complaints.iter())
        .filter_map(|(_, c)| c.complainant.as_ref())
        .flat_map(|p| {
            let whole = p.staff_id().filter(|id| id.chars().count() >= 3);
            [whole.map(str::to_string), p.name_in_id()]
        })
        .flatten()
        .collect();
    let complainants = (complaints.iter())
        .filter_map(|(_, c)| c.complainant.as_ref()?.given_name())
        .chain(complainant_ids.iter().map(String::as_str));
    // The names each staff id is given with. An id given with two different names is no one
    // person's: each is then known by name (helper-36: a shared placeholder id such as 不明 or
    // 0 put 李四光's problem on 王建国).
    // (A sorted list, not a B-tree map: 3 KB smaller in wasm.)
    // Ids are compared loosely (`loose_key`: `Ｓ１` and `S\u{200B}1` are `S1`, helper-82,
    // helper-83).
    let mut ids: Vec<(String, usize, String, &str)> = people()
        .enumerate()
        .filter_map(|(at, p)| {
            let name = p.given_name()?;
            Some((
                crate::text::loose_key(p.staff_id()?),
                at,
                name_key_text(name),
                name,
            ))
        })
        .collect();
    crate::sort::sort_by_small(&mut ids, |a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    // The first name an id is given, and whether it is given another.
    let id_name = |id: &str| -> Option<(&str, bool)> {
        let id = crate::text::loose_key(id);
        let from = ids.partition_point(|e| e.0 < id);
        let to = ids.partition_point(|e| e.0 <= id);
        let first = ids[from..to].first()?;
        Some((first.3, ids[from..to].iter().any(|e| e.2 != first.2)))
    };
    // An id without a digit is shown masked as a name is (`staff_by_id`): it is masked as one
    // wherever it stands too (helper-74: `staff: { id: "周杰伦" }` showed 周** beside a
    // description that named 周杰伦 whole).
    let names_in_ids: Vec<String> = people().filter_map(Person::name_in_id).collect();
    // A complainant who bears the name of someone the month names as staff (an inspection's
    // 张三玩手机) is masked as a name there and everywhere, not shown as 投诉人: the text
    // cannot tell who of the two it means, and 投诉人玩手机 would put the problem on the one
    // who complained (helper-99).
    // (Not the names under other person keys: `complainant` is one.) Each name a field gives
    // is compared, so 王五（窗口） and 王五 bear one name (helper-102).
    let names_given = |field: &str| names_of_field(field).into_iter().map(|n| name_key_text(&n));
    let staff_names: Vec<String> = (people().filter_map(Person::given_name))
        .chain(names_in_ids.iter().map(String::as_str))
        .flat_map(names_given)
        .collect();
    let complainant_names: Vec<String> = (complainants
        .chain(unread.complainants.iter().map(String::as_str)))
    .flat_map(names_of_field)
    .filter(|c| !names_given(c).any(|n| staff_names.contains(&n)))
    .collect();
    let masker = Masker::new(
        people()
            .filter_map(Person::given_name)
            .chain(names_in_ids.iter().map(String::as_str))
            .chain(unread.names.iter().map(String::as_str))
            .chain(names_by_key.iter().map(String::as_str)),
    )
    .with_shown_as(
        // Name by name: of 刘洋、王五, where 王五 is staff, 刘洋 still reads 投诉人 (helper-103).
        complainant_names.iter().map(String::as_str),
        if en { "the complainant" } else { "投诉人" },
    );
    // SUP-3: people are grouped by who they are (staff id, else the full name), never by
    // their masked name, so 张伟 and 张强 stay two people (CASE-7).
    // A placeholder id (暂无, N/A) is no id: it would make one person of everyone without one;
    // a name is compared as the masker reads it, so 王建国, 王 建 国 and 王　建国 are one
    // person (helper-35).
    let identity = |p: &Option<Person>| {
        p.as_ref().and_then(|p| {
            // By the whole name as given: a note may tell two people apart (赵六（男）, 赵六
            // （女）: merged by the name they share, one had carried the other's problem,
            // helper-107), so 王五（窗口） and 王五 stay two entries (the reading that asserts less).
            let by_name = p.given_name().map(|n| format!("name:{}", name_key_text(n)));
            match p.staff_id() {
                // Without a name, a record of such an id is nobody's: which of its people
                // it is about cannot be told (helper-37: it had made a third person).
                Some(id) if id_name(id).is_some_and(|n| n.1) => by_name,
                Some(id) => Some(format!("id:{}", crate::text::loose_key(id))),
                None => by_name,
            }
        })
    };
    // Masked before it is clipped, so no number is cut short of being recognised; then each
    // masked number is left out whole (no ID or phone number, not even masked).
    let gone = if en { "[withheld]" } else { "略" };
    let text_of = |s: &str, max: usize| masker.public_text(s, max, gone);
    let text = |s: &str| text_of(s, 500);
    // A record with only the staff id shows the name its id is given elsewhere, else what the
    // id can show (`staff_by_id`): the problem and the list of people name the same person.
    let who = |p: &Option<Person>| {
        let p = p.as_ref()?;
        if let Some(name) = p.given_name() {
            return Some(shown_name(name));
        }
        let id = p.staff_id()?;
        match id_name(id) {
            Some((name, false)) => Some(shown_name(name)),
            Some((_, true)) => None,
            None => Some(staff_by_id(id, en)),
        }
    };
    let in_month = |date: &str, path: &str, findings: &mut Vec<Finding>| -> Option<String> {
        match crate::time::parse_day_or_instant(date, path) {
            Ok(d) if d.ymd().0 == year && d.ymd().1 == month => Some(d.to_string()),
            Ok(d) => {
                findings.push(Finding::new(
                    FindingCode::RecordOutsidePeriod,
                    path,
                    &d.to_string(),
                    locale,
                ));
                None
            }
            Err(e) => {
                findings.push(Finding::from_error(&e, locale));
                None
            }
        }
    };

    // Each unit as shown, named apart where two names read alike cut short (helper-78: two
    // units whose names share their first 40 characters had been counted and listed as one).
    let units = unit_labels(
        (inspections.iter().map(|(_, i)| i.unit.as_str()))
            .chain(conduct.iter().map(|(_, c)| c.unit.as_str()))
            .chain(overdue_cases.iter().map(|(_, o)| o.unit.as_str()))
            .chain(complaints.iter().map(|(_, c)| c.unit.as_str())),
    );
    let unit = |name: &str| units.get(name).cloned().unwrap_or_else(|| clip(name));
    let mut problems = Vec::new();
    let mut inspected = 0;
    let mut overdue = 0;
    for &(i, ins) in &inspections {
        let Some(date) = in_month(&ins.date, &format!("inspections[{i}].date"), &mut findings)
        else {
            continue;
        };
        // An inspection of a kind not known is neither: left out with a finding, not listed as
        // 明察 (helper-86: `COVERT`, `明察暗访` were counted as open inspections). The value is
        // not echoed: a name in the wrong column (`钱七`) would be printed.
        // Read as ids are: width, spaces and unseen marks aside (`ＯＰＥＮ`, `明 察`: helper-87).
        let kind = ins
            .kind
            .as_deref()
            .map(|k| crate::text::loose_key(k).to_ascii_lowercase());
        let covert = match kind.as_deref() {
            None | Some("" | "open" | "明察" | "inspection") => false,
            Some("covert" | "暗访") => true,
            Some(_) => {
                let detail = match locale.is_english() {
                    true => "expected open (明察) or covert (暗访)",
                    false => "应为 open（明察）或 covert（暗访）",
                };
                let at = Error::new(
                    ErrorCode::InvalidArgument,
                    &format!("inspections[{i}].kind"),
                );
                findings.push(Finding::unreadable_record(&at.detail(detail), locale));
                continue;
            }
        };
        inspected += 1;
        let rule = match ins.rule.as_deref() {
            None => "SUP-3",
            Some(r) => checked_rule(r, &format!("inspections[{i}].rule"), locale, &mut findings),
        };
        problems.push(BulletinProblem {
            unit: unit(&ins.unit),
            rule: rule.into(),
            kind: if covert { "covert" } else { "inspection" },
            date: Some(date),
            window: ins.window.as_deref().map(&text),
            person: who(&ins.staff),
            description: text(&ins.description),
            identity: identity(&ins.staff),
        });
    }
    for &(i, c) in &conduct {
        let date = match &c.date {
            Some(d) => match in_month(d, &format!("conductFindings[{i}].date"), &mut findings) {
                Some(d) => Some(d),
                None => continue,
            },
            None => None,
        };
        let rule = checked_rule(
            &c.rule,
            &format!("conductFindings[{i}].rule"),
            locale,
            &mut findings,
        );
        problems.push(BulletinProblem {
            unit: unit(&c.unit),
            rule: rule.into(),
            kind: "conduct",
            date,
            window: None,
            person: who(&c.staff),
            description: text(&c.description),
            identity: identity(&c.staff),
        });
    }
    for &(i, o) in &overdue_cases {
        // The due date in Beijing time (a `Z` instant late in the UTC day is the next day
        // there); a case due in another month belongs to that month's bulletin.
        let mut provisional = o.provisional == Some(true);
        let mut due_at = None;
        let date = match o.due_at.as_deref() {
            Some(due) => {
                let path = format!("overdueCases[{i}].dueAt");
                match parse_instant(due, &path) {
                    Ok(at) => match in_month(&at.day().to_string(), &path, &mut findings) {
                        Some(d) => {
                            provisional |= horizon.is_some_and(|h| at.day() > h);
                            due_at = Some(at);
                            Some(d)
                        }
                        None => continue,
                    },
                    Err(e) => {
                        findings.push(Finding::from_error(&e, locale));
                        continue;
                    }
                }
            }
            None => None,
        };
        overdue += 1;
        // As given, but for the names and the ID or mobile numbers it holds (helper-82:
        // 张三-11010519491231002X was printed whole).
        let id = (o.id.as_ref())
            .map(|i| clip(&masker.names_in(personal_numbers_withheld(&i.0, gone))))
            .unwrap_or_default();
        // Described by its due time and the days overdue, not by a date that would read as the
        // day it was found; without a count it says only that it is overdue, never "0 days".
        // A due date given without a time is said without one (00:00 would be earlier than
        // the day's close, and assert more).
        let dated_only = o.due_at.as_deref().is_some_and(|d| !d.contains(':'));
        let due = due_at.map(|at| {
            let (_, m, d) = at.day().ymd();
            let hm = hhmm(at.minute_of_day());
            match (en, dated_only) {
                (true, true) => format!(" was due on {d} {} and", month_name(m)),
                (true, false) => format!(" was due by {d} {} {hm} and", month_name(m)),
                (false, true) => format!("应于{m}月{d}日办结，"),
                (false, false) => format!("应于{m}月{d}日{hm}前办结，"),
            }
        });
        let due = due.unwrap_or_default();
        let case = if id.is_empty() {
            "a case".to_string()
        } else {
            format!("case {id}")
        };
        let mut description = match (o.overdue_working_days.filter(|d| *d > 0), en) {
            (Some(1), true) => format!("{case}{due} is 1 working day overdue"),
            (Some(days), true) => format!("{case}{due} is {days} working days overdue"),
            (Some(days), false) => format!("办件{id}{due}已超期{days}个工作日"),
            (None, true) => format!("{case}{due} is overdue"),
            (None, false) => format!("办件{id}{due}已超期"),
        };
        // Due past the calendar's data (CAL-2): provisional, so nobody is named for it yet.
        if provisional {
            description.push_str(if en {
                " (provisional: due past the published holiday notices)"
            } else {
                "（暂定：到期时间超出已公布的节假日安排）"
            });
        }
        problems.push(BulletinProblem {
            unit: unit(&o.unit),
            rule: "DL-9".into(),
            kind: "overdue",
            date,
            window: None,
            person: if provisional {
                None
            } else {
                who(&o.responsible)
            },
            description,
            identity: if provisional {
                None
            } else {
                identity(&o.responsible)
            },
        });
    }
    let mut complaints_closed = 0;
    for &(_, c) in &complaints {
        complaints_closed += (c.closed == Some(true)) as usize;
        if c.founded == Some(false) {
            continue;
        }
        // A complaint names a person only once it is verified as founded: an unverified one is
        // listed, but nobody is criticised for it (the reading that asserts less).
        let verified = c.founded == Some(true);
        // Unverified, the staff member it is about is not named even in its summary.
        // By every name and id it is given (赵六（1号窗）, 赵六等2人, `{ id: "A123" }`: helper-104).
        let summary = match c.staff.as_ref() {
            Some(p) if !verified => {
                let staff = if en { "a staff member" } else { "工作人员" };
                let mut names: Vec<String> = p.given_name().map(names_of_field).unwrap_or_default();
                // The id too, however cased, spaced or dashed (a123, A-123: helper-105).
                names.extend(p.staff_id().map(str::to_string));
                names.extend(
                    p.name_in_id()
                        .as_deref()
                        .map(names_of_field)
                        .unwrap_or_default(),
                );
                let summary = Masker::new([])
                    .with_shown_as(names.iter().map(String::as_str), staff)
                    .names_in(c.summary.clone());
                match p.staff_id().filter(|id| id.chars().count() >= 2) {
                    Some(id) => summary.replace(id, staff),
                    None => summary,
                }
            }
            _ => c.summary.clone(),
        };
        let mut description = text(&summary);
        if !verified {
            description.push_str(if en {
                " (to be verified)"
            } else {
                "（待核实）"
            });
        }
        problems.push(BulletinProblem {
            unit: unit(&c.unit),
            rule: "SUP-1".into(),
            kind: "complaint",
            date: None,
            window: None,
            person: if verified { who(&c.staff) } else { None },
            description,
            identity: if verified { identity(&c.staff) } else { None },
        });
    }

    let mut counts = BulletinCounts {
        inspections: inspected,
        problems: problems.len(),
        overdue_cases: overdue,
        complaints: complaints.len(),
        complaints_closed,
        ..BulletinCounts::default()
    };
    // (unit, person) → place in `people`, ordered by unit, then person. Keyed by one text
    // that orders as the pair does (`pair_key`): the map type of `StrMap`, one copy of its
    // code in the .wasm.
    let mut named: BTreeMap<String, usize> = BTreeMap::new();
    let mut people: Vec<(String, BulletinNamed)> = Vec::new();
    for p in &problems {
        *counts.by_unit.entry(p.unit.clone()).or_default() += 1;
        *counts.by_rule.entry(p.rule.clone()).or_default() += 1;
        *counts.by_kind.entry(p.kind.to_string()).or_default() += 1;
        if let Some(who) = &p.identity {
            // A record with only the staff id still counts for that person; the name comes
            // from whichever record gives one (the id stands in, if none does).
            let shown = p.person.clone();
            let at = *named
                .entry(crate::str_map::pair_key(&p.unit, who))
                .or_insert_with(|| {
                    people.push((
                        who.clone(),
                        BulletinNamed {
                            name: String::new(),
                            unit: p.unit.clone(),
                            rules: vec![],
                            count: 0,
                        },
                    ));
                    people.len() - 1
                });
            let n = &mut people[at].1;
            if n.name.is_empty() {
                n.name = shown.unwrap_or_default();
            }
            n.count += 1;
            if !n.rules.contains(&p.rule) {
                n.rules.push(p.rule.clone());
            }
        }
    }
    counts.units = counts.by_unit.len();
    let mut people: Vec<Option<(String, BulletinNamed)>> = people.into_iter().map(Some).collect();
    let named: Vec<BulletinNamed> = named
        .into_values()
        .filter_map(|at| people.get_mut(at)?.take())
        .map(|(who, mut n)| {
            if n.name.is_empty() {
                let id = who.strip_prefix("id:").unwrap_or(&who);
                n.name = staff_by_id(id, en);
            }
            n
        })
        .collect();
    // Anything a record quoted back in a finding has its names masked too (CASE-7).
    findings.iter_mut().for_each(|f| f.mask_names(&masker));

    // The hall, the addressees and the issuer are written as free text is: names masked and
    // numbers left out (helper-82: an issuer's mobile number was printed twice).
    let hall = input
        .hall
        .as_deref()
        .map(|h| text_of(h, 40))
        .unwrap_or_default();
    let open_complaints = counts.complaints - complaints_closed;
    let closures = problems.iter().filter(|p| p.rule == "DL-10").count();
    let follow_up = follow_up(en, &counts, open_complaints, closures, &named);
    let title = if en {
        format!(
            "Bulletin on the Inspections of {} {year}",
            month_name(month)
        )
    } else {
        format!("关于{year}年{month}月明察暗访情况的通报")
    };
    let (issuer, issued_on) = signature(input, en);
    let issuer = issuer.map(|i| text_of(&i, 40));
    let text = render(&Letter {
        en,
        title: &title,
        year,
        month,
        hall: &hall,
        recipients: input.recipients.as_deref().map(|r| text_of(r, 40)),
        counts: &counts,
        problems: &problems,
        follow_up: &follow_up,
        issuer: issuer.as_deref(),
        issued_on: issued_on.as_deref(),
        report_by,
        complaints_verified: (
            (complaints.iter())
                .filter(|(_, c)| c.founded == Some(true))
                .count(),
            (complaints.iter())
                .filter(|(_, c)| c.founded.is_none())
                .count(),
        ),
    });
    Ok(Bulletin {
        title,
        month: format!("{year}-{month:02}"),
        counts,
        problems,
        named,
        follow_up,
        text,
        findings,
    })
}

fn follow_up(
    en: bool,
    counts: &BulletinCounts,
    open_complaints: usize,
    closures: usize,
    named: &[BulletinNamed],
) -> Vec<String> {
    let mut out = Vec::new();
    if !named.is_empty() {
        let names: Vec<String> = named
            .iter()
            .map(|n| match en {
                true => format!("{} ({})", n.name, n.unit),
                false => format!("{}（{}）", n.name, n.unit),
            })
            .collect();
        out.push(if en {
            format!("The problems above concern {} ({}); their units are to verify them and deal with them under the conduct rules.", counted(named.len(), "staff member"), names.join(", "))
        } else {
            // SUP-3 reports the problems; a sanction is the unit's to decide under the conduct
            // rules once verified, not the bulletin's to announce (the reading that asserts less).
            format!("以上问题涉及{}等{}名工作人员，请所在单位核实后按考评办法处理。", names.join("、"), named.len())
        });
    }
    if counts.overdue_cases > 0 {
        out.push(if en {
            format!(
                "The units concerned are to conclude the {} at once and state the reasons.",
                counted(counts.overdue_cases, "overdue case")
            )
        } else {
            format!(
                "超期办件{}件，责成相关单位立即办结、说明原因。",
                counts.overdue_cases
            )
        });
    }
    if open_complaints > 0 {
        out.push(if en {
            format!(
                "{} still open: verify, resolve and call back within the limits.",
                counted(open_complaints, "complaint is")
            )
        } else {
            format!("尚未办结的投诉{open_complaints}件，须在规定时限内核实、处理并回访。")
        });
    }
    if closures > 0 {
        out.push(if en {
            "Windows may not close for internal business during published hours; AB posts must cover every absence.".to_string()
        } else {
            "窗口在公布的办公时间内不得因内部事务关闭，人员离岗须由AB岗顶岗。".to_string()
        });
    }
    out
}

/// The day from which the report-back date is counted: the 5th of the month after `month`
/// (`YYYY-MM`); the engine moves it to the first working day on or after it.
pub fn report_back_from(month: &str) -> Option<crate::time::Day> {
    let (year, month, _) = crate::time::parse_month(month, "month").ok()?.ymd();
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    crate::time::Day::from_ymd(y, m, 5)
}

/// What the written 通报 is made of.
struct Letter<'a> {
    en: bool,
    title: &'a str,
    year: i32,
    month: u32,
    hall: &'a str,
    recipients: Option<String>,
    counts: &'a BulletinCounts,
    problems: &'a [BulletinProblem],
    follow_up: &'a [String],
    issuer: Option<&'a str>,
    issued_on: Option<&'a str>,
    report_by: (crate::time::Day, bool),
    /// Complaints verified as founded, and those not yet verified.
    complaints_verified: (usize, usize),
}

/// The signing office and the date of issue, each on its own line: `issuedOn`, or a date
/// written at the end of `issuer` (某市政务服务管理办公室　2026年4月1日).
fn signature(input: &BulletinInput, en: bool) -> (Option<String>, Option<String>) {
    let issuer = input
        .issuer
        .as_deref()
        .map(clip)
        .filter(|s| !s.trim().is_empty());
    let written = |d: crate::time::Day| {
        let (y, m, dd) = d.ymd();
        if en {
            format!("{dd} {} {y}", month_name(m))
        } else {
            format!("{y}年{m}月{dd}日")
        }
    };
    let given = input
        .issued_on
        .as_deref()
        .and_then(|d| crate::time::parse_date(d.trim(), "issuedOn").ok())
        .map(written);
    let Some(issuer) = issuer else {
        return (None, given);
    };
    let trimmed = issuer.trim_end();
    match trailing_date(trimmed) {
        Some(at) if !trimmed[..at].trim().is_empty() => (
            Some(trimmed[..at].trim_end().to_string()),
            given.or_else(|| {
                let text = &trimmed[at..];
                let read = crate::time::parse_date(text.trim(), "issuer").ok();
                Some(read.map_or_else(|| text.to_string(), written))
            }),
        ),
        _ => (Some(trimmed.to_string()), given),
    }
}

/// Where a trailing 2026年4月1日 starts in an issuer's line (after a space or not), or a date
/// in another form after a space (办公室 2026/4/1).
fn trailing_date(issuer: &str) -> Option<usize> {
    if let Some(space) = issuer.rfind(char::is_whitespace) {
        let token = issuer[space..].trim_start();
        let at = issuer.len() - token.len();
        if crate::time::parse_date(token, "issuer").is_ok() && !issuer[..at].trim().is_empty() {
            return Some(at);
        }
    }
    let y = issuer
        .ends_with('日')
        .then(|| issuer.rfind('年'))
        .flatten()?;
    let start = y.checked_sub(4)?;
    let year = issuer.get(start..y)?;
    (year.bytes().all(|b| b.is_ascii_digit()) && issuer[y..].contains('月')).then_some(start)
}

/// The date of issue: `issuedOn`, or the date written at the end of `issuer`.
pub fn issue_date(input: &BulletinInput) -> Option<crate::time::Day> {
    let read = |d: &str| crate::time::parse_date(d.trim(), "issuedOn").ok();
    let issuer = input.issuer.as_deref().map(str::trim_end);
    let written = issuer.and_then(|i| trailing_date(i).map(|at| &i[at..]));
    input
        .issued_on
        .as_deref()
        .and_then(read)
        .or_else(|| written.and_then(read))
}

fn hhmm(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

fn month_name(m: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES.get(m.wrapping_sub(1) as usize).copied().unwrap_or("")
}

/// `2026-03-18` as the body of a 通报 writes it: 3月18日 (18 March).
fn body_date(iso: &str, en: bool) -> String {
    let mut parts = iso
        .split('-')
        .skip(1)
        .map(|p| p.parse::<u32>().unwrap_or(0));
    let (m, d) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    if en {
        format!("{d} {}", month_name(m))
    } else {
        format!("{m}月{d}日")
    }
}

/// `template` with each `{0}`…`{9}` replaced by that one of `args`. One plain function for
/// every line of the 通报, in both languages (a `format!` per line and language cost
/// kilobytes of .wasm).
#[inline(never)]
fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        let arg = rest[at + 1..]
            .strip_prefix(|c: char| c.is_ascii_digit())
            .filter(|r| r.starts_with('}'))
            .and_then(|_| args.get((rest.as_bytes()[at + 1] - b'0') as usize));
        out.push_str(&rest[..at]);
        match arg {
            Some(a) => {
                out.push_str(a);
                rest = &rest[at + 3..];
            }
            None => {
                out.push('{');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn render(l: &Letter) -> String {
    let (en, counts) = (l.en, l.counts);
    let say = |zh: &'static str, english: &'static str| if en { english } else { zh };
    // Problems by where they came from: visits, daily assessment, electronic monitoring.
    let mut from = [0usize; 3];
    for (kind, n) in &counts.by_kind {
        match kind.as_str() {
            "inspection" | "covert" => from[0] += n,
            "conduct" => from[1] += n,
            "overdue" => from[2] += n,
            _ => {}
        }
    }
    // A count as the language writes it: 3 in Chinese, `3 problems` in English.
    let count = |n: usize, noun: &str| if en { counted(n, noun) } else { num(n) };
    let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    let (year, month) = (l.year.to_string(), num(l.month as usize));
    let mut t = vec![l.title.to_string(), String::new()];

    // 主送, then the opening.
    let recipients = l.recipients.as_deref();
    let recipients = recipients.unwrap_or(say("各进驻单位", "All units in the hall"));
    t.push(fill(say("{0}：", "To: {0}"), &[recipients]));
    let hall = if l.hall.is_empty() {
        say("政务服务大厅", "the hall")
    } else {
        l.hall
    };
    t.push(fill(
        say(
            "{0}年{1}月，对{2}开展了明察暗访，并汇总了日常考评、电子监察和群众投诉情况。现将有关情况通报如下：",
            "In {5} {0}, {2} was inspected on open and covert visits, and the month's daily conduct assessment, electronic monitoring and complaints were reviewed. The findings are set out below.",
        ),
        &[&year, &month, hall, "", "", month_name(l.month)],
    ));

    // 一、基本情况: counts by where the problems came from.
    t.push(String::new());
    t.push(say("一、基本情况", "1. Overview").into());
    let (founded, pending) = l.complaints_verified;
    let unfounded = counts.complaints.saturating_sub(founded + pending);
    let mut of = vec![fill(
        say("已办结{0}件", "{0} closed"),
        &[&num(counts.complaints_closed)],
    )];
    for (n, zh, english) in [
        (founded, "经核实属实{0}件", "{0} verified as founded"),
        (unfounded, "经核实不属实{0}件", "{0} found groundless"),
        (pending, "待核实{0}件", "{0} still to be verified"),
    ] {
        if n > 0 {
            of.push(fill(say(zh, english), &[&num(n)]));
        }
    }
    let of = of.join(say("，", ", "));
    t.push(fill(
        say(
            "明察暗访发现问题{0}个；日常考评发现问题{1}个；电子监察发现超期办件{2}件；受理群众投诉{3}件（{4}）。问题共涉及{5}个单位。",
            "Inspection visits found {0}; daily conduct assessment found {1}; electronic monitoring found {2}; {3} received ({4}). The problems concern {5}.",
        ),
        &[
            &count(from[0], "problem"),
            &count(from[1], "problem"),
            &count(from[2], "overdue case"),
            &count(counts.complaints, "complaint was"),
            &of,
            &count(counts.units, "unit"),
        ],
    ));

    // 二、发现的问题, by unit.
    t.push(String::new());
    t.push(say("二、发现的问题", "2. Problems found").into());
    if l.problems.is_empty() {
        t.push(say("本月未发现问题。", "No problems were found.").into());
    }
    for (u, (unit, n)) in counts.by_unit.iter().enumerate() {
        let (u1, n1) = (num(u + 1), num(*n));
        let numeral = numerals.get(u).copied().unwrap_or("…");
        let plural = if *n == 1 { "" } else { "s" };
        t.push(fill(
            say("（{3}）{1}（{2}个）", "({0}) {1}: {2} problem{4}"),
            &[&u1, unit, &n1, numeral, plural],
        ));
        for (i, p) in l.problems.iter().filter(|p| &p.unit == unit).enumerate() {
            // The date a problem was found; an overdue case says its due time in its text.
            let date = p
                .date
                .as_deref()
                .filter(|_| p.kind != "overdue")
                .map(|d| body_date(d, en));
            let date = date
                .map(|d| fill(say("{0}，", "On {0}, "), &[&d]))
                .unwrap_or_default();
            let kind = match p.kind {
                "covert" => say("暗访发现", "a covert visit found"),
                "inspection" => say("明察发现", "an open inspection found"),
                "conduct" => say("日常考评发现", "the daily conduct assessment found"),
                "overdue" => say("电子监察发现", "electronic monitoring found"),
                _ => say("群众投诉", "a complaint"),
            };
            let kind = if en && date.is_empty() {
                capitalised(kind)
            } else {
                kind.to_string()
            };
            let (window, person) = (
                p.window.as_deref().unwrap_or(""),
                p.person.as_deref().unwrap_or(""),
            );
            let who = if en {
                let both = if window.is_empty() || person.is_empty() {
                    ""
                } else {
                    ", "
                };
                let inner = [window, both, person].concat();
                if inner.is_empty() {
                    inner
                } else {
                    fill(" ({0})", &[&inner])
                }
            } else {
                [window, person].concat()
            };
            let text = p.description.trim_end_matches(['。', '.']);
            t.push(fill(
                say("{0}. {1}{2}{3}：{4}。", "{0}. {1}{2}{3}: {4}."),
                &[&num(i + 1), &date, &kind, &who, text],
            ));
        }
    }

    // 三、处理情况 and 四、工作要求.
    t.push(String::new());
    t.push(say("三、处理情况", "3. Action taken").into());
    if l.follow_up.is_empty() {
        t.push(say("无。", "None required.").into());
    }
    for (i, f) in l.follow_up.iter().enumerate() {
        t.push(fill("{0}. {1}", &[&num(i + 1), f]));
    }
    t.push(String::new());
    t.push(say("四、工作要求", "4. Requirements").into());
    let receiver = l.issuer.unwrap_or(say(
        "本通报印发单位",
        "the office that issued this bulletin",
    ));
    let (_, rm, rd) = l.report_by.0.ymd();
    let rd = num(rd as usize);
    // Past the calendar's data the date is provisional (CAL-2).
    let tentative = if l.report_by.1 {
        say("（暂定）", " (provisional)")
    } else {
        ""
    };
    let requirements = [
        say(
            "各相关单位要对照通报问题立即整改，于{1}月{2}日{4}前将整改情况报送{0}。",
            "Every unit concerned is to correct the problems named here at once and report its corrections to {0} by {2} {3}{4}.",
        ),
        say("严格落实首问负责制、限时办结制和责任追究制。", "Keep strictly to first-contact responsibility, time-limited handling and accountability."),
        say("明察暗访工作持续开展，每月通报一次。", "Open and covert inspections continue and are reported every month."),
    ];
    for (i, r) in requirements.iter().enumerate() {
        let line = fill(
            r,
            &[receiver, &num(rm as usize), &rd, month_name(rm), tentative],
        );
        t.push(fill("{0}. {1}", &[&num(i + 1), &line]));
    }
    t.push(String::new());
    t.push(say("特此通报。", "This bulletin is hereby issued.").into());
    // The issuer and the date of issue, each on a line of its own.
    if l.issuer.is_some() || l.issued_on.is_some() {
        t.push(String::new());
    }
    t.extend(
        l.issuer
            .iter()
            .chain(l.issued_on.iter())
            .map(|s| s.to_string()),
    );
    t.join("\n") + "\n"
}

#[inline(never)]
fn num(n: usize) -> String {
    n.to_string()
}

/// `3 problems`, `1 problem`; `2 complaints were`, `1 complaint was`.
fn counted(n: usize, what: &str) -> String {
    if n == 1 {
        return format!("1 {what}");
    }
    match what.split_once(' ') {
        Some((noun, "was")) => format!("{n} {noun}s were"),
        Some((noun, "is")) => format!("{n} {noun}s are"),
        _ => format!("{n} {what}s"),
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// A problem counts under a rule ID of REGULATIONS.md; any other text is a finding on the
/// record, and the problem counts under SUP-3 (the bulletin's own rule).
fn checked_rule(
    rule: &str,
    path: &str,
    locale: Locale,
    findings: &mut Vec<Finding>,
) -> &'static str {
    known_rule(rule).unwrap_or_else(|| {
        findings.push(Finding::new(
            FindingCode::InvalidField,
            path,
            &crate::report::mask::mask_if_name_like(&clip(rule)),
            locale,
        ));
        "SUP-3"
    })
}

/// Each unit's name (as given) and the label the bulletin shows for it: its first spelling,
/// trimmed and cut to 40 characters. Names that differ only in spaces, invisible marks or
/// width (`政务中心 `, `政务中心\u{200B}`, full-width letters) are one unit; names that differ
/// otherwise but read alike cut short are numbered in the order they first appear (`… (2)`),
/// so that two units are never counted, listed or named as one (helper-78, helper-82).
fn unit_labels<'a>(names: impl Iterator<Item = &'a str>) -> StrMap<String> {
    let mut by_key: StrMap<String> = StrMap::new();
    let mut shown: StrMap<()> = StrMap::new();
    let mut labels = StrMap::new();
    for name in names {
        if labels.contains_key(name) {
            continue;
        }
        let key = crate::text::loose_key(name);
        let label = by_key
            .get_or_insert_with(&key, || shown.insert_apart(clip(name.trim()), ()))
            .clone();
        labels.insert(name.to_string(), label);
    }
    labels
}

/// What the records that could not be read still say of people (CASE-7): their staff's names,
/// masked wherever the month's texts give them, and their complainants', shown as 投诉人.
#[derive(Default)]
struct Unread {
    names: Vec<String>,
    complainants: Vec<String>,
}

/// The records of `list` (the input's `name`) that could be read, each with its place. Each
/// that could not is left out with an `invalid_record` finding at its path
/// (`inspections[2].date`), and the names its text gives are kept in `unread`.
fn readable<'a, T>(
    list: &'a [Lenient<T>],
    name: &str,
    locale: Locale,
    findings: &mut Vec<Finding>,
    unread: &mut Unread,
) -> Vec<(usize, &'a T)> {
    let mut out = Vec::with_capacity(list.len());
    for (i, record) in list.iter().enumerate() {
        let e = match &record.0 {
            Ok(r) => {
                out.push((i, r));
                continue;
            }
            Err(e) => e,
        };
        let mut at = e.clone();
        at.path = crate::error::join_path(&format!("{name}[{i}]"), &e.path);
        findings.push(Finding::unreadable_record(&at, locale));
        // Every text under its person members, whatever the key (helper-83: a complainant
        // under 姓名, refused for that key, had been printed elsewhere).
        if let Some(text) = record.1.as_deref() {
            unread
                .names
                .extend(texts_under(text, &["staff", "responsible"]));
            unread
                .complainants
                .extend(texts_under(text, &["complainant"]));
        }
    }
    out
}
