-- Staff accounts, and e-mailed links that belong to a customer or to a staff member and
-- may carry a sealed payload (the new address of an e-mail change).

-- Staff: agents, privacy officers and administrators. The e-mail address is sealed; the
-- index finds it at sign-in. No password until the one-time activation link is used.
CREATE TABLE staff (
    id                  UUID PRIMARY KEY NOT NULL,
    email_index         BYTEA NOT NULL UNIQUE,
    email_sealed        BYTEA NOT NULL,
    role                TEXT NOT NULL CHECK (role IN ('agent', 'privacy_officer', 'administrator')),
    password_hash       TEXT,
    created_at          TIMESTAMPTZ NOT NULL,
    password_changed_at TIMESTAMPTZ
);

-- Links are short-lived, so the old table is replaced rather than migrated: an unused
-- activation link from before this change has to be asked for again.
DROP TABLE tokens;
CREATE TABLE tokens (
    token_hash  BYTEA PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('activation', 'password_reset', 'email_change',
                                              'sign_in_link', 'staff_activation')),
    customer_id UUID REFERENCES customers (id) ON DELETE CASCADE,
    staff_id    UUID REFERENCES staff (id) ON DELETE CASCADE,
    payload     BYTEA,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    CHECK ((customer_id IS NULL) <> (staff_id IS NULL))
);
CREATE INDEX tokens_by_customer ON tokens (customer_id, kind);
CREATE INDEX tokens_by_staff ON tokens (staff_id, kind);

-- A session belongs to a customer, to a staff member, or (before sign-in) to nobody.
ALTER TABLE sessions ADD COLUMN staff_id UUID REFERENCES staff (id) ON DELETE CASCADE;
CREATE INDEX sessions_by_staff ON sessions (staff_id);
