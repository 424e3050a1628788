-- Demo data (portal.demo-data=true): a program under way at St. Mary's, so a coordinator's week has something to run
-- (issue 10). Mariam Nasser (demo student mariam) is in the last days of four weeks on the internal medicine consult
-- service (an externship no longer listed), marked started on her first day, supervised by Grace Adams: her attending
-- may evaluate her, her coordinator complete the placement, and she then gets her certificate.
-- Dates are relative to the day the portal starts: the placeholder below changes at every start, so Flyway runs this
-- file again and moves them (as R__demo_externships.sql does). Once the placement is completed, nothing here touches
-- it again. Ids are fixed: externship 900090, period 900190, application and placement 900290.
-- Run at ${flyway:timestamp}

INSERT INTO externship (id, tenant_id, title, externship_type, specialty, clinical_setting, city, state,
        description, scope, duration_weeks, application_deadline, graduated_within_years, final_year_accepted,
        step1_required, step2ck_required, min_step2ck_score, step3_required, ecfmg_required, accepted_visas,
        required_documents, malpractice_provided, fee_cents, fee_covers, refund_policy, letter_policy, status,
        updated_at, version)
SELECT 900090, tenant_id, 'Internal medicine consult service', externship_type, specialty, clinical_setting, city,
       state, 'Four weeks with the internal medicine consult team: new consults every day, follow-up visits, and the '
       || 'service''s teaching conference.', scope, 4, CURRENT_DATE - 60, graduated_within_years,
       final_year_accepted, step1_required, step2ck_required, min_step2ck_score, step3_required, ecfmg_required,
       accepted_visas, required_documents, malpractice_provided, fee_cents, fee_covers, refund_policy, letter_policy,
       'CLOSED', CURRENT_TIMESTAMP, 0
FROM externship WHERE id = 900001 AND NOT EXISTS (SELECT 1 FROM externship WHERE id = 900090);

MERGE INTO rotation_period t
USING (VALUES (900190, 'st-marys', 900090)) AS v (id, tenant_id, externship_id)
ON t.id = v.id
WHEN MATCHED AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.id = 900290 AND p.completed_at IS NOT NULL)
    THEN UPDATE SET start_date = CURRENT_DATE - 25, end_date = CURRENT_DATE + 2
WHEN NOT MATCHED THEN INSERT (id, tenant_id, externship_id, start_date, end_date, seats, seats_held, version)
    VALUES (v.id, v.tenant_id, v.externship_id, CURRENT_DATE - 25, CURRENT_DATE + 2, 1, 1, 0);

UPDATE externship SET
    first_start = (SELECT MIN(p.start_date) FROM rotation_period p WHERE p.externship_id = externship.id),
    last_start = (SELECT MAX(p.start_date) FROM rotation_period p WHERE p.externship_id = externship.id),
    search_text = LOWER(title || ' ' || description || ' ' || city)
WHERE id = 900090;

MERGE INTO application t
USING (VALUES (900290, 'st-marys', 900090, 900190, '33333333-0000-4000-8000-000000000004', 'Mariam Nasser',
               'mariam@students.example')) AS v (id, tenant_id, externship_id, period_id, student_subject, student_name,
                                               student_email)
ON t.id = v.id
WHEN MATCHED AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.id = 900290 AND p.completed_at IS NOT NULL)
    THEN UPDATE SET start_date = CURRENT_DATE - 25, end_date = CURRENT_DATE + 2
WHEN NOT MATCHED THEN INSERT (id, tenant_id, externship_id, period_id, student_subject, student_name, student_email,
        externship_title, hospital_name, start_date, end_date, statement, status, submitted_at, offered_at,
        accepted_at, updated_at, version)
    VALUES (v.id, v.tenant_id, v.externship_id, v.period_id, v.student_subject, v.student_name, v.student_email,
            'Internal medicine consult service', 'St. Mary''s Teaching Hospital', CURRENT_DATE - 25,
            CURRENT_DATE + 2, 'I would like to see how a consult service thinks through a question from another team.',
            'ACCEPTED', CURRENT_TIMESTAMP - INTERVAL '70' DAY, CURRENT_TIMESTAMP - INTERVAL '55' DAY,
            CURRENT_TIMESTAMP - INTERVAL '50' DAY, CURRENT_TIMESTAMP - INTERVAL '50' DAY, 0);

INSERT INTO application_event (id, tenant_id, application_id, status, actor, actor_name, occurred_at, version)
SELECT v.id, 'st-marys', 900290, v.status, v.actor, v.actor_name, CURRENT_TIMESTAMP - v.days_ago * INTERVAL '1' DAY, 0
FROM (VALUES (900291, 'DRAFT', 'STUDENT', 'Mariam Nasser', 71), (900292, 'SUBMITTED', 'STUDENT', 'Mariam Nasser', 70),
             (900293, 'OFFERED', 'COORDINATOR', 'Carla Mendes', 55), (900294, 'ACCEPTED', 'STUDENT', 'Mariam Nasser', 50))
    AS v (id, status, actor, actor_name, days_ago)
WHERE NOT EXISTS (SELECT 1 FROM application_event e WHERE e.id = v.id);

MERGE INTO placement t
USING (VALUES (900290, 'st-marys', 900290, 900190)) AS v (id, tenant_id, application_id, period_id)
ON t.id = v.id
WHEN MATCHED AND t.completed_at IS NULL
    THEN UPDATE SET started_at = CAST(CURRENT_DATE - 25 AS TIMESTAMP) + INTERVAL '8' HOUR
WHEN NOT MATCHED THEN INSERT (id, tenant_id, application_id, period_id, created_at, started_at, started_by, version)
    VALUES (v.id, v.tenant_id, v.application_id, v.period_id, CURRENT_TIMESTAMP - INTERVAL '50' DAY,
            CAST(CURRENT_DATE - 25 AS TIMESTAMP) + INTERVAL '8' HOUR, 'Carla Mendes', 0);

INSERT INTO placement_attending (placement_id, staff_member_id)
SELECT 900290, 12 WHERE NOT EXISTS (SELECT 1 FROM placement_attending WHERE placement_id = 900290);

-- Her days on site so far, eight hours each, confirmed by her attending (ids 900300 to 900399; moved with the dates).
DELETE FROM attendance_day WHERE id BETWEEN 900300 AND 900399
    AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.id = 900290 AND p.completed_at IS NOT NULL);
INSERT INTO attendance_day (id, tenant_id, placement_id, student_subject, on_day, hours, note, status, logged_at,
        confirmed_by, confirmed_at, version)
SELECT 900300 + v.days_ago, 'st-marys', 900290, '33333333-0000-4000-8000-000000000004', CURRENT_DATE - v.days_ago,
       8, NULL, 'CONFIRMED', CAST(CURRENT_DATE - v.days_ago AS TIMESTAMP) + INTERVAL '18' HOUR, 'Grace Adams',
       CAST(CURRENT_DATE - v.days_ago AS TIMESTAMP) + INTERVAL '19' HOUR, 0
FROM (VALUES (25), (24), (23), (22), (21), (18), (17), (16), (15), (14), (11), (10), (9), (8), (7)) AS v (days_ago)
WHERE NOT EXISTS (SELECT 1 FROM placement p WHERE p.id = 900290 AND p.completed_at IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM attendance_day d WHERE d.placement_id = 900290 AND d.on_day = CURRENT_DATE - v.days_ago);
