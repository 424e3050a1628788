-- Issue 10: a coordinator's change of a placement (another rotation period, other supervising attendings, or both
-- in one edit) is a step on the application's timeline and a notification to the student. Both keep what changed and
-- the placement as it was after the change: its dates, and the supervising attendings' names as a list reads (none:
-- nobody named). A status change has none of these columns.
ALTER TABLE application_event ADD COLUMN rearrangement VARCHAR(24);
ALTER TABLE application_event ADD COLUMN start_date DATE;
ALTER TABLE application_event ADD COLUMN end_date DATE;
ALTER TABLE application_event ADD COLUMN attendings VARCHAR(2000);

ALTER TABLE notification ADD COLUMN rearrangement VARCHAR(24);
ALTER TABLE notification ADD COLUMN start_date DATE;
ALTER TABLE notification ADD COLUMN end_date DATE;
ALTER TABLE notification ADD COLUMN attendings VARCHAR(2000);
