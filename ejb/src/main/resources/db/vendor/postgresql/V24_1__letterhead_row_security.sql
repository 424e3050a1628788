-- PostgreSQL only: the hospital's letterhead behind row-level security (V8_1 explains the settings): its staff's
-- alone, like a letter's draft (V21_1); a student never needs it.
ALTER TABLE letterhead ENABLE ROW LEVEL SECURITY;
ALTER TABLE letterhead FORCE ROW LEVEL SECURITY;
CREATE POLICY letterhead_hospital ON letterhead
    USING (portal_student() IS NULL AND tenant_id = portal_hospital())
    WITH CHECK (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY letterhead_migration ON letterhead TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
