-- A scheduled strategy snapshot is taken at most once per strategy and Danish calendar day, however
-- often the job runs and on however many API replicas (INSERT ... ON CONFLICT DO NOTHING).
-- timezone(text, timestamptz) is immutable, so the expression can be indexed. Manual snapshots
-- (taken on demand) are not limited.
CREATE UNIQUE INDEX "strategy_snapshot_schedule_day_key"
  ON "strategy_snapshot" ("tenant_id", "strategy_id", ((timezone('Europe/Copenhagen', "taken_at"))::date))
  WHERE "trigger" = 'SCHEDULE';

-- The dashboard looks up the latest status on or before a date per initiative and department
-- (LATERAL ... ORDER BY as_of DESC, created_at DESC LIMIT 1): in this order the first index entry
-- is the answer, with no sort per lookup (300 departments x the per-department goals).
CREATE INDEX "initiative_status_update_latest_idx"
  ON "initiative_status_update" ("tenant_id", "initiative_id", "department_id", "as_of" DESC, "created_at" DESC);
