-- Demo data (portal.demo-data=true): published externships of the two demo hospitals, so the public search has
-- something to show. Ids are fixed (9000xx, periods 9001xx). Dates are relative to the day the portal starts: the
-- placeholder below changes at every start, so Flyway runs this file again and moves the dates forward (they never
-- expire). A row that exists already gets fresh dates only; what a coordinator changed otherwise stays.
-- Run at ${flyway:timestamp}

-- Flyway runs repeatable migrations in the order of their names, so this file runs before
-- R__demo_hospitals_and_staff.sql: the two hospitals are made sure of here too (the same idempotent inserts).
INSERT INTO hospital (id, alias, name, hospital_type, city, state, email_domain, created_at, version)
SELECT 1, 'st-marys', 'St. Mary''s Teaching Hospital', 'TEACHING_HOSPITAL', 'Brooklyn', 'NY', 'stmarys.example',
       CURRENT_TIMESTAMP, 0
WHERE NOT EXISTS (SELECT 1 FROM hospital WHERE alias = 'st-marys');

INSERT INTO hospital (id, alias, name, hospital_type, city, state, email_domain, created_at, version)
SELECT 2, 'riverside', 'Riverside Community Health Center', 'FQHC', 'Newark', 'NJ', 'riverside.example',
       CURRENT_TIMESTAMP, 0
WHERE NOT EXISTS (SELECT 1 FROM hospital WHERE alias = 'riverside');

MERGE INTO externship t
USING (VALUES
    (900001, 'st-marys', 'Internal medicine wards: hands-on externship', 'HANDS_ON_CLINICAL', 'INTERNAL_MEDICINE', 'INPATIENT', 'Brooklyn', 'NY',
     'Four weeks on the general medicine teaching wards of a university-affiliated hospital. Daily rounds with the team, noon conferences, morning report and weekly grand rounds.',
     'Take histories and examine patients, present them on rounds, draft progress notes co-signed by the attending, join family meetings.',
     4, 45, CAST(5 AS INTEGER), TRUE, TRUE, FALSE, CAST(NULL AS INTEGER), FALSE, FALSE, 'B1,PERMANENT_RESIDENT,US_CITIZEN', 'BLS,IMMUNIZATIONS', FALSE,
     CAST(150000 AS BIGINT), 'Administration, EMR access and badge', 'Full refund until 30 days before the start; half until 7 days before.',
     'Attendings who supervised you for at least four weeks may write a letter; ask in your final week.'),
    (900002, 'st-marys', 'Pediatrics clinic observership', 'OBSERVATIONAL', 'PEDIATRICS', 'OUTPATIENT', 'Brooklyn', 'NY',
     'Shadow general pediatricians in a busy outpatient clinic: well-child visits, acute visits and case conferences.',
     'Observe visits, attend teaching conferences; no hands-on patient care.',
     2, 30, CAST(NULL AS INTEGER), TRUE, FALSE, FALSE, CAST(NULL AS INTEGER), FALSE, FALSE, '', 'IMMUNIZATIONS', TRUE,
     CAST(NULL AS BIGINT), CAST(NULL AS VARCHAR(1000)), CAST(NULL AS VARCHAR(1000)),
     'No letters of recommendation from observerships.'),
    (900003, 'st-marys', 'Neurology research-hybrid externship', 'RESEARCH_HYBRID', 'NEUROLOGY', 'OUTPATIENT', 'Brooklyn', 'NY',
     'Two clinic days a week with the stroke team and three days of chart review and data collection for an ongoing outcomes study; abstract submission encouraged.',
     'See clinic patients under supervision, collect and analyse de-identified data, present at the research meeting.',
     8, 75, CAST(3 AS INTEGER), FALSE, TRUE, TRUE, CAST(230 AS INTEGER), FALSE, TRUE, 'B1,J1,US_CITIZEN', 'BLS,HIPAA_TRAINING', TRUE,
     CAST(200000 AS BIGINT), 'Administration and research software licences', 'Refund of 80% until 14 days before the start.',
     'The principal investigator writes letters for externs who complete the eight weeks.'),
    (900004, 'st-marys', 'Emergency medicine shifts', 'HANDS_ON_CLINICAL', 'EMERGENCY_MEDICINE', 'EMERGENCY', 'Brooklyn', 'NY',
     'Twelve shifts in a level-II trauma centre emergency department alongside attendings and residents.',
     'Take focused histories, examine, present, suggest a plan; assist with supervised procedures.',
     4, 20, CAST(4 AS INTEGER), FALSE, TRUE, TRUE, CAST(NULL AS INTEGER), FALSE, TRUE, 'US_CITIZEN,PERMANENT_RESIDENT,WORK_AUTHORIZED', 'BLS,BACKGROUND_CHECK,IMMUNIZATIONS', FALSE,
     CAST(250000 AS BIGINT), 'Administration, malpractice review and EMR access', 'No refund within 14 days of the start.',
     'Letters from the clerkship director after at least eight shifts.'),
    (900005, 'riverside', 'Family medicine at a community health center', 'COMMUNITY_SAFETY_NET', 'FAMILY_MEDICINE', 'OUTPATIENT', 'Newark', 'NJ',
     'Continuity clinic at a federally qualified health center serving an underserved community; chronic disease, prenatal care and preventive medicine.',
     'See patients first, present to the attending, write notes co-signed by the attending, join community outreach days.',
     4, 40, CAST(NULL AS INTEGER), TRUE, TRUE, FALSE, CAST(NULL AS INTEGER), FALSE, FALSE, '', 'IMMUNIZATIONS', TRUE,
     CAST(NULL AS BIGINT), CAST(NULL AS VARCHAR(1000)), CAST(NULL AS VARCHAR(1000)),
     'Dr. Chen writes letters for externs who completed four weeks with him.'),
    (900006, 'riverside', 'Community psychiatry externship', 'HANDS_ON_CLINICAL', 'PSYCHIATRY', 'OUTPATIENT', 'Newark', 'NJ',
     'Outpatient community psychiatry: intake assessments, medication management visits and group therapy sessions.',
     'Conduct supervised intake interviews, present formulations, draft notes co-signed by the attending.',
     6, 55, CAST(5 AS INTEGER), TRUE, TRUE, TRUE, CAST(NULL AS INTEGER), FALSE, FALSE, 'B1,US_CITIZEN,PERMANENT_RESIDENT', 'BLS,HIPAA_TRAINING', TRUE,
     CAST(50000 AS BIGINT), 'Administration', 'Full refund until 14 days before the start.',
     'Letters after six weeks, on request in the final week.')
) AS v (id, tenant_id, title, externship_type, specialty, clinical_setting, city, state, description, scope,
        duration_weeks, deadline_in_days, graduated_within_years, final_year_accepted, step1_required,
        step2ck_required, min_step2ck_score, step3_required, ecfmg_required, accepted_visas, required_documents,
        malpractice_provided, fee_cents, fee_covers, refund_policy, letter_policy)
ON t.id = v.id
WHEN MATCHED THEN UPDATE SET application_deadline = CURRENT_DATE + v.deadline_in_days
WHEN NOT MATCHED THEN INSERT (id, tenant_id, title, externship_type, specialty, clinical_setting, city, state,
        description, scope, duration_weeks, application_deadline, graduated_within_years, final_year_accepted,
        step1_required, step2ck_required, min_step2ck_score, step3_required, ecfmg_required, accepted_visas,
        required_documents, malpractice_provided, fee_cents, fee_covers, refund_policy, letter_policy, status,
        updated_at, version)
    VALUES (v.id, v.tenant_id, v.title, v.externship_type, v.specialty, v.clinical_setting, v.city, v.state,
        v.description, v.scope, v.duration_weeks, CURRENT_DATE + v.deadline_in_days, v.graduated_within_years,
        v.final_year_accepted, v.step1_required, v.step2ck_required, v.min_step2ck_score, v.step3_required,
        v.ecfmg_required, v.accepted_visas, v.required_documents, v.malpractice_provided, v.fee_cents, v.fee_covers,
        v.refund_policy, v.letter_policy, 'PUBLISHED', CURRENT_TIMESTAMP, 0);

-- Two rotation periods each, the first some weeks after the deadline, the second three months later.
MERGE INTO rotation_period t
USING (VALUES
    (900101, 'st-marys',  900001, 60,  4, 3), (900102, 'st-marys',  900001, 150, 4, 3),
    (900103, 'st-marys',  900002, 40,  2, 2), (900104, 'st-marys',  900002, 100, 2, 2),
    (900105, 'st-marys',  900003, 90,  8, 2), (900106, 'st-marys',  900003, 200, 8, 2),
    (900107, 'st-marys',  900004, 35,  4, 4), (900108, 'st-marys',  900004, 120, 4, 4),
    (900109, 'riverside', 900005, 50,  4, 2), (900110, 'riverside', 900005, 140, 4, 2),
    (900111, 'riverside', 900006, 70,  6, 1), (900112, 'riverside', 900006, 160, 6, 1)
) AS v (id, tenant_id, externship_id, start_in_days, weeks, seats)
ON t.id = v.id
WHEN MATCHED THEN UPDATE SET start_date = CURRENT_DATE + v.start_in_days,
                             end_date = CURRENT_DATE + (v.start_in_days + 7 * v.weeks)
WHEN NOT MATCHED THEN INSERT (id, tenant_id, externship_id, start_date, end_date, seats, version)
    VALUES (v.id, v.tenant_id, v.externship_id, CURRENT_DATE + v.start_in_days,
            CURRENT_DATE + (v.start_in_days + 7 * v.weeks), v.seats, 0);

-- The search reads the first and last period start and the words of its free text from the externship (kept there by
-- every save in the portal).
UPDATE externship SET
    first_start = (SELECT MIN(p.start_date) FROM rotation_period p WHERE p.externship_id = externship.id),
    last_start = (SELECT MAX(p.start_date) FROM rotation_period p WHERE p.externship_id = externship.id),
    search_text = LOWER(title || ' ' || description || ' ' || city)
WHERE id BETWEEN 900001 AND 900099;
