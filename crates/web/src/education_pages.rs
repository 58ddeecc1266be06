//! Online-safety teaching and parent guidance: what was done, for whom, and what is missing.

use crate::extract::Signed;
use crate::forms::Form;
use crate::pages::{csrf_refused, current_org, fail, render};
use crate::views::Page;
use crate::AppState;
use app::auth::Current;
use app::education::{EducationInput, KINDS};
use app::AppError;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use domain::permission::{authorize, Action};
use std::collections::HashMap;

pub fn router() -> Router<AppState> {
    Router::new().route("/education", get(show).post(record))
}

#[derive(Template)]
#[template(path = "education.html")]
struct EducationView {
    page: Page,
    gaps: Vec<String>,
    /// (audience, latest date)
    by_audience: Vec<(String, String)>,
    /// (date, kind label, audience, topic, notes, link)
    records: Vec<(String, &'static str, String, String, String, String)>,
    can_record: bool,
    kinds: Vec<(&'static str, &'static str)>,
    today: String,
    form: EducationInput,
}

async fn page(
    s: &AppState,
    cur: &Current,
    errors: Vec<String>,
    notice: Option<String>,
    form: EducationInput,
) -> Response {
    let result = async {
        let org = current_org(cur)?;
        let (_, res) = s.app.org_resource(org).await?;
        let o = s.app.education(&cur.actor, org).await?;
        Ok::<_, AppError>((o, authorize(&cur.actor, Action::RecordEducation, res).is_allowed()))
    }
    .await;
    let (o, can_record) = match result {
        Ok(x) => x,
        Err(e) => return fail(&s.app, cur, e).await,
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let view = EducationView {
        page: Page::signed(&s.app, cur, "Online safety education", "/policies")
            .await
            .with_errors(errors)
            .with_flash(notice),
        gaps: o.gaps,
        by_audience: o.curriculum_by_audience.into_iter().collect(),
        records: o
            .records
            .into_iter()
            .map(|r| {
                let label = KINDS.iter().find(|(k, _)| *k == r.kind).map(|(_, l)| *l).unwrap_or("Other");
                (r.on_date, label, r.audience, r.topic, r.notes, r.link)
            })
            .collect(),
        can_record,
        kinds: KINDS.to_vec(),
        today: s.app.clock.now().date().to_string(),
        form,
    };
    render(view, status)
}

async fn show(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let notice = (q.get("notice").map(String::as_str) == Some("recorded")).then(|| "Recorded.".to_owned());
    page(&s, &cur, Vec::new(), notice, EducationInput { kind: "curriculum".into(), ..Default::default() })
        .await
}

async fn record(State(s): State<AppState>, Signed(cur): Signed, form: Form) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let input = EducationInput {
        kind: form.get("kind").to_owned(),
        on_date: form.get("on_date").to_owned(),
        audience: form.get("audience").to_owned(),
        topic: form.get("topic").to_owned(),
        notes: form.get("notes").to_owned(),
        link: form.get("link").to_owned(),
    };
    let result = match current_org(&cur) {
        Ok(org) => s.app.record_education(&cur.actor, org, &input).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Redirect::to("/education?notice=recorded").into_response(),
        Err(AppError::Invalid(m)) => page(&s, &cur, vec![m], None, input).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}
