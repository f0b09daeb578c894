-- Least privilege (docs/deployment.md): the application connects as a login that is a member of the group role
-- motcua_app, which may read and write the ordinary tables but only read and append the history and the audit log,
-- and owns nothing, so it cannot change a table, disable the append-only triggers or truncate. Migrations run as the
-- owner of the tables (MIGRATION_DATABASE_URL). A history table added later must revoke UPDATE and DELETE again.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'motcua_app') THEN
    BEGIN
      CREATE ROLE motcua_app NOLOGIN;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE EXCEPTION 'The role motcua_app does not exist and % may not create roles. Ask the database administrator to run: CREATE ROLE motcua_app NOLOGIN; (docs/deployment.md)', current_user;
    END;
  END IF;
END $$;

-- Tables are created by the owner only (PostgreSQL 15 already refuses CREATE in public to other roles).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO motcua_app;

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO motcua_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO motcua_app;
-- The history and the audit log: read and append only (the triggers refuse UPDATE, DELETE and TRUNCATE to anyone;
-- without the privileges the application cannot even reach them).
REVOKE UPDATE, DELETE, TRUNCATE ON "DossierEvent", "AuditEntry" FROM motcua_app;

-- The migration tool's own bookkeeping is none of the application's business.
DO $$
BEGIN
  IF to_regclass('public._prisma_migrations') IS NOT NULL THEN
    REVOKE ALL ON public._prisma_migrations FROM motcua_app;
  END IF;
END $$;

-- Tables and sequences the owner creates later get the ordinary privileges automatically.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO motcua_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO motcua_app;

-- The job queue (pg-boss, schema pgboss) is installed by the owner too (src/tooling/app-role.ts installJobQueue);
-- the application enqueues, fetches and completes jobs.
CREATE SCHEMA IF NOT EXISTS pgboss;
GRANT USAGE ON SCHEMA pgboss TO motcua_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO motcua_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO motcua_app;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO motcua_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO motcua_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss GRANT USAGE, SELECT ON SEQUENCES TO motcua_app;
