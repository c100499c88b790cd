-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "home_unit_id" UUID;

-- CreateTable
CREATE TABLE "user_invitation" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "user_invitation_tenant_id_user_id_idx" ON "user_invitation"("tenant_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_invitation_tenant_id_id_key" ON "user_invitation"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "user_invitation_tenant_id_token_hash_key" ON "user_invitation"("tenant_id", "token_hash");

-- CreateIndex
CREATE INDEX "app_user_tenant_id_home_unit_id_idx" ON "app_user"("tenant_id", "home_unit_id");

-- CreateIndex
CREATE INDEX "app_user_tenant_id_created_at_idx" ON "app_user"("tenant_id", "created_at");

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_tenant_id_home_unit_id_fkey" FOREIGN KEY ("tenant_id", "home_unit_id") REFERENCES "org_unit"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_invitation" ADD CONSTRAINT "user_invitation_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_invitation" ADD CONSTRAINT "user_invitation_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "app_user"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- By hand: what Prisma does not model.
-- The people list sorts by name in Danish order (æ, ø, å after z; case-insensitive at the first
-- level); this index serves that ORDER BY ... LIMIT within a tenant.
CREATE INDEX "app_user_tenant_id_name_da_idx" ON "app_user"("tenant_id", "name" COLLATE "da-x-icu", "id");
-- "Who holds which role where" filters by role inside a tenant.
CREATE INDEX "role_assignment_tenant_id_role_valid_from_idx" ON "role_assignment"("tenant_id", "role", "valid_from");

ALTER TABLE "user_invitation" ADD CONSTRAINT "user_invitation_token_hash_check" CHECK ("token_hash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "user_invitation" ADD CONSTRAINT "user_invitation_expiry_check" CHECK ("expires_at" > "created_at");

ALTER TABLE "app_user" ADD CONSTRAINT "app_user_locale_check" CHECK ("locale" IN ('da', 'en'));

SELECT enable_tenant_rls('user_invitation');
