-- PostgreSQL only: letters behind row-level security (V8_1 explains the settings), and the access trail append-only.
-- A letter's versions and content are the hospital's staff's; a student's transaction sees the newest content of
-- their own letter only when they did not waive the right to read it and it is complete (the boundary's rule, held
-- by the database too): a waived letter's content is out of a student's reach whatever SQL is sent.
ALTER TABLE letter_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE letter_version FORCE ROW LEVEL SECURITY;
CREATE POLICY letter_version_hospital ON letter_version
    USING (portal_student() IS NULL AND tenant_id = portal_hospital())
    WITH CHECK (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY letter_version_unwaived_student_read ON letter_version FOR SELECT
    USING (portal_student() IS NOT NULL AND EXISTS (SELECT 1 FROM letter_request r WHERE r.id = request_id
        AND r.student_subject = portal_student() AND NOT r.waived AND r.status IN ('COMPLETE', 'DELIVERED')));
CREATE POLICY letter_version_migration ON letter_version TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());

ALTER TABLE letter_content ENABLE ROW LEVEL SECURITY;
ALTER TABLE letter_content FORCE ROW LEVEL SECURITY;
CREATE POLICY letter_content_hospital ON letter_content
    USING (portal_student() IS NULL AND tenant_id = portal_hospital())
    WITH CHECK (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY letter_content_unwaived_student_read ON letter_content FOR SELECT
    USING (portal_student() IS NOT NULL AND EXISTS (SELECT 1 FROM letter_request r WHERE r.id = request_id
        AND r.student_subject = portal_student() AND NOT r.waived AND r.status IN ('COMPLETE', 'DELIVERED')));
CREATE POLICY letter_content_migration ON letter_content TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());

-- The trail: anyone's transaction may add an entry (a student's refused attempt too, of a letter of no hospital they
-- can see: tenant_id empty, for the operator); the hospital's staff read their hospital's entries; nobody changes
-- or removes one: the rights are revoked from the owner and from the portal's role, and a trigger refuses whatever
-- is left (an owner could grant the rights back to itself).
ALTER TABLE letter_access ENABLE ROW LEVEL SECURITY;
ALTER TABLE letter_access FORCE ROW LEVEL SECURITY;
CREATE POLICY letter_access_add ON letter_access FOR INSERT WITH CHECK (true);
CREATE POLICY letter_access_hospital_read ON letter_access FOR SELECT
    USING (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY letter_access_migration_read ON letter_access FOR SELECT TO CURRENT_USER USING (portal_migrating());

CREATE FUNCTION letter_access_append_only() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the letter access trail is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER letter_access_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON letter_access
    FOR EACH STATEMENT EXECUTE FUNCTION letter_access_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON letter_access FROM CURRENT_USER;
DO $$
DECLARE
    app_role TEXT := '${appRole}';
BEGIN
    IF app_role <> current_user AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON letter_access FROM %I', app_role);
    END IF;
END
$$;
