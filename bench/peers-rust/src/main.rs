//! rustrict on the same inputs as SafeSocial: `peers-rust classify FILE` prints 1 or 0 a line
//! (inappropriate or not); `peers-rust speed FILE` prints single-thread MB/s and posts/s.
use rustrict::{CensorStr, Type};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[2]).expect("read input");
    let lines: Vec<&str> = text.lines().collect();
    match args[1].as_str() {
        "classify" => {
            let mut out = String::with_capacity(lines.len() * 2);
            for l in &lines {
                out.push(if l.is(Type::INAPPROPRIATE) { '1' } else { '0' });
                out.push('\n');
            }
            print!("{out}");
        }
        _ => {
            let bytes: usize = lines.iter().map(|l| l.len()).sum();
            let t = Instant::now();
            let mut hits = 0usize;
            for l in &lines {
                if l.is(Type::INAPPROPRIATE) {
                    hits += 1;
                }
            }
            let s = t.elapsed().as_secs_f64();
            println!("{:.2} {:.0} {hits}", bytes as f64 / 1e6 / s, lines.len() as f64 / s);
        }
    }
}
