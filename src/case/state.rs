//! Case states and the transitions between them: 收件 → 受理 / 不予受理 / 补正告知 → 办理 →
//! 办结 (准予 / 不予) → 评价.

use serde::Serialize;

/// A state in a case's history (`history[].state`), serialized in snake_case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseState {
    /// 收件: the case was received; a history that starts elsewhere is a `state_jump` finding.
    Received,
    /// 受理: the case was accepted.
    Accepted,
    /// 不予受理: the case was refused at acceptance.
    NotAccepted,
    /// 补正告知: the applicant was told which materials are missing.
    SupplementNotice,
    /// 办理: the case is being handled.
    Processing,
    /// 办结: the case was concluded, approved or not.
    Concluded,
    /// 评价: the applicant rated the service; nothing follows.
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
    /// The state `text` names, trimmed: its snake_case code (`not_accepted`) or its Chinese name
    /// (不予受理); `None` for any other text.
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
