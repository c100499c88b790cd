-- CreateTable
CREATE TABLE "defusing" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "recorded_by_id" UUID NOT NULL,
    "shift_date" DATE NOT NULL,
    "shift_kind" TEXT,
    "how_went" INTEGER NOT NULL,
    "had_challenges" BOOLEAN NOT NULL,
    "challenges_note" TEXT,
    "other_note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "defusing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "talk_request" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "defusing_id" UUID,
    "requested_of_id" UUID NOT NULL,
    "message" TEXT,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "held_on" DATE,
    "resolution_note" TEXT,
    "resolved_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "talk_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wellbeing_meeting" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "attended" INTEGER NOT NULL,
    "themes" TEXT[],
    "note" TEXT,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "wellbeing_meeting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "defusing_tenant_id_trainee_id_shift_date_idx" ON "defusing"("tenant_id", "trainee_id", "shift_date");

-- CreateIndex
CREATE INDEX "defusing_tenant_id_recorded_by_id_idx" ON "defusing"("tenant_id", "recorded_by_id");

-- CreateIndex
CREATE INDEX "defusing_tenant_id_unit_id_shift_date_idx" ON "defusing"("tenant_id", "unit_id", "shift_date");

-- CreateIndex
CREATE INDEX "defusing_tenant_id_course_id_idx" ON "defusing"("tenant_id", "course_id");

-- CreateIndex
CREATE UNIQUE INDEX "defusing_tenant_id_id_key" ON "defusing"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "talk_request_tenant_id_requested_of_id_state_idx" ON "talk_request"("tenant_id", "requested_of_id", "state");

-- CreateIndex
CREATE INDEX "talk_request_tenant_id_trainee_id_created_at_idx" ON "talk_request"("tenant_id", "trainee_id", "created_at");

-- CreateIndex
CREATE INDEX "talk_request_tenant_id_course_id_state_idx" ON "talk_request"("tenant_id", "course_id", "state");

-- CreateIndex
CREATE INDEX "talk_request_tenant_id_unit_id_created_at_idx" ON "talk_request"("tenant_id", "unit_id", "created_at");

-- CreateIndex
CREATE INDEX "talk_request_tenant_id_defusing_id_idx" ON "talk_request"("tenant_id", "defusing_id");

-- CreateIndex
CREATE UNIQUE INDEX "talk_request_tenant_id_id_key" ON "talk_request"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "wellbeing_meeting_tenant_id_unit_id_held_on_idx" ON "wellbeing_meeting"("tenant_id", "unit_id", "held_on");

-- CreateIndex
CREATE UNIQUE INDEX "wellbeing_meeting_tenant_id_id_key" ON "wellbeing_meeting"("tenant_id", "id");

-- AddForeignKey
ALTER TABLE "defusing" ADD CONSTRAINT "defusing_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "defusing" ADD CONSTRAINT "defusing_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "defusing" ADD CONSTRAINT "defusing_tenant_id_trainee_id_fkey" FOREIGN KEY ("tenant_id", "trainee_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "defusing" ADD CONSTRAINT "defusing_tenant_id_unit_id_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "defusing" ADD CONSTRAINT "defusing_tenant_id_recorded_by_id_fkey" FOREIGN KEY ("tenant_id", "recorded_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "talk_request" ADD CONSTRAINT "talk_request_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "talk_request" ADD CONSTRAINT "talk_request_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "talk_request" ADD CONSTRAINT "talk_request_tenant_id_trainee_id_fkey" FOREIGN KEY ("tenant_id", "trainee_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "talk_request" ADD CONSTRAINT "talk_request_tenant_id_unit_id_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "talk_request" ADD CONSTRAINT "talk_request_tenant_id_defusing_id_fkey" FOREIGN KEY ("tenant_id", "defusing_id") REFERENCES "defusing"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "talk_request" ADD CONSTRAINT "talk_request_tenant_id_requested_of_id_fkey" FOREIGN KEY ("tenant_id", "requested_of_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wellbeing_meeting" ADD CONSTRAINT "wellbeing_meeting_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wellbeing_meeting" ADD CONSTRAINT "wellbeing_meeting_tenant_id_unit_id_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wellbeing_meeting" ADD CONSTRAINT "wellbeing_meeting_tenant_id_created_by_id_fkey" FOREIGN KEY ("tenant_id", "created_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- By hand: closed value sets, shape rules, row-level security.
ALTER TABLE "defusing"
  ADD CONSTRAINT "defusing_shift_kind_check" CHECK ("shift_kind" IS NULL OR "shift_kind" IN ('DAY', 'EVENING', 'NIGHT')),
  ADD CONSTRAINT "defusing_how_went_check" CHECK ("how_went" BETWEEN 1 AND 5),
  ADD CONSTRAINT "defusing_challenges_note_check" CHECK ("challenges_note" IS NULL OR char_length("challenges_note") <= 1000),
  ADD CONSTRAINT "defusing_other_note_check" CHECK ("other_note" IS NULL OR char_length("other_note") <= 1000);

ALTER TABLE "talk_request"
  ADD CONSTRAINT "talk_request_state_check" CHECK ("state" IN ('OPEN', 'HELD', 'DECLINED')),
  ADD CONSTRAINT "talk_request_version_check" CHECK ("version" >= 1),
  ADD CONSTRAINT "talk_request_message_check" CHECK ("message" IS NULL OR char_length("message") <= 1000),
  -- A held talk has its date; an open request has no outcome yet.
  ADD CONSTRAINT "talk_request_held_on_check" CHECK (("state" = 'HELD') = ("held_on" IS NOT NULL)),
  ADD CONSTRAINT "talk_request_resolved_check" CHECK (("state" = 'OPEN') = ("resolved_at" IS NULL));

ALTER TABLE "wellbeing_meeting"
  ADD CONSTRAINT "wellbeing_meeting_attended_check" CHECK ("attended" BETWEEN 0 AND 10000),
  ADD CONSTRAINT "wellbeing_meeting_themes_check" CHECK (cardinality("themes") <= 20);

SELECT enable_tenant_rls('defusing');
SELECT enable_tenant_rls('talk_request');
SELECT enable_tenant_rls('wellbeing_meeting');

-- The MVH goals as activities (seed 004): one shared intro day for all KBU doctors, annual staff
-- meetings (THEME_DAY exists). The CHECK is recreated with every kind.
ALTER TABLE "activity" DROP CONSTRAINT "activity_kind_check";
ALTER TABLE "activity"
  ADD CONSTRAINT "activity_kind_check" CHECK ("kind" IN ('DEPARTMENT_VISIT', 'SUPERVISOR_COURSE', 'THEME_DAY', 'WORKSHOP', 'THEME_HOUR', 'INTRO_MEETING', 'COURSE', 'KBU_INTRO_DAY', 'STAFF_MEETING'));

-- A talk request notifies the chosen person by e-mail through the reminder pipeline.
ALTER TABLE "notification" DROP CONSTRAINT "notification_kind_check";
ALTER TABLE "notification"
  ADD CONSTRAINT "notification_kind_check" CHECK ("kind" IN ('MEETING_DUE_SOON', 'MEETING_OVERDUE', 'TALK_REQUESTED'));
