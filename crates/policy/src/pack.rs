//! The pack format: TOML front matter, then clauses as headings with explicit ids.

use crate::date::PolicyDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum PackError {
    #[error(
        "{file}: the pack must start with a `+++` line, then TOML front matter, then a closing `+++` line"
    )]
    NoFrontMatter { file: String },
    #[error("{file}: front matter: {message}")]
    FrontMatter { file: String, message: String },
    #[error("{file}, line {line}: clause id '{id}' is used already on line {first}")]
    DuplicateClause { file: String, line: usize, id: String, first: usize },
    #[error("{file}, line {line}: a clause heading needs an id, like `### 4.1 {{#4.1}}`")]
    MissingId { file: String, line: usize },
    #[error("{file}: setting {setting} cites clause {clause}, which the pack does not have")]
    SettingClause { file: String, setting: String, clause: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PackKind {
    /// Published by a local authority or trust for schools to adopt.
    Model,
    /// A school's adoption of a model, possibly with local changes.
    Adoption,
    /// A school's own policy.
    School,
}

/// An approval stage's date; an empty string records a stage the document leaves blank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stage {
    Blank,
    On(PolicyDate),
}

impl Serialize for Stage {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Stage::Blank => s.serialize_str(""),
            Stage::On(d) => d.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Stage {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s.trim().is_empty() {
            Ok(Stage::Blank)
        } else {
            PolicyDate::parse(&s).map(Stage::On).map_err(serde::de::Error::custom)
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dates {
    pub written: Option<Stage>,
    pub approved_by_staff: Option<Stage>,
    pub approved_by_governors: Option<Stage>,
    pub adopted: Option<Stage>,
    pub effective: Option<Stage>,
    pub on_website: Option<Stage>,
    pub ratified: Option<Stage>,
    pub last_review: Option<Stage>,
}

impl Meta {
    /// The document's own facts for a reader, label and value, in a stable order (R-009,
    /// Blank approval stages are shown as left blank.
    pub fn facts(&self) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = Vec::new();
        let mut add = |k: &str, val: Option<String>| {
            if let Some(x) = val.filter(|x| !x.trim().is_empty()) {
                v.push((k.to_owned(), x));
            }
        };
        add("Published by", self.publisher.clone());
        add("School", self.school.clone());
        add("Version", self.version.clone());
        add("Owner", self.owner.clone());
        add("Written by", self.author.clone());
        add("Applies to", (!self.audiences.is_empty()).then(|| self.audiences.join(", ")));
        for (label, stage) in self.dates.stages() {
            let value = match stage {
                Some(Stage::On(d)) => Some(d.to_string()),
                Some(Stage::Blank) => Some("left blank in the document".to_owned()),
                None => None,
            };
            let mut c = label.chars();
            let label =
                c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default();
            add(&label, value);
        }
        add("Review every", self.review_period_months.map(|m| format!("{m} months")));
        add("Next review", crate::lint::next_review_of(self).map(|d| d.to_string()));
        add("To be replaced", self.replacement.as_ref().map(|r| format!("by {} on {}", r.by, r.date)));
        add("Related policies", (!self.related.is_empty()).then(|| self.related.join("; ")));
        add(
            "Developed in consultation with",
            (!self.consulted.is_empty()).then(|| self.consulted.join("; ")),
        );
        let cites: Vec<String> = self
            .cites
            .iter()
            .map(|c| {
                let mut t = c.title.clone();
                if let Some(e) = &c.edition {
                    t.push_str(&format!(" ({e})"));
                }
                if let Some(a) = &c.attributed_to {
                    t.push_str(&format!(", attributed to {a}"));
                }
                t
            })
            .collect();
        add("Cites", (!cites.is_empty()).then(|| cites.join("; ")));
        v
    }
}

impl Dates {
    pub fn stages(&self) -> Vec<(&'static str, &Option<Stage>)> {
        vec![
            ("written", &self.written),
            ("approved by staff", &self.approved_by_staff),
            ("formally approved by governors", &self.approved_by_governors),
            ("adopted", &self.adopted),
            ("effective", &self.effective),
            ("added to the website", &self.on_website),
            ("ratified", &self.ratified),
            ("last reviewed", &self.last_review),
        ]
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Replacement {
    pub date: PolicyDate,
    pub by: String,
}

/// Guidance or legislation a policy cites, with the edition it names (if any).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub title: String,
    pub edition: Option<String>,
    /// Who the document says published it.
    pub attributed_to: Option<String>,
    pub clause: Option<String>,
}

macro_rules! setting_enum {
    ($name:ident { $($v:ident => $code:literal),* $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $code)] $v),* }
        impl $name {
            pub fn code(self) -> &'static str { match self { $($name::$v => $code),* } }
            pub const CODES: &'static [&'static str] = &[$($code),*];
            pub fn parse(s: &str) -> Option<$name> { match s { $($code => Some($name::$v),)* _ => None } }
        }
    };
}

setting_enum!(OnlineSearch { Prohibited => "prohibited", Required => "required" });
setting_enum!(ParentFriendships { Prohibited => "prohibited", AllowedForStaffWhoAreParents => "allowed-for-staff-who-are-parents" });
setting_enum!(PersonalUse { OutsideWorkingHours => "outside-working-hours", OutsideLessonTime => "outside-lesson-time" });
setting_enum!(ImageConsent { Parents => "parents", ParentsAndHeadteacher => "parents-and-headteacher" });
setting_enum!(FormerPupils { Discouraged => "discouraged", ProhibitedUnder18 => "prohibited-under-18" });
setting_enum!(Monitoring { ReasonableSuspicion => "reasonable-suspicion", General => "general" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setting<T> {
    pub value: T,
    pub clause: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseDeadline {
    pub hours: u32,
    /// Received on a non-working day: due by the end of the next working day instead.
    pub next_working_day_when_closed: bool,
    pub clause: String,
}

/// Where the seed policies disagree: typed, per version, each citing the clause that sets it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub candidate_online_search: Option<Setting<OnlineSearch>>,
    pub staff_parent_friendships: Option<Setting<ParentFriendships>>,
    pub personal_use: Option<Setting<PersonalUse>>,
    pub response_deadline: Option<ResponseDeadline>,
    pub image_consent: Option<Setting<ImageConsent>>,
    pub former_pupil_contact: Option<Setting<FormerPupils>>,
    pub it_monitoring: Option<Setting<Monitoring>>,
}

impl Settings {
    /// The settings this pack sets and the values each may take (the deadline takes hours).
    pub fn choices(&self) -> Vec<(&'static str, &'static [&'static str])> {
        const HOURS: &[&str] = &[];
        let mut v = Vec::new();
        macro_rules! add {
            ($field:ident, $t:ty) => {
                if self.$field.is_some() {
                    v.push((stringify!($field), <$t>::CODES));
                }
            };
        }
        add!(candidate_online_search, OnlineSearch);
        add!(staff_parent_friendships, ParentFriendships);
        add!(personal_use, PersonalUse);
        if self.response_deadline.is_some() {
            v.push(("response_deadline", HOURS));
        }
        add!(image_consent, ImageConsent);
        add!(former_pupil_contact, FormerPupils);
        add!(it_monitoring, Monitoring);
        v
    }

    /// Changes one setting the pack already has, keeping the clause it cites.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), String> {
        let value = value.trim();
        macro_rules! set {
            ($field:ident, $t:ty) => {{
                let s = self.$field.as_mut().ok_or_else(|| format!("this policy has no setting {name}"))?;
                s.value = <$t>::parse(value).ok_or_else(|| {
                    format!("{name} cannot be '{value}'; it is one of {}", <$t>::CODES.join(", "))
                })?;
                Ok(())
            }};
        }
        match name {
            "candidate_online_search" => set!(candidate_online_search, OnlineSearch),
            "staff_parent_friendships" => set!(staff_parent_friendships, ParentFriendships),
            "personal_use" => set!(personal_use, PersonalUse),
            "image_consent" => set!(image_consent, ImageConsent),
            "former_pupil_contact" => set!(former_pupil_contact, FormerPupils),
            "it_monitoring" => set!(it_monitoring, Monitoring),
            "response_deadline" => {
                let s = self
                    .response_deadline
                    .as_mut()
                    .ok_or_else(|| format!("this policy has no setting {name}"))?;
                s.hours = value.parse::<u32>().ok().filter(|h| (1..=168).contains(h)).ok_or_else(|| {
                    format!("response_deadline is a number of hours from 1 to 168, not '{value}'")
                })?;
                Ok(())
            }
            _ => Err(format!("there is no setting called {name}")),
        }
    }

    /// Each setting's name, value and clause.
    pub fn list(&self) -> Vec<(&'static str, String, &str)> {
        let mut v = Vec::new();
        if let Some(s) = &self.candidate_online_search {
            v.push(("candidate_online_search", s.value.code().to_owned(), s.clause.as_str()));
        }
        if let Some(s) = &self.staff_parent_friendships {
            v.push(("staff_parent_friendships", s.value.code().to_owned(), s.clause.as_str()));
        }
        if let Some(s) = &self.personal_use {
            v.push(("personal_use", s.value.code().to_owned(), s.clause.as_str()));
        }
        if let Some(s) = &self.response_deadline {
            let v2 = format!(
                "{} hours{}",
                s.hours,
                if s.next_working_day_when_closed { ", or the next working day" } else { "" }
            );
            v.push(("response_deadline", v2, s.clause.as_str()));
        }
        if let Some(s) = &self.image_consent {
            v.push(("image_consent", s.value.code().to_owned(), s.clause.as_str()));
        }
        if let Some(s) = &self.former_pupil_contact {
            v.push(("former_pupil_contact", s.value.code().to_owned(), s.clause.as_str()));
        }
        if let Some(s) = &self.it_monitoring {
            v.push(("it_monitoring", s.value.code().to_owned(), s.clause.as_str()));
        }
        v
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub id: String,
    pub title: String,
    pub kind: PackKind,
    pub publisher: Option<String>,
    pub school: Option<String>,
    /// The model this derives from (pack id).
    pub derived_from: Option<String>,
    pub version: Option<String>,
    pub owner: Option<String>,
    pub author: Option<String>,
    #[serde(default)]
    pub audiences: Vec<String>,
    #[serde(default)]
    pub dates: Dates,
    pub review_period_months: Option<u32>,
    pub next_review: Option<PolicyDate>,
    pub replacement: Option<Replacement>,
    #[serde(default)]
    pub cites: Vec<Citation>,
    #[serde(default)]
    pub related: Vec<String>,
    /// Who the document says it was developed in consultation with; carried into adoptions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consulted: Vec<String>,
    #[serde(default)]
    pub settings: Settings,
    /// The source this pack was built from.
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clause {
    pub id: String,
    pub heading: String,
    /// Heading level (1–6): structure for rendering.
    pub level: u8,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pack {
    pub meta: Meta,
    pub clauses: Vec<Clause>,
}

impl Pack {
    pub fn parse(file: &str, text: &str) -> Result<Pack, PackError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let rest =
            text.strip_prefix("+++\n").ok_or_else(|| PackError::NoFrontMatter { file: file.to_owned() })?;
        let end = rest.find("\n+++\n").ok_or_else(|| PackError::NoFrontMatter { file: file.to_owned() })?;
        let front = &rest[..end];
        let body = &rest[end + 5..];
        let meta: Meta = toml::from_str(front)
            .map_err(|e| PackError::FrontMatter { file: file.to_owned(), message: e.to_string() })?;
        let body_line0 = front.lines().count() + 3;
        let mut clauses: Vec<Clause> = Vec::new();
        let mut first_line: BTreeMap<String, usize> = BTreeMap::new();
        for (i, line) in body.lines().enumerate() {
            let line_no = body_line0 + i;
            let hashes = line.bytes().take_while(|&b| b == b'#').count();
            if (1..=6).contains(&hashes) && line.as_bytes().get(hashes) == Some(&b' ') {
                let head = line[hashes + 1..].trim_end();
                let (heading, id) = match head.rfind("{#") {
                    Some(p) if head.ends_with('}') => {
                        (head[..p].trim().to_owned(), head[p + 2..head.len() - 1].trim().to_owned())
                    }
                    _ => return Err(PackError::MissingId { file: file.to_owned(), line: line_no }),
                };
                if id.is_empty() {
                    return Err(PackError::MissingId { file: file.to_owned(), line: line_no });
                }
                if let Some(&first) = first_line.get(&id) {
                    return Err(PackError::DuplicateClause {
                        file: file.to_owned(),
                        line: line_no,
                        id,
                        first,
                    });
                }
                first_line.insert(id.clone(), line_no);
                clauses.push(Clause { id, heading, level: hashes as u8, text: String::new() });
            } else if let Some(c) = clauses.last_mut() {
                c.text.push_str(line);
                c.text.push('\n');
            }
        }
        for c in &mut clauses {
            c.text = c.text.trim().to_owned();
        }
        let pack = Pack { meta, clauses };
        for (name, _, clause) in pack.meta.settings.list() {
            if pack.clause(clause).is_none() {
                return Err(PackError::SettingClause {
                    file: file.to_owned(),
                    setting: name.to_owned(),
                    clause: clause.to_owned(),
                });
            }
        }
        Ok(pack)
    }

    pub fn clause(&self, id: &str) -> Option<&Clause> {
        self.clauses.iter().find(|c| c.id == id)
    }

    /// SHA-256 of the clauses (ids, headings and text), so any change of wording changes it.
    pub fn content_hash(&self) -> String {
        let mut h = Sha256::new();
        for c in &self.clauses {
            for part in [c.id.as_str(), c.heading.as_str(), c.text.as_str()] {
                h.update((part.len() as u64).to_be_bytes());
                h.update(part.as_bytes());
            }
        }
        hex::encode(h.finalize())
    }

    /// Writes the pack back in the format `parse` reads.
    pub fn to_markdown(&self) -> Result<String, String> {
        let front = toml::to_string(&self.meta).map_err(|e| e.to_string())?;
        let mut out = format!("+++\n{}+++\n", front);
        for c in &self.clauses {
            out.push('\n');
            let hashes = "#".repeat(c.level.clamp(1, 6) as usize);
            if c.heading.is_empty() {
                out.push_str(&format!("{hashes} {{#{}}}\n", c.id));
            } else {
                out.push_str(&format!("{hashes} {} {{#{}}}\n", c.heading, c.id));
            }
            if !c.text.is_empty() {
                out.push('\n');
                out.push_str(&c.text);
                out.push('\n');
            }
        }
        Ok(out)
    }

    /// All the text, for searching.
    pub fn full_text(&self) -> impl Iterator<Item = (&Clause, &str)> {
        self.clauses.iter().flat_map(|c| [(c, c.heading.as_str()), (c, c.text.as_str())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "+++\nid = \"t\"\ntitle = \"T\"\nkind = \"model\"\n[dates]\nwritten = \"2025-04\"\nratified = \"\"\n[settings.candidate_online_search]\nvalue = \"prohibited\"\nclause = \"4.2\"\n+++\n\n## 4. GUIDANCE {#4}\n\nIntro.\n\n### 4.2 {#4.2}\n\nSchools should not vet.\n";

    #[test]
    fn round_trips() {
        let p = Pack::parse("t.md", GOOD).unwrap();
        assert_eq!(p.clauses.len(), 2);
        assert_eq!(p.clause("4.2").unwrap().text, "Schools should not vet.");
        assert_eq!(p.meta.dates.ratified, Some(Stage::Blank));
        let again = Pack::parse("t.md", &p.to_markdown().unwrap()).unwrap();
        assert_eq!(again, p);
        assert_eq!(again.content_hash(), p.content_hash());
    }

    #[test]
    fn facts_show_what_the_document_says_and_leaves_blank() {
        let p =
            Pack::parse("snp", include_str!("../../../policies/social-networking-policy-2025.md")).unwrap();
        let facts = p.meta.facts();
        let get = |k: &str| facts.iter().find(|(l, _)| l == k).map(|(_, v)| v.as_str());
        assert_eq!(get("Ratified"), Some("left blank in the document"), "{facts:?}");
        assert!(get("Next review").is_some(), "{facts:?}");
        let lcc = Pack::parse("lcc", include_str!("../../../policies/lcc-model-2025.md")).unwrap();
        assert!(lcc
            .meta
            .facts()
            .iter()
            .any(|(l, v)| l == "Developed in consultation with" && v.contains("Trade Unions")));
        assert!(
            lcc.meta.facts().iter().any(|(l, v)| l == "Cites" && v.contains("safer working practice")),
            "{:?}",
            lcc.meta.facts()
        );
    }

    #[test]
    fn settings_change_only_within_their_type() {
        let mut p = Pack::parse("t.md", GOOD).unwrap();
        assert_eq!(p.meta.settings.choices(), vec![("candidate_online_search", OnlineSearch::CODES)]);
        p.meta.settings.set("candidate_online_search", "required").unwrap();
        let s = p.meta.settings.candidate_online_search.as_ref().unwrap();
        assert_eq!((s.value, s.clause.as_str()), (OnlineSearch::Required, "4.2"), "the clause is kept");
        let e = p.meta.settings.set("candidate_online_search", "sometimes").unwrap_err();
        assert!(e.contains("prohibited, required"), "{e}");
        assert!(p
            .meta
            .settings
            .set("it_monitoring", "general")
            .unwrap_err()
            .contains("no setting it_monitoring"));
        assert!(p.meta.settings.set("colour", "red").unwrap_err().contains("no setting called colour"));
        let again = Pack::parse("t.md", &p.to_markdown().unwrap()).unwrap();
        assert_eq!(again.meta.settings, p.meta.settings, "a chosen setting survives the round trip");
    }

    #[test]
    fn refusals_name_the_place() {
        let dup = GOOD.replace("{#4.2}", "{#4}");
        let e = Pack::parse("t.md", &dup).unwrap_err();
        assert!(matches!(e, PackError::DuplicateClause { ref id, .. } if id == "4"), "{e}");
        assert!(e.to_string().starts_with("t.md, line 17: clause id '4' is used already on line 13"), "{e}");
        let bad_date = GOOD.replace("\"2025-04\"", "\"April 2025\"");
        let e = Pack::parse("t.md", &bad_date).unwrap_err().to_string();
        assert!(e.contains("front matter") && e.contains("'April 2025' is not a date"), "{e}");
        let bad_setting = GOOD.replace("value = \"prohibited\"", "value = \"sometimes\"");
        let e = Pack::parse("t.md", &bad_setting).unwrap_err().to_string();
        assert!(
            e.contains("unknown variant `sometimes`") && e.contains("prohibited") && e.contains("required"),
            "{e}"
        );
        let bad_clause = GOOD.replace("clause = \"4.2\"", "clause = \"9.9\"");
        assert!(Pack::parse("t.md", &bad_clause).unwrap_err().to_string().contains("cites clause 9.9"));
        assert!(matches!(Pack::parse("t.md", "no front matter"), Err(PackError::NoFrontMatter { .. })));
    }
}
