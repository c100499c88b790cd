-- CreateTable
CREATE TABLE "cme_group" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "leader_id" UUID,
    "started_on" DATE NOT NULL,
    "closed_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cme_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cme_group_member" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "gp_id" UUID NOT NULL,
    "joined_on" DATE NOT NULL,
    "left_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cme_group_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cme_group_meeting" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "topic" TEXT NOT NULL,
    "attended_count" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cme_group_meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cme_leader_course" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "held_on" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cme_leader_course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cme_leader_course_attendance" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "gp_id" UUID NOT NULL,

    CONSTRAINT "cme_leader_course_attendance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "cme_group_tenant_id_name_idx" ON "cme_group"("tenant_id", "name");

-- CreateIndex
CREATE INDEX "cme_group_tenant_id_leader_id_idx" ON "cme_group"("tenant_id", "leader_id");

-- CreateIndex
CREATE UNIQUE INDEX "cme_group_tenant_id_id_key" ON "cme_group"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "cme_group_member_tenant_id_group_id_idx" ON "cme_group_member"("tenant_id", "group_id");

-- CreateIndex
CREATE INDEX "cme_group_member_tenant_id_gp_id_idx" ON "cme_group_member"("tenant_id", "gp_id");

-- CreateIndex
CREATE UNIQUE INDEX "cme_group_member_tenant_id_id_key" ON "cme_group_member"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "cme_group_meeting_tenant_id_group_id_held_on_idx" ON "cme_group_meeting"("tenant_id", "group_id", "held_on");

-- CreateIndex
CREATE UNIQUE INDEX "cme_group_meeting_tenant_id_id_key" ON "cme_group_meeting"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "cme_leader_course_tenant_id_id_key" ON "cme_leader_course"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "cme_leader_course_tenant_id_year_key" ON "cme_leader_course"("tenant_id", "year");

-- CreateIndex
CREATE INDEX "cme_leader_course_attendance_tenant_id_gp_id_idx" ON "cme_leader_course_attendance"("tenant_id", "gp_id");

-- CreateIndex
CREATE UNIQUE INDEX "cme_leader_course_attendance_tenant_id_id_key" ON "cme_leader_course_attendance"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "cme_leader_course_attendance_tenant_id_course_id_gp_id_key" ON "cme_leader_course_attendance"("tenant_id", "course_id", "gp_id");

-- AddForeignKey
ALTER TABLE "cme_group" ADD CONSTRAINT "cme_group_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cme_group" ADD CONSTRAINT "cme_group_tenant_id_leader_id_fkey" FOREIGN KEY ("tenant_id", "leader_id") REFERENCES "general_practitioner"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cme_group_member" ADD CONSTRAINT "cme_group_member_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cme_group_member" ADD CONSTRAINT "cme_group_member_tenant_id_group_id_fkey" FOREIGN KEY ("tenant_id", "group_id") REFERENCES "cme_group"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cme_group_member" ADD CONSTRAINT "cme_group_member_tenant_id_gp_id_fkey" FOREIGN KEY ("tenant_id", "gp_id") REFERENCES "general_practitioner"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cme_group_meeting" ADD CONSTRAINT "cme_group_meeting_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cme_group_meeting" ADD CONSTRAINT "cme_group_meeting_tenant_id_group_id_fkey" FOREIGN KEY ("tenant_id", "group_id") REFERENCES "cme_group"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cme_leader_course" ADD CONSTRAINT "cme_leader_course_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cme_leader_course_attendance" ADD CONSTRAINT "cme_leader_course_attendance_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cme_leader_course_attendance" ADD CONSTRAINT "cme_leader_course_attendance_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "cme_leader_course"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cme_leader_course_attendance" ADD CONSTRAINT "cme_leader_course_attendance_tenant_id_gp_id_fkey" FOREIGN KEY ("tenant_id", "gp_id") REFERENCES "general_practitioner"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Sanity rules (text + CHECK; see docs/architecture.md).
ALTER TABLE "cme_group"
  ADD CONSTRAINT "cme_group_kind_check" CHECK ("kind" IN ('EFTERUDDANNELSE', 'SUPERVISION')),
  ADD CONSTRAINT "cme_group_name_check" CHECK (length("name") BETWEEN 1 AND 200),
  ADD CONSTRAINT "cme_group_topics_check" CHECK (cardinality("topics") <= 30),
  ADD CONSTRAINT "cme_group_closed_check" CHECK ("closed_on" IS NULL OR "closed_on" >= "started_on"),
  ADD CONSTRAINT "cme_group_version_check" CHECK ("version" >= 1);
ALTER TABLE "cme_group_member"
  ADD CONSTRAINT "cme_group_member_dates_check" CHECK ("left_on" IS NULL OR "left_on" >= "joined_on");
ALTER TABLE "cme_group_meeting"
  ADD CONSTRAINT "cme_group_meeting_topic_check" CHECK (length("topic") BETWEEN 1 AND 200),
  ADD CONSTRAINT "cme_group_meeting_attended_check" CHECK ("attended_count" BETWEEN 0 AND 1000);
ALTER TABLE "cme_leader_course"
  ADD CONSTRAINT "cme_leader_course_year_check" CHECK ("year" BETWEEN 2000 AND 2100 AND extract(year FROM "held_on") = "year"),
  ADD CONSTRAINT "cme_leader_course_title_check" CHECK (length("title") BETWEEN 1 AND 200),
  ADD CONSTRAINT "cme_leader_course_version_check" CHECK ("version" >= 1);

SELECT enable_tenant_rls('cme_group');
SELECT enable_tenant_rls('cme_group_member');
SELECT enable_tenant_rls('cme_group_meeting');
SELECT enable_tenant_rls('cme_leader_course');
SELECT enable_tenant_rls('cme_leader_course_attendance');

-- The computed indicator GPS_IN_GROUP (share of GPs in a continuing-education group).
ALTER TABLE "strategy_indicator" DROP CONSTRAINT "strategy_indicator_computed_key_check";
ALTER TABLE "strategy_indicator"
  ADD CONSTRAINT "strategy_indicator_computed_key_check" CHECK (
    ("kind" = 'MANUAL' AND "computed_key" IS NULL)
    OR ("kind" = 'COMPUTED' AND "computed_key" IN (
      'MEETINGS_ON_TIME', 'WORKING_EDUCATION_BODIES', 'LOCAL_FD_APPROVED', 'NEW_ROLE_HOLDERS_WITH_MENTOR',
      'NEW_ROLE_HOLDERS_WITHOUT_MENTOR', 'SUPERVISORS_TRAINED', 'TRAINED_FACILITATORS',
      'FEEDBACK_PER_TRAINEE_MONTH', 'TRAINEES_WITHOUT_FEEDBACK_4W', 'TRAINEES_WITH_EDUCATION_PLAN',
      'GPS_IN_GROUP')));
