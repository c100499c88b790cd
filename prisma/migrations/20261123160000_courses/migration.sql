-- CreateTable
CREATE TABLE "course" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "track" TEXT NOT NULL,
    "specialty_id" UUID,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_supervisor" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "supervisor_id" UUID NOT NULL,
    "is_main" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "course_supervisor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_placement" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "course_placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competence_list" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "track" TEXT NOT NULL,
    "specialty_id" UUID,
    "name" TEXT NOT NULL,
    "source_url" TEXT,
    "retired_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competence_list_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competence" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "list_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "doctor_roles" TEXT[],
    "methods" TEXT[],
    "sort_order" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "course_tenant_id_unit_id_start_date_idx" ON "course"("tenant_id", "unit_id", "start_date");

-- CreateIndex
CREATE INDEX "course_tenant_id_trainee_id_start_date_idx" ON "course"("tenant_id", "trainee_id", "start_date");

-- CreateIndex
CREATE UNIQUE INDEX "course_tenant_id_id_key" ON "course"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "course_supervisor_tenant_id_supervisor_id_idx" ON "course_supervisor"("tenant_id", "supervisor_id");

-- CreateIndex
CREATE UNIQUE INDEX "course_supervisor_tenant_id_id_key" ON "course_supervisor"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "course_supervisor_tenant_id_course_id_supervisor_id_key" ON "course_supervisor"("tenant_id", "course_id", "supervisor_id");

-- CreateIndex
CREATE INDEX "course_placement_tenant_id_course_id_idx" ON "course_placement"("tenant_id", "course_id");

-- CreateIndex
CREATE INDEX "course_placement_tenant_id_unit_id_start_date_idx" ON "course_placement"("tenant_id", "unit_id", "start_date");

-- CreateIndex
CREATE UNIQUE INDEX "course_placement_tenant_id_id_key" ON "course_placement"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "competence_list_tenant_id_track_specialty_id_idx" ON "competence_list"("tenant_id", "track", "specialty_id");

-- CreateIndex
CREATE UNIQUE INDEX "competence_list_tenant_id_id_key" ON "competence_list"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "competence_tenant_id_list_id_sort_order_idx" ON "competence"("tenant_id", "list_id", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "competence_tenant_id_id_key" ON "competence"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "competence_tenant_id_list_id_code_key" ON "competence"("tenant_id", "list_id", "code");

-- AddForeignKey
ALTER TABLE "course" ADD CONSTRAINT "course_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course" ADD CONSTRAINT "course_tenant_id_trainee_id_fkey" FOREIGN KEY ("tenant_id", "trainee_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course" ADD CONSTRAINT "course_tenant_id_unit_id_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course" ADD CONSTRAINT "course_tenant_id_specialty_id_fkey" FOREIGN KEY ("tenant_id", "specialty_id") REFERENCES "specialty"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_supervisor" ADD CONSTRAINT "course_supervisor_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_supervisor" ADD CONSTRAINT "course_supervisor_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_supervisor" ADD CONSTRAINT "course_supervisor_tenant_id_supervisor_id_fkey" FOREIGN KEY ("tenant_id", "supervisor_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_placement" ADD CONSTRAINT "course_placement_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_placement" ADD CONSTRAINT "course_placement_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_placement" ADD CONSTRAINT "course_placement_tenant_id_unit_id_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competence_list" ADD CONSTRAINT "competence_list_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competence_list" ADD CONSTRAINT "competence_list_tenant_id_specialty_id_fkey" FOREIGN KEY ("tenant_id", "specialty_id") REFERENCES "specialty"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competence" ADD CONSTRAINT "competence_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competence" ADD CONSTRAINT "competence_tenant_id_list_id_fkey" FOREIGN KEY ("tenant_id", "list_id") REFERENCES "competence_list"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- By hand: closed value sets (packages/contracts/src/course-rules.ts), shape rules, one
-- hovedvejleder per course, and row-level security.
ALTER TABLE "course"
  ADD CONSTRAINT "course_track_check" CHECK ("track" IN ('KBU', 'INTRODUCTION', 'SPECIALIST')),
  ADD CONSTRAINT "course_dates_check" CHECK ("end_date" >= "start_date"),
  ADD CONSTRAINT "course_version_check" CHECK ("version" >= 1);

ALTER TABLE "course_placement"
  ADD CONSTRAINT "course_placement_dates_check" CHECK ("end_date" >= "start_date");

ALTER TABLE "competence_list"
  ADD CONSTRAINT "competence_list_track_check" CHECK ("track" IN ('KBU', 'INTRODUCTION', 'SPECIALIST'));

ALTER TABLE "competence"
  ADD CONSTRAINT "competence_doctor_roles_check" CHECK ("doctor_roles" <@ ARRAY['MEDICAL_EXPERT', 'COMMUNICATOR', 'COLLABORATOR', 'LEADER', 'HEALTH_ADVOCATE', 'SCHOLAR', 'PROFESSIONAL']::text[] AND cardinality("doctor_roles") >= 1),
  ADD CONSTRAINT "competence_methods_check" CHECK ("methods" <@ ARRAY['COMPETENCE_CARD', 'STRUCTURED_OBSERVATION', 'CASE_BASED_DISCUSSION', 'FEEDBACK_360', 'STRUCTURED_INTERVIEW', 'COURSE_CERTIFICATE']::text[] AND cardinality("methods") >= 1);

CREATE UNIQUE INDEX "course_supervisor_one_main_key" ON "course_supervisor"("tenant_id", "course_id") WHERE "is_main";

SELECT enable_tenant_rls('course');
SELECT enable_tenant_rls('course_supervisor');
SELECT enable_tenant_rls('course_placement');
SELECT enable_tenant_rls('competence_list');
SELECT enable_tenant_rls('competence');
