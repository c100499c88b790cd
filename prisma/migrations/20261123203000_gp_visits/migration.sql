-- CreateTable
CREATE TABLE "gp_training_department" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "gp_area_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    "joined_on" DATE NOT NULL,
    "clinical_lecturers" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "gp_training_department_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "gp_training_department_tenant_id_department_id_idx" ON "gp_training_department"("tenant_id", "department_id");

-- CreateIndex
CREATE UNIQUE INDEX "gp_training_department_tenant_id_id_key" ON "gp_training_department"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "gp_training_department_tenant_id_gp_area_id_department_id_key" ON "gp_training_department"("tenant_id", "gp_area_id", "department_id");

-- AddForeignKey
ALTER TABLE "gp_training_department" ADD CONSTRAINT "gp_training_department_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_training_department" ADD CONSTRAINT "gp_training_department_tenant_id_gp_area_id_fkey" FOREIGN KEY ("tenant_id", "gp_area_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_training_department" ADD CONSTRAINT "gp_training_department_tenant_id_department_id_fkey" FOREIGN KEY ("tenant_id", "department_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Closed value sets and rules (by hand)
ALTER TABLE "gp_training_department"
  ADD CONSTRAINT "gp_training_department_version_check" CHECK ("version" >= 1),
  ADD CONSTRAINT "gp_training_department_lecturers_check" CHECK ("clinical_lecturers" IS NULL OR length("clinical_lecturers") <= 500);

-- Activities: the AMU's kinds (introduktionsmøder, logbogskurser and courses for tutor doctors).
-- An activity may now be organised by a GP area as well as a hospital (activity.hospital_id).
ALTER TABLE "activity" DROP CONSTRAINT "activity_kind_check";
ALTER TABLE "activity"
  ADD CONSTRAINT "activity_kind_check" CHECK ("kind" IN ('DEPARTMENT_VISIT', 'SUPERVISOR_COURSE', 'THEME_DAY', 'WORKSHOP', 'THEME_HOUR', 'INTRO_MEETING', 'COURSE'));

-- The computed indicator GP_DEPARTMENT_VISITS_ON_TIME (COMPUTED_INDICATORS in contracts).
ALTER TABLE "strategy_indicator" DROP CONSTRAINT "strategy_indicator_computed_key_check";
ALTER TABLE "strategy_indicator"
  ADD CONSTRAINT "strategy_indicator_computed_key_check" CHECK (
    ("kind" = 'MANUAL' AND "computed_key" IS NULL)
    OR ("kind" = 'COMPUTED' AND "computed_key" IN (
      'MEETINGS_ON_TIME', 'WORKING_EDUCATION_BODIES', 'LOCAL_FD_APPROVED', 'NEW_ROLE_HOLDERS_WITH_MENTOR',
      'NEW_ROLE_HOLDERS_WITHOUT_MENTOR', 'SUPERVISORS_TRAINED', 'TRAINED_FACILITATORS',
      'FEEDBACK_PER_TRAINEE_MONTH', 'TRAINEES_WITHOUT_FEEDBACK_4W', 'TRAINEES_WITH_EDUCATION_PLAN',
      'GP_DEPARTMENT_VISITS_ON_TIME')));

SELECT enable_tenant_rls('gp_training_department');
