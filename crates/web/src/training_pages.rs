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
        .route("/training/sessions", post(plan))
        .route("/training/sessions/{id}", get(session_page))
        .route("/training/sessions/{id}/attendance", post(attendance))
}

#[derive(Template)]
#[template(path = "training_session.html")]
struct SessionPage {
    page: Page,
    id: i64,
    course: String,
    on_date: String,
    place: String,
    recorded: bool,
    can_record: bool,
    /// (user id, name, needs the course)
    people: Vec<(i64, String, bool)>,
}

async fn plan(State(s): State<AppState>, Signed(cur): Signed, form: Form) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let result = match current_org(&cur) {
        Ok(org) => {
            s.app
                .plan_session(&cur.actor, org, form.get("course"), form.get("on_date"), form.get("place"))
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(id) => Redirect::to(&format!("/training/sessions/{id}")).into_response(),
        Err(AppError::Invalid(m)) => training_page(&s, &cur, vec![m], None).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn show_session(
    s: &AppState,
    cur: &Current,
    id: &str,
    errors: Vec<String>,
    notice: Option<String>,
) -> Response {
    let result = async {
        let id: i64 = id.parse().map_err(|_| AppError::NotFound("training session"))?;
        s.app.session(&cur.actor, id).await
    }
    .await;
    let v = match result {
        Ok(v) => v,
        Err(e) => return fail(&s.app, cur, e).await,
    };
    let can_record = match s.app.org_resource(v.session.org_id).await {
        Ok((_, res)) => domain::authorize(&cur.actor, domain::Action::ManagePeople, res).is_allowed(),
        Err(_) => false,
    };
    let mut people: Vec<(i64, String, bool)> =
        v.people.iter().map(|(p, needs)| (p.user.id, p.user.display_name(), *needs)).collect();
    people.sort_by_key(|p| (!p.2, p.1.clone()));
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let view = SessionPage {
        page: Page::signed(&s.app, cur, "Training session", "/training")
            .await
            .with_errors(errors)
            .with_flash(notice),
        id: v.session.id,
        course: v.course.title,
        on_date: v.session.on_date,
        place: v.session.place,
        recorded: v.session.attendance_recorded_at.is_some(),
        can_record,
        people,
    };
    render(view, status)
}

async fn session_page(
    State(s): State<AppState>,
    Signed(cur): Signed,
    axum::extract::Path(id): axum::extract::Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let notice =
        (q.get("notice").map(String::as_str) == Some("recorded")).then(|| "Attendance recorded.".to_owned());
    show_session(&s, &cur, &id, Vec::new(), notice).await
}

async fn attendance(
    State(s): State<AppState>,
    Signed(cur): Signed,
    axum::extract::Path(id): axum::extract::Path<String>,
    form: Form,
) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let Ok(n) = id.parse::<i64>() else {
        return fail(&s.app, &cur, AppError::NotFound("training session")).await;
    };
    let mut ids = Vec::new();
    for raw in form.all("attended") {
        match raw.parse::<i64>() {
            Ok(v) => ids.push(v),
            Err(_) => {
                return show_session(&s, &cur, &id, vec![format!("'{raw}' is not a person.")], None).await
            }
        }
    }
    match s.app.record_attendance(&cur.actor, n, &ids).await {
        Ok(_) => Redirect::to(&format!("/training/sessions/{n}?notice=recorded")).into_response(),
        Err(AppError::Invalid(m)) => show_session(&s, &cur, &id, vec![m], None).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
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
    /// (id, date, course title, place, attendance recorded)
    sessions: Vec<(i64, String, String, String, bool)>,
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
        let sessions = s.app.sessions(&cur.actor, org_id).await?;
        Ok::<_, AppError>((org, o, sessions))
    }
    .await;
    let (org, o, sessions) = match result {
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
        sessions: sessions
            .into_iter()
            .map(|x| {
                let title = o
                    .courses
                    .iter()
                    .find(|c| c.id == x.course_id)
                    .map(|c| c.title.clone())
                    .unwrap_or_default();
                (x.id, x.on_date, title, x.place, x.attendance_recorded_at.is_some())
            })
            .collect(),
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
