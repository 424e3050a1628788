-- PostgreSQL only: letter requests behind row-level security (V8_1 explains the settings). A student reads and writes
-- their own requests; a hospital's staff (requests that act for the hospital and for no student) read and answer the
-- requests of the hospital's placements: the attending's boundary narrows them to the requests that name them.
ALTER TABLE letter_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE letter_request FORCE ROW LEVEL SECURITY;
CREATE POLICY letter_request_student ON letter_request
    USING (student_subject = portal_student()) WITH CHECK (student_subject = portal_student());
CREATE POLICY letter_request_hospital_read ON letter_request FOR SELECT
    USING (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY letter_request_hospital_answer ON letter_request FOR UPDATE
    USING (portal_student() IS NULL AND tenant_id = portal_hospital())
    WITH CHECK (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY letter_request_migration ON letter_request TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
