
-- AlterTable
ALTER TABLE "feedback_record" ADD COLUMN     "concern" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "difficulty_case" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "cause" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "opened_on" DATE NOT NULL,
    "opened_by_id" UUID NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "closed_on" DATE,
    "closing_summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "difficulty_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "difficulty_case_plan" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "meeting_date" DATE NOT NULL,
    "participants" TEXT[],
    "goals" TEXT NOT NULL,
    "actions" TEXT NOT NULL,
    "support" TEXT NOT NULL,
    "follow_up_dates" DATE[],
    "author_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "difficulty_case_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "difficulty_case_note" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "written_on" DATE NOT NULL,
    "author_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "difficulty_case_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "difficulty_case_reader" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "added_by_id" UUID NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed_at" TIMESTAMPTZ(3),

    CONSTRAINT "difficulty_case_reader_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "difficulty_case_tenant_id_course_id_idx" ON "difficulty_case"("tenant_id", "course_id");

-- CreateIndex
CREATE UNIQUE INDEX "difficulty_case_tenant_id_id_key" ON "difficulty_case"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "difficulty_case_plan_tenant_id_id_key" ON "difficulty_case_plan"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "difficulty_case_plan_tenant_id_case_id_version_key" ON "difficulty_case_plan"("tenant_id", "case_id", "version");

-- CreateIndex
CREATE INDEX "difficulty_case_note_tenant_id_case_id_written_on_idx" ON "difficulty_case_note"("tenant_id", "case_id", "written_on");

-- CreateIndex
CREATE UNIQUE INDEX "difficulty_case_note_tenant_id_id_key" ON "difficulty_case_note"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "difficulty_case_reader_tenant_id_case_id_idx" ON "difficulty_case_reader"("tenant_id", "case_id");

-- CreateIndex
CREATE INDEX "difficulty_case_reader_tenant_id_user_id_idx" ON "difficulty_case_reader"("tenant_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "difficulty_case_reader_tenant_id_id_key" ON "difficulty_case_reader"("tenant_id", "id");

-- AddForeignKey
ALTER TABLE "difficulty_case" ADD CONSTRAINT "difficulty_case_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulty_case" ADD CONSTRAINT "difficulty_case_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulty_case" ADD CONSTRAINT "difficulty_case_tenant_id_opened_by_id_fkey" FOREIGN KEY ("tenant_id", "opened_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulty_case_plan" ADD CONSTRAINT "difficulty_case_plan_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulty_case_plan" ADD CONSTRAINT "difficulty_case_plan_tenant_id_case_id_fkey" FOREIGN KEY ("tenant_id", "case_id") REFERENCES "difficulty_case"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulty_case_plan" ADD CONSTRAINT "difficulty_case_plan_tenant_id_author_id_fkey" FOREIGN KEY ("tenant_id", "author_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulty_case_note" ADD CONSTRAINT "difficulty_case_note_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulty_case_note" ADD CONSTRAINT "difficulty_case_note_tenant_id_case_id_fkey" FOREIGN KEY ("tenant_id", "case_id") REFERENCES "difficulty_case"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulty_case_note" ADD CONSTRAINT "difficulty_case_note_tenant_id_author_id_fkey" FOREIGN KEY ("tenant_id", "author_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulty_case_reader" ADD CONSTRAINT "difficulty_case_reader_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulty_case_reader" ADD CONSTRAINT "difficulty_case_reader_tenant_id_case_id_fkey" FOREIGN KEY ("tenant_id", "case_id") REFERENCES "difficulty_case"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulty_case_reader" ADD CONSTRAINT "difficulty_case_reader_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulty_case_reader" ADD CONSTRAINT "difficulty_case_reader_tenant_id_added_by_id_fkey" FOREIGN KEY ("tenant_id", "added_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- By hand: one OPEN case per course, one current added entry per reader, the closed value sets,
-- lengths, the closure's consistency, append-only plans and notes, and row-level security.
CREATE UNIQUE INDEX "difficulty_case_one_open_per_course" ON "difficulty_case"("tenant_id", "course_id") WHERE "state" = 'OPEN';
CREATE UNIQUE INDEX "difficulty_case_reader_one_current" ON "difficulty_case_reader"("tenant_id", "case_id", "user_id") WHERE "removed_at" IS NULL;

ALTER TABLE "difficulty_case"
  ADD CONSTRAINT "difficulty_case_cause_check" CHECK ("cause" IN ('TRAINEE', 'DEPARTMENT', 'BOTH')),
  ADD CONSTRAINT "difficulty_case_state_check" CHECK ("state" IN ('OPEN', 'CLOSED')),
  ADD CONSTRAINT "difficulty_case_description_check" CHECK (length("description") BETWEEN 1 AND 2000),
  ADD CONSTRAINT "difficulty_case_closure_check" CHECK (
    ("state" = 'OPEN' AND "closed_on" IS NULL AND "closing_summary" IS NULL)
    OR ("state" = 'CLOSED' AND "closed_on" IS NOT NULL AND "closed_on" >= "opened_on"
        AND "closing_summary" IS NOT NULL AND length("closing_summary") BETWEEN 1 AND 4000)),
  ADD CONSTRAINT "difficulty_case_version_check" CHECK ("version" >= 1);
ALTER TABLE "difficulty_case_plan"
  ADD CONSTRAINT "difficulty_case_plan_version_check" CHECK ("version" >= 1),
  ADD CONSTRAINT "difficulty_case_plan_participants_check" CHECK (
    cardinality("participants") BETWEEN 1 AND 3
    AND "participants" <@ ARRAY['TRAINEE', 'UAO', 'MAIN_SUPERVISOR']::text[]),
  ADD CONSTRAINT "difficulty_case_plan_follow_up_check" CHECK (cardinality("follow_up_dates") <= 20),
  ADD CONSTRAINT "difficulty_case_plan_text_check" CHECK (
    length("goals") BETWEEN 1 AND 4000 AND length("actions") BETWEEN 1 AND 4000 AND length("support") BETWEEN 1 AND 4000);
ALTER TABLE "difficulty_case_plan" ALTER COLUMN "participants" SET NOT NULL;
ALTER TABLE "difficulty_case_plan" ALTER COLUMN "follow_up_dates" SET NOT NULL;
ALTER TABLE "difficulty_case_note"
  ADD CONSTRAINT "difficulty_case_note_text_check" CHECK (length("text") BETWEEN 1 AND 4000);
ALTER TABLE "difficulty_case_reader"
  ADD CONSTRAINT "difficulty_case_reader_reason_check" CHECK (length("reason") BETWEEN 1 AND 500);

CREATE FUNCTION difficulty_case_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER "difficulty_case_plan_append_only" BEFORE UPDATE OR DELETE ON "difficulty_case_plan"
  FOR EACH ROW EXECUTE FUNCTION difficulty_case_append_only();
CREATE TRIGGER "difficulty_case_note_append_only" BEFORE UPDATE OR DELETE ON "difficulty_case_note"
  FOR EACH ROW EXECUTE FUNCTION difficulty_case_append_only();

SELECT enable_tenant_rls('difficulty_case');
SELECT enable_tenant_rls('difficulty_case_plan');
SELECT enable_tenant_rls('difficulty_case_note');
SELECT enable_tenant_rls('difficulty_case_reader');
