//! Policy rules: which clause each category enforces, and what each finding decides on each
//! channel. The default set cites the Lancashire County Council model policy (April 2025);
//! where that policy is silent it cites the Lowerhouse Junior School policy (April 2025). An
//! adopted policy's settings override the table.

use crate::model::{Author, Category, Channel, ClauseRef, Decision, Severity};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::Arc;

pub const LCC: &str = "lcc-model-2025";
pub const LOWERHOUSE: &str = "lowerhouse-2025";
pub const TRUST: &str = "trust-model-social-media";

const LCC_4_1_III: &str = "That they do not conduct or portray themselves in a manner which may: bring the school into disrepute; lead to valid parental complaints; be deemed as derogatory towards the school and/or it's employees; be deemed as derogatory towards pupils and/or parents and carers; bring into question their appropriateness to work with children and young people.";
const LCC_4_1_IV: &str = "That they do not form on-line 'friendships' or enter into communication with parents/carers and pupils as this could lead to professional relationships being compromised.";
const LCC_4_1_V: &str = "On-line friendships and communication with former pupils should be strongly discouraged particularly if the pupils are under the age of 18 years.";
const LCC_4_1_VI: &str = "That they could face legal proceedings if comments they post about named individuals are found to have harmed their reputation.";
const LCC_5_DATA: &str = "This means that adults should: not give out their personal details … not discuss or share data relating to children/ parents / carers in staff social media groups.";
const LCC_5_GROOMING: &str = "Staff should not request or respond to any personal information from children other than which may be necessary in their professional role. They should ensure that their communications are open and transparent and avoid any communication which could be interpreted as 'grooming behaviour'.";
const LCC_5_CONTACT: &str = "Staff should not give their personal contact details to children for example, e-mail address, home or mobile telephone numbers, details of web-based identities.";
const LH_PARENTS: &str = "In the event of any offensive or inappropriate comments being made, the school will ask the parent/carer to remove the post and invite them to discuss the issues in person. If necessary, refer parents to the school's complaints procedures.";
const LH_GRIEVANCE: &str = "Don't use social media to air internal grievances.";
const TRUST_7_1: &str = "Any content or online activity which raises a safeguarding concern must be reported to the lead safeguarding officer in the school/trust.";
const LH_ABUSE: &str = "If a conversation turns and becomes offensive or unacceptable, school users should block, report or delete other users or their comments/posts and should inform the audience exactly why the action was taken.";
const LH_SCOPE: &str = "Where a personal account is used which associates itself with, or impacts on, the school, it must be made clear that the member of staff is not communicating on behalf of the school with an appropriate disclaimer.";

/// Columns of the decision table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Official = 0,
    Personal = 1,
    Comment = 2,
    MessageReceived = 3,
    MessageSent = 4,
}

impl Column {
    pub fn of(channel: Channel, author: Author) -> Column {
        match channel {
            Channel::Official => Column::Official,
            Channel::Personal => Column::Personal,
            Channel::Comment => Column::Comment,
            Channel::Message if author.is_school_side() => Column::MessageSent,
            Channel::Message => Column::MessageReceived,
        }
    }

    /// Received from outside: never only advice.
    pub fn received(self) -> bool {
        matches!(self, Column::Comment | Column::MessageReceived)
    }
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub clause: Arc<ClauseRef>,
    pub decisions: [Decision; 5],
    pub message: &'static str,
    /// What the writer should do.
    pub fix: &'static str,
    /// What a moderator should do with a comment or message received from outside, which no one
    /// on the school side can edit or hold back.
    pub fix_received: &'static str,
}

#[derive(Debug, Clone)]
pub struct PolicyRules {
    pub rules: rustc_hash::FxHashMap<Category, Rule>,
    /// Cited instead of the category's clause when school-side staff share contact details.
    pub contact_details: ClauseRef,
    /// Set when the adopted policy needs the headteacher's approval, as well as parents'
    /// consent, for pupil images (setting `image_consent = parents-and-headteacher`).
    pub image_approval: Option<ClauseRef>,
    /// Set when the adopted policy lets staff who are themselves parents be online friends with
    /// parents (setting `staff_parent_friendships`): such a request is advice, not a block.
    pub parent_friendships: Option<ClauseRef>,
    /// Contact with former pupils: the clause, and whether it is prohibited under 18 (setting
    /// `former_pupil_contact`) rather than discouraged (the LCC model's 4.1(v)).
    pub former_pupils: (ClauseRef, bool),
    /// Cited for a safeguarding finding in a comment or message received from outside: the
    /// duty is to report it, whatever the category's own clause asks of staff.
    pub safeguarding_report: Arc<ClauseRef>,
    /// Cited for a conduct finding in a comment or message received from outside: the staff
    /// conduct clauses bind staff, not the public; this one says what moderators do.
    pub handling_abuse: Arc<ClauseRef>,
}

fn clause(policy: &str, number: &str, text: &str) -> ClauseRef {
    ClauseRef { policy: policy.to_owned(), clause: number.to_owned(), text: Some(text.to_owned()) }
}

impl Default for PolicyRules {
    fn default() -> Self {
        Self::lcc_default()
    }
}

impl PolicyRules {
    /// The shipped decision table. Columns: official, personal, comment, message received, message sent.
    pub fn lcc_default() -> PolicyRules {
        use Category::*;
        use Decision::{Block as B, Review as R, Warn as W};
        let data = || clause(LCC, "5", LCC_5_DATA);
        let conduct = || clause(LCC, "4.1(iii)", LCC_4_1_III);
        // The LCC model's safeguarding section is about staff contact with pupils; the duty to
        // report a concern is the trust model's.
        let report = || clause(TRUST, "7.1", TRUST_7_1);
        // Category, clause, decisions, message, the writer's fix, the moderator's fix.
        type Row = (Category, ClauseRef, [Decision; 5], &'static str, &'static str, &'static str);
        let rows: Vec<Row> = vec![
            (Phone, data(), [B, W, R, R, B], "This is a phone number that is not the school's own.", "Remove the phone number; give the school office number instead.", "Hide it: it shares someone's phone number. Tell the writer privately why."),
            (Email, data(), [B, W, R, R, B], "This is a personal email address, not the school's.", "Remove the email address; point people to the school office address.", "Hide it: it shares someone's email address. Tell the writer privately why."),
            (Address, data(), [B, W, R, R, B], "This reveals where someone lives.", "Remove the address or postcode.", "Hide it: it shows where someone lives. Tell the writer privately why."),
            (DateOfBirth, data(), [B, R, R, R, B], "This is someone's date of birth.", "Remove the date of birth; say \"birthday\" without the date, or not at all.", "Hide it: it shares someone's date of birth. Tell the writer privately why."),
            (Identifier, data(), [B, B, R, R, B], "This is a personal identifier (pupil, learner, NHS or National Insurance number).", "Remove the identifier; never publish it.", "Hide it now: it shares a personal identifier. Tell the data protection lead."),
            (SpecialCategory, data(), [B, R, R, R, B], "This links an identifiable person with health, special educational needs, religion, ethnicity or another sensitive matter.", "Remove the sensitive detail, or the person's name.", "Hide it: it shares a sensitive detail about a person. Tell the writer privately why."),
            (PupilFullName, data(), [B, B, R, W, R], "This names a pupil in full.", "Use first names only, and only with consent.", "Hide it or ask the writer to edit it; do not repeat the name in a reply."),
            (PupilImageNoConsent, data(), [B, B, R, R, B], "A pupil in an image has no recorded consent for social media.", "Remove the image or the pupil from it, or record consent first.", "Hide it: a pupil in it has no consent for social media. Ask the writer to remove the image."),
            (PupilNoPublish, data(), [B, B, B, R, B], "This pupil must not be published, in words or images.", "Remove every mention and image of this pupil.", "Hide it now: this pupil must not be published. Tell the DSL."),
            (PupilLocationLive, clause(LCC, "5", LCC_5_GROOMING), [R, R, R, R, R], "This says where pupils are now or will be at a stated time.", "Post after the event, without times or the exact place.", "Hide it: it says where pupils are or will be. Do not confirm the time or place in a reply."),
            (Profanity, conduct(), [B, W, R, R, B], "This is swearing.", "Remove the swear word.", "Hide it, and say why it was removed. Block the user if it continues."),
            (Discrimination, conduct(), [B, B, B, B, B], "This is discriminatory or hateful language.", "Remove it. If it was said to you, report it rather than repeat it.", "Hide it and keep a screenshot as evidence. Report it to a senior leader; block or report the user."),
            (Bullying, conduct(), [B, B, B, B, B], "This insults or harasses a person.", "Remove the insult. Raise concerns about a person privately and politely.", "Hide it and keep a screenshot as evidence. Report it to a senior leader; do not reply in public."),
            (Threat, conduct(), [B, B, B, B, B], "This reads as a threat of violence.", "Remove it. If someone is in danger, contact the DSL or the police now.", "Keep a screenshot, hide it, and report it to a senior leader. If someone is in danger, contact the DSL or the police now."),
            (Sexual, conduct(), [B, W, B, B, B], "This is sexual content.", "Remove the sexual content.", "Hide it and keep a screenshot. If it involves a pupil, tell the DSL straight away."),
            (Derogatory, conduct(), [R, W, R, R, R], "This is derogatory about the school, its staff, pupils or parents.", "Raise concerns through the school's proper channels instead.", "Do not argue online. Invite the writer to talk to the school in person; hide it if it is abusive."),
            (SelfHarm, report(), [B, B, B, B, B], "This may mean someone is at risk of harming themselves.", "Tell the Designated Safeguarding Lead straight away. Do not reply publicly.", "Tell the Designated Safeguarding Lead straight away. Do not reply publicly."),
            (Grooming, clause(LCC, "5", LCC_5_GROOMING), [B, B, B, B, B], "This could be read as grooming: secrecy, meeting, requests for photos or personal details, or gifts.", "Do not send it. Keep all contact with pupils open, professional and on school systems.", "Do not reply. Keep a screenshot and tell the Designated Safeguarding Lead straight away."),
            (Radicalisation, report(), [B, B, B, B, B], "This contains extremist or radicalising language.", "Tell the Designated Safeguarding Lead (Prevent duty). Do not share it further.", "Tell the Designated Safeguarding Lead (Prevent duty). Keep a screenshot; do not share it further."),
            (Exploitation, report(), [B, B, B, B, B], "This may show exploitation: county lines, drugs or sexual exploitation.", "Tell the Designated Safeguarding Lead straight away.", "Tell the Designated Safeguarding Lead straight away. Keep a screenshot; do not reply."),
            (PrivateContact, clause(LCC, "4.1(iv)", LCC_4_1_IV), [B, B, R, R, B], "This moves contact between staff and pupils or parents onto private channels.", "Use school accounts and school email only; do not share personal contact details.", "Do not accept or reply privately; answer through the school's accounts or email only."),
            (Confidential, conduct(), [B, B, R, R, B], "This discloses confidential school information.", "Remove it; confidential matters stay inside school.", "Hide it: it discloses confidential information. Tell a senior leader."),
            (ComplaintWrongChannel, clause(LOWERHOUSE, "Parents/Carers", LH_PARENTS), [W, W, R, R, W], "This is a complaint raised on social media.", "Raise this through the complaints procedure; reply privately and share how to complain.", "Reply politely, acknowledging it, and share how to use the complaints procedure. Do not debate it online."),
            (DisclaimerMissing, clause(LOWERHOUSE, "Scope", LH_SCOPE), [Decision::Allow, W, Decision::Allow, Decision::Allow, Decision::Allow], "This personal post names the school and gives a view without saying it is personal.", "Add \"Views are my own, not my school's\".", "Nothing to do: only staff posts need a disclaimer."),
        ];
        let mut rules = rustc_hash::FxHashMap::default();
        for (cat, clause, decisions, message, fix, fix_received) in rows {
            rules.insert(cat, Rule { clause: Arc::new(clause), decisions, message, fix, fix_received });
        }
        // Staff grievances cite the Appendix rather than the parents' clause.
        PolicyRules {
            rules,
            contact_details: Self::contact_details_clause(),
            image_approval: None,
            parent_friendships: None,
            former_pupils: (clause(LCC, "4.1(v)", LCC_4_1_V), false),
            safeguarding_report: Arc::new(report()),
            handling_abuse: Arc::new(clause(LOWERHOUSE, "Handling abuse", LH_ABUSE)),
        }
    }

    pub fn grievance_clause() -> ClauseRef {
        clause(LOWERHOUSE, "Appendix", LH_GRIEVANCE)
    }

    pub fn named_individual_clause() -> ClauseRef {
        clause(LCC, "4.1(vi)", LCC_4_1_VI)
    }

    pub fn contact_details_clause() -> ClauseRef {
        clause(LCC, "5", LCC_5_CONTACT)
    }

    pub fn rule(&self, c: Category) -> &Rule {
        // Every category has a row in the default table; overrides only change rows.
        self.rules.get(&c).unwrap_or_else(|| unreachable!("category {c} has no rule"))
    }

    /// Cites the school's adopted version instead of the model it came from: the same clause
    /// numbers, in the school's own words. Clauses the adoption lacks keep citing the model.
    pub fn cite_adopted(&mut self, model: &str, adopted: &str, words: impl Fn(&str) -> Option<String>) {
        if self.contact_details.policy == model {
            if let Some(text) = words(&self.contact_details.clause) {
                self.contact_details.policy = adopted.to_owned();
                self.contact_details.text = Some(text);
            }
        }
        for c in [&mut self.safeguarding_report, &mut self.handling_abuse] {
            if c.policy == model {
                if let Some(text) = words(&c.clause) {
                    *c = Arc::new(ClauseRef {
                        policy: adopted.to_owned(),
                        clause: c.clause.clone(),
                        text: Some(text),
                    });
                }
            }
        }
        if self.former_pupils.0.policy == model {
            if let Some(text) = words(&self.former_pupils.0.clause) {
                self.former_pupils.0.policy = adopted.to_owned();
                self.former_pupils.0.text = Some(text);
            }
        }
        for r in self.rules.values_mut() {
            if r.clause.policy == model {
                if let Some(text) = words(&r.clause.clause) {
                    r.clause = Arc::new(ClauseRef {
                        policy: adopted.to_owned(),
                        clause: r.clause.clause.clone(),
                        text: Some(text),
                    });
                }
            }
        }
    }

    /// The clause a finding cites, and what to do about it, by who wrote it: an item received
    /// from outside cites what moderators must do with it.
    pub fn cite(&self, c: Category, channel: Channel, author: Author) -> (&Arc<ClauseRef>, &'static str) {
        let rule = self.rule(c);
        if !Column::of(channel, author).received() {
            return (&rule.clause, rule.fix);
        }
        let clause = if c.is_safeguarding() {
            &self.safeguarding_report
        } else if c.is_conduct() {
            &self.handling_abuse
        } else {
            &rule.clause
        };
        (clause, rule.fix_received)
    }

    /// What one finding decides.
    pub fn decide(&self, c: Category, sev: Severity, channel: Channel, author: Author) -> Decision {
        let col = Column::of(channel, author);
        let mut d = self.rule(c).decisions[col as usize];
        if sev == Severity::Low && !col.received() && d == Decision::Block && !c.is_safeguarding() {
            d = Decision::Warn;
        }
        if col.received() && d == Decision::Warn {
            d = Decision::Review;
        }
        // The gravest findings block wherever the table would act at all.
        if sev == Severity::Critical && d >= Decision::Review {
            d = Decision::Block;
        }
        d
    }

    /// Applies an adopted policy's overrides (TOML): `[decisions."conduct.profanity"] personal = "block"`.
    pub fn apply_overrides(&mut self, text: &str) -> Result<(), String> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct File {
            #[serde(default)]
            decisions: HashMap<String, HashMap<String, String>>,
            #[serde(default)]
            clauses: HashMap<String, ClauseFile>,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct ClauseFile {
            policy: String,
            clause: String,
            text: Option<String>,
        }
        let f: File = toml::from_str(text).map_err(|e| e.to_string())?;
        // Validate everything before changing anything.
        let mut changes = Vec::new();
        for (cat, cols) in &f.decisions {
            let c: Category = cat.parse()?;
            for (col, dec) in cols {
                let idx = match col.as_str() {
                    "official" => 0,
                    "personal" => 1,
                    "comment" => 2,
                    "message-received" => 3,
                    "message-sent" => 4,
                    o => return Err(format!("unknown channel column '{o}' for {cat}")),
                };
                let d: Decision = dec.parse()?;
                if (2..=3).contains(&idx) && d == Decision::Warn {
                    return Err(format!("{cat}: received comments and messages are never only 'warn'"));
                }
                changes.push((c, idx, d));
            }
        }
        let mut clause_changes = Vec::new();
        for (cat, cl) in f.clauses {
            let c: Category = cat.parse()?;
            clause_changes.push((c, ClauseRef { policy: cl.policy, clause: cl.clause, text: cl.text }));
        }
        for (c, idx, d) in changes {
            if let Some(r) = self.rules.get_mut(&c) {
                r.decisions[idx] = d;
            }
        }
        for (c, cl) in clause_changes {
            if let Some(r) = self.rules.get_mut(&c) {
                r.clause = Arc::new(cl);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_has_a_rule_citing_a_clause() {
        let r = PolicyRules::lcc_default();
        for c in Category::ALL {
            let rule = r.rule(*c);
            assert!(!rule.clause.clause.is_empty(), "{c}");
            assert!(!rule.message.is_empty() && !rule.fix.is_empty(), "{c}");
        }
    }

    #[test]
    fn an_adoption_is_cited_in_its_own_words() {
        let mut r = PolicyRules::lcc_default();
        r.cite_adopted(LCC, "Holly Grove v2", |c| (c == "4.1(iv)").then(|| "Our own words.".to_owned()));
        let c = &r.rule(Category::PrivateContact).clause;
        assert_eq!(
            (c.policy.as_str(), c.clause.as_str(), c.text.as_deref()),
            ("Holly Grove v2", "4.1(iv)", Some("Our own words."))
        );
        assert_eq!(
            r.rule(Category::Profanity).clause.policy,
            LCC,
            "clauses the adoption lacks keep the model"
        );
        let mut r = PolicyRules::lcc_default();
        r.cite_adopted(LCC, "Ours", |c| (c == "5").then(|| "Our clause 5.".to_owned()));
        assert_eq!(
            (r.contact_details.policy.as_str(), r.contact_details.text.as_deref()),
            ("Ours", Some("Our clause 5."))
        );
        assert_eq!(
            r.rule(Category::ComplaintWrongChannel).clause.policy,
            LOWERHOUSE,
            "other policies untouched"
        );
    }

    #[test]
    fn channel_aware_and_received_never_warn() {
        let r = PolicyRules::lcc_default();
        use Category::Profanity;
        assert_eq!(r.decide(Profanity, Severity::High, Channel::Official, Author::School), Decision::Block);
        assert_eq!(r.decide(Profanity, Severity::High, Channel::Personal, Author::Staff), Decision::Warn);
        for ch in [Channel::Comment, Channel::Message] {
            for c in Category::ALL {
                for a in [Author::Parent, Author::Pupil, Author::Public] {
                    let d = r.decide(*c, Severity::Low, ch, a);
                    assert_ne!(d, Decision::Warn, "{c} on {ch:?} from {a:?}");
                }
            }
        }
    }

    #[test]
    fn overrides_change_the_table_or_nothing() {
        let mut r = PolicyRules::lcc_default();
        r.apply_overrides("[decisions.\"conduct.profanity\"]\npersonal = \"block\"\n").unwrap();
        assert_eq!(
            r.decide(Category::Profanity, Severity::High, Channel::Personal, Author::Staff),
            Decision::Block
        );
        let before = r.rule(Category::Sexual).decisions;
        let err = r
            .apply_overrides("[decisions.\"conduct.sexual\"]\nofficial = \"allow\"\ncomment = \"warn\"\n")
            .unwrap_err();
        assert!(err.contains("never only 'warn'"));
        assert_eq!(r.rule(Category::Sexual).decisions, before, "nothing changed");
        assert!(r.apply_overrides("[decisions.\"conduct.nope\"]\nofficial = \"block\"\n").is_err());
    }
}
