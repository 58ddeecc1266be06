//! Prometheus text exposition, kept by hand: a few counters and one histogram.

use crate::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

const BUCKETS_MS: [u64; 10] = [1, 2, 5, 10, 20, 50, 100, 250, 500, 1000];

#[derive(Default)]
pub struct Metrics {
    by_class: [AtomicU64; 5],
    buckets: [AtomicU64; 10],
    count: AtomicU64,
    sum_micros: AtomicU64,
    pub sign_ins: AtomicU64,
    pub sign_in_failures: AtomicU64,
}

impl Metrics {
    pub fn observe(&self, status: u16, took: Duration) {
        let class = (status / 100).clamp(1, 5) as usize - 1;
        self.by_class[class].fetch_add(1, Ordering::Relaxed);
        let ms = took.as_millis() as u64;
        for (i, b) in BUCKETS_MS.iter().enumerate() {
            if ms <= *b {
                self.buckets[i].fetch_add(1, Ordering::Relaxed);
            }
        }
        self.count.fetch_add(1, Ordering::Relaxed);
        self.sum_micros.fetch_add(took.as_micros() as u64, Ordering::Relaxed);
    }
}

pub async fn render(State(s): State<AppState>) -> Response {
    let m = &s.metrics;
    let mut out = String::new();
    let _ = writeln!(out, "# HELP safesocial_http_requests_total HTTP requests by status class.");
    let _ = writeln!(out, "# TYPE safesocial_http_requests_total counter");
    for (i, c) in m.by_class.iter().enumerate() {
        let _ = writeln!(
            out,
            "safesocial_http_requests_total{{class=\"{}xx\"}} {}",
            i + 1,
            c.load(Ordering::Relaxed)
        );
    }
    let _ = writeln!(out, "# HELP safesocial_http_request_duration_seconds Time to answer a request.");
    let _ = writeln!(out, "# TYPE safesocial_http_request_duration_seconds histogram");
    for (i, b) in BUCKETS_MS.iter().enumerate() {
        let _ = writeln!(
            out,
            "safesocial_http_request_duration_seconds_bucket{{le=\"{}\"}} {}",
            *b as f64 / 1000.0,
            m.buckets[i].load(Ordering::Relaxed)
        );
    }
    let count = m.count.load(Ordering::Relaxed);
    let _ = writeln!(out, "safesocial_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {count}");
    let _ = writeln!(
        out,
        "safesocial_http_request_duration_seconds_sum {}",
        m.sum_micros.load(Ordering::Relaxed) as f64 / 1e6
    );
    let _ = writeln!(out, "safesocial_http_request_duration_seconds_count {count}");
    let _ = writeln!(out, "# TYPE safesocial_sign_ins_total counter");
    let _ = writeln!(out, "safesocial_sign_ins_total {}", m.sign_ins.load(Ordering::Relaxed));
    let _ = writeln!(out, "# TYPE safesocial_sign_in_failures_total counter");
    let _ = writeln!(out, "safesocial_sign_in_failures_total {}", m.sign_in_failures.load(Ordering::Relaxed));
    if let Ok(n) = s.app.store.pending_email_count().await {
        let _ = writeln!(out, "# HELP safesocial_outbox_pending Emails waiting to be sent.");
        let _ = writeln!(out, "# TYPE safesocial_outbox_pending gauge");
        let _ = writeln!(out, "safesocial_outbox_pending {n}");
    }
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], out).into_response()
}
