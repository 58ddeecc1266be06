//! Lexicons: data files of terms with their category, severity, flags and exceptions.

use crate::model::{Category, Severity};
use crate::normalize::fold;
use crate::text::tokenize;
use std::str::FromStr;
use thiserror::Error;

/// Building blocks that rules combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    Identity,
    HateVerb,
    Dehumanise,
    Belong,
    Violence,
    FirstFuture,
    Normative,
    Negation,
    SecondPerson,
    ThirdPerson,
    Insult,
    BullyPhrase,
    ThreatPhrase,
    NotThreat,
    Teaching,
    Counter,
    Reporting,
    Opinion,
    Disclaimer,
    SchoolEntity,
    PeopleEntity,
    Title,
    PupilRef,
    Place,
    LiveTime,
    PastTime,
    Special,
    PersonRef,
    Complaint,
    Grievance,
    PrivateChannel,
    ContactVerb,
    FormerPupil,
    Confidential,
    Announce,
    SchoolPraise,
    /// Harm done to someone, in the passive: "shot", "put down".
    Harmed,
    /// Someone held to blame: "ur the reason".
    Blame,
    /// Words that call a group groomers: "groomers", "paedos".
    GroomerSlur,
}

impl FromStr for Cue {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        use Cue::*;
        Ok(match s {
            "identity" => Identity,
            "hate-verb" => HateVerb,
            "dehumanise" => Dehumanise,
            "belong" => Belong,
            "violence" => Violence,
            "first-future" => FirstFuture,
            "normative" => Normative,
            "negation" => Negation,
            "second-person" => SecondPerson,
            "third-person" => ThirdPerson,
            "insult" => Insult,
            "bully-phrase" => BullyPhrase,
            "threat-phrase" => ThreatPhrase,
            "not-threat" => NotThreat,
            "teaching" => Teaching,
            "counter" => Counter,
            "reporting" => Reporting,
            "opinion" => Opinion,
            "disclaimer" => Disclaimer,
            "school-entity" => SchoolEntity,
            "people-entity" => PeopleEntity,
            "title" => Title,
            "pupil-ref" => PupilRef,
            "place" => Place,
            "live-time" => LiveTime,
            "past-time" => PastTime,
            "special" => Special,
            "person-ref" => PersonRef,
            "complaint" => Complaint,
            "grievance" => Grievance,
            "private-channel" => PrivateChannel,
            "contact-verb" => ContactVerb,
            "former-pupil" => FormerPupil,
            "confidential" => Confidential,
            "announce" => Announce,
            "school-praise" => SchoolPraise,
            "harmed" => Harmed,
            "blame" => Blame,
            "groomer-slur" => GroomerSlur,
            o => return Err(format!("unknown cue '{o}'")),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Finding(Category, Severity),
    Cue(Cue),
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    pub prefix: bool,
    pub infix: bool,
    pub mask: bool,
    pub targeted: bool,
    pub teaching: bool,
    pub counter: bool,
    /// A confidential cue that is confidential whoever it is about ("disciplinary hearing").
    pub strong: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The term as matched: folded, leet-mapped words joined by single spaces.
    pub words: Vec<String>,
    pub kind: Kind,
    pub flags: Flags,
    pub not_before: Vec<String>,
    pub not_after: Vec<String>,
    pub not_word: Vec<String>,
    /// Not when this word is anywhere in the same sentence ("faggots" near "gravy").
    pub not_near: Vec<String>,
}

#[derive(Debug, Error, PartialEq, Eq)]
#[error("{file}, line {line}: {reason}")]
pub struct LexiconError {
    pub file: String,
    pub line: u64,
    pub reason: String,
}

pub const BUILTIN: [(&str, &str); 5] = [
    ("profanity.csv", include_str!("../lexicons/profanity.csv")),
    ("sexual.csv", include_str!("../lexicons/sexual.csv")),
    ("conduct.csv", include_str!("../lexicons/conduct.csv")),
    ("safeguarding.csv", include_str!("../lexicons/safeguarding.csv")),
    ("cues.csv", include_str!("../lexicons/cues.csv")),
];

/// The words a phrase becomes after the same folding and tokenizing as checked text.
pub fn term_words(term: &str) -> Vec<String> {
    let f = fold(term);
    tokenize(&f.text, &|_| false).into_iter().filter(|t| !t.joined).map(|t| t.word.to_string()).collect()
}

/// The most phrases one lexicon row may stand for.
pub const MAX_EXPANSIONS: usize = 256;

/// Every phrase a term with choices stands for: `{drop|drop off} {a|the|} package` is "drop a
/// package", "drop the package", "drop package", "drop off a package"… An empty choice makes
/// the group optional. Groups do not nest.
pub fn expand(term: &str) -> Result<Vec<String>, String> {
    let mut phrases = vec![String::new()];
    let mut rest = term;
    while !rest.is_empty() {
        let Some(open) = rest.find(['{', '}']) else {
            phrases.iter_mut().for_each(|p| p.push_str(rest));
            break;
        };
        if rest[open..].starts_with('}') {
            return Err(format!("the term '{term}' has a '}}' with no '{{' before it"));
        }
        let (plain, group) = (&rest[..open], &rest[open + 1..]);
        let close =
            group.find('}').ok_or_else(|| format!("the term '{term}' has a '{{' that is never closed"))?;
        let choices = &group[..close];
        if choices.contains('{') {
            return Err(format!("the term '{term}' has a group inside a group"));
        }
        let mut next = Vec::with_capacity(phrases.len() * 2);
        for p in &phrases {
            for c in choices.split('|') {
                next.push(format!("{p}{plain}{c}"));
            }
        }
        if next.len() > MAX_EXPANSIONS {
            return Err(format!("the term '{term}' stands for more than {MAX_EXPANSIONS} phrases"));
        }
        phrases = next;
        rest = &group[close + 1..];
    }
    Ok(phrases)
}

#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub entries: Vec<Entry>,
}

impl Lexicon {
    pub fn builtin() -> Result<Lexicon, LexiconError> {
        let mut lx = Lexicon::default();
        for (name, text) in BUILTIN {
            lx.load(name, text)?;
        }
        lx.add_chat_spellings();
        Ok(lx)
    }

    /// Phrases written with "you", "your", "yourself" or "are" also match the chat spellings "u",
    /// "ur", "urself" and "r" ("dont tell ur parents", "r u home alone"), in every mix, unless a
    /// row already lists that phrase.
    fn add_chat_spellings(&mut self) {
        let chat = |w: &str| match w {
            "you" => Some("u"),
            "your" => Some("ur"),
            "yourself" => Some("urself"),
            "are" => Some("r"),
            _ => None,
        };
        let mut seen: std::collections::HashSet<(Vec<String>, Kind)> =
            self.entries.iter().map(|e| (e.words.clone(), e.kind)).collect();
        let mut extra = Vec::new();
        for e in &self.entries {
            let at: Vec<usize> = (0..e.words.len()).filter(|&i| chat(&e.words[i]).is_some()).collect();
            // A lone "r" or "u" is not a phrase; four or more spellable words do not occur.
            if e.words.len() < 2 || at.is_empty() || at.len() > 3 {
                continue;
            }
            for mask in 1..1u32 << at.len() {
                let mut words = e.words.clone();
                for (bit, &i) in at.iter().enumerate() {
                    if mask & (1 << bit) != 0 {
                        words[i] = chat(&e.words[i]).unwrap_or_default().to_owned();
                    }
                }
                if seen.insert((words.clone(), e.kind)) {
                    extra.push(Entry { words, ..e.clone() });
                }
            }
        }
        self.entries.extend(extra);
    }

    /// Adds the entries of one CSV file. Every row is checked; the first problem is returned.
    pub fn load(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        let err = |line: u64, reason: String| LexiconError { file: file.to_owned(), line, reason };
        let mut rdr = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
        let header: Vec<String> =
            rdr.headers().map_err(|e| err(1, e.to_string()))?.iter().map(str::to_owned).collect();
        if header != ["term", "kind", "category", "severity", "flags", "exceptions"] {
            return Err(err(1, "the header must be term,kind,category,severity,flags,exceptions".into()));
        }
        for rec in rdr.records() {
            let rec = rec.map_err(|e| err(e.position().map(|p| p.line()).unwrap_or(0), e.to_string()))?;
            let line = rec.position().map(|p| p.line()).unwrap_or(0);
            let get = |i: usize| rec.get(i).unwrap_or("").trim();
            let mut phrases: Vec<Vec<String>> = Vec::new();
            for phrase in expand(get(0)).map_err(|e| err(line, e))? {
                let words = term_words(&phrase);
                if words.is_empty() {
                    return Err(err(line, format!("the term '{}' has a choice with no words", get(0))));
                }
                if !phrases.contains(&words) {
                    phrases.push(words);
                }
            }
            let kind = match get(1) {
                "finding" => {
                    let cat: Category = get(2).parse().map_err(|e| err(line, e))?;
                    let sev: Severity = get(3).parse().map_err(|e| err(line, e))?;
                    Kind::Finding(cat, sev)
                }
                k => match k.strip_prefix("cue:") {
                    Some(c) => Kind::Cue(c.parse().map_err(|e| err(line, e))?),
                    None => {
                        return Err(err(line, format!("unknown kind '{k}' (expected finding or cue:NAME)")))
                    }
                },
            };
            let mut flags = Flags::default();
            for f in get(4).split_whitespace() {
                match f {
                    "prefix" => flags.prefix = true,
                    "infix" => flags.infix = true,
                    "mask" => flags.mask = true,
                    "targeted" => flags.targeted = true,
                    "teaching" => flags.teaching = true,
                    "counter" => flags.counter = true,
                    "strong" => flags.strong = true,
                    o => return Err(err(line, format!("unknown flag '{o}'"))),
                }
            }
            let mut e = Entry {
                words: Vec::new(),
                kind,
                flags,
                not_before: vec![],
                not_after: vec![],
                not_word: vec![],
                not_near: vec![],
            };
            for x in get(5).split('|').map(str::trim).filter(|x| !x.is_empty()) {
                let (k, v) = x.split_once(':').ok_or_else(|| {
                    err(line, format!("exception '{x}' must be before:W, after:W, word:W or near:W"))
                })?;
                let v = term_words(v).join("");
                match k {
                    "before" => e.not_before.push(v),
                    "after" => e.not_after.push(v),
                    "word" => e.not_word.push(v),
                    "near" => e.not_near.push(v),
                    o => return Err(err(line, format!("unknown exception kind '{o}'"))),
                }
            }
            for words in phrases {
                self.entries.push(Entry { words, ..e.clone() });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicons_load() {
        let lx = Lexicon::builtin().unwrap();
        assert!(lx.entries.len() > 1500, "{}", lx.entries.len());
        let fuck = lx.entries.iter().find(|e| e.words == ["fuck"]).unwrap();
        assert!(fuck.flags.prefix && fuck.flags.mask);
        let tits = lx.entries.iter().find(|e| e.words == ["tits"]).unwrap();
        assert!(tits.not_before.contains(&"great".to_string()));
        let dont = lx.entries.iter().find(|e| e.words == ["dont", "tell", "anyone"]).unwrap();
        assert!(matches!(dont.kind, Kind::Finding(Category::Grooming, _)));
    }

    #[test]
    fn choices_expand_to_every_phrase() {
        assert_eq!(
            expand("drop {off|} {a|the} package").unwrap(),
            ["drop off a package", "drop off the package", "drop  a package", "drop  the package"]
        );
        assert_eq!(expand("plain words").unwrap(), ["plain words"]);
        assert!(expand("open {a|b").unwrap_err().contains("never closed"));
        assert!(expand("close a}").unwrap_err().contains("no '{'"));
        assert!(expand("{a|{b}}").unwrap_err().contains("inside a group"));
        assert!(expand("{a|b|c|d} {a|b|c|d} {a|b|c|d} {a|b|c|d} {a|b}")
            .unwrap_err()
            .contains("more than 256"));
        let mut lx = Lexicon::default();
        lx.load("x.csv", "term,kind,category,severity,flags,exceptions\n{run|drop} {a|} package,finding,safeguarding.exploitation,high,,before:not\n").unwrap();
        let words: Vec<String> = lx.entries.iter().map(|e| e.words.join(" ")).collect();
        assert_eq!(words, ["run a package", "run package", "drop a package", "drop package"]);
        assert!(lx.entries.iter().all(|e| e.not_before == ["not"]));
        let e = lx
            .load(
                "y.csv",
                "term,kind,category,severity,flags,exceptions\n{a|},finding,conduct.profanity,low,,\n",
            )
            .unwrap_err();
        assert!(e.reason.contains("no words"), "{e}");
    }

    #[test]
    fn no_term_is_listed_twice_for_the_same_purpose() {
        let lx = Lexicon::builtin().unwrap();
        let mut seen = std::collections::HashSet::new();
        for e in &lx.entries {
            assert!(
                seen.insert((e.words.join(" "), format!("{:?}", e.kind))),
                "{:?} {:?} twice",
                e.words,
                e.kind
            );
        }
    }

    #[test]
    fn bad_rows_name_their_line() {
        let mut lx = Lexicon::default();
        let e = lx.load("x.csv", "term,kind,category,severity,flags,exceptions\nok,finding,conduct.profanity,low,,\nbad,finding,conduct.nope,low,,\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.reason.contains("unknown category"));
        let e =
            lx.load("y.csv", "term,kind,category,severity,flags,exceptions\nx,cue:nope,,,,\n").unwrap_err();
        assert!(e.to_string().starts_with("y.csv, line 2"));
        let e = lx
            .load(
                "z.csv",
                "term,kind,category,severity,flags,exceptions\nx,finding,conduct.profanity,low,,nearby:y\n",
            )
            .unwrap_err();
        assert!(e.reason.contains("unknown exception kind 'nearby'"));
    }

    #[test]
    fn near_exceptions_are_read() {
        let mut lx = Lexicon::default();
        lx.load("n.csv", "term,kind,category,severity,flags,exceptions\nfaggots,finding,conduct.discrimination,critical,,near:gravy|near:Peas\n")
            .unwrap();
        assert_eq!(lx.entries[0].not_near, ["gravy", "peas"]);
    }
}
