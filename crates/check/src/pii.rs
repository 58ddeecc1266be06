//! UK personal data: phone numbers, email addresses, postcodes, street addresses, dates of birth,
//! and pupil and citizen identifiers validated by their check digits.

use crate::context::SchoolProfile;
use crate::model::{Category, Severity};
use crate::text::{TokKind, Token};

/// A detector's raw result, in folded-text offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub category: Category,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
    pub detail: &'static str,
}

const UPN_LETTERS: &[u8; 23] = b"ABCDEFGHJKLMNPQRTUVWXYZ";

/// DfE Unique Pupil Number: check letter, then 12 digits (or 11 digits and a letter when temporary).
pub fn valid_upn(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 13 || !b[0].is_ascii_uppercase() || !b[1..12].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let last = if b[12].is_ascii_digit() {
        (b[12] - b'0') as u32
    } else {
        match UPN_LETTERS.iter().position(|&l| l == b[12]) {
            Some(p) => p as u32,
            None => return false,
        }
    };
    let mut sum: u32 = b[1..12].iter().enumerate().map(|(i, d)| (d - b'0') as u32 * (i as u32 + 2)).sum();
    sum += last * 13;
    UPN_LETTERS[(sum % 23) as usize] == b[0]
}

/// The check letter a UPN body (12 characters after the letter) needs.
pub fn upn_check_letter(body: &str) -> Option<char> {
    let b = body.as_bytes();
    if b.len() != 12 || !b[..11].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let last = if b[11].is_ascii_digit() {
        (b[11] - b'0') as u32
    } else {
        UPN_LETTERS.iter().position(|&l| l == b[11])? as u32
    };
    let sum: u32 =
        b[..11].iter().enumerate().map(|(i, d)| (d - b'0') as u32 * (i as u32 + 2)).sum::<u32>() + last * 13;
    Some(UPN_LETTERS[(sum % 23) as usize] as char)
}

/// NHS number: 10 digits, modulus 11 with weights 10 to 2.
pub fn valid_nhs(digits: &[u8]) -> bool {
    if digits.len() != 10 {
        return false;
    }
    let sum: u32 = digits[..9].iter().enumerate().map(|(i, d)| *d as u32 * (10 - i as u32)).sum();
    let check = 11 - (sum % 11);
    let check = if check == 11 { 0 } else { check };
    check != 10 && check == digits[9] as u32
}

/// Unique Learner Number: 10 digits, the last a check digit (10 − weighted sum mod 11).
pub fn valid_uln(digits: &[u8]) -> bool {
    if digits.len() != 10 || digits[0] == 0 {
        return false;
    }
    let sum: u32 = digits[..9].iter().enumerate().map(|(i, d)| *d as u32 * (10 - i as u32)).sum();
    let rem = sum % 11;
    rem != 0 && 10 - rem == digits[9] as u32
}

/// The Luhn check used by payment cards.
pub fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = d as u32;
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// International bank account number: country, check digits, account; modulus 97 equals 1.
pub fn valid_iban(s: &str) -> bool {
    let b: Vec<u8> = s.bytes().filter(|c| !c.is_ascii_whitespace()).map(|c| c.to_ascii_uppercase()).collect();
    if !(15..=34).contains(&b.len())
        || !b[..2].iter().all(u8::is_ascii_uppercase)
        || !b[2..4].iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    if !b.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let mut rem: u32 = 0;
    for &c in b[4..].iter().chain(&b[..4]) {
        let v = if c.is_ascii_digit() { (c - b'0') as u32 } else { (c - b'A') as u32 + 10 };
        rem = if v >= 10 { (rem * 100 + v) % 97 } else { (rem * 10 + v) % 97 };
    }
    rem == 1
}

/// National Insurance number: two prefix letters, six digits, suffix A–D.
pub fn valid_nino(s: &str) -> bool {
    let Some(b) = nino_letters(s) else { return false };
    if b"DFIQUV".contains(&b[0]) || b"DFIQUVO".contains(&b[1]) {
        return false;
    }
    let prefix = [b[0], b[1]];
    !matches!(&prefix, b"BG" | b"GB" | b"NK" | b"KN" | b"TN" | b"NT" | b"ZZ")
}

/// Two letters, six digits and a final A–D, upper-cased without spaces, whatever the prefix.
fn nino_letters(s: &str) -> Option<Vec<u8>> {
    let b: Vec<u8> = s.bytes().filter(|c| !c.is_ascii_whitespace()).map(|c| c.to_ascii_uppercase()).collect();
    (b.len() == 9
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2..8].iter().all(u8::is_ascii_digit)
        && matches!(b[8], b'A'..=b'D'))
    .then_some(b)
}

/// "QQ 12 34 56 C" is never issued, but after "my NI number is" it is meant as one.
fn nino_shape(s: &str) -> bool {
    nino_letters(s).is_some()
}

/// "NI number", "NI no", "NINO" or "National Insurance" in the four words before token `i`.
fn ni_cue(tokens: &[Token], i: usize) -> bool {
    let from = i.saturating_sub(4);
    (from..i).any(|k| {
        let w = tokens[k].word.as_str();
        w == "nino"
            || w == "insurance"
            || (w == "ni" && tokens.get(k + 1).is_some_and(|n| matches!(n.word.as_str(), "number" | "no")))
    })
}

fn digits_of(s: &str) -> Vec<u8> {
    s.bytes().filter(u8::is_ascii_digit).map(|d| d - b'0').collect()
}

/// The school's own published phone number, as national digits.
fn national(digits: &[u8]) -> Vec<u8> {
    // "+44 (0)20 …": the bracketed trunk zero is not part of the number.
    if digits.starts_with(&[4, 4, 0]) && digits.len() == 13 {
        return digits[2..].to_vec();
    }
    if digits.starts_with(&[4, 4]) && digits.len() >= 11 {
        let mut v = vec![0];
        v.extend_from_slice(&digits[2..]);
        v
    } else if digits.starts_with(&[0, 0, 4, 4]) {
        let mut v = vec![0];
        v.extend_from_slice(&digits[4..]);
        v
    } else {
        digits.to_vec()
    }
}

pub struct PiiScanner {
    school_phone: Vec<u8>,
    school_email: String,
    school_domains: Vec<String>,
    school_postcode: String,
    school_street: Vec<String>,
}

impl PiiScanner {
    pub fn new(p: &SchoolProfile) -> Self {
        let domain_of = |s: &str| {
            let s = s.trim().to_lowercase();
            let s = s.trim_start_matches("https://").trim_start_matches("http://").trim_start_matches("www.");
            let host =
                s.split(['/', '@']).next_back().unwrap_or("").split('/').next().unwrap_or("").to_owned();
            host
        };
        let mut school_domains = Vec::new();
        if let Some((_, d)) = p.email.trim().to_lowercase().split_once('@') {
            school_domains.push(d.to_owned());
        }
        let w = domain_of(&p.website);
        if !w.is_empty() {
            school_domains.push(w);
        }
        let street = crate::normalize::fold(&p.address).text;
        PiiScanner {
            school_phone: national(&digits_of(&p.phone)),
            school_email: p.email.trim().to_lowercase(),
            school_domains,
            school_postcode: p
                .postcode
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase(),
            school_street: street
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect(),
        }
    }

    pub fn scan(&self, text: &str, tokens: &[Token], out: &mut Vec<Hit>) {
        // Most posts have few digits: skip the scanners that need them.
        let digits = text.bytes().filter(u8::is_ascii_digit).count();
        if digits >= 9 {
            self.phones_and_numbers(text, out);
        }
        self.emails(tokens, out);
        if digits >= 1 {
            self.postcodes(text, out);
            self.addresses(tokens, out);
            self.dates_of_birth(tokens, text, out);
        }
        if digits >= 6 {
            self.upn_and_nino(tokens, text, out);
        }
    }

    fn phones_and_numbers(&self, text: &str, out: &mut Vec<Hit>) {
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // Numbers start only at a digit, "+" or "(": skip to the next one.
            match b[i..].iter().position(|c| c.is_ascii_digit() || matches!(c, b'+' | b'(')) {
                Some(off) => i += off,
                None => break,
            }
            let c = b[i];
            let starts = c.is_ascii_digit()
                || c == b'+'
                || (c == b'(' && b.get(i + 1).is_some_and(u8::is_ascii_digit));
            let boundary = i == 0
                || !(b[i - 1].is_ascii_alphanumeric()
                    || b[i - 1] == b'/'
                    || b[i - 1] == b'.'
                    || b[i - 1] == b'-'
                    || b[i - 1] == 0xA3
                    || b[i - 1] == b'$');
            if !starts || !boundary {
                i += 1;
                continue;
            }
            // Extend over digits and single separators.
            let mut j = i;
            let mut ndigits = 0;
            let mut last_digit_end = i;
            let mut seps = Vec::new();
            while j < b.len() {
                let ch = b[j];
                if ch.is_ascii_digit() {
                    ndigits += 1;
                    j += 1;
                    last_digit_end = j;
                } else if (ch == b'+' && j == i) || ch == b'(' || ch == b')' {
                    j += 1;
                } else if matches!(ch, b' ' | b'-' | b'.')
                    && b.get(j + 1).is_some_and(|n| n.is_ascii_digit() || *n == b'(')
                    && j > i
                {
                    seps.push(ch);
                    j += 1;
                } else {
                    break;
                }
                if ndigits > 19 {
                    break;
                }
            }
            let end = last_digit_end;
            let after_ok = b.get(end).is_none_or(|n| !n.is_ascii_alphanumeric() && *n != b'/');
            let span = &text[i..end];
            if ndigits >= 9 && after_ok {
                if let Some(hit) = self.classify_number(span, i, end) {
                    out.push(hit);
                    i = end;
                    continue;
                }
            }
            // Skip the rest of this number so its tail is not read as another.
            i = if end > i { end } else { i + 1 };
        }
    }

    fn classify_number(&self, span: &str, start: usize, end: usize) -> Option<Hit> {
        let digits = digits_of(span);
        let plus = span.starts_with('+');
        let hit =
            |category, severity, detail: &'static str| Some(Hit { category, severity, start, end, detail });
        // Payment cards: 13 to 19 digits passing the Luhn check.
        if (13..=19).contains(&digits.len()) && !plus && matches!(digits[0], 3..=6) && luhn(&digits) {
            return hit(Category::Identifier, Severity::High, "a payment card number");
        }
        // 10-digit health and learner numbers first: they are never phone numbers when valid.
        if digits.len() == 10 && !plus && digits[0] != 0 {
            if valid_nhs(&digits) {
                return hit(Category::Identifier, Severity::High, "an NHS number");
            }
            if valid_uln(&digits) && !span.contains([' ', '-', '.', '(']) {
                return hit(Category::Identifier, Severity::High, "a Unique Learner Number (ULN)");
            }
        }
        let nat = national(&digits);
        let uk = (plus && digits.starts_with(&[4, 4]))
            || digits.starts_with(&[0, 0, 4, 4])
            || (!plus && digits.first() == Some(&0));
        if uk {
            let ok_len = nat.len() == 11
                || (nat.len() == 10 && (nat.starts_with(&[0, 1]) || nat.starts_with(&[0, 8])));
            let ok_prefix = nat.len() > 1 && matches!(nat[1], 1 | 2 | 3 | 5 | 7 | 8 | 9);
            if ok_len && ok_prefix {
                if !self.school_phone.is_empty() && nat == self.school_phone {
                    return None;
                }
                let kind = if nat.starts_with(&[0, 7]) { "a UK mobile number" } else { "a UK phone number" };
                return hit(Category::Phone, Severity::High, kind);
            }
            // Other national formats grouped like phone numbers: "0490 75 40 81", "03.93.92.16.85".
            let groups = span.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).count();
            if !plus && (9..=11).contains(&digits.len()) && groups >= 3 && digits.len() <= 11 {
                return hit(Category::Phone, Severity::Medium, "a phone number");
            }
            return None;
        }
        if plus && (8..=15).contains(&digits.len()) {
            return hit(Category::Phone, Severity::High, "an international phone number");
        }
        // North American grouping (3-3-4 with brackets, dashes or dots).
        let groups: Vec<usize> =
            span.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).map(str::len).collect();
        let nanp =
            groups == [3, 3, 4] || groups == [1, 3, 3, 4] || groups == [3, 3, 4, 3] || groups == [3, 3, 4, 4];
        if nanp && (span.contains('(') || span.contains('-') || span.contains('.')) {
            return hit(Category::Phone, Severity::High, "a phone number");
        }
        None
    }

    fn emails(&self, tokens: &[Token], out: &mut Vec<Hit>) {
        for (i, t) in tokens.iter().enumerate() {
            if t.kind == TokKind::Email {
                let e = t.word.to_lowercase();
                let domain = e.split('@').nth(1).unwrap_or("");
                if e == self.school_email || self.school_domains.iter().any(|d| d == domain) {
                    continue;
                }
                out.push(Hit {
                    category: Category::Email,
                    severity: Severity::High,
                    start: t.start,
                    end: t.end,
                    detail: "an email address",
                });
                continue;
            }
            // "jo.bloggs at gmail dot com"
            if t.word == "at" && i >= 1 && i + 3 < tokens.len() + 1 {
                let w = |k: usize| tokens.get(k).map(|x| x.word.as_str()).unwrap_or("");
                if (w(i + 2) == "dot")
                    && matches!(w(i + 3), "com" | "co" | "org" | "net" | "uk" | "ac")
                    && !w(i + 1).is_empty()
                    && w(i - 1).len() >= 2
                {
                    let end = if w(i + 4) == "dot" && !w(i + 5).is_empty() {
                        tokens[i + 5].end
                    } else {
                        tokens[i + 3].end
                    };
                    out.push(Hit {
                        category: Category::Email,
                        severity: Severity::High,
                        start: tokens[i - 1].start,
                        end,
                        detail: "an email address written out in words",
                    });
                }
            }
        }
    }

    fn postcodes(&self, text: &str, out: &mut Vec<Hit>) {
        let b = text.as_bytes();
        // Every outward code has a digit second or third ("A9", "AA9"), so only the two places
        // before each digit can start one; they are tried in order, each once.
        let mut i = 0;
        let mut d = 0;
        while d < b.len() {
            let Some(off) = b[d..].iter().position(u8::is_ascii_digit) else { break };
            d += off;
            let from = i.max(d.saturating_sub(2));
            d += 1;
            i = from;
            while i + 1 < d {
                if !b[i].is_ascii_alphabetic() || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
                    i += 1;
                    continue;
                }
                let Some((len, compact)) = postcode_at(&b[i..]) else {
                    i += 1;
                    continue;
                };
                let end = i + len;
                if compact != self.school_postcode {
                    out.push(Hit {
                        category: Category::Address,
                        severity: Severity::Medium,
                        start: i,
                        end,
                        detail: "a postcode",
                    });
                }
                i = end;
                d = d.max(end);
            }
        }
    }

    fn addresses(&self, tokens: &[Token], out: &mut Vec<Hit>) {
        for (i, t) in tokens.iter().enumerate() {
            let house = t.kind == TokKind::Number && t.word.len() <= 4
                || (t.kind == TokKind::Word
                    && t.word.len() <= 5
                    && t.plain().len() == 1
                    && t.word.starts_with(|c: char| c.is_ascii_digit()));
            let house = house
                || (t.kind == TokKind::Word
                    && t.word == "flat"
                    && tokens.get(i + 1).is_some_and(|n| n.kind == TokKind::Number));
            if !house {
                continue;
            }
            let start_words = if t.word == "flat" { i + 2 } else { i + 1 };
            let mut k = start_words;
            let limit = (start_words + 4).min(tokens.len());
            while k < limit && tokens[k].kind == TokKind::Word && tokens[k].sentence == t.sentence {
                let w = tokens[k].word.as_str();
                let named = k > start_words;
                if named {
                    if let Some(strict) = street_suffix(w) {
                        let proper =
                            tokens[start_words..k].iter().all(|x| x.capitalised) && tokens[k].capitalised;
                        if !strict || proper {
                            let street: Vec<&str> =
                                tokens[start_words..=k].iter().map(|x| x.word.as_str()).collect();
                            let is_school = !self.school_street.is_empty()
                                && street.iter().all(|w| self.school_street.iter().any(|s| s == w))
                                && self.school_street.iter().any(|s| s.as_str() == t.word.as_str());
                            if !is_school {
                                out.push(Hit {
                                    category: Category::Address,
                                    severity: Severity::High,
                                    start: t.start,
                                    end: tokens[k].end,
                                    detail: "a street address",
                                });
                            }
                            break;
                        }
                    }
                }
                k += 1;
            }
        }
    }

    fn dates_of_birth(&self, tokens: &[Token], text: &str, out: &mut Vec<Hit>) {
        for (i, t) in tokens.iter().enumerate() {
            let cue_len = dob_cue(tokens, i);
            if cue_len == 0 {
                continue;
            }
            // A date within the next few words (skipping "on", "is", "was", ":").
            let mut k = i + cue_len;
            let stop = (k + 4).min(tokens.len());
            while k < stop && tokens[k].sentence == t.sentence {
                if let Some(end_tok) = date_at(tokens, k, text) {
                    out.push(Hit {
                        category: Category::DateOfBirth,
                        severity: Severity::High,
                        start: tokens[k].start,
                        end: tokens[end_tok].end,
                        detail: "a date of birth",
                    });
                    break;
                }
                k += 1;
            }
        }
    }

    fn upn_and_nino(&self, tokens: &[Token], text: &str, out: &mut Vec<Hit>) {
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != TokKind::Word {
                continue;
            }
            let raw = &text[t.start..t.end];
            // IBAN, written whole or in groups of four.
            if raw.len() >= 4
                && raw.as_bytes()[..2].iter().all(u8::is_ascii_alphabetic)
                && raw.as_bytes()[2..4].iter().all(u8::is_ascii_digit)
            {
                let mut end = i;
                let mut joined = raw.to_owned();
                while joined.len() < 34
                    && end + 1 < tokens.len()
                    && tokens[end + 1].start == tokens[end].end + 1
                    && tokens[end + 1].end - tokens[end + 1].start <= 4
                    && text[tokens[end + 1].start..tokens[end + 1].end]
                        .bytes()
                        .all(|c| c.is_ascii_alphanumeric())
                {
                    end += 1;
                    joined.push_str(&text[tokens[end].start..tokens[end].end]);
                }
                if valid_iban(&joined) {
                    out.push(Hit {
                        category: Category::Identifier,
                        severity: Severity::High,
                        start: t.start,
                        end: tokens[end].end,
                        detail: "a bank account number (IBAN)",
                    });
                    continue;
                }
            }
            if !matches!(raw.len(), 2 | 9 | 13) {
                continue;
            }
            // Both identifiers hold digits: most words stop here, without a copy.
            let up = if raw.len() > 2 && raw.bytes().any(|c| c.is_ascii_digit()) {
                raw.to_ascii_uppercase()
            } else {
                String::new()
            };
            if up.len() == 13 && valid_upn(&up) {
                out.push(Hit {
                    category: Category::Identifier,
                    severity: Severity::High,
                    start: t.start,
                    end: t.end,
                    detail: "a Unique Pupil Number (UPN)",
                });
                continue;
            }
            if up.len() == 9 && (valid_nino(&up) || (nino_shape(&up) && ni_cue(tokens, i))) {
                out.push(Hit {
                    category: Category::Identifier,
                    severity: Severity::High,
                    start: t.start,
                    end: t.end,
                    detail: "a National Insurance number",
                });
                continue;
            }
            // "QQ 12 34 56 C"
            if raw.len() == 2 && raw.bytes().all(|c| c.is_ascii_alphabetic()) && i + 4 < tokens.len() {
                let parts = &tokens[i + 1..i + 5];
                let joined: String =
                    std::iter::once(raw).chain(parts.iter().map(|p| &text[p.start..p.end])).collect();
                if parts[..3].iter().all(|p| p.kind == TokKind::Number && p.end - p.start == 2)
                    && (valid_nino(&joined) || (nino_shape(&joined) && ni_cue(tokens, i)))
                {
                    out.push(Hit {
                        category: Category::Identifier,
                        severity: Severity::High,
                        start: t.start,
                        end: parts[3].end,
                        detail: "a National Insurance number",
                    });
                }
            }
        }
    }
}

/// `Some(true)` for suffixes that need capitals to count (they are also ordinary words).
fn street_suffix(w: &str) -> Option<bool> {
    match w {
        "road" | "rd" | "street" | "avenue" | "ave" | "lane" | "crescent" | "cres" | "terrace"
        | "gardens" | "gdns" | "boulevard" | "mews" => Some(false),
        "st" | "close" | "drive" | "dr" | "way" | "grove" | "place" | "pl" | "court" | "ct" | "walk"
        | "hill" | "row" | "square" | "sq" | "view" | "rise" | "green" | "fold" | "brow" | "meadows"
        | "vale" | "croft" | "parade" | "wharf" | "park" => Some(true),
        _ => None,
    }
}

/// A UK postcode at the start of `b` (lower case), with or without the space.
fn postcode_at(b: &[u8]) -> Option<(usize, String)> {
    let alpha = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphabetic);
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let alnum = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    // Outward code: A9, A9A, A99, AA9, AA9A, AA99. Longest first.
    let mut outs = [0usize; 2];
    let mut n = 0;
    if alpha(0) && alpha(1) && digit(2) {
        if alnum(3) {
            outs[n] = 4;
            n += 1;
        }
        outs[n] = 3;
        n += 1;
    } else if alpha(0) && digit(1) {
        if alnum(2) {
            outs[n] = 3;
            n += 1;
        }
        outs[n] = 2;
        n += 1;
    }
    for &o in &outs[..n] {
        for gap in [1usize, 0] {
            if gap == 1 && b.get(o) != Some(&b' ') {
                continue;
            }
            let s = o + gap;
            if digit(s) && alpha(s + 1) && alpha(s + 2) && !alnum(s + 3) {
                let first = b[0].to_ascii_uppercase();
                if b"QVX".contains(&first) {
                    return None;
                }
                if alpha(1) && b"IJZ".contains(&b[1].to_ascii_uppercase()) {
                    return None;
                }
                let inward = [b[s + 1].to_ascii_uppercase(), b[s + 2].to_ascii_uppercase()];
                if inward.iter().any(|c| b"CIKMOV".contains(c)) {
                    return None;
                }
                // Words like "on3abc" are not postcodes; require the outward part to have a digit.
                let compact: String =
                    b[..s + 3].iter().filter(|c| c.is_ascii_alphanumeric()).map(|&c| c as char).collect();
                return Some((s + 3, compact.to_lowercase()));
            }
        }
    }
    None
}

/// Words that say the next date is a birth date; returns how many tokens the cue spans.
fn dob_cue(tokens: &[Token], i: usize) -> usize {
    let w = |k: usize| tokens.get(k).map(|t| t.word.as_str()).unwrap_or("");
    match w(i) {
        "dob" | "d.o.b" | "born" | "birthdate" => 1,
        "d" if w(i + 1) == "o" && w(i + 2) == "b" => 3,
        "date" if w(i + 1) == "of" && w(i + 2) == "birth" => 3,
        "birthday" if matches!(w(i + 1), "is" | "on" | "was") => 1,
        "birth" if w(i + 1) == "date" => 2,
        // "who turns 7 on 14th March": an age and a day give the date of birth away.
        "turns" | "turned" | "turning" if w(i + 1).parse::<u8>().is_ok_and(|n| (1..=19).contains(&n)) => 2,
        _ => 0,
    }
}

pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month(w: &str) -> bool {
    w.len() >= 3 && MONTHS.iter().any(|m| m.starts_with(w))
}

fn day(w: &str) -> bool {
    let d = w.trim_end_matches("st").trim_end_matches("nd").trim_end_matches("rd").trim_end_matches("th");
    d.parse::<u8>().is_ok_and(|n| (1..=31).contains(&n)) && d.len() <= 2
}

/// A date starting at token `k`; returns the index of its last token.
fn date_at(tokens: &[Token], k: usize, text: &str) -> Option<usize> {
    let t = tokens.get(k)?;
    let w = |j: usize| tokens.get(j).map(|x| x.word.as_str()).unwrap_or("");
    let raw = &text[t.start..t.end];
    // After a day: the month, or "of" and the month ("the 2nd of May").
    let month_after = |is_day: bool| match (w(k + 1), w(k + 2)) {
        _ if !is_day => None,
        (m, _) if month(m) => Some(k + 1),
        ("of", m) if month(m) => Some(k + 2),
        _ => None,
    };
    let year_after = |m: usize| {
        if w(m + 1).len() == 4 && w(m + 1).bytes().all(|c| c.is_ascii_digit()) {
            m + 1
        } else {
            m
        }
    };
    // 12/03/2015, 12-03-15, 12.03.2015, 2015-03-12 are single chunks split into numbers by the tokenizer.
    if t.kind == TokKind::Number {
        let s = t.start;
        let chunk_end = text[s..]
            .find(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .map(|e| s + e)
            .unwrap_or(text.len());
        let chunk = text[s..chunk_end].trim_end_matches(['.', ')']);
        let parts: Vec<&str> = chunk.split(['/', '-', '.']).collect();
        if parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit())) {
            let last = tokens
                .iter()
                .enumerate()
                .skip(k)
                .take_while(|(_, x)| x.end <= s + chunk.len())
                .last()
                .map(|(j, _)| j)?;
            return Some(last);
        }
        if let Some(m) = month_after(day(raw)) {
            return Some(year_after(m));
        }
        if raw.len() == 4
            && tokens[k].kind == TokKind::Number
            && (raw.starts_with("19") || raw.starts_with("20"))
        {
            return Some(k);
        }
    }
    if t.kind == TokKind::Word {
        if let Some(m) = month_after(day(&t.word)) {
            return Some(year_after(m));
        }
    }
    if t.kind == TokKind::Word
        && month(&t.word)
        && (day(w(k + 1)) || tokens.get(k + 1).is_some_and(|x| x.kind == TokKind::Number && day(&x.word)))
    {
        return Some(if w(k + 2).len() == 4 { k + 2 } else { k + 1 });
    }
    if t.kind == TokKind::Word
        && month(&t.word)
        && w(k + 1).len() == 4
        && w(k + 1).bytes().all(|c| c.is_ascii_digit())
    {
        return Some(k + 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;
    use crate::text::tokenize;

    fn scan(s: &str) -> Vec<(Category, String)> {
        let profile = SchoolProfile {
            name: "Holly Grove School".into(),
            phone: "01772 123456".into(),
            email: "office@hollygrove.lancs.sch.uk".into(),
            postcode: "PR1 2AB".into(),
            address: "1 School Lane, Preston".into(),
            ..Default::default()
        };
        let f = fold(s);
        let t = tokenize(&f.text, &|o| {
            f.origin(o).is_some_and(|p| s[p..].starts_with(|c: char| c.is_uppercase()))
        });
        let mut out = Vec::new();
        PiiScanner::new(&profile).scan(&f.text, &t, &mut out);
        out.into_iter()
            .map(|h| {
                (
                    h.category,
                    s[f.original_span(s, h.start, h.end).0..f.original_span(s, h.start, h.end).1].to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn check_digits() {
        assert!(valid_upn("B801200005001"));
        assert!(!valid_upn("A801200005001"));
        assert_eq!(upn_check_letter("801200005001"), Some('B'));
        assert!(valid_nhs(&digits_of("943 476 5919")));
        assert!(!valid_nhs(&digits_of("943 476 5918")));
        // 1×10 + 4×2 = 18; 18 mod 11 = 7; check digit 10 − 7 = 3.
        assert!(valid_uln(&digits_of("1000000043")));
        assert!(!valid_uln(&digits_of("1000000042")));
        assert!(!valid_nino("QQ123456C"), "Q is never a first prefix letter");
        assert!(valid_nino("AB123456C"));
        assert!(!valid_nino("GB123456A"));
        assert!(!valid_nino("AB123456E"));
        assert!(luhn(&digits_of("4111 1111 1111 1111")));
        assert!(!luhn(&digits_of("4111 1111 1111 1112")));
        assert!(valid_iban("GB29 NWBK 6016 1331 9268 19"));
        assert!(!valid_iban("GB29 NWBK 6016 1331 9268 18"));
    }

    #[test]
    fn phones_in_every_common_format() {
        for p in [
            "07700 900123",
            "07700900123",
            "+44 7700 900123",
            "+447700900123",
            "(01234) 567890",
            "020 7946 0018",
            "0161-496-0000",
            "+44 (0)20 7946 0018",
        ] {
            let got = scan(&format!("Call me on {p} tonight"));
            assert_eq!(got.len(), 1, "{p}: {got:?}");
            assert_eq!(got[0].0, Category::Phone, "{p}");
        }
        assert!(scan("Ring the office on 01772 123456").is_empty(), "the school's own number");
        assert!(scan("We raised £1,250 in 2024-2025 for 300 pupils").is_empty());
    }

    #[test]
    fn identifiers_emails_postcodes_addresses() {
        let cards = scan("Card 4111 1111 1111 1111 and IBAN GB29 NWBK 6016 1331 9268 19");
        assert_eq!(cards.iter().filter(|g| g.0 == Category::Identifier).count(), 2, "{cards:?}");
        let got = scan("Pupil B801200005001, NHS 943 476 5919, NI AB 12 34 56 C");
        assert_eq!(got.iter().filter(|g| g.0 == Category::Identifier).count(), 3, "{got:?}");
        assert_eq!(
            scan("email jo.bloggs@gmail.com or office@hollygrove.lancs.sch.uk")[0].1,
            "jo.bloggs@gmail.com"
        );
        assert_eq!(scan("email jo.bloggs@gmail.com or office@hollygrove.lancs.sch.uk").len(), 1);
        let pc = scan("She lives at BB11 4AJ and BB114AJ but not PR1 2AB");
        assert_eq!(pc.len(), 2, "{pc:?}");
        let addr = scan("He lives at 14 Acacia Avenue, Burnley");
        assert_eq!(addr[0], (Category::Address, "14 Acacia Avenue".into()));
        assert!(scan("I have 5 close friends").is_empty());
    }

    #[test]
    fn dates_of_birth_need_a_cue() {
        assert_eq!(scan("DOB: 12/03/2015").len(), 1);
        assert_eq!(scan("Lily was born on 3rd May 2016")[0].0, Category::DateOfBirth);
        assert_eq!(scan("date of birth 2015-03-12").len(), 1);
        assert!(scan("Sports day is on 12/07/2026").is_empty(), "an event date is not a birthday");
    }
}
