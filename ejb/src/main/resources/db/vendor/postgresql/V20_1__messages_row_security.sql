-- PostgreSQL only: messages behind row-level security (V8_1 explains the settings). A student reads and writes the
-- threads and messages that are theirs (by subject); a hospital's staff (transactions acting for the hospital and for
-- no student) read and write their hospital's: the boundaries narrow them to the threads that name the caller, and a
-- coordinator's list of reported messages. The delivery job (a timer: no user, no hospital) only finds the messages
-- whose e-mail has not gone yet, to learn which hospital to enter for each.
ALTER TABLE message_thread ENABLE ROW LEVEL SECURITY;
ALTER TABLE message_thread FORCE ROW LEVEL SECURITY;
CREATE POLICY message_thread_student ON message_thread
    USING (student_subject = portal_student()) WITH CHECK (student_subject = portal_student());
CREATE POLICY message_thread_hospital ON message_thread
    USING (portal_student() IS NULL AND tenant_id = portal_hospital())
    WITH CHECK (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY message_thread_migration ON message_thread TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());

ALTER TABLE thread_message ENABLE ROW LEVEL SECURITY;
ALTER TABLE thread_message FORCE ROW LEVEL SECURITY;
CREATE POLICY thread_message_student ON thread_message
    USING (EXISTS (SELECT 1 FROM message_thread t WHERE t.id = thread_id
        AND t.student_subject = portal_student()))
    WITH CHECK (EXISTS (SELECT 1 FROM message_thread t WHERE t.id = thread_id
        AND t.student_subject = portal_student()));
CREATE POLICY thread_message_hospital ON thread_message
    USING (portal_student() IS NULL AND tenant_id = portal_hospital())
    WITH CHECK (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY thread_message_pending ON thread_message FOR SELECT
    USING (portal_hospital() IS NULL AND portal_student() IS NULL AND notified_at IS NULL);
CREATE POLICY thread_message_migration ON thread_message TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
