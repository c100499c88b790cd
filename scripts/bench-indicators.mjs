// Benchmark of the computed indicators (issue 5) at region scale: the real server on a fresh
// embedded database with the demo data, plus the generated region of scripts/lib/generate-region.mjs
// (300 departments in 10 hospitals, 5,000 active + 10,000 ended courses, 1M supervision/feedback
// records over 3 years) and, on top, what the indicators read that the generator does not make:
// an expectation meeting for 90 % of the courses, an education plan for 60 %, an education team
// and forum per department with monthly meetings over 3 years, local function descriptions, and
// 36 held supervisor courses with 20 participants each.
// Measures
// - each key's grouped statement (computeIndicator) for all 311 scopes at once (300 departments,
//   10 hospitals, the region: what a strategy/hospital dashboard asks) and for one department,
//   called directly (the SQL and the Prisma round trip, no HTTP);
// - GET /api/indicators for one department and for the region, and GET /api/indicators/:key/records
//   for one department, over HTTP as the regional administrator (sequential requests).
// Run with `pnpm build && node scripts/bench-indicators.mjs`.
//   BENCH_RUNS   repetitions per measurement (default 20)
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DEMO_PASSWORD,
  ROOT,
  TENANT,
  envInt,
  logIn,
  percentile,
  pgClient,
  withApiServer,
} from './lib/bench-harness.mjs';
import { generateRegion } from './lib/generate-region.mjs';

const RUNS = envInt('BENCH_RUNS', 20);
const dist = (p) => pathToFileURL(path.join(ROOT, 'apps/api/dist', p)).href;

async function addIndicatorData(ownerUrl) {
  const c = pgClient(ownerUrl);
  await c.connect();
  try {
    const tenantId = (await c.query('SELECT id FROM tenant WHERE slug = $1', [TENANT])).rows[0].id;
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const t = Date.now();
    await c.query(
      `INSERT INTO expectation_meeting (id, tenant_id, course_id, held_on, updated_at)
       SELECT gen_random_uuid(), c.tenant_id, c.id,
              CASE WHEN d.due > CURRENT_DATE THEN NULL
                   WHEN random() < 0.85 THEN d.due - (random() * 5)::int ELSE d.due + 3 END, now()
         FROM course c CROSS JOIN LATERAL (SELECT expectation_meeting_due(c.track, c.start_date, c.end_date) AS due) d
        WHERE c.tenant_id = $1 AND random() < 0.9
          AND NOT EXISTS (SELECT 1 FROM expectation_meeting e WHERE e.tenant_id = c.tenant_id AND e.course_id = c.id)`,
      [tenantId],
    );
    const creator = (await c.query(`SELECT id FROM app_user WHERE tenant_id = $1 LIMIT 1`, [tenantId])).rows[0].id;
    await c.query(
      `WITH p AS (
         INSERT INTO education_plan (id, tenant_id, course_id, current_version, updated_at)
         SELECT gen_random_uuid(), c.tenant_id, c.id, 1, now() FROM course c
          WHERE c.tenant_id = $1 AND random() < 0.6
            AND NOT EXISTS (SELECT 1 FROM education_plan x WHERE x.tenant_id = c.tenant_id AND x.course_id = c.id)
         RETURNING id, course_id)
       INSERT INTO education_plan_version (id, tenant_id, plan_id, version, reason, created_by_id, created_at)
       SELECT gen_random_uuid(), $1, p.id, 1, 'EXPECTATION_MEETING', $2, c.start_date + 20
         FROM p JOIN course c ON c.tenant_id = $1 AND c.id = p.course_id`,
      [tenantId, creator],
    );
    await c.query(
      `WITH b AS (
         INSERT INTO education_body (id, tenant_id, kind, name, unit_id, created_at, updated_at)
         SELECT gen_random_uuid(), d.tenant_id, k.kind, k.kind || ' ' || d.name, d.id, now() - interval '4 years', now()
           FROM org_unit d CROSS JOIN (VALUES ('TEAM'), ('FORUM')) AS k(kind)
          WHERE d.tenant_id = $1 AND d.kind = 'DEPARTMENT' AND d.name NOT LIKE '%Demo%'
            AND NOT EXISTS (SELECT 1 FROM education_body x WHERE x.tenant_id = d.tenant_id AND x.unit_id = d.id)
         RETURNING id, tenant_id)
       INSERT INTO education_meeting (id, tenant_id, body_id, starts_at, ends_at, status, updated_at)
       SELECT gen_random_uuid(), b.tenant_id, b.id, now() - make_interval(months => m) - make_interval(days => (random() * 20)::int),
              now() - make_interval(months => m) + interval '1 hour', CASE WHEN random() < 0.9 THEN 'HELD' ELSE 'CANCELLED' END, now()
         FROM b CROSS JOIN generate_series(0, 35) AS m`,
      [tenantId],
    );
    await c.query(
      `INSERT INTO local_fd (id, tenant_id, unit_id, role, status, text, uao_signed_by_id, head_signed_by_id, updated_at)
       SELECT gen_random_uuid(), d.tenant_id, d.id, r.role, 'APPROVED', 'Lokal del', $2, $2, now()
         FROM org_unit d CROSS JOIN (VALUES ('UAO'), ('UKS'), ('UKYL')) AS r(role)
        WHERE d.tenant_id = $1 AND d.kind = 'DEPARTMENT' AND random() < 0.6
       ON CONFLICT DO NOTHING`,
      [tenantId, creator],
    );
    await c.query(
      `WITH a AS (
         INSERT INTO activity (id, tenant_id, hospital_id, kind, title, starts_on, audience, state, updated_at)
         SELECT gen_random_uuid(), h.tenant_id, h.id, 'SUPERVISOR_COURSE', 'Vejlederkursus', CURRENT_DATE - (n * 30), 'SUPERVISORS', 'HELD', now()
           FROM (SELECT * FROM org_unit WHERE tenant_id = $1 AND kind = 'HOSPITAL' LIMIT 12) h CROSS JOIN generate_series(1, 3) AS n
         RETURNING id, tenant_id)
       INSERT INTO activity_registration (id, tenant_id, activity_id, user_id, status, attended, updated_at)
       SELECT gen_random_uuid(), a.tenant_id, a.id, u.id, 'REGISTERED', true, now()
         FROM a CROSS JOIN LATERAL (SELECT id FROM app_user WHERE tenant_id = $1 AND email LIKE 'bench.vejleder.%'
                                     ORDER BY random() LIMIT 20) u`,
      [tenantId],
    );
    await c.query('COMMIT');
    // As autovacuum leaves a table after a bulk load: statistics and the visibility map (index-only scans).
    await c.query('VACUUM ANALYZE');
    console.log(`Indicator data added in ${Date.now() - t} ms`);
    return tenantId;
  } finally {
    await c.end();
  }
}

const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: percentile(s, 50).toFixed(1), p95: percentile(s, 95).toFixed(1), max: s.at(-1).toFixed(1) };
};

async function time(fn) {
  const out = [];
  await fn(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return stats(out);
}

await withApiServer('indicators', async ({ base, ownerUrl }) => {
  console.log('Generating the region …');
  await generateRegion(ownerUrl, TENANT);
  const tenantId = await addIndicatorData(ownerUrl);
  const { createPrisma, withTenant } = await import(dist('lib/db.js'));
  const { computeIndicator, indicatorSql } = await import(dist('modules/indicators/indicator-service.js'));
  const { COMPUTED_INDICATOR_KEYS } = await import(
    pathToFileURL(path.join(ROOT, 'packages/contracts/dist/index.js')).href
  );
  const db = createPrisma(ownerUrl, { max: 2 });
  const c = pgClient(ownerUrl);
  await c.connect();
  await c.query('BEGIN');
  await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
  const units = (
    await c.query(
      `SELECT id, kind FROM org_unit WHERE tenant_id = $1 AND kind IN ('HOSPITAL', 'DEPARTMENT') AND closed_at IS NULL
        ORDER BY kind, name`,
      [tenantId],
    )
  ).rows;
  const counts = (
    await c.query(`SELECT (SELECT count(*) FROM course) AS courses, (SELECT count(*) FROM feedback_record) AS feedback,
                          (SELECT count(*) FROM expectation_meeting) AS meetings, (SELECT count(*) FROM education_meeting) AS body_meetings`)
  ).rows[0];
  await c.query('COMMIT');
  await c.end();
  console.log('Data:', counts, `scopes: ${units.length} units + region`);
  const dept = units.find((u) => u.kind === 'DEPARTMENT').id;
  const all = [...units.map((u) => u.id), null];
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const from = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const rows = [];
  for (const key of COMPUTED_INDICATOR_KEYS) {
    const many = await time(() =>
      withTenant(db, tenantId, (tx) => computeIndicator({ tx, tenantId }, key, { unitIds: all, from, to: today })),
    );
    const one = await time(() =>
      withTenant(db, tenantId, (tx) => computeIndicator({ tx, tenantId }, key, { unitIds: [dept], from, to: today })),
    );
    rows.push({ key, [`${all.length} scopes p50`]: many.p50, p95: many.p95, '1 dept p50': one.p50, 'p95 ': one.p95 });
  }
  console.table(rows);
  await db.$disconnect();

  // The same statements raw (pg, no Prisma), with the plan of the slowest ones.
  const raw = pgClient(ownerUrl);
  raw.on('error', () => {});
  await raw.connect();
  await raw.query('BEGIN');
  await raw.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
  const rawRows = [];
  for (const key of COMPUTED_INDICATOR_KEYS) {
    const q = indicatorSql(tenantId, key, { unitIds: all, from, to: today }, today);
    const r = await time(() => raw.query(q.text, q.values));
    rawRows.push({ key, [`raw ${all.length} scopes p50`]: r.p50, p95: r.p95 });
    if (process.env.BENCH_EXPLAIN === key) {
      const plan = await raw.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values);
      console.log(plan.rows.map((x) => x['QUERY PLAN']).join('\n'));
    }
  }
  await raw.query('COMMIT');
  await raw.end();
  console.table(rawRows);

  const cookie = await logIn(base, { tenant: TENANT, email: 'thomas.krogh@regionh.dk', password: DEMO_PASSWORD });
  const http = async (url) => {
    const r = await fetch(`${base}${url}`, { headers: { cookie } });
    if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
  };
  const endpoints = [
    ['GET /api/indicators (department)', `/api/indicators?unitId=${dept}`],
    ['GET /api/indicators (region)', `/api/indicators`],
    ['records MEETINGS_ON_TIME (department)', `/api/indicators/MEETINGS_ON_TIME/records?unitId=${dept}`],
    [
      'records FEEDBACK_PER_TRAINEE_MONTH (region, 200)',
      `/api/indicators/FEEDBACK_PER_TRAINEE_MONTH/records?limit=200`,
    ],
  ];
  const out = [];
  for (const [title, url] of endpoints) out.push({ title, ...(await time(() => http(url))) });
  console.table(out);
});
