-- The staff side of requests (issue 11): who works a request, what it waits for, and
-- what waits for the privacy officer's approval (four eyes on extensions and refusals).
-- The statuses stay as they are: "waiting for the customer" and a pending proposal are
-- states of an open request, kept in their own columns.
ALTER TABLE requests ADD COLUMN assigned_to UUID REFERENCES staff (id);
-- Set when staff asked the customer for information; cleared when work goes on. The
-- deadline keeps running (Art. 12(3) counts from receipt).
ALTER TABLE requests ADD COLUMN waiting_since TIMESTAMPTZ;
-- An agent's proposal: 'extend' (with months) or 'refuse' (with a reason code). Its
-- free text is sealed with the kept-records key, bound to the request's id.
ALTER TABLE requests ADD COLUMN proposal TEXT CHECK (proposal IN ('extend', 'refuse'));
ALTER TABLE requests ADD COLUMN proposal_months BIGINT;
ALTER TABLE requests ADD COLUMN proposal_reason TEXT;
ALTER TABLE requests ADD COLUMN proposal_sealed BYTEA;
ALTER TABLE requests ADD COLUMN proposed_by UUID REFERENCES staff (id);
ALTER TABLE requests ADD COLUMN proposed_at TIMESTAMPTZ;
-- When the extension took effect, and the reason code of a refusal.
ALTER TABLE requests ADD COLUMN extended_at TIMESTAMPTZ;
ALTER TABLE requests ADD COLUMN refusal_reason TEXT;
-- Counts the changes: an action names the version it was shown, so a double click or the
-- back button never applies it twice.
ALTER TABLE requests ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
CREATE INDEX requests_by_assignee ON requests (assigned_to, status);

-- Staff notes about a request. Notes about a person are that person's data: sealed with
-- the customer's own key (gone with it on erasure), part of their Art. 15 export, but not
-- shown on their request page.
CREATE TABLE request_notes (
    id          UUID PRIMARY KEY NOT NULL,
    request_id  UUID NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    customer_id UUID NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ NOT NULL,
    staff_id    UUID NOT NULL,
    note_sealed BYTEA NOT NULL
);
CREATE INDEX request_notes_by_request ON request_notes (request_id, at);
CREATE INDEX request_notes_by_customer ON request_notes (customer_id, at);

-- A restriction of processing (Art. 18) granted on a request: a row means the customer's
-- data is only stored, not otherwise used, from that moment.
CREATE TABLE processing_restrictions (
    customer_id   UUID PRIMARY KEY NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    restricted_at TIMESTAMPTZ NOT NULL,
    reference     TEXT NOT NULL
);
