-- What the "your account is deleted" page shows, under its reference (DEL-2026-...).
-- No personal data: when the erasure happened, and per kept register category the date
-- its last record will be deleted (JSON). Nothing ties a receipt to the erased customer.
CREATE TABLE erasure_receipts (
    reference  TEXT PRIMARY KEY NOT NULL,
    erased_at  TEXT NOT NULL,
    kept       TEXT NOT NULL
) STRICT;
