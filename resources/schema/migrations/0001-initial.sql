-- Schema version 1: states, authorities, cases, requests, their events and links.
-- SQLite 3.15 (SQLCipher 3.4.1): no UPSERT, JSON1, RETURNING or window functions.
-- List-valued fields are canonical JSON arrays written by the application.
CREATE TABLE states (
    code        TEXT PRIMARY KEY CHECK (length(code) = 2),
    name        TEXT NOT NULL,
    languages   TEXT NOT NULL DEFAULT '[]',
    time_zone   TEXT NOT NULL,
    contact     TEXT
);

CREATE TABLE authorities (
    id          TEXT PRIMARY KEY,
    state       TEXT NOT NULL REFERENCES states(code),
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    languages   TEXT NOT NULL DEFAULT '[]',
    time_zone   TEXT NOT NULL,
    email       TEXT,
    phone       TEXT,
    address     TEXT
);
CREATE INDEX authorities_state ON authorities(state);

CREATE TABLE cases (
    id          TEXT PRIMARY KEY,
    reference   TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    offences    TEXT NOT NULL DEFAULT '[]',
    prosecutor  TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE requests (
    id                      TEXT PRIMARY KEY,
    reference               TEXT NOT NULL UNIQUE,
    direction               TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    instrument              TEXT NOT NULL,
    case_id                 TEXT REFERENCES cases(id),
    status                  TEXT NOT NULL,
    urgency                 TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent', 'emergency')),
    requesting_state        TEXT NOT NULL,
    requesting_authority_id TEXT REFERENCES authorities(id),
    requested_state         TEXT NOT NULL,
    requested_authority_id  TEXT REFERENCES authorities(id),
    service_provider        TEXT,
    summary                 TEXT NOT NULL,
    facts                   TEXT,
    offence                 TEXT,
    legal_qualification     TEXT,
    assistance_sought       TEXT,
    measures                TEXT NOT NULL DEFAULT '[]',
    identifiers             TEXT NOT NULL DEFAULT '[]',
    date_ranges             TEXT NOT NULL DEFAULT '[]',
    data_categories         TEXT NOT NULL DEFAULT '[]',
    necessity               TEXT,
    persons                 TEXT NOT NULL DEFAULT '[]',
    procedures              TEXT,
    purpose                 TEXT,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
);
CREATE INDEX requests_direction_status ON requests(direction, status);
CREATE INDEX requests_requested_state ON requests(requested_state);
CREATE INDEX requests_instrument ON requests(instrument);
CREATE INDEX requests_case ON requests(case_id);
CREATE INDEX requests_updated ON requests(updated_at);

CREATE TABLE request_events (
    request_id  TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (request_id, name, at)
);

CREATE TABLE request_links (
    from_id     TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    to_id       TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    PRIMARY KEY (from_id, to_id, kind),
    CHECK (from_id <> to_id)
);
CREATE INDEX request_links_to ON request_links(to_id);
