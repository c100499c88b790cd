
-- CreateTable
CREATE TABLE "expectation_meeting" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "scheduled_at" TIMESTAMPTZ(3),
    "place" TEXT,
    "held_on" DATE,
    "trainee_expectations" TEXT,
    "supervisor_expectations" TEXT,
    "goals" TEXT,
    "tasks" TEXT,
    "deadlines" TEXT,
    "responsibilities" TEXT,
    "collaboration" TEXT,
    "misunderstandings" TEXT,
    "trainee_confirmed_at" TIMESTAMPTZ(3),
    "trainee_confirmed_by_id" UUID,
    "supervisor_confirmed_at" TIMESTAMPTZ(3),
    "supervisor_confirmed_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "expectation_meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "to_address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "expectation_meeting_tenant_id_id_key" ON "expectation_meeting"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "expectation_meeting_tenant_id_course_id_key" ON "expectation_meeting"("tenant_id", "course_id");

-- CreateIndex
CREATE INDEX "notification_tenant_id_user_id_created_at_idx" ON "notification"("tenant_id", "user_id", "created_at");

-- CreateIndex
CREATE INDEX "notification_tenant_id_sent_at_idx" ON "notification"("tenant_id", "sent_at");

-- CreateIndex
CREATE UNIQUE INDEX "notification_tenant_id_id_key" ON "notification"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "notification_tenant_id_course_id_kind_user_id_due_date_key" ON "notification"("tenant_id", "course_id", "kind", "user_id", "due_date");

-- AddForeignKey
ALTER TABLE "expectation_meeting" ADD CONSTRAINT "expectation_meeting_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expectation_meeting" ADD CONSTRAINT "expectation_meeting_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expectation_meeting" ADD CONSTRAINT "expectation_meeting_tenant_id_trainee_confirmed_by_id_fkey" FOREIGN KEY ("tenant_id", "trainee_confirmed_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expectation_meeting" ADD CONSTRAINT "expectation_meeting_tenant_id_supervisor_confirmed_by_id_fkey" FOREIGN KEY ("tenant_id", "supervisor_confirmed_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;


-- By hand: shape rules, closed value sets, row-level security.
ALTER TABLE "expectation_meeting"
  ADD CONSTRAINT "expectation_meeting_version_check" CHECK ("version" >= 1),
  -- A confirmation names who confirmed, and a meeting is confirmed only once it was held.
  ADD CONSTRAINT "expectation_meeting_trainee_confirmation_check"
    CHECK (("trainee_confirmed_at" IS NULL) = ("trainee_confirmed_by_id" IS NULL)),
  ADD CONSTRAINT "expectation_meeting_supervisor_confirmation_check"
    CHECK (("supervisor_confirmed_at" IS NULL) = ("supervisor_confirmed_by_id" IS NULL)),
  ADD CONSTRAINT "expectation_meeting_confirmed_when_held_check"
    CHECK ("held_on" IS NOT NULL OR ("trainee_confirmed_at" IS NULL AND "supervisor_confirmed_at" IS NULL));

ALTER TABLE "notification"
  ADD CONSTRAINT "notification_kind_check" CHECK ("kind" IN ('MEETING_DUE_SOON', 'MEETING_OVERDUE')),
  ADD CONSTRAINT "notification_attempts_check" CHECK ("attempts" >= 0);

SELECT enable_tenant_rls('expectation_meeting');
SELECT enable_tenant_rls('notification');

-- The expectation meeting's due date, exactly as expectationMeetingDueDate() in
-- packages/contracts/src/course-rules.ts (a test compares the two over many dates): start + 14 days
-- for KBU, + 28 for the other tracks; a course ending earlier is due on its last day; a Saturday or
-- Sunday moves back to the Friday before, never before the start. For SQL lists and dashboards.
CREATE FUNCTION expectation_meeting_due(track text, start_date date, end_date date)
RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT GREATEST(
    d - CASE EXTRACT(ISODOW FROM d) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END,
    start_date
  )::date
  FROM (SELECT LEAST(start_date + CASE track WHEN 'KBU' THEN 14 ELSE 28 END, end_date) AS d) AS due
$$;
