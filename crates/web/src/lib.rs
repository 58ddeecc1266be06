//! The web layer: HTML pages and the JSON API. It translates HTTP to use cases and back; every
//! decision about access is the permission check's, reached through the use cases.

mod api;
mod checks;
mod education_pages;
mod extract;
mod forms;
mod metrics;
mod pages;
mod policy_pages;
mod review_pages;
mod training_pages;
mod views;

use app::App;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub use axum;
pub use metrics::Metrics;

/// Largest request body any route accepts.
pub const MAX_BODY: usize = 64 * 1024;

#[derive(Clone)]
pub struct AppState {
    pub app: App,
    pub metrics: Arc<Metrics>,
    pub ready: Arc<AtomicBool>,
    /// Cookies carry `Secure` and the `__Host-` prefix when the service is reached over HTTPS.
    pub secure_cookies: bool,
}

impl AppState {
    pub fn new(app: App) -> Self {
        let secure_cookies = app.settings.base_url.starts_with("https://");
        AppState {
            app,
            metrics: Arc::new(Metrics::default()),
            ready: Arc::new(AtomicBool::new(true)),
            secure_cookies,
        }
    }

    pub(crate) fn session_cookie_name(&self) -> &'static str {
        if self.secure_cookies {
            "__Host-ss_session"
        } else {
            "ss_session"
        }
    }
}

pub fn router(state: AppState) -> Router {
    let (api_router, openapi) = api::router().split_for_parts();
    let openapi = Arc::new(openapi);
    Router::new()
        .merge(pages::router())
        .merge(checks::router())
        .merge(policy_pages::router())
        .merge(training_pages::router())
        .merge(review_pages::router())
        .merge(education_pages::router())
        .merge(api_router)
        .route(
            "/api/openapi.json",
            get(move || {
                let doc = openapi.clone();
                async move { axum::Json(doc.as_ref().clone()) }
            }),
        )
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics::render))
        .route("/static/app.css", get(static_css))
        .route("/static/htmx.min.js", get(static_htmx))
        .fallback(pages::not_found)
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
}

async fn readyz(State(s): State<AppState>) -> Response {
    if !s.ready.load(Ordering::Relaxed) {
        return (StatusCode::SERVICE_UNAVAILABLE, "starting").into_response();
    }
    match s.app.store.ping().await {
        Ok(()) => "ready".into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response(),
    }
}

async fn static_css() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        include_str!("../static/app.css"),
    )
        .into_response()
}

async fn static_htmx() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        include_str!("../static/htmx.min.js"),
    )
        .into_response()
}

/// Cross-site request refusal, security headers and request metrics, for every route.
async fn guard(State(s): State<AppState>, req: Request, next: Next) -> Response {
    let started = std::time::Instant::now();
    let is_write = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let is_api = req.uri().path().starts_with("/api/");
    // Browsers send Origin on cross-site form posts; a mismatch is refused before any handler runs.
    if is_write && !is_api && !same_origin(&req) {
        s.metrics.observe(403, started.elapsed());
        return (StatusCode::FORBIDDEN, "This request came from another site and was refused.")
            .into_response();
    }
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
             frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
        ),
    );
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if s.secure_cookies {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    s.metrics.observe(resp.status().as_u16(), started.elapsed());
    resp
}

fn same_origin(req: &Request) -> bool {
    let host = req.headers().get(header::HOST).and_then(|h| h.to_str().ok());
    let origin = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
        .filter(|o| *o != "null")
        .or_else(|| req.headers().get(header::REFERER).and_then(|r| r.to_str().ok()));
    match (origin, host) {
        (None, _) => true,
        (Some(o), Some(h)) => {
            o.split("://").nth(1).map(|rest| rest.split('/').next() == Some(h)).unwrap_or(false)
        }
        (Some(_), None) => false,
    }
}
