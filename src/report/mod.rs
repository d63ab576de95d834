//! What reports share: masking of personal data (CASE-7).

pub mod mask;
pub mod person_keys;
