-- CreateTable
CREATE TABLE "strategy" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "unit_id" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "green_threshold" INTEGER NOT NULL DEFAULT 90,
    "amber_threshold" INTEGER NOT NULL DEFAULT 75,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "strategy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "strategy_theme" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "strategy_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "strategy_theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "strategy_initiative" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "strategy_id" UUID NOT NULL,
    "theme_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "owner_text" TEXT NOT NULL DEFAULT '',
    "owner_unit_id" UUID,
    "owner_body_id" UUID,
    "owner_person_id" UUID,
    "deadline" DATE,
    "applies_per" TEXT NOT NULL DEFAULT 'STRATEGY',
    "state_source" TEXT NOT NULL DEFAULT 'STATUS',
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "strategy_initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiative_status_update" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "department_id" UUID,
    "as_of" DATE NOT NULL,
    "period_label" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "initiative_status_update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "strategy_indicator" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "computed_key" TEXT,
    "value_type" TEXT NOT NULL,
    "target" DECIMAL(12,2),
    "direction" TEXT NOT NULL DEFAULT 'AT_LEAST',
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "strategy_indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_value" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "indicator_id" UUID NOT NULL,
    "department_id" UUID,
    "measured_on" DATE NOT NULL,
    "value" DECIMAL(12,2) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_value_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "strategy_snapshot" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "strategy_id" UUID NOT NULL,
    "taken_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "trigger" TEXT NOT NULL,
    "achieved" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "strategy_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "strategy_tenant_id_unit_id_idx" ON "strategy"("tenant_id", "unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "strategy_tenant_id_id_key" ON "strategy"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "strategy_theme_tenant_id_strategy_id_sort_order_idx" ON "strategy_theme"("tenant_id", "strategy_id", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "strategy_theme_tenant_id_id_key" ON "strategy_theme"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "strategy_initiative_tenant_id_strategy_id_theme_id_sort_ord_idx" ON "strategy_initiative"("tenant_id", "strategy_id", "theme_id", "sort_order");

-- CreateIndex
CREATE INDEX "strategy_initiative_tenant_id_theme_id_idx" ON "strategy_initiative"("tenant_id", "theme_id");

-- CreateIndex
CREATE UNIQUE INDEX "strategy_initiative_tenant_id_id_key" ON "strategy_initiative"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "initiative_status_update_tenant_id_initiative_id_department_idx" ON "initiative_status_update"("tenant_id", "initiative_id", "department_id", "as_of");

-- CreateIndex
CREATE UNIQUE INDEX "initiative_status_update_tenant_id_id_key" ON "initiative_status_update"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "strategy_indicator_tenant_id_initiative_id_idx" ON "strategy_indicator"("tenant_id", "initiative_id");

-- CreateIndex
CREATE UNIQUE INDEX "strategy_indicator_tenant_id_id_key" ON "strategy_indicator"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "indicator_value_tenant_id_indicator_id_department_id_measur_idx" ON "indicator_value"("tenant_id", "indicator_id", "department_id", "measured_on");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_value_tenant_id_id_key" ON "indicator_value"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "strategy_snapshot_tenant_id_strategy_id_taken_at_idx" ON "strategy_snapshot"("tenant_id", "strategy_id", "taken_at");

-- CreateIndex
CREATE UNIQUE INDEX "strategy_snapshot_tenant_id_id_key" ON "strategy_snapshot"("tenant_id", "id");

-- AddForeignKey
ALTER TABLE "strategy" ADD CONSTRAINT "strategy_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy" ADD CONSTRAINT "strategy_tenant_id_unit_id_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_theme" ADD CONSTRAINT "strategy_theme_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_theme" ADD CONSTRAINT "strategy_theme_tenant_id_strategy_id_fkey" FOREIGN KEY ("tenant_id", "strategy_id") REFERENCES "strategy"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_initiative" ADD CONSTRAINT "strategy_initiative_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_initiative" ADD CONSTRAINT "strategy_initiative_tenant_id_strategy_id_fkey" FOREIGN KEY ("tenant_id", "strategy_id") REFERENCES "strategy"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_initiative" ADD CONSTRAINT "strategy_initiative_tenant_id_theme_id_fkey" FOREIGN KEY ("tenant_id", "theme_id") REFERENCES "strategy_theme"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_initiative" ADD CONSTRAINT "strategy_initiative_tenant_id_owner_unit_id_fkey" FOREIGN KEY ("tenant_id", "owner_unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_initiative" ADD CONSTRAINT "strategy_initiative_tenant_id_owner_body_id_fkey" FOREIGN KEY ("tenant_id", "owner_body_id") REFERENCES "education_body"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_initiative" ADD CONSTRAINT "strategy_initiative_tenant_id_owner_person_id_fkey" FOREIGN KEY ("tenant_id", "owner_person_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_status_update" ADD CONSTRAINT "initiative_status_update_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_status_update" ADD CONSTRAINT "initiative_status_update_tenant_id_initiative_id_fkey" FOREIGN KEY ("tenant_id", "initiative_id") REFERENCES "strategy_initiative"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_status_update" ADD CONSTRAINT "initiative_status_update_tenant_id_department_id_fkey" FOREIGN KEY ("tenant_id", "department_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_status_update" ADD CONSTRAINT "initiative_status_update_tenant_id_author_id_fkey" FOREIGN KEY ("tenant_id", "author_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_indicator" ADD CONSTRAINT "strategy_indicator_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_indicator" ADD CONSTRAINT "strategy_indicator_tenant_id_initiative_id_fkey" FOREIGN KEY ("tenant_id", "initiative_id") REFERENCES "strategy_initiative"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_tenant_id_indicator_id_fkey" FOREIGN KEY ("tenant_id", "indicator_id") REFERENCES "strategy_indicator"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_tenant_id_department_id_fkey" FOREIGN KEY ("tenant_id", "department_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_tenant_id_author_id_fkey" FOREIGN KEY ("tenant_id", "author_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_snapshot" ADD CONSTRAINT "strategy_snapshot_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_snapshot" ADD CONSTRAINT "strategy_snapshot_tenant_id_strategy_id_fkey" FOREIGN KEY ("tenant_id", "strategy_id") REFERENCES "strategy"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Closed value sets and sanity rules (text + CHECK, no enums; see docs/architecture.md).
ALTER TABLE "strategy"
  ADD CONSTRAINT "strategy_period_check" CHECK ("period_end" >= "period_start"),
  ADD CONSTRAINT "strategy_thresholds_check" CHECK ("amber_threshold" BETWEEN 0 AND 100 AND "green_threshold" BETWEEN 1 AND 100 AND "amber_threshold" <= "green_threshold"),
  ADD CONSTRAINT "strategy_title_check" CHECK (length("title") BETWEEN 1 AND 300),
  ADD CONSTRAINT "strategy_version_check" CHECK ("version" >= 1);

ALTER TABLE "strategy_theme"
  ADD CONSTRAINT "strategy_theme_title_check" CHECK (length("title") BETWEEN 1 AND 300);

ALTER TABLE "strategy_initiative"
  ADD CONSTRAINT "strategy_initiative_applies_per_check" CHECK ("applies_per" IN ('STRATEGY', 'DEPARTMENT')),
  ADD CONSTRAINT "strategy_initiative_state_source_check" CHECK ("state_source" IN ('STATUS', 'INDICATORS')),
  ADD CONSTRAINT "strategy_initiative_title_check" CHECK (length("title") BETWEEN 1 AND 500),
  ADD CONSTRAINT "strategy_initiative_version_check" CHECK ("version" >= 1);

ALTER TABLE "initiative_status_update"
  ADD CONSTRAINT "initiative_status_update_state_check" CHECK ("state" IN ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED', 'NOT_STARTED')),
  ADD CONSTRAINT "initiative_status_update_text_check" CHECK (length("text") <= 4000 AND length("period_label") <= 100);

ALTER TABLE "strategy_indicator"
  ADD CONSTRAINT "strategy_indicator_kind_check" CHECK ("kind" IN ('MANUAL', 'COMPUTED')),
  ADD CONSTRAINT "strategy_indicator_computed_key_check" CHECK (
    ("kind" = 'MANUAL' AND "computed_key" IS NULL)
    OR ("kind" = 'COMPUTED' AND "computed_key" IN (
      'MEETINGS_ON_TIME', 'WORKING_EDUCATION_BODIES', 'LOCAL_FD_APPROVED', 'NEW_ROLE_HOLDERS_WITH_MENTOR',
      'NEW_ROLE_HOLDERS_WITHOUT_MENTOR', 'SUPERVISORS_TRAINED', 'TRAINED_FACILITATORS',
      'FEEDBACK_PER_TRAINEE_MONTH', 'TRAINEES_WITHOUT_FEEDBACK_4W', 'TRAINEES_WITH_EDUCATION_PLAN'))),
  ADD CONSTRAINT "strategy_indicator_value_type_check" CHECK ("value_type" IN ('PERCENT', 'COUNT', 'NUMBER', 'BOOLEAN')),
  ADD CONSTRAINT "strategy_indicator_direction_check" CHECK ("direction" IN ('AT_LEAST', 'AT_MOST')),
  ADD CONSTRAINT "strategy_indicator_title_check" CHECK (length("title") BETWEEN 1 AND 300),
  ADD CONSTRAINT "strategy_indicator_version_check" CHECK ("version" >= 1);

ALTER TABLE "indicator_value"
  ADD CONSTRAINT "indicator_value_note_check" CHECK (length("note") <= 2000);

ALTER TABLE "strategy_snapshot"
  ADD CONSTRAINT "strategy_snapshot_trigger_check" CHECK ("trigger" IN ('SCHEDULE', 'MANUAL')),
  ADD CONSTRAINT "strategy_snapshot_counts_check" CHECK ("achieved" >= 0 AND "total" >= "achieved");

SELECT enable_tenant_rls('strategy');
SELECT enable_tenant_rls('strategy_theme');
SELECT enable_tenant_rls('strategy_initiative');
SELECT enable_tenant_rls('initiative_status_update');
SELECT enable_tenant_rls('strategy_indicator');
SELECT enable_tenant_rls('indicator_value');
SELECT enable_tenant_rls('strategy_snapshot');
