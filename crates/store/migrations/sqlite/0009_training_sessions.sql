-- Training sessions the school plans (R-117); attendance becomes completions (R-118).
CREATE TABLE training_sessions (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    course_id INTEGER NOT NULL REFERENCES training_courses (id),
    on_date TEXT NOT NULL,
    place TEXT NOT NULL,
    created_by INTEGER,
    created_at TIMESTAMP NOT NULL,
    attendance_recorded_at TIMESTAMP
);
CREATE INDEX training_sessions_org ON training_sessions (org_id, on_date);
