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
    if n < 11 {
        // A landline or a short number: only the last four stay.
        return format!("{}{tail}", "*".repeat(n - 4));
    }
    format!(
        "{}****{tail}",
        digits[n - 11..n - 8].iter().collect::<String>()
    )
}

/// Masks free text: the names the input mentions, and any run of digits shaped like an ID
/// number (15 or 18 characters) or a mobile number (11 digits starting with 1).
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

fn mask_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let n = run.chars().count();
        if (n == 18 || n == 15) && digits >= n - 1 {
            out.push_str(&mask_id(run));
        } else if n == 11 && digits == 11 && run.starts_with('1') {
            out.push_str(&mask_phone(run));
        } else if n >= 7 && digits == n {
            // Any other long number (a landline, a bank card) is masked too.
            out.push_str(&mask_phone(run));
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() || ((c == 'X' || c == 'x') && run.chars().count() == 17) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
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
        assert_eq!(mask_phone("0105551234"), "******1234");
        assert_eq!(
            Masker::new([]).text("电话6512345，分机12345678"),
            "电话***2345，分机****5678"
        );
        let m = Masker::new(["张伟", "李娜"]);
        assert_eq!(
            m.text("张伟(110105194912310021, 13812345678)投诉李娜"),
            "张*(110105********0021, 138****5678)投诉李*"
        );
    }
}
