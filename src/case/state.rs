//! Case states and the transitions between them: 收件 → 受理 / 不予受理 / 补正告知 → 办理 →
//! 办结 (准予 / 不予) → 评价.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseState {
    Received,
    Accepted,
    NotAccepted,
    SupplementNotice,
    Processing,
    Concluded,
    Rated,
}

const NAMES: &[(&str, CaseState)] = &[
    ("received", CaseState::Received),
    ("收件", CaseState::Received),
    ("accepted", CaseState::Accepted),
    ("受理", CaseState::Accepted),
    ("not_accepted", CaseState::NotAccepted),
    ("不予受理", CaseState::NotAccepted),
    ("supplement_notice", CaseState::SupplementNotice),
    ("补正告知", CaseState::SupplementNotice),
    ("processing", CaseState::Processing),
    ("办理", CaseState::Processing),
    ("concluded", CaseState::Concluded),
    ("办结", CaseState::Concluded),
    ("rated", CaseState::Rated),
    ("评价", CaseState::Rated),
];

impl CaseState {
    pub fn parse(text: &str) -> Option<CaseState> {
        let text = text.trim();
        NAMES.iter().find(|(n, _)| *n == text).map(|&(_, s)| s)
    }

    /// The states that may follow this one. An immediate case (即办件) may be concluded on the
    /// spot, straight after acceptance.
    pub fn may_follow(self, next: CaseState, immediate: bool) -> bool {
        use CaseState::*;
        match self {
            Received => {
                matches!(next, Accepted | NotAccepted | SupplementNotice)
                    || (immediate && next == Concluded)
            }
            SupplementNotice => matches!(next, Accepted | NotAccepted | SupplementNotice),
            Accepted => next == Processing || (immediate && next == Concluded),
            Processing => next == Concluded,
            Concluded | NotAccepted => next == Rated,
            Rated => false,
        }
    }
}
