-- PostgreSQL only: evaluations behind row-level security (V8_1 explains the settings), like attendance (V25_1): a
-- student reads their own; the hospital's staff read the hospital's and write them (an attending evaluates); which
-- attending may evaluate which placement is the boundary's to narrow.
ALTER TABLE evaluation ENABLE ROW LEVEL SECURITY;
ALTER TABLE evaluation FORCE ROW LEVEL SECURITY;
CREATE POLICY evaluation_student_read ON evaluation FOR SELECT
    USING (student_subject = portal_student());
CREATE POLICY evaluation_hospital ON evaluation
    USING (portal_student() IS NULL AND tenant_id = portal_hospital())
    WITH CHECK (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY evaluation_migration ON evaluation TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
ALTER TABLE evaluation_reminder ENABLE ROW LEVEL SECURITY;
ALTER TABLE evaluation_reminder FORCE ROW LEVEL SECURITY;
CREATE POLICY evaluation_reminder_hospital ON evaluation_reminder
    USING (tenant_id = portal_hospital()) WITH CHECK (tenant_id = portal_hospital());
CREATE POLICY evaluation_reminder_migration ON evaluation_reminder TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
