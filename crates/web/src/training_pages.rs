//! Training records for the school: who is in date, who has lapsed, and how to record more.

use crate::checks::{upload, MAX_UPLOAD};
use crate::extract::Signed;
use crate::forms::Form;
use crate::pages::{csrf_refused, current_org, fail, render};
use crate::views::Page;
use crate::AppState;
use app::auth::Current;
use app::people::By;
use app::AppError;
use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{DefaultBodyLimit, Multipart, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use std::collections::HashMap;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/training", get(training))
        .route("/training/courses", post(add_course))
        .route("/training/completions", post(add_completion))
        .route("/training/import", post(import).layer(DefaultBodyLimit::max(MAX_UPLOAD + 64 * 1024)))
}

#[derive(Template)]
#[template(path = "training.html")]
struct TrainingView {
    page: Page,
    org_name: String,
    courses: Vec<(String, String, String, &'static str)>,
    /// (course title, in date, expiring, expired or missing)
    summary: Vec<(String, usize, usize, usize)>,
    /// (name, course, completed, expires, state label, state class)
    rows: Vec<(String, String, String, String, &'static str, &'static str)>,
    course_codes: Vec<(String, String)>,
    today: String,
}

fn label(state: &str) -> (&'static str, &'static str) {
    match state {
        "in-date" => ("In date", "tag-ok"),
        "expiring" => ("Expires within 30 days", "tag-warn"),
        "expired" => ("Expired", "tag-block"),
        _ => ("Not done", "tag-block"),
    }
}

async fn training_page(s: &AppState, cur: &Current, errors: Vec<String>, notice: Option<String>) -> Response {
    let result = async {
        let org_id = current_org(cur)?;
        let (org, _) = s.app.org_resource(org_id).await?;
        let o = s.app.training_overview(&cur.actor, org_id).await?;
        Ok::<_, AppError>((org, o))
    }
    .await;
    let (org, o) = match result {
        Ok(x) => x,
        Err(e) => return fail(&s.app, cur, e).await,
    };
    let summary = o
        .courses
        .iter()
        .map(|c| {
            let of =
                |st: &[&str]| o.rows.iter().filter(|r| r.course == c.title && st.contains(&r.state)).count();
            (c.title.clone(), of(&["in-date"]), of(&["expiring"]), of(&["expired", "missing"]))
        })
        .collect();
    let mut rows: Vec<_> = o
        .rows
        .iter()
        .map(|r| {
            let (l, class) = label(r.state);
            (
                r.name.clone(),
                r.course.clone(),
                r.completed_on.clone().unwrap_or_else(|| "—".into()),
                r.expires_on.clone().unwrap_or_else(|| {
                    if r.completed_on.is_some() {
                        "Never".into()
                    } else {
                        "—".into()
                    }
                }),
                l,
                class,
            )
        })
        .collect();
    // Problems first, so the page answers "who needs training?" at the top.
    rows.sort_by_key(|r| (r.5 == "tag-ok", r.0.clone()));
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let view = TrainingView {
        page: Page::signed(&s.app, cur, "Training", "/training").await.with_errors(errors).with_flash(notice),
        org_name: org.name,
        courses: o
            .courses
            .iter()
            .map(|c| {
                (
                    c.code.clone(),
                    c.title.clone(),
                    c.valid_months.map(|m| format!("{m} months")).unwrap_or_else(|| "Does not expire".into()),
                    if c.required_for_all { "Everyone" } else { "Those who need it" },
                )
            })
            .collect(),
        summary,
        rows,
        course_codes: o.courses.iter().map(|c| (c.code.clone(), c.title.clone())).collect(),
        today: s.app.clock.now().date().to_string(),
    };
    render(view, status)
}

async fn training(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let notice = match q.get("notice").map(String::as_str) {
        Some("course") => Some("Course added.".to_owned()),
        Some("completion") => Some("Completion recorded.".to_owned()),
        Some("import") => Some("Training records imported.".to_owned()),
        _ => None,
    };
    training_page(&s, &cur, Vec::new(), notice).await
}

async fn after(s: &AppState, cur: &Current, result: Result<(), AppError>, notice: &str) -> Response {
    match result {
        Ok(()) => Redirect::to(&format!("/training?notice={notice}")).into_response(),
        Err(AppError::Invalid(m)) => {
            let errors = m.lines().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect();
            training_page(s, cur, errors, None).await
        }
        Err(e) => fail(&s.app, cur, e).await,
    }
}

async fn add_course(State(s): State<AppState>, Signed(cur): Signed, form: Form) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let result = async {
        let org = current_org(&cur)?;
        let months = match form.get("valid_months").trim() {
            "" => None,
            m => Some(m.parse::<i64>().map_err(|_| {
                AppError::Invalid("How long it counts must be a whole number of months.".into())
            })?),
        };
        let required = form.get("required_for_all") == "yes";
        s.app
            .create_course(By::Person(&cur.actor), org, form.get("code"), form.get("title"), months, required)
            .await?;
        Ok(())
    }
    .await;
    after(&s, &cur, result, "course").await
}

async fn add_completion(State(s): State<AppState>, Signed(cur): Signed, form: Form) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let result = async {
        let org = current_org(&cur)?;
        s.app
            .record_completion(
                &cur.actor,
                org,
                form.get("email"),
                form.get("course"),
                form.get("completed_on"),
            )
            .await
    }
    .await;
    after(&s, &cur, result, "completion").await
}

async fn import(
    State(s): State<AppState>,
    Signed(cur): Signed,
    mp: Result<Multipart, MultipartRejection>,
) -> Response {
    let Ok(mp) = mp else {
        return (StatusCode::UNSUPPORTED_MEDIA_TYPE, "Upload the file with the form on the training page.")
            .into_response();
    };
    let (csrf, bytes) = match upload(mp).await {
        Ok(x) => x,
        Err(e) => return training_page(&s, &cur, vec![e], None).await,
    };
    if !Form(vec![("_csrf".into(), csrf)]).csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let result = async {
        let org = current_org(&cur)?;
        s.app.import_training(By::Person(&cur.actor), org, &bytes).await.map(|_| ())
    }
    .await;
    after(&s, &cur, result, "import").await
}
