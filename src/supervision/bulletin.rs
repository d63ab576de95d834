//! The monthly 明察暗访 bulletin (SUP-3): the month's inspections, conduct findings, overdue
//! cases and complaints, counted by unit, rule and kind, with every person masked (CASE-7),
//! as a structured object and as the usual written 通报.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::finding::{known_rule, Finding, FindingCode};
use crate::input::RecordId;
use crate::messages::Locale;
use crate::report::mask::{mask_name, Masker};
use crate::time::{clip, parse_instant};

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BulletinInput {
    /// `YYYY-MM`.
    pub month: String,
    #[serde(default)]
    pub hall: Option<String>,
    #[serde(default)]
    pub issuer: Option<String>,
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(default)]
    pub inspections: Vec<Inspection>,
    #[serde(default)]
    pub conduct_findings: Vec<ConductItem>,
    #[serde(default)]
    pub overdue_cases: Vec<OverdueItem>,
    #[serde(default)]
    pub complaints: Vec<ComplaintItem>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub id_number: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Inspection {
    pub date: String,
    /// `open` (明察) or `covert` (暗访).
    #[serde(default)]
    pub kind: Option<String>,
    pub unit: String,
    #[serde(default)]
    pub window: Option<String>,
    #[serde(default)]
    pub staff: Option<Person>,
    /// The rule broken, for example `CON-2`.
    #[serde(default)]
    pub rule: Option<String>,
    pub description: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConductItem {
    #[serde(default)]
    pub date: Option<String>,
    pub unit: String,
    #[serde(default)]
    pub staff: Option<Person>,
    pub rule: String,
    pub description: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OverdueItem {
    #[serde(default)]
    pub id: Option<RecordId>,
    pub unit: String,
    #[serde(default)]
    pub responsible: Option<Person>,
    #[serde(default)]
    pub due_at: Option<String>,
    #[serde(default)]
    pub overdue_working_days: Option<u32>,
    /// The deadline report's `provisional` (CAL-2); also true when `dueAt` lies past the data.
    #[serde(default)]
    pub provisional: Option<bool>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ComplaintItem {
    #[serde(default)]
    pub id: Option<RecordId>,
    pub unit: String,
    #[serde(default)]
    pub complainant: Option<Person>,
    #[serde(default)]
    pub staff: Option<Person>,
    pub summary: String,
    #[serde(default)]
    pub founded: Option<bool>,
    #[serde(default)]
    pub closed: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    pub unit: String,
    pub rule: String,
    /// `inspection`, `conduct`, `overdue` or `complaint`.
    pub kind: &'static str,
    pub date: Option<String>,
    pub window: Option<String>,
    pub person: Option<String>,
    pub description: String,
    /// Who the person is, for grouping only; never shown.
    #[serde(skip)]
    pub identity: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Named {
    pub name: String,
    pub unit: String,
    pub rules: Vec<String>,
    pub count: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub inspections: usize,
    pub problems: usize,
    pub units: usize,
    pub overdue_cases: usize,
    pub complaints: usize,
    pub complaints_closed: usize,
    pub by_unit: BTreeMap<String, usize>,
    pub by_rule: BTreeMap<String, usize>,
    pub by_kind: BTreeMap<String, usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bulletin {
    pub title: String,
    pub month: String,
    pub counts: Counts,
    pub problems: Vec<Problem>,
    pub named: Vec<Named>,
    pub follow_up: Vec<String>,
    pub text: String,
    /// Records left out, each with why.
    pub findings: Vec<Finding>,
}

/// `horizon`: the last day of the calendar's data; an overdue case due after it is provisional
/// (CAL-2), listed as such and naming nobody.
pub fn monthly_bulletin(
    input: &BulletinInput,
    locale: Locale,
    horizon: Option<crate::time::Day>,
) -> Result<Bulletin, Error> {
    let (year, month, _) = crate::time::parse_month(&input.month, "month")?.ymd();
    let en = locale.is_english();
    let people = input
        .inspections
        .iter()
        .filter_map(|i| i.staff.as_ref())
        .chain(
            input
                .conduct_findings
                .iter()
                .filter_map(|c| c.staff.as_ref()),
        )
        .chain(
            input
                .overdue_cases
                .iter()
                .filter_map(|o| o.responsible.as_ref()),
        )
        .chain(
            input
                .complaints
                .iter()
                .flat_map(|c| c.complainant.iter().chain(c.staff.iter())),
        );
    let masker = Masker::new(people.filter_map(|p| p.name.as_deref()));
    // SUP-3: people are grouped by who they are (staff id, else the full name), never by
    // their masked name, so 张伟 and 张强 stay two people (CASE-7).
    let identity = |p: &Option<Person>| {
        p.as_ref().and_then(|p| {
            let id = p.id.as_deref().map(str::trim).filter(|s| !s.is_empty());
            let name = p.name.as_deref().map(str::trim).filter(|s| !s.is_empty());
            id.map(|i| format!("id:{i}"))
                .or_else(|| name.map(|n| format!("name:{n}")))
        })
    };
    // Masked before it is clipped, so no number is cut short of being recognised.
    let text = |s: &str| masker.clipped(s, 500);
    let who = |p: &Option<Person>| p.as_ref().and_then(|p| p.name.as_deref()).map(mask_name);
    let mut findings = Vec::new();
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

    let mut problems = Vec::new();
    let mut inspections = 0;
    let mut overdue = 0;
    for (i, ins) in input.inspections.iter().enumerate() {
        let Some(date) = in_month(&ins.date, &format!("inspections[{i}].date"), &mut findings)
        else {
            continue;
        };
        inspections += 1;
        let covert = matches!(ins.kind.as_deref().map(str::trim), Some("covert" | "暗访"));
        let rule = match ins.rule.as_deref() {
            None => "SUP-3",
            Some(r) => checked_rule(r, &format!("inspections[{i}].rule"), locale, &mut findings),
        };
        problems.push(Problem {
            unit: clip(&ins.unit),
            rule: rule.into(),
            kind: if covert { "covert" } else { "inspection" },
            date: Some(date),
            window: ins.window.as_deref().map(&text),
            person: who(&ins.staff),
            description: text(&ins.description),
            identity: identity(&ins.staff),
        });
    }
    for (i, c) in input.conduct_findings.iter().enumerate() {
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
        problems.push(Problem {
            unit: clip(&c.unit),
            rule: rule.into(),
            kind: "conduct",
            date,
            window: None,
            person: who(&c.staff),
            description: text(&c.description),
            identity: identity(&c.staff),
        });
    }
    for (i, o) in input.overdue_cases.iter().enumerate() {
        // The due date in Beijing time (a `Z` instant late in the UTC day is the next day
        // there); a case due in another month belongs to that month's bulletin.
        let mut provisional = o.provisional == Some(true);
        let date = match o.due_at.as_deref() {
            Some(due) => {
                let path = format!("overdueCases[{i}].dueAt");
                match parse_instant(due, &path) {
                    Ok(at) => match in_month(&at.day().to_string(), &path, &mut findings) {
                        Some(d) => {
                            provisional |= horizon.is_some_and(|h| at.day() > h);
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
        let id = o.id.as_ref().map(|i| clip(&i.0)).unwrap_or_default();
        // Without a count the text says only that it is overdue, never "0 days".
        let mut description = match (o.overdue_working_days.filter(|d| *d > 0), en) {
            (Some(days), true) => format!("case {id} overdue by {days} working day(s)"),
            (Some(days), false) => format!("办件 {id} 超期 {days} 个工作日"),
            (None, true) => format!("case {id} overdue"),
            (None, false) => format!("办件 {id} 超期"),
        };
        // Due past the calendar's data (CAL-2): provisional, so nobody is named for it yet.
        if provisional {
            description.push_str(if en {
                " (provisional: due past the published holiday notices)"
            } else {
                "（暂定：到期时间超出已公布的节假日安排）"
            });
        }
        problems.push(Problem {
            unit: clip(&o.unit),
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
    for c in &input.complaints {
        complaints_closed += (c.closed == Some(true)) as usize;
        if c.founded == Some(false) {
            continue;
        }
        // A complaint names a person only once it is verified as founded: an unverified one is
        // listed, but nobody is criticised for it (the reading that asserts less).
        let verified = c.founded == Some(true);
        let mut description = text(&c.summary);
        if !verified {
            description.push_str(if en {
                " (to be verified)"
            } else {
                "（待核实）"
            });
        }
        problems.push(Problem {
            unit: clip(&c.unit),
            rule: "SUP-1".into(),
            kind: "complaint",
            date: None,
            window: None,
            person: if verified { who(&c.staff) } else { None },
            description,
            identity: if verified { identity(&c.staff) } else { None },
        });
    }

    let mut counts = Counts {
        inspections,
        problems: problems.len(),
        overdue_cases: overdue,
        complaints: input.complaints.len(),
        complaints_closed,
        ..Counts::default()
    };
    let mut named: BTreeMap<(String, String), Named> = BTreeMap::new();
    for p in &problems {
        *counts.by_unit.entry(p.unit.clone()).or_default() += 1;
        *counts.by_rule.entry(p.rule.clone()).or_default() += 1;
        *counts.by_kind.entry(p.kind.to_string()).or_default() += 1;
        if let Some(who) = &p.identity {
            // A record with only the staff id still counts for that person; the name comes
            // from whichever record gives one (the id stands in, if none does).
            let shown = p.person.clone();
            let n = named
                .entry((p.unit.clone(), who.clone()))
                .or_insert_with(|| Named {
                    name: String::new(),
                    unit: p.unit.clone(),
                    rules: vec![],
                    count: 0,
                });
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
    let named: Vec<Named> = named
        .into_iter()
        .map(|((_, who), mut n)| {
            if n.name.is_empty() {
                n.name = who.strip_prefix("id:").unwrap_or(&who).to_string();
            }
            n
        })
        .collect();
    // Anything a record quoted back in a finding has its names masked too (CASE-7).
    findings.iter_mut().for_each(|f| f.mask_names(&masker));

    let hall = input.hall.as_deref().map(clip).unwrap_or_default();
    let open_complaints = counts.complaints - complaints_closed;
    let closures = problems.iter().filter(|p| p.rule == "DL-10").count();
    let follow_up = follow_up(en, &counts, open_complaints, closures, &named);
    let title = if en {
        format!(
            "{}{} Bulletin of Inspections, {year}-{month:02}",
            hall,
            if hall.is_empty() { "" } else { ":" }
        )
    } else {
        format!("{hall}{year}年{month}月明察暗访情况通报")
    };
    let text = render(
        en,
        &title,
        year,
        month,
        &counts,
        &problems,
        &follow_up,
        input.issuer.as_deref(),
    );
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
    counts: &Counts,
    open_complaints: usize,
    closures: usize,
    named: &[Named],
) -> Vec<String> {
    let mut out = Vec::new();
    if !named.is_empty() {
        let names: Vec<String> = named
            .iter()
            .map(|n| format!("{}（{}）", n.name, n.unit))
            .collect();
        out.push(if en {
            format!("The {} staff named above are criticised in this bulletin, and points are deducted under the conduct rules.", named.len())
        } else {
            format!("对{}等{}名工作人员予以通报批评，按考评办法扣分。", names.join("、"), named.len())
        });
    }
    if counts.overdue_cases > 0 {
        out.push(if en {
            format!("The units concerned are to conclude the {} overdue case(s) at once, state the reasons, and hold those responsible to account.", counts.overdue_cases)
        } else {
            format!("超期办件{}件，责成相关单位立即办结、说明原因，并追究责任人责任。", counts.overdue_cases)
        });
    }
    if open_complaints > 0 {
        out.push(if en {
            format!("{open_complaints} complaint(s) are still open: verify, resolve and call back within the limits.")
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

#[allow(clippy::too_many_arguments)]
fn render(
    en: bool,
    title: &str,
    year: i32,
    month: u32,
    counts: &Counts,
    problems: &[Problem],
    follow_up: &[String],
    issuer: Option<&str>,
) -> String {
    let mut t = vec![title.to_string(), String::new()];
    let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    if en {
        t.push("1. Overview".into());
        t.push(format!(
            "In {year}-{month:02}, {} inspection visit(s) found {} problem(s) in {} unit(s). Overdue cases: {}. Complaints received: {}, closed: {}.",
            counts.inspections, counts.problems, counts.units, counts.overdue_cases, counts.complaints, counts.complaints_closed
        ));
        t.push(String::new());
        t.push("2. Problems found".into());
    } else {
        t.push("一、基本情况".into());
        t.push(format!(
            "{year}年{month}月，共开展明察暗访{}次，发现问题{}个，涉及{}个单位。办件超期{}件；受理投诉{}件，已办结{}件。",
            counts.inspections, counts.problems, counts.units, counts.overdue_cases, counts.complaints, counts.complaints_closed
        ));
        t.push(String::new());
        t.push("二、发现的问题".into());
    }
    if problems.is_empty() {
        t.push(if en {
            "No problems were found.".into()
        } else {
            "本月未发现问题。".into()
        });
    }
    for (u, (unit, n)) in counts.by_unit.iter().enumerate() {
        t.push(if en {
            format!("({}) {unit}: {n}", u + 1)
        } else {
            format!(
                "（{}）{unit}（{n}个）",
                numerals.get(u).copied().unwrap_or("…")
            )
        });
        for (i, p) in problems.iter().filter(|p| &p.unit == unit).enumerate() {
            let date = p
                .date
                .as_deref()
                .map(|d| {
                    if en {
                        format!("{d}, ")
                    } else {
                        format!("{d}，")
                    }
                })
                .unwrap_or_default();
            let window = p.window.as_deref().unwrap_or("");
            let person = p.person.as_deref().unwrap_or("");
            let kind = match (en, p.kind) {
                (false, "covert") => "暗访发现",
                (false, "inspection") => "明察发现",
                (false, "conduct") => "考评发现",
                (false, "overdue") => "电子监察发现",
                (false, _) => "群众投诉",
                (true, "covert") => "covert visit",
                (true, "inspection") => "inspection",
                (true, "conduct") => "conduct record",
                (true, "overdue") => "e-monitoring",
                (true, _) => "complaint",
            };
            t.push(if en {
                let who = [window, person]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ");
                let who = if who.is_empty() {
                    String::new()
                } else {
                    format!(" ({who})")
                };
                format!(
                    "{}. {date}{kind}{who}: {} [{}]",
                    i + 1,
                    p.description,
                    p.rule
                )
            } else {
                format!(
                    "{}. {date}{kind}{window}{person}：{}（{}）",
                    i + 1,
                    p.description,
                    p.rule
                )
            });
        }
    }
    t.push(String::new());
    t.push(if en {
        "3. Decisions".into()
    } else {
        "三、处理意见".into()
    });
    if follow_up.is_empty() {
        t.push(if en {
            "None required.".into()
        } else {
            "无。".into()
        });
    }
    for (i, f) in follow_up.iter().enumerate() {
        t.push(format!("{}. {f}", i + 1));
    }
    t.push(String::new());
    t.push(if en {
        "4. Requirements".into()
    } else {
        "四、工作要求".into()
    });
    let requirements: [&str; 3] = if en {
        [
            "Every unit is to correct the problems named here and report its corrections by the 5th of next month.",
            "Keep strictly to first-contact responsibility, time-limited handling and accountability.",
            "Inspections continue, open and covert, and are reported every month.",
        ]
    } else {
        [
            "各单位要对照通报问题立即整改，于下月5日前报送整改情况。",
            "严格落实首问负责制、限时办结制和责任追究制。",
            "明察暗访工作持续开展，每月通报一次。",
        ]
    };
    for (i, r) in requirements.iter().enumerate() {
        t.push(format!("{}. {r}", i + 1));
    }
    if let Some(issuer) = issuer.filter(|s| !s.trim().is_empty()) {
        t.push(String::new());
        t.push(clip(issuer));
    }
    t.join("\n") + "\n"
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
            &clip(rule),
            locale,
        ));
        "SUP-3"
    })
}
