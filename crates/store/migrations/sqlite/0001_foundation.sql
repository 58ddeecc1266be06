-- Foundation: organisations, people, sessions, tokens, outbox, audit.
-- Times are TIMESTAMP columns holding fixed-width UTC text (YYYY-MM-DDTHH:MM:SS.ffffffZ) so they sort.

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('local-authority', 'trust', 'school')),
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES organisations (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX organisations_parent ON organisations (parent_id);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    employment_type TEXT NOT NULL,
    password_hash TEXT,
    system_admin BOOLEAN NOT NULL,
    disabled BOOLEAN NOT NULL,
    totp_secret BLOB,
    totp_enabled_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE memberships (
    user_id INTEGER NOT NULL REFERENCES users (id),
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    role TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, org_id, role)
);
CREATE INDEX memberships_org ON memberships (org_id, user_id);

CREATE TABLE recovery_codes (
    user_id INTEGER NOT NULL REFERENCES users (id),
    code_hash TEXT NOT NULL,
    used_at TIMESTAMP,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    csrf_token TEXT NOT NULL,
    pending_two_factor BOOLEAN NOT NULL,
    two_factor_verified BOOLEAN NOT NULL,
    current_org_id INTEGER,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE login_failures (
    id INTEGER PRIMARY KEY,
    throttle_key TEXT NOT NULL,
    at TIMESTAMP NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (throttle_key, at);

CREATE TABLE one_time_tokens (
    token_hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX one_time_tokens_user ON one_time_tokens (user_id);

CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_until TIMESTAMP,
    sent_at TIMESTAMP,
    last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (sent_at, next_attempt_at);

CREATE TABLE audit_heads (
    org_id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);

CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    at TIMESTAMP NOT NULL,
    actor_user_id INTEGER,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT,
    before_json TEXT,
    after_json TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (org_id, seq)
);
CREATE INDEX audit_events_at ON audit_events (org_id, at);
CREATE INDEX audit_events_actor ON audit_events (actor_user_id, at);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
