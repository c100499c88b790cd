-- CreateTable
CREATE TABLE "activity" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "hospital_id" UUID,
    "department_id" UUID,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "place" TEXT,
    "audience" TEXT NOT NULL,
    "capacity" INTEGER,
    "description" TEXT,
    "state" TEXT NOT NULL DEFAULT 'PLANNED',
    "report" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_registration" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,
    "user_id" UUID,
    "external_name" TEXT,
    "external_email" TEXT,
    "external_department" TEXT,
    "status" TEXT NOT NULL,
    "attended" BOOLEAN,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "activity_registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_follow_up" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "owner_user_id" UUID,
    "owner_text" TEXT,
    "due_on" DATE,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "activity_follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "activity_tenant_id_hospital_id_starts_on_idx" ON "activity"("tenant_id", "hospital_id", "starts_on");

-- CreateIndex
CREATE INDEX "activity_tenant_id_department_id_idx" ON "activity"("tenant_id", "department_id");

-- CreateIndex
CREATE INDEX "activity_tenant_id_starts_on_idx" ON "activity"("tenant_id", "starts_on");

-- CreateIndex
CREATE UNIQUE INDEX "activity_tenant_id_id_key" ON "activity"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "activity_registration_tenant_id_activity_id_status_created__idx" ON "activity_registration"("tenant_id", "activity_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "activity_registration_tenant_id_user_id_idx" ON "activity_registration"("tenant_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "activity_registration_tenant_id_id_key" ON "activity_registration"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "activity_follow_up_tenant_id_activity_id_idx" ON "activity_follow_up"("tenant_id", "activity_id");

-- CreateIndex
CREATE INDEX "activity_follow_up_tenant_id_owner_user_id_idx" ON "activity_follow_up"("tenant_id", "owner_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "activity_follow_up_tenant_id_id_key" ON "activity_follow_up"("tenant_id", "id");

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_tenant_id_hospital_id_fkey" FOREIGN KEY ("tenant_id", "hospital_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_tenant_id_department_id_fkey" FOREIGN KEY ("tenant_id", "department_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_registration" ADD CONSTRAINT "activity_registration_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_registration" ADD CONSTRAINT "activity_registration_tenant_id_activity_id_fkey" FOREIGN KEY ("tenant_id", "activity_id") REFERENCES "activity"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_registration" ADD CONSTRAINT "activity_registration_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_follow_up" ADD CONSTRAINT "activity_follow_up_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_follow_up" ADD CONSTRAINT "activity_follow_up_tenant_id_activity_id_fkey" FOREIGN KEY ("tenant_id", "activity_id") REFERENCES "activity"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_follow_up" ADD CONSTRAINT "activity_follow_up_tenant_id_owner_user_id_fkey" FOREIGN KEY ("tenant_id", "owner_user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- By hand: closed value sets (lists in packages/contracts/src/activities.ts), shape rules,
-- one active registration per portal user and activity, and row-level security.
ALTER TABLE "activity"
  ADD CONSTRAINT "activity_kind_check" CHECK ("kind" IN ('DEPARTMENT_VISIT', 'SUPERVISOR_COURSE', 'THEME_DAY', 'WORKSHOP', 'THEME_HOUR')),
  ADD CONSTRAINT "activity_state_check" CHECK ("state" IN ('PLANNED', 'HELD', 'CANCELLED')),
  ADD CONSTRAINT "activity_audience_check" CHECK ("audience" IN ('UAO', 'SUPERVISORS', 'TRAINEES', 'ALL')),
  ADD CONSTRAINT "activity_capacity_check" CHECK ("capacity" IS NULL OR "capacity" > 0),
  ADD CONSTRAINT "activity_dates_check" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on"),
  ADD CONSTRAINT "activity_department_check" CHECK (("kind" = 'DEPARTMENT_VISIT') = ("department_id" IS NOT NULL)),
  ADD CONSTRAINT "activity_version_check" CHECK ("version" >= 1);

ALTER TABLE "activity_registration"
  ADD CONSTRAINT "activity_registration_status_check" CHECK ("status" IN ('REGISTERED', 'WAITLISTED', 'CANCELLED')),
  ADD CONSTRAINT "activity_registration_participant_check" CHECK (
    ("user_id" IS NOT NULL AND "external_name" IS NULL AND "external_email" IS NULL)
    OR ("user_id" IS NULL AND "external_name" IS NOT NULL AND "external_email" IS NOT NULL));

CREATE UNIQUE INDEX "activity_registration_active_user_key" ON "activity_registration"("tenant_id", "activity_id", "user_id")
  WHERE "status" <> 'CANCELLED' AND "user_id" IS NOT NULL;
CREATE UNIQUE INDEX "activity_registration_active_email_key" ON "activity_registration"("tenant_id", "activity_id", lower("external_email"))
  WHERE "status" <> 'CANCELLED' AND "external_email" IS NOT NULL;

ALTER TABLE "activity_follow_up"
  ADD CONSTRAINT "activity_follow_up_owner_check" CHECK ("owner_user_id" IS NULL OR "owner_text" IS NULL);

SELECT enable_tenant_rls('activity');
SELECT enable_tenant_rls('activity_registration');
SELECT enable_tenant_rls('activity_follow_up');
