-- Themes get a version for optimistic concurrency (two people editing one theme: the later save
-- answers 409 instead of overwriting) and the time of the last change (named in the 409).
ALTER TABLE "strategy_theme" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "strategy_theme" ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "strategy_theme" ADD CONSTRAINT "strategy_theme_version_check" CHECK ("version" >= 1);
