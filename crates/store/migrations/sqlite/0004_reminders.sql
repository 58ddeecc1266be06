-- Reminders already sent, so a sweep that runs again sends nothing twice.
CREATE TABLE reminders_sent (
    kind TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    step TEXT NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, subject_id, user_id, step)
);
