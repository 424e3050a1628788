-- PostgreSQL only: ERAS experience drafts behind row-level security (V8_1 explains the settings). A draft is the
-- student's alone: only a transaction acting for that student (portal.student) reads or writes it; no hospital's
-- staff sees drafts, whatever placement they were drafted from. The owner's migrations reach every row.

ALTER TABLE experience_draft ENABLE ROW LEVEL SECURITY;
ALTER TABLE experience_draft FORCE ROW LEVEL SECURITY;
CREATE POLICY experience_draft_student ON experience_draft
    USING (student_subject = portal_student()) WITH CHECK (student_subject = portal_student());
CREATE POLICY experience_draft_migration ON experience_draft TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
