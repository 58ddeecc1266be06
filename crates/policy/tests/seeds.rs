//! The packs built from the five seed policies: faithful clause structure, metadata, and the
//! lint and diff results the documents call for.

use policy::diff::{diff, ClauseChange};
use policy::lint::lint;
use policy::Pack;
use time::macros::date;

fn load(id: &str) -> Pack {
    let path = format!("{}/../../policies/{id}.md", env!("CARGO_MANIFEST_DIR"));
    Pack::parse(&path, &std::fs::read_to_string(&path).unwrap()).unwrap()
}

const ALL: [&str; 6] = [
    "lcc-model-2025",
    "holly-grove-2025",
    "trust-model-social-media",
    "willow-lane-2020",
    "social-networking-policy-2025",
    "lowerhouse-2025",
];

#[test]
fn every_pack_parses_with_unique_clauses() {
    for id in ALL {
        let p = load(id);
        assert_eq!(p.meta.id, id);
        assert!(p.clauses.len() >= 10, "{id}: {}", p.clauses.len());
        assert_eq!(p.content_hash().len(), 64);
    }
}

#[test]
fn lcc_clauses_are_numbered_as_in_the_source() {
    let p = load("lcc-model-2025");
    let ids: Vec<&str> = p.clauses.iter().map(|c| c.id.as_str()).collect();
    for want in [
        "1", "2", "3", "3.1", "3.4", "4", "4.1", "4.1(i)", "4.1(iv)", "4.1(vi)", "4.2", "5", "6", "6(i)",
        "6(iv)",
    ] {
        assert!(ids.contains(&want), "{want} in {ids:?}");
    }
    assert!(p
        .clause("4.2")
        .unwrap()
        .text
        .contains("should not access social networking sites in order to 'vet'"));
    assert!(p.clause("3.1").unwrap().text.contains("X (formerly Twitter)"));
    let t = load("trust-model-social-media");
    assert!(t.clause("9.3").is_some() && t.clause("11.2").is_some());
    let s = load("social-networking-policy-2025");
    assert!(s.clause("staff-expectations").unwrap().text.contains("Designated Safeguarding Lead"));
}

#[test]
fn with_today_every_seed_has_a_review_or_replacement_finding() {
    let today = date!(2026 - 11 - 21);
    for (id, expect) in [
        ("holly-grove-2025", "9 days overdue"),
        ("trust-model-social-media", "417 days ago"),
        ("willow-lane-2020", "1117 days overdue"),
        ("social-networking-policy-2025", "21 days overdue"),
        ("lowerhouse-2025", "52 days overdue"),
    ] {
        let f = lint(&load(id), today);
        let due: Vec<&str> = f
            .iter()
            .filter(|x| x.code == "review-overdue" || x.code == "replacement-overdue")
            .map(|x| x.message.as_str())
            .collect();
        assert!(due.iter().any(|m| m.contains(expect)), "{id}: {due:?}");
    }
    let willow = lint(&load("willow-lane-2020"), today);
    for code in ["outdated-platform", "outdated-guidance", "placeholder-unresolved", "contradiction"] {
        assert!(willow.iter().any(|x| x.code == code), "willow-lane-2020 has {code}");
    }
    let ratified = lint(&load("social-networking-policy-2025"), today);
    assert!(ratified.iter().any(|x| x.code == "approval-missing" && x.message.contains("ratified")));
    let lowerhouse = lint(&load("lowerhouse-2025"), today);
    assert!(lowerhouse
        .iter()
        .any(|x| x.code == "outdated-guidance"
            && x.message.contains("Keeping Children Safe in Education 2023")));
}

#[test]
fn willow_lane_against_the_2025_model() {
    let changes = diff(&load("lcc-model-2025"), &load("willow-lane-2020"));
    let changed = |id: &str| changes.iter().find(|c| c.id() == id);
    match changed("4.1(iv)") {
        Some(ClauseChange::Changed { words, .. }) => {
            assert!(words.contains("{+If professionals at the school, who are parents/"), "{words}")
        }
        other => panic!("4.1(iv): {other:?}"),
    }
    match changed("3.1") {
        Some(ClauseChange::Changed { words, .. }) => {
            assert!(words.contains("Pintrest") && words.contains("[-"), "{words}")
        }
        other => panic!("3.1: {other:?}"),
    }
    assert!(changed("4.2").is_none(), "4.2 is the same in both");
}
