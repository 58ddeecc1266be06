-- Policy reviews: scheduled or triggered (R-005), consulted on (R-006), closed with an outcome.
CREATE TABLE policy_reviews (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    version_id INTEGER NOT NULL REFERENCES policy_versions (id),
    trigger_kind TEXT NOT NULL,
    description TEXT NOT NULL,
    state TEXT NOT NULL,
    outcome TEXT,
    outcome_version_id INTEGER REFERENCES policy_versions (id),
    outcome_note TEXT NOT NULL DEFAULT '',
    opened_by INTEGER,
    opened_at TIMESTAMP NOT NULL,
    closed_by INTEGER,
    closed_at TIMESTAMP
);
CREATE INDEX policy_reviews_org ON policy_reviews (org_id, state);

CREATE TABLE review_consultations (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES policy_reviews (id),
    consultee TEXT NOT NULL,
    consulted_on TEXT NOT NULL,
    summary TEXT NOT NULL,
    recorded_by INTEGER,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX review_consultations_review ON review_consultations (review_id);
