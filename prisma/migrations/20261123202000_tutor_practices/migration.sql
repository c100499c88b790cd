-- CreateTable
CREATE TABLE "tutor_recruitment" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "practice_id" UUID NOT NULL,
    "stage" TEXT NOT NULL,
    "stage_changed_on" DATE NOT NULL,
    "next_step" TEXT,
    "next_step_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tutor_recruitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tutor_recruitment_event" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "recruitment_id" UUID NOT NULL,
    "stage" TEXT NOT NULL,
    "changed_on" DATE NOT NULL,
    "note" TEXT,
    "changed_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tutor_recruitment_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tutor_doctor" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "gp_id" UUID NOT NULL,
    "course_completed" BOOLEAN NOT NULL DEFAULT false,
    "course_completed_on" DATE,
    "years_as_gp" INTEGER,
    "years_in_practice" INTEGER,
    "notes" TEXT,
    "decision" TEXT NOT NULL DEFAULT 'PENDING',
    "decided_on" DATE,
    "decided_by_id" UUID,
    "reapproval_due_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tutor_doctor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "education_programme_version" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "practice_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT,
    "file_name" TEXT,
    "submitted_on" DATE NOT NULL,
    "approved_on" DATE,
    "approved_by_id" UUID,
    "reapproval_due_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "education_programme_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tutor_area_setting" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "area_id" UUID NOT NULL,
    "evaluation_threshold" DECIMAL(3,2) NOT NULL DEFAULT 3.5,
    "reapproval_years" INTEGER NOT NULL DEFAULT 3,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tutor_area_setting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_import" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "area_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "imported_by_id" UUID,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "row_count" INTEGER NOT NULL,
    "replaced_count" INTEGER NOT NULL,

    CONSTRAINT "evaluation_import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_score" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "area_id" UUID NOT NULL,
    "import_id" UUID NOT NULL,
    "placement_id" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "score" DECIMAL(3,2) NOT NULL,
    "respondents" INTEGER NOT NULL,

    CONSTRAINT "evaluation_score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_follow_up" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "area_id" UUID NOT NULL,
    "placement_id" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "noted_on" DATE NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "evaluation_follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tutor_recruitment_tenant_id_id_key" ON "tutor_recruitment"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "tutor_recruitment_tenant_id_practice_id_key" ON "tutor_recruitment"("tenant_id", "practice_id");

-- CreateIndex
CREATE INDEX "tutor_recruitment_event_tenant_id_recruitment_id_changed_on_idx" ON "tutor_recruitment_event"("tenant_id", "recruitment_id", "changed_on");

-- CreateIndex
CREATE UNIQUE INDEX "tutor_recruitment_event_tenant_id_id_key" ON "tutor_recruitment_event"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "tutor_doctor_tenant_id_reapproval_due_on_idx" ON "tutor_doctor"("tenant_id", "reapproval_due_on");

-- CreateIndex
CREATE UNIQUE INDEX "tutor_doctor_tenant_id_id_key" ON "tutor_doctor"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "tutor_doctor_tenant_id_gp_id_key" ON "tutor_doctor"("tenant_id", "gp_id");

-- CreateIndex
CREATE UNIQUE INDEX "education_programme_version_tenant_id_id_key" ON "education_programme_version"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "education_programme_version_tenant_id_practice_id_number_key" ON "education_programme_version"("tenant_id", "practice_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "tutor_area_setting_tenant_id_id_key" ON "tutor_area_setting"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "tutor_area_setting_tenant_id_area_id_key" ON "tutor_area_setting"("tenant_id", "area_id");

-- CreateIndex
CREATE INDEX "evaluation_import_tenant_id_area_id_imported_at_idx" ON "evaluation_import"("tenant_id", "area_id", "imported_at");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_import_tenant_id_id_key" ON "evaluation_import"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "evaluation_score_tenant_id_import_id_idx" ON "evaluation_score"("tenant_id", "import_id");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_score_tenant_id_id_key" ON "evaluation_score"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_score_tenant_id_area_id_placement_id_period_ques_key" ON "evaluation_score"("tenant_id", "area_id", "placement_id", "period", "question");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_follow_up_tenant_id_id_key" ON "evaluation_follow_up"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_follow_up_tenant_id_area_id_placement_id_period_key" ON "evaluation_follow_up"("tenant_id", "area_id", "placement_id", "period");

-- AddForeignKey
ALTER TABLE "tutor_recruitment" ADD CONSTRAINT "tutor_recruitment_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tutor_recruitment" ADD CONSTRAINT "tutor_recruitment_tenant_id_practice_id_fkey" FOREIGN KEY ("tenant_id", "practice_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tutor_recruitment_event" ADD CONSTRAINT "tutor_recruitment_event_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tutor_recruitment_event" ADD CONSTRAINT "tutor_recruitment_event_tenant_id_recruitment_id_fkey" FOREIGN KEY ("tenant_id", "recruitment_id") REFERENCES "tutor_recruitment"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tutor_recruitment_event" ADD CONSTRAINT "tutor_recruitment_event_tenant_id_changed_by_id_fkey" FOREIGN KEY ("tenant_id", "changed_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tutor_doctor" ADD CONSTRAINT "tutor_doctor_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tutor_doctor" ADD CONSTRAINT "tutor_doctor_tenant_id_gp_id_fkey" FOREIGN KEY ("tenant_id", "gp_id") REFERENCES "general_practitioner"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tutor_doctor" ADD CONSTRAINT "tutor_doctor_tenant_id_decided_by_id_fkey" FOREIGN KEY ("tenant_id", "decided_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_programme_version" ADD CONSTRAINT "education_programme_version_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_programme_version" ADD CONSTRAINT "education_programme_version_tenant_id_practice_id_fkey" FOREIGN KEY ("tenant_id", "practice_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_programme_version" ADD CONSTRAINT "education_programme_version_tenant_id_approved_by_id_fkey" FOREIGN KEY ("tenant_id", "approved_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tutor_area_setting" ADD CONSTRAINT "tutor_area_setting_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tutor_area_setting" ADD CONSTRAINT "tutor_area_setting_tenant_id_area_id_fkey" FOREIGN KEY ("tenant_id", "area_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_import" ADD CONSTRAINT "evaluation_import_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_import" ADD CONSTRAINT "evaluation_import_tenant_id_area_id_fkey" FOREIGN KEY ("tenant_id", "area_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_import" ADD CONSTRAINT "evaluation_import_tenant_id_imported_by_id_fkey" FOREIGN KEY ("tenant_id", "imported_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_score" ADD CONSTRAINT "evaluation_score_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_score" ADD CONSTRAINT "evaluation_score_tenant_id_area_id_fkey" FOREIGN KEY ("tenant_id", "area_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_score" ADD CONSTRAINT "evaluation_score_tenant_id_import_id_fkey" FOREIGN KEY ("tenant_id", "import_id") REFERENCES "evaluation_import"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_score" ADD CONSTRAINT "evaluation_score_tenant_id_placement_id_fkey" FOREIGN KEY ("tenant_id", "placement_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_follow_up" ADD CONSTRAINT "evaluation_follow_up_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_follow_up" ADD CONSTRAINT "evaluation_follow_up_tenant_id_area_id_fkey" FOREIGN KEY ("tenant_id", "area_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_follow_up" ADD CONSTRAINT "evaluation_follow_up_tenant_id_placement_id_fkey" FOREIGN KEY ("tenant_id", "placement_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Sanity rules (text + CHECK; see docs/architecture.md).
ALTER TABLE "tutor_recruitment"
  ADD CONSTRAINT "tutor_recruitment_stage_check" CHECK ("stage" IN ('CONTACTED', 'INTERESTED', 'APPLIED', 'APPROVED', 'DECLINED', 'PAUSED')),
  ADD CONSTRAINT "tutor_recruitment_next_step_check" CHECK ("next_step" IS NULL OR length("next_step") <= 500),
  ADD CONSTRAINT "tutor_recruitment_version_check" CHECK ("version" >= 1);
ALTER TABLE "tutor_recruitment_event"
  ADD CONSTRAINT "tutor_recruitment_event_stage_check" CHECK ("stage" IN ('CONTACTED', 'INTERESTED', 'APPLIED', 'APPROVED', 'DECLINED', 'PAUSED')),
  ADD CONSTRAINT "tutor_recruitment_event_note_check" CHECK ("note" IS NULL OR length("note") <= 2000);
ALTER TABLE "tutor_doctor"
  ADD CONSTRAINT "tutor_doctor_decision_check" CHECK ("decision" IN ('PENDING', 'APPROVED', 'REJECTED')),
  ADD CONSTRAINT "tutor_doctor_decided_check" CHECK (("decision" = 'PENDING') = ("decided_on" IS NULL)),
  -- The approval rule: no approval without a completed tutor course.
  ADD CONSTRAINT "tutor_doctor_course_check" CHECK ("decision" <> 'APPROVED' OR ("course_completed" AND "course_completed_on" IS NOT NULL)),
  ADD CONSTRAINT "tutor_doctor_due_check" CHECK (("decision" = 'APPROVED') = ("reapproval_due_on" IS NOT NULL)),
  ADD CONSTRAINT "tutor_doctor_years_check" CHECK (("years_as_gp" IS NULL OR "years_as_gp" BETWEEN 0 AND 60) AND ("years_in_practice" IS NULL OR "years_in_practice" BETWEEN 0 AND 60)),
  ADD CONSTRAINT "tutor_doctor_version_check" CHECK ("version" >= 1);
ALTER TABLE "education_programme_version"
  ADD CONSTRAINT "education_programme_version_number_check" CHECK ("number" >= 1),
  ADD CONSTRAINT "education_programme_version_summary_check" CHECK (length("summary") BETWEEN 1 AND 4000),
  ADD CONSTRAINT "education_programme_version_approval_check" CHECK (("approved_on" IS NULL) = ("reapproval_due_on" IS NULL) AND ("approved_on" IS NULL OR "approved_on" >= "submitted_on")),
  ADD CONSTRAINT "education_programme_version_version_check" CHECK ("version" >= 1);
ALTER TABLE "tutor_area_setting"
  ADD CONSTRAINT "tutor_area_setting_threshold_check" CHECK ("evaluation_threshold" BETWEEN 1 AND 5),
  ADD CONSTRAINT "tutor_area_setting_years_check" CHECK ("reapproval_years" BETWEEN 1 AND 10),
  ADD CONSTRAINT "tutor_area_setting_version_check" CHECK ("version" >= 1);
ALTER TABLE "evaluation_import"
  ADD CONSTRAINT "evaluation_import_counts_check" CHECK ("row_count" >= 1 AND "replaced_count" BETWEEN 0 AND "row_count");
ALTER TABLE "evaluation_score"
  ADD CONSTRAINT "evaluation_score_period_check" CHECK ("period" ~ '^[0-9]{4}-[12]$'),
  ADD CONSTRAINT "evaluation_score_question_check" CHECK (length("question") BETWEEN 1 AND 300),
  ADD CONSTRAINT "evaluation_score_score_check" CHECK ("score" BETWEEN 1 AND 5),
  ADD CONSTRAINT "evaluation_score_respondents_check" CHECK ("respondents" >= 1);
ALTER TABLE "evaluation_follow_up"
  ADD CONSTRAINT "evaluation_follow_up_period_check" CHECK ("period" ~ '^[0-9]{4}-[12]$'),
  ADD CONSTRAINT "evaluation_follow_up_state_check" CHECK ("state" IN ('OPEN', 'DONE')),
  ADD CONSTRAINT "evaluation_follow_up_note_check" CHECK (length("note") BETWEEN 1 AND 2000),
  ADD CONSTRAINT "evaluation_follow_up_version_check" CHECK ("version" >= 1);

SELECT enable_tenant_rls('tutor_recruitment');
SELECT enable_tenant_rls('tutor_recruitment_event');
SELECT enable_tenant_rls('tutor_doctor');
SELECT enable_tenant_rls('education_programme_version');
SELECT enable_tenant_rls('tutor_area_setting');
SELECT enable_tenant_rls('evaluation_import');
SELECT enable_tenant_rls('evaluation_score');
SELECT enable_tenant_rls('evaluation_follow_up');

-- The new computed indicator key (packages/contracts/src/strategy-rules.ts).
ALTER TABLE "strategy_indicator" DROP CONSTRAINT "strategy_indicator_computed_key_check";
ALTER TABLE "strategy_indicator" ADD CONSTRAINT "strategy_indicator_computed_key_check" CHECK (
    ("kind" = 'MANUAL' AND "computed_key" IS NULL)
    OR ("kind" = 'COMPUTED' AND "computed_key" IN (
      'MEETINGS_ON_TIME', 'WORKING_EDUCATION_BODIES', 'LOCAL_FD_APPROVED', 'NEW_ROLE_HOLDERS_WITH_MENTOR',
      'NEW_ROLE_HOLDERS_WITHOUT_MENTOR', 'SUPERVISORS_TRAINED', 'TRAINED_FACILITATORS',
      'FEEDBACK_PER_TRAINEE_MONTH', 'TRAINEES_WITHOUT_FEEDBACK_4W', 'TRAINEES_WITH_EDUCATION_PLAN',
      'TUTOR_PRACTICES_APPROVED_PROGRAMME')));
