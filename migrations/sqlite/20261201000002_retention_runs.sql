-- The report of each retention run (issue 11), for the privacy officer: when it ran and,
-- per category, how many records went and how many a law keeps (and which law, as a
-- register law id). Counts and register ids only, no personal data.
CREATE TABLE retention_runs (
    id     BLOB PRIMARY KEY NOT NULL,
    ran_at TEXT NOT NULL
) STRICT;
CREATE INDEX retention_runs_by_time ON retention_runs (ran_at);

-- One line of a run's report, in the order the run took the categories. `kept` and
-- `kept_because` are set for the categories a law keeps after erasure.
CREATE TABLE retention_run_categories (
    run_id       BLOB NOT NULL REFERENCES retention_runs (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    category     TEXT NOT NULL,
    cutoff       TEXT NOT NULL,
    deleted      INTEGER NOT NULL,
    kept         INTEGER,
    kept_because TEXT,
    PRIMARY KEY (run_id, position)
) STRICT;
