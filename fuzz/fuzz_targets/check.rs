//! Fuzzes the whole check: any bytes, as text on every channel, against a roster, must not
//! panic, and every finding must lie on character boundaries of the input.
#![no_main]

use check::{Author, Channel, Context, Draft, Engine, PolicyRules, SchoolProfile};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| {
        let roster = check::parse_roster(check::synth::roster_csv(300).as_bytes()).expect("roster");
        let profile = SchoolProfile { name: "Holly Grove School".into(), phone: "01772 123456".into(), ..Default::default() };
        Engine::new(Context { profile, roster, staff: Vec::new(), rules: PolicyRules::default() }).expect("engine")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let channel = Channel::ALL[data.first().map(|b| *b as usize % 4).unwrap_or(0)];
    let author = Author::ALL[data.last().map(|b| *b as usize % 5).unwrap_or(0)];
    let o = engine().check(&Draft::new(text, channel, author)).expect("within limits");
    for f in &o.findings {
        assert!(f.start <= f.end && f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
    }
});
