//! The engine: built once from a context, then checks drafts from any number of threads.

use crate::context::{Pupil, SchoolProfile, StaffMember};
use crate::lexicon::{Cue, Entry, Kind, Lexicon, LexiconError};
use crate::model::*;
use crate::normalize::{fold_into, Folded};
use crate::pii::{Hit, PiiScanner};
use crate::rules::PolicyRules;
use crate::text::{dedup, split_token, tokenize_into, TokKind, Token};
use aho_corasick::AhoCorasick;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::sync::Arc;
use thiserror::Error;

/// Largest text the engine accepts.
pub const MAX_TEXT: usize = 1024 * 1024;
pub const MAX_IMAGES: usize = 50;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum CheckError {
    #[error("the text is {0} bytes; the most that can be checked is 1 MiB ({MAX_TEXT} bytes)")]
    TooLong(usize),
    #[error("a draft can have at most {MAX_IMAGES} images")]
    TooManyImages,
}

#[derive(Debug, Error)]
pub enum BuildError {
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    #[error("cannot build the matcher: {0}")]
    Matcher(String),
}

/// Everything the engine is built from.
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub profile: SchoolProfile,
    pub roster: Vec<Pupil>,
    pub staff: Vec<StaffMember>,
    pub rules: PolicyRules,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Pupil(u32),
    Staff(u32),
    School,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Full,
    First,
    Last,
}

#[derive(Debug, Clone)]
enum Payload {
    Lex(u32),
    Name { who: Who, part: Part, words: Vec<String> },
}

/// First names that are also ordinary words: not a name without a surname or a strong cue.
const ORDINARY: &[&str] = &[
    "holly", "grace", "summer", "rose", "will", "hope", "ivy", "jack", "rowan", "faith", "joy", "daisy",
    "poppy", "lily", "willow", "amber", "autumn", "april", "may", "june", "dawn", "hazel", "heather", "iris",
    "jasmine", "ruby", "pearl", "crystal", "star", "sky", "river", "storm", "rain", "robin", "jay", "wren",
    "mark", "bill", "frank", "art", "pat", "sue", "rich", "sunny", "honey", "cherry", "olive", "sage",
    "basil", "berry", "brook", "reed", "forest", "ash", "bud", "chase", "hunter", "mason", "miles", "rocky",
    "victory", "angel", "liberty", "harmony", "melody", "destiny", "serenity", "blossom", "clover", "flora",
    "fern", "maple", "aspen", "birch", "hawk", "fox", "bear", "wolf", "king", "prince", "duke", "earl",
    "major", "colt", "dash", "tiger", "lion", "eve", "max", "ray", "gene", "guy", "bob", "nick", "rob",
    "don", "dean", "drew", "jo", "penny", "ginger", "scarlett", "violet", "marina", "ocean", "north", "wynn",
    "carol", "kit", "sandy", "misty", "candy", "coco", "bunny",
];

pub struct Engine {
    ctx: Context,
    lexicon: Lexicon,
    /// Pattern ids by the hash of their one word; the words of each pattern. Hashes are computed
    /// once per token, so a word costs one probe.
    by_word: WordIndex,
    /// The lengths of the phrases starting with each pair of words, and phrase ids by the hash of
    /// all their words: hundreds of phrases share a common start ("you are a …"), and a probe per
    /// length costs less than comparing each.
    by_pair: WordIndex,
    by_phrase: WordIndex,
    pattern_words: Vec<Vec<String>>,
    /// Single-word terms that also match at the start of, or inside, a word ("fucking", "bullshit").
    /// They are few, so each word is tried against those sharing its first byte, at the word's
    /// start, and inside it only for terms that may match there.
    affixes: Vec<Affix>,
    affix_by_first: ByFirstByte,
    /// The first bytes of terms that match inside words, as a bitmap.
    infix_first: [u64; 4],
    /// The shortest affix term, and the shortest that matches inside words.
    affix_min: usize,
    infix_min: usize,
    payloads: Vec<Vec<Payload>>,
    handle_ac: Option<AhoCorasick>,
    handle_who: Vec<Vec<Who>>,
    /// The first five bytes of every handle pattern: most long words hold none and skip the
    /// automaton, whose table for a whole roster is too big to stay in cache.
    handle_heads: Heads,
    mask_index: FxHashMap<usize, Vec<u32>>,
    pii: PiiScanner,
    first_name_count: FxHashMap<String, u32>,
    /// Words common in public text, de-duplicated, so a capitalised one is not taken for a name.
    common: FxHashSet<String>,
    pupil_lookup: FxHashMap<String, u32>,
    ordinary: FxHashSet<&'static str>,
    /// Misspellings of single-word hateful and offensive terms (a letter dropped, two letters
    /// swapped: "disguting", "vemrin") by their spelling, with the patterns they stand for.
    typos: WordIndex,
    /// Each misspelling the index above refers to, and the pattern it stands for.
    typo_words: Vec<(Vec<u8>, u32)>,
    /// Patterns that may be misspelt or run on from a leading word ("totalscum").
    loose: Vec<bool>,
    /// Words a term may be run on from, de-duplicated as words are.
    run_on_heads: Vec<Vec<u8>>,
    /// Indices of those heads by their first byte, in list order.
    run_on_by_first: ByFirstByte,
    /// Single words that can be run together round "are" or "is" ("womenaretrash"): true for
    /// who is spoken of, false for what is said of them.
    run_together: FxHashMap<String, bool>,
    /// For each lexicon entry, a signature of its `near:` words: a word outside it is none of
    /// them, so most of a sentence is passed over without comparing words.
    near_sigs: Vec<u128>,
}

/// One bit of 128 by a word's first byte and length.
fn near_sig(w: &[u8]) -> u128 {
    1u128 << ((w.first().map_or(0, |&b| b as usize) * 31 + w.len()) & 127)
}

/// Indices of a short list of words by their first byte, in list order.
struct ByFirstByte(Box<[Vec<u16>; 256]>);

impl ByFirstByte {
    fn new<'a>(words: impl IntoIterator<Item = &'a [u8]>) -> ByFirstByte {
        let mut by: Box<[Vec<u16>; 256]> = Box::new(std::array::from_fn(|_| Vec::new()));
        for (k, w) in words.into_iter().enumerate() {
            if let Some(&b) = w.first() {
                by[b as usize].push(k as u16);
            }
        }
        ByFirstByte(by)
    }
    fn get(&self, b: u8) -> &[u16] {
        &self.0[b as usize]
    }
}

struct Affix {
    key: Vec<u8>,
    pattern: u32,
    /// Some entry of the pattern matches inside a word, not only at its start.
    infix: bool,
}

/// Words common in public text, never read as a misspelling ("block" is not "bollock").
const COMMON_WORDS: &str = include_str!("../lexicons/common-words.txt");

/// Words that run on into an insult when the space is left out: "Ihate", "totalscum".
const RUN_ON_HEADS: [&str; 28] = [
    "i",
    "u",
    "ur",
    "you",
    "youre",
    "we",
    "they",
    "theyre",
    "are",
    "is",
    "so",
    "such",
    "total",
    "totally",
    "absolute",
    "absolutely",
    "utter",
    "utterly",
    "complete",
    "completely",
    "real",
    "proper",
    "fucking",
    "bloody",
    "dirty",
    "filthy",
    "stupid",
    "fat",
];

/// Whether a lexicon entry may be matched misspelt: a single word that is a conduct finding or
/// the hate, insult, dehumanising or identity cue of a hateful sentence.
fn loose_entry(e: &Entry) -> bool {
    e.words.len() == 1
        && match e.kind {
            Kind::Finding(c, _) => c.is_conduct(),
            Kind::Cue(c) => matches!(c, Cue::Insult | Cue::Dehumanise | Cue::HateVerb | Cue::Identity),
        }
}

/// One-typo spellings of `w`: a letter dropped inside a long word (short words give real words:
/// "trannys" less an "n" is "trays"), two neighbouring letters swapped after the first (the
/// middle two only in a four-letter word: "hoes" is not "hose"), or in a long word two letters
/// one apart swapped.
fn typos_of(w: &str) -> Vec<String> {
    let c: Vec<char> = w.chars().collect();
    let mut out = Vec::new();
    if c.len() >= 7 {
        // Not the last letter: "blacks" without its "s" is another word, not a typo.
        for i in 1..c.len() - 1 {
            out.push(c[..i].iter().chain(&c[i + 1..]).collect());
        }
    }
    // Long words also with letters two apart swapped ("diugsting"), not the last.
    if c.len() >= 8 {
        for i in 1..c.len() - 3 {
            if c[i] != c[i + 2] {
                let mut v = c.clone();
                v.swap(i, i + 2);
                out.push(v.into_iter().collect());
            }
        }
    }
    if c.len() >= 4 {
        let swaps = if c.len() == 4 { 1..2 } else { 1..c.len() - 1 };
        for i in swaps {
            if c[i] != c[i + 1] {
                let mut v = c.clone();
                v.swap(i, i + 1);
                out.push(v.into_iter().collect());
            }
        }
    }
    let mut out: Vec<String> =
        out.into_iter().map(|v: String| dedup(&v).0).filter(|v| v != w && v.chars().count() >= 4).collect();
    out.sort();
    out.dedup();
    out
}

/// Buffers one check uses, kept between checks on the same thread.
#[derive(Default)]
struct Scratch {
    folded: Folded,
    tokens: Vec<Token>,
    chars: Vec<(usize, char)>,
    marks: Vec<Mark>,
    buf: Vec<u8>,
    ranges: Vec<(usize, usize)>,
    hashes: Vec<u64>,
    affix: Vec<(usize, u32, bool, u32, usize)>,
    loose_hits: Vec<usize>,
    ids: Vec<u32>,
}

impl Scratch {
    /// After a very long text, give the memory back rather than keep it for the thread's life.
    fn trim(&mut self) {
        const KEEP: usize = 4096;
        if self.tokens.capacity() > KEEP
            || self.folded.text.capacity() > 16 * KEEP
            || self.buf.capacity() > 16 * KEEP
        {
            self.tokens = Vec::new();
            self.folded = Folded::default();
            self.marks = Vec::new();
            self.buf = Vec::new();
            self.ranges = Vec::new();
            self.hashes = Vec::new();
            self.chars = Vec::new();
            self.affix = Vec::new();
        } else {
            self.tokens.clear();
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Pattern ids by a 64-bit key; collisions are resolved by comparing the words.
struct WordIndex {
    /// One bit per 16-bit slice of a key: most words are in no pattern and stop here.
    bits: Box<[u64]>,
    /// Open addressing on the key's top bits, at most half full: a probe is one cache line,
    /// where a general hash map cost several. `n == 0` marks an empty slot.
    slots: Box<[Slot]>,
    shift: u32,
    ids: Vec<u32>,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    key: u64,
    from: u32,
    n: u32,
}

impl WordIndex {
    fn bit(key: u64) -> (usize, u64) {
        let b = (key >> 48) as usize;
        (b >> 6, 1 << (b & 63))
    }
    fn new(by_key: FxHashMap<u64, Vec<u32>>) -> WordIndex {
        let size = (by_key.len() * 2).next_power_of_two().max(16);
        let mut index = WordIndex {
            bits: vec![0; 1024].into_boxed_slice(),
            slots: vec![Slot::default(); size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
            ids: Vec::new(),
        };
        // In key order, so the table is the same on every build.
        let mut keys: Vec<(u64, Vec<u32>)> = by_key.into_iter().filter(|(_, ids)| !ids.is_empty()).collect();
        keys.sort_unstable_by_key(|(k, _)| *k);
        for (key, ids) in keys {
            let (w, m) = WordIndex::bit(key);
            index.bits[w] |= m;
            let mut at = index.slot_of(key);
            while index.slots[at].n != 0 {
                at = (at + 1) & (size - 1);
            }
            index.slots[at] = Slot { key, from: index.ids.len() as u32, n: ids.len() as u32 };
            index.ids.extend(ids);
        }
        index
    }
    fn slot_of(&self, key: u64) -> usize {
        // The top bits feed the bit filter; the table reads the next ones.
        ((key << 16) >> self.shift) as usize
    }
    fn get(&self, key: u64) -> &[u32] {
        let (w, m) = WordIndex::bit(key);
        if self.bits[w] & m == 0 {
            return &[];
        }
        let mask = self.slots.len() - 1;
        let mut at = self.slot_of(key);
        loop {
            let s = self.slots[at];
            if s.n == 0 {
                return &[];
            }
            if s.key == key {
                return &self.ids[s.from as usize..(s.from + s.n) as usize];
            }
            at = (at + 1) & mask;
        }
    }
}

/// A set of the first [`Heads::LEN`] bytes of patterns, as a bitmap over their hash.
struct Heads {
    bits: Box<[u64]>,
}

impl Heads {
    const LEN: usize = 5;
    const BITS: usize = 1 << 16;
    fn slot(w: &[u8]) -> (usize, u64) {
        let h = w.iter().fold(0u32, |h, &b| h.wrapping_mul(0x0100_0193) ^ u32::from(b));
        let h = (h.wrapping_mul(0x9E37_79B1) >> 16) as usize % Heads::BITS;
        (h >> 6, 1 << (h & 63))
    }
    fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Heads {
        let mut bits = vec![0u64; Heads::BITS / 64].into_boxed_slice();
        for p in patterns {
            // Patterns are at least LEN bytes long (shorter ones are never added).
            if let Some(head) = p.as_bytes().get(..Heads::LEN) {
                let (w, m) = Heads::slot(head);
                bits[w] |= m;
            }
        }
        Heads { bits }
    }
    /// Whether some pattern could start somewhere in `hay`.
    fn any_in(&self, hay: &[u8]) -> bool {
        hay.windows(Heads::LEN).any(|w| {
            let (i, m) = Heads::slot(w);
            self.bits[i] & m != 0
        })
    }
}

fn word_hash(w: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(w);
    // Spread the low bits into the top ones the bit filter reads.
    h.finish().wrapping_mul(0x2545_F491_4F6C_DD1D)
}

fn pair_hash(a: u64, b: u64) -> u64 {
    a.rotate_left(23).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ b
}

fn name_words(s: &str) -> Vec<String> {
    crate::lexicon::term_words(s)
}

impl Engine {
    /// Builds the engine with the built-in lexicons.
    pub fn new(ctx: Context) -> Result<Engine, BuildError> {
        Engine::with_lexicon(ctx, Lexicon::builtin()?)
    }

    pub fn with_lexicon(ctx: Context, lexicon: Lexicon) -> Result<Engine, BuildError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut payloads: Vec<Vec<Payload>> = Vec::new();
        let mut index: FxHashMap<String, usize> = FxHashMap::default();
        let mut add = |words: &[String], p: Payload| {
            if words.is_empty() || words.iter().any(|w| w.is_empty()) {
                return;
            }
            let key = words.iter().map(|w| dedup(w).0).collect::<Vec<_>>().join(" ");
            let id = *index.entry(key.clone()).or_insert_with(|| {
                patterns.push(key);
                payloads.push(Vec::new());
                payloads.len() - 1
            });
            // Rules ask only whether some pupil has this first name or surname (a first name
            // unique to one pupil is the only case that names them), so one mark stands for all.
            if let Payload::Name { who: Who::Pupil(_), part: part @ (Part::First | Part::Last), words } = &p {
                let seen = payloads[id].iter().any(|q| {
                    matches!(q, Payload::Name { who: Who::Pupil(_), part: qp, words: qw } if qp == part && qw == words)
                });
                if seen {
                    return;
                }
            }
            payloads[id].push(p);
        };
        let mut mask_index: FxHashMap<usize, Vec<u32>> = FxHashMap::default();
        for (i, e) in lexicon.entries.iter().enumerate() {
            add(&e.words, Payload::Lex(i as u32));
            if e.flags.mask && e.words.len() == 1 {
                mask_index.entry(e.words[0].chars().count()).or_default().push(i as u32);
            }
        }
        let mut first_name_count: FxHashMap<String, u32> = FxHashMap::default();
        let mut pupil_lookup: FxHashMap<String, u32> = FxHashMap::default();
        let mut handle_patterns: Vec<String> = Vec::new();
        let mut handle_who: Vec<Vec<Who>> = Vec::new();
        let mut handle_index: FxHashMap<String, usize> = FxHashMap::default();
        let mut add_handle = |s: String, who: Who| {
            if s.len() < 5 {
                return;
            }
            let id = *handle_index.entry(s.clone()).or_insert_with(|| {
                handle_patterns.push(s);
                handle_who.push(Vec::new());
                handle_who.len() - 1
            });
            handle_who[id].push(who);
        };
        for (i, p) in ctx.roster.iter().enumerate() {
            let who = Who::Pupil(i as u32);
            let last = name_words(&p.last_name);
            let mut firsts = vec![name_words(&p.first_name)];
            if let Some(pref) = &p.preferred_name {
                firsts.push(name_words(pref));
            }
            for first in &firsts {
                let full: Vec<String> = first.iter().chain(last.iter()).cloned().collect();
                let rev: Vec<String> = last.iter().chain(first.iter()).cloned().collect();
                add(&full, Payload::Name { who, part: Part::Full, words: full.clone() });
                add(&rev, Payload::Name { who, part: Part::Full, words: rev.clone() });
                // Hyphens and spaces dropped: "Maryjane Smith", "Mary Smithjones".
                let fj = [first.concat()];
                let lj = [last.concat()];
                if first.len() > 1 || last.len() > 1 {
                    let a: Vec<String> = fj.iter().chain(lj.iter()).cloned().collect();
                    add(&a, Payload::Name { who, part: Part::Full, words: a.clone() });
                    let b: Vec<String> = first.iter().chain(lj.iter()).cloned().collect();
                    add(&b, Payload::Name { who, part: Part::Full, words: b.clone() });
                    let c: Vec<String> = fj.iter().chain(last.iter()).cloned().collect();
                    add(&c, Payload::Name { who, part: Part::Full, words: c.clone() });
                }
                add(first, Payload::Name { who, part: Part::First, words: first.clone() });
                *first_name_count.entry(first.concat()).or_default() += 1;
                add_handle(format!("{}{}", first.concat(), last.concat()), who);
                add_handle(format!("{}{}", last.concat(), first.concat()), who);
                pupil_lookup.insert(format!("{} {}", first.join(" "), last.join(" ")), i as u32);
                pupil_lookup.insert(format!("{}{}", first.concat(), last.concat()), i as u32);
            }
            add(&last, Payload::Name { who, part: Part::Last, words: last.clone() });
            pupil_lookup.insert(p.upn.to_lowercase(), i as u32);
        }
        for (i, s) in ctx.staff.iter().enumerate() {
            let who = Who::Staff(i as u32);
            let first = name_words(&s.first_name);
            let last = name_words(&s.last_name);
            let full: Vec<String> = first.iter().chain(last.iter()).cloned().collect();
            add(&full, Payload::Name { who, part: Part::Full, words: full.clone() });
            add(&last, Payload::Name { who, part: Part::Last, words: last.clone() });
        }
        let mut school_names = vec![ctx.profile.name.clone()];
        school_names.extend(ctx.profile.aliases.iter().cloned());
        for n in school_names.iter().filter(|n| !n.trim().is_empty()) {
            let w = name_words(n);
            add(&w, Payload::Name { who: Who::School, part: Part::Full, words: w.clone() });
            // Run together in a hurry: "Hollygrove".
            if w.len() > 1 {
                let joined = vec![w.concat()];
                add(&joined, Payload::Name { who: Who::School, part: Part::Full, words: joined.clone() });
            }
            add_handle(w.concat(), Who::School);
        }
        // Whole-word patterns are found token by token through their first word; only the few
        // terms that match inside words need an automaton.
        let mut by_word: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        let mut by_pair: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        let mut by_phrase: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        let mut pattern_words: Vec<Vec<String>> = Vec::with_capacity(patterns.len());
        let mut affixes: Vec<Affix> = Vec::new();
        for (id, key) in patterns.iter().enumerate() {
            let words: Vec<String> = key.split(' ').map(str::to_owned).collect();
            match words.as_slice() {
                [w] => by_word.entry(word_hash(w.as_bytes())).or_default().push(id as u32),
                [a, b, rest @ ..] => {
                    let key = pair_hash(word_hash(a.as_bytes()), word_hash(b.as_bytes()));
                    let lens = by_pair.entry(key).or_default();
                    if let Err(at) = lens.binary_search(&(words.len() as u32)) {
                        lens.insert(at, words.len() as u32);
                    }
                    let key = rest.iter().fold(key, |k, w| pair_hash(k, word_hash(w.as_bytes())));
                    by_phrase.entry(key).or_default().push(id as u32);
                }
                [] => {}
            }
            pattern_words.push(words);
            let affix = payloads[id].iter().any(|p| match p {
                Payload::Lex(l) => {
                    let e = &lexicon.entries[*l as usize];
                    e.words.len() == 1 && (e.flags.prefix || e.flags.infix)
                }
                Payload::Name { .. } => false,
            });
            if affix && !key.contains(' ') {
                let infix = payloads[id].iter().any(|p| match p {
                    Payload::Lex(l) => lexicon.entries[*l as usize].flags.infix,
                    Payload::Name { .. } => false,
                });
                affixes.push(Affix { key: key.clone().into_bytes(), pattern: id as u32, infix });
            }
        }
        let affix_by_first = ByFirstByte::new(affixes.iter().map(|a| a.key.as_slice()));
        let affix_min = affixes.iter().map(|a| a.key.len()).min().unwrap_or(usize::MAX);
        let infix_min = affixes.iter().filter(|a| a.infix).map(|a| a.key.len()).min().unwrap_or(usize::MAX);
        let mut infix_first = [0u64; 4];
        for a in affixes.iter().filter(|a| a.infix) {
            if let Some(&b) = a.key.first() {
                infix_first[b as usize >> 6] |= 1 << (b & 63);
            }
        }
        let mut run_together: FxHashMap<String, bool> = FxHashMap::default();
        run_together.insert("people".into(), true);
        for e in lexicon.entries.iter().filter(|e| e.words.len() == 1) {
            let who = match e.kind {
                Kind::Cue(Cue::Identity) => true,
                Kind::Cue(Cue::Insult | Cue::Dehumanise) | Kind::Finding(Category::Discrimination, _) => {
                    false
                }
                _ => continue,
            };
            run_together.entry(e.words[0].clone()).or_insert(who);
        }
        let loose: Vec<bool> = payloads
            .iter()
            .map(|ps| {
                ps.iter().any(|p| matches!(p, Payload::Lex(l) if loose_entry(&lexicon.entries[*l as usize])))
            })
            .collect();
        let common: FxHashSet<String> =
            COMMON_WORDS.lines().filter(|l| !l.starts_with('#')).map(|w| dedup(w.trim()).0).collect();
        let mut typos: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        let mut typo_words: Vec<(Vec<u8>, u32)> = Vec::new();
        for (id, key) in patterns.iter().enumerate().filter(|(id, k)| loose[*id] && !k.contains(' ')) {
            for t in typos_of(key) {
                // A real word, or another term, is never read as a misspelling.
                if index.contains_key(&t) || common.contains(&t) || ORDINARY.contains(&t.as_str()) {
                    continue;
                }
                typos.entry(word_hash(t.as_bytes())).or_default().push(typo_words.len() as u32);
                typo_words.push((t.into_bytes(), id as u32));
            }
        }
        let handle_heads = Heads::new(handle_patterns.iter().map(String::as_str));
        let handle_ac = if handle_patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                    .build(&handle_patterns)
                    .map_err(|e| BuildError::Matcher(e.to_string()))?,
            )
        };
        let near_sigs = lexicon
            .entries
            .iter()
            .map(|e| e.not_near.iter().fold(0, |sig, w| sig | near_sig(w.as_bytes())))
            .collect();
        Ok(Engine {
            pii: PiiScanner::new(&ctx.profile),
            ctx,
            lexicon,
            by_word: WordIndex::new(by_word),
            by_pair: WordIndex::new(by_pair),
            by_phrase: WordIndex::new(by_phrase),
            pattern_words,
            affixes,
            affix_by_first,
            infix_first,
            affix_min,
            infix_min,
            payloads,
            handle_ac,
            handle_who,
            handle_heads,
            mask_index,
            first_name_count,
            common,
            pupil_lookup,
            ordinary: ORDINARY.iter().copied().collect(),
            typos: WordIndex::new(typos),
            typo_words,
            loose,
            run_on_by_first: ByFirstByte::new(RUN_ON_HEADS.iter().map(|h| h.as_bytes())),
            run_on_heads: RUN_ON_HEADS.iter().map(|h| dedup(h).0.into_bytes()).collect(),
            run_together,
            near_sigs,
        })
    }

    pub fn context(&self) -> &Context {
        &self.ctx
    }

    /// Checks one draft.
    pub fn check(&self, draft: &Draft) -> Result<Outcome, CheckError> {
        if draft.text.len() > MAX_TEXT {
            return Err(CheckError::TooLong(draft.text.len()));
        }
        if draft.images.len() > MAX_IMAGES {
            return Err(CheckError::TooManyImages);
        }
        // Working buffers are kept per thread between checks, so a check allocates little.
        Ok(SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => {
                let outcome = self.check_with(draft, &mut scratch);
                scratch.trim();
                outcome
            }
            Err(_) => self.check_with(draft, &mut Scratch::default()),
        }))
    }

    fn check_with(&self, draft: &Draft, scratch: &mut Scratch) -> Outcome {
        let original = draft.text.as_str();
        let mut folded = std::mem::take(&mut scratch.folded);
        fold_into(original, &mut folded);
        let is_upper = |o: usize| match folded.origin(o).and_then(|p| Some((p, *original.as_bytes().get(p)?)))
        {
            Some((_, b)) if b.is_ascii() => b.is_ascii_uppercase(),
            Some((p, _)) => original.get(p..).and_then(|r| r.chars().next()).is_some_and(char::is_uppercase),
            None => false,
        };
        let mut tokens = std::mem::take(&mut scratch.tokens);
        tokenize_into(&folded.text, &is_upper, &mut tokens, &mut scratch.chars);
        self.split_run_together(&mut tokens);
        let mut marks = std::mem::take(&mut scratch.marks);
        marks.clear();
        let mut scan = Scan { text: &folded.text, tokens: &tokens, marks, raw: Vec::new() };
        self.match_terms(&mut scan, scratch);
        self.pii.scan(&folded.text, &tokens, &mut scan.raw);
        let mut findings = Vec::new();
        self.apply_rules(&scan, draft, &mut findings);
        self.check_images(draft, &mut findings);
        scratch.marks = scan.marks;
        scratch.tokens = tokens;
        let outcome = self.finish(draft, original, &folded, findings);
        scratch.folded = folded;
        outcome
    }

    /// "Womenaretrash", "Muslimsareevil": a group and what is said of it, run together round
    /// "are" or "is", become three words.
    fn split_run_together(&self, tokens: &mut Vec<Token>) {
        let mut i = 0;
        while i < tokens.len() {
            let w = tokens[i].word.as_str();
            if tokens[i].kind == TokKind::Word && w.len() >= 9 {
                // A plain byte scan: a searcher's set-up costs more than these short words.
                let b = w.as_bytes();
                let cut = (3..b.len() - 5).find_map(|p| {
                    let q = match &b[p..p + 3] {
                        [b'a', b'r', b'e'] => p + 3,
                        [b'i', b's', _] => p + 2,
                        _ => return None,
                    };
                    (b.len() - q >= 3
                        && self.run_together.get(&w[..p]) == Some(&true)
                        && self.run_together.get(&w[q..]) == Some(&false))
                    .then_some((p, q))
                });
                if let Some((p, q)) = cut {
                    if split_token(tokens, i, &[p, q]) {
                        i += 2;
                    }
                }
            }
            i += 1;
        }
    }

    fn match_terms(&self, scan: &mut Scan, scratch: &mut Scratch) {
        let tokens = scan.tokens;
        // Each word's de-duplicated form ("fuuuck" → "fuck"); e-mails and links stand for nothing.
        let Scratch { buf, ranges, hashes, affix, loose_hits, ids, .. } = scratch;
        buf.clear();
        ranges.clear();
        for t in tokens {
            let from = buf.len();
            match t.kind {
                TokKind::Email | TokKind::Url => buf.push(1),
                _ if t.word.is_ascii() => {
                    let w = t.word.as_bytes();
                    // Most words have no letter twice in a row: copy them whole.
                    if w.windows(2).all(|p| p[0] != p[1]) {
                        buf.extend_from_slice(w);
                    } else {
                        let mut prev = 0u8;
                        for &b in w {
                            if b != prev {
                                buf.push(b);
                            }
                            prev = b;
                        }
                    }
                }
                _ => {
                    let mut prev = None;
                    for c in t.word.chars() {
                        if Some(c) != prev {
                            buf.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                        }
                        prev = Some(c);
                    }
                }
            }
            ranges.push((from, buf.len()));
            // No term contains NUL, so the automaton below never matches across words.
            buf.push(0);
        }
        let dw = |i: usize| &buf[ranges[i].0..ranges[i].1];
        // A phrase runs on only within a sentence and not into a word built from single letters.
        let runs_on = |i: usize| tokens[i].sentence == tokens[i - 1].sentence && !tokens[i].joined;
        let mut hit = |pattern: usize, first: usize, last: usize, whole: bool, at_start: bool, at: u32| {
            // Every name payload of a pattern has the pattern's words: compare them once.
            let mut name_fits: Option<bool> = None;
            for p in &self.payloads[pattern] {
                match p {
                    Payload::Lex(id) => {
                        let e = &self.lexicon.entries[*id as usize];
                        let single = e.words.len() == 1 && first == last;
                        let ok = if whole {
                            runs_cover(&tokens[first..=last], &e.words)
                                || (single
                                    && loose_entry(e)
                                    && covers_but_one(&tokens[first].word, &e.words[0]))
                        } else {
                            single
                                && (e.flags.infix || (e.flags.prefix && at_start))
                                && covers_at(&tokens[first].word, at as usize, &e.words[0])
                        };
                        if ok && !self.excepted(*id, tokens, first, last) {
                            scan.marks.push(Mark { first, last, what: What::Lex(*id) });
                        }
                    }
                    Payload::Name { who, part, words } => {
                        let fits = *name_fits.get_or_insert_with(|| {
                            whole
                                && tokens[first..=last]
                                    .iter()
                                    .zip(words)
                                    .all(|(t, w)| t.word.as_str() == w.as_str() || t.plain() == w.as_str())
                        });
                        if fits {
                            scan.marks.push(Mark { first, last, what: What::Name(*who, *part) });
                        }
                    }
                }
            }
        };
        // Prefix and infix terms, in one pass over all the words, in the order each word's own
        // pass would give them.
        affix.clear();
        for (i, &(from, to)) in ranges.iter().enumerate() {
            let word = &buf[from..to];
            // A term matching the whole word is not an affix: shorter words hold none.
            if word.len() <= self.affix_min {
                continue;
            }
            let found = affix.len();
            // The start, then the places an infix term could begin and still fit.
            let inner = word.len().saturating_sub(self.infix_min) + 1;
            for p in 0..inner.max(1) {
                let b = word[p];
                if p > 0 && self.infix_first[b as usize >> 6] & (1 << (b & 63)) == 0 {
                    continue;
                }
                for &k in self.affix_by_first.get(b) {
                    let a = &self.affixes[k as usize];
                    if (p > 0 && !a.infix) || !word[p..].starts_with(&a.key) {
                        continue;
                    }
                    if p == 0 && a.key.len() == word.len() {
                        continue;
                    }
                    // Characters, not bytes: count the bytes that start one.
                    let at = word[..p].iter().filter(|&&b| (b as i8) >= -0x40).count() as u32;
                    affix.push((i, a.pattern, p == 0, at, p + a.key.len()));
                }
            }
            // In the order of where each term ends, as a scan of the word would find them.
            affix[found..].sort_by_key(|a| a.4);
        }
        hashes.clear();
        hashes.extend((0..tokens.len()).map(|i| word_hash(dw(i))));
        let mut next_affix = 0;
        loose_hits.clear();
        for i in 0..tokens.len() {
            while let Some(&(k, id, at_start, at, _)) = affix.get(next_affix).filter(|a| a.0 == i) {
                hit(id as usize, k, k, false, at_start, at);
                next_affix += 1;
            }
            let w = dw(i);
            if w.is_empty() {
                continue;
            }
            let mut found = false;
            for &id in self.by_word.get(hashes[i]) {
                if self.pattern_words[id as usize][0].as_bytes() == w {
                    hit(id as usize, i, i, true, true, 0);
                    found = true;
                }
            }
            if !found && w.len() >= 4 && tokens[i].kind == TokKind::Word && !tokens[i].masked {
                loose_hits.push(i);
            }
            if i + 1 < tokens.len() && runs_on(i + 1) {
                let mut key = pair_hash(hashes[i], hashes[i + 1]);
                let mut len = 2;
                for &want in self.by_pair.get(key) {
                    // Lengths come in order: extend the phrase's hash word by word.
                    while len < want as usize && i + len < tokens.len() && runs_on(i + len) {
                        key = pair_hash(key, hashes[i + len]);
                        len += 1;
                    }
                    if len < want as usize {
                        break;
                    }
                    for &id in self.by_phrase.get(key) {
                        let pw = &self.pattern_words[id as usize];
                        if pw.len() == len && pw.iter().enumerate().all(|(k, p)| dw(i + k) == p.as_bytes()) {
                            hit(id as usize, i, i + len - 1, true, true, 0);
                        }
                    }
                }
            }
        }
        // Misspelt terms ("disguting") and terms run on from a leading word ("Ihate").
        for &i in loose_hits.iter() {
            let w = &buf[ranges[i].0..ranges[i].1];
            ids.clear();
            ids.extend(self.typos.get(hashes[i]).iter().filter_map(|&t| {
                let (word, id) = &self.typo_words[t as usize];
                (word.as_slice() == w).then_some(*id)
            }));
            if ids.is_empty() && w.len() >= 5 {
                for head in self.run_on_by_first.get(w[0]).iter().map(|&k| &self.run_on_heads[k as usize]) {
                    if w.len() < head.len() + 4 {
                        continue;
                    }
                    let Some(rest) = w.strip_prefix(head.as_slice()).filter(|r| r.len() >= 4) else {
                        continue;
                    };
                    let key = word_hash(rest);
                    ids.extend(self.by_word.get(key).iter().copied().filter(|&id| {
                        self.loose[id as usize] && self.pattern_words[id as usize][0].as_bytes() == rest
                    }));
                }
            }
            for &id in ids.iter() {
                for p in &self.payloads[id as usize] {
                    if let Payload::Lex(l) = p {
                        let e = &self.lexicon.entries[*l as usize];
                        if loose_entry(e) && !self.excepted(*l, tokens, i, i) {
                            scan.marks.push(Mark { first: i, last: i, what: What::Lex(*l) });
                        }
                    }
                }
            }
        }
        // Masked words: f*ck, s**t.
        for (i, t) in tokens.iter().enumerate() {
            if t.masked && t.word.chars().any(|c| c != '*') {
                let n = t.word.chars().count();
                // Same length (f*ck), or a masked stem with an ending (f*cking).
                let fits = |id: u32, len: usize| {
                    let e = &self.lexicon.entries[id as usize];
                    (len == n || e.flags.prefix)
                        && t.word
                            .chars()
                            .zip(e.words[0].chars())
                            .enumerate()
                            .all(|(k, (a, b))| a == b || (a == '*' && k > 0))
                };
                let found = (3..=n)
                    .rev()
                    .find_map(|len| self.mask_index.get(&len)?.iter().copied().find(|&id| fits(id, len)));
                if let Some(id) = found {
                    scan.marks.push(Mark { first: i, last: i, what: What::Lex(id) });
                }
            }
        }
        // Names run together in handles and hashtags: @jacksmith07, #HollyGroveSchool.
        if let Some(hac) = &self.handle_ac {
            for (i, t) in tokens.iter().enumerate() {
                if (t.kind == TokKind::Handle
                    || t.kind == TokKind::Email
                    || (t.kind == TokKind::Word && t.plain().len() >= 8))
                    && t.plain().len() >= 5
                {
                    let hay: Cow<str> = if t.kind == TokKind::Email {
                        t.word.split('@').next().unwrap_or("").replace(['.', '_', '-'], "").into()
                    } else {
                        Cow::Borrowed(t.plain())
                    };
                    if !self.handle_heads.any_in(hay.as_bytes()) {
                        continue;
                    }
                    for m in hac.find_overlapping_iter(hay.as_ref()) {
                        for who in &self.handle_who[m.pattern().as_usize()] {
                            scan.marks.push(Mark { first: i, last: i, what: What::Name(*who, Part::Full) });
                        }
                    }
                }
            }
        }
        // A word joined from single letters ("d i s g u s t i n g") is listed after all the others;
        // its marks take the letters' place, so rules see it where it was written.
        let plain = tokens.iter().position(|t| t.joined).unwrap_or(tokens.len());
        for m in scan.marks.iter_mut().filter(|m| m.first >= plain) {
            let j = &tokens[m.first];
            let first = tokens[..plain].partition_point(|t| t.start < j.start);
            let last = tokens[..plain].partition_point(|t| t.end <= j.end);
            if first < last {
                (m.first, m.last) = (first, last - 1);
            }
        }
        scan.marks.sort_by_key(|m| (m.first, m.last));
    }

    fn excepted(&self, id: u32, tokens: &[Token], first: usize, last: usize) -> bool {
        let e = &self.lexicon.entries[id as usize];
        // Most rows have no exceptions.
        if e.not_before.is_empty() && e.not_after.is_empty() && e.not_word.is_empty() && e.not_near.is_empty()
        {
            return false;
        }
        let prev = first
            .checked_sub(1)
            .map(|k| &tokens[k])
            .filter(|t| t.sentence == tokens[first].sentence && !t.joined);
        let next = tokens.get(last + 1).filter(|t| t.sentence == tokens[last].sentence && !t.joined);
        if prev.is_some_and(|p| e.not_before.iter().any(|w| w.as_str() == p.word.as_str())) {
            return true;
        }
        if next.is_some_and(|n| e.not_after.iter().any(|w| w.as_str() == n.word.as_str())) {
            return true;
        }
        if first == last && e.not_word.iter().any(|w| *w == tokens[first].word) {
            return true;
        }
        // Words anywhere in the sentence: "faggots in gravy", "a bitch and her puppies".
        if e.not_near.is_empty() {
            return false;
        }
        let sentence = tokens[first].sentence;
        let sig = self.near_sigs[id as usize];
        let near =
            |t: &Token| near_sig(t.word.as_bytes()) & sig != 0 && e.not_near.iter().any(|w| *w == t.word);
        tokens[..first].iter().rev().take_while(|t| t.sentence == sentence && !t.joined).any(near)
            || tokens[first..].iter().take_while(|t| t.sentence == sentence && !t.joined).any(near)
    }
}

/// The token's repeated letters must cover the term's (`fuuuck` covers `fuck`; `as` does not cover `ass`).
fn runs_cover(tokens: &[Token], words: &[String]) -> bool {
    tokens.len() == words.len() && tokens.iter().zip(words).all(|(t, w)| covers(&t.word, w))
}

/// A term found inside the de-duplicated word, `at` letters in, must have its repeated letters in
/// the word too: `nigg` is not in `night`, `fuck` is in `fuuucking`.
fn covers_at(word: &str, at: usize, term: &str) -> bool {
    let mut runs = Runs(word.chars().peekable()).skip(at);
    Runs(term.chars().peekable()).all(|(c, n)| runs.next().is_some_and(|(d, m)| c == d && m >= n))
}

/// A word's runs of the same letter, with their lengths.
struct Runs<I: Iterator<Item = char>>(std::iter::Peekable<I>);

impl<I: Iterator<Item = char>> Iterator for Runs<I> {
    type Item = (char, usize);
    fn next(&mut self) -> Option<(char, usize)> {
        let c = self.0.next()?;
        let mut n = 1;
        while self.0.next_if_eq(&c).is_some() {
            n += 1;
        }
        Some((c, n))
    }
}

/// A long term typed with one of its doubled letters single: "worthles", "imigrants".
fn covers_but_one(word: &str, term: &str) -> bool {
    if term.len() < 7 {
        return false;
    }
    let mut a = Runs(word.chars().peekable());
    let mut b = Runs(term.chars().peekable());
    let mut short = 0;
    loop {
        match (a.next(), b.next()) {
            (None, None) => return short == 1,
            (Some((x, na)), Some((y, nb))) if x == y && na + 1 >= nb => short += nb - na.min(nb),
            _ => return false,
        }
    }
}

/// Walks both words run by run without allocating.
fn covers(word: &str, term: &str) -> bool {
    if word == term {
        return true;
    }
    let mut a = Runs(word.chars().peekable());
    let mut b = Runs(term.chars().peekable());
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some((x, na)), Some((y, nb))) if x == y && na >= nb => {}
            _ => return false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum What {
    Lex(u32),
    Name(Who, Part),
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    first: usize,
    last: usize,
    what: What,
}

struct Scan<'a> {
    /// The folded text the tokens' spans index.
    text: &'a str,
    tokens: &'a [Token],
    marks: Vec<Mark>,
    raw: Vec<Hit>,
}

/// A finding before decisions, in folded offsets.
struct Pre {
    category: Category,
    severity: Severity,
    start: usize,
    end: usize,
    detail: Option<Cow<'static, str>>,
    clause: Option<ClauseRef>,
    /// Message and fix in place of the category's, when a setting asks something different.
    say: Option<(&'static str, &'static str)>,
}

/// One sentence's marks, with the cue look-ups rules need.
struct Sentence<'a> {
    tokens: &'a [Token],
    marks: &'a [(Mark, Option<&'a Entry>)],
    first_tok: usize,
    last_tok: usize,
    /// One bit per cue present, so rules whose cues are absent cost nothing.
    present: u64,
}

fn cue_bit(c: Cue) -> u64 {
    1u64 << (c as u32)
}

impl<'a> Sentence<'a> {
    fn cues(&self, c: Cue) -> impl Iterator<Item = &Mark> + '_ {
        let marks: &[(Mark, Option<&Entry>)] = if self.present & cue_bit(c) != 0 { self.marks } else { &[] };
        marks.iter().filter(move |(_, e)| e.is_some_and(|e| e.kind == Kind::Cue(c))).map(|(m, _)| m)
    }
    fn has(&self, c: Cue) -> bool {
        self.present & cue_bit(c) != 0
    }
    /// Any of `words` in the sentence.
    fn has_word(&self, words: &[&str]) -> bool {
        (self.first_tok..=self.last_tok).any(|k| words.contains(&self.word(k)))
    }
    /// A cue that ends within `window` tokens before token `at`.
    fn cue_before(&self, c: Cue, at: usize, window: usize) -> Option<&Mark> {
        self.cues(c).filter(|m| m.last < at && at - m.last <= window).last()
    }
    /// A cue that starts within `window` tokens after token `at`.
    fn cue_after(&self, c: Cue, at: usize, window: usize) -> Option<&Mark> {
        self.cues(c).find(|m| m.first > at && m.first - at <= window)
    }
    fn negated_between(&self, a: usize, b: usize) -> bool {
        // "nothing but animals", "no better than rats" strengthen rather than negate.
        self.cues(Cue::Negation).any(|m| {
            m.first > a && m.last < b && !matches!(self.word(m.last + 1), "but" | "better" | "more" | "less")
        })
    }
    /// "after school", "at school": a time or a place, not the school being described.
    fn is_place(&self, m: &Mark) -> bool {
        m.first == m.last
            && m.first > self.first_tok
            && self.word(m.first) == "school"
            && matches!(self.word(m.first - 1), "after" | "before" | "at" | "to" | "from" | "in" | "outside")
    }
    fn names(&self) -> impl Iterator<Item = (&Mark, Who, Part)> + '_ {
        self.marks.iter().filter_map(|(m, _)| match m.what {
            What::Name(w, p) => Some((m, w, p)),
            _ => None,
        })
    }
    /// The first word after any handles the sentence opens with ("@jack you idiot").
    fn opening(&self) -> usize {
        (self.first_tok..=self.last_tok)
            .find(|&k| self.tokens[k].kind != TokKind::Handle)
            .unwrap_or(self.first_tok)
    }
    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map(|t| t.word.as_str()).unwrap_or("")
    }
    /// "a pathetic excuse for a teacher": the insult at `at` is about what follows.
    fn excuse_for(&self, at: usize) -> bool {
        self.word(at + 1) == "excuse" && matches!(self.word(at + 2), "for" | "of")
    }

    /// Counter-speech: the sentence denounces what it quotes or reports.
    fn counter_speech(&self) -> bool {
        let quoted = || self.tokens[self.first_tok..=self.last_tok].iter().any(|t| t.quoted);
        self.has(Cue::Counter) && (self.has(Cue::Reporting) || quoted())
    }
    /// "When he said \"I hate Muslims\" everyone walked out": someone else's words, quoted and
    /// not agreed with. Only hate at a group is let pass so: swearing quoted is still swearing.
    fn reported_by_another(&self) -> bool {
        self.cues(Cue::Reporting).any(|r| {
            r.first > self.first_tok
                && matches!(
                    self.word(r.first - 1),
                    "he" | "she"
                        | "they"
                        | "someone"
                        | "somebody"
                        | "man"
                        | "woman"
                        | "boy"
                        | "girl"
                        | "people"
                        | "who"
                        | "others"
                )
                && self.tokens.get(r.last + 1).is_some_and(|t| t.quoted)
        }) && !self.has_word(&["right", "true", "agree", "agreed", "exactly", "correct", "spot"])
    }
}

/// Words that make a confidential matter about someone at the school.
const SOMEONE_AT_SCHOOL: [&str; 24] = [
    "head",
    "lad",
    "lass",
    "teachers",
    "department",
    "dept",
    "deputy",
    "teacher",
    "headteacher",
    "caretaker",
    "receptionist",
    "colleague",
    "staff",
    "ta",
    "tas",
    "assistant",
    "governor",
    "pupil",
    "boy",
    "girl",
    "boys",
    "girls",
    "child",
    "student",
];

/// Things a school calls off or suspends, unlike people.
const CALLED_OFF: [&str; 31] = [
    "trip",
    "trips",
    "match",
    "matches",
    "club",
    "clubs",
    "lessons",
    "lesson",
    "fixture",
    "fixtures",
    "game",
    "games",
    "event",
    "events",
    "service",
    "session",
    "sessions",
    "swimming",
    "practice",
    "training",
    "bus",
    "route",
    "play",
    "production",
    "performance",
    "concert",
    "disco",
    "fair",
    "sale",
    "visit",
    "visits",
];

/// Swearing that strengthens an insult rather than being a verb of its own.
const INTENSIFIERS: [&str; 11] = [
    "fucking", "fuckin", "effing", "frigging", "friggin", "flipping", "freaking", "bloody", "feckin",
    "fecking", "flaming",
];

/// Insults more often said of a thing than a person: "what a joke", "summer is a joke".
const VERDICTS_ON_THINGS: [&str; 6] = ["joke", "jokes", "disgrace", "shambles", "farce", "embarrassment"];

const COPULA: [&str; 9] = ["is", "are", "was", "were", "be", "being", "im", "am", "s"];

/// "he's", "she's", "they're" with the apostrophe dropped: a subject carrying its own verb.
const SUBJECT_WITH_VERB: [&str; 3] = ["hes", "shes", "theyre"];

/// Insults that only ever name a person, so "this idiot" or "Bono is a moron" is about someone.
fn person_insult(w: &str) -> bool {
    matches!(
        w,
        "idiot"
            | "moron"
            | "loser"
            | "fatso"
            | "freak"
            | "weirdo"
            | "dumbass"
            | "clown"
            | "slag"
            | "slut"
            | "whore"
            | "skank"
            | "dickhead"
            | "prick"
            | "twat"
            | "retard"
            | "spastic"
            | "spaz"
            | "mong"
            | "nonce"
            | "minger"
            | "lardass"
            | "creep"
            | "pervert"
            | "perv"
            | "coward"
            | "wimp"
            | "crybaby"
            | "muppet"
            | "numpty"
            | "plonker"
            | "div"
            | "dweeb"
            | "dork"
            | "sket"
            | "bellend"
            | "knobhead"
            | "wanker"
            | "tosser"
            | "cunt"
            | "bastard"
            | "arsehole"
            | "asshole"
            | "shithead"
            | "dipshit"
            | "imbecile"
            | "cretin"
            | "halfwit"
            | "simpleton"
            | "buffoon"
            | "dunce"
            | "liar"
            | "fool"
            | "hypocrite"
            | "nitwit"
            | "dimwit"
            | "pillock"
            | "lowlife"
            | "dipstick"
            | "twit"
            | "ignoramus"
            | "jerk"
            | "brat"
            | "paedo"
            | "pedo"
            | "scumbag"
            | "chav"
            | "scrounger"
            | "thug"
            | "scrote"
            | "prat"
            | "lunatic"
            | "nutjob"
            | "nutcase"
            | "nutter"
            | "psycho"
            | "crook"
            | "phony"
            | "phoney"
            | "bigot"
            | "douchebag"
            | "jackass"
            | "dumbo"
    )
}

/// Animals that are insults only with a slur before them: "Stupid cow." but "that cow" on a farm.
fn animal_insult(w: &str) -> bool {
    matches!(w, "cow" | "pig" | "snake" | "rat" | "donkey")
}

/// Words that can stand between a determiner and the insult: "such a stupid, lying idiot".
fn insult_modifier(w: &str) -> bool {
    matches!(
        w,
        "absolute"
            | "total"
            | "complete"
            | "utter"
            | "right"
            | "real"
            | "proper"
            | "massive"
            | "big"
            | "little"
            | "fat"
            | "ugly"
            | "lying"
            | "delusional"
            | "silly"
            | "stupid"
            | "dumb"
            | "thick"
            | "sad"
            | "pathetic"
            | "ignorant"
            | "arrogant"
            | "smug"
            | "spoilt"
            | "spoiled"
            | "useless"
            | "worthless"
            | "disgusting"
            | "filthy"
            | "dirty"
            | "old"
            | "nasty"
            | "vile"
            | "evil"
            | "deranged"
            | "bloody"
            | "fucking"
            | "damn"
            | "lazy"
            | "crazy"
    )
}

/// "this idiot", "block the idiot.", "Bono is an idiot", "This woman is a moron", "Stupid cow.":
/// an insult that names one person, who need not be on the roster.
fn one_person_insulted(s: &Sentence, at: usize) -> bool {
    let w = s.word(at);
    let opening = s.opening();
    // "Stupid woman.", "Pathetic man!": said to someone.
    if at == opening
        && at < s.last_tok
        && (at + 1 == s.last_tok || s.word(at + 2) == "and")
        && insult_modifier(w)
        && matches!(s.word(at + 1), "woman" | "man" | "girl" | "boy" | "bloke" | "child" | "kid" | "person")
    {
        return true;
    }
    let animal = animal_insult(w);
    // "MJ is a clown show", "bring that freak out": the word is not the person.
    if !(person_insult(w) || animal)
        || s.tokens[at].possessive
        || (at < s.last_tok
            && matches!(
                s.word(at + 1),
                "out" | "outta" | "show" | "shows" | "costume" | "costumes" | "car" | "mask"
            ))
    {
        return false;
    }
    let modifier = |k: usize| insult_modifier(s.word(k)) || INTENSIFIERS.contains(&s.word(k));
    let mut k = at;
    while k > s.first_tok && at - k < 3 && modifier(k - 1) {
        k -= 1;
    }
    let ends = at == s.last_tok || matches!(s.word(at + 1), "and" | "who" | "lol" | "lmao");
    // "Stupid cow.", "Delusional idiot and the traitor!": a slur said to someone.
    if k == opening && k < at && ends {
        return true;
    }
    if animal || k == s.first_tok {
        return false;
    }
    let before = s.word(k - 1);
    // "this idiot", "that twat"; "the idiot" only at the end or before "who" ("playing the fool").
    // "Suddenly I'm the weirdo": said of oneself.
    let after_verb =
        k >= s.first_tok + 2 && matches!(s.word(k - 2), "im" | "i" | "am" | "is" | "was" | "s" | "be");
    if (matches!(before, "this" | "that") && w != "clown")
        || (before == "the" && ends && w != "fool" && w != "clown" && k == at && !after_verb)
    {
        return true;
    }
    if !matches!(before, "a" | "an") || k < s.first_tok + 2 {
        return false;
    }
    // "Bono is an idiot", "this president is such a idiot"; not "there is a bully" or "is not".
    let mut c = k - 2;
    while c > s.first_tok
        && matches!(s.word(c), "such" | "just" | "really" | "clearly" | "obviously" | "truly")
    {
        c -= 1;
    }
    c > s.first_tok
        && matches!(s.word(c), "is" | "was" | "s")
        && !matches!(
            s.word(c - 1),
            "there" | "it" | "this" | "that" | "what" | "which" | "who" | "i" | "theres"
        )
}

/// Secrecy someone else asked for: "he said don't tell anyone", "she told me not to tell anyone",
/// "he dont tell anyone".
fn reported_secrecy(s: &Sentence, m: &Mark) -> bool {
    (s.first_tok..m.first).any(|k| {
        matches!(s.word(k), "said" | "says" | "told" | "tells" | "saying" | "promise" | "promised" | "swear")
    }) || s.cue_before(Cue::ThirdPerson, m.first, 2).is_some()
}

impl Engine {
    fn apply_rules(&self, scan: &Scan, draft: &Draft, out: &mut Vec<Pre>) {
        let tokens = scan.tokens;
        for h in &scan.raw {
            out.push(Pre {
                category: h.category,
                severity: h.severity,
                start: h.start,
                end: h.end,
                detail: Some(h.detail.into()),
                clause: None,
                say: None,
            });
        }
        if tokens.is_empty() {
            return;
        }
        // Group marks by sentence.
        let n_sent = tokens.iter().map(|t| t.sentence).max().unwrap_or(0) as usize + 1;
        // One sorted list of marks; each sentence borrows its slice.
        let mut all: Vec<(Mark, Option<&Entry>)> = scan
            .marks
            .iter()
            .map(|m| {
                let e = match m.what {
                    What::Lex(id) => Some(&self.lexicon.entries[id as usize]),
                    What::Name(..) => None,
                };
                (*m, e)
            })
            .collect();
        all.sort_by_key(|(m, _)| (tokens[m.first].sentence, m.first, m.last));
        let mut bounds = vec![(usize::MAX, 0usize); n_sent];
        for (i, t) in tokens.iter().enumerate().filter(|(_, t)| !t.joined) {
            let b = &mut bounds[t.sentence as usize];
            b.0 = b.0.min(i);
            b.1 = b.1.max(i);
        }
        let mut sentences: Vec<Sentence> = Vec::with_capacity(n_sent);
        let mut k = 0;
        for (si, &(first_tok, last_tok)) in bounds.iter().enumerate() {
            let from = k;
            while k < all.len() && tokens[all[k].0.first].sentence as usize == si {
                k += 1;
            }
            let marks = &all[from..k];
            let present = marks.iter().fold(0u64, |acc, (_, e)| match e.map(|e| e.kind) {
                Some(Kind::Cue(c)) => acc | cue_bit(c),
                _ => acc,
            });
            sentences.push(Sentence { tokens, marks, first_tok, last_tok, present });
        }
        let span = |a: usize, b: usize| (tokens[a].start, tokens[b].end);
        let received = draft.is_received();
        let public = draft.channel != Channel::Message;
        let whole_text_disclaimer = sentences.iter().any(|s| s.has(Cue::Disclaimer));
        // An insult or a grievance is a view as much as "I think" is.
        let whole_text_view = sentences.iter().any(|s| {
            s.has(Cue::Opinion) || s.has(Cue::Insult) || s.has(Cue::Dehumanise) || s.has(Cue::Grievance)
        }) || scan.marks.iter().any(|m| match m.what {
            // A sneer listed whole ("think we're a free babysitting service") is a view too.
            What::Lex(id) => matches!(
                self.lexicon.entries[id as usize].kind,
                Kind::Finding(Category::Derogatory | Category::Discrimination, _)
            ),
            _ => false,
        });
        let mut disclaimer_done = false;
        // Findings worded by the adopted policy's settings rather than the category's row.
        let mut worded: Vec<Pre> = Vec::new();
        let mut last_sentence: Option<&Sentence> = None;
        for (si, s) in sentences.iter().enumerate().filter(|(_, s)| s.first_tok != usize::MAX) {
            let prev_sentence = last_sentence.replace(s);
            let next_sentence = sentences[si + 1..].iter().find(|x| x.first_tok != usize::MAX);
            // "shouldn't be allowed to teach children" is about teaching, not a lesson.
            // "teach him a lesson he won't forget" is a threat, not a lesson.
            let teaching = s.cues(Cue::Teaching).any(|m| {
                // "mrtaylor_teach" is a username, not a lesson.
                let in_username = tokens[m.first].start > 0
                    && scan.text.as_bytes().get(tokens[m.first].start - 1) == Some(&b'_');
                // "the kids I teach are thick": the people taught, not a lesson.
                let whom = m.first >= 2
                    && matches!(s.word(m.first - 1), "i" | "we")
                    && s.cues(Cue::PeopleEntity).chain(s.cues(Cue::PupilRef)).any(|p| p.last + 2 == m.first);
                // "I teach Year 6 maths": the writer's job, not a lesson about anything.
                let job = m.first == m.last
                    && m.first > s.first_tok
                    && s.word(m.first) == "teach"
                    && s.word(m.first - 1) == "i"
                    && s.cue_after(Cue::PupilRef, m.last, 1).is_some()
                    && !(m.last + 1..=s.last_tok).any(|k| {
                        matches!(s.word(k), "about" | "how" | "what" | "why" | "when" | "not" | "never" | "to")
                    });
                !in_username
                    && !whom
                    && !job
                    && !(m.first.saturating_sub(3)..m.first)
                        .any(|k| matches!(s.word(k), "allowed" | "banned" | "let"))
                    && !s.cues(Cue::ThreatPhrase).any(|t| t.first <= m.first && m.last <= t.last)
                    // "teach them all a lesson", from either end.
                    && !(m.last + 1..=m.last + 3).any(|k| s.word(k) == "a" && s.word(k + 1) == "lesson")
                    && !(s.word(m.first) == "lesson"
                        && m.first > 0
                        && s.word(m.first - 1) == "a"
                        && (m.first.saturating_sub(5)..m.first).any(|k| matches!(s.word(k), "teach" | "taught")))
            });
            // "\"Muslims are scum\"? Shame on you.": a quotation answered in the next sentence.
            let counter = s.counter_speech()
                || (s.tokens[s.first_tok..=s.last_tok].iter().all(|t| t.quoted)
                    && next_sentence.is_some_and(|n| n.has(Cue::Counter)));
            let mut push = |cat: Category,
                            sev: Severity,
                            a: usize,
                            b: usize,
                            detail: Option<Cow<'static, str>>,
                            clause: Option<ClauseRef>| {
                let (st, en) = span(a, b);
                out.push(Pre { category: cat, severity: sev, start: st, end: en, detail, clause, say: None });
            };
            // A. Terms that are findings by themselves.
            for (m, e) in s.marks {
                let Some(e) = e else { continue };
                let Kind::Finding(cat, sev) = e.kind else { continue };
                if (e.flags.teaching && teaching) || ((e.flags.counter || cat.is_conduct()) && counter) {
                    continue;
                }
                if cat.is_conduct() && tokens[m.first].quoted && s.has(Cue::Counter) {
                    continue;
                }
                // A pupil asking staff to keep their own disclosure quiet ("I've been cutting,
                // please don't tell anyone", "my stepdad hits me when he's drunk, please don't
                // tell anyone") is not being groomed; "it's our secret", "don't tell your mum"
                // and "he said don't tell anyone" still are. "If you tell anyone
                // I'll batter you" from a pupil is a peer's threat, reported as one.
                if cat == Category::Grooming
                    && draft.author == Author::Pupil
                    && e.words.iter().any(|w| matches!(w.as_str(), "tell" | "secret"))
                    && (e.words[0] == "if"
                        || (!e
                            .words
                            .iter()
                            .any(|w| matches!(w.as_str(), "your" | "ur" | "our" | "you" | "u"))
                            && (s.first_tok..=s.last_tok)
                                .any(|k| matches!(s.word(k), "i" | "im" | "ive" | "me" | "my"))
                            && !reported_secrecy(s, m)))
                {
                    continue;
                }
                // "Keep this between us, but Mr Taylor has been suspended": a member of staff
                // passing on confidential news, reported as that, not grooming.
                if cat == Category::Grooming
                    && draft.author.is_school_side()
                    && s.cues(Cue::Confidential).any(|c| c.last < m.first || c.first > m.last)
                    && e.words.iter().any(|w| matches!(w.as_str(), "tell" | "secret" | "between"))
                {
                    continue;
                }
                // "Send me a photo of your child's costume", "… of the form", "… for the
                // newsletter": a photo of a thing, not of the reader.
                if cat == Category::Grooming
                    && e.words.last().is_some_and(|w| {
                        matches!(w.as_str(), "pic" | "pics" | "picture" | "pictures" | "photo" | "photos")
                    })
                    && m.last < s.last_tok
                    && match s.word(m.last + 1) {
                        "for" => true,
                        "of" => match s.word((m.last + 2).min(s.last_tok)) {
                            "you" | "yourself" | "u" | "urself" | "yourselves" | "ya" => false,
                            "your" | "ur" => matches!(
                                s.word((m.last + 3).min(s.last_tok)),
                                "child"
                                    | "childs"
                                    | "son"
                                    | "sons"
                                    | "daughter"
                                    | "daughters"
                                    | "kids"
                                    | "form"
                                    | "homework"
                                    | "project"
                                    | "work"
                                    | "artwork"
                                    | "costume"
                            ),
                            _ => m.last + 2 <= s.last_tok,
                        },
                        _ => false,
                    }
                {
                    continue;
                }
                // Reclaimed terms: "I'm a proud dyke", "as a queer woman".
                if cat == Category::Discrimination
                    && (m.first.saturating_sub(3)..m.first)
                        .any(|k| matches!(s.word(k), "im" | "am" | "proud" | "as"))
                    && (m.first.saturating_sub(4)..m.first)
                        .any(|k| matches!(s.word(k), "i" | "im" | "as" | "we"))
                {
                    continue;
                }
                // "Grace O'Neil's mum is a nightmare, what a family" from a pupil or the public is
                // aimed at people, so it is bullying; from staff it stays derogatory about parents.
                let (cat, sev) = if cat == Category::Derogatory
                    && !draft.author.is_school_side()
                    && self.named_family(s, m.first)
                {
                    (Category::Bullying, Severity::High)
                } else {
                    (cat, sev)
                };
                push(cat, sev, m.first, m.last, None, None);
                // Swearing at someone is also bullying.
                if cat == Category::Profanity && sev >= Severity::High {
                    if let Some(y) = s.cue_after(Cue::SecondPerson, m.last, 1) {
                        push(
                            Category::Bullying,
                            Severity::Medium,
                            m.first,
                            y.last,
                            Some("swearing at someone".into()),
                            None,
                        );
                    }
                }
            }
            if counter {
                continue;
            }
            // B. Bullying.
            // "Told the Year 9s their behaviour was a disgrace. They were feral.": "they" opening
            // the sentence after one about the school's people is those people.
            let they_from_before = matches!(s.word(s.first_tok), "they" | "theyre")
                && prev_sentence.is_some_and(|p| {
                    p.has(Cue::PeopleEntity)
                        || p.has(Cue::PupilRef)
                        || p.cues(Cue::SchoolEntity).any(|e| !p.is_place(e))
                });
            // "the lad in 9C", "a girl from Year 4": one of the school's pupils, as "a kid in my
            // class" is, when spoken of; "Summer is the ugliest girl in Year 6" describes Summer.
            let in_class: Vec<(usize, usize)> = (s.first_tok + 1..s.last_tok.saturating_sub(1))
                .filter(|&k| {
                    matches!(s.word(k - 1), "the" | "that" | "this" | "a" | "one" | "some")
                        && (k - 1 == s.first_tok || !COPULA.contains(&s.word(k - 2)))
                        && matches!(s.word(k), "lad" | "boy" | "girl" | "kid" | "lass" | "child")
                        && matches!(s.word(k + 1), "in" | "from")
                        && tokens
                            .get(k + 2)
                            .is_some_and(|t| t.sentence == tokens[k].sentence && year_or_class(t))
                })
                .map(|k| (k, k + 2))
                .collect();
            // Said of staff, by name or role, or of pupils or parents as a group: derogatory
            // (rule E) rather than bullying.
            let entity_target = |m: &Mark| {
                in_class.iter().any(|&(_, b)| b < m.first && m.first - b <= 6)
                    || (they_from_before && m.first > s.first_tok && m.first - s.first_tok <= 4)
                    // "That Shah woman wants reporting, she's a joke": the pronoun is the staff
                    // member named before it.
                    || s.cue_before(Cue::ThirdPerson, m.first, 4).is_some_and(|p| {
                        s.names().any(|(n, w, _)| matches!(w, Who::Staff(_)) && n.last < p.first)
                            || s.cues(Cue::PeopleEntity)
                                .chain(s.cues(Cue::SchoolEntity).filter(|e| !s.is_place(e)))
                                .any(|e| e.last < p.first)
                    })
                    || s.names().any(|(n, w, _)| match w {
                        // "You're a pathetic excuse for a teacher, Mr Taylor": staff addressed by name.
                        Who::Staff(_) => {
                            (n.last < m.first && m.first - n.last <= 4)
                                || (n.first > m.last
                                    && n.first - m.last <= 6
                                    && n.last == s.last_tok
                                    && s.cue_before(Cue::SecondPerson, m.first, 4).is_some())
                        }
                        Who::School => n.last < m.first && m.first - n.last <= 6,
                        Who::Pupil(_) => false,
                    })
                    || s.cues(Cue::SchoolEntity)
                        .filter(|e| !s.is_place(e))
                        .chain(s.cues(Cue::PeopleEntity))
                        .any(|e| {
                            (e.last < m.first && m.first - e.last <= 6)
                            // "stupid cow of a head teacher"
                            || (e.first > m.last && e.first - m.last <= 3 && s.word(m.last + 1) == "of")
                            // "a pathetic excuse for a teacher"
                            || (e.first > m.last && e.first - m.last <= 4 && s.excuse_for(m.last))
                        })
            };
            // Staff insulting a named pupil or their family: derogatory about pupils or parents,
            // as "the kids in 6B are animals" is; from anyone else, bullying.
            let staff_on_pupil = |m: &Mark| {
                if draft.author.is_school_side() && self.pupil_named_before(s, m.first) {
                    (Category::Derogatory, Severity::Medium)
                } else {
                    (Category::Bullying, Severity::High)
                }
            };
            for m in s.cues(Cue::BullyPhrase) {
                if teaching {
                    continue;
                }
                let w = s.word(m.first);
                let sev = if matches!(
                    w,
                    "kill" | "kys" | "hang" | "neck" | "drink" | "jump" | "go" | "i" | "hope" | "die" | "you"
                ) && self.is_death_wish(s, m)
                {
                    Severity::Critical
                } else {
                    Severity::High
                };
                // "the governors are a waste of space": a remark about staff, not bullying; a death
                // wish is bullying whoever it is aimed at.
                let (cat, sev) = if sev == Severity::Critical {
                    (Category::Bullying, sev)
                } else if entity_target(m) {
                    (Category::Derogatory, Severity::Medium)
                } else {
                    staff_on_pupil(m)
                };
                push(cat, sev, m.first, m.last, None, None);
            }
            let person_target = |at: usize| -> bool {
                // "you … idiot", "Jack is a loser", "he's so ugly"
                // "you lot are a bunch of wankers": a collective noun puts the insult further on.
                let collective = at >= 2
                    && s.word(at - 1) == "of"
                    && matches!(s.word(at - 2), "bunch" | "load" | "lot" | "pack" | "shower" | "set");
                let window = if collective { 6 } else { 4 };
                if s.cue_before(Cue::SecondPerson, at, window).is_some_and(|y| !s.negated_between(y.last, at))
                {
                    return true;
                }
                // "What an idiot", "what a contemptuous clown": an exclamation about someone, and
                // "Coward." or "@name clown" on its own is said to someone; "what a joke" is about
                // a thing.
                let opening = s.opening();
                if !VERDICTS_ON_THINGS.contains(&s.word(at)) {
                    let exclaimed = s.word(opening) == "what"
                        && matches!(s.word(opening + 1), "a" | "an")
                        && at > opening + 1
                        && at - opening <= 4
                        && !(opening + 2..at).any(|k| matches!(s.word(k), "of" | "load" | "bunch" | "lot"))
                        // "What a fool I was", "what a prat that teacher is" (rule E).
                        && !matches!(s.word(at + 1), "i" | "im" | "we" | "that" | "this" | "those" | "the")
                        // "What a trash franchise": an insult used of a thing after it.
                        && (at == s.last_tok
                            || matches!(s.word(at + 1), "he" | "she" | "you" | "they" | "lol" | "lmao" | "haha"));
                    // Only a whole post that is one name-calling noun: "Disgusting." after a
                    // complaint is about what was said before.
                    let w = s.word(at);
                    let alone = at == opening
                        && at == s.last_tok
                        && prev_sentence.is_none()
                        && !["ing", "ic", "ful", "ous", "less", "able", "ible", "id", "ly"]
                            .iter()
                            .any(|x| w.ends_with(x))
                        && !matches!(
                            w,
                            "gross" | "vile" | "sick" | "awful" | "dumb" | "thick" | "lame" | "weird" | "fat"
                        );
                    // "Look at that slag over there": pointed out.
                    let pointed = at >= s.first_tok + 2
                        && matches!(s.word(at - 1), "that" | "this")
                        && s.word(at - 2) == "at"
                        && (at == s.last_tok || matches!(s.word(at + 1), "over" | "there" | "again"));
                    if exclaimed || alone || pointed {
                        return true;
                    }
                }
                // "jack is a snitch", in pupils' lower case: a first name that is also a word,
                // opening what is said of it, is the person.
                let lower_case_subject = |m: &Mark, at: usize| {
                    m.first == m.last
                        && (m.first == s.first_tok
                            || matches!(
                                s.word(m.first - 1),
                                "knows"
                                    | "know"
                                    | "cos"
                                    | "coz"
                                    | "because"
                                    | "think"
                                    | "thinks"
                                    | "and"
                                    | "but"
                            ))
                        // "summer k is…": a surname's initial may come between.
                        && (((matches!(s.word(m.last + 1), "is" | "was") || tokens[m.first].possessive)
                            && at - m.last <= 3)
                            || (s.word(m.last + 1).len() == 1
                                && !matches!(s.word(m.last + 1), "i" | "a" | "u" | "r" | "n")
                                && matches!(s.word(m.last + 2), "is" | "was")
                                && at - m.last <= 4))
                        && !(at..=at + 1)
                            .any(|k| VERDICTS_ON_THINGS.contains(&s.word(k)) || s.word(k) == "waste")
                };
                let subject = s
                    .names()
                    .filter(|(m, w, part)| {
                        m.last < at
                            && at - m.last <= 4
                            && matches!(w, Who::Pupil(_) | Who::Staff(_))
                            && (*part != Part::First
                                || self.first_name_is_name(s, m)
                                || lower_case_subject(m, at))
                    })
                    .map(|(m, _, _)| m.last)
                    .last();
                // "his home life is a shambles" is about his home life, not him; "his mum is a
                // slag" and "her face is ugly" are about people.
                let about_a_thing = |k: usize| {
                    let next = s.word(k + 1);
                    let to_be = next == "to" && s.word(k + 2) == "be";
                    matches!(s.word(k), "his" | "her" | "their")
                        && !COPULA.contains(&next)
                        && !to_be
                        && !matches!(
                            next,
                            "mum"
                                | "mom"
                                | "mam"
                                | "dad"
                                | "mummy"
                                | "daddy"
                                | "nan"
                                | "sister"
                                | "brother"
                                | "wife"
                                | "husband"
                                | "girlfriend"
                                | "boyfriend"
                                | "mate"
                                | "mates"
                                | "friend"
                                | "friends"
                                | "family"
                                | "face"
                                | "body"
                                | "ass"
                                | "arse"
                                | "legs"
                                | "teeth"
                                | "breath"
                        )
                };
                // "he is", "she's", "theyre": the subject cue may carry its own verb.
                let pronoun =
                    s.cue_before(Cue::ThirdPerson, at, 4).filter(|m| !about_a_thing(m.last)).map(|m| {
                        let own_verb = (m.first..=m.last)
                            .any(|k| COPULA.contains(&s.word(k)) || SUBJECT_WITH_VERB.contains(&s.word(k)));
                        (m.last, own_verb)
                    });
                // "mary-jane she's a slag": a pronoun after the name takes it up.
                let subject = match (subject, pronoun) {
                    (Some(sj), Some(p)) if p.0 > sj => Some(p),
                    (Some(sj), _) => Some((sj, false)),
                    (None, p) => p,
                };
                if let Some((sj, own_verb)) = subject {
                    // "they're waving trash bags": another verb takes the place of "are".
                    let other_verb = (sj + 1..at).any(|k| {
                        let w = s.word(k);
                        (w.ends_with("ing") || w.ends_with("in")) && !INTENSIFIERS.contains(&w)
                    });
                    let has_copula = (own_verb && !other_verb)
                        || (sj + 1..at).any(|k| COPULA.contains(&s.word(k)) || tokens[sj].possessive);
                    // "Jack Smith smells like a bin": the insult is the verb.
                    // "Amelia Clarke smells and has no mates": what she has is the insult.
                    let insulting_verb = (at == sj + 1
                        && matches!(
                            s.word(at),
                            "smells"
                                | "stinks"
                                | "smell"
                                | "stink"
                                | "has"
                                | "hasnt"
                                | "got"
                                | "looks"
                                | "look"
                        ))
                        || (at > sj + 1 && matches!(s.word(sj + 1), "smells" | "stinks"));
                    return (has_copula || insulting_verb) && !s.negated_between(sj, at);
                }
                s.cue_after(Cue::SecondPerson, at, 1).is_some() || one_person_insulted(s, at)
            };
            for m in s.cues(Cue::Insult) {
                // "little scrotes like Olly Smith-Jones"
                let like_named = s.word((m.last + 1).min(s.last_tok)) == "like"
                    && s.names().any(|(n, w, part)| {
                        n.first == m.last + 2
                            && matches!(w, Who::Pupil(_) | Who::Staff(_))
                            && (part != Part::First || self.first_name_is_name(s, n))
                    });
                if teaching || !(person_target(m.first) || like_named) {
                    continue;
                }
                if !entity_target(m) {
                    let (cat, sev) = staff_on_pupil(m);
                    push(cat, sev, m.first, m.last, None, None);
                }
            }
            // "ur the reason Ella tried to kill herself": blamed for someone's harm.
            if !teaching && !draft.author.is_school_side() {
                let blamed = s.cues(Cue::Blame).find(|m| {
                    (m.last + 1..=(m.last + 6).min(s.last_tok)).any(|j| {
                        matches!(
                            s.word(j),
                            "kill" | "killed" | "cut" | "cuts" | "cutting" | "overdosed" | "died" | "suicide"
                        )
                    })
                });
                if let Some(m) = blamed {
                    push(
                        Category::Bullying,
                        Severity::High,
                        m.first,
                        (m.last + 6).min(s.last_tok),
                        None,
                        None,
                    );
                }
            }
            // C. Threats.
            for m in s.cues(Cue::ThreatPhrase) {
                if teaching || s.cue_after(Cue::NotThreat, m.last, 1).is_some() || sporting(s, m.last) {
                    continue;
                }
                // "meet me after school … don't tell anyone" is grooming, reported as such.
                let meeting = (m.first..=m.last).any(|k| matches!(s.word(k), "meet" | "see"));
                let secrecy = s
                    .marks
                    .iter()
                    .any(|(_, e)| e.is_some_and(|e| matches!(e.kind, Kind::Finding(Category::Grooming, _))));
                if meeting && secrecy {
                    continue;
                }
                let school = (m.first..=m.last).any(|k| s.word(k) == "school");
                push(
                    Category::Threat,
                    if school { Severity::Critical } else { Severity::High },
                    m.first,
                    m.last,
                    None,
                    None,
                );
            }
            // "I know where Rowan Hughes lives": someone's home, named, as a threat.
            if !teaching {
                for (n, w, _) in s.names() {
                    if matches!(w, Who::Pupil(_) | Who::Staff(_))
                        && n.first >= s.first_tok + 2
                        && s.word(n.first - 2) == "know"
                        && s.word(n.first - 1) == "where"
                        && matches!(s.word(n.last + 1), "lives" | "live" | "sleeps")
                    {
                        push(Category::Threat, Severity::High, n.first - 2, n.last + 1, None, None);
                    }
                }
            }
            for f in s.cues(Cue::FirstFuture) {
                if teaching {
                    break;
                }
                // "I will make sure every Muslim here suffers", "I'll make sure you pay for this",
                // "I'll make every Muslim I see bleed".
                if s.word(f.last + 1) == "make" {
                    let sure = usize::from(s.word(f.last + 2) == "sure");
                    let target = [Cue::Identity, Cue::SecondPerson, Cue::ThirdPerson]
                        .into_iter()
                        .filter_map(|c| s.cue_after(c, f.last + 1 + sure, 3))
                        .map(|m| m.last)
                        .min();
                    let suffers = target.and_then(|t| {
                        // "… every Muslim in this town suffer": a place may come between.
                        (t + 1..=(t + 5).min(s.last_tok)).find(|&k| {
                            matches!(s.word(k), "suffers" | "suffer" | "pays" | "pay" | "regrets" | "regret")
                                || (sure == 0 && matches!(s.word(k), "bleed" | "scream" | "beg"))
                        })
                    });
                    if let Some(k) = suffers.filter(|_| !s.negated_between(f.first, f.last + 2)) {
                        push(Category::Threat, Severity::High, f.first, k, None, None);
                        continue;
                    }
                }
                if let Some(v) = s.cue_after(Cue::Violence, f.last, 3) {
                    if s.cue_after(Cue::NotThreat, v.last, 1).is_some()
                        || s.negated_between(f.first.saturating_sub(1), v.first)
                    {
                        continue;
                    }
                    let target = s
                        .cue_after(Cue::SecondPerson, v.last, 2)
                        .map(|m| m.last)
                        .or_else(|| s.cue_after(Cue::ThirdPerson, v.last, 2).map(|m| m.last))
                        // "burn down the house of every gay person": past what is harmed.
                        .or_else(|| s.cue_after(Cue::Identity, v.last, 6).map(|m| m.last))
                        .or_else(|| s.cue_after(Cue::SchoolEntity, v.last, 3).map(|m| m.last))
                        .or_else(|| {
                            s.names()
                                .find(|(n, _, _)| n.first > v.last && n.first - v.last <= 2)
                                .map(|(n, _, _)| n.last)
                        })
                        .or_else(|| {
                            // "smash the face of the next woman": past the body part.
                            let body = (v.last + 1..=(v.last + 2).min(s.last_tok))
                                .any(|k| matches!(s.word(k), "face" | "head" | "teeth"));
                            let reach = if body { 7 } else { 4 };
                            (v.last + 1..=(v.last + reach).min(s.last_tok)).find(|&k| {
                                matches!(
                                    s.word(k),
                                    "everyone"
                                        | "everybody"
                                        | "all"
                                        | "them"
                                        | "anyone"
                                        | "school"
                                        | "woman"
                                        | "women"
                                        | "man"
                                        | "men"
                                        | "person"
                                        | "people"
                                        | "muslim"
                                        | "jew"
                                        | "immigrant"
                                        | "migrant"
                                        | "refugee"
                                        | "foreigner"
                                )
                            })
                        });
                    let sport = target.is_some_and(|t| sporting(s, t));
                    if let Some(t) = target.filter(|_| !sport) {
                        push(Category::Threat, Severity::High, f.first, t, None, None);
                    }
                }
            }
            // D. Hate aimed at a group, including by pronoun: "I hate every one of them".
            // "My neighbour is a woman. I hate them.": "a woman" is no group cue elsewhere, but
            // "them" after it means women.
            let said_a_woman = |p: &Sentence| {
                (p.first_tok + 2..=p.last_tok).any(|k| {
                    matches!(p.word(k), "woman" | "lady")
                        && p.word(k - 1) == "a"
                        && COPULA.contains(&p.word(k - 2))
                })
            };
            let group_before = s.has(Cue::Identity)
                || prev_sentence
                    .is_some_and(|p| p.has(Cue::Identity) || (s.has(Cue::HateVerb) && said_a_woman(p)));
            if group_before && !teaching {
                for v in s.cues(Cue::HateVerb) {
                    let neg = s.cues(Cue::Negation).any(|n| n.last < v.first && v.first - n.last <= 3);
                    let them = (v.last + 1..=(v.last + 6).min(s.last_tok))
                        .find(|&k| matches!(s.word(k), "them" | "those" | "they" | "him" | "her"));
                    let after_group = s.cues(Cue::Identity).any(|i| i.last < v.first)
                        || prev_sentence.is_some_and(|p| p.has(Cue::Identity) || said_a_woman(p));
                    if let Some(t) = them.filter(|_| !neg && after_group) {
                        push(Category::Discrimination, Severity::High, v.first, t, None, None);
                    }
                }
            }
            // "A woman as head teacher? What a joke.": a group held unfit for a school role, then
            // mocked, in the same sentence or the next.
            if !teaching {
                // From the role's cue back: most sentences name none, and word scans are dearer.
                let unfit = |x: &Sentence| {
                    // "as head teacher", "as our head teacher", straight after the group.
                    x.cues(Cue::SchoolEntity).find_map(|e| {
                        let at = (e.first.saturating_sub(2)..e.first)
                            .find(|&k| k > x.first_tok && x.word(k) == "as")?;
                        let last = at - 1;
                        x.cues(Cue::Identity).find(|i| i.last == last).map(|i| (i.first, last)).or_else(
                            || {
                                // "a woman" is no group cue elsewhere ("call a woman a …"), but it is one here.
                                (last > x.first_tok
                                    && x.word(last - 1) == "a"
                                    && matches!(x.word(last), "woman" | "lady"))
                                .then_some((last - 1, last))
                            },
                        )
                    })
                };
                // "What kind of school lets a bloke in a dress teach kids?": let into the role.
                let let_in = |x: &Sentence| {
                    x.cues(Cue::Identity).find_map(|i| {
                        let verb = |k: usize| {
                            matches!(
                                x.word(k),
                                "lets"
                                    | "let"
                                    | "letting"
                                    | "allows"
                                    | "allow"
                                    | "employs"
                                    | "employ"
                                    | "hires"
                                    | "hire"
                            )
                        };
                        let at = if i.first > x.first_tok + 1 && matches!(x.word(i.first - 1), "a" | "an") {
                            i.first - 2
                        } else {
                            i.first.checked_sub(1)?
                        };
                        (at >= x.first_tok
                            && verb(at)
                            && matches!(
                                x.word(i.last + 1),
                                "teach"
                                    | "teaching"
                                    | "near"
                                    | "work"
                                    | "working"
                                    | "pray"
                                    | "praying"
                                    | "wear"
                                    | "wearing"
                            ))
                        .then_some((i.first, i.last))
                    })
                };
                let unfit = |x: &Sentence| unfit(x).or_else(|| let_in(x));
                let (here, before) = (unfit(s), prev_sentence.and_then(unfit));
                if here.is_some() || before.is_some() {
                    let verdict = (s.first_tok..=s.last_tok).find(|&k| {
                        matches!(
                            s.word(k),
                            "joke"
                                | "disgrace"
                                | "disgusting"
                                | "ridiculous"
                                | "pathetic"
                                | "laughable"
                                | "shameful"
                        ) || (
                            // "…, this is England"
                            matches!(s.word(k), "england" | "britain")
                                && k >= s.first_tok + 2
                                && s.word(k - 1) == "is"
                                && s.word(k - 2) == "this"
                        )
                    });
                    let role = here.filter(|i| verdict.is_some_and(|v| v > i.1)).or_else(|| {
                        before.filter(|_| {
                            verdict.is_some() && s.last_tok - s.first_tok < 4 && !s.has(Cue::Negation)
                        })
                    });
                    if let (Some((first, _)), Some(v)) = (role, verdict) {
                        push(Category::Discrimination, Severity::High, first, v, None, None);
                    }
                }
            }
            // "Pride month in a primary school? Grooming kids, that's what this is.": gay and trans
            // people called groomers.
            if !teaching && !counter {
                const LGBT: [&str; 11] = [
                    "pride",
                    "lgbt",
                    "lgbtq",
                    "lgbtqia",
                    "gay",
                    "gays",
                    "trans",
                    "drag",
                    "queer",
                    "queers",
                    "homosexuals",
                ];
                // "keeps grooming me" is a report of grooming, not a name for a group.
                let slur = s
                    .cues(Cue::GroomerSlur)
                    .find(|m| !matches!(s.word(m.last + 1), "me" | "us" | "him" | "her" | "my"))
                    .map(|m| m.first);
                if let Some(k) = slur {
                    if s.has_word(&LGBT) || prev_sentence.is_some_and(|p| p.has_word(&LGBT)) {
                        push(Category::Discrimination, Severity::High, k, k, None, None);
                    }
                }
            }
            // "I never thought women were inferior": a view denied, not held.
            let denied = |at: usize| {
                (at.saturating_sub(4)..at).any(|k| {
                    matches!(
                        s.word(k),
                        "think" | "thought" | "believe" | "believed" | "say" | "said" | "agree" | "true"
                    ) && s.cues(Cue::Negation).any(|n| n.last < k && k - n.last <= 2)
                })
            };
            // "should all be shot", "would be better if all women died": harm wished on a group.
            let harm_wished = |first: usize, last: usize| -> Option<(usize, usize)> {
                if s.cue_before(Cue::Negation, first, 2).is_some() {
                    return None;
                }
                let h = s.cue_after(Cue::Harmed, last, 4)?;
                let between = last + 1..h.first;
                if between.clone().any(|k| matches!(s.word(k), "who" | "that" | "which" | "when"))
                    || s.negated_between(last, h.first)
                {
                    return None;
                }
                let dying = matches!(s.word(h.first), "die" | "died" | "dead");
                if !dying
                    && !between.clone().any(|k| matches!(s.word(k), "be" | "been" | "get" | "got" | "were"))
                {
                    return None;
                }
                let n = s.cues(Cue::Normative).find(|n| {
                    (n.last < first && first - n.last <= 4) || (n.first > last && n.last < h.first)
                })?;
                (!s.negated_between(n.last.min(last), h.first)).then_some((n.first.min(first), h.last))
            };
            // "They are vermin" after a sentence or clause about a group.
            let group_before_sentence = prev_sentence.is_some_and(|p| p.has(Cue::Identity));
            let pronoun_refs = s
                .cues(Cue::ThirdPerson)
                .filter(|m| {
                    !teaching && m.first == m.last && matches!(s.word(m.first), "they" | "them" | "theyre")
                })
                .map(|m| m.first)
                .filter(|&k| group_before_sentence || s.cues(Cue::Identity).any(|i| i.last < k));
            for k in pronoun_refs {
                let hit = [Cue::Dehumanise, Cue::Insult, Cue::Belong]
                    .into_iter()
                    .find_map(|c| s.cue_after(c, k, 4).filter(|p| !s.negated_between(k, p.first)))
                    .map(|p| (k, p.last, Severity::High))
                    // "Filthy, the lot of them.": the word said before them all.
                    .or_else(|| {
                        let all = k >= 2
                            && s.word(k - 1) == "of"
                            && matches!(s.word(k - 2), "lot" | "all" | "most" | "each" | "every" | "one");
                        [Cue::Dehumanise, Cue::Insult]
                            .into_iter()
                            .find_map(|c| s.cues(c).find(|p| all && p.last < k - 2))
                            .filter(|p| !s.negated_between(p.last, k))
                            .map(|p| (p.first, k, Severity::High))
                    })
                    .or_else(|| harm_wished(k, k).map(|(a, b)| (a, b, Severity::Critical)));
                if let Some((a, b, sev)) = hit {
                    push(Category::Discrimination, sev, a, b, None, None);
                }
            }
            // Spans already read as hate aimed at a group, which rule E need not repeat.
            let mut group_hate: Vec<(usize, usize)> = Vec::new();
            for id in s.cues(Cue::Identity) {
                let mut hit: Option<(usize, usize, Severity)> = None;
                if denied(id.first) {
                    continue;
                }
                if let Some((a, b)) = harm_wished(id.first, id.last) {
                    hit = Some((a, b, Severity::Critical));
                }
                if let Some(v) = s.cue_before(Cue::HateVerb, id.first, 3) {
                    // "There is nothing I despise more than …" says the most, not the least.
                    let most = s.word(v.last + 1) == "more" && s.word(v.last + 2) == "than";
                    let neg = s.cues(Cue::Negation).any(|n| n.last < v.first && v.first - n.last <= 3);
                    if !neg || most {
                        hit = Some((v.first, id.last, Severity::High));
                    }
                }
                // "Keep Muslims away from our schools", "Get immigrants out of our town": a group
                // ordered out.
                let ordered = (id.first.saturating_sub(2).max(s.first_tok)..id.first).find(|&k| {
                    matches!(s.word(k), "keep" | "get" | "kick" | "ban")
                        && (k == s.first_tok || matches!(s.word(k - 1), "should" | "must" | "lets" | "just"))
                });
                let out_of =
                    matches!((s.word(id.last + 1), s.word(id.last + 2)), ("away", "from") | ("out", "of"));
                if let Some(k) = ordered.filter(|_| hit.is_none() && out_of && id.last + 2 <= s.last_tok) {
                    hit = Some((k, id.last + 2, Severity::High));
                }
                for c in [Cue::Dehumanise, Cue::Insult, Cue::Belong] {
                    if hit.is_some() {
                        break;
                    }
                    // "Every Muslim I have ever met was dishonest", "The Muslim kids at this school
                    // are all terrorists": further on after a copula.
                    let after = s.cue_after(c, id.last, 5).or_else(|| {
                        s.cue_after(c, id.last, 8).filter(|p| {
                            let copula_before = |k: usize| COPULA.contains(&s.word(k));
                            (p.first - id.last <= 7 && copula_before(p.first - 1))
                                || (p.first >= 2
                                    && copula_before(p.first - 2)
                                    && matches!(s.word(p.first - 1), "all" | "just" | "nothing" | "only"))
                        })
                    });
                    if let Some(p) = after {
                        if !s.negated_between(id.last, p.first) {
                            let sev = if c == Cue::Belong
                                && (p.first..=p.last).any(|k| {
                                    matches!(
                                        s.word(k),
                                        "killed"
                                            | "shot"
                                            | "gassed"
                                            | "hanged"
                                            | "die"
                                            | "exterminated"
                                            | "wiped"
                                            | "bullet"
                                    )
                                }) {
                                Severity::Critical
                            } else {
                                Severity::High
                            };
                            hit = Some((id.first, p.last, sev));
                        }
                    }
                    if hit.is_none() && c == Cue::Dehumanise {
                        if let Some(p) = s.cue_before(Cue::Dehumanise, id.first, 1) {
                            hit = Some((p.first, id.last, Severity::High));
                        }
                    }
                }
                if hit.is_none() {
                    if let Some(v) = s.cue_before(Cue::Violence, id.first, 3) {
                        // "Hang all Muslims.": an order, opening the sentence.
                        let order = v.first == s.first_tok
                            && (v.last + 1..id.first)
                                .all(|k| matches!(s.word(k), "all" | "every" | "the" | "them"));
                        if s.has(Cue::FirstFuture) || s.has(Cue::Normative) || order {
                            hit = Some((v.first, id.last, Severity::Critical));
                        }
                    }
                }
                // "Muslims are moving in and I want them gone".
                if hit.is_none() {
                    let gone = (id.last + 2..s.last_tok).find(|&k| {
                        matches!(s.word(k), "them" | "em")
                            && matches!(s.word(k - 1), "want" | "wants" | "wanted" | "need" | "get")
                            && matches!(
                                s.word(k + 1),
                                "gone" | "out" | "dead" | "removed" | "deported" | "banned" | "killed"
                            )
                    });
                    if let Some(k) = gone.filter(|&k| !s.negated_between(id.last, k)) {
                        hit = Some((id.first, k + 1, Severity::High));
                    }
                }
                // "Should Muslims really be allowed to have children?": a right questioned.
                if hit.is_none() && id.first > s.first_tok && s.word(id.first - 1) == "should" {
                    let allowed = (id.last + 1..=(id.last + 3).min(s.last_tok))
                        .find(|&k| s.word(k) == "allowed" && s.word(k - 1) == "be");
                    if let Some(k) = allowed {
                        hit = Some((id.first - 1, k, Severity::High));
                    }
                }
                // "No Muslim deserves any respect": a group denied what everyone is owed ("No
                // woman deserves to be abused" is the opposite).
                if hit.is_none()
                    && (s.word(id.first) == "no" || (id.first > s.first_tok && s.word(id.first - 1) == "no"))
                    && ((matches!(s.word(id.last + 1), "deserves" | "deserve")
                        && (matches!(s.word(id.last + 2), "any" | "respect" | "rights")
                            || (s.word(id.last + 2) == "to"
                                && matches!(s.word(id.last + 3), "live" | "exist" | "vote"))))
                        // "No Muslim is worth listening to."
                        || (matches!(s.word(id.last + 1), "is" | "are")
                            && s.word(id.last + 2) == "worth"
                            && matches!(
                                s.word(id.last + 3),
                                "listening" | "anything" | "trusting" | "hiring" | "employing" | "respecting"
                            )))
                {
                    let from = if s.word(id.first) == "no" { id.first } else { id.first - 1 };
                    hit = Some((from, (id.last + 3).min(s.last_tok), Severity::High));
                }
                // "This town was fine before the immigrants turned up": a place spoilt by a group.
                if hit.is_none() {
                    let before = (id.first.saturating_sub(3).max(s.first_tok + 1)..id.first)
                        .find(|&k| s.word(k) == "before")
                        .filter(|&b| {
                            matches!(
                                s.word(b - 1),
                                "fine"
                                    | "better"
                                    | "safer"
                                    | "nicer"
                                    | "great"
                                    | "good"
                                    | "lovely"
                                    | "ok"
                                    | "okay"
                                    | "decent"
                                    | "quiet"
                                    | "peaceful"
                                    | "normal"
                            )
                        });
                    let came = (id.last + 1..=(id.last + 2).min(s.last_tok)).any(|k| {
                        matches!(
                            s.word(k),
                            "turned"
                                | "came"
                                | "arrived"
                                | "moved"
                                | "showed"
                                | "took"
                                | "invaded"
                                | "flooded"
                        )
                    });
                    if let Some(b) = before.filter(|_| came) {
                        hit = Some((b - 1, id.last, Severity::High));
                    }
                }
                // "Any Muslim who comes to my street is getting stabbed", "The next immigrant who
                // walks past me is getting punched": harm promised to a group.
                let any = if matches!(s.word(id.first), "any" | "every")
                    || (s.word(id.first) == "the" && s.word(id.first + 1) == "next")
                {
                    Some(id.first)
                } else {
                    (id.first > s.first_tok && matches!(s.word(id.first - 1), "any" | "every" | "next"))
                        .then(|| id.first - 1)
                };
                if let Some(a) = any.filter(|_| hit.is_none()) {
                    let harm = s.cues(Cue::Harmed).find(|h| {
                        h.first > id.last
                            && h.first - id.last <= 10
                            && matches!(s.word(h.first - 1), "getting" | "gets" | "get" | "be")
                            && !s.negated_between(id.last, h.first)
                    });
                    if let Some(h) = harm {
                        hit = Some((a, h.last, Severity::Critical));
                    }
                }
                // "I'm going to put every Muslim I meet in hospital": harm promised in other words.
                if hit.is_none() && (s.has(Cue::FirstFuture) || s.has(Cue::Normative)) {
                    let put =
                        (id.first.saturating_sub(2).max(s.first_tok)..id.first).find(|&k| s.word(k) == "put");
                    let laid_up = (id.last + 1..=(id.last + 5).min(s.last_tok)).find(|&k| {
                        s.word(k) == "in"
                            && (s.word(k + 1) == "hospital"
                                || (matches!(s.word(k + 1), "a" | "the")
                                    && matches!(
                                        s.word(k + 2),
                                        "ground" | "coffin" | "morgue" | "grave" | "hospital"
                                    )))
                    });
                    if let (Some(p), Some(k)) = (put, laid_up) {
                        hit = Some((p, (k + 2).min(s.last_tok), Severity::Critical));
                    }
                }
                if hit.is_none() {
                    let sworn = s.marks.iter().any(|(m, e)| {
                        m.last + 1 == id.first
                            && e.is_some_and(|e| matches!(e.kind, Kind::Finding(Category::Profanity, _)))
                    });
                    if sworn {
                        hit = Some((id.first.saturating_sub(1), id.last, Severity::High));
                    }
                }
                if let Some((a, b, sev)) = hit {
                    let reported = tokens[a].quoted && s.reported_by_another();
                    if !teaching && !reported {
                        push(Category::Discrimination, sev, a, b, None, None);
                        group_hate.push((a, b));
                    }
                }
            }
            // E. Derogatory remarks about the school, its staff, pupils or parents.
            // "Another parent screamed at me. These people are animals": the people of the
            // sentence before.
            let prev_entity = prev_sentence.is_some_and(|p| {
                p.cues(Cue::SchoolEntity).any(|e| !p.is_place(e))
                    || p.has(Cue::PeopleEntity)
                    || p.names().any(|(_, w, _)| matches!(w, Who::Staff(_) | Who::School))
            });
            let those_people = (s.first_tok..s.last_tok)
                .filter(move |&k| {
                    prev_entity
                        && matches!(s.word(k), "these" | "those" | "this" | "that" | "some")
                        && matches!(s.word(k + 1), "people" | "lot" | "ones" | "types")
                })
                .map(|k| (k, k + 1))
                .chain(they_from_before.then_some((s.first_tok, s.first_tok)))
                // "Governors meeting ran till 10pm. Some of them haven't a clue…"
                .chain((s.first_tok..s.last_tok.saturating_sub(1)).filter_map(move |k| {
                    (prev_entity
                        && matches!(s.word(k), "some" | "most" | "all" | "half" | "many" | "none")
                        && s.word(k + 1) == "of"
                        && s.word(k + 2) == "them")
                        .then_some((k, k + 2))
                }));
            let mut entities: Vec<(usize, usize)> =
                s.cues(Cue::SchoolEntity)
                    .filter(|e| !s.is_place(e))
                    // "Romanian families are…" is about a group (D), not the school's families.
                    .chain(s.cues(Cue::PeopleEntity).filter(|m| {
                        !s.cues(Cue::Identity).any(|i| i.first < m.first && i.last + 1 >= m.first)
                    }))
                    .map(|m| (m.first, m.last))
                    .chain(
                        s.names()
                            .filter(|(_, w, _)| matches!(w, Who::Staff(_) | Who::School))
                            .map(|(m, _, _)| (m.first, m.last)),
                    )
                    .chain(
                        s.cues(Cue::Title)
                            .filter(|m| tokens.get(m.last + 1).is_some_and(|t| t.capitalised))
                            .map(|m| (m.first, m.last + 1)),
                    )
                    .chain(those_people)
                    .chain(in_class.iter().copied())
                    .collect();
            // "Your head teacher should be locked up, he's a disgrace": a pronoun after the
            // entity stands for it.
            // "Ms Shah wears a hijab so she's a …" is hate about who she is (rule D).
            if let Some(end) = entities.iter().map(|e| e.1).min().filter(|_| !s.has(Cue::Identity)) {
                entities.extend(
                    s.cues(Cue::ThirdPerson)
                        .filter(|p| {
                            p.first > end
                                && (matches!(s.word(p.first), "he" | "she" | "they")
                                    || SUBJECT_WITH_VERB.contains(&s.word(p.first)))
                        })
                        .map(|p| (p.first, p.first)),
                );
            }
            // A member of staff's one-word verdict after a sentence about the school: "The head
            // has cancelled the fair again. Shambles."
            if !teaching && draft.channel == Channel::Personal && prev_entity && s.first_tok == s.last_tok {
                if let Some(v) = s.cues(Cue::Insult).chain(s.cues(Cue::Dehumanise)).next() {
                    push(Category::Derogatory, Severity::Medium, v.first, v.last, None, None);
                }
            }
            if !teaching && !entities.is_empty() {
                // "X is a joke", "X are lazy", "useless teachers": the entity must be what is described.
                const LINK: [&str; 59] = [
                    // "are the laziest…", "full of chavs"
                    "the",
                    // "Teachers these days are lazy", "… nothing but parasites"
                    "these",
                    "nothing",
                    "but",
                    "days",
                    "nowadays",
                    "full",
                    "is",
                    "been",
                    "are",
                    "was",
                    "were",
                    "s",
                    "re",
                    "be",
                    "being",
                    "so",
                    "such",
                    "a",
                    "an",
                    "just",
                    "really",
                    "totally",
                    "absolutely",
                    "completely",
                    "utterly",
                    "very",
                    "too",
                    "all",
                    "here",
                    "there",
                    "always",
                    "bloody",
                    "total",
                    "complete",
                    "absolute",
                    "utter",
                    "right",
                    "proper",
                    "massive",
                    "little",
                    "fucking",
                    "has",
                    "have",
                    "got",
                    "you",
                    "youre",
                    "your",
                    "ur",
                    // "are a bunch of lazy…"
                    "bunch",
                    "load",
                    "pack",
                    "shower",
                    "of",
                    // "should be ashamed of themselves"
                    "should",
                    "must",
                    // "is run by woke idiots"
                    "run",
                    "by",
                    "woke",
                ];
                let profanity = s
                    .marks
                    .iter()
                    .filter(|(_, e)| {
                        e.is_some_and(|e| matches!(e.kind, Kind::Finding(Category::Profanity, _)))
                    })
                    .map(|(m, _)| m);
                let negative =
                    s.cues(Cue::Insult).chain(s.cues(Cue::Dehumanise)).chain(profanity).find(|p| {
                        entities.iter().any(|&(a, b)| {
                            // "That Shah woman wants reporting"
                            let b = if matches!(
                                s.word(b + 1),
                                "woman" | "man" | "bloke" | "lady" | "fella" | "guy"
                            ) && p.first > b + 1
                            {
                                b + 1
                            } else {
                                b
                            };
                            // "the kids in 6B are…", "some parents at pick up are rude", "Ms Shah
                            // the DSL is useless": a short phrase saying which ones, then what they are.
                            let short_phrase =
                                if matches!(s.word(b + 1), "in" | "at" | "from" | "on" | "the" | "our") {
                                    (b + 2..p.first.min(b + 5)).find(|&k| COPULA.contains(&s.word(k)))
                                } else {
                                    None
                                };
                            let b = if let Some(k) = short_phrase {
                                k - 1
                            } else if b + 2 < p.first && matches!(s.word(b + 1), "in" | "at" | "from") {
                                // "the kids in my form are…"
                                if b + 3 < p.first
                                    && matches!(s.word(b + 2), "my" | "our" | "the" | "their" | "his" | "her")
                                {
                                    b + 3
                                } else {
                                    b + 2
                                }
                            } else if matches!(s.word(b + 1), "who" | "that" | "i" | "we") {
                                // "parents who send their kids in with nits are…": past the clause.
                                (b + 3..p.first.min(b + 10))
                                    .find(|&k| {
                                        COPULA.contains(&s.word(k)) || matches!(s.word(k), "should" | "must")
                                    })
                                    .map_or(b, |k| k - 1)
                            } else if tokens[b].possessive && s.word(b + 1) != "a" {
                                // "Holly Grove's new behaviour policy is a mess": what the
                                // entity has is described.
                                (b + 2..p.first.min(b + 6))
                                    .find(|&k| COPULA.contains(&s.word(k)))
                                    .map_or(b, |k| k - 1)
                            } else {
                                b
                            };
                            // "Mrs Hartley hasn't got a clue", "X wants sacking": the insult is the verb.
                            let predicate = p.first == b + 1
                                && matches!(
                                    s.word(p.first),
                                    "hasnt"
                                        | "havent"
                                        | "doesnt"
                                        | "dont"
                                        | "wants"
                                        | "want"
                                        | "needs"
                                        | "need"
                                        // "SLT couldn't organise a raffle"
                                        | "couldnt"
                                        | "cant"
                                        // "X should be sacked"
                                        | "should"
                                        | "shouldnt"
                                        | "ought"
                                        | "deserves"
                                        | "deserve"
                                        // "Mrs Hartley looks like a tramp"
                                        | "looks"
                                        | "looked"
                                        // "miss ellis smells like wet dog"
                                        | "smells"
                                        | "stinks"
                                );
                            // "the teacher with the shit attitude": what they have is described.
                            let with_trait = s.word(b + 1) == "with"
                                && matches!(s.word(b + 2), "the" | "a" | "an" | "his" | "her" | "their")
                                && p.first == b + 3
                                && p.last < s.last_tok;
                            let after = predicate
                                || with_trait
                                || p.first > b
                                    && p.first - b <= 7
                                    && (b + 1..p.first).all(|k| {
                                        LINK.contains(&s.word(k))
                                            || s.marks.iter().any(|(m, e)| {
                                                m.first == k
                                                    && e.is_some_and(|e| {
                                                        matches!(
                                                            e.kind,
                                                            Kind::Finding(Category::Profanity, _)
                                                        )
                                                    })
                                            })
                                    })
                                    && (b + 1..p.first).any(|k| {
                                        // "X has no idea", "Mr X, you're a…" describe X as much as "X is".
                                        COPULA.contains(&s.word(k))
                                            || matches!(
                                                s.word(k),
                                                "s" | "re"
                                                    | "has"
                                                    | "have"
                                                    | "been"
                                                    | "youre"
                                                    | "your"
                                                    | "you"
                                                    | "full"
                                            )
                                            // "Mr Taylor's a pervert": the "'s" is kept as a flag.
                                            || (k == b + 1 && tokens[b].possessive && s.word(k) == "a")
                                            // "he's a disgrace"
                                            || (k == b + 1 && SUBJECT_WITH_VERB.contains(&s.word(b)))
                                    });
                            let excuse = s.excuse_for(p.last);
                            let before = p.last < a
                                && a - p.last <= if excuse { 5 } else { 3 }
                                && (p.last + 1..a).all(|k| {
                                    (excuse && k <= p.last + 2)
                                        || matches!(
                                            s.word(k),
                                            "the"
                                                | "those"
                                                | "these"
                                                | "our"
                                                | "all"
                                                | "of"
                                                | "a"
                                                | "that"
                                                | "this"
                                                | "running"
                                                | "run"
                                                | "at"
                                        )
                                });
                            after || before
                        })
                    });
                // "The Muslim kids at this school are all terrorists" is hate aimed at the group.
                let negative =
                    negative.filter(|p| !group_hate.iter().any(|&(a, b)| a <= p.first && p.last <= b));
                if let Some(p) = negative {
                    let (a, b) = entities
                        .iter()
                        .copied()
                        .min_by_key(|&(a, _)| a.abs_diff(p.first))
                        .unwrap_or((p.first, p.last));
                    push(Category::Derogatory, Severity::Medium, a.min(p.first), b.max(p.last), None, None);
                }
            }
            // "…some parents at my school let their kids play GTA at 7. Idiots.": a sentence that
            // is only an insult, straight after one about the school's people.
            if !teaching && prev_entity && entities.is_empty() {
                // Names for people ("Idiots.", "Muppets, the lot of them."), not verdicts on what
                // happened ("Absolute joke.", "Disgusting."), which are complaints.
                let alone = s.cues(Cue::Insult).chain(s.cues(Cue::Dehumanise)).find(|p| {
                    let w = s.word(p.last);
                    (w == "scum"
                        || (w.ends_with('s')
                            && !matches!(
                                w,
                                "useless"
                                    | "hopeless"
                                    | "clueless"
                                    | "shambles"
                                    | "disasters"
                                    | "embarrassments"
                                    | "failures"
                                    | "stinks"
                            )))
                        && (s.first_tok..=s.last_tok).all(|k| {
                            (p.first..=p.last).contains(&k)
                                || matches!(
                                    s.word(k),
                                    "what"
                                        | "a"
                                        | "an"
                                        | "such"
                                        | "absolute"
                                        | "total"
                                        | "complete"
                                        | "utter"
                                        | "bloody"
                                        | "proper"
                                        | "the"
                                        | "lot"
                                        | "all"
                                        | "of"
                                        | "them"
                                )
                        })
                });
                if let Some(p) = alone {
                    push(Category::Derogatory, Severity::Medium, p.first, p.last, None, None);
                }
            }
            // "Can I have Amelia's home address?": a stranger asking for a child's details.
            if received && draft.author == Author::Public && !teaching {
                // The request comes first: "Amelia's phone was handed in, can you check?" asks nothing.
                let asks = |before: usize| {
                    (s.first_tok..before).any(|k| {
                        matches!(
                            s.word(k),
                            "can" | "could" | "give" | "send" | "whats" | "what" | "tell" | "need" | "want"
                        )
                    })
                };
                let wanted = s.names().find_map(|(m, w, _)| {
                    let detail = (m.last + 1..=m.last + 2).find(|&k| {
                        matches!(
                            s.word(k),
                            "address" | "postcode" | "number" | "snapchat" | "phone" | "mobile"
                        )
                    })?;
                    (matches!(w, Who::Pupil(_)) && tokens[m.last].possessive && asks(m.first))
                        .then_some((m.first, detail))
                });
                if let Some((first, last)) = wanted {
                    push(Category::Grooming, Severity::High, first, last, None, None);
                }
            }
            // F. Private contact between staff and pupils or parents.
            for c in s.cues(Cue::ContactVerb) {
                // "snap me", "whatsapp me": the verb names the channel; "follow my account
                // @mrtaylorrevises": a handle is one; "message me here" on a personal account.
                let channel_named = s.has(Cue::PrivateChannel)
                    || (draft.channel == Channel::Personal && s.word(c.last + 1) == "here")
                    || (c.last + 1..=s.last_tok).any(|k| tokens[k].kind == TokKind::Handle)
                    || (c.first..=c.last).any(|k| {
                        matches!(s.word(k), "snap" | "snapchat" | "whatsapp" | "facetime" | "dm" | "insta")
                    })
                    || scan
                        .raw
                        .iter()
                        .any(|p| p.start >= tokens[s.first_tok].start && p.end <= tokens[s.last_tok].end);
                let friend_request = (c.first..=c.last).any(|k| {
                    matches!(s.word(k), "friend" | "friended" | "befriended" | "added" | "follow" | "request")
                });
                // Staff befriending people is judged on the cue's own words ("as friends on").
                let befriend = friend_request
                    || (draft.author.is_school_side()
                        && (c.first..=(c.last + 3).min(s.last_tok))
                            .any(|k| matches!(s.word(k), "friend" | "friends" | "requests")));
                // "are you the girl from year 9 with the blonde hair? add me on snap": a stranger
                // singling out a child and moving them to a private channel.
                if received
                    && draft.author == Author::Public
                    && channel_named
                    && !teaching
                    && (c.first..=c.last).any(|k| matches!(s.word(k), "add" | "follow" | "dm" | "message" | "text"))
                    && sentences.iter().any(|x| {
                        x.has(Cue::PupilRef) || x.has_word(&["girl", "boy", "lad", "lass", "kid"])
                    })
                    // "my daughter is in year 4, can you add me on the class WhatsApp group": a parent.
                    && !tokens.windows(2).any(|w| {
                        w[0].word == "my"
                            && matches!(w[1].word.as_str(), "son" | "daughter" | "child" | "kid" | "kids" | "children")
                    })
                    && !s.has_word(&["group", "groups", "chat"])
                {
                    push(Category::Grooming, Severity::High, c.first, c.last, None, None);
                    continue;
                }
                let former = s.has(Cue::FormerPupil);
                // "ex-students at the reunion - all adults now": the policy's concern is under-18s.
                let grown_up = former && s.has_word(&["adults", "adult", "grown"]);
                let fire = match (draft.channel, draft.author.is_school_side()) {
                    (Channel::Message, true) => channel_named || friend_request,
                    // "ring Mrs Hartley on her mobile, 07…" in the school's own post: a member of
                    // staff's own number given to parents.
                    (Channel::Official, true)
                        if channel_named
                            && (c.first..=c.last).any(|k| matches!(s.word(k), "her" | "his")) =>
                    {
                        true
                    }
                    (Channel::Personal, true) | (Channel::Official, true) => {
                        (channel_named || befriend)
                            && (former
                                || s.has(Cue::PupilRef)
                                || s.has(Cue::PeopleEntity)
                                || sentences.iter().any(|x| x.has(Cue::PupilRef))
                                // "Hey Amelia, add me on Insta": a pupil addressed by name.
                                || s.names().any(|(m, w, _)| {
                                    matches!(w, Who::Pupil(_)) && self.looks_like_a_name(s, m)
                                }))
                    }
                    (_, false) => {
                        // "miss can I have your number": asking for a member of staff's own details.
                        let asks_for_theirs =
                            (c.first..=c.last).any(|k| matches!(s.word(k), "your" | "ur" | "yours"));
                        // "can you add me on Facebook", sent to the school: befriending its staff.
                        // Only pupils and parents befriending staff are the policy's concern; a
                        // stranger's "add me on Discord" is judged by the grooming rules.
                        let adds = draft.channel == Channel::Message
                            && draft.author != Author::Public
                            && channel_named
                            && (c.first..=c.last).any(|k| s.word(k) == "add");
                        // "Can I have your number?" sent by a pupil is to a member of staff.
                        let pupil_asks = draft.channel == Channel::Message
                            && draft.author == Author::Pupil
                            && asks_for_theirs;
                        // "Mrs Shah please ring me on 07…": a parent giving their own number to be
                        // rung back is no private channel with staff.
                        let own_number = draft.author == Author::Parent
                            && !asks_for_theirs
                            && (c.first..=(c.last + 1).min(s.last_tok)).any(|k| s.word(k) == "me");
                        friend_request
                            || adds
                            || pupil_asks
                            || (((channel_named && !own_number) || asks_for_theirs)
                                && (s.has(Cue::Title)
                                    || tokens.iter().any(|t| matches!(t.word.as_str(), "sir" | "miss"))))
                    }
                    _ => false,
                };
                // "Ex-pupil sent me a friend request … declined obviously": staff doing the right thing.
                let declined = draft.author.is_school_side()
                    && s.has_word(&["declined", "ignored", "rejected", "refused", "blocked", "deleted"]);
                if !fire || teaching || declined || grown_up {
                    continue;
                }
                let staff = draft.author.is_school_side();
                let parent_word = |k: usize| {
                    matches!(s.word(k), "parent" | "parents" | "carer" | "carers" | "mums" | "dads")
                };
                // "the Year 6 parents" are parents, not pupils.
                let parents_only = !former
                    && s.cues(Cue::PupilRef)
                        .all(|m| (m.last + 1..=(m.last + 2).min(s.last_tok)).any(parent_word))
                    && (s.first_tok..=s.last_tok).any(parent_word);
                let (a, b) = (c.first, c.last);
                let (start, end) = span(a, b);
                let advice = |sev: Severity, clause: &ClauseRef, said: &'static str, fix: &'static str| Pre {
                    category: Category::PrivateContact,
                    severity: sev,
                    start,
                    end,
                    detail: None,
                    clause: Some(clause.clone()),
                    say: Some((said, fix)),
                };
                match (&self.ctx.rules.parent_friendships, &self.ctx.rules.former_pupils) {
                    (Some(clause), _)
                        if staff && befriend && parents_only && draft.channel == Channel::Personal =>
                    {
                        worded.push(advice(
                            Severity::Low,
                            clause,
                            "Your policy allows online friendships with parents only for staff who are themselves parents of children at the school, and never to discuss school or its children.",
                            "Keep it to parents you know as a parent yourself; point questions about school to the school's own channels.",
                        ));
                    }
                    (_, (clause, prohibited)) if staff && former && befriend => {
                        let (sev, said) = if *prohibited {
                            (Severity::High, "Your policy does not allow friend requests to or from former pupils under 18.")
                        } else {
                            (Severity::Low, "Your policy strongly discourages online friendships with former pupils, especially under 18.")
                        };
                        worded.push(advice(
                            sev,
                            clause,
                            said,
                            "Do not accept or send friend requests to former pupils under 18; keep contact to school channels.",
                        ));
                    }
                    _ => {
                        let clause = if staff && !friend_request && !befriend {
                            Some(self.ctx.rules.contact_details.clone())
                        } else {
                            None
                        };
                        push(Category::PrivateContact, Severity::High, a, b, None, clause);
                    }
                }
            }
            // G. Confidential matters.
            let confidential = s.marks.iter().filter_map(|(m, e)| {
                e.filter(|e| e.kind == Kind::Cue(Cue::Confidential)).map(|e| (m, e.flags.strong))
            });
            let mut told = false;
            for (c, strong) in confidential {
                let term: String = (c.first..=c.last).map(|k| s.word(k)).collect::<Vec<_>>().join(" ");
                // "I think I might be pregnant": a child's disclosure to staff; anyone else's news
                // of themselves is their own.
                if matches!(s.word(c.first), "i" | "im")
                    && (tokens[c.first].quoted
                        || !(draft.channel == Channel::Message && draft.author == Author::Pupil))
                {
                    continue;
                }
                // "should be sacked", "I want her sacked" are opinions, not news of an outcome.
                if !strong
                    && (s.cue_before(Cue::Normative, c.first, 2).is_some()
                        || (c.first.saturating_sub(2)..c.first)
                            .any(|k| matches!(s.word(k), "want" | "wants")))
                {
                    continue;
                }
                // "The Year 6 trip has been suspended": an event called off, not a person disciplined.
                if term.ends_with("suspended") {
                    let mut k = c.first;
                    while k > s.first_tok
                        && matches!(
                            s.word(k - 1),
                            "has"
                                | "have"
                                | "had"
                                | "been"
                                | "be"
                                | "being"
                                | "is"
                                | "are"
                                | "was"
                                | "were"
                                | "will"
                        )
                    {
                        k -= 1;
                    }
                    // Right before, with no comma between: "the trip, Mr Clegg has been suspended" is not.
                    let thing = k > s.first_tok
                        && tokens[k].start == tokens[k - 1].end + 1
                        && CALLED_OFF.contains(&s.word(k - 1));
                    if thing {
                        continue;
                    }
                }
                // "We can't say anything until the report is published": nothing told, unless
                // the sentence hints at the grade.
                let refused = || {
                    (s.first_tok..c.first).any(|k| {
                        matches!(s.word(k), "cant" | "cannot" | "not")
                            && matches!(s.word(k + 1), "say" | "share" | "tell" | "reveal")
                    })
                };
                // "Our school got outstanding!! Can't say which one till it's published": the
                // hint may be in the sentence before.
                let hinted =
                    || s.has_word(&GRADE_HINTS) || prev_sentence.is_some_and(|p| p.has_word(&GRADE_HINTS));
                if term.contains("published") && refused() && !hinted() {
                    continue;
                }
                // Someone's own brother in prison is their business; a pupil's parent is the school's.
                let criminal = term.contains("prison")
                    || term.contains("jail")
                    || term.contains("custody")
                    || matches!(s.word(c.last), "sentenced" | "convicted" | "remanded")
                    || term.contains("sent down")
                    || term.contains("banged up");
                // "my grievance" is the writer's own business.
                // "I've been told my son's been excluded": a parent's own child, aired as a complaint.
                let own = (c.first > s.first_tok && s.word(c.first - 1) == "my")
                    || (draft.author == Author::Parent
                        && (s.first_tok..s.last_tok).any(|k| {
                            s.word(k) == "my"
                                && matches!(
                                    s.word(k + 1),
                                    "son" | "daughter" | "child" | "kid" | "boy" | "girl" | "lad" | "lass"
                                )
                        }));
                let about_someone = !own
                    && (s.names().any(|(m, w, p)| match w {
                        Who::School => false,
                        Who::Pupil(_) => p == Part::Full || self.looks_like_a_name(s, m),
                        Who::Staff(_) => true,
                    })
                    || (s.has(Cue::ThirdPerson) && !criminal)
                    || s.has_word(&SOMEONE_AT_SCHOOL)
                    || s.cues(Cue::Title).any(|m| {
                        !criminal || tokens.get(m.last + 1).is_some_and(|t| t.capitalised)
                    })
                    || (criminal && s.has(Cue::PupilRef))
                    || (s.has(Cue::PersonRef) && !s.has(Cue::Announce) && !criminal)
                    // "had to restrain a Year 2", "Year 9 lad excluded today"
                    || s.cue_after(Cue::PupilRef, c.last, 2).is_some()
                    // but not "Our Year 9 team were excluded from the final".
                    || s.cue_before(Cue::PupilRef, c.first, 2).is_some_and(|m| {
                        !(m.first..=m.last + 1).any(|k| {
                            matches!(
                                s.word(k),
                                "team" | "teams" | "squad" | "side" | "choir" | "band" | "class" | "group" | "form"
                            )
                        })
                    }));
                let inspection = term.contains("ofsted")
                    || term.contains("inspect")
                    || matches!(term.as_str(), "requires improvement" | "inadequate" | "special measures");
                let secret = tokens[s.first_tok..=s.last_tok].iter().any(|t| {
                    matches!(
                        t.word.as_str(),
                        "secret" | "leaked" | "unofficially" | "embargo" | "embargoed" | "yet"
                    )
                }) || s.marks.iter().any(|(_, e)| {
                    e.is_some_and(|e| e.kind == Kind::Cue(Cue::Confidential) && e.flags.strong)
                }) || (inspection
                    // "Ofsted gave us Requires Improvement. Report out next month.": not yet public.
                    && tokens.iter().enumerate().any(|(k, t)| {
                        t.word == "report"
                            && tokens[k + 1..(k + 4).min(tokens.len())]
                                .iter()
                                .any(|t| matches!(t.word.as_str(), "next" | "soon" | "until" | "till" | "yet"))
                    }));
                // "Put in special measures. Can't say more until it's official": news held back
                // about an inspection told elsewhere in the post.
                let withheld_inspection = matches!(s.word(c.first), "cant" | "cannot")
                    && tokens.iter().enumerate().any(|(k, t)| match t.word.as_str() {
                        "ofsted" | "inspection" | "inspectors" | "inadequate" => true,
                        "measures" => k > 0 && tokens[k - 1].word == "special",
                        "improvement" => k > 0 && tokens[k - 1].word == "requires",
                        _ => false,
                    });
                let fire = if inspection { secret } else { strong || about_someone || withheld_inspection };
                if fire && !teaching && draft.channel == Channel::Message && draft.author == Author::Pupil {
                    // A pupil telling staff about harm to themselves is a disclosure for the DSL,
                    // under the policy's duty to report a safeguarding concern.
                    let (start, end) = span(c.first, c.last);
                    worded.push(Pre {
                        category: Category::Confidential,
                        severity: Severity::High,
                        start,
                        end,
                        detail: None,
                        clause: Some((*self.ctx.rules.safeguarding_report).clone()),
                        say: Some((
                            "This may be a pupil disclosing harm or a safeguarding concern.",
                            "Pass it to the Designated Safeguarding Lead now, keep it confidential, and do not reply publicly or promise to keep it secret.",
                        )),
                    });
                    break;
                }
                if fire && !teaching {
                    push(
                        Category::Confidential,
                        if strong { Severity::High } else { Severity::Medium },
                        c.first,
                        c.last,
                        None,
                        None,
                    );
                    told = true;
                    break;
                }
            }
            // "The Khan girl in my class has been self-harming again": a pupil's safeguarding
            // matter told on a member of staff's own account is confidential as well.
            if !told && !teaching && draft.channel == Channel::Personal && draft.author.is_school_side() {
                let concern = s.marks.iter().find(|(_, e)| {
                    e.is_some_and(|e| {
                        matches!(
                            e.kind,
                            Kind::Finding(
                                Category::SelfHarm | Category::Grooming | Category::Exploitation,
                                _
                            )
                        )
                    })
                });
                let a_pupil = s.has(Cue::PupilRef)
                    || s.has_word(&["pupil", "pupils", "student", "students", "class", "form"]);
                if let Some((m, _)) = concern.filter(|_| a_pupil) {
                    push(Category::Confidential, Severity::High, m.first, m.last, None, None);
                }
            }
            // H. Complaints in the wrong place.
            if received && draft.author != Author::School {
                if let Some(c) = s.cues(Cue::Complaint).next() {
                    push(Category::ComplaintWrongChannel, Severity::Low, c.first, c.last, None, None);
                }
            } else if draft.channel == Channel::Personal && draft.author.is_school_side() {
                let about_school = !entities.is_empty()
                    || sentences.iter().any(|x| x.names().any(|(_, w, _)| w == Who::School));
                if let Some(g) = s.cues(Cue::Grievance).next() {
                    if about_school || s.has(Cue::SchoolEntity) {
                        push(
                            Category::ComplaintWrongChannel,
                            Severity::Medium,
                            g.first,
                            g.last,
                            Some("an internal grievance".into()),
                            Some(PolicyRules::grievance_clause()),
                        );
                    }
                }
            }
            // I. Disclaimer on personal posts that name the school and give a view.
            if draft.channel == Channel::Personal
                && draft.author == Author::Staff
                && !disclaimer_done
                && !whole_text_disclaimer
                && whole_text_view
            {
                if let Some((m, _, _)) = s.names().find(|(_, w, _)| *w == Who::School) {
                    push(Category::DisclaimerMissing, Severity::Low, m.first, m.last, None, None);
                    disclaimer_done = true;
                }
            }
            // J. Pupils named, no-publish pupils, special category data, live location.
            for (m, who, part) in s.names() {
                let Who::Pupil(pi) = who else { continue };
                let p = &self.ctx.roster[pi as usize];
                match part {
                    Part::Full => {
                        if !public {
                            continue;
                        }
                        if p.no_publish {
                            push(
                                Category::PupilNoPublish,
                                Severity::Critical,
                                m.first,
                                m.last,
                                Some(p.display_name().into()),
                                None,
                            );
                        } else if !received || draft.channel == Channel::Comment {
                            push(
                                Category::PupilFullName,
                                Severity::High,
                                m.first,
                                m.last,
                                Some(p.display_name().into()),
                                None,
                            );
                        }
                    }
                    Part::First if p.no_publish && public => {
                        let key =
                            tokens[m.first..=m.last].iter().map(|t| t.word.as_str()).collect::<String>();
                        let unique = self.first_name_count.get(&key).copied().unwrap_or(0) == 1;
                        let covered = s
                            .names()
                            .any(|(o, _, op)| op == Part::Full && o.first <= m.first && o.last >= m.last);
                        if unique && !covered && self.looks_like_a_name(s, m) {
                            push(
                                Category::PupilNoPublish,
                                Severity::Critical,
                                m.first,
                                m.last,
                                Some(p.display_name().into()),
                                None,
                            );
                        }
                    }
                    _ => {}
                }
            }
            // "Will Turner in Year 3 has diabetes and may need snacks during lessons": a named
            // person said to have a condition is not a lesson about it.
            let stated = s.cues(Cue::Special).any(|sp| {
                s.names().any(|(m, w, part)| {
                    matches!(w, Who::Pupil(_) | Who::Staff(_))
                        && part == Part::Full
                        && m.last < sp.first
                        && sp.first - m.last <= 6
                        && (m.last + 1..sp.first).any(|k| {
                            matches!(s.word(k), "has" | "have" | "had" | "is" | "was" | "suffers" | "with")
                        })
                })
            });
            if !teaching || stated {
                if let Some(sp) = s.cues(Cue::Special).next() {
                    // "Rowan had a seizure this morning": a first name that is also a word, said
                    // to have the condition, opening the sentence.
                    let subject = |m: &Mark| {
                        m.first == s.first_tok
                            && tokens[m.first].capitalised
                            && matches!(s.word(m.last + 1), "has" | "had" | "is" | "was" | "suffers")
                            && sp.first > m.last
                            && sp.first - m.last <= 4
                    };
                    let identified = s.names().find(|(m, w, part)| match (w, part) {
                        (Who::Pupil(_) | Who::Staff(_), Part::Full) => true,
                        (Who::Pupil(_), Part::First) => self.looks_like_a_name(s, m) || subject(m),
                        (Who::Staff(_), Part::Last) => s.cue_before(Cue::Title, m.first, 1).is_some(),
                        _ => false,
                    });
                    // A child not on the roster, named with their year: "Ibrahim in Year 2".
                    let unlisted = || {
                        (s.first_tok..s.last_tok).find(|&k| {
                            let after = if matches!(s.word(k + 1), "in" | "from") { k + 2 } else { k + 1 };
                            // A roster first name that is also a word ("Jack in Year 4") counts here.
                            let first_name = || {
                                s.names().any(|(m, w, part)| {
                                    matches!(w, Who::Pupil(_))
                                        && part == Part::First
                                        && m.first == k
                                        && m.last == k
                                })
                            };
                            tokens[k].capitalised
                                && tokens[k].kind == TokKind::Word
                                && tokens
                                    .get(after)
                                    .is_some_and(|t| t.sentence == tokens[k].sentence && year_or_class(t))
                                // Costly, so asked last.
                                && (first_name() || self.unknown_word(s, k))
                        })
                    };
                    // "Please can Grace sit away from the window? She gets migraines", "Mia won't
                    // be in, she's being assessed for autism": a parent writing about their child,
                    // named in that sentence or the one before, on the roster or not.
                    let their_child = || {
                        if draft.author != Author::Parent {
                            return None;
                        }
                        let k = (sp.first.saturating_sub(5).max(s.first_tok)..sp.first)
                            .find(|&k| matches!(s.word(k), "she" | "he" | "shes" | "hes"))?;
                        let having = (k + 1..sp.first).all(|j| {
                            matches!(
                                s.word(j),
                                "has"
                                    | "had"
                                    | "gets"
                                    | "got"
                                    | "suffers"
                                    | "s"
                                    | "is"
                                    | "being"
                                    | "been"
                                    | "assessed"
                                    | "tested"
                                    | "referred"
                                    | "diagnosed"
                                    | "for"
                                    | "with"
                            )
                        });
                        // A name opening the sentence, capitalised and not an ordinary word.
                        let opens_with_name = |p: &Sentence| {
                            let t = &tokens[p.first_tok];
                            t.capitalised && t.kind == TokKind::Word && self.unknown_word(p, p.first_tok)
                        };
                        let named = |p: &Sentence, before: usize| {
                            p.names().any(|(m, w, part)| {
                                matches!(w, Who::Pupil(_)) && part == Part::First && m.last < before
                            }) || (p.first_tok < before && opens_with_name(p))
                        };
                        let told = k + 1 < sp.first
                            && having
                            && (named(s, k) || prev_sentence.is_some_and(|p| named(p, usize::MAX)));
                        told.then_some((k, k))
                    };
                    let identified = identified
                        .map(|(m, _, _)| (m.first, m.last))
                        .or_else(|| unlisted().map(|k| (k, k)))
                        .or_else(their_child);
                    if let Some((first, last)) = identified {
                        let (a, b) = (first.min(sp.first), last.max(sp.last));
                        push(Category::SpecialCategory, Severity::High, a, b, None, None);
                    }
                }
            }
            // Every live location needs a time; most sentences have none, so look no further.
            if public && (s.has(Cue::LiveTime) || has_clock_time(tokens, s.first_tok, s.last_tok)) {
                // "We're at Preston Guild Hall now for the dance finals", "Our netball girls are
                // warming up at Deepdale now - match starts at 4": the school's own team.
                let we_compete = draft.author == Author::School
                    && s.has_word(&["we", "were", "us", "our"])
                    && s.has_word(&CONTESTS);
                // "Will Turner's painting is now in the school hall" is where the painting is.
                let pupils_here = s.has(Cue::PupilRef)
                    || we_compete
                    || s.names().any(|(m, w, p)| {
                        matches!(w, Who::Pupil(_)) && p == Part::Full && !tokens[m.last].possessive
                    });
                // The place must be where pupils are: "at the zoo", "to Turf Moor stadium", "on
                // Formby beach".
                let place = s.cues(Cue::Place).any(|p| {
                    (p.first.saturating_sub(4)..p.first).any(|k| {
                        matches!(s.word(k), "at" | "on" | "to" | "in" | "into" | "outside" | "near" | "from")
                    })
                });
                let named = if pupils_here && !place { named_place(s) } else { None };
                // "we're" is folded to "were", but it is the present; a "trip to" that "sets off
                // tomorrow" is still to come.
                let ahead = || {
                    s.has_word(&["tomorrow", "tonight", "later", "sets", "leaves", "will", "next", "today"])
                };
                let present = |m: &Mark| {
                    m.first == m.last
                        && s.word(m.first) == "were"
                        && tokens[m.first].end - tokens[m.first].start > 4
                };
                let to_come = |m: &Mark| s.word(m.first) == "trip" && m.last == m.first + 1 && ahead();
                let past = s.cues(Cue::PastTime).any(|m| !present(m) && !to_come(m));
                if pupils_here && (place || named.is_some()) && !past {
                    let p = s
                        .cues(Cue::Place)
                        .next()
                        .map(|m| (m.first, m.last))
                        .or(named)
                        .unwrap_or((s.first_tok, s.last_tok));
                    let from = s.cues(Cue::PupilRef).next().map(|m| m.first).unwrap_or(p.0).min(p.0);
                    push(Category::PupilLocationLive, Severity::Medium, from, p.1, None, None);
                }
            }
        }
        out.append(&mut worded);
    }

    fn is_death_wish(&self, s: &Sentence, m: &Mark) -> bool {
        (m.first..=m.last).any(|k| {
            matches!(s.word(k), "kill" | "kys" | "die" | "hang" | "neck" | "bleach" | "bridge" | "dead")
        })
    }

    /// Roster pupils named in the sentence, in full or by a first name that reads as a name; not
    /// after a title ("Mr Thomas" is a member of staff, whatever the roster says).
    fn pupils_named<'s>(&'s self, s: &'s Sentence<'s>) -> impl Iterator<Item = &'s Mark> + 's {
        s.names()
            .filter(move |(n, w, part)| {
                matches!(w, Who::Pupil(_))
                    && (*part == Part::Full || (*part == Part::First && self.first_name_is_name(s, n)))
                    && s.cue_before(Cue::Title, n.first, 1).is_none()
            })
            .map(|(n, _, _)| n)
    }

    /// A roster pupil named before token `at`.
    fn pupil_named_before(&self, s: &Sentence, at: usize) -> bool {
        self.pupils_named(s).any(|n| n.last < at)
    }

    /// "Summer Khan's dad …": one named pupil's family before token `at`.
    fn named_family(&self, s: &Sentence, at: usize) -> bool {
        self.pupils_named(s).any(|n| {
            n.last < at
                && s.tokens[n.last].possessive
                && matches!(s.word(n.last + 1), "mum" | "mam" | "mom" | "dad" | "parents" | "family" | "nan")
        })
    }

    /// A first name alone that reads as a name and is not part of a longer name (Holly Grove School).
    fn first_name_is_name(&self, s: &Sentence, m: &Mark) -> bool {
        self.looks_like_a_name(s, m)
            && !s.names().any(|(o, _, op)| {
                op == Part::Full
                    && o.first <= m.first
                    && o.last >= m.last
                    && (o.first, o.last) != (m.first, m.last)
            })
    }

    /// Word `k` is no common or ordinary word and no term or name: a name we do not know.
    fn unknown_word(&self, s: &Sentence, k: usize) -> bool {
        let w = &s.tokens[k].word;
        w.len() >= 3
            && !self.common.contains(&dedup(w).0)
            && !self.ordinary.contains(w.as_str())
            && !s.marks.iter().any(|(m, _)| m.first <= k && k <= m.last)
    }

    /// A roster first name counts as a name when it is not an ordinary word, or there is a cue.
    fn looks_like_a_name(&self, s: &Sentence, m: &Mark) -> bool {
        let t = &s.tokens[m.first];
        let key = s.tokens[m.first..=m.last].iter().map(|t| t.word.as_str()).collect::<String>();
        if !self.ordinary.contains(key.as_str()) {
            return true;
        }
        let next = s.tokens.get(m.last + 1).filter(|n| n.sentence == t.sentence);
        let prev = m.first.checked_sub(1).map(|k| &s.tokens[k]).filter(|p| p.sentence == t.sentence);
        // "Holly class", "Rowan Class", "the holly": not a pupil.
        if next.is_some_and(|n| {
            matches!(
                n.word.as_str(),
                "class"
                    | "classes"
                    | "group"
                    | "house"
                    | "team"
                    | "room"
                    | "road"
                    | "street"
                    | "lane"
                    | "tree"
                    | "trees"
                    | "bush"
                    | "leaves"
                    | "berries"
            )
        }) {
            return false;
        }
        let mid_sentence_capital = t.capitalised && prev.is_some();
        // "Summer K in 5B": a surname's initial after the first name.
        let initial = next.is_some_and(|n| {
            n.capitalised
                && n.kind == TokKind::Word
                && n.word.len() == 1
                && !matches!(n.word.as_str(), "i" | "a")
        });
        // "Rowan in 4H", "Summer from Year 6": a class or year after the name.
        let in_class = next.is_some_and(|n| matches!(n.word.as_str(), "in" | "from"))
            && s.tokens.get(m.last + 2).is_some_and(|c| {
                c.sentence == t.sentence
                    && (year_or_class(c)
                        // "4H" after a name is a class, not four hours.
                        || c.word.strip_suffix('h').is_some_and(|d| {
                            (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())
                        }))
            });
        let strong = t.possessive
            || initial
            || in_class
            || next.is_some_and(|n| {
                matches!(
                    n.word.as_str(),
                    "has" | "is" | "was" | "said" | "told" | "got" | "gets" | "and" | "who"
                )
            })
            || prev.is_some_and(|p| {
                matches!(
                    p.word.as_str(),
                    "pupil"
                        | "child"
                        | "son"
                        | "daughter"
                        | "student"
                        | "little"
                        | "called"
                        | "named"
                        | "with"
                        | "and"
                )
            });
        (mid_sentence_capital || t.capitalised) && strong
    }

    fn check_images(&self, draft: &Draft, out: &mut Vec<Pre>) {
        for img in &draft.images {
            for tag in &img.pupils {
                let words = name_words(tag);
                let key = words.join(" ");
                let pupil = self
                    .pupil_lookup
                    .get(&key)
                    .or_else(|| self.pupil_lookup.get(&words.concat()))
                    .or_else(|| self.pupil_lookup.get(&tag.trim().to_lowercase()))
                    .map(|&i| &self.ctx.roster[i as usize]);
                let pre = |category, severity, detail: String| Pre {
                    category,
                    severity,
                    start: 0,
                    end: 0,
                    detail: Some(detail.into()),
                    clause: None,
                    say: None,
                };
                match pupil {
                    Some(p) if p.no_publish => out.push(pre(Category::PupilNoPublish, Severity::Critical, format!("{} is tagged in an image", p.display_name()))),
                    Some(p) if draft.channel == Channel::Personal => out.push(pre(
                        Category::PupilImageNoConsent,
                        Severity::High,
                        format!("{} is in an image on a personal account; pupil images go only on school accounts", p.display_name()),
                    )),
                    Some(p) if !p.social_media_consent => out.push(pre(Category::PupilImageNoConsent, Severity::High, format!("{} has no social media consent", p.display_name()))),
                    Some(p) if draft.channel == Channel::Official => {
                        if let Some(clause) = &self.ctx.rules.image_approval {
                            out.push(Pre {
                                clause: Some(clause.clone()),
                                say: Some((
                                    "Your policy needs the headteacher's approval, as well as parents' consent, for images of pupils.",
                                    "Get the headteacher's approval before posting.",
                                )),
                                ..pre(Category::PupilImageNoConsent, Severity::Low, format!("{} is in the image", p.display_name()))
                            });
                        }
                    }
                    Some(_) => {}
                    None => out.push(pre(
                        Category::PupilImageNoConsent,
                        Severity::Medium,
                        format!("\"{}\" is not on the roster, so consent cannot be confirmed", tag.trim()),
                    )),
                }
            }
        }
    }

    fn finish(&self, draft: &Draft, original: &str, folded: &Folded, mut pres: Vec<Pre>) -> Outcome {
        let message = |p: &Pre| {
            let rule = self.ctx.rules.rule(p.category);
            let said = p.say.map_or(rule.message, |s| s.0);
            match &p.detail {
                Some(d) => Cow::Owned(format!("{said} ({d})")),
                None => Cow::Borrowed(said),
            }
        };
        // Order and de-duplicate first, so only the findings kept are built.
        let mut order: Vec<(usize, usize, usize)> = pres
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let (start, end) =
                    if p.start == p.end { (0, 0) } else { folded.original_span(original, p.start, p.end) };
                (start, end, i)
            })
            .collect();
        order.sort_by(|a, b| {
            let (pa, pb) = (&pres[a.2], &pres[b.2]);
            (a.0, a.1, pa.category, std::cmp::Reverse(pa.severity)).cmp(&(
                b.0,
                b.1,
                pb.category,
                std::cmp::Reverse(pb.severity),
            ))
        });
        // One finding per category for overlapping spans: keep the first (widest severity first).
        let mut kept: Vec<(usize, usize, usize)> = Vec::with_capacity(order.len());
        for f in order {
            let p = &pres[f.2];
            let dup = kept.iter().any(|k| {
                pres[k.2].category == p.category
                    && ((k.0 < f.1 && f.0 < k.1) || (k.0 == f.0 && k.1 == f.1))
                    && !(k.0 == 0 && k.1 == 0 && message(&pres[k.2]) != message(p))
            });
            if !dup {
                kept.push(f);
            }
        }
        // Sexual words inside a grooming or exploitation finding are part of that concern; a
        // phrase that is both by itself ("such a nice body for a year 8") is reported as both.
        let within_safeguarding = |f: &(usize, usize, usize)| {
            pres[f.2].category == Category::Sexual
                && kept.iter().any(|k| {
                    matches!(pres[k.2].category, Category::Grooming | Category::Exploitation)
                        && k.0 <= f.0
                        && f.1 <= k.1
                        && (k.0, k.1) != (f.0, f.1)
                })
        };
        let mut drop = kept.iter().map(within_safeguarding).collect::<Vec<_>>().into_iter();
        kept.retain(|_| !drop.next().unwrap_or(false));
        let findings: Vec<Finding> = kept
            .into_iter()
            .map(|(start, end, i)| {
                let clause = pres[i].clause.take();
                let p = &pres[i];
                let (cited, fix) = self.ctx.rules.cite(p.category, draft.channel, draft.author);
                Finding {
                    category: p.category,
                    severity: p.severity,
                    start,
                    end,
                    clause: clause.map_or_else(|| cited.clone(), Arc::new),
                    message: message(p),
                    fix: Cow::Borrowed(p.say.map_or(fix, |s| s.1)),
                    decision: self.ctx.rules.decide(p.category, p.severity, draft.channel, draft.author),
                }
            })
            .collect();
        let decision = findings.iter().map(|f| f.decision).max().unwrap_or(Decision::Allow);
        Outcome { decision, findings }
    }
}

/// Words that hint at an inspection grade or result.
const GRADE_HINTS: [&str; 15] = [
    "outstanding",
    "good",
    "great",
    "brilliant",
    "brilliantly",
    "well",
    "inadequate",
    "improvement",
    "delighted",
    "thrilled",
    "pleased",
    "proud",
    "disappointed",
    "grade",
    "result",
];

/// A place named with capitals where pupils go or are: "off to Martin Mere", "at Robinwood".
/// Not a person, the school, a day, a month, a festival, a school event or exam, or a year group.
fn named_place(s: &Sentence) -> Option<(usize, usize)> {
    const NOT_PLACES: [&str; 35] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "christmas",
        "easter",
        "diwali",
        "eid",
        "halloween",
        "hanukkah",
        "year",
        "reception",
        "nursery",
        "key",
        "mr",
        "mrs",
        "miss",
        "ms",
        "dr",
        "i",
        "school",
        // Events and exams pupils take part in, not places: "at the SATs".
        "sats",
        "gcses",
        "gcse",
        "exams",
        "mocks",
        "nativity",
        "disco",
        "concert",
        "assembly",
        "fair",
        "fete",
    ];
    let named = |k: usize| s.marks.iter().any(|(m, e)| e.is_none() && m.first <= k && k <= m.last);
    let starts = |k: usize| {
        let t = &s.tokens[k];
        t.capitalised
            && t.kind == TokKind::Word
            && !NOT_PLACES.contains(&t.word.as_str())
            && !crate::pii::MONTHS.contains(&t.word.as_str())
            && !named(k)
    };
    // "to" after a word of going somewhere.
    let motion_to = |j: usize| {
        s.word(j) == "to"
            && matches!(
                s.word(j - 1),
                "off"
                    | "going"
                    | "gone"
                    | "heading"
                    | "travelling"
                    | "walking"
                    | "way"
                    | "back"
                    | "coach"
                    // "heading over to Clitheroe Grammar", "walking down to Avenham Park"
                    | "over"
                    | "across"
                    | "down"
            )
    };
    let first = (s.first_tok + 1..=s.last_tok).find(|&k| {
        starts(k)
            && match s.word(k - 1) {
                "at" => true,
                // "at the Guild Hall", "off to the Eiffel Tower"
                "the" => k >= 2 && (s.word(k - 2) == "at" || (k >= 3 && motion_to(k - 2))),
                "to" => k >= 2 && motion_to(k - 1),
                // "have set off for Robinwood", "heading for Keswick"
                "for" => {
                    k >= 2
                        && matches!(
                            s.word(k - 2),
                            "off" | "left" | "heading" | "headed" | "leaving" | "departed" | "bound"
                        )
                }
                // "on their way to the county finals in Blackburn": the town of a journey.
                "in" => (k.saturating_sub(6).max(s.first_tok + 1)..k - 1).any(motion_to),
                _ => false,
            }
    })?;
    let mut last = first;
    while last < s.last_tok && s.tokens[last + 1].capitalised && s.tokens[last + 1].kind == TokKind::Word {
        last += 1;
    }
    Some((first, last))
}

/// Games and contests: "kill them in the match" is not a threat, and "we're at X now for the
/// finals" is pupils competing.
const CONTESTS: [&str; 36] = [
    "champions",
    "champs",
    "opponents",
    "rivals",
    "derby",
    "team",
    "football",
    "match",
    "game",
    "games",
    "fifa",
    "quiz",
    "race",
    "chess",
    "netball",
    "cricket",
    "rugby",
    "tennis",
    "fortnite",
    "minecraft",
    "sport",
    "sports",
    "competition",
    "tournament",
    "final",
    "cup",
    "league",
    "rounders",
    "dodgeball",
    "points",
    "hockey",
    "basketball",
    "badminton",
    "finals",
    "gala",
    "fixture",
];

/// "we're going to beat you at football": games, not violence.
fn sporting(s: &Sentence, after: usize) -> bool {
    (after + 1..=(after + 5).min(s.last_tok)).any(|k| CONTESTS.contains(&s.word(k)))
}

/// A class named by year and letters: "5B", "6JH".
/// "Year" (as in "Year 6"), "Reception", "Nursery" or a class code: which class a child is in.
fn year_or_class(t: &Token) -> bool {
    matches!(t.word.as_str(), "year" | "reception" | "nursery") || class_code(t)
}

fn class_code(t: &Token) -> bool {
    let w = t.word.as_bytes();
    let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
    let letters = &t.word[digits..];
    (1..=2).contains(&digits)
        && (1..=2).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            letters,
            "st" | "nd"
                | "rd"
                | "th"
                | "am"
                | "pm"
                | "k"
                | "m"
                | "g"
                | "s"
                | "h"
                | "km"
                | "kg"
                | "cm"
                | "mm"
                | "ml"
                | "mb"
                | "gb"
        )
}

/// "3pm", "3 pm", "10:30", "10.30", "4 o'clock".
fn has_clock_time(tokens: &[Token], first: usize, last: usize) -> bool {
    (first..=last).any(|k| {
        let t = &tokens[k];
        let w = t.word.as_str();
        let unit = w.strip_suffix("am").or_else(|| w.strip_suffix("pm"));
        if unit.is_some_and(|n| !n.is_empty() && n.len() <= 2 && n.bytes().all(|c| c.is_ascii_digit())) {
            return true;
        }
        if t.kind == TokKind::Number && t.word.len() <= 2 {
            if let Some(n) = tokens.get(k + 1).filter(|_| k < last) {
                return matches!(n.word.as_str(), "am" | "pm" | "oclock")
                    || (n.kind == TokKind::Number && n.word.len() == 2 && n.start == t.end + 1);
            }
        }
        false
    })
}

#[cfg(test)]
mod tests {
    use super::{typos_of, Heads};

    #[test]
    fn typos_drop_a_letter_inside_long_words_and_swap_neighbours() {
        let t = typos_of("disgusting");
        assert!(t.contains(&"disguting".to_string()) && t.contains(&"disgsuting".to_string()));
        assert!(!t.contains(&"disgustin".to_string()), "the last letter is never dropped");
        assert!(t.contains(&"diugsting".to_string()), "long words: letters one apart swap");
        assert!(!typos_of("bastard").contains(&"btsaard".to_string()), "not in words under eight letters");
        assert!(!t.contains(&"disgustgni".to_string()), "not with the last letter");
        assert_eq!(typos_of("hoes"), ["heos"], "four letters: the middle two swap only");
        assert!(typos_of("scum").iter().all(|v| v.len() == 4), "short words never lose a letter");
    }

    #[test]
    fn heads_find_a_pattern_start_anywhere_in_a_word() {
        let heads = Heads::new(["jacksmith", "smithjack", "hollygrove"]);
        assert!(heads.any_in(b"xxjacksmith07"));
        assert!(heads.any_in(b"wearehollygroveschool"));
        assert!(heads.any_in(b"smith"));
        assert!(!heads.any_in(b"wonderful"));
        assert!(!heads.any_in(b"jack"));
    }
}
