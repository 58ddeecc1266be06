//! Where a check's time goes: folding, then folding and splitting into words, then the whole
//! check, each over the same file, single thread.
//!
//! `cargo run --release -p safesocial-check --example stages -- FILE` (one post a line). Each
//! stage runs five times and the fastest run is shown, which steadies figures on a noisy machine.

use check::normalize::{fold_into, Folded};
use check::text::tokenize_into;
use check::*;
use std::time::Instant;

fn main() {
    let file = std::env::args().nth(1).expect("usage: stages FILE");
    let text = std::fs::read_to_string(&file).expect("read file");
    let posts: Vec<&str> = text.lines().collect();
    let bytes: usize = posts.iter().map(|p| p.len()).sum();
    let roster = parse_roster(synth::roster_csv(2000).as_bytes()).expect("roster");
    let profile = SchoolProfile {
        name: "Holly Grove School".into(),
        aliases: vec!["Holly Grove".into()],
        ..Default::default()
    };
    let engine = Engine::new(Context { profile, roster, staff: Vec::new(), rules: PolicyRules::default() })
        .expect("engine");
    let best = |f: &mut dyn FnMut() -> usize| {
        let mut secs = f64::MAX;
        let mut n = 0;
        for _ in 0..5 {
            let t = Instant::now();
            n = f();
            secs = secs.min(t.elapsed().as_secs_f64());
        }
        (secs, n)
    };
    let rate = |label: &str, (secs, n): (f64, usize)| {
        println!(
            "{label:<24} {:>8.1} MB/s  {:>7.0} ns/post  ({n} tokens or findings)",
            bytes as f64 / 1e6 / secs,
            secs * 1e9 / posts.len() as f64
        )
    };
    let mut folded = Folded::default();
    rate(
        "fold",
        best(&mut || {
            for p in &posts {
                fold_into(p, &mut folded);
            }
            0
        }),
    );
    let (mut tokens, mut chars) = (Vec::new(), Vec::new());
    rate(
        "fold + tokenize",
        best(&mut || {
            let mut n = 0;
            for p in &posts {
                fold_into(p, &mut folded);
                tokenize_into(&folded.text, &|_| false, &mut tokens, &mut chars);
                n += tokens.len();
            }
            n
        }),
    );
    rate(
        "whole check",
        best(&mut || {
            posts
                .iter()
                .map(|p| {
                    engine
                        .check(&Draft::new(*p, Channel::Official, Author::School))
                        .expect("check")
                        .findings
                        .len()
                })
                .sum()
        }),
    );
}
