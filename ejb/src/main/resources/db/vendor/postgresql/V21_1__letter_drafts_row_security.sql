-- PostgreSQL only: a letter's draft behind row-level security (V8_1 explains the settings), like its versions
-- (V17_1) but with no way in for a student at all: a draft is never the letter.
ALTER TABLE letter_draft ENABLE ROW LEVEL SECURITY;
ALTER TABLE letter_draft FORCE ROW LEVEL SECURITY;
CREATE POLICY letter_draft_hospital ON letter_draft
    USING (portal_student() IS NULL AND tenant_id = portal_hospital())
    WITH CHECK (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY letter_draft_migration ON letter_draft TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
