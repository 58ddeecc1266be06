-- Policy versions (models and school adoptions), approvals, acknowledgement campaigns.
CREATE TABLE policy_versions (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    pack_id TEXT NOT NULL,
    version_no INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    derived_from INTEGER REFERENCES policy_versions (id),
    content_hash TEXT NOT NULL,
    pack TEXT NOT NULL,
    status TEXT NOT NULL,
    created_by INTEGER,
    created_at TIMESTAMP NOT NULL,
    adopted_at TIMESTAMP,
    UNIQUE (org_id, pack_id, version_no)
);
CREATE INDEX policy_versions_org ON policy_versions (org_id, status);

CREATE TABLE policy_approvals (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES policy_versions (id),
    stage TEXT NOT NULL,
    on_date TEXT NOT NULL,
    approver TEXT NOT NULL,
    minute_ref TEXT NOT NULL,
    recorded_by INTEGER,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX policy_approvals_version ON policy_approvals (version_id);

CREATE TABLE policy_campaigns (
    version_id INTEGER PRIMARY KEY REFERENCES policy_versions (id),
    due_on TEXT NOT NULL,
    opened_at TIMESTAMP NOT NULL
);

CREATE TABLE policy_acknowledgements (
    version_id INTEGER NOT NULL REFERENCES policy_versions (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    content_hash TEXT NOT NULL,
    acknowledged_at TIMESTAMP NOT NULL,
    PRIMARY KEY (version_id, user_id)
);
