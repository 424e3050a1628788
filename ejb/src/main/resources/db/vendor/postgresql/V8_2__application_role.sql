-- PostgreSQL only: what the portal's own account (portal.db.user, the placeholder appRole) may do in the portal's
-- schema: read and write rows and draw ids, nothing else. It owns nothing, cannot create, alter or drop, and is walled
-- by row-level security (V8_1); Flyway migrates as the owner (portal.db.owner-user). Future tables and sequences of the
-- owner are granted alike (default privileges). Flyway's history may be read, never written.
-- The role itself is the operator's (LOGIN, NOSUPERUSER, NOBYPASSRLS; README.md, "Running on PostgreSQL").
-- With one account for both (the default), the account is the owner and there is nothing to grant.

DO $$
DECLARE
    app_role    TEXT := '${appRole}';
    portal      TEXT := '${flyway:defaultSchema}';
    history     TEXT := '${flyway:table}';
BEGIN
    IF app_role = current_user THEN
        RAISE NOTICE 'The portal connects as the owner (%): row-level security holds (FORCE), schema rights stay',
            app_role;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
        RAISE EXCEPTION 'The portal''s database role % does not exist: create it (LOGIN, owning nothing) first',
            app_role;
    END IF;
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM %I', portal, app_role);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', portal, app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', portal, app_role);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %I.%I FROM %I', portal, history, app_role);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', portal, app_role);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %I.portal_hospital(), %I.portal_student(), %I.portal_migrating() TO %I',
                   portal, portal, portal, app_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   portal, app_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE ON SEQUENCES TO %I', portal, app_role);
END
$$;
