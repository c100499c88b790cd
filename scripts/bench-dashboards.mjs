// Benchmark of the dashboards (issue 5) at region scale: the real server on a fresh embedded
// database with the demo data, plus a generated region in the demo tenant (scripts/lib/
// generate-region.mjs: 300 departments, 5,000 active and 10,000 ended courses over 3 years,
// 1,000,000 supervision and feedback records) and what the dashboards read (scripts/lib/
// generate-dashboards.mjs: expectation meetings, education teams and forums with 3 years of
// meetings, local function descriptions, mentors, supervisor courses, education plans, competence
// statuses, and a region strategy of 60 initiatives with 3 years of status updates and snapshots).
//
// Measures over HTTP, as the users themselves, with 1 connection (what one user waits) and with
// BENCH_CONNECTIONS (throughput):
// - the department dashboard of the department with the most trainees, as its cheflæge;
// - that department's strategy indicators (the panel on the dashboard), as its cheflæge;
// - the hospital view (all 30 departments side by side), as the hospital's Tutorcentret;
// - the region's strategy dashboard, as the regional administrator;
// next to GET /api/me. Then the SAME statements as raw SQL: the server runs with a preload
// (scripts/lib/sql-capture.mjs) that records the statements one request sends to PostgreSQL; the
// benchmark replays them in a transaction (tenant set, row-level security on) and reports their
// time next to the HTTP time, and the ratio. "First request" is the recorded request's own time on
// the idle server: the strategy dashboard's computed indicators are cached for a few minutes (ADR
// 0011), so it is the uncached time, which the HTTP runs after it no longer pay.
// Run with `pnpm bench:dashboards` (builds first). See README, "Benchmark".
//
//   BENCH_DURATION, BENCH_WARMUP, BENCH_CONNECTIONS, BENCH_ACTIVE_COURSES, BENCH_ENDED_COURSES,
//   BENCH_RECORDS, BENCH_HOSPITALS, BENCH_DEPARTMENTS: as in bench-courses.mjs
//   BENCH_REPLAYS         raw SQL replays per request (default 30)
//   BENCH_ONLY            measure only the requests whose title contains this text (the reference always)
//
// Fails (exit code 1) on any error, timeout or non-2xx response.
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEMO_PASSWORD,
  TENANT,
  envInt,
  failOnErrors,
  logIn,
  percentile,
  pgClient,
  printTable,
  run,
  sleep,
  withApiServer,
} from './lib/bench-harness.mjs';
import { generateDashboardData } from './lib/generate-dashboards.mjs';
import { defaults, generateRegion } from './lib/generate-region.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const captureFile = path.join(os.tmpdir(), `portal-bench-sql-${process.pid}.json`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

/** Runs `fn(client, tenantId)` as the owner in a transaction with the tenant set (RLS applies). */
async function asOwner(ownerUrl, fn) {
  const c = pgClient(ownerUrl);
  await c.connect();
  try {
    const tenantId = (await c.query('SELECT id FROM tenant WHERE slug = $1', [TENANT])).rows[0].id;
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const out = await fn(c, tenantId);
    await c.query('COMMIT');
    return out;
  } finally {
    await c.end();
  }
}

/** The statements one request sends to PostgreSQL (the server's preload records them). */
async function captureStatements(api, url, cookie) {
  await rm(captureFile, { force: true });
  process.kill(api.child.pid, 'SIGUSR2');
  await sleep(50);
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  await res.arrayBuffer();
  const firstMs = performance.now() - t0;
  process.kill(api.child.pid, 'SIGUSR2');
  for (let i = 0; i < 100; i++) {
    try {
      return { statements: JSON.parse(await readFile(captureFile, 'utf8')), firstMs };
    } catch {
      await sleep(20);
    }
  }
  throw new Error(`no SQL captured for ${url}`);
}

const TX = /^\s*(BEGIN|COMMIT|ROLLBACK)\b/i;

/**
 * Replays a request's statements `replays` times, each time in its own transaction with the tenant
 * set; returns p50/p95 of the whole replay and the slowest statement (median).
 */
async function replay(ownerUrl, statements, replays) {
  const c = pgClient(ownerUrl);
  await c.connect();
  try {
    const tenantId = (await c.query('SELECT id FROM tenant WHERE slug = $1', [TENANT])).rows[0].id;
    const body = statements.filter((s) => !TX.test(s.text));
    const totals = [];
    const per = body.map(() => []);
    for (let r = 0; r < replays + 2; r++) {
      await c.query('BEGIN');
      await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
      const t0 = performance.now();
      for (let i = 0; i < body.length; i++) {
        const t = performance.now();
        await c.query(body[i].text, body[i].values);
        per[i].push(performance.now() - t);
      }
      const total = performance.now() - t0;
      await c.query('ROLLBACK');
      if (r >= 2) totals.push(total); // the first two warm the plan cache, as in the server
    }
    totals.sort((a, b) => a - b);
    const medians = per.map((xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
    const slowest = medians.reduce((m, v, i) => (v > medians[m] ? i : m), 0);
    return {
      statements: body.length,
      p50: percentile(totals, 50),
      p95: percentile(totals, 95),
      slowestMs: medians[slowest] ?? 0,
      slowestSql: (body[slowest]?.text ?? '').replace(/\s+/g, ' ').slice(0, 160),
    };
  } finally {
    await c.end();
  }
}

async function main() {
  const duration = envInt('BENCH_DURATION', 5);
  const warmup = envInt('BENCH_WARMUP', 1);
  const connections = envInt('BENCH_CONNECTIONS', 10);
  const replays = envInt('BENCH_REPLAYS', 30);
  const scale = {
    activeCourses: envInt('BENCH_ACTIVE_COURSES', defaults.activeCourses),
    endedCourses: envInt('BENCH_ENDED_COURSES', defaults.endedCourses, { min: 0 }),
    records: envInt('BENCH_RECORDS', defaults.records, { min: 0 }),
    hospitals: envInt('BENCH_HOSPITALS', defaults.hospitals),
    departmentsPerHospital: envInt('BENCH_DEPARTMENTS', defaults.departmentsPerHospital),
  };
  const { default: autocannon } = await import('autocannon');
  await withApiServer(
    'dashboards',
    async ({ base, ownerUrl, api }) => {
      console.log(`Generating the region (load average ${load()}) …`);
      const gen = await generateRegion(ownerUrl, TENANT, scale);
      const dash = await generateDashboardData(ownerUrl, TENANT);
      console.log(`\nGeneration (set-based SQL as the owner, then ANALYZE; load average ${load()}):\n`);
      console.log('| step | ms | rows |\n|---|--:|--:|');
      for (const s of [...gen.steps, ...dash.steps]) console.log(`| ${s.label} | ${s.ms} | ${s.rows ?? ''} |`);
      console.log(`| **total** | **${gen.totalMs + dash.totalMs}** | |`);
      console.log(`\nIn the tenant now: ${JSON.stringify(gen.summary)}`);

      const who = await asOwner(ownerUrl, async (c, tenantId) => {
        const dept = (
          await c.query(
            `SELECT c.unit_id, ou.parent_id AS hospital_id, count(*)::int AS trainees,
                    (SELECT u.email FROM role_assignment ra JOIN app_user u ON u.tenant_id = ra.tenant_id AND u.id = ra.user_id
                      WHERE ra.tenant_id = $1 AND ra.role = 'DEPARTMENT_HEAD' AND ra.scope_unit_id = c.unit_id
                        AND u.email LIKE 'bench.%' LIMIT 1) AS head
               FROM course c JOIN org_unit ou ON ou.tenant_id = c.tenant_id AND ou.id = c.unit_id
              WHERE c.tenant_id = $1 AND c.cancelled_at IS NULL AND c.start_date <= CURRENT_DATE
                AND c.end_date >= CURRENT_DATE AND ou.name LIKE '%, %'
              GROUP BY c.unit_id, ou.parent_id ORDER BY count(*) DESC, c.unit_id LIMIT 1`,
            [tenantId],
          )
        ).rows[0];
        const tutor = (
          await c.query(
            `SELECT u.email FROM role_assignment ra JOIN app_user u ON u.tenant_id = ra.tenant_id AND u.id = ra.user_id
              WHERE ra.tenant_id = $1 AND ra.role = 'EDUCATION_CENTRE' AND ra.scope_unit_id = $2 LIMIT 1`,
            [tenantId, dept.hospital_id],
          )
        ).rows[0].email;
        const admin = (
          await c.query(
            `SELECT u.email FROM role_assignment ra JOIN app_user u ON u.tenant_id = ra.tenant_id AND u.id = ra.user_id
              WHERE ra.tenant_id = $1 AND ra.role = 'TENANT_ADMIN' ORDER BY u.email LIMIT 1`,
            [tenantId],
          )
        ).rows[0].email;
        return { ...dept, tutor, admin };
      });
      console.log(
        `\nMeasured as: cheflæge ${who.head} (department with ${who.trainees} active trainees), Tutorcentret ` +
          `${who.tutor}, regional administrator ${who.admin}; strategy ${dash.strategyId}.`,
      );
      const cookies = {};
      for (const email of [who.head, who.tutor, who.admin])
        cookies[email] = await logIn(base, { tenant: TENANT, email, password: DEMO_PASSWORD });

      const cases = [
        {
          title: 'department dashboard (cheflæge)',
          url: `${base}/api/department-dashboard/${who.unit_id}`,
          cookie: cookies[who.head],
          matches: () => `${who.trainees} trainees`,
        },
        {
          title: "department's indicators (cheflæge)",
          url: `${base}/api/indicators?unitId=${who.unit_id}`,
          cookie: cookies[who.head],
          matches: (b) => `${b.indicators.length} indicators`,
        },
        {
          title: 'hospital view, 30 departments (Tutorcentret)',
          url: `${base}/api/department-dashboard/hospitals/${who.hospital_id}/comparison`,
          cookie: cookies[who.tutor],
          matches: (b) => `${b.rows.length} departments`,
        },
        {
          title: 'strategy dashboard, region (admin)',
          url: `${base}/api/strategies/${dash.strategyId}/dashboard`,
          cookie: cookies[who.admin],
          matches: (b) => `${(b.initiatives ?? []).length} initiatives`,
        },
      ];
      const only = process.env.BENCH_ONLY;
      if (only) cases.splice(0, cases.length, ...cases.filter((k) => k.title.includes(only)));
      const reference = { title: 'reference: GET /api/me', url: `${base}/api/me`, cookie: cookies[who.head] };

      // Record each request's statements first, while the server is idle (nothing else in flight),
      // and replay them as raw SQL; reported after the HTTP table.
      const raw = [];
      for (const k of [reference, ...cases]) {
        // The first request may fill a cache (ADR 0011); the second does what the runs below do.
        const first = await captureStatements(api, k.url, k.cookie);
        const second = await captureStatements(api, k.url, k.cookie);
        raw.push({
          k,
          firstMs: first.firstMs,
          first: await replay(ownerUrl, first.statements, Math.min(replays, 10)),
          r: await replay(ownerUrl, second.statements, replays),
        });
      }

      const rows = [];
      for (const conns of [...new Set([1, connections])]) {
        for (const k of [reference, ...cases]) {
          console.log(`▶ ${k.title} ×${conns}: GET ${k.url.slice(base.length)} (load average ${load()})`);
          const r = await run(autocannon, {
            ...k,
            matches: k.matches ?? (() => '–'),
            connections: conns,
            duration,
            warmup,
            cpuOf: api.child.pid,
          });
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
      // The same statements as raw SQL.
      console.log(
        `\nThe same statements as raw SQL (recorded from one request each on the idle server before the runs above, ` +
          `replayed ${replays} times in a transaction with the tenant set). Ratio = HTTP p95 (1 connection) / raw SQL p95:\n`,
      );
      console.log(
        '| request | first request ms (its raw SQL p50) | statements | raw SQL p50 ms | raw SQL p95 ms | HTTP p95 ms | ratio | slowest statement (median ms) |\n' +
          '|---|--:|--:|--:|--:|--:|--:|---|',
      );
      for (const { k, firstMs, first, r } of raw) {
        const http = rows.find((x) => x.title === k.title && x.conns === 1);
        console.log(
          `| ${k.title} | ${firstMs.toFixed(0)} (${first.p50.toFixed(1)}) | ${r.statements} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${http.p95.toFixed(1)} | ` +
            `${(http.p95 / r.p95).toFixed(1)} | ${r.slowestMs.toFixed(1)}: \`${r.slowestSql}…\` |`,
        );
      }

      console.log(`\nLoad average at the end: ${load()}`);
      const logs = api.output().trim();
      if (logs) console.log(`\nAPI server output (warn and above):\n${logs}`);
    },
    {
      nodeArgs: ['--import', path.join(here, 'lib/sql-capture.mjs')],
      env: { SQL_CAPTURE_FILE: captureFile },
    },
  );
  await rm(captureFile, { force: true });
}

await main();
