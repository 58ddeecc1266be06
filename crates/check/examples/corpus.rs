//! Writes the synthetic school corpus (about 10 MB, one post a line) to the path given.
fn main() {
    let path = std::env::args().nth(1).expect("usage: corpus PATH");
    let mut text = check::synth::corpus(10 * 1024 * 1024, 42).join("\n");
    text.push('\n');
    std::fs::write(&path, text).expect("write corpus");
}
