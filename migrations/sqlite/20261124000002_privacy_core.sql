-- The customer data model. Every personal field is sealed (XChaCha20-Poly1305) with the
-- customer's own data key, held wrapped in customer_keys; look-ups go through keyed blind
-- indexes. Records a law keeps after erasure are sealed with the kept-records key instead.

CREATE TABLE customers (
    id                     BLOB PRIMARY KEY NOT NULL,
    customer_number_index  BLOB NOT NULL UNIQUE,
    email_index            BLOB NOT NULL UNIQUE,
    customer_number_sealed BLOB NOT NULL,
    name_sealed            BLOB NOT NULL,
    email_sealed           BLOB NOT NULL,
    phone_sealed           BLOB,
    address_sealed         BLOB,
    birth_date_sealed      BLOB,
    language_sealed        BLOB NOT NULL,
    do_not_call            INTEGER NOT NULL DEFAULT 0,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
) STRICT;

-- Deleting a row here is the crypto-shredding step of erasure.
CREATE TABLE customer_keys (
    customer_id   BLOB PRIMARY KEY NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    wrapped_key   BLOB NOT NULL,
    master_key_id TEXT NOT NULL
) STRICT;

CREATE TABLE contact_moments (
    id                BLOB PRIMARY KEY NOT NULL,
    customer_id       BLOB NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    channel           TEXT NOT NULL CHECK (channel IN ('phone', 'chat', 'email', 'letter')),
    occurred_at       TEXT NOT NULL,
    subject_sealed    BLOB NOT NULL,
    summary_sealed    BLOB NOT NULL,
    transcript_sealed BLOB,
    agent             TEXT NOT NULL,
    by_bot            INTEGER NOT NULL DEFAULT 0,
    recorded          INTEGER NOT NULL DEFAULT 0,
    recording_notice  TEXT,
    recording_consent TEXT,
    created_at        TEXT NOT NULL
) STRICT;
CREATE INDEX contact_moments_by_customer ON contact_moments (customer_id, occurred_at);
CREATE INDEX contact_moments_by_age ON contact_moments (channel, occurred_at);

CREATE TABLE invoices (
    id             BLOB PRIMARY KEY NOT NULL,
    customer_id    BLOB REFERENCES customers (id) ON DELETE SET NULL,
    number         TEXT NOT NULL UNIQUE,
    issued_on      TEXT NOT NULL,
    amount_cents   INTEGER NOT NULL,
    vat_cents      INTEGER NOT NULL,
    billing_sealed BLOB NOT NULL,
    created_at     TEXT NOT NULL
) STRICT;
CREATE INDEX invoices_by_customer ON invoices (customer_id, issued_on);
CREATE INDEX invoices_by_age ON invoices (issued_on);

CREATE TABLE payments (
    id           BLOB PRIMARY KEY NOT NULL,
    invoice_id   BLOB NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    paid_on      TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    method       TEXT NOT NULL CHECK (method IN ('ideal', 'direct-debit', 'transfer', 'card')),
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX payments_by_invoice ON payments (invoice_id);
CREATE INDEX payments_by_age ON payments (paid_on);

CREATE TABLE consents (
    id             BLOB PRIMARY KEY NOT NULL,
    customer_id    BLOB REFERENCES customers (id) ON DELETE SET NULL,
    subject_index  BLOB NOT NULL,
    subject_sealed BLOB NOT NULL,
    purpose        TEXT NOT NULL,
    granted        INTEGER NOT NULL,
    at             TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('portal', 'phone', 'chat', 'email', 'letter', 'shop')),
    text_version   TEXT NOT NULL
) STRICT;
CREATE INDEX consents_by_customer ON consents (customer_id, at);
CREATE INDEX consents_by_subject ON consents (subject_index, purpose, at);

CREATE TABLE requests (
    id                      BLOB PRIMARY KEY NOT NULL,
    reference               TEXT NOT NULL UNIQUE,
    customer_id             BLOB REFERENCES customers (id) ON DELETE SET NULL,
    subject_index           BLOB NOT NULL,
    subject_sealed          BLOB NOT NULL,
    kind                    TEXT NOT NULL CHECK (kind IN ('access', 'rectification', 'erasure', 'restriction', 'objection', 'complaint')),
    status                  TEXT NOT NULL CHECK (status IN ('received', 'in-progress', 'extended', 'completed', 'refused', 'withdrawn')),
    received_at             TEXT NOT NULL,
    due_on                  TEXT NOT NULL,
    extended_until          TEXT,
    extension_reason_sealed BLOB,
    details_sealed          BLOB,
    closed_at               TEXT
) STRICT;
CREATE INDEX requests_by_customer ON requests (customer_id, received_at);
CREATE INDEX requests_by_due ON requests (status, due_on);
CREATE INDEX requests_by_closing ON requests (closed_at);

CREATE TABLE request_events (
    id          BLOB PRIMARY KEY NOT NULL,
    request_id  BLOB NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    status      TEXT NOT NULL,
    note_sealed BLOB,
    actor_kind  TEXT NOT NULL,
    actor_id    TEXT NOT NULL
) STRICT;
CREATE INDEX request_events_by_request ON request_events (request_id, at);

-- Who read or changed whose data, when and why. No personal data: ids and codes only.
-- Each record's hash covers its content and the previous record's hash (tamper evidence).
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY NOT NULL,
    at          TEXT NOT NULL,
    actor_kind  TEXT NOT NULL,
    actor_id    TEXT NOT NULL,
    actor_role  TEXT NOT NULL,
    action      TEXT NOT NULL,
    customer_id BLOB,
    reason      TEXT,
    request_id  TEXT,
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL
) STRICT;
CREATE INDEX audit_log_by_customer ON audit_log (customer_id, seq);
CREATE INDEX audit_log_by_age ON audit_log (at);

-- Background jobs (retention) take a lease here, so two instances never run one at once.
CREATE TABLE job_leases (
    name        TEXT PRIMARY KEY NOT NULL,
    holder      TEXT,
    held_until  TEXT
) STRICT;
