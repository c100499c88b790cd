-- CreateTable
CREATE TABLE "fd_template" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fd_template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fd_template_version" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "template_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "approved_at" TIMESTAMPTZ(3),
    "approved_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "fd_template_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "local_fd" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "uao_signed_by_id" UUID,
    "uao_signed_at" TIMESTAMPTZ(3),
    "head_signed_by_id" UUID,
    "head_signed_at" TIMESTAMPTZ(3),
    "implemented_on" DATE,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "local_fd_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "local_fd_revision" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "local_fd_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "uao_signed_by_id" UUID NOT NULL,
    "head_signed_by_id" UUID NOT NULL,
    "approved_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "local_fd_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "handover" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "assignment_id" UUID NOT NULL,
    "incoming_user_id" UUID NOT NULL,
    "outgoing_user_id" UUID,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "handover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "handover_item" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "handover_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "done_at" TIMESTAMPTZ(3),
    "done_by_id" UUID,

    CONSTRAINT "handover_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentorship" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "mentee_assignment_id" UUID NOT NULL,
    "mentee_user_id" UUID NOT NULL,
    "mentor_user_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "focus_areas" TEXT[],
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mentorship_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "fd_template_tenant_id_id_key" ON "fd_template"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "fd_template_tenant_id_role_key" ON "fd_template"("tenant_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "fd_template_version_tenant_id_id_key" ON "fd_template_version"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "fd_template_version_tenant_id_template_id_number_key" ON "fd_template_version"("tenant_id", "template_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "local_fd_tenant_id_id_key" ON "local_fd"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "local_fd_tenant_id_unit_id_role_key" ON "local_fd"("tenant_id", "unit_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "local_fd_revision_tenant_id_id_key" ON "local_fd_revision"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "local_fd_revision_tenant_id_local_fd_id_revision_key" ON "local_fd_revision"("tenant_id", "local_fd_id", "revision");

-- CreateIndex
CREATE INDEX "handover_tenant_id_unit_id_idx" ON "handover"("tenant_id", "unit_id");

-- CreateIndex
CREATE INDEX "handover_tenant_id_status_idx" ON "handover"("tenant_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "handover_tenant_id_id_key" ON "handover"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "handover_tenant_id_assignment_id_key" ON "handover"("tenant_id", "assignment_id");

-- CreateIndex
CREATE INDEX "handover_item_tenant_id_handover_id_idx" ON "handover_item"("tenant_id", "handover_id");

-- CreateIndex
CREATE UNIQUE INDEX "handover_item_tenant_id_id_key" ON "handover_item"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "mentorship_tenant_id_mentor_user_id_idx" ON "mentorship"("tenant_id", "mentor_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "mentorship_tenant_id_id_key" ON "mentorship"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "mentorship_tenant_id_mentee_assignment_id_key" ON "mentorship"("tenant_id", "mentee_assignment_id");

-- AddForeignKey
ALTER TABLE "fd_template" ADD CONSTRAINT "fd_template_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fd_template_version" ADD CONSTRAINT "fd_template_version_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fd_template_version" ADD CONSTRAINT "fd_template_version_tenant_id_template_id_fkey" FOREIGN KEY ("tenant_id", "template_id") REFERENCES "fd_template"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fd_template_version" ADD CONSTRAINT "fd_template_version_tenant_id_approved_by_id_fkey" FOREIGN KEY ("tenant_id", "approved_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "local_fd" ADD CONSTRAINT "local_fd_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "local_fd" ADD CONSTRAINT "local_fd_tenant_id_unit_id_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "local_fd" ADD CONSTRAINT "local_fd_tenant_id_uao_signed_by_id_fkey" FOREIGN KEY ("tenant_id", "uao_signed_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "local_fd" ADD CONSTRAINT "local_fd_tenant_id_head_signed_by_id_fkey" FOREIGN KEY ("tenant_id", "head_signed_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "local_fd" ADD CONSTRAINT "local_fd_tenant_id_updated_by_id_fkey" FOREIGN KEY ("tenant_id", "updated_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "local_fd_revision" ADD CONSTRAINT "local_fd_revision_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "local_fd_revision" ADD CONSTRAINT "local_fd_revision_tenant_id_local_fd_id_fkey" FOREIGN KEY ("tenant_id", "local_fd_id") REFERENCES "local_fd"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "local_fd_revision" ADD CONSTRAINT "local_fd_revision_tenant_id_uao_signed_by_id_fkey" FOREIGN KEY ("tenant_id", "uao_signed_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "local_fd_revision" ADD CONSTRAINT "local_fd_revision_tenant_id_head_signed_by_id_fkey" FOREIGN KEY ("tenant_id", "head_signed_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover" ADD CONSTRAINT "handover_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover" ADD CONSTRAINT "handover_tenant_id_unit_id_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover" ADD CONSTRAINT "handover_tenant_id_assignment_id_fkey" FOREIGN KEY ("tenant_id", "assignment_id") REFERENCES "role_assignment"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover" ADD CONSTRAINT "handover_tenant_id_incoming_user_id_fkey" FOREIGN KEY ("tenant_id", "incoming_user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover" ADD CONSTRAINT "handover_tenant_id_outgoing_user_id_fkey" FOREIGN KEY ("tenant_id", "outgoing_user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover_item" ADD CONSTRAINT "handover_item_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover_item" ADD CONSTRAINT "handover_item_tenant_id_handover_id_fkey" FOREIGN KEY ("tenant_id", "handover_id") REFERENCES "handover"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover_item" ADD CONSTRAINT "handover_item_tenant_id_done_by_id_fkey" FOREIGN KEY ("tenant_id", "done_by_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_tenant_id_mentee_assignment_id_fkey" FOREIGN KEY ("tenant_id", "mentee_assignment_id") REFERENCES "role_assignment"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_tenant_id_mentee_user_id_fkey" FOREIGN KEY ("tenant_id", "mentee_user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_tenant_id_mentor_user_id_fkey" FOREIGN KEY ("tenant_id", "mentor_user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ------------------------------------------------------------------------------------------------
-- By hand: closed value sets, row-level security, immutability and the handover trigger.
-- ------------------------------------------------------------------------------------------------

ALTER TABLE "fd_template" ADD CONSTRAINT "fd_template_role_check"
  CHECK (role IN ('UAO', 'UKS', 'UKYL', 'AP_UKYL', 'GP_COORDINATOR', 'CME_COORDINATOR', 'EDUCATION_CENTRE'));
ALTER TABLE "fd_template_version" ADD CONSTRAINT "fd_template_version_status_check"
  CHECK (status IN ('DRAFT', 'APPROVED'));
ALTER TABLE "fd_template_version" ADD CONSTRAINT "fd_template_version_approved_check"
  CHECK ((status = 'APPROVED') = (approved_at IS NOT NULL));
ALTER TABLE "fd_template_version" ADD CONSTRAINT "fd_template_version_number_check" CHECK (number >= 1);
-- At most one draft per template.
CREATE UNIQUE INDEX "fd_template_version_one_draft" ON "fd_template_version"("tenant_id", "template_id")
  WHERE status = 'DRAFT';

ALTER TABLE "local_fd" ADD CONSTRAINT "local_fd_role_check" CHECK (role IN ('UAO', 'UKS', 'UKYL', 'AP_UKYL'));
ALTER TABLE "local_fd" ADD CONSTRAINT "local_fd_status_check"
  CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'IMPLEMENTED'));
-- Approved and implemented need both sign-offs; a draft has none; implemented has a date.
ALTER TABLE "local_fd" ADD CONSTRAINT "local_fd_signoffs_check" CHECK (
  (status IN ('APPROVED', 'IMPLEMENTED')) = (uao_signed_by_id IS NOT NULL AND head_signed_by_id IS NOT NULL)
  AND (status <> 'DRAFT' OR (uao_signed_by_id IS NULL AND head_signed_by_id IS NULL))
  AND ((status = 'IMPLEMENTED') = (implemented_on IS NOT NULL))
);

ALTER TABLE "handover" ADD CONSTRAINT "handover_role_check" CHECK (role IN ('UAO', 'UKS', 'UKYL', 'AP_UKYL'));
ALTER TABLE "handover" ADD CONSTRAINT "handover_status_check" CHECK (status IN ('OPEN', 'DONE', 'CLOSED'));
ALTER TABLE "handover" ADD CONSTRAINT "handover_people_check" CHECK (outgoing_user_id IS DISTINCT FROM incoming_user_id);

ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_role_check" CHECK (role IN ('UAO', 'UKS', 'UKYL'));
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_focus_check" CHECK (
  cardinality(focus_areas) >= 1
  AND focus_areas <@ ARRAY['PROCEDURES_CULTURE', 'PROFESSIONAL_SPARRING', 'STRATEGY']::text[]
);
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_people_check" CHECK (mentor_user_id <> mentee_user_id);
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_dates_check" CHECK (ends_on IS NULL OR ends_on >= starts_on);

SELECT enable_tenant_rls('fd_template');
SELECT enable_tenant_rls('fd_template_version');
SELECT enable_tenant_rls('local_fd');
SELECT enable_tenant_rls('local_fd_revision');
SELECT enable_tenant_rls('handover');
SELECT enable_tenant_rls('handover_item');
SELECT enable_tenant_rls('mentorship');

-- An approved template version never changes and is never deleted (the API refuses it first; this
-- holds for every client, the owner included).
CREATE FUNCTION fd_template_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'APPROVED' THEN
    RAISE EXCEPTION 'approved function description template version % is immutable', OLD.id
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER fd_template_version_immutable BEFORE UPDATE OR DELETE ON "fd_template_version"
  FOR EACH ROW EXECUTE FUNCTION fd_template_version_immutable();

-- The history of approved local texts is append-only for the app role.
REVOKE UPDATE, DELETE, TRUNCATE ON "local_fd_revision" FROM portal_app;

-- Holder change: a new person taking UAO, UKS, UKYL or AP-UKYL in a unit gets a handover checklist
-- from the most recent other holder of that role there. Runs as the inserting role (the app role,
-- under RLS: tenant_id comes from NEW). No earlier holder → no handover (nobody to hand over from);
-- a renewal for someone who held the role there before → none either.
CREATE FUNCTION role_assignment_handover() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  outgoing uuid;
  hid uuid;
  labels text[] := ARRAY[
    'Igangværende uddannelsesforløb gennemgået, herunder uddannelseslæger i vanskeligheder',
    'Uddannelsesteam og uddannelsesforum: mødeplan, deltagere og faste punkter',
    'Lokal funktionsbeskrivelse (særlige lokalt aftalte funktioner) gennemgået',
    'Kontakter overdraget: cheflæge, UAO/UKS/UKYL, vejledere og Tutorcentret',
    'Materialer overdraget: introduktionsprogram, skabeloner, referater og adgange',
    'Overleveringsmøde afholdt'
  ];
  i int;
BEGIN
  IF NEW.role NOT IN ('UAO', 'UKS', 'UKYL', 'AP_UKYL') OR NEW.scope_unit_id IS NULL THEN
    RETURN NULL;
  END IF;
  IF EXISTS (
    SELECT 1 FROM role_assignment r
     WHERE r.tenant_id = NEW.tenant_id AND r.scope_unit_id = NEW.scope_unit_id AND r.role = NEW.role
       AND r.user_id = NEW.user_id AND r.id <> NEW.id
  ) THEN
    RETURN NULL;
  END IF;
  SELECT r.user_id INTO outgoing FROM role_assignment r
   WHERE r.tenant_id = NEW.tenant_id AND r.scope_unit_id = NEW.scope_unit_id AND r.role = NEW.role
     AND r.user_id <> NEW.user_id AND r.valid_from <= NEW.valid_from
   ORDER BY COALESCE(r.valid_to, 'infinity'::date) DESC, r.valid_from DESC, r.created_at DESC
   LIMIT 1;
  IF outgoing IS NULL THEN
    RETURN NULL;
  END IF;
  hid := gen_random_uuid();
  INSERT INTO handover (id, tenant_id, unit_id, role, assignment_id, incoming_user_id, outgoing_user_id, status)
  VALUES (hid, NEW.tenant_id, NEW.scope_unit_id, NEW.role, NEW.id, NEW.user_id, outgoing, 'OPEN');
  FOR i IN 1 .. array_length(labels, 1) LOOP
    INSERT INTO handover_item (id, tenant_id, handover_id, position, label)
    VALUES (gen_random_uuid(), NEW.tenant_id, hid, i, labels[i]);
  END LOOP;
  RETURN NULL;
END $$;
CREATE TRIGGER role_assignment_handover AFTER INSERT ON "role_assignment"
  FOR EACH ROW EXECUTE FUNCTION role_assignment_handover();
