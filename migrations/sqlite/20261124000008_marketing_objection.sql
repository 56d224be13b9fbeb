-- An objection to direct marketing (GDPR Art. 21(2)): a row means the customer objects,
-- from that moment. Absolute: no balancing of interests, so a flag is all that is needed.
CREATE TABLE marketing_objections (
    customer_id BLOB PRIMARY KEY NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    objected_at TEXT NOT NULL
) STRICT;
