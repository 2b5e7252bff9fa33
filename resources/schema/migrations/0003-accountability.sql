-- Schema version 3: users and roles, four-eyes approvals, the audit trail.
-- Users are the people with a key slot; their roles live here (JSON list).
CREATE TABLE users (
    name            TEXT PRIMARY KEY,
    roles           TEXT NOT NULL DEFAULT '[]',
    content_access  INTEGER NOT NULL DEFAULT 0, -- an auditor granted sight of case content
    created_at      TEXT NOT NULL
);

-- Who drafted a request: the four-eyes rule keeps them from approving it.
ALTER TABLE requests ADD COLUMN drafted_by TEXT;

CREATE TABLE approvals (
    request_id      TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    approver        TEXT NOT NULL,
    at              TEXT NOT NULL,
    comment         TEXT,
    content_hash    TEXT NOT NULL, -- SHA-256 of the request's content when approved
    withdrawn_at    TEXT,          -- set when a later change of content withdrew it
    withdrawn_by    TEXT,
    PRIMARY KEY (request_id, at)
);

-- Append-only and hash-chained: each entry's hash covers its fields and the
-- previous entry's hash (core/audit/AuditTrail.cpp). The triggers stop
-- accidental edits; the chain exposes deliberate ones.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    action      TEXT NOT NULL,
    object      TEXT NOT NULL,
    detail      TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_object ON audit_log(object);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
