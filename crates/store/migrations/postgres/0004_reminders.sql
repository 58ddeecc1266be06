-- Reminders already sent, so a sweep that runs again sends nothing twice.
CREATE TABLE reminders_sent (
    kind TEXT NOT NULL,
    subject_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    step TEXT NOT NULL,
    sent_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, subject_id, user_id, step)
);
