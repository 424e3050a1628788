-- Seats left ("1 of 4 seats left") on public and coordinator pages without counting applications per page: each
-- period keeps how many of its seats offers and acceptances hold (application.control.SeatLedger recounts it, under
-- the period's lock, whenever an application moves into or out of OFFERED or ACCEPTED). Public readers could not
-- count applications anyway: row-level security (PostgreSQL) shows them no application of any hospital.
ALTER TABLE rotation_period ADD COLUMN seats_held INTEGER DEFAULT 0 NOT NULL;

UPDATE rotation_period SET seats_held = (
    SELECT COUNT(*) FROM application a
    WHERE a.period_id = rotation_period.id
      AND (a.status = 'ACCEPTED' OR (a.status = 'OFFERED' AND a.offer_expires_at > LOCALTIMESTAMP)));
