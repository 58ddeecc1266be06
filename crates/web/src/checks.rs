//! "Check a post" and the school settings the checks use.

use crate::extract::Signed;
use crate::forms::Form;
use crate::pages::{current_org, fail, render, status_of};
use crate::views::*;
use crate::AppState;
use app::auth::Current;
use app::AppError;
use axum::extract::{DefaultBodyLimit, Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use check::{Author, Channel, Decision, Draft, Image, Outcome};
use domain::permission::Action;
use domain::Role;
use std::collections::HashMap;

pub const MAX_UPLOAD: usize = 10 * 1024 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/check", get(check_form).post(check_submit).layer(DefaultBodyLimit::max(256 * 1024)))
        .route("/settings", get(settings))
        .route("/settings/profile", post(settings_profile))
        .route("/settings/roster", post(settings_roster).layer(DefaultBodyLimit::max(MAX_UPLOAD + 64 * 1024)))
        .route("/settings/staff", post(settings_staff).layer(DefaultBodyLimit::max(MAX_UPLOAD + 64 * 1024)))
}

const CHANNELS: [(Channel, &str); 4] = [
    (Channel::Official, "A post on a school account"),
    (Channel::Personal, "A post on my own account"),
    (Channel::Comment, "A comment received on a school account"),
    (Channel::Message, "A private message"),
];

const AUTHORS: [(Author, &str); 5] = [
    (Author::School, "The school"),
    (Author::Staff, "Me, or another member of staff"),
    (Author::Parent, "A parent or carer"),
    (Author::Pupil, "A pupil"),
    (Author::Public, "Someone else"),
];

fn choices(channel: Channel, author: Author) -> (Vec<Choice>, Vec<Choice>) {
    (
        CHANNELS.iter().map(|(c, l)| Choice { code: c.code(), label: l, selected: *c == channel }).collect(),
        AUTHORS.iter().map(|(a, l)| Choice { code: a.code(), label: l, selected: *a == author }).collect(),
    )
}

async fn check_page(
    s: &AppState,
    cur: &Current,
    draft: Option<(Draft, String)>,
    result: Option<Outcome>,
    errors: Vec<String>,
) -> Response {
    let org = match current_org(cur) {
        Ok(o) => o,
        Err(e) => return fail(&s.app, cur, e).await,
    };
    let (org, res) = match s.app.org_resource(org).await {
        Ok(x) => x,
        Err(e) => return fail(&s.app, cur, e).await,
    };
    if let Err(e) = s.app.require(&cur.actor, Action::CheckPost, res) {
        return fail(&s.app, cur, e).await;
    }
    let runs_accounts = cur.actor.roles_in(org.id).any(|r| matches!(r, Role::Moderator | Role::Headteacher));
    let (channel, author, text, images) = match &draft {
        Some((d, imgs)) => (d.channel, d.author, d.text.clone(), imgs.clone()),
        None if runs_accounts => (Channel::Official, Author::School, String::new(), String::new()),
        None => (Channel::Personal, Author::Staff, String::new(), String::new()),
    };
    let (channels, authors) = choices(channel, author);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let shape = Draft::new(String::new(), channel, author);
    let result = result.map(|o| result_view(&text, &o, &shape));
    let personal_rules = s.app.personal_use_guidance(&cur.actor, org.id).await.unwrap_or_default();
    let view = CheckView {
        page: Page::signed(&s.app, cur, "Check a post", "/check").await.with_errors(errors),
        org_name: org.name,
        channels,
        authors,
        text,
        images,
        result,
        personal_rules,
    };
    render(view, status)
}

async fn check_form(State(s): State<AppState>, Signed(cur): Signed) -> Response {
    check_page(&s, &cur, None, None, Vec::new()).await
}

async fn check_submit(State(s): State<AppState>, Signed(cur): Signed, form: Form) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return crate::pages::csrf_refused();
    }
    let parsed = (|| -> Result<(Draft, String), String> {
        let channel: Channel = form.get("channel").parse()?;
        let author: Author = match form.get("author") {
            "" => match channel {
                Channel::Official => Author::School,
                Channel::Personal => Author::Staff,
                _ => Author::Public,
            },
            a => a.parse()?,
        };
        let text = form.get("text").replace("\r\n", "\n");
        if text.trim().is_empty() {
            return Err("Paste the text you want to check.".into());
        }
        let raw_images = form.get("images").to_owned();
        let images: Vec<Image> = raw_images
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| Image {
                pupils: l.split(',').map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect(),
            })
            .collect();
        if images.len() > check::engine::MAX_IMAGES {
            return Err(format!("Tag at most {} images.", check::engine::MAX_IMAGES));
        }
        Ok((Draft { text, channel, author, images }, raw_images))
    })();
    let (draft, raw) = match parsed {
        Ok(x) => x,
        Err(e) => return check_page(&s, &cur, None, None, vec![e]).await,
    };
    let org = match current_org(&cur) {
        Ok(o) => o,
        Err(e) => return fail(&s.app, &cur, e).await,
    };
    match s.app.check_draft(&cur.actor, org, &draft).await {
        Ok(outcome) => check_page(&s, &cur, Some((draft, raw)), Some(outcome), Vec::new()).await,
        Err(e @ AppError::Invalid(_)) => {
            check_page(&s, &cur, Some((draft, raw)), None, vec![e.to_string()]).await
        }
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

fn result_view(text: &str, o: &Outcome, shape: &Draft) -> CheckResultView {
    let received = shape.is_received();
    // A comment or message from outside is hidden and acted on, not posted.
    let (decision, headline, explain) = match o.decision {
        Decision::Allow if received => ("allow", "Nothing found", "Nothing in this breaks the policy."),
        Decision::Review if received => (
            "review",
            "A moderator must act",
            "A moderator or senior leader must look at this before it is answered or left up.",
        ),
        Decision::Block if received => (
            "block",
            "Hide this and act on it",
            "This breaks the policy. Hide it, keep a screenshot and follow what to do below.",
        ),
        Decision::Allow => (
            "allow",
            "Nothing found",
            "Nothing in this breaks the policy. Read it once more before you post.",
        ),
        Decision::Warn => {
            ("warn", "Think before you post", "You may post this, but read the advice below first.")
        }
        Decision::Review => (
            "review",
            "A senior leader must look first",
            "Ask a senior leader to review this before it is posted or answered.",
        ),
        Decision::Block => (
            "block",
            "Do not post this",
            "This breaks the policy as it stands. The problems and what to do are below.",
        ),
    };
    // Highlight outermost spans in order; findings are numbered as listed.
    let mut spans: Vec<(usize, usize, usize)> = o
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.end > f.start && f.end <= text.len())
        .map(|(i, f)| (f.start, f.end, i + 1))
        .collect();
    spans.sort();
    let mut segments = Vec::new();
    let mut at = 0;
    for (st, en, n) in spans {
        if st < at || !text.is_char_boundary(st) || !text.is_char_boundary(en) {
            continue;
        }
        if st > at {
            segments.push(Segment { text: text[at..st].to_owned(), mark: None });
        }
        segments.push(Segment { text: text[st..en].to_owned(), mark: Some(n) });
        at = en;
    }
    if at < text.len() {
        segments.push(Segment { text: text[at..].to_owned(), mark: None });
    }
    let findings = o
        .findings
        .iter()
        .map(|f| {
            let (d, label) = match f.decision {
                Decision::Allow => ("allow", "Advice"),
                Decision::Warn => ("warn", "Advice"),
                Decision::Review => ("review", "Needs review"),
                Decision::Block if received => ("block", "Hide and act"),
                Decision::Block => ("block", "Must not be posted"),
            };
            FindingView {
                title: category_title(f.category).to_owned(),
                quote: if f.end > f.start && f.end <= text.len() {
                    text[f.start..f.end].to_owned()
                } else {
                    String::new()
                },
                message: f.message.to_string(),
                fix: f.fix.to_string(),
                clause: f.clause.to_string(),
                clause_text: f.clause.text.clone().unwrap_or_default(),
                decision: d,
                decision_label: label,
            }
        })
        .collect();
    CheckResultView { decision, headline, explain, segments, findings, doubt: shape.if_in_doubt() }
}

fn category_title(c: check::Category) -> &'static str {
    use check::Category::*;
    match c {
        Phone => "Phone number",
        Email => "Email address",
        Address => "Address",
        DateOfBirth => "Date of birth",
        Identifier => "Personal identifier",
        SpecialCategory => "Sensitive personal information",
        PupilFullName => "A pupil's full name",
        PupilImageNoConsent => "Pupil image without consent",
        PupilNoPublish => "A pupil who must not be published",
        PupilLocationLive => "Where pupils are now",
        Profanity => "Swearing",
        Discrimination => "Discrimination or hate",
        Bullying => "Bullying",
        Threat => "Threat",
        Sexual => "Sexual content",
        Derogatory => "Derogatory remark",
        SelfHarm => "Safeguarding: self-harm",
        Grooming => "Safeguarding: grooming",
        Radicalisation => "Safeguarding: radicalisation",
        Exploitation => "Safeguarding: exploitation",
        PrivateContact => "Private contact",
        Confidential => "Confidential information",
        ComplaintWrongChannel => "Complaint in the wrong place",
        DisclaimerMissing => "Missing disclaimer",
    }
}

async fn settings_page(s: &AppState, cur: &Current, errors: Vec<String>, notice: Option<String>) -> Response {
    let org_id = match current_org(cur) {
        Ok(o) => o,
        Err(e) => return fail(&s.app, cur, e).await,
    };
    let summary = match s.app.check_context_summary(&cur.actor, org_id).await {
        Ok(x) => x,
        Err(e) => return fail(&s.app, cur, e).await,
    };
    let org_name = s.app.org_resource(org_id).await.map(|(o, _)| o.name).unwrap_or_default();
    let p = summary.profile;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let view = SettingsView {
        page: Page::signed(&s.app, cur, "School settings", "/settings")
            .await
            .with_errors(errors)
            .with_flash(notice),
        org_name,
        pupils: summary.pupils,
        no_publish: summary.no_publish,
        without_consent: summary.without_consent,
        staff: summary.staff,
        aliases: p.aliases.join("\n"),
        address: p.address,
        postcode: p.postcode,
        phone: p.phone,
        email: p.email,
        website: p.website,
    };
    render(view, status)
}

async fn settings(
    State(s): State<AppState>,
    Signed(cur): Signed,
    axum::extract::Query(q): axum::extract::Query<HashMap<String, String>>,
) -> Response {
    let notice = match q.get("notice").map(String::as_str) {
        Some("roster") => Some("Roster saved. Checks use it straight away.".to_owned()),
        Some("staff") => Some("Staff list saved.".to_owned()),
        Some("profile") => Some("Details saved.".to_owned()),
        _ => None,
    };
    settings_page(&s, &cur, Vec::new(), notice).await
}

async fn settings_profile(State(s): State<AppState>, Signed(cur): Signed, form: Form) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return crate::pages::csrf_refused();
    }
    let rec = store::SchoolProfileRecord {
        aliases: form
            .get("aliases")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        address: form.get("address").trim().to_owned(),
        postcode: form.get("postcode").trim().to_owned(),
        phone: form.get("phone").trim().to_owned(),
        email: form.get("email").trim().to_owned(),
        website: form.get("website").trim().to_owned(),
    };
    let result = match current_org(&cur) {
        Ok(org) => s.app.set_school_profile(&cur.actor, org, rec).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Redirect::to("/settings?notice=profile").into_response(),
        Err(e @ AppError::Invalid(_)) => settings_page(&s, &cur, vec![e.to_string()], None).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

/// Reads a multipart upload: the CSRF token and one file, bounded in size.
pub(crate) async fn upload(mut mp: Multipart) -> Result<(String, Vec<u8>), String> {
    let mut csrf = String::new();
    let mut file = None;
    while let Some(field) = mp.next_field().await.map_err(|_| "The upload could not be read.".to_string())? {
        match field.name() {
            Some("_csrf") => {
                csrf = field.text().await.map_err(|_| "The upload could not be read.".to_string())?
            }
            Some("file") => {
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|_| format!("The file is larger than {} MiB.", MAX_UPLOAD / 1024 / 1024))?;
                if bytes.len() > MAX_UPLOAD {
                    return Err(format!("The file is larger than {} MiB.", MAX_UPLOAD / 1024 / 1024));
                }
                file = Some(bytes.to_vec());
            }
            _ => {}
        }
    }
    match file {
        Some(f) if !f.is_empty() => Ok((csrf, f)),
        _ => Err("Choose a CSV file to upload.".into()),
    }
}

async fn settings_upload(
    s: AppState,
    cur: Current,
    mp: Result<Multipart, axum::extract::multipart::MultipartRejection>,
    roster: bool,
) -> Response {
    let Ok(mp) = mp else {
        return (StatusCode::UNSUPPORTED_MEDIA_TYPE, "Upload the file with the form on the settings page.")
            .into_response();
    };
    let (csrf, bytes) = match upload(mp).await {
        Ok(x) => x,
        Err(e) => return settings_page(&s, &cur, vec![e], None).await,
    };
    if !Form(vec![("_csrf".into(), csrf)]).csrf_ok(&cur.session.csrf_token) {
        return crate::pages::csrf_refused();
    }
    let org = match current_org(&cur) {
        Ok(o) => o,
        Err(e) => return fail(&s.app, &cur, e).await,
    };
    let result = if roster {
        s.app.upload_roster(&cur.actor, org, &bytes).await
    } else {
        s.app.upload_staff_list(&cur.actor, org, &bytes).await
    };
    match result {
        Ok(_) => Redirect::to(if roster { "/settings?notice=roster" } else { "/settings?notice=staff" })
            .into_response(),
        Err(AppError::Invalid(m)) => {
            let errors: Vec<String> =
                m.lines().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect();
            settings_page(&s, &cur, errors, None).await
        }
        Err(e) => {
            let status = status_of(&e);
            let mut r = fail(&s.app, &cur, e).await;
            *r.status_mut() = status;
            r
        }
    }
}

async fn settings_roster(
    State(s): State<AppState>,
    Signed(cur): Signed,
    mp: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    settings_upload(s, cur, mp, true).await
}

async fn settings_staff(
    State(s): State<AppState>,
    Signed(cur): Signed,
    mp: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    settings_upload(s, cur, mp, false).await
}
