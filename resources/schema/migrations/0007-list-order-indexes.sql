-- Schema version 7: an index for every order of the request list, each ending
-- with the reference (the list's tie-breaker), so that the list's row ids in
-- order come from an index alone. Without them every sort read and decrypted
-- every request of the register: 0.6-0.8 s for 100,000 requests, against a
-- budget of 0.1 s (docs/performance.md). The expressions are the ones
-- storage/RequestListQuery.cpp orders by, written the same way, so that
-- SQLite matches them.
CREATE INDEX requests_order_direction ON requests(direction, reference);
CREATE INDEX requests_order_status ON requests(status, reference);
CREATE INDEX requests_order_urgency
    ON requests(CASE urgency WHEN 'emergency' THEN 2 WHEN 'urgent' THEN 1 ELSE 0 END, reference);
CREATE INDEX requests_order_other_state
    ON requests(CASE direction WHEN 'outgoing' THEN requested_state ELSE requesting_state END, reference);
CREATE INDEX requests_order_summary ON requests(summary COLLATE NOCASE, reference);
CREATE INDEX requests_order_created ON requests(created_at, reference);
CREATE INDEX requests_order_next_due ON requests(next_due_at IS NULL, next_due_at, reference);
-- These two now also order by reference within their value.
DROP INDEX requests_instrument;
CREATE INDEX requests_instrument ON requests(instrument, reference);
DROP INDEX requests_updated;
CREATE INDEX requests_updated ON requests(updated_at, reference);
