-- CreateTable
CREATE TABLE "general_practitioner" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "practice_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "authorisation_id" TEXT,
    "settled_on" DATE,
    "left_on" DATE,
    "user_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "general_practitioner_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "general_practitioner_tenant_id_practice_id_idx" ON "general_practitioner"("tenant_id", "practice_id");

-- CreateIndex
CREATE INDEX "general_practitioner_tenant_id_name_idx" ON "general_practitioner"("tenant_id", "name");

-- CreateIndex
CREATE INDEX "general_practitioner_tenant_id_user_id_idx" ON "general_practitioner"("tenant_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "general_practitioner_tenant_id_id_key" ON "general_practitioner"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "general_practitioner_tenant_id_authorisation_id_key" ON "general_practitioner"("tenant_id", "authorisation_id");

-- AddForeignKey
ALTER TABLE "general_practitioner" ADD CONSTRAINT "general_practitioner_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "general_practitioner" ADD CONSTRAINT "general_practitioner_tenant_id_practice_id_fkey" FOREIGN KEY ("tenant_id", "practice_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "general_practitioner" ADD CONSTRAINT "general_practitioner_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Sanity rules (text + CHECK; see docs/architecture.md).
ALTER TABLE "general_practitioner"
  ADD CONSTRAINT "general_practitioner_name_check" CHECK (length("name") BETWEEN 1 AND 200),
  ADD CONSTRAINT "general_practitioner_left_check" CHECK ("left_on" IS NULL OR "settled_on" IS NULL OR "left_on" >= "settled_on"),
  ADD CONSTRAINT "general_practitioner_version_check" CHECK ("version" >= 1);

SELECT enable_tenant_rls('general_practitioner');
