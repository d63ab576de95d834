//! Personal data masking (CASE-7): names as 张*, ID numbers keeping the first 6 and last 4,
//! phone numbers as 138****5678. Applied to every report and bulletin, including free text.

/// 张伟 → 张*, 欧阳娜娜 → 欧***; a Latin name keeps its first letter.
pub fn mask_name(name: &str) -> String {
    let name = name.trim();
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => {
            let rest = chars.count().max(1);
            format!("{first}{}", "*".repeat(rest))
        }
        None => String::new(),
    }
}

/// A staff id such as `S0123` as given; a value in Chinese characters is a name: 张* (CASE-7).
pub fn mask_if_name(value: &str) -> String {
    if value
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    {
        mask_name(value)
    } else {
        value.to_string()
    }
}

/// 110105194912310021 → 110105********0021.
pub fn mask_id(id: &str) -> String {
    let chars: Vec<char> = id.trim().chars().collect();
    if chars.len() <= 10 {
        return "*".repeat(chars.len());
    }
    let (head, tail) = (&chars[..6], &chars[chars.len() - 4..]);
    format!(
        "{}{}{}",
        head.iter().collect::<String>(),
        "*".repeat(chars.len() - 10),
        tail.iter().collect::<String>()
    )
}

/// 13812345678 → 138****5678.
pub fn mask_phone(phone: &str) -> String {
    let digits: Vec<char> = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 7 {
        return "*".repeat(digits.len());
    }
    let n = digits.len();
    let tail: String = digits[n - 4..].iter().collect();
    if digits[0] == '0' && n >= 10 {
        // A landline with its area code (010 and 02x have three digits, the rest four): the
        // city stays readable, the subscriber number does not.
        let area = if matches!(digits[1], '1' | '2') { 3 } else { 4 };
        let head: String = digits[..area].iter().collect();
        return format!("{head}{}{tail}", "*".repeat(n - area - 4));
    }
    if n < 11 {
        // A landline or a short number: only the last four stay.
        return format!("{}{tail}", "*".repeat(n - 4));
    }
    format!(
        "{}****{tail}",
        digits[n - 11..n - 8].iter().collect::<String>()
    )
}

/// Masks free text: the names the input mentions, and any number shaped like an ID number (15
/// or 18 characters), a phone number (also written `138-0013-8000`, `010 6512 3456`, `+86 …`
/// or in full-width digits) or any other run of 7 or more digits.
pub struct Masker {
    /// Longest first, so 欧阳娜娜 is replaced before 欧阳.
    names: Vec<(String, String)>,
}

impl Masker {
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Masker {
        let mut names: Vec<(String, String)> = names
            .into_iter()
            .map(str::trim)
            .filter(|n| n.chars().count() >= 2)
            .map(|n| (n.to_string(), mask_name(n)))
            .collect();
        names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        names.dedup();
        Masker { names }
    }

    pub fn text(&self, text: &str) -> String {
        let mut out = mask_numbers(text);
        for (name, masked) in &self.names {
            if out.contains(name.as_str()) {
                out = out.replace(name.as_str(), masked);
            }
        }
        out
    }
}

/// The numbers in `text` masked, everything else unchanged.
pub fn mask_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut after_country_code = false;
    while i < chars.len() {
        if ascii_digit(chars[i]).is_none() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let (first, mut end) = digit_group(&chars, i);
        if i > 0 && chars[i - 1] == '+' && first.len() <= 3 && continues(&chars, end) {
            // "+86 ": kept as written; the number after it is the phone number.
            out.extend(&chars[i..=end]);
            i = end + 1;
            after_country_code = true;
            continue;
        }
        let mut run = first.clone();
        if after_country_code || phone_head(&first) {
            let mut joined = first;
            let mut joined_end = end;
            while continues(&chars, joined_end) {
                let (more, e) = digit_group(&chars, joined_end + 1);
                joined.push_str(&more);
                joined_end = e;
            }
            // Only phone-sized groupings join: "100 2026" stays two numbers.
            if (10..=12).contains(&joined.len()) {
                run = joined;
                end = joined_end;
            }
        }
        after_country_code = false;
        match mask_run(&run) {
            Some(masked) => out.push_str(&masked),
            None => out.extend(&chars[i..end]),
        }
        i = end;
    }
    out
}

fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

/// The digits from `start` (ASCII or full-width, with an ID number's final X), and where they end.
fn digit_group(chars: &[char], start: usize) -> (String, usize) {
    let mut group = String::new();
    let mut j = start;
    while let Some(&c) = chars.get(j) {
        match (ascii_digit(c), c) {
            (Some(d), _) => group.push(d),
            (None, 'X' | 'x' | 'Ｘ' | 'ｘ') if group.len() == 17 => group.push('X'),
            _ => break,
        }
        j += 1;
    }
    (group, j)
}

/// A separator inside a written phone number at `at`, with a digit after it.
fn continues(chars: &[char], at: usize) -> bool {
    matches!(chars.get(at), Some('-' | ' ' | '－'))
        && chars.get(at + 1).and_then(|&c| ascii_digit(c)).is_some()
}

/// 138 (a mobile prefix) or 010 / 0755 (an area code): the first group of a written phone number.
fn phone_head(group: &str) -> bool {
    (group.len() == 3 && group.starts_with('1'))
        || ((3..=4).contains(&group.len()) && group.starts_with('0'))
}

fn mask_run(run: &str) -> Option<String> {
    let n = run.len();
    let digits = run.bytes().filter(u8::is_ascii_digit).count();
    if (n == 18 || n == 15) && digits >= n - 1 {
        Some(mask_id(run))
    } else if n >= 7 && digits == n {
        // A mobile, a landline, a bank card: only the last four (and a mobile's prefix) stay.
        Some(mask_phone(run))
    } else if n >= 7 {
        // An ID number run together with more digits.
        Some(format!(
            "{}{}",
            "*".repeat(n - 4),
            run.get(n - 4..).unwrap_or("")
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        assert_eq!(mask_name("张伟"), "张*");
        assert_eq!(mask_name("欧阳娜娜"), "欧***");
        assert_eq!(mask_id("11010519491231002X"), "110105********002X");
        assert_eq!(mask_phone("13812345678"), "138****5678");
        // Found by the bulletin fuzz target: 7–10 digit runs underflowed.
        assert_eq!(mask_phone("1234567"), "***4567");
        assert_eq!(mask_phone("0105551234"), "010***1234");
        assert_eq!(mask_phone("0531-86123456"), "0531****3456");
        assert_eq!(
            Masker::new([]).text("电话6512345，分机12345678"),
            "电话***2345，分机****5678"
        );
        let bare = Masker::new([]);
        assert_eq!(bare.text("电话 138-0013-8000"), "电话 138****8000");
        assert_eq!(bare.text("+86 138 0013 8000"), "+86 138****8000");
        assert_eq!(bare.text("座机010-6512-3456。"), "座机010****3456。");
        assert_eq!(bare.text("0531-86123456"), "0531****3456");
        assert_eq!(bare.text("１３８００１３８０００"), "138****8000");
        assert_eq!(
            bare.text("11010519491231002X13800138000"),
            "*************************8000"
        );
        // Dates, times and short counts are not phone numbers.
        assert_eq!(
            bare.text("2026-01-04T17:30:00+08:00，第 100 2026 号"),
            "2026-01-04T17:30:00+08:00，第 100 2026 号"
        );
        let m = Masker::new(["张伟", "李娜"]);
        assert_eq!(
            m.text("张伟(110105194912310021, 13812345678)投诉李娜"),
            "张*(110105********0021, 138****5678)投诉李*"
        );
    }
}
