//! Policy library, reading and acknowledging, adoption, approvals, differences and coverage.

use crate::extract::Signed;
use crate::forms::Form;
use crate::pages::{csrf_refused, fail, render};
use crate::views::{Choice, Page};
use crate::AppState;
use app::auth::Current;
use app::AppError;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use domain::permission::{authorize, Action, Resource};
use policy::diff::ClauseChange;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/policies", get(library))
        .route(
            "/policies/own",
            post(upload_own)
                .layer(axum::extract::DefaultBodyLimit::max(crate::checks::MAX_UPLOAD + 64 * 1024)),
        )
        .route("/policies/{id}", get(read))
        .route("/policies/{id}/acknowledge", post(acknowledge))
        .route("/policies/{id}/approvals", post(approve))
        .route("/policies/{id}/adopt", get(adopt_form).post(adopt))
        .route("/policies/{id}/diff", get(diff_from_model))
        .route("/policies/{id}/coverage", get(coverage))
        .route("/policies/{id}/inductions", post(induct))
        .route("/policies/guidance-links", post(save_links))
        .route("/policies/schools", get(rollup))
}

#[derive(Template)]
#[template(path = "policies.html")]
struct LibraryView {
    page: Page,
    rows: Vec<Row>,
    pending: Vec<(i64, String)>,
    can_upload: bool,
    /// The editor's text (`Name | address` per line), when the reader may change the links.
    links_text: Option<String>,
}

struct Row {
    id: i64,
    title: String,
    org: String,
    kind: &'static str,
    version: i64,
    status: String,
    attention: String,
}

#[derive(Template)]
#[template(path = "policy.html")]
struct ReadView {
    page: Page,
    id: i64,
    title: String,
    org: String,
    version: i64,
    status: String,
    hash: String,
    model: Option<(String, String)>,
    diff_href: String,
    due: Option<String>,
    can_ack: bool,
    acked: bool,
    can_adopt: bool,
    can_approve: bool,
    can_coverage: bool,
    lint: Vec<(String, String, String)>,
    settings: Vec<(String, String, String)>,
    approvals: Vec<(String, String, String, String)>,
    stages: Vec<Choice>,
    /// (when, version id, what, by whom)
    revisions: Vec<(String, i64, String, String)>,
    facts: Vec<(String, String)>,
    can_review: bool,
    /// Professional association and union guidance: (name, address, whose list).
    guidance: Vec<(String, String, String)>,
    body: String,
}

#[derive(Template)]
#[template(path = "adopt.html")]
struct AdoptView {
    page: Page,
    id: i64,
    model_title: String,
    school: String,
    placeholders: Vec<(String, String, String)>,
    clauses: Vec<String>,
    settings: Vec<SettingChoice>,
}

struct SettingChoice {
    name: &'static str,
    label: &'static str,
    clause: String,
    current: String,
    /// (code, words, selected); empty for a number of hours
    options: Vec<(&'static str, String, bool)>,
}

fn setting_label(name: &str) -> &'static str {
    match name {
        "candidate_online_search" => "Searching job candidates online",
        "staff_parent_friendships" => "Staff who are parents keeping friendships with other parents",
        "personal_use" => "When staff may use personal social media",
        "response_deadline" => "Hours to answer comments on school accounts",
        "image_consent" => "Who consents to pupils' images",
        "former_pupil_contact" => "Contact with former pupils",
        "it_monitoring" => "Monitoring of school IT",
        _ => "Setting",
    }
}

#[derive(Template)]
#[template(path = "policy_diff.html")]
struct DiffView {
    page: Page,
    from_id: i64,
    from_title: String,
    to_id: i64,
    to_title: String,
    changes: Vec<(String, &'static str, String)>,
}

#[derive(Template)]
#[template(path = "coverage.html")]
struct CoverageView {
    page: Page,
    title: String,
    done: usize,
    total: usize,
    due: Option<String>,
    by_role: Vec<(String, usize, usize)>,
    people: Vec<CoveragePerson>,
    id: i64,
    inductions_outstanding: usize,
    can_induct: bool,
    today: String,
}

struct CoveragePerson {
    user_id: i64,
    name: String,
    roles: String,
    engaged: String,
    acknowledged: String,
    new_starter: bool,
    /// The induction date, or empty when not recorded.
    inducted: String,
}

fn kind_label(k: &str) -> &'static str {
    match k {
        "model" => "Model policy",
        "adoption" => "Adopted from a model",
        _ => "School's own policy",
    }
}

fn parse_id(raw: &str) -> Result<i64, AppError> {
    raw.parse().map_err(|_| AppError::NotFound("policy"))
}

async fn library(State(s): State<AppState>, Signed(cur): Signed) -> Response {
    library_page(&s, &cur, Vec::new(), None).await
}

async fn library_page(
    s: &AppState,
    cur: &Current,
    errors: Vec<String>,
    links_draft: Option<String>,
) -> Response {
    let result = async {
        let list = s.app.policies_for(&cur.actor).await?;
        let pending = s.app.pending_acknowledgements(&cur.actor).await?;
        let today = s.app.clock.now().date();
        let mut rows = Vec::new();
        for (v, org) in list {
            let attention = match policy::Pack::parse(&v.pack_id, &v.pack) {
                Ok(p) => {
                    let f = policy::lint::lint(&p, today);
                    let due = f.iter().any(|x| x.code == "review-overdue" || x.code == "replacement-overdue");
                    match (due, f.len()) {
                        (true, n) => format!("Review overdue; {n} findings"),
                        (false, 0) => "Nothing".into(),
                        (false, n) => format!("{n} findings"),
                    }
                }
                Err(_) => "Cannot be read".into(),
            };
            rows.push(Row {
                id: v.id,
                title: v.title,
                org: org.name,
                kind: kind_label(&v.kind),
                version: v.version_no,
                status: v.status,
                attention,
            });
        }
        Ok::<_, AppError>((rows, pending.into_iter().map(|p| (p.id, p.title)).collect()))
    }
    .await;
    // Who manages policies here: the school may upload its own; any organisation keeps links.
    let managed = match cur.session.current_org_id {
        Some(o) => s
            .app
            .org_resource(o)
            .await
            .ok()
            .filter(|(_, res)| authorize(&cur.actor, Action::ManagePolicies, *res).is_allowed())
            .map(|(org, _)| org),
        None => None,
    };
    let can_upload = managed.as_ref().is_some_and(|o| o.kind == domain::OrgKind::School);
    let links_text = match (&managed, links_draft) {
        (Some(_), Some(d)) => Some(d),
        (Some(o), None) => s
            .app
            .own_guidance_links(&cur.actor, o.id)
            .await
            .ok()
            .map(|l| l.iter().map(|l| format!("{} | {}", l.name, l.url)).collect::<Vec<_>>().join("\n")),
        (None, _) => None,
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    match result {
        Ok((rows, pending)) => render(
            LibraryView {
                page: Page::signed(&s.app, cur, "Policies", "/policies").await.with_errors(errors),
                rows,
                pending,
                can_upload,
                links_text,
            },
            status,
        ),
        Err(e) => fail(&s.app, cur, e).await,
    }
}

/// A school adopts its own policy from a pack file (Markdown with front matter).
async fn upload_own(
    State(s): State<AppState>,
    Signed(cur): Signed,
    mp: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let Ok(mp) = mp else {
        return (StatusCode::UNSUPPORTED_MEDIA_TYPE, "Upload the file with the form on the policies page.")
            .into_response();
    };
    let (csrf, bytes) = match crate::checks::upload(mp).await {
        Ok(x) => x,
        Err(e) => return library_page(&s, &cur, vec![e], None).await,
    };
    if !Form(vec![("_csrf".into(), csrf)]).csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let Some(school) = cur.session.current_org_id else {
        return fail(&s.app, &cur, AppError::Invalid("Choose your school first.".into())).await;
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return library_page(&s, &cur, vec!["The file is not UTF-8 text.".into()], None).await;
    };
    match s.app.adopt_own(app::people::By::Person(&cur.actor), school, &text).await {
        Ok(v) => Redirect::to(&format!("/policies/{}", v.id)).into_response(),
        Err(AppError::Invalid(m)) => library_page(&s, &cur, vec![m], None).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn read_page(
    s: &AppState,
    cur: &Current,
    id: i64,
    errors: Vec<String>,
    flash: Option<String>,
) -> Response {
    let view = match s.app.policy(&cur.actor, id).await {
        Ok(v) => v,
        Err(e) => return fail(&s.app, cur, e).await,
    };
    let res = Resource::Org { org_id: view.org.id, parent_id: view.org.parent_id };
    let acks = s.app.store.policy_acknowledgements(id).await.unwrap_or_default();
    let acked = acks.iter().any(|a| a.user_id == cur.user.id);
    let may_ack = authorize(&cur.actor, Action::AcknowledgePolicy, res).is_allowed();
    // A model can be adopted by a school below the publisher, by whoever manages that school's policies.
    let current_school = match cur.session.current_org_id {
        Some(o) => s.app.org_resource(o).await.ok(),
        None => None,
    };
    let can_adopt = view.record.kind == "model"
        && current_school.as_ref().is_some_and(|(o, r)| {
            o.parent_id == Some(view.org.id) && authorize(&cur.actor, Action::ManagePolicies, *r).is_allowed()
        });
    let model = match view.record.derived_from {
        Some(m) => s
            .app
            .store
            .get_policy_version(m)
            .await
            .ok()
            .flatten()
            .map(|m| (format!("/policies/{}", m.id), m.title)),
        None => None,
    };
    let revisions = s
        .app
        .revision_log(&cur.actor, id)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|r| (crate::views::when(r.on), r.version_id, r.what, r.by))
        .collect();
    let can_review = matches!(view.record.status.as_str(), "adopted" | "published")
        && authorize(&cur.actor, Action::ManagePolicies, res).is_allowed();
    let guidance = s
        .app
        .guidance_links(&cur.actor, view.org.id)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|l| (l.name, l.url, l.from))
        .collect();
    let stages = app::policies::STAGES
        .iter()
        .map(|(c, l)| Choice { code: c, label: l, selected: *c == "approved-by-governors" })
        .collect();
    let rv = ReadView {
        page: Page::signed(&s.app, cur, &view.record.title, "/policies")
            .await
            .with_errors(errors)
            .with_flash(flash),
        id,
        title: view.record.title.clone(),
        org: view.org.name.clone(),
        version: view.record.version_no,
        status: view.record.status.clone(),
        hash: view.record.content_hash.chars().take(16).collect(),
        diff_href: format!("/policies/{id}/diff"),
        model,
        due: view.campaign_due.clone(),
        can_ack: may_ack && view.record.status == "adopted" && !acked,
        acked,
        can_adopt,
        revisions,
        facts: view.pack.meta.facts(),
        can_review,
        guidance,
        can_approve: view.record.kind != "model"
            && authorize(&cur.actor, Action::RecordPolicyApproval, res).is_allowed(),
        can_coverage: view.record.kind != "model"
            && authorize(&cur.actor, Action::ViewAcknowledgementCoverage, res).is_allowed(),
        lint: view
            .lint
            .iter()
            .map(|f| (f.code.to_owned(), f.clause.clone().unwrap_or_default(), f.message.clone()))
            .collect(),
        settings: view
            .pack
            .meta
            .settings
            .list()
            .into_iter()
            .map(|(n, v, c)| (n.replace('_', " "), v, c.to_owned()))
            .collect(),
        approvals: view
            .approvals
            .iter()
            .map(|a| (a.stage.clone(), a.on_date.clone(), a.approver.clone(), a.minute_ref.clone()))
            .collect(),
        stages,
        body: policy::render::clauses_html(&view.pack, 3),
    };
    let status = if rv.page.errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    render(rv, status)
}

async fn read(State(s): State<AppState>, Signed(cur): Signed, Path(id): Path<String>) -> Response {
    match parse_id(&id) {
        Ok(id) => read_page(&s, &cur, id, Vec::new(), None).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn acknowledge(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Path(id): Path<String>,
    form: Form,
) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let id = match parse_id(&id) {
        Ok(i) => i,
        Err(e) => return fail(&s.app, &cur, e).await,
    };
    match s.app.acknowledge(&cur.actor, id).await {
        Ok(_) => {
            read_page(&s, &cur, id, Vec::new(), Some("Thank you: your acknowledgement is recorded.".into()))
                .await
        }
        Err(e @ AppError::Invalid(_)) => read_page(&s, &cur, id, vec![e.to_string()], None).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn approve(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Path(id): Path<String>,
    form: Form,
) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let id = match parse_id(&id) {
        Ok(i) => i,
        Err(e) => return fail(&s.app, &cur, e).await,
    };
    match s
        .app
        .record_approval(
            &cur.actor,
            id,
            form.get("stage"),
            form.get("on_date"),
            form.get("approver"),
            form.get("minute_ref"),
        )
        .await
    {
        Ok(()) => Redirect::to(&format!("/policies/{id}")).into_response(),
        Err(e @ AppError::Invalid(_)) => read_page(&s, &cur, id, vec![e.to_string()], None).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn adopt_page(
    s: &AppState,
    cur: &Current,
    id: i64,
    errors: Vec<String>,
    chosen: &[(String, String)],
) -> Response {
    let view = match s.app.policy(&cur.actor, id).await {
        Ok(v) if v.record.kind == "model" => v,
        Ok(_) => return fail(&s.app, cur, AppError::NotFound("model policy")).await,
        Err(e) => return fail(&s.app, cur, e).await,
    };
    let school = match cur.session.current_org_id {
        Some(o) => s.app.org_resource(o).await.map(|(o, _)| o.name).unwrap_or_default(),
        None => String::new(),
    };
    let placeholders = app::policies::placeholders_in(&view.pack)
        .into_iter()
        .map(|(p, ids)| {
            let suggestion = if p.starts_with("your") {
                "your school"
            } else if p.starts_with("schools") {
                "schools"
            } else {
                "school"
            };
            (p, ids.join(", "), suggestion.to_owned())
        })
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let v = AdoptView {
        page: Page::signed(&s.app, cur, "Adopt a policy", "/policies").await.with_errors(errors),
        id,
        model_title: view.record.title,
        school,
        placeholders,
        clauses: view.pack.clauses.iter().map(|c| c.id.clone()).collect(),
        settings: view
            .pack
            .meta
            .settings
            .choices()
            .into_iter()
            .filter_map(|(name, codes)| {
                let (_, current, clause) =
                    view.pack.meta.settings.list().into_iter().find(|(n, _, _)| *n == name)?;
                let chosen = chosen.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
                let options = codes
                    .iter()
                    .map(|c| (*c, c.replace('-', " "), chosen.as_deref().unwrap_or(&current) == *c))
                    .collect();
                let current = match view.pack.meta.settings.response_deadline.as_ref() {
                    Some(d) if name == "response_deadline" => chosen.unwrap_or_else(|| d.hours.to_string()),
                    _ => current,
                };
                Some(SettingChoice {
                    name,
                    label: setting_label(name),
                    clause: clause.to_owned(),
                    current,
                    options,
                })
            })
            .collect(),
    };
    render(v, status)
}

async fn adopt_form(State(s): State<AppState>, Signed(cur): Signed, Path(id): Path<String>) -> Response {
    match parse_id(&id) {
        Ok(id) => adopt_page(&s, &cur, id, Vec::new(), &[]).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn adopt(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Path(id): Path<String>,
    form: Form,
) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let id = match parse_id(&id) {
        Ok(i) => i,
        Err(e) => return fail(&s.app, &cur, e).await,
    };
    let Some(school) = cur.session.current_org_id else {
        return fail(&s.app, &cur, AppError::Invalid("Choose your school first.".into())).await;
    };
    let replacements: Vec<(String, String)> = form
        .all("placeholder")
        .into_iter()
        .zip(form.all("replacement"))
        .map(|(p, r)| (p.to_owned(), r.to_owned()))
        .collect();
    let edits: Vec<(String, String)> = match form.get("clause") {
        "" => Vec::new(),
        c => vec![(c.to_owned(), form.get("clause_text").to_owned())],
    };
    let settings: Vec<(String, String)> = form
        .all("setting_name")
        .into_iter()
        .zip(form.all("setting_value"))
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect();
    match s.app.adopt_with_settings(&cur.actor, school, id, &replacements, &edits, &settings).await {
        Ok(v) => Redirect::to(&format!("/policies/{}", v.id)).into_response(),
        Err(e @ AppError::Invalid(_)) => adopt_page(&s, &cur, id, vec![e.to_string()], &settings).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

/// Clause-level changes into this version: from `?from=ID` (any version the reader can see), or
/// from the model it was adopted from.
async fn diff_from_model(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Response {
    let result = async {
        let id = parse_id(&id)?;
        let to = s.app.policy(&cur.actor, id).await?;
        let from_id = match q.get("from") {
            Some(f) => parse_id(f)?,
            None => to.record.derived_from.ok_or(AppError::NotFound("model this was adopted from"))?,
        };
        let from = s.app.policy(&cur.actor, from_id).await?;
        Ok::<_, AppError>((from, to))
    }
    .await;
    match result {
        Ok((from, to)) => {
            let changes = policy::diff::diff(&from.pack, &to.pack)
                .into_iter()
                .map(|c| match c {
                    ClauseChange::Added { id, text } => {
                        (id, "added", format!("<ins>{}</ins>", policy::render::escape(&text)))
                    }
                    ClauseChange::Removed { id, text } => {
                        (id, "removed", format!("<del>{}</del>", policy::render::escape(&text)))
                    }
                    ClauseChange::Changed { id, words, .. } => {
                        let html = policy::render::escape(&words)
                            .replace("[-", "<del>")
                            .replace("-]", "</del>")
                            .replace("{+", "<ins>")
                            .replace("+}", "</ins>");
                        (id, "changed", html)
                    }
                })
                .collect();
            let v = DiffView {
                page: Page::signed(&s.app, &cur, "What changed", "/policies").await,
                from_id: from.record.id,
                from_title: from.record.title,
                to_id: to.record.id,
                to_title: to.record.title,
                changes,
            };
            render(v, StatusCode::OK)
        }
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn coverage(State(s): State<AppState>, Signed(cur): Signed, Path(id): Path<String>) -> Response {
    let result = async {
        let id = parse_id(&id)?;
        let view = s.app.policy(&cur.actor, id).await?;
        let cov = s.app.coverage(&cur.actor, id).await?;
        Ok::<_, AppError>((view, cov))
    }
    .await;
    match result {
        Ok((view, cov)) => {
            let done = cov.rows.iter().filter(|r| r.acknowledged_at.is_some()).count();
            let v = CoverageView {
                page: Page::signed(&s.app, &cur, "Acknowledgement coverage", "/policies").await,
                title: view.record.title,
                done,
                total: cov.rows.len(),
                due: cov.due,
                by_role: cov.by_role.iter().map(|(r, a, t)| (r.label().to_owned(), *a, t - a)).collect(),
                people: cov
                    .rows
                    .iter()
                    .map(|r| CoveragePerson {
                        user_id: r.person.user.id,
                        name: r.person.user.display_name(),
                        roles: r.person.roles.iter().map(|x| x.label()).collect::<Vec<_>>().join(", "),
                        engaged: r.person.user.employment_type.label().to_owned(),
                        acknowledged: r
                            .acknowledged_at
                            .map(crate::views::when)
                            .unwrap_or_else(|| "Not yet".into()),
                        new_starter: r.new_starter,
                        inducted: r.inducted_on.clone().unwrap_or_default(),
                    })
                    .collect(),
                id: view.record.id,
                inductions_outstanding: cov.inductions_outstanding,
                can_induct: authorize(
                    &cur.actor,
                    Action::RecordInduction,
                    Resource::Org { org_id: view.org.id, parent_id: view.org.parent_id },
                )
                .is_allowed(),
                today: s.app.clock.now().date().to_string(),
            };
            render(v, StatusCode::OK)
        }
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn induct(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Path(id): Path<String>,
    form: Form,
) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let result = async {
        let id = parse_id(&id)?;
        let view = s.app.policy(&cur.actor, id).await?;
        let user_id: i64 = form.get("user_id").parse().map_err(|_| AppError::NotFound("person"))?;
        s.app
            .record_induction(&cur.actor, view.org.id, user_id, form.get("on_date"), form.get("note"))
            .await?;
        Ok::<_, AppError>(id)
    }
    .await;
    match result {
        Ok(id) => Redirect::to(&format!("/policies/{id}/coverage")).into_response(),
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn save_links(State(s): State<AppState>, Signed(cur): Signed, form: Form) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let Some(org) = cur.session.current_org_id else {
        return fail(&s.app, &cur, AppError::Invalid("Choose your school first.".into())).await;
    };
    let text = form.get("links").to_owned();
    let saved = match app::distribution::parse_links(&text) {
        Ok(links) => s.app.set_guidance_links(&cur.actor, org, links).await,
        Err(e) => Err(e),
    };
    match saved {
        Ok(()) => Redirect::to("/policies").into_response(),
        Err(AppError::Invalid(m)) => library_page(&s, &cur, vec![m], Some(text)).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

#[derive(Template)]
#[template(path = "rollup.html")]
struct RollupView {
    page: Page,
    org: String,
    rows: Vec<RollupRow>,
    by_role: Vec<(String, usize, usize)>,
}

struct RollupRow {
    school: String,
    policy: String,
    acknowledged: String,
    inductions: usize,
    review: String,
}

/// A trust's or LA's view of its schools' policies: counts per school and per role.
async fn rollup(State(s): State<AppState>, Signed(cur): Signed) -> Response {
    let result = async {
        let org_id = cur.session.current_org_id.ok_or(AppError::NotFound("organisation"))?;
        let (org, _) = s.app.org_resource(org_id).await?;
        let rows = s.app.policy_rollup(&cur.actor, org_id).await?;
        Ok::<_, AppError>((org, rows))
    }
    .await;
    let (org, rows) = match result {
        Ok(x) => x,
        Err(e) => return fail(&s.app, &cur, e).await,
    };
    let mut totals: Vec<(domain::Role, usize, usize)> = Vec::new();
    for r in &rows {
        for (role, a, t) in &r.by_role {
            match totals.iter_mut().find(|x| x.0 == *role) {
                Some(x) => {
                    x.1 += a;
                    x.2 += t;
                }
                None => totals.push((*role, *a, *t)),
            }
        }
    }
    let v = RollupView {
        page: Page::signed(&s.app, &cur, "Policy coverage across schools", "/policies").await,
        org: org.name,
        rows: rows
            .into_iter()
            .map(|r| RollupRow {
                school: r.school,
                policy: match (&r.policy, r.model_version) {
                    (Some((t, n)), Some(m)) => format!("{t} (version {n}, from model version {m})"),
                    (Some((t, n)), None) => format!("{t} (version {n})"),
                    (None, _) => "None adopted".into(),
                },
                acknowledged: if r.policy.is_some() {
                    format!("{} of {}", r.acknowledged, r.people)
                } else {
                    "–".into()
                },
                inductions: r.inductions_outstanding,
                review: match (&r.policy, r.overdue) {
                    (None, _) => "–".into(),
                    (Some(_), Some(why)) => why,
                    (Some(_), None) => "In date".into(),
                },
            })
            .collect(),
        by_role: totals.into_iter().map(|(r, a, t)| (r.label().to_owned(), a, t - a)).collect(),
    };
    render(v, StatusCode::OK)
}
