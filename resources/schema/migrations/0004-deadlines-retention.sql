-- Schema version 4: deadlines, state profiles, attachments and retention sunsets.

-- What a user did to a deadline: extend, stop or restart the clock, or an
-- earlier date the other side asked for (DESIGN.md, Deadlines).
CREATE TABLE deadline_adjustments (
    id          INTEGER PRIMARY KEY,
    request_id  TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('extend', 'stop', 'restart', 'earlier')),
    at          TEXT NOT NULL,
    amount      INTEGER NOT NULL DEFAULT 0,
    reason      TEXT NOT NULL DEFAULT '',
    article     TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX deadline_adjustments_request ON deadline_adjustments(request_id);

-- Computed from a request's events, its adjustments, its retention and the
-- catalogue; rewritten whenever one of them changes. Trails are computed on
-- demand from the same inputs.
CREATE TABLE request_deadlines (
    request_id  TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    variant     TEXT NOT NULL DEFAULT '',
    due_at      TEXT,
    state       TEXT NOT NULL CHECK (state IN ('open', 'met', 'met-late', 'stopped', 'closed')),
    PRIMARY KEY (request_id, kind, variant)
);
CREATE INDEX request_deadlines_due ON request_deadlines(state, due_at);

-- The earliest open deadline of a request, for sorting lists.
ALTER TABLE requests ADD COLUMN next_due_at TEXT;
CREATE INDEX requests_next_due ON requests(next_due_at);

-- The search index follows only the columns it indexes, so that writing
-- next_due_at does not re-index the request.
DROP TRIGGER requests_search_update;
CREATE TRIGGER requests_search_update
AFTER UPDATE OF reference, summary, requesting_authority_id, requested_authority_id, service_provider, persons
ON requests BEGIN
    DELETE FROM request_search WHERE docid = old.rowid;
    INSERT INTO request_search(docid, reference, summary, parties, persons)
    VALUES (new.rowid, new.reference, new.summary,
            coalesce((SELECT name FROM authorities WHERE id = new.requesting_authority_id), '') || ' ' ||
            coalesce((SELECT name FROM authorities WHERE id = new.requested_authority_id), '') || ' ' ||
            coalesce(new.service_provider, ''),
            new.persons);
END;

-- A user's version of a shipped state file (resources/states), as JSON.
CREATE TABLE state_profiles (
    code        TEXT PRIMARY KEY,
    profile     TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Files received under a request, each encrypted with its own key in
-- attachments/<id>. Purging sets file_key to NULL (crypto-shredding).
CREATE TABLE attachments (
    id          TEXT PRIMARY KEY,
    request_id  TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    media_type  TEXT NOT NULL DEFAULT 'application/octet-stream',
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    file_key    BLOB,
    added_at    TEXT NOT NULL,
    purged_at   TEXT
);
CREATE INDEX attachments_request ON attachments(request_id);

-- When the data received under a request must be destroyed, and why.
CREATE TABLE retention (
    request_id    TEXT PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,
    until_at      TEXT NOT NULL,
    basis         TEXT NOT NULL CHECK (basis IN ('instrument', 'case-decision', 'extension')),
    article       TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    reminder_days INTEGER NOT NULL DEFAULT 30,
    purged_at     TEXT,
    purged_by     TEXT
);
CREATE INDEX retention_until ON retention(until_at);

-- Every retention decision, kept after a purge.
CREATE TABLE retention_reviews (
    id          INTEGER PRIMARY KEY,
    request_id  TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    decision    TEXT NOT NULL CHECK (decision IN ('set', 'extend', 'purge')),
    until_at    TEXT,
    reason      TEXT NOT NULL,
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL
);
CREATE INDEX retention_reviews_request ON retention_reviews(request_id);

-- Facts the application derives and must refresh when they go stale.
CREATE TABLE derived (
    name        TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);
