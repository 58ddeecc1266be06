//! Splitting folded text into words and sentences.
//!
//! Each word keeps its span in the folded text, a leet-mapped form (`sh1t` → `shit`, `@ss` → `ass`)
//! for the lexicons, a letters-only form for names (`@jacksmith07` → `jacksmith`), and flags.

use compact_str::CompactString;

/// Words are short: kept inline, with no allocation, up to 24 bytes.
pub type Word = CompactString;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    /// `@name` or `#tag`.
    Handle,
    Email,
    Url,
}

#[derive(Debug, Clone)]
pub struct Token {
    /// Span in the folded text.
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Leet-mapped lower-case form, for lexicons.
    pub word: Word,
    /// Letters only, no leet mapping, for names, when that differs from `word`.
    plain_alt: Option<Word>,
    pub sentence: u32,
    /// The original started with an upper-case letter.
    pub capitalised: bool,
    /// Followed by `'s` or `s'`.
    pub possessive: bool,
    /// Contains `*` standing for hidden letters (`f*ck`).
    pub masked: bool,
    /// Built by joining single letters (`f.u.c.k`, `f u c k`).
    pub joined: bool,
    /// Inside quotation marks.
    pub quoted: bool,
}

impl Token {
    /// Letters only, no leet mapping, for names.
    pub fn plain(&self) -> &str {
        self.plain_alt.as_deref().unwrap_or(&self.word)
    }
}

fn leet(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' | '!' => 'i',
        '|' => 'l',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' | '+' => 't',
        '8' => 'b',
        '9' => 'g',
        _ => return None,
    })
}

fn is_leet_symbol(c: char) -> bool {
    matches!(c, '@' | '$' | '!' | '|' | '*' | '+')
}

/// Splits folded text (see [`crate::normalize::fold`]). `is_upper(offset)` tells whether the
/// original character behind a folded byte was upper case.
pub fn tokenize(text: &str, is_upper: &dyn Fn(usize) -> bool) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, is_upper, &mut out, &mut Vec::with_capacity(32));
    out
}

/// [`tokenize`] into buffers the caller keeps between texts.
pub fn tokenize_into(
    text: &str,
    is_upper: &dyn Fn(usize) -> bool,
    out: &mut Vec<Token>,
    scratch: &mut Vec<(usize, char)>,
) {
    out.clear();
    let mut sentence = 0u32;
    let mut in_quote = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\n' {
            if out.last().is_some_and(|t| t.sentence == sentence) {
                sentence += 1;
            }
            in_quote = false;
            i += 1;
            continue;
        }
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        // The commonest chunk, a lower-case word with only commas or sentence stops after it, is
        // taken here in one pass; it gives what the full split below would.
        let start = i;
        if c.is_ascii_lowercase() {
            let mut end = i + 1;
            while end < bytes.len() && bytes[end].is_ascii_lowercase() {
                end += 1;
            }
            let mut stop = end;
            while stop < bytes.len() && matches!(bytes[stop], b',' | b'.' | b'!' | b'?') {
                stop += 1;
            }
            let clean = stop == bytes.len() || bytes[stop].is_ascii_whitespace();
            // "www." starts a link.
            if clean && !(stop > end && bytes[start..end] == *b"www") {
                let capitalised = is_upper(start);
                out.push(simple(
                    start,
                    end,
                    TokKind::Word,
                    &text[start..end],
                    sentence,
                    in_quote,
                    capitalised,
                ));
                if stop > end && bytes[stop - 1] != b',' && !is_abbreviation(&text[start..stop]) {
                    sentence += 1;
                }
                i = stop;
                continue;
            }
        }
        // A chunk runs to the next white space.
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let chunk = &text[start..i];
        let quote_opens = chunk.starts_with(['"', '\'']) && !in_quote;
        if quote_opens {
            in_quote = true;
        }
        split_chunk(chunk, start, sentence, in_quote, is_upper, out, scratch);
        // Most chunks end in a letter or digit, or a comma: no quote closes and no sentence ends.
        if chunk.as_bytes().last().is_some_and(|b| b.is_ascii_alphanumeric() || *b == b',') {
            continue;
        }
        let trimmed = chunk.trim_end_matches([')', ']', '\'', '"', '*']);
        if (chunk.ends_with('"') || (chunk.ends_with('\'') && !chunk.ends_with("s'")))
            && (in_quote && (!quote_opens || chunk.len() > 1))
        {
            in_quote = false;
        }
        if trimmed.ends_with(['.', '!', '?']) && !is_abbreviation(trimmed) {
            sentence += 1;
        }
    }
    join_single_letters(out);
}

fn is_abbreviation(chunk: &str) -> bool {
    let w = chunk.trim_end_matches('.');
    // Initialisms: "d.o.b.", "e.g.", "u.k."
    if w.contains('.') && w.split('.').all(|p| p.chars().count() == 1) {
        return true;
    }
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "st"
            | "no"
            | "e.g"
            | "i.e"
            | "etc"
            | "vs"
            | "prof"
            | "rev"
            | "sr"
            | "jr"
    ) || (w.len() == 1 && w.chars().all(|c| c.is_alphabetic()))
}

fn split_chunk(
    chunk: &str,
    base: usize,
    sentence: u32,
    quoted: bool,
    is_upper: &dyn Fn(usize) -> bool,
    out: &mut Vec<Token>,
    chars: &mut Vec<(usize, char)>,
) {
    // Punctuation alone (":", "!!!", "&") holds no word; without "@" it is no address either.
    if chunk.bytes().all(|b| b.is_ascii() && !b.is_ascii_alphanumeric() && b != b'@') {
        return;
    }
    if let Some((from, mut to, apostrophe)) = plain_word(chunk.as_bytes()) {
        let mut possessive = false;
        let word = if apostrophe {
            // As a full split would: a possessive `'s` is not part of the word; other apostrophes
            // are dropped ("don't" → "dont").
            if let Some(stem) = chunk[from..to].strip_suffix("'s").filter(|s| !CONTRACTED.contains(s)) {
                possessive = true;
                to = from + stem.len();
            }
            word_of_ascii(chunk[from..to].bytes().filter(|&b| b != b'\''))
        } else {
            Word::from(&chunk[from..to])
        };
        out.push(Token {
            start: base + from,
            end: base + to,
            kind: TokKind::Word,
            plain_alt: None,
            word,
            sentence,
            capitalised: is_upper(base + from),
            possessive,
            masked: false,
            joined: false,
            quoted,
        });
        return;
    }
    let lead = chunk.len() - chunk.trim_start_matches(['(', '[', '"', '\'', '<', '{']).len();
    let body = &chunk[lead..];
    // URLs and email addresses are one token each.
    if body.starts_with("http://") || body.starts_with("https://") || body.starts_with("www.") {
        let end = body.trim_end_matches(['.', ',', ')', ']', '"', '\'', '!', '?', ';', ':']).len();
        out.push(simple(base + lead, base + lead + end, TokKind::Url, &body[..end], sentence, quoted, false));
        return;
    }
    if let Some(at) = body.find('@') {
        let (local, domain) = body.split_at(at);
        let domain = domain[1..].trim_end_matches(['.', ',', ')', ']', '"', '\'', '!', '?', ';', ':']);
        if !local.is_empty() && domain.contains('.') && domain.split('.').all(|p| !p.is_empty()) {
            let end = lead + at + 1 + domain.len();
            out.push(simple(
                base + lead,
                base + end,
                TokKind::Email,
                &chunk[lead..end],
                sentence,
                quoted,
                false,
            ));
            return;
        }
    }
    if let Some(rest) = body.strip_prefix(['@', '#']) {
        let rb = rest.as_bytes();
        let ascii_len = rb
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'.'))
            .unwrap_or(rb.len());
        // Most handles are ASCII to the end of the name: bytes then, not characters.
        let ascii = rb.get(ascii_len).is_none_or(u8::is_ascii);
        let name_len = if ascii {
            ascii_len
        } else {
            rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).unwrap_or(rest.len())
        };
        let name = rest[..name_len].trim_end_matches('.');
        let letters = if ascii {
            name.bytes().filter(u8::is_ascii_alphabetic).count()
        } else {
            name.chars().filter(|c| c.is_alphabetic()).count()
        };
        if letters >= 2 {
            let leet_of = |c: char| if c.is_alphabetic() { Some(c) } else { leet(c) };
            // `@ss` is more likely leet than a handle; keep both readings.
            let (plain, leet_form) = if ascii {
                (
                    word_of_ascii(name.bytes().filter(u8::is_ascii_alphabetic)),
                    word_of_ascii(
                        body.as_bytes()[..1 + name.len()]
                            .iter()
                            .filter_map(|&b| leet_of(b as char).map(|c| c as u8)),
                    ),
                )
            } else {
                (
                    word_of(name.chars().filter(|c| c.is_alphabetic())),
                    word_of(body.chars().take(1 + name.len()).filter_map(leet_of)),
                )
            };
            let s = base + lead;
            let e = s + 1 + name.len();
            out.push(Token {
                start: s,
                end: e,
                kind: TokKind::Handle,
                word: if body.starts_with('@') { leet_form } else { plain.clone() },
                plain_alt: Some(plain),
                sentence,
                capitalised: is_upper(s + 1),
                possessive: false,
                masked: false,
                joined: false,
                quoted,
            });
            if name_len + 1 < body.len() {
                split_chunk(
                    &body[1 + name_len..],
                    base + lead + 1 + name_len,
                    sentence,
                    quoted,
                    is_upper,
                    out,
                    chars,
                );
            }
            return;
        }
    }
    // Segments: runs of letters, digits and leet symbols inside a word.
    let mut seg_start: Option<usize> = None;
    chars.clear();
    chars.extend(body.char_indices());
    let chars: &[(usize, char)] = chars;
    let n = chars.len();
    let mut k = 0;
    while k <= n {
        let c = chars.get(k).map(|x| x.1);
        let keep = match c {
            Some(ch) if ch.is_alphanumeric() => true,
            Some('\'') => {
                // Apostrophes inside words (don't, o'neil) and possessives stay in the segment.
                seg_start.is_some() && chars.get(k + 1).is_some_and(|x| x.1.is_alphabetic())
            }
            Some(ch) if is_leet_symbol(ch) => {
                let next_alnum = chars[k + 1..].iter().take_while(|x| is_leet_symbol(x.1)).count();
                let after = chars.get(k + 1 + next_alnum).is_some_and(|x| x.1.is_alphanumeric());
                let prev_alnum = k > 0 && chars[k - 1].1.is_alphanumeric();
                after
                    || (prev_alnum && matches!(ch, '$' | '*'))
                    || (seg_start.is_some() && matches!(ch, '$' | '*'))
            }
            _ => false,
        };
        if keep {
            if seg_start.is_none() {
                seg_start = Some(k);
            }
        } else if let Some(s) = seg_start.take() {
            push_segment(chars, s, k, body, base + lead, sentence, quoted, is_upper, out);
        }
        k += 1;
    }
}

/// The span of a lower-case ASCII word (apostrophes allowed between letters) with only ordinary
/// punctuation around it, the commonest chunk, found in one pass, and whether it has an
/// apostrophe; `None` sends the chunk through the full split.
fn plain_word(b: &[u8]) -> Option<(usize, usize, bool)> {
    let from = b.iter().position(|c| !matches!(c, b'(' | b'[' | b'"' | b'\'' | b'<' | b'{'))?;
    let mut to = from;
    let mut apostrophe = false;
    while to < b.len() {
        if b[to].is_ascii_lowercase() {
            to += 1;
        } else if b[to] == b'\'' && to > from && b.get(to + 1).is_some_and(u8::is_ascii_lowercase) {
            apostrophe = true;
            to += 1;
        } else {
            break;
        }
    }
    let trail_ok = b[to..]
        .iter()
        .all(|c| matches!(c, b'.' | b',' | b'!' | b'?' | b';' | b':' | b')' | b']' | b'"' | b'\''));
    // "www." starts a link.
    (to > from && trail_ok && !b[from..].starts_with(b"www.")).then_some((from, to, apostrophe))
}

/// "what's", "it's", "he's" are contractions, not possessives.
const CONTRACTED: [&str; 18] = [
    "what",
    "it",
    "he",
    "she",
    "that",
    "there",
    "who",
    "where",
    "here",
    "let",
    "how",
    "when",
    "everyone",
    "nobody",
    "somebody",
    "someone",
    "everything",
    "why",
];

#[allow(clippy::too_many_arguments)]
fn push_segment(
    chars: &[(usize, char)],
    s: usize,
    e: usize,
    body: &str,
    base: usize,
    sentence: u32,
    quoted: bool,
    is_upper: &dyn Fn(usize) -> bool,
    out: &mut Vec<Token>,
) {
    let bs = chars[s].0;
    let be = chars.get(e).map(|x| x.0).unwrap_or(body.len());
    let seg = &body[bs..be];
    let mut possessive = false;
    let mut core = seg;
    if let Some(stripped) = seg.strip_suffix("'s") {
        if !CONTRACTED.contains(&stripped) {
            possessive = true;
            core = stripped;
        }
    } else if seg.ends_with("s'") {
        possessive = true;
    }
    let has_letter = core.chars().any(|c| c.is_alphabetic());
    let has_digit = core.chars().any(|c| c.is_ascii_digit());
    if !has_letter {
        if has_digit && core.chars().all(|c| c.is_ascii_digit()) {
            out.push(simple(
                base + bs,
                base + bs + core.len(),
                TokKind::Number,
                core,
                sentence,
                quoted,
                false,
            ));
        }
        return;
    }
    let masked = core.contains('*');
    // "3pm", "12th", "5k": a number with a unit is not leetspeak.
    let digits_then_letters = core.starts_with(|c: char| c.is_ascii_digit())
        && core.trim_start_matches(|c: char| c.is_ascii_digit()).chars().all(|c| c.is_alphabetic());
    if digits_then_letters {
        out.push(simple(base + bs, base + bs + core.len(), TokKind::Word, core, sentence, quoted, false));
        return;
    }
    let mapped = |c: char| if c.is_alphabetic() || c == '*' { Some(c) } else { leet(c) };
    let word = word_of(core.chars().filter_map(mapped));
    let plain_alt: Option<Word> = if has_digit || core.contains(|c: char| is_leet_symbol(c) || c == '\'') {
        Some(word_of(core.chars().filter(|c| c.is_alphabetic())))
    } else {
        None
    };
    out.push(Token {
        start: base + bs,
        end: base + bs + core.len(),
        kind: TokKind::Word,
        word,
        plain_alt,
        sentence,
        capitalised: is_upper(base + bs),
        possessive,
        masked,
        joined: false,
        quoted,
    });
}

/// [`word_of`] for ASCII bytes, copied rather than decoded.
fn word_of_ascii(bytes: impl Iterator<Item = u8>) -> Word {
    let mut buf = [0u8; 64];
    let mut n = 0;
    let mut long: Option<Vec<u8>> = None;
    for b in bytes {
        match &mut long {
            Some(v) => v.push(b),
            None if n < buf.len() => {
                buf[n] = b;
                n += 1;
            }
            None => {
                let mut v = buf.to_vec();
                v.push(b);
                long = Some(v);
            }
        }
    }
    Word::from(std::str::from_utf8(long.as_deref().unwrap_or(&buf[..n])).unwrap_or_default())
}

/// Builds a word from characters on the stack; `CompactString`'s own `collect` re-checks its
/// representation on every character, which showed in profiles.
fn word_of(chars: impl Iterator<Item = char>) -> Word {
    let mut buf = [0u8; 64];
    let mut n = 0;
    let mut chars = chars.peekable();
    while let Some(&c) = chars.peek() {
        if n + c.len_utf8() > buf.len() {
            break;
        }
        n += c.encode_utf8(&mut buf[n..]).len();
        chars.next();
    }
    let head = std::str::from_utf8(&buf[..n]).unwrap_or_default();
    if chars.peek().is_none() {
        return Word::from(head);
    }
    let mut long = String::from(head);
    long.extend(chars);
    Word::from(long)
}

fn simple(
    start: usize,
    end: usize,
    kind: TokKind,
    text: &str,
    sentence: u32,
    quoted: bool,
    capitalised: bool,
) -> Token {
    Token {
        start,
        end,
        kind,
        plain_alt: None,
        word: Word::from(text),
        sentence,
        capitalised,
        possessive: false,
        masked: false,
        joined: false,
        quoted,
    }
}

/// Splits word `i` at byte offsets `cuts` (ascending, inside the word) into several words, for
/// words run together without spaces ("womenaretrash"). Only a plain lower-case word, whose form
/// is its folded text, can be split; returns whether it was.
pub fn split_token(tokens: &mut Vec<Token>, i: usize, cuts: &[usize]) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    let len = t.word.len();
    let plain = t.kind == TokKind::Word
        && t.plain_alt.is_none()
        && !t.possessive
        && !t.masked
        && !t.joined
        && t.end - t.start == len
        && t.word.bytes().all(|b| b.is_ascii_lowercase());
    if !plain
        || cuts.is_empty()
        || cuts.windows(2).any(|w| w[0] >= w[1])
        || cuts[0] == 0
        || cuts[cuts.len() - 1] >= len
    {
        return false;
    }
    let t = t.clone();
    let bounds: Vec<usize> =
        std::iter::once(0).chain(cuts.iter().copied()).chain(std::iter::once(len)).collect();
    let parts: Vec<Token> = bounds
        .windows(2)
        .enumerate()
        .map(|(k, w)| {
            let mut p = simple(
                t.start + w[0],
                t.start + w[1],
                TokKind::Word,
                &t.word[w[0]..w[1]],
                t.sentence,
                t.quoted,
                false,
            );
            p.capitalised = k == 0 && t.capitalised;
            p
        })
        .collect();
    tokens.splice(i..=i, parts);
    true
}

/// `f u c k`, `f.u.c.k`, `f-u-c-k`: three or more single letters in a row become one word too.
fn join_single_letters(tokens: &mut Vec<Token>) {
    let mut extra = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let single = |t: &Token| {
            t.kind == TokKind::Word
                && (t.word.len() == 1
                    || (t.word.len() <= 4 && !t.word.is_ascii() && t.word.chars().count() == 1))
        };
        if !single(&tokens[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len()
            && single(&tokens[j])
            && tokens[j].sentence == tokens[i].sentence
            && tokens[j].start - tokens[j - 1].end <= 2
        {
            j += 1;
        }
        if j - i >= 3 {
            let word: Word = tokens[i..j].iter().map(|t| t.word.as_str()).collect();
            extra.push(Token {
                start: tokens[i].start,
                end: tokens[j - 1].end,
                kind: TokKind::Word,
                plain_alt: None,
                word,
                sentence: tokens[i].sentence,
                capitalised: tokens[i].capitalised,
                possessive: false,
                masked: false,
                joined: true,
                quoted: tokens[i].quoted,
            });
        }
        i = j;
    }
    tokens.extend(extra);
}

/// Collapses runs of the same letter (`fuuuck` → `fuck`), with the run lengths.
pub fn dedup(word: &str) -> (String, Vec<u8>) {
    let mut out = String::with_capacity(word.len());
    let mut runs: Vec<u8> = Vec::with_capacity(word.len());
    let mut last: Option<char> = None;
    for c in word.chars() {
        if Some(c) == last {
            if let Some(r) = runs.last_mut() {
                *r = r.saturating_add(1);
            }
        } else {
            out.push(c);
            runs.push(1);
            last = Some(c);
        }
    }
    (out, runs)
}

#[cfg(test)]
mod tests {

    #[test]
    fn split_token_cuts_a_plain_word_and_keeps_spans() {
        let text = "hi womenaretrash";
        let mut toks = tokenize(text, &|_| false);
        assert!(split_token(&mut toks, 1, &[5, 8]));
        let words: Vec<(&str, &str)> =
            toks.iter().map(|t| (t.word.as_str(), &text[t.start..t.end])).collect();
        assert_eq!(words, [("hi", "hi"), ("women", "women"), ("are", "are"), ("trash", "trash")]);
        // Bad cuts, and words whose form is not their text, are left alone.
        assert!(!split_token(&mut toks, 0, &[0]));
        assert!(!split_token(&mut toks, 1, &[3, 2]));
        let mut leet = tokenize("sh1tface", &|_| false);
        assert!(!split_token(&mut leet, 0, &[4]));
        assert_eq!(leet.len(), 1);
    }

    use super::*;
    use crate::normalize::fold;

    fn words(s: &str) -> Vec<String> {
        let f = fold(s);
        tokenize(&f.text, &|_| false).into_iter().map(|t| t.word.to_string()).collect()
    }

    #[test]
    fn leet_and_symbols() {
        assert_eq!(words("sh1t @ss a$$ b!tch f*ck $hit"), ["shit", "ass", "ass", "bitch", "f*ck", "shit"]);
        assert_eq!(words("Wow! Great."), ["wow", "great"]);
    }

    #[test]
    fn separated_letters_are_joined() {
        let w = words("you f.u.c.k and f u c k");
        assert!(w.iter().filter(|x| *x == "fuck").count() == 2, "{w:?}");
    }

    #[test]
    fn names_possessives_handles_emails() {
        let f = fold("Jack Smith's coat, @jacksmith07 and jack.smith@gmail.com #TeamHolly");
        let t = tokenize(&f.text, &|_| false);
        assert_eq!(t[1].word, "smith");
        assert!(t[1].possessive);
        let handle = t.iter().find(|x| x.kind == TokKind::Handle).unwrap();
        assert_eq!(handle.plain(), "jacksmith");
        assert!(t.iter().any(|x| x.kind == TokKind::Email && x.word == "jack.smith@gmail.com"));
        assert!(t.iter().any(|x| x.kind == TokKind::Handle && x.plain() == "teamholly"));
    }

    // ASCII handles and contractions are built from bytes; a name longer than the stack buffer,
    // and a non-ASCII one, must come out whole and the same as the character path gives.
    #[test]
    fn long_and_non_ascii_handles_keep_every_letter() {
        let long = format!("@{}_07", "ab".repeat(40));
        let t = tokenize(&fold(&long).text, &|_| false);
        assert_eq!(t[0].kind, TokKind::Handle);
        assert_eq!(t[0].plain(), "ab".repeat(40));
        assert_eq!(t[0].word, format!("a{}ot", "ab".repeat(40)));
        let t = tokenize("@jürgen_sm1th: hi", &|_| false);
        assert_eq!(t[0].plain(), "jürgensmth");
        assert_eq!(t[0].word, "ajürgensmith");
        let t = tokenize("@ss don't", &|_| false);
        assert_eq!((t[0].word.as_str(), t[1].word.as_str()), ("ass", "dont"));
    }

    #[test]
    fn sentences_and_quotes() {
        let f = fold("Mr. Smith said hi. Then \"bad word\" was used.\nNew line");
        let t = tokenize(&f.text, &|_| false);
        let s: Vec<u32> = t.iter().map(|x| x.sentence).collect();
        assert_eq!(s, [0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2]);
        assert!(t[5].quoted && t[6].quoted && !t[7].quoted);
    }

    #[test]
    fn plain_words_with_stops_end_sentences_but_not_abbreviations_or_links() {
        let f = fold("tea, cake etc. and buns!? then www.x.com or www, fine.\nok");
        let t = tokenize(&f.text, &|_| false);
        let got: Vec<(&str, u32, TokKind)> =
            t.iter().map(|x| (x.word.as_str(), x.sentence, x.kind)).collect();
        use TokKind::*;
        assert_eq!(
            got,
            [
                ("tea", 0, Word),
                ("cake", 0, Word),
                ("etc", 0, Word),
                ("and", 0, Word),
                ("buns", 0, Word),
                ("then", 1, Word),
                ("www.x.com", 1, Url),
                ("or", 1, Word),
                ("www", 1, Word),
                ("fine", 1, Word),
                ("ok", 2, Word),
            ]
        );
    }

    #[test]
    fn dedup_runs() {
        assert_eq!(dedup("fuuuck"), ("fuck".to_string(), vec![1, 3, 1, 1]));
        assert_eq!(dedup("ass").0, "as");
    }
}
