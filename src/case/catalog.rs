//! Service-item disclosure (办事公开, CASE-6): what a catalogue item must publish.

use serde::Deserialize;

use crate::deadline::limit::Limit;
use crate::deadline::rules::DeadlineRules;
use crate::deadline::Category;
use crate::finding::{Finding, FindingCode};
use crate::input::RecordId;
use crate::messages::Locale;
use crate::text::clip;

/// A text or a list of texts: portals publish both shapes.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum TextOrList {
    /// One text; blank when it is only whitespace.
    Text(String),
    /// Several texts; blank when every one is only whitespace (or there are none).
    List(Vec<String>),
}

impl TextOrList {
    fn is_blank(&self) -> bool {
        match self {
            TextOrList::Text(t) => t.trim().is_empty(),
            TextOrList::List(l) => l.iter().all(|t| t.trim().is_empty()),
        }
    }
}

/// One item of a hall's service catalogue (事项目录), as a portal publishes it: what CASE-6
/// requires it to disclose. Every field may be absent; what is missing is a finding.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "CatalogItem", missing_as_null)]
pub struct CatalogItem {
    /// The item's id, echoed in its validation.
    #[serde(default)]
    pub id: Option<RecordId>,
    /// The item's name; not checked.
    #[serde(default)]
    pub name: Option<String>,
    /// 设定依据: the policy basis.
    #[serde(default)]
    #[tsify(type = "string | string[] | null")]
    pub basis: Option<TextOrList>,
    /// 办理流程.
    #[serde(default)]
    #[tsify(type = "string | string[] | null")]
    pub procedure: Option<TextOrList>,
    /// 申请材料.
    #[serde(default)]
    #[tsify(type = "string | string[] | null")]
    pub materials: Option<TextOrList>,
    /// The kind of case the item produces (`licensing`, 许可件, …): for licensing the statutory
    /// limit defaults to the ruleset's (行政许可法 art. 42).
    #[serde(default)]
    #[tsify(type = "Category | string | null")]
    pub category: Option<String>,
    /// 法定时限; for licensing it defaults to the ruleset's statutory limit.
    #[serde(default)]
    pub statutory_limit: Option<Limit>,
    /// 承诺时限.
    #[serde(default)]
    pub committed_limit: Option<Limit>,
    /// 收费: the item's fees; absent is a `catalog_field_missing` finding.
    #[serde(default)]
    #[tsify(type = "CatalogFees | null")]
    pub fees: Option<Fees>,
}

/// An item's fees: whether it is free, and what is charged.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "CatalogFees", missing_as_null)]
pub struct Fees {
    /// Whether the item is free of charge. `true` with a fee item of an amount above 0 is a
    /// contradiction (`catalog_fees_contradict`); absent or `false` needs at least one fee item.
    #[serde(default)]
    pub free: Option<bool>,
    /// The fees charged, each with a name and an amount.
    #[serde(default)]
    #[tsify(type = "CatalogFeeItem[] | null")]
    pub items: Option<Vec<FeeItem>>,
}

/// One fee of an item.
#[derive(Clone, Debug, Deserialize, tsify::Tsify)]
#[tsify(rename = "CatalogFeeItem", missing_as_null)]
pub struct FeeItem {
    /// What the fee is for; absent or blank is a `catalog_field_missing` finding.
    #[serde(default)]
    pub name: Option<String>,
    /// The amount charged; absent, not finite or below 0 is a `catalog_field_missing` finding.
    /// Above 0 counts as a charge.
    #[serde(default)]
    pub amount: Option<f64>,
}

/// Checks one catalogue item against CASE-6, with messages in `locale`: its basis, procedure,
/// materials, committed limit and fees are given (`catalog_field_missing`), the committed limit
/// is no longer than the statutory one (`catalog_limit_over_statutory`), compared only when both
/// are in the same unit, and the fees agree with `free` (`catalog_fees_contradict`). The
/// statutory limit is the item's own or, for a licensing category, the ruleset's (行政许可法
/// art. 42); an unknown category is an `unknown_category` finding. No finding means the item
/// passes.
pub fn check_catalog_item(
    item: &CatalogItem,
    rules: &DeadlineRules,
    locale: Locale,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut push =
        |code, path: &str, detail: &str| findings.push(Finding::new(code, path, detail, locale));
    // CASE-6: a committed limit is compared with the item's statutory one, which for licensing
    // is the ruleset's when the item does not state its own.
    let category = match item.category.as_deref().filter(|c| !c.trim().is_empty()) {
        Some(text) => {
            let parsed = Category::parse(text);
            if parsed.is_none() {
                push(
                    FindingCode::UnknownCategory,
                    "category",
                    &crate::report::mask::mask_if_name_like(&clip(text)),
                );
            }
            parsed
        }
        None => None,
    };
    let statutory = item
        .statutory_limit
        .or_else(|| category.and_then(|c| c.statutory_limit(rules)));
    for (field, value) in [
        ("basis", &item.basis),
        ("procedure", &item.procedure),
        ("materials", &item.materials),
    ] {
        if value.as_ref().is_none_or(TextOrList::is_blank) {
            push(FindingCode::CatalogFieldMissing, field, "");
        }
    }
    match (item.committed_limit, statutory) {
        (None, _) => push(FindingCode::CatalogFieldMissing, "committedLimit", ""),
        (Some(c), Some(s)) if c.unit == s.unit && c.value > s.value => push(
            FindingCode::CatalogLimitOverStatutory,
            "committedLimit",
            &format!("{} > {}", c.describe(locale), s.describe(locale)),
        ),
        _ => {}
    }
    match &item.fees {
        None => push(FindingCode::CatalogFieldMissing, "fees", ""),
        Some(fees) => {
            let items = fees.items.as_deref().unwrap_or(&[]);
            let charged = items.iter().any(|f| f.amount.is_some_and(|a| a > 0.0));
            match fees.free {
                Some(true) if charged => push(FindingCode::CatalogFeesContradict, "fees", ""),
                None | Some(false) if items.is_empty() => {
                    push(FindingCode::CatalogFieldMissing, "fees.items", "")
                }
                _ => {}
            }
            for (i, f) in items.iter().enumerate() {
                if f.amount.is_none_or(|a| !a.is_finite() || a < 0.0)
                    || f.name.as_deref().is_none_or(|n| n.trim().is_empty())
                {
                    push(
                        FindingCode::CatalogFieldMissing,
                        &format!("fees.items[{i}]"),
                        "",
                    );
                }
            }
        }
    }
    findings
}
