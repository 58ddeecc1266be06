-- The policy referred to at a new starter's induction (R-011), once per person per organisation.
CREATE TABLE policy_inductions (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    inducted_on TEXT NOT NULL,
    note TEXT NOT NULL,
    recorded_by BIGINT,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
-- Guidance from professional associations and trade unions shown to staff (R-014).
CREATE TABLE guidance_links (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (org_id, position)
);
