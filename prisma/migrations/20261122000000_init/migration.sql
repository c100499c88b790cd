-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "tenant" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "org_unit" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "parent_id" UUID,
    "specialty_id" UUID,
    "closed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "org_unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "specialty" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "specialty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "password_hash" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'da',
    "deactivated_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "role_assignment" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "scope_unit_id" UUID,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "role_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "tenant_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT,
    "entity_id" TEXT,
    "data" JSONB,
    "ip" TEXT,
    "request_id" TEXT,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "sid" VARCHAR NOT NULL,
    "sess" JSON NOT NULL,
    "expire" TIMESTAMP(6) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("sid")
);

-- CreateTable
CREATE TABLE "login_throttle" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "tenant_slug_key" ON "tenant"("slug");

-- CreateIndex
CREATE INDEX "org_unit_tenant_id_parent_id_idx" ON "org_unit"("tenant_id", "parent_id");

-- CreateIndex
CREATE INDEX "org_unit_tenant_id_kind_idx" ON "org_unit"("tenant_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "org_unit_tenant_id_id_key" ON "org_unit"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "specialty_tenant_id_id_key" ON "specialty"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "specialty_tenant_id_name_key" ON "specialty"("tenant_id", "name");

-- CreateIndex
CREATE INDEX "app_user_tenant_id_name_idx" ON "app_user"("tenant_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_tenant_id_id_key" ON "app_user"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_tenant_id_email_key" ON "app_user"("tenant_id", "email");

-- CreateIndex
CREATE INDEX "role_assignment_tenant_id_user_id_idx" ON "role_assignment"("tenant_id", "user_id");

-- CreateIndex
CREATE INDEX "role_assignment_tenant_id_scope_unit_id_role_idx" ON "role_assignment"("tenant_id", "scope_unit_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "role_assignment_tenant_id_id_key" ON "role_assignment"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "audit_event_tenant_id_at_idx" ON "audit_event"("tenant_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_tenant_id_actor_id_at_idx" ON "audit_event"("tenant_id", "actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_tenant_id_entity_type_entity_id_idx" ON "audit_event"("tenant_id", "entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "session_expire_idx" ON "session"("expire");

-- AddForeignKey
ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_tenant_id_parent_id_fkey" FOREIGN KEY ("tenant_id", "parent_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_tenant_id_specialty_id_fkey" FOREIGN KEY ("tenant_id", "specialty_id") REFERENCES "specialty"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "specialty" ADD CONSTRAINT "specialty_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_tenant_id_scope_unit_id_fkey" FOREIGN KEY ("tenant_id", "scope_unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Closed value sets as CHECK constraints rather than PostgreSQL enums (docs/decisions/0003).
ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_kind_check"
  CHECK (kind IN ('HOSPITAL', 'DEPARTMENT', 'GP_AREA', 'PRACTICE'));
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_role_check"
  CHECK (role IN ('TRAINEE', 'SUPERVISOR', 'UAO', 'UKS', 'UKYL', 'AP_UKYL', 'DEPARTMENT_HEAD',
    'EDUCATION_CENTRE', 'GP_COORDINATOR', 'CME_COORDINATOR', 'TENANT_ADMIN', 'PLATFORM_ADMIN'));
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_validity_check"
  CHECK (valid_to IS NULL OR valid_to >= valid_from);

-- ---------------------------------------------------------------------------------------------
-- Tenant isolation, second line: row-level security (docs/decisions/0002-tenant-isolation.md).
-- The app connects as portal_app (no superuser, no BYPASSRLS, owns nothing) and sets
-- app.tenant_id per transaction with set_config(..., true). With no tenant set the policies
-- compare with NULL and fail closed (0 rows, inserts refused).
-- ---------------------------------------------------------------------------------------------
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_app') THEN
    CREATE ROLE portal_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END $$;

CREATE FUNCTION app_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

ALTER TABLE "org_unit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "org_unit" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "org_unit"
  USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

ALTER TABLE "specialty" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "specialty" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "specialty"
  USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

ALTER TABLE "app_user" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "app_user" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "app_user"
  USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

ALTER TABLE "role_assignment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "role_assignment" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "role_assignment"
  USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

ALTER TABLE "audit_event" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "audit_event" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "audit_event"
  USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

-- Grants: DML only, on this migration's tables and on every table later migrations create.
GRANT USAGE ON SCHEMA public TO portal_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO portal_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO portal_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO portal_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO portal_app;
-- Prisma's own bookkeeping is not the app's business (absent in migrate dev's shadow database).
DO $$
BEGIN
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM portal_app;
  END IF;
END $$;

-- The audit log is append-only for the app: no UPDATE, no DELETE, and no TRUNCATE by anyone
-- (a row trigger would not stop TRUNCATE; a statement-level one does).
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM portal_app;
CREATE FUNCTION audit_event_refuse_truncate() RETURNS trigger
  LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$;
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_truncate();

-- Sessions of a user are found by user id (deactivation ends them all).
CREATE INDEX "session_user_idx" ON "session" ((sess -> 'passport' -> 'user' ->> 'userId'));
