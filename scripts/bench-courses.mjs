// Benchmark of the training-course screens at region scale: the real server on a fresh embedded
// database with the demo data, plus a generated region in the demo tenant (scripts/lib/
// generate-region.mjs: 300 departments in 10 hospitals, 5,000 active and 10,000 ended courses,
// their trainees and supervisors, 1,000,000 supervision and feedback records over 3 years).
// Measures, over HTTP as the users themselves:
// - the supervisor's list GET /api/supervision/my-trainees, as the supervisors with the most, a
//   median and few current trainees;
// - the trainee's timeline GET /api/courses/:courseId/timeline, first page and a later page (via
//   the cursor), as the trainee with the most records and as a typical one;
// next to GET /api/me as a reference, each with 1 connection (what one user waits) and with
// BENCH_CONNECTIONS (throughput), with the CPU time per request of the API process and of
// PostgreSQL (from /proc) and the load average; then the same database statements as raw SQL with
// EXPLAIN (ANALYZE, BUFFERS), so that database time and the rest of the request can be told apart.
// Run with `pnpm bench:courses` (builds first). See README, "Benchmark".
//
//   BENCH_DURATION        seconds per measured run (default 5)
//   BENCH_WARMUP          seconds of warm-up before each run (default 1)
//   BENCH_CONNECTIONS     concurrent connections of the second round (default 10; the first has 1)
//   BENCH_ACTIVE_COURSES  active courses (default 5000)
//   BENCH_ENDED_COURSES   ended courses in the last 3 years (default 10000)
//   BENCH_RECORDS         supervision + feedback records (default 1000000)
//   BENCH_HOSPITALS       generated hospitals (default 10, at most 10)
//   BENCH_DEPARTMENTS     departments per hospital (default 30, at most 30)
//   BENCH_EXPLAIN_RUNS    EXPLAIN ANALYZE repetitions per statement (default 20; the median is shown)
//   BENCH_PAGE_LIMIT      timeline page size (default: the API's default, 20)
//
// Fails (exit code 1) on any error, timeout or non-2xx response.
import os from 'node:os';
import {
  DEMO_PASSWORD,
  TENANT,
  envInt,
  failOnErrors,
  logIn,
  pgClient,
  printTable,
  run,
  withApiServer,
} from './lib/bench-harness.mjs';
import { defaults, generateRegion } from './lib/generate-region.mjs';

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

/** Runs `fn(client)` as the owner in a transaction with the tenant set (row-level security applies). */
async function asOwner(ownerUrl, tenantSlug, fn) {
  const c = pgClient(ownerUrl);
  await c.connect();
  try {
    const tenantId = (await c.query('SELECT id FROM tenant WHERE slug = $1', [tenantSlug])).rows[0].id;
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const out = await fn(c, tenantId);
    await c.query('COMMIT');
    return out;
  } finally {
    await c.end();
  }
}

/** The users to measure as: supervisors by number of current trainees, trainees by records. */
async function pickUsers(c, tenantId) {
  const sups = (
    await c.query(
      `SELECT u.email, count(*)::int AS trainees
         FROM app_user u
         JOIN course_supervisor cs ON cs.tenant_id = u.tenant_id AND cs.supervisor_id = u.id
         JOIN course c ON c.tenant_id = cs.tenant_id AND c.id = cs.course_id
        WHERE u.tenant_id = $1 AND u.email LIKE 'bench.vejleder.%' AND c.cancelled_at IS NULL
          AND c.start_date <= CURRENT_DATE AND c.end_date >= CURRENT_DATE
        GROUP BY u.email ORDER BY count(*) DESC, u.email`,
      [tenantId],
    )
  ).rows;
  const most = sups[0];
  const median = sups[Math.floor(sups.length / 2)];
  const few = sups.filter((s) => s.trainees >= 3).at(-1) ?? sups.at(-1);
  const trainees = (
    await c.query(
      `WITH n AS (
         SELECT c.id, u.email,
                (SELECT count(*) FROM feedback_record f WHERE f.tenant_id = c.tenant_id AND f.course_id = c.id)
                + (SELECT count(*) FROM supervision_record s WHERE s.tenant_id = c.tenant_id AND s.course_id = c.id)
                  AS records
           FROM course c JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.trainee_id
          WHERE c.tenant_id = $1 AND u.email LIKE 'bench.laege.%' AND c.end_date >= CURRENT_DATE)
       SELECT id AS course_id, email, records::int FROM n ORDER BY records DESC, email`,
      [tenantId],
    )
  ).rows;
  return {
    supervisors: [
      { label: 'most trainees', ...most },
      { label: 'median', ...median },
      { label: 'few trainees', ...few },
    ],
    trainees: [
      { label: 'most records', ...trainees[0] },
      { label: 'median', ...trainees[Math.floor(trainees.length / 2)] },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The database statements of the two endpoints, as raw SQL (same text and parameters as the API
// runs them; see apps/api/src/modules/supervision/supervision.repository.ts).

/** repo.myTrainees: the supervisor's list in one statement. */
const MY_TRAINEES_SQL = `
    SELECT x.*,
           (x.start_date <= $4::date AND (x.last_feedback_on IS NULL OR x.last_feedback_on <= $4::date))
             AS no_feedback
      FROM (
        SELECT c.id AS course_id, c.trainee_id, u.name AS trainee_name, c.track, sp.name AS specialty_name,
               c.unit_id, ou.name AS unit_name, c.start_date, c.end_date, cs.is_main,
               (SELECT max(f.given_on) FROM feedback_record f
                 WHERE f.tenant_id = c.tenant_id AND f.course_id = c.id) AS last_feedback_on,
               (SELECT count(*)::int FROM feedback_record f
                 WHERE f.tenant_id = c.tenant_id AND f.course_id = c.id AND f.given_on > $4::date) AS feedback_4w,
               rq.open_requests, rq.first_open_request_id
          FROM course_supervisor cs
          JOIN course c ON c.tenant_id = cs.tenant_id AND c.id = cs.course_id
          JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.trainee_id
          JOIN org_unit ou ON ou.tenant_id = c.tenant_id AND ou.id = c.unit_id
          LEFT JOIN specialty sp ON sp.tenant_id = c.tenant_id AND sp.id = c.specialty_id
          CROSS JOIN LATERAL (
            SELECT count(*)::int AS open_requests,
                   (array_agg(r.id ORDER BY r.created_at, r.id))[1] AS first_open_request_id
              FROM feedback_request r
             WHERE r.tenant_id = c.tenant_id AND r.course_id = c.id AND r.state = 'OPEN'
               AND (r.supervisor_id IS NULL OR r.supervisor_id = $2::uuid)
          ) rq
         WHERE cs.tenant_id = $1::uuid
           AND cs.supervisor_id = $2::uuid
           AND c.cancelled_at IS NULL
           AND c.start_date <= $3::date
           AND c.end_date >= $3::date
      ) x
     ORDER BY no_feedback DESC, x.last_feedback_on ASC NULLS FIRST, x.trainee_name, x.course_id`;

/** repo.timelineKeys: the page's keys over both record kinds (keyset, newest first). */
function timelineKeysSql(after) {
  const fAfter = after ? 'AND (f.given_on, f.created_at, f.id) < ($4::date, $5::timestamptz, $6::uuid)' : '';
  const sAfter = after ? 'AND (s.occurred_on, s.created_at, s.id) < ($4::date, $5::timestamptz, $6::uuid)' : '';
  return `
    SELECT u.kind, u.id, u.d, u.created_at FROM (
      (SELECT 'FEEDBACK' AS kind, f.id, f.given_on AS d, f.created_at
         FROM feedback_record f
        WHERE f.tenant_id = $1::uuid AND f.course_id = $2::uuid ${fAfter}
        ORDER BY f.given_on DESC, f.created_at DESC, f.id DESC
        LIMIT $3)
      UNION ALL
      (SELECT 'SUPERVISION' AS kind, s.id, s.occurred_on AS d, s.created_at
         FROM supervision_record s
        WHERE s.tenant_id = $1::uuid AND s.course_id = $2::uuid ${sAfter}
        ORDER BY s.occurred_on DESC, s.created_at DESC, s.id DESC
        LIMIT $3)
    ) u
    ORDER BY u.d DESC, u.created_at DESC, u.id DESC
    LIMIT $3`;
}

/** repo.feedbackByIds / supervisionByIds (Prisma's findMany with the author and competences). */
const FEEDBACK_BY_IDS_SQL = `
    SELECT f.id, f.course_id, f.giver_id, f.given_on, f.setting, f.went_well, f.to_improve, f.next_step,
           f.request_id, f.version, f.created_at, g.id AS giver_id2, g.name AS giver_name
      FROM feedback_record f JOIN app_user g ON g.tenant_id = f.tenant_id AND g.id = f.giver_id
     WHERE f.tenant_id = $1::uuid AND f.id = ANY($2::uuid[])`;
const SUPERVISION_BY_IDS_SQL = `
    SELECT s.id, s.course_id, s.supervisor_id, s.occurred_on, s.setting, s.supervised, s.next_steps, s.version,
           s.created_at, g.name AS supervisor_name,
           (SELECT coalesce(json_agg(json_build_object('id', cp.id, 'code', cp.code, 'title', cp.title,
                                                       'sortOrder', cp.sort_order)), '[]')
              FROM supervision_record_competence rc
              JOIN competence cp ON cp.tenant_id = rc.tenant_id AND cp.id = rc.competence_id
             WHERE rc.tenant_id = s.tenant_id AND rc.record_id = s.id) AS competences
      FROM supervision_record s JOIN app_user g ON g.tenant_id = s.tenant_id AND g.id = s.supervisor_id
     WHERE s.tenant_id = $1::uuid AND s.id = ANY($2::uuid[])`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) `runs` times: median execution and planning time, the buffers of the
 * last run, and its plan (text) for the report.
 */
async function explain(c, sql, params, runs) {
  const exec = [];
  const plan = [];
  let text = '';
  let buffers = '';
  for (let i = 0; i < runs; i++) {
    const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
    const top = r.rows[0]['QUERY PLAN'][0];
    exec.push(top['Execution Time']);
    plan.push(top['Planning Time']);
    const p = top.Plan;
    buffers = `hit ${p['Shared Hit Blocks'] ?? 0}, read ${p['Shared Read Blocks'] ?? 0}`;
  }
  text = (await c.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params)).rows
    .map((r) => r['QUERY PLAN'])
    .join('\n');
  return { exec: median(exec), plan: median(plan), buffers, text };
}

const decodeCursor = (cursor) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));

async function getJson(url, cookie) {
  const res = await fetch(url, { headers: { cookie } });
  const body = await res.json();
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(body)}`);
  return body;
}

async function main() {
  const duration = envInt('BENCH_DURATION', 5);
  const warmup = envInt('BENCH_WARMUP', 1);
  const connections = envInt('BENCH_CONNECTIONS', 10);
  const explainRuns = envInt('BENCH_EXPLAIN_RUNS', 20);
  const pageLimit = process.env.BENCH_PAGE_LIMIT ? envInt('BENCH_PAGE_LIMIT', 20) : null;
  const scale = {
    activeCourses: envInt('BENCH_ACTIVE_COURSES', defaults.activeCourses),
    endedCourses: envInt('BENCH_ENDED_COURSES', defaults.endedCourses, { min: 0 }),
    records: envInt('BENCH_RECORDS', defaults.records, { min: 0 }),
    hospitals: envInt('BENCH_HOSPITALS', defaults.hospitals),
    departmentsPerHospital: envInt('BENCH_DEPARTMENTS', defaults.departmentsPerHospital),
  };
  const { default: autocannon } = await import('autocannon');
  await withApiServer('courses', async ({ base, ownerUrl, api }) => {
    console.log(`Generating the region (load average ${load()}) …`);
    const gen = await generateRegion(ownerUrl, TENANT, scale);
    if (!gen.hasRecords)
      throw new Error('the database has no supervision_record table: is the supervision module built?');
    console.log(`\nGeneration (set-based SQL as the owner, one transaction, then ANALYZE; load average ${load()}):\n`);
    console.log('| step | ms | rows |\n|---|--:|--:|');
    for (const s of gen.steps) console.log(`| ${s.label} | ${s.ms} | ${s.rows ?? ''} |`);
    console.log(`| **total** | **${gen.totalMs}** | |`);
    console.log(`\nIn the tenant now: ${JSON.stringify(gen.summary)}`);

    const who = await asOwner(ownerUrl, TENANT, pickUsers);
    const cookies = new Map();
    for (const u of [...who.supervisors, ...who.trainees]) {
      if (!cookies.has(u.email))
        cookies.set(u.email, await logIn(base, { tenant: TENANT, email: u.email, password: DEMO_PASSWORD }));
    }
    const opts = { connections, duration, warmup };
    const limitQs = pageLimit ? `limit=${pageLimit}` : '';
    const cases = [];
    for (const s of who.supervisors) {
      cases.push({
        title: `supervisor (${s.label}): my-trainees`,
        url: `${base}/api/supervision/my-trainees`,
        cookie: cookies.get(s.email),
        matches: (b) => b.items.length,
        sql: { kind: 'my-trainees', email: s.email },
      });
    }
    for (const t of who.trainees) {
      const cookie = cookies.get(t.email);
      const firstUrl = `${base}/api/courses/${t.course_id}/timeline${limitQs ? `?${limitQs}` : ''}`;
      const first = await getJson(firstUrl, cookie);
      const pageSize = first.items.length;
      cases.push({
        title: `trainee (${t.label}, ${t.records} records): timeline page 1`,
        url: firstUrl,
        cookie,
        matches: (b) => b.items.length,
        sql: { kind: 'timeline', courseId: t.course_id, email: t.email, after: null, pageSize },
      });
      // A later page: the middle of the timeline, reached by following the cursor.
      if (!first.nextCursor) {
        console.log(`(${t.email}: ${t.records} records fit on page 1, no later page to measure)`);
        continue;
      }
      const target = Math.max(2, Math.floor(t.records / pageSize / 2));
      let cursor = first.nextCursor;
      let page = 2;
      for (; page < target; page++) {
        const next = await getJson(`${firstUrl}${firstUrl.includes('?') ? '&' : '?'}cursor=${cursor}`, cookie);
        if (!next.nextCursor) break;
        cursor = next.nextCursor;
      }
      cases.push({
        title: `trainee (${t.label}): timeline page ${page} (cursor)`,
        url: `${firstUrl}${firstUrl.includes('?') ? '&' : '?'}cursor=${cursor}`,
        cookie,
        matches: (b) => b.items.length,
        sql: { kind: 'timeline', courseId: t.course_id, email: t.email, after: decodeCursor(cursor), pageSize },
      });
    }

    // Each request twice: one connection (what one user waits, no queueing behind others) and
    // BENCH_CONNECTIONS at once (throughput; on 2 cores the latency is then mostly queueing).
    const rows = [];
    const refCookie = cookies.get(who.supervisors[0].email);
    const all = [
      { title: 'reference: GET /api/me', url: `${base}/api/me`, cookie: refCookie, matches: () => '–' },
      ...cases,
    ];
    for (const conns of [...new Set([1, connections])]) {
      for (const k of all) {
        console.log(`▶ ${k.title} ×${conns}: GET ${k.url.slice(base.length)} (load average ${load()})`);
        const r = await run(autocannon, { ...opts, ...k, connections: conns, cpuOf: api.child.pid });
        rows.push({ ...r, conns });
      }
    }
    const cpus = os.availableParallelism();
    console.log(
      `\nResults: 1 and ${connections} connections, ${duration} s each after ${warmup} s warm-up; Node ${process.versions.node}; ` +
        `${cpus} CPU core(s) shared by autocannon, the API, PostgreSQL and other work (load = mean 1-minute load average ` +
        `during the run).\n`,
    );
    printTable(rows, {
      title: 'request',
      extra: [
        ['conns', (r) => String(r.conns)],
        ['API CPU ms/req', (r) => r.cpuNode.toFixed(1)],
        ['PG CPU ms/req', (r) => r.cpuPg.toFixed(1)],
        ['load', (r) => r.load.toFixed(1)],
      ],
    });
    failOnErrors(rows);

    // The same statements as raw SQL, as the owner with the tenant set (row-level security on).
    console.log(
      `\nThe same statements in the database: EXPLAIN (ANALYZE, BUFFERS), median of ${explainRuns} runs (load average ${load()}):\n`,
    );
    const plans = [];
    const sqlRows = await asOwner(ownerUrl, TENANT, async (c, tenantId) => {
      const idOf = async (email) =>
        (await c.query('SELECT id FROM app_user WHERE tenant_id = $1 AND email = $2', [tenantId, email])).rows[0].id;
      const today = (await c.query(`SELECT to_char(now() AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') AS d`)).rows[0]
        .d;
      const since = (await c.query('SELECT ($1::date - 28)::text AS d', [today])).rows[0].d;
      const out = [];
      for (const k of cases) {
        if (k.sql.kind === 'my-trainees') {
          const e = await explain(c, MY_TRAINEES_SQL, [tenantId, await idOf(k.sql.email), today, since], explainRuns);
          out.push({ title: k.title, statement: 'myTrainees', ...e });
          plans.push([`${k.title}: myTrainees`, e.text]);
        } else {
          const a = k.sql.after;
          const params = [tenantId, k.sql.courseId, k.sql.pageSize + 1, ...(a ? a : [])];
          const keysSql = timelineKeysSql(a);
          const e = await explain(c, keysSql, params, explainRuns);
          out.push({ title: k.title, statement: 'timelineKeys', ...e });
          plans.push([`${k.title}: timelineKeys`, e.text]);
          const keys = (await c.query(keysSql, params)).rows.slice(0, k.sql.pageSize);
          const fIds = keys.filter((r) => r.kind === 'FEEDBACK').map((r) => r.id);
          const sIds = keys.filter((r) => r.kind === 'SUPERVISION').map((r) => r.id);
          const ef = await explain(c, FEEDBACK_BY_IDS_SQL, [tenantId, fIds], explainRuns);
          out.push({ title: '', statement: `feedbackByIds (${fIds.length})`, ...ef });
          const es = await explain(c, SUPERVISION_BY_IDS_SQL, [tenantId, sIds], explainRuns);
          out.push({ title: '', statement: `supervisionByIds (${sIds.length}, with competences)`, ...es });
          plans.push([`${k.title}: supervisionByIds`, es.text]);
        }
      }
      return out;
    });
    console.log('| request | statement | execution ms | planning ms | buffers (top node) |\n|---|---|--:|--:|---|');
    for (const r of sqlRows) {
      console.log(`| ${r.title} | ${r.statement} | ${r.exec.toFixed(2)} | ${r.plan.toFixed(2)} | ${r.buffers} |`);
    }
    for (const [title, text] of plans) console.log(`\n--- ${title}\n${text}`);
    console.log(`\nLoad average at the end: ${load()}`);
    const logs = api.output().trim();
    if (logs) console.log(`\nAPI server output (warn and above):\n${logs}`);
  });
}

await main();
