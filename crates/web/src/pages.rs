//! HTML pages. Each handler reads the request, calls a use case, and renders the answer.

use crate::extract::{cookie, safe_next, ClientAddr, MaybeSession, Signed};
use crate::forms::Form;
use crate::views::*;
use crate::AppState;
use app::auth::Current;
use app::people::{By, Invite};
use app::{App, AppError};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use domain::permission::{authorize, Action, Resource};
use domain::{EmploymentType, OrgKind, Role};
use std::collections::HashMap;
use std::sync::atomic::Ordering;
use store::{AuditQuery, TokenPurpose};

const PRE_CSRF_COOKIE: &str = "ss_pre";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(dashboard))
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
        .route("/two-factor", get(two_factor_form).post(two_factor))
        .route("/two-factor/setup", get(setup_form).post(setup))
        .route("/password/forgot", get(forgot_form).post(forgot))
        .route("/password/reset/{token}", get(reset_form).post(reset))
        .route("/invitation/{token}", get(invitation_form).post(invitation))
        .route("/org", post(switch_org))
        .route("/people", get(people))
        .route("/people/invite", get(invite_form).post(invite))
        .route("/people/{id}", get(person))
        .route("/people/{id}/roles", post(person_roles))
        .route("/people/{id}/disable", post(person_disable))
        .route("/people/{id}/enable", post(person_enable))
        .route("/audit", get(audit))
        .route("/account", get(account))
        .route("/account/password", post(account_password))
        .route("/account/tokens", post(account_token_create))
        .route("/account/tokens/{id}/revoke", post(account_token_revoke))
        .route("/organisations", get(organisations).post(organisation_create))
}

pub fn render(t: impl Template, status: StatusCode) -> Response {
    match t.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!("template: {e}");
            (StatusCode::INTERNAL_SERVER_ERROR, "The page could not be shown.").into_response()
        }
    }
}

pub fn status_of(e: &AppError) -> StatusCode {
    match e {
        AppError::Invalid(_) => StatusCode::BAD_REQUEST,
        AppError::Forbidden(_) => StatusCode::FORBIDDEN,
        AppError::NotFound(_) => StatusCode::NOT_FOUND,
        AppError::Conflict(_) => StatusCode::CONFLICT,
        AppError::Throttled => StatusCode::TOO_MANY_REQUESTS,
        AppError::BadCredentials | AppError::BadCode | AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::Store(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorView {
    page: Page,
    heading: String,
    body: String,
}

pub fn error_page(page: Option<Page>, e: &AppError) -> Response {
    let status = status_of(e);
    let (heading, body) = match e {
        AppError::Forbidden(_) => ("You cannot open this page".to_owned(), e.to_string()),
        AppError::NotFound(what) => {
            ("Page not found".to_owned(), format!("The {what} you asked for is not here."))
        }
        AppError::Store(_) | AppError::Internal(_) => {
            tracing::error!("request failed: {e}");
            (
                "Something went wrong".to_owned(),
                "Nothing was changed. Please try again in a moment.".to_owned(),
            )
        }
        _ => ("There is a problem".to_owned(), e.to_string()),
    };
    let page = page.unwrap_or_else(|| Page::public(&heading, ""));
    render(ErrorView { page, heading, body }, status)
}

pub async fn not_found() -> Response {
    error_page(None, &AppError::NotFound("page"))
}

pub async fn fail(app: &App, cur: &Current, e: AppError) -> Response {
    let page = Page::signed(app, cur, "Problem", "").await;
    error_page(Some(page), &e)
}

fn session_cookie(s: &AppState, token: &str) -> HeaderValue {
    let secure = if s.secure_cookies { "; Secure" } else { "" };
    let max_age = s.app.settings.session_lifetime.whole_seconds();
    HeaderValue::from_str(&format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}",
        s.session_cookie_name()
    ))
    .unwrap_or(HeaderValue::from_static(""))
}

fn clear_session_cookie(s: &AppState) -> HeaderValue {
    let secure = if s.secure_cookies { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}",
        s.session_cookie_name()
    ))
    .unwrap_or(HeaderValue::from_static(""))
}

/// Forms shown before sign-in carry a token that must match a cookie (double submit).
fn pre_csrf(s: &AppState, headers: &HeaderMap) -> (String, Option<HeaderValue>) {
    if let Some(v) = cookie(headers, PRE_CSRF_COOKIE).filter(|v| v.len() >= 32 && v.len() < 100) {
        return (v.to_owned(), None);
    }
    let token = app::crypto::random_token();
    let secure = if s.secure_cookies { "; Secure" } else { "" };
    let cookie = HeaderValue::from_str(&format!(
        "{PRE_CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict{secure}"
    ))
    .ok();
    (token, cookie)
}

fn pre_csrf_ok(headers: &HeaderMap, form: &Form) -> bool {
    cookie(headers, PRE_CSRF_COOKIE).is_some_and(|c| form.csrf_ok(c))
}

fn with_cookie(mut resp: Response, c: Option<HeaderValue>) -> Response {
    if let Some(c) = c {
        resp.headers_mut().append(header::SET_COOKIE, c);
    }
    resp
}

pub fn csrf_refused() -> Response {
    (
        StatusCode::FORBIDDEN,
        Html("<!doctype html><html lang=\"en-GB\"><head><title>Form expired – SafeSocial</title></head><body><main><h1>This form has expired</h1><p>Nothing was changed. Go back, reload the page and try again.</p></main></body></html>"),
    )
        .into_response()
}

const NOTICES: [(&str, &str); 8] = [
    ("invited", "Invitation sent. They have 7 days to choose a password."),
    ("roles", "Roles saved."),
    ("disabled", "Account disabled. They have been signed out everywhere."),
    ("enabled", "Account enabled."),
    ("password", "Password changed. Other sessions have been signed out."),
    ("revoked", "Token revoked."),
    ("org-created", "Organisation added."),
    ("switched", "You are now working in this organisation."),
];

fn notice(q: &HashMap<String, String>) -> Option<String> {
    let code = q.get("notice")?;
    NOTICES.iter().find(|(c, _)| c == code).map(|(_, m)| (*m).to_owned())
}

// ---- Sign-in ----

async fn login_form(
    State(s): State<AppState>,
    headers: HeaderMap,
    MaybeSession(cur): MaybeSession,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if cur.is_some_and(|c| !c.awaiting_second_factor()) {
        return Redirect::to("/").into_response();
    }
    let (token, c) = pre_csrf(&s, &headers);
    let view = LoginView {
        page: Page::public("Sign in", &token),
        email: String::new(),
        next: safe_next(q.get("next").map(String::as_str)),
    };
    with_cookie(render(view, StatusCode::OK), c)
}

async fn login(
    State(s): State<AppState>,
    headers: HeaderMap,
    ClientAddr(addr): ClientAddr,
    form: Form,
) -> Response {
    if !pre_csrf_ok(&headers, &form) {
        return csrf_refused();
    }
    let email = form.get("email").trim().to_owned();
    match s.app.sign_in(&email, form.get("password"), &addr).await {
        Ok(signed) => {
            s.metrics.sign_ins.fetch_add(1, Ordering::Relaxed);
            let to = if signed.needs_second_factor {
                "/two-factor".to_owned()
            } else {
                safe_next(Some(form.get("next")))
            };
            let mut resp = Redirect::to(&to).into_response();
            resp.headers_mut().append(header::SET_COOKIE, session_cookie(&s, &signed.token));
            resp
        }
        Err(e @ (AppError::BadCredentials | AppError::Throttled)) => {
            s.metrics.sign_in_failures.fetch_add(1, Ordering::Relaxed);
            let (token, c) = pre_csrf(&s, &headers);
            let page = Page::public("Sign in", &token).with_errors(vec![e.to_string()]);
            let view = LoginView { page, email, next: safe_next(Some(form.get("next"))) };
            with_cookie(render(view, status_of(&e)), c)
        }
        Err(e) => error_page(None, &e),
    }
}

async fn logout(State(s): State<AppState>, MaybeSession(cur): MaybeSession, form: Form) -> Response {
    if let Some(cur) = cur {
        if !form.csrf_ok(&cur.session.csrf_token) {
            return csrf_refused();
        }
        if let Err(e) = s.app.sign_out(&cur).await {
            return error_page(None, &e);
        }
    }
    let mut resp = Redirect::to("/login").into_response();
    resp.headers_mut().append(header::SET_COOKIE, clear_session_cookie(&s));
    resp
}

async fn two_factor_form(MaybeSession(cur): MaybeSession) -> Response {
    match cur {
        Some(c) if c.awaiting_second_factor() => render(
            TwoFactorView { page: Page::public("Enter your sign-in code", &c.session.csrf_token) },
            StatusCode::OK,
        ),
        Some(_) => Redirect::to("/").into_response(),
        None => Redirect::to("/login").into_response(),
    }
}

async fn two_factor(State(s): State<AppState>, MaybeSession(cur): MaybeSession, form: Form) -> Response {
    let Some(cur) = cur.filter(|c| c.awaiting_second_factor()) else {
        return Redirect::to("/login").into_response();
    };
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    match s.app.verify_second_factor(&cur, form.get("code")).await {
        Ok(()) => Redirect::to("/").into_response(),
        Err(AppError::Throttled) => {
            let mut resp = Redirect::to("/login").into_response();
            resp.headers_mut().append(header::SET_COOKIE, clear_session_cookie(&s));
            resp
        }
        Err(e @ AppError::BadCode) => {
            let page = Page::public("Enter your sign-in code", &cur.session.csrf_token)
                .with_errors(vec![e.to_string()]);
            render(TwoFactorView { page }, StatusCode::UNAUTHORIZED)
        }
        Err(e) => error_page(None, &e),
    }
}

fn qr_svg(uri: &str) -> String {
    match qrcode::QrCode::new(uri.as_bytes()) {
        Ok(code) => {
            code.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).quiet_zone(true).build()
        }
        Err(_) => String::new(),
    }
}

async fn setup_form(State(s): State<AppState>, MaybeSession(cur): MaybeSession) -> Response {
    let Some(cur) = cur.filter(|c| !c.awaiting_second_factor()) else {
        return Redirect::to("/login").into_response();
    };
    if cur.user.totp_enabled_at.is_some() {
        return Redirect::to("/account").into_response();
    }
    setup_page(&s, &cur, Vec::new(), StatusCode::OK).await
}

async fn setup_page(s: &AppState, cur: &Current, errors: Vec<String>, status: StatusCode) -> Response {
    match s.app.begin_totp_setup(cur).await {
        Ok(setup) => {
            let mut page =
                Page::signed(&s.app, cur, "Set up two-factor sign-in", "").await.with_errors(errors);
            if cur.must_set_up_two_factor() {
                page.nav.clear();
                page.orgs.clear();
            }
            let view = TwoFactorSetupView {
                page,
                qr_svg: qr_svg(&setup.otpauth_uri),
                secret: setup.secret_base32,
                required: cur.must_set_up_two_factor(),
            };
            render(view, status)
        }
        Err(e) => fail(&s.app, cur, e).await,
    }
}

async fn setup(
    State(s): State<AppState>,
    headers: HeaderMap,
    MaybeSession(cur): MaybeSession,
    form: Form,
) -> Response {
    let Some(cur) = cur.filter(|c| !c.awaiting_second_factor()) else {
        return Redirect::to("/login").into_response();
    };
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    match s.app.confirm_totp_setup(&cur, form.get("code")).await {
        Ok(codes) => {
            // The session's CSRF token changed with its privilege; render with the new one.
            let fresh = match cookie(&headers, s.session_cookie_name()) {
                Some(t) => s.app.current(t).await.ok().flatten(),
                None => None,
            };
            let page = match &fresh {
                Some(f) => Page::signed(&s.app, f, "Two-factor sign-in is on", "").await,
                None => Page::public("Two-factor sign-in is on", ""),
            };
            render(RecoveryCodesView { page, codes }, StatusCode::OK)
        }
        Err(e @ AppError::BadCode) => {
            setup_page(&s, &cur, vec![e.to_string()], StatusCode::BAD_REQUEST).await
        }
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

// ---- Emailed links ----

async fn forgot_form(State(s): State<AppState>, headers: HeaderMap) -> Response {
    let (token, c) = pre_csrf(&s, &headers);
    with_cookie(
        render(ForgotView { page: Page::public("Reset your password", &token), sent: false }, StatusCode::OK),
        c,
    )
}

async fn forgot(State(s): State<AppState>, headers: HeaderMap, form: Form) -> Response {
    if !pre_csrf_ok(&headers, &form) {
        return csrf_refused();
    }
    if let Err(e) = s.app.request_password_reset(form.get("email")).await {
        return error_page(None, &e);
    }
    render(ForgotView { page: Page::public("Reset your password", ""), sent: true }, StatusCode::OK)
}

fn link_page(
    purpose: TokenPurpose,
    token: &str,
    csrf: &str,
    email: &str,
    errors: Vec<String>,
) -> SetPasswordView {
    let (heading, intro, base) = match purpose {
        TokenPurpose::Invitation => {
            ("Welcome to SafeSocial", "Choose a password to finish setting up your account.", "/invitation")
        }
        TokenPurpose::PasswordReset => {
            ("Choose a new password", "Your old password stops working when you save.", "/password/reset")
        }
    };
    SetPasswordView {
        page: Page::public(heading, csrf).with_errors(errors),
        heading: heading.into(),
        intro: intro.into(),
        action: format!("{base}/{token}"),
        email: email.to_owned(),
    }
}

fn dead_link() -> Response {
    render(
        MessageView {
            page: Page::public("Link no longer works", ""),
            heading: "This link no longer works".into(),
            body: "Links in SafeSocial emails work once and expire. Ask for a new one.".into(),
            link: Some(("/password/forgot".into(), "Ask for a new password link".into())),
        },
        StatusCode::NOT_FOUND,
    )
}

async fn link_form(s: &AppState, headers: &HeaderMap, token: &str, purpose: TokenPurpose) -> Response {
    match s.app.link_owner(token, purpose).await {
        Ok(user) => {
            let (csrf, c) = pre_csrf(s, headers);
            with_cookie(render(link_page(purpose, token, &csrf, &user.email, Vec::new()), StatusCode::OK), c)
        }
        Err(AppError::NotFound(_)) => dead_link(),
        Err(e) => error_page(None, &e),
    }
}

async fn link_submit(
    s: &AppState,
    headers: &HeaderMap,
    token: &str,
    purpose: TokenPurpose,
    form: Form,
) -> Response {
    if !pre_csrf_ok(headers, &form) {
        return csrf_refused();
    }
    let password = form.get("password");
    let again = |msg: String| async move {
        match s.app.link_owner(token, purpose).await {
            Ok(user) => {
                let (csrf, c) = pre_csrf(s, headers);
                with_cookie(
                    render(link_page(purpose, token, &csrf, &user.email, vec![msg]), StatusCode::BAD_REQUEST),
                    c,
                )
            }
            Err(_) => dead_link(),
        }
    };
    if password != form.get("confirm") {
        return again("The two passwords are not the same.".into()).await;
    }
    match s.app.set_password_with_link(token, purpose, password).await {
        Ok(_) => render(
            MessageView {
                page: Page::public("Password saved", ""),
                heading: "Your password is saved".into(),
                body: "You can now sign in with your email address and new password.".into(),
                link: Some(("/login".into(), "Sign in".into())),
            },
            StatusCode::OK,
        ),
        Err(e @ AppError::Invalid(_)) => again(e.to_string()).await,
        Err(AppError::NotFound(_)) => dead_link(),
        Err(e) => error_page(None, &e),
    }
}

async fn reset_form(State(s): State<AppState>, headers: HeaderMap, Path(token): Path<String>) -> Response {
    link_form(&s, &headers, &token, TokenPurpose::PasswordReset).await
}

async fn reset(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
    form: Form,
) -> Response {
    link_submit(&s, &headers, &token, TokenPurpose::PasswordReset, form).await
}

async fn invitation_form(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Response {
    link_form(&s, &headers, &token, TokenPurpose::Invitation).await
}

async fn invitation(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
    form: Form,
) -> Response {
    link_submit(&s, &headers, &token, TokenPurpose::Invitation, form).await
}

// ---- Signed-in pages ----

async fn switch_org(State(s): State<AppState>, Signed(cur): Signed, form: Form) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let Ok(org_id) = form.get("org_id").parse::<i64>() else {
        return fail(&s.app, &cur, AppError::Invalid("Choose an organisation from the list.".into())).await;
    };
    match s.app.switch_org(&cur, org_id).await {
        Ok(()) => Redirect::to("/?notice=switched").into_response(),
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

fn panel(heading: &str, empty: &str) -> Panel {
    Panel { heading: heading.into(), figure: None, items: Vec::new(), empty: empty.into(), link: None }
}

async fn dashboard(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let page = Page::signed(&s.app, &cur, "Dashboard", "/").await.with_flash(notice(&q));
    let mut panels = Vec::new();
    let org = page.current_org.clone();
    let roles: Vec<Role> = org.as_ref().map(|o| cur.actor.roles_in(o.id).collect()).unwrap_or_default();
    let has = |r: Role| roles.contains(&r);
    if let Some(o) = &org {
        let res = Resource::Org { org_id: o.id, parent_id: o.parent_id };
        if o.kind == OrgKind::School {
            if has(Role::Headteacher) {
                panels.push(panel("Waiting for your approval", "Applications for new school accounts and posts flagged by the check will appear here for you to approve or refuse."));
            }
            if has(Role::Dsl) || has(Role::DeputyDsl) {
                panels.push(panel("Safeguarding concerns", "Concerns reported by staff, pupils and parents will appear here the moment they are reported. Only the DSL team sees them."));
                panels.push(panel("Takedown requests", "Requests to have content removed, with their 24-hour deadlines and follow-up checks, will appear here."));
            }
            if has(Role::Moderator) {
                panels.push(panel("School accounts inbox", "Comments and messages on your school's accounts will appear here with the time each must be answered by."));
                panels.push(panel("Drafts to check", "Posts drafted for your school's accounts will appear here with the result of the policy check."));
            }
            if has(Role::Hr) {
                panels.push(panel("Breach investigations", "Reported breaches of the policy will appear here for investigation, with seriousness and outcome."));
            }
            if has(Role::Governor) {
                panels.push(panel("Termly oversight", "Policy status, acknowledgement coverage, deadlines met and incidents by kind will appear here each term."));
            }
            if !roles.is_empty() {
                let pending = s.app.pending_acknowledgements(&cur.actor).await.unwrap_or_default();
                let mut p = panel(
                    "Your policy acknowledgement",
                    "When your school adopts its social media policy, you will be asked to read and acknowledge it here.",
                );
                if let Some(first) = pending.first() {
                    p.items =
                        pending.iter().map(|v| format!("To read and acknowledge: {}", v.title)).collect();
                    p.link = Some((format!("/policies/{}", first.id), "Read it now".into()));
                }
                panels.push(p);
            }
            if authorize(&cur.actor, Action::ViewPeople, res).is_allowed() {
                let n = s.app.store.count_people(o.id).await.unwrap_or(0);
                panels.push(Panel {
                    heading: "People".into(),
                    figure: Some(format!("{n} {}", if n == 1 { "person" } else { "people" })),
                    items: Vec::new(),
                    empty: String::new(),
                    link: Some(("/people".into(), "See everyone and their roles".into())),
                });
            }
        } else {
            // A trust or LA: roll-up figures for its schools, never case detail.
            let schools: Vec<_> = page.orgs.iter().filter(|c| c.parent_id == Some(o.id)).cloned().collect();
            let mut items = Vec::new();
            for sc in &schools {
                let n = s.app.store.count_people(sc.id).await.unwrap_or(0);
                items.push(format!("{}: {n} {}", sc.name, if n == 1 { "person" } else { "people" }));
            }
            panels.push(Panel {
                heading: format!("Schools in {}", o.name),
                figure: None,
                items,
                empty:
                    "Schools that join your trust or local authority will appear here with roll-up figures."
                        .into(),
                link: None,
            });
            let mut p = panel(
                "Policies in your schools",
                "When your schools adopt a social media policy, each school's version and acknowledgement figures will appear here.",
            );
            let rollup = s.app.policy_rollup(&cur.actor, o.id).await.unwrap_or_default();
            p.items = rollup
                .iter()
                .filter_map(|r| {
                    let (t, n) = r.policy.as_ref()?;
                    Some(format!(
                        "{}: {t} (version {n}), {} of {} acknowledged",
                        r.school, r.acknowledged, r.people
                    ))
                })
                .collect();
            if !rollup.is_empty() {
                p.link = Some(("/policies/schools".into(), "Coverage per school and per role".into()));
            }
            panels.push(p);
        }
    }
    if cur.actor.system_admin {
        let orgs = s.app.store.list_orgs().await.unwrap_or_default();
        let pending = s.app.store.pending_email_count().await.unwrap_or(0);
        panels.push(Panel {
            heading: "Platform".into(),
            figure: Some(format!("{} organisations", orgs.len())),
            items: vec![format!("{pending} emails waiting to be sent")],
            empty: String::new(),
            link: Some(("/organisations".into(), "Manage organisations".into())),
        });
    }
    if panels.is_empty() {
        panels.push(panel(
            "Nothing here yet",
            "You have no roles in an organisation yet. Ask your headteacher or HR lead to add you.",
        ));
    }
    let role_summary = match (&org, roles.is_empty()) {
        (Some(o), false) => {
            format!("{} at {}.", roles.iter().map(|r| r.label()).collect::<Vec<_>>().join(", "), o.name)
        }
        (Some(o), true) => format!("Viewing {}.", o.name),
        (None, _) if cur.actor.system_admin => "System administrator.".into(),
        (None, _) => "You do not belong to an organisation yet.".into(),
    };
    let view =
        DashboardView { page, greeting: format!("Hello, {}", cur.user.first_name), role_summary, panels };
    render(view, StatusCode::OK)
}

pub(crate) fn current_org(cur: &Current) -> Result<i64, AppError> {
    cur.session.current_org_id.ok_or(AppError::Invalid("Choose an organisation to work in first.".into()))
}

async fn people(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let page_no: i64 = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(0).clamp(0, 100_000);
    let result = async {
        let org_id = current_org(&cur)?;
        let (org, res) = s.app.org_resource(org_id).await?;
        let (people, total) = s.app.list_people(&cur.actor, org_id, page_no).await?;
        Ok::<_, AppError>((org, res, people, total))
    }
    .await;
    match result {
        Ok((org, res, people, total)) => {
            let rows = people
                .into_iter()
                .map(|p| PersonRow {
                    id: p.user.id,
                    name: p.user.display_name(),
                    email: p.user.email.clone(),
                    roles: p.roles.iter().map(|r| r.label()).collect::<Vec<_>>().join(", "),
                    employment: p.user.employment_type.label().into(),
                    status: if p.user.disabled {
                        "Disabled".into()
                    } else if p.user.password_hash.is_none() {
                        "Invited".into()
                    } else {
                        "Active".into()
                    },
                })
                .collect();
            let page = Page::signed(&s.app, &cur, "People", "/people").await.with_flash(notice(&q));
            let view = PeopleView {
                page,
                org_name: org.name,
                rows,
                total,
                page_no,
                has_next: (page_no + 1) * 50 < total,
                can_manage: authorize(&cur.actor, Action::ManagePeople, res).is_allowed(),
            };
            render(view, StatusCode::OK)
        }
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn invite_page(s: &AppState, cur: &Current, form: Option<&Form>, errors: Vec<String>) -> Response {
    let result = async {
        let org_id = current_org(cur)?;
        let (org, res) = s.app.org_resource(org_id).await?;
        s.app.require(&cur.actor, Action::ManagePeople, res)?;
        Ok::<_, AppError>(org)
    }
    .await;
    match result {
        Ok(org) => {
            let checked: Vec<Role> = form
                .map(|f| f.all("role").iter().filter_map(|r| r.parse().ok()).collect())
                .unwrap_or_default();
            let emp =
                form.and_then(|f| f.get("employment_type").parse().ok()).or(Some(EmploymentType::Employee));
            let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
            let view = InviteView {
                page: Page::signed(&s.app, cur, "Invite someone", "/people").await.with_errors(errors),
                org_name: org.name,
                first_name: form.map(|f| f.get("first_name").to_owned()).unwrap_or_default(),
                last_name: form.map(|f| f.get("last_name").to_owned()).unwrap_or_default(),
                email: form.map(|f| f.get("email").to_owned()).unwrap_or_default(),
                roles: role_choices(&checked, org.kind),
                employment: employment_choices(emp),
            };
            render(view, status)
        }
        Err(e) => fail(&s.app, cur, e).await,
    }
}

async fn invite_form(State(s): State<AppState>, Signed(cur): Signed) -> Response {
    invite_page(&s, &cur, None, Vec::new()).await
}

fn parse_roles(form: &Form) -> Result<Vec<Role>, AppError> {
    form.all("role").iter().map(|r| r.parse::<Role>().map_err(AppError::Invalid)).collect()
}

async fn invite(State(s): State<AppState>, Signed(cur): Signed, form: Form) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let result = async {
        let org_id = current_org(&cur)?;
        let employment_type: EmploymentType =
            form.get("employment_type").parse().map_err(AppError::Invalid)?;
        let inv = Invite {
            first_name: form.get("first_name").into(),
            last_name: form.get("last_name").into(),
            email: form.get("email").into(),
            employment_type,
            roles: parse_roles(&form)?,
        };
        s.app.invite(&cur.actor, &cur.user.display_name(), org_id, inv).await
    }
    .await;
    match result {
        Ok(_) => Redirect::to("/people?notice=invited").into_response(),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            invite_page(&s, &cur, Some(&form), vec![e.to_string()]).await
        }
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

fn parse_id(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().map_err(|_| AppError::NotFound("person"))
}

async fn person(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let result = async {
        let id = parse_id(&id)?;
        let org_id = current_org(&cur)?;
        let (org, res) = s.app.org_resource(org_id).await?;
        let (user, roles) = s.app.person_in(&cur.actor, org_id, id).await?;
        Ok::<_, AppError>((org, res, user, roles))
    }
    .await;
    match result {
        Ok((org, res, user, roles)) => {
            let view = PersonView {
                page: Page::signed(&s.app, &cur, &user.display_name(), "/people")
                    .await
                    .with_flash(notice(&q)),
                id: user.id,
                name: user.display_name(),
                email: user.email.clone(),
                employment: user.employment_type.label().into(),
                disabled: user.disabled,
                two_factor: user.totp_enabled_at.is_some(),
                roles: role_choices(&roles, org.kind),
                can_manage: authorize(&cur.actor, Action::ManagePeople, res).is_allowed(),
                is_self: user.id == cur.user.id,
            };
            render(view, StatusCode::OK)
        }
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn person_roles(
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
        s.app.set_roles(&cur, current_org(&cur)?, id, parse_roles(&form)?).await?;
        Ok::<_, AppError>(id)
    }
    .await;
    match result {
        Ok(id) => Redirect::to(&format!("/people/{id}?notice=roles")).into_response(),
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn set_disabled(s: AppState, cur: Current, id: String, form: Form, disabled: bool) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let result = async {
        let id = parse_id(&id)?;
        s.app.set_disabled(&cur, current_org(&cur)?, id, disabled).await?;
        Ok::<_, AppError>(id)
    }
    .await;
    match result {
        Ok(id) => {
            Redirect::to(&format!("/people/{id}?notice={}", if disabled { "disabled" } else { "enabled" }))
                .into_response()
        }
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn person_disable(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Path(id): Path<String>,
    form: Form,
) -> Response {
    set_disabled(s, cur, id, form, true).await
}

async fn person_enable(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Path(id): Path<String>,
    form: Form,
) -> Response {
    set_disabled(s, cur, id, form, false).await
}

fn parse_date(field: &str, raw: &str) -> Result<Option<time::OffsetDateTime>, AppError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(raw.trim(), fmt)
        .map(|d| Some(d.midnight().assume_utc()))
        .map_err(|_| AppError::Invalid(format!("The {field} date must look like 2026-11-21.")))
}

async fn audit(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let get = |k: &str| q.get(k).map(|v| v.trim().to_owned()).unwrap_or_default();
    let (person, action, from, to) = (get("person"), get("action"), get("from"), get("to"));
    let page_no: i64 = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(0).clamp(0, 100_000);
    let per_page = 50;
    let result = async {
        let mut org_ids = Vec::new();
        let mut scope = Vec::new();
        let orgs = s.app.store.list_orgs().await?;
        if let Some(id) = cur.session.current_org_id {
            let (org, res) = s.app.org_resource(id).await?;
            if authorize(&cur.actor, Action::ViewAuditLog, res).is_allowed() {
                org_ids.push(id);
                scope.push(org.name);
            }
        }
        if authorize(&cur.actor, Action::ViewAuditLog, Resource::Platform).is_allowed() {
            org_ids.push(domain::PLATFORM_CHAIN);
            scope.push("the platform".to_owned());
        }
        if org_ids.is_empty() {
            s.app.require(&cur.actor, Action::ViewAuditLog, Resource::Platform)?;
        }
        let actor_user_id = if person.is_empty() {
            None
        } else {
            Some(s.app.store.find_user_by_email(&person).await?.map(|u| u.id).unwrap_or(-1))
        };
        let query = AuditQuery {
            org_ids,
            actor_user_id,
            action_prefix: Some(action.clone()).filter(|a| !a.is_empty()),
            from: parse_date("from", &from)?,
            to: parse_date("to", &to)?.map(|t| t + time::Duration::days(1)),
            limit: per_page + 1,
            offset: page_no * per_page,
        };
        let events = s.app.store.query_audit(&query).await?;
        Ok::<_, AppError>((events, orgs, scope.join(" and ")))
    }
    .await;
    match result {
        Ok((mut events, orgs, scope)) => {
            let has_next = events.len() as i64 > per_page;
            events.truncate(per_page as usize);
            let mut names: HashMap<i64, String> = HashMap::new();
            for e in &events {
                if let Some(uid) = e.actor_user_id {
                    if let std::collections::hash_map::Entry::Vacant(v) = names.entry(uid) {
                        let name = s
                            .app
                            .store
                            .get_user(uid)
                            .await
                            .ok()
                            .flatten()
                            .map(|u| u.display_name())
                            .unwrap_or_else(|| format!("person {uid}"));
                        v.insert(name);
                    }
                }
            }
            let chain_name = |id: i64| {
                if id == domain::PLATFORM_CHAIN {
                    "Platform".to_owned()
                } else {
                    orgs.iter()
                        .find(|o| o.id == id)
                        .map(|o| o.name.clone())
                        .unwrap_or_else(|| format!("organisation {id}"))
                }
            };
            let rows = events
                .iter()
                .map(|e| AuditRow {
                    at: when(e.at),
                    chain: chain_name(e.org_id),
                    seq: e.seq,
                    actor: e
                        .actor_user_id
                        .and_then(|u| names.get(&u).cloned())
                        .unwrap_or_else(|| "System".into()),
                    action: e.action.clone(),
                    record: format!("{} {}", e.record_type, e.record_id.clone().unwrap_or_default()),
                    detail: describe_change(e),
                })
                .collect();
            let qs = |p: i64| {
                serde_urlencoded::to_string([
                    ("person", &person),
                    ("action", &action),
                    ("from", &from),
                    ("to", &to),
                    ("page", &p.to_string()),
                ])
                .unwrap_or_default()
            };
            let view = AuditView {
                page: Page::signed(&s.app, &cur, "Audit log", "/audit").await,
                rows,
                person: person.clone(),
                action: action.clone(),
                from: from.clone(),
                to: to.clone(),
                page_no,
                has_next,
                next_query: qs(page_no + 1),
                prev_query: qs((page_no - 1).max(0)),
                scope,
            };
            render(view, StatusCode::OK)
        }
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

fn describe_change(e: &domain::AuditEvent) -> String {
    let part = |label: &str, v: &Option<serde_json::Value>| {
        v.as_ref().map(|v| format!("{label} {}", domain::audit::canonical_json(v)))
    };
    [part("before", &e.before), part("after", &e.after)].into_iter().flatten().collect::<Vec<_>>().join("; ")
}

async fn account_page(
    s: &AppState,
    cur: &Current,
    new_token: Option<String>,
    errors: Vec<String>,
    q: Option<&HashMap<String, String>>,
) -> Response {
    let tokens = s.app.store.list_api_tokens(cur.user.id).await.unwrap_or_default();
    let recovery_left = s.app.store.unused_recovery_codes(cur.user.id).await.unwrap_or(0);
    let orgs = s.app.store.list_orgs().await.unwrap_or_default();
    let roles = cur
        .actor
        .memberships
        .iter()
        .map(|m| {
            format!(
                "{} at {}",
                m.role.label(),
                orgs.iter().find(|o| o.id == m.org_id).map(|o| o.name.as_str()).unwrap_or("?")
            )
        })
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let view = AccountView {
        page: Page::signed(&s.app, cur, "My account", "/account")
            .await
            .with_errors(errors)
            .with_flash(q.and_then(notice)),
        name: cur.user.display_name(),
        email: cur.user.email.clone(),
        roles,
        two_factor: cur.user.totp_enabled_at.is_some(),
        recovery_left,
        tokens: tokens
            .into_iter()
            .map(|t| TokenRow {
                id: t.id,
                name: t.name,
                created: when(t.created_at),
                last_used: t.last_used_at.map(when).unwrap_or_else(|| "Never".into()),
                revoked: t.revoked_at.is_some(),
            })
            .collect(),
        new_token,
    };
    render(view, status)
}

async fn account(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    account_page(&s, &cur, None, Vec::new(), Some(&q)).await
}

async fn account_password(State(s): State<AppState>, Signed(cur): Signed, form: Form) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    match s.app.change_password(&cur, form.get("current"), form.get("new")).await {
        Ok(()) => {
            let mut resp = Redirect::to("/login").into_response();
            resp.headers_mut().append(header::SET_COOKIE, clear_session_cookie(&s));
            resp
        }
        Err(e @ AppError::Invalid(_)) => account_page(&s, &cur, None, vec![e.to_string()], None).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn account_token_create(State(s): State<AppState>, Signed(cur): Signed, form: Form) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    match s.app.create_api_token(&cur, form.get("name")).await {
        Ok((_, token)) => account_page(&s, &cur, Some(token), Vec::new(), None).await,
        Err(e @ AppError::Invalid(_)) => account_page(&s, &cur, None, vec![e.to_string()], None).await,
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn account_token_revoke(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Path(id): Path<String>,
    form: Form,
) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let Ok(id) = id.parse::<i64>() else { return fail(&s.app, &cur, AppError::NotFound("API token")).await };
    match s.app.revoke_api_token(&cur, id).await {
        Ok(()) => Redirect::to("/account?notice=revoked").into_response(),
        Err(e) => fail(&s.app, &cur, e).await,
    }
}

async fn organisations_page(
    s: &AppState,
    cur: &Current,
    errors: Vec<String>,
    q: Option<&HashMap<String, String>>,
) -> Response {
    if let Err(e) = s.app.require(&cur.actor, Action::ManageOrganisations, Resource::Platform) {
        return fail(&s.app, cur, e).await;
    }
    let orgs = s.app.store.list_orgs().await.unwrap_or_default();
    let mut rows = Vec::new();
    for o in &orgs {
        rows.push(OrgRow {
            name: o.name.clone(),
            kind: o.kind.label().into(),
            parent: o
                .parent_id
                .and_then(|p| orgs.iter().find(|x| x.id == p))
                .map(|p| p.name.clone())
                .unwrap_or_default(),
            people: s.app.store.count_people(o.id).await.unwrap_or(0),
        });
    }
    let parents = orgs.iter().filter(|o| o.kind != OrgKind::School).cloned().collect();
    let kinds = OrgKind::ALL
        .into_iter()
        .map(|k| Choice { code: k.code(), label: k.label(), selected: k == OrgKind::School })
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    let page = Page::signed(&s.app, cur, "Organisations", "/organisations")
        .await
        .with_errors(errors)
        .with_flash(q.and_then(notice));
    render(OrganisationsView { page, rows, parents, kinds }, status)
}

async fn organisations(
    State(s): State<AppState>,
    Signed(cur): Signed,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    organisations_page(&s, &cur, Vec::new(), Some(&q)).await
}

async fn organisation_create(State(s): State<AppState>, Signed(cur): Signed, form: Form) -> Response {
    if !form.csrf_ok(&cur.session.csrf_token) {
        return csrf_refused();
    }
    let result = async {
        let kind: OrgKind = form.get("kind").parse().map_err(AppError::Invalid)?;
        let parent = match form.get("parent_id") {
            "" => None,
            p => Some(
                p.parse::<i64>()
                    .map_err(|_| AppError::Invalid("Choose where the school sits from the list.".into()))?,
            ),
        };
        s.app.create_org(By::Person(&cur.actor), kind, form.get("name"), parent).await
    }
    .await;
    match result {
        Ok(_) => Redirect::to("/organisations?notice=org-created").into_response(),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_) | AppError::NotFound(_))) => {
            organisations_page(&s, &cur, vec![e.to_string()], None).await
        }
        Err(e) => fail(&s.app, &cur, e).await,
    }
}
