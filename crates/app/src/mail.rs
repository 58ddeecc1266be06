//! The outbox worker: claims queued emails and sends them over SMTP.

use crate::{App, SmtpSettings};
use lettre::message::{header::ContentType, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration as StdDuration;
use time::Duration;

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    pub fn new(s: &SmtpSettings) -> Result<Self, String> {
        let from: Mailbox =
            s.from.parse().map_err(|e| format!("smtp.from '{}' is not a valid address: {e}", s.from))?;
        let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&s.host)
            .port(s.port)
            .timeout(Some(StdDuration::from_secs(20)));
        if let (Some(u), Some(p)) = (&s.username, &s.password) {
            b = b.credentials(Credentials::new(u.clone(), p.clone()));
        }
        Ok(Mailer { transport: b.build(), from })
    }

    async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), String> {
        let to: Mailbox = to.parse().map_err(|e| format!("bad recipient: {e}"))?;
        let msg = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_owned())
            .map_err(|e| e.to_string())?;
        self.transport.send(msg).await.map(|_| ()).map_err(|e| e.to_string())
    }
}

/// Sends what is due now. Returns how many were sent.
pub async fn drain_once(app: &App, mailer: &Mailer) -> crate::Result<usize> {
    let now = app.clock.now();
    let batch = app.store.claim_emails(now, now + Duration::minutes(5), 20).await?;
    let mut sent = 0;
    for email in batch {
        match mailer.send(&email.to, &email.subject, &email.body).await {
            Ok(()) => {
                app.store.mark_email_sent(email.id, app.clock.now()).await?;
                sent += 1;
            }
            Err(e) => {
                // Back off: 1, 2, 4 … minutes, at most a day.
                let wait = Duration::minutes(1i64 << email.attempts.clamp(0, 10)).min(Duration::days(1));
                tracing::warn!(email_id = email.id, attempts = email.attempts, "email not sent: {e}");
                app.store.mark_email_failed(email.id, &e, app.clock.now() + wait).await?;
            }
        }
    }
    Ok(sent)
}

/// Runs until the process stops.
pub async fn run(app: App, mailer: Mailer, every: StdDuration) {
    loop {
        match drain_once(&app, &mailer).await {
            Ok(n) if n > 0 => tracing::info!(sent = n, "outbox drained"),
            Ok(_) => {}
            Err(e) => tracing::error!("outbox: {e}"),
        }
        tokio::time::sleep(every).await;
    }
}
