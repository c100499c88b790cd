-- CreateTable
CREATE TABLE "supervision_record" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "supervisor_id" UUID NOT NULL,
    "occurred_on" DATE NOT NULL,
    "setting" TEXT NOT NULL,
    "supervised" TEXT NOT NULL,
    "next_steps" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supervision_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision_record_competence" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "record_id" UUID NOT NULL,
    "competence_id" UUID NOT NULL,

    CONSTRAINT "supervision_record_competence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_record" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "giver_id" UUID NOT NULL,
    "given_on" DATE NOT NULL,
    "setting" TEXT,
    "went_well" TEXT NOT NULL,
    "to_improve" TEXT NOT NULL,
    "next_step" TEXT NOT NULL,
    "request_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "feedback_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_request" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "asked_by_id" UUID NOT NULL,
    "supervisor_id" UUID,
    "message" TEXT,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "answered_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "feedback_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "supervision_record_tenant_id_course_id_occurred_on_created__idx" ON "supervision_record"("tenant_id", "course_id", "occurred_on" DESC, "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "supervision_record_tenant_id_supervisor_id_occurred_on_idx" ON "supervision_record"("tenant_id", "supervisor_id", "occurred_on");

-- CreateIndex
CREATE UNIQUE INDEX "supervision_record_tenant_id_id_key" ON "supervision_record"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "supervision_record_competence_tenant_id_competence_id_idx" ON "supervision_record_competence"("tenant_id", "competence_id");

-- CreateIndex
CREATE UNIQUE INDEX "supervision_record_competence_tenant_id_id_key" ON "supervision_record_competence"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "supervision_record_competence_tenant_id_record_id_competenc_key" ON "supervision_record_competence"("tenant_id", "record_id", "competence_id");

-- CreateIndex
CREATE INDEX "feedback_record_tenant_id_course_id_given_on_created_at_id_idx" ON "feedback_record"("tenant_id", "course_id", "given_on" DESC, "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "feedback_record_tenant_id_giver_id_given_on_idx" ON "feedback_record"("tenant_id", "giver_id", "given_on");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_record_tenant_id_id_key" ON "feedback_record"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_record_tenant_id_request_id_key" ON "feedback_record"("tenant_id", "request_id");

-- CreateIndex
CREATE INDEX "feedback_request_tenant_id_course_id_state_idx" ON "feedback_request"("tenant_id", "course_id", "state");

-- CreateIndex
CREATE INDEX "feedback_request_tenant_id_supervisor_id_state_idx" ON "feedback_request"("tenant_id", "supervisor_id", "state");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_request_tenant_id_id_key" ON "feedback_request"("tenant_id", "id");

-- AddForeignKey
ALTER TABLE "supervision_record" ADD CONSTRAINT "supervision_record_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_record" ADD CONSTRAINT "supervision_record_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_record" ADD CONSTRAINT "supervision_record_tenant_id_supervisor_id_fkey" FOREIGN KEY ("tenant_id", "supervisor_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_record_competence" ADD CONSTRAINT "supervision_record_competence_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_record_competence" ADD CONSTRAINT "supervision_record_competence_tenant_id_record_id_fkey" FOREIGN KEY ("tenant_id", "record_id") REFERENCES "supervision_record"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_record_competence" ADD CONSTRAINT "supervision_record_competence_tenant_id_competence_id_fkey" FOREIGN KEY ("tenant_id", "competence_id") REFERENCES "competence"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_record" ADD CONSTRAINT "feedback_record_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_record" ADD CONSTRAINT "feedback_record_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_record" ADD CONSTRAINT "feedback_record_tenant_id_giver_id_fkey" FOREIGN KEY ("tenant_id", "giver_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_record" ADD CONSTRAINT "feedback_record_tenant_id_request_id_fkey" FOREIGN KEY ("tenant_id", "request_id") REFERENCES "feedback_request"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_request" ADD CONSTRAINT "feedback_request_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_request" ADD CONSTRAINT "feedback_request_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_request" ADD CONSTRAINT "feedback_request_tenant_id_asked_by_id_fkey" FOREIGN KEY ("tenant_id", "asked_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_request" ADD CONSTRAINT "feedback_request_tenant_id_supervisor_id_fkey" FOREIGN KEY ("tenant_id", "supervisor_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- By hand: closed value sets (packages/contracts/src/supervision.ts), shape rules and row-level
-- security.
ALTER TABLE "supervision_record"
  ADD CONSTRAINT "supervision_record_setting_check" CHECK ("setting" IN ('WARD_ROUND', 'OUTPATIENT_CLINIC', 'SHIFT', 'PROCEDURE', 'CONFERENCE')),
  ADD CONSTRAINT "supervision_record_text_check" CHECK (length("supervised") BETWEEN 1 AND 4000 AND length("next_steps") <= 4000),
  ADD CONSTRAINT "supervision_record_version_check" CHECK ("version" >= 1);

ALTER TABLE "feedback_record"
  ADD CONSTRAINT "feedback_record_setting_check" CHECK ("setting" IN ('WARD_ROUND', 'OUTPATIENT_CLINIC', 'SHIFT', 'PROCEDURE', 'CONFERENCE')),
  ADD CONSTRAINT "feedback_record_text_check" CHECK (length("went_well") BETWEEN 1 AND 4000 AND length("to_improve") BETWEEN 1 AND 4000 AND length("next_step") BETWEEN 1 AND 4000),
  ADD CONSTRAINT "feedback_record_version_check" CHECK ("version" >= 1);

ALTER TABLE "feedback_request"
  ADD CONSTRAINT "feedback_request_state_check" CHECK ("state" IN ('OPEN', 'ANSWERED', 'CANCELLED')),
  ADD CONSTRAINT "feedback_request_state_dates_check" CHECK (
    ("state" = 'ANSWERED') = ("answered_at" IS NOT NULL) AND ("state" = 'CANCELLED') = ("cancelled_at" IS NOT NULL)),
  ADD CONSTRAINT "feedback_request_message_check" CHECK (length("message") <= 1000),
  ADD CONSTRAINT "feedback_request_version_check" CHECK ("version" >= 1);

SELECT enable_tenant_rls('supervision_record');
SELECT enable_tenant_rls('supervision_record_competence');
SELECT enable_tenant_rls('feedback_record');
SELECT enable_tenant_rls('feedback_request');
