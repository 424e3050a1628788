-- Demo data (portal.demo-data=true): the two hospitals and the staff of config/keycloak/externship-portal-realm.json.
-- The user ids are the fixed ids of the demo users in that realm file. Idempotent: runs again when it changes.

INSERT INTO hospital (id, alias, name, hospital_type, city, state, email_domain, created_at, version)
SELECT 1, 'st-marys', 'St. Mary''s Teaching Hospital', 'TEACHING_HOSPITAL', 'Brooklyn', 'NY', 'stmarys.example',
       CURRENT_TIMESTAMP, 0
WHERE NOT EXISTS (SELECT 1 FROM hospital WHERE alias = 'st-marys');

INSERT INTO hospital (id, alias, name, hospital_type, city, state, email_domain, created_at, version)
SELECT 2, 'riverside', 'Riverside Community Health Center', 'FQHC', 'Newark', 'NJ', 'riverside.example',
       CURRENT_TIMESTAMP, 0
WHERE NOT EXISTS (SELECT 1 FROM hospital WHERE alias = 'riverside');

INSERT INTO staff_member (id, tenant_id, keycloak_user_id, full_name, email, staff_role, title, specialty, version)
SELECT v.id, v.tenant_id, v.keycloak_user_id, v.full_name, v.email, v.staff_role, v.title, v.specialty, 0
FROM (VALUES
    (11, 'st-marys',  '11111111-0000-4000-8000-000000000001', 'Carla Mendes',   'carla@stmarys.example',  'COORDINATOR', 'Externship coordinator', NULL),
    (12, 'st-marys',  '11111111-0000-4000-8000-000000000002', 'Grace Adams',    'adams@stmarys.example',  'ATTENDING',   'Attending physician', 'Internal medicine'),
    (13, 'st-marys',  '11111111-0000-4000-8000-000000000003', 'Henry Baker',    'baker@stmarys.example',  'ATTENDING',   'Attending physician', 'Pediatrics'),
    (21, 'riverside', '22222222-0000-4000-8000-000000000001', 'Rita Okafor',    'rita@riverside.example', 'COORDINATOR', 'Program coordinator', NULL),
    (22, 'riverside', '22222222-0000-4000-8000-000000000002', 'Wei Chen',       'chen@riverside.example', 'ATTENDING',   'Attending physician', 'Family medicine'),
    (23, 'riverside', '22222222-0000-4000-8000-000000000003', 'Lucia Diaz',     'diaz@riverside.example', 'ATTENDING',   'Attending physician', 'Psychiatry'),
    -- Nadia Patel teaches at both hospitals (a member of both organizations): one entry in each directory
    (14, 'st-marys',  '55555555-0000-4000-8000-000000000001', 'Nadia Patel',    'patel@stmarys.example',  'ATTENDING',   'Attending physician', 'Internal medicine'),
    (24, 'riverside', '55555555-0000-4000-8000-000000000001', 'Nadia Patel',    'patel@stmarys.example',  'ATTENDING',   'Visiting attending',  'Internal medicine')
) AS v (id, tenant_id, keycloak_user_id, full_name, email, staff_role, title, specialty)
WHERE NOT EXISTS (SELECT 1 FROM staff_member s WHERE s.tenant_id = v.tenant_id AND s.keycloak_user_id = v.keycloak_user_id);
