-- Portal accounts, server-side sessions and single-use e-mailed tokens.

-- A customer's portal access: exists once they activated it and chose a password.
CREATE TABLE accounts (
    customer_id         UUID PRIMARY KEY NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    password_hash       TEXT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    password_changed_at TIMESTAMPTZ NOT NULL
);

-- Sessions live here, not in the cookie. `session_id` is a random id a signed-in
-- session carries in its state, so the sessions page can tell this one from the others.
-- Sessions live here, not in the cookie. The key is stored hashed, so a copy of the
-- database yields no usable cookie. Erasing a customer ends their sessions (cascade).
CREATE TABLE sessions (
    key_hash     BYTEA PRIMARY KEY NOT NULL,
    session_id   TEXT,
    customer_id  UUID REFERENCES customers (id) ON DELETE CASCADE,
    state        TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    last_seen_at TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_by_customer ON sessions (customer_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- Activation, password-reset, e-mail-change and sign-in links: stored hashed, single use,
-- expiring; a new one replaces the unused ones of its kind.
CREATE TABLE tokens (
    token_hash  BYTEA PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('activation', 'password-reset', 'email-change', 'sign-in-link')),
    customer_id UUID NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX tokens_by_customer ON tokens (customer_id, kind);

-- Sign-in attempts, for throttling and for the customer's "recent sign-ins". Neither the
-- e-mail address typed nor the client address is stored: only keyed hashes of them.
CREATE TABLE sign_in_attempts (
    id          UUID PRIMARY KEY NOT NULL,
    customer_id UUID REFERENCES customers (id) ON DELETE CASCADE,
    account_key BYTEA NOT NULL,
    address_key BYTEA NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    success     BOOLEAN NOT NULL
);
CREATE INDEX sign_in_attempts_by_account ON sign_in_attempts (account_key, at);
CREATE INDEX sign_in_attempts_by_address ON sign_in_attempts (address_key, at);
CREATE INDEX sign_in_attempts_by_customer ON sign_in_attempts (customer_id, at);
