-- Schema version 8: each stored deadline keeps the state whose law and
-- calendar govern it, and that state's time zone. The deadline dashboard
-- shows both beside every deadline; without them it ran the deadline engine
-- once per request with open deadlines (0.7 s for 100,000 requests against a
-- budget of 0.1 s, docs/performance.md). Derived data like the rest of the
-- table: forgetting the catalogue fingerprint makes the next unlock
-- recompute every request's deadlines (DeadlineStore::refreshIfStale), which
-- fills both; until then readers fall back to the engine for NULL rows.
ALTER TABLE request_deadlines ADD COLUMN governing_state TEXT;
ALTER TABLE request_deadlines ADD COLUMN time_zone TEXT;
DELETE FROM derived WHERE name = 'deadlines-catalogue';
