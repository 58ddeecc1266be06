-- Training: each school's catalogue, and who completed what, when, and until when it counts.
CREATE TABLE training_courses (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    valid_months INTEGER,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (org_id, code)
);

CREATE TABLE training_completions (
    id INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL REFERENCES training_courses (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    completed_on TEXT NOT NULL,
    expires_on TEXT,
    recorded_by INTEGER,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX training_completions_user ON training_completions (user_id, course_id);
