-- Staff accounts, and e-mailed links that belong to a customer or to a staff member and
-- may carry a sealed payload (the new address of an e-mail change).

-- Staff: agents, privacy officers and administrators. The e-mail address is sealed; the
-- index finds it at sign-in. No password until the one-time activation link is used.
CREATE TABLE staff (
    id                  BLOB PRIMARY KEY NOT NULL,
    email_index         BLOB NOT NULL UNIQUE,
    email_sealed        BLOB NOT NULL,
    role                TEXT NOT NULL CHECK (role IN ('agent', 'privacy_officer', 'administrator')),
    password_hash       TEXT,
    created_at          TEXT NOT NULL,
    password_changed_at TEXT
) STRICT;

-- Links are short-lived, so the old table is replaced rather than migrated: an unused
-- activation link from before this change has to be asked for again.
DROP TABLE tokens;
CREATE TABLE tokens (
    token_hash  BLOB PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('activation', 'password_reset', 'email_change',
                                              'sign_in_link', 'staff_activation')),
    customer_id BLOB REFERENCES customers (id) ON DELETE CASCADE,
    staff_id    BLOB REFERENCES staff (id) ON DELETE CASCADE,
    payload     BLOB,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT,
    CHECK ((customer_id IS NULL) <> (staff_id IS NULL))
) STRICT;
CREATE INDEX tokens_by_customer ON tokens (customer_id, kind);
CREATE INDEX tokens_by_staff ON tokens (staff_id, kind);

-- A session belongs to a customer, to a staff member, or (before sign-in) to nobody.
ALTER TABLE sessions ADD COLUMN staff_id BLOB REFERENCES staff (id) ON DELETE CASCADE;
CREATE INDEX sessions_by_staff ON sessions (staff_id);
