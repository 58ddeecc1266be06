//! Single-thread speed of the full pipeline with a 2,000-pupil roster: context build time, MB/s,
//! posts/s, p50 and p99 latency, and resident memory.
//!
//! `cargo run --release -p safesocial-check --example latency [-- FILE]` (FILE: one post a line;
//! default: a 10 MB synthetic school corpus)

use check::*;
use std::time::Instant;

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let before = rss_kib();
    let roster = parse_roster(synth::roster_csv(2000).as_bytes()).expect("roster");
    let profile = SchoolProfile {
        name: "Holly Grove School".into(),
        aliases: vec!["Holly Grove".into()],
        ..Default::default()
    };
    let t = Instant::now();
    let engine = Engine::new(Context { profile, roster, staff: Vec::new(), rules: PolicyRules::default() })
        .expect("engine");
    let build = t.elapsed();
    let after_build = rss_kib();
    let (name, posts): (String, Vec<String>) = match std::env::args().nth(1) {
        Some(f) => {
            let text = std::fs::read_to_string(&f).expect("read file");
            (f, text.lines().map(str::to_owned).collect())
        }
        None => ("synthetic school corpus".into(), synth::corpus(10 * 1024 * 1024, 42)),
    };
    let bytes: usize = posts.iter().map(String::len).sum();
    let mut lat = Vec::with_capacity(posts.len());
    let mut small = Vec::new();
    let mut findings = 0usize;
    let start = Instant::now();
    for p in &posts {
        let t = Instant::now();
        let o = engine.check(&Draft::new(p.as_str(), Channel::Official, Author::School)).expect("check");
        let d = t.elapsed().as_nanos() as u64;
        findings += o.findings.len();
        lat.push(d);
        if p.len() <= 500 {
            small.push(d);
        }
    }
    let total = start.elapsed().as_secs_f64();
    lat.sort_unstable();
    small.sort_unstable();
    let pct = |v: &[u64], q: f64| {
        v.get(((v.len() as f64 * q) as usize).min(v.len().saturating_sub(1))).copied().unwrap_or(0) as f64
            / 1000.0
    };
    println!("input: {name}: {} posts, {:.1} MB, {} findings", posts.len(), bytes as f64 / 1e6, findings);
    println!(
        "context build (2,000 pupils): {:.1} ms; RSS {} MiB before, {} MiB after build, {} MiB at end",
        build.as_secs_f64() * 1e3,
        before / 1024,
        after_build / 1024,
        rss_kib() / 1024
    );
    println!(
        "throughput (1 thread): {:.1} MB/s, {:.0} posts/s",
        bytes as f64 / 1e6 / total,
        posts.len() as f64 / total
    );
    println!("latency all posts: p50 {:.1} µs, p99 {:.1} µs", pct(&lat, 0.5), pct(&lat, 0.99));
    println!(
        "latency posts ≤ 500 bytes ({}): p50 {:.1} µs, p99 {:.1} µs",
        small.len(),
        pct(&small, 0.5),
        pct(&small, 0.99)
    );
}
