//! Policy reviews: the list, opening one, recording who was consulted, and closing it.

use crate::extract::Signed;
use crate::forms::Form;
use crate::pages::{csrf_refused, current_org, fail, render};
use crate::views::{when, Page};
use crate::AppState;
use app::auth::Current;
use app::AppError;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use domain::permission::{authorize, Action};
use domain::review::{Consultee, ReviewOutcome, ReviewState, ReviewTrigger};
use std::collections::HashMap;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/reviews", get(list).post(open))
        .route("/reviews/{id}", get(show))
        .route("/reviews/{id}/consultations", post(consult))
        .route("/reviews/{id}/close", post(close))
}

#[derive(Template)]
#[template(path = "reviews.html")]
struct ListView {
    page: Page,
    can_manage: bool,
    /// (id, policy title, trigger, opened, state, outcome)
    rows: Vec<(i64, String, &'static str, String, &'static str, String)>,
    versions: Vec<(i64, String)>,
    triggers: Vec<(&'static str, &'static str)>,
    selected_version: i64,
}

#[derive(Template)]
#[template(path = "review.html")]
struct ShowView {
    page: Page,
    id: i64,
    policy_id: i64,
    policy_title: String,
    trigger: &'static str,
    description: String,
    opened: String,
    state: &'static str,
    closed: bool,
    outcome: Option<String>,
    new_version: Option<i64>,
    note: String,
    can_manage: bool,
    consultations: Vec<(&'static str, String, String)>,
    consultees: Vec<(&'static str, &'static str)>,
    missing: Vec<&'static str>,
    today: String,
}

fn trigger_label(code: &str) -> &'static str {
    ReviewTrigger::parse(code).map(|t| t.label()).unwrap_or("Unknown")
}

async fn can_manage(s: &AppState, cur: &Current, org_id: i64) -> bool {
    match s.app.org_resource(org_id).await {
        Ok((_, res)) => authorize(&cur.actor, Action::ManagePolicies, res).is_allowed(),
        Err(_) => false,
    }
}

async fn list_page(
    s: &AppState,
    cur: &Current,
    errors: Vec<String>,
    notice: Option<String>,
    selected: i64,
) -> Response {
    let result = async {
        let org = current_org(cur)?;
        let reviews = s.app.reviews(&cur.actor, org).await?;
        let versions = s.app.store.list_policy_versions(&[org]).await?;
        Ok::<_, AppError>((org, reviews, versions))
    }
    .await;
    let (org, reviews, versions) = match result {
        Ok(x) => x,
        Err(e) => return fail(&s.app, cur, e).await,
    };
    let title = |id: i64| {
        versions
            .iter()
            .find(|v| v.id == id)
            .map(|v| format!("{} (version {})", v.title, v.version_no))
            .unwrap_or_default()
    };
    let rows = reviews
        .iter()
        .map(|r| {
            (
                r.id,
                title(r.version_id),
                trigger_label(&r.trigger),
                when(r.opened_at),
                ReviewState::parse(&r.state).map(|x| x.label()).unwrap_or("Unknown"),
                r.outcome
                    .as_deref()
                    .and_then(ReviewOutcome::parse)
                    .map(|o| o.label().to_owned())
                    .unwrap_or_default(),
            )
        })
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let view = ListView {
        page: Page::signed(&s.app, cur, "Policy reviews", "/policies")
            .await
            .with_errors(errors)
            .with_flash(notice),
        can_manage: can_manage(s, cur, org).await,
        rows,
        versions: versions
            .iter()
            .filter(|v| matches!(v.status.as_str(), "adopted" | "published"))
            .map(|v| (v.id, format!("{} (version {})", v.title, v.version_no)))
            .collect(),
        triggers: ReviewTrigger::ALL.iter().map(|t| (t.code(), t.label())).collect(),
        selected_version: selected,
    };
    render(view, status)
}

async fn list(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let selected = q.get("policy").and_then(|p| p.parse().ok()).unwrap_or(0);
    list_page(&s, &cur, Vec::new(), None, selected).await
}

async fn open(State(s): State<AppState>, Signed(cur): Signed, form: Form) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let version: i64 = form.get("version_id").parse().unwrap_or(0);
    match s.app.open_review(&cur.actor, version, form.get("trigger"), form.get("description")).await {
        Ok(id) => Redirect::to(&format!("/reviews/{id}?notice=opened")).into_response(),
        Err(AppError::Invalid(m)) => list_page(&s, &cur, vec![m], None, version).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn show_page(
    s: &AppState,
    cur: &Current,
    id: &str,
    errors: Vec<String>,
    notice: Option<String>,
) -> Response {
    let result = async {
        let id: i64 = id.parse().map_err(|_| AppError::NotFound("review"))?;
        let (r, consulted) = s.app.review(&cur.actor, id).await?;
        let v = s.app.store.get_policy_version(r.version_id).await?.ok_or(AppError::NotFound("policy"))?;
        Ok::<_, AppError>((r, consulted, v))
    }
    .await;
    let (r, consulted, v) = match result {
        Ok(x) => x,
        Err(e) => return fail(&s.app, cur, e).await,
    };
    let state = ReviewState::parse(&r.state);
    let missing = Consultee::ALL
        .iter()
        .filter(|c| **c != Consultee::TradeUnions && !consulted.iter().any(|x| x.consultee == c.code()))
        .map(|c| c.label())
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let view = ShowView {
        page: Page::signed(&s.app, cur, "Policy review", "/policies")
            .await
            .with_errors(errors)
            .with_flash(notice),
        id: r.id,
        policy_id: v.id,
        policy_title: format!("{} (version {})", v.title, v.version_no),
        trigger: trigger_label(&r.trigger),
        description: r.description.clone(),
        opened: when(r.opened_at),
        state: state.map(|x| x.label()).unwrap_or("Unknown"),
        closed: state == Some(ReviewState::Closed),
        outcome: r.outcome.as_deref().and_then(ReviewOutcome::parse).map(|o| o.label().to_owned()),
        new_version: r.outcome_version_id,
        note: r.outcome_note.clone(),
        can_manage: can_manage(s, cur, r.org_id).await,
        consultations: consulted
            .iter()
            .map(|c| {
                (
                    Consultee::parse(&c.consultee).map(|x| x.label()).unwrap_or("Unknown"),
                    c.consulted_on.clone(),
                    c.summary.clone(),
                )
            })
            .collect(),
        consultees: Consultee::ALL.iter().map(|c| (c.code(), c.label())).collect(),
        missing,
        today: s.app.clock.now().date().to_string(),
    };
    render(view, status)
}

async fn show(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let notice = match q.get("notice").map(String::as_str) {
        Some("opened") => Some("Review opened. Record who you consult, then close it.".to_owned()),
        Some("consulted") => Some("Consultation recorded.".to_owned()),
        Some("closed") => Some("Review closed.".to_owned()),
        _ => None,
    };
    show_page(&s, &cur, &id, Vec::new(), notice).await
}

async fn consult(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Path(id): Path<String>,
    form: Form,
) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let Ok(n) = id.parse::<i64>() else { return fail(&s.app, &cur, AppError::NotFound("review")).await };
    match s
        .app
        .record_consultation(
            &cur.actor,
            n,
            form.get("consultee"),
            form.get("consulted_on"),
            form.get("summary"),
        )
        .await
    {
        Ok(()) => Redirect::to(&format!("/reviews/{n}?notice=consulted")).into_response(),
        Err(AppError::Invalid(m)) => show_page(&s, &cur, &id, vec![m], None).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn close(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Path(id): Path<String>,
    form: Form,
) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let Ok(n) = id.parse::<i64>() else { return fail(&s.app, &cur, AppError::NotFound("review")).await };
    match s.app.close_review(&cur.actor, n, form.get("outcome"), form.get("note")).await {
        Ok(_) => Redirect::to(&format!("/reviews/{n}?notice=closed")).into_response(),
        Err(AppError::Invalid(m)) => show_page(&s, &cur, &id, vec![m], None).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}
