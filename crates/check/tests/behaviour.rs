//! What the engine must get right, case by case.

use check::*;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let read = |f: &str| std::fs::read(format!("{dir}/{f}")).unwrap();
        let ctx = Context {
            profile: SchoolProfile::parse(&String::from_utf8(read("school.toml")).unwrap()).unwrap(),
            roster: parse_roster(&read("roster.csv")).unwrap(),
            staff: parse_staff(&read("staff.csv")).unwrap(),
            rules: PolicyRules::default(),
        };
        Engine::new(ctx).unwrap()
    })
}

fn check(text: &str, channel: Channel, author: Author) -> Outcome {
    engine().check(&Draft::new(text, channel, author)).unwrap()
}

fn cats(o: &Outcome) -> Vec<&'static str> {
    o.findings.iter().map(|f| f.category.code()).collect()
}

#[track_caller]
fn has(text: &str, channel: Channel, author: Author, cat: &str) -> Outcome {
    let o = check(text, channel, author);
    assert!(cats(&o).contains(&cat), "{text:?} should have {cat}, got {:?}", o.findings);
    o
}

#[track_caller]
fn exactly(text: &str, channel: Channel, author: Author, expected: &[&str]) -> Outcome {
    let o = check(text, channel, author);
    assert!(cats(&o) == expected, "{text:?} should have exactly {expected:?}, got {:?}", o.findings);
    o
}

#[track_caller]
fn clean(text: &str, channel: Channel, author: Author) {
    let o = check(text, channel, author);
    assert!(
        o.findings.is_empty(),
        "{text:?} should be clean, got {:?}",
        o.findings.iter().map(|f| (f.category.code(), &text[f.start..f.end])).collect::<Vec<_>>()
    );
    assert_eq!(o.decision, Decision::Allow);
}

use Author::*;
use Channel::*;

#[test]
fn obfuscated_profanity_is_found_and_mapped_back() {
    for t in [
        "what the fuck",
        "what the FUCK",
        "what the ｆｕｃｋ",
        "what the fück",
        "what the fuсk",
        "what the f\u{200B}uck",
        "what the f*ck",
        "what the f**k",
        "what the f.u.c.k",
        "what the f u c k",
        "what the fuuuuck",
        "this is sh1t",
        "you @ss",
        "bullshit",
        "motherfucker",
    ] {
        let o = has(t, Official, School, "conduct.profanity");
        let f = &o.findings[0];
        assert!(t.is_char_boundary(f.start) && t.is_char_boundary(f.end), "{t}");
        assert!(f.end > f.start, "{t}");
        assert_eq!(o.decision, Decision::Block, "{t}");
    }
    let t = "what the ｆｕｃｋ";
    let o = check(t, Official, School);
    assert_eq!(&t[o.findings[0].start..o.findings[0].end], "ｆｕｃｋ");
}

#[test]
fn scunthorpe_problem() {
    for t in [
        "Our Year 5 trip to Scunthorpe was brilliant.",
        "Essex and Middlesex cricket clubs visited.",
        "A walk from Penistone to Cockermouth.",
        "Mocktails, not cocktails, at the summer fair!",
        "Data analysis in maths this week.",
        "Our school therapist visits on Tuesdays.",
        "On the bird-watch we saw great tits and blue tits.",
        "Tickets for Dick Whittington, our pantomime, are on sale.",
        "In history we learned how the assassin was caught.",
        "Year 6 were killing it at sports day!",
        "The choir smashed it at the concert.",
        "Read Moby Dick over half term.",
        "Assess your progress and pass the class quiz.",
    ] {
        clean(t, Official, School);
    }
}

#[test]
fn pupil_names_in_every_form() {
    for t in [
        "Well done Jack Smith!",
        "Well done JACK SMITH!",
        "Congratulations to jack smith",
        "Jack Smith's painting won",
        "Smith, Jack came first",
        "Zoe Unal read aloud",
        "Zoë Ünal read aloud",
        "Mary Jane Watson sang",
        "Maryjane Watson sang",
        "Olly Smith Jones scored",
        "Follow @jacksmith07 for his art",
        "Grace O'Neil and Grace ONeil",
    ] {
        let o = has(t, Official, School, "pupil.full-name");
        assert_eq!(o.decision, Decision::Block, "{t}");
        assert!(o.findings[0].fix.contains("first names only"));
    }
}

#[test]
fn ordinary_word_first_names_and_classes_are_not_pupils() {
    for t in [
        "Holly class went to the woods.",
        "Rowan Class are learning about Romans.",
        "We hope you will have a great summer.",
        "Grace before lunch, then a rose for every mum.",
        "Jack up the car and check the tyres.",
    ] {
        clean(t, Official, School);
    }
}

#[test]
fn no_publish_pupils_are_always_blocked() {
    for t in ["Aarav Patel won the spelling bee", "Well done Aarav for your poem", "Toby Wright scored twice"]
    {
        let o = has(t, Official, School, "pupil.no-publish");
        assert_eq!(o.decision, Decision::Block);
    }
    let mut d = Draft::new("Sports day fun!", Official, School);
    d.images.push(Image { pupils: vec!["Aarav Patel".into()] });
    let o = engine().check(&d).unwrap();
    assert_eq!(cats(&o), ["pupil.no-publish"]);
    assert_eq!(o.decision, Decision::Block);
}

#[test]
fn images_without_consent() {
    let mut d = Draft::new("Sports day fun!", Official, School);
    d.images.push(Image { pupils: vec!["Grace O'Neil".into(), "Jack Smith".into()] });
    d.images.push(Image { pupils: vec!["Nobody Known".into()] });
    let o = engine().check(&d).unwrap();
    assert_eq!(cats(&o), ["pupil.image-no-consent", "pupil.image-no-consent"], "{:?}", o.findings);
    assert!(o.findings.iter().any(|f| f.message.contains("not on the roster")));
}

#[test]
fn image_consent_setting_asks_for_the_headteacher_too() {
    let mut d = Draft::new("Sports day fun!", Official, School);
    d.images.push(Image { pupils: vec!["Jack Smith".into()] });
    assert!(engine().check(&d).unwrap().findings.is_empty(), "parents' consent is enough by default");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let read = |f: &str| std::fs::read(format!("{dir}/{f}")).unwrap();
    let rules = PolicyRules {
        image_approval: Some(ClauseRef { policy: "Ours v3".into(), clause: "7.2".into(), text: None }),
        ..PolicyRules::default()
    };
    let strict = Engine::new(Context {
        profile: SchoolProfile::parse(&String::from_utf8(read("school.toml")).unwrap()).unwrap(),
        roster: parse_roster(&read("roster.csv")).unwrap(),
        staff: parse_staff(&read("staff.csv")).unwrap(),
        rules,
    })
    .unwrap();
    let o = strict.check(&d).unwrap();
    assert_eq!(o.decision, Decision::Warn, "{:?}", o.findings);
    assert!(o.findings[0].message.contains("headteacher's approval"), "{:?}", o.findings);
    assert_eq!(
        (o.findings[0].clause.policy.as_str(), o.findings[0].clause.clause.as_str()),
        ("Ours v3", "7.2")
    );
    // Personal accounts and received comments are unchanged by the setting.
    d.channel = Comment;
    d.author = Parent;
    assert!(strict.check(&d).unwrap().findings.is_empty());
}

fn engine_with(rules: PolicyRules) -> Engine {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let read = |f: &str| std::fs::read(format!("{dir}/{f}")).unwrap();
    Engine::new(Context {
        profile: SchoolProfile::parse(&String::from_utf8(read("school.toml")).unwrap()).unwrap(),
        roster: parse_roster(&read("roster.csv")).unwrap(),
        staff: parse_staff(&read("staff.csv")).unwrap(),
        rules,
    })
    .unwrap()
}

#[test]
fn friendship_settings_change_the_decision() {
    let parents = "Happy to accept friend requests from the Year 6 parents on Facebook";
    let former = "I've added some of my former pupils as friends on Facebook";
    // LCC model: parents are out of bounds (4.1(iv)); former pupils strongly discouraged (4.1(v)).
    let o = has(parents, Personal, Staff, "boundary.private-contact");
    assert_eq!((o.decision, o.findings[0].clause.clause.as_str()), (Decision::Block, "4.1(iv)"));
    let o = has(former, Personal, Staff, "boundary.private-contact");
    assert_eq!((o.decision, o.findings[0].clause.clause.as_str()), (Decision::Warn, "4.1(v)"));

    let ours =
        |clause: &str| ClauseRef { policy: "Willow Lane v2".into(), clause: clause.into(), text: None };
    let relaxed =
        engine_with(PolicyRules { parent_friendships: Some(ours("4.1(iv)")), ..PolicyRules::default() });
    let o = relaxed.check(&Draft::new(parents, Personal, Staff)).unwrap();
    assert_eq!(o.decision, Decision::Warn, "{:?}", o.findings);
    assert!(o.findings[0].message.contains("themselves parents"), "{:?}", o.findings);
    assert_eq!(o.findings[0].clause.policy, "Willow Lane v2");
    // Pupils are never covered by the parents' allowance.
    let o = relaxed
        .check(&Draft::new("Accepting friend requests from Year 6 pupils on Facebook", Personal, Staff))
        .unwrap();
    assert_eq!(o.decision, Decision::Block, "{:?}", o.findings);

    let strict = engine_with(PolicyRules { former_pupils: (ours("5.3"), true), ..PolicyRules::default() });
    let o = strict.check(&Draft::new(former, Personal, Staff)).unwrap();
    assert_eq!(
        (o.decision, o.findings[0].clause.clause.as_str()),
        (Decision::Block, "5.3"),
        "{:?}",
        o.findings
    );
    assert!(o.findings[0].message.contains("under 18"));
}

#[test]
fn uk_personal_data() {
    for (t, cat) in [
        ("Call me on 07700 900123", "personal-data.phone"),
        ("Ring +44 (0)20 7946 0018", "personal-data.phone"),
        ("Email jo.bloggs@gmail.com", "personal-data.email"),
        ("She lives at 14 Acacia Avenue", "personal-data.address"),
        ("Postcode BB11 4AJ", "personal-data.address"),
        ("Postcode bb114aj", "personal-data.address"),
        ("DOB 12/03/2015", "personal-data.date-of-birth"),
        ("Born on 3rd May 2016", "personal-data.date-of-birth"),
        ("UPN D888200121000", "personal-data.identifier"),
        ("NHS number 943 476 5919", "personal-data.identifier"),
        ("NI AB123456C", "personal-data.identifier"),
    ] {
        has(t, Official, School, cat);
    }
    clean("Call the office on 01772 123456 or email office@hollygrove.lancs.sch.uk", Official, School);
    clean("Sports day is on 12/07/2026 at 1 School Lane, PR1 2AB.", Official, School);
}

#[test]
fn teaching_and_reporting_context_is_not_a_finding() {
    for t in [
        "Online safety week taught pupils how to spot grooming.",
        "In PSHE we learned about the signs of self harm and how to get help.",
        "Our assembly explored county lines and how to stay safe.",
        "If you are worried about suicide, talk to Childline.",
        "We are proud to be a diverse school: Muslim, Christian, gay, trans, Black and disabled families are welcome here.",
        "Calling someone 'gay' as an insult is not okay.",
    ] {
        clean(t, Official, School);
    }
}

#[test]
fn identity_terms_alone_are_not_findings_but_hate_is() {
    clean("I am a proud gay man.", Personal, Staff);
    clean("Muslims celebrate Eid this week.", Official, School);
    for t in [
        "I hate Muslims",
        "Immigrants are vermin",
        "Gay people should be shot",
        "Trans people don't deserve to live",
        "Why are women so stupid?",
    ] {
        let o = has(t, Comment, Public, "conduct.discrimination");
        assert_eq!(o.decision, Decision::Block, "{t}");
    }
    clean("I don't hate Muslims.", Comment, Public);
}

#[test]
fn bullying_threats_and_received_items_never_warn() {
    has("You are such a loser", Comment, Pupil, "conduct.bullying");
    has("Jack is a fat idiot", Comment, Pupil, "conduct.bullying");
    has("kill yourself", Message, Pupil, "conduct.bullying");
    has("I'm going to kill you after school", Message, Pupil, "conduct.threat");
    has("Watch your back tomorrow", Comment, Public, "conduct.threat");
    clean("That was a stupid mistake by me.", Personal, Staff);
    for t in ["shit", "Mr Clegg is useless", "I want to complain about the dinners"] {
        let o = check(t, Comment, Parent);
        assert!(!o.findings.is_empty(), "{t}");
        assert!(o.findings.iter().all(|f| f.decision != Decision::Warn), "{t}: {:?}", o.findings);
    }
}

#[test]
fn channel_aware_decisions() {
    assert_eq!(check("What a shit day", Official, School).decision, Decision::Block);
    assert_eq!(check("What a shit day", Personal, Staff).decision, Decision::Warn);
    assert_eq!(check("What a shit day", Comment, Parent).decision, Decision::Review);
}

#[test]
fn safeguarding_boundaries_confidentiality_complaints_disclaimers() {
    has("don't tell your mum, it's our little secret", Message, Staff, "safeguarding.grooming");
    has("send me a pic", Message, Public, "safeguarding.grooming");
    has("I want to kill myself", Message, Pupil, "safeguarding.self-harm");
    has("join the caliphate brothers", Comment, Public, "safeguarding.radicalisation");
    has("want to make easy money running a line", Message, Public, "safeguarding.exploitation");
    has("Add me on snapchat, it's easier than school email", Message, Staff, "boundary.private-contact");
    has(
        "Miss, I've added you on Facebook, accept my friend request",
        Message,
        Pupil,
        "boundary.private-contact",
    );
    has(
        "Mr Clegg's disciplinary hearing is on Friday, confidential.",
        Personal,
        Staff,
        "confidential.information",
    );
    has("This is disgraceful, nobody listens at this school", Comment, Parent, "complaint.wrong-channel");
    has("I think Holly Grove is the best school in Lancashire", Personal, Staff, "disclaimer.missing");
    clean("I think Holly Grove is the best school in Lancashire. Views my own.", Personal, Staff);
    has("Jack Smith has ADHD and an EHCP", Official, School, "personal-data.special-category");
    has("Year 4 are at Blackpool Zoo right now until 3pm!", Official, School, "pupil.location-live");
    clean("Year 4 visited Blackpool Zoo last week and loved it.", Official, School);
}

#[test]
fn findings_cite_clauses_and_order_is_deterministic() {
    let t = "Jack Smith, call 07700 900123 you fucking idiot";
    let a = check(t, Official, School);
    let b = check(t, Official, School);
    assert_eq!(a, b);
    for w in a.findings.windows(2) {
        assert!((w[0].start, w[0].end) <= (w[1].start, w[1].end));
    }
    for f in &a.findings {
        assert!(!f.clause.policy.is_empty() && !f.clause.clause.is_empty());
    }
    assert!(a.findings.iter().any(|f| f.clause.to_string() == "lcc-model-2025 §4.1(iii)"));
}

#[test]
fn bad_input_is_refused() {
    let big = "a".repeat(MAX_TEXT + 1);
    assert!(matches!(engine().check(&Draft::new(big, Official, School)), Err(CheckError::TooLong(_))));
    let dup = "upn,first_name,last_name,preferred_name,year_group,social_media_consent,no_publish\nD888200121000,A,B,,1,yes,no\nD888200121000,C,D,,1,yes,no\n";
    let err = parse_roster(dup.as_bytes()).unwrap_err();
    assert!(err.to_string().contains("line 3: UPN D888200121000 is also on line 2"), "{err}");
    let bad = "upn,first_name,last_name,preferred_name,year_group,social_media_consent,no_publish\nX123,A,B,,1,maybe,no\n";
    assert!(parse_roster(bad.as_bytes()).unwrap_err().to_string().contains("line 2"));
}

/// Working buffers are reused between checks on a thread: no text may leave anything behind for
/// the next, whatever its length or alphabet.
#[test]
fn one_check_leaves_nothing_behind_for_the_next() {
    let long = "Jack Smith's phone is 07700 900123. ".repeat(3_000);
    let texts = [
        "Well done to Jack Smith in Year 6 for his award!",
        long.as_str(),
        "Ｆｕｃｋ this, call me on 07700 900123",
        "",
        "A lovely assembly today.",
        "you f.u.c.k.i.n.g idiot, meet me after school and don't tell anyone",
        "Well done to Jack Smith in Year 6 for his award!",
    ];
    let channels = [Channel::Official, Channel::Comment, Channel::Message, Channel::Personal];
    let sequence: Vec<Outcome> =
        texts.iter().zip(channels.iter().cycle()).map(|(t, &c)| check(t, c, Author::Public)).collect();
    // Each text checked on a fresh thread, with fresh buffers, must give the same outcome.
    for (i, (t, &c)) in texts.iter().zip(channels.iter().cycle()).enumerate() {
        let t = t.to_string();
        let fresh = std::thread::spawn(move || check(&t, c, Author::Public)).join().unwrap();
        assert_eq!(sequence[i], fresh, "text {i} differs after earlier checks");
    }
    assert_eq!(sequence[0], check(texts[0], channels[0], Author::Public));
    assert!(!sequence[1].findings.is_empty() && !sequence[5].findings.is_empty());
}

#[test]
fn a_prefix_term_needs_its_repeated_letters() {
    // "nigg…" once matched "night" through its de-duplicated form.
    for t in ["What a night! Thank you all.", "Some of these nights are a nightmare to plan.", "Nigeria day"]
    {
        assert!(
            !cats(&check(t, Channel::Comment, Author::Public)).contains(&"conduct.discrimination"),
            "{t}"
        );
    }
    has("you niggas are all the same", Channel::Comment, Author::Public, "conduct.discrimination");
    has("fuuuuckinggg hell", Channel::Comment, Author::Public, "conduct.profanity");
}

#[test]
fn pupils_at_a_named_place_now_are_a_live_location() {
    for t in [
        "Year 3 are off to Martin Mere today and back by 3.15pm.",
        "Our residential group are at Robinwood until Friday afternoon.",
        "At Blackpool Tower with 30 Year 4s until 2pm!",
    ] {
        has(t, Channel::Official, Author::School, "pupil.location-live");
    }
    clean("Year 6 visited Blackpool Tower last Friday.", Channel::Official, Author::School);
    clean("Year 5 will perform at Christmas, tickets on sale today.", Channel::Official, Author::School);
    clean("Year 2 are back at Holly Grove by 3pm today.", Channel::Official, Author::School);
}

#[test]
fn opinions_on_discipline_are_not_disclosures_but_investigations_are() {
    let o = check("Mr Clegg is a useless teacher and should be sacked.", Channel::Comment, Author::Parent);
    assert_eq!(cats(&o), ["conduct.derogatory"]);
    has(
        "Strictly between us, the deputy head is under investigation.",
        Channel::Personal,
        Author::Staff,
        "confidential.information",
    );
}

#[test]
fn a_secret_meeting_is_grooming_not_a_threat() {
    let o =
        check("Meet me after school by the shops, and don't tell anyone.", Channel::Message, Author::Staff);
    assert_eq!(cats(&o), ["safeguarding.grooming"]);
    has("meet me after school, you're dead", Channel::Message, Author::Pupil, "conduct.threat");
}

#[test]
fn phrasings_from_the_second_fresh_set() {
    has("Go back to your own country.", Channel::Comment, Author::Public, "conduct.discrimination");
    has(
        "I feel like nobody would care if I disappeared.",
        Channel::Message,
        Author::Pupil,
        "safeguarding.self-harm",
    );
    let o = check("That teacher is a paedo, keep your kids away from him.", Channel::Comment, Author::Public);
    assert_eq!(cats(&o), ["conduct.derogatory"]);
    // Denouncing the word is not an accusation.
    clean("Calling people a paedo online can be libel.", Channel::Official, Author::School);
    // "allowed to teach" is about who may teach, not a lesson that quotes the words.
    has(
        "Gay people shouldn't be allowed to teach children.",
        Channel::Comment,
        Author::Public,
        "conduct.discrimination",
    );
    clean(
        "In PSHE we taught pupils that gay people are part of every community.",
        Channel::Official,
        Author::School,
    );
    // An ordinary-word first name followed by "who" is a person.
    has(
        "A big welcome back to Grace, who has been in hospital with a broken leg.",
        Channel::Official,
        Author::School,
        "personal-data.special-category",
    );
    clean("We said grace before the harvest lunch, which was delicious.", Channel::Official, Author::School);
}

#[test]
fn phrasings_from_the_third_fresh_set() {
    let sorted = |o: &Outcome| {
        let mut c = cats(o);
        c.sort();
        c
    };
    // Views about the school are views, whether "I think" or an insult.
    let o =
        check("Some of the parents at Holly Grove are absolute morons.", Channel::Personal, Author::Staff);
    assert_eq!(sorted(&o), ["conduct.derogatory", "disclaimer.missing"]);
    let o = check(
        "Our head at Holly Grove School has no idea how to run a school.",
        Channel::Personal,
        Author::Staff,
    );
    assert_eq!(sorted(&o), ["conduct.derogatory", "disclaimer.missing"]);
    // Insults after a staff title or before "running this school" are about staff, not bullying.
    let o = check("Mr Taylor, you're a useless cow.", Channel::Comment, Author::Public);
    assert_eq!(sorted(&o), ["conduct.derogatory"]);
    let o = check("Absolute scumbags running this school.", Channel::Comment, Author::Public);
    assert_eq!(sorted(&o), ["conduct.derogatory"]);
    // A collective noun does not hide who is insulted.
    let o = check("You lot are a bunch of wankers.", Channel::Comment, Author::Public);
    assert_eq!(sorted(&o), ["conduct.bullying", "conduct.profanity"]);
    // Staff discipline and police matters, and an inspection before its report.
    for text in [
        "Following last week's incident, a member of staff has been suspended pending investigation.",
        "Can't believe one of our TAs was arrested last night, the whole staffroom is in shock.",
        "Just had the worst Ofsted inspection of my career, can't say more until the report is out.",
    ] {
        has(text, Channel::Personal, Author::Staff, "confidential.information");
    }
    clean(
        "In history, Year 5 learned how Guy Fawkes was arrested in 1605.",
        Channel::Official,
        Author::School,
    );
    // Secondary year groups are pupils too; a pupil asking for a teacher's own number is private contact.
    has(
        "Message me on WhatsApp if you need help with your homework over the holidays, year 9!",
        Channel::Personal,
        Author::Staff,
        "boundary.private-contact",
    );
    has(
        "miss can i have your number so i can text you about the trip",
        Channel::Message,
        Author::Pupil,
        "boundary.private-contact",
    );
    clean("Parents: we will text you if the coach is late.", Channel::Official, Author::School);
    has(
        "I'm going to find out where that teacher lives and make him pay.",
        Channel::Comment,
        Author::Public,
        "conduct.threat",
    );
    has(
        "This school is full of immigrants now, send them all back.",
        Channel::Comment,
        Author::Public,
        "conduct.discrimination",
    );
    has(
        "Why has nobody replied to my email about my son's detention? Absolutely disgusting service.",
        Channel::Comment,
        Author::Parent,
        "complaint.wrong-channel",
    );
    has(
        "u wanna come to a party at mine? loads of free vodka and weed",
        Channel::Message,
        Author::Public,
        "safeguarding.exploitation",
    );
}

#[test]
fn phrasings_from_the_fourth_fresh_set() {
    let sorted = |o: &Outcome| {
        let mut c = cats(o);
        c.sort();
        c
    };
    // "after school" is when, not whom: an insult to "you" stays bullying.
    let o = check("Nobody at school likes you, you little rat.", Channel::Message, Author::Pupil);
    assert_eq!(sorted(&o), ["conduct.bullying"]);
    let o = check("Everyone at school knows you're a snake.", Channel::Comment, Author::Pupil);
    assert_eq!(sorted(&o), ["conduct.bullying"]);
    // To rat on someone is to tell on them.
    clean(
        "Don't rat on your friends, talk to an adult you trust instead.",
        Channel::Official,
        Author::School,
    );
    // Asking to be friends with staff on a named platform, sent to the school.
    has("Can I add you on snap, miss?", Channel::Message, Author::Pupil, "boundary.private-contact");
    has("Could you add me on Facebook please?", Channel::Message, Author::Parent, "boundary.private-contact");
    clean("Please add me to the list for the Year 6 trip.", Channel::Message, Author::Parent);
    // Staff sickness is theirs to share.
    has(
        "Mr Ellis has been signed off with anxiety again.",
        Channel::Personal,
        Author::Staff,
        "confidential.information",
    );
    // Telling people to go back where they came from, unless it is what a lesson is about.
    has("Go back to where you came from.", Channel::Comment, Author::Public, "conduct.discrimination");
    clean(
        "In PSHE, Year 6 discussed why telling someone to go back where they came from is racist.",
        Channel::Official,
        Author::School,
    );
    has(
        "Britain's white race is under attack. Stand with us.",
        Channel::Comment,
        Author::Public,
        "safeguarding.radicalisation",
    );
    has("Hot singles near you tonight! Click the link.", Channel::Comment, Author::Public, "conduct.sexual");
    has(
        "Nobody has answered my calls for a week.",
        Channel::Comment,
        Author::Parent,
        "complaint.wrong-channel",
    );
    has(
        "He thinks he is safe but I'll be waiting for him at the gate.",
        Channel::Comment,
        Author::Public,
        "conduct.threat",
    );
    // A pet's name is a name.
    clean("Meet our class rabbit, a lop-eared bunny named Dick.", Channel::Official, Author::School);
    has("The new headteacher is clueless.", Channel::Comment, Author::Parent, "conduct.derogatory");
    // A pupil's restraint is confidential.
    has(
        "We had to restrain a Year 9 girl today who was kicking staff.",
        Channel::Personal,
        Author::Staff,
        "confidential.information",
    );
    // Phrases that would bully a person are derogatory when aimed at staff; a death wish stays bullying.
    let o = check("Useless cow of a receptionist, you should be ashamed.", Channel::Comment, Author::Public);
    let mut c = sorted(&o);
    c.dedup();
    assert_eq!(c, ["conduct.derogatory"]);
    let o = check("The governors are a waste of space.", Channel::Comment, Author::Parent);
    assert_eq!(sorted(&o), ["conduct.derogatory"]);
    has("Mr Clegg, go kill yourself.", Channel::Comment, Author::Public, "conduct.bullying");
    // "the boys in Year 5" are still the boys described.
    has(
        "The boys in Year 5 have been complete animals all week.",
        Channel::Personal,
        Author::Staff,
        "conduct.derogatory",
    );
}

#[test]
fn everyday_words_that_look_like_special_category() {
    // Sports day, sums, charity appeals and class pets say nothing about a pupil's health or race.
    for text in [
        "Jack Smith won the sack race!",
        "Isla McDonald came first in the relay race.",
        "Amelia Clarke helped add up the money from the cake sale.",
        "Jack Smith took part in Operation Christmas Child.",
        "Holly Brown adopted a hedgehog for the class project.",
        "Amelia Clarke was anxious to get started on her science project.",
        "Jack Smith will send his project in on Monday.",
        "Rowan Hughes looked after our guinea pigs over half term.",
    ] {
        let o = check(text, Channel::Official, Author::School);
        assert_eq!(cats(&o), ["pupil.full-name"], "{text}");
    }
    // The same words used of the pupil still are.
    for text in [
        "Jack Smith has ADD and may need extra time.",
        "Amelia Clarke is on the SEND register.",
        "Jack Smith had an operation on his knee.",
        "Holly Brown was adopted last year.",
        "Jack Smith gets very anxious in crowds.",
        "Jack Smith, who is mixed race, won the award.",
    ] {
        has(text, Channel::Official, Author::School, "personal-data.special-category");
    }
}

#[test]
fn more_ways_of_saying_it() {
    has(
        "Another day, another idiot parent shouting at me.",
        Channel::Personal,
        Author::Staff,
        "conduct.derogatory",
    );
    has(
        "Any parents in my class want to join my Facebook group for homework tips?",
        Channel::Personal,
        Author::Staff,
        "boundary.private-contact",
    );
    has(
        "Sad news: one of our Year 8 girls has been taken into care.",
        Channel::Personal,
        Author::Staff,
        "confidential.information",
    );
    has(
        "Ofsted rated us Good but we can't announce it yet!",
        Channel::Personal,
        Author::Staff,
        "confidential.information",
    );
    has(
        "My son came home with bruises again and nobody rang me.",
        Channel::Comment,
        Author::Parent,
        "complaint.wrong-channel",
    );
    has(
        "Why wasn't I told my daughter was in isolation all day?",
        Channel::Comment,
        Author::Parent,
        "complaint.wrong-channel",
    );
    has("Make Britain white again", Channel::Comment, Author::Public, "conduct.discrimination");
    has(
        "i can get you free trainers if you hold something for me",
        Channel::Message,
        Author::Public,
        "safeguarding.exploitation",
    );
    has("nobody would even notice if i was gone", Channel::Message, Author::Pupil, "safeguarding.self-harm");
    has(
        "Islam will dominate. Death to the unbelievers.",
        Channel::Message,
        Author::Public,
        "safeguarding.radicalisation",
    );
}

#[test]
fn phrasings_from_the_fifth_fresh_set() {
    // An unpublished inspection report, and being told to keep it to yourselves.
    has(
        "Our Ofsted report is not yet published, so please keep the outcome to yourselves for now.",
        Channel::Official,
        Author::School,
        "confidential.information",
    );
    clean("The Ofsted report is now published on our website.", Channel::Official, Author::School);
    // Teams named by age, and "we're" is the present, not "were".
    has(
        "The under-11s are playing away at Longridge this Saturday, kick off 10am!",
        Channel::Official,
        Author::School,
        "pupil.location-live",
    );
    has(
        "We're at Preston Guild Hall right now for the dance finals - wish us luck!",
        Channel::Official,
        Author::School,
        "pupil.location-live",
    );
    clean("We were at Preston yesterday for the finals.", Channel::Official, Author::School);
    clean("We're at the school office until 5pm today if you need us.", Channel::Official, Author::School);
    // "These people" are the parents of the sentence before.
    has(
        "Another parent screaming at me in the car park today. Some of these people are absolute animals.",
        Channel::Personal,
        Author::Staff,
        "conduct.derogatory",
    );
    clean(
        "Brilliant parents evening. These people make the job worthwhile.",
        Channel::Personal,
        Author::Staff,
    );
    // A collective noun between the staff and the insult.
    has("Your teachers are a bunch of lazy cunts", Channel::Comment, Author::Public, "conduct.derogatory");
    has(
        "Total waste of taxpayers money this school.",
        Channel::Comment,
        Author::Public,
        "conduct.derogatory",
    );
    // Restraint of a pupil, even unnamed.
    has(
        "Had to restrain a Year 2 today, exhausted.",
        Channel::Personal,
        Author::Staff,
        "confidential.information",
    );
    has("kill urself summer nobody likes u", Channel::Comment, Author::Pupil, "conduct.bullying");
    has(
        "I know where that teacher lives and I'll make sure she regrets it.",
        Channel::Comment,
        Author::Public,
        "conduct.threat",
    );
    has(
        "sir can i message u on insta instead its easier",
        Channel::Message,
        Author::Pupil,
        "boundary.private-contact",
    );
    clean("can I talk to you on Monday about my project miss?", Channel::Message, Author::Pupil);
    has(
        "I'm disgusted with how my daughter's complaint was handled and I'll be posting about it on Facebook.",
        Channel::Message,
        Author::Parent,
        "complaint.wrong-channel",
    );
    clean(
        "Please share this on Facebook so everyone knows about the fair!",
        Channel::Comment,
        Author::Parent,
    );
    has(
        "theres a lad outside the gates giving out free vapes if you run errands for him",
        Channel::Message,
        Author::Pupil,
        "safeguarding.exploitation",
    );
    has(
        "u want to earn 200 quid this weekend? just need u to drop a package in blackburn",
        Channel::Message,
        Author::Public,
        "safeguarding.exploitation",
    );
    has(
        "Stunning girls waiting for you, DM me for a good time",
        Channel::Comment,
        Author::Public,
        "conduct.sexual",
    );
}

#[test]
fn prison_is_confidential_when_it_is_about_the_school_community() {
    has(
        "Just found out Summer Khan's dad is in prison, explains a lot.",
        Channel::Personal,
        Author::Staff,
        "confidential.information",
    );
    has(
        "One of my pupils has a dad in prison, so sad.",
        Channel::Personal,
        Author::Staff,
        "confidential.information",
    );
    // Their own family, a history lesson: not the school's to keep.
    clean("My brother is in prison and I miss him.", Channel::Personal, Author::Staff);
    clean(
        "In history, Year 6 learned how Nelson Mandela was in prison for 27 years.",
        Channel::Official,
        Author::School,
    );
}

#[test]
fn phrasings_from_the_sixth_fresh_set() {
    use Author::*;
    use Channel::*;
    // "at the Guild Hall", and a year group in the plural.
    has(
        "Our Year 6s will be at the Winckley Square lights switch-on at 5pm on Thursday!",
        Official,
        School,
        "pupil.location-live",
    );
    clean("Proud of my Year 6s today at the SATs. Views are my own.", Personal, Staff);
    clean("See you at the Christmas Fair at 3pm today!", Official, School);
    // Insults past a relative clause, and a school policy as what is run down.
    has("Parents who send their kids in with nits are disgusting.", Personal, Staff, "conduct.derogatory");
    has(
        "Parents who send their kids in with nits should be ashamed of themselves.",
        Personal,
        Staff,
        "conduct.derogatory",
    );
    clean("Parents who helped at the fair should be proud of themselves.", Official, School);
    has("Year 5 have been absolute monsters this week.", Personal, Staff, "conduct.derogatory");
    clean("Our little monsters loved the Halloween disco!", Official, School);
    has(
        "I work at Holly Grove and honestly the new behaviour policy is a disaster.",
        Personal,
        Staff,
        "conduct.derogatory",
    );
    // Staff giving their own number, or inviting a named pupil to a private channel.
    has(
        "If any parents need me over the holidays, my personal number is 07700 900456.",
        Personal,
        Staff,
        "boundary.private-contact",
    );
    has(
        "Hey Amelia, add me on Insta so we can chat about your project",
        Personal,
        Staff,
        "boundary.private-contact",
    );
    clean("Add me on Insta, Grace, it was lovely to catch up at the reunion!", Personal, Staff);
    clean("My phone number has changed, text me for the new one.", Personal, Staff);
    // Dismissal of a member of staff.
    has("Our head got the sack today for fiddling the budget.", Personal, Staff, "confidential.information");
    clean("Got fired up for the new term!", Personal, Staff);
    // A veiled threat, a sexual remark about pupils, xenophobia, a county-lines errand.
    has(
        "I'll be waiting outside the gates for that teacher at 3.15, she won't know what's hit her.",
        Comment,
        Public,
        "conduct.threat",
    );
    has("Would love to get my hands on some of those Year 6 girls", Comment, Public, "conduct.sexual");
    clean("Would love to get my hands on some of those Christmas jumpers!", Comment, Parent);
    has(
        "Too many foreigners in this school now, it's not what it used to be.",
        Comment,
        Parent,
        "conduct.discrimination",
    );
    // Running the school down is not a complaint about how someone was treated.
    let o = has("The new head is a joke. Worst school in Preston.", Comment, Parent, "conduct.derogatory");
    assert!(!cats(&o).contains(&"complaint.wrong-channel"), "{:?}", cats(&o));
    has(
        "There's a lad at the park who pays us to carry bags to other towns",
        Message,
        Pupil,
        "safeguarding.exploitation",
    );
}

#[test]
fn phrasings_from_the_seventh_fresh_set() {
    has(
        "The whole school will be at Avenham Park from 1pm today for the fun run.",
        Official,
        School,
        "pupil.location-live",
    );
    clean("The whole school enjoyed the fun run at Avenham Park last week.", Official, School);
    has(
        "Happy birthday to Rowan Hughes, who turned 6 on 3rd June!",
        Official,
        School,
        "personal-data.date-of-birth",
    );
    clean("Year 2 turned 100 days old at school on 3rd June!", Official, School);
    has(
        "For anything urgent, call Mr Clegg on his mobile, 07788 112299.",
        Official,
        School,
        "boundary.private-contact",
    );
    clean("For anything urgent, call the office on 01772 123456.", Official, School);
    has(
        "A boy in my class told me his stepdad hits him and I can't stop thinking about it.",
        Personal,
        Staff,
        "confidential.information",
    );
    clean("My dad hits the gym every morning before work.", Personal, Staff);
    has("Year 6 are the rudest class I have ever taught.", Personal, Staff, "conduct.derogatory");
    clean("Year 6 are the best class I have ever taught.", Personal, Staff);
    clean("Year 6 were taught how to stay safe online.", Official, School);
    has("You're a pathetic excuse for a headteacher, Mrs Hartley", Comment, Parent, "conduct.derogatory");
    clean("You are an absolute credit to the school, Mrs Hartley", Comment, Parent);
    has("Holly Grove, full of chavs and thugs.", Comment, Public, "conduct.derogatory");
    clean("Holly Grove, full of smiles on sports day!", Comment, Public);
    has("Immigrants are destroying this country.", Comment, Public, "conduct.discrimination");
    clean("Immigrants are helping to rebuild this country.", Comment, Public);
    has("Jews control the banks.", Comment, Public, "conduct.discrimination");
    has(
        "I'm reporting the school to the council because you ignored my complaint.",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    clean("The council is resurfacing the road outside school next week.", Comment, Parent);
    has("We are at war with Islam, brothers.", Message, Public, "safeguarding.radicalisation");
    // Sexual words inside an exploitation finding are part of that concern, not a second finding.
    let o = check("Miss, a girl in my form is selling nudes to older men.", Message, Pupil);
    assert_eq!(cats(&o), ["safeguarding.exploitation"]);
    clean("Our history topic this term is the Second World War.", Official, School);
}

#[test]
fn phrasings_from_the_eighth_fresh_set() {
    // Chat spellings of "your", "you" and "yourself" match the lexicons' findings.
    has("dont tell ur parents about me, they wouldnt get it", Message, Public, "safeguarding.grooming");
    has("can u send me a pic of urself", Message, Public, "safeguarding.grooming");
    has("wanna meet up after school? come on your own x", Message, Public, "safeguarding.grooming");
    clean("Can Jack come over on his own tomorrow?", Message, Parent);
    // A pupil's own plea for secrecy is a disclosure, not grooming; a reported one still is.
    let o = check("i've been cutting again, please don't tell anyone", Message, Pupil);
    assert_eq!(cats(&o), ["safeguarding.self-harm"]);
    has("he said don't tell anyone or I'll get in trouble", Message, Pupil, "safeguarding.grooming");
    has("Don't tell your mum, it's our little secret.", Message, Pupil, "safeguarding.grooming");
    has(
        "I can get you a new phone if you do a few jobs for me",
        Message,
        Public,
        "safeguarding.exploitation",
    );
    has(
        "My cousin can get me into a gang that pays £200 a week",
        Message,
        Pupil,
        "safeguarding.exploitation",
    );
    clean("Year 9 learnt how gangs groom children into county lines.", Official, School);
    has(
        "White people are being replaced. Rise up and take our country back.",
        Message,
        Public,
        "safeguarding.radicalisation",
    );
    has("Get these refugees out of our schools", Comment, Public, "conduct.discrimination");
    clean("We welcomed two refugees into our school this week.", Comment, Parent);
    has(
        "I'll be at the gates for that teacher. He won't walk away this time.",
        Comment,
        Public,
        "conduct.threat",
    );
    clean("He won't get away with that shot this time, great defending!", Comment, Parent);
    has("Year 6 are staying at Robinwood all this week!", Official, School, "pupil.location-live");
    clean("All this week Year 2 have been learning about the Romans.", Official, School);
    has(
        "Proud to work at Holly Grove School, where every child matters.",
        Personal,
        Staff,
        "disclaimer.missing",
    );
    clean("Proud of my cooking today!", Personal, Staff);
}

#[test]
fn phrasings_from_the_ninth_fresh_set() {
    // A pupil's own disclosure of harm at home goes to the DSL, worded as a disclosure.
    let o = has(
        "Miss, I don't want to go home tonight, he gets really angry when he's drunk",
        Message,
        Pupil,
        "confidential.information",
    );
    assert!(o.findings[0].message.contains("disclosing"), "{:?}", o.findings);
    let sh = check("i want to kill myself", Message, Pupil);
    assert_eq!(o.findings[0].clause, sh.findings[0].clause, "a disclosure cites the safeguarding clause");
    has("Sir, my stepdad hits me", Message, Pupil, "confidential.information");
    clean("my dad beat me at chess lol", Message, Pupil);
    has("Safeguarding meeting about the Smith boy again today.", Personal, Staff, "confidential.information");
    clean("Staff safeguarding meeting at 3.30 in the hall.", Official, School);
    // Insults that are their own verb, and schools run by idiots.
    has("That Mrs Hartley wants sacking", Comment, Parent, "conduct.derogatory");
    has("Mrs Hartley hasn't got a clue", Comment, Parent, "conduct.derogatory");
    clean("Mrs Hartley has got a lovely garden", Comment, Parent);
    has("This school is run by idiots", Comment, Public, "conduct.derogatory");
    has("@jacksmith u smell like a bin", Comment, Pupil, "conduct.bullying");
    // A threat that borrows the words of teaching is still a threat.
    has("Somebody should teach that teacher a lesson he won't forget", Comment, Public, "conduct.threat");
    clean("Year 3 will teach their parents a lesson in coding this week", Official, School);
    has(
        "Why are the children being made to play out in the rain? Ridiculous.",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    has("Send them all back on the boats", Comment, Public, "conduct.discrimination");
    // Grooming and exploitation in other words.
    has("Send me some pictures in your swimsuit.", Message, Public, "safeguarding.grooming");
    has("I bought you that phone so answer when I call", Message, Public, "safeguarding.grooming");
    has("If you tell anyone what happened I'll hurt your brother", Message, Public, "safeguarding.grooming");
    let o = check("if you tell anyone I'll batter you", Message, Pupil);
    assert_eq!(cats(&o), ["conduct.threat"]);
    has(
        "You'll earn more in a week than your mum does in a month.",
        Message,
        Public,
        "safeguarding.exploitation",
    );
    has("I've written a goodbye letter to my family", Message, Pupil, "safeguarding.self-harm");
    has(
        "The teachers are brainwashing you. Only we tell you the truth.",
        Message,
        Public,
        "safeguarding.radicalisation",
    );
    has("a boy keeps sending me pictures of his private parts", Message, Pupil, "conduct.sexual");
    clean("In PSHE we learnt that private parts are private.", Official, School);
    // Private contact asked for or made in other words.
    has("I've friended a few of the Year 11s on Facebook", Message, Staff, "boundary.private-contact");
    has(
        "Can I have your number in case I need to talk outside school?",
        Message,
        Pupil,
        "boundary.private-contact",
    );
    clean("Can I have the number for the school office?", Message, Pupil);
}

#[test]
fn phrasings_from_the_tenth_fresh_set() {
    // Chat spellings mix: "r u" is "are you".
    has("r u home alone rn?", Message, Public, "safeguarding.grooming");
    clean("Are the Year 4s home from the trip yet?", Message, Parent);
    // A refusal to say is not a disclosure; a hint at the grade is.
    clean(
        "Ofsted visited this week - we can't say anything until the report is published!",
        Official,
        School,
    );
    has(
        "Our inspection went brilliantly, but we can't share the grade until the report is published.",
        Official,
        School,
        "confidential.information",
    );
    // A pupil's safeguarding matter on a member of staff's own account.
    let o = has(
        "The Khan girl in my class has been self-harming again.",
        Personal,
        Staff,
        "confidential.information",
    );
    assert!(cats(&o).contains(&"safeguarding.self-harm"));
    has("Year 2 parents, message me privately about reading!", Personal, Staff, "boundary.private-contact");
    has(
        "Off sick again, the stress at work is unbearable. Management couldn't care less.",
        Personal,
        Staff,
        "complaint.wrong-channel",
    );
    has("Gutted for the kids at Holly Grove, we deserved better.", Personal, Staff, "disclaimer.missing");
    // Complaints in other words; wanting someone sacked is an opinion, not news.
    has(
        "why has my daughter's detention been doubled without anyone calling me?!",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    let o = has(
        "The dinner lady called my son fat. I want her sacked.",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    assert!(cats(&o).iter().all(|c| *c == "complaint.wrong-channel"), "{:?}", o.findings);
    has(
        "You lot should be ashamed, my son is in tears and you do nothing",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    has("Go back to Poland", Comment, Public, "conduct.discrimination");
    clean("We go back to Poland every summer to see my nan.", Comment, Parent);
    clean("I can't wait to go back to India next year!", Comment, Parent);
    has("Ur school is a dump lol", Comment, Pupil, "conduct.derogatory");
    has("Who's the fit blonde teacher in Year 4?", Comment, Public, "conduct.sexual");
    // "slag" is an insult, not swearing.
    let o = check("Mary-Jane Watson is a slag", Comment, Pupil);
    assert_eq!(cats(&o), ["pupil.full-name", "conduct.bullying"]);
    has("some lads said they'd pay me to hold stuff for them", Message, Pupil, "safeguarding.exploitation");
    has("im going to end it tonight", Message, Pupil, "safeguarding.self-harm");
    clean("I'm going to end it with a song tonight", Message, Pupil);
    has(
        "my mate keeps talking about joining some group online that hates muslims",
        Message,
        Pupil,
        "safeguarding.radicalisation",
    );
    has("you look older than 13 in your profile pic", Message, Public, "safeguarding.grooming");
    has("miss my uncle keeps touching me when mum is at work", Message, Pupil, "confidential.information");
    has(
        "the west must be destroyed, join the fight brothers",
        Message,
        Public,
        "safeguarding.radicalisation",
    );
    has("send me your address and I'll send you a present x", Message, Public, "safeguarding.grooming");
}

#[test]
fn phrasings_from_the_eleventh_fresh_set() {
    // An NI number's shape after "NI number" counts even with an unissued prefix.
    has("My NI number is QQ 12 34 56 C for the payroll form", Personal, Staff, "personal-data.identifier");
    has("my national insurance number is QQ123456C", Message, Staff, "personal-data.identifier");
    clean("Our hall code is QQ 12 34 56 C for the lockers", Official, School);
    has(
        "Our Rowan has coeliac disease, can we get gluten free options?",
        Comment,
        Parent,
        "personal-data.special-category",
    );
    has(
        "Please welcome our new pupil, Zoe, who has just arrived from Turkey and speaks very little English.",
        Official,
        School,
        "personal-data.special-category",
    );
    clean("Year 4 learnt how to say hello in Turkish and Polish.", Official, School);
    // A grievance is a view; the writer's own grievance is not confidential about someone.
    let o = check("Holly Grove are trying to push me out after my grievance.", Personal, Staff);
    assert!(
        cats(&o).contains(&"disclaimer.missing") && !cats(&o).contains(&"confidential.information"),
        "{:?}",
        o.findings
    );
    has("Mr Clegg raised a grievance.", Personal, Staff, "confidential.information");
    has(
        "My daughter was left crying in the playground and nobody noticed.",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    has("olly smith-jones is a grass", Comment, Pupil, "conduct.bullying");
    clean("The grass on the field is being cut on Friday.", Official, School);
    has(
        "miss can u tell me ur insta so we can talk in the holidays",
        Message,
        Pupil,
        "boundary.private-contact",
    );
    has("i dont see the point in anything anymore", Message, Pupil, "safeguarding.self-harm");
    has(
        "year 11s are making us carry stuff in our bags for them",
        Message,
        Pupil,
        "safeguarding.exploitation",
    );
    has("Our brothers in Syria need fighters.", Message, Public, "safeguarding.radicalisation");
    has("someone posted a video of me getting changed in PE", Message, Pupil, "conduct.sexual");
    has("i'm 24 but age is just a number right", Message, Public, "safeguarding.grooming");
    has(
        "i think my friend is being groomed by a man she met online",
        Message,
        Pupil,
        "safeguarding.grooming",
    );
    clean("In PSHE Year 6 learnt how to tell when someone is being groomed online.", Official, School);
}

#[test]
fn phrasings_from_the_twelfth_fresh_set() {
    // A request not to share photos is guidance, not a confidential marker.
    clean(
        "Please do not share photos of other children from the school play on social media.",
        Official,
        School,
    );
    has(
        "Please do not share this outside school: Mr Clegg has been suspended.",
        Personal,
        Staff,
        "confidential.information",
    );
    // Hints at staff news and at an inspection grade.
    has(
        "Not allowed to say much but let's just say a certain member of staff won't be back after half term",
        Personal,
        Staff,
        "confidential.information",
    );
    clean("Not allowed to say much about the surprise, but Year 6 will love it!", Personal, Staff);
    has(
        "We got outstanding but can't say officially till the report's out",
        Personal,
        Staff,
        "confidential.information",
    );
    // "on snap" names a private channel; a username ending in "_teach" is not a lesson.
    has(
        "Add me on snap if you're in my tutor group and need help with revision - mrtaylor_teach",
        Personal,
        Staff,
        "boundary.private-contact",
    );
    clean("Snap! We both wore the same jumper to the fair", Comment, Parent);
    // Threats by idiom.
    has("That teacher Mr Clegg wants to watch his back", Comment, Public, "conduct.threat");
    clean("I've always got your back, Mr Clegg", Comment, Parent);
    has("Hope the place burns down with them all inside", Comment, Public, "conduct.threat");
    has("Delete your account or I'll make sure everyone sees those pics", Message, Public, "conduct.threat");
    clean("We'll make sure everyone sees the photos from sports day on the website.", Official, School);
    has("Who let the gypsies into the school? Lock your cars", Comment, Public, "conduct.discrimination");
    // Derogatory remarks: "there are", "should be sacked", "worst", "lying witch".
    has("The dinner ladies there are a bunch of fat lazy cows", Comment, Parent, "conduct.derogatory");
    has("The head should be sacked.", Comment, Parent, "conduct.derogatory");
    clean("Nobody should be sacked for one mistake.", Official, School);
    has("Worst school in Lancashire.", Comment, Parent, "conduct.derogatory");
    clean("That was the worst storm we've had all year", Official, School);
    clean("you're the worst", Comment, Parent);
    has("Mrs Hartley is a lying witch and everyone knows it", Comment, Parent, "conduct.derogatory");
    clean("Mrs Hartley dressed as a witch for World Book Day", Official, School);
    // Complaints that threaten the press.
    has(
        "My child has been bullied for months and you've done nothing. Next stop is the local paper.",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    clean("Our choir was in the local paper this week!", Comment, Parent);
    // Grooming by flattery; a photo of a thing is not a photo of the reader.
    has("You're so pretty, I could make you a model.", Message, Public, "safeguarding.grooming");
    clean("In art we learnt how to make a model volcano", Official, School);
    clean("Please send me a photo of your child's costume for the display", Official, School);
    clean("Please send me a picture of the form when you've signed it", Message, Staff);
    has("send me a pic of yourself", Message, Public, "safeguarding.grooming");
    has("send me a photo of ur legs", Message, Public, "safeguarding.grooming");
    has(
        "my brothers mates keep giving me weed to sell at school",
        Message,
        Pupil,
        "safeguarding.exploitation",
    );
}

#[test]
fn phrasings_from_the_thirteenth_fresh_set() {
    // "sick" as in ill is not an insult.
    clean("Exhausted. Three kids in my class were sick today and one bit a TA.", Personal, Staff);
    has("the teachers at that school are sick", Comment, Public, "conduct.derogatory");
    // News about an inspection held back is still news; a teaser is not.
    has(
        "Gutted the school's been put in special measures. Can't say more until it's official.",
        Personal,
        Staff,
        "confidential.information",
    );
    clean("Exciting news coming soon! Can't say more until it's official", Official, School);
    has(
        "Why is my daughter's class being taught by supply teachers every week? Absolutely fed up.",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    has(
        "My son came home with bruises again and no one from school even rang me.",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    has("Bunch of snowflakes running this place", Comment, Public, "conduct.derogatory");
    has("Ur school is full of inbred chavs lol", Comment, Public, "conduct.derogatory");
    has(
        "I'll be waiting outside the gates for that teacher at 3:15, tell him that",
        Comment,
        Public,
        "conduct.threat",
    );
    clean("I'll be waiting outside the gates at 3:15 to collect my son", Comment, Parent);
    has("Hand over £500 or the video goes to everyone in your contacts", Message, Public, "conduct.threat");
    has("hey i saw ur tiktok, ur really mature for 13", Message, Public, "safeguarding.grooming");
    clean("Amelia is very mature for her age and a credit to the class.", Message, Staff);
    // A pupil telling staff of a threat against them is a disclosure for the DSL.
    has(
        "someone at school said they'll stab me at lunch tomorrow",
        Message,
        Pupil,
        "confidential.information",
    );
    has("i keep making myself sick after meals and i cant stop", Message, Pupil, "safeguarding.self-harm");
    has(
        "Whites are the real victims in this country. Time to fight back before we're replaced.",
        Message,
        Public,
        "safeguarding.radicalisation",
    );
}

#[test]
fn phrasings_from_the_fourteenth_fresh_set() {
    has(
        "Get well soon to Will Turner who broke his arm at the weekend!",
        Official,
        School,
        "personal-data.special-category",
    );
    clean("Year 4 learnt how a broken arm is set in a hospital.", Official, School);
    has("Some of the kids in my form are absolute animals, honestly", Personal, Staff, "conduct.derogatory");
    has(
        "Any of my pupils reading this - I'm always here on WhatsApp if you need to talk, 07755 443322",
        Personal,
        Staff,
        "boundary.private-contact",
    );
    has("I know who you are Mrs Shah and I know where you park", Comment, Public, "conduct.threat");
    has(
        "They should bring back the cane for little scrotes like Olly Smith-Jones",
        Comment,
        Public,
        "conduct.bullying",
    );
    has(
        "Transgender nonsense being pushed on our kids at this school.",
        Comment,
        Public,
        "conduct.discrimination",
    );
    has("my kid's been waiting six weeks for a meeting", Comment, Parent, "complaint.wrong-channel");
    has("my step mum locks me in my room and doesnt feed me", Message, Pupil, "confidential.information");
    has("I'm going to come to your school and kill every teacher there", Message, Public, "conduct.threat");
    // "get lost" said of oneself is not an insult.
    let o = check("sir can i have ur number in case i get lost on the trip", Message, Pupil);
    assert!(
        cats(&o).contains(&"boundary.private-contact") && !cats(&o).contains(&"conduct.bullying"),
        "{:?}",
        o.findings
    );
    clean("We don't want anyone to get lost on the trip, so stay with your group.", Official, School);
    has("get lost you loser", Comment, Pupil, "conduct.bullying");
}

#[test]
fn phrasings_from_the_fifteenth_fresh_set() {
    has(
        "Being investigated at work for something I didn't do. Holly Grove have been awful about it.",
        Personal,
        Staff,
        "complaint.wrong-channel",
    );
    has("Mr Taylor's a pervert, ask any of the girls in his class", Comment, Public, "conduct.derogatory");
    has("Wouldn't send my dog to that school", Comment, Public, "conduct.derogatory");
    clean("We'd love you to send your dog photos for the pet show!", Official, School);
    has("Someone should teach that head a lesson", Comment, Public, "conduct.threat");
    has("I'll be at the school gates at 3 and I'll be bringing a knife", Message, Public, "conduct.threat");
    // A stranger's "add me on Discord" is grooming when it comes with gifts, not a staff boundary.
    let o = check("add me on discord, ill give u free robux if u send a pic", Message, Public);
    assert!(
        cats(&o) == ["safeguarding.grooming"],
        "a stranger's message should be grooming only: {:?}",
        o.findings
    );
    has("can you add me on Facebook", Message, Pupil, "boundary.private-contact");
    // "noob" is gamer slang, not "nob".
    let o = check("kys noob", Message, Pupil);
    assert!(cats(&o) == ["conduct.bullying"], "{:?}", o.findings);
    has("what a nob", Comment, Pupil, "conduct.profanity");
}

#[test]
fn phrasings_from_the_sixteenth_fresh_set() {
    let o = check(
        "Summer Khan in Year 4 is now using her new hearing aids - please be patient with her.",
        Official,
        School,
    );
    assert!(cats(&o).contains(&"personal-data.special-category"), "{:?}", o.findings);
    has(
        "Holly Grove's new behaviour policy is a complete mess if you ask me.",
        Personal,
        Staff,
        "conduct.derogatory",
    );
    // A mess that is not the school's is nobody's insult.
    clean("Year 1 made a lovely mess with the paint today!", Official, School);
    has("The teachers are muppets", Comment, Public, "conduct.derogatory");
    has(
        "Governors meeting ran till 10pm again. Some of them haven't a clue what happens in a classroom.",
        Personal,
        Staff,
        "conduct.derogatory",
    );
    // A sentence that is only an insult, after one about the school's people.
    has(
        "Can't believe some parents at my school let their kids play GTA at 7. Idiots.",
        Personal,
        Staff,
        "conduct.derogatory",
    );
    // A one-word verdict on what happened is a complaint, not an insult.
    exactly(
        "I've complained three times about my son's teacher and nothing has been done. Absolute joke.",
        Comment,
        Parent,
        &["complaint.wrong-channel"],
    );
    // A group named by nationality is discrimination, not the school's own families.
    exactly(
        "Those Romanian families are ruining the area and now the school",
        Comment,
        Public,
        &["conduct.discrimination"],
    );
    has(
        "My lad came home with a black eye again and nothing's been done. I'm taking it to the papers.",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    has("Why is nobody answering the phone at the office?", Comment, Parent, "complaint.wrong-channel");
    has("sir my step dad said if i tell anyone he'll hurt me", Message, Pupil, "confidential.information");
    has(
        "Text me on 07700 900123 if your child needs help with homework over the holidays",
        Personal,
        Staff,
        "boundary.private-contact",
    );
}

#[test]
fn phrasings_from_the_seventeenth_fresh_set() {
    has("Honestly some parents at pick up are rude", Personal, Staff, "conduct.derogatory");
    has("Ms Shah the DSL is useless", Comment, Parent, "conduct.derogatory");
    // The school's name run together is still the school.
    let o =
        has("Hollygrove SLT have zero idea how to run a school lol", Personal, Staff, "conduct.derogatory");
    assert!(cats(&o).contains(&"disclaimer.missing"), "{:?}", o.findings);
    has(
        "Reminder to my tutor group: snap me if ur stuck on the homework",
        Personal,
        Staff,
        "boundary.private-contact",
    );
    has("Happy to chat on my personal Insta if easier", Message, Staff, "boundary.private-contact");
    has("my daughter told her everything and nothing happened", Comment, Parent, "complaint.wrong-channel");
    has(
        "Join the patriots on Saturday, we're taking our streets back from the invaders",
        Message,
        Public,
        "safeguarding.radicalisation",
    );
    has(
        "my mates brother said he can get me a job moving stuff for cash",
        Message,
        Pupil,
        "safeguarding.exploitation",
    );
    has("I know what car you drive and where you live.", Message, Public, "conduct.threat");
    // A possessive names what is described: his home life is not him; his mum is a person.
    clean("Had a chat with his foster carer: his home life is a shambles at the moment.", Message, Staff);
    has("his mum is a slag", Message, Pupil, "conduct.bullying");
}

#[test]
fn phrasings_from_the_eighteenth_fresh_set() {
    // A child not on the roster is still identified by their year group.
    has(
        "Ibrahim in Year 2 will be fasting for Ramadan, so he'll sit out of PE this month.",
        Official,
        School,
        "personal-data.special-category",
    );
    has("Jack in Year 4 will be fasting for Ramadan.", Official, School, "personal-data.special-category");
    clean("Everyone in Year 2 will be learning about Ramadan this month.", Official, School);
    // Declining a former pupil's friend request is the policy followed, not broken.
    clean("Ex-pupil just sent me a friend request, he's only 16, declined obviously", Personal, Staff);
    has("Ex-pupil just sent me a friend request, he's only 16", Personal, Staff, "boundary.private-contact");
    has(
        "Any Year 11s who want to talk over the summer, my DMs are open",
        Personal,
        Staff,
        "boundary.private-contact",
    );
    has("Another school bowing down to Islam. Sick of it.", Comment, Public, "conduct.discrimination");
    has(
        "Why was my son left on his own at lunch AGAIN? I want answers.",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    has("That Shah woman wants reporting, she's a joke", Comment, Public, "conduct.derogatory");
    has("I'll be writing to the council.", Comment, Parent, "complaint.wrong-channel");
    has("if u grass ill make ur life hell", Message, Pupil, "conduct.threat");
    has(
        "just need u to hold a bag for a few hours. tell no one",
        Message,
        Public,
        "safeguarding.exploitation",
    );
    // "teaching" here is no lesson.
    has(
        "The kuffar schools are teaching your children filth.",
        Message,
        Public,
        "safeguarding.radicalisation",
    );
}

#[test]
fn phrasings_from_the_nineteenth_fresh_set() {
    has(
        "Working at Holly Grove is like working in a zoo, the animals run the place",
        Personal,
        Staff,
        "conduct.derogatory",
    );
    // A handle after the invitation is the private channel.
    has(
        "If any of my students want to follow my study account it's @mrtaylorrevises",
        Personal,
        Staff,
        "boundary.private-contact",
    );
    clean("Follow my account for more teacher life! #teachersoftiktok", Personal, Staff);
    has(
        "Heard a teacher at Holly Grove got caught with a pupil, disgusting",
        Comment,
        Public,
        "conduct.derogatory",
    );
    has("Somebody should torch that school", Comment, Public, "conduct.threat");
    has(
        "someone made a fake account of me and is posting my pics saying im a slag",
        Message,
        Pupil,
        "conduct.bullying",
    );
    has(
        "i'm a talent scout, ur really photogenic, send me a few full length pics",
        Message,
        Public,
        "safeguarding.grooming",
    );
    has(
        "i havent eaten in 3 days and i keep making myself throw up",
        Message,
        Pupil,
        "safeguarding.self-harm",
    );
    has("Muslim paedo gangs are protected by this school", Message, Public, "conduct.discrimination");
    has(
        "Hi Grace, I've set up a group chat for the netball team on my WhatsApp",
        Message,
        Staff,
        "boundary.private-contact",
    );
}

#[test]
fn phrasings_from_the_twentieth_fresh_set() {
    has("SLT at my place couldn't organise a raffle. Honestly.", Personal, Staff, "conduct.derogatory");
    has(
        "Anyone else's head treat staff like dirt or is it just mine?",
        Personal,
        Staff,
        "complaint.wrong-channel",
    );
    has(
        "Parents at my school, if you want to talk, my door's always open - or message me here!",
        Personal,
        Staff,
        "boundary.private-contact",
    );
    // A parent's own child's exclusion, aired: a complaint, not the school's confidence broken.
    exactly(
        "I've been told my son's been excluded but nobody will tell me why. Shocking communication.",
        Comment,
        Parent,
        &["complaint.wrong-channel"],
    );
    has("Another kid excluded today for bringing a knife in.", Personal, Staff, "confidential.information");
    has("That school covers up bullying, ask any parent", Comment, Public, "conduct.derogatory");
    has(
        "The state of the toilets in that school is a health hazard. Disgusting.",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    has(
        "Can I have Mr Taylor's personal number please? Need to ask about the trip",
        Message,
        Parent,
        "boundary.private-contact",
    );
    clean("Can I have the dates for the trip please?", Message, Parent);
    has("I know which school your daughter goes to", Message, Public, "conduct.threat");
    has("me and the boys are gonna jump him at the park after school", Message, Pupil, "conduct.threat");
    // An arrest is confidential, not special-category data (health, SEN, religion, ethnicity).
    exactly(
        "Please don't share this with other parents, but Jack's dad has been arrested.",
        Message,
        Staff,
        &["confidential.information"],
    );
}

#[test]
fn phrasings_from_the_twenty_first_fresh_set() {
    exactly(
        "Sadly, Mrs Hartley will be leaving us at Christmas after being signed off with stress.",
        Official,
        School,
        &["confidential.information"],
    );
    // Former pupils who are adults now are not the under-18s the policy protects.
    clean(
        "Great to see so many of our ex-students at the reunion - all adults now, so add me on Facebook!",
        Personal,
        Staff,
    );
    has("Typical Holly Grove, all fur coat and no knickers", Comment, Public, "conduct.derogatory");
    has(
        "Fuming that the head has cancelled our PPA time again. Typical of this place.",
        Personal,
        Staff,
        "conduct.derogatory",
    );
    has(
        "My son came home in tears AGAIN because of the same boy. What are you actually doing about it??",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    has("Hope someone sorts that head out once and for all", Comment, Public, "conduct.threat");
    has(
        "Has anyone else's child been given detention for being 2 minutes late? Ridiculous",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    // Sextortion: a demand for more images, with a threat to post the ones held.
    let o = has(
        "i've got pics of u from the swimming gala, send more or i post them",
        Message,
        Public,
        "safeguarding.grooming",
    );
    assert!(cats(&o).contains(&"conduct.threat"), "{:?}", o.findings);
    clean("Please send more photos of your pets for the display!", Official, School);
}

#[test]
fn phrasings_from_the_twenty_second_fresh_set() {
    // "These people" are the parents of the sentence before; "get a grip on" something is a
    // complaint, and said to "you" it is rude but not a remark about the school's people.
    exactly(
        "Fuming. Third parent complaint this week about homework. These people need to get a grip.",
        Personal,
        Staff,
        &["conduct.derogatory"],
    );
    exactly("The school needs to get a grip on bullying", Comment, Parent, &["complaint.wrong-channel"]);
    exactly("You need to get a grip", Comment, Parent, &["complaint.wrong-channel"]);
    // A named pupil "smells like a bin": the insult is the verb.
    exactly(
        "Jack Smith smells like a bin lol nobody likes him",
        Comment,
        Pupil,
        &["pupil.full-name", "conduct.bullying"],
    );
    clean("The hall smells like feet after PE!", Official, School);
    // A pupil disclosing an adult's night visits and the secrecy asked of them.
    exactly(
        "sir my uncle keeps coming into my room at night and told me not to tell anyone",
        Message,
        Pupil,
        &["confidential.information"],
    );
    has("she told me not to tell my mum", Message, Pupil, "confidential.information");
    exactly(
        "send me a pic of u in ur underwear",
        Message,
        Public,
        &["safeguarding.grooming", "conduct.sexual"],
    );
    clean("Please send a photo of your child in their World Book Day costume!", Official, School);
}

#[test]
fn phrasings_from_the_twenty_third_fresh_set() {
    // "I teach at Holly Grove" is where someone works, not a lesson that excuses what follows.
    exactly(
        "I teach at Holly Grove and honestly the new behaviour policy is a joke",
        Personal,
        Staff,
        &["disclaimer.missing", "conduct.derogatory"],
    );
    clean("In PSHE we teach about why the word 'gay' should never be used as an insult.", Official, School);
    // "your coursework" says who is being offered private contact.
    has(
        "Text me on 07812 345678 if you need help with your coursework over half term",
        Personal,
        Staff,
        "boundary.private-contact",
    );
    exactly("Ms Shah is a total k1ll j0y, worst DSL ever", Comment, Public, &["conduct.derogatory"]);
    has(
        "Why are the toilets still locked during lessons? My daughter was in tears. I've emailed twice and heard nothing.",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    clean("My daughter was in tears of joy at the Christmas show, thank you!", Comment, Parent);
    clean("We've heard nothing but praise for the Year 6 play.", Official, School);
    has("@ameliaclarke09 ur so fake, no wonder ur mum left", Comment, Pupil, "conduct.bullying");
    exactly(
        "miss i took a load of my mums tablets last night and i feel really weird",
        Message,
        Pupil,
        &["safeguarding.self-harm"],
    );
    exactly(
        "there's older lads paying year 8s to carry stuff to Blackpool for them",
        Message,
        Pupil,
        &["safeguarding.exploitation"],
    );
    exactly(
        "my brother showed me a video of a man getting his head cut off and said the infidels deserve it",
        Message,
        Pupil,
        &["safeguarding.radicalisation"],
    );
}

#[test]
fn a_group_held_unfit_for_a_school_role_and_mocked_is_discrimination() {
    for text in [
        "A woman as head teacher? What a joke.",
        "A Muslim as head teacher? What a joke.",
        "A gay person as our head teacher, what a joke",
    ] {
        exactly(text, Comment, Public, &["conduct.discrimination"]);
    }
    clean("We are so pleased to welcome a woman as head teacher for the first time!", Comment, Parent);
    clean("A Muslim as head teacher? Brilliant news for the school.", Comment, Parent);
}

#[test]
fn phrasings_from_the_twenty_fourth_fresh_set() {
    exactly(
        "Head's called a meeting about the allegations against a member of staff, can't say more",
        Personal,
        Staff,
        &["confidential.information"],
    );
    has("what a load of b0ll0cks, my kid never got the letter", Comment, Parent, "complaint.wrong-channel");
    exactly("This head has ruined a good school. Shameful.", Comment, Public, &["conduct.derogatory"]);
    // "with the … attitude": what a member of staff has is described; "all the girls with trash
    // bodies" and "rednecks in my school with that shit" are not this shape.
    has(
        "Who's the teacher with the ѕhіt attitude on the gate every morning?",
        Comment,
        Public,
        "conduct.derogatory",
    );
    clean("Thank you to the teacher with the lovely smile on the gate every morning!", Comment, Parent);
    exactly(
        "Need runners aged 13-16, £50 a day, no experience needed, must be able to keep quiet",
        Message,
        Public,
        &["safeguarding.exploitation"],
    );
    clean("Cross-country runners needed for Saturday's race - see Mr Taylor.", Official, School);
    clean("Please ring the office on (01772) 123456 if your child is absent.", Official, School);
}

#[test]
fn phrasings_from_the_twenty_fifth_fresh_set() {
    // "bloody" swears unless it is literal ("a bloody nose", "the bloody battle of Bosworth").
    exactly(
        "Old pupil here - this school made me who I am. Bloody brilliant teachers!",
        Comment,
        Public,
        &["conduct.profanity"],
    );
    let o = exactly("Bloody hell, Monday again.", Personal, Staff, &["conduct.profanity"]);
    assert_eq!(o.findings[0].end - o.findings[0].start, "Bloody hell".len(), "{:?}", o.findings);
    clean("Year 6 learned about the bloody battle of Bosworth.", Official, School);
    clean("Jack came in with a bloody nose after football, so we rang home.", Message, Staff);
    // Watching a child on their way home, or knowing their school, said to a parent.
    exactly(
        "I've seen your daughter walking home alone past the park every day",
        Message,
        Public,
        &["conduct.threat"],
    );
    has("I know where your son goes to school", Message, Public, "conduct.threat");
    clean("We have seen your kids playing so nicely together this week!", Official, School);
    // Everyday words that only look bad.
    for text in [
        "Our Year 6 boys absolutely destroyed the opposition in the football final.",
        "We're dying to see you all at the summer fair on Saturday!",
        "The Year 5 play was a killer performance - what talent!",
        "Our trans-Pennine trip to Leeds was brilliant, thanks to all the helpers.",
        "Dick King-Smith's The Hodgeheg is our class book this term!",
        "Sad news: our school hamster, Nibbles, passed away over the weekend.",
    ] {
        clean(text, Official, School);
    }
}

#[test]
fn sexual_content_received_is_hidden_not_only_reviewed() {
    // Received comments and messages: hide it and act, as the school set labels them.
    for (channel, author) in [(Message, Public), (Comment, Public), (Comment, Pupil)] {
        let o = exactly("wanna shag?", channel, author, &["conduct.sexual"]);
        assert_eq!(o.decision, Decision::Block, "{channel:?} {author:?}");
    }
    // On a member of staff's own account it is advice; in an official post it must not go out.
    assert_eq!(check("wanna shag?", Personal, Staff).decision, Decision::Warn);
    assert_eq!(check("wanna shag?", Official, School).decision, Decision::Block);
}

#[test]
fn phrasings_from_the_twenty_sixth_fresh_set() {
    // The town of a journey under way is where the pupils are.
    has(
        "Our Year 6 girls are on their way to the county finals in Blackburn and kick off at 1pm!",
        Official,
        School,
        "pupil.location-live",
    );
    clean("Year 6 went to the finals in Blackburn last week and won!", Official, School);
    has(
        "Any Year 10s who missed the revision session, my WhatsApp is on the board x",
        Personal,
        Staff,
        "boundary.private-contact",
    );
    // The grade may be hinted in the sentence before "can't say … till it's published".
    exactly(
        "Our school got outstanding!! Can't say which one till it's published",
        Personal,
        Staff,
        &["confidential.information"],
    );
    clean("We can't say anything until the report is published.", Official, School);
    exactly(
        "The head is a spineless coward who hides behind her office door",
        Comment,
        Public,
        &["conduct.derogatory"],
    );
    has(
        "Where's my son's PE kit?? Third time this term it's gone missing. Nobody cares.",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    exactly(
        "me and my friends keep getting messages from a man who says he's 15 but he's definitely older",
        Message,
        Pupil,
        &["safeguarding.grooming"],
    );
    exactly("Ur a dead man walking sir", Message, Public, &["conduct.threat"]);
}

#[test]
fn phrasings_from_the_twenty_seventh_fresh_set() {
    // A trip "to" somewhere that sets off tomorrow has not happened yet.
    exactly(
        "Our Year 5 trip to Blackpool Zoo sets off at 9am tomorrow - follow along on our page!",
        Official,
        School,
        &["pupil.location-live"],
    );
    clean("Our Year 5 trip to Blackpool Zoo at 9am was brilliant", Official, School);
    // "Some people" after a sentence about a parent are those parents.
    exactly(
        "Had a parent scream at me in the car park today. Some people shouldn't be allowed to breed.",
        Personal,
        Staff,
        &["conduct.derogatory"],
    );
    clean("We had parents evening today. Some people came early.", Personal, Staff);
    clean("Teachers shouldn't be allowed to strike", Comment, Public);
    // "talk to me" is an offer of support, not a lesson that excuses what follows.
    exactly(
        "Oliver, you can always talk to me, here's my personal email sam.t1984@gmail.com",
        Message,
        Staff,
        &["boundary.private-contact", "personal-data.email"],
    );
    clean("Please talk to your child about staying safe online.", Official, School);
}

#[test]
fn phrasings_from_the_twenty_eighth_fresh_set() {
    // "the kids I teach" are the people taught, not a lesson that excuses what follows.
    exactly(
        "Honestly some of the kids I teach are thick as mince. Not my problem after July.",
        Personal,
        Staff,
        &["conduct.derogatory"],
    );
    clean("The kids I teach are brilliant", Personal, Staff);
    // An inspection grade whose report is "out next month" is not yet public.
    exactly(
        "Mrs Hartley told us in the staff meeting that Ofsted gave us Requires Improvement. Report out next month.",
        Personal,
        Staff,
        &["confidential.information"],
    );
    clean("Ofsted gave us Good in 2019 - read the report on our website.", Official, School);
    exactly(
        "Snapchat me if you need help with your GCSE revision, Year 11!",
        Personal,
        Staff,
        &["boundary.private-contact"],
    );
    // "nobody talk to her" shuts a pupil out; it is not a lesson, and is bullying by itself.
    exactly(
        "Grace O'Neil is a snake, nobody talk to her",
        Comment,
        Pupil,
        &["pupil.full-name", "conduct.bullying", "conduct.bullying"],
    );
    // Groups said to take what others are owed.
    exactly(
        "All these foreigners taking school places from British kids",
        Comment,
        Public,
        &["conduct.discrimination"],
    );
    clean("The teachers are taking our jobs seriously", Comment, Parent);
    clean("The new family are taking places at the school", Comment, Parent);
    exactly(
        "What a bunch of tossers running this school",
        Comment,
        Public,
        &["conduct.profanity", "conduct.derogatory"],
    );
    exactly(
        "a man at the park keeps offering me money to carry bags to people for him",
        Message,
        Pupil,
        &["safeguarding.exploitation"],
    );
    clean("Thank you for the money to move things into the new library", Official, School);
}

#[test]
fn phrasings_from_the_twenty_ninth_fresh_set() {
    exactly(
        "Parents' evening at Holly Grove tonight. Some of these parents are as dim as their kids.",
        Personal,
        Staff,
        &["disclaimer.missing", "conduct.derogatory"],
    );
    clean("Please dim the lights for the show", Official, School);
    // A pupil telling of a man who asks for pictures of them.
    exactly(
        "theres a man who messages me on roblox and wants me to send him pictures of me in my pjs",
        Message,
        Pupil,
        &["safeguarding.grooming"],
    );
    exactly(
        "We know what you did to our brother. You and your family are finished.",
        Message,
        Public,
        &["conduct.threat"],
    );
    exactly(
        "my cousin says if i join his crew ill get a phone and trainers, i just have to keep stuff at mine",
        Message,
        Pupil,
        &["safeguarding.exploitation"],
    );
    clean("Kids will keep things in my room over half term", Personal, Staff);
    // A pupil's parent out of prison is the school's business, not the writer's own.
    exactly(
        "Holly's dad has just come out of prison so please don't let him collect her",
        Message,
        Parent,
        &["confidential.information"],
    );
    // Sextortion: a demand for images backed by a threat to share them.
    exactly(
        "Send me nudes or I'll share the ones you already sent",
        Message,
        Public,
        &["safeguarding.grooming", "conduct.threat"],
    );
}

#[test]
fn long_standing_misses_from_earlier_fresh_sets() {
    // Blamed for someone's self-harm.
    exactly("everyone knows ur the reason Ella tried to kill herself", Message, Pupil, &["conduct.bullying"]);
    clean("you're the reason I smile", Message, Pupil);
    // Schools in general, "these days".
    exactly("Schools these days are run by woke idiots", Comment, Public, &["conduct.derogatory"]);
    clean("Schools are closed today due to snow", Comment, Public);
    // A group let into a school role, then mocked.
    exactly(
        "What kind of school lets a bloke in a dress teach kids? Disgusting.",
        Comment,
        Public,
        &["conduct.discrimination"],
    );
    clean("The school lets a Muslim teach RE and it's brilliant", Comment, Parent);
    clean("The dame is a man in a dress, oh yes he is!", Official, School);
    // Gay and trans people called groomers; a pupil reporting grooming is not that.
    exactly(
        "Pride month in a primary school? Grooming kids, that's what this is.",
        Comment,
        Public,
        &["conduct.discrimination"],
    );
    exactly("a gay man online keeps grooming me", Message, Pupil, &["safeguarding.grooming"]);
    clean("During Pride month we also taught pupils how to spot grooming online.", Official, School);
    has(
        "Tobias Wright's dad kicked off again at pick-up, what a nightmare family.",
        Personal,
        Staff,
        "conduct.derogatory",
    );
    clean("What a rough day for our football team, but what a team!", Official, School);
    exactly(
        "a boy keeps sending me pictures of his private parts and asking for mine",
        Message,
        Pupil,
        &["conduct.sexual", "safeguarding.grooming"],
    );
}

#[test]
fn words_that_are_only_slurs_elsewhere_are_read_in_their_sentence() {
    clean("Faggots in gravy with mash is my nan's favourite tea.", Comment, Public);
    clean("Our dog is a bitch and she has just had six puppies.", Comment, Public);
    has("faggots should die", Comment, Public, "conduct.discrimination");
    has("you bitch", Comment, Public, "conduct.profanity");
}

#[test]
fn phrasings_from_the_sixty_first_fresh_set() {
    exactly(
        "Our brass band are playing at the Christmas market on the Flag Market until 5 today",
        Official,
        School,
        &["pupil.location-live"],
    );
    clean("Our brass band played at the Christmas market last weekend", Official, School);
    clean("Year 3 are learning about the stock market this afternoon", Official, School);
    exactly(
        "Mary-Jane was born on the 2nd of May 2015 - happy birthday, superstar!",
        Official,
        School,
        &["personal-data.date-of-birth"],
    );
    clean("Bonfire night is on the 5th of November, stay safe everyone", Official, School);
    exactly(
        "my uncle makes me sleep in his bed when mum works nights and i hate it",
        Message,
        Pupil,
        &["confidential.information"],
    );
    exactly("i've sorted out who gets my stuff when i'm gone", Message, Pupil, &["safeguarding.self-harm"]);
    exactly(
        "Real men defend their faith with blood, not words. DM me to join the brotherhood",
        Message,
        Public,
        &["safeguarding.radicalisation"],
    );
    exactly(
        "Amelia's been having panic attacks since her nan died, could her teacher keep an eye on her?",
        Message,
        Parent,
        &["personal-data.special-category"],
    );
    clean("Our assembly today was about what to do if a friend has a panic attack", Official, School);
    exactly(
        "miss can i have ur gmail so i can send u my coursework",
        Message,
        Pupil,
        &["boundary.private-contact"],
    );
}

#[test]
fn phrasings_from_the_sixtieth_fresh_set() {
    exactly(
        "The netball squad are heading over to Clitheroe Grammar for their 4 o'clock match now",
        Official,
        School,
        &["pupil.location-live"],
    );
    exactly(
        "Absolutely shattered after the Year 6 residential, but what a week! #HollyGrove",
        Personal,
        Staff,
        &["disclaimer.missing"],
    );
    clean("What a week! So proud of my class", Personal, Staff);
    exactly(
        "Off the record, one of our TAs got a final written warning today for shouting at a child",
        Personal,
        Staff,
        &["confidential.information"],
    );
    exactly(
        "Roma families are all beggars and thieves, keep them away from our kids",
        Comment,
        Public,
        &["conduct.discrimination"],
    );
    clean("We welcome Roma families to our coffee morning on Friday", Comment, Parent);
    exactly(
        "amelia clarke looks like a potato with a wig on lol",
        Comment,
        Pupil,
        &["pupil.full-name", "conduct.bullying"],
    );
    exactly("miss ellis smells like wet dog", Comment, Pupil, &["conduct.derogatory"]);
    clean("The hall smells like a brewery after the PTA quiz night", Comment, Parent);
    exactly(
        "Send me ur address and I'll pop round to sort u out properly",
        Comment,
        Public,
        &["safeguarding.grooming", "conduct.threat"],
    );
    clean("I'll pop round to sort out the raffle tickets", Comment, Parent);
    exactly("Proper fit mums at the school gates round here", Comment, Public, &["conduct.sexual"]);
    exactly(
        "hey gorgeous u dont look 12 at all what school u at",
        Message,
        Public,
        &["safeguarding.grooming", "safeguarding.grooming"],
    );
    clean("Which school are you in, Holly Grove or St Anne's?", Comment, Parent);
    exactly(
        "this lad on insta keeps offering me £50 to take a parcel to burnley on the train",
        Message,
        Pupil,
        &["safeguarding.exploitation"],
    );
    clean("My nan pays me £20 to take the dog out on Saturdays", Message, Pupil);
}

#[test]
fn phrasings_from_the_fifty_ninth_fresh_set() {
    exactly(
        "Welcome back Mr Clegg, we're so glad your knee operation went well",
        Official,
        School,
        &["personal-data.special-category"],
    );
    clean("Maths: do the operation in the brackets first", Official, School);
    exactly(
        "Holly Grove's leadership couldn't find their way out of a paper bag",
        Personal,
        Staff,
        &["disclaimer.missing", "conduct.derogatory"],
    );
    clean("Our leadership team visited Rowan class today", Official, School);
    exactly(
        "Whoever runs this page wants their head testing, absolute amateurs",
        Comment,
        Public,
        &["conduct.derogatory"],
    );
    // Staff mocking a named pupil's family is derogatory about parents; from anyone else it is
    // bullying.
    exactly(
        "Summer Khan's dad kicked off at pick-up again, what a nightmare family",
        Personal,
        Staff,
        &["pupil.full-name", "conduct.derogatory"],
    );
    exactly(
        "Summer Khan's dad kicked off at pick-up again, what a nightmare family",
        Comment,
        Public,
        &["pupil.full-name", "conduct.bullying"],
    );
    exactly("Rowan Hughes is thick as mince", Personal, Staff, &["pupil.full-name", "conduct.derogatory"]);
    exactly("Rowan Hughes is thick as mince", Comment, Pupil, &["pupil.full-name", "conduct.bullying"]);
    has("Jack Smith is a little git", Comment, Pupil, "conduct.bullying");
    // A title makes a roster first name a member of staff.
    has("Mr Thomas is useless and should be sacked", Comment, Parent, "conduct.derogatory");
    exactly(
        "That PE teacher better hope I don't bump into him on Monday after what he said to my lad",
        Comment,
        Parent,
        &["conduct.threat"],
    );
    clean("You'd better hope we don't see rain on sports day!", Comment, Parent);
    exactly(
        "miss my mums boyfriend grabbed me by the neck last night, please dont say anything",
        Message,
        Pupil,
        &["confidential.information"],
    );
    clean("The nurse held me by the neck brace while they scanned it", Comment, Parent);
    exactly(
        "Every patriot must be ready for the day we take this country back by force",
        Message,
        Public,
        &["safeguarding.radicalisation"],
    );
    clean("In history we learned how Parliament took the country back by force in 1688", Official, School);
}

#[test]
fn phrasings_from_the_fifty_eighth_fresh_set() {
    exactly(
        "Our Year 1s are planting bulbs in the community garden on Moor Lane until home time",
        Official,
        School,
        &["pupil.location-live"],
    );
    exactly(
        "Can't believe Jack Smith's mum turned up drunk to sports day",
        Personal,
        Staff,
        &["pupil.full-name", "conduct.derogatory"],
    );
    exactly(
        "Someone should key that head teacher's car and see how she likes it",
        Comment,
        Public,
        &["conduct.threat"],
    );
    exactly(
        "that new girl in year 8 is so fit, bet she'd look good in a bikini",
        Comment,
        Pupil,
        &["conduct.sexual"],
    );
    exactly(
        "my mum leaves me and my little brother on our own for days and theres never any food in",
        Message,
        Pupil,
        &["confidential.information"],
    );
    exactly(
        "i've given my xbox away and said bye to everyone, it won't matter after friday",
        Message,
        Pupil,
        &["safeguarding.self-harm"],
    );
    // A parent's child named at the start, not on the roster, then "she's being assessed for".
    exactly(
        "Mia won't be at school this week, she's being assessed for autism on Thursday",
        Message,
        Parent,
        &["personal-data.special-category"],
    );
    has(
        "Brothers, the time for talking is over. Come to the meeting and learn what jihad really means",
        Message,
        Public,
        "safeguarding.radicalisation",
    );
    exactly("can i come round yours after school sir", Message, Pupil, &["boundary.private-contact"]);
    clean("Our Year 1s are in the garden now", Official, School);
    clean("Year 2 had a lovely morning at the allotment, look at our carrots!", Official, School);
    clean("i forgot my homework but it wont matter after friday cos we break up", Message, Pupil);
    clean("The time for talking is over, the council must fix the crossing", Comment, Parent);
    clean("He's being assessed for glasses on Thursday", Message, Parent);
    clean("Mia won't be in today, she's got a dentist appointment", Message, Parent);
    clean(
        "I hate when people come to my house and make a mess, do I come to your house and play in the sink?",
        Message,
        Pupil,
    );
}

#[test]
fn phrasings_from_the_fifty_seventh_fresh_set() {
    // "off to the Eiffel Tower": a named place after "the", on a trip happening now.
    exactly(
        "Bonjour from Paris! Our Year 6s have just checked into the hostel and are off to the Eiffel Tower after tea",
        Official,
        School,
        &["pupil.location-live"],
    );
    exactly("Year 6 are off to the Eiffel Tower this afternoon", Official, School, &["pupil.location-live"]);
    has("holly brown smells and has nits, dont sit next to her", Comment, Pupil, "conduct.bullying");
    exactly(
        "Mrs Shah is a two-faced liar and a disgrace to that school",
        Comment,
        Public,
        &["conduct.derogatory"],
    );
    // Everyone told to shut a pupil out, and a pronoun taking up the name before it.
    exactly(
        "everyone unfollow mary-jane she's a snake and a slag",
        Comment,
        Public,
        &["conduct.bullying", "conduct.bullying"],
    );
    exactly("mary-jane she's a slag", Comment, Public, &["conduct.bullying"]);
    exactly(
        "Muslims are taking over Preston, there won't be a single English kid left at that school",
        Comment,
        Public,
        &["conduct.discrimination"],
    );
    exactly(
        "They're replacing us in our own towns. Join the Patriotic Youth and fight back",
        Message,
        Public,
        &["safeguarding.radicalisation"],
    );
    exactly(
        "sir can we message on whatsapp instead its easier",
        Message,
        Pupil,
        &["boundary.private-contact"],
    );
    // Getting someone a thing is not the threat "I'll get you".
    exactly(
        "i'll get you the new iphone for free, just meet me in the car park behind tesco and come on your own",
        Message,
        Public,
        &["safeguarding.grooming"],
    );
    has("ill get you back for this", Message, Pupil, "conduct.threat");
    clean("I'll get you the forms tomorrow", Message, Parent);
    clean("Please don't talk to her like that, she's only seven", Comment, Parent);
    clean("i dont talk to her anymore", Message, Pupil);
    clean("Year 6 are taking over the school radio this week!", Official, School);
    clean("Our Year 5s are taking over assembly on Friday", Official, School);
    clean("Robots are taking over everything these days", Comment, Parent);
    clean("They replaced us with a self-checkout at Tesco", Message, Public);
}

#[test]
fn phrasings_from_the_fifty_sixth_fresh_set() {
    exactly(
        "Grace O'Neil's dad has just been sent down for 6 years lol",
        Comment,
        Public,
        &["pupil.full-name", "confidential.information"],
    );
    // A lower-case initial after a first name, in pupils' chat, still names the pupil; "the
    // ugliest girl in year 6" describes her, it is not who is spoken of.
    exactly("summer k is the ugliest girl in year 6 👎", Comment, Pupil, &["conduct.bullying"]);
    exactly(
        "Those Eastern European kids in Year 5 are all thieves",
        Comment,
        Public,
        &["conduct.discrimination"],
    );
    has(
        "say one more word about my kid and ill put you through the window",
        Comment,
        Parent,
        "conduct.threat",
    );
    has("i keep skipping meals so i can lose weight, nobody knows", Message, Pupil, "safeguarding.self-harm");
    has(
        "u seem sad lately, im always here for u. just delete our chats after ok",
        Message,
        Public,
        "safeguarding.grooming",
    );
    has(
        "theres a lad in year 11 selling vapes and weed behind the sports hall",
        Message,
        Pupil,
        "safeguarding.exploitation",
    );
    // A parent's note about their child, named in the sentence before.
    exactly(
        "Please can Grace sit away from the window? She gets migraines with the glare",
        Message,
        Parent,
        &["personal-data.special-category"],
    );
    clean("summer is the best, ugly weather though", Comment, Pupil);
    clean("I keep skipping meals because of marking, send biscuits", Personal, Staff);
    clean("Please can Grace sit at the front? She gets distracted at the back", Message, Parent);
    clean("A man from Leyland was sent down for 6 years for burglary, says the paper", Comment, Public);
    clean(
        "Year 4 learned how our bodies use food, and why skipping meals is not a good idea",
        Official,
        School,
    );
}

#[test]
fn phrasings_from_the_fifty_fifth_fresh_set() {
    has(
        "The Year 6 campers have just pitched their tents at Borwick Hall, next update after tea!",
        Official,
        School,
        "pupil.location-live",
    );
    exactly(
        "Between us, Mr Clegg is leaving at Christmas after his bust-up with the head",
        Personal,
        Staff,
        &["confidential.information"],
    );
    // One pupil named by their class is one of the school's pupils, as "a kid in my class" is.
    exactly(
        "the lad in 9C who keeps kicking off is a right little sh*te, swear down",
        Personal,
        Staff,
        &["conduct.derogatory", "conduct.profanity"],
    );
    exactly("the boy in 9C is an idiot", Personal, Staff, &["conduct.derogatory"]);
    has(
        "My son was battered in the toilets and this school has done absolutely nothing about it",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    has("rowan hughes wets himself in PE lmaooo", Comment, Pupil, "conduct.bullying");
    has(
        "Burkas should be banned in schools, this isn't Saudi Arabia",
        Comment,
        Public,
        "conduct.discrimination",
    );
    // Secrecy the abuser asked for is grooming beside the disclosure, as in the forty-first set.
    exactly(
        "my uncle comes in my room at night and says its our secret",
        Message,
        Pupil,
        &["confidential.information", "safeguarding.grooming"],
    );
    has("a man online keeps messaging me and says its our secret", Message, Pupil, "safeguarding.grooming");
    has("Lets keep this chat between us, yeah?", Message, Staff, "safeguarding.grooming");
    has("honestly i hope i dont wake up tomorrow", Message, Pupil, "safeguarding.self-harm");
    has(
        "new phone and trainers if you keep a few bags at your house for my boys",
        Message,
        Public,
        "safeguarding.exploitation",
    );
    has(
        "white kids are being pushed out of their own schools, join us and fight for your people",
        Message,
        Public,
        "safeguarding.radicalisation",
    );
    clean("Between you and me, Mrs Hartley makes the best cakes", Personal, Staff);
    clean("Year 5 learned about why some Muslim women wear hijabs", Official, School);
    clean("I dont want to wake up at 6am tomorrow, its the holidays!", Personal, Staff);
    clean("Can you keep a few parcels at your house for the Christmas shoebox appeal?", Official, School);
    clean("the boy in the photo is my nephew", Comment, Parent);
}

#[test]
fn phrasings_from_the_fifty_fourth_fresh_set() {
    has(
        "3rd detention this month for a missing tie. This school cares more about uniform than learning. Pathetic.",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    has("amelia clarke u smell and ur mum cant even afford soap lol", Comment, Pupil, "conduct.bullying");
    has("Travellers' kids shouldn't be let near our schools", Comment, Public, "conduct.discrimination");
    has("Somebody needs to torch the head's car, see how she likes it", Comment, Public, "conduct.threat");
    // Asking not to be named is secrecy, not counter-speech: the disclosure stands.
    has(
        "my stepdad hits me when hes been drinking, please dont say i told you",
        Message,
        Pupil,
        "confidential.information",
    );
    has(
        "ive started scratching my arms with a compass at night again",
        Message,
        Pupil,
        "safeguarding.self-harm",
    );
    has(
        "need young lads to carry packages round Preston, £300 a week cash in hand",
        Message,
        Public,
        "safeguarding.exploitation",
    );
    exactly(
        "Islam is invading Britain and the day is coming when we have to fight back",
        Message,
        Public,
        &["conduct.discrimination", "safeguarding.radicalisation"],
    );
    // A past-tense visit is not where pupils are now.
    clean("Our Year 3 choir sang carols for the residents at Fulwood Lodge this morning", Official, School);
    clean("Can you smell the toast? Year 2 baked bread today", Official, School);
    clean("If your family cannot afford the trip, please speak to the office", Official, School);
    clean("Scratching my arms all night, this eczema is miserable", Personal, Staff);
    clean("We need lads to carry the chairs back after the concert", Official, School);
    clean("Our Year 6s are delivering parcels around the estate for the foodbank", Official, School);
    clean("Year 5 learned about Hinduism and Sikhism this week", Official, School);
    clean("We had to fight back from 2-0 down but the team never gave up!", Comment, Parent);
    clean("Please dont say anything unkind online", Comment, Parent);
}

#[test]
fn phrasings_from_the_fifty_third_fresh_set() {
    has("my year 9s are feral today, someone send wine 🍷", Personal, Staff, "conduct.derogatory");
    has("This school is full of snowflake teachers, a total joke", Comment, Public, "conduct.derogatory");
    has(
        "my mum hasnt been home for 3 days and theres no food in the house",
        Message,
        Pupil,
        "confidential.information",
    );
    has("theres a group chat where boys share pics of year 8 girls", Message, Pupil, "conduct.sexual");
    // Reporting posts is no lesson about reporting: the threat stands.
    has("keep reporting my posts and ill smash your windows in", Comment, Public, "conduct.threat");
    // A parent's own number to be rung back is personal data, not a private channel with staff.
    exactly("Mrs Shah please ring me on 07911 223344 about Rowan", Comment, Parent, &["personal-data.phone"]);
    has("Mrs Shah, can I have your personal number?", Message, Parent, "boundary.private-contact");
    clean("Year 1 made paper snowflakes for the hall windows.", Official, School);
    clean("Online safety week: Year 6 learned about reporting posts that upset them.", Official, School);
}

#[test]
fn phrasings_from_the_fifty_second_fresh_set() {
    exactly(
        "Can't wait for the holidays. The staff room at Holly Grove is such a toxic place to work",
        Personal,
        Staff,
        &["disclaimer.missing", "conduct.derogatory"],
    );
    has(
        "Poor Isla McDonald in my class, her parents are going through a messy divorce",
        Personal,
        Staff,
        "confidential.information",
    );
    has(
        "Please can you not let Summer go home with her dad, there's a court order in place",
        Message,
        Parent,
        "confidential.information",
    );
    has(
        "u seem really grown up for ur age. where do u go to school?",
        Message,
        Public,
        "safeguarding.grooming",
    );
    has(
        "Join our patrols - we're taking back the streets from the migrants this Saturday",
        Message,
        Public,
        "safeguarding.radicalisation",
    );
    has("Grace O'Neil's dad is a druggie, everyone knows it", Comment, Public, "conduct.bullying");
    clean("Look how grown up our Year 6s looked at their leavers' assembly!", Official, School);
    clean("Our litter pickers are taking back the streets from the crisp packets!", Official, School);
    clean("Toxic fumes from burning plastic are a danger to wildlife, Year 5 learned.", Official, School);
    clean("The court visit for our Year 6 citizenship topic was brilliant.", Official, School);
}

#[test]
fn phrasings_from_the_fifty_first_fresh_set() {
    has(
        "Another one kicked out. Rowan in 4H excluded for the week, no surprise there",
        Personal,
        Staff,
        "confidential.information",
    );
    has("ur all dead tomorrow at break", Message, Pupil, "conduct.threat");
    has("i havent eaten in 4 days, i need to get thinner", Message, Pupil, "safeguarding.self-harm");
    has(
        "Britain is being flooded. Our race will be extinct unless we act now",
        Message,
        Public,
        "safeguarding.radicalisation",
    );
    // In hospital is how someone is, not where a stranger could find them.
    exactly(
        "Please keep Will in Year 4 in your thoughts, he is in hospital recovering from his operation",
        Official,
        School,
        &["personal-data.special-category"],
    );
    has("Year 4 are at the Royal Preston Hospital now for a visit", Official, School, "pupil.location-live");
    clean("Rowan class are off to the library in 4 hours.", Official, School);
    clean("You're all dead tired after sports day, have a lovely rest!", Official, School);
    clean("Britain is being flooded by storms again this week.", Official, School);
    clean("I haven't eaten since breakfast, starving!", Personal, Staff);
}

#[test]
fn phrasings_from_the_fiftieth_fresh_set() {
    has("The head is an absolute joke, she never answers emails", Comment, Parent, "complaint.wrong-channel");
    has(
        "Please can you keep an eye on Oliver, his dad has just gone to prison",
        Message,
        Parent,
        "confidential.information",
    );
    has(
        "White people need to wake up and take back what is ours before it's too late",
        Message,
        Public,
        "safeguarding.radicalisation",
    );
    has("send me a video of you getting changed", Message, Public, "conduct.sexual");
    clean("Thank you Mrs Hartley, she always answers emails so quickly!", Comment, Parent);
    clean("Year 3 need to wake up earlier on trip day, the coach leaves at 7.", Official, School);
    clean("Year 6 have just gone to the library.", Official, School);
}

#[test]
fn hate_from_the_sixth_functional_set_and_its_look_alikes() {
    for hate in [
        "I can't stand being in the same room as Muslims.",
        "Just seeing immigrants puts me in a foul mood.",
        "Gay people have no morals whatsoever.",
        "I'd sell my house if black people moved in next door.",
        "Our school went downhill when the immigrants started coming.",
        "There is no such thing as a decent Muslim.",
        "Trans people will never be proper members of society.",
        "Is there anything more pathetic than disabled people?",
        "Immigrants are sc4mm3rs.",
    ] {
        has(hate, Comment, Public, "conduct.discrimination");
    }
    for threat in [
        "Any Muslim who comes near my kids will get a brick through their window.",
        "I'm going to run over the next gay person I see.",
        "Somebody needs to sort women out with their fists.",
        "Black people want a good hiding, the lot of them.",
        "I will make every immigrant in this town suffer.",
    ] {
        has(threat, Comment, Public, "conduct.threat");
    }
    for fine in [
        "A man on the bus said \"Muslims are vermin\" and I told him to stop.",
        "\"All immigrants are criminals\" is a lie that needs challenging.",
        "We will run over the next few slides in class tomorrow.",
        "The boys sorted it out with their fists at break and nobody stopped them",
        "I will make every child in this class feel welcome.",
        "Our street went downhill when the council stopped emptying the bins.",
        "I can't stand being in the same room as spiders.",
        "I would move house if the motorway came any closer.",
        "Is there anything more pathetic than a Monday morning?",
        "Somebody threw a brick through their window last night, poor family",
        "We had faggots and peas from the chippy for tea.",
    ] {
        clean(fine, Comment, Parent);
    }
}

#[test]
fn hate_from_the_fifth_functional_set_and_its_look_alikes() {
    for hate in [
        "I get so angry every time I see Muslims.",
        "Immigrants turn my stomach.",
        "There is nothing I despise more than gay people.",
        "Women are incapable of telling the truth.",
        "Black people are all brainless.",
        "Trans people are a tumour on this country.",
        "I wouldn't hire a woman if they were the last person on earth.",
        "Why do immigrants have to spoil every nice place?",
        "Who actually likes disabled people?",
        "No Muslim is worth listening to.",
        "Look at all the immigrants at the bus stop. Filthy, the lot of them.",
        "Muslims are revoltng.",
    ] {
        has(hate, Comment, Public, "conduct.discrimination");
    }
    for harm in [
        "The next woman who walks past me is getting punched.",
        "I'm going to put every Muslim I meet in hospital.",
        "It's time gay people were dealt with once and for all.",
        "Immigrants need a bullet each.",
    ] {
        has(harm, Comment, Public, "conduct.discrimination");
    }
    for fine in [
        "Women are no less capable than anyone else.",
        "When people say \"Muslims should be deported\" it makes me angry.",
        "Saying Muslims are animals is disgusting.",
        "My grandad always had a fag after his dinner.",
        "I get so angry when I see disabled people being mocked.",
        "No woman deserves to be abused.",
        "The next immigrant family who arrives is getting a warm welcome.",
        "There is nothing I love more than Muslims breaking the fast with us at Eid.",
        "Year 6 put on a brilliant show in the hall.",
    ] {
        clean(fine, Comment, Parent);
    }
}

#[test]
fn hate_from_the_fourth_functional_set_and_its_look_alikes() {
    for hate in [
        "Muslims will never be welcome here.",
        "Immigrants ruin every neighbourhood they move into.",
        "Gay people make me want to throw up.",
        "Trans people breed like rabbits.",
        "Immigrants are nothing but rodents.",
        "Muslims are a blight on this town.",
        "Why can't women ever do anything right?",
        "No Muslim should ever be allowed to teach.",
        "Keep immigrants away from our schools.",
        "Just thinking about black people makes me furious.",
        "Is there anything worse than disabled people?",
        "I'd move house if Muslims moved in next door.",
        "Muslims are worthles.",
    ] {
        has(hate, Comment, Public, "conduct.discrimination");
    }
    for threat in [
        "I will run over every Muslim I see.",
        "Any immigrant who comes near my house will get a beating.",
        "Gay people deserve a good kicking.",
    ] {
        has(threat, Comment, Public, "conduct.threat");
    }
    for fine in [
        "\"Kill all Muslims\" is a disgusting thing to say.",
        "The Dutch built a dyke to hold back the sea.",
        "Keep children away from the pond.",
        "Is there anything worse than Monday mornings?",
        "We would move house if the rent went up again.",
        "Mr Taylor will run over the details with parents on Friday.",
        "Our under 11s will get a beating from the champions on Saturday but we will try our best!",
        "This homework makes me want to throw up, so hard!",
    ] {
        clean(fine, Comment, Parent);
    }
}

#[test]
fn hate_run_together_or_said_of_a_woman_named_in_the_sentence_before() {
    for hate in [
        "Womenaretrash.",
        "Trans peoplearetrash.",
        "Muslimsaretrash.",
        "Immigrantsarevermin.",
        "My neighbour is a woman. I hate them.",
        "I will never respect a woman.",
    ] {
        has(hate, Comment, Public, "conduct.discrimination");
    }
    // The span of a run-together word is the word as written.
    let text = "Honestly Womenaretrash.";
    let o = has(text, Comment, Public, "conduct.discrimination");
    let f = o.findings.iter().find(|f| f.category.code() == "conduct.discrimination").unwrap();
    assert_eq!(&text[f.start..f.end], "Womenaretrash");
    for fine in [
        "Our parents are careful about online awareness.",
        "My neighbour is a woman. I love them to bits.",
        "My neighbour is a woman. She hates cats.",
        "I will never respect a bully.",
    ] {
        clean(fine, Comment, Public);
    }
}

#[test]
fn phrasings_from_the_forty_ninth_fresh_set() {
    has(
        "Why was my son the only one not picked for the team AGAIN? This school has favourites and everyone knows it",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    has(
        "The brothers at the mosque will show you the true path, non-believers must be dealt with",
        Message,
        Public,
        "safeguarding.radicalisation",
    );
    clean("Which books are your child's favourites? Tell us in the comments!", Comment, Parent);
    clean("Year 5 learned how believers in different faiths celebrate Diwali.", Official, School);
    // A parent's private message about their own child publishes nothing.
    clean("Tobias won't be in today, he has a temperature", Message, Parent);
}

#[test]
fn insults_naming_one_person_who_is_not_on_the_roster() {
    for insult in [
        "Sarah Jones is a slag",
        "Bono is an idiot!",
        "This woman is an idiot",
        "This president is such a idiot",
        "Just block the idiot.",
        "Tell this idiot to try another book.",
        "Delusional idiot and the traitor!",
        "Stupid cow.",
        "Stupid woman.",
    ] {
        has(insult, Comment, Public, "conduct.bullying");
    }
    // A compound of a swear word is swearing wherever it stands.
    has("the very fine people the dipshit president was talking about", Comment, Public, "conduct.profanity");
    has("Stop being such a jackass", Comment, Public, "conduct.profanity");
    for fine in [
        "Tucker Carlson is not an idiot.",
        "There is a bully in my class and we have told the school.",
        "That cow won first prize at the county show.",
        "The clown at the summer fair was brilliant.",
        "Year 2 loved playing the fool in the class assembly.",
        "I was such an idiot, I left my PE kit on the bus.",
        "Suddenly I'm the weirdo for liking maths.",
        "Our mascot is a clown costume this year.",
    ] {
        clean(fine, Comment, Public);
    }
}

#[test]
fn hate_from_the_third_functional_set_and_its_counter_speech() {
    for hate in [
        "Immigrants are always so violent.",
        "Muslims are like a swarm of insects.",
        "Gay people can't be trusted around children.",
        "Hang all Muslims.",
        "Immigrants need to be driven out of this country by force.",
        "Muslims are moving in and I want them gone.",
        "Don't talk to me about immigrants. They are a curse.",
        "Should gay people really be allowed to have children?",
        "Personally I believe women are a lower form of life.",
        "He said \"I hate Muslims\" and he's right.",
    ] {
        has(hate, Comment, Public, "conduct.discrimination");
    }
    has("The next immigrant who looks at me gets a bottle to the head.", Comment, Public, "conduct.threat");
    exactly("I'll make every Muslim I see bleed.", Comment, Public, &["conduct.threat"]);
    exactly("You're a nasty piece of work.", Comment, Public, &["conduct.bullying"]);
    // Swearing quoted is still swearing; only hate at a group, reported and not agreed with, passes.
    exactly("When he said \"shit\" everyone laughed.", Comment, Public, &["conduct.profanity"]);
    for fine in [
        "It's not true that Muslims are lazy.",
        "\"Muslims are scum\"? Shame on you.",
        "When he said \"I hate Muslims\" everyone walked out.",
        "Posting that immigrants are animals is against our rules.",
        "Please stop spreading lies that Muslims are dangerous.",
        "The faggots at the Christmas market were delicious.",
        "Our spaniel is a bitch, so we need a female name for her.",
        "Hang all the coats on the pegs.",
        "I'll make every child in my class a card.",
        "The new family are moving in and I want them to feel welcome.",
        "Should parents be allowed to park on the yellow lines?",
        "The weeds need to be driven out of the garden.",
    ] {
        clean(fine, Comment, Public);
    }
}

#[test]
fn hate_from_the_second_functional_set_and_its_counter_speech() {
    for hate in [
        "You can never trust a woman.",
        "I wouldn't sit next to a Muslim on the bus.",
        "Immigrants should stick to the jobs nobody else wants.",
        "This town was fine before the immigrants turned up.",
        "Any Muslim who comes to my street is getting stabbed.",
        "It's time Muslims were exterminated.",
        "Gay people should be thrown in the sea.",
        "Black people will never be equal to the rest of us.",
        "No immigrant deserves any respect.",
        "Women are naturally less intelligent.",
        "Trans people are diugsting.",
        "Nobody wants you here, muzzie.",
        "Look at that p*ki over there.",
    ] {
        has(hate, Comment, Public, "conduct.discrimination");
    }
    exactly(
        "I'm going to burn down the house of every gay person here.",
        Comment,
        Public,
        &["conduct.threat"],
    );
    exactly("Look at that slag over there.", Comment, Public, &["conduct.bullying"]);
    for fine in [
        "No woman deserves to be abused.",
        "Saying \"women are vermin\" is disgusting and wrong.",
        "If you post \"I hate Muslims\" you will be blocked.",
        "Comments claiming gay people are inferior will be reported.",
        "The walkers followed the old dyke along the edge of the field.",
        "Mong Kok is one of the busiest places in Hong Kong.",
        "The dog show had a prize for the best bitch in the class.",
        "It's time we went home.",
        "The rubbish should be thrown in the bin.",
        "You can never trust the weather forecast.",
        "The park was fine before the rain came.",
        "Any child who comes to school late gets a detention.",
        "Look at that mess over there.",
    ] {
        clean(fine, Comment, Public);
    }
}

#[test]
fn phrasings_from_the_forty_eighth_fresh_set() {
    // A pupil telling staff what happens at home at night is a disclosure.
    exactly(
        "sir my mums boyfriend keeps coming in my room at night and i dont like it",
        Message,
        Pupil,
        &["confidential.information"],
    );
    exactly(
        "a lad in year 11 keeps asking me to hide his stuff in my locker and gives me money for it",
        Message,
        Pupil,
        &["confidential.information"],
    );
    clean("can i put my PE bag in my locker", Message, Pupil);
    exactly("Your boy owes us money. Pay up or we'll pay him a visit", Message, Public, &["conduct.threat"]);
    clean("We'll pay you a visit next week to see the new library", Official, School);
    exactly(
        "selling snow and green, DM for prices, delivery round Preston",
        Message,
        Public,
        &["safeguarding.exploitation"],
    );
    clean("The PTA are selling snow globes at the Christmas fair", Official, School);
}

#[test]
fn phrasings_from_the_forty_seventh_fresh_set() {
    exactly(
        "Can't say much but a colleague was escorted off site today pending an investigation",
        Personal,
        Staff,
        &["confidential.information"],
    );
    clean("Police escorted a man off the premises after he was found trespassing", Official, School);
    // A first name that is also a word, opening what is said of it in lower case, is the person.
    exactly(
        "everyone in 8B knows jack is a snitch, watch your back jack",
        Comment,
        Pupil,
        &["conduct.bullying", "conduct.threat"],
    );
    exactly("will is a loser lol", Comment, Pupil, &["conduct.bullying"]);
    clean("summer is a joke, it has rained every day", Comment, Parent);
    clean("the jack is a bit stiff on my car", Comment, Parent);
    exactly(
        "Earn £500 a week, no experience needed, just hold onto some packages for us. 15+ only",
        Message,
        Public,
        &["safeguarding.exploitation"],
    );
    clean("Could you hold the parcels for me at reception? Thanks", Message, Parent);
}

#[test]
fn phrasings_from_the_forty_sixth_fresh_set() {
    exactly(
        "Feeling so low lately, honestly don't know how much longer I can keep going",
        Personal,
        Staff,
        &["safeguarding.self-harm"],
    );
    clean("Don't know how much longer I can keep going with this workload", Personal, Staff);
    exactly(
        "Why has nobody from the school replied to my emails about the bullying?? Three weeks now",
        Comment,
        Parent,
        &["complaint.wrong-channel"],
    );
    exactly(
        "My son has autism and this school is failing him completely",
        Comment,
        Parent,
        &["complaint.wrong-channel"],
    );
    exactly(
        "fking joke of a school, shut it down",
        Comment,
        Public,
        &["conduct.profanity", "conduct.derogatory"],
    );
    // A pupil telling staff about older pupils' threats is a disclosure.
    exactly(
        "some year 11s said they'll beat me up if i dont give them my dinner money",
        Message,
        Pupil,
        &["confidential.information"],
    );
    clean("Our Year 11 mentors said they'll get me a coffee", Official, School);
    exactly(
        "i havent eaten properly in like 5 days and i want to keep going till im thin enough",
        Message,
        Pupil,
        &["safeguarding.self-harm", "safeguarding.self-harm"],
    );
    exactly("We know what you did to our cousin. Watch yourself.", Message, Public, &["conduct.threat"]);
    clean("Watch yourself on the roads this morning, very icy", Comment, Parent);
    exactly(
        "That PE teacher better not show his face round here again or he'll regret it",
        Comment,
        Public,
        &["conduct.threat"],
    );
    clean("You'll regret it if you miss the Christmas fair!", Official, School);
}

#[test]
fn phrasings_from_the_forty_fifth_fresh_set() {
    // Pupils on their way to a named place, with a time.
    exactly(
        "Year 6 have set off for Robinwood and should arrive there around 3pm.",
        Official,
        School,
        &["pupil.location-live"],
    );
    clean("Year 6 went to Robinwood last spring and loved it.", Official, School);
    exactly(
        "Can't say much but we've had to call the police about one of our Year 10s today",
        Personal,
        Staff,
        &["confidential.information"],
    );
    clean("We had to call the police about a break-in at the weekend", Official, School);
    exactly(
        "Absolutely disgusted my daughter was left out of the trip photos AGAIN. This school never listens to parents.",
        Comment,
        Parent,
        &["complaint.wrong-channel", "complaint.wrong-channel"],
    );
    clean("Delighted my son was picked for the team!", Comment, Parent);
    // A gendered insult, not swearing.
    exactly(
        "go jump off a bridge you ugly skank",
        Comment,
        Public,
        &["conduct.bullying", "conduct.bullying", "conduct.bullying"],
    );
    exactly("miss ellis is a stuck up cow", Comment, Pupil, &["conduct.derogatory"]);
    clean("the ball got stuck up a tree", Message, Pupil);
    exactly(
        "DM me for cheap weed, delivered to your door 🍃",
        Comment,
        Public,
        &["safeguarding.exploitation"],
    );
    clean("Does anyone know where to get cheap weed killer for the allotment?", Comment, Parent);
    // A stranger singling out a child and moving them to a private channel; a parent asking to
    // join the class group is not.
    exactly(
        "hey are you the girl from year 9 with the blonde hair? add me on snap x",
        Message,
        Public,
        &["safeguarding.grooming"],
    );
    clean("my daughter is in year 4, can you add me on the class whatsapp group", Message, Public);
    // Secrecy about a colleague's suspension is confidential news, not grooming; secrecy with a
    // favour still is.
    exactly(
        "Keep this between us, but Mr Taylor has been suspended while they investigate",
        Message,
        Staff,
        &["confidential.information"],
    );
    exactly("keep this between us, I can get you extra marks", Message, Staff, &["safeguarding.grooming"]);
    exactly("tell your son Oliver he's a dead man walking", Message, Public, &["conduct.threat"]);
    clean("he is a dead man walking in that film, brilliant acting", Comment, Public);
}

#[test]
fn phrasings_from_the_forty_fourth_fresh_set() {
    // The school's own team somewhere now, with "our" rather than "we".
    exactly(
        "Our netball girls are warming up at Deepdale now - match starts at 4!",
        Official,
        School,
        &["pupil.location-live"],
    );
    clean("Our netball girls won at Deepdale last week.", Official, School);
    // A colleague by role.
    exactly("My head of department is a spineless coward", Personal, Staff, &["conduct.derogatory"]);
    // "my hod" would have matched "my hood" once its repeated letters were folded.
    clean("my hood love me", Comment, Public);
    exactly("send ur teachers to the gas chambers", Comment, Public, &["conduct.threat"]);
    clean("Year 6 learned about the gas chambers at Auschwitz", Official, School);
    // A phrase that is both sexual and grooming is reported as both.
    exactly(
        "u have such a nice body for a year 8 😍",
        Message,
        Public,
        &["conduct.sexual", "safeguarding.grooming"],
    );
    clean("Such a nice body of work for a Year 8 pupil!", Official, School);
    exactly(
        "Looking for lads 14+ to make £££ in the holidays, message me for details",
        Message,
        Public,
        &["safeguarding.exploitation"],
    );
    clean("Looking for lads 14+ to join our football team in the holidays", Message, Public);
    // A first name that is also a word, said to have a condition, opening the sentence.
    exactly(
        "Rowan had a seizure this morning so he will be off today",
        Message,
        Parent,
        &["personal-data.special-category"],
    );
    clean("Rowan class had a visit about diabetes", Official, School);
}

#[test]
fn phrasings_from_the_forty_third_fresh_set() {
    // A staff grievance naming the school: the grievance, the view without a disclaimer, and the
    // school said to be going downhill.
    exactly(
        "Fuming. SLT have cut our PPA time again and won't listen to anyone. Holly Grove is going downhill.",
        Personal,
        Staff,
        &["complaint.wrong-channel", "disclaimer.missing", "conduct.derogatory"],
    );
    exactly(
        "If any of my Year 8 girls want to chat, my personal Insta is @missjones_pe",
        Personal,
        Staff,
        &["boundary.private-contact"],
    );
    exactly("Teachers these days are nothing but lazy parasites", Comment, Public, &["conduct.derogatory"]);
    exactly("Someone needs to put a bullet in that headteacher", Comment, Public, &["conduct.threat"]);
    // Hate aimed at a group is not also a remark about the school it is placed in.
    exactly(
        "The muslim kids at this school are all terrorists in training",
        Comment,
        Public,
        &["conduct.discrimination"],
    );
    exactly("The kids at this school are all thugs", Comment, Public, &["conduct.derogatory"]);
    exactly(
        "sir my brother is making me sell stuff for his mates and i owe them money",
        Message,
        Pupil,
        &["safeguarding.exploitation", "confidential.information"],
    );
    exactly(
        "Come to our meetings, we will show you the truth about the Jews",
        Message,
        Public,
        &["safeguarding.radicalisation", "conduct.discrimination"],
    );
    clean("Come to our PTA meetings, we will show you the plans for the new playground", Message, Parent);
    // An insult that is its own verb, after a pronoun standing for a member of staff.
    exactly(
        "did u see the state of miss shah today lmao she looked like a whale",
        Message,
        Pupil,
        &["conduct.derogatory"],
    );
    clean("Mrs Hartley looked like a pig in the pantomime!", Official, School);
    clean("The whale watching trip looked like a great day out", Comment, Parent);
}

#[test]
fn phrasings_from_the_forty_second_fresh_set() {
    // A member of staff's own disciplinary investigation is confidential.
    exactly(
        "Anyone know a good solicitor? Being investigated at work for something I didn't do",
        Personal,
        Staff,
        &["confidential.information"],
    );
    // "this place" on the school's own account is the school.
    exactly(
        "this place is a f*cking disgrace",
        Comment,
        Public,
        &["conduct.derogatory", "conduct.profanity"],
    );
    clean("this place has been brilliant for my kids", Comment, Parent);
    // Knowing where a child goes to school, a demand "or else", waiting for a child.
    has("we know where your son goes to school. pay up or else", Message, Public, "conduct.threat");
    exactly(
        "I'll be outside the school gates at 3:15 waiting for your daughter",
        Message,
        Public,
        &["conduct.threat"],
    );
    clean("I'll be waiting for your son at the party on Saturday", Message, Parent);
    clean("Still waiting for your child's permission form", Official, School);
}

#[test]
fn phrasings_from_the_forty_first_fresh_set() {
    // "on" a named place, with a time, is where pupils are now.
    exactly(
        "Year 4 are on Formby beach until 2pm today if any parents fancy popping down to wave!",
        Official,
        School,
        &["pupil.location-live"],
    );
    clean("Year 4 wrote poems on the beach last summer.", Official, School);
    // A pupil asking staff to keep their own disclosure quiet is not being groomed, even when the
    // harm is someone else's doing; secrecy that person asked for still is.
    exactly(
        "my stepdad hits me when he's drunk, please don't tell anyone",
        Message,
        Pupil,
        &["confidential.information"],
    );
    exactly(
        "my mum's boyfriend hits me, he says don't tell anyone or else",
        Message,
        Pupil,
        &["confidential.information", "safeguarding.grooming"],
    );
    exactly(
        "my uncle touched me and he told me not to tell anyone",
        Message,
        Pupil,
        &["confidential.information"],
    );
    clean("my mum told me not to tell anyone about the surprise party", Message, Pupil);
    clean("my grandad kicked the ball to me at the park", Message, Pupil);
}

#[test]
fn phrasings_from_the_fortieth_fresh_set() {
    // A named pupil said to have a condition is not a lesson about it, whatever follows.
    exactly(
        "Please be aware that Will Turner in Year 3 has diabetes and may need snacks during lessons.",
        Official,
        School,
        &["pupil.full-name", "personal-data.special-category"],
    );
    clean("Year 5 had a lesson on diabetes and healthy snacks", Official, School);
    exactly(
        "Mr Ellis is a bully and shouldn't be working with children",
        Comment,
        Parent,
        &["conduct.derogatory"],
    );
    clean("We never let anyone bully others here", Official, School);
    exactly(
        "Jack Smith threw a chair at me today. That boy is going to end up in prison.",
        Personal,
        Staff,
        &["pupil.full-name", "confidential.information", "conduct.derogatory"],
    );
    clean("Someone threw a chair at me in the pub quiz", Personal, Staff);
    exactly(
        "My son has been excluded for something he didn't do and the school won't even listen.",
        Comment,
        Parent,
        &["complaint.wrong-channel"],
    );
    exactly(
        "miss theres a boy in year 10 who says hes bringing a knife in tomorrow",
        Message,
        Pupil,
        &["confidential.information"],
    );
    // The runner and the packages are each a sign; both are the one category.
    let o = has(
        "need a runner to take a few packages to blackpool, £300 a day cash",
        Message,
        Public,
        "safeguarding.exploitation",
    );
    assert!(cats(&o).iter().all(|c| *c == "safeguarding.exploitation"), "{:?}", cats(&o));
    clean("We need a runner for the relay team on sports day", Official, School);
}

#[test]
fn phrasings_from_the_thirty_ninth_fresh_set() {
    // A pronoun after a member of staff's role stands for them: derogatory, not bullying.
    exactly(
        "Your head teacher should be locked up, he's a disgrace",
        Comment,
        Public,
        &["conduct.derogatory"],
    );
    clean("I spoke to the head and she is lovely", Comment, Parent);
    // A member of staff's one-word verdict on the school's decision.
    exactly(
        "Can't believe the head at Holly Grove has cancelled the Christmas fair again. Shambles.",
        Personal,
        Staff,
        &["disclaimer.missing", "conduct.derogatory"],
    );
    exactly("Some of those parents are absolute nightmares lol", Personal, Staff, &["conduct.derogatory"]);
    // Knowing where a named pupil lives, said as a threat.
    exactly("I know where Rowan Hughes lives", Comment, Public, &["conduct.threat", "pupil.full-name"]);
    exactly("Tell him I'm coming for him", Comment, Public, &["conduct.threat"]);
    clean("Does anyone know where the Year 6 party is?", Comment, Parent);
    // Extortion with pictures is grooming as well as a threat.
    exactly(
        "send me £200 in gift cards or I post the pics everywhere",
        Message,
        Public,
        &["conduct.threat", "safeguarding.grooming"],
    );
}

#[test]
fn insults_about_someone_by_pronoun_are_bullying() {
    // The pronoun may carry its own verb: "he is", "she's", "they're".
    for text in ["he is an idiot", "She's a disgusting pig!!", "shes a slag", "they're all morons"] {
        exactly(text, Comment, Public, &["conduct.bullying"]);
    }
    clean("he is not an idiot", Comment, Public);
    clean("he's far from useless, he's our best player", Comment, Parent);
    // Another verb takes the place of "is".
    clean("they're waving trash bags around at the beach clean", Comment, Parent);
    // The pronoun stands for a member of staff named before it: derogatory, not bullying.
    exactly("That Shah woman wants reporting, she's a joke", Comment, Public, &["conduct.derogatory"]);
    // An exclamation about someone, or a whole comment that is one insult.
    for text in [
        "What an idiot...",
        "what a little creep lol",
        "Coward.",
        "@dan_h1 clown",
        "He's a crook",
        "you are a traitor",
    ] {
        exactly(text, Comment, Public, &["conduct.bullying"]);
    }
    clean("What a joke", Comment, Parent);
    clean("What a fool I was to forget the PE kit again!", Personal, Staff);
    clean("What a trash franchise, the film was awful", Comment, Public);
    clean("Don't let the sunshine fool you, bring a coat", Official, School);
    // After a complaint, a one-word verdict is about what was said, not someone.
    exactly("Why has nobody replied to my email? Pathetic.", Comment, Parent, &["complaint.wrong-channel"]);
}

#[test]
fn phrasings_from_the_thirty_eighth_fresh_set() {
    exactly("Hope someone stabs that head teacher", Comment, Public, &["conduct.threat"]);
    clean("I hope someone kills that spider in the classroom", Comment, Parent);
    // A child telling staff she may be pregnant is a disclosure; a member of staff's own news,
    // or the words quoted, are not.
    exactly(
        "I've been sick every morning and I think I might be pregnant, please don't tell my mum",
        Message,
        Pupil,
        &["confidential.information"],
    );
    clean("So excited to share that I am pregnant!", Personal, Staff);
    clean("I hate it when people say \"I'm pregnant\" to get out of PE", Message, Pupil);
    // A gift for a meeting is grooming; free vapes to a child are exploitation as well.
    exactly(
        "I can get u free vapes if u come to the park after school",
        Message,
        Public,
        &["safeguarding.exploitation", "safeguarding.grooming"],
    );
}

#[test]
fn phrasings_from_the_thirty_seventh_fresh_set() {
    exactly(
        "Sam Taylor from work is going through IVF, send her some love x",
        Personal,
        Staff,
        &["personal-data.special-category"],
    );
    // "I teach Year 6 maths" is the writer's job, so it no longer hides the offer of private contact.
    exactly(
        "DM me if your kid needs a tutor over summer, I teach Year 6 maths",
        Personal,
        Staff,
        &["boundary.private-contact"],
    );
    clean("I teach Year 6 how to block anyone who says add me on snap", Personal, Staff);
    exactly(
        "Holly Grove's SATs results are out and they're shocking. Not surprised given the leadership.",
        Personal,
        Staff,
        &["disclaimer.missing", "conduct.derogatory"],
    );
    // A faith's dress is an identity: a member of staff who wears it called a terrorist is hate.
    exactly(
        "Ms Shah wears a hijab so obviously she's a terrorist sympathiser",
        Comment,
        Public,
        &["conduct.discrimination"],
    );
    clean("Lovely photo of the girls in a hijab for the mosque visit", Comment, Parent);
    clean(
        "Year 9 learned how the police caught a terrorist who planned an attack in London.",
        Official,
        School,
    );
    exactly(
        "my step dad said if i tell anyone he'll hurt my mum",
        Message,
        Pupil,
        &["confidential.information"],
    );
}

#[test]
fn phrasings_from_the_thirty_sixth_fresh_set() {
    exactly(
        "Another day at Holly Grove dealing with entitled parents who think their little darlings can do no wrong.",
        Personal,
        Staff,
        &["disclaimer.missing", "conduct.derogatory", "conduct.derogatory"],
    );
    exactly(
        "A boy in my class told me his mum's boyfriend hits him. Don't know what to do.",
        Personal,
        Staff,
        &["confidential.information"],
    );
    // A pupil asking a member of staff for their own number; a parent asking for the office's is not.
    exactly(
        "please can i have ur personal number in case i need to talk",
        Message,
        Pupil,
        &["boundary.private-contact"],
    );
    clean("Can I have your phone number for the office please?", Message, Parent);
    // Flattery about a child's age; how long the weather lasts is not.
    exactly(
        "hey sweetie ur really pretty for 13, wanna meet up sometime?",
        Message,
        Public,
        &["safeguarding.grooming"],
    );
    clean("The weather will be hot for 12 days straight!", Official, School);
    // A parent asking to "talk about support" is not a lesson, so a named child's diagnosis counts.
    exactly(
        "Grace has been diagnosed with ADHD, can we meet to talk about support?",
        Message,
        Parent,
        &["personal-data.special-category"],
    );
    clean("Year 6 talked about how to stay safe online and who to talk to.", Official, School);
    exactly(
        "my cousin can sort u out with some weed, a tenner a bag",
        Message,
        Public,
        &["safeguarding.exploitation"],
    );
    exactly(
        "mr ellis keeps messaging me on instagram and asking for pics",
        Message,
        Pupil,
        &["safeguarding.grooming"],
    );
    clean("The newsletter team keeps asking for pics from the trip, please send them in!", Official, School);
    exactly("Your school will burn, you've been warned", Message, Public, &["conduct.threat"]);
    clean("Your school will be buzzing after this win, you've been warned!", Comment, Parent);
}

#[test]
fn phrasings_from_the_thirty_fifth_fresh_set() {
    // What inspectors said, told before the report is out, is an unpublished outcome.
    exactly(
        "We can't share the grade yet but the inspectors told us we're Outstanding!!",
        Official,
        School,
        &["confidential.information"],
    );
    clean(
        "The inspectors told us we are a kind and welcoming school - read the full report on our website.",
        Official,
        School,
    );
    // A named teacher called a groomer is derogatory; teaching how to spot one is not.
    exactly("that teacher mr ellis is a groomer, watch your kids", Comment, Public, &["conduct.derogatory"]);
    clean(
        "Online safety week: Year 6 learned how a groomer might try to win a child's trust.",
        Official,
        School,
    );
    exactly(
        "wanna earn 300 quid this weekend? just gotta drop a few parcels for me",
        Message,
        Public,
        &["safeguarding.exploitation"],
    );
    clean("Could you drop a few parcels of donated uniform at the office?", Message, Parent);
    // A parent passing on what a child said about a teacher is a case for the DSL, not gossip.
    exactly(
        "My daughter says Mr Ellis put his hand on her leg in class. I want this dealt with today.",
        Message,
        Parent,
        &["confidential.information"],
    );
    clean("Mr Ellis put his hand up to volunteer for the sponsored silence!", Official, School);
    exactly(
        "You're my favourite in the class Holly, but don't tell the others x",
        Message,
        Staff,
        &["safeguarding.grooming"],
    );
}

#[test]
fn phrasings_from_the_thirty_fourth_fresh_set() {
    // A stranger asking for a named child's address; a parent, or a sentence that asks nothing, is not.
    exactly(
        "Can I have Amelia's home address to drop off her birthday present?",
        Message,
        Public,
        &["safeguarding.grooming"],
    );
    clean("Can I have Amelia's home address to drop off her birthday present?", Message, Parent);
    clean("Amelia's phone number was on the lost property list, can you check?", Comment, Public);
    // Sextortion: the demand is grooming, the exposure a threat.
    exactly(
        "if u dont send more pics ill show everyone the ones u sent",
        Message,
        Public,
        &["safeguarding.grooming", "conduct.threat"],
    );
    exactly("im gonna jump off the bridge tonight", Message, Pupil, &["safeguarding.self-harm"]);
    clean("The Year 4s are going to jump off the diving board at the gala.", Official, School);
    // Only the writer's own plan: pupils "going to jump off a cliff" are coasteering.
    clean("On the coasteering trip Year 6 are going to jump off a cliff into the sea!", Official, School);
    exactly("sir do u have snapchat", Message, Pupil, &["boundary.private-contact"]);
    clean("Do you have Facebook for the PTA?", Comment, Parent);
    exactly(
        "@HollyGroveSchool your head should be ashamed, my kid has been left out of every trip",
        Comment,
        Parent,
        &["complaint.wrong-channel"],
    );
}

#[test]
fn phrasings_from_the_thirty_third_fresh_set() {
    // A faith let into the school's life, then "this is England": discrimination.
    exactly(
        "why does the school let muslims pray in the hall, this is england",
        Comment,
        Public,
        &["conduct.discrimination"],
    );
    clean(
        "The school lets Muslim pupils pray in the library at lunchtime, which is lovely.",
        Official,
        School,
    );
    // "lovely" is a view, so naming the school needs the disclaimer.
    exactly(
        "Exhausted after parents' evening at HGS. Some lovely families though.",
        Personal,
        Staff,
        &["disclaimer.missing"],
    );
    clean("Exhausted after parents' evening. Some lovely families though.", Personal, Staff);
    exactly(
        "my son came home with a black eye and you lot did nothing",
        Comment,
        Parent,
        &["complaint.wrong-channel"],
    );
    clean("Don't worry, the teachers did nothing wrong.", Comment, Parent);
    exactly(
        "ive been saving my tablets, i think this weekend is the time",
        Message,
        Pupil,
        &["safeguarding.self-harm"],
    );
    clean("I've been saving up my pocket money for the trip", Message, Pupil);
    has(
        "my uncle makes me do stuff i dont like and says ill get in trouble if i tell",
        Message,
        Pupil,
        "confidential.information",
    );
    let o = has(
        "ur a good looking lad, fancy earning some cash? meet me at the station",
        Message,
        Public,
        "safeguarding.exploitation",
    );
    assert!(o.findings.iter().any(|f| f.category.code() == "safeguarding.grooming"), "{:?}", o.findings);
    exactly(
        "Well done today! Let's keep this chat between us, yeah?",
        Message,
        Staff,
        &["safeguarding.grooming"],
    );
    clean("Isla has a dentist appointment at 2pm so I'll collect her at 1.30.", Message, Parent);
    clean("Sorry he was late, the bus broke down again!", Message, Parent);
}

#[test]
fn phrasings_from_the_thirty_second_fresh_set() {
    // A pupil excluded, named by year, is confidential; a team left out of a final is not.
    exactly(
        "Year 9 lad excluded today for bringing a blade in. What is the world coming to.",
        Personal,
        Staff,
        &["confidential.information"],
    );
    has("Two Year 10s were excluded today.", Personal, Staff, "confidential.information");
    clean("Our Year 9 team were excluded from the final after a mix-up.", Official, School);
    clean("Our football team were excluded from the final after a mix-up.", Official, School);
    // A call to the LADO is a case; training on when to call is not.
    exactly(
        "Had to call the LADO today about a colleague. Worst day of my career.",
        Personal,
        Staff,
        &["confidential.information"],
    );
    has("We referred the teacher to the LADO.", Personal, Staff, "confidential.information");
    clean("Staff had training today on when to contact the LADO.", Official, School);
    exactly("These teachers are a bunch of overpaid babysitters", Comment, Public, &["conduct.derogatory"]);
    exactly(
        "i just want it all to end, no one would even miss me",
        Message,
        Pupil,
        &["safeguarding.self-harm", "safeguarding.self-harm"],
    );
    clean("I just want the rain to end so we can have sports day!", Official, School);
    exactly(
        "ur so fit, send me a pic of u in ur bikini",
        Message,
        Public,
        &["safeguarding.grooming", "conduct.sexual"],
    );
}

#[test]
fn phrasings_from_the_thirty_first_fresh_set() {
    // A first name with a surname's initial or a class is a child someone can pick out.
    exactly(
        "Well done Summer K in 5B, who has worked so hard despite her dyslexia.",
        Official,
        School,
        &["personal-data.special-category"],
    );
    has(
        "Well done Ibrahim in 5B, who has worked so hard despite his dyslexia.",
        Official,
        School,
        "personal-data.special-category",
    );
    clean("Summer K in 5B won the art prize.", Official, School);
    clean("Well done Sophie in 3rd place despite her broken arm.", Official, School);
    clean("Well done to everyone in 5B for their assembly on autism awareness.", Official, School);
    // Staff sneering at parents, with the school named a sentence earlier.
    exactly(
        "Long week at Holly Grove. Some of these parents think we're a free babysitting service.",
        Personal,
        Staff,
        &["disclaimer.missing", "conduct.derogatory"],
    );
    has("They treat the school like a dumping ground.", Comment, Public, "conduct.derogatory");
    clean("Our holiday club is a great babysitting service for busy parents!", Official, School);
    // A colleague suspended is confidential; a trip or lessons suspended are not.
    exactly(
        "Richard from our maths department has been suspended and no one is telling us why.",
        Personal,
        Staff,
        &["confidential.information"],
    );
    has("Two teachers have been suspended.", Personal, Staff, "confidential.information");
    has("Mr Clegg, who ran the trip, has been suspended.", Personal, Staff, "confidential.information");
    clean("The maths department trip has been suspended because of the snow.", Official, School);
    clean("Swimming lessons are suspended this week.", Official, School);
    clean("The English department has been shortlisted for an award.", Official, School);
    // Complaints, veiled threats, self-harm and radicalisation in new words.
    has(
        "My daughter has been bullied for months and nobody at this school has done a thing about it",
        Comment,
        Parent,
        "complaint.wrong-channel",
    );
    has("The head hasn't lifted a finger to help us", Comment, Parent, "complaint.wrong-channel");
    exactly(
        "I know which car is yours Mr Clegg. Be a shame if something happened to it.",
        Comment,
        Public,
        &["conduct.threat", "conduct.threat"],
    );
    clean("It would be a shame if something happened to the funding.", Comment, Parent);
    exactly("i cut again last night and i cant stop", Message, Pupil, &["safeguarding.self-harm"]);
    clean("The grass was cut again last night.", Personal, Staff);
    exactly(
        "The white race is being replaced and it's time we fought back",
        Message,
        Public,
        &["safeguarding.radicalisation"],
    );
}

#[test]
fn phrasings_from_the_thirtieth_fresh_set() {
    // Pupils at the school hall until a stated time; a pupil's painting there is not a pupil.
    exactly(
        "Live from the Year 6 leavers' disco in the school hall until 8pm tonight!",
        Official,
        School,
        &["pupil.location-live"],
    );
    exactly(
        "Will Turner's painting is now hanging in the school hall.",
        Official,
        School,
        &["pupil.full-name"],
    );
    clean("Year 2 loved playing in the sports hall today", Official, School);
    // "Watch your back with her" warns about someone; it threatens no one.
    exactly(
        "The new deputy at Holly Grove is a snake. Watch your back with her.",
        Personal,
        Staff,
        &["disclaimer.missing", "conduct.derogatory"],
    );
    has("Watch your back on the way home Miss", Comment, Public, "conduct.threat");
    // "They" opening the sentence after one about pupils is those pupils.
    exactly(
        "Told the Year 9s today that their behaviour was a disgrace. They were feral.",
        Personal,
        Staff,
        &["conduct.derogatory"],
    );
    exactly(
        "Amelia Clarke smells and has no mates",
        Comment,
        Pupil,
        &["pupil.full-name", "conduct.bullying"],
    );
    clean("Jack has no homework this week", Official, School);
    exactly(
        "Bring back the cane, that'd sort these little thugs out",
        Comment,
        Public,
        &["conduct.derogatory"],
    );
    exactly(
        "Someone should bring a knife in and teach them all a lesson",
        Comment,
        Public,
        &["conduct.threat"],
    );
    clean("Please bring a knife and fork for the picnic tomorrow", Official, School);
    clean("Year 5 had a lesson on knife crime today", Official, School);
    exactly(
        "Hi, I run a modelling agency and I'd love to work with your Year 6 girls. Can you send me their photos and addresses?",
        Message,
        Public,
        &["safeguarding.grooming"],
    );
    exactly("ive written letters to my family saying goodbye", Message, Pupil, &["safeguarding.self-harm"]);
    has(
        "You lot had better watch out on Monday, there will be a shooting",
        Message,
        Public,
        "conduct.threat",
    );
}

#[test]
fn received_items_cite_what_moderators_must_do_and_say_so() {
    let e = engine();
    let grooming = "Hey Amelia, dont tell your mum about our chats. Can you send me a pic?";
    // Sent by staff: the staff clause, and advice to the writer.
    let sent = e.check(&Draft::new(grooming, Message, Staff)).unwrap();
    let f = sent.findings.iter().find(|f| f.category == Category::Grooming).expect("grooming, sent");
    assert_eq!((f.clause.policy.as_str(), f.clause.clause.as_str()), ("lcc-model-2025", "5"));
    assert!(f.fix.starts_with("Do not send it"), "{}", f.fix);
    // From a stranger: the duty to report it, and what the moderator should do.
    let got = e.check(&Draft::new(grooming, Message, Public)).unwrap();
    let f = got.findings.iter().find(|f| f.category == Category::Grooming).expect("grooming, received");
    assert_eq!((f.clause.policy.as_str(), f.clause.clause.as_str()), ("trust-model-social-media", "7.1"));
    assert!(f.fix.contains("Designated Safeguarding Lead") && !f.fix.contains("Do not send"), "{}", f.fix);
    // Self-harm cites the duty to report wherever it appears, never the clause on contacting pupils.
    for (ch, au) in [(Message, Pupil), (Personal, Staff)] {
        let o = e.check(&Draft::new("i just want it all to end", ch, au)).unwrap();
        let f = o.findings.iter().find(|f| f.category == Category::SelfHarm).expect("self-harm");
        assert_eq!(f.clause.clause, "7.1", "{ch:?}");
        assert!(f.clause.text.as_deref().is_some_and(|t| t.contains("safeguarding concern")));
    }
    // A parent's swearing in a comment: moderators hide it; staff conduct clauses bind staff.
    let o = e.check(&Draft::new("This school is a fucking joke", Comment, Parent)).unwrap();
    let f = o.findings.iter().find(|f| f.category == Category::Profanity).expect("profanity");
    assert_eq!((f.clause.policy.as_str(), f.clause.clause.as_str()), ("lowerhouse-2025", "Handling abuse"));
    assert!(f.fix.starts_with("Hide it"), "{}", f.fix);
    let o = e.check(&Draft::new("This school is a fucking joke", Personal, Staff)).unwrap();
    let f = o.findings.iter().find(|f| f.category == Category::Profanity).expect("profanity, staff");
    assert_eq!(f.clause.clause, "4.1(iii)");
    assert_eq!(f.fix, "Remove the swear word.");
}
