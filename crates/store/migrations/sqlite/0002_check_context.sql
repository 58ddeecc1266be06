-- What the check engine knows about each school: published details, pupils, staff names.
CREATE TABLE school_profiles (
    org_id INTEGER PRIMARY KEY REFERENCES organisations (id),
    aliases TEXT NOT NULL,
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    website TEXT NOT NULL,
    context_version INTEGER NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE pupils (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    upn TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    preferred_name TEXT,
    year_group TEXT NOT NULL,
    social_media_consent BOOLEAN NOT NULL,
    no_publish BOOLEAN NOT NULL,
    UNIQUE (org_id, upn)
);

CREATE TABLE check_staff (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations (id),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    role TEXT NOT NULL
);
CREATE INDEX check_staff_org ON check_staff (org_id);
