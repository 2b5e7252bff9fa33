-- Schema version 2: full-text search (FTS4) over a request's reference,
-- summary, the names of its authorities and service provider, and its persons.
-- Kept current by triggers, so every writer keeps it right.
CREATE VIRTUAL TABLE request_search USING fts4(reference, summary, parties, persons, tokenize=unicode61);

CREATE TRIGGER requests_search_insert AFTER INSERT ON requests BEGIN
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
