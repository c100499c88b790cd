-- A scheduled strategy snapshot is taken at most once per strategy and Danish calendar day, however
-- often the job runs and on however many API replicas (INSERT ... ON CONFLICT DO NOTHING).
-- timezone(text, timestamptz) is immutable, so the expression can be indexed. Manual snapshots
-- (taken on demand) are not limited.
CREATE UNIQUE INDEX "strategy_snapshot_schedule_day_key"
  ON "strategy_snapshot" ("tenant_id", "strategy_id", ((timezone('Europe/Copenhagen', "taken_at"))::date))
  WHERE "trigger" = 'SCHEDULE';
