-- PostgreSQL only: attendance behind row-level security (V8_1 explains the settings), like the learning log (V11_1):
-- a student reads and writes their own days; the hospital's staff read the days of the hospital's placements and
-- update them (an attending confirms); which attending may confirm which day is the boundary's to narrow.
ALTER TABLE attendance_day ENABLE ROW LEVEL SECURITY;
ALTER TABLE attendance_day FORCE ROW LEVEL SECURITY;
CREATE POLICY attendance_day_student ON attendance_day
    USING (student_subject = portal_student()) WITH CHECK (student_subject = portal_student());
CREATE POLICY attendance_day_hospital_read ON attendance_day FOR SELECT
    USING (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY attendance_day_hospital_confirm ON attendance_day FOR UPDATE
    USING (portal_student() IS NULL AND tenant_id = portal_hospital())
    WITH CHECK (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY attendance_day_migration ON attendance_day TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
