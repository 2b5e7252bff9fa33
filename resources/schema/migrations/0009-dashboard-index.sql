-- Schema version 9: the dashboard's index holds every column the dashboard
-- reads of a deadline, so that its open deadlines come from the index alone.
-- With (state, due_at) only, each open deadline was looked up in the table:
-- 60 ms of the dashboard's 137 ms for 8,885 open deadlines among 100,000
-- requests, against a budget of 100 ms (docs/performance.md). Same name,
-- same leading columns: every query that used it still does.
DROP INDEX request_deadlines_due;
CREATE INDEX request_deadlines_due
    ON request_deadlines(state, due_at, request_id, kind, variant, governing_state, time_zone);
