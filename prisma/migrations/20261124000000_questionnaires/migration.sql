-- CreateTable
CREATE TABLE "questionnaire" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "owner_unit_id" UUID,
    "title" TEXT NOT NULL,
    "intro" TEXT,
    "audience" TEXT NOT NULL,
    "schedule" TEXT NOT NULL,
    "archived_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaire_question" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "questionnaire_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "options" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "scale_min" INTEGER,
    "scale_max" INTEGER,
    "scale_min_label" TEXT,
    "scale_max_label" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "retired_at" TIMESTAMPTZ(3),

    CONSTRAINT "questionnaire_question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaire_round" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "questionnaire_id" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "opens_on" DATE NOT NULL,
    "closes_on" DATE NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'DRAFT',
    "reminder_every_days" INTEGER,
    "sent_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "questionnaire_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaire_recipient" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "group_unit_id" UUID,
    "role_group" TEXT NOT NULL,
    "answered" BOOLEAN NOT NULL DEFAULT false,
    "invited_at" TIMESTAMPTZ(3),
    "last_reminded_at" TIMESTAMPTZ(3),
    "reminder_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "questionnaire_recipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaire_round_group" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "group_unit_id" UUID,
    "role_group" TEXT NOT NULL,
    "recipients" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL,

    CONSTRAINT "questionnaire_round_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaire_response" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "group_unit_id" UUID,
    "role_group" TEXT NOT NULL,

    CONSTRAINT "questionnaire_response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaire_answer" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "response_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "scale_value" INTEGER,
    "choice_index" INTEGER,
    "text" TEXT,

    CONSTRAINT "questionnaire_answer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "questionnaire_tenant_id_owner_unit_id_idx" ON "questionnaire"("tenant_id", "owner_unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_tenant_id_id_key" ON "questionnaire"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_question_tenant_id_id_key" ON "questionnaire_question"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_question_tenant_id_questionnaire_id_position_key" ON "questionnaire_question"("tenant_id", "questionnaire_id", "position");

-- CreateIndex
CREATE INDEX "questionnaire_round_tenant_id_questionnaire_id_opens_on_idx" ON "questionnaire_round"("tenant_id", "questionnaire_id", "opens_on");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_round_tenant_id_id_key" ON "questionnaire_round"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "questionnaire_recipient_tenant_id_round_id_answered_idx" ON "questionnaire_recipient"("tenant_id", "round_id", "answered");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_recipient_tenant_id_id_key" ON "questionnaire_recipient"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_recipient_tenant_id_round_id_user_id_key" ON "questionnaire_recipient"("tenant_id", "round_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_recipient_tenant_id_token_hash_key" ON "questionnaire_recipient"("tenant_id", "token_hash");

-- CreateIndex
CREATE INDEX "questionnaire_round_group_tenant_id_round_id_idx" ON "questionnaire_round_group"("tenant_id", "round_id");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_round_group_tenant_id_id_key" ON "questionnaire_round_group"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "questionnaire_response_tenant_id_round_id_group_unit_id_idx" ON "questionnaire_response"("tenant_id", "round_id", "group_unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_response_tenant_id_id_key" ON "questionnaire_response"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "questionnaire_answer_tenant_id_question_id_idx" ON "questionnaire_answer"("tenant_id", "question_id");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_answer_tenant_id_id_key" ON "questionnaire_answer"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_answer_tenant_id_response_id_question_id_key" ON "questionnaire_answer"("tenant_id", "response_id", "question_id");

-- AddForeignKey
ALTER TABLE "questionnaire" ADD CONSTRAINT "questionnaire_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire" ADD CONSTRAINT "questionnaire_tenant_id_owner_unit_id_fkey" FOREIGN KEY ("tenant_id", "owner_unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire" ADD CONSTRAINT "questionnaire_tenant_id_created_by_id_fkey" FOREIGN KEY ("tenant_id", "created_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_question" ADD CONSTRAINT "questionnaire_question_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_question" ADD CONSTRAINT "questionnaire_question_tenant_id_questionnaire_id_fkey" FOREIGN KEY ("tenant_id", "questionnaire_id") REFERENCES "questionnaire"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_round" ADD CONSTRAINT "questionnaire_round_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_round" ADD CONSTRAINT "questionnaire_round_tenant_id_questionnaire_id_fkey" FOREIGN KEY ("tenant_id", "questionnaire_id") REFERENCES "questionnaire"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_recipient" ADD CONSTRAINT "questionnaire_recipient_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_recipient" ADD CONSTRAINT "questionnaire_recipient_tenant_id_round_id_fkey" FOREIGN KEY ("tenant_id", "round_id") REFERENCES "questionnaire_round"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_recipient" ADD CONSTRAINT "questionnaire_recipient_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_recipient" ADD CONSTRAINT "questionnaire_recipient_tenant_id_group_unit_id_fkey" FOREIGN KEY ("tenant_id", "group_unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_round_group" ADD CONSTRAINT "questionnaire_round_group_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_round_group" ADD CONSTRAINT "questionnaire_round_group_tenant_id_round_id_fkey" FOREIGN KEY ("tenant_id", "round_id") REFERENCES "questionnaire_round"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_round_group" ADD CONSTRAINT "questionnaire_round_group_tenant_id_group_unit_id_fkey" FOREIGN KEY ("tenant_id", "group_unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_response" ADD CONSTRAINT "questionnaire_response_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_response" ADD CONSTRAINT "questionnaire_response_tenant_id_round_id_fkey" FOREIGN KEY ("tenant_id", "round_id") REFERENCES "questionnaire_round"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_response" ADD CONSTRAINT "questionnaire_response_tenant_id_group_unit_id_fkey" FOREIGN KEY ("tenant_id", "group_unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_answer" ADD CONSTRAINT "questionnaire_answer_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_answer" ADD CONSTRAINT "questionnaire_answer_tenant_id_response_id_fkey" FOREIGN KEY ("tenant_id", "response_id") REFERENCES "questionnaire_response"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_answer" ADD CONSTRAINT "questionnaire_answer_tenant_id_question_id_fkey" FOREIGN KEY ("tenant_id", "question_id") REFERENCES "questionnaire_question"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Sanity rules (text + CHECK; see docs/architecture.md).
ALTER TABLE "questionnaire"
  ADD CONSTRAINT "questionnaire_title_check" CHECK (length("title") BETWEEN 1 AND 200),
  ADD CONSTRAINT "questionnaire_intro_check" CHECK ("intro" IS NULL OR length("intro") <= 4000),
  ADD CONSTRAINT "questionnaire_audience_check" CHECK ("audience" IN ('TRAINEES', 'SUPERVISORS', 'EDUCATION_LEADERS', 'ALL')),
  ADD CONSTRAINT "questionnaire_schedule_check" CHECK ("schedule" IN ('ONCE', 'HALF_YEARLY')),
  ADD CONSTRAINT "questionnaire_version_check" CHECK ("version" >= 1);
ALTER TABLE "questionnaire_question"
  ADD CONSTRAINT "questionnaire_question_kind_check" CHECK ("kind" IN ('SCALE', 'CHOICE', 'TEXT')),
  ADD CONSTRAINT "questionnaire_question_text_check" CHECK (length("text") BETWEEN 1 AND 1000),
  ADD CONSTRAINT "questionnaire_question_position_check" CHECK ("position" BETWEEN 1 AND 200),
  ADD CONSTRAINT "questionnaire_question_options_check" CHECK (
    ("kind" = 'CHOICE' AND cardinality("options") BETWEEN 2 AND 20) OR ("kind" <> 'CHOICE' AND cardinality("options") = 0)),
  ADD CONSTRAINT "questionnaire_question_scale_check" CHECK (
    ("kind" = 'SCALE' AND "scale_min" IS NOT NULL AND "scale_max" IS NOT NULL AND "scale_min" >= 0 AND "scale_max" <= 10 AND "scale_min" < "scale_max")
    OR ("kind" <> 'SCALE' AND "scale_min" IS NULL AND "scale_max" IS NULL));
ALTER TABLE "questionnaire_round"
  ADD CONSTRAINT "questionnaire_round_label_check" CHECK (length("label") BETWEEN 1 AND 100),
  ADD CONSTRAINT "questionnaire_round_state_check" CHECK ("state" IN ('DRAFT', 'OPEN', 'CLOSED')),
  ADD CONSTRAINT "questionnaire_round_dates_check" CHECK ("closes_on" >= "opens_on"),
  ADD CONSTRAINT "questionnaire_round_reminder_check" CHECK ("reminder_every_days" IS NULL OR "reminder_every_days" BETWEEN 1 AND 60),
  ADD CONSTRAINT "questionnaire_round_version_check" CHECK ("version" >= 1);
ALTER TABLE "questionnaire_recipient"
  ADD CONSTRAINT "questionnaire_recipient_role_group_check" CHECK ("role_group" IN ('TRAINEE', 'SUPERVISOR', 'EDUCATION_LEADER')),
  ADD CONSTRAINT "questionnaire_recipient_token_hash_check" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "questionnaire_recipient_reminders_check" CHECK ("reminder_count" >= 0);
ALTER TABLE "questionnaire_round_group"
  ADD CONSTRAINT "questionnaire_round_group_role_group_check" CHECK ("role_group" IN ('TRAINEE', 'SUPERVISOR', 'EDUCATION_LEADER')),
  ADD CONSTRAINT "questionnaire_round_group_counts_check" CHECK ("recipients" >= 0 AND "answered" BETWEEN 0 AND "recipients");
ALTER TABLE "questionnaire_response"
  ADD CONSTRAINT "questionnaire_response_role_group_check" CHECK ("role_group" IN ('TRAINEE', 'SUPERVISOR', 'EDUCATION_LEADER'));
ALTER TABLE "questionnaire_answer"
  ADD CONSTRAINT "questionnaire_answer_one_value_check" CHECK (
    num_nonnulls("scale_value", "choice_index", "text") = 1),
  ADD CONSTRAINT "questionnaire_answer_text_check" CHECK ("text" IS NULL OR length("text") BETWEEN 1 AND 4000),
  ADD CONSTRAINT "questionnaire_answer_choice_check" CHECK ("choice_index" IS NULL OR "choice_index" BETWEEN 0 AND 19);

SELECT enable_tenant_rls('questionnaire');
SELECT enable_tenant_rls('questionnaire_question');
SELECT enable_tenant_rls('questionnaire_round');
SELECT enable_tenant_rls('questionnaire_recipient');
SELECT enable_tenant_rls('questionnaire_round_group');
SELECT enable_tenant_rls('questionnaire_response');
SELECT enable_tenant_rls('questionnaire_answer');
