-- Telling customers about a breach (GDPR Art. 34). The privacy officer writes one notice
-- per breach in both languages; until it is sent it is a draft. Sending gives each chosen
-- customer a delivery: the notice at the top of their portal until they mark it read, and
-- one e-mail. The notice text is sealed with the breach register's key, bound to its id.
CREATE TABLE breach_notices (
    id           BLOB PRIMARY KEY NOT NULL,
    breach_id    BLOB NOT NULL REFERENCES breaches (id),
    created_at   TEXT NOT NULL,
    created_by   BLOB NOT NULL REFERENCES staff (id),
    -- 'all' (every customer at the moment of sending) or 'list' (the deliveries below).
    audience     TEXT NOT NULL,
    sealed       BLOB NOT NULL,
    -- 'draft', then 'sending' once confirmed, then 'sent' when every e-mail is out.
    state        TEXT NOT NULL,
    sent_at      TEXT,
    sent_by      BLOB REFERENCES staff (id),
    finished_at  TEXT
) STRICT;

CREATE INDEX breach_notices_breach ON breach_notices (breach_id);

-- One customer told. An e-mail is claimed before it is sent and marked after: a job that
-- stops in between never sends again what it claimed (at most one e-mail per customer),
-- and the privacy officer's page counts what was claimed but not confirmed.
CREATE TABLE notice_deliveries (
    notice_id       BLOB NOT NULL REFERENCES breach_notices (id),
    customer_id     BLOB NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    mail_claimed_at TEXT,
    mailed_at       TEXT,
    read_at         TEXT,
    PRIMARY KEY (notice_id, customer_id)
) STRICT;

CREATE INDEX notice_deliveries_customer ON notice_deliveries (customer_id);

-- When a breach was closed, in the clear, so that retention can delete it five years later
-- without opening its history (the register: `breach-records`). Reopened: empty again.
ALTER TABLE breaches ADD COLUMN closed_at TEXT;
