//! Form bodies: content type checked, size bounded (by the body limit), fields read by name.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

pub struct Form(pub Vec<(String, String)>);

impl<S: Send + Sync> FromRequest<S> for Form {
    type Rejection = Response;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let ct = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        if !ct.starts_with("application/x-www-form-urlencoded") {
            return Err((
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "This form must be sent as application/x-www-form-urlencoded.",
            )
                .into_response());
        }
        let body = Bytes::from_request(req, state).await.map_err(|_| {
            (StatusCode::PAYLOAD_TOO_LARGE, "The form is larger than SafeSocial accepts (64 KiB).")
                .into_response()
        })?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&body)
            .map_err(|_| (StatusCode::BAD_REQUEST, "The form could not be read.").into_response())?;
        if pairs.iter().any(|(_, v)| v.len() > 4096) {
            return Err((StatusCode::BAD_REQUEST, "A field in the form is longer than 4,096 characters.")
                .into_response());
        }
        Ok(Form(pairs))
    }
}

impl Form {
    pub fn get(&self, name: &str) -> &str {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
    }

    /// Compares the form's CSRF token with the expected one in constant time.
    pub fn csrf_ok(&self, expected: &str) -> bool {
        let got = self.get("_csrf").as_bytes();
        let want = expected.as_bytes();
        !want.is_empty()
            && got.len() == want.len()
            && got.iter().zip(want).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
    }
}
