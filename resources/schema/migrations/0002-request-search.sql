-- Schema version 2: full-text search (FTS4) over a request's reference,
-- summary, the names of its authorities and service provider, and its persons.
-- Kept current by triggers, so every writer keeps it right.
--
-- Bulk loads index in one statement instead: FTS4 flushes its pending terms
-- at every statement savepoint, so indexing row by row inside a large import
-- writes (and encrypts) a new segment per row. While request_search_bulk has
-- a row, the insert trigger stands aside and the importer indexes the new rows
-- itself before it commits (interchange/RegisterExchange.cpp).
CREATE VIRTUAL TABLE request_search USING fts4(reference, summary, parties, persons, tokenize=unicode61);
CREATE TABLE request_search_bulk (since_rowid INTEGER NOT NULL);

CREATE TRIGGER requests_search_insert AFTER INSERT ON requests
WHEN NOT EXISTS (SELECT 1 FROM request_search_bulk) BEGIN
    INSERT INTO request_search(docid, reference, summary, parties, persons)
    VALUES (new.rowid, new.reference, new.summary,
            coalesce((SELECT name FROM authorities WHERE id = new.requesting_authority_id), '') || ' ' ||
            coalesce((SELECT name FROM authorities WHERE id = new.requested_authority_id), '') || ' ' ||
            coalesce(new.service_provider, ''),
            new.persons);
END;

CREATE TRIGGER requests_search_update AFTER UPDATE ON requests BEGIN
    DELETE FROM request_search WHERE docid = old.rowid;
    INSERT INTO request_search(docid, reference, summary, parties, persons)
    VALUES (new.rowid, new.reference, new.summary,
            coalesce((SELECT name FROM authorities WHERE id = new.requesting_authority_id), '') || ' ' ||
            coalesce((SELECT name FROM authorities WHERE id = new.requested_authority_id), '') || ' ' ||
            coalesce(new.service_provider, ''),
            new.persons);
END;

CREATE TRIGGER requests_search_delete AFTER DELETE ON requests BEGIN
    DELETE FROM request_search WHERE docid = old.rowid;
END;

INSERT INTO request_search(docid, reference, summary, parties, persons)
SELECT r.rowid, r.reference, r.summary,
       coalesce(a1.name, '') || ' ' || coalesce(a2.name, '') || ' ' || coalesce(r.service_provider, ''),
       r.persons
FROM requests r
LEFT JOIN authorities a1 ON a1.id = r.requesting_authority_id
LEFT JOIN authorities a2 ON a2.id = r.requested_authority_id;
