//! Folding text to a canonical form while remembering where each byte came from.
//!
//! The canonical form is lower case, with compatibility forms (full-width, mathematical and
//! enclosed letters, ligatures), diacritics, and Cyrillic or Greek look-alike letters folded to
//! plain Latin, zero-width and formatting characters removed, and typographic quotes, dashes and
//! spaces made plain. Every byte of the folded text maps back to the character it came from, so
//! findings can be reported as byte spans of the original text.

/// Folded text and its map back to the original.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    /// For each byte of `text`, the byte offset in the original of the character it came from;
    /// empty when the original was ASCII, where folded and original offsets are the same.
    origin: Vec<u32>,
}

impl Folded {
    /// The byte offset in the original of the character folded byte `o` came from.
    pub fn origin(&self, o: usize) -> Option<usize> {
        if self.origin.is_empty() {
            (o < self.text.len()).then_some(o)
        } else {
            self.origin.get(o).map(|&p| p as usize)
        }
    }

    /// The original byte span covering folded bytes `start..end`.
    pub fn original_span(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        if start >= end || end > self.text.len() {
            return (0, 0);
        }
        let (Some(s), Some(last)) = (self.origin(start), self.origin(end - 1)) else { return (0, 0) };
        let e = original[last..].chars().next().map(|c| last + c.len_utf8()).unwrap_or(original.len());
        (s, e)
    }
}

/// Folds one character. Returns the replacement (possibly empty) as a static or single char.
enum Fold {
    Drop,
    One(char),
    Two(char, char),
}

fn fold_char(c: char) -> Fold {
    use Fold::*;
    let u = c as u32;
    match u {
        // ASCII is handled by the caller's fast path; here only non-ASCII.
        0x00AD
        | 0x034F
        | 0x180E
        | 0x200B..=0x200F
        | 0x202A..=0x202E
        | 0x2060..=0x2064
        | 0x2066..=0x206F
        | 0xFEFF
        | 0xFE00..=0xFE0F => Drop,
        0x00A0 | 0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => One(' '),
        0x2018 | 0x2019 | 0x201A | 0x201B | 0x2032 | 0x02BC | 0xFF07 => One('\''),
        0x201C | 0x201D | 0x201E | 0x201F | 0x2033 | 0x00AB | 0x00BB => One('"'),
        0x2010..=0x2015 | 0x2212 | 0xFE58 | 0xFE63 => One('-'),
        0x2026 => One('.'),
        // Full-width ASCII.
        0xFF01..=0xFF5E => fold_ascii((u - 0xFEE0) as u8),
        // Mathematical alphanumeric symbols: styled Latin letters, then digits.
        0x1D400..=0x1D6A3 => {
            let idx = (u - 0x1D400) % 52;
            One((b'a' + (idx % 26) as u8) as char)
        }
        0x1D7CE..=0x1D7FF => One((b'0' + ((u - 0x1D7CE) % 10) as u8) as char),
        // Enclosed and squared letters.
        0x24B6..=0x24CF => One((b'a' + (u - 0x24B6) as u8) as char),
        0x24D0..=0x24E9 => One((b'a' + (u - 0x24D0) as u8) as char),
        0x249C..=0x24B5 => One((b'a' + (u - 0x249C) as u8) as char),
        0x1F130..=0x1F149 => One((b'a' + (u - 0x1F130) as u8) as char),
        0x1F150..=0x1F169 => One((b'a' + (u - 0x1F150) as u8) as char),
        0x1F170..=0x1F189 => One((b'a' + (u - 0x1F170) as u8) as char),
        0x1F1E6..=0x1F1FF => One((b'a' + (u - 0x1F1E6) as u8) as char),
        0x2460..=0x2468 => One((b'1' + (u - 0x2460) as u8) as char),
        0x2070 => One('0'),
        0x00B9 => One('1'),
        0x00B2 => One('2'),
        0x00B3 => One('3'),
        0x2074..=0x2079 => One((b'4' + (u - 0x2074) as u8) as char),
        0xFB00 => Two('f', 'f'),
        0xFB01 => Two('f', 'i'),
        0xFB02 => Two('f', 'l'),
        0x00DF => Two('s', 's'),
        0x00C6 | 0x00E6 => Two('a', 'e'),
        0x0152 | 0x0153 => Two('o', 'e'),
        0x00DE | 0x00FE => Two('t', 'h'),
        _ => match latin_base(c).or_else(|| lookalike(c)) {
            Some(b) => One(b),
            None => {
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    // Fold the lower-case form through every rule too (ẞ → ß → ss), so
                    // folding is idempotent; a lower-case letter is its own lower case.
                    (Some(l), None) if l != c => fold_char(l),
                    _ => One(c),
                }
            }
        },
    }
}

fn fold_ascii(b: u8) -> Fold {
    Fold::One(b.to_ascii_lowercase() as char)
}

/// The base letter of a Latin letter with a diacritic (Latin-1 Supplement and Extended-A/B).
fn latin_base(c: char) -> Option<char> {
    const L1: &str = "aaaaaaaceeeeiiiidnooooo\u{0}ouuuuyt\u{0}aaaaaaaceeeeiiiidnooooo\u{0}ouuuuyty";
    const EXT_A: &str = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    let u = c as u32;
    let pick =
        |table: &str, i: u32| table.as_bytes().get(i as usize).map(|&b| b as char).filter(|&b| b != '\u{0}');
    match u {
        0xC0..=0xFF => pick(L1, u - 0xC0),
        0x100..=0x17F => pick(EXT_A, u - 0x100),
        0x180..=0x24F => match c {
            'ƀ' | 'Ɓ' | 'Ƃ' | 'ƃ' => Some('b'),
            'Ƈ' | 'ƈ' => Some('c'),
            'Ɗ' | 'Ƌ' | 'ƌ' | 'ȡ' => Some('d'),
            'Ƒ' | 'ƒ' => Some('f'),
            'Ɠ' | 'ǥ' | 'Ǥ' | 'ǧ' | 'Ǧ' | 'ǵ' | 'Ǵ' => Some('g'),
            'Ɨ' | 'ǐ' | 'Ǐ' | 'ȉ' | 'ȋ' => Some('i'),
            'Ƙ' | 'ƙ' | 'ǩ' | 'Ǩ' => Some('k'),
            'ƚ' | 'Ƚ' | 'ȴ' => Some('l'),
            'Ɲ' | 'ƞ' | 'Ƞ' | 'ǹ' | 'Ǹ' => Some('n'),
            'Ơ' | 'ơ' | 'ǒ' | 'Ǒ' | 'ǫ' | 'Ǫ' | 'ǭ' | 'Ǭ' | 'ǿ' | 'Ǿ' | 'ȍ' | 'ȏ' | 'ȫ' | 'ȭ' | 'ȯ' | 'ȱ' => {
                Some('o')
            }
            'Ƥ' | 'ƥ' => Some('p'),
            'ȑ' | 'ȓ' | 'Ɍ' | 'ɍ' => Some('r'),
            'ș' | 'Ș' | 'ȿ' => Some('s'),
            'ƫ' | 'Ƭ' | 'ƭ' | 'Ʈ' | 'ț' | 'Ț' | 'ȶ' => Some('t'),
            'Ư' | 'ư' | 'ǔ' | 'Ǔ' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'ȕ' | 'ȗ' | 'Ʉ' => Some('u'),
            'Ʋ' => Some('v'),
            'Ƴ' | 'ƴ' | 'ȳ' | 'Ȳ' | 'ɏ' => Some('y'),
            'Ƶ' | 'ƶ' | 'ȥ' | 'Ȥ' => Some('z'),
            'ǎ' | 'Ǎ' | 'ǟ' | 'ǡ' | 'ǻ' | 'Ǻ' | 'ȁ' | 'ȃ' | 'ȧ' => Some('a'),
            'ȅ' | 'ȇ' | 'ȩ' | 'Ɇ' | 'ɇ' => Some('e'),
            _ => None,
        },
        _ => None,
    }
}

/// Cyrillic and Greek letters that look like Latin ones.
fn lookalike(c: char) -> Option<char> {
    Some(match c {
        'а' | 'А' | 'α' | 'Α' | 'ά' => 'a',
        'в' | 'В' | 'β' | 'Β' | 'Ь' | 'ь' => 'b',
        'с' | 'С' | 'ϲ' => 'c',
        'ԁ' => 'd',
        'е' | 'Е' | 'ё' | 'Ё' | 'ε' | 'Ε' | 'έ' => 'e',
        'һ' | 'Һ' | 'н' | 'Н' | 'Η' => 'h',
        'і' | 'І' | 'ї' | 'Ї' | 'ι' | 'Ι' | 'ί' => 'i',
        'ј' | 'Ј' => 'j',
        'к' | 'К' | 'κ' | 'Κ' => 'k',
        'м' | 'М' | 'Μ' => 'm',
        'п' | 'η' | 'Ν' => 'n',
        'о' | 'О' | 'ο' | 'Ο' | 'ό' | 'σ' => 'o',
        'р' | 'Р' | 'ρ' | 'Ρ' => 'p',
        'ԛ' => 'q',
        'г' | 'Г' => 'r',
        'ѕ' | 'Ѕ' => 's',
        'т' | 'Т' | 'τ' | 'Τ' => 't',
        'υ' | 'μ' => 'u',
        'ν' | 'ѵ' => 'v',
        'ԝ' | 'ω' | 'ш' | 'Ш' => 'w',
        'х' | 'Х' | 'χ' | 'Χ' => 'x',
        'у' | 'У' | 'γ' | 'Υ' | 'ү' => 'y',
        'Ζ' => 'z',
        _ => return None,
    })
}

/// Folds `s`. Idempotent: folding folded text changes nothing.
pub fn fold(s: &str) -> Folded {
    let mut out = Folded::default();
    fold_into(s, &mut out);
    out
}

/// [`fold`] into a [`Folded`] the caller keeps between texts.
pub fn fold_into(s: &str, out: &mut Folded) {
    let Folded { text, origin } = out;
    text.clear();
    origin.clear();
    if s.is_ascii() {
        text.push_str(s);
        text.make_ascii_lowercase();
        return;
    }
    text.reserve(s.len());
    origin.reserve(s.len());
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            // Fast path: ASCII.
            text.push(b.to_ascii_lowercase() as char);
            origin.push(i as u32);
            i += 1;
            continue;
        }
        let Some(c) = s[i..].chars().next() else { break };
        let push = |text: &mut String, origin: &mut Vec<u32>, ch: char| {
            let before = text.len();
            text.push(ch);
            origin.extend(std::iter::repeat_n(i as u32, text.len() - before));
        };
        match fold_char(c) {
            Fold::Drop => {}
            Fold::One(ch) => push(text, origin, ch),
            Fold::Two(a, b) => {
                push(text, origin, a);
                push(text, origin, b);
            }
        }
        i += c.len_utf8();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_width_diacritics_lookalikes_and_invisibles() {
        assert_eq!(fold("ＦＵＣＫ").text, "fuck");
        assert_eq!(fold("𝐟𝐮𝐜𝐤").text, "fuck");
        assert_eq!(fold("Ⓕⓤⓒⓚ").text, "fuck");
        assert_eq!(fold("Siân Zoë Ünal Łukasz").text, "sian zoe unal lukasz");
        assert_eq!(fold("f\u{200B}u\u{200D}ck").text, "fuck");
        assert_eq!(fold("ѕһіt").text, "shit");
        assert_eq!(fold("Straße").text, "strasse");
        assert_eq!(fold("don’t").text, "don't");
    }

    #[test]
    fn spans_map_back_to_the_original() {
        let orig = "Hi Ｓｈｉｔ there";
        let f = fold(orig);
        let start = f.text.find("shit").unwrap();
        let (s, e) = f.original_span(orig, start, start + 4);
        assert_eq!(&orig[s..e], "Ｓｈｉｔ");
    }

    #[test]
    fn idempotent_on_samples() {
        for s in ["ＦＵＣＫ ｙｏｕ", "Zoë's ﬁle", "Ⓐⓑⓒ 𝟙𝟚𝟛", "Ω ω Ж ж", "ǅ ǈ"]
        {
            let once = fold(s).text;
            assert_eq!(fold(&once).text, once, "{s}");
        }
    }

    // Random testing found ẞ only by chance, so every scalar value is tried.
    #[test]
    fn idempotent_on_every_character() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let once = fold(c.encode_utf8(&mut buf)).text;
            assert_eq!(fold(&once).text, once, "U+{:04X}", c as u32);
        }
        assert_eq!(fold("ẞ").text, "ss");
    }
}
