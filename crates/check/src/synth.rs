//! Deterministic synthetic data for benchmarks and fuzzing: a roster of any size and a corpus of
//! school posts, comments and messages. Not for production use.

const FIRST: &[&str] = &[
    "Oliver",
    "Amelia",
    "George",
    "Isla",
    "Arthur",
    "Ava",
    "Noah",
    "Mia",
    "Muhammad",
    "Ivy",
    "Leo",
    "Lily",
    "Oscar",
    "Freya",
    "Harry",
    "Florence",
    "Archie",
    "Sophia",
    "Jack",
    "Grace",
    "Henry",
    "Willow",
    "Charlie",
    "Evie",
    "Theo",
    "Rosie",
    "Freddie",
    "Poppy",
    "Alfie",
    "Isabella",
    "Thomas",
    "Daisy",
    "Finley",
    "Elsie",
    "Lucas",
    "Sienna",
    "Aarav",
    "Zara",
    "Hamza",
    "Aisha",
    "Kacper",
    "Zofia",
    "Chidi",
    "Amara",
    "Siân",
    "Zoë",
    "Mary-Jane",
    "Oluwaseun",
    "Priya",
    "Ethan",
];
const LAST: &[&str] = &[
    "Smith",
    "Jones",
    "Williams",
    "Taylor",
    "Brown",
    "Davies",
    "Evans",
    "Wilson",
    "Thomas",
    "Johnson",
    "Roberts",
    "Robinson",
    "Thompson",
    "Wright",
    "Walker",
    "White",
    "Edwards",
    "Hughes",
    "Green",
    "Hall",
    "Lewis",
    "Harris",
    "Clarke",
    "Patel",
    "Jackson",
    "Wood",
    "Turner",
    "Martin",
    "Cooper",
    "Hill",
    "Ward",
    "Morris",
    "Moore",
    "Clark",
    "Lee",
    "King",
    "Baker",
    "Harrison",
    "Morgan",
    "Allen",
    "James",
    "Scott",
    "Phillips",
    "Watson",
    "Davis",
    "Parker",
    "Price",
    "Bennett",
    "Young",
    "Griffiths",
    "Khan",
    "Ahmed",
    "Nowak",
    "Okafor",
    "O'Neil",
    "Smith-Jones",
    "McDonald",
    "Ünal",
    "Kowalski",
    "Begum",
];

/// A small linear congruential generator, so data is identical on every machine.
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Self {
        Lcg(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next_u64() as usize) % xs.len()]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// A roster CSV with `n` pupils (valid UPNs; 10% without consent, 2% not to be published).
pub fn roster_csv(n: usize) -> String {
    let mut r = Lcg::new(7);
    let mut out =
        String::from("upn,first_name,last_name,preferred_name,year_group,social_media_consent,no_publish\n");
    for i in 0..n {
        let body = format!("{:03}{:04}{:02}{:03}", 800 + (i / 1000) % 100, 2001, 21, i % 1000);
        let upn = format!("{}{body}", crate::pii::upn_check_letter(&body).unwrap_or('A'));
        let consent = if r.chance(10) { "no" } else { "yes" };
        let np = if r.chance(2) { "yes" } else { "no" };
        out.push_str(&format!(
            "{upn},{},{},,Year {},{consent},{np}\n",
            r.pick(FIRST),
            r.pick(LAST),
            1 + i % 6
        ));
    }
    out
}

const TEMPLATES: &[&str] = &[
    "What a fantastic day at {school}! Year {y} loved their science workshop and made rockets that flew right over the field.",
    "Well done to {first} for a brilliant assembly this morning. Everyone was so proud of the class.",
    "Reminder: the school will close at 1.30pm on Friday. Please collect your children from the usual gate.",
    "Congratulations to {full} on winning the county art prize!",
    "Can someone call me on 07{d3} {d6} about the trip money please?",
    "This school is a joke, nobody ever answers the phone.",
    "Our netball team smashed it at the tournament, a huge thank you to the coaches and to the parents who drove.",
    "Year {y} are at the museum right now until 3pm.",
    "I think {school} is the best school in Lancashire, proud to work here!",
    "Lovely walk in the Lake District this weekend, back to school tomorrow.",
    "you are such a loser, nobody likes you",
    "What the f*ck is going on with the car park again",
    "Please email jo.bloggs{d3}@gmail.com if you have spare uniform to donate.",
    "Online safety week: we taught pupils how to spot grooming and who to tell.",
    "Thank you for the lovely photos of sports day, my son had a great time.",
    "Don't tell your mum, it's our little secret.",
    "The PTA summer fair raised £1,250 for new library books. Thank you all!",
    "In PSHE this week Year {y} talked about friendship and kindness online.",
    "Mr {last} is useless and should be sacked.",
    "Harvest festival donations can be left in the hall until Wednesday.",
];

/// About `bytes` of posts, one per line.
pub fn corpus(bytes: usize, seed: u64) -> Vec<String> {
    let mut r = Lcg::new(seed);
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        let mut s = String::new();
        let parts = 1 + r.next_u64() % 3;
        for _ in 0..parts {
            let t = r.pick(TEMPLATES);
            let first = r.pick(FIRST);
            let last = r.pick(LAST);
            let line = t
                .replace("{school}", "Holly Grove")
                .replace("{y}", &(1 + r.next_u64() % 6).to_string())
                .replace("{full}", &format!("{first} {last}"))
                .replace("{first}", first)
                .replace("{last}", last)
                .replace("{d3}", &format!("{:03}", r.next_u64() % 1000))
                .replace("{d6}", &format!("{:06}", r.next_u64() % 1_000_000));
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(&line);
        }
        total += s.len() + 1;
        out.push(s);
    }
    out
}
