-- Schema version 10: four eyes, held by the register itself.
-- An outgoing request is "approved" only with a prosecutor's approval on
-- record that no later change withdrew (Session::approve writes the
-- approval, then the status), and it is sent only from there. Before these
-- triggers an import could store "approved" or "sent" with no approval at
-- all, and a signed bundle of it verified (issue 15). Every path that writes
-- the register meets them: the session's actions, an import, a bundle
-- import, a migration, a future front end. Requests already past approval
-- (sent, acknowledged, ...) stay as history; an outgoing request is never
-- moved into a status after approval except through one.
CREATE TRIGGER requests_four_eyes_insert
BEFORE INSERT ON requests
WHEN new.direction = 'outgoing' AND new.status = 'approved'
     AND NOT EXISTS (SELECT 1 FROM approvals a WHERE a.request_id = new.id AND a.withdrawn_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'four eyes: an outgoing request is stored as approved only with a prosecutor''s approval on record');
END;
CREATE TRIGGER requests_four_eyes_update
BEFORE UPDATE OF status, direction ON requests
WHEN new.direction = 'outgoing'
     AND (new.status <> old.status OR old.direction <> 'outgoing')
     AND (new.status IN ('approved', 'sent')
          OR (new.status IN ('acknowledged', 'in-execution', 'executed', 'refused')
              AND (old.status IN ('draft', 'in-review') OR old.direction <> 'outgoing')))
     AND NOT EXISTS (SELECT 1 FROM approvals a WHERE a.request_id = new.id AND a.withdrawn_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'four eyes: an outgoing request is approved or sent only with a prosecutor''s approval on record');
END;
