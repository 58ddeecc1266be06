//! Writes the synthetic school corpus (about 10 MB, one post a line) to the path given, and
//! optionally the 2,000-pupil roster it names (the one the latency example uses) as CSV.
//!
//! `cargo run --release -p safesocial-check --example corpus -- CORPUS [ROSTER.csv]`
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: corpus PATH [ROSTER]");
    let mut text = check::synth::corpus(10 * 1024 * 1024, 42).join("\n");
    text.push('\n');
    std::fs::write(&path, text).expect("write corpus");
    if let Some(roster) = args.next() {
        std::fs::write(roster, check::synth::roster_csv(2000)).expect("write roster");
    }
}
