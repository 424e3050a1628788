-- PostgreSQL only: the student's onboarding page reads the checklists of all their placements at once, in whichever
-- hospitals, before entering any (issue 10; V8_1 explains the settings). Three read-only policies, named for their
-- reader, each limited to the signed-in student's own rows (portal.student); writing still needs the hospital.
-- (No common V35: H2 has no row-level security, and the read path needs no new column or index.)

-- placement.entity.StudentPlacement: the placements of the student's own applications.
CREATE POLICY placement_student ON placement FOR SELECT
    USING (EXISTS (SELECT 1 FROM application a
                   WHERE a.id = placement.application_id AND a.student_subject = portal_student()));

-- compliance.entity.StudentRequirement: the requirements of the hospitals where the student holds a placement
-- (an accepted application), current or retired (an item handed in for a retired one stays on the checklist).
CREATE POLICY compliance_requirement_student ON compliance_requirement FOR SELECT
    USING (EXISTS (SELECT 1 FROM application a
                   WHERE a.tenant_id = compliance_requirement.tenant_id AND a.student_subject = portal_student()
                     AND a.status = 'ACCEPTED'));

-- compliance.entity.ComplianceItem read by the student's subject: their own items in every hospital (the checklists,
-- and downloading a file they handed in). V32_1's compliance_item_student still walls writing to the hospital entered.
CREATE POLICY compliance_item_student_read ON compliance_item FOR SELECT
    USING (student_subject = portal_student());
