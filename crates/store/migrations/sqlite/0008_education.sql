-- Online-safety teaching (R-120) and guidance offered to parents and carers (R-121).
CREATE TABLE education_records (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL,
    on_date TEXT NOT NULL,
    audience TEXT NOT NULL,
    topic TEXT NOT NULL,
    notes TEXT NOT NULL,
    link TEXT NOT NULL,
    recorded_by INTEGER,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX education_records_org ON education_records (org_id, kind, on_date);
