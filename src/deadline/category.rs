//! Case categories (DL-1..5) and the limits the ruleset gives them.

use serde::Serialize;

use crate::deadline::limit::Limit;
use crate::deadline::rules::DeadlineRules;

/// The kind of a case, which sets its default limit (DL-1..5); serialized in snake_case
/// (`licensing_joint`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, tsify::Tsify)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// 即办件 (DL-1)
    Immediate,
    /// 承诺件 (DL-2)
    Promised,
    /// 联办件 (DL-3)
    Joint,
    /// 上报件 (DL-4)
    Escalated,
    /// 行政许可 (DL-5)
    Licensing,
    /// 联合办理的行政许可 (DL-5)
    LicensingJoint,
}

const NAMES: &[(&str, Category)] = &[
    ("immediate", Category::Immediate),
    ("即办件", Category::Immediate),
    ("即办", Category::Immediate),
    ("promised", Category::Promised),
    ("承诺件", Category::Promised),
    ("承诺", Category::Promised),
    ("joint", Category::Joint),
    ("联办件", Category::Joint),
    ("联办", Category::Joint),
    ("escalated", Category::Escalated),
    ("上报件", Category::Escalated),
    ("上报", Category::Escalated),
    ("licensing", Category::Licensing),
    ("许可件", Category::Licensing),
    ("行政许可", Category::Licensing),
    ("licensing_joint", Category::LicensingJoint),
    ("联合许可", Category::LicensingJoint),
    ("联合办理许可", Category::LicensingJoint),
];

impl Category {
    /// Every category, in the order of its code (`Category::code`).
    pub const ALL: [Category; 6] = [
        Category::Immediate,
        Category::Promised,
        Category::Joint,
        Category::Escalated,
        Category::Licensing,
        Category::LicensingJoint,
    ];

    /// English codes, and the Chinese names clerks use.
    pub fn parse(text: &str) -> Option<Category> {
        let text = text.trim();
        NAMES
            .iter()
            .find(|(name, _)| *name == text)
            .map(|&(_, c)| c)
    }

    /// An administrative licence (DL-5), alone or jointly handled.
    pub fn is_licensing(self) -> bool {
        matches!(self, Category::Licensing | Category::LicensingJoint)
    }

    /// The code used by the columnar API: the position in [`Category::ALL`].
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The category of a columnar code; `None` for a code past the last category.
    pub fn from_code(code: u8) -> Option<Category> {
        Category::ALL.get(code as usize).copied()
    }

    /// The ruleset's limit for the category (`deadline.categories`), used when a record gives
    /// none.
    pub fn default_limit(self, rules: &DeadlineRules) -> Limit {
        let c = &rules.categories;
        match self {
            Category::Immediate => c.immediate,
            Category::Promised => c.promised,
            Category::Joint => c.joint,
            Category::Escalated => c.escalated,
            Category::Licensing => c.licensing,
            Category::LicensingJoint => c.licensing_joint,
        }
    }

    /// The statutory limit a committed one may not exceed; only licensing has one in law.
    pub fn statutory_limit(self, rules: &DeadlineRules) -> Option<Limit> {
        matches!(self, Category::Licensing | Category::LicensingJoint)
            .then(|| self.default_limit(rules))
    }

    /// The extension a head may approve for the category (DL-5, `deadline.extensions`); `None`
    /// for a category other than licensing, which cannot be extended.
    pub fn extension(self, rules: &DeadlineRules) -> Option<Limit> {
        match self {
            Category::Licensing => Some(rules.extensions.licensing),
            Category::LicensingJoint => Some(rules.extensions.licensing_joint),
            _ => None,
        }
    }
}
