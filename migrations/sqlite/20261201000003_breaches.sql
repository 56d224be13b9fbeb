-- The breach register (issue 12, GDPR Art. 33(5)): every suspected or real breach, notified
-- to the supervisory authority or not. A breach is a reference and a history of events;
-- its current state is the newest event. Nothing is updated or deleted: a correction is a
-- new event. What each event says is sealed with the breach register's own key (derived
-- from the keyring), bound to the breach and the event's number.
CREATE TABLE breaches (
    id          BLOB PRIMARY KEY NOT NULL,
    reference   TEXT NOT NULL UNIQUE,
    reported_at TEXT NOT NULL,
    reported_by BLOB NOT NULL REFERENCES staff (id)
) STRICT;

-- One change: who, when, what kind, and the breach's whole state after it (sealed). The
-- number counts from 1 per breach; a form names the number it was shown, so a double
-- click or a colleague saving first never writes twice (the primary key refuses it).
CREATE TABLE breach_events (
    breach_id BLOB NOT NULL REFERENCES breaches (id),
    number    INTEGER NOT NULL,
    at        TEXT NOT NULL,
    actor_id  BLOB NOT NULL REFERENCES staff (id),
    kind      TEXT NOT NULL,
    sealed    BLOB NOT NULL,
    PRIMARY KEY (breach_id, number)
) STRICT;
