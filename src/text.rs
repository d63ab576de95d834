//! Small text helpers every capability uses: short echoes of user text, numbers written
//! for messages, characters nobody sees. A leaf: it imports nothing of the crate.

/// `str::trim`, answered without decoding a character for the most common text: one that
/// starts and ends with a printable ASCII character, which has nothing to trim. Conduct reads
/// every id, code and date trimmed, and `str::trim`'s general search was 8% of a month's call.
pub trait TrimSpaces {
    /// The text without leading and trailing white space, as `str::trim` gives it.
    fn trim_spaces(&self) -> &str;
}

impl TrimSpaces for str {
    fn trim_spaces(&self) -> &str {
        let printable = |b: Option<&u8>| b.is_some_and(|b| (b'!'..=b'~').contains(b));
        let bytes = self.as_bytes();
        if printable(bytes.first()) && printable(bytes.last()) {
            self
        } else {
            self.trim()
        }
    }
}

/// An id as ids are compared: trimmed, marks that show nothing dropped (accents kept), spaces
/// within of any kind as one, and full-width letters and digits read as ASCII (`Ｓ１` is `S1`):
/// a portal's input method may type either (helper-46: a refused record of `Ｓ１` left S1's
/// card looking complete).
pub fn id_key(id: &str) -> std::borrow::Cow<'_, str> {
    let id = id.trim_spaces();
    // helper-90, helper-91, helper-93: `\u{200B}S001`, `S0\u{3000}01` and `U2\u{E0001}` had
    // been another person or unit. An accent is a letter's (helper-92: Lê Van had been Le Van).
    let unseen = |c: char| {
        is_unseen_mark(c)
            && !c.is_whitespace()
            && !matches!(c, '\u{0300}'..='\u{034E}' | '\u{0350}'..='\u{036F}' | '\u{20D0}'..='\u{20FF}')
    };
    let plain = |c: char| ascii_of_fullwidth(c) == c && !unseen(c) && !c.is_whitespace();
    let ascii_plain = || id.is_ascii() && !id.bytes().any(|b| b.is_ascii_whitespace());
    if ascii_plain() || id.chars().all(plain) {
        return std::borrow::Cow::Borrowed(id);
    }
    let mut folded = String::with_capacity(id.len());
    for c in id.chars().filter(|&c| !unseen(c)).map(ascii_of_fullwidth) {
        match c.is_whitespace() {
            true if folded.ends_with(' ') => {}
            true => folded.push(' '),
            false => folded.push(c),
        }
    }
    std::borrow::Cow::Owned(folded.trim_spaces().to_string())
}

/// Full-width ASCII (０-９, ：, －, ／, Ｔ …) as the ASCII it stands for; other characters as
/// they are.
pub fn ascii_of_fullwidth(c: char) -> char {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Echoes of user text in error details stay short: a 10 MB string must not come back whole.
pub fn clip(text: &str) -> String {
    clip_to(text, 40)
}

/// `text` cut to its first `max` characters, with `…` when something was cut.
pub fn clip_to(text: &str, max: usize) -> String {
    // No more bytes than `max` is no more characters: most ids are answered without counting.
    if text.len() <= max {
        return text.to_string();
    }
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// A count of tenths as text (`-2.5`, `110`, `45.6`): points and percents with one decimal,
/// without float formatting.
pub fn tenths_text(t: i64) -> String {
    let sign = if t < 0 { "-" } else { "" };
    let a = t.unsigned_abs();
    if a % 10 == 0 {
        format!("{sign}{}", a / 10)
    } else {
        format!("{sign}{}.{}", a / 10, a % 10)
    }
}

/// A number for an error message, without pulling float formatting into the .wasm.
pub fn number_text(x: f64) -> String {
    if x.is_nan() {
        "NaN".into()
    } else if x.is_infinite() {
        if x > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        }
    } else if x.abs() >= 9.0e15 {
        // Past exact integers: mantissa and exponent, as 8.64e15 or 1e300.
        let exponent = x.abs().log10().floor() as i32;
        let mantissa = (x / 10f64.powi(exponent) * 1000.0).round() / 1000.0;
        format!("{}e{exponent}", number_text(mantissa))
    } else if x.fract() == 0.0 {
        (x as i64).to_string()
    } else {
        // Six decimals where they stay exact in an i64, so a small value is not said as 0
        // (helper-90: a ruleset's −0.0001 read "0 (a number in steps of 0.1)"); three above.
        let (unit, width) = match x.abs() < 9.0e9 {
            true => (1_000_000_i64, 6),
            false => (1000, 3),
        };
        let scaled = (x * unit as f64).round() as i64;
        let text = format!(
            "{}{}.{:0width$}",
            if scaled < 0 { "-" } else { "" },
            (scaled / unit).abs(),
            (scaled % unit).abs()
        );
        // 1.5, not 1.500: an echo shows no digit the value does not have.
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A text as ids are compared loosely: full width read as ASCII, and spaces and invisible
/// marks dropped anywhere (`政务中心\u{200B}` is `政务中心`, `Ｓ１` and `S 1` are `S1`): the
/// bulletin's units, people and inspection kinds, conduct's placeholder windows and units.
pub fn loose_key(text: &str) -> String {
    (id_key(text).chars())
        .filter(|c| !is_invisible(*c))
        .collect()
}

/// Characters that never change what a person reads: spaces of every width, zero-width and
/// other format characters, the soft hyphen.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{0300}'..='\u{036F}'
                | '\u{20D0}'..='\u{20FF}'
        )
}

/// A mark that shows nothing, or only space: [`is_invisible`]'s (spaces, zero-width, joining
/// and direction marks, variation selectors, fillers), controls, and tags (helper-78).
pub fn is_unseen_mark(c: char) -> bool {
    is_invisible(c)
        || c.is_control()
        || matches!(
            c,
            '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{2800}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{E0000}'..='\u{E007F}'
                | '\u{E0100}'..='\u{E01EF}'
        )
}
