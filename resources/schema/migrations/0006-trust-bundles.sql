-- Schema version 6: signed request bundles (docs/bundle-format.md): the trust
-- store of partner authorities' certificates, and the chain-of-custody record
-- of every bundle imported.

-- A certificate the register trusts to sign bundles: a partner authority's
-- CA or signing certificate, confirmed out of band by its SHA-256
-- fingerprint. der is the certificate itself; the other columns are read
-- from it when it is added, for lists.
CREATE TABLE trusted_certificates (
    fingerprint  TEXT PRIMARY KEY,          -- SHA-256 of der, lower-case hex
    der          BLOB NOT NULL,
    subject      TEXT NOT NULL,
    issuer       TEXT NOT NULL,
    not_before   TEXT NOT NULL,             -- UTC, ISO 8601
    not_after    TEXT NOT NULL,
    authority_id TEXT REFERENCES authorities(id) ON DELETE SET NULL,
    added_by     TEXT NOT NULL DEFAULT '',
    added_at     TEXT NOT NULL
);

-- How an incoming request came into the register: the bundle's own SHA-256,
-- its file name and the verification report (JSON) at the time of import.
CREATE TABLE bundle_custody (
    id            INTEGER PRIMARY KEY,
    request_id    TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    bundle_sha256 TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    report        TEXT NOT NULL,
    imported_by   TEXT NOT NULL DEFAULT '',
    imported_at   TEXT NOT NULL
);
CREATE INDEX bundle_custody_request ON bundle_custody (request_id);
