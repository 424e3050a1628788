-- PostgreSQL only: certificates behind row-level security (V8_1 explains the settings): the hospital's staff read and
-- write the hospital's (issued at completion, revoked); a student reads their own; a transaction that acts for no
-- hospital (the public verification page, which asks by code) reads them, and writes none.
ALTER TABLE certificate ENABLE ROW LEVEL SECURITY;
ALTER TABLE certificate FORCE ROW LEVEL SECURITY;
CREATE POLICY certificate_hospital ON certificate
    USING (portal_student() IS NULL AND tenant_id = portal_hospital())
    WITH CHECK (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY certificate_public_read ON certificate FOR SELECT
    USING (portal_hospital() IS NULL);
CREATE POLICY certificate_migration ON certificate TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
CREATE POLICY certificate_student_read ON certificate FOR SELECT
    USING (student_subject = portal_student());
