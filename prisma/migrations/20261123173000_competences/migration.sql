-- CreateTable
CREATE TABLE "competence_status" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "competence_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "approved_on" DATE,
    "approved_by_id" UUID,
    "updated_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "competence_status_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competence_status_event" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "competence_id" UUID NOT NULL,
    "from_status" TEXT NOT NULL,
    "to_status" TEXT NOT NULL,
    "approved_on" DATE,
    "actor_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competence_status_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "education_plan" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "current_version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "education_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "education_plan_version" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "education_plan_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "education_plan_goal" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "due_date" DATE,

    CONSTRAINT "education_plan_goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "education_plan_goal_competence" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "goal_id" UUID NOT NULL,
    "competence_id" UUID NOT NULL,

    CONSTRAINT "education_plan_goal_competence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "competence_status_tenant_id_competence_id_idx" ON "competence_status"("tenant_id", "competence_id");

-- CreateIndex
CREATE UNIQUE INDEX "competence_status_tenant_id_id_key" ON "competence_status"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "competence_status_tenant_id_course_id_competence_id_key" ON "competence_status"("tenant_id", "course_id", "competence_id");

-- CreateIndex
CREATE INDEX "competence_status_event_tenant_id_course_id_created_at_idx" ON "competence_status_event"("tenant_id", "course_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "competence_status_event_tenant_id_id_key" ON "competence_status_event"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "education_plan_tenant_id_id_key" ON "education_plan"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "education_plan_tenant_id_course_id_key" ON "education_plan"("tenant_id", "course_id");

-- CreateIndex
CREATE UNIQUE INDEX "education_plan_version_tenant_id_id_key" ON "education_plan_version"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "education_plan_version_tenant_id_plan_id_version_key" ON "education_plan_version"("tenant_id", "plan_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "education_plan_goal_tenant_id_id_key" ON "education_plan_goal"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "education_plan_goal_tenant_id_version_id_sort_order_key" ON "education_plan_goal"("tenant_id", "version_id", "sort_order");

-- CreateIndex
CREATE INDEX "education_plan_goal_competence_tenant_id_competence_id_idx" ON "education_plan_goal_competence"("tenant_id", "competence_id");

-- CreateIndex
CREATE UNIQUE INDEX "education_plan_goal_competence_tenant_id_id_key" ON "education_plan_goal_competence"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "education_plan_goal_competence_tenant_id_goal_id_competence_key" ON "education_plan_goal_competence"("tenant_id", "goal_id", "competence_id");

-- AddForeignKey
ALTER TABLE "competence_status" ADD CONSTRAINT "competence_status_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competence_status" ADD CONSTRAINT "competence_status_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competence_status" ADD CONSTRAINT "competence_status_tenant_id_competence_id_fkey" FOREIGN KEY ("tenant_id", "competence_id") REFERENCES "competence"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competence_status" ADD CONSTRAINT "competence_status_tenant_id_approved_by_id_fkey" FOREIGN KEY ("tenant_id", "approved_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competence_status" ADD CONSTRAINT "competence_status_tenant_id_updated_by_id_fkey" FOREIGN KEY ("tenant_id", "updated_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competence_status_event" ADD CONSTRAINT "competence_status_event_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competence_status_event" ADD CONSTRAINT "competence_status_event_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competence_status_event" ADD CONSTRAINT "competence_status_event_tenant_id_competence_id_fkey" FOREIGN KEY ("tenant_id", "competence_id") REFERENCES "competence"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competence_status_event" ADD CONSTRAINT "competence_status_event_tenant_id_actor_id_fkey" FOREIGN KEY ("tenant_id", "actor_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_plan" ADD CONSTRAINT "education_plan_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_plan" ADD CONSTRAINT "education_plan_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_plan_version" ADD CONSTRAINT "education_plan_version_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_plan_version" ADD CONSTRAINT "education_plan_version_tenant_id_plan_id_fkey" FOREIGN KEY ("tenant_id", "plan_id") REFERENCES "education_plan"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_plan_version" ADD CONSTRAINT "education_plan_version_tenant_id_created_by_id_fkey" FOREIGN KEY ("tenant_id", "created_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_plan_goal" ADD CONSTRAINT "education_plan_goal_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_plan_goal" ADD CONSTRAINT "education_plan_goal_tenant_id_version_id_fkey" FOREIGN KEY ("tenant_id", "version_id") REFERENCES "education_plan_version"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_plan_goal_competence" ADD CONSTRAINT "education_plan_goal_competence_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_plan_goal_competence" ADD CONSTRAINT "education_plan_goal_competence_tenant_id_goal_id_fkey" FOREIGN KEY ("tenant_id", "goal_id") REFERENCES "education_plan_goal"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_plan_goal_competence" ADD CONSTRAINT "education_plan_goal_competence_tenant_id_competence_id_fkey" FOREIGN KEY ("tenant_id", "competence_id") REFERENCES "competence"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- By hand: closed value sets (packages/contracts/src/competences.ts, education-plans.ts), shape
-- rules, append-only history, and row-level security.
ALTER TABLE "competence_status"
  ADD CONSTRAINT "competence_status_status_check" CHECK ("status" IN ('NOT_STARTED', 'IN_PROGRESS', 'ASSESSED', 'APPROVED')),
  -- Approved exactly when there is an approval date and an approver.
  ADD CONSTRAINT "competence_status_approval_check" CHECK (
    ("status" = 'APPROVED') = ("approved_on" IS NOT NULL AND "approved_by_id" IS NOT NULL)
    AND ("approved_on" IS NULL) = ("approved_by_id" IS NULL)),
  ADD CONSTRAINT "competence_status_version_check" CHECK ("version" >= 1);

ALTER TABLE "competence_status_event"
  ADD CONSTRAINT "competence_status_event_from_check" CHECK ("from_status" IN ('NOT_STARTED', 'IN_PROGRESS', 'ASSESSED', 'APPROVED')),
  ADD CONSTRAINT "competence_status_event_to_check" CHECK ("to_status" IN ('NOT_STARTED', 'IN_PROGRESS', 'ASSESSED', 'APPROVED')),
  ADD CONSTRAINT "competence_status_event_approval_check" CHECK (("to_status" = 'APPROVED') = ("approved_on" IS NOT NULL));

ALTER TABLE "education_plan"
  ADD CONSTRAINT "education_plan_current_version_check" CHECK ("current_version" >= 1);

ALTER TABLE "education_plan_version"
  ADD CONSTRAINT "education_plan_version_reason_check" CHECK ("reason" IN ('EXPECTATION_MEETING', 'SUPERVISION', 'OTHER')),
  ADD CONSTRAINT "education_plan_version_version_check" CHECK ("version" >= 1),
  ADD CONSTRAINT "education_plan_version_note_check" CHECK (char_length("note") <= 2000);

ALTER TABLE "education_plan_goal"
  ADD CONSTRAINT "education_plan_goal_text_check" CHECK (char_length("text") BETWEEN 1 AND 1000),
  ADD CONSTRAINT "education_plan_goal_sort_order_check" CHECK ("sort_order" >= 0);

-- History is immutable for the app role (a course's cascade runs as the table owner).
REVOKE UPDATE, DELETE ON "competence_status_event", "education_plan_version", "education_plan_goal", "education_plan_goal_competence" FROM portal_app;

SELECT enable_tenant_rls('competence_status');
SELECT enable_tenant_rls('competence_status_event');
SELECT enable_tenant_rls('education_plan');
SELECT enable_tenant_rls('education_plan_version');
SELECT enable_tenant_rls('education_plan_goal');
SELECT enable_tenant_rls('education_plan_goal_competence');
