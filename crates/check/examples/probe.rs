use check::*;
fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let read = |f: &str| std::fs::read(format!("{dir}/{f}")).unwrap();
    let ctx = Context {
        profile: SchoolProfile::parse(&String::from_utf8(read("school.toml")).unwrap()).unwrap(),
        roster: parse_roster(&read("roster.csv")).unwrap(),
        staff: parse_staff(&read("staff.csv")).unwrap(),
        rules: PolicyRules::default(),
    };
    let e = Engine::new(ctx).unwrap();
    for line in std::env::args().skip(2) {
        let ch: Channel = std::env::args().nth(1).unwrap().parse().unwrap();
        let o = e.check(&Draft::new(line.clone(), ch, Author::Public)).unwrap();
        println!("{line:?} => {:?}", o.decision);
        for f in &o.findings {
            println!(
                "   {} {:?} [{}] {:?} {}",
                f.category.code(),
                f.severity,
                &line[f.start..f.end],
                f.decision,
                f.clause
            );
        }
    }
}
