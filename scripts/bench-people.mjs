// Benchmark of the people list (GET /api/people) at region scale: the real server on a fresh
// embedded database with the demo data, plus 5,000 generated people with role assignments spread
// over the region's departments (three extra hospitals of 15 departments each). Measures a page of
// 50 with search and sort variations, as the regional administrator (whole region) and as
// Tutorcentret (one hospital). Run with `pnpm bench:people` (builds first). See README, "Benchmark".
//
//   BENCH_DURATION     seconds per measured run (default 5)
//   BENCH_WARMUP       seconds of warm-up before each run (default 1)
//   BENCH_CONNECTIONS  concurrent connections (default 10)
//   BENCH_PEOPLE       generated people (default 5000)
//
// Fails (exit code 1) on any error, timeout or non-2xx response.
import os from 'node:os';
import { TENANT, envInt, failOnErrors, logIn, pgClient, printTable, run, withApiServer } from './lib/bench-harness.mjs';

const ADMIN = { tenant: TENANT, email: 'thomas.krogh@regionh.dk', password: 'Uddannelse2026!' };
const CENTRE = { tenant: TENANT, email: 'karen.bech@regionh.dk', password: 'Uddannelse2026!' };

/** Inserts the generated hospitals, departments, people and assignments as the owner role. */
async function generatePeople(ownerUrl, count) {
  const c = pgClient(ownerUrl);
  await c.connect();
  try {
    const tenantId = (await c.query('SELECT id FROM tenant WHERE slug = $1', [TENANT])).rows[0].id;
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    await c.query(
      `INSERT INTO org_unit (id, tenant_id, kind, name, short_name, updated_at)
       SELECT gen_random_uuid(), $1, 'HOSPITAL', h.name, h.short, now()
         FROM (VALUES ('Bispebjerg og Frederiksberg Hospital', 'BFH'), ('Herlev og Gentofte Hospital', 'HGH'),
                      ('Nordsjællands Hospital', 'NOH')) AS h(name, short)`,
      [tenantId],
    );
    await c.query(
      `INSERT INTO org_unit (id, tenant_id, kind, name, parent_id, updated_at)
       SELECT gen_random_uuid(), $1, 'DEPARTMENT', d.name || ', ' || h.short_name, h.id, now()
         FROM org_unit h
        CROSS JOIN unnest(ARRAY['Kardiologisk Afdeling','Lungemedicinsk Afdeling','Endokrinologisk Afdeling',
          'Gastroenheden','Nefrologisk Afdeling','Geriatrisk Afdeling','Neurologisk Afdeling','Ortopædkirurgisk Afdeling',
          'Karkirurgisk Afdeling','Urologisk Afdeling','Anæstesiologisk Afdeling','Akutmodtagelsen','Børneafdelingen',
          'Gynækologisk-Obstetrisk Afdeling','Psykiatrisk Center']) AS d(name)
        WHERE h.tenant_id = $1 AND h.kind = 'HOSPITAL' AND h.short_name IN ('BFH', 'HGH', 'NOH')`,
      [tenantId],
    );
    // Danish names with æ, ø, å; e-mails from the row number so they are unique.
    await c.query(
      `WITH first(n) AS (SELECT ARRAY['Anders','Birgitte','Søren','Ærenfried','Øjvind','Åse','Mette','Jens','Ida',
              'Rasmus','Karen','Mads','Louise','Frederik','Signe','Jonas','Line','Mikkel','Sofie','Thea','Emil','Freja',
              'Bjørn','Astrid','Kasper']),
            last(n) AS (SELECT ARRAY['Jensen','Nielsen','Hansen','Pedersen','Andersen','Christensen','Larsen','Sørensen',
              'Rasmussen','Jørgensen','Petersen','Madsen','Kristensen','Olsen','Thomsen','Møller','Østergaard','Bæk',
              'Ågaard','Lykke','Dahl','Holm','Kjær','Brøndum','Aagaard'])
       INSERT INTO app_user (id, tenant_id, email, name, title, created_at, updated_at)
       SELECT gen_random_uuid(), $1,
              'bench.' || i || '@regionh.dk',
              (SELECT n[1 + (i * 7) % 25] FROM first) || ' ' || (SELECT n[1 + (i * 13 / 3) % 25] FROM last) || ' ' || i,
              'Læge', now() - (i || ' minutes')::interval, now()
         FROM generate_series(1, $2::int) AS i`,
      [tenantId, count],
    );
    // One or two assignments each: trainees and supervisors over all departments, some UAO/UKS/UKYL.
    await c.query(
      `WITH deps AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS k, count(*) OVER () AS n
                       FROM org_unit WHERE tenant_id = $1 AND kind = 'DEPARTMENT'),
            ppl AS (SELECT id, row_number() OVER (ORDER BY email) AS i FROM app_user
                     WHERE tenant_id = $1 AND email LIKE 'bench.%')
       INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from, valid_to)
       SELECT gen_random_uuid(), $1, p.id,
              (ARRAY['TRAINEE','TRAINEE','TRAINEE','SUPERVISOR','SUPERVISOR','UAO','UKS','UKYL'])[1 + p.i % 8],
              d.id, DATE '2025-01-01' + (p.i % 300)::int, CASE WHEN p.i % 5 = 0 THEN DATE '2026-06-30' END
         FROM ppl p JOIN deps d ON d.k = p.i % d.n
       UNION ALL
       SELECT gen_random_uuid(), $1, p.id, 'SUPERVISOR', d.id, DATE '2025-01-01', NULL
         FROM ppl p JOIN deps d ON d.k = (p.i * 3) % d.n WHERE p.i % 3 = 0`,
      [tenantId],
    );
    const n = (await c.query(`SELECT count(*) AS a FROM role_assignment WHERE tenant_id = $1`, [tenantId])).rows[0];
    await c.query('COMMIT');
    await c.query('ANALYZE app_user; ANALYZE role_assignment; ANALYZE org_unit;');
    return { assignments: Number(n.a) };
  } finally {
    await c.end();
  }
}

async function main() {
  const duration = envInt('BENCH_DURATION', 5);
  const warmup = envInt('BENCH_WARMUP', 1);
  const connections = envInt('BENCH_CONNECTIONS', 10);
  const people = envInt('BENCH_PEOPLE', 5000);
  const { default: autocannon } = await import('autocannon');
  await withApiServer('people', async ({ base, ownerUrl, api }) => {
    const t0 = Date.now();
    const { assignments } = await generatePeople(ownerUrl, people);
    console.log(`Inserted ${people} people (${assignments} role assignments in the database) in ${Date.now() - t0} ms`);

    const admin = await logIn(base, ADMIN);
    const centre = await logIn(base, CENTRE);
    const hospitals = await (await fetch(`${base}/api/org-units?kind=HOSPITAL`, { headers: { cookie: admin } })).json();
    const bfh = hospitals.items.find((u) => u.shortName === 'BFH').id;
    const opts = { connections, duration, warmup };
    const cases = [
      ['admin: first page, by name', admin, 'pageSize=50'],
      ['admin: page 40, by name', admin, 'pageSize=50&page=40'],
      ['admin: search "sen", by name', admin, 'pageSize=50&q=sen'],
      ['admin: search "øst", by e-mail', admin, `pageSize=50&q=${encodeURIComponent('øst')}&sort=email`],
      ['admin: newest first', admin, 'pageSize=50&sort=created&dir=desc'],
      ['admin: UAO in one hospital', admin, `pageSize=50&role=UAO&unitId=${bfh}`],
      ['admin: all statuses, search "bench.4"', admin, 'pageSize=50&status=all&q=bench.4'],
      ['Tutorcentret AHH: first page', centre, 'pageSize=50'],
      ['Tutorcentret AHH: search "an"', centre, 'pageSize=50&q=an'],
    ];
    const rows = [];
    // Reference on the same machine and moment: the app's cheapest authenticated read.
    console.log('▶ reference: GET /api/me');
    rows.push(
      await run(autocannon, { ...opts, title: 'reference: GET /api/me', url: `${base}/api/me`, cookie: admin }),
    );
    for (const [title, cookie, qs] of cases) {
      const url = `${base}/api/people?${qs}`;
      console.log(`▶ ${title}: GET /api/people?${qs}`);
      rows.push(await run(autocannon, { ...opts, title, url, cookie }));
    }
    const cpus = os.availableParallelism();
    console.log(
      `\nResults: ${people} generated people + demo data; ${connections} connections, ${duration} s each after ` +
        `${warmup} s warm-up; Node ${process.versions.node}; ${cpus} CPU core(s) shared by autocannon, the API and PostgreSQL.\n`,
    );
    printTable(rows);
    failOnErrors(rows);
    const logs = api.output().trim();
    if (logs) console.log(`\nAPI server output (warn and above):\n${logs}`);
  });
}

await main();
