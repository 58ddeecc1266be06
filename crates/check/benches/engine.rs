//! `cargo bench -p safesocial-check`: context build with a 2,000-pupil roster, one post, and
//! throughput over 1 MB of the synthetic school corpus.

use check::*;
use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn context() -> Context {
    let roster = parse_roster(synth::roster_csv(2000).as_bytes()).expect("roster");
    let profile = SchoolProfile {
        name: "Holly Grove School".into(),
        aliases: vec!["Holly Grove".into()],
        ..Default::default()
    };
    Context { profile, roster, staff: Vec::new(), rules: PolicyRules::default() }
}

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new(context()).expect("engine"))
}

#[divan::bench(sample_count = 20)]
fn build_context_2000_pupils(b: Bencher) {
    b.with_inputs(context).bench_values(|ctx| Engine::new(ctx).expect("engine"));
}

const POST: &str = "What a fantastic day at Holly Grove! Year 4 loved their science workshop. Well done to Jack Smith for a brilliant \
assembly, and thank you to the parents who helped. Reminder: school closes at 1.30pm on Friday; call 01772 123456 with questions.";

#[divan::bench]
fn check_one_post(b: Bencher) {
    let e = engine();
    let d = Draft::new(POST, Channel::Official, Author::School);
    b.counter(BytesCount::new(POST.len())).bench(|| e.check(black_box(&d)).expect("check"));
}

#[divan::bench(sample_count = 10)]
fn check_1mb_corpus(b: Bencher) {
    let e = engine();
    let drafts: Vec<Draft> = synth::corpus(1024 * 1024, 9)
        .into_iter()
        .map(|t| Draft::new(t, Channel::Official, Author::School))
        .collect();
    let bytes: usize = drafts.iter().map(|d| d.text.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        for d in &drafts {
            black_box(e.check(d).expect("check"));
        }
    });
}
