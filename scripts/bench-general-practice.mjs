// Benchmark of general practice (issue 6) at region scale: the real server on a fresh embedded
// database with the demo data, plus, in Region Hovedstaden, 10 generated GP areas of 60 practices
// and 5,000 GPs (BENCH_GPS), 550 continuing-education groups of 9 with three years of meetings,
// tutor doctors and programme versions in every practice, 60 hospital departments in the AMU's
// GP training with visits over 9 years, an evaluation import of 10,800 scores and a year of the
// AMU's time log. The AMU's own area (Område Syd, Peter Juhl) gets 60 of the practices.
// Measures, as the users themselves (1 connection = what one user waits; BENCH_CONNECTIONS for
// throughput): the AMU's workspace, due list, tutors and evaluations pages; the continuing-education
// coordinator's coverage, group list, annual report and GP register; the region's computed
// indicators as the regional administrator; next to GET /api/me.
// Run with `pnpm bench:gp` (builds first). See README, "Benchmark".
//
//   BENCH_DURATION, BENCH_WARMUP   seconds per run / warm-up (default 5 / 1)
//   BENCH_CONNECTIONS              concurrent connections of the second run (default 10)
//   BENCH_GPS                      generated GPs (default 5000)
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

const as = (email) => ({ tenant: TENANT, email, password: DEMO_PASSWORD });
const AMU = as('peter.juhl@regionh.dk');
const CME = as('lone.friis@regionh.dk');
const ADMIN = as('thomas.krogh@regionh.dk');

/** Inserts the generated general-practice data as the owner role, in one transaction. */
async function generate(ownerUrl, gps) {
  const c = pgClient(ownerUrl);
  await c.connect();
  const q = (sql, params = []) => c.query(sql, params);
  try {
    const tenantId = (await q('SELECT id FROM tenant WHERE slug = $1', [TENANT])).rows[0].id;
    const one = async (sql, params = []) => (await q(sql, [tenantId, ...params])).rows[0];
    await q('BEGIN');
    await q("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const syd = (await one(`SELECT id FROM org_unit WHERE tenant_id = $1 AND name = 'Almen praksis, Område Syd'`)).id;
    const peter = (await one(`SELECT id FROM app_user WHERE tenant_id = $1 AND email = 'peter.juhl@regionh.dk'`)).id;
    // Areas and practices: 9 new areas + Område Syd, 60 practices each.
    await q(
      `INSERT INTO org_unit (id, tenant_id, kind, name, updated_at)
       SELECT gen_random_uuid(), $1, 'GP_AREA', 'Bench-område ' || i, now() FROM generate_series(1, 9) i`,
      [tenantId],
    );
    await q(
      `INSERT INTO org_unit (id, tenant_id, kind, name, parent_id, updated_at)
       SELECT gen_random_uuid(), $1, 'PRACTICE', 'Bench-praksis ' || a.name || ' ' || i, a.id, now()
         FROM org_unit a CROSS JOIN generate_series(1, 60) i
        WHERE a.tenant_id = $1 AND (a.name LIKE 'Bench-område %' OR a.id = $2)`,
      [tenantId, syd],
    );
    // GPs spread over the generated practices; every 12th settled within the last two years; 2 % left.
    await q(
      `WITH p AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS k, count(*) OVER () AS n
                    FROM org_unit WHERE tenant_id = $1 AND name LIKE 'Bench-praksis %')
       INSERT INTO general_practitioner (id, tenant_id, practice_id, name, authorisation_id, settled_on, left_on, updated_at)
       SELECT gen_random_uuid(), $1, p.id, 'Bench-læge ' || i, 'B' || lpad(i::text, 6, '0'),
              CASE WHEN i % 12 = 0 THEN current_date - (i % 700) ELSE DATE '1995-01-01' + (i % 9000) END,
              CASE WHEN i % 50 = 0 THEN current_date - (i % 300) END, now()
         FROM generate_series(1, $2::int) i JOIN p ON p.k = i % p.n`,
      [tenantId, gps],
    );
    // Groups of 9 consecutive GPs (most GPs in one), the first member leads; 3 years of meetings.
    await q(
      `WITH g AS (SELECT id, row_number() OVER (ORDER BY authorisation_id) - 1 AS k FROM general_practitioner
                   WHERE tenant_id = $1 AND authorisation_id LIKE 'B%' AND left_on IS NULL)
       INSERT INTO cme_group (id, tenant_id, kind, name, topics, started_on, updated_at)
       SELECT gen_random_uuid(), $1, CASE WHEN k % 5 = 0 THEN 'SUPERVISION' ELSE 'EFTERUDDANNELSE' END,
              'Bench-gruppe ' || (k / 9), ARRAY['KOL', 'Diabetes', 'Multisygdom'], DATE '2020-01-01', now()
         FROM g WHERE k % 9 = 0 AND k / 9 < 550`,
      [tenantId],
    );
    await q(
      `WITH g AS (SELECT id, row_number() OVER (ORDER BY authorisation_id) - 1 AS k FROM general_practitioner
                   WHERE tenant_id = $1 AND authorisation_id LIKE 'B%' AND left_on IS NULL),
            grp AS (SELECT id, substring(name FROM 14)::int AS n FROM cme_group WHERE tenant_id = $1 AND name LIKE 'Bench-gruppe %')
       INSERT INTO cme_group_member (id, tenant_id, group_id, gp_id, joined_on)
       SELECT gen_random_uuid(), $1, grp.id, g.id, DATE '2020-01-01' + (g.k % 1500)::int FROM g JOIN grp ON grp.n = g.k / 9`,
      [tenantId],
    );
    await q(
      `UPDATE cme_group grp SET leader_id = (SELECT m.gp_id FROM cme_group_member m WHERE m.tenant_id = grp.tenant_id
                                               AND m.group_id = grp.id ORDER BY m.joined_on, m.gp_id LIMIT 1)
        WHERE grp.tenant_id = $1 AND grp.name LIKE 'Bench-gruppe %' AND substring(grp.name FROM 14)::int % 10 <> 0`,
      [tenantId],
    );
    await q(
      `INSERT INTO cme_group_meeting (id, tenant_id, group_id, held_on, topic, attended_count)
       SELECT gen_random_uuid(), $1, grp.id, current_date - (m * 61 + substring(grp.name FROM 14)::int % 30), 'Emne ' || m, 7
         FROM cme_group grp CROSS JOIN generate_series(0, 17) m WHERE grp.tenant_id = $1 AND grp.name LIKE 'Bench-gruppe %'`,
      [tenantId],
    );
    // A tutor doctor approved in every practice, two programme versions each (one approved).
    await q(
      `INSERT INTO tutor_doctor (id, tenant_id, gp_id, course_completed, course_completed_on, decision, decided_on,
                                 decided_by_id, reapproval_due_on, updated_at)
       SELECT DISTINCT ON (gp.practice_id) gen_random_uuid(), $1, gp.id, true, DATE '2019-05-01', 'APPROVED',
              current_date - (abs(hashtext(gp.id::text)) % 1400), $2, current_date + 300 - (abs(hashtext(gp.id::text)) % 1400), now()
         FROM general_practitioner gp WHERE gp.tenant_id = $1 AND gp.authorisation_id LIKE 'B%' AND gp.left_on IS NULL
        ORDER BY gp.practice_id, gp.authorisation_id`,
      [tenantId, peter],
    );
    await q(
      `INSERT INTO education_programme_version (id, tenant_id, practice_id, number, summary, submitted_on, approved_on,
                                                approved_by_id, reapproval_due_on)
       SELECT gen_random_uuid(), $1, p.id, v, 'Uddannelsesprogram version ' || v, DATE '2020-06-01' + (v - 1) * 700,
              CASE WHEN v = 1 THEN DATE '2021-03-01' END, CASE WHEN v = 1 THEN $2::uuid END,
              CASE WHEN v = 1 THEN DATE '2021-03-01' + (abs(hashtext(p.id::text)) % 2200) END
         FROM org_unit p CROSS JOIN generate_series(1, 2) v WHERE p.tenant_id = $1 AND p.name LIKE 'Bench-praksis %'`,
      [tenantId, peter],
    );
    // 60 hospital departments in Område Syd's GP training, 3 visits each over 9 years (the last held ones).
    await q(
      `INSERT INTO org_unit (id, tenant_id, kind, name, short_name, updated_at)
       VALUES (gen_random_uuid(), $1, 'HOSPITAL', 'Bench Hospital', 'BH', now())`,
      [tenantId],
    );
    await q(
      `INSERT INTO org_unit (id, tenant_id, kind, name, parent_id, updated_at)
       SELECT gen_random_uuid(), $1, 'DEPARTMENT', 'Bench-afdeling ' || i, h.id, now()
         FROM org_unit h CROSS JOIN generate_series(1, 60) i WHERE h.tenant_id = $1 AND h.short_name = 'BH'`,
      [tenantId],
    );
    await q(
      `INSERT INTO gp_training_department (id, tenant_id, gp_area_id, department_id, joined_on, updated_at)
       SELECT gen_random_uuid(), $1, $2, d.id, DATE '2015-01-01', now()
         FROM org_unit d WHERE d.tenant_id = $1 AND d.name LIKE 'Bench-afdeling %'`,
      [tenantId, syd],
    );
    await q(
      `INSERT INTO activity (id, tenant_id, hospital_id, department_id, kind, title, starts_on, audience, state, updated_at)
       SELECT gen_random_uuid(), $1, $2, d.id, 'DEPARTMENT_VISIT', 'Besøg ' || d.name,
              current_date - (v * 1000 + abs(hashtext(d.id::text)) % 500), 'ALL', 'HELD', now()
         FROM org_unit d CROSS JOIN generate_series(0, 2) v WHERE d.tenant_id = $1 AND d.name LIKE 'Bench-afdeling %'`,
      [tenantId, syd],
    );
    // An evaluation import: Område Syd's 60 practices and the 60 departments × 6 half-years × 15 questions.
    const imp = await one(
      `INSERT INTO evaluation_import (id, tenant_id, area_id, file_name, imported_by_id, row_count, replaced_count)
       VALUES (gen_random_uuid(), $1, $2, 'bench.csv', $3, 10800, 0) RETURNING id`,
      [syd, peter],
    );
    await q(
      `INSERT INTO evaluation_score (id, tenant_id, area_id, import_id, placement_id, period, question, score, respondents)
       SELECT gen_random_uuid(), $1, $2, $3, u.id, y || '-' || h, 'Spørgsmål ' || qn,
              round((3 + (abs(hashtext(u.id::text || y || h || qn)) % 200) / 100.0)::numeric, 2), 4
         FROM org_unit u CROSS JOIN generate_series(2024, 2026) y CROSS JOIN generate_series(1, 2) h
        CROSS JOIN generate_series(1, 15) qn
        WHERE u.tenant_id = $1 AND (u.name LIKE 'Bench-afdeling %' OR (u.parent_id = $2 AND u.kind = 'PRACTICE'
                                                                   AND u.name LIKE 'Bench-praksis %'))`,
      [tenantId, syd, imp.id],
    );
    // A year of the AMU's time log (about 2 entries a working day).
    await q(
      `INSERT INTO gp_time_entry (id, tenant_id, area_id, user_id, worked_on, kind, quarters, updated_at)
       SELECT gen_random_uuid(), $1, $2, $3, current_date - (i / 2), (ARRAY['TRAINEE_CONTACT','TUTOR_SUPPORT',
              'DEPARTMENT_VISIT','EVALUATION_FOLLOW_UP','TEACHING','RECRUITMENT_APPROVAL','MEETINGS','OTHER'])[1 + i % 8],
              1 + i % 12, now()
         FROM generate_series(0, 499) i`,
      [tenantId, syd, peter],
    );
    const counts = await one(
      `SELECT (SELECT count(*) FROM general_practitioner WHERE tenant_id = $1) AS gps,
              (SELECT count(*) FROM cme_group WHERE tenant_id = $1) AS groups,
              (SELECT count(*) FROM cme_group_member WHERE tenant_id = $1) AS members,
              (SELECT count(*) FROM cme_group_meeting WHERE tenant_id = $1) AS meetings,
              (SELECT count(*) FROM evaluation_score WHERE tenant_id = $1) AS scores`,
    );
    await q('COMMIT');
    await q('ANALYZE');
    return { syd, counts };
  } finally {
    await c.end();
  }
}

async function main() {
  const duration = envInt('BENCH_DURATION', 5);
  const warmup = envInt('BENCH_WARMUP', 1);
  const connections = envInt('BENCH_CONNECTIONS', 10);
  const gps = envInt('BENCH_GPS', 5000);
  const { default: autocannon } = await import('autocannon');
  await withApiServer('gp', async ({ base, ownerUrl, api }) => {
    const t0 = Date.now();
    const { syd, counts } = await generate(ownerUrl, gps);
    console.log(
      `Generated in ${Date.now() - t0} ms: ${counts.gps} GPs, ${counts.groups} groups, ${counts.members} memberships, ` +
        `${counts.meetings} meetings, ${counts.scores} evaluation scores`,
    );
    const amu = await logIn(base, AMU);
    const cme = await logIn(base, CME);
    const admin = await logIn(base, ADMIN);
    const year = new Date().getFullYear();
    const area = `${base}/api/gp-areas/${syd}`;
    const len = (k) => (b) => b[k]?.length ?? '–';
    const cases = [
      ['reference: GET /api/me', amu, `${base}/api/me`, () => '–'],
      ['AMU: workspace (60 practices with GPs)', amu, area, (b) => b.practices?.length],
      ['AMU: departments due a visit (60)', amu, `${area}/department-visits`, () => '–'],
      ['AMU: tutor practices and doctors', amu, `${area}/tutors`, len('practices')],
      ['AMU: evaluations (10,800 scores)', amu, `${area}/evaluations`, () => '–'],
      ['AMU: hours this year', amu, `${area}/hours-summary?year=${year}`, () => '–'],
      ['CME: coverage', cme, `${base}/api/cme-groups/coverage`, () => '–'],
      ['CME: active groups', cme, `${base}/api/cme-groups`, len('items')],
      ['CME: annual report', cme, `${base}/api/cme-groups/annual-report?year=${year}`, len('groups')],
      ['CME: GPs in no group', cme, `${base}/api/general-practitioners?inNoGroup=true`, len('items')],
      ['admin: the region\u2019s 13 indicators', admin, `${base}/api/indicators`, len('indicators')],
    ];
    const rows = { one: [], many: [] };
    for (const [key, conns] of [
      ['one', 1],
      ['many', connections],
    ]) {
      for (const [title, cookie, url, matches] of cases) {
        console.log(`▶ ${title} (${conns} connection${conns > 1 ? 's' : ''})`);
        rows[key].push(await run(autocannon, { title, url, cookie, connections: conns, duration, warmup, matches }));
      }
    }
    const cpus = os.availableParallelism();
    console.log(
      `\nResults: ${duration} s each after ${warmup} s warm-up; Node ${process.versions.node}; ${cpus} CPU core(s) ` +
        `shared by autocannon, the API and PostgreSQL; load average ${os.loadavg()[0].toFixed(2)}.\n`,
    );
    console.log('One connection:');
    printTable(rows.one, { title: 'request' });
    console.log(`\n${connections} connections:`);
    printTable(rows.many, { title: 'request' });
    failOnErrors([...rows.one, ...rows.many]);
    const logs = api.output().trim();
    if (logs) console.log(`\nAPI server output (warn and above):\n${logs}`);
  });
}

await main();
