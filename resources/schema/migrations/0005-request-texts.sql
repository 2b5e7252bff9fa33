-- Schema version 5: a request's free texts per language (docs/register.md,
-- "Translations").

-- The language the request's own free texts (summary, facts, offence...) are
-- written in, ISO 639-1. NULL: not stated, read as English (what every
-- request before version 5 was taken to be; docs/decisions.md).
ALTER TABLE requests ADD COLUMN text_language TEXT;

-- One free-text field of a request in one language other than its own, with
-- the state of its translation. source_hash is the SHA-256 (hex, of the UTF-8)
-- of the request's own text when this one was last written: a reviewed text
-- whose source has changed since goes back to draft.
CREATE TABLE request_texts (
    request_id  TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    field       TEXT NOT NULL CHECK (field IN ('summary', 'facts', 'offence', 'legal_qualification',
                                               'assistance_sought', 'necessity', 'procedures',
                                               'purpose')),
    language    TEXT NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status IN ('untranslated', 'draft', 'reviewed')),
    source_hash TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (request_id, field, language)
);
