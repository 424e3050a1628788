-- PostgreSQL only: the learning log behind row-level security (V8_1 explains the settings). A student reads and
-- writes their own entries; a hospital's staff (requests that act for the hospital and for no student) read the
-- entries of the hospital's placements, and update them (an attending signs off): the supervisor and the coordinator's
-- counts are the boundary's to narrow further. Earlier versions follow their entry.

ALTER TABLE log_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE log_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY log_entry_student ON log_entry
    USING (student_subject = portal_student()) WITH CHECK (student_subject = portal_student());
CREATE POLICY log_entry_hospital_read ON log_entry FOR SELECT
    USING (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY log_entry_hospital_review ON log_entry FOR UPDATE
    USING (portal_student() IS NULL AND tenant_id = portal_hospital())
    WITH CHECK (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY log_entry_migration ON log_entry TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());

ALTER TABLE log_entry_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE log_entry_version FORCE ROW LEVEL SECURITY;
CREATE POLICY log_entry_version_student ON log_entry_version
    USING (EXISTS (SELECT 1 FROM log_entry e WHERE e.id = entry_id AND e.student_subject = portal_student()))
    WITH CHECK (EXISTS (SELECT 1 FROM log_entry e WHERE e.id = entry_id AND e.student_subject = portal_student()));
CREATE POLICY log_entry_version_hospital_read ON log_entry_version FOR SELECT
    USING (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY log_entry_version_migration ON log_entry_version TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
