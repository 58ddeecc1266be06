//! Who is asking: the session cookie for pages, a bearer token for the API.

use crate::AppState;
use app::auth::Current;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};
use std::net::SocketAddr;

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The client's address, for throttling failed sign-ins.
pub struct ClientAddr(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let addr = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip().to_string())
            .unwrap_or_else(|| "local".into());
        Ok(ClientAddr(addr))
    }
}

/// The session, if there is one, whatever stage of sign-in it is at.
pub struct MaybeSession(pub Option<Current>);

impl FromRequestParts<AppState> for MaybeSession {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Self::Rejection> {
        let Some(token) = cookie(&parts.headers, s.session_cookie_name()) else {
            return Ok(MaybeSession(None));
        };
        match s.app.current(token).await {
            Ok(c) => Ok(MaybeSession(c)),
            Err(e) => Err(crate::pages::error_page(None, &e)),
        }
    }
}

/// A fully signed-in person: password, and the second factor where they have or need one.
/// Anyone part-way through is sent to the step they are on.
pub struct Signed(pub Current);

impl FromRequestParts<AppState> for Signed {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Self::Rejection> {
        let MaybeSession(cur) = MaybeSession::from_request_parts(parts, s).await?;
        let Some(cur) = cur else {
            let path = parts.uri.path();
            let next = if path == "/" { String::new() } else { format!("?next={}", urlencode(path)) };
            return Err(Redirect::to(&format!("/login{next}")).into_response());
        };
        if cur.awaiting_second_factor() {
            return Err(Redirect::to("/two-factor").into_response());
        }
        if cur.must_set_up_two_factor() {
            return Err(Redirect::to("/two-factor/setup").into_response());
        }
        Ok(Signed(cur))
    }
}

pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Only local paths may be followed after sign-in.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && n.len() < 200 => {
            n.to_owned()
        }
        _ => "/".into(),
    }
}
