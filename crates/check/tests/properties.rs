//! Properties that hold for any input: folding is idempotent, spans lie on character boundaries
//! of the original, nothing panics, and results are deterministic.

use check::*;
use proptest::prelude::*;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| {
        let roster = parse_roster(synth::roster_csv(200).as_bytes()).unwrap();
        let profile = SchoolProfile {
            name: "Holly Grove School".into(),
            phone: "01772 123456".into(),
            ..Default::default()
        };
        Engine::new(Context { profile, roster, staff: Vec::new(), rules: PolicyRules::default() }).unwrap()
    })
}

/// Characters that stress the pipeline: separators, leet, look-alikes, wide and invisible forms.
const ALPHABET: &[char] = &[
    'a', 'b', 'c', 'e', 'f', 'h', 'i', 'k', 'l', 'n', 'o', 's', 't', 'u', 'y', 'A', 'J', 'S', 'H', ' ', ' ',
    ' ', '.', ',', '\'', '"', '*', '@', '$', '!', '#', '-', '/', ':', '\n', '0', '1', '3', '4', '5', '7',
    '9', '\u{200B}', '\u{00AD}', 'ａ', 'Ｆ', '𝐟', 'Ⓕ', 'ё', 'ж', 'Ω', 'ω', 'é', 'ß', 'ẞ', 'ﬁ', 'İ', 'ǅ',
    '😀', '£', '+', '(', ')', '\u{301}',
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(ALPHABET), 0..300).prop_map(|v| v.into_iter().collect()),
        any::<String>(),
        prop::sample::select(synth::corpus(20_000, 3)).prop_map(|s| s),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn folding_is_idempotent(s in text()) {
        let once = normalize::fold(&s);
        prop_assert_eq!(normalize::fold(&once.text).text, once.text.clone());
        for o in 0..once.text.len() {
            let p = once.origin(o);
            prop_assert!(p.is_some_and(|p| p < s.len() && s.is_char_boundary(p)), "byte {} maps to {:?}", o, p);
        }
        prop_assert_eq!(once.origin(once.text.len()), None);
    }

    #[test]
    fn findings_lie_on_character_boundaries_and_never_panic(s in text(), ch in 0usize..4, au in 0usize..5) {
        let d = Draft::new(s.clone(), Channel::ALL[ch], Author::ALL[au]);
        let o = engine().check(&d).unwrap();
        for f in &o.findings {
            prop_assert!(f.start <= f.end && f.end <= s.len());
            prop_assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end));
            prop_assert!(f.decision <= o.decision);
        }
        prop_assert_eq!(engine().check(&d).unwrap(), o, "deterministic");
    }
}
