-- The customer data model. Every personal field is sealed (XChaCha20-Poly1305) with the
-- customer's own data key, held wrapped in customer_keys; look-ups go through keyed blind
-- indexes. Records a law keeps after erasure are sealed with the kept-records key instead.

CREATE TABLE customers (
    id                     UUID PRIMARY KEY NOT NULL,
    customer_number_index  BYTEA NOT NULL UNIQUE,
    email_index            BYTEA NOT NULL UNIQUE,
    customer_number_sealed BYTEA NOT NULL,
    name_sealed            BYTEA NOT NULL,
    email_sealed           BYTEA NOT NULL,
    phone_sealed           BYTEA,
    address_sealed         BYTEA,
    birth_date_sealed      BYTEA,
    language_sealed        BYTEA NOT NULL,
    do_not_call            BOOLEAN NOT NULL DEFAULT FALSE,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL
);

-- Deleting a row here is the crypto-shredding step of erasure.
CREATE TABLE customer_keys (
    customer_id   UUID PRIMARY KEY NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    wrapped_key   BYTEA NOT NULL,
    master_key_id TEXT NOT NULL
);

CREATE TABLE contact_moments (
    id                UUID PRIMARY KEY NOT NULL,
    customer_id       UUID NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    channel           TEXT NOT NULL CHECK (channel IN ('phone', 'chat', 'email', 'letter')),
    occurred_at       TIMESTAMPTZ NOT NULL,
    subject_sealed    BYTEA NOT NULL,
    summary_sealed    BYTEA NOT NULL,
    transcript_sealed BYTEA,
    agent             TEXT NOT NULL,
    by_bot            BOOLEAN NOT NULL DEFAULT FALSE,
    recorded          BOOLEAN NOT NULL DEFAULT FALSE,
    recording_notice  TEXT,
    recording_consent TEXT,
    created_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX contact_moments_by_customer ON contact_moments (customer_id, occurred_at);
CREATE INDEX contact_moments_by_age ON contact_moments (channel, occurred_at);

CREATE TABLE invoices (
    id             UUID PRIMARY KEY NOT NULL,
    customer_id    UUID REFERENCES customers (id) ON DELETE SET NULL,
    number         TEXT NOT NULL UNIQUE,
    issued_on      DATE NOT NULL,
    amount_cents   BIGINT NOT NULL,
    vat_cents      BIGINT NOT NULL,
    billing_sealed BYTEA NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX invoices_by_customer ON invoices (customer_id, issued_on);
CREATE INDEX invoices_by_age ON invoices (issued_on);

CREATE TABLE payments (
    id           UUID PRIMARY KEY NOT NULL,
    invoice_id   UUID NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    paid_on      DATE NOT NULL,
    amount_cents BIGINT NOT NULL,
    method       TEXT NOT NULL CHECK (method IN ('ideal', 'direct-debit', 'transfer', 'card')),
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX payments_by_invoice ON payments (invoice_id);
CREATE INDEX payments_by_age ON payments (paid_on);

CREATE TABLE consents (
    id             UUID PRIMARY KEY NOT NULL,
    customer_id    UUID REFERENCES customers (id) ON DELETE SET NULL,
    subject_index  BYTEA NOT NULL,
    subject_sealed BYTEA NOT NULL,
    purpose        TEXT NOT NULL,
    granted        BOOLEAN NOT NULL,
    at             TIMESTAMPTZ NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('portal', 'phone', 'chat', 'email', 'letter', 'shop')),
    text_version   TEXT NOT NULL
);
CREATE INDEX consents_by_customer ON consents (customer_id, at);
CREATE INDEX consents_by_subject ON consents (subject_index, purpose, at);

CREATE TABLE requests (
    id                      UUID PRIMARY KEY NOT NULL,
    reference               TEXT NOT NULL UNIQUE,
    customer_id             UUID REFERENCES customers (id) ON DELETE SET NULL,
    subject_index           BYTEA NOT NULL,
    subject_sealed          BYTEA NOT NULL,
    kind                    TEXT NOT NULL CHECK (kind IN ('access', 'rectification', 'erasure', 'restriction', 'objection', 'complaint')),
    status                  TEXT NOT NULL CHECK (status IN ('received', 'in-progress', 'extended', 'completed', 'refused', 'withdrawn')),
    received_at             TIMESTAMPTZ NOT NULL,
    due_on                  DATE NOT NULL,
    extended_until          DATE,
    extension_reason_sealed BYTEA,
    details_sealed          BYTEA,
    closed_at               TIMESTAMPTZ
);
CREATE INDEX requests_by_customer ON requests (customer_id, received_at);
CREATE INDEX requests_by_due ON requests (status, due_on);
CREATE INDEX requests_by_closing ON requests (closed_at);

CREATE TABLE request_events (
    id          UUID PRIMARY KEY NOT NULL,
    request_id  UUID NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ NOT NULL,
    status      TEXT NOT NULL,
    note_sealed BYTEA,
    actor_kind  TEXT NOT NULL,
    actor_id    TEXT NOT NULL
);
CREATE INDEX request_events_by_request ON request_events (request_id, at);

-- Who read or changed whose data, when and why. No personal data: ids and codes only.
-- Each record's hash covers its content and the previous record's hash (tamper evidence).
CREATE TABLE audit_log (
    seq         BIGINT PRIMARY KEY NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    actor_kind  TEXT NOT NULL,
    actor_id    TEXT NOT NULL,
    actor_role  TEXT NOT NULL,
    action      TEXT NOT NULL,
    customer_id UUID,
    reason      TEXT,
    request_id  TEXT,
    prev_hash   BYTEA NOT NULL,
    hash        BYTEA NOT NULL
);
CREATE INDEX audit_log_by_customer ON audit_log (customer_id, seq);
CREATE INDEX audit_log_by_age ON audit_log (at);

-- Background jobs (retention) take a lease here, so two instances never run one at once.
CREATE TABLE job_leases (
    name        TEXT PRIMARY KEY NOT NULL,
    holder      TEXT,
    held_until  TIMESTAMPTZ
);
