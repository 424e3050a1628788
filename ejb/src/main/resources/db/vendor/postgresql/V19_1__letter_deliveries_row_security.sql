-- PostgreSQL only: letter deliveries behind row-level security (V8_1 explains the settings). A student reads their own
-- deliveries, adds them, and withdraws one the writer has not delivered; the hospital's staff read and deliver those
-- of the hospital's letters. A link's recipient reaches a delivery only through the hospital named in the link.
ALTER TABLE letter_delivery ENABLE ROW LEVEL SECURITY;
ALTER TABLE letter_delivery FORCE ROW LEVEL SECURITY;
CREATE POLICY letter_delivery_student_read ON letter_delivery FOR SELECT
    USING (student_subject = portal_student());
CREATE POLICY letter_delivery_student_add ON letter_delivery FOR INSERT
    WITH CHECK (student_subject = portal_student() AND status = 'WAITING');
CREATE POLICY letter_delivery_student_withdraw ON letter_delivery FOR DELETE
    USING (student_subject = portal_student() AND status = 'WAITING');
CREATE POLICY letter_delivery_hospital ON letter_delivery
    USING (portal_student() IS NULL AND tenant_id = portal_hospital())
    WITH CHECK (portal_student() IS NULL AND tenant_id = portal_hospital());
CREATE POLICY letter_delivery_migration ON letter_delivery TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
