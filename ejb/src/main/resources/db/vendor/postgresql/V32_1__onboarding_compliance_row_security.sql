-- PostgreSQL only: onboarding compliance behind row-level security (V8_1 explains the settings). Requirements are the
-- hospital's, like its externships (a student reads them once a boundary entered the hospital of their placement).
-- Checklist items are like attendance (V25_1): a student reads and writes their own, in the placement's hospital; the
-- hospital's staff read the hospital's and update them (a coordinator verifies or rejects; the expiry job claims).
ALTER TABLE compliance_requirement ENABLE ROW LEVEL SECURITY;
ALTER TABLE compliance_requirement FORCE ROW LEVEL SECURITY;
CREATE POLICY compliance_requirement_hospital ON compliance_requirement
    USING (tenant_id = portal_hospital()) WITH CHECK (tenant_id = portal_hospital());
CREATE POLICY compliance_requirement_migration ON compliance_requirement TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
ALTER TABLE compliance_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE compliance_item FORCE ROW LEVEL SECURITY;
CREATE POLICY compliance_item_student ON compliance_item
    USING (student_subject = portal_student() AND tenant_id = portal_hospital())
    WITH CHECK (student_subject = portal_student() AND tenant_id = portal_hospital());
CREATE POLICY compliance_item_hospital_read ON compliance_item FOR SELECT
    USING (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY compliance_item_hospital_check ON compliance_item FOR UPDATE
    USING (portal_student() IS NULL AND tenant_id = portal_hospital())
    WITH CHECK (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY compliance_item_migration ON compliance_item TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
