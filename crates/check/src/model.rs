//! The engine's inputs and outputs.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

/// Where the text is going or came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// A post on a school account.
    Official,
    /// A member of staff's own account.
    Personal,
    /// A comment received on a school account.
    Comment,
    /// A private message, received or sent.
    Message,
}

impl Channel {
    pub const ALL: [Channel; 4] = [Channel::Official, Channel::Personal, Channel::Comment, Channel::Message];
    pub fn code(self) -> &'static str {
        match self {
            Channel::Official => "official",
            Channel::Personal => "personal",
            Channel::Comment => "comment",
            Channel::Message => "message",
        }
    }
}

impl FromStr for Channel {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Channel::ALL
            .into_iter()
            .find(|c| c.code() == s.trim())
            .ok_or_else(|| format!("unknown channel '{s}' (expected official, personal, comment or message)"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Author {
    School,
    Staff,
    Parent,
    Pupil,
    Public,
}

impl Author {
    pub const ALL: [Author; 5] =
        [Author::School, Author::Staff, Author::Parent, Author::Pupil, Author::Public];
    pub fn code(self) -> &'static str {
        match self {
            Author::School => "school",
            Author::Staff => "staff",
            Author::Parent => "parent",
            Author::Pupil => "pupil",
            Author::Public => "public",
        }
    }
    /// Written by the school or its staff (as opposed to received from outside).
    pub fn is_school_side(self) -> bool {
        matches!(self, Author::School | Author::Staff)
    }
}

impl FromStr for Author {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Author::ALL
            .into_iter()
            .find(|c| c.code() == s.trim())
            .ok_or_else(|| format!("unknown author '{s}' (expected school, staff, parent, pupil or public)"))
    }
}

/// An image attached to a draft, with the pupils tagged in it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Image {
    #[serde(default)]
    pub pupils: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub text: String,
    pub channel: Channel,
    pub author: Author,
    #[serde(default)]
    pub images: Vec<Image>,
}

impl Draft {
    pub fn new(text: impl Into<String>, channel: Channel, author: Author) -> Self {
        Draft { text: text.into(), channel, author, images: Vec::new() }
    }
    /// A comment, or a message from outside the school: a moderator acts on it rather than posts it.
    pub fn is_received(&self) -> bool {
        crate::rules::Column::of(self.channel, self.author).received()
    }
    /// The closing advice shown with every check: what to do when unsure.
    pub fn if_in_doubt(&self) -> &'static str {
        if self.is_received() {
            "If in doubt, hide it and ask the Designated Safeguarding Lead."
        } else {
            "If in doubt, don't post it."
        }
    }
}

macro_rules! categories {
    ($($v:ident => $code:literal),* $(,)?) => {
        /// What a finding is about. The codes are stable.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Category { $($v),* }
        impl Category {
            pub const ALL: &'static [Category] = &[$(Category::$v),*];
            pub fn code(self) -> &'static str { match self { $(Category::$v => $code),* } }
        }
        impl FromStr for Category {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s.trim() { $($code => Ok(Category::$v),)* other => Err(format!("unknown category '{other}'")) }
            }
        }
    };
}

categories! {
    Phone => "personal-data.phone",
    Email => "personal-data.email",
    Address => "personal-data.address",
    DateOfBirth => "personal-data.date-of-birth",
    Identifier => "personal-data.identifier",
    SpecialCategory => "personal-data.special-category",
    PupilFullName => "pupil.full-name",
    PupilImageNoConsent => "pupil.image-no-consent",
    PupilNoPublish => "pupil.no-publish",
    PupilLocationLive => "pupil.location-live",
    Profanity => "conduct.profanity",
    Discrimination => "conduct.discrimination",
    Bullying => "conduct.bullying",
    Threat => "conduct.threat",
    Sexual => "conduct.sexual",
    Derogatory => "conduct.derogatory",
    SelfHarm => "safeguarding.self-harm",
    Grooming => "safeguarding.grooming",
    Radicalisation => "safeguarding.radicalisation",
    Exploitation => "safeguarding.exploitation",
    PrivateContact => "boundary.private-contact",
    Confidential => "confidential.information",
    ComplaintWrongChannel => "complaint.wrong-channel",
    DisclaimerMissing => "disclaimer.missing",
}

impl Category {
    pub fn is_conduct(self) -> bool {
        self.code().starts_with("conduct.")
    }
    pub fn is_safeguarding(self) -> bool {
        self.code().starts_with("safeguarding.")
    }
    pub fn is_personal_data(self) -> bool {
        self.code().starts_with("personal-data.")
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Category {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "low" => Ok(Severity::Low),
            "medium" => Ok(Severity::Medium),
            "high" => Ok(Severity::High),
            "critical" => Ok(Severity::Critical),
            o => Err(format!("unknown severity '{o}' (expected low, medium, high or critical)")),
        }
    }
}

impl Severity {
    pub fn code(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

/// What should happen to the draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    Allow,
    /// Advice only.
    Warn,
    /// A senior leader must look first; for received items, a moderator must act.
    Review,
    /// Must not be published; for received items, hide it and act.
    Block,
}

impl FromStr for Decision {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "allow" => Ok(Decision::Allow),
            "warn" => Ok(Decision::Warn),
            "review" => Ok(Decision::Review),
            "block" => Ok(Decision::Block),
            o => Err(format!("unknown decision '{o}' (expected allow, warn, review or block)")),
        }
    }
}

impl Decision {
    pub fn code(self) -> &'static str {
        match self {
            Decision::Allow => "allow",
            Decision::Warn => "warn",
            Decision::Review => "review",
            Decision::Block => "block",
        }
    }
}

/// The clause a finding enforces: the policy and the clause number within it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClauseRef {
    pub policy: String,
    pub clause: String,
    /// The clause's words, for showing on expand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl fmt::Display for ClauseRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} §{}", self.policy, self.clause)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub category: Category,
    pub severity: Severity,
    /// Byte offsets into the original text.
    pub start: usize,
    pub end: usize,
    /// Shared with the rule it came from: a finding costs no copy of the clause's words.
    pub clause: Arc<ClauseRef>,
    pub message: Cow<'static, str>,
    pub fix: Cow<'static, str>,
    /// What this finding alone would decide.
    pub decision: Decision,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub decision: Decision,
    pub findings: Vec<Finding>,
}
