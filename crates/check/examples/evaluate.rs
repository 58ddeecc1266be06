//! Accuracy on the public labelled sets and on the school test set.
//!
//! `cargo run --release -p safesocial-check --example evaluate [-- DATA_DIR]`
//! DATA_DIR defaults to ../shared/data (relative to the workspace root).

use check::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Default, Clone, Copy)]
struct Prf {
    tp: u64,
    fp: u64,
    fn_: u64,
    tn: u64,
}

impl Prf {
    fn add(&mut self, predicted: bool, actual: bool) {
        match (predicted, actual) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }
    fn p(&self) -> f64 {
        if self.tp + self.fp == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn r(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn row(&self, name: &str) -> String {
        format!(
            "{name:<38} {:>6.3} {:>6.3} {:>6.3}   (tp {} fp {} fn {})",
            self.p(),
            self.r(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

pub fn html_unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let ent = &tail[1..e];
            match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" | "#39" => Some('\''),
                _ => ent.strip_prefix('#').and_then(|n| n.parse::<u32>().ok()).and_then(char::from_u32),
            }
            .map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

pub fn offensive(o: &Outcome) -> bool {
    o.findings.iter().any(|f| f.category.is_conduct())
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let data = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| root.join("../shared/data"));
    let engine = Engine::new(Context::default()).expect("engine");
    println!("{:<38} {:>6} {:>6} {:>6}", "set", "P", "R", "F1");
    if let Some(r) = olid(&engine, &data) {
        println!("{}", r.row("OLID train: offensive vs not"));
    }
    if let Some(r) = davidson(&engine, &data) {
        println!("{}", r.row("Davidson: offensive vs not"));
    }
    for (name, r) in presidio(&engine, &data) {
        println!("{}", r.row(&format!("Presidio research: {name}")));
    }
    school(&root.join("crates/check"), "school.jsonl", "School test set");
    school(
        &root.join("crates/check"),
        "fresh.jsonl",
        "Fresh school set (written after the engine, see eval/README.md)",
    );
    // Each later fresh set, in the order they were written.
    const LATER: [&str; 60] = [
        "Second",
        "Third",
        "Fourth",
        "Fifth",
        "Sixth",
        "Seventh",
        "Eighth",
        "Ninth",
        "Tenth",
        "Eleventh",
        "Twelfth",
        "Thirteenth",
        "Fourteenth",
        "Fifteenth",
        "Sixteenth",
        "Seventeenth",
        "Eighteenth",
        "Nineteenth",
        "Twentieth",
        "Twenty-first",
        "Twenty-second",
        "Twenty-third",
        "Twenty-fourth",
        "Twenty-fifth",
        "Twenty-sixth",
        "Twenty-seventh",
        "Twenty-eighth",
        "Twenty-ninth",
        "Thirtieth",
        "Thirty-first",
        "Thirty-second",
        "Thirty-third",
        "Thirty-fourth",
        "Thirty-fifth",
        "Thirty-sixth",
        "Thirty-seventh",
        "Thirty-eighth",
        "Thirty-ninth",
        "Fortieth",
        "Forty-first",
        "Forty-second",
        "Forty-third",
        "Forty-fourth",
        "Forty-fifth",
        "Forty-sixth",
        "Forty-seventh",
        "Forty-eighth",
        "Forty-ninth",
        "Fiftieth",
        "Fifty-first",
        "Fifty-second",
        "Fifty-third",
        "Fifty-fourth",
        "Fifty-fifth",
        "Fifty-sixth",
        "Fifty-seventh",
        "Fifty-eighth",
        "Fifty-ninth",
        "Sixtieth",
        "Sixty-first",
    ];
    for (k, nth) in LATER.iter().enumerate() {
        school(
            &root.join("crates/check"),
            &format!("fresh{}.jsonl", k + 2),
            &format!("{nth} fresh set (see eval/README.md)"),
        );
    }
    functional(&root.join("crates/check"), "functional.jsonl");
    functional(&root.join("crates/check"), "functional2.jsonl");
    functional(&root.join("crates/check"), "functional3.jsonl");
    functional(&root.join("crates/check"), "functional4.jsonl");
    functional(&root.join("crates/check"), "functional5.jsonl");
    functional(&root.join("crates/check"), "functional6.jsonl");
}

/// Offensive or not on the functional tests, overall and per functionality.
fn functional(dir: &Path, file: &str) {
    let Ok(text) = std::fs::read_to_string(dir.join("eval").join(file)) else {
        println!("({file} not found)");
        return;
    };
    let engine = Engine::new(Context::default()).expect("engine");
    let mut all = Prf::default();
    let mut per: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut misses = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("functional line");
        let draft: Draft = serde_json::from_value(v.clone()).expect("draft");
        let expected = v["offensive"].as_bool().expect("offensive label");
        let o = engine.check(&draft).expect("check");
        let got = offensive(&o);
        all.add(got, expected);
        let f = v["functionality"].as_str().unwrap_or("?").to_owned();
        let e = per.entry(f.clone()).or_default();
        e.1 += 1;
        if got == expected {
            e.0 += 1;
        } else {
            let cats: Vec<&str> = o.findings.iter().map(|x| x.category.code()).collect();
            misses.push(format!("{f} {:?}: expected {expected}, got {cats:?}", draft.text));
        }
    }
    println!();
    println!("Functional tests (eval/{file}, offensive or not):");
    println!("{}", all.row("all functionalities"));
    for (f, (ok, n)) in &per {
        println!("  {f:<36} {ok:>4}/{n:<4} {:>5.1}%", 100.0 * f64::from(*ok) / f64::from(*n));
    }
    if std::env::var("SHOW_MISSES").is_ok() {
        for m in misses {
            println!("  MISS {m}");
        }
    }
}

fn read_csv(path: &Path) -> Option<csv::Reader<std::fs::File>> {
    csv::Reader::from_path(path).ok()
}

fn olid(engine: &Engine, data: &Path) -> Option<Prf> {
    let mut rdr = read_csv(&data.join("olid-train/olid_train_subtask_a.csv"))?;
    let mut prf = Prf::default();
    for rec in rdr.records().flatten() {
        let text = rec.get(2).unwrap_or("");
        let off = rec.get(3) == Some("OFF");
        let o = engine.check(&Draft::new(text, Channel::Comment, Author::Public)).ok()?;
        prf.add(offensive(&o), off);
    }
    Some(prf)
}

fn davidson(engine: &Engine, data: &Path) -> Option<Prf> {
    let mut rdr = read_csv(&data.join("davidson/labeled_data.csv"))?;
    let mut prf = Prf::default();
    for rec in rdr.records().flatten() {
        let class = rec.get(5).unwrap_or("2");
        let text = html_unescape(rec.get(6).unwrap_or(""));
        let o = engine.check(&Draft::new(text, Channel::Comment, Author::Public)).ok()?;
        prf.add(offensive(&o), class != "2");
    }
    Some(prf)
}

fn presidio(engine: &Engine, data: &Path) -> Vec<(String, Prf)> {
    let Ok(text) = std::fs::read_to_string(data.join("presidio-research/synth_dataset_v2.json")) else {
        return vec![];
    };
    let Ok(items) = serde_json::from_str::<Vec<serde_json::Value>>(&text) else { return vec![] };
    let map = [
        ("PHONE_NUMBER", "personal-data.phone"),
        ("EMAIL_ADDRESS", "personal-data.email"),
        ("STREET_ADDRESS", "personal-data.address"),
        ("CREDIT_CARD", "personal-data.identifier"),
        ("IBAN_CODE", "personal-data.identifier"),
        ("US_SSN", "personal-data.identifier"),
    ];
    let mut out: BTreeMap<String, Prf> = BTreeMap::new();
    for it in &items {
        let t = it["full_text"].as_str().unwrap_or("");
        let o = engine.check(&Draft::new(t, Channel::Comment, Author::Public)).expect("check");
        // Span offsets in the set are in characters; ours are bytes.
        let byte_at = |c: u64| t.char_indices().nth(c as usize).map(|(b, _)| b).unwrap_or(t.len());
        for (gold, ours) in map {
            let golds: Vec<(usize, usize)> = it["spans"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|s| s["entity_type"] == gold)
                .map(|s| {
                    (
                        byte_at(s["start_position"].as_u64().unwrap_or(0)),
                        byte_at(s["end_position"].as_u64().unwrap_or(0)),
                    )
                })
                .collect();
            let preds: Vec<(usize, usize)> =
                o.findings.iter().filter(|f| f.category.code() == ours).map(|f| (f.start, f.end)).collect();
            let e = out.entry(gold.to_owned()).or_default();
            for g in &golds {
                e.add(preds.iter().any(|p| p.0 < g.1 && g.0 < p.1), true);
            }
            if gold == "CREDIT_CARD" || gold == "IBAN_CODE" || gold == "US_SSN" {
                continue; // one category covers three entity types: count false positives once, below
            }
            for p in &preds {
                if !golds.iter().any(|g| p.0 < g.1 && g.0 < p.1) {
                    e.add(true, false);
                }
            }
        }
    }
    out.into_iter().collect()
}

fn school(dir: &Path, file: &str, title: &str) {
    let Ok(text) = std::fs::read_to_string(dir.join("eval").join(file)) else {
        println!("({title} not found)");
        return;
    };
    let fx = dir.join("tests/fixtures");
    let read = |f: &str| std::fs::read(fx.join(f)).expect("fixture");
    let ctx = Context {
        profile: SchoolProfile::parse(&String::from_utf8(read("school.toml")).expect("utf8"))
            .expect("profile"),
        roster: parse_roster(&read("roster.csv")).expect("roster"),
        staff: parse_staff(&read("staff.csv")).expect("staff"),
        rules: PolicyRules::default(),
    };
    let engine = Engine::new(ctx).expect("engine");
    let mut per_cat: BTreeMap<String, Prf> = BTreeMap::new();
    let mut micro = Prf::default();
    let mut exact = 0;
    let mut decision_ok = 0;
    let mut labelled = 0;
    let mut n = 0;
    let mut misses = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("test set line");
        let draft: Draft = serde_json::from_value(v.clone()).expect("draft");
        let expect: Vec<String> = v["expect"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str().map(str::to_owned))
            .collect();
        let o = engine.check(&draft).expect("check");
        let got: Vec<String> = o.findings.iter().map(|f| f.category.code().to_owned()).collect();
        n += 1;
        for c in Category::ALL {
            let c = c.code();
            let p = got.iter().any(|g| g == c);
            let a = expect.iter().any(|e| e == c);
            if p || a {
                per_cat.entry(c.to_owned()).or_default().add(p, a);
                micro.add(p, a);
            }
        }
        let mut g = got.clone();
        g.sort();
        g.dedup();
        let mut e = expect.clone();
        e.sort();
        if g == e {
            exact += 1;
        } else {
            misses.push(format!(
                "{} {}: expected {:?}, got {:?}",
                v["id"],
                draft.text.chars().take(70).collect::<String>(),
                e,
                g
            ));
        }
        if let Some(d) = v["decision"].as_str() {
            labelled += 1;
            if d == o.decision.code() {
                decision_ok += 1;
            }
        }
    }
    println!();
    println!("{title}: {n} items; exact category match {exact}/{n}; decisions as labelled {decision_ok}/{labelled}");
    println!("{}", micro.row("all categories (micro)"));
    for (c, r) in &per_cat {
        println!("{}", r.row(c));
    }
    if std::env::var("SHOW_MISSES").is_ok() {
        for m in misses {
            println!("  MISS {m}");
        }
    }
}
