-- Demo data (portal.demo-data=true): a few onboarding requirements (issue 10) of the two demo hospitals, so the
-- onboarding pages are not empty. Ids are fixed (9003xx); a requirement a coordinator removed (retired) stays so.
-- Runs after R__demo_externships.sql (Flyway runs repeatable migrations in the order of their names): one
-- requirement is limited to an externship of it.
MERGE INTO compliance_requirement t
USING (VALUES
    (900301, 'st-marys', 'BLS provider card', 'BLS', CAST(NULL AS BIGINT), TRUE, CAST(NULL AS INTEGER), 'BLS'),
    (900302, 'st-marys', 'Immunisations with titers (MMR, varicella, hepatitis B)', 'IMMUNISATION', CAST(NULL AS BIGINT), TRUE, CAST(NULL AS INTEGER), 'IMMUNIZATIONS'),
    (900303, 'st-marys', 'Urine drug screen', 'DRUG_SCREEN', CAST(NULL AS BIGINT), TRUE, CAST(3 AS INTEGER), CAST(NULL AS VARCHAR(32))),
    (900304, 'st-marys', 'Signed research confidentiality policy', 'SIGNED_POLICY', CAST(900003 AS BIGINT), FALSE, CAST(NULL AS INTEGER), CAST(NULL AS VARCHAR(32))),
    (900311, 'riverside', 'Background check', 'BACKGROUND_CHECK', CAST(NULL AS BIGINT), TRUE, CAST(12 AS INTEGER), 'BACKGROUND_CHECK'),
    (900312, 'riverside', 'HIPAA training certificate', 'HIPAA_TRAINING', CAST(NULL AS BIGINT), TRUE, CAST(12 AS INTEGER), 'HIPAA_TRAINING')
) AS v (id, tenant_id, name, kind, externship_id, expires, valid_months, document_type)
ON t.id = v.id
WHEN NOT MATCHED THEN INSERT (id, tenant_id, name, kind, externship_id, expires, valid_months, document_type,
        created_at, version)
    VALUES (v.id, v.tenant_id, v.name, v.kind, v.externship_id, v.expires, v.valid_months, v.document_type,
        CURRENT_TIMESTAMP, 0);
