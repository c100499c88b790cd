
-- CreateTable
CREATE TABLE "escalation_chain" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "escalation_chain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "escalation_step" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "chain_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "role" TEXT,
    "person_id" UUID,
    "text" TEXT,
    "phone" TEXT,
    "note" TEXT,

    CONSTRAINT "escalation_step_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "escalation_chain_tenant_id_id_key" ON "escalation_chain"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "escalation_chain_tenant_id_unit_id_key" ON "escalation_chain"("tenant_id", "unit_id");

-- CreateIndex
CREATE INDEX "escalation_step_tenant_id_person_id_idx" ON "escalation_step"("tenant_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "escalation_step_tenant_id_id_key" ON "escalation_step"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "escalation_step_tenant_id_chain_id_position_key" ON "escalation_step"("tenant_id", "chain_id", "position");

-- AddForeignKey
ALTER TABLE "escalation_chain" ADD CONSTRAINT "escalation_chain_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation_chain" ADD CONSTRAINT "escalation_chain_tenant_id_unit_id_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation_step" ADD CONSTRAINT "escalation_step_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation_step" ADD CONSTRAINT "escalation_step_tenant_id_chain_id_fkey" FOREIGN KEY ("tenant_id", "chain_id") REFERENCES "escalation_chain"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation_step" ADD CONSTRAINT "escalation_step_tenant_id_person_id_fkey" FOREIGN KEY ("tenant_id", "person_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Closed value sets and shape of a step (by hand)
ALTER TABLE "escalation_chain"
  ADD CONSTRAINT "escalation_chain_version_check" CHECK ("version" >= 1);
ALTER TABLE "escalation_step"
  ADD CONSTRAINT "escalation_step_kind_check" CHECK ("kind" IN ('ROLE', 'PERSON', 'TEXT')),
  ADD CONSTRAINT "escalation_step_role_check" CHECK ("role" IS NULL OR "role" IN ('MAIN_SUPERVISOR', 'UAO', 'UKS', 'DEPARTMENT_HEAD')),
  ADD CONSTRAINT "escalation_step_shape_check" CHECK (
    ("kind" = 'ROLE' AND "role" IS NOT NULL AND "person_id" IS NULL)
    OR ("kind" = 'PERSON' AND "person_id" IS NOT NULL AND "role" IS NULL)
    OR ("kind" = 'TEXT' AND "role" IS NULL AND "person_id" IS NULL AND "text" IS NOT NULL)),
  ADD CONSTRAINT "escalation_step_position_check" CHECK ("position" >= 0),
  ADD CONSTRAINT "escalation_step_label_check" CHECK (char_length("label") BETWEEN 1 AND 100);

-- Row-level security (tenant isolation)
SELECT enable_tenant_rls('escalation_chain');
SELECT enable_tenant_rls('escalation_step');
