-- CreateTable
CREATE TABLE "gp_hours_allotment" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "area_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "hours" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "gp_hours_allotment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "gp_time_entry" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "area_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "worked_on" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "quarters" INTEGER NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "gp_time_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "gp_trainee_contact" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "area_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "contact_on" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "gp_trainee_contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "gp_difficulty_note" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "area_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "handled_with" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "opened_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "gp_difficulty_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "gp_difficulty_entry" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "note_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "entry_on" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "gp_difficulty_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "gp_hours_allotment_tenant_id_id_key" ON "gp_hours_allotment"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "gp_hours_allotment_tenant_id_area_id_user_id_year_key" ON "gp_hours_allotment"("tenant_id", "area_id", "user_id", "year");

-- CreateIndex
CREATE INDEX "gp_time_entry_tenant_id_area_id_worked_on_idx" ON "gp_time_entry"("tenant_id", "area_id", "worked_on");

-- CreateIndex
CREATE INDEX "gp_time_entry_tenant_id_user_id_worked_on_idx" ON "gp_time_entry"("tenant_id", "user_id", "worked_on");

-- CreateIndex
CREATE UNIQUE INDEX "gp_time_entry_tenant_id_id_key" ON "gp_time_entry"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "gp_trainee_contact_tenant_id_course_id_contact_on_idx" ON "gp_trainee_contact"("tenant_id", "course_id", "contact_on");

-- CreateIndex
CREATE INDEX "gp_trainee_contact_tenant_id_area_id_idx" ON "gp_trainee_contact"("tenant_id", "area_id");

-- CreateIndex
CREATE UNIQUE INDEX "gp_trainee_contact_tenant_id_id_key" ON "gp_trainee_contact"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "gp_difficulty_note_tenant_id_course_id_idx" ON "gp_difficulty_note"("tenant_id", "course_id");

-- CreateIndex
CREATE UNIQUE INDEX "gp_difficulty_note_tenant_id_id_key" ON "gp_difficulty_note"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "gp_difficulty_note_tenant_id_area_id_course_id_key" ON "gp_difficulty_note"("tenant_id", "area_id", "course_id");

-- CreateIndex
CREATE INDEX "gp_difficulty_entry_tenant_id_note_id_entry_on_idx" ON "gp_difficulty_entry"("tenant_id", "note_id", "entry_on");

-- CreateIndex
CREATE UNIQUE INDEX "gp_difficulty_entry_tenant_id_id_key" ON "gp_difficulty_entry"("tenant_id", "id");

-- AddForeignKey
ALTER TABLE "gp_hours_allotment" ADD CONSTRAINT "gp_hours_allotment_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_hours_allotment" ADD CONSTRAINT "gp_hours_allotment_tenant_id_area_id_fkey" FOREIGN KEY ("tenant_id", "area_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_hours_allotment" ADD CONSTRAINT "gp_hours_allotment_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_time_entry" ADD CONSTRAINT "gp_time_entry_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_time_entry" ADD CONSTRAINT "gp_time_entry_tenant_id_area_id_fkey" FOREIGN KEY ("tenant_id", "area_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_time_entry" ADD CONSTRAINT "gp_time_entry_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_trainee_contact" ADD CONSTRAINT "gp_trainee_contact_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_trainee_contact" ADD CONSTRAINT "gp_trainee_contact_tenant_id_area_id_fkey" FOREIGN KEY ("tenant_id", "area_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_trainee_contact" ADD CONSTRAINT "gp_trainee_contact_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_trainee_contact" ADD CONSTRAINT "gp_trainee_contact_tenant_id_author_id_fkey" FOREIGN KEY ("tenant_id", "author_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_difficulty_note" ADD CONSTRAINT "gp_difficulty_note_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_difficulty_note" ADD CONSTRAINT "gp_difficulty_note_tenant_id_area_id_fkey" FOREIGN KEY ("tenant_id", "area_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_difficulty_note" ADD CONSTRAINT "gp_difficulty_note_tenant_id_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "course"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_difficulty_note" ADD CONSTRAINT "gp_difficulty_note_tenant_id_opened_by_id_fkey" FOREIGN KEY ("tenant_id", "opened_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_difficulty_entry" ADD CONSTRAINT "gp_difficulty_entry_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_difficulty_entry" ADD CONSTRAINT "gp_difficulty_entry_tenant_id_note_id_fkey" FOREIGN KEY ("tenant_id", "note_id") REFERENCES "gp_difficulty_note"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gp_difficulty_entry" ADD CONSTRAINT "gp_difficulty_entry_tenant_id_author_id_fkey" FOREIGN KEY ("tenant_id", "author_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Closed value sets and sanity rules (text + CHECK; see docs/architecture.md).
ALTER TABLE "gp_hours_allotment"
  ADD CONSTRAINT "gp_hours_allotment_year_check" CHECK ("year" BETWEEN 2000 AND 2100),
  ADD CONSTRAINT "gp_hours_allotment_hours_check" CHECK ("hours" BETWEEN 0 AND 5000),
  ADD CONSTRAINT "gp_hours_allotment_version_check" CHECK ("version" >= 1);

ALTER TABLE "gp_time_entry"
  ADD CONSTRAINT "gp_time_entry_kind_check" CHECK ("kind" IN ('TRAINEE_CONTACT', 'TUTOR_SUPPORT', 'DEPARTMENT_VISIT', 'EVALUATION_FOLLOW_UP', 'TEACHING', 'RECRUITMENT_APPROVAL', 'MEETINGS', 'OTHER')),
  ADD CONSTRAINT "gp_time_entry_quarters_check" CHECK ("quarters" BETWEEN 1 AND 96),
  ADD CONSTRAINT "gp_time_entry_note_check" CHECK ("note" IS NULL OR length("note") <= 1000),
  ADD CONSTRAINT "gp_time_entry_version_check" CHECK ("version" >= 1);

ALTER TABLE "gp_trainee_contact"
  ADD CONSTRAINT "gp_trainee_contact_kind_check" CHECK ("kind" IN ('PHONE', 'MEETING', 'EMAIL', 'VISIT', 'OTHER')),
  ADD CONSTRAINT "gp_trainee_contact_note_check" CHECK (length("note") BETWEEN 1 AND 2000);

ALTER TABLE "gp_difficulty_note"
  ADD CONSTRAINT "gp_difficulty_note_handled_with_check" CHECK ("handled_with" IN ('TUTOR', 'DEPARTMENT', 'BOTH')),
  ADD CONSTRAINT "gp_difficulty_note_state_check" CHECK ("state" IN ('OPEN', 'CLOSED')),
  ADD CONSTRAINT "gp_difficulty_note_version_check" CHECK ("version" >= 1);

ALTER TABLE "gp_difficulty_entry"
  ADD CONSTRAINT "gp_difficulty_entry_text_check" CHECK (length("text") BETWEEN 1 AND 4000);

SELECT enable_tenant_rls('gp_hours_allotment');
SELECT enable_tenant_rls('gp_time_entry');
SELECT enable_tenant_rls('gp_trainee_contact');
SELECT enable_tenant_rls('gp_difficulty_note');
SELECT enable_tenant_rls('gp_difficulty_entry');
