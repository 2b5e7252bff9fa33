-- Schema version 9: the deadline dashboard reads one index and nothing else.
-- It showed each open deadline with its request's reference, summary,
-- instrument and direction, joined from requests: one decrypted page of the
-- requests table per request (4 KiB pages, a request's row fills one), and
-- each deadline looked up in its own table: 137 ms for 8,885 open deadlines
-- among 100,000 requests, against a budget of 100 ms (docs/performance.md).
-- Now a deadline row carries those four columns (written with it,
-- DeadlineStore::insertRows, and kept in step by the trigger below) and the
-- index holds every column the dashboard reads. Same index name, same
-- leading columns: every query that used it still does.
ALTER TABLE request_deadlines ADD COLUMN reference TEXT;
ALTER TABLE request_deadlines ADD COLUMN summary TEXT;
ALTER TABLE request_deadlines ADD COLUMN instrument TEXT;
ALTER TABLE request_deadlines ADD COLUMN direction TEXT;
UPDATE request_deadlines SET
    reference = (SELECT r.reference FROM requests r WHERE r.id = request_id),
    summary = (SELECT r.summary FROM requests r WHERE r.id = request_id),
    instrument = (SELECT r.instrument FROM requests r WHERE r.id = request_id),
    direction = (SELECT r.direction FROM requests r WHERE r.id = request_id);
CREATE TRIGGER requests_deadlines_follow
AFTER UPDATE OF reference, summary, instrument, direction ON requests BEGIN
    UPDATE request_deadlines
    SET reference = new.reference, summary = new.summary, instrument = new.instrument,
        direction = new.direction
    WHERE request_id = new.id;
END;
DROP INDEX request_deadlines_due;
CREATE INDEX request_deadlines_due
    ON request_deadlines(state, due_at, reference, kind, request_id, variant, governing_state, time_zone,
                         instrument, direction, summary);
