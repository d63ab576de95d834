//! Identity numbers (CASE-4): 居民身份证 by GB 11643, 统一社会信用代码 by GB 32100, mobile
//! numbers, and the format of passports and Hong Kong, Macao and Taiwan permits.

use crate::time::Day;

/// What is wrong with an identity number (CASE-4). A check gives none, one, or (for a resident
/// ID) several of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdProblem {
    /// 15-digit numbers were retired with the second-generation card.
    Legacy15,
    /// The wrong length or characters for its kind of number (for a credit code, also a
    /// registering authority or area code of the wrong form).
    Format,
    /// The check character does not match the others (GB 11643, GB 32100).
    Checksum,
    /// A resident ID's birth date is not a real date, or is before 1900.
    BirthDate,
    /// A resident ID's birth date is after today.
    BirthInFuture,
    /// A resident ID's first two digits are not a province code of GB/T 2260 (or 81–83), or the
    /// four digits after them are all 0.
    Region,
    /// Valid, but the check character should be an upper-case X.
    LowercaseX,
}

const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK: &[u8; 11] = b"10X98765432";

/// Province-level codes of GB/T 2260, plus 81–83 for Hong Kong, Macao and Taiwan residents.
const PROVINCES: &[u32] = &[
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
];

/// Checks an 18-character resident ID; `today` bounds the birth date.
pub fn check_resident_id(text: &str, today: Day) -> Vec<IdProblem> {
    let s = text.trim().as_bytes();
    if s.len() == 15 && s.iter().all(u8::is_ascii_digit) {
        return vec![IdProblem::Legacy15];
    }
    if s.len() != 18
        || !s[..17].iter().all(u8::is_ascii_digit)
        || !(s[17].is_ascii_digit() || s[17] == b'X' || s[17] == b'x')
    {
        return vec![IdProblem::Format];
    }
    let mut problems = Vec::new();
    let digit = |i: usize| (s[i] - b'0') as u32;
    let sum: u32 = (0..17).map(|i| digit(i) * ID_WEIGHTS[i]).sum();
    let expected = ID_CHECK[(sum % 11) as usize];
    if s[17].to_ascii_uppercase() != expected {
        problems.push(IdProblem::Checksum);
    } else if s[17] == b'x' {
        problems.push(IdProblem::LowercaseX);
    }
    let number = |from: usize, len: usize| (from..from + len).fold(0, |acc, i| acc * 10 + digit(i));
    if !PROVINCES.contains(&number(0, 2)) || number(2, 4) == 0 {
        problems.push(IdProblem::Region);
    }
    match Day::from_ymd(number(6, 4) as i32, number(10, 2), number(12, 2)) {
        Some(birth) if birth > today => problems.push(IdProblem::BirthInFuture),
        Some(birth) if birth.ymd().0 < 1900 => problems.push(IdProblem::BirthDate),
        Some(_) => {}
        None => problems.push(IdProblem::BirthDate),
    }
    problems
}

const USCC_CHARS: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/// 统一社会信用代码: 18 characters from GB 32100's set, with its mod-31 check character.
pub fn check_credit_code(text: &str) -> Option<IdProblem> {
    let s = text.trim().as_bytes();
    if s.len() != 18 {
        return Some(IdProblem::Format);
    }
    let mut values = [0u32; 18];
    for (i, b) in s.iter().enumerate() {
        match USCC_CHARS.iter().position(|c| c == b) {
            Some(v) => values[i] = v as u32,
            None => return Some(IdProblem::Format),
        }
    }
    // The registering authority is 1–9, A, N or Y; digits 3–8 are an area code.
    if !matches!(s[0], b'1'..=b'9' | b'A' | b'N' | b'Y') || !s[2..8].iter().all(u8::is_ascii_digit)
    {
        return Some(IdProblem::Format);
    }
    let sum: u32 = (0..17).map(|i| values[i] * USCC_WEIGHTS[i]).sum();
    let check = (31 - sum % 31) % 31;
    (values[17] != check).then_some(IdProblem::Checksum)
}

/// Mainland mobile numbers: 11 digits starting 13–19, with an optional +86 and separators.
pub fn check_mobile(text: &str) -> Option<IdProblem> {
    let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    let digits = digits
        .strip_prefix("+86")
        .or_else(|| digits.strip_prefix("0086"))
        .unwrap_or(&digits);
    let b = digits.as_bytes();
    let ok = b.len() == 11
        && b.iter().all(u8::is_ascii_digit)
        && b[0] == b'1'
        && (b'3'..=b'9').contains(&b[1]);
    (!ok).then_some(IdProblem::Format)
}

/// Passports and permits: format only.
pub fn check_document(kind: DocumentKind, text: &str) -> Option<IdProblem> {
    let s = text.trim().as_bytes();
    let upper_alnum = |b: &u8| b.is_ascii_digit() || b.is_ascii_uppercase();
    let ok = match kind {
        DocumentKind::Passport => (5..=17).contains(&s.len()) && s.iter().all(upper_alnum),
        // 港澳居民来往内地通行证: H or M and 8 or 10 digits.
        DocumentKind::HkMacaoPermit => {
            matches!(s.first(), Some(b'H' | b'M'))
                && matches!(s.len(), 9 | 11)
                && s[1..].iter().all(u8::is_ascii_digit)
        }
        // 台湾居民来往大陆通行证: 8 upper-case letters or digits (or the older 10-character form).
        DocumentKind::TaiwanPermit => matches!(s.len(), 8 | 10) && s.iter().all(upper_alnum),
    };
    (!ok).then_some(IdProblem::Format)
}

/// An identity document other than the resident ID, checked by its format only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentKind {
    /// A passport: 5 to 17 upper-case letters or digits.
    Passport,
    /// 港澳居民来往内地通行证: H or M, then 8 or 10 digits.
    HkMacaoPermit,
    /// 台湾居民来往大陆通行证: 8 or 10 upper-case letters or digits.
    TaiwanPermit,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums() {
        let today = Day::from_ymd(2026, 11, 27).unwrap();
        // GB 11643's own example.
        assert_eq!(check_resident_id("11010519491231002X", today), vec![]);
        assert_eq!(
            check_resident_id("11010519491231002x", today),
            vec![IdProblem::LowercaseX]
        );
        assert_eq!(
            check_resident_id("110105194912310021", today),
            vec![IdProblem::Checksum]
        );
        assert_eq!(
            check_resident_id("110105491231002", today),
            vec![IdProblem::Legacy15]
        );
        assert_eq!(check_credit_code("91350100M000100Y43"), None);
        assert_eq!(
            check_credit_code("91350100M000100Y42"),
            Some(IdProblem::Checksum)
        );
        assert_eq!(
            check_credit_code("91350100M000100YI3"),
            Some(IdProblem::Format)
        );
        assert_eq!(check_mobile("+86 138-0013-8000"), None);
        assert_eq!(check_mobile("12800138000"), Some(IdProblem::Format));
    }
}
