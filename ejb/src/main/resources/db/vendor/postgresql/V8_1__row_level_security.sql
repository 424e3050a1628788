-- PostgreSQL only: row-level security, the second wall behind EclipseLink's tenant filter (docs/architecture.md,
-- "Tenancy"). Every tenant-owned table shows a transaction only the rows of the hospital it acts for; what must be read
-- across hospitals has a policy of its own, named for its reader. H2, the embedded database, has no row-level security.
--
-- What a transaction acts for, set transaction-locally (set_config(..., true)) on the transaction's connection:
--   portal.hospital  the hospital's alias (the tenant_id of its rows): shared.tenancy.HospitalScope, where
--                    EclipseLink's tenant is set;
--   portal.student   the signed-in student's Keycloak subject, when the request acts for no hospital:
--                    shared.tenancy.StudentScope, at the transaction's first connection;
--   portal.scope     'migration' on Flyway's own connections only (shared.control.DatabaseMigration): the owner's
--                    migrations (and the demo data) reach every row.
-- Tables are FORCEd, so the wall holds for the tables' owner as well (a single account for Flyway and the portal);
-- superusers and roles with BYPASSRLS are never walled: the portal must not connect as one.
-- Not row-secured, on purpose: hospital (platform data: the tenants themselves), clinical_passport and
-- passport_document (the student's, keyed by subject), notification (one recipient per row, every query names it),
-- and Flyway's history.

CREATE FUNCTION portal_hospital() RETURNS VARCHAR LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('portal.hospital', true), '') $$;

CREATE FUNCTION portal_student() RETURNS VARCHAR LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('portal.student', true), '') $$;

CREATE FUNCTION portal_migrating() RETURNS BOOLEAN LANGUAGE sql STABLE
    AS $$ SELECT COALESCE(current_setting('portal.scope', true) = 'migration', false) $$;

-- The tenant-owned tables (shared.entity.TenantOwned: tenant_id is the hospital's alias): the hospital's own rows,
-- for reading and writing alike (a row written for another hospital is refused); and the owner's migrations.

ALTER TABLE staff_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE staff_member FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_member_hospital ON staff_member
    USING (tenant_id = portal_hospital()) WITH CHECK (tenant_id = portal_hospital());
CREATE POLICY staff_member_migration ON staff_member TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());

ALTER TABLE externship ENABLE ROW LEVEL SECURITY;
ALTER TABLE externship FORCE ROW LEVEL SECURITY;
CREATE POLICY externship_hospital ON externship
    USING (tenant_id = portal_hospital()) WITH CHECK (tenant_id = portal_hospital());
CREATE POLICY externship_migration ON externship TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
-- The public search (listing: PublicExternship) reads published externships of every hospital, in transactions that
-- act for no hospital.
CREATE POLICY externship_public ON externship FOR SELECT
    USING (portal_hospital() IS NULL AND status = 'PUBLISHED');

ALTER TABLE rotation_period ENABLE ROW LEVEL SECURITY;
ALTER TABLE rotation_period FORCE ROW LEVEL SECURITY;
CREATE POLICY rotation_period_hospital ON rotation_period
    USING (tenant_id = portal_hospital()) WITH CHECK (tenant_id = portal_hospital());
CREATE POLICY rotation_period_migration ON rotation_period TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
-- ... and the periods of published externships (PublicRotationPeriod).
CREATE POLICY rotation_period_public ON rotation_period FOR SELECT
    USING (portal_hospital() IS NULL
           AND EXISTS (SELECT 1 FROM externship e WHERE e.id = externship_id AND e.status = 'PUBLISHED'));

ALTER TABLE application ENABLE ROW LEVEL SECURITY;
ALTER TABLE application FORCE ROW LEVEL SECURITY;
CREATE POLICY application_hospital ON application
    USING (tenant_id = portal_hospital()) WITH CHECK (tenant_id = portal_hospital());
CREATE POLICY application_migration ON application TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
-- A student reads their own applications in every hospital (application: StudentApplication, StudentReadPath), before
-- entering the hospital of one; writing still needs the hospital.
CREATE POLICY application_student ON application FOR SELECT
    USING (student_subject = portal_student());
-- The portal's housekeeping (application.control.OfferLapses, a timer: no user, no hospital) asks which hospitals
-- have offers that ran out: only those rows, and only until the housekeeping has marked them lapsed (every 5 minutes).
-- (TIMESTAMP columns hold the JVM's local time; the JDBC driver gives the session the JVM's time zone.)
CREATE POLICY application_run_out_offer ON application FOR SELECT
    USING (portal_hospital() IS NULL AND portal_student() IS NULL
           AND status = 'OFFERED' AND offer_expires_at <= LOCALTIMESTAMP);

ALTER TABLE application_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE application_event FORCE ROW LEVEL SECURITY;
CREATE POLICY application_event_hospital ON application_event
    USING (tenant_id = portal_hospital()) WITH CHECK (tenant_id = portal_hospital());
CREATE POLICY application_event_migration ON application_event TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());

ALTER TABLE placement ENABLE ROW LEVEL SECURITY;
ALTER TABLE placement FORCE ROW LEVEL SECURITY;
CREATE POLICY placement_hospital ON placement
    USING (tenant_id = portal_hospital()) WITH CHECK (tenant_id = portal_hospital());
CREATE POLICY placement_migration ON placement TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());

-- A placement's attendings (the join table of Placement, no tenant column of its own): the rows of the hospital's
-- placements, naming the hospital's own staff.
ALTER TABLE placement_attending ENABLE ROW LEVEL SECURITY;
ALTER TABLE placement_attending FORCE ROW LEVEL SECURITY;
CREATE POLICY placement_attending_hospital ON placement_attending
    USING (EXISTS (SELECT 1 FROM placement p WHERE p.id = placement_id AND p.tenant_id = portal_hospital()))
    WITH CHECK (EXISTS (SELECT 1 FROM placement p WHERE p.id = placement_id AND p.tenant_id = portal_hospital())
                AND EXISTS (SELECT 1 FROM staff_member s
                            WHERE s.id = staff_member_id AND s.tenant_id = portal_hospital()));
CREATE POLICY placement_attending_migration ON placement_attending TO CURRENT_USER
    USING (portal_migrating()) WITH CHECK (portal_migrating());
