-- A placement no longer copies what its application and its rotation period hold: the student and the externship's
-- title come from the application, the dates from the period (which the placement keeps: it is the seat taken).
DROP INDEX ix_placement_tenant;
DROP INDEX ix_placement_student;
ALTER TABLE placement DROP COLUMN student_subject;
ALTER TABLE placement DROP COLUMN student_name;
ALTER TABLE placement DROP COLUMN externship_title;
ALTER TABLE placement DROP COLUMN start_date;
ALTER TABLE placement DROP COLUMN end_date;
CREATE INDEX ix_placement_tenant ON placement (tenant_id, period_id);
CREATE INDEX ix_placement_attending ON placement_attending (staff_member_id);
